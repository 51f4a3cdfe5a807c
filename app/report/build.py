"""Building a Report: `build_report(db, period, baseline=None, topic=None)` counts the log once per period
and derives everything else (per-topic rows, totals, changes, weekly series, targets) from the per-day
totals in Python.

Counting rules (app.log.counting, the one implementation, docs/design.md "Counting rules"):
- completed airings count, and interrupted ones once at least the station's share (50 % by default) of
  their planned length went out (no planned length: 60 s); their duration is the time actually on air;
  shorter interrupted ones are "cut short" (ngắt sớm), listed apart, adding nothing;
- an airing belongs to the date it started, a row that never started (missed, failed, skipped) to the
  date it was scheduled for;
- only rows sealed into the chain up to the head the report verified are counted: the printed
  verification code (app.log.paper) names that head, so the paper can be checked against the log.

Before counting, the whole log is verified (`app.log.verify.inspect_log`: the full chain, unsealed rows,
the anchors outside the database); `verify_log=False` skips it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from app.directives import cited_by_topics
from app.errors import InputError
from app.formatting import VIETNAMESE
from app.log import anchors
from app.log.airings import GENESIS_HASH
from app.log.counting import CountingRule, Tally
from app.log.paper import PaperCode, topic_tag
from app.log.verify import LogVerdict, inspect_log
from app.messages import msg
from app.report.model import (
    NO_TOPIC,
    NotAired,
    Report,
    StationIdentity,
    TopicRow,
    Totals,
    WeekBucket,
    compare,
)
from app.report.online import online_totals
from app.report.period import Period, days_so_far, per_day
from app.report.policy import policy_compliance
from app.report.queries import (
    annex_rows,
    on_air_count,
    period_rows,
    resolve_report_topic,
    topic_colours,
)
from app.report.relay import relay_totals
from app.report.targets import evaluate_targets, list_targets
from app.settings import read_settings
from app.station_time import DEFAULT_TIMEZONE, now_local
from app.topics import DEFAULT_COLOUR

# {day: {topic: (airings, seconds)}}: counted airings only, for one period.
ByDay = dict[date, dict[str, tuple[int, float]]]


@dataclass(frozen=True)
class _Counted:
    """One period counted: by day and kind, what it lists apart, counted airings by day and by topic."""

    period: Period
    tally: Tally
    not_aired: NotAired
    by_day: ByDay
    sums: dict[str, tuple[int, float]]
    days: int  # the days its averages are over (days_so_far)


def _count(db: Database, period: Period, topic: str | None, rule: CountingRule, up_to: int, today: date) -> _Counted:
    counted, not_aired = period_rows(db, period, topic, rule, up_to)
    by_day = {
        day: {name or NO_TOPIC: totals for name, totals in topics.items()}
        for day, topics in counted.counted_by_day().items()
    }
    sums: dict[str, tuple[int, float]] = {}
    for per_topic in by_day.values():
        for name, (count, seconds) in per_topic.items():
            old_count, old_seconds = sums.get(name, (0, 0.0))
            sums[name] = (old_count + count, old_seconds + seconds)
    return _Counted(period, counted, not_aired, by_day, sums, days_so_far(period, today))


def _weekly(which: str, counted: _Counted, topics: list[str]) -> list[WeekBucket]:
    buckets = []
    for first, last in counted.period.iso_weeks():
        seconds = dict.fromkeys(topics, 0.0)
        airings = dict.fromkeys(topics, 0)
        day = first
        while day <= last:
            for name, (count, secs) in counted.by_day.get(day, {}).items():
                seconds[name] = seconds.get(name, 0.0) + secs
                airings[name] = airings.get(name, 0) + count
            day += timedelta(days=1)
        iso = first.isocalendar()
        buckets.append(
            WeekBucket(
                which=which,
                iso_year=iso.year,
                iso_week=iso.week,
                first_day=first,
                last_day=last,
                seconds={name: round(value, 3) for name, value in seconds.items()},
                airings=airings,
            )
        )
    return buckets


def _topic_names(colours: dict[str, str], present: set[str]) -> list[str]:
    """Station topic order first, then names only the log knows (renamed or removed topics), then NO_TOPIC."""
    names = [name for name in colours if name in present] + sorted(present - set(colours) - {NO_TOPIC})
    return names + ([NO_TOPIC] if NO_TOPIC in present else [])


def _topic_row(name: str, colour: str, current: _Counted, base: _Counted | None) -> TopicRow:
    count, seconds = current.sums.get(name, (0, 0.0))
    base_count: int | None = None
    base_seconds: float | None = None
    base_fields: tuple[Any, ...] = (None, None, None, None)
    if base is not None:
        base_count, base_seconds = base.sums.get(name, (0, 0.0))
        days = base.days
        base_fields = (
            base_count,
            round(base_seconds, 3),
            per_day(base_count, days),
            per_day(base_seconds / 60.0, days),
        )
    return TopicRow(
        topic=name,
        colour=colour,
        airings=count,
        seconds=round(seconds, 3),
        airings_per_day=per_day(count, current.days),
        minutes_per_day=per_day(seconds / 60.0, current.days),
        baseline_airings=base_fields[0],
        baseline_seconds=base_fields[1],
        baseline_airings_per_day=base_fields[2],
        baseline_minutes_per_day=base_fields[3],
        airings_change=compare(count, base_count),
        seconds_change=compare(seconds, base_seconds),
    )


def _totals(counted: _Counted, airings: int, seconds: float) -> Totals:
    cut_short = counted.tally.total("cut_short")
    return Totals(
        counted.period,
        airings,
        round(seconds, 3),
        counted.tally.imported_counted,
        cut_short[0],
        cut_short[1],
        average_days=counted.days,
    )


def build_report(
    db: Database,
    period: Period,
    baseline: Period | None = None,
    topic: str | None = None,
    timezone: str = DEFAULT_TIMEZONE,
    *,
    annex: bool = True,
    verify_log: bool = True,
    now: datetime | None = None,
) -> Report:
    """Count the log for `period` (and `baseline`), optionally for one topic (matched as app.topics
    matches: case, spacing, Unicode form and accents do not matter; NotFound when neither the station nor
    the log has it).

    Stored timestamps are already station local time, so days are read straight from them;
    `timezone` only decides the clock that stamps `generated_at` (or pass `now`).
    annex=False leaves `Report.annex` None (summaries and JSON that do not need every airing);
    verify_log=False skips the whole-log chain check (`chain_check` None). Raises InputError for a
    period that is not a Period. Read-only: safe to run on a worker thread with its own connection.
    """
    if not isinstance(period, Period) or (baseline is not None and not isinstance(baseline, Period)):
        raise InputError(msg("Kỳ báo cáo không hợp lệ"))
    topic_name = resolve_report_topic(db, topic) if topic is not None else None
    generated_at = (now or now_local(timezone)).replace(microsecond=0)
    rule = CountingRule.of(db)

    # The verdict first: the report counts exactly the chain it verified (rows sealed later wait).
    check = inspect_log(db) if verify_log else None
    head_index = check.head_index if check is not None else anchors.database_head(db)[0]
    head_hash = anchors.hash_at(db, head_index) or GENESIS_HASH

    today = generated_at.date()  # averages of a period under way are over its days so far
    current = _count(db, period, topic_name, rule, head_index, today)
    base = _count(db, baseline, topic_name, rule, head_index, today) if baseline is not None else None
    colours = topic_colours(db)
    names = _topic_names(colours, set(current.sums) | set(base.sums if base else ()))
    rows = tuple(_topic_row(name, colours.get(name, DEFAULT_COLOUR), current, base) for name in names)

    period_totals = _totals(current, sum(r.airings for r in rows), sum(r.seconds for r in rows))
    baseline_totals = None
    if base is not None:
        baseline_totals = _totals(
            base, sum(r.baseline_airings or 0 for r in rows), sum(r.baseline_seconds or 0.0 for r in rows)
        )
    weekly = ([] if base is None else _weekly("baseline", base, names)) + _weekly("period", current, names)
    # A name only the log knows (a topic renamed or removed since) has no targets.
    known_topic = topic_name is None or topic_name in colours
    targets = evaluate_targets(list_targets(db, topic_name) if known_topic else [], period, current.by_day)

    return Report(
        station=StationIdentity.from_settings(read_settings(db)),
        period=period_totals,
        baseline=baseline_totals,
        topic_filter=topic_name,
        topics=rows,
        airings_change=compare(period_totals.airings, baseline_totals.airings if baseline_totals else None),
        seconds_change=compare(period_totals.seconds, baseline_totals.seconds if baseline_totals else None),
        not_aired=current.not_aired,
        baseline_not_aired=base.not_aired if base is not None else None,
        weekly=tuple(weekly),
        annex=tuple(annex_rows(db, period, topic_name, rule, head_index)) if annex else None,
        targets=tuple(targets),
        chain_head_hash=head_hash,
        chain_check=check,
        generated_at=generated_at,
        timezone=timezone,
        warnings=tuple(_warnings(db, period, baseline, check, generated_at, topic_name)),
        directives=cited_by_topics(db, [topic_name] if topic_name else (names or list(colours))),
        head_index=head_index,
        rule=rule,
        relay=relay_totals(db, period, topic_name, rule, head_index, period_totals.seconds),
        baseline_relay=(
            relay_totals(db, baseline, topic_name, rule, head_index, baseline_totals.seconds)
            if baseline is not None and baseline_totals is not None
            else None
        ),
        paper_code=PaperCode(
            period.start,
            period.end,
            period_totals.airings,
            round(period_totals.seconds),
            rule.share_percent,
            topic_tag(topic_name),
            head_index,
            head_hash,
        ),
        policy=policy_compliance(db, period, head_index),
        online=online_totals(db, period, topic_name),
        baseline_online=online_totals(db, baseline, topic_name) if baseline is not None else None,
    )


def _warnings(
    db: Database,
    period: Period,
    baseline: Period | None,
    check: LogVerdict | None,
    generated_at: datetime,
    topic: str | None,
) -> list[str]:
    warnings = []
    if check is not None and check.message:
        warnings.append(check.message)
    on_air = on_air_count(db, period, topic)
    if on_air:
        warnings.append(f"Có {on_air} lượt đang phát chưa kết thúc, chưa được tính vào báo cáo.")
    if period.end >= generated_at.date():
        warnings.append(
            "Kỳ báo cáo chưa kết thúc: số liệu tính đến thời điểm lập báo cáo "
            f"({generated_at.strftime('%H:%M')} ngày {VIETNAMESE.date(generated_at.date())})."
        )
    if baseline is not None and baseline.overlaps(period):
        warnings.append("Kỳ so sánh trùng một phần với kỳ báo cáo.")
    return warnings
