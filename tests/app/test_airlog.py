import sqlite3
from datetime import datetime, timedelta

import pytest

from app.log import airings
from tests.audio_fixtures import add_segment

T0 = datetime(2026, 11, 20, 6, 0, 0)


def _start(db, title="Cảnh giác lừa đảo", at=T0, **extra):
    return airings.start_airing(
        db,
        title=title,
        topic="Phòng chống lừa đảo qua mạng",
        started_at=at,
        trigger="scheduled",
        scheduled_at=at,
        planned_duration_s=120.0,
        **extra,
    )


def test_airing_is_written_on_air_then_finished_and_sealed(station):
    db = station.db
    airing_id = _start(db)
    row = db["airings"].get(airing_id)
    assert row["status"] == "on_air" and row["row_hash"] is None
    airings.heartbeat(db, airing_id, T0 + timedelta(seconds=5))
    assert db["airings"].get(airing_id)["heartbeat_at"] == "2026-11-20 06:00:05"
    airings.finish_airing(db, airing_id, ended_at=T0 + timedelta(seconds=118), duration_s=117.6)
    row = db["airings"].get(airing_id)
    assert row["status"] == "completed"
    assert row["ended_at"] == "2026-11-20 06:01:58"
    assert row["duration_s"] == pytest.approx(117.6)
    assert row["chain_index"] == 1 and row["prev_hash"] == airings.GENESIS_HASH
    assert row["row_hash"] == airings.row_hash(row)


def test_finished_rows_cannot_be_changed_or_deleted(station):
    db = station.db
    airing_id = _start(db)
    airings.finish_airing(db, airing_id, ended_at=T0 + timedelta(seconds=60))
    with pytest.raises(sqlite3.IntegrityError, match="read-only"):
        db.execute("UPDATE airings SET duration_s = 999 WHERE id = ?", [airing_id])
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        db.execute("DELETE FROM airings WHERE id = ?", [airing_id])
    # Finishing twice never rewrites evidence.
    airings.finish_airing(db, airing_id, ended_at=T0 + timedelta(seconds=90), status="interrupted")
    assert db["airings"].get(airing_id)["status"] == "completed"


def test_crash_leftover_becomes_interrupted_at_last_heartbeat(station):
    db = station.db
    segment = add_segment(db, station.paths.data_dir, title="Cảnh giác lừa đảo", seconds=120.0, with_file=False)
    airing_id = _start(db, segment_id=segment)
    airings.heartbeat(db, airing_id, T0 + timedelta(seconds=42))
    assert airings.recover_interrupted(db) == [airing_id]
    row = db["airings"].get(airing_id)
    assert row["status"] == "interrupted"
    assert row["ended_at"] == "2026-11-20 06:00:42"
    assert row["duration_s"] == pytest.approx(42.0)
    assert "dừng đột ngột" in row["note"]
    assert airings.recover_interrupted(db) == []


def test_not_aired_rows_add_no_airtime_and_join_the_chain(station):
    db = station.db
    missed = airings.record_not_aired(
        db,
        status="missed",
        title="Bản tin A",
        topic="An toàn thông tin",
        scheduled_at=T0,
        note="Phần mềm không chạy lúc đến giờ phát",
    )
    row = db["airings"].get(missed)
    assert row["status"] == "missed" and row["duration_s"] == 0 and row["started_at"] is None
    with pytest.raises(Exception, match="không hợp lệ"):
        airings.record_not_aired(db, status="completed", title="x", topic="y", scheduled_at=T0)
    assert airings.verify_chain(db).intact


