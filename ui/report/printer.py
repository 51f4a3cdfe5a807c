"""Printing a report: to a PDF file (atomically), to the print preview, to paper.

All three go through `ReportLayout` (ui/report/layout.py) on a QPrinter, so the preview is
exactly what the PDF and the paper get. Charts are QtCharts scenes, so this runs on the GUI thread;
the command line gets a headless QApplication here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.errors import StorageError
from app.file_replace import atomic_write
from app.report import Report
from ui.report.charts import render_chart_images
from ui.report.fonts import report_font_family
from ui.report.layout import ReportLayout
from ui.report.page import prepare_printer


def ensure_application() -> QApplication:
    """QtCharts needs a QApplication; the CLI has none and maybe no display."""
    app = QApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(sys.argv[:1])
    return app  # type: ignore[return-value]


def build_layout(report: Report, printer: QPrinter) -> ReportLayout:
    family = report_font_family()
    return ReportLayout(report, printer, render_chart_images(report, family))


def paint_report(report: Report, printer: QPrinter, layout: ReportLayout | None = None) -> ReportLayout:
    """Paint the report on `printer` (honouring a page range chosen in the print dialog)."""
    prepare_printer(printer)
    layout = layout or build_layout(report, printer)
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        first, last = 1, layout.page_count
    painter = QPainter()
    if not painter.begin(printer):
        raise StorageError("Không mở được máy in hoặc tệp để in báo cáo.")
    try:
        layout.paint(painter, first, last)
    finally:
        painter.end()
    return layout


def _pdf_is_whole(path: Path) -> bool:
    """A PDF ends with its %%EOF marker; one cut short by a full disk does not."""
    with open(path, "rb") as stream:
        size = stream.seek(0, os.SEEK_END)
        stream.seek(max(0, size - 1024))
        return size > 0 and b"%%EOF" in stream.read()


def write_pdf(
    path: str | os.PathLike[str], doc_name: str, paint: Callable[[QPrinter], object], what: str = "báo cáo"
) -> Path:
    """An A4 PDF at `path` painted by `paint`, whole or not at all (app.file_replace.atomic_write: a temporary
    file beside it, flushed, checked, renamed). Returns the path."""
    ensure_application()
    target = Path(path)
    if not (target.parent if str(target.parent) else Path(".")).is_dir():
        raise StorageError(f"Không có thư mục {target.parent} để lưu {what}.")
    with atomic_write(target) as temp:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(temp))
        printer.setCreator("Truyền Thanh Phường")
        printer.setDocName(doc_name)
        try:
            paint(printer)
        except StorageError:
            raise StorageError(f"Không ghi được tệp PDF {target}. Hãy kiểm tra quyền ghi của thư mục.") from None
        del printer  # the PDF is finished and flushed when the painter ended
        if not _pdf_is_whole(temp):  # Qt reports no write error: a full disk leaves an empty or cut-off file
            raise StorageError(f"Không ghi được tệp PDF {target} (ổ đĩa đầy hoặc không ghi được).")
    return target


def render_report_pdf(report: Report, path: str | os.PathLike[str]) -> Path:
    """Write the printed report as an A4 PDF at `path` (see write_pdf). Returns the path."""
    return write_pdf(
        path, f"{report.title} {report.period.period.label}", lambda printer: paint_report(report, printer)
    )
