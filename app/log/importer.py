"""Importing airtime logs from CSV or Excel .xlsx (`truyenthanh log import`), all or nothing, at the speed of the disk.

For stations that kept paper or Excel logs before the software, and for a town office gathering
wards' logs. The file is the `log export` or `log template` format: columns Bắt đầu, Kết thúc, Tiêu đề,
Chủ đề, Trạng thái (required), Kiểu phát, Giờ dự kiến, Người vận hành, Ghi chú (optional; a Thời lượng
column is honoured when present, other columns are ignored), named in Vietnamese or by their codes
(started_at, ...), with or without accents (app.log.columns); statuses and triggers by their labels
(app.labels) or codes. Times are `YYYY-MM-DD HH:MM:SS`, station local time. A CSV is UTF-8 with or
without BOM, comma separated (a semicolon file from a Vietnamese Excel is recognised by its header);
an .xlsx is read from its first sheet, streamed, date-time cells taken to the nearest second.

Two steps, so the app can show what will be added before anything is written:
- `preview_import(db, path) -> ImportPreview`: reads the file once, as a stream, checking every row
  and writing the good ones into a private staging file (`<data folder>/imports/*.staging.db`, never
  the station database); nothing is written to the log;
- `apply_import(db, preview) -> list[int]`: appends the staged rows to the log, sealed into the hash
  chain, marked source='imported'; topics the station does not know are created first.

One bad row (end before start, unknown status, unreadable date, ...) or a wrong encoding and nothing
is imported: `ImportPreview.errors` holds the bad rows with their line numbers and reasons (the first
`MAX_ERRORS_LISTED`, then a count), and `apply_import` raises ImportRejected naming them. A row
identical to one already in the log (same status, time, title and topic) is not an error: it is left
out and counted in `ImportPreview.already_present`, so importing the same file twice adds nothing.

Why it never holds the log: the playout writes an airing record within 100 ms or falls back to its
journal, so no transaction here holds the write lock longer than about `CHUNK_S` (20 ms), and before
each chunk the import gives way to the playout while it wants the lock (app/log/write_priority.py), so
an airing waits for one chunk at most. Sealed rows can never be deleted (the schema's triggers), so
"all or nothing" for a file is kept by a commit point and roll-forward, as a database keeps a transaction:
1. nothing touches the log until the whole file is read, checked and staged (a failure or a kill up
   to here leaves the log without any of its rows);
2. the commit point: one short transaction creates the new topics and records the batch
   (`import_batches`, state `appending`) with the staging file's path;
3. the rows are appended in chunks, each chunk with the batch's progress in the same transaction;
4. the batch is marked `done` and its staging file removed.
An import killed during step 3 is finished from its staging file, from where it stopped, by the next
`truyenthanh log import`, `truyenthanh check` or start of the window (the start check names it until
then), so the log ends with all of its rows. Memory stays flat: rows are streamed in and out of the staging file.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import logging
import os
import re
import sqlite3
import tempfile
import time
import unicodedata
import weakref
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from sqlite_utils import Database

from app.database import second_writer, write_transaction
from app.errors import ImportRejected, InputError
from app.labels import IMPORTED_TRIGGER_LABELS, STATUS_LABELS, TRIGGER_LABELS
from app.log.airings import IMPORTED_COLUMNS, append_finished_values
from app.log.anchors import anchored_at_end
from app.log.columns import COLUMN_NAMES, column_code, match_word, word_key, words_to_codes
from app.log.counting import CountingRule
from app.log.recorder import database_file
from app.log.statuses import AIRED_STATUSES, FINISHED_STATUSES, NOT_AIRED_STATUSES, AiringStatus, Trigger
from app.log.write_priority import give_way
from app.messages import Joined, Length, Message, joined, msg
from app.paths import StationPaths
from app.rows import inserted_id
from app.spreadsheet_safe import from_csv_cell
from app.station_time import now_local
from app.topics import topic_key

log = logging.getLogger(__name__)

REQUIRED_COLUMNS = ("started_at", "ended_at", "title", "topic", "status")
OPTIONAL_COLUMNS = ("trigger", "scheduled_at", "operator", "note", "duration_s")
COLUMN_LABELS = {
    "started_at": msg("giờ bắt đầu"),
    "ended_at": msg("giờ kết thúc"),
    "scheduled_at": msg("giờ dự kiến"),
    "title": msg("tiêu đề"),
    "topic": msg("chủ đề"),
    "status": msg("trạng thái"),
    "trigger": msg("kiểu phát"),
    "duration_s": msg("thời lượng"),
}
MAX_AIRING = timedelta(hours=24)
# A few seconds of clock difference between the exporting machine and this one is not "the future".
FUTURE_SLACK = timedelta(minutes=5)
NEW_TOPIC_COLOURS = ("#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939", "#843c39")
MAX_ERRORS_LISTED = 1000
CHUNK_S = 0.02  # one append transaction holds the station's write lock about this long at most
PAUSE_S = 0.002  # then lets go; and waits as long as the playout wants the lock (app/log/write_priority.py)
FIRST_CHUNK_ROWS = 200
MAX_CHUNK_ROWS = 5000
STAGE_BATCH = 5000  # rows written to the staging file at a time
STAGING_FOLDER = "imports"
STAGING_MAX_AGE_S = 24 * 3600  # an unused staging file (a preview never applied) older than this goes

_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
# Codes as exported with --codes, or the Vietnamese labels ("Đã phát xong", "bi lo", ...): app.labels' table.
_STATUS_NAMES = words_to_codes(STATUS_LABELS, FINISHED_STATUSES)
# An exported row that came from an earlier import reads "Nhập từ sổ cũ" (app.labels): the same trigger again.
_TRIGGER_NAMES = {**words_to_codes(IMPORTED_TRIGGER_LABELS, Trigger), **words_to_codes(TRIGGER_LABELS, Trigger)}
_ON_AIR_NAMES = tuple(words_to_codes(STATUS_LABELS, [AiringStatus.ON_AIR]))
STATUS_WORDS = tuple(STATUS_LABELS[status] for status in FINISHED_STATUSES)  # what the template lists
TRIGGER_WORDS = tuple(TRIGGER_LABELS[trigger] for trigger in Trigger)
_STAGED = (
    "title",
    "topic",
    "scheduled_at",
    "started_at",
    "ended_at",
    "duration_s",
    "status",
    "trigger",
    "operator",
    "note",
)


@dataclass(frozen=True)
class RowError:
    """A bad row: its line in the file (the header is line 1) and every reason. line 0 = the whole file."""

    line: int
    reasons: tuple[Message, ...]  # a whole file's reasons (line 0) are written as sentences, capitalised

    @property
    def message(self) -> Message | Joined:
        text = joined("; ", self.reasons)
        return msg("Dòng {line}: {reasons}", line=self.line, reasons=text) if self.line else text


@dataclass(frozen=True)
class TopicCount:
    """What a topic's rows will add, counted as the reports count them (app.log.counting)."""

    topic: str
    airings: int  # counted: completed, or interrupted with enough time on air
    seconds: float  # on air, counted rows only
    not_aired: int  # missed, failed, skipped
    new: bool  # the station does not have this topic yet: it will be created
    cut_short: int = 0  # interrupted too early: listed apart, added to nothing
    cut_short_seconds: float = 0.0


