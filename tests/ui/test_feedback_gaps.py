"""Small feedback gaps, closed: the end of a reading says what it is doing instead of sitting at 98%; the overlap
warning says what the player will do (and the player does it); the week view does not show a window on days
before it was made. Real widgets, a real database, real offline synthesis, the real playout engine."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from app import schedule_store
from app.speech import SpeechProgress
from tests.app import test_playout_engine as engine_tests
from tests.ui import test_bulletins_page as bulletins_tests
from tests.ui import test_schedule_page as schedule_tests

messages, page = bulletins_tests.messages, bulletins_tests.page  # the Bản tin page's fixtures
segments = schedule_tests.segments


def test_progress_counts_speech_units_then_the_finishing_step():
    assert SpeechProgress.of(3, 8) == SpeechProgress(read=3, units=7, finishing=False, finished=False)
    assert SpeechProgress.of(7, 8) == SpeechProgress(read=7, units=7, finishing=True, finished=False)
    assert SpeechProgress.of(8, 8) == SpeechProgress(read=7, units=7, finishing=False, finished=True)


def test_a_long_reading_shows_its_finishing_step(page, qtbot, station):
    body = " ".join(f"Câu thứ {n}: bà con không chuyển tiền cho người lạ gọi điện tự xưng công an." for n in range(12))
    bulletins_tests._start_new(page, qtbot, title="Bản tin dài", topic=bulletins_tests.TOPIC, body=body)
    seen: list[tuple[str, int]] = []
    qtbot.mouseClick(page.speak_button, bulletins_tests.Qt.MouseButton.LeftButton)
    dialog = page.speech_dialog
    label, bar = dialog.progress_label, dialog.progress_bar
    original = label.setText
    label.setText = lambda text: (seen.append((text, bar.maximum())), original(text))  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.start_button, bulletins_tests.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=60_000)

    counted = [text for text, _ in seen if text.startswith("Đã đọc xong ") and "/" in text]
    assert counted, seen
    units = int(counted[-1].split("/")[1].split()[0])
    # Counts of speech parts only: never "6 trên 7" with the finishing step counted as a part; once all are
    # read the finishing step is said instead.
    assert all(int(text.split()[3].split("/")[0]) < units for text in counted) and units >= 12
    finishing = [entry for entry in seen if entry[0].startswith("Đã đọc xong. Đang hoàn thiện")]
    assert finishing == [("Đã đọc xong. Đang hoàn thiện (ghép các lần đọc, chuẩn hóa độ to, ghi tệp)…", 0)]
    assert seen.index(finishing[0]) > seen.index((counted[-1], units))  # after the last part, busy (maximum 0)
    assert bar.value() == bar.maximum() > 1  # full when the reading is ready
    summary = dialog.summary.text()
    assert "LUFS" not in summary and re.search(r"Thời lượng (\d+ phút )?\d+ giây ·", summary), summary


def test_the_overlap_warning_says_what_the_player_then_does(station):
    """The warning's words, then the engine with a fake clock on the same schedule: it does just that."""
    rig = engine_tests.Rig(station, engine_tests.at("05:59:00"))
    first = rig.segment("Tin dài buổi sáng", 240)
    waits, skipped = rig.segment("Thông báo tổ dân phố", 90), rig.segment("Nhắc lịch họp", 60)
    rig.window("Sáng", "06:00", "06:05", [first])
    rig.window("Tổ dân phố", "06:02", "06:05:20", [waits, skipped])
    plan = schedule_store.day_plan(station.db, engine_tests.DAY, station.paths.data_dir)
    (overlap,) = plan.warnings_with("window_overlap")
    text = overlap.message
    assert "trùng thời gian" in text and "#" not in text
    assert "nếu một mục của “Sáng” còn đang phát thì mục của “Tổ dân phố” chờ nó phát xong" in text
    assert "Không mục nào bị cắt ngang (chỉ mục khẩn cấp mới ngắt)" in text
    assert "chưa bắt đầu được thì bị bỏ qua (ghi “Bỏ qua” trong nhật ký)" in text

    rig.start()
    rig.run_until(engine_tests.at("06:08"))
    assert engine_tests._brief(rig.rows()) == [
        ("Tin dài buổi sáng", "completed", "06:00:00", 240.0),  # not cut when the second window starts
        ("Thông báo tổ dân phố", "completed", "06:04:00", 90.0),  # waited for it
        ("Nhắc lịch họp", "skipped", None, 0.0),  # its window ended before it could start
    ]


def test_the_week_view_shows_a_window_only_from_the_day_it_was_made(qtbot, station, segments):
    from ui.schedule_page import SchedulePage
    from ui.tasks import TaskRunner

    wednesday = schedule_tests.NOW + timedelta(days=2)
    page = SchedulePage(station, TaskRunner(), clock=lambda: wednesday)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    old = schedule_store.add_window(
        station.db, name="Bản tin sáng", start=time(6), end=time(6, 30), created_at=datetime(2025, 3, 1, 9)
    )
    schedule_store.add_window_item(station.db, old, segments["a"])
    new = schedule_store.add_window(
        station.db, name="Khung mới thứ Tư", start=time(17), end=time(17, 30), created_at=wednesday
    )
    schedule_store.add_window_item(station.db, new, segments["b"])
    page.show_week()
    week = page.week_view
    monday, tuesday, wed, sunday = week.texts(0), week.texts(1), week.texts(2), week.texts(6)
    assert any("Bản tin sáng" in text for text in monday)  # made earlier: every day of the week
    assert not any("Khung mới thứ Tư" in text for text in monday + tuesday)
    assert not any("Ứng xử văn minh" in text for text in monday + tuesday)  # nor its item
    assert any("Khung mới thứ Tư" in text for text in wed) and any("Khung mới thứ Tư" in text for text in sunday)
    # A window of unknown age (made before m012) or dated after today (the clock was set back) shows as before.
    station.db.execute("UPDATE windows SET created_at = NULL WHERE id = ?", [old])
    station.db.execute("UPDATE windows SET created_at = '2025-04-30 08:00:00' WHERE id = ?", [new])
    page.show_week()
    assert any("Khung mới thứ Tư" in text for text in week.texts(0))
    assert any("Bản tin sáng" in text for text in week.texts(0))
