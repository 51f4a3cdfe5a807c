"""The printed report's Vietnamese wording (app/report/wording.py), checked without Qt against the hand totals
of test_report.py's log: April 2026 (30 days) 5 airings, 750 s; March (31 days) 4 airings, 600 s."""

from __future__ import annotations

from datetime import date

import pytest

from app.report import Change, build_report
from app.report import wording as words
from tests.app.test_report import APRIL, MARCH, NOW, fill_log


@pytest.fixture
def report(station):
    fill_log(station.db)
    return build_report(station.db, APRIL, MARCH, now=NOW)


def text(sentence: words.Sentence) -> str:
    return "".join(part.text if isinstance(part, words.Strong) else part for part in sentence)


def strong(sentence: words.Sentence) -> list[str]:
    return [part.text for part in sentence if isinstance(part, words.Strong)]


def test_the_summary_against_a_baseline_of_another_length(report):
    sentence = words.summary(report)
    assert text(sentence) == (
        "Trong kỳ báo cáo (30 ngày), Đài Truyền thanh phường Bạch Sam đã phát 5 lượt tin, bài tuyên truyền với "
        "tổng thời lượng 12,5 phút, bình quân 0,2 lượt và 0,4 phút mỗi ngày. So với kỳ từ ngày 01/03/2026 đến "
        "ngày 31/03/2026 (31 ngày: 4 lượt, 10,0 phút), tần suất tăng 25,0%, thời lượng tăng 25,0%. Hai kỳ dài "
        "ngắn khác nhau; tính bình quân mỗi ngày (kỳ so sánh: 0,1 lượt, 0,3 phút) thì tần suất tăng 29,2%, "
        "thời lượng tăng 29,2%."
    )
    assert strong(sentence) == ["5", "12,5", "tăng 25,0%", "tăng 25,0%", "tăng 29,2%", "tăng 29,2%"]


def test_what_was_not_aired_and_what_was_cut_short(report):
    assert text(words.not_aired(report)) == (
        "Trong kỳ báo cáo có 4 lượt theo kế hoạch không phát được (không tính vào tần suất, thời lượng): "
        "bị lỡ 1, lỗi 2, bỏ qua 1; kỳ so sánh: bị lỡ 1, lỗi 0, bỏ qua 0. Chi tiết từng lượt ở Phụ lục."
    )
    assert text(words.cut_short(report)) == (
        "Có 1 lượt bị ngắt sớm (phát chưa đủ 50% thời lượng dự kiến; lượt không có thời lượng dự kiến: dưới 60 "
        "giây), cộng 30 giây đã phát, không tính vào tần suất, thời lượng; kỳ so sánh: 0 lượt, 0 giây."
    )
    (line,) = words.cut_short_lines(report)
    assert line.cells == ("15/04/2026", "06:00:00", "Bản tin", "Phòng chống lừa đảo qua mạng", "30", "3 phút")
    assert words.cut_short_more(report) == ""


def test_the_topic_table_and_its_total_line(report):
    lines = words.topic_lines(report)
    assert [line.name for line in lines] == [
        "Phòng chống lừa đảo qua mạng",
        "Văn hóa ứng xử trên mạng xã hội",
        "Bảo vệ bí mật nhà nước trên không gian mạng",
        "An toàn thông tin",
        "Tổng cộng",
    ]
    assert lines[2].cells[:3] == ("1", "0", "mới")
    assert lines[-1].total and lines[-1].index == ""
    assert lines[-1].cells == ("5", "4", "+25,0%", "12,5", "10,0", "+25,0%", "0,2", "0,4")


def test_changes_in_cells_and_in_sentences():
    assert words.change_label(Change(2133.3, "+2.133,3%")) == "+2.133%"  # no decimals from 100% on
    assert words.change_label(Change(45.0, "+45,0%")) == "+45,0%"
    assert words.change_phrase(Change(406.9, "+406,9%")) == "tăng 406,9% (gấp 5,1 lần)"
    assert words.change_phrase(Change(-12.34, "-12,3%")) == "giảm 12,3%"
    assert words.change_phrase(Change(0.01, "+0,0%")) == "không đổi"
    assert words.change_phrase(Change(None, "mới")) == "mới có (kỳ so sánh không có)"
    assert words.change_phrase(Change(None, "—")) == "không đổi"


def test_dates_places_and_signers_as_decree_30_writes_them(report):
    assert words.decree_date(date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026"
    assert words.decree_date(date(2026, 11, 27)) == "ngày 27 tháng 11 năm 2026"
    assert words.place_name("phường Bạch Sam", "thị xã Mỹ Hào") == "Bạch Sam"
    assert words.place_name("", "Thị xã Mỹ Hào") == "Mỹ Hào"
    assert words.place_and_date(report) == "Bạch Sam, ngày 27 tháng 11 năm 2026"
    assert words.signer_title_lines(report.station) == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]  # app.signing's forms
    assert words.span(report.period.period) == "Từ ngày 01/04/2026 đến ngày 30/04/2026"
    assert words.compared_with(report) == "(so với kỳ từ ngày 01/03/2026 đến ngày 31/03/2026)"
    assert words.answers(report) == "Thực hiện Công văn số 1283/UBND-VHTT ngày 30/8/2023 của UBND thị xã Mỹ Hào"


def test_the_footer_and_the_annex_lines(report):
    footer = words.footer(report)
    assert footer.startswith(f"Mã kiểm tra nhật ký: lượt {report.head_index}, {report.chain_head_hash[:16]}…")
    assert "Lập lúc 09:00 27/11/2026" in footer and not report.log_tampered
    assert words.page_label(2, 5) == "Trang 2/5"
    assert words.annex_title(report)[2] == (
        "(Kèm theo báo cáo kết quả phát sóng tuyên truyền từ ngày 01/04/2026 đến ngày 30/04/2026)"
    )
    cells = {row.id: words.annex_cells(index, row) for index, row in enumerate(report.annex, start=1)}
    not_aired = next(row for row in report.annex if row.kind == "missed")
    assert cells[not_aired.id][5] == "—"  # nothing went out
