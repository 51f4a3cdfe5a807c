"""Segments (tiết mục, audio items): the one owner of the `segments` table and of the audio store its rows
point into.

Files live content-addressed under the data folder's `audio/` (audio/content_store.py, the layout speech
mastering writes too). A row stores its file's path relative to the data folder, with forward slashes, so the
folder can move; `resolve_audio_path` is the one reading of a stored path for every place that needs the file
(playout, preview, the start check, deleting): an absolute path (written by hand or by an older version) is
taken as it is. A file is removed only when no row refers to it any more, and never outside the data folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.errors import NotFound, StorageError
from app.messages import msg
from app.rows import inserted_id
from app.station_time import format_timestamp
from audio import content_store
from schedules import SegmentInfo

KINDS = ("speech", "recording", "jingle", "live", "relay")  # their labels: app.labels.SEGMENT_KIND_LABELS


@dataclass(frozen=True)
class SegmentSummary:
    id: int
    kind: str
    title: str
    bulletin_id: int | None
    topic: str
    audio_path: str | None
    duration_s: float | None
    loudness_lufs: float | None
    engine: str | None
    voice: str | None
    created_at: str
    speed: float | None = None
    dictionary_version: int | None = None  # of the pronunciation table a speech segment was read with


@dataclass(frozen=True)
class StoredAudio:
    """A file in the store, measured: what a new segment row says about its audio."""

    path: Path
    duration_s: float
    sha256: str | None = None
    loudness_lufs: float | None = None
    true_peak_dbtp: float | None = None


@dataclass(frozen=True)
class SpeechProvenance:
    """How a speech segment was made, so it can be read again the same way (or with a newer dictionary)."""

    normalized_text: str
    engine: str
    voice: str
    speed: float
    dictionary_version: int


@dataclass(frozen=True)
class SegmentAudio:
    """A segment as the planner and the player see it, with where its file is (None when it has none)."""

    info: SegmentInfo
    kind: str
    path: Path | None


# --- paths and files ----------------------------------------------------------------------------


def resolve_audio_path(data_dir: Path, audio_path: str) -> Path:
    """The file a stored `segments.audio_path` names: relative to the data folder; absolute as it is."""
    path = Path(audio_path)
    return path if path.is_absolute() else Path(data_dir) / path


def relative_audio_path(data_dir: Path, path: Path) -> str:
    """`path` as stored in `segments.audio_path`: relative to the data folder, with forward slashes."""
    try:
        return Path(path).resolve().relative_to(Path(data_dir).resolve()).as_posix()
    except ValueError as exc:
        raise StorageError(msg("Tệp âm thanh {path} nằm ngoài thư mục dữ liệu của đài.", path=path)) from exc


def store_copy(source: Path, store_dir: Path, suffix: str) -> tuple[Path, str]:
    """Copies `source` into the store under its hash; returns (stored path, sha256). Atomic."""
    try:
        return content_store.store_copy(source, store_dir, suffix)
    except OSError as exc:
        raise StorageError(msg("Không chép được tệp âm thanh vào kho của đài: {reason}.", reason=exc.strerror)) from exc


def is_referenced(db: Database, data_dir: Path, path: Path) -> bool:
    """Does any row name this file (by its stored relative path, or by an absolute one)?"""
    names = [relative_audio_path(data_dir, path), str(Path(path).resolve())]
    found = db.execute("SELECT 1 FROM segments WHERE audio_path IN (?, ?) LIMIT 1", names).fetchone()
    return found is not None


def remove_if_unreferenced(db: Database, data_dir: Path, path: Path) -> bool:
    """Deletes a stored file no segment uses (a discarded preview, a failed import). True if deleted.
    A file outside the data folder is never the store's to delete."""
    try:
        if is_referenced(db, data_dir, path):
            return False
    except StorageError:
        return False
    Path(path).unlink(missing_ok=True)
    return True


# --- rows ---------------------------------------------------------------------------------------


def add_segment(
    db: Database,
    data_dir: Path,
    *,
    kind: str,
    title: str,
    audio: StoredAudio,
    created_at: datetime,
    bulletin_id: int | None = None,
    topic_id: int | None = None,
    speech: SpeechProvenance | None = None,
    text_sha256: str | None = None,
) -> int:
    """A new segment row for a file already in the store; returns its id (inside the caller's transaction).
    `text_sha256`: the SHA-256 of the text the audio reads (app.approval.text_sha256 of the bulletin's body), which
    the approval of an airing is checked against."""
    row: dict[str, Any] = {
        "kind": kind,
        "title": title,
        "bulletin_id": bulletin_id,
        "topic_id": topic_id,
        "audio_path": relative_audio_path(data_dir, audio.path),
        "audio_sha256": audio.sha256,
        "duration_s": round(float(audio.duration_s), 3),
        "loudness_lufs": None if audio.loudness_lufs is None else round(float(audio.loudness_lufs), 2),
        "true_peak_dbtp": None if audio.true_peak_dbtp is None else round(float(audio.true_peak_dbtp), 2),
        "created_at": format_timestamp(created_at),
        "text_sha256": text_sha256,
    }
    if speech is not None:
        row.update(
            normalized_text=speech.normalized_text,
            engine=speech.engine,
            voice=speech.voice,
            speed=float(speech.speed),
            dictionary_version=speech.dictionary_version,
        )
    return inserted_id(db.table("segments").insert(row))


