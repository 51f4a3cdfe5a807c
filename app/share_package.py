"""A share package for Zalo, Facebook and the ward's website: from a bulletin and its newest speech segment,
one folder with `<name>.mp4` (the card and the subtitles burned in), `<name>.mp3`, `<name>.srt` (the written
text, timed to the speech) and `<name>.txt` (the post).

The folder appears whole or not at all: everything is written into a hidden folder beside it, flushed, then
renamed. `plan_share` reads the database (its thread); `make_share_package` touches only files (a worker).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.bulletins import get_bulletin
from app.directives import cited_by_topics, list_directives
from app.errors import InputError, SpeechFailed, StationError, StorageError
from app.file_replace import fsync_file, fsync_folder
from app.messages import msg
from app.segments import list_segments, resolve_audio_path
from app.share_post import PostWords, post_text, slug
from app.station import Station
from audio.errors import AudioError

Progress = Callable[[int, int], None]
STEPS = 4  # timing, audio + text, video, publishing the folder


class ShareFailed(StationError):
    """The package could not be made; nothing was left behind."""

    exit_code = 4


@dataclass(frozen=True)
class SharePlan:
    name: str
    words: PostWords
    sentences: tuple[str, ...]  # as written
    weights: tuple[float, ...]  # their spoken lengths
    audio: Path
    pause_s: float
    notices: tuple[str, ...] = ()


def _citation(station: Station, bulletin) -> str:
    directives = {directive.id: directive for directive in list_directives(station.db)}
    if bulletin.directive_id in directives:
        return directives[bulletin.directive_id].citation
    by_topic = cited_by_topics(station.db, [bulletin.topic]) if bulletin.topic else ()
    return by_topic[-1].citation if by_topic else ""


def _place(settings) -> str:
    place = ", ".join(part.strip() for part in (settings.ward, settings.town, settings.province) if part.strip())
    return place[:1].upper() + place[1:]


def plan_share(station: Station, bulletin_id: int) -> SharePlan:
    """What the package holds (NotFound; InputError when the bulletin has no speech segment yet)."""
    from app.speech import reading_rules, spoken_form, spoken_sentences
    from audio.subtitle_timing import written_sentences

    bulletin = get_bulletin(station.db, bulletin_id)
    speech = list_segments(station.db, bulletin_id=bulletin_id, kind="speech")
    segment = speech[0] if speech else None  # the newest
    if segment is None or not segment.audio_path:
        raise InputError(
            msg(
                "Bản tin số {id} chưa có giọng đọc: bấm “Chuyển thành giọng nói” (hoặc “truyenthanh bulletin "
                "speak {id}”) rồi chia sẻ.",
                id=bulletin_id,
            )
        )
    audio = resolve_audio_path(station.paths.data_dir, segment.audio_path)
    if not audio.is_file():
        raise StorageError(msg("Không tìm thấy tệp âm thanh của tiết mục số {id}: {path}", id=segment.id, path=audio))
    rules = reading_rules(station)
    sentences = written_sentences(bulletin.body)
    weights = []
    for sentence in sentences:
        try:
            weights.append(float(len(spoken_form(rules, sentence))))
        except SpeechFailed:
            weights.append(float(len(sentence)))
    notices: list[str] = []
    stored = station.db.execute("SELECT normalized_text FROM segments WHERE id = ?", [segment.id]).fetchone()[0]
    if stored is not None and stored != "\n".join(spoken_sentences(rules, bulletin.body)):
        notices.append(
            msg(
                "Nội dung bản tin hoặc từ điển phát âm đã đổi sau khi tạo giọng đọc (tiết mục số {id}): phụ đề theo "
                "chữ hiện tại, nên đọc lại thành giọng nói nếu lời đọc đã khác.",
                id=segment.id,
            )
        )
    settings = station.settings
    words = PostWords(
        title=bulletin.title,
        topic=bulletin.topic,
        body=bulletin.body,
        citation=_citation(station, bulletin),
        station=settings.station_name,
        place=_place(settings),
    )
    return SharePlan(
        name=f"ban-tin-{bulletin.id}-{slug(bulletin.title)}",
        words=words,
        sentences=tuple(sentences),
        weights=tuple(weights),
        audio=audio,
        pause_s=settings.speech_pause_s,
        notices=tuple(notices),
    )


def _free_name(folder: Path, name: str) -> str:
    candidate, number = name, 1
    while (folder / candidate).exists():
        number += 1
        candidate = f"{name}-{number}"
    return candidate


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def make_share_package(
    plan: SharePlan, out_dir: Path, progress: Progress | None = None, cancel: Callable[[], bool] | None = None
) -> Path:
    """Writes the package into a new folder under `out_dir` and returns it (ShareFailed, StorageError)."""
    from app.storage_faults import disk_full_message, storage_error
    from audio.silences import detect_silences
    from audio.subtitle_timing import srt_text, time_cues
    from audio.video_card import Card, render_card_video

    step = progress or (lambda done, total: None)
    out_dir = Path(out_dir)
    partial: Path | None = None
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        name = _free_name(out_dir, plan.name)
        partial = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".partial", dir=out_dir))
        partial.chmod(0o755)  # mkdtemp makes it private; the package is for sharing
        with tempfile.TemporaryDirectory(prefix="truyenthanh-share-") as work:
            duration, silences = detect_silences(plan.audio)
            cues = time_cues(plan.sentences, plan.weights, duration, silences, pause_s=plan.pause_s)
            step(1, STEPS)
            files = [partial / f"{plan.name}.{suffix}" for suffix in ("srt", "txt", "mp3", "mp4")]
            files[0].write_text(srt_text(cues), encoding="utf-8")
            files[1].write_text(post_text(plan.words), encoding="utf-8")
            shutil.copyfile(plan.audio, files[2])
            step(2, STEPS)
            card = Card(plan.words.station, plan.words.topic, plan.words.title)
            render_card_video(
                plan.audio, files[3], card=card, cues=cues, duration_s=duration, work_dir=Path(work), cancel=cancel
            )
            step(3, STEPS)
        for file in files:
            fsync_file(file)
        final = out_dir / name
        os.rename(partial, final)
        partial = None
        fsync_folder(out_dir)
        step(STEPS, STEPS)
        return final
    except AudioError as exc:
        if _nearly_full(out_dir):  # ffmpeg's last line says only "Conversion failed!" when the disk filled
            raise StorageError(disk_full_message(out_dir)) from exc
        raise ShareFailed(exc) from exc
    except OSError as exc:
        translated = storage_error(exc, out_dir)
        if translated is not None:
            raise translated from exc
        raise StorageError(msg("Không ghi được gói chia sẻ vào {folder}: {error}", folder=out_dir, error=exc)) from exc
    finally:
        if partial is not None:
            shutil.rmtree(partial, ignore_errors=True)


def share_bulletin(station: Station, bulletin_id: int, out_dir: Path, progress: Progress | None = None) -> Path:
    """Plan and make in one go (the command line)."""
    return make_share_package(plan_share(station, bulletin_id), out_dir, progress)
