"""Numbers and dates as each language writes them (app/formatting.py): one rule for the report and the window."""

from __future__ import annotations

from datetime import date

import pytest

from app.formatting import ENGLISH, VIETNAMESE, for_language


def test_vietnamese_writes_a_thousands_dot_and_a_decimal_comma():
    assert VIETNAMESE.number(1234567.891, 1) == "1.234.567,9"
    assert VIETNAMESE.number(1234) == "1.234"
    assert VIETNAMESE.minutes(750) == "12,5"
    assert VIETNAMESE.percent(12.345) == "+12,3%" and VIETNAMESE.percent(-5) == "-5,0%"
    assert VIETNAMESE.percent(0) == "0,0%"
    assert VIETNAMESE.amount(2) == "2" and VIETNAMESE.amount(2.5) == "2,5" and VIETNAMESE.amount(1500) == "1.500"


def test_english_writes_a_thousands_comma_and_a_decimal_point():
    assert ENGLISH.number(1234567.891, 1) == "1,234,567.9"
    assert ENGLISH.number(1234) == "1,234"
    assert ENGLISH.minutes(750) == "12.5"
    assert ENGLISH.percent(12.345) == "+12.3%" and ENGLISH.percent(-5) == "-5.0%"
    assert ENGLISH.amount(2.5) == "2.5"


def test_trimmed_numbers_drop_trailing_zeros():
    assert VIETNAMESE.trimmed(0.85, 2) == "0,85" and VIETNAMESE.trimmed(0.8, 2) == "0,8"
    assert VIETNAMESE.trimmed(1.0, 2) == "1" and ENGLISH.trimmed(1.25, 2) == "1.25" and ENGLISH.trimmed(3, 0) == "3"


def test_dates_read_the_same_in_both():
    for style in (VIETNAMESE, ENGLISH):
        assert style.date(date(2026, 4, 1)) == "01/04/2026"


@pytest.mark.parametrize(
    ("seconds", "vietnamese", "english"),
    [
        (114, "1 phút 54 giây", "1 min 54 s"),
        (113.6, "1 phút 54 giây", "1 min 54 s"),  # to the nearest second, never "1,9 phút"
        (120, "2 phút", "2 min"),
        (45, "45 giây", "45 s"),
        (0.4, "0 giây", "0 s"),
        (None, "0 giây", "0 s"),
        (3600, "1 giờ", "1 h"),
        (3725, "1 giờ 2 phút 5 giây", "1 h 2 min 5 s"),
        (3605, "1 giờ 5 giây", "1 h 5 s"),
        (59.5, "1 phút", "1 min"),  # half a second rounds up, so 59.5 s is a whole minute
        (-90, "-1 phút 30 giây", "-1 min 30 s"),
    ],
)
def test_lengths_are_said_as_people_say_them(seconds, vietnamese, english):
    assert VIETNAMESE.duration(seconds) == vietnamese
    assert ENGLISH.duration(seconds) == english


def test_the_schedule_warnings_say_lengths_with_the_same_formatter():
    from schedules.checks import fmt_seconds

    assert fmt_seconds(630) == VIETNAMESE.duration(630) == "10 phút 30 giây"


def test_a_language_code_picks_its_style():
    assert for_language("en") is ENGLISH
    assert for_language("vi") is VIETNAMESE and for_language("fr") is VIETNAMESE
