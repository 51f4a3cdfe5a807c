"""The engine's relay path on a simulated clock (the suite's scripted player, extended to pull a relay feed):
connecting ahead, ending after its length, an emergency cutting in, an output that cannot relay. The feed is
the real one, pointed at an address where nothing listens, so all it gives is the fallback."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app import schedule_store, segments
from app.playout import NOTE_BY_EMERGENCY, PlayoutEngine
from app.relay import note as relay_note
from app.relay import session as relay_session
from app.relay.store import add_relay
from audio.stream import BYTES_PER_S
from tests.audio_fixtures import add_segment
from tests.playout_fakes import FakeClock, ScriptedPlayer, simulate_until
from tests.relay.icecast import free_port

START = datetime(2025, 3, 17, 5, 59, 50)
SIX = datetime(2025, 3, 17, 6, 0, 0)


class RelayPlayer(ScriptedPlayer):
    """Pulls a relay feed as the clock advances, as a sound card would."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__(clock)
        self.feed = None
        self.pulled_s = 0.0

    def play_relay(self, feed) -> None:
        self.feed, self.path, self.started, self.pulled_s = feed, None, None, 0.0
        self._to_report = ["started"]

    def stop(self) -> None:
        self.feed = None
        super().stop()

    def is_playing(self) -> bool:
        return self.started is not None

    def deliver(self) -> None:
        super().deliver()
        if self.feed is not None and self.started is not None:
            due = (self.clock() - self.started).total_seconds()
            if due > self.pulled_s:
                self.feed.read(int((due - self.pulled_s) * BYTES_PER_S))
                self.pulled_s = due


@pytest.fixture
def rig(station):
    clock = FakeClock(START)
    player = RelayPlayer(clock)
    opened = []

    def feeds(relay):
        feed = relay_session.open_feed(station.db, station.paths.data_dir, relay, connect_timeout_s=0.5)
        opened.append((clock(), feed))
        return feed

    engine = PlayoutEngine(
        station.db, player, data_dir=station.paths.data_dir, clock=clock, reload_every_s=3600, relay_feeds=feeds
    )
    fallback = add_segment(station.db, station.paths.data_dir, title="Nhạc chờ", seconds=2)
    url = f"http://127.0.0.1:{free_port()}/tinh.mp3"
    relay = add_relay(
        station.db,
        station.paths.data_dir,
        title="Đài tỉnh",
        url=url,
        length_s=120,
        created_at=START,
        fallback_segment_id=fallback,
    )
    yield clock, player, engine, relay, url, opened
    engine.shutdown()
    for _, feed in opened:
        feed.close()


def rows(station) -> list[dict]:
    return list(station.db.query("SELECT status, duration_s, note, trigger FROM airings ORDER BY id"))


def test_a_relay_connects_ahead_and_ends_after_its_length(station, rig):
    clock, player, engine, relay, url, opened = rig
    schedule_store.add_one_off(station.db, relay, SIX, now=START)
    engine.start()
    simulate_until(clock, player, engine, SIX - timedelta(seconds=1), step_s=1)
    assert [moment for moment, _ in opened] == [SIX - timedelta(seconds=5)]  # connected 5 s ahead
    simulate_until(clock, player, engine, SIX + timedelta(seconds=30), step_s=1)
    state = engine.snapshot()
    assert state.now_playing.relay.source == url and state.now_playing.relay.signal is False
    assert state.rundown[0].state_label == "Đang tiếp sóng"
    simulate_until(clock, player, engine, SIX + timedelta(seconds=125), step_s=1)
    assert len(opened) == 1  # the feed connected ahead is the one that went on air
    [row] = rows(station)
    assert row["status"] == "completed" and row["duration_s"] == pytest.approx(120, abs=1)
    figures = relay_note.parse(row["note"])
    assert figures.relayed_s == 0.0 and figures.fallback_s == pytest.approx(120, abs=1)
    assert "Không nhận được tín hiệu" in row["note"]
    assert not any(thread.is_alive() for thread in opened[0][1]._threads)  # closed with the airing


def test_an_emergency_cuts_a_relay_and_the_note_keeps_its_figures(station, rig):
    clock, player, engine, relay, url, opened = rig
    urgent = add_segment(station.db, station.paths.data_dir, title="Khẩn cấp", seconds=5, frequency=700)
    player.durations[segments.audio_file(station.db, station.paths.data_dir, urgent)] = 5
    schedule_store.add_one_off(station.db, relay, SIX, now=START)
    engine.start()
    simulate_until(clock, player, engine, SIX + timedelta(seconds=40), step_s=1)
    engine.emergency(urgent)
    player.deliver()
    first = rows(station)[0]
    assert first["status"] == "interrupted"
    assert first["note"].startswith(f"Tiếp sóng {url}. Nguồn: 0,0 giây; dự phòng: 40,0 giây.")
    assert first["note"].endswith(NOTE_BY_EMERGENCY)


def test_an_output_that_cannot_relay_is_logged_failed(station):
    clock = FakeClock(START)
    player = ScriptedPlayer(clock)  # files only
    engine = PlayoutEngine(station.db, player, data_dir=station.paths.data_dir, clock=clock, reload_every_s=3600)
    relay = add_relay(
        station.db,
        station.paths.data_dir,
        title="Đài tỉnh",
        url="http://127.0.0.1:9/x.mp3",
        length_s=60,
        created_at=START,
    )
    schedule_store.add_one_off(station.db, relay, SIX, now=START)
    engine.start()
    simulate_until(clock, player, engine, SIX + timedelta(seconds=2), step_s=1)
    engine.shutdown()
    [row] = rows(station)
    assert row["status"] == "failed"
    assert row["note"] == "Tiếp sóng http://127.0.0.1:9/x.mp3. Thiết bị phát không tiếp sóng được."
