"""Typing into date fields as in any form: click the day, type "05", "12", "2026" -> 05/12/2026
(ui/time_fields.DateField; Qt's own date edit put the cursor inside "17" and stayed on the day)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit

from ui.log_page import LogPage
from ui.tasks import TaskRunner
from ui.time_fields import DateField
from ui.window_editor import WindowEditor

NOW = datetime(2026, 11, 27, 9, 0, 0)


def click_section(qtbot, edit: QDateTimeEdit, section: int) -> None:
    """Click inside the `section`-th part of the text ("dd/MM/yyyy": 0 the day, 1 the month, 2 the year)."""
    line = edit.lineEdit()
    text = line.text()
    start = sum(len(part) + 1 for part in text.replace(":", "/").replace(" ", "/").split("/")[:section])
    line.setCursorPosition(0)  # measured from the text's first letter; the click moves the cursor anyway
    x = line.cursorRect().left() + line.fontMetrics().horizontalAdvance(text[: start + 1])
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    qtbot.waitUntil(line.hasSelectedText)


def type_parts(qtbot, edit: QDateTimeEdit, *parts: str) -> None:
    """Each part typed as a person types it: the keys of one part, then the window has its turn."""
    for part in parts:
        qtbot.keyClicks(edit.lineEdit(), part)
        qtbot.wait(10)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_date_typed_day_month_year(qtbot):
    field = shown(qtbot, DateField(QDate(2025, 3, 17)))
    assert field.lineEdit().text() == "17/03/2025"
    click_section(qtbot, field, 0)
    type_parts(qtbot, field, "05", "12", "2026")
    assert field.date() == QDate(2026, 12, 5)
    click_section(qtbot, field, 1)  # one part alone: the month, the rest kept
    type_parts(qtbot, field, "01")
    assert field.date() == QDate(2026, 1, 5)
    click_section(qtbot, field, 2)
    type_parts(qtbot, field, "2027")
    assert field.date() == QDate(2027, 1, 5)


def test_a_single_digit_waits_for_the_second(qtbot):
    field = shown(qtbot, DateField(QDate(2025, 3, 17)))
    click_section(qtbot, field, 0)
    type_parts(qtbot, field, "3", "1")  # "3" could still become 30 or 31: it stays on the day
    assert field.date() == QDate(2025, 3, 31)
    assert field.currentSection() == QDateTimeEdit.Section.MonthSection


def test_the_log_page_dates_take_typing(qtbot, station):
    page = shown(qtbot, LogPage(station, TaskRunner(), clock=lambda: NOW))
    click_section(qtbot, page.from_edit, 0)
    type_parts(qtbot, page.from_edit, "01", "11", "2026")
    assert page.from_edit.date() == QDate(2026, 11, 1)
    click_section(qtbot, page.to_edit, 0)
    type_parts(qtbot, page.to_edit, "15", "11")
    assert page.to_edit.date() == QDate(2026, 11, 15)
    page.shutdown()
    page.runner.wait_all(5000)


def test_the_window_editor_dates_take_typing(qtbot):
    editor = shown(qtbot, WindowEditor())
    editor.range_box.setChecked(True)
    editor.from_edit.setDate(QDate(2026, 12, 2))
    click_section(qtbot, editor.from_edit, 0)
    type_parts(qtbot, editor.from_edit, "05", "01", "2027")
    assert editor.from_edit.date() == QDate(2027, 1, 5)
    editor.start_edit.setTime(QTime(8, 0))  # times still take typing, and move on to the minutes
    click_section(qtbot, editor.start_edit, 0)
    type_parts(qtbot, editor.start_edit, "06", "45")
    assert editor.start_edit.time() == QTime(6, 45)


def test_the_report_period_dates_take_typing(qtbot, station):
    from ui.reports_page import ReportsPage

    runner = TaskRunner()
    page = shown(qtbot, ReportsPage(station, runner))
    start = page.findChildren(DateField)[0]
    start.setDate(QDate(2026, 11, 27))
    click_section(qtbot, start, 0)
    type_parts(qtbot, start, "03", "11", "2026")
    assert start.date() == QDate(2026, 11, 3)
    page.shutdown()
    runner.wait_all(10_000)
