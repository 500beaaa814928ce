"""Benchmark of the entities stage: tagging speed against the tokenizer alone, model size and load time.

Run: `PYTHONPATH=src python bench/bench_ner.py [--articles N]`. It reads SaudiNewsNet articles from
`../shared/data/news_saudinewsnet/` (the first N of one day), tokenises and splits them with rasid's own
segmenter, then times, in this one process and on one core: the tokenizer alone (the baseline), the CRF
tagger on pre-split sentences (tokens/s), and the whole `entities` stage on segmented documents
(articles/s). Speed is reported as figures and as a ratio to the baseline, never asserted.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.model import DocMeta, Document
from rasid.text.tokenize import token_texts

NEWS = ROOT.parent / "shared" / "data" / "news_saudinewsnet" / "dataset" / "2015-07-22.zip"


def load_articles(limit: int) -> list[str]:
    with zipfile.ZipFile(NEWS) as archive:
        articles = json.loads(archive.read(archive.namelist()[0]))
    return [a["content"] for a in articles if a.get("content")][:limit]


def timed(fn) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    if not NEWS.exists():
        sys.exit(f"bench_ner: news archive not found: {NEWS}")
    texts = load_articles(args.articles)

    load_s, _ = timed(lambda: __import__("rasid.ner.tagger", fromlist=["default_tagger"]).default_tagger())
    from rasid.ner.clusters import CLUSTER_FILE
    from rasid.ner.tagger import MODEL_FILE, default_tagger
    from rasid.registry import build_pipeline
    tagger = default_tagger()

    token_s, tokenized = timed(lambda: [token_texts(t) for t in texts])
    n_tokens = sum(len(t) for t in tokenized)
    segment = build_pipeline(["segment"])
    docs = [segment(Document(str(i), t, DocMeta(source=str(i)))) for i, t in enumerate(texts)]
    sentences = [[d.text[s.start:s.end] for s in d.layer("tokens") if sent.start <= s.start < sent.end]
                 for d in docs for sent in d.layer("sentences")]
    tagger.features._cache.clear()
    tagger._rows.clear()
    tag_s, _ = timed(lambda: [tagger.tag(words) for words in sentences])
    stage = build_pipeline(["segment", "entities"]).stages[1]
    stage_s, _ = timed(lambda: [stage(d) for d in docs])

    models = ROOT / "src" / "rasid" / "models"
    size_mb = sum((models / f).stat().st_size for f in (MODEL_FILE, CLUSTER_FILE)) / 1e6
    print(f"articles {len(texts)}, tokens {n_tokens}")
    print(f"model + clusters on disk   {size_mb:.1f} MB; load (model, clusters, lexicons) {load_s:.2f} s")
    print(f"tokenizer alone (baseline) {n_tokens / token_s:12,.0f} tokens/s")
    print(f"CRF tagging (cold cache)   {n_tokens / tag_s:12,.0f} tokens/s  = baseline / {token_s and tag_s / token_s:.1f}")
    print(f"entities stage             {n_tokens / stage_s:12,.0f} tokens/s  {len(texts) / stage_s:8.1f} articles/s "
          f"({stage_s / len(texts) * 1000:.2f} ms an article)")


if __name__ == "__main__":
    main()
