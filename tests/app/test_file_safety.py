"""Files that are ours and input that is bounded: spreadsheet-safe exports, planted links left alone, other
programs' temporary files kept, owner-only modes, and each oversized or wrong input refused in one line.

Every command runs through app.cli.run against a real station database; files are read back with openpyxl,
csv and stat. The disk-full half is tests/faults/test_file_safety_disk_full.py.
"""

from __future__ import annotations

import csv
import os
import stat
import sys
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import run
from app.errors import StorageError
from app.file_replace import atomic_write, open_own
from app.instance_lock import StationLock, lock_path
from app.log import anchors
from app.log.airings import finish_airing, start_airing
from app.log.journal import AiringJournal, journal_path
from app.paths import StationPaths
from app.spreadsheet_safe import csv_cell, from_csv_cell, looks_like_formula
from app.startup_checks import run_startup_checks
from app.station import Station

T0 = datetime(2026, 11, 20, 6, 0, 0)
FORMULA_TITLES = ('=HYPERLINK("http://example.invalid/";"Bấm")', "=1+1", "+84 912", "-2+3", "@SUM(A1)", "\tTab")
TOPIC = "=Chủ đề lạ"
POSIX = sys.platform != "win32"


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line(code: int, err: str, fragment: str = "") -> None:
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert fragment in lines[0], lines[0]


def _files(folder: Path) -> set[str]:
    return {entry.name for entry in folder.iterdir()}


@pytest.fixture
def formula_station(db_path: Path) -> Path:
    station = Station.open(db_path)
    try:
        for n, title in enumerate(FORMULA_TITLES):
            at = T0 + timedelta(minutes=10 * n)
            airing = start_airing(
                station.db, title=title, topic=TOPIC, started_at=at, trigger="scheduled", scheduled_at=at
            )
            finish_airing(station.db, airing, ended_at=at + timedelta(seconds=95))
    finally:
        station.close()
    return db_path


# ---------------------------------------------------------------- spreadsheet-safe exports


def test_the_rule_touches_text_only():
    for text in FORMULA_TITLES + ("\rCR",):
        assert looks_like_formula(text) and csv_cell(text) == "'" + text and from_csv_cell(csv_cell(text)) == text
    for value in ("Bản tin sáng", "'trích dẫn", "", 12, -3.5, None):
        assert not looks_like_formula(value) and csv_cell(value) == value
    assert from_csv_cell("'trích dẫn") == "'trích dẫn"  # an apostrophe of the operator's own stays


def test_xlsx_report_keeps_formula_titles_as_text_and_numbers_as_numbers(formula_station, tmp_path, capsys):
    target = tmp_path / "bao-cao.xlsx"
    code, _, err = _cli(capsys, "--db", str(formula_station), "report", "--from", "2026-11-20", "--to",
                        "2026-11-20", "-o", str(target))  # fmt: skip
    assert code == 0, err
    book = load_workbook(target)
    annex = book["Phụ lục"]
    titles = {}
    for row in annex.iter_rows(min_row=2):
        titles[row[2].value] = row
    assert set(FORMULA_TITLES) <= set(titles)
    for title in FORMULA_TITLES:
        cell = titles[title][2]
        assert cell.data_type == "s", (title, cell.data_type)  # a string cell, never "f"
        assert titles[title][3].value == TOPIC and titles[title][3].data_type == "s"
        seconds = titles[title][4]
        assert seconds.data_type == "n" and float(seconds.value) == 95.0
    topics = book["Theo chủ đề"]
    rows = {row[0].value: row for row in topics.iter_rows(min_row=2)}
    assert rows[TOPIC][0].data_type == "s"
    assert rows[TOPIC][1].value == len(FORMULA_TITLES) and rows[TOPIC][1].data_type == "n"
    for sheet in book.worksheets:  # nothing anywhere in the book is a formula
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row), sheet.title
    # The XML itself: no <f> element at all.
    with zipfile.ZipFile(target) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


