"""Broadcast-hour rules: a new station's quiet hours, refusals that name the rule (store and CLI), overrides
recorded with their reason, emergency items always allowed, and the playout engine keeping quiet hours for an
item written straight into the database with the sqlite3 shell."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from datetime import date, datetime, time, timedelta

import pytest

from app import policy
from app import schedule_store as store
from app.playout import PlayoutEngine
from app.settings import StationSettings
from app.station import Station
from schedules.policy import NO_RULES, BroadcastRules
from tests.app.test_playout_engine import Rig
from tests.audio_fixtures import add_segment, make_tone
from tests.conftest import run_cli

DAY = date(2031, 3, 17)  # a Monday, far enough ahead that a one-off is never in the past


def at(clock: str, day: date = DAY) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock))


def set_rules(station: Station, rules: BroadcastRules) -> None:
    station.update_settings(policy.rules_to_settings(rules))


@pytest.fixture
def seg(station) -> int:
    return add_segment(station.db, station.paths.data_dir, title="Tin phòng chống lừa đảo", seconds=120)


def test_a_new_station_has_quiet_hours_and_nothing_else(station):
    rules = policy.read_rules(station.db)
    assert (rules.quiet_from, rules.quiet_to) == (time(21, 30), time(5, 30))
    assert rules.days == frozenset(range(1, 8))
    assert (rules.max_session_minutes, rules.max_sessions_per_day, rules.max_minutes_per_day) == (None, None, None)
    assert rules.in_quiet_hours(at("03:15")) and rules.in_quiet_hours(at("21:30"))
    assert not rules.in_quiet_hours(at("05:30")) and not rules.in_quiet_hours(at("21:29:59"))


def test_a_one_off_at_3_15_is_refused_naming_the_quiet_hours(station, seg):
    with pytest.raises(policy.PolicyRefused, match=r"Vi phạm quy định giờ nghỉ 21:30–05:30: buổi phát 03:15–03:17"):
        store.add_one_off(station.db, seg, at("03:15"), now=at("00:00"))
    assert store.list_items(station.db, one_offs=True) == []
    # One that ends after 21:30 touches the quiet hours too.
    with pytest.raises(policy.PolicyRefused, match="giờ nghỉ"):
        store.add_one_off(station.db, seg, at("21:29"), now=at("00:00"))
    assert store.add_one_off(station.db, seg, at("06:00"), now=at("00:00"))


def test_an_emergency_is_always_allowed_and_played_in_quiet_hours(station, seg):
    set_rules(station, BroadcastRules(max_sessions_per_day=1))
    item = store.add_one_off(station.db, seg, at("03:15"), priority="emergency", now=at("00:00"))
    assert policy.list_overrides(station.db) == []
    rig = Rig(station, at("03:14"))
    rig.player.durations[rig.path_of(seg)] = 120
    rig.start()
    rig.run_until(at("03:20"))
    rows = rig.rows()
    assert [(r["schedule_item_id"], r["status"], r["trigger"]) for r in rows] == [(item, "completed", "urgent")]


def test_windows_are_refused_by_session_length_days_and_sessions_per_day(station):
    db = station.db
    hanoi = policy.preset("ha-noi-noi-thanh").rules
    set_rules(station, hanoi)
    with pytest.raises(
        policy.PolicyRefused, match="Vi phạm quy định mỗi buổi phát tối đa 15 phút: buổi phát 06:00–06:30"
    ):
        store.add_window(db, name="Sáng", start=time(6), end=time(6, 30), days={1, 2, 3, 4, 5})
    with pytest.raises(policy.PolicyRefused, match=r"Vi phạm quy định ngày được phát \(Thứ Hai, .*Thứ Sáu\): Thứ Bảy"):
        store.add_window(db, name="Sáng", start=time(6), end=time(6, 15), days={6})
    store.add_window(db, name="Sáng", start=time(6), end=time(6, 15), days={1, 2, 3, 4, 5})
    store.add_window(db, name="Chiều", start=time(17), end=time(17, 15), days={1, 2, 3, 4, 5})
    with pytest.raises(
        policy.PolicyRefused, match="Vi phạm quy định tối đa 2 buổi phát mỗi ngày: ngày .* có 3 buổi phát"
    ):
        store.add_window(db, name="Trưa", start=time(11), end=time(11, 15), days={1})
    # Two windows back to back are one session: splitting one does not get round the length.
    with pytest.raises(policy.PolicyRefused, match="mỗi buổi phát tối đa 15 phút: buổi phát 06:00–06:25"):
        store.add_window(db, name="Nối", start=time(6, 15), end=time(6, 25), days={1})
    assert [w.name for w in store.list_windows(db)] == ["Sáng", "Chiều"]
    # A change of a window is checked as a new one is.
    with pytest.raises(policy.PolicyRefused, match="tối đa 15 phút"):
        store.update_window(db, store.list_windows(db)[0].id, end=time(7))


def test_minutes_per_day_counts_one_offs_by_their_length(station, seg):
    set_rules(station, BroadcastRules(max_minutes_per_day=3))
    store.add_one_off(station.db, seg, at("08:00"), now=at("00:00"))  # 2 minutes
    with pytest.raises(policy.PolicyRefused, match="tổng thời lượng tối đa 3 phút mỗi ngày: ngày 17/03/2031 có 4 phút"):
        store.add_one_off(station.db, seg, at("09:00"), now=at("00:00"))


def test_an_override_needs_a_reason_and_is_recorded(station, seg):
    db = station.db
    override = store.PolicyOverride("  Theo chỉ đạo của   Chủ tịch UBND phường ", "Nguyễn Văn A")
    with pytest.raises(policy.InputError, match="hãy ghi lý do"):
        store.add_one_off(db, seg, at("04:30"), now=at("00:00"), override=store.PolicyOverride("   "))
    assert store.list_items(db, one_offs=True) == []
    item = store.add_one_off(db, seg, at("04:30"), now=at("00:00"), override=override)
    window = store.add_window(db, name="Đêm", start=time(22), end=time(22, 10), override=override)
    rows = policy.list_overrides(db)
    assert [(r.subject, r.subject_id, r.rules, r.reason, r.operator) for r in rows] == [
        ("item", item, ("quiet_hours",), "Theo chỉ đạo của Chủ tịch UBND phường", "Nguyễn Văn A"),
        ("window", window, ("quiet_hours",), "Theo chỉ đạo của Chủ tịch UBND phường", "Nguyễn Văn A"),
    ]
    assert "04:30–04:32" in rows[0].message
    linked = db.execute("SELECT policy_override_id FROM schedule_items WHERE id = ?", [item]).fetchone()[0]
    assert linked == rows[0].id
    # An overridden item is played: the operator said why.
    rig = Rig(station, at("04:29"))
    rig.player.durations[rig.path_of(seg)] = 120
    rig.start()
    rig.run_until(at("04:35"))
    assert [(r["schedule_item_id"], r["status"]) for r in rig.rows()] == [(item, "completed")]


def test_an_unrelated_change_on_a_day_already_overridden_is_not_refused(station, seg):
    db = station.db
    set_rules(station, BroadcastRules(quiet_from=None, quiet_to=None, max_sessions_per_day=1))
    store.add_one_off(db, seg, at("08:00"), now=at("00:00"))
    store.add_one_off(db, seg, at("09:00"), now=at("00:00"), override=store.PolicyOverride("Họp khẩn tổ dân phố"))
    with pytest.raises(policy.PolicyRefused, match="tối đa 1 buổi phát"):
        store.add_one_off(db, seg, at("10:00"), now=at("00:00"))
    store.add_one_off(db, seg, at("08:00"), now=at("00:00"), priority="emergency")


def test_the_engine_skips_a_quiet_hours_item_inserted_straight_into_the_database(station, db_path, seg):
    sqlite = shutil.which("sqlite3")
    assert sqlite, "the sqlite3 shell is needed (Debian package sqlite3)"
    fine = store.add_one_off(station.db, seg, at("05:31"), now=at("00:00"))
    subprocess.run(
        [
            sqlite,
            str(db_path),
            "INSERT INTO schedule_items (window_id, position, segment_id, at, priority, created_at) "
            f"VALUES (NULL, 0, {seg}, '2031-03-17 03:15:00', 'priority', '2031-03-16 12:00:00');",
        ],
        check=True,
        timeout=30,
    )
    sneaked = station.db.execute("SELECT id FROM schedule_items WHERE at = '2031-03-17 03:15:00'").fetchone()[0]
    rig = Rig(station, at("03:14"))
    rig.player.durations[rig.path_of(seg)] = 120
    rig.start()
    rig.run_until(at("05:40"))
    rows = rig.rows()
    assert [(r["schedule_item_id"], r["status"], r["scheduled_at"]) for r in rows] == [
        (sneaked, "skipped", "2031-03-17 03:15:00"),
        (fine, "completed", "2031-03-17 05:31:00"),
    ]
    assert rows[0]["note"] == "Không phát trong giờ nghỉ 21:30–05:30 theo quy định giờ phát của đài."
    assert rows[0]["duration_s"] == 0 and rows[0]["row_hash"]  # sealed into the chain like every skip
    assert [p for p, _ in rig.player.plays] == [rig.path_of(seg)]  # one play only: the 05:31 item
    assert rig.player.plays[0][1] == at("05:31")


def test_a_window_item_in_quiet_hours_is_skipped_when_rules_change_after_scheduling(station, seg):
    set_rules(station, NO_RULES)
    window = store.add_window(station.db, name="Sớm", start=time(4, 30), end=time(4, 45))
    item = store.add_window_item(station.db, window, seg, created_at=at("00:00"))
    set_rules(station, BroadcastRules())  # quiet hours back, after the window was in
    rig = Rig(station, at("04:29"))
    rig.player.durations[rig.path_of(seg)] = 120
    rig.start()
    rig.run_until(at("04:50"))
    assert [(r["schedule_item_id"], r["status"]) for r in rig.rows()] == [(item, "skipped")]
    assert rig.player.plays == []
    assert isinstance(rig.engine, PlayoutEngine)


def test_rules_round_trip_through_settings():
    for p in policy.PRESETS:
        stored = policy.rules_to_settings(p.rules)
        assert policy.rules_from_settings(StationSettings.parse(stored)) == p.rules
    assert policy.rules_from_settings(StationSettings.parse(policy.rules_to_settings(NO_RULES))) == NO_RULES
    # A quiet hour typed into the table by hand that is not a time: no quiet hours, rather than a crash.
    assert not policy.rules_from_settings(StationSettings.parse({"policy_quiet_from": "bad"})).has_quiet_hours


# --- the command line ---------------------------------------------------------------------------------


def test_cli_policy_set_show_clear_and_schedule_refusal_and_override(tmp_path):
    data = tmp_path / "data"
    shown = run_cli("policy", "show", data_dir=data)
    assert shown.returncode == 0, shown.stderr
    assert "Giờ nghỉ (không phát): 21:30–05:30" in shown.stdout
    assert "Số buổi phát mỗi ngày tối đa: không giới hạn" in shown.stdout

    done = run_cli("policy", "set", "--preset", "ha-noi-noi-thanh", data_dir=data)
    assert done.returncode == 0, done.stderr
    shown = run_cli("policy", "show", data_dir=data).stdout
    assert "Mỗi buổi phát tối đa: 15 phút" in shown and "Số buổi phát mỗi ngày tối đa: 2 buổi" in shown
    assert "Ngày được phát: Thứ Hai, Thứ Ba, Thứ Tư, Thứ Năm, Thứ Sáu" in shown

    refused = run_cli(
        "schedule", "window", "add", "--name", "Sáng", "--start", "06:00", "--end", "06:30", data_dir=data
    )
    assert refused.returncode != 0 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1
    assert "Vi phạm quy định mỗi buổi phát tối đa 15 phút" in refused.stderr
    assert "--override-policy --reason" in refused.stderr

    no_reason = run_cli(
        "schedule",
        "window",
        "add",
        "--name",
        "Sáng",
        "--start",
        "06:00",
        "--end",
        "06:30",
        "--override-policy",
        data_dir=data,
    )
    assert no_reason.returncode != 0 and "lý do" in no_reason.stderr

    forced = run_cli(
        "schedule",
        "window",
        "add",
        "--name",
        "Sáng",
        "--start",
        "06:00",
        "--end",
        "06:30",
        "--days",
        "12345",
        "--override-policy",
        "--reason",
        "Tuần lễ cao điểm phòng chống lừa đảo",
        data_dir=data,
    )
    assert forced.returncode == 0, forced.stderr
    with sqlite3.connect(data / "truyenthanh.db") as conn:
        assert conn.execute("SELECT subject, rules, reason FROM policy_overrides").fetchall() == [
            ("window", "session_length", "Tuần lễ cao điểm phòng chống lừa đảo")
        ]

    tone = make_tone(tmp_path / "tin.wav", 2.0)
    imported = run_cli("bulletin", "import-audio", str(tone), "--title", "Tin", "--topic", "An ninh", data_dir=data)
    assert imported.returncode == 0, imported.stderr
    segment = imported.stdout.strip().splitlines()[-1]
    night = run_cli("schedule", "add", "--segment", segment, "--at", "2031-03-17 03:15:00", data_dir=data)
    assert night.returncode != 0 and night.stderr.count("\n") == 1
    assert "Vi phạm quy định giờ nghỉ 21:30–05:30: buổi phát 03:15:00–03:15:02" in night.stderr
    urgent = run_cli(
        "schedule",
        "add",
        "--segment",
        segment,
        "--at",
        "2031-03-17 03:15:00",
        "--priority",
        "emergency",
        data_dir=data,
    )
    assert urgent.returncode == 0, urgent.stderr

    shown = run_cli("policy", "show", data_dir=data).stdout
    assert "Lập lịch trái quy định (đã ghi lý do): 1 lần" in shown
    assert "khung giờ #1: “Tuần lễ cao điểm phòng chống lừa đảo” (Cán bộ đài). Vi phạm quy định mỗi buổi" in shown

    bad = run_cli("policy", "set", "--quiet-from", "22:00", data_dir=data)
    assert bad.returncode != 0 and "--quiet-to" in bad.stderr
    bad = run_cli("policy", "set", "--max-session-minutes", "mười", data_dir=data)
    assert bad.returncode != 0 and "--max-session-minutes" in bad.stderr

    cleared = run_cli("policy", "clear", data_dir=data)
    assert cleared.returncode == 0, cleared.stderr
    shown = run_cli("policy", "show", data_dir=data).stdout
    assert "Giờ nghỉ (không phát): không quy định" in shown and "Mỗi buổi phát tối đa: không giới hạn" in shown


# --- reports --------------------------------------------------------------------------------------------


def _aired(db, start: str, seconds: float, trigger: str = "scheduled") -> None:
    from app.log import airings

    started = datetime.fromisoformat(start)
    airing_id = airings.start_airing(
        db,
        title="Tin",
        topic="An ninh",
        started_at=started,
        trigger=trigger,
        scheduled_at=started,
        planned_duration_s=seconds,
    )
    airings.finish_airing(
        db, airing_id, ended_at=started + timedelta(seconds=seconds), status="completed", duration_s=seconds
    )


def test_the_report_says_whether_the_period_kept_the_rules(station, tmp_path):
    from app.report import Period, build_report, report_to_json

    db = station.db
    set_rules(station, policy.preset("ha-noi-noi-thanh").rules)
    # Monday 17/03/2031: two sessions, the first of two items back to back (6 + 6 minutes), the second 10 min.
    _aired(db, "2031-03-17 06:00:00", 360)
    _aired(db, "2031-03-17 06:06:30", 360)
    _aired(db, "2031-03-17 17:00:00", 600)
    _aired(db, "2031-03-18 03:00:00", 60, trigger="urgent")  # an emergency at night: allowed, not counted
    week = Period(date(2031, 3, 17), date(2031, 3, 23))
    kept = build_report(db, week, now=at("12:00", date(2031, 3, 24)))
    assert kept.policy is not None and kept.policy.kept
    data = report_to_json(kept)["policy"]
    assert (data["kept"], data["most_sessions_per_day"], data["longest_session_minutes"]) == (True, 2, 12.5)
    assert data["quiet_hours_airings"] == 0
    assert data["sentence"] == (
        "Quy định giờ phát: đã tuân thủ. Nhiều nhất 2 buổi phát một ngày, buổi dài nhất 12,5 phút, "
        "0 lượt phát trong giờ nghỉ (không tính phát khẩn cấp)."
    )

    # Then a third session on Tuesday at 04:30 (quiet hours), 20 minutes long, and one on Saturday.
    _aired(db, "2031-03-18 04:30:00", 1200)
    _aired(db, "2031-03-18 06:00:00", 60)
    _aired(db, "2031-03-18 17:00:00", 60)
    _aired(db, "2031-03-22 06:00:00", 60)
    broken = build_report(db, week, now=at("12:00", date(2031, 3, 24)))
    data = report_to_json(broken)["policy"]
    assert data["kept"] is False
    assert data["breaches"] == {
        "quiet_hours": 1,
        "days": 1,
        "session_length": 1,
        "sessions_per_day": 1,
        "minutes_per_day": 0,
    }
    assert (data["most_sessions_per_day"], data["longest_session_minutes"], data["quiet_hours_airings"]) == (3, 20.0, 1)
    assert data["sentence"].startswith("Quy định giờ phát: chưa tuân thủ (4 vi phạm). Nhiều nhất 3 buổi")
    assert any("Thứ Bảy 22/03/2031 không được phát" in m for m in data["messages"])

    # The printed report carries the same line (the PDF through the Qt layer, read back with pdftotext).
    out = tmp_path / "bao-cao.pdf"
    done = run_cli(
        "--db",
        str(station.paths.database),
        "report",
        "--from",
        "2031-03-17",
        "--to",
        "2031-03-23",
        "--format",
        "pdf",
        "-o",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True)
    flat = " ".join(text.stdout.split())
    assert "Quy định giờ phát: chưa tuân thủ (4 vi phạm)." in flat
    assert "1 lượt phát trong giờ nghỉ" in flat


def test_a_station_upgraded_from_before_the_rules_keeps_broadcasting_as_it_did(db_path):
    """Nothing an existing station scheduled (a 05:00 window, say) stops playing after an upgrade: its rules
    start empty, for the operator to set; a new station gets the quiet hours."""
    from sqlite_utils import Database

    from app.database import open_database
    from app.migrations import migrations

    db_path.parent.mkdir(parents=True, exist_ok=True)
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before="m006_policy")
    old["settings"].insert({"key": "station_name", "value": "Đài cũ"})
    old.close()
    upgraded = open_database(db_path, seed=False)
    assert not policy.read_rules(upgraded).has_quiet_hours
    assert policy.read_rules(upgraded) == NO_RULES
    upgraded.close()
    fresh = Station.open(db_path.with_name("moi.db"))
    assert policy.read_rules(fresh.db) == BroadcastRules()
    fresh.close()
