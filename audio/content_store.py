"""Files named by a digest: where they live, and how they get there whole.

The layout is `<folder>/<digest[:2]>/<digest><suffix>`: the first two hex digits fan the files out, so no
folder holds tens of thousands. The station's audio store (mastered speech, imported recordings; its rows
are app/segments.py's) is content-addressed: a file's digest is the SHA-256 of its bytes, so the same audio
is kept once. The speech cache uses the same layout, keyed by what was asked for (audio/speech_cache.py).
Every file arrives through a temporary file in its own folder renamed into place, so a reader sees the
whole file or none of it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

_BLOCK = 1 << 20


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def content_path(folder: Path, digest: str, suffix: str) -> Path:
    """Where the file named `digest` lives under `folder` (`suffix` with its dot: `.mp3`)."""
    return Path(folder) / digest[:2] / f"{digest}{suffix.lower()}"


def write_atomically(target: Path, blocks: Iterable[bytes]) -> None:
    """Writes `blocks` to `target` through a temporary file beside it (OSError as it comes)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".part-", suffix=target.suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            for block in blocks:
                out.write(block)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def store_file(temp: Path, folder: Path, suffix: str) -> tuple[Path, str]:
    """Moves the finished file `temp` (on the same disk as `folder`) to its content address; (path, sha256)."""
    digest = file_sha256(temp)
    final = content_path(folder, digest, suffix)
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(temp, final)
    return final, digest


def store_copy(source: Path, folder: Path, suffix: str) -> tuple[Path, str]:
    """Copies `source` to its content address (a whole copy already there is kept); (path, sha256)."""
    digest = file_sha256(source)
    target = content_path(folder, digest, suffix)
    if target.is_file() and target.stat().st_size == Path(source).stat().st_size:
        return target, digest
    with open(source, "rb") as src:
        write_atomically(target, iter(lambda: src.read(_BLOCK), b""))
    return target, digest
