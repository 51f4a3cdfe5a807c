"""Warnings of a day plan: one code per problem, one Vietnamese line each, never an exception."""

import math
from datetime import date, datetime, time, timedelta

import pytest

from schedules import (
    ALL_DAYS,
    CODES,
    OneOffItem,
    Priority,
    SegmentInfo,
    Window,
    WindowItem,
    audio_problem,
    build_day_plan,
    build_week,
    window_problems,
)
from schedules.checks import fmt_seconds

MON = date(2024, 6, 3)
TUE = MON + timedelta(days=1)
WED = MON + timedelta(days=2)
ORD, PRI, EMG = Priority.ORDINARY, Priority.PRIORITY, Priority.EMERGENCY

SEGMENTS = {
    1: SegmentInfo(1, "Cảnh giác lừa đảo qua mạng", "Phòng chống lừa đảo qua mạng", 600.0, True),
    2: SegmentInfo(2, "Nhạc hiệu", "", 30.0, True),
    3: SegmentInfo(3, "Bản tin chưa thu", "An toàn thông tin", None, False),
    4: SegmentInfo(4, "Tệp mất", "An toàn thông tin", 120.0, False),
    5: SegmentInfo(5, "Thời lượng âm", "", -5.0, True),
    6: SegmentInfo(6, "Bảo vệ bí mật nhà nước", "Bảo vệ bí mật nhà nước trên không gian mạng", 900.0, True),
}


def win(wid, start, end, days=ALL_DAYS, name=None, **kw) -> Window:
    return Window(id=wid, name=name or f"Khung {wid}", start=start, end=end, days=days, **kw)


def at(day: date, hh: int, mm: int = 0, ss: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm, ss))


def filled(*windows: Window) -> list[WindowItem]:
    """One short item in each window, so that they are not reported empty."""
    return [WindowItem(900 + w.id, w.id, 0, 2, ORD) for w in windows]


def found(plan, code: str) -> set[tuple]:
    return {(w.window_id, w.other_window_id, w.item_id, w.date) for w in plan.warnings if w.code == code}


# --- window_overlap ----------------------------------------------------------------------------

A = win(1, time(6), time(6, 30), name="Sáng")
OVERLAP_CASES = [
    pytest.param([A, win(2, time(6, 30), time(7))], set(), id="touching-is-not-overlap"),
    pytest.param([A, win(2, time(5, 30), time(6))], set(), id="touching-before"),
    pytest.param([A, win(2, time(6, 29, 59), time(7))], {(1, 2)}, id="one-second"),
    pytest.param([A, win(2, time(6, 10), time(6, 20))], {(1, 2)}, id="contained"),
    pytest.param([A, win(2, time(6), time(6, 30))], {(1, 2)}, id="identical"),
    pytest.param([win(5, time(5, 50), time(6, 10)), A], {(5, 1)}, id="earlier-starter-first"),
    pytest.param(
        [A, win(2, time(6, 10), time(7)), win(3, time(6, 20), time(6, 25))],
        {(1, 2), (1, 3), (2, 3)},
        id="three-way",
    ),
    pytest.param([A, win(2, time(6, 10), time(7), days=frozenset({1}))], set(), id="other-weekday"),
    pytest.param([A, win(2, time(6, 10), time(7), active=False)], set(), id="inactive"),
    pytest.param([A, win(2, time(6, 10), time(7), date_from=WED)], set(), id="campaign-not-started"),
    pytest.param([A, win(2, time(6, 10), time(7), on_date=TUE)], {(1, 2)}, id="single-date"),
    pytest.param([A, win(2, time(6, 10), time(6, 10))], set(), id="invalid-window-not-compared"),
    pytest.param(
        [win(1, time(23), time(1)), win(2, time(0, 30), time(0, 45))],
        {(1, 2)},
        id="previous-night-into-morning",
    ),
    pytest.param([win(1, time(23), time(1)), win(2, time(23, 30), time(0, 30))], {(1, 2)}, id="two-crossing-windows"),
    pytest.param([win(1, time(23), time(0)), win(2, time(0), time(0, 30))], set(), id="ends-at-midnight-touching"),
]


