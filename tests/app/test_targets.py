"""Targets per topic: stored in the real database, measured over periods, managed from the CLI."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import InputError, NotFound
from app.report import Period, Target, delete_target, list_targets, set_target
from app.report.period import iso_weeks
from app.report.targets import evaluate_targets
from tests.conftest import run_cli

A = "Phòng chống lừa đảo qua mạng"
B = "An toàn thông tin"


def test_set_list_replace_delete(station):
    db = station.db
    assert list_targets(db) == []
    set_target(db, B, "minutes_per_week", 60)
    first = set_target(db, "  phòng chống lừa đảo QUA MẠNG ", "airings_per_day", 2)
    assert first.topic == A and first.label == "Tối thiểu 2 lượt/ngày"
    set_target(db, A, "airings_per_day", 3)  # replaces, does not duplicate
    set_target(db, A, "minutes_per_day", 7.5)
    listed = list_targets(db)
    assert [(t.topic, t.metric, t.minimum) for t in listed] == [
        (A, "airings_per_day", 3.0),
        (A, "minutes_per_day", 7.5),
        (B, "minutes_per_week", 60.0),
    ]
    assert listed[1].label == "Tối thiểu 7,5 phút/ngày" and listed[1].colour == "#d62728"
    assert [t.metric for t in list_targets(db, B)] == ["minutes_per_week"]
    delete_target(db, A, "airings_per_day")
    assert [t.metric for t in list_targets(db, A)] == ["minutes_per_day"]
    with pytest.raises(NotFound, match="chưa có chỉ tiêu lượt/ngày"):
        delete_target(db, A, "airings_per_day")


@pytest.mark.parametrize(
    "topic, metric, minimum, message",
    [
        ("Thể thao", "airings_per_day", 1, "Không có chủ đề “Thể thao”"),
        (A, "airings_per_month", 1, "Loại chỉ tiêu không hợp lệ"),
        (A, "airings_per_day", -1, "số không âm"),
        (A, "airings_per_day", float("nan"), "số không âm"),
        (A, "airings_per_day", "hai", "phải là một số"),
    ],
)
def test_bad_targets_are_refused(station, topic, metric, minimum, message):
    with pytest.raises(InputError, match=message):
        set_target(station.db, topic, metric, minimum)
    assert list_targets(station.db) == []


def test_iso_weeks_are_clipped_to_the_period():
    assert iso_weeks(date(2026, 4, 1), date(2026, 4, 14)) == [
        (date(2026, 4, 1), date(2026, 4, 5)),
        (date(2026, 4, 6), date(2026, 4, 12)),
        (date(2026, 4, 13), date(2026, 4, 14)),
    ]


def test_weekly_target_prorates_partial_weeks():
    """60 minutes a week over Wed 1 to Tue 14 April: weeks of 5, 7 and 2 days expect 300/7, 60, 120/7."""
    target = Target(1, B, "#2ca02c", "minutes_per_week", 60)
    by_day = {
        date(2026, 4, 2): {B: (3, 45 * 60.0)},  # first week: 45 min >= 42.86
        date(2026, 4, 8): {B: (2, 50 * 60.0)},  # second week: 50 min < 60
        date(2026, 4, 14): {B: (1, 20 * 60.0)},  # third week: 20 min >= 17.14
    }
    (result,) = evaluate_targets([target], Period(date(2026, 4, 1), date(2026, 4, 14)), by_day)
    assert result.expected == pytest.approx(120.0) and result.actual == pytest.approx(115.0)
    assert result.shortfall == pytest.approx(5.0) and not result.met
    assert (result.units, result.units_met) == (3, 2)
    assert result.average == pytest.approx(115.0 / 14 * 7)
    assert result.status_label == "Thiếu 5 phút"


def test_daily_target_counts_days_meeting_it():
    target = Target(1, A, "#d62728", "airings_per_day", 2)
    by_day = {
        date(2026, 4, 1): {A: (2, 100.0)},
        date(2026, 4, 2): {A: (1, 50.0), B: (5, 500.0)},
        date(2026, 4, 3): {A: (4, 200.0)},
    }
    (result,) = evaluate_targets([target], Period(date(2026, 4, 1), date(2026, 4, 3)), by_day)
    assert (result.expected, result.actual, result.shortfall, result.units_met) == (6, 7, 0, 2)
    assert result.met and result.status_label == "Đạt"


def test_cli_targets(tmp_path):
    db = tmp_path / "dai.db"
    ok = run_cli("--db", str(db), "report", "targets", "set", A, "airings_per_day", "2", data_dir=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "Tối thiểu 2 lượt/ngày" in ok.stdout
    listed = run_cli(
        "--db", str(db), "report", "targets", "list", "--from", "2026-04-01", "--to", "2026-04-30", data_dir=tmp_path
    )
    assert listed.returncode == 0, listed.stderr
    assert "cần 60 lượt, thực hiện 0 lượt | Thiếu 60 lượt | đạt 0/30 ngày" in listed.stdout
    bad = run_cli("--db", str(db), "report", "targets", "set", "Thể thao", "airings_per_day", "2", data_dir=tmp_path)
    assert bad.returncode == 2 and "Không có chủ đề" in bad.stderr
    gone = run_cli("--db", str(db), "report", "targets", "delete", A, "airings_per_day", data_dir=tmp_path)
    assert gone.returncode == 0, gone.stderr
    empty = run_cli("--db", str(db), "report", "targets", "list", data_dir=tmp_path)
    assert "Chưa có chỉ tiêu nào" in empty.stdout