def test_csv_report_and_log_export_prefix_formula_text(formula_station, tmp_path, capsys):
    report = tmp_path / "bao-cao.csv"
    code, _, err = _cli(capsys, "--db", str(formula_station), "report", "--from", "2026-11-20", "--to",
                        "2026-11-20", "--annex", "-o", str(report))  # fmt: skip
    assert code == 0, err
    rows = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines()))
    assert ["'" + TOPIC, str(len(FORMULA_TITLES))] == rows[1][:2]  # the count stays a plain number
    annex_titles = [row[2] for row in rows if len(row) > 10 and row[0] == "2026-11-20"]
    assert sorted(annex_titles) == sorted("'" + title for title in FORMULA_TITLES)

    log = tmp_path / "nhat-ky.csv"
    code, _, err = _cli(capsys, "--db", str(formula_station), "log", "export", "--from", "2026-11-20", "--to",
                        "2026-11-20", "-o", str(log))  # fmt: skip
    assert code == 0, err
    exported = list(csv.DictReader(log.read_text(encoding="utf-8-sig").splitlines()))
    assert sorted(row["Tiêu đề"] for row in exported) == sorted("'" + title for title in FORMULA_TITLES)
    assert {row["Chủ đề"] for row in exported} == {"'" + TOPIC}
    assert {row["Thời lượng (giây)"] for row in exported} == {"95"}


def test_the_log_csv_imports_back_without_the_apostrophe(formula_station, tmp_path, capsys):
    log = tmp_path / "nhat-ky.csv"
    assert _cli(capsys, "--db", str(formula_station), "log", "export", "--from", "2026-11-20", "--to",
                "2026-11-20", "-o", str(log))[0] == 0  # fmt: skip
    other = tmp_path / "khac" / "truyenthanh.db"
    other.parent.mkdir()
    code, out, err = _cli(capsys, "--db", str(other), "log", "import", str(log))
    assert code == 0, err
    station = Station.open(other, read_only=True)
    try:
        titles = sorted(row["title"] for row in station.db["airings"].rows)
        topics = {row["topic"] for row in station.db["airings"].rows}
    finally:
        station.close()
    assert titles == sorted(title.strip() for title in FORMULA_TITLES) and topics == {TOPIC}  # import trims blanks


# ---------------------------------------------------------------- planted links


def _plant(link: Path, tmp_path: Path) -> Path:
    victim = tmp_path / "tai-lieu-quan-trong.txt"
    victim.write_bytes(b"noi dung cua nguoi khac\n")
    link.symlink_to(victim)
    return victim


def test_a_link_at_the_lock_is_refused_and_its_target_untouched(db_path, tmp_path):
    Station.open(db_path).close()
    paths = StationPaths.for_database(db_path)
    lock_path(paths).unlink(missing_ok=True)
    victim = _plant(lock_path(paths), tmp_path)
    with pytest.raises(StorageError, match="liên kết"):
        StationLock.acquire(paths, "headless")
    assert victim.read_bytes() == b"noi dung cua nguoi khac\n" and lock_path(paths).is_symlink()


def test_a_link_at_the_journal_or_the_database_is_refused(db_path, tmp_path):
    journal = journal_path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    victim = _plant(journal, tmp_path)
    with pytest.raises(StorageError, match="liên kết"):
        AiringJournal.open(journal)
    assert victim.read_bytes() == b"noi dung cua nguoi khac\n"

    other = tmp_path / "dai2" / "truyenthanh.db"
    other.parent.mkdir()
    other_victim = tmp_path / "co-so-du-lieu-khac.db"
    Station.open(other_victim).close()
    before = other_victim.read_bytes()
    other.symlink_to(other_victim)
    with pytest.raises(StorageError, match="liên kết"):
        Station.open(other)
    assert other_victim.read_bytes() == before


def test_the_write_test_never_follows_a_link(db_path, tmp_path):
    Station.open(db_path).close()
    old_name = db_path.parent / f".kiem-tra-ghi.{os.getpid()}.tmp"  # the name the check used to write
    victim = _plant(old_name, tmp_path)
    paths = StationPaths.for_database(db_path)
    problems = run_startup_checks(paths)
    assert "read_only_folder" not in {problem.code for problem in problems}
    assert victim.read_bytes() == b"noi dung cua nguoi khac\n" and old_name.is_symlink()
    assert not [name for name in _files(db_path.parent) if name.startswith(".kiem-tra-ghi.") and name != old_name.name]


def test_backup_report_and_tts_refuse_a_link_at_the_output(db_path, tmp_path, capsys):
    Station.open(db_path).close()
    for name, argv in (
        ("sao-luu.db", ("backup", "-o")),
        ("bao-cao.json", ("report", "--from", "2026-11-20", "--to", "2026-11-20", "-o")),
        ("nhat-ky.csv", ("log", "export", "--from", "2026-11-20", "--to", "2026-11-20", "-o")),
        ("ban-tin.mp3", ("tts", "-", "-o")),
    ):
        link = tmp_path / name
        victim = tmp_path / f"nan-nhan-{name}"
        victim.write_bytes(b"giu nguyen")
        link.symlink_to(victim)
        code, _, err = _cli(capsys, "--db", str(db_path), *argv, str(link))
        _one_line(code, err, "liên kết")
        assert victim.read_bytes() == b"giu nguyen" and link.is_symlink(), name
        assert not [entry for entry in _files(tmp_path) if entry.endswith(".tmp")], name


