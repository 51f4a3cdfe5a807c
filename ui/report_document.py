"""The printed report laid out as Decree 30/2020/NĐ-CP lays out administrative documents (A4 portrait,
Times-like serif embedded, 13 pt body, the two-column header, the signature block), painted page by
page onto any QPrinter: PDF file, preview, or paper.

Pages 1..n are a paginated QTextDocument (header, body, tables, charts, signature, and the report's
verification code as text and as a QR code). The annex (every airing of the period) follows on its own
pages, painted as a table by AnnexPages, so that no row is cut in two across pages and the header row
repeats on each page. Each page then gets its number in the top margin from page 2 on (as the Decree
asks) and a small footer with the chain position and head hash the report counted up to, so a sheet
can be matched to the database later (`truyenthanh log verify --paper CODE`).

The text is always Vietnamese: it is an official document whatever the interface language.
"""

from __future__ import annotations

import functools
import html
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import segno
from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

from app.errors import StationError
from app.labels import STATUS_LABELS
from app.log.counting import NO_PLAN_MIN_SECONDS
from app.report import (
    NEW_LABEL,
    TAMPERED_WARNING,
    Change,
    Report,
    format_date,
    format_duration,
    format_minutes,
    format_number,
    format_percent,
)
from ui import report_charts

# Decree 30/2020, Annex I: top 20-25 mm, bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
MARGIN_LEFT_MM = 30.0
MARGIN_RIGHT_MM = 15.0
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
FOOTER_FROM_BOTTOM_MM = 10.0
BODY_PT = 13.0
TABLE_PT = 10.5
ANNEX_PT = 10.0
FOOTER_PT = 8.0
HASH_CHARS = 16
QR_MM = 24.0  # printed size of the verification QR code
QR_MODULE_PX = 8  # pixels per QR module in the embedded picture (sharp at any print resolution)
CUT_SHORT_LISTED = 15  # cut-short airings listed in section III; the annex has them all
RULE_IMAGE_HEIGHT = 5  # px of 1/96 inch: a 1 px line under a 4 px gap

# Chart pictures: laid out at this logical size (as on screen), painted this many times larger.
CHART_SIZE = QSize(640, 300)
CHART_SCALE = 3.0
# The text column is 165 mm: in the 96-per-inch pixels QTextDocument measures <img width> in.
TEXT_WIDTH_PX = round((210.0 - MARGIN_LEFT_MM - MARGIN_RIGHT_MM) / 25.4 * 96)

VIETNAMESE_SAMPLE = (
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)


class ReportFontMissing(StationError):
    """No Times-like serif with every Vietnamese letter: a PDF would show boxes, so refuse."""


# ---------------------------------------------------------------- the serif font, embedded

# (family, files for regular, bold, italic, bold italic): Times New Roman where Windows has it,
# else Liberation Serif (metric twin of Times New Roman, Debian package fonts-liberation2).
_FONT_CHOICES = (
    ("Times New Roman", ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")),
    (
        "Times New Roman",
        (
            "Times_New_Roman.ttf",
            "Times_New_Roman_Bold.ttf",
            "Times_New_Roman_Italic.ttf",
            "Times_New_Roman_Bold_Italic.ttf",
        ),
    ),
    (
        "Liberation Serif",
        (
            "LiberationSerif-Regular.ttf",
            "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf",
            "LiberationSerif-BoldItalic.ttf",
        ),
    ),
)


def _font_dirs() -> list[Path]:
    dirs: list[Path] = []
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        if os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts"), Path.home() / "Library/Fonts"]
    else:
        dirs += [
            Path("/usr/share/fonts/truetype/liberation2"),
            Path("/usr/share/fonts/truetype/liberation"),
            Path("/usr/share/fonts/truetype/msttcorefonts"),
            Path("/usr/share/fonts/liberation-serif"),
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            Path.home() / ".local/share/fonts",
            Path.home() / ".fonts",
        ]
    return [d for d in dirs if d.is_dir()]


def _find_file(name: str, dirs: Iterable[Path]) -> Path | None:
    for folder in dirs:
        direct = folder / name
        if direct.is_file():
            return direct
    for folder in dirs:
        try:
            for found in folder.rglob(name):
                return found
        except OSError:
            continue
    return None


def _fc_match(family: str, style: str) -> Path | None:
    """fontconfig's answer, when it exists and really has that family (it substitutes silently)."""
    if not shutil.which("fc-match"):
        return None
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{family}\n%{file}", f"{family}:style={style}"],
            capture_output=True,
            text=True,
            timeout=5,
        ).stdout.splitlines()
    except (OSError, subprocess.SubprocessError):
        return None
    if len(out) == 2 and family.lower() in out[0].lower() and Path(out[1]).is_file():
        return Path(out[1])
    return None


def font_files() -> tuple[str, list[Path]]:
    """The serif to use and its files (regular first), or ReportFontMissing."""
    dirs = _font_dirs()
    for family, names in _FONT_CHOICES:
        files = [_find_file(name, dirs) for name in names]
        if files[0] is not None:
            return family, [f for f in files if f is not None]
    for family in ("Times New Roman", "Liberation Serif"):
        files = [_fc_match(family, style) for style in ("Regular", "Bold", "Italic", "Bold Italic")]
        if files[0] is not None:
            return family, list(dict.fromkeys(f for f in files if f is not None))
    raise ReportFontMissing(
        "Không tìm thấy phông chữ Times New Roman hoặc Liberation Serif để in báo cáo có đủ dấu tiếng Việt. "
        + (
            "Hãy cài phông Times New Roman, hoặc cài lại phần mềm bằng bộ cài (có kèm Liberation Serif)."
            if sys.platform == "win32"
            else "Trên Linux hãy cài gói fonts-liberation2 (chạy tools/setup-env)."
        )
    )


