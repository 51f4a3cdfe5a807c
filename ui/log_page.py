"""Nhật ký phát sóng: every airing, filtered by dates, topic and status, with the totals of what is shown;
export to CSV, import a CSV after a preview, and a red banner when the log was altered outside the program."""

from __future__ import annotations

import time as wallclock
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.database import open_database_read_only
from app.errors import StationError
from app.labels import QT_TRANSLATE_NOOP
from app.log.export import export_csv
from app.log.importer import ImportPreview, apply_import, preview_import
from app.log.statuses import FINISHED_STATUSES, NOT_AIRED_STATUSES
from app.log.template import write_template
from app.log.verify import inspect_log
from app.station import Station
from app.voice_recording import airing_recording_intact, find_airing_recording
from ui.errors import interface_text, show_error
from ui.file_dialogs import open_file_name, save_file_name
from ui.formats import format_amount, format_duration, format_number
from ui.labels import state_label
from ui.log_import_dialog import LogImportDialog
from ui.log_table_model import AiringQuery, LogFilter, LogTableModel, LogTotals
from ui.qt_dates import from_qdate, to_qdate
from ui.tasks import Task, TaskRunner
from ui.time_fields import DateField
from ui.widgets import hint, page_title, row_table

CSV_FILTER = QT_TRANSLATE_NOOP("LogPage", "CSV (*.csv);;Tất cả các tệp (*)")
IMPORT_FILTER = QT_TRANSLATE_NOOP("LogPage", "CSV hoặc Excel (*.csv *.xlsx);;Tất cả các tệp (*)")
TEMPLATE_FILTER = QT_TRANSLATE_NOOP("LogPage", "Excel (*.xlsx);;CSV (*.csv)")
# The chain is checked when the page opens and again when shown, at most this often (a long log takes time).
CHAIN_RECHECK_S = 300.0
# (key, label, statuses, counting kinds); a single status is labelled by ui.labels.
STATUS_CHOICES = (
    ("all", QT_TRANSLATE_NOOP("LogPage", "Tất cả trạng thái"), None, None),
    ("counted", QT_TRANSLATE_NOOP("LogPage", "Được tính (phát xong, hoặc bị ngắt khi đã phát đủ)"), None, ("counted",)),
    ("cut_short", QT_TRANSLATE_NOOP("LogPage", "Ngắt sớm (không tính)"), None, ("cut_short",)),
    ("not_aired", QT_TRANSLATE_NOOP("LogPage", "Không phát (lỡ, lỗi, bỏ qua)"), None, NOT_AIRED_STATUSES),
    *((status, None, (status,), None) for status in ("on_air", *FINISHED_STATUSES)),
    ("unsealed", QT_TRANSLATE_NOOP("LogPage", "Không niêm phong (bị thêm ngoài phần mềm)"), None, ("unsealed",)),
)


