"""The one reader of a calendar date typed by an operator (the command line's --from, --to, --date, --on)."""

from __future__ import annotations

import re
from datetime import date

from app.errors import InputError
from app.messages import msg

DAY_FORMS = "2025-04-01 hoặc 01/04/2025"
# A station's log, plan and reports live in this span; a day outside it is a typing slip, and would overflow
# the arithmetic around it (a week before 0001-01-01 does not exist).
FIRST_YEAR = 1900
LAST_YEAR = 2100
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_VN_DAY = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")


def parse_day(text: str) -> date:
    """'2025-04-01' or '01/04/2025' -> date (years 1900-2100); anything else is an InputError in Vietnamese."""
    cleaned = (text or "").strip()
    day: date | None = None
    try:
        if _ISO_DAY.match(cleaned):
            day = date.fromisoformat(cleaned)
        elif _VN_DAY.match(cleaned):
            number, month, year = (int(part) for part in cleaned.split("/"))
            day = date(year, month, number)
    except ValueError:
        pass
    if day is None:
        raise InputError(
            msg("Ngày không hợp lệ: “{cleaned}” (viết theo dạng {day_forms})", cleaned=cleaned, day_forms=DAY_FORMS)
        )
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InputError(
            msg(
                "Ngày {cleaned} nằm ngoài khoảng năm {first} đến {last}; hãy kiểm tra lại năm.",
                cleaned=cleaned,
                first=FIRST_YEAR,
                last=LAST_YEAR,
            )
        )
    return day
