"""Vietnamese number reading: cardinals, decimals and digit strings.

Northern readings by default (nghìn, linh); the southern dialect says ngàn and lẻ.
"""

from __future__ import annotations

import re

from audio.errors import QT_TR_NOOP, NormalizerError

DIALECTS = ("north", "south")

DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")

_BILLION = 1_000_000_000
_DECIMAL = re.compile(r"(-?)([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,([0-9]+))?")


def check_dialect(dialect: str) -> str:
    if dialect not in DIALECTS:
        raise NormalizerError(
            QT_TR_NOOP("Phương ngữ không hợp lệ: “{dialect}” (chọn “north” hoặc “south”)"), dialect=dialect
        )
    return dialect


def _words(dialect: str) -> tuple[str, str]:
    """(thousand, zero-tens) for the dialect."""
    return ("ngàn", "lẻ") if check_dialect(dialect) == "south" else ("nghìn", "linh")


def _read_triple(n: int, full: bool, linh: str) -> str:
    """0 < n < 1000; `full` when a bigger group came before, so "không trăm" and "linh" are said."""
    hundreds, rest = divmod(n, 100)
    parts: list[str] = []
    if hundreds or full:
        parts.append(f"{DIGIT_WORDS[hundreds]} trăm")
    if rest:
        tens, unit = divmod(rest, 10)
        if tens == 0:
            if parts:
                parts.append(linh)
            parts.append(DIGIT_WORDS[unit])
        else:
            parts.append("mười" if tens == 1 else f"{DIGIT_WORDS[tens]} mươi")
            if unit == 5:
                parts.append("lăm")
            elif unit == 1 and tens > 1:
                parts.append("mốt")
            elif unit == 4 and tens > 1:
                parts.append("tư")
            elif unit:
                parts.append(DIGIT_WORDS[unit])
    return " ".join(parts)


def _below_billion(n: int, leading: bool, thousand: str, linh: str) -> str:
    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    parts: list[str] = []
    started = not leading
    for value, name in ((millions, "triệu"), (thousands, thousand), (units, "")):
        if value:
            words = _read_triple(value, started, linh)
            parts.append(f"{words} {name}" if name else words)
            started = True
    return " ".join(parts)


def _read_positive(n: int, leading: bool, thousand: str, linh: str) -> str:
    if n < _BILLION:
        return _below_billion(n, leading, thousand, linh)
    billions, rest = divmod(n, _BILLION)
    words = f"{_read_positive(billions, leading, thousand, linh)} tỷ"
    if rest:
        words += " " + _below_billion(rest, False, thousand, linh)
    return words


def read_number(n: int, dialect: str = "north") -> str:
    """21 -> "hai mươi mốt", 105 -> "một trăm linh năm", 1005 -> "một nghìn không trăm linh năm"."""
    thousand, linh = _words(dialect)
    if n < 0:
        return "âm " + read_number(-n, dialect)
    if n == 0:
        return DIGIT_WORDS[0]
    return _read_positive(n, True, thousand, linh)


def read_digits(text: str) -> str:
    """Digit by digit: "0912" -> "không chín một hai"; characters other than ASCII digits are skipped."""
    return " ".join(DIGIT_WORDS[ord(ch) - 48] for ch in text if "0" <= ch <= "9")


def read_fraction_digits(digits: str, dialect: str = "north") -> str:
    """The part after the decimal comma: up to three digits as a number, its leading zeros said "không"
    (2,25 -> hai mươi lăm; 14,070 -> không bảy mươi; 0,05 -> không năm), longer parts digit by digit."""
    if len(digits) > 3:
        return read_digits(digits)
    rest = digits.lstrip("0")
    words = ["không"] * (len(digits) - len(rest))
    if rest:
        words.append(read_number(int(rest), dialect))
    return " ".join(words)


def read_decimal(text: str, dialect: str = "north") -> str:
    """A decimal: "3,5" -> "ba phẩy năm"; "." groups thousands ("1.500,25"), "," is the decimal mark."""
    match = _DECIMAL.fullmatch(text.strip())
    if match is None:
        raise NormalizerError(QT_TR_NOOP("Không đọc được số: “{text}”"), text=text)
    sign, whole, fraction = match.groups()
    words = read_number(int(whole.replace(".", "")), dialect)
    if fraction is not None:
        words += " phẩy " + read_fraction_digits(fraction, dialect)
    return f"âm {words}" if sign else words
