"""The words of a share package: its file name, the post for Zalo/Facebook/the website, and its hashtags."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


def ascii_fold(text: str) -> str:
    """Vietnamese without its marks ("Đài truyền thanh" -> "Dai truyen thanh"): file names any phone opens."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def slug(text: str, limit: int = 48) -> str:
    words = re.findall(r"[a-z0-9]+", ascii_fold(text).lower())
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > limit:
            break
        out = f"{out}-{word}" if out else word
    return out or "ban-tin"


def hashtag(text: str) -> str:
    """#CamelCaseWithoutMarks: a tag with tone marks is split or spelt in two ways (NFC/NFD) across services."""
    words = re.findall(r"[A-Za-z0-9]+", ascii_fold(text))
    return "#" + "".join(word[:1].upper() + word[1:] for word in words) if words else ""


@dataclass(frozen=True)
class PostWords:
    title: str
    topic: str
    body: str
    citation: str  # "Công văn số … ngày … của …", or "" when the bulletin cites no directive
    station: str
    place: str  # "Phường Bạch Sam, thị xã Mỹ Hào, tỉnh Hưng Yên"


def hashtags(words: PostWords) -> list[str]:
    tags = [hashtag(words.topic), hashtag(words.station), hashtag(words.place.split(",")[0])]
    return [tag for tag in dict.fromkeys(tags) if tag]


def post_text(words: PostWords) -> str:
    """Title, topic, body, the directive it answers, the station's signature, hashtags."""
    lines = [words.title.upper(), f"Chủ đề: {words.topic}" if words.topic else "", "", words.body.strip(), ""]
    if words.citation:
        lines += [f"Thực hiện {words.citation}.", ""]
    lines += [words.station, words.place, "", " ".join(hashtags(words))]
    text = "\n".join(line for index, line in enumerate(lines) if line or index > 1)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
