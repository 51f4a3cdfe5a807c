"""`truyenthanh info`: where the station keeps its data and what is in it."""

from __future__ import annotations

import argparse

from app.database import schema_version
from app.errors import StorageError
from app.log import anchors
from app.log.importer import describe_pending, pending_imports
from app.log.journal import journal_path
from app.log.recorder import count_pending
from app.station import Station

ORDER = 90


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "info",
        help="thông tin đài: tệp dữ liệu, phiên bản, số bản tin, bản ghi neo nhật ký",
        description="In đường dẫn tệp dữ liệu, phiên bản cấu trúc dữ liệu, số lượng bản ghi, bản ghi neo nhật ký, "
        "số bản ghi phát sóng còn chờ trong tệp nhật ký dự phòng và lần nhập nhật ký dở dang (nếu có).",
    )
    parser.set_defaults(handler=handle)


def handle(ctx, args: argparse.Namespace) -> int:
    # Only reads: opened read-only, so it answers at once even while another program writes (or the
    # disk is full or read-only); a new or older database is opened normally (created or brought up to date).
    try:
        station = Station.open(ctx.db_path, read_only=True)
    except StorageError:
        return _show(ctx.station)
    try:
        return _show(station)
    finally:
        station.close()


def _show(station: Station) -> int:
    db = station.db
    print(f"Đài: {station.settings.station_name}")
    print(f"Tệp dữ liệu: {station.paths.database}")
    print(f"Thư mục âm thanh: {station.paths.audio_store}")
    print(f"Phiên bản dữ liệu: {schema_version(db)[-1]}")
    for table, label in (
        ("topics", "Chủ đề"),
        ("bulletins", "Bản tin"),
        ("segments", "Tiết mục"),
        ("airings", "Lượt phát trong nhật ký"),
    ):
        print(f"{label}: {db[table].count}")
    anchor_file = anchors.station_anchor_file(station.paths)
    try:
        last = anchors.last_anchor(anchor_file)
    except OSError as exc:
        print(f"Bản ghi neo nhật ký: {anchor_file} (không đọc được: {exc})")
    else:
        where = f"lượt thứ {last.index}, ghi lúc {last.when}" if last else "chưa có"
        print(f"Bản ghi neo nhật ký: {anchor_file} ({where})")
    waiting, problem = count_pending(station.paths.database)
    state = f"{waiting} bản ghi phát sóng chờ ghi vào nhật ký" if waiting else "trống"
    print(f"Tệp nhật ký dự phòng: {state} ({journal_path(station.paths.database)})")
    if problem:
        print(f"Tệp nhật ký dự phòng có chỗ hỏng: {problem}")
    for pending in pending_imports(db):
        print(describe_pending(pending))
    return 0
