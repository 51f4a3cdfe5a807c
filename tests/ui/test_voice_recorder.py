"""Ghi âm giọng đọc with a real input: the test PulseAudio server's microphone (a null sink remapped into a
source, tests/pulse_sink.py) hears espeak-ng played into it. Recorded, paused, retaken, trimmed (silencedetect),
mastered (ebur128 within 1 LU of the station's target), listened to through the preview sink, kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.bulletins import create_bulletin
from audio.content_store import file_sha256
from tests.pulse_sink import PREVIEW_SINK, SINK
from tests.voice_fixtures import edge_silences, integrated_loudness, spoken_wav

pytestmark = pytest.mark.sound


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(qtbot, station, **options):
    from ui.voice_recorder_dialog import VoiceRecorderDialog

    bulletin = create_bulletin(
        station.db, title="Họp tổ dân phố", topic="Xây dựng nếp sống văn minh", body="Kính thưa bà con..."
    )
    dialog = VoiceRecorderDialog(
        station, bulletin_id=bulletin, bulletin_title="Họp tổ dân phố", topic="Xây dựng nếp sống văn minh", **options
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, bulletin


def speak(qtbot, pulse_sink, dialog, wav: Path) -> None:
    """Wait until samples flow, play `wav` into the microphone, and wait until its end has been captured."""
    qtbot.waitUntil(lambda: dialog.capture.seconds > 0.2, timeout=5000)
    assert dialog.status_label.text().startswith("Đang ghi…")  # said only once samples flow
    player = pulse_sink.speak_into_mic(wav)
    qtbot.waitUntil(lambda: player.poll() is not None, timeout=20_000)
    assert player.returncode == 0, player.stderr.read()
    qtbot.wait(900)  # the server's and Qt's buffers: the tail reaches the take


def listen_in_headphones(qtbot, pulse_sink, dialog, voice_s: float) -> None:
    """Listened to through the preview device (the operator's headphones), not the ward's loudspeakers."""
    with pulse_sink.record(SINK) as on_air, pulse_sink.record(PREVIEW_SINK) as headphones:
        click(qtbot, dialog.preview.play_button)
        qtbot.waitUntil(dialog.preview.is_playing, timeout=10_000)
        qtbot.waitUntil(lambda: not dialog.preview.is_playing(), timeout=20_000)
        qtbot.wait(300)
        heard_on_air, heard = on_air.stop(), headphones.stop()
    assert heard_on_air.spans() == []
    assert sum(span.length for span in heard.spans()) > voice_s * 0.5


def test_a_take_is_recorded_trimmed_mastered_heard_and_kept(pulse_sink, station, qtbot, tmp_path):
    from ui.audio_preview import configure_preview

    station.update_settings({"audio_output": SINK, "preview_output": PREVIEW_SINK, "loudness_target_lufs": "-18"})
    configure_preview(station.settings)
    wav, voice_s = spoken_wav()
    dialog, bulletin = open_dialog(qtbot, station)
    assert dialog.input_choice.currentText() == "Truyen_Thanh_Micro"  # the system's default input
    assert not dialog.no_input_label.isVisible()
    assert not dialog.keep_button.isEnabled() and not dialog.stop_button.isEnabled()

    click(qtbot, dialog.record_button)
    temp_folder = dialog.capture.folder
    speak(qtbot, pulse_sink, dialog, wav)  # a first reading, thrown away by the retake
    click(qtbot, dialog.retake_button)
    assert dialog.capture.seconds < 0.5  # the take starts again

    # Paused: the meter still moves with the voice, but nothing is written.
    click(qtbot, dialog.pause_button)
    assert dialog.pause_button.text() == "Tiếp tục"
    paused_at = dialog.capture.seconds
    player = pulse_sink.speak_into_mic(wav)
    meter = []
    while player.poll() is None:
        qtbot.wait(100)
        meter.append(dialog.meter.levels.rms_dbfs)
    assert max(meter) > -45, meter  # live levels from the captured samples, ten times a second
    assert dialog.capture.seconds == pytest.approx(paused_at, abs=0.01)
    qtbot.wait(900)
    click(qtbot, dialog.pause_button)  # Tiếp tục
    speak(qtbot, pulse_sink, dialog, wav)
    click(qtbot, dialog.stop_button)
    qtbot.waitUntil(lambda: dialog.candidate is not None or "giây" in dialog.status_label.text(), timeout=30_000)
    assert dialog.candidate is not None, dialog.status_label.text()
    assert not temp_folder.exists()  # the raw take is gone as soon as it was mastered

    candidate = dialog.candidate.stored_path
    # Trimmed: only the voice (espeak's own short edges), no second reading, no long silences at either end.
    assert dialog.candidate.duration_s == pytest.approx(voice_s, abs=0.6)
    leading, trailing = edge_silences(candidate)
    assert leading == 0 and trailing == 0, (leading, trailing)
    assert integrated_loudness(candidate) == pytest.approx(-18.0, abs=1.0)

    listen_in_headphones(qtbot, pulse_sink, dialog, voice_s)

    assert dialog.title_edit.text() == "Họp tổ dân phố (giọng đọc)"
    click(qtbot, dialog.keep_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    row = station.db["segments"].get(dialog.segment_id)
    assert (row["kind"], row["bulletin_id"], row["title"]) == ("recording", bulletin, "Họp tổ dân phố (giọng đọc)")
    stored = station.paths.data_dir / row["audio_path"]
    assert stored == candidate and stored.is_file()
    assert row["audio_sha256"] == file_sha256(stored)
    assert row["loudness_lufs"] == pytest.approx(-18.0, abs=1.0)


def test_cancel_after_recording_leaves_nothing(pulse_sink, station, qtbot):
    wav, _ = spoken_wav()
    dialog, _ = open_dialog(qtbot, station)
    click(qtbot, dialog.record_button)
    temp_folder = dialog.capture.folder
    speak(qtbot, pulse_sink, dialog, wav)
    click(qtbot, dialog.stop_button)
    qtbot.waitUntil(lambda: dialog.candidate is not None, timeout=30_000)
    candidate = dialog.candidate.stored_path
    assert candidate.is_file()
    click(qtbot, dialog.cancel_button)
    assert not candidate.exists() and not temp_folder.exists()
    assert station.db["segments"].count == 0


def test_a_silent_take_is_refused_and_not_kept(pulse_sink, station, qtbot):
    dialog, _ = open_dialog(qtbot, station)
    click(qtbot, dialog.record_button)
    qtbot.waitUntil(lambda: dialog.capture.seconds > 1.0, timeout=5000)  # the microphone hears nothing
    click(qtbot, dialog.stop_button)
    qtbot.waitUntil(lambda: "không có tiếng nói" in dialog.status_label.text(), timeout=10_000)
    assert dialog.candidate is None and not dialog.keep_button.isEnabled()
    assert list(station.paths.audio_store.rglob("*.mp3")) == []
    assert dialog.record_button.isEnabled()  # the operator can record again


def test_no_microphone_says_so_and_records_nothing(station, qtbot):
    dialog, _ = open_dialog(qtbot, station, devices=[])  # what Qt lists on a PC with no input at all
    assert dialog.no_input_label.isVisible()
    assert dialog.no_input_label.text().startswith("Không tìm thấy micrô nào trên máy này.")
    assert not dialog.record_button.isEnabled() and not dialog.keep_button.isEnabled()
    dialog.record()  # even called directly: nothing starts
    assert dialog.capture is None


def test_the_bulletins_page_opens_the_recorder_for_the_saved_bulletin(station, qtbot):
    from tests.ui.modal_helpers import WhenDialog
    from ui.bulletins_page import BulletinsPage
    from ui.tasks import TaskRunner
    from ui.voice_recorder_dialog import VoiceRecorderDialog

    bulletin = create_bulletin(station.db, title="Họp tổ dân phố", topic="Xây dựng nếp sống văn minh", body="Kính thưa")
    runner = TaskRunner()
    page = BulletinsPage(station, runner)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.new_bulletin()
    assert not page.voice_button.isEnabled()  # a bulletin not saved yet has nothing to attach the take to
    page.table.selectRow(page.model.row_of(bulletin))
    qtbot.waitUntil(lambda: page.editor.bulletin_id == bulletin, timeout=5000)
    assert page.voice_button.isEnabled() and page.voice_button.text() == "Ghi âm giọng đọc"
    seen = {}

    def look(dialog: VoiceRecorderDialog) -> None:
        seen.update(bulletin=dialog.bulletin_id, title=dialog.title_edit.text(), topic=dialog.topic_combo.currentText())
        dialog.reject()

    opener = WhenDialog(VoiceRecorderDialog, look)
    qtbot.mouseClick(page.voice_button, Qt.MouseButton.LeftButton)
    opener.check()
    assert seen == {"bulletin": bulletin, "title": "Họp tổ dân phố (giọng đọc)", "topic": "Xây dựng nếp sống văn minh"}
    assert station.db["segments"].count == 0
    qtbot.waitUntil(lambda: not page.editor.preview_pending(), timeout=10_000)  # before the station closes
    page.shutdown()
    runner.wait_all(15_000)
