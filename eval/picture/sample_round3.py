"""Thirty-six more articles for the statements set (its third round and later ones, from the tenth session on),
drawn by a fixed seed before any was read: three from each of the twelve outlets with the most articles of
300-5,000 characters, among those no earlier pick took — the statements set's rounds, the picture and grouping
sets, and the news-names training rounds. Within each outlet the picks alternate dev, test, dev (then test, dev,
test for the next outlet). Only urls and days are written; the texts stay in `../shared/data/`.

    python eval/picture/sample_round3.py [--shared ../shared] > eval/picture/articles_round3.json
    python eval/picture/sample_round3.py --round 4 > eval/picture/articles_round4.json
    python eval/picture/sample_round3.py --round 5 > eval/picture/articles_round5.json
    python eval/picture/sample_round3.py --round 6 > eval/picture/articles_round6.json
    python eval/picture/sample_round3.py --round 7 > eval/picture/articles_round7.json
    python eval/picture/sample_round3.py --round 8 > eval/picture/articles_round8.json
    python eval/picture/sample_round3.py --round 9 > eval/picture/articles_round9.json
    python eval/picture/sample_round3.py --round 10 > eval/picture/articles_round10.json
    python eval/picture/sample_round3.py --round 11 > eval/picture/articles_round11.json
    python eval/picture/sample_round3.py --round 12 > eval/picture/articles_round12.json
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


#: statements round -> the news-names training rounds labelled before it was drawn (their picks are taken)
NAMES_ROUNDS_BEFORE = {3: 8, 4: 9, 5: 9, 6: 10, 7: 11, 8: 13, 9: 14, 10: 14, 11: 14, 12: 14}
EVALUATION_LISTS = ("articles.json", "articles_more.json", "articles_round2.json")


def taken_urls(number: int) -> set[str]:
    """Every url a pick made before round `number` holds: the evaluation sets, the statements set's earlier rounds
    and the news-names rounds labelled by then; a later pick never moves this round's draw."""
    lists = [*(HERE / name for name in EVALUATION_LISTS), ROOT / "eval" / "grouping" / "articles.json",
             *(HERE / f"articles_round{n}.json" for n in range(3, number)),
             *(ROOT / "training" / "ner_news" / ("articles.json" if n == 1 else f"articles_round{n}.json")
               for n in range(1, NAMES_ROUNDS_BEFORE[number] + 1))]
    return {a["url"] for path in lists for a in json.loads(path.read_text(encoding="utf-8"))["articles"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=HERE.parents[2] / "shared")
    parser.add_argument("--round", type=int, default=3, help="which round (3 or later): its own seed")
    args = parser.parse_args()
    if args.round not in NAMES_ROUNDS_BEFORE:
        parser.error(f"round {args.round}: say in NAMES_ROUNDS_BEFORE which names rounds were labelled before it")
    taken = taken_urls(args.round)
    by_outlet = urls_by_outlet(args.shared / "data" / "news_saudinewsnet" / "dataset",
                               lambda day, url, content: MIN_CHARS <= len(content) <= MAX_CHARS and url not in taken)
    busiest = busiest_outlets(by_outlet, OUTLETS)
    seed = SEED + 2 * (args.round - 1)  # round three: SEED + 4, as first drawn
    rng = random.Random(seed)
    picked = []
    for number, outlet in enumerate(sorted(busiest)):
        for rank, (day, url) in enumerate(rng.sample(sorted(set(by_outlet[outlet])), PER_OUTLET)):
            half = "dev" if (rank + number) % 2 == 0 else "test"
            picked.append({"day": day, "url": url, "outlet_source": outlet, "half": half})
    json.dump({"seed": seed, "articles": picked}, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
