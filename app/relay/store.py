"""Relay segments: a `segments` row of kind `relay` with its source (`relay_url` or `relay_input`), its length
(`duration_s`) and an optional fallback segment (a recording or any segment with a file)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from sqlite_utils import Database

from app import segments
from app.errors import InputError, NotFound
from app.messages import msg
from app.rows import inserted_id
from app.station_time import format_timestamp
from audio.stream import StreamSource

MAX_LENGTH_S = 6 * 3600  # a relay session of more than six hours is a typing slip
URL_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class RelaySegment:
    id: int
    title: str
    topic: str
    url: str | None
    input_device: str | None
    length_s: float
    fallback_segment_id: int | None

    @property
    def source(self) -> StreamSource:
        return StreamSource(url=self.url, input_device=self.input_device)

    @property
    def source_label(self) -> str:
        """The source as the log and the lists write it: the address, or `thiết bị thu: NAME`."""
        return self.url if self.url else f"thiết bị thu: {self.input_device}"


def check_url(url: str) -> str:
    """The stream address, trimmed; InputError in Vietnamese unless it is an http(s) address."""
    cleaned = (url or "").strip()
    parts = urlsplit(cleaned)
    if parts.scheme.lower() not in URL_SCHEMES or not parts.netloc or any(c.isspace() for c in cleaned):
        raise InputError(
            msg(
                "Địa chỉ luồng tiếp sóng không hợp lệ: “{url}”. Cần một địa chỉ http:// hoặc https:// "
                "(luồng MP3/AAC của Icecast, Shoutcast, hoặc danh sách HLS .m3u8).",
                url=url,
            )
        )
    return cleaned


def check_length(length_s: float) -> float:
    if not 0 < float(length_s) <= MAX_LENGTH_S:
        raise InputError(
            msg(
                "Thời lượng tiếp sóng phải từ 1 giây đến {hours} giờ (đã nhập {length_s}).",
                hours=MAX_LENGTH_S // 3600,
                length_s=length_s,
            )
        )
    return round(float(length_s), 3)


def check_fallback(db: Database, data_dir: Path, segment_id: int) -> int:
    """A fallback must be a segment with a file that is there (a recording, speech, a jingle)."""
    row = segments.find_segment(db, segment_id)
    if row is None:
        raise NotFound(msg("Không có tiết mục dự phòng số {segment_id}.", segment_id=segment_id))
    path = segments.resolve_audio_path(data_dir, row["audio_path"]) if row["audio_path"] else None
    if row["kind"] in ("relay", "live") or path is None or not path.is_file():
        raise InputError(
            msg(
                "Tiết mục số {segment_id} không dùng làm dự phòng được: cần một tiết mục có tệp âm thanh "
                "(bản ghi âm, giọng đọc, nhạc hiệu).",
                segment_id=segment_id,
            )
        )
    return segment_id


def add_relay(
    db: Database,
    data_dir: Path,
    *,
    title: str,
    length_s: float,
    created_at: datetime,
    url: str | None = None,
    input_device: str | None = None,
    topic_id: int | None = None,
    fallback_segment_id: int | None = None,
) -> int:
    """A new relay segment; returns its id. Exactly one of `url` and `input_device`."""
    title = " ".join((title or "").split())
    if not title:
        raise InputError(msg("Hãy nhập tên cho chương trình tiếp sóng."))
    if (url is None) == (input_device is None):
        raise InputError(msg("Chương trình tiếp sóng cần đúng một nguồn: một địa chỉ luồng hoặc một thiết bị thu."))
    if url is not None:
        url = check_url(url)
    if input_device is not None:
        input_device = input_device.strip()
        if not input_device:
            raise InputError(msg("Hãy chọn thiết bị thu (đường vào âm thanh của máy tính)."))
    length = check_length(length_s)
    if fallback_segment_id is not None:
        check_fallback(db, data_dir, fallback_segment_id)
    row = {
        "kind": "relay",
        "title": title,
        "topic_id": topic_id,
        "duration_s": length,
        "relay_url": url,
        "relay_input": input_device,
        "fallback_segment_id": fallback_segment_id,
        "created_at": format_timestamp(created_at),
    }
    with db.atomic():
        return inserted_id(db.table("segments").insert(row))


_SELECT = """SELECT s.id, s.title, COALESCE(t.name, ''), s.relay_url, s.relay_input, s.duration_s,
                    s.fallback_segment_id
             FROM segments s LEFT JOIN topics t ON t.id = s.topic_id
             WHERE s.kind = 'relay'"""


def list_relays(db: Database) -> list[RelaySegment]:
    return [RelaySegment(*row) for row in db.execute(_SELECT + " ORDER BY s.id").fetchall()]


def find_relay(db: Database, segment_id: int) -> RelaySegment | None:
    row = db.execute(_SELECT + " AND s.id = ?", [segment_id]).fetchone()
    return RelaySegment(*row) if row else None


def get_relay(db: Database, segment_id: int) -> RelaySegment:
    relay = find_relay(db, segment_id)
    if relay is None:
        raise NotFound(msg("Không có chương trình tiếp sóng số {segment_id}.", segment_id=segment_id))
    return relay
