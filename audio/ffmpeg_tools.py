"""The ffmpeg binary and the few things done with it: decode, resample, measure loudness and duration.

No ffprobe: imageio-ffmpeg ships ffmpeg alone, so inputs are decoded with an explicit format where one is known
and facts are read from ffmpeg's own log.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from audio.errors import QT_TR_NOOP
from audio.speech_errors import AudioFileUnreadable, FfmpegFailed, FfmpegMissing, SpeechCancelled


def _locate_ffmpeg() -> str | None:
    """System ffmpeg when on PATH (distribution builds are trusted), else the one imageio-ffmpeg ships."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError):
        return None


_FFMPEG = _locate_ffmpeg()
with warnings.catch_warnings():
    # pydub looks for a program named exactly "ffmpeg" on PATH as it is imported and warns when there is none;
    # imageio-ffmpeg's is named otherwise (Windows never has one on PATH). We chose ours just above and hand it
    # over below, so that warning is false here; any other warning of pydub's still shows.
    if _FFMPEG:
        warnings.filterwarnings("ignore", "Couldn't find ffmpeg or avconv", RuntimeWarning)
    from pydub import AudioSegment
if _FFMPEG:
    AudioSegment.converter = _FFMPEG

Cancel = Callable[[], bool]

# A GUI app on Windows would flash a console window for every ffmpeg run without this.
NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)

_SUMMARY_I = re.compile(r"^\s*I:\s+(-?[\d.]+|-inf)\s+LUFS", re.MULTILINE)
_SUMMARY_PEAK = re.compile(r"^\s*Peak:\s+(-?[\d.]+|-inf)\s+dBFS", re.MULTILINE)
_TIME = re.compile(r"time=\s*(\d+):(\d\d):(\d\d(?:\.\d+)?)")


def ffmpeg_path() -> str:
    """The ffmpeg every call here runs (chosen once, when this module is imported; pydub uses it too)."""
    if _FFMPEG is None:
        raise FfmpegMissing()
    return _FFMPEG


def _last_line(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    return lines[-1][:200] if lines else "không rõ lỗi"


def run_ffmpeg(
    args: Sequence[str], data: bytes | None = None, cancel: Cancel | None = None, cwd: Path | None = None
) -> tuple[bytes, str]:
    """Runs ffmpeg with `args` (in folder `cwd`), feeding `data` on stdin; returns (stdout, stderr).

    With `cancel`, the process is killed as soon as it returns True and SpeechCancelled is raised.
    """
    command = [ffmpeg_path(), "-hide_banner", "-nostdin", "-y", *args]
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE if data is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            creationflags=NO_WINDOW,
            cwd=cwd,
        )
    except OSError as error:
        raise FfmpegMissing() from error
    if cancel is None:
        out, err = process.communicate(data)
    else:
        out, err = _communicate_cancellable(process, data, cancel)
    stderr = err.decode("utf-8", "replace")
    if process.returncode != 0:
        raise FfmpegFailed.said(_last_line(stderr))
    return out, stderr


