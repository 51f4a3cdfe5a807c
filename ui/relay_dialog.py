"""“Thêm tiếp sóng”: a relay programme (a stream's address or an audio input of the PC, a length, a topic, a
fallback), with “Nghe thử nguồn” to check that the source gives sound before it goes on the schedule."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from app import segments
from app.bulletins import list_topics
from app.errors import StationError
from app.relay.probe import ProbeResult, check_source
from app.relay.store import add_relay, check_url
from app.station_time import now_local
from audio.stream import StreamSource
from ui.errors import show_error
from ui.segment_picker import big_font
from ui.tasks import TaskRunner

FALLBACK_KINDS = ("recording", "jingle", "speech")


def input_devices() -> list[tuple[str, str]]:
    """(name ffmpeg opens, description) of each audio input: the PulseAudio source on Linux, the DirectShow
    device name (its description) on Windows."""
    found = []
    for device in QMediaDevices.audioInputs():
        ident = bytes(device.id().data()).decode("utf-8", errors="replace")
        found.append((device.description() if sys.platform == "win32" else ident, device.description()))
    return found


class RelayDialog(QDialog):
    """After Accepted, `segment_id` is the new relay segment."""

    def __init__(
        self, db: Database, data_dir: Path, runner: TaskRunner, parent: QWidget | None = None, *, clock=now_local
    ) -> None:
        super().__init__(parent)
        self.db, self.data_dir, self.runner, self.clock = db, Path(data_dir), runner, clock
        self.segment_id: int | None = None
        self.setWindowTitle(self.tr("Thêm tiếp sóng"))
        self.resize(680, 420)
        heading = QLabel(
            self.tr(
                "Tiếp sóng đài cấp trên (luồng Internet hoặc máy thu FM cắm vào đường vào âm thanh). "
                "Khi mất tín hiệu, đài phát tiết mục dự phòng và tự kết nối lại."
            )
        )
        heading.setWordWrap(True)
        heading.setFont(big_font(heading, 1))

        self._build_fields()
        self._build_check()
        self._build_layout(heading)
        self.url_choice.toggled.connect(self._source_changed)
        self._source_changed()

    def _build_fields(self) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("relay_title")
        self.title_edit.setPlaceholderText(self.tr("Ví dụ: Thời sự Đài Phát thanh tỉnh"))
        self.url_choice = QRadioButton(self.tr("Luồng Internet"))
        self.url_choice.setObjectName("relay_use_url")
        self.input_choice = QRadioButton(self.tr("Đường vào âm thanh của máy"))
        self.input_choice.setObjectName("relay_use_input")
        choices = QButtonGroup(self)
        for button in (self.url_choice, self.input_choice):
            choices.addButton(button)
        self.url_choice.setChecked(True)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("relay_url")
        self.url_edit.setPlaceholderText("https://…/live.mp3  ·  https://…/playlist.m3u8")
        self.input_combo = QComboBox()
        self.input_combo.setObjectName("relay_input")
        for name, description in input_devices():
            self.input_combo.addItem(description, name)
        self.length_spin = QSpinBox()
        self.length_spin.setObjectName("relay_minutes")
        self.length_spin.setRange(1, 360)
        self.length_spin.setValue(30)
        self.length_spin.setSuffix(self.tr(" phút"))
        self.topic_combo = QComboBox()
        self.topic_combo.setObjectName("relay_topic")
        self.topic_combo.addItem(self.tr("(không theo chủ đề nào)"), None)
        for topic in list_topics(self.db, active_only=True):
            self.topic_combo.addItem(topic.name, topic.id)
        self.fallback_combo = QComboBox()
        self.fallback_combo.setObjectName("relay_fallback")
        self.fallback_combo.addItem(self.tr("Nhạc chờ của đài"), None)
        for summary in segments.list_segments(self.db):
            if summary.kind in FALLBACK_KINDS and summary.audio_path:
                self.fallback_combo.addItem(summary.title, summary.id)

    def _build_check(self) -> None:
        self.check_button = QPushButton(self.tr("Nghe thử nguồn"))
        self.check_button.setObjectName("relay_check")
        self.check_button.clicked.connect(self.check)
        self.check_result = QLabel()
        self.check_result.setObjectName("relay_check_result")
        self.check_result.setWordWrap(True)

    def _build_layout(self, heading: QLabel) -> None:
        source_row = QHBoxLayout()
        source_row.addWidget(self.url_choice)
        source_row.addWidget(self.input_choice)
        source_row.addStretch(1)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.check_result, 1)
        form = QFormLayout()
        form.addRow(self.tr("Tên chương trình"), self.title_edit)
        form.addRow(self.tr("Nguồn"), source_row)
        form.addRow(self.tr("Địa chỉ luồng"), self.url_edit)
        form.addRow(self.tr("Thiết bị thu"), self.input_combo)
        form.addRow(self.tr("Thời lượng"), self.length_spin)
        form.addRow(self.tr("Chủ đề"), self.topic_combo)
        form.addRow(self.tr("Khi mất tín hiệu phát"), self.fallback_combo)
        form.addRow("", check_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(self.tr("Thêm tiếp sóng"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("relay_add")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _source_changed(self) -> None:
        use_url = self.url_choice.isChecked()
        self.url_edit.setEnabled(use_url)
        self.input_combo.setEnabled(not use_url)

    def source(self) -> StreamSource:
        """The source as entered; InputError for an address that is not http(s)."""
        if self.url_choice.isChecked():
            return StreamSource(url=check_url(self.url_edit.text()))
        return StreamSource(input_device=self.input_combo.currentData() or "default")

    # --- Nghe thử nguồn ---------------------------------------------------------------------------

    def check(self) -> None:
        try:
            source = self.source()
        except StationError as exc:
            self._checked(None, exc)
            return
        self.check_button.setEnabled(False)
        self.check_result.setStyleSheet("color: #455a64;")
        self.check_result.setText(self.tr("Đang nghe thử nguồn…"))
        self.runner.start(
            lambda progress, cancel: check_source(source),
            succeeded=lambda result: self._checked(result, None),
            failed=lambda exc: self._checked(None, exc),
        )

    def _checked(self, result: ProbeResult | None, error: BaseException | None) -> None:
        self.check_button.setEnabled(True)
        if result is not None and result.loudest > 0.001:
            self.check_result.setStyleSheet("color: #2e7d32; font-weight: bold;")
            self.check_result.setText(
                self.tr("Nguồn phát tốt: có âm thanh sau {seconds} giây.").format(
                    seconds=f"{result.first_sound_s:.1f}".replace(".", ",")
                )
            )
        elif result is not None:
            self.check_result.setStyleSheet("color: #e65100; font-weight: bold;")
            self.check_result.setText(self.tr("Kết nối được nhưng nguồn đang im lặng."))
        else:
            self.check_result.setStyleSheet("color: #c62828; font-weight: bold;")
            self.check_result.setText(
                str(error) if isinstance(error, StationError) else self.tr("Không nghe được nguồn.")
            )

    # --- adding -----------------------------------------------------------------------------------

    def accept(self) -> None:
        try:
            source = self.source()
            self.segment_id = add_relay(
                self.db,
                self.data_dir,
                title=self.title_edit.text(),
                url=source.url,
                input_device=source.input_device,
                length_s=self.length_spin.value() * 60,
                topic_id=self.topic_combo.currentData(),
                fallback_segment_id=self.fallback_combo.currentData(),
                created_at=self.clock(),
            )
        except StationError as exc:
            show_error(self, exc)
            return
        super().accept()
