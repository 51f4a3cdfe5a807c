"""Packs whole sentences into requests of at most gTTS's 100 characters.

Plain gTTS cuts a long text at every comma and full stop, so the directive costs about 150 requests; packing
sentences up to the limit needs a third of that, and a chunk boundary always falls between words.
"""

from __future__ import annotations

import re
import unicodedata

GOOGLE_LIMIT = 100

_SPACES = re.compile(r"\s+")
# A clause ends after a comma-like mark followed by a space; the mark stays with the clause before it.
_CLAUSE_END = re.compile(r"(?<=[,;:])\s+")


def clean(text: str) -> str:
    """NFC (gTTS counts code points: decomposed accents would eat the limit) and single spaces."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def speakable(text: str) -> bool:
    """Has something to say: gTTS refuses (AssertionError) a text of only punctuation and spaces."""
    return any(char.isalnum() for char in text)


def _pack(pieces: list[str], limit: int) -> list[str]:
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        if not current:
            current = piece
        elif len(current) + 1 + len(piece) <= limit:
            current = f"{current} {piece}"
        else:
            chunks.append(current)
            current = piece
    if current:
        chunks.append(current)
    return chunks


def split_sentence(sentence: str, limit: int = GOOGLE_LIMIT) -> list[str]:
    """Cuts one over-long sentence at commas, then between words; a word longer than `limit` stays whole."""
    sentence = clean(sentence)
    if len(sentence) <= limit:
        return [sentence] if sentence else []
    pieces: list[str] = []
    for clause in _CLAUSE_END.split(sentence):
        if len(clause) <= limit:
            pieces.append(clause)
        else:
            pieces.extend(_pack(clause.split(" "), limit))
    return _pack(pieces, limit)


def chunk_sentences(sentences: list[str], limit: int = GOOGLE_LIMIT) -> list[str]:
    """Greedy packing of whole sentences, in order, each chunk at most `limit` characters.

    A sentence that fits in `limit` is never split across chunks; a longer one is cut by `split_sentence` and
    its pieces pack like sentences.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    pieces: list[str] = []
    for sentence in sentences:
        pieces.extend(split_sentence(sentence, limit))
    return _pack([piece for piece in pieces if speakable(piece)], limit)
