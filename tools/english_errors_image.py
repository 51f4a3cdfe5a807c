"""Make docs/english-errors.png: the English window (1366x768) telling the operator why a text file cannot
become a bulletin, in English and with English numbers (tests/ui/test_english_errors.py checks the words).

    .venv/bin/python tools/english_errors_image.py [OUT.png]      (default: docs/english-errors.png)

A fresh station in a temporary folder with a few bulletins; Bản tin imports a file too long for a bulletin
and the error dialog is grabbed over the window where Qt placed it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from app.bulletins import MAX_BODY_CHARS, create_bulletin  # noqa: E402
from app.station import Station  # noqa: E402
from ui.application import install_translator  # noqa: E402
from ui.bulletins_page import BulletinsPage  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

BULLETINS = [
    ("Lịch tiêm chủng tháng 12", "Y tế", "Trạm y tế phường thông báo lịch tiêm chủng mở rộng cho trẻ em."),
    ("Cảnh giác lừa đảo qua mạng", "Phòng chống lừa đảo qua mạng", "Người dân không cung cấp mã OTP cho ai."),
    ("Ra quân dọn vệ sinh cuối tuần", "Môi trường", "Sáng Chủ nhật, các tổ dân phố ra quân dọn vệ sinh."),
]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "english-errors.png"
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    app.setStyle("Fusion")
    assert install_translator(app, "en") is not None
    with tempfile.TemporaryDirectory() as folder:
        station = Station.open(Path(folder) / "truyenthanh.db")
        for title, topic, body in BULLETINS:
            create_bulletin(station.db, title=title, topic=topic, body=body)
        long_file = Path(folder) / "cong-van-tong-hop.txt"
        long_file.write_text("Thông báo lịch tiêm chủng. " * (MAX_BODY_CHARS // 27 + 500), encoding="utf-8")
        window = MainWindow(station)
        window.resize(1366, 768)
        window.show()
        window.show_page("bulletins")
        done: list[bool] = []

        def grab() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox) or not box.isVisible():
                return
            timer.stop()
            for _ in range(10):
                app.processEvents()
            picture = window.grab()
            painter = QPainter(picture)
            painter.drawPixmap(box.geometry().topLeft() - window.geometry().topLeft(), box.grab())
            painter.end()
            picture.save(str(out))
            print(f"{out}: {box.text()}")
            done.append(True)
            box.accept()

        timer = QTimer()
        timer.timeout.connect(grab)
        timer.start(50)
        page = window.page("bulletins")
        assert isinstance(page, BulletinsPage)
        page.import_text_file(long_file)
        while not done:
            app.processEvents()
        window.shutdown()
        window.runner.wait_all(10_000)
        station.close()


if __name__ == "__main__":
    main()
