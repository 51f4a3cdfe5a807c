"""Google's Vietnamese voice through gTTS's own request code, made safe for a flaky connection.

What plain gTTS lacks and this adds: a timeout on every request (gTTS waits forever by default), packing of
whole sentences up to the 100-character limit (cut only at commas, never mid-phrase), requests in flight at once
reassembled in order, retries with exponential backoff on 429/5xx/network errors, cancel, progress, Vietnamese
errors, and no file left behind on failure (gTTS.save opens its file before the first request).

How many requests are in flight adapts to the server, like a TCP window: it starts at `workers` (4), doubles
after each round answered without a 429 or 5xx, halves on one, and grows by one a round after that, never
beyond `max_workers`.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

import gtts.tts
import requests
from pydub import AudioSegment

from audio.chunker import chunk_sentences
from audio.ffmpeg_tools import decode
from audio.speech_errors import (
    GoogleBadResponse,
    GoogleError,
    GoogleRejected,
    GoogleServerError,
    GoogleTimeout,
    GoogleUnreachable,
    SpeechCancelled,
)

LANG = "vi"
# Google answers 24 kHz mono MP3.
GOOGLE_RATE = 24000
MAX_RETRY_AFTER_S = 8.0

Progress = Callable[[int, int], None]
CancelSource = threading.Event | Callable[[], bool] | None


def as_cancel_check(cancel: CancelSource) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


def is_google_reachable(timeout: float = 2.0, tld: str = "com") -> bool:
    """Cheap HEAD to the host gTTS talks to, for the status bar; any HTTP answer means reachable."""
    # Looked up on gtts.tts at call time, like gTTS itself, so a loopback stand-in can take its place.
    url = gtts.tts._translate_url(tld=tld, path="")
    try:
        requests.head(url, timeout=timeout, allow_redirects=False)
    except requests.RequestException:
        return False
    return True


def _translate(error: gtts.tts.gTTSError, timeout: float) -> GoogleError:
    response = error.rsp
    if response is not None:
        status = response.status_code
        if status >= 500:
            return GoogleServerError(status)
        if status >= 400:
            return GoogleRejected(status)
        return GoogleBadResponse()
    # gTTS raises gTTSError from inside its `except RequestException`: the cause is the context.
    cause = error.__cause__ or error.__context__
    if isinstance(cause, requests.Timeout):
        return GoogleTimeout(timeout)
    return GoogleUnreachable()


def _retry_after(error: gtts.tts.gTTSError) -> float | None:
    response = error.rsp
    if response is None:
        return None
    try:
        return min(MAX_RETRY_AFTER_S, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return None


class _Stopped(Exception):
    """A worker saw the batch stop (another chunk failed, or cancel)."""


class AdaptiveLimit:
    """The number of requests allowed in flight, told of every answer by the workers (thread-safe)."""

    def __init__(self, start: int, ceiling: int) -> None:
        self.ceiling = max(1, ceiling)
        self.limit = max(1, min(start, self.ceiling))
        self.threshold = self.ceiling  # doubling below it, adding one above it
        self._answered = 0
        self._lock = threading.Lock()
        #: Every value the limit took, in order (for tests and the benchmark).
        self.history = [self.limit]
        self.backoffs = 0
        self.generation = 0  # how many halvings so far

    def _set(self, limit: int) -> None:
        self.limit = limit
        self._answered = 0
        if self.history[-1] != limit:
            self.history.append(limit)

    def answered(self) -> None:
        with self._lock:
            self._answered += 1
            if self._answered >= self.limit and self.limit < self.ceiling:
                grown = self.limit * 2 if self.limit < self.threshold else self.limit + 1
                self._set(min(grown, self.ceiling, max(self.threshold, self.limit + 1)))

    def throttled(self, sent_in: int) -> None:
        """A 429 or a 5xx to a request sent in generation `sent_in`: the server wants fewer requests at once.
        Only answers to requests sent after the last halving count, so a burst halves the limit once."""
        with self._lock:
            if sent_in != self.generation:
                return
            self.generation += 1
            self.backoffs += 1
            self.threshold = max(1, self.limit // 2)
            self._set(self.threshold)


@dataclass
class GoogleVoice:
    timeout: float = 10.0
    workers: int = 4  # requests in flight at the start
    tries: int = 3
    backoff_s: float = 0.5
    tld: str = "com"
    max_workers: int = 16  # the most in flight however well the server answers
    #: The limit of the last batch, kept to show how it moved.
    last_limit: AdaptiveLimit | None = None

    def __post_init__(self) -> None:
        # gTTS's default timeout is None (wait forever): never let one through.
        if self.timeout is None or not self.timeout > 0:
            raise ValueError("GoogleVoice needs a positive timeout")
        if self.workers < 1 or self.tries < 1:
            raise ValueError("GoogleVoice needs at least one worker and one try")
        self.max_workers = max(self.max_workers, self.workers)

    def fetch_one(self, text: str, stop: threading.Event | None = None, limit: AdaptiveLimit | None = None) -> bytes:
        """MP3 bytes for one chunk (<= 100 characters), retrying transient failures; `limit` hears each answer."""
        stop = stop or threading.Event()
        for attempt in range(1, self.tries + 1):
            if stop.is_set():
                raise _Stopped()
            sent_in = limit.generation if limit is not None else 0
            try:
                # The normaliser has already prepared the text: gTTS's English pre-processors only get in the way.
                tts = gtts.tts.gTTS(text, lang=LANG, tld=self.tld, timeout=self.timeout, pre_processor_funcs=[])
                data = b"".join(tts.stream())
                if not data:
                    raise GoogleBadResponse()
                if limit is not None:
                    limit.answered()
                return data
            except gtts.tts.gTTSError as raw:
                error = _translate(raw, self.timeout)
                delay = _retry_after(raw)
                if limit is not None and isinstance(error, GoogleServerError | GoogleRejected) and error.retryable:
                    limit.throttled(sent_in)
                if not error.retryable or attempt == self.tries:
                    raise error from raw
            except (ValueError, UnicodeDecodeError) as raw:  # base64 or text garbage in a 200 answer
                raise GoogleBadResponse() from raw
            if delay is None:
                delay = self.backoff_s * 2 ** (attempt - 1)
            if stop.wait(delay):
                raise _Stopped()
        raise AssertionError("unreachable")

    def fetch_chunks(
        self,
        chunks: Sequence[str],
        progress: Progress | None = None,
        cancel: CancelSource = None,
        on_chunk: Callable[[int, bytes], None] | None = None,
    ) -> list[bytes]:
        """MP3 bytes per chunk, in the order given, with as many requests in flight as the server bears.

        `on_chunk(index, mp3)` and `progress(done, total)` run on the calling thread as chunks arrive. The
        first permanent failure stops the batch and is raised; cancel raises SpeechCancelled within ~0.1 s.
        """
        is_cancelled = as_cancel_check(cancel)
        total = len(chunks)
        results: list[bytes | None] = [None] * len(chunks)
        if not chunks:
            return []
        if is_cancelled():
            raise SpeechCancelled()
        stop = threading.Event()
        limit = self.last_limit = AdaptiveLimit(self.workers, self.max_workers)
        executor = ThreadPoolExecutor(max_workers=limit.ceiling, thread_name_prefix="google-tts")
        waiting = list(enumerate(chunks))
        futures: dict[Future, int] = {}
        pending: set[Future] = set()
        done_count = 0
        try:
            while waiting or pending:
                while waiting and len(pending) < limit.limit:
                    index, text = waiting.pop(0)
                    future = executor.submit(self.fetch_one, text, stop, limit)
                    futures[future] = index
                    pending.add(future)
                finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                if is_cancelled():
                    raise SpeechCancelled()
                for future in sorted(finished, key=futures.__getitem__):
                    index = futures[future]
                    results[index] = chunk = future.result()  # raises the chunk's GoogleError
                    if on_chunk is not None:
                        on_chunk(index, chunk)
                    done_count += 1
                    if progress is not None:
                        progress(done_count, total)
        finally:
            stop.set()
            # Workers in a request finish it (bounded by the timeout) and exit; none waits for them here.
            executor.shutdown(wait=False, cancel_futures=True)
        return [part for part in results if part is not None]

    def synthesize(
        self, sentences: Sequence[str], progress: Progress | None = None, cancel: CancelSource = None
    ) -> bytes:
        """MP3 of the sentences: the chunks' MP3 parts joined, as gTTS does."""
        return b"".join(self.fetch_chunks(chunk_sentences(list(sentences)), progress, cancel))

    def synthesize_segment(
        self, sentences: Sequence[str], progress: Progress | None = None, cancel: CancelSource = None
    ) -> AudioSegment:
        return decode(self.synthesize(sentences, progress, cancel), fmt="mp3", rate=GOOGLE_RATE)

    def save(
        self, sentences: Sequence[str], path: Path, progress: Progress | None = None, cancel: CancelSource = None
    ) -> Path:
        """Writes the MP3 only once every chunk arrived: a failure leaves no file, not even an empty one."""
        path = Path(path)
        data = self.synthesize(sentences, progress, cancel)
        handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".part-", suffix=".mp3")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        return path
