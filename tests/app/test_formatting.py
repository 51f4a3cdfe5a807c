"""Numbers and dates as each language writes them (app/formatting.py): one rule for the report and the window."""

from __future__ import annotations

from datetime import date

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


def test_dates_and_lengths_read_the_same_in_both():
    for style in (VIETNAMESE, ENGLISH):
        assert style.date(date(2026, 4, 1)) == "01/04/2026"
        assert style.duration(125) == "2:05" and style.duration(3725) == "1:02:05" and style.duration(None) == "0:00"


def test_a_language_code_picks_its_style():
    assert for_language("en") is ENGLISH
    assert for_language("vi") is VIETNAMESE and for_language("fr") is VIETNAMESE
