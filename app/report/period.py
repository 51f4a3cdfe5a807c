"""Report periods: dates `start` to `end`, both included, and the periods an operator picks by name
(this month, last quarter, the same period a year before, the months before a directive...)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.dates import parse_day
from app.errors import InputError
from app.formatting import VIETNAMESE
from app.messages import msg

QUICK_PERIODS = ("today", "week", "month", "last_month", "quarter", "last_quarter", "year")
BASELINES = ("previous", "last_year", "before_directive")
DIRECTIVE_BASELINE_MONTHS = 3


@dataclass(frozen=True)
class Period:
    """Dates `start` to `end`, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if isinstance(value, datetime):
                object.__setattr__(self, name, value.date())
            elif not isinstance(value, date):
                raise InputError(msg("Ngày không hợp lệ: “{value}”", value=value))
        if self.start > self.end:
            raise InputError(
                msg(
                    "Ngày bắt đầu {start} ở sau ngày kết thúc {end}",
                    start=VIETNAMESE.date(self.start),
                    end=VIETNAMESE.date(self.end),
                )
            )

    @classmethod
    def parse(cls, start: str, end: str) -> Period:
        return cls(parse_day(start), parse_day(end))

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day)

    @classmethod
    def week(cls, day: date) -> Period:
        """The ISO week (Monday to Sunday) holding `day`."""
        monday = day - timedelta(days=day.weekday())
        return cls(monday, monday + timedelta(days=6))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        following = date(year + (month == 12), month % 12 + 1, 1)
        return cls(date(year, month, 1), following - timedelta(days=1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if quarter not in (1, 2, 3, 4):
            raise InputError(msg("Quý không hợp lệ: {quarter}", quarter=quarter))
        first_month = 3 * quarter - 2
        return cls(Period.month(year, first_month).start, Period.month(year, first_month + 2).end)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        """'01/04/2025 - 30/06/2025', or one date for a one-day period."""
        if self.start == self.end:
            return VIETNAMESE.date(self.start)
        return f"{VIETNAMESE.date(self.start)} - {VIETNAMESE.date(self.end)}"

    def preceding(self) -> Period:
        """The period of the same length just before this one (a default baseline)."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def a_year_before(self) -> Period:
        """The same dates a year earlier (29 February becomes the 28th)."""
        return Period(add_months(self.start, -12), add_months(self.end, -12))

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def sql_bounds(self) -> tuple[str, str]:
        """[low, high) for comparing 'YYYY-MM-DD HH:MM:SS' text: the start date, the day after the end."""
        return self.start.isoformat(), (self.end + timedelta(days=1)).isoformat()

    def iso_weeks(self) -> list[tuple[date, date]]:
        """The ISO weeks touching the period, each clipped to it: (first day, last day)."""
        return iso_weeks(self.start, self.end)


def iso_weeks(start: date, end: date) -> list[tuple[date, date]]:
    """The ISO weeks touching [start, end], each clipped to it: (first day, last day)."""
    weeks = []
    monday = start - timedelta(days=start.weekday())
    while monday <= end:
        weeks.append((max(monday, start), min(monday + timedelta(days=6), end)))
        monday += timedelta(days=7)
    return weeks


def days_so_far(period: Period, today: date) -> int:
    """The days a period's averages are taken over, as seen on `today`: all of them once it is over, the days
    from its start to today (today included: its airings are counted) while it runs, none before it begins.
    So "Tháng này" on the 2nd averages over 2 days, not 31. The one rule for every per-day figure."""
    if today >= period.end:
        return period.days
    if today < period.start:
        return 0
    return (today - period.start).days + 1


def per_day(amount: float, days: int) -> float | None:
    """`amount` a day over `days` (days_so_far); None when no day has begun: a future period has no average."""
    return amount / days if days else None


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), kept inside a shorter month: 31/03 - 1 month = 28/02."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last = Period.month(year, month + 1).end.day
    return date(year, month + 1, min(day.day, last))


def months_before(day: date, months: int = DIRECTIVE_BASELINE_MONTHS) -> Period:
    """The `months` months just before `day` (e.g. before a directive), `day` itself excluded."""
    return Period(add_months(day, -months), day - timedelta(days=1))


def quick_period(key: str, today: date) -> Period:
    """A period by name (QUICK_PERIODS) as seen on `today`: this month, last quarter..."""
    quarter = (today.month - 1) // 3 + 1
    if key == "today":
        return Period.day(today)
    if key == "week":
        return Period.week(today)
    if key == "month":
        return Period.month(today.year, today.month)
    if key == "last_month":
        first = add_months(today.replace(day=1), -1)
        return Period.month(first.year, first.month)
    if key == "quarter":
        return Period.quarter(today.year, quarter)
    if key == "last_quarter":
        return Period.quarter(today.year - (quarter == 1), 4 if quarter == 1 else quarter - 1)
    if key == "year":
        return Period.year(today.year)
    raise KeyError(key)


def baseline_period(key: str, period: Period | None, directive_day: date | None = None) -> Period | None:
    """A baseline by name (BASELINES) for `period`: the one just before it, the same dates a year before,
    or the months before the directive's date; None when what it needs is missing."""
    if key == "previous" and period is not None:
        return period.preceding()
    if key == "last_year" and period is not None:
        return period.a_year_before()
    if key == "before_directive" and directive_day is not None:
        return months_before(directive_day)
    return None