@functools.cache
def report_font_family() -> str:
    """Load the serif from its files into the application (so the PDF embeds exactly these files) and
    check that it draws every Vietnamese letter. Needs a QGuiApplication."""
    family, files = font_files()
    loaded: list[str] = []
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded += QFontDatabase.applicationFontFamilies(font_id)
    if not loaded:
        raise ReportFontMissing(f"Không nạp được phông chữ {family} từ {files[0]}")
    family = loaded[0]
    metrics = QFontMetricsF(QFont(family, 12))
    missing = [ch for ch in VIETNAMESE_SAMPLE if not metrics.inFontUcs4(ord(ch))]
    if missing:
        raise ReportFontMissing(f"Phông chữ {family} thiếu các chữ: {''.join(missing[:10])}")
    return family


# ---------------------------------------------------------------- wording helpers


def place_name(ward: str, town: str) -> str:
    """'phường Bạch Sam' -> 'Bạch Sam' for the place-and-date line."""
    name = (ward or town or "").strip()
    return re.sub(r"^(phường|xã|thị trấn|thị xã|quận|huyện|thành phố)\s+", "", name, flags=re.IGNORECASE)


def decree_date(day: date) -> str:
    """Decree 30: days below 10 and months 1 and 2 take a leading zero: 'ngày 05 tháng 02 năm 2026'."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def change_label(change: Change) -> str:
    """A table cell: the model's label, without decimals once the change reaches 100% (narrow columns)."""
    if change.percent is not None and abs(change.percent) >= 100:
        return format_percent(round(change.percent)).replace(",0%", "%")
    return change.label


def change_phrase(change: Change) -> str:
    """A change as words in a sentence: 'tăng 25,0%', 'giảm 12,3%', 'tăng 406,9% (gấp 5,1 lần)'."""
    if change.percent is None:
        return "mới có (kỳ so sánh không có)" if change.label == NEW_LABEL else "không đổi"
    if abs(change.percent) < 0.05:
        return "không đổi"
    word = "tăng" if change.percent > 0 else "giảm"
    text = f"{word} {format_number(abs(change.percent), 1)}%"
    if change.percent >= 100:
        text += f" (gấp {format_number(1 + change.percent / 100, 1)} lần)"
    return text


def ratio_change(current: float, baseline: float) -> Change:
    if baseline == 0:
        return Change(None, NEW_LABEL if current > 0 else "—")
    percent = (current - baseline) / baseline * 100.0
    return Change(percent, format_percent(percent))


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def signer_lines(title: str) -> list[str]:
    """'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' (or with line breaks) -> three lines."""
    return [part.strip() for part in re.split(r"\s+/\s+|\n", title or "") if part.strip()]


# ---------------------------------------------------------------- chart pictures


@dataclass(frozen=True)
class ChartImages:
    weekly: QImage
    comparison: QImage
    legend_html: str


def render_chart_images(report: Report, family: str) -> ChartImages:
    """Both charts of the page, drawn with the report's serif, as pictures for the paper.
    Uses QtCharts (QGraphicsScene), so it runs on the GUI thread."""
    data = report_charts.chart_data(report, paper=True)
    return ChartImages(
        weekly=report_charts.render_chart(
            report_charts.weekly_chart(data, family, 9.0, paper=True), CHART_SIZE, CHART_SCALE
        ),
        comparison=report_charts.render_chart(
            report_charts.comparison_chart(data, family, 9.0, paper=True),
            QSize(CHART_SIZE.width(), max(180, 90 + 46 * len(data.topics))),
            CHART_SCALE,
        ),
        legend_html=report_charts.legend_html(data),
    )


# ---------------------------------------------------------------- the HTML (everything but the annex)

SPACER = '<p style="margin:0; font-size:{size}pt;">&nbsp;</p>'


def _spacer(size: float = 6) -> str:
    # Qt drops a paragraph's top margin right after a table: an empty small line spaces reliably.
    return SPACER.format(size=size)


