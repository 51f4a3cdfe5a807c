"""The printed report's Vietnamese wording, with no Qt and no markup: its sentences, section texts, table
cells, change labels and phrases, the annex's lines and the page footer. ui/report/ lays them out (HTML for
the body, the annex painted as a table, the footer on every page).

A sentence is a tuple of parts; a part the paper emphasises is a `Strong`, and the layout decides how it
looks. Numbers and dates are always Vietnamese (app.formatting.VIETNAMESE): an official document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.formatting import VIETNAMESE as VI
from app.labels import STATUS_LABELS
from app.log.counting import NO_PLAN_MIN_SECONDS
from app.log.paper import PaperCode
from app.report.model import (
    NEW_LABEL,
    NO_CHANGE_LABEL,
    TAMPERED_WARNING,
    AnnexRow,
    Change,
    Report,
    StationIdentity,
    Totals,
    compare,
)
from app.report.period import Period
from app.report.targets import TargetResult
from app.signing import Signing, signature_lines

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RESULTS_HEADING = "I. KẾT QUẢ PHÁT SÓNG THEO CHỦ ĐỀ"
TARGETS_HEADING = "II. THỰC HIỆN CHỈ TIÊU"
NOT_AIRED_HEADING = "III. CÁC LƯỢT KHÔNG PHÁT ĐƯỢC, LƯỢT NGẮT SỚM"
CHARTS_HEADING = "IV. BIỂU ĐỒ"
NO_AIRINGS = "Không có lượt phát nào được ghi nhận trong kỳ."
NO_TARGETS = "Chưa đặt chỉ tiêu cho chủ đề nào."
TOTAL = "Tổng cộng"
CHANGE_NOTE = "“Tăng, giảm”: so với kỳ so sánh; “mới”: kỳ so sánh không phát chủ đề này."
TAMPERED_TITLE = f"CẢNH BÁO: {TAMPERED_WARNING.upper()}"
VERIFICATION_TITLE = "MÃ KIỂM TRA BÁO CÁO"
VERIFICATION_HINT = "Đối chiếu: truyenthanh log verify --paper <mã>"
ANNEX_EMPTY = "Không có lượt phát nào trong kỳ."
ANNEX_NOTE = (
    "Dòng nền xám: lượt không phát được (bị lỡ, lỗi, bỏ qua) hoặc bị ngắt sớm, không tính vào tần "
    "suất, thời lượng (lượt ngắt sớm ghi số giây đã phát)."
)
CUT_SHORT_LISTED = 15  # cut-short airings listed in section III; the annex has them all
HASH_CHARS = 16  # of the chain head's hash in the footer


@dataclass(frozen=True)
class Strong:
    """A part of a sentence the paper emphasises."""

    text: str


Sentence = tuple[str | Strong, ...]


@dataclass(frozen=True)
class TableLine:
    """One line of a table: its number ('' for the total), its name, its cells, and whether it is the total."""

    index: str
    name: str
    cells: tuple[str, ...]
    total: bool = False


@dataclass(frozen=True)
class TargetLine:
    index: int
    topic: str
    target: str
    expected: str
    actual: str
    units: str
    result: str
    met: bool


# ---------------------------------------------------------------- words for dates, places, people


def place_name(ward: str, town: str) -> str:
    """'phường Bạch Sam' -> 'Bạch Sam' for the place-and-date line."""
    name = (ward or town or "").strip()
    return re.sub(r"^(phường|xã|thị trấn|thị xã|quận|huyện|thành phố)\s+", "", name, flags=re.IGNORECASE)


def decree_date(day: date) -> str:
    """Decree 30: days below 10 and months 1 and 2 take a leading zero: 'ngày 05 tháng 02 năm 2026'."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_and_date(report: Report) -> str:
    """'Bạch Sam, ngày 27 tháng 11 năm 2026'."""
    station = report.station
    return f"{place_name(station.ward, station.town)}, {decree_date(report.generated_at.date())}"


def signer_title_lines(station: StationIdentity) -> list[str]:
    """The lines above the signature in Decree 30's signing form (app.signing), in capitals."""
    return signature_lines(Signing.of(station))


def recipients(station: StationIdentity) -> list[str]:
    """Nơi nhận."""
    town = station.town.strip()
    return [
        f"UBND {town} (để báo cáo);" if town else "Cấp trên (để báo cáo);",
        "TT Đảng ủy, HĐND phường;",
        "Chủ tịch, các Phó Chủ tịch UBND phường;",
        "Lưu: VP, Đài TT.",
    ]


