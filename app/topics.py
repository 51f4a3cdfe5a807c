"""Which topic an operator means: the one matcher behind every command and page that takes a topic name.

A name matches a topic whatever its case, spacing or Unicode form ("phòng chống  LỪA ĐẢO qua mạng"), and
also without its accents ("Phong chong lua dao qua mang", as typed on a keyboard with no Vietnamese input).
A name written with its accents picks that topic even when another one differs only by accents; a name
without accents that fits two topics is refused, naming them, rather than guessed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from sqlite_utils import Database

from app.errors import InputError
from app.messages import msg

DEFAULT_COLOUR = "#7f7f7f"  # how reports draw a topic that has no colour


def topic_key(name: str) -> str:
    """A topic name's identity: NFC, case-folded, spaces collapsed (the printed verification code hashes it)."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def fold(text: str | None) -> str:
    """Case- and accent-free form, so `lua dao` finds `Lừa đảo`."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def loose_key(name: str) -> str:
    """topic_key without accents."""
    return " ".join(fold(name).split())


def match_topic(name: str, names: Iterable[str]) -> str | None:
    """The one of `names` that `name` means (see the module), or None."""
    candidates = list(dict.fromkeys(names))
    wanted = topic_key(name)
    exact = next((stored for stored in candidates if topic_key(stored) == wanted), None)
    if exact is not None:
        return exact
    loose = loose_key(name)
    found = [stored for stored in candidates if loose_key(stored) == loose]
    if len(found) > 1:
        raise InputError(
            msg(
                "Tên chủ đề “{name}” không dấu khớp với nhiều chủ đề: {found}. Hãy gõ tên có dấu.",
                name=name.strip(),
                found="; ".join(found),
            )
        )
    return found[0] if found else None


def station_topics(db: Database) -> list[tuple[int, str]]:
    """(id, name) of the station's topics, in their order."""
    return [(int(row[0]), row[1]) for row in db.execute("SELECT id, name FROM topics ORDER BY id")]


def find_topic(db: Database, name: str) -> tuple[int, str] | None:
    """(id, stored name) of the station's topic that `name` means, or None."""
    topics = station_topics(db)
    stored = match_topic(name, (topic_name for _, topic_name in topics))
    return next((pair for pair in topics if pair[1] == stored), None) if stored is not None else None
