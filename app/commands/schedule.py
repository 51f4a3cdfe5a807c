"""`truyenthanh schedule`: one-off items, broadcast windows and their items, a day's rundown."""

from __future__ import annotations

import argparse

from app import policy, schedule_store
from app.dates import parse_day
from app.errors import InputError
from app.labels import days_label, priority_label
from app.messages import msg
from schedules import Priority
from schedules.checks import fmt_date, fmt_seconds, fmt_time

ORDER = 30

WEEKDAYS = {1: "Thứ Hai", 2: "Thứ Ba", 3: "Thứ Tư", 4: "Thứ Năm", 5: "Thứ Sáu", 6: "Thứ Bảy", 7: "Chủ nhật"}
PRIORITY_HELP = "mức ưu tiên: ordinary (thông thường, mặc định), priority (ưu tiên), emergency (khẩn cấp)"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "schedule",
        help="lịch phát: mục phát riêng, khung giờ, danh sách phát trong ngày",
        description=(
            "Lập lịch phát. Mục phát riêng phát một lần vào đúng thời điểm; khung giờ phát lặp lại theo các ngày "
            "trong tuần, các tiết mục trong khung phát nối tiếp nhau từ giờ bắt đầu. Ví dụ:\n"
            '  truyenthanh schedule window add --name "Bản tin sáng" --start 06:00 --end 06:30 --days 1234567\n'
            "  truyenthanh schedule window item --window 1 --segment 5\n"
            '  truyenthanh schedule add --segment 5 --at "2025-03-15 17:30:00" --priority priority\n'
            "  truyenthanh schedule show --date 2025-03-15"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="schedule_command", metavar="LỆNH", required=True)

    add = commands.add_parser(
        "add",
        help="thêm một mục phát riêng vào đúng thời điểm",
        description="Thêm một tiết mục phát một lần vào đúng thời điểm. In mã của mục mới ở dòng cuối.",
    )
    add.add_argument("--segment", metavar="MÃ", help="mã tiết mục âm thanh (bắt buộc)")
    add.add_argument("--at", metavar='"NNNN-TT-NN GG:PP:SS"', help="thời điểm phát, giờ của đài (bắt buộc)")
    add.add_argument("--priority", default="ordinary", metavar="MỨC", help=PRIORITY_HELP)
    _override_options(add)
    add.set_defaults(handler=handle_add)

    remove = commands.add_parser(
        "remove",
        help="xóa một mục khỏi lịch (mục phát riêng hoặc mục trong khung giờ)",
        description="Xóa một mục khỏi lịch phát. Nhật ký phát sóng vẫn giữ các lượt đã phát.",
    )
    remove.add_argument("--item", metavar="MÃ", help="mã mục lịch phát (bắt buộc)")
    remove.set_defaults(handler=handle_remove)

    show = commands.add_parser(
        "show",
        help="in danh sách phát của một ngày kèm các cảnh báo",
        description="In danh sách phát trong ngày (giờ dự kiến, tiết mục, chủ đề, thời lượng) và các cảnh báo: "
        "khung giờ trùng nhau, khung giờ quá tải, tiết mục chưa có âm thanh hoặc không còn tồn tại.",
    )
    show.add_argument("--date", metavar="NNNN-TT-NN", help="ngày cần xem (mặc định: hôm nay)")
    show.set_defaults(handler=handle_show)

    window = commands.add_parser(
        "window",
        help="khung giờ phát: thêm, liệt kê, xóa, xếp tiết mục",
        description=(
            "Khung giờ phát lặp lại: giờ bắt đầu, giờ kết thúc (nhỏ hơn giờ bắt đầu nghĩa là qua nửa đêm), "
            "các ngày trong tuần (1 = Thứ Hai ... 7 = Chủ nhật), có thể giới hạn trong một khoảng ngày (một đợt "
            "tuyên truyền) hoặc chỉ một ngày. Tiết mục trong khung phát nối tiếp nhau theo vị trí."
        ),
    )
    windows = window.add_subparsers(dest="window_command", metavar="LỆNH", required=True)

    wadd = windows.add_parser(
        "add", help="thêm khung giờ", description="Thêm một khung giờ phát. In mã của khung mới ở dòng cuối."
    )
    wadd.add_argument("--name", metavar="TÊN", help='tên khung giờ, ví dụ "Bản tin sáng" (bắt buộc)')
    wadd.add_argument("--start", metavar="GG:PP", help="giờ bắt đầu, ví dụ 06:00 (bắt buộc)")
    wadd.add_argument("--end", metavar="GG:PP", help="giờ kết thúc, ví dụ 06:30 (bắt buộc)")
    wadd.add_argument(
        "--days",
        default="1234567",
        metavar="NGÀY",
        help="các ngày trong tuần, 1 = Thứ Hai ... 7 = Chủ nhật (mặc định 1234567: hằng ngày)",
    )
    wadd.add_argument("--from", dest="date_from", metavar="NNNN-TT-NN", help="chỉ phát từ ngày này (đợt tuyên truyền)")
    wadd.add_argument("--to", dest="date_to", metavar="NNNN-TT-NN", help="chỉ phát đến hết ngày này")
    wadd.add_argument(
        "--on", dest="on_date", metavar="NNNN-TT-NN", help="chỉ phát đúng một ngày này (không dùng cùng --from/--to)"
    )
    _override_options(wadd)
    wadd.set_defaults(handler=handle_window_add)

    wlist = windows.add_parser(
        "list",
        help="liệt kê các khung giờ và tiết mục trong từng khung",
        description="Liệt kê các khung giờ phát và tiết mục của từng khung theo thứ tự phát.",
    )
    wlist.set_defaults(handler=handle_window_list)

    wremove = windows.add_parser(
        "remove",
        help="xóa khung giờ cùng các tiết mục xếp trong đó",
        description="Xóa một khung giờ và các mục xếp trong khung đó.",
    )
    wremove.add_argument("--window", metavar="MÃ", help="mã khung giờ (bắt buộc)")
    wremove.set_defaults(handler=handle_window_remove)

    witem = windows.add_parser(
        "item",
        help="xếp một tiết mục vào khung giờ",
        description="Xếp một tiết mục vào khung giờ ở vị trí chọn (mặc định: cuối khung). In mã mục mới ở dòng cuối.",
    )
    witem.add_argument("--window", metavar="MÃ", help="mã khung giờ (bắt buộc)")
    witem.add_argument("--segment", metavar="MÃ", help="mã tiết mục âm thanh (bắt buộc)")
    witem.add_argument("--position", metavar="N", help="vị trí trong khung, 1 là phát đầu tiên (mặc định: cuối)")
    witem.add_argument("--priority", default="ordinary", metavar="MỨC", help=PRIORITY_HELP)
    witem.set_defaults(handler=handle_window_item)

    wmove = windows.add_parser(
        "move",
        help="đổi vị trí một tiết mục trong khung giờ",
        description="Chuyển một mục trong khung giờ tới vị trí mới, các mục khác dồn theo.",
    )
    wmove.add_argument("--item", metavar="MÃ", help="mã mục lịch phát (bắt buộc)")
    wmove.add_argument("--position", metavar="N", help="vị trí mới, 1 là phát đầu tiên (bắt buộc)")
    wmove.set_defaults(handler=handle_window_move)


