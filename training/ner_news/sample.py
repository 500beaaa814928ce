"""Pick the articles of the news-names training set by a fixed seed, before any was read: five SaudiNewsNet
articles from each of the sixteen outlets with the most articles of 300-5,000 characters, among those no
evaluation set (`eval/picture/articles*.json`, `eval/grouping/articles.json`) holds. These articles are
labelled by hand for names (`eval/picture/NER_GUIDELINE.md`) and are *training* data for the tagger: no figure
is ever reported on them. Only urls and days are written; the texts stay in `../shared/data/`.

    python training/ner_news/sample.py [--shared ../shared] > training/ner_news/articles.json
    python training/ner_news/sample.py --round 2 > training/ner_news/articles_round2.json

A later round draws by its own seed among the articles no earlier round took, so earlier picks never move.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.evaluation.saudinewsnet import busiest_outlets, urls_by_outlet

SEED = 20261206 + 3
OUTLETS = 16
PER_OUTLET = 5
MIN_CHARS, MAX_CHARS = 300, 5000
EVALUATION_PICKS = ("eval/picture/articles.json", "eval/picture/articles_more.json",
                    "eval/picture/articles_round2.json", "eval/grouping/articles.json")


#: evaluation sets drawn after some names rounds: the rounds from this number on leave them out too (the rounds
#: before keep their draws)
LATER_EVALUATION_PICKS = {10: ("eval/picture/articles_round3.json", "eval/picture/articles_round4.json",
                               "eval/picture/articles_round5.json"),
                          11: ("eval/picture/articles_round6.json",),
                          12: ("eval/picture/articles_round7.json",),
                          14: ("eval/picture/articles_round8.json",),
                          15: ("eval/picture/articles_round9.json", "eval/picture/articles_round10.json",
                               "eval/picture/articles_round11.json", "eval/picture/articles_round12.json")}


def evaluation_urls(number: int = 1) -> set[str]:
    """Every url an evaluation set known when round `number` is drawn holds: none of them may be trained on."""
    urls: set[str] = set()
    later = [name for first, names in LATER_EVALUATION_PICKS.items() if number >= first for name in names]
    for name in (*EVALUATION_PICKS, *later):
        picks = json.loads((ROOT / name).read_text(encoding="utf-8"))
        urls.update(a["url"] for a in picks["articles"])
    return urls


def round_file(stem: str, number: int) -> Path:
    """A round's file here: `articles.json` / `names.json` for round one, `articles_round2.json` after."""
    return HERE / (f"{stem}.json" if number == 1 else f"{stem}_round{number}.json")


def picked_urls(before_round: int) -> set[str]:
    """The urls the rounds before `before_round` picked."""
    return {a["url"] for number in range(1, before_round)
            for a in json.loads(round_file("articles", number).read_text(encoding="utf-8"))["articles"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--round", type=int, default=1, help="which round of picks (2 and later skip earlier picks)")
    args = parser.parse_args()
    taken = evaluation_urls(args.round) | picked_urls(args.round)
    by_outlet = urls_by_outlet(args.shared / "data" / "news_saudinewsnet" / "dataset",
                               lambda day, url, content: MIN_CHARS <= len(content) <= MAX_CHARS and url not in taken)
    busiest = [outlet for outlet in busiest_outlets(by_outlet, OUTLETS)  # an outlet the rounds used up is left out
               if len(set(by_outlet[outlet])) >= PER_OUTLET]
    seed = SEED + 100 * (args.round - 1)
    rng = random.Random(seed)
    picked = [{"day": day, "url": url, "outlet_source": outlet, "half": "train"}
              for outlet in sorted(busiest)
              for day, url in rng.sample(sorted(set(by_outlet[outlet])), PER_OUTLET)]
    json.dump({"seed": seed, "articles": picked}, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
