"""The report's reads of the airtime log, all counted and dated by app.log.counting's one rule.

Each period costs one GROUP BY (day, topic, kind) over the `started_at` index (app.log.counting.tally) and
one narrow read of the rows a report lists apart (cut short by their start, everything dated by its
schedule), which are few; `+status` keeps SQLite on the date index. Only rows sealed into the chain up to
the head the report verified are read. The annex of a large period is streamed (`iter_annex`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from app.errors import NotFound
from app.log.counting import CountingRule, Tally, branches, tally
from app.log.statuses import NOT_AIRED_STATUSES
from app.messages import msg
from app.report.model import AnnexRow, NotAired, NotAiredItem, Report
from app.report.period import Period
from app.topics import DEFAULT_COLOUR, match_topic, topic_key


def _stamp(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


_ROW_COLUMNS = (
    "id, status, scheduled_at, started_at, title, topic, trigger, planned_duration_s, note, operator, source, "
    "ended_at, duration_s"
)


def rows_dated(
    period: Period, topic: str | None, rule: CountingRule, up_to: int, listed_only: bool
) -> tuple[str, list[Any]]:
    """SQL for the sealed rows (up to `up_to`) dated in `period`, in time order, one branch per date index
    (app.log.counting.branches). listed_only: only what a report lists apart (cut short by their start,
    everything dated by its schedule), not every counted airing."""
    parts, params = [], []
    for sql, branch in _branch_queries(period, topic, rule, up_to, listed_only):
        parts.append(sql)
        params += branch
    return " UNION ALL ".join(parts) + " ORDER BY moment, id", params


def _branch_queries(
    period: Period, topic: str | None, rule: CountingRule, up_to: int, listed_only: bool
) -> list[tuple[str, list[Any]]]:
    kind = rule.kind_sql()
    queries = []
    for where, branch_params, dated_by in branches(period.start, period.end):
        sql = (
            f"SELECT {_ROW_COLUMNS}, {kind} AS kind, {dated_by} AS moment, '{dated_by}' AS dated_by "
            f"FROM airings WHERE {where} AND +chain_index <= ?"
        )
        branch = [*branch_params, up_to]
        if listed_only and dated_by == "started_at":
            not_aired = ", ".join(f"'{status}'" for status in NOT_AIRED_STATUSES)
            sql += f" AND (+status IN ({not_aired}) OR (+status = 'interrupted' AND NOT {rule.enough_sql()}))"
        if topic is not None:
            sql += " AND topic = ?"
            branch.append(topic)
        queries.append((sql, branch))
    return queries


def _item(row: tuple) -> NotAiredItem:
    scheduled, started = _stamp(row[2]), _stamp(row[3])
    kind = row[13]
    moment = scheduled if row[15] == "scheduled_at" else started  # the column its branch dates it by
    return NotAiredItem(
        id=row[0],
        status=row[1],
        day=(moment or scheduled or started or datetime.min).date(),
        scheduled_at=scheduled,
        title=row[4],
        topic=row[5],
        trigger=row[6],
        planned_seconds=row[7],
        note=row[8] or "",
        started_at=started,
        operator=row[9] or "",
        imported=row[10] == "imported",
        ended_at=_stamp(row[11]),
        kind=kind,
        seconds=float(row[12] or 0.0) if kind == "cut_short" else 0.0,
    )


def period_rows(
    db: Database, period: Period, topic: str | None, rule: CountingRule, up_to: int
) -> tuple[Tally, NotAired]:
    """A period's totals and the rows it lists apart: the airings grouped by day, topic and kind over the
    started_at index, then the rows listed apart (cut short, or never started), which are few; those
    dated by their schedule, and a never-started row dated by its start, join the totals from here."""
    counted = tally(db, period.start, period.end, rule, topic=topic, up_to=up_to, started_only=True)
    lists: dict[str, list[NotAiredItem]] = {kind: [] for kind in ("missed", "failed", "skipped", "cut_short")}
    for sql, params in _branch_queries(period, topic, rule, up_to, listed_only=True):
        for row in db.execute(sql, params):
            row_kind, item = row[13], _item(row)
            if row_kind in lists:
                lists[row_kind].append(item)
            in_grouped_read = row[15] == "started_at" and row[1] in ("completed", "interrupted")
            if row_kind not in ("on_air", "unsealed") and not in_grouped_read:
                counted.add(item.day, row[5] or "", row_kind, 1, float(row[12] or 0.0), int(item.imported))
    for items in lists.values():
        items.sort(key=lambda item: (item.moment, item.id))
    return counted, NotAired(**{name: tuple(items) for name, items in lists.items()})


def _annex_row(row: tuple) -> AnnexRow:
    item = _item(row)
    counted = item.kind in ("counted", "cut_short")
    return AnnexRow(
        id=item.id,
        moment=item.moment,
        started_at=item.started_at,
        ended_at=item.ended_at,
        scheduled_at=item.scheduled_at,
        title=item.title,
        topic=item.topic,
        duration_s=float(row[12] or 0.0) if counted else 0.0,
        status=item.status,
        trigger=item.trigger,
        operator=item.operator,
        note=item.note,
        imported=item.imported,
        kind=item.kind,
    )


_ANNEX_KINDS = ("counted", "cut_short", *NOT_AIRED_STATUSES)


def annex_rows(db: Database, period: Period, topic: str | None, rule: CountingRule, up_to: int) -> Iterator[AnnexRow]:
    """Every row of `period` a report covers (counted or not), in time order, read from the database as it
    goes: a 500,000-row annex never sits in memory."""
    sql, params = rows_dated(period, topic, rule, up_to, listed_only=False)
    for row in db.execute(sql, params):
        if row[13] in _ANNEX_KINDS:  # a sealed row marked on air is tampering: named by the check, not listed
            yield _annex_row(row)


def iter_annex(db: Database, report: Report) -> Iterator[AnnexRow]:
    """Every row the report covers, counted or not, in time order, streamed (see annex_rows)."""
    return annex_rows(db, report.period.period, report.topic_filter, report.rule, report.head_index)


def resolve_report_topic(db: Database, name: str) -> str:
    """The stored spelling of the topic `name` means (app.topics.match_topic): a topic of the station, or a
    name found in the log (a topic renamed or deleted since keeps its airings under the old name). The log's
    names are read only when no station topic has exactly that name."""
    known = [row[0] for row in db.execute("SELECT name FROM topics ORDER BY id")]
    stored = next((known_name for known_name in known if topic_key(known_name) == topic_key(name)), None)
    if stored is None:
        logged = [row[0] for row in db.execute("SELECT DISTINCT topic FROM airings") if row[0] is not None]
        stored = match_topic(name, [*known, *logged])
    if stored is None:
        raise NotFound(
            msg(
                "Không có chủ đề “{name}” trong danh sách chủ đề hay trong nhật ký. Các chủ đề hiện có: {known}",
                name=name.strip(),
                known="; ".join(known),
            )
        )
    return stored


def topic_colours(db: Database) -> dict[str, str]:
    """The station's topics in their order, with their colours."""
    return {
        name: colour or DEFAULT_COLOUR for name, colour in db.execute("SELECT name, colour FROM topics ORDER BY id")
    }


def on_air_count(db: Database, period: Period, topic: str | None) -> int:
    """Airings of `period` still on air (not yet sealed, so not counted)."""
    low, high = period.sql_bounds()
    sql = "SELECT count(*) FROM airings WHERE status = 'on_air' AND started_at >= ? AND started_at < ?"
    params: list[Any] = [low, high]
    if topic is not None:
        sql += " AND topic = ?"
        params.append(topic)
    return int(db.execute(sql, params).fetchone()[0])


def log_stamp(db: Database) -> tuple[int, int]:
    """What changes whenever the log does: its newest row (an airing started, a row imported) and the last row
    sealed into the chain (an airing finished). Two indexed one-row reads: cheap enough to poll."""
    newest = db.execute("SELECT max(id) FROM airings").fetchone()[0] or 0
    sealed = db.execute("SELECT max(chain_index) FROM airings").fetchone()[0] or 0
    return int(newest), int(sealed)
