"""Vietnamese number reading: the rules a listener checks (mốt, lăm, tư, linh/lẻ, mươi/mười, không trăm)."""

from __future__ import annotations

import pytest

from audio.errors import AudioError, NormalizerError
from audio.numbers_vi import read_decimal, read_digits, read_number

NORTH = [
    (0, "không"),
    (1, "một"),
    (4, "bốn"),
    (5, "năm"),
    (10, "mười"),
    (11, "mười một"),
    (14, "mười bốn"),
    (15, "mười lăm"),
    (19, "mười chín"),
    (20, "hai mươi"),
    (21, "hai mươi mốt"),
    (24, "hai mươi tư"),
    (25, "hai mươi lăm"),
    (30, "ba mươi"),
    (31, "ba mươi mốt"),
    (44, "bốn mươi tư"),
    (55, "năm mươi lăm"),
    (99, "chín mươi chín"),
    (100, "một trăm"),
    (101, "một trăm linh một"),
    (104, "một trăm linh bốn"),
    (105, "một trăm linh năm"),
    (110, "một trăm mười"),
    (115, "một trăm mười lăm"),
    (121, "một trăm hai mươi mốt"),
    (1000, "một nghìn"),
    (1005, "một nghìn không trăm linh năm"),
    (1015, "một nghìn không trăm mười lăm"),
    (1050, "một nghìn không trăm năm mươi"),
    (1283, "một nghìn hai trăm tám mươi ba"),
    (2018, "hai nghìn không trăm mười tám"),
    (2023, "hai nghìn không trăm hai mươi ba"),
    (2024, "hai nghìn không trăm hai mươi tư"),
    (10_000, "mười nghìn"),
    (12_345, "mười hai nghìn ba trăm bốn mươi lăm"),
    (100_000, "một trăm nghìn"),
    (500_000, "năm trăm nghìn"),
    (1_000_000, "một triệu"),
    (1_000_001, "một triệu không trăm linh một"),
    (1_001_000, "một triệu không trăm linh một nghìn"),
    (1_500_000, "một triệu năm trăm nghìn"),
    (350_000_000, "ba trăm năm mươi triệu"),
    (1_000_000_000, "một tỷ"),
    (1_000_000_005, "một tỷ không trăm linh năm"),
    (1_500_000_000, "một tỷ năm trăm triệu"),
    (1_234_567_890, "một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi"),
    (1_000_000_000_000, "một nghìn tỷ"),
    (-7, "âm bảy"),
    (-2025, "âm hai nghìn không trăm hai mươi lăm"),
]

SOUTH = [
    (105, "một trăm lẻ năm"),
    (1005, "một ngàn không trăm lẻ năm"),
    (1_500_000, "một triệu năm trăm ngàn"),
    (2023, "hai ngàn không trăm hai mươi ba"),
    (21, "hai mươi mốt"),
    (15, "mười lăm"),
]


@pytest.mark.parametrize(("n", "words"), NORTH)
def test_read_number_north(n: int, words: str) -> None:
    assert read_number(n) == words
    assert read_number(n, "north") == words


@pytest.mark.parametrize(("n", "words"), SOUTH)
def test_read_number_south(n: int, words: str) -> None:
    assert read_number(n, "south") == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("3,5", "ba phẩy năm"),
        ("2,5", "hai phẩy năm"),
        ("0,5", "không phẩy năm"),
        ("1,25", "một phẩy hai mươi lăm"),
        ("3,05", "ba phẩy không năm"),
        ("3,14159", "ba phẩy một bốn một năm chín"),
        ("1.500,5", "một nghìn năm trăm phẩy năm"),
        ("-1,5", "âm một phẩy năm"),
        ("12", "mười hai"),
    ],
)
def test_read_decimal(text: str, words: str) -> None:
    assert read_decimal(text) == words


def test_read_decimal_south() -> None:
    assert read_decimal("1.005,5", "south") == "một ngàn không trăm lẻ năm phẩy năm"


@pytest.mark.parametrize("text", ["", "abc", "3,5,6", "1..2", "3.5"])
def test_read_decimal_refuses_what_is_not_a_decimal(text: str) -> None:
    with pytest.raises(NormalizerError, match="Không đọc được số"):
        read_decimal(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("0912", "không chín một hai"),
        ("113", "một một ba"),
        ("0", "không"),
        ("0912 345-678", "không chín một hai ba bốn năm sáu bảy tám"),
        ("", ""),
    ],
)
def test_read_digits(text: str, words: str) -> None:
    assert read_digits(text) == words


def test_unknown_dialect_is_an_audio_error_in_vietnamese() -> None:
    with pytest.raises(AudioError, match="Phương ngữ không hợp lệ"):
        read_number(5, "central")
