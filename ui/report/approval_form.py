"""The printed Phiếu duyệt tin bài: a bulletin's approval in Decree 30's layout, like the report (A4 portrait, the
embedded serif, the two-column header, the signature block of ui/report/decree.py), painted on any QPrinter: a
PDF file (`render_approval_form_pdf`, atomically) or paper. The words are app.approval_sheet's.

A long bulletin runs over several pages: the QTextDocument paginates, and pages from the second on carry their
number in the top margin, as the Decree asks.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QUrl
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from app.approval_sheet import LEFT_HEADING, TITLE, ApprovalSheet
from app.errors import StorageError
from app.signing import Signing
from ui.report.decree import DecreeParts, escape
from ui.report.fonts import report_font_family
from ui.report.layout import apply_keeps, page_document, rule_image
from ui.report.page import (
    BODY_PT,
    MARGIN_BOTTOM_MM,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    MARGIN_TOP_MM,
    TABLE_PT,
    prepare_printer,
)
from ui.report.printer import write_pdf

TD = f'style="font-size:{TABLE_PT + 1}pt;"'


def approval_form_html(sheet: ApprovalSheet, family: str, parts: DecreeParts) -> str:
    signing = Signing.of(sheet.station)
    rows = "".join(
        f'<tr><td width="32%" {TD}><b>{escape(label)}</b></td><td {TD}>{escape(value)}</td></tr>'
        for label, value in sheet.fields()
    )
    body = "".join(
        f'<p align="justify" style="margin-top:0; margin-bottom:4pt; text-indent:28pt;">{escape(line)}</p>'
        for line in sheet.paragraphs()
    )
    approver = sheet.approval.by if sheet.approval.state == "approved" and sheet.approval.by else ""
    return f"""<html><body style="font-family:'{family}'; font-size:{BODY_PT}pt;">
{parts.header(signing, "PD", sheet.place_and_date)}
<p style="margin:0; font-size:14pt;">&nbsp;</p>
<p align="center" style="margin:0; font-size:14pt;"><b>{TITLE}</b></p>
<p align="center" style="margin:0;"><i>{escape(sheet.subtitle)}</i></p>
<p style="margin:0; font-size:8pt;">&nbsp;</p>
<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse; border-color:#000;">
{rows}</table>
<p style="margin:0; font-size:8pt;">&nbsp;</p>
<p style="margin-top:0; margin-bottom:4pt;"><b>{escape(sheet.text_heading)}</b></p>
{body}
{parts.signature(signing, sheet.station.signer_name, LEFT_HEADING, approver)}{parts.keep_end()}
</body></html>"""


class ApprovalFormLayout:
    """The sheet laid out on one printer: build once, paint every page."""

    def __init__(self, sheet: ApprovalSheet, printer: QPrinter) -> None:
        prepare_printer(printer)
        self.printer = printer
        self.family = report_font_family()
        dpi = printer.resolution()
        self.mm = dpi / 25.4
        self.left, self.top = MARGIN_LEFT_MM * self.mm, MARGIN_TOP_MM * self.mm
        page = printer.pageLayout().fullRectPixels(dpi)
        self.width = page.width() - (MARGIN_LEFT_MM + MARGIN_RIGHT_MM) * self.mm
        self.height = page.height() - (MARGIN_TOP_MM + MARGIN_BOTTOM_MM) * self.mm
        self.document = page_document(printer, self.family, self.width, self.height)
        parts = DecreeParts(self.family, printer)
        html = approval_form_html(sheet, self.family, parts)
        for name in parts.rules:
            self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"rule://{name}"), rule_image())
        self.document.setHtml(html)
        apply_keeps(self.document, self.height)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def paint(self, painter: QPainter) -> None:
        for index in range(self.page_count):
            if index:
                self.printer.newPage()
            painter.save()
            top = index * self.height
            painter.translate(self.left, self.top - top)
            overhang = 4 * self.mm  # stacked diacritics of a page's first line rise into the margin
            painter.setClipRect(QRectF(0, top - overhang, self.width, self.height + overhang))
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, top, self.width, self.height - 1)
            context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
            self.document.documentLayout().draw(painter, context)
            painter.restore()
            if index:  # Decree 30: page numbers from the second page, centred in the top margin
                painter.save()
                number = QFont(self.family)
                number.setPointSizeF(BODY_PT)
                painter.setFont(number)
                painter.drawText(
                    QRectF(self.left, 8 * self.mm, self.width, 8 * self.mm),
                    Qt.AlignmentFlag.AlignCenter,
                    str(index + 1),
                )
                painter.restore()


def paint_approval_form(sheet: ApprovalSheet, printer: QPrinter) -> None:
    layout = ApprovalFormLayout(sheet, printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise StorageError("Không mở được máy in hoặc tệp để in phiếu duyệt.")
    try:
        layout.paint(painter)
    finally:
        painter.end()


def render_approval_form_pdf(sheet: ApprovalSheet, path: str | os.PathLike[str]) -> Path:
    """The Phiếu duyệt tin bài as an A4 PDF at `path`, whole or not at all. Returns the path."""
    return write_pdf(
        path,
        f"{TITLE} {sheet.bulletin_id}",
        lambda printer: paint_approval_form(sheet, printer),
        what="phiếu duyệt",
    )
