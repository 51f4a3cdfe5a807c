"""Choosing an audio item (tiết mục) from the library: for a window, a one-off item, or an emergency."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from app import segments
from app.labels import QT_TRANSLATE_NOOP
from app.topics import fold
from ui.formats import format_duration
from ui.labels import kind_label
from ui.table_model import HeaderedTableModel
from ui.widgets import row_table

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


class SegmentChoiceModel(HeaderedTableModel):
    """Playable segments, newest first, filtered by a search text (accents optional)."""

    TITLE, TOPIC, KIND, DURATION = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("SegmentPicker", "Tiết mục"),
        QT_TRANSLATE_NOOP("SegmentPicker", "Chủ đề"),
        QT_TRANSLATE_NOOP("SegmentPicker", "Loại"),
        QT_TRANSLATE_NOOP("SegmentPicker", "Thời lượng"),
    )
    CONTEXT = "SegmentPicker"

    ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, db: Database, data_dir: Path, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.data_dir = Path(data_dir)
        self.all: list[segments.SegmentAudio] = []
        self.rows: list[segments.SegmentAudio] = []
        self.search = ""
        self.refresh()

    def refresh(self) -> None:
        audio = segments.segment_audio(self.db, self.data_dir)
        self.all = [a for _, a in sorted(audio.items(), key=lambda pair: -pair[0]) if a.kind != "live"]
        self.set_search(self.search)

    def set_search(self, text: str) -> None:
        self.beginResetModel()
        self.search = text
        words = fold(text).split()
        self.rows = [a for a in self.all if all(w in fold(f"{a.info.title} {a.info.topic}") for w in words)]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        audio, column = self.rows[index.row()], index.column()
        info = audio.info
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return info.title
            if column == self.TOPIC:
                return info.topic
            if column == self.KIND:
                return kind_label(audio.kind)
            if column == self.DURATION:
                if info.has_audio:
                    return format_duration(info.duration_s)
                return translate("SegmentPicker", "chưa có âm thanh")
        elif role == Qt.ItemDataRole.ForegroundRole and not info.has_audio:
            return QBrush(QColor("#b71c1c"))
        elif role == self.ID_ROLE:
            return info.id
        return None

    def segment_id(self, row: int) -> int | None:
        return self.rows[row].info.id if 0 <= row < len(self.rows) else None

    def row_of(self, segment_id: int) -> int:
        return next((row for row, a in enumerate(self.rows) if a.info.id == segment_id), -1)


class SegmentPickerDialog(QDialog):
    """A searchable list of segments; `segment_id` is the chosen one after `exec()` returns Accepted."""

    def __init__(
        self,
        db: Database,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        title: str = "",
        prompt: str = "",
        accept_text: str = "",
        require_audio: bool = False,
    ) -> None:
        super().__init__(parent)
        self.require_audio = require_audio
        self.setWindowTitle(title or self.tr("Chọn tiết mục"))
        self.resize(760, 480)
        self.model = SegmentChoiceModel(db, data_dir, self)
        self.heading = QLabel(prompt or self.tr("Chọn một tiết mục âm thanh trong thư viện:"))
        self.heading.setObjectName("picker_prompt")
        self.heading.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("picker_search")
        self.search.setPlaceholderText(self.tr("Tìm theo tên hoặc chủ đề (gõ có dấu hoặc không dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(34)
        self.table = row_table("picker_table", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SegmentChoiceModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SegmentChoiceModel.TOPIC, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SegmentChoiceModel.TOPIC, 200)
        for column in (SegmentChoiceModel.KIND, SegmentChoiceModel.DURATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(
            self.tr(
                "Thư viện chưa có tiết mục âm thanh nào. Hãy vào trang Bản tin để "
                "chuyển bản tin thành giọng nói hoặc nhập bản ghi âm."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not self.model.all)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(accept_text or self.tr("Chọn"))
        self.ok_button.setObjectName("picker_ok")
        self.ok_button.setMinimumHeight(40)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.table.doubleClicked.connect(lambda _index: self.accept() if self.ok_button.isEnabled() else None)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self._update()

    def _filter(self, text: str) -> None:
        chosen = self.segment_id
        self.model.set_search(text)
        if chosen is not None:
            self.choose(chosen)
        self._update()

    def choose(self, segment_id: int) -> bool:
        row = self.model.row_of(segment_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    @property
    def segment_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.segment_id(rows[0].row()) if rows else None

    def _update(self) -> None:
        chosen = self.segment_id
        playable = chosen is not None and self.model.rows[self.model.row_of(chosen)].info.has_audio
        self.ok_button.setEnabled(chosen is not None and (playable or not self.require_audio))


def big_font(widget: QWidget, extra: int, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSize(font.pointSize() + extra)
    font.setBold(bold)
    return font
