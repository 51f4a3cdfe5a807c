"""Time and date fields that take typing as any form does: a click selects the section under it (the hour, the
minutes, the day, the month, the year), so "06" typed replaces it. Qt's own edit puts the cursor inside "08" and
refuses the "008" that typing makes. Every such field of the window is one of these classes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit


class _SelectClickedSection(QObject):
    """On the field and its line edit (which gets the clicks): once the click has placed the cursor, select its
    section; once a section is typed in full ("05", "2026"), go on to the next, so "05", "12", "2026" typed one
    after the other make 05/12/2026 as in any form."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self._advance_due = False
        edit.installEventFilter(self)
        edit.lineEdit().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.MouseButtonRelease and watched is self.edit.lineEdit():
            QTimer.singleShot(0, self._select)
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.text().isdigit():
            if not self._advance_due:  # the key reaches the field through both objects: act once
                self._advance_due = True
                QTimer.singleShot(0, self._advance)
        return False

    def _select(self) -> None:
        if not self.edit.lineEdit().hasSelectedText():  # a drag that selected text keeps it
            self.edit.setSelectedSection(self.edit.currentSection())

    def _advance(self) -> None:
        self._advance_due = False
        edit = self.edit
        section = edit.currentSection()
        width = 4 if section == QDateTimeEdit.Section.YearSection else 2
        index = edit.currentSectionIndex()
        if len(edit.sectionText(section)) >= width and index + 1 < edit.sectionCount():
            edit.setCurrentSectionIndex(index + 1)
            edit.setSelectedSection(edit.currentSection())


class TimeField(QTimeEdit):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _SelectClickedSection(self)


class DateTimeField(QDateTimeEdit):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _SelectClickedSection(self)


class DateField(QDateEdit):
    """A day as the window writes it (dd/MM/yyyy), with the calendar to pick from."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        _SelectClickedSection(self)
