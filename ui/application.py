"""Starting the window: Qt application, language, error dialog of last resort, the station."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import StationError
from app.logging_setup import configure_logging
from app.paths import StationPaths
from app.startup_checks import Problem
from app.storage_faults import storage_error

log = logging.getLogger(__name__)
I18N_DIR = Path(__file__).with_name("i18n")


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Source strings are Vietnamese; English comes from ui/i18n/truyenthanh_en.qm."""
    if language != "en":
        return None
    translator = QTranslator(app)
    if translator.load(str(I18N_DIR / "truyenthanh_en.qm")):
        app.installTranslator(translator)
        return translator
    log.warning("English translation not found in %s", I18N_DIR)
    return None


def show_error(parent, error: BaseException) -> None:
    """The one place the window tells the operator something went wrong."""
    title = QApplication.translate("Errors", "Có lỗi")
    if isinstance(error, StationError):
        QMessageBox.warning(parent, title, QApplication.translate("Errors", str(error)))
    else:
        QMessageBox.critical(parent, title, str(error))


def install_excepthook(log_file: Path) -> None:
    """An unexpected exception is logged and explained; the window keeps running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        error = storage_error(error) or error  # a full disk or read-only medium, said plainly
        if isinstance(error, StationError):
            show_error(QApplication.activeWindow(), error)
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            QApplication.translate("Errors", "Lỗi không mong đợi"),
            QApplication.translate(
                "Errors",
                "Phần mềm gặp lỗi không mong đợi nhưng vẫn tiếp tục chạy.\n\n{error}\n\n"
                "Chi tiết đã được ghi vào tệp nhật ký:\n{path}",
            ).format(error=f"{kind.__name__}: {error}", path=log_file),
        )

    sys.excepthook = hook


def _configure_logging(paths: StationPaths) -> Path:
    """The station's log file; a temporary one when its folder cannot be written (the checks say why)."""
    try:
        return configure_logging(paths.log_dir)
    except OSError:
        import tempfile

        return configure_logging(Path(tempfile.gettempdir()) / "truyenthanh-logs")


def show_startup_warnings(window, warnings: list[Problem]) -> None:
    if not warnings:
        return
    text = "\n\n".join(QApplication.translate("Errors", problem.message) for problem in warnings)
    QMessageBox.warning(window, QApplication.translate("Errors", "Cần chú ý"), text)


def attach_station_guards(window, opened) -> object | None:
    """Read-only title, the chain warning for Nhật ký and reports, the daily backup, restore closes the window."""
    from ui.backup_panel import BackupPanel
    from ui.daily_backup import DailyBackupTimer

    station = opened.station
    if station.read_only:
        window.setWindowTitle(
            window.windowTitle() + QApplication.translate("MainWindow", " — CHỈ XEM (không phát, không ghi)")
        )
    window.setProperty("chain_warning", opened.chain_warning or "")
    panel = window.findChild(BackupPanel)
    if panel is not None:
        panel.restored.connect(lambda _result: window.close())
    if station.read_only:
        return None
    timer = DailyBackupTimer(station, window.runner, parent=window)
    timer.backup_failed.connect(
        lambda message: QMessageBox.warning(window, QApplication.translate("Errors", "Sao lưu"), message)
    )
    if panel is not None:
        timer.backup_made.connect(lambda _path: panel.refresh())
    timer.start()
    return timer


def run_gui(database: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Truyền Thanh Phường")
    app.setOrganizationName("truyenthanh")
    paths = StationPaths.for_database(database)
    log_file = _configure_logging(paths)
    install_excepthook(log_file)

    from ui.station_opener import open_station_interactively

    opened = open_station_interactively(database)
    if opened is None:
        return 1
    station = opened.station
    language = station.settings.language
    install_translator(app, language)
    if language != "en":  # numbers with a decimal comma, Vietnamese month names in calendars
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))

    from ui.main_window import MainWindow

    window = MainWindow(station, log_file=log_file)
    daily_backup = attach_station_guards(window, opened)
    window.show()
    log.info("main window shown: %s", station.paths.database)
    QTimer.singleShot(0, lambda: show_startup_warnings(window, opened.warnings))
    code = app.exec()
    if daily_backup is not None:
        daily_backup.stop()
    window.shutdown()
    opened.close()
    return code
