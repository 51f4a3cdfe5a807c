"""The report as JSON-ready data (`report_to_json`), and the row-level entries JSON and the streamed
exports (app.report.export) write one at a time (`not_aired_json`, `annex_json`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from app.log.counting import NO_PLAN_MIN_SECONDS
from app.report.model import AnnexRow, Change, NotAired, Report, Totals
from app.report.online import online_json
from app.report.relay import RelayTotals
from app.station_time import TIMESTAMP_FORMAT


def _stamp(moment: datetime | None) -> str | None:
    return moment.strftime(TIMESTAMP_FORMAT) if moment else None


def _totals_json(totals: Totals) -> dict[str, Any]:
    return {
        "from": totals.period.start.isoformat(),
        "to": totals.period.end.isoformat(),
        "days": totals.period.days,
        "average_days": totals.days_averaged,  # < days while the period runs: averages over the days so far
        "averages_note": totals.averages_note or None,
        "airings": totals.airings,
        "seconds": totals.seconds,
        "minutes": round(totals.minutes, 2),
        "airings_per_day": _optional_round(totals.airings_per_day, 3),
        "minutes_per_day": _optional_round(totals.minutes_per_day, 3),
        "imported_airings": totals.imported_airings,
        "cut_short_airings": totals.cut_short,
        "cut_short_seconds": totals.cut_short_seconds,
    }


def _relay_json(relay: RelayTotals | None) -> dict[str, Any] | None:
    """Tiếp sóng counted apart: relay airings and the seconds relayed from the source; the fallback that covered
    outages; the station's own programmes (local); relay's share of relayed + local, in percent."""
    if relay is None:
        return None
    share = relay.share_percent
    return {
        "airings": relay.airings,
        "seconds": relay.seconds,
        "fallback_seconds": relay.fallback_seconds,
        "local_seconds": relay.local_seconds,
        "share_percent": None if share is None else round(share, 2),
    }


def _change_json(change: Change) -> dict[str, Any]:
    return {"percent": None if change.percent is None else round(change.percent, 2), "label": change.label}


def not_aired_json(not_aired: NotAired) -> Iterator[dict[str, Any]]:
    """One dict per row listed apart, in time order (a generator: a long list is written as it goes)."""
    return (
        {
            "id": item.id,
            "status": item.status,
            "kind": item.kind,
            "date": item.day.isoformat(),
            "scheduled_at": _stamp(item.scheduled_at),
            "started_at": _stamp(item.started_at),
            "title": item.title,
            "topic": item.topic,
            "trigger": item.trigger,
            "seconds": item.seconds,
            "planned_seconds": item.planned_seconds,
            "note": item.note,
        }
        for item in not_aired.items()
    )


def annex_json(row: AnnexRow) -> dict[str, Any]:
    """One entry of the JSON report's `airings` list."""
    return {
        "id": row.id,
        "date": row.moment.date().isoformat(),
        "time": row.time_label,
        "started_at": _stamp(row.started_at),
        "ended_at": _stamp(row.ended_at),
        "scheduled_at": _stamp(row.scheduled_at),
        "title": row.title,
        "topic": row.topic,
        "seconds": row.duration_s,
        "status": row.status,
        "kind": row.kind,
        "counted": row.counted,
        "trigger": row.trigger,
        "operator": row.operator,
        "note": row.note,
        "imported": row.imported,
        # the approval the row recorded when it aired (15form), or null
        "approval": None if row.approval is None else {"by": row.approval.by, "at": row.approval.at},
    }


