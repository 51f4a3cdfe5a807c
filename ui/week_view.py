"""The week at a glance: seven columns, each day's windows with their items, one-off items, warnings, and the
station's quiet hours (giờ nghỉ) and days it may not broadcast."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from schedules import DayPlan, Priority, Window
from schedules.policy import NO_RULES, BroadcastRules
from ui.formats import format_duration
from ui.labels import day_name, priority_label
from ui.schedule_models import PRIORITY_COLOURS, WARNING_COLOUR, clock

WINDOW_BACKGROUND = QColor("#e3f2fd")
QUIET_BACKGROUND = QColor("#cfd8dc")
TODAY_STYLE = "background: #1565c0; color: white; border-radius: 4px; padding: 4px;"
DAY_STYLE = "background: #eceff1; border-radius: 4px; padding: 4px;"
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.isoweekday() - 1)


class WeekView(QWidget):
    """`show_week(first_day, plans, windows)` fills the seven columns. Double-clicking a window or an item
    reports it (`window_activated`, `item_activated`) so the page can open it in the editor."""

    week_requested = Signal(object)  # the Monday to show
    window_activated = Signal(int)
    item_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_day: date | None = None
        self.today: date | None = None
        self.rules: BroadcastRules = NO_RULES
        self.created: dict[int, date] = {}
        top = self._build_navigation()
        grid = self._build_days()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

    def _build_navigation(self) -> QHBoxLayout:
        """Previous week, this week, next week, and the dates shown."""
        self.previous_button = QPushButton(self.tr("◀ Tuần trước"))
        self.previous_button.setObjectName("week_previous")
        self.this_week_button = QPushButton(self.tr("Tuần này"))
        self.this_week_button.setObjectName("week_this")
        self.next_button = QPushButton(self.tr("Tuần sau ▶"))
        self.next_button.setObjectName("week_next")
        self.range_label = QLabel()
        self.range_label.setObjectName("week_range")
        font = QFont(self.range_label.font())
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.range_label.setFont(font)
        for button in (self.previous_button, self.this_week_button, self.next_button):
            button.setMinimumHeight(34)
        self.previous_button.clicked.connect(lambda: self._step(-7))
        self.next_button.clicked.connect(lambda: self._step(7))
        self.this_week_button.clicked.connect(lambda: self.week_requested.emit(None))

        top = QHBoxLayout()
        top.addWidget(self.previous_button)
        top.addWidget(self.this_week_button)
        top.addWidget(self.next_button)
        top.addSpacing(16)
        top.addWidget(self.range_label, 1)
        return top

    def _build_days(self) -> QGridLayout:
        """Seven columns, Monday first, each a heading over the day's windows and items."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        self.headers: list[QLabel] = []
        self.columns: list[QListWidget] = []
        for index in range(7):
            header = QLabel()
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setObjectName(f"week_day_header_{index}")
            header.setStyleSheet(DAY_STYLE)
            column = QListWidget()
            column.setObjectName(f"week_day_{index}")
            column.setWordWrap(False)
            column.setTextElideMode(Qt.TextElideMode.ElideRight)
            column.setSpacing(1)
            column.setFrameShape(QFrame.Shape.StyledPanel)
            column.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            column.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            column.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            column.itemDoubleClicked.connect(self._activated)
            grid.addWidget(header, 0, index)
            grid.addWidget(column, 1, index)
            grid.setColumnStretch(index, 1)
            self.headers.append(header)
            self.columns.append(column)
        grid.setRowStretch(1, 1)
        return grid

    def _step(self, days: int) -> None:
        if self.first_day is not None:
            self.week_requested.emit(self.first_day + timedelta(days=days))

    def _activated(self, item: QListWidgetItem) -> None:
        kind, ident = item.data(KIND_ROLE), item.data(ID_ROLE)
        if kind == "window" and ident is not None:
            self.window_activated.emit(int(ident))
        elif kind in ("item", "one_off") and ident is not None:
            self.item_activated.emit(int(ident))

    def show_week(
        self,
        first_day: date,
        plans: list[DayPlan],
        windows: dict[int, Window],
        today: date,
        rules: BroadcastRules = NO_RULES,
        created: dict[int, date] | None = None,
    ) -> None:
        """`created`: the date each window was made (app.schedule_store.window_created_dates); a window is not
        shown on the days before it, which it never had. A date after `today` (the computer's clock was set
        back since) is not trusted: such a window shows on every day of its recurrence, as one of unknown age."""
        self.first_day, self.today, self.rules = first_day, today, rules
        self.created = {wid: made for wid, made in (created or {}).items() if made <= today}
        last = first_day + timedelta(days=6)
        self.range_label.setText(
            self.tr("Tuần {first} – {last}").format(first=first_day.strftime("%d/%m"), last=last.strftime("%d/%m/%Y"))
        )
        by_day = {plan.date: plan for plan in plans}
        for index in range(7):
            day = first_day + timedelta(days=index)
            self._fill(index, day, by_day.get(day), windows)

    def _fill(self, index: int, day: date, plan: DayPlan | None, windows: dict[int, Window]) -> None:
        column, header = self.columns[index], self.headers[index]
        column.clear()
        unborn = {wid for wid, made in self.created.items() if day < made}  # windows not yet made on `day`
        windows = {wid: window for wid, window in windows.items() if wid not in unborn}
        warnings = tuple(
            w for w in (plan.warnings if plan else ()) if w.window_id not in unborn and w.other_window_id not in unborn
        )
        title = f"{day_name(day.isoweekday())}\n{day.strftime('%d/%m')}"
        if day.isoweekday() not in self.rules.days:
            title += "  " + self.tr("(không phát)")
        if warnings:
            title += "  ⚠ " + str(len(warnings))
        header.setText(title)
        header.setStyleSheet(TODAY_STYLE if day == self.today else DAY_STYLE)
        header.setToolTip("\n".join(f"⚠ {w.message}" for w in warnings))
        warned_windows = {w.window_id for w in warnings} | {w.other_window_id for w in warnings}
        warned_items = {w.item_id for w in warnings} | {i for w in warnings for i in w.item_ids}

        items = [item for item in (plan.items if plan else ()) if item.window_id not in unborn]
        # One group per window occurrence (an item's window_end tells which), one per one-off item.
        groups: dict[tuple, list] = {}
        for window in windows.values():
            if window.occurs_on(day) and window.is_valid:
                start = datetime.combine(day, window.start)
                groups[(window.id, start + window.length)] = [start, window, []]
        one_offs = []
        for item in items:
            item_window = windows.get(item.window_id) if item.window_id is not None else None
            if item_window is None or item.window_end is None:
                one_offs.append(item)
                continue
            key = (item_window.id, item.window_end)
            if key not in groups:
                groups[key] = [item.window_end - item_window.length, item_window, []]
            groups[key][2].append(item)
        entries: list[tuple] = [
            (max(start, datetime.combine(day, time())), 0, ("window", window, start, members))
            for start, window, members in groups.values()
        ]
        entries += [(item.planned_start, 1, ("one_off", item)) for item in one_offs]
        quiet = self._quiet_entries(day)
        entries += quiet
        entries.sort(key=lambda e: (e[0], e[1]))
        for _, _, entry in entries:
            if entry[0] == "quiet":
                self._add_quiet(column, entry[1], entry[2])
            elif entry[0] == "window":
                _, window, start, members = entry
                self._add_window(column, window, members, start.date() < day, window.id in warned_windows, warnings)
                for item in members:
                    self._add_item(column, item, item.item_id in warned_items, warnings)
            else:
                self._add_item(column, entry[1], entry[1].item_id in warned_items, warnings)
        if len(entries) == len(quiet):
            empty = QListWidgetItem(self.tr("(không có lịch)"))
            empty.setForeground(QBrush(QColor("#9e9e9e")))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            column.addItem(empty)

    def _quiet_entries(self, day: date) -> list[tuple]:
        """The quiet periods with time on `day`, clipped to it: the one ending in the morning first."""
        midnight = datetime.combine(day, time())
        end_of_day = midnight + timedelta(days=1)
        out = []
        for start, end in self.rules.quiet_periods(day):
            shown_start, shown_end = max(start, midnight), min(end, end_of_day)
            if shown_start < shown_end:
                out.append((shown_start, -1, ("quiet", shown_start, shown_end)))
        return out

    def _add_quiet(self, column: QListWidget, start: datetime, end: datetime) -> None:
        until = "24:00" if end.time() == time() and end.date() > start.date() else end.strftime("%H:%M")
        entry = QListWidgetItem(self.tr("🌙 {start}–{end} giờ nghỉ").format(start=start.strftime("%H:%M"), end=until))
        entry.setBackground(QBrush(QUIET_BACKGROUND))
        entry.setForeground(QBrush(QColor("#37474f")))
        entry.setToolTip(self.tr("Giờ nghỉ theo quy định giờ phát: mục thông thường và ưu tiên không được phát."))
        entry.setFlags(Qt.ItemFlag.NoItemFlags)
        entry.setData(KIND_ROLE, "quiet")
        column.addItem(entry)

    def _add_window(
        self, column: QListWidget, window: Window, members: list, from_yesterday: bool, warned: bool, warnings
    ) -> None:
        total = sum(item.planned_duration_s for item in members)
        text = f"{clock(window.start)}–{clock(window.end)}\n{window.name}"
        if from_yesterday:
            text += " " + self.tr("(từ hôm trước)")
        text += "\n" + self.tr("%n mục · {length}", "", len(members)).format(length=format_duration(total))
        entry = QListWidgetItem(("⚠ " if warned else "") + text)
        font = QFont(column.font())
        font.setBold(True)
        entry.setFont(font)
        entry.setBackground(QBrush(WINDOW_BACKGROUND))
        if warned:
            entry.setForeground(QBrush(WARNING_COLOUR))
            entry.setToolTip(
                "\n".join(f"⚠ {w.message}" for w in warnings if window.id in (w.window_id, w.other_window_id))
            )
        else:
            entry.setToolTip(self.tr("Khung giờ {name}").format(name=window.name))
        entry.setData(KIND_ROLE, "window")
        entry.setData(ID_ROLE, window.id)
        column.addItem(entry)

    def _add_item(self, column: QListWidget, item, warned: bool, warnings) -> None:
        one_off = item.window_id is None
        prefix = "★ " if one_off else "  "
        text = f"{prefix}{item.planned_start.strftime('%H:%M')} {item.title}"
        entry = QListWidgetItem(("⚠ " if warned else "") + text)
        small = QFont(column.font())
        small.setPointSize(max(7, small.pointSize() - 1))
        entry.setFont(small)
        tip = [
            item.title,
            self.tr("Lúc {time}, dài {length}").format(
                time=item.planned_start.strftime("%H:%M:%S"), length=format_duration(item.planned_duration_s)
            ),
        ]
        if one_off:
            tip.append(self.tr("Mục phát riêng ({priority})").format(priority=priority_label(item.priority)))
        if warned:
            entry.setForeground(QBrush(WARNING_COLOUR))
            tip += [f"⚠ {w.message}" for w in warnings if item.item_id == w.item_id or item.item_id in w.item_ids]
        elif item.priority in PRIORITY_COLOURS and item.priority is not Priority.ORDINARY:
            entry.setForeground(QBrush(PRIORITY_COLOURS[item.priority]))
        entry.setToolTip("\n".join(tip))
        entry.setData(KIND_ROLE, "one_off" if one_off else "item")
        entry.setData(ID_ROLE, item.item_id)
        column.addItem(entry)

    def texts(self, index: int) -> list[str]:
        column = self.columns[index]
        return [column.item(row).text() for row in range(column.count())]
