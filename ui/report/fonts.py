"""The report's serif: Times New Roman where the system has it, else Liberation Serif (its metric twin, with
every Vietnamese glyph), loaded from its files so the PDF embeds exactly them. With no such font a PDF
would show boxes and Qt would say nothing: ReportFontMissingError is raised instead."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

from app.errors import StationError

VIETNAMESE_SAMPLE = (
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)


class ReportFontMissingError(StationError):
    """No Times-like serif with every Vietnamese letter: a PDF would show boxes, so refuse."""


# (family, files for regular, bold, italic, bold italic): Times New Roman where Windows has it,
# else Liberation Serif (metric twin of Times New Roman, Debian package fonts-liberation2).
_FONT_CHOICES = (
    ("Times New Roman", ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")),
    (
        "Times New Roman",
        (
            "Times_New_Roman.ttf",
            "Times_New_Roman_Bold.ttf",
            "Times_New_Roman_Italic.ttf",
            "Times_New_Roman_Bold_Italic.ttf",
        ),
    ),
    (
        "Liberation Serif",
        (
            "LiberationSerif-Regular.ttf",
            "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf",
            "LiberationSerif-BoldItalic.ttf",
        ),
    ),
)


def _font_dirs() -> list[Path]:
    dirs: list[Path] = []
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        if os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts"), Path.home() / "Library/Fonts"]
    else:
        dirs += [
            Path("/usr/share/fonts/truetype/liberation2"),
            Path("/usr/share/fonts/truetype/liberation"),
            Path("/usr/share/fonts/truetype/msttcorefonts"),
            Path("/usr/share/fonts/liberation-serif"),
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            Path.home() / ".local/share/fonts",
            Path.home() / ".fonts",
        ]
    return [d for d in dirs if d.is_dir()]


def _find_file(name: str, dirs: Iterable[Path]) -> Path | None:
    for folder in dirs:
        direct = folder / name
        if direct.is_file():
            return direct
    for folder in dirs:
        try:
            for found in folder.rglob(name):
                return found
        except OSError:
            continue
    return None


def _fc_match(family: str, style: str) -> Path | None:
    """fontconfig's answer, when it exists and really has that family (it substitutes silently)."""
    if not shutil.which("fc-match"):
        return None
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{family}\n%{file}", f"{family}:style={style}"],
            capture_output=True,
            text=True,
            timeout=5,
        ).stdout.splitlines()
    except (OSError, subprocess.SubprocessError):
        return None
    if len(out) == 2 and family.lower() in out[0].lower() and Path(out[1]).is_file():
        return Path(out[1])
    return None


def font_files() -> tuple[str, list[Path]]:
    """The serif to use and its files (regular first), or ReportFontMissingError."""
    dirs = _font_dirs()
    for family, names in _FONT_CHOICES:
        files = [_find_file(name, dirs) for name in names]
        if files[0] is not None:
            return family, [f for f in files if f is not None]
    for family in ("Times New Roman", "Liberation Serif"):
        files = [_fc_match(family, style) for style in ("Regular", "Bold", "Italic", "Bold Italic")]
        if files[0] is not None:
            return family, list(dict.fromkeys(f for f in files if f is not None))
    raise ReportFontMissingError(
        "Không tìm thấy phông chữ Times New Roman hoặc Liberation Serif để in báo cáo có đủ dấu tiếng Việt. "
        + (
            "Hãy cài phông Times New Roman, hoặc cài lại phần mềm bằng bộ cài (có kèm Liberation Serif)."
            if sys.platform == "win32"
            else "Trên Linux hãy cài gói fonts-liberation2 (chạy tools/setup-env)."
        )
    )


@functools.cache
def report_font_family() -> str:
    """Load the serif from its files into the application (so the PDF embeds exactly these files) and
    check that it draws every Vietnamese letter. Needs a QGuiApplication."""
    family, files = font_files()
    loaded: list[str] = []
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded += QFontDatabase.applicationFontFamilies(font_id)
    if not loaded:
        raise ReportFontMissingError(f"Không nạp được phông chữ {family} từ {files[0]}")
    family = loaded[0]
    metrics = QFontMetricsF(QFont(family, 12))
    missing = [ch for ch in VIETNAMESE_SAMPLE if not metrics.inFontUcs4(ord(ch))]
    if missing:
        raise ReportFontMissingError(f"Phông chữ {family} thiếu các chữ: {''.join(missing[:10])}")
    return family
