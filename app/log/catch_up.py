"""Bringing the log up to date after a fault: records left in the airing journal, imports killed mid-way.

`truyenthanh check` calls `catch_up`; `restore` calls `replay_journal` before it sets the current
database aside, so no airing the journal holds is left behind in it.
"""

from __future__ import annotations

import sqlite3

from app.database import connect_read_only
from app.errors import StationBusy, StorageError
from app.instance_lock import ROLE_CHECK, StationLock
from app.log.importer import resume_imports
from app.log.recorder import AiringRecorder, count_pending
from app.messages import msg
from app.paths import StationPaths
from app.station import Station


def replay_journal(paths: StationPaths) -> int:
    """Write what the journal holds into the database; the caller holds the station lock (so no player
    writes the journal meanwhile). Returns how many records went in; StorageError if they cannot."""
    waiting, _problem = count_pending(paths.database)
    if not waiting:
        return 0
    station = Station.open(paths.database)
    recorder = AiringRecorder.for_database(station.db)
    try:
        recorder.open()
        written = recorder.replay()
        if recorder.pending:
            raise StorageError(
                msg(
                    "Tệp nhật ký dự phòng còn {pending} bản ghi chưa ghi được vào cơ sở dữ liệu ({reason}).",
                    pending=recorder.pending,
                    reason=recorder.health.reason,
                )
            )
        return written
    except sqlite3.Error as exc:
        raise StorageError(msg("Chưa ghi được tệp nhật ký dự phòng vào cơ sở dữ liệu: {error}.", error=exc)) from exc
    finally:
        recorder.close()
        station.close()


def _unfinished_imports(paths: StationPaths) -> bool:
    try:
        conn = connect_read_only(paths.database)
    except (StorageError, sqlite3.Error):
        return False
    try:
        return conn.execute("SELECT 1 FROM import_batches WHERE state = 'appending' LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def catch_up(paths: StationPaths) -> list[str]:
    """Replay the journal (unless a player holds the station: it replays it itself) and finish imports
    a killed run left half-way. Returns one Vietnamese line per thing done or still waiting."""
    lines: list[str] = []
    if not paths.database.is_file():
        return lines
    waiting, _problem = count_pending(paths.database)
    if waiting:
        try:
            with StationLock.acquire(paths, ROLE_CHECK):
                written = replay_journal(paths)
            lines.append(f"Đã ghi {written} bản ghi từ tệp nhật ký dự phòng vào nhật ký.")
        except StationBusy:
            lines.append(
                f"Tệp nhật ký dự phòng có {waiting} bản ghi; chương trình đang phát sẽ tự ghi chúng vào nhật ký."
            )
        except StorageError as exc:
            lines.append(f"Chưa ghi được tệp nhật ký dự phòng vào nhật ký: {exc}")
    if not _unfinished_imports(paths):
        return lines
    try:
        station = Station.open(paths.database)
    except StorageError:
        return lines  # the checks that follow say why
    try:
        for pending, added in resume_imports(station.db):
            lines.append(f"Đã hoàn tất lần nhập nhật ký dở dang từ {pending.file_name}: thêm {added} dòng.")
    except (StorageError, sqlite3.Error) as exc:
        lines.append(f"Chưa hoàn tất được lần nhập nhật ký dở dang: {exc}")
    finally:
        station.close()
    return lines
