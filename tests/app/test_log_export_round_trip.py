"""`log export` then `log import`: an exported log (Vietnamese headers and labels, or --codes) imports into
another station as the same rows, and into its own station as nothing new. Formula-looking titles survive the
spreadsheet-safe mark (app/spreadsheet_safe.py) both ways."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest

from app.cli import run
from app.labels import trigger_label
from app.log import airings
from app.station import Station
from tests.app.test_log_export import fill_log

SAME = "title, topic, started_at, ended_at, scheduled_at, status, trigger, operator, note, duration_s"


def fill(db) -> None:
    fill_log(db)  # quotes, commas, a newline in a note, live, interrupted, missed, one still on air on the 18th
    airings.record_not_aired(
        db,
        status="skipped",
        title='=HYPERLINK("http://x","bấm")',
        topic="-Kiểm thử",
        scheduled_at=datetime(2025, 3, 17, 17, 0),
        note="+1",
    )
    urgent = airings.start_airing(
        db, title="Báo bão", topic="Phòng chống thiên tai", started_at=datetime(2025, 3, 17, 20, 0), trigger="urgent"
    )
    airings.finish_airing(db, urgent, ended_at=datetime(2025, 3, 17, 20, 1, 0), duration_s=59.5, status="completed")
    failed = airings.start_airing(
        db, title="Tệp hỏng", topic="Y tế", started_at=datetime(2025, 3, 17, 21, 0), trigger="manual"
    )
    airings.finish_airing(db, failed, ended_at=datetime(2025, 3, 17, 21, 0), duration_s=0.0, status="failed")


def rows(db_file) -> list[tuple]:
    station = Station.open(db_file)
    try:
        return station.db.execute(f"SELECT {SAME} FROM airings WHERE status != 'on_air' ORDER BY id").fetchall()
    finally:
        station.close()


def stored_triggers(db_file) -> list[tuple]:
    station = Station.open(db_file)
    try:
        return station.db.execute("SELECT trigger FROM airings WHERE status != 'on_air' ORDER BY id").fetchall()
    finally:
        station.close()


def table(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def cli(capsys, *args: str) -> str:
    code = run(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize("codes", [False, True])
def test_an_exported_log_imports_back_as_the_same_rows(capsys, tmp_path, codes):
    source, copy = tmp_path / "phuong.db", tmp_path / "thi-xa.db"
    station = Station.open(source)
    fill(station.db)
    station.close()
    Station.open(copy).close()
    exported, again = tmp_path / "xuat.csv", tmp_path / "xuat-lai.csv"
    extra = ["--codes"] if codes else []
    window = ["--from", "2025-03-16", "--to", "2025-03-17"]  # the row still on air (the 18th) is not exported
    cli(capsys, "--db", str(source), "log", "export", *window, "-o", str(exported), *extra)
    text = exported.read_text(encoding="utf-8-sig")
    assert ("status_label" in text) is codes and ("Bị ngắt" in text)
    assert "'=HYPERLINK" in text and "'-Kiểm thử" in text  # a spreadsheet shows it as text, never runs it

    out = cli(capsys, "--db", str(copy), "log", "import", str(exported))
    assert "Đã nhập 6 dòng" in out
    original = rows(source)
    assert len(original) == 6 and rows(copy) == original
    assert original[3][0] == '=HYPERLINK("http://x","bấm")' and original[3][8] == "+1"

    cli(capsys, "--db", str(copy), "log", "export", *window, "-o", str(again), *extra)
    # The leading columns and the duration; ids, sources and hashes differ between two stations by design.
    written = table(exported)
    assert len(written) == 7  # the header and six rows
    again_rows = table(again)
    trigger = written[0].index("trigger" if codes else "Kiểu phát")
    same = [column for column in range(10) if column != trigger]
    assert [[row[c] for c in same] for row in written] == [[row[c] for c in same] for row in again_rows]
    # In the second station the rows are imported ones and say so ("Nhập từ sổ cũ"); the codes are the same.
    if codes:
        assert [row[trigger] for row in written] == [row[trigger] for row in again_rows]
    else:
        stored = [code for (code,) in stored_triggers(copy)]
        assert [row[trigger] for row in again_rows[1:]] == [trigger_label(code, "imported") for code in stored]

    out = cli(capsys, "--db", str(source), "log", "import", str(exported))
    assert "Đã nhập 0 dòng" in out and "6 dòng đã có trong nhật ký" in out
    assert len(rows(source)) == 6


def test_the_export_covers_the_dates_asked(tmp_path):
    """The round trip above relies on the window: a day outside it is not in the file."""
    from app.log.export import export_csv

    station = Station.open(tmp_path / "dai.db")
    fill(station.db)
    assert export_csv(station.db, date(2025, 3, 18), date(2025, 3, 18), tmp_path / "ngay-18.csv") == 1
    station.close()