class LogPage(QWidget):
    """For the window: `refresh_soon()` after an airing started or ended, `show_status(text)` for what it did to
    the log itself; `shutdown()` cancels the chain check, exports and previews in flight."""

    def __init__(self, station: Station, runner: TaskRunner, *, clock=None) -> None:
        super().__init__()
        self.station = station
        self.runner = runner
        self.db = station.db
        self.clock = clock or station.now
        self.query = AiringQuery(self.db)
        self.chain_warning: str | None = None
        self._chain_checked_at: float | None = None
        self._chain_task: Task | None = None
        self._shut_down = False  # shutdown() ran: late results of background work are dropped
        self._tasks: set[Task] = set()
        self._stale = False
        self.last_preview: ImportPreview | None = None

        self._build_filters()
        self._build_table()
        self._build_banner_and_actions()
        self._layout()
        self.reload_topics()
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _value: self.apply_filter())
        self.topic_combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.status_combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(500)
        self._refresh_timer.timeout.connect(self._refresh_if_visible)
        self.table.selectionModel().currentRowChanged.connect(self._show_live_recording)  # 15voice
        self.apply_filter()
        self.check_chain()

    def _show_live_recording(self, current, _previous) -> None:
        """A live reading kept with its recording (Đọc trực tiếp): say so under the table, and whether the file
        still matches its SHA-256."""
        airing_id = current.data(LogTableModel.ID_ROLE) if current.isValid() else None
        if not isinstance(airing_id, int):
            return
        kept = find_airing_recording(self.db, self.station.paths.data_dir, airing_id)
        if kept is None:
            return
        intact = airing_recording_intact(self.db, self.station.paths.data_dir, airing_id)
        text = self.tr("Lượt số {id} có bản ghi âm đọc trực tiếp ({length}): {path}").format(
            id=airing_id, length=format_duration(kept.duration_s), path=kept.path
        )
        verdict = self.tr("tệp khớp mã SHA-256 đã lưu.") if intact else self.tr("TỆP ĐÃ BỊ THAY ĐỔI HOẶC MẤT.")
        self.status_label.setText(f"{text} — {verdict}")

    def _build_filters(self) -> None:
        """Dates (with the quick ranges), topic and status."""
        today = self.clock().date()
        self.from_edit = self._date_edit("log_from", today - timedelta(days=6))
        self.to_edit = self._date_edit("log_to", today)
        self.topic_combo = QComboBox()
        self.topic_combo.setObjectName("log_topic")
        self.topic_combo.setMinimumHeight(34)
        # Both combos may shrink below their longest item (shown whole in the open list), so the filter row
        # fits a 1366 px screen in either language.
        self.topic_combo.setMinimumContentsLength(16)
        self.topic_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("log_status")
        self.status_combo.setMinimumHeight(34)
        self.status_combo.setMinimumContentsLength(22)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for key, label, _statuses, _kinds in STATUS_CHOICES:
            self.status_combo.addItem(self.tr(label) if label else state_label(key), key)
        self.today_button = self._small_button(self.tr("Hôm nay"), "log_today", lambda: self.set_period(0))
        self.week_button = self._small_button(self.tr("7 ngày"), "log_week", lambda: self.set_period(6))
        self.month_button = self._small_button(self.tr("Tháng này"), "log_month", self.set_this_month)

    def _build_table(self) -> None:
        """The rows, and the totals the reports would count from them."""
        self.model = LogTableModel(self.db, self)
        self.table = row_table("log_table", self.model, row_height=30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {
            LogTableModel.STARTED: 140,
            LogTableModel.ENDED: 66,
            LogTableModel.TITLE: 210,
            LogTableModel.TOPIC: 130,
            LogTableModel.STATUS: 112,
            LogTableModel.TRIGGER: 124,  # "Theo lịch (sổ cũ)"
            LogTableModel.DURATION: 110,  # "12 phút 54 giây"
            LogTableModel.NOTE: 240,
            LogTableModel.SCHEDULED: 140,
            LogTableModel.OPERATOR: 130,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("log_totals")
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setStyleSheet(
            "QLabel { background: #e8f5e9; border: 1px solid #a5d6a7; "
            "border-radius: 4px; padding: 8px; font-size: 11pt; }"
        )

    def _build_banner_and_actions(self) -> None:
        """The tampering banner, export and import, the status line."""
        self.banner = QLabel()
        self.banner.setObjectName("log_tampered_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fdecee; color: #b00020; border: 2px solid #b00020; "
            "padding: 8px; font-weight: bold; }"
        )
        self.banner.setVisible(False)
        self.export_button = self._small_button(self.tr("Xuất CSV…"), "log_export", self.choose_export)
        self.export_button.setToolTip(
            self.tr(
                "Ghi mọi dòng của khoảng ngày đang chọn (mọi chủ đề, mọi trạng thái) ra tệp CSV mở được bằng Excel."
            )
        )
        self.import_button = self._small_button(self.tr("Nhập CSV, Excel…"), "log_import", self.choose_import)
        self.import_button.setToolTip(
            self.tr(
                "Thêm nhật ký cũ (sổ tay, Excel) từ tệp CSV hoặc .xlsx; xem trước những gì sẽ được thêm rồi mới ghi."
            )
        )
        self.import_button.setEnabled(not self.station.read_only)
        self.template_button = self._small_button(self.tr("Tải tệp mẫu…"), "log_template", self.choose_template)
        self.template_button.setToolTip(
            self.tr("Ghi một tệp mẫu (Excel hoặc CSV) có sẵn tên cột và một dòng ví dụ để điền nhật ký cũ rồi nhập.")
        )
        self.status_label = QLabel()
        self.status_label.setObjectName("log_status_message")
        self.status_label.setStyleSheet("color: #2e7d32;")

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = DateField(to_qdate(day))
        edit.setObjectName(name)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumHeight(34)
        return edit

    def _small_button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumHeight(34)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(page_title(self.tr("Nhật ký phát sóng")))
        title_row.addWidget(
            hint(
                self.tr(
                    "Mỗi lần phát thật được ghi một dòng lúc bắt đầu và hoàn tất lúc kết thúc. "
                    "Nhật ký là bằng chứng: phần mềm không sửa, không xóa dòng nào."
                )
            ),
            1,
        )
        layout.addLayout(title_row)
        layout.addWidget(self.banner)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Từ ngày")))
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(self.tr("đến")))
        filters.addWidget(self.to_edit)
        filters.addWidget(self.today_button)
        filters.addWidget(self.week_button)
        filters.addWidget(self.month_button)
        filters.addSpacing(12)
        filters.addWidget(self.topic_combo, 1)
        filters.addWidget(self.status_combo, 1)
        layout.addLayout(filters)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.status_label, 1)
        actions.addWidget(self.template_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        layout.addLayout(actions)

    # --- filtering --------------------------------------------------------------------------------

    def reload_topics(self) -> None:
        chosen = self.topic_combo.currentData()
        self.topic_combo.blockSignals(True)
        self.topic_combo.clear()
        self.topic_combo.addItem(self.tr("Tất cả chủ đề"), None)
        for name in self.query.topics():
            self.topic_combo.addItem(name or self.tr("(không có chủ đề)"), name)
        self.topic_combo.setCurrentIndex(max(0, self.topic_combo.findData(chosen)))
        self.topic_combo.blockSignals(False)

    def current_filter(self) -> LogFilter:
        statuses, kinds = next((s, k) for key, _label, s, k in STATUS_CHOICES if key == self.status_combo.currentData())
        return LogFilter(
            from_qdate(self.from_edit.date()),
            from_qdate(self.to_edit.date()),
            self.topic_combo.currentData(),
            statuses,
            kinds,
        )

    def set_filter(
        self,
        *,
        first: date | None = None,
        last: date | None = None,
        topic: str | None | Literal[False] = False,
        status: str | None = None,
    ) -> None:
        """Sets several filters at once (one refresh). `topic=None` means every topic."""
        widgets = (self.from_edit, self.to_edit, self.topic_combo, self.status_combo)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if first is not None:
                self.from_edit.setDate(to_qdate(first))
            if last is not None:
                self.to_edit.setDate(to_qdate(last))
            if topic is not False:
                index = self.topic_combo.findData(topic)
                if index < 0:
                    self.topic_combo.addItem(topic or self.tr("(không có chủ đề)"), topic)
                    index = self.topic_combo.count() - 1
                self.topic_combo.setCurrentIndex(index)
            if status is not None:
                self.status_combo.setCurrentIndex(self.status_combo.findData(status))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_filter()

    def set_period(self, days_back: int) -> None:
        today = self.clock().date()
        self.set_filter(first=today - timedelta(days=days_back), last=today)

    def set_this_month(self) -> None:
        today = self.clock().date()
        self.set_filter(first=today.replace(day=1), last=today)

    def apply_filter(self) -> None:
        log_filter = self.current_filter()
        if log_filter.first > log_filter.last:
            self.model.set_filter(log_filter)
            self.totals_label.setText(self.tr("<b>Ngày bắt đầu sau ngày kết thúc</b>: hãy chọn lại khoảng ngày."))
            return
        self.model.set_filter(log_filter)
        totals = self.model.totals()
        assert totals is not None  # a filter is set
        self.show_totals(totals)
        self._stale = False

    def show_totals(self, totals: LogTotals) -> None:
        text = self.tr(
            "<b>{rows}</b> dòng đang hiện · <b>{counted}</b> lượt phát được tính · <b>{length}</b> phát sóng "
            "· {cut_short} lượt ngắt sớm ({cut_length}, không tính) · {not_aired} lượt không phát "
            "(lỡ, lỗi, bỏ qua)"
        ).format(
            rows=format_number(totals.rows),
            counted=format_number(totals.counted),
            length=format_duration(totals.seconds),
            cut_short=format_number(totals.cut_short),
            cut_length=format_duration(totals.cut_short_seconds),
            not_aired=format_number(totals.not_aired),
        )
        if totals.on_air:
            text += self.tr(" · {n} đang phát").format(n=totals.on_air)
        if totals.unsealed:
            text += " · <span style='color:#b00020;'><b>{}</b></span>".format(
                self.tr("%n dòng không niêm phong, bị thêm ngoài phần mềm (không tính)", "", totals.unsealed)
            )
        self.totals_label.setText(text)
        self.totals_label.setToolTip(
            self.tr(
                "Lượt bị ngắt chỉ được tính khi đã phát ít nhất {share} thời lượng dự kiến (lượt không có thời "
                "lượng dự kiến: ít nhất 60 giây); đổi tỷ lệ này trong Cài đặt."
            ).format(share=f"{format_amount(self.query.rule().share_percent)}%")
        )

    def refresh(self) -> None:
        """Re-read the log (new airings, an import) keeping the filters."""
        self.reload_topics()
        self.apply_filter()

    def refresh_soon(self) -> None:
        """An airing started or ended: refresh shortly, or when the page is next shown."""
        self._stale = True
        self._refresh_timer.start()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()
        if self._chain_checked_at is None or wallclock.monotonic() - self._chain_checked_at > CHAIN_RECHECK_S:
            self.check_chain()

    # --- the chain --------------------------------------------------------------------------------

    def check_chain(self) -> Task | None:
        """Verifies the hash chain off the GUI thread; the banner follows the result."""
        if self._chain_task is not None:
            return self._chain_task
        self._chain_checked_at = wallclock.monotonic()

        def walk(reader) -> str | None:
            return inspect_log(reader).message  # the same verdict as log verify, check and the reports

        def checked(warning: str | None) -> None:
            self.show_chain_warning(warning)

        def done(_result=None) -> None:
            self._chain_task = None

        task = self.runner.start(self._reading(walk), succeeded=checked, failed=self._chain_check_failed, finished=done)
        self._chain_task = task
        return task

    def _reading(self, work):
        """Background work gets its own read-only connection: the GUI's stays with the GUI thread."""
        database = self.station.paths.database

        def run(_progress, _cancel):
            reader = open_database_read_only(database)
            try:
                return work(reader)
            finally:
                reader.close()

        return run

    def _chain_check_failed(self, error: BaseException) -> None:
        self.show_chain_warning(self.tr("Không kiểm tra được nhật ký: {error}").format(error=interface_text(error)))

    def show_chain_warning(self, warning: str | None) -> None:
        if self._shut_down:  # a check that ended as the window closed: its widgets may be gone already
            return
        self.chain_warning = warning
        self.banner.setVisible(bool(warning))
        if warning:
            self.banner.setText(f"⚠ {warning}")

    # --- export and import ------------------------------------------------------------------------

    def choose_export(self) -> None:
        log_filter = self.current_filter()
        suggested = Path.home() / f"nhat-ky-{log_filter.first:%Y%m%d}-{log_filter.last:%Y%m%d}.csv"
        path, _ = save_file_name(self, self.tr("Xuất nhật ký ra CSV"), str(suggested), self.tr(CSV_FILTER))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Task:
        log_filter = self.current_filter()
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Đang xuất nhật ký…"))

        def exported(count: int) -> None:
            self.status_label.setText(
                self.tr("Đã xuất %n dòng ({first} – {last}) vào {path}.", "", count).format(
                    first=log_filter.first.strftime("%d/%m/%Y"),
                    last=log_filter.last.strftime("%d/%m/%Y"),
                    path=path,
                )
            )

        def failed(error: BaseException) -> None:
            self.status_label.clear()
            show_error(self, error)

        return self._track(
            self.runner.start(
                self._reading(lambda reader: export_csv(reader, log_filter.first, log_filter.last, path)),
                succeeded=exported,
                failed=failed,
                finished=lambda: self.export_button.setEnabled(True),
            )
        )

    def choose_import(self) -> None:
        path, _ = open_file_name(
            self, self.tr("Chọn tệp nhật ký CSV hoặc Excel"), str(Path.home()), self.tr(IMPORT_FILTER)
        )
        if path:
            self.preview_file(Path(path))

    def choose_template(self) -> None:
        suggested = Path.home() / "mau-nhat-ky.xlsx"
        path, chosen = save_file_name(
            self, self.tr("Lưu tệp mẫu nhập nhật ký"), str(suggested), self.tr(TEMPLATE_FILTER)
        )
        if path:
            target = Path(path)
            if target.suffix.lower() not in (".csv", ".xlsx"):
                target = target.with_name(target.name + (".csv" if "*.csv" in chosen else ".xlsx"))
            self.save_template(target)

    def save_template(self, path: Path) -> bool:
        """The same file as `truyenthanh log template -o` (app.log.template); a small file, written at once."""
        try:
            write_template(path)
        except StationError as error:
            show_error(self, error)
            return False
        self.status_label.setText(self.tr("Đã ghi tệp mẫu {path}: điền nhật ký cũ vào rồi bấm Nhập.").format(path=path))
        return True

    def preview_file(self, path: Path, *, show_dialog: bool = True) -> Task:
        """Reads and checks the file off the GUI thread, then shows what would be added."""
        now = self.clock()
        self.import_button.setEnabled(False)
        self.status_label.setText(self.tr("Đang đọc tệp {name}…").format(name=path.name))
        self.last_preview = None

        def previewed(preview: ImportPreview) -> None:
            self.status_label.clear()
            self.last_preview = preview
            if show_dialog:
                self.confirm_import(preview)

        def failed(error: BaseException) -> None:
            self.status_label.clear()
            show_error(self, error)

        return self._track(
            self.runner.start(
                self._reading(lambda reader: preview_import(reader, path, now=now)),
                succeeded=previewed,
                failed=failed,
                finished=lambda: self.import_button.setEnabled(not self.station.read_only),
            )
        )

    def confirm_import(self, preview: ImportPreview) -> list[int]:
        dialog = LogImportDialog(preview, self)
        dialog.setObjectName("log_import_dialog")
        if dialog.exec() != LogImportDialog.DialogCode.Accepted:
            return []
        return self.apply(preview)

    def apply(self, preview: ImportPreview) -> list[int]:
        try:
            # Between its short chunks the window (and the playout's timers) keeps running.
            ids = apply_import(self.db, preview, progress=lambda _done, _total: QCoreApplication.processEvents())
        except StationError as error:
            show_error(self, error)
            return []
        self.status_label.setText(self.tr("Đã nhập %n dòng từ {name}.", "", len(ids)).format(name=preview.path.name))
        self.refresh()
        self.check_chain()
        return ids

    def show_status(self, text: str) -> None:
        """A line under the table: what was just done to the log (here or by the window)."""
        self.status_label.setText(text)

    def _track(self, task: Task) -> Task:
        self._tasks.add(task)
        task.signals.finished.connect(lambda: self._tasks.discard(task))
        return task

    def shutdown(self) -> None:
        self._shut_down = True
        self._refresh_timer.stop()
        for task in list(self._tasks):
            task.cancel()
        if self._chain_task is not None:
            self._chain_task.cancel()
