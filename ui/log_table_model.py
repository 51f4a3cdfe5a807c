"""The airtime log as a read-only table: the filter gives a list of ids, rows are read in blocks and cached.

Rows are evidence: the model offers no editing at all. `AiringQuery` is the small read side it stands on
(which rows match a filter, their totals by the counting rules of DESIGN.md); it uses no Qt.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from sqlite_utils import Database

from app.airlog import COUNTED_STATUSES, NOT_AIRED_STATUSES
from app.report import format_duration
from ui.labels import state_label, trigger_label
from ui.rundown_model import STATE_COLOURS
from ui.table_model import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
BLOCK = 200
CACHE_ROWS = 4000
# A row that never started (missed, skipped) belongs to the date it was scheduled for, as in the export.
_DAY = "COALESCE(started_at, scheduled_at)"
# In the log a finished airing is good news (green); the rundown greys what is behind.
LOG_COLOURS = {**STATE_COLOURS, "completed": ("#e8f5e9", "#1b5e20")}


@dataclass(frozen=True)
class LogFilter:
    first: date
    last: date
    topic: str | None = None  # None: every topic; "" : rows without a topic
    statuses: tuple[str, ...] | None = None  # None: every status

    def where(self) -> tuple[str, list[Any]]:
        clauses = [f"{_DAY} >= ?", f"{_DAY} < ?"]
        params: list[Any] = [self.first.isoformat(), (self.last + timedelta(days=1)).isoformat()]
        if self.topic is not None:
            clauses.append("topic = ?")
            params.append(self.topic)
        if self.statuses is not None:
            clauses.append(f"status IN ({', '.join('?' * len(self.statuses))})" if self.statuses else "0")
            params.extend(self.statuses)
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class LogTotals:
    rows: int
    counted: int  # completed or interrupted
    seconds: float  # on air, counted rows only
    not_aired: int  # missed, failed, skipped
    on_air: int


class AiringQuery:
    def __init__(self, db: Database) -> None:
        self.db = db

    def ids(self, log_filter: LogFilter) -> list[int]:
        where, params = log_filter.where()
        sql = f"SELECT id FROM airings WHERE {where} ORDER BY {_DAY} DESC, id DESC"
        return [row[0] for row in self.db.execute(sql, params)]

    def rows(self, ids: list[int]) -> dict[int, dict]:
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        return {row["id"]: row for row in self.db.query(f"SELECT * FROM airings WHERE id IN ({marks})", ids)}

    def totals(self, log_filter: LogFilter) -> LogTotals:
        where, params = log_filter.where()
        counted = ", ".join(f"'{s}'" for s in COUNTED_STATUSES)
        not_aired = ", ".join(f"'{s}'" for s in NOT_AIRED_STATUSES)
        row = self.db.execute(
            f"""SELECT count(*),
                       coalesce(sum(status IN ({counted})), 0),
                       coalesce(sum(CASE WHEN status IN ({counted}) THEN coalesce(duration_s, 0) END), 0),
                       coalesce(sum(status IN ({not_aired})), 0),
                       coalesce(sum(status = 'on_air'), 0)
                FROM airings WHERE {where}""",
            params,
        ).fetchone()
        return LogTotals(int(row[0]), int(row[1]), float(row[2]), int(row[3]), int(row[4]))

    def topics(self) -> list[str]:
        """Topics as they were at air time, plus the station's topics, by name."""
        names = {row[0] for row in self.db.execute("SELECT DISTINCT topic FROM airings")}
        names |= {row[0] for row in self.db.execute("SELECT name FROM topics")}
        return sorted(names, key=lambda name: (name == "", name.casefold()))


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
                return state_label(status)
            if column == self.TRIGGER:
                return trigger_label(row["trigger"])
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
        elif role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS and status in LOG_COLOURS:
            return QBrush(QColor(LOG_COLOURS[status][0]))
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and status in LOG_COLOURS:
            return QBrush(QColor(LOG_COLOURS[status][1]))
        elif role == Qt.ItemDataRole.ForegroundRole and status in NOT_AIRED_STATUSES:
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
            return "\n".join(lines)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == self.ID_ROLE:
            return row["id"]
        elif role == self.STATUS_ROLE:
            return status
        return None