class StagedRows(Sequence):
    """The rows a preview will add, in the order they will be added, read from its staging file on
    demand (so 500,000 rows never sit in memory). `lines=True`: their line numbers in the file instead."""

    def __init__(self, staging: Path, count: int, *, lines: bool = False) -> None:
        self.staging = staging
        self.total = count
        self.lines = lines

    def __len__(self) -> int:
        return self.total

    def _select(self, first: int, limit: int) -> list:
        conn = sqlite3.connect(f"{self.staging.as_uri()}?mode=ro", uri=True)
        try:
            if self.lines:
                sql = "SELECT line FROM ordered WHERE seq > ? ORDER BY seq LIMIT ?"
                return [row[0] for row in conn.execute(sql, [first, limit])]
            conn.row_factory = sqlite3.Row
            return [_staged_row(row) for row in conn.execute(_ORDERED_ROWS + " LIMIT ?", [first, limit])]
        finally:
            conn.close()

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self.total)
            if step != 1:
                return list(self)[index]
            return self._select(start, max(0, stop - start))
        if index < 0:
            index += self.total
        if not 0 <= index < self.total:
            raise IndexError(index)
        return self._select(index, 1)[0]

    def __iter__(self) -> Iterator:
        done = 0
        while done < self.total:
            chunk = self._select(done, STAGE_BATCH)
            if not chunk:
                return
            yield from chunk
            done += len(chunk)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    rows: Sequence[dict[str, Any]]  # what apply_import adds, in time order
    lines: Sequence[int]  # each row's line in the file
    topics: tuple[TopicCount, ...]
    errors: tuple[RowError, ...]
    already_present: int = 0  # rows left out because the log has them already
    total_lines: int = 0  # data rows read (blank lines excluded)
    more_errors: int = 0  # bad rows beyond the MAX_ERRORS_LISTED listed in `errors`
    staging: Path | None = None  # the checked rows, ready to append (None when nothing will be)
    log_max_id: int = 0  # the log's newest row when the file was checked
    _cleanup: Any = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def new_topics(self) -> tuple[str, ...]:
        return tuple(count.topic for count in self.topics if count.new)

    @property
    def airings(self) -> int:
        return sum(count.airings for count in self.topics)

    @property
    def seconds(self) -> float:
        return sum(count.seconds for count in self.topics)

    @property
    def not_aired(self) -> int:
        return sum(count.not_aired for count in self.topics)

    @property
    def cut_short(self) -> int:
        return sum(count.cut_short for count in self.topics)

    @property
    def cut_short_seconds(self) -> float:
        return round(sum(count.cut_short_seconds for count in self.topics), 3)

    def error_message(self) -> Message:
        """One line naming the bad rows, for the CLI and ImportRejected."""
        bad = sum(1 for error in self.errors if error.line) + self.more_errors
        parts: list[object] = [error.message for error in self.errors]
        if self.more_errors:
            parts.append(msg("và {count} dòng lỗi khác", count=self.more_errors))
        if bad:
            return msg(
                "Không nhập dòng nào từ {name}: {bad} dòng lỗi. {errors}",
                name=self.path.name,
                bad=bad,
                errors=joined(" | ", parts),
            )
        return msg("Không nhập dòng nào từ {name}. {errors}", name=self.path.name, errors=joined(" | ", parts))

    def summary(self) -> Joined:
        """What the import will add, in one line (the CLI prints it; the window renders it in its language)."""
        parts: list[object] = [
            msg(
                "{rows} dòng sẽ được thêm: {airings} lượt phát ({length}), {not_aired} lượt không phát",
                rows=len(self.rows),
                airings=self.airings,
                length=Length(self.seconds),
                not_aired=self.not_aired,
            )
        ]
        if self.cut_short:
            parts.append(
                msg(
                    ", {count} lượt ngắt sớm ({length}, không tính)",
                    count=self.cut_short,
                    length=Length(self.cut_short_seconds),
                )
            )
        if self.already_present:
            parts.append(msg("; {count} dòng đã có trong nhật ký, bỏ qua", count=self.already_present))
        if self.new_topics:
            parts.append(msg("; chủ đề mới: {topics}", topics=", ".join(self.new_topics)))
        return joined("", parts)

    def discard(self) -> None:
        """Drop the staging file now (a preview the operator did not confirm); it goes by itself too."""
        if self._cleanup is not None:
            self._cleanup()


