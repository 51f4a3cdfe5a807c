"""Qt models of the schedule editor: windows, the ordered items of one window (drag to reorder), one-off items.

Rows come from app/schedule_store.py; every change goes back through it. Warnings of the coming days are
gathered once (`WarningIndex`) and shown as a marker and a tooltip on the window or item they concern.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle
from sqlite_utils import Database

from app import schedule_store, segments
from app.errors import StationError
from app.labels import QT_TRANSLATE_NOOP
from app.station_time import now_local
from schedules import DayPlan, Priority, Window
from schedules import Warning as ScheduleWarning
from ui.formats import format_duration
from ui.labels import days_label, priority_label
from ui.table_model import HeaderedTableModel

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
ITEM_MIME = "application/x-truyenthanh-window-items"
WARNING_COLOUR = QColor("#b71c1c")
INACTIVE_COLOUR = QColor("#9e9e9e")
PRIORITY_COLOURS = {Priority.EMERGENCY: QColor("#c62828"), Priority.PRIORITY: QColor("#e65100")}
_DATE_IN_MESSAGE = re.compile(r" ngày \d{2}/\d{2}/\d{4}")


def warning_icon():
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def clock(moment) -> str:
    """06:00 or 06:00:30."""
    return moment.strftime("%H:%M:%S" if moment.second else "%H:%M")


def deleted_title() -> str:
    return translate("ScheduleModels", "(tiết mục đã bị xóa)")


def recurrence_label(window: Window) -> str:
    """'Hằng ngày', 'T2, T4, T6 · 01/03–31/03', 'Chỉ ngày 15/03/2025'."""
    if window.on_date is not None:
        return translate("ScheduleModels", "Chỉ ngày {day}").format(day=window.on_date.strftime("%d/%m/%Y"))
    text = days_label(window.days)
    if window.date_from or window.date_to:
        first = window.date_from.strftime("%d/%m") if window.date_from else "…"
        last = window.date_to.strftime("%d/%m") if window.date_to else "…"
        text += f" · {first}–{last}"
    return text


# --- warnings -----------------------------------------------------------------------------------


@dataclass
class WarningGroup:
    """The same problem on several days of the horizon, shown once."""

    warning: ScheduleWarning
    days: list[date] = field(default_factory=list)
    horizon: int = 1

    @property
    def text(self) -> str:
        days = sorted(set(self.days))
        if len(days) < 2:
            return self.warning.message
        general = _DATE_IN_MESSAGE.sub("", self.warning.message).rstrip(".")
        if len(days) >= self.horizon:
            return general + translate("ScheduleModels", " — mọi ngày trong {n} ngày tới.").format(n=self.horizon)
        listed = ", ".join(d.strftime("%d/%m") for d in days)
        return general + translate("ScheduleModels", " — các ngày {days}.").format(days=listed)

    @property
    def window_ids(self) -> set[int]:
        return {i for i in (self.warning.window_id, self.warning.other_window_id) if i is not None}

    @property
    def item_ids(self) -> set[int]:
        ids = set(self.warning.item_ids)
        if self.warning.item_id is not None:
            ids.add(self.warning.item_id)
        return ids


class WarningIndex:
    """Warnings of some day plans, grouped, and looked up by window and by item."""

    def __init__(self, plans: Iterable[DayPlan] = ()) -> None:
        plans = list(plans)
        groups: dict[tuple, WarningGroup] = {}
        for plan in plans:
            for warning in plan.warnings:
                key = (warning.code, warning.window_id, warning.other_window_id, warning.item_id, warning.item_ids)
                group = groups.setdefault(key, WarningGroup(warning, horizon=len(plans)))
                group.days.append(warning.date or plan.date)
        self.groups = list(groups.values())
        self._by_window: dict[int, list[str]] = {}
        self._by_item: dict[int, list[str]] = {}
        for group in self.groups:
            for window_id in group.window_ids:
                self._by_window.setdefault(window_id, []).append(group.text)
            for item_id in group.item_ids:
                self._by_item.setdefault(item_id, []).append(group.text)

    def for_window(self, window_id: int) -> list[str]:
        return self._by_window.get(window_id, [])

    def for_item(self, item_id: int) -> list[str]:
        return self._by_item.get(item_id, [])

    def __len__(self) -> int:
        return len(self.groups)


# --- windows ------------------------------------------------------------------------------------


class WindowTableModel(HeaderedTableModel):
    """Broadcast windows by start time: name, hours, days, how many items."""

    NAME, HOURS, DAYS, ITEMS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ScheduleModels", "Khung giờ"),
        QT_TRANSLATE_NOOP("ScheduleModels", "Giờ phát"),
        QT_TRANSLATE_NOOP("ScheduleModels", "Ngày phát"),
        QT_TRANSLATE_NOOP("ScheduleModels", "Số mục"),
    )
    CONTEXT = "ScheduleModels"

    def row_count(self) -> int:
        return len(self.windows)

    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.windows: list[Window] = []
        self.counts: dict[int, int] = {}
        self.warnings = WarningIndex()

    def set_windows(self, windows: list[Window], counts: dict[int, int], warnings: WarningIndex) -> None:
        self.beginResetModel()
        self.windows, self.counts, self.warnings = list(windows), dict(counts), warnings
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.windows):
            return None
        window, column = self.windows[index.row()], index.column()
        problems = self.warnings.for_window(window.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                if window.active:
                    return window.name
                return translate("ScheduleModels", "{name} (tạm ngưng)").format(name=window.name)
            if column == self.HOURS:
                return f"{clock(window.start)}–{clock(window.end)}"
            if column == self.DAYS:
                return recurrence_label(window)
            if column == self.ITEMS:
                return str(self.counts.get(window.id, 0))
        elif role == Qt.ItemDataRole.DecorationRole and column == self.NAME and problems:
            return warning_icon()
        elif role == Qt.ItemDataRole.ToolTipRole:
            lines = [window.name, recurrence_label(window)]
            if window.date_from or window.date_to:
                first = window.date_from.strftime("%d/%m/%Y") if window.date_from else "…"
                last = window.date_to.strftime("%d/%m/%Y") if window.date_to else "…"
                lines.append(translate("ScheduleModels", "Đợt từ {first} đến {last}").format(first=first, last=last))
            return "\n".join(lines + [f"⚠ {text}" for text in problems])
        elif role == Qt.ItemDataRole.ForegroundRole:
            if not window.active:
                return QBrush(INACTIVE_COLOUR)
            if problems and column == self.NAME:
                return QBrush(WARNING_COLOUR)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.ITEMS:
            return int(Qt.AlignmentFlag.AlignCenter)
        elif role == self.ID_ROLE:
            return window.id
        return None

    def window(self, row: int) -> Window | None:
        return self.windows[row] if 0 <= row < len(self.windows) else None

    def row_of(self, window_id: int | None) -> int:
        return next((row for row, w in enumerate(self.windows) if w.id == window_id), -1)


# --- the items of one window ------------------------------------------------------------------


class WindowItemsModel(HeaderedTableModel):
    """The ordered items of one window. Rows move by drag and drop (or `moveRows`); every move is saved at
    once with `schedule_store.reorder_window_items`, so the order on screen is the order in the database."""

    POSITION, START, TITLE, DURATION, PRIORITY = range(5)
    HEADERS = (
        "#",
        QT_TRANSLATE_NOOP("ScheduleModels", "Giờ phát"),
        QT_TRANSLATE_NOOP("ScheduleModels", "Tiết mục"),
        QT_TRANSLATE_NOOP("ScheduleModels", "Thời lượng"),
        QT_TRANSLATE_NOOP("ScheduleModels", "Mức ưu tiên"),
    )
    CONTEXT = "ScheduleModels"

    ID_ROLE = Qt.ItemDataRole.UserRole

    order_changed = Signal()
    move_failed = Signal(object)  # the StationError

    def __init__(self, db: Database, data_dir: Path, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.data_dir = Path(data_dir)
        self.window: Window | None = None
        self.rows: list[schedule_store.ItemRow] = []
        self.audio_ok: dict[int, bool] = {}
        self.warnings = WarningIndex()
        self._offsets: list[timedelta] | None = None

    # Loading.
    def set_window(self, window: Window | None, warnings: WarningIndex | None = None) -> None:
        self.beginResetModel()
        self.window = window
        if warnings is not None:
            self.warnings = warnings
        self._read()
        self.endResetModel()

    def reload(self) -> None:
        self.set_window(self.window)

    def _read(self) -> None:
        self._offsets = None
        if self.window is None:
            self.rows, self.audio_ok = [], {}
            return
        self.rows = schedule_store.list_items(self.db, window_id=self.window.id)
        audio = segments.segment_audio(self.db, self.data_dir, [r.segment_id for r in self.rows])
        self.audio_ok = {seg: a.info.has_audio for seg, a in audio.items()}

    # Reading.
    def item_ids(self) -> list[int]:
        return [row.id for row in self.rows]

    def item(self, row: int) -> schedule_store.ItemRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, item_id: int | None) -> int:
        return next((row for row, r in enumerate(self.rows) if r.id == item_id), -1)

    def _playable_s(self, row: schedule_store.ItemRow) -> float:
        if row.segment_title is None or not self.audio_ok.get(row.segment_id, False):
            return 0.0
        return float(row.duration_s or 0.0)

    def offsets(self) -> list[timedelta]:
        """Each item's start from the window's start, back to back, as the planner lays them out."""
        if self._offsets is None:
            found, offset = [], timedelta()
            for row in self.rows:
                found.append(offset)
                offset += timedelta(seconds=self._playable_s(row))
            self._offsets = found
        return self._offsets

    def total_s(self) -> float:
        return sum(self._playable_s(row) for row in self.rows)

    def _problems(self, number: int) -> list[str]:
        row = self.rows[number]
        problems = list(self.warnings.for_item(row.id))
        if not problems:
            if row.segment_title is None:
                problems.append(translate("ScheduleModels", "Tiết mục của mục này đã bị xóa khỏi thư viện."))
            elif not self.audio_ok.get(row.segment_id, False):
                problems.append(translate("ScheduleModels", "Tiết mục chưa có âm thanh (hoặc mất tệp âm thanh)."))
            elif self.window is not None:
                end = self.offsets()[number] + timedelta(seconds=self._playable_s(row))
                if end > self.window.length:
                    over = format_duration((end - self.window.length).total_seconds())
                    problems.append(
                        translate("ScheduleModels", "Phát quá giờ kết thúc khung giờ ({end}) {over}.").format(
                            end=clock(self.window.end), over=over
                        )
                    )
        return problems

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        problems = self._problems(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.POSITION:
                return str(index.row() + 1)
            if column == self.START:
                if self.window is None:
                    return ""
                start = datetime.combine(date(2000, 1, 3), self.window.start) + self.offsets()[index.row()]
                return start.strftime("%H:%M:%S")
            if column == self.TITLE:
                return row.segment_title if row.segment_title is not None else deleted_title()
            if column == self.DURATION:
                return format_duration(row.duration_s) if row.duration_s else "—"
            if column == self.PRIORITY:
                return priority_label(row.priority)
        elif role == Qt.ItemDataRole.DecorationRole and column == self.TITLE and problems:
            return warning_icon()
        elif role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"⚠ {text}" for text in problems]
            lines.append(translate("ScheduleModels", "Kéo thả để đổi thứ tự phát."))
            return "\n".join(lines)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if problems and column == self.TITLE:
                return QBrush(WARNING_COLOUR)
            if column == self.PRIORITY and row.priority in PRIORITY_COLOURS:
                return QBrush(PRIORITY_COLOURS[row.priority])
        elif role == Qt.ItemDataRole.FontRole and column == self.PRIORITY and row.priority is not Priority.ORDINARY:
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (self.POSITION, self.DURATION):
            return int(Qt.AlignmentFlag.AlignCenter)
        elif role == self.ID_ROLE:
            return row.id
        return None

    # Moving.
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drop between rows, never onto one
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ITEM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({index.row() for index in indexes if index.isValid()})
        mime = QMimeData()
        payload = {"window_id": self.window.id if self.window else None, "item_ids": [self.rows[r].id for r in rows]}
        mime.setData(ITEM_MIME, json.dumps(payload).encode("utf-8"))
        return mime

    def dropMimeData(  # noqa: N802 (Qt's name)
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ITEM_MIME) or self.window is None:
            return False
        try:
            payload = json.loads(bytes(data.data(ITEM_MIME).data()).decode("utf-8"))
        except ValueError:
            return False
        if payload.get("window_id") != self.window.id:
            return False  # items are moved inside their own window only
        rows = sorted(self.row_of(item_id) for item_id in payload.get("item_ids", []))
        if not rows or rows[0] < 0 or rows != list(range(rows[0], rows[0] + len(rows))):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        # The view removes the dragged rows after a successful move drop; removeRows is not supported,
        # so that does nothing: the move below is the whole change.
        return self.moveRows(QModelIndex(), rows[0], len(rows), QModelIndex(), row)

    def moveRows(  # noqa: N802 (Qt's name)
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or self.window is None:
            return False
        if count < 1 or source_row < 0 or source_row + count > len(self.rows):
            return False
        if not 0 <= destination_child <= len(self.rows):
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # dropped onto itself: nothing moves
        moving = self.rows[source_row : source_row + count]
        rest = self.rows[:source_row] + self.rows[source_row + count :]
        insert_at = destination_child if destination_child < source_row else destination_child - count
        new_rows = rest[:insert_at] + moving + rest[insert_at:]
        try:
            schedule_store.reorder_window_items(self.db, self.window.id, [r.id for r in new_rows])
        except StationError as exc:
            self.reload()  # someone else changed the window: show what is really stored
            self.move_failed.emit(exc)
            return False
        self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child)
        self.rows = new_rows
        self._offsets = None
        self.endMoveRows()
        if self.rows:
            self.dataChanged.emit(self.index(0, self.POSITION), self.index(len(self.rows) - 1, self.START))
        self.order_changed.emit()
        return True

    def move_item(self, row: int, step: int) -> bool:
        """One place up (step -1) or down (+1): the keyboard and button way to reorder."""
        target = row + step
        if not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return False
        destination = target if step < 0 else target + 1
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), destination)


# --- one-off items ------------------------------------------------------------------------------


class OneOffTableModel(HeaderedTableModel):
    """Items to air once at an exact second, by time. Past ones are greyed (or hidden)."""

    AT, TITLE, DURATION, PRIORITY = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ScheduleModels", "Thời điểm phát"),
        QT_TRANSLATE_NOOP("ScheduleModels", "Tiết mục"),
        QT_TRANSLATE_NOOP("ScheduleModels", "Thời lượng"),
        QT_TRANSLATE_NOOP("ScheduleModels", "Mức ưu tiên"),
    )
    CONTEXT = "ScheduleModels"

    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, db: Database, data_dir: Path, parent=None, clock=None) -> None:
        super().__init__(parent)
        self.db = db
        self.data_dir = Path(data_dir)
        self.clock = clock or now_local
        self.show_past = False
        self.rows: list[schedule_store.ItemRow] = []
        self.audio_ok: dict[int, bool] = {}
        self.warnings = WarningIndex()
        self._now = self.clock()

    def refresh(self, warnings: WarningIndex | None = None) -> None:
        self.beginResetModel()
        if warnings is not None:
            self.warnings = warnings
        self._now = self.clock()
        rows = schedule_store.list_items(self.db, one_offs=True)
        cutoff = self._now - timedelta(minutes=10)
        self.rows = [r for r in rows if self.show_past or (r.at is not None and r.at >= cutoff)]
        audio = segments.segment_audio(self.db, self.data_dir, [r.segment_id for r in self.rows])
        self.audio_ok = {seg: a.info.has_audio for seg, a in audio.items()}
        self.endResetModel()

    def item(self, row: int) -> schedule_store.ItemRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, item_id: int | None) -> int:
        return next((row for row, r in enumerate(self.rows) if r.id == item_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        problems = list(self.warnings.for_item(row.id))
        if not problems and (row.segment_title is None or not self.audio_ok.get(row.segment_id, False)):
            problems.append(translate("ScheduleModels", "Tiết mục không còn tồn tại hoặc chưa có âm thanh."))
        past = row.at is not None and row.at < self._now
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.AT:
                text = row.at.strftime("%H:%M:%S  %d/%m/%Y") if row.at else ""
                return text + (translate("ScheduleModels", "  (đã qua)") if past else "")
            if column == self.TITLE:
                return row.segment_title if row.segment_title is not None else deleted_title()
            if column == self.DURATION:
                return format_duration(row.duration_s) if row.duration_s else "—"
            if column == self.PRIORITY:
                return priority_label(row.priority)
        elif role == Qt.ItemDataRole.DecorationRole and column == self.TITLE and problems:
            return warning_icon()
        elif role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(f"⚠ {text}" for text in problems)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if past:
                return QBrush(INACTIVE_COLOUR)
            if problems and column == self.TITLE:
                return QBrush(WARNING_COLOUR)
            if column == self.PRIORITY and row.priority in PRIORITY_COLOURS:
                return QBrush(PRIORITY_COLOURS[row.priority])
        elif role == self.ID_ROLE:
            return row.id
        return None
