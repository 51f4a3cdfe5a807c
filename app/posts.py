"""The register of online posts (đăng tải): which bulletin the station posted on which channel, when, where.

Posting itself is done by the operator on Zalo, Facebook or the ward's website; this only records it. Reports
count these apart from airings (app/report/online.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from app.bulletins import get_bulletin
from app.errors import InputError
from app.labels import QT_TRANSLATE_NOOP
from app.messages import msg
from app.rows import inserted_id

CHANNELS = ("zalo", "facebook", "website", "other")
CHANNEL_LABELS = {
    "zalo": QT_TRANSLATE_NOOP("Channels", "Zalo"),
    "facebook": QT_TRANSLATE_NOOP("Channels", "Facebook"),
    "website": QT_TRANSLATE_NOOP("Channels", "Trang web"),
    "other": QT_TRANSLATE_NOOP("Channels", "Khác"),
}
_CHANNEL_WORDS = {"trang web": "website", "web": "website", "khác": "other", "khac": "other"}
STAMP = "%Y-%m-%d %H:%M:%S"
_STAMP_FORMS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M")
_URL = re.compile(r"^https?://[^\s/]+\.[^\s]+$", re.IGNORECASE)
FUTURE_SLACK = timedelta(minutes=5)  # a PC clock a little behind the phone that posted


@dataclass(frozen=True)
class OnlinePost:
    id: int
    bulletin_id: int
    title: str
    topic: str
    channel: str
    posted_at: datetime
    url: str
    operator: str
    recorded_at: str

    @property
    def channel_label(self) -> str:
        return CHANNEL_LABELS[self.channel]


def parse_channel(text: str) -> str:
    """'zalo', 'Facebook', 'website'/'trang web', 'other'/'khác' -> the stored code."""
    word = " ".join((text or "").split()).lower()
    channel = _CHANNEL_WORDS.get(word, word)
    if channel not in CHANNELS:
        raise InputError(
            msg("Kênh đăng “{text}” không có; chọn zalo, facebook, website hoặc other.", text=(text or "").strip())
        )
    return channel


def parse_posted_at(text: str) -> datetime:
    cleaned = " ".join((text or "").split())
    for form in _STAMP_FORMS:
        try:
            return datetime.strptime(cleaned, form)
        except ValueError:
            continue
    raise InputError(msg("Thời điểm đăng “{text}” không hợp lệ (viết theo dạng 2026-12-01 07:30:00).", text=cleaned))


def check_url(url: str) -> str:
    url = (url or "").strip()
    if url and not _URL.match(url):
        raise InputError(msg("Đường dẫn “{url}” không phải địa chỉ web (bắt đầu bằng http:// hoặc https://).", url=url))
    return url


def add_post(
    db: Database,
    *,
    bulletin_id: int,
    channel: str,
    posted_at: datetime,
    now: datetime,
    url: str = "",
    operator: str = "",
) -> int:
    """Records one post; returns its id. InputError for an unknown channel, a bad link or a time to come."""
    channel = parse_channel(channel)
    url = check_url(url)
    if posted_at > now + FUTURE_SLACK:
        raise InputError(
            msg("Thời điểm đăng {at} còn ở tương lai; hãy kiểm tra lại ngày giờ.", at=posted_at.strftime(STAMP))
        )
    bulletin = get_bulletin(db, bulletin_id)
    with db.atomic():
        return inserted_id(
            db.table("online_posts").insert(
                {
                    "bulletin_id": bulletin.id,
                    "title": bulletin.title,
                    "topic": bulletin.topic,
                    "channel": channel,
                    "posted_at": posted_at.replace(microsecond=0).strftime(STAMP),
                    "url": url,
                    "operator": operator.strip(),
                    "recorded_at": now.replace(microsecond=0).strftime(STAMP),
                }
            )
        )


def list_posts(db: Database, start: date | None = None, end: date | None = None) -> list[OnlinePost]:
    """Posts whose time falls on the days start..end (both included), oldest first."""
    where, params = [], []
    if start is not None:
        where.append("posted_at >= ?")
        params.append(start.isoformat())
    if end is not None:
        where.append("posted_at < ?")
        params.append((end + timedelta(days=1)).isoformat())
    sql = (
        "SELECT id, bulletin_id, title, topic, channel, posted_at, url, operator, recorded_at FROM online_posts"
        f"{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY posted_at, id"
    )
    return [
        OnlinePost(row[0], row[1], row[2], row[3], row[4], datetime.strptime(row[5], STAMP), *row[6:])
        for row in db.execute(sql, params).fetchall()
    ]
