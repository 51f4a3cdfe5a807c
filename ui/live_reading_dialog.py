"""Đọc trực tiếp: before the operator speaks into the microphone, the title and topic the log will carry."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from app.bulletins import list_bulletins, list_topics
from ui.segment_picker import big_font


class LiveReadingDialog(QDialog):
    """Title (required) and topic; a bulletin can be picked to fill both. `title()`/`topic()` after Accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đọc trực tiếp"))
        self.resize(620, 300)
        heading = QLabel(
            self.tr(
                "Bắt đầu đọc trực tiếp qua micrô. Phát tự động tạm chờ cho tới khi bấm "
                "“Kết thúc đọc trực tiếp”; thời gian đọc được ghi vào nhật ký."
            )
        )
        heading.setWordWrap(True)
        heading.setFont(big_font(heading, 1))

        self.bulletin_combo = QComboBox()
        self.bulletin_combo.setObjectName("live_bulletin")
        self.bulletin_combo.setMinimumHeight(36)
        self.bulletin_combo.addItem(self.tr("(không theo bản tin nào)"), None)
        for bulletin in list_bulletins(db):
            self.bulletin_combo.addItem(bulletin.title, (bulletin.title, bulletin.topic))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("live_title")
        self.title_edit.setMinimumHeight(36)
        self.title_edit.setFont(big_font(self.title_edit, 2))
        self.title_edit.setPlaceholderText(self.tr("Ví dụ: Thông báo lịch tiêm chủng"))
        self.topic_combo = QComboBox()
        self.topic_combo.setObjectName("live_topic")
        self.topic_combo.setEditable(True)
        self.topic_combo.setMinimumHeight(36)
        self.topic_combo.addItem("")
        for topic in list_topics(db, active_only=True):
            self.topic_combo.addItem(topic.name)

        form = QFormLayout()
        form.addRow(self.tr("Đọc bản tin"), self.bulletin_combo)
        form.addRow(self.tr("Tiêu đề"), self.title_edit)
        form.addRow(self.tr("Chủ đề"), self.topic_combo)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Bắt đầu đọc"))
        self.ok_button.setObjectName("live_start")
        self.ok_button.setMinimumHeight(44)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.bulletin_combo.currentIndexChanged.connect(self._bulletin_chosen)
        self.title_edit.textChanged.connect(self._update)
        self._update()

    def _bulletin_chosen(self, _index: int) -> None:
        chosen = self.bulletin_combo.currentData()
        if chosen:
            title, topic = chosen
            self.title_edit.setText(title)
            self.topic_combo.setCurrentText(topic or "")

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.title().strip()))

    def title(self) -> str:
        return " ".join(self.title_edit.text().split())

    def topic(self) -> str:
        return " ".join(self.topic_combo.currentText().split())