def span(period: Period) -> str:
    """'Từ ngày 01/10/2026 đến ngày 31/10/2026'."""
    return f"Từ ngày {VI.date(period.start)} đến ngày {VI.date(period.end)}"


# ---------------------------------------------------------------- changes


def change_label(change: Change) -> str:
    """A table cell: the model's label, without decimals once the change reaches 100% (narrow columns)."""
    if change.percent is not None and abs(change.percent) >= 100:
        return VI.percent(round(change.percent)).replace(",0%", "%")
    return change.label


def change_phrase(change: Change) -> str:
    """A change as words in a sentence: 'tăng 25,0%', 'giảm 12,3%', 'tăng 406,9% (gấp 5,1 lần)'."""
    if change.percent is None:
        return "mới có (kỳ so sánh không có)" if change.label == NEW_LABEL else "không đổi"
    if abs(change.percent) < 0.05:
        return "không đổi"
    word = "tăng" if change.percent > 0 else "giảm"
    text = f"{word} {VI.number(abs(change.percent), 1)}%"
    if change.percent >= 100:
        text += f" (gấp {VI.number(1 + change.percent / 100, 1)} lần)"
    return text


# ---------------------------------------------------------------- title and notes


def about(report: Report) -> str:
    """The title's second line: what the report is about."""
    if report.topic_filter:
        return f"Về tần suất, thời lượng phát sóng tin, bài tuyên truyền chủ đề “{report.topic_filter}”"
    return "Về tần suất, thời lượng phát sóng tin, bài tuyên truyền theo chủ đề"


def answers(report: Report) -> str:
    """'Thực hiện Công văn số …' for the directives the reported topics cite, or ''."""
    if not report.directives:
        return ""
    return "Thực hiện " + "; ".join(directive.citation for directive in report.directives)


def compared_with(report: Report) -> str:
    """'(so với kỳ từ ngày … đến ngày …)' under the period, or '' without a baseline."""
    if report.baseline is None:
        return ""
    base = report.baseline.period
    return f"(so với kỳ từ ngày {VI.date(base.start)} đến ngày {VI.date(base.end)})"


def tampered_detail(report: Report) -> str:
    """What the log check said, for the red box of a report made from an edited log."""
    return next((w for w in report.warnings if w.startswith(TAMPERED_WARNING)), TAMPERED_WARNING)


def notes(report: Report) -> list[str]:
    """'Ghi chú: …' lines: every warning but the tampering one, which has its own box."""
    return [f"Ghi chú: {w}" for w in report.warnings if not w.startswith(TAMPERED_WARNING)]


# ---------------------------------------------------------------- I. results


def relay_line(report: Report) -> Sentence | None:
    """“Tiếp sóng: 12 lượt, 360,0 phút; tự sản xuất: 154,3 phút (tiếp sóng chiếm 70,0%).” None with no relay."""
    relay = report.relay
    if relay is None or (relay.airings == 0 and relay.fallback_seconds == 0):
        return None
    parts: list[str | Strong] = [
        "Tiếp sóng: ",
        Strong(VI.number(relay.airings)),
        " lượt, ",
        Strong(VI.minutes(relay.seconds)),
        " phút; tự sản xuất: ",
        Strong(VI.minutes(relay.local_seconds)),
        " phút",
    ]
    if relay.share_percent is not None:
        parts.append(f" (tiếp sóng chiếm {VI.number(relay.share_percent, 1)}%)")
    if relay.fallback_seconds:
        parts.append(f"; phát dự phòng khi mất tín hiệu: {VI.minutes(relay.fallback_seconds)} phút")
    parts.append(".")
    return tuple(parts)


def _per_day_cell(value: float | None) -> str:
    """A per-day figure to one decimal; a dash for a period not yet begun (no day to average over)."""
    return NO_CHANGE_LABEL if value is None else VI.number(value, 1)


def _averages(totals: Totals) -> str:
    """'bình quân 4,5 lượt và 9,1 phút mỗi ngày', with what they are over for a period under way."""
    if totals.airings_per_day is None or totals.minutes_per_day is None:
        return totals.averages_note  # nothing to average yet
    text = (
        f"bình quân {VI.number(totals.airings_per_day, 1)} lượt và {VI.number(totals.minutes_per_day, 1)} phút mỗi ngày"
    )
    return f"{text} ({totals.averages_note})" if totals.averages_note else text


