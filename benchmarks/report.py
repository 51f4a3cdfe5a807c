"""Report speed on a large airtime log: a quarter's JSON report against the raw aggregate SQL.

    .venv/bin/python benchmarks/report.py [--rows 500000] [--keep PATH]

Builds a log of --rows airings spread over 2024-2025 (five topics; 90 % completed, 4 % interrupted,
3 % missed, 2 % skipped, 1 % failed) in a temporary station database, every row hashed into a valid
chain, inserted in bulk. Then, in the same run, best of several:

- raw SQL: the aggregates a quarter's report states (per-topic airings and seconds counted by the rule:
  completed, or interrupted after half its planned length, for Q2 2025 and the Q1 baseline, not-aired
  counts per status for both), as SQLite plans them and with the date index forced (`+status`), the
  faster of the two being the baseline;
- the report's counting: build_report(annex=False, verify_log=False) + report_to_json + json.dumps;
- the whole-log check every report makes (app.log.verify.inspect_log: the whole chain, unsealed rows,
  the anchors; nothing inside the database is trusted to skip any of it);
- the full report as the CLI builds it, and `truyenthanh report ... --format json -o FILE` wall time
  (a fresh process each time), with and without --no-log-check, beside the bare process start-up.

Targets (issue 5): counting <= 2x the raw SQL, CLI < 1 s. Not a test: it prints, it never fails.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.database import open_database  # noqa: E402
from app.log.airings import GENESIS_HASH, row_hash  # noqa: E402
from app.log.verify import inspect_log  # noqa: E402
from app.report import Period, build_report, report_to_json  # noqa: E402
from app.starter_data import TOPICS  # noqa: E402

COLUMNS = (
    "id",
    "segment_id",
    "schedule_item_id",
    "title",
    "topic",
    "scheduled_at",
    "started_at",
    "ended_at",
    "duration_s",
    "planned_duration_s",
    "status",
    "trigger",
    "operator",
    "note",
    "heartbeat_at",
    "source",
    "corrects_id",
    "chain_index",
    "prev_hash",
    "row_hash",
)
SPAN_START = datetime(2024, 1, 1)
SPAN_END = datetime(2026, 1, 1)
PERIOD = Period.quarter(2025, 2)
BASELINE = Period.quarter(2025, 1)


def build_log(path: Path, rows: int, seed: int = 5) -> float:
    """A station database holding `rows` finished airings in one valid hash chain; returns seconds taken."""
    began = time.perf_counter()
    db = open_database(path)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")  # bulk load only; the app itself always writes with FULL
    rnd = random.Random(seed)
    step = (SPAN_END - SPAN_START).total_seconds() / rows
    sql = f"INSERT INTO airings ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    prev = GENESIS_HASH
    batch: list[list] = []
    conn.execute("BEGIN")
    for index in range(1, rows + 1):
        at = SPAN_START + timedelta(seconds=int(index * step))
        draw = rnd.random()
        status = (
            "completed"
            if draw < 0.90
            else "interrupted"
            if draw < 0.94
            else "missed"
            if draw < 0.97
            else "skipped"
            if draw < 0.99
            else "failed"
        )
        stamp = at.strftime("%Y-%m-%d %H:%M:%S")
        if status in ("completed", "interrupted"):
            seconds = float(rnd.randrange(60, 300) if status == "completed" else rnd.randrange(5, 60))
            started, ended = stamp, (at + timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S")
        else:
            seconds, started, ended = 0.0, None, None
        row = {
            "id": index,
            "segment_id": None,
            "schedule_item_id": None,
            "title": f"Bản tin số {index % 97}",
            "topic": TOPICS[rnd.randrange(len(TOPICS))][0],
            "scheduled_at": stamp,
            "started_at": started,
            "ended_at": ended,
            "duration_s": seconds,
            "planned_duration_s": 180.0,
            "status": status,
            "trigger": "scheduled",
            "operator": "",
            "note": "",
            "heartbeat_at": ended,
            "source": "app",
            "corrects_id": None,
            "chain_index": index,
            "prev_hash": prev,
        }
        row["row_hash"] = prev = row_hash(row)
        batch.append([row[column] for column in COLUMNS])
        if len(batch) == 20_000:
            conn.executemany(sql, batch)
            batch.clear()
    conn.executemany(sql, batch)
    conn.execute("COMMIT")
    db.close()
    return time.perf_counter() - began


def best_of(repeat: int, work: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - began)
    return min(times), result


def raw_sql(db, hint: str) -> dict:
    """The report's headline numbers straight from SQL. hint '+' keeps SQLite on the date index."""
    out = {}
    for name, period in (("period", PERIOD), ("baseline", BASELINE)):
        low, high = period.sql_bounds()
        out[name] = db.execute(
            "SELECT topic, count(*), total(duration_s) FROM airings WHERE started_at >= ? AND started_at < ? "
            f"AND ({hint}status = 'completed' OR ({hint}status = 'interrupted' "
            "AND duration_s >= planned_duration_s * 0.5)) GROUP BY topic",
            [low, high],
        ).fetchall()
        out[name + "_not_aired"] = db.execute(
            "SELECT status, count(*) FROM airings WHERE scheduled_at >= ? AND scheduled_at < ? "
            f"AND {hint}status IN ('missed', 'failed', 'skipped') GROUP BY status",
            [low, high],
        ).fetchall()
    return out


