"""Someone changes the airtime log outside the software, the way an adversarial tester did: with the sqlite3
shell, a byte editor, a copy of an older file, or a script that recomputes the hash chain. Each attack is
carried out for real on a closed station; then `log verify`, `check` (the start-up checks) and a report
must all say the same thing, naming what changed, and the report must count nothing that did not air.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from app.log import airings, anchors
from app.paths import StationPaths
from app.startup_checks import check_or_raise, run_startup_checks
from app.station import Station
from tests.conftest import run_cli
from tests.faults.conftest import T0, make_station
from tests.ui.dialogs import DialogAnswerer
from ui.station_opener import open_station_interactively

TAMPERED = "Nhật ký đã bị sửa ngoài phần mềm"
TRIGGER_SQL = (
    "CREATE TRIGGER airings_finished_immutable BEFORE UPDATE ON airings\n"
    "        WHEN OLD.row_hash IS NOT NULL\n"
    "        BEGIN SELECT RAISE(ABORT, 'finished airing rows are read-only'); END"
)
DELETE_TRIGGER_SQL = (
    "CREATE TRIGGER airings_no_delete BEFORE DELETE ON airings\n"
    "        WHEN OLD.row_hash IS NOT NULL\n"
    "        BEGIN SELECT RAISE(ABORT, 'finished airing rows cannot be deleted'); END"
)


def sqlite3_shell(db_path: Path, sql: str) -> subprocess.CompletedProcess:
    shell = shutil.which("sqlite3")
    if shell is None:
        pytest.fail("the sqlite3 command-line shell is needed (apt install sqlite3)", pytrace=False)
    return subprocess.run([shell, str(db_path)], input=sql, capture_output=True, text=True, timeout=30)


def shell_ok(db_path: Path, sql: str) -> str:
    done = sqlite3_shell(db_path, sql)
    assert done.returncode == 0 and not done.stderr, done.stderr
    return done.stdout


def schema_version(db_path: Path) -> int:
    return int(shell_ok(db_path, "PRAGMA schema_version;").strip())


def verify(db_path: Path, *extra: str) -> subprocess.CompletedProcess:
    return run_cli("--db", str(db_path), "log", "verify", *extra)


def check(db_path: Path) -> subprocess.CompletedProcess:
    return run_cli("--db", str(db_path), "check")


def report_json(db_path: Path, first: str = "2026-11-20", last: str = "2026-11-20") -> dict:
    result = run_cli("--db", str(db_path), "report", "--from", first, "--to", last, "--format", "json", "-o", "-")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def assert_everyone_says(db_path: Path, *named: str) -> str:
    """log verify fails with one line, check warns, the start check and a report carry the same verdict."""
    verified = verify(db_path)
    assert verified.returncode != 0 and verified.stdout == ""
    assert verified.stderr.count("\n") == 1 and verified.stderr.startswith(f"Lỗi: {TAMPERED}: ")
    message = verified.stderr.removeprefix("Lỗi: ").strip()
    for text in named:
        assert text in message, message
    checked = check(db_path)
    assert checked.returncode == 1 and f"[CẢNH BÁO] {message}" in checked.stdout, checked.stdout
    problems = run_startup_checks(StationPaths.for_database(db_path))
    assert problems[0].code == "chain_broken" and problems[0].message == message
    data = report_json(db_path)
    assert data["log"]["verified"] is True and data["log"]["intact"] is False
    assert data["log"]["message"] == message and message in data["warnings"]
    return message


# ---------------------------------------------------------------- edits inside the file


def test_the_checkpoint_attack_with_the_schema_version_put_back(db_path):
    """Drop the guard, edit, recreate the guard, set schema_version back: an older version's checkpoint
    (kept inside the database) would vouch for the log; nothing inside the database is trusted now."""
    ids = make_station(db_path, airings=4)
    refused = sqlite3_shell(db_path, f"UPDATE airings SET duration_s = 1800 WHERE id = {ids[1]};")
    assert "finished airing rows are read-only" in refused.stderr  # the shell alone is not enough
    version = schema_version(db_path)
    head = shell_ok(db_path, "SELECT chain_index || ' ' || row_hash FROM airings ORDER BY chain_index DESC LIMIT 1;")
    index, digest = head.split()
    # What a full walk of the earlier software left behind: "verified up to here, with this schema".
    shell_ok(
        db_path,
        "INSERT OR REPLACE INTO chain_checkpoint (id, chain_index, row_hash, schema_version) "
        f"VALUES (1, {index}, '{digest}', {version});",
    )
    version = schema_version(db_path)
    shell_ok(
        db_path,
        "DROP TRIGGER airings_finished_immutable;\n"
        f"UPDATE airings SET duration_s = 1800 WHERE id = {ids[1]};\n"
        f"{TRIGGER_SQL};\n"
        f"PRAGMA schema_version = {version};\n",
    )
    assert schema_version(db_path) == version
    airing_triggers = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'airings' ORDER BY name;"
    assert shell_ok(db_path, airing_triggers).split() == [
        "airings_finished_immutable",
        "airings_no_delete",
    ]
    message = assert_everyone_says(
        db_path, f"dòng số {ids[1]} (07:00:00 ngày 20/11/2026, “Bản tin số 2”) không còn khớp (nội dung dòng"
    )
    assert "log_unprotected" not in check(db_path).stdout  # the guard is back: only the content gives it away
    assert report_json(db_path)["log"]["first_bad_id"] == ids[1]
    assert message


def test_writable_schema_neuters_the_guard_then_restores_it(db_path):
    ids = make_station(db_path, airings=4)
    version = schema_version(db_path)
    neuter = (
        "PRAGMA writable_schema = ON;\n"
        "UPDATE sqlite_master SET sql = replace(sql, 'WHEN OLD.row_hash IS NOT NULL', 'WHEN 0') "
        "WHERE type = 'trigger';\n"
    )
    shell_ok(db_path, neuter)
    shell_ok(db_path, f"UPDATE airings SET title = 'Bản tin đã sửa' WHERE id = {ids[2]};")  # a fresh connection
    shell_ok(
        db_path,
        "PRAGMA writable_schema = ON;\n"
        "UPDATE sqlite_master SET sql = replace(sql, 'WHEN 0', 'WHEN OLD.row_hash IS NOT NULL') "
        "WHERE type = 'trigger';\n"
        f"PRAGMA schema_version = {version};\n",
    )
    assert "read-only" in sqlite3_shell(db_path, f"UPDATE airings SET note = 'x' WHERE id = {ids[0]};").stderr
    assert_everyone_says(db_path, f"dòng số {ids[2]} (08:00:00 ngày 20/11/2026, “Bản tin đã sửa”) không còn khớp")


def test_a_same_length_byte_edit_of_the_file(db_path):
    """No SQL at all: a byte editor changes a title in the file. SQLite's own check sees nothing."""
    ids = make_station(db_path, airings=4)
    shell_ok(db_path, "PRAGMA wal_checkpoint(TRUNCATE);")
    raw = db_path.read_bytes()
    before, after = "Bản tin số 2".encode(), "Bản tin số 7".encode()
    assert raw.count(before) == 1
    db_path.write_bytes(raw.replace(before, after))
    assert shell_ok(db_path, "PRAGMA integrity_check;").strip() == "ok"
    assert_everyone_says(db_path, f"dòng số {ids[1]} (07:00:00 ngày 20/11/2026, “Bản tin số 7”) không còn khớp")


