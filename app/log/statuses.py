"""The codes an airing row carries: its status and what started it (trigger).

Stored as these exact values (`airings.status`, `airings.trigger`, part of each row's hashed content);
being StrEnums, the members are those strings, so SQL, JSON and the hash chain see nothing new. What a
person reads for each code is in app/labels.py.
"""

from __future__ import annotations

from enum import StrEnum


class AiringStatus(StrEnum):
    ON_AIR = "on_air"  # playing now: the only status a row outside the chain may have
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"
    MISSED = "missed"
    FAILED = "failed"
    SKIPPED = "skipped"


class Trigger(StrEnum):
    SCHEDULED = "scheduled"
    MANUAL = "manual"
    URGENT = "urgent"
    LIVE = "live"


FINISHED_STATUSES: tuple[AiringStatus, ...] = tuple(status for status in AiringStatus if status != "on_air")
# Sound went out: these rows carry a time on air (whether it counts is app.log.counting's rule).
AIRED_STATUSES = (AiringStatus.COMPLETED, AiringStatus.INTERRUPTED)
# Planned but not aired: listed apart, dated by their scheduled time, adding nothing.
NOT_AIRED_STATUSES = (AiringStatus.MISSED, AiringStatus.FAILED, AiringStatus.SKIPPED)
# How a started row may end (`missed` is only ever written for an item that never started).
ENDING_STATUSES = (AiringStatus.COMPLETED, AiringStatus.INTERRUPTED, AiringStatus.FAILED, AiringStatus.SKIPPED)


def sql_list(statuses: tuple[str, ...]) -> str:
    """`('missed', 'failed', 'skipped')` for an SQL IN clause (the codes are fixed, never user text)."""
    return "(" + ", ".join(f"'{status}'" for status in statuses) + ")"
