"""Targets (chỉ tiêu) per topic, and how a period's actual airtime measures up against them.

A target is a minimum per day or per week, counted in airings or in minutes, e.g. "at least 2
airings a day" (airings_per_day, 2) or "at least 60 minutes a week" (minutes_per_week, 60).

Evaluating a target over a period:
- per day: expected = minimum x days in the period; a day "meets" it when that day alone reaches
  the minimum.
- per week: weeks are ISO weeks (Monday to Sunday) clipped to the period; a week only partly inside
  the period expects minimum x (its days inside / 7), so a period starting on a Thursday is not
  held to a full week's minimum for its first 4 days. expected = minimum x days / 7 overall.
- shortfall = max(0, expected - actual), in the target's unit (airings or minutes); met when the
  shortfall is zero.

This module holds no aggregation SQL of its own: `evaluate_targets` takes the per-day totals of
counted airings the report already computed by the one counting rule (app.log.counting: a cut-short
airing meets no target); app.report.build puts the results on `Report.targets`, and the dashboard
gets today's or this week's status with `build_report(db, Period.day(today), ...)`. Topic names are
matched by app.topics (accents optional).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlite_utils import Database

from app.database import write_transaction
from app.errors import InputError, NotFound
from app.formatting import VIETNAMESE
from app.messages import msg
from app.report.period import Period
from app.topics import DEFAULT_COLOUR, find_topic, station_topics

METRICS = ("airings_per_day", "airings_per_week", "minutes_per_day", "minutes_per_week")
METRIC_LABELS = {
    "airings_per_day": "lượt/ngày",
    "airings_per_week": "lượt/tuần",
    "minutes_per_day": "phút/ngày",
    "minutes_per_week": "phút/tuần",
}
UNIT_LABELS = {"day": "ngày", "week": "tuần"}

# A day's totals for one topic: (airings, seconds on air).
DayTotals = Mapping[date, Mapping[str, tuple[int, float]]]


def resolve_topic(db: Database, name: str) -> tuple[int, str]:
    """(id, stored name) of the topic `name` means (app.topics), or NotFound listing the station's topics."""
    found = find_topic(db, name)
    if found is not None:
        return found
    known = "; ".join(stored for _, stored in station_topics(db)) or "(chưa có chủ đề nào)"
    raise NotFound(msg("Không có chủ đề “{name}”. Các chủ đề hiện có: {known}", name=name.strip(), known=known))


def check_metric(metric: str) -> str:
    if metric not in METRICS:
        raise InputError(
            msg(
                "Loại chỉ tiêu không hợp lệ: “{metric}”. Dùng một trong: {metrics}",
                metric=metric,
                metrics=", ".join(METRICS),
            )
        )
    return metric


@dataclass(frozen=True)
class Target:
    id: int
    topic: str
    colour: str
    metric: str  # one of METRICS
    minimum: float

    @property
    def measure(self) -> str:
        """'airings' or 'minutes'."""
        return self.metric.split("_per_")[0]

    @property
    def per(self) -> str:
        """'day' or 'week'."""
        return self.metric.split("_per_")[1]

    @property
    def label(self) -> str:
        """e.g. 'Tối thiểu 2 lượt/ngày'."""
        return f"Tối thiểu {VIETNAMESE.amount(self.minimum)} {METRIC_LABELS[self.metric]}"


def list_targets(db: Database, topic: str | None = None) -> list[Target]:
    """Every target, in the station's topic order then metric order; only `topic`'s when given."""
    sql = (
        "SELECT targets.id, topics.name, topics.colour, targets.metric, targets.minimum, topics.id "
        "FROM targets JOIN topics ON topics.id = targets.topic_id"
    )
    params: list[object] = []
    if topic is not None:
        sql += " WHERE topics.id = ?"
        params.append(resolve_topic(db, topic)[0])
    rows = sorted(db.execute(sql, params).fetchall(), key=lambda row: (row[5], METRICS.index(row[3])))
    return [Target(row[0], row[1], row[2] or DEFAULT_COLOUR, row[3], float(row[4])) for row in rows]