@pytest.mark.parametrize(("windows", "pairs"), OVERLAP_CASES)
def test_window_overlap(windows, pairs) -> None:
    plan = build_day_plan(TUE, windows, filled(*windows), [], SEGMENTS)
    assert {(w.window_id, w.other_window_id) for w in plan.warnings_with("window_overlap")} == pairs
    assert all(w.date == TUE for w in plan.warnings_with("window_overlap"))


def test_an_overlap_across_midnight_is_reported_on_the_day_it_begins() -> None:
    # Monday-only night window overlaps Tuesday's early window: the overlap begins on Tuesday.
    windows = [win(1, time(23), time(1), days=frozenset({1})), win(2, time(0, 30), time(0, 45))]
    mon, tue, wed = build_week(MON, windows, filled(*windows), [], SEGMENTS, days=3)
    assert found(mon, "window_overlap") == set()
    assert found(tue, "window_overlap") == {(1, 2, None, TUE)}
    assert found(wed, "window_overlap") == set()
    (w,) = tue.warnings_with("window_overlap")
    assert "từ 00:30 đến 00:45" in w.message and "“Khung 1” (23:00–01:00)" in w.message


def test_two_crossing_windows_are_reported_once_in_a_week() -> None:
    windows = [win(1, time(23), time(1)), win(2, time(23, 30), time(0, 30))]
    week = build_week(MON, windows, filled(*windows), [], SEGMENTS)
    assert [found(p, "window_overlap") for p in week] == [{(1, 2, None, p.date)} for p in week]


# --- window_overrun ----------------------------------------------------------------------------

OVERRUN_CASES = [
    pytest.param([1, 1, 1], 0, [], id="exactly-full"),  # 3 x 600 s in 30 min
    pytest.param([1, 1, 1, 2], 30, [904], id="one-late-item"),
    pytest.param([1, 1, 6], 300, [], id="last-item-runs-over"),
    pytest.param([6, 6, 2, 1], 630, [903, 904], id="two-late-items"),
    pytest.param([1, 1, 1, 3], 0, [], id="silent-item-at-the-end-is-not-an-overrun"),
]


@pytest.mark.parametrize(("segment_ids", "over_s", "late"), OVERRUN_CASES)
def test_window_overrun(segment_ids, over_s, late) -> None:
    items = [WindowItem(901 + i, 1, i, sid, ORD) for i, sid in enumerate(segment_ids)]
    plan = build_day_plan(MON, [A], items, [], SEGMENTS)
    overruns = plan.warnings_with("window_overrun")
    if not over_s:
        assert overruns == ()
        return
    (w,) = overruns
    assert (w.window_id, w.date, list(w.item_ids)) == (1, MON, late)
    assert w.item_id == (late[0] if late else None)
    assert f"vượt quá khung giờ {fmt_seconds(over_s)}" in w.message and "#" not in w.message
    assert ("bị bỏ qua" in w.message) == bool(late)  # what the player will do with the late ones
    # The items stay in the plan: the player cuts at window_end.
    assert [p.item_id for p in plan.items] == [901 + i for i in range(len(segment_ids))]
    late_starts = [p.planned_start for p in plan.items if p.item_id in late]
    assert all(s >= p.window_end for s, p in zip(late_starts, plan.items, strict=False))


def test_overrun_of_a_crossing_window_is_reported_on_its_start_date() -> None:
    night = win(1, time(23, 50), time(0, 10))
    # 30.5 min in 20 min; the third item would start at 00:20, after the end.
    items = [WindowItem(1, 1, 0, 6, ORD), WindowItem(2, 1, 1, 6, ORD), WindowItem(3, 1, 2, 2, ORD)]
    mon, tue = build_week(MON, [night], items, [], SEGMENTS, days=2)
    assert found(mon, "window_overrun") == {(1, None, 3, MON)}
    assert found(tue, "window_overrun") == {(1, None, 3, TUE)}
    (w,) = mon.warnings_with("window_overrun")
    assert "10 phút 30 giây" in w.message and "ngày 03/06/2024" in w.message
    assert "không kịp bắt đầu trước giờ kết thúc: “Nhạc hiệu”." in w.message