def _communicate_cancellable(process: subprocess.Popen, data: bytes | None, cancel: Cancel) -> tuple[bytes, bytes]:
    result: dict[str, bytes] = {}

    def talk() -> None:
        result["out"], result["err"] = process.communicate(data)

    worker = threading.Thread(target=talk, daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(0.05)
        if worker.is_alive() and cancel():
            process.kill()
            worker.join()
            raise SpeechCancelled()
    return result.get("out", b""), result.get("err", b"")


def segment_from_pcm(pcm: bytes, rate: int, channels: int = 1) -> AudioSegment:
    return AudioSegment(data=pcm, sample_width=2, frame_rate=rate, channels=channels)


def decode(
    source: bytes | Path,
    fmt: str | None = None,
    rate: int | None = None,
    channels: int = 1,
    cancel: Cancel | None = None,
) -> AudioSegment:
    """Decodes MP3/WAV/any file or bytes to 16-bit PCM at `rate` (source rate if None), `channels` channels."""
    args: list[str] = []
    if fmt:
        args += ["-f", fmt]
    data = None
    if isinstance(source, Path):
        if not source.is_file():
            raise AudioFileUnreadable(source.name)
        args += ["-i", str(source)]
    else:
        args += ["-i", "pipe:0"]
        data = source
    out_rate = rate or _source_rate(source, fmt)
    args += ["-vn", "-ac", str(channels), "-ar", str(out_rate), "-f", "s16le", "-acodec", "pcm_s16le", "pipe:1"]
    try:
        pcm, _ = run_ffmpeg(args, data=data, cancel=cancel)
    except FfmpegFailed as error:
        if isinstance(source, Path):
            raise AudioFileUnreadable(source.name) from error
        raise
    return segment_from_pcm(pcm, out_rate, channels)


def _source_rate(source: bytes | Path, fmt: str | None) -> int:
    """Sample rate of the first audio stream, read from ffmpeg's input description."""
    args = (["-f", fmt] if fmt else []) + ["-i", "pipe:0" if isinstance(source, bytes) else str(source)]
    command = [ffmpeg_path(), "-hide_banner", *args]
    data = source if isinstance(source, bytes) else None
    completed = subprocess.run(
        command,
        input=data,
        stdin=None if data is not None else subprocess.DEVNULL,
        capture_output=True,
        creationflags=NO_WINDOW,
    )
    match = re.search(r"Audio: .*?(\d+) Hz", completed.stderr.decode("utf-8", "replace"))
    if not match:
        name = source.name if isinstance(source, Path) else "dữ liệu âm thanh"
        raise AudioFileUnreadable(name)
    return int(match.group(1))


def resample(segment: AudioSegment, rate: int, channels: int = 1) -> AudioSegment:
    """Band-limited resampling through ffmpeg (pydub's audioop path only interpolates linearly)."""
    if segment.frame_rate == rate and segment.channels == channels and segment.sample_width == 2:
        return segment
    segment = segment.set_sample_width(2)
    args = ["-f", "s16le", "-ar", str(segment.frame_rate), "-ac", str(segment.channels), "-i", "pipe:0"]
    args += ["-ac", str(channels), "-ar", str(rate), "-f", "s16le", "pipe:1"]
    pcm, _ = run_ffmpeg(args, data=segment.raw_data)
    return segment_from_pcm(pcm, rate, channels)


def change_tempo(segment: AudioSegment, factor: float) -> AudioSegment:
    """Speeds speech up or down without changing its pitch (ffmpeg atempo, 0.5-2.0)."""
    if abs(factor - 1.0) < 1e-6:
        return segment
    segment = segment.set_sample_width(2)
    args = ["-f", "s16le", "-ar", str(segment.frame_rate), "-ac", str(segment.channels), "-i", "pipe:0"]
    args += ["-af", f"atempo={factor:.4f}", "-f", "s16le", "pipe:1"]
    pcm, _ = run_ffmpeg(args, data=segment.raw_data)
    return segment_from_pcm(pcm, segment.frame_rate, segment.channels)


def parse_integrated(stderr: str) -> float:
    """Integrated loudness (LUFS) from ebur128's closing summary."""
    loudness = _SUMMARY_I.findall(stderr)
    if not loudness:
        raise FfmpegFailed(QT_TR_NOOP("Lỗi xử lý âm thanh (ffmpeg): không đo được độ lớn âm thanh"))
    return float(loudness[-1])


def parse_loudness(stderr: str) -> tuple[float, float]:
    """(integrated LUFS, true peak dBTP) from the summary ebur128 prints last."""
    loudness = _SUMMARY_I.findall(stderr)
    peaks = _SUMMARY_PEAK.findall(stderr)
    if not loudness or not peaks:
        raise FfmpegFailed(QT_TR_NOOP("Lỗi xử lý âm thanh (ffmpeg): không đo được độ lớn âm thanh"))
    return float(loudness[-1]), float(peaks[-1])


def parse_time(stderr: str) -> float:
    times = _TIME.findall(stderr)
    if not times:
        raise FfmpegFailed(QT_TR_NOOP("Lỗi xử lý âm thanh (ffmpeg): không đo được thời lượng"))
    hours, minutes, seconds = times[-1]
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


LOUDNESS_FILTER = "ebur128=peak=true:framelog=verbose"


def measure_loudness(path: Path) -> tuple[float, float]:
    """(integrated loudness in LUFS, true peak in dBTP) by ffmpeg's EBU R128 meter."""
    path = Path(path)
    if not path.is_file():
        raise AudioFileUnreadable(path.name)
    _, stderr = run_ffmpeg(["-nostats", "-i", str(path), "-vn", "-af", LOUDNESS_FILTER, "-f", "null", "-"])
    return parse_loudness(stderr)


def probe_duration(path: Path) -> float:
    """Seconds of audio, by decoding the whole file (headers of joined MP3 parts lie)."""
    path = Path(path)
    if not path.is_file():
        raise AudioFileUnreadable(path.name)
    _, stderr = run_ffmpeg(["-i", str(path), "-vn", "-f", "null", "-"])
    return parse_time(stderr)
