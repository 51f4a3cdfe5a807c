from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.backup import create_backup, list_backups
from app.log import airings
from app.log.anchors import read_anchors, station_anchor_file
from app.log.verify import inspect_log
from app.station import Station
from tests.ui.dialogs import DialogAnswerer
from ui.backup_panel import BackupPanel
from ui.settings_page import SettingsPage
from ui.tasks import TaskRunner

T0 = datetime(2026, 11, 20, 6, 0, 0)


def _air(db, title, at, finish=True):
    airing_id = airings.start_airing(db, title=title, topic="An toàn thông tin", started_at=at, trigger="scheduled")
    if finish:
        airings.finish_airing(db, airing_id, ended_at=at + timedelta(seconds=90))
    return airing_id


@pytest.fixture
def runner(qtbot):
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_all(10_000)


@pytest.fixture
def panel(qtbot, station, runner):
    page = SettingsPage(station, runner)
    qtbot.addWidget(page)
    yield page.backup_panel  # the page stays alive while the test runs


def test_settings_page_has_the_backup_group(panel):
    assert panel.title() == "Sao lưu dữ liệu"
    assert panel.list.item(0).text() == "Chưa có bản sao lưu nào."
    assert not panel.restore_selected_button.isEnabled()


def test_backup_now_adds_one_to_the_list(qtbot, panel, station):
    with qtbot.waitSignal(panel.backup_finished, timeout=10_000) as made:
        panel.backup_button.click()
    assert made.args[0].parent == station.paths.backup_dir and made.args[0].is_file()
    assert panel.list.count() == 1
    assert made.args[0].name in panel.list.item(0).text()
    assert panel.status.text().startswith("Đã sao lưu vào ")
    qtbot.waitUntil(panel.backup_button.isEnabled)


def test_restore_selected_backup_after_confirming(qtbot, panel, station):
    _air(station.db, "Trước sao lưu", T0)
    create_backup(station.paths, T0)
    _air(station.db, "Sau sao lưu", T0 + timedelta(hours=1))
    panel.refresh()
    panel.list.setCurrentRow(0)
    assert panel.restore_selected_button.isEnabled()
    answers = DialogAnswerer("Khôi phục, bỏ 1 lượt phát", "OK")
    with qtbot.waitSignal(panel.restored, timeout=10_000) as restored:
        panel.restore_selected_button.click()
    answers.stop()
    assert "Bản sao lưu có 1 lượt phát" in answers.seen[0]
    assert "Dữ liệu hiện tại (2 lượt phát) được giữ lại" in answers.seen[0]
    assert "thiếu 1 lượt phát cuối mà nhật ký hiện tại đã ghi" in answers.seen[0]
    assert "được giữ lại ở" in answers.seen[1]
    result = restored.args[0]
    assert result.kept_aside.exists() and result.loss.dropped == 1
    assert [row["title"] for row in station.db["airings"].rows] == ["Trước sao lưu"]  # reopened on the restored file
    # The confirmed drop is in the anchors: the restored log is not taken for a truncated one.
    verdict = inspect_log(station.db)
    assert verdict.intact, verdict.message
    restore_line = read_anchors(station_anchor_file(station.paths)).anchors[-1]
    assert (restore_line.event, restore_line.index, restore_line.detail["dropped"]) == ("restore", 1, 1)


def test_restore_can_be_declined(qtbot, panel, station):
    _air(station.db, "Giữ nguyên", T0)
    backup = create_backup(station.paths, T0)
    _air(station.db, "Cũng giữ", T0 + timedelta(hours=1))
    answers = DialogAnswerer("Không khôi phục")
    assert panel.restore_from(backup) is False
    answers.stop()
    assert station.db["airings"].count == 2
    assert not [p for p in station.paths.database.parent.iterdir() if "truoc-khoi-phuc" in p.name]


def test_restore_refused_while_on_air(qtbot, panel, station):
    backup = create_backup(station.paths, T0)
    _air(station.db, "Đang phát dở", T0, finish=False)
    answers = DialogAnswerer("OK")
    assert panel.restore_from(backup) is False
    answers.stop()
    assert "Đang phát “Đang phát dở”" in answers.seen[0]


def test_bad_file_is_explained(qtbot, panel, tmp_path):
    bad = tmp_path / "rac.db"
    bad.write_text("không phải sao lưu", encoding="utf-8")
    answers = DialogAnswerer("OK")
    assert panel.restore_from(bad) is False
    answers.stop()
    assert "không phải bản sao lưu hợp lệ" in answers.seen[0]


def test_read_only_station_cannot_back_up_or_restore(qtbot, station, runner):
    create_backup(station.paths, T0)
    viewer = Station.open(station.paths.database, read_only=True)
    try:
        panel = BackupPanel(viewer, runner)
        qtbot.addWidget(panel)
        panel.list.setCurrentRow(0)
        assert panel.list.count() == 1 and panel.list.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
        assert not panel.backup_button.isEnabled()
        assert not panel.restore_selected_button.isEnabled() and not panel.restore_file_button.isEnabled()
        assert "chỉ xem" in panel.status.text()
    finally:
        viewer.close()
    assert len(list_backups(station.paths)) == 1
