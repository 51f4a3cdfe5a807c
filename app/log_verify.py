"""`truyenthanh log verify` and the start-up warning: is the airtime log's hash chain still intact?"""

from __future__ import annotations

import argparse

from sqlite_utils import Database

from app.airlog import IMMUTABILITY_TRIGGERS, ChainCheck, verify_chain
from app.errors import StationError
from app.station_time import parse_timestamp

TAMPERED_PREFIX = "Nhật ký đã bị sửa ngoài phần mềm"


def describe_row(db: Database, airing_id: int) -> str:
    """'dòng số 12 (06:00:05 ngày 20/11/2026, «Cảnh giác lừa đảo»)'."""
    row = db.execute("SELECT title, started_at, scheduled_at FROM airings WHERE id = ?", [airing_id]).fetchone()
    if row is None:
        return f"dòng số {airing_id}"
    title, started_at, scheduled_at = row
    stamp = started_at or scheduled_at
    when = ""
    if stamp:
        try:
            when = parse_timestamp(stamp).strftime("%H:%M:%S ngày %d/%m/%Y") + ", "
        except ValueError:
            when = f"{stamp}, "
    return f"dòng số {airing_id} ({when}«{title}»)"


def tamper_message(db: Database, check: ChainCheck) -> str:
    return (
        f"{TAMPERED_PREFIX}: {describe_row(db, check.first_bad_id)} không còn khớp ({check.problem}). "
        "Báo cáo lập từ nhật ký này không còn là bằng chứng tin cậy; hãy đối chiếu với bản sao lưu hoặc bản in."
    )


def chain_warning(db: Database, check: ChainCheck) -> str | None:
    """The warning Nhật ký and the reports show when the chain is broken; None when it is intact."""
    return None if check.intact else tamper_message(db, check)


def startup_chain_warning(db: Database) -> str | None:
    return chain_warning(db, verify_chain(db))


def missing_protection(db: Database) -> list[str]:
    """Names of the triggers that make finished rows read-only, if someone dropped them."""
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [name for name in IMMUTABILITY_TRIGGERS if name not in present]


def register_verify(log_subparsers: argparse._SubParsersAction) -> None:
    """Adds `truyenthanh log verify` to the `log` command's subparsers."""
    parser = log_subparsers.add_parser(
        "verify",
        help="kiểm tra nhật ký phát sóng có bị sửa ngoài phần mềm không",
        description="Kiểm tra chuỗi mã băm của nhật ký phát sóng. Nguyên vẹn: in số dòng đã kiểm tra và "
        "mã đầu chuỗi (in trên báo cáo), thoát mã 0. Bị sửa: chỉ ra dòng đầu tiên không còn khớp, "
        "thoát mã khác 0.",
    )
    parser.set_defaults(handler=handle_verify)


def handle_verify(ctx, args: argparse.Namespace) -> int:
    from app.station import Station

    station = Station.open(ctx.db_path, read_only=True)
    try:
        db = station.db
        check = verify_chain(db)
        if not check.intact:
            raise StationError(tamper_message(db, check))
        print(f"Nhật ký nguyên vẹn: đã kiểm tra {check.rows_checked} dòng.")
        print(f"Mã đầu chuỗi: {check.head_hash}")
        missing = missing_protection(db)
        if missing:
            print(
                "Cảnh báo: lớp bảo vệ chống sửa nhật ký đã bị gỡ khỏi tệp dữ liệu "
                f"({', '.join(missing)}); các dòng hiện vẫn khớp."
            )
        return 0
    finally:
        station.close()
