"""Importing airtime logs from CSV (`truyenthanh log import`), all or nothing.

For stations that kept paper or Excel logs before the software, and for a town office gathering
wards' logs. The file is the `log export` format: columns started_at, ended_at, title, topic,
status (required), trigger, scheduled_at, operator, note (optional; a duration_s column is honoured
when present, other columns are ignored). Times are `YYYY-MM-DD HH:MM:SS`, station local time.
Encoding UTF-8 with or without BOM; comma separated (a semicolon file from a Vietnamese Excel is
recognised by its header).

Two steps, so the app can show what will be added before anything is written:
- `preview_import(db, path) -> ImportPreview`: reads and checks every row, writes nothing;
- `apply_import(db, preview) -> list[int]`: adds the rows in one transaction through
  `app.airlog.append_finished_rows` (so they join the hash chain), marked source='imported';
  topics the station does not know are created first, in the same transaction.

One bad row (end before start, unknown status, unreadable date, ...) or a wrong encoding and nothing
is imported: `ImportPreview.errors` holds every bad row with its line number and reasons, and
`apply_import` raises ImportRejected naming them all. A row identical to one already in the log
(same status, time, title and topic) is not an error: it is left out and counted in
`ImportPreview.already_present`, so importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.airlog import (
    COUNTED_STATUSES,
    FINISHED_STATUSES,
    NOT_AIRED_STATUSES,
    STATUS_LABELS,
    TRIGGER_LABELS,
    TRIGGERS,
    append_finished_rows,
    write_transaction,
)
from app.errors import ImportRejected, InputError
from app.report import format_minutes
from app.station_time import TIMESTAMP_FORMAT, now_local
from app.targets import topic_key

REQUIRED_COLUMNS = ("started_at", "ended_at", "title", "topic", "status")
OPTIONAL_COLUMNS = ("trigger", "scheduled_at", "operator", "note", "duration_s")
COLUMN_LABELS = {
    "started_at": "giờ bắt đầu",
    "ended_at": "giờ kết thúc",
    "scheduled_at": "giờ dự kiến",
    "title": "tiêu đề",
    "topic": "chủ đề",
    "status": "trạng thái",
    "trigger": "kiểu phát",
    "duration_s": "thời lượng",
}
MAX_AIRING = timedelta(hours=24)
# A few seconds of clock difference between the exporting machine and this one is not "the future".
FUTURE_SLACK = timedelta(minutes=5)
NEW_TOPIC_COLOURS = ("#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939", "#843c39")

_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
# Codes as exported, or the Vietnamese labels an Excel log may carry ("Đã phát xong", "Bị lỡ", ...).
_STATUS_NAMES = {**{s: s for s in FINISHED_STATUSES}, **{topic_key(STATUS_LABELS[s]): s for s in FINISHED_STATUSES}}
_TRIGGER_NAMES = {**{t: t for t in TRIGGERS}, **{topic_key(label): t for t, label in TRIGGER_LABELS.items()}}


@dataclass(frozen=True)
class RowError:
    """A bad row: its line in the file (the header is line 1) and every reason. line 0 = the whole file."""

    line: int
    reasons: tuple[str, ...]

    @property
    def message(self) -> str:
        text = "; ".join(self.reasons)
        return f"Dòng {self.line}: {text}" if self.line else text[:1].upper() + text[1:]


@dataclass(frozen=True)
class TopicCount:
    topic: str
    airings: int  # counted (completed, interrupted)
    seconds: float
    not_aired: int  # missed, failed, skipped
    new: bool  # the station does not have this topic yet: it will be created


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    rows: tuple[dict[str, Any], ...]  # what apply_import adds, in time order
    lines: tuple[int, ...]  # each row's line in the file
    topics: tuple[TopicCount, ...]
    errors: tuple[RowError, ...]
    already_present: int = 0  # rows left out because the log has them already
    total_lines: int = 0  # data rows read (blank lines excluded)

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

    def error_message(self) -> str:
        """One line naming every bad row, for the CLI and ImportRejected."""
        bad = sum(1 for error in self.errors if error.line)
        head = f"Không nhập dòng nào từ {self.path.name}"
        head += f": {bad} dòng lỗi" if bad else ""
        return f"{head}. " + " | ".join(error.message for error in self.errors)

    def summary(self) -> str:
        text = (
            f"{len(self.rows)} dòng sẽ được thêm: {self.airings} lượt phát "
            f"({format_minutes(self.seconds)} phút), {self.not_aired} lượt không phát"
        )
        if self.already_present:
            text += f"; {self.already_present} dòng đã có trong nhật ký, bỏ qua"
        if self.new_topics:
            text += f"; chủ đề mới: {', '.join(self.new_topics)}"
        return text


# ---------------------------------------------------------------- reading the file


def _decode(data: bytes) -> tuple[str | None, RowError | None]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, RowError(
            0,
            (
                "tệp dùng mã UTF-16 (kiểu 'Unicode Text' của Excel), không phải UTF-8. "
                "Hãy lưu lại tệp với kiểu 'CSV UTF-8 (Comma delimited)' rồi nhập lại",
            ),
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, RowError(
            0,
            (
                f"tệp không phải mã UTF-8 (byte lạ ở dòng {line}; có thể là Windows-1258, "
                "TCVN3 hay VNI). Hãy mở tệp bằng Excel và lưu lại với kiểu "
                "'CSV UTF-8 (Comma delimited)' rồi nhập lại",
            ),
        )


def _records(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (first line, fields) of each non-blank record. Multi-line quoted fields keep the
    number of the line they start on."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] = []
    records: list[tuple[int, list[str]]] = []
    previous_end = 0
    for fields in reader:
        start = previous_end + 1
        previous_end = reader.line_num
        if not header:
            if any(field.strip() for field in fields):
                header = fields
            continue
        if any(field.strip() for field in fields):
            records.append((start, fields))
    return header, records


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _timestamp(row: dict[str, str], column: str, reasons: list[str]) -> datetime | None:
    value = row.get(column, "")
    if not value:
        return None
    if _TIMESTAMP.match(value):
        try:
            return datetime.strptime(value, TIMESTAMP_FORMAT)
        except ValueError:
            pass
    reasons.append(f"{COLUMN_LABELS[column]} ({column}) '{value}' không đọc được, cần dạng YYYY-MM-DD HH:MM:SS")
    return None


def _stamp(moment: datetime | None) -> str | None:
    return moment.strftime(TIMESTAMP_FORMAT) if moment else None


class _Checker:
    """Checks one row at a time; collects the rows to add and every reason a row is bad."""

    def __init__(self, db: Database, now: datetime) -> None:
        self.db = db
        self.now = now
        self.topics: dict[str, str] = {topic_key(name): name for (name,) in db.execute("SELECT name FROM topics")}
        self.new_topics: dict[str, str] = {}
        self.seen: dict[tuple, int] = {}

    def topic_name(self, raw: str) -> str:
        key = topic_key(raw)
        if key in self.topics:
            return self.topics[key]
        return self.new_topics.setdefault(key, " ".join(raw.split()))

    def check(self, line: int, row: dict[str, str]) -> tuple[dict[str, Any] | None, list[str]]:
        reasons: list[str] = []
        title = row.get("title", "")
        topic = row.get("topic", "")
        if not title:
            reasons.append("thiếu tiêu đề (title)")
        if not topic:
            reasons.append("thiếu chủ đề (topic)")

        raw_status = row.get("status", "")
        status = _STATUS_NAMES.get(topic_key(raw_status))
        if not raw_status:
            reasons.append("thiếu trạng thái (status)")
        elif topic_key(raw_status) in ("on_air", topic_key(STATUS_LABELS["on_air"])):
            reasons.append("lượt đang phát (on_air), chưa kết thúc: hãy xuất lại nhật ký khi đã phát xong")
        elif status is None:
            reasons.append(f"trạng thái '{raw_status}' không hợp lệ (dùng: {', '.join(FINISHED_STATUSES)})")
        raw_trigger = row.get("trigger", "")
        trigger = _TRIGGER_NAMES.get(topic_key(raw_trigger)) if raw_trigger else None
        if raw_trigger and trigger is None:
            reasons.append(f"kiểu phát '{raw_trigger}' không hợp lệ (dùng: {', '.join(TRIGGERS)})")

        started = _timestamp(row, "started_at", reasons)
        ended = _timestamp(row, "ended_at", reasons)
        scheduled = _timestamp(row, "scheduled_at", reasons)
        has_start, has_end = bool(row.get("started_at")), bool(row.get("ended_at"))

        duration: float | None = None
        if status in COUNTED_STATUSES:
            if not has_start:
                reasons.append("thiếu giờ bắt đầu (started_at)")
            if not has_end:
                reasons.append("thiếu giờ kết thúc (ended_at)")
        elif status in NOT_AIRED_STATUSES:
            if has_start != has_end:
                reasons.append("cần cả giờ bắt đầu và giờ kết thúc, hoặc bỏ trống cả hai")
            elif not has_start and not row.get("scheduled_at"):
                reasons.append(
                    f"lượt '{STATUS_LABELS[status]}' bỏ trống giờ bắt đầu, kết thúc thì cần giờ dự kiến (scheduled_at)"
                )
        if started and ended:
            if ended < started:
                reasons.append(f"giờ kết thúc ({_stamp(ended)}) trước giờ bắt đầu ({_stamp(started)})")
            elif ended - started > MAX_AIRING:
                reasons.append(f"lượt phát dài hơn 24 giờ ({_stamp(started)} đến {_stamp(ended)})")
            else:
                duration = (ended - started).total_seconds()
        if row.get("duration_s") and status in COUNTED_STATUSES:
            text = row["duration_s"].replace(",", ".")
            try:
                given = float(text)
                if not 0 <= given < float("inf"):
                    raise ValueError
            except ValueError:
                reasons.append(f"thời lượng (duration_s) '{row['duration_s']}' không phải số giây hợp lệ")
            else:
                if duration is not None and given > duration + 1:
                    reasons.append(f"thời lượng {row['duration_s']} giây dài hơn khoảng bắt đầu - kết thúc")
                duration = given if duration is not None else None
        for moment, column in ((started, "started_at"), (ended, "ended_at"), (scheduled, "scheduled_at")):
            if moment and moment > self.now + FUTURE_SLACK:
                reasons.append(f"{COLUMN_LABELS[column]} ({_stamp(moment)}) ở tương lai")

        if reasons or status is None:
            return None, reasons
        topic_name = self.topic_name(topic)
        key = (status, _stamp(started), _stamp(scheduled), topic_key(title), topic_key(topic_name))
        if key in self.seen:
            return None, [f"trùng hoàn toàn với dòng {self.seen[key]}"]
        self.seen[key] = line
        return {
            "title": title,
            "topic": topic_name,
            "scheduled_at": _stamp(scheduled),
            "started_at": _stamp(started),
            "ended_at": _stamp(ended),
            "duration_s": duration if status in COUNTED_STATUSES else 0.0,
            "planned_duration_s": None,
            "status": status,
            "trigger": trigger or ("scheduled" if scheduled else "manual"),
            "operator": row.get("operator", ""),
            "note": row.get("note", ""),
            "source": "imported",
            "segment_id": None,
            "schedule_item_id": None,
        }, []


def _existing_id(db: Database, row: dict[str, Any]) -> int | None:
    """The id of an identical row already in the log (same status, time, title, topic), if any."""
    if row["started_at"]:
        found = db.execute(
            "SELECT id FROM airings WHERE started_at = ? AND +status = ? AND title = ? AND topic = ? "
            "AND scheduled_at IS ? LIMIT 1",
            [row["started_at"], row["status"], row["title"], row["topic"], row["scheduled_at"]],
        ).fetchone()
    else:
        found = db.execute(
            "SELECT id FROM airings WHERE scheduled_at = ? AND started_at IS NULL AND +status = ? "
            "AND title = ? AND topic = ? LIMIT 1",
            [row["scheduled_at"], row["status"], row["title"], row["topic"]],
        ).fetchone()
    return found[0] if found else None


def preview_import(db: Database, path: Path, *, now: datetime | None = None) -> ImportPreview:
    """Read and check `path` without writing anything. `now` (station local time) bounds 'the future'."""
    path = Path(path)
    now = now or now_local()

    def rejected(error: RowError, total: int = 0) -> ImportPreview:
        return ImportPreview(path, (), (), (), (error,), total_lines=total)

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Không đọc được tệp {path}: {exc.strerror or exc}") from exc
    text, encoding_error = _decode(data)
    if encoding_error is not None:
        return rejected(encoding_error)
    try:
        header, records = _records(text)
    except csv.Error as exc:
        return rejected(RowError(0, (f"tệp CSV bị lỗi cấu trúc ({exc})",)))
    columns = [_clean(name).lower() for name in header]
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if not header:
        return rejected(RowError(0, ("tệp trống",)))
    if missing:
        return rejected(
            RowError(1, (f"dòng tiêu đề thiếu cột: {', '.join(missing)} (cần: {', '.join(REQUIRED_COLUMNS)})",))
        )
    doubled = [name for name, count in Counter(columns).items() if count > 1 and name]
    if doubled:
        return rejected(RowError(1, (f"cột bị lặp: {', '.join(doubled)}",)))
    if not records:
        return rejected(RowError(0, ("tệp không có dòng dữ liệu nào",)))

    checker = _Checker(db, now)
    errors: list[RowError] = []
    accepted: list[tuple[int, dict[str, Any]]] = []
    for line, fields in records:
        if len(fields) > len(columns) and any(field.strip() for field in fields[len(columns) :]):
            errors.append(RowError(line, (f"có {len(fields)} cột, dòng tiêu đề chỉ có {len(columns)}",)))
            continue
        row = {name: _clean(value) for name, value in zip(columns, fields, strict=False)}
        result, reasons = checker.check(line, row)
        if reasons:
            errors.append(RowError(line, tuple(reasons)))
        elif result is not None:
            accepted.append((line, result))
    if errors:
        return ImportPreview(path, (), (), (), tuple(errors), total_lines=len(records))

    fresh = [(line, row) for line, row in accepted if _existing_id(db, row) is None]
    fresh.sort(key=lambda item: (item[1]["started_at"] or item[1]["scheduled_at"], item[0]))
    return ImportPreview(
        path=path,
        rows=tuple(row for _, row in fresh),
        lines=tuple(line for line, _ in fresh),
        topics=_topic_counts([row for _, row in fresh], set(checker.new_topics.values())),
        errors=(),
        already_present=len(accepted) - len(fresh),
        total_lines=len(records),
    )


def _topic_counts(rows: list[dict[str, Any]], new: set[str]) -> tuple[TopicCount, ...]:
    counts: dict[str, list[Any]] = {}
    for row in rows:
        entry = counts.setdefault(row["topic"], [0, 0.0, 0])
        if row["status"] in COUNTED_STATUSES:
            entry[0] += 1
            entry[1] += row["duration_s"]
        else:
            entry[2] += 1
    return tuple(TopicCount(name, a, round(s, 3), n, name in new) for name, (a, s, n) in sorted(counts.items()))


def apply_import(db: Database, preview: ImportPreview) -> list[int]:
    """Add a previewed import in one transaction; returns the new airing ids (time order)."""
    if preview.errors:
        raise ImportRejected(preview.error_message())
    if not preview.rows:
        return []
    with write_transaction(db):
        for line, row in zip(preview.lines, preview.rows, strict=True):
            existing = _existing_id(db, row)
            if existing is not None:
                raise ImportRejected(
                    f"Không nhập dòng nào: dòng {line} đã có trong nhật ký (lượt số {existing}) "
                    "từ sau lúc xem trước. Hãy xem trước lại rồi nhập."
                )
        _create_topics(db, preview.new_topics)
        return append_finished_rows(db, [dict(row) for row in preview.rows])


def _create_topics(db: Database, names: tuple[str, ...]) -> None:
    used = {colour for (colour,) in db.execute("SELECT colour FROM topics")}
    palette = [colour for colour in NEW_TOPIC_COLOURS if colour not in used] or list(NEW_TOPIC_COLOURS)
    for index, name in enumerate(names):
        db.execute("INSERT OR IGNORE INTO topics (name, colour) VALUES (?, ?)", [name, palette[index % len(palette)]])


def import_log(db: Database, path: Path, *, now: datetime | None = None) -> tuple[ImportPreview, list[int]]:
    """Preview then apply; ImportRejected (naming every bad row) when the file has any."""
    preview = preview_import(db, path, now=now)
    return preview, apply_import(db, preview)


# ---------------------------------------------------------------- `truyenthanh log import`


def register_import(log_subparsers: argparse._SubParsersAction) -> None:
    """Add `import` under the `log` command (app/commands/log.py calls this with its subparsers)."""
    parser = log_subparsers.add_parser(
        "import",
        help="nhập nhật ký phát sóng từ tệp CSV (tất cả hoặc không dòng nào)",
        description="Nhập nhật ký từ tệp CSV theo mẫu của 'log export' (cột started_at, ended_at, title, topic, "
        "status bắt buộc; trigger, scheduled_at, operator, note tùy chọn; giờ dạng "
        "YYYY-MM-DD HH:MM:SS; mã UTF-8). Chỉ một dòng lỗi là không nhập dòng nào. "
        "Dòng đã có trong nhật ký được bỏ qua.",
    )
    parser.add_argument("file", metavar="TỆP.csv", type=Path, help="tệp CSV cần nhập")
    parser.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và cho biết sẽ thêm gì, không ghi")
    parser.set_defaults(handler=handle_import)


def handle_import(ctx, args: argparse.Namespace) -> int:
    db = ctx.station.db
    preview = preview_import(db, args.file)
    if preview.errors:
        raise ImportRejected(preview.error_message())
    if args.dry_run:
        print(f"Xem trước {args.file.name}: {preview.summary()}. Chưa ghi gì.")
        _print_topics(preview)
        return 0
    ids = apply_import(db, preview)
    print(f"Đã nhập {len(ids)} dòng từ {args.file.name}: {preview.summary()}.")
    _print_topics(preview)
    return 0


def _print_topics(preview: ImportPreview) -> None:
    for count in preview.topics:
        mark = " (chủ đề mới)" if count.new else ""
        print(
            f"  {count.topic}{mark}: {count.airings} lượt phát, {format_minutes(count.seconds)} phút, "
            f"{count.not_aired} lượt không phát"
        )
