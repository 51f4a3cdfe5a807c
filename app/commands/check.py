"""`truyenthanh check`: the start-up checks, on demand."""

from __future__ import annotations

import argparse

from app.paths import StationPaths
from app.startup_checks import run_startup_checks

ORDER = 75


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "check",
        help="kiểm tra dữ liệu của đài: tệp hỏng, chỉ đọc, đầy ổ đĩa, thiếu âm thanh, nhật ký bị sửa",
        description="Chạy các bước kiểm tra lúc khởi động và in từng vấn đề kèm cách xử lý. Thoát mã 0 khi không "
        "có vấn đề, 1 khi chỉ có cảnh báo, 3 khi có lỗi.",
    )
    parser.set_defaults(handler=handle)


def handle(ctx, args: argparse.Namespace) -> int:
    problems = run_startup_checks(StationPaths.for_database(ctx.db_path))
    if not problems:
        print("Không phát hiện vấn đề nào.")
        return 0
    for problem in problems:
        print(f"[{'LỖI' if problem.is_error else 'CẢNH BÁO'}] {problem.message}")
    return 3 if any(problem.is_error for problem in problems) else 1
