"""Approval (duyệt tin bài): states, the edit that revokes it, the settings CLI, scheduling and playing refused
while approval is required, emergencies excepted and noted. Real station databases; the CLI as a subprocess."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta

import pytest

from app import approval, schedule_store
from app.bulletins import create_bulletin, get_bulletin, update_bulletin
from app.errors import InputError
from app.log import airings
from app.settings import read_settings
from tests.app.test_playout_engine import Rig, at
from tests.audio_fixtures import add_segment
from tests.conftest import run_cli

BODY = "Người dân cảnh giác với cuộc gọi giả danh công an yêu cầu chuyển tiền."


def _bulletin(db, body: str = BODY) -> int:
    return create_bulletin(db, title="Cảnh giác lừa đảo", topic="Phòng chống lừa đảo qua mạng", body=body)


def _segment_of(station, bulletin_id: int, title: str = "Tin lừa đảo", seconds: float = 5) -> int:
    segment_id = add_segment(station.db, station.paths.data_dir, title=title, seconds=seconds)
    station.db.execute("UPDATE segments SET bulletin_id = ? WHERE id = ?", [bulletin_id, segment_id])
    station.db.conn.commit()
    return segment_id


def _require(station, on: bool = True) -> None:
    station.update_settings({"require_approval": str(on)})


def test_states_and_the_approved_text_hash(station):
    db = station.db
    bid = _bulletin(db)
    assert approval.get_approval(db, bid).state == approval.DRAFT
    assert approval.submit(db, bid).label == "chờ duyệt"
    approved = approval.approve(db, bid, by="  Nguyễn  Văn Bình ", note="Đồng ý phát")
    assert (approved.state, approved.by, approved.note, approved.approved) == (
        "approved",
        "Nguyễn Văn Bình",
        "Đồng ý phát",
        True,
    )
    assert approved.approved_sha256 == hashlib.sha256(get_bulletin(db, bid).body.encode()).hexdigest()
    assert datetime.fromisoformat(approved.at) <= datetime.now() + timedelta(days=1)
    returned = approval.return_bulletin(db, bid, by="Trần Thị C", reason="Thiếu nguồn tin")
    assert (returned.state, returned.by, returned.note, returned.approved) == (
        "returned",
        "Trần Thị C",
        "Thiếu nguồn tin",
        False,
    )
    with pytest.raises(InputError, match="lý do"):
        approval.return_bulletin(db, bid, by="C", reason="  ")
    with pytest.raises(InputError, match="tên người duyệt"):
        approval.approve(db, bid, by=" ")
    assert approval.get_approval(db, bid).state == "returned"  # a refused action changed nothing


def test_editing_the_body_revokes_approval_but_the_title_does_not(station):
    db = station.db
    bid = _bulletin(db)
    approval.approve(db, bid, by="Bình")
    update_bulletin(db, bid, title="Tiêu đề mới", topic="Phòng chống lừa đảo qua mạng", body=BODY)
    assert approval.get_approval(db, bid).approved
    update_bulletin(db, bid, title="Tiêu đề mới", topic="Phòng chống lừa đảo qua mạng", body=BODY + " Gọi 113.")
    after = approval.get_approval(db, bid)
    assert (after.state, after.by, after.approved_sha256) == ("draft", "", None)


def test_a_body_changed_behind_the_programs_back_is_not_approved(station, db_path):
    db = station.db
    bid = _bulletin(db)
    approval.approve(db, bid, by="Bình")
    other = sqlite3.connect(db_path)
    other.execute("UPDATE bulletins SET body = body || ' Sửa lén.' WHERE id = ?", [bid])
    other.commit()
    other.close()
    found = approval.get_approval(db, bid)
    assert found.state == "approved" and not found.approved and found.label == "đã duyệt, nội dung đã đổi"


def test_new_station_does_not_require_approval_and_unlinked_segments_never_need_it(station):
    assert read_settings(station.db).require_approval is False
    bid = _bulletin(station.db)
    segment = _segment_of(station, bid)
    assert approval.segment_refusal(station.db, segment) is None  # not required
    _require(station)
    jingle = add_segment(station.db, station.paths.data_dir, title="Nhạc hiệu", seconds=3)
    assert approval.segment_refusal(station.db, jingle) is None
    assert "chưa được duyệt (nháp)" in approval.segment_refusal(station.db, segment)


def test_scheduling_refused_until_approved_emergency_excepted(station):
    db = station.db
    bid = _bulletin(db)
    segment = _segment_of(station, bid)
    _require(station)
    later = datetime.now().replace(microsecond=0) + timedelta(days=1)
    window = schedule_store.add_window(
        db,
        name="Sáng",
        start=later.time().replace(hour=6, minute=0, second=0),
        end=later.time().replace(hour=6, minute=30, second=0),
    )
    for attempt in (
        lambda: schedule_store.add_one_off(db, segment, later),
        lambda: schedule_store.add_window_item(db, window, segment),
    ):
        with pytest.raises(InputError, match="chưa được duyệt"):
            attempt()
    assert db.execute("SELECT count(*) FROM schedule_items").fetchone()[0] == 0
    emergency = schedule_store.add_one_off(db, segment, later, priority="emergency")
    with pytest.raises(InputError, match="chưa được duyệt"):  # lowering it would let it in by the back door
        schedule_store.set_item_priority(db, emergency, "ordinary")
    approval.approve(db, bid, by="Bình")
    schedule_store.add_window_item(db, window, segment)
    update_bulletin(db, bid, title="Cảnh giác", topic="Phòng chống lừa đảo qua mạng", body=BODY + " Mới.")
    with pytest.raises(InputError, match="chưa được duyệt"):
        schedule_store.add_one_off(db, segment, later)


def test_approval_and_settings_from_the_command_line(station, db_path):
    bid = _bulletin(station.db)
    segment = _segment_of(station, bid)
    db = ["--db", str(db_path)]
    assert run_cli(*db, "settings", "get", "require_approval").stdout.strip() == "off"
    for key, value, message in (
        ("require_approval", "maybe", "chỉ nhận on hoặc off"),
        ("speech_speed", "nhanh", "cần một số"),
        ("speech_speed", "3", "Tốc độ đọc phải từ 0,5 đến 2,0"),  # audio/speech_options.py's limit and words
        ("speech_voice", "hue", "Không có giọng đọc vùng miền “hue”"),
    ):
        bad = run_cli(*db, "settings", "set", key, value)
        assert bad.returncode != 0 and bad.stderr.count("\n") == 1 and message in bad.stderr, bad.stderr
    assert run_cli(*db, "settings", "get", "speech_speed").stdout.strip() == "1.0"  # nothing stored
    unknown = run_cli(*db, "settings", "set", "no_such_key", "1")
    assert unknown.returncode != 0 and "Không có cài đặt “no_such_key”" in unknown.stderr
    empty_name = run_cli(*db, "settings", "set", "station_name", " ")
    assert empty_name.returncode != 0 and "Tên đài không được để trống." in empty_name.stderr
    assert run_cli(*db, "settings", "set", "require_approval", "on").returncode == 0
    listed = run_cli(*db, "settings", "list").stdout.splitlines()
    assert "require_approval = on" in listed and any(line.startswith("station_name = Đài") for line in listed)

    when = (datetime.now() + timedelta(days=1)).strftime("%Y-%m-%d 07:00:00")
    refused = run_cli(*db, "schedule", "add", "--segment", str(segment), "--at", when)
    assert refused.returncode != 0 and refused.stderr.count("\n") == 1 and "chưa được duyệt" in refused.stderr
    assert run_cli(*db, "bulletin", "submit", str(bid)).returncode == 0
    assert f"{bid:>5}" in (line := _line(run_cli(*db, "bulletin", "list").stdout, bid)) and "chờ duyệt" in line
    back = run_cli(*db, "bulletin", "return", str(bid), "--by", "Trần C", "--reason", "Sai số điện thoại")
    assert back.returncode == 0
    assert "trả lại: Trần C" in (line := _line(run_cli(*db, "bulletin", "list").stdout, bid))
    assert "Sai số điện thoại" in line
    no_reason = run_cli(*db, "bulletin", "return", str(bid), "--by", "Trần C", "--reason", "")
    assert no_reason.returncode != 0 and no_reason.stderr.count("\n") == 1
    ok = run_cli(*db, "bulletin", "approve", str(bid), "--by", "Nguyễn Văn Bình", "--note", "Phát 3 ngày")
    assert ok.returncode == 0, ok.stderr
    assert "đã duyệt: Nguyễn Văn Bình" in _line(run_cli(*db, "bulletin", "list").stdout, bid)
    accepted = run_cli(*db, "schedule", "add", "--segment", str(segment), "--at", when)
    assert accepted.returncode == 0, accepted.stderr
    missing = run_cli(*db, "bulletin", "approve", "999", "--by", "B")
    assert missing.returncode != 0 and "Không có bản tin số 999." in missing.stderr


def _line(listing: str, bulletin_id: int) -> str:
    return next(line for line in listing.splitlines() if line.startswith(f"{bulletin_id:>5} "))


@pytest.fixture
def rig(station):
    return Rig(station, at("05:59:00"))


def test_engine_skips_what_lost_approval_and_notes_an_unapproved_emergency(rig):
    db = rig.db
    approved_id, unapproved_id = _bulletin(db), _bulletin(db, BODY + " Bản khác.")
    good = _segment_of(rig.station, approved_id, "Tin đã duyệt", 10)
    bad = _segment_of(rig.station, unapproved_id, "Tin chưa duyệt", 10)
    for segment in (good, bad):
        rig.player.durations[rig.path_of(segment)] = 10
    approval.approve(db, approved_id, by="Bình")
    approval.approve(db, unapproved_id, by="Bình")
    rig.window("Sáng", "06:00", "06:30", [good, bad])
    rig.one_off(bad, at("06:10:00"), "emergency")
    _require(rig.station)
    # Changed after it was scheduled: the approval no longer covers what the segment is made from.
    db.execute("UPDATE bulletins SET body = body || ' Sửa.' WHERE id = ?", [unapproved_id])
    db.conn.commit()
    rig.start()
    rig.run_until(at("06:11"))
    rows = rig.rows()
    assert [(r["title"], r["status"]) for r in rows] == [
        ("Tin đã duyệt", "completed"),
        ("Tin chưa duyệt", "skipped"),
        ("Tin chưa duyệt", "completed"),
    ]
    assert "đã đổi sau khi được duyệt" in rows[1]["note"]
    stamp = approval.get_approval(db, approved_id).at[:16]
    assert rows[0]["note"] == f"Bản tin đã duyệt: Bình, {stamp}."  # the approval of what aired, on its row
    assert rows[2]["trigger"] == "urgent" and rows[2]["note"] == approval.NOTE_EMERGENCY_UNAPPROVED
    assert airings.verify_chain(db).intact
    with pytest.raises(InputError, match="đã đổi sau khi được duyệt"):
        rig.engine.play_segment(bad)
    rig.engine.emergency(bad)  # Phát khẩn cấp is never refused
    rig.run_until(at("06:12"))
    last = rig.rows()[-1]
    assert last["trigger"] == "urgent" and last["note"] == approval.NOTE_EMERGENCY_UNAPPROVED


def test_the_approval_on_the_airing_row_is_hashed_and_survives_an_interruption(rig):
    db = rig.db
    bid = _bulletin(db)
    long_one = _segment_of(rig.station, bid, "Tin dài đã duyệt", 60)
    rig.player.durations[rig.path_of(long_one)] = 60
    urgent = rig.segment("Cảnh báo bão", 5)
    approval.approve(db, bid, by="Nguyễn Văn Bình")
    rig.window("Sáng", "06:00", "06:30", [long_one])
    rig.one_off(urgent, at("06:00:20"), "emergency")
    rig.start()
    rig.run_until(at("06:02"))
    first = rig.rows()[0]
    assert first["status"] == "interrupted"
    assert first["note"].startswith("Bản tin đã duyệt: Nguyễn Văn Bình, ") and first["note"].endswith("khẩn cấp.")
    key = next(key for key, entry in rig.engine._plans.entries.items() if entry.airing_id == first["id"])
    assert rig.engine.can_put_back(key, at("06:02"))  # "Đưa lại vào lịch" still offered
    assert airings.verify_chain(db).intact
    db.execute("DROP TRIGGER airings_finished_immutable")  # what someone rewriting the log does first
    db.execute("UPDATE airings SET note = replace(note, 'Nguyễn Văn Bình', 'Người khác') WHERE id = ?", [first["id"]])
    assert not airings.verify_chain(db).intact  # the approver named on the row is part of the chain
