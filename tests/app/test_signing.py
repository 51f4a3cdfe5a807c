"""Decree 30's signing forms (TM., KT., TM. KT., Q., TL., TUQ., direct) from the settings: the lines above the
signature, the issuing body they fit, the refusals (the same sentence from `settings set` as from Cài đặt)."""

from __future__ import annotations

import pytest

from app.errors import InputError
from app.settings import StationSettings, checked_values
from app.signing import Signing, check_signing, issuer_lines, number_suffix, signature_lines
from tests.conftest import run_cli


def _signing(issuer: str, form: str, head: str, title: str) -> Signing:
    return Signing(issuer, form, head, title, "UBND PHƯỜNG BẠCH SAM", "phường Bạch Sam")


FORMS = [
    ("ubnd", "", "CHỦ TỊCH", "Chủ tịch", ["CHỦ TỊCH"]),
    ("ubnd", "TM.", "CHỦ TỊCH", "CHỦ TỊCH", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
    ("ubnd", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    ("ubnd", "TM. KT.", "CHỦ TỊCH", "phó chủ tịch", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    ("ubnd", "Q.", "CHỦ TỊCH", "", ["Q. CHỦ TỊCH"]),
    ("ubnd", "TL.", "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]),
    ("ubnd", "TUQ.", "CHỦ TỊCH", "TRƯỞNG ĐÀI", ["TUQ. CHỦ TỊCH", "TRƯỞNG ĐÀI"]),
    ("station", "", "TRƯỞNG ĐÀI", "TRƯỞNG ĐÀI", ["TRƯỞNG ĐÀI"]),
    ("station", "KT.", "Trưởng đài", "PHÓ TRƯỞNG ĐÀI", ["KT. TRƯỞNG ĐÀI", "PHÓ TRƯỞNG ĐÀI"]),
    ("station", "Q.", "TRƯỞNG ĐÀI", "", ["Q. TRƯỞNG ĐÀI"]),
]


@pytest.mark.parametrize(("issuer", "form", "head", "title", "lines"), FORMS)
def test_each_form_prints_its_lines_and_is_accepted(issuer, form, head, title, lines):
    signing = _signing(issuer, form, head, title)
    check_signing(signing)
    assert signature_lines(signing) == lines


def test_the_issuing_body_in_the_header_follows_the_issuer():
    assert issuer_lines(_signing("ubnd", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH")) == (
        "",
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG BẠCH SAM"],
    )
    assert issuer_lines(_signing("station", "", "TRƯỞNG ĐÀI", "TRƯỞNG ĐÀI")) == (
        "UBND PHƯỜNG BẠCH SAM",
        ["ĐÀI TRUYỀN THANH"],
    )
    assert number_suffix(_signing("ubnd", "", "CHỦ TỊCH", ""), "BC") == "/BC-UBND"
    assert number_suffix(_signing("station", "", "TRƯỞNG ĐÀI", ""), "PD") == "/PD-ĐTT"


REFUSED = [
    # The issue's own case: the station issues, a Phó Chủ tịch signs.
    (("station", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Văn bản của đài truyền thanh do người đứng đầu đài ký"),
    (("station", "TM.", "TRƯỞNG ĐÀI", "TRƯỞNG ĐÀI"), "Chỉ Ủy ban nhân dân (tập thể) mới ký thay mặt (TM.)"),
    (("ubnd", "", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "cấp phó ký thì chọn KT."),
    (("ubnd", "KT.", "CHỦ TỊCH", "CHỦ TỊCH"), "chức vụ “PHÓ CHỦ TỊCH”"),
    (("ubnd", "KT.", "TRƯỞNG ĐÀI", "PHÓ TRƯỞNG ĐÀI"), "Người đứng đầu Ủy ban nhân dân là CHỦ TỊCH"),
    (("ubnd", "TL.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Thừa lệnh (TL.) hoặc thừa ủy quyền (TUQ.)"),
    (("ubnd", "KT", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Hình thức ký chỉ nhận"),
    (("xa", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Cơ quan ban hành chỉ nhận ubnd"),
    (("ubnd", "KT.", "", "PHÓ CHỦ TỊCH"), "Hãy ghi chức danh người đứng đầu"),
    (("ubnd", "KT.", "CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), "hình thức ký (TM., KT., Q., TL., TUQ.) chọn riêng"),
]


@pytest.mark.parametrize(("values", "words"), REFUSED)
def test_what_does_not_fit_is_refused_saying_why(values, words):
    with pytest.raises(InputError, match=words.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")):
        check_signing(_signing(*values))


def test_a_title_typed_the_old_way_still_prints_as_typed():
    old = _signing("ubnd", "KT.", "CHỦ TỊCH", "TM. Ủy ban nhân dân / KT. Chủ tịch / Phó Chủ tịch")
    assert signature_lines(old) == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def test_the_defaults_fit_and_keys_change_together():
    defaults = StationSettings()
    check_signing(Signing.of(defaults))
    assert signature_lines(Signing.of(defaults)) == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    with pytest.raises(InputError, match="người đứng đầu đài"):
        checked_values(defaults, {"issuer": "station"})  # alone it does not fit the Chủ tịch's signature
    values = checked_values(
        defaults, {"issuer": "station", "head_title": "TRƯỞNG ĐÀI", "signing_form": "", "signer_title": "TRƯỞNG ĐÀI"}
    )
    assert values["issuer"] == "station"


def test_settings_set_checks_the_signature_with_the_same_sentences(station, db_path):
    station.close()
    db = ["--db", str(db_path)]
    alone = run_cli(*db, "settings", "set", "issuer", "station")
    assert alone.returncode != 0 and alone.stderr.count("\n") == 1
    assert "Văn bản của đài truyền thanh do người đứng đầu đài ký" in alone.stderr
    odd = run_cli(*db, "settings", "set", "issuer", "station", "head_title")
    assert odd.returncode != 0 and "Thiếu giá trị cho cài đặt “head_title”" in odd.stderr
    assert run_cli(*db, "settings", "get", "issuer").stdout.strip() == "ubnd"  # nothing stored
    done = run_cli(
        *db, "settings", "set", "issuer", "station", "head_title", "TRƯỞNG ĐÀI", "signing_form", "KT.",
        "signer_title", "PHÓ TRƯỞNG ĐÀI",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Đã lưu cài đặt signer_title = PHÓ TRƯỞNG ĐÀI" in done.stdout
    listed = run_cli(*db, "settings", "list").stdout.splitlines()
    assert "issuer = station" in listed and "signing_form = KT." in listed and "head_title = TRƯỞNG ĐÀI" in listed
