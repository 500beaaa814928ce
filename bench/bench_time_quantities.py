"""Speed of the `time` and `quantities` stages, as ratios against baselines measured in the same process.

    PYTHONPATH=src python bench/bench_time_quantities.py [--articles 300] [--shared ../shared]

Texts: the five sample articles, and (when present) the first N articles of SaudiNewsNet (one daily zip of
`../shared/data/news_saudinewsnet/dataset/`), which also shows that the stages run on thousands of real
articles without failing. Baselines: the `segment` stage on the same documents, and dateparser's
`search_dates` (what one would call without rasid's rules). Prints ms per article and the ratios.
"""
from __future__ import annotations

import argparse
import json
import time
import zipfile
from pathlib import Path

from rasid.model import DocMeta, Document
from rasid.stages.quantities import QuantityTagger
from rasid.stages.segment import Segmenter
from rasid.stages.time import TimeTagger


def load_texts(shared: Path, articles: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus" / "iraq-coalition").glob("*.txt"))]
    zips = sorted((shared / "data" / "news_saudinewsnet" / "dataset").glob("*.zip"))
    if zips and articles:
        with zipfile.ZipFile(zips[-1]) as archive:
            records = json.loads(archive.read(archive.namelist()[0]).decode("utf-8"))
        texts += [r["content"] for r in records[:articles] if r.get("content")]
    return texts


def per_article_ms(step, docs) -> float:
    start = time.perf_counter()
    for doc in docs:
        step(doc)
    return (time.perf_counter() - start) / len(docs) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    parser.add_argument("--articles", type=int, default=300, help="SaudiNewsNet articles to add (0: sample only)")
    parser.add_argument("--dateparser", type=int, default=50, help="articles to time dateparser on (it is slow)")
    args = parser.parse_args()
    texts = load_texts(args.shared, args.articles)
    docs = [Document(f"d{i}", t, DocMeta(source=f"{i}.txt")) for i, t in enumerate(texts)]
    chars = sum(map(len, texts)) / len(texts)
    time_stage, quantity_stage, segment = TimeTagger(), QuantityTagger(), Segmenter()
    timed_docs = [time_stage(d) for d in docs[:5]]  # warm-up: compile the patterns once
    segment_ms = per_article_ms(segment, docs)
    time_ms = per_article_ms(time_stage, docs)
    timed_docs = [time_stage(d) for d in docs]
    quantity_ms = per_article_ms(quantity_stage, timed_docs)
    dateparser_ms = dateparser_per_article_ms(texts[:args.dateparser])
    print(f"{len(texts)} articles, {chars:.0f} characters on average")
    print(f"segment (baseline)       {segment_ms:7.2f} ms/article")
    print(f"time                     {time_ms:7.2f} ms/article  ({time_ms / segment_ms:.2f} x segment)")
    print(f"quantities               {quantity_ms:7.2f} ms/article  ({quantity_ms / segment_ms:.2f} x segment)")
    ratio = dateparser_ms / time_ms
    print(f"dateparser search_dates  {dateparser_ms:7.2f} ms/article  ({ratio:.1f} x rasid's time stage)")


def dateparser_per_article_ms(texts: list[str]) -> float:
    from dateparser.search import search_dates

    search_dates("في 16 أغسطس 2024", languages=["ar"])  # warm-up: dateparser loads its language data once
    start = time.perf_counter()
    for text in texts:
        search_dates(text, languages=["ar"])
    return (time.perf_counter() - start) / len(texts) * 1000


if __name__ == "__main__":
    main()
