"""No sound without a durable record: every airing record the playout engine writes goes through here.

Each record (an airing's pending start, its real start, heartbeats, its end, an item not aired) is
written to the database within `deadline_s` (100 ms: the engine never waits out the connection's 10 s
busy timeout) or, when the database cannot take it (busy, full, read-only, an I/O error), appended and
fsynced to the airing journal beside it (app/log/journal.py). Once one record is in the journal the
ones after it follow it there, so the log keeps its order. The journal is replayed into the database,
in order, each row sealed into the chain through app/log/airings.py like any other and marked in its note
(`airings.JOURNAL_NOTE`; part of the hashed content), as soon as the database takes writes again: on
the running engine's next write or tick, at the next start, or by `truyenthanh check`. If even the
journal cannot be written the records are kept in memory (and retried: into the journal as soon as it
takes them, else into the database, marked `airings.MEMORY_NOTE`), the station keeps playing and
`health` says so in red.

Replay is exactly-once: the database keeps, for each journal id, the last record it has taken
(`journal_replays`, written in the same transaction as the rows), and the key of each airing whose start
came from the journal (`journal_airings`), so a crash at any point never replays a record twice.

Journal record fields (the JSON object of each record):
- `start`: `k` (the airing's key), `row` (segment_id, schedule_item_id, title, topic, scheduled_at,
  started_at, planned_duration_s, trigger, operator, note), `started` (the sound had already started,
  e.g. a live reading; otherwise the row is pending until a `started` record);
- `started`, `heartbeat`: `k`, `id` (the row's id when it is known), `at`;
- `finish`: `k`, `id`, `ended_at`, `status`, `duration_s`, `note` (null keeps the row's note);
- `not_aired`: `k`, `row` (as for start, with no started_at), `status`, `at`.
Times are station local time, `YYYY-MM-DD HH:MM:SS`.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.database import connect_read_only, is_lock_error, write_transaction
from app.errors import InputError
from app.log import airings
from app.log.journal import RESERVE_BYTES, AiringJournal, journal_path, read_journal
from app.log.write_priority import WritePriority
from app.station_time import format_timestamp, parse_timestamp

log = logging.getLogger(__name__)

DEADLINE_S = 0.1  # the longest an airing record waits for the database before it goes to the journal
RETRY_EVERY_S = 1.0  # while the journal holds records, the engine's tick tries the database this often
RETRY_DEADLINE_S = 0.02  # ... waiting at most this long for the lock, so a tick never stalls the window
REPLAY_BATCH_S = 0.05  # one replay transaction holds the write lock about this long at most

OK = "ok"
JOURNAL = "journal"  # records wait in the journal: safe, but not in the database yet
UNRECORDED = "unrecorded"  # even the journal could not take some records: they are only in memory


@dataclass(frozen=True)
class LogHealth:
    """Whether the airtime log is being written, for the window's alarm and `truyenthanh playout`."""

    state: str = OK
    pending: int = 0  # records not yet in the database (in the journal or in memory)
    unsaved: int = 0  # of those, the ones even the journal could not take
    reason: str = ""  # why the database (or the journal) refused, in Vietnamese
    replayed: int = 0  # records the last replay wrote into the database

    @property
    def message(self) -> str:
        if self.state == UNRECORDED:
            return (
                f"KHÔNG GHI ĐƯỢC NHẬT KÝ: cả cơ sở dữ liệu lẫn tệp dự phòng đều không ghi được ({self.reason}); "
                f"{self.unsaved} bản ghi chỉ còn trong bộ nhớ. Đài vẫn phát. Hãy giải phóng hoặc kiểm tra ổ đĩa "
                "ngay và ghi tay các lượt phát cho đến khi hết cảnh báo này."
            )
        if self.state == JOURNAL:
            return (
                f"Nhật ký đang ghi tạm vào tệp dự phòng ({self.pending} bản ghi chờ ghi vào cơ sở dữ liệu) "
                f"vì {self.reason}. Đài vẫn phát bình thường; phần mềm sẽ tự ghi lại vào nhật ký khi cơ sở dữ "
                "liệu ghi được."
            )
        if self.replayed:
            return f"Nhật ký đã ghi bình thường trở lại: {self.replayed} bản ghi từ tệp dự phòng đã vào nhật ký."
        return "Nhật ký ghi bình thường."


