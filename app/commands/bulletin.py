"""`truyenthanh bulletin ...`: the bulletin library from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.errors import InputError
from app.messages import msg

ORDER = 20


def register(sub: argparse._SubParsersAction) -> None:
    from app.commands.tts import add_voice_options

    parser = sub.add_parser(
        "bulletin",
        help="thư viện bản tin: thêm, liệt kê, đọc thành giọng nói, nhập ghi âm",
        description="Quản lý thư viện bản tin tuyên truyền và các tiết mục âm thanh của đài.",
    )
    actions = parser.add_subparsers(dest="action", metavar="VIỆC", required=True)

    add = actions.add_parser(
        "add",
        help="thêm một bản tin",
        description="Thêm một bản tin vào thư viện; chủ đề chưa có sẽ được tạo mới. In số của bản tin mới ở dòng cuối.",
    )
    add.add_argument("--title", required=True, help="tiêu đề bản tin")
    add.add_argument("--topic", required=True, help="chủ đề, ví dụ “Phòng chống lừa đảo qua mạng”")
    source = add.add_mutually_exclusive_group(required=True)
    source.add_argument("--file", type=Path, help="lấy nội dung từ tệp .txt hoặc .docx")
    source.add_argument("--text", help="nội dung bản tin")
    add.add_argument("--notes", default="", help="ghi chú (không đọc lên loa)")
    add.add_argument("--directive", type=int, metavar="SỐ", help="số thứ tự của văn bản chỉ đạo mà bản tin thực hiện")
    add.set_defaults(handler=handle_add)

    listing = actions.add_parser(
        "list", help="liệt kê bản tin", description="Liệt kê bản tin, mới nhất trước: số, chủ đề, tiêu đề, số tiết mục."
    )
    listing.add_argument("--search", default="", help="chỉ bản tin có các chữ này (không phân biệt hoa thường, dấu)")
    listing.add_argument("--topic", help="chỉ bản tin thuộc chủ đề này")
    listing.set_defaults(handler=handle_list)

    speak = actions.add_parser(
        "speak",
        help="đọc một bản tin thành tiết mục giọng nói",
        description="Chuyển bản tin thành giọng nói, chuẩn hóa độ lớn, lưu thành tiết mục "
        "trong thư viện. In số của tiết mục ở dòng cuối.",
    )
    speak.add_argument("id", type=int, metavar="SỐ", help="số của bản tin (xem “bulletin list”)")
    add_voice_options(speak, repeat=True)
    speak.set_defaults(handler=handle_speak)

    audio = actions.add_parser(
        "import-audio",
        help="nhập một bản ghi âm (mp3, wav, m4a) làm tiết mục",
        description="Kiểm tra, đo độ lớn và lưu một bản ghi âm vào kho âm thanh của đài. "
        "In số của tiết mục ở dòng cuối.",
    )
    audio.add_argument("file", type=Path, metavar="TỆP", help="tệp âm thanh mp3, wav hoặc m4a")
    audio.add_argument("--title", required=True, help="tên tiết mục")
    audio.add_argument("--topic", required=True, help="chủ đề của tiết mục")
    audio.add_argument("--bulletin", type=int, metavar="SỐ", help="gắn với bản tin số này")
    audio.set_defaults(handler=handle_import_audio)

    submit = actions.add_parser(
        "submit", help="nộp bản tin chờ duyệt", description="Chuyển bản tin sang trạng thái chờ duyệt."
    )
    submit.add_argument("id", type=int, metavar="SỐ", help="số của bản tin")
    submit.set_defaults(handler=handle_submit)
    approve = actions.add_parser(
        "approve",
        help="duyệt bản tin",
        description="Duyệt nội dung hiện có của bản tin (sửa nội dung sau đó thì phải duyệt lại).",
    )
    approve.add_argument("id", type=int, metavar="SỐ", help="số của bản tin")
    approve.add_argument("--by", required=True, metavar="TÊN", help="người duyệt")
    approve.add_argument("--note", default="", help="ý kiến của người duyệt")
    approve.set_defaults(handler=handle_approve)
    back = actions.add_parser(
        "return", help="trả lại bản tin", description="Trả lại bản tin cho người soạn, kèm lý do."
    )
    back.add_argument("id", type=int, metavar="SỐ", help="số của bản tin")
    back.add_argument("--by", required=True, metavar="TÊN", help="người trả lại")
    back.add_argument("--reason", required=True, help="lý do trả lại")
    back.set_defaults(handler=handle_return)
    form = actions.add_parser(
        "approval-form",
        help="in phiếu duyệt tin bài ra tệp PDF",
        description="Phiếu duyệt tin bài theo thể thức Nghị định 30/2020/NĐ-CP (khổ A4): bản tin, chủ đề, văn bản "
        "chỉ đạo, trạng thái, người duyệt, ngày duyệt, ý kiến, nội dung đã duyệt và mã SHA-256 của nó, chữ ký. "
        "In đường dẫn tệp ở dòng cuối.",
    )
    form.add_argument("id", type=int, metavar="SỐ", help="số của bản tin")
    form.add_argument("-o", "--output", required=True, type=Path, metavar="TỆP.pdf", help="tệp PDF sẽ ghi")
    form.set_defaults(handler=handle_approval_form)

    share = actions.add_parser(
        "share",
        help="làm gói chia sẻ lên Zalo, Facebook, trang web (video, mp3, phụ đề, bài đăng)",
        description="Từ bản tin và tiết mục giọng đọc mới nhất của nó, làm một thư mục gồm video .mp4 có phụ đề, "
        ".mp3, phụ đề .srt và bài đăng .txt. In đường dẫn thư mục ở dòng cuối.",
    )
    share.add_argument("id", type=int, metavar="SỐ", help="số của bản tin")
    share.add_argument("-o", "--output", type=Path, required=True, metavar="THƯ_MỤC", help="thư mục đặt gói chia sẻ")
    share.set_defaults(handler=handle_share)


def handle_add(ctx, args: argparse.Namespace) -> int:
    from app.bulletins import create_bulletin
    from app.document_import import legacy_notice, read_text_file, repair_text

    if args.file is not None:
        imported = read_text_file(args.file)
        body, notices = imported.body, imported.notices
    else:
        body, legacy = repair_text(args.text)
        notices = [legacy_notice(legacy)] if legacy else []
    for notice in notices:
        print(f"Lưu ý: {notice}", file=sys.stderr)
    bulletin_id = create_bulletin(
        ctx.station.db, title=args.title, topic=args.topic, body=body, notes=args.notes, directive_id=args.directive
    )
    print(f"Đã thêm bản tin: {args.title.strip()}")
    print(bulletin_id)
    return 0


def handle_list(ctx, args: argparse.Namespace) -> int:
    from app.approval import approvals
    from app.bulletins import find_topic, list_bulletins

    db = ctx.station.db
    topic_id = None
    if args.topic:
        topic = find_topic(db, args.topic)
        if topic is None:
            raise InputError(msg("Không có chủ đề “{topic}”.", topic=args.topic))
        topic_id = topic.id
    rows = list_bulletins(db, args.search, topic_id)
    states = approvals(db)
    for row in rows:
        audio = f"{row.segment_count} tiết mục" if row.segment_count else "chưa có âm thanh"
        state = describe_approval(states[row.id])
        print(f"{row.id:>5}  {row.updated_at[:10]}  [{row.topic}]  {row.title}  ({audio})  {state}")
    print(f"Tổng: {len(rows)} bản tin")
    return 0


def handle_speak(ctx, args: argparse.Namespace) -> int:
    from app.commands.tts import describe, progress_printer
    from app.speech import speak_bulletin

    segment_id, rendered = speak_bulletin(
        ctx.station,
        args.id,
        progress=progress_printer(),
        engine=args.engine,
        voice=args.voice,
        speed=args.speed,
        repeat=args.repeat,
        intro=args.intro,
        outro=args.outro,
    )
    for notice in rendered.notices:
        print(f"Lưu ý: {notice}", file=sys.stderr)
    print(f"Đã tạo tiết mục giọng đọc cho bản tin {args.id} ({describe(rendered)}).")
    print(segment_id)
    return 0


def handle_import_audio(ctx, args: argparse.Namespace) -> int:
    from app.recordings import import_recording

    segment_id = import_recording(ctx.station, args.file, title=args.title, topic=args.topic, bulletin_id=args.bulletin)
    print(f"Đã nhập bản ghi âm: {args.title.strip()}")
    print(segment_id)
    return 0


def describe_approval(approval) -> str:
    """ "đã duyệt: NAME, YYYY-MM-DD HH:MM" / "trả lại: NAME, ...: reason" / "nháp"."""
    if approval.state in ("approved", "returned") and approval.by:
        text = f"{approval.label}: {approval.by}, {(approval.at or '')[:16]}"
        return f"{text}: {approval.note}" if approval.note else text
    return approval.label


def handle_submit(ctx, args: argparse.Namespace) -> int:
    from app.approval import submit

    print(f"Bản tin {args.id}: {describe_approval(submit(ctx.station.db, args.id))}")
    return 0


def handle_approve(ctx, args: argparse.Namespace) -> int:
    from app.approval import approve

    print(f"Bản tin {args.id}: {describe_approval(approve(ctx.station.db, args.id, by=args.by, note=args.note))}")
    return 0


def handle_return(ctx, args: argparse.Namespace) -> int:
    from app.approval import return_bulletin

    returned = return_bulletin(ctx.station.db, args.id, by=args.by, reason=args.reason)
    print(f"Bản tin {args.id}: {describe_approval(returned)}")
    return 0


def handle_share(ctx, args: argparse.Namespace) -> int:
    from app.share_package import make_share_package, plan_share

    plan = plan_share(ctx.station, args.id)
    for notice in plan.notices:
        print(f"Lưu ý: {notice}", file=sys.stderr)
    folder = make_share_package(plan, args.output)
    print(f"Đã làm gói chia sẻ cho bản tin {args.id}: {plan.name}.mp4, .mp3, .srt, .txt")
    print(folder)
    return 0


def handle_approval_form(ctx, args: argparse.Namespace) -> int:
    from app.approval_sheet import approval_sheet
    from app.errors import StationError

    render = ctx.services.extra.get("render_approval_form_pdf")
    if render is None:
        raise StationError(msg("In phiếu duyệt cần thành phần giao diện Qt (PySide6), hiện không có."))
    if args.output.suffix.lower() != ".pdf":
        raise InputError(msg("Phiếu duyệt được ghi ra tệp .pdf (đã cho “{path}”).", path=args.output))
    station = ctx.station
    sheet = approval_sheet(station.db, station.settings, args.id, station.now().date())
    path = render(sheet, args.output)
    print(path)
    return 0
