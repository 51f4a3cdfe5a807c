"""Online posts (đăng tải) in a report, counted apart from airings (docs/design.md, "Counting rules"): how many
posts of the period's days, by channel and by topic (the topic the bulletin had when it was posted).
They never change the airings' frequency or duration."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from app.posts import CHANNELS, list_posts
from app.report.period import Period


@dataclass(frozen=True)
class OnlineTotals:
    posts: int
    by_channel: dict[str, int]  # every channel, zero included, in CHANNELS order
    by_topic: dict[str, int] = field(default_factory=dict)  # topics with a post, most posts first

    def topic_posts(self, topic: str) -> int:
        return self.by_topic.get(topic, 0)

    def to_json(self) -> dict[str, Any]:
        return {"posts": self.posts, "by_channel": dict(self.by_channel), "by_topic": dict(self.by_topic)}


def online_totals(db: Database, period: Period, topic: str | None = None) -> OnlineTotals:
    """Posts dated within `period` (both days included); only those of `topic` when the report has one."""
    posts = [post for post in list_posts(db, period.start, period.end) if topic is None or post.topic == topic]
    by_channel = {channel: sum(post.channel == channel for post in posts) for channel in CHANNELS}
    by_topic: dict[str, int] = {}
    for post in posts:
        by_topic[post.topic] = by_topic.get(post.topic, 0) + 1
    ordered = dict(sorted(by_topic.items(), key=lambda item: (-item[1], item[0])))
    return OnlineTotals(len(posts), by_channel, ordered)


def online_json(period: OnlineTotals | None, baseline: OnlineTotals | None) -> dict[str, Any] | None:
    """The JSON report's `online`: {"period": {"posts", "by_channel", "by_topic"}, "baseline": ... or None}."""
    if period is None:
        return None
    return {"period": period.to_json(), "baseline": baseline.to_json() if baseline is not None else None}
