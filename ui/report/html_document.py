"""Pages 1..n of the printed report as HTML for a QTextDocument: the Decree 30 header, the title, the
warnings, the per-topic table, targets, what was not aired or cut short, the charts, the signature block
and the verification code. The words come from app.report.wording; this module decides how they look.

Anchors mark what the layout keeps together (ui/report/layout.py): a heading with what follows it
(KEEP_NEXT), the signature block in one piece (KEEP_FROM/KEEP_TO).
"""

from __future__ import annotations

import html

from PySide6.QtGui import QPaintDevice

from app.report import Report
from app.report import wording as words
from app.signing import Signing
from ui.report.charts import ChartImages
from ui.report.decree import KEEP_FROM, KEEP_TO, RULE_IMAGE_HEIGHT, DecreeParts  # noqa: F401 (layout imports them)
from ui.report.page import BODY_PT, QR_MM, TABLE_PT, TEXT_WIDTH_PX

KEEP_NEXT = "keep-next"
SPACER = '<p style="margin:0; font-size:{size}pt;">&nbsp;</p>'
TABLE = (
    '<table width="100%" border="1" cellspacing="0" cellpadding="2" '
    'style="border-collapse:collapse; border-color:#000;">'
)
TD = f'style="font-size:{TABLE_PT}pt;"'
TH = f'style="font-size:{TABLE_PT}pt;" align="center" valign="middle"'
PARAGRAPH = '<p align="justify" style="margin-top:0; margin-bottom:{bottom}pt; text-indent:28pt;">{text}</p>'


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _sentence(parts: words.Sentence) -> str:
    return "".join(f"<b>{_e(part.text)}</b>" if isinstance(part, words.Strong) else _e(part) for part in parts)


def _spacer(size: float = 6) -> str:
    # Qt drops a paragraph's top margin right after a table: an empty small line spaces reliably.
    return SPACER.format(size=size)


def _heading(text: str) -> str:
    return f'{_spacer()}<p style="margin-top:0; margin-bottom:2pt;"><a name="{KEEP_NEXT}"></a><b>{text}</b></p>'


def _table(header: str, rows: list[str]) -> str:
    return f"{TABLE}<thead>{header}</thead>{''.join(rows)}</table>"


