"""Writing a Report to files: XLSX (a sheet per table), CSV, JSON, and PDF through the Qt layer.

- XLSX: numbers are numbers (counts, seconds, minutes), dates and times are date/time cells, changes
  are fractions formatted as percent ('mới' and '—' stay text). Sheets: Tổng hợp, Theo chủ đề,
  Theo tuần, Chưa phát, Chỉ tiêu, and Phụ lục when the report carries its annex.
- CSV: the per-topic table with a total line, UTF-8 with a BOM so Excel reads the accents; comma
  separated, '.' decimals (machine-readable; for Excel work use the XLSX). With the annex, a blank
  line, then every airing of the period under its own header.
- JSON: `app.report.as_json.report_to_json`, UTF-8, indented; with the annex, `airings` lists every row.
- JSON and CSV write the annex as they read it (`app.report.iter_annex`): a 500,000-row period never
  sits in memory.
- PDF: drawn by the Qt layer (`render_pdf(report, path)`, see app.cli.CliServices).

Every file is written through app.file_replace.atomic_write (a temporary file beside it, flushed, renamed),
so a failure never leaves a half-written report under the real name, nor any file at all. Text cells that a
spreadsheet would run as a formula are written as text (app.spreadsheet_safe).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.errors import InputError, StationError, StorageError
from app.file_replace import atomic_write
from app.messages import msg
from app.report.as_json import annex_json, not_aired_json, report_to_json
from app.report.model import AnnexRow, Change, Report, Totals
from app.report.targets import METRIC_LABELS
from app.spreadsheet_safe import csv_row, looks_like_formula

FORMATS = ("pdf", "xlsx", "csv", "json")
STREAMABLE_FORMATS = ("csv", "json")
CSV_ENCODING = "utf-8-sig"
PERIOD_NAMES = {"period": "Kỳ báo cáo", "baseline": "Kỳ so sánh"}


def format_for_path(path: Path) -> str | None:
    """'bao-cao.xlsx' -> 'xlsx'; None when the suffix is not one of FORMATS."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def atomic_path(path: Path) -> contextlib.AbstractContextManager[Path]:
    """A temporary path beside `path` that replaces `path` when the block succeeds (app.file_replace)."""
    return atomic_write(Path(path))


# ---------------------------------------------------------------- JSON


