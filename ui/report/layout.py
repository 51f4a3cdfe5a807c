"""The printed report laid out as Decree 30/2020/NĐ-CP lays out administrative documents (A4 portrait,
Times-like serif embedded, 13 pt body, the two-column header, the signature block), painted page by
page onto any QPrinter: PDF file, preview, or paper.

Pages 1..n are a paginated QTextDocument (ui/report/html_document.py: header, body, tables, charts,
signature, and the report's verification code as text and as a QR code). The annex (every airing of
the period) follows on its own pages, painted as a table by AnnexPages (ui/report/annex.py). Each page
then gets its number in the top margin from page 2 on (as the Decree asks) and a small footer with the
chain position and head hash the report counted up to, so a sheet can be matched to the database later
(`truyenthanh log verify --paper CODE`).

The text is always Vietnamese (app.report.wording): it is an official document whatever the interface
language.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

from app.report import Report
from app.report import wording as words
from ui.report.annex import AnnexPages
from ui.report.charts import ChartImages
from ui.report.fonts import report_font_family
from ui.report.html_document import KEEP_FROM, KEEP_NEXT, KEEP_TO, RULE_IMAGE_HEIGHT, ReportHtml
from ui.report.page import (
    BODY_PT,
    FOOTER_FROM_BOTTOM_MM,
    FOOTER_PT,
    MARGIN_BOTTOM_MM,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    MARGIN_TOP_MM,
    prepare_printer,
)

QR_MODULE_PX = 8  # pixels per QR module in the embedded picture (sharp at any print resolution)


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


def page_document(printer: QPrinter, family: str, width: float, height: float) -> QTextDocument:
    """A document laid out for `printer`'s page (the text area `width` x `height`), in the report's body font."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    document.setDocumentMargin(0)
    font = QFont(family)
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    document.setPageSize(QSizeF(width, height))
    return document


def apply_keeps(document: QTextDocument, page_height: float) -> None:
    """Keep a heading with what follows it and the signature block in one piece: where the layout splits them
    across pages, start them on the next page (anchors in the HTML mark them)."""
    layout = document.documentLayout()
    starts: dict[str, QTextBlock] = {}
    block = document.begin()
    while block.isValid():
        for name in _anchor_names(block):
            if name == KEEP_NEXT and block.next().isValid():
                _keep(layout, block, block.next(), page_height)
            elif name.startswith(KEEP_FROM):
                starts[name.removeprefix(KEEP_FROM)] = block
            elif name.startswith(KEEP_TO) and name.removeprefix(KEEP_TO) in starts:
                _keep(layout, starts.pop(name.removeprefix(KEEP_TO)), block, page_height)
        block = block.next()


def _keep(layout: QAbstractTextDocumentLayout, first: QTextBlock, last: QTextBlock, page_height: float) -> None:
    top = layout.blockBoundingRect(first).top()
    bottom = layout.blockBoundingRect(last).bottom()
    if int(top // page_height) != int((bottom - 1) // page_height) and bottom - top < page_height:
        block_format = first.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(first).setBlockFormat(block_format)


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

        self.document = page_document(printer, self.family, self.text_width, self.text_height)
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
        apply_keeps(self.document, self.text_height)
        self.body_pages = self.document.pageCount()
        self.annex = AnnexPages(report, self.family, printer, self.px_per_mm, self.text_width, self.text_height)

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
        left_text = words.footer(self.report)
        painter.setPen(QColor("#b00020" if self.report.log_tampered else "#444444"))
        page_label = words.page_label(number, self.page_count)
        metrics = QFontMetricsF(font, self.printer)
        room = self.text_width - metrics.horizontalAdvance(page_label) - 3 * mm
        left_text = metrics.elidedText(left_text, Qt.TextElideMode.ElideRight, room)
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left_text)
        painter.setPen(QColor("#444444"))
        painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_label)
        painter.restore()
