"""Assembles a broadcast item and masters it to a loudness target with a true-peak ceiling, as MP3.

Loudness: a gain through a look-ahead limiter set below the true-peak ceiling (at 44.1 kHz). The limiter takes
loudness away, more the harder it works, so one ffmpeg pass measures (EBU R128) the limited program at two trial
gains placed from a quick estimate, and the gain for the target is interpolated (long programs are tried on
excerpts spread over them). ffmpeg's two-pass loudnorm was tried first: on speech this peaky (espeak-ng has
~20 dB crest factor) it falls back to its dynamic mode and lands 1-2 LU under the target.

The MP3 is measured as it is written (a second ffmpeg decodes the same frames: integrated loudness, true peak
at 4x); if it is off by more than half a LU, or over the ceiling, the gain or the ceiling is corrected and the
encode runs again. Output goes to the content-addressed store (audio/content_store.py), written to a
temp file in the store then renamed.
"""

from __future__ import annotations

import math
import os
import re
import subprocess
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

from pydub import AudioSegment
from pydub.utils import audioop

from audio.content_store import store_file
from audio.errors import QT_TR_NOOP
from audio.ffmpeg_tools import (
    LOUDNESS_FILTER,
    NO_WINDOW,
    decode,
    ffmpeg_path,
    parse_loudness,
    parse_time,
    resample,
    run_ffmpeg,
)
from audio.speech_errors import (
    AudioStoreError,
    FfmpegFailed,
    FfmpegMissing,
    InvalidSpeechSettings,
    SpeechCancelled,
)

OUTPUT_RATE = 44100
BITRATE = "128k"
# LAME's algorithm quality 7: twice as fast as the default, no audible loss for speech at 128 kbps mono.
LAME_QUALITY = "7"
# The limiter works on samples; true (inter-sample) peaks after resampling and encoding stand a little higher.
PEAK_MARGIN_DB = 0.5
GAP_S = 0.5
LOUDNESS_TOLERANCE_LU = 0.5
MAX_ENCODES = 6
# The limiter trial runs on at most this much of a long program, in windows spread over all of it.
TRIAL_MAX_S = 60.0
TRIAL_WINDOW_S = 3.0
LOUDNESS_ATTEMPTS = 3
# LAME at 128 kbps drops energy the K-weighted meter counts: ~0.4 LU on speech, measured on espeak-ng and tones.
ENCODER_LOSS_LU = 0.4

Cancel = Callable[[], bool]
AudioSource: TypeAlias = AudioSegment | Path | str


@dataclass(frozen=True)
class MasterResult:
    path: Path
    sha256: str
    duration_s: float
    loudness_lufs: float
    true_peak_dbtp: float


def load_part(source: AudioSource, rate: int, cancel: Cancel | None = None) -> AudioSegment:
    """An intro/outro (segment or file) as 16-bit mono at `rate`."""
    if isinstance(source, AudioSegment):
        return resample(source, rate, 1)
    return decode(Path(source), rate=rate, channels=1, cancel=cancel)


def assemble(
    body: AudioSegment,
    *,
    repeat: int = 1,
    reminder: AudioSegment | None = None,
    pause_s: float = 2.0,
    intro: AudioSource | None = None,
    outro: AudioSource | None = None,
    gap_s: float = GAP_S,
    cancel: Cancel | None = None,
) -> AudioSegment:
    """intro, gap, body, [pause, reminder ("Xin nhắc lại"), pause, body]..., gap, outro; 16-bit mono.

    The working rate is the body's, or 44.1 kHz when music is added so the music keeps its treble.
    """
    if repeat < 1:
        raise InvalidSpeechSettings(QT_TR_NOOP("Số lần đọc phải từ 1 trở lên"))
    if pause_s < 0:
        raise InvalidSpeechSettings(QT_TR_NOOP("Khoảng nghỉ không được âm"))
    rate = OUTPUT_RATE if (intro is not None or outro is not None) else body.frame_rate
    body = resample(body, rate, 1)
    silence = AudioSegment.silent(duration=round(pause_s * 1000), frame_rate=rate)
    parts: list[AudioSegment] = []
    if intro is not None:
        parts += [load_part(intro, rate, cancel), AudioSegment.silent(round(gap_s * 1000), frame_rate=rate)]
    parts.append(body)
    for _ in range(repeat - 1):
        parts.append(silence)
        if reminder is not None:
            parts += [resample(reminder, rate, 1), silence]
        parts.append(body)
    if outro is not None:
        parts += [AudioSegment.silent(round(gap_s * 1000), frame_rate=rate), load_part(outro, rate, cancel)]
    # One join instead of repeated `+` (each `+` copies everything before it).
    data = b"".join(part.set_sample_width(2).set_channels(1).raw_data for part in parts)
    return AudioSegment(data=data, sample_width=2, frame_rate=rate, channels=1)