# --- no_audio, missing_segment -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("segment_id", "reason"),
    [
        pytest.param(3, "chưa có âm thanh", id="no-audio-no-duration"),
        pytest.param(4, "chưa có âm thanh", id="no-audio-with-duration"),
        pytest.param(5, "thời lượng không hợp lệ", id="negative-duration"),
    ],
)
def test_no_audio_in_a_window(segment_id, reason) -> None:
    items = [WindowItem(1, 1, 0, 1, ORD), WindowItem(2, 1, 1, segment_id, ORD), WindowItem(3, 1, 2, 2, ORD)]
    plan = build_day_plan(MON, [A], items, [], SEGMENTS)
    assert found(plan, "no_audio") == {(1, None, 2, MON)}
    (w,) = plan.warnings_with("no_audio")
    assert reason in w.message and "lúc 06:10" in w.message
    silent = next(p for p in plan.items if p.item_id == 2)
    assert silent.planned_duration_s == 0.0
    assert [p.planned_start.time() for p in plan.items] == [time(6), time(6, 10), time(6, 10)]


def test_no_audio_one_off() -> None:
    plan = build_day_plan(MON, [], [], [OneOffItem(7, at(MON, 9), 3, EMG)], SEGMENTS)
    assert found(plan, "no_audio") == {(None, None, 7, MON)}
    assert [(p.item_id, p.planned_duration_s) for p in plan.items] == [(7, 0.0)]
    assert "phát riêng" in plan.warnings[0].message


def test_no_audio_after_midnight_is_reported_with_the_item() -> None:
    night = win(1, time(23, 50), time(0, 30))
    items = [WindowItem(1, 1, 0, 6, ORD), WindowItem(2, 1, 1, 3, ORD)]  # the silent one starts at 00:05
    mon, tue = build_week(MON, [night], items, [], SEGMENTS, days=2)
    assert found(mon, "no_audio") == {(1, None, 2, MON)}  # Sunday night's spill, planned on Monday
    assert found(tue, "no_audio") == {(1, None, 2, TUE)}
    assert [w.message for w in tue.warnings_with("no_audio")][0].count("00:05 ngày 04/06/2024") == 1


def test_missing_segment_in_window() -> None:
    items = [WindowItem(1, 1, 0, 1, ORD), WindowItem(2, 1, 1, 404, PRI), WindowItem(3, 1, 2, 2, ORD)]
    plan = build_day_plan(MON, [A], items, [], SEGMENTS)
    assert found(plan, "missing_segment") == {(1, None, 2, MON)}
    assert [(p.item_id, p.planned_start.time()) for p in plan.items] == [(1, time(6)), (3, time(6, 10))]
    (w,) = plan.warnings_with("missing_segment")
    assert "Mục ở vị trí 1" in w.message and "đã bị xóa" in w.message and "“Sáng”" in w.message and "#" not in w.message


def test_missing_segment_one_off() -> None:
    plan = build_day_plan(MON, [A], filled(A), [OneOffItem(8, at(MON, 6, 5), 404, ORD)], SEGMENTS)
    assert found(plan, "missing_segment") == {(None, None, 8, MON)}
    assert 8 not in {p.item_id for p in plan.items}
    assert plan.warnings_with("oneoff_in_window") == ()  # nothing left to fall into the window


def test_missing_segment_is_reported_once_per_occurrence_date() -> None:
    w = win(1, time(6), time(6, 30), days=frozenset({1, 3}))
    week = build_week(MON, [w], [WindowItem(1, 1, 0, 404, ORD)], [], SEGMENTS)
    assert [len(p.warnings_with("missing_segment")) for p in week] == [1, 0, 1, 0, 0, 0, 0]


# --- oneoff_in_window --------------------------------------------------------------------------

ONEOFF_CASES = [
    pytest.param(at(MON, 6, 10), ORD, [A], {1}, id="inside"),
    pytest.param(at(MON, 6), ORD, [A], {1}, id="at-window-start"),
    pytest.param(at(MON, 6, 30), ORD, [A], set(), id="at-window-end"),
    pytest.param(at(MON, 5, 59, 59), ORD, [A], set(), id="just-before"),
    pytest.param(at(MON, 6, 10), PRI, [A], set(), id="priority-is-expected"),
    pytest.param(at(MON, 6, 10), EMG, [A], set(), id="emergency-is-expected"),
    pytest.param(at(MON, 6, 10), ORD, [A, win(2, time(6, 5), time(6, 20))], {1, 2}, id="two-windows"),
    pytest.param(at(MON, 0, 15), ORD, [win(3, time(23), time(0, 30))], {3}, id="previous-night-window"),
    pytest.param(at(MON, 6, 10), ORD, [win(1, time(6), time(6, 30), days=frozenset({2}))], set(), id="not-today"),
]