def test_an_unsealed_completed_row_typed_in_is_named_and_never_counted(db_path):
    ids = make_station(db_path, airings=3)
    before = report_json(db_path)
    assert (before["period"]["airings"], before["period"]["seconds"]) == (3, 285.0)
    shell_ok(
        db_path,
        "INSERT INTO airings (title, topic, scheduled_at, started_at, ended_at, duration_s, planned_duration_s, "
        "status, trigger) VALUES ('Chèn tay', 'Phòng chống lừa đảo qua mạng', '2026-11-20 10:00:00', "
        "'2026-11-20 10:00:00', '2026-11-20 10:30:00', 1800, 1800, 'completed', 'scheduled');",
    )
    forged = ids[-1] + 1
    assert_everyone_says(
        db_path,
        f"dòng số {forged} (10:00:00 ngày 20/11/2026, “Chèn tay”) không được niêm phong vào chuỗi",
        "không được tính vào báo cáo",
    )
    after = report_json(db_path)
    assert (after["period"]["airings"], after["period"]["seconds"]) == (3, 285.0)  # counted nowhere
    assert after["log"]["unsealed_ids"] == [forged]


# ---------------------------------------------------------------- what only the anchors can see


def _delete_newest(db_path: Path, count: int) -> None:
    version = schema_version(db_path)
    shell_ok(
        db_path,
        "DROP TRIGGER airings_no_delete;\n"
        f"DELETE FROM airings WHERE chain_index > (SELECT max(chain_index) - {count} FROM airings);\n"
        f"{DELETE_TRIGGER_SQL};\n"
        f"PRAGMA schema_version = {version};\n",
    )


