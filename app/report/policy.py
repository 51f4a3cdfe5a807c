"""Did the period keep the broadcast-hour rules? Measured on what really went out (the log), not on the plan.

Every airing that went on air (completed or interrupted, counted or not: the loudspeakers sounded) and was
sealed up to the head the report verified, whatever its topic (the rules are the station's, not a topic's);
emergencies (trigger `urgent`) are always allowed and left out. Airings at most two minutes apart are one
session (a window's items play back to back). Judged against the rules in force when the report is made.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from app.formatting import VIETNAMESE as VI
from app.log.statuses import AiringStatus, Trigger
from app.policy import LOG_SESSION_GAP, read_rules
from app.report.period import Period
from app.station_time import parse_timestamp
from schedules.policy import RULE_CODES, Breach, BroadcastRules, Session, breaches, merge_sessions


@dataclass(frozen=True)
class PolicyCompliance:
    rules: BroadcastRules
    days_on_air: int
    most_sessions_per_day: int
    longest_session_minutes: float
    most_minutes_per_day: float
    quiet_hours_airings: int  # airings with any time in quiet hours
    breaches: tuple[Breach, ...]

    @property
    def kept(self) -> bool:
        return not self.breaches

    def breaches_by_rule(self) -> dict[str, int]:
        """How many days (or sessions, for quiet hours and length) broke each rule."""
        counts = dict.fromkeys(RULE_CODES, 0)
        for b in self.breaches:
            counts[b.rule] += 1
        return counts

    def sentence(self) -> str:
        """The report's line (PDF and JSON), in Vietnamese."""
        verdict = "đã tuân thủ" if self.kept else f"chưa tuân thủ ({VI.number(len(self.breaches))} vi phạm)"
        return (
            f"Quy định giờ phát: {verdict}. Nhiều nhất {VI.number(self.most_sessions_per_day)} buổi phát một ngày, "
            f"buổi dài nhất {VI.amount(round(self.longest_session_minutes, 1))} phút, "
            f"{VI.number(self.quiet_hours_airings)} lượt phát trong giờ nghỉ (không tính phát khẩn cấp)."
        )

    def to_json(self) -> dict[str, Any]:
        rules = self.rules
        return {
            "kept": self.kept,
            "rules": {
                "quiet_from": rules.quiet_from.strftime("%H:%M")
                if rules.has_quiet_hours and rules.quiet_from
                else None,
                "quiet_to": rules.quiet_to.strftime("%H:%M") if rules.has_quiet_hours and rules.quiet_to else None,
                "days": "".join(str(d) for d in sorted(rules.days)),
                "max_session_minutes": rules.max_session_minutes,
                "max_sessions_per_day": rules.max_sessions_per_day,
                "max_minutes_per_day": rules.max_minutes_per_day,
            },
            "days_on_air": self.days_on_air,
            "most_sessions_per_day": self.most_sessions_per_day,
            "longest_session_minutes": round(self.longest_session_minutes, 2),
            "most_minutes_per_day": round(self.most_minutes_per_day, 2),
            "quiet_hours_airings": self.quiet_hours_airings,
            "breaches": self.breaches_by_rule(),
            "messages": [b.message for b in self.breaches],
            "sentence": self.sentence(),
        }


def policy_compliance(db: Database, period: Period, up_to: int) -> PolicyCompliance:
    """The period measured against the station's rules, over chain rows up to `up_to`."""
    rules = read_rules(db)
    spans: dict[date, list[Session]] = defaultdict(list)
    quiet = 0
    for airing_id, started, ended, duration in db.execute(
        "SELECT id, started_at, ended_at, duration_s FROM airings "
        "WHERE status IN (?, ?) AND trigger <> ? AND chain_index <= ? AND started_at >= ? AND started_at < ?",
        [
            AiringStatus.COMPLETED,
            AiringStatus.INTERRUPTED,
            Trigger.URGENT,
            up_to,
            period.start.isoformat(),
            (period.end + timedelta(days=1)).isoformat(),
        ],
    ):
        start = parse_timestamp(started)
        end = _end(start, ended, duration)
        if rules.touches_quiet_hours(start, end):
            quiet += 1
        spans[start.date()].append(Session(start, end, frozenset({f"airing:{airing_id}"})))
    found: list[Breach] = []
    most_sessions, longest, most_minutes = 0, 0.0, 0.0
    for day in sorted(spans):
        sessions = merge_sessions(spans[day], gap=LOG_SESSION_GAP)
        most_sessions = max(most_sessions, len(sessions))
        longest = max([longest, *(s.minutes for s in sessions)])
        most_minutes = max(most_minutes, sum(s.minutes for s in sessions))
        found += breaches(day, sessions, rules)
    return PolicyCompliance(rules, len(spans), most_sessions, longest, most_minutes, quiet, tuple(found))


def _end(start: datetime, ended: str | None, duration: float | None) -> datetime:
    if ended:
        return max(start, parse_timestamp(ended))
    return start + timedelta(seconds=duration or 0.0)
