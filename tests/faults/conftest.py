"""Real faults for the fault suite: read-only mounts, a small full tmpfs, killed processes, a second instance.

Root ignores file permissions, so "read-only" is a read-only bind mount and "disk full" a tmpfs of a few
megabytes: both need root (CI runs the suite as root). Without root these tests fail and say why;
they never skip.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.log.airings import finish_airing, start_airing
from app.station import Station

T0 = datetime(2026, 11, 20, 6, 0, 0)


def require_root(what: str) -> None:
    if os.geteuid() != 0:
        pytest.fail(f"{what} needs root (mount); run the fault suite as root, as CI does", pytrace=False)


def _run(*command: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail(f"{' '.join(command)} failed: {result.stderr.strip()}", pytrace=False)


@contextlib.contextmanager
def read_only_bind(path: Path) -> Iterator[Path]:
    """`path` (a file or a folder) becomes read-only in place, for root too, until the block ends."""
    require_root("a read-only bind mount")
    _run("mount", "--bind", str(path), str(path))
    try:
        _run("mount", "-o", "remount,bind,ro", str(path))
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@contextlib.contextmanager
def small_tmpfs(mount_point: Path, size: str) -> Iterator[Path]:
    require_root("a small tmpfs for the disk-full fault")
    mount_point.mkdir(parents=True, exist_ok=True)
    _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point))
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill_disk(folder: Path) -> Path:
    """Write a filler file until the file system says it is full."""
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as handle:
        block = b"\0" * 65536
        try:
            while True:
                handle.write(block)
        except OSError as exc:
            assert exc.errno == 28, exc  # ENOSPC
    # Small writes may still fit in the last partial block: take those too.
    with open(filler, "ab", buffering=0) as handle:
        with contextlib.suppress(OSError):
            while True:
                handle.write(b"\0" * 512)
    return filler


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_station(db_path: Path, airings: int = 3) -> list[int]:
    """A closed station database with finished, hash-chained airings; returns their ids."""
    station = Station.open(db_path)
    ids = []
    try:
        for n in range(airings):
            at = T0 + timedelta(hours=n)
            airing_id = start_airing(
                station.db,
                title=f"Bản tin số {n + 1}",
                topic="Phòng chống lừa đảo qua mạng",
                started_at=at,
                trigger="scheduled",
                scheduled_at=at,
            )
            finish_airing(station.db, airing_id, ended_at=at + timedelta(seconds=95))
            ids.append(airing_id)
    finally:
        station.close()
    return ids


def log_rows(db_path: Path) -> list[tuple]:
    """Every airing row as stored, read without writing anything."""
    station = Station.open(db_path, read_only=True)
    try:
        return [tuple(row.values()) for row in station.db["airings"].rows]
    finally:
        station.close()
