"""Cài đặt: station identity printed on reports (who issues them and how they are signed, Decree 30's forms),
approval before air, speech defaults, audio output, language, broadcast-hour rules.

"Lưu cài đặt" sits in a bar under the scrolling form, so it is on screen at any window height. Unsaved edits
are never lost silently: leaving the page or closing the window asks first (`may_leave`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import service_install, signing
from app.errors import InputError, StationError
from app.labels import QT_TRANSLATE_NOOP
from app.log.counting import (
    DEFAULT_SHARE_PERCENT,
    MAX_SHARE_PERCENT,
    MIN_SHARE_PERCENT,
    NO_PLAN_MIN_SECONDS,
    SHARE_SETTING,
)
from app.segments import list_segments
from app.settings import checked_values
from app.station import Station
from ui.backup_panel import BackupPanel
from ui.errors import interface_text, show_error
from ui.formats import format_duration
from ui.policy_group import PolicyGroup
from ui.qt_player import output_devices
from ui.tasks import TaskRunner
from ui.widgets import ask_choice, hint, page_title

IDENTITY_FIELDS = [
    ("station_name", QT_TRANSLATE_NOOP("SettingsPage", "Tên đài")),
    ("ward", QT_TRANSLATE_NOOP("SettingsPage", "Phường")),
    ("town", QT_TRANSLATE_NOOP("SettingsPage", "Thị xã / quận / huyện")),
    ("province", QT_TRANSLATE_NOOP("SettingsPage", "Tỉnh / thành phố")),
    ("issuing_body", QT_TRANSLATE_NOOP("SettingsPage", "Cơ quan chủ quản của đài (in trên tên đài)")),
    ("head_title", QT_TRANSLATE_NOOP("SettingsPage", "Chức danh người đứng đầu")),
    ("signer_title", QT_TRANSLATE_NOOP("SettingsPage", "Chức vụ người ký")),
    ("signer_name", QT_TRANSLATE_NOOP("SettingsPage", "Họ tên người ký")),
    ("preparer_name", QT_TRANSLATE_NOOP("SettingsPage", "Người lập biểu")),
    ("operator_name", QT_TRANSLATE_NOOP("SettingsPage", "Cán bộ vận hành đài")),
]
ISSUER_CHOICES = [
    (signing.ISSUER_UBND, QT_TRANSLATE_NOOP("SettingsPage", "Ủy ban nhân dân phường")),
    (signing.ISSUER_STATION, QT_TRANSLATE_NOOP("SettingsPage", "Đài truyền thanh (dưới cơ quan chủ quản)")),
]
SIGNING_FORM_CHOICES = [
    (signing.DIRECT, QT_TRANSLATE_NOOP("SettingsPage", "Người đứng đầu ký trực tiếp")),
    (signing.TM, QT_TRANSLATE_NOOP("SettingsPage", "TM. - thay mặt Ủy ban (tập thể)")),
    (signing.KT, QT_TRANSLATE_NOOP("SettingsPage", "KT. - cấp phó ký thay người đứng đầu")),
    (signing.TM_KT, QT_TRANSLATE_NOOP("SettingsPage", "TM. KT. - thay mặt Ủy ban, cấp phó ký thay Chủ tịch")),
    (signing.Q, QT_TRANSLATE_NOOP("SettingsPage", "Q. - quyền người đứng đầu")),
    (signing.TL, QT_TRANSLATE_NOOP("SettingsPage", "TL. - thừa lệnh người đứng đầu")),
    (signing.TUQ, QT_TRANSLATE_NOOP("SettingsPage", "TUQ. - thừa ủy quyền người đứng đầu")),
]
ENGINE_CHOICES = [
    ("auto", QT_TRANSLATE_NOOP("SettingsPage", "Tự động (Google khi có mạng, offline khi mất mạng)")),
    ("google", QT_TRANSLATE_NOOP("SettingsPage", "Google")),
    ("offline", QT_TRANSLATE_NOOP("SettingsPage", "Offline (có sẵn trong máy)")),
]
VOICE_CHOICES = [
    ("north", QT_TRANSLATE_NOOP("SettingsPage", "Miền Bắc")),
    ("central", QT_TRANSLATE_NOOP("SettingsPage", "Miền Trung")),
    ("south", QT_TRANSLATE_NOOP("SettingsPage", "Miền Nam")),
]
DIALECT_CHOICES = [
    ("north", QT_TRANSLATE_NOOP("SettingsPage", "Miền Bắc (nghìn, linh)")),
    ("south", QT_TRANSLATE_NOOP("SettingsPage", "Miền Nam (ngàn, lẻ)")),
]


class SettingsPage(QWidget):
    """`settings_saved()` is emitted once the form's values are stored in the station's settings."""

    settings_saved = Signal()

    def __init__(self, station: Station, runner: TaskRunner) -> None:
        super().__init__()
        self.station = station
        self.fields: dict[str, QLineEdit] = {}
        self.policy_group = PolicyGroup()
        groups = (
            self._identity_group(),
            self._approval_group(),
            self._speech_group(),
            self._output_group(),
            self._counting_group(),
            self.policy_group,
        )
        self.save_button = QPushButton(self.tr("Lưu cài đặt"))
        self.save_button.setObjectName("save_settings")
        self.save_button.clicked.connect(lambda: self.save())
        self.unsaved_label = QLabel()
        self.unsaved_label.setObjectName("unsaved_settings")
        self.unsaved_label.setStyleSheet("color: #b35c00;")
        self.backup_panel = BackupPanel(station, runner)
        self._layout(groups)
        self._saved: dict[str, str] = {}
        self.load()
        self._watch_edits()

    def _identity_group(self) -> QGroupBox:
        identity = QGroupBox(self.tr("Thông tin đài và người ký báo cáo"))
        identity_form = QFormLayout(identity)
        self.issuer = self._choice(ISSUER_CHOICES)
        self.issuer.setObjectName("setting_issuer")
        self.signing_form = self._choice(SIGNING_FORM_CHOICES)
        self.signing_form.setObjectName("setting_signing_form")
        for key, label in IDENTITY_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"setting_{key}")
            self.fields[key] = edit
            if key == "issuing_body":
                identity_form.addRow(self.tr("Cơ quan ban hành báo cáo, phiếu duyệt"), self.issuer)
            if key == "signer_title":
                identity_form.addRow(self.tr("Hình thức ký (Nghị định 30)"), self.signing_form)
            identity_form.addRow(self.tr(label), edit)
            if key == "signer_title":
                self.signature_preview = hint("")
                self.signature_preview.setObjectName("signature_preview")
                identity_form.addRow(self.signature_preview)
        return identity

    def _approval_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Duyệt tin bài"))
        form = QVBoxLayout(group)
        self.require_approval = QCheckBox(self.tr("Tin bài phải được duyệt trước khi phát"))
        self.require_approval.setObjectName("require_approval")
        form.addWidget(self.require_approval)
        form.addWidget(
            hint(
                self.tr(
                    "Khi bật: tiết mục đọc từ bản tin chưa được duyệt (hoặc đọc nội dung khác với nội dung đã duyệt) "
                    "không xếp lịch và không phát được; phát khẩn cấp vẫn phát và nhật ký ghi rõ."
                )
            )
        )
        return group

    def _show_signature(self) -> None:
        """The lines the paper will print above the signature, or why the choice does not fit together."""
        chosen = signing.Signing(
            self.issuer.currentData(),
            self.signing_form.currentData(),
            self.fields["head_title"].text(),
            self.fields["signer_title"].text(),
            self.fields["issuing_body"].text(),
            self.fields["ward"].text(),
        )
        self.fields["issuing_body"].setEnabled(chosen.issuer == signing.ISSUER_STATION)
        try:
            signing.check_signing(chosen)
        except InputError as error:
            self.signature_preview.setStyleSheet("color: #b00020;")
            self.signature_preview.setText(interface_text(error))
            return
        self.signature_preview.setStyleSheet("color: #555;")
        parent, names = signing.issuer_lines(chosen)
        body = " / ".join([parent, *names] if parent else names)
        lines = " / ".join(signing.signature_lines(chosen))
        self.signature_preview.setText(self.tr("In trên giấy: {body}; ký: {lines}").format(body=body, lines=lines))

    def _speech_group(self) -> QGroupBox:
        speech = QGroupBox(self.tr("Giọng đọc mặc định"))
        speech_form = QFormLayout(speech)
        self.engine = self._choice(ENGINE_CHOICES)
        self.voice = self._choice(VOICE_CHOICES)
        self.dialect = self._choice(DIALECT_CHOICES)
        self.speed = QDoubleSpinBox()
        self.speed.setRange(0.5, 2.0)
        self.speed.setSingleStep(0.1)
        self.repeat = QSpinBox()
        self.repeat.setRange(1, 3)
        self.pause = QDoubleSpinBox()
        self.pause.setRange(0.0, 10.0)
        self.pause.setSuffix(" s")
        self.loudness = QDoubleSpinBox()
        self.loudness.setRange(-30.0, -10.0)
        self.loudness.setToolTip(self.tr("Độ to của mọi tiết mục sau khi chuẩn hóa: số càng gần 0 càng to."))
        speech_form.addRow(self.tr("Giọng đọc"), self.engine)
        speech_form.addRow(self.tr("Vùng miền giọng offline"), self.voice)
        speech_form.addRow(self.tr("Cách đọc số"), self.dialect)
        speech_form.addRow(self.tr("Tốc độ đọc"), self.speed)
        speech_form.addRow(self.tr("Số lần đọc bản tin"), self.repeat)
        speech_form.addRow(self.tr("Khoảng lặng giữa hai lần đọc"), self.pause)
        speech_form.addRow(self.tr("Độ to chuẩn"), self.loudness)
        self.intro = QComboBox()
        self.intro.setObjectName("speech_intro")
        self.outro = QComboBox()
        self.outro.setObjectName("speech_outro")
        speech_form.addRow(self.tr("Âm thanh mở đầu (nhạc hiệu)"), self.intro)
        speech_form.addRow(self.tr("Âm thanh kết thúc"), self.outro)
        return speech

    def _output_group(self) -> QGroupBox:
        output = QGroupBox(self.tr("Âm thanh ra loa và ngôn ngữ"))
        output_form = QFormLayout(output)
        self.device = QComboBox()
        self.device.setObjectName("audio_output")
        self.device.addItem(self.tr("Thiết bị mặc định của máy"), "")
        for device_id, description in output_devices():
            self.device.addItem(description, device_id)
        self.volume = QSpinBox()
        self.volume.setRange(0, 100)
        self.volume.setSuffix(" %")
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        output_form.addRow(self.tr("Thiết bị phát"), self.device)
        self._preview_rows(output_form)
        output_form.addRow(self.tr("Âm lượng"), self.volume)
        output_form.addRow(self.tr("Ngôn ngữ giao diện"), self.language)
        return output

    def _preview_rows(self, form: QFormLayout) -> None:
        """12ui: the preview output (headphones) and the start-at-login switch."""
        self.preview_device = QComboBox()
        self.preview_device.setObjectName("preview_output")
        self.preview_device.addItem(self.tr("Thiết bị mặc định của máy"), "")
        for device_id, description in output_devices():
            self.preview_device.addItem(description, device_id)
        form.addRow(self.tr("Thiết bị nghe thử"), self.preview_device)
        form.addRow(
            hint(
                self.tr(
                    "Nghe thử bản tin, giọng đọc và tiết mục qua thiết bị này (tai nghe, loa máy tính), không ra "
                    "loa phường. Nếu trùng với thiết bị phát, phần mềm hỏi trước mỗi lần nghe thử."
                )
            )
        )
        self.start_at_login = QCheckBox(self.tr("Tự phát sóng nền khi đăng nhập máy tính"))
        self.start_at_login.setObjectName("start_at_login")
        form.addRow(self.tr("Khởi động cùng máy tính"), self.start_at_login)

    def _counting_group(self) -> QGroupBox:
        counting = QGroupBox(self.tr("Cách tính lượt phát trong nhật ký và báo cáo"))
        counting_form = QFormLayout(counting)
        self.count_share = QSpinBox()
        self.count_share.setObjectName("count_share")
        self.count_share.setRange(MIN_SHARE_PERCENT, MAX_SHARE_PERCENT)
        self.count_share.setSuffix(" %")
        counting_form.addRow(self.tr("Lượt bị ngắt được tính khi đã phát ít nhất"), self.count_share)
        counting_form.addRow(
            hint(
                self.tr(
                    "tính theo thời lượng dự kiến của tiết mục (mặc định {default}%); lượt không có thời lượng dự "
                    "kiến (ví dụ nhập từ sổ cũ) cần ít nhất {seconds} giây. Lượt ngắn hơn là “ngắt sớm”: vẫn ghi "
                    "trong nhật ký nhưng không cộng vào tần suất, thời lượng. Áp dụng cho mọi báo cáo lập sau khi "
                    "đổi, kể cả các kỳ đã qua; mã kiểm tra in trên báo cáo ghi tỷ lệ đã dùng."
                ).format(default=DEFAULT_SHARE_PERCENT, seconds=int(NO_PLAN_MIN_SECONDS))
            )
        )
        return counting

    def _layout(self, groups: tuple[QGroupBox, ...]) -> None:
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(page_title(self.tr("Cài đặt")))
        body_layout.addWidget(hint(self.tr("Thông tin dưới đây được in trên báo cáo gửi lãnh đạo phường.")))
        for group in groups:
            body_layout.addWidget(group)
        body_layout.addWidget(self.backup_panel)
        body_layout.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(body)
        # The button bar stays under the scrolling form: "Lưu cài đặt" is on screen at any window height.
        bar = QFrame()
        bar.setObjectName("settings_button_bar")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        buttons = QHBoxLayout(bar)
        buttons.addWidget(self.unsaved_label, 1)
        self.save_button.setMinimumHeight(36)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.form_scroll, 1)
        outer.addWidget(bar)

    def _watch_edits(self) -> None:
        """Every edit re-checks whether the form differs from what is stored (the unsaved-edits notice)."""
        for edit in self.fields.values():
            edit.textChanged.connect(self._edited)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._edited)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self._edited)
        for spin in self.findChildren(QSpinBox):
            spin.valueChanged.connect(self._edited)
        for double in self.findChildren(QDoubleSpinBox):
            double.valueChanged.connect(self._edited)
        for child in self.policy_group.findChildren(QWidget):
            signal = getattr(child, "timeChanged", None)
            if signal is not None:
                signal.connect(self._edited)
        self._edited()

    def _edited(self, *_: object) -> None:
        self._show_signature()
        self.unsaved_label.setText(self.tr("Có thay đổi chưa lưu.") if self.has_unsaved_changes() else "")

    def has_unsaved_changes(self) -> bool:
        return bool(self._saved) and self.values() != self._saved

    def may_leave(self) -> bool:
        """True when the page may be left (or the window closed): nothing unsaved, or the operator saved or
        dropped the edits; False to stay on the page."""
        if not self.has_unsaved_changes():
            return True
        choice = ask_choice(
            self,
            "unsaved_settings",
            self.tr("Cài đặt chưa lưu"),
            self.tr("Cài đặt có thay đổi chưa lưu. Lưu lại trước khi rời trang?"),
            (self.tr("Lưu"), "save"),
            (self.tr("Bỏ thay đổi"), "discard"),
            cancel=self.tr("Ở lại"),
        )
        if choice == "save":
            return self.save(confirm=False)
        if choice == "discard":
            self.load()
            return True
        return False

    def _choice(self, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for value, label in choices:
            combo.addItem(self.tr(label), value)
        return combo

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _fill_framing_choices(self) -> None:
        """Every audio item of the station can open or close a new speech segment (usually a jingle)."""
        segments = sorted(list_segments(self.station.db), key=lambda s: (s.kind != "jingle", s.title.casefold()))
        for combo in (self.intro, self.outro):
            chosen = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(không có)"), "")
            for segment in segments:
                combo.addItem(f"{segment.title} ({format_duration(segment.duration_s)})", str(segment.id))
            self._select(combo, chosen)
            combo.blockSignals(False)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming): segments may have been added meanwhile
        self._fill_framing_choices()
        super().showEvent(event)

    def load(self) -> None:
        settings = self.station.settings
        self._fill_framing_choices()
        self._select(self.intro, str(settings.speech_intro_segment or ""))
        self._select(self.outro, str(settings.speech_outro_segment or ""))
        for key, edit in self.fields.items():
            edit.setText(getattr(settings, key))
        self._select(self.issuer, settings.issuer)
        self._select(self.signing_form, settings.signing_form)
        self.require_approval.setChecked(settings.require_approval)
        self._select(self.engine, settings.speech_engine)
        self._select(self.voice, settings.speech_voice)
        self._select(self.dialect, settings.dialect)
        self._select(self.device, settings.audio_output)
        self._select(self.preview_device, settings.preview_output)
        # What the computer really has installed, whatever the stored switch says.
        self.start_at_login.setChecked(service_install.installed_anywhere())
        self._select(self.language, settings.language)
        self.speed.setValue(settings.speech_speed)
        self.repeat.setValue(settings.speech_repeat)
        self.pause.setValue(settings.speech_pause_s)
        self.loudness.setValue(settings.loudness_target_lufs)
        self.volume.setValue(round(settings.volume * 100))
        # A share typed into the database by hand reads as the default; saving fixes it.
        self.count_share.setValue(round(settings.count_interrupted_min_percent))
        self.policy_group.load(settings)
        self._saved = self.values()
        self._edited()

    def values(self) -> dict[str, str]:
        values = {key: edit.text().strip() for key, edit in self.fields.items()}
        values.update(
            {
                "speech_engine": self.engine.currentData(),
                "speech_voice": self.voice.currentData(),
                "dialect": self.dialect.currentData(),
                "speech_speed": f"{self.speed.value():.2f}",
                "speech_repeat": str(self.repeat.value()),
                "speech_pause_s": f"{self.pause.value():.1f}",
                "loudness_target_lufs": f"{self.loudness.value():.1f}",
                "speech_intro_segment": self.intro.currentData() or "",
                "speech_outro_segment": self.outro.currentData() or "",
                "audio_output": self.device.currentData(),
                "preview_output": self.preview_device.currentData(),
                "start_at_login": str(self.start_at_login.isChecked()),
                "volume": f"{self.volume.value() / 100:.2f}",
                "language": self.language.currentData(),
                SHARE_SETTING: str(self.count_share.value()),
                "issuer": self.issuer.currentData(),
                "signing_form": self.signing_form.currentData(),
                "require_approval": str(self.require_approval.isChecked()),
            }
        )
        values.update(self.policy_group.values())
        return values

    def save(self, confirm: bool = True) -> bool:
        """Checks the form as `settings set` does (app.settings.checked_values: the same sentences), stores it;
        False (told why) when refused. `confirm`: say it was saved (not when saving on the way out)."""
        values = self.values()
        try:
            checked_values(self.station.settings, values)
        except InputError as error:
            QMessageBox.warning(self, self.tr("Thiếu thông tin"), interface_text(error))
            return False
        language_changed = values["language"] != self.station.settings.language
        if not self._apply_start_at_login():
            values["start_at_login"] = str(service_install.installed_anywhere())
        self.station.update_settings(values)
        self._saved = self.values()
        self._edited()
        self.settings_saved.emit()
        message = self.tr("Đã lưu cài đặt.")
        if language_changed:
            message += " " + self.tr("Ngôn ngữ mới có hiệu lực khi mở lại phần mềm.")
        if confirm or language_changed:
            QMessageBox.information(self, self.tr("Cài đặt"), message)
        return True

    def _apply_start_at_login(self) -> bool:
        """Installs or removes the start-at-login entry when the switch changed; False (told) on failure."""
        wanted = self.start_at_login.isChecked()
        if wanted == service_install.installed_anywhere():
            return True
        try:
            if wanted:
                service_install.install(self.station.paths)
            else:
                service_install.remove(self.station.paths)
        except StationError as error:
            self.start_at_login.setChecked(not wanted)
            show_error(self, error)
            return False
        return True

    def shutdown(self) -> None:
        """Nothing of its own runs in the background: backups go through the window's task runner."""
