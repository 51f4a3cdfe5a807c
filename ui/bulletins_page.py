"""Bản tin."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.station import Station
from ui.tasks import TaskRunner
from ui.widgets import hint, page_title


class BulletinsPage(QWidget):
    def __init__(self, station: Station, runner: TaskRunner) -> None:
        super().__init__()
        self.station = station
        self.runner = runner
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Bản tin")))
        layout.addWidget(hint(self.tr("Thư viện bản tin tuyên truyền và các bản ghi âm của đài.")))
        layout.addStretch(1)
