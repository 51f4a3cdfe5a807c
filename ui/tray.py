"""The station in the system tray while the window is closed: the same engine, driver and log keep playing.

The icon's menu shows what airs next, reopens the window, or stops the station (after saying what will not
air). The window (ui/main_window.py) decides when to go to the tray; this module only shows the icon.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.playout import PlayoutState
from ui.playout_driver import PlayoutDriver

translate = QCoreApplication.translate


def station_icon(size: int = 64) -> QIcon:
    """A loudspeaker on red, drawn here so that the tray needs no image file."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#c62828"))
    painter.drawRoundedRect(0, 0, size, size, size * 0.2, size * 0.2)
    s = size / 64
    horn = QPainterPath()
    horn.moveTo(12 * s, 26 * s)
    horn.lineTo(22 * s, 26 * s)
    horn.lineTo(36 * s, 14 * s)
    horn.lineTo(36 * s, 50 * s)
    horn.lineTo(22 * s, 38 * s)
    horn.lineTo(12 * s, 38 * s)
    horn.closeSubpath()
    painter.setBrush(QColor("white"))
    painter.drawPath(horn)
    pen = QPen(QColor("white"), 4 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for radius in (8, 16):
        centre = QPointF(36 * s, 32 * s)
        painter.drawArc(
            int(centre.x() - radius * s),
            int(centre.y() - radius * s),
            int(2 * radius * s),
            int(2 * radius * s),
            -45 * 16,
            90 * 16,
        )
    painter.end()
    return QIcon(pixmap)


def next_item_text(state: PlayoutState) -> str:
    """ "Tiếp theo: 06:00 — Bản tin sáng" (with the day when it is not today)."""
    row = state.next_up
    if row is None:
        return translate("StationTray", "Tiếp theo: không còn mục nào trong lịch")
    when = row.item.planned_start.strftime("%H:%M")
    if row.item.planned_start.date() != state.now.date():
        when += row.item.planned_start.strftime(" %d/%m")
    return translate("StationTray", "Tiếp theo: {time} — {title}").format(time=when, title=row.item.title)


class StationTray(QObject):
    """A QSystemTrayIcon with its menu; `reopen_requested` and `stop_requested` go to the window."""

    reopen_requested = Signal()
    stop_requested = Signal()

    def __init__(self, driver: PlayoutDriver, station_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.driver = driver
        self.station_name = station_name
        self.icon = QSystemTrayIcon(station_icon(), self)
        self.icon.setObjectName("station_tray")
        self.menu = QMenu()
        self.menu.setObjectName("tray_menu")
        self.playing_action = QAction(self.menu)
        self.playing_action.setEnabled(False)
        self.next_action = QAction(self.menu)
        self.next_action.setEnabled(False)
        self.open_action = QAction(self.tr("Mở cửa sổ Truyền Thanh Phường"), self.menu)
        self.stop_action = QAction(self.tr("Dừng đài và thoát…"), self.menu)
        self.menu.addAction(self.playing_action)
        self.menu.addAction(self.next_action)
        self.menu.addSeparator()
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.stop_action)
        self.menu.setDefaultAction(self.open_action)
        self.icon.setContextMenu(self.menu)
        self.open_action.triggered.connect(self.reopen_requested)
        self.stop_action.triggered.connect(self.stop_requested)
        self.icon.activated.connect(self._activated)
        driver.state_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        state = self.driver.state()
        playing = state.now_playing
        if playing is not None:
            on_air = self.tr("Đang phát: {title}").format(title=playing.title)
        elif state.paused:
            on_air = self.tr("Đã dừng phát tự động")
        else:
            on_air = self.tr("Đài đang chạy nền, chưa phát")
        following = next_item_text(state)
        if self.playing_action.text() != on_air:
            self.playing_action.setText(on_air)
        if self.next_action.text() != following:
            self.next_action.setText(following)
        tip = f"{self.station_name}\n{on_air}\n{following}"
        if self.icon.toolTip() != tip:
            self.icon.setToolTip(tip)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.reopen_requested.emit()

    def show(self) -> None:
        self.refresh()
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def is_visible(self) -> bool:
        return self.icon.isVisible()

    def close(self) -> None:
        self.driver.state_changed.disconnect(self.refresh)
        self.icon.hide()
        self.menu.deleteLater()
