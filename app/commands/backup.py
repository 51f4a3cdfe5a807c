"""`truyenthanh backup [-o FILE]` and `truyenthanh restore FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.backup import create_backup, list_backups, restore_backup, restore_loss
from app.errors import InputError
from app.instance_lock import ROLE_RESTORE, StationLock
from app.messages import msg
from app.paths import StationPaths
from app.station_time import now_local

ORDER = 70


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser(
        "backup",
        help="sao lưu dữ liệu của đài",
        description="Sao lưu tệp dữ liệu (kể cả khi phần mềm đang chạy) vào thư mục sao lưu của đài, đặt tên theo "
        "ngày giờ; tự xoá bản cũ, giữ 14 ngày gần nhất và 12 bản cuối tháng. Với -o: ghi ra tệp chỉ định.",
    )
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="TỆP",
        help="ghi bản sao lưu ra tệp này (ví dụ trên ổ USB) thay vì thư mục sao lưu của đài",
    )
    backup.add_argument("--list", action="store_true", help="chỉ liệt kê các bản sao lưu hiện có")
    backup.set_defaults(handler=handle_backup)

    restore = sub.add_parser(
        "restore",
        help="khôi phục dữ liệu từ một bản sao lưu",
        description="Kiểm tra tệp sao lưu, giữ lại tệp dữ liệu hiện tại (đổi tên kèm thời điểm, không xoá) rồi thay "
        "bằng bản sao lưu. Phải đóng cửa sổ phần mềm và lệnh phát trước. Bản sao lưu thiếu những lượt phát mà "
        "nhật ký hiện tại đã có: lệnh nói bỏ bao nhiêu lượt và chỉ khôi phục khi có --force; việc khôi phục "
        "được ghi vào bản ghi neo của nhật ký.",
    )
    restore.add_argument("file", type=Path, metavar="TỆP", help="tệp sao lưu cần khôi phục")
    restore.add_argument(
        "--force",
        action="store_true",
        help="xác nhận khôi phục cả khi bản sao lưu thiếu những lượt phát cuối của nhật ký hiện tại",
    )
    restore.set_defaults(handler=handle_restore)


def _size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def handle_backup(ctx, args: argparse.Namespace) -> int:
    paths = StationPaths.for_database(ctx.db_path)
    if args.list:
        backups = list_backups(paths)
        if not backups:
            print(f"Chưa có bản sao lưu nào trong {paths.backup_dir}.")
        for backup in backups:
            print(f"{backup.taken_at:%d/%m/%Y %H:%M:%S}  {_size(backup.size):>9}  {backup.path}")
        return 0
    target = create_backup(paths, now_local(), target=args.output)
    print(f"Đã sao lưu dữ liệu vào: {target} ({_size(target.stat().st_size)})")
    return 0


def handle_restore(ctx, args: argparse.Namespace) -> int:
    paths = StationPaths.for_database(ctx.db_path)
    with StationLock.acquire(paths, ROLE_RESTORE):
        loss = restore_loss(paths, args.file) if Path(args.file).expanduser().is_file() else None
        if loss is not None and loss.dropped and not args.force:
            raise InputError(
                msg(
                    "{loss} Nếu chắc chắn, chạy lại lệnh với --force để xác nhận.",
                    loss=loss.message(Path(args.file).name),
                )
            )
        result = restore_backup(paths, args.file, now_local(), allow_dropping=None if args.force else 0)
    summary = result.summary
    print(f"Đã khôi phục dữ liệu từ: {result.restored_from}")
    print(f"Bản sao lưu có {summary.airings} lượt phát trong nhật ký và {summary.bulletins} bản tin.")
    if result.kept_aside:
        print(f"Dữ liệu trước khi khôi phục được giữ lại ở: {result.kept_aside}")
    if not summary.chain_intact:
        print("Cảnh báo: nhật ký trong bản sao lưu này đã bị sửa ngoài phần mềm (xem: truyenthanh log verify).")
    if result.loss is not None and result.loss.dropped:
        print(f"Đã bỏ {result.loss.dropped} lượt phát cuối theo xác nhận; việc khôi phục đã được ghi vào bản ghi neo.")
    for failure in result.anchor_failures:
        print(f"Cảnh báo: không ghi được bản ghi neo ({failure}).")
    return 0
