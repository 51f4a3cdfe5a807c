"""Phát sóng keeps still: the five big buttons stay where they are when an item starts or a live reading begins
(an operator aims at them), at the page size a 1366x768 screen gives. Real engine, fake clock (playout_fakes)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QRect, Qt

from app import schedule_store
from tests.ui.modal_helpers import WhenDialog
from tests.ui.playout_fakes import PlayoutRig
from ui.live_reading_dialog import LiveReadingDialog
from ui.tasks import TaskRunner

DAY = date(2025, 3, 17)
# The page's share of a 1366x768 screen: less the navigation list, title bar, taskbar and status bar.
PAGE_SIZE = (1140, 640)


def at(clock: str) -> datetime:
    return datetime.combine(DAY, time.fromisoformat(clock))


@pytest.fixture
def rig(station):
    made = PlayoutRig(station, at("05:59:50"))
    yield made
    made.stop()


@pytest.fixture
def page(qtbot, station, rig):
    from ui.on_air_page import OnAirPage

    a = rig.segment("Cảnh giác cuộc gọi giả danh công an trên không gian mạng dịp cuối năm, tết Nguyên đán", 60)
    window_id = schedule_store.add_window(rig.db, name="Bản tin sáng", start=time(6), end=time(6, 30))
    schedule_store.add_window_item(rig.db, window_id, a, created_at=at("05:00"))
    widget = OnAirPage(station, TaskRunner(), playout=rig.driver)
    qtbot.addWidget(widget)
    widget.resize(*PAGE_SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def button_places(page, qtbot) -> list[QRect]:
    qtbot.wait(20)  # the layout settles on the next turn of the event loop
    buttons = (page.play_now_button, page.skip_button, page.stop_button, page.emergency_button, page.live_button)
    return [
        button.geometry().translated(button.parentWidget().mapTo(page, button.pos()) - button.pos())
        for button in buttons
    ]


def test_the_big_buttons_keep_still_when_an_item_starts(page, rig, qtbot):
    rig.start()
    idle = button_places(page, qtbot)
    rig.run_until(at("06:00:15"))
    assert page.badge.text().strip() == "ĐANG PHÁT"
    assert button_places(page, qtbot) == idle


def test_the_big_buttons_keep_still_when_a_live_reading_begins(page, rig, qtbot):
    rig.start()
    rig.run_until(at("05:59:52"))
    idle = button_places(page, qtbot)

    def fill(dialog: LiveReadingDialog) -> None:
        dialog.title_edit.setText("Thông báo họp tổ dân phố số 3 về việc tổng vệ sinh môi trường cuối tuần")
        dialog.ok_button.click()

    filler = WhenDialog(LiveReadingDialog, fill)
    qtbot.mouseClick(page.live_button, Qt.MouseButton.LeftButton)
    filler.check()
    rig.act()
    assert page.badge.text().strip() == "ĐANG ĐỌC TRỰC TIẾP"
    assert button_places(page, qtbot) == idle


def test_the_status_bar_clock_shows_the_big_clocks_second(qtbot, station):
    from ui.main_window import MainWindow

    window = MainWindow(station)
    qtbot.addWidget(window)
    window.show()
    try:
        seen = set()
        for _ in range(25):  # 2.5 s: both labels across two or three second boundaries
            qtbot.wait(100)
            big = window.on_air_page.clock_label.text()
            assert window.clock_label.text().startswith(big + "  "), (big, window.clock_label.text())
            seen.add(big)
        assert len(seen) >= 2  # the clocks moved meanwhile
    finally:
        window.shutdown()


def test_the_timelines_first_hour_label_is_whole(qtbot):
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.day_timeline import DayTimeline

    timeline = DayTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(800, 54)
    timeline.set_state((), at("08:00"))
    image = timeline.grab().toImage()
    small = QFont(timeline.font())
    small.setPointSize(max(7, small.pointSize() - 1))
    text_width = QFontMetrics(small).horizontalAdvance("00h")

    def inked(x: int) -> bool:  # the labels' dark grey, under the tick marks
        return any(image.pixelColor(x, y).lightness() < 140 for y in range(39, 52))

    columns = [x for x in range(0, int(text_width) + 12) if inked(x)]
    assert columns, "no label drawn at 00h"
    assert columns[0] >= 1  # not cut by the widget's left edge
    assert columns[-1] - columns[0] + 1 >= 0.8 * text_width  # all of "00h", not ")0h"