def test_deleting_the_newest_rows(db_path):
    make_station(db_path, airings=8)
    _delete_newest(db_path, 5)
    assert Station is not None and shell_ok(db_path, "SELECT count(*) FROM airings;").strip() == "3"
    station = Station.open(db_path, read_only=True)
    try:
        assert airings.verify_chain(station.db).intact  # what is left is a perfect chain
    finally:
        station.close()
    message = assert_everyone_says(
        db_path,
        "nhật ký thiếu 5 lượt phát cuối so với bản ghi neo ngoài tệp dữ liệu",
        "đã có đến lượt thứ 8 trong chuỗi, tệp dữ liệu chỉ còn đến lượt thứ 3",
        "Tệp dữ liệu cũ hơn bản ghi neo",
    )
    # Opening the station to play does not bless the shorter log: the anchors stay as they were.
    opened = Station.open(db_path)
    try:
        make_more = airings.start_airing(
            opened.db, title="Sau khi xoá", topic="", started_at=T0 + timedelta(hours=9), trigger="manual"
        )
        airings.finish_airing(opened.db, make_more, ended_at=T0 + timedelta(hours=9, seconds=30))
    finally:
        opened.close()
    last = anchors.read_anchors(anchors.station_anchor_file(StationPaths.for_database(db_path))).anchors[-1]
    assert last.index == 8
    assert "lượt thứ 4" in verify(db_path).stderr and message  # position 4 now holds another row


