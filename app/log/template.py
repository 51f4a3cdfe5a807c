"""The import template (`truyenthanh log template -o FILE.csv|FILE.xlsx`, "Tải tệp mẫu" in Nhật ký): the columns
`log import` knows under their Vietnamese names, one example row, and the allowed words in each header's hint
(the importer ignores what is in brackets). The XLSX adds a second sheet, "Hướng dẫn", the importer never reads."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from app.errors import InputError
from app.file_replace import atomic_write
from app.labels import STATUS_LABELS, TRIGGER_LABELS
from app.log.columns import COLUMN_NAMES
from app.log.importer import OPTIONAL_COLUMNS, REQUIRED_COLUMNS, STATUS_WORDS, TRIGGER_WORDS
from app.log.statuses import AiringStatus, Trigger
from app.messages import msg

TEMPLATE_COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
TIME_HINT = "NNNN-TT-NN GG:PP:SS"
HINTS = {
    "started_at": TIME_HINT,
    "ended_at": TIME_HINT,
    "scheduled_at": TIME_HINT,
    "status": ", ".join(STATUS_WORDS),
    "trigger": ", ".join(TRIGGER_WORDS),
}
EXAMPLE = {
    "started_at": "2025-03-17 06:00:00",
    "ended_at": "2025-03-17 06:05:30",
    "title": "Bản tin sáng: lịch tiêm chủng tháng 3",
    "topic": "Y tế",
    "status": STATUS_LABELS[AiringStatus.COMPLETED],
    "trigger": TRIGGER_LABELS[Trigger.SCHEDULED],
    "scheduled_at": "2025-03-17 06:00:00",
    "operator": "Nguyễn Thị Hoa",
    "note": "",
    "duration_s": "",
}
GUIDE = (
    ("Bắt buộc", ", ".join(COLUMN_NAMES[column] for column in REQUIRED_COLUMNS)),
    ("Giờ", f"{TIME_HINT}, ví dụ 2025-03-17 06:00:00 (giờ của đài)"),
    ("Trạng thái", ", ".join(STATUS_WORDS)),
    ("Kiểu phát", ", ".join(TRIGGER_WORDS) + " (bỏ trống: Theo lịch nếu có giờ dự kiến, không thì Phát tay)"),
    ("Lượt không phát", "Bị lỡ, Lỗi, Bỏ qua: bỏ trống giờ bắt đầu và kết thúc, ghi giờ dự kiến"),
    ("Chữ", "Có dấu hay không dấu, chữ hoa hay thường đều được"),
)
FORMATS = (".csv", ".xlsx")


def template_headers() -> list[str]:
    return [
        f"{COLUMN_NAMES[column]} ({HINTS[column]})" if column in HINTS else COLUMN_NAMES[column]
        for column in TEMPLATE_COLUMNS
    ]


def example_row() -> list[str]:
    return [EXAMPLE[column] for column in TEMPLATE_COLUMNS]


def write_template(path: Path) -> Path:
    """Writes the template to `path` (.csv or .xlsx), whole or not at all."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(msg("Tệp mẫu cần đuôi .csv hoặc .xlsx, không phải {name}.", name=target.name))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(msg("Thư mục {folder} không tồn tại; hãy chọn nơi lưu khác.", folder=folder))
    with atomic_write(target) as temp:
        if suffix == ".csv":
            with open(temp, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(template_headers())
                writer.writerow(example_row())
        else:
            _workbook().save(temp)
    return target


def _workbook() -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.title = "Nhật ký"
    sheet.append(template_headers())
    sheet.append(example_row())  # text cells: nothing in them is a formula
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, header in enumerate(template_headers()):
        sheet.column_dimensions[sheet.cell(1, index + 1).column_letter].width = min(60, max(14, len(header) + 2))
    guide = book.create_sheet("Hướng dẫn")
    guide.append(["Mục", "Cách ghi"])
    for row in GUIDE:
        guide.append(list(row))
    guide.column_dimensions["A"].width = 18
    guide.column_dimensions["B"].width = 90
    return book
