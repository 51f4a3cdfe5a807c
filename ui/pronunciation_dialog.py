"""Từ điển phát âm: the station's abbreviation table, edited as a grid, tried out on a sample sentence, saved whole."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import StationError
from app.pronunciation_table import default_entries, load_table, save_table
from app.speech import try_reading
from app.station import Station
from app.topics import fold
from ui.errors import interface_text, show_error
from ui.widgets import hint

SAMPLE = "UBND phường phối hợp với CA phường, MTTQ và các TDP tuyên truyền về an toàn thông tin trên MXH."


class PronunciationDialog(QDialog):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.saved_version: int | None = None
        self.setWindowTitle(self.tr("Từ điển phát âm"))
        self.resize(820, 640)
        self._build_table()
        edit_row = self._build_edit_row()
        self._build_sample()
        bottom = self._build_bottom()
        self._layout(edit_row, bottom)
        self._fill([(entry.written, entry.spoken) for entry in load_table(station.db)])
        # No version number for the operator: what a change means for the audio already made is what matters.
        self.version_label.setText(
            self.tr("Sau khi lưu, các tiết mục đã đọc trước đó được đánh dấu “có từ điển mới hơn” để đọc lại.")
        )
        self.version_label.setWordWrap(True)

    def _build_table(self) -> None:
        """The abbreviations and their readings, with a filter above them."""
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("pronunciation_filter")
        self.filter_edit.setPlaceholderText(self.tr("Tìm chữ viết tắt hoặc cách đọc…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)

        self.table = QTableWidget(0, 2)
        self.table.setObjectName("pronunciation_table")
        self.table.setHorizontalHeaderLabels([self.tr("Viết tắt"), self.tr("Đọc là")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.itemChanged.connect(self._try_sample)

    def _build_edit_row(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Thêm dòng"))
        self.add_button.setObjectName("pronunciation_add")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Xóa dòng đang chọn"))
        self.remove_button.setObjectName("pronunciation_remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.defaults_button = QPushButton(self.tr("Khôi phục mặc định"))
        self.defaults_button.setObjectName("pronunciation_defaults")
        self.defaults_button.clicked.connect(self.restore_defaults)
        edit_row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.defaults_button):
            button.setMinimumHeight(40)
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        return edit_row

    def _build_sample(self) -> None:
        """A sentence read with the table as it is being edited."""
        self.sample_edit = QLineEdit(SAMPLE)
        self.sample_edit.setObjectName("pronunciation_sample")
        self.sample_edit.textChanged.connect(self._try_sample)
        self.sample_result = QPlainTextEdit()
        self.sample_result.setObjectName("pronunciation_sample_result")
        self.sample_result.setReadOnly(True)
        self.sample_result.setMaximumHeight(70)

    def _build_bottom(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Lưu từ điển"))
        self.save_button.setObjectName("pronunciation_save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Đóng, không lưu"))
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.save_button, self.cancel_button):
            button.setMinimumSize(QSize(160, 44))
        bottom = QHBoxLayout()
        self.version_label = QLabel()
        bottom.addWidget(self.version_label, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)
        return bottom

    def _layout(self, edit_row: QHBoxLayout, bottom: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Chữ viết tắt và cách máy đọc chúng. Chữ viết tắt viết hoa toàn bộ chỉ khớp đúng chữ hoa; "
                    "mục có chữ thường (như “V/v”, “Zalo”) khớp không phân biệt hoa thường. Mục đã xóa khỏi bảng "
                    "thì máy không đọc theo mục đó nữa: chữ viết hoa được đánh vần từng chữ cái."
                )
            )
        )
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit_row)
        layout.addWidget(QLabel(self.tr("Thử đọc một câu:")))
        layout.addWidget(self.sample_edit)
        layout.addWidget(self.sample_result)
        layout.addLayout(bottom)

    def _fill(self, entries: list[tuple[str, str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for written, spoken in entries:
            self._append(written, spoken)
        self.table.blockSignals(False)
        self._apply_filter()
        self._try_sample()

    def _append(self, written: str, spoken: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(written))
        self.table.setItem(row, 1, QTableWidgetItem(spoken))
        return row

    def entries(self) -> list[tuple[str, str]]:
        return [(self._text(row, 0), self._text(row, 1)) for row in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return cell.text() if cell is not None else ""

    def add_row(self) -> None:
        self.filter_edit.clear()
        row = self._append("", "")
        cell = self.table.item(row, 0)
        assert cell is not None  # _append has just set it
        self.table.scrollToItem(cell)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(cell)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._try_sample()

    def restore_defaults(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Khôi phục mặc định"),
            self.tr("Thay toàn bộ bảng bằng từ điển mặc định của phần mềm? Các mục đã thêm hoặc sửa sẽ mất khi lưu."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._fill([(entry.written, entry.spoken) for entry in default_entries()])

    def _apply_filter(self) -> None:
        wanted = fold(self.filter_edit.text().strip())
        for row, (written, spoken) in enumerate(self.entries()):
            self.table.setRowHidden(row, bool(wanted) and wanted not in fold(written) and wanted not in fold(spoken))

    def _try_sample(self, *_args) -> None:
        """The sample sentence read with the table as it is on screen, saved or not."""
        try:
            dialect = self.station.settings.dialect
            self.sample_result.setPlainText(try_reading(self.entries(), dialect, self.sample_edit.text()[:1000]))
            self.sample_result.setStyleSheet("")
        except StationError as exc:  # an unfinished row while typing: say what is wrong, in place
            self.sample_result.setPlainText(interface_text(exc))
            self.sample_result.setStyleSheet("color: #b00020;")

    def save(self) -> None:
        try:
            self.saved_version = save_table(self.station.db, self.entries())
        except StationError as exc:
            show_error(self, exc)
            return
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # Enter edits cells; only the Save button saves.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            return
        super().keyPressEvent(event)
