import re

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from ui.errors import install_excepthook
from ui.main_window import MainWindow

AREAS = ["bulletins", "schedule", "on_air", "log", "reports", "settings"]
LABELS = ["Bản tin", "Lịch phát", "Phát sóng", "Nhật ký", "Báo cáo", "Cài đặt"]


@pytest.fixture
def window(qtbot, station):
    win = MainWindow(station)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


def test_every_area_opens_in_vietnamese(window, qtbot):
    labels = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert labels == LABELS
    for key in AREAS:
        window.show_page(key)
        assert window.pages.currentWidget() is window.page(key)
        assert window.page(key).isVisible()


def test_status_bar_shows_clock_on_air_and_google_state(window, qtbot):
    clock = window.findChild(QLabel, "station_clock")
    assert re.fullmatch(r"\d\d:\d\d:\d\d  \d\d/\d\d/\d{4}", clock.text())
    assert window.findChild(QLabel, "on_air_status").text() == "Không phát"
    window.set_on_air("Cảnh giác lừa đảo")
    assert "Cảnh giác lừa đảo" in window.findChild(QLabel, "on_air_status").text()
    google = window.findChild(QLabel, "google_status")
    # The check runs off the GUI thread and reports either way; CI has no route to Google.
    qtbot.waitUntil(lambda: google.property("reachable") is not None, timeout=15000)
    assert "Giọng Google" in google.text()


def test_settings_are_saved_from_the_form(window, qtbot, station):
    page = window.page("settings")
    page.fields["signer_name"].setText("Nguyễn Văn An")
    page.fields["signer_title"].setText("CHỦ TỊCH")
    page.signing_form.setCurrentIndex(page.signing_form.findData(""))  # the Chủ tịch signs directly
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().accept())
    page.save()
    assert station.settings.signer_name == "Nguyễn Văn An"
    assert station.settings.signer_title == "CHỦ TỊCH"


def test_unexpected_exception_shows_vietnamese_dialog_and_app_keeps_running(window, qtbot, tmp_path):
    import sys

    log_file = tmp_path / "truyenthanh.log"
    old_hook = sys.excepthook
    install_excepthook(log_file)
    seen: list[str] = []

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.text())
        dialog.accept()

    try:
        QTimer.singleShot(0, read_and_close)
        try:
            raise RuntimeError("hỏng giả định")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old_hook
    assert seen and "vẫn tiếp tục chạy" in seen[0] and str(log_file) in seen[0]
    assert window.isVisible()


def test_english_translation_is_available(qapp, station):
    from ui.application import install_translator

    translator = install_translator(qapp, "en")
    try:
        assert translator is not None
        win = MainWindow(station)
        labels = [win.navigation.item(row).text() for row in range(win.navigation.count())]
        assert labels == ["Bulletins", "Schedule", "On air", "Log", "Reports", "Settings"]
        win.shutdown()
    finally:
        qapp.removeTranslator(translator)