class ReportHtml:
    """Builds the document's HTML from the model. `device` sizes the header rules to the text."""

    def __init__(self, report: Report, family: str, device: QPaintDevice) -> None:
        self.report = report
        self.family = family
        self.device = device
        self.rules: dict[str, int] = {}  # rule name -> width in the 96-per-inch pixels of <img width>

    def _rule(self, name: str, text: str, point_size: float, share: float) -> str:
        """A short solid rule under `text`, `share` of its width (the Decree's line under a heading)."""
        font = QFont(self.family)
        font.setPointSizeF(point_size)
        font.setBold(True)
        advance = QFontMetricsF(font, self.device).horizontalAdvance(text) * share
        self.rules[name] = max(20, round(advance * 96 / self.device.logicalDpiX()))
        return (
            f'<p align="center" style="margin:0; font-size:5pt;">'
            f'<img src="rule://{name}" width="{self.rules[name]}" height="{RULE_IMAGE_HEIGHT}"/></p>'
        )

    def build(self, charts: ChartImages | None) -> str:
        parts = [
            f"<html><body style=\"font-family:'{self.family}'; font-size:{BODY_PT}pt;\">",
            self.header(),
            self.title(),
            self.warnings(),
            self.results(),
            self.targets(),
            self.not_aired(),
            self.charts(charts),
            self.signature(),
            "</body></html>",
        ]
        return "\n".join(part for part in parts if part)

    # Header: issuing body / national name, number / place and date.
    def header(self) -> str:
        station = self.report.station
        body_rule = self._rule("body", "ĐÀI TRUYỀN THANH", 13, 0.45)
        motto = "Độc lập - Tự do - Hạnh phúc"
        motto_rule = self._rule("motto", motto, 13, 1.0)
        place = place_name(station.ward, station.town)
        when = decree_date(self.report.generated_at.date())
        issuing_body = _e((station.issuing_body or "").upper())
        return f"""
<table width="100%" cellspacing="0" cellpadding="0" border="0">
<tr>
 <td width="40%" align="center" valign="top">
  <p align="center" style="margin:0; font-size:13pt;">{issuing_body}</p>
  <p align="center" style="margin:0; font-size:13pt;"><b>ĐÀI TRUYỀN THANH</b></p>{body_rule}
 </td>
 <td width="60%" align="center" valign="top">
  <p align="center" style="margin:0; font-size:12.5pt;"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>
  <p align="center" style="margin:0; font-size:13pt;"><b>{motto}</b></p>{motto_rule}
 </td>
</tr>
<tr>
 <td align="center" valign="top" style="padding-top:6pt;">Số: &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/BC-ĐTT</td>
 <td align="center" valign="top" style="padding-top:6pt;"><i>{_e(place)}, {when}</i></td>
</tr>
</table>"""

    def title(self) -> str:
        report = self.report
        period = report.period.period
        span = f"Từ ngày {format_date(period.start)} đến ngày {format_date(period.end)}"
        compared = ""
        if report.baseline is not None:
            base = report.baseline.period
            compared = (
                f'<p align="center" style="margin:0;"><i>(so với kỳ từ ngày {format_date(base.start)} '
                f"đến ngày {format_date(base.end)})</i></p>"
            )
        about = "Về tần suất, thời lượng phát sóng tin, bài tuyên truyền theo chủ đề"
        if report.topic_filter:
            about = f"Về tần suất, thời lượng phát sóng tin, bài tuyên truyền chủ đề “{_e(report.topic_filter)}”"
        answers = ""
        if report.directives:
            cited = "; ".join(directive.citation for directive in report.directives)
            answers = f'<p align="center" style="margin:0;">Thực hiện {_e(cited)}</p>'
        return f"""{_spacer(14)}
<p align="center" style="margin:0; font-size:14pt;"><b>{_e(report.title)}</b></p>
<p align="center" style="margin:0; font-size:14pt;"><b>{about}</b></p>{answers}
<p align="center" style="margin:0;"><i>{_e(span)}</i></p>{compared}{_spacer(8)}"""

    def warnings(self) -> str:
        out = []
        if self.report.log_tampered:
            detail = next((w for w in self.report.warnings if w.startswith(TAMPERED_WARNING)), TAMPERED_WARNING)
            out.append(f"""
<table width="100%" cellspacing="0" cellpadding="8" border="2"
       style="border-color:#b00020; border-style:solid; background-color:#fdecee;">
<tr><td style="color:#b00020;"><b>CẢNH BÁO: {_e(TAMPERED_WARNING.upper())}</b><br/>{_e(detail)}</td></tr>
</table>{_spacer()}""")
        for note in (w for w in self.report.warnings if not w.startswith(TAMPERED_WARNING)):
            out.append(f'<p style="margin-top:0; margin-bottom:4pt; font-size:12pt;"><i>Ghi chú: {_e(note)}</i></p>')
        return "\n".join(out)

    @staticmethod
    def _heading(text: str) -> str:
        return f'{_spacer()}<p style="margin-top:0; margin-bottom:2pt;"><a name="{KEEP_NEXT}"></a><b>{text}</b></p>'

    # I. Results: summary paragraph and the table per topic.
    def summary(self) -> str:
        report = self.report
        now = report.period
        text = (
            f"Trong kỳ báo cáo ({now.period.days} ngày), {_e(report.station.name or 'Đài Truyền thanh')} "
            f"đã phát <b>{format_number(now.airings)}</b> lượt tin, bài tuyên truyền với tổng thời lượng "
            f"<b>{format_minutes(now.seconds)}</b> phút, bình quân {format_number(now.airings_per_day, 1)} lượt và "
            f"{format_number(now.minutes_per_day, 1)} phút mỗi ngày"
        )
        if now.imported_airings:
            text += f" (trong đó {format_number(now.imported_airings)} lượt nhập từ sổ nhật ký ghi trước đây)"
        text += "."
        base = report.baseline
        if base is not None:
            text += (
                f" So với kỳ từ ngày {format_date(base.period.start)} đến ngày {format_date(base.period.end)} "
                f"({base.period.days} ngày: {format_number(base.airings)} lượt, {format_minutes(base.seconds)} phút), "
                f"tần suất <b>{change_phrase(report.airings_change)}</b>, "
                f"thời lượng <b>{change_phrase(report.seconds_change)}</b>."
            )
            if base.period.days != now.period.days:
                per_day_airings = ratio_change(now.airings_per_day, base.airings_per_day)
                per_day_minutes = ratio_change(now.minutes_per_day, base.minutes_per_day)
                text += (
                    f" Hai kỳ dài ngắn khác nhau; tính bình quân mỗi ngày (kỳ so sánh: "
                    f"{format_number(base.airings_per_day, 1)} lượt, {format_number(base.minutes_per_day, 1)} phút) "
                    f"thì tần suất <b>{change_phrase(per_day_airings)}</b>, "
                    f"thời lượng <b>{change_phrase(per_day_minutes)}</b>."
                )
        return f'<p align="justify" style="margin-top:0; margin-bottom:4pt; text-indent:28pt;">{text}</p>'

    def results(self) -> str:
        head = self._heading("I. KẾT QUẢ PHÁT SÓNG THEO CHỦ ĐỀ")
        if not self.report.topics:
            return (
                head
                + self.summary()
                + ('<p style="text-indent:28pt;"><i>Không có lượt phát nào được ghi nhận trong kỳ.</i></p>')
            )
        return head + self.summary() + self.topic_table()

    def topic_table(self) -> str:
        report = self.report
        has_base = report.baseline is not None
        td = f'style="font-size:{TABLE_PT}pt;"'
        num = f'align="right" {td}'

        def line(index: str, name: str, cells: list[str], bold: bool = False) -> str:
            wrap = (lambda text: f"<b>{text}</b>") if bold else (lambda text: text)
            return (
                f'<tr><td align="center" {td}>{index}</td><td {td}>{wrap(name)}</td>'
                + "".join(f"<td {num}>{wrap(cell)}</td>" for cell in cells)
                + "</tr>"
            )

        rows = []
        for index, row in enumerate(report.topics, start=1):
            cells = [format_number(row.airings)]
            if has_base:
                cells += [format_number(row.baseline_airings or 0), _e(change_label(row.airings_change))]
            cells.append(format_minutes(row.seconds))
            if has_base:
                cells += [format_minutes(row.baseline_seconds or 0.0), _e(change_label(row.seconds_change))]
            cells += [format_number(row.airings_per_day, 1), format_number(row.minutes_per_day, 1)]
            rows.append(line(str(index), _e(row.topic), cells))
        total = report.period
        cells = [format_number(total.airings)]
        if has_base:
            cells += [format_number(report.baseline.airings), _e(change_label(report.airings_change))]
        cells.append(format_minutes(total.seconds))
        if has_base:
            cells += [format_minutes(report.baseline.seconds), _e(change_label(report.seconds_change))]
        cells += [format_number(total.airings_per_day, 1), format_number(total.minutes_per_day, 1)]
        rows.append(line("", "Tổng cộng", cells, bold=True))

        th = f'style="font-size:{TABLE_PT}pt;" align="center" valign="middle"'
        if has_base:
            header = f"""
<tr><th rowspan="2" width="5%" {th}>TT</th><th rowspan="2" width="22%" {th}>Chủ đề</th>
<th colspan="3" {th}>Tần suất (lượt)</th><th colspan="3" {th}>Thời lượng (phút)</th>
<th colspan="2" {th}>Bình quân mỗi ngày</th></tr>
<tr><th width="8%" {th}>Kỳ báo cáo</th><th width="8%" {th}>Kỳ so sánh</th><th width="11%" {th}>Tăng, giảm</th>
<th width="9%" {th}>Kỳ báo cáo</th><th width="9%" {th}>Kỳ so sánh</th><th width="11%" {th}>Tăng, giảm</th>
<th width="8%" {th}>lượt</th><th width="9%" {th}>phút</th></tr>"""
        else:
            header = f"""
<tr><th rowspan="2" width="6%" {th}>TT</th><th rowspan="2" width="42%" {th}>Chủ đề</th>
<th rowspan="2" width="13%" {th}>Tần suất (lượt)</th><th rowspan="2" width="13%" {th}>Thời lượng (phút)</th>
<th colspan="2" {th}>Bình quân mỗi ngày</th></tr>
<tr><th width="13%" {th}>lượt</th><th width="13%" {th}>phút</th></tr>"""
        note = ""
        if has_base:
            note = (
                '<p style="margin-top:2pt; margin-bottom:0; font-size:10.5pt;"><i>“Tăng, giảm”: so với kỳ so '
                "sánh; “mới”: kỳ so sánh không phát chủ đề này.</i></p>"
            )
        return (
            f'<table width="100%" border="1" cellspacing="0" cellpadding="2" '
            f'style="border-collapse:collapse; border-color:#000;">'
            f"<thead>{header}</thead>{''.join(rows)}</table>{note}"
        )

    # II. Targets against the actual, with the shortfall.
    def targets(self) -> str:
        head = self._heading("II. THỰC HIỆN CHỈ TIÊU")
        if not self.report.targets:
            return head + '<p style="margin-top:0; text-indent:28pt;"><i>Chưa đặt chỉ tiêu cho chủ đề nào.</i></p>'
        td = f'style="font-size:{TABLE_PT}pt;"'
        th = f'style="font-size:{TABLE_PT}pt;" align="center" valign="middle"'
        rows = []
        for index, result in enumerate(self.report.targets, start=1):
            unit = "lượt" if result.target.measure == "airings" else "phút"
            decimals = 0 if result.target.measure == "airings" else 1
            status = "Đạt" if result.met else f"Thiếu {format_number(result.shortfall, decimals)} {unit}"
            colour = "#1b5e20" if result.met else "#b00020"
            rows.append(
                f'<tr><td align="center" {td}>{index}</td><td {td}>{_e(result.target.topic)}</td>'
                f"<td {td}>{_e(result.target.label)}</td>"
                f'<td align="right" {td}>{format_number(result.expected, decimals)} {unit}</td>'
                f'<td align="right" {td}>{format_number(result.actual, decimals)} {unit}</td>'
                f'<td align="center" {td}>{result.units_met}/{result.units} {result.unit_label}</td>'
                f'<td align="center" {td}><span style="color:{colour};"><b>{_e(status)}</b></span></td></tr>'
            )
        header = (
            f'<tr><th width="5%" {th}>TT</th><th width="22%" {th}>Chủ đề</th><th width="24%" {th}>Chỉ tiêu</th>'
            f'<th width="12%" {th}>Yêu cầu cả kỳ</th><th width="12%" {th}>Thực hiện</th>'
            f'<th width="12%" {th}>Số ngày, tuần đạt</th><th width="13%" {th}>Kết quả</th></tr>'
        )
        return (
            head + f'<table width="100%" border="1" cellspacing="0" cellpadding="2" '
            f'style="border-collapse:collapse; border-color:#000;"><thead>{header}</thead>{"".join(rows)}</table>'
        )

    # III. What was planned but not aired.
    def not_aired(self) -> str:
        report = self.report
        counts = report.not_aired.counts
        base = report.baseline_not_aired.counts if report.baseline_not_aired is not None else None

        def listed(numbers: dict[str, int]) -> str:
            return ", ".join(
                f"{STATUS_LABELS[status].lower()} {numbers[status]}" for status in ("missed", "failed", "skipped")
            )

        text = (
            f"Trong kỳ báo cáo có <b>{format_number(report.not_aired.total)}</b> lượt theo kế hoạch không phát "
            f"được (không tính vào tần suất, thời lượng): {listed(counts)}"
        )
        if base is not None:
            text += f"; kỳ so sánh: {listed(base)}"
        text += "."
        if report.not_aired.total and report.annex is not None:
            text += " Chi tiết từng lượt ở Phụ lục."
        return (
            self._heading("III. CÁC LƯỢT KHÔNG PHÁT ĐƯỢC, LƯỢT NGẮT SỚM")
            + f'<p align="justify" style="margin-top:0; margin-bottom:2pt; text-indent:28pt;">{text}</p>'
            + self.cut_short()
        )

    def cut_short(self) -> str:
        """Airings interrupted too early to count: how many, their seconds, the rule, and the first few."""
        report = self.report
        items = report.not_aired.cut_short
        rule = (
            f"phát chưa đủ {report.rule.share_label} thời lượng dự kiến; lượt không có thời lượng dự kiến: "
            f"dưới {int(NO_PLAN_MIN_SECONDS)} giây"
        )
        text = (
            f"Có <b>{format_number(len(items))}</b> lượt bị ngắt sớm ({rule}), cộng "
            f"{format_number(report.period.cut_short_seconds)} giây đã phát, không tính vào tần suất, thời lượng"
        )
        if report.baseline is not None:
            text += (
                f"; kỳ so sánh: {format_number(report.baseline.cut_short)} lượt, "
                f"{format_number(report.baseline.cut_short_seconds)} giây"
            )
        text += "."
        paragraph = f'<p align="justify" style="margin-top:0; margin-bottom:2pt; text-indent:28pt;">{text}</p>'
        if not items:
            return paragraph
        td = f'style="font-size:{TABLE_PT}pt;"'
        th = f'style="font-size:{TABLE_PT}pt;" align="center" valign="middle"'
        rows = []
        for index, item in enumerate(items[:CUT_SHORT_LISTED], start=1):
            planned = format_duration(item.planned_seconds) if item.planned_seconds else "—"
            rows.append(
                f'<tr><td align="center" {td}>{index}</td><td align="center" {td}>{format_date(item.day)}</td>'
                f'<td align="center" {td}>{item.moment.strftime("%H:%M:%S")}</td><td {td}>{_e(item.title)}</td>'
                f"<td {td}>{_e(item.topic)}</td>"
                f'<td align="right" {td}>{format_number(item.seconds)}</td>'
                f'<td align="right" {td}>{planned}</td></tr>'
            )
        header = (
            f'<tr><th width="5%" {th}>TT</th><th width="13%" {th}>Ngày</th><th width="10%" {th}>Giờ</th>'
            f'<th width="30%" {th}>Tiêu đề</th><th width="22%" {th}>Chủ đề</th>'
            f'<th width="10%" {th}>Đã phát (giây)</th><th width="10%" {th}>Dự kiến</th></tr>'
        )
        more = ""
        if len(items) > CUT_SHORT_LISTED:
            more = (
                f'<p style="margin-top:2pt; margin-bottom:0; font-size:10.5pt;"><i>… và '
                f"{format_number(len(items) - CUT_SHORT_LISTED)} lượt ngắt sớm khác (xem Phụ lục).</i></p>"
            )
        return (
            paragraph + '<table width="100%" border="1" cellspacing="0" cellpadding="2" '
            f'style="border-collapse:collapse; border-color:#000;"><thead>{header}</thead>{"".join(rows)}</table>'
            + more
        )

    # IV. The two charts.
    def charts(self, charts: ChartImages | None) -> str:
        if charts is None or not self.report.topics:
            return ""
        width = TEXT_WIDTH_PX
        weekly_h = round(width * charts.weekly.height() / charts.weekly.width())
        comparison_h = round(width * charts.comparison.height() / charts.comparison.width())
        return f"""{self._heading("IV. BIỂU ĐỒ")}
<p align="center" style="margin:0;"><img src="chart://weekly" width="{width}" height="{weekly_h}"/></p>
<p align="center" style="margin-top:0; margin-bottom:8pt; font-size:10pt;">{charts.legend_html}</p>
<p align="center" style="margin:0;"><img src="chart://comparison" width="{width}" height="{comparison_h}"/></p>"""

    # Signature block, then the recipients.
    def signature(self) -> str:
        station = self.report.station
        title_html = "<br/>".join(
            f"<b>{_e(line.upper())}</b>" for line in (signer_lines(station.signer_title) or ["THỦ TRƯỞNG ĐƠN VỊ"])
        )
        preparer = f"<b>{_e(station.preparer_name)}</b>" if station.preparer_name else "&nbsp;"
        signer = f"<b>{_e(station.signer_name)}</b>" if station.signer_name else "&nbsp;"
        town = station.town.strip()
        recipients = [
            f"UBND {town} (để báo cáo);" if town else "Cấp trên (để báo cáo);",
            "TT Đảng ủy, HĐND phường;",
            "Chủ tịch, các Phó Chủ tịch UBND phường;",
            "Lưu: VP, Đài TT.",
        ]
        recipients_html = "<br/>".join(f"- {_e(item)}" for item in recipients)
        hint = 'style="font-size:11pt;"'
        space = "&nbsp;<br/>" * 4  # room for the signature and the seal (Qt ignores a cell's height)
        return f"""<p style="margin:0; font-size:14pt;"><a name="{KEEP_FROM}signature"></a>&nbsp;</p>
<table width="100%" cellspacing="0" cellpadding="0" border="0">
<tr>
 <td width="40%" align="center" valign="top"><b>NGƯỜI LẬP BIỂU</b><br/><i {hint}>(Ký, ghi rõ họ tên)</i></td>
 <td width="60%" align="center" valign="top">{title_html}<br/><i {hint}>(Ký tên, đóng dấu)</i></td>
</tr>
<tr><td>{space}</td><td>{space}</td></tr>
<tr><td align="center" valign="bottom">{preparer}</td><td align="center" valign="bottom">{signer}</td></tr>
</table>{_spacer(10)}
<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr>
 <td width="46%" valign="top"><p style="margin:0;"><b><i style="font-size:12pt;">Nơi nhận:</i></b></p>
 <p style="margin:0; font-size:11pt;">{recipients_html}</p></td>
 <td width="54%" valign="top">{self.verification()}</td>
</tr></table><p style="margin:0; font-size:4pt;"><a name="{KEEP_TO}signature"></a>&nbsp;</p>"""

    # The verification code beside the recipients: a QR code and the same code as text.
    def verification(self) -> str:
        code = self.report.paper_code
        if code is None:
            return "&nbsp;"
        size = round(QR_MM / 25.4 * 96)
        lines = "<br/>".join(_e(line) for line in code.lines())
        small = 'style="font-size:8pt;"'
        return f"""<table cellspacing="0" cellpadding="2" border="0"><tr>
 <td width="{size + 4}" valign="top"><img src="qr://code" width="{size}" height="{size}"/></td>
 <td valign="top" {small}><b>MÃ KIỂM TRA BÁO CÁO</b><br/>{lines}<br/>
 Kỳ {format_date(code.first)} - {format_date(code.last)}: {format_number(code.airings)} lượt,
 {format_minutes(code.seconds)} phút, đến lượt thứ {format_number(code.index)} của nhật ký.<br/>
 <i>Đối chiếu: truyenthanh log verify --paper &lt;mã&gt;</i></td>
</tr></table>"""


