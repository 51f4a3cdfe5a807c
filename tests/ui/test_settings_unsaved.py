"""Cài đặt in the real window: "Lưu cài đặt" on screen at 1366x768 without scrolling, unsaved edits never lost
silently (leaving the page or closing the window asks: Lưu / Bỏ thay đổi / Ở lại), the window title follows a
saved station name, the approval switch and the signing form saved with the same checks as `settings set`."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea

from tests.ui.dialogs import DialogAnswerer
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, station):
    win = MainWindow(station)
    # A test's unsaved edits are dropped before qtbot closes the window (closing would ask about them).
    qtbot.addWidget(win, before_close_func=lambda widget: widget.settings_page.load())
    win.resize(1366, 700)  # 768 less a taskbar and the title bar
    win.show()
    qtbot.waitExposed(win)
    win.show_page("settings")
    yield win
    win.settings_page.load()
    win.shutdown()


def test_the_save_button_is_on_screen_without_scrolling(window):
    page = window.settings_page
    button = page.save_button
    assert button.isVisible()
    assert not any(isinstance(parent, QScrollArea) for parent in _parents(button))  # outside the scrolling form
    place = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
    assert QRect(0, 0, window.width(), window.height()).contains(place), (place, window.size())
    assert page.form_scroll.verticalScrollBar().maximum() > 0  # the form itself does scroll at this height


def _parents(widget):
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def test_leaving_with_unsaved_edits_asks_and_each_answer_does_what_it_says(window, station, qtbot):
    page = window.settings_page
    assert not page.has_unsaved_changes() and page.unsaved_label.text() == ""
    page.fields["operator_name"].setText("Trần Thị Bình")
    assert page.has_unsaved_changes() and page.unsaved_label.text() == "Có thay đổi chưa lưu."

    answers = DialogAnswerer("Ở lại")
    window.show_page("bulletins")
    answers.stop()
    assert answers.seen == ["Cài đặt có thay đổi chưa lưu. Lưu lại trước khi rời trang?"]
    assert window.pages.currentWidget() is page and window.navigation.currentRow() == 5  # stayed, edit kept
    assert page.fields["operator_name"].text() == "Trần Thị Bình"

    answers = DialogAnswerer("Bỏ thay đổi")
    window.show_page("log")
    answers.stop()
    assert window.pages.currentWidget() is window.log_page
    assert station.settings.operator_name == "Cán bộ đài" and page.fields["operator_name"].text() == "Cán bộ đài"

    window.show_page("settings")
    page.fields["operator_name"].setText("Lê Văn Cường")
    answers = DialogAnswerer("Lưu")
    window.show_page("reports")
    answers.stop()
    assert window.pages.currentWidget() is window.reports_page and station.settings.operator_name == "Lê Văn Cường"
    window.show_page("schedule")  # nothing unsaved: no question (DialogAnswerer would fail on one)
    answers = DialogAnswerer()
    window.show_page("settings")
    window.show_page("bulletins")
    answers.stop()


def test_a_refused_save_on_the_way_out_keeps_the_operator_on_the_page(window, station):
    page = window.settings_page
    page.fields["signer_title"].setText("TRƯỞNG ĐÀI")  # KT. CHỦ TỊCH signed by the station's head: refused
    answers = DialogAnswerer("Lưu", "OK")
    window.show_page("bulletins")
    answers.stop()
    assert (
        answers.seen[1] == "Ký thay (KT.) CHỦ TỊCH: người ký là cấp phó, chức vụ “PHÓ CHỦ TỊCH” (đã nhập “TRƯỞNG ĐÀI”)."
    )
    assert window.pages.currentWidget() is page and station.settings.signer_title == "PHÓ CHỦ TỊCH"
    assert page.signature_preview.text() == answers.seen[1]  # the form said so before the save too


def test_closing_the_window_with_unsaved_edits_asks_first(window, station, qtbot):
    page = window.settings_page
    page.require_approval.setChecked(True)
    answers = DialogAnswerer("Ở lại")
    window.close()
    answers.stop()
    assert window.isVisible() and page.require_approval.isChecked()
    answers = DialogAnswerer("Lưu")
    window.close()
    answers.stop()
    assert not window.isVisible()
    assert station.settings.require_approval is True  # what "Lưu" on the way out stored


def test_the_window_title_follows_a_saved_station_name_and_the_signing_form_is_stored(window, station):
    page = window.settings_page
    assert window.windowTitle() == "Truyền Thanh Phường — Đài Truyền thanh phường Bạch Sam"
    page.fields["station_name"].setText("Đài Truyền thanh phường Nhân Hòa")
    page.issuer.setCurrentIndex(page.issuer.findData("station"))
    page.signing_form.setCurrentIndex(page.signing_form.findData("KT."))
    page.fields["head_title"].setText("TRƯỞNG ĐÀI")
    page.fields["signer_title"].setText("PHÓ TRƯỞNG ĐÀI")
    assert page.signature_preview.text() == (
        "In trên giấy: UBND PHƯỜNG BẠCH SAM / ĐÀI TRUYỀN THANH; ký: KT. TRƯỞNG ĐÀI / PHÓ TRƯỞNG ĐÀI"
    )
    assert window.windowTitle().endswith("Bạch Sam")  # not before it is saved
    answers = DialogAnswerer("OK")
    page.save_button.click()
    answers.stop()
    assert window.windowTitle() == "Truyền Thanh Phường — Đài Truyền thanh phường Nhân Hòa"
    settings = station.settings
    assert (settings.issuer, settings.signing_form, settings.head_title, settings.signer_title) == (
        "station",
        "KT.",
        "TRƯỞNG ĐÀI",
        "PHÓ TRƯỞNG ĐÀI",
    )
    assert not page.has_unsaved_changes()
