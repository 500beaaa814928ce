"""Story grouping: a feed of articles into stories, and syndicated or re-posted copies marked.

The corpus step `group_stories` runs first. Each article becomes a TF-IDF vector over its content-word keys
(title and text, entity mentions counted again as whole names); articles are compared only with those that
share at least two of their rarest salient terms (blocking through an inverted index whose posting lists
are capped, so the work stays near-linear in the size of the feed); a pair whose cosine reaches
`LINK_COSINE` and whose publication dates are not too far apart is linked, and the stories are the
connected components. A linked pair whose word shingles mostly coincide is a copy: the later article gets
`duplicate_of` the earlier. `context.documents` is replaced by copies carrying `story` and `duplicate_of`.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import Document
from .words import content_keys

IDF_PRIOR_DOCS = 50  # pseudo-documents added to the feed size, so a small feed's IDF does not over-reward rarity
BLOCK_TERMS = 20  # salient terms per article used as blocking keys
BLOCK_MAX_DF = 60  # a term in more articles than this blocks nothing (too common to bound the work)
MIN_SHARED_BLOCK_TERMS = 2  # one shared rare word is chance; two start to be a topic
LINK_COSINE = 0.25  # tuned with IDF_PRIOR_DOCS on the sample alone and one SaudiNewsNet mix (seed 1); see README
MUTUAL_K = 3  # neighbours an article keeps for the mutual-neighbour link
MUTUAL_MIN_COSINE = 0.15  # the least similarity a mutual-neighbour link needs
STORY_WINDOW_DAYS = 540  # a developing story rarely spans more; 2015 and 2024 coverage stay apart
SHINGLE_WORDS = 5  # word n-grams compared for copies
DUPLICATE_JACCARD = 0.6  # shingle overlap above which the later article is a copy of the earlier
DUPLICATE_MIN_COSINE = 0.5  # only pairs this close are worth a shingle comparison


@dataclass(slots=True)
class Profile:
    """One article as grouping sees it: its TF-IDF vector, blocking terms, date and position."""

    index: int
    vector: dict[str, float]
    block_terms: list[str]
    day: date | None


def group_stories(context: Any) -> list[dict[str, Any]]:
    """The corpus step: set each document's `story` and `duplicate_of`, return one record a story."""
    docs: list[Document] = context.documents
    profiles = build_profiles(docs)
    links = candidate_links(profiles)
    components = connected(len(docs), [(a, b) for a, b, _ in links])
    copies = find_copies(docs, profiles, links)
    story_ids = {i: story_id(docs, members) for members in components for i in members}
    context.documents = [
        doc.with_meta(story=story_ids[i], duplicate_of=docs[copies[i]].id if i in copies else None)
        for i, doc in enumerate(docs)
    ]
    return [story_record(context.documents, members, profiles) for members in components]


def article_keys(doc: Document) -> list[str]:
    """Content keys of the title and text, plus each entity mention as one whole-name key."""
    keys = content_keys(f"{doc.meta.title or ''} {doc.text}")
    if doc.has_layer("entities"):
        keys += ["@" + "_".join(content_keys(doc.span_text(s))) for s in doc.layer("entities")]
    return keys


def build_profiles(docs: list[Document]) -> list[Profile]:
    counts = [Counter(article_keys(doc)) for doc in docs]
    df = Counter(term for count in counts for term in count)
    n = len(docs)
    idf = {term: math.log((n + IDF_PRIOR_DOCS) / (f + 1)) for term, f in df.items()}
    profiles = []
    for i, (doc, count) in enumerate(zip(docs, counts)):
        vector = unit_vector({t: (1 + math.log(c)) * idf[t] for t, c in count.items()})
        blockable = [t for t in vector if 2 <= df[t] <= BLOCK_MAX_DF]
        block = sorted(blockable, key=lambda t: (-vector[t], t))[:BLOCK_TERMS]
        profiles.append(Profile(i, vector, block, published_day(doc.meta.published)))
    return profiles