# ---------------------------------------------------------------- reading the file


class _EncodingError(Exception):
    def __init__(self, error: RowError) -> None:
        self.error = error


def _not_utf8(line: int) -> Message:
    return msg(
        "Tệp không phải mã UTF-8 (byte lạ ở dòng {line}; có thể là Windows-1258, TCVN3 hay VNI). Hãy mở tệp bằng "
        "Excel và lưu lại với kiểu “CSV UTF-8 (Comma delimited)” rồi nhập lại",
        line=line,
    )


_UTF16 = msg(
    "Tệp dùng mã UTF-16 (kiểu “Unicode Text” của Excel), không phải UTF-8. "
    "Hãy lưu lại tệp với kiểu “CSV UTF-8 (Comma delimited)” rồi nhập lại"
)


def _text_lines(handle) -> Iterator[str]:
    """The file's lines as text, decoded one line at a time (a newline byte never occurs inside a UTF-8
    character), so a file of any size streams and an encoding error names its exact line. Each line is
    put in NFC as a whole: no composition crosses a comma or a quote, so its fields come out in NFC."""
    for number, raw in enumerate(handle, start=1):
        if number == 1:
            if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise _EncodingError(RowError(0, (_UTF16,)))
            if raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _EncodingError(RowError(0, (_not_utf8(number),))) from None
        yield text if text.isascii() else unicodedata.normalize("NFC", text)


def _records(lines: Iterator[str]) -> Iterator[tuple[int, list[str]]]:
    """(first line, fields) of each non-blank record, the header first. Multi-line quoted fields keep
    the number of the line they start on. The delimiter is guessed from the first line."""
    first = next(lines, None)
    if first is None:
        return
    delimiter = ";" if first.count(";") > first.count(",") else ","

    def again() -> Iterator[str]:
        yield first
        yield from lines

    reader = csv.reader(again(), delimiter=delimiter)
    previous_end = 0
    for fields in reader:
        start = previous_end + 1
        previous_end = reader.line_num
        if "".join(fields).strip():
            yield start, [from_csv_cell(field) for field in fields]  # our export's "'=..." is "=..." again


XLSX_SUFFIXES = (".xlsx", ".xlsm")


def _xlsx_text(value: object) -> str:
    """A spreadsheet cell as the text a CSV would hold: a date-time typed in Excel as YYYY-MM-DD HH:MM:SS
    (to the nearest second: Excel stores times as fractions of a day), a whole number without ".0"."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (value + timedelta(microseconds=500_000)).replace(microsecond=0).isoformat(" ")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.3f}".rstrip("0").rstrip(".")
    text = str(value)
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _xlsx_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(row number, fields) of each non-blank row of the workbook's first sheet, the header first, streamed."""
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, InvalidFileException) as exc:
        reason = msg(
            "Không đọc được tệp Excel {name} ({error}); hãy lưu lại bằng Excel rồi nhập lại",
            name=path.name,
            error=str(exc) or type(exc).__name__,
        )
        raise _EncodingError(RowError(0, (reason,))) from None
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            fields = [_xlsx_text(value) for value in values]
            while fields and not fields[-1].strip():
                fields.pop()  # a formatted but empty cell on the right is no column
            if "".join(fields).strip():
                yield number, fields
    finally:
        workbook.close()


def _file_records(path: Path, handle) -> Iterator[tuple[int, list[str]]]:
    if path.suffix.lower() in XLSX_SUFFIXES:
        return _xlsx_records(path)
    return _records(_text_lines(handle))


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _timestamp(row: dict[str, str], column: str, reasons: list[Message]) -> datetime | None:
    value = row.get(column, "")
    if not value:
        return None
    if _TIMESTAMP.match(value):
        try:
            return datetime.fromisoformat(value)  # the shape is checked above; this checks the ranges
        except ValueError:
            pass
    reasons.append(
        msg(
            "{label} ({column}) “{value}” không đọc được, cần dạng YYYY-MM-DD HH:MM:SS",
            label=COLUMN_LABELS[column],
            column=column,
            value=value,
        )
    )
    return None


def _stamp(moment: datetime | None) -> str | None:
    return moment.isoformat(" ") if moment else None  # == TIMESTAMP_FORMAT for whole seconds, and fast


