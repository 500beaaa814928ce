"""Thirty-six more articles for the statements set, drawn by a fixed seed before any was read: three from each
of the twelve outlets with the most articles of 300-5,000 characters (any day of the corpus), among those no
earlier pick took. Within each outlet the picks alternate dev, test, dev (then test, dev, test for the next
outlet), so the halves stay even. Only urls and days are written; the texts stay in `../shared/data/`.

    python eval/picture/sample_round2.py [--shared ../shared] > eval/picture/articles_round2.json
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from sample import MAX_CHARS, MIN_CHARS, SEED

from rasid.evaluation.saudinewsnet import busiest_outlets, urls_by_outlet

OUTLETS = 12
PER_OUTLET = 3
HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=HERE.parents[2] / "shared")
    args = parser.parse_args()
    taken = {a["url"] for name in ("articles.json", "articles_more.json")
             for a in json.loads((HERE / name).read_text(encoding="utf-8"))["articles"]}
    by_outlet = urls_by_outlet(args.shared / "data" / "news_saudinewsnet" / "dataset",
                               lambda day, url, content: MIN_CHARS <= len(content) <= MAX_CHARS and url not in taken)
    busiest = busiest_outlets(by_outlet, OUTLETS)
    rng = random.Random(SEED + 2)
    picked = []
    for number, outlet in enumerate(sorted(busiest)):
        for rank, (day, url) in enumerate(rng.sample(sorted(set(by_outlet[outlet])), PER_OUTLET)):
            half = "dev" if (rank + number) % 2 == 0 else "test"
            picked.append({"day": day, "url": url, "outlet_source": outlet, "half": half})
    json.dump({"seed": SEED + 2, "articles": picked}, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
