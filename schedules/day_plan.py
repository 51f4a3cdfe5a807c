"""Expanding the schedule into day plans (danh sách phát trong ngày).

Rules (see also `recurrence` for the midnight rule):
- Items of a window play back to back from the window's start (a hard start), in (position, id) order;
  priority only changes the order at play time, not in the plan.
- An item whose segment has no usable audio is planned with duration 0 and a `no_audio` warning; an item
  whose segment is unknown is left out with a `missing_segment` warning.
- Each item belongs to the day plan of the date its planned start falls on. Window-level warnings
  (invalid, empty, missing segment, overrun) belong to the date the occurrence starts on; `no_audio`
  to the date the item is planned on; an overlap to the date the common time begins.
- Items are sorted by planned start; ties go emergency, priority, ordinary, then window before one-off,
  then window id (items of one window keep their position order, as a run) or one-off id.
- Items running past the window's end stay in the plan (the player cuts at `window_end`), with a
  `window_overrun` warning naming the items that would not start before the end.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from . import checks
from .model import DayPlan, OneOffItem, PlannedItem, Priority, SegmentInfo, Window, WindowItem
from .model import Warning as ScheduleWarning
from .recurrence import ONE_DAY, Occurrence, occurrence_on, occurrences_touching

_CODE_ORDER = {code: i for i, code in enumerate(checks.CODES)}
_Warn = Callable[[datetime, ScheduleWarning], None]
_Entries = list[tuple[tuple, PlannedItem]]


@dataclass(frozen=True)
class _Slot:
    """A window item laid out relative to the window's start; the same for every occurrence."""

    item: WindowItem
    segment: SegmentInfo
    problem: str | None  # why the audio is unusable, if it is
    duration: timedelta
    offset: timedelta  # from the window's start
    day_index: int  # days from the occurrence's date to the date this item starts on
    seq: int
    hard_start: bool
    run_rank: int  # best priority among this window's items starting at the same instant


@dataclass(frozen=True)
class _Layout:
    window: Window
    slots: tuple[_Slot, ...]
    by_day_index: Mapping[int, tuple[_Slot, ...]]
    missing: tuple[WindowItem, ...]
    empty: bool
    total: timedelta


class Schedule:
    """The schedule prepared once, then expanded for any number of dates."""

    def __init__(
        self,
        windows: Iterable[Window],
        window_items: Iterable[WindowItem],
        one_offs: Iterable[OneOffItem],
        segments: Mapping[int, SegmentInfo],
    ) -> None:
        self.windows = tuple(sorted(windows, key=lambda w: w.id))
        self._valid_windows = tuple(w for w in self.windows if w.is_valid)
        self.segments = segments
        items_by_window: dict[int, list[WindowItem]] = defaultdict(list)
        for item in window_items:
            items_by_window[item.window_id].append(item)
        self._layouts = tuple(_layout(w, items_by_window.get(w.id, []), segments) for w in self.windows if w.active)
        self._one_offs: dict[date, list[OneOffItem]] = defaultdict(list)
        for one in one_offs:
            self._one_offs[one.at.date()].append(one)
        for ones in self._one_offs.values():
            ones.sort(key=lambda o: (o.at, o.id))

    def day_plan(self, day: date) -> DayPlan:
        items: _Entries = []
        warns: list[tuple[tuple, ScheduleWarning]] = []

        def warn(moment: datetime, w: ScheduleWarning) -> None:
            key = (moment, _CODE_ORDER[w.code], w.window_id or 0, w.other_window_id or 0, w.item_id or 0)
            warns.append((key, w))

        for layout in self._layouts:
            self._plan_window(day, layout, items, warn)

        touching = occurrences_touching(day, self._valid_windows)
        for moment, w in checks.find_overlaps(day, touching):
            warn(moment, w)
        self._plan_one_offs(day, touching, items, warn)

        items.sort(key=lambda pair: pair[0])
        warns.sort(key=lambda pair: pair[0])
        return DayPlan(day, tuple(p for _, p in items), tuple(w for _, w in warns))

    def _plan_window(self, day: date, layout: _Layout, items: _Entries, warn: _Warn) -> None:
        window = layout.window
        if window.occurs_on(day):
            occ = occurrence_on(window, day)
            if occ is None:  # occurs but cannot be laid out: end == start
                warn(datetime.combine(day, window.start), checks.invalid_window(window, day))
                return
            if layout.empty:
                warn(occ.start, checks.empty_window(occ))
            for item in layout.missing:
                warn(occ.start, checks.missing_in_window(item, occ))
            if layout.total > window.length:
                warn(occ.start, _overrun_warning(occ, layout))
        if not window.is_valid:
            return
        for day_index, slots in layout.by_day_index.items():
            try:
                occ_day = day - timedelta(days=day_index)
            except OverflowError:
                continue
            occ = occurrence_on(window, occ_day)
            if occ is None:
                continue
            for slot in slots:
                start = occ.start + slot.offset
                planned = PlannedItem(
                    item_id=slot.item.id,
                    segment_id=slot.segment.id,
                    title=slot.segment.title,
                    topic=slot.segment.topic,
                    planned_start=start,
                    planned_duration_s=slot.duration.total_seconds(),
                    priority=slot.item.priority,
                    window_id=window.id,
                    window_end=occ.end,
                    hard_start=slot.hard_start,
                )
                key = (start, slot.run_rank, 0, window.id, occ_day, slot.seq)
                items.append((key, planned))
                if slot.problem is not None:
                    warn(start, checks.no_audio(slot.item.id, slot.segment, slot.problem, start, window))

    def _plan_one_offs(self, day: date, touching: list[Occurrence], items: _Entries, warn: _Warn) -> None:
        for one in self._one_offs.get(day, ()):
            segment = self.segments.get(one.segment_id)
            if segment is None:
                warn(one.at, checks.missing_one_off(one))
                continue
            problem = checks.audio_problem(segment)
            duration = 0.0 if problem is not None else float(segment.duration_s or 0.0)
            planned = PlannedItem(
                item_id=one.id,
                segment_id=segment.id,
                title=segment.title,
                topic=segment.topic,
                planned_start=one.at,
                planned_duration_s=duration,
                priority=one.priority,
                window_id=None,
                window_end=None,
                hard_start=True,
            )
            items.append(((one.at, one.priority.rank, 1, one.id, day, 0), planned))
            if problem is not None:
                warn(one.at, checks.no_audio(one.id, segment, problem, one.at, None))
            if one.priority is Priority.ORDINARY:
                for occ in touching:
                    if occ.contains(one.at):
                        warn(one.at, checks.oneoff_in_window(one, segment.title, occ))


