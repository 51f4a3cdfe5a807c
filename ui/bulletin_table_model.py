"""Qt table models of the bulletin library and of audio items (segments), over rows read by app.bulletins."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.bulletins import BulletinSummary, list_bulletins
from app.labels import QT_TRANSLATE_NOOP
from app.pronunciation_table import dictionary_version
from app.segments import SegmentSummary, list_segments
from ui.formats import format_duration, format_number
from ui.labels import kind_label
from ui.table_model import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def short_timestamp(stamp: str) -> str:
    """`2024-09-05 06:30:12` as `05/09/2024 06:30`."""
    if len(stamp) < 16:
        return stamp
    return f"{stamp[8:10]}/{stamp[5:7]}/{stamp[0:4]} {stamp[11:16]}"


class BulletinTableModel(HeaderedTableModel):
    TITLE, TOPIC, AUDIO, UPDATED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("BulletinTableModel", "Tiêu đề"),
        QT_TRANSLATE_NOOP("BulletinTableModel", "Chủ đề"),
        QT_TRANSLATE_NOOP("BulletinTableModel", "Âm thanh"),
        QT_TRANSLATE_NOOP("BulletinTableModel", "Cập nhật"),
    )
    CONTEXT = "BulletinTableModel"

    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[BulletinSummary] = []
        self.search = ""
        self.topic_id: int | None = None

    def set_filter(self, search: str, topic_id: int | None) -> None:
        self.search, self.topic_id = search, topic_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = list_bulletins(self.db, self.search, self.topic_id)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:  # a sample the software made is marked as one until the operator edits it
                return (
                    translate("BulletinTableModel", "[Mẫu] {title}").format(title=row.title)
                    if row.is_sample
                    else row.title
                )
            if column == self.TOPIC:
                return row.topic or translate("BulletinTableModel", "(chưa có chủ đề)")
            if column == self.AUDIO:
                if row.segment_count:  # self.tr: lupdate marks a plural form only there, not in translate()
                    return self.tr("%n tiết mục", "", row.segment_count)
                return translate("BulletinTableModel", "chưa có")
            if column == self.UPDATED:
                return short_timestamp(row.updated_at)[:10]
        elif role == Qt.ItemDataRole.DecorationRole and column == self.TOPIC and row.topic_colour:
            return QColor(row.topic_colour)
        elif role == Qt.ItemDataRole.ToolTipRole:
            parts = [
                row.title,
                translate("BulletinTableModel", "Cập nhật {when}").format(when=short_timestamp(row.updated_at)),
            ]
            if row.directive:
                parts.append(
                    translate("BulletinTableModel", "Thực hiện văn bản số {number}").format(number=row.directive)
                )
            if row.is_sample:
                parts.append(translate("BulletinTableModel", "Bản tin mẫu do phần mềm tạo sẵn"))
            return "\n".join(parts)
        elif role == self.ID_ROLE:
            return row.id
        return None

    def bulletin_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def row_of(self, bulletin_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.id == bulletin_id:
                return number
        return -1


class SegmentTableModel(HeaderedTableModel):
    """Audio items; a speech segment read with an older pronunciation table says so ("có từ điển mới hơn")."""

    KIND, TITLE, DURATION, VOICE, CREATED = range(5)
    # The mark of an older dictionary goes in the first column: the list is narrow and that one always shows.
    READING = KIND
    HEADERS = (
        QT_TRANSLATE_NOOP("SegmentTableModel", "Loại"),
        QT_TRANSLATE_NOOP("SegmentTableModel", "Tên"),
        QT_TRANSLATE_NOOP("SegmentTableModel", "Thời lượng"),
        QT_TRANSLATE_NOOP("SegmentTableModel", "Giọng đọc"),
        QT_TRANSLATE_NOOP("SegmentTableModel", "Tạo lúc"),
    )
    STALE = QT_TRANSLATE_NOOP("SegmentTableModel", "có từ điển mới hơn")
    CONTEXT = "SegmentTableModel"

    ID_ROLE = Qt.ItemDataRole.UserRole
    VOICE_LABELS = {
        "north": QT_TRANSLATE_NOOP("SegmentTableModel", "miền Bắc"),
        "central": QT_TRANSLATE_NOOP("SegmentTableModel", "miền Trung"),
        "south": QT_TRANSLATE_NOOP("SegmentTableModel", "miền Nam"),
    }
    ENGINE_LABELS = {"google": "Google", "offline": "Offline"}

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[SegmentSummary] = []
        self.bulletin_id: int | None = None
        self.dictionary_version = 1

    def show_bulletin(self, bulletin_id: int | None) -> None:
        self.bulletin_id = bulletin_id
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.dictionary_version = dictionary_version(self.db)
        # No bulletin chosen: the audio items of no bulletin (recordings imported on their own).
        if self.bulletin_id is None:
            self.rows = list_segments(self.db, unattached=True)
        else:
            self.rows = list_segments(self.db, bulletin_id=self.bulletin_id)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KIND:
                kind = kind_label(row.kind)
                if self.is_stale(row):
                    return f"{kind} · {translate('SegmentTableModel', self.STALE)}"
                return kind
            if column == self.TITLE:
                return row.title
            if column == self.DURATION:
                return format_duration(row.duration_s) if row.duration_s is not None else ""
            if column == self.VOICE:
                if row.kind != "speech":
                    return ""
                engine = self.ENGINE_LABELS.get(row.engine or "", row.engine or "")
                voice = translate("SegmentTableModel", self.VOICE_LABELS.get(row.voice or "", row.voice or ""))
                return f"{engine} {voice}".strip()
            if column == self.CREATED:
                return short_timestamp(row.created_at)
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.READING and self.is_stale(row):
            return QColor("#b45309")
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.READING and self.is_stale(row):
            return translate(
                "SegmentTableModel",
                "Tiết mục này được đọc trước lần sửa từ điển phát âm gần nhất. "
                "Bấm “Đọc lại với từ điển mới” để tạo lại tiết mục.",
            )
        elif role == Qt.ItemDataRole.ToolTipRole and row.loudness_lufs is not None:
            return translate("SegmentTableModel", "Độ to {level} (số càng gần 0 càng to)").format(
                level=format_number(row.loudness_lufs, 1)
            )
        elif role == self.ID_ROLE:
            return row.id
        return None

    def segment(self, row: int) -> SegmentSummary | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def is_stale(self, row: SegmentSummary) -> bool:
        """A speech segment of a bulletin read with an older pronunciation table than the station's now."""
        return (
            row.kind == "speech"
            and row.bulletin_id is not None
            and row.dictionary_version is not None
            and row.dictionary_version < self.dictionary_version
        )
