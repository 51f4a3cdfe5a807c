"""What the window shows for the codes of app/ and schedules/ (statuses, triggers, priorities, days, kinds).

The Vietnamese text is the same as the app's labels (a test keeps them equal); it is repeated here, marked
with QT_TRANSLATE_NOOP, so that lupdate finds it and the English translation covers it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

STATES = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Chờ phát"),
    "starting": QT_TRANSLATE_NOOP("Labels", "Đang bắt đầu"),
    "lapsed": QT_TRANSLATE_NOOP("Labels", "Thêm sau giờ phát"),
    "on_air": QT_TRANSLATE_NOOP("Labels", "Đang phát"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Đã phát xong"),
    "interrupted": QT_TRANSLATE_NOOP("Labels", "Bị ngắt"),
    "missed": QT_TRANSLATE_NOOP("Labels", "Bị lỡ"),
    "failed": QT_TRANSLATE_NOOP("Labels", "Lỗi"),
    "skipped": QT_TRANSLATE_NOOP("Labels", "Bỏ qua"),
}
TRIGGERS = {
    "scheduled": QT_TRANSLATE_NOOP("Labels", "Theo lịch"),
    "manual": QT_TRANSLATE_NOOP("Labels", "Phát tay"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "Khẩn cấp"),
    "live": QT_TRANSLATE_NOOP("Labels", "Đọc trực tiếp"),
}
PRIORITIES = {
    "ordinary": QT_TRANSLATE_NOOP("Labels", "Thông thường"),
    "priority": QT_TRANSLATE_NOOP("Labels", "Ưu tiên"),
    "emergency": QT_TRANSLATE_NOOP("Labels", "Khẩn cấp"),
}
DAY_NAMES = {
    1: QT_TRANSLATE_NOOP("Labels", "Thứ Hai"),
    2: QT_TRANSLATE_NOOP("Labels", "Thứ Ba"),
    3: QT_TRANSLATE_NOOP("Labels", "Thứ Tư"),
    4: QT_TRANSLATE_NOOP("Labels", "Thứ Năm"),
    5: QT_TRANSLATE_NOOP("Labels", "Thứ Sáu"),
    6: QT_TRANSLATE_NOOP("Labels", "Thứ Bảy"),
    7: QT_TRANSLATE_NOOP("Labels", "Chủ nhật"),
}
DAY_SHORT = {
    1: QT_TRANSLATE_NOOP("Labels", "T2"),
    2: QT_TRANSLATE_NOOP("Labels", "T3"),
    3: QT_TRANSLATE_NOOP("Labels", "T4"),
    4: QT_TRANSLATE_NOOP("Labels", "T5"),
    5: QT_TRANSLATE_NOOP("Labels", "T6"),
    6: QT_TRANSLATE_NOOP("Labels", "T7"),
    7: QT_TRANSLATE_NOOP("Labels", "CN"),
}
EVERY_DAY = QT_TRANSLATE_NOOP("Labels", "Hằng ngày")
KINDS = {
    "speech": QT_TRANSLATE_NOOP("Labels", "Giọng đọc"),
    "recording": QT_TRANSLATE_NOOP("Labels", "Bản ghi âm"),
    "jingle": QT_TRANSLATE_NOOP("Labels", "Nhạc hiệu"),
    "live": QT_TRANSLATE_NOOP("Labels", "Đọc trực tiếp"),
}


def _translated(table: dict, key) -> str:
    text = table.get(key)
    return QCoreApplication.translate(CONTEXT, text) if text is not None else str(key)


def state_label(code: str) -> str:
    """A rundown state or an airing status."""
    return _translated(STATES, code)


def trigger_label(code: str) -> str:
    return _translated(TRIGGERS, code)


def priority_label(priority) -> str:
    return _translated(PRIORITIES, str(getattr(priority, "value", priority)))


def day_name(iso_weekday: int) -> str:
    return _translated(DAY_NAMES, iso_weekday)


def day_short(iso_weekday: int) -> str:
    return _translated(DAY_SHORT, iso_weekday)


def days_label(days: Iterable[int]) -> str:
    chosen = sorted(set(days))
    if chosen == list(range(1, 8)):
        return QCoreApplication.translate(CONTEXT, EVERY_DAY)
    return ", ".join(day_short(day) for day in chosen)


def kind_label(kind: str) -> str:
    return _translated(KINDS, kind)
