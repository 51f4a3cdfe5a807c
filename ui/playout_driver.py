"""Drives the playout engine from the Qt event loop, in the window and in `truyenthanh playout`
(ui/playout_service.py runs the loop there).

A steady tick (heartbeats, watchdogs, the position shown) plus a precise single-shot timer armed for the
next due start, so an item starts within milliseconds of its second rather than within a tick.

In the window (the Phát sóng page owns one driver for the station it holds the lock of):

    driver = PlayoutDriver.for_station(station, parent=page)
    driver.state_changed.connect(page.refresh)        # read driver.state(): PlayoutState
    driver.event_reported.connect(page.on_event)      # PlayoutEvent: started / finished / not_aired / recovered
    driver.error_reported.connect(page.show_problem)  # one Vietnamese line
    driver.log_health_changed.connect(bar.show_alarm) # LogHealth: the log went to the journal, or back
    driver.start()                                    # on page creation; driver.stop() in shutdown()
    driver.act(driver.engine.emergency, segment_id)   # every operator button goes through act()
    driver.engine.reload()                            # after editing the schedule on the same connection
    driver.apply_settings(station.settings)          # after Cài đặt was saved: output, volume, operator
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.database import set_busy_timeout
from app.errors import StationError
from app.playout import PlayoutEngine, PlayoutEvent, PlayoutState
from app.settings import StationSettings
from app.station import Station
from ui.errors import interface_text
from ui.qt_player import QtPlayer

log = logging.getLogger(__name__)

TICK_MS = 250
# The window's one connection is used on the thread that drives playout: a write there that waited out
# SQLite's 10 s busy timeout (another program holding the lock) would hold every airing as long. So on a
# playing window it gives up after this long, and the operator reads "the database is busy, try again";
# the playout's own writes have their 100 ms deadline and the airing journal.
WINDOW_BUSY_TIMEOUT_MS = 250
# The precise timer wakes this much after the due moment so the clock already reads it.
WAKE_SLACK_MS = 1


class PlayoutDriver(QObject):
    """Owns the timers around one engine; `output` is the station's QtPlayer when the driver made it. Every
    signal is emitted on the main thread (the one running the event loop), from a timer or an action:

    - `event_reported(PlayoutEvent)`: an airing started or finished, an item was not aired, a row recovered;
    - `state_changed()`: after every tick and action, read `state()` for now playing / next up / rundown;
    - `error_reported(str)`: one line of Vietnamese when a tick failed (the station keeps running);
    - `log_health_changed(LogHealth)`: the airtime log started or stopped going to the journal, or cannot be
      written at all (`state().log_health` always holds the current one).
    """

    event_reported = Signal(object)
    state_changed = Signal()
    error_reported = Signal(str)
    log_health_changed = Signal(object)

    def __init__(
        self,
        engine: PlayoutEngine,
        *,
        output: QtPlayer | None = None,
        tick_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.output = output
        engine.add_listener(self._forward_on_main_thread)
        engine.add_health_listener(self.log_health_changed.emit)
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(tick_ms)
        self._tick_timer.timeout.connect(self.tick)
        self._wake_timer = QTimer(self)
        self._wake_timer.setSingleShot(True)
        self._wake_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake_timer.timeout.connect(self.tick)

    @classmethod
    def for_station(cls, station: Station, *, parent: QObject | None = None, **engine_options: Any) -> PlayoutDriver:
        """The window's playout: a QtPlayer on the output and volume from settings, an engine on the station."""
        set_busy_timeout(station.db, WINDOW_BUSY_TIMEOUT_MS)
        clock: Callable = engine_options.pop("clock", None) or station.now
        # The same clock stamps real starts and decides them.
        player = QtPlayer.for_settings(station.settings, clock=clock, parent=parent)
        engine = PlayoutEngine.for_station(station, player, clock=clock, **engine_options)
        return cls(engine, output=player, parent=parent)

    def apply_settings(self, settings: StationSettings) -> None:
        """Cài đặt was saved: the operator's name signs the next airings, the output and volume apply now."""
        self.engine.operator = settings.operator_name
        if self.output is not None:
            self.output.apply_settings(settings)

    def start(self) -> list[int]:
        """Starts the engine (recovering crashed rows, logging missed items) and the timers."""
        recovered = self.engine.start()
        self._tick_timer.start()
        self._arm()
        self.state_changed.emit()
        return recovered

    def stop(self) -> None:
        """Stops the timers and the engine; what is on air is logged interrupted."""
        self._tick_timer.stop()
        self._wake_timer.stop()
        try:
            self.engine.shutdown()
        except StationError as exc:
            self.error_reported.emit(interface_text(exc))

    def state(self) -> PlayoutState:
        return self.engine.snapshot()

    def tick(self) -> None:
        try:
            self.engine.tick()
        except StationError as exc:
            log.warning("playout tick: %s", exc)
            self.error_reported.emit(interface_text(exc))
        except Exception as exc:  # a bug must not stop the station: log it, keep ticking
            log.exception("playout tick failed")
            self.error_reported.emit(
                self.tr("Lỗi không mong đợi khi phát sóng: {error}").format(error=f"{exc.__class__.__name__}: {exc}")
            )
        self._arm()
        self.state_changed.emit()

    def act(self, action, *args):
        """Runs an operator action on the engine (e.g. `driver.act(engine.skip)`), then refreshes timers and
        views. StationError goes to the caller, to be shown in the one error dialog."""
        result = action(*args)
        self._arm()
        self.state_changed.emit()
        return result

    def _arm(self) -> None:
        now = self.engine.clock()
        due = self.engine.next_due(now)
        if due is None:
            self._wake_timer.stop()
            return
        wait_ms = max(0, math.ceil((due - now).total_seconds() * 1000)) + WAKE_SLACK_MS
        if wait_ms > 24 * 3600 * 1000:
            return  # the steady tick and the next reload will arm it later
        self._wake_timer.start(wait_ms)

    def _forward_on_main_thread(self, event: PlayoutEvent) -> None:
        """The engine's listener: called from `tick()` or an action, so already on the main thread."""
        self.event_reported.emit(event)
