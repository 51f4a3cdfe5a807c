"""`truyenthanh service install|remove|status`: the station starts with the computer (app/service_install.py)."""

from __future__ import annotations

import argparse

from app import service_install
from app.paths import StationPaths

ORDER = 45


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "service",
        help="cho đài tự phát nền khi đăng nhập máy tính",
        description=(
            "install: cài mục khởi động để mỗi lần đăng nhập máy tính, đài tự phát sóng theo lịch không cần "
            "cửa sổ (truyenthanh playout) với tệp dữ liệu này; mở cửa sổ khi đài đang phát nền thì cửa sổ "
            "xem đài đang phát, không phát lần thứ hai. remove: gỡ mục đó. status: cho biết đã cài chưa và "
            "đài có đang phát nền không. Trên Linux là dịch vụ systemd của người dùng (hoặc mục tự khởi động "
            "XDG khi máy không dùng systemd); trên Windows là một mục trong thư mục Startup."
        ),
    )
    parser.add_argument("action", choices=("install", "remove", "status"), help="install, remove hoặc status")
    parser.add_argument(
        "--kind",
        choices=service_install.KINDS,
        help="kiểu mục khởi động: systemd, autostart (Linux) hoặc windows (mặc định: tự chọn theo máy)",
    )
    parser.set_defaults(handler=handle)


def handle(ctx, args: argparse.Namespace) -> int:
    paths = StationPaths.for_database(ctx.db_path)
    if args.action == "install":
        result = service_install.install(paths, args.kind)
        print(f"Đã cài: đài tự phát nền mỗi khi đăng nhập máy tính ({paths.database}).")
    elif args.action == "remove":
        result = service_install.remove(paths, args.kind)
        print("Đã gỡ mục khởi động cùng máy tính.")
    else:
        result = service_install.status(paths, args.kind)
    print(result.describe())
    return 0
