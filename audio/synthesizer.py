"""The one entry the application calls: normalised sentences in, a mastered MP3 in the store out.

`auto` tries Google and falls back to the offline voice on any Google failure, always saying so in `notices`.
Speech units are cached (see speech_cache): offline per sentence, Google per chunk of whole sentences, and a
Google chunk is reused wherever its run of sentences appears again, so an edit re-requests only its own chunk.
On failure or cancel nothing is written to the store; finished units stay in the cache, whole or not at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pydub import AudioSegment

from audio.chunker import GOOGLE_LIMIT, chunk_sentences, clean, speakable, split_sentence
from audio.errors import QT_TR_NOOP
from audio.ffmpeg_tools import change_tempo, decode, segment_from_pcm
from audio.google_voice import GOOGLE_RATE, LANG, GoogleVoice, as_cancel_check, is_google_reachable
from audio.mastering import assemble, master
from audio.offline_voice import OfflineVoice, engine_version, wav_to_pcm
from audio.speech_cache import SpeechCache
from audio.speech_errors import (
    EmptyText,
    GoogleError,
    GoogleUnreachable,
    OfflineVoiceError,
    SpeechCancelled,
)
from audio.speech_options import FINISHING_STEPS, check_engine, check_pause, check_repeat, check_speed, check_voice

REMINDER_TEXT = "Xin nhắc lại."

Progress = Callable[[int, int], None]


@dataclass
class SpeechRequest:
    sentences: list[str]
    engine: str = "auto"  # auto | google | offline
    voice: str = "north"  # north | central | south (offline voices; Google has one Vietnamese voice)
    speed: float = 1.0
    repeat: int = 1
    pause_s: float = 2.0
    intro: Path | None = None
    outro: Path | None = None
    target_lufs: float = -16.0
    true_peak_db: float = -1.5


@dataclass
class SpeechResult:
    path: Path
    sha256: str
    duration_s: float
    loudness_lufs: float
    true_peak_dbtp: float
    engine_used: str  # google | offline
    voice: str  # offline: north|central|south; google: "vi"
    speed: float
    notices: list[str] = field(default_factory=list)


@dataclass
class _Speech:
    body: AudioSegment
    reminder: AudioSegment | None
    engine: str
    voice: str
    steps: _Steps


class _Steps:
    """progress(done, total) over the speech units plus FINISHING_STEPS for assembling and mastering."""

    def __init__(self, progress: Progress | None, units: int) -> None:
        self.progress = progress
        self.total = units + FINISHING_STEPS
        self.done = 0

    def advance(self, count: int = 1) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)


def _checked_sentences(request: SpeechRequest) -> list[str]:
    check_engine(request.engine)
    check_voice(request.voice)
    check_speed(request.speed)
    check_repeat(request.repeat)
    check_pause(request.pause_s)
    sentences = [clean(sentence) for sentence in request.sentences]
    sentences = [sentence for sentence in sentences if speakable(sentence)]
    if not sentences:
        raise EmptyText()
    return sentences


# -- Google ------------------------------------------------------------------------------------------------


def _google_key(cache: SpeechCache, voice: GoogleVoice, chunk: str) -> str:
    # Google's audio does not depend on our voice or speed (tempo is applied afterwards): not in the key.
    return cache.key("google", f"{LANG}@{voice.tld}", 1.0, chunk)


def plan_google_chunks(
    sentences: list[str], is_cached: Callable[[str], bool], limit: int = GOOGLE_LIMIT
) -> list[tuple[str, bool]]:
    """Chunks to speak, in order, each with whether the cache already holds it.

    Left to right, the longest run of sentences that fits `limit` and is cached is reused; sentences not
    covered that way are chunked afresh, run by run. An edited sentence breaks only the chunk holding it:
    its neighbours in that chunk are re-packed with it, every other chunk is found again.
    """
    units = [piece for sentence in sentences for piece in split_sentence(sentence, limit) if speakable(piece)]
    plan: list[tuple[str, bool]] = []
    missing: list[str] = []
    i = 0
    while i < len(units):
        ends = [i + 1]
        length = len(units[i])
        while ends[-1] < len(units) and length + 1 + len(units[ends[-1]]) <= limit:
            length += 1 + len(units[ends[-1]])
            ends.append(ends[-1] + 1)
        for end in reversed(ends):
            chunk = " ".join(units[i:end])
            if is_cached(chunk):
                plan += [(text, False) for text in chunk_sentences(missing, limit)]
                missing = []
                plan.append((chunk, True))
                i = end
                break
        else:
            missing.append(units[i])
            i += 1
    plan += [(text, False) for text in chunk_sentences(missing, limit)]
    return plan


def _google_speech(
    sentences: list[str],
    request: SpeechRequest,
    cache: SpeechCache,
    voice: GoogleVoice,
    progress: Progress | None,
    cancel: Callable[[], bool],
    probe_first: bool,
) -> _Speech:
    def is_cached(chunk: str) -> bool:
        return cache.has("google", _google_key(cache, voice, chunk), "mp3")

    plan = plan_google_chunks(sentences, is_cached)
    reminder_plan = [(REMINDER_TEXT, is_cached(REMINDER_TEXT))] if request.repeat > 1 else []
    everything = plan + reminder_plan
    steps = _Steps(progress, len(everything))
    missing = list(dict.fromkeys(chunk for chunk, cached in everything if not cached))  # once per text
    if missing and probe_first and not is_google_reachable(timeout=min(2.0, voice.timeout), tld=voice.tld):
        raise GoogleUnreachable()
    steps.advance(len(everything) - len(missing))

    fetched: dict[str, bytes] = {}

    def keep(index: int, mp3: bytes) -> None:
        fetched[missing[index]] = mp3
        cache.put("google", _google_key(cache, voice, missing[index]), "mp3", mp3)
        steps.advance()

    voice.fetch_chunks(missing, cancel=cancel, on_chunk=keep)

    def audio(chunks: list[tuple[str, bool]]) -> AudioSegment:
        parts = []
        for chunk, _ in chunks:
            data = fetched.get(chunk) or cache.get("google", _google_key(cache, voice, chunk), "mp3")
            if data is None:  # removed under our feet (someone cleaned the cache folder)
                data = voice.fetch_one(chunk)
            parts.append(data)
        segment = decode(b"".join(parts), fmt="mp3", rate=GOOGLE_RATE, cancel=cancel)
        return change_tempo(segment, request.speed)

    body = audio(plan)
    reminder = audio(reminder_plan) if reminder_plan else None
    return _Speech(body, reminder, "google", LANG, steps)


# -- offline -----------------------------------------------------------------------------------------------


def _offline_speech(
    sentences: list[str],
    request: SpeechRequest,
    cache: SpeechCache,
    progress: Progress | None,
    cancel: Callable[[], bool],
) -> _Speech:
    voice = OfflineVoice(request.voice, request.speed)
    voice_key = f"{request.voice}@espeak-ng-{engine_version()}"
    texts = sentences + ([REMINDER_TEXT] if request.repeat > 1 else [])
    steps = _Steps(progress, len(texts))
    pcm_parts: list[bytes] = []
    rate = voice.sample_rate
    for text in texts:
        if cancel():
            raise SpeechCancelled()
        key = cache.key("offline", voice_key, request.speed, text)
        data = cache.get("offline", key, "wav")
        if data is None:
            data = voice.wav(text, cancel)
            cache.put("offline", key, "wav", data)
        pcm, part_rate = wav_to_pcm(data)
        if part_rate != rate:
            raise OfflineVoiceError(
                QT_TR_NOOP("Không dùng được giọng đọc offline (espeak-ng): tần số mẫu {rate} Hz không khớp"),
                rate=part_rate,
            )
        pcm_parts.append(pcm)
        steps.advance()
    reminder = None
    if request.repeat > 1:
        reminder = segment_from_pcm(pcm_parts.pop(), rate)
    return _Speech(segment_from_pcm(b"".join(pcm_parts), rate), reminder, "offline", request.voice, steps)


# -- entry -------------------------------------------------------------------------------------------------


def synthesize(
    request: SpeechRequest,
    store_dir: Path,
    cache_dir: Path,
    progress: Progress | None = None,
    cancel: threading.Event | Callable[[], bool] | None = None,
    *,
    google: GoogleVoice | None = None,
) -> SpeechResult:
    """Speaks `request.sentences` and stores the mastered MP3 under `store_dir` (content-addressed).

    progress(done, total) runs on this thread per speech unit (Google chunk or offline sentence) and once for
    mastering; total restarts if `auto` falls back. `cancel` (Event or callable) raises SpeechCancelled.
    """
    is_cancelled = as_cancel_check(cancel)
    sentences = _checked_sentences(request)
    cache = SpeechCache(Path(cache_dir))
    voice = google or GoogleVoice()
    notices: list[str] = []
    speech: _Speech | None = None
    if request.engine in ("google", "auto"):
        try:
            speech = _google_speech(
                sentences, request, cache, voice, progress, is_cancelled, probe_first=request.engine == "auto"
            )
        except GoogleError as error:
            if request.engine == "google":
                raise
            notices.append(error.fallback_notice)
    if speech is None:
        speech = _offline_speech(sentences, request, cache, progress, is_cancelled)
    if is_cancelled():
        raise SpeechCancelled()
    program = assemble(
        speech.body,
        repeat=request.repeat,
        reminder=speech.reminder,
        pause_s=request.pause_s,
        intro=request.intro,
        outro=request.outro,
        cancel=is_cancelled,
    )
    mastered = master(
        program,
        Path(store_dir),
        target_lufs=request.target_lufs,
        true_peak_db=request.true_peak_db,
        cancel=is_cancelled,
    )
    speech.steps.advance()
    return SpeechResult(
        path=mastered.path,
        sha256=mastered.sha256,
        duration_s=mastered.duration_s,
        loudness_lufs=mastered.loudness_lufs,
        true_peak_dbtp=mastered.true_peak_dbtp,
        engine_used=speech.engine,
        voice=speech.voice,
        speed=request.speed,
        notices=notices,
    )
