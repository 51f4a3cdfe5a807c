"""Day plans: ordering, back-to-back timing, hard starts, ties, midnight, weeks."""

import random
from datetime import date, datetime, time, timedelta

import pytest

from schedules import (
    ALL_DAYS,
    OneOffItem,
    Priority,
    SegmentInfo,
    Window,
    WindowItem,
    build_day_plan,
    build_week,
)

MON = date(2024, 6, 3)
TUE = MON + timedelta(days=1)
SUN = MON + timedelta(days=6)
ORD, PRI, EMG = Priority.ORDINARY, Priority.PRIORITY, Priority.EMERGENCY

SEGMENTS = {
    1: SegmentInfo(1, "Cảnh giác lừa đảo qua mạng", "Phòng chống lừa đảo qua mạng", 120.0, True),
    2: SegmentInfo(2, "Ứng xử văn minh trên mạng xã hội", "Văn hóa ứng xử trên mạng xã hội", 90.5, True),
    3: SegmentInfo(3, "Bảo vệ bí mật nhà nước", "Bảo vệ bí mật nhà nước trên không gian mạng", 300.0, True),
    4: SegmentInfo(4, "Nhạc hiệu", "", 15.0, True),
    5: SegmentInfo(5, "Bản tin chưa đọc", "An toàn thông tin", None, False),
    6: SegmentInfo(6, "Dài một giờ", "An toàn thông tin", 3600.0, True),
}


def win(wid=1, start=time(6), end=time(6, 30), days=ALL_DAYS, **kw) -> Window:
    return Window(id=wid, name=kw.pop("name", f"Khung {wid}"), start=start, end=end, days=days, **kw)


def items_of(window_id: int, *segment_ids: int, first_id: int = 1, priorities=None) -> list[WindowItem]:
    prios = priorities or [ORD] * len(segment_ids)
    return [
        WindowItem(first_id + i, window_id, i, sid, prio)
        for i, (sid, prio) in enumerate(zip(segment_ids, prios, strict=True))
    ]


def at(day: date, hh: int, mm: int = 0, ss: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm, ss))


def summary(plan) -> list[tuple]:
    return [(p.item_id, p.planned_start.time(), p.planned_duration_s, p.hard_start) for p in plan.items]


def test_items_play_back_to_back_from_the_window_start() -> None:
    plan = build_day_plan(MON, [win()], items_of(1, 4, 1, 2, 3), [], SEGMENTS)
    assert summary(plan) == [
        (1, time(6, 0, 0), 15.0, True),
        (2, time(6, 0, 15), 120.0, False),
        (3, time(6, 2, 15), 90.5, False),
        (4, time(6, 3, 45, 500000), 300.0, False),
    ]
    assert plan.date == MON
    assert plan.warnings == ()
    first = plan.items[0]
    assert (first.segment_id, first.title, first.topic) == (4, "Nhạc hiệu", "")
    assert {p.window_id for p in plan.items} == {1}
    assert {p.window_end for p in plan.items} == {at(MON, 6, 30)}
    assert plan.items[-1].planned_end == at(MON, 6, 8, 45) + timedelta(microseconds=500000)


def test_order_is_by_position_then_id_not_by_id_or_input_order() -> None:
    items = [
        WindowItem(10, 1, 2, 1, ORD),
        WindowItem(11, 1, 0, 2, ORD),
        WindowItem(13, 1, 1, 4, ORD),
        WindowItem(12, 1, 1, 3, ORD),  # same position as 13: lower id first
    ]
    plan = build_day_plan(MON, [win()], items, [], SEGMENTS)
    assert [p.item_id for p in plan.items] == [11, 12, 13, 10]


def test_priority_items_of_a_window_stay_in_position_order() -> None:
    items = items_of(1, 1, 2, 3, priorities=[ORD, EMG, PRI])
    plan = build_day_plan(MON, [win()], items, [], SEGMENTS)
    assert [(p.item_id, p.priority) for p in plan.items] == [(1, ORD), (2, EMG), (3, PRI)]
    assert [p.planned_start.time() for p in plan.items] == [time(6), time(6, 2), time(6, 3, 30, 500000)]


