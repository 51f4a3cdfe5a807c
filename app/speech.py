"""Turning a bulletin into a speech segment: plan (reads the database), render (slow, no database), keep or discard.

The three steps are separate so the window can render off its thread and write only on its own, after the
operator has listened: `plan_speech` and `keep_speech` run where the database lives, `render_speech` anywhere.
Until `keep_speech` writes the row, the mastered file is only a candidate in the store; `discard_speech` (or any
failure) removes it again, so a cancelled or failed attempt leaves nothing behind.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.approval import text_sha256
from app.bulletins import clean_text, get_bulletin
from app.errors import InputError, SpeechFailed, StorageError
from app.messages import msg
from app.pronunciation_table import checked_entries, dictionary_version, load_table
from app.segments import SpeechProvenance, StoredAudio, add_segment, audio_file, remove_if_unreferenced
from app.station import Station
from audio.errors import AudioError
from audio.pronunciations import Pronunciation
from audio.speech_options import (  # noqa: F401 (the window reads the choices of a reading from here)
    ENGINES,
    FINISHING_STEPS,
    MAX_REPEAT,
    READING_SPEEDS,
    VOICES,
    check_engine,
    check_repeat,
    check_speed,
    check_voice,
)

# About half an hour of reading: longer is not a loudspeaker bulletin, and would keep the machine busy for long.
MAX_SPEECH_CHARS = 30_000

Progress = Callable[[int, int], None]
Cancel = Any  # threading.Event or a callable returning True to stop


class SpeechCancelledByOperator(SpeechFailed):
    """The operator pressed Cancel: not an error to show, and nothing was kept."""


@dataclass(frozen=True)
class ReadingRules:
    """What the normaliser needs from the station, read once on the database's thread."""

    pronunciations: tuple[Pronunciation, ...]
    dialect: str
    dictionary_version: int


@dataclass(frozen=True)
class SpeechProgress:
    """What the synthesiser's progress(done, total) means for the operator: speech units read so far out of how
    many, or (finishing) every unit read and the last steps running (joining, loudness, writing the file)."""

    read: int
    units: int
    finishing: bool
    finished: bool

    @classmethod
    def of(cls, done: int, total: int) -> SpeechProgress:
        units = max(total - FINISHING_STEPS, 0)
        return cls(read=min(done, units), units=units, finishing=units <= done < total, finished=done >= total)


def reading_rules(station: Station) -> ReadingRules:
    db = station.db
    return ReadingRules(tuple(load_table(db)), station.settings.dialect, dictionary_version(db))


@functools.lru_cache(maxsize=4)
def normalizer_for(rules: ReadingRules):  # -> audio.normalizer.Normalizer
    from audio.normalizer import Normalizer

    try:
        return Normalizer(rules.pronunciations, dialect=rules.dialect)
    except AudioError as exc:
        raise SpeechFailed(exc) from exc


def spoken_sentences(rules: ReadingRules, text: str) -> list[str]:
    """The sentences the voice will say, in order (what the editor's side view shows)."""
    try:
        return normalizer_for(rules).sentences(clean_text(text))
    except AudioError as exc:
        raise SpeechFailed(exc) from exc


def spoken_form(rules: ReadingRules, text: str) -> str:
    try:
        return normalizer_for(rules).normalize(clean_text(text))
    except AudioError as exc:
        raise SpeechFailed(exc) from exc


def try_reading(entries, dialect: str, text: str) -> str:
    """`text` read with a table not saved yet (the dictionary editor's try-out line)."""
    rules = ReadingRules(tuple(checked_entries(entries)), dialect, 0)
    return spoken_form(rules, text)


@dataclass(frozen=True)
class SpeechPlan:
    bulletin_id: int | None
    title: str
    topic_id: int | None
    text: str
    rules: ReadingRules
    engine: str
    voice: str
    speed: float
    repeat: int
    pause_s: float
    target_lufs: float
    true_peak_db: float
    store_dir: Path
    cache_dir: Path
    intro: Path | None = None  # the station's ident or jingle, mixed in before and after the reading
    outro: Path | None = None
    # SHA-256 of the bulletin's body as it was read (app.approval.text_sha256), kept with the segment.
    text_sha256: str | None = None


