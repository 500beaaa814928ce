"""Speed of the story-level corpus steps, as ratios against the `segment` stage measured in the same process.

    PYTHONPATH=src python bench/bench_story.py [--articles 2000] [--shared ../shared]

Texts: the first N SaudiNewsNet articles (all daily zips of `../shared/data/news_saudinewsnet/dataset/`, in
order) plus the five sample articles, through every registered stage once; then each corpus step of
`rasid.registry.CORPUS_STEPS` is timed on the finished documents. Prints ms per article for each step and its
ratio to the `segment` stage's ms per article, and doubles the feed once to show how the grouping scales.
"""
from __future__ import annotations

import argparse
import json
import time
import zipfile
from pathlib import Path

from rasid.corpus import StoryContext
from rasid.corpus.stances import word_form
from rasid.corpus.words import clear_key_cache
from rasid.model import DocMeta, Document
from rasid.registry import CORPUS_STEPS, build_pipeline
from rasid.settings import AnalysisOptions
from rasid.stages.segment import Segmenter

STORY_STEPS = ("stories", "timeline", "disagreements", "stances", "summary")


def load_documents(shared: Path, articles: int) -> list[Document]:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((shared / "corpus" / "iraq-coalition").glob("*.txt"))]
    for path in sorted((shared / "data" / "news_saudinewsnet" / "dataset").glob("*.zip")):
        if len(texts) >= articles:
            break
        with zipfile.ZipFile(path) as archive:
            records = json.loads(archive.read(archive.namelist()[0]).decode("utf-8"))
        texts += [(r.get("url") or path.name, r["content"]) for r in records if r.get("content")]
    return [Document(f"d{i}", text, DocMeta(source=source)) for i, (source, text) in enumerate(texts[:articles])]


def time_steps(docs: list[Document]) -> dict[str, float]:
    """ms per article of every corpus step (the layer steps included: later steps read their results),
    from cold caches."""
    clear_key_cache()
    word_form.cache_clear()
    context = StoryContext(list(docs), AnalysisOptions())
    spent = {}
    for name, step in CORPUS_STEPS.items():
        start = time.perf_counter()
        context.results[name] = step(context)
        spent[name] = (time.perf_counter() - start) / len(docs) * 1000
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    args = parser.parse_args()
    raw = load_documents(args.shared, args.articles)
    segment = Segmenter()
    start = time.perf_counter()
    for doc in raw:
        segment(doc)
    segment_ms = (time.perf_counter() - start) / len(raw) * 1000
    pipeline = build_pipeline()
    docs = [pipeline(doc) for doc in raw]
    print(f"{len(docs)} articles; segment stage {segment_ms:.2f} ms an article")
    for label, feed in (("feed", docs[: len(docs) // 2]), ("feed x2", docs)):
        spent = time_steps(feed)
        parts = ", ".join(f"{n} {spent[n]:.2f} ms ({spent[n] / segment_ms:.1f}x)" for n in STORY_STEPS if n in spent)
        print(f"{label} ({len(feed)}): {parts}")


if __name__ == "__main__":
    main()
