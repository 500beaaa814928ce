"""Speed of the statements stage on real news, against segmentation in the same process.

    python bench/statements_speed.py [N]     # N SaudiNewsNet articles (default 500), read from ../shared/data

Prints milliseconds per article for segmentation (the baseline every stage runs after) and for the
statements stage, and their ratio; nothing is asserted.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.evaluation.statements_fixture import read_articles
from rasid.model import DocMeta, Document
from rasid.stages.segment import Segmenter
from rasid.stages.statements import StatementExtractor

DATA = ROOT.parent / "shared" / "data" / "news_saudinewsnet" / "dataset" / "2015-07-22.zip"


def main() -> int:
    if not DATA.exists():
        print(f"shared data not found: {DATA}", file=sys.stderr)
        return 2
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    articles = [a for a in read_articles(DATA, 0, count) if a.text.strip()]
    docs = [Document(str(i), a.text, DocMeta(source=a.url)) for i, a in enumerate(articles)]
    segmenter, extractor = Segmenter(), StatementExtractor()
    started = time.perf_counter()
    segmented = [segmenter(doc) for doc in docs]
    segment_s = time.perf_counter() - started
    started = time.perf_counter()
    found = sum(len(extractor(doc).layer("statements")) for doc in segmented)
    statements_s = time.perf_counter() - started
    chars = sum(len(doc.text) for doc in docs) / len(docs)
    print(f"{len(docs)} articles, {chars:.0f} characters on average, {found} statements")
    print(f"segment    {1000 * segment_s / len(docs):6.2f} ms/article")
    print(f"statements {1000 * statements_s / len(docs):6.2f} ms/article  ({statements_s / segment_s:.2f} x segment)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
