"""`truyenthanh normalize [FILE|-]`: print the words the voice will say for a text."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.errors import InputError
from app.messages import msg

ORDER = 10


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "normalize",
        help="in cách máy sẽ đọc một văn bản (số, ngày giờ, chữ viết tắt thành chữ)",
        description="Chuyển văn bản thành lời đọc tiếng Việt theo từ điển phát âm và cách đọc số của đài, "
        "rồi in ra. Đọc từ tệp .txt/.docx, hoặc từ đầu vào chuẩn khi không có tệp hay là “-”.",
    )
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="TỆP",
        help="tệp văn bản (.txt UTF-8/UTF-16/Windows-1258, chữ TCVN3/VNI cũ được tự chuyển, hoặc .docx); "
        "“-” là đầu vào chuẩn",
    )
    parser.set_defaults(handler=handle)


def read_input(name: str) -> str:
    """Text from a file (.docx or any plain-text encoding the importer knows) or from standard input.

    Text in the old TCVN3 or VNI encodings is converted to Unicode, with a line on standard error saying so."""
    from app.document_import import legacy_notice, read_text_file, repair_text

    if name != "-" and Path(name).suffix.lower() in (".docx", ".doc"):
        imported = read_text_file(Path(name))
        for notice in imported.notices:
            print(f"Lưu ý: {notice}", file=sys.stderr)
        return imported.body
    text, encoding = _read_plain(name)
    legacy = encoding if encoding in ("tcvn3", "vni") else None
    if legacy is None:
        text, legacy = repair_text(text)
    if legacy:
        print(f"Lưu ý: {legacy_notice(legacy)}", file=sys.stderr)
    return text


def _read_plain(name: str) -> tuple[str, str]:
    """(text, encoding) of a plain-text file or standard input."""
    from app.document_import import decode_text, read_bounded

    if name == "-":
        data = read_bounded(sys.stdin.buffer, "Đầu vào chuẩn")  # an endless pipe is cut off, never held whole
        return decode_text(data, "đầu vào chuẩn") if data else ("", "utf-8")
    path = Path(name)
    try:
        with open(path, "rb") as stream:
            data = read_bounded(stream, f"Tệp {path.name}")
    except FileNotFoundError as exc:
        raise InputError(msg("Không tìm thấy tệp {path}.", path=path)) from exc
    except IsADirectoryError as exc:
        raise InputError(msg("{path} là một thư mục, không phải tệp văn bản.", path=path)) from exc
    except OSError as exc:
        raise InputError(msg("Không đọc được tệp {path}: {reason}.", path=path, reason=exc.strerror)) from exc
    return decode_text(data, path.name)


def handle(ctx, args: argparse.Namespace) -> int:
    from app.bulletins import clean_text
    from app.speech import reading_rules, spoken_form

    text = clean_text(read_input(args.file))
    if not text:
        raise InputError(msg("Văn bản cần đọc đang trống."))
    print(spoken_form(reading_rules(ctx.station), text))
    return 0
