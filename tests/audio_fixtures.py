"""Short real audio segments for playout tests: sine tones encoded to MP3 by ffmpeg, stored in the station's
audio folder and registered as `segments` rows the way the app stores them (path relative to the data folder)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from sqlite_utils import Database

from app import segments
from app.rows import inserted_id
from app.station_time import now_local
from audio.ffmpeg_tools import ffmpeg_path

TONE_CACHE = Path(tempfile.gettempdir()) / "truyenthanh-test-tones"
DEFAULT_TOPIC = "Phòng chống lừa đảo qua mạng"


def make_tone(path: Path, seconds: float, frequency: float = 440.0, amplitude: float = 0.5) -> Path:
    """A stereo 44.1 kHz MP3 of a sine tone lasting `seconds`, peaking at `amplitude` of full scale in both
    channels (cached: ffmpeg runs once per kind of tone)."""
    key = f"{seconds:.3f}s-{frequency:g}hz-{amplitude:g}-stereo"
    wave = f"{amplitude:g}*sin(2*PI*{frequency:g}*t)"  # the same in both channels: peak = amplitude
    cached = TONE_CACHE / f"tone-{key}.mp3"
    if not cached.exists():
        TONE_CACHE.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=TONE_CACHE, prefix=".part-", suffix=".mp3")
        partial = Path(name)
        os.close(handle)
        subprocess.run(
            [
                ffmpeg_path(),
                "-hide_banner",
                "-loglevel",
                "error",
                "-nostdin",
                "-y",
                "-f",
                "lavfi",
                "-i",
                f"aevalsrc={wave}|{wave}:s=44100:d={seconds:.3f}",
                "-b:a",
                "128k",
                str(partial),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        partial.replace(cached)
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cached, path)
    return path


def _topic_id(db: Database, name: str) -> int | None:
    if not name:
        return None
    row = db.execute("SELECT id FROM topics WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    return inserted_id(db.table("topics").insert({"name": name}))


def add_segment(
    db: Database,
    data_dir: Path,
    *,
    title: str,
    seconds: float,
    topic: str = DEFAULT_TOPIC,
    frequency: float = 440.0,
    with_file: bool = True,
    kind: str = "recording",
) -> int:
    """A segment row with a real tone file of `seconds` (or, with_file=False, a row whose file is absent)."""
    name = hashlib.sha1(f"{title}|{seconds}|{frequency}".encode()).hexdigest()[:16]
    relative = f"audio/test/{name}.mp3"
    if with_file:
        make_tone(Path(data_dir) / relative, seconds, frequency)
    with db.atomic():
        return segments.add_segment(
            db,
            data_dir,
            kind=kind,
            title=title,
            audio=segments.StoredAudio(Path(data_dir) / relative, float(seconds)),
            created_at=now_local(),
            topic_id=_topic_id(db, topic),
        )


def write_corrupt(path: Path, size: int = 20_000) -> Path:
    """Bytes that no decoder accepts as audio, under an .mp3 name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(hashlib.sha256(b"khong-phai-am-thanh").digest() * (size // 32))
    return path
