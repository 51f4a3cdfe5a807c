"""A long import commits many chunks without an fsync; only the durable end of it is anchored outside the
database, and the connection the playout writes through is never relaxed meanwhile."""

from __future__ import annotations

from datetime import datetime

from app.log import anchors
from app.log.importer import append_steps, apply_import, preview_import, resume_imports
from app.log.verify import inspect_log
from tests.app.test_report import aired
from tests.log_files import cached_paper_log

ROWS = 3000
NOW = datetime(2026, 11, 27, 9, 0, 0)
FULL = 2


def anchor_lines(station) -> list[anchors.Anchor]:
    return list(anchors.read_anchors(anchors.station_anchor_file(station.paths)).anchors)


def commit_point(station) -> int:
    """Preview and pass the commit point, as apply_import does, leaving the chunks to the caller."""
    preview = preview_import(station.db, cached_paper_log(ROWS), now=NOW)
    assert preview.ok and len(preview.rows) == ROWS
    try:
        apply_import(station.db, preview, progress=_stop_at_once)
    except _Stopped:
        pass
    return station.db.execute("SELECT id FROM import_batches").fetchone()[0]


class _Stopped(Exception):
    pass


def _stop_at_once(done: int, total: int) -> None:
    raise _Stopped  # the first chunk is in; the rest waits for the roll-forward


def test_an_import_is_anchored_once_at_its_end(station):
    before = anchor_lines(station)
    preview = preview_import(station.db, cached_paper_log(ROWS), now=NOW)
    chunks: list[int] = []
    apply_import(station.db, preview, progress=lambda done, total: chunks.append(done))
    assert len(chunks) > 3  # many chunk commits ...
    added = anchor_lines(station)[len(before) :]
    head = anchors.database_head(station.db)
    assert [(line.index, line.hash, line.event) for line in added] == [(head[0], head[1], "seal")]  # ... one anchor
    assert inspect_log(station.db).intact


def test_the_callers_connection_keeps_full_sync_and_its_airings_are_anchored_at_once(station):
    batch_id = commit_point(station)
    steps = append_steps(station.db, batch_id)
    next(steps)
    assert station.db.execute("PRAGMA synchronous").fetchone()[0] == FULL
    before = len(anchor_lines(station))
    airing = aired(station.db, "An toàn thông tin", "2026-11-27 08:00:00", 60)  # the playout, mid-import
    lines = anchor_lines(station)
    assert len(lines) == before + 1  # anchored when it committed (FULL), not at the import's end
    assert lines[-1].index == anchors.database_head(station.db)[0]
    for _step in steps:
        assert station.db.execute("PRAGMA synchronous").fetchone()[0] == FULL
    assert anchor_lines(station)[-1].index == anchors.database_head(station.db)[0]
    assert station.db.execute("SELECT state FROM import_batches").fetchone()[0] == "done"
    assert station.db.execute("SELECT count(*) FROM airings WHERE id = ?", [airing]).fetchone()[0] == 1
    assert inspect_log(station.db).intact


def test_an_import_stopped_part_way_is_anchored_when_the_roll_forward_ends(station):
    before = len(anchor_lines(station))
    commit_point(station)
    done = station.db.execute("SELECT rows_done FROM import_batches").fetchone()[0]
    assert 0 < done < ROWS
    assert len(anchor_lines(station)) == before  # the chunks so far are not anchored ...
    assert inspect_log(station.db).intact  # ... and a log ahead of its last anchor is not tampering
    [(pending, added)] = resume_imports(station.db)
    assert added == ROWS - done
    lines = anchor_lines(station)
    assert len(lines) == before + 1 and lines[-1].index == anchors.database_head(station.db)[0]
    assert inspect_log(station.db).intact
