"""A fake clock and a scripted player for the playout engine: nothing plays, everything is reported.

The player reports a start when `deliver()` is called and the end once the fake clock reaches the file's
length, as app.playout's Player interface says; or a failure when told to. Real sound is proven in
tests/ui/test_playout_sound.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from app.errors import PlayoutError
from app.playout import PlayerListener


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


class ScriptedPlayer:
    """Implements app.playout.Player. `durations` gives each file's length; `broken` files fail once
    opened (as a corrupt file does in QMediaPlayer); `refuse` makes play() raise (a device error);
    `mute` files never report a start (a hung device)."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.listener: PlayerListener | None = None
        self.durations: dict[Path, float] = {}
        self.broken: set[Path] = set()
        self.refuse = False
        self.mute: set[Path] = set()
        self.path: Path | None = None
        self.started: datetime | None = None
        self.plays: list[tuple[Path, datetime]] = []
        self.stops = 0
        self._to_report: list[str] = []

    def set_listener(self, listener: PlayerListener | None) -> None:
        self.listener = listener

    def play(self, path: Path, start_offset_s: float = 0.0) -> None:
        if self.refuse:
            raise PlayoutError("Không mở được thiết bị âm thanh")
        assert path.is_file(), f"engine asked to play a missing file {path}"
        self.path, self.started = path, None
        self.plays.append((path, self.clock()))
        self._to_report = ["failed"] if path in self.broken else ([] if path in self.mute else ["started"])

    def stop(self) -> None:
        self.stops += 1
        self.path, self.started, self._to_report = None, None, []

    def is_playing(self) -> bool:
        return self.started is not None

    def position_s(self) -> float:
        return (self.clock() - self.started).total_seconds() if self.started else 0.0

    def end_time(self) -> datetime | None:
        if self.started is None or self.path is None:
            return None
        return self.started + timedelta(seconds=self.durations[self.path])

    def deliver(self) -> None:
        """Report what a real player would have reported by now."""
        assert self.listener is not None, "the engine sets its listener before it plays"
        while self._to_report:
            kind = self._to_report.pop(0)
            if kind == "started":
                self.started = self.clock()
                self.listener.player_started(self.clock())
            elif kind == "failed":
                self.path = None
                self.listener.player_failed("Tệp âm thanh bị hỏng")
        end = self.end_time()
        if end is not None and end <= self.clock():
            self.path, self.started = None, None
            self.listener.player_finished()
            self.deliver()  # the next item may have started


def simulate_until(
    clock: FakeClock, player: ScriptedPlayer, engine, end: datetime, *, step_s: float, tick=None
) -> None:
    """Discrete-event simulation: jump the clock to the next thing that happens (an item due, a file's
    end, a step) until `end`, letting the player report and the engine (or `tick`, e.g. a driver) act."""
    tick = tick or (lambda: engine.tick(clock.now))
    player.deliver()  # what an operator action started is reported at once
    while clock.now < end:
        candidates = [end, clock.now + timedelta(seconds=step_s)]
        for moment in (engine.next_due(clock.now), player.end_time()):
            if moment is not None:
                candidates.append(moment)
        clock.now = min(moment for moment in candidates if moment > clock.now)
        player.deliver()
        tick()
        player.deliver()