def _override_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--override-policy",
        action="store_true",
        help="vẫn lập lịch dù trái quy định giờ phát (cần --reason; được ghi lại)",
    )
    parser.add_argument("--reason", metavar="LÝ DO", help="lý do lập lịch trái quy định giờ phát")


# --- reading options in the operator's words -------------------------------------------------------


def _need(value: str | None, option: str, what: str) -> str:
    if value is None or not str(value).strip():
        raise InputError(msg("Thiếu {option} ({what}).", option=option, what=what))
    return str(value).strip()


def _override(ctx, args: argparse.Namespace) -> schedule_store.PolicyOverride | None:
    if not args.override_policy:
        if args.reason is not None:
            raise InputError(msg("--reason chỉ dùng cùng --override-policy."))
        return None
    policy.checked_reason(args.reason)
    return schedule_store.PolicyOverride(args.reason, ctx.station.settings.operator_name)


def _refusal(exc: policy.PolicyRefused) -> InputError:
    return InputError(msg('{exc} Muốn vẫn lập lịch, thêm --override-policy --reason "lý do".', exc=exc))


def _optional_number(value: str | None, option: str, what: str) -> int | None:
    return None if value is None else _number(value, option, what)


def _number(value: str | None, option: str, what: str) -> int:
    text = _need(value, option, what)
    if not text.isdigit() or int(text) < 1:
        raise InputError(
            msg(
                "{option} phải là một số nguyên dương ({what}), không phải “{text}”.",
                option=option,
                what=what,
                text=text,
            )
        )
    return int(text)


