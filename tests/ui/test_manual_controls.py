"""Manual controls never cancel the plan silently: the real page, engine, driver and SQLite log, on a fake clock
(the player plays nothing; real sound is proven in test_manual_controls_sound.py). Each control is clicked."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from app import schedule_store
from app.playout import NOTE_SKIPPED_BY_OPERATOR
from tests.ui.dialogs import DialogAnswerer
from tests.ui.modal_helpers import WhenDialog
from tests.ui.playout_fakes import PlayoutRig
from ui.play_now_dialog import PlayNowDialog
from ui.rundown_model import NEXT_COLOUR, RundownModel
from ui.tasks import TaskRunner

DAY = date(2025, 3, 17)
KEEP = "Phát ngay, giữ giờ 06:00"
MOVE = "Phát sớm thay cho giờ đã lên lịch"


def at(clock: str) -> datetime:
    return datetime.combine(DAY, time.fromisoformat(clock))


@pytest.fixture
def rig(station):
    made = PlayoutRig(station, at("05:57:00"))
    yield made
    made.stop()


@pytest.fixture
def morning(rig):
    """Bản tin sáng 06:00-06:30 with two items."""
    a = rig.segment("Cảnh giác cuộc gọi giả danh công an", 60)
    b = rig.segment("Ứng xử văn minh trên mạng", 30, topic="Văn hóa ứng xử trên mạng xã hội", frequency=500)
    window_id = schedule_store.add_window(rig.db, name="Bản tin sáng", start=time(6), end=time(6, 30))
    for seg in (a, b):
        schedule_store.add_window_item(rig.db, window_id, seg, created_at=at("05:00"))
    return {"a": a, "b": b}


def make_page(qtbot, station, driver):
    from ui.on_air_page import OnAirPage

    widget = OnAirPage(station, TaskRunner(), playout=driver)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    return widget


@pytest.fixture
def page(qtbot, station, rig):
    widget = make_page(qtbot, station, rig.driver)
    yield widget
    widget.shutdown()


def states(page) -> list[str]:
    return [page.model.index(r, RundownModel.STATE).data() for r in range(page.model.rowCount())]


def logged(db) -> list[tuple]:
    return [
        (r["title"], r["status"], r["trigger"], r["schedule_item_id"] is not None, r["started_at"], r["note"])
        for r in db.query("SELECT * FROM airings ORDER BY id")
    ]


def press_play_now_choosing(qtbot, page, key, answer: str) -> DialogAnswerer:
    """Nothing selected: Phát ngay asks what to play; the operator picks `key`, then answers the question."""
    chooser = WhenDialog(PlayNowDialog, lambda d: (d.choose(key), d.ok_button.click()))
    answers = DialogAnswerer(answer)
    qtbot.mouseClick(page.play_now_button, Qt.MouseButton.LeftButton)
    chooser.check()
    answers.stop()
    return answers


def test_nothing_selected_asks_what_to_play_and_cancel_plays_nothing(page, rig, morning, qtbot):
    rig.start()
    assert page.selected_row() is None and page.play_now_button.isEnabled()
    offered = []

    def look_then_cancel(dialog: PlayNowDialog) -> None:
        offered.extend(dialog.choices.item(n).text() for n in range(dialog.choices.count()))
        assert not dialog.ok_button.isEnabled()  # nothing is guessed
        dialog.reject()

    chooser = WhenDialog(PlayNowDialog, look_then_cancel)
    qtbot.mouseClick(page.play_now_button, Qt.MouseButton.LeftButton)
    chooser.check()
    assert offered == [
        "06:00:00 — Cảnh giác cuộc gọi giả danh công an · Bản tin sáng",
        "06:01:00 — Ứng xử văn minh trên mạng · Bản tin sáng",
    ]
    rig.act()
    assert rig.player.plays == [] and logged(rig.db) == []


def test_play_now_early_keeps_the_0600_slot(page, rig, morning, qtbot, station):
    rig.start()
    first = page.model.entry(0).key
    answers = press_play_now_choosing(qtbot, page, first, KEEP)
    assert "được lên lịch phát lúc 06:00" in answers.seen[0]
    rig.act()
    assert page.now_title.text() == "Cảnh giác cuộc gọi giả danh công an"
    assert "Phát tay" in page.now_detail.text()
    # The rundown still has it waiting at 06:00, says it aired early, and shows it as what airs next.
    assert states(page)[0] == "Chờ phát · Đã phát sớm lúc 05:57 (phát tay); vẫn phát theo lịch."
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == NEXT_COLOUR
    assert "06:00:00" in page.next_label.text() and "Cảnh giác cuộc gọi giả danh công an" in page.next_label.text()
    rig.run_until(at("05:59:00"))
    rig.stop()  # a restart: the slot is still waiting, read back from the log

    again = PlayoutRig(station, at("05:59:00"))
    for segment in (morning["a"], morning["b"]):
        again.player.durations[again.path_of(segment)] = rig.player.durations[rig.path_of(segment)]
    other = make_page(qtbot, station, again.driver)
    try:
        again.start()
        assert states(other) == ["Chờ phát", "Chờ phát"]
        again.run_until(at("06:01:40"))
        assert states(other) == ["Đã phát xong", "Đã phát xong"]
    finally:
        other.shutdown()
        again.stop()
    assert logged(rig.db) == [
        ("Cảnh giác cuộc gọi giả danh công an", "completed", "manual", False, "2025-03-17 05:57:00", ""),
        ("Cảnh giác cuộc gọi giả danh công an", "completed", "scheduled", True, "2025-03-17 06:00:00", ""),
        ("Ứng xử văn minh trên mạng", "completed", "scheduled", True, "2025-03-17 06:01:00", ""),
    ]


def test_the_explicit_move_airs_the_slot_early_and_removes_it_from_0600(page, rig, morning, qtbot):
    rig.start()
    press_play_now_choosing(qtbot, page, page.model.entry(0).key, MOVE)
    rig.act()
    assert states(page) == ["Đang phát", "Chờ phát"]
    rig.run_until(at("06:00:40"))
    assert states(page) == ["Đã phát xong", "Đã phát xong"]
    assert logged(rig.db) == [
        ("Cảnh giác cuộc gọi giả danh công an", "completed", "manual", True, "2025-03-17 05:57:00", ""),
        ("Ứng xử văn minh trên mạng", "completed", "scheduled", True, "2025-03-17 06:00:00", ""),
    ]


def test_an_item_skipped_by_hand_put_back_airs_at_its_time_even_after_a_restart(page, rig, morning, qtbot, station):
    rig.start()
    press_play_now_choosing(qtbot, page, page.model.entry(0).key, MOVE)
    rig.run_until(at("05:57:10"))
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)  # Bỏ qua: the current airing only
    rig.act()
    assert states(page) == ["Bị ngắt", "Chờ phát"]
    assert not page.put_back_button.isEnabled()  # nothing selected
    assert page.select_key(page.model.entry(0).key)
    assert not page.play_now_button.isEnabled() and page.put_back_button.isEnabled()
    qtbot.mouseClick(page.put_back_button, Qt.MouseButton.LeftButton)
    rig.act()
    assert states(page)[0] == "Chờ phát · Đưa lại vào lịch lúc 05:57."
    assert not page.put_back_button.isEnabled()
    rig.stop()  # closed and opened again before 06:00

    again = PlayoutRig(station, at("05:58:00"))
    for segment in (morning["a"], morning["b"]):
        again.player.durations[again.path_of(segment)] = 60 if segment == morning["a"] else 30
    other = make_page(qtbot, station, again.driver)
    try:
        again.start()
        assert states(other) == ["Chờ phát", "Chờ phát"]
        again.run_until(at("06:01:40"))
        assert states(other) == ["Đã phát xong", "Đã phát xong"]
    finally:
        other.shutdown()
        again.stop()
    assert logged(rig.db) == [
        (
            "Cảnh giác cuộc gọi giả danh công an",
            "interrupted",
            "manual",
            True,
            "2025-03-17 05:57:00",
            NOTE_SKIPPED_BY_OPERATOR,
        ),
        ("Cảnh giác cuộc gọi giả danh công an", "completed", "scheduled", True, "2025-03-17 06:00:00", ""),
        ("Ứng xử văn minh trên mạng", "completed", "scheduled", True, "2025-03-17 06:01:00", ""),
    ]
    restored = list(rig.db.query("SELECT airing_id, operator FROM restored_slots"))
    assert restored == [{"airing_id": 1, "operator": "Nguyễn Văn An"}]


def test_stop_acts_on_the_current_airing_and_says_when_the_plan_goes_on(page, rig, morning, qtbot):
    rig.start()
    rig.run_until(at("06:00:10"))
    answers = DialogAnswerer("Dừng phát")
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    answers.stop()
    question = answers.seen[0]
    assert "“Cảnh giác cuộc gọi giả danh công an” sẽ bị ngắt" in question
    assert "Các mục đã đến giờ sẽ chờ" in question and "“Ứng xử văn minh trên mạng”" in question
    assert "Đài tự phát lại từ 06:00 18/03 theo lịch" in question
    rig.act()
    assert "Đài tự phát lại lúc 06:00 18/03" in page.now_detail.text()
    # The item held by Dừng waits in the plan; Tiếp tục plays it.
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    rig.act()
    assert page.now_title.text() == "Ứng xử văn minh trên mạng"


def test_put_back_is_refused_for_what_was_not_cut_by_hand_or_whose_time_is_over(page, rig, morning, qtbot):
    from app.errors import InputError

    rig.start()
    rig.run_until(at("06:00:10"))
    first = page.model.entry(0).key
    rig.engine.emergency(morning["b"])  # cut by an emergency: the operator's doing, so it may be put back
    rig.act()
    assert rig.engine.can_put_back(first)
    rig.engine.put_back(first)
    rig.run_until(at("06:30:30"))  # the window ends while the emergency and the rest play
    rows = rig.engine.snapshot().rundown
    assert [row.state for row in rows] == ["completed", "completed"]
    assert page.select_key(first) and not page.put_back_button.isEnabled()
    with pytest.raises(InputError):
        rig.engine.put_back(first)  # completed: nothing to put back
    assert "Đã hết giờ phát" in _put_back_error_after_window(rig)


def _put_back_error_after_window(rig) -> str:
    """A one-off skipped by hand, tried again after its grace: refused with the reason."""
    from app.errors import InputError

    segment = rig.segment("Thông báo mất điện", 10)
    schedule_store.add_one_off(rig.db, segment, at("07:00:00"), now=rig.clock.now)
    rig.engine.reload()
    rig.driver.tick()
    key = next(row.key for row in rig.engine.snapshot().rundown if row.item.title == "Thông báo mất điện")
    rig.engine.skip_item(key)
    rig.run_until(at("07:06:00"))  # past its five minutes of grace
    assert not rig.engine.can_put_back(key)
    with pytest.raises(InputError) as refused:
        rig.engine.put_back(key)
    return str(refused.value)


def test_the_list_getting_the_keyboard_focus_chooses_nothing(page, rig, morning, qtbot):
    """Qt makes a focused list's first row current (not selected): the dialog must still wait for a choice."""
    from PySide6.QtWidgets import QApplication

    rig.start()
    seen = {}

    def focus_then_look(dialog: PlayNowDialog) -> None:
        dialog.activateWindow()
        dialog.choices.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        seen["current"] = dialog.choices.currentRow()
        seen["ok"] = dialog.ok_button.isEnabled()
        dialog.ok_button.click()  # disabled: nothing happens, the dialog stays
        seen["still_open"] = dialog.isVisible()
        dialog.choices.item(1).setSelected(True)
        seen["ok_after_choice"] = dialog.ok_button.isEnabled()
        dialog.reject()

    chooser = WhenDialog(PlayNowDialog, focus_then_look)
    qtbot.mouseClick(page.play_now_button, Qt.MouseButton.LeftButton)
    chooser.check()
    assert seen == {"current": 0, "ok": False, "still_open": True, "ok_after_choice": True}
    rig.act()
    assert rig.player.plays == [] and logged(rig.db) == []
