"""`truyenthanh log`: the airtime log (nhật ký phát sóng).

Each action is a nested subcommand registered by its own function listed in `SUBCOMMANDS`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.dates import parse_day
from app.errors import ImportRejected, InputError, StationError
from app.formatting import VIETNAMESE
from app.log.export import export_csv
from app.log.importer import ImportPreview, apply_import, preview_import, resume_imports
from app.log.paper import PaperCode, check_paper
from app.log.template import write_template
from app.log.verify import TAMPERED_PREFIX, LogVerdict, format_number, inspect_log
from app.messages import msg
from app.station import Station

ORDER = 50


def _register_export(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="xuất nhật ký ra tệp CSV (mở được bằng Excel)",
        description=(
            "Xuất các lượt phát trong khoảng ngày (tính cả hai đầu) ra tệp CSV mã UTF-8 có BOM, mở được bằng "
            "Excel. Tên cột và trạng thái bằng tiếng Việt: Bắt đầu, Kết thúc, Tiêu đề, Chủ đề, Trạng thái, Kiểu "
            "phát, Giờ dự kiến, Người vận hành, Ghi chú; sau đó là thời lượng và các cột kiểm tra, mã băm ở cuối. "
            "'log import' nhập lại đúng các dòng này. Lượt phát thuộc ngày bắt đầu phát; mục bị lỡ hoặc bỏ qua "
            "thuộc ngày dự kiến phát."
        ),
    )
    export.add_argument("--from", dest="date_from", metavar="NNNN-TT-NN", help="từ ngày (bắt buộc)")
    export.add_argument("--to", dest="date_to", metavar="NNNN-TT-NN", help="đến hết ngày (bắt buộc)")
    export.add_argument("-o", "--output", metavar="TỆP.csv", help="tệp CSV cần ghi (bắt buộc; ghi đè nếu đã có)")
    export.add_argument(
        "--codes",
        action="store_true",
        help="dạng cũ: tên cột và trạng thái bằng mã tiếng Anh (started_at, completed, ...) kèm cột nhãn",
    )
    export.set_defaults(handler=handle_export)


def register_verify(log_subparsers: argparse._SubParsersAction) -> None:
    """Adds `truyenthanh log verify [--paper MÃ]` to the `log` command's subparsers."""
    parser = log_subparsers.add_parser(
        "verify",
        help="kiểm tra nhật ký phát sóng có bị sửa ngoài phần mềm không; đối chiếu một bản in (--paper)",
        description="Kiểm tra lại toàn bộ chuỗi mã băm của nhật ký phát sóng và đối chiếu với bản ghi neo "
        "ngoài tệp dữ liệu. Nguyên vẹn: in số dòng đã kiểm tra và mã đầu chuỗi, thoát mã 0. Bị sửa, thiếu "
        "dòng cuối hay bị thay bằng bản cũ: chỉ ra chỗ không khớp, thoát mã khác 0. Với --paper MÃ (mã kiểm "
        "tra in trên báo cáo, cả dạng chữ lẫn mã QR): cho biết nhật ký còn giữ đúng chuỗi mà bản in đã lập.",
    )
    parser.add_argument(
        "--paper",
        metavar="MÃ",
        help="mã kiểm tra in trên một báo cáo đã ký (TTP1-…): nhật ký còn đúng như khi in không",
    )
    parser.set_defaults(handler=handle_verify)


def _anchor_line(verdict: LogVerdict) -> str:
    anchored = verdict.anchored
    if anchored is None:
        return "Không có bản ghi neo (tệp dữ liệu không thuộc một đài)."
    if anchored.state == "none" or anchored.anchor is None:
        return f"Chưa có bản ghi neo ({anchored.path})."
    last = anchored.anchor
    text = f"Khớp với bản ghi neo lúc {last.when} (lượt thứ {format_number(last.index)})"
    if anchored.unanchored:
        text += f"; {format_number(anchored.unanchored)} lượt sau đó chưa được neo"
    return text + "."


def handle_verify(ctx, args: argparse.Namespace) -> int:
    station = Station.open(ctx.db_path, read_only=True)
    try:
        db = station.db
        if args.paper is not None:
            result = check_paper(db, PaperCode.parse(args.paper))
            if not result.matches:
                raise StationError(result.message)
            print(result.message)
            return 0
        verdict = inspect_log(db, paths=station.paths)
        if not verdict.intact:
            raise StationError(verdict.message or TAMPERED_PREFIX)
        print(f"Nhật ký nguyên vẹn: đã kiểm tra {verdict.rows_checked} dòng.")
        print(f"Mã đầu chuỗi: {verdict.head_hash}")
        print(_anchor_line(verdict))
        if verdict.unprotected:
            print(
                "Cảnh báo: lớp bảo vệ chống sửa nhật ký đã bị gỡ khỏi tệp dữ liệu "
                f"({', '.join(verdict.unprotected)}); các dòng hiện vẫn khớp."
            )
        return 0
    finally:
        station.close()


