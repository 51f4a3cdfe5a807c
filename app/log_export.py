"""The airtime log as a CSV file that Excel opens (UTF-8 with BOM), one row per airing.

The first columns are fixed (`started_at,ended_at,title,topic,status,trigger,scheduled_at,operator,note`);
more follow for checking and re-import. Status and trigger are written as their codes, with their Vietnamese
labels in extra columns. The file is written to a temporary file beside the target, then renamed.
"""

from __future__ import annotations

import csv
import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

from sqlite_utils import Database

from app.airlog import STATUS_LABELS, TRIGGER_LABELS
from app.errors import InputError, StorageError

LEADING_COLUMNS = ("started_at", "ended_at", "title", "topic", "status", "trigger", "scheduled_at", "operator", "note")
EXTRA_COLUMNS = (
    "duration_s", "planned_duration_s", "status_label", "trigger_label", "id", "segment_id", "schedule_item_id",
    "source", "corrects_id", "chain_index", "prev_hash", "row_hash",
)
COLUMNS = LEADING_COLUMNS + EXTRA_COLUMNS


def airings_between(db: Database, first: date, last: date) -> list[dict]:
    """Rows of `first..last` (inclusive) by the date they started; a row that never started (missed,
    skipped) by the date it was scheduled for. Oldest first."""
    if first > last:
        raise InputError(f"Ngày bắt đầu {first:%d/%m/%Y} sau ngày kết thúc {last:%d/%m/%Y}.")
    low = first.isoformat()
    high = (last + timedelta(days=1)).isoformat()
    return list(db.query(
        "SELECT * FROM airings WHERE COALESCE(started_at, scheduled_at) >= ? "
        "AND COALESCE(started_at, scheduled_at) < ? ORDER BY COALESCE(started_at, scheduled_at), id",
        [low, high],
    ))


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".")
    return str(value)


def export_csv(db: Database, first: date, last: date, path: Path) -> int:
    """Writes the rows of `first..last` to `path`; returns how many. Nothing is left half-written."""
    rows = airings_between(db, first, last)
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"Thư mục {folder} không tồn tại; hãy chọn nơi lưu khác.")
    if target.is_dir():
        raise InputError(f"{target} là một thư mục; hãy ghi rõ tên tệp, ví dụ nhat-ky.csv.")
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise StorageError(f"Không ghi được vào thư mục {folder}: {exc.strerror}.") from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            for row in rows:
                full = dict(row)
                full["status_label"] = STATUS_LABELS.get(row["status"], row["status"])
                full["trigger_label"] = TRIGGER_LABELS.get(row["trigger"], row["trigger"])
                writer.writerow([_cell(full.get(column)) for column in COLUMNS])
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise StorageError(f"Không ghi được tệp {target}: {exc.strerror}.") from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return len(rows)