def describe_database_failure(exc: BaseException) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if is_lock_error(exc):
        return "cơ sở dữ liệu đang bị chương trình khác giữ"
    if name.startswith("SQLITE_FULL") or "full" in text:
        return "ổ đĩa đã đầy"
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return "tệp dữ liệu chỉ cho phép đọc"
    if name.startswith("SQLITE_IOERR") or "i/o" in text:
        return "lỗi đọc ghi ổ đĩa"
    return f"lỗi cơ sở dữ liệu ({exc})"


def describe_journal_failure(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "ổ đĩa đã đầy"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "thư mục dữ liệu chỉ cho phép đọc"
    return f"lỗi ổ đĩa: {exc.strerror or exc}"


def _transient(exc: BaseException) -> bool:
    """A database that cannot write now (busy, full, read-only, I/O), as opposed to a bug."""
    return isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError
    )


@dataclass
class AiringRef:
    """One airing as the engine holds it: its key always, its row id once the row is in the database."""

    key: str
    id: int | None = None


@dataclass
class _Record:
    kind: str
    data: dict[str, Any]
    seq: int | None = None  # its place in the journal file; None while only in memory
    journal_id: str | None = None


def database_file(db: Database) -> Path | None:
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None


def _stamp(moment) -> str | None:
    return None if moment is None else (moment if isinstance(moment, str) else format_timestamp(moment))


