"""Asks what a recorded file is (name, topic, which bulletin) before it is checked and stored.

The topic is always the operator's explicit choice: no default from the bulletin chosen on the page (a meeting
notice once landed under "Bảo vệ bí mật nhà nước" that way). A recording on its own may belong to no topic;
one attached to a bulletin may not (app.recordings.save_recording says why)."""

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
from app.labels import QT_TRANSLATE_NOOP
from app.station import Station

NO_TOPIC = QT_TRANSLATE_NOOP("RecordingDialog", "Không thuộc chủ đề nào")


class RecordingDialog(QDialog):
    def __init__(
        self,
        station: Station,
        path: Path,
        *,
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
        self.topic_combo.addItem(self.tr(NO_TOPIC), NO_TOPIC)
        self.topic_combo.setCurrentIndex(-1)
        self.topic_combo.setEditText("")
        line_edit = self.topic_combo.lineEdit()  # an editable combo always has one
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Chọn chủ đề (hoặc gõ tên chủ đề mới)…"))
        self.topic_hint = QLabel()
        self.topic_hint.setObjectName("recording_topic_hint")
        self.topic_hint.setWordWrap(True)
        shown = bulletin_title if len(bulletin_title) <= 48 else bulletin_title[:47].rstrip() + "…"
        self.attach = QCheckBox(self.tr("Gắn với bản tin “{title}”").format(title=shown))
        self.attach.setToolTip(bulletin_title)
        self.attach.setObjectName("recording_attach")
        # Filed on its own unless the operator ticks it: a file chosen while a bulletin is open is not its part.
        self.attach.setChecked(False)
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
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.topic_hint)
        layout.addWidget(self.attach)
        layout.addWidget(buttons)
        self.topic_combo.editTextChanged.connect(self._update_ok)
        self.title_edit.textChanged.connect(self._update_ok)
        self.attach.toggled.connect(self._update_ok)
        self._update_ok()

    def chosen_topic(self) -> str | None:
        """The topic's name, None for "Không thuộc chủ đề nào", "" while nothing is chosen yet."""
        text = self.topic_combo.currentText().strip()
        return None if text == self.tr(NO_TOPIC) else text

    def _update_ok(self) -> None:
        topic = self.chosen_topic()
        hint = ""
        if topic == "":
            hint = self.tr("Hãy chọn chủ đề của bản ghi âm này (hoặc “Không thuộc chủ đề nào”).")
        elif topic is None and self.attach.isChecked():
            hint = self.tr("Bản ghi gắn với bản tin sẽ được tính vào chủ đề của bản tin: hãy chọn chủ đề, hoặc bỏ gắn.")
        self.topic_hint.setText(hint)
        # A prompt while nothing is chosen; red only for the choice that cannot be kept.
        self.topic_hint.setStyleSheet("color: #b71c1c;" if topic is None else "color: #455a64;")
        self.topic_hint.setVisible(bool(hint))
        self.ok_button.setEnabled(not hint and bool(self.title_edit.text().strip()))

    def values(self) -> dict:
        return {
            "title": self.title_edit.text(),
            "topic": self.chosen_topic(),
            "bulletin_id": self.bulletin_id if self.attach.isChecked() else None,
        }
