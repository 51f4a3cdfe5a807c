"""The schedule in the database: windows and items round-trip to the pure types, positions stay 1..n, bad
input is refused in Vietnamese with nothing written, and day plans come out of what is stored."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from app import schedule_store as store
from app.errors import InputError, NotFound
from schedules import Priority, Window
from tests.audio_fixtures import add_segment

DAY = date(2025, 3, 17)  # Monday


@pytest.fixture
def db(station):
    return station.db


@pytest.fixture
def segs(station):
    data_dir = station.paths.data_dir
    return [add_segment(station.db, data_dir, title=f"Tiết mục {n}", seconds=s) for n, s in ((1, 60), (2, 30), (3, 45))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06:00", time(6, 0)),
        ("6:05", time(6, 5)),
        ("06:00:30", time(6, 0, 30)),
        ("6h30", time(6, 30)),
        (" 23:59:59 ", time(23, 59, 59)),
    ],
)
def test_parse_clock(text, expected):
    assert store.parse_clock(text) == expected


@pytest.mark.parametrize("text", ["24:00", "6", "06:60", "sáu giờ", "", "06:00:61"])
def test_parse_clock_refuses(text):
    with pytest.raises(InputError, match="Giờ không hợp lệ"):
        store.parse_clock(text)


@pytest.mark.parametrize(
    ("text", "expected"), [("1234567", set(range(1, 8))), ("135", {1, 3, 5}), ("1,3,5", {1, 3, 5}), ("77", {7})]
)
def test_parse_days(text, expected):
    assert store.parse_days(text) == frozenset(expected)


@pytest.mark.parametrize("text", ["", "8", "0", "T2", "1-5"])
def test_parse_days_refuses(text):
    with pytest.raises(InputError, match="Ngày trong tuần không hợp lệ"):
        store.parse_days(text)


def test_window_round_trip_and_update(db):
    window_id = store.add_window(
        db,
        name="  Bản tin   sáng ",
        start=time(6),
        end=time(6, 30),
        days={1, 2, 3, 4, 5},
        date_from=date(2025, 3, 1),
        date_to=date(2025, 3, 31),
    )
    window = store.get_window(db, window_id)
    assert window == Window(
        window_id,
        "Bản tin sáng",
        time(6),
        time(6, 30),
        frozenset({1, 2, 3, 4, 5}),
        date(2025, 3, 1),
        date(2025, 3, 31),
        None,
        True,
    )
    store.update_window(db, window_id, end=time(6, 45), active=False)
    assert store.get_window(db, window_id).end == time(6, 45)
    assert not store.get_window(db, window_id).active
    assert store.list_windows(db, include_inactive=False) == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "  "}, "cần có tên"),
        ({"start": time(6), "end": time(6)}, "giờ bắt đầu trùng giờ kết thúc"),
        ({"days": set()}, "chưa chọn ngày nào"),
        ({"date_from": date(2025, 4, 1), "date_to": date(2025, 3, 1)}, "sau ngày kết thúc"),
    ],
)
def test_bad_window_is_refused_and_nothing_written(db, fields, message):
    values = {"name": "Sáng", "start": time(6), "end": time(6, 30), **fields}
    with pytest.raises(InputError, match=message):
        store.add_window(db, **values)
    assert db["windows"].count == 0


def test_items_keep_positions_one_to_n(db, segs):
    window_id = store.add_window(db, name="Sáng", start=time(6), end=time(7))
    a = store.add_window_item(db, window_id, segs[0])
    b = store.add_window_item(db, window_id, segs[1])
    c = store.add_window_item(db, window_id, segs[2], position=1)
    order = lambda: [(i.id, i.position) for i in store.list_items(db, window_id=window_id)]  # noqa: E731
    assert order() == [(c, 1), (a, 2), (b, 3)]
    store.move_window_item(db, c, 3)
    assert order() == [(a, 1), (b, 2), (c, 3)]
    store.move_window_item(db, c, 99)  # past the end: last
    assert order() == [(a, 1), (b, 2), (c, 3)]
    store.reorder_window_items(db, window_id, [b, c, a])
    assert order() == [(b, 1), (c, 2), (a, 3)]
    store.delete_item(db, c)
    assert order() == [(b, 1), (a, 2)]
    with pytest.raises(InputError, match="không khớp"):
        store.reorder_window_items(db, window_id, [b])
    with pytest.raises(InputError):
        store.move_window_item(db, a, 0)


def test_item_needs_an_existing_window_and_segment(db, segs):
    window_id = store.add_window(db, name="Sáng", start=time(6), end=time(7))
    with pytest.raises(NotFound, match="Không có khung giờ số 999"):
        store.add_window_item(db, 999, segs[0])
    with pytest.raises(NotFound, match="Không có tiết mục âm thanh số 999"):
        store.add_window_item(db, window_id, 999)
    with pytest.raises(InputError, match="Mức ưu tiên không hợp lệ"):
        store.add_window_item(db, window_id, segs[0], priority="gấp")
    assert db["schedule_items"].count == 0


def test_one_off_in_the_past_is_refused(db, segs):
    now = datetime(2025, 3, 17, 10, 0, 0)
    with pytest.raises(InputError, match="đã qua"):
        store.add_one_off(db, segs[0], datetime(2025, 3, 17, 9, 59, 59), now=now)
    item_id = store.add_one_off(db, segs[0], datetime(2025, 3, 17, 10, 0, 0, 700_000), priority="emergency", now=now)
    [item] = store.list_items(db, one_offs=True)
    assert (item.id, item.at, item.priority, item.segment_title) == (
        item_id,
        datetime(2025, 3, 17, 10),
        Priority.EMERGENCY,
        "Tiết mục 1",
    )


def test_item_counts_per_window_and_the_window_of_an_item(db, segs):
    morning = store.add_window(db, name="Sáng", start=time(6), end=time(7))
    evening = store.add_window(db, name="Chiều", start=time(17), end=time(18))
    store.add_window(db, name="Trống", start=time(11), end=time(12))
    first = store.add_window_item(db, morning, segs[0])
    store.add_window_item(db, morning, segs[1])
    store.add_window_item(db, evening, segs[2])
    one_off = store.add_one_off(db, segs[0], datetime(2025, 3, 17, 10), now=datetime(2025, 3, 17, 9))
    assert store.window_item_counts(db) == {morning: 2, evening: 1}  # one-offs and empty windows are absent
    assert store.item_window_id(db, first) == morning
    assert store.item_window_id(db, one_off) is None
    with pytest.raises(NotFound):
        store.item_window_id(db, 999)


def test_deleting_a_window_deletes_its_items(db, segs):
    window_id = store.add_window(db, name="Sáng", start=time(6), end=time(7))
    store.add_window_item(db, window_id, segs[0])
    store.delete_window(db, window_id)
    assert db["schedule_items"].count == 0
    with pytest.raises(NotFound):
        store.delete_window(db, window_id)


def test_day_plan_from_the_database(station, segs):
    db = station.db
    window_id = store.add_window(db, name="Sáng", start=time(6), end=time(6, 1), days={1})
    store.add_window_item(db, window_id, segs[0])
    store.add_window_item(db, window_id, segs[1])
    store.add_one_off(db, segs[2], datetime(2025, 3, 17, 17, 30), now=datetime(2025, 3, 1))
    plan = store.day_plan(db, DAY, station.paths.data_dir)
    assert [(i.title, i.planned_start.time(), i.planned_duration_s, i.hard_start) for i in plan.items] == [
        ("Tiết mục 1", time(6, 0), 60.0, True),
        ("Tiết mục 2", time(6, 1), 30.0, False),
        ("Tiết mục 3", time(17, 30), 45.0, True),
    ]
    assert [w.code for w in plan.warnings] == ["window_overrun"]
    assert store.day_plan(db, date(2025, 3, 18), station.paths.data_dir).items == ()  # Tuesday: only Monday


def test_a_segment_whose_file_is_gone_is_planned_with_a_warning(station, segs):
    db = station.db
    path = store.segment_audio(db, station.paths.data_dir, [segs[0]])[segs[0]].path
    assert path.is_file() and path.is_relative_to(station.paths.data_dir / "audio")
    path.unlink()
    store.add_one_off(db, segs[0], datetime(2025, 3, 17, 8), now=datetime(2025, 3, 1))
    plan = store.day_plan(db, DAY, station.paths.data_dir)
    assert [w.code for w in plan.warnings] == ["no_audio"]
    assert plan.items[0].planned_duration_s == 0.0


def test_segment_topic_falls_back_to_its_bulletin(station):
    db = station.db
    bulletin = db.execute("SELECT id, topic_id FROM bulletins WHERE topic_id IS NOT NULL LIMIT 1").fetchone()
    topic = db.execute("SELECT name FROM topics WHERE id = ?", [bulletin[1]]).fetchone()[0]
    seg = add_segment(db, station.paths.data_dir, title="Giọng đọc", seconds=5, topic="")
    db.execute("UPDATE segments SET bulletin_id = ? WHERE id = ?", [bulletin[0], seg])
    assert store.segment_infos(db, station.paths.data_dir)[seg].topic == topic
