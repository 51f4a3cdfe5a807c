"""Đọc trực tiếp records from the input chosen in "Ghi âm giọng đọc" (the station's `voice_input`), and from the
default input, with a note, when that one is not plugged in. Real inputs: the test PulseAudio server's default
microphone and a second one plugged in for the test (tests/pulse_sink.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.bulletins import create_bulletin
from tests.ui.test_voice_unplugged import plugged_device
from ui.voice_capture import audio_inputs

pytestmark = pytest.mark.sound


def recorder(qtbot, station):
    from ui.voice_recorder_dialog import VoiceRecorderDialog

    bulletin = create_bulletin(station.db, title="Họp tổ", topic="Xây dựng nếp sống văn minh", body="Kính thưa…")
    dialog = VoiceRecorderDialog(
        station, bulletin_id=bulletin, bulletin_title="Họp tổ", topic="Xây dựng nếp sống văn minh"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def prompter(qtbot, station):
    from ui.live_reading_dialog import PrompterDialog

    made = PrompterDialog(station, title="Họp tổ dân phố", text="Kính thưa…", airing_id=None)
    qtbot.addWidget(made)
    made.show()
    return made


def test_the_prompter_records_from_the_input_chosen_for_recording_else_the_default_with_a_note(
    pulse_sink, station, qtbot
):
    plugged, usb = plugged_device(qtbot, pulse_sink)
    with plugged:
        assert station.settings.voice_input == ""
        first = prompter(qtbot, station)  # nothing chosen yet: the system's default input, no note
        assert first.device.description() == "Truyen_Thanh_Micro" and first.input_note == ""
        first.finish(None)

        dialog = recorder(qtbot, station)
        assert dialog.input_choice.currentText() == "Truyen_Thanh_Micro"
        dialog.input_choice.setCurrentIndex(dialog.input_choice.findText("USB_Micro"))
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        assert dialog.capture is not None and dialog.capture.device.id() == usb.id()
        assert station.settings.voice_input == plugged.source  # remembered by the station
        dialog.done(0)
        assert recorder(qtbot, station).input_choice.currentText() == "USB_Micro"  # chosen again next time

        reading = prompter(qtbot, station)
        assert reading.capture is not None and reading.capture.device.id() == usb.id()
        assert reading.input_note == ""
        assert reading.record_label.text() == "Đang mở micrô “USB_Micro”…"
        reading.finish(None)

    assert all(d.description() != "USB_Micro" for d in audio_inputs())  # gone from the list too
    # Unplugged: the prompter falls back to the default input and says so; the choice stays for when it is back.
    unplugged = prompter(qtbot, station)
    assert unplugged.device.description() == "Truyen_Thanh_Micro"
    assert unplugged.input_note == (
        "Không thấy micrô đã chọn trong “Ghi âm giọng đọc”: ghi từ micrô mặc định “Truyen_Thanh_Micro”."
    )
    assert unplugged.record_label.text().startswith(unplugged.input_note + " Đang mở micrô “Truyen_Thanh_Micro”")
    unplugged.finish(None)
    assert station.settings.voice_input == plugged.source
