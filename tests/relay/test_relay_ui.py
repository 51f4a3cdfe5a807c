"""The window and a relay: “Thêm tiếp sóng” with “Nghe thử nguồn” in Lịch phát, and Phát sóng showing “Đang tiếp
sóng”, the signal and the time relayed, over the real driver, player, Icecast server and null sink."""

from __future__ import annotations

import re

import pytest

from app import schedule_store
from app.relay.store import add_relay, list_relays
from tests.audio_fixtures import add_segment
from tests.relay.conftest import FALLBACK_HZ, SOURCE_HZ
from tests.relay.icecast import free_port
from tests.ui.modal_helpers import WhenDialog
from tests.ui.test_playout_sound import next_second
from ui.relay_dialog import RelayDialog
from ui.rundown_model import RundownModel
from ui.tasks import TaskRunner


@pytest.fixture
def schedule_page(qtbot, station):
    from ui.schedule_page import SchedulePage

    runner = TaskRunner()
    page = SchedulePage(station, runner)
    qtbot.addWidget(page)
    page.show()
    yield page
    runner.wait_all(10_000)
    page.shutdown()


def test_add_relay_checks_the_source_then_puts_it_in_the_window(qtbot, schedule_page, station, icecast):
    icecast.feed("tinh.mp3", SOURCE_HZ)
    fallback = add_segment(station.db, station.paths.data_dir, title="Nhạc chờ", seconds=1, frequency=FALLBACK_HZ)
    schedule_page.refresh()
    schedule_page.editor.name_edit.setText("Tiếp sóng buổi sáng")
    window_id = schedule_page.save_window()
    assert window_id is not None
    seen = {}

    def fill(dialog: RelayDialog) -> None:
        dialog.title_edit.setText("Thời sự Đài tỉnh")
        dialog.url_edit.setText(f"http://127.0.0.1:{free_port()}/khong-co.mp3")
        dialog.check_button.click()
        qtbot.waitUntil(lambda: dialog.check_button.isEnabled(), timeout=15_000)
        seen["bad"] = dialog.check_result.text()
        dialog.url_edit.setText(icecast.url("tinh.mp3"))
        dialog.check_button.click()
        qtbot.waitUntil(lambda: "Nguồn phát tốt" in dialog.check_result.text(), timeout=15_000)
        seen["good"] = dialog.check_result.text()
        dialog.length_spin.setValue(15)
        dialog.fallback_combo.setCurrentIndex(dialog.fallback_combo.findData(fallback))
        dialog.add_button.click()

    when = WhenDialog(RelayDialog, fill)
    segment_id = schedule_page.add_relay()
    when.check()
    assert "Không nghe được nguồn" in seen["bad"]
    assert "Nguồn phát tốt" in seen["good"]
    [relay] = list_relays(station.db)
    assert (relay.id, relay.url, relay.length_s, relay.fallback_segment_id) == (
        segment_id,
        icecast.url("tinh.mp3"),
        900.0,
        fallback,
    )
    in_window = station.db.execute("SELECT segment_id FROM schedule_items WHERE window_id = ?", [window_id]).fetchall()
    assert [row[0] for row in in_window] == [segment_id]


def test_a_bad_address_is_refused_in_vietnamese_and_nothing_added(qtbot, schedule_page, station):
    from tests.ui.dialogs import DialogAnswerer

    answerer = DialogAnswerer("OK")

    def fill(dialog: RelayDialog) -> None:
        dialog.title_edit.setText("Đài tỉnh")
        dialog.url_edit.setText("radio tinh")
        dialog.add_button.click()  # the error box is answered by `answerer`; the dialog stays open
        assert dialog.isVisible()
        dialog.reject()

    when = WhenDialog(RelayDialog, fill)
    assert schedule_page.add_relay() is None
    when.check()
    answerer.stop()
    assert "Địa chỉ luồng tiếp sóng không hợp lệ" in answerer.seen[0]
    assert list_relays(station.db) == []


def test_on_air_shows_relaying_the_signal_and_the_time(pulse_sink, qtbot, station, icecast, tmp_path):
    from ui.main_window import MainWindow
    from ui.playout_driver import PlayoutDriver

    source = icecast.feed("tinh.mp3", SOURCE_HZ)
    station.update_settings({"audio_output": "truyenthanh_test"})
    fallback = add_segment(station.db, station.paths.data_dir, title="Nhạc chờ", seconds=4, frequency=FALLBACK_HZ)
    segment = add_relay(
        station.db,
        station.paths.data_dir,
        title="Thời sự Đài Phát thanh tỉnh",
        url=icecast.url("tinh.mp3"),
        length_s=12,
        created_at=station.now(),
        fallback_segment_id=fallback,
    )
    schedule_store.add_one_off(station.db, segment, next_second(5.5))
    driver = PlayoutDriver.for_station(station, heartbeat_s=1.0)
    window = MainWindow(station, playout=driver)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("on_air")
    page = window.page("on_air")
    try:
        qtbot.waitUntil(
            lambda: "Có tín hiệu" in page.relay_status.text() and "ĐANG TIẾP SÓNG" in page.badge.text(), timeout=15_000
        )
        assert page.relay_status.isVisible()
        states = [page.model.index(r, RundownModel.STATE).data() for r in range(page.model.rowCount())]
        assert "Đang tiếp sóng" in states
        # The time relayed counts up as the relay goes out (the page refreshes on the driver's ticks).
        qtbot.waitUntil(lambda: "Đã tiếp sóng 2 giây" in page.relay_status.text(), timeout=10_000)
        window.grab().save(str(tmp_path / "relay-on-air.png"))
        source.kill()
        qtbot.waitUntil(lambda: "Mất tín hiệu" in page.relay_status.text(), timeout=8_000)
        assert re.search(r"dự phòng \d giây", page.relay_status.text()), page.relay_status.text()
    finally:
        window.shutdown()
    [row] = station.db.query("SELECT status, note FROM airings")
    assert row["status"] == "interrupted" and row["note"].startswith("Tiếp sóng http://")
    assert "Phần mềm được tắt khi đang phát." in row["note"]