@pytest.mark.parametrize(("when", "priority", "windows", "window_ids"), ONEOFF_CASES)
def test_oneoff_in_window(when, priority, windows, window_ids) -> None:
    plan = build_day_plan(MON, windows, filled(*windows), [OneOffItem(77, when, 1, priority)], SEGMENTS)
    assert found(plan, "oneoff_in_window") == {(wid, None, 77, MON) for wid in window_ids}
    assert 77 in {p.item_id for p in plan.items}  # informational: still planned at its time


# --- empty_window, invalid_window --------------------------------------------------------------


def test_empty_window_is_reported_on_each_occurrence() -> None:
    w = win(1, time(17), time(17, 30), days=frozenset({2, 4}), name="Chiều")
    week = build_week(MON, [w], [], [], SEGMENTS)
    assert [[(x.code, x.window_id, x.date) for x in p.warnings] for p in week] == [
        [],
        [("empty_window", 1, TUE)],
        [],
        [("empty_window", 1, MON + timedelta(days=3))],
        [],
        [],
        [],
    ]
    assert week[1].warnings[0].message == "Khung giờ “Chiều” (17:00–17:30) ngày 04/06/2024 chưa có tiết mục nào."


def test_a_window_whose_items_are_all_missing_is_not_reported_empty() -> None:
    plan = build_day_plan(MON, [A], [WindowItem(1, 1, 0, 404, ORD)], [], SEGMENTS)
    assert [w.code for w in plan.warnings] == ["missing_segment"]


def test_invalid_window_is_reported_and_not_planned() -> None:
    bad = win(1, time(6), time(6), name="Lỗi")
    plan = build_day_plan(MON, [bad], [WindowItem(1, 1, 0, 1, ORD)], [OneOffItem(2, at(MON, 6), 1, ORD)], SEGMENTS)
    assert [(w.code, w.window_id, w.date) for w in plan.warnings] == [("invalid_window", 1, MON)]
    assert [p.item_id for p in plan.items] == [2]
    assert "giờ bắt đầu trùng giờ kết thúc (06:00)" in plan.warnings[0].message


@pytest.mark.parametrize(
    ("window", "fragments"),
    [
        pytest.param(win(1, time(6), time(6, 30)), [], id="fine"),
        pytest.param(win(1, time(23), time(1)), [], id="crossing-is-fine"),
        pytest.param(win(1, time(6), time(6)), ["trùng giờ kết thúc"], id="zero-length"),
        pytest.param(win(1, time(6), time(7), days=frozenset()), ["chưa chọn ngày"], id="no-days"),
        pytest.param(win(1, time(6), time(7), days=frozenset(), on_date=MON), [], id="single-date-needs-no-days"),
        pytest.param(
            win(1, time(6), time(7), date_from=TUE, date_to=MON),
            ["ngày bắt đầu 04/06/2024 sau ngày kết thúc 03/06/2024"],
            id="reversed-range",
        ),
        pytest.param(
            win(1, time(6), time(6), days=frozenset(), date_from=TUE, date_to=MON),
            ["trùng giờ kết thúc", "chưa chọn ngày", "sau ngày kết thúc"],
            id="all-three",
        ),
    ],
)
def test_window_problems(window, fragments) -> None:
    problems = window_problems(window)
    assert len(problems) == len(fragments)
    for problem, fragment in zip(problems, fragments, strict=True):
        assert problem.code == "invalid_window" and problem.window_id == 1
        assert fragment in problem.message


# --- all codes, messages -----------------------------------------------------------------------


