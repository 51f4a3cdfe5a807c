"""docs/policy-settings.png: the broadcast-hour rules (Quy định giờ phát) in Cài đặt, on a fresh station set to
the "phường nội thành Hà Nội" preset, grabbed offscreen at 1366x768 with the group scrolled into view (the
window is never narrower than its widest page allows: 1374 px on a fresh station, for Nhật ký's filter row).

Usage: .venv/bin/python tools/docs_policy_image.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from app import policy  # noqa: E402
from app.playout import PlayoutEngine  # noqa: E402
from app.station import Station  # noqa: E402
from tests.playout_fakes import FakeClock, ScriptedPlayer  # noqa: E402

SIZE = (1366, 768)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    station = Station.open(Path(tempfile.mkdtemp(prefix="truyenthanh-policy-")) / "truyenthanh.db")
    station.update_settings(policy.rules_to_settings(policy.preset("ha-noi-noi-thanh").rules))

    from ui.main_window import MainWindow
    from ui.playout_driver import PlayoutDriver
    from ui.settings_page import SettingsPage

    clock = FakeClock(datetime(2026, 12, 1, 8, 30))
    engine = PlayoutEngine(station.db, ScriptedPlayer(clock), data_dir=station.paths.data_dir, clock=clock)
    window = MainWindow(station, playout=PlayoutDriver(engine))
    window.resize(*SIZE)
    window.show()
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    for _ in range(20):
        app.processEvents()
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(page.policy_group, 0, 8)
    scroll.verticalScrollBar().setValue(page.policy_group.y() - 8)
    for _ in range(20):
        app.processEvents()
    window.clock_label.setText(clock.now.strftime("%H:%M:%S  %d/%m/%Y"))
    path = out / "policy-settings.png"
    window.grab().save(str(path))
    print("saved", path)
    window.shutdown()
    station.close()


if __name__ == "__main__":
    main()
