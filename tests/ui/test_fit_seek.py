"""The preview's seek bar jumps where it is clicked, and playing goes on from there (a real file, real player)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app import segments
from tests.audio_fixtures import add_segment
from ui.audio_preview import AudioPreview, clock

SECONDS = 10


def test_a_click_on_the_seek_bar_jumps_there(qtbot, station):
    segment = add_segment(station.db, station.paths.data_dir, title="Bản nghe thử", seconds=SECONDS)
    path = segments.segment_audio(station.db, station.paths.data_dir, [segment])[segment].path
    widget = AudioPreview()
    qtbot.addWidget(widget)
    widget.resize(600, 50)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(path)
    qtbot.waitUntil(lambda: widget.player.duration() > (SECONDS - 1) * 1000, timeout=10_000)
    slider = widget.slider
    duration = widget.player.duration()

    for fraction in (0.75, 0.3):
        x = round(slider.width() * fraction)
        qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(x, slider.height() // 2))
        # Where the click was, within the handle's half width; Qt's own slider stepped one page (5 s) toward it.
        assert abs(slider.value() / duration - fraction) < 0.06, (slider.value(), duration)
        expected = slider.value_at(x)
        assert slider.value() == expected
        qtbot.waitUntil(lambda at=expected: abs(widget.player.position() - at) < 300, timeout=5_000)
        assert widget.time_label.text().startswith(clock(expected) + " /")
