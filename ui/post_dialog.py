"""“Ghi nhận đăng tải”: the operator records that a bulletin was posted on Zalo, Facebook or the website."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.bulletins import get_bulletin
from app.errors import StationError
from app.posts import CHANNEL_LABELS, CHANNELS, add_post, list_posts
from app.station import Station
from ui.errors import interface_text
from ui.qt_dates import from_qdatetime, to_qdatetime


class PostDialog(QDialog):
    """One post of one bulletin; `post_id` is set once it is recorded. A refusal shows in the dialog, in red,
    and keeps what was typed."""

    def __init__(self, station: Station, bulletin_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.bulletin_id = bulletin_id
        self.post_id: int | None = None
        self.setWindowTitle(self.tr("Ghi nhận đăng tải"))
        self.setMinimumWidth(560)
        bulletin = get_bulletin(station.db, bulletin_id)
        self.bulletin_label = QLabel(bulletin.title)
        self.bulletin_label.setWordWrap(True)
        self.channel = QComboBox()
        self.channel.setObjectName("post_channel")
        for channel in CHANNELS:
            self.channel.addItem(_channel_text(channel), channel)
        self.posted_at = QDateTimeEdit(to_qdatetime(station.now().replace(second=0, microsecond=0)))
        self.posted_at.setObjectName("post_at")
        self.posted_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.posted_at.setCalendarPopup(True)
        self.url = QLineEdit()
        self.url.setObjectName("post_url")
        self.url.setPlaceholderText(self.tr("https://… (đường dẫn bài đăng, nếu có)"))
        self.operator = QLineEdit(station.settings.operator_name)
        self.operator.setObjectName("post_operator")
        self.error_label = QLabel()
        self.error_label.setObjectName("post_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.count_label = QLabel()
        self.count_label.setObjectName("post_count")
        self._show_count()

        form = QFormLayout()
        form.addRow(self.tr("Bản tin:"), self.bulletin_label)
        form.addRow(self.tr("Kênh:"), self.channel)
        form.addRow(self.tr("Đăng lúc:"), self.posted_at)
        form.addRow(self.tr("Đường dẫn:"), self.url)
        form.addRow(self.tr("Người đăng:"), self.operator)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Ghi nhận"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _show_count(self) -> None:
        count = sum(post.bulletin_id == self.bulletin_id for post in list_posts(self.station.db))
        self.count_label.setText(self.tr("Số lần đã ghi nhận đăng bản tin này: %1").replace("%1", str(count)))

    def record(self) -> None:
        stamp = from_qdatetime(self.posted_at.dateTime())
        try:
            self.post_id = add_post(
                self.station.db,
                bulletin_id=self.bulletin_id,
                channel=self.channel.currentData(),
                posted_at=stamp.replace(second=0, microsecond=0),
                now=self.station.now(),
                url=self.url.text(),
                operator=self.operator.text(),
            )
        except StationError as exc:
            self.error_label.setText(interface_text(exc))
            return
        self.accept()


def _channel_text(channel: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Channels", CHANNEL_LABELS[channel])
