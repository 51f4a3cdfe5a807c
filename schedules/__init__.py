"""Pure schedule rules: windows, items, day plans and their warnings. No I/O, no Qt."""

from .checks import CODES, audio_problem, window_problems
from .day_plan import Schedule, build_day_plan, build_week
from .model import (
    ALL_DAYS,
    DayPlan,
    OneOffItem,
    PlannedItem,
    Priority,
    SegmentInfo,
    Warning,
    Window,
    WindowItem,
)
from .recurrence import (
    Occurrence,
    next_occurrence,
    occurrence_dates,
    occurrence_on,
    occurrences_on,
    occurrences_touching,
)

__all__ = [
    "ALL_DAYS",
    "CODES",
    "DayPlan",
    "Occurrence",
    "OneOffItem",
    "PlannedItem",
    "Priority",
    "Schedule",
    "SegmentInfo",
    "Warning",
    "Window",
    "WindowItem",
    "audio_problem",
    "build_day_plan",
    "build_week",
    "next_occurrence",
    "occurrence_dates",
    "occurrence_on",
    "occurrences_on",
    "occurrences_touching",
    "window_problems",
]
