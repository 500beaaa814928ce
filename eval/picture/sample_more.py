"""Twelve more articles for the statements set (at least 60 articles), drawn like `sample.py`'s, by a fixed seed,
before any was read: one from each of the first twelve outlets (sorted by name) among the articles `sample.py`
did not pick. Their halves alternate, dev first.

    python eval/picture/sample_more.py [--shared ../shared] > eval/picture/articles_more.json
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from sample import FIRST_DAY, MAX_CHARS, MIN_CHARS, SEED

from rasid.evaluation.saudinewsnet import urls_by_outlet

EXTRA = 12


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    args = parser.parse_args()
    taken = {a["url"] for a in json.loads((Path(__file__).parent / "articles.json").read_text(encoding="utf-8"))["articles"]}
    by_outlet = urls_by_outlet(args.shared / "data" / "news_saudinewsnet" / "dataset", lambda day, url, content: (
        day >= FIRST_DAY and MIN_CHARS <= len(content) <= MAX_CHARS and url not in taken))
    rng = random.Random(SEED + 1)
    picked = []
    for index, outlet in enumerate(sorted(by_outlet)[:EXTRA]):
        day, url = rng.choice(by_outlet[outlet])
        picked.append({"day": day, "url": url, "outlet_source": outlet, "half": "dev" if index % 2 == 0 else "test"})
    json.dump({"seed": SEED + 1, "articles": picked}, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
