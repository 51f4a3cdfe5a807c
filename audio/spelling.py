"""Letters and syllables: Vietnamese letter names for spelling, and telling a written word from an abbreviation.

Letter names follow the Vietnamese alphabet as announcers say them in abbreviations ("e-lờ", "en-nờ"); an
initial written with two letters ("Th.", "Ng.") is said as its consonant ("thờ", "ngờ").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LETTER_NAMES: dict[str, str] = {
    "A": "a", "Ă": "á", "Â": "ớ", "B": "bê", "C": "xê", "D": "đê", "Đ": "đê", "E": "e", "Ê": "ê",
    "F": "ép", "G": "gờ", "H": "hát", "I": "i", "J": "gi", "K": "ca", "L": "e-lờ", "M": "em-mờ",
    "N": "en-nờ", "O": "ô", "Ô": "ô", "Ơ": "ơ", "P": "pê", "Q": "quy", "R": "e-rờ", "S": "ét", "T": "tê",
    "U": "u", "Ư": "ư", "V": "vê", "W": "vê kép", "X": "ích", "Y": "i dài", "Z": "dét",
}  # fmt: skip

# Initials of two letters, said as the consonant they write: "Nguyễn Quốc Th." -> "thờ".
DIGRAPH_INITIALS: dict[str, str] = {
    "Ch": "chờ", "Gh": "gờ", "Gi": "gi", "Kh": "khờ", "Ng": "ngờ", "Ngh": "ngờ", "Nh": "nhờ", "Ph": "phờ",
    "Qu": "quờ", "Th": "thờ", "Tr": "trờ",
}  # fmt: skip

_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_NUCLEI = (
    "iêu yêu oai oay oao oeo uây uôi uya uyê uyu ươi ươu ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi "
    "ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê a ă â e ê i o ô ơ u ư y"
).split()
_ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_CODAS = "ch|ng|nh|c|m|n|p|t"
_SYLLABLE = re.compile(rf"(?:{_ONSETS})?(?:{'|'.join(_NUCLEI)})(?:{_CODAS})?")
# Written without tone marks, as in web addresses: "ie" stands for "iê", "uo" for "uô", "uow" never occurs.
_PLAIN_NUCLEI = sorted(
    {*_NUCLEI, "ie", "ieu", "uo", "uoi", "uou", "ye", "yeu", "uye", "ua", "oa", "oe", "uy"}, key=len, reverse=True
)
_PLAIN_SYLLABLE = re.compile(rf"(?:{_ONSETS})?(?:{'|'.join(_PLAIN_NUCLEI)})(?:{_CODAS})?")
_VOWELS = set("aăâeêioôơuưy")


def bare(word: str) -> str:
    """Lower case without tone marks (the vowel letters ă â ê ô ơ ư stay)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.lower()).translate(_TONES))


def bare_letters(text: str) -> str:
    """Without any marks, as web addresses write Vietnamese: "hải phòng" -> "hai phong", "đắk" -> "dak"."""
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "D")


def is_vietnamese_syllable(word: str) -> bool:
    return _SYLLABLE.fullmatch(bare(word)) is not None


@lru_cache(maxsize=2048)
def split_syllables(word: str) -> tuple[str, ...] | None:
    """A word of Vietnamese syllables written together without marks, cut into them: "dichvucong" ->
    ("dich", "vu", "cong"); None when it is not made of syllables only ("sacombank").

    Of the ways to cut, the one with the fewest syllables wins, then the one whose first syllable is longest:
    "congan" is "cong an", not "con gan".
    """
    text = word.lower()
    if not text.isascii() or not text.isalpha():
        return None
    best: dict[int, tuple[str, ...]] = {len(text): ()}
    for start in range(len(text) - 1, -1, -1):
        options = []
        for end in range(len(text), start, -1):
            piece = text[start:end]
            if end in best and _PLAIN_SYLLABLE.fullmatch(piece) and set(piece) & _VOWELS:
                options.append((piece, *best[end]))
        if options:
            best[start] = min(options, key=lambda cut: (len(cut), -len(cut[0])))
    return best.get(0)


def spell(token: str) -> str:
    """Letter by letter with Vietnamese letter names: "VHVH" -> "vê hát vê hát"."""
    return " ".join(LETTER_NAMES.get(ch.upper(), ch.lower()) for ch in token if ch.isalpha())


def say_initial(letters: str) -> str:
    """One initial of a name: "N" -> "en-nờ", "Th" -> "thờ"."""
    return DIGRAPH_INITIALS.get(letters.capitalize()) or spell(letters)
