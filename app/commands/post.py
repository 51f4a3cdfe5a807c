"""`truyenthanh post ...`: the register of online posts (đăng tải) of bulletins."""

from __future__ import annotations

import argparse

from app.dates import parse_day
from app.errors import InputError
from app.messages import msg

ORDER = 25


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "post",
        help="sổ đăng tải: ghi nhận bản tin đã đăng lên Zalo, Facebook, trang web",
        description="Ghi nhận và liệt kê các lần đăng bản tin lên mạng (đăng tải). Việc đăng do cán bộ đài làm "
        "trên Zalo, Facebook hoặc trang web của phường; báo cáo đếm các lần đăng này riêng với số lần phát.",
    )
    actions = parser.add_subparsers(dest="action", metavar="VIỆC", required=True)
    add = actions.add_parser(
        "add", help="ghi nhận một lần đăng", description="Ghi nhận một lần đăng bản tin. In số của bản ghi ở dòng cuối."
    )
    add.add_argument("--bulletin", type=int, required=True, metavar="SỐ", help="số của bản tin đã đăng")
    add.add_argument("--channel", required=True, metavar="KÊNH", help="zalo, facebook, website hoặc other")
    add.add_argument("--at", required=True, metavar="“NNNN-TT-NN GG:PP:GG”", help="ngày giờ đăng (giờ của đài)")
    add.add_argument("--url", default="", help="đường dẫn bài đăng (http:// hoặc https://)")
    add.add_argument("--operator", default=None, metavar="TÊN", help="người đăng (mặc định: cán bộ đài trong cài đặt)")
    add.set_defaults(handler=handle_add)
    listing = actions.add_parser(
        "list", help="liệt kê các lần đăng", description="Liệt kê các lần đăng, cũ nhất trước, kèm tổng theo kênh."
    )
    listing.add_argument("--from", dest="date_from", metavar="NNNN-TT-NN", help="từ ngày")
    listing.add_argument("--to", dest="date_to", metavar="NNNN-TT-NN", help="đến hết ngày")
    listing.set_defaults(handler=handle_list)


def handle_add(ctx, args: argparse.Namespace) -> int:
    from app.posts import CHANNEL_LABELS, add_post, list_posts, parse_posted_at

    station = ctx.station
    operator = args.operator if args.operator is not None else station.settings.operator_name
    post_id = add_post(
        station.db,
        bulletin_id=args.bulletin,
        channel=args.channel,
        posted_at=parse_posted_at(args.at),
        now=station.now(),
        url=args.url,
        operator=operator,
    )
    (post,) = [p for p in list_posts(station.db) if p.id == post_id]
    print(f"Đã ghi nhận: bản tin {post.bulletin_id} đăng trên {CHANNEL_LABELS[post.channel]} lúc {post.posted_at}")
    print(post_id)
    return 0


def handle_list(ctx, args: argparse.Namespace) -> int:
    from app.posts import CHANNEL_LABELS, CHANNELS, list_posts

    start = parse_day(args.date_from) if args.date_from else None
    end = parse_day(args.date_to) if args.date_to else None
    if start and end and end < start:
        raise InputError(msg("Ngày kết thúc {end} trước ngày bắt đầu {start}.", end=end, start=start))
    posts = list_posts(ctx.station.db, start, end)
    for post in posts:
        link = f"  {post.url}" if post.url else ""
        who = f"  ({post.operator})" if post.operator else ""
        channel = CHANNEL_LABELS[post.channel]
        print(f"{post.id:>5}  {post.posted_at}  {channel:<9}  [{post.topic}]  {post.title}{link}{who}")
    counts = {channel: sum(post.channel == channel for post in posts) for channel in CHANNELS}
    by_channel = ", ".join(f"{CHANNEL_LABELS[c]} {n}" for c, n in counts.items() if n)
    print(f"Tổng: {len(posts)} lần đăng" + (f" ({by_channel})" if by_channel else ""))
    return 0
