"""`truyenthanh check`: the start-up checks, on demand."""

from __future__ import annotations

import argparse

from app.log.catch_up import catch_up
from app.paths import StationPaths
from app.startup_checks import run_startup_checks

ORDER = 75


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "check",
        help="kiểm tra dữ liệu của đài: tệp hỏng, chỉ đọc, đầy ổ đĩa, thiếu âm thanh, nhật ký bị sửa",
        description="Trước hết ghi vào nhật ký những gì còn chờ: các bản ghi phát sóng trong tệp nhật ký dự phòng "
        "(khi không có chương trình nào đang phát) và phần còn lại của lần nhập nhật ký bị dừng giữa chừng. "
        "Sau đó chạy các bước kiểm tra lúc khởi động và in từng vấn đề kèm cách xử lý. Thoát mã 0 khi không "
        "có vấn đề, 1 khi chỉ có cảnh báo, 3 khi có lỗi.",
    )
    parser.set_defaults(handler=handle)


def handle(ctx, args: argparse.Namespace) -> int:
    paths = StationPaths.for_database(ctx.db_path)
    for line in catch_up(paths):
        print(line)
    problems = run_startup_checks(paths)
    if not problems:
        print("Không phát hiện vấn đề nào.")
        return 0
    for problem in problems:
        print(f"[{'LỖI' if problem.is_error else 'CẢNH BÁO'}] {problem.message}")
    return 3 if any(problem.is_error for problem in problems) else 1
