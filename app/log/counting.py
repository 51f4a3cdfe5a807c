"""The one counting rule of the airtime log (docs/design.md, "Counting rules").

Every row falls in one kind:
- counted: completed, or interrupted after at least `share` of its planned length went out (a row with
  no planned length, e.g. an imported one: at least 60 seconds on air); it adds one airing and its
  seconds actually on air;
- cut_short (ngắt sớm): interrupted before that; listed apart with its seconds, added to nothing;
- missed, failed, skipped: planned but not aired; listed apart, added to nothing;
- on_air: playing now (not yet sealed into the chain);
- unsealed: finished but outside the chain (written outside the software): never counted.

Dating: an airing belongs to the date it started (station local time, as stored); a row that never
started (missed, failed, skipped) belongs to the date it was scheduled for, even when a failed row
carries the moment it failed in started_at; a row with neither date uses the one it has.

The report (app.report), the Nhật ký totals (app.log.listing), targets and the dashboard (through the
report) all count with the SQL and functions below, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from app.errors import InputError
from app.formatting import VIETNAMESE
from app.log.statuses import NOT_AIRED_STATUSES, sql_list
from app.messages import msg

SHARE_SETTING = "count_interrupted_min_percent"
DEFAULT_SHARE_PERCENT = 50
MIN_SHARE_PERCENT = 10
MAX_SHARE_PERCENT = 100
NO_PLAN_MIN_SECONDS = 60.0
# Durations are stored to the millisecond: "at least half" must not fail on 0.1 + 0.2 style rounding.
TOLERANCE_S = 0.0005

KINDS = ("counted", "cut_short", *NOT_AIRED_STATUSES, "on_air", "unsealed")  # their labels: app.labels

_NOT_AIRED_SQL = sql_list(NOT_AIRED_STATUSES)
# The moment a row is dated by (its date is the first 10 characters).
MOMENT_SQL = (
    f"(CASE WHEN status IN {_NOT_AIRED_SQL} THEN coalesce(scheduled_at, started_at) "
    "ELSE coalesce(started_at, scheduled_at) END)"
)
DAY_SQL = f"substr({MOMENT_SQL}, 1, 10)"


def parse_share(text: object) -> float:
    """The setting's value in percent (10 to 100); InputError in Vietnamese otherwise."""
    cleaned = str(text).strip().replace(",", ".").removesuffix("%").strip()
    try:
        value = float(cleaned)
    except ValueError:
        value = float("nan")
    if not MIN_SHARE_PERCENT <= value <= MAX_SHARE_PERCENT:
        raise InputError(
            msg(
                "Tỷ lệ để tính một lượt bị ngắt không hợp lệ: “{text}”. Cần một số phần trăm từ {least} "
                "đến {most} (mặc định {default}).",
                text=text,
                least=MIN_SHARE_PERCENT,
                most=MAX_SHARE_PERCENT,
                default=DEFAULT_SHARE_PERCENT,
            )
        )
    return value


@dataclass(frozen=True)
class CountingRule:
    """How much of an interrupted airing must have gone out for it to count."""

    share_percent: float = DEFAULT_SHARE_PERCENT

    def __post_init__(self) -> None:
        parse_share(self.share_percent)

    @classmethod
    def of(cls, db: Database) -> CountingRule:
        row = db.execute("SELECT value FROM settings WHERE key = ?", [SHARE_SETTING]).fetchone()
        return cls(parse_share(row[0])) if row else cls()

    @property
    def share(self) -> float:
        return self.share_percent / 100.0

    @property
    def share_label(self) -> str:
        """'50%' or '33,3%'."""
        return f"{VIETNAMESE.amount(self.share_percent)}%"

    def needed_seconds(self, planned_s: float | None) -> float:
        return planned_s * self.share if planned_s and planned_s > 0 else NO_PLAN_MIN_SECONDS

    def kind(self, row: Mapping[str, Any]) -> str:
        """The kind of one row (a mapping with status, duration_s, planned_duration_s, chain_index)."""
        status = row.get("status")
        if row.get("chain_index") is None:
            return "on_air" if status == "on_air" else "unsealed"
        if status == "completed":
            return "counted"
        if status == "interrupted":
            needed = self.needed_seconds(row.get("planned_duration_s"))
            return "counted" if float(row.get("duration_s") or 0.0) >= needed - TOLERANCE_S else "cut_short"
        if status in NOT_AIRED_STATUSES:
            return status
        return "unsealed"  # a sealed row can never be on air, nor carry another status

    def enough_sql(self) -> str:
        """True for an interrupted row long enough to count (the same test as `kind`)."""
        return (
            f"(coalesce(duration_s, 0) >= (CASE WHEN planned_duration_s > 0 THEN planned_duration_s * {self.share!r} "
            f"ELSE {NO_PLAN_MIN_SECONDS!r} END) - {TOLERANCE_S!r})"
        )

    def kind_sql(self) -> str:
        """The kind of a row as an SQL expression over the airings table."""
        return (
            "(CASE WHEN chain_index IS NULL THEN (CASE WHEN status = 'on_air' THEN 'on_air' ELSE 'unsealed' END) "
            "WHEN status = 'completed' THEN 'counted' "
            f"WHEN status = 'interrupted' THEN (CASE WHEN {self.enough_sql()} THEN 'counted' ELSE 'cut_short' END) "
            f"WHEN status IN {_NOT_AIRED_SQL} THEN status ELSE 'unsealed' END)"
        )


