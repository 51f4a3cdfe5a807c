"""The station's content-addressed audio store and the segment rows that point into it.

Files live at `audio/<sha256[:2]>/<sha256>.<ext>` under the station's data folder (the layout the speech
mastering writes too); a segment row stores that path relative to the data folder, so the folder can move.
A file is removed only when no segment row refers to it any more.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from sqlite_utils import Database

from app.errors import NotFound, StorageError
from app.station import Station


def relative_audio_path(station: Station, path: Path) -> str:
    """`path` as stored in `segments.audio_path`: relative to the data folder, with forward slashes."""
    try:
        return Path(path).resolve().relative_to(station.paths.data_dir.resolve()).as_posix()
    except ValueError as exc:
        raise StorageError(f"Tệp âm thanh {path} nằm ngoài thư mục dữ liệu của đài.") from exc


def absolute_audio_path(station: Station, audio_path: str) -> Path:
    return station.paths.data_dir / audio_path


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def store_copy(source: Path, store_dir: Path, suffix: str) -> tuple[Path, str]:
    """Copies `source` into the store under its hash; returns (stored path, sha256). Atomic."""
    sha = file_sha256(source)
    target = store_dir / sha[:2] / f"{sha}{suffix.lower()}"
    if target.is_file() and target.stat().st_size == source.stat().st_size:
        return target, sha
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".part-", suffix=suffix)
        try:
            with os.fdopen(handle, "wb") as out, open(source, "rb") as src:
                for block in iter(lambda: src.read(1 << 20), b""):
                    out.write(block)
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise StorageError(f"Không chép được tệp âm thanh vào kho của đài: {exc.strerror}.") from exc
    return target, sha


def is_referenced(db: Database, audio_path: str) -> bool:
    return db.execute("SELECT 1 FROM segments WHERE audio_path = ? LIMIT 1", [audio_path]).fetchone() is not None


def remove_if_unreferenced(station: Station, path: Path) -> bool:
    """Deletes a stored file no segment uses (a discarded preview, a failed import). True if deleted."""
    try:
        relative = relative_audio_path(station, path)
    except StorageError:
        return False
    if is_referenced(station.db, relative):
        return False
    Path(path).unlink(missing_ok=True)
    return True


def schedule_uses(db: Database, segment_id: int) -> int:
    """How many schedule items play this segment (deleting it would leave them pointing at nothing)."""
    if not db["schedule_items"].exists():
        return 0
    return int(db.execute("SELECT count(*) FROM schedule_items WHERE segment_id = ?", [segment_id]).fetchone()[0])


def delete_segment(station: Station, segment_id: int) -> None:
    """Deletes an audio item and, when nothing else uses it, its file. The airtime log keeps its own copy
    of title and topic, so past airings stay readable."""
    row = station.db.execute("SELECT audio_path FROM segments WHERE id = ?", [segment_id]).fetchone()
    if row is None:
        raise NotFound(f"Không có tiết mục âm thanh số {segment_id}.")
    with station.db.atomic():
        station.db.execute("DELETE FROM segments WHERE id = ?", [segment_id])
    if row[0]:
        remove_if_unreferenced(station, absolute_audio_path(station, row[0]))
