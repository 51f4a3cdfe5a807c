"""The automatic daily backup: once at start, then checked every hour (made once per day)."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from app.backup import ensure_daily_backup
from app.errors import StationError
from app.station import Station
from ui.errors import interface_text
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000


class DailyBackupTimer(QObject):
    backup_made = Signal(object)  # Path
    # One Vietnamese line, emitted at most once a day so a failing disk does not nag every hour.
    backup_failed = Signal(str)

    def __init__(
        self, station: Station, runner: TaskRunner, parent: QObject | None = None, interval_ms: int = CHECK_EVERY_MS
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.runner = runner
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._running = False
        self._failed_on: date | None = None

    def start(self) -> None:
        if self.station.read_only:
            return
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        if self._running:
            return
        self._running = True
        station = self.station
        now = station.now()
        self.runner.start(
            lambda progress, cancel: ensure_daily_backup(station, now),
            succeeded=self._made,
            failed=lambda error: self._failed(error, now.date()),
            finished=self._finished,
        )

    def _finished(self) -> None:
        self._running = False

    def _made(self, path) -> None:
        if path is not None:
            log.info("daily backup: %s", path)
            self.backup_made.emit(path)

    def _failed(self, error: BaseException, day: date) -> None:
        log.warning("daily backup failed: %r", error)
        if self._failed_on == day:
            return
        self._failed_on = day
        message = interface_text(error) if isinstance(error, StationError) else f"{error.__class__.__name__}: {error}"
        self.backup_failed.emit(self.tr("Không tự sao lưu được dữ liệu hôm nay: {message}").format(message=message))
