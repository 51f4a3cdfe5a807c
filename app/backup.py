"""Backups of the station database (SQLite's online backup API) and restoring one.

A backup is written to a hidden temporary file beside its final name and renamed only once it is
complete and reads back clean: a crash or SIGKILL mid-way leaves no file that looks like a backup.
Automatic backups go to `backups/` in the data folder, one per day, pruned to the last 14 days and
12 month-ends. Restoring checks the file first, keeps the current database aside under a
timestamped name (never deleted) and swaps the restored copy in with one atomic rename.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import stat
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from app.database import connect_read_only
from app.errors import InputError, StorageError
from app.file_replace import (
    PRIVATE_FILE,
    commit_file,
    fsync_file,
    fsync_folder,
    make_private_folder,
    refuse_link,
    replace_file,
    temp_beside,
)
from app.log import anchors
from app.log.airings import verify_chain
from app.log.catch_up import replay_journal
from app.messages import Message, msg
from app.migrations import migrations
from app.paths import StationPaths
from app.storage_faults import storage_error

KEEP_DAILY = 14
KEEP_MONTHLY = 12
STAMP_FORMAT = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})\.db$")
# app.file_replace.temp_beside's names: ".<target name>.<pid>-<8 hex digits>.tmp"
_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.tmp$")
TEMP_MAX_AGE_S = 6 * 3600  # where a dead process cannot be told apart from a live one (Windows)

Progress = Callable[[int, int], None]  # (pages done, pages total)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    size: int


@dataclass(frozen=True)
class BackupSummary:
    """What a backup file holds, shown before restoring it."""

    path: Path
    airings: int
    bulletins: int
    last_airing_at: str | None
    chain_intact: bool
    head_index: int = 0  # the backup's chain head
    head_hash: str = anchors.GENESIS_HASH


@dataclass(frozen=True)
class RestoreLoss:
    """What restoring a backup drops from the log: sealed airings the current log (or its anchors) holds
    beyond the chain the backup and the current log share."""

    dropped: int
    backup_index: int  # the backup's last chain position
    current_index: int  # the current log's (or its newest anchor's) last chain position

    def message(self, name: str) -> Message:
        return msg(
            "Bản sao lưu {name} thiếu {dropped} lượt phát so với nhật ký hiện tại (bản sao lưu đến lượt thứ "
            "{backup_index} trong chuỗi, nhật ký hiện tại đến lượt thứ {current_index}). Khôi phục sẽ "
            "bỏ {dropped} lượt phát này khỏi nhật ký (tệp dữ liệu hiện tại vẫn được giữ lại riêng) và việc "
            "này được ghi vào bản ghi neo của nhật ký.",
            name=name,
            dropped=self.dropped,
            backup_index=self.backup_index,
            current_index=self.current_index,
        )


class RestoreWouldDrop(InputError):
    """Restoring would drop more airings than the operator confirmed."""

    def __init__(self, loss: RestoreLoss, message: Message) -> None:
        super().__init__(message)
        self.loss = loss


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path | None
    summary: BackupSummary
    loss: RestoreLoss | None = None
    anchor_failures: tuple[str, ...] = ()


def backup_name(paths: StationPaths, taken_at: datetime) -> str:
    return f"{paths.database.stem}-{taken_at.strftime(STAMP_FORMAT)}.db"


def parse_backup_name(name: str) -> datetime | None:
    match = _NAME.match(name)
    if not match:
        return None
    try:
        return datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None


def list_backups(paths: StationPaths) -> list[BackupFile]:
    """The automatic and manual backups in the backup folder, newest first."""
    found: list[BackupFile] = []
    try:
        entries = list(paths.backup_dir.iterdir())
    except OSError:
        return []
    for entry in entries:
        taken_at = parse_backup_name(entry.name)
        if taken_at is None or not entry.is_file():
            continue
        found.append(BackupFile(entry, taken_at, entry.stat().st_size))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def backups_to_keep(
    taken: Iterable[datetime], *, daily: int = KEEP_DAILY, monthly: int = KEEP_MONTHLY
) -> set[datetime]:
    """Retention: the newest backup of each of the `daily` most recent days that have one, every backup of
    the newest day (a manual one never replaces the morning's), and the newest backup of each of the
    `monthly` most recent months before the newest backup's month (its month-end)."""
    ordered = sorted(set(taken), reverse=True)
    if not ordered:
        return set()
    newest_per_day: dict = {}
    newest_per_month: dict = {}
    for moment in ordered:
        newest_per_day.setdefault(moment.date(), moment)
        newest_per_month.setdefault((moment.year, moment.month), moment)
    keep = {newest_per_day[day] for day in sorted(newest_per_day, reverse=True)[:daily]}
    keep |= {moment for moment in ordered if moment.date() == ordered[0].date()}
    current_month = (ordered[0].year, ordered[0].month)
    months = sorted((month for month in newest_per_month if month != current_month), reverse=True)[:monthly]
    keep |= {newest_per_month[month] for month in months}
    return keep


def prune_backups(paths: StationPaths) -> list[Path]:
    """Delete the backups retention does not keep; returns what was deleted."""
    backups = list_backups(paths)
    keep = backups_to_keep(backup.taken_at for backup in backups)
    removed: list[Path] = []
    for backup in backups:
        if backup.taken_at not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            removed.append(backup.path)
    return removed


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # os.kill would terminate it there: fall back to the file's age
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temp_files(folder: Path, for_name: str | None = None, now_epoch: float | None = None) -> list[Path]:
    """Half-written backups left by a killed run of this software: only files named the way temp_beside names
    them, by a process that is gone, and (`for_name`) only those meant for that file name: a folder the operator
    chose may hold other programs' temporary files, which are never touched."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP.match(entry.name)
        if not match or (for_name is not None and match["name"] != for_name):
            continue
        try:
            info = entry.lstat()
        except FileNotFoundError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue  # a link or a folder under such a name is not ours either
        age = (now_epoch if now_epoch is not None else datetime.now().timestamp()) - info.st_mtime
        pid = int(match["pid"])
        if pid == os.getpid():
            continue
        if not _pid_alive(pid) or age > TEMP_MAX_AGE_S:
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed


def _copy_database(
    source: sqlite3.Connection, target: Path, *, pages_per_step: int = -1, progress: Progress | None = None
) -> None:
    """Online-backup `source` into `target` (a new, empty file of ours) and check it reads back clean."""
    dest = sqlite3.connect(str(target), isolation_level=None)
    try:
        # The copy is worthless if interrupted (it is never renamed), so it needs no journal.
        dest.execute("PRAGMA journal_mode = OFF")

        def report(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        source.backup(dest, pages=pages_per_step, progress=report)
        # A standalone file: rollback journal, so it opens anywhere (read-only media included).
        dest.execute("PRAGMA journal_mode = DELETE")
        result = dest.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise StorageError(
                msg("Bản sao vừa ghi đọc lại không khớp ({result}). Hãy kiểm tra ổ đĩa rồi thử lại.", result=result)
            )
    finally:
        dest.close()


def create_backup(
    paths: StationPaths,
    now: datetime,
    *,
    target: Path | None = None,
    pages_per_step: int = -1,
    progress: Progress | None = None,
) -> Path:
    """Back the database up to `target`, or to the backup folder under a dated name (then prune)."""
    if not paths.database.is_file():
        raise StorageError(msg("Chưa có tệp dữ liệu {database} để sao lưu.", database=paths.database))
    automatic = target is None
    if target is None:
        final = paths.backup_dir / backup_name(paths, now)
    else:
        chosen = Path(target).expanduser()
        final = chosen.parent.resolve() / chosen.name  # a link at the name itself is refused, not followed
    refuse_link(final)
    if final == paths.database.resolve():
        raise InputError(msg("Không thể sao lưu đè lên chính tệp dữ liệu đang dùng. Hãy chọn tên tệp khác."))
    if final.is_dir():
        raise InputError(
            msg(
                "{final} là một thư mục. Hãy ghi rõ tên tệp sao lưu, ví dụ {example}",
                final=final,
                example=final / backup_name(paths, now),
            )
        )
    temp: Path | None = None
    source: sqlite3.Connection | None = None
    try:
        if automatic:
            make_private_folder(final.parent)
            remove_stale_temp_files(final.parent)
        else:
            final.parent.mkdir(parents=True, exist_ok=True)
            remove_stale_temp_files(final.parent, for_name=final.name)
        temp = temp_beside(final, mode=PRIVATE_FILE)
        source = connect_read_only(paths.database)
        _copy_database(source, temp, pages_per_step=pages_per_step, progress=progress)
        head = anchors.file_head(temp)
        commit_file(temp, final)
        anchors.record_backup(final.parent, head, final.name)  # the backup's head, beside it
    except BaseException as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        if isinstance(exc, OSError | sqlite3.Error):
            translated = storage_error(exc, final.parent)
            if translated is not None:
                raise translated from exc
            raise StorageError(msg("Không sao lưu được dữ liệu vào {final}: {error}", final=final, error=exc)) from exc
        raise
    finally:
        if source is not None:
            source.close()
    if automatic:
        prune_backups(paths)
    return final


def backup_taken_on(paths: StationPaths, day: datetime) -> BackupFile | None:
    for backup in list_backups(paths):
        if backup.taken_at.date() == day.date():
            return backup
    return None


def ensure_daily_backup(station, now: datetime) -> Path | None:
    """Make today's automatic backup unless one exists; call at start and then every hour or so.
    Returns the new backup, or None when there was nothing to do."""
    if getattr(station, "read_only", False):
        return None
    if backup_taken_on(station.paths, now) is not None:
        return None
    return create_backup(station.paths, now)


def on_air_title(db: Database) -> str | None:
    """The title of an airing still on air: a restore waits until it has ended and is sealed."""
    row = db.execute("SELECT title FROM airings WHERE status = 'on_air' LIMIT 1").fetchone()
    return row[0] if row else None


def airing_count(db: Database) -> int:
    """Rows in the log, of every status: what a restore's question sets against the backup's."""
    return db.execute("SELECT count(*) FROM airings").fetchone()[0]


def check_backup_file(source: Path) -> BackupSummary:
    """Refuse anything that is not a sound backup of this software's database, saying why."""
    source = Path(source).expanduser()
    if not source.is_file():
        raise InputError(msg("Không tìm thấy tệp sao lưu {source}.", source=source))
    name = source.name
    not_a_database = msg(
        "Tệp {name} không phải bản sao lưu hợp lệ (không đọc được như cơ sở dữ liệu SQLite). "
        "Hãy chọn tệp sao lưu khác.",
        name=name,
    )
    try:
        conn = connect_read_only(source)
    except sqlite3.DatabaseError as exc:
        raise InputError(not_a_database) from exc
    except (sqlite3.Error, StorageError) as exc:
        raise InputError(msg("Không mở được tệp sao lưu {name}. Hãy kiểm tra tệp và quyền đọc.", name=name)) from exc
    try:
        try:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as exc:
            raise InputError(not_a_database) from exc
        if result != ["ok"]:
            raise InputError(
                msg("Tệp sao lưu {name} bị hỏng ({result}). Hãy chọn bản sao lưu khác.", name=name, result=result[0])
            )
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {migrations.migrations_table, "airings", "bulletins"} <= tables:
            raise InputError(
                msg(
                    "Tệp {name} không phải bản sao lưu của phần mềm Truyền Thanh Phường (thiếu bảng nhật ký phát "
                    "sóng). Hãy chọn tệp khác.",
                    name=name,
                )
            )
        applied = {
            row[0]
            for row in conn.execute(
                f"SELECT name FROM {migrations.migrations_table} WHERE migration_set = ?", [migrations.name]
            )
        }
        if not applied:
            raise InputError(
                msg("Tệp {name} không phải bản sao lưu của phần mềm Truyền Thanh Phường. Hãy chọn tệp khác.", name=name)
            )
        known = {migration.name for migration in migrations._migrations}
        if applied - known:
            raise InputError(
                msg(
                    "Bản sao lưu {name} do phiên bản phần mềm mới hơn tạo ra. Hãy cập nhật phần mềm trước khi khôi "
                    "phục.",
                    name=name,
                )
            )
        db = Database(conn)
        airings = airing_count(db)
        bulletins = conn.execute("SELECT count(*) FROM bulletins").fetchone()[0]
        last = conn.execute("SELECT max(coalesce(started_at, scheduled_at)) FROM airings").fetchone()[0]
        chain = verify_chain(db)
        head = anchors.database_head(db)
        return BackupSummary(source, airings, bulletins, last, chain.intact, head[0], head[1])
    finally:
        conn.close()


def _last_shared(hash_a, hash_b, upto: int) -> int:
    """The last chain position where two chains agree (0: none). A hash commits to all rows before it, so
    agreement at a position means agreement before it: binary search."""
    low, high = 0, upto
    while low < high:
        middle = (low + high + 1) // 2
        if hash_a(middle) is not None and hash_a(middle) == hash_b(middle):
            low = middle
        else:
            high = middle - 1
    return low


def restore_loss(paths: StationPaths, source: Path) -> RestoreLoss:
    """How many sealed airings restoring `source` would drop, against the current log and its anchors."""
    backup = Database(connect_read_only(Path(source).expanduser()))
    try:
        backup_index, _ = anchors.database_head(backup)
        backup_hash = lambda index: anchors.hash_at(backup, index)  # noqa: E731
        current_index, shared = 0, 0
        current: Database | None = None
        with contextlib.suppress(sqlite3.Error, StorageError, OSError):
            current = Database(connect_read_only(paths.database))
        if current is not None:
            try:
                current_index = anchors.database_head(current)[0]
                shared = _last_shared(backup_hash, lambda index: anchors.hash_at(current, index), current_index)
            finally:
                current.close()
        with contextlib.suppress(OSError):
            last = anchors.last_anchor(anchors.station_anchor_file(paths))
            if last is not None and last.index > shared:
                if last.index <= backup_index and backup_hash(last.index) == last.hash:
                    shared = last.index
                current_index = max(current_index, last.index)
        return RestoreLoss(max(0, current_index - shared), backup_index, current_index)
    finally:
        backup.close()


def aside_path(paths: StationPaths, now: datetime) -> Path:
    db = paths.database
    base = f"{db.stem}.truoc-khoi-phuc-{now.strftime('%Y%m%d-%H%M%S')}"
    candidate = db.with_name(base + db.suffix)
    counter = 1
    while os.path.lexists(candidate):  # a dangling link at the name is not free either: never written through
        counter += 1
        candidate = db.with_name(f"{base}-{counter}{db.suffix}")
    return candidate


def _keep_current_aside(paths: StationPaths, now: datetime) -> Path | None:
    """Put the current database, with anything still in its WAL, under a timestamped name."""
    db = paths.database
    if not db.exists():
        return None
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(str(db), timeout=10)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    aside = aside_path(paths, now)
    try:
        os.link(db, aside)  # same bytes, no copy, no moment without a database at its name
    except OSError:
        shutil.copy2(db, aside)
    wal = db.with_name(db.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:  # checkpoint failed (a broken database): keep its WAL too
        shutil.copy2(wal, aside.with_name(aside.name + "-wal"))
    return aside


def restore_backup(
    paths: StationPaths, source: Path, now: datetime, *, allow_dropping: int | None = None
) -> RestoreResult:
    """Replace the station database with a checked copy of `source`. The caller holds the StationLock
    and has closed its own connection; the current database is kept aside, never deleted.

    `allow_dropping`: how many sealed airings the operator confirmed the restore may drop (RestoreWouldDrop
    when it would drop more; None: whatever it drops). The restore is recorded in the anchors either way."""
    source = Path(source).expanduser().resolve()
    if source == paths.database.resolve():
        raise InputError(msg("Tệp sao lưu chính là tệp dữ liệu đang dùng. Hãy chọn một bản sao lưu khác."))
    summary = check_backup_file(source)
    # Airings the journal still holds belong to the current database: into it before it is set aside.
    try:
        replay_journal(paths)
    except StorageError as exc:
        raise StorageError(
            msg("{error} Hãy xử lý việc này (truyenthanh check) trước khi khôi phục.", error=exc)
        ) from exc
    loss = restore_loss(paths, source)
    if allow_dropping is not None and loss.dropped > allow_dropping:
        raise RestoreWouldDrop(loss, msg("{loss} Hãy xác nhận trước khi khôi phục.", loss=loss.message(source.name)))
    db = paths.database
    refuse_link(db)
    temp: Path | None = None
    aside: Path | None = None
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_files(db.parent, for_name=db.name)
        temp = temp_beside(db, mode=PRIVATE_FILE)
        conn = connect_read_only(source)
        try:
            _copy_database(conn, temp)
        finally:
            conn.close()
        fsync_file(temp)
        aside = _keep_current_aside(paths, now)
        # A WAL left beside the database would be replayed into the restored file: it is kept aside above.
        # Windows: another program holding the database open is named as such (it cannot be replaced).
        replace_file(temp, db, remove_first=(db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")))
        fsync_folder(db.parent)
    except (OSError, sqlite3.Error) as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        translated = storage_error(exc, db.parent)
        if translated is not None:
            raise translated from exc
        raise StorageError(
            msg("Không khôi phục được dữ liệu: {error}. Dữ liệu hiện tại chưa bị thay đổi.", error=exc)
        ) from exc
    except BaseException:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise
    failures = anchors.record_restore(paths, (summary.head_index, summary.head_hash), loss.dropped, source.name)
    return RestoreResult(source, aside, summary, loss, tuple(failures))
