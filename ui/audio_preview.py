"""A small listening widget: play/pause, a seek bar and the time, on the computer's speakers.

It is for the operator to check a segment before keeping it; on-air playback is the playout engine's job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QStyle, QWidget

from ui.media_objects import create_player


def clock(ms: int) -> str:
    seconds = max(ms, 0) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class AudioPreview(QWidget):
    """Play, pause and seek one audio file. `load(None)` empties it."""

    playback_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player, self.output = create_player(self)
        self.path: Path | None = None

        self.play_button = QPushButton()
        self.play_button.setObjectName("preview_play")
        self.play_button.setMinimumSize(QSize(120, 44))
        self.play_button.setIconSize(QSize(24, 24))
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("preview_seek")
        self.slider.setMinimumHeight(32)
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(5000)
        self.slider.sliderMoved.connect(self.seek)
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
            self.player.play()

    def play(self) -> None:
        self.player.play()

    def pause(self) -> None:
        self.player.pause()

    def stop(self) -> None:
        self.player.stop()

    def seek(self, position_ms: int) -> None:
        self.player.setPosition(int(position_ms))

    def _slider_action(self, _action: int) -> None:
        # Clicks on the groove and arrow keys move the slider without sliderMoved.
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
