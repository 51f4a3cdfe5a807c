"""Report counting against totals worked out by hand on a small log full of edge cases.

The log (`fill_log`) is written through app.log.airings exactly as playout writes it. Baseline: March 2026
(31 days); period: April 2026 (30 days). Hand totals:

  topic (station order)  baseline airings / seconds     period airings / seconds
  A  lừa đảo             2 / 210  (120 + 90)            2 / 390  (150 + 240 across midnight)
  C  văn hóa             1 / 300                        0 / 0
  D  bí mật nhà nước     0 / 0                          1 / 60   -> "mới"
  B  an toàn thông tin   1 / 90   (interrupted at 90 s  2 / 300  (200 + 100)
                                   of 180: half, counts)
  total                  4 / 600                        5 / 750

Every airing is planned at 180 s. Cut short (interrupted before half of it went out): period 1 (A, 30 s
on 15/04), listed apart, added to nothing.

Outside both: A 28/02 23:59:59 (the day before the baseline), A 01/05 00:00:00 (the day after the
period), an airing still on air. Not aired: baseline 1 missed; period 1 missed, 2 failed (one
scheduled, one manual play that failed after starting), 1 skipped.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.errors import InputError, NotFound
from app.log import airings
from app.report import (
    NEW_LABEL,
    TAMPERED_WARNING,
    Period,
    build_report,
    compare,
    report_to_json,
    set_target,
)

A = "Phòng chống lừa đảo qua mạng"
B = "An toàn thông tin"
C = "Văn hóa ứng xử trên mạng xã hội"
D = "Bảo vệ bí mật nhà nước trên không gian mạng"
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
APRIL = Period(date(2026, 4, 1), date(2026, 4, 30))
NOW = datetime(2026, 11, 27, 9, 0, 0)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def aired(
    db,
    topic: str,
    start: str,
    seconds: float,
    status: str = "completed",
    title: str = "Bản tin",
    trigger: str = "scheduled",
) -> int:
    started = _at(start)
    airing_id = airings.start_airing(
        db,
        title=title,
        topic=topic,
        started_at=started,
        trigger=trigger,
        scheduled_at=started if trigger == "scheduled" else None,
        planned_duration_s=180.0,
    )
    airings.finish_airing(
        db, airing_id, ended_at=started + timedelta(seconds=seconds), status=status, duration_s=seconds
    )
    return airing_id


def fill_log(db) -> dict[str, int]:
    ids = {}
    # Baseline (March)
    ids["a_first_day"] = aired(db, A, "2026-03-01 00:00:00", 120)
    ids["a_across_midnight_base"] = aired(db, A, "2026-03-31 23:59:30", 90)
    ids["b_interrupted_base"] = aired(db, B, "2026-03-15 06:00:00", 90, status="interrupted")
    ids["c_base"] = aired(db, C, "2026-03-20 17:00:00", 300)
    ids["a_day_before"] = aired(db, A, "2026-02-28 23:59:59", 60)
    ids["a_missed_base"] = airings.record_not_aired(
        db, status="missed", title="Lỡ tháng 3", topic=A, scheduled_at=_at("2026-03-10 06:00:00")
    )
    # Period (April)
    ids["a_first_day_period"] = aired(db, A, "2026-04-01 06:00:00", 150)
    ids["a_across_midnight"] = aired(db, A, "2026-04-30 23:58:00", 240)
    ids["a_interrupted"] = aired(db, A, "2026-04-15 06:00:00", 30, status="interrupted")
    ids["b_1"] = aired(db, B, "2026-04-10 06:00:00", 200)
    ids["b_2"] = aired(db, B, "2026-04-11 06:00:00", 100)
    ids["d_new"] = aired(db, D, "2026-04-20 06:00:00", 60)
    ids["a_day_after"] = aired(db, A, "2026-05-01 00:00:00", 100)
    ids["a_missed"] = airings.record_not_aired(
        db, status="missed", title="Lỡ tháng 4", topic=A, scheduled_at=_at("2026-04-05 06:00:00")
    )
    ids["b_failed"] = airings.record_not_aired(
        db,
        status="failed",
        title="Lỗi tệp",
        topic=B,
        scheduled_at=_at("2026-04-06 06:00:00"),
        at=_at("2026-04-06 06:00:05"),
    )
    ids["c_skipped"] = airings.record_not_aired(
        db, status="skipped", title="Bỏ qua", topic=C, scheduled_at=_at("2026-04-07 17:00:00")
    )
    ids["a_missed_after"] = airings.record_not_aired(
        db, status="missed", title="Lỡ tháng 5", topic=A, scheduled_at=_at("2026-05-01 00:00:00")
    )
    ids["a_manual_failed"] = aired(db, A, "2026-04-12 08:00:00", 10, status="failed", trigger="manual")
    ids["a_on_air"] = airings.start_airing(
        db, title="Đang phát", topic=A, started_at=_at("2026-04-29 06:00:00"), trigger="manual"
    )
    return ids


@pytest.fixture
def log(station):
    return fill_log(station.db)


def test_hand_totals_with_baseline(station, log):
    report = build_report(station.db, APRIL, MARCH, now=NOW)
    assert (report.period.airings, report.period.seconds) == (5, 750.0)
    assert (report.baseline.airings, report.baseline.seconds) == (4, 600.0)
    assert (report.period.cut_short, report.period.cut_short_seconds) == (1, 30.0)
    assert (report.baseline.cut_short, report.baseline.cut_short_seconds) == (0, 0.0)
    assert report.period.airings_per_day == pytest.approx(5 / 30)
    assert report.baseline.minutes_per_day == pytest.approx(600 / 60 / 31)
    assert report.airings_change.percent == pytest.approx(25.0)
    assert report.seconds_change.percent == pytest.approx(25.0)
    assert report.airings_change.label == "+25,0%"

    assert [row.topic for row in report.topics] == [A, C, D, B]  # the station's topic order
    expected = {  # airings, seconds, baseline airings, baseline seconds
        A: (2, 390.0, 2, 210.0),
        C: (0, 0.0, 1, 300.0),
        D: (1, 60.0, 0, 0.0),
        B: (2, 300.0, 1, 90.0),
    }
    for row in report.topics:
        assert (row.airings, row.seconds, row.baseline_airings, row.baseline_seconds) == expected[row.topic]
    a, c, d, b = report.topics
    assert (a.airings_change.percent, a.seconds_change.percent) == (0.0, pytest.approx((390 - 210) / 210 * 100))
    assert b.seconds_change.percent == pytest.approx((300 - 90) / 90 * 100)
    assert (c.airings_change.percent, c.airings_change.label) == (pytest.approx(-100.0), "-100,0%")
    assert d.airings_change.percent is None and d.airings_change.label == NEW_LABEL
    assert d.seconds_change.percent is None and d.seconds_change.label == "mới"
    assert report.topic(A).colour == "#d62728"


def test_midnight_interrupted_and_boundary_days(station, log):
    """The 23:58 airing of 30/04 counts whole (240 s) in April though it ended on 1 May; the airings at
    00:00:00 of the first days count; the ones a second before or after the periods do not."""
    report = build_report(station.db, APRIL, MARCH, now=NOW)
    annex_ids = {row.id for row in report.annex}
    assert log["a_across_midnight"] in annex_ids and log["a_first_day_period"] in annex_ids
    assert log["a_day_after"] not in annex_ids and log["a_on_air"] not in annex_ids
    across = next(row for row in report.annex if row.id == log["a_across_midnight"])
    assert across.duration_s == 240.0 and across.ended_at.date() == date(2026, 5, 1)
    assert across.date_label == "30/04/2026" and across.time_label == "23:58:00"

    may = build_report(station.db, Period(date(2026, 5, 1), date(2026, 5, 1)), now=NOW)
    assert (may.period.airings, may.period.seconds) == (1, 100.0)  # only the 00:00:00 one of 1 May
    feb = build_report(station.db, Period.day(date(2026, 2, 28)), now=NOW)
    assert (feb.period.airings, feb.period.seconds) == (1, 60.0)
    one_day = build_report(station.db, Period.day(date(2026, 4, 15)), now=NOW)
    # Interrupted after 30 s of 180: cut short, listed apart with its seconds, added to nothing.
    assert (one_day.period.airings, one_day.period.seconds) == (0, 0.0)
    assert (one_day.period.cut_short, one_day.period.cut_short_seconds) == (1, 30.0)
    [cut] = one_day.not_aired.cut_short
    assert (cut.id, cut.seconds, cut.status_label, cut.day) == (
        log["a_interrupted"],
        30.0,
        "Ngắt sớm",
        date(2026, 4, 15),
    )
    assert one_day.annex[0].status_label == "Bị ngắt (ngắt sớm)" and not one_day.annex[0].counted


def test_not_aired_listed_apart_and_count_nothing(station, log):
    report = build_report(station.db, APRIL, MARCH, now=NOW)
    assert report.not_aired.counts == {"missed": 1, "failed": 2, "skipped": 1, "cut_short": 1}
    assert report.baseline_not_aired.counts == {"missed": 1, "failed": 0, "skipped": 0, "cut_short": 0}
    assert [item.id for item in report.not_aired.failed] == [log["b_failed"], log["a_manual_failed"]]
    manual = report.not_aired.failed[1]
    assert manual.scheduled_at is None and manual.day == date(2026, 4, 12)  # dated by its start
    assert report.not_aired.missed[0].title == "Lỡ tháng 4"
    # The failed manual play ran 10 s: still nothing toward airtime.
    assert report.topic(A).seconds == 390.0
    statuses = [row.status for row in report.annex]
    assert len(report.annex) == 10 and statuses.count("completed") + statuses.count("interrupted") == 6
    assert sum(row.counted for row in report.annex) == 5
    assert [row.moment for row in report.annex] == sorted(row.moment for row in report.annex)


def test_without_baseline(station, log):
    report = build_report(station.db, APRIL, now=NOW)
    assert report.baseline is None and report.baseline_not_aired is None
    assert [row.topic for row in report.topics] == [A, D, B]  # C aired nothing in April
    assert all(row.baseline_airings is None and row.airings_change.percent is None for row in report.topics)
    assert report.airings_change.label == ""
    data = report_to_json(report)
    assert data["baseline"] is None and data["topics"][0]["baseline_airings"] is None


def test_topic_filter_matches_loosely_and_limits_everything(station, log):
    report = build_report(station.db, APRIL, MARCH, topic="  phòng chống LỪA ĐẢO qua mạng ", now=NOW)
    assert report.topic_filter == A
    assert [row.topic for row in report.topics] == [A]
    assert (report.period.airings, report.period.seconds, report.baseline.airings) == (2, 390.0, 2)
    assert report.not_aired.counts == {"missed": 1, "failed": 1, "skipped": 0, "cut_short": 1}
    assert {row.topic for row in report.annex} == {A}
    assert all(set(bucket.seconds) == {A} for bucket in report.weekly)
    with pytest.raises(NotFound, match="Không có chủ đề “Thể thao”"):
        build_report(station.db, APRIL, topic="Thể thao")


def test_weekly_buckets_split_at_period_edges(station, log):
    report = build_report(station.db, APRIL, MARCH, now=NOW)
    base = [b for b in report.weekly if b.which == "baseline"]
    period = [b for b in report.weekly if b.which == "period"]
    assert [b.iso_week for b in base] == [9, 10, 11, 12, 13, 14]
    assert [b.iso_week for b in period] == [14, 15, 16, 17, 18]  # week 14 is shared: once for each
    assert (base[0].days, base[-1].days, period[0].days, period[-1].days) == (1, 2, 5, 4)
    assert period[0].first_day == date(2026, 4, 1) and base[-1].last_day == date(2026, 3, 31)
    assert base[-1].seconds[A] == 90.0 and period[0].seconds[A] == 150.0
    assert period[-1].seconds[A] == 240.0 and period[-1].label == "Tuần 18/2026"
    for row in report.topics:
        assert sum(b.seconds[row.topic] for b in period) == pytest.approx(row.seconds)
        assert sum(b.seconds[row.topic] for b in base) == pytest.approx(row.baseline_seconds)
        assert sum(b.airings[row.topic] for b in period) == row.airings


def test_targets_measured_against_the_period(station, log):
    set_target(station.db, A, "airings_per_day", 1)
    set_target(station.db, B, "minutes_per_week", 5)
    report = build_report(station.db, APRIL, now=NOW)
    by_topic = {result.target.topic: result for result in report.targets}
    a = by_topic[A]
    assert (a.expected, a.actual, a.shortfall, a.units, a.units_met) == (30, 2, 28, 30, 2)
    assert not a.met and a.status_label == "Thiếu 28 lượt"  # the cut-short 15/04 airing meets nothing
    b = by_topic[B]
    assert b.expected == pytest.approx(5 * 30 / 7, abs=1e-3)
    assert b.actual == pytest.approx(5.0) and b.shortfall == pytest.approx(5 * 30 / 7 - 5, abs=1e-3)
    assert (b.units, b.units_met) == (5, 1)  # only 6-12 April reached 5 minutes
    only_b = build_report(station.db, APRIL, topic=B, now=NOW)
    assert [result.target.topic for result in only_b.targets] == [B]


def test_report_carries_chain_head_and_flags_tampering(station, log):
    db = station.db
    report = build_report(db, APRIL, MARCH, now=NOW)
    assert report.chain_check.intact and not report.log_tampered
    assert report.chain_head_hash == airings.chain_head_hash(db)
    assert not any(TAMPERED_WARNING in warning for warning in report.warnings)
    # Someone edits the file with a database tool: drops the guard and stretches an airing.
    db.execute("DROP TRIGGER airings_finished_immutable")
    db.execute("UPDATE airings SET duration_s = 900 WHERE id = ?", [log["b_1"]])
    tampered = build_report(db, APRIL, MARCH, now=NOW)
    assert tampered.log_tampered and tampered.chain_check.first_bad_id == log["b_1"]
    assert any(w.startswith("Nhật ký đã bị sửa ngoài phần mềm") for w in tampered.warnings)
    data = report_to_json(tampered)
    assert data["log"]["intact"] is False and data["log"]["first_bad_id"] == log["b_1"]
    assert build_report(db, APRIL, verify_log=False, now=NOW).chain_check is None


def test_warnings_for_on_air_unfinished_period_and_overlap(station, log):
    report = build_report(station.db, APRIL, MARCH, now=NOW)
    assert "Có 1 lượt đang phát chưa kết thúc, chưa được tính vào báo cáo." in report.warnings
    running = build_report(
        station.db,
        Period(date(2026, 11, 1), date(2026, 11, 30)),
        Period(date(2026, 10, 15), date(2026, 11, 5)),
        now=NOW,
    )
    assert any(w.startswith("Kỳ báo cáo chưa kết thúc") for w in running.warnings)
    assert "Kỳ so sánh trùng một phần với kỳ báo cáo." in running.warnings


def test_station_identity_and_generated_at(station, log):
    station.update_settings({"station_name": "Đài Truyền thanh phường Nhân Hòa", "signer_name": "Nguyễn Văn A"})
    report = build_report(station.db, APRIL, now=NOW)
    assert report.station.name == "Đài Truyền thanh phường Nhân Hòa"
    assert report.station.signer_name == "Nguyễn Văn A" and report.station.issuing_body == "UBND PHƯỜNG BẠCH SAM"
    assert report.generated_at == NOW and report.subtitle == "Từ ngày 01/04/2026 đến ngày 30/04/2026"


def test_json_shape(station, log):
    data = report_to_json(build_report(station.db, APRIL, MARCH, annex=False, now=NOW))
    assert data["station"] == "Đài Truyền thanh phường Bạch Sam"
    assert data["period"] == {
        **data["period"],
        "from": "2026-04-01",
        "to": "2026-04-30",
        "days": 30,
        "airings": 5,
        "seconds": 750.0,
        "cut_short_airings": 1,
        "cut_short_seconds": 30.0,
    }
    assert {k: data["baseline"][k] for k in ("from", "to", "days", "airings", "seconds")} == {
        "from": "2026-03-01",
        "to": "2026-03-31",
        "days": 31,
        "airings": 4,
        "seconds": 600.0,
    }
    assert [t["topic"] for t in data["topics"]] == [A, C, D, B]
    d = data["topics"][2]
    assert (d["airings"], d["seconds"], d["baseline_airings"], d["baseline_seconds"]) == (1, 60.0, 0, 0.0)
    assert d["airings_change_percent"] is None and d["airings_change_label"] == "mới"
    assert data["not_aired"] == {"missed": 1, "failed": 2, "skipped": 1, "cut_short": 1}
    assert data["counting"] == {"interrupted_min_percent": 50.0, "no_plan_min_seconds": 60.0}
    assert "airings" not in data  # details only with the annex
    assert len(report_to_json(build_report(station.db, APRIL, now=NOW))["airings"]) == 10


def test_empty_log_gives_zeros_not_errors(station):
    report = build_report(station.db, APRIL, MARCH, now=NOW)
    assert report.topics == () and report.period.airings == 0
    assert report.airings_change.percent is None and report.airings_change.label == "—"
    assert report.chain_check.intact and report.chain_head_hash == airings.GENESIS_HASH


def test_periods_and_dates():
    assert Period.quarter(2026, 2) == Period(date(2026, 4, 1), date(2026, 6, 30))
    assert Period.month(2024, 2).days == 29 and Period.month(2025, 12).end == date(2025, 12, 31)
    assert Period.week(date(2026, 4, 1)) == Period(date(2026, 3, 30), date(2026, 4, 5))
    assert APRIL.preceding() == Period(date(2026, 3, 2), date(2026, 3, 31))
    assert Period.parse("01/04/2026", "2026-04-30") == APRIL
    with pytest.raises(InputError, match="ở sau ngày kết thúc"):
        Period(date(2026, 4, 2), date(2026, 4, 1))


def test_changes_against_the_baseline():
    assert compare(3, 0).label == "mới" and compare(3, 0).is_new
    assert compare(0, 0).label == "—" and not compare(0, 0).is_new
    assert compare(1, None).label == "" and compare(1, None).percent is None
    assert compare(5, 4).label == "+25,0%" and compare(5, 4).percent == 25.0


def test_airings_without_a_topic_are_listed_last_under_a_plain_label(station):
    from datetime import datetime, timedelta

    from app.log.airings import finish_airing, start_airing
    from app.report import NO_TOPIC, Period, build_report

    began = datetime(2026, 11, 2, 6, 0, 0)
    for title, topic in (("Nhạc hiệu", ""), ("Cảnh giác lừa đảo", "Phòng chống lừa đảo qua mạng")):
        airing = start_airing(station.db, title=title, topic=topic, started_at=began, trigger="scheduled")
        finish_airing(station.db, airing, ended_at=began + timedelta(seconds=30))
        began += timedelta(minutes=1)
    report = build_report(station.db, Period(began.date(), began.date()))
    assert [row.topic for row in report.topics] == ["Phòng chống lừa đảo qua mạng", NO_TOPIC]
    assert all(NO_TOPIC in week.seconds for week in report.weekly)


def test_the_report_cites_the_directive_its_topics_answer(station):
    from datetime import datetime, timedelta

    from app.log.airings import finish_airing, start_airing
    from app.report import Period, build_report, report_to_json

    began = datetime(2026, 11, 2, 6, 0, 0)
    airing = start_airing(
        station.db,
        title="Cảnh giác lừa đảo",
        topic="Phòng chống lừa đảo qua mạng",
        started_at=began,
        trigger="scheduled",
    )
    finish_airing(station.db, airing, ended_at=began + timedelta(seconds=90))
    report = build_report(station.db, Period(began.date(), began.date()))
    [directive] = report.directives
    assert directive.citation == "Công văn số 1283/UBND-VHTT ngày 30/8/2023 của UBND thị xã Mỹ Hào"
    assert report_to_json(report)["directives"][0]["number"] == "1283/UBND-VHTT"