def test_one_off_is_planned_at_its_exact_time() -> None:
    ones = [OneOffItem(7, at(MON, 14, 5, 30), 3, EMG)]
    plan = build_day_plan(MON, [], [], ones, SEGMENTS)
    (item,) = plan.items
    assert (item.item_id, item.planned_start, item.planned_duration_s) == (7, at(MON, 14, 5, 30), 300.0)
    assert (item.window_id, item.window_end, item.hard_start, item.priority) == (None, None, True, EMG)
    assert item.is_one_off


def test_one_offs_of_other_dates_are_not_in_the_plan() -> None:
    ones = [OneOffItem(1, at(TUE, 0, 0), 1, ORD), OneOffItem(2, at(MON, 23, 59, 59), 1, ORD)]
    plan = build_day_plan(MON, [], [], ones, SEGMENTS)
    assert [p.item_id for p in plan.items] == [2]


def test_each_occurrence_has_its_own_hard_start() -> None:
    windows = [win(1, time(6), time(6, 30)), win(2, time(17), time(17, 30))]
    items = items_of(1, 1, 2) + items_of(2, 3, 4, first_id=10)
    plan = build_day_plan(MON, windows, items, [], SEGMENTS)
    assert [(p.item_id, p.planned_start.time(), p.hard_start) for p in plan.items] == [
        (1, time(6), True),
        (2, time(6, 2), False),
        (10, time(17), True),
        (11, time(17, 5), False),
    ]


def test_a_missing_first_item_makes_the_next_one_the_hard_start() -> None:
    items = [WindowItem(1, 1, 0, 999, ORD), WindowItem(2, 1, 1, 1, ORD), WindowItem(3, 1, 2, 2, ORD)]
    plan = build_day_plan(MON, [win()], items, [], SEGMENTS)
    assert summary(plan) == [(2, time(6), 120.0, True), (3, time(6, 2), 90.5, False)]


def test_an_item_without_audio_takes_no_time() -> None:
    plan = build_day_plan(MON, [win()], items_of(1, 1, 5, 2), [], SEGMENTS)
    assert summary(plan) == [
        (1, time(6), 120.0, True),
        (2, time(6, 2), 0.0, False),
        (3, time(6, 2), 90.5, False),  # same start: the silent item comes first, in position order
    ]


def test_inactive_windows_and_orphan_items_are_ignored() -> None:
    windows = [win(1, active=False), win(2, time(7), time(7, 30))]
    items = items_of(1, 1) + items_of(2, 2, first_id=5) + [WindowItem(9, 99, 0, 3, ORD)]
    plan = build_day_plan(MON, windows, items, [], SEGMENTS)
    assert [p.item_id for p in plan.items] == [5]
    assert plan.warnings == ()


# Ties at the same planned start: emergency, priority, ordinary; then window before one-off; then id.
TIE_CASES = [
    pytest.param(
        [
            OneOffItem(1, at(MON, 6), 1, ORD),
            OneOffItem(2, at(MON, 6), 1, PRI),
            OneOffItem(3, at(MON, 6), 1, EMG),
        ],
        [],
        [3, 2, 1],
        id="one-offs-by-priority",
    ),
    pytest.param(
        [OneOffItem(9, at(MON, 6), 1, ORD), OneOffItem(4, at(MON, 6), 1, ORD)],
        [],
        [4, 9],
        id="one-offs-by-id",
    ),
    pytest.param([OneOffItem(50, at(MON, 6), 2, ORD)], items_of(1, 1), [1, 50], id="window-before-one-off"),
    pytest.param([OneOffItem(50, at(MON, 6), 2, PRI)], items_of(1, 1), [50, 1], id="priority-one-off-first"),
    pytest.param([OneOffItem(50, at(MON, 6), 2, EMG)], items_of(1, 1), [50, 1], id="emergency-one-off-first"),
    pytest.param(
        [OneOffItem(50, at(MON, 6), 2, PRI)],
        items_of(1, 1, priorities=[PRI]),
        [1, 50],
        id="equal-priority-window-first",
    ),
    pytest.param(
        [OneOffItem(50, at(MON, 6), 2, EMG)],
        items_of(1, 1, priorities=[EMG]),
        [1, 50],
        id="both-emergency-window-first",
    ),
    pytest.param(
        [OneOffItem(50, at(MON, 6), 2, PRI)],
        items_of(1, 5, 1, priorities=[ORD, EMG]),
        [1, 2, 50],
        id="silent-run-keeps-position-order-and-takes-its-best-priority",
    ),
]


