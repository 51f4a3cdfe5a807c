"""The real playout engine and driver on a fake clock, with a player that plays nothing, for the GUI pages.

The player reports a start when `deliver()` is called and the end once the fake clock reaches the file's
length, as app.playout's Player interface says. Real sound is proven in tests/ui/test_playout_sound.py.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app import segments
from app.playout import PlayoutEngine
from tests.audio_fixtures import add_segment
from tests.playout_fakes import FakeClock, ScriptedPlayer, simulate_until


class PlayoutRig:
    """A station, a fake clock, a fake player, the real engine and the real Qt driver."""

    def __init__(self, station, start: datetime, **engine_options) -> None:
        from ui.playout_driver import PlayoutDriver

        self.station = station
        self.db = station.db
        self.data_dir = station.paths.data_dir
        self.clock = FakeClock(start)
        self.player = ScriptedPlayer(self.clock)
        options = {"heartbeat_s": 5.0, "reload_every_s": 3600.0, "operator": "Nguyễn Văn An", **engine_options}
        self.engine = PlayoutEngine(self.db, self.player, data_dir=self.data_dir, clock=self.clock, **options)
        self.driver = PlayoutDriver(self.engine)
        self.events = []
        self.engine.add_listener(self.events.append)

    def segment(self, title: str, seconds: float, *, topic: str | None = None, frequency: float = 440.0) -> int:
        kwargs = {"topic": topic} if topic is not None else {}
        segment_id = add_segment(self.db, self.data_dir, title=title, seconds=seconds, frequency=frequency, **kwargs)
        self.player.durations[self.path_of(segment_id)] = seconds
        return segment_id

    def path_of(self, segment_id: int) -> Path:
        return segments.segment_audio(self.db, self.data_dir, [segment_id])[segment_id].path

    def start(self) -> None:
        self.driver.start()
        self.player.deliver()
        self.driver.tick()

    def act(self) -> None:
        """After an operator action: the player reports at once, the views refresh."""
        self.player.deliver()
        self.driver.tick()

    def run_until(self, end: datetime, step_s: float = 1.0) -> None:
        simulate_until(self.clock, self.player, self.engine, end, step_s=step_s, tick=self.driver.tick)

    def rows(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM airings ORDER BY id"))

    def stop(self) -> None:
        self.driver.stop()
