"""The one rule for text a spreadsheet would run: a cell starting with =, +, -, @, tab or CR is text.

Excel and LibreOffice treat such a cell as a formula (`=HYPERLINK(...)`, `=1+1`, `@SUM(...)`, `-2+3`), so a
title typed by anyone would run on the PC of whoever opens the export. In XLSX the cell is written as a
string cell (never a formula); in CSV it gets a leading apostrophe, which spreadsheets read as "this is
text" and hide. Numbers stay numbers: only `str` values are ever touched.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_TEXT_MARK = "'"


def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_cell(value: Any) -> Any:
    """A CSV field: text a spreadsheet would run gets its apostrophe; everything else is unchanged."""
    return CSV_TEXT_MARK + value if looks_like_formula(value) else value


def csv_row(values: list[Any]) -> list[Any]:
    return [csv_cell(value) for value in values]


def from_csv_cell(text: str) -> str:
    """What `csv_cell` wrote, read back (the log's CSV is imported again): the apostrophe goes."""
    if text.startswith(CSV_TEXT_MARK) and looks_like_formula(text[1:]):
        return text[1:]
    return text
