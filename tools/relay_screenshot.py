"""Make docs/relay-on-air.png: a relay (tiếp sóng) on air in Phát sóng, at 1366x768, for real.

    .venv/bin/python tools/relay_screenshot.py [OUT_FILE]      (default: docs/relay-on-air.png)

A private PulseAudio null sink and an Icecast server on loopback (fed by ffmpeg) are started, as the relay
tests do; a station with a morning window, a sample bulletin and the relay is played by the real driver and
player; the window is grabbed offscreen once the relay has gone out for a few seconds.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pulse_sink import PulseServer  # noqa: E402
from tests.relay.icecast import IcecastServer  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "relay-on-air.png"
    folder = Path(tempfile.mkdtemp(prefix="truyenthanh-relay-shot-"))
    pulse = PulseServer(folder / "pulse").start()
    os.environ.update(pulse.client_vars())
    icecast = IcecastServer(folder / "icecast").start()
    try:
        shoot(out, folder, icecast)
    finally:
        icecast.stop()
        pulse.stop()


def shoot(out: Path, folder: Path, icecast: IcecastServer) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from app import schedule_store
    from app.relay.store import add_relay
    from app.station import Station
    from app.topics import find_topic
    from tests.audio_fixtures import add_segment

    app = QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    icecast.feed("thoisu.mp3", 1000)
    station = Station.open(folder / "truyenthanh.db")
    station.update_settings({"audio_output": "truyenthanh_test", "operator_name": "Nguyễn Thị Hoa"})
    data_dir = station.paths.data_dir
    now = station.now()
    fallback = add_segment(station.db, data_dir, title="Nhạc chờ của đài", seconds=4, frequency=440)
    fraud = add_segment(station.db, data_dir, title="Cảnh giác cuộc gọi giả danh công an", seconds=3)
    topic = find_topic(station.db, "Nghị quyết 35-NQ/TW") or find_topic(station.db, "An toàn thông tin")
    relay = add_relay(
        station.db,
        data_dir,
        title="Thời sự Đài Phát thanh và Truyền hình tỉnh",
        url=icecast.url("thoisu.mp3"),
        length_s=1800,
        created_at=now,
        fallback_segment_id=fallback,
        topic_id=topic[0] if topic else None,
    )
    start = (now + timedelta(seconds=7)).replace(microsecond=0)
    window = schedule_store.add_window(
        station.db, name="Tiếp sóng buổi chiều", start=start.time(), end=(start + timedelta(minutes=40)).time()
    )
    for segment_id in (relay, fraud):
        schedule_store.add_window_item(station.db, window, segment_id)

    from ui.main_window import MainWindow
    from ui.playout_driver import PlayoutDriver

    driver = PlayoutDriver.for_station(station)
    main_window = MainWindow(station, playout=driver)
    main_window.resize(1366, 768)
    main_window.show()
    main_window.show_page("on_air")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
        playing = driver.state().now_playing
        if playing is not None and playing.relay is not None and playing.relay.relayed_s >= 6:
            break
    else:
        raise SystemExit("the relay did not go on air")
    for _ in range(10):
        app.processEvents()
        time.sleep(0.02)
    out.parent.mkdir(parents=True, exist_ok=True)
    main_window.grab().save(str(out))
    print("saved", out)
    main_window.shutdown()
    station.close()


if __name__ == "__main__":
    main()
