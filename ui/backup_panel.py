"""Cài đặt → Sao lưu dữ liệu: the list of backups, Sao lưu ngay, Khôi phục."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.backup import (
    BackupSummary,
    RestoreLoss,
    airing_count,
    check_backup_file,
    create_backup,
    list_backups,
    on_air_title,
    restore_backup,
    restore_loss,
)
from app.database import open_database
from app.errors import StationError
from app.station import Station
from ui.errors import interface_text
from ui.file_dialogs import open_file_name
from ui.tasks import Task, TaskRunner
from ui.widgets import hint

log = logging.getLogger(__name__)


class BackupPanel(QGroupBox):
    """`restored(RestoreResult)` is emitted after a restore: the window should close so every page reloads."""

    backup_finished = Signal(object)  # Path
    restored = Signal(object)  # app.backup.RestoreResult

    def __init__(self, station: Station, runner: TaskRunner) -> None:
        super().__init__(self.tr("Sao lưu dữ liệu"))
        self.setObjectName("backup_panel")
        self.station = station
        self.runner = runner
        self._task: Task | None = None

        explanation = hint(
            self.tr(
                "Phần mềm tự sao lưu dữ liệu mỗi ngày vào thư mục của đài, giữ 14 ngày gần nhất và 12 bản cuối tháng. "
                "Nên chép thêm một bản ra ổ USB định kỳ."
            )
        )
        self.list = QListWidget()
        self.list.setObjectName("backup_list")
        self.list.setMinimumHeight(140)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Sao lưu ngay"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_selected_button = QPushButton(self.tr("Khôi phục bản đã chọn…"))
        self.restore_selected_button.setObjectName("restore_selected")
        self.restore_selected_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Khôi phục từ tệp khác…"))
        self.restore_file_button.setObjectName("restore_file")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.open_folder_button = QPushButton(self.tr("Mở thư mục sao lưu"))
        self.open_folder_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for button in (
            self.backup_button,
            self.restore_selected_button,
            self.restore_file_button,
            self.open_folder_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        if station.read_only:
            self.status.setText(self.tr("Đang mở ở chế độ chỉ xem: không sao lưu hay khôi phục được ở đây."))
        self.refresh()

    def _now(self):
        return self.station.now()

    def refresh(self) -> None:
        self.list.clear()
        for backup in list_backups(self.station.paths):
            size = f"{backup.size / (1024 * 1024):.1f} MB"
            item = QListWidgetItem(
                self.tr("{when}   ({size})   {name}").format(
                    when=backup.taken_at.strftime("%H:%M:%S  %d/%m/%Y"), size=size, name=backup.path.name
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if self.list.count() == 0:
            placeholder = QListWidgetItem(self.tr("Chưa có bản sao lưu nào."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        self._update_buttons()

    def _busy(self) -> bool:
        return self._task is not None

    def _update_buttons(self) -> None:
        writable = not self.station.read_only and not self._busy()
        self.backup_button.setEnabled(writable)
        self.restore_file_button.setEnabled(writable)
        self.restore_selected_button.setEnabled(writable and self.selected_backup() is not None)

    def selected_backup(self) -> Path | None:
        items = self.list.selectedItems()
        value = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return Path(value) if value else None

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")

    # Sao lưu ngay: on the task runner, through its own read connection.
    def backup_now(self) -> None:
        if self._busy() or self.station.read_only:
            return
        paths, now = self.station.paths, self._now()
        self._show_status(self.tr("Đang sao lưu…"))
        self._task = self.runner.start(
            lambda progress, cancel: create_backup(paths, now),
            succeeded=self._backup_done,
            failed=self._backup_failed,
            finished=self._task_finished,
        )
        self._update_buttons()

    def _task_finished(self) -> None:
        self._task = None
        self._update_buttons()

    def _backup_done(self, path: Path) -> None:
        self._show_status(self.tr("Đã sao lưu vào {path}").format(path=path))
        self.refresh()
        self.backup_finished.emit(path)

    def _backup_failed(self, error: BaseException) -> None:
        message = interface_text(error) if isinstance(error, StationError) else f"{error.__class__.__name__}: {error}"
        self._show_status(self.tr("Không sao lưu được: {message}").format(message=message), error=True)

    def open_folder(self) -> None:
        folder = self.station.paths.backup_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # Khôi phục
    def restore_selected(self) -> None:
        path = self.selected_backup()
        if path is not None:
            self.restore_from(path)

    def restore_from_file(self) -> None:
        name, _filter = open_file_name(
            self,
            self.tr("Chọn bản sao lưu"),
            str(self.station.paths.backup_dir),
            self.tr("Bản sao lưu (*.db);;Tất cả các tệp (*)"),
        )
        if name:
            self.restore_from(Path(name))

    def confirm_text(self, summary: BackupSummary, loss: RestoreLoss | None = None) -> str:
        current = airing_count(self.station.db)
        last = summary.last_airing_at or self.tr("chưa có")
        text = self.tr(
            "Khôi phục dữ liệu từ {name}?\n\n"
            "Bản sao lưu có {airings} lượt phát trong nhật ký (lần cuối: {last}) và {bulletins} bản tin.\n"
            "Dữ liệu hiện tại ({current} lượt phát) được giữ lại ở một tệp riêng, không bị xoá.\n\n"
            "Sau khi khôi phục, phần mềm sẽ đóng lại; hãy mở lại để làm việc tiếp."
        ).format(
            name=summary.path.name, airings=summary.airings, last=last, bulletins=summary.bulletins, current=current
        )
        if loss is not None and loss.dropped:
            text += "\n\n" + self.tr(
                "Bản sao lưu này thiếu {dropped} lượt phát cuối mà nhật ký hiện tại đã ghi (bản sao lưu đến lượt "
                "thứ {backup} trong chuỗi, nhật ký hiện tại đến lượt thứ {current}). Khôi phục sẽ bỏ {dropped} "
                "lượt phát này khỏi nhật ký; việc này được ghi vào bản ghi neo của nhật ký."
            ).format(dropped=loss.dropped, backup=loss.backup_index, current=loss.current_index)
        if not summary.chain_intact:
            text += "\n\n" + self.tr("Cảnh báo: nhật ký trong bản sao lưu này đã bị sửa ngoài phần mềm.")
        return text

    def restore_from(self, path: Path) -> bool:
        """Check, confirm, keep the current database aside, swap in the backup. True when restored."""
        if self.station.read_only or self._busy():
            return False
        title = self.tr("Khôi phục dữ liệu")
        on_air = on_air_title(self.station.db)
        if on_air:
            QMessageBox.warning(
                self,
                title,
                self.tr("Đang phát “{title}”. Hãy dừng phát rồi mới khôi phục dữ liệu.").format(title=on_air),
            )
            return False
        try:
            summary = check_backup_file(path)
            loss = restore_loss(self.station.paths, path)
        except StationError as exc:
            QMessageBox.warning(self, title, interface_text(exc))
            return False
        box = QMessageBox(QMessageBox.Icon.Question, title, self.confirm_text(summary, loss), parent=self)
        box.setObjectName("confirm_restore")
        if loss.dropped:
            box.setIcon(QMessageBox.Icon.Warning)
            label = self.tr("Khôi phục, bỏ %n lượt phát", "", loss.dropped)
        else:
            label = self.tr("Khôi phục")
        restore_button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Không khôi phục"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not restore_button:
            return False
        # Every task may be using the connection: let them finish, then give the file up for the swap.
        self.runner.wait_all(30_000)
        paths, now = self.station.paths, self._now()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.station.db.close()
            try:
                # Exactly what the operator confirmed: more (a row sealed meanwhile) refuses.
                result = restore_backup(paths, path, now, allow_dropping=loss.dropped)
            finally:
                self.station.db = open_database(paths.database)
        except StationError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, title, interface_text(exc))
            return False
        QApplication.restoreOverrideCursor()
        log.info("restored %s, previous database kept at %s", path, result.kept_aside)
        message = self.tr("Đã khôi phục dữ liệu từ {name}.").format(name=path.name)
        if result.kept_aside:
            message += "\n" + self.tr("Dữ liệu trước khi khôi phục được giữ lại ở:\n{path}").format(
                path=result.kept_aside
            )
        message += "\n\n" + self.tr("Phần mềm sẽ đóng lại; hãy mở lại để làm việc tiếp.")
        QMessageBox.information(self, title, message)
        self.refresh()
        self.restored.emit(result)
        return True
