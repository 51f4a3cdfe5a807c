"""Bản ghi âm riêng: the recordings of no bulletin (a meeting notice, a jingle), listed on the Bản tin page
without first choosing "Bản tin mới", with their topic, a player and their delete button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.errors import StationError
from app.labels import QT_TRANSLATE_NOOP
from app.segments import SegmentSummary, delete_segment, list_segments, resolve_audio_path, schedule_uses
from app.station import Station
from ui.audio_preview import AudioPreview
from ui.bulletin_table_model import short_timestamp
from ui.errors import show_error
from ui.formats import format_duration
from ui.table_model import HeaderedTableModel, Index
from ui.widgets import row_table

translate = QCoreApplication.translate


class UnattachedRecordingsModel(HeaderedTableModel):
    """Recordings and other audio items of no bulletin, newest first."""

    TITLE, TOPIC, DURATION, CREATED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("UnattachedRecordingsModel", "Tên"),
        QT_TRANSLATE_NOOP("UnattachedRecordingsModel", "Chủ đề"),
        QT_TRANSLATE_NOOP("UnattachedRecordingsModel", "Thời lượng"),
        QT_TRANSLATE_NOOP("UnattachedRecordingsModel", "Nhập lúc"),
    )
    CONTEXT = "UnattachedRecordingsModel"
    NO_TOPIC = QT_TRANSLATE_NOOP("UnattachedRecordingsModel", "(không thuộc chủ đề nào)")

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[SegmentSummary] = []

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = list_segments(self.db, unattached=True)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return row.title
            if column == self.TOPIC:
                return row.topic or translate(self.CONTEXT, self.NO_TOPIC)
            if column == self.DURATION:
                return format_duration(row.duration_s) if row.duration_s is not None else ""
            if column == self.CREATED:
                return short_timestamp(row.created_at)
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.TOPIC and not row.topic:
            return Qt.GlobalColor.darkGray
        return None

    def segment(self, row: int) -> SegmentSummary | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


def delete_segment_asking(parent: QWidget, station: Station, segment: SegmentSummary) -> bool:
    """Ask, then delete one audio item; says when the schedule still uses it. True when it was deleted."""
    message = translate("SegmentDelete", "Xóa tiết mục “{title}”?").format(title=segment.title)
    uses = schedule_uses(station.db, segment.id)
    if uses:
        message += " " + translate(
            "SegmentDelete", "Tiết mục đang có trong lịch phát ({n} chỗ): lịch sẽ báo thiếu tiết mục."
        ).format(n=uses)
    answer = QMessageBox.question(
        parent,
        translate("SegmentDelete", "Xóa tiết mục"),
        message,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        delete_segment(station.db, station.paths.data_dir, segment.id)
    except StationError as exc:
        show_error(parent, exc)
        return False
    return True


class UnattachedRecordingsPanel(QWidget):
    """The list with its player; `segments_changed()` after a delete, `count_changed(n)` after each refresh."""

    segments_changed = Signal()
    count_changed = Signal(int)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.model = UnattachedRecordingsModel(station.db, self)
        self.table = row_table("unattached_recordings", self.model, row_height=30, alternating=False)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UnattachedRecordingsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(UnattachedRecordingsModel.TOPIC, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(UnattachedRecordingsModel.TOPIC, 130)  # the title keeps the room
        self.empty_label = QLabel(
            self.tr("Chưa có bản ghi âm riêng. Bấm “Nhập bản ghi âm…” để thêm một thông báo hay nhạc hiệu.")
        )
        self.empty_label.setObjectName("unattached_empty")
        self.empty_label.setWordWrap(True)
        self.preview = AudioPreview()
        self.preview.setObjectName("unattached_preview")
        self.preview.playback_failed.connect(lambda message: show_error(self, StationError(message)))
        self.delete_button = QPushButton(self.tr("Xóa bản ghi âm"))
        self.delete_button.setObjectName("unattached_delete")
        self.delete_button.setMinimumHeight(40)
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.delete_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.refresh()

    def refresh(self) -> None:
        self.preview.load(None)
        self.model.refresh()
        self.delete_button.setEnabled(False)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.count_changed.emit(self.model.rowCount())

    def _chosen(self, current, _previous) -> None:
        segment = self.model.segment(current.row()) if current.isValid() else None
        self.delete_button.setEnabled(segment is not None)
        if segment is None or not segment.audio_path:
            self.preview.load(None)
            return
        self.preview.load(resolve_audio_path(self.station.paths.data_dir, segment.audio_path))

    def delete_selected(self) -> None:
        segment = self.model.segment(self.table.currentIndex().row())
        if segment is None:
            return
        self.preview.load(None)
        if delete_segment_asking(self, self.station, segment):
            self.refresh()
            self.segments_changed.emit()

    def stop(self) -> None:
        self.preview.stop()
