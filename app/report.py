"""Broadcast reports (báo cáo kết quả phát sóng): frequency and duration per topic, period against baseline.

Entry point: `build_report(db, period, baseline=None, topic=None)` returns a `Report`, an immutable
snapshot that every output is drawn from (the printed PDF and the Báo cáo page in ui/, XLSX/CSV/JSON
in app.report_export, `report_to_json` here). Callers never recount: they read the model.

Counting rules (docs: DESIGN.md, "Counting rules for reports"), all from app.log.counting:
- completed airings count, and interrupted ones once at least the station's share (50 % by default) of
  their planned length went out (no planned length: 60 s); their duration is `duration_s`, the time
  actually on air; shorter interrupted ones are "cut short" (ngắt sớm), listed apart, adding nothing;
- an airing belongs to the date it started, a row that never started (missed, failed, skipped) to
  the date it was scheduled for (a failed row is dated by its schedule, not by when it failed);
- only rows sealed into the chain up to the head the report verified are counted: the printed
  verification code (app.log.paper) names that head, so the paper can be checked against the log;
- periods include both end dates; change in percent = (period - baseline) / baseline x 100; with a
  zero baseline the change is `None`, labelled "mới" (new), or "—" when both sides are zero.

Speed: each period costs two GROUP BY (day, topic, kind) queries, one over the `started_at` index and
one over the `scheduled_at` index; weekly series, per-day averages and targets are derived in Python
from the per-day totals. `+status` keeps SQLite on the date index. Before counting, the whole log is
verified (`app.log.verify.inspect_log`: the full chain, unsealed rows, the anchors outside the
database); `verify_log=False` skips it. The annex of a large period is streamed (`iter_annex`).

Formatting helpers (`format_number`, `format_percent`, `format_minutes`, `format_duration`,
`format_date`) give every output the same Vietnamese text: decimal comma, thousands dot, dd/mm/yyyy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from app.errors import InputError, NotFound
from app.labels import COUNTING_KIND_LABELS, STATUS_LABELS, TRIGGER_LABELS
from app.log import anchors
from app.log.airings import GENESIS_HASH
from app.log.counting import (
    NO_PLAN_MIN_SECONDS,
    CountingRule,
    Tally,
    branches,
    tally,
)
from app.log.paper import PaperCode, topic_tag
from app.log.statuses import NOT_AIRED_STATUSES
from app.log.verify import LogVerdict, inspect_log
from app.settings import StationSettings, read_settings
from app.station_time import DEFAULT_TIMEZONE, TIMESTAMP_FORMAT, now_local
from app.targets import DEFAULT_COLOUR, TargetResult, evaluate_targets, iso_weeks, list_targets, topic_key

NEW_LABEL = "mới"
NO_CHANGE_LABEL = "—"
TAMPERED_WARNING = "Nhật ký đã bị sửa ngoài phần mềm"
NO_TOPIC = "Không thuộc chủ đề (nhạc hiệu, thông báo khác)"  # airings logged with an empty topic
REPORT_TITLE = "BÁO CÁO KẾT QUẢ PHÁT SÓNG TUYÊN TRUYỀN"


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
    def from_settings(cls, settings: StationSettings) -> StationIdentity:
        return cls(
            **{
                key: getattr(settings, key)
                for key in ("issuing_body", "ward", "town", "province", "signer_name", "signer_title", "preparer_name")
            },
            name=settings.station_name,
        )


@dataclass(frozen=True)
class Totals:
    """Counted airings of one period (all topics of the report together)."""

    period: Period
    airings: int
    seconds: float
    imported_airings: int = 0  # of `airings`, how many came from `log import` rather than the app
    cut_short: int = 0  # interrupted too early to count (ngắt sớm): listed apart, not in `airings`
    cut_short_seconds: float = 0.0  # their time on air, not in `seconds`

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
    """A row listed apart: planned but not aired (missed, failed, skipped), or cut short."""

    id: int
    status: str  # missed, failed, skipped, or interrupted for a cut-short airing
    day: date  # the date it belongs to (the counting rule's dating)
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
    kind: str = ""  # the counting kind: missed, failed, skipped or cut_short (defaults to the status)
    seconds: float = 0.0  # time on air (a cut-short airing's seconds; 0 for the others)

    def __post_init__(self) -> None:
        if not self.kind:
            object.__setattr__(self, "kind", self.status)

    @property
    def status_label(self) -> str:
        return COUNTING_KIND_LABELS["cut_short"] if self.kind == "cut_short" else STATUS_LABELS[self.status]

    @property
    def moment(self) -> datetime:
        """When it is dated (app.log.counting): its start if it aired, else its schedule."""
        aired = self.kind in ("counted", "cut_short")
        first, second = (self.started_at, self.scheduled_at) if aired else (self.scheduled_at, self.started_at)
        return first or second or datetime.combine(self.day, datetime.min.time())


@dataclass(frozen=True)
class NotAired:
    """What a period lists apart, each list in time order: planned but not aired (missed, failed,
    skipped), and airings cut short (ngắt sớm), which went out but too briefly to count."""

    missed: tuple[NotAiredItem, ...] = ()
    failed: tuple[NotAiredItem, ...] = ()
    skipped: tuple[NotAiredItem, ...] = ()
    cut_short: tuple[NotAiredItem, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        return {
            "missed": len(self.missed),
            "failed": len(self.failed),
            "skipped": len(self.skipped),
            "cut_short": len(self.cut_short),
        }

    @property
    def total(self) -> int:
        """Planned but not aired: missed, failed and skipped (cut-short airings did go out)."""
        return len(self.missed) + len(self.failed) + len(self.skipped)

    @property
    def cut_short_seconds(self) -> float:
        return round(sum(item.seconds for item in self.cut_short), 3)

    def items(self) -> list[NotAiredItem]:
        """Every row listed apart, cut short included, in time order."""
        return sorted((*self.missed, *self.failed, *self.skipped, *self.cut_short), key=lambda i: (i.moment, i.id))


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
    kind: str = "counted"  # app.log.counting kind: counted, cut_short, missed, failed, skipped

    @property
    def counted(self) -> bool:
        return self.kind == "counted"

    @property
    def date_label(self) -> str:
        return format_date(self.moment.date())

    @property
    def time_label(self) -> str:
        return self.moment.strftime("%H:%M:%S")

    @property
    def status_label(self) -> str:
        if self.kind == "cut_short":
            return f"{STATUS_LABELS[self.status]} ({COUNTING_KIND_LABELS['cut_short'].lower()})"
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
    chain_head_hash: str  # row_hash of the last chain row the report counted (its chain_index: head_index)
    chain_check: LogVerdict | None  # the log's verdict; None when built with verify_log=False
    generated_at: datetime  # station local time
    timezone: str = DEFAULT_TIMEZONE
    warnings: tuple[str, ...] = field(default=())
    directives: tuple[Directive, ...] = field(default=())  # what the reported topics answer
    head_index: int = 0  # rows up to this chain position were counted, none after
    rule: CountingRule = field(default_factory=CountingRule)
    paper_code: PaperCode | None = None  # printed as text and QR on the paper

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

# {day: {topic: (airings, seconds)}}: counted airings only, for one period.
ByDay = dict[date, dict[str, tuple[int, float]]]


def _sum_topics(by_day: ByDay) -> dict[str, tuple[int, float]]:
    sums: dict[str, tuple[int, float]] = {}
    for per_topic in by_day.values():
        for name, (count, seconds) in per_topic.items():
            old_count, old_seconds = sums.get(name, (0, 0.0))
            sums[name] = (old_count + count, old_seconds + seconds)
    return sums


def _by_day(counted: Tally) -> ByDay:
    return {
        day: {name or NO_TOPIC: totals for name, totals in topics.items()}
        for day, topics in counted.counted_by_day().items()
    }


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


def _rows_dated(
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


def _period_rows(
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


def iter_annex(db: Database, report: Report) -> Iterator[AnnexRow]:
    """Every row of the report period the report covers (counted or not), in time order, read from the
    database as it goes: a 500,000-row annex never sits in memory."""
    period = report.period.period
    sql, params = _rows_dated(period, report.topic_filter, report.rule, report.head_index, listed_only=False)
    for row in db.execute(sql, params):
        if row[13] in _ANNEX_KINDS:  # a sealed row marked on air is tampering: named by the check, not listed
            yield _annex_row(row)


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
    rule = CountingRule.of(db)

    # The verdict first: the report counts exactly the chain it verified (rows sealed later wait).
    check = inspect_log(db) if verify_log else None
    head_index = check.head_index if check is not None else anchors.database_head(db)[0]
    head_hash = anchors.hash_at(db, head_index) or GENESIS_HASH

    period_tally, not_aired = _period_rows(db, period, topic_name, rule, head_index)
    period_days = _by_day(period_tally)
    period_sums = _sum_topics(period_days)
    baseline_tally: Tally | None = None
    baseline_not_aired: NotAired | None = None
    if baseline is not None:
        baseline_tally, baseline_not_aired = _period_rows(db, baseline, topic_name, rule, head_index)
        baseline_days = _by_day(baseline_tally)
        baseline_sums = _sum_topics(baseline_days)
    else:
        baseline_days, baseline_sums = {}, {}

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

    cut_short = period_tally.total("cut_short")
    period_totals = Totals(
        period,
        sum(r.airings for r in rows),
        round(sum(r.seconds for r in rows), 3),
        period_tally.imported_counted,
        cut_short[0],
        cut_short[1],
    )
    baseline_totals = None
    if baseline is not None and baseline_tally is not None:
        base_cut = baseline_tally.total("cut_short")
        baseline_totals = Totals(
            baseline,
            sum(r.baseline_airings or 0 for r in rows),
            round(sum(r.baseline_seconds or 0.0 for r in rows), 3),
            baseline_tally.imported_counted,
            base_cut[0],
            base_cut[1],
        )

    weekly = _weekly("period", period, period_days, names)
    if baseline is not None:
        weekly = _weekly("baseline", baseline, baseline_days, names) + weekly

    annex_rows = None
    if annex:
        sql, params = _rows_dated(period, topic_name, rule, head_index, listed_only=False)
        annex_rows = tuple(_annex_row(row) for row in db.execute(sql, params) if row[13] in _ANNEX_KINDS)

    # A name only the log knows (a topic renamed or removed since) has no targets.
    known_topic = topic_name is None or topic_name in colours
    targets = tuple(evaluate_targets(list_targets(db, topic_name) if known_topic else [], period, period_days))

    warnings = _warnings(db, period, baseline, check, generated_at, topic_name)
    paper_code = PaperCode(
        period.start,
        period.end,
        period_totals.airings,
        round(period_totals.seconds),
        rule.share_percent,
        topic_tag(topic_name),
        head_index,
        head_hash,
    )

    return Report(
        station=StationIdentity.from_settings(read_settings(db)),
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
        chain_head_hash=head_hash,
        chain_check=check,
        generated_at=generated_at,
        timezone=timezone,
        warnings=tuple(warnings),
        directives=_directives(db, [topic_name] if topic_name else (names or list(colours))),
        head_index=head_index,
        rule=rule,
        paper_code=paper_code,
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
        "cut_short_airings": totals.cut_short,
        "cut_short_seconds": totals.cut_short_seconds,
    }


def _change_json(change: Change) -> dict[str, Any]:
    return {"percent": None if change.percent is None else round(change.percent, 2), "label": change.label}


def not_aired_json(not_aired: NotAired) -> Iterator[dict[str, Any]]:
    """One dict per row listed apart, in time order (a generator: a long list is written as it goes)."""
    stamp = lambda moment: moment.strftime(TIMESTAMP_FORMAT) if moment else None  # noqa: E731
    return (
        {
            "id": item.id,
            "status": item.status,
            "kind": item.kind,
            "date": item.day.isoformat(),
            "scheduled_at": stamp(item.scheduled_at),
            "started_at": stamp(item.started_at),
            "title": item.title,
            "topic": item.topic,
            "trigger": item.trigger,
            "seconds": item.seconds,
            "planned_seconds": item.planned_seconds,
            "note": item.note,
        }
        for item in not_aired.items()
    )


def annex_json(row: AnnexRow) -> dict[str, Any]:
    """One entry of the JSON report's `airings` list."""
    stamp = lambda moment: moment.strftime(TIMESTAMP_FORMAT) if moment else None  # noqa: E731
    return {
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
        "kind": row.kind,
        "counted": row.counted,
        "trigger": row.trigger,
        "operator": row.operator,
        "note": row.note,
        "imported": row.imported,
    }


