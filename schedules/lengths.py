"""How a length of time is written for people: "1 phút 54 giây", never "1,9 phút" or "114 giây".

The one formatter of lengths for the whole program. It lives in schedules/, the package every other imports
and that imports nothing, because the schedule's own warnings say lengths too; app.formatting (the window,
the printed report, the command line) writes lengths through it in either language.
"""

from __future__ import annotations

VIETNAMESE_UNITS = ("giờ", "phút", "giây")
ENGLISH_UNITS = ("h", "min", "s")


def say_length(seconds: float | None, units: tuple[str, str, str] = VIETNAMESE_UNITS) -> str:
    """To the second, half a second up: 114 -> '1 phút 54 giây', 120 -> '2 phút', 3725 -> '1 giờ 2 phút 5 giây',
    0 or None -> '0 giây'; a negative length gets a '-'. `units` names hours, minutes and seconds."""
    value = float(seconds or 0.0)
    sign = "-" if value <= -0.5 else ""
    total = int(abs(value) + 0.5)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{amount} {unit}" for amount, unit in zip((hours, minutes, secs), units, strict=True) if amount]
    return sign + (" ".join(parts) if parts else f"0 {units[2]}")
