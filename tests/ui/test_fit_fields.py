"""Typing into time fields as in any form: a click on the hour, then "06", gives 06 (Qt's own edit ignored it)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QPoint, Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit

from ui.policy_group import PolicyGroup
from ui.schedule_page import SchedulePage
from ui.tasks import TaskRunner
from ui.window_editor import WindowEditor

NOW = datetime(2025, 3, 17, 8, 0, 0)


def type_after_clicking(qtbot, edit: QDateTimeEdit, section: int, keys: str) -> None:
    """Click inside the `section`-th field of the text (0: the hour), as an operator does, then type."""
    line = edit.lineEdit()
    text = line.text()
    start = sum(len(part) + 1 for part in text.split(":")[:section])  # "HH:mm…": the sections are 2 wide
    x = line.cursorRect().left() + line.fontMetrics().horizontalAdvance(text[: start + 1])
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    qtbot.waitUntil(line.hasSelectedText)
    qtbot.keyClicks(line, keys)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_window_editor_takes_typed_hours_and_minutes(qtbot):
    editor = shown(qtbot, WindowEditor())
    editor.start_edit.setTime(QTime(8, 0))
    type_after_clicking(qtbot, editor.start_edit, 0, "06")
    assert editor.start_edit.time() == QTime(6, 0)
    type_after_clicking(qtbot, editor.start_edit, 1, "45")
    assert editor.start_edit.time() == QTime(6, 45)
    editor.end_edit.setTime(QTime(8, 30))
    type_after_clicking(qtbot, editor.end_edit, 0, "17")
    assert editor.end_edit.time() == QTime(17, 30)


def test_the_quiet_hours_take_typing(qtbot):
    group = shown(qtbot, PolicyGroup())
    group.quiet.setChecked(True)
    group.quiet_from.setTime(QTime(22, 0))
    type_after_clicking(qtbot, group.quiet_from, 0, "21")
    assert group.quiet_from.time() == QTime(21, 0)


def test_the_one_off_time_takes_typing(qtbot, station):
    page = shown(qtbot, SchedulePage(station, TaskRunner(), clock=lambda: NOW))
    field = page.one_off_at
    field.setDateTime(QDateTime.fromString("17/03/2025 09:30:15", "dd/MM/yyyy HH:mm:ss"))
    type_after_clicking(qtbot, field, 0, "06")
    assert field.dateTime().time() == QTime(6, 30, 15)
