"""The operator's own voice: a take from the microphone made into a recording segment, and the recording of a
live reading (Đọc trực tiếp) kept with its airing row as proof of what was said.

The capture itself belongs to the window (ui/voice_capture.py, Qt Multimedia); it hands over a WAV file in a
temporary folder. `prepare_take` trims the silence before and after the voice, masters the rest to the station's
loudness target (audio/mastering.py, as speech is) and leaves a candidate in the store; the operator listens and
keeps it (`app.recordings.save_recording` writes the segment row) or discards it (`app.recordings.
discard_recording`). Nothing here writes a row until the operator keeps.

A live reading's recording is not trimmed or mastered: it is evidence. It is stored under
`airing_recordings/` of the data folder (not the segment store, whose clean-up deletes files no segment names)
and its row in `airing_recordings` (m010) names the airing, the file and its SHA-256. The airing row itself is
never touched.
"""

from __future__ import annotations

import os
import tempfile
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydub import AudioSegment
from sqlite_utils import Database

from app.errors import InputError, NotFound, SpeechFailed, StorageError
from app.messages import Message, msg
from app.recordings import MIN_DURATION_S, InspectedRecording
from app.segments import relative_audio_path, resolve_audio_path
from app.station import Station
from app.station_time import format_timestamp
from audio.content_store import file_sha256, store_file
from audio.errors import AudioError
from audio.ffmpeg_tools import decode, run_ffmpeg
from audio.mastering import master
from audio.speech_errors import AudioStoreError, FfmpegMissing, SpeechCancelled
from audio.voice_trim import trim_silence

TAKE_RATE = 44100  # what the window captures: 16-bit mono
AIRING_RECORDINGS = "airing_recordings"
LIVE_BITRATE = "96k"


def no_voice_message() -> Message:
    return msg(
        "Bản ghi không có tiếng nói: micrô có thể đang tắt, bị tắt tiếng hoặc chọn nhầm đầu vào. "
        "Hãy kiểm tra micrô rồi ghi lại."
    )


def load_take(take: Path) -> AudioSegment:
    try:
        return decode(Path(take), rate=TAKE_RATE, channels=1)
    except FfmpegMissing as exc:
        raise StorageError(exc) from exc
    except AudioError as exc:
        raise InputError(msg("Không đọc được bản ghi vừa thu: {reason}", reason=str(exc))) from exc


def take_seconds(take: Path) -> float:
    """The length of a captured take from its WAV header (a long reading is not decoded just to be measured)."""
    try:
        with wave.open(str(take), "rb") as reader:
            return reader.getnframes() / reader.getframerate()
    except (OSError, EOFError, wave.Error) as exc:
        raise InputError(msg("Không đọc được bản ghi vừa thu: {reason}", reason=str(exc))) from exc


def prepare_take(
    take: Path,
    store_dir: Path,
    *,
    target_lufs: float,
    true_peak_db: float,
    cancel: Callable[[], bool] | None = None,
) -> InspectedRecording:
    """Trim and master a captured take into the store (a candidate: no row yet). InputError if it has no voice.
    Touches no database, so the window runs it off its thread (the station's targets are passed in)."""
    trimmed = trim_silence(load_take(take))
    if trimmed is None:
        raise InputError(no_voice_message())
    if len(trimmed) / 1000 < MIN_DURATION_S:
        raise InputError(
            msg("Bản ghi chỉ có {duration:.1f} giây tiếng nói: quá ngắn, hãy ghi lại.", duration=len(trimmed) / 1000)
        )
    try:
        result = master(trimmed, store_dir, target_lufs=target_lufs, true_peak_db=true_peak_db, cancel=cancel)
    except SpeechCancelled as exc:
        raise InputError(msg("Đã hủy xử lý bản ghi.")) from exc
    except (AudioStoreError, FfmpegMissing) as exc:
        raise StorageError(exc) from exc
    except AudioError as exc:
        raise SpeechFailed(exc) from exc
    return InspectedRecording(
        Path(take).name, result.path, result.sha256, result.duration_s, result.loudness_lufs, result.true_peak_dbtp
    )


# --- the recording of a live reading --------------------------------------------------------------------


@dataclass(frozen=True)
class AiringRecording:
    airing_id: int
    path: Path
    sha256: str
    duration_s: float
    recorded_at: str


@dataclass(frozen=True)
class EncodedTake:
    """A live reading's take encoded into the store, not yet tied to its airing."""

    path: Path
    sha256: str
    duration_s: float