@dataclass(frozen=True)
class RenderedSpeech:
    plan: SpeechPlan
    sentences: tuple[str, ...]
    result: Any  # audio.synthesizer.SpeechResult
    text_notices: tuple[str, ...] = ()  # about the text itself (an old encoding converted)

    @property
    def normalized_text(self) -> str:
        return "\n".join(self.sentences)

    @property
    def path(self) -> Path:
        return Path(self.result.path)

    @property
    def notices(self) -> list[str]:
        return [*self.text_notices, *(getattr(self.result, "notices", []) or [])]


def _checked_text(text: str) -> str:
    text = clean_text(text)
    if not text:
        raise InputError(msg("Văn bản cần đọc đang trống."))
    if len(text) > MAX_SPEECH_CHARS:
        raise InputError(
            msg(
                "Văn bản quá dài để đọc thành một tiết mục ({length:,} ký tự, tối đa {most:,} ký tự, khoảng "
                "30 phút đọc). Hãy chia thành nhiều bản tin ngắn hơn.",
                length=len(text),
                most=MAX_SPEECH_CHARS,
            )
        )
    return text


def _framing_audio(station: Station, segment_id: int | None, label: str) -> Path | None:
    """The intro or outro chosen in Cài đặt (a segment), as a file; None when none is chosen."""
    if segment_id is None:
        return None
    path = audio_file(station.db, station.paths.data_dir, segment_id)
    if path is None or not path.is_file():
        raise InputError(
            msg(
                "Không tìm thấy âm thanh {label} đã chọn trong Cài đặt (tiết mục số {segment_id}). Hãy chọn lại hoặc "
                "bỏ chọn trong Cài đặt → Giọng đọc mặc định.",
                label=label,
                segment_id=segment_id,
            )
        )
    return path


def _given_audio(path: Path | None, label: str) -> Path | None:
    if path is not None and not Path(path).is_file():
        raise InputError(msg("Không tìm thấy tệp {label} {path}.", label=label, path=path))
    return path


def plan_text(
    station: Station,
    text: str,
    *,
    title: str = "",
    engine: str | None = None,
    voice: str | None = None,
    speed: float | None = None,
    repeat: int | None = None,
    store_dir: Path | None = None,
    intro: Path | None = None,
    outro: Path | None = None,
) -> SpeechPlan:
    """A plan for any text with the station's settings; explicit arguments override them."""
    settings = station.settings
    engine = engine or settings.speech_engine
    voice = voice or settings.speech_voice
    repeat = int(repeat if repeat is not None else settings.speech_repeat)
    speed = float(speed if speed is not None else settings.speech_speed)
    try:
        check_engine(engine)
        check_voice(voice)
        check_repeat(repeat)
        check_speed(speed)
    except AudioError as exc:
        raise InputError(exc) from exc
    return SpeechPlan(
        bulletin_id=None,
        title=title,
        topic_id=None,
        text=_checked_text(text),
        rules=reading_rules(station),
        engine=engine,
        voice=voice,
        speed=speed,
        repeat=repeat,
        pause_s=settings.speech_pause_s,
        target_lufs=settings.loudness_target_lufs,
        true_peak_db=settings.true_peak_limit_dbtp,
        store_dir=store_dir or station.paths.audio_store,
        cache_dir=station.paths.speech_cache,
        intro=_given_audio(intro, msg("mở đầu"))
        or _framing_audio(station, settings.speech_intro_segment, msg("mở đầu")),
        outro=_given_audio(outro, msg("kết thúc"))
        or _framing_audio(station, settings.speech_outro_segment, msg("kết thúc")),
    )


def plan_speech(station: Station, bulletin_id: int, **options: Any) -> SpeechPlan:
    """A plan for a stored bulletin (NotFound, InputError for empty or over-long text)."""
    bulletin = get_bulletin(station.db, bulletin_id)
    plan = plan_text(station, bulletin.body, title=bulletin.title, **options)
    return replace(plan, bulletin_id=bulletin.id, topic_id=bulletin.topic_id, text_sha256=text_sha256(bulletin.body))


