"""The "Quy định giờ phát" group of Cài đặt: quiet hours, days, session and daily limits, presets."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from app import policy
from app.labels import QT_TRANSLATE_NOOP
from app.settings import StationSettings
from schedules.policy import BroadcastRules
from ui.time_fields import TimeField
from ui.widgets import hint

PRESET_LABELS = {
    "mac-dinh": QT_TRANSLATE_NOOP("PolicyGroup", "Mặc định: chỉ giờ nghỉ 21:30–05:30"),
    "ha-noi-noi-thanh": QT_TRANSLATE_NOOP(
        "PolicyGroup", "Phường nội thành Hà Nội: 2 buổi/ngày, mỗi buổi 15 phút, Thứ Hai–Thứ Sáu"
    ),
    "3-buoi-45-phut": QT_TRANSLATE_NOOP("PolicyGroup", "Tối đa 3 buổi/ngày, mỗi buổi 45 phút"),
}
DAY_LABELS = [
    QT_TRANSLATE_NOOP("PolicyGroup", "T2"),
    QT_TRANSLATE_NOOP("PolicyGroup", "T3"),
    QT_TRANSLATE_NOOP("PolicyGroup", "T4"),
    QT_TRANSLATE_NOOP("PolicyGroup", "T5"),
    QT_TRANSLATE_NOOP("PolicyGroup", "T6"),
    QT_TRANSLATE_NOOP("PolicyGroup", "T7"),
    QT_TRANSLATE_NOOP("PolicyGroup", "CN"),
]
MAX_LIMIT = 24 * 60


class PolicyGroup(QGroupBox):
    """Reads and writes the `policy_` settings; `values()` gives them as the settings table keeps them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Quy định giờ phát"))
        self.setObjectName("policy_group")
        form = QFormLayout(self)
        self.preset = QComboBox()
        self.preset.setObjectName("policy_preset")
        self.preset.addItem(self.tr("(chọn mẫu có sẵn…)"), "")
        for p in policy.PRESETS:
            self.preset.addItem(self.tr(PRESET_LABELS.get(p.key, p.label)), p.key)
        self.preset.activated.connect(self._apply_preset)
        form.addRow(self.tr("Mẫu quy định"), self.preset)

        self.quiet = QCheckBox(self.tr("Không phát từ"))
        self.quiet.setObjectName("policy_quiet")
        self.quiet_from = TimeField()
        self.quiet_from.setObjectName("policy_quiet_from")
        self.quiet_to = TimeField()
        self.quiet_to.setObjectName("policy_quiet_to")
        for edit in (self.quiet_from, self.quiet_to):
            edit.setDisplayFormat("HH:mm")
        self.quiet.toggled.connect(self.quiet_from.setEnabled)
        self.quiet.toggled.connect(self.quiet_to.setEnabled)
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet)
        quiet_row.addWidget(self.quiet_from)
        quiet_row.addWidget(hint(self.tr("đến")))
        quiet_row.addWidget(self.quiet_to)
        quiet_row.addStretch(1)
        form.addRow(self.tr("Giờ nghỉ"), quiet_row)

        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for number, label in enumerate(DAY_LABELS, start=1):
            box = QCheckBox(self.tr(label))
            box.setObjectName(f"policy_day_{number}")
            box.toggled.connect(lambda checked, box=box: self._keep_one_day(box, checked))
            self.days.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        form.addRow(self.tr("Ngày được phát"), days_row)

        self.session_minutes = self._limit("policy_max_session_minutes", self.tr(" phút"))
        self.sessions_per_day = self._limit("policy_max_sessions_per_day", self.tr(" buổi"))
        self.minutes_per_day = self._limit("policy_max_minutes_per_day", self.tr(" phút"))
        form.addRow(self.tr("Mỗi buổi phát tối đa"), self.session_minutes)
        form.addRow(self.tr("Số buổi phát mỗi ngày tối đa"), self.sessions_per_day)
        form.addRow(self.tr("Tổng thời lượng mỗi ngày tối đa"), self.minutes_per_day)
        form.addRow(
            hint(
                self.tr(
                    "Lịch phát trái quy định bị từ chối, trừ khi người lập lịch ghi lý do (lý do được lưu lại). "
                    "Mục thông thường và ưu tiên rơi vào giờ nghỉ không được phát và được ghi “bỏ qua” trong "
                    "nhật ký. Mục khẩn cấp luôn được phát. Báo cáo ghi kỳ báo cáo có tuân thủ quy định không."
                )
            )
        )

    def _limit(self, name: str, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(0, MAX_LIMIT)
        box.setSuffix(suffix)
        box.setSpecialValueText(self.tr("Không giới hạn"))
        return box

    def _keep_one_day(self, box: QCheckBox, checked: bool) -> None:
        """A station broadcasts on some day: the last day left cannot be unticked."""
        if not checked and not any(b.isChecked() for b in self.days):
            box.setChecked(True)

    def _apply_preset(self, index: int) -> None:
        key = self.preset.itemData(index)
        if key:
            self.show_rules(policy.preset(key).rules)

    def load(self, settings: StationSettings) -> None:
        rules = policy.rules_from_settings(settings)
        matching = next((p.key for p in policy.PRESETS if p.rules == rules), "")
        self.preset.setCurrentIndex(max(0, self.preset.findData(matching)))
        self.show_rules(rules)

    def show_rules(self, rules: BroadcastRules) -> None:
        self.quiet.setChecked(rules.has_quiet_hours)
        self.quiet_from.setEnabled(rules.has_quiet_hours)
        self.quiet_to.setEnabled(rules.has_quiet_hours)
        start = rules.quiet_from if rules.has_quiet_hours and rules.quiet_from else BroadcastRules().quiet_from
        end = rules.quiet_to if rules.has_quiet_hours and rules.quiet_to else BroadcastRules().quiet_to
        assert start is not None and end is not None
        self.quiet_from.setTime(QTime(start.hour, start.minute))
        self.quiet_to.setTime(QTime(end.hour, end.minute))
        for number, box in enumerate(self.days, start=1):
            box.setChecked(number in rules.days)
        self.session_minutes.setValue(rules.max_session_minutes or 0)
        self.sessions_per_day.setValue(rules.max_sessions_per_day or 0)
        self.minutes_per_day.setValue(rules.max_minutes_per_day or 0)

    def rules(self) -> BroadcastRules:
        quiet = self.quiet.isChecked() and self.quiet_from.time() != self.quiet_to.time()
        days = frozenset(n for n, box in enumerate(self.days, start=1) if box.isChecked())
        return BroadcastRules(
            quiet_from=_clock(self.quiet_from.time()) if quiet else None,
            quiet_to=_clock(self.quiet_to.time()) if quiet else None,
            days=days,
            max_session_minutes=self.session_minutes.value() or None,
            max_sessions_per_day=self.sessions_per_day.value() or None,
            max_minutes_per_day=self.minutes_per_day.value() or None,
        )

    def values(self) -> dict[str, str]:
        return policy.rules_to_settings(self.rules())


def _clock(value: QTime) -> time:
    return time(value.hour(), value.minute())
