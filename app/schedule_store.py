"""The broadcast schedule (lịch phát) in the database: windows, their ordered items, one-off items.

Rows of `windows` and `schedule_items` map to the pure types of `schedules/`; day plans are built by
`schedules.build_day_plan` from what is stored here. Positions inside a window are kept 1, 2, 3, ... with
no gaps: every change renumbers the window, so what the operator sees as "vị trí 3" is stored as 3.

Segment audio paths are stored relative to the station's data folder (see app/segments.py); the
functions that need the files take that folder as `data_dir`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path

from sqlite_utils import Database

import schedules
from app import approval, policy
from app.database import write_transaction
from app.errors import InputError, NotFound
from app.messages import msg
from app.rows import inserted_id
from app.segments import get_segment, segment_audio
from app.settings import read_settings
from app.station_time import format_timestamp, now_local, parse_timestamp
from schedules import DayPlan, OneOffItem, Priority, SegmentInfo, Window, WindowItem

MAX_WINDOW_NAME_CHARS = 120
PRIORITY_CHOICES = tuple(p.value for p in Priority)

_CLOCK = re.compile(r"^\s*(\d{1,2})[:hH](\d{2})(?::(\d{2}))?\s*$")


# --- parsing what the operator typed --------------------------------------------------------------


def parse_clock(text: str) -> time:
    """`06:00`, `6:00`, `06:00:30` or `6h00` to a time of day."""
    match = _CLOCK.match(text or "")
    if match:
        hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second)
    raise InputError(msg("Giờ không hợp lệ: “{text}” (cần dạng GG:PP hoặc GG:PP:SS, ví dụ 06:30).", text=text))


def parse_days(text: str) -> frozenset[int]:
    """ISO weekdays as digits, 1 = Monday (Thứ Hai) .. 7 = Sunday (Chủ nhật): `1234567`, `135`, `1,3,5`."""
    digits = [c for c in (text or "") if not c.isspace() and c != ","]
    if not digits or any(c not in "1234567" for c in digits):
        raise InputError(
            msg(
                "Ngày trong tuần không hợp lệ: “{text}” (dùng các chữ số 1-7, 1 là Thứ Hai, 7 là Chủ nhật; ví dụ "
                "12345).",
                text=text,
            )
        )
    return frozenset(int(c) for c in digits)


def parse_moment(text: str) -> datetime:
    try:
        return parse_timestamp(text)
    except (ValueError, AttributeError):
        raise InputError(
            msg(
                "Thời điểm không hợp lệ: “{text}” (cần dạng NNNN-TT-NN GG:PP:SS, ví dụ 2025-03-15 06:30:00).", text=text
            )
        ) from None


def parse_priority(value: str | Priority) -> Priority:
    try:
        return Priority(value)
    except ValueError:
        raise InputError(
            msg(
                "Mức ưu tiên không hợp lệ: “{value}” (chọn ordinary = thông thường, priority = ưu tiên, emergency = "
                "khẩn cấp).",
                value=value,
            )
        ) from None


def days_text(days: Iterable[int]) -> str:
    """`1234567` as stored; app.labels.days_label says it for people."""
    return "".join(str(d) for d in sorted(set(days)))


def _clock_text(moment: time) -> str:
    return moment.strftime("%H:%M:%S")


def _day_text(day: date | None) -> str | None:
    return day.isoformat() if day else None


# --- windows ------------------------------------------------------------------------------------


def _window_from_row(row: dict) -> Window:
    return Window(
        id=row["id"],
        name=row["name"],
        start=time.fromisoformat(row["start_time"]),
        end=time.fromisoformat(row["end_time"]),
        days=frozenset(int(c) for c in row["days"] if c in "1234567"),
        date_from=date.fromisoformat(row["date_from"]) if row["date_from"] else None,
        date_to=date.fromisoformat(row["date_to"]) if row["date_to"] else None,
        on_date=date.fromisoformat(row["on_date"]) if row["on_date"] else None,
        active=bool(row["active"]),
    )


def _checked_window(window: Window) -> Window:
    name = " ".join(window.name.split())
    if not name:
        raise InputError(msg("Khung giờ cần có tên (ví dụ: Bản tin sáng)."))
    if len(name) > MAX_WINDOW_NAME_CHARS:
        raise InputError(msg("Tên khung giờ dài quá {most} ký tự.", most=MAX_WINDOW_NAME_CHARS))
    problems = schedules.window_problems(window)
    if problems:
        raise InputError(problems[0].message)
    return Window(
        window.id,
        name,
        window.start,
        window.end,
        window.days,
        window.date_from,
        window.date_to,
        window.on_date,
        window.active,
    )


def _window_row(window: Window) -> dict:
    return {
        "name": window.name,
        "start_time": _clock_text(window.start),
        "end_time": _clock_text(window.end),
        "days": days_text(window.days),
        "date_from": _day_text(window.date_from),
        "date_to": _day_text(window.date_to),
        "on_date": _day_text(window.on_date),
        "active": int(window.active),
    }


def add_window(
    db: Database,
    *,
    name: str,
    start: time,
    end: time,
    days: Iterable[int] = schedules.ALL_DAYS,
    date_from: date | None = None,
    date_to: date | None = None,
    on_date: date | None = None,
    active: bool = True,
    override: PolicyOverride | None = None,
    created_at: datetime | None = None,
) -> int:
    """A new broadcast window; returns its id. `end < start` runs past midnight. A window that breaks a
    broadcast-hour rule is refused (policy.PolicyRefused) unless `override` gives the reason. `created_at`
    (the station's clock by default) is when it was made: the week view shows it from that day on."""
    window = _checked_window(Window(0, name, start, end, frozenset(days), date_from, date_to, on_date, active))
    with write_transaction(db):
        state = _plan_state(db)
        after = replace(state, windows=(*state.windows, window))
        found = _policy_check(db, state, after, policy.days_to_check(window, _today(db)), override)
        made = {"created_at": format_timestamp(created_at or read_settings(db).now())}  # updates keep it
        window_id = inserted_id(db.table("windows").insert({**_window_row(window), **made}))
        _record(db, "window", window_id, found, override)
        return window_id


def get_window(db: Database, window_id: int) -> Window:
    row = db.execute("SELECT * FROM windows WHERE id = ?", [window_id]).fetchone()
    if row is None:
        raise NotFound(msg("Không có khung giờ số {window_id}.", window_id=window_id))
    return _window_from_row(dict(zip(_columns(db, "windows"), row, strict=True)))


def list_windows(db: Database, *, include_inactive: bool = True) -> list[Window]:
    """Windows by start time, then id."""
    rows = [_window_from_row(row) for row in db["windows"].rows_where(order_by="start_time, id")]
    return [w for w in rows if include_inactive or w.active]


def window_created_dates(db: Database) -> dict[int, date]:
    """The date each window was made (m012), by id; windows older than that record are absent (not known)."""
    rows = db.execute("SELECT id, created_at FROM windows WHERE created_at IS NOT NULL").fetchall()
    return {window_id: parse_timestamp(stamp).date() for window_id, stamp in rows}


def update_window(db: Database, window_id: int, *, override: PolicyOverride | None = None, **changes: object) -> Window:
    """Change any of name, start, end, days, date_from, date_to, on_date, active; returns the new window.
    Checked against the broadcast-hour rules as a new window is."""
    current = get_window(db, window_id)
    allowed = {"name", "start", "end", "days", "date_from", "date_to", "on_date", "active"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"unknown window fields: {sorted(unknown)}")
    values = {field: getattr(current, field) for field in allowed} | changes
    window = _checked_window(Window(id=window_id, **values))
    with write_transaction(db):
        state = _plan_state(db)
        after = replace(state, windows=tuple(window if w.id == window_id else w for w in state.windows))
        found = _policy_check(db, state, after, policy.days_to_check(window, _today(db)), override)
        db.table("windows").update(window_id, _window_row(window))
        _record(db, "window", window_id, found, override)
    return window


def delete_window(db: Database, window_id: int) -> None:
    """Deletes the window and its items (the airtime log keeps its own copy of what aired)."""
    get_window(db, window_id)
    with write_transaction(db):
        db.execute("DELETE FROM schedule_items WHERE window_id = ?", [window_id])
        db.execute("DELETE FROM windows WHERE id = ?", [window_id])


# --- items --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemRow:
    """A schedule item as stored, with what the editor shows beside it."""

    id: int
    window_id: int | None
    position: int
    segment_id: int
    at: datetime | None
    priority: Priority
    created_at: datetime
    segment_title: str | None  # None when the segment no longer exists
    duration_s: float | None

    @property
    def is_one_off(self) -> bool:
        return self.window_id is None


def _item_row(db: Database, item_id: int) -> dict:
    row = db.execute("SELECT * FROM schedule_items WHERE id = ?", [item_id]).fetchone()
    if row is None:
        raise NotFound(msg("Không có mục lịch phát số {item_id}.", item_id=item_id))
    return dict(zip(_columns(db, "schedule_items"), row, strict=True))


def _window_item_ids(db: Database, window_id: int) -> list[int]:
    return [
        r[0] for r in db.execute("SELECT id FROM schedule_items WHERE window_id = ? ORDER BY position, id", [window_id])
    ]


def _renumber(db: Database, ordered_ids: list[int]) -> None:
    for position, item_id in enumerate(ordered_ids, start=1):
        db.execute("UPDATE schedule_items SET position = ? WHERE id = ?", [position, item_id])


def add_window_item(
    db: Database,
    window_id: int,
    segment_id: int,
    *,
    position: int | None = None,
    priority: Priority | str = Priority.ORDINARY,
    created_at: datetime | None = None,
) -> int:
    """Puts a segment in a window at `position` (1 = first; None or past the end = last); returns the item id."""
    get_window(db, window_id)
    get_segment(db, segment_id)
    level = parse_priority(priority)
    _check_approval(db, segment_id, level)
    if position is not None and position < 1:
        raise InputError(msg("Vị trí phải từ 1 trở lên (đã nhập {position}).", position=position))
    with write_transaction(db):
        ordered = _window_item_ids(db, window_id)
        item_id = inserted_id(
            db.table("schedule_items").insert(
                {
                    "window_id": window_id,
                    "position": len(ordered) + 1,
                    "segment_id": segment_id,
                    "at": None,
                    "priority": level.value,
                    "created_at": format_timestamp(created_at or now_local()),
                }
            )
        )
        index = len(ordered) if position is None else min(position - 1, len(ordered))
        ordered.insert(index, item_id)
        _renumber(db, ordered)
    return item_id


def move_window_item(db: Database, item_id: int, position: int) -> None:
    """Moves a window item to `position` (1 = first), shifting the others."""
    row = _item_row(db, item_id)
    if row["window_id"] is None:
        raise InputError(msg("Mục số {item_id} là mục phát riêng, không thuộc khung giờ nào.", item_id=item_id))
    if position < 1:
        raise InputError(msg("Vị trí phải từ 1 trở lên (đã nhập {position}).", position=position))
    with write_transaction(db):
        ordered = [i for i in _window_item_ids(db, row["window_id"]) if i != item_id]
        ordered.insert(min(position - 1, len(ordered)), item_id)
        _renumber(db, ordered)


def reorder_window_items(db: Database, window_id: int, item_ids: list[int]) -> None:
    """Sets the whole order of a window at once (after a drag and drop): `item_ids` first to last."""
    current = _window_item_ids(db, window_id)
    if sorted(current) != sorted(item_ids) or len(set(item_ids)) != len(item_ids):
        raise InputError(msg("Danh sách sắp xếp không khớp với các mục hiện có của khung giờ; hãy tải lại lịch."))
    with write_transaction(db):
        _renumber(db, list(item_ids))


def add_one_off(
    db: Database,
    segment_id: int,
    at: datetime,
    *,
    priority: Priority | str = Priority.ORDINARY,
    now: datetime | None = None,
    override: PolicyOverride | None = None,
) -> int:
    """An item to air once at `at` (station time, whole seconds); returns its id. Refuses a time already past,
    and (but for an emergency) one that breaks a broadcast-hour rule unless `override` gives the reason."""
    get_segment(db, segment_id)
    level = parse_priority(priority)
    _check_approval(db, segment_id, level)
    at = at.replace(microsecond=0)
    now = now or now_local()
    if at < now.replace(microsecond=0):
        raise InputError(msg("Thời điểm {at} đã qua; hãy chọn một thời điểm sau bây giờ.", at=format_timestamp(at)))
    with write_transaction(db):
        state = _plan_state(db)
        after = replace(state, one_offs=(*state.one_offs, OneOffItem(0, at, segment_id, level)))
        found = _policy_check(db, state, after, [at.date()], override)
        item_id = inserted_id(
            db.table("schedule_items").insert(
                {
                    "window_id": None,
                    "position": 0,
                    "segment_id": segment_id,
                    "at": format_timestamp(at),
                    "priority": level.value,
                    "created_at": format_timestamp(now),
                }
            )
        )
        _record(db, "item", item_id, found, override)
        return item_id


def reschedule_one_off(db: Database, item_id: int, at: datetime, *, override: PolicyOverride | None = None) -> None:
    """Moves a one-off item to `at`, checked against the broadcast-hour rules as a new one is."""
    row = _item_row(db, item_id)
    if row["window_id"] is not None:
        raise InputError(msg("Mục số {item_id} thuộc một khung giờ; hãy đổi vị trí thay vì đổi giờ.", item_id=item_id))
    at = at.replace(microsecond=0)
    with write_transaction(db):
        state = _plan_state(db)
        moved = tuple(replace(i, at=at) if i.id == item_id else i for i in state.one_offs)
        found = _policy_check(db, state, replace(state, one_offs=moved), [at.date()], override)
        db.execute("UPDATE schedule_items SET at = ? WHERE id = ?", [format_timestamp(at), item_id])
        _record(db, "item", item_id, found, override)


def set_item_priority(db: Database, item_id: int, priority: Priority | str) -> None:
    level = parse_priority(priority)
    _check_approval(db, _item_row(db, item_id)["segment_id"], level)
    with write_transaction(db):
        db.execute("UPDATE schedule_items SET priority = ? WHERE id = ?", [level.value, item_id])


def delete_item(db: Database, item_id: int) -> None:
    row = _item_row(db, item_id)
    with write_transaction(db):
        db.execute("DELETE FROM schedule_items WHERE id = ?", [item_id])
        if row["window_id"] is not None:
            _renumber(db, _window_item_ids(db, row["window_id"]))


def list_items(db: Database, *, window_id: int | None = None, one_offs: bool = False) -> list[ItemRow]:
    """A window's items in play order, or (one_offs=True) every one-off item by time."""
    if one_offs:
        where, params, order = "i.window_id IS NULL", [], "i.at, i.id"
    elif window_id is not None:
        where, params, order = "i.window_id = ?", [window_id], "i.position, i.id"
    else:
        raise ValueError("give window_id or one_offs=True")
    rows = db.execute(
        f"""SELECT i.id, i.window_id, i.position, i.segment_id, i.at, i.priority, i.created_at, s.title, s.duration_s
            FROM schedule_items i LEFT JOIN segments s ON s.id = i.segment_id
            WHERE {where} ORDER BY {order}""",
        params,
    ).fetchall()
    return [
        ItemRow(
            r[0],
            r[1],
            r[2],
            r[3],
            parse_timestamp(r[4]) if r[4] else None,
            Priority(r[5]),
            parse_timestamp(r[6]),
            r[7],
            r[8],
        )
        for r in rows
    ]


def window_item_counts(db: Database) -> dict[int, int]:
    """How many items each window holds (windows with none are absent)."""
    rows = db.execute(
        "SELECT window_id, count(*) FROM schedule_items WHERE window_id IS NOT NULL GROUP BY window_id"
    ).fetchall()
    return dict(rows)


def item_window_id(db: Database, item_id: int) -> int | None:
    """The window an item is in; None for a one-off item. NotFound when there is no such item."""
    return _item_row(db, item_id)["window_id"]


def window_items(db: Database) -> list[WindowItem]:
    return [
        WindowItem(r[0], r[1], r[2], r[3], Priority(r[4]))
        for r in db.execute(
            "SELECT id, window_id, position, segment_id, priority FROM schedule_items WHERE window_id IS NOT NULL"
        )
    ]


def one_off_items(db: Database) -> list[OneOffItem]:
    return [
        OneOffItem(r[0], parse_timestamp(r[1]), r[2], Priority(r[3]))
        for r in db.execute("SELECT id, at, segment_id, priority FROM schedule_items WHERE window_id IS NULL")
    ]


def item_created_at(db: Database) -> dict[int, datetime]:
    return {r[0]: parse_timestamp(r[1]) for r in db.execute("SELECT id, created_at FROM schedule_items")}


# --- broadcast-hour rules -----------------------------------------------------------------------


@dataclass(frozen=True)
class PolicyOverride:
    """The operator's go-ahead for a change that breaks a broadcast-hour rule: recorded with the change."""

    reason: str
    operator: str = ""


def _check_approval(db: Database, segment_id: int, level: Priority) -> None:
    """An emergency airs whatever its bulletin's state (the engine notes it); anything else needs approval
    when the station requires it."""
    if level is not Priority.EMERGENCY:
        approval.check_segment(db, segment_id)


def _plan_state(db: Database) -> policy.PlanState:
    return policy.PlanState(tuple(list_windows(db)), tuple(one_off_items(db)), policy.segment_durations(db))


def _today(db: Database) -> date:
    return read_settings(db).now().date()


def _policy_check(
    db: Database,
    before: policy.PlanState,
    after: policy.PlanState,
    days: Iterable[date],
    override: PolicyOverride | None,
) -> list[policy.Breach]:
    """The rules the change breaks; refused unless overridden (the reason is checked before anything is
    written)."""
    found = policy.check_change(before, after, days, policy.read_rules(db))
    if found and override is None:
        raise policy.PolicyRefused(found)
    if found and override is not None:
        policy.checked_reason(override.reason)
    return found


def _record(
    db: Database, subject: str, subject_id: int, found: list[policy.Breach], override: PolicyOverride | None
) -> None:
    if found and override is not None:
        policy.record_override(
            db,
            subject=subject,
            subject_id=subject_id,
            found=found,
            reason=policy.checked_reason(override.reason),
            operator=override.operator,
            at=read_settings(db).now(),
        )


# --- segments as the planner sees them --------------------------------------------------------


def segment_infos(db: Database, data_dir: Path) -> dict[int, SegmentInfo]:
    return {seg_id: audio.info for seg_id, audio in segment_audio(db, data_dir).items()}


# --- plans --------------------------------------------------------------------------------------


def load_schedule(db: Database, data_dir: Path) -> schedules.Schedule:
    """The whole schedule read once, ready to expand into the plans of any dates."""
    return schedules.Schedule(list_windows(db), window_items(db), one_off_items(db), segment_infos(db, data_dir))


def day_plan(db: Database, day: date, data_dir: Path) -> DayPlan:
    """The rundown (danh sách phát) of `day` with its warnings."""
    return load_schedule(db, data_dir).day_plan(day)


def week_plans(db: Database, start: date, data_dir: Path, days: int = 7) -> list[DayPlan]:
    schedule = load_schedule(db, data_dir)
    return [schedule.day_plan(date.fromordinal(start.toordinal() + i)) for i in range(days)]


def _columns(db: Database, table: str) -> list[str]:
    return [c[0] for c in db.execute(f"SELECT * FROM {table} LIMIT 0").description]
