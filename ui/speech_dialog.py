"""Chuyển thành giọng nói: choose how to read, synthesise off the GUI thread with progress and Cancel, then
listen, then keep or discard.

The first page offers the choices of this reading (engine, regional voice, speed, repeat), set to the station's
defaults from Cài đặt; a slower speed suits outdoor loudspeakers. Nothing is written to the database until the
operator presses "Lưu tiết mục"; closing the dialog in any other way removes the candidate file, so a cancelled,
failed or rejected attempt leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import StationError
from app.labels import QT_TRANSLATE_NOOP
from app.speech import (
    ENGINES,
    MAX_REPEAT,
    READING_SPEEDS,
    VOICES,
    RenderedSpeech,
    SpeechCancelledByOperator,
    SpeechPlan,
    SpeechProgress,
    discard_speech,
    keep_speech,
    render_speech,
)
from app.station import Station
from ui.audio_preview import AudioPreview
from ui.errors import show_error
from ui.formats import format_duration, format_trimmed
from ui.tasks import Task, TaskRunner
from ui.widgets import hint

ENGINE_LABELS = {"google": "Google", "offline": QT_TRANSLATE_NOOP("SpeechDialog", "offline (có sẵn trong máy)")}
VOICE_LABELS = {
    "north": QT_TRANSLATE_NOOP("SpeechDialog", "miền Bắc"),
    "central": QT_TRANSLATE_NOOP("SpeechDialog", "miền Trung"),
    "south": QT_TRANSLATE_NOOP("SpeechDialog", "miền Nam"),
    "vi": QT_TRANSLATE_NOOP("SpeechDialog", "tiếng Việt"),
}
ENGINE_CHOICES = {
    "auto": QT_TRANSLATE_NOOP("SpeechDialog", "Tự động (Google khi có mạng, offline khi mất mạng)"),
    "google": QT_TRANSLATE_NOOP("SpeechDialog", "Google"),
    "offline": QT_TRANSLATE_NOOP("SpeechDialog", "Offline (có sẵn trong máy)"),
}
SPEED_LABELS = {
    1.0: QT_TRANSLATE_NOOP("SpeechDialog", "Bình thường"),
    0.95: QT_TRANSLATE_NOOP("SpeechDialog", "Hơi chậm"),
    0.9: QT_TRANSLATE_NOOP("SpeechDialog", "Chậm, cho loa ngoài trời"),
    0.85: QT_TRANSLATE_NOOP("SpeechDialog", "Chậm hơn, nơi nhiều tiếng vang"),
    0.8: QT_TRANSLATE_NOOP("SpeechDialog", "Chậm nhất, nơi vang nhiều"),
}
# Pages of the dialog.
WORKING, LISTENING, CHOOSING = 0, 1, 2


def speed_text(speed: float) -> str:
    return format_trimmed(speed, 2)


def big_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumSize(QSize(180, 48))
    font = QFont(button.font())
    font.setPointSize(font.pointSize() + 2)
    button.setFont(font)
    return button


class SpeechDialog(QDialog):
    """Run with `start(plan)`; emits `segment_saved(id)` when the operator keeps the result."""

    segment_saved = Signal(int)
    synthesis_finished = Signal()  # success, failure or cancel: the work is over

    def __init__(self, station: Station, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.runner = runner
        self.task: Task | None = None
        self.rendered: RenderedSpeech | None = None
        self.error: BaseException | None = None
        self.saved_segment_id: int | None = None
        self.work_done = False  # the worker has returned (its last signal has arrived)
        self._units = 0  # speech parts of the reading under way (its progress, app.speech.SpeechProgress)
        self._closing = False
        self.setWindowTitle(self.tr("Chuyển thành giọng nói"))
        self.setModal(True)
        self.setMinimumWidth(640)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSize(heading_font.pointSize() + 3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.plan: SpeechPlan | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_working_page())  # WORKING
        self.pages.addWidget(self._build_listening_page())  # LISTENING
        self.pages.addWidget(self._build_choosing_page())  # CHOOSING
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages)

    # Building ------------------------------------------------------------------------------------

    def _build_working_page(self) -> QWidget:
        """Progress and Cancel while the speech is made."""
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("speech_progress")
        self.progress_bar.setMinimumHeight(32)
        self.progress_bar.setRange(0, 0)  # busy until the first step is known
        self.progress_label = QLabel(self.tr("Đang chuẩn bị…"))
        self.progress_label.setObjectName("speech_progress_label")
        self.cancel_button = big_button(self.tr("Hủy"), "speech_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        working = QWidget()
        working_layout = QVBoxLayout(working)
        working_layout.addWidget(self.progress_label)
        working_layout.addWidget(self.progress_bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        working_layout.addLayout(row)
        working_layout.addStretch(1)
        return working

    def _build_listening_page(self) -> QWidget:
        """Listen, then keep or discard."""
        self.summary = QLabel()
        self.summary.setObjectName("speech_summary")
        self.summary.setWordWrap(True)
        self.notices = QLabel()
        self.notices.setObjectName("speech_notices")
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet("color: #a15c00; font-weight: bold;")
        self.preview = AudioPreview()
        self.preview.playback_failed.connect(self.notices.setText)
        self.keep_button = big_button(self.tr("Lưu tiết mục"), "speech_keep")
        self.keep_button.clicked.connect(self.keep)
        self.discard_button = big_button(self.tr("Bỏ, không lưu"), "speech_discard")
        self.discard_button.clicked.connect(self.reject)
        listening = QWidget()
        listening_layout = QVBoxLayout(listening)
        listening_layout.addWidget(QLabel(self.tr("Hãy nghe thử trước khi lưu:")))
        listening_layout.addWidget(self.preview)
        listening_layout.addWidget(self.summary)
        listening_layout.addWidget(self.notices)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.keep_button)
        listening_layout.addLayout(buttons)
        return listening

    def _build_choosing_page(self) -> QWidget:
        """The choices of this reading: engine, regional voice, speed, repeat."""
        self.engine_choice = QComboBox()
        self.engine_choice.setObjectName("speech_engine_choice")
        for engine in ENGINES:
            self.engine_choice.addItem(self.tr(ENGINE_CHOICES[engine]), engine)
        self.voice_choice = QComboBox()
        self.voice_choice.setObjectName("speech_voice_choice")
        for voice in VOICES:
            self.voice_choice.addItem(self.tr(VOICE_LABELS[voice]), voice)
        self.speed_choice = QComboBox()
        self.speed_choice.setObjectName("speech_speed_choice")
        self.repeat_choice = QSpinBox()
        self.repeat_choice.setObjectName("speech_repeat_choice")
        self.repeat_choice.setRange(1, MAX_REPEAT)
        self.repeat_choice.setSuffix(self.tr(" lần"))
        for widget in (self.engine_choice, self.voice_choice, self.speed_choice, self.repeat_choice):
            widget.setMinimumHeight(40)
        self.start_button = big_button(self.tr("Bắt đầu đọc"), "speech_start")
        self.start_button.clicked.connect(self.start_chosen)
        self.close_button = big_button(self.tr("Đóng"), "speech_close")
        self.close_button.clicked.connect(self.reject)
        choosing = QWidget()
        choosing_layout = QVBoxLayout(choosing)
        form = QFormLayout()
        form.addRow(self.tr("Bộ đọc"), self.engine_choice)
        form.addRow(self.tr("Giọng vùng miền"), self.voice_choice)
        form.addRow(self.tr("Tốc độ đọc"), self.speed_choice)
        form.addRow(self.tr("Số lần đọc"), self.repeat_choice)
        choosing_layout.addLayout(form)
        choosing_layout.addWidget(
            hint(
                self.tr(
                    "Mặc định theo Cài đặt, chỉ áp dụng cho lần đọc này. Loa ngoài trời nhiều tiếng vang nghe rõ "
                    "hơn khi đọc chậm (0,8 đến 0,9); cao độ giọng được giữ nguyên. Giọng vùng miền dùng cho giọng "
                    "offline; giọng Google có một giọng tiếng Việt."
                )
            )
        )
        choosing_layout.addStretch(1)
        choice_buttons = QHBoxLayout()
        choice_buttons.addStretch(1)
        choice_buttons.addWidget(self.close_button)
        choice_buttons.addWidget(self.start_button)
        choosing_layout.addLayout(choice_buttons)
        return choosing

    # Choices -------------------------------------------------------------------------------------

    def choose(self, plan: SpeechPlan) -> None:
        """Shows the choices of this reading, set to `plan`'s (the station's defaults); "Bắt đầu đọc" starts."""
        self.plan = plan
        self.heading.setText(self.tr("Đọc bản tin: {title}").format(title=plan.title or self.tr("văn bản")))
        self._select(self.engine_choice, plan.engine)
        self._select(self.voice_choice, plan.voice)
        self.speed_choice.clear()
        speeds = list(READING_SPEEDS)
        if plan.speed not in speeds:  # a station default outside the reading speeds stays choosable
            speeds.insert(0, plan.speed)
        for speed in speeds:
            label = self.tr(SPEED_LABELS[speed]) if speed in SPEED_LABELS else self.tr("theo Cài đặt")
            self.speed_choice.addItem(f"{speed_text(speed)} · {label}", speed)
        self._select(self.speed_choice, plan.speed)
        self.repeat_choice.setValue(plan.repeat)
        self.pages.setCurrentIndex(CHOOSING)
        self.start_button.setFocus()

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def chosen_plan(self) -> SpeechPlan:
        assert self.plan is not None
        return replace(
            self.plan,
            engine=self.engine_choice.currentData(),
            voice=self.voice_choice.currentData(),
            speed=float(self.speed_choice.currentData()),
            repeat=self.repeat_choice.value(),
        )

    def start_chosen(self) -> None:
        if self.plan is not None and self.task is None:
            self.start(self.chosen_plan())

    # Work ----------------------------------------------------------------------------------------

    def start(self, plan: SpeechPlan) -> None:
        self.plan = plan
        self.heading.setText(self.tr("Đang tạo giọng đọc: {title}").format(title=plan.title or self.tr("văn bản")))
        self.pages.setCurrentIndex(WORKING)
        self.task = self.runner.start(
            lambda progress, cancel: render_speech(plan, progress, cancel),
            progressed=self._progressed,
            succeeded=self._succeeded,
            failed=self._failed,
            finished=self._work_finished,
        )

    def is_working(self) -> bool:
        return self.task is not None and self.rendered is None and self.error is None

    def _work_finished(self) -> None:
        self.work_done = True
        self.synthesis_finished.emit()

    def _progressed(self, done: int, total: int) -> None:
        # Units are sentences (offline) or packs of whole sentences (Google); the finishing steps follow them and
        # take seconds on a long bulletin: the bar turns busy and says what it does rather than sit at 98%.
        step = SpeechProgress.of(done, total)
        self._units = step.units
        if step.finished:
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("Đang kiểm tra tệp âm thanh vừa ghi…"))
        elif step.finishing:
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(
                self.tr("Đã đọc xong. Đang hoàn thiện (ghép các lần đọc, chuẩn hóa độ to, ghi tệp)…")
            )
        else:
            self.progress_bar.setRange(0, max(step.units, 1))
            self.progress_bar.setValue(step.read)
            self.progress_label.setText(self.tr("Đã đọc xong {read}/%n đoạn", "", step.units).format(read=step.read))

    def _succeeded(self, rendered: RenderedSpeech) -> None:
        self.rendered = rendered
        self.progress_bar.setRange(0, max(self._units, 1))  # busy while finishing; full now it is done
        self.progress_bar.setValue(self.progress_bar.maximum())
        if self._closing:  # cancelled just as it finished
            discard_speech(self.station, rendered)
            super().reject()
            return
        result = rendered.result
        seconds = round(float(result.duration_s))
        self.heading.setText(self.tr("Đã tạo giọng đọc: {title}").format(title=rendered.plan.title))
        self.summary.setText(
            self.tr(
                "Thời lượng {length} · giọng {engine} {voice} · tốc độ {speed} · đọc {repeat} lần · "
                "đã chỉnh độ to cho đều"
            ).format(
                length=format_duration(seconds),
                engine=self.tr(ENGINE_LABELS.get(result.engine_used, result.engine_used)),
                voice=self.tr(VOICE_LABELS.get(result.voice, result.voice)),
                speed=speed_text(float(result.speed)),
                repeat=rendered.plan.repeat,
            )
        )
        self.notices.setText("\n".join(rendered.notices))
        self.notices.setVisible(bool(rendered.notices))
        self.preview.load(rendered.path)
        self.pages.setCurrentIndex(LISTENING)
        self.keep_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.error = error
        if not isinstance(error, SpeechCancelledByOperator) and not self._closing:
            show_error(self, error)
        super().reject()

    def cancel(self) -> None:
        """Stop the work; the dialog closes when the worker has really stopped (nothing kept)."""
        self._closing = True
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Đang hủy…"))
        if self.task is not None:
            self.task.cancel()

    # Closing -------------------------------------------------------------------------------------

    def keep(self) -> None:
        if self.rendered is None:
            return
        self.preview.stop()
        try:
            self.saved_segment_id = keep_speech(self.station, self.rendered)
        except StationError as exc:
            show_error(self, exc)
            super().reject()
            return
        self.segment_saved.emit(self.saved_segment_id)
        self.accept()

    def reject(self) -> None:  # Escape, the window's close button, "Bỏ, không lưu"
        if self.is_working():
            self.cancel()
            return
        self.preview.stop()
        self.preview.load(None)
        if self.rendered is not None and self.saved_segment_id is None:
            discard_speech(self.station, self.rendered)
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self.is_working():
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