def _check_whole(path: Path, duration_s: float) -> None:
    """The stored MP3 decodes to the length that was rendered: a disk that filled while it was written leaves a
    cut-off file, which is removed rather than kept as a segment (app.file_replace.audio_length_check)."""
    from app.file_replace import audio_length_check

    try:
        audio_length_check(duration_s)(path)
    except StorageError as exc:
        path.unlink(missing_ok=True)
        raise SpeechFailed(str(exc)) from exc


def render_speech(plan: SpeechPlan, progress: Progress | None = None, cancel: Cancel = None) -> RenderedSpeech:
    """Normalise and synthesise; touches no database. SpeechFailed (Vietnamese) on any failure."""
    from audio.legacy_encodings import detect
    from audio.legacy_encodings import notice as legacy_notice
    from audio.speech_errors import SpeechCancelled
    from audio.synthesizer import SpeechRequest, synthesize

    is_cancelled = cancel.is_set if hasattr(cancel, "is_set") else cancel
    if is_cancelled is not None and is_cancelled():
        raise SpeechCancelledByOperator(msg("Đã hủy tạo giọng đọc."))
    sentences = spoken_sentences(plan.rules, plan.text)
    if not sentences:
        raise InputError(msg("Văn bản không có chữ nào đọc được (chỉ có ký hiệu hoặc biểu tượng cảm xúc)."))
    request = SpeechRequest(
        sentences=sentences,
        engine=plan.engine,
        voice=plan.voice,
        speed=plan.speed,
        repeat=plan.repeat,
        pause_s=plan.pause_s,
        target_lufs=plan.target_lufs,
        true_peak_db=plan.true_peak_db,
        intro=plan.intro,
        outro=plan.outro,
    )
    try:
        result = synthesize(request, plan.store_dir, plan.cache_dir, progress=progress, cancel=cancel)
    except SpeechCancelled as exc:
        raise SpeechCancelledByOperator(exc) from exc
    except AudioError as exc:
        raise SpeechFailed(exc) from exc
    _check_whole(Path(result.path), float(result.duration_s))
    legacy = detect(plan.text)
    return RenderedSpeech(plan, tuple(sentences), result, (legacy_notice(legacy),) if legacy else ())


def keep_speech(station: Station, rendered: RenderedSpeech) -> int:
    """Writes the segment row for a rendered bulletin; returns its id. On failure the file is removed."""
    plan, result = rendered.plan, rendered.result
    audio = StoredAudio(rendered.path, result.duration_s, result.sha256, result.loudness_lufs, result.true_peak_dbtp)
    provenance = SpeechProvenance(
        rendered.normalized_text, result.engine_used, result.voice, result.speed, plan.rules.dictionary_version
    )
    try:
        db = station.db
        with db.atomic():
            if plan.bulletin_id is not None:
                get_bulletin(db, plan.bulletin_id)  # still there
            return add_segment(
                db,
                station.paths.data_dir,
                kind="speech",
                title=plan.title,
                audio=audio,
                created_at=station.now(),
                bulletin_id=plan.bulletin_id,
                topic_id=plan.topic_id,
                speech=provenance,
                text_sha256=plan.text_sha256,
            )
    except BaseException:
        discard_speech(station, rendered)
        raise


def discard_speech(station: Station, rendered: RenderedSpeech) -> None:
    """Removes a rendered file no segment uses (the operator listened and said no)."""
    remove_if_unreferenced(station.db, station.paths.data_dir, rendered.path)


def speak_bulletin(
    station: Station, bulletin_id: int, *, progress: Progress | None = None, cancel: Cancel = None, **options: Any
) -> tuple[int, RenderedSpeech]:
    """Plan, render and keep in one go (the command line); returns (segment id, rendered)."""
    rendered = render_speech(plan_speech(station, bulletin_id, **options), progress, cancel)
    return keep_speech(station, rendered), rendered
