"""Directives (app/directives.py): one dataclass for the bulletin editor's list and the report's citation."""

from __future__ import annotations

from datetime import date

from app.directives import cited_by_topics, list_directives
from app.report import Period, build_report


def test_directives_are_listed_with_a_label_and_cited_with_their_date(station):
    (directive,) = list_directives(station.db)
    assert directive.number == "1283/UBND-VHTT" and directive.date == date(2023, 8, 30)
    assert directive.label == (
        "Số 1283/UBND-VHTT — UBND thị xã Mỹ Hào — Về việc tăng cường công tác tuyên truyền trên không gian mạng"
    )
    assert directive.citation == "Công văn số 1283/UBND-VHTT ngày 30/8/2023 của UBND thị xã Mỹ Hào"


def test_the_report_cites_the_same_directive_its_topics_cite(station):
    (listed,) = list_directives(station.db)
    assert cited_by_topics(station.db, ["Phòng chống lừa đảo qua mạng"]) == (listed,)
    assert cited_by_topics(station.db, ["Không có chủ đề này"]) == ()
    report = build_report(station.db, Period(date(2026, 4, 1), date(2026, 4, 30)), verify_log=False)
    assert report.directives == (listed,)


def test_a_directive_without_a_readable_date_is_still_listed(station):
    station.db.execute("INSERT INTO directives (number, date, issuer) VALUES ('12/KH-UBND', 'chưa rõ', '')")
    undated = next(d for d in list_directives(station.db) if d.number == "12/KH-UBND")
    assert undated.date is None and undated.citation == "Công văn số 12/KH-UBND"
