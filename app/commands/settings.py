"""`truyenthanh settings ...`: the station's settings (Cài đặt) for a station run without the window."""

from __future__ import annotations

import argparse
from dataclasses import fields
from typing import Any

ORDER = 80


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "settings",
        help="cài đặt của đài: liệt kê, xem, đặt",
        description="Cài đặt của đài (như trang Cài đặt), cho đài chạy không có cửa sổ.",
    )
    actions = parser.add_subparsers(dest="action", metavar="VIỆC", required=True)
    listing = actions.add_parser("list", help="liệt kê mọi cài đặt", description="Mỗi dòng: tên = giá trị.")
    listing.set_defaults(handler=handle_list)
    get = actions.add_parser("get", help="in giá trị một cài đặt", description="In giá trị của một cài đặt.")
    get.add_argument("key", metavar="TÊN", help="tên cài đặt, ví dụ require_approval")
    get.set_defaults(handler=handle_get)
    put = actions.add_parser(
        "set",
        help="đặt giá trị một cài đặt",
        description="Kiểm tra rồi lưu giá trị của một hoặc nhiều cài đặt (cùng lúc, hoặc không lưu gì); bật/tắt "
        "nhận on hoặc off (ví dụ: settings set require_approval on). Cơ quan ban hành và hình thức ký được kiểm tra "
        'cùng nhau: settings set issuer station head_title "TRƯỞNG ĐÀI" signing_form "" '
        'signer_title "TRƯỞNG ĐÀI".',
    )
    put.add_argument("key", metavar="TÊN", help="tên cài đặt")
    put.add_argument("value", metavar="GIÁ_TRỊ", help="giá trị mới")
    put.add_argument("more", nargs="*", metavar="TÊN GIÁ_TRỊ", help="các cặp tên, giá trị khác, lưu cùng lúc")
    put.set_defaults(handler=handle_set)


def shown(value: Any) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    return "" if value is None else str(value)


def handle_list(ctx, args: argparse.Namespace) -> int:
    settings = ctx.station.settings
    for item in fields(settings):
        print(f"{item.name} = {shown(getattr(settings, item.name))}")
    return 0


def handle_get(ctx, args: argparse.Namespace) -> int:
    from app.settings import check_key

    check_key(args.key)
    print(shown(getattr(ctx.station.settings, args.key)))
    return 0


def handle_set(ctx, args: argparse.Namespace) -> int:
    from app.errors import InputError
    from app.messages import msg
    from app.settings import checked_values, stored_text

    if len(args.more) % 2:
        raise InputError(msg("Thiếu giá trị cho cài đặt “{key}”.", key=args.more[-1]))
    pairs = [args.key, args.value, *args.more]
    texts = dict(zip(pairs[::2], pairs[1::2], strict=True))
    values = checked_values(ctx.station.settings, texts)
    ctx.station.update_settings({key: stored_text(value) for key, value in values.items()})
    for key, value in values.items():
        print(f"Đã lưu cài đặt {key} = {shown(value)}")
    return 0
