"""`truyenthanh tts FILE -o OUT.mp3`: read a text aloud into a finished, loudness-normalised MP3."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from app.errors import InputError, StorageError
from app.file_replace import audio_length_check, commit_file, refuse_link, write_failed_message
from app.formatting import VIETNAMESE
from app.messages import msg

ORDER = 15


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "tts",
        help="đọc một văn bản thành tệp MP3 (giọng Google hoặc offline)",
        description="Chuyển văn bản thành giọng nói tiếng Việt và ghi ra một tệp MP3 đã chuẩn hóa độ lớn. "
        "Không lưu gì vào thư viện của đài (dùng “bulletin speak” để tạo tiết mục).",
    )
    parser.add_argument("file", metavar="TỆP", help="tệp văn bản (.txt hoặc .docx); “-” là đầu vào chuẩn")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="RA.mp3", help="tệp MP3 sẽ ghi ra")
    add_voice_options(parser, repeat=True)
    parser.set_defaults(handler=handle)


def speed_value(text: str) -> float:
    """A speed written the Vietnamese way ("0,9") or with a dot."""
    try:
        return float(text.replace(",", "."))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"tốc độ đọc không hợp lệ: {text} (ví dụ 0,9)") from exc


def add_voice_options(parser: argparse.ArgumentParser, *, repeat: bool) -> None:
    from audio.speech_options import ENGINES, MAX_REPEAT, VOICES

    parser.add_argument(
        "--engine",
        choices=ENGINES,
        help="giọng đọc: auto (Google khi có mạng, không thì offline), google, offline "
        "(mặc định: theo cài đặt của đài)",
    )
    parser.add_argument(
        "--voice",
        choices=VOICES,
        help="vùng miền của giọng offline: north (Bắc), central (Trung), south (Nam) (mặc định: theo cài đặt)",
    )
    parser.add_argument(
        "--speed",
        type=speed_value,
        metavar="TỐC_ĐỘ",
        help="tốc độ đọc, 0,5 đến 2,0; 0,8 đến 1,0 là đọc chậm cho loa ngoài trời nhiều tiếng vang, "
        "giữ nguyên cao độ giọng (mặc định: theo cài đặt)",
    )
    if repeat:
        parser.add_argument(
            "--repeat",
            type=int,
            metavar="N",
            help=f"đọc bản tin N lần, giữa các lần có câu “Xin nhắc lại” (1 đến {MAX_REPEAT}; mặc định: theo cài đặt)",
        )
    parser.add_argument(
        "--intro",
        type=Path,
        metavar="TỆP",
        help="âm thanh mở đầu (nhạc hiệu, lời giới thiệu của đài) phát trước bản tin (mặc định: theo cài đặt của đài)",
    )
    parser.add_argument(
        "--outro", type=Path, metavar="TỆP", help="âm thanh kết thúc phát sau bản tin (mặc định: theo cài đặt của đài)"
    )


def progress_printer():
    """`câu 3/20` on the terminal while it works; silent when output is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\rĐang đọc: {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def describe(rendered) -> str:
    result = rendered.result
    engine = {"google": "Google", "offline": "offline"}.get(result.engine_used, result.engine_used)
    loudness = VIETNAMESE.number(float(result.loudness_lufs), 1)
    return f"thời lượng {VIETNAMESE.duration(result.duration_s)}, độ to {loudness}, giọng {engine}"


def handle(ctx, args: argparse.Namespace) -> int:
    from app.commands.normalize import read_input
    from app.speech import plan_text, render_speech

    output: Path = args.output.expanduser()
    if output.suffix.lower() != ".mp3":
        raise InputError(msg("Tệp ra phải có đuôi .mp3."))
    if output.is_dir():
        raise InputError(
            msg(
                "{output} là một thư mục: hãy ghi tên tệp, ví dụ {example}.",
                output=output,
                example=output / "ban-tin.mp3",
            )
        )
    refuse_link(output)
    folder = output.resolve().parent
    if not folder.is_dir():
        raise InputError(msg("Không có thư mục {folder}.", folder=folder))
    text = read_input(args.file)
    station = ctx.station
    # Rendered beside the target and renamed into place: no half-written MP3 under the final name, and
    # nothing added to the station's own audio store.
    try:
        staging = Path(tempfile.mkdtemp(prefix=".truyenthanh-", dir=folder))
    except OSError as exc:
        raise StorageError(write_failed_message(output, exc)) from exc
    try:
        plan = plan_text(
            station,
            text,
            title=output.stem,
            engine=args.engine,
            voice=args.voice,
            speed=args.speed,
            repeat=args.repeat,
            store_dir=staging,
            intro=args.intro,
            outro=args.outro,
        )
        rendered = render_speech(plan, progress_printer())
        # Flushed, decoded back to its full length, then renamed: a full disk never leaves a cut-short MP3.
        try:
            commit_file(rendered.path, output, audio_length_check(float(rendered.result.duration_s)))
        except OSError as exc:
            raise StorageError(write_failed_message(output, exc)) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for notice in rendered.notices:
        print(f"Lưu ý: {notice}", file=sys.stderr)
    print(f"Đã ghi {output} ({describe(rendered)}).")
    return 0
