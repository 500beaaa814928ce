"""Benchmark of the entities stage: tagging speed against the tokenizer alone, model size and load time.

Run: `PYTHONPATH=src python bench/bench_ner.py [--articles N]`. It reads SaudiNewsNet articles from
`../shared/data/news_saudinewsnet/` (the first N of one day), tokenises and splits them with rasid's own
segmenter, then times, in this one process and on one core, in CPU seconds (`time.process_time`): the tokenizer alone (the baseline), the CRF
tagger on pre-split sentences (tokens/s, one batch an article), and the whole `entities` stage on
segmented documents (articles/s), first with empty word caches (cold: every word type is new) and then
again over the same articles (warm: a long run over one story mostly meets words it has seen). Speed is reported as figures and as a ratio to the baseline, never asserted.
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
from rasid.text.normalize import word_match_key, word_search_key
from rasid.text.tokenize import token_texts

NEWS = ROOT.parent / "shared" / "data" / "news_saudinewsnet" / "dataset" / "2015-07-22.zip"


def load_articles(limit: int) -> list[str]:
    with zipfile.ZipFile(NEWS) as archive:
        articles = json.loads(archive.read(archive.namelist()[0]))
    return [a["content"] for a in articles if a.get("content")][:limit]


def timed(fn) -> tuple[float, object]:
    """CPU seconds of this process (not wall time, which other jobs on a shared machine make noisy)."""
    started = time.process_time()
    result = fn()
    return time.process_time() - started, result


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
    from rasid.pipeline import Pipeline
    from rasid.registry import build_pipeline
    tagger = default_tagger()

    token_s, tokenized = timed(lambda: [token_texts(t) for t in texts])
    n_tokens = sum(len(t) for t in tokenized)
    segment = Pipeline(build_pipeline(["segment"]).stages)  # working layers kept: the stage reads the tokens
    docs = [segment(Document(str(i), t, DocMeta(source=str(i)))) for i, t in enumerate(texts)]
    batches = [[[d.text[s.start:s.end] for s in d.layer("tokens") if sent.start <= s.start < sent.end]
                for sent in d.layer("sentences")] for d in docs]
    forget_words(tagger)
    tag_s, _ = timed(lambda: [tagger.tag_sentences(batch) for batch in batches])
    stage = build_pipeline(["segment", "entities"]).stages[1]
    forget_words(tagger)
    cold_s, _ = timed(lambda: [stage(d) for d in docs])
    warm_s, _ = timed(lambda: [stage(d) for d in docs])

    models = ROOT / "src" / "rasid" / "models"
    size_mb = sum((models / f).stat().st_size for f in (MODEL_FILE, CLUSTER_FILE)) / 1e6
    print(f"articles {len(texts)}, tokens {n_tokens}")
    print(f"model + clusters on disk   {size_mb:.1f} MB; load (model, clusters, lexicons) {load_s:.2f} s")
    print(f"tokenizer alone (baseline) {n_tokens / token_s:10,.0f} tokens/s")
    print(f"CRF tagging, cold caches   {n_tokens / tag_s:10,.0f} tokens/s  (baseline / {tag_s / token_s:.1f})")
    for name, seconds in (("entities stage, cold", cold_s), ("entities stage, warm", warm_s)):
        print(f"{name:26} {n_tokens / seconds:10,.0f} tokens/s  {len(texts) / seconds:6.1f} articles/s "
              f"({seconds / len(texts) * 1000:.1f} ms an article; baseline / {seconds / token_s:.1f})")


def forget_words(tagger) -> None:
    """Empty the per-word caches, so that a run pays for every word type it meets, as a fresh process does."""
    tagger.forget_words()
    tagger.features._cache.clear()
    tagger.features._starts.clear()
    word_match_key.cache_clear()
    word_search_key.cache_clear()


if __name__ == "__main__":
    main()