def test_open_own_refuses_a_link_and_creates_exclusively(tmp_path):
    victim = _plant(tmp_path / "rieng", tmp_path)
    with pytest.raises(StorageError):
        open_own(tmp_path / "rieng")
    assert victim.read_bytes() == b"noi dung cua nguoi khac\n"
    fd, created = open_own(tmp_path / "moi")
    os.close(fd)
    fd, again = open_own(tmp_path / "moi")
    os.close(fd)
    assert created and not again
    old = tmp_path / "cu"  # a lock or journal left 0644 by an older version
    old.write_bytes(b"")
    old.chmod(0o644)
    fd, _ = open_own(old)
    os.close(fd)
    assert stat.S_IMODE(old.stat().st_mode) == (0o600 if POSIX else stat.S_IMODE(old.stat().st_mode))


# ---------------------------------------------------------------- other programs' temporary files


def test_a_foreign_temp_file_survives_backup_and_restore(db_path, tmp_path, capsys):
    Station.open(db_path).close()
    usb = tmp_path / "usb"
    usb.mkdir()
    foreign = [usb / ".x.4242.tmp", usb / ".x.db.4242.tmp", db_path.parent / ".x.4242.tmp",
               db_path.parent / f".{db_path.name}.4242.tmp"]  # fmt: skip
    for path in foreign:
        path.write_bytes(b"tep tam cua chuong trinh khac")
        os.utime(path, (0, 0))  # old enough for any age rule
    code, _, err = _cli(capsys, "--db", str(db_path), "backup", "-o", str(usb / "x.db"))
    assert code == 0, err
    code, _, err = _cli(capsys, "--db", str(db_path), "restore", str(usb / "x.db"))
    assert code == 0, err
    for path in foreign:
        assert path.read_bytes() == b"tep tam cua chuong trinh khac", path


def test_a_failed_write_leaves_nothing_and_keeps_the_old_file(tmp_path):
    target = tmp_path / "bao-cao.json"
    target.write_text("ban cu")
    with pytest.raises(RuntimeError), atomic_write(target) as temp:
        temp.write_text("ban moi do dang")
        raise RuntimeError("hỏng giữa chừng")
    assert target.read_text() == "ban cu" and _files(tmp_path) == {"bao-cao.json"}


# ---------------------------------------------------------------- modes


@pytest.mark.skipif(
    not POSIX, reason="file modes are POSIX: on Windows the user profile's ACL keeps the station's files private"
)
def test_the_log_and_its_copies_are_owner_only(db_path, tmp_path, capsys):
    db_path.parent.chmod(0o755)  # a folder of the operator's, as --db names one
    station = Station.open(db_path)
    paths = station.paths
    try:
        airing = start_airing(station.db, title="Bản tin", topic="Chung", started_at=T0, trigger="manual")
        finish_airing(station.db, airing, ended_at=T0 + timedelta(seconds=60))  # sealed: the anchor file is written
    finally:
        station.close()
    code, _, err = _cli(capsys, "--db", str(db_path), "backup")
    assert code == 0, err
    journal = AiringJournal.open(journal_path(db_path))
    os.close(journal.fd)
    StationLock.acquire(paths, "headless").release()

    def mode(path: Path) -> int:
        return stat.S_IMODE(os.lstat(path).st_mode)

    backups = [entry for entry in paths.backup_dir.iterdir() if entry.suffix == ".db"]
    assert backups
    for path in [db_path, journal_path(db_path), anchors.station_anchor_file(paths), *backups, lock_path(paths)]:
        assert mode(path) == 0o600, (path, oct(mode(path)))
    for folder in (paths.data_dir, paths.backup_dir, paths.log_dir, paths.audio_store):
        assert mode(folder) == 0o700, (folder, oct(mode(folder)))
    assert mode(db_path.parent) == 0o755  # the folder the operator chose for --db keeps its rights
    chosen = tmp_path / "usb-sao-luu.db"
    assert _cli(capsys, "--db", str(db_path), "backup", "-o", str(chosen))[0] == 0
    assert mode(chosen) == 0o600


