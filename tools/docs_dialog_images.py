"""Make the dialog pictures in docs/, each over the window at 1366x768 as the operator sees it: the first start's
welcome, the open-file dialog (Qt's own, in Vietnamese), the print dialog, Phát ngay and Đọc trực tiếp.

    .venv/bin/python tools/docs_dialog_images.py [OUT_DIR]      (default: docs/)

A new station is made for real (its sample bulletins, a morning window with two items); the playout engine runs
on the test suite's fake clock and player, so no sound card is needed. Offscreen, a dialog is its own picture:
it is painted over the window's, centred, where Qt places it on a real screen."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale, QPoint, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton, QWidget  # noqa: E402

from app import schedule_store  # noqa: E402
from app.station import Station  # noqa: E402
from tests.ui.playout_fakes import PlayoutRig  # noqa: E402
from ui.application import install_translator  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

SIZE = (1366, 768)
DAY = date(2026, 12, 2)


def settle(rounds: int = 20) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(rounds):
        app.processEvents()


def over(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window's picture, dimmed a little as a modal dialog makes it look, with the dialog centred on it."""
    picture = window.grab()
    painter = QPainter(picture)
    if isinstance(dialog, QDialog) and dialog.isModal():
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 40))
    face = dialog.grab()
    corner = QPoint((picture.width() - face.width()) // 2, max(0, (picture.height() - face.height()) // 3))
    painter.fillRect(face.rect().translated(corner).adjusted(-1, -1, 1, 1), QColor("#7a7a7a"))  # its frame
    painter.drawPixmap(corner, face)
    painter.end()
    return picture


def shoot_modal(window: QWidget, kind: type[QDialog], open_it: Callable[[], object], path: Path, prepare=None) -> None:
    """Open a modal dialog the way the window does; once it shows, picture it over the window and close it."""
    done: list[bool] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            return
        timer.stop()
        if prepare is not None:
            prepare(dialog)
        settle()
        over(window, dialog).save(str(path))
        done.append(True)
        dialog.reject()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(poll)
    timer.start()
    open_it()
    timer.stop()
    if not done:
        raise SystemExit(f"{kind.__name__} did not show for {path.name}")
    print("wrote", path)


def sample_files(folder: Path) -> Path:
    """A folder as an operator's looks: a few documents from the ward to open."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in (
        "Thong bao lich tiem chung thang 12.docx",
        "Ke hoach ra quan don dep ve sinh.docx",
        "Tin phong chong lua dao qua mang.txt",
        "Giay moi hop to dan pho.txt",
    ):
        (folder / name).write_bytes(b"x" * 2048)
    (folder / "Anh hoat dong").mkdir(exist_ok=True)
    return folder


def new_station(folder: Path) -> tuple[Station, PlayoutRig]:
    """A new station (its sample bulletins, welcome pending) with a morning window of two items."""
    station = Station.open(folder / "station" / "truyenthanh.db")
    rig = PlayoutRig(station, datetime.combine(DAY, time(5, 50)))
    first = rig.segment("Cảnh giác với cuộc gọi giả danh công an, ngân hàng", 95)
    second = rig.segment(
        "Văn hóa ứng xử văn minh trên mạng xã hội", 80, topic="Văn hóa ứng xử trên mạng xã hội", frequency=500
    )
    window_id = schedule_store.add_window(station.db, name="Bản tin sáng", start=time(6), end=time(6, 30))
    for segment_id in (first, second):
        schedule_store.add_window_item(station.db, window_id, segment_id, created_at=datetime(2026, 12, 1, 8, 0))
    return station, rig


def shoot_welcome(window: MainWindow, out: Path) -> None:
    welcome = window.offer_welcome()
    assert welcome is not None, "a new station shows the welcome"
    settle()
    over(window, welcome).save(str(out / "welcome.png"))
    print("wrote", out / "welcome.png")
    welcome.close()


def shoot_print_dialog(window: MainWindow, out: Path) -> None:
    window.show_page("reports")
    reports = window.reports_page
    for _ in range(200):
        settle(5)
        if reports.report is not None:
            break

    def options(dialog) -> None:  # the copies and page range the operator looks for
        for button in dialog.findChildren(QPushButton):
            if button.text().endswith(">>"):
                button.click()

    shoot_modal(window, QDialog, reports.print_report, out / "print-dialog.png", prepare=options)


def shoot_on_air_dialogs(window: MainWindow, out: Path) -> None:
    from ui.live_reading_dialog import LiveReadingDialog
    from ui.play_now_dialog import PlayNowDialog

    window.show_page("on_air")
    on_air = window.on_air_page
    settle()

    def pick(dialog) -> None:
        dialog.choices.setCurrentRow(0)

    shoot_modal(window, PlayNowDialog, on_air.play_selected, out / "play-now-dialog.png", prepare=pick)

    def fill(dialog) -> None:
        dialog.title_edit.setText("Thông báo lịch cắt điện khu phố 3 từ 8 giờ đến 11 giờ")

    shoot_modal(window, LiveReadingDialog, on_air.toggle_live, out / "live-reading-dialog.png", prepare=fill)


def main() -> None:
    out = (Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs").resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Truyền Thanh Phường")
    install_translator(app, "vi")  # Qt's own words in Vietnamese, as a Vietnamese station starts
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        station, rig = new_station(folder)
        window = MainWindow(station, playout=rig.driver)
        window.resize(*SIZE)
        window.show()
        rig.start()
        settle(40)
        shoot_welcome(window, out)

        documents = sample_files(folder / "Tai lieu")
        os.chdir(documents)  # "Nhập từ tệp Word/.txt…" opens where the program was started
        window.show_page("bulletins")
        shoot_modal(window, QFileDialog, window.bulletins_page.choose_text_file, out / "file-open-dialog.png")
        os.chdir(ROOT)

        shoot_print_dialog(window, out)
        shoot_on_air_dialogs(window, out)
        window.shutdown()
        window.close()
        station.close()


if __name__ == "__main__":
    main()
