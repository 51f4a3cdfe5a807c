"""The one counting rule against hand counts: cut short below the station's share of the planned length,
60 seconds for rows with no planned length, and one date for every row around midnight, the same in the
report, the Nhật ký totals, the CSV export and targets."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from app.errors import InputError
from app.log import airings
from app.log import export as log_export
from app.log.counting import SHARE_SETTING, CountingRule, parse_share
from app.log.listing import AiringQuery, LogFilter, latest_of_day
from app.migrations import migrations
from app.report import Period, build_report, set_target

A = "Phòng chống lừa đảo qua mạng"
DAY = date(2026, 11, 20)
NOW = datetime(2026, 12, 1, 9, 0, 0)


def interrupted(db, start: str, seconds: float, planned: float | None) -> int:
    began = datetime.fromisoformat(start)
    airing = airings.start_airing(
        db, title=f"Ngắt sau {seconds}", topic=A, started_at=began, trigger="scheduled", planned_duration_s=planned
    )
    airings.finish_airing(
        db, airing, ended_at=began + timedelta(seconds=seconds), status="interrupted", duration_s=seconds
    )
    return airing


def imported_interrupted(db, start: str, seconds: float) -> None:
    began = datetime.fromisoformat(start)
    airings.append_finished_rows(
        db,
        [
            {
                "title": f"Sổ cũ {seconds}",
                "topic": A,
                "started_at": start,
                "ended_at": (began + timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S"),
                "duration_s": seconds,
                "status": "interrupted",
                "trigger": "scheduled",
                "source": "imported",
                "note": "",
            }
        ],
    )


def totals(db, first: date, last: date | None = None):
    report = build_report(db, Period(first, last or first), now=NOW)
    listed = AiringQuery(db).totals(LogFilter(first, last or first))
    return report, listed


def test_cut_short_below_half_of_the_planned_length(station):
    db = station.db
    interrupted(db, "2026-11-20 06:00:00", 89.999, 180.0)  # just under half: cut short
    interrupted(db, "2026-11-20 07:00:00", 90.0, 180.0)  # exactly half: counts
    interrupted(db, "2026-11-20 08:00:00", 12.0, 180.0)  # a 12 s fragment (a skip, a stop): cut short
    interrupted(db, "2026-11-20 09:00:00", 170.0, 180.0)
    report, listed = totals(db, DAY)
    assert (report.period.airings, report.period.seconds) == (2, 260.0)
    assert (report.period.cut_short, report.period.cut_short_seconds) == (2, 101.999)
    assert [item.seconds for item in report.not_aired.cut_short] == [89.999, 12.0]
    assert (listed.counted, listed.seconds, listed.cut_short, listed.cut_short_seconds) == (2, 260.0, 2, 101.999)


def test_sixty_seconds_for_rows_with_no_planned_length(station):
    db = station.db
    imported_interrupted(db, "2026-11-20 06:00:00", 59.9)
    imported_interrupted(db, "2026-11-20 07:00:00", 60.0)
    interrupted(db, "2026-11-20 08:00:00", 45.0, None)  # a live reading the player knew no length for
    interrupted(db, "2026-11-20 09:00:00", 61.0, 0.0)  # a planned length of zero is no planned length
    report, listed = totals(db, DAY)
    assert (report.period.airings, report.period.seconds) == (2, 121.0)
    assert (report.period.cut_short, report.period.cut_short_seconds) == (2, 104.9)
    assert report.period.imported_airings == 1
    assert (listed.counted, listed.cut_short) == (2, 2)


def test_the_share_is_a_station_setting(station):
    db = station.db
    interrupted(db, "2026-11-20 06:00:00", 54.0, 180.0)  # 30 % of 180
    set_target(db, A, "airings_per_day", 1)
    report, _ = totals(db, DAY)
    assert report.period.airings == 0 and not report.targets[0].met  # a fragment meets no target
    station.update_settings({SHARE_SETTING: "30"})
    report, listed = totals(db, DAY)
    assert (report.period.airings, listed.counted) == (1, 1) and report.targets[0].met
    assert report.paper_code.share_percent == 30.0 and "-30-0-" in report.paper_code.text
    station.update_settings({SHARE_SETTING: "chín mươi"})
    with pytest.raises(InputError, match="Tỷ lệ để tính một lượt bị ngắt không hợp lệ: “chín mươi”"):
        build_report(db, Period.day(DAY), now=NOW)


@pytest.mark.parametrize("text", ["", "abc", "5", "9.99", "100.5", "-50", "nan", "inf"])
def test_bad_shares_are_refused(text):
    with pytest.raises(InputError, match="từ 10 đến 100"):
        parse_share(text)


def test_good_shares():
    assert parse_share("50") == 50 and parse_share(" 33,5 % ") == 33.5 and parse_share(100) == 100
    assert CountingRule(33.5).share_label == "33,5%" and CountingRule().share_label == "50%"


def test_one_date_for_every_row_around_midnight(station):
    """A failed row scheduled 23:59:58 that failed at 00:00:03 belongs to the day it was scheduled for,
    everywhere; an airing that started 23:59:59 belongs to its start's day, though it ended after."""
    db = station.db
    failed = airings.record_not_aired(
        db,
        status="failed",
        title="Lỗi lúc nửa đêm",
        topic=A,
        scheduled_at=datetime(2026, 11, 20, 23, 59, 58),
        at=datetime(2026, 11, 21, 0, 0, 3),
        note="Tệp âm thanh bị hỏng",
    )
    assert db["airings"].get(failed)["started_at"] == "2026-11-21 00:00:03"  # hashed content, kept as written
    late = airings.start_airing(
        db, title="Qua nửa đêm", topic=A, started_at=datetime(2026, 11, 20, 23, 59, 59), trigger="scheduled"
    )
    airings.finish_airing(db, late, ended_at=datetime(2026, 11, 21, 0, 2, 59))
    missed = airings.record_not_aired(
        db, status="missed", title="Lỡ 00:00", topic=A, scheduled_at=datetime(2026, 11, 21, 0, 0, 0)
    )
    nov20, nov21 = date(2026, 11, 20), date(2026, 11, 21)
    first, second = build_report(db, Period.day(nov20), now=NOW), build_report(db, Period.day(nov21), now=NOW)
    assert [i.id for i in first.not_aired.failed] == [failed] and second.not_aired.failed == ()
    assert first.not_aired.failed[0].day == nov20
    assert (first.period.airings, first.period.seconds) == (1, 180.0) and second.period.airings == 0
    assert [i.id for i in second.not_aired.missed] == [missed]
    query = AiringQuery(db)
    assert sorted(query.ids(LogFilter(nov20, nov20))) == sorted([failed, late])
    assert query.ids(LogFilter(nov21, nov21)) == [missed]
    assert query.totals(LogFilter(nov20, nov20)).not_aired == 1
    exported = [row["id"] for row in log_export.iter_airings_between(db, nov20, nov20)]
    assert sorted(exported) == sorted([failed, late])
    assert {row.id for row in first.annex} == {failed, late}
    # Phát sóng's list of the day's airings after a restart (newest first) dates them the same way.
    assert [row["id"] for row in latest_of_day(db, nov20, 30)] == [late, failed]
    assert [row["id"] for row in latest_of_day(db, nov21, 30)] == [missed]
    # Targets (and the dashboard, which shows them) measure each day by the same dating.
    set_target(db, A, "airings_per_day", 1)
    [day_one] = build_report(db, Period.day(nov20), now=NOW).targets
    [day_two] = build_report(db, Period.day(nov21), now=NOW).targets
    assert (day_one.actual, day_one.met) == (1, True) and (day_two.actual, day_two.met) == (0, False)


