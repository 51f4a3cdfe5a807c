"""Value types of the broadcast schedule (lịch phát).

All times are naive and in station local time (Asia/Ho_Chi_Minh has no daylight saving, so naive
arithmetic is exact). The app layer maps database rows (`windows`, `schedule_items`) to these types.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum


class Priority(StrEnum):
    """Priority levels of Circular 39/2020/TT-BTTTT for grassroots radio."""

    ORDINARY = "ordinary"
    PRIORITY = "priority"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        """Tie-break order: lower goes first (emergency, priority, ordinary)."""
        return _RANKS[self]


_RANKS = {Priority.EMERGENCY: 0, Priority.PRIORITY: 1, Priority.ORDINARY: 2}

ALL_DAYS: frozenset[int] = frozenset(range(1, 8))


@dataclass(frozen=True)
class SegmentInfo:
    """What the planner needs to know about a playable segment (tiết mục)."""

    id: int
    title: str
    topic: str
    duration_s: float | None
    has_audio: bool


@dataclass(frozen=True)
class Window:
    """A broadcast window (khung giờ phát).

    `end < start` means the window runs past midnight into the next day; `end == start` is invalid.
    Recurrence is judged on the date the window starts.
    """

    id: int
    name: str
    start: time
    end: time
    days: frozenset[int]  # ISO weekdays, 1 = Monday .. 7 = Sunday
    date_from: date | None = None
    date_to: date | None = None
    on_date: date | None = None
    active: bool = True

    def __post_init__(self) -> None:
        # Callers often hand over a set or a list; a frozenset keeps the dataclass hashable.
        if not isinstance(self.days, frozenset):
            object.__setattr__(self, "days", frozenset(int(d) for d in self.days))

    def occurs_on(self, d: date) -> bool:
        """True when an occurrence of this window starts on `d`.

        A single-date window (`on_date` set) occurs on that date only, whatever `days` and the range say.
        Otherwise the ISO weekday must be in `days` and `d` within `date_from..date_to` (inclusive,
        either end open).
        """
        if not self.active:
            return False
        if self.on_date is not None:
            return d == self.on_date
        if d.isoweekday() not in self.days:
            return False
        if self.date_from is not None and d < self.date_from:
            return False
        if self.date_to is not None and d > self.date_to:
            return False
        return True

    @property
    def is_valid(self) -> bool:
        return self.start != self.end

    @property
    def crosses_midnight(self) -> bool:
        return self.end < self.start

    @property
    def length(self) -> timedelta:
        """Nominal length; zero for an invalid window, under 24 hours otherwise."""
        delta = _micros_of(self.end) - _micros_of(self.start)
        return timedelta(microseconds=delta % _DAY_MICROS)


@dataclass(frozen=True)
class WindowItem:
    """An item placed in a window at `position` (lower plays first)."""

    id: int
    window_id: int
    position: int
    segment_id: int
    priority: Priority

    def __post_init__(self) -> None:
        object.__setattr__(self, "priority", Priority(self.priority))


@dataclass(frozen=True)
class OneOffItem:
    """An item to air once at an exact date and time (mục phát riêng)."""

    id: int
    at: datetime
    segment_id: int
    priority: Priority

    def __post_init__(self) -> None:
        object.__setattr__(self, "priority", Priority(self.priority))


@dataclass(frozen=True)
class PlannedItem:
    """One line of a day plan (danh sách phát trong ngày)."""

    item_id: int
    segment_id: int
    title: str
    topic: str
    planned_start: datetime
    planned_duration_s: float
    priority: Priority
    window_id: int | None
    window_end: datetime | None
    hard_start: bool  # True for the first item of a window occurrence and for one-offs

    @property
    def planned_end(self) -> datetime:
        return self.planned_start + timedelta(seconds=self.planned_duration_s)

    @property
    def is_one_off(self) -> bool:
        return self.window_id is None


@dataclass(frozen=True)
class Warning:  # shadows the builtin inside this module only; the name is the agreed API
    """A problem found while planning. `message` is one line of Vietnamese for the operator."""

    code: str
    message: str
    item_id: int | None = None
    window_id: int | None = None
    date: date | None = None
    # The second window of a `window_overlap`.
    other_window_id: int | None = None
    # Every item concerned, e.g. the items of a `window_overrun` that would not start before the end.
    item_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class DayPlan:
    date: date
    items: tuple[PlannedItem, ...]
    warnings: tuple[Warning, ...]

    def warnings_with(self, code: str) -> tuple[Warning, ...]:
        return tuple(w for w in self.warnings if w.code == code)


_DAY_MICROS = 86_400_000_000


def _micros_of(t: time) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond
