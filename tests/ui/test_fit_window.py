"""The main window on a small office screen: it fits 1366 px in either language, opens inside the screen's free
area, and comes back as the operator left it (size, position, maximised)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect, QSettings, QSize

from ui.main_window import MainWindow
from ui.window_geometry import PREFERRED_SIZE, fitted_geometry

AREAS = ["bulletins", "schedule", "on_air", "log", "reports", "settings"]
SMALL_SCREEN_WIDTH = 1366


@pytest.fixture
def preferences(tmp_path):
    """A preferences file of its own: nothing is written under the real HOME."""
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


def open_window(qtbot, station, preferences=None) -> MainWindow:
    window = MainWindow(station, preferences=preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def widest_page(window: MainWindow) -> int:
    for key in AREAS:  # every page built and shown once: some build their contents when first shown
        window.show_page(key)
    return window.minimumSizeHint().width()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_window_fits_a_1366_px_screen_with_every_page_built(qtbot, station, language, request):
    if language == "en":
        request.getfixturevalue("english")
    window = open_window(qtbot, station)
    try:
        assert widest_page(window) <= SMALL_SCREEN_WIDTH
    finally:
        window.shutdown()


def test_the_fitted_window_leaves_the_taskbar_visible():
    # 1366x768 with a 40 px taskbar at the bottom; a window manager's frame of 8 px sides and a 32 px title.
    available = QRect(0, 0, 1366, 728)
    inner = fitted_geometry(available, QSize(16, 40))
    frame = inner.adjusted(-8, -32, 8, 8)
    assert available.contains(frame), frame
    assert inner.size() == QSize(1280, 728 - 40)
    wider = fitted_geometry(available, QSize(16, 40), QSize(1300, 600))
    assert wider.width() == 1300 and available.contains(wider.adjusted(-8, -32, 8, 8))
    roomy = fitted_geometry(QRect(0, 0, 1920, 1040), QSize(16, 40))
    assert roomy.size() == PREFERRED_SIZE and QRect(0, 0, 1920, 1040).contains(roomy.adjusted(-8, -32, 8, 8))


SMALL_SCREEN = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from app.station import Station
from ui.main_window import MainWindow

app = QApplication([])
folder = Path(sys.argv[1])
station = Station.open(folder / "station" / "truyenthanh.db")
preferences = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
seen = {}

def opened():
    window = MainWindow(station, preferences=preferences)
    window.show()
    for _ in range(20):
        app.processEvents()
    return window

window = opened()
frame, screen = window.frameGeometry(), window.screen().availableGeometry()
seen.update(screen=screen.getRect(), first_inside=screen.contains(frame), first=frame.getRect())
window.grab().save(str(folder / "window.png"))
window.setGeometry(30, 40, 1310, 650)
app.processEvents()
seen["left"] = window.geometry().getRect()
window.close_for_good()
window = opened()
seen["restored"] = window.geometry().getRect()
window.setGeometry(20, 30, 1320, 660)
app.processEvents()
seen["hidden"] = window.geometry().getRect()
window.go_to_background()  # into the tray, then stopped from there while hidden
window.close_for_good()
window = opened()
seen["after_tray"] = window.geometry().getRect()
window.close_for_good()
station.close()
print(json.dumps(seen))
"""


def test_on_a_1366x768_screen_the_window_fits_and_comes_back_where_it_was_left(tmp_path, db_path):
    """A real 1366x768 screen (Qt's offscreen platform told so): the whole window, frame included, is on it at the
    first start; then it reopens with the size and position it was closed with, or hidden into the tray with."""
    config = tmp_path / "screen.json"
    screens = [{"name": "office", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1}]
    config.write_text(json.dumps({"screens": screens}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", SMALL_SCREEN, str(tmp_path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["screen"] == [0, 0, 1366, 768]
    assert seen["first_inside"], seen
    assert seen["left"] == [30, 40, 1310, 650]
    assert seen["restored"] == seen["left"]
    assert seen["after_tray"] == seen["hidden"] == [20, 30, 1320, 660]
    assert (tmp_path / "window.png").stat().st_size > 0


def test_maximised_comes_back_maximised(qtbot, station, preferences):
    window = open_window(qtbot, station, preferences)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close_for_good()

    again = open_window(qtbot, station, preferences)
    try:
        assert again.isMaximized()
    finally:
        again.close_for_good()
