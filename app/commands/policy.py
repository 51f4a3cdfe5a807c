"""`truyenthanh policy`: the station's broadcast-hour rules (quy định giờ phát)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from app import policy
from app.errors import InputError
from app.messages import msg
from app.schedule_store import parse_clock, parse_days
from schedules.policy import NO_RULES, BroadcastRules

ORDER = 35


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "policy",
        help="quy định giờ phát: giờ nghỉ, ngày được phát, số buổi và thời lượng tối đa",
        description=(
            "Quy định giờ phát của đài. Lịch phát trái quy định bị từ chối (trừ khi ghi lý do bỏ qua); mục "
            "thông thường và ưu tiên rơi vào giờ nghỉ không được phát. Mục khẩn cấp luôn được phát. Ví dụ:\n"
            "  truyenthanh policy set --quiet-from 21:30 --quiet-to 05:30\n"
            "  truyenthanh policy set --preset ha-noi-noi-thanh\n"
            "  truyenthanh policy set --max-sessions-per-day 3 --max-session-minutes 45"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="policy_command", metavar="LỆNH", required=True)

    show = commands.add_parser(
        "show",
        help="in các quy định hiện hành và các lần lập lịch trái quy định",
        description="In các quy định giờ phát, rồi các lần lập lịch trái quy định đã ghi lý do (10 lần gần nhất).",
    )
    show.set_defaults(handler=handle_show)

    presets = "; ".join(f"{p.key}: {p.label}" for p in policy.PRESETS)
    set_ = commands.add_parser(
        "set",
        help="đặt quy định (chỉ đổi những mục được ghi)",
        description=f"Đặt quy định giờ phát; mục nào không ghi thì giữ nguyên. Mẫu có sẵn: {presets}.",
    )
    set_.add_argument("--preset", metavar="MẪU", help="bắt đầu từ một mẫu quy định có sẵn")
    set_.add_argument("--quiet-from", metavar="GG:PP", help="giờ nghỉ bắt đầu, ví dụ 21:30 (đi cùng --quiet-to)")
    set_.add_argument("--quiet-to", metavar="GG:PP", help="giờ nghỉ kết thúc, ví dụ 05:30 (đi cùng --quiet-from)")
    set_.add_argument("--days", metavar="NGÀY", help="các ngày được phát, 1 = Thứ Hai ... 7 = Chủ nhật, ví dụ 12345")
    set_.add_argument("--max-session-minutes", metavar="N", help="mỗi buổi phát tối đa N phút (0: không giới hạn)")
    set_.add_argument("--max-sessions-per-day", metavar="N", help="tối đa N buổi phát mỗi ngày (0: không giới hạn)")
    set_.add_argument("--max-minutes-per-day", metavar="N", help="tổng tối đa N phút mỗi ngày (0: không giới hạn)")
    set_.set_defaults(handler=handle_set)

    clear = commands.add_parser(
        "clear",
        help="bỏ mọi quy định (kể cả giờ nghỉ)",
        description="Bỏ mọi quy định giờ phát, kể cả giờ nghỉ: lịch phát không còn bị kiểm tra.",
    )
    clear.set_defaults(handler=handle_clear)


SHOWN_OVERRIDES = 10


def handle_show(ctx, args: argparse.Namespace) -> int:
    for line in policy.rules_from_settings(ctx.station.settings).describe():
        print(line)
    overrides = policy.list_overrides(ctx.station.db)
    if overrides:
        print(f"Lập lịch trái quy định (đã ghi lý do): {len(overrides)} lần; gần nhất:")
    for row in overrides[-SHOWN_OVERRIDES:]:
        subject = "khung giờ" if row.subject == "window" else "mục lịch phát"
        who = f" ({row.operator})" if row.operator else ""
        print(f"  {row.created_at} {subject} #{row.subject_id}: “{row.reason}”{who}. {row.message}")
    return 0


def handle_set(ctx, args: argparse.Namespace) -> int:
    station = ctx.station
    rules = policy.preset(args.preset).rules if args.preset else policy.rules_from_settings(station.settings)
    rules = updated_rules(rules, args)
    station.update_settings(policy.rules_to_settings(rules))
    print("Đã đặt quy định giờ phát:")
    for line in rules.describe():
        print(f"  {line}")
    return 0


def updated_rules(rules: BroadcastRules, args: argparse.Namespace) -> BroadcastRules:
    if (args.quiet_from is None) != (args.quiet_to is None):
        raise InputError(msg("Ghi cả --quiet-from và --quiet-to (giờ nghỉ bắt đầu và kết thúc)."))
    if args.quiet_from is not None:
        start, end = parse_clock(args.quiet_from), parse_clock(args.quiet_to)
        if start == end:
            raise InputError(msg("Giờ nghỉ bắt đầu và kết thúc phải khác nhau."))
        rules = replace(rules, quiet_from=start, quiet_to=end)
    if args.days is not None:
        rules = replace(rules, days=parse_days(args.days))
    limits: dict[str, Any] = {}
    for option, field in (
        ("--max-session-minutes", "max_session_minutes"),
        ("--max-sessions-per-day", "max_sessions_per_day"),
        ("--max-minutes-per-day", "max_minutes_per_day"),
    ):
        value = getattr(args, field)
        if value is not None:
            limits[field] = policy.checked_limit(value, option)
    return replace(rules, **limits)


def handle_clear(ctx, args: argparse.Namespace) -> int:
    ctx.station.update_settings(policy.rules_to_settings(NO_RULES))
    print("Đã bỏ mọi quy định giờ phát.")
    return 0
