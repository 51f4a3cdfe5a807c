"""Phát khẩn cấp: pick the segment that interrupts whatever is on air."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

from ui.segment_picker import SegmentPickerDialog, big_font

translate = QCoreApplication.translate


class EmergencyDialog(SegmentPickerDialog):
    """A segment picker in red: `segment_id` after Accepted. The page asks once more before playing."""

    def __init__(self, db: Database, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            db,
            data_dir,
            parent,
            title=translate("EmergencyDialog", "Phát khẩn cấp"),
            prompt=translate(
                "EmergencyDialog",
                "PHÁT KHẨN CẤP — chọn tiết mục cần phát ngay. Tiết mục đang phát sẽ bị ngắt "
                "(ghi “Bị ngắt” trong nhật ký) và tiết mục khẩn cấp phát ngay lập tức.",
            ),
            accept_text=translate("EmergencyDialog", "Phát khẩn cấp…"),
            require_audio=True,
        )
        self.setObjectName("emergency_dialog")
        self.heading.setFont(big_font(self.heading, 2, bold=True))
        self.heading.setStyleSheet("QLabel { background: #c62828; color: white; padding: 10px; border-radius: 4px; }")
        self.ok_button.setStyleSheet(
            "QPushButton { background: #c62828; color: white; font-weight: bold; "
            "padding: 0 18px; border-radius: 4px; } "
            "QPushButton:disabled { background: #9e9e9e; }"
        )
