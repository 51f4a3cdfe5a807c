"""Printing a report: to a PDF file (atomically), to the print preview, to paper.

All three go through `ReportLayout` (ui/report/layout.py) on a QPrinter, so the preview is
exactly what the PDF and the paper get. Charts are QtCharts scenes, so this runs on the GUI thread;
the command line gets a headless QApplication here.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from pathlib import Path

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.errors import StorageError
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


def render_report_pdf(report: Report, path: str | os.PathLike[str]) -> Path:
    """Write the printed report as an A4 PDF at `path`: a temporary file in the same folder, then
    os.replace, so a failure leaves no half-written PDF. Returns the path."""
    ensure_application()
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(f"Không có thư mục {folder} để lưu báo cáo.")
    # Qt creates the file itself, so it gets the usual permissions (mkstemp's would be owner-only).
    temp_name = str(folder / f".{target.stem}.{secrets.token_hex(4)}.tmp.pdf")
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(temp_name)
        printer.setCreator("Truyền Thanh Phường")
        printer.setDocName(f"{report.title} {report.period.period.label}")
        try:
            paint_report(report, printer)
        except StorageError:
            raise StorageError(f"Không ghi được tệp PDF {target}. Hãy kiểm tra quyền ghi của thư mục.") from None
        del printer  # the PDF is finished and flushed when the painter ended
        if not os.path.exists(temp_name) or os.path.getsize(temp_name) == 0:
            raise StorageError(f"Không ghi được tệp PDF {target}.")
        os.replace(temp_name, target)
    except OSError as exc:
        raise StorageError(f"Không ghi được tệp PDF {target}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(temp_name)
    return target