# ---------------------------------------------------------------- bounded input


def test_normalize_and_tts_refuse_endless_or_huge_text(db_path, tmp_path, capsys, monkeypatch):
    import io

    code, _, err = _cli(capsys, "--db", str(db_path), "normalize", "/dev/zero")  # an endless input
    _one_line(code, err, "quá dài")
    big = tmp_path / "dai.txt"
    big.write_bytes(("Bà con chú ý. " * 200_000).encode())  # about 3 MB
    code, _, err = _cli(capsys, "--db", str(db_path), "normalize", str(big))
    _one_line(code, err, "quá dài")
    out = tmp_path / "ra.mp3"
    code, _, err = _cli(capsys, "--db", str(db_path), "tts", str(big), "-o", str(out), "--engine", "offline")
    _one_line(code, err, "quá dài")
    assert not out.exists() and not [name for name in _files(tmp_path) if name.startswith(".")]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a" * (3 * 1024 * 1024))))
    code, _, err = _cli(capsys, "--db", str(db_path), "normalize", "-")
    _one_line(code, err, "Đầu vào chuẩn quá dài")


def _docx_bomb(path: Path, inflated_mb: int) -> Path:
    """A real .docx (word/document.xml and its parts) whose document inflates to `inflated_mb` MB of spaces."""
    from tests.app.test_bulletins import make_docx

    make_docx(path, ["Bản tin"])
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    document = parts.pop("word/document.xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
        with out.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(document[:-20])
            block = b" " * (1 << 20)
            for _ in range(inflated_mb):
                member.write(block)
            member.write(document[-20:])
    return path


def test_a_docx_that_inflates_too_far_is_refused_before_reading(db_path, tmp_path, capsys):
    bomb = _docx_bomb(tmp_path / "bom.docx", 100)
    assert bomb.stat().st_size < 1024 * 1024
    Station.open(db_path).close()
    code, _, err = _cli(capsys, "--db", str(db_path), "bulletin", "add", "--title", "Bom", "--topic", "Chung",
                        "--file", str(bomb))  # fmt: skip
    _one_line(code, err, "giải nén")
    station = Station.open(db_path, read_only=True)
    try:
        assert station.db["bulletins"].count == 0 or not [
            row for row in station.db["bulletins"].rows if row["title"] == "Bom"
        ]
    finally:
        station.close()


def test_an_hls_playlist_named_mp3_is_not_a_recording(db_path, tmp_path, capsys):
    from tests.audio_fixtures import make_tone

    segment = make_tone(tmp_path / "doan.mp3", 2.0)
    playlist = tmp_path / "ban-ghi.mp3"
    playlist.write_text(
        f"#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:3\n#EXTINF:2.0,\n{segment}\n#EXT-X-ENDLIST\n",
        encoding="utf-8",
    )
    Station.open(db_path).close()
    code, _, err = _cli(capsys, "--db", str(db_path), "bulletin", "import-audio", str(playlist), "--title", "Ghi âm",
                        "--topic", "Chung")  # fmt: skip
    _one_line(code, err, "danh sách phát")
    station = Station.open(db_path, read_only=True)
    try:
        assert not [row for row in station.db["segments"].rows if row["title"] == "Ghi âm"]
    finally:
        station.close()
    assert not list(StationPaths.for_database(db_path).audio_store.rglob("*.mp3"))


def test_db_that_is_a_folder_or_in_a_missing_folder_is_refused(tmp_path, capsys):
    folder = tmp_path / "thu-muc"
    folder.mkdir()
    code, out, err = _cli(capsys, "--db", str(folder), "check")
    _one_line(code, err, "là một thư mục")
    assert "Không phát hiện vấn đề" not in out
    missing = tmp_path / "khong-co" / "truyenthanh.db"
    code, _, err = _cli(capsys, "--db", str(missing), "check")
    _one_line(code, err, "không có thư mục")
    assert _files(tmp_path) == {"thu-muc"} and not list(folder.iterdir())


@pytest.mark.parametrize("day", ["0001-01-01", "1899-12-31", "2101-01-01", "01/01/9999"])
def test_dates_outside_1900_2100_are_refused(db_path, capsys, day):
    Station.open(db_path).close()
    code, _, err = _cli(capsys, "--db", str(db_path), "report", "--from", day, "--to", "2026-11-20", "-o", "-",
                        "--format", "json")  # fmt: skip
    _one_line(code, err, "1900 đến 2100")
