"""The alarm the window shows while the airtime log cannot reach its database (app/log/recorder.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app.log.recorder import JOURNAL, UNRECORDED, LogHealth

COLOURS = {JOURNAL: "#e65100", UNRECORDED: "#b71c1c"}


def alarm_text(health: LogHealth) -> str:
    """'' when the log is written normally."""
    if health.state == JOURNAL:
        return QCoreApplication.translate(
            "LogAlarm",
            "⚠ Nhật ký đang ghi tạm vào tệp dự phòng ({n} bản ghi chờ) vì {reason}. Đài vẫn phát; "
            "nhật ký sẽ tự ghi lại khi cơ sở dữ liệu ghi được.",
        ).format(n=health.pending, reason=health.reason)
    if health.state == UNRECORDED:
        return QCoreApplication.translate(
            "LogAlarm",
            "⛔ KHÔNG GHI ĐƯỢC NHẬT KÝ ({reason}): {n} bản ghi chỉ còn trong bộ nhớ. Đài vẫn phát. Hãy giải "
            "phóng hoặc kiểm tra ổ đĩa ngay và ghi tay các lượt phát.",
        ).format(n=health.unsaved, reason=health.reason)
    return ""


def show_alarm(label: QLabel, health: LogHealth) -> None:
    """Shows `health` on `label` (hidden while the log is fine); cheap when nothing changed."""
    text = alarm_text(health)
    if label.text() != text:
        label.setText(text)
        label.setToolTip(text)
    if label.property("state") != health.state:
        label.setProperty("state", health.state)
        colour = COLOURS.get(health.state)
        label.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; font-weight: bold; padding: 4px 8px; border-radius: 4px; }}"
            if colour
            else ""
        )
    label.setVisible(bool(text))
