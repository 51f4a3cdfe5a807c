"""Đọc trực tiếp: before the operator speaks into the microphone, the title and topic the log will carry
(`LiveReadingDialog`); while they read, the prompter (`PrompterDialog`): the bulletin's text large and
scrollable, a level meter, and the reading recorded from the microphone. When the reading ends the recording is
kept with its airing row (app/voice_recording.py, m010) as proof of what was said. The take is written into the
data folder as it is read (app/live_take_recovery.py): a crash leaves it for the next start to keep. A microphone
unplugged mid-reading stops the recording (the part read so far is kept) and the prompter says so. With no
microphone the reading is still logged; the prompter says it is not being recorded."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtMultimedia import QAudioDevice
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from app.bulletins import get_bulletin, list_bulletins, list_topics
from app.errors import StationError
from app.live_take_recovery import in_progress_take
from app.station import Station
from app.voice_recording import AiringRecording, EncodedTake, check_airing_take, encode_airing_take, record_airing_take
from ui.audio_preview import clock
from ui.errors import show_error
from ui.segment_picker import big_font
from ui.tasks import TaskRunner
from ui.voice_capture import VoiceCapture
from ui.voice_meter import METER_INTERVAL_MS, LevelMeter, chosen_input, default_input, no_input_text


class LiveReadingDialog(QDialog):
    """Title (required) and topic; a bulletin can be picked to fill both. `title()`/`topic()` after Accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
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
            self.bulletin_combo.addItem(bulletin.title, (bulletin.title, bulletin.topic, bulletin.id))
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
            title, topic, _id = chosen
            self.title_edit.setText(title)
            self.topic_combo.setCurrentText(topic or "")

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.title().strip()))

    def bulletin_id(self) -> int | None:
        chosen = self.bulletin_combo.currentData()
        return chosen[2] if chosen else None

    def title(self) -> str:
        return " ".join(self.title_edit.text().split())

    def topic(self) -> str:
        return " ".join(self.topic_combo.currentText().split())

    def text(self) -> str:
        """The chosen bulletin's body, for the prompter ("" when reading without a bulletin)."""
        bulletin_id = self.bulletin_id()
        return get_bulletin(self.db, bulletin_id).body if bulletin_id is not None else ""


PROMPTER_POINT_SIZE = 26  # read from an arm's length while speaking into a microphone


