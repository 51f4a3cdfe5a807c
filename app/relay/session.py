"""Opening a relay for air: its feed (audio/stream.py) with the fallback decoded, and what the on-air page shows."""

from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from app import segments
from app.relay.store import RelaySegment
from audio.stream import RelayFeed, decode_pcm, station_music

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RelayStatus:
    """A relay on air, as the rundown and the Phát sóng page show it."""

    source: str
    signal: bool  # the source is on air now (False: the fallback is)
    relayed_s: float
    fallback_s: float
    reconnects: int


def fallback_pcm(db: Database, data_dir: Path, relay: RelaySegment) -> bytes:
    """The chosen fallback segment decoded, else station music. A fallback that cannot be read is replaced by
    station music (logged): the relay must never go silent because of it."""
    if relay.fallback_segment_id is not None:
        path = segments.audio_file(db, data_dir, relay.fallback_segment_id)
        if path is not None and path.is_file():
            try:
                pcm = decode_pcm(path)
                if pcm:
                    return pcm
            except (OSError, subprocess.SubprocessError) as exc:
                log.warning("relay fallback %s unreadable: %s", path, exc)
        else:
            log.warning("relay fallback segment %s has no file; station music instead", relay.fallback_segment_id)
    return station_music()


def open_feed(db: Database, data_dir: Path, relay: RelaySegment, **options) -> RelayFeed:
    """A started feed for `relay` (connecting in the background)."""
    return RelayFeed(relay.source, fallback_pcm(db, data_dir, relay), **options).start()