def test_chain_links_rows_in_finishing_order_and_detects_tampering(station):
    db = station.db
    first = _start(db, title="Một")
    second = _start(db, title="Hai", at=T0 + timedelta(seconds=10))
    airings.finish_airing(db, second, ended_at=T0 + timedelta(seconds=20))
    airings.finish_airing(db, first, ended_at=T0 + timedelta(seconds=30), status="interrupted")
    check = airings.verify_chain(db)
    assert check.intact and check.rows_checked == 2
    assert check.head_hash == db["airings"].get(first)["row_hash"]
    assert airings.chain_head_hash(db) == check.head_hash

    db.execute("DROP TRIGGER airings_finished_immutable")
    db.execute("UPDATE airings SET duration_s = 3600 WHERE id = ?", [second])
    check = airings.verify_chain(db)
    assert not check.intact
    assert check.first_bad_id == second
    assert "thay đổi" in check.problem


def test_deleted_middle_row_breaks_the_chain(station):
    db = station.db
    ids = [_start(db, title=str(n), at=T0 + timedelta(minutes=n)) for n in range(3)]
    for n, airing_id in enumerate(ids):
        airings.finish_airing(db, airing_id, ended_at=T0 + timedelta(minutes=n, seconds=30))
    db.execute("DROP TRIGGER airings_no_delete")
    db.execute("DELETE FROM airings WHERE id = ?", [ids[1]])
    check = airings.verify_chain(db)
    assert not check.intact and check.first_bad_id == ids[2]


def test_imported_rows_are_sealed_in_one_transaction(station):
    db = station.db
    rows = [
        {
            "title": "Bản tin cũ",
            "topic": "An toàn thông tin",
            "started_at": "2023-05-02 06:00:00",
            "ended_at": "2023-05-02 06:03:00",
            "duration_s": 180.0,
            "status": "completed",
            "trigger": "scheduled",
            "source": "imported",
            "note": "",
        },
        {
            "title": "Bản tin lỗi",
            "topic": "An toàn thông tin",
            "started_at": "2023-05-02 07:00:00",
            "ended_at": "2023-05-02 07:03:00",
            "duration_s": 180.0,
            "status": "không-có",
            "trigger": "scheduled",
            "source": "imported",
            "note": "",
        },
    ]
    with pytest.raises(sqlite3.IntegrityError):
        airings.append_finished_rows(db, rows)
    assert db["airings"].count == 0
    airings.append_finished_rows(db, rows[:1])
    assert db["airings"].count == 1
    assert airings.verify_chain(db).intact


def _finished(db, count, offset=0):
    for n in range(offset, offset + count):
        airing_id = _start(db, title=f"Bản tin {n}", at=T0 + timedelta(minutes=n))
        airings.finish_airing(db, airing_id, ended_at=T0 + timedelta(minutes=n, seconds=50))


def test_a_checkpoint_left_in_the_database_vouches_for_nothing(station):
    """An older version kept 'verified up to here' inside the database: whoever edits the file edits that too."""
    db = station.db
    _finished(db, 4)
    assert airings.verify_chain(db).intact
    head = airings.chain_head_hash(db)
    db.execute(
        "INSERT OR REPLACE INTO chain_checkpoint (id, chain_index, row_hash, schema_version) "
        "VALUES (1, 4, ?, (SELECT schema_version FROM pragma_schema_version))",
        [head],
    )
    db.execute("DROP TRIGGER airings_finished_immutable")
    db.execute("UPDATE airings SET title = 'Đã sửa' WHERE chain_index = 2")
    db.execute("""CREATE TRIGGER airings_finished_immutable BEFORE UPDATE ON airings WHEN OLD.row_hash IS NOT NULL
                  BEGIN SELECT RAISE(ABORT, 'finished airing rows are read-only'); END""")
    check = airings.verify_chain(db)
    assert not check.intact and check.rows_checked == 1
    assert db["airings"].get(check.first_bad_id)["title"] == "Đã sửa"


ODD_VALUES = [
    'Ngoặc "kép" và \\ gạch chéo',
    "Xuống\ndòng\tvà\rký tự điều khiển \x01\x1f\x7f",
    "Chữ ngoài BMP 𝄞 và \u2028 \u00a0",
    "/ và </script>",
    "",
]


