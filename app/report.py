"""Broadcast reports (báo cáo kết quả phát sóng): frequency and duration per topic, period against baseline.

Entry point: `build_report(db, period, baseline=None, topic=None)` returns a `Report`, an immutable
snapshot that every output is drawn from (the printed PDF and the Báo cáo page in ui/, XLSX/CSV/JSON
in app.report_export, `report_to_json` here). Callers never recount: they read the model.

Counting rules (docs: DESIGN.md, "Counting rules for reports"):
- completed and interrupted airings count; their duration is `duration_s`, the time actually on air;
- an airing belongs to the date it started (`started_at`, station local time; stored timestamps are
  already local, so "an airing across midnight" counts whole on its start date);
- missed, failed and skipped add nothing; they are listed apart, dated by `scheduled_at` (or by
  `started_at` for the rare row with no schedule, e.g. a manual play that failed);
- periods include both end dates; change in percent = (period - baseline) / baseline x 100; with a
  zero baseline the change is `None`, labelled "mới" (new), or "—" when both sides are zero.

Speed: each period costs one GROUP BY (day, topic) over the `started_at` index and one range read of
the `scheduled_at` index for not-aired rows; weekly series, per-day averages and targets are derived
in Python from the per-day totals (a quarter is ~460 groups). `+status` keeps SQLite on the date
index: without statistics it would otherwise pick the far less selective status index.
The chain check (`verify_chain(incremental=True)`) walks only the rows finished since the last full
walk, which stays trusted while the schema that forbids editing finished rows is unchanged; the first
report on a station (or after any schema change) walks the whole log. `verify_log=False` skips it.

Formatting helpers (`format_number`, `format_percent`, `format_minutes`, `format_duration`,
`format_date`) give every output the same Vietnamese text: decimal comma, thousands dot, dd/mm/yyyy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from app.airlog import (
    COUNTED_STATUSES,
    NOT_AIRED_STATUSES,
    STATUS_LABELS,
    TRIGGER_LABELS,
    ChainCheck,
    chain_head_hash,
    verify_chain,
)
from app.errors import InputError, NotFound
from app.settings import get_settings
from app.station_time import DEFAULT_TIMEZONE, TIMESTAMP_FORMAT, now_local
from app.targets import DEFAULT_COLOUR, TargetResult, evaluate_targets, iso_weeks, list_targets, topic_key

NEW_LABEL = "mới"
NO_CHANGE_LABEL = "—"
TAMPERED_WARNING = "Nhật ký đã bị sửa ngoài phần mềm"
NO_TOPIC = "Không thuộc chủ đề (nhạc hiệu, thông báo khác)"  # airings logged with an empty topic
REPORT_TITLE = "BÁO CÁO KẾT QUẢ PHÁT SÓNG TUYÊN TRUYỀN"

_COUNTED_SQL = "(" + ", ".join(f"'{status}'" for status in COUNTED_STATUSES) + ")"
_NOT_AIRED_SQL = "(" + ", ".join(f"'{status}'" for status in NOT_AIRED_STATUSES) + ")"


# ---------------------------------------------------------------- formatting (Vietnamese conventions)


def format_number(value: float, decimals: int = 0) -> str:
    """1234.5 -> '1.234,5' (thousands dot, decimal comma)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_minutes(seconds: float) -> str:
    """Seconds as minutes with one decimal: 750 -> '12,5'."""
    return format_number(seconds / 60.0, 1)


def format_duration(seconds: float | None) -> str:
    """An airing's length: 125 -> '2:05', 3725 -> '1:02:05'."""
    total = int(round(seconds or 0))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def format_percent(percent: float) -> str:
    """25.0 -> '+25,0%', -12.34 -> '-12,3%', 0 -> '0,0%'."""
    sign = "+" if percent > 0.0005 else ""
    return f"{sign}{format_number(percent, 1)}%"


