"""The approval state inside a refusal ({state}) is written in the window's language: the English window says
"not approved (draft)", never the Vietnamese word; the command line keeps the Vietnamese sentence."""

from __future__ import annotations

from app import approval
from app.bulletins import create_bulletin
from tests.audio_fixtures import add_segment
from ui.errors import interface_text


def _refusal(station, state: str):
    bid = create_bulletin(station.db, title="Cảnh giác", topic="Phòng chống lừa đảo qua mạng", body="Cảnh giác.")
    segment = add_segment(station.db, station.paths.data_dir, title="Tin", seconds=2)
    station.db.execute("UPDATE segments SET bulletin_id = ? WHERE id = ?", [bid, segment])
    station.db.conn.commit()
    station.update_settings({"require_approval": "on"})
    if state == "submitted":
        approval.submit(station.db, bid)
    elif state == "returned":
        approval.return_bulletin(station.db, bid, by="Bình", reason="Thiếu nguồn")
    return bid, approval.segment_refusal(station.db, segment)


def test_the_state_word_is_translated_in_the_english_window(english, station):
    for state, english_word in (("draft", "draft"), ("submitted", "submitted"), ("returned", "returned")):
        bid, refusal = _refusal(station, state)
        shown = interface_text(refusal)
        assert f"({english_word})" in shown, shown
        assert not any(word in shown for word in ("nháp", "chờ duyệt", "trả lại", "Bản tin số")), shown
        vietnamese = {"draft": "nháp", "submitted": "chờ duyệt", "returned": "trả lại"}[state]
        assert str(refusal).startswith(f"Bản tin số {bid} chưa được duyệt ({vietnamese});")  # the CLI's line


def test_the_vietnamese_window_keeps_the_vietnamese_word(qapp, station):
    _, refusal = _refusal(station, "submitted")
    assert "(chờ duyệt)" in interface_text(refusal)
