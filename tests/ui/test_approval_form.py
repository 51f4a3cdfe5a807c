"""The printed Phiếu duyệt tin bài, checked with poppler on the real PDF: the fields with their diacritics, A4,
the approved text and its hash, an unapproved or returned bulletin said so, a long text over pages; the command
line as a subprocess (the path printed, one-line errors, nothing half-written)."""

from __future__ import annotations

import hashlib
import os
from datetime import date, datetime

import pytest

from app import approval
from app.approval_sheet import approval_sheet
from app.bulletins import create_bulletin
from app.report.wording import decree_date
from tests.conftest import run_cli
from tests.ui.test_report_pdf import flat, pdf_fonts, pdf_info, pdf_text

TOPIC = "Phòng chống lừa đảo qua mạng"
BODY = "Người dân cảnh giác với cuộc gọi giả danh công an yêu cầu chuyển tiền.\nHãy gọi ngay Công an phường."
TODAY = date(2026, 12, 2)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _render(station, bulletin_id: int, path):
    from ui.report.approval_form import render_approval_form_pdf

    return render_approval_form_pdf(approval_sheet(station.db, station.settings, bulletin_id, TODAY), path)


def test_the_form_of_an_approved_bulletin_shows_every_field_on_one_a4_page(qapp, station, tmp_path):
    bid = create_bulletin(station.db, title="Cảnh giác lừa đảo", topic=TOPIC, body=BODY, directive_id=1)
    found = approval.approve(station.db, bid, by="Nguyễn Văn Bình", note="Đồng ý phát trong 3 ngày")
    path = _render(station, bid, tmp_path / "phieu.pdf")
    info = pdf_info(path)
    assert info["Pages"] == "1" and info["Page size"].startswith("595") and "(A4)" in info["Page size"]
    assert all(font["emb"] == "yes" for font in pdf_fonts(path))
    text = flat(pdf_text(path))
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN PHƯỜNG BẠCH SAM",
        "/PD-UBND",
        "Bạch Sam, ngày 02 tháng 12 năm 2026",
        "PHIẾU DUYỆT TIN BÀI",
        f"(Bản tin số {bid})",
        "Tiêu đề Cảnh giác lừa đảo",
        f"Chủ đề {TOPIC}",
        "Công văn số 1283/UBND-VHTT ngày 30/8/2023 của UBND thị xã Mỹ Hào",
        "Trạng thái đã duyệt",
        "Người duyệt Nguyễn Văn Bình",
        f"Ngày duyệt {found.at[11:16]} {decree_date(datetime.fromisoformat(found.at).date())}",
        "Ý kiến của người duyệt Đồng ý phát trong 3 ngày",
        "NỘI DUNG ĐÃ DUYỆT",
        "Người dân cảnh giác với cuộc gọi giả danh công an yêu cầu chuyển tiền.",
        "NGƯỜI DUYỆT",
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
        "Phạm Ngọc Chiến",
    ):
        assert expected in text, (expected, text)
    assert _sha(BODY) in text.replace(" ", "")  # the approved text's hash, wrapped in its cell
    assert "CHƯA ĐƯỢC DUYỆT" not in text


def test_a_returned_and_a_changed_bulletin_say_so_and_print_the_present_hash(qapp, station, tmp_path, db_path):
    import sqlite3

    bid = create_bulletin(station.db, title="Tin trả lại", topic=TOPIC, body=BODY)
    approval.return_bulletin(station.db, bid, by="Trần Thị Hoa", reason="Thiếu nguồn tin")
    text = flat(pdf_text(_render(station, bid, tmp_path / "tra-lai.pdf")))
    assert "Trạng thái trả lại" in text and "Người trả lại Trần Thị Hoa" in text
    assert "Lý do trả lại Thiếu nguồn tin" in text and "NỘI DUNG HIỆN TẠI (CHƯA ĐƯỢC DUYỆT)" in text
    approval.approve(station.db, bid, by="Trần Thị Hoa")
    other = sqlite3.connect(db_path)
    other.execute("UPDATE bulletins SET body = body || ' Sửa lén.' WHERE id = ?", [bid])
    other.commit()
    other.close()
    text = flat(pdf_text(_render(station, bid, tmp_path / "doi.pdf")))
    assert "đã duyệt, nội dung đã đổi" in text and "NỘI DUNG HIỆN TẠI (CHƯA ĐƯỢC DUYỆT)" in text
    squeezed = text.replace(" ", "")
    assert _sha(BODY) in squeezed and _sha(BODY + " Sửa lén.") in squeezed  # approved and present hashes


def test_a_long_bulletin_runs_over_numbered_pages(qapp, station, tmp_path):
    body = "\n".join(f"Đoạn {n}: bà con cảnh giác với tin nhắn lạ, không bấm vào đường dẫn lạ." for n in range(90))
    bid = create_bulletin(station.db, title="Tin dài", topic=TOPIC, body=body)
    path = _render(station, bid, tmp_path / "dai.pdf")
    pages = int(pdf_info(path)["Pages"])
    assert pages >= 2
    last = flat(pdf_text(path, "-f", str(pages), "-l", str(pages)))
    assert last.startswith(str(pages)) and "Đoạn 89" in last and "Phạm Ngọc Chiến" in last


