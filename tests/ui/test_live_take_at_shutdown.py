"""A live reading ended just before the window closes: its take is still being encoded on a worker when the page
shuts down, and it is tied to its airing all the same (ui/tasks.TaskRunner.wait_all delivers the queued result
before the station closes). Without that, the proof of what was said was lost to a quick close."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.bulletins import create_bulletin
from app.voice_recording import airing_recording_intact, find_airing_recording
from tests.ui.test_voice_live_reading import BODY, page, rig, start_reading  # noqa: F401 (fixtures)
from tests.voice_fixtures import spoken_wav


def test_a_take_still_encoding_when_the_page_shuts_down_is_kept(pulse_sink, station, rig, page, qtbot):  # noqa: F811
    create_bulletin(station.db, title="Họp tổ dân phố số 3", topic="Xây dựng nếp sống văn minh", body=BODY)
    rig.start()
    prompter = start_reading(qtbot, page, "Họp tổ dân phố số 3")
    qtbot.waitUntil(lambda: prompter.capture.seconds > 0.2, timeout=5000)
    wav, voice_s = spoken_wav()
    player = pulse_sink.speak_into_mic(wav)
    qtbot.waitUntil(lambda: player.poll() is not None, timeout=20_000)
    qtbot.wait(900)
    airing_id = prompter.airing_id

    qtbot.mouseClick(prompter.end_button, Qt.MouseButton.LeftButton)  # the take goes to a worker
    page.shutdown()  # the window closes at once, as the operator may
    kept = find_airing_recording(station.db, station.paths.data_dir, airing_id)
    assert kept is not None and kept.duration_s >= voice_s
    assert airing_recording_intact(station.db, station.paths.data_dir, airing_id)
