"""One topic matcher (app/topics.py) behind every command that takes a topic name.

It used to be two: `bulletin add` ignored accents, `report --topic` and `report targets set` did not, so
"Phong chong lua dao qua mang" (typed on a keyboard with no Vietnamese input) worked for the one and was
refused by the others. Each command below is run as the operator types it, through app.cli.run.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta

import pytest

from app.cli import run
from app.errors import InputError
from app.log import airings
from app.station import Station
from app.topics import match_topic
from tests.audio_fixtures import make_tone

TOPIC = "Phòng chống lừa đảo qua mạng"
TYPED = ("Phong chong lua dao qua mang", "  phong CHONG lua   dao qua mang ", "phòng chống LỪA ĐẢO qua mạng")


@pytest.fixture
def cli(db_path, capsys):
    def call(*argv: str) -> tuple[int, str, str]:
        code = run(["--db", str(db_path), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    call("bulletin", "list")  # creates the station with its five topics
    station = Station.open(db_path)
    started = datetime(2026, 4, 10, 6, 0, 0)
    airing = airings.start_airing(station.db, title="Cảnh giác", topic=TOPIC, started_at=started, trigger="manual")
    airings.finish_airing(
        station.db, airing, ended_at=started + timedelta(seconds=120), status="completed", duration_s=120
    )
    station.close()
    return call


def topics(db_path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM topics ORDER BY id")]


@pytest.mark.parametrize("typed", TYPED)
def test_bulletin_add_and_list_find_the_topic(cli, db_path, typed):
    before = topics(db_path)
    code, out, err = cli("bulletin", "add", "--title", "Tin mới", "--topic", typed, "--text", "Cảnh giác lừa đảo.")
    assert code == 0, err
    assert topics(db_path) == before  # no new topic "Phong chong lua dao qua mang"
    code, out, err = cli("bulletin", "list", "--topic", typed)
    assert code == 0, err
    assert f"[{TOPIC}]  Tin mới" in out


def test_bulletin_import_audio_finds_the_topic(cli, db_path, tmp_path):
    before = topics(db_path)
    tone = make_tone(tmp_path / "thong-bao.mp3", 1.0)
    code, out, err = cli("bulletin", "import-audio", str(tone), "--title", "Thông báo", "--topic", TYPED[0])
    assert code == 0, err
    segment_id = int(out.strip().splitlines()[-1])
    assert topics(db_path) == before
    with sqlite3.connect(db_path) as conn:
        (name,) = conn.execute(
            "SELECT topics.name FROM segments JOIN topics ON topics.id = segments.topic_id WHERE segments.id = ?",
            [segment_id],
        ).fetchone()
    assert name == TOPIC


@pytest.mark.parametrize("typed", TYPED)
def test_report_topic_finds_the_topic(cli, typed):
    code, out, err = cli(
        "report", "--from", "2026-04-01", "--to", "2026-04-30", "--topic", typed, "--format", "json", "-o", "-"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["topic_filter"] == TOPIC and data["period"]["airings"] == 1


@pytest.mark.parametrize("typed", TYPED)
def test_report_targets_set_list_and_delete_find_the_topic(cli, typed):
    code, out, err = cli("report", "targets", "set", typed, "airings_per_day", "2")
    assert code == 0, err
    assert out.strip() == f"Đã đặt chỉ tiêu: {TOPIC}: Tối thiểu 2 lượt/ngày"
    code, out, err = cli("report", "targets", "list", "--topic", typed)
    assert code == 0, err
    assert out.strip() == f"{TOPIC}: Tối thiểu 2 lượt/ngày (airings_per_day)"
    code, out, err = cli("report", "targets", "list", "--topic", typed, "--from", "2026-04-10", "--to", "2026-04-10")
    assert code == 0, err
    assert f"{TOPIC}: Tối thiểu 2 lượt/ngày | cần 2 lượt, thực hiện 1 lượt | Thiếu 1 lượt" in out
    code, out, err = cli("report", "targets", "delete", typed, "airings_per_day")
    assert code == 0, err
    code, out, err = cli("report", "targets", "list")
    assert "Chưa có chỉ tiêu nào" in out


def test_an_unknown_topic_is_refused_in_one_line_by_each_command(cli):
    for argv in (
        (
            "report",
            "--from",
            "2026-04-01",
            "--to",
            "2026-04-30",
            "--topic",
            "Phong chong lua",
            "-o",
            "-",
            "--format",
            "json",
        ),
        ("report", "targets", "set", "Phong chong lua", "airings_per_day", "2"),
        ("report", "targets", "delete", "Phong chong lua", "airings_per_day"),
        ("bulletin", "list", "--topic", "Phong chong lua"),
    ):
        code, out, err = cli(*argv)
        assert code != 0 and len(err.strip().splitlines()) == 1 and "Phong chong lua" in err, argv


def test_a_name_written_with_its_accents_picks_that_topic_and_an_accentless_one_is_not_guessed():
    names = ["Lúa mùa", "Lũa mùa"]  # two names that differ only by accents
    assert match_topic("lúa MÙA", names) == "Lúa mùa" and match_topic("Lũa mùa", names) == "Lũa mùa"
    with pytest.raises(InputError, match="khớp với nhiều chủ đề: Lúa mùa; Lũa mùa"):
        match_topic("Lua mua", names)
    assert match_topic("Lua mua", ["Lúa mùa", "An toàn thông tin"]) == "Lúa mùa"
    assert match_topic("Lua", ["Lúa mùa"]) is None
