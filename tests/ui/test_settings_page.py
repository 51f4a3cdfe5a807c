"""Cài đặt: the share of its planned length an interrupted airing needs to count is a station setting."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.log import airings
from app.log.counting import SHARE_SETTING, CountingRule
from app.log.listing import AiringQuery, LogFilter
from tests.ui.dialogs import DialogAnswerer
from ui.settings_page import SettingsPage
from ui.tasks import TaskRunner


def test_the_counting_share_is_edited_validated_and_used(qtbot, station):
    began = datetime(2026, 11, 20, 6, 0, 0)
    airing = airings.start_airing(
        station.db, title="Ngắt ở 40%", topic="", started_at=began, trigger="scheduled", planned_duration_s=100.0
    )
    airings.finish_airing(
        station.db, airing, ended_at=began + timedelta(seconds=40), status="interrupted", duration_s=40
    )
    day = LogFilter(date(2026, 11, 20), date(2026, 11, 20))
    assert AiringQuery(station.db).totals(day).cut_short == 1

    runner = TaskRunner()
    page = SettingsPage(station, runner)
    qtbot.addWidget(page)
    assert page.count_share.value() == 50 and page.count_share.suffix() == " %"
    assert (page.count_share.minimum(), page.count_share.maximum()) == (10, 100)
    page.count_share.setValue(5)  # below the range: the field will not take it
    assert page.count_share.value() == 10
    page.count_share.setValue(40)
    answers = DialogAnswerer("OK")
    page.save_button.click()
    answers.stop()
    assert (
        station.db["settings"].get(SHARE_SETTING)["value"] == "40" and CountingRule.of(station.db).share_percent == 40
    )
    assert station.settings.count_interrupted_min_percent == 40
    totals = AiringQuery(station.db).totals(day)
    assert (totals.counted, totals.cut_short) == (1, 0)  # 40 s of 100 now counts

    station.update_settings({SHARE_SETTING: "abc"})  # typed into the database by hand
    page.load()
    assert page.count_share.value() == 50  # shown as the default; saving puts a valid value back
    runner.wait_all(5000)


def test_settings_saved_is_emitted_only_once_the_values_are_stored(qtbot, station):
    """The window applies output, volume and operator on this signal: never for a form the page refused."""
    page = SettingsPage(station, TaskRunner())
    qtbot.addWidget(page)
    saved: list[str] = []
    page.settings_saved.connect(lambda: saved.append(station.settings.operator_name))
    page.fields["station_name"].setText("")
    page.fields["operator_name"].setText("Trần Thị Bình")
    answers = DialogAnswerer("OK", "OK")
    page.save_button.click()  # refused: the station needs a name
    assert answers.seen == ["Tên đài không được để trống."] and saved == []
    page.fields["station_name"].setText("Đài Truyền thanh phường Bạch Sam")
    page.save_button.click()
    answers.stop()
    assert saved == ["Trần Thị Bình"]  # already stored when the signal came
