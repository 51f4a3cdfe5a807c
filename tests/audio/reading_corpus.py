"""The corpus of real passages in tests/data/ and its score: items read right / readable items.

Used by tests/audio/test_real_passages.py (which holds the target) and by benchmarks/readings.py (which prints
the table for the README). The file format is described at its top.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "real_passages.txt"
# Passages collected after the rules were written, to see how they do on text they were not shaped by.
HELD_OUT = DATA / "real_passages_heldout.txt"
END = " $"
START = "^ "

CATEGORY_NAMES = {
    "date": "dates (day-month with - or ., ranges of days, full dates)",
    "doc": "document numbers",
    "abbr": "abbreviations, place prefixes, brand and tech words",
    "digits": "phones, hotlines, short codes, account numbers, codes",
    "web": "web addresses and e-mail",
    "unit": "vehicle plates, km posts, units, negatives",
    "letters": "letters and initials",
    "footnote": "footnote markers",
    "number": "numbers, money, percentages, addresses",
    "time": "times",
    "range": "ranges of years",
    "ordinal": "ordinals",
    "roman": "Roman numerals",
}


@dataclass(frozen=True)
class Item:
    category: str
    written: str
    spoken: str


@dataclass
class Passage:
    number: int
    kind: str
    source: str
    text: str
    items: list[Item] = field(default_factory=list)


@dataclass(frozen=True)
class ItemResult:
    passage: Passage
    item: Item
    right: bool


class CorpusError(ValueError):
    """The corpus file does not follow its own format."""


def load(path: Path = CORPUS) -> list[Passage]:
    passages: list[Passage] = []
    current: Passage | None = None
    section = ""
    text_lines: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip()
        if line.startswith("#") and current is None:
            continue
        if line.startswith("== "):
            if current is not None:
                current.text = "\n".join(text_lines)
            head = line[3:].split()
            current = Passage(int(head[0]), head[1], "", "")
            passages.append(current)
            section, text_lines = "", []
        elif current is None or not line:
            continue
        elif line.startswith("source: "):
            current.source = line.removeprefix("source: ").strip()
        elif line in ("text:", "items:"):
            section = line[:-1]
        elif section == "text":
            text_lines.append(line)
        elif section == "items":
            parts = [part.strip() for part in line.split(" | ")]
            if len(parts) != 3 or parts[0] not in CATEGORY_NAMES:
                raise CorpusError(f"line {number}: an item is 'category | written | spoken': {line!r}")
            current.items.append(Item(*parts))
        else:
            raise CorpusError(f"line {number}: outside text: or items: {line!r}")
    if current is not None:
        current.text = "\n".join(text_lines)
    return passages


def check(passages: list[Passage]) -> list[str]:
    """Problems in the annotations: a missing source, an item not found in its passage in order."""
    problems = []
    for passage in passages:
        if not passage.source.startswith(("http://", "https://")):
            problems.append(f"passage {passage.number}: no source address")
        position = 0
        for item in passage.items:
            found = passage.text.find(item.written, position)
            if found < 0:
                problems.append(f"passage {passage.number}: {item.written!r} not found after position {position}")
            else:
                position = found
    return problems


_PUNCTUATION = re.compile(r"[^\w\s]|_")


def comparable(text: str) -> str:
    """Case, punctuation, hyphens and spacing do not change what a listener hears."""
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(_PUNCTUATION.sub(" ", text).split())


def score_passage(passage: Passage, normalize: Callable[[str], str]) -> list[ItemResult]:
    spoken = f" {comparable(normalize(passage.text))} "
    results = []
    position = 0
    for item in passage.items:
        at_end = item.spoken.endswith(END)
        at_start = item.spoken.startswith(START)
        wanted = comparable(item.spoken.removesuffix(END).removeprefix(START))
        needle = f" {wanted} "
        found = spoken.find(needle, position)
        right = found >= 0 and (not at_end or found + len(needle) == len(spoken)) and (not at_start or found == 0)
        if right:
            position = found + 1
        results.append(ItemResult(passage, item, right))
    return results


def score(passages: list[Passage], normalize: Callable[[str], str]) -> list[ItemResult]:
    return [result for passage in passages for result in score_passage(passage, normalize)]


def by_category(results: list[ItemResult]) -> dict[str, tuple[int, int]]:
    table: dict[str, tuple[int, int]] = {}
    for result in results:
        right, total = table.get(result.item.category, (0, 0))
        table[result.item.category] = (right + result.right, total + 1)
    return dict(sorted(table.items(), key=lambda pair: list(CATEGORY_NAMES).index(pair[0])))
