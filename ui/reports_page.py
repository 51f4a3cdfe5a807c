"""Báo cáo."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.station import Station
from ui.tasks import TaskRunner
from ui.widgets import hint, page_title


class ReportsPage(QWidget):
    def __init__(self, station: Station, runner: TaskRunner) -> None:
        super().__init__()
        self.station = station
        self.runner = runner
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Báo cáo")))
        layout.addWidget(hint(self.tr("Báo cáo tần suất và thời lượng phát sóng theo chủ đề.")))
        layout.addStretch(1)