def text_hash(db: Database, segment_id: int) -> tuple[int | None, str | None] | None:
    """(bulletin id, SHA-256 of the text it reads) of a segment; None when there is no such segment."""
    row = db.execute("SELECT bulletin_id, text_sha256 FROM segments WHERE id = ?", [segment_id]).fetchone()
    return None if row is None else (row[0], row[1])


def find_segment(db: Database, segment_id: int) -> dict | None:
    cursor = db.execute("SELECT * FROM segments WHERE id = ?", [segment_id])
    row = cursor.fetchone()
    return None if row is None else dict(zip([c[0] for c in cursor.description], row, strict=True))


def get_segment(db: Database, segment_id: int) -> dict:
    row = find_segment(db, segment_id)
    if row is None:
        raise NotFound(msg("Không có tiết mục âm thanh số {segment_id}.", segment_id=segment_id))
    return row


def list_segments(
    db: Database, *, bulletin_id: int | None = None, kind: str | None = None, unattached: bool = False
) -> list[SegmentSummary]:
    """Audio items, newest first: of one bulletin, or (`unattached`) those of no bulletin, or all."""
    where: list[str] = []
    params: list[int | str] = []
    if unattached:
        where.append("s.bulletin_id IS NULL")
    elif bulletin_id is not None:
        where.append("s.bulletin_id = ?")
        params.append(bulletin_id)
    if kind is not None:
        where.append("s.kind = ?")
        params.append(kind)
    sql = f"""SELECT s.id, s.kind, s.title, s.bulletin_id, COALESCE(t.name, ''), s.audio_path, s.duration_s,
                     s.loudness_lufs, s.engine, s.voice, s.created_at, s.speed, s.dictionary_version
              FROM segments s LEFT JOIN topics t ON t.id = s.topic_id
              {"WHERE " + " AND ".join(where) if where else ""}
              ORDER BY s.created_at DESC, s.id DESC"""
    return [SegmentSummary(*row) for row in db.execute(sql, params).fetchall()]


def count_by_bulletin(db: Database) -> dict[int, int]:
    """How many audio items each bulletin has (bulletins with none are absent)."""
    sql = "SELECT bulletin_id, count(*) FROM segments WHERE bulletin_id IS NOT NULL GROUP BY bulletin_id"
    return {bulletin_id: int(count) for bulletin_id, count in db.execute(sql)}


def detach_from_bulletin(db: Database, bulletin_id: int) -> int:
    """A deleted bulletin's audio items stay (they may be on the schedule), attached to none. Returns how many."""
    return db.execute("UPDATE segments SET bulletin_id = NULL WHERE bulletin_id = ?", [bulletin_id]).rowcount


def segment_audio(db: Database, data_dir: Path, segment_ids: Iterable[int] | None = None) -> dict[int, SegmentAudio]:
    """Segments by id with title, topic (the segment's own, else its bulletin's) and audio file.

    `has_audio` is true only when the file is really there, so a deleted file shows up as a warning
    in the plan before air time and not as silence at air time."""
    sql = """SELECT s.id, s.kind, s.title, COALESCE(t.name, bt.name, ''), s.audio_path, s.duration_s
             FROM segments s
             LEFT JOIN topics t ON t.id = s.topic_id
             LEFT JOIN bulletins b ON b.id = s.bulletin_id
             LEFT JOIN topics bt ON bt.id = b.topic_id"""
    params: list = []
    if segment_ids is not None:
        ids = sorted(set(segment_ids))
        sql += f" WHERE s.id IN ({','.join('?' * len(ids))})"
        params = ids
    found: dict[int, SegmentAudio] = {}
    for seg_id, kind, title, topic, audio_path, duration in db.execute(sql, params).fetchall():
        path = resolve_audio_path(data_dir, audio_path) if audio_path else None
        # A relay has no file: its source is checked when it connects, and its fallback covers it meanwhile.
        has_audio = kind == "relay" or (kind != "live" and path is not None and path.is_file())
        found[seg_id] = SegmentAudio(SegmentInfo(seg_id, title, topic, duration, has_audio), kind, path)
    return found


def audio_file(db: Database, data_dir: Path, segment_id: int) -> Path | None:
    """The file of one segment (None when the segment or its file path does not exist)."""
    row = db.execute("SELECT audio_path FROM segments WHERE id = ?", [segment_id]).fetchone()
    return resolve_audio_path(data_dir, row[0]) if row and row[0] else None


def stored_audio_paths(db: Database) -> list[str]:
    """Every file path the rows store, as stored (none for a database without the table yet)."""
    if not db["segments"].exists():
        return []
    sql = "SELECT audio_path FROM segments WHERE audio_path IS NOT NULL AND audio_path != ''"
    return [row[0] for row in db.execute(sql)]


def schedule_uses(db: Database, segment_id: int) -> int:
    """How many schedule items play this segment (deleting it would leave them pointing at nothing)."""
    if not db["schedule_items"].exists():
        return 0
    return int(db.execute("SELECT count(*) FROM schedule_items WHERE segment_id = ?", [segment_id]).fetchone()[0])


def delete_segment(db: Database, data_dir: Path, segment_id: int) -> None:
    """Deletes an audio item and, when nothing else uses it, its file. The airtime log keeps its own copy
    of title and topic, so past airings stay readable."""
    stored = get_segment(db, segment_id)["audio_path"]
    with db.atomic():
        db.execute("DELETE FROM segments WHERE id = ?", [segment_id])
    if stored:
        remove_if_unreferenced(db, data_dir, resolve_audio_path(data_dir, stored))
