"""Opening the station database: pragmas, migrations, starter data, errors in the operator's words."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from app.errors import StorageError
from app.file_replace import PRIVATE_FILE, create_exclusive, make_private, refuse_link
from app.log import anchors
from app.messages import msg
from app.migrations import migrations
from app.storage_faults import describe_sqlite_error

log = logging.getLogger(__name__)


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: sqlite-utils manages transactions itself (db.atomic()).
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: an airing row survives a power cut the moment it is written.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def open_database(path: Path, *, seed: bool = True) -> Database:
    """Open (creating if needed) the database at `path`, bring its schema up to date, seed a new one."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            msg("Không tạo được thư mục dữ liệu {parent}: {reason}", parent=path.parent, reason=exc.strerror)
        ) from exc
    is_new = not path.exists() or path.stat().st_size == 0
    _own_database_file(path)
    db: Database | None = None
    try:
        db = Database(_connect(path))
        migrations.apply(db)
        if seed and is_new:
            from app.starter_data import seed_starter_data

            seed_starter_data(db)
        _probe_writable(db.conn)
    except sqlite3.DatabaseError as exc:
        if db is not None:
            db.close()
        raise StorageError(describe_sqlite_error(exc, path)) from exc
    log.info("database open: %s", path)
    return db


def _own_database_file(path: Path) -> None:
    """The log is refused behind a planted link; a new database is created exclusively, owner-only (0600 on
    POSIX), and an existing one tightened to 0600 with its -wal and -shm (SQLite gives those the database's mode)."""
    refuse_link(path)
    try:
        os.close(create_exclusive(path, os.O_RDWR, PRIVATE_FILE))
    except FileExistsError:
        for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if companion.exists():
                make_private(companion)
    except OSError:
        pass  # a read-only folder: SQLite's own open reports it in the operator's words


def _probe_writable(conn: sqlite3.Connection) -> None:
    """SQLite silently falls back to read-only when the file cannot be written (a read-only file or
    medium): a statement that needs the write lock but changes nothing makes that visible now,
    not at the first airing row."""
    conn.execute("DELETE FROM _sqlite_migrations WHERE 0")


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def second_writer(path: Path) -> Database:
    """Another writing connection to an open station's database (already migrated): for a long job whose
    pragmas and commits must not touch the connection the playout writes airings through."""
    return Database(_connect(Path(path)))


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can never write. On a read-only medium or a full disk a WAL database has no
    shared-memory file and cannot make one: it is then opened as immutable (nobody can be writing it)."""
    path = Path(path)
    if not path.is_file():
        raise StorageError(msg("Không tìm thấy tệp dữ liệu {path}.", path=path))
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=10, isolation_level=None, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        # Immutable ignores the write-ahead log, so it is only safe when that log holds nothing.
        wal = path.with_name(path.name + "-wal")
        cannot_share = any(text in str(exc).lower() for text in ("unable to open", "disk i/o error"))
        if not cannot_share or (wal.exists() and wal.stat().st_size > 0):
            raise
        conn = sqlite3.connect(
            read_only_uri(path, immutable=True), uri=True, isolation_level=None, check_same_thread=False
        )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA query_only = ON")
    return conn


def open_database_read_only(path: Path) -> Database:
    """Open an existing station database for viewing only: no migrations, no seeding, no writes."""
    path = Path(path)
    try:
        db = Database(connect_read_only(path))
        if migrations.pending(db):
            db.close()
            raise StorageError(
                msg(
                    "Tệp dữ liệu {path} do phiên bản phần mềm cũ tạo ra nên chưa xem được ở chế độ chỉ xem. Hãy mở "
                    "bình thường một lần để cập nhật.",
                    path=path,
                )
            )
    except sqlite3.DatabaseError as exc:
        raise StorageError(describe_sqlite_error(exc, path)) from exc
    log.info("database open read-only: %s", path)
    return db


def schema_version(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


# How often a writer with a deadline asks again for the write lock (SQLite's own busy handler waits
# in growing steps, so a short gap between another process's transactions would be missed).
_LOCK_POLL_S = 0.002


def is_lock_error(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc).lower()


def set_busy_timeout(db: Database, milliseconds: int) -> None:
    """How long a statement on this connection waits out another connection's lock before it fails."""
    db.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")


@contextlib.contextmanager
def _busy_timeout(conn: sqlite3.Connection, milliseconds: int) -> Iterator[None]:
    saved = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(saved)}")


def _begin_within(conn: sqlite3.Connection, deadline_s: float) -> None:
    """BEGIN IMMEDIATE, polling for the lock until `deadline_s` has passed (then SQLITE_BUSY is raised)."""
    give_up = time.monotonic() + deadline_s
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not is_lock_error(exc) or time.monotonic() >= give_up:
                raise
            time.sleep(_LOCK_POLL_S)


@contextlib.contextmanager
def write_transaction(db: Database, *, deadline_s: float | None = None) -> Iterator[None]:
    """BEGIN IMMEDIATE: take the write lock up front. Two writers never compute the same chain link, and a
    write never fails half-way because another process committed after it had started reading (a
    deferred transaction in WAL mode gets SQLITE_BUSY at once then, without waiting). Every write that
    may run beside another program's (schedule, targets, the log) goes through here.

    With `deadline_s` the whole write gives up (sqlite3.OperationalError, database is locked) when the
    lock is not had within that time, instead of waiting out the connection's busy timeout; the
    playout engine uses it so that an airing is never held up by another program's write."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield
        return
    with contextlib.ExitStack() as stack:
        if deadline_s is None:
            conn.execute("BEGIN IMMEDIATE")
        else:
            stack.enter_context(_busy_timeout(conn, 0))
            _begin_within(conn, deadline_s)
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            # A failed COMMIT (a full disk) leaves the transaction open: roll it back too.
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise
    # The chain head that just became durable goes to the anchor file (when this transaction sealed rows).
    anchors.after_commit(db)