def unit_vector(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def published_day(value: str | None) -> date | None:
    """The day of a TIMEX3 publication value (`2024-08-16`, `2024-08-16T15:20`), else None."""
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    if not match:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


def candidate_links(profiles: list[Profile]) -> list[tuple[int, int, float]]:
    """Pairs `(i, j, cosine)`, i < j, that share blocking terms, are close in time, and either reach
    `LINK_COSINE` or are among each other's `MUTUAL_K` nearest neighbours with at least `MUTUAL_MIN_COSINE`
    (mutual neighbours survive a feed where many articles share the story's common words)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for p in profiles:
        for term in p.block_terms:
            postings[term].append(p.index)
    scores: dict[tuple[int, int], float] = {}
    for p in profiles:
        shared = Counter(j for term in p.block_terms for j in postings[term] if j > p.index)
        for j, n_shared in shared.items():
            if n_shared >= MIN_SHARED_BLOCK_TERMS and close_in_time(p, profiles[j]):
                scores[(p.index, j)] = cosine(p.vector, profiles[j].vector)
    nearest = nearest_neighbours(scores)
    return [(i, j, score) for (i, j), score in sorted(scores.items())
            if score >= LINK_COSINE or (score >= MUTUAL_MIN_COSINE and j in nearest[i] and i in nearest[j])]


def nearest_neighbours(scores: dict[tuple[int, int], float]) -> dict[int, set[int]]:
    """Each article's `MUTUAL_K` most similar candidates."""
    ranked: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), score in scores.items():
        ranked[i].append((score, j))
        ranked[j].append((score, i))
    nearest: dict[int, set[int]] = defaultdict(set)
    for i, pairs in ranked.items():
        nearest[i] = {j for _, j in sorted(pairs, key=lambda sj: (-sj[0], sj[1]))[:MUTUAL_K]}
    return nearest


def close_in_time(a: Profile, b: Profile) -> bool:
    if a.day is None or b.day is None:
        return True
    return abs((a.day - b.day).days) <= STORY_WINDOW_DAYS


def connected(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components of `n` nodes (union-find), each sorted, in order of their first member."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[root(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def shingles(text: str) -> set[str]:
    keys = content_keys(text)
    if len(keys) < SHINGLE_WORDS:
        return {" ".join(keys)} if keys else set()
    return {" ".join(keys[i:i + SHINGLE_WORDS]) for i in range(len(keys) - SHINGLE_WORDS + 1)}


def find_copies(docs: list[Document], profiles: list[Profile], links: list[tuple[int, int, float]]) -> dict[int, int]:
    """`{copy index: original index}`: the later of two near-identical articles points to the earliest."""
    cache: dict[int, set[str]] = {}
    original: dict[int, int] = {}
    for a, b, score in sorted(links):
        if score < DUPLICATE_MIN_COSINE:
            continue
        sa = cache.setdefault(a, shingles(docs[a].text))
        sb = cache.setdefault(b, shingles(docs[b].text))
        if sa and sb and len(sa & sb) / len(sa | sb) >= DUPLICATE_JACCARD:
            first, later = sorted((a, b), key=lambda i: (profiles[i].day or date.max, i))
            original.setdefault(later, original.get(first, first))
    return original


def story_id(docs: list[Document], members: list[int]) -> str:
    """A content-derived id: the same articles always make the same story id."""
    digest = hashlib.sha1("\n".join(sorted(docs[i].id for i in members)).encode()).hexdigest()
    return f"story-{digest[:10]}"


def story_record(docs: list[Document], members: list[int], profiles: list[Profile]) -> dict[str, Any]:
    """`{id, label, documents, duplicates}`; the label is the headline of the article nearest the centroid."""
    centroid: Counter[str] = Counter()
    for i in members:
        centroid.update(profiles[i].vector)
    central = max(members, key=lambda i: (cosine(profiles[i].vector, centroid), -i))
    doc = docs[central]
    label = doc.meta.title or doc.text.split("\n", 1)[0][:120]
    return {
        "id": doc.meta.story,
        "label": label.strip(),
        "documents": [docs[i].id for i in members],
        "duplicates": [docs[i].id for i in members if docs[i].meta.duplicate_of],
    }
