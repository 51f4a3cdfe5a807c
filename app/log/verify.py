"""Is the airtime log still the evidence it was? One function decides, for every place that asks.

`inspect_log(db)` walks the whole hash chain (nothing stored inside the database is trusted to skip
any of it), looks for finished rows outside the chain, and compares the head with the anchors kept
outside the database (app.log.anchors). `log verify`, `check`, the start check, the Nhật ký banner
and a report's `log.intact` all show its verdict, so they always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from app.formatting import VIETNAMESE
from app.log import anchors
from app.log.airings import IMMUTABILITY_TRIGGERS, UNSEALED_PROBLEM, ChainCheck, verify_chain
from app.log.anchors import AnchorCheck
from app.log.chain import PARALLEL_FROM_ROWS
from app.paths import StationPaths
from app.station_time import parse_timestamp

TAMPERED_PREFIX = "Nhật ký đã bị sửa ngoài phần mềm"
NOT_EVIDENCE = "Báo cáo lập từ nhật ký này không còn là bằng chứng tin cậy; hãy đối chiếu với bản sao lưu hoặc bản in."


def format_number(value: int) -> str:
    """12345 -> '12.345': these messages are Vietnamese."""
    return VIETNAMESE.number(value)


def describe_row(db: Database, airing_id: int | None) -> str:
    """'dòng số 12 (06:00:05 ngày 20/11/2026, “Cảnh giác lừa đảo”)'."""
    if airing_id is None:
        return "dòng cuối chuỗi"
    row = db.execute("SELECT title, started_at, scheduled_at FROM airings WHERE id = ?", [airing_id]).fetchone()
    if row is None:
        return f"dòng số {airing_id}"
    title, started_at, scheduled_at = row
    stamp = started_at or scheduled_at
    when = ""
    if stamp:
        try:
            when = parse_timestamp(stamp).strftime("%H:%M:%S ngày %d/%m/%Y") + ", "
        except (ValueError, TypeError):
            when = f"{stamp}, "
    return f"dòng số {airing_id} ({when}“{title}”)"


def _chain_sentence(db: Database, check: ChainCheck) -> str:
    if check.unsealed_ids:
        count = len(check.unsealed_ids)
        example = describe_row(db, check.unsealed_ids[0])
        return (
            f"{count} dòng {UNSEALED_PROBLEM}, ví dụ {example}; các dòng này không được tính vào báo cáo."
            if count > 1
            else f"{example} {UNSEALED_PROBLEM}; dòng này không được tính vào báo cáo."
        )
    return f"{describe_row(db, check.first_bad_id)} không còn khớp ({check.problem})."


def _where(check: AnchorCheck, paths: StationPaths) -> str:
    if check.path == anchors.folder_anchor_file(paths.backup_dir):
        return f"bản ghi neo trong thư mục sao lưu ({check.path})"
    return f"bản ghi neo ngoài tệp dữ liệu ({check.path})"


def _anchor_sentence(db: Database, check: AnchorCheck, head_index: int, paths: StationPaths) -> str:
    where = _where(check, paths)
    last = check.anchor
    if check.state == "behind" and last is not None:
        return (
            f"nhật ký thiếu {format_number(check.missing)} lượt phát cuối so với {where}: bản ghi neo lúc "
            f"{last.when} đã có đến lượt thứ {format_number(last.index)} trong chuỗi, tệp dữ liệu chỉ còn đến lượt "
            f"thứ {format_number(head_index)}. Tệp dữ liệu cũ hơn bản ghi neo: các lượt cuối đã bị xoá, hoặc tệp "
            "dữ liệu đã bị thay bằng một bản sao cũ."
        )
    if check.state == "diverged" and check.diverged_at is not None:
        row = db.execute("SELECT id FROM airings WHERE chain_index = ?", [check.diverged_at]).fetchone()
        named = describe_row(db, row[0]) if row else f"lượt thứ {check.diverged_at}"
        return (
            f"từ lượt thứ {format_number(check.diverged_at)} trong chuỗi, {named}, nhật ký khác với {where}: "
            "các dòng đã bị sửa rồi tính lại chuỗi mã, hoặc tệp dữ liệu đã bị thay bằng một tệp khác."
        )
    return f"không tin được tệp neo nhật ký {check.path} ({check.problem}): có người đã can thiệp vào tệp này."


@dataclass(frozen=True)
class LogVerdict:
    """The answer every caller shows. `message` is None exactly when `intact`."""

    chain: ChainCheck
    anchors: tuple[AnchorCheck, ...]
    message: str | None
    unprotected: tuple[str, ...] = ()  # names of dropped protective triggers (a warning of its own)

    @property
    def intact(self) -> bool:
        return self.message is None

    @property
    def rows_checked(self) -> int:
        return self.chain.rows_checked

    @property
    def head_hash(self) -> str:
        return self.chain.head_hash

    @property
    def head_index(self) -> int:
        return self.chain.head_index

    @property
    def first_bad_id(self) -> int | None:
        return self.chain.first_bad_id

    @property
    def problem(self) -> str:
        if not self.chain.intact:
            return self.chain.problem
        return next((check.state for check in self.anchors if not check.trusted), "")

    @property
    def anchored(self) -> AnchorCheck | None:
        """The station's own anchor file, compared (None for a database of no station)."""
        return self.anchors[0] if self.anchors else None


def missing_protection(db: Database) -> list[str]:
    """Names of the triggers that make finished rows read-only, if someone dropped them."""
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    return [name for name in IMMUTABILITY_TRIGGERS if name not in present]


def inspect_log(
    db: Database, *, paths: StationPaths | None = None, parallel_from: int = PARALLEL_FROM_ROWS
) -> LogVerdict:
    """Chain, unsealed rows and anchors: the one verdict on the log (see the module's docstring)."""
    check = verify_chain(db, parallel_from=parallel_from)
    paths = paths or anchors.station_paths_of(db)
    compared: tuple[AnchorCheck, ...] = ()
    sentences: list[str] = []
    if not check.intact:
        sentences.append(_chain_sentence(db, check))
    if paths is not None:
        compared = tuple(anchors.compare(db, check.head_index, paths))
        for anchor_check in compared:
            if not anchor_check.trusted:
                sentences.append(_anchor_sentence(db, anchor_check, check.head_index, paths))
                break  # the first file that disagrees says enough
    message = None
    if sentences:
        text = " ".join(sentence[0].upper() + sentence[1:] for sentence in sentences[1:])
        first = sentences[0]
        message = f"{TAMPERED_PREFIX}: {first}{' ' + text if text else ''} {NOT_EVIDENCE}"
    return LogVerdict(check, compared, message, tuple(missing_protection(db)))


def startup_chain_warning(db: Database) -> str | None:
    return inspect_log(db).message
