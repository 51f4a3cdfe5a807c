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
    grid: dict[str, dict[str, int]] = field(default_factory=dict)  # topic -> channel -> posts (every channel)

    def topic_posts(self, topic: str) -> int:
        return self.by_topic.get(topic, 0)

    def to_json(self) -> dict[str, Any]:
        return {"posts": self.posts, "by_channel": dict(self.by_channel), "by_topic": dict(self.by_topic)}


def online_totals(db: Database, period: Period, topic: str | None = None) -> OnlineTotals:
    """Posts dated within `period` (both days included); only those of `topic` when the report has one."""
    posts = [post for post in list_posts(db, period.start, period.end) if topic is None or post.topic == topic]
    by_channel = {channel: sum(post.channel == channel for post in posts) for channel in CHANNELS}
    by_topic: dict[str, int] = {}
    grid: dict[str, dict[str, int]] = {}
    for post in posts:
        by_topic[post.topic] = by_topic.get(post.topic, 0) + 1
        grid.setdefault(post.topic, dict.fromkeys(CHANNELS, 0))[post.channel] += 1
    ordered = dict(sorted(by_topic.items(), key=lambda item: (-item[1], item[0])))
    return OnlineTotals(len(posts), by_channel, ordered, {topic: grid[topic] for topic in ordered})


def online_json(period: OnlineTotals | None, baseline: OnlineTotals | None) -> dict[str, Any] | None:
    """The JSON report's `online`: {"period": {"posts", "by_channel", "by_topic"}, "baseline": ... or None}."""
    if period is None:
        return None
    return {"period": period.to_json(), "baseline": baseline.to_json() if baseline is not None else None}


# The printed report's section (ui/report/html_document.py draws it) ----------------------------------------

ONLINE_HEADING = "V. ĐĂNG TẢI TRÊN MẠNG (ZALO, FACEBOOK, TRANG WEB)"
NO_TOPIC_LABEL = "Không rõ chủ đề"
TOTAL_LABEL = "Tổng cộng"


def _channels_phrase(totals: OnlineTotals) -> str:
    from app.posts import CHANNEL_LABELS

    def name(channel: str) -> str:  # Zalo and Facebook are names; "trang web" and "khác" are words
        label = CHANNEL_LABELS[channel]
        return label.lower() if channel in ("website", "other") else label

    return ", ".join(f"{name(channel)} {totals.by_channel[channel]}" for channel in CHANNELS)


def online_sentence(period: OnlineTotals, baseline: OnlineTotals | None) -> str:
    """One paragraph: the period's posts by channel, the baseline's, and that they are counted apart."""
    text = f"Trong kỳ báo cáo, đài đăng tải {period.posts} lượt bản tin lên mạng ({_channels_phrase(period)})"
    if baseline is not None:
        text += f"; kỳ so sánh: {baseline.posts} lượt ({_channels_phrase(baseline)})"
    return text + ". Số lượt đăng tải được tính riêng, không cộng vào tần suất và thời lượng phát sóng."


@dataclass(frozen=True)
class OnlineLine:
    index: str
    topic: str
    cells: tuple[str, ...]  # one per channel, the period's sum, then the baseline's sum when there is one
    total: bool = False


def online_lines(period: OnlineTotals, baseline: OnlineTotals | None) -> list[OnlineLine]:
    """The table: a line per topic with posts in either period (period's order, then the baseline's), a total."""
    topics = list(period.grid) + [
        topic for topic in (baseline.by_topic if baseline else {}) if topic not in period.grid
    ]
    lines = []
    for index, topic in enumerate(topics, start=1):
        per_channel = period.grid.get(topic, dict.fromkeys(CHANNELS, 0))
        cells = [str(per_channel[channel]) for channel in CHANNELS] + [str(period.topic_posts(topic))]
        if baseline is not None:
            cells.append(str(baseline.topic_posts(topic)))
        lines.append(OnlineLine(str(index), topic or NO_TOPIC_LABEL, tuple(cells)))
    total = [str(period.by_channel[channel]) for channel in CHANNELS] + [str(period.posts)]
    if baseline is not None:
        total.append(str(baseline.posts))
    lines.append(OnlineLine("", TOTAL_LABEL, tuple(total), total=True))
    return lines