def day_bounds(first: date, last: date) -> tuple[str, str]:
    """[low, high) for comparing stored 'YYYY-MM-DD HH:MM:SS' text: the first date, the day after the last."""
    return first.isoformat(), (last + timedelta(days=1)).isoformat()


def dated_in(first: date, last: date) -> tuple[str, list[Any]]:
    """WHERE clause for every row dated first..last by the dating rule, written so SQLite reads the
    started_at index for airings and the scheduled_at index for rows that never started."""
    low, high = day_bounds(first, last)
    where = (
        f"((started_at >= ? AND started_at < ? AND (+status NOT IN {_NOT_AIRED_SQL} OR +scheduled_at IS NULL)) "
        f"OR (scheduled_at >= ? AND scheduled_at < ? AND (+status IN {_NOT_AIRED_SQL} OR +started_at IS NULL)))"
    )
    return where, [low, high, low, high]


def branches(first: date, last: date) -> list[tuple[str, list[Any], str]]:
    """dated_in as two disjoint queries, each reading one index, with the column that dates its rows:
    airings by started_at, rows that never started by scheduled_at. (WHERE clause, params, date column.)"""
    low, high = day_bounds(first, last)
    return [
        (
            f"started_at >= ? AND started_at < ? AND (+status NOT IN {_NOT_AIRED_SQL} OR +scheduled_at IS NULL)",
            [low, high],
            "started_at",
        ),
        (
            f"scheduled_at >= ? AND scheduled_at < ? AND (+status IN {_NOT_AIRED_SQL} OR +started_at IS NULL)",
            [low, high],
            "scheduled_at",
        ),
    ]


@dataclass
class DayTopic:
    """What one topic's rows of one day add up to, by kind."""

    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    imported_counted: int = 0

    @property
    def counted(self) -> tuple[int, float]:
        return self.counts.get("counted", 0), self.seconds.get("counted", 0.0)


@dataclass
class Tally:
    """A period's sealed rows (up to a chain position) by day, topic and kind."""

    by_day: dict[date, dict[str, DayTopic]] = field(default_factory=dict)

    def add(self, day: date, topic: str, kind: str, count: int, seconds: float, imported: int) -> None:
        cell = self.by_day.setdefault(day, {}).setdefault(topic, DayTopic())
        cell.counts[kind] = cell.counts.get(kind, 0) + count
        cell.seconds[kind] = cell.seconds.get(kind, 0.0) + seconds
        if kind == "counted":
            cell.imported_counted += imported

    def counted_by_day(self) -> dict[date, dict[str, tuple[int, float]]]:
        """{day: {topic: (airings, seconds)}} of counted rows only (targets and weekly series)."""
        out: dict[date, dict[str, tuple[int, float]]] = {}
        for day, topics in self.by_day.items():
            for topic, cell in topics.items():
                if cell.counts.get("counted"):
                    out.setdefault(day, {})[topic] = cell.counted
        return out

    def total(self, kind: str) -> tuple[int, float]:
        count, seconds = 0, 0.0
        for topics in self.by_day.values():
            for cell in topics.values():
                count += cell.counts.get(kind, 0)
                seconds += cell.seconds.get(kind, 0.0)
        return count, round(seconds, 3)

    @property
    def imported_counted(self) -> int:
        return sum(cell.imported_counted for topics in self.by_day.values() for cell in topics.values())


def tally(
    db: Database,
    first: date,
    last: date,
    rule: CountingRule,
    *,
    topic: str | None = None,
    up_to: int | None = None,
    started_only: bool = False,
) -> Tally:
    """Count the sealed rows dated first..last (of one topic when given, of chain positions up to
    `up_to` when given: a report counts exactly the chain it verified and prints). started_only: only
    the completed and interrupted rows dated by their start; the caller adds the others (Tally.add), as
    the report does from the rows it lists anyway."""
    result = Tally()
    extra = " AND chain_index IS NOT NULL" if up_to is None else " AND +chain_index <= ?"
    extra_params: list[Any] = [] if up_to is None else [up_to]
    if topic is not None:
        extra += " AND topic = ?"
        extra_params.append(topic)
    kind = rule.kind_sql()
    for where, params, dated_by in branches(first, last)[: 1 if started_only else 2]:
        if started_only:
            # Only what adds to the totals: sealed airings by their start (the caller lists and adds the
            # rest), for which the rule comes down to one test.
            where += " AND +status IN ('completed', 'interrupted') AND chain_index IS NOT NULL"
            kind = f"(CASE WHEN status = 'completed' OR {rule.enough_sql()} THEN 'counted' ELSE 'cut_short' END)"
        sql = (
            f"SELECT substr({dated_by}, 1, 10) AS day, topic, {kind} AS kind, count(*), total(duration_s), "
            f"total(source = 'imported') FROM airings WHERE {where}{extra} GROUP BY day, topic, kind"
        )
        for day, name, row_kind, count, seconds, imported in db.execute(sql, [*params, *extra_params]):
            if row_kind in ("on_air", "unsealed") or day is None:
                continue
            result.add(date.fromisoformat(day), name or "", row_kind, int(count), float(seconds), int(imported))
    return result
