"""Where the main window opens: fitted to the screen's free area (the taskbar left visible) on the first start,
then as the operator left it (size, position, maximised), remembered per computer in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED_SIZE = QSize(1280, 760)
GEOMETRY_KEY = "main_window/geometry"
# A title bar and borders the window manager adds before the window is shown (then it is known exactly).
FRAME_ESTIMATE = QSize(16, 40)


def window_preferences() -> QSettings:
    """This computer's preferences of the window (not the station's: the same station may be opened elsewhere)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "truyenthanh", "window")


def fitted_geometry(available: QRect, frame: QSize, minimum: QSize | None = None) -> QRect:
    """The window's inner rectangle: the preferred size (or the window's minimum, if larger) but no more than
    `available` holds, its frame centred inside `available`."""
    wanted = PREFERRED_SIZE.expandedTo(minimum) if minimum is not None else PREFERRED_SIZE
    width = min(wanted.width(), available.width() - frame.width())
    height = min(wanted.height(), available.height() - frame.height())
    left = available.left() + (available.width() - width - frame.width()) // 2 + frame.width() // 2
    top = available.top() + (available.height() - height - frame.height()) // 2 + frame.height() - frame.width() // 2
    return QRect(left, top, width, height)


def _frame_size(window: QWidget) -> QSize:
    handle = window.windowHandle()
    margins = handle.frameMargins() if handle is not None else None
    if margins is None or (margins.left() + margins.top() + margins.right() + margins.bottom()) == 0:
        return FRAME_ESTIMATE
    return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())


def place_window(window: QWidget, preferences: QSettings | None) -> None:
    """Before show(): the remembered geometry (Qt brings it back on screen if the screen changed), else fitted."""
    saved = preferences.value(GEOMETRY_KEY) if preferences is not None else None
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.setGeometry(fitted_geometry(screen.availableGeometry(), _frame_size(window), window.minimumSizeHint()))


def remember_window(window: QWidget, preferences: QSettings | None) -> None:
    """Size, position and the maximised state, for the next start on this computer."""
    if preferences is None:
        return
    preferences.setValue(GEOMETRY_KEY, window.saveGeometry())
    preferences.sync()
