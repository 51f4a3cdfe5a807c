"""The printed report, checked the way an official would check it: with poppler, on the real PDF.

The log is written through app.log.airings as playout and imports write it. Baseline: July 2026; period:
October 2026. Totals by hand:

  topic                     baseline airings / seconds   period airings / seconds
  A  lừa đảo                2 / 300  (120 + 180)         4 / 930  (240 + 300 + 90 interrupted + 300 across midnight)
  B  an toàn thông tin      1 / 60                       2 / 300  (150 + 150)
  C  văn hóa ứng xử         0 / 0                        1 / 420  -> "mới"
  total                     3 / 360  = 6,0 minutes       7 / 1650 = 27,5 minutes

  change: airings (7 - 3) / 3 = +133,3 %; seconds (1650 - 360) / 360 = +358,3 %
Not counted: A missed on 05/10, B failed on 06/10, A on 01/11 (after the period).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.errors import StorageError
from app.log import airings
from app.log.paper import PaperCode
from app.report import Period, build_report, set_target

A = "Phòng chống lừa đảo qua mạng"
B = "An toàn thông tin"
C = "Văn hóa ứng xử trên mạng xã hội"
JULY = Period(date(2026, 7, 1), date(2026, 7, 31))
OCTOBER = Period(date(2026, 10, 1), date(2026, 10, 31))
NOW = datetime(2026, 11, 27, 9, 30, 0)


def aired(db, topic: str, start: str, seconds: float, status: str = "completed", title: str = "Bản tin") -> int:
    started = datetime.fromisoformat(start)
    airing_id = airings.start_airing(
        db, title=title, topic=topic, started_at=started, trigger="scheduled", scheduled_at=started
    )
    airings.finish_airing(
        db, airing_id, ended_at=started + timedelta(seconds=seconds), status=status, duration_s=seconds
    )
    return airing_id


def finished_row(topic: str, started: datetime, seconds: float, title: str, *, source: str = "app") -> dict:
    """A completed airing as airlog.append_finished_rows takes it (an imported one has no schedule)."""
    stamp = "%Y-%m-%d %H:%M:%S"
    return {
        "title": title,
        "topic": topic,
        "trigger": "manual" if source == "imported" else "scheduled",
        "source": source,
        "note": "",
        "scheduled_at": None if source == "imported" else started.strftime(stamp),
        "started_at": started.strftime(stamp),
        "ended_at": (started + timedelta(seconds=seconds)).strftime(stamp),
        "duration_s": seconds,
        "status": "completed",
    }


def imported(db, topic: str, start: str, seconds: float, title: str) -> None:
    airings.append_finished_rows(
        db, [finished_row(topic, datetime.fromisoformat(start), seconds, title, source="imported")]
    )


def fill_log(db) -> None:
    aired(db, A, "2026-07-01 06:00:00", 120, title="Cảnh giác cuộc gọi giả danh công an")
    imported(db, A, "2026-07-20 17:00:00", 180, "Sổ cũ: lừa đảo việc nhẹ lương cao")
    aired(db, B, "2026-07-31 17:00:00", 60)
    aired(db, A, "2026-10-01 06:00:00", 240, title="Lừa đảo đầu tư tiền ảo")
    aired(db, A, "2026-10-10 06:00:00", 300)
    aired(db, A, "2026-10-15 06:00:00", 90, status="interrupted")
    aired(db, A, "2026-10-31 23:58:00", 300, title="Phát qua nửa đêm")
    aired(db, B, "2026-10-02 17:00:00", 150)
    aired(db, B, "2026-10-03 17:00:00", 150)
    aired(db, C, "2026-10-20 17:00:00", 420, title="Ứng xử văn minh trên Zalo, Facebook")
    aired(db, A, "2026-11-01 06:00:00", 200)
    airings.record_not_aired(
        db, status="missed", title="Lỡ buổi sáng", topic=A, scheduled_at=datetime(2026, 10, 5, 6, 0)
    )
    airings.record_not_aired(
        db,
        status="failed",
        title="Tệp hỏng",
        topic=B,
        scheduled_at=datetime(2026, 10, 6, 6, 0),
        at=datetime(2026, 10, 6, 6, 0, 1),
    )


def pdf_text(path: Path, *args: str) -> str:
    out = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    fonts = []
    for line in lines[2:]:
        # name, type (may hold spaces), encoding, emb, sub, uni, object id
        match = re.match(r"^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line)
        assert match, line
        fonts.append({"name": match[1], "type": match[2], "emb": match[4]})
    return fonts


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, value in (line.split(":", 1) for line in out.splitlines())}


@pytest.fixture
def filled(station):
    station.update_settings(
        {
            "signer_name": "Phạm Ngọc Chiến",
            "issuer": "ubnd",
            "signing_form": "TM. KT.",
            "head_title": "CHỦ TỊCH",
            "signer_title": "PHÓ CHỦ TỊCH",
            "preparer_name": "Nguyễn Thị Hoa",
        }
    )
    fill_log(station.db)
    set_target(station.db, A, "airings_per_day", 1)
    return station


@pytest.fixture
def printed(qapp, filled, tmp_path):
    from ui.report.printer import render_report_pdf

    report = build_report(filled.db, OCTOBER, JULY, now=NOW)
    path = render_report_pdf(report, tmp_path / "bao-cao.pdf")
    return report, path


def test_pdf_is_a4_with_the_serif_embedded_and_no_type3(printed):
    _, path = printed
    info = pdf_info(path)
    assert info["Page size"].startswith("595") and "(A4)" in info["Page size"]
    fonts = pdf_fonts(path)
    assert fonts, "no fonts at all: the text would be missing"
    assert all(font["emb"] == "yes" for font in fonts), fonts
    assert not [font for font in fonts if "Type 3" in font["type"]], fonts
    names = {font["name"].split("+")[-1] for font in fonts}
    assert names & {"LiberationSerif", "TimesNewRomanPSMT"}, names
    assert {"LiberationSerif-Bold", "LiberationSerif-Italic"} <= names or "TimesNewRomanPS-BoldMT" in names


def test_pdf_has_the_decree_header_title_and_signature(printed, filled):
    report, path = printed
    text = flat(pdf_text(path))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert "ỦY BAN NHÂN DÂN PHƯỜNG BẠCH SAM" in text and "ĐÀI TRUYỀN THANH" not in text  # the UBND issues
    assert "/BC-UBND" in text and "Số:" in text
    assert "Bạch Sam, ngày 27 tháng 11 năm 2026" in text
    assert "BÁO CÁO KẾT QUẢ PHÁT SÓNG TUYÊN TRUYỀN" in text
    assert "Từ ngày 01/10/2026 đến ngày 31/10/2026" in text
    assert "so với kỳ từ ngày 01/07/2026 đến ngày 31/07/2026" in text
    assert "Thực hiện Công văn số 1283/UBND-VHTT ngày 30/8/2023 của UBND thị xã Mỹ Hào" in text
    assert filled.settings.station_name in text
    assert "NGƯỜI LẬP BIỂU" in text and "Nguyễn Thị Hoa" in text
    assert "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" in text
    assert "Phạm Ngọc Chiến" in text
    assert "Nơi nhận:" in text and "UBND thị xã Mỹ Hào (để báo cáo)" in text


def test_pdf_totals_match_the_hand_count(printed):
    _, path = printed
    text = flat(pdf_text(path))
    assert "đã phát 7 lượt tin, bài tuyên truyền với tổng thời lượng 27,5 phút" in text
    assert "(31 ngày: 3 lượt, 6,0 phút)" in text
    assert "tần suất tăng 133,3% (gấp 2,3 lần), thời lượng tăng 358,3% (gấp 4,6 lần)" in text
    assert "trong đó 0 lượt" not in text  # imported rows are only mentioned when the period has some
    layout = pdf_text(path, "-layout", "-f", "1", "-l", "1")
    assert re.search(r"Tổng cộng 7 3 \+133% 27,5 6,0 \+358% 0,2 0,9", flat(layout)), flat(layout)
    # Per topic: airings, baseline airings, change, minutes, baseline minutes, change (per-day columns follow).
    assert re.search(r"Phòng chống lừa đảo .*?4 2 \+100% 15,5 5,0 \+210%", flat(layout))
    assert re.search(r"An toàn thông tin 2 1 \+100% 5,0 1,0 \+400%", flat(layout))
    assert re.search(r"Văn hóa ứng xử .*?1 0 mới 7,0 0,0 mới", flat(layout)), "a zero baseline reads 'mới'"


def test_pdf_lists_targets_not_aired_and_the_annex(printed):
    _, path = printed
    text = flat(pdf_text(path))
    assert "II. THỰC HIỆN CHỈ TIÊU" in text
    assert "Tối thiểu 1 lượt/ngày" in text and "Thiếu 27 lượt" in text  # 31 expected, 4 aired
    assert "có 2 lượt theo kế hoạch không phát được" in text and "bị lỡ 1, lỗi 1, bỏ qua 0" in text
    assert "PHỤ LỤC" in text and "DANH SÁCH CÁC LƯỢT PHÁT" in text
    assert "Phát qua nửa đêm" in text and "31/10/2026 23:58:00" in text
    assert "Ứng xử văn minh trên Zalo, Facebook" in text
    assert "Bị lỡ" in text and "Lỡ buổi sáng" in text
    assert "Lừa đảo đầu tư tiền ảo" in text and "4 phút" in text  # 240 s


def test_every_page_carries_the_log_hash_and_its_number(printed, filled):
    report, path = printed
    pages = int(pdf_info(path)["Pages"])
    head = airings.chain_head_hash(filled.db)
    assert report.chain_head_hash == head
    for page in range(1, pages + 1):
        text = flat(pdf_text(path, "-f", str(page), "-l", str(page)))
        assert f"Mã kiểm tra nhật ký: lượt {report.head_index}, {head[:16]}…" in text, page
        assert f"Trang {page}/{pages}" in text
    assert "Nhật ký đã bị sửa ngoài phần mềm".upper() not in flat(pdf_text(path))


def zbar(image: Path) -> list[str]:
    """What zbarimg (Debian's zbar-tools) reads from the QR codes in a picture."""
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg is needed to read the printed QR code (apt install zbar-tools)", pytrace=False)
    out = subprocess.run(
        ["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)], capture_output=True, text=True
    )
    return out.stdout.split()


def test_the_verification_code_is_printed_as_text_and_a_qr_code_that_decodes(printed, filled, tmp_path):
    report, path = printed
    code = report.paper_code
    assert code.text.startswith("TTP1-20261001-20261031-7-1650-50-0-") and code.hash == report.chain_head_hash
    signed = None
    for page in range(1, int(pdf_info(path)["Pages"]) + 1):
        if "MÃ KIỂM TRA BÁO CÁO" in pdf_text(path, "-f", str(page), "-l", str(page)):
            signed = page
    assert signed is not None, "no verification code on any page"
    text = flat(pdf_text(path, "-f", str(signed), "-l", str(signed)))
    assert code.lines()[1] in text and code.lines()[2] in text  # the hash printed in groups of eight
    # pdftotext joins a line ending in '-' to the next: compare without the separators.
    assert code.text.replace("-", "") in "".join(text.split()).replace("-", "")
    assert "Kỳ 01/10/2026 - 31/10/2026: 7 lượt, 27,5 phút" in text and "Phạm Ngọc Chiến" in text
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", str(signed), "-l", str(signed), str(path), str(tmp_path / "page")],
        check=True,
    )
    [picture] = tmp_path.glob("page*.png")
    [decoded] = zbar(picture)
    assert PaperCode.parse(decoded) == code
    # What an official scans is what the database can be checked against.
    from tests.conftest import run_cli

    checked = run_cli("--db", str(filled.paths.database), "log", "verify", "--paper", decoded)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("Bản in khớp với nhật ký:") and "7 lượt, 27,5 phút" in checked.stdout


def test_cut_short_airings_are_listed_apart_with_their_seconds(qapp, filled, tmp_path):
    from ui.report.printer import render_report_pdf

    began = datetime(2026, 10, 25, 6, 0)
    cut = airings.start_airing(
        filled.db, title="Thử loa 12 giây", topic=A, started_at=began, trigger="manual", planned_duration_s=180.0
    )
    airings.finish_airing(filled.db, cut, ended_at=began + timedelta(seconds=12), status="interrupted", duration_s=12)
    report = build_report(filled.db, OCTOBER, JULY, now=NOW)
    assert (report.period.airings, report.period.cut_short, report.period.cut_short_seconds) == (7, 1, 12.0)
    path = render_report_pdf(report, tmp_path / "ngat-som.pdf")
    text = flat(pdf_text(path))
    assert "III. CÁC LƯỢT KHÔNG PHÁT ĐƯỢC, LƯỢT NGẮT SỚM" in text
    assert "Có 1 lượt bị ngắt sớm (phát chưa đủ 50% thời lượng dự kiến" in text
    assert "cộng 12 giây đã phát, không tính vào tần suất, thời lượng; kỳ so sánh: 0 lượt, 0 giây" in text
    layout = flat(pdf_text(path, "-layout", "-f", "1", "-l", "1"))
    assert re.search(r"1 25/10/2026 06:00:00 Thử loa 12 giây Phòng chống lừa đảo 12 3 phút", layout), layout
    assert "đã phát 7 lượt tin, bài tuyên truyền với tổng thời lượng 27,5 phút" in text  # nothing added
    assert "Bị ngắt (ngắt sớm)" in text and "12 giây" in text  # in the annex, with its seconds


def test_a_long_annex_repeats_its_header_and_keeps_rows_whole(qapp, filled, tmp_path):
    from ui.report.printer import render_report_pdf

    db = filled.db
    start = datetime(2026, 10, 1, 6, 0)
    title = "Bản tin số {} về cảnh giác lừa đảo qua mạng, giả danh ngân hàng và nhà mạng"
    rows = [finished_row(A, start + timedelta(hours=4 * index), 60.0, title.format(index + 1)) for index in range(150)]
    airings.append_finished_rows(db, rows)
    report = build_report(db, OCTOBER, JULY, now=NOW)
    path = render_report_pdf(report, tmp_path / "dai.pdf")
    pages = int(pdf_info(path)["Pages"])
    annex_pages = [
        page for page in range(1, pages + 1) if "Kiểu phát" in pdf_text(path, "-f", str(page), "-l", str(page))
    ]
    assert len(annex_pages) >= 3
    assert annex_pages == list(range(annex_pages[0], pages + 1))
    numbers: list[int] = []
    for page in annex_pages:
        layout = pdf_text(path, "-layout", "-f", str(page), "-l", str(page))
        assert re.search(r"TT\s+Ngày\s+Giờ\s+Tiêu đề\s+Chủ đề", layout), page  # header row on every page
        numbers += [int(m[1]) for m in re.finditer(r"^\s*(\d+)\s+\d\d/\d\d/\d{4}\s", layout, re.MULTILINE)]
    # Every row printed once, in order, whole: each row's number sits on the line with its date.
    assert numbers == list(range(1, len(report.annex) + 1))


def test_a_tampered_log_prints_a_warning_box(qapp, filled, tmp_path):
    from ui.report.printer import render_report_pdf

    # Someone edits the database with another tool, past the triggers that protect finished rows.
    conn = sqlite3.connect(filled.paths.database)
    conn.execute("DROP TRIGGER airings_finished_immutable")
    conn.execute("UPDATE airings SET duration_s = 3000 WHERE title = 'Lừa đảo đầu tư tiền ảo'")
    conn.commit()
    conn.close()
    report = build_report(filled.db, OCTOBER, JULY, now=NOW)
    assert report.log_tampered
    path = render_report_pdf(report, tmp_path / "sua.pdf")
    first_page = flat(pdf_text(path, "-f", "1", "-l", "1"))
    assert "CẢNH BÁO: NHẬT KÝ ĐÃ BỊ SỬA NGOÀI PHẦN MỀM" in first_page
    assert "Báo cáo lập từ nhật ký này không còn là bằng chứng tin cậy" in first_page
    last = pdf_info(path)["Pages"]
    assert "NHẬT KÝ ĐÃ BỊ SỬA NGOÀI PHẦN MỀM" in flat(pdf_text(path, "-f", last, "-l", last))


def test_pdf_without_baseline_or_airings(qapp, station, tmp_path):
    from ui.report.printer import render_report_pdf

    report = build_report(station.db, OCTOBER, now=NOW)
    path = render_report_pdf(report, tmp_path / "trong.pdf")
    text = flat(pdf_text(path))
    assert "đã phát 0 lượt" in text and "Không có lượt phát nào được ghi nhận trong kỳ." in text
    assert "so với" not in text and "Kỳ so sánh" not in text
    assert "Chưa đặt chỉ tiêu cho chủ đề nào." in text


def test_writing_is_atomic(qapp, filled, tmp_path):
    from ui.report.printer import render_report_pdf

    report = build_report(filled.db, OCTOBER, JULY, now=NOW)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "bao-cao.pdf"
    target.write_bytes(b"old report")
    with pytest.raises(StorageError):
        render_report_pdf(report, tmp_path / "khong-co" / "bao-cao.pdf")
    assert not (tmp_path / "khong-co").exists()
    render_report_pdf(report, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.iterdir()) == ["bao-cao.pdf"]  # no temporary file left behind
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # an ordinary file others may read


def test_the_cli_writes_the_pdf(filled, tmp_path):
    from tests.conftest import run_cli

    out = tmp_path / "cli.pdf"
    result = run_cli(
        "--db",
        str(filled.paths.database),
        "report",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--baseline-from",
        "2026-07-01",
        "--baseline-to",
        "2026-07-31",
        "--format",
        "pdf",
        "-o",
        str(out),
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "27,5 phút" in flat(pdf_text(out))
    assert all(font["emb"] == "yes" for font in pdf_fonts(out))
