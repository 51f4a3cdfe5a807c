"""Relay segments in the database and on the command line; the note that carries a relay's figures; the feed's
accounting (no network needed)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from app.cli import run
from app.errors import InputError, NotFound
from app.migrations import migrations
from app.relay import note as relay_note
from app.relay.store import add_relay, get_relay, list_relays
from app.station import Station
from audio.stream import BYTES_PER_S, RelayFeed, StreamSource
from tests.audio_fixtures import add_segment
from tests.conftest import run_cli


@pytest.fixture
def db_file(tmp_path):
    path = tmp_path / "dai.db"
    station = Station.open(path)
    add_segment(station.db, station.paths.data_dir, title="Nhạc chờ", seconds=1)
    station.close()
    return path


def cli(capsys, db_file, *args: str) -> tuple[int, list[str], str]:
    code = run(["--db", str(db_file), *args])
    out, err = capsys.readouterr()
    return code, out.strip().splitlines(), err.strip()


def test_relay_add_prints_the_id_last_and_list_shows_it(capsys, db_file):
    code, out, err = cli(
        capsys,
        db_file,
        "relay",
        "add",
        "--title",
        "Thời sự Đài tỉnh",
        "--url",
        "https://radio.example.vn/live.mp3",
        "--length",
        "1800",
        "--topic",
        "an toan thong tin",
        "--fallback",
        "1",
    )
    assert code == 0, err
    segment_id = int(out[-1])
    code, out, err = cli(
        capsys, db_file, "relay", "add", "--title", "FM tỉnh", "--input", "alsa_input.line", "--length", "600"
    )
    assert code == 0, err
    station = Station.open(db_file)
    try:
        relay = get_relay(station.db, segment_id)
        assert (relay.url, relay.length_s, relay.fallback_segment_id, relay.topic) == (
            "https://radio.example.vn/live.mp3",
            1800.0,
            1,
            "An toàn thông tin",
        )
        assert [r.input_device for r in list_relays(station.db)] == [None, "alsa_input.line"]
    finally:
        station.close()
    code, out, err = cli(capsys, db_file, "relay", "list")
    assert code == 0
    assert "Thời sự Đài tỉnh  [https://radio.example.vn/live.mp3]  30 phút  (dự phòng: tiết mục 1)" in out[0]
    assert "[thiết bị thu: alsa_input.line]  10 phút  (dự phòng: nhạc chờ)" in out[1]
    assert out[-1] == "Tổng: 2 chương trình tiếp sóng"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--url", "ftp://x/y.mp3", "--length", "60"], "Địa chỉ luồng tiếp sóng không hợp lệ"),
        (["--url", "radio.vn/live", "--length", "60"], "Địa chỉ luồng tiếp sóng không hợp lệ"),
        (["--url", "http://x/y.mp3", "--length", "0"], "Thời lượng tiếp sóng phải từ 1 giây"),
        (["--url", "http://x/y.mp3", "--length", "60", "--fallback", "99"], "Không có tiết mục dự phòng số 99"),
        (["--url", "http://x/y.mp3", "--length", "60", "--topic", "Không có"], "Không có chủ đề"),
    ],
)
def test_bad_input_is_one_line_and_nothing_written(capsys, db_file, args, message):
    code, out, err = cli(capsys, db_file, "relay", "add", "--title", "Đài tỉnh", *args)
    assert code != 0 and message in err and len(err.splitlines()) == 1
    station = Station.open(db_file)
    try:
        assert list_relays(station.db) == []
    finally:
        station.close()


def test_a_relay_is_no_fallback_and_a_source_is_needed(station):
    data_dir = station.paths.data_dir
    first = add_relay(station.db, data_dir, title="A", url="http://x/a.mp3", length_s=60, created_at=station.now())
    with pytest.raises(InputError, match="không dùng làm dự phòng"):
        add_relay(
            station.db,
            data_dir,
            title="B",
            url="http://x/b",
            length_s=60,
            created_at=station.now(),
            fallback_segment_id=first,
        )
    with pytest.raises(InputError, match="đúng một nguồn"):
        add_relay(station.db, data_dir, title="C", length_s=60, created_at=station.now())
    with pytest.raises(NotFound):
        get_relay(station.db, 999)
    with pytest.raises(sqlite3.IntegrityError):  # the database itself wants a source for a relay
        station.db.execute("INSERT INTO segments (kind, title, created_at) VALUES ('relay', 'X', '2025-01-01')")


def test_the_real_program_documents_the_source_choice(db_file):
    result = run_cli("--db", str(db_file), "relay", "add", "--help")
    assert result.returncode == 0 and "--url" in result.stdout and "--input" in result.stdout
    result = run_cli(
        "--db", str(db_file), "relay", "add", "--title", "X", "--url", "http://a/b", "--input", "hw:1", "--length", "5"
    )
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1  # one source, not two


def test_m005_keeps_every_segment_of_an_older_database(tmp_path):
    db = Database(sqlite3.connect(tmp_path / "old.db", isolation_level=None))
    migrations.apply(db, stop_before="m005_relay")
    db.execute(
        "INSERT INTO segments (kind, title, audio_path, duration_s, engine, created_at) "
        "VALUES ('speech', 'Bản tin cũ', 'audio/ab/abc.mp3', 95.5, 'offline', '2025-01-01 08:00:00')"
    )
    before = db.execute("SELECT * FROM segments").fetchall()
    migrations.apply(db)
    columns = [row[1] for row in db.execute("PRAGMA table_info(segments)")]
    start = columns.index("relay_url")  # later migrations add columns after m005's (m009: text_sha256)
    assert columns[start : start + 3] == ["relay_url", "relay_input", "fallback_segment_id"]
    assert [tuple(row[:16]) for row in db.execute("SELECT * FROM segments").fetchall()] == [tuple(r) for r in before]
    db.execute(
        "INSERT INTO segments (kind, title, relay_url, duration_s, created_at) "
        "VALUES ('relay', 'Đài tỉnh', 'http://x/y', 60, '2025-01-01 08:00:00')"
    )


def test_the_note_says_the_source_and_the_seconds_and_reads_back():
    on_air = relay_note.on_air_note("http://x/live.mp3")
    assert on_air == "Tiếp sóng http://x/live.mp3."
    assert relay_note.parse(on_air) == relay_note.RelayNote(None, None)  # a crash left it on air
    done = relay_note.finished_note("http://x/live.mp3", 58.24, 1.76, "Bị ngắt để phát khẩn cấp.")
    assert done == "Tiếp sóng http://x/live.mp3. Nguồn: 58,2 giây; dự phòng: 1,8 giây. Bị ngắt để phát khẩn cấp."
    assert relay_note.parse(done) == relay_note.RelayNote(58.2, 1.8)
    assert relay_note.parse("Bị ngắt để phát khẩn cấp.") is None and relay_note.parse("") is None


def test_the_feed_counts_only_what_the_output_really_played():
    """Nothing reachable: every byte handed out is fallback, and what sat in the sound card's buffer when it
    stopped is not counted."""
    feed = RelayFeed(StreamSource(url="http://127.0.0.1:9/none.mp3"), b"\x01\x00" * 2 * 4410, connect_timeout_s=0.5)
    feed.read(BYTES_PER_S)  # before air: not counted
    feed.begin_counting()
    chunk = feed.read(BYTES_PER_S * 2)
    assert len(chunk) == BYTES_PER_S * 2 and chunk[:4] == b"\x01\x00\x01\x00"  # never silence
    assert feed.status().fallback_s == pytest.approx(2.0) and feed.status().relayed_s == 0.0
    assert feed.status(played_s=1.5).fallback_s == pytest.approx(1.5)
    assert feed.status().signal is False
    feed.close()