@pytest.mark.parametrize("title", ODD_VALUES)
def test_rows_with_unusual_values_verify_and_edits_to_them_are_caught(station, title):
    """The walk lets SQLite write the hashed JSON; whatever it writes differently from the reference
    encoding is re-checked the reference way, so odd text neither breaks an intact log nor hides an edit."""
    db = station.db
    airing_id = _start(db, title=title)
    airings.finish_airing(db, airing_id, ended_at=T0 + timedelta(seconds=61), duration_s=60.0004, note=title)
    _finished(db, 2, offset=1)
    assert airings.verify_chain(db).intact
    db.execute("DROP TRIGGER airings_finished_immutable")
    db.execute("UPDATE airings SET note = note || '.' WHERE id = ?", [airing_id])
    check = airings.verify_chain(db)
    assert not check.intact and check.first_bad_id == airing_id and "thay đổi" in check.problem


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE airings SET title = CAST(title AS BLOB) WHERE id = {id}",  # json_array refuses a BLOB
        "UPDATE airings SET segment_id = 'năm' WHERE id = {id}",
        "UPDATE airings SET title = CAST(x'c328' AS TEXT) WHERE id = {id}",  # not UTF-8
        "UPDATE airings SET duration_s = 50.0001 WHERE id = {id}",  # hashes as 50.000 like 50.0: no edit
    ],
)
def test_values_the_software_never_writes(station, edit):
    db = station.db
    _finished(db, 3)
    target = db.execute("SELECT id FROM airings WHERE chain_index = 2").fetchone()[0]
    db.execute("DROP TRIGGER airings_finished_immutable")
    db.execute(edit.format(id=target))
    check = airings.verify_chain(db)
    if "50.0001" in edit:  # the construction keeps milliseconds: a change below them is not one
        assert check.intact
    else:
        assert not check.intact and check.first_bad_id == target and check.rows_checked == 1


def test_the_second_process_walks_half_and_the_halves_must_link(station):
    db = station.db
    _finished(db, 9)
    whole = airings.verify_chain(db)
    split = airings.verify_chain(db, parallel_from=1)
    assert split.intact and split.rows_checked == whole.rows_checked == 9 and split.head_hash == whole.head_hash
    db.execute("DROP TRIGGER airings_finished_immutable")
    late = db.execute("SELECT id FROM airings WHERE chain_index = 8").fetchone()[0]
    db.execute("UPDATE airings SET title = 'Sửa ở nửa sau' WHERE id = ?", [late])
    check = airings.verify_chain(db, parallel_from=1)
    assert not check.intact and check.first_bad_id == late and check.rows_checked == 7
    db.execute("UPDATE airings SET title = 'Bản tin 7' WHERE id = ?", [late])
    assert airings.verify_chain(db, parallel_from=1).intact
    # The first row of the second half (position 5) linked to something else than position 4.
    first_late = db.execute("SELECT id FROM airings WHERE chain_index = 5").fetchone()[0]
    db.execute("UPDATE airings SET prev_hash = ? WHERE id = ?", ["f" * 64, first_late])
    check = airings.verify_chain(db, parallel_from=1)
    assert not check.intact and check.first_bad_id == first_late and check.rows_checked == 4


def test_a_finished_row_outside_the_chain_is_named_and_not_intact(station):
    db = station.db
    _finished(db, 2)
    db.execute(
        "INSERT INTO airings (title, topic, started_at, ended_at, duration_s, status, trigger) "
        "VALUES ('Chèn tay', 'An toàn thông tin', '2026-11-20 09:00:00', '2026-11-20 09:30:00', 1800, "
        "'completed', 'manual')"
    )
    forged = db.execute("SELECT max(id) FROM airings").fetchone()[0]
    _start(db, title="Đang phát thật")  # a row on air is the one row allowed outside the chain
    check = airings.verify_chain(db)
    assert not check.intact and check.unsealed_ids == (forged,) and check.first_bad_id == forged
    assert check.rows_checked == 2 and check.head_index == 2
