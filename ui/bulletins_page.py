"""Bản tin: the bulletin library (search, topic filter), the editor with the spoken form, speech, recordings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import approval
from app.bulletins import create_bulletin, delete_bulletin, get_bulletin, list_topics, update_bulletin
from app.document_import import LEGACY_LABELS, read_text_file
from app.errors import StationError
from app.labels import QT_TRANSLATE_NOOP
from app.recordings import InspectedRecording, discard_recording, inspect_recording, save_recording
from app.segments import resolve_audio_path
from app.speech import VOICES, plan_speech
from app.station import Station
from ui.approval_form_actions import ApprovalFormActions
from ui.audio_preview import AudioPreview
from ui.bulletin_editor import BulletinEditor
from ui.bulletin_table_model import BulletinTableModel, SegmentTableModel
from ui.errors import show_error
from ui.file_dialogs import open_file_name
from ui.pronunciation_dialog import PronunciationDialog
from ui.recording_dialog import RecordingDialog
from ui.share_dialog import ShareActions
from ui.speech_dialog import SpeechDialog
from ui.tasks import TaskRunner
from ui.unattached_recordings import UnattachedRecordingsPanel, delete_segment_asking
from ui.widgets import hint, page_title, panes, row_table

SEARCH_DELAY_MS = 250
TEXT_FILTER = QT_TRANSLATE_NOOP("BulletinsPage", "Văn bản (*.txt *.docx);;Tất cả các tệp (*)")
AUDIO_FILTER = QT_TRANSLATE_NOOP("BulletinsPage", "Âm thanh (*.mp3 *.wav *.m4a);;Tất cả các tệp (*)")


def action_button(text: str, name: str, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumHeight(44)
    font = QFont(button.font())
    font.setPointSize(font.pointSize() + (2 if primary else 1))
    font.setBold(primary)
    button.setFont(font)
    if primary:
        button.setMinimumWidth(230)
        button.setStyleSheet(
            "QPushButton { background: #1565c0; color: white; border-radius: 4px; padding: 0 16px; }"
            "QPushButton:disabled { background: #9e9e9e; }"
        )
    return button


class BulletinsPage(QWidget):
    """Signals: `bulletin_saved(id)`; `segments_changed()` when audio items were made, re-made or deleted (alone
    or with their bulletin: the schedule's warnings depend on them); `busy_changed(bool)` while a file is read or
    stored."""

    bulletin_saved = Signal(int)
    segments_changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, station: Station, runner: TaskRunner) -> None:
        super().__init__()
        self.station = station
        self.runner = runner
        self.speech_dialog: SpeechDialog | None = None
        self._selecting = False
        self._busy = 0

        self._build_library()
        self._build_segments()
        self._build_editor()
        self.new_button = action_button(self.tr("Bản tin mới"), "bulletin_new")
        self.import_text_button = action_button(self.tr("Nhập từ tệp Word/.txt…"), "bulletin_import_text")
        self.import_audio_button = action_button(self.tr("Nhập bản ghi âm…"), "bulletin_import_audio")
        self.dictionary_button = action_button(self.tr("Từ điển phát âm"), "pronunciation_dictionary")

        self._layout()
        self._connect()
        self.reload_topics()
        self.refresh(select_first=True)

    def _build_library(self) -> None:
        """Search, topic filter and the table of bulletins."""
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("bulletin_search")
        self.search_edit.setPlaceholderText(self.tr("Tìm bản tin (gõ có dấu hoặc không dấu)…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumHeight(36)
        self.topic_filter = QComboBox()
        self.topic_filter.setObjectName("topic_filter")
        self.topic_filter.setMinimumHeight(36)
        self.topic_filter.setMinimumContentsLength(18)
        self.topic_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model = BulletinTableModel(self.station.db, self)
        self.table = row_table("bulletin_table", self.model, row_height=34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(BulletinTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BulletinTableModel.TOPIC, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(BulletinTableModel.TOPIC, 150)
        header.setSectionResizeMode(BulletinTableModel.AUDIO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BulletinTableModel.UPDATED, QHeaderView.ResizeMode.ResizeToContents)
        self.count_label = QLabel()
        self.count_label.setObjectName("bulletin_count")

    def _build_segments(self) -> None:
        """The audio items of the chosen bulletin, with a player and their actions."""
        self.segment_model = SegmentTableModel(self.station.db, self)
        self.segment_table = row_table("segment_table", self.segment_model, row_height=30, alternating=False)
        segment_header = self.segment_table.horizontalHeader()
        for column in range(self.segment_model.columnCount()):
            segment_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        segment_header.setSectionResizeMode(SegmentTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.segment_preview = AudioPreview()
        self.segment_preview.setObjectName("segment_preview")
        self.segment_preview.playback_failed.connect(lambda message: show_error(self, StationError(message)))
        self.delete_segment_button = QPushButton(self.tr("Xóa tiết mục"))
        self.delete_segment_button.setObjectName("segment_delete")
        self.delete_segment_button.setMinimumHeight(40)
        self.delete_segment_button.clicked.connect(self.delete_selected_segment)
        # One click: the same bulletin read again, with the same voice and speed, by today's dictionary.
        self.reread_button = QPushButton(self.tr("Đọc lại với từ điển mới"))
        self.reread_button.setObjectName("segment_reread")
        self.reread_button.setMinimumHeight(40)
        self.reread_button.setToolTip(
            self.tr("Tiết mục này được đọc với từ điển phát âm cũ hơn: đọc lại bản tin với từ điển hiện nay.")
        )
        self.reread_button.clicked.connect(self.reread_selected_segment)
        self.segments_box = QGroupBox()
        segments_layout = QVBoxLayout(self.segments_box)
        segments_layout.addWidget(self.segment_table, 1)
        segments_layout.addWidget(self.segment_preview)
        delete_row = QHBoxLayout()
        delete_row.addStretch(1)
        delete_row.addWidget(self.reread_button)
        delete_row.addWidget(self.delete_segment_button)
        segments_layout.addLayout(delete_row)
        # Recordings of no bulletin (a meeting notice) have their own tab, listed without "Bản tin mới".
        self.recordings_panel = UnattachedRecordingsPanel(self.station)
        self.audio_tabs = QTabWidget()
        self.audio_tabs.setObjectName("audio_tabs")
        self.audio_tabs.addTab(self.segments_box, self.tr("Âm thanh của bản tin"))
        self.audio_tabs.addTab(self.recordings_panel, "")
        self.recordings_panel.count_changed.connect(
            lambda n: self.audio_tabs.setTabText(1, self.tr("Bản ghi âm riêng ({n})").format(n=n))
        )
        self.recordings_panel.segments_changed.connect(self.segments_changed)
        self.recordings_panel.refresh()

    def _build_editor(self) -> None:
        """The editor, its heading and its actions."""
        self.editor = BulletinEditor(self.station, self.runner)
        self.editor.setObjectName("bulletin_editor")
        self.editor_heading = QLabel()
        self.editor_heading.setObjectName("editor_heading")
        heading_font = QFont(self.editor_heading.font())
        heading_font.setPointSize(heading_font.pointSize() + 2)
        heading_font.setBold(True)
        self.editor_heading.setFont(heading_font)
        self.save_button = action_button(self.tr("Lưu bản tin"), "bulletin_save")
        self.delete_button = action_button(self.tr("Xóa bản tin"), "bulletin_delete")
        self.speak_button = action_button(self.tr("Chuyển thành giọng nói"), "bulletin_speak", primary=True)
        self.voice_button = action_button(self.tr("Ghi âm giọng đọc"), "bulletin_record_voice")  # 15voice
        self.approval_label = QLabel()
        self.approval_label.setObjectName("bulletin_approval")
        self.approval_label.setWordWrap(True)
        self.approve_button = QPushButton(self.tr("Duyệt…"))
        self.approve_button.setObjectName("bulletin_approve")
        self.return_button = QPushButton(self.tr("Trả lại…"))
        self.return_button.setObjectName("bulletin_return")
        self.approval_form_button = QPushButton(self.tr("In phiếu duyệt…"))  # 15form
        self.approval_form_button.setObjectName("bulletin_approval_form")
        for button in (self.approve_button, self.return_button, self.approval_form_button):
            button.setMinimumHeight(40)
        self.status_label = QLabel()
        self.status_label.setObjectName("bulletin_status")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: #2e7d32;")
        self.share_actions = ShareActions(
            self.station, self.runner, self, unsaved=self.editor.is_dirty
        )  # Zalo, Facebook, website (15share)

    def _layout(self) -> None:
        tools = QHBoxLayout()
        for button in (self.new_button, self.import_text_button, self.import_audio_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.dictionary_button)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.topic_filter, 2)
        library = QWidget()
        library_layout = QVBoxLayout(library)
        library_layout.setContentsMargins(0, 0, 0, 0)
        library_layout.addLayout(filters)
        library_layout.addWidget(self.table, 1)
        library_layout.addWidget(self.count_label)
        left = panes(library, self.audio_tabs, stretch=(3, 2), vertical=True)

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.voice_button)
        actions.addWidget(self.speak_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor_heading)
        right_layout.addWidget(self.editor, 1)
        approval_row = QHBoxLayout()
        approval_row.addWidget(self.approval_label, 1)
        approval_row.addWidget(self.approve_button)
        approval_row.addWidget(self.return_button)
        approval_row.addWidget(self.approval_form_button)
        right_layout.addWidget(self.status_label)
        right_layout.addLayout(approval_row)
        right_layout.addWidget(self.share_actions)
        right_layout.addLayout(actions)

        self.splitter = panes(left, right, stretch=(1, 1), sizes=(560, 620))

        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(page_title(self.tr("Bản tin")))
        title_row.addWidget(hint(self.tr("Soạn, nhập và đọc thành giọng nói các bản tin tuyên truyền của đài.")), 1)
        layout.addLayout(title_row)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.topic_filter.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.segment_table.selectionModel().currentRowChanged.connect(self._segment_chosen)
        self.new_button.clicked.connect(self.new_bulletin)
        self.import_text_button.clicked.connect(self.choose_text_file)
        self.import_audio_button.clicked.connect(self.choose_recording)
        self.dictionary_button.clicked.connect(self.open_dictionary)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        self.speak_button.clicked.connect(self.speak)
        self.voice_button.clicked.connect(self.record_voice)
        self.approve_button.clicked.connect(self.approve_current)
        self.return_button.clicked.connect(self.return_current)
        self.approval_form_actions = ApprovalFormActions(
            self, self.station, self._approval_target, self.status_label.setText
        )
        self.approval_form_button.setMenu(self.approval_form_actions.menu)  # on paper, or as a PDF
        self.editor.modified.connect(self._update_actions)

    # Library -------------------------------------------------------------------------------------

    def reload_topics(self) -> None:
        chosen = self.topic_filter.currentData()
        self.topic_filter.blockSignals(True)
        self.topic_filter.clear()
        self.topic_filter.addItem(self.tr("Tất cả chủ đề"), None)
        for topic in list_topics(self.station.db):
            self.topic_filter.addItem(topic.name, topic.id)
        self.topic_filter.setCurrentIndex(max(self.topic_filter.findData(chosen), 0))
        self.topic_filter.blockSignals(False)
        self.editor.reload_choices()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.refresh(keep=self.editor.bulletin_id)

    def refresh(self, *, keep: int | None = None, select_first: bool = False) -> None:
        """Re-read the library with the current search and topic; keep the chosen bulletin chosen if listed."""
        self._selecting = True
        try:
            self.model.set_filter(self.search_edit.text(), self.topic_filter.currentData())
            row = self.model.row_of(keep) if keep is not None else (0 if select_first else -1)
            if 0 <= row < self.model.rowCount():
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._selecting = False
        if select_first and self.model.rowCount() and self.editor.bulletin_id is None and not self.editor.is_dirty():
            self._show_bulletin(self.model.bulletin_id(0))
        shown = self.model.rowCount()
        if self.search_edit.text().strip() or self.topic_filter.currentData() is not None:
            self.count_label.setText(self.tr("Tìm thấy %n bản tin", "", shown))
        else:
            self.count_label.setText(self.tr("%n bản tin", "", shown))
        self._update_actions()

    def _current_row_changed(self, current, _previous) -> None:
        if self._selecting or not current.isValid():
            return
        bulletin_id = self.model.bulletin_id(current.row())
        if bulletin_id == self.editor.bulletin_id:
            return
        if not self.confirm_leave():
            self._selecting = True
            try:  # stay on the bulletin being edited
                row = self.model.row_of(self.editor.bulletin_id) if self.editor.bulletin_id is not None else -1
                if row >= 0:
                    self.table.selectionModel().setCurrentIndex(
                        self.model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                    )
                else:
                    self.table.selectionModel().clearSelection()
            finally:
                self._selecting = False
            return
        self._show_bulletin(bulletin_id)

    def _show_bulletin(self, bulletin_id: int | None) -> None:
        if bulletin_id is None:
            self.editor.clear()
        else:
            try:
                self.editor.load(get_bulletin(self.station.db, bulletin_id))
            except StationError as exc:
                show_error(self, exc)
                self.refresh()
                return
        self.status_label.clear()
        self._show_segments()
        self._update_actions()

    def confirm_leave(self) -> bool:
        """Unsaved changes: save them, drop them, or stay. True when it is fine to move on."""
        if not self.editor.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Bản tin chưa lưu"),
            self.tr("Bản tin đang soạn có thay đổi chưa lưu. Lưu lại không?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # Editing -------------------------------------------------------------------------------------

    def new_bulletin(self, *, title: str = "", body: str = "") -> None:
        if not self.confirm_leave():
            return
        self._selecting = True
        self.table.selectionModel().clearSelection()
        self.table.selectionModel().setCurrentIndex(
            self.model.index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self._selecting = False
        topic = self.topic_filter.currentText() if self.topic_filter.currentData() is not None else ""
        self.editor.clear(title=title, body=body, topic=topic)
        self.status_label.clear()
        self._show_segments()
        self._update_actions()
        self.editor.title_edit.setFocus()

    def save(self) -> bool:
        values = self.editor.values()
        try:
            if self.editor.bulletin_id is None:
                bulletin_id = create_bulletin(self.station.db, **values)
            else:
                bulletin_id = self.editor.bulletin_id
                update_bulletin(self.station.db, bulletin_id, **values)
        except StationError as exc:
            show_error(self, exc)
            return False
        self.editor.mark_saved(bulletin_id)
        self.reload_topics()
        self.refresh(keep=bulletin_id)
        self._show_segments()
        self.status_label.setText(self.tr("Đã lưu bản tin."))
        self.bulletin_saved.emit(bulletin_id)
        return True

    def delete_current(self) -> None:
        bulletin_id = self.editor.bulletin_id
        if bulletin_id is None:
            self.editor.clear()
            self._update_actions()
            return
        title = self.editor.title_edit.text().strip() or self.tr("(không tên)")
        answer = QMessageBox.question(
            self,
            self.tr("Xóa bản tin"),
            self.tr(
                "Xóa bản tin “{title}”? Các tiết mục âm thanh đã tạo từ bản tin này vẫn được giữ lại "
                "(có thể đang nằm trong lịch phát)."
            ).format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_bulletin(self.station.db, bulletin_id)
        except StationError as exc:
            show_error(self, exc)
            return
        self.editor.clear()
        self.refresh()
        self._show_segments()
        self.status_label.setText(self.tr("Đã xóa bản tin."))
        self.segments_changed.emit()

    def _update_actions(self) -> None:
        if not self.editor.is_dirty():  # not on every keystroke: the stored state changes on load and save
            self._show_approval()
        has_text = bool(self.editor.body_edit.document().characterCount() > 1)
        self.speak_button.setEnabled(has_text and self.speech_dialog is None)
        self.delete_button.setEnabled(self.editor.bulletin_id is not None)
        self.import_text_button.setEnabled(not self._busy)
        self.import_audio_button.setEnabled(not self._busy)
        self.voice_button.setEnabled(self.editor.bulletin_id is not None and not self._busy)
        if self.editor.bulletin_id is None:
            self.editor_heading.setText(self.tr("Bản tin mới"))
        else:
            suffix = self.tr(" (chưa lưu)") if self.editor.is_dirty() else ""
            self.editor_heading.setText(self.tr("Sửa bản tin") + suffix)

    # Approval (duyệt tin bài) --------------------------------------------------------------------

    def _show_approval(self) -> None:
        bulletin_id = self.editor.bulletin_id
        self.share_actions.set_bulletin(bulletin_id)
        for button in (self.approve_button, self.return_button, self.approval_form_button):
            button.setEnabled(bulletin_id is not None)
        if bulletin_id is None:
            self.approval_label.setText(self.tr("Trạng thái duyệt: nháp (chưa lưu)"))
            return
        try:
            found = approval.get_approval(self.station.db, bulletin_id)
        except StationError:
            self.approval_label.clear()
            return
        stamp = (found.at or "")[:16]
        if found.approved:
            text = self.tr("Trạng thái duyệt: đã duyệt bởi %1 lúc %2").replace("%1", found.by).replace("%2", stamp)
        elif found.state == approval.APPROVED:
            text = self.tr("Trạng thái duyệt: nội dung đã đổi sau khi duyệt, cần duyệt lại")
        elif found.state == approval.RETURNED:
            text = self.tr("Trạng thái duyệt: trả lại bởi %1 lúc %2").replace("%1", found.by).replace("%2", stamp)
        elif found.state == approval.SUBMITTED:
            text = self.tr("Trạng thái duyệt: chờ duyệt")
        else:
            text = self.tr("Trạng thái duyệt: nháp")
        if found.note and found.state in (approval.APPROVED, approval.RETURNED):
            text += " — " + found.note
        self.approval_label.setText(text)

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        """One line from the operator (None: cancelled)."""
        dialog = QInputDialog(self)
        dialog.setObjectName("approval_input")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        return dialog.textValue() if dialog.exec() else None

    def _approval_target(self) -> int | None:
        """The bulletin to approve or return: saved first, so that what is approved is what the editor shows."""
        if self.editor.bulletin_id is None:
            return None
        if self.editor.is_dirty():
            QMessageBox.information(
                self, self.tr("Duyệt tin bài"), self.tr("Hãy lưu bản tin trước khi duyệt hoặc trả lại.")
            )
            return None
        return self.editor.bulletin_id

    def approve_current(self) -> None:
        bulletin_id = self._approval_target()
        if bulletin_id is None:
            return
        by = self._ask(self.tr("Duyệt tin bài"), self.tr("Người duyệt:"), self.station.settings.operator_name)
        if by is None:
            return
        note = self._ask(self.tr("Duyệt tin bài"), self.tr("Ý kiến (có thể để trống):"))
        if note is None:
            return
        try:
            approval.approve(self.station.db, bulletin_id, by=by, note=note)
        except StationError as exc:
            show_error(self, exc)
        self._show_approval()

    def return_current(self) -> None:
        bulletin_id = self._approval_target()
        if bulletin_id is None:
            return
        by = self._ask(self.tr("Trả lại bản tin"), self.tr("Người trả lại:"), self.station.settings.operator_name)
        if by is None:
            return
        reason = self._ask(self.tr("Trả lại bản tin"), self.tr("Lý do trả lại:"))
        if reason is None:
            return
        try:
            approval.return_bulletin(self.station.db, bulletin_id, by=by, reason=reason)
        except StationError as exc:
            show_error(self, exc)
        self._show_approval()

    # Import of text files ------------------------------------------------------------------------

    def choose_text_file(self) -> None:
        name, _ = open_file_name(self, self.tr("Chọn tệp bản tin"), "", self.tr(TEXT_FILTER))
        if name:
            self.import_text_file(Path(name))

    def import_text_file(self, path: Path) -> None:
        """Reads the file off the GUI thread, then opens it as a new, unsaved bulletin."""
        if not self.confirm_leave():
            return
        self._set_busy(True, self.tr("Đang đọc tệp {name}…").format(name=Path(path).name))
        self.runner.start(
            lambda progress, cancel: read_text_file(path), succeeded=self._text_imported, failed=self._task_failed
        )

    def _text_imported(self, imported) -> None:
        self._set_busy(False)
        self.new_bulletin(title=imported.title, body=imported.body)
        message = self.tr("Đã nhập nội dung từ tệp. Hãy kiểm tra, chọn chủ đề rồi bấm “Lưu bản tin”.")
        if imported.legacy_encoding:
            self.editor.show_legacy_notice(imported.legacy_encoding)
            message = self.tr(
                "Đã nhập nội dung từ tệp dùng bảng mã cũ {encoding} và chuyển sang Unicode. Hãy đọc lại, chọn chủ đề "
                "rồi bấm “Lưu bản tin”."
            ).format(encoding=LEGACY_LABELS[imported.legacy_encoding])
        self.status_label.setText(message)

    # Import of recordings ------------------------------------------------------------------------

    def choose_recording(self) -> None:
        name, _ = open_file_name(self, self.tr("Chọn bản ghi âm"), "", self.tr(AUDIO_FILTER))
        if not name:
            return
        dialog = RecordingDialog(
            self.station,
            Path(name),
            bulletin_id=self.editor.bulletin_id,
            bulletin_title=self.editor.title_edit.text(),
            parent=self,
        )
        if dialog.exec() == RecordingDialog.DialogCode.Accepted:
            self.import_recording_file(Path(name), **dialog.values())

    def record_voice(self) -> None:
        """Ghi âm giọng đọc: the operator's own reading of the saved bulletin, kept as its recording segment."""
        from ui.voice_recorder_dialog import VoiceRecorderDialog

        if self.editor.bulletin_id is None or not self.confirm_leave():
            return
        dialog = VoiceRecorderDialog(
            self.station,
            bulletin_id=self.editor.bulletin_id,
            bulletin_title=self.editor.title_edit.text(),
            topic=self.editor.topic_combo.currentText(),
            parent=self,
        )
        dialog.setObjectName("voice_recorder_dialog")
        if dialog.exec() == VoiceRecorderDialog.DialogCode.Accepted:
            self.refresh(keep=self.editor.bulletin_id)
            self._show_segments()
            self.status_label.setText(self.tr("Đã giữ bản ghi giọng đọc."))
            self.segments_changed.emit()

    def import_recording_file(
        self, path: Path, *, title: str, topic: str | None, bulletin_id: int | None = None
    ) -> None:
        """Checks and stores the file off the GUI thread, then writes its segment row here. `topic` None: the
        recording belongs to no topic (RecordingDialog's explicit choice)."""
        if not title.strip():
            show_error(self, StationError(self.tr("Bản ghi âm chưa có tên.")))
            return
        if topic is not None and not topic.strip():
            show_error(self, StationError(self.tr("Chưa chọn chủ đề cho bản ghi âm.")))
            return
        store = self.station.paths.audio_store
        self._set_busy(True, self.tr("Đang kiểm tra bản ghi âm {name}…").format(name=Path(path).name))
        self.runner.start(
            lambda progress, cancel: inspect_recording(path, store, cancel.is_set),
            succeeded=lambda inspected: self._recording_checked(inspected, title, topic, bulletin_id),
            failed=self._task_failed,
        )

    def _recording_checked(
        self, inspected: InspectedRecording, title: str, topic: str | None, bulletin_id: int | None
    ) -> None:
        self._set_busy(False)
        try:
            save_recording(self.station, inspected, title=title, topic=topic, bulletin_id=bulletin_id)
        except StationError as exc:
            discard_recording(self.station, inspected)
            show_error(self, exc)
            return
        self.reload_topics()
        self.refresh(keep=self.editor.bulletin_id)
        self._show_segments()
        self.recordings_panel.refresh()
        if bulletin_id is None:
            self.audio_tabs.setCurrentWidget(self.recordings_panel)
        self.status_label.setText(self.tr("Đã nhập bản ghi âm “{title}”.").format(title=title.strip()))
        self.segments_changed.emit()

    def _task_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_error(self, error)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy += 1 if busy else -1
        self._busy = max(self._busy, 0)
        self.status_label.setText(message)
        self._update_actions()
        self.busy_changed.emit(bool(self._busy))

    def is_busy(self) -> bool:
        return bool(self._busy)

    # Audio items ---------------------------------------------------------------------------------

    def _show_segments(self) -> None:
        self.segment_preview.load(None)
        self.segment_model.show_bulletin(self.editor.bulletin_id)
        if self.editor.bulletin_id is None:
            self.segments_box.setTitle(self.tr("Bản ghi âm không gắn với bản tin nào"))
        else:
            self.segments_box.setTitle(
                self.tr("Âm thanh của bản tin này ({n})").format(n=self.segment_model.rowCount())
            )
        self.delete_segment_button.setEnabled(False)
        self.reread_button.setEnabled(False)

    def _segment_chosen(self, current, _previous) -> None:
        segment = self.segment_model.segment(current.row()) if current.isValid() else None
        self.delete_segment_button.setEnabled(segment is not None)
        self.reread_button.setEnabled(
            segment is not None and self.segment_model.is_stale(segment) and self.speech_dialog is None
        )
        if segment is None or not segment.audio_path:
            self.segment_preview.load(None)
            return
        self.segment_preview.load(resolve_audio_path(self.station.paths.data_dir, segment.audio_path))

    def delete_selected_segment(self) -> None:
        segment = self.segment_model.segment(self.segment_table.currentIndex().row())
        if segment is None:
            return
        self.segment_preview.load(None)
        if not delete_segment_asking(self, self.station, segment):
            return
        self.refresh(keep=self.editor.bulletin_id)
        self._show_segments()
        self.recordings_panel.refresh()
        self.segments_changed.emit()

    # Speech --------------------------------------------------------------------------------------

    def speak(self) -> None:
        """Save if needed, then a dialog offers the choices of this reading (Cài đặt's by default), synthesises,
        and lets the operator listen before keeping it."""
        if self.speech_dialog is not None:
            return
        if (self.editor.is_dirty() or self.editor.bulletin_id is None) and not self.save():
            return
        bulletin_id = self.editor.bulletin_id
        assert bulletin_id is not None  # saved just above
        try:
            plan = plan_speech(self.station, bulletin_id)  # refuses an empty or over-long text now
        except StationError as exc:
            show_error(self, exc)
            return
        self._open_speech_dialog().choose(plan)

    def reread_selected_segment(self) -> None:
        """The bulletin of a segment made with an older dictionary read again at once, same voice and speed."""
        segment = self.segment_model.segment(self.segment_table.currentIndex().row())
        if segment is None or segment.bulletin_id is None or self.speech_dialog is not None:
            return
        options: dict[str, float | str] = {"speed": segment.speed} if segment.speed else {}
        if segment.voice in VOICES:
            options["voice"] = segment.voice
        try:
            plan = plan_speech(self.station, segment.bulletin_id, **options)
        except StationError as exc:
            show_error(self, exc)
            return
        self._open_speech_dialog().start(plan)

    def _open_speech_dialog(self) -> SpeechDialog:
        dialog = SpeechDialog(self.station, self.runner, self)
        dialog.segment_saved.connect(self._speech_saved)
        dialog.finished.connect(self._speech_dialog_closed)
        self.speech_dialog = dialog
        self._update_actions()
        self.reread_button.setEnabled(False)
        dialog.open()
        return dialog

    def _speech_saved(self, _segment_id: int) -> None:
        self.refresh(keep=self.editor.bulletin_id)
        self._show_segments()
        self.status_label.setText(self.tr("Đã lưu tiết mục giọng đọc. Có thể xếp vào lịch phát."))
        self.segments_changed.emit()

    def _speech_dialog_closed(self, _result: int) -> None:
        dialog, self.speech_dialog = self.speech_dialog, None
        if dialog is None:
            return
        if dialog.work_done:
            dialog.deleteLater()
        else:  # closed on a failure or cancel whose worker has not said its last word yet
            dialog.synthesis_finished.connect(dialog.deleteLater)
        self._update_actions()

    # Dictionary ----------------------------------------------------------------------------------

    def open_dictionary(self) -> None:
        dialog = PronunciationDialog(self.station, self)
        if dialog.exec() == PronunciationDialog.DialogCode.Accepted:
            self.editor.update_spoken_form()
            self.status_label.setText(self.tr("Đã lưu từ điển phát âm."))

    def shutdown(self) -> None:
        self.segment_preview.stop()
        self.editor.stop_preview()
        self.recordings_panel.stop()
        if self.speech_dialog is not None:
            self.speech_dialog.cancel()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(1080, 700)
