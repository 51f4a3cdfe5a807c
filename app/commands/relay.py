"""`truyenthanh relay ...`: relay programmes (tiếp sóng) of higher-level stations."""

from __future__ import annotations

import argparse

from app.errors import InputError
from app.messages import msg

ORDER = 35


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "relay",
        help="tiếp sóng đài cấp trên: thêm, liệt kê",
        description="Chương trình tiếp sóng: một nguồn (luồng Internet hoặc đường vào âm thanh của máy) và một "
        "thời lượng; xếp vào lịch như mọi tiết mục (schedule add --segment SỐ).",
    )
    actions = parser.add_subparsers(dest="action", metavar="VIỆC", required=True)
    add = actions.add_parser(
        "add",
        help="thêm một chương trình tiếp sóng",
        description="Thêm một chương trình tiếp sóng. In số của tiết mục mới ở dòng cuối.",
    )
    add.add_argument("--title", required=True, help="tên chương trình, ví dụ “Thời sự Đài tỉnh”")
    source = add.add_mutually_exclusive_group(required=True)
    source.add_argument("--url", help="địa chỉ luồng http(s): MP3/AAC của Icecast, Shoutcast, hoặc HLS .m3u8")
    source.add_argument("--input", metavar="THIẾT_BỊ", help="đường vào âm thanh của máy (line-in từ máy thu FM)")
    add.add_argument("--length", required=True, type=float, metavar="GIÂY", help="thời lượng tiếp sóng, tính bằng giây")
    add.add_argument("--topic", help="chủ đề (nếu có) của chương trình")
    add.add_argument(
        "--fallback", type=int, metavar="SỐ", help="tiết mục phát thay khi mất tín hiệu (mặc định: nhạc chờ của đài)"
    )
    add.set_defaults(handler=handle_add)
    listing = actions.add_parser(
        "list", help="liệt kê chương trình tiếp sóng", description="Số, tên, nguồn, thời lượng và tiết mục dự phòng."
    )
    listing.set_defaults(handler=handle_list)


def handle_add(ctx, args: argparse.Namespace) -> int:
    from app.relay.store import add_relay
    from app.topics import find_topic

    station = ctx.station
    topic_id = None
    if args.topic:
        found = find_topic(station.db, args.topic)
        if found is None:
            raise InputError(msg("Không có chủ đề “{topic}”.", topic=args.topic))
        topic_id = found[0]
    segment_id = add_relay(
        station.db,
        station.paths.data_dir,
        title=args.title,
        url=args.url,
        input_device=args.input,
        length_s=args.length,
        topic_id=topic_id,
        fallback_segment_id=args.fallback,
        created_at=station.now(),
    )
    print(f"Đã thêm chương trình tiếp sóng: {' '.join(args.title.split())}")
    print(segment_id)
    return 0


def handle_list(ctx, args: argparse.Namespace) -> int:
    from app.formatting import VIETNAMESE
    from app.relay.store import list_relays

    relays = list_relays(ctx.station.db)
    for relay in relays:
        fallback = (
            f"dự phòng: tiết mục {relay.fallback_segment_id}" if relay.fallback_segment_id else "dự phòng: nhạc chờ"
        )
        length = VIETNAMESE.duration(relay.length_s)
        print(f"{relay.id:>5}  {relay.title}  [{relay.source_label}]  {length}  ({fallback})")
    print(f"Tổng: {len(relays)} chương trình tiếp sóng")
    return 0
