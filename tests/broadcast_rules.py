"""Tests that schedule at the real "now" must not depend on the hour they run at: a new station keeps quiet
hours (21:30-05:30), so they clear the broadcast-hour rules first (tests/app/test_policy.py tests the rules)."""

from __future__ import annotations

from app.policy import rules_to_settings
from app.station import Station
from schedules.policy import NO_RULES


def allow_any_hour(station: Station) -> None:
    station.update_settings(rules_to_settings(NO_RULES))