def set_target(db: Database, topic: str, metric: str, minimum: float) -> Target:
    """Create or replace the target of `topic` for `metric`."""
    check_metric(metric)
    try:
        minimum = float(minimum)
    except (TypeError, ValueError):
        raise InputError(msg("Mức chỉ tiêu phải là một số: “{minimum}”", minimum=minimum)) from None
    if not minimum >= 0 or minimum == float("inf"):
        raise InputError(msg("Mức chỉ tiêu phải là số không âm: {minimum}", minimum=minimum))
    topic_id, name = resolve_topic(db, topic)
    with write_transaction(db):
        db.execute(
            "INSERT INTO targets (topic_id, metric, minimum) VALUES (?, ?, ?) "
            "ON CONFLICT (topic_id, metric) DO UPDATE SET minimum = excluded.minimum",
            [topic_id, metric, minimum],
        )
    return next(t for t in list_targets(db, name) if t.metric == metric)


def delete_target(db: Database, topic: str, metric: str) -> None:
    check_metric(metric)
    topic_id, name = resolve_topic(db, topic)
    with write_transaction(db):
        cursor = db.execute("DELETE FROM targets WHERE topic_id = ? AND metric = ?", [topic_id, metric])
    if cursor.rowcount == 0:
        raise NotFound(msg("Chủ đề “{name}” chưa có chỉ tiêu {metric}", name=name, metric=METRIC_LABELS[metric]))


@dataclass(frozen=True)
class TargetResult:
    """One target measured over one period. Amounts are in the target's unit (airings or minutes)."""

    target: Target
    period_start: date
    period_end: date
    expected: float  # what the period should reach in total
    actual: float  # what it reached
    shortfall: float  # max(0, expected - actual)
    units: int  # days (per-day targets) or ISO weeks touching the period (per-week ones)
    units_met: int  # of those, how many reached their own minimum

    @property
    def met(self) -> bool:
        return self.shortfall <= 1e-9

    @property
    def average(self) -> float:
        """Actual per day or per week over the whole period."""
        days = (self.period_end - self.period_start).days + 1
        return self.actual / days * (7 if self.target.per == "week" else 1)

    @property
    def unit_label(self) -> str:
        return UNIT_LABELS[self.target.per]

    @property
    def status_label(self) -> str:
        if self.met:
            return "Đạt"
        unit = "lượt" if self.target.measure == "airings" else "phút"
        return f"Thiếu {VIETNAMESE.amount(round(self.shortfall, 1))} {unit}"


def _amount(totals: tuple[int, float] | None, measure: str) -> float:
    if totals is None:
        return 0.0
    return float(totals[0]) if measure == "airings" else totals[1] / 60.0


def evaluate_targets(targets: Iterable[Target], period: Period, by_day: DayTotals) -> list[TargetResult]:
    """Measure each target over `period` from per-day totals ({day: {topic: (airings, seconds)}})."""
    days = [period.start + timedelta(days=offset) for offset in range(period.days)]
    weeks = period.iso_weeks()
    results = []
    for target in targets:

        def amount_on(day: date, target: Target = target) -> float:
            return _amount(by_day.get(day, {}).get(target.topic), target.measure)

        actual = sum(amount_on(day) for day in days)
        if target.per == "day":
            expected = target.minimum * len(days)
            units = len(days)
            units_met = sum(1 for day in days if amount_on(day) >= target.minimum - 1e-9)
        else:
            expected = target.minimum * len(days) / 7
            units = len(weeks)
            units_met = 0
            for first, last in weeks:
                span = (last - first).days + 1
                got = sum(amount_on(first + timedelta(days=i)) for i in range(span))
                units_met += got >= target.minimum * span / 7 - 1e-9
        results.append(
            TargetResult(
                target=target,
                period_start=period.start,
                period_end=period.end,
                expected=round(expected, 3),
                actual=round(actual, 3),
                shortfall=round(max(0.0, expected - actual), 3),
                units=units,
                units_met=int(units_met),
            )
        )
    return results
