"""What an airtime-log CSV import would add, shown before anything is written (app/log/importer.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.labels import QT_TRANSLATE_NOOP
from app.log.importer import ImportPreview
from ui.errors import interface_text
from ui.formats import format_duration
from ui.labels import state_label

MAX_ROWS_SHOWN = 500
TOPIC_HEADERS = (
    QT_TRANSLATE_NOOP("LogImportDialog", "Chủ đề"),
    QT_TRANSLATE_NOOP("LogImportDialog", "Lượt phát"),
    QT_TRANSLATE_NOOP("LogImportDialog", "Thời lượng"),
    QT_TRANSLATE_NOOP("LogImportDialog", "Ngắt sớm"),
    QT_TRANSLATE_NOOP("LogImportDialog", "Không phát"),
    QT_TRANSLATE_NOOP("LogImportDialog", "Chủ đề mới"),
)
ROW_HEADERS = (
    QT_TRANSLATE_NOOP("LogImportDialog", "Dòng"),
    QT_TRANSLATE_NOOP("LogImportDialog", "Bắt đầu"),
    QT_TRANSLATE_NOOP("LogImportDialog", "Tiêu đề"),
    QT_TRANSLATE_NOOP("LogImportDialog", "Chủ đề"),
    QT_TRANSLATE_NOOP("LogImportDialog", "Trạng thái"),
    QT_TRANSLATE_NOOP("LogImportDialog", "Thời lượng"),
)


class LogImportDialog(QDialog):
    """Accepting it means: add these rows. With errors in the file only Close is offered."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Nhập nhật ký từ tệp CSV hoặc Excel"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        heading = QLabel()
        heading.setObjectName("import_summary")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.buttons = QDialogButtonBox()
        self.import_button = None

        if not preview.ok:
            heading.setText(
                self.tr(
                    "Không nhập được tệp {name}: mọi dòng đều phải hợp lệ, hãy sửa tệp rồi nhập "
                    "lại. Chưa có gì được ghi vào nhật ký."
                ).format(name=preview.path.name)
            )
            heading.setStyleSheet("color: #b71c1c; font-weight: bold;")
            errors = QListWidget()
            errors.setObjectName("import_errors")
            errors.setWordWrap(True)
            for error in preview.errors:
                errors.addItem(interface_text(error.message))
            layout.addWidget(errors, 1)
            self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        elif not preview.rows:
            heading.setText(
                self.tr(
                    "Tệp {name} không có dòng mới: %n dòng đã có trong nhật ký.", "", preview.already_present
                ).format(name=preview.path.name)
            )
            self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            heading.setText(
                self.tr("Từ tệp {name}: {summary}.").format(
                    name=preview.path.name, summary=interface_text(preview.summary())
                )
            )
            layout.addWidget(QLabel(self.tr("Theo chủ đề:")))
            topics = self._table(TOPIC_HEADERS, "import_topics")
            for count in preview.topics:
                self._add(
                    topics,
                    (
                        count.topic,
                        str(count.airings),
                        format_duration(count.seconds),
                        str(count.cut_short),
                        str(count.not_aired),
                        self.tr("mới") if count.new else "",
                    ),
                )
            topics.setMaximumHeight(150)
            layout.addWidget(topics)
            shown = min(len(preview.rows), MAX_ROWS_SHOWN)
            layout.addWidget(
                QLabel(self.tr("Các dòng sẽ được thêm ({shown}/{n}):").format(shown=shown, n=len(preview.rows)))
            )
            rows = self._table(ROW_HEADERS, "import_rows")
            for line, row in zip(preview.lines[:MAX_ROWS_SHOWN], preview.rows[:MAX_ROWS_SHOWN], strict=True):
                self._add(
                    rows,
                    (
                        str(line),
                        row["started_at"] or row["scheduled_at"] or "",
                        row["title"],
                        row["topic"],
                        state_label(row["status"]),
                        format_duration(row["duration_s"]),
                    ),
                )
            layout.addWidget(rows, 1)
            self.import_button = self.buttons.addButton(
                self.tr("Nhập %n dòng", "", len(preview.rows)), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.import_button.setObjectName("import_apply")
            self.import_button.setMinimumHeight(40)
            self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _table(self, headers: tuple[str, ...], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([QCoreApplication.translate("LogImportDialog", h) for h in headers])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    @staticmethod
    def _add(table: QTableWidget, values: tuple[str, ...]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
