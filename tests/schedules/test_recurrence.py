"""When windows occur: weekday filters, campaign ranges, single dates, midnight crossing."""

from datetime import date, datetime, time, timedelta

import pytest

from schedules import (
    ALL_DAYS,
    Window,
    next_occurrence,
    occurrence_dates,
    occurrence_on,
    occurrences_on,
    occurrences_touching,
)

MON = date(2024, 6, 3)  # a Monday
TUE, WED, THU, FRI, SAT, SUN = (MON + timedelta(days=i) for i in range(1, 7))
WEEKDAYS = frozenset({1, 2, 3, 4, 5})


def window(**kw) -> Window:
    base = dict(id=1, name="Sáng", start=time(6), end=time(6, 30), days=ALL_DAYS)
    base.update(kw)
    return Window(**base)


@pytest.mark.parametrize(
    ("win", "day", "expected"),
    [
        pytest.param(window(), MON, True, id="every-day"),
        pytest.param(window(days=WEEKDAYS), FRI, True, id="weekdays-friday"),
        pytest.param(window(days=WEEKDAYS), SAT, False, id="weekdays-saturday"),
        pytest.param(window(days=WEEKDAYS), SUN, False, id="weekdays-sunday"),
        pytest.param(window(days=frozenset({7})), SUN, True, id="sunday-only-sunday"),
        pytest.param(window(days=frozenset({7})), MON, False, id="sunday-only-monday"),
        pytest.param(window(days=frozenset()), MON, False, id="no-days"),
        pytest.param(window(days=frozenset({0, 8})), MON, False, id="days-out-of-range"),
        pytest.param(window(active=False), MON, False, id="inactive"),
        # Campaign range, both ends inclusive.
        pytest.param(window(date_from=TUE, date_to=THU), MON, False, id="range-day-before-start"),
        pytest.param(window(date_from=TUE, date_to=THU), TUE, True, id="range-first-day"),
        pytest.param(window(date_from=TUE, date_to=THU), WED, True, id="range-middle"),
        pytest.param(window(date_from=TUE, date_to=THU), THU, True, id="range-last-day"),
        pytest.param(window(date_from=TUE, date_to=THU), FRI, False, id="range-day-after-end"),
        pytest.param(window(date_from=TUE), date(2030, 1, 1), True, id="range-open-end"),
        pytest.param(window(date_from=TUE), MON, False, id="range-open-end-before"),
        pytest.param(window(date_to=TUE), date(2000, 1, 1), True, id="range-open-start"),
        pytest.param(window(date_to=TUE), WED, False, id="range-open-start-after"),
        pytest.param(window(date_from=THU, date_to=TUE), WED, False, id="range-reversed-never"),
        pytest.param(window(date_from=MON, date_to=SUN, days=WEEKDAYS), SAT, False, id="range-and-weekday"),
        pytest.param(window(date_from=MON, date_to=SUN, days=WEEKDAYS), FRI, True, id="range-and-weekday-ok"),
        # A single date wins over days and range.
        pytest.param(window(on_date=WED), WED, True, id="single-date"),
        pytest.param(window(on_date=WED), TUE, False, id="single-date-day-before"),
        pytest.param(window(on_date=WED), THU, False, id="single-date-day-after"),
        pytest.param(window(on_date=SAT, days=WEEKDAYS), SAT, True, id="single-date-ignores-days"),
        pytest.param(window(on_date=SAT, date_from=MON, date_to=WED), SAT, True, id="single-date-ignores-range"),
        pytest.param(window(on_date=WED, active=False), WED, False, id="single-date-inactive"),
    ],
)
def test_occurs_on(win: Window, day: date, expected: bool) -> None:
    assert win.occurs_on(day) is expected


def test_days_given_as_set_or_list_become_frozenset() -> None:
    w = window(days=[1, 2, 2])
    assert w.days == frozenset({1, 2})
    assert hash(w) == hash(window(days=frozenset({1, 2})))


@pytest.mark.parametrize(
    ("start", "end", "length", "crosses", "valid"),
    [
        pytest.param(time(6), time(6, 30), timedelta(minutes=30), False, True, id="morning"),
        pytest.param(time(23, 30), time(0, 30), timedelta(hours=1), True, True, id="across-midnight"),
        pytest.param(time(22), time(0), timedelta(hours=2), True, True, id="ends-at-midnight"),
        pytest.param(time(0), time(23, 59, 59), timedelta(seconds=86399), False, True, id="almost-all-day"),
        pytest.param(time(6), time(6), timedelta(0), False, False, id="start-equals-end"),
        pytest.param(time(6, 0, 0, 500), time(6, 0, 1), timedelta(microseconds=999_500), False, True, id="micros"),
    ],
)
def test_length_and_midnight(start, end, length, crosses, valid) -> None:
    w = window(start=start, end=end)
    assert w.length == length
    assert w.crosses_midnight is crosses
    assert w.is_valid is valid


