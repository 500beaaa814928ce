"""Story grouping on a mixed feed: the five sample articles hidden among SaudiNewsNet articles.

usage: python eval/grouping_eval.py [--seed N] [--size N] [--topical N] [--shared DIR]

Draws `--size` SaudiNewsNet articles at random (seeded) from the zipped daily files, mixes in the five
iraq-coalition sample articles, runs `rasid.analyze` and reports, for the story holding most sample
articles: recall (sample articles in it / 5) and purity (sample articles in it / its size); and over the
whole feed how many stories and copies were found. Data is read from `../shared/data` and never copied.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import rasid

TOPICAL_WORDS = ("التحالف الدولي", "العراق")  # distractors on the same subject: the 2015 coalition in Iraq


def snn_records(shared: Path, size: int, seed: int, topical: int = 0) -> list[dict]:
    records = []
    for path in sorted((shared / "data" / "news_saudinewsnet" / "dataset").glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                records += json.loads(archive.read(name))
    rng = random.Random(seed)
    chosen = rng.sample(records, size)
    near = [r for r in records if all(w in (r.get("content") or "") for w in TOPICAL_WORDS) and r not in chosen]
    chosen += rng.sample(near, min(topical, len(near)))
    return [{"text": r["content"], "title": r.get("title"), "url": r.get("url"), "outlet": r.get("source"),
             "published": (r.get("date_extracted") or "")[:10] or None} for r in chosen]


def evaluate(shared: Path, size: int, seed: int, topical: int = 0) -> dict:
    sample_dir = shared / "corpus" / "iraq-coalition"
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in snn_records(shared, size, seed, topical)),
                        encoding="utf-8")
        story = rasid.analyze([feed, sample_dir], quiet=True, workers=1)
    sample_ids = {d.id for d in story.documents if str(sample_dir) in d.meta.source}
    per_story = Counter(d.meta.story for d in story.documents if d.id in sample_ids)
    best, hits = per_story.most_common(1)[0]
    size_best = sum(1 for d in story.documents if d.meta.story == best)
    stories = story.results.get("stories", [])
    sizes = sorted((len(s["documents"]) for s in story.results.get("stories", [])), reverse=True)
    return {"seed": seed, "topical": topical, "feed": len(story.documents), "sample": len(sample_ids), "recall": hits / len(sample_ids),
            "purity": hits / size_best, "story_size": size_best, "stories": len(stories),
            "multi_article_stories": sum(1 for s in stories if len(s["documents"]) > 1),
            "largest_stories": sizes[:3], "copies": sum(1 for d in story.documents if d.meta.duplicate_of)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("--size", type=int, default=400)
    parser.add_argument("--topical", type=int, default=0,
                        help="also add this many SaudiNewsNet articles naming both the coalition and Iraq")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    if not (args.shared / "data" / "news_saudinewsnet").exists():
        print(f"shared data not found under {args.shared}", file=sys.stderr)
        return 2
    print(json.dumps(evaluate(args.shared, args.size, args.seed, args.topical), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