def report_json(db, verify: bool) -> str:
    report = build_report(db, PERIOD, BASELINE, annex=False, verify_log=verify)
    return json.dumps(report_to_json(report), ensure_ascii=False)


def cli_times(db_path: Path, out: Path, repeat: int) -> tuple[float, float, float]:
    """Best wall times of: the report command, the same with --no-log-check, a bare start-up."""
    command = [
        sys.executable,
        "-m",
        "ui.entry",
        "--db",
        str(db_path),
        "report",
        "--from",
        PERIOD.start.isoformat(),
        "--to",
        PERIOD.end.isoformat(),
        "--baseline-from",
        BASELINE.start.isoformat(),
        "--baseline-to",
        BASELINE.end.isoformat(),
        "--format",
        "json",
        "-o",
        str(out),
    ]
    startup = [sys.executable, "-c", "import ui.entry, app.report"]
    runs: list[list[float]] = [[], [], []]
    for _ in range(repeat):
        for index, argv in enumerate((command, [*command, "--no-log-check"], startup)):
            began = time.perf_counter()
            subprocess.run(argv, cwd=ROOT, check=True, capture_output=True)
            runs[index].append(time.perf_counter() - began)
    return min(runs[0]), min(runs[1]), min(runs[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the log at this path instead of a temp file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="truyenthanh-bench-") as folder:
        db_path = args.keep or Path(folder) / "bench.db"
        if args.keep and db_path.exists():
            print(f"reusing {db_path}")
        else:
            print(f"building a {args.rows:,}-airing log ...", flush=True)
            print(f"  built in {build_log(db_path, args.rows):.1f} s")
        db = open_database(db_path)
        total = db.execute("SELECT count(*) FROM airings").fetchone()[0]
        low, high = PERIOD.sql_bounds()
        in_quarter = db.execute(
            "SELECT count(*) FROM airings WHERE started_at >= ? AND started_at < ?", [low, high]
        ).fetchone()[0]
        print(f"log: {total:,} airings; {PERIOD.label}: {in_quarter:,} aired; baseline {BASELINE.label}")

        planned, _ = best_of(args.repeat, lambda: raw_sql(db, ""))
        forced, raw = best_of(args.repeat, lambda: raw_sql(db, "+"))
        baseline = min(planned, forced)
        counting, text = best_of(args.repeat, lambda: report_json(db, verify=False))
        chain, check = best_of(max(1, args.repeat // 2), lambda: inspect_log(db))
        full, _ = best_of(max(1, args.repeat // 2), lambda: report_json(db, verify=True))

        # The report must say what the raw SQL says.
        data = json.loads(text)
        for name in ("period", "baseline"):
            assert data[name]["airings"] == sum(row[1] for row in raw[name]), name
            assert abs(data[name]["seconds"] - sum(row[2] for row in raw[name])) < 1e-6, name
        assert {key: data["not_aired"][key] for key in ("missed", "failed", "skipped")} == {
            status: dict(raw["period_not_aired"]).get(status, 0) for status in ("missed", "failed", "skipped")
        }
        assert check.intact

        cli, cli_unchecked, startup = cli_times(db_path, Path(folder) / "out.json", max(1, args.repeat // 2))
        db.close()

    print()
    print(f"raw aggregate SQL, planner's choice      {planned * 1000:8.1f} ms")
    print(f"raw aggregate SQL, date index forced     {forced * 1000:8.1f} ms   <- baseline")
    print(
        f"report counting + JSON (no chain check)  {counting * 1000:8.1f} ms   "
        f"ratio {counting / baseline:4.2f}x (target <= 2x)"
    )
    print(f"log check, whole log (inspect_log)       {chain * 1000:8.1f} ms   {chain / total * 1e6:.1f} us per row")
    print(f"full report as the CLI builds it         {full * 1000:8.1f} ms   ratio {full / baseline:4.1f}x")
    print(f"CLI wall time, report --format json      {cli * 1000:8.1f} ms   (target < 1000 ms)")
    print(f"CLI wall time, same with --no-log-check  {cli_unchecked * 1000:8.1f} ms")
    print(f"  process start-up and imports alone     {startup * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
