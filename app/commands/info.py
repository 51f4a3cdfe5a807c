"""`truyenthanh info`: where the station keeps its data and what is in it."""

from __future__ import annotations

import argparse

from app.database import schema_version
from app.log import anchors

ORDER = 90


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "info",
        help="thông tin đài: tệp dữ liệu, phiên bản, số bản tin, bản ghi neo nhật ký",
        description="In đường dẫn tệp dữ liệu, phiên bản cấu trúc dữ liệu và số lượng bản ghi.",
    )
    parser.set_defaults(handler=handle)


def handle(ctx, args: argparse.Namespace) -> int:
    station = ctx.station
    db = station.db
    print(f"Đài: {station.settings['station_name']}")
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
    return 0
