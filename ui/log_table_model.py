"""The airtime log as a read-only table: the filter gives a list of ids, rows are read in blocks and cached.

Rows are evidence: the model offers no editing at all. `AiringQuery` (app.log.listing) is the read side it
stands on: which rows match a filter, and their totals by the one counting rule (app.log.counting).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from sqlite_utils import Database

from app.labels import QT_TRANSLATE_NOOP
from app.log.listing import AiringQuery, LogFilter, LogTotals
from app.log.statuses import NOT_AIRED_STATUSES
from ui.formats import format_duration
from ui.labels import counting_kind_label, state_label, trigger_label
from ui.rundown_model import STATE_COLOURS
from ui.table_model import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
BLOCK = 200
CACHE_ROWS = 4000
# In the log a finished airing is good news (green); the rundown greys what is behind. A cut-short airing
# went out but counts for nothing (grey); a row outside the chain was written outside the software (red).
LOG_COLOURS = {
    **STATE_COLOURS,
    "completed": ("#e8f5e9", "#1b5e20"),
    "cut_short": ("#eeeeee", "#616161"),
    "unsealed": ("#fdecee", "#b00020"),
}
SHOWN_KINDS = ("cut_short", "unsealed")  # shown instead of the status; the tooltip says why they count for nothing
KIND_TIPS = {
    "cut_short": QT_TRANSLATE_NOOP(
        "LogTableModel", "Ngắt sớm: phát chưa đủ thời lượng để được tính, không cộng vào tần suất, thời lượng."
    ),
    "unsealed": QT_TRANSLATE_NOOP(
        "LogTableModel", "Dòng không được niêm phong vào chuỗi mã: bị thêm ngoài phần mềm, không được tính."
    ),
}
__all__ = ["AiringQuery", "LogFilter", "LogTableModel", "LogTotals"]


def _stamp(text: str | None, *, with_date: bool = True) -> str:
    """`2025-03-17 06:00:05` as `17/03/2025 06:00:05` (or only the time)."""
    if not text or len(text) < 19:
        return text or ""
    return f"{text[8:10]}/{text[5:7]}/{text[0:4]} {text[11:19]}" if with_date else text[11:19]


class LogTableModel(HeaderedTableModel):
    STARTED, ENDED, TITLE, TOPIC, STATUS, TRIGGER, DURATION, NOTE, SCHEDULED, OPERATOR = range(10)
    HEADERS = (
        QT_TRANSLATE_NOOP("LogTableModel", "Bắt đầu"),
        QT_TRANSLATE_NOOP("LogTableModel", "Kết thúc"),
        QT_TRANSLATE_NOOP("LogTableModel", "Tiêu đề"),
        QT_TRANSLATE_NOOP("LogTableModel", "Chủ đề"),
        QT_TRANSLATE_NOOP("LogTableModel", "Trạng thái"),
        QT_TRANSLATE_NOOP("LogTableModel", "Kiểu phát"),
        QT_TRANSLATE_NOOP("LogTableModel", "Thời lượng"),
        QT_TRANSLATE_NOOP("LogTableModel", "Ghi chú"),
        QT_TRANSLATE_NOOP("LogTableModel", "Giờ dự kiến"),
        QT_TRANSLATE_NOOP("LogTableModel", "Người vận hành"),
    )
    CONTEXT = "LogTableModel"

    def row_count(self) -> int:
        return len(self.ids)

    ID_ROLE = Qt.ItemDataRole.UserRole
    STATUS_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.query = AiringQuery(db)
        self.ids: list[int] = []
        self.filter: LogFilter | None = None
        self._cache: OrderedDict[int, dict] = OrderedDict()
        self.reads = 0  # block reads, for tests of the cache

    def set_filter(self, log_filter: LogFilter) -> None:
        self.beginResetModel()
        self.filter = log_filter
        self.ids = self.query.ids(log_filter)
        self._cache.clear()
        self.endResetModel()

    def refresh(self) -> None:
        if self.filter is not None:
            self.set_filter(self.filter)

    def totals(self) -> LogTotals | None:
        return self.query.totals(self.filter) if self.filter is not None else None

    def airing(self, row: int) -> dict | None:
        if not 0 <= row < len(self.ids):
            return None
        airing_id = self.ids[row]
        found = self._cache.get(airing_id)
        if found is None:
            start = (row // BLOCK) * BLOCK
            block = self.ids[start : start + BLOCK]
            self._cache.update(self.query.rows(block))
            self.reads += 1
            while len(self._cache) > CACHE_ROWS:
                self._cache.popitem(last=False)
            found = self._cache.get(airing_id)
        else:
            self._cache.move_to_end(airing_id)
        return found

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.airing(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == self.TITLE:
                return translate("LogTableModel", "(dòng số {id} không còn đọc được)").format(id=self.ids[index.row()])
            return None
        column, status = index.column(), row["status"]
        kind = row.get("kind")
        shade = kind if kind in SHOWN_KINDS else status
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STARTED:
                return _stamp(row["started_at"]) or translate("LogTableModel", "(không phát)")
            if column == self.ENDED:
                return _stamp(row["ended_at"], with_date=False)
            if column == self.TITLE:
                return row["title"]
            if column == self.TOPIC:
                return row["topic"]
            if column == self.STATUS:
                if kind in SHOWN_KINDS:
                    return counting_kind_label(kind)
                return state_label(status)
            if column == self.TRIGGER:
                return trigger_label(row["trigger"], row["source"])
            if column == self.DURATION:
                return format_duration(row["duration_s"]) if row["duration_s"] is not None else ""
            if column == self.SCHEDULED:
                same_day = (
                    row["started_at"] and row["scheduled_at"] and row["started_at"][:10] == row["scheduled_at"][:10]
                )
                return _stamp(row["scheduled_at"], with_date=not same_day)
            if column == self.OPERATOR:
                return row["operator"]
            if column == self.NOTE:
                return row["note"]
        elif role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS and shade in LOG_COLOURS:
            return QBrush(QColor(LOG_COLOURS[shade][0]))
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and shade in LOG_COLOURS:
            return QBrush(QColor(LOG_COLOURS[shade][1]))
        elif role == Qt.ItemDataRole.ForegroundRole and (status in NOT_AIRED_STATUSES or kind == "cut_short"):
            return QBrush(QColor("#757575"))
        elif role == Qt.ItemDataRole.ToolTipRole:
            lines = [row["title"], translate("LogTableModel", "Lượt số {id}").format(id=row["id"])]
            if row["source"] == "imported":
                lines.append(translate("LogTableModel", "Nhập từ tệp CSV"))
            if row["planned_duration_s"]:
                planned = format_duration(row["planned_duration_s"])
                lines.append(translate("LogTableModel", "Thời lượng dự kiến {length}").format(length=planned))
            if row["note"]:
                lines.append(row["note"])
            if kind in KIND_TIPS:
                lines.append(translate("LogTableModel", KIND_TIPS[kind]))
            return "\n".join(lines)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == self.ID_ROLE:
            return row["id"]
        elif role == self.STATUS_ROLE:
            return status
        return None
