"""Thirty-six more articles for the statements set (its third round, tenth session), drawn by a fixed seed before
any was read: three from each of the twelve outlets with the most articles of 300-5,000 characters, among those no
earlier pick took — the statements set's rounds, the picture and grouping sets, and the news-names training rounds.
Within each outlet the picks alternate dev, test, dev (then test, dev, test for the next outlet). Only urls and
days are written; the texts stay in `../shared/data/`.

    python eval/picture/sample_round3.py [--shared ../shared] > eval/picture/articles_round3.json
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
ROOT = HERE.parents[1]


def taken_urls() -> set[str]:
    """Every url an earlier pick holds: evaluation sets and training rounds alike."""
    lists = [*HERE.glob("articles*.json"), ROOT / "eval" / "grouping" / "articles.json",
             *(ROOT / "training" / "ner_news").glob("articles*.json")]
    return {a["url"] for path in lists for a in json.loads(path.read_text(encoding="utf-8"))["articles"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=HERE.parents[2] / "shared")
    args = parser.parse_args()
    taken = taken_urls() - {a["url"] for a in json.loads((HERE / "articles_round3.json").read_text(encoding="utf-8"))["articles"]} \
        if (HERE / "articles_round3.json").exists() else taken_urls()
    by_outlet = urls_by_outlet(args.shared / "data" / "news_saudinewsnet" / "dataset",
                               lambda day, url, content: MIN_CHARS <= len(content) <= MAX_CHARS and url not in taken)
    busiest = busiest_outlets(by_outlet, OUTLETS)
    rng = random.Random(SEED + 4)
    picked = []
    for number, outlet in enumerate(sorted(busiest)):
        for rank, (day, url) in enumerate(rng.sample(sorted(set(by_outlet[outlet])), PER_OUTLET)):
            half = "dev" if (rank + number) % 2 == 0 else "test"
            picked.append({"day": day, "url": url, "outlet_source": outlet, "half": half})
    json.dump({"seed": SEED + 4, "articles": picked}, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
