"""The pure broadcast-hour rules: quiet hours across midnight, sessions merged when they touch, and which rule a
day's sessions break."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from schedules.policy import NO_RULES, BroadcastRules, Session, breaches, merge_sessions, new_breaches

DAY = date(2031, 3, 17)  # a Monday


def at(clock: str, day: date = DAY) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock))


def session(start: str, minutes: float, name: str = "x", day: date = DAY) -> Session:
    begin = at(start, day)
    return Session(begin, begin + timedelta(minutes=minutes), frozenset({name}))


def test_quiet_hours_across_midnight_and_within_one_day():
    night = BroadcastRules()
    assert night.in_quiet_hours(at("23:00")) and night.in_quiet_hours(at("00:00")) and night.in_quiet_hours(at("05:29"))
    assert not night.in_quiet_hours(at("05:30")) and not night.in_quiet_hours(at("12:00"))
    assert night.touches_quiet_hours(at("21:25"), at("21:31")) and not night.touches_quiet_hours(
        at("21:00"), at("21:30")
    )
    noon = BroadcastRules(quiet_from=time(12), quiet_to=time(13, 30))
    assert noon.in_quiet_hours(at("12:45")) and not noon.in_quiet_hours(at("23:00"))
    assert not NO_RULES.in_quiet_hours(at("03:15")) and NO_RULES.quiet_periods(DAY) == []


def test_sessions_that_touch_are_one():
    merged = merge_sessions([session("06:15", 10, "b"), session("06:00", 15, "a"), session("17:00", 5, "c")])
    assert [(s.start.time(), s.end.time(), s.sources) for s in merged] == [
        (time(6), time(6, 25), frozenset({"a", "b"})),
        (time(17), time(17, 5), frozenset({"c"})),
    ]
    gap = merge_sessions([session("06:00", 5), session("06:06", 5)], gap=timedelta(minutes=2))
    assert len(gap) == 1


def test_each_rule_broken_is_named_once_a_day():
    rules = BroadcastRules(
        days=frozenset({1, 2, 3, 4, 5}), max_session_minutes=15, max_sessions_per_day=2, max_minutes_per_day=30
    )
    ok = [session("06:00", 15), session("17:00", 15)]
    assert breaches(DAY, ok, rules) == []
    bad = [session("04:50", 20, "dawn"), session("11:00", 10), session("17:00", 15)]
    found = {b.rule: b for b in breaches(DAY, bad, rules)}
    assert set(found) == {"quiet_hours", "session_length", "sessions_per_day", "minutes_per_day"}
    assert found["quiet_hours"].sources == frozenset({"dawn"})
    assert found["minutes_per_day"].message.endswith("ngày 17/03/2031 có 45 phút phát.")
    saturday = DAY + timedelta(days=5)
    [day_rule] = breaches(saturday, [session("08:00", 5, day=saturday)], rules)
    assert day_rule.rule == "days" and "Thứ Bảy 22/03/2031 không được phát" in day_rule.message
    # Only sessions starting on the day are its own.
    assert breaches(DAY, [session("08:00", 5, day=saturday)], rules) == []


def test_only_what_a_change_adds_is_new():
    rules = BroadcastRules(quiet_from=None, quiet_to=None, max_sessions_per_day=1)
    before = breaches(DAY, [session("06:00", 5, "a"), session("07:00", 5, "b")], rules)
    same = breaches(DAY, [session("06:00", 5, "a"), session("07:00", 5, "b")], rules)
    more = breaches(DAY, [session("06:00", 5, "a"), session("07:00", 5, "b"), session("08:00", 5, "c")], rules)
    assert new_breaches(before, same) == []
    assert [b.rule for b in new_breaches(before, more)] == ["sessions_per_day"]
