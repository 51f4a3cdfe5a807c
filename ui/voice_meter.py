"""The live level meter and the input choice shared by the voice recorder and the live reading's prompter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QAudioDevice
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QProgressBar, QWidget

from audio.voice_levels import FLOOR_DBFS, Levels
from ui.voice_capture import audio_inputs, default_input_id, device_key

METER_FLOOR_DB = -60  # the bar's left end: quieter than this is shown as nothing
METER_INTERVAL_MS = 100  # ten times a second


def no_input_text() -> str:
    return QApplication.translate(
        "VoiceInput",
        "Không tìm thấy micrô nào trên máy này. Hãy cắm micrô (hoặc bật micrô trong cài đặt âm thanh của "
        "Windows) rồi mở lại cửa sổ này.",
    )


class LevelMeter(QWidget):
    """A bar for the RMS level and a label with RMS and peak, in dB below full scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setObjectName("voice_meter")
        self.bar.setRange(0, -METER_FLOOR_DB * 10)
        self.bar.setTextVisible(False)
        self.bar.setMinimumHeight(28)
        self.label = QLabel()
        self.label.setObjectName("voice_meter_text")
        self.label.setMinimumWidth(200)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        self.show_levels(Levels(FLOOR_DBFS, FLOOR_DBFS))

    def show_levels(self, levels: Levels) -> None:
        self.levels = levels
        self.bar.setValue(round((max(levels.rms_dbfs, METER_FLOOR_DB) - METER_FLOOR_DB) * 10))
        # Red near clipping, green in the useful range, grey when (almost) nothing comes in.
        colour = "#c62828" if levels.peak_dbfs > -1 else "#2e7d32" if levels.rms_dbfs > -45 else "#9e9e9e"
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if levels.peak_dbfs <= METER_FLOOR_DB:
            self.label.setText(self.tr("Không có tiếng"))
        else:
            self.label.setText(
                self.tr("Mức {rms:.0f} dB · đỉnh {peak:.0f} dB").format(rms=levels.rms_dbfs, peak=levels.peak_dbfs)
            )


def default_input(devices: list[QAudioDevice] | None = None) -> QAudioDevice | None:
    """The system's default input if it is among `devices` (all inputs when None), else the first; None if none."""
    found = audio_inputs() if devices is None else devices
    default = default_input_id()
    return next((d for d in found if device_key(d) == default), found[0] if found else None)


def input_setting(device: QAudioDevice) -> str:
    """The input as the station's `voice_input` setting keeps it (the sound system's id, as text)."""
    return device_key(device).decode("utf-8", errors="surrogateescape")


def chosen_input(chosen: str, devices: list[QAudioDevice] | None = None) -> QAudioDevice | None:
    """The input whose id is `chosen` (the station's `voice_input`) if it is present now, else None."""
    found = audio_inputs() if devices is None else devices
    return next((d for d in found if chosen and input_setting(d) == chosen), None)


class InputChoice(QComboBox):
    """The audio inputs, the one last chosen (`preferred`, the station's `voice_input`) selected if present,
    else the system's default; empty when there is no microphone."""

    def __init__(
        self, parent: QWidget | None = None, devices: list[QAudioDevice] | None = None, preferred: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voice_input")
        self.setMinimumHeight(36)
        found = audio_inputs() if devices is None else devices
        wanted = chosen_input(preferred, found) or default_input(found)
        for device in found:
            self.addItem(device.description(), device)
            if wanted is not None and device_key(device) == device_key(wanted):
                self.setCurrentIndex(self.count() - 1)

    def device(self) -> QAudioDevice | None:
        return self.currentData() if self.count() else None
