"""How numbers, lengths and dates are written: the one place for it, per language.

Vietnamese (the printed report and its files always, an official document; the window in Tiếng Việt):
thousands dot, decimal comma, "1.234" and "12,5". English (the window in English): "1,234" and "12.5".
Dates are dd/mm/yyyy in both: the window's date fields show that form in either language. A length of time
is written as people say it, "1 phút 54 giây" ("1 min 54 s"), never "1,9 phút" or "1:54": `duration` is the
one formatter of lengths, in the window, the printed report and the command line. Totals in the report's
tables stay numbers of minutes ("12,5"), the measure officials compare. The window picks its style through
ui/formats.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from schedules.lengths import ENGLISH_UNITS, VIETNAMESE_UNITS, say_length


@dataclass(frozen=True)
class Formats:
    """The written form of numbers and dates in one language."""

    language: str  # "vi" or "en"
    thousands: str
    decimal: str
    units: tuple[str, str, str] = VIETNAMESE_UNITS  # hours, minutes, seconds

    def number(self, value: float, decimals: int = 0) -> str:
        """1234.5 -> '1.234,5' in Vietnamese, '1,234.5' in English."""
        text = f"{value:,.{decimals}f}"
        return text.replace(",", "\x00").replace(".", self.decimal).replace("\x00", self.thousands)

    def amount(self, value: float) -> str:
        """A minimum or a share as people write it: whole numbers bare, others with one decimal: '2', '2,5'."""
        return self.number(value, 0 if float(value).is_integer() else 1)

    def trimmed(self, value: float, decimals: int) -> str:
        """At most `decimals` decimals, trailing zeros dropped: a reading speed 0.85 -> '0,85', 1.0 -> '1'."""
        return self.number(value, decimals).rstrip("0").rstrip(self.decimal) if decimals else self.number(value)

    def minutes(self, seconds: float) -> str:
        """Seconds as minutes with one decimal: 750 -> '12,5'."""
        return self.number(seconds / 60.0, 1)

    def percent(self, percent: float) -> str:
        """A change: 25.0 -> '+25,0%', -12.34 -> '-12,3%', 0 -> '0,0%'."""
        sign = "+" if percent > 0.0005 else ""
        return f"{sign}{self.number(percent, 1)}%"

    @staticmethod
    def date(day: date) -> str:
        return day.strftime("%d/%m/%Y")

    def duration(self, seconds: float | None) -> str:
        """A length as said: 114 -> '1 phút 54 giây' ('1 min 54 s' in English); schedules.lengths says how."""
        return say_length(seconds, self.units)


VIETNAMESE = Formats("vi", thousands=".", decimal=",")
ENGLISH = Formats("en", thousands=",", decimal=".", units=ENGLISH_UNITS)


def for_language(code: str) -> Formats:
    """The style of an interface language code ('vi', 'en'); Vietnamese for anything else."""
    return ENGLISH if code == "en" else VIETNAMESE