def test_a_sealed_row_and_an_unsealed_one(station):
    db = station.db
    db.execute(
        "INSERT INTO airings (title, topic, started_at, ended_at, duration_s, status, trigger) VALUES "
        f"('Chèn tay', '{A}', '2026-11-20 10:00:00', '2026-11-20 10:30:00', 1800, 'completed', 'manual')"
    )
    report, listed = totals(db, DAY)
    assert report.period.airings == 0 and listed.counted == 0 and listed.unsealed == 1
    assert not report.chain_check.intact


@settings(max_examples=60, deadline=None)
@given(
    status=st.sampled_from(["completed", "interrupted", "missed", "failed", "skipped", "on_air"]),
    duration=st.one_of(st.none(), st.floats(min_value=0, max_value=400).map(lambda x: round(x, 3))),
    planned=st.one_of(st.none(), st.just(0.0), st.floats(min_value=1, max_value=400).map(lambda x: round(x, 3))),
    sealed=st.booleans(),
    share=st.sampled_from([10, 33.3, 50, 75, 100]),
)
def test_the_sql_and_the_python_rule_agree(status, duration, planned, sealed, share):
    db = Database(memory=True)
    migrations.apply(db)
    rule = CountingRule(share)
    row = {
        "title": "x",
        "topic": "",
        "status": status,
        "trigger": "manual",
        "duration_s": duration,
        "planned_duration_s": planned,
        "chain_index": 1 if sealed else None,
    }
    db["airings"].insert(row)
    [(kind,)] = db.execute(f"SELECT {rule.kind_sql()} FROM airings").fetchall()
    assert kind == rule.kind(row)
