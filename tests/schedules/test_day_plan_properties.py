"""Property tests: for random schedules the plans never raise and keep their promises."""

import random
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schedules import OneOffItem, Priority, SegmentInfo, Window, WindowItem, build_week

PRIORITIES = list(Priority)
ONE_DAY = timedelta(days=1)
CHECKED_DAYS = 7
# 30 items of at most an hour each, from a start before midnight, end within 3 days: plan 10 days
# and every occurrence starting in the first 7 is complete.
PLANNED_DAYS = CHECKED_DAYS + 3

PROPERTY_SETTINGS = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@st.composite
def clock_times(draw) -> time:
    # Mostly quarter hours, so that windows touch and overlap often; sometimes any second.
    if draw(st.booleans()):
        minutes = draw(st.integers(0, 95)) * 15
        return time(minutes // 60, minutes % 60)
    return time(draw(st.integers(0, 23)), draw(st.integers(0, 59)), draw(st.sampled_from([0, 0, 1, 30, 59])))


@st.composite
def schedule_data(draw):
    start = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
    near = st.integers(-3, PLANNED_DAYS + 1).map(lambda n: start + timedelta(days=n))
    n_windows = draw(st.integers(0, 7))
    windows = []
    for wid in range(1, n_windows + 1):
        single = draw(st.integers(0, 5)) == 0
        windows.append(
            Window(
                id=wid,
                name=draw(st.text(min_size=0, max_size=8)),
                start=draw(clock_times()),
                end=draw(clock_times()),
                days=draw(st.frozensets(st.integers(1, 7))),
                date_from=draw(st.none() | near),
                date_to=draw(st.none() | near),
                on_date=draw(near) if single else None,
                active=draw(st.integers(0, 9)) > 0,
            )
        )
    durations = st.none() | st.sampled_from([0.0, -1.0, 60.0, 900.0]) | st.floats(0.001, 3600.0)
    segments = {}
    for sid in draw(st.sets(st.integers(1, 10), max_size=10)):
        segments[sid] = SegmentInfo(sid, f"Tiết mục {sid}", "Chủ đề", draw(durations), draw(st.integers(0, 5)) > 0)
    n_items = draw(st.integers(0, 30))
    items = [
        WindowItem(
            id=iid,
            window_id=draw(st.integers(1, n_windows + 1)),  # n_windows + 1 is an orphan
            position=draw(st.integers(0, 5)),
            segment_id=draw(st.integers(1, 11)),
            priority=draw(st.sampled_from(PRIORITIES)),
        )
        for iid in range(1, n_items + 1)
    ]
    one_offs = [
        OneOffItem(
            id=1000 + k,
            at=datetime.combine(draw(near), draw(clock_times())),
            segment_id=draw(st.integers(1, 11)),
            priority=draw(st.sampled_from(PRIORITIES)),
        )
        for k in range(draw(st.integers(0, 8)))
    ]
    return start, windows, items, one_offs, segments


def plan(data):
    start, windows, items, one_offs, segments = data
    return build_week(start, windows, items, one_offs, segments, days=PLANNED_DAYS)


def interval(w: Window, d: date) -> tuple[datetime, datetime]:
    """Independent of the code under test: a window's time on a date it occurs on."""
    end_day = d + ONE_DAY if w.end < w.start else d
    return datetime.combine(d, w.start), datetime.combine(end_day, w.end)


def occurs(w: Window, d: date) -> bool:
    return w.start != w.end and w.occurs_on(d)


@PROPERTY_SETTINGS
@given(schedule_data())
def test_items_are_sorted_and_ties_follow_the_priority_rule(data) -> None:
    for day_plan in plan(data):
        items = day_plan.items
        assert all(p.planned_start.date() == day_plan.date for p in items)
        assert [p.planned_start for p in items] == sorted(p.planned_start for p in items)
        # The rank that orders a window item is the best of its window's items at that same instant.
        run_rank: dict[tuple, int] = defaultdict(lambda: 9)
        for p in items:
            if p.window_id is not None:
                key = (p.window_id, p.window_end, p.planned_start)
                run_rank[key] = min(run_rank[key], p.priority.rank)

        def rank(p, run_rank=run_rank):
            if p.window_id is None:
                return p.priority.rank
            return run_rank[(p.window_id, p.window_end, p.planned_start)]

        for a, b in zip(items, items[1:], strict=False):
            if a.planned_start != b.planned_start:
                continue
            assert rank(a) <= rank(b)
            if rank(a) == rank(b):
                assert (a.is_one_off, a.window_id or a.item_id) <= (b.is_one_off, b.window_id or b.item_id)


@PROPERTY_SETTINGS
@given(schedule_data())
def test_items_of_one_occurrence_play_back_to_back_in_position_order(data) -> None:
    _, windows, window_items, _, _ = data
    by_id = {w.id: w for w in windows}
    position = {i.id: (i.position, i.id) for i in window_items}
    runs: dict[tuple, list] = defaultdict(list)
    for day_plan in plan(data):
        for p in day_plan.items:
            if p.window_id is not None:
                runs[(p.window_id, p.window_end)].append(p)
    for (window_id, window_end), run in runs.items():
        window = by_id[window_id]
        occ_start = datetime.combine(window_end.date(), window.end) - window.length
        assert window_end == datetime.combine(window_end.date(), window.end)
        assert [position[p.item_id] for p in run] == sorted(position[p.item_id] for p in run)
        for a, b in zip(run, run[1:], strict=False):
            assert b.planned_start == a.planned_start + timedelta(seconds=a.planned_duration_s)  # no gap, no overlap
            assert not b.hard_start
        assert run[0].hard_start == (run[0].planned_start == occ_start)
        assert all(p.planned_duration_s >= 0 for p in run)


@PROPERTY_SETTINGS
@given(schedule_data())
def test_every_item_of_every_occurrence_is_planned_exactly_once(data) -> None:
    start, windows, window_items, one_offs, segments = data
    plans = plan(data)
    seen = Counter((p.item_id, p.window_id, p.planned_start) for day_plan in plans for p in day_plan.items)
    assert all(n == 1 for n in seen.values())
    expected = Counter()
    for w in windows:
        ordered = sorted((i for i in window_items if i.window_id == w.id), key=lambda i: (i.position, i.id))
        # Occurrences up to 3 days before the first plan can still spill into it.
        for k in range(-3, CHECKED_DAYS):
            d = start + timedelta(days=k)
            if not occurs(w, d):
                continue
            moment = interval(w, d)[0]
            for item in ordered:
                segment = segments.get(item.segment_id)
                if segment is None:
                    continue
                if moment.date() >= start:
                    expected[(item.id, w.id, moment)] += 1
                audio_ok = segment.has_audio and segment.duration_s is not None and segment.duration_s > 0
                moment += timedelta(seconds=segment.duration_s if audio_ok else 0)
    for one in one_offs:
        if one.segment_id in segments and start <= one.at.date() < start + timedelta(days=PLANNED_DAYS):
            expected[(one.id, None, one.at)] += 1
    # Every occurrence starting in the checked days ends within the planned days: all of it is there.
    assert all(seen[key] == 1 for key in expected), [key for key in expected if key not in seen]
    checked_until = datetime.combine(start + timedelta(days=CHECKED_DAYS), time())
    assert all(key in expected for key in seen if key[2] < checked_until)


@PROPERTY_SETTINGS
@given(schedule_data())
def test_every_overlap_is_reported_once_and_nothing_else(data) -> None:
    start, windows, *_ = data
    for day_plan in plan(data):
        d = day_plan.date
        spans = [(w.id, *interval(w, d)) for w in windows if occurs(w, d)]
        spans += [(w.id, *interval(w, d - ONE_DAY)) for w in windows if occurs(w, d - ONE_DAY) and w.end < w.start]
        expected = Counter()
        for i, (a, a_start, a_end) in enumerate(spans):
            for b, b_start, b_end in spans[i + 1 :]:
                if a_start < b_end and b_start < a_end and max(a_start, b_start).date() == d:
                    expected[frozenset({a, b})] += 1
        reported = Counter(
            frozenset({w.window_id, w.other_window_id}) for w in day_plan.warnings if w.code == "window_overlap"
        )
        assert reported == expected


@PROPERTY_SETTINGS
@given(schedule_data())
def test_every_missing_segment_is_reported_and_left_out(data) -> None:
    start, windows, window_items, one_offs, segments = data
    for day_plan in plan(data):
        d = day_plan.date
        expected = Counter()
        for w in windows:
            if occurs(w, d):
                for i in window_items:
                    if i.window_id == w.id and i.segment_id not in segments:
                        expected[(i.id, w.id)] += 1
        for one in one_offs:
            if one.at.date() == d and one.segment_id not in segments:
                expected[(one.id, None)] += 1
        reported = Counter((w.item_id, w.window_id) for w in day_plan.warnings if w.code == "missing_segment")
        assert reported == expected
        assert all(p.segment_id in segments for p in day_plan.items)


@PROPERTY_SETTINGS
@given(schedule_data())
def test_every_item_without_audio_is_planned_silent_with_a_warning(data) -> None:
    *_, segments = data
    for day_plan in plan(data):
        silent = {
            (p.item_id, p.planned_start)
            for p in day_plan.items
            if not segments[p.segment_id].has_audio
            or segments[p.segment_id].duration_s is None
            or segments[p.segment_id].duration_s <= 0
        }
        assert all(p.planned_duration_s == 0 for p in day_plan.items if (p.item_id, p.planned_start) in silent)
        warned = Counter(w.item_id for w in day_plan.warnings if w.code == "no_audio")
        assert warned == Counter(item_id for item_id, _ in silent)


@PROPERTY_SETTINGS
@given(schedule_data(), st.randoms(use_true_random=False))
def test_plan_is_deterministic_whatever_the_input_order(data, rng: random.Random) -> None:
    start, windows, window_items, one_offs, segments = data
    shuffled = [list(windows), list(window_items), list(one_offs)]
    for seq in shuffled:
        rng.shuffle(seq)
    again = build_week(start, *shuffled, dict(reversed(list(segments.items()))), days=PLANNED_DAYS)
    assert again == plan(data)
    for day_plan in again:
        assert all("\n" not in w.message and w.message for w in day_plan.warnings)
