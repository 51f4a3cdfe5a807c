"""Importing recorded audio (mp3, wav, m4a) as `recording` segments.

The file is decoded in full with ffmpeg first (a renamed text file or a truncated download is refused before
anything is written), measured, copied into the content-addressed store and only then given a segment row.
`inspect_recording` does the slow part and touches no database, so the window can run it off its thread.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.bulletins import MAX_TITLE_CHARS, clean_line, ensure_topic, get_bulletin
from app.errors import InputError, StorageError
from app.messages import Message, msg
from app.segments import StoredAudio, add_segment, remove_if_unreferenced, store_copy
from app.station import Station
from audio.errors import AudioError
from audio.speech_errors import FfmpegMissing

RECORDING_SUFFIXES = (".mp3", ".wav", ".m4a")
MIN_DURATION_S = 0.5
# ffmpeg's demuxers for those: anything else (an HLS or other playlist, a concat list) is not a local recording.
RECORDING_CONTAINERS = frozenset({"mp3", "wav", "mov,mp4,m4a,3gp,3g2,mj2"})
_PLAYLIST_STARTS = (b"#EXTM3U", b"#EXT-X-", b"[playlist]", b"ffconcat", b"<?xml", b"<asx", b"<smil")
_INPUT_FORMAT = re.compile(r"^Input #0, (?P<format>[^ ]+), from ", re.MULTILINE)


def playlist_message(name: str) -> Message:
    return msg(
        "Tệp {name} là một danh sách phát (playlist) hoặc đường dẫn tới nơi khác, không phải bản ghi âm: "
        "chỉ nhận tệp âm thanh nằm trên máy (mp3, wav hoặc m4a).",
        name=name,
    )


def container_of(source: Path) -> str | None:
    """The demuxer ffmpeg picks for `source` (its content, not its name), reading local files only."""
    from audio.ffmpeg_tools import NO_WINDOW, ffmpeg_path

    command = [ffmpeg_path(), "-hide_banner", "-nostdin", "-protocol_whitelist", "file", "-i", str(source)]
    completed = subprocess.run(
        command, stdin=subprocess.DEVNULL, capture_output=True, creationflags=NO_WINDOW, timeout=60
    )
    match = _INPUT_FORMAT.search(completed.stderr.decode("utf-8", "replace"))
    return match["format"] if match else None


def check_local_audio(source: Path) -> None:
    """Refuse a playlist (an HLS `.m3u8` renamed `.mp3` would pull its audio from the network) before any
    decoding: by its first bytes, then by the container ffmpeg recognises."""
    with open(source, "rb") as stream:
        head = stream.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.lower().startswith(tuple(start.lower() for start in _PLAYLIST_STARTS)):
        raise InputError(playlist_message(source.name))
    container = container_of(source)
    if container is not None and container not in RECORDING_CONTAINERS:
        if container in ("hls", "concat"):
            raise InputError(playlist_message(source.name))
        raise InputError(
            msg(
                "Tệp {name} không phải tệp âm thanh mp3, wav hoặc m4a (định dạng thật: {container}).",
                name=source.name,
                container=container,
            )
        )


@dataclass(frozen=True)
class InspectedRecording:
    """A recording checked and copied into the store, not yet a segment."""

    source_name: str
    stored_path: Path
    sha256: str
    duration_s: float
    loudness_lufs: float
    true_peak_dbtp: float


def inspect_recording(
    source: Path | str, store_dir: Path, cancel: Callable[[], bool] | None = None
) -> InspectedRecording:
    """Decode, measure and store `source`; InputError (Vietnamese) if it is not usable audio."""
    from audio.ffmpeg_tools import measure_loudness, probe_duration

    source = Path(source)
    if source.suffix.lower() not in RECORDING_SUFFIXES:
        raise InputError(msg("Không nhập được {name}: chỉ nhận tệp âm thanh mp3, wav hoặc m4a.", name=source.name))
    if not source.is_file():
        raise InputError(msg("Không tìm thấy tệp âm thanh {source}.", source=source))
    if source.stat().st_size == 0:
        raise InputError(msg("Tệp âm thanh {name} rỗng (0 byte).", name=source.name))
    unreadable = msg(
        "Tệp {name} không phải tệp âm thanh đọc được (bị hỏng, tải về chưa hết "
        "hoặc chỉ đổi tên đuôi). Hãy mở thử bằng trình nghe nhạc hoặc xuất lại tệp.",
        name=source.name,
    )
    try:
        check_local_audio(source)
        duration = probe_duration(source)
        if cancel is not None and cancel():
            raise InputError(msg("Đã hủy nhập bản ghi âm."))
        loudness, peak = measure_loudness(source)
    except FfmpegMissing as exc:
        raise StorageError(exc) from exc
    except AudioError as exc:
        raise InputError(unreadable) from exc
    if duration < MIN_DURATION_S:
        raise InputError(
            msg(
                "Tệp {name} chỉ có {duration:.1f} giây âm thanh: quá ngắn hoặc bị hỏng.",
                name=source.name,
                duration=duration,
            )
        )
    if loudness != loudness or loudness <= -69.5:  # NaN or the meter's floor (-70): nothing audible
        raise InputError(msg("Tệp {name} không có tiếng (im lặng hoàn toàn).", name=source.name))
    if cancel is not None and cancel():
        raise InputError(msg("Đã hủy nhập bản ghi âm."))
    stored, sha = store_copy(source, store_dir, source.suffix.lower())
    return InspectedRecording(source.name, stored, sha, duration, loudness, peak)


def save_recording(
    station: Station,
    inspected: InspectedRecording,
    *,
    title: str,
    topic: str | None,
    bulletin_id: int | None = None,
) -> int:
    """The segment row for an inspected recording; on any failure the stored file is removed again.

    `topic` None: the recording belongs to no topic (a meeting notice counts toward none). Only a recording on
    its own may have none: one attached to a bulletin without its own topic would air under the bulletin's
    (app.segments.segment_audio), which is how a notice once landed under "Bảo vệ bí mật nhà nước"."""
    try:
        if topic is None and bulletin_id is not None:
            raise InputError(
                msg(
                    "Bản ghi âm gắn với bản tin cần một chủ đề: không có chủ đề riêng, nó sẽ được tính vào chủ đề "
                    "của bản tin. Hãy chọn chủ đề, hoặc bỏ gắn với bản tin."
                )
            )
        title = clean_line(title)
        if not title:
            raise InputError(msg("Bản ghi âm chưa có tên."))
        if len(title) > MAX_TITLE_CHARS:
            raise InputError(
                msg(
                    "Tên bản ghi âm quá dài ({length} ký tự, tối đa {most}).",
                    length=len(title),
                    most=MAX_TITLE_CHARS,
                )
            )
        db = station.db
        with db.atomic():
            if bulletin_id is not None:
                get_bulletin(db, bulletin_id)
            topic_id = ensure_topic(db, topic) if topic is not None else None
            return add_segment(
                db,
                station.paths.data_dir,
                kind="recording",
                title=title,
                audio=StoredAudio(
                    inspected.stored_path,
                    inspected.duration_s,
                    inspected.sha256,
                    inspected.loudness_lufs,
                    inspected.true_peak_dbtp,
                ),
                created_at=station.now(),
                bulletin_id=bulletin_id,
                topic_id=topic_id,
            )
    except BaseException:
        remove_if_unreferenced(station.db, station.paths.data_dir, inspected.stored_path)
        raise


def discard_recording(station: Station, inspected: InspectedRecording) -> None:
    remove_if_unreferenced(station.db, station.paths.data_dir, inspected.stored_path)


def import_recording(
    station: Station, source: Path | str, *, title: str, topic: str, bulletin_id: int | None = None
) -> int:
    """Checks, stores and registers a recording; returns the new segment id."""
    if not clean_line(title):
        raise InputError(msg("Bản ghi âm chưa có tên."))
    if not clean_line(topic):
        raise InputError(msg("Chưa chọn chủ đề cho bản ghi âm."))
    inspected = inspect_recording(source, station.paths.audio_store)
    return save_recording(station, inspected, title=title, topic=topic, bulletin_id=bulletin_id)
