"""Make docs/close-question.png and docs/tray-menu.png: the window closed with the morning broadcast ahead, then
the station playing on in the tray. A real X screen (Xvfb, 1366x768) with a real system tray (trayer), so the
pictures are what an operator sees; the station plays on the test suite's fake clock and player.

    .venv/bin/python tools/docs_operator_images.py [OUT_DIR]      (default: docs/; needs Xvfb, trayer, import)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WIDTH, HEIGHT = 1366, 768


def start_screen(folder: Path) -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=open(folder / "xvfb.log", "wb"),
    )
    os.close(write)
    with os.fdopen(read) as answer:
        display = f":{answer.readline().strip()}"
    return xvfb, display


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    for tool in ("Xvfb", "trayer", "import"):
        if not shutil.which(tool):
            sys.exit(f"{tool} missing: apt-get install xvfb trayer imagemagick")
    work = Path(tempfile.mkdtemp(prefix="truyenthanh-docs-tray-"))
    xvfb, display = start_screen(work)
    os.environ.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)  # the XEmbed tray, not a StatusNotifier host that is absent
    tray_host = subprocess.Popen(
        ["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "request", "--height", "32",
         "--transparent", "false", "--tint", "0x263238", "--SetDockType", "true"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        make_pictures(out, work)
    finally:
        tray_host.terminate()
        xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)


def make_pictures(out: Path, work: Path) -> None:
    from PySide6.QtCore import QEventLoop, QPoint, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

    from tests.playout_fakes import simulate_until

    qt_app = QApplication.instance() or QApplication(["truyenthanh"])  # kept alive for the whole run
    from ui.main_window import MainWindow

    station, clock, player, engine, driver = _station_at_dawn(work)
    today = clock.now.date()
    window = MainWindow(station, playout=driver)
    window.setGeometry(0, 0, WIDTH, HEIGHT - 34)  # above the tray's panel
    window.show()
    window.show_page("on_air")
    driver.start()

    def settle(ms: int = 600) -> None:
        loop = QEventLoop()  # not app.exec(): quitting the application would close (and ask for) the window
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shoot(name: str) -> None:
        target = out / name
        subprocess.run(["import", "-display", os.environ["DISPLAY"], "-window", "root", str(target)], check=True)
        print("saved", target)

    settle(1500)
    window.google_label.setText(window.tr("Giọng Google: sẵn sàng"))
    # the status bar shows the simulated station clock by itself: it follows the page's clock

    def answer_close_question() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(100, answer_close_question)
            return

        def shoot_then_answer() -> None:
            shoot("close-question.png")
            _click(box, "Tiếp tục phát nền")

        QTimer.singleShot(800, shoot_then_answer)

    QTimer.singleShot(200, answer_close_question)
    window.close()
    assert engine.running and QSystemTrayIcon.isSystemTrayAvailable(), "no system tray on this screen"
    # The station plays on in the background: the morning window starts on the (simulated) clock.
    simulate_until(clock, player, engine, datetime.combine(today, time(6, 0, 41)), step_s=1.0, tick=driver.tick)
    settle(1500)
    tray = window.tray
    assert tray is not None
    icon = tray.icon.geometry()
    menu = tray.menu
    size = menu.sizeHint()
    menu.popup(QPoint(min(icon.left(), WIDTH - size.width() - 4), icon.top() - size.height() - 2))
    settle(1000)
    shoot("tray-menu.png")
    menu.hide()
    window.close_for_good()
    station.close()
    del qt_app


def _station_at_dawn(work: Path):
    """A station at 05:20 with two items in the 06:00 window, on a simulated clock and a scripted player."""
    from app import schedule_store, segments
    from app.playout import PlayoutEngine
    from app.station import Station
    from tests.audio_fixtures import add_segment
    from tests.playout_fakes import FakeClock, ScriptedPlayer
    from ui.playout_driver import PlayoutDriver

    station = Station.open(work / "truyenthanh.db")
    station.update_settings({"operator_name": "Nguyễn Thị Hoa"})
    today = datetime.now().date()
    clock = FakeClock(datetime.combine(today, time(5, 20, 4)))
    player = ScriptedPlayer(clock)
    db, data = station.db, station.paths.data_dir
    items = [
        ("Cảnh giác cuộc gọi giả danh công an", 95, "Phòng chống lừa đảo qua mạng"),
        ("Ứng xử văn minh trên mạng xã hội", 70, "Văn hóa ứng xử trên mạng xã hội"),
        ("Lịch tiêm chủng mở rộng tháng 12", 60, "Phòng chống lừa đảo qua mạng"),
    ]
    morning = schedule_store.add_window(db, name="Bản tin sáng", start=time(6), end=time(6, 30))
    evening = schedule_store.add_window(db, name="Bản tin chiều", start=time(17), end=time(17, 30))
    for number, (title, seconds, topic) in enumerate(items):
        segment = add_segment(db, data, title=title, seconds=seconds, topic=topic)
        path = segments.segment_audio(db, data, [segment])[segment].path
        assert path is not None
        player.durations[path] = seconds
        schedule_store.add_window_item(db, morning if number < 2 else evening, segment)
    engine = PlayoutEngine(db, player, data_dir=data, clock=clock, operator="Nguyễn Thị Hoa", reload_every_s=3600)
    driver = PlayoutDriver(engine)
    return station, clock, player, engine, driver


def _click(box, label: str) -> None:
    for button in box.buttons():
        if button.text().replace("&", "") == label:
            button.click()
            return
    raise RuntimeError(f"no button {label!r}")


if __name__ == "__main__":
    main()