class ReportHtml:
    """Builds the document's HTML from the model. `device` sizes the header rules to the text."""

    def __init__(self, report: Report, family: str, device: QPaintDevice) -> None:
        self.report = report
        self.family = family
        self.device = device
        self.decree = DecreeParts(family, device)
        self.signing = Signing.of(report.station)

    @property
    def rules(self) -> dict[str, int]:
        """Rule pictures the document needs (name -> width), added as resources by the layout."""
        return self.decree.rules

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
            self.online(),
            self.signature(),
            "</body></html>",
        ]
        return "\n".join(part for part in parts if part)

    # Header: issuing body / national name, number / place and date.
    def header(self) -> str:
        return self.decree.header(self.signing, "BC", words.place_and_date(self.report))

    def title(self) -> str:
        report = self.report
        compared = words.compared_with(report)
        if compared:
            compared = f'<p align="center" style="margin:0;"><i>{_e(compared)}</i></p>'
        answers = words.answers(report)
        if answers:
            answers = f'<p align="center" style="margin:0;">{_e(answers)}</p>'
        return f"""{_spacer(14)}
<p align="center" style="margin:0; font-size:14pt;"><b>{_e(report.title)}</b></p>
<p align="center" style="margin:0; font-size:14pt;"><b>{_e(words.about(report))}</b></p>{answers}
<p align="center" style="margin:0;"><i>{_e(words.span(report.period.period))}</i></p>{compared}{_spacer(8)}"""

    def warnings(self) -> str:
        out = []
        if self.report.log_tampered:
            out.append(f"""
<table width="100%" cellspacing="0" cellpadding="8" border="2"
       style="border-color:#b00020; border-style:solid; background-color:#fdecee;">
<tr><td style="color:#b00020;"><b>{_e(words.TAMPERED_TITLE)}</b><br/>{_e(words.tampered_detail(self.report))}</td></tr>
</table>{_spacer()}""")
        for note in words.notes(self.report):
            out.append(f'<p style="margin-top:0; margin-bottom:4pt; font-size:12pt;"><i>{_e(note)}</i></p>')
        return "\n".join(out)

    # I. Results: summary paragraph and the table per topic.
    def summary(self) -> str:
        text = PARAGRAPH.format(bottom=4, text=_sentence(words.summary(self.report)))
        relay = words.relay_line(self.report)  # tiếp sóng, counted apart from the station's own programmes
        return text + (PARAGRAPH.format(bottom=4, text=_sentence(relay)) if relay else "")

    def results(self) -> str:
        head = _heading(words.RESULTS_HEADING)
        if not self.report.topics:
            return head + self.summary() + f'<p style="text-indent:28pt;"><i>{_e(words.NO_AIRINGS)}</i></p>'
        return head + self.summary() + self.topic_table()

    def topic_table(self) -> str:
        has_base = self.report.baseline is not None
        rows = []
        for line in words.topic_lines(self.report):
            wrap = (lambda text: f"<b>{text}</b>") if line.total else (lambda text: text)
            rows.append(
                f'<tr><td align="center" {TD}>{line.index}</td><td {TD}>{wrap(_e(line.name))}</td>'
                + "".join(f'<td align="right" {TD}>{wrap(_e(cell))}</td>' for cell in line.cells)
                + "</tr>"
            )
        if has_base:
            header = f"""
<tr><th rowspan="2" width="5%" {TH}>TT</th><th rowspan="2" width="22%" {TH}>Chủ đề</th>
<th colspan="3" {TH}>Tần suất (lượt)</th><th colspan="3" {TH}>Thời lượng (phút)</th>
<th colspan="2" {TH}>Bình quân mỗi ngày</th></tr>
<tr><th width="8%" {TH}>Kỳ báo cáo</th><th width="8%" {TH}>Kỳ so sánh</th><th width="11%" {TH}>Tăng, giảm</th>
<th width="9%" {TH}>Kỳ báo cáo</th><th width="9%" {TH}>Kỳ so sánh</th><th width="11%" {TH}>Tăng, giảm</th>
<th width="8%" {TH}>lượt</th><th width="9%" {TH}>phút</th></tr>"""
        else:
            header = f"""
<tr><th rowspan="2" width="6%" {TH}>TT</th><th rowspan="2" width="42%" {TH}>Chủ đề</th>
<th rowspan="2" width="13%" {TH}>Tần suất (lượt)</th><th rowspan="2" width="13%" {TH}>Thời lượng (phút)</th>
<th colspan="2" {TH}>Bình quân mỗi ngày</th></tr>
<tr><th width="13%" {TH}>lượt</th><th width="13%" {TH}>phút</th></tr>"""
        note = ""
        if has_base:
            note = f'<p style="margin-top:2pt; margin-bottom:0; font-size:10.5pt;"><i>{_e(words.CHANGE_NOTE)}</i></p>'
        return _table(header, rows) + note

    # II. Targets against the actual, with the shortfall.
    def targets(self) -> str:
        head = _heading(words.TARGETS_HEADING)
        if not self.report.targets:
            return head + f'<p style="margin-top:0; text-indent:28pt;"><i>{_e(words.NO_TARGETS)}</i></p>'
        rows = []
        for index, result in enumerate(self.report.targets, start=1):
            line = words.target_line(index, result)
            colour = "#1b5e20" if line.met else "#b00020"
            rows.append(
                f'<tr><td align="center" {TD}>{line.index}</td><td {TD}>{_e(line.topic)}</td>'
                f"<td {TD}>{_e(line.target)}</td>"
                f'<td align="right" {TD}>{_e(line.expected)}</td>'
                f'<td align="right" {TD}>{_e(line.actual)}</td>'
                f'<td align="center" {TD}>{_e(line.units)}</td>'
                f'<td align="center" {TD}><span style="color:{colour};"><b>{_e(line.result)}</b></span></td></tr>'
            )
        header = (
            f'<tr><th width="5%" {TH}>TT</th><th width="22%" {TH}>Chủ đề</th><th width="24%" {TH}>Chỉ tiêu</th>'
            f'<th width="12%" {TH}>Yêu cầu cả kỳ</th><th width="12%" {TH}>Thực hiện</th>'
            f'<th width="12%" {TH}>Số ngày, tuần đạt</th><th width="13%" {TH}>Kết quả</th></tr>'
        )
        return head + _table(header, rows)

    # III. What was planned but not aired, and what was cut short.
    def not_aired(self) -> str:
        return (
            _heading(words.NOT_AIRED_HEADING)
            + PARAGRAPH.format(bottom=2, text=_sentence(words.not_aired(self.report)))
            + self.cut_short()
            + self.policy()
        )

    def policy(self) -> str:
        """Whether the broadcast-hour rules were kept."""
        line = words.policy_line(self.report)
        return PARAGRAPH.format(bottom=2, text=_sentence(line)) if line else ""

    def cut_short(self) -> str:
        """Airings interrupted too early to count: how many, their seconds, the rule, and the first few."""
        paragraph = PARAGRAPH.format(bottom=2, text=_sentence(words.cut_short(self.report)))
        lines = words.cut_short_lines(self.report)
        if not lines:
            return paragraph
        aligns = ("center", "center", "", "", "right", "right")
        rows = [
            f'<tr><td align="center" {TD}>{line.index}</td>'
            + "".join(
                f'<td align="{align}" {TD}>{_e(cell)}</td>' if align else f"<td {TD}>{_e(cell)}</td>"
                for align, cell in zip(aligns, line.cells, strict=True)
            )
            + "</tr>"
            for line in lines
        ]
        header = (
            f'<tr><th width="5%" {TH}>TT</th><th width="13%" {TH}>Ngày</th><th width="10%" {TH}>Giờ</th>'
            f'<th width="30%" {TH}>Tiêu đề</th><th width="22%" {TH}>Chủ đề</th>'
            f'<th width="10%" {TH}>Đã phát (giây)</th><th width="10%" {TH}>Dự kiến</th></tr>'
        )
        more = words.cut_short_more(self.report)
        if more:
            more = f'<p style="margin-top:2pt; margin-bottom:0; font-size:10.5pt;"><i>{_e(more)}</i></p>'
        return paragraph + _table(header, rows) + more

    # IV. The two charts.
    def charts(self, charts: ChartImages | None) -> str:
        if charts is None or not self.report.topics:
            return ""
        width = TEXT_WIDTH_PX
        weekly_h = round(width * charts.weekly.height() / charts.weekly.width())
        comparison_h = round(width * charts.comparison.height() / charts.comparison.width())
        return f"""{_heading(words.CHARTS_HEADING)}
<p align="center" style="margin:0;"><img src="chart://weekly" width="{width}" height="{weekly_h}"/></p>
<p align="center" style="margin-top:0; margin-bottom:8pt; font-size:10pt;">{charts.legend_html}</p>
<p align="center" style="margin:0;"><img src="chart://comparison" width="{width}" height="{comparison_h}"/></p>"""

    # V. Online posts (đăng tải), counted apart from the airings.
    def online(self) -> str:
        from app.report.online import ONLINE_HEADING, online_lines, online_sentence

        period, baseline = self.report.online, self.report.baseline_online
        if period is None:
            return ""
        text = _heading(ONLINE_HEADING) + PARAGRAPH.format(bottom=4, text=_e(online_sentence(period, baseline)))
        if not period.posts and not (baseline and baseline.posts):
            return text
        rows = []
        for line in online_lines(period, baseline):
            wrap = (lambda cell: f"<b>{cell}</b>") if line.total else (lambda cell: cell)
            rows.append(
                f'<tr><td align="center" {TD}>{line.index}</td><td {TD}>{wrap(_e(line.topic))}</td>'
                + "".join(f'<td align="right" {TD}>{wrap(_e(cell))}</td>' for cell in line.cells)
                + "</tr>"
            )
        base = f'<th rowspan="2" width="10%" {TH}>Kỳ so sánh</th>' if baseline is not None else ""
        header = (
            f'<tr><th rowspan="2" width="5%" {TH}>TT</th><th rowspan="2" {TH}>Chủ đề</th>'
            f'<th colspan="4" {TH}>Kỳ báo cáo, theo kênh (lượt)</th>'
            f'<th rowspan="2" width="9%" {TH}>Cộng</th>{base}</tr>'
            f'<tr><th width="9%" {TH}>Zalo</th><th width="13%" {TH}>Facebook</th><th width="12%" {TH}>Trang web</th>'
            f'<th width="8%" {TH}>Khác</th></tr>'
        )
        return text + _table(header, rows)

    # Signature block, then the recipients.
    def signature(self) -> str:
        station = self.report.station
        recipients_html = "<br/>".join(f"- {_e(item)}" for item in words.recipients(station))
        block = self.decree.signature(self.signing, station.signer_name, "NGƯỜI LẬP BIỂU", station.preparer_name)
        return f"""{block}{_spacer(10)}
<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr>
 <td width="46%" valign="top"><p style="margin:0;"><b><i style="font-size:12pt;">Nơi nhận:</i></b></p>
 <p style="margin:0; font-size:11pt;">{recipients_html}</p></td>
 <td width="54%" valign="top">{self.verification()}</td>
</tr></table>{self.decree.keep_end()}"""

    # The verification code beside the recipients: a QR code and the same code as text.
    def verification(self) -> str:
        code = self.report.paper_code
        if code is None:
            return "&nbsp;"
        size = round(QR_MM / 25.4 * 96)
        lines = "<br/>".join(_e(line) for line in words.verification_lines(code))
        small = 'style="font-size:8pt;"'
        return f"""<table cellspacing="0" cellpadding="2" border="0"><tr>
 <td width="{size + 4}" valign="top"><img src="qr://code" width="{size}" height="{size}"/></td>
 <td valign="top" {small}><b>{words.VERIFICATION_TITLE}</b><br/>{lines}<br/>
 <i>{_e(words.VERIFICATION_HINT)}</i></td>
</tr></table>"""
