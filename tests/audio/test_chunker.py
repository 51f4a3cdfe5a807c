from __future__ import annotations

import re
from pathlib import Path

from gtts.tts import gTTS
from hypothesis import given
from hypothesis import strategies as st

from audio.chunker import chunk_sentences, clean, speakable, split_sentence

DIRECTIVE = Path(__file__).resolve().parents[1] / "data" / "directive.txt"


def directive_sentences() -> list[str]:
    """The directive cut at sentence ends and blank lines (no normaliser needed to count requests)."""
    text = DIRECTIVE.read_text(encoding="utf-8")
    pieces = re.split(r"(?<=[.!?;])\s+|\n\s*\n", text)
    return [clean(piece) for piece in pieces if clean(piece)]


def words(texts: list[str]) -> list[str]:
    """The words said: a lone punctuation mark is not sent."""
    return [word for word in " ".join(texts).split() if speakable(word)]


def test_short_sentences_are_packed_whole_in_order() -> None:
    sentences = ["Xin chào bà con.", "Hôm nay có bản tin.", "Mời bà con nghe."]
    assert chunk_sentences(sentences) == ["Xin chào bà con. Hôm nay có bản tin. Mời bà con nghe."]
    assert chunk_sentences(sentences, limit=40) == ["Xin chào bà con. Hôm nay có bản tin.", "Mời bà con nghe."]


def test_long_sentence_is_cut_at_commas_before_words() -> None:
    sentence = (
        "Trong thời gian qua, tình hình vi phạm pháp luật trên không gian mạng diễn biến phức tạp, "
        "với nhiều phương thức, thủ đoạn ngày càng tinh vi, gây ra nhiều hậu quả xấu đối với xã hội."
    )
    chunks = split_sentence(sentence)
    assert all(len(chunk) <= 100 for chunk in chunks)
    # Every cut falls right after a comma: the clauses were short enough.
    assert all(chunk.endswith(",") for chunk in chunks[:-1])
    assert words(chunks) == sentence.split()


def test_clause_longer_than_limit_is_cut_between_words() -> None:
    clause = " ".join(["tuyên truyền"] * 20)  # 259 characters, no comma
    chunks = split_sentence(clause, limit=50)
    assert all(len(chunk) <= 50 for chunk in chunks)
    assert words(chunks) == clause.split()
    assert len(chunks) == 6


def test_word_longer_than_limit_stays_whole() -> None:
    long_word = "a" * 30
    assert chunk_sentences([f"xem {long_word} nhé"], limit=20) == ["xem", long_word, "nhé"]


def test_punctuation_alone_is_not_sent() -> None:
    assert chunk_sentences(["...", "Xin chào.", " - ", "…"]) == ["Xin chào."]
    assert chunk_sentences(["…"]) == []


def test_whitespace_is_collapsed_and_text_is_nfc() -> None:
    decomposed = "Ho\u0300a Bi\u0300nh"  # "Hòa Bình" with combining grave accents
    assert chunk_sentences([f"  {decomposed}\n\tnhé  ", "   "]) == ["Hòa Bình nhé"]


@given(
    st.lists(
        st.lists(st.text(alphabet="aăâbcdđeêơôưạảấầẩ,", min_size=1, max_size=14), min_size=1, max_size=30).map(
            " ".join
        ),
        max_size=12,
    ),
    st.integers(min_value=15, max_value=120),
)
def test_properties(sentences: list[str], limit: int) -> None:
    chunks = chunk_sentences(sentences, limit)
    # Words come out unchanged and in order: no word is ever split or lost.
    assert words(chunks) == words(sentences)
    for chunk in chunks:
        assert len(chunk) <= limit or " " not in chunk
    # A sentence that fits is inside one chunk.
    for sentence in sentences:
        cleaned = clean(sentence)
        if speakable(cleaned) and len(cleaned) <= limit:
            assert any(cleaned in chunk for chunk in chunks)


def test_directive_needs_far_fewer_requests_than_plain_gtts() -> None:
    sentences = directive_sentences()
    ours = chunk_sentences(sentences)
    # gTTS's own tokenizer decides what plain gTTS(text).save() sends: one request per token.
    plain = gTTS(" ".join(sentences), lang="vi")._tokenize(" ".join(sentences))
    assert all(len(chunk) <= 100 for chunk in ours)
    assert len(plain) >= 120
    assert len(ours) * 2 < len(plain)
    assert len(ours) <= sum(len(sentence) + 1 for sentence in sentences) / 100 * 1.5 + 1
