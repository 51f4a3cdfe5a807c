"""Asks what a recorded file is (name, topic, which bulletin) before it is checked and stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.bulletins import list_topics
from app.station import Station


class RecordingDialog(QDialog):
    def __init__(
        self,
        station: Station,
        path: Path,
        *,
        topic: str = "",
        bulletin_id: int | None = None,
        bulletin_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.bulletin_id = bulletin_id
        self.setWindowTitle(self.tr("Nhập bản ghi âm"))
        self.setMinimumWidth(560)

        self.title_edit = QLineEdit(self.path.stem.replace("_", " "))
        self.title_edit.setObjectName("recording_title")
        self.topic_combo = QComboBox()
        self.topic_combo.setObjectName("recording_topic")
        self.topic_combo.setEditable(True)
        self.topic_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for item in list_topics(station.db, active_only=True):
            self.topic_combo.addItem(item.name, item.id)
        self.topic_combo.setEditText(topic)
        self.attach = QCheckBox(self.tr("Gắn với bản tin “{title}”").format(title=bulletin_title))
        self.attach.setObjectName("recording_attach")
        self.attach.setChecked(bulletin_id is not None)
        self.attach.setVisible(bulletin_id is not None)

        form = QFormLayout()
        form.addRow(self.tr("Tệp"), QLabel(self.path.name))
        form.addRow(self.tr("Tên tiết mục"), self.title_edit)
        form.addRow(self.tr("Chủ đề"), self.topic_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Nhập"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        for button in buttons.buttons():
            button.setMinimumSize(QSize(120, 40))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.attach)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {
            "title": self.title_edit.text(),
            "topic": self.topic_combo.currentText(),
            "bulletin_id": self.bulletin_id if self.attach.isChecked() else None,
        }