def check_airing_take(station: Station, airing_id: int) -> None:
    """The airing exists and has no recording yet (checked before the take is encoded, and again when it is kept)."""
    db = station.db
    if db.execute("SELECT 1 FROM airings WHERE id = ?", [airing_id]).fetchone() is None:
        raise NotFound(msg("Không tìm thấy lượt phát số {id} trong nhật ký.", id=airing_id))
    if find_airing_recording(db, station.paths.data_dir, airing_id) is not None:
        raise InputError(msg("Lượt phát số {id} đã có bản ghi âm.", id=airing_id))


def encode_airing_take(data_dir: Path, take: Path) -> EncodedTake:
    """Encode the take (MP3) into `airing_recordings/` under its content address. No database: a worker thread
    does this, so a long reading never holds up the window (and the playout's timers) while ffmpeg runs."""
    duration = take_seconds(take)
    if duration <= 0:
        raise InputError(msg("Bản ghi của buổi đọc trực tiếp rỗng: micrô không gửi được âm thanh nào."))
    folder = data_dir / AIRING_RECORDINGS
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=".part-", suffix=".mp3")
        os.close(handle)
    except OSError as exc:
        raise StorageError(msg("Không lưu được bản ghi đọc trực tiếp: {reason}.", reason=exc.strerror)) from exc
    temp = Path(temp_name)
    try:
        run_ffmpeg(["-i", str(take), "-ac", "1", "-c:a", "libmp3lame", "-b:a", LIVE_BITRATE, "-f", "mp3", str(temp)])
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        final, digest = store_file(temp, folder, ".mp3")
        return EncodedTake(final, digest, round(duration, 3))
    except FfmpegMissing as exc:
        raise StorageError(exc) from exc
    except AudioError as exc:
        raise SpeechFailed(exc) from exc
    except OSError as exc:
        raise StorageError(msg("Không lưu được bản ghi đọc trực tiếp: {reason}.", reason=exc.strerror)) from exc
    finally:
        temp.unlink(missing_ok=True)


def record_airing_take(station: Station, airing_id: int, encoded: EncodedTake) -> AiringRecording:
    """Tie an encoded take to its airing row (on the database's thread); a file no row names is removed."""
    db, data_dir = station.db, station.paths.data_dir
    recorded_at = format_timestamp(station.now())
    try:
        check_airing_take(station, airing_id)
        with db.atomic():
            db.table(AIRING_RECORDINGS).insert(
                {
                    "airing_id": airing_id,
                    "audio_path": relative_audio_path(data_dir, encoded.path),
                    "audio_sha256": encoded.sha256,
                    "duration_s": encoded.duration_s,
                    "recorded_at": recorded_at,
                }
            )
    except BaseException:
        if not _named(db, data_dir, encoded.path):
            encoded.path.unlink(missing_ok=True)
        raise
    return AiringRecording(airing_id, encoded.path, encoded.sha256, encoded.duration_s, recorded_at)


def keep_airing_recording(station: Station, airing_id: int, take: Path) -> AiringRecording:
    """Encode the live reading's take and tie it to the airing row, here and now (the window does the encoding
    on a worker: ui/live_reading_dialog.py)."""
    check_airing_take(station, airing_id)
    return record_airing_take(station, airing_id, encode_airing_take(station.paths.data_dir, take))


def _named(db: Database, data_dir: Path, path: Path) -> bool:
    name = relative_audio_path(data_dir, path)
    return db.execute("SELECT 1 FROM airing_recordings WHERE audio_path = ?", [name]).fetchone() is not None


def find_airing_recording(db: Database, data_dir: Path, airing_id: int) -> AiringRecording | None:
    row = db.execute(
        "SELECT audio_path, audio_sha256, duration_s, recorded_at FROM airing_recordings WHERE airing_id = ?",
        [airing_id],
    ).fetchone()
    if row is None:
        return None
    return AiringRecording(airing_id, resolve_audio_path(data_dir, row[0]), row[1], row[2], row[3])


def recorded_airings(db: Database) -> set[int]:
    """Ids of the airings that have a recording kept with them (for the log's listing)."""
    return {row[0] for row in db.execute("SELECT airing_id FROM airing_recordings")}


def airing_recording_intact(db: Database, data_dir: Path, airing_id: int) -> bool:
    """Is the file still there with the hash its row recorded?"""
    found = find_airing_recording(db, data_dir, airing_id)
    return found is not None and found.path.is_file() and file_sha256(found.path) == found.sha256
