"""Playout start lateness measured at the sound server. Prints; never fails. Not a test.

    .venv/bin/python -m benchmarks.playout [--starts 50] [--baseline 20]

Starts a private PulseAudio server with a null sink (tests/pulse_sink.py), records its monitor, and in the
same run measures:

- baseline: QtPlayer.play() called by a precise Qt timer at whole seconds, no engine and no database: what Qt
  and the sound server cost on their own;
- engine: --starts one-off items scheduled one second apart in a temporary station, played by PlayoutEngine
  through the same QtPlayer, driven by PlayoutDriver exactly as the window and `truyenthanh playout` drive it,
  each airing logged (heartbeats, hash chain) on the way.

Lateness = when the sound appears on the sink's monitor - the planned second. Target (issue 4): p95 < 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.pulse_sink import PulseServer, Recording, Span  # noqa: E402

TONE_S = 0.4
TARGET_P95_MS = 100.0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def lateness_ms(spans: list[Span], planned: list[float]) -> tuple[list[float], int]:
    """For each planned second, the first sound starting within [-0.5, +0.9] s of it; and how many had none."""
    found, missing = [], 0
    for moment in planned:
        near = [s.start for s in spans if -0.5 <= s.start - moment <= 0.9]
        if near:
            found.append((min(near) - moment) * 1000)
        else:
            missing += 1
    return found, missing


def summary(name: str, values: list[float], missing: int) -> str:
    if not values:
        return f"    {name:<9} no sound found for any start ({missing} missing)"
    return (
        f"    {name:<9} n={len(values):3d}  median {statistics.median(values):6.1f} ms  "
        f"p95 {percentile(values, 0.95):6.1f} ms  max {max(values):6.1f} ms  min {min(values):6.1f} ms"
        + (f"  ({missing} starts without sound)" if missing else "")
    )


def _epoch(moment: datetime) -> float:
    from app.station_time import DEFAULT_TIMEZONE

    return moment.replace(tzinfo=ZoneInfo(DEFAULT_TIMEZONE)).timestamp()


def _first_second(lead_s: float) -> datetime:
    from app.station_time import now_local

    return (now_local() + timedelta(seconds=lead_s)).replace(microsecond=0) + timedelta(seconds=1)


def _bare_player(app, server: PulseServer, tone: Path, count: int) -> tuple[list[float], int]:
    """The baseline: QtPlayer.play() at whole seconds from a precise timer; (lateness in ms, starts unheard)."""
    from PySide6.QtCore import Qt, QTimer

    from ui.qt_player import QtPlayer

    recorder = server.record().start()
    player = QtPlayer()
    first = _first_second(1.5)
    planned = [_epoch(first + timedelta(seconds=i)) for i in range(count)]
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setSingleShot(True)
    remaining = list(planned)

    def fire() -> None:
        if remaining and time.time() >= remaining[0]:
            remaining.pop(0)
            player.play(tone)
        if remaining:
            timer.start(max(0, int((remaining[0] - time.time()) * 1000) + 1))
        else:
            QTimer.singleShot(1500, app.quit)

    timer.timeout.connect(fire)
    timer.start(max(0, int((remaining[0] - time.time()) * 1000) + 1))
    app.exec()
    player.stop()
    recording: Recording = recorder.stop()
    return lateness_ms(recording.spans(), planned)


def _engine(app, server: PulseServer, station, segment: int, count: int) -> tuple[list[float], int, list[dict]]:
    """One-off items one a second, played and logged by the engine; (lateness in ms, starts unheard, log rows)."""
    from PySide6.QtCore import QTimer

    from app import schedule_store
    from ui.playout_driver import PlayoutDriver

    first = _first_second(3.0)
    planned = [first + timedelta(seconds=i) for i in range(count)]
    for moment in planned:
        schedule_store.add_one_off(station.db, segment, moment)
    recorder = server.record().start()
    driver = PlayoutDriver.for_station(station, heartbeat_s=1.0)
    finished = []

    def on_event(event) -> None:
        if event.kind in ("finished", "not_aired"):
            finished.append(event)
            if len(finished) == count:
                QTimer.singleShot(1000, app.quit)

    driver.event_reported.connect(on_event)
    QTimer.singleShot(int((count + 15) * 1000), app.quit)  # a safety stop
    driver.start()
    app.exec()
    driver.stop()
    recording = recorder.stop()
    late_ms, missing = lateness_ms(recording.spans(), [_epoch(m) for m in planned])
    return late_ms, missing, list(station.db.query("SELECT status, started_at, scheduled_at FROM airings"))


def _print_results(
    base: tuple[list[float], int], engine: tuple[list[float], int], rows: list[dict], starts: int
) -> None:
    (base_ms, base_missing), (engine_ms, engine_missing) = base, engine
    print(f"Playout start lateness at the sound server (PulseAudio null-sink monitor), {TONE_S:g} s tones")
    print(summary("baseline", base_ms, base_missing) + "   <- QtPlayer.play() at the second, no engine")
    print(summary("engine", engine_ms, engine_missing) + "   <- PlayoutEngine + PlayoutDriver + airtime log")
    if base_ms and engine_ms:
        p95_base, p95_engine = percentile(base_ms, 0.95), percentile(engine_ms, 0.95)
        print(
            f"    ratio engine/baseline: median {statistics.median(engine_ms) / statistics.median(base_ms):.2f}x, "
            f"p95 {p95_engine / p95_base:.2f}x; engine p95 {p95_engine:.1f} ms "
            f"{'<' if p95_engine < TARGET_P95_MS else '>='} target {TARGET_P95_MS:.0f} ms"
        )
    completed = sum(r["status"] == "completed" for r in rows)
    on_second = sum(r["started_at"] == r["scheduled_at"] for r in rows)
    print(f"    log: {completed}/{starts} completed, {on_second}/{len(rows)} started_at on the planned second")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=50, help="scheduled starts played by the engine")
    parser.add_argument("--baseline", type=int, default=20, help="starts played by the bare player")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="truyenthanh-bench-playout-"))
    server = PulseServer(work / "pulse").start()
    os.environ.update(server.client_vars())  # before Qt's media stack first connects
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QLoggingCategory

    from app import segments
    from app.station import Station
    from tests.audio_fixtures import add_segment

    QLoggingCategory.setFilterRules("qt.multimedia.*=false")
    app = QCoreApplication.instance() or QCoreApplication(["benchmark"])
    station = Station.open(work / "station" / "dai.db")
    segment = add_segment(station.db, station.paths.data_dir, title="Tiếng bíp", seconds=TONE_S)
    tone = segments.segment_audio(station.db, station.paths.data_dir, [segment])[segment].path
    try:
        base = _bare_player(app, server, tone, args.baseline)
        engine_ms, engine_missing, rows = _engine(app, server, station, segment, args.starts)
    finally:
        station.close()
        server.stop()
    _print_results(base, (engine_ms, engine_missing), rows, args.starts)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # PySide6 may crash while Python finalizes Qt objects at exit; everything is printed and closed by now.
    os._exit(code)