def test_swapping_in_an_older_copy_of_the_database(db_path, tmp_path):
    make_station(db_path, airings=3)
    older = tmp_path / "ban-cu.db"
    shell_ok(db_path, "PRAGMA wal_checkpoint(TRUNCATE);")
    shutil.copy2(db_path, older)
    station = Station.open(db_path)
    try:
        for n in range(4):
            at = T0 + timedelta(hours=5 + n)
            airing = airings.start_airing(station.db, title=f"Sau {n}", topic="", started_at=at, trigger="manual")
            airings.finish_airing(station.db, airing, ended_at=at + timedelta(seconds=60))
    finally:
        station.close()
    for leftover in (db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy2(older, db_path)
    assert_everyone_says(
        db_path, "nhật ký thiếu 4 lượt phát cuối", "Tệp dữ liệu cũ hơn bản ghi neo", "bị thay bằng một bản sao cũ"
    )


def recompute_chain(db_path: Path, edit_sql: str) -> None:
    """The attacker's tool, written from the README's description of the chain and nothing else:
    hashlib, json and sqlite3 from the standard library."""
    fields = [
        "id",
        "segment_id",
        "schedule_item_id",
        "title",
        "topic",
        "scheduled_at",
        "started_at",
        "ended_at",
        "duration_s",
        "planned_duration_s",
        "status",
        "trigger",
        "operator",
        "note",
        "source",
        "corrects_id",
        "chain_index",
        "prev_hash",
    ]
    conn = sqlite3.connect(db_path)
    conn.execute("DROP TRIGGER airings_finished_immutable")
    conn.execute(edit_sql)
    prev = "0" * 64
    for row in conn.execute(f"SELECT {', '.join(fields)} FROM airings WHERE chain_index IS NOT NULL ORDER BY 17"):
        values = [f"{v:.3f}" if isinstance(v, float) else v for v in row]
        values[-1] = prev
        digest = hashlib.sha256(
            json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        ).hexdigest()
        conn.execute("UPDATE airings SET prev_hash = ?, row_hash = ? WHERE id = ?", [prev, digest, row[0]])
        prev = digest
    conn.execute(TRIGGER_SQL)
    conn.commit()
    conn.close()


def test_an_edited_row_with_the_whole_chain_recomputed(db_path):
    ids = make_station(db_path, airings=5)
    signed = report_json(db_path)["log"]["paper_code"]  # a report printed and signed before the edit
    assert verify(db_path, "--paper", signed).returncode == 0

    recompute_chain(db_path, f"UPDATE airings SET duration_s = 1795 WHERE id = {ids[1]}")
    station = Station.open(db_path, read_only=True)
    try:
        assert airings.verify_chain(station.db).intact  # the chain alone is perfect again
    finally:
        station.close()
    assert_everyone_says(
        db_path,
        f"từ lượt thứ 2 trong chuỗi, dòng số {ids[1]} (07:00:00 ngày 20/11/2026, “Bản tin số 2”), "
        "nhật ký khác với bản ghi neo",
        "đã bị sửa rồi tính lại chuỗi mã",
    )
    assert report_json(db_path)["period"]["seconds"] == 95 * 4 + 1795  # what the file now claims...

    # ...and the attacker rewrites the anchor file too: log verify has nothing left to compare with,
    # but the signed paper still knows the chain it was made from.
    paths = StationPaths.for_database(db_path)
    for path in anchors.anchor_files(paths):
        path.unlink(missing_ok=True)
    opened = Station.open(db_path)  # anchors the recomputed head afresh
    opened.close()
    assert verify(db_path).returncode == 0
    paper = verify(db_path, "--paper", signed)
    assert paper.returncode != 0 and paper.stdout == ""
    assert paper.stderr.startswith("Lỗi: Bản in KHÔNG khớp với nhật ký (báo cáo kỳ 20/11/2026 - 20/11/2026, 5 lượt")
    assert "lượt thứ 5 trong chuỗi nay có mã " in paper.stderr
    assert f"bản in ghi {signed.rpartition('-')[2]}" in paper.stderr
    assert "Nhật ký đã bị sửa rồi tính lại chuỗi mã, hoặc bị thay bằng một tệp khác, sau khi in." in paper.stderr


def test_a_later_airing_does_not_spoil_an_earlier_paper_but_a_deletion_does(db_path):
    make_station(db_path, airings=3)
    signed = report_json(db_path)["log"]["paper_code"]
    station = Station.open(db_path)
    try:
        at = T0 + timedelta(hours=6)
        later = airings.start_airing(station.db, title="Sau khi in", topic="", started_at=at, trigger="manual")
        airings.finish_airing(station.db, later, ended_at=at + timedelta(seconds=80))
    finally:
        station.close()
    ok = verify(db_path, "--paper", signed)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("Bản in khớp với nhật ký: 3 lượt đầu của chuỗi nhật ký còn nguyên")
    assert "kỳ 20/11/2026 - 20/11/2026: 3 lượt, 4,8 phút, đúng như bản in" in ok.stdout
    _delete_newest(db_path, 2)  # takes the row printed last with it
    gone = verify(db_path, "--paper", signed)
    assert gone.returncode != 0 and "nhật ký thiếu 1 trong 3 lượt mà bản in đã tính" in gone.stderr


def test_a_mistyped_code_is_one_line(db_path):
    make_station(db_path, airings=1)
    result = verify(db_path, "--paper", "TTP1-2026")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert result.stderr.startswith("Lỗi: Mã kiểm tra không hợp lệ")


# ---------------------------------------------------------------- the anchor file itself


def test_a_symlink_planted_as_the_anchor_file_is_refused_and_named(db_path, tmp_path):
    make_station(db_path, airings=2)
    paths = StationPaths.for_database(db_path)
    target = tmp_path / "victim.txt"
    target.write_text("không được ghi đè\n", encoding="utf-8")
    anchor_file = anchors.station_anchor_file(paths)
    anchor_file.unlink()
    anchor_file.symlink_to(target)
    station = Station.open(db_path)  # sealing goes on; the anchor is refused, the airing is not lost
    try:
        at = T0 + timedelta(hours=3)
        airing = airings.start_airing(station.db, title="Qua symlink", topic="", started_at=at, trigger="manual")
        airings.finish_airing(station.db, airing, ended_at=at + timedelta(seconds=60))
        assert station.db["airings"].get(airing)["row_hash"]
    finally:
        station.close()
    assert target.read_text(encoding="utf-8") == "không được ghi đè\n"
    assert_everyone_says(db_path, f"không tin được tệp neo nhật ký {anchor_file}", "liên kết (symlink)")


def test_the_start_check_and_the_window_carry_the_same_verdict(qtbot, db_path):
    make_station(db_path, airings=6)
    _delete_newest(db_path, 2)
    paths = StationPaths.for_database(db_path)
    problems = check_or_raise(paths)  # a warning: the station must still be able to play
    assert problems[0].code == "chain_broken" and "thiếu 2 lượt phát cuối" in problems[0].message
    answers = DialogAnswerer()
    opened = open_station_interactively(db_path)
    answers.stop()
    try:
        assert opened.chain_warning == problems[0].message
        assert not opened.station.read_only
    finally:
        opened.close()


def test_log_verify_on_an_untouched_log(db_path):
    make_station(db_path, airings=4)
    result = verify(db_path)
    assert result.returncode == 0, result.stderr
    assert "Nhật ký nguyên vẹn: đã kiểm tra 4 dòng." in result.stdout
    assert "Mã đầu chuỗi: " in result.stdout and "Khớp với bản ghi neo lúc " in result.stdout
    assert "(lượt thứ 4)" in result.stdout
    assert check(db_path).returncode == 0
    assert report_json(db_path)["log"]["intact"] is True
