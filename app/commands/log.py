"""`truyenthanh log`: the airtime log (nhật ký phát sóng).

Each action is a nested subcommand registered by its own function listed in `SUBCOMMANDS`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app import log_export
from app.dates import parse_day
from app.errors import InputError
from app.log_import import register_import
from app.log_verify import register_verify

ORDER = 50


def _register_export(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="xuất nhật ký ra tệp CSV (mở được bằng Excel)",
        description=(
            "Xuất các lượt phát trong khoảng ngày (tính cả hai đầu) ra tệp CSV mã UTF-8 có BOM, mở được bằng "
            "Excel. Các cột đầu: started_at, ended_at, title, topic, status, trigger, scheduled_at, operator, "
            "note; sau đó là thời lượng, nhãn tiếng Việt và các cột kiểm tra. Lượt phát thuộc ngày bắt đầu phát; "
            "mục bị lỡ hoặc bỏ qua thuộc ngày dự kiến phát."
        ),
    )
    export.add_argument("--from", dest="date_from", metavar="NNNN-TT-NN", help="từ ngày (bắt buộc)")
    export.add_argument("--to", dest="date_to", metavar="NNNN-TT-NN", help="đến hết ngày (bắt buộc)")
    export.add_argument("-o", "--output", metavar="TỆP.csv", help="tệp CSV cần ghi (bắt buộc; ghi đè nếu đã có)")
    export.set_defaults(handler=handle_export)


SUBCOMMANDS = [_register_export, register_verify, register_import]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "log",
        help="nhật ký phát sóng: xuất, nhập, kiểm tra",
        description="Nhật ký phát sóng: mỗi lượt phát thật là một dòng, không sửa, không xóa.",
    )
    commands = parser.add_subparsers(dest="log_command", metavar="LỆNH", required=True)
    for add in SUBCOMMANDS:
        add(commands)


def handle_export(ctx, args: argparse.Namespace) -> int:
    missing = [
        option
        for option, value in (("--from", args.date_from), ("--to", args.date_to), ("-o", args.output))
        if not value
    ]
    if missing:
        raise InputError(
            f"Thiếu {', '.join(missing)} (ví dụ: log export --from 2025-03-01 --to 2025-03-31 -o nhat-ky.csv)."
        )
    first, last = parse_day(args.date_from), parse_day(args.date_to)
    target = Path(args.output)
    count = log_export.export_csv(ctx.station.db, first, last, target)
    print(f"Đã xuất {count} lượt phát từ {first:%d/%m/%Y} đến {last:%d/%m/%Y} vào {target}")
    return 0
