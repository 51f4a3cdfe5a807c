"""The evidence checks on a 500,000-airing log: a full `log verify` against a bare Python loop that reads
the same rows and hashes them; JSON and CSV reports with their annex, streamed, against holding it all.

    .venv/bin/python benchmarks/log_scale.py [--rows 500000] [--keep PATH] [--repeat 3]

Builds (or reuses) the log of benchmarks/report.py: --rows finished airings over 2024-2025 in one valid
hash chain, anchored once as a station start does. Then, in the same run, best of --repeat:

- bare loop: SELECT the hashed columns in chain order and hash each row the documented way in Python
  (json.dumps + hashlib.sha256 per row, as the verifier before this one did); the baseline;
- the verifier in this process: app.log.verify.inspect_log (whole chain, unsealed rows, anchors), with the
  second process on (as shipped) and off (parallel_from huge);
- `truyenthanh log verify` wall time, a fresh process each time;
- peak memory (max RSS of a fresh process) of `report --annex` for the whole two years as JSON and as CSV,
  against the same JSON built in memory (build_report(annex=True) + report_to_json, the old way), and
  against a bare start-up.

Targets (issue 9): verify <= 2x the bare loop and well under 2 s; annexed reports under 200 MB.
Not a test: it prints, it never fails.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.log.chain import HASHED_FIELDS  # noqa: E402
from app.log.verify import inspect_log  # noqa: E402
from app.station import Station  # noqa: E402
from benchmarks.report import build_log  # noqa: E402

FIRST, LAST = "2024-01-01", "2025-12-31"
OLD_WAY = """
import json, sys
from pathlib import Path
from app.database import open_database
from app.report import Period, build_report, report_to_json
db = open_database(Path(sys.argv[1]))
report = build_report(db, Period.parse(sys.argv[2], sys.argv[3]), annex=True, verify_log=False)
Path(sys.argv[4]).write_text(json.dumps(report_to_json(report), ensure_ascii=False, indent=2), encoding="utf-8")
"""


def best_of(repeat: int, work: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - began)
    return min(times), result


def bare_loop(path: Path) -> int:
    """Read the hashed columns of every sealed row in chain order and hash each one in Python."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    sql = f"SELECT {', '.join(HASHED_FIELDS)}, row_hash FROM airings WHERE chain_index >= 1 ORDER BY chain_index"
    matched = 0
    for row in conn.execute(sql):
        values = [f"{v:.3f}" if isinstance(v, float) else v for v in row[:-1]]
        digest = hashlib.sha256(json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
        matched += digest == row[-1]
    conn.close()
    return matched


# A child forked from this (large) process would count this process's pages in its peak RSS: a small
# launcher starts the command and reports the command's own peak.
LAUNCHER = """
import json, os, subprocess, sys, time
began = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_, status, usage = os.wait4(child.pid, 0)
print(json.dumps([time.perf_counter() - began, usage.ru_maxrss, os.waitstatus_to_exitcode(status),
                  child.stderr.read().decode()[-500:]]))
"""


def run_measured(argv: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one fresh process."""
    out = subprocess.run([sys.executable, "-c", LAUNCHER, *argv], cwd=ROOT, capture_output=True, text=True)
    wall, peak_kb, code, errors = json.loads(out.stdout)
    if code != 0:
        raise SystemExit(f"{' '.join(argv[:6])}… failed: {errors}")
    return wall, peak_kb // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the log at this path instead of a temp file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="truyenthanh-bench-") as folder:
        db_path = (args.keep or Path(folder) / "bench.db").resolve()
        if args.keep and db_path.exists():
            print(f"reusing {db_path}")
        else:
            print(f"building a {args.rows:,}-airing log ...", flush=True)
            print(f"  built in {build_log(db_path, args.rows):.1f} s")
        Station.open(db_path).close()  # a station start anchors the head, as in the field
        station = Station.open(db_path, read_only=True)
        db = station.db
        total = db.execute("SELECT count(*) FROM airings").fetchone()[0]
        print(f"log: {total:,} airings", flush=True)

        bare, matched = best_of(args.repeat, lambda: bare_loop(db_path))
        assert matched == total, (matched, total)
        shipped, verdict = best_of(args.repeat, lambda: inspect_log(db))
        assert verdict.intact and verdict.rows_checked == total, verdict.message
        single, verdict_one = best_of(args.repeat, lambda: inspect_log(db, parallel_from=10**12))
        assert verdict_one.intact
        cli = [sys.executable, "-m", "ui.entry", "--db", str(db_path)]
        cli_verify = min(run_measured([*cli, "log", "verify"])[0] for _ in range(args.repeat))
        station.close()

        out = Path(folder)
        report = [*cli, "report", "--from", FIRST, "--to", LAST, "--no-log-check", "--annex"]
        json_wall, json_mb = run_measured([*report, "--format", "json", "-o", str(out / "r.json")])
        csv_wall, csv_mb = run_measured([*report, "--format", "csv", "-o", str(out / "r.csv")])
        with open(out / "r.json", encoding="utf-8") as handle:  # counted without loading 270 MB of JSON
            annexed = sum(line.startswith('      "counted": ') for line in handle)  # a key only annex rows have
        old_wall, old_mb = run_measured(
            [sys.executable, "-c", OLD_WAY, str(db_path), FIRST, LAST, str(out / "old.json")]
        )
        _, startup_mb = run_measured([*cli, "--help"])
        json_size = (out / "r.json").stat().st_size / 1e6

    print()
    print(f"bare Python loop, read + hash every row   {bare:8.2f} s   <- baseline")
    print(f"inspect_log, two processes (as shipped)   {shipped:8.2f} s   ratio {shipped / bare:4.2f}x (target <= 2x)")
    print(f"inspect_log, one process                  {single:8.2f} s   ratio {single / bare:4.2f}x")
    print(f"`truyenthanh log verify`, wall            {cli_verify:8.2f} s   (target well under 2 s)")
    print()
    print(f"report --annex --format json ({annexed:,} rows, {json_size:.0f} MB)  {json_wall:6.1f} s  peak {json_mb} MB")
    print(f"report --annex --format csv                           {csv_wall:6.1f} s  peak {csv_mb} MB")
    print(f"same JSON built in memory (the old way)              {old_wall:6.1f} s  peak {old_mb} MB")
    print(f"  process start-up alone                                       peak {startup_mb} MB (target < 200 MB)")


if __name__ == "__main__":
    main()
