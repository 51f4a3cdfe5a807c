"""Time fields that take typing as any form does: a click selects the section under it (the hour, the minutes),
so "06" typed replaces it. Qt's own edit puts the cursor inside "08" and refuses the "008" that typing makes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit


class _SelectClickedSection(QObject):
    """On the field's line edit (which gets the clicks): once the click has placed the cursor, select its section."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.lineEdit().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self._select)
        return False

    def _select(self) -> None:
        if not self.edit.lineEdit().hasSelectedText():  # a drag that selected text keeps it
            self.edit.setSelectedSection(self.edit.currentSection())


class TimeField(QTimeEdit):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _SelectClickedSection(self)


class DateTimeField(QDateTimeEdit):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        _SelectClickedSection(self)
