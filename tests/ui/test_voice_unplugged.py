"""A microphone unplugged mid-take, for real: a second microphone is plugged into the test PulseAudio server
(tests/pulse_sink.py), chosen, spoken into, then its module is unloaded (pactl unload-module), as pulling the
cable does. The server quietly moves the stream to the default microphone; both dialogs notice, say so in
Vietnamese, stop recording and keep what was recorded before."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.bulletins import create_bulletin
from app.voice_recording import find_airing_recording, take_seconds
from tests.ui.playout_fakes import PlayoutRig
from tests.voice_fixtures import integrated_loudness, spoken_wav

pytestmark = pytest.mark.sound

LOST = "đã bị rút ra hoặc ngắt: đã dừng ghi, phần đã ghi được vẫn được giữ."


def plugged_device(qtbot, pulse_sink):
    """The second microphone plugged in, once Qt lists it."""
    from ui.voice_capture import audio_inputs

    plugged = pulse_sink.plug_microphone()

    def found():
        return next((d for d in audio_inputs() if d.description() == "USB_Micro"), None)

    qtbot.waitUntil(lambda: found() is not None, timeout=5000)
    return plugged, found()


def speak(qtbot, pulse_sink, capture, sink: str, wav) -> None:
    qtbot.waitUntil(lambda: capture.seconds > 0.2, timeout=5000)
    player = pulse_sink.speak_into_mic(wav, sink=sink)
    qtbot.waitUntil(lambda: player.poll() is not None, timeout=20_000)
    assert player.returncode == 0, player.stderr.read()
    qtbot.wait(900)


def test_the_recorder_says_the_microphone_was_unplugged_and_keeps_the_take_so_far(pulse_sink, station, qtbot):
    from ui.voice_recorder_dialog import VoiceRecorderDialog

    wav, voice_s = spoken_wav()
    plugged, usb = plugged_device(qtbot, pulse_sink)
    with plugged:
        bulletin = create_bulletin(station.db, title="Họp tổ", topic="Xây dựng nếp sống văn minh", body="Kính thưa…")
        dialog = VoiceRecorderDialog(
            station, bulletin_id=bulletin, bulletin_title="Họp tổ", topic="Xây dựng nếp sống văn minh"
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.input_choice.setCurrentIndex(dialog.input_choice.findText("USB_Micro"))
        assert dialog.input_choice.device().id() == usb.id()
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
        capture = dialog.capture
        speak(qtbot, pulse_sink, capture, plugged.sink, wav)
        plugged.unplug()
        qtbot.waitUntil(lambda: LOST in dialog.status_label.text(), timeout=5000)
        assert capture.lost_input and not capture.running
        assert "USB_Micro" in dialog.status_label.text()
        # The take so far is trimmed and mastered as after "Dừng": the voice is in it, ready to be heard and kept.
        qtbot.waitUntil(lambda: dialog.candidate is not None, timeout=30_000)
        assert dialog.status_label.text().startswith("Micrô “USB_Micro” " + LOST + " Bản ghi dài")
        assert dialog.candidate.duration_s >= voice_s * 0.9
        assert dialog.keep_button.isEnabled()
        dialog.done(0)


def test_the_prompter_says_the_microphone_was_unplugged_and_keeps_the_reading_so_far(pulse_sink, station, qtbot):
    from ui.live_reading_dialog import PrompterDialog

    wav, voice_s = spoken_wav()
    plugged, usb = plugged_device(qtbot, pulse_sink)
    rig = PlayoutRig(station, datetime(2025, 3, 17, 7, 0))
    rig.start()
    try:
        with plugged:
            airing_id = rig.driver.act(rig.engine.start_live, "Họp tổ dân phố", "")
            prompter = PrompterDialog(
                station, title="Họp tổ dân phố", text="Kính thưa…", airing_id=airing_id, devices=[usb]
            )
            qtbot.addWidget(prompter)
            prompter.show()
            capture = prompter.capture
            assert capture is not None and capture.device.id() == usb.id()
            speak(qtbot, pulse_sink, capture, plugged.sink, wav)
            before_unplug = capture.seconds
            plugged.unplug()
            qtbot.waitUntil(lambda: LOST in prompter.record_label.text(), timeout=5000)
            assert "Buổi đọc vẫn được ghi vào nhật ký" in prompter.record_label.text()
            held = capture.seconds
            assert held >= voice_s and take_seconds(capture.path) == pytest.approx(held, abs=0.01)
            # Nothing heard after the unplugging (the stream moved to the default microphone) is in the take: what
            # came since the sound server last confirmed the input was there is cut.
            assert held <= before_unplug
            # The stream now hears the default microphone: nothing of it reaches the take.
            qtbot.wait(1500)
            assert capture.seconds == held and take_seconds(capture.path) == pytest.approx(held, abs=0.01)
        rig.driver.act(rig.engine.stop_live)
        prompter.finish(airing_id)
    finally:
        rig.stop()
    kept = find_airing_recording(station.db, station.paths.data_dir, airing_id)
    assert kept is not None and kept.duration_s == pytest.approx(held, abs=0.01)
    assert integrated_loudness(kept.path) > -50
    assert not capture.path.exists()
