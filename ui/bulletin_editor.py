"""The bulletin editor: title, topic (new ones allowed), directive, body, notes, and beside the body the words the
voice will actually say, updated as the operator types (computed off the GUI thread).

Text typed with the old TCVN3 (ABC) or VNI fonts, pasted from an old Word file, is turned into Unicode as soon as
it arrives (one undo step), and a notice above the body says so."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.bulletins import Bulletin, list_topics
from app.directives import list_directives
from app.document_import import LEGACY_LABELS, repair_text
from app.errors import StationError
from app.speech import reading_rules, spoken_sentences
from app.station import Station
from ui.errors import interface_text
from ui.formats import format_number
from ui.tasks import TaskRunner
from ui.widgets import panes

# The side view shows the start of a very long text only: the reading rules are the same further on.
PREVIEW_CHARS = 20_000
PREVIEW_DELAY_MS = 400


def larger_font(widget: QWidget, points: int = 2) -> None:
    font = QFont(widget.font())
    font.setPointSize(font.pointSize() + points)
    widget.setFont(font)


class BulletinEditor(QWidget):
    """Edits one bulletin (or a new one). Emits `modified` when the operator changes anything."""

    modified = Signal()
    spoken_form_updated = Signal()

    def __init__(self, station: Station, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.runner = runner
        self.bulletin_id: int | None = None
        self._dirty = False
        self._loading = False
        self._preview_generation = 0
        self._preview_pending = False
        self._undone_legacy_text: str | None = None

        form = self._build_fields()
        self.text_splitter = self._build_texts()
        self._layout(form)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_spoken_form)
        self.title_edit.textEdited.connect(self._changed)
        self.topic_combo.editTextChanged.connect(self._changed)
        self.directive_combo.currentIndexChanged.connect(self._changed)
        self.notes_edit.textEdited.connect(self._changed)
        self.body_edit.textChanged.connect(self._body_changed)
        self.reload_choices()
        self.clear()

    # Building ------------------------------------------------------------------------------------

    def _build_fields(self) -> QFormLayout:
        """Title, topic and directive above the text; the notes field goes below it."""
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("bulletin_title")
        self.title_edit.setPlaceholderText(self.tr("Ví dụ: Cảnh giác với cuộc gọi giả danh công an"))
        larger_font(self.title_edit, 2)
        self.topic_combo = QComboBox()
        self.topic_combo.setObjectName("bulletin_topic")
        self.topic_combo.setEditable(True)
        self.topic_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        topic_line = self.topic_combo.lineEdit()
        assert topic_line is not None  # an editable combo box has one
        topic_line.setPlaceholderText(self.tr("Chọn hoặc gõ tên chủ đề mới"))
        self.directive_combo = QComboBox()
        self.directive_combo.setObjectName("bulletin_directive")
        self.directive_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.directive_combo.setMinimumContentsLength(20)
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName("bulletin_notes")
        self.notes_edit.setPlaceholderText(self.tr("Ghi chú cho cán bộ đài, không đọc lên loa"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Tiêu đề"), self.title_edit)
        form.addRow(self.tr("Chủ đề"), self.topic_combo)
        form.addRow(self.tr("Thực hiện văn bản"), self.directive_combo)
        return form

    def _build_texts(self) -> QSplitter:
        """The text as written beside what the voice will read."""
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("bulletin_body")
        self.body_edit.setPlaceholderText(self.tr("Gõ hoặc dán nội dung bản tin cần đọc trên loa…"))
        larger_font(self.body_edit, 1)
        self.spoken_view = QPlainTextEdit()
        self.spoken_view.setObjectName("spoken_form")
        self.spoken_view.setReadOnly(True)
        self.spoken_view.setPlaceholderText(self.tr("Cách máy sẽ đọc nội dung hiện ở đây."))
        self.spoken_view.setStyleSheet("QPlainTextEdit { background: #f4f8f2; }")
        larger_font(self.spoken_view, 1)
        self.spoken_status = QLabel()
        self.spoken_status.setObjectName("spoken_status")
        self.spoken_status.setWordWrap(True)
        self.spoken_status.setStyleSheet("color: #555;")
        self.legacy_notice = QLabel()
        self.legacy_notice.setObjectName("legacy_notice")
        self.legacy_notice.setWordWrap(True)
        self.legacy_notice.setStyleSheet("color: #a15c00; font-weight: bold;")
        self.legacy_notice.hide()
        body_box = QGroupBox(self.tr("Nội dung bản tin"))
        body_layout = QVBoxLayout(body_box)
        body_layout.addWidget(self.legacy_notice)
        body_layout.addWidget(self.body_edit)
        spoken_box = QGroupBox(self.tr("Máy sẽ đọc là"))
        spoken_layout = QVBoxLayout(spoken_box)
        spoken_layout.addWidget(self.spoken_view, 1)
        spoken_layout.addWidget(self.spoken_status)
        return panes(body_box, spoken_box)

    def _layout(self, form: QFormLayout) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.text_splitter, 1)
        notes_form = QFormLayout()
        notes_form.addRow(self.tr("Ghi chú"), self.notes_edit)
        layout.addLayout(notes_form)

    # Choices -------------------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Topics and directives from the database, keeping what is typed or chosen."""
        self._loading = True
        try:
            topic_text = self.topic_combo.currentText()
            directive = self.directive_combo.currentData()
            self.topic_combo.clear()
            for topic in list_topics(self.station.db, active_only=True):
                self.topic_combo.addItem(topic.name, topic.id)
            self.topic_combo.setEditText(topic_text)
            self.directive_combo.clear()
            self.directive_combo.addItem(self.tr("(không gắn văn bản)"), None)
            for item in list_directives(self.station.db):
                self.directive_combo.addItem(item.label, item.id)
                self.directive_combo.setItemData(
                    self.directive_combo.count() - 1, item.label, Qt.ItemDataRole.ToolTipRole
                )
            self.directive_combo.setCurrentIndex(max(self.directive_combo.findData(directive), 0))
        finally:
            self._loading = False

    # Content -------------------------------------------------------------------------------------

    def clear(self, *, title: str = "", body: str = "", topic: str = "") -> None:
        """A new, unsaved bulletin, optionally prefilled (an imported file)."""
        converted = self._load_fields(None, title, topic, None, body, "")
        self._dirty = bool(title or body) or converted

    def load(self, bulletin: Bulletin) -> None:
        converted = self._load_fields(
            bulletin.id, bulletin.title, bulletin.topic, bulletin.directive_id, bulletin.body, bulletin.notes
        )
        self._dirty = converted  # an old bulletin in TCVN3/VNI was converted: it wants saving

    def _load_fields(
        self, bulletin_id: int | None, title: str, topic: str, directive_id: int | None, body: str, notes: str
    ) -> bool:
        self._loading = True
        try:
            self.bulletin_id = bulletin_id
            self.title_edit.setText(title)
            self.title_edit.setCursorPosition(0)
            self.topic_combo.setEditText(topic)
            self.directive_combo.setCurrentIndex(max(self.directive_combo.findData(directive_id), 0))
            self.body_edit.setPlainText(body)
            self.notes_edit.setText(notes)
        finally:
            self._loading = False
        self.legacy_notice.hide()
        self._loading = True
        try:
            converted = self._repair_legacy_text()
        finally:
            self._loading = False
        self.body_edit.moveCursor(self.body_edit.textCursor().MoveOperation.Start)
        self._preview_timer.start(0)
        return converted

    def values(self) -> dict:
        return {
            "title": self.title_edit.text(),
            "topic": self.topic_combo.currentText(),
            "directive_id": self.directive_combo.currentData(),
            "body": self.body_edit.toPlainText(),
            "notes": self.notes_edit.text(),
        }

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_saved(self, bulletin_id: int) -> None:
        self.bulletin_id = bulletin_id
        self._dirty = False

    def _changed(self, *_args) -> None:
        if not self._loading:
            self._dirty = True
            self.modified.emit()

    def _body_changed(self) -> None:
        if not self._loading and self._repair_legacy_text():
            return  # the conversion changed the text again, and that change comes here
        self._changed()
        self._preview_timer.start(PREVIEW_DELAY_MS)

    def _repair_legacy_text(self) -> bool:
        """Pasted or loaded text in TCVN3 or VNI becomes Unicode, as one undoable edit; True if it did."""
        text = self.body_edit.toPlainText()
        if text == self._undone_legacy_text:
            return False  # the operator undid the conversion: leave it as they want it
        repaired, legacy = repair_text(text)
        if legacy is None:
            return False
        self._undone_legacy_text = text
        cursor = self.body_edit.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(repaired)
        cursor.endEditBlock()
        self.show_legacy_notice(legacy)
        return True

    def show_legacy_notice(self, encoding: str) -> None:
        self.legacy_notice.setText(
            self.tr(
                "Nội dung dùng bảng mã cũ {encoding} (phông chữ .Vn hoặc VNI) đã được tự chuyển sang Unicode. "
                "Hãy đọc lại để kiểm tra trước khi lưu (Ctrl+Z để hoàn tác)."
            ).format(encoding=LEGACY_LABELS[encoding])
        )
        self.legacy_notice.show()

    # The spoken form -----------------------------------------------------------------------------

    def update_spoken_form(self) -> None:
        """Normalise the body on the task runner; a newer edit makes older results stale."""
        text = self.body_edit.toPlainText()
        self._preview_generation += 1
        generation = self._preview_generation
        if not text.strip():
            self._preview_pending = False  # an older bulletin's preview still running is stale now
            self.spoken_view.setPlainText("")
            self.spoken_status.setText("")
            self.spoken_form_updated.emit()
            return
        truncated = len(text) > PREVIEW_CHARS
        sample = text[:PREVIEW_CHARS]
        try:
            rules = reading_rules(self.station)
        except StationError as exc:
            self.spoken_status.setText(interface_text(exc))
            return
        self.spoken_status.setText(self.tr("Đang cập nhật…"))
        self._preview_pending = True

        def work(progress, cancel) -> tuple[int, bool, list[str] | None, StationError | None]:
            try:
                return generation, truncated, spoken_sentences(rules, sample), None
            except StationError as exc:
                return generation, truncated, None, exc

        # A bound method (not a lambda): Qt drops the connection if the editor is gone before the task ends.
        self.runner.start(work, succeeded=self._show_spoken)

    def _show_spoken(self, outcome: tuple[int, bool, list[str] | None, StationError | None]) -> None:
        generation, truncated, sentences, error = outcome
        if generation != self._preview_generation:
            return
        self._preview_pending = False
        if sentences is None:
            self.spoken_view.setPlainText("")
            self.spoken_status.setText(interface_text(error) if error is not None else "")
        else:
            self.spoken_view.setPlainText("\n".join(sentences))
            if not sentences:
                self.spoken_status.setText(self.tr("Không có chữ nào đọc được trong nội dung này."))
            elif truncated:
                self.spoken_status.setText(
                    self.tr("Nội dung dài: chỉ xem trước {n} ký tự đầu.").format(n=format_number(PREVIEW_CHARS))
                )
            else:
                self.spoken_status.setText(self.tr("%n câu", "", len(sentences)))
        self.spoken_form_updated.emit()

    def stop_preview(self) -> None:
        """The window is closing: no spoken form is made after its station may have closed."""
        self._preview_timer.stop()

    def preview_pending(self) -> bool:
        return self._preview_pending or self._preview_timer.isActive()
