"""Starting the window: Qt application, language, error dialog of last resort, the station."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import StationError
from app.logging_setup import configure_logging
from app.paths import StationPaths
from app.station import Station

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


def run_gui(database: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Truyền Thanh Phường")
    app.setOrganizationName("truyenthanh")
    paths = StationPaths.for_database(database)
    log_file = configure_logging(paths.log_dir)
    install_excepthook(log_file)
    try:
        station = Station.open(database)
    except StationError as exc:
        QMessageBox.critical(None, "Không mở được dữ liệu của đài", str(exc))
        return 1
    install_translator(app, station.settings.get("language", "vi"))
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))

    from ui.main_window import MainWindow

    window = MainWindow(station, log_file=log_file)
    window.show()
    code = app.exec()
    window.shutdown()
    station.close()
    return code
