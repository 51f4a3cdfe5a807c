"""Station settings are typed and parsed in one place, with one set of defaults; station time comes from them."""

from __future__ import annotations

import sqlite3
from dataclasses import fields, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.errors import InputError
from app.log.counting import DEFAULT_SHARE_PERCENT, SHARE_SETTING, CountingRule
from app.settings import DEFAULTS, StationSettings, read_settings
from app.speech import plan_text
from app.station import Station


def test_a_new_station_is_seeded_with_the_one_set_of_defaults(station):
    stored = {row["key"]: row["value"] for row in station.db["settings"].rows}
    # The one difference: a new station has its first-start welcome to show (off by default, for older stations).
    assert {key: stored[key] for key in DEFAULTS} == {**DEFAULTS, "welcome_pending": "on"}
    assert DEFAULTS == StationSettings().stored()
    assert read_settings(station.db) == replace(StationSettings(), welcome_pending=True) == station.settings
    assert SHARE_SETTING in {item.name for item in fields(StationSettings)}
    assert station.settings.count_interrupted_min_percent == DEFAULT_SHARE_PERCENT
    assert (station.settings.speech_speed, station.settings.speech_repeat) == (1.0, 2)
    assert station.settings.speech_intro_segment is None


def test_values_typed_by_hand_read_as_the_default_and_checks_keep_their_words(station):
    with sqlite3.connect(station.paths.database) as shell:  # as the sqlite3 shell would
        shell.executemany(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            [("speech_speed", "nhanh"), ("volume", ""), ("speech_intro_segment", "7"), (SHARE_SETTING, "5")],
        )
    reopened = Station.open(station.paths.database)
    try:
        settings = reopened.settings
        assert (settings.speech_speed, settings.volume, settings.speech_intro_segment) == (1.0, 1.0, 7)
        assert settings.count_interrupted_min_percent == DEFAULT_SHARE_PERCENT  # shown and edited as the default
        with pytest.raises(InputError, match="Tỷ lệ để tính một lượt bị ngắt không hợp lệ: “5”"):
            CountingRule.of(reopened.db)  # a report still refuses to count with it, in the same words
        with pytest.raises(InputError, match=r"âm thanh mở đầu đã chọn trong Cài đặt \(tiết mục số 7\)"):
            plan_text(reopened, "Bản tin thử.")
        reopened.update_settings({"speech_speed": "0.9", "speech_intro_segment": ""})
        assert (reopened.settings.speech_speed, reopened.settings.speech_intro_segment) == (0.9, None)
    finally:
        reopened.close()


def test_station_time_is_the_wall_clock_in_the_station_zone(station):
    for setting, zone in (("Asia/Tokyo", "Asia/Tokyo"), ("Không/CóVùngNày", "Asia/Ho_Chi_Minh")):
        station.update_settings({"timezone": setting})
        expected = datetime.now(ZoneInfo(zone)).replace(tzinfo=None)
        assert abs(station.now() - expected) < timedelta(seconds=2) and station.now().tzinfo is None
