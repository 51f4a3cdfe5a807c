"""The playout engine while another program holds the database: it plays on time, its records go to the
journal, a restart never plays a journaled slot again, and everything reaches the chain afterwards."""

from __future__ import annotations

import sqlite3

from app.log import airings
from app.log.recorder import JOURNAL, OK
from tests.app.test_playout_engine import Rig, at


class Holder:
    def __init__(self, path) -> None:
        self.conn = sqlite3.connect(str(path), isolation_level=None)
        self.conn.execute("BEGIN EXCLUSIVE")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


def test_a_locked_database_never_delays_or_repeats_an_airing(station):
    rig = Rig(station, at("05:59:00"))
    seg = rig.segment("Cảnh giác lừa đảo", 30)
    item = rig.one_off(seg, at("06:00:00"))
    health = []
    rig.engine.add_health_listener(health.append)
    rig.start()
    holder = Holder(station.paths.database)
    rig.run_until(at("06:00:20"))
    assert [when for _path, when in rig.player.plays] == [at("06:00:00")]  # on its second, not 10 s late
    assert rig.rows() == []
    assert rig.engine.log_health.state == JOURNAL and [h.state for h in health] == [JOURNAL]
    assert rig.engine.snapshot().log_health.pending >= 3  # pending start, real start, heartbeats

    rig.crash()  # killed mid-airing while the database is still held
    rig.start()
    rig.run_until(at("06:01:00"))
    assert len(rig.player.plays) == 1  # the journaled slot is known: not played twice
    assert rig.engine.log_health.state == JOURNAL

    holder.release()
    rig.run_until(at("06:01:03"))
    assert rig.engine.log_health.state == OK
    [row] = rig.rows()
    assert (row["schedule_item_id"], row["status"], row["started_at"]) == (item, "interrupted", "2025-03-17 06:00:00")
    assert airings.JOURNAL_NOTE in row["note"] and "dừng đột ngột" in row["note"]
    assert 16.0 <= row["duration_s"] <= 20.0  # up to its last heartbeat (every 2 s) before the crash
    assert airings.verify_chain(station.db).intact


def test_an_airing_finished_while_locked_is_complete_once_replayed(station):
    rig = Rig(station, at("05:59:00"))
    seg = rig.segment("Bản tin", 30)
    rig.one_off(seg, at("06:00:00"))
    rig.start()
    holder = Holder(station.paths.database)
    rig.run_until(at("06:00:40"))
    finished = [e for e in rig.events if e.kind == "finished"]
    assert finished and finished[0].airing_id is None  # its row is in the journal for now
    holder.release()
    rig.run_until(at("06:00:42"))
    [row] = rig.rows()
    assert (row["status"], row["duration_s"], row["started_at"], row["ended_at"]) == (
        "completed",
        30.0,
        "2025-03-17 06:00:00",
        "2025-03-17 06:00:30",
    )
    assert airings.JOURNAL_NOTE in row["note"] and airings.verify_chain(station.db).intact
