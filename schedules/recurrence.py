"""When windows happen: occurrences as concrete datetime intervals.

Rule for midnight: an occurrence belongs to the date it starts on (that is the date `occurs_on`,
`days`, the campaign range and `on_date` are checked against). A window with `end < start` runs
from its start on that date to its end on the next date. Items of an occurrence that start after
midnight belong to the day plan of the date they start on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .model import Window

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Occurrence:
    """One concrete airing period of a window: [start, end)."""

    window: Window
    date: date  # the date it starts on
    start: datetime
    end: datetime

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    def overlaps(self, other: Occurrence) -> bool:
        # Half-open: 06:00-06:30 and 06:30-07:00 only touch.
        return self.start < other.end and other.start < self.end


def occurrence_on(window: Window, day: date) -> Occurrence | None:
    """The occurrence of a valid window starting on `day`, or None."""
    if not window.is_valid or not window.occurs_on(day):
        return None
    start = datetime.combine(day, window.start)
    return Occurrence(window, day, start, _add(start, window.length))


def occurrences_on(day: date, windows: Iterable[Window]) -> list[Occurrence]:
    """Occurrences starting on `day`, by start time then window id."""
    found = [o for w in windows if (o := occurrence_on(w, day)) is not None]
    return sorted(found, key=lambda o: (o.start, o.window.id))


def occurrences_touching(day: date, windows: Iterable[Window]) -> list[Occurrence]:
    """Occurrences with any time on `day`: those starting on it plus those of the previous day
    that run past midnight. A window is shorter than a day, so two days back can never reach."""
    windows = list(windows)
    found = occurrences_on(day, windows)
    previous = _day_before(day)
    if previous is not None:
        midnight = datetime.combine(day, datetime.min.time())
        spill = [o for o in occurrences_on(previous, windows) if o.end > midnight]
        found = spill + found
    return found


def occurrence_dates(window: Window, first: date, last: date) -> list[date]:
    """Dates in `first..last` (inclusive) on which an occurrence of `window` starts."""
    if not window.is_valid or not window.active or first > last:
        return []
    if window.on_date is not None:
        return [window.on_date] if first <= window.on_date <= last else []
    lo = max(first, window.date_from) if window.date_from else first
    hi = min(last, window.date_to) if window.date_to else last
    out: list[date] = []
    d = lo
    while d <= hi:
        if d.isoweekday() in window.days:
            out.append(d)
        if d == date.max:
            break
        d += ONE_DAY
    return out


def next_occurrence(window: Window, after: datetime, horizon_days: int = 366) -> Occurrence | None:
    """The first occurrence that has not ended by `after` (the one on air counts), looking at most
    `horizon_days` ahead; None if there is none."""
    day = _day_before(after.date()) or after.date()
    for _ in range(horizon_days + 2):
        occ = occurrence_on(window, day)
        if occ is not None and occ.end > after:
            return occ
        if day == date.max:
            return None
        day += ONE_DAY
    return None


def _day_before(day: date) -> date | None:
    return None if day == date.min else day - ONE_DAY


def _add(moment: datetime, delta: timedelta) -> datetime:
    try:
        return moment + delta
    except OverflowError:
        return datetime.max
