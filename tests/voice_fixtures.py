"""A spoken take for the voice tests: espeak-ng (the offline voice) reading a short sentence, quiet, with
digital silence before and after, as a WAV that `pulse_sink.speak_into_mic` plays into the test microphone."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from pydub import AudioSegment

SPOKEN_TEXT = "Kính thưa bà con, tối thứ bảy họp tổ dân phố."
LEAD_S = 0.7
TAIL_S = 0.7
_CACHE = Path(tempfile.gettempdir()) / "truyenthanh-test-voice"


def spoken_wav(gain_db: float = -14.0) -> tuple[Path, float]:
    """(path, seconds of voice between the silences); made once per machine."""
    from audio.offline_voice import OfflineVoice

    _CACHE.mkdir(exist_ok=True)
    path = _CACHE / f"spoken{gain_db:+.0f}.wav"
    voice = OfflineVoice().segment(SPOKEN_TEXT).set_channels(1).set_frame_rate(44100).apply_gain(gain_db)
    if not path.exists():
        silence = AudioSegment.silent(duration=round(LEAD_S * 1000), frame_rate=44100)
        (silence + voice + AudioSegment.silent(duration=round(TAIL_S * 1000), frame_rate=44100)).export(
            path, format="wav"
        )
    return path, len(voice) / 1000


def edge_silences(path: Path, noise_db: float = -50.0, min_s: float = 0.25) -> tuple[float, float]:
    """ffmpeg silencedetect: seconds of silence at the start and at the end of `path` (0 when none)."""
    duration = float(
        subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    log = subprocess.run(
        [
            "ffmpeg",
            "-hide_banner",
            "-nostdin",
            "-i",
            str(path),
            "-af",
            f"silencedetect=n={noise_db}dB:d={min_s}",
            "-f",
            "null",
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    starts = [
        float(line.split("silence_start:")[1].split()[0]) for line in log.splitlines() if "silence_start:" in line
    ]
    ends = [float(line.split("silence_end:")[1].split()[0]) for line in log.splitlines() if "silence_end:" in line]
    leading = ends[0] if starts and starts[0] <= 0.01 and ends else 0.0
    trailing = duration - starts[-1] if starts and (len(ends) < len(starts) or ends[-1] >= duration - 0.05) else 0.0
    return leading, trailing


def integrated_loudness(path: Path) -> float:
    """ffmpeg ebur128's integrated loudness (LUFS) of `path`."""
    log = subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostdin", "-i", str(path), "-af", "ebur128", "-f", "null", "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    summary = log[log.rindex("Summary:") :]
    return float(summary.split("I:")[1].split("LUFS")[0])
