"""A live reading's take that a crash left behind, kept with its airing on the next start.

While the operator reads, the prompter records into `airing_recordings/in_progress/<airing id>.wav` of the data
folder (audio/growing_wav.py keeps it readable at every moment). A normal end encodes it and removes it. A file
still there when the station starts again was left by a killed process or a power cut: its header is repaired
from its size, and it is encoded and kept with its airing exactly as a normal end would (an `airing_recordings`
row with its SHA-256; the airing row itself is never touched). A take whose airing row does not exist, that is
empty, or whose airing already has its recording, is removed with a line in the program's log.

Called where the station starts playing: the window (ui/main_window.py, the encoding on a worker) and the headless
`play` command (app/commands/playout.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.errors import StationError
from app.messages import Message, msg
from app.station import Station
from app.voice_recording import (
    AIRING_RECORDINGS,
    TAKE_RATE,
    AiringRecording,
    EncodedTake,
    encode_airing_take,
    find_airing_recording,
    record_airing_take,
)
from audio.growing_wav import repair

log = logging.getLogger(__name__)

IN_PROGRESS = "in_progress"


def in_progress_dir(data_dir: Path) -> Path:
    return data_dir / AIRING_RECORDINGS / IN_PROGRESS


def in_progress_take(data_dir: Path, airing_id: int) -> Path:
    """Where the prompter records the reading of `airing_id` (the folder is made)."""
    folder = in_progress_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{airing_id}.wav"


@dataclass(frozen=True)
class OrphanTake:
    airing_id: int
    path: Path


def recovered_message(airing_id: int) -> Message:
    return msg(
        "Bản ghi đọc trực tiếp của lượt số {id} đã được khôi phục và lưu cùng nhật ký sau khi phần mềm bị tắt "
        "đột ngột.",
        id=airing_id,
    )


def not_recovered_message(airing_id: int, reason: str) -> Message:
    return msg(
        "Chưa khôi phục được bản ghi đọc trực tiếp của lượt số {id}: {reason} Tệp vẫn được giữ để thử lại lần sau.",
        id=airing_id,
        reason=reason,
    )


def orphan_takes(station: Station) -> list[OrphanTake]:
    """Takes a crash left behind that can still be kept with their airing; the others are removed (logged)."""
    folder = in_progress_dir(station.paths.data_dir)
    if not folder.is_dir():
        return []
    found: list[OrphanTake] = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.is_symlink():
            continue
        airing_id = int(path.stem) if path.stem.isdigit() and path.suffix == ".wav" else None
        if airing_id is None:
            _remove(path, "not a live reading's take")
        elif station.db.execute("SELECT 1 FROM airings WHERE id = ?", [airing_id]).fetchone() is None:
            _remove(path, f"airing {airing_id} is not in the log")
        elif find_airing_recording(station.db, station.paths.data_dir, airing_id) is not None:
            _remove(path, f"airing {airing_id} already has its recording")
        elif repair(path, rate=TAKE_RATE) == 0:
            _remove(path, f"the take of airing {airing_id} is empty")
        else:
            found.append(OrphanTake(airing_id, path))
    return found


def encode_orphan(data_dir: Path, orphan: OrphanTake) -> EncodedTake:
    """No database: the window runs this on a worker."""
    return encode_airing_take(data_dir, orphan.path)


def keep_orphan(station: Station, orphan: OrphanTake, encoded: EncodedTake) -> AiringRecording:
    """Ties the encoded take to its airing (as a normal end does), then removes the in-progress file."""
    kept = record_airing_take(station, orphan.airing_id, encoded)
    orphan.path.unlink(missing_ok=True)
    log.warning("live take of airing %s recovered after a crash: %s", orphan.airing_id, kept.path.name)
    return kept


def recover_live_takes(station: Station) -> list[Message]:
    """All at once (the headless station): one message per take found, kept or not."""
    said: list[Message] = []
    for orphan in orphan_takes(station):
        try:
            keep_orphan(station, orphan, encode_orphan(station.paths.data_dir, orphan))
        except StationError as exc:
            log.error("live take of airing %s not recovered: %s", orphan.airing_id, exc)
            said.append(not_recovered_message(orphan.airing_id, str(exc)))
            continue
        said.append(recovered_message(orphan.airing_id))
    return said


def _remove(path: Path, why: str) -> None:
    log.warning("live take %s removed: %s", path.name, why)
    path.unlink(missing_ok=True)
