"""A still card with moving subtitles, as an MP4 for Zalo, Facebook and websites: 1280x720 H.264 + AAC.

The card (station, topic, title) and the subtitles are one ASS script burned in by libass (ffmpeg's `ass`
filter), which wraps long lines and draws every Vietnamese letter from the font handed to it. ffmpeg runs in a
work folder so no path is ever written inside a filter argument (Windows' "C:\\" would need escaping there).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from audio.errors import QT_TR_NOOP, AudioError
from audio.ffmpeg_tools import NO_WINDOW, Cancel, ffmpeg_path, run_ffmpeg
from audio.subtitle_timing import Cue

WIDTH, HEIGHT = 1280, 720
FRAME_RATE = 10  # a still card: few frames keep the file small and the encoding quick
BACKGROUND = "0x0D3B66"

# Sans fonts with every Vietnamese letter, in order of preference: (family, regular file, bold file).
_CARD_FONTS = (
    ("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("Arial", "arial.ttf", "arialbd.ttf"),
)


class VideoToolsMissing(AudioError):
    """This ffmpeg cannot make the video (no libass or libx264), or no font has the Vietnamese letters."""


@dataclass(frozen=True)
class CardFont:
    family: str
    files: tuple[Path, ...]


@dataclass(frozen=True)
class Card:
    station: str
    topic: str
    title: str


def _font_dirs() -> list[Path]:
    if sys.platform == "win32":
        dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        if os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), Path("/System/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".local" / "share" / "fonts"]


@functools.cache
def card_font() -> CardFont:
    """The first installed font of _CARD_FONTS (regular, and bold when present)."""
    found: dict[str, Path] = {}
    for folder in _font_dirs():
        if folder.is_dir():
            for path in folder.rglob("*.tt[fc]"):
                found.setdefault(path.name.lower(), path)
    for family, regular, bold in _CARD_FONTS:
        if regular.lower() in found:
            files = [found[regular.lower()]] + ([found[bold.lower()]] if bold.lower() in found else [])
            return CardFont(family, tuple(files))
    raise VideoToolsMissing(
        QT_TR_NOOP("Không có phông chữ có đủ dấu tiếng Việt (Noto Sans, DejaVu Sans hoặc Arial) để làm video.")
    )


@functools.cache
def _ffmpeg_has(kind: str, name: str) -> bool:
    listing = subprocess.run(
        [ffmpeg_path(), "-hide_banner", f"-{kind}"], capture_output=True, text=True, creationflags=NO_WINDOW
    ).stdout
    return any(line.split()[1:2] == [name] for line in listing.splitlines() if line.strip())


def check_video_tools() -> None:
    if not _ffmpeg_has("filters", "ass") or not _ffmpeg_has("encoders", "libx264"):
        raise VideoToolsMissing(
            QT_TR_NOOP("ffmpeg trên máy này thiếu libass hoặc libx264: không làm được video chia sẻ.")
        )


def _ass_time(seconds: float) -> str:
    cs = max(0, round(seconds * 100))
    return f"{cs // 360_000}:{cs // 6000 % 60:02d}:{cs // 100 % 60:02d}.{cs % 100:02d}"


def _ass_text(text: str) -> str:
    """Plain text for an ASS event: braces and backslashes would start override codes."""
    return text.replace("\\", "/").replace("{", "(").replace("}", ")").replace("\n", "\\N")


def ass_script(card: Card, cues: Sequence[Cue], duration_s: float, family: str) -> str:
    """The card's three lines for the whole video and each cue at the bottom, white on a dark box."""
    styles = [
        # name, size, colour (&HBBGGRR), bold, alignment 8 = top centre / 2 = bottom centre, margin from the edge
        ("Station", 34, "&H00FFFFFF", -1, 8, 48),
        ("Topic", 32, "&H0066D9FF", 0, 8, 110),
        ("Title", 48, "&H00FFFFFF", -1, 8, 180),
        ("Sub", 40, "&H00FFFFFF", 0, 2, 56),
    ]
    lines = [
        "[Script Info]",
        "ScriptType: v4.00+",
        f"PlayResX: {WIDTH}",
        f"PlayResY: {HEIGHT}",
        "WrapStyle: 0",
        "ScaledBorderAndShadow: yes",
        "",
        "[V4+ Styles]",
        "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, "
        "Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, "
        "MarginR, MarginV, Encoding",
    ]
    for name, size, colour, bold, alignment, margin in styles:
        box = "3, 8, 0" if name == "Sub" else "1, 0, 0"  # the subtitles on an opaque box, the card plain
        lines.append(
            f"Style: {name},{family},{size},{colour},&H000000FF,&H80000000,&H80000000,{bold},0,0,0,100,100,0,0,"
            f"{box},{alignment},90,90,{margin},1"
        )
    lines += ["", "[Events]", "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text"]
    whole = (_ass_time(0), _ass_time(duration_s + 1))
    for style, text in (("Station", card.station.upper()), ("Topic", card.topic), ("Title", card.title)):
        if text.strip():
            lines.append(f"Dialogue: 0,{whole[0]},{whole[1]},{style},,0,0,0,,{_ass_text(text.strip())}")
    for cue in cues:
        lines.append(f"Dialogue: 1,{_ass_time(cue.start_s)},{_ass_time(cue.end_s)},Sub,,0,0,0,,{_ass_text(cue.text)}")
    return "\n".join(lines) + "\n"


def render_card_video(
    audio: Path,
    target: Path,
    *,
    card: Card,
    cues: Sequence[Cue],
    duration_s: float,
    work_dir: Path,
    cancel: Cancel | None = None,
) -> None:
    """Writes `target` (MP4): the card and cues over `audio`, exactly `duration_s` long."""
    check_video_tools()
    font = card_font()
    fonts = work_dir / "fonts"
    fonts.mkdir(exist_ok=True)
    for file in font.files:
        shutil.copyfile(file, fonts / file.name)
    (work_dir / "card.ass").write_text(ass_script(card, cues, duration_s, font.family), encoding="utf-8")
    length = f"{duration_s:.3f}"
    args = [
        "-f", "lavfi", "-i", f"color=c={BACKGROUND}:s={WIDTH}x{HEIGHT}:r={FRAME_RATE}:d={length}",
        "-i", str(Path(audio).resolve()),
        "-vf", f"drawbox=x=90:y=160:w={WIDTH - 180}:h=3:color=white@0.5:t=fill,ass=card.ass:fontsdir=fonts",
        "-map", "0:v", "-map", "1:a",
        "-c:v", "libx264", "-preset", "veryfast", "-tune", "stillimage", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-b:a", "128k", "-ar", "44100",
        "-t", length, "-movflags", "+faststart",
        str(Path(target).resolve()),
    ]  # fmt: skip
    run_ffmpeg(args, cancel=cancel, cwd=work_dir)