@pytest.mark.parametrize(
    ("start", "end", "expected_start", "expected_end"),
    [
        pytest.param(time(6), time(6, 30), datetime(2024, 6, 3, 6), datetime(2024, 6, 3, 6, 30), id="same-day"),
        pytest.param(
            time(23, 30),
            time(0, 15),
            datetime(2024, 6, 3, 23, 30),
            datetime(2024, 6, 4, 0, 15),
            id="next-day",
        ),
        pytest.param(time(21), time(0), datetime(2024, 6, 3, 21), datetime(2024, 6, 4, 0), id="to-midnight"),
    ],
)
def test_occurrence_interval(start, end, expected_start, expected_end) -> None:
    occ = occurrence_on(window(start=start, end=end), MON)
    assert occ is not None
    assert (occ.date, occ.start, occ.end) == (MON, expected_start, expected_end)
    assert occ.contains(expected_start)
    assert not occ.contains(expected_end)  # half-open
    assert not occ.contains(expected_start - timedelta(microseconds=1))


@pytest.mark.parametrize(
    "win",
    [
        pytest.param(window(start=time(6), end=time(6)), id="invalid"),
        pytest.param(window(days=frozenset({2})), id="not-this-weekday"),
        pytest.param(window(active=False), id="inactive"),
    ],
)
def test_no_occurrence(win: Window) -> None:
    assert occurrence_on(win, MON) is None


def test_a_crossing_window_is_judged_on_the_date_it_starts() -> None:
    # Sunday-only 23:00-01:00: it runs into Monday, but Monday itself has no occurrence.
    w = window(start=time(23), end=time(1), days=frozenset({7}))
    assert occurrence_on(w, MON) is None
    occ = occurrence_on(w, SUN)
    assert occ is not None and occ.end == datetime(2024, 6, 10, 1)


def test_occurrences_touching_include_previous_night() -> None:
    night = window(id=1, name="Đêm", start=time(23), end=time(0, 30), days=frozenset({1}))
    to_midnight = window(id=2, name="Tối", start=time(22), end=time(0), days=frozenset({1}))
    morning = window(id=3, start=time(6), end=time(6, 30))
    windows = [morning, night, to_midnight]
    touching_tue = occurrences_touching(TUE, windows)
    # Tối ends exactly at midnight: it has no time on Tuesday.
    assert [(o.window.id, o.date) for o in touching_tue] == [(1, MON), (3, TUE)]
    assert [(o.window.id, o.date) for o in occurrences_on(TUE, windows)] == [(3, TUE)]
    assert [o.window.id for o in occurrences_on(MON, windows)] == [3, 2, 1]  # by start time


@pytest.mark.parametrize(
    ("win", "first", "last", "expected"),
    [
        pytest.param(window(), MON, WED, [MON, TUE, WED], id="every-day"),
        pytest.param(
            window(days=frozenset({6, 7})),
            MON,
            SUN + timedelta(days=7),
            [SAT, SUN, SAT + timedelta(days=7), SUN + timedelta(days=7)],
            id="weekends-two-weeks",
        ),
        pytest.param(window(date_from=TUE, date_to=THU), MON, SUN, [TUE, WED, THU], id="campaign"),
        pytest.param(window(on_date=FRI), MON, SUN, [FRI], id="single-date-inside"),
        pytest.param(window(on_date=FRI), MON, THU, [], id="single-date-outside"),
        pytest.param(window(start=time(5), end=time(5)), MON, SUN, [], id="invalid"),
        pytest.param(window(active=False), MON, SUN, [], id="inactive"),
        pytest.param(window(), WED, MON, [], id="empty-period"),
        pytest.param(window(), date.max, date.max, [date.max], id="last-representable-date"),
    ],
)
def test_occurrence_dates(win, first, last, expected) -> None:
    assert occurrence_dates(win, first, last) == expected
    assert all(win.occurs_on(d) for d in expected)


@pytest.mark.parametrize(
    ("win", "after", "expected_start"),
    [
        pytest.param(window(), datetime(2024, 6, 3, 5), datetime(2024, 6, 3, 6), id="later-today"),
        pytest.param(window(), datetime(2024, 6, 3, 6, 10), datetime(2024, 6, 3, 6), id="on-air-now"),
        pytest.param(window(), datetime(2024, 6, 3, 6, 30), datetime(2024, 6, 4, 6), id="just-ended"),
        pytest.param(window(days=frozenset({5})), datetime(2024, 6, 3, 5), datetime(2024, 6, 7, 6), id="friday"),
        pytest.param(
            window(start=time(23), end=time(1)),
            datetime(2024, 6, 4, 0, 30),
            datetime(2024, 6, 3, 23),
            id="crossing-on-air-after-midnight",
        ),
        pytest.param(window(on_date=MON), datetime(2024, 6, 4), None, id="single-date-past"),
        pytest.param(window(date_to=MON), datetime(2024, 6, 5), None, id="campaign-over"),
    ],
)
def test_next_occurrence(win, after, expected_start) -> None:
    occ = next_occurrence(win, after)
    assert (occ.start if occ else None) == expected_start
