"""The station's broadcast-hour rules (quy định giờ phát): stored in settings, checked when scheduling,
overridden with a recorded reason.

The rules themselves and what breaks them are pure (schedules/policy.py); this module maps the `policy_`
settings to `BroadcastRules`, builds a day's sessions from the stored schedule, says which breaches a change
adds (`check_change`), and keeps the `policy_overrides` record. app/schedule_store.py calls it on every add
or change of a window or one-off item; app/playout.py asks `quiet_hours_override` before an item starts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlite_utils import Database

from app.errors import InputError
from app.messages import msg
from app.rows import inserted_id
from app.settings import StationSettings, read_settings
from app.station_time import format_timestamp, now_local
from schedules import OneOffItem, Priority, Window, occurrence_dates, occurrence_on
from schedules.policy import (
    QUIET_HOURS,
    Breach,
    BroadcastRules,
    Session,
    breaches,
    merge_sessions,
    new_breaches,
)

# A window that recurs is checked over this many days from when it starts applying.
CHECK_DAYS = 7
# Gap between airings of the log still counted as one session (the report's view of what went out).
LOG_SESSION_GAP = timedelta(minutes=2)
# A one-off whose segment has no length yet counts as this long, so its moment is still checked.
UNKNOWN_LENGTH_S = 0.0

MAX_REASON_CHARS = 500


class PolicyRefused(InputError):
    """A window or item breaks a rule; str() is one sentence per rule broken."""

    def __init__(self, found: Sequence[Breach]) -> None:
        self.breaches = tuple(found)
        super().__init__(refusal_text(found))


def refusal_text(found: Sequence[Breach]) -> str:
    """One sentence per rule broken, its first breach (a weekly window breaks it on every day alike)."""
    first: dict[str, str] = {}
    for b in found:
        first.setdefault(b.rule, b.message)
    return " ".join(first.values())


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    rules: BroadcastRules


PRESETS: tuple[Preset, ...] = (
    Preset("mac-dinh", "Mặc định: chỉ giờ nghỉ 21:30–05:30", BroadcastRules()),
    Preset(
        "ha-noi-noi-thanh",
        "Phường nội thành Hà Nội: 2 buổi/ngày, mỗi buổi 15 phút, Thứ Hai–Thứ Sáu",
        BroadcastRules(days=frozenset(range(1, 6)), max_session_minutes=15, max_sessions_per_day=2),
    ),
    Preset(
        "3-buoi-45-phut",
        "Tối đa 3 buổi/ngày, mỗi buổi 45 phút",
        BroadcastRules(max_session_minutes=45, max_sessions_per_day=3),
    ),
)


def preset(key: str) -> Preset:
    for p in PRESETS:
        if p.key == key:
            return p
    names = ", ".join(p.key for p in PRESETS)
    raise InputError(msg("Không có mẫu quy định “{key}” (chọn một trong: {names}).", key=key, names=names))


# --- settings <-> rules -----------------------------------------------------------------------------


def rules_from_settings(settings: StationSettings) -> BroadcastRules:
    """The rules as stored; a value typed in by hand that cannot be read means no such rule."""
    quiet_from = _clock_or_none(settings.policy_quiet_from)
    quiet_to = _clock_or_none(settings.policy_quiet_to)
    if quiet_from is None or quiet_to is None:
        quiet_from = quiet_to = None
    days = frozenset(int(c) for c in settings.policy_days if c in "1234567") or frozenset(range(1, 8))
    return BroadcastRules(
        quiet_from=quiet_from,
        quiet_to=quiet_to,
        days=days,
        max_session_minutes=_limit_or_none(settings.policy_max_session_minutes),
        max_sessions_per_day=_limit_or_none(settings.policy_max_sessions_per_day),
        max_minutes_per_day=_limit_or_none(settings.policy_max_minutes_per_day),
    )


def rules_to_settings(rules: BroadcastRules) -> dict[str, str]:
    """The `policy_` settings as the table keeps them."""
    quiet = rules.has_quiet_hours
    return {
        "policy_quiet_from": rules.quiet_from.strftime("%H:%M") if quiet and rules.quiet_from else "",
        "policy_quiet_to": rules.quiet_to.strftime("%H:%M") if quiet and rules.quiet_to else "",
        "policy_days": "".join(str(d) for d in sorted(rules.days)),
        "policy_max_session_minutes": str(rules.max_session_minutes or 0),
        "policy_max_sessions_per_day": str(rules.max_sessions_per_day or 0),
        "policy_max_minutes_per_day": str(rules.max_minutes_per_day or 0),
    }


def read_rules(db: Database) -> BroadcastRules:
    return rules_from_settings(read_settings(db))


def checked_limit(value: int | str | None, what: str) -> int | None:
    """A limit typed by the operator: a whole number from 0 (0: no limit)."""
    if value is None:
        return None
    text = str(value).strip()
    if not text.isdigit() or int(text) > 24 * 60:
        raise InputError(
            msg(
                "{what} phải là một số nguyên từ 0 đến 1440 (0 là không giới hạn), không phải “{text}”.",
                what=what,
                text=text,
            )
        )
    return int(text) or None


def _clock_or_none(text: str) -> time | None:
    try:
        return time.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


def _limit_or_none(value: int) -> int | None:
    return value if value > 0 else None


# --- sessions of the stored schedule ------------------------------------------------------------------


@dataclass(frozen=True)
class PlanState:
    """What the rule check needs of the schedule: windows, one-off items, segment lengths."""

    windows: tuple[Window, ...]
    one_offs: tuple[OneOffItem, ...]
    durations: Mapping[int, float]

    def sessions(self, day: date) -> list[Session]:
        spans = []
        for window in self.windows:
            occurrence = occurrence_on(window, day)
            if occurrence is not None:
                spans.append(Session(occurrence.start, occurrence.end, frozenset({f"window:{window.id}"})))
        for item in self.one_offs:
            if item.at.date() == day and item.priority is not Priority.EMERGENCY:
                length = self.durations.get(item.segment_id) or UNKNOWN_LENGTH_S
                spans.append(Session(item.at, item.at + timedelta(seconds=length), frozenset({f"item:{item.id}"})))
        return merge_sessions(spans)

    def breaches(self, day: date, rules: BroadcastRules) -> list[Breach]:
        return breaches(day, self.sessions(day), rules)


def segment_durations(db: Database) -> dict[int, float]:
    return {r[0]: r[1] for r in db.execute("SELECT id, duration_s FROM segments WHERE duration_s IS NOT NULL")}


def days_to_check(window: Window, today: date) -> list[date]:
    """The dates whose sessions a window can change: its next week of occurrences from today (or from the
    start of its campaign)."""
    first = max(today, window.date_from) if window.date_from else today
    if window.on_date is not None:
        return [window.on_date]
    return occurrence_dates(window, first, first + timedelta(days=CHECK_DAYS - 1))


def check_change(before: PlanState, after: PlanState, days: Iterable[date], rules: BroadcastRules) -> list[Breach]:
    """The breaches `after` has on `days` that `before` did not."""
    found: list[Breach] = []
    for day in sorted(set(days)):
        found += new_breaches(before.breaches(day, rules), after.breaches(day, rules))
    return found


# --- overrides -----------------------------------------------------------------------------------------


def checked_reason(reason: str | None) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise InputError(
            msg("Muốn lập lịch trái quy định giờ phát, hãy ghi lý do (ví dụ: theo chỉ đạo của UBND phường).")
        )
    if len(text) > MAX_REASON_CHARS:
        raise InputError(msg("Lý do dài quá {limit} ký tự.", limit=MAX_REASON_CHARS))
    return text


def record_override(
    db: Database,
    *,
    subject: str,
    subject_id: int,
    found: Sequence[Breach],
    reason: str,
    operator: str = "",
    at: datetime | None = None,
) -> int:
    """One row of `policy_overrides` (inside the caller's transaction); links it to its window or item."""
    override_id = inserted_id(
        db.table("policy_overrides").insert(
            {
                "created_at": format_timestamp(at or now_local()),
                "subject": subject,
                "subject_id": subject_id,
                "rules": ",".join(_unique(b.rule for b in found)),
                "message": refusal_text(found),
                "reason": reason,
                "operator": operator,
            }
        )
    )
    table = "windows" if subject == "window" else "schedule_items"
    db.execute(f"UPDATE {table} SET policy_override_id = ? WHERE id = ?", [override_id, subject_id])
    return override_id


@dataclass(frozen=True)
class OverrideRow:
    id: int
    created_at: str
    subject: str
    subject_id: int
    rules: tuple[str, ...]
    message: str
    reason: str
    operator: str


def list_overrides(db: Database) -> list[OverrideRow]:
    return [
        OverrideRow(r[0], r[1], r[2], r[3], tuple(x for x in r[4].split(",") if x), r[5], r[6], r[7])
        for r in db.execute(
            "SELECT id, created_at, subject, subject_id, rules, message, reason, operator FROM policy_overrides "
            "ORDER BY id"
        )
    ]


@dataclass(frozen=True)
class QuietOverrides:
    """Windows and items whose operator overrode the quiet hours: playout plays them."""

    window_ids: frozenset[int]
    item_ids: frozenset[int]

    def covers(self, item_id: int, window_id: int | None) -> bool:
        return item_id in self.item_ids or (window_id is not None and window_id in self.window_ids)


def quiet_hours_overrides(db: Database) -> QuietOverrides:
    def linked(table: str) -> frozenset[int]:
        return frozenset(
            r[0]
            for r in db.execute(
                f"SELECT t.id FROM {table} t JOIN policy_overrides o ON o.id = t.policy_override_id "
                "WHERE ',' || o.rules || ',' LIKE ?",
                [f"%,{QUIET_HOURS},%"],
            )
        )

    return QuietOverrides(linked("windows"), linked("schedule_items"))


def quiet_hours_note(rules: BroadcastRules) -> str:
    """The `skipped` note of an item playout did not play in quiet hours."""
    assert rules.quiet_from is not None and rules.quiet_to is not None
    return f"Không phát trong giờ nghỉ {rules.quiet_from:%H:%M}–{rules.quiet_to:%H:%M} theo quy định giờ phát của đài."


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
