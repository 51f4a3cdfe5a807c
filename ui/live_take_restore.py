"""The window's side of app/live_take_recovery.py: when the window starts playing, takes of live readings a crash
left behind are encoded on a worker (a long reading must not hold up the window) and kept with their airings on
the window's thread; the operator reads one line per take in Phát sóng's list of events."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from app.errors import StationError
from app.live_take_recovery import (
    OrphanTake,
    encode_orphan,
    keep_orphan,
    not_recovered_message,
    orphan_takes,
    recovered_message,
)
from app.station import Station
from app.voice_recording import EncodedTake
from ui.errors import interface_text
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def restore_live_takes(station: Station, runner: TaskRunner, tell: Callable[[str], None]) -> int:
    """Starts keeping every orphaned take; returns how many were found."""
    try:
        orphans = orphan_takes(station)
    except (StationError, sqlite3.Error, OSError) as error:  # tried again at the next start
        log.warning("live takes left by a crash not looked at: %s", error)
        return 0
    data_dir = station.paths.data_dir

    def kept(orphan: OrphanTake, encoded: EncodedTake) -> None:
        try:
            keep_orphan(station, orphan, encoded)
        except StationError as error:
            failed(orphan, error)
            return
        tell(interface_text(recovered_message(orphan.airing_id)))

    def failed(orphan: OrphanTake, error: BaseException) -> None:
        log.error("live take of airing %s not recovered: %s", orphan.airing_id, error)
        tell(interface_text(not_recovered_message(orphan.airing_id, interface_text(error))))

    for orphan in orphans:
        runner.start(
            lambda _progress, _cancel, orphan=orphan: encode_orphan(data_dir, orphan),
            succeeded=lambda encoded, orphan=orphan: kept(orphan, encoded),
            failed=lambda error, orphan=orphan: failed(orphan, error),
        )
    return len(orphans)