class _Checker:
    """Checks one row at a time; collects the rows to add and every reason a row is bad."""

    def __init__(self, db: Database, now: datetime) -> None:
        self.db = db
        self.now = now
        self.topics: dict[str, str] = {topic_key(name): name for (name,) in db.execute("SELECT name FROM topics")}
        self.new_topics: dict[str, str] = {}
        # Rows already read, by a digest of what makes two rows the same airing: a few dozen bytes a row.
        self.seen: dict[bytes, int] = {}
        # Columns repeat the same few values down a file: each is normalised once.
        self._keys: dict[str, str] = {}
        self._words: dict[int, dict[str, str | None]] = {}

    def key(self, raw: str) -> str:
        found = self._keys.get(raw)
        if found is None:
            found = topic_key(raw)
            if len(self._keys) < 100_000:
                self._keys[raw] = found
        return found

    def word(self, table: dict[str, str], raw: str) -> str | None:
        """The status or trigger code `raw` names in `table` (app.log.columns.match_word), found once per spelling."""
        cache = self._words.setdefault(id(table), {})
        if raw in cache:
            return cache[raw]
        found = match_word(table, word_key(raw))
        if len(cache) < 1000:  # a file's few spellings; a column of junk is not kept
            cache[raw] = found
        return found

    def topic_name(self, raw: str) -> str:
        key = self.key(raw)
        if key in self.topics:
            return self.topics[key]
        return self.new_topics.setdefault(key, " ".join(raw.split()))

    def check(self, line: int, row: dict[str, str]) -> tuple[dict[str, Any] | None, list[Message]]:
        """(the row as it will be staged, []) or (None, every reason it is bad)."""
        reasons: list[Message] = []
        if not row.get("title", ""):
            reasons.append(msg("thiếu tiêu đề (title)"))
        if not row.get("topic", ""):
            reasons.append(msg("thiếu chủ đề (topic)"))
        status, trigger = self._codes(row, reasons)
        started = _timestamp(row, "started_at", reasons)
        ended = _timestamp(row, "ended_at", reasons)
        scheduled = _timestamp(row, "scheduled_at", reasons)
        _check_times_given(row, status, reasons)
        duration = _duration(row, status, started, ended, reasons)
        for moment, column in ((started, "started_at"), (ended, "ended_at"), (scheduled, "scheduled_at")):
            if moment and moment > self.now + FUTURE_SLACK:
                reasons.append(
                    msg("{label} ({moment}) ở tương lai", label=COLUMN_LABELS[column], moment=_stamp(moment))
                )
        if reasons or status is None:
            return None, reasons
        # A timestamp that parsed is already in the stored form: the text is kept as it is.
        times = {
            "started_at": row["started_at"] if started else None,
            "ended_at": row["ended_at"] if ended else None,
            "scheduled_at": row["scheduled_at"] if scheduled else None,
        }
        return self._accepted(line, row, status, trigger, times, duration)

    def _codes(self, row: dict[str, str], reasons: list[Message]) -> tuple[str | None, str | None]:
        """The row's status and trigger as codes (their Vietnamese labels are taken too)."""
        raw_status = row.get("status", "")
        status = self.word(_STATUS_NAMES, raw_status)
        if not raw_status:
            reasons.append(msg("thiếu trạng thái (status)"))
        elif status is None and word_key(raw_status) in _ON_AIR_NAMES:
            reasons.append(msg("lượt đang phát (on_air), chưa kết thúc: hãy xuất lại nhật ký khi đã phát xong"))
        elif status is None:
            reasons.append(
                msg(
                    "trạng thái “{raw_status}” không hợp lệ (dùng: {allowed})",
                    raw_status=raw_status,
                    allowed=", ".join(STATUS_WORDS),
                )
            )
        raw_trigger = row.get("trigger", "")
        trigger = self.word(_TRIGGER_NAMES, raw_trigger) if raw_trigger else None
        if raw_trigger and trigger is None:
            reasons.append(
                msg(
                    "kiểu phát “{raw_trigger}” không hợp lệ (dùng: {allowed})",
                    raw_trigger=raw_trigger,
                    allowed=", ".join(TRIGGER_WORDS),
                )
            )
        return status, trigger

    def _accepted(
        self,
        line: int,
        row: dict[str, str],
        status: str,
        trigger: str | None,
        times: dict[str, str | None],
        duration: float | None,
    ) -> tuple[dict[str, Any] | None, list[Message]]:
        """A good row as staged, unless the file already had the same airing."""
        title, topic_name = row["title"], self.topic_name(row["topic"])
        same = "\x1f".join(
            (status, times["started_at"] or "", times["scheduled_at"] or "", self.key(title), self.key(topic_name))
        )
        key = hashlib.blake2b(same.encode("utf-8"), digest_size=16).digest()
        if key in self.seen:
            return None, [msg("trùng hoàn toàn với dòng {line}", line=self.seen[key])]
        self.seen[key] = line
        return {
            "title": title,
            "topic": topic_name,
            "scheduled_at": times["scheduled_at"],
            "started_at": times["started_at"],
            "ended_at": times["ended_at"],
            "duration_s": duration if status in AIRED_STATUSES else 0.0,
            "planned_duration_s": None,
            "status": status,
            "trigger": trigger or (Trigger.SCHEDULED if times["scheduled_at"] else Trigger.MANUAL),
            "operator": row.get("operator", ""),
            "note": row.get("note", ""),
            "source": "imported",
            "segment_id": None,
            "schedule_item_id": None,
        }, []


def _check_times_given(row: dict[str, str], status: str | None, reasons: list[Message]) -> None:
    """An airing needs its start and end; a row not aired both or neither, and then its scheduled time."""
    has_start, has_end = bool(row.get("started_at")), bool(row.get("ended_at"))
    if status in AIRED_STATUSES:
        if not has_start:
            reasons.append(msg("thiếu giờ bắt đầu (started_at)"))
        if not has_end:
            reasons.append(msg("thiếu giờ kết thúc (ended_at)"))
    elif status in NOT_AIRED_STATUSES:
        if has_start != has_end:
            reasons.append(msg("cần cả giờ bắt đầu và giờ kết thúc, hoặc bỏ trống cả hai"))
        elif not has_start and not row.get("scheduled_at"):
            reasons.append(
                msg(
                    "lượt “{status}” bỏ trống giờ bắt đầu, kết thúc thì cần giờ dự kiến (scheduled_at)",
                    status=STATUS_LABELS[status],
                )
            )


