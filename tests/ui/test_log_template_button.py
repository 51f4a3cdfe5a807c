"""Nhật ký's "Tải tệp mẫu…": the same template as `log template -o`, saved where the operator chooses, filled
in Excel and imported through the page's own preview and dialog."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QLabel

from tests.ui.modal_helpers import WhenDialog
from ui.log_import_dialog import LogImportDialog
from ui.tasks import TaskRunner

NOW = datetime(2026, 11, 27, 9, 0, 0)


@pytest.fixture
def page(qtbot, station):
    from ui.log_page import LogPage

    widget = LogPage(station, TaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitUntil(lambda: widget._chain_task is None, timeout=5000)
    yield widget
    widget.shutdown()
    widget.runner.wait_all(5000)


def test_the_template_button_saves_a_template_that_imports(page, station, tmp_path, qtbot, monkeypatch):
    chosen = tmp_path / "mau-phuong"  # typed without an extension: the chosen filter gives it one

    # The dialog itself is tested in tests/ui/test_file_dialogs.py; here the operator's answer is given.
    monkeypatch.setattr("ui.log_page.save_file_name", lambda *args, **kwargs: (str(chosen), "Excel (*.xlsx)"))
    page.template_button.click()
    target = tmp_path / "mau-phuong.xlsx"
    assert target.is_file() and "Đã ghi tệp mẫu" in page.status_label.text()
    book = load_workbook(target)
    sheet = book.worksheets[0]
    sheet.append(["2026-05-04 06:00:00", "2026-05-04 06:04:00", "Phòng cháy", "An toàn", "bi ngat", "", "", "", ""])
    book.save(target)
    seen = {}

    def confirm(dialog: LogImportDialog) -> None:
        seen["summary"] = dialog.findChild(QLabel, "import_summary").text()
        dialog.import_button.click()

    confirmer = WhenDialog(LogImportDialog, confirm)
    page.preview_file(target)
    qtbot.waitUntil(lambda: confirmer.done, timeout=5000)
    confirmer.check()
    assert "2 dòng sẽ được thêm" in seen["summary"]
    statuses = station.db.execute("SELECT title, status FROM airings ORDER BY id").fetchall()
    assert statuses == [("Bản tin sáng: lịch tiêm chủng tháng 3", "completed"), ("Phòng cháy", "interrupted")]


def test_a_template_in_a_missing_folder_is_refused_in_vietnamese(page, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.log_page.show_error", lambda parent, error: shown.append(str(error)))
    assert not page.save_template(tmp_path / "khong-co" / "mau.csv")
    assert shown and "không tồn tại" in shown[0]
