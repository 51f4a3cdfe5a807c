"""Phụ lục: every airing of the period as a table painted row by row, after the body pages.

Painting it ourselves keeps each row whole on one page (QTextDocument splits a tall row across pages),
repeats the header row on each page, and stays fast for thousands of rows. The words are
app.report.wording's.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

from app.report import Report
from app.report import wording as words
from ui.report.page import ANNEX_PT, BODY_PT


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
# With an approval column (some airing of the period recorded its approval): narrower title and topic.
ANNEX_COLUMNS_WITH_APPROVAL = (
    AnnexColumn("TT", 9, Qt.AlignmentFlag.AlignHCenter),
    AnnexColumn("Ngày", 18, Qt.AlignmentFlag.AlignHCenter),
    AnnexColumn("Giờ", 14, Qt.AlignmentFlag.AlignHCenter),
    AnnexColumn("Tiêu đề", 35, Qt.AlignmentFlag.AlignLeft),
    AnnexColumn("Chủ đề", 22, Qt.AlignmentFlag.AlignLeft),
    AnnexColumn("Thời lượng", 13, Qt.AlignmentFlag.AlignRight),
    AnnexColumn("Trạng thái", 17, Qt.AlignmentFlag.AlignLeft),
    AnnexColumn("Kiểu phát", 15, Qt.AlignmentFlag.AlignLeft),
    AnnexColumn("Duyệt (người, ngày)", 22, Qt.AlignmentFlag.AlignLeft),
)


class AnnexPages:
    """The annex laid out for one paged device: row heights measured once, rows split into pages."""

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
        with_approval = any(row.approval is not None for row in report.annex or ())
        self.columns = ANNEX_COLUMNS_WITH_APPROVAL if with_approval else ANNEX_COLUMNS
        scale = width / sum(column.width_mm for column in self.columns)
        self.widths = [column.width_mm * scale for column in self.columns]
        self.cells = [
            words.annex_cells(index, row, with_approval) for index, row in enumerate(report.annex or (), start=1)
        ]
        self.header_height = self._height([c.title for c in self.columns], self.bold_metrics)
        self.heights = [self._height(cells, self.metrics) for cells in self.cells]
        self.intro_height = self._intro_height()
        self.pages = self._paginate() if report.annex is not None else []

    def _flags(self, column: int) -> int:
        return int(self.columns[column].align | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)

    def _height(self, cells: list[str], metrics: QFontMetricsF) -> float:
        pad = self.PAD_MM * self.mm
        tallest = max(
            metrics.boundingRect(QRectF(0, 0, width - 2 * pad, 1e6), self._flags(i), text).height()
            for i, (text, width) in enumerate(zip(cells, self.widths, strict=True))
        )
        return tallest + 2 * pad

    def _intro_lines(self) -> list[tuple[QFont, str]]:
        heading, name, tie = words.annex_title(self.report)
        return [(self.title_bold, heading), (self.title_bold, name), (self.title_italic, tie)]

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
        painter.save()
        painter.setPen(QColor("black"))
        y = self._paint_intro(painter) if page == 0 else 0.0
        if page == 0 and not self.cells:
            painter.setFont(self.title_italic)
            painter.drawText(
                QRectF(0, y, self.width, 10 * self.mm), int(Qt.AlignmentFlag.AlignHCenter), words.ANNEX_EMPTY
            )
        else:
            y = self._paint_rows(painter, page, y)
            if page == len(self.pages) - 1:
                painter.drawText(
                    QRectF(0, y + 1.5 * self.mm, self.width, 8 * self.mm),
                    int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap),
                    words.ANNEX_NOTE,
                )
        painter.restore()

    def _paint_intro(self, painter: QPainter) -> float:
        """The annex's title lines; returns where the table starts."""
        y = 0.0
        for font, text in self._intro_lines():
            painter.setFont(font)
            height = self._text_height(font, text)
            painter.drawText(
                QRectF(0, y, self.width, height),
                int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap),
                text,
            )
            y += height
        return y + 4 * self.mm

    def _paint_rows(self, painter: QPainter, page: int, top: float) -> float:
        """The header row and the page's rows from `top`; returns the table's bottom."""
        rows = [([c.title for c in self.columns], self.header_height, True, "#f5f5f5")]
        for index in self.pages[page]:
            counted = (self.report.annex or ())[index].counted
            rows.append((self.cells[index], self.heights[index], False, "" if counted else "#eeeeee"))
        # One pass each for shading, text and grid: few painter calls per page, whatever the row count.
        y = top
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
        return y
