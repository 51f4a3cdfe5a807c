"""Reading score on real passages: the share of readable items the normaliser reads as an announcer would.

The corpus is tests/data/real_passages.txt and tests/data/real_passages_heldout.txt (short quotations of
published police, ward, law, weather and power-cut texts, each with its source, and our annotated readings; the
held-out file was collected after the rules were written). Prints the score per category and per file, and with
--wrong every item read wrongly with what the normaliser said. Not a test: the target (>= 97%) is held by
tests/audio/test_real_passages.py.

Run from the repository root: python -m benchmarks.readings [--wrong]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audio.normalizer import Normalizer  # noqa: E402
from tests.audio.reading_corpus import (  # noqa: E402
    CATEGORY_NAMES,
    CORPUS,
    HELD_OUT,
    by_category,
    check,
    comparable,
    load,
    score,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrong", action="store_true", help="list every item read wrongly")
    args = parser.parse_args()
    normalizer = Normalizer()
    sets = {path: load(path) for path in (CORPUS, HELD_OUT)}
    problems = [problem for passages in sets.values() for problem in check(passages)]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    results = {path: score(passages, normalizer.normalize) for path, passages in sets.items()}
    everything = [result for found in results.values() for result in found]
    print(f"{sum(map(len, sets.values()))} real passages, {len(everything)} readable items")
    print(f"{'category':58s} {'right':>6s} {'of':>5s}")
    for category, (right, total) in by_category(everything).items():
        print(f"{CATEGORY_NAMES[category]:58s} {right:6d} {total:5d}")
    for path, found in results.items():
        right = sum(result.right for result in found)
        print(f"{path.name:58s} {right:6d} {len(found):5d}   {100 * right / len(found):.1f}%")
    right = sum(result.right for result in everything)
    print(f"{'all':58s} {right:6d} {len(everything):5d}   {100 * right / len(everything):.1f}%")
    if args.wrong:
        for result in everything:
            if not result.right:
                passage, item = result.passage, result.item
                print(f"\n#{passage.number} [{item.category}] {item.written!r}\n  want: {item.spoken}")
                said = comparable(normalizer.normalize(passage.text))
                anchor = comparable(item.spoken).split()[0]
                at = said.find(anchor)
                print(f"  said: …{said[max(0, at - 20) : at + len(item.spoken) + 40]}…")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
