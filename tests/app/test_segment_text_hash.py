"""Segments keep the SHA-256 of the text they read (m009), so that the approval of an airing is the approval of
exactly what aired: real speech (the offline voice) from a real bulletin, approved, edited, approved again; the
old audio is refused and skipped while approval is required, the new one airs with its approval on the row."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from app import approval, speech
from app.bulletins import create_bulletin, update_bulletin
from app.errors import InputError
from app.segments import get_segment
from tests.app.test_playout_engine import Rig, at

TOPIC = "Phòng chống lừa đảo qua mạng"
BODY = "Người dân cảnh giác với cuộc gọi giả danh công an."
EDITED = BODY + " Gọi 113 khi cần."


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.fixture
def offline(station):
    station.update_settings({"speech_engine": "offline", "speech_repeat": "1", "speech_pause_s": "0"})
    return station


def _speak(station, bulletin_id: int) -> int:
    segment_id, _ = speech.speak_bulletin(station, bulletin_id)
    return segment_id


def test_a_speech_segment_keeps_the_hash_of_the_body_it_read_and_only_that_text_s_approval_covers_it(offline):
    station, db = offline, offline.db
    bid = create_bulletin(db, title="Cảnh giác", topic=TOPIC, body=BODY)
    old = _speak(station, bid)
    assert get_segment(db, old)["text_sha256"] == _sha(BODY)
    station.update_settings({"require_approval": "on"})
    approval.approve(db, bid, by="Nguyễn Văn Bình")
    assert approval.segment_refusal(db, old) is None
    assert approval.airing_note(db, old).startswith("Bản tin đã duyệt: Nguyễn Văn Bình, ")

    update_bulletin(db, bid, title="Cảnh giác", topic=TOPIC, body=EDITED)
    approval.approve(db, bid, by="Trần Thị Hoa")  # the new text approved; the old audio still reads the old one
    refusal = approval.segment_refusal(db, old)
    assert refusal is not None and f"Tiết mục số {old} đọc nội dung khác với nội dung đã duyệt" in refusal
    assert approval.airing_note(db, old) == ""
    with pytest.raises(InputError, match="đọc nội dung khác"):
        approval.check_segment(db, old)
    new = _speak(station, bid)
    assert get_segment(db, new)["text_sha256"] == _sha(EDITED)
    assert approval.segment_refusal(db, new) is None
    assert approval.airing_note(db, new).startswith("Bản tin đã duyệt: Trần Thị Hoa, ")


def test_audio_of_the_approved_text_stays_approved_when_the_body_is_changed_behind_the_programs_back(offline, db_path):
    station, db = offline, offline.db
    bid = create_bulletin(db, title="Cảnh giác", topic=TOPIC, body=BODY)
    segment = _speak(station, bid)
    approval.approve(db, bid, by="Bình")
    station.update_settings({"require_approval": "on"})
    other = sqlite3.connect(db_path)
    other.execute("UPDATE bulletins SET body = body || ' Sửa lén.' WHERE id = ?", [bid])
    other.commit()
    other.close()
    assert not approval.get_approval(db, bid).approved  # the bulletin's text is no longer the approved one
    assert approval.segment_refusal(db, segment) is None  # but this audio reads exactly the approved text
    fresh = _speak(station, bid)  # audio of the changed text is not approved
    assert "đã đổi sau khi được duyệt" in approval.segment_refusal(db, fresh)


def test_a_segment_made_before_m009_falls_back_to_the_bulletins_present_approval(offline):
    station, db = offline, offline.db
    bid = create_bulletin(db, title="Cảnh giác", topic=TOPIC, body=BODY)
    segment = _speak(station, bid)
    db.execute("UPDATE segments SET text_sha256 = NULL WHERE id = ?", [segment])
    db.conn.commit()
    station.update_settings({"require_approval": "on"})
    assert "chưa được duyệt (nháp)" in approval.segment_refusal(db, segment)
    approval.approve(db, bid, by="Bình")
    assert approval.segment_refusal(db, segment) is None


def test_the_engine_skips_old_audio_of_a_re_approved_bulletin_and_airs_the_new_with_its_approval(offline):
    rig = Rig(offline, at("05:59:00"))
    db = rig.db
    bid = create_bulletin(db, title="Cảnh giác", topic=TOPIC, body=BODY)
    old = _speak(offline, bid)
    update_bulletin(db, bid, title="Cảnh giác", topic=TOPIC, body=EDITED)
    new = _speak(offline, bid)
    approval.approve(db, bid, by="Trần Thị Hoa")
    for segment in (old, new):
        rig.player.durations[rig.path_of(segment)] = 5
    rig.window("Sáng", "06:00", "06:30", [old, new])
    offline.update_settings({"require_approval": "on"})
    rig.start()
    rig.run_until(at("06:01"))
    rows = rig.rows()
    assert [row["status"] for row in rows] == ["skipped", "completed"]
    assert "đọc nội dung khác với nội dung đã duyệt" in rows[0]["note"]
    stamp = approval.get_approval(db, bid).at[:16]
    assert rows[1]["note"] == f"Bản tin đã duyệt: Trần Thị Hoa, {stamp}."
    found = approval.approval_of_airing(rows[1]["note"])
    assert (found.by, found.at) == ("Trần Thị Hoa", stamp)