def _duration(
    row: dict[str, str], status: str | None, started: datetime | None, ended: datetime | None, reasons: list[Message]
) -> float | None:
    """Seconds on air: end - start, or a duration_s column no longer than that."""
    duration: float | None = None
    if started and ended:
        if ended < started:
            reasons.append(
                msg(
                    "giờ kết thúc ({ended}) trước giờ bắt đầu ({started})", ended=_stamp(ended), started=_stamp(started)
                )
            )
        elif ended - started > MAX_AIRING:
            reasons.append(
                msg("lượt phát dài hơn 24 giờ ({started} đến {ended})", started=_stamp(started), ended=_stamp(ended))
            )
        else:
            duration = (ended - started).total_seconds()
    if not (row.get("duration_s") and status in AIRED_STATUSES):
        return duration
    try:
        given = float(row["duration_s"].replace(",", "."))
        if not 0 <= given < float("inf"):
            raise ValueError
    except ValueError:
        reasons.append(
            msg("thời lượng (duration_s) “{duration}” không phải số giây hợp lệ", duration=row["duration_s"])
        )
        return duration
    if duration is not None and given > duration + 1:
        reasons.append(msg("thời lượng {duration} giây dài hơn khoảng bắt đầu - kết thúc", duration=row["duration_s"]))
    return given if duration is not None else None


def _existing_id(db: Database, row: dict[str, Any]) -> int | None:
    """The id of an identical row already in the log (same status, time, title, topic), if any."""
    if row["started_at"]:
        found = db.conn.execute(
            "SELECT id FROM airings WHERE started_at = ? AND +status = ? AND title = ? AND topic = ? "
            "AND scheduled_at IS ? LIMIT 1",
            [row["started_at"], row["status"], row["title"], row["topic"], row["scheduled_at"]],
        ).fetchone()
    else:
        found = db.conn.execute(
            "SELECT id FROM airings WHERE scheduled_at = ? AND started_at IS NULL AND +status = ? "
            "AND title = ? AND topic = ? LIMIT 1",
            [row["scheduled_at"], row["status"], row["title"], row["topic"]],
        ).fetchone()
    return found[0] if found else None


# ---------------------------------------------------------------- the staging file

