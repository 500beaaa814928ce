"""Pick the articles of the picture evaluation set (metadata, time, quantities, residue) by a fixed seed.

    python eval/picture/sample.py [--shared ../shared] > eval/picture/articles.json

Run once, before any article was read: four SaudiNewsNet articles from each outlet that has any among
those extracted on or after 2015-08-02 (where, per the corpus README, the extraction date is most
probably the publication date) with 300-5,000 characters of content (13 outlets: `arreyadi` has none).
Within each outlet the first and third picks go to the dev half, the second and fourth to the test half. Only urls and the day file are
written (no article text); `rasid.evaluation.picture` reads the texts from `../shared/data/`.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from rasid.evaluation.saudinewsnet import urls_by_outlet

SEED = 20261206
PER_OUTLET = 4
FIRST_DAY = "2015-08-02"
MIN_CHARS, MAX_CHARS = 300, 5000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    args = parser.parse_args()
    by_outlet = urls_by_outlet(args.shared / "data" / "news_saudinewsnet" / "dataset",
                               lambda day, url, content: day >= FIRST_DAY and MIN_CHARS <= len(content) <= MAX_CHARS)
    rng = random.Random(SEED)
    picked = []
    for outlet in sorted(by_outlet):
        for rank, (day, url) in enumerate(rng.sample(by_outlet[outlet], PER_OUTLET)):
            half = "dev" if rank % 2 == 0 else "test"
            picked.append({"day": day, "url": url, "outlet_source": outlet, "half": half})
    json.dump({"seed": SEED, "articles": picked}, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