def test_every_code_at_once_in_one_line_vietnamese() -> None:
    windows = [
        win(1, time(6), time(6, 30), name="Sáng\nsớm"),  # a newline in a user's name
        win(2, time(6, 15), time(6, 45), name="Trùng"),
        win(3, time(17), time(17, 30), name="Chiều"),
        win(4, time(8), time(8), name="Lỗi"),
    ]
    items = [
        WindowItem(1, 1, 0, 6, ORD),
        WindowItem(2, 1, 1, 6, ORD),
        WindowItem(3, 1, 2, 3, ORD),
        WindowItem(4, 1, 3, 404, ORD),
        WindowItem(5, 2, 0, 2, ORD),
        WindowItem(6, 1, 4, 2, ORD),
    ]
    ones = [OneOffItem(10, at(MON, 6, 20), 2, ORD)]
    plan = build_day_plan(MON, windows, items, ones, SEGMENTS)
    assert {w.code for w in plan.warnings} == set(CODES)
    for w in plan.warnings:
        assert "\n" not in w.message and w.message.strip() == w.message
        assert w.message.endswith(".")
        assert w.date == MON
    assert any("“Sáng sớm”" in w.message for w in plan.warnings)
    # Sorted by the time they concern, so the operator reads them in air order.
    assert [w.code for w in plan.warnings] == [
        "missing_segment",
        "window_overrun",
        "window_overlap",
        "oneoff_in_window",
        "oneoff_in_window",
        "no_audio",
        "invalid_window",
        "empty_window",
    ]


@pytest.mark.parametrize(
    ("segment", "problem"),
    [
        pytest.param(SegmentInfo(1, "a", "", 10.0, True), None, id="fine"),
        pytest.param(SegmentInfo(1, "a", "", 86400.0, True), None, id="one-day-is-the-limit"),
        pytest.param(SegmentInfo(1, "a", "", None, True), "chưa rõ thời lượng", id="unknown-duration"),
        pytest.param(SegmentInfo(1, "a", "", 10.0, False), "chưa có âm thanh", id="no-audio"),
        pytest.param(SegmentInfo(1, "a", "", 0.0, True), "thời lượng không hợp lệ", id="zero"),
        pytest.param(SegmentInfo(1, "a", "", -1.0, True), "thời lượng không hợp lệ", id="negative"),
        pytest.param(SegmentInfo(1, "a", "", math.nan, True), "thời lượng không hợp lệ", id="nan"),
        pytest.param(SegmentInfo(1, "a", "", math.inf, True), "thời lượng không hợp lệ", id="infinite"),
        pytest.param(SegmentInfo(1, "a", "", 1e300, True), "thời lượng không hợp lệ", id="absurd"),
    ],
)
def test_audio_problem(segment, problem) -> None:
    got = audio_problem(segment)
    assert (got if got is None else got.split(" (")[0]) == problem


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        pytest.param(30, "30 giây", id="seconds"),
        pytest.param(0.3, "0 giây", id="to-the-second"),
        pytest.param(59.96, "1 phút", id="rounds-up-to-a-minute"),
        pytest.param(75, "1 phút 15 giây", id="minutes"),
        pytest.param(3725, "1 giờ 2 phút 5 giây", id="hours"),
    ],
)
def test_fmt_seconds(seconds, text) -> None:
    assert fmt_seconds(seconds) == text


def test_broken_durations_never_raise() -> None:
    segments = {i: SegmentInfo(i, f"s{i}", "", d, True) for i, d in enumerate([math.nan, math.inf, -math.inf, 1e300])}
    items = [WindowItem(i, 1, i, i, ORD) for i in segments]
    ones = [OneOffItem(100 + i, at(MON, 6), i, ORD) for i in segments]
    plan = build_day_plan(MON, [A], items, ones, segments)
    assert len(plan.items) == 8
    assert all(p.planned_duration_s == 0.0 for p in plan.items)
    assert len(plan.warnings_with("no_audio")) == 8


def test_extreme_dates_never_raise() -> None:
    night = win(1, time(23), time(1))
    items = [WindowItem(1, 1, 0, 1, ORD), WindowItem(2, 1, 1, 6, ORD)]
    for day in (date.min, date.max):
        plan = build_day_plan(day, [night], items, [], SEGMENTS)
        assert all(p.planned_start.date() == day for p in plan.items)
    last = build_day_plan(date.max, [night], items, [], SEGMENTS)
    assert last.items[-1].window_end == datetime.max  # the next day does not exist
