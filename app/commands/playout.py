"""`truyenthanh playout`: automatic playout without a window (a station PC can run it as a service)."""

from __future__ import annotations

import argparse
import sys

from app.database import open_database
from app.errors import InputError, PlayoutError, StorageError
from app.instance_lock import ROLE_HEADLESS, StationLock
from app.live_take_recovery import recover_live_takes
from app.messages import msg
from app.playout import PlayoutEngine, describe_event, describe_health
from app.station import Station

ORDER = 40


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "playout",
        help="phát sóng tự động không cần cửa sổ",
        description=(
            "Phát các tiết mục theo lịch qua card âm thanh đã chọn trong Cài đặt và ghi nhật ký phát sóng, "
            "không cần mở cửa sổ. In một dòng mỗi khi một lượt phát bắt đầu hoặc kết thúc. "
            "Dừng bằng Ctrl+C (tiết mục đang phát được ghi là bị ngắt). Khi khởi động, các lượt phát dở dang "
            "do mất điện được ghi là bị ngắt và các tiết mục đã qua giờ được ghi là bị lỡ. Khi cơ sở dữ liệu "
            "không ghi được (bận, đầy ổ đĩa, chỉ đọc), đài vẫn phát và nhật ký ghi tạm vào tệp dự phòng; "
            "mỗi khi tình trạng ghi nhật ký thay đổi, lệnh in một dòng bắt đầu bằng “NHẬT KÝ:”."
        ),
    )
    parser.add_argument(
        "--for",
        dest="duration",
        metavar="GIÂY",
        help="chỉ chạy trong chừng ấy giây rồi dừng (mặc định: chạy đến khi bị dừng)",
    )
    parser.add_argument(
        "--heartbeat",
        metavar="GIÂY",
        default="5",
        help="cứ chừng ấy giây ghi dấu hiệu còn phát vào nhật ký (mặc định 5; từ 0,5 đến 60)",
    )
    parser.set_defaults(handler=handle)


def _seconds(text: str, what: str, low: float, high: float) -> float:
    try:
        value = float(str(text).replace(",", "."))
    except ValueError:
        raise InputError(msg("{what} phải là một số giây, không phải “{text}”.", what=what, text=text)) from None
    if not (low <= value <= high):
        raise InputError(
            # An option's bounds, written as it is typed on the command line (0.5), in either language.
            msg(
                "{what} phải từ {low} đến {high} giây (đã nhập {text}).",
                what=what,
                low=f"{low:g}",
                high=f"{high:g}",
                text=text,
            )
        )
    return value


def handle(ctx, args: argparse.Namespace) -> int:
    duration = None if args.duration is None else _seconds(args.duration, "--for", 0.1, 10 * 366 * 86400)
    heartbeat = _seconds(args.heartbeat, "--heartbeat", 0.5, 60)
    if ctx.services.playout_host is None:
        raise PlayoutError(msg("Không có trình phát âm thanh (cần PySide6 với QtMultimedia)."))
    station, own = _open(ctx)
    try:
        # One station, one player: refused (one line, exit code 6) while the window or another playout plays.
        with StationLock.acquire(station.paths, ROLE_HEADLESS):
            host = ctx.services.playout_host()  # loads Qt's media stack
            player = host.make_player(station.settings)
            engine = PlayoutEngine.for_station(station, player, heartbeat_s=heartbeat)
            if own:  # opened read-only: the log goes into the database again as soon as it can be written
                engine.recorder.reopen = lambda: open_database(station.paths.database, seed=False)
            engine.add_listener(lambda event: print(describe_event(event), flush=True))
            engine.add_health_listener(lambda health: print(describe_health(health), flush=True))
            name = station.settings.station_name
            print(f"Phát sóng tự động: {name} (Ctrl+C để dừng)", file=sys.stderr, flush=True)
            if not own:  # a live reading's take a crash left behind is kept with its airing (issue 15)
                for said in recover_live_takes(station):
                    print(said, file=sys.stderr, flush=True)
            try:
                return host.run(engine, duration_s=duration)
            finally:
                engine.recorder.close()
    finally:
        if own:
            station.close()


def _open(ctx) -> tuple[Station, bool]:
    """The station, writable; else (a read-only database) opened to read its schedule: the station still
    plays (never silence in an emergency) and every record goes to the airing journal."""
    try:
        return ctx.station, False
    except StorageError as exc:
        try:
            station = Station.open(ctx.db_path, read_only=True)
        except StorageError:
            raise exc from None
        print(f"Cảnh báo: {exc} Đài vẫn phát; nhật ký ghi tạm vào tệp dự phòng.", file=sys.stderr, flush=True)
        return station, True
