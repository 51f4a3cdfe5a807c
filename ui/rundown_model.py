"""The day's rundown (danh sách phát trong ngày) as the engine sees it: planned start, length, what happened.

`set_rows` is called several times a second while the station plays; when the rows are the same slots as
before it only reports the cells that changed, so the selection and the scroll position stay put.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.labels import QT_TRANSLATE_NOOP
from app.playout import LAPSED, ON_AIR, PENDING, STARTING, RundownRow
from schedules import Priority
from ui.formats import format_duration
from ui.labels import priority_label, state_label
from ui.table_model import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

# (background, text) per state or airing status; the log page uses the same colours.
STATE_COLOURS: dict[str, tuple[str, str]] = {
    PENDING: ("#ffffff", "#212121"),
    STARTING: ("#c8e6c9", "#1b5e20"),
    ON_AIR: ("#2e7d32", "#ffffff"),
    "completed": ("#eceff1", "#546e7a"),
    "interrupted": ("#ffe0b2", "#8d4b00"),
    "missed": ("#ffcdd2", "#b71c1c"),
    "failed": ("#ffcdd2", "#b71c1c"),
    "skipped": ("#fff9c4", "#6d5d00"),
    LAPSED: ("#f5f5f5", "#9e9e9e"),
}
NEXT_COLOUR = "#e3f2fd"  # the row that airs next, so the rundown always shows it


class RundownModel(HeaderedTableModel):
    START, TITLE, TOPIC, DURATION, SOURCE, STATE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("RundownModel", "Giờ phát"),
        QT_TRANSLATE_NOOP("RundownModel", "Tiết mục"),
        QT_TRANSLATE_NOOP("RundownModel", "Chủ đề"),
        QT_TRANSLATE_NOOP("RundownModel", "Thời lượng"),
        QT_TRANSLATE_NOOP("RundownModel", "Khung giờ"),
        QT_TRANSLATE_NOOP("RundownModel", "Trạng thái"),
    )
    CONTEXT = "RundownModel"

    KEY_ROLE = Qt.ItemDataRole.UserRole
    STATE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[RundownRow] = []
        self.window_names: dict[int, str] = {}
        self.next_key = None

    def set_rows(
        self, rows: Sequence[RundownRow], window_names: dict[int, str] | None = None, *, next_key=None
    ) -> None:
        """`next_key`: the slot that airs next (highlighted)."""
        rows = list(rows)
        names_changed = window_names is not None and window_names != self.window_names
        if window_names is not None:
            self.window_names = dict(window_names)
        old_next, self.next_key = self.next_key, next_key
        names_changed = names_changed or old_next != next_key
        if [r.key for r in rows] != [r.key for r in self.rows]:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        old, self.rows = self.rows, rows
        last_column = len(self.HEADERS) - 1
        for number, (before, after) in enumerate(zip(old, rows, strict=True)):
            if names_changed or before != after:
                self.dataChanged.emit(self.index(number, 0), self.index(number, last_column))

    def source_label(self, row: RundownRow) -> str:
        item = row.item
        if item.window_id is None:
            text = translate("RundownModel", "Phát riêng")
        else:
            unnamed = translate("RundownModel", "Khung giờ chưa đặt tên")
            text = self.window_names.get(item.window_id, unnamed)
        if item.priority is not Priority.ORDINARY:
            text += f" · {priority_label(item.priority)}"
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        item = row.item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.START:
                return item.planned_start.strftime("%H:%M:%S")
            if column == self.TITLE:
                return item.title
            if column == self.TOPIC:
                return item.topic
            if column == self.DURATION:
                return format_duration(item.planned_duration_s) if item.planned_duration_s else "—"
            if column == self.SOURCE:
                return self.source_label(row)
            if column == self.STATE:
                if row.state == PENDING and row.note:  # what a manual action changed (played early, put back)
                    return f"{state_label(row.state)} · {row.note}"
                return state_label(row.shown_state)  # a relay on air: "Đang tiếp sóng"
        elif role == Qt.ItemDataRole.BackgroundRole:
            if row.state == PENDING and row.key == self.next_key:
                return QBrush(QColor(NEXT_COLOUR))
            colours = STATE_COLOURS.get(row.state)
            if colours and row.state != PENDING:
                return QBrush(QColor(colours[0]))
        elif role == Qt.ItemDataRole.ForegroundRole:
            colours = STATE_COLOURS.get(row.state)
            if colours:
                return QBrush(QColor(colours[1]))
        elif role == Qt.ItemDataRole.FontRole and (row.state in (ON_AIR, STARTING) or column == self.STATE):
            font = QFont()
            font.setBold(row.state in (ON_AIR, STARTING) or row.state in ("missed", "failed"))
            return font
        elif role == Qt.ItemDataRole.ToolTipRole:
            lines = [item.title, state_label(row.shown_state)]
            if row.state == PENDING and row.key == self.next_key:
                lines.append(translate("RundownModel", "Mục phát tiếp theo"))
            if row.started_at is not None:
                started = row.started_at.strftime("%H:%M:%S")
                lines.append(translate("RundownModel", "Bắt đầu thật lúc {time}").format(time=started))
            if row.note:
                lines.append(row.note)
            return "\n".join(lines)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (self.START, self.DURATION):
            return int(Qt.AlignmentFlag.AlignCenter)
        elif role == self.KEY_ROLE:
            return row.key
        elif role == self.STATE_ROLE:
            return row.state
        return None

    def entry(self, number: int) -> RundownRow | None:
        return self.rows[number] if 0 <= number < len(self.rows) else None

    def row_of(self, key) -> int:
        return next((number for number, r in enumerate(self.rows) if r.key == key), -1)
