"""Broadcast-hour rules (quy định giờ phát): the pure checks, no I/O.

A station may be told when it must stay silent (quiet hours, e.g. 21:30-05:30), on which days it may
broadcast, and how long and how often: at most N sessions (buổi phát) a day, each at most M minutes, at
most K minutes a day. Given the sessions of a day, `breaches` says which rule each one breaks, with one
Vietnamese sentence that names the rule.

A session is one stretch of broadcasting: a window occurrence (its whole nominal length, since that is
the time the station declares), a one-off item, or an airing in the log. Sessions that overlap or touch
are one session (two windows 06:00-06:15 and 06:15-06:30 are one half-hour session). Emergency items are
never counted: they are always allowed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from .checks import fmt_date, fmt_time
from .model import ALL_DAYS

QUIET_HOURS = "quiet_hours"
DAYS = "days"
SESSION_LENGTH = "session_length"
SESSIONS_PER_DAY = "sessions_per_day"
MINUTES_PER_DAY = "minutes_per_day"

RULE_CODES: tuple[str, ...] = (QUIET_HOURS, DAYS, SESSION_LENGTH, SESSIONS_PER_DAY, MINUTES_PER_DAY)

_WEEKDAY_NAMES = {1: "Thứ Hai", 2: "Thứ Ba", 3: "Thứ Tư", 4: "Thứ Năm", 5: "Thứ Sáu", 6: "Thứ Bảy", 7: "Chủ nhật"}
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class BroadcastRules:
    """The station's rules. None (or every day) means no such rule."""

    quiet_from: time | None = time(21, 30)
    quiet_to: time | None = time(5, 30)
    days: frozenset[int] = ALL_DAYS  # ISO weekdays on which broadcasting is allowed
    max_session_minutes: int | None = None
    max_sessions_per_day: int | None = None
    max_minutes_per_day: int | None = None

    @property
    def has_quiet_hours(self) -> bool:
        return self.quiet_from is not None and self.quiet_to is not None and self.quiet_from != self.quiet_to

    def quiet_periods(self, day: date) -> list[tuple[datetime, datetime]]:
        """The quiet periods with any time on `day` or the evening before it, as [start, end) intervals."""
        if not self.has_quiet_hours:
            return []
        assert self.quiet_from is not None and self.quiet_to is not None
        out = []
        for start_day in (day - _ONE_DAY, day, day + _ONE_DAY):
            start = datetime.combine(start_day, self.quiet_from)
            end = datetime.combine(
                start_day + (_ONE_DAY if self.quiet_to < self.quiet_from else timedelta()), self.quiet_to
            )
            out.append((start, end))
        return out

    def in_quiet_hours(self, moment: datetime) -> bool:
        return any(start <= moment < end for start, end in self.quiet_periods(moment.date()))

    def touches_quiet_hours(self, start: datetime, end: datetime) -> bool:
        """True when [start, end) has any time in quiet hours (a zero-length span: its moment)."""
        if end <= start:
            return self.in_quiet_hours(start)
        return any(q_start < end and start < q_end for q_start, q_end in self.quiet_periods(start.date()))

    def describe(self) -> list[str]:
        """Each rule in one Vietnamese line, for `policy show` and the report."""
        lines = []
        if self.has_quiet_hours:
            assert self.quiet_from is not None and self.quiet_to is not None
            lines.append(f"Giờ nghỉ (không phát): {fmt_time(self.quiet_from)}–{fmt_time(self.quiet_to)}")
        else:
            lines.append("Giờ nghỉ (không phát): không quy định")
        if self.days == ALL_DAYS:
            lines.append("Ngày được phát: mọi ngày trong tuần")
        else:
            lines.append("Ngày được phát: " + ", ".join(_WEEKDAY_NAMES[d] for d in sorted(self.days)))
        lines.append(f"Mỗi buổi phát tối đa: {_limit(self.max_session_minutes, 'phút')}")
        lines.append(f"Số buổi phát mỗi ngày tối đa: {_limit(self.max_sessions_per_day, 'buổi')}")
        lines.append(f"Tổng thời lượng mỗi ngày tối đa: {_limit(self.max_minutes_per_day, 'phút')}")
        return lines


NO_RULES = BroadcastRules(quiet_from=None, quiet_to=None)


def _limit(value: int | None, unit: str) -> str:
    return "không giới hạn" if value is None else f"{value} {unit}"


