"""The first start of a new station: a short welcome saying what to do first, each step a button that goes there.

Shown instead of a sample bulletin (app/starter_data.py keeps the samples, marked as such): the window opens with
no bulletin chosen and this dialog over it. It is not modal -- the operator may look around first -- and comes
back at each start until "Không hiện lại" is ticked; that choice is the station's (the `welcome_pending`
setting in its database), so another station on the same computer still gets its welcome."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bulletins import list_bulletins

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class WelcomeDialog(QDialog):
    """Three steps; a step's button emits its signal and closes the welcome. `dismissed`: closed with
    "Không hiện lại" ticked."""

    settings_chosen = Signal()
    bulletin_chosen = Signal()
    window_chosen = Signal()
    dismissed = Signal()

    def __init__(self, station_name: str, sample_count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Bắt đầu sử dụng"))
        heading = QLabel(self.tr("Chào mừng đến với {name}").format(name=station_name))
        heading.setObjectName("welcome_heading")
        font = QFont(heading.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        intro = QLabel(self.tr("Ba việc nên làm trước khi đài phát buổi đầu tiên:"))

        steps = QGridLayout()
        steps.setColumnStretch(1, 1)
        steps.setHorizontalSpacing(16)
        steps.setVerticalSpacing(14)
        self.settings_button = self._step(
            steps,
            0,
            self.tr("1. Tên đài và người ký"),
            self.tr("Tên đài, phường, người ký và chức vụ được in trên báo cáo gửi cấp trên."),
            self.tr("Mở Cài đặt"),
            "welcome_settings",
            self.settings_chosen,
        )
        self.bulletin_button = self._step(
            steps,
            1,
            self.tr("2. Bản tin đầu tiên"),
            self.tr("Soạn bản tin hoặc nhập từ tệp Word, rồi tạo âm thanh bằng giọng đọc."),
            self.tr("Viết bản tin mới"),
            "welcome_bulletin",
            self.bulletin_chosen,
        )
        self.window_button = self._step(
            steps,
            2,
            self.tr("3. Khung giờ phát đầu tiên"),
            self.tr("Ví dụ 6:00–6:30 các ngày trong tuần: đài tự phát các bản tin xếp vào khung giờ."),
            self.tr("Tạo khung giờ"),
            "welcome_window",
            self.window_chosen,
        )
        samples = QLabel(
            self.tr(
                "Danh sách Bản tin có sẵn {n} bản tin mẫu, ghi [Mẫu] ở đầu tên, để thử đọc và phát. "
                "Có thể sửa hoặc xóa tùy ý."
            ).format(n=sample_count)
        )
        samples.setObjectName("welcome_samples")
        samples.setWordWrap(True)
        samples.setVisible(sample_count > 0)

        self.never_again = QCheckBox(self.tr("Không hiện lại"))
        self.never_again.setObjectName("welcome_never_again")
        self.close_button = QPushButton(self.tr("Đóng"))
        self.close_button.setObjectName("welcome_close")
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.never_again)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(steps)
        layout.addWidget(samples)
        layout.addSpacing(8)
        layout.addLayout(bottom)
        self.setMinimumWidth(620)
        self.finished.connect(self._finished)

    def _step(
        self, grid: QGridLayout, row: int, title: str, detail: str, action: str, name: str, chosen: SignalInstance
    ) -> QPushButton:
        label = QLabel(f"<b>{title}</b><br>{detail}")
        label.setWordWrap(True)
        button = QPushButton(action)
        button.setObjectName(name)
        button.setMinimumWidth(150)
        button.clicked.connect(chosen.emit)
        button.clicked.connect(self.accept)
        grid.addWidget(label, row, 1)
        grid.addWidget(button, row, 2)
        return button

    def _finished(self, _result: int) -> None:
        if self.never_again.isChecked():
            self.dismissed.emit()


def offer_welcome(window: MainWindow) -> WelcomeDialog | None:
    """The welcome over `window` when its station is new and has not dismissed it; None otherwise (also for a
    read-only station, which could not remember the choice)."""
    station = window.station
    if station.read_only or not station.settings.welcome_pending:
        return None
    window.bulletins_page.new_bulletin()  # nothing chosen behind the welcome: no sample greets the operator
    samples = sum(1 for bulletin in list_bulletins(station.db) if bulletin.is_sample)
    welcome = WelcomeDialog(station.settings.station_name, samples, window)
    welcome.settings_chosen.connect(lambda: _open_settings(window))
    welcome.bulletin_chosen.connect(lambda: _new_bulletin(window))
    welcome.window_chosen.connect(lambda: _new_window(window))
    welcome.dismissed.connect(lambda: station.update_settings({"welcome_pending": "off"}))
    welcome.show()
    return welcome


def _open_settings(window: MainWindow) -> None:
    window.show_page("settings")
    window.settings_page.fields["station_name"].setFocus()


def _new_bulletin(window: MainWindow) -> None:
    window.show_page("bulletins")
    window.bulletins_page.new_bulletin()
    window.bulletins_page.editor.title_edit.setFocus()


def _new_window(window: MainWindow) -> None:
    window.show_page("schedule")
    page = window.schedule_page
    page.tabs.setCurrentWidget(page.windows_tab)
    page.new_window()