@dataclass
class AiringRecorder:
    """See the module docstring. Call `open()` once (it reserves the journal's space and reads what an
    earlier run left in it), then the record methods; `retry()` from a timer; `close()` at the end."""

    db: Database
    journal_file: Path | None
    deadline_s: float = DEADLINE_S
    reserve_bytes: int = RESERVE_BYTES
    clock: Callable[[], float] = time.monotonic
    _journal: AiringJournal | None = None
    _backlog: list[_Record] = field(default_factory=list)
    _ids: dict[str, int] = field(default_factory=dict)
    _refs: dict[str, AiringRef] = field(default_factory=dict)
    _reason: str = ""
    _journal_reason: str = ""
    _replayed: int = 0
    _next_retry: float = 0.0
    _health: LogHealth = field(default_factory=LogHealth)
    _listeners: list[Callable[[LogHealth], None]] = field(default_factory=list)
    _opened: bool = False
    _priority: WritePriority | None = None
    # When `db` could only be opened read-only (a read-only file, a disk too full to open it for writing):
    # how to open it for writing, tried with each retry until it works.
    reopen: Callable[[], Database] | None = None

    @classmethod
    def for_database(cls, db: Database, **options) -> AiringRecorder:
        """A recorder whose journal sits beside the database file (none for an in-memory database)."""
        path = database_file(db)
        return cls(db, journal_path(path) if path else None, **options)

    def _claim(self):
        """While this recorder waits for the database, long writers (an import) hold back."""
        if self._priority is None:
            self._priority = WritePriority(database_file(self.db))
        return self._priority.claim()

    # --- life cycle -------------------------------------------------------------------------------

    def open(self) -> None:
        if self._opened:
            return
        self._opened = True
        if self.journal_file is None:
            return
        self._open_journal()
        journal_id: str | None
        if self._journal is not None:
            records, journal_id = self._journal.records, self._journal.journal_id
        else:  # cannot write it (a read-only folder): what it holds can still be replayed
            contents = read_journal(self.journal_file)
            records, journal_id = list(contents.records), contents.journal_id
        for record in records:
            self._backlog.append(_Record(record.kind, record.data, record.seq, journal_id))
        if self._backlog:
            self._reason = "các bản ghi từ lần chạy trước chưa vào cơ sở dữ liệu"
        self._update_health()

    def _open_journal(self) -> None:
        assert self.journal_file is not None
        try:
            self._journal = AiringJournal.open(self.journal_file, reserve_bytes=self.reserve_bytes)
            self._journal_reason = ""
        except OSError as exc:
            self._journal_reason = describe_journal_failure(exc)
            log.error("airing journal %s cannot be opened: %s", self.journal_file, exc)

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        if self._priority is not None:
            self._priority.close()
            self._priority = None

    # --- what the engine records ------------------------------------------------------------------

    def start(self, row: dict[str, Any], *, started: bool) -> AiringRef:
        """A new on_air row: `started` False for one written before the sound starts (pending)."""
        ref = AiringRef(uuid.uuid4().hex)
        self._refs[ref.key] = ref
        row = {**row, "scheduled_at": _stamp(row.get("scheduled_at")), "started_at": _stamp(row["started_at"])}
        self._record(_Record("start", {"k": ref.key, "row": row, "started": started}))
        return ref

    def started(self, ref: AiringRef, at) -> None:
        self._record(_Record("started", {"k": ref.key, "id": ref.id, "at": _stamp(at)}))

    def heartbeat(self, ref: AiringRef, at) -> None:
        self._record(_Record("heartbeat", {"k": ref.key, "id": ref.id, "at": _stamp(at)}))

    def finish(self, ref: AiringRef, *, ended_at, status: str, duration_s: float | None, note: str | None) -> None:
        data = {"k": ref.key, "id": ref.id, "ended_at": _stamp(ended_at), "status": status}
        self._record(_Record("finish", {**data, "duration_s": duration_s, "note": note}))

    def not_aired(self, row: dict[str, Any], *, status: str, at) -> AiringRef:
        ref = AiringRef(uuid.uuid4().hex)
        self._refs[ref.key] = ref
        row = {**row, "scheduled_at": _stamp(row["scheduled_at"])}
        self._record(_Record("not_aired", {"k": ref.key, "row": row, "status": status, "at": _stamp(at)}))
        return ref

    # --- state ------------------------------------------------------------------------------------

    @property
    def health(self) -> LogHealth:
        return self._health

    @property
    def pending(self) -> int:
        return len(self._backlog)

    def add_health_listener(self, listener: Callable[[LogHealth], None]) -> None:
        """Called when the state changes (ok, journal, unrecorded), not for every record."""
        self._listeners.append(listener)

    def pending_ids(self) -> set[int]:
        """Rows in the database that records still waiting in the journal will change."""
        ids = set()
        for record in self._backlog:
            found = record.data.get("id") or self._ids.get(record.data["k"]) or self._stored_id(record.data["k"])
            if found:
                ids.add(found)
        return ids

    def pending_slots(self) -> list[tuple[int, str, str, str | None, str]]:
        """(schedule item, scheduled_at, status, started_at, note) of rows that exist only in the journal,
        so the engine never plays a slot twice because its row has not reached the database yet."""
        slots: dict[str, list] = {}
        for record in self._backlog:
            data = record.data
            if record.kind in ("start", "not_aired") and data["row"].get("schedule_item_id") is not None:
                row = data["row"]
                status = "on_air" if record.kind == "start" else data["status"]
                slots[data["k"]] = [row["schedule_item_id"], row["scheduled_at"], status, row.get("started_at"), ""]
            elif record.kind == "finish" and data["k"] in slots:
                slots[data["k"]][2] = data["status"]
            elif record.kind == "started" and data["k"] in slots:
                slots[data["k"]][3] = data["at"]
        return [tuple(slot) for slot in slots.values() if slot[1]]

    # --- writing ----------------------------------------------------------------------------------

    def _record(self, record: _Record) -> None:
        if not self._opened:
            self.open()
        if self._backlog and self._retry_due():
            self._replay(self.deadline_s)
        if not self._backlog:
            try:
                new_ids: dict[str, int] = {}
                with self._claim(), write_transaction(self.db, deadline_s=self.deadline_s):
                    self._apply(record, replayed=False, new_ids=new_ids)
                self._took(new_ids, [record])
                self._reason = ""
                self._update_health()
                return
            except Exception as exc:
                if not _transient(exc):
                    raise
                self._reason = describe_database_failure(exc)
                log.warning("airing record %s went to the journal: %s", record.kind, exc)
        self._keep(record)
        self._update_health()

    def _retry_due(self) -> bool:
        """About once a second while records wait (a clock set back never postpones it)."""
        now = self.clock()
        if self._next_retry - RETRY_EVERY_S <= now < self._next_retry:
            return False
        self._next_retry = now + RETRY_EVERY_S
        return True

    def _keep(self, record: _Record) -> None:
        self._backlog.append(record)
        self._journal_waiting()

    def _journal_waiting(self) -> None:
        """Records not yet in the journal go into it, oldest first (so the order holds); those it cannot
        take stay in memory and are tried again."""
        if self._journal is None and self.journal_file is not None:
            self._open_journal()
        if self._journal is None:
            return
        for waiting in self._backlog:
            if waiting.seq is not None:
                continue
            try:
                written = self._journal.append(waiting.kind, waiting.data)
            except OSError as exc:
                self._journal_reason = describe_journal_failure(exc)
                log.error("airing journal cannot take a %s record: %s", waiting.kind, exc)
                return
            waiting.seq, waiting.journal_id = written.seq, self._journal.journal_id
        self._journal_reason = ""

    def retry(self) -> None:
        """From the engine's tick: while records wait, try the database about once a second."""
        if not self._backlog or not self._retry_due():
            return
        if self.reopen is not None:
            try:
                self.db = self.reopen()
                self.reopen = None
                log.info("the database can be written again: the journal goes into it")
            except Exception as exc:  # still read-only, still full: the journal keeps the records
                log.debug("database still not writable: %s", exc)
        self._replay(RETRY_DEADLINE_S)
        if any(record.seq is None for record in self._backlog):
            self._journal_waiting()
        self._update_health()

    def replay(self, *, deadline_s: float | None = None) -> int:
        """Write every waiting record into the database now; returns how many went in. `deadline_s`
        None waits as long as the connection's busy timeout (for `check` and the start)."""
        if not self._opened:
            self.open()
        written = self._replay(deadline_s)
        self._update_health()
        return written

    def _replay(self, deadline_s: float | None) -> int:
        written = 0
        while self._backlog:
            done = 0
            applied = 0
            new_ids: dict[str, int] = {}
            try:
                with self._claim(), write_transaction(self.db, deadline_s=deadline_s):
                    began = time.monotonic()
                    last_seq: dict[str | None, int] = {}
                    reached: dict[str | None, int] = {}
                    for record in self._backlog:
                        done += 1
                        if record.seq is not None:
                            if record.journal_id not in last_seq:
                                last_seq[record.journal_id] = self._last_seq(record.journal_id)
                            if record.seq <= last_seq[record.journal_id]:
                                continue  # in the database already: a crash came before the journal was emptied
                            reached[record.journal_id] = record.seq
                        self._apply_one(record, new_ids)
                        applied += 1
                        if time.monotonic() - began > REPLAY_BATCH_S:
                            break
                    for journal_id, seq in reached.items():
                        self.db.execute(
                            "INSERT INTO journal_replays (journal_id, last_seq) VALUES (?, ?) ON CONFLICT "
                            "(journal_id) DO UPDATE SET last_seq = excluded.last_seq, replayed_at = datetime('now')",
                            [journal_id, seq],
                        )
            except Exception as exc:
                if not _transient(exc):
                    raise
                self._reason = describe_database_failure(exc)
                break
            self._took(new_ids, self._backlog[:done])
            del self._backlog[:done]
            written += applied
        if written:
            self._replayed = written
            log.info("%d airing records replayed from the journal", written)
        if not self._backlog and self._journal is not None and self._journal.pending:
            try:
                self._journal.reset()
            except OSError as exc:  # the records stay; journal_replays keeps them from being replayed twice
                log.error("airing journal could not be emptied: %s", exc)
        return written

    def _apply_one(self, record: _Record, new_ids: dict[str, int]) -> None:
        """One replayed record in its own savepoint: a record the rules refuse is logged and dropped, it
        must never keep the rest of the journal out of the database."""
        try:
            with self.db.atomic():
                self._apply(record, replayed=True, new_ids=new_ids)
        except (InputError, sqlite3.IntegrityError, KeyError, ValueError, TypeError):
            log.exception("journal record %s %s could not be replayed; dropped", record.seq, record.kind)

    def _last_seq(self, journal_id: str | None) -> int:
        if journal_id is None:
            return 0
        row = self.db.execute("SELECT last_seq FROM journal_replays WHERE journal_id = ?", [journal_id]).fetchone()
        return row[0] if row else 0

    def _stored_id(self, key: str) -> int | None:
        try:
            row = self.db.execute("SELECT airing_id FROM journal_airings WHERE key = ?", [key]).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    def _took(self, new_ids: dict[str, int], committed: list[_Record]) -> None:
        """After a commit: the engine's refs learn their row ids; finished airings are forgotten."""
        self._ids.update(new_ids)
        for key, airing_id in new_ids.items():
            if key in self._refs:
                self._refs[key].id = airing_id
        for record in committed:
            if record.kind in ("finish", "not_aired"):
                self._refs.pop(record.data["k"], None)
                self._ids.pop(record.data["k"], None)

    def _apply(self, record: _Record, *, replayed: bool, new_ids: dict[str, int]) -> None:
        data, db = record.data, self.db
        key = data["k"]
        airing_id: int | None
        mark = airings.JOURNAL_NOTE if record.seq is not None else airings.MEMORY_NOTE
        if record.kind in ("start", "not_aired"):
            row = dict(data["row"])
            note = airings.with_journal_note(row.get("note") or "", mark) if replayed else row.get("note") or ""
            common = {
                "title": row["title"],
                "topic": row["topic"],
                "trigger": row["trigger"],
                "segment_id": row.get("segment_id"),
                "schedule_item_id": row.get("schedule_item_id"),
                "planned_duration_s": row.get("planned_duration_s"),
                "operator": row.get("operator") or "",
                "note": note,
            }
            scheduled = row.get("scheduled_at")
            if record.kind == "start":
                airing_id = airings.start_airing(
                    db,
                    **common,
                    started_at=parse_timestamp(row["started_at"]),
                    scheduled_at=parse_timestamp(scheduled) if scheduled else None,
                    pending=not data["started"],
                )
            else:
                airing_id = airings.record_not_aired(
                    db,
                    **common,
                    status=data["status"],
                    scheduled_at=parse_timestamp(row["scheduled_at"]),  # a row that never aired always has one
                    at=parse_timestamp(data["at"]) if data.get("at") else None,
                )
            new_ids[key] = airing_id
            if replayed:
                db.execute("INSERT OR REPLACE INTO journal_airings (key, airing_id) VALUES (?, ?)", [key, airing_id])
            return
        airing_id = data.get("id") or new_ids.get(key) or self._ids.get(key) or self._stored_id(key)
        if airing_id is None:
            log.error("journal record %s %s names an airing the log does not have", record.seq, record.kind)
            return
        if replayed and record.kind in ("started", "finish"):
            airings.add_journal_note(db, airing_id, mark)
        if record.kind == "started":
            airings.mark_started(db, airing_id, parse_timestamp(data["at"]))
        elif record.kind == "heartbeat":
            airings.heartbeat(db, airing_id, parse_timestamp(data["at"]))
        elif record.kind == "finish":
            airings.finish_airing(
                db,
                airing_id,
                ended_at=parse_timestamp(data["ended_at"]),
                status=data["status"],
                duration_s=data.get("duration_s"),
                note=data.get("note"),
            )

    def _update_health(self) -> None:
        pending = len(self._backlog)
        unsaved = sum(1 for record in self._backlog if record.seq is None)
        if not pending:
            health = LogHealth(OK, replayed=self._replayed)
        elif unsaved:
            health = LogHealth(UNRECORDED, pending, unsaved, self._journal_reason or self._reason)
        else:
            health = LogHealth(JOURNAL, pending, 0, self._reason or "cơ sở dữ liệu tạm không ghi được")
        if health.state != OK and self._health.state == OK:
            self._replayed = 0  # a new spell without the database: the next recovery counts afresh
        changed = health.state != self._health.state
        self._health = health
        if changed:
            for listener in list(self._listeners):
                try:
                    listener(health)
                except Exception:
                    log.exception("log health listener failed")


def count_pending(database: Path) -> tuple[int, str]:
    """(records waiting in the journal beside `database`, a problem with the file or ''), for `check`
    and `info`; it never writes. Records already in the database are not counted."""
    contents = read_journal(journal_path(database))
    if not contents.records:
        return 0, contents.problem
    last = 0
    try:
        conn = connect_read_only(database)
        try:
            row = conn.execute("SELECT last_seq FROM journal_replays WHERE journal_id = ?", [contents.journal_id])
            found = row.fetchone()
            last = found[0] if found else 0
        finally:
            conn.close()
    except Exception:  # no table yet, or an unreadable database: every record still counts
        last = 0
    waiting = sum(1 for record in contents.records if record.seq > last)
    problem = contents.problem
    if contents.damaged:
        problem = f"{contents.damaged} bản ghi hỏng bị bỏ qua"
    return waiting, problem
