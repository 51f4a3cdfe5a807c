"""`log import` and `log export` at scale, against a plain executemany insert of the same rows in the same run.

    .venv/bin/python benchmarks/log_import_scale.py [--rows 500000] [--keep FOLDER]

Writes a CSV of --rows past airings (tests/log_files.py: mostly completed, some interrupted, missed,
skipped, failed), then, each in a fresh process on a fresh station database, measuring wall time and
peak memory (the child's maximum resident set):

- baseline: the same file read with the csv module and inserted into `airings` with one plain
  `executemany` in one transaction (no checks, no chain, no chunks): the speed of the disk;
- `truyenthanh log import FILE` (streamed, checked in one pass, staged, appended in sealed chunks);
  meanwhile this process plays the playout's part, far more often than the engine writes (a heartbeat
  every 5 s): every 100 ms it writes a row with the 100 ms deadline and the write priority the engine
  uses, and the longest wait for the write lock is reported;
- `truyenthanh log verify` on the result (the chain must be intact);
- `truyenthanh log export` of every row (streamed).

Targets (issue 9): import of 500,000 rows under 30 s and 300 MB; export under 200 MB. Not a test: it
prints, it never fails.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.database import open_database, write_transaction  # noqa: E402
from app.log.write_priority import WritePriority  # noqa: E402
from tests.log_files import write_paper_log  # noqa: E402

PROBE_EVERY_S = 0.1
PROBE_DEADLINE_S = 0.1


def timed(command: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall time and peak RSS (MB) of `command`, run under GNU time when present, else os.wait4."""
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []
    readers = [
        threading.Thread(target=lambda: out_chunks.append(process.stdout.read()), daemon=True),
        threading.Thread(target=lambda: err_chunks.append(process.stderr.read()), daemon=True),
    ]
    for reader in readers:
        reader.start()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - began
    for reader in readers:
        reader.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    result = subprocess.CompletedProcess(
        command, process.returncode, b"".join(out_chunks).decode(), b"".join(err_chunks).decode()
    )
    return wall, usage.ru_maxrss / 1024, result


def baseline(db_path: Path, csv_path: Path) -> None:
    """The plain insert, in this (child) process."""
    db = open_database(db_path)
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = (
            (started or None, ended or None, title, topic, status, trigger, scheduled or None, operator, note)
            for started, ended, title, topic, status, trigger, scheduled, operator, note in reader
        )
        conn = db.conn
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO airings (started_at, ended_at, title, topic, status, trigger, scheduled_at, operator, "
            "note, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'imported')",
            rows,
        )
        conn.execute("COMMIT")
    db.close()


class LockProbe:
    """A writer beside the import, as the playout engine writes (but far more often): every 100 ms, with a
    100 ms deadline, claiming the playout's write priority while it waits."""

    def __init__(self, db_path: Path) -> None:
        self.db = open_database(db_path, seed=False)
        self.priority = WritePriority(db_path)
        self.db.execute("CREATE TABLE IF NOT EXISTS probe (at REAL)")
        self.waits: list[float] = []
        self.missed = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> LockProbe:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            began = time.perf_counter()
            try:
                with self.priority.claim(), write_transaction(self.db, deadline_s=PROBE_DEADLINE_S):
                    self.waits.append(time.perf_counter() - began)
                    self.db.execute("INSERT INTO probe VALUES (?)", [time.time()])
            except sqlite3.OperationalError:
                self.missed += 1
            time.sleep(PROBE_EVERY_S)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.priority.close()
        self.db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    parser.add_argument("--baseline-child", nargs=2, metavar=("DB", "CSV"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline_child:
        baseline(Path(args.baseline_child[0]), Path(args.baseline_child[1]))
        return 0

    folder = args.keep or Path(tempfile.mkdtemp(prefix="truyenthanh-import-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        csv_path = write_paper_log(folder / "so-nhat-ky.csv", args.rows)
        size_mb = csv_path.stat().st_size / 1e6
        print(f"{args.rows} rows, {size_mb:.1f} MB of CSV")
        cli = [sys.executable, "-m", "ui.entry"]

        base_db = folder / "baseline" / "dai.db"
        open_database(base_db).close()
        base_wall, base_mem, result = timed([sys.executable, __file__, "--baseline-child", str(base_db), str(csv_path)])
        assert result.returncode == 0, result.stderr

        db_path = folder / "import" / "dai.db"
        open_database(db_path).close()
        probe = LockProbe(db_path).start()
        wall, mem, result = timed([*cli, "--db", str(db_path), "log", "import", str(csv_path)])
        probe.stop()
        assert result.returncode == 0, result.stderr
        waits = sorted(probe.waits)

        verify_wall, verify_mem, verified = timed([*cli, "--db", str(db_path), "log", "verify"])
        export_wall, export_mem, exported = timed(
            [*cli, "--db", str(db_path), "log", "export", "--from", "2000-01-01", "--to", "2100-12-31", "-o"]
            + [str(folder / "xuat.csv")]
        )
        assert exported.returncode == 0, exported.stderr

        print(f"baseline (csv + one executemany, no checks, no chain): {base_wall:6.1f} s, peak {base_mem:5.0f} MB")
        print(
            f"log import (checked, staged, sealed chunks):           {wall:6.1f} s, peak {mem:5.0f} MB"
            f"  -> {wall / base_wall:.1f}x the baseline's time"
        )
        print(
            f"  a writer beside it ({len(waits)} writes, one every {PROBE_EVERY_S * 1000:.0f} ms, "
            f"{PROBE_DEADLINE_S * 1000:.0f} ms deadline): longest wait {waits[-1] * 1000:.1f} ms, "
            f"p99 {waits[int(len(waits) * 0.99)] * 1000:.1f} ms, missed the deadline {probe.missed} times"
        )
        print(f"log verify: {verify_wall:.1f} s ({verified.stdout.strip().splitlines()[0]})")
        print(f"log export: {export_wall:6.1f} s, peak {export_mem:5.0f} MB ({exported.stdout.strip()})")
        print(
            f"targets: import < 30 s ({'met' if wall < 30 else 'MISSED'}), < 300 MB "
            f"({'met' if mem < 300 else 'MISSED'}); export < 200 MB ({'met' if export_mem < 200 else 'MISSED'})"
        )
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
