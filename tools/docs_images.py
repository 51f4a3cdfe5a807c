"""Make the pictures in docs/: every area of the window and the printed report, from a realistic station.

    .venv/bin/python tools/docs_images.py [OUT_DIR]      (default: docs/)

The station is built for real: sample bulletins spoken by the offline voice, broadcast windows, three
quiet months before the directive imported as an old log, then the last six days played by the real
playout engine against a simulated clock (the test suite's fake player: no sound card needed), with
a skip, an emergency and a live reading today. Pages are grabbed offscreen at 1366x768; the report
is printed to PDF and rendered with pdftoppm.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import schedule_store, segments  # noqa: E402
from app.log.airings import append_finished_rows  # noqa: E402
from app.playout import PlayoutEngine  # noqa: E402
from app.report import Period, build_report, set_target  # noqa: E402
from app.speech import speak_bulletin  # noqa: E402
from app.station import Station  # noqa: E402
from app.station_time import format_timestamp, now_local  # noqa: E402
from tests.audio_fixtures import add_segment  # noqa: E402
from tests.playout_fakes import FakeClock, ScriptedPlayer, simulate_until  # noqa: E402

OPERATOR = "Nguyễn Thị Hoa"
SIZE = (1366, 768)  # a common office screen: the window must fit it


def old_log(station: Station, first: date, last: date, rnd: random.Random) -> None:
    """Before the directive: a short reading most weeks, as a paper log typed in later."""
    topics = [row["name"] for row in station.db["topics"].rows]
    rows = []
    day = first
    while day <= last:
        if day.weekday() == 0 and rnd.random() < 0.8:
            start = datetime.combine(day, time(6, 15))
            seconds = rnd.randint(60, 150)
            rows.append(
                {
                    "title": "Bản tin tuyên truyền",
                    "topic": rnd.choice(topics[:2]),
                    "trigger": "scheduled",
                    "scheduled_at": format_timestamp(start),
                    "started_at": format_timestamp(start),
                    "ended_at": format_timestamp(start + timedelta(seconds=seconds)),
                    "duration_s": float(seconds),
                    "status": "completed",
                    "source": "imported",
                    "note": "Nhập từ sổ nhật ký giấy",
                }
            )
        day += timedelta(days=1)
    append_finished_rows(station.db, rows)


def play_week(station: Station, segment_ids: dict[str, int], today: date, now: time) -> tuple[FakeClock, PlayoutEngine]:
    db, data = station.db, station.paths.data_dir
    first_day = today - timedelta(days=6)
    clock = FakeClock(datetime.combine(first_day, time(5, 59)))
    player = ScriptedPlayer(clock)
    for info in segments.segment_audio(db, data, list(segment_ids.values())).values():
        if info.path and info.info.duration_s is not None:
            player.durations[info.path] = info.info.duration_s

    def window(name, start, end, keys, **extra):
        made = datetime.combine(first_day - timedelta(days=2), time(8))  # before the simulated week (m012)
        window_id = schedule_store.add_window(
            db, name=name, start=time.fromisoformat(start), end=time.fromisoformat(end), created_at=made, **extra
        )
        for key in keys:
            schedule_store.add_window_item(
                db, window_id, segment_ids[key], created_at=datetime.combine(first_day - timedelta(days=2), time(8))
            )
        return window_id

    window("Bản tin sáng", "06:00", "06:30", ["jingle", "otp", "conduct", "secrets"])
    window("Bản tin chiều", "17:00", "17:30", ["jingle", "invest", "otp", "zalo"])
    window(
        "Cao điểm phòng chống lừa đảo",
        "11:00",
        "11:10",
        ["shipper", "invest"],
        days={1, 3, 5},
        date_from=today.replace(day=1),
        date_to=today.replace(day=1) + timedelta(days=45),
    )
    window("Chuyên mục cuối tuần", "19:00", "19:15", ["jingle", "resolution", "secrets"], days={6, 7})

    engine = PlayoutEngine(
        db, player, data_dir=data, clock=clock, operator=OPERATOR, heartbeat_s=5, missed_lookback_days=0
    )
    engine.start()
    player.deliver()

    def run_until(end: datetime) -> None:
        simulate_until(clock, player, engine, end, step_s=25)

    for n in range(6):
        day = first_day + timedelta(days=n)
        if n == 4:  # a power cut through the evening window: its items are logged missed
            run_until(datetime.combine(day, time(16, 58)))
            clock.now = datetime.combine(day, time(17, 40))
            engine.tick(clock.now)
        run_until(datetime.combine(day + timedelta(days=1), time(5, 59)))
    run_until(datetime.combine(today, time(6, 4)))
    engine.skip()
    run_until(datetime.combine(today, time(9, 15)))
    engine.emergency(segment_ids["otp"])
    run_until(datetime.combine(today, time(10, 0)))
    engine.start_live("Thông báo họp tổ dân phố số 3", "")
    run_until(datetime.combine(today, time(10, 4, 12)))
    engine.stop_live()
    run_until(datetime.combine(today, now))
    return clock, engine


def open_station(folder: Path) -> Station:
    station = Station.open(folder / "truyenthanh.db")
    station.update_settings(
        {
            "operator_name": OPERATOR,
            "preparer_name": OPERATOR,
            "signing_form": "TM. KT.",  # Decree 30: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
            "signer_title": "PHÓ CHỦ TỊCH",
            "speech_repeat": "2",
        }
    )
    return station


def make_segments(station: Station) -> dict[str, int]:
    """Speech for seven of the sample bulletins (offline voice) and a jingle."""
    bulletins = {row["title"]: row["id"] for row in station.db["bulletins"].rows}
    keys = {
        "otp": "Cảnh giác với cuộc gọi",
        "invest": "Lừa đảo đầu tư",
        "shipper": "Cảnh báo đường link",
        "zalo": "Phòng tránh bị chiếm đoạt",
        "secrets": "Không chia sẻ tài liệu",
        "conduct": "Văn hóa ứng xử",
        "resolution": "Tiếp tục quán triệt",
    }
    segments: dict[str, int] = {}
    for key, prefix in keys.items():
        bulletin_id = next(value for title, value in bulletins.items() if title.startswith(prefix))
        segments[key], _ = speak_bulletin(station, bulletin_id, engine="offline")
        print("spoken:", prefix)
    segments["jingle"] = add_segment(
        station.db,
        station.paths.data_dir,
        title="Nhạc hiệu Đài truyền thanh phường",
        seconds=12,
        topic="",
        frequency=660,
        kind="jingle",
    )
    return segments


def shoot_pages(
    app: QApplication, station: Station, clock: FakeClock, engine: PlayoutEngine, out: Path, baseline: Period
) -> None:
    from ui.main_window import MainWindow
    from ui.playout_driver import PlayoutDriver

    today = clock.now.date()
    driver = PlayoutDriver(engine)
    window = MainWindow(station, playout=driver)
    window.resize(*SIZE)
    window.show()

    def settle(rounds: int = 20) -> None:
        for _ in range(rounds):
            app.processEvents()
            window.runner.wait_all(50)

    def shot(key: str, name: str) -> None:
        window.show_page(key)
        settle()
        window.clock_label.setText(clock.now.strftime("%H:%M:%S  %d/%m/%Y"))
        window.google_label.setText(window.tr("Giọng Google: sẵn sàng"))
        window.grab().save(str(out / name))
        print("saved", out / name)

    window.bulletins_page.table.selectRow(0)
    shot("bulletins", "screenshot-bulletins.png")
    shot("schedule", "screenshot-schedule.png")
    shot("on_air", "screenshot-on-air.png")
    shot("log", "screenshot-log.png")
    reports = window.reports_page
    reports.period_picker.set_dates(today.replace(day=1), today)
    reports.baseline_picker.set_dates(baseline.start, baseline.end)
    reports.build()
    settle(60)
    shot("reports", "screenshot-reports.png")
    shot("settings", "screenshot-settings.png")
    window.shutdown()


def render_report_pages(station: Station, folder: Path, out: Path, period: Period, baseline: Period) -> None:
    from ui.report.printer import render_report_pdf

    report = build_report(station.db, period, baseline)
    pdf = folder / "bao-cao.pdf"
    render_report_pdf(report, pdf)
    for old in out.glob("report-page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-l", "3", str(pdf), str(out / "report-page")], check=True)
    for page in sorted(out.glob("report-page-*.png")):  # pdftoppm pads page numbers: report-page-1.png
        page.rename(out / page.name.replace("-0", "-"))
    print("report pages:", sorted(p.name for p in out.glob("report-page-*.png")))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))  # as ui/application.py
    rnd = random.Random(27)
    folder = Path(tempfile.mkdtemp(prefix="truyenthanh-docs-"))
    station = open_station(folder)
    today = now_local().date()
    segments = make_segments(station)

    baseline = Period(today.replace(day=1) - timedelta(days=92), today.replace(day=1) - timedelta(days=1))
    old_log(station, baseline.start, baseline.end, rnd)
    clock, engine = play_week(station, segments, today, time(17, 3, 5))
    set_target(station.db, "Phòng chống lừa đảo qua mạng", "airings_per_day", 2)
    set_target(station.db, "Bảo vệ bí mật nhà nước trên không gian mạng", "minutes_per_week", 30)
    print("log rows:", station.db["airings"].count)

    shoot_pages(app, station, clock, engine, out, baseline)
    render_report_pages(station, folder, out, Period(today.replace(day=1), today), baseline)
    station.close()


if __name__ == "__main__":
    main()
