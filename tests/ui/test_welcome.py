"""The first start's welcome (ui/welcome.py): shown on a new station instead of a sample bulletin, each step's
button goes where it says, "Không hiện lại" is remembered by the station's database."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.station import Station
from ui.main_window import MainWindow


def _window(qtbot, station: Station) -> MainWindow:
    window = MainWindow(station)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _close(qtbot, window: MainWindow) -> None:
    """Before its station closes: the spoken-form preview of the shown bulletin finished, the window shut down."""
    qtbot.waitUntil(lambda: not window.bulletins_page.editor.preview_pending(), timeout=10_000)
    window.shutdown()
    window.close()


@pytest.fixture
def window(qtbot, station):
    win = _window(qtbot, station)
    yield win
    _close(qtbot, win)


def test_a_new_station_opens_on_the_welcome_not_a_sample(window, qtbot):
    welcome = window.offer_welcome()
    assert welcome is not None and welcome.isVisible() and not welcome.isModal()
    assert welcome.windowTitle() == "Bắt đầu sử dụng"
    assert (
        welcome.findChild(QLabel, "welcome_heading").text()
        == f"Chào mừng đến với {window.station.settings.station_name}"
    )
    page = window.bulletins_page
    assert page.editor.bulletin_id is None and not page.editor.is_dirty()
    assert not page.table.selectionModel().hasSelection()
    assert window.pages.currentWidget() is page
    # The samples are still there, marked as samples in the list, and the welcome says so.
    first_title = page.model.data(page.model.index(0, page.model.TITLE))
    assert first_title.startswith("[Mẫu] ")
    assert "7 bản tin mẫu" in welcome.findChild(QLabel, "welcome_samples").text()
    assert {button.text() for button in (welcome.settings_button, welcome.bulletin_button, welcome.window_button)} == {
        "Mở Cài đặt",
        "Viết bản tin mới",
        "Tạo khung giờ",
    }


def test_each_button_goes_where_it_says(window, qtbot):
    welcome = window.offer_welcome()
    qtbot.mouseClick(welcome.settings_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    assert window.pages.currentWidget() is window.settings_page
    assert window.navigation.currentItem().text() == "Cài đặt"

    welcome = window.offer_welcome()  # closing without "Không hiện lại": it is still offered
    assert welcome is not None
    qtbot.mouseClick(welcome.bulletin_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.bulletins_page
    assert window.bulletins_page.editor.bulletin_id is None
    assert window.bulletins_page.editor_heading.text() == "Bản tin mới"

    welcome = window.offer_welcome()
    qtbot.mouseClick(welcome.window_button, Qt.MouseButton.LeftButton)
    schedule = window.schedule_page
    assert window.pages.currentWidget() is schedule
    assert schedule.tabs.currentWidget() is schedule.windows_tab
    assert schedule.editor.window_id is None and schedule.current_window_id() is None


def test_not_shown_again_after_dismissal(qtbot, station, db_path):
    window = _window(qtbot, station)
    welcome = window.offer_welcome()
    welcome.never_again.setChecked(True)
    qtbot.mouseClick(welcome.close_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    _close(qtbot, window)

    again = Station.open(db_path)  # the next start: the choice was the station's, kept in its database
    try:
        assert again.settings.welcome_pending is False
        second = _window(qtbot, again)
        assert second.offer_welcome() is None and second.welcome is None
        _close(qtbot, second)
    finally:
        again.close()


def test_closed_without_ticking_it_comes_back(qtbot, station, db_path):
    window = _window(qtbot, station)
    welcome = window.offer_welcome()
    qtbot.mouseClick(welcome.close_button, Qt.MouseButton.LeftButton)
    _close(qtbot, window)
    again = Station.open(db_path)
    try:
        assert again.settings.welcome_pending is True
    finally:
        again.close()


def test_a_station_from_before_the_welcome_is_not_greeted_as_new(qtbot, station, db_path):
    with sqlite3.connect(db_path) as raw:  # as a database made before the setting existed
        raw.execute("DELETE FROM settings WHERE key = 'welcome_pending'")
    older = Station.open(db_path)
    try:
        window = _window(qtbot, older)
        assert window.offer_welcome() is None
        assert window.bulletins_page.editor.bulletin_id is not None  # opens on its first bulletin, as before
        _close(qtbot, window)
    finally:
        older.close()