# ---------------------------------------------------------------- the annex, painted as a table


@dataclass(frozen=True)
class AnnexColumn:
    title: str
    width_mm: float
    align: Qt.AlignmentFlag


ANNEX_COLUMNS = (
    AnnexColumn("TT", 9, Qt.AlignmentFlag.AlignHCenter),
    AnnexColumn("Ngày", 19, Qt.AlignmentFlag.AlignHCenter),
    AnnexColumn("Giờ", 15, Qt.AlignmentFlag.AlignHCenter),
    AnnexColumn("Tiêu đề", 46, Qt.AlignmentFlag.AlignLeft),
    AnnexColumn("Chủ đề", 27, Qt.AlignmentFlag.AlignLeft),
    AnnexColumn("Thời lượng", 13, Qt.AlignmentFlag.AlignRight),
    AnnexColumn("Trạng thái", 19, Qt.AlignmentFlag.AlignLeft),
    AnnexColumn("Kiểu phát", 17, Qt.AlignmentFlag.AlignLeft),
)  # 165 mm: the text column


class AnnexPages:
    """Phụ lục: every airing of the period as a table painted row by row. Painting it ourselves keeps
    each row whole on one page (QTextDocument splits a tall row across pages), repeats the header row on
    each page, and stays fast for thousands of rows."""

    PAD_MM = 0.8

    def __init__(
        self, report: Report, family: str, device: QPaintDevice, px_per_mm: float, width: float, height: float
    ) -> None:
        self.report = report
        self.device = device
        self.mm = px_per_mm
        self.width = width
        self.height = height
        self.font = QFont(family)
        self.font.setPointSizeF(ANNEX_PT)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.title_font = QFont(family)
        self.title_font.setPointSizeF(BODY_PT)
        self.title_bold = QFont(self.title_font)
        self.title_bold.setBold(True)
        self.title_italic = QFont(self.title_font)
        self.title_italic.setItalic(True)
        self.metrics = QFontMetricsF(self.font, device)
        self.bold_metrics = QFontMetricsF(self.bold, device)
        scale = width / sum(column.width_mm for column in ANNEX_COLUMNS)
        self.widths = [column.width_mm * scale for column in ANNEX_COLUMNS]
        self.cells = [self._cells(index, row) for index, row in enumerate(report.annex or (), start=1)]
        self.header_height = self._height([c.title for c in ANNEX_COLUMNS], self.bold_metrics)
        self.heights = [self._height(cells, self.metrics) for cells in self.cells]
        self.intro_height = self._intro_height()
        self.pages = self._paginate() if report.annex is not None else []

    @staticmethod
    def _cells(index: int, row) -> list[str]:
        duration = format_duration(row.duration_s) if row.counted or row.kind == "cut_short" else "—"
        return [
            str(index),
            row.date_label,
            row.time_label,
            row.title,
            row.topic,
            duration,
            row.status_label,
            row.trigger_label,
        ]

    def _flags(self, column: int) -> int:
        return int(ANNEX_COLUMNS[column].align | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)

    def _height(self, cells: list[str], metrics: QFontMetricsF) -> float:
        pad = self.PAD_MM * self.mm
        tallest = max(
            metrics.boundingRect(QRectF(0, 0, width - 2 * pad, 1e6), self._flags(i), text).height()
            for i, (text, width) in enumerate(zip(cells, self.widths, strict=True))
        )
        return tallest + 2 * pad

    def _intro_lines(self) -> list[tuple[QFont, str]]:
        period = self.report.period.period
        return [
            (self.title_bold, "PHỤ LỤC"),
            (self.title_bold, "DANH SÁCH CÁC LƯỢT PHÁT"),
            (
                self.title_italic,
                f"(Kèm theo báo cáo kết quả phát sóng tuyên truyền từ ngày "
                f"{format_date(period.start)} đến ngày {format_date(period.end)})",
            ),
        ]

    def _intro_height(self) -> float:
        return sum(self._text_height(font, text) for font, text in self._intro_lines()) + 4 * self.mm

    def _text_height(self, font: QFont, text: str) -> float:
        return (
            QFontMetricsF(font, self.device)
            .boundingRect(
                QRectF(0, 0, self.width, 1e6), int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap), text
            )
            .height()
        )

    def _paginate(self) -> list[list[int]]:
        pages: list[list[int]] = []
        current: list[int] = []
        used = self.intro_height + self.header_height
        for index, height in enumerate(self.heights):
            if current and used + height > self.height:
                pages.append(current)
                current = []
                used = self.header_height
            current.append(index)
            used += height
        pages.append(current)
        return pages

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def paint_page(self, painter: QPainter, page: int) -> None:
        """Paint annex page `page` (0-based) with the painter's origin at the text column's top left."""
        y = 0.0
        painter.save()
        painter.setPen(QColor("black"))
        if page == 0:
            for font, text in self._intro_lines():
                painter.setFont(font)
                height = self._text_height(font, text)
                painter.drawText(
                    QRectF(0, y, self.width, height),
                    int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap),
                    text,
                )
                y += height
            y += 4 * self.mm
            if not self.cells:
                painter.setFont(self.title_italic)
                painter.drawText(
                    QRectF(0, y, self.width, 10 * self.mm),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    "Không có lượt phát nào trong kỳ.",
                )
                painter.restore()
                return
        rows = [([c.title for c in ANNEX_COLUMNS], self.header_height, True, "#f5f5f5")]
        for index in self.pages[page]:
            counted = (self.report.annex or ())[index].counted
            rows.append((self.cells[index], self.heights[index], False, "" if counted else "#eeeeee"))
        # One pass each for shading, text and grid: few painter calls per page, whatever the row count.
        top = y
        for _, height, _, shade in rows:
            if shade:
                painter.fillRect(QRectF(0, y, self.width, height), QColor(shade))
            y += height
        y = top
        pad = self.PAD_MM * self.mm
        painter.setFont(self.bold)
        for cells, height, header, _ in rows:
            x = 0.0
            for column, (text, width) in enumerate(zip(cells, self.widths, strict=True)):
                flags = (
                    (int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap))
                    if header
                    else self._flags(column)
                )
                painter.drawText(QRectF(x + pad, y + pad, width - 2 * pad, height - 2 * pad), flags, text)
                x += width
            if header:
                painter.setFont(self.font)
            y += height
        lines = [QLineF(0, top, self.width, top)]
        edge = top
        for _, height, _, _ in rows:
            edge += height
            lines.append(QLineF(0, edge, self.width, edge))
        x = 0.0
        for width in (0.0, *self.widths):
            x += width
            lines.append(QLineF(x, top, x, y))
        painter.setPen(QPen(QColor("black"), max(1.0, 0.2 * self.mm)))
        painter.drawLines(lines)
        if page == len(self.pages) - 1:
            painter.drawText(
                QRectF(0, y + 1.5 * self.mm, self.width, 8 * self.mm),
                int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap),
                "Dòng nền xám: lượt không phát được (bị lỡ, lỗi, bỏ qua) hoặc bị ngắt sớm, không tính vào tần "
                "suất, thời lượng (lượt ngắt sớm ghi số giây đã phát).",
            )
        painter.restore()


