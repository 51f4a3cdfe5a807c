"""The headless runner: a service that runs one playout engine in the Qt event loop, with no window.

`truyenthanh playout` (app/commands/playout.py) gets a `HeadlessPlayout` through app.cli.CliServices: it asks
it for the station's player, builds the engine on it (Qt-free, in app/), then hands the engine back to
`run()`, which drives it with the same PlayoutDriver as the window (ui/playout_driver.py) until the time is
up, SIGINT or SIGTERM.

Threads: everything here runs on the main thread, the one that calls `run()` and so runs the event loop;
the engine's listeners, the driver's signals and the player's reports are all called there. The signal
handlers only post a quit to that loop (`_quit_on_main_loop`), since a Python signal handler may run in the
middle of any slot.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QLoggingCategory, QObject, QTimer

from app.playout import PlayoutEngine
from app.settings import StationSettings
from ui.playout_driver import PlayoutDriver
from ui.qt_player import QtPlayer


class HeadlessPlayout:
    """Implements app.cli.PlayoutHost: the player for the command line, and the loop that plays."""

    def make_player(self, settings: StationSettings, *, clock: Callable[[], datetime] | None = None) -> QtPlayer:
        """The station's QtPlayer; makes the Qt application (no window) when there is none."""
        # Qt's media stack chatters on stderr (FFmpeg stream dumps); the operator reads our lines instead.
        # QT_LOGGING_RULES, when set, still wins over these rules.
        QLoggingCategory.setFilterRules("qt.multimedia.*=false")
        _application()
        return QtPlayer.for_settings(settings, clock=clock or settings.now)

    def run(self, engine: PlayoutEngine, *, duration_s: float | None = None) -> int:
        """Plays until `duration_s` passes, SIGINT or SIGTERM; what is on air then is logged interrupted.
        Returns the exit code, 0."""
        app = _application()
        driver = PlayoutDriver(engine)

        def _quit_on_main_loop(*_args: object) -> None:
            QTimer.singleShot(0, app.quit)

        previous = {sig: signal.signal(sig, _quit_on_main_loop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            if duration_s is not None:
                QTimer.singleShot(max(0, int(duration_s * 1000)), app.quit)
            driver.start()
            app.exec()
        finally:
            driver.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            # Free the Qt side now, in order, rather than in whatever order Python finalizes it at exit.
            driver.deleteLater()
            if isinstance(engine.player, QObject):
                engine.player.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return 0


def _application() -> QCoreApplication:
    return QCoreApplication.instance() or QCoreApplication(["truyenthanh"])
