from datetime import datetime, timedelta

import pytest

from app.cli import CliContext, CliServices, OneLineParser
from app.commands.log import register_verify
from app.errors import StationError
from app.log import airings
from app.log.verify import startup_chain_warning

T0 = datetime(2026, 11, 20, 6, 0, 0)


def _air(db, title, at):
    airing_id = airings.start_airing(db, title=title, topic="An toàn thông tin", started_at=at, trigger="scheduled")
    airings.finish_airing(db, airing_id, ended_at=at + timedelta(seconds=90))
    return airing_id


def _verify(db_path, capsys):
    """`log verify` through a parser built the way app/commands/log.py registers it."""
    parser = OneLineParser(prog="truyenthanh")
    log_parser = parser.add_subparsers(dest="command").add_parser("log", description="nhật ký")
    register_verify(log_parser.add_subparsers(dest="log_command"))
    args = parser.parse_args(["log", "verify"])
    ctx = CliContext(db_path=db_path, services=CliServices())
    code = args.handler(ctx, args)
    return code, capsys.readouterr().out


def test_intact_log_prints_rows_and_head(station, capsys):
    for n in range(3):
        _air(station.db, f"Tin {n}", T0 + timedelta(hours=n))
    code, out = _verify(station.paths.database, capsys)
    assert code == 0
    assert "Nhật ký nguyên vẹn: đã kiểm tra 3 dòng." in out
    assert f"Mã đầu chuỗi: {airings.chain_head_hash(station.db)}" in out
    assert startup_chain_warning(station.db) is None


@pytest.mark.parametrize("tamper", ["content", "deleted"])
def test_tampered_row_is_named(station, capsys, tamper):
    ids = [_air(station.db, f"Tin {n}", T0 + timedelta(hours=n)) for n in range(4)]
    station.db.execute("DROP TRIGGER airings_finished_immutable")
    station.db.execute("DROP TRIGGER airings_no_delete")
    if tamper == "content":
        station.db.execute("UPDATE airings SET title = 'Tin đã sửa' WHERE id = ?", [ids[1]])
        expected = f"dòng số {ids[1]} (07:00:00 ngày 20/11/2026, “Tin đã sửa”) không còn khớp (nội dung dòng"
    else:
        station.db.execute("DELETE FROM airings WHERE id = ?", [ids[1]])
        expected = f"dòng số {ids[2]} (08:00:00 ngày 20/11/2026, “Tin 2”) không còn khớp (thiếu hoặc sai thứ tự"
    with pytest.raises(StationError) as broken:
        _verify(station.paths.database, capsys)
    assert str(broken.value).startswith("Nhật ký đã bị sửa ngoài phần mềm: ")
    assert expected in str(broken.value)
    assert startup_chain_warning(station.db) == str(broken.value)


def test_dropped_protection_alone_is_reported(station, capsys):
    _air(station.db, "Tin", T0)
    station.db.execute("DROP TRIGGER airings_no_delete")
    code, out = _verify(station.paths.database, capsys)
    assert code == 0
    assert "Cảnh báo: lớp bảo vệ chống sửa nhật ký đã bị gỡ" in out and "airings_no_delete" in out


def test_verify_on_an_empty_log(station, capsys):
    code, out = _verify(station.paths.database, capsys)
    assert code == 0 and "đã kiểm tra 0 dòng" in out
    assert f"Mã đầu chuỗi: {airings.GENESIS_HASH}" in out
