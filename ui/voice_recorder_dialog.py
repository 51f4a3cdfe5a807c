"""Ghi âm giọng đọc: the operator records a bulletin in their own voice and keeps it as a recording segment.

Input choice and a live level meter; Ghi, Tạm dừng/Tiếp tục, Ghi lại (retake) and Dừng. After Dừng the take is
trimmed and mastered off the GUI thread (app/voice_recording.py), then listened to through the preview device
(ui/audio_preview.py) before Giữ lại writes the segment (app/recordings.py). Closing or cancelling at any point
removes the take's temporary folder and the unkept candidate: nothing half-made stays behind.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtMultimedia import QAudioDevice
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bulletins import list_topics
from app.errors import StationError
from app.recordings import InspectedRecording, discard_recording, save_recording
from app.station import Station
from app.voice_recording import prepare_take
from ui.audio_preview import AudioPreview, clock
from ui.errors import interface_text
from ui.segment_picker import big_font
from ui.tasks import Task, TaskRunner
from ui.voice_capture import VoiceCapture
from ui.voice_meter import METER_INTERVAL_MS, InputChoice, LevelMeter, input_setting, no_input_text

log = logging.getLogger(__name__)


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumSize(QSize(130, 44))
    return button


class VoiceRecorderDialog(QDialog):
    """`segment_id` holds the kept segment after Accepted."""

    def __init__(
        self,
        station: Station,
        *,
        bulletin_id: int | None,
        bulletin_title: str = "",
        topic: str = "",
        parent: QWidget | None = None,
        devices: list[QAudioDevice] | None = None,
        make_capture: Callable[[QAudioDevice], VoiceCapture] | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.bulletin_id = bulletin_id
        self.segment_id: int | None = None
        self.capture: VoiceCapture | None = None
        self._notice = ""  # why the take stopped by itself (the microphone was unplugged), before what follows
        self.candidate: InspectedRecording | None = None
        self._make_capture = make_capture or (lambda device: VoiceCapture(device, self))
        self._task: Task | None = None
        self._closed = False
        self.runner = TaskRunner(self, max_threads=1)
        # Read on this thread: the mastering thread must not touch the database.
        self._targets = (station.settings.loudness_target_lufs, station.settings.true_peak_limit_dbtp)
        self.setWindowTitle(self.tr("Ghi âm giọng đọc"))
        self.resize(760, 420)
        self._build(bulletin_title, topic, devices)
        self.meter_timer = QTimer(self)
        self.meter_timer.setInterval(METER_INTERVAL_MS)
        self.meter_timer.timeout.connect(self._tick)
        self._update()

    def _build(self, bulletin_title: str, topic: str, devices: list[QAudioDevice] | None) -> None:

        heading = QLabel(
            self.tr(
                "Đọc bản tin “{title}” vào micrô. Khoảng lặng ở đầu và cuối được cắt bỏ, âm lượng được chuẩn hóa."
            ).format(title=bulletin_title)
            if bulletin_title
            else self.tr("Đọc vào micrô. Khoảng lặng ở đầu và cuối được cắt bỏ, âm lượng được chuẩn hóa.")
        )
        heading.setWordWrap(True)
        heading.setFont(big_font(heading, 1))

        self.input_choice = InputChoice(self, devices, preferred=self.station.settings.voice_input)
        self.meter = LevelMeter(self)
        self.time_label = QLabel(clock(0))
        self.time_label.setObjectName("voice_time")
        self.time_label.setFont(big_font(self.time_label, 8, bold=True))
        self.no_input_label = QLabel(no_input_text())
        self.no_input_label.setObjectName("voice_no_input")
        self.no_input_label.setWordWrap(True)
        self.no_input_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.no_input_label.setVisible(self.input_choice.count() == 0)

        self.record_button = _button(self.tr("● Ghi"), "voice_record")
        self.pause_button = _button(self.tr("Tạm dừng"), "voice_pause")
        self.retake_button = _button(self.tr("Ghi lại"), "voice_retake")
        self.stop_button = _button(self.tr("■ Dừng"), "voice_stop")
        self.record_button.clicked.connect(self.record)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.retake_button.clicked.connect(self.retake)
        self.stop_button.clicked.connect(self.stop)

        self.preview = AudioPreview(self)
        self.title_edit = QLineEdit(
            self.tr("{title} (giọng đọc)").format(title=bulletin_title) if bulletin_title else ""
        )
        self.title_edit.setObjectName("voice_title")
        self.topic_combo = QComboBox()
        self.topic_combo.setObjectName("voice_topic")
        self.topic_combo.setEditable(True)
        for item in list_topics(self.station.db, active_only=True):
            self.topic_combo.addItem(item.name)
        self.topic_combo.setEditText(topic)
        self.status_label = QLabel()
        self.status_label.setObjectName("voice_status")
        self.status_label.setWordWrap(True)
        self.keep_button = _button(self.tr("Giữ lại"), "voice_keep")
        self.cancel_button = _button(self.tr("Hủy"), "voice_cancel")
        self.keep_button.clicked.connect(self.keep)
        self.cancel_button.clicked.connect(self.reject)
        self._lay_out(heading)

    def _lay_out(self, heading: QLabel) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Micrô"), self.input_choice)
        form.addRow(self.tr("Mức âm thanh"), self.meter)
        controls = QHBoxLayout()
        controls.addWidget(self.time_label)
        controls.addStretch(1)
        for button in (self.record_button, self.pause_button, self.retake_button, self.stop_button):
            controls.addWidget(button)
        review = QFormLayout()
        review.addRow(self.tr("Nghe lại"), self.preview)
        review.addRow(self.tr("Tên tiết mục"), self.title_edit)
        review.addRow(self.tr("Chủ đề"), self.topic_combo)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.keep_button)
        bottom.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.no_input_label)
        layout.addLayout(form)
        layout.addLayout(controls)
        layout.addLayout(review)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addLayout(bottom)

    # --- recording -------------------------------------------------------------------------------

    def record(self) -> None:
        device = self.input_choice.device()
        if device is None:
            return
        self._drop_candidate()
        self._notice = ""
        capture = self._make_capture(device)
        capture.failed.connect(self._capture_failed)
        capture.lost.connect(self._input_lost)
        capture.flowing.connect(self._flowing)
        try:
            capture.start()
        except OSError as exc:
            capture.remove()
            self.status_label.setText(str(exc))
            return
        self.capture = capture
        self._remember_input(device)
        self.status_label.setText(self.tr("Đang mở micrô… Hãy chờ tới khi hiện “Đang ghi” rồi mới đọc."))
        self.meter_timer.start()
        self._update()

    def _remember_input(self, device: QAudioDevice) -> None:
        """The input recorded from is the one Đọc trực tiếp records from too (the station's `voice_input`)."""
        chosen = input_setting(device)
        if chosen == self.station.settings.voice_input:
            return
        try:
            self.station.update_settings({"voice_input": chosen})
        except (StationError, sqlite3.Error) as exc:  # a read-only station: the take records, the choice is not kept
            log.warning("voice input not remembered: %s", exc)

    def _flowing(self) -> None:
        if self.capture is not None and not self.capture.paused:
            self.status_label.setText(self.tr("Đang ghi… Bấm “Dừng” khi đọc xong."))

    def toggle_pause(self) -> None:
        if self.capture is None:
            return
        if self.capture.paused:
            self.capture.resume()
            self.status_label.setText(self.tr("Đang ghi… Bấm “Dừng” khi đọc xong."))
        else:
            self.capture.pause()
            self.status_label.setText(self.tr("Đã tạm dừng. Bấm “Tiếp tục” để ghi tiếp."))
        self._update()

    def retake(self) -> None:
        """Ghi lại: the take so far (or the one being listened to) is thrown away and recording starts afresh."""
        if self.capture is not None and self.capture.running:
            self.capture.restart()
            self.status_label.setText(self.tr("Ghi lại từ đầu…"))
            self._update()
        else:
            self.record()

    def stop(self) -> None:
        if self.capture is None or not self.capture.running:
            return
        self._notice = ""
        self._prepare(self.capture.stop())

    def _input_lost(self, message: str) -> None:
        """The microphone was unplugged: the take so far is trimmed and mastered as if "Dừng" was pressed, and
        the operator reads why it stopped beside what comes next."""
        if self.capture is None:
            return
        self._notice = message + " "
        self._prepare(self.capture.stop())

    def _prepare(self, take: Path) -> None:
        assert self.capture is not None
        self.meter_timer.stop()
        self.meter.show_levels(self.capture.levels)
        self.status_label.setText(self._notice + self.tr("Đang cắt khoảng lặng và chuẩn hóa âm lượng…"))
        target, peak = self._targets
        store = self.station.paths.audio_store
        self._task = self.runner.start(
            lambda progress, cancel: prepare_take(
                take, store, target_lufs=target, true_peak_db=peak, cancel=cancel.is_set
            ),
            succeeded=self._prepared,
            failed=self._failed,
        )
        self._update()

    def _prepared(self, candidate: InspectedRecording) -> None:
        self._task = None
        self._discard_capture()
        if self._closed:
            discard_recording(self.station, candidate)  # cancelled while it was being mastered
            return
        self.candidate = candidate
        self.preview.load(candidate.stored_path)
        self.status_label.setText(
            self._notice
            + self.tr("Bản ghi dài {duration}. Hãy nghe lại rồi bấm “Giữ lại”, hoặc “Ghi lại”.").format(
                duration=clock(round(candidate.duration_s * 1000))
            )
        )
        self._update()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._discard_capture()
        self.status_label.setText(
            self._notice + (interface_text(error) if isinstance(error, StationError) else str(error))
        )
        self._update()

    def _capture_failed(self, message: str) -> None:
        self.meter_timer.stop()
        self._discard_capture()
        self.status_label.setText(message)
        self._update()

    def _tick(self) -> None:
        if self.capture is None:
            return
        self.meter.show_levels(self.capture.levels)
        self.time_label.setText(clock(round(self.capture.seconds * 1000)))

    # --- keeping ---------------------------------------------------------------------------------

    def keep(self) -> None:
        if self.candidate is None:
            return
        title, topic = " ".join(self.title_edit.text().split()), " ".join(self.topic_combo.currentText().split())
        if not topic:
            self.status_label.setText(self.tr("Chưa chọn chủ đề cho bản ghi âm."))
            return
        self.preview.stop()
        try:
            self.segment_id = save_recording(
                self.station, self.candidate, title=title, topic=topic, bulletin_id=self.bulletin_id
            )
        except StationError as exc:
            self.status_label.setText(interface_text(exc))
            return
        self.candidate = None
        self.accept()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self._cancel_all()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        self._cancel_all()
        super().closeEvent(event)

    def _cancel_all(self) -> None:
        self._closed = True
        self.meter_timer.stop()
        if self._task is not None:
            self._task.cancel()
            self.runner.wait_all()
        self.preview.load(None)
        self._discard_capture()
        self._drop_candidate()

    def _drop_candidate(self) -> None:
        if self.candidate is not None:
            self.preview.load(None)
            discard_recording(self.station, self.candidate)
            self.candidate = None

    def _discard_capture(self) -> None:
        if self.capture is not None:
            self.capture.remove()
            self.capture = None

    def _update(self) -> None:
        has_input = self.input_choice.count() > 0
        recording = self.capture is not None and self.capture.running
        working = self._task is not None
        self.input_choice.setEnabled(has_input and not recording and not working)
        self.record_button.setEnabled(has_input and not recording and not working)
        self.pause_button.setEnabled(recording)
        self.pause_button.setText(
            self.tr("Tiếp tục")
            if recording and self.capture is not None and self.capture.paused
            else self.tr("Tạm dừng")
        )
        self.retake_button.setEnabled(has_input and not working and (recording or self.candidate is not None))
        self.stop_button.setEnabled(recording)
        self.keep_button.setEnabled(self.candidate is not None)
        self.preview.setEnabled(self.candidate is not None)
