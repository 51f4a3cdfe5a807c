"""Subtitles for a reading: the written sentences timed to the speech that reads them.

The speech pipeline keeps no per-sentence times, so they are found in the sound itself: silencedetect's pauses
(audio/silences.py) split the file into readings (a bulletin read twice has a long pause and "Xin nhắc lại."
between the two), and inside a reading the sentence boundaries are placed in proportion to each sentence's
spoken length (what the voice says: "5h30" is "năm giờ ba mươi"), then moved to the nearest pause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

Span = tuple[float, float]

LINE_LIMIT = 90  # characters on screen at once: two lines of the video's subtitles
REMINDER_MAX_S = 2.5  # "Xin nhắc lại." lasts about a second in either voice

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+")
_ABBREVIATION = re.compile(r"(?:^|\s)[A-ZĐ][A-Za-zĐđ]{0,2}\.$")  # "P.", "TP.", "Th." do not end a sentence


def _split_line(line: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for end in _SENTENCE_END.finditer(line):
        if _ABBREVIATION.search(line[start : end.start()]):
            continue
        sentences.append(line[start : end.start()])
        start = end.end()
    sentences.append(line[start:])
    return [sentence.strip() for sentence in sentences if sentence.strip()]


@dataclass(frozen=True)
class Cue:
    start_s: float
    end_s: float
    text: str


def written_sentences(text: str) -> list[str]:
    """The body's sentences as written (line breaks end one too), in order, none empty."""
    sentences: list[str] = []
    for line in text.splitlines():
        sentences += _split_line(line.strip())
    return sentences


def _by_words(clause: str, limit: int) -> list[str]:
    parts: list[str] = []
    current = ""
    for word in clause.split():
        candidate = f"{current} {word}".strip()
        if current and len(candidate) > limit:
            parts.append(current)
            current = word
        else:
            current = candidate
    return parts + ([current] if current else [])


def screen_parts(sentence: str, limit: int = LINE_LIMIT) -> list[str]:
    """A sentence cut into pieces that fit on screen: whole clauses (up to a comma or semicolon) packed together
    while they fit, a clause too long for the screen cut between words."""
    if len(sentence) <= limit:
        return [sentence]
    parts: list[str] = []
    for clause in re.split(r"(?<=[,;:])\s+", sentence):
        pieces = _by_words(clause, limit) if len(clause) > limit else [clause]
        for piece in pieces:
            if parts and len(parts[-1]) + 1 + len(piece) <= limit:
                parts[-1] = f"{parts[-1]} {piece}"
            else:
                parts.append(piece)
    return parts


def _sounds(duration_s: float, silences: Sequence[Span]) -> list[Span]:
    """The stretches between silences."""
    spans: list[Span] = []
    cursor = 0.0
    for start, end in sorted(silences):
        if start > cursor:
            spans.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < duration_s:
        spans.append((cursor, duration_s))
    return [span for span in spans if span[1] - span[0] > 0.05]


def readings(duration_s: float, silences: Sequence[Span], pause_s: float) -> tuple[list[Span], list[Span]]:
    """(readings of the text, reminders between them). A long pause splits the sound into blocks; readings and
    short reminders alternating (R, X, R, ...) is a repeated bulletin. Anything else is one reading, from the
    first sound to the last."""
    sounds = _sounds(duration_s, silences)
    if not sounds:
        return [(0.0, duration_s)], []
    long_gap = max(1.0, 0.7 * pause_s)
    blocks = [sounds[0]]
    for start, end in sounds[1:]:
        if start - blocks[-1][1] >= long_gap:
            blocks.append((start, end))
        else:
            blocks[-1] = (blocks[-1][0], end)
    body, between = blocks[0::2], blocks[1::2]
    shortest_body = min(end - start for start, end in body)
    if (
        len(blocks) >= 3
        and len(blocks) % 2 == 1
        and all(end - start <= min(REMINDER_MAX_S, shortest_body / 2) for start, end in between)
    ):
        return body, between
    return [(sounds[0][0], sounds[-1][1])], []


def _boundaries(span: Span, weights: Sequence[float], pauses: Sequence[float]) -> list[float]:
    """n+1 times for n sentences in `span`: proportional to the weights, each inner one moved to the nearest
    pause (a time in `pauses`) within a third of an average sentence, keeping them in order."""
    start, end = span
    total = sum(weights)
    reach = (end - start) / len(weights) / 3
    times = [start]
    cumulative = 0.0
    for weight in weights[:-1]:
        cumulative += weight
        target = start + (end - start) * cumulative / total
        near = [p for p in pauses if times[-1] + 0.2 < p < end - 0.2 and abs(p - target) <= reach]
        times.append(min(near, key=lambda p: abs(p - target)) if near else max(target, times[-1] + 0.01))
    times.append(end)
    return times


def time_cues(
    sentences: Sequence[str],
    weights: Sequence[float],
    duration_s: float,
    silences: Sequence[Span],
    *,
    pause_s: float = 2.0,
    reminder_text: str = "Xin nhắc lại.",
) -> list[Cue]:
    """Cues for every reading of `sentences` (weights: their spoken lengths), in order and never overlapping."""
    if not sentences:
        return []
    weights = [max(1.0, float(weight)) for weight in weights]
    spans, reminders = readings(duration_s, silences, pause_s)
    cues: list[Cue] = []
    for index, span in enumerate(spans):
        pauses = [(a + b) / 2 for a, b in silences if span[0] < a and b < span[1]]
        times = _boundaries(span, weights, pauses)
        for sentence, begin, finish in zip(sentences, times, times[1:], strict=False):
            parts = screen_parts(sentence)
            lengths = [len(part) for part in parts]
            at = begin
            for part, length in zip(parts, lengths, strict=True):
                step = (finish - begin) * length / sum(lengths)
                cues.append(Cue(at, at + step, part))
                at += step
        if index < len(reminders):
            cues.append(Cue(reminders[index][0], reminders[index][1], reminder_text))
    return cues


def _stamp(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def srt_text(cues: Sequence[Cue]) -> str:
    """SubRip: numbered cues, times in milliseconds, a blank line after each (UTF-8 when written)."""
    blocks = []
    for number, cue in enumerate(cues, start=1):
        blocks.append(f"{number}\n{_stamp(cue.start_s)} --> {_stamp(cue.end_s)}\n{cue.text}\n")
    return "\n".join(blocks)
