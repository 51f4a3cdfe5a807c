"""What a person reads for the codes the station stores: airing statuses and triggers, rundown states,
counting kinds, priorities, segment kinds, days of the week. The one table of each.

The words are Vietnamese. The command line, the CSV export and the printed report use them as they are; the
window shows them translated (ui/labels.py looks each up under the context "Labels"). Every entry is written
as `QT_TRANSLATE_NOOP("Labels", "...")`, so that lupdate, which tools/update-translations runs over this
module too, collects them into the English translation without this module importing Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from app.log.statuses import AiringStatus, Trigger
from schedules import Priority

CONTEXT = "Labels"


def _marked(context: str, text: str) -> str:
    """Qt's QT_TRANSLATE_NOOP below ui/: marks `text` for lupdate and returns it unchanged."""
    return text


QT_TRANSLATE_NOOP = _marked

STATUS_LABELS: dict[str, str] = {
    AiringStatus.ON_AIR: QT_TRANSLATE_NOOP("Labels", "Đang phát"),
    AiringStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Đã phát xong"),
    AiringStatus.INTERRUPTED: QT_TRANSLATE_NOOP("Labels", "Bị ngắt"),
    AiringStatus.MISSED: QT_TRANSLATE_NOOP("Labels", "Bị lỡ"),
    AiringStatus.FAILED: QT_TRANSLATE_NOOP("Labels", "Lỗi"),
    AiringStatus.SKIPPED: QT_TRANSLATE_NOOP("Labels", "Bỏ qua"),
}
TRIGGER_LABELS: dict[str, str] = {
    Trigger.SCHEDULED: QT_TRANSLATE_NOOP("Labels", "Theo lịch"),
    Trigger.MANUAL: QT_TRANSLATE_NOOP("Labels", "Phát tay"),
    Trigger.URGENT: QT_TRANSLATE_NOOP("Labels", "Khẩn cấp"),
    Trigger.LIVE: QT_TRANSLATE_NOOP("Labels", "Đọc trực tiếp"),
}
# A row `log import` brought in from an old paper or Excel log (source 'imported'): said so, not "Phát tay"
# (the importer's default for a row without a scheduled time). The words in brackets are a hint the importer
# ignores (app.log.columns.word_key), so an exported log still imports as the same triggers.
IMPORTED_TRIGGER_LABELS: dict[str, str] = {
    Trigger.SCHEDULED: QT_TRANSLATE_NOOP("Labels", "Theo lịch (sổ cũ)"),
    Trigger.MANUAL: QT_TRANSLATE_NOOP("Labels", "Nhập từ sổ cũ"),
    Trigger.URGENT: QT_TRANSLATE_NOOP("Labels", "Khẩn cấp (sổ cũ)"),
    Trigger.LIVE: QT_TRANSLATE_NOOP("Labels", "Đọc trực tiếp (sổ cũ)"),
}
IMPORTED_SOURCE = "imported"  # airings.source of a row `log import` appended
# A rundown entry's state (app.playout): before its airing row exists, then the row's status.
STATE_LABELS: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Chờ phát"),
    "starting": QT_TRANSLATE_NOOP("Labels", "Đang bắt đầu"),
    "lapsed": QT_TRANSLATE_NOOP("Labels", "Thêm sau giờ phát"),
    "relaying": QT_TRANSLATE_NOOP("Labels", "Đang tiếp sóng"),  # a relay on air (app.playout)
    **STATUS_LABELS,
}
# What a row adds up to under the counting rule (app.log.counting.KINDS).
COUNTING_KIND_LABELS: dict[str, str] = {
    "counted": QT_TRANSLATE_NOOP("Labels", "Được tính"),
    "cut_short": QT_TRANSLATE_NOOP("Labels", "Ngắt sớm"),
    "unsealed": QT_TRANSLATE_NOOP("Labels", "Không niêm phong"),
    **{status: STATUS_LABELS[status] for status in ("missed", "failed", "skipped", "on_air")},
}
PRIORITY_LABELS: dict[str, str] = {
    Priority.ORDINARY: QT_TRANSLATE_NOOP("Labels", "Thông thường"),
    Priority.PRIORITY: QT_TRANSLATE_NOOP("Labels", "Ưu tiên"),
    Priority.EMERGENCY: QT_TRANSLATE_NOOP("Labels", "Khẩn cấp"),
}
SEGMENT_KIND_LABELS: dict[str, str] = {
    "speech": QT_TRANSLATE_NOOP("Labels", "Giọng đọc"),
    "recording": QT_TRANSLATE_NOOP("Labels", "Bản ghi âm"),
    "jingle": QT_TRANSLATE_NOOP("Labels", "Nhạc hiệu"),
    "live": QT_TRANSLATE_NOOP("Labels", "Đọc trực tiếp"),
    "relay": QT_TRANSLATE_NOOP("Labels", "Tiếp sóng"),
}
DAY_NAMES: dict[int, str] = {  # ISO weekdays, 1 = Monday
    1: QT_TRANSLATE_NOOP("Labels", "Thứ Hai"),
    2: QT_TRANSLATE_NOOP("Labels", "Thứ Ba"),
    3: QT_TRANSLATE_NOOP("Labels", "Thứ Tư"),
    4: QT_TRANSLATE_NOOP("Labels", "Thứ Năm"),
    5: QT_TRANSLATE_NOOP("Labels", "Thứ Sáu"),
    6: QT_TRANSLATE_NOOP("Labels", "Thứ Bảy"),
    7: QT_TRANSLATE_NOOP("Labels", "Chủ nhật"),
}
DAY_SHORT: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Labels", "T2"),
    2: QT_TRANSLATE_NOOP("Labels", "T3"),
    3: QT_TRANSLATE_NOOP("Labels", "T4"),
    4: QT_TRANSLATE_NOOP("Labels", "T5"),
    5: QT_TRANSLATE_NOOP("Labels", "T6"),
    6: QT_TRANSLATE_NOOP("Labels", "T7"),
    7: QT_TRANSLATE_NOOP("Labels", "CN"),
}
EVERY_DAY = QT_TRANSLATE_NOOP("Labels", "Hằng ngày")

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


def label(table: Mapping, code: object, translate: Translate = _same) -> str:
    """The label of `code` in `table` (translated by `translate`), or the code itself when it has none."""
    text = table.get(code)
    return translate(text) if text is not None else str(code)


def status_label(code: str) -> str:
    return label(STATUS_LABELS, code)


def trigger_table(source: str | None) -> Mapping[str, str]:
    """The trigger words for a log row from `source`: an imported row's say it came from the old log."""
    return IMPORTED_TRIGGER_LABELS if source == IMPORTED_SOURCE else TRIGGER_LABELS


def trigger_label(code: str, source: str | None = None) -> str:
    return label(trigger_table(source), code)


def state_label(code: str) -> str:
    return label(STATE_LABELS, code)


def priority_label(priority: str) -> str:
    return label(PRIORITY_LABELS, priority)


def days_label(days: Iterable[int], translate: Translate = _same) -> str:
    """`Hằng ngày` for all seven days, else the short names in week order: `T2, T4, T6`."""
    chosen = sorted(set(days))
    if chosen == list(range(1, 8)):
        return translate(EVERY_DAY)
    return ", ".join(label(DAY_SHORT, day, translate) for day in chosen)
