"""Word clusters learned by rasid from raw Arabic news: the distributional features of the NER tagger.

Training (`train_clusters`, needs the optional `gensim` and `numpy`) reads the zipped SaudiNewsNet JSON
archives, tokenises each article with rasid's own tokenizer, folds every word to its `match_key`, trains
word2vec on one core and groups the vectors of the most frequent words with k-means at several
granularities. The result ships as a small gzipped TSV (`word \t id_coarse \t id_mid \t id_fine`); at run
time `load_clusters` reads it into a dict, with no third-party dependency. A last column is a word's
definiteness: how often the news writes its stem with the article (`ال`) against without it, in buckets;
a foreign name (`بلينكن`) almost never takes the article, a common noun often does.
"""
from __future__ import annotations

import gzip
import json
import zipfile
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from functools import cache
from pathlib import Path

from ..models import shipped_rows
from ..text.normalize import match_key
from ..text.tokenize import token_texts

CLUSTER_FILE = "word_clusters.tsv.gz"
#: k-means granularities: coarse ids generalise, fine ids separate (Brown-style prefixes, but flat)
CLUSTER_SIZES = (64, 256, 1024)
#: the most frequent words that get a cluster; beyond ~80k the words are mostly typos and rare names
MAX_WORDS = 80_000
MIN_COUNT = 5  # word2vec ignores words seen fewer times: their vectors are noise
VECTOR_SIZE = 100
KMEANS_ITERATIONS = 25
#: upper bounds of the definiteness buckets, on count(ال + stem) / count(stem) with add-one smoothing
DEFINITENESS_BOUNDS = (0.05, 0.25, 1.0, 4.0)


def news_sentences(archive_dir: Path, skip_urls: Collection[str] = (), min_words: int = 3) -> Iterator[list[str]]:
    """Every SaudiNewsNet article (title and content) outside `skip_urls`, one list of folded word keys a line of
    at least `min_words` words."""
    for archive in sorted(archive_dir.glob("*.zip")):
        with zipfile.ZipFile(archive) as zipped:
            for name in zipped.namelist():
                for article in json.loads(zipped.read(name)):
                    if article.get("url") in skip_urls:
                        continue
                    for line in f"{article.get('title') or ''}\n{article.get('content') or ''}".splitlines():
                        keys = [match_key(t) for t in token_texts(line)]
                        if len(keys) >= min_words:
                            yield keys


def definiteness(words: Iterable[str], counts: Counter[str]) -> dict[str, str]:
    """A bucket (`0`..`4`) a word: how much more often its stem is written with the article than without."""
    from ..text.normalize import strip_proclitics

    buckets = {}
    for word in words:
        stem = strip_proclitics(word)
        ratio = (counts["ال" + stem] + 1) / (counts[stem] + 1)
        buckets[word] = str(sum(ratio > bound for bound in DEFINITENESS_BOUNDS))
    return buckets


def kmeans(vectors, k: int, seed: int = 13):  # type: ignore[no-untyped-def]
    """Plain Lloyd's k-means on unit vectors (cosine); returns one cluster id a row."""
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = vectors[rng.choice(len(vectors), size=k, replace=False)].copy()
    for _ in range(KMEANS_ITERATIONS):
        assignment = np.argmax(vectors @ centres.T, axis=1)
        for c in range(k):
            members = vectors[assignment == c]
            if len(members):
                centre = members.sum(axis=0)
                centres[c] = centre / (np.linalg.norm(centre) or 1.0)
    return np.argmax(vectors @ centres.T, axis=1)


def train_clusters(archive_dir: Path, out_path: Path, workers: int = 1) -> int:
    """Train word2vec on the news, cluster the frequent words, write the TSV; returns the word count."""
    import numpy as np
    from gensim.models import Word2Vec

    sentences = list(news_sentences(archive_dir))
    model = Word2Vec(sentences, vector_size=VECTOR_SIZE, window=5, min_count=MIN_COUNT, workers=workers,
                     sg=0, epochs=5, seed=13, max_final_vocab=MAX_WORDS)
    words = list(model.wv.index_to_key)[:MAX_WORDS]
    vectors = np.stack([model.wv[w] for w in words])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    ids = [kmeans(vectors, k) for k in CLUSTER_SIZES]
    defined = definiteness(words, Counter(key for sentence in sentences for key in sentence))
    with gzip.open(out_path, "wt", encoding="utf-8") as out:
        for row, word in enumerate(words):
            out.write(word + "\t" + "\t".join(str(int(col[row])) for col in ids) + f"\t{defined[word]}\n")
    return len(words)


@cache
def load_clusters() -> dict[str, tuple[str, ...]]:
    """The shipped clusters: folded word -> (coarse, mid, fine, definiteness) as strings; empty if none shipped."""
    return {word: tuple(rest) for word, *rest in shipped_rows(CLUSTER_FILE)}