def _optional_round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def report_to_json(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data. Stable keys: station, period, baseline, topics, not_aired (counts:
    missed, failed, skipped, cut_short); the others (identity, changes, weekly, targets, counting, log
    check, warnings) are additions. Built with the annex, it also carries the row-level details:
    airings, not_aired_items, baseline_not_aired_items (app.report.export streams them instead)."""
    data: dict[str, Any] = {
        "station": report.station.name,
        "station_identity": {
            "name": report.station.name,
            "issuing_body": report.station.issuing_body,
            "ward": report.station.ward,
            "town": report.station.town,
            "province": report.station.province,
            "signer_name": report.station.signer_name,
            "signer_title": report.station.signer_title,
            "preparer_name": report.station.preparer_name,
        },
        "title": report.title,
        "generated_at": _stamp(report.generated_at),
        "timezone": report.timezone,
        "topic_filter": report.topic_filter,
        "directives": [
            {
                "number": d.number,
                "date": d.date.isoformat() if d.date else None,
                "issuer": d.issuer,
                "summary": d.summary,
            }
            for d in report.directives
        ],
        "period": {**_totals_json(report.period), "relay": _relay_json(report.relay)},
        "baseline": {**_totals_json(report.baseline), "relay": _relay_json(report.baseline_relay)}
        if report.baseline
        else None,
        "change": {"airings": _change_json(report.airings_change), "seconds": _change_json(report.seconds_change)},
        "topics": [
            {
                "topic": row.topic,
                "colour": row.colour,
                "airings": row.airings,
                "seconds": row.seconds,
                "minutes": round(row.minutes, 2),
                "airings_per_day": _optional_round(row.airings_per_day, 3),
                "minutes_per_day": _optional_round(row.minutes_per_day, 3),
                "baseline_airings": row.baseline_airings,
                "baseline_seconds": row.baseline_seconds,
                "baseline_minutes": _optional_round(row.baseline_minutes, 2),
                "airings_change_percent": _change_json(row.airings_change)["percent"],
                "airings_change_label": row.airings_change.label,
                "seconds_change_percent": _change_json(row.seconds_change)["percent"],
                "seconds_change_label": row.seconds_change.label,
            }
            for row in report.topics
        ],
        "not_aired": report.not_aired.counts,
        "baseline_not_aired": report.baseline_not_aired.counts if report.baseline_not_aired else None,
        "weekly": [
            {
                "period": bucket.which,
                "week": bucket.key,
                "label": bucket.label,
                "from": bucket.first_day.isoformat(),
                "to": bucket.last_day.isoformat(),
                "days": bucket.days,
                "minutes": {name: round(value / 60.0, 2) for name, value in bucket.seconds.items()},
                "airings": dict(bucket.airings),
            }
            for bucket in report.weekly
        ],
        "targets": [
            {
                "topic": result.target.topic,
                "metric": result.target.metric,
                "minimum": result.target.minimum,
                "label": result.target.label,
                "expected": result.expected,
                "actual": result.actual,
                "shortfall": result.shortfall,
                "met": result.met,
                "units": result.units,
                "units_met": result.units_met,
                "status": result.status_label,
            }
            for result in report.targets
        ],
        "counting": {
            "interrupted_min_percent": report.rule.share_percent,
            "no_plan_min_seconds": NO_PLAN_MIN_SECONDS,
        },
        "log": _log_json(report),
        "policy": report.policy.to_json() if report.policy is not None else None,
        "online": online_json(report.online, report.baseline_online),
        "warnings": list(report.warnings),
    }
    _add_topic_posts(data, report)
    if report.annex is not None:  # the details: one entry per row, only when asked for
        data["not_aired_items"] = list(not_aired_json(report.not_aired))
        data["baseline_not_aired_items"] = (
            list(not_aired_json(report.baseline_not_aired)) if report.baseline_not_aired else None
        )
        data["airings"] = [annex_json(row) for row in report.annex]
    return data


def _add_topic_posts(data: dict[str, Any], report: Report) -> None:
    """Each topic's online posts beside its airings (None for the baseline when the report has none)."""
    for entry in data["topics"]:
        entry["posts"] = report.online.topic_posts(entry["topic"]) if report.online else 0
        entry["baseline_posts"] = report.baseline_online.topic_posts(entry["topic"]) if report.baseline_online else None


def _log_json(report: Report) -> dict[str, Any]:
    check = report.chain_check
    anchored = check.anchored if check is not None else None
    return {
        "head_hash": report.chain_head_hash,
        "head_index": report.head_index,
        "verified": check is not None,
        "intact": None if check is None else check.intact,
        "rows_checked": None if check is None else check.rows_checked,
        "first_bad_id": None if check is None else check.first_bad_id,
        "problem": None if check is None else check.problem,
        "message": None if check is None else check.message,
        "unsealed_ids": None if check is None else list(check.chain.unsealed_ids),
        "anchor": None
        if anchored is None
        else {
            "file": str(anchored.path),
            "state": anchored.state,
            "index": anchored.anchor.index if anchored.anchor else None,
            "at": anchored.anchor.at if anchored.anchor else None,
        },
        "paper_code": report.paper_code.text if report.paper_code else None,
    }
