"""Thiết bị nghe thử: previews go to their own output, never on air unless the operator agrees, never logged.
Two PulseAudio null sinks stand for the amplifier (truyenthanh_test) and the headphones (truyenthanh_preview);
each sink's monitor is recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import segments, service_install
from tests.audio_fixtures import add_segment
from tests.pulse_sink import PREVIEW_SINK, SINK
from tests.ui.dialogs import DialogAnswerer


def tone(station, seconds: float = 1.5):
    segment = add_segment(station.db, station.paths.data_dir, title="Bản nghe thử", seconds=seconds)
    return segments.segment_audio(station.db, station.paths.data_dir, [segment])[segment].path


def make_preview(qtbot, path):
    from ui.audio_preview import AudioPreview

    widget = AudioPreview()
    qtbot.addWidget(widget)
    widget.show()
    widget.load(path)
    qtbot.waitUntil(lambda: widget.player.duration() > 1000, timeout=10_000)
    return widget


def play_through(qtbot, widget) -> None:
    """Click Nghe thử and wait for the file to play to its end."""
    qtbot.mouseClick(widget.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(widget.is_playing, timeout=10_000)
    qtbot.waitUntil(lambda: not widget.is_playing(), timeout=10_000)
    qtbot.wait(300)  # the sound server's latency: the last block reaches the monitor


@pytest.mark.sound
def test_preview_sounds_only_in_the_preview_sink_and_is_not_logged(pulse_sink, station, qtbot):
    from ui.audio_preview import ROUTING, configure_preview
    from ui.qt_player import output_devices

    assert {SINK, PREVIEW_SINK} <= set(dict(output_devices()))
    station.update_settings({"audio_output": SINK, "preview_output": PREVIEW_SINK})
    configure_preview(station.settings)
    assert not ROUTING.on_air
    widget = make_preview(qtbot, tone(station))
    with pulse_sink.record(SINK) as on_air, pulse_sink.record(PREVIEW_SINK) as headphones:
        play_through(qtbot, widget)  # no question: the preview device is not the on-air one
        heard_on_air, heard_in_headphones = on_air.stop(), headphones.stop()
    assert heard_on_air.spans() == [], "the ward heard the preview"
    [sound] = heard_in_headphones.spans()
    assert sound.length == pytest.approx(1.5, abs=0.3)
    assert station.db["airings"].count == 0  # previews are never logged


@pytest.mark.sound
def test_preview_on_the_on_air_device_asks_first(pulse_sink, station, qtbot):
    from ui.audio_preview import ROUTING, configure_preview

    station.update_settings({"audio_output": SINK, "preview_output": ""})  # the default output is the amplifier
    configure_preview(station.settings)
    assert ROUTING.on_air
    widget = make_preview(qtbot, tone(station, 1.0))
    with pulse_sink.record(SINK) as on_air:
        answers = DialogAnswerer("Không nghe thử")
        qtbot.mouseClick(widget.play_button, Qt.MouseButton.LeftButton)
        answers.stop()
        assert "cả phường sẽ nghe thấy" in answers.seen[0]
        qtbot.wait(800)
        assert not widget.is_playing()
        answers = DialogAnswerer("Nghe thử qua loa")
        play_through(qtbot, widget)
        answers.stop()
        heard = on_air.stop()
    [_sound] = heard.spans()  # only the agreed one
    assert heard.sounding_seconds() == pytest.approx(1.0, abs=0.3)  # the tone, whole
    assert station.db["airings"].count == 0


def test_settings_rows_preview_device_and_start_at_login(qtbot, station, tmp_path, monkeypatch):
    from ui.audio_preview import ROUTING
    from ui.main_window import MainWindow

    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    win = MainWindow(station, playout=None)
    qtbot.addWidget(win)
    try:
        page = win.page("settings")
        assert not page.start_at_login.isChecked()
        combo = page.preview_device
        assert combo.itemText(0) == "Thiết bị mặc định của máy"
        if combo.count() > 1:
            combo.setCurrentIndex(combo.count() - 1)
        chosen = combo.currentData()
        page.start_at_login.setChecked(True)
        answers = DialogAnswerer("OK")
        page.save_button.click()
        answers.stop()
        assert station.settings.preview_output == chosen and ROUTING.preview_device == chosen
        entry = service_install.entry_path(service_install.default_kind())
        assert entry.is_file() and str(station.paths.database) in entry.read_text("utf-8")
        assert station.settings.start_at_login
        page.start_at_login.setChecked(False)
        answers = DialogAnswerer("OK")
        page.save_button.click()
        answers.stop()
        assert not entry.exists() and not station.settings.start_at_login
    finally:
        win.shutdown()
