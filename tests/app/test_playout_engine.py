"""The playout engine's rules, with a fake clock and a scripted player, over a real station database.

The player stand-in plays nothing: it reports a start at once and the end when the fake clock reaches the
file's length, or a failure when told to. Real sound is proven in tests/ui/test_playout_sound.py.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from app import schedule_store, segments
from app.errors import InputError, PlayoutError
from app.log import airings
from app.playout import (
    NOTE_BY_EMERGENCY,
    NOTE_BY_LIVE,
    NOTE_LIVE,
    NOTE_MISSED_CLOSED,
    NOTE_MISSED_GAP,
    NOTE_OVERRUN,
    NOTE_PAUSED,
    NOTE_SHUTDOWN,
    NOTE_SKIPPED_BY_OPERATOR,
    NOTE_STOPPED_BY_OPERATOR,
    PlayoutEngine,
    PlayoutEvent,
)
from app.policy import rules_to_settings
from app.station_time import format_timestamp, parse_timestamp
from schedules.policy import NO_RULES
from tests.audio_fixtures import add_segment, write_corrupt
from tests.playout_fakes import FakeClock, ScriptedPlayer, simulate_until

DAY = date(2025, 3, 17)  # a Monday


def at(clock: str, day: date = DAY) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock))


class Rig:
    """A station, a fake clock, a scripted player and an engine, run as a discrete-event simulation."""

    def __init__(self, station, start: datetime, **engine_options) -> None:
        self.station = station
        self.db = station.db
        self.clock = FakeClock(start)
        self.player = ScriptedPlayer(self.clock)
        self.options = {"heartbeat_s": 2.0, "reload_every_s": 3600.0, **engine_options}
        self.events: list[PlayoutEvent] = []
        self.engine = self._new_engine()

    def _new_engine(self) -> PlayoutEngine:
        engine = PlayoutEngine(
            self.db,
            self.player,
            data_dir=self.station.paths.data_dir,
            clock=self.clock,
            operator="Nguyễn Văn A",
            **self.options,
        )
        engine.add_listener(self.events.append)
        return engine

    def segment(self, title: str, seconds: float, *, with_file: bool = True, topic: str | None = None) -> int:
        kwargs = {"topic": topic} if topic is not None else {}
        seg = add_segment(
            self.db, self.station.paths.data_dir, title=title, seconds=seconds, with_file=with_file, **kwargs
        )
        path = segments.segment_audio(self.db, self.station.paths.data_dir, [seg])[seg].path
        self.player.durations[path] = seconds
        return seg

    def path_of(self, segment_id: int) -> Path:
        return segments.segment_audio(self.db, self.station.paths.data_dir, [segment_id])[segment_id].path

    def window(
        self,
        name: str,
        start: str,
        end: str,
        segments: list[int],
        priorities: list[str] | None = None,
        created: datetime | None = None,
    ) -> tuple[int, list[int]]:
        window_id = schedule_store.add_window(
            self.db, name=name, start=time.fromisoformat(start), end=time.fromisoformat(end)
        )
        created = created or self.clock.now
        items = [
            schedule_store.add_window_item(
                self.db, window_id, seg, created_at=created, priority=priorities[i] if priorities else "ordinary"
            )
            for i, seg in enumerate(segments)
        ]
        return window_id, items

    def one_off(self, segment_id: int, when: datetime, priority: str = "ordinary") -> int:
        return schedule_store.add_one_off(self.db, segment_id, when, priority=priority, now=self.clock.now)

    def start(self) -> None:
        self.engine.start()
        self.player.deliver()

    def run_until(self, end: datetime, step_s: float = 0.5) -> None:
        simulate_until(self.clock, self.player, self.engine, end, step_s=step_s)

    def crash(self) -> None:
        """The process dies: no shutdown, the player goes silent, a new engine starts later."""
        self.player.stop()
        self.player.listener = None
        self.engine = self._new_engine()

    def rows(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM airings ORDER BY id"))


@pytest.fixture
def rig(station):
    return Rig(station, at("05:59:00"))


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["title"], r["status"], r["started_at"] and r["started_at"][11:], r["duration_s"]) for r in rows]


def test_window_starts_on_its_second_and_plays_back_to_back(rig):
    a = rig.segment("Tin lừa đảo OTP", 60)
    b = rig.segment("Tin an toàn thông tin", 30.5, topic="An toàn thông tin")
    window_id, items = rig.window("Bản tin sáng", "06:00", "06:30", [a, b])
    rig.start()
    rig.run_until(at("06:00:00") - timedelta(milliseconds=1))
    assert rig.player.plays == []
    rig.run_until(at("06:05"))
    rows = rig.rows()
    assert _brief(rows) == [
        ("Tin lừa đảo OTP", "completed", "06:00:00", 60.0),
        ("Tin an toàn thông tin", "completed", "06:01:00", 30.5),
    ]
    assert [p[1] for p in rig.player.plays] == [at("06:00:00"), at("06:01:00")]
    first, second = rows
    assert first["scheduled_at"] == "2025-03-17 06:00:00" and second["scheduled_at"] == "2025-03-17 06:01:00"
    assert first["trigger"] == "scheduled" and first["schedule_item_id"] == items[0] and first["segment_id"] == a
    assert second["topic"] == "An toàn thông tin" and first["topic"] == "Phòng chống lừa đảo qua mạng"
    assert first["planned_duration_s"] == 60.0 and first["operator"] == "Nguyễn Văn A"
    assert first["ended_at"] == "2025-03-17 06:01:00" and second["ended_at"] == "2025-03-17 06:01:30"
    assert airings.verify_chain(rig.db).intact
    assert [e.kind for e in rig.events] == ["started", "finished", "started", "finished"]


def test_one_off_starts_at_its_second(rig):
    seg = rig.segment("Thông báo lịch tiêm", 12)
    rig.one_off(seg, at("07:15:30"))
    rig.start()
    rig.run_until(at("07:20"))
    assert rig.player.plays[0][1] == at("07:15:30")
    assert _brief(rig.rows()) == [("Thông báo lịch tiêm", "completed", "07:15:30", 12.0)]


def test_emergency_interrupts_at_once_and_priority_goes_next(rig):
    a, b = rig.segment("Mục A", 60), rig.segment("Mục B", 30)
    urgent = rig.segment("Cảnh báo khẩn", 10)
    important = rig.segment("Thông báo ưu tiên", 5)
    rig.window("Sáng", "06:00", "06:30", [a, b])
    rig.one_off(urgent, at("06:00:20"), "emergency")
    rig.one_off(important, at("06:00:25"), "priority")
    rig.start()
    rig.run_until(at("06:03"))
    assert _brief(rig.rows()) == [
        ("Mục A", "interrupted", "06:00:00", 20.0),  # cut by the emergency at once
        ("Cảnh báo khẩn", "completed", "06:00:20", 10.0),
        ("Thông báo ưu tiên", "completed", "06:00:30", 5.0),  # priority before the rest of the window
        ("Mục B", "completed", "06:00:35", 30.0),
    ]
    rows = rig.rows()
    assert rows[0]["note"] == NOTE_BY_EMERGENCY
    assert rows[1]["trigger"] == "urgent" and rows[2]["trigger"] == "scheduled"
    # The interrupted item is not played again.
    assert len([p for p in rig.player.plays if p[0] == rig.path_of(a)]) == 1


def test_priority_item_in_a_window_goes_before_the_rest(rig):
    a, b, p = rig.segment("A", 10), rig.segment("B", 10), rig.segment("P", 10)
    rig.window("Sáng", "06:00", "06:30", [a, b, p], priorities=["ordinary", "ordinary", "priority"])
    rig.start()
    rig.run_until(at("06:01"))
    assert [(r["title"], r["started_at"][11:]) for r in rig.rows()] == [
        ("P", "06:00:00"),
        ("A", "06:00:10"),
        ("B", "06:00:20"),
    ]


def test_items_whose_time_passed_while_closed_are_missed(rig):
    a, b = rig.segment("Mục A", 60), rig.segment("Mục B", 60)
    late = rig.segment("Thêm sau", 60)
    window_id, _ = rig.window("Sáng", "06:00", "06:30", [a, b])
    # Added at 06:45, after the window ended: it was never due, so nothing is logged for it.
    schedule_store.add_window_item(rig.db, window_id, late, created_at=at("06:45"))
    rig.clock.now = at("07:00")
    rig.start()
    rows = rig.rows()
    assert [(r["title"], r["status"], r["note"], r["started_at"], r["scheduled_at"][11:]) for r in rows] == [
        ("Mục A", "missed", NOTE_MISSED_CLOSED, None, "06:00:00"),
        ("Mục B", "missed", NOTE_MISSED_CLOSED, None, "06:01:00"),
    ]
    state = {row.item.title: row.state for row in rig.engine.snapshot().rundown}
    assert state == {"Mục A": "missed", "Mục B": "missed", "Thêm sau": "lapsed"}
    assert rig.player.plays == []
    # A second start logs nothing again.
    rig.crash()
    rig.start()
    assert len(rig.rows()) == 2


def test_missed_looks_back_over_days_the_station_was_off(rig):
    seg = rig.segment("Mục A", 60)
    rig.window("Sáng", "06:00", "06:30", [seg], created=at("05:00", DAY - timedelta(days=5)))
    rig.clock.now = at("05:00", DAY)
    rig.start()
    days = [r["scheduled_at"][:10] for r in rig.rows()]
    assert days == [f"2025-03-{d}" for d in (12, 13, 14, 15, 16)]
    assert {r["status"] for r in rig.rows()} == {"missed"}


def test_restart_inside_a_window_continues_without_replaying(rig):
    a, b = rig.segment("Mục A", 60), rig.segment("Mục B", 30)
    rig.window("Sáng", "06:00", "06:30", [a, b])
    rig.start()
    rig.run_until(at("06:00:25"))
    rig.crash()  # SIGKILL while A is on air: its row stays on_air with the last heartbeat
    [row] = rig.rows()
    assert row["status"] == "on_air" and row["heartbeat_at"] == "2025-03-17 06:00:24"
    rig.clock.now = at("06:00:40")
    rig.start()
    rig.run_until(at("06:02"))
    rows = rig.rows()
    assert _brief(rows) == [("Mục A", "interrupted", "06:00:00", 24.0), ("Mục B", "completed", "06:00:40", 30.0)]
    assert "dừng đột ngột" in rows[0]["note"]
    assert [e.kind for e in rig.events if e.title == "Mục A"][-1] == "recovered"
    # A third start after the window: nothing is missed, nothing replayed.
    rig.crash()
    rig.clock.now = at("07:00")
    rig.start()
    rig.run_until(at("07:01"))
    assert len(rig.rows()) == 2


def test_an_item_that_cannot_play_is_failed_and_the_next_plays_at_once(rig):
    missing = rig.segment("Tệp đã bị xóa", 20, with_file=False)
    broken = rig.segment("Tệp hỏng", 20)
    write_corrupt(rig.path_of(broken))
    rig.player.broken.add(rig.path_of(broken))
    good = rig.segment("Tệp tốt", 20)
    rig.window("Sáng", "06:00", "06:30", [missing, broken, good])
    rig.start()
    rig.run_until(at("06:01"))
    rows = rig.rows()
    assert [(r["title"], r["status"], r["started_at"][11:]) for r in rows] == [
        ("Tệp đã bị xóa", "failed", "06:00:00"),
        ("Tệp hỏng", "failed", "06:00:00"),
        ("Tệp tốt", "completed", "06:00:00"),
    ]
    assert "Không tìm thấy tệp âm thanh" in rows[0]["note"]
    assert rows[1]["note"] == "Tệp âm thanh bị hỏng"
    assert rows[0]["duration_s"] == 0.0 and rows[1]["duration_s"] == 0.0
    assert rows[2]["duration_s"] == 20.0


def test_a_device_error_fails_every_item_without_stalling(rig):
    a, b = rig.segment("Mục A", 20), rig.segment("Mục B", 20)
    rig.window("Sáng", "06:00", "06:30", [a, b])
    rig.player.refuse = True
    rig.start()
    rig.run_until(at("06:00:01"))
    rows = rig.rows()
    assert [(r["status"], r["note"]) for r in rows] == [("failed", "Không mở được thiết bị âm thanh")] * 2
    # The device comes back: the next item plays.
    rig.player.refuse = False
    c = rig.segment("Mục C", 5)
    rig.one_off(c, at("06:02"))
    rig.engine.reload()
    rig.run_until(at("06:03"))
    assert rig.rows()[-1]["status"] == "completed"


def test_a_player_that_never_starts_is_failed_after_the_timeout(station):
    rig = Rig(station, at("05:59:00"), start_timeout_s=3.0)
    a, b = rig.segment("Mục A", 20), rig.segment("Mục B", 20)
    rig.window("Sáng", "06:00", "06:30", [a, b])
    rig.player.mute.add(rig.path_of(a))
    rig.start()
    rig.run_until(at("06:00:02.750"), step_s=0.25)
    # Durable before any sound: the row is on air but pending, with no heartbeat until the player reports.
    [pending] = rig.rows()
    assert (pending["title"], pending["status"], pending["heartbeat_at"]) == ("Mục A", "on_air", None)
    rig.run_until(at("06:01"), step_s=0.25)
    rows = rig.rows()
    assert [(r["title"], r["status"], r["started_at"][11:]) for r in rows] == [
        ("Mục A", "failed", "06:00:03"),
        ("Mục B", "completed", "06:00:03"),
    ]
    assert "không bắt đầu phát sau 3 giây" in rows[0]["note"]
    assert rig.player.stops == 1  # the hung request was cancelled


def test_overrun_what_cannot_start_before_the_end_is_skipped(rig):
    a, b, c = rig.segment("Mục A", 60), rig.segment("Mục B", 70), rig.segment("Mục C", 30)
    rig.window("Ngắn", "06:00", "06:02", [a, b, c])
    rig.start()
    rig.run_until(at("06:05"))
    rows = rig.rows()
    assert _brief(rows) == [
        ("Mục A", "completed", "06:00:00", 60.0),
        ("Mục B", "completed", "06:01:00", 70.0),  # started before the end: plays to its end
        ("Mục C", "skipped", None, 0.0),
    ]
    assert rows[2]["note"] == NOTE_OVERRUN and rows[2]["scheduled_at"] == "2025-03-17 06:02:10"
    assert rows[2]["ended_at"] is None


def test_operator_play_now_skip_stop_and_resume(rig):
    a, b, c, d = (rig.segment(t, 30) for t in ("A", "B", "C", "D"))
    rig.window("Sáng", "06:00", "06:30", [a, b, c, d])
    rig.start()
    rig.run_until(at("06:00:10"))
    rig.engine.skip()  # A cut after 10 s, B follows at once
    rig.run_until(at("06:00:15"))
    keys = {row.item.title: row.key for row in rig.engine.snapshot().rundown}
    rig.engine.play_now(keys["D"])  # B cut after 5 s, D now
    rig.run_until(at("06:00:20"))
    rig.engine.stop()  # D cut after 5 s, nothing else starts
    rig.run_until(at("06:01:00"))
    assert rig.engine.snapshot().now_playing is None and rig.engine.paused
    rig.engine.skip_item(keys["C"])
    with pytest.raises(InputError):
        rig.engine.skip_item(keys["C"])
    rig.engine.resume()
    rig.run_until(at("06:02:00"))
    rows = rig.rows()
    assert [(r["title"], r["status"], r["trigger"], r["duration_s"], r["note"]) for r in rows] == [
        ("A", "interrupted", "scheduled", 10.0, NOTE_SKIPPED_BY_OPERATOR),
        ("B", "interrupted", "scheduled", 5.0, "Bị ngắt vì người vận hành cho phát tiết mục khác."),
        ("D", "interrupted", "manual", 5.0, NOTE_STOPPED_BY_OPERATOR),
        ("C", "skipped", "scheduled", 0.0, NOTE_SKIPPED_BY_OPERATOR),
    ]
    with pytest.raises(InputError):
        rig.engine.play_now(keys["A"])


def test_stop_holds_the_rest_of_the_window_and_the_plan_ahead_goes_on_by_itself(rig):
    a, b, c = (rig.segment(t, 30) for t in ("A", "B", "C"))
    rig.window("Ngắn", "06:00", "06:01", [a, b])
    rig.window("Sau", "06:05", "06:10", [c])
    rig.start()
    rig.run_until(at("06:00:10"))
    assert [row.item.title for row in rig.engine.held_by_stop()] == ["B"]  # what the question names
    rig.engine.stop()
    assert rig.engine.snapshot().resume_at == at("06:05")
    rig.run_until(at("06:06"))
    assert [(r["title"], r["status"], r["note"]) for r in rig.rows()] == [
        ("A", "interrupted", NOTE_STOPPED_BY_OPERATOR),
        ("B", "skipped", NOTE_PAUSED),  # held until its window ended
        ("C", "completed", ""),  # Dừng never cancels the plan ahead
    ]
    assert not rig.engine.paused


def test_stop_before_a_window_keeps_it(rig):
    a = rig.segment("A", 30)
    rig.window("Ngắn", "06:00", "06:01", [a])
    rig.start()
    rig.engine.stop()
    rig.run_until(at("06:02"))
    [row] = rig.rows()
    assert (row["status"], row["started_at"]) == ("completed", "2025-03-17 06:00:00")


def test_emergency_button_interrupts_with_trigger_urgent(rig):
    a = rig.segment("A", 60)
    alarm = rig.segment("Báo cháy", 8)
    rig.window("Sáng", "06:00", "06:30", [a])
    rig.start()
    rig.run_until(at("06:00:30"))
    rig.engine.emergency(alarm)
    rig.run_until(at("06:01:00"))
    rows = rig.rows()
    assert [(r["title"], r["status"], r["trigger"], r["duration_s"]) for r in rows] == [
        ("A", "interrupted", "scheduled", 30.0),
        ("Báo cháy", "completed", "urgent", 8.0),
    ]
    assert rows[1]["schedule_item_id"] is None and rows[1]["scheduled_at"] is None
    assert rows[0]["note"] == NOTE_BY_EMERGENCY


def test_live_reading_is_logged_and_automation_waits(rig):
    a = rig.segment("A", 60)
    b = rig.segment("B", 10)
    rig.window("Sáng", "06:00", "06:02", [a, b])
    rig.start()
    rig.run_until(at("06:00:30"))
    airing_id = rig.engine.start_live("Thông báo họp tổ dân phố", "An toàn thông tin")
    state = rig.engine.snapshot()
    assert state.now_playing.live and state.now_playing.title == "Thông báo họp tổ dân phố"
    rig.run_until(at("06:03:05"))
    assert rig.db["airings"].get(airing_id)["heartbeat_at"] == "2025-03-17 06:03:04"
    rig.engine.stop_live()
    rows = rig.rows()
    assert [(r["title"], r["status"], r["trigger"], r["duration_s"], r["note"]) for r in rows] == [
        ("A", "interrupted", "scheduled", 30.0, NOTE_BY_LIVE),
        ("Thông báo họp tổ dân phố", "completed", "live", 155.0, ""),
        ("B", "skipped", "scheduled", 0.0, NOTE_LIVE),
    ]
    live = rows[1]
    assert live["segment_id"] is None and live["topic"] == "An toàn thông tin" and live["planned_duration_s"] is None
    with pytest.raises(InputError):
        rig.engine.start_live("   ")
    with pytest.raises(InputError):
        rig.engine.stop_live()


def test_heartbeat_while_on_air(rig):
    seg = rig.segment("Dài", 30)
    rig.one_off(seg, at("06:00"))
    rig.start()
    rig.run_until(at("06:00:09.5"), step_s=0.25)
    [row] = rig.rows()
    assert row["status"] == "on_air" and row["heartbeat_at"] == "2025-03-17 06:00:08"


def test_a_sleeping_computer_misses_what_fell_in_the_gap(rig):
    seg = rig.segment("A", 10)
    rig.one_off(seg, at("06:00"))
    rig.start()
    rig.run_until(at("05:59:50"))
    rig.clock.now = at("06:30")  # the next tick comes 40 minutes later
    rig.engine.tick(rig.clock.now)
    [row] = rig.rows()
    assert (row["status"], row["note"]) == ("missed", NOTE_MISSED_GAP)


def test_a_one_off_waits_behind_a_running_item_then_plays_late(rig):
    a = rig.segment("A", 60)
    o = rig.segment("Thông báo", 5)
    rig.window("Sáng", "06:00", "06:30", [a])
    rig.one_off(o, at("06:00:10"))
    rig.start()
    rig.run_until(at("06:02"))
    rows = rig.rows()
    assert [(r["title"], r["started_at"][11:], r["scheduled_at"][11:]) for r in rows] == [
        ("A", "06:00:00", "06:00:00"),
        ("Thông báo", "06:01:00", "06:00:10"),
    ]


def test_a_window_across_midnight_plays_on_into_the_next_day(station):
    station.update_settings(rules_to_settings(NO_RULES))  # no quiet hours: this station broadcasts at night
    rig = Rig(station, at("23:58:00"))
    a, b = rig.segment("Trước nửa đêm", 50), rig.segment("Sau nửa đêm", 20)
    rig.window("Khuya", "23:59:30", "00:05", [a, b])
    rig.start()
    rig.run_until(at("00:02", DAY + timedelta(days=1)))
    assert [(r["title"], r["started_at"], r["status"]) for r in rig.rows()] == [
        ("Trước nửa đêm", "2025-03-17 23:59:30", "completed"),
        ("Sau nửa đêm", "2025-03-18 00:00:20", "completed"),
    ]


def test_snapshot_shows_now_playing_next_up_and_the_rundown(rig):
    a, b = rig.segment("A", 60), rig.segment("B", 30)
    o = rig.segment("Chiều", 10)
    rig.window("Sáng", "06:00", "06:30", [a, b])
    rig.one_off(o, at("17:00"))
    rig.start()
    before = rig.engine.snapshot()
    assert before.now_playing is None and before.next_up.item.title == "A"
    rig.run_until(at("06:00:15"))
    state = rig.engine.snapshot()
    playing = state.now_playing
    assert (playing.title, playing.started_at, playing.position_s, playing.remaining_s) == (
        "A",
        at("06:00"),
        15.0,
        45.0,
    )
    assert playing.trigger == "scheduled" and not playing.live
    assert state.next_up.item.title == "B"
    assert [(r.item.title, r.state, r.state_label) for r in state.rundown] == [
        ("A", "on_air", "Đang phát"),
        ("B", "pending", "Chờ phát"),
        ("Chiều", "pending", "Chờ phát"),
    ]
    rig.run_until(at("06:02"))
    state = rig.engine.snapshot()
    assert [r.state for r in state.rundown] == ["completed", "completed", "pending"]
    assert state.next_up.item.title == "Chiều" and state.next_up.item.planned_start == at("17:00")


def test_schedule_edits_are_picked_up_and_a_reorder_never_replays(rig):
    a, b = rig.segment("A", 30), rig.segment("B", 30)
    window_id, items = rig.window("Sáng", "06:00", "06:30", [a, b])
    rig.start()
    rig.run_until(at("06:00:40"))  # A done, B on air
    schedule_store.reorder_window_items(rig.db, window_id, [items[1], items[0]])  # B first now: planned starts move
    rig.engine.reload()
    rig.run_until(at("06:02"))
    assert [(r["title"], r["status"]) for r in rig.rows()] == [("A", "completed"), ("B", "completed")]


def test_shutdown_logs_what_was_on_air_as_interrupted(rig):
    seg = rig.segment("A", 60)
    rig.one_off(seg, at("06:00"))
    rig.start()
    rig.run_until(at("06:00:12"))
    rig.engine.shutdown()
    [row] = rig.rows()
    assert (row["status"], row["duration_s"], row["note"]) == ("interrupted", 12.0, NOTE_SHUTDOWN)
    assert rig.player.path is None
    with pytest.raises(PlayoutError, match="chưa được khởi động"):
        rig.engine.play_segment(seg)
    with pytest.raises(PlayoutError):
        rig.engine.start_live("Đọc thử")
    assert len(rig.rows()) == 1


def test_an_item_whose_audio_ends_early_is_completed_with_a_note(rig):
    seg = rig.segment("Cắt cụt", 30)
    rig.player.durations[rig.path_of(seg)] = 12  # the file holds less than its recorded length
    rig.one_off(seg, at("06:00"))
    rig.start()
    rig.run_until(at("06:01"))
    [row] = rig.rows()
    assert row["status"] == "completed" and row["duration_s"] == 12.0
    assert "sớm hơn dự kiến" in row["note"]


def test_log_rows_parse_back_to_the_planned_times(rig):
    seg = rig.segment("A", 5)
    rig.one_off(seg, at("06:00:07"))
    rig.start()
    rig.run_until(at("06:00:30"))
    [row] = rig.rows()
    assert parse_timestamp(row["started_at"]) == at("06:00:07")
    assert format_timestamp(at("06:00:12")) == row["ended_at"]


def test_a_one_off_within_its_grace_plays_late_after_a_start_and_an_older_one_is_missed(rig):
    recent, old = rig.segment("Vừa đến giờ", 5), rig.segment("Quá lâu", 5)
    rig.one_off(recent, at("06:00"))
    rig.one_off(old, at("06:00:30"))
    rig.db.execute(
        "UPDATE schedule_items SET at = '2025-03-17 05:50:00', created_at = '2025-03-17 05:00:00' WHERE segment_id = ?",
        [old],
    )
    rig.clock.now = at("06:02")  # the program starts 2 minutes after the first one-off
    rig.start()
    rig.run_until(at("06:03"))
    assert [(r["title"], r["status"], r["started_at"] and r["started_at"][11:]) for r in rig.rows()] == [
        ("Quá lâu", "missed", None),
        ("Vừa đến giờ", "completed", "06:02:00"),
    ]


def test_a_player_stuck_past_the_planned_length_is_stopped_and_the_next_plays(rig):
    stuck, after = rig.segment("Không báo kết thúc", 20), rig.segment("Tiếp theo", 5)
    rig.player.durations[rig.path_of(stuck)] = 10_000
    rig.window("Sáng", "06:00", "06:30", [stuck, after])
    rig.start()
    rig.run_until(at("06:02"))
    rows = rig.rows()
    assert [(r["title"], r["status"], r["started_at"][11:], r["duration_s"]) for r in rows] == [
        ("Không báo kết thúc", "completed", "06:00:00", 52.5),
        ("Tiếp theo", "completed", "06:00:52", 5.0),
    ]
    assert "không báo kết thúc" in rows[0]["note"]