class PrompterDialog(QDialog):
    """Shown (not modal: the on-air page stays usable) while a live reading is on air. `end_requested` when the
    operator presses its end button; the page ends the airing and calls `finish(airing_id)`."""

    end_requested = Signal()
    recording_kept = Signal(object)  # the AiringRecording

    def __init__(
        self,
        station: Station,
        *,
        title: str,
        text: str,
        airing_id: int | None = None,
        parent: QWidget | None = None,
        devices: list[QAudioDevice] | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.airing_id = airing_id
        self.capture: VoiceCapture | None = None
        self.kept: AiringRecording | None = None
        self.setWindowTitle(self.tr("Đọc trực tiếp: {title}").format(title=title))
        self.resize(1000, 680)

        heading = QLabel(title)
        heading.setObjectName("prompter_title")
        heading.setWordWrap(True)
        heading.setFont(big_font(heading, 4, bold=True))
        self.text_view = QTextBrowser()
        self.text_view.setObjectName("prompter_text")
        font = QFont(self.text_view.font())
        font.setPointSize(PROMPTER_POINT_SIZE)
        self.text_view.setFont(font)
        self.text_view.setPlainText(text or self.tr("(Không có văn bản: đọc tự do theo tiêu đề.)"))
        self.text_view.setStyleSheet("QTextBrowser { background: #fffde7; color: #000000; padding: 12px; }")

        # The reading starts at once, no time to choose: the input chosen in "Ghi âm giọng đọc", else the default.
        self.device, self.input_note = self._input(devices)
        self.meter = LevelMeter(self)
        self.time_label = QLabel(clock(0))
        self.time_label.setObjectName("prompter_time")
        self.time_label.setFont(big_font(self.time_label, 6, bold=True))
        self.record_label = QLabel()
        self.record_label.setObjectName("prompter_recording")
        self.record_label.setWordWrap(True)
        self.end_button = QPushButton(self.tr("■ Kết thúc đọc trực tiếp"))
        self.end_button.setObjectName("prompter_end")
        self.end_button.setMinimumSize(QSize(260, 48))
        self.end_button.setFont(big_font(self.end_button, 2, bold=True))
        self.end_button.setStyleSheet("QPushButton { background: #6a1b9a; color: white; border-radius: 4px; }")
        self.end_button.clicked.connect(self.end_requested)

        status = QHBoxLayout()
        status.addWidget(self.time_label)
        status.addWidget(self.meter, 1)
        status.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.record_label)
        layout.addLayout(status)

        self.meter_timer = QTimer(self)
        self.meter_timer.setInterval(METER_INTERVAL_MS)
        self.meter_timer.timeout.connect(self._tick)
        self._start_recording()

    def _input(self, devices: list[QAudioDevice] | None) -> tuple[QAudioDevice | None, str]:
        chosen = self.station.settings.voice_input
        found = chosen_input(chosen, devices)
        if found is not None or not chosen:
            return found or default_input(devices), ""
        fallback = default_input(devices)
        if fallback is None:
            return None, ""
        return fallback, self.tr(
            "Không thấy micrô đã chọn trong “Ghi âm giọng đọc”: ghi từ micrô mặc định “{name}”."
        ).format(name=fallback.description())

    def _start_recording(self) -> None:
        device = self.device
        if device is None:
            self._say_not_recorded(no_input_text())
            self.meter.setVisible(False)
            return
        try:
            # Into the data folder, named after the airing: a crash mid-reading leaves the take to be kept later.
            path = in_progress_take(self.station.paths.data_dir, self.airing_id) if self.airing_id else None
        except OSError as exc:
            self._say_not_recorded(self.tr("Không tạo được thư mục bản ghi: {reason}.").format(reason=exc.strerror))
            return
        capture = VoiceCapture(device, self, path=path)
        try:
            capture.start()
        except OSError as exc:
            capture.remove()
            self._say_not_recorded(str(exc))
            return
        capture.failed.connect(self._say_not_recorded)
        capture.lost.connect(self._say_input_lost)
        note = self.input_note + " " if self.input_note else ""
        capture.flowing.connect(
            lambda: self.record_label.setText(
                note
                + self.tr("● Đang ghi âm từ “{name}”: bản ghi được lưu cùng nhật ký làm bằng chứng.").format(
                    name=device.description()
                )
            )
        )
        self.capture = capture
        self.record_label.setText(note + self.tr("Đang mở micrô “{name}”…").format(name=device.description()))
        self.record_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.meter_timer.start()

    def _say_not_recorded(self, reason: str) -> None:
        self.record_label.setText(
            reason + " " + self.tr("Buổi đọc vẫn được ghi vào nhật ký nhưng không có bản ghi âm.")
        )
        self.record_label.setStyleSheet("color: #b71c1c; font-weight: bold;")

    def _say_input_lost(self, reason: str) -> None:
        self.record_label.setText(
            reason + " " + self.tr("Buổi đọc vẫn được ghi vào nhật ký; bản ghi âm chỉ có phần đọc trước lúc đó.")
        )
        self.record_label.setStyleSheet("color: #b71c1c; font-weight: bold;")

    def _tick(self) -> None:
        if self.capture is not None:
            self.meter.show_levels(self.capture.levels)
            self.time_label.setText(clock(round(self.capture.seconds * 1000)))

    def finish(self, airing_id: int | None, runner: TaskRunner | None = None) -> None:
        """Stops recording and closes; keeps the take with `airing_id` when there was sound. With `runner` the
        take is encoded on a worker (a long reading must not hold up the window and the playout's timers) and
        tied to its airing here when done (`kept` then, and `recording_kept`); without it, at once (the window is
        closing). The take is removed once kept, or when there is nothing to keep; a take that could not be kept
        (a full disk) stays in the data folder for the next start to try again (app/live_take_recovery.py)."""
        self.meter_timer.stop()
        capture, self.capture = self.capture, None
        self.close()
        if capture is None:
            return
        try:
            if airing_id is None:
                capture.remove()
                return
            take = capture.stop()
            if capture.seconds <= 0:
                capture.remove()
                return
            check_airing_take(self.station, airing_id)
        except StationError as exc:
            capture.remove()
            show_error(self.parentWidget(), exc)
            return
        if runner is None:
            try:
                encoded = encode_airing_take(self.station.paths.data_dir, take)
            except StationError as exc:
                self._not_kept(capture, exc)
                return
            self._kept(capture, airing_id, encoded)
            return
        runner.start(
            lambda _progress, _cancel: encode_airing_take(self.station.paths.data_dir, take),
            succeeded=lambda encoded: self._kept(capture, airing_id, encoded),
            failed=lambda exc: self._not_kept(capture, exc),
        )

    def _kept(self, capture: VoiceCapture, airing_id: int, encoded: EncodedTake) -> None:
        try:
            self.kept = record_airing_take(self.station, airing_id, encoded)
        except StationError as exc:
            self._not_kept(capture, exc)
            return
        capture.remove()
        self.recording_kept.emit(self.kept)

    def _not_kept(self, capture: VoiceCapture, error: BaseException) -> None:
        if capture.folder is not None:  # a temporary take: nothing would ever look for it again
            capture.remove()
        show_error(self.parentWidget(), error)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        if self.capture is not None:  # closed by its title bar while reading: the reading goes on unrecorded
            self.meter_timer.stop()
            self.capture.remove()
            self.capture = None
        super().closeEvent(event)