# --- handlers -------------------------------------------------------------------------------------


def handle_add(ctx, args: argparse.Namespace) -> int:
    segment_id = _number(args.segment, "--segment", "mã tiết mục")
    at = schedule_store.parse_moment(_need(args.at, "--at", "thời điểm phát"))
    priority = schedule_store.parse_priority(args.priority)
    station = ctx.station
    try:
        item_id = schedule_store.add_one_off(
            station.db, segment_id, at, priority=priority, now=station.now(), override=_override(ctx, args)
        )
    except policy.PolicyRefused as exc:
        raise _refusal(exc) from None
    print(f"Đã thêm mục phát riêng lúc {at:%H:%M:%S} ngày {fmt_date(at.date())} ({priority_label(priority)}). Mã mục:")
    print(item_id)
    return 0


def handle_remove(ctx, args: argparse.Namespace) -> int:
    item_id = _number(args.item, "--item", "mã mục lịch phát")
    schedule_store.delete_item(ctx.station.db, item_id)
    print(f"Đã xóa mục lịch phát số {item_id}.")
    return 0


def handle_window_add(ctx, args: argparse.Namespace) -> int:
    name = _need(args.name, "--name", "tên khung giờ")
    start = schedule_store.parse_clock(_need(args.start, "--start", "giờ bắt đầu"))
    end = schedule_store.parse_clock(_need(args.end, "--end", "giờ kết thúc"))
    days = schedule_store.parse_days(args.days)
    if args.on_date and (args.date_from or args.date_to):
        raise InputError(msg("Dùng --on (một ngày) hoặc --from/--to (một khoảng ngày), không dùng cả hai."))
    date_from = parse_day(args.date_from) if args.date_from else None
    date_to = parse_day(args.date_to) if args.date_to else None
    on_date = parse_day(args.on_date) if args.on_date else None
    try:
        window_id = schedule_store.add_window(
            ctx.station.db,
            name=name,
            start=start,
            end=end,
            days=days,
            date_from=date_from,
            date_to=date_to,
            on_date=on_date,
            override=_override(ctx, args),
        )
    except policy.PolicyRefused as exc:
        raise _refusal(exc) from None
    window = schedule_store.get_window(ctx.station.db, window_id)
    print(f"Đã thêm khung giờ {_window_line(window)}. Mã khung:")
    print(window_id)
    return 0


