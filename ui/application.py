"""Starting the window: Qt application, language, error dialog of last resort (ui/errors.py), the station."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path
from typing import cast

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.logging_setup import configure_logging
from app.paths import StationPaths
from app.startup_checks import Problem
from ui.daily_backup import DailyBackupTimer
from ui.errors import install_excepthook, interface_text
from ui.main_window import MainWindow
from ui.station_opener import OpenedStation, open_station_interactively
from ui.window_geometry import window_preferences

log = logging.getLogger(__name__)
I18N_DIR = Path(__file__).with_name("i18n")


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Source strings are Vietnamese; English comes from ui/i18n/truyenthanh_en.qm. In Vietnamese, the words Qt
    draws itself (file and print dialogs, standard buttons) come from ui/i18n/qt_vi.qm (tools/qt_vietnamese.py)."""
    name = "truyenthanh_en.qm" if language == "en" else "qt_vi.qm"
    translator = QTranslator(app)
    if translator.load(str(I18N_DIR / name)):
        app.installTranslator(translator)
        return translator
    log.warning("translation %s not found in %s", name, I18N_DIR)
    return None


def _configure_logging(paths: StationPaths) -> Path:
    """The station's log file; a temporary one when its folder cannot be written (the checks say why)."""
    try:
        return configure_logging(paths.log_dir)
    except OSError:
        return configure_logging(Path(tempfile.gettempdir()) / "truyenthanh-logs")


def show_startup_warnings(window: MainWindow, warnings: list[Problem]) -> None:
    if not warnings:
        return
    text = "\n\n".join(interface_text(problem.message) for problem in warnings)
    QMessageBox.warning(window, QApplication.translate("Errors", "Cần chú ý"), text)


def attach_station_guards(window: MainWindow, opened: OpenedStation) -> DailyBackupTimer | None:
    """Read-only title, the chain warning for Nhật ký and reports, the daily backup, restore closes the window."""
    station = opened.station
    if station.read_only:
        window.setWindowTitle(
            window.windowTitle() + QApplication.translate("MainWindow", " — CHỈ XEM (không phát, không ghi)")
        )
    if opened.background is not None:
        window.setWindowTitle(window.windowTitle() + QApplication.translate("MainWindow", " — đài đang phát nền"))
    window.setProperty("chain_warning", opened.chain_warning or "")
    panel = window.settings_page.backup_panel
    panel.restored.connect(lambda _result: window.close_for_good())
    if station.read_only:
        return None
    timer = DailyBackupTimer(station, window.runner, parent=window)
    timer.backup_failed.connect(
        lambda message: QMessageBox.warning(window, QApplication.translate("Errors", "Sao lưu"), message)
    )
    timer.backup_made.connect(lambda _path: panel.refresh())
    timer.start()
    return timer


def run_gui(database: Path | None) -> int:
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))  # the one a test made, or ours
    app.setApplicationName("Truyền Thanh Phường")
    app.setOrganizationName("truyenthanh")
    paths = StationPaths.for_database(database)
    log_file = _configure_logging(paths)
    install_excepthook(log_file)
    opened = open_station_interactively(database)
    if opened is None:
        return 1
    station = opened.station
    language = station.settings.language
    install_translator(app, language)
    if language != "en":  # numbers with a decimal comma, Vietnamese month names in calendars
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    window = MainWindow(station, log_file=log_file, background=opened.background, preferences=window_preferences())
    daily_backup = attach_station_guards(window, opened)
    window.show()
    log.info("main window shown: %s", station.paths.database)
    QTimer.singleShot(0, lambda: show_startup_warnings(window, opened.warnings))
    QTimer.singleShot(0, window.offer_welcome)
    code = app.exec()
    if daily_backup is not None:
        daily_backup.stop()
    window.shutdown()
    opened.close()
    return code
