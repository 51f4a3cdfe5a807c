"""In phiếu duyệt: the bulletin's Phiếu duyệt tin bài on the station's printer (the system's print dialog), or saved
as a PDF where the operator chooses. Both paint the same pages (ui/report/approval_form.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMenu, QWidget

from app.approval_sheet import TITLE, ApprovalSheet, approval_sheet
from app.errors import StationError
from app.station import Station
from ui.errors import show_error
from ui.file_dialogs import save_file_name


class ApprovalFormActions(QObject):
    """The menu of the "In phiếu duyệt…" button. `target()` is the bulletin (saved) or None; `say(text)` reports."""

    def __init__(
        self,
        parent: QWidget,
        station: Station,
        target: Callable[[], int | None],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.station = station
        self.target = target
        self.say = say
        self.printer: QPrinter | None = None  # kept while its dialog lives
        self.menu = QMenu(parent)
        self.print_action = QAction(self.tr("In ra máy in…"), self)
        self.print_action.setObjectName("approval_form_print")
        self.print_action.triggered.connect(self.ask_print)
        self.save_pdf_action = QAction(self.tr("Lưu thành tệp PDF…"), self)
        self.save_pdf_action.setObjectName("approval_form_pdf")
        self.save_pdf_action.triggered.connect(self.ask_save_pdf)
        self.menu.addAction(self.print_action)
        self.menu.addAction(self.save_pdf_action)

    def _sheet(self, bulletin_id: int) -> ApprovalSheet | None:
        try:
            return approval_sheet(self.station.db, self.station.settings, bulletin_id, self.station.now().date())
        except StationError as exc:
            show_error(self.parent_widget, exc)
            return None

    def ask_print(self) -> None:
        from ui.report.approval_form import paint_approval_form
        from ui.report.page import prepare_printer

        bulletin_id = self.target()
        sheet = None if bulletin_id is None else self._sheet(bulletin_id)
        if sheet is None:
            return
        self.printer = printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer)
        printer.setDocName(f"{TITLE} {sheet.bulletin_id}")
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setWindowTitle(self.tr("In phiếu duyệt"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            paint_approval_form(sheet, printer)
        except StationError as exc:
            show_error(self.parent_widget, exc)
            return
        where = printer.outputFileName() or printer.printerName()
        self.say(self.tr("Đã in phiếu duyệt ra “{printer}”.").format(printer=where))

    def ask_save_pdf(self) -> None:
        bulletin_id = self.target()
        if bulletin_id is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / f"phieu-duyet-ban-tin-{bulletin_id}.pdf")
        path, _ = save_file_name(self.parent_widget, self.tr("Lưu phiếu duyệt"), suggested, self.tr("Tệp PDF (*.pdf)"))
        if path:
            self.save_pdf(bulletin_id, Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save_pdf(self, bulletin_id: int, path: Path) -> None:
        from ui.report.approval_form import render_approval_form_pdf

        sheet = self._sheet(bulletin_id)
        if sheet is None:
            return
        try:
            render_approval_form_pdf(sheet, path)
        except StationError as exc:
            show_error(self.parent_widget, exc)
            return
        self.say(self.tr("Đã lưu phiếu duyệt: {path}").format(path=path))
