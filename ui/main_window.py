"""The station's main window: a navigation list of areas on the left, the chosen area on the right.

It holds each area by its type and wires them through their signals and the `Page` protocol (ui/page.py).

Closing it while something is scheduled later is a question: keep the station playing in the background (the
window hides, the same driver and log go on, a tray icon (ui/tray.py) reopens or stops it) or stop the station,
saying what will not air."""

from __future__ import annotations

import itertools
import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from app.connectivity import google_voice_reachable
from app.errors import StationError
from app.instance_lock import LockHolder
from app.log.importer import append_steps, pending_imports
from app.playout import RundownRow
from app.station import Station
from ui.audio_preview import configure_preview
from ui.bulletins_page import BulletinsPage
from ui.errors import interface_text
from ui.live_take_restore import restore_live_takes
from ui.log_alarm import show_alarm
from ui.log_page import LogPage
from ui.on_air_page import OnAirPage
from ui.page import Page
from ui.playout_driver import PlayoutDriver
from ui.reports_page import ReportsPage
from ui.schedule_page import SchedulePage
from ui.settings_page import SettingsPage
from ui.tasks import TaskRunner
from ui.tray import StationTray
from ui.welcome import WelcomeDialog, offer_welcome
from ui.widgets import ask_choice
from ui.window_geometry import place_window, remember_window

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """`playout`: the PlayoutDriver that puts the schedule on air. By default the window makes one on the
    station's sound output and starts it; a station opened read-only gets none and never plays.
    `preferences`: where this computer remembers the window's size, position and maximised state
    (ui/window_geometry.py); without it the window opens fitted to the screen and remembers nothing."""

    def __init__(
        self,
        station: Station,
        log_file: Path | None = None,
        *,
        playout: PlayoutDriver | None = None,
        background: LockHolder | None = None,
        preferences: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.station = station
        self.log_file = log_file
        self.background = background  # the headless station that plays: this window only shows it
        self.preferences = preferences
        self.runner = TaskRunner(self)
        self.playout = playout if playout is not None else self._make_playout()
        self.tray: StationTray | None = None
        self.welcome: WelcomeDialog | None = None  # offer_welcome(): a new station's first start
        self._closing_for_good = False  # the operator chose to stop the station: no more questions
        self._show_title()

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setFixedWidth(190)
        nav_font = QFont(self.navigation.font())
        nav_font.setPointSize(nav_font.pointSize() + 2)
        self.navigation.setFont(nav_font)
        self.pages = QStackedWidget()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        for key, label, page in self._build_pages():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(170, 44))
            self.navigation.addItem(item)
            page.setObjectName(f"page_{key}")
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self._navigate)
        self.navigation.setCurrentRow(0)
        self._connect_pages()

        self._build_status_bar()
        place_window(self, preferences)
        self._start_playout()
        self._finish_interrupted_imports()

    def _build_pages(self) -> list[tuple[str, str, QWidget]]:
        station, runner = self.station, self.runner
        self.bulletins_page = BulletinsPage(station, runner)
        self.schedule_page = SchedulePage(station, runner)
        background = self.background.describe() if self.background is not None else None
        self.on_air_page = OnAirPage(station, runner, playout=self.playout, background=background)
        self.log_page = LogPage(station, runner)
        self.reports_page = ReportsPage(station, runner, preferences=self.preferences)
        self.settings_page = SettingsPage(station, runner)
        self._areas: list[Page] = [
            self.bulletins_page,
            self.schedule_page,
            self.on_air_page,
            self.log_page,
            self.reports_page,
            self.settings_page,
        ]
        return [
            ("bulletins", self.tr("Bản tin"), self.bulletins_page),
            ("schedule", self.tr("Lịch phát"), self.schedule_page),
            ("on_air", self.tr("Phát sóng"), self.on_air_page),
            ("log", self.tr("Nhật ký"), self.log_page),
            ("reports", self.tr("Báo cáo"), self.reports_page),
            ("settings", self.tr("Cài đặt"), self.settings_page),
        ]

    def _show_title(self) -> None:
        """The station's name in the title bar (again whenever Cài đặt is saved: it may be a new name)."""
        self.setWindowTitle(self.tr("Truyền Thanh Phường — {name}").format(name=self.station.settings.station_name))

    def _navigate(self, row: int) -> None:
        """Shows the chosen area; Cài đặt with unsaved edits asks first and may keep the operator there."""
        leaving = self.pages.currentWidget()
        if row != self.pages.currentIndex() and leaving is self.settings_page and not self.settings_page.may_leave():
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.pages.currentIndex())
            self.navigation.blockSignals(False)
            return
        self.pages.setCurrentIndex(row)

    def _make_playout(self) -> PlayoutDriver | None:
        if self.station.read_only or self.background is not None:
            return None
        return PlayoutDriver.for_station(self.station, parent=self)

    def _connect_pages(self) -> None:
        """The wiring ui/page.py describes."""
        self.schedule_page.schedule_changed.connect(self.on_air_page.schedule_changed)
        # A deleted or re-made audio item changes the plan's warnings.
        self.bulletins_page.segments_changed.connect(self.schedule_page.refresh)
        if self.playout is not None:
            playout = self.playout
            playout.event_reported.connect(lambda _event: self.log_page.refresh_soon())
            playout.event_reported.connect(lambda _event: self.reports_page.refresh_soon())
            # The sound output, the volume and the operator's name take effect now.
            self.settings_page.settings_saved.connect(lambda: playout.apply_settings(self.station.settings))
        configure_preview(self.station.settings)  # previews go to Thiết bị nghe thử
        self.settings_page.settings_saved.connect(lambda: configure_preview(self.station.settings))
        self.settings_page.settings_saved.connect(self._show_title)

    def _start_playout(self) -> None:
        if self.playout is None:
            return
        self.playout.state_changed.connect(self._show_playout_state)
        if self.playout.engine.running:
            return
        try:
            self.playout.start()
            # A live reading's take a crash left behind is kept with its airing (issue 15).
            restore_live_takes(self.station, self.runner, self.on_air_page.add_error)
        except StationError as error:
            log.error("playout did not start: %s", error)
            self.on_air_label.setText(
                self.tr("Không bắt đầu được phát sóng tự động: {error}").format(error=interface_text(error))
            )

    def _finish_interrupted_imports(self) -> None:
        """An import killed half-way (app/log/importer.py) is finished here, one short chunk per turn of the
        event loop, so the window and its playout keep running meanwhile."""
        if self.station.read_only:
            return
        batches = [pending for pending in pending_imports(self.station.db) if not pending.staging_missing]
        if not batches:
            return
        steps = itertools.chain.from_iterable(append_steps(self.station.db, pending.batch_id) for pending in batches)

        def step() -> None:
            try:
                next(steps)
            except StopIteration:
                self.log_page.show_status(self.tr("Đã hoàn tất lần nhập nhật ký bị dừng giữa chừng."))
                self.log_page.refresh_soon()
                return
            except (StationError, sqlite3.Error) as error:  # tried again at the next start
                log.warning("interrupted import not finished: %s", error)
                return
            QTimer.singleShot(0, step)

        QTimer.singleShot(0, step)

    def _show_playout_state(self) -> None:
        assert self.playout is not None  # connected only when the window plays
        state = self.playout.state()
        playing = state.now_playing
        self.set_on_air(playing.title if playing else None, live=bool(playing and playing.live), paused=state.paused)
        show_alarm(self.log_alarm_label, state.log_health)

    def offer_welcome(self) -> WelcomeDialog | None:
        """A new station's first start: what to do first (ui/welcome.py) instead of a sample bulletin."""
        self.welcome = offer_welcome(self)
        return self.welcome

    def page(self, key: str) -> QWidget:
        """The area under this navigation key (bulletins, schedule, on_air, log, reports, settings)."""
        for row in range(self.navigation.count()):
            page = self.pages.widget(row)
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key and page is not None:
                return page
        raise KeyError(key)

    def show_page(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                return
        raise KeyError(key)

    # Status bar: station clock, what is on air, whether Google's voice is reachable.
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.clock_label = QLabel()
        self.clock_label.setObjectName("station_clock")
        clock_font = QFont(self.clock_label.font())
        clock_font.setBold(True)
        self.clock_label.setFont(clock_font)
        self.on_air_label = QLabel()
        self.on_air_label.setObjectName("on_air_status")
        # While the log goes to the journal (or cannot be written at all): orange, red. Hidden otherwise.
        self.log_alarm_label = QLabel()
        self.log_alarm_label.setObjectName("log_alarm")
        self.log_alarm_label.setVisible(False)
        self.google_label = QLabel(self.tr("Giọng Google: đang kiểm tra…"))
        self.google_label.setObjectName("google_status")
        bar.addWidget(self.on_air_label, 1)
        bar.addWidget(self.log_alarm_label, 3)
        bar.addPermanentWidget(self.google_label)
        bar.addPermanentWidget(self.clock_label)

        self.set_on_air(None)
        # One clock: the status bar shows the moment Phát sóng's big clock shows (driven by the playout's ticks,
        # or the page's own timer), never a second timer of its own that would tick apart from it.
        self.on_air_page.clock_shown.connect(self._show_clock)
        self._show_clock(self.on_air_page.now())

        self._google_timer = QTimer(self)
        self._google_timer.timeout.connect(self.check_google)
        self._google_timer.start(60_000)
        QTimer.singleShot(0, self.check_google)

    def _show_clock(self, now: datetime) -> None:
        text = now.strftime("%H:%M:%S  %d/%m/%Y")
        if self.clock_label.text() != text:
            self.clock_label.setText(text)

    def set_on_air(self, title: str | None, *, live: bool = False, paused: bool = False) -> None:
        if title and live:
            text = self.tr("ĐANG ĐỌC TRỰC TIẾP: {title}").format(title=title)
        elif title:
            text = self.tr("ĐANG PHÁT: {title}").format(title=title)
        elif paused:
            text = self.tr("Đã dừng phát tự động")
        else:
            text = self.tr("Không phát")
        if self.on_air_label.text() != text:
            self.on_air_label.setText(text)

    def check_google(self) -> None:
        self.runner.start(
            lambda progress, cancel: google_voice_reachable(timeout=3.0),
            succeeded=self._show_google_state,
            failed=lambda _error: self._show_google_state(False),
        )

    def _show_google_state(self, reachable: bool) -> None:
        if reachable:
            self.google_label.setText(self.tr("Giọng Google: sẵn sàng"))
        else:
            self.google_label.setText(self.tr("Giọng Google: không kết nối (dùng giọng offline)"))
        self.google_label.setProperty("reachable", bool(reachable))

    def shutdown(self) -> None:
        """Stop timers and wait for background work before the station closes."""
        self._google_timer.stop()
        if self.playout is not None:
            self.playout.stop()  # what is on air is logged interrupted
        for page in self._areas:
            page.shutdown()
        self.runner.wait_all(10_000)

    # --- closing ----------------------------------------------------------------------------------

    def _ahead(self) -> RundownRow | None:
        """What is scheduled later, if this window plays the station."""
        if self.playout is None or not self.playout.engine.running:
            return None
        return self.playout.state().next_up

    def _when(self, row: RundownRow) -> str:
        assert self.playout is not None
        now = self.playout.engine.clock()
        when = row.item.planned_start.strftime("%H:%M")
        if row.item.planned_start.date() != now.date():
            when += row.item.planned_start.strftime(" %d/%m")
        return when

    def ask_close(self, row: RundownRow) -> str | None:
        """'background', 'stop' or None (stay open)."""
        when = self._when(row)
        text = self.tr("Đài còn lịch phát: mục tiếp theo “{title}” lúc {time}.").format(title=row.item.title, time=when)
        text += "\n\n" + self.tr(
            "Tiếp tục phát nền: cửa sổ đóng lại nhưng đài vẫn phát theo lịch và ghi nhật ký như thường; "
            "biểu tượng loa đỏ ở khay hệ thống (góc màn hình) để mở lại cửa sổ hoặc dừng đài."
        )
        text += "\n\n" + self.tr("Dừng đài: Mục tiếp theo {time} sẽ không phát.").format(time=when)
        return ask_choice(
            self,
            "close_question",
            self.tr("Đóng cửa sổ"),
            text,
            (self.tr("Tiếp tục phát nền"), "background"),
            (self.tr("Dừng đài"), "stop"),
        )

    def go_to_background(self) -> None:
        """The window goes away, the station plays on: into the tray, or minimised where there is no tray."""
        _application().setQuitOnLastWindowClosed(False)  # a message box closing must not quit
        remember_window(self, self.preferences)
        if self.tray is None:
            assert self.playout is not None  # only asked when this window plays the station
            self.tray = StationTray(self.playout, self.station.settings.station_name, self)
            self.tray.reopen_requested.connect(self.reopen)
            self.tray.stop_requested.connect(self.stop_from_tray)
        self.tray.show()
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.hide()
        else:  # no tray to reopen it from: keep it on the taskbar
            self.showMinimized()
        log.info("window closed, station playing in the background")

    def reopen(self) -> None:
        if self.tray is not None:
            self.tray.hide()
        _application().setQuitOnLastWindowClosed(True)
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def stop_from_tray(self) -> bool:
        """Dừng đài from the tray menu: asks first, saying what will not air; True when the station stopped."""
        row = self._ahead()
        if row is not None:
            text = self.tr("Dừng đài và thoát? Mục tiếp theo {time} sẽ không phát.").format(time=self._when(row))
            answer = QMessageBox.question(
                None,
                self.tr("Dừng đài"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.close_for_good()
        _application().quit()
        return True

    def close_for_good(self) -> None:
        """Close without asking (the operator already chose, or a restore replaces the station)."""
        self._closing_for_good = True
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if not self._closing_for_good and not self.settings_page.may_leave():  # unsaved Cài đặt: asked first
            event.ignore()
            return
        row = None if self._closing_for_good else self._ahead()
        if row is not None:
            choice = self.ask_close(row)
            if choice is None:
                event.ignore()
                return
            if choice == "background":
                event.ignore()
                self.go_to_background()
                return
        if self.tray is not None:
            self.tray.close()
            self.tray = None
            _application().setQuitOnLastWindowClosed(True)
        if self.isVisible():  # closed from the tray while hidden: what was remembered on hiding stays
            remember_window(self, self.preferences)
        self.shutdown()
        super().closeEvent(event)


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # the window exists, so the widget application does
    return app
