"""The report model: an immutable snapshot every output is drawn from (the printed PDF and the Báo cáo page
in ui/, XLSX/CSV/JSON in app.report.export and app.report.as_json). Callers never recount: they read it.

A change in percent is (period - baseline) / baseline x 100; with a zero baseline it is `None`, labelled
"mới" (new), or "—" when both sides are zero (`compare`, the one place of that rule).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from app.approval import AiringApproval, approval_of_airing
from app.directives import Directive
from app.formatting import VIETNAMESE
from app.labels import COUNTING_KIND_LABELS, IMPORTED_SOURCE, STATUS_LABELS, trigger_label
from app.log.counting import CountingRule
from app.log.paper import PaperCode
from app.log.verify import LogVerdict
from app.report.online import OnlineTotals
from app.report.period import Period, per_day
from app.report.policy import PolicyCompliance
from app.report.relay import RelayTotals
from app.report.targets import TargetResult
from app.settings import StationSettings
from app.station_time import DEFAULT_TIMEZONE

NEW_LABEL = "mới"
NO_CHANGE_LABEL = "—"
TAMPERED_WARNING = "Nhật ký đã bị sửa ngoài phần mềm"
NO_TOPIC = "Không thuộc chủ đề (nhạc hiệu, thông báo khác)"  # airings logged with an empty topic
REPORT_TITLE = "BÁO CÁO KẾT QUẢ PHÁT SÓNG TUYÊN TRUYỀN"


@dataclass(frozen=True)
class Change:
    """Change against the baseline. `percent` is None with no baseline (label '') or a zero one."""

    percent: float | None
    label: str

    @property
    def is_new(self) -> bool:
        """The baseline had none and the period has some: 'mới'."""
        return self.percent is None and self.label == NEW_LABEL


def compare(current: float, baseline: float | None) -> Change:
    """`current` against `baseline`: no baseline, a zero one ("mới", or "—" when both are zero), or a percent."""
    if baseline is None:
        return Change(None, "")
    if baseline == 0:
        return Change(None, NEW_LABEL if current > 0 else NO_CHANGE_LABEL)
    percent = (current - baseline) / baseline * 100.0
    return Change(percent, VIETNAMESE.percent(percent))


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
    # Decree 30's issuing body and signing form (app/signing.py).
    issuer: str = "ubnd"
    signing_form: str = "KT."
    head_title: str = "CHỦ TỊCH"

    @classmethod
    def from_settings(cls, settings: StationSettings) -> StationIdentity:
        keys = ("issuing_body", "ward", "town", "province", "signer_name", "signer_title", "preparer_name")
        return cls(
            **{key: getattr(settings, key) for key in (*keys, "issuer", "signing_form", "head_title")},
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
    # The days averages are taken over (app.report.period.days_so_far); None: the whole period.
    average_days: int | None = None

    @property
    def minutes(self) -> float:
        return self.seconds / 60.0

    @property
    def days_averaged(self) -> int:
        return self.period.days if self.average_days is None else self.average_days

    @property
    def so_far(self) -> bool:
        """The period has not ended: its averages are over the days so far (or none, before it begins)."""
        return self.days_averaged < self.period.days

    @property
    def averages_note(self) -> str:
        """What the averages are over, said when it is not the whole period: '' for a period already over."""
        if not self.so_far:
            return ""
        if self.days_averaged == 0:
            return "kỳ chưa bắt đầu, chưa có số bình quân"
        return f"tính trên {self.days_averaged} ngày đã qua của kỳ"

    @property
    def airings_per_day(self) -> float | None:
        return per_day(self.airings, self.days_averaged)

    @property
    def seconds_per_day(self) -> float | None:
        return per_day(self.seconds, self.days_averaged)

    @property
    def minutes_per_day(self) -> float | None:
        return per_day(self.minutes, self.days_averaged)


@dataclass(frozen=True)
class TopicRow:
    """One topic's line in the main table. Baseline fields are None when the report has no baseline."""

    topic: str
    colour: str
    airings: int
    seconds: float
    airings_per_day: float | None  # None before the period begins (app.report.period.per_day)
    minutes_per_day: float | None
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
        return VIETNAMESE.date(self.moment.date())

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
        return trigger_label(self.trigger, IMPORTED_SOURCE if self.imported else None)

    @property
    def approval(self) -> AiringApproval | None:
        """The approval this airing recorded in its note when it aired (not the bulletin's approval today)."""
        return approval_of_airing(self.note)


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
    policy: PolicyCompliance | None = None  # were the broadcast-hour rules kept (app/report/policy.py)
    relay: RelayTotals | None = None  # tiếp sóng against the station's own programmes (app.report.relay)
    baseline_relay: RelayTotals | None = None
    online: OnlineTotals | None = None  # posts on Zalo, Facebook, websites, counted apart (app.report.online)
    baseline_online: OnlineTotals | None = None

    @property
    def log_tampered(self) -> bool:
        return self.chain_check is not None and not self.chain_check.intact

    @property
    def title(self) -> str:
        return REPORT_TITLE

    @property
    def subtitle(self) -> str:
        """'Từ ngày 01/04/2025 đến ngày 30/06/2025', plus the topic when filtered."""
        period = self.period.period
        text = f"Từ ngày {VIETNAMESE.date(period.start)} đến ngày {VIETNAMESE.date(period.end)}"
        return f"{text} - Chủ đề: {self.topic_filter}" if self.topic_filter else text

    def topic(self, name: str) -> TopicRow:
        return next(row for row in self.topics if row.topic == name)
