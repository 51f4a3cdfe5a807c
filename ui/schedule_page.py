"""Lịch phát: broadcast windows and their ordered items (drag to reorder), one-off items, the week, warnings."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import schedule_store, segments
from app.errors import NotFound, StationError
from app.policy import rules_from_settings
from app.station import Station
from schedules import Priority
from ui.errors import show_error
from ui.formats import format_duration
from ui.policy_override import schedule_with_policy
from ui.qt_dates import from_qdatetime, to_qdatetime
from ui.schedule_models import (
    WARNING_COLOUR,
    OneOffTableModel,
    WarningIndex,
    WindowItemsModel,
    WindowTableModel,
    priority_label,
)
from ui.segment_picker import SegmentPickerDialog
from ui.tasks import TaskRunner
from ui.time_fields import DateTimeField
from ui.week_view import WeekView, week_start
from ui.widgets import hint, page_title, panes, row_table
from ui.window_editor import WindowEditor

WARNING_DAYS = 7
PRIORITIES = (Priority.ORDINARY, Priority.PRIORITY, Priority.EMERGENCY)


def _button(text: str, name: str, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumHeight(38)
    if primary:
        font = QFont(button.font())
        font.setBold(True)
        button.setFont(font)
        button.setStyleSheet(
            "QPushButton { background: #1565c0; color: white; border-radius: 4px; padding: 0 14px; }"
            "QPushButton:disabled { background: #9e9e9e; }"
        )
    return button


def _priority_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setMinimumHeight(34)
    for priority in PRIORITIES:
        combo.addItem(priority_label(priority), priority.value)
    return combo


class SchedulePage(QWidget):
    """Emits `schedule_changed` after every saved change, so the playout engine re-reads the schedule."""

    schedule_changed = Signal()

    def __init__(self, station: Station, runner: TaskRunner, *, clock=None) -> None:
        super().__init__()
        self.station = station
        self.runner = runner
        self.db = station.db
        self.data_dir = station.paths.data_dir
        self.clock = clock or station.now
        self.read_only = station.read_only
        self.warnings = WarningIndex()
        self.week_first: date | None = None

        self._build_windows_tab()
        self._build_one_off_tab()
        self.week_view = WeekView()
        self.week_view.setObjectName("week_view")
        self.week_view.week_requested.connect(self.show_week)
        self.week_view.window_activated.connect(self.open_window)
        self.week_view.item_activated.connect(self.open_item)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("schedule_tabs")
        self.tabs.addTab(self.windows_tab, self.tr("Khung giờ phát"))
        self.tabs.addTab(self.one_off_tab, self.tr("Mục phát riêng"))
        self.tabs.addTab(self.week_view, self.tr("Lịch cả tuần"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self._build_warning_box()

        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(page_title(self.tr("Lịch phát")))
        title_row.addWidget(
            hint(
                self.tr(
                    "Khung giờ phát hằng ngày, thứ tự các tiết mục trong từng khung giờ và "
                    "các mục phát riêng vào một giờ nhất định."
                )
            ),
            1,
        )
        self.relay_button = _button(self.tr("Thêm tiếp sóng"), "add_relay")
        self.relay_button.clicked.connect(self.add_relay)
        self.relay_button.setEnabled(not self.read_only)
        title_row.addWidget(self.relay_button)
        layout.addLayout(title_row)
        if self.read_only:
            notice = QLabel(self.tr("Đang mở chỉ để xem: không sửa được lịch phát."))
            notice.setStyleSheet("color: #b71c1c; font-weight: bold;")
            layout.addWidget(notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.warning_box)

        self.refresh()
        first = self.window_model.window(0)
        if first is not None:
            self.select_window(first.id)
        else:
            self.new_window()

    # --- building ---------------------------------------------------------------------------------

    def _build_warning_box(self) -> None:
        self.warning_list = QListWidget()
        self.warning_list.setObjectName("schedule_warnings")
        self.warning_list.setWordWrap(True)
        self.warning_list.itemDoubleClicked.connect(self._warning_activated)
        self.warning_box = QGroupBox()
        self.warning_box.setObjectName("schedule_warning_box")
        warning_layout = QVBoxLayout(self.warning_box)
        warning_layout.setContentsMargins(6, 4, 6, 6)
        warning_layout.addWidget(self.warning_list)

    def _build_windows_tab(self) -> None:
        """The list of windows beside the chosen window's form and its items."""
        left = self._build_window_list()
        self._build_window_editor()
        self._build_window_items()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor_box)
        right_layout.addWidget(self.items_box, 1)
        self.windows_tab = panes(left, right, stretch=(2, 3), sizes=(430, 610))

    def _build_window_list(self) -> QWidget:
        self.window_model = WindowTableModel(self)
        self.window_table = row_table("window_table", self.window_model)
        header = self.window_table.horizontalHeader()
        header.setSectionResizeMode(WindowTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column in (WindowTableModel.HOURS, WindowTableModel.DAYS, WindowTableModel.ITEMS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.window_table.selectionModel().currentRowChanged.connect(self._window_row_changed)
        self.new_window_button = _button(self.tr("Thêm khung giờ"), "window_new")
        self.delete_window_button = _button(self.tr("Xóa khung giờ"), "window_delete")
        self.new_window_button.clicked.connect(self.new_window)
        self.delete_window_button.clicked.connect(self.delete_current_window)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.window_table, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_window_button)
        left_buttons.addWidget(self.delete_window_button)
        left_layout.addLayout(left_buttons)
        return left

    def _build_window_editor(self) -> None:
        self.editor = WindowEditor()
        self.editor.setObjectName("window_editor")
        self.editor.modified.connect(self._update_actions)
        self.save_window_button = _button(self.tr("Lưu khung giờ"), "window_save", primary=True)
        self.save_window_button.clicked.connect(self.save_window)
        self.editor_box = QGroupBox(self.tr("Khung giờ"))
        editor_layout = QVBoxLayout(self.editor_box)
        editor_layout.addWidget(self.editor)
        self.editor_status = QLabel()
        self.editor_status.setObjectName("window_status")
        self.editor_status.setStyleSheet("color: #2e7d32;")
        self.editor.footer.addWidget(self.editor_status)
        self.editor.footer.addWidget(self.save_window_button)

    def _build_window_items(self) -> None:
        """The chosen window's items in play order (dragged to reorder), with their buttons."""
        self.items_model = WindowItemsModel(self.db, self.data_dir, self)
        self.items_model.order_changed.connect(self._after_change)
        self.items_model.move_failed.connect(lambda error: show_error(self, error))
        self.items_table = row_table("window_items", self.items_model)
        self.items_table.setDragEnabled(True)
        self.items_table.setAcceptDrops(True)
        self.items_table.setDropIndicatorShown(True)
        self.items_table.setDragDropOverwriteMode(False)
        self.items_table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items_table.setDefaultDropAction(Qt.DropAction.MoveAction)
        items_header = self.items_table.horizontalHeader()
        for column in range(self.items_model.columnCount()):
            items_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        items_header.setSectionResizeMode(WindowItemsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.items_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.add_item_button = _button(self.tr("Thêm tiết mục…"), "item_add", primary=True)
        self.up_button = _button(self.tr("▲ Lên"), "item_up")
        self.down_button = _button(self.tr("▼ Xuống"), "item_down")
        self.item_priority = _priority_combo("item_priority")
        self.item_priority.setToolTip(
            self.tr(
                "Mức ưu tiên của tiết mục đã chọn. Ưu tiên: phát trước các tiết mục "
                "còn lại của khung giờ. Khẩn cấp: ngắt ngay tiết mục đang phát."
            )
        )
        self.remove_item_button = _button(self.tr("Bỏ khỏi khung giờ"), "item_remove")
        self.add_item_button.clicked.connect(self.add_item)
        self.up_button.clicked.connect(lambda: self.move_current_item(-1))
        self.down_button.clicked.connect(lambda: self.move_current_item(1))
        self.item_priority.activated.connect(lambda _index: self.set_current_priority())
        self.remove_item_button.clicked.connect(self.remove_current_item)
        self.items_total = QLabel()
        self.items_total.setObjectName("items_total")
        self.items_box = QGroupBox(self.tr("Tiết mục trong khung giờ (kéo thả để đổi thứ tự)"))
        items_layout = QVBoxLayout(self.items_box)
        items_layout.addWidget(self.items_table, 1)
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.add_item_button)
        item_buttons.addWidget(self.up_button)
        item_buttons.addWidget(self.down_button)
        item_buttons.addWidget(self.item_priority)
        item_buttons.addWidget(self.remove_item_button)
        item_buttons.addStretch(1)
        items_layout.addLayout(item_buttons)
        items_layout.addWidget(self.items_total)

    def _build_one_off_tab(self) -> None:
        self.one_off_model = OneOffTableModel(self.db, self.data_dir, self, clock=lambda: self.clock())
        self.one_off_table = row_table("one_off_table", self.one_off_model)
        header = self.one_off_table.horizontalHeader()
        for column in range(self.one_off_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OneOffTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.one_off_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.show_past_box = QCheckBox(self.tr("Hiện cả các mục đã qua"))
        self.show_past_box.setObjectName("one_off_show_past")
        self.show_past_box.toggled.connect(self._toggle_past)
        self.delete_one_off_button = _button(self.tr("Xóa mục đã chọn"), "one_off_delete")
        self.delete_one_off_button.clicked.connect(self.delete_current_one_off)

        self.one_off_segment: int | None = None
        self.one_off_segment_label = QLabel(self.tr("(chưa chọn)"))
        self.one_off_segment_label.setObjectName("one_off_segment")
        self.one_off_segment_label.setMinimumWidth(240)
        self.choose_segment_button = _button(self.tr("Chọn tiết mục…"), "one_off_choose")
        self.choose_segment_button.clicked.connect(self.choose_one_off_segment)
        self.one_off_at = DateTimeField()
        self.one_off_at.setObjectName("one_off_at")
        self.one_off_at.setDisplayFormat("HH:mm:ss  dd/MM/yyyy")
        self.one_off_at.setCalendarPopup(True)
        self.one_off_at.setMinimumHeight(34)
        self.one_off_priority = _priority_combo("one_off_priority")
        self.add_one_off_button = _button(self.tr("Thêm mục phát riêng"), "one_off_add", primary=True)
        self.add_one_off_button.clicked.connect(self.add_one_off_from_form)
        self._reset_one_off_time()

        form = QGroupBox(self.tr("Thêm mục phát riêng vào một thời điểm"))
        form_layout = QHBoxLayout(form)
        form_layout.addWidget(QLabel(self.tr("Tiết mục:")))
        form_layout.addWidget(self.one_off_segment_label, 1)
        form_layout.addWidget(self.choose_segment_button)
        form_layout.addSpacing(12)
        form_layout.addWidget(QLabel(self.tr("Lúc:")))
        form_layout.addWidget(self.one_off_at)
        form_layout.addWidget(self.one_off_priority)
        form_layout.addWidget(self.add_one_off_button)

        self.one_off_tab = QWidget()
        layout = QVBoxLayout(self.one_off_tab)
        layout.addWidget(form)
        layout.addWidget(self.one_off_table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_past_box)
        bottom.addStretch(1)
        bottom.addWidget(self.delete_one_off_button)
        layout.addLayout(bottom)

    # --- reading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read windows, items, one-offs and the warnings of the coming days."""
        today = self.clock().date()
        self.warnings = WarningIndex(schedule_store.week_plans(self.db, today, self.data_dir, days=WARNING_DAYS))
        windows = schedule_store.list_windows(self.db)
        counts = schedule_store.window_item_counts(self.db)
        chosen = self.current_window_id()
        self.window_model.set_windows(windows, counts, self.warnings)
        if chosen is not None and self.window_model.row_of(chosen) >= 0:
            self._select_row(self.window_table, self.window_model.row_of(chosen))
        current_window = next((w for w in windows if w.id == self.editor.window_id), None)
        item = self.current_item_id()
        self.items_model.set_window(current_window, self.warnings)
        if item is not None and self.items_model.row_of(item) >= 0:
            self._select_row(self.items_table, self.items_model.row_of(item))
        one_off = self.current_one_off_id()
        self.one_off_model.refresh(self.warnings)
        if one_off is not None and self.one_off_model.row_of(one_off) >= 0:
            self._select_row(self.one_off_table, self.one_off_model.row_of(one_off))
        self._show_warnings()
        if self.tabs.currentWidget() is self.week_view:
            self._refresh_week()
        self._update_actions()

    def _show_warnings(self) -> None:
        self.warning_list.clear()
        for group in self.warnings.groups:
            entry = QListWidgetItem("⚠ " + group.text)
            entry.setForeground(QBrush(WARNING_COLOUR))
            entry.setToolTip(group.text)
            entry.setData(Qt.ItemDataRole.UserRole, (group.warning.window_id, group.warning.item_id))
            self.warning_list.addItem(entry)
        count = len(self.warnings)
        if count:
            self.warning_box.setTitle(
                self.tr("Cảnh báo trong {days} ngày tới ({n})").format(days=WARNING_DAYS, n=count)
            )
            self._fit_warnings()
        else:
            self.warning_box.setTitle(self.tr("Cảnh báo trong {days} ngày tới").format(days=WARNING_DAYS))
            entry = QListWidgetItem(self.tr("✓ Không có cảnh báo: lịch phát hợp lệ."))
            entry.setForeground(QBrush(Qt.GlobalColor.darkGreen))
            self.warning_list.addItem(entry)
            self._fit_warnings()

    def _fit_warnings(self) -> None:
        """As tall as the warnings need, up to a few lines; the list scrolls beyond."""
        width = max(200, self.width() - 60)  # the list spans the page, less the margins
        metrics = self.warning_list.fontMetrics()
        lines = 0
        for row in range(self.warning_list.count()):
            text = self.warning_list.item(row).text()
            lines += max(1, -(-metrics.horizontalAdvance(text) // max(1, width - 12)))
        height = min(6, lines) * (metrics.lineSpacing() + 1) + 2 * self.warning_list.frameWidth() + 6
        self.warning_list.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_warnings()

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if current is self.week_view:
            self._refresh_week()
        elif current is self.one_off_tab and self.one_off_moment() < self.clock():
            self._reset_one_off_time()

    def show_week(self, first_day: date | None = None) -> None:
        self.week_first = first_day or week_start(self.clock().date())
        self._refresh_week()
        self.tabs.setCurrentWidget(self.week_view)

    def _refresh_week(self) -> None:
        first = self.week_first or week_start(self.clock().date())
        self.week_first = first
        plans = schedule_store.week_plans(self.db, first, self.data_dir)
        windows = {w.id: w for w in schedule_store.list_windows(self.db) if w.active}
        rules = rules_from_settings(self.station.settings)
        created = schedule_store.window_created_dates(self.db)
        self.week_view.show_week(first, plans, windows, self.clock().date(), rules, created)

    # --- selection helpers ------------------------------------------------------------------------

    @staticmethod
    def _select_row(table: QTableView, row: int) -> None:
        index = table.model().index(row, 0)
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    @staticmethod
    def _current_row(table: QTableView) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def current_window_id(self) -> int | None:
        window = self.window_model.window(self._current_row(self.window_table))
        return window.id if window else None

    def current_item_id(self) -> int | None:
        item = self.items_model.item(self._current_row(self.items_table))
        return item.id if item else None

    def current_one_off_id(self) -> int | None:
        item = self.one_off_model.item(self._current_row(self.one_off_table))
        return item.id if item else None

    def select_window(self, window_id: int) -> None:
        row = self.window_model.row_of(window_id)
        if row >= 0:
            self._select_row(self.window_table, row)

    def _window_row_changed(self, current, _previous) -> None:
        window = self.window_model.window(current.row())
        if window is None or window.id == self.editor.window_id:
            return
        if not self._maybe_save():
            # Stay on the window being edited.
            self.window_table.selectionModel().blockSignals(True)
            self._select_row(self.window_table, self.window_model.row_of(self.editor.window_id))
            self.window_table.selectionModel().blockSignals(False)
            return
        self._load_window(window)

    def _load_window(self, window) -> None:
        self.editor.load(window)
        self.editor_box.setTitle(
            self.tr("Khung giờ: {name}").format(name=window.name) if window else self.tr("Khung giờ mới")
        )
        self.editor_status.clear()
        self.items_model.set_window(window, self.warnings)
        if self.items_model.rowCount():
            self._select_row(self.items_table, 0)
        self._update_actions()

    def _maybe_save(self) -> bool:
        """Unsaved changes: save them, drop them, or stay (False)."""
        if not self.editor.is_modified or self.read_only:
            return True
        answer = self._ask(
            self.tr("Lưu khung giờ"),
            self.tr("Khung giờ đang sửa chưa được lưu. Lưu lại không?"),
            [self.tr("Lưu"), self.tr("Không lưu"), self.tr("Hủy")],
        )
        if answer == 0:
            return self.save_window() is not None
        return answer == 1

    def _ask(self, title: str, text: str, choices: list[str]) -> int:
        """A question with Vietnamese buttons; returns the index of the one clicked (the last = cancel)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        roles = [QMessageBox.ButtonRole.AcceptRole] + [QMessageBox.ButtonRole.DestructiveRole] * (len(choices) - 2)
        buttons = [box.addButton(choice, role) for choice, role in zip(choices[:-1], roles, strict=True)]
        buttons.append(box.addButton(choices[-1], QMessageBox.ButtonRole.RejectRole))
        box.setDefaultButton(buttons[0] if len(choices) > 2 else buttons[-1])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else len(choices) - 1

    # --- windows ----------------------------------------------------------------------------------

    def new_window(self) -> None:
        if not self._maybe_save():
            return
        self.window_table.selectionModel().blockSignals(True)
        self.window_table.clearSelection()
        self.window_table.selectionModel().blockSignals(False)
        self._load_window(None)
        self.editor.name_edit.setFocus()

    def save_window(self) -> int | None:
        """Adds or updates the window in the editor; returns its id, None when the store refused it."""
        values = self.editor.values()
        editing = self.editor.window_id

        def change(override: schedule_store.PolicyOverride | None) -> int:
            if editing is None:
                return schedule_store.add_window(self.db, **values, override=override)
            schedule_store.update_window(self.db, editing, override=override, **values)
            return editing

        window_id = schedule_with_policy(self, self.station.settings.operator_name, change)
        if window_id is None:
            return None
        window = schedule_store.get_window(self.db, window_id)
        self.editor.mark_saved(window)
        self.editor_box.setTitle(self.tr("Khung giờ: {name}").format(name=window.name))
        self._after_change()
        self.select_window(window_id)
        self.editor_status.setText(self.tr("Đã lưu khung giờ “{name}”.").format(name=window.name))
        return window_id

    def delete_current_window(self) -> None:
        window_id = self.editor.window_id
        if window_id is None:
            self.new_window()
            return
        window = schedule_store.get_window(self.db, window_id)
        count = len(self.items_model.rows)
        answer = self._ask(
            self.tr("Xóa khung giờ"),
            self.tr(
                "Xóa khung giờ “{name}” và %n mục trong đó khỏi lịch phát?\n"
                "Tiết mục trong thư viện và nhật ký phát sóng vẫn được giữ nguyên.",
                "",
                count,
            ).format(name=window.name),
            [self.tr("Xóa khung giờ"), self.tr("Không xóa")],
        )
        if answer != 0:
            return
        try:
            schedule_store.delete_window(self.db, window_id)
        except StationError as error:
            show_error(self, error)
            return
        self.editor.load(None)
        self._after_change()
        if self.window_model.rowCount():
            self._select_row(self.window_table, 0)
            self._load_window(self.window_model.window(0))
        else:
            self._load_window(None)

    def open_window(self, window_id: int) -> None:
        self.tabs.setCurrentWidget(self.windows_tab)
        if self.window_model.row_of(window_id) < 0:
            self.refresh()  # added since the list was read (by the command line, say)
        self.select_window(window_id)

    def open_item(self, item_id: int) -> None:
        try:
            window_id = schedule_store.item_window_id(self.db, item_id)
        except NotFound:
            return
        if window_id is None:
            self.tabs.setCurrentWidget(self.one_off_tab)
            if self.one_off_model.row_of(item_id) < 0 and not self.show_past_box.isChecked():
                self.show_past_box.setChecked(True)
            if self.one_off_model.row_of(item_id) >= 0:
                self._select_row(self.one_off_table, self.one_off_model.row_of(item_id))
            return
        self.open_window(window_id)
        if self.items_model.row_of(item_id) >= 0:
            self._select_row(self.items_table, self.items_model.row_of(item_id))

    def _warning_activated(self, entry: QListWidgetItem) -> None:
        target = entry.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        window_id, item_id = target
        if item_id is not None:
            self.open_item(item_id)
        elif window_id is not None:
            self.open_window(window_id)

    # --- items of the window ----------------------------------------------------------------------

    def pick_segment(self, title: str, accept_text: str) -> int | None:
        dialog = SegmentPickerDialog(self.db, self.data_dir, self, title=title, accept_text=accept_text)
        dialog.setObjectName("segment_picker")
        if dialog.exec() != SegmentPickerDialog.DialogCode.Accepted:
            return None
        return dialog.segment_id

    def add_item(self) -> None:
        if self.editor.window_id is None:
            if self.save_window() is None:
                return
        segment_id = self.pick_segment(self.tr("Thêm tiết mục vào khung giờ"), self.tr("Thêm vào khung giờ"))
        if segment_id is not None:
            self.add_segment_to_window(segment_id)

    def add_relay(self) -> int | None:
        """“Thêm tiếp sóng”: a new relay programme, added to the window being edited (if any)."""
        from ui.relay_dialog import RelayDialog

        dialog = RelayDialog(self.db, self.data_dir, self.runner, self, clock=self.clock)
        dialog.setObjectName("relay_dialog")
        if dialog.exec() != RelayDialog.DialogCode.Accepted or dialog.segment_id is None:
            return None
        if self.editor.window_id is not None:
            self.add_segment_to_window(dialog.segment_id)
        else:
            self._after_change()
        return dialog.segment_id

    def add_segment_to_window(self, segment_id: int, priority: Priority = Priority.ORDINARY) -> int | None:
        window_id = self.editor.window_id
        if window_id is None:
            return None
        try:
            item_id = schedule_store.add_window_item(
                self.db, window_id, segment_id, priority=priority, created_at=self.clock()
            )
        except StationError as error:
            show_error(self, error)
            return None
        self._after_change()
        self._select_row(self.items_table, self.items_model.row_of(item_id))
        return item_id

    def move_current_item(self, step: int) -> None:
        row = self._current_row(self.items_table)
        if self.items_model.move_item(row, step):
            self._select_row(self.items_table, row + step)

    def set_current_priority(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        try:
            schedule_store.set_item_priority(self.db, item_id, self.item_priority.currentData())
        except StationError as error:
            show_error(self, error)
            return
        self._after_change()

    def remove_current_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        row = self._current_row(self.items_table)
        try:
            schedule_store.delete_item(self.db, item_id)
        except StationError as error:
            show_error(self, error)
            return
        self._after_change()
        if self.items_model.rowCount():
            self._select_row(self.items_table, min(row, self.items_model.rowCount() - 1))

    # --- one-off items ----------------------------------------------------------------------------

    def _reset_one_off_time(self) -> None:
        soon = (self.clock() + timedelta(minutes=10)).replace(second=0, microsecond=0)
        self.one_off_at.setDateTime(to_qdatetime(soon))

    def one_off_moment(self) -> datetime:
        return from_qdatetime(self.one_off_at.dateTime())

    def _toggle_past(self, checked: bool) -> None:
        self.one_off_model.show_past = checked
        self.one_off_model.refresh(self.warnings)
        self._update_actions()

    def choose_one_off_segment(self) -> None:
        segment_id = self.pick_segment(self.tr("Chọn tiết mục phát riêng"), self.tr("Chọn"))
        if segment_id is not None:
            self.set_one_off_segment(segment_id)

    def set_one_off_segment(self, segment_id: int) -> None:
        audio = segments.segment_audio(self.db, self.data_dir, [segment_id]).get(segment_id)
        self.one_off_segment = segment_id if audio else None
        self.one_off_segment_label.setText(audio.info.title if audio else self.tr("(chưa chọn)"))
        self._update_actions()

    def add_one_off_from_form(self) -> int | None:
        if self.one_off_segment is None:
            show_error(self, StationError(self.tr("Hãy chọn tiết mục cần phát.")))
            return None
        at = self.one_off_moment()
        priority = Priority(self.one_off_priority.currentData())
        segment_id = self.one_off_segment
        item_id = schedule_with_policy(
            self,
            self.station.settings.operator_name,
            lambda override: schedule_store.add_one_off(
                self.db, segment_id, at, priority=priority, now=self.clock(), override=override
            ),
        )
        if item_id is None:
            return None
        self._after_change()
        row = self.one_off_model.row_of(item_id)
        if row >= 0:
            self._select_row(self.one_off_table, row)
        return item_id

    def delete_current_one_off(self) -> None:
        """Asks first, as for a window: one click must not take an announcement off the air."""
        item = self.one_off_model.item(self._current_row(self.one_off_table))
        if item is None:
            return
        item_id = item.id
        title = item.segment_title if item.segment_title is not None else self.tr("(tiết mục đã bị xóa)")
        when = item.at.strftime("%H:%M:%S ngày %d/%m/%Y") if item.at else ""
        answer = self._ask(
            self.tr("Xóa mục phát riêng"),
            self.tr(
                "Xóa mục phát riêng “{title}” lúc {when} khỏi lịch phát? Đài sẽ không phát mục này.\n"
                "Tiết mục trong thư viện và nhật ký phát sóng vẫn được giữ nguyên."
            ).format(title=title, when=when),
            [self.tr("Xóa mục này"), self.tr("Không xóa")],
        )
        if answer != 0:
            return
        try:
            schedule_store.delete_item(self.db, item_id)
        except StationError as error:
            show_error(self, error)
            return
        self._after_change()

    # --- after a change ---------------------------------------------------------------------------

    def _after_change(self) -> None:
        self.refresh()
        self.schedule_changed.emit()

    def _update_actions(self) -> None:
        writable = not self.read_only
        has_window = self.editor.window_id is not None
        item = self.items_model.item(self._current_row(self.items_table))
        row = self._current_row(self.items_table)
        self.editor.setEnabled(writable)
        self.save_window_button.setEnabled(writable and (self.editor.is_modified or not has_window))
        self.new_window_button.setEnabled(writable)
        self.delete_window_button.setEnabled(writable and has_window)
        self.add_item_button.setEnabled(writable)
        self.items_table.setDragEnabled(writable)
        self.up_button.setEnabled(writable and item is not None and row > 0)
        self.down_button.setEnabled(writable and item is not None and row < self.items_model.rowCount() - 1)
        self.remove_item_button.setEnabled(writable and item is not None)
        self.item_priority.setEnabled(writable and item is not None)
        if item is not None:
            self.item_priority.setCurrentIndex(max(0, self.item_priority.findData(item.priority.value)))
        total = self.items_model.total_s()
        window = self.items_model.window
        if window is None:
            self.items_total.setText(self.tr("Lưu khung giờ trước, rồi thêm tiết mục."))
            self.items_total.setStyleSheet("color: #555;")
        else:
            length = window.length.total_seconds()
            text = self.tr("%n tiết mục, tổng {total} / khung giờ {length}", "", self.items_model.rowCount()).format(
                total=format_duration(total), length=format_duration(length)
            )
            if total > length:
                text += " — " + self.tr("VƯỢT QUÁ {over}").format(over=format_duration(total - length))
                self.items_total.setStyleSheet("color: #b71c1c; font-weight: bold;")
            else:
                self.items_total.setStyleSheet("color: #555;")
            self.items_total.setText(text)
        self.choose_segment_button.setEnabled(writable)
        self.add_one_off_button.setEnabled(writable and self.one_off_segment is not None)
        self.delete_one_off_button.setEnabled(writable and self.current_one_off_id() is not None)

    def shutdown(self) -> None:
        """Nothing runs in the background here; kept for the main window's shutdown loop."""
