"""Phát sóng: what is on air now, what comes next, the day's rundown, and the operator's big buttons.

The page shows the state of the playout engine that the main window drives (ui/playout_driver.py) and sends
the operator's actions to it: Phát ngay, Bỏ qua, Dừng / Tiếp tục, Khẩn cấp, Đọc trực tiếp, Đưa lại vào lịch.
No manual action cancels the plan without the operator saying so (app/playout.py keeps the rules): Phát ngay
with nothing selected asks what to play, and on an item still ahead asks whether it keeps its time.
Without a driver (a station opened read-only) it shows the day plan and no button plays.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import schedule_store
from app.errors import StationError
from app.labels import QT_TRANSLATE_NOOP
from app.log.listing import latest_of_day
from app.playout import PENDING, PlayoutEvent, PlayoutState, RundownRow, on_air_in_log
from app.policy import rules_from_settings
from app.station import Station
from app.station_time import parse_timestamp
from schedules import DayPlan
from ui.day_timeline import DayTimeline
from ui.emergency_dialog import EmergencyDialog
from ui.errors import show_error
from ui.formats import format_duration
from ui.labels import day_name, state_label, trigger_label
from ui.live_reading_dialog import LiveReadingDialog, PrompterDialog
from ui.log_alarm import show_alarm
from ui.play_now_dialog import PlayNowDialog
from ui.playout_driver import PlayoutDriver
from ui.relay_status import RelayStatusLabel
from ui.rundown_model import RundownModel
from ui.tasks import TaskRunner
from ui.widgets import ask_choice, page_title, panes, row_table

MAX_EVENTS = 200
BUTTON_COLOURS = {
    "play_now": "#2e7d32",
    "skip": "#ef6c00",
    "stop": "#455a64",
    "resume": "#1565c0",
    "emergency": "#c62828",
    "live": "#1565c0",
    "live_stop": "#6a1b9a",
}
BADGES = {
    "on_air": ("#2e7d32", QT_TRANSLATE_NOOP("OnAirPage", "ĐANG PHÁT")),
    "starting": ("#43a047", QT_TRANSLATE_NOOP("OnAirPage", "ĐANG BẮT ĐẦU PHÁT")),
    "live": ("#6a1b9a", QT_TRANSLATE_NOOP("OnAirPage", "ĐANG ĐỌC TRỰC TIẾP")),
    "urgent": ("#c62828", QT_TRANSLATE_NOOP("OnAirPage", "ĐANG PHÁT KHẨN CẤP")),
    "relay": ("#1565c0", QT_TRANSLATE_NOOP("OnAirPage", "ĐANG TIẾP SÓNG")),
    "idle": ("#607d8b", QT_TRANSLATE_NOOP("OnAirPage", "KHÔNG PHÁT")),
    "paused": ("#e65100", QT_TRANSLATE_NOOP("OnAirPage", "ĐÃ DỪNG PHÁT TỰ ĐỘNG")),
    "view": ("#9e9e9e", QT_TRANSLATE_NOOP("OnAirPage", "CHỈ XEM — MÁY NÀY KHÔNG PHÁT")),
    "background": ("#00695c", QT_TRANSLATE_NOOP("OnAirPage", "ĐÀI ĐANG PHÁT NỀN")),
}


def _font(widget: QWidget, size_delta: int, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSize(max(6, font.pointSize() + size_delta))
    font.setBold(bold)
    return font


def big_button(text: str, name: str, colour: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumHeight(64)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setFont(_font(button, 5, bold=True))
    paint(button, colour)
    return button


def hold_width(button: QPushButton, *texts: str) -> None:
    """The button is as wide as its share of the row whatever it says: room for the longest of `texts`, and its
    width no longer follows its text (a relabelled button would push its neighbours)."""
    metrics = button.fontMetrics()
    button.setMinimumWidth(max(metrics.horizontalAdvance(text) for text in (button.text(), *texts)) + 36)
    button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)


def keep_space_when_hidden(widget: QWidget) -> None:
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def paint(button: QPushButton, colour: str) -> None:
    button.setStyleSheet(
        f"QPushButton {{ background: {colour}; color: white; border-radius: 6px; padding: 0 10px; }}"
        "QPushButton:disabled { background: #cfd8dc; color: #78909c; }"
    )


class OnAirPage(QWidget):
    """Follows the driver's signals (state, events, errors); `schedule_changed()` makes the engine re-read the
    plan; `shutdown()` disconnects from the driver, which the window stops itself. `clock_shown(now)`: the moment
    the big clock shows, for the window's status bar to show the same second."""

    clock_shown = Signal(datetime)

    def __init__(
        self,
        station: Station,
        runner: TaskRunner,
        *,
        playout: PlayoutDriver | None = None,
        background: str | None = None,
    ) -> None:
        super().__init__()
        self.station = station
        self.runner = runner
        self.playout = playout  # None when this window does not play (read-only, or played in the background)
        self.background = background  # who plays the station in the background (the headless station)
        self.db = station.db
        self.state: PlayoutState | None = None
        self.prompter: PrompterDialog | None = None  # Đọc trực tiếp's text and recorder while a reading is on air
        self.window_names: dict[int, str] = {}
        self._listening = False
        self._shown_on_air: tuple[int, datetime] | None = None
        self._plan_cache: tuple[date, datetime, DayPlan] | None = None  # (date, read at, plan) when no engine runs here

        clock_box = self._build_clock()
        now_box = self._build_now_playing()
        buttons = self._build_buttons()
        self.timeline = DayTimeline()
        self.timeline.setObjectName("day_timeline")
        self.splitter = self._build_rundown_and_events()
        self._layout(clock_box, now_box, buttons)

        self.reload_windows()
        self.load_recent_events()
        self._follow_playout()
        self.refresh()

    # --- building ---------------------------------------------------------------------------------

    def _build_clock(self) -> QFrame:
        self.clock_label = QLabel("--:--:--")
        self.clock_label.setObjectName("on_air_clock")
        clock_font = _font(self.clock_label, 30, bold=True)
        clock_font.setStyleHint(QFont.StyleHint.Monospace)
        self.clock_label.setFont(clock_font)
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.date_label = QLabel()
        self.date_label.setObjectName("on_air_date")
        self.date_label.setFont(_font(self.date_label, 3))
        self.date_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        clock_box = QFrame()
        clock_box.setObjectName("clock_box")
        clock_box.setStyleSheet(
            "QFrame#clock_box { background: #263238; border-radius: 8px; }QLabel { color: #eceff1; }"
        )
        clock_layout = QVBoxLayout(clock_box)
        clock_layout.addWidget(self.clock_label)
        clock_layout.addWidget(self.date_label)
        clock_box.setMinimumWidth(300)
        return clock_box

    def _build_now_playing(self) -> QFrame:
        """What is on air (badge, title, detail, progress, elapsed and remaining) and what comes next."""
        self.badge = QLabel()
        self.badge.setObjectName("on_air_badge")
        self.badge.setFont(_font(self.badge, 3, bold=True))
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.now_title = QLabel()
        self.now_title.setObjectName("now_title")
        self.now_title.setFont(_font(self.now_title, 9, bold=True))
        self.now_title.setWordWrap(True)
        self.now_detail = QLabel()
        self.now_detail.setObjectName("now_detail")
        self.now_detail.setFont(_font(self.now_detail, 2))
        self.now_detail.setStyleSheet("color: #455a64;")
        self.relay_status = RelayStatusLabel()
        self.progress = self._build_progress()
        self.elapsed_label = QLabel()
        self.elapsed_label.setObjectName("now_elapsed")
        self.elapsed_label.setFont(_font(self.elapsed_label, 4, bold=True))
        self.remaining_label = QLabel()
        self.remaining_label.setObjectName("now_remaining")
        self.remaining_label.setFont(_font(self.remaining_label, 4, bold=True))
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.next_label = QLabel()
        self.next_label.setObjectName("next_up")
        self.next_label.setFont(_font(self.next_label, 3))
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.RichText)
        # The box keeps its height whatever is on air, so the big buttons under it stay where the operator aims:
        # two lines each for the title, the detail and what comes next, a line for the times even when empty,
        # the progress bar's and the relay line's room kept while they are hidden.
        self.now_detail.setWordWrap(True)
        for label in (self.now_title, self.now_detail, self.next_label):
            label.setFixedHeight(2 * label.fontMetrics().lineSpacing() + 4)
        for label in (self.elapsed_label, self.remaining_label):
            label.setFixedHeight(label.fontMetrics().lineSpacing())
        for widget in (self.progress, self.relay_status):
            keep_space_when_hidden(widget)
        now_box = QFrame()
        now_box.setObjectName("now_box")
        now_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        now_box.setStyleSheet("QFrame#now_box { background: white; border: 1px solid #cfd8dc; border-radius: 8px; }")
        now_layout = QGridLayout(now_box)
        now_layout.addWidget(self.badge, 0, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        now_layout.addWidget(self.now_title, 1, 0, 1, 2)
        now_layout.addWidget(self.now_detail, 2, 0, 1, 2)
        now_layout.addWidget(self.relay_status, 3, 0, 1, 2)
        now_layout.addWidget(self.progress, 4, 0, 1, 2)
        now_layout.addWidget(self.elapsed_label, 5, 0)
        now_layout.addWidget(self.remaining_label, 5, 1)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setStyleSheet("color: #cfd8dc;")
        now_layout.addWidget(separator, 6, 0, 1, 2)
        now_layout.addWidget(self.next_label, 7, 0, 1, 2)
        return now_box

    @staticmethod
    def _build_progress() -> QProgressBar:
        progress = QProgressBar()
        progress.setObjectName("now_progress")
        progress.setRange(0, 1000)
        progress.setTextVisible(False)
        progress.setFixedHeight(18)
        progress.setStyleSheet(
            "QProgressBar { border: 1px solid #b0bec5; border-radius: 4px; "
            "background: #eceff1; } QProgressBar::chunk { background: #2e7d32; }"
        )
        return progress

    def _build_buttons(self) -> QHBoxLayout:
        """The operator's five big buttons."""
        self.play_now_button = big_button(self.tr("▶ Phát ngay"), "play_now", BUTTON_COLOURS["play_now"])
        self.play_now_button.setToolTip(self.tr("Phát ngay mục đang chọn trong danh sách (hoặc mục tiếp theo)."))
        self.skip_button = big_button(self.tr("» Bỏ qua"), "skip", BUTTON_COLOURS["skip"])
        self.skip_button.setToolTip(self.tr("Dừng tiết mục đang phát và chuyển sang mục tiếp theo."))
        self.stop_button = big_button(self.tr("■ Dừng"), "stop", BUTTON_COLOURS["stop"])
        self.emergency_button = big_button(self.tr("⚠ Khẩn cấp"), "emergency", BUTTON_COLOURS["emergency"])
        self.emergency_button.setToolTip(self.tr("Chọn một tiết mục và phát ngay, ngắt tiết mục đang phát."))
        self.live_button = big_button(self.tr("● Đọc trực tiếp"), "live", BUTTON_COLOURS["live"])
        self.play_now_button.clicked.connect(self.play_selected)
        self.skip_button.clicked.connect(self.skip)
        self.stop_button.clicked.connect(self.stop_or_resume)
        self.emergency_button.clicked.connect(self.ask_emergency)
        self.live_button.clicked.connect(self.toggle_live)
        hold_width(self.stop_button, self.tr("▶ Tiếp tục phát tự động"))
        hold_width(self.live_button, self.tr("■ Kết thúc đọc trực tiếp"))
        buttons = QHBoxLayout()
        for button in (
            self.play_now_button,
            self.skip_button,
            self.stop_button,
            self.emergency_button,
            self.live_button,
        ):
            if button not in (self.stop_button, self.live_button):
                hold_width(button)
            buttons.addWidget(button, 1)
        return buttons

    def _build_rundown_table(self) -> None:
        self.model = RundownModel(self)
        self.table = row_table("rundown", self.model, row_height=34, alternating=False)  # rows coloured by state
        self.table.setFont(_font(self.table, 1))
        header = self.table.horizontalHeader()
        for column in (RundownModel.START, RundownModel.DURATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RundownModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((RundownModel.TOPIC, 150), (RundownModel.SOURCE, 120), (RundownModel.STATE, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.play_selected())

    def _build_rundown_and_events(self) -> QSplitter:
        """The day's rundown beside what happened (Diễn biến)."""
        self._build_rundown_table()
        self.rundown_heading = QLabel(self.tr("Danh sách phát hôm nay"))
        self.rundown_heading.setFont(_font(self.rundown_heading, 2, bold=True))
        self.events = QListWidget()
        self.events.setObjectName("playout_events")
        self.events.setWordWrap(True)
        self.events.setSpacing(2)
        self.events.setAlternatingRowColors(True)
        events_heading = QLabel(self.tr("Diễn biến"))
        events_heading.setFont(_font(events_heading, 2, bold=True))
        self.put_back_button = QPushButton(self.tr("↺ Đưa lại vào lịch"))
        self.put_back_button.setObjectName("put_back")
        self.put_back_button.setMinimumHeight(34)
        self.put_back_button.setToolTip(
            self.tr("Mục đang chọn đã bị ngắt hoặc bỏ qua bằng tay: cho nó chờ phát lại vào giờ của nó.")
        )
        self.put_back_button.clicked.connect(self.put_back_selected)
        heading_row = QWidget()
        heading_layout = QHBoxLayout(heading_row)
        heading_layout.setContentsMargins(0, 0, 0, 0)
        heading_layout.addWidget(self.rundown_heading, 1)
        heading_layout.addWidget(self.put_back_button)
        rundown = _headed(heading_row, self.table)
        return panes(rundown, _headed(events_heading, self.events), stretch=(3, 1), sizes=(800, 240))

    def _layout(self, clock_box: QFrame, now_box: QFrame, buttons: QHBoxLayout) -> None:
        top = QHBoxLayout()
        top.addWidget(now_box, 1)
        top.addWidget(clock_box)
        self.log_alarm = QLabel()
        self.log_alarm.setObjectName("log_alarm")
        self.log_alarm.setWordWrap(True)
        self.log_alarm.setFont(_font(self.log_alarm, 2, bold=True))
        self.log_alarm.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Phát sóng")))
        layout.addWidget(self.log_alarm)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.timeline)
        layout.addWidget(self.splitter, 1)

    def _follow_playout(self) -> None:
        """The driver refreshes the page after every tick and action; without one, a timer of its own."""
        if self.playout is not None:
            self.playout.state_changed.connect(self.refresh)
            self.playout.event_reported.connect(self.add_event)
            self.playout.error_reported.connect(self.add_error)
            self._listening = True
            self._clock_timer = None
        else:
            # Nothing drives this page: its own timer keeps the clock and the plan current.
            self._clock_timer = QTimer(self)
            self._clock_timer.timeout.connect(self.refresh)
            self._clock_timer.start(1000)

    # --- reading the engine -----------------------------------------------------------------------

    def now(self) -> datetime:
        if self.playout is not None:
            return self.playout.engine.clock()
        return self.station.now()

    def reload_windows(self) -> None:
        """Window names for the rundown; call after the schedule changed."""
        self.window_names = {w.id: w.name for w in schedule_store.list_windows(self.db)}

    def schedule_changed(self) -> None:
        self.reload_windows()
        self._plan_cache = None
        self.load_recent_events()
        if self.playout is not None:
            self.playout.engine.reload()
            self.playout.tick()

    def _state_without_engine(self) -> PlayoutState:
        now = self.now()
        cached = self._plan_cache
        if cached is None or cached[0] != now.date() or (now - cached[1]).total_seconds() > 15:
            cached = (now.date(), now, schedule_store.day_plan(self.db, now.date(), self.station.paths.data_dir))
            self._plan_cache = cached
        plan = cached[2]
        rows = tuple(
            RundownRow((item.item_id, item.planned_start), item, PENDING, None, None, "") for item in plan.items
        )
        upcoming = [row for row in rows if row.item.planned_start > now]
        playing = on_air_in_log(self.db, now) if self.background else None
        return PlayoutState(now, False, False, playing, upcoming[0] if upcoming else None, rows, plan.warnings)

    def _background_text(self) -> str:
        return self.tr(
            "Đài đang phát nền: {who}. Cửa sổ này xem và sửa lịch, không phát lần thứ hai; "
            "đóng cửa sổ không làm dừng đài."
        ).format(who=self.background)

    def refresh(self) -> None:
        if self.playout is not None:
            state = self.playout.state()
        else:
            state = self._state_without_engine()
        self.state = state
        show_alarm(self.log_alarm, state.log_health)
        self._show_clock(state.now)
        self._show_now_playing(state)
        self._show_next(state)
        if self.isVisible() or self.model.rowCount() == 0 or len(state.rundown) != self.model.rowCount():
            self._show_rundown(state)
        self._update_buttons()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._shown_on_air = None  # scroll to what is on air once the table has its size
        QTimer.singleShot(0, self.refresh)

    def _show_clock(self, now: datetime) -> None:
        self.clock_label.setText(now.strftime("%H:%M:%S"))
        self.date_label.setText(f"{day_name(now.isoweekday())}, {now:%d/%m/%Y}")
        self.clock_shown.emit(now)

    def _set_badge(self, key: str) -> None:
        if self.badge.property("state") == key:
            return  # restyling 4 times a second would cost a repolish each time
        colour, text = BADGES[key]
        self.badge.setText(f"  {QCoreApplication.translate('OnAirPage', text)}  ")
        self.badge.setProperty("state", key)
        self.badge.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; border-radius: 4px; padding: 4px 8px; }}"
        )

    def _show_now_playing(self, state: PlayoutState) -> None:
        playing = state.now_playing
        self.relay_status.show_status(playing.relay if playing is not None else None)
        if playing is None:
            if self.playout is None:
                self._set_badge("background" if self.background else "view")
            else:
                self._set_badge("paused" if state.paused else "idle")
            self.now_title.setText(self.tr("Không có tiết mục nào đang phát"))
            if state.paused and state.resume_at is not None:
                self.now_detail.setText(
                    self.tr(
                        "Đài tự phát lại lúc {time} (mục tiếp theo trong lịch); "
                        "bấm “Tiếp tục phát tự động” để phát lại ngay."
                    ).format(time=_clock_text(state.resume_at, state.now))
                )
            elif state.paused:
                self.now_detail.setText(self.tr("Bấm “Tiếp tục phát tự động” để đài phát lại theo lịch."))
            elif self.background:
                self.now_detail.setText(self._background_text())
            elif self.playout is None:
                self.now_detail.setText(self.tr("Phần mềm đang mở chỉ để xem; máy khác đang giữ việc phát sóng."))
            else:
                self.now_detail.setText(self.tr("Đài sẽ tự phát khi đến giờ của tiết mục tiếp theo."))
            self.progress.setValue(0)
            self.progress.setVisible(True)
            self.elapsed_label.clear()
            self.remaining_label.clear()
            return
        if self.playout is None and self.background:
            self._set_badge("background")
        elif playing.live:
            self._set_badge("live")
        elif playing.started_at is None:
            self._set_badge("starting")
        elif playing.trigger == "urgent":
            self._set_badge("urgent")
        elif playing.relay is not None:
            self._set_badge("relay")
        else:
            self._set_badge("on_air")
        self.now_title.setText(playing.title)
        detail = [playing.topic or self.tr("(chưa có chủ đề)"), trigger_label(playing.trigger)]
        if playing.started_at is not None:
            detail.append(self.tr("bắt đầu {time}").format(time=playing.started_at.strftime("%H:%M:%S")))
        self.now_detail.setText(" · ".join(detail))
        if self.playout is None and self.background:
            self.now_detail.setText(" · ".join(detail) + "\n" + self._background_text())
        self.elapsed_label.setText(self.tr("Đã phát {time}").format(time=format_duration(playing.position_s)))
        if playing.duration_s:
            self.progress.setVisible(True)
            self.progress.setValue(int(1000 * min(1.0, playing.position_s / playing.duration_s)))
            self.remaining_label.setText(self.tr("Còn lại {time}").format(time=format_duration(playing.remaining_s)))
        else:
            self.progress.setVisible(not playing.live)
            self.progress.setValue(0)
            self.remaining_label.setText(self.tr("Bấm “Kết thúc đọc trực tiếp” khi đọc xong") if playing.live else "")

    def _show_next(self, state: PlayoutState) -> None:
        row = state.next_up
        if row is None:
            self.next_label.setText(self.tr("<b>TIẾP THEO:</b> không còn tiết mục nào trong lịch hôm nay."))
            return
        item = row.item
        when = item.planned_start.strftime("%H:%M:%S")
        if item.planned_start.date() != state.now.date():
            when += item.planned_start.strftime(" (%d/%m)")
        length = format_duration(item.planned_duration_s) if item.planned_duration_s else "—"
        source = self.model.source_label(row)
        self.next_label.setText(
            self.tr("<b>TIẾP THEO:</b> {when} — <b>{title}</b> ({length}) · {source}").format(
                when=when, title=_escape(item.title), length=length, source=_escape(source)
            )
        )

    def _show_rundown(self, state: PlayoutState) -> None:
        chosen = self.selected_key()
        if any(r.item.window_id is not None and r.item.window_id not in self.window_names for r in state.rundown):
            self.reload_windows()  # a window added elsewhere (the command line, another page)
        self.model.set_rows(state.rundown, self.window_names, next_key=state.next_up.key if state.next_up else None)
        on_air = state.now_playing.key if state.now_playing else None
        if on_air is not None and on_air != self._shown_on_air:
            # Follow the station: the item going on air comes into view.
            row = self.model.row_of(on_air)
            if row >= 0:
                self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        self._shown_on_air = on_air
        if chosen is not None and self.selected_key() != chosen:
            row = self.model.row_of(chosen)
            if row >= 0:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
        self.timeline.set_state(state.rundown, state.now, rules_from_settings(self.station.settings))
        done = sum(1 for r in state.rundown if r.state == "completed")
        self.rundown_heading.setText(
            self.tr("Danh sách phát hôm nay: %n mục, đã phát xong {done}", "", len(state.rundown)).format(done=done)
        )

    # --- selection and buttons --------------------------------------------------------------------

    def selected_key(self):
        rows = self.table.selectionModel().selectedRows()
        entry = self.model.entry(rows[0].row()) if rows else None
        return entry.key if entry else None

    def select_key(self, key) -> bool:
        row = self.model.row_of(key)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def selected_row(self) -> RundownRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def playable_rows(self) -> list[RundownRow]:
        """Today's items still waiting, what Phát ngay offers when nothing is selected."""
        state = self.state
        if state is None:
            return []
        return [row for row in state.rundown if row.state == PENDING and self._not_over(row, state.now)]

    @staticmethod
    def _not_over(row: RundownRow, now: datetime) -> bool:
        item = row.item
        return item.window_end is None or item.window_end > now

    def _can_play_now(self) -> bool:
        row = self.selected_row()
        if row is not None:
            return row.state == PENDING
        return bool(self.playable_rows())

    def _can_put_back(self) -> bool:
        row = self.selected_row()
        return self.playout is not None and row is not None and self.playout.engine.can_put_back(row.key)

    def _update_buttons(self) -> None:
        state = self.state
        driving = self.playout is not None and state is not None and state.running
        playing = state.now_playing if state else None
        live = playing is not None and playing.live
        self.play_now_button.setEnabled(driving and self._can_play_now())
        self.put_back_button.setEnabled(driving and self._can_put_back())
        self.skip_button.setEnabled(driving and playing is not None and not live)
        self.emergency_button.setEnabled(driving)
        self.live_button.setEnabled(driving)
        self.stop_button.setEnabled(driving)
        paused = bool(state and state.paused)
        if self.stop_button.property("paused") != paused:
            self.stop_button.setProperty("paused", paused)
            if paused:
                self.stop_button.setText(self.tr("▶ Tiếp tục phát tự động"))
                paint(self.stop_button, BUTTON_COLOURS["resume"])
            else:
                self.stop_button.setText(self.tr("■ Dừng"))
                paint(self.stop_button, BUTTON_COLOURS["stop"])
        if self.live_button.property("live") != live:
            self.live_button.setProperty("live", live)
            if live:
                self.live_button.setText(self.tr("■ Kết thúc đọc trực tiếp"))
                paint(self.live_button, BUTTON_COLOURS["live_stop"])
            else:
                self.live_button.setText(self.tr("● Đọc trực tiếp"))
                paint(self.live_button, BUTTON_COLOURS["live"])

    # --- actions ----------------------------------------------------------------------------------

    def _act(self, action: Callable, *args, **options) -> bool:
        """Runs an engine action through the driver; a StationError goes to the one error dialog."""
        if self.playout is None:
            return False
        try:
            self.playout.act(partial(action, **options) if options else action, *args)
        except StationError as error:
            show_error(self, error)
            return False
        return True

    def _confirm(self, title: str, text: str, yes: str, no: str | None = None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no or self.tr("Không"), QMessageBox.ButtonRole.RejectRole)
        yes_button.setMinimumHeight(40)
        no_button.setMinimumHeight(40)
        box.setDefaultButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    def _on_air_title(self) -> str | None:
        playing = self.state.now_playing if self.state else None
        return playing.title if playing else None

    def play_selected(self) -> bool:
        """Phát ngay: the selected item; with nothing selected, the operator chooses one first."""
        if self.playout is None:
            return False
        row = self.selected_row()
        if row is None:
            dialog = PlayNowDialog(self.playable_rows(), self.model.source_label, self)
            if dialog.exec() != PlayNowDialog.DialogCode.Accepted or dialog.key is None:
                return False
            row = self.model.entry(self.model.row_of(dialog.key))
        if row is None or row.state != PENDING:
            return False
        return self.play_row(row)

    def play_row(self, row: RundownRow) -> bool:
        assert self.playout is not None  # the buttons exist only where this window plays the station
        engine = self.playout.engine
        current = self._on_air_title()
        if engine.is_ahead(row.key):
            replace = self._ask_early(row, current)
            if replace is None:
                return False
            return self._act(engine.play_now, row.key, replace_slot=replace)
        if current is not None and not self._confirm(
            self.tr("Phát ngay"),
            self.tr("Ngắt “{current}” để phát ngay “{title}”?").format(current=current, title=row.item.title),
            self.tr("Phát ngay"),
        ):
            return False
        return self._act(engine.play_now, row.key)

    def _ask_early(self, row: RundownRow, current: str | None) -> bool | None:
        """An item still ahead: True to move it (phát sớm thay cho giờ đã lên lịch), False to play it now and
        keep its time, None to cancel. Keeping the time is the default."""
        when = _clock_text(row.item.planned_start, self.now())
        text = self.tr("“{title}” được lên lịch phát lúc {time}.").format(title=row.item.title, time=when)
        if current:
            text += "\n\n" + self.tr("“{current}” đang phát sẽ bị ngắt.").format(current=current)
        text += "\n\n" + self.tr(
            "Phát ngay và giữ giờ {time}: mục vẫn phát lại lúc {time}.\n"
            "Phát sớm thay cho giờ đã lên lịch: lúc {time} mục này sẽ không phát nữa."
        ).format(time=when)
        return ask_choice(
            self,
            "play_early_question",
            self.tr("Phát ngay"),
            text,
            (self.tr("Phát ngay, giữ giờ {time}").format(time=when), False),
            (self.tr("Phát sớm thay cho giờ đã lên lịch"), True),
        )

    def put_back_selected(self) -> bool:
        """Đưa lại vào lịch: an item cut or skipped by hand waits again for its time."""
        row = self.selected_row()
        if self.playout is None or row is None:
            return False
        return self._act(self.playout.engine.put_back, row.key)

    def skip(self) -> bool:
        if self.playout is None:
            return False
        return self._act(self.playout.engine.skip)

    def stop_or_resume(self) -> bool:
        if self.playout is None:
            return False
        if self.state is not None and self.state.paused:
            return self._act(self.playout.engine.resume)
        if not self._confirm(self.tr("Dừng phát"), self._stop_question(), self.tr("Dừng phát")):
            return False
        return self._act(self.playout.engine.stop)

    def _stop_question(self) -> str:
        """Dừng acts on what is on air; the question says what else it holds and when the station goes on."""
        assert self.playout is not None
        engine = self.playout.engine
        now = self.now()
        current = self._on_air_title()
        text = self.tr("Dừng phát sóng?\n\n")
        if current:
            text += self.tr("“{title}” sẽ bị ngắt (ghi “Bị ngắt” trong nhật ký). ").format(title=current)
        held = [row.item.title for row in engine.held_by_stop(now)]
        if held:
            text += self.tr(
                "Các mục đã đến giờ sẽ chờ, và bị ghi là bỏ qua nếu hết khung giờ trước khi tiếp tục: {titles}. "
            ).format(titles=", ".join(f"“{title}”" for title in held))
        resume = engine.next_start_after(now)
        if resume is not None:
            text += self.tr(
                "Đài tự phát lại từ {time} theo lịch; bấm “Tiếp tục phát tự động” để phát lại sớm hơn."
            ).format(time=_clock_text(resume, now))
        else:
            text += self.tr("Phát tự động tạm dừng cho tới khi bấm “Tiếp tục phát tự động”.")
        return text

    def ask_emergency(self) -> bool:
        if self.playout is None:
            return False
        dialog = EmergencyDialog(self.db, self.station.paths.data_dir, self)
        if dialog.exec() != EmergencyDialog.DialogCode.Accepted or dialog.segment_id is None:
            return False
        segment_id = dialog.segment_id
        title = dialog.model.rows[dialog.model.row_of(segment_id)].info.title
        current = self._on_air_title()
        text = self.tr("Phát khẩn cấp “{title}” ngay bây giờ?").format(title=title)
        if current:
            text += "\n\n" + self.tr("“{current}” đang phát sẽ bị ngắt.").format(current=current)
        if not self._confirm(self.tr("Phát khẩn cấp"), text, self.tr("Phát khẩn cấp"), self.tr("Hủy")):
            return False
        return self.play_emergency(segment_id)

    def play_emergency(self, segment_id: int) -> bool:
        return self.playout is not None and self._act(self.playout.engine.emergency, segment_id)

    def toggle_live(self) -> bool:
        if self.playout is None:
            return False
        playing = self.state.now_playing if self.state else None
        if playing is not None and playing.live:
            return self.end_live()
        dialog = LiveReadingDialog(self.db, self)
        dialog.setObjectName("live_reading_dialog")
        if dialog.exec() != LiveReadingDialog.DialogCode.Accepted:
            return False
        return self.start_live(dialog.title(), dialog.topic(), dialog.text())

    def start_live(self, title: str, topic: str, text: str = "") -> bool:
        """Starts the live reading and opens the prompter, which records it (15voice)."""
        if self.playout is None:
            return False
        self._finish_prompter(None, self.runner)  # a reading ended by an emergency whose prompter is still open
        try:
            airing_id = self.playout.act(self.playout.engine.start_live, title, topic)
        except StationError as error:
            show_error(self, error)
            return False
        self.prompter = PrompterDialog(self.station, title=title, text=text, airing_id=airing_id, parent=self)
        self.prompter.setObjectName("prompter_dialog")
        self.prompter.end_requested.connect(self.end_live)
        self.prompter.show()
        return True

    def end_live(self) -> bool:
        """Ends the live reading (if it is still on air) and keeps the prompter's recording with its airing."""
        playing = self.state.now_playing if self.state else None
        playout = self.playout
        if playout is not None and playing is not None and playing.live and not self._act(playout.engine.stop_live):
            return False
        self._finish_prompter(playing.airing_id if playing is not None else None, self.runner)
        return True

    def _finish_prompter(self, airing_id: int | None, runner: TaskRunner | None = None) -> None:
        prompter, self.prompter = self.prompter, None
        if prompter is not None:
            prompter.finish(prompter.airing_id or airing_id, runner)

    # --- events -----------------------------------------------------------------------------------

    def load_recent_events(self, limit: int = 30) -> None:
        """Today's last airings from the log, so the list is not empty after a restart."""
        for row in reversed(latest_of_day(self.db, self.now().date(), limit)):
            self.add_event(event_from_row(row))

    def event_text(self, event: PlayoutEvent) -> str:
        when = event.at.strftime("%H:%M:%S")
        status = state_label(event.status)
        trigger = trigger_label(event.trigger)
        if event.kind == "started":
            text = self.tr("{when} Bắt đầu “{title}” ({trigger})").format(when=when, title=event.title, trigger=trigger)
        elif event.kind in ("finished", "recovered"):
            text = self.tr("{when} {status}: “{title}”, {length}").format(
                when=when, status=status, title=event.title, length=format_duration(event.duration_s)
            )
        else:
            text = self.tr("{when} {status}: “{title}”").format(when=when, status=status, title=event.title)
        return f"{text}. {event.note}" if event.note else text

    def add_event(self, event: PlayoutEvent) -> None:
        entry = QListWidgetItem(self.event_text(event))
        if event.status in ("failed", "missed"):
            entry.setForeground(QBrush(QColor("#b71c1c")))
        elif event.status in ("interrupted", "skipped"):
            entry.setForeground(QBrush(QColor("#8d4b00")))
        elif event.kind == "started":
            entry.setForeground(QBrush(QColor("#1b5e20")))
        self._push(entry)

    def add_error(self, message: str) -> None:
        entry = QListWidgetItem(f"{self.now():%H:%M:%S} ⚠ {message}")
        entry.setForeground(QBrush(QColor("#b71c1c")))
        self._push(entry)

    def _push(self, entry: QListWidgetItem) -> None:
        entry.setToolTip(entry.text())
        self.events.insertItem(0, entry)
        while self.events.count() > MAX_EVENTS:
            self.events.takeItem(self.events.count() - 1)

    def event_texts(self) -> list[str]:
        return [self.events.item(row).text() for row in range(self.events.count())]

    def shutdown(self) -> None:
        self._finish_prompter(None)  # the window closes during a reading: keep what was recorded so far
        self.runner.wait_all()  # a reading ended just before: its take, still being encoded, is tied to its airing
        if self._clock_timer is not None:
            self._clock_timer.stop()
        if self.playout is not None and self._listening:
            self._listening = False
            self.playout.state_changed.disconnect(self.refresh)
            self.playout.event_reported.disconnect(self.add_event)
            self.playout.error_reported.disconnect(self.add_error)


def event_from_row(row: dict) -> PlayoutEvent:
    """A log row as the event that wrote it last."""
    status = row["status"]
    kind = {"on_air": "started", "completed": "finished", "interrupted": "finished"}.get(status, "not_aired")
    stamp = row["ended_at"] if kind == "finished" else (row["started_at"] or row["scheduled_at"])
    return PlayoutEvent(
        kind,
        parse_timestamp(stamp),
        row["id"],
        row["title"],
        row["topic"],
        row["trigger"],
        status,
        row["duration_s"],
        parse_timestamp(row["scheduled_at"]) if row["scheduled_at"] else None,
        row["note"] if kind != "started" else "",
    )


def _headed(heading: QWidget, body: QWidget) -> QWidget:
    """A heading over a widget that takes the rest of the height, with no margins of its own."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading)
    layout.addWidget(body, 1)
    return box


def _clock_text(moment: datetime, now: datetime) -> str:
    """06:00, with the day when it is not today."""
    text = moment.strftime("%H:%M")
    return text if moment.date() == now.date() else text + moment.strftime(" %d/%m")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