def register_import(log_subparsers: argparse._SubParsersAction) -> None:
    """Add `import` under the `log` command (app/commands/log.py calls this with its subparsers)."""
    parser = log_subparsers.add_parser(
        "import",
        help="nhập nhật ký phát sóng từ tệp CSV hoặc Excel .xlsx (tất cả hoặc không dòng nào)",
        description="Nhập nhật ký từ tệp CSV (mã UTF-8) hoặc Excel .xlsx theo mẫu của 'log template' hay 'log "
        "export': cột Bắt đầu, Kết thúc, Tiêu đề, Chủ đề, Trạng thái bắt buộc; Kiểu phát, Giờ dự kiến, Người "
        "phát, Ghi chú, Thời lượng (giây) tùy chọn. Tên cột và trạng thái (Đã phát xong, Bị ngắt, Bị lỡ, Lỗi, "
        "Bỏ qua) có dấu hay không dấu, hoặc mã tiếng Anh (started_at, completed, ...); giờ dạng "
        "NNNN-TT-NN GG:PP:SS. Chỉ một dòng lỗi là không nhập dòng nào. Dòng đã có trong nhật ký được bỏ qua.",
    )
    parser.add_argument("file", metavar="TỆP.csv|TỆP.xlsx", type=Path, help="tệp CSV hoặc .xlsx cần nhập")
    parser.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và cho biết sẽ thêm gì, không ghi")
    parser.set_defaults(handler=handle_import)


def handle_import(ctx, args: argparse.Namespace) -> int:
    db = ctx.station.db
    if not args.dry_run:
        for pending, added in resume_imports(db):
            print(f"Đã hoàn tất lần nhập dở dang từ {pending.file_name}: thêm {added} dòng.")
    preview = preview_import(db, args.file, now=ctx.station.now())
    if preview.errors:
        raise ImportRejected(preview.error_message())
    if args.dry_run:
        print(f"Xem trước {args.file.name}: {preview.summary()}. Chưa ghi gì.")
        _print_topics(preview)
        return 0
    ids = apply_import(db, preview)
    print(f"Đã nhập {len(ids)} dòng từ {args.file.name}: {preview.summary()}.")
    _print_topics(preview)
    return 0


def _print_topics(preview: ImportPreview) -> None:
    for count in preview.topics:
        mark = " (chủ đề mới)" if count.new else ""
        cut_short = f", {count.cut_short} lượt ngắt sớm (không tính)" if count.cut_short else ""
        print(
            f"  {count.topic}{mark}: {count.airings} lượt phát, {VIETNAMESE.duration(count.seconds)}"
            f"{cut_short}, {count.not_aired} lượt không phát"
        )


def register_template(log_subparsers: argparse._SubParsersAction) -> None:
    parser = log_subparsers.add_parser(
        "template",
        help="ghi tệp mẫu để nhập nhật ký (CSV hoặc .xlsx, tên cột tiếng Việt, một dòng ví dụ)",
        description="Ghi tệp mẫu cho 'log import': các cột bằng tiếng Việt (trong ngoặc là cách ghi và các "
        "trạng thái được dùng), một dòng ví dụ. Tệp .xlsx có thêm trang 'Hướng dẫn'.",
    )
    parser.add_argument("-o", "--output", metavar="TỆP.csv|TỆP.xlsx", required=True, help="tệp mẫu cần ghi")
    parser.set_defaults(handler=handle_template)


def handle_template(ctx, args: argparse.Namespace) -> int:
    target = write_template(Path(args.output))
    print(f"Đã ghi tệp mẫu {target}")
    return 0


SUBCOMMANDS = [_register_export, register_verify, register_import, register_template]


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
            msg(
                "Thiếu {missing} (ví dụ: log export --from 2025-03-01 --to 2025-03-31 -o nhat-ky.csv).",
                missing=", ".join(missing),
            )
        )
    first, last = parse_day(args.date_from), parse_day(args.date_to)
    target = Path(args.output)
    count = export_csv(ctx.station.db, first, last, target, codes=args.codes)
    print(f"Đã xuất {count} lượt phát từ {first:%d/%m/%Y} đến {last:%d/%m/%Y} vào {target}")
    return 0
