"""How numbers, lengths and dates are written: the one place for it, per language.

Vietnamese (the printed report and its files always, an official document; the window in Tiếng Việt):
thousands dot, decimal comma, "1.234" and "12,5". English (the window in English): "1,234" and "12.5".
Dates are dd/mm/yyyy in both: the window's date fields show that form in either language. An airing's
length is h:mm:ss in both. The window picks its style through ui/formats.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Formats:
    """The written form of numbers and dates in one language."""

    language: str  # "vi" or "en"
    thousands: str
    decimal: str

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

    @staticmethod
    def duration(seconds: float | None) -> str:
        """An airing's length: 125 -> '2:05', 3725 -> '1:02:05'."""
        total = int(round(seconds or 0))
        hours, rest = divmod(total, 3600)
        minutes, secs = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


VIETNAMESE = Formats("vi", thousands=".", decimal=",")
ENGLISH = Formats("en", thousands=",", decimal=".")


def for_language(code: str) -> Formats:
    """The style of an interface language code ('vi', 'en'); Vietnamese for anything else."""
    return ENGLISH if code == "en" else VIETNAMESE