_STAGING_SCHEMA = f"""
    CREATE TABLE staged (
        line INTEGER PRIMARY KEY,        -- where the row starts in the file
        sort_key TEXT NOT NULL,          -- COALESCE(started_at, scheduled_at): the order of the append
        present INTEGER NOT NULL,        -- 1: the log already has this row, it is left out
        {", ".join(f"{name} {'REAL' if name == 'duration_s' else 'TEXT'}" for name in _STAGED)}
    );
    CREATE TABLE ordered (seq INTEGER PRIMARY KEY, line INTEGER NOT NULL);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_ORDERED_ROWS = f"SELECT {', '.join(_STAGED)} FROM ordered JOIN staged USING (line) WHERE seq > ? ORDER BY seq"
# The same rows as values in IMPORTED_COLUMNS order, as the log takes them (no dict per row).
_AS_IMPORTED = {
    "segment_id": "NULL",
    "schedule_item_id": "NULL",
    "planned_duration_s": "NULL",
    "corrects_id": "NULL",
    "source": "'imported'",
    "operator": "COALESCE(operator, '')",
    "note": "COALESCE(note, '')",
}
_ORDERED_VALUES = (
    f"SELECT {', '.join(_AS_IMPORTED.get(name, name) for name in IMPORTED_COLUMNS)} "
    "FROM ordered JOIN staged USING (line) WHERE seq > ? ORDER BY seq LIMIT ?"
)


def _staged_row(row: sqlite3.Row) -> dict[str, Any]:
    return {
        **{name: row[name] for name in _STAGED},
        "operator": row["operator"] or "",
        "note": row["note"] or "",
        "planned_duration_s": None,
        "source": "imported",
        "segment_id": None,
        "schedule_item_id": None,
    }


def _staging_folder(db: Database) -> Path:
    database = database_file(db)
    if database is not None:
        folder = StationPaths.for_database(database).data_dir / STAGING_FOLDER
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if os.access(folder, os.W_OK):
                return folder
        except OSError:
            pass
    return Path(tempfile.gettempdir())  # a read-only station: the preview still works, applying will not


def _remove_stale_staging(folder: Path, keep: set[str]) -> None:
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in folder.glob("*.staging.db*"):
            if entry.name.split(".staging.db")[0] + ".staging.db" in keep:
                continue
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime > STAGING_MAX_AGE_S:
                    entry.unlink()


def _batch_staging_names(db: Database) -> set[str]:
    try:
        rows = db.execute("SELECT staging_path FROM import_batches WHERE state = 'appending'").fetchall()
    except sqlite3.OperationalError:
        return set()
    return {Path(row[0]).name for row in rows}


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _fsync(path: Path) -> None:
    # Read-write: Windows flushes only a handle that may write (a read-only one fails with "access denied").
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class _Stager:
    """Checked rows into the staging file, a batch at a time; one private transaction for the lot."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        # Only a row inside the span of times the log already holds can be in it: an old paper log
        # imported into a station that started later needs no look-up at all.
        self.started_span = db.execute("SELECT min(started_at), max(started_at) FROM airings").fetchone()
        self.scheduled_span = db.execute(
            "SELECT min(scheduled_at), max(scheduled_at) FROM airings WHERE started_at IS NULL"
        ).fetchone()
        self.conn = sqlite3.connect(str(path), isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = OFF")  # private and thrown away if anything fails
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.executescript(_STAGING_SCHEMA)
        self.conn.execute("BEGIN")
        self.pending: list[tuple] = []
        self.present = 0
        self.count = 0

    def _may_be_present(self, row: dict[str, Any]) -> bool:
        low, high = self.started_span if row["started_at"] else self.scheduled_span
        moment = row["started_at"] or row["scheduled_at"]
        return low is not None and low <= moment <= high

    def add(self, line: int, row: dict[str, Any]) -> None:
        present = self._may_be_present(row) and _existing_id(self.db, row) is not None
        self.present += present
        self.count += 1
        sort_key = row["started_at"] or row["scheduled_at"]
        self.pending.append(
            (
                line,
                sort_key,
                int(present),
                row["title"],
                row["topic"],
                row["scheduled_at"],
                row["started_at"],
                row["ended_at"],
                row["duration_s"],
                row["status"],
                row["trigger"],
                row["operator"],
                row["note"],
            )
        )
        if len(self.pending) >= STAGE_BATCH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            marks = ", ".join("?" * (3 + len(_STAGED)))
            self.conn.executemany(f"INSERT INTO staged VALUES ({marks})", self.pending)
            self.pending = []

    def finish(self, meta: dict[str, Any]) -> int:
        """Order the rows to add, keep what the apply needs to know, make it durable; returns the count."""
        self.flush()
        self.conn.execute("CREATE INDEX staged_order ON staged (sort_key, line) WHERE present = 0")
        self.conn.execute(
            "INSERT INTO ordered (line) SELECT line FROM staged WHERE present = 0 ORDER BY sort_key, line"
        )
        self.conn.executemany("INSERT INTO meta VALUES (?, ?)", [(k, json.dumps(v)) for k, v in meta.items()])
        self.conn.execute("COMMIT")
        fresh = self.conn.execute("SELECT count(*) FROM ordered").fetchone()[0]
        self.conn.close()
        _fsync(self.path)
        return fresh

    def abandon(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        _remove(self.path)


def _topic_counts(staging: Path, new: set[str], rule: CountingRule) -> tuple[TopicCount, ...]:
    """What the staged rows will add to the log, by topic, under the counting rule the reports use: each
    row as the log will hold it (sealed, no planned length, so an interrupted one needs 60 s on air)."""
    conn = sqlite3.connect(f"{staging.as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            f"SELECT topic, {rule.kind_sql()} AS kind, count(*), total(duration_s) FROM "
            "(SELECT topic, status, duration_s, NULL AS planned_duration_s, 0 AS chain_index FROM staged "
            "WHERE present = 0) GROUP BY topic, kind ORDER BY topic"
        ).fetchall()
    finally:
        conn.close()
    kinds: dict[str, dict[str, tuple[int, float]]] = {}
    for topic, kind, count, seconds in rows:
        kinds.setdefault(topic, {})[kind] = (int(count), float(seconds))
    return tuple(_topic_count(topic, by_kind, topic in new) for topic, by_kind in kinds.items())


def _topic_count(topic: str, by_kind: dict[str, tuple[int, float]], new: bool) -> TopicCount:
    counted, seconds = by_kind.get("counted", (0, 0.0))
    cut_short, cut_seconds = by_kind.get("cut_short", (0, 0.0))
    not_aired = sum(by_kind.get(status, (0, 0.0))[0] for status in NOT_AIRED_STATUSES)
    return TopicCount(topic, counted, round(seconds, 3), not_aired, new, cut_short, round(cut_seconds, 3))


class _Rejected(Exception):
    """The whole file is refused (its encoding, structure or header), with the data rows read so far."""

    def __init__(self, error: RowError, total: int = 0) -> None:
        super().__init__(error.message)
        self.error = error
        self.total = total


def _structure_error(exc: csv.Error, total: int = 0) -> _Rejected:
    return _Rejected(RowError(0, (msg("Tệp CSV bị lỗi cấu trúc ({error})", error=str(exc)),)), total)


def _header(records: Iterator[tuple[int, list[str]]]) -> list[str]:
    """The file's column names, lower case; _Rejected when the header cannot serve."""
    try:
        header_record = next(records, None)
    except _EncodingError as exc:
        raise _Rejected(exc.error) from None
    except csv.Error as exc:
        raise _structure_error(exc) from None
    if header_record is None:
        raise _Rejected(RowError(0, (msg("Tệp trống"),)))
    columns = [column_code(_clean(name)) for name in header_record[1]]
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise _Rejected(
            RowError(
                1,
                (
                    msg(
                        "dòng tiêu đề thiếu cột: {missing} (cần: {required})",
                        missing=", ".join(f"{COLUMN_NAMES[name]} ({name})" for name in missing),
                        required=", ".join(COLUMN_NAMES[name] for name in REQUIRED_COLUMNS),
                    ),
                ),
            )
        )
    doubled = [name for name, count in Counter(columns).items() if count > 1 and name]
    if doubled:
        raise _Rejected(RowError(1, (msg("cột bị lặp: {doubled}", doubled=", ".join(doubled)),)))
    return columns


@dataclass
class _Checked:
    total: int = 0  # data rows read
    bad: int = 0
    errors: list[RowError] = field(default_factory=list)  # the first MAX_ERRORS_LISTED bad rows


def _check_rows(
    records: Iterator[tuple[int, list[str]]], columns: list[str], checker: _Checker, stager: _Stager
) -> _Checked:
    """Every data row checked; the good ones staged while no row was bad (after one, only reasons are kept)."""
    checked = _Checked()
    try:
        for line, fields in records:
            checked.total += 1
            if len(fields) > len(columns) and any(field.strip() for field in fields[len(columns) :]):
                reasons = [msg("có {count} cột, dòng tiêu đề chỉ có {header}", count=len(fields), header=len(columns))]
            else:
                row = dict(zip(columns, map(str.strip, fields), strict=False))  # NFC already
                result, reasons = checker.check(line, row)
                if not reasons and result is not None and not checked.errors:
                    stager.add(line, result)
            if reasons:
                checked.bad += 1
                if len(checked.errors) < MAX_ERRORS_LISTED:
                    checked.errors.append(RowError(line, tuple(reasons)))
    except _EncodingError as exc:
        raise _Rejected(exc.error, checked.total) from None
    except csv.Error as exc:
        raise _structure_error(exc, checked.total) from None
    if not checked.total:
        raise _Rejected(RowError(0, (msg("Tệp không có dòng dữ liệu nào"),)))
    return checked


def preview_import(db: Database, path: Path, *, now: datetime | None = None) -> ImportPreview:
    """Read and check `path` in one streamed pass without writing to the log. `now` (station local
    time) bounds 'the future'. The good rows wait in a staging file for `apply_import`."""
    path = Path(path)
    try:
        handle = open(path, "rb")  # closed below, whatever happens
    except OSError as exc:
        raise InputError(msg("Không đọc được tệp {path}: {reason}", path=path, reason=exc.strerror or exc)) from exc
    folder = _staging_folder(db)
    _remove_stale_staging(folder, _batch_staging_names(db))
    staging = folder / f"{int(time.time())}-{os.getpid()}-{os.urandom(4).hex()}.staging.db"
    stager: _Stager | None = None
    try:
        records = _file_records(path, handle)
        columns = _header(records)
        log_max_id = db.execute("SELECT max(id) FROM airings").fetchone()[0] or 0
        checker = _Checker(db, now or now_local())
        stager = _Stager(db, staging)
        checked = _check_rows(records, columns, checker, stager)
        if checked.errors:
            more = checked.bad - len(checked.errors)
            return ImportPreview(path, (), (), (), tuple(checked.errors), total_lines=checked.total, more_errors=more)
        new_topics = list(checker.new_topics.values())
        fresh = stager.finish({"file_name": path.name, "new_topics": new_topics, "log_max_id": log_max_id})
        present = stager.present
        stager = None
    except _Rejected as rejected:
        return ImportPreview(path, (), (), (), (rejected.error,), total_lines=rejected.total)
    finally:
        handle.close()
        if stager is not None:
            stager.abandon()
    if not fresh:
        _remove(staging)
        return ImportPreview(
            path, (), (), (), (), already_present=present, total_lines=checked.total, log_max_id=log_max_id
        )
    topics = _topic_counts(staging, set(new_topics), CountingRule.of(db))
    return _staged_preview(path, staging, fresh, topics, present, checked.total, log_max_id)


def _staged_preview(
    path: Path,
    staging: Path,
    fresh: int,
    topics: tuple[TopicCount, ...],
    present: int,
    total: int,
    log_max_id: int,
) -> ImportPreview:
    """The preview of rows waiting in `staging`; the file goes when the preview does, unless applied."""
    state = {"applied": False}

    def cleanup() -> None:
        if not state["applied"]:
            _remove(staging)

    preview = ImportPreview(
        path=path,
        rows=StagedRows(staging, fresh),
        lines=StagedRows(staging, fresh, lines=True),
        topics=topics,
        errors=(),
        already_present=present,
        total_lines=total,
        staging=staging,
        log_max_id=log_max_id,
        _cleanup=None,
    )
    finalizer = weakref.finalize(preview.rows, cleanup)  # the staging file goes with the preview's rows
    object.__setattr__(preview, "_cleanup", _Cleanup(state, finalizer))
    return preview


@dataclass
class _Cleanup:
    state: dict
    finalizer: Any

    def __call__(self) -> None:
        self.finalizer()

    def applied(self) -> None:
        self.state["applied"] = True  # from the commit point on, the staging file belongs to the batch


# ---------------------------------------------------------------- appending


def _changed_since_preview(db: Database, preview: ImportPreview) -> None:
    """Refuse the whole import if a row it would add reached the log since the preview."""
    newer = db.execute(
        "SELECT id, started_at, scheduled_at, status, title, topic FROM airings WHERE id > ? ORDER BY id",
        [preview.log_max_id],
    )
    assert preview.staging is not None  # a preview that adds rows has them staged
    conn = sqlite3.connect(f"{preview.staging.as_uri()}?mode=ro", uri=True)
    try:
        for airing_id, started_at, scheduled_at, status, title, topic in newer:
            sort_key = started_at or scheduled_at
            if sort_key is None:
                continue
            found = conn.execute(
                "SELECT line FROM staged WHERE present = 0 AND sort_key = ? AND status = ? AND title = ? "
                "AND topic = ? AND scheduled_at IS ? AND started_at IS ? LIMIT 1",
                [sort_key, status, title, topic, scheduled_at, started_at],
            ).fetchone()
            if found:
                raise ImportRejected(
                    msg(
                        "Không nhập dòng nào: dòng {line} đã có trong nhật ký (lượt số {airing_id}) từ sau lúc xem "
                        "trước. Hãy xem trước lại rồi nhập.",
                        line=found[0],
                        airing_id=airing_id,
                    )
                )
    finally:
        conn.close()


def apply_import(
    db: Database, preview: ImportPreview, *, progress: Callable[[int, int], None] | None = None
) -> list[int]:
    """Append a previewed import to the log (see the module docstring); returns the new airing ids in
    time order. `progress(done, total)` after each chunk."""
    if preview.errors:
        raise ImportRejected(preview.error_message())
    if not preview.rows or preview.staging is None:
        return []
    if not preview.staging.is_file():
        raise ImportRejected(
            msg("Bản xem trước của {name} không còn; hãy xem trước lại rồi nhập.", name=preview.path.name)
        )
    _changed_since_preview(db, preview)
    new_topics = tuple(preview.new_topics)
    with write_transaction(db):  # the commit point
        _create_topics(db, new_topics)
        batch_id = inserted_id(
            db.table("import_batches").insert(
                {
                    "file_name": preview.path.name,
                    "staging_path": str(preview.staging),
                    "rows_total": len(preview.rows),
                    "rows_done": 0,
                    "state": "appending",
                    "started_at": now_local().isoformat(" ", timespec="seconds"),
                }
            )
        )
    if isinstance(preview._cleanup, _Cleanup):
        preview._cleanup.applied()
    return append_batch(db, batch_id, progress=progress)


def append_batch(db: Database, batch_id: int, *, progress: Callable[[int, int], None] | None = None) -> list[int]:
    """Append a committed batch's remaining rows in short chunks; finishes a batch an earlier run left."""
    ids: list[int] = []
    for chunk_ids, done, total in append_steps(db, batch_id):
        ids.extend(chunk_ids)
        if progress is not None:
            progress(done, total)
    return ids


def append_steps(db: Database, batch_id: int) -> Iterator[tuple[list[int], int, int]]:
    """One chunk per step: (ids added, rows done, rows in the batch). The window can drive this from a
    timer so that its own connection never blocks; the CLI simply runs it to the end."""
    batch = db.execute("SELECT staging_path, rows_total, state FROM import_batches WHERE id = ?", [batch_id]).fetchone()
    if batch is None or batch[2] == "done":
        return
    staging, total = Path(batch[0]), batch[1]
    if not staging.is_file():
        raise ImportRejected(
            msg(
                "Không hoàn tất được lần nhập nhật ký số {batch_id}: tệp tạm {staging} đã mất. Nhật ký chỉ có phần "
                "đã thêm; hãy xem lệnh: truyenthanh check.",
                batch_id=batch_id,
                staging=staging,
            )
        )
    database = database_file(db)
    # Its own connection: the chunks' relaxed sync and deferred anchor must never apply to an airing the
    # playout writes meanwhile through the caller's connection (the window shares one with its engine).
    writer = second_writer(database) if database else db
    conn = sqlite3.connect(f"{staging.as_uri()}?mode=ro", uri=True)
    size = FIRST_CHUNK_ROWS
    longest, chunks = 0.0, 0
    # The chunks are not fsynced one by one: a power cut can only lose whole chunks with their progress,
    # which the roll-forward appends again. The last commit (FULL) makes them all durable, and only then
    # is the head anchored (anchors.anchored_at_end).
    saved_sync = writer.execute("PRAGMA synchronous").fetchone()[0]
    try:
        writer.execute("PRAGMA synchronous = NORMAL")
        with anchored_at_end(writer):
            while True:
                give_way(database)
                began = time.monotonic()
                with write_transaction(writer):
                    done = writer.execute("SELECT rows_done FROM import_batches WHERE id = ?", [batch_id]).fetchone()
                    if done[0] >= total:
                        break
                    rows = conn.execute(_ORDERED_VALUES, [done[0], size]).fetchall()
                    chunk_ids = append_finished_values(writer, rows)
                    writer.execute(
                        "UPDATE import_batches SET rows_done = ?, first_airing_id = COALESCE(first_airing_id, ?), "
                        "last_airing_id = ? WHERE id = ?",
                        [done[0] + len(rows), chunk_ids[0], chunk_ids[-1], batch_id],
                    )
                held = time.monotonic() - began
                longest = max(longest, held)
                chunks += 1
                # Aim every chunk at CHUNK_S of lock time, whatever the machine's speed; grow slowly, so one
                # chunk that happened to be quick never makes the next one hold the lock for long.
                size = max(50, min(MAX_CHUNK_ROWS, int(size * min(1.5, CHUNK_S / max(held, 1e-4)))))
                yield chunk_ids, done[0] + len(rows), total
                time.sleep(PAUSE_S)
            writer.execute(f"PRAGMA synchronous = {int(saved_sync)}")
            log.info(
                "import batch %s: %d chunks, the longest held the write lock %.1f ms", batch_id, chunks, longest * 1e3
            )
            with write_transaction(writer):
                writer.execute(
                    "UPDATE import_batches SET state = 'done', finished_at = ? WHERE id = ?",
                    [now_local().isoformat(" ", timespec="seconds"), batch_id],
                )
    finally:
        conn.close()
        if writer is db:
            db.execute(f"PRAGMA synchronous = {int(saved_sync)}")
        else:
            writer.close()
    _remove(staging)


@dataclass(frozen=True)
class PendingImport:
    batch_id: int
    file_name: str
    rows_done: int
    rows_total: int
    staging_missing: bool


def pending_imports(db: Database) -> list[PendingImport]:
    """Imports past their commit point but not finished (killed mid-way)."""
    try:
        rows = db.execute(
            "SELECT id, file_name, rows_done, rows_total, staging_path FROM import_batches "
            "WHERE state = 'appending' ORDER BY id"
        ).fetchall()
    except sqlite3.OperationalError:
        return []  # a database from before import batches
    return [PendingImport(r[0], r[1], r[2], r[3], not Path(r[4]).is_file()) for r in rows]


def describe_pending(pending: PendingImport) -> Message:
    return msg(
        "Lần nhập nhật ký từ {name} bị dừng giữa chừng: đã thêm {done}/{total} dòng.",
        name=pending.file_name,
        done=pending.rows_done,
        total=pending.rows_total,
    )


def resume_imports(db: Database) -> list[tuple[PendingImport, int]]:
    """Finish every import a killed run left half-way; returns each with the rows it added now."""
    finished = []
    for pending in pending_imports(db):
        if pending.staging_missing:
            continue
        added = append_batch(db, pending.batch_id)
        finished.append((pending, len(added)))
    return finished


def _create_topics(db: Database, names: tuple[str, ...]) -> None:
    used = {colour for (colour,) in db.execute("SELECT colour FROM topics")}
    palette = [colour for colour in NEW_TOPIC_COLOURS if colour not in used] or list(NEW_TOPIC_COLOURS)
    for index, name in enumerate(names):
        db.execute("INSERT OR IGNORE INTO topics (name, colour) VALUES (?, ?)", [name, palette[index % len(palette)]])


def import_log(db: Database, path: Path, *, now: datetime | None = None) -> tuple[ImportPreview, list[int]]:
    """Preview then apply; ImportRejected (naming the bad rows) when the file has any."""
    preview = preview_import(db, path, now=now)
    return preview, apply_import(db, preview)