@pytest.mark.parametrize(("one_offs", "window_items", "expected"), TIE_CASES)
def test_ties(one_offs, window_items, expected) -> None:
    plan = build_day_plan(MON, [win()], window_items, one_offs, SEGMENTS)
    assert [p.item_id for p in plan.items if p.planned_start == at(MON, 6)] == expected


def test_ties_between_windows_go_by_window_id() -> None:
    windows = [win(7, time(6), time(6, 30)), win(3, time(6), time(7))]
    items = items_of(7, 1, first_id=1) + items_of(3, 2, first_id=2)
    plan = build_day_plan(MON, windows, items, [], SEGMENTS)
    assert [p.window_id for p in plan.items] == [3, 7]


# --- midnight ----------------------------------------------------------------------------------

NIGHT = win(1, time(23, 55), time(0, 20), name="Đêm")  # 120 + 300 + 300 s = 23:55, 23:57, 00:02
NIGHT_ITEMS = items_of(1, 1, 3, 3)


def test_midnight_items_belong_to_the_date_they_start() -> None:
    mon, tue = build_week(MON, [NIGHT], NIGHT_ITEMS, [], SEGMENTS, days=2)
    # Monday opens with the spill of Sunday night's occurrence.
    assert [(p.item_id, p.planned_start, p.hard_start, p.window_end) for p in mon.items] == [
        (3, at(MON, 0, 2), False, at(MON, 0, 20)),
        (1, at(MON, 23, 55), True, at(TUE, 0, 20)),
        (2, at(MON, 23, 57), False, at(TUE, 0, 20)),
    ]
    assert [(p.item_id, p.planned_start, p.window_end) for p in tue.items] == [
        (3, at(TUE, 0, 2), at(TUE, 0, 20)),
        (1, at(TUE, 23, 55), at(TUE + timedelta(days=1), 0, 20)),
        (2, at(TUE, 23, 57), at(TUE + timedelta(days=1), 0, 20)),
    ]


def test_midnight_spill_follows_the_start_date_of_the_occurrence() -> None:
    # Only on Sundays: Monday morning gets the spill of Sunday night, Sunday gets no spill of Saturday.
    sunday_night = win(1, time(23, 55), time(0, 20), days=frozenset({7}))
    plans = build_week(MON - timedelta(days=1), [sunday_night], NIGHT_ITEMS, [], SEGMENTS, days=8)
    starts = [[(p.item_id, p.planned_start) for p in plan.items] for plan in plans]
    assert starts[0] == [(1, at(SUN - timedelta(days=7), 23, 55)), (2, at(SUN - timedelta(days=7), 23, 57))]
    assert starts[1] == [(3, at(MON, 0, 2))]
    assert starts[2:7] == [[]] * 5
    assert starts[7] == [(1, at(SUN, 23, 55)), (2, at(SUN, 23, 57))]


@pytest.mark.parametrize(
    ("date_to", "on_date", "tue_items"),
    [
        pytest.param(MON, None, [3], id="campaign-ends-monday-spill-still-airs-tuesday"),
        pytest.param(SUN - timedelta(days=7), None, [], id="campaign-ended-before"),
        pytest.param(None, MON, [3], id="single-date-spills-into-next-day"),
        pytest.param(None, TUE, [1, 2], id="single-date-tuesday-no-spill-from-monday"),
    ],
)
def test_midnight_with_campaign_and_single_date(date_to, on_date, tue_items) -> None:
    w = win(1, time(23, 55), time(0, 20), date_to=date_to, on_date=on_date)
    plan = build_day_plan(TUE, [w], NIGHT_ITEMS, [], SEGMENTS)
    assert [p.item_id for p in plan.items] == tue_items


