"""The airtime log as a CSV file that Excel opens (UTF-8 with BOM), one row per airing.

The first columns are fixed (Bắt đầu, Kết thúc, Tiêu đề, Chủ đề, Trạng thái, Kiểu phát, Giờ dự kiến, Người vận hành,
Ghi chú: app.log.columns names them); more follow for checking, the hash chain's last. Status and trigger are
written as their Vietnamese labels (app.labels), which `log import` reads back, so an exported log imports as
the same rows. `codes=True` (`log export --codes`) writes the older form instead: English column codes
(`started_at,ended_at,...`), status and trigger as codes with their labels in extra columns.
Text a spreadsheet would run as a formula gets a leading ' (app.spreadsheet_safe;
the importer takes it off again). The file is written whole or not at all (app.file_replace.atomic_write).
Rows stream from the database to the file (memory stays flat whatever the size of the log), inside one
read transaction, which in WAL mode never keeps the playout from writing.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from app.errors import InputError
from app.file_replace import atomic_write
from app.labels import status_label, trigger_label
from app.log.columns import COLUMN_NAMES
from app.log.counting import MOMENT_SQL, dated_in
from app.messages import msg
from app.spreadsheet_safe import csv_cell

LEADING_COLUMNS = ("started_at", "ended_at", "title", "topic", "status", "trigger", "scheduled_at", "operator", "note")
EXTRA_COLUMNS = (
    "duration_s",
    "planned_duration_s",
    "status_label",
    "trigger_label",
    "id",
    "segment_id",
    "schedule_item_id",
    "source",
    "corrects_id",
    "chain_index",
    "prev_hash",
    "row_hash",
)
COLUMNS = LEADING_COLUMNS + EXTRA_COLUMNS  # the --codes form
LABELLED_COLUMNS = tuple(column for column in COLUMNS if column not in ("status_label", "trigger_label"))
HEADERS = tuple(COLUMN_NAMES[column] for column in LABELLED_COLUMNS)  # the default form


def iter_airings_between(db: Database, first: date, last: date) -> Iterator[dict]:
    """Rows of `first..last` (inclusive), oldest first, one at a time, dated by app.log.counting: by the
    date they started; a row that never started (missed, failed, skipped) by the date it was scheduled for."""
    if first > last:
        raise InputError(
            msg("Ngày bắt đầu {first:%d/%m/%Y} sau ngày kết thúc {last:%d/%m/%Y}.", first=first, last=last)
        )
    where, params = dated_in(first, last)
    return db.query(f"SELECT * FROM airings WHERE {where} ORDER BY {MOMENT_SQL}, id", params)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    if isinstance(value, str):
        return csv_cell(value)  # a title "=1+1" stays text in a spreadsheet
    return str(value)


def export_csv(db: Database, first: date, last: date, path: Path, *, codes: bool = False) -> int:
    """Writes the rows of `first..last` to `path`; returns how many. Nothing is left half-written.
    Vietnamese headers and labels, or with `codes` the English codes of the older form."""
    rows = iter_airings_between(db, first, last)
    written = 0
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(msg("Thư mục {folder} không tồn tại; hãy chọn nơi lưu khác.", folder=folder))
    if target.is_dir():
        raise InputError(msg("{target} là một thư mục; hãy ghi rõ tên tệp, ví dụ nhat-ky.csv.", target=target))
    with atomic_write(target) as temp:
        with open(temp, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(COLUMNS if codes else HEADERS)
            columns = COLUMNS if codes else LABELLED_COLUMNS
            for row in rows:
                if codes:
                    row["status_label"] = status_label(row["status"])
                    row["trigger_label"] = trigger_label(row["trigger"], row["source"])
                else:
                    row["status"] = status_label(row["status"])
                    row["trigger"] = trigger_label(row["trigger"], row["source"])
                writer.writerow([_cell(row.get(column)) for column in columns])
                written += 1
    return written
