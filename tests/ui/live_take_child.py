"""A window-side live reading in a process of its own, for the crash test (tests/ui/test_voice_take_crash.py):
the station's real playout engine starts a live reading and the real prompter records it from the default input
(the test microphone). Prints `airing N`, `flowing`, then `seconds S` (what the take holds) every 100 ms, until
it is killed.

    python -m tests.ui.live_take_child DB
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(db: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.playout import PlayoutEngine
    from app.station import Station
    from ui.live_reading_dialog import PrompterDialog
    from ui.playout_driver import PlayoutDriver

    app = QApplication(["live_take_child"])
    station = Station.open(db)
    driver = PlayoutDriver.for_station(station)
    driver.start()
    airing_id = driver.act(driver.engine.start_live, "Họp tổ dân phố số 3", "Xây dựng nếp sống văn minh")
    print(f"airing {airing_id}", flush=True)
    prompter = PrompterDialog(station, title="Họp tổ dân phố số 3", text="Kính thưa bà con…", airing_id=airing_id)
    prompter.show()
    assert prompter.capture is not None, prompter.record_label.text()
    prompter.capture.flowing.connect(lambda: print("flowing", flush=True))
    report = QTimer()
    report.timeout.connect(lambda: print(f"seconds {prompter.capture.seconds:.3f}", flush=True))
    report.start(100)
    assert isinstance(driver.engine, PlayoutEngine)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
