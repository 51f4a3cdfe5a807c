"""What the Nhật ký page lists and totals: rows of a date range (by the counting rule's dating), narrowed
by topic, status or counting kind, and their totals by the same rule the reports count with.

No Qt here: ui/log_table_model.py shows these rows; this module owns the SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from app.log.counting import MOMENT_SQL, CountingRule, dated_in
from app.log.statuses import NOT_AIRED_STATUSES, sql_list


@dataclass(frozen=True)
class LogFilter:
    first: date
    last: date
    topic: str | None = None  # None: every topic; "" : rows without a topic
    statuses: tuple[str, ...] | None = None  # None: every status
    kinds: tuple[str, ...] | None = None  # None: every counting kind (app.log.counting.KINDS)

    def where(self, rule: CountingRule) -> tuple[str, list[Any]]:
        where, params = dated_in(self.first, self.last)
        clauses = [where]
        if self.topic is not None:
            clauses.append("topic = ?")
            params.append(self.topic)
        if self.statuses is not None:
            clauses.append(f"status IN ({', '.join('?' * len(self.statuses))})" if self.statuses else "0")
            params.extend(self.statuses)
        if self.kinds is not None:
            clauses.append(f"{rule.kind_sql()} IN ({', '.join('?' * len(self.kinds))})" if self.kinds else "0")
            params.extend(self.kinds)
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class LogTotals:
    rows: int
    counted: int  # airings that count (completed, or interrupted late enough)
    seconds: float  # on air, counted rows only
    not_aired: int  # missed, failed, skipped
    on_air: int
    cut_short: int = 0  # interrupted too early: listed apart, added to nothing
    cut_short_seconds: float = 0.0
    unsealed: int = 0  # finished rows outside the chain: written outside the software, never counted


class AiringQuery:
    """The read side of the Nhật ký page (one connection; the counting rule read from settings)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def rule(self) -> CountingRule:
        return CountingRule.of(self.db)

    def ids(self, log_filter: LogFilter) -> list[int]:
        where, params = log_filter.where(self.rule())
        sql = f"SELECT id FROM airings WHERE {where} ORDER BY {MOMENT_SQL} DESC, id DESC"
        return [row[0] for row in self.db.execute(sql, params)]

    def rows(self, ids: list[int]) -> dict[int, dict]:
        """The rows by id, each with its counting `kind`."""
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        sql = f"SELECT *, {self.rule().kind_sql()} AS kind FROM airings WHERE id IN ({marks})"
        return {row["id"]: row for row in self.db.query(sql, ids)}

    def totals(self, log_filter: LogFilter) -> LogTotals:
        rule = self.rule()
        where, params = log_filter.where(rule)
        row = self.db.execute(
            f"""SELECT count(*),
                       coalesce(sum(kind = 'counted'), 0),
                       coalesce(sum(CASE WHEN kind = 'counted' THEN coalesce(duration_s, 0) END), 0),
                       coalesce(sum(kind IN {sql_list(NOT_AIRED_STATUSES)}), 0),
                       coalesce(sum(kind = 'on_air'), 0),
                       coalesce(sum(kind = 'cut_short'), 0),
                       coalesce(sum(CASE WHEN kind = 'cut_short' THEN coalesce(duration_s, 0) END), 0),
                       coalesce(sum(kind = 'unsealed'), 0)
                FROM (SELECT duration_s, {rule.kind_sql()} AS kind FROM airings WHERE {where})""",
            params,
        ).fetchone()
        return LogTotals(
            int(row[0]),
            int(row[1]),
            round(float(row[2]), 3),
            int(row[3]),
            int(row[4]),
            int(row[5]),
            round(float(row[6]), 3),
            int(row[7]),
        )

    def topics(self) -> list[str]:
        """Topics as they were at air time, plus the station's topics, by name."""
        names = {row[0] for row in self.db.execute("SELECT DISTINCT topic FROM airings")}
        names |= {row[0] for row in self.db.execute("SELECT name FROM topics")}
        return sorted(names, key=lambda name: (name == "", name.casefold()))


def latest_of_day(db: Database, day: date, limit: int) -> list[dict]:
    """The last `limit` rows written that are dated `day` by the counting rule, newest first (Phát sóng's
    list of today's airings after a restart)."""
    where, params = dated_in(day, day)
    return list(db.query(f"SELECT * FROM airings WHERE {where} ORDER BY id DESC LIMIT ?", [*params, limit]))