# ---------------------------------------------------------------- periods

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_VN_DAY = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")


def parse_day(text: str) -> date:
    """'2025-04-01' or '01/04/2025' -> date; anything else is an InputError in Vietnamese."""
    cleaned = (text or "").strip()
    try:
        if _ISO_DAY.match(cleaned):
            return date.fromisoformat(cleaned)
        if _VN_DAY.match(cleaned):
            day, month, year = (int(part) for part in cleaned.split("/"))
            return date(year, month, day)
    except ValueError:
        pass
    raise InputError(f"Ngày không hợp lệ: '{cleaned}' (viết theo dạng 2025-04-01 hoặc 01/04/2025)")


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
                raise InputError(f"Ngày không hợp lệ: {value!r}")
        if self.start > self.end:
            raise InputError(f"Ngày bắt đầu {format_date(self.start)} ở sau ngày kết thúc {format_date(self.end)}")

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
            raise InputError(f"Quý không hợp lệ: {quarter}")
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
            return format_date(self.start)
        return f"{format_date(self.start)} - {format_date(self.end)}"

    def preceding(self) -> Period:
        """The period of the same length just before this one (a default baseline)."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def sql_bounds(self) -> tuple[str, str]:
        """[low, high) for comparing 'YYYY-MM-DD HH:MM:SS' text: the start date, the day after the end."""
        return self.start.isoformat(), (self.end + timedelta(days=1)).isoformat()


# ---------------------------------------------------------------- the model


@dataclass(frozen=True)
class Change:
    """Change against the baseline. `percent` is None with no baseline (label '') or a zero one."""

    percent: float | None
    label: str


def compare(current: float, baseline: float | None) -> Change:
    if baseline is None:
        return Change(None, "")
    if baseline == 0:
        return Change(None, NEW_LABEL if current > 0 else NO_CHANGE_LABEL)
    percent = (current - baseline) / baseline * 100.0
    return Change(percent, format_percent(percent))


@dataclass(frozen=True)
class StationIdentity:
    """Who issues the report (from settings), for the Decree 30 header and the signature block."""

    name: str
    issuing_body: str
    ward: str
    town: str
    province: str
    signer_name: str
    signer_title: str
    preparer_name: str

    @classmethod
    def from_settings(cls, settings: Mapping[str, str]) -> StationIdentity:
        return cls(
            **{
                key: settings.get(key, "")
                for key in ("issuing_body", "ward", "town", "province", "signer_name", "signer_title", "preparer_name")
            },
            name=settings.get("station_name", ""),
        )


@dataclass(frozen=True)
class Totals:
    """Counted airings of one period (all topics of the report together)."""

    period: Period
    airings: int
    seconds: float
    imported_airings: int = 0  # of `airings`, how many came from `log import` rather than the app

    @property
    def minutes(self) -> float:
        return self.seconds / 60.0

    @property
    def airings_per_day(self) -> float:
        return self.airings / self.period.days

    @property
    def seconds_per_day(self) -> float:
        return self.seconds / self.period.days

    @property
    def minutes_per_day(self) -> float:
        return self.minutes / self.period.days


@dataclass(frozen=True)
class TopicRow:
    """One topic's line in the main table. Baseline fields are None when the report has no baseline."""

    topic: str
    colour: str
    airings: int
    seconds: float
    airings_per_day: float
    minutes_per_day: float
    baseline_airings: int | None
    baseline_seconds: float | None
    baseline_airings_per_day: float | None
    baseline_minutes_per_day: float | None
    airings_change: Change  # tần suất
    seconds_change: Change  # thời lượng

    @property
    def minutes(self) -> float:
        return self.seconds / 60.0

    @property
    def baseline_minutes(self) -> float | None:
        return None if self.baseline_seconds is None else self.baseline_seconds / 60.0


