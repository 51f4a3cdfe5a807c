"""Reports count relay (tiếp sóng) apart from the station's own programmes: JSON period.relay and baseline.relay,
relay's share, and the PDF line; the relayed seconds are inside the row's hash."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta

import pytest

from app.log import airings
from app.log.verify import inspect_log
from app.relay import note as relay_note
from app.report import Period, build_report, report_to_json

URL = "http://radio.example.vn/tinh.mp3"
APRIL = Period(date(2026, 4, 1), date(2026, 4, 30))
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))


def aired(db, start: str, seconds: float, *, topic: str = "", note: str = "", status: str = "completed", planned=None):
    started = datetime.fromisoformat(start)
    airing_id = airings.start_airing(
        db,
        title="Tiếp sóng Đài tỉnh" if note else "Bản tin",
        topic=topic,
        started_at=started,
        trigger="scheduled",
        scheduled_at=started,
        planned_duration_s=planned or seconds,
        note=note,
    )
    airings.finish_airing(
        db, airing_id, ended_at=started + timedelta(seconds=seconds), status=status, duration_s=seconds, note=note
    )
    return airing_id


@pytest.fixture
def relay_log(station):
    db = station.db
    fraud = "Phòng chống lừa đảo qua mạng"
    aired(db, "2026-03-10 06:00:00", 120, topic=fraud)
    aired(db, "2026-03-10 17:00:00", 900, note=relay_note.finished_note(URL, 900, 0))
    aired(db, "2026-04-02 06:00:00", 180, topic=fraud)
    aired(db, "2026-04-02 06:10:00", 120, topic="An toàn thông tin")
    aired(db, "2026-04-03 17:00:00", 1800, note=relay_note.finished_note(URL, 1500, 300))
    # The source never answered: the fallback filled the slot; no relay airing, 600 s of fallback.
    aired(db, "2026-04-04 17:00:00", 600, note=relay_note.finished_note(URL, 0, 600, "Không nhận được tín hiệu."))
    # Cut short (20 of 1800 s): counted nowhere, as every cut-short airing.
    aired(db, "2026-04-05 17:00:00", 20, note=relay_note.finished_note(URL, 20, 0), status="interrupted", planned=1800)
    return station


def test_relay_is_counted_apart_and_topic_totals_stay(relay_log):
    report = build_report(relay_log.db, APRIL, MARCH)
    data = report_to_json(report)
    assert data["period"]["relay"] == {
        "airings": 1,
        "seconds": 1500.0,
        "fallback_seconds": 900.0,
        "local_seconds": 300.0,
        "share_percent": 83.33,
    }
    assert data["baseline"]["relay"]["airings"] == 1 and data["baseline"]["relay"]["seconds"] == 900.0
    assert data["baseline"]["relay"]["local_seconds"] == 120.0
    # The per-topic totals count what they always counted.
    topics = {row["topic"]: (row["airings"], row["seconds"]) for row in data["topics"]}
    assert topics["Phòng chống lừa đảo qua mạng"] == (1, 180.0) and topics["An toàn thông tin"] == (1, 120.0)
    assert data["period"]["airings"] == 4 and data["period"]["seconds"] == 2700.0


def test_no_relay_reads_zero_and_no_share(station):
    data = report_to_json(build_report(station.db, APRIL))
    assert data["period"]["relay"] == {
        "airings": 0,
        "seconds": 0.0,
        "fallback_seconds": 0.0,
        "local_seconds": 0.0,
        "share_percent": None,
    }
    assert data["baseline"] is None


def test_the_pdf_says_relay_and_own_programmes(relay_log, qapp, tmp_path):
    from ui.report.printer import render_report_pdf

    path = render_report_pdf(build_report(relay_log.db, APRIL, MARCH), tmp_path / "bao-cao.pdf")
    text = " ".join(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    assert "Tiếp sóng: 1 lượt, 25,0 phút; tự sản xuất: 5,0 phút (tiếp sóng chiếm 83,3%)" in text
    assert "phát dự phòng khi mất tín hiệu: 15,0 phút" in text


def test_the_relayed_seconds_are_inside_the_hash(relay_log):
    """Raising the seconds relayed, with the sqlite3 shell, breaks the chain at that row."""
    db_path = relay_log.paths.database
    relay_log.close()
    [row_id] = [
        r[0]
        for r in subprocess.run(
            ["sqlite3", str(db_path), "SELECT id FROM airings WHERE note LIKE '%1500,0%'"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    ]
    subprocess.run(
        [
            "sqlite3",
            str(db_path),
            "DROP TRIGGER airings_finished_immutable; UPDATE airings SET note = replace(note, 'Nguồn: 1500,0', "
            f"'Nguồn: 1800,0') WHERE id = {row_id};",
        ],
        check=True,
    )
    from app.station import Station

    station = Station.open(db_path)
    try:
        verdict = inspect_log(station.db)
        assert not verdict.intact and verdict.chain.first_bad_id == int(row_id)
    finally:
        station.close()
