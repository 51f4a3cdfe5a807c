"""A small listening widget: play/pause, a seek bar and the time, on the preview output (Thiết bị nghe thử).

It is for the operator to check a segment before keeping it; on-air playback is the playout engine's job, and
nothing played here is ever logged. Every preview in the program (the segment list, the speech dialog's
listening) is this widget, so they all go to the device chosen in Cài đặt (`preview_output`). When that is the
on-air device, the ward would hear the trial: the widget says so and asks before it plays.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QWidget,
)

from app.settings import StationSettings
from ui.media_objects import create_player
from ui.qt_player import find_device, same_device


@dataclass
class PreviewRouting:
    """Where previews go and where the station goes (QAudioDevice ids as in settings; empty = default)."""

    preview_device: str = ""
    on_air_device: str = ""

    @property
    def on_air(self) -> bool:
        return same_device(self.preview_device, self.on_air_device)


ROUTING = PreviewRouting()


def configure_preview(settings: StationSettings) -> None:
    """The window calls this at start and whenever Cài đặt is saved; previews read it each time they play."""
    ROUTING.preview_device = settings.preview_output
    ROUTING.on_air_device = settings.audio_output


def clock(ms: int) -> str:
    seconds = max(ms, 0) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class SeekSlider(QSlider):
    """A horizontal slider that jumps where its groove is clicked (Qt's steps a page toward the click), then
    follows the mouse as if the handle had been grabbed there. `jumped(value)` says where it went."""

    jumped = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def value_at(self, x: float) -> int:
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self)
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self)
        span = max(groove.width() - handle.width(), 1)
        offset = round(x - groove.x() - handle.width() / 2)
        return QStyle.sliderValueFromPosition(self.minimum(), self.maximum(), offset, span, option.upsideDown)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.button() == Qt.MouseButton.LeftButton and self.maximum() > self.minimum():
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            hit = self.style().hitTestComplexControl(
                QStyle.ComplexControl.CC_Slider, option, event.position().toPoint(), self
            )
            if hit != QStyle.SubControl.SC_SliderHandle:
                value = self.value_at(event.position().x())
                self.setValue(value)
                self.jumped.emit(value)
        super().mousePressEvent(event)  # the handle is under the mouse now: a drag goes on from here


class AudioPreview(QWidget):
    """Play, pause and seek one audio file. `load(None)` empties it."""

    playback_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player, self.output = create_player(self)
        self.path: Path | None = None
        self._on_air_agreed = False  # the operator agreed to preview through the on-air device (this file)

        self.play_button = QPushButton()
        self.play_button.setObjectName("preview_play")
        self.play_button.setMinimumSize(QSize(120, 44))
        self.play_button.setIconSize(QSize(24, 24))
        self.play_button.clicked.connect(self.toggle)
        self.slider = SeekSlider()
        self.slider.setObjectName("preview_seek")
        self.slider.setMinimumHeight(32)
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(5000)
        self.slider.sliderMoved.connect(self.seek)
        self.slider.jumped.connect(self.seek)
        self.slider.actionTriggered.connect(self._slider_action)
        self.time_label = QLabel()
        self.time_label.setObjectName("preview_time")
        self.time_label.setMinimumWidth(110)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.time_label)

        self.player.positionChanged.connect(self._position_changed)
        self.player.durationChanged.connect(self._duration_changed)
        self.player.playbackStateChanged.connect(self._state_changed)
        self.player.errorOccurred.connect(self._error)
        self._state_changed(QMediaPlayer.PlaybackState.StoppedState)
        self._update_time()
        self.setEnabled(False)

    def load(self, path: Path | str | None) -> None:
        self.player.stop()
        self._on_air_agreed = False
        self.path = Path(path) if path else None
        self.player.setSource(QUrl.fromLocalFile(str(self.path)) if self.path else QUrl())
        self.slider.setValue(0)
        self.setEnabled(self.path is not None)
        self._update_time()

    def is_playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def toggle(self) -> None:
        if self.is_playing():
            self.player.pause()
        else:
            self.play()

    def play(self) -> bool:
        """Plays on the preview device; on the on-air device only after the operator agreed. True if playing."""
        if not self._route():
            return False
        self.player.play()
        return True

    def _route(self) -> bool:
        device = find_device(ROUTING.preview_device) or find_device("")
        if device is not None and device != self.output.device():
            self.output.setDevice(device)
        if not ROUTING.on_air or self._on_air_agreed:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Nghe thử"),
            self.tr(
                "Thiết bị nghe thử đang là thiết bị phát ra loa: nếu máy nối với bộ khuếch đại, cả phường sẽ nghe "
                "thấy bản nghe thử này.\n\nHãy chọn tai nghe hoặc loa máy tính ở “Thiết bị nghe thử” trong Cài đặt. "
                "Vẫn nghe thử qua thiết bị phát ra loa?"
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("preview_on_air_question")
        play = box.addButton(self.tr("Nghe thử qua loa"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Không nghe thử"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        self._on_air_agreed = box.clickedButton() is play
        return self._on_air_agreed

    def pause(self) -> None:
        self.player.pause()

    def stop(self) -> None:
        self.player.stop()

    def seek(self, position_ms: int) -> None:
        self.player.setPosition(int(position_ms))

    def _slider_action(self, _action: int) -> None:
        # Arrow keys and page keys move the slider without sliderMoved.
        if not self.slider.isSliderDown():
            self.seek(self.slider.sliderPosition())

    def _position_changed(self, position: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(position)
        self._update_time()

    def _duration_changed(self, duration: int) -> None:
        self.slider.setRange(0, max(duration, 0))
        self._update_time()

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(self.tr("Tạm dừng") if playing else self.tr("Nghe thử"))

    def _update_time(self) -> None:
        self.time_label.setText(f"{clock(self.player.position())} / {clock(self.player.duration())}")

    def _error(self, _error: QMediaPlayer.Error, message: str) -> None:
        self.playback_failed.emit(self.tr("Không phát được tệp âm thanh: {message}").format(message=message))
