import sqlite3
import time

import pytest
from sqlite_utils import Database

from app.database import _connect, open_database, schema_version, set_busy_timeout
from app.errors import StorageError
from app.migrations import migrations
from app.starter_data import SAMPLE_BULLETINS, TOPICS

ALL_MIGRATIONS = [m.name for m in migrations._migrations]


def test_fresh_file_gets_every_migration_and_pragmas(db_path):
    db = open_database(db_path)
    assert schema_version(db) == ALL_MIGRATIONS
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    for table in (
        "topics",
        "directives",
        "bulletins",
        "segments",
        "windows",
        "schedule_items",
        "airings",
        "settings",
        "pronunciations",
        "targets",
    ):
        assert db[table].exists(), table
    columns = set(db["airings"].columns_dict)
    assert {"scheduled_at", "started_at", "ended_at", "status", "trigger", "title", "topic"} <= columns


def test_a_short_busy_timeout_gives_up_on_a_held_lock_well_before_the_default(db_path):
    """The window's playout sets 250 ms: a write behind another program's lock fails fast (10 s otherwise)."""
    db = open_database(db_path)
    set_busy_timeout(db, 250)
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 250
    holder = sqlite3.connect(str(db_path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            db.execute("UPDATE settings SET value = value WHERE key = 'station_name'")
        assert time.monotonic() - started < 5.0
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        db.close()


def test_second_start_applies_nothing_and_does_not_reseed(db_path):
    open_database(db_path).close()
    db = open_database(db_path)
    assert schema_version(db) == ALL_MIGRATIONS
    assert db["bulletins"].count == len(SAMPLE_BULLETINS)
    assert db["topics"].count == len(TOPICS)


def test_old_version_is_upgraded_keeping_its_data(db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    old = Database(_connect(db_path))
    migrations.apply(old, stop_before="m002_targets")
    old["topics"].insert({"name": "Chủ đề cũ", "colour": "#000000"})
    old.close()

    db = open_database(db_path, seed=False)
    assert schema_version(db) == ALL_MIGRATIONS
    assert [row["name"] for row in db["topics"].rows] == ["Chủ đề cũ"]
    topic_id = db["topics"].get(1)["id"]
    db["targets"].insert({"topic_id": topic_id, "metric": "airings_per_day", "minimum": 2})
    assert db["targets"].count == 1


def test_not_a_database_is_a_clear_storage_error(db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(b"this is a text file, not sqlite" * 100)
    with pytest.raises(StorageError, match="bị hỏng"):
        open_database(db_path)


def test_foreign_keys_are_enforced(db_path):
    db = open_database(db_path)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO bulletins (title, topic_id, body, created_at, updated_at) "
            "VALUES ('x', 999, 'y', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
