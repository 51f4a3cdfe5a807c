"""Cài đặt: station identity printed on reports, speech defaults, audio output, language, broadcast-hour rules."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import service_install
from app.errors import StationError
from app.labels import QT_TRANSLATE_NOOP
from app.log.counting import (
    DEFAULT_SHARE_PERCENT,
    MAX_SHARE_PERCENT,
    MIN_SHARE_PERCENT,
    NO_PLAN_MIN_SECONDS,
    SHARE_SETTING,
)
from app.segments import list_segments
from app.station import Station
from ui.backup_panel import BackupPanel
from ui.errors import show_error
from ui.formats import format_duration
from ui.policy_group import PolicyGroup
from ui.qt_player import output_devices
from ui.tasks import TaskRunner
from ui.widgets import hint, page_title, scroll_page

IDENTITY_FIELDS = [
    ("station_name", QT_TRANSLATE_NOOP("SettingsPage", "Tên đài")),
    ("issuing_body", QT_TRANSLATE_NOOP("SettingsPage", "Cơ quan (dòng trên cùng bên trái báo cáo)")),
    ("ward", QT_TRANSLATE_NOOP("SettingsPage", "Phường")),
    ("town", QT_TRANSLATE_NOOP("SettingsPage", "Thị xã / quận / huyện")),
    ("province", QT_TRANSLATE_NOOP("SettingsPage", "Tỉnh / thành phố")),
    ("signer_title", QT_TRANSLATE_NOOP("SettingsPage", "Chức vụ người ký")),
    ("signer_name", QT_TRANSLATE_NOOP("SettingsPage", "Họ tên người ký")),
    ("preparer_name", QT_TRANSLATE_NOOP("SettingsPage", "Người lập biểu")),
    ("operator_name", QT_TRANSLATE_NOOP("SettingsPage", "Cán bộ vận hành đài")),
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
            self._speech_group(),
            self._output_group(),
            self._counting_group(),
            self.policy_group,
        )
        self.save_button = QPushButton(self.tr("Lưu cài đặt"))
        self.save_button.setObjectName("save_settings")
        self.save_button.clicked.connect(self.save)
        self.backup_panel = BackupPanel(station, runner)
        self._layout(groups)
        self.load()

    def _identity_group(self) -> QGroupBox:
        identity = QGroupBox(self.tr("Thông tin đài và người ký báo cáo"))
        identity_form = QFormLayout(identity)
        for key, label in IDENTITY_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"setting_{key}")
            self.fields[key] = edit
            identity_form.addRow(self.tr(label), edit)
        return identity

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
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(page_title(self.tr("Cài đặt")))
        body_layout.addWidget(hint(self.tr("Thông tin dưới đây được in trên báo cáo gửi lãnh đạo phường.")))
        for group in groups:
            body_layout.addWidget(group)
        body_layout.addLayout(buttons)
        body_layout.addWidget(self.backup_panel)
        body_layout.addStretch(1)
        scroll_page(self, body)

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
            }
        )
        values.update(self.policy_group.values())
        return values

    def save(self) -> None:
        values = self.values()
        if not values["station_name"]:
            QMessageBox.warning(self, self.tr("Thiếu thông tin"), self.tr("Tên đài không được để trống."))
            return
        language_changed = values["language"] != self.station.settings.language
        if not self._apply_start_at_login():
            values["start_at_login"] = str(service_install.installed_anywhere())
        self.station.update_settings(values)
        self.settings_saved.emit()
        message = self.tr("Đã lưu cài đặt.")
        if language_changed:
            message += " " + self.tr("Ngôn ngữ mới có hiệu lực khi mở lại phần mềm.")
        QMessageBox.information(self, self.tr("Cài đặt"), message)

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