def test_the_command_writes_the_form_and_says_where(station, db_path, tmp_path):
    bid = create_bulletin(station.db, title="Cảnh giác", topic=TOPIC, body=BODY)
    approval.approve(station.db, bid, by="Nguyễn Văn Bình")
    station.close()
    db = ["--db", str(db_path)]
    out = tmp_path / "phiếu duyệt.pdf"
    done = run_cli(*db, "bulletin", "approval-form", str(bid), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == str(out)
    assert "Nguyễn Văn Bình" in flat(pdf_text(out))
    for args, words in (
        (("999", "-o", str(tmp_path / "x.pdf")), "Không có bản tin số 999."),
        ((str(bid), "-o", str(tmp_path / "x.txt")), "tệp .pdf"),
        ((str(bid), "-o", str(tmp_path / "no-such-folder" / "x.pdf")), "Không có thư mục"),
    ):
        bad = run_cli(*db, "bulletin", "approval-form", *args)
        assert bad.returncode != 0 and bad.stderr.count("\n") == 1 and words in bad.stderr, bad.stderr
    leftovers = [name for name in os.listdir(tmp_path) if name.endswith(".tmp") or name == "x.pdf"]
    assert leftovers == []


@pytest.fixture
def read_only_dir(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    yield folder
    folder.chmod(0o700)


def test_an_unwritable_folder_is_one_line_and_leaves_nothing(station, db_path, read_only_dir):
    if os.geteuid() == 0:
        # root ignores mode bits: a read-only mount is the fault that binds root too
        import subprocess

        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", str(read_only_dir)], check=True)
    try:
        bid = create_bulletin(station.db, title="Cảnh giác", topic=TOPIC, body=BODY)
        station.close()
        bad = run_cli("--db", str(db_path), "bulletin", "approval-form", str(bid), "-o", str(read_only_dir / "p.pdf"))
        assert bad.returncode != 0 and bad.stderr.count("\n") == 1, bad.stderr
        assert os.listdir(read_only_dir) == []
    finally:
        if os.geteuid() == 0:
            import subprocess

            subprocess.run(["umount", str(read_only_dir)], check=True)


SIGNED = [
    ({"issuer": "ubnd", "signing_form": "TM.", "head_title": "CHỦ TỊCH", "signer_title": "CHỦ TỊCH"},
     "ỦY BAN NHÂN DÂN PHƯỜNG BẠCH SAM", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"),
    ({"issuer": "ubnd", "signing_form": "TM. KT.", "head_title": "CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH"},
     "ỦY BAN NHÂN DÂN PHƯỜNG BẠCH SAM", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"),
    ({"issuer": "ubnd", "signing_form": "Q.", "head_title": "CHỦ TỊCH", "signer_title": ""},
     "ỦY BAN NHÂN DÂN PHƯỜNG BẠCH SAM", "Q. CHỦ TỊCH"),
    ({"issuer": "ubnd", "signing_form": "TL.", "head_title": "CHỦ TỊCH", "signer_title": "CHÁNH VĂN PHÒNG"},
     "ỦY BAN NHÂN DÂN PHƯỜNG BẠCH SAM", "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG"),
    ({"issuer": "ubnd", "signing_form": "TUQ.", "head_title": "CHỦ TỊCH", "signer_title": "TRƯỞNG ĐÀI"},
     "ỦY BAN NHÂN DÂN PHƯỜNG BẠCH SAM", "TUQ. CHỦ TỊCH TRƯỞNG ĐÀI"),
    ({"issuer": "station", "signing_form": "", "head_title": "TRƯỞNG ĐÀI", "signer_title": "TRƯỞNG ĐÀI"},
     "UBND PHƯỜNG BẠCH SAM ĐÀI TRUYỀN THANH", "NGƯỜI DUYỆT TRƯỞNG ĐÀI (Ký, ghi rõ họ tên) (Ký tên, đóng dấu)"),
    ({"issuer": "station", "signing_form": "KT.", "head_title": "TRƯỞNG ĐÀI", "signer_title": "PHÓ TRƯỞNG ĐÀI"},
     "UBND PHƯỜNG BẠCH SAM ĐÀI TRUYỀN THANH", "KT. TRƯỞNG ĐÀI PHÓ TRƯỞNG ĐÀI"),
]  # fmt: skip


@pytest.mark.parametrize(("values", "header", "signature"), SIGNED)
def test_each_signing_form_on_the_printed_form(qapp, station, tmp_path, values, header, signature):
    from app.settings import checked_values, stored_text

    checked = checked_values(station.settings, values)  # the settings' own check accepts each
    station.update_settings({key: stored_text(value) for key, value in checked.items()})
    bid = create_bulletin(station.db, title="Cảnh giác", topic=TOPIC, body=BODY)
    text = flat(pdf_text(_render(station, bid, tmp_path / "phieu.pdf")))
    assert header in text and signature in text, text
    suffix = "/PD-UBND" if values["issuer"] == "ubnd" else "/PD-ĐTT"
    assert suffix in text


def test_the_report_signed_by_the_station_head_is_issued_by_the_station(qapp, station, tmp_path):
    from app.report import Period, build_report
    from ui.report.printer import render_report_pdf

    station.update_settings(
        {"issuer": "station", "signing_form": "KT.", "head_title": "TRƯỞNG ĐÀI", "signer_title": "PHÓ TRƯỞNG ĐÀI"}
    )
    report = build_report(station.db, Period(date(2026, 10, 1), date(2026, 10, 31)), None)
    text = flat(pdf_text(render_report_pdf(report, tmp_path / "bc.pdf")))
    assert "UBND PHƯỜNG BẠCH SAM ĐÀI TRUYỀN THANH" in text and "/BC-ĐTT" in text
    assert "KT. TRƯỞNG ĐÀI PHÓ TRƯỞNG ĐÀI" in text and "CHỦ TỊCH" not in text.replace("Chủ tịch", "")
