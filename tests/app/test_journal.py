"""The airing journal's file: reserved space, one fsynced line per record, torn and damaged records caught."""

from __future__ import annotations

import os

from app.log.journal import (
    RESERVE_BYTES,
    AiringJournal,
    encode_record,
    journal_path,
    parse_journal,
    read_journal,
)


def test_the_journal_sits_beside_the_database(tmp_path):
    assert journal_path(tmp_path / "truyenthanh.db") == tmp_path / "truyenthanh.airing-journal"


def test_space_is_reserved_for_real_and_records_are_read_back(tmp_path):
    path = tmp_path / "j"
    journal = AiringJournal.open(path)
    stat = os.stat(path)
    assert stat.st_size == RESERVE_BYTES
    assert stat.st_blocks * 512 >= RESERVE_BYTES  # allocated blocks, not a sparse hole a full disk cannot fill
    first = journal.append("start", {"k": "a", "row": {"title": "Cảnh giác lừa đảo"}, "started": False})
    second = journal.append("heartbeat", {"k": "a", "id": None, "at": "2026-11-20 06:00:05"})
    assert (first.seq, second.seq) == (1, 2)
    assert os.stat(path).st_size == RESERVE_BYTES  # records overwrite the reserve: no new space needed
    journal.close()

    contents = read_journal(path)
    assert [(r.seq, r.kind) for r in contents.records] == [(1, "start"), (2, "heartbeat")]
    assert contents.records[0].data["row"]["title"] == "Cảnh giác lừa đảo"
    assert not contents.torn_tail and contents.damaged == 0

    again = AiringJournal.open(path)
    assert again.pending == 2 and again.append("finish", {"k": "a"}).seq == 3
    again.close()


def test_a_torn_last_record_is_ignored_and_overwritten(tmp_path):
    path = tmp_path / "j"
    journal = AiringJournal.open(path, reserve_bytes=64 * 1024)
    journal.append("start", {"k": "a", "row": {}, "started": True})
    line = encode_record(journal.journal_id, 2, "heartbeat", {"k": "a", "at": "2026-11-20 06:00:05"})
    torn_at = journal.end
    journal.close()
    with open(path, "r+b") as handle:  # the power went while the second record was being written
        handle.seek(torn_at)
        handle.write(line[: len(line) // 2])

    contents = read_journal(path)
    assert [r.seq for r in contents.records] == [1] and contents.torn_tail

    reopened = AiringJournal.open(path, reserve_bytes=64 * 1024)
    assert reopened.torn_tail and reopened.append("heartbeat", {"k": "a", "at": "x"}).seq == 2
    reopened.close()
    contents = read_journal(path)
    assert [r.seq for r in contents.records] == [1, 2] and not contents.torn_tail


def test_a_damaged_record_in_the_middle_is_skipped_and_counted(tmp_path):
    path = tmp_path / "j"
    journal = AiringJournal.open(path, reserve_bytes=64 * 1024)
    for n in range(3):
        journal.append("heartbeat", {"k": "a", "at": f"2026-11-20 06:00:0{n}"})
    journal.close()
    data = bytearray(path.read_bytes())
    second = data.index(b"2 heartbeat")
    data[second + 20] ^= 0x01  # one flipped bit
    contents = parse_journal(bytes(data))
    assert [r.seq for r in contents.records] == [1, 3] and contents.damaged == 1 and not contents.torn_tail


def test_a_record_from_an_earlier_journal_never_passes(tmp_path):
    path = tmp_path / "j"
    journal = AiringJournal.open(path, reserve_bytes=64 * 1024)
    old_line = encode_record(journal.journal_id, 1, "heartbeat", {"k": "a", "at": "x"})
    journal.append("heartbeat", {"k": "a", "at": "x"})
    journal.reset()
    assert journal.pending == 0 and read_journal(path).records == ()
    with open(path, "r+b") as handle:  # the old record's bytes put back after the reset
        handle.seek(journal.end)
        handle.write(old_line)
    assert read_journal(path).records == ()
    journal.close()


def test_a_full_disk_at_creation_keeps_what_fitted(tmp_path):
    # The reserve cannot be bigger than what the file system holds: tested for real in tests/faults.
    journal = AiringJournal.open(tmp_path / "j", reserve_bytes=0)
    assert journal.size > 0 and journal.append("heartbeat", {"k": "a"}).seq == 1
    journal.close()
