"""The register of online posts (đăng tải): recorded with the bulletin's title and topic, listed by day; the
command line refuses bad input in one Vietnamese line and records nothing."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from app.bulletins import create_bulletin, delete_bulletin, update_bulletin
from app.cli import run
from app.errors import InputError, NotFound
from app.posts import add_post, list_posts, parse_channel

NOW = datetime(2026, 12, 2, 9, 0, 0)
TOPIC = "An toàn thông tin"


@pytest.fixture
def cli(db_path, capsys):
    def call(*argv: str):
        try:
            code = run(["--db", str(db_path), *argv])
        except SystemExit as exc:  # argparse's usage error, as the real program exits
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    call("bulletin", "add", "--title", "Mật khẩu mạnh", "--topic", TOPIC, "--text", "Đặt mật khẩu dài.")
    return call


def _count(db_path) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM online_posts").fetchone()[0]


def test_post_keeps_title_and_topic_as_they_were(station):
    bulletin = create_bulletin(station.db, title="Mật khẩu mạnh", topic=TOPIC, body="Đặt mật khẩu dài.")
    first = add_post(
        station.db,
        bulletin_id=bulletin,
        channel="Zalo",
        posted_at=datetime(2026, 12, 1, 7, 30),
        now=NOW,
        operator="Lan",
    )
    update_bulletin(station.db, bulletin, title="Đổi tên", topic="Chủ đề khác", body="Khác.")
    add_post(station.db, bulletin_id=bulletin, channel="trang web", posted_at=datetime(2026, 12, 2, 8, 0), now=NOW)
    delete_bulletin(station.db, bulletin)
    posts = list_posts(station.db)
    assert [(p.id, p.title, p.topic, p.channel) for p in posts] == [
        (first, "Mật khẩu mạnh", TOPIC, "zalo"),
        (first + 1, "Đổi tên", "Chủ đề khác", "website"),
    ]
    assert posts[0].operator == "Lan" and posts[0].recorded_at == "2026-12-02 09:00:00"
    assert [p.id for p in list_posts(station.db, date(2026, 12, 1), date(2026, 12, 1))] == [first]
    assert [p.id for p in list_posts(station.db, date(2026, 12, 2))] == [first + 1]


def test_bad_posts_are_refused(station):
    bulletin = create_bulletin(station.db, title="Tin", topic=TOPIC, body="Một câu.")
    at = datetime(2026, 12, 1, 7, 30)
    with pytest.raises(InputError, match="Kênh đăng “tiktok”"):
        add_post(station.db, bulletin_id=bulletin, channel="tiktok", posted_at=at, now=NOW)
    with pytest.raises(InputError, match="không phải địa chỉ web"):
        add_post(station.db, bulletin_id=bulletin, channel="zalo", posted_at=at, now=NOW, url="nhóm zalo")
    with pytest.raises(InputError, match="tương lai"):
        add_post(station.db, bulletin_id=bulletin, channel="zalo", posted_at=datetime(2026, 12, 2, 10, 0), now=NOW)
    with pytest.raises(NotFound):
        add_post(station.db, bulletin_id=9999, channel="zalo", posted_at=at, now=NOW)
    assert station.db["online_posts"].count == 0
    assert parse_channel(" Khác ") == "other" and parse_channel("FACEBOOK") == "facebook"


def test_cli_add_prints_the_id_last_and_list_totals_by_channel(cli, db_path):
    code, out, _ = cli("post", "add", "--bulletin", "1", "--channel", "facebook", "--at", "2026-11-30 19:05:00",
                       "--url", "https://facebook.com/phuongbachsam/posts/1")  # fmt: skip
    assert code == 0 and out.splitlines()[-1] == "1"
    assert cli("post", "add", "--bulletin", "1", "--channel", "zalo", "--at", "2026-12-01 06:00")[0] == 0
    code, out, _ = cli("post", "list", "--from", "2026-11-01", "--to", "2026-11-30")
    assert code == 0
    assert "https://facebook.com/phuongbachsam/posts/1" in out
    assert out.splitlines()[-1] == "Tổng: 1 lần đăng (Facebook 1)"
    assert cli("post", "list")[1].splitlines()[-1] == "Tổng: 2 lần đăng (Zalo 1, Facebook 1)"


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["add", "--bulletin", "1", "--channel", "tiktok", "--at", "2026-12-01 06:00:00"], "Kênh đăng “tiktok”"),
        (["add", "--bulletin", "1", "--channel", "zalo", "--at", "01/12/2026"], "Thời điểm đăng “01/12/2026”"),
        (["add", "--bulletin", "1", "--channel", "zalo", "--at", "2099-01-01 06:00"], "tương lai"),
        (["add", "--bulletin", "9999", "--channel", "zalo", "--at", "2026-12-01 06:00"], "Không có bản tin số 9999"),
        (["add", "--bulletin", "1", "--channel", "zalo", "--at", "2026-12-01 06:00", "--url", "abc"], "địa chỉ web"),
        (["add", "--bulletin", "1", "--channel", "zalo"], "--at"),
        (["list", "--from", "2026-12-02", "--to", "2026-12-01"], "trước ngày bắt đầu"),
        (["list", "--from", "hôm qua"], "Ngày không hợp lệ"),
    ],
)
def test_cli_refuses_bad_input_in_one_line(cli, db_path, argv, fragment):
    code, out, err = cli("post", *argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and fragment in err, err
    assert "Traceback" not in err
    assert _count(db_path) == 0
