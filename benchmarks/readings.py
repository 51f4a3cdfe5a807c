"""Reading score on real passages: the share of readable items the normaliser reads as an announcer would.

The corpus is tests/data/real_passages.txt (short quotations of published police, ward, law, weather and
power-cut texts, each with its source, and our annotated readings). Prints the score per category and in total,
and with --wrong every item read wrongly with what the normaliser said. Not a test: the target (>= 97%) is held
by tests/audio/test_real_passages.py.

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
from tests.audio.reading_corpus import CATEGORY_NAMES, by_category, check, comparable, load, score  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrong", action="store_true", help="list every item read wrongly")
    args = parser.parse_args()
    passages = load()
    problems = check(passages)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    normalizer = Normalizer()
    results = score(passages, normalizer.normalize)
    table = by_category(results)
    print(f"{len(passages)} real passages, {len(results)} readable items")
    print(f"{'category':58s} {'right':>6s} {'of':>5s}")
    for category, (right, total) in table.items():
        print(f"{CATEGORY_NAMES[category]:58s} {right:6d} {total:5d}")
    right = sum(result.right for result in results)
    print(f"{'all':58s} {right:6d} {len(results):5d}   {100 * right / len(results):.1f}%")
    if args.wrong:
        for result in results:
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
