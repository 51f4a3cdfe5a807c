"""`truyenthanh report`: the broadcast report for a period, and `report targets` to manage targets."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.dates import DAY_FORMS, parse_day
from app.errors import InputError, StationError
from app.formatting import VIETNAMESE
from app.messages import msg
from app.report import (
    FORMATS,
    METRIC_LABELS,
    METRICS,
    STREAMABLE_FORMATS,
    Period,
    build_report,
    delete_target,
    export_report,
    format_for_path,
    iter_annex,
    list_targets,
    set_target,
    stream_report,
)

ORDER = 60

DATE_HELP = f"dạng {DAY_FORMS}"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "report",
        help="báo cáo tần suất và thời lượng phát sóng theo chủ đề (pdf, xlsx, csv, json)",
        description="Lập báo cáo kết quả phát sóng tuyên truyền cho một kỳ (tính cả hai ngày đầu, cuối), "
        "có thể so sánh với một kỳ trước. Ví dụ: truyenthanh report --from 2025-04-01 "
        "--to 2025-06-30 --baseline-from 2025-01-01 --baseline-to 2025-03-31 "
        "--format xlsx -o bao-cao.xlsx",
    )
    parser.add_argument("--from", dest="date_from", metavar="NGÀY", help=f"ngày đầu kỳ báo cáo ({DATE_HELP})")
    parser.add_argument("--to", dest="date_to", metavar="NGÀY", help="ngày cuối kỳ báo cáo (tính cả ngày này)")
    parser.add_argument("--baseline-from", metavar="NGÀY", help="ngày đầu kỳ so sánh (ví dụ trước văn bản chỉ đạo)")
    parser.add_argument("--baseline-to", metavar="NGÀY", help="ngày cuối kỳ so sánh")
    parser.add_argument("--topic", metavar="CHỦ_ĐỀ", help="chỉ báo cáo một chủ đề")
    parser.add_argument("--format", choices=FORMATS, help="định dạng tệp (mặc định: theo đuôi tên tệp)")
    parser.add_argument("-o", "--output", metavar="TỆP", help="tệp để ghi; '-' in ra màn hình (chỉ với json, csv)")
    parser.add_argument(
        "--annex",
        action="store_true",
        help="JSON, CSV: kèm danh sách chi tiết từng lượt phát, ghi dần ra tệp (pdf, xlsx luôn có phụ lục)",
    )
    parser.add_argument(
        "--no-log-check",
        action="store_true",
        help="bỏ qua kiểm tra toàn vẹn cả nhật ký và bản ghi neo (nhanh hơn với nhật ký rất lớn); "
        "báo cáo ghi 'chưa kiểm tra'",
    )
    parser.set_defaults(handler=handle_report)

    nested = parser.add_subparsers(dest="report_command", metavar="LỆNH")
    targets = nested.add_parser(
        "targets",
        help="chỉ tiêu phát sóng theo chủ đề",
        description="Xem, đặt, xóa chỉ tiêu (ví dụ tối thiểu 2 lượt/ngày).",
    )
    actions = targets.add_subparsers(dest="targets_command", metavar="VIỆC", required=True)

    listing = actions.add_parser(
        "list",
        help="liệt kê chỉ tiêu, có thể kèm kết quả thực hiện",
        description="Liệt kê chỉ tiêu; với --from và --to thì so với thực tế.",
    )
    listing.add_argument("--from", dest="date_from", metavar="NGÀY", help=f"ngày đầu kỳ ({DATE_HELP})")
    listing.add_argument("--to", dest="date_to", metavar="NGÀY", help="ngày cuối kỳ")
    listing.add_argument("--topic", metavar="CHỦ_ĐỀ", help="chỉ một chủ đề")
    listing.set_defaults(handler=handle_targets_list)

    setting = actions.add_parser(
        "set",
        help="đặt chỉ tiêu cho một chủ đề",
        description="Đặt (hoặc sửa) mức tối thiểu của một chủ đề. Loại chỉ tiêu: "
        + ", ".join(f"{m} ({METRIC_LABELS[m]})" for m in METRICS),
    )
    setting.add_argument("topic", metavar="CHỦ_ĐỀ", help="tên chủ đề")
    setting.add_argument("metric", metavar="LOẠI", choices=METRICS, help="loại chỉ tiêu")
    setting.add_argument("minimum", metavar="MỨC", help="mức tối thiểu (số)")
    setting.set_defaults(handler=handle_targets_set)

    deleting = actions.add_parser("delete", help="xóa một chỉ tiêu", description="Xóa chỉ tiêu của một chủ đề.")
    deleting.add_argument("topic", metavar="CHỦ_ĐỀ", help="tên chủ đề")
    deleting.add_argument("metric", metavar="LOẠI", choices=METRICS, help="loại chỉ tiêu")
    deleting.set_defaults(handler=handle_targets_delete)


def _period(start: str | None, end: str | None, start_flag: str, end_flag: str) -> Period | None:
    if start is None and end is None:
        return None
    if start is None or end is None:
        missing = start_flag if start is None else end_flag
        raise InputError(
            msg(
                "Thiếu {missing}: cần cả {start_flag} và {end_flag}",
                missing=missing,
                start_flag=start_flag,
                end_flag=end_flag,
            )
        )
    return Period(parse_day(start), parse_day(end))


def handle_report(ctx, args: argparse.Namespace) -> int:
    period = _period(args.date_from, args.date_to, "--from", "--to")
    if period is None:
        raise InputError(msg("Cần cho kỳ báo cáo: --from NGÀY --to NGÀY"))
    baseline = _period(args.baseline_from, args.baseline_to, "--baseline-from", "--baseline-to")
    if not args.output:
        raise InputError(msg("Cần cho tệp kết quả: -o TỆP (hoặc -o - để in json, csv ra màn hình)"))
    to_stdout = args.output == "-"
    fmt = args.format or (None if to_stdout else format_for_path(Path(args.output)))
    if fmt is None:
        raise InputError(msg("Cần cho định dạng: --format {formats}", formats="|".join(FORMATS)))
    if to_stdout and fmt not in STREAMABLE_FORMATS:
        raise InputError(msg("Định dạng {fmt} không in ra màn hình được: hãy cho tên tệp với -o", fmt=fmt))
    if fmt == "pdf" and ctx.services.render_report_pdf is None:
        raise StationError(
            msg(
                "Xuất PDF cần thành phần giao diện Qt (PySide6), hiện không có. "
                "Hãy xuất xlsx, csv hoặc json, hoặc cài đặt đầy đủ phần mềm."
            )
        )

    station = ctx.station
    report = build_report(
        station.db,
        period,
        baseline,
        args.topic,
        timezone=station.settings.timezone,
        annex=fmt in ("pdf", "xlsx"),  # JSON and CSV stream theirs below
        verify_log=not args.no_log_check,
    )
    for warning in report.warnings:
        print(f"Cảnh báo: {warning}", file=sys.stderr)
    annex = iter_annex(station.db, report) if args.annex and fmt in STREAMABLE_FORMATS else None
    if to_stdout:
        sys.stdout.flush()
        stream_report(report, fmt, sys.stdout.buffer, annex)
        sys.stdout.buffer.flush()
        return 0
    path = export_report(report, fmt, Path(args.output), render_pdf=ctx.services.render_report_pdf, annex=annex)
    cut = report.period.cut_short
    print(
        f"Đã ghi báo cáo {fmt.upper()} vào {path}: {VIETNAMESE.number(report.period.airings)} lượt phát, "
        f"{VIETNAMESE.number(report.period.minutes, 1)} phút ({period.label})"
        + (f"; {VIETNAMESE.number(cut)} lượt ngắt sớm không tính." if cut else ".")
    )
    if report.paper_code is not None:
        print(f"Mã kiểm tra báo cáo: {report.paper_code.text}")
    return 0


def handle_targets_list(ctx, args: argparse.Namespace) -> int:
    db = ctx.station.db
    period = _period(args.date_from, args.date_to, "--from", "--to")
    if period is None:
        targets = list_targets(db, args.topic)
        if not targets:
            print("Chưa có chỉ tiêu nào. Đặt bằng: truyenthanh report targets set CHỦ_ĐỀ LOẠI MỨC")
        for target in targets:
            print(f"{target.topic}: {target.label} ({target.metric})")
        return 0
    report = build_report(db, period, topic=args.topic, annex=False, verify_log=False)
    if not report.targets:
        print("Chưa có chỉ tiêu nào. Đặt bằng: truyenthanh report targets set CHỦ_ĐỀ LOẠI MỨC")
    print(f"Kỳ {period.label} ({period.days} ngày)")
    for result in report.targets:
        target = result.target
        unit = "lượt" if target.measure == "airings" else "phút"
        print(
            f"{target.topic}: {target.label} | cần {VIETNAMESE.amount(round(result.expected, 1))} {unit}, "
            f"thực hiện {VIETNAMESE.amount(round(result.actual, 1))} {unit} | {result.status_label} | "
            f"đạt {result.units_met}/{result.units} {result.unit_label}"
        )
    return 0


def handle_targets_set(ctx, args: argparse.Namespace) -> int:
    minimum = args.minimum.strip().replace(",", ".")
    try:
        value = float(minimum)
    except ValueError:
        raise InputError(msg("Mức chỉ tiêu phải là một số: “{minimum}”", minimum=args.minimum)) from None
    target = set_target(ctx.station.db, args.topic, args.metric, value)
    print(f"Đã đặt chỉ tiêu: {target.topic}: {target.label}")
    return 0


def handle_targets_delete(ctx, args: argparse.Namespace) -> int:
    delete_target(ctx.station.db, args.topic, args.metric)
    print(f"Đã xóa chỉ tiêu {METRIC_LABELS[args.metric]} của chủ đề {args.topic.strip()}")
    return 0