def _optional_round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def report_to_json(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data. Stable keys: station, period, baseline, topics, not_aired (counts:
    missed, failed, skipped, cut_short); the others (identity, changes, weekly, targets, counting, log
    check, warnings) are additions. Built with the annex, it also carries the row-level details:
    airings, not_aired_items, baseline_not_aired_items (app.report_export streams them instead)."""
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
        "counting": {
            "interrupted_min_percent": report.rule.share_percent,
            "no_plan_min_seconds": NO_PLAN_MIN_SECONDS,
        },
        "log": _log_json(report),
        "warnings": list(report.warnings),
    }
    if report.annex is not None:  # the details: one entry per row, only when asked for
        data["not_aired_items"] = list(not_aired_json(report.not_aired))
        data["baseline_not_aired_items"] = (
            list(not_aired_json(report.baseline_not_aired)) if report.baseline_not_aired else None
        )
        data["airings"] = [annex_json(row) for row in report.annex]
    return data


def _log_json(report: Report) -> dict[str, Any]:
    check = report.chain_check
    anchored = check.anchored if check is not None else None
    return {
        "head_hash": report.chain_head_hash,
        "head_index": report.head_index,
        "verified": check is not None,
        "intact": None if check is None else check.intact,
        "rows_checked": None if check is None else check.rows_checked,
        "first_bad_id": None if check is None else check.first_bad_id,
        "problem": None if check is None else check.problem,
        "message": None if check is None else check.message,
        "unsealed_ids": None if check is None else list(check.chain.unsealed_ids),
        "anchor": None
        if anchored is None
        else {
            "file": str(anchored.path),
            "state": anchored.state,
            "index": anchored.anchor.index if anchored.anchor else None,
            "at": anchored.anchor.at if anchored.anchor else None,
        },
        "paper_code": report.paper_code.text if report.paper_code else None,
    }
