"""The one reader of a calendar date typed by an operator (the command line's --from, --to, --date, --on)."""

from __future__ import annotations

import re
from datetime import date

from app.errors import InputError
from app.messages import msg

DAY_FORMS = "2025-04-01 hoặc 01/04/2025"
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_VN_DAY = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")


def parse_day(text: str) -> date:
    """'2025-04-01' or '01/04/2025' -> date; anything else is an InputError in Vietnamese."""
    cleaned = (text or "").strip()
    try:
        if _ISO_DAY.match(cleaned):
            return date.fromisoformat(cleaned)
        if _VN_DAY.match(cleaned):
            day, month, year = (int(part) for part in cleaned.split("/"))
            return date(year, month, day)
    except ValueError:
        pass
    raise InputError(
        msg("Ngày không hợp lệ: '{cleaned}' (viết theo dạng {day_forms})", cleaned=cleaned, day_forms=DAY_FORMS)
    )