@dataclass(frozen=True)
class NotAiredItem:
    id: int
    status: str  # missed, failed or skipped
    day: date  # the date it belongs to (scheduled, else started)
    scheduled_at: datetime | None
    title: str
    topic: str
    trigger: str
    planned_seconds: float | None
    note: str
    started_at: datetime | None = None  # set for a failed start; missed and skipped never started
    ended_at: datetime | None = None
    operator: str = ""
    imported: bool = False

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(frozen=True)
class NotAired:
    """What was planned in a period but did not go on air, by status, each list in time order."""

    missed: tuple[NotAiredItem, ...] = ()
    failed: tuple[NotAiredItem, ...] = ()
    skipped: tuple[NotAiredItem, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        return {"missed": len(self.missed), "failed": len(self.failed), "skipped": len(self.skipped)}

    @property
    def total(self) -> int:
        return len(self.missed) + len(self.failed) + len(self.skipped)

    def items(self) -> list[NotAiredItem]:
        """All of them in time order."""
        return sorted(
            (*self.missed, *self.failed, *self.skipped),
            key=lambda item: (item.scheduled_at or datetime.combine(item.day, datetime.min.time()), item.id),
        )


@dataclass(frozen=True)
class WeekBucket:
    """One ISO week of one period, for the minutes-per-week chart. A week cut by the period's edge
    covers fewer than 7 days (`days`); a week shared by both periods appears once for each."""

    which: str  # "baseline" or "period"
    iso_year: int
    iso_week: int
    first_day: date  # clipped to the period
    last_day: date
    seconds: Mapping[str, float]  # every topic of the report, zeros included
    airings: Mapping[str, int]

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    @property
    def key(self) -> str:
        return f"{self.iso_year}-W{self.iso_week:02d}"

    @property
    def label(self) -> str:
        return f"Tuần {self.iso_week}/{self.iso_year}"

    def minutes(self, topic: str) -> float:
        return self.seconds.get(topic, 0.0) / 60.0

    @property
    def total_minutes(self) -> float:
        return sum(self.seconds.values()) / 60.0


@dataclass(frozen=True)
class AnnexRow:
    """One line of the detailed list: every finished row of the report period, counted or not."""

    id: int
    moment: datetime  # started_at, or scheduled_at for rows that never started
    started_at: datetime | None
    ended_at: datetime | None
    scheduled_at: datetime | None
    title: str
    topic: str
    duration_s: float
    status: str
    trigger: str
    operator: str
    note: str
    imported: bool

    @property
    def counted(self) -> bool:
        return self.status in COUNTED_STATUSES

    @property
    def date_label(self) -> str:
        return format_date(self.moment.date())

    @property
    def time_label(self) -> str:
        return self.moment.strftime("%H:%M:%S")

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def trigger_label(self) -> str:
        return TRIGGER_LABELS.get(self.trigger, self.trigger)


@dataclass(frozen=True)
class Directive:
    """A văn bản chỉ đạo the reported topics answer (số, ngày, cơ quan ban hành)."""

    number: str
    date: date | None
    issuer: str
    summary: str

    @property
    def citation(self) -> str:
        """'Công văn số 1283/UBND-VHTT ngày 30/8/2023 của UBND thị xã Mỹ Hào'."""
        when = f" ngày {self.date.day}/{self.date.month}/{self.date.year}" if self.date else ""
        issuer = f" của {self.issuer}" if self.issuer else ""
        return f"Công văn số {self.number}{when}{issuer}"


def _directives(db: Database, topic_names: Iterable[str]) -> tuple[Directive, ...]:
    """The directives cited by the reported topics, oldest first."""
    names = list(topic_names)
    if not names:
        return ()
    marks = ", ".join("?" * len(names))
    rows = db.execute(
        f"SELECT DISTINCT d.number, d.date, d.issuer, d.summary FROM directives d JOIN topics t "
        f"ON t.directive_id = d.id WHERE t.name IN ({marks}) ORDER BY d.date, d.id",
        names,
    ).fetchall()
    return tuple(
        Directive(number, date.fromisoformat(day) if day else None, issuer or "", summary or "")
        for number, day, issuer, summary in rows
    )


@dataclass(frozen=True)
class Report:
    station: StationIdentity
    period: Totals
    baseline: Totals | None
    topic_filter: str | None  # the one topic reported on, or None for all
    topics: tuple[TopicRow, ...]  # every topic with a counted airing in either period
    airings_change: Change  # totals: tần suất
    seconds_change: Change  # totals: thời lượng
    not_aired: NotAired
    baseline_not_aired: NotAired | None
    weekly: tuple[WeekBucket, ...]  # baseline weeks first, then the period's, in date order
    annex: tuple[AnnexRow, ...] | None  # None when built with annex=False
    targets: tuple[TargetResult, ...]  # measured over the report period
    chain_head_hash: str
    chain_check: ChainCheck | None  # None when built with verify_log=False
    generated_at: datetime  # station local time
    timezone: str = DEFAULT_TIMEZONE
    warnings: tuple[str, ...] = field(default=())
    directives: tuple[Directive, ...] = field(default=())  # what the reported topics answer

    @property
    def log_tampered(self) -> bool:
        return self.chain_check is not None and not self.chain_check.intact

    @property
    def title(self) -> str:
        return REPORT_TITLE

    @property
    def subtitle(self) -> str:
        """'Từ ngày 01/04/2025 đến ngày 30/06/2025', plus the topic when filtered."""
        text = f"Từ ngày {format_date(self.period.period.start)} đến ngày {format_date(self.period.period.end)}"
        return f"{text} - Chủ đề: {self.topic_filter}" if self.topic_filter else text

    def topic(self, name: str) -> TopicRow:
        return next(row for row in self.topics if row.topic == name)


# ---------------------------------------------------------------- computation

# {day: {topic: (airings, seconds)}} and imported count, for one period.
ByDay = dict[date, dict[str, tuple[int, float]]]


def _counted_in(period: Period, topic: str | None) -> tuple[str, list[Any]]:
    """WHERE clause for the airings that count in `period` (by start), optionally of one topic.
    `+status` keeps SQLite on the date index."""
    low, high = period.sql_bounds()
    where = f"started_at >= ? AND started_at < ? AND +status IN {_COUNTED_SQL}"
    params: list[Any] = [low, high]
    if topic is not None:
        where += " AND topic = ?"
        params.append(topic)
    return where, params


def _airtime_by_day(db: Database, period: Period, topic: str | None) -> tuple[ByDay, int]:
    where, params = _counted_in(period, topic)
    sql = (
        "SELECT substr(started_at, 1, 10) AS day, topic, count(*), total(duration_s), "
        f"total(source = 'imported') FROM airings WHERE {where}"
    )
    by_day: ByDay = {}
    imported = 0
    for day, name, count, seconds, from_import in db.execute(sql + " GROUP BY day, topic", params):
        by_day.setdefault(date.fromisoformat(day), {})[name or NO_TOPIC] = (count, seconds)
        imported += int(from_import)
    return by_day, imported


def _sum_topics(by_day: ByDay) -> dict[str, tuple[int, float]]:
    sums: dict[str, tuple[int, float]] = {}
    for per_topic in by_day.values():
        for name, (count, seconds) in per_topic.items():
            old_count, old_seconds = sums.get(name, (0, 0.0))
            sums[name] = (old_count + count, old_seconds + seconds)
    return sums


def _stamp(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _not_aired(db: Database, period: Period, topic: str | None) -> NotAired:
    low, high = period.sql_bounds()
    columns = (
        "id, status, scheduled_at, started_at, title, topic, trigger, planned_duration_s, note, "
        "operator, source, ended_at"
    )
    topic_sql = " AND topic = ?" if topic is not None else ""
    topic_params = [topic] if topic is not None else []
    # Two branches so each uses its own index: dated by schedule, or (no schedule) by start.
    sql = (
        f"SELECT {columns} FROM airings WHERE scheduled_at >= ? AND scheduled_at < ? "
        f"AND +status IN {_NOT_AIRED_SQL}{topic_sql} "
        f"UNION ALL SELECT {columns} FROM airings WHERE scheduled_at IS NULL "
        f"AND +started_at >= ? AND +started_at < ? AND +status IN {_NOT_AIRED_SQL}{topic_sql}"
    )
    lists: dict[str, list[NotAiredItem]] = {status: [] for status in NOT_AIRED_STATUSES}
    for row in db.execute(sql, [low, high, *topic_params, low, high, *topic_params]):
        scheduled, started = _stamp(row[2]), _stamp(row[3])
        lists[row[1]].append(
            NotAiredItem(
                id=row[0],
                status=row[1],
                day=(scheduled or started).date(),
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
            )
        )
    order = lambda item: (item.scheduled_at or datetime.combine(item.day, datetime.min.time()), item.id)  # noqa: E731
    return NotAired(**{status: tuple(sorted(items, key=order)) for status, items in lists.items()})


def _annex(db: Database, period: Period, topic: str | None) -> list[AnnexRow]:
    where, params = _counted_in(period, topic)
    sql = (
        "SELECT id, started_at, ended_at, scheduled_at, title, topic, duration_s, status, trigger, "
        f"operator, note, source FROM airings WHERE {where}"
    )
    rows = []
    for row in db.execute(sql, params):
        started = datetime.fromisoformat(row[1])
        rows.append(
            AnnexRow(
                id=row[0],
                moment=started,
                started_at=started,
                ended_at=_stamp(row[2]),
                scheduled_at=_stamp(row[3]),
                title=row[4],
                topic=row[5],
                duration_s=row[6] or 0.0,
                status=row[7],
                trigger=row[8],
                operator=row[9] or "",
                note=row[10] or "",
                imported=row[11] == "imported",
            )
        )
    return rows


def _not_aired_annex(items: list[NotAiredItem]) -> list[AnnexRow]:
    return [
        AnnexRow(
            id=item.id,
            moment=item.scheduled_at or item.started_at,
            started_at=item.started_at,
            ended_at=item.ended_at,
            scheduled_at=item.scheduled_at,
            title=item.title,
            topic=item.topic,
            duration_s=0.0,
            status=item.status,
            trigger=item.trigger,
            operator=item.operator,
            note=item.note,
            imported=item.imported,
        )
        for item in items
    ]


def _weekly(which: str, period: Period, by_day: ByDay, topics: list[str]) -> list[WeekBucket]:
    buckets = []
    for first, last in iso_weeks(period.start, period.end):
        seconds = dict.fromkeys(topics, 0.0)
        airings = dict.fromkeys(topics, 0)
        day = first
        while day <= last:
            for name, (count, secs) in by_day.get(day, {}).items():
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


def resolve_report_topic(db: Database, name: str) -> str:
    """The stored spelling of a topic: a topic of the station, or a name found in the log (a topic
    renamed or deleted since keeps its airings under the old name)."""
    wanted = topic_key(name)
    for (stored,) in db.execute("SELECT name FROM topics"):
        if topic_key(stored) == wanted:
            return stored
    for (stored,) in db.execute("SELECT DISTINCT topic FROM airings"):
        if topic_key(stored) == wanted:
            return stored
    known = "; ".join(row[0] for row in db.execute("SELECT name FROM topics ORDER BY id"))
    raise NotFound(
        f"Không có chủ đề '{name.strip()}' trong danh sách chủ đề hay trong nhật ký. Các chủ đề hiện có: {known}"
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
    """Count the log for `period` (and `baseline`), optionally for one topic (matched loosely:
    case, spacing and Unicode form do not matter; NotFound when neither the station nor the log has it).

    Stored timestamps are already station local time, so days are read straight from them;
    `timezone` only decides the clock that stamps `generated_at` (or pass `now`).
    annex=False leaves `Report.annex` None (summaries and JSON that do not need every airing);
    verify_log=False skips the whole-log chain check (`chain_check` None). Raises InputError for a
    period that is not a Period. Read-only: safe to run on a worker thread with its own connection.
    """
    if not isinstance(period, Period) or (baseline is not None and not isinstance(baseline, Period)):
        raise InputError("Kỳ báo cáo không hợp lệ")
    topic_name = resolve_report_topic(db, topic) if topic is not None else None
    generated_at = (now or now_local(timezone)).replace(microsecond=0)

    period_days, period_imported = _airtime_by_day(db, period, topic_name)
    period_sums = _sum_topics(period_days)
    if baseline is not None:
        baseline_days, baseline_imported = _airtime_by_day(db, baseline, topic_name)
        baseline_sums = _sum_topics(baseline_days)
    else:
        baseline_days, baseline_imported, baseline_sums = {}, 0, {}

    # Station topic order first, then names only the log knows (renamed or removed topics).
    colours: dict[str, str] = {}
    for name, colour in db.execute("SELECT name, colour FROM topics ORDER BY id"):
        colours[name] = colour or DEFAULT_COLOUR
    present = set(period_sums) | set(baseline_sums)
    names = [name for name in colours if name in present] + sorted(present - set(colours) - {NO_TOPIC})
    names += [NO_TOPIC] if NO_TOPIC in present else []

    rows = []
    for name in names:
        count, seconds = period_sums.get(name, (0, 0.0))
        if baseline is not None:
            base_count, base_seconds = baseline_sums.get(name, (0, 0.0))
            base_fields: tuple[Any, ...] = (
                base_count,
                round(base_seconds, 3),
                base_count / baseline.days,
                base_seconds / 60.0 / baseline.days,
            )
        else:
            base_count = base_seconds = None
            base_fields = (None, None, None, None)
        rows.append(
            TopicRow(
                topic=name,
                colour=colours.get(name, DEFAULT_COLOUR),
                airings=count,
                seconds=round(seconds, 3),
                airings_per_day=count / period.days,
                minutes_per_day=seconds / 60.0 / period.days,
                baseline_airings=base_fields[0],
                baseline_seconds=base_fields[1],
                baseline_airings_per_day=base_fields[2],
                baseline_minutes_per_day=base_fields[3],
                airings_change=compare(count, base_count),
                seconds_change=compare(seconds, base_seconds),
            )
        )

    period_totals = Totals(
        period, sum(r.airings for r in rows), round(sum(r.seconds for r in rows), 3), period_imported
    )
    baseline_totals = None
    if baseline is not None:
        baseline_totals = Totals(
            baseline,
            sum(r.baseline_airings or 0 for r in rows),
            round(sum(r.baseline_seconds or 0.0 for r in rows), 3),
            baseline_imported,
        )

    not_aired = _not_aired(db, period, topic_name)
    baseline_not_aired = _not_aired(db, baseline, topic_name) if baseline is not None else None

    weekly = _weekly("period", period, period_days, names)
    if baseline is not None:
        weekly = _weekly("baseline", baseline, baseline_days, names) + weekly

    annex_rows = None
    if annex:
        merged = _annex(db, period, topic_name) + _not_aired_annex(not_aired.items())
        annex_rows = tuple(sorted(merged, key=lambda row: (row.moment, row.id)))

    # A name only the log knows (a topic renamed or removed since) has no targets.
    known_topic = topic_name is None or topic_name in colours
    targets = tuple(evaluate_targets(list_targets(db, topic_name) if known_topic else [], period, period_days))

    check = verify_chain(db, incremental=True) if verify_log else None
    warnings = _warnings(db, period, baseline, check, generated_at, topic_name)

    return Report(
        station=StationIdentity.from_settings(get_settings(db)),
        period=period_totals,
        baseline=baseline_totals,
        topic_filter=topic_name,
        topics=tuple(rows),
        airings_change=compare(period_totals.airings, baseline_totals.airings if baseline_totals else None),
        seconds_change=compare(period_totals.seconds, baseline_totals.seconds if baseline_totals else None),
        not_aired=not_aired,
        baseline_not_aired=baseline_not_aired,
        weekly=tuple(weekly),
        annex=annex_rows,
        targets=targets,
        chain_head_hash=check.head_hash if check is not None and check.intact else chain_head_hash(db),
        chain_check=check,
        generated_at=generated_at,
        timezone=timezone,
        warnings=tuple(warnings),
        directives=_directives(db, [topic_name] if topic_name else (names or list(colours))),
    )


def _warnings(
    db: Database,
    period: Period,
    baseline: Period | None,
    check: ChainCheck | None,
    generated_at: datetime,
    topic: str | None,
) -> list[str]:
    warnings = []
    if check is not None and not check.intact:
        warnings.append(
            f"{TAMPERED_WARNING}: dòng số {check.first_bad_id} {check.problem}. "
            "Số liệu trong báo cáo không còn đáng tin cậy."
        )
    low, high = period.sql_bounds()
    sql = "SELECT count(*) FROM airings WHERE status = 'on_air' AND started_at >= ? AND started_at < ?"
    params: list[Any] = [low, high]
    if topic is not None:
        sql += " AND topic = ?"
        params.append(topic)
    on_air = db.execute(sql, params).fetchone()[0]
    if on_air:
        warnings.append(f"Có {on_air} lượt đang phát chưa kết thúc, chưa được tính vào báo cáo.")
    if period.end >= generated_at.date():
        warnings.append(
            "Kỳ báo cáo chưa kết thúc: số liệu tính đến thời điểm lập báo cáo "
            f"({generated_at.strftime('%H:%M')} ngày {format_date(generated_at.date())})."
        )
    if baseline is not None and baseline.overlaps(period):
        warnings.append("Kỳ so sánh trùng một phần với kỳ báo cáo.")
    return warnings


# ---------------------------------------------------------------- JSON


def _totals_json(totals: Totals) -> dict[str, Any]:
    return {
        "from": totals.period.start.isoformat(),
        "to": totals.period.end.isoformat(),
        "days": totals.period.days,
        "airings": totals.airings,
        "seconds": totals.seconds,
        "minutes": round(totals.minutes, 2),
        "airings_per_day": round(totals.airings_per_day, 3),
        "minutes_per_day": round(totals.minutes_per_day, 3),
        "imported_airings": totals.imported_airings,
    }


def _change_json(change: Change) -> dict[str, Any]:
    return {"percent": None if change.percent is None else round(change.percent, 2), "label": change.label}


def _not_aired_json(not_aired: NotAired) -> list[dict[str, Any]]:
    return [
        {
            "id": item.id,
            "status": item.status,
            "date": item.day.isoformat(),
            "scheduled_at": item.scheduled_at.strftime(TIMESTAMP_FORMAT) if item.scheduled_at else None,
            "title": item.title,
            "topic": item.topic,
            "trigger": item.trigger,
            "note": item.note,
        }
        for item in not_aired.items()
    ]


def _optional_round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def report_to_json(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data. Stable keys: station, period, baseline, topics, not_aired (counts);
    the others (identity, changes, weekly, targets, log check, warnings) are additions. Built with the
    annex, it also carries the row-level details: airings, not_aired_items, baseline_not_aired_items."""
    stamp = lambda moment: moment.strftime(TIMESTAMP_FORMAT) if moment else None  # noqa: E731
    data: dict[str, Any] = {
        "station": report.station.name,
        "station_identity": {
            "name": report.station.name,
            "issuing_body": report.station.issuing_body,
            "ward": report.station.ward,
            "town": report.station.town,
            "province": report.station.province,
            "signer_name": report.station.signer_name,
            "signer_title": report.station.signer_title,
            "preparer_name": report.station.preparer_name,
        },
        "title": report.title,
        "generated_at": stamp(report.generated_at),
        "timezone": report.timezone,
        "topic_filter": report.topic_filter,
        "directives": [
            {
                "number": d.number,
                "date": d.date.isoformat() if d.date else None,
                "issuer": d.issuer,
                "summary": d.summary,
            }
            for d in report.directives
        ],
        "period": _totals_json(report.period),
        "baseline": _totals_json(report.baseline) if report.baseline else None,
        "change": {"airings": _change_json(report.airings_change), "seconds": _change_json(report.seconds_change)},
        "topics": [
            {
                "topic": row.topic,
                "colour": row.colour,
                "airings": row.airings,
                "seconds": row.seconds,
                "minutes": round(row.minutes, 2),
                "airings_per_day": round(row.airings_per_day, 3),
                "minutes_per_day": round(row.minutes_per_day, 3),
                "baseline_airings": row.baseline_airings,
                "baseline_seconds": row.baseline_seconds,
                "baseline_minutes": _optional_round(row.baseline_minutes, 2),
                "airings_change_percent": _change_json(row.airings_change)["percent"],
                "airings_change_label": row.airings_change.label,
                "seconds_change_percent": _change_json(row.seconds_change)["percent"],
                "seconds_change_label": row.seconds_change.label,
            }
            for row in report.topics
        ],
        "not_aired": report.not_aired.counts,
        "baseline_not_aired": report.baseline_not_aired.counts if report.baseline_not_aired else None,
        "weekly": [
            {
                "period": bucket.which,
                "week": bucket.key,
                "label": bucket.label,
                "from": bucket.first_day.isoformat(),
                "to": bucket.last_day.isoformat(),
                "days": bucket.days,
                "minutes": {name: round(value / 60.0, 2) for name, value in bucket.seconds.items()},
                "airings": dict(bucket.airings),
            }
            for bucket in report.weekly
        ],
        "targets": [
            {
                "topic": result.target.topic,
                "metric": result.target.metric,
                "minimum": result.target.minimum,
                "label": result.target.label,
                "expected": result.expected,
                "actual": result.actual,
                "shortfall": result.shortfall,
                "met": result.met,
                "units": result.units,
                "units_met": result.units_met,
                "status": result.status_label,
            }
            for result in report.targets
        ],
        "log": {
            "head_hash": report.chain_head_hash,
            "verified": report.chain_check is not None,
            "intact": None if report.chain_check is None else report.chain_check.intact,
            "rows_checked": None if report.chain_check is None else report.chain_check.rows_checked,
            "first_bad_id": None if report.chain_check is None else report.chain_check.first_bad_id,
            "problem": None if report.chain_check is None else report.chain_check.problem,
        },
        "warnings": list(report.warnings),
    }
    if report.annex is not None:  # the details: one entry per row, only when asked for
        data["not_aired_items"] = _not_aired_json(report.not_aired)
        data["baseline_not_aired_items"] = (
            _not_aired_json(report.baseline_not_aired) if report.baseline_not_aired else None
        )
        data["airings"] = [
            {
                "id": row.id,
                "date": row.moment.date().isoformat(),
                "time": row.time_label,
                "started_at": stamp(row.started_at),
                "ended_at": stamp(row.ended_at),
                "scheduled_at": stamp(row.scheduled_at),
                "title": row.title,
                "topic": row.topic,
                "seconds": row.duration_s,
                "status": row.status,
                "trigger": row.trigger,
                "operator": row.operator,
                "note": row.note,
                "imported": row.imported,
            }
            for row in report.annex
        ]
    return data
