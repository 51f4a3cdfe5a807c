"""The reading score on real passages (tests/data/real_passages*.txt) reaches its target, and the corpus is sound.

The score is measured here, not written down: each annotated item is looked for in the normaliser's output of
its whole passage (see tests/audio/reading_corpus.py). benchmarks/readings.py prints the same figures per
category for the README.
"""

from __future__ import annotations

import pytest

from audio.normalizer import Normalizer
from tests.audio.reading_corpus import CORPUS, HELD_OUT, Item, Passage, check, load, score, score_passage

TARGET = 0.97


@pytest.fixture(scope="module")
def corpus() -> list[Passage]:
    return load(CORPUS) + load(HELD_OUT)


def test_the_corpus_is_real_and_annotated_in_order(corpus: list[Passage]) -> None:
    assert check(corpus) == []
    assert len(corpus) >= 32
    assert sum(len(passage.items) for passage in corpus) >= 316
    kinds = {passage.kind for passage in corpus}
    assert {"police", "ward", "law", "weather", "power"} <= kinds
    # Every category of the issue has items.
    categories = {item.category for passage in corpus for item in passage.items}
    assert {"date", "doc", "abbr", "digits", "web", "unit", "letters", "footnote"} <= categories


def test_share_of_items_read_right_reaches_the_target(corpus: list[Passage]) -> None:
    results = score(corpus, Normalizer().normalize)
    right = sum(result.right for result in results)
    wrong = [f"#{r.passage.number} {r.item.written!r}" for r in results if not r.right]
    print(f"\nreading score: {right}/{len(results)} = {right / len(results):.1%}; wrong: {wrong}")
    assert right / len(results) >= TARGET, wrong


def test_the_held_out_passages_alone_stay_near_the_target() -> None:
    results = score(load(HELD_OUT), Normalizer().normalize)
    assert sum(result.right for result in results) / len(results) >= 0.95


def test_the_scorer_notices_a_wrong_reading() -> None:
    passage = Passage(
        0, "ward", "https://example.org", "Ngày 7-5 họp.", [Item("date", "7-5", "ngày bảy tháng năm họp")]
    )
    assert [r.right for r in score_passage(passage, Normalizer().normalize)] == [True]
    assert [r.right for r in score_passage(passage, lambda text: "ngày bảy đến năm họp")] == [False]
    ends = Passage(0, "law", "https://example.org", "x”[1].", [Item("footnote", "”[1]", "x $")])
    assert [r.right for r in score_passage(ends, lambda text: "x.")] == [True]
    assert [r.right for r in score_passage(ends, lambda text: "x một.")] == [False]
