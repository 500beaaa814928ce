"""Where the news writes a word: right after an organisation's head word, a place trigger or a person's title.

A name the tagger has never seen in labelled text is often introduced somewhere in the news with the word that
says what it is: `نادي الفيحاء`, `شركة معادن`, `صحيفة الوطن`, `محافظة الدوادمي`, `مركز عرجاء`, and later written
alone (`جماهير الفيحاء`, `أسهم معادن`). `train_contexts` counts, over raw SaudiNewsNet articles, how often each
word's stem stands right after a word of each kind (the lexicons' organisation heads, place triggers and title
words), and keeps, for words seen often enough, the share of each kind in buckets. The CRF sees the buckets as
features (`features.PART_KINDS`'s `x`) and learns from the labelled data how far to trust them; nothing here
decides a label.

The articles of every labelled set of the project (evaluation and training rounds: `labelled_urls`) are left out
of the counts, so no scored article lends its own words to the feature. The result ships as a small gzipped TSV
(`stem \\t org bucket \\t place bucket \\t title bucket`), read at run time into a dict.
"""
from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from ..models import shipped_rows
from ..text.normalize import word_search_key
from .clusters import news_sentences
from .completion import body_heads
from .lexicon import read_lexicon, single_words

CONTEXT_FILE = "word_contexts.tsv.gz"
KINDS = ("o", "p", "t")  # after an organisation head, a place trigger, a title word
MIN_COUNT = 5  # a stem seen fewer times has no reliable share
MIN_AFTER = 3  # nor one seen after a head word only once or twice
#: lower bounds of the share buckets 1..4 (bucket 0, below the first, is not written)
SHARE_BOUNDS = (0.03, 0.1, 0.25, 0.5)


def head_words() -> dict[str, str]:
    """Folded head word -> kind (`o`, `p`, `t`): the heads of organisations' and facilities' names
    (`ner_body_heads.tsv`, `ner_org_heads.txt`), place triggers, the last word of a title."""
    heads = {word: "t" for title in read_lexicon("titles") for word in title[-1:]}
    heads |= {word: "p" for word in single_words("place_triggers")}
    heads |= {word: "o" if head.label == "ORG" else "p" for word, head in body_heads().items()}
    heads |= {word: "o" for word in single_words("org_heads")}
    return heads


def labelled_urls(root: Path) -> set[str]:
    """The urls of every article a labelled set of the project names (`eval/`, `training/ner_news/`)."""
    urls: set[str] = set()
    for path in [*root.glob("eval/**/*.json"), *root.glob("training/ner_news/articles*.json")]:
        data = json.loads(path.read_text(encoding="utf-8"))
        articles = data.get("articles") if isinstance(data, dict) else None
        if isinstance(articles, list):
            urls |= {a["url"] for a in articles if isinstance(a, dict) and isinstance(a.get("url"), str)}
    return urls


def count_contexts(lines: Iterable[list[str]], heads: dict[str, str]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """How often each stem occurs, and how often right after a head word of each kind."""
    totals: Counter[str] = Counter()
    after: Counter[tuple[str, str]] = Counter()
    for keys in lines:
        previous = None
        for key in keys:
            stem = word_search_key(key)
            totals[stem] += 1
            if previous is not None:
                after[(stem, previous)] += 1
            previous = heads.get(key) or heads.get(stem)
    return totals, after


def share_bucket(share: float) -> int:
    return sum(share >= bound for bound in SHARE_BOUNDS)


def context_rows(totals: Counter[str], after: Counter[tuple[str, str]]) -> dict[str, tuple[int, ...]]:
    """Stem -> one share bucket a kind, for stems seen `MIN_COUNT` times and `MIN_AFTER` times after some head."""
    rows = {}
    for stem, total in totals.items():
        if total < MIN_COUNT:
            continue
        buckets = tuple(share_bucket(after[(stem, kind)] / total) if after[(stem, kind)] >= MIN_AFTER else 0
                        for kind in KINDS)
        if any(buckets):
            rows[stem] = buckets
    return rows


def train_contexts(archive_dir: Path, out_path: Path, root: Path) -> int:
    """Count the news outside the labelled sets and write the TSV; returns the number of stems written. Refuses
    (ValueError) when `root` holds no labelled set: the counts would then take in the scored articles."""
    skip = labelled_urls(root)
    if not skip:
        raise ValueError(f"no labelled sets under {root} (eval/, training/ner_news/): run from the project folder")
    totals, after = count_contexts(news_sentences(archive_dir, skip, min_words=1), head_words())
    rows = context_rows(totals, after)
    with gzip.open(out_path, "wt", encoding="utf-8") as out:
        for stem in sorted(rows):
            out.write(stem + "\t" + "\t".join(map(str, rows[stem])) + "\n")
    return len(rows)


@cache
def load_contexts() -> dict[str, tuple[str, ...]]:
    """The shipped shares: stem -> the features it gives (`xo2`, `xp3`...); empty if none shipped."""
    return {stem: tuple(f"x{kind}{bucket}" for kind, bucket in zip(KINDS, buckets) if bucket != "0")
            for stem, *buckets in shipped_rows(CONTEXT_FILE)}