def build_day_plan(
    day: date,
    windows: Iterable[Window],
    window_items: Iterable[WindowItem],
    one_offs: Iterable[OneOffItem],
    segments: Mapping[int, SegmentInfo],
) -> DayPlan:
    """The plan of one date. Never raises on bad schedule data: problems become warnings."""
    return Schedule(windows, window_items, one_offs, segments).day_plan(day)


def build_week(
    start: date,
    windows: Iterable[Window],
    window_items: Iterable[WindowItem],
    one_offs: Iterable[OneOffItem],
    segments: Mapping[int, SegmentInfo],
    days: int = 7,
) -> list[DayPlan]:
    """Plans of `days` consecutive dates from `start` (a week by default)."""
    schedule = Schedule(windows, window_items, one_offs, segments)
    plans = []
    day = start
    for i in range(days):
        plans.append(schedule.day_plan(day))
        if i + 1 < days:
            day += ONE_DAY
    return plans


def _layout(window: Window, items: list[WindowItem], segments: Mapping[int, SegmentInfo]) -> _Layout:
    ordered = sorted(items, key=lambda i: (i.position, i.id))
    start_offset = datetime.combine(date.min, window.start) - datetime.combine(date.min, time())
    slots: list[_Slot] = []
    missing: list[WindowItem] = []
    offset = timedelta()
    for item in ordered:
        segment = segments.get(item.segment_id)
        if segment is None:
            missing.append(item)
            continue
        problem = checks.audio_problem(segment)
        # timedelta keeps microseconds exact, so items stay back to back to the microsecond.
        duration = timedelta() if problem is not None else timedelta(seconds=float(segment.duration_s or 0))
        slots.append(
            _Slot(
                item=item,
                segment=segment,
                problem=problem,
                duration=duration,
                offset=offset,
                day_index=(start_offset + offset) // ONE_DAY,
                seq=len(slots),
                hard_start=not slots,
                run_rank=0,
            )
        )
        offset += duration
    # Items of one window at one instant (zero-length ones) move as a run, ranked by their best priority.
    best: dict[timedelta, int] = {}
    for slot in slots:
        best[slot.offset] = min(best.get(slot.offset, 9), slot.item.priority.rank)
    slots = [replace(s, run_rank=best[s.offset]) for s in slots]
    by_day: dict[int, list[_Slot]] = defaultdict(list)
    for slot in slots:
        by_day[slot.day_index].append(slot)
    return _Layout(
        window=window,
        slots=tuple(slots),
        by_day_index={k: tuple(v) for k, v in by_day.items()},
        missing=tuple(missing),
        empty=not ordered,
        total=offset,
    )


def _overrun_warning(occ: Occurrence, layout: _Layout) -> ScheduleWarning:
    length = occ.window.length
    over = (layout.total - length).total_seconds()
    late = [(s.item.id, s.segment.title) for s in layout.slots if s.offset >= length]
    return checks.window_overrun(occ, over, late, layout.slots[-1].segment.title)