def summary(report: Report) -> Sentence:
    """The paragraph over the table: what the period aired, against the baseline, per day when lengths differ."""
    now = report.period
    parts: list[str | Strong] = [
        f"Trong kỳ báo cáo ({now.period.days} ngày), {report.station.name or 'Đài Truyền thanh'} đã phát ",
        Strong(VI.number(now.airings)),
        " lượt tin, bài tuyên truyền với tổng thời lượng ",
        Strong(VI.minutes(now.seconds)),
        f" phút, {_averages(now)}",
    ]
    if now.imported_airings:
        parts.append(f" (trong đó {VI.number(now.imported_airings)} lượt nhập từ sổ nhật ký ghi trước đây)")
    parts.append(".")
    base = report.baseline
    if base is None:
        return tuple(parts)
    parts += [
        f" So với kỳ từ ngày {VI.date(base.period.start)} đến ngày {VI.date(base.period.end)} "
        f"({base.period.days} ngày: {VI.number(base.airings)} lượt, {VI.minutes(base.seconds)} phút), "
        "tần suất ",
        Strong(change_phrase(report.airings_change)),
        ", thời lượng ",
        Strong(change_phrase(report.seconds_change)),
        ".",
    ]
    if base.days_averaged != now.days_averaged and now.days_averaged and base.days_averaged:
        parts += [
            " Hai kỳ dài ngắn khác nhau; tính bình quân mỗi ngày (kỳ so sánh: "
            f"{_per_day_cell(base.airings_per_day)} lượt, {_per_day_cell(base.minutes_per_day)} phút) thì tần suất ",
            Strong(change_phrase(compare(now.airings_per_day or 0.0, base.airings_per_day))),
            ", thời lượng ",
            Strong(change_phrase(compare(now.minutes_per_day or 0.0, base.minutes_per_day))),
            ".",
        ]
    return tuple(parts)


def topic_lines(report: Report) -> list[TableLine]:
    """The per-topic table, the total line last: airings (and baseline, change), minutes (likewise), per day."""
    lines = []
    for index, row in enumerate(report.topics, start=1):
        cells = [VI.number(row.airings)]
        if report.baseline is not None:
            cells += [VI.number(row.baseline_airings or 0), change_label(row.airings_change)]
        cells.append(VI.minutes(row.seconds))
        if report.baseline is not None:
            cells += [VI.minutes(row.baseline_seconds or 0.0), change_label(row.seconds_change)]
        cells += [_per_day_cell(row.airings_per_day), _per_day_cell(row.minutes_per_day)]
        lines.append(TableLine(str(index), row.topic, tuple(cells)))
    total = report.period
    cells = [VI.number(total.airings)]
    if report.baseline is not None:
        cells += [VI.number(report.baseline.airings), change_label(report.airings_change)]
    cells.append(VI.minutes(total.seconds))
    if report.baseline is not None:
        cells += [VI.minutes(report.baseline.seconds), change_label(report.seconds_change)]
    cells += [_per_day_cell(total.airings_per_day), _per_day_cell(total.minutes_per_day)]
    lines.append(TableLine("", TOTAL, tuple(cells), total=True))
    return lines


# ---------------------------------------------------------------- II. targets


def target_line(index: int, result: TargetResult) -> TargetLine:
    """A target against the actual: what the period needed, what it reached, the days or weeks met."""
    unit = "lượt" if result.target.measure == "airings" else "phút"
    decimals = 0 if result.target.measure == "airings" else 1
    return TargetLine(
        index=index,
        topic=result.target.topic,
        target=result.target.label,
        expected=f"{VI.number(result.expected, decimals)} {unit}",
        actual=f"{VI.number(result.actual, decimals)} {unit}",
        units=f"{result.units_met}/{result.units} {result.unit_label}",
        result="Đạt" if result.met else f"Thiếu {VI.number(result.shortfall, decimals)} {unit}",
        met=result.met,
    )


# ---------------------------------------------------------------- III. not aired, cut short


def not_aired(report: Report) -> Sentence:
    """How many planned airings did not go out, by status, in the period and the baseline."""

    def listed(numbers: dict[str, int]) -> str:
        return ", ".join(
            f"{STATUS_LABELS[status].lower()} {numbers[status]}" for status in ("missed", "failed", "skipped")
        )

    parts: list[str | Strong] = [
        "Trong kỳ báo cáo có ",
        Strong(VI.number(report.not_aired.total)),
        f" lượt theo kế hoạch không phát được (không tính vào tần suất, thời lượng): {listed(report.not_aired.counts)}",
    ]
    if report.baseline_not_aired is not None:
        parts.append(f"; kỳ so sánh: {listed(report.baseline_not_aired.counts)}")
    parts.append(".")
    if report.not_aired.total and report.annex is not None:
        parts.append(" Chi tiết từng lượt ở Phụ lục.")
    return tuple(parts)


