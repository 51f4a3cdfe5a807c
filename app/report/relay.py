"""Relay (tiếp sóng) against the station's own programmes, counted apart (docs/design.md, "Counting rules").

A relay airing is a counted row (the one counting rule) whose hashed note says so (app.relay.note): it adds
one airing when some of it came from the source, and the seconds relayed from the source; the seconds of
fallback that covered an outage count for neither side. The station's own programmes (tự sản xuất) are the
period's other counted seconds. The per-topic totals are not changed by any of this."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from app.log.counting import CountingRule, branches
from app.relay import note as relay_note
from app.report.period import Period


@dataclass(frozen=True)
class RelayTotals:
    airings: int  # relay airings with sound from the source
    seconds: float  # relayed from the source
    fallback_seconds: float  # the fallback that covered outages
    on_air_seconds: float  # the relay airings' whole time on air (source + fallback)
    local_seconds: float  # the station's own programmes: every other counted second

    @property
    def share_percent(self) -> float | None:
        """Relay's share of what went out (relayed + own programmes); None when nothing did."""
        total = self.seconds + self.local_seconds
        return None if total <= 0 else 100.0 * self.seconds / total


def relay_totals(
    db: Database, period: Period, topic: str | None, rule: CountingRule, up_to: int, counted_seconds: float
) -> RelayTotals:
    """`counted_seconds`: everything the period counted (all topics of the report), relays included."""
    airings, relayed, fallback, on_air = 0, 0.0, 0.0, 0.0
    for where, params, dated_by in branches(period.start, period.end):
        if dated_by != "started_at":
            continue  # a row that never started aired nothing
        sql = (
            f"SELECT note, duration_s FROM airings WHERE {where} AND +chain_index <= ? "
            f"AND {rule.kind_sql()} = 'counted' AND note LIKE ?"
        )
        args = [*params, up_to, f"{relay_note.PREFIX}%"]
        if topic is not None:
            sql += " AND topic = ?"
            args.append(topic)
        for note, duration in db.execute(sql, args):
            figures = relay_note.parse(note)
            if figures is None:
                continue
            duration = float(duration or 0.0)
            # A row a crash sealed has no figures: what it was on air is all that is known.
            source_s = duration if figures.relayed_s is None else min(figures.relayed_s, duration)
            airings += 1 if source_s > 0 else 0
            relayed += source_s
            fallback += max(0.0, duration - source_s)
            on_air += duration
    local = max(0.0, counted_seconds - on_air)
    return RelayTotals(airings, round(relayed, 3), round(fallback, 3), round(on_air, 3), round(local, 3))