def handle_window_list(ctx, args: argparse.Namespace) -> int:
    db = ctx.station.db
    windows = schedule_store.list_windows(db)
    if not windows:
        print("Chưa có khung giờ phát nào.")
    for window in windows:
        print(f"#{window.id} {_window_line(window)}")
        items = schedule_store.list_items(db, window_id=window.id)
        if not items:
            print("    (chưa có tiết mục)")
        for item in items:
            title = item.segment_title if item.segment_title is not None else "(tiết mục không còn tồn tại)"
            length = fmt_seconds(item.duration_s) if item.duration_s else "chưa rõ thời lượng"
            print(
                f"    {item.position}. mục #{item.id}: tiết mục #{item.segment_id} “{title}”, {length}, "
                f"{priority_label(item.priority).lower()}"
            )
    one_offs = schedule_store.list_items(db, one_offs=True)
    if one_offs:
        print("Mục phát riêng:")
        for item in one_offs:
            title = item.segment_title if item.segment_title is not None else "(tiết mục không còn tồn tại)"
            print(
                f"    mục #{item.id}: {item.at:%Y-%m-%d %H:%M:%S} tiết mục #{item.segment_id} “{title}”, "
                f"{priority_label(item.priority).lower()}"
            )
    return 0


def handle_window_remove(ctx, args: argparse.Namespace) -> int:
    window_id = _number(args.window, "--window", "mã khung giờ")
    schedule_store.delete_window(ctx.station.db, window_id)
    print(f"Đã xóa khung giờ số {window_id}.")
    return 0


def handle_window_item(ctx, args: argparse.Namespace) -> int:
    window_id = _number(args.window, "--window", "mã khung giờ")
    segment_id = _number(args.segment, "--segment", "mã tiết mục")
    position = _optional_number(args.position, "--position", "vị trí trong khung")
    priority = schedule_store.parse_priority(args.priority)
    item_id = schedule_store.add_window_item(
        ctx.station.db, window_id, segment_id, position=position, priority=priority
    )
    placed = next(i for i in schedule_store.list_items(ctx.station.db, window_id=window_id) if i.id == item_id)
    print(f"Đã xếp tiết mục #{segment_id} vào khung giờ #{window_id} ở vị trí {placed.position}. Mã mục:")
    print(item_id)
    return 0


def handle_window_move(ctx, args: argparse.Namespace) -> int:
    item_id = _number(args.item, "--item", "mã mục lịch phát")
    position = _number(args.position, "--position", "vị trí mới")
    schedule_store.move_window_item(ctx.station.db, item_id, position)
    print(f"Đã chuyển mục #{item_id} tới vị trí {position}.")
    return 0


def handle_show(ctx, args: argparse.Namespace) -> int:
    station = ctx.station
    day = parse_day(args.date) if args.date else station.now().date()
    plan = schedule_store.day_plan(station.db, day, station.paths.data_dir)
    windows = {w.id: w for w in schedule_store.list_windows(station.db)}
    print(
        f"Danh sách phát {WEEKDAYS[day.isoweekday()]} {fmt_date(day)}: {len(plan.items)} mục, "
        f"tổng {fmt_seconds(sum(i.planned_duration_s for i in plan.items))}"
    )
    for item in plan.items:
        where = f"khung “{windows[item.window_id].name}”" if item.window_id in windows else "phát riêng"
        level = "" if item.priority is Priority.ORDINARY else f" [{priority_label(item.priority)}]"
        topic = f" ({item.topic})" if item.topic else ""
        print(
            f"  {item.planned_start:%H:%M:%S}  mục #{item.item_id}  “{item.title}”{topic}  "
            f"{fmt_seconds(item.planned_duration_s)}  {where}{level}"
        )
    if not plan.items:
        print("  (không có mục nào)")
    if plan.warnings:
        print(f"Cảnh báo ({len(plan.warnings)}):")
        for warning in plan.warnings:
            print(f"  - {warning.message}")
    else:
        print("Không có cảnh báo.")
    return 0


def _window_line(window) -> str:
    if window.on_date:
        when = f"chỉ ngày {fmt_date(window.on_date)}"
    else:
        when = days_label(window.days)
        if window.date_from or window.date_to:
            start = fmt_date(window.date_from) if window.date_from else "…"
            end = fmt_date(window.date_to) if window.date_to else "…"
            when += f", từ {start} đến {end}"
    state = "" if window.active else " (đang tắt)"
    return f"“{window.name}” {fmt_time(window.start)}–{fmt_time(window.end)}, {when}{state}"
