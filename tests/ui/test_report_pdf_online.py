"""The printed report's section V, online posts (đăng tải), read back from the real PDF with poppler.
Hand counts (posts): October (period) A: zalo 2, facebook 1; C: website 1 -> 4 (zalo 2, facebook 1, website 1);
July (baseline) A: zalo 1; B: other 1 -> 2. The airings' figures are those of test_report_pdf."""

from __future__ import annotations

import re
import subprocess
from datetime import datetime

import pytest

from app.bulletins import create_bulletin
from app.posts import add_post
from app.report import build_report
from tests.ui.test_report_pdf import JULY, NOW, OCTOBER, A, B, C, fill_log, flat, pdf_text

HEADING = "V. ĐĂNG TẢI TRÊN MẠNG (ZALO, FACEBOOK, TRANG WEB)"


@pytest.fixture
def posted(station):
    db = station.db
    fill_log(db)
    bulletins = {topic: create_bulletin(db, title=f"Tin {topic}", topic=topic, body="Một câu.") for topic in (A, B, C)}
    for topic, channel, at in (
        (A, "zalo", "2026-10-01 00:00:00"),
        (A, "zalo", "2026-10-15 07:00:00"),
        (A, "facebook", "2026-10-31 23:59:59"),
        (C, "website", "2026-10-20 08:00:00"),
        (A, "zalo", "2026-07-10 07:00:00"),
        (B, "other", "2026-07-31 21:00:00"),
        (B, "zalo", "2026-11-01 00:00:00"),  # after the period
    ):
        add_post(db, bulletin_id=bulletins[topic], channel=channel, posted_at=datetime.fromisoformat(at), now=NOW)
    return station


def test_section_five_counts_posts_by_topic_and_channel(qapp, posted, tmp_path):
    from ui.report.printer import render_report_pdf

    path = render_report_pdf(build_report(posted.db, OCTOBER, JULY, now=NOW), tmp_path / "bao-cao.pdf")
    text = flat(pdf_text(path))
    assert HEADING in text
    assert (
        "Trong kỳ báo cáo, đài đăng tải 4 lượt bản tin lên mạng (Zalo 2, Facebook 1, trang web 1, khác 0); "
        "kỳ so sánh: 2 lượt (Zalo 1, Facebook 0, trang web 0, khác 1)."
    ) in text
    table = flat(pdf_text(path, "-layout").split(HEADING, 1)[1])
    # TT, topic, zalo, facebook, website, other, the period's sum, the baseline's sum
    assert re.search(r"1 Phòng chống lừa đảo qua mạng 2 1 0 0 3 1", table), table
    assert re.search(r"2 Văn hóa ứng xử trên mạng xã hội 0 0 1 0 1 0", table), table
    assert re.search(r"3 An toàn thông tin 0 0 0 0 0 1", table), table
    assert re.search(r"Tổng cộng 2 1 1 0 4 2", table), table
    page = next(n for n, page in enumerate(pdf_text(path).split("\f"), start=1) if HEADING in flat(page))
    subprocess.run(
        ["pdftoppm", "-r", "90", "-png", "-f", str(page), "-l", str(page), str(path), str(tmp_path / "page")],
        check=True,
    )
    (picture,) = tmp_path.glob("page*.png")  # the page with the table, looked at while writing this
    assert picture.stat().st_size > 10_000


def test_no_posts_says_so_without_a_table(qapp, station, tmp_path):
    from ui.report.printer import render_report_pdf

    fill_log(station.db)
    path = render_report_pdf(build_report(station.db, OCTOBER, JULY, now=NOW), tmp_path / "bao-cao.pdf")
    text = flat(pdf_text(path))
    assert "đài đăng tải 0 lượt bản tin lên mạng" in text
    assert "Tổng cộng 0" not in flat(pdf_text(path, "-layout").split(HEADING, 1)[1])