def policy_line(report: Report) -> Sentence:
    """Whether the period kept the broadcast-hour rules (sessions a day, longest session, quiet hours)."""
    if report.policy is None:
        return ()
    return (report.policy.sentence(),)


def cut_short(report: Report) -> Sentence:
    """Airings interrupted too early to count: how many, their seconds, the rule."""
    rule = (
        f"phát chưa đủ {report.rule.share_label} thời lượng dự kiến; lượt không có thời lượng dự kiến: "
        f"dưới {int(NO_PLAN_MIN_SECONDS)} giây"
    )
    parts: list[str | Strong] = [
        "Có ",
        Strong(VI.number(len(report.not_aired.cut_short))),
        f" lượt bị ngắt sớm ({rule}), cộng {VI.number(report.period.cut_short_seconds)} giây đã phát, "
        "không tính vào tần suất, thời lượng",
    ]
    if report.baseline is not None:
        parts.append(
            f"; kỳ so sánh: {VI.number(report.baseline.cut_short)} lượt, "
            f"{VI.number(report.baseline.cut_short_seconds)} giây"
        )
    parts.append(".")
    return tuple(parts)


def cut_short_lines(report: Report) -> list[TableLine]:
    """The first CUT_SHORT_LISTED cut-short airings: date, time, title, topic, seconds aired, planned length."""
    lines = []
    for index, item in enumerate(report.not_aired.cut_short[:CUT_SHORT_LISTED], start=1):
        planned = VI.duration(item.planned_seconds) if item.planned_seconds else "—"
        cells = (VI.date(item.day), item.moment.strftime("%H:%M:%S"), item.title, item.topic)
        lines.append(TableLine(str(index), "", (*cells, VI.number(item.seconds), planned)))
    return lines


def cut_short_more(report: Report) -> str:
    """'… và 5 lượt ngắt sớm khác (xem Phụ lục).' when the list was cut, else ''."""
    more = len(report.not_aired.cut_short) - CUT_SHORT_LISTED
    return f"… và {VI.number(more)} lượt ngắt sớm khác (xem Phụ lục)." if more > 0 else ""


# ---------------------------------------------------------------- the verification code, the annex, the footer


def verification_lines(code: PaperCode) -> list[str]:
    """The code as printed beside its QR code, then what it counted."""
    return [
        *code.lines(),
        f"Kỳ {VI.date(code.first)} - {VI.date(code.last)}: {VI.number(code.airings)} lượt, "
        f"{VI.minutes(code.seconds)} phút, đến lượt thứ {VI.number(code.index)} của nhật ký.",
    ]


def annex_title(report: Report) -> tuple[str, str, str]:
    """The annex's heading, name and the line tying it to the report."""
    period = report.period.period
    return (
        "PHỤ LỤC",
        "DANH SÁCH CÁC LƯỢT PHÁT",
        f"(Kèm theo báo cáo kết quả phát sóng tuyên truyền từ ngày {VI.date(period.start)} "
        f"đến ngày {VI.date(period.end)})",
    )


def annex_approval(row: AnnexRow) -> str:
    """The annex's approval cell: who approved what aired and when, as its row recorded it ('—': none)."""
    found = row.approval
    if found is None:
        return "—"
    day = date.fromisoformat(found.at[:10])
    return f"{found.by}, {found.at[11:16]} {VI.date(day)}"


def annex_cells(index: int, row: AnnexRow, with_approval: bool = False) -> list[str]:
    """One airing of the annex: number, date, time, title, topic, length on air ('—' if nothing went out),
    status, trigger, and (`with_approval`) the approval it aired under."""
    duration = VI.duration(row.duration_s) if row.counted or row.kind == "cut_short" else "—"
    approval = [annex_approval(row)] if with_approval else []
    return [
        str(index),
        row.date_label,
        row.time_label,
        row.title,
        row.topic,
        duration,
        row.status_label,
        row.trigger_label,
        *approval,
    ]


def footer(report: Report) -> str:
    """Every page's footer: the chain position and head hash counted up to, when, which station."""
    text = (
        f"Mã kiểm tra nhật ký: lượt {VI.number(report.head_index)}, "
        f"{report.chain_head_hash[:HASH_CHARS]}…   ·   "
        f"Lập lúc {report.generated_at.strftime('%H:%M %d/%m/%Y')}   ·   {report.station.name}"
    )
    return f"{TAMPERED_WARNING.upper()}   ·   {text}" if report.log_tampered else text


def page_label(number: int, count: int) -> str:
    return f"Trang {number}/{count}"