def json_bytes(report: Report) -> bytes:
    return (json.dumps(report_to_json(report), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _mark(name: str) -> str:
    return f"\x00{name}\x00"


def _write_list(out: IO[bytes], items: Iterable[dict[str, Any]]) -> None:
    """A JSON list at the second level of an indent=2 document, one item at a time."""
    out.write(b"[")
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        out.write((("\n    " if first else ",\n    ") + text).encode("utf-8"))
        first = False
    out.write(b"]" if first else b"\n  ]")


def write_json_stream(report: Report, out: IO[bytes], annex: Iterable[AnnexRow]) -> None:
    """The report as JSON with its details, every list of rows written item by item (`airings` as `annex`
    yields them): the same text json_bytes gives for a report built with its annex."""
    data = report_to_json(report)
    lists: dict[str, Iterable[dict[str, Any]] | None] = {
        "not_aired_items": not_aired_json(report.not_aired),
        "baseline_not_aired_items": not_aired_json(report.baseline_not_aired) if report.baseline_not_aired else None,
        "airings": (annex_json(row) for row in annex),
    }
    for name, items in lists.items():
        data[name] = _mark(name) if items is not None else None
    text = json.dumps(data, ensure_ascii=False, indent=2)
    for name, items in lists.items():
        if items is None:
            continue
        head, _, text = text.partition(json.dumps(_mark(name)))
        out.write(head.encode("utf-8"))
        _write_list(out, items)
    out.write(text.encode("utf-8") + b"\n")


def write_json(report: Report, path: Path, annex: Iterable[AnnexRow] | None = None) -> Path:
    """JSON to `path` atomically; `annex` (e.g. app.report.iter_annex) is streamed into it."""
    with atomic_path(path) as temporary:
        with open(temporary, "wb") as out:
            if annex is None:
                out.write(json_bytes(report))
            else:
                write_json_stream(report, out, annex)
    return Path(path)


# ---------------------------------------------------------------- the per-topic table (CSV and XLSX)


def _percent_value(change: Change, as_fraction: bool = True) -> float | str:
    """0.25 (a fraction, for a percent-formatted cell) or 25.0 (percent units), or the label when
    there is no number ('mới', '—', '')."""
    if change.percent is None:
        return change.label
    return change.percent / 100.0 if as_fraction else round(change.percent, 2)


def topic_table(report: Report, as_fraction: bool = True) -> tuple[list[str], list[list[Any]]]:
    """Header and rows of the main table, the total line last. Values are plain numbers and text;
    changes are fractions (XLSX percent cells) or, with as_fraction=False, percent units (CSV)."""
    has_baseline = report.baseline is not None
    header = ["Chủ đề", "Số lượt phát", "Thời lượng (phút)", "Thời lượng (giây)", "Lượt/ngày", "Phút/ngày"]
    if has_baseline:
        header += [
            "Số lượt phát kỳ so sánh",
            "Thời lượng kỳ so sánh (phút)",
            "Thời lượng kỳ so sánh (giây)",
            "Lượt/ngày kỳ so sánh",
            "Phút/ngày kỳ so sánh",
            "Thay đổi tần suất (%)",
            "Thay đổi thời lượng (%)",
        ]
    rows: list[list[Any]] = []
    for row in report.topics:
        line: list[Any] = [
            row.topic,
            row.airings,
            round(row.minutes, 2),
            row.seconds,
            _round3(row.airings_per_day),
            _round3(row.minutes_per_day),
        ]
        if has_baseline:
            line += [
                row.baseline_airings,
                round(row.baseline_minutes or 0.0, 2),
                row.baseline_seconds,
                _round3(row.baseline_airings_per_day),
                _round3(row.baseline_minutes_per_day),
                _percent_value(row.airings_change, as_fraction),
                _percent_value(row.seconds_change, as_fraction),
            ]
        rows.append(line)
    total: list[Any] = ["Tổng cộng", *_totals_cells(report.period)]
    if report.baseline is not None:
        total += [
            *_totals_cells(report.baseline),
            _percent_value(report.airings_change, as_fraction),
            _percent_value(report.seconds_change, as_fraction),
        ]
    rows.append(total)
    return header, rows


def _totals_cells(totals: Totals) -> list[Any]:
    return [
        totals.airings,
        round(totals.minutes, 2),
        totals.seconds,
        _round3(totals.airings_per_day),
        _round3(totals.minutes_per_day),
    ]


def _round3(value: float | None) -> float | None:
    """A per-day figure; empty for a period not yet begun (app.report.period.per_day)."""
    return None if value is None else round(value, 3)


# ---------------------------------------------------------------- CSV


def csv_text(report: Report) -> str:
    """The per-topic table as CSV text (no BOM; `write_csv` and stdout add it)."""
    header, rows = topic_table(report, as_fraction=False)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_row(header))
    writer.writerows(csv_row(row) for row in rows)
    return buffer.getvalue()


def csv_bytes(report: Report) -> bytes:
    return csv_text(report).encode(CSV_ENCODING)


ANNEX_CSV_HEADER = [
    "Ngày",
    "Giờ",
    "Tiêu đề",
    "Chủ đề",
    "Thời lượng (giây)",
    "Trạng thái",
    "Được tính",
    "Kiểu phát",
    "Nguồn",
    "Người duyệt",
    "Duyệt lúc",
    "Ghi chú",
    "Mã dòng",
]


def _approval_cells(row: AnnexRow, as_datetime: bool) -> list[Any]:
    """Who approved what aired and when, as its row recorded it at air time; blank cells when it recorded none."""
    found = row.approval
    if found is None:
        return ["", None if as_datetime else ""]
    return [found.by, datetime.fromisoformat(found.at) if as_datetime else found.at]


def write_csv_stream(report: Report, out: IO[str], annex: Iterable[AnnexRow] | None) -> None:
    """The per-topic table, then (with `annex`) a blank line and every airing, written as read."""
    out.write(csv_text(report))
    if annex is None:
        return
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([])
    writer.writerow(["Phụ lục: danh sách các lượt phát"])
    writer.writerow(ANNEX_CSV_HEADER)
    for row in annex:
        writer.writerow(
            csv_row(
                [
                    row.moment.date().isoformat(),
                    row.time_label,
                    row.title,
                    row.topic,
                    row.duration_s,
                    row.status_label,
                    "có" if row.counted else "không",
                    row.trigger_label,
                    "Nhập từ tệp" if row.imported else "Phần mềm",
                    *_approval_cells(row, as_datetime=False),
                    row.note,
                    row.id,
                ]
            )
        )


def write_csv(report: Report, path: Path, annex: Iterable[AnnexRow] | None = None) -> Path:
    with atomic_path(path) as temporary:
        with open(temporary, "w", encoding=CSV_ENCODING, newline="") as out:
            write_csv_stream(report, out, annex)
    return Path(path)


# ---------------------------------------------------------------- XLSX

_BOLD = Font(bold=True)
_DATE_FORMAT = "DD/MM/YYYY"
_TIME_FORMAT = "HH:MM:SS"
_PERCENT_FORMAT = "+0.0%;-0.0%;0.0%"


class _Sheet:
    """A write-only sheet with typed cells: fast for a long annex, formats set cell by cell."""

    def __init__(self, book: Workbook, title: str, widths: list[int]) -> None:
        self.sheet: WriteOnlyWorksheet = book.create_sheet(title)
        for index, width in enumerate(widths):
            self.sheet.column_dimensions[get_column_letter(index + 1)].width = width

    def header(self, values: list[str]) -> None:
        self.row(values, bold=True)

    def row(self, values: list[Any], bold: bool = False, formats: dict[int, str] | None = None) -> None:
        cells = []
        for index, value in enumerate(values):
            if isinstance(value, str):  # a stray control character (e.g. from an imported CSV) breaks XLSX
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = WriteOnlyCell(self.sheet, value=value)
            if looks_like_formula(value):
                cell.data_type = "s"  # a title such as "=HYPERLINK(...)" stays text, never a live formula
            if bold:
                cell.font = _BOLD
            if formats and index in formats:
                cell.number_format = formats[index]
            elif isinstance(value, datetime):
                cell.number_format = "DD/MM/YYYY HH:MM:SS"
            elif isinstance(value, date):
                cell.number_format = _DATE_FORMAT
            cells.append(cell)
        self.sheet.append(cells)

    def blank(self) -> None:
        self.sheet.append([])


def _summary_sheet(book: Workbook, report: Report) -> None:
    sheet = _Sheet(book, "Tổng hợp", [34, 22, 22, 18])
    station = report.station
    sheet.row([report.title], bold=True)
    sheet.row(["Đơn vị", station.issuing_body])
    sheet.row(["Đài", station.name])
    sheet.row(["Kỳ báo cáo", report.period.period.start, report.period.period.end])
    if report.baseline is not None:
        sheet.row(["Kỳ so sánh", report.baseline.period.start, report.baseline.period.end])
    sheet.row(["Chủ đề", report.topic_filter or "Tất cả"])
    sheet.row(["Lập lúc", report.generated_at])
    sheet.blank()
    sheet.header(["Chỉ số", "Kỳ báo cáo", "Kỳ so sánh", "Thay đổi"])
    base = report.baseline
    percent = {3: _PERCENT_FORMAT}
    sheet.row(["Số ngày", report.period.period.days, base.period.days if base else None])
    if report.period.so_far or (base is not None and base.so_far):  # a period under way: say what averages cover
        sheet.row(["Số ngày tính bình quân", report.period.days_averaged, base.days_averaged if base else None])
    sheet.row(
        ["Số lượt phát", report.period.airings, base.airings if base else None, _percent_value(report.airings_change)],
        formats=percent,
    )
    sheet.row(
        [
            "Thời lượng (phút)",
            round(report.period.minutes, 2),
            round(base.minutes, 2) if base else None,
            _percent_value(report.seconds_change),
        ],
        formats=percent,
    )
    sheet.row(["Thời lượng (giây)", report.period.seconds, base.seconds if base else None])
    sheet.row(["Lượt/ngày", _round3(report.period.airings_per_day), _round3(base.airings_per_day) if base else None])
    sheet.row(["Phút/ngày", _round3(report.period.minutes_per_day), _round3(base.minutes_per_day) if base else None])
    sheet.row(["Lượt nhập từ tệp ngoài", report.period.imported_airings, base.imported_airings if base else None])
    labels = {
        "missed": "Lượt bị lỡ",
        "failed": "Lượt lỗi",
        "skipped": "Lượt bỏ qua",
        "cut_short": "Lượt ngắt sớm (không tính)",
    }
    for status, label in labels.items():
        sheet.row(
            [
                label,
                report.not_aired.counts[status],
                report.baseline_not_aired.counts[status] if report.baseline_not_aired else None,
            ]
        )
    sheet.row(
        [
            "Giây đã phát của các lượt ngắt sớm",
            report.period.cut_short_seconds,
            base.cut_short_seconds if base else None,
        ]
    )
    sheet.row([f"Lượt bị ngắt được tính khi đã phát ít nhất {report.rule.share_label} thời lượng dự kiến"])
    sheet.blank()
    sheet.row(["Mã kiểm tra nhật ký", report.chain_head_hash])
    if report.paper_code is not None:
        sheet.row(["Mã kiểm tra báo cáo", report.paper_code.text])
    if report.chain_check is None:
        state = "Chưa kiểm tra"
    elif report.chain_check.intact:
        state = f"Nguyên vẹn ({report.chain_check.rows_checked} dòng, đến lượt thứ {report.head_index})"
    else:
        state = "Đã bị sửa ngoài phần mềm"
    sheet.row(["Kiểm tra nhật ký", state])
    for warning in report.warnings:
        sheet.row(["Cảnh báo", warning])


def _topics_sheet(book: Workbook, report: Report) -> None:
    header, rows = topic_table(report)
    sheet = _Sheet(book, "Theo chủ đề", [44] + [16] * (len(header) - 1))
    sheet.header(header)
    percent = {11: _PERCENT_FORMAT, 12: _PERCENT_FORMAT}
    for index, row in enumerate(rows):
        sheet.row(row, bold=index == len(rows) - 1, formats=percent)


def _weekly_sheet(book: Workbook, report: Report) -> None:
    names = [row.topic for row in report.topics]
    sheet = _Sheet(book, "Theo tuần", [12, 14, 12, 12, 8] + [18] * len(names) + [14])
    sheet.header(["Kỳ", "Tuần", "Từ ngày", "Đến ngày", "Số ngày", *[f"{name} (phút)" for name in names], "Tổng (phút)"])
    for bucket in report.weekly:
        sheet.row(
            [
                PERIOD_NAMES[bucket.which],
                bucket.label,
                bucket.first_day,
                bucket.last_day,
                bucket.days,
                *[round(bucket.minutes(name), 2) for name in names],
                round(bucket.total_minutes, 2),
            ]
        )


def _not_aired_sheet(book: Workbook, report: Report) -> None:
    sheet = _Sheet(book, "Chưa phát", [12, 12, 10, 50, 36, 12, 14, 40])
    sheet.header(["Kỳ", "Ngày", "Giờ", "Tiêu đề", "Chủ đề", "Trạng thái", "Giây đã phát", "Ghi chú"])
    sections = [("period", report.not_aired), ("baseline", report.baseline_not_aired)]
    for which, not_aired in sections:
        if not_aired is None:
            continue
        for item in not_aired.items():
            sheet.row(
                [
                    PERIOD_NAMES[which],
                    item.day,
                    item.moment.time(),
                    item.title,
                    item.topic,
                    item.status_label,
                    item.seconds,
                    item.note,
                ],
                formats={2: _TIME_FORMAT},
            )


def _targets_sheet(book: Workbook, report: Report) -> None:
    sheet = _Sheet(book, "Chỉ tiêu", [44, 26, 12, 12, 12, 12, 12, 12, 12, 18])
    sheet.header(
        [
            "Chủ đề",
            "Chỉ tiêu",
            "Mức tối thiểu",
            "Đơn vị",
            "Cần đạt",
            "Thực hiện",
            "Còn thiếu",
            "Số ngày/tuần đạt",
            "Tổng số ngày/tuần",
            "Kết quả",
        ]
    )
    for result in report.targets:
        target = result.target
        sheet.row(
            [
                target.topic,
                target.label,
                target.minimum,
                METRIC_LABELS[target.metric],
                round(result.expected, 2),
                round(result.actual, 2),
                round(result.shortfall, 2),
                result.units_met,
                result.units,
                result.status_label,
            ]
        )


def _annex_sheet(book: Workbook, report: Report) -> None:
    sheet = _Sheet(book, "Phụ lục", [12, 10, 56, 36, 14, 10, 14, 14, 14, 24, 18, 30])
    sheet.header(
        [
            "Ngày",
            "Giờ",
            "Tiêu đề",
            "Chủ đề",
            "Thời lượng (giây)",
            "Thời lượng",
            "Trạng thái",
            "Kiểu phát",
            "Nguồn",
            "Người duyệt",
            "Duyệt lúc",
            "Ghi chú",
        ]
    )
    for row in report.annex or ():
        sheet.row(
            [
                row.moment.date(),
                row.moment.time(),
                row.title,
                row.topic,
                row.duration_s,
                row.duration_s / 86400.0,
                row.status_label,
                row.trigger_label,
                "Nhập từ tệp" if row.imported else "Phần mềm",
                *_approval_cells(row, as_datetime=True),
                row.note,
            ],
            formats={1: _TIME_FORMAT, 5: "[h]:mm:ss", 10: "DD/MM/YYYY HH:MM"},
        )


def write_xlsx(report: Report, path: Path) -> Path:
    book = Workbook(write_only=True)
    _summary_sheet(book, report)
    _topics_sheet(book, report)
    _weekly_sheet(book, report)
    _not_aired_sheet(book, report)
    _targets_sheet(book, report)
    if report.annex is not None:
        _annex_sheet(book, report)
    with atomic_path(path) as temporary:
        book.save(temporary)
    return Path(path)


# ---------------------------------------------------------------- dispatch


def stream_bytes(report: Report, fmt: str) -> bytes:
    """The bytes `-o -` writes: JSON or CSV (with its BOM) only."""
    if fmt == "json":
        return json_bytes(report)
    if fmt == "csv":
        return csv_bytes(report)
    raise InputError(msg("Định dạng {fmt} không in ra màn hình được: hãy cho tên tệp với -o", fmt=fmt))


def stream_report(report: Report, fmt: str, out: IO[bytes], annex: Iterable[AnnexRow] | None) -> None:
    """JSON or CSV to a byte stream (stdout), the annex written as it is read."""
    if fmt == "json":
        if annex is None:
            out.write(json_bytes(report))
        else:
            write_json_stream(report, out, annex)
        return
    if fmt == "csv":
        text = io.TextIOWrapper(out, encoding=CSV_ENCODING, newline="", write_through=True)
        try:
            write_csv_stream(report, text, annex)
            text.flush()
        finally:
            text.detach()
        return
    raise InputError(msg("Định dạng {fmt} không in ra màn hình được: hãy cho tên tệp với -o", fmt=fmt))


def export_report(
    report: Report,
    fmt: str,
    path: Path,
    render_pdf: Callable[[Report, Path], object] | None = None,
    *,
    annex: Iterable[AnnexRow] | None = None,
) -> Path:
    """Write `report` as `fmt` to `path` atomically. PDF needs `render_pdf` from the Qt layer. For JSON
    and CSV, `annex` (app.report.iter_annex) streams every airing into the file."""
    if fmt == "json":
        return write_json(report, path, annex)
    if fmt == "csv":
        return write_csv(report, path, annex)
    if fmt == "xlsx":
        return write_xlsx(report, path)
    if fmt == "pdf":
        if render_pdf is None:
            raise StationError(
                msg(
                    "Xuất PDF cần thành phần giao diện Qt (PySide6), hiện không có. "
                    "Hãy xuất xlsx, csv hoặc json, hoặc cài đặt đầy đủ phần mềm."
                )
            )
        with atomic_path(path) as temporary:
            render_pdf(report, temporary)
            if not temporary.exists() or temporary.stat().st_size == 0:
                raise StorageError(msg("Không tạo được tệp PDF {path}", path=path))
        return Path(path)
    raise InputError(msg("Định dạng không hỗ trợ: “{fmt}” (dùng: {formats})", fmt=fmt, formats=", ".join(FORMATS)))
