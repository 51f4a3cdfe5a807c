"""Report periods and the periods an operator picks by name (app/report/period.py), without Qt."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import InputError
from app.report import Period, baseline_period, quick_period
from app.report.period import add_months, iso_weeks, months_before


def test_quick_periods_as_seen_on_a_day():
    today = date(2026, 11, 27)
    assert quick_period("today", today) == Period(today, today)
    assert quick_period("week", today) == Period(date(2026, 11, 23), date(2026, 11, 29))
    assert quick_period("month", today) == Period(date(2026, 11, 1), date(2026, 11, 30))
    assert quick_period("last_month", date(2026, 1, 15)) == Period(date(2025, 12, 1), date(2025, 12, 31))
    assert quick_period("quarter", today) == Period(date(2026, 10, 1), date(2026, 12, 31))
    assert quick_period("last_quarter", date(2026, 2, 1)) == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert quick_period("last_quarter", date(2026, 8, 31)) == Period(date(2026, 4, 1), date(2026, 6, 30))
    assert quick_period("year", today) == Period(date(2026, 1, 1), date(2026, 12, 31))
    with pytest.raises(KeyError):
        quick_period("fortnight", today)


def test_baselines_before_a_period():
    october = Period(date(2026, 10, 1), date(2026, 10, 31))
    assert baseline_period("previous", october) == Period(date(2026, 8, 31), date(2026, 9, 30))
    assert baseline_period("last_year", october) == Period(date(2025, 10, 1), date(2025, 10, 31))
    leap = Period(date(2024, 2, 1), date(2024, 2, 29))
    assert baseline_period("last_year", leap) == Period(date(2023, 2, 1), date(2023, 2, 28))
    directive_day = date(2023, 8, 30)
    assert baseline_period("before_directive", october, directive_day) == Period(date(2023, 5, 30), date(2023, 8, 29))
    assert months_before(directive_day) == baseline_period("before_directive", None, directive_day)
    assert baseline_period("before_directive", october, None) is None  # no dated directive
    assert baseline_period("previous", None) is None and baseline_period("none", october) is None


def test_month_arithmetic_stays_inside_short_months():
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)
    assert add_months(date(2025, 12, 31), 2) == date(2026, 2, 28)


def test_iso_weeks_are_clipped_to_the_period():
    # Thursday 01/10/2026 to Tuesday 13/10/2026: a short first week, a whole one, a short last one.
    weeks = iso_weeks(date(2026, 10, 1), date(2026, 10, 13))
    assert weeks == [
        (date(2026, 10, 1), date(2026, 10, 4)),
        (date(2026, 10, 5), date(2026, 10, 11)),
        (date(2026, 10, 12), date(2026, 10, 13)),
    ]
    assert Period(date(2026, 10, 1), date(2026, 10, 13)).iso_weeks() == weeks


def test_a_reversed_period_is_refused_in_vietnamese():
    with pytest.raises(InputError, match="Ngày bắt đầu 02/04/2026 ở sau ngày kết thúc 01/04/2026"):
        Period(date(2026, 4, 2), date(2026, 4, 1))
