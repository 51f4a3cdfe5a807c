"""Online posts in the report, against hand counts: the period's and the baseline's posts by channel, each
topic's posts beside its airings, the edges of the days, one topic's report; the airings' figures unchanged."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.bulletins import create_bulletin
from app.cli import run
from app.posts import add_post
from app.report import build_report, report_to_json
from tests.app.test_report import APRIL, MARCH, A, B, C, aired

NOW = datetime(2026, 11, 27, 9, 0, 0)
CHANNELS = ("zalo", "facebook", "website", "other")


@pytest.fixture
def posted(station):
    db = station.db
    fraud = create_bulletin(db, title="Lừa đảo", topic=A, body="Một.")
    safety = create_bulletin(db, title="An toàn", topic=B, body="Hai.")
    conduct = create_bulletin(db, title="Ứng xử", topic=C, body="Ba.")
    aired(db, A, "2026-04-02 06:00:00", 120)
    aired(db, A, "2026-03-02 06:00:00", 100)

    def post(bulletin: int, channel: str, at: str) -> None:
        add_post(db, bulletin_id=bulletin, channel=channel, posted_at=datetime.fromisoformat(at), now=NOW)

    # Baseline (March): A zalo, A facebook, B website
    post(fraud, "zalo", "2026-03-01 00:00:00")
    post(fraud, "facebook", "2026-03-31 23:59:59")
    post(safety, "website", "2026-03-15 12:00:00")
    # Period (April): A zalo x2, A website, B facebook, C other, C zalo
    post(fraud, "zalo", "2026-04-01 00:00:00")
    post(fraud, "zalo", "2026-04-10 07:00:00")
    post(fraud, "website", "2026-04-30 23:59:59")
    post(safety, "facebook", "2026-04-11 08:00:00")
    post(conduct, "other", "2026-04-20 09:00:00")
    post(conduct, "zalo", "2026-04-21 09:00:00")
    # Outside both: the days just before and after
    post(fraud, "zalo", "2026-02-28 23:59:59")
    post(safety, "zalo", "2026-05-01 00:00:00")
    return station


def test_posts_by_channel_for_period_and_baseline(posted):
    data = report_to_json(build_report(posted.db, APRIL, MARCH, now=NOW))
    assert data["online"]["period"]["posts"] == 6
    assert data["online"]["period"]["by_channel"] == {"zalo": 3, "facebook": 1, "website": 1, "other": 1}
    assert data["online"]["baseline"]["posts"] == 3
    assert data["online"]["baseline"]["by_channel"] == {"zalo": 1, "facebook": 1, "website": 1, "other": 0}
    assert data["online"]["period"]["by_topic"] == {A: 3, C: 2, B: 1}


def test_topic_rows_carry_their_posts_and_airings_are_unchanged(posted):
    data = report_to_json(build_report(posted.db, APRIL, MARCH, now=NOW))
    rows = {row["topic"]: row for row in data["topics"]}
    assert (rows[A]["airings"], rows[A]["posts"], rows[A]["baseline_posts"]) == (1, 3, 2)
    assert data["period"]["airings"] == 1 and data["baseline"]["airings"] == 1  # posts are not airings


def test_one_topic_report_counts_only_its_posts(posted):
    data = report_to_json(build_report(posted.db, APRIL, MARCH, topic=B, now=NOW))
    assert data["online"]["period"]["by_channel"] == {"zalo": 0, "facebook": 1, "website": 0, "other": 0}
    assert data["online"]["baseline"]["posts"] == 1


def test_no_baseline_and_no_posts(station):
    data = report_to_json(build_report(station.db, APRIL, now=NOW))
    assert data["online"] == {"period": {"posts": 0, "by_channel": dict.fromkeys(CHANNELS, 0), "by_topic": {}},
                              "baseline": None}  # fmt: skip


def test_report_command_writes_online_to_json(posted, db_path, tmp_path, capsys):
    target = tmp_path / "bao-cao.json"
    argv = ["--db", str(db_path), "report", "--from", "2026-04-01", "--to", "2026-04-30"]
    argv += ["--baseline-from", "2026-03-01", "--baseline-to", "2026-03-31", "-o", str(target)]
    assert run(argv) == 0, capsys.readouterr().err
    online = json.loads(target.read_text(encoding="utf-8"))["online"]
    assert (online["period"]["posts"], online["baseline"]["posts"]) == (6, 3)
