"""Lịch phát: windows and their items edited through the page, reordered by drag and drop, warnings where they
apply, one-off items, the week view. Real SQLite and real audio files; the page's clock is fixed."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from app import schedule_store
from app.policy import rules_to_settings
from schedules import Priority
from schedules.policy import NO_RULES
from tests.audio_fixtures import add_segment
from tests.ui.dialogs import DialogAnswerer
from tests.ui.modal_helpers import WhenDialog
from ui.schedule_models import WindowItemsModel
from ui.segment_picker import SegmentPickerDialog
from ui.tasks import TaskRunner

NOW = datetime(2025, 3, 17, 8, 0, 0)  # a Monday morning


@pytest.fixture
def segments(station):
    data_dir = station.paths.data_dir
    return {
        "a": add_segment(station.db, data_dir, title="Cảnh giác cuộc gọi giả danh", seconds=90, frequency=400),
        "b": add_segment(
            station.db,
            data_dir,
            title="Ứng xử văn minh trên mạng",
            seconds=60,
            frequency=500,
            topic="Văn hóa ứng xử trên mạng xã hội",
        ),
        "c": add_segment(
            station.db, data_dir, title="Mật khẩu an toàn", seconds=30, frequency=600, topic="An toàn thông tin"
        ),
    }


@pytest.fixture
def page(qtbot, station):
    from ui.schedule_page import SchedulePage

    widget = SchedulePage(station, TaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1080, 720)
    widget.show()
    return widget


def order(station, window_id: int) -> list[int]:
    return [row.segment_id for row in schedule_store.list_items(station.db, window_id=window_id)]


def titles(model: WindowItemsModel) -> list[str]:
    return [model.index(row, WindowItemsModel.TITLE).data() for row in range(model.rowCount())]


def test_window_saved_from_the_form_with_its_days(page, station, qtbot):
    page.new_window()
    editor = page.editor
    editor.name_edit.setText("Bản tin sáng")
    editor.start_edit.setTime(QTime(6, 0))
    editor.end_edit.setTime(QTime(6, 30))
    editor.day_boxes[6].setChecked(False)
    editor.day_boxes[7].setChecked(False)
    assert page.save_window_button.isEnabled()
    with qtbot.waitSignal(page.schedule_changed):
        qtbot.mouseClick(page.save_window_button, Qt.MouseButton.LeftButton)
    [window] = schedule_store.list_windows(station.db)
    assert (window.name, window.start, window.end, window.days) == (
        "Bản tin sáng",
        time(6),
        time(6, 30),
        frozenset({1, 2, 3, 4, 5}),
    )
    assert page.window_model.rowCount() == 1
    assert page.window_model.index(0, 2).data() == "T2, T3, T4, T5, T6"
    assert "Đã lưu" in page.editor_status.text()

    # A campaign range, then a single date instead.
    editor.range_box.setChecked(True)
    editor.from_edit.setDate(editor.from_edit.date().fromString("01/03/2025", "dd/MM/yyyy"))
    editor.to_edit.setDate(editor.to_edit.date().fromString("31/03/2025", "dd/MM/yyyy"))
    assert page.save_window() == window.id
    saved = schedule_store.get_window(station.db, window.id)
    assert (saved.date_from, saved.date_to, saved.on_date) == (date(2025, 3, 1), date(2025, 3, 31), None)
    editor.single_box.setChecked(True)
    editor.single_edit.setDate(editor.single_edit.date().fromString("20/03/2025", "dd/MM/yyyy"))
    page.save_window()
    saved = schedule_store.get_window(station.db, window.id)
    assert (saved.date_from, saved.date_to, saved.on_date) == (None, None, date(2025, 3, 20))
    assert page.window_model.index(0, 2).data() == "Chỉ ngày 20/03/2025"


def test_an_invalid_window_is_refused_with_a_message_and_nothing_saved(page, station):
    page.new_window()
    page.editor.name_edit.setText("Sai giờ")
    page.editor.start_edit.setTime(QTime(6, 0))
    page.editor.end_edit.setTime(QTime(6, 0))
    answers = DialogAnswerer("OK")
    assert page.save_window() is None
    answers.stop()
    assert "giờ bắt đầu trùng giờ kết thúc" in answers.seen[0]
    assert schedule_store.list_windows(station.db) == []


def test_items_added_then_reordered_by_drag_and_drop_are_stored_in_that_order(
    page, station, segments, qtbot, qtmodeltester
):
    window_id = schedule_store.add_window(station.db, name="Bản tin sáng", start=time(6), end=time(6, 30))
    page.refresh()
    page.select_window(window_id)
    assert page.editor.window_id == window_id

    # One through the real picker dialog (search without accents), two directly.
    def pick(dialog: SegmentPickerDialog) -> None:
        assert dialog.model.rowCount() == 3
        qtmodeltester.check(dialog.model)
        dialog.search.setText("ung xu van minh")
        assert dialog.model.rowCount() == 1
        assert dialog.choose(segments["b"])
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    page.add_segment_to_window(segments["a"])
    picker = WhenDialog(SegmentPickerDialog, pick)
    page.add_item()
    picker.check()
    page.add_segment_to_window(segments["c"])
    model = page.items_model
    assert order(station, window_id) == [segments["a"], segments["b"], segments["c"]]
    assert [model.index(r, WindowItemsModel.START).data() for r in range(3)] == ["06:00:00", "06:01:30", "06:02:30"]
    qtmodeltester.check(model)
    qtmodeltester.check(page.window_model)

    # Drag the last item to the top: the view hands the model mime data and a drop row.
    mime = model.mimeData([model.index(2, 0)])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    with qtbot.waitSignal(page.schedule_changed):
        assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert order(station, window_id) == [segments["c"], segments["a"], segments["b"]]
    assert titles(model) == ["Mật khẩu an toàn", "Cảnh giác cuộc gọi giả danh", "Ứng xử văn minh trên mạng"]
    assert [model.index(r, WindowItemsModel.START).data() for r in range(3)] == ["06:00:00", "06:00:30", "06:02:00"]

    # Dropped onto a row: it goes before that row. Dropped below the last row: it goes last.
    mime = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(2, 0))
    assert order(station, window_id) == [segments["a"], segments["c"], segments["b"]]
    assert model.dropMimeData(model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert order(station, window_id) == [segments["c"], segments["b"], segments["a"]]

    # moveRows as the view's internal move calls it, and the ▲ button.
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert order(station, window_id) == [segments["b"], segments["a"], segments["c"]]
    assert not model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 1)  # onto itself: nothing to do
    page._select_row(page.items_table, 2)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert order(station, window_id) == [segments["b"], segments["c"], segments["a"]]
    assert page.current_item_id() == model.item(1).id
    positions = [
        r[0]
        for r in station.db.execute(
            "SELECT position FROM schedule_items WHERE window_id = ? ORDER BY position", [window_id]
        )
    ]
    assert positions == [1, 2, 3]
    qtmodeltester.check(model)

    # A drop from another window's list is refused.
    other = schedule_store.add_window(station.db, name="Chiều", start=time(17), end=time(17, 30))
    schedule_store.add_window_item(station.db, other, segments["a"])
    foreign = WindowItemsModel(station.db, station.paths.data_dir)
    foreign.set_window(schedule_store.get_window(station.db, other))
    assert not model.dropMimeData(
        foreign.mimeData([foreign.index(0, 0)]), Qt.DropAction.MoveAction, 0, 0, QModelIndex()
    )
    assert order(station, window_id) == [segments["b"], segments["c"], segments["a"]]


def test_priority_and_removal_of_the_selected_item(page, station, segments):
    window_id = schedule_store.add_window(station.db, name="Bản tin sáng", start=time(6), end=time(6, 30))
    for key in ("a", "b"):
        schedule_store.add_window_item(station.db, window_id, segments[key])
    page.refresh()
    page.select_window(window_id)
    page._select_row(page.items_table, 1)
    page.item_priority.setCurrentIndex(page.item_priority.findData("priority"))
    page.set_current_priority()
    assert [r.priority for r in schedule_store.list_items(station.db, window_id=window_id)] == [
        Priority.ORDINARY,
        Priority.PRIORITY,
    ]
    assert page.items_model.index(1, WindowItemsModel.PRIORITY).data() == "Ưu tiên"
    page._select_row(page.items_table, 0)
    page.remove_current_item()
    assert order(station, window_id) == [segments["b"]]
    assert page.window_model.index(0, 3).data() == "1"


def test_warnings_are_listed_and_marked_on_their_window_and_item(page, station, segments):
    data_dir = station.paths.data_dir
    silent = add_segment(station.db, data_dir, title="Bản tin chưa đọc", seconds=20, with_file=False)
    short = schedule_store.add_window(station.db, name="Khung ngắn", start=time(6), end=time(6, 1))
    for key in ("a", "b"):  # 90 s + 60 s in a one-minute window: b cannot start before the end
        schedule_store.add_window_item(station.db, short, segments[key])
    overlapping = schedule_store.add_window(station.db, name="Khung chồng", start=time(6, 0, 30), end=time(6, 10))
    silent_item = schedule_store.add_window_item(station.db, overlapping, silent)
    fine = schedule_store.add_window(station.db, name="Khung chiều", start=time(17), end=time(17, 30))
    schedule_store.add_window_item(station.db, fine, segments["c"])
    page.refresh()

    texts = [page.warning_list.item(r).text() for r in range(page.warning_list.count())]
    assert any("trùng thời gian" in t for t in texts)
    assert any("vượt quá khung giờ" in t and "Ứng xử văn minh" in t for t in texts)
    assert any("Bản tin chưa đọc" in t and "chưa có âm thanh" in t for t in texts)
    assert all("mọi ngày trong 7 ngày tới" in t for t in texts)  # daily windows: one line per problem
    assert "(3)" in page.warning_box.title()

    model = page.window_model
    marked = {
        model.window(r).name: model.index(r, 0).data(Qt.ItemDataRole.DecorationRole) is not None
        for r in range(model.rowCount())
    }
    assert marked == {"Khung ngắn": True, "Khung chồng": True, "Khung chiều": False}
    tip = model.index(model.row_of(short), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "trùng thời gian" in tip and "vượt quá" in tip

    page.select_window(short)
    items = page.items_model
    first = items.index(0, WindowItemsModel.TITLE)  # starts in time, ends 30 s after the window
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Phát quá giờ kết thúc khung giờ (06:01) 30 giây" in first.data(Qt.ItemDataRole.ToolTipRole)
    late = items.index(1, WindowItemsModel.TITLE)
    assert late.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "không kịp bắt đầu" in late.data(Qt.ItemDataRole.ToolTipRole)
    assert "VƯỢT QUÁ" in page.items_total.text()
    page.select_window(overlapping)
    assert page.items_model.row_of(silent_item) == 0
    assert page.items_model.index(0, WindowItemsModel.TITLE).data(Qt.ItemDataRole.DecorationRole) is not None

    # Double-clicking the no-audio warning opens its item.
    page.select_window(fine)
    row = next(r for r in range(page.warning_list.count()) if "Bản tin chưa đọc" in page.warning_list.item(r).text())
    page._warning_activated(page.warning_list.item(row))
    assert page.editor.window_id == overlapping and page.current_item_id() == silent_item

    # Fixing the schedule clears the warnings.
    for window_id in (short, overlapping):
        schedule_store.delete_window(station.db, window_id)
    page.refresh()
    assert [page.warning_list.item(r).text() for r in range(page.warning_list.count())] == [
        "✓ Không có cảnh báo: lịch phát hợp lệ."
    ]


def test_one_off_items_at_an_exact_second_with_priority(page, station, segments, qtmodeltester, qtbot):
    page.tabs.setCurrentWidget(page.one_off_tab)
    assert not page.add_one_off_button.isEnabled()  # no segment chosen yet
    page.set_one_off_segment(segments["c"])
    assert page.one_off_segment_label.text() == "Mật khẩu an toàn"
    page.one_off_at.setDateTime(page.one_off_at.dateTime().fromString("17/03/2025 09:30:15", "dd/MM/yyyy HH:mm:ss"))
    page.one_off_priority.setCurrentIndex(page.one_off_priority.findData("emergency"))
    item_id = page.add_one_off_from_form()
    [row] = schedule_store.list_items(station.db, one_offs=True)
    assert (row.id, row.at, row.priority, row.segment_id) == (
        item_id,
        datetime(2025, 3, 17, 9, 30, 15),
        Priority.EMERGENCY,
        segments["c"],
    )
    model = page.one_off_model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "09:30:15  17/03/2025"
    assert model.index(0, 3).data() == "Khẩn cấp"
    qtmodeltester.check(model)

    # A time already past is refused, with the reason.
    page.one_off_at.setDateTime(page.one_off_at.dateTime().fromString("17/03/2025 07:00:00", "dd/MM/yyyy HH:mm:ss"))
    answers = DialogAnswerer("OK")
    assert page.add_one_off_from_form() is None
    answers.stop()
    assert "đã qua" in answers.seen[0]
    assert len(schedule_store.list_items(station.db, one_offs=True)) == 1

    # Deleting asks first: "Không xóa" keeps it, "Xóa mục này" takes it off the schedule.
    page._select_row(page.one_off_table, 0)
    answers = DialogAnswerer("Không xóa", "Xóa mục này")
    qtbot.mouseClick(page.delete_one_off_button, Qt.MouseButton.LeftButton)
    assert len(schedule_store.list_items(station.db, one_offs=True)) == 1
    qtbot.mouseClick(page.delete_one_off_button, Qt.MouseButton.LeftButton)
    answers.stop()
    assert len(answers.seen) == 2 and "09:30:15 ngày 17/03/2025" in answers.seen[0]
    assert "Đài sẽ không phát mục này" in answers.seen[0]
    assert schedule_store.list_items(station.db, one_offs=True) == []


def test_week_view_shows_each_day_with_its_windows_items_and_warnings(page, station, segments):
    station.update_settings(rules_to_settings(NO_RULES))  # quiet hours on the week: tests/ui/test_policy_ui.py
    morning = schedule_store.add_window(station.db, name="Bản tin sáng", start=time(6), end=time(6, 30))
    schedule_store.add_window_item(station.db, morning, segments["a"])
    weekdays = schedule_store.add_window(
        station.db, name="Bản tin chiều", start=time(17), end=time(17, 30), days={1, 2, 3, 4, 5}
    )
    schedule_store.add_window_item(station.db, weekdays, segments["b"])
    schedule_store.add_window(station.db, name="Khung trống", start=time(20), end=time(20, 15), days={6})
    schedule_store.add_one_off(station.db, segments["c"], datetime(2025, 3, 19, 9, 0), now=NOW)
    page.show_week()
    week = page.week_view
    assert week.first_day == date(2025, 3, 17)
    assert week.range_label.text() == "Tuần 17/03 – 23/03/2025"
    monday, wednesday, saturday = week.texts(0), week.texts(2), week.texts(5)
    assert monday == [
        "06:00–06:30\nBản tin sáng\n1 mục · 1 phút 30 giây",
        "  06:00 Cảnh giác cuộc gọi giả danh",
        "17:00–17:30\nBản tin chiều\n1 mục · 1 phút",
        "  17:00 Ứng xử văn minh trên mạng",
    ]
    assert "★ 09:00 Mật khẩu an toàn" in wednesday
    assert wednesday.index("★ 09:00 Mật khẩu an toàn") == 2  # between the morning and the evening
    assert not any("Bản tin chiều" in text for text in saturday)
    assert saturday[-1].startswith("⚠ 20:00–20:15\nKhung trống")
    assert "⚠ 1" in week.headers[5].text() and "⚠" not in week.headers[0].text()
    assert week.headers[0].text().startswith("Thứ Hai\n17/03")

    week.next_button.click()
    assert week.first_day == date(2025, 3, 24)
    assert not any("09:00" in text for text in week.texts(2))  # the one-off was last week
    week.this_week_button.click()
    assert week.first_day == date(2025, 3, 17)

    # Double-click a window in the week: it opens in the editor.
    column = week.columns[0]
    week.window_activated.emit(column.item(2).data(Qt.ItemDataRole.UserRole + 1))
    assert page.tabs.currentWidget() is page.windows_tab and page.editor.window_id == weekdays


def test_switching_windows_with_unsaved_changes_asks(page, station):
    first = schedule_store.add_window(station.db, name="Một", start=time(6), end=time(6, 30))
    second = schedule_store.add_window(station.db, name="Hai", start=time(17), end=time(17, 30))
    page.refresh()
    page.select_window(first)
    page.editor.name_edit.setText("Một (sửa)")
    answers = DialogAnswerer("Hủy")
    page.select_window(second)
    answers.stop()
    assert page.editor.window_id == first and page.editor.name_edit.text() == "Một (sửa)"
    answers = DialogAnswerer("Lưu")
    page.select_window(second)
    answers.stop()
    assert page.editor.window_id == second
    assert schedule_store.get_window(station.db, first).name == "Một (sửa)"


def test_deleting_a_window_asks_first(page, station, segments):
    window_id = schedule_store.add_window(station.db, name="Bỏ", start=time(6), end=time(6, 30))
    schedule_store.add_window_item(station.db, window_id, segments["a"])
    page.refresh()
    page.select_window(window_id)
    answers = DialogAnswerer("Không xóa", "Xóa khung giờ")
    page.delete_current_window()
    assert len(schedule_store.list_windows(station.db)) == 1
    page.delete_current_window()
    answers.stop()
    assert "và 1 mục" in answers.seen[0]
    assert schedule_store.list_windows(station.db) == []
    assert station.db.execute("SELECT count(*) FROM segments").fetchone()[0] == 3  # the library is untouched
    assert page.editor.window_id is None


def test_one_off_time_moves_forward_when_it_is_stale(page):
    page.one_off_at.setDateTime(page.one_off_at.dateTime().addDays(-2))
    page.tabs.setCurrentWidget(page.one_off_tab)
    assert page.one_off_moment() == NOW + timedelta(minutes=10)
