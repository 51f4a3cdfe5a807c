"""“Chia sẻ lên mạng” and “Ghi nhận đăng tải…” for the bulletin open in Bản tin: the share package made in the
background (app/share_package.py), then the register of where it was posted (ui/post_dialog.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.errors import StationError
from app.share_package import SharePlan, make_share_package, plan_share
from app.station import Station
from ui.errors import interface_text, show_error
from ui.file_dialogs import existing_directory
from ui.post_dialog import PostDialog
from ui.tasks import TaskRunner


class ShareActions(QWidget):
    """Two buttons and a status line. `set_bulletin(id or None)` follows the editor; `unsaved()` says whether the
    editor holds edits not saved yet (the package is made from the saved text)."""

    package_made = Signal(object)  # the folder (Path)
    post_recorded = Signal(int)

    def __init__(
        self,
        station: Station,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        unsaved: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.runner = runner
        self.unsaved = unsaved
        self.bulletin_id: int | None = None
        self.busy = False
        self.last_folder = ""
        self.share_button = QPushButton(self.tr("Chia sẻ lên mạng…"))
        self.share_button.setObjectName("bulletin_share")
        self.share_button.setToolTip(
            self.tr("Làm video có phụ đề, tệp mp3 và bài đăng cho Zalo, Facebook, trang web của phường")
        )
        self.post_button = QPushButton(self.tr("Ghi nhận đăng tải…"))
        self.post_button.setObjectName("bulletin_post")
        for button in (self.share_button, self.post_button):
            button.setMinimumHeight(40)
        self.status = QLabel()
        self.status.setObjectName("share_status")
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.share_button)
        layout.addWidget(self.post_button)
        self.share_button.clicked.connect(self.share)
        self.post_button.clicked.connect(self.record_post)
        self._update()

    def set_bulletin(self, bulletin_id: int | None) -> None:
        self.bulletin_id = bulletin_id
        self._update()

    def _update(self) -> None:
        self.share_button.setEnabled(self.bulletin_id is not None and not self.busy)
        self.post_button.setEnabled(self.bulletin_id is not None)

    def _folder(self) -> str:
        start = self.last_folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return existing_directory(self, self.tr("Chọn thư mục để đặt gói chia sẻ"), start)

    def share(self) -> None:
        if self.bulletin_id is None or self.busy:
            return
        if self.unsaved():
            QMessageBox.warning(self, self.tr("Chia sẻ lên mạng"), self.tr("Hãy lưu bản tin trước khi chia sẻ."))
            return
        try:
            plan = plan_share(self.station, self.bulletin_id)
        except StationError as exc:
            show_error(self, exc)
            return
        folder = self._folder()
        if not folder:
            return
        self.last_folder = folder
        self._start(plan, Path(folder))

    def _start(self, plan: SharePlan, folder: Path) -> None:
        self.busy = True
        self._update()
        notices = " ".join(interface_text(notice) for notice in plan.notices)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Đang làm gói chia sẻ (video, mp3, phụ đề, bài đăng)…") + (" " + notices))
        self.runner.start(
            lambda progress, cancel: make_share_package(plan, folder, progress, cancel.is_set),
            progressed=lambda done, total: self.status.setText(
                self.tr("Đang làm gói chia sẻ: bước %1/%2…").replace("%1", str(done)).replace("%2", str(total))
            ),
            succeeded=self._made,
            failed=self._failed,
            finished=self._finished,
        )

    def _made(self, folder: Path) -> None:
        self.status.setStyleSheet("color: #2e7d32;")
        self.status.setText(self.tr("Đã làm gói chia sẻ: %1").replace("%1", str(folder)))
        self.package_made.emit(folder)
        answer = QMessageBox.information(
            self,
            self.tr("Chia sẻ lên mạng"),
            self.tr(
                "Đã làm gói chia sẻ trong thư mục:\n%1\n\nGồm video .mp4 có phụ đề, tệp .mp3, phụ đề .srt và bài "
                "đăng .txt. Sau khi đăng lên Zalo, Facebook hoặc trang web, bấm “Ghi nhận đăng tải…”."
            ).replace("%1", str(folder)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Close,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _failed(self, error: BaseException) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(self.tr("Chưa làm được gói chia sẻ; không có tệp nào bị bỏ dở."))
        show_error(self, error)

    def _finished(self) -> None:
        self.busy = False
        self._update()

    def record_post(self) -> None:
        if self.bulletin_id is None:
            return
        try:
            dialog = PostDialog(self.station, self.bulletin_id, self)
        except StationError as exc:
            show_error(self, exc)
            return
        if dialog.exec() == PostDialog.DialogCode.Accepted and dialog.post_id is not None:
            self.status.setStyleSheet("color: #2e7d32;")
            self.status.setText(self.tr("Đã ghi nhận đăng tải."))
            self.post_recorded.emit(dialog.post_id)
