"""What the window shows for the codes of app/ and schedules/ (statuses, triggers, priorities, days, kinds).

The words are app/labels.py's, the one table of each; they are translated here, at display time, under
that module's context (lupdate collects them from app/labels.py: see tools/update-translations).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app import labels


def _translate(text: str) -> str:
    return QCoreApplication.translate(labels.CONTEXT, text)


def state_label(code: str) -> str:
    """A rundown state or an airing status."""
    return labels.label(labels.STATE_LABELS, code, _translate)


def trigger_label(code: str, source: str | None = None) -> str:
    """How a log row was started; a row `log import` brought in says so (app.labels.trigger_table)."""
    return labels.label(labels.trigger_table(source), code, _translate)


def priority_label(priority: str) -> str:
    return labels.label(labels.PRIORITY_LABELS, priority, _translate)


def counting_kind_label(kind: str) -> str:
    """What a log row adds up to (counted, cut short, not sealed, ...)."""
    return labels.label(labels.COUNTING_KIND_LABELS, kind, _translate)


def day_name(iso_weekday: int) -> str:
    return labels.label(labels.DAY_NAMES, iso_weekday, _translate)


def day_short(iso_weekday: int) -> str:
    return labels.label(labels.DAY_SHORT, iso_weekday, _translate)


def days_label(days: Iterable[int]) -> str:
    return labels.days_label(days, _translate)


def kind_label(kind: str) -> str:
    """A segment's kind (speech, recording, jingle, live)."""
    return labels.label(labels.SEGMENT_KIND_LABELS, kind, _translate)