def test_an_item_starting_exactly_at_midnight_belongs_to_the_next_day() -> None:
    w = win(1, time(23, 58), time(0, 10), on_date=MON)
    mon, tue = build_week(MON, [w], items_of(1, 1, 4), [], SEGMENTS, days=2)
    assert [(p.item_id, p.planned_start) for p in mon.items] == [(1, at(MON, 23, 58))]
    assert [(p.item_id, p.planned_start) for p in tue.items] == [(2, at(TUE, 0, 0))]


def test_an_overrun_past_midnight_also_spills_into_the_next_day() -> None:
    w = win(1, time(23, 0), time(23, 30))  # does not cross midnight itself
    mon, tue = build_week(MON, [w], items_of(1, 6, 1), [], SEGMENTS, days=2)
    assert [(p.item_id, p.planned_start) for p in tue.items if p.planned_start.hour == 0] == [(2, at(TUE, 0, 0))]
    assert [w.code for w in mon.warnings] == ["window_overrun"]
    assert [w.code for w in tue.warnings] == ["window_overrun"]  # Tuesday's own occurrence


# --- weeks -------------------------------------------------------------------------------------


def test_week_applies_weekday_filters_and_campaign_range() -> None:
    windows = [
        win(1, time(6), time(6, 30), name="Sáng"),
        win(2, time(17), time(17, 30), days=frozenset({1, 3, 5}), name="Chiều"),
        win(3, time(11), time(11, 15), date_from=MON + timedelta(days=4), name="Chiến dịch"),
        win(4, time(19), time(19, 30), on_date=MON + timedelta(days=2), name="Một ngày"),
    ]
    items = items_of(1, 1, first_id=1) + items_of(2, 2, first_id=2) + items_of(3, 3, first_id=3)
    items += items_of(4, 4, first_id=4)
    plans = build_week(MON, windows, items, [], SEGMENTS)
    assert [p.date for p in plans] == [MON + timedelta(days=i) for i in range(7)]
    assert [[p.window_id for p in plan.items] for plan in plans] == [
        [1, 2],
        [1],
        [1, 2, 4],
        [1],
        [1, 3, 2],
        [1, 3],
        [1, 3],
    ]
    for plan in plans:
        assert all(p.planned_start.date() == plan.date for p in plan.items)


def test_week_equals_the_plans_of_its_days() -> None:
    windows = [NIGHT, win(2, time(6), time(6, 10), days=frozenset({2, 4}))]
    items = NIGHT_ITEMS + items_of(2, 1, 5, 2, first_id=10)
    ones = [OneOffItem(30, at(TUE, 9), 999, ORD), OneOffItem(31, at(TUE, 6, 1), 4, ORD)]
    week = build_week(MON, windows, items, ones, SEGMENTS)
    assert week == [build_day_plan(MON + timedelta(days=i), windows, items, ones, SEGMENTS) for i in range(7)]


def test_plan_does_not_depend_on_input_order() -> None:
    windows = [win(i, time(6 + i), time(6 + i, 20), days=frozenset({1, 2, i % 7 + 1})) for i in range(1, 9)]
    items = [WindowItem(100 + n, 1 + n % 8, n // 8, 1 + n % 6, list(Priority)[n % 3]) for n in range(60)]
    ones = [OneOffItem(500 + n, at(MON, 6 + n, 5), 1 + n % 7, list(Priority)[n % 3]) for n in range(12)]
    reference = build_week(MON, windows, items, ones, SEGMENTS)
    rng = random.Random(4)
    for _ in range(5):
        for seq in (windows, items, ones):
            rng.shuffle(seq)
        assert build_week(MON, iter(windows), iter(items), iter(ones), SEGMENTS) == reference


def test_window_items_given_as_generators_are_read_once() -> None:
    plan = build_day_plan(MON, (w for w in [win()]), (i for i in items_of(1, 1, 2)), iter([]), SEGMENTS)
    assert [p.item_id for p in plan.items] == [1, 2]


def test_string_priorities_are_accepted() -> None:
    item = WindowItem(1, 1, 0, 1, "emergency")
    assert item.priority is Priority.EMERGENCY
    with pytest.raises(ValueError):
        OneOffItem(1, at(MON, 6), 1, "urgent")