# ---------------------------------------------------------------- pages

KEEP_NEXT = "keep-next"
KEEP_FROM = "keep-from:"
KEEP_TO = "keep-to:"


def _anchor_names(block: QTextBlock) -> list[str]:
    names: list[str] = []
    fragments = block.begin()
    while not fragments.atEnd():
        names += fragments.fragment().charFormat().anchorNames()
        fragments += 1
    return names


def qr_image(text: str) -> QImage:
    """The verification code as a QR code (upper case: the compact alphanumeric mode), quiet zone included.
    The code's hex reads the same in either case."""
    qr = segno.make(text.upper(), error="m", micro=False)
    modules = len(qr.matrix)
    border = 4
    side = (modules + 2 * border) * QR_MODULE_PX
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for y, line in enumerate(qr.matrix):
            for x, dark in enumerate(line):
                if dark:
                    painter.fillRect(
                        (x + border) * QR_MODULE_PX,
                        (y + border) * QR_MODULE_PX,
                        QR_MODULE_PX,
                        QR_MODULE_PX,
                        QColor("black"),
                    )
    finally:
        painter.end()
    return image


def rule_image() -> QImage:
    """The Decree's short line under a heading: a black bottom row under a transparent gap."""
    image = QImage(8, RULE_IMAGE_HEIGHT * 4, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    for row in range(image.height() - 4, image.height()):
        for column in range(image.width()):
            image.setPixelColor(column, row, QColor("black"))
    return image


class ReportLayout:
    """The report laid out for one paged device (a QPrinter): build once, paint any page range.
    Pages 1..n come from the QTextDocument, the annex pages follow."""

    def __init__(self, report: Report, printer: QPrinter, charts: ChartImages | None = None) -> None:
        self.report = report
        self.printer = printer
        self.family = report_font_family()
        prepare_printer(printer)
        dpi = printer.resolution()
        self.px_per_mm = dpi / 25.4
        page = printer.pageLayout().fullRectPixels(dpi)
        self.page_width = page.width()
        self.page_height = page.height()
        self.left = MARGIN_LEFT_MM * self.px_per_mm
        self.top = MARGIN_TOP_MM * self.px_per_mm
        self.text_width = self.page_width - (MARGIN_LEFT_MM + MARGIN_RIGHT_MM) * self.px_per_mm
        self.text_height = self.page_height - (MARGIN_TOP_MM + MARGIN_BOTTOM_MM) * self.px_per_mm

        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(printer)
        self.document.setDocumentMargin(0)
        font = QFont(self.family)
        font.setPointSizeF(BODY_PT)
        self.document.setDefaultFont(font)
        self.document.setPageSize(QSizeF(self.text_width, self.text_height))
        builder = ReportHtml(report, self.family, printer)
        self.html = builder.build(charts)
        if charts is not None:
            self._add_image("chart://weekly", charts.weekly)
            self._add_image("chart://comparison", charts.comparison)
        for name in builder.rules:
            self._add_image(f"rule://{name}", rule_image())
        if report.paper_code is not None:
            self._add_image("qr://code", qr_image(report.paper_code.text))
        self.document.setHtml(self.html)
        self._apply_keeps()
        self.body_pages = self.document.pageCount()
        self.annex = AnnexPages(report, self.family, printer, self.px_per_mm, self.text_width, self.text_height)

    def _apply_keeps(self) -> None:
        """Keep a heading with what follows it and the signature block in one piece: where the layout
        splits them across pages, start them on the next page (anchors in the HTML mark them)."""
        layout = self.document.documentLayout()
        starts: dict[str, QTextBlock] = {}
        block = self.document.begin()
        while block.isValid():
            for name in _anchor_names(block):
                if name == KEEP_NEXT and block.next().isValid():
                    self._keep(layout, block, block.next())
                elif name.startswith(KEEP_FROM):
                    starts[name.removeprefix(KEEP_FROM)] = block
                elif name.startswith(KEEP_TO) and name.removeprefix(KEEP_TO) in starts:
                    self._keep(layout, starts.pop(name.removeprefix(KEEP_TO)), block)
            block = block.next()

    def _keep(self, layout: QAbstractTextDocumentLayout, first: QTextBlock, last: QTextBlock) -> None:
        top = layout.blockBoundingRect(first).top()
        bottom = layout.blockBoundingRect(last).bottom()
        if int(top // self.text_height) != int((bottom - 1) // self.text_height) and bottom - top < self.text_height:
            block_format = first.blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(first).setBlockFormat(block_format)

    def _add_image(self, url: str, image: QImage) -> None:
        self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)

    @property
    def page_count(self) -> int:
        return self.body_pages + self.annex.page_count

    def paint(self, painter: QPainter, first: int = 1, last: int | None = None) -> None:
        """Paint pages first..last (1-based, inclusive) on the printer the painter is open on."""
        last = min(last or self.page_count, self.page_count)
        for number in range(first, last + 1):
            if number != first:
                self.printer.newPage()
            self.paint_page(painter, number)

    def paint_page(self, painter: QPainter, number: int) -> None:
        painter.save()
        if number <= self.body_pages:
            index = number - 1
            top = index * self.text_height
            painter.translate(self.left, self.top - top)
            # Stacked Vietnamese diacritics rise above a line's box: let the page's first line draw them
            # into the top margin, and keep the next page's first line (whose box touches this page's
            # bottom edge) off this page entirely rather than leaving its accents here.
            overhang = 4 * self.px_per_mm
            painter.setClipRect(QRectF(0, top - overhang, self.text_width, self.text_height + overhang))
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, top, self.text_width, self.text_height - 1)
            context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
            self.document.documentLayout().draw(painter, context)
        else:
            painter.translate(self.left, self.top)
            self.annex.paint_page(painter, number - self.body_pages - 1)
        painter.restore()
        self._page_furniture(painter, number)

    def _page_furniture(self, painter: QPainter, number: int) -> None:
        painter.save()
        mm = self.px_per_mm
        if number > 1:  # Decree 30: page numbers centred in the top margin, none on the first page
            font = QFont(self.family)
            font.setPointSizeF(BODY_PT)
            painter.setFont(font)
            painter.setPen(QColor("black"))
            painter.drawText(
                QRectF(self.left, 8 * mm, self.text_width, 8 * mm), Qt.AlignmentFlag.AlignCenter, str(number)
            )
        font = QFont(self.family)
        font.setPointSizeF(FOOTER_PT)
        painter.setFont(font)
        line_y = self.page_height - (FOOTER_FROM_BOTTOM_MM + 4.5) * mm
        painter.setPen(QPen(QColor("#888888"), max(1.0, 0.15 * mm)))
        painter.drawLine(QPointF(self.left, line_y), QPointF(self.left + self.text_width, line_y))
        band = QRectF(self.left, line_y + 0.8 * mm, self.text_width, 4 * mm)
        report = self.report
        left_text = (
            f"Mã kiểm tra nhật ký: lượt {format_number(report.head_index)}, "
            f"{report.chain_head_hash[:HASH_CHARS]}…   ·   "
            f"Lập lúc {report.generated_at.strftime('%H:%M %d/%m/%Y')}   ·   {report.station.name}"
        )
        painter.setPen(QColor("#444444"))
        if report.log_tampered:
            painter.setPen(QColor("#b00020"))
            left_text = f"{TAMPERED_WARNING.upper()}   ·   {left_text}"
        page_label = f"Trang {number}/{self.page_count}"
        metrics = QFontMetricsF(font, self.printer)
        room = self.text_width - metrics.horizontalAdvance(page_label) - 3 * mm
        left_text = metrics.elidedText(left_text, Qt.TextElideMode.ElideRight, room)
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left_text)
        painter.setPen(QColor("#444444"))
        painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_label)
        painter.restore()


def prepare_printer(printer: QPrinter) -> None:
    """A4 portrait, the whole sheet addressable: margins are the layout's, not the driver's."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