@dataclass(frozen=True)
class Session:
    """One stretch of broadcasting, [start, end). `sources` names what it is made of (ids, for the caller)."""

    start: datetime
    end: datetime
    sources: frozenset[str] = field(default_factory=frozenset)

    @property
    def minutes(self) -> float:
        return (self.end - self.start).total_seconds() / 60


@dataclass(frozen=True)
class Breach:
    """A rule broken on `day`. `message` is one Vietnamese sentence naming the rule."""

    rule: str
    day: date
    message: str
    sources: frozenset[str] = frozenset()


def merge_sessions(spans: Iterable[Session], *, gap: timedelta = timedelta()) -> list[Session]:
    """Spans that overlap or are at most `gap` apart become one session, by start time."""
    merged: list[Session] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start <= merged[-1].end + gap:
            last = merged[-1]
            merged[-1] = Session(last.start, max(last.end, span.end), last.sources | span.sources)
        else:
            merged.append(span)
    return merged


def breaches(day: date, sessions: Sequence[Session], rules: BroadcastRules) -> list[Breach]:
    """Which rules the sessions starting on `day` break (sessions are already merged)."""
    todays = [s for s in sessions if s.start.date() == day]
    found: list[Breach] = []
    for s in todays:
        if rules.touches_quiet_hours(s.start, s.end):
            assert rules.quiet_from is not None and rules.quiet_to is not None
            found.append(
                Breach(
                    QUIET_HOURS,
                    day,
                    f"Vi phạm quy định giờ nghỉ {fmt_time(rules.quiet_from)}–{fmt_time(rules.quiet_to)}: "
                    f"buổi phát {_span(s)} ngày {fmt_date(day)} rơi vào giờ không được phát.",
                    s.sources,
                )
            )
    if todays and day.isoweekday() not in rules.days:
        allowed = ", ".join(_WEEKDAY_NAMES[d] for d in sorted(rules.days)) or "không ngày nào"
        found.append(
            Breach(
                DAYS,
                day,
                f"Vi phạm quy định ngày được phát ({allowed}): {_WEEKDAY_NAMES[day.isoweekday()]} "
                f"{fmt_date(day)} không được phát.",
                frozenset().union(*(s.sources for s in todays)),
            )
        )
    if rules.max_session_minutes is not None:
        for s in todays:
            if s.minutes > rules.max_session_minutes + 1e-9:
                found.append(
                    Breach(
                        SESSION_LENGTH,
                        day,
                        f"Vi phạm quy định mỗi buổi phát tối đa {rules.max_session_minutes} phút: buổi phát "
                        f"{_span(s)} ngày {fmt_date(day)} dài {_minutes(s.minutes)} phút.",
                        s.sources,
                    )
                )
    if rules.max_sessions_per_day is not None and len(todays) > rules.max_sessions_per_day:
        found.append(
            Breach(
                SESSIONS_PER_DAY,
                day,
                f"Vi phạm quy định tối đa {rules.max_sessions_per_day} buổi phát mỗi ngày: ngày {fmt_date(day)} "
                f"có {len(todays)} buổi phát.",
                frozenset().union(*(s.sources for s in todays)),
            )
        )
    total = sum(s.minutes for s in todays)
    if rules.max_minutes_per_day is not None and total > rules.max_minutes_per_day + 1e-9:
        found.append(
            Breach(
                MINUTES_PER_DAY,
                day,
                f"Vi phạm quy định tổng thời lượng tối đa {rules.max_minutes_per_day} phút mỗi ngày: ngày "
                f"{fmt_date(day)} có {_minutes(total)} phút phát.",
                frozenset().union(*(s.sources for s in todays)),
            )
        )
    return found


def new_breaches(before: Sequence[Breach], after: Sequence[Breach]) -> list[Breach]:
    """The breaches a change adds: those in `after` with no breach of the same rule and day in `before`
    (a day that already broke a rule, e.g. by an override, does not refuse an unrelated change), plus
    those of a rule and day already broken that now name a new source."""
    old: dict[tuple[str, date], frozenset[str]] = {}
    for b in before:
        old[(b.rule, b.day)] = old.get((b.rule, b.day), frozenset()) | b.sources
    out = []
    for b in after:
        previous = old.get((b.rule, b.day))
        if previous is None or not b.sources <= previous:
            out.append(b)
    return out


def _span(s: Session) -> str:
    if s.start.second or s.end.second:
        return f"{s.start:%H:%M:%S}–{s.end:%H:%M:%S}"
    return f"{fmt_time(s.start)}–{fmt_time(s.end)}"


def _minutes(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")