def _db_to_linear(db: float) -> float:
    return 10 ** (db / 20)


def _level_chain(gain_db: float, ceiling_db: float, resample: bool = True) -> str:
    limit = min(1.0, max(0.0625, _db_to_linear(ceiling_db)))
    # Limiting after resampling to the output rate: the limiter sees peaks closer to the true ones.
    return (
        f"aresample={OUTPUT_RATE}," if resample else ""
    ) + f"volume={gain_db:.2f}dB,alimiter=limit={limit:.5f}:attack=1:release=60:level=false:latency=true"


def estimate_loudness(segment: AudioSegment) -> float:
    """Rough integrated loudness (gated block RMS, no K-weighting) from the PCM itself, within ~1 LU on speech.

    Only places the trial gains of `_trial_levels`; the real measurements are ffmpeg's.
    """
    data = segment.raw_data
    step = max(2, segment.frame_rate // 10 * segment.frame_width)
    squares = [audioop.rms(data[i : i + step], 2) ** 2 for i in range(0, len(data) - step + 1, step)]
    if not squares:
        squares = [audioop.rms(data, 2) ** 2]
    blocks = [sum(squares[i : i + 4]) / len(squares[i : i + 4]) for i in range(max(1, len(squares) - 3))]

    def lufs(mean_square: float) -> float:
        return -0.691 + 10 * math.log10(mean_square / 32768**2) if mean_square > 0 else -math.inf

    blocks = [block for block in blocks if lufs(block) > -70]
    if not blocks:
        return -math.inf
    relative_gate = lufs(sum(blocks) / len(blocks)) - 10
    gated = [block for block in blocks if lufs(block) > relative_gate]
    return lufs(sum(gated) / len(gated))


def trial_excerpt(program: AudioSegment) -> AudioSegment:
    """At most ~TRIAL_MAX_S of the program: one TRIAL_WINDOW_S window in every `step`, spread over all of it."""
    length_ms = len(program)
    if length_ms <= TRIAL_MAX_S * 1500:
        return program
    window = round(TRIAL_WINDOW_S * 1000)
    step = math.ceil(length_ms / (TRIAL_MAX_S * 1000))
    pieces = [program[start : start + window].raw_data for start in range(0, length_ms, window * step)]
    return program._spawn(b"".join(pieces))


def _trial_levels(wav: Path, gains: list[float], ceiling_db: float, cancel: Cancel | None) -> list[float]:
    """One ffmpeg run: the program's loudness after each trial gain + limiter."""
    branches = len(gains)
    graph = [f"[0:a]asplit={branches}" + "".join(f"[s{i}]" for i in range(branches))]
    for i, gain in enumerate(gains):
        # At the program's own rate, half the work at 22 kHz; the loudness after limiting barely differs.
        graph.append(f"[s{i}]{_level_chain(gain, ceiling_db, resample=False)},{_METER}[m{i}]")
    graph.append("".join(f"[m{i}]" for i in range(branches)) + f"amix=inputs={branches}")
    _, stderr = run_ffmpeg(
        ["-nostats", "-i", str(wav), "-filter_complex", ";".join(graph), "-f", "null", "-"], cancel=cancel
    )
    levels = _summaries(stderr)
    if len(levels) != branches:
        raise FfmpegFailed(QT_TR_NOOP("Lỗi xử lý âm thanh (ffmpeg): không đo được độ lớn âm thanh"))
    return levels


_METER = "ebur128=framelog=verbose"
_SUMMARY_HEAD = re.compile(r"\[Parsed_ebur128_(\d+) @ [^\]]+\] Summary:")
_SUMMARY_I = re.compile(r"^\s*I:\s+(-?[\d.]+|-inf)\s+LUFS")


def _summaries(stderr: str) -> list[float]:
    """Integrated loudness of each ebur128 instance, in graph order (the last summary of each counts)."""
    found: dict[int, float] = {}
    current: int | None = None
    for line in stderr.splitlines():
        head = _SUMMARY_HEAD.search(line)
        if head:
            current = int(head.group(1))
            continue
        value = _SUMMARY_I.match(line)
        if value and current is not None:
            found[current] = float(value.group(1))
            current = None
    return [found[index] for index in sorted(found)]


def _interpolate(gains: list[float], levels: list[float], target: float) -> tuple[float, float]:
    """Gain reaching `target` on the piecewise-linear curve through (gain, level); and the local slope."""
    pairs = sorted(zip(gains, levels, strict=True))
    segments = list(zip(pairs, pairs[1:], strict=False))
    chosen = segments[0] if target < pairs[0][1] else segments[-1]
    for left, right in segments:
        if left[1] <= target <= right[1]:
            chosen = (left, right)
            break
    (g0, l0), (g1, l1) = chosen
    slope = min(1.0, max(0.2, (l1 - l0) / (g1 - g0))) if g1 != g0 else 1.0
    return g0 + (target - l0) / slope, slope


def _encode_and_measure(
    wav: Path, chain: str, out_path: Path, bitrate: str, cancel: Cancel | None
) -> tuple[float, float, float]:
    """Encodes to `out_path` and, in parallel on the second core, decodes the encoded stream and measures it.

    ffmpeg's tee muxer writes the MP3 file (seekable, so it gets its Xing/LAME header) and the same MP3
    frames to a pipe read by a second ffmpeg running ebur128 with true peak.
    """
    encoder = [
        ffmpeg_path(),
        "-hide_banner",
        "-nostdin",
        "-y",
        "-nostats",
        "-v",
        "error",
        "-i",
        str(wav),
        "-af",
        chain,
        "-ac",
        "1",
        "-map",
        "0:a",
        "-c:a",
        "libmp3lame",
        "-b:a",
        bitrate,
        "-compression_level",
        LAME_QUALITY,
        "-map_metadata",
        "-1",
        "-fflags",
        "+bitexact",
        "-flags:a",
        "+bitexact",
        "-f",
        "tee",
        f"[f=mp3]{_tee_escape(out_path)}|[f=mp3]pipe\\:1",
    ]
    meter = [
        ffmpeg_path(),
        "-hide_banner",
        "-nostdin",
        "-f",
        "mp3",
        "-i",
        "pipe:0",
        "-af",
        LOUDNESS_FILTER,
        "-f",
        "null",
        "-",
    ]
    try:
        enc = subprocess.Popen(
            encoder, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, creationflags=NO_WINDOW
        )
        met = subprocess.Popen(
            meter, stdin=enc.stdout, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, creationflags=NO_WINDOW
        )
    except OSError as error:
        raise FfmpegMissing() from error
    assert enc.stdout is not None
    enc.stdout.close()  # the meter holds the read end now
    errors: dict[str, bytes] = {}

    def drain(name: str, process: subprocess.Popen) -> None:
        errors[name] = process.stderr.read() if process.stderr else b""
        process.wait()

    threads = [threading.Thread(target=drain, args=(n, p), daemon=True) for n, p in (("enc", enc), ("met", met))]
    for thread in threads:
        thread.start()
    try:
        while any(thread.is_alive() for thread in threads):
            threads[1].join(0.05)
            threads[0].join(0.01)
            if cancel is not None and cancel():
                raise SpeechCancelled()
    finally:
        for process in (enc, met):
            if process.poll() is None:
                process.kill()
                process.wait()
    if enc.returncode != 0:
        said = errors.get("enc", b"").decode("utf-8", "replace").strip()[-200:]
        raise FfmpegFailed.said(said) if said else FfmpegFailed(QT_TR_NOOP("Lỗi xử lý âm thanh (ffmpeg): mã hóa MP3"))
    stderr = errors.get("met", b"").decode("utf-8", "replace")
    if met.returncode != 0:
        if stderr.strip():
            raise FfmpegFailed.said(stderr.strip().splitlines()[-1][:200])
        raise FfmpegFailed(QT_TR_NOOP("Lỗi xử lý âm thanh (ffmpeg): đo độ lớn"))
    loudness, peak = parse_loudness(stderr)
    return loudness, peak, parse_time(stderr)


def _tee_escape(path: Path) -> str:
    # The tee muxer's slave list treats | [ ] : \ specially.
    text = str(path)
    for char in "\\:|[]":
        text = text.replace(char, "\\" + char)
    return text


def master(
    program: AudioSegment,
    store_dir: Path,
    *,
    target_lufs: float = -16.0,
    true_peak_db: float = -1.5,
    bitrate: str = BITRATE,
    cancel: Cancel | None = None,
) -> MasterResult:
    """Normalises `program` to `target_lufs` under `true_peak_db` and stores it as 44.1 kHz mono MP3."""
    try:
        return _master(program, Path(store_dir), target_lufs, true_peak_db, bitrate, cancel)
    except OSError as error:  # the store folder: permissions, disk full, unplugged drive
        raise AudioStoreError(error.strerror or str(error)) from error


def _master(
    program: AudioSegment,
    store_dir: Path,
    target_lufs: float,
    true_peak_db: float,
    bitrate: str,
    cancel: Cancel | None,
) -> MasterResult:
    if not -40.0 <= target_lufs <= -5.0:
        raise InvalidSpeechSettings(QT_TR_NOOP("Độ to chuẩn phải từ -40 đến -5 (số càng gần 0 càng to)"))
    if not -9.0 <= true_peak_db <= 0.0:
        raise InvalidSpeechSettings(QT_TR_NOOP("Mức đỉnh phải từ -9 đến 0 dBTP"))
    if len(program) < 50:
        raise InvalidSpeechSettings(QT_TR_NOOP("Đoạn âm thanh quá ngắn"))
    store_dir = Path(store_dir)
    store_dir.mkdir(parents=True, exist_ok=True)
    program = program.set_sample_width(2).set_channels(1)
    estimate = estimate_loudness(program)
    if estimate == -math.inf:
        raise InvalidSpeechSettings(QT_TR_NOOP("Đoạn âm thanh im lặng, không có tiếng"))
    with tempfile.TemporaryDirectory(prefix="truyenthanh-master-") as work:
        wav = Path(work) / "program.wav"
        program.export(wav, format="wav")
        ceiling = true_peak_db - PEAK_MARGIN_DB
        # The limiter takes loudness away, more the harder it works: trial gains around the plain one
        # (limiting only ever asks for more) map the curve in one pass; the gain comes from interpolation.
        # A long program is tried on evenly spread excerpts; `offset` carries their loudness over to the whole.
        excerpt = trial_excerpt(program)
        trial_wav, offset = wav, 0.0
        if excerpt is not program:
            trial_wav = Path(work) / "excerpt.wav"
            excerpt.export(trial_wav, format="wav")
            offset = estimate_loudness(excerpt) - estimate
        base = target_lufs - estimate
        gains = [base + 0.5, base + 3.5]
        levels = _trial_levels(trial_wav, gains, ceiling, cancel)
        if max(levels) <= -70:
            raise InvalidSpeechSettings(QT_TR_NOOP("Đoạn âm thanh im lặng, không có tiếng"))
        gain, slope = _interpolate(gains, levels, target_lufs + ENCODER_LOSS_LU + offset)
        handle, temp_name = tempfile.mkstemp(dir=store_dir, prefix=".part-", suffix=".mp3")
        os.close(handle)
        temp = Path(temp_name)
        try:
            for attempt in range(MAX_ENCODES):
                loudness, peak, duration = _encode_and_measure(wav, _level_chain(gain, ceiling), temp, bitrate, cancel)
                if peak > true_peak_db:
                    # Hard limiting rings after resampling and encoding: lower the ceiling and go again.
                    ceiling -= peak - true_peak_db + 0.3
                elif abs(loudness - target_lufs) > LOUDNESS_TOLERANCE_LU and attempt < LOUDNESS_ATTEMPTS:
                    gain += (target_lufs - loudness) / slope
                else:
                    break
            # A target out of reach (very loud with a low ceiling) keeps the closest result: its measured
            # loudness is reported. A true peak over the ceiling is never kept.
            if peak > true_peak_db:
                raise FfmpegFailed(
                    QT_TR_NOOP(
                        "Lỗi xử lý âm thanh (ffmpeg): không giữ được mức đỉnh dưới {limit:g} dBTP (đo được {peak:g})"
                    ),
                    limit=true_peak_db,
                    peak=peak,
                )
            os.chmod(temp, 0o644)  # mkstemp makes it private; the store is for everyone on the PC
            final, digest = store_file(temp, store_dir, ".mp3")
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    return MasterResult(final, digest, duration, loudness, peak)
