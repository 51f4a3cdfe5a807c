"""Broadcast-hour rules in the window: edited in Cài đặt (presets included), a refused schedule change shown
with the rule it breaks and overridden with a reason, quiet hours drawn on the day timeline and the week."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLabel

from app import policy
from app import schedule_store as store
from tests.audio_fixtures import add_segment
from tests.ui.dialogs import DialogAnswerer
from tests.ui.modal_helpers import WhenDialog
from ui.policy_override import PolicyOverrideDialog
from ui.qt_dates import to_qdatetime
from ui.settings_page import SettingsPage
from ui.tasks import TaskRunner

NOW = datetime(2031, 3, 17, 8, 0, 0)  # a Monday morning


def test_rules_are_edited_in_settings_with_a_preset(qtbot, station):
    runner = TaskRunner()
    page = SettingsPage(station, runner)
    qtbot.addWidget(page)
    group = page.policy_group
    assert group.title() == "Quy định giờ phát"
    assert (
        group.quiet.isChecked() and group.quiet_from.time() == QTime(21, 30) and group.quiet_to.time() == QTime(5, 30)
    )
    assert group.session_minutes.value() == 0 and group.session_minutes.text() == "Không giới hạn"

    hanoi = group.preset.findData("ha-noi-noi-thanh")
    group.preset.setCurrentIndex(hanoi)
    group.preset.activated.emit(hanoi)
    assert (group.sessions_per_day.value(), group.session_minutes.value()) == (2, 15)
    assert [box.isChecked() for box in group.days] == [True] * 5 + [False] * 2
    group.quiet_from.setTime(QTime(22, 0))
    answers = DialogAnswerer("OK")
    page.save_button.click()
    answers.stop()
    rules = policy.read_rules(station.db)
    assert (rules.quiet_from, rules.quiet_to, rules.max_sessions_per_day, rules.max_session_minutes) == (
        time(22),
        time(5, 30),
        2,
        15,
    )
    assert rules.days == frozenset({1, 2, 3, 4, 5})

    for box in group.days:  # the last day left stays ticked
        box.setChecked(False)
    assert [box.isChecked() for box in group.days] == [False] * 4 + [True] + [False] * 2
    group.quiet.setChecked(False)
    answers = DialogAnswerer("OK")
    page.save_button.click()
    answers.stop()
    assert not policy.read_rules(station.db).has_quiet_hours
    assert policy.read_rules(station.db).days == frozenset({5})
    runner.wait_all(5000)


@pytest.fixture
def schedule_page(qtbot, station):
    from ui.schedule_page import SchedulePage

    widget = SchedulePage(station, TaskRunner(), clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1080, 720)
    widget.show()
    return widget


def test_a_refused_one_off_shows_the_rule_and_is_overridden_with_a_reason(schedule_page, station, qtbot):
    seg = add_segment(station.db, station.paths.data_dir, title="Tin khẩn về cháy rừng", seconds=60)
    page = schedule_page
    page.set_one_off_segment(seg)
    page.one_off_at.setDateTime(to_qdatetime(datetime(2031, 3, 18, 4, 30)))
    seen: list[str] = []

    def decline(dialog: PolicyOverrideDialog) -> None:
        seen.append(dialog.findChild(QLabel, "policy_refusal").text())
        assert not dialog.override_button.isEnabled()  # no reason yet
        dialog.reject()

    when = WhenDialog(PolicyOverrideDialog, decline)
    assert page.add_one_off_from_form() is None
    when.check()
    assert "Vi phạm quy định giờ nghỉ 21:30–05:30: buổi phát 04:30–04:31 ngày 18/03/2031" in seen[0]
    assert store.list_items(station.db, one_offs=True) == []

    def give_reason(dialog: PolicyOverrideDialog) -> None:
        dialog.reason.setText("Theo chỉ đạo của Ban Chỉ huy phòng cháy")
        assert dialog.override_button.isEnabled()
        dialog.override_button.click()

    when = WhenDialog(PolicyOverrideDialog, give_reason)
    item = page.add_one_off_from_form()
    when.check()
    assert item is not None
    [row] = policy.list_overrides(station.db)
    assert (row.subject, row.subject_id, row.reason) == ("item", item, "Theo chỉ đạo của Ban Chỉ huy phòng cháy")
    assert row.operator == station.settings.operator_name


def test_a_refused_window_is_refused_in_the_editor(schedule_page, station):
    station.update_settings(policy.rules_to_settings(policy.preset("3-buoi-45-phut").rules))
    page = schedule_page
    page.new_window()
    page.editor.name_edit.setText("Bản tin dài")
    page.editor.start_edit.setTime(QTime(6, 0))
    page.editor.end_edit.setTime(QTime(7, 0))
    when = WhenDialog(PolicyOverrideDialog, lambda dialog: dialog.reject())
    assert page.save_window() is None
    when.check()
    assert store.list_windows(station.db) == []


def test_quiet_hours_are_shown_on_the_week_and_the_day_timeline(schedule_page, station, qtbot):
    from ui.day_timeline import DayTimeline

    station.update_settings(policy.rules_to_settings(policy.preset("ha-noi-noi-thanh").rules))
    page = schedule_page
    page.show_week()
    week = page.week_view
    monday, saturday = week.texts(0), week.texts(5)
    assert monday == ["🌙 00:00–05:30 giờ nghỉ", "🌙 21:30–24:00 giờ nghỉ", "(không có lịch)"]
    assert "(không phát)" in week.headers[5].text() and "(không phát)" not in week.headers[0].text()
    assert saturday[0].startswith("🌙")

    timeline = DayTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(800, 54)
    timeline.set_state((), NOW, policy.read_rules(station.db))
    spans = timeline.quiet_spans()
    assert [(a.strftime("%H:%M"), b.strftime("%d %H:%M")) for a, b in spans] == [
        ("00:00", "17 05:30"),
        ("21:30", "18 00:00"),
    ]
    image = timeline.grab().toImage()
    quiet_pixel = image.pixelColor(int(8 + 3 / 24 * (800 - 16)), 12)  # 03:00
    open_pixel = image.pixelColor(int(8 + 12 / 24 * (800 - 16)), 12)  # noon
    assert quiet_pixel != open_pixel


def test_the_report_page_says_whether_the_rules_were_kept(qtbot, station):
    from datetime import date, timedelta

    from app.log import airings
    from app.report import Period, build_report
    from ui.reports_page import ReportsPage

    started = datetime(2031, 3, 17, 4, 0)  # in the quiet hours
    airing = airings.start_airing(
        station.db, title="Tin", topic="", started_at=started, trigger="scheduled", planned_duration_s=60.0
    )
    airings.finish_airing(
        station.db, airing, ended_at=started + timedelta(seconds=60), status="completed", duration_s=60.0
    )
    runner = TaskRunner()
    page = ReportsPage(station, runner)
    qtbot.addWidget(page)
    report = build_report(station.db, Period(date(2031, 3, 17), date(2031, 3, 17)), now=NOW + timedelta(days=1))
    text = page.headline_text(report)
    assert (
        "Quy định giờ phát: chưa tuân thủ; nhiều nhất 1 buổi phát một ngày, buổi dài nhất 1 phút, "
        "1 lượt trong giờ nghỉ." in text
    )
    page.shutdown()
    runner.wait_all(10_000)
