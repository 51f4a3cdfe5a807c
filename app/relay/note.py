"""What a relay airing's log row says, in its note (covered by the row's hash, so it is evidence like the rest):

    Tiếp sóng http://…/live.mp3. Nguồn: 58,2 giây; dự phòng: 1,8 giây.

The row is written on air with the first sentence already (a crash leaves the source on record); the seconds
are added when it ends, then any reason it ended early. `parse` is the one reading of it back (reports)."""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFIX = "Tiếp sóng "
_SECONDS = re.compile(r"Nguồn: (\d+(?:,\d+)?) giây; dự phòng: (\d+(?:,\d+)?) giây\.")


@dataclass(frozen=True)
class RelayNote:
    relayed_s: float | None  # None: the row ended without the figures (a crash)
    fallback_s: float | None


def on_air_note(source_label: str) -> str:
    return f"{PREFIX}{source_label}."


def finished_note(source_label: str, relayed_s: float, fallback_s: float, reason: str | None = None) -> str:
    text = f"{on_air_note(source_label)} Nguồn: {_number(relayed_s)} giây; dự phòng: {_number(fallback_s)} giây."
    return f"{text} {reason}" if reason else text


def is_relay(note: str | None) -> bool:
    return note is not None and note.startswith(PREFIX)


def parse(note: str | None) -> RelayNote | None:
    """The figures of a relay row's note; None for a row that is not a relay."""
    if not is_relay(note):
        return None
    found = _SECONDS.search(note or "")
    if found is None:
        return RelayNote(None, None)
    return RelayNote(*(float(value.replace(",", ".")) for value in found.groups()))


def _number(seconds: float) -> str:
    return f"{max(0.0, seconds):.1f}".replace(".", ",")
