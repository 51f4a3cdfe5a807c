"""Speech benchmark: prints ratios against baselines measured in the same run. Not a test.

(a) Our Google path (GoogleVoice: whole phrases packed into chunks, requests in flight adapting from 4) against
    plain `gTTS(text).save()` on the directive, both talking to the loopback stand-in with 300 ms latency per
    request; then the same against a stand-in that answers 429 beyond 6 requests at once, to show the back-off.
(b) Our offline pipeline (espeak-ng -> assemble -> loudness master -> 44.1 kHz MP3 in the store) against raw
    libespeak-ng synthesis of the same text plus one plain `ffmpeg -i raw.wav raw.mp3`.

Run from the repository root: python -m benchmarks.speech  (or python benchmarks/speech.py)
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import gtts.tts  # noqa: E402

from audio.chunker import chunk_sentences  # noqa: E402
from audio.ffmpeg_tools import run_ffmpeg  # noqa: E402
from audio.google_voice import GoogleVoice  # noqa: E402
from audio.normalizer import Normalizer  # noqa: E402
from audio.offline_voice import OfflineVoice, pcm_to_wav  # noqa: E402
from audio.synthesizer import SpeechRequest, synthesize  # noqa: E402
from tests.audio.google_standin import GoogleStandIn, tone_mp3  # noqa: E402

DIRECTIVE = ROOT / "tests" / "data" / "directive.txt"
LATENCY_S = 0.3


def directive_sentences() -> list[str]:
    return Normalizer().sentences(DIRECTIVE.read_text(encoding="utf-8"))


def google_benchmark(sentences: list[str], work: Path) -> None:
    text = " ".join(sentences)
    plain_parts = gtts.tts.gTTS(text, lang="vi")._tokenize(text)
    our_chunks = chunk_sentences(sentences)
    with GoogleStandIn(latency_s=LATENCY_S) as standin:
        # Make every tone MP3 before timing, so the stand-in's ffmpeg work is not on either clock.
        for part in plain_parts + our_chunks:
            tone_mp3(*standin.tone_for(part))
        original_url = gtts.tts._translate_url
        gtts.tts._translate_url = standin.translate_url
        try:
            started = time.perf_counter()
            gtts.tts.gTTS(text, lang="vi").save(work / "plain.mp3")
            plain_s = time.perf_counter() - started
            plain_requests = standin.request_count

            standin.reset_counts()
            voice = GoogleVoice()
            started = time.perf_counter()
            voice.save(sentences, work / "ours.mp3")
            ours_s = time.perf_counter() - started
            our_requests = standin.request_count
            ours_limit = voice.last_limit

            standin.reset_counts()
            standin.limit_concurrency(6)
            limited = GoogleVoice(tries=6, backoff_s=0.2)
            started = time.perf_counter()
            limited.save(sentences, work / "limited.mp3")
            limited_s = time.perf_counter() - started
            limited_requests, rejected = standin.request_count, standin.statuses.count(429)
            limited_limit = limited.last_limit
        finally:
            gtts.tts._translate_url = original_url
    assert ours_limit is not None and limited_limit is not None
    print(f"(a) Google path, loopback stand-in, {LATENCY_S * 1000:.0f} ms per request, {len(text)} characters")
    print(f"    plain gTTS(text).save(): {plain_requests:4d} requests, one at a time   {plain_s:7.2f} s")
    print(
        f"    GoogleVoice.save():      {our_requests:4d} requests, in flight {_steps(ours_limit.history):14s}"
        f"{ours_s:7.2f} s"
    )
    print(
        f"    requests: {plain_requests / our_requests:.1f}x fewer; wall time: {plain_s / ours_s:.1f}x faster"
        " (target >= 10x); every chunk is whole phrases, cut only at commas"
    )
    print(
        f"    against a server answering 429 beyond 6 at once: {limited_requests} requests ({rejected} answered 429), "
        f"in flight {_steps(limited_limit.history)}, {limited_s:.2f} s, {plain_s / limited_s:.1f}x plain gTTS"
    )


def _steps(history: list[int]) -> str:
    shown = history if len(history) <= 8 else [*history[:7], "…", history[-1]]
    return " → ".join(str(step) for step in shown)


def cpu_seconds() -> float:
    """CPU time of this process and of the ffmpeg children it waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best_of(runs: int, action) -> tuple[float, float, float]:
    """(best wall time, median wall time, best CPU time) over `runs` runs."""
    times, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), cpu_seconds()
        action()
        times.append(time.perf_counter() - started)
        cpus.append(cpu_seconds() - cpu)
    return min(times), statistics.median(times), min(cpus)


def offline_benchmark(sentences: list[str], work: Path, runs: int = 3) -> None:
    text = " ".join(sentences)
    voice = OfflineVoice()
    voice.pcm("khởi động")  # load the library and voice data outside the clocks

    def baseline() -> None:
        raw = work / "raw.wav"
        raw.write_bytes(pcm_to_wav(voice.pcm(text)))
        run_ffmpeg(["-i", str(raw), str(work / "raw.mp3")])

    counter = iter(range(1000))

    def ours_cold() -> None:
        run_id = next(counter)
        synthesize(SpeechRequest(sentences, engine="offline"), work / f"store{run_id}", work / f"cache{run_id}")

    def ours_warm() -> None:
        synthesize(SpeechRequest(sentences, engine="offline"), work / "store-warm", work / "cache-warm")

    base_min, base_med, base_cpu = best_of(runs, baseline)
    cold_min, cold_med, cold_cpu = best_of(runs, ours_cold)
    ours_warm()
    warm_min, warm_med, warm_cpu = best_of(runs, ours_warm)
    audio_s = len(voice.pcm(text)) / 2 / voice.sample_rate
    print(f"(b) offline pipeline, {len(sentences)} sentences, about {audio_s:.0f} s of speech (best of {runs})")
    rows = [
        ("raw espeak-ng + one plain ffmpeg MP3 encode", base_min, base_med, base_cpu),
        ("synthesize(offline) -> master -> MP3, cold", cold_min, cold_med, cold_cpu),
        ("same, every sentence already cached", warm_min, warm_med, warm_cpu),
    ]
    print(f"    {'':45s} {'wall':>8s} {'(median)':>9s} {'CPU+ffmpeg':>11s}")
    for name, best, median, cpu in rows:
        print(f"    {name:45s} {best:7.2f}s {median:8.2f}s {cpu:10.2f}s")
    print(
        f"    cold/baseline: wall {cold_min / base_min:.2f}x, CPU {cold_cpu / base_cpu:.2f}x (target <= 2x); "
        f"warm/baseline: wall {warm_min / base_min:.2f}x"
    )
    print(
        f"    (machine load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; the encoder and the "
        "meter run side by side, so wall time suffers first under load)"
    )


def main() -> None:
    sentences = directive_sentences()
    with tempfile.TemporaryDirectory(prefix="truyenthanh-bench-") as folder:
        work = Path(folder)
        offline_benchmark(sentences, work)
        print()
        google_benchmark(sentences, work)


if __name__ == "__main__":
    main()
