"""Pick the articles of the grouping evaluation set by a fixed seed, before any of them is read.

    python eval/grouping/sample.py [--shared ../shared] > eval/grouping/articles.json

480 SaudiNewsNet articles drawn at random from the whole corpus (its three weeks, 2015-07-21 to 2015-08-11, are
its busiest: every day of it), 200-6,000 characters of content, one record per url, none of the picture set's
articles. Every other pick (in draw order) goes to the dev half, the rest to the test half; each half is grouped
and scored on its own. Only urls and the day file are written (no article text): `rasid.evaluation.grouping`
reads the texts from `../shared/data/`.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from rasid.evaluation.saudinewsnet import iter_days

SEED = 20261207
SIZE = 480
MIN_CHARS, MAX_CHARS = 200, 6000


def picture_urls() -> set[str]:
    urls: set[str] = set()
    for name in ("articles.json", "articles_more.json"):
        urls |= {a["url"] for a in json.loads((ROOT / "eval" / "picture" / name).read_text())["articles"]}
    return urls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    taken = picture_urls()
    pool: dict[str, tuple[str, str]] = {}
    for day, record in iter_days(args.shared / "data" / "news_saudinewsnet" / "dataset"):
        content = (record.get("content") or "").strip()
        url = record.get("url")
        if url and url not in taken and url not in pool and MIN_CHARS <= len(content) <= MAX_CHARS:
            pool[url] = (day, record["source"])
    rng = random.Random(SEED)
    drawn = rng.sample(sorted(pool), SIZE)
    picked = [{"day": pool[url][0], "url": url, "outlet_source": pool[url][1], "half": "dev" if i % 2 == 0 else "test"}
              for i, url in enumerate(drawn)]
    json.dump({"seed": SEED, "articles": picked}, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
