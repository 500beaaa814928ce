"""The summary: five to eight sentences per story, extractive, each with the spans it rests on.

Every sentence of a story's articles (copies left out) is scored by its centrality (TF-IDF cosine with the
story's centroid), by how many other outlets report the same thing (a sentence of another article sharing
`COVER_JACCARD` of its content words; those sharing `SOURCE_JACCARD` become its further sources), by the share of the
story's central entities it names, by a date it states and by its place in its article (the lead carries the
news). Sentences are then taken greedily, best first, skipping one too close to a sentence already taken
(`REDUNDANCY_JACCARD`) and taking at most `MAX_PER_DOCUMENT` from one article, so the summary is diverse.
The summary sentence is the source sentence verbatim: nothing is said that a source does not say.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..model import Document, Span
from .claims import negation_count, split_opposites
from .timeline import mention_index
from .words import by_story, content_keys, jaccard, rare_key_postings, sentence_spans, spans_within

SUMMARY_SENTENCES = 6  # within the 5-8 the export asks for
MIN_WORDS = 7  # content words a sentence needs to be worth a summary line (headings and datelines are shorter)
MAX_WORDS = 70  # longer "sentences" are unsplit paragraphs, too long for a summary line
COVER_JACCARD = 0.2  # content-word overlap at which another article's sentence reports the same thing
SOURCE_JACCARD = 0.3  # the overlap a covering sentence needs to be listed as a further source (README, "Summary")
REDUNDANCY_JACCARD = 0.3  # a candidate this close to a chosen sentence would repeat it
MAX_PER_DOCUMENT = 2  # at most this many lines from one article
MIN_SHARED_RARE = 2  # blocking keys two sentences must share before their overlap is computed
MAX_BLOCK_DF = 12  # keys in more sentences of a story than this do not block coverage comparisons
COVER_WEIGHT, ENTITY_WEIGHT, DATE_WEIGHT, LEAD_WEIGHT = 0.5, 0.3, 0.1, 0.15  # added to a centrality in [0, 1]
_DATED = re.compile(r"^\d{4}")
#: not a summary line: a list item or bullet (`-`, `•`, `1.`), a photo caption (`صورة`, `(صورة: ...)`), a quote
#: fragment opening with a closing mark
NOT_A_LINE = re.compile(r"^\s*(?:[-–—•·*▪●■◄►]|\d{1,2}\s*[-.)]\s|\(?\s*(?:صورة|الصورة|صور|تصوير)\b|[»”)])")


@dataclass(slots=True)
class Candidate:
    doc_index: int
    doc: Document
    span: Span
    position: int
    keys: frozenset[str]
    vector: dict[str, float] = field(default_factory=dict)
    covers: dict[str, Span] = field(default_factory=dict)
    sources: dict[str, Span] = field(default_factory=dict)  # the covers close enough to state the same fact
    score: float = 0.0

    def source(self) -> dict[str, Any]:
        return {"doc": self.doc.id, "start": self.span.start, "end": self.span.end,
                "text": self.doc.text[self.span.start:self.span.end]}


def build_summary(context: Any) -> list[dict[str, Any]]:
    """The corpus step: a cited extractive summary of each story."""
    mentions = mention_index(context.results.get("entities", []))
    summary = []
    for story, docs in by_story(context.documents).items():
        originals = [d for d in docs if not d.meta.duplicate_of]
        for chosen in summarise(originals, mentions):
            sources = [chosen.source()] + [
                {"doc": doc_id, "start": s.start, "end": s.end, "text": docs_by_id(originals)[doc_id].text[s.start:s.end]}
                for doc_id, s in chosen.sources.items()]
            summary.append({"text": chosen.source()["text"], "sources": sources, "story": story})
    return summary


def docs_by_id(docs: list[Document]) -> dict[str, Document]:
    return {d.id: d for d in docs}


def summarise(docs: list[Document], mentions: dict[str, list[tuple[int, int, str]]]) -> list[Candidate]:
    candidates = collect_candidates(docs)
    if not candidates:
        return []
    weigh_terms(candidates)
    if len(docs) > 1:
        find_coverage(candidates)
    central = central_entities(docs, mentions)
    others = max(len(docs) - 1, 1)
    centroid: Counter[str] = Counter()
    for c in candidates:
        centroid.update(c.vector)
    norm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    for c in candidates:
        names = {eid for s, e, eid in mentions.get(c.doc.id, []) if c.span.start <= s and e <= c.span.end}
        dated = any(_DATED.match(str(t.attrs.get("value", ""))) and t.label == "DATE"
                    for t in spans_within(c.doc, "time_expressions", c.span.start, c.span.end))
        c.score = (sum(w * centroid[k] for k, w in c.vector.items()) / norm
                   + COVER_WEIGHT * len(c.covers) / others
                   + ENTITY_WEIGHT * (len(names & central) / len(central) if central else 0.0)
                   + DATE_WEIGHT * dated + LEAD_WEIGHT / (1 + c.position))
    return select(candidates)


def collect_candidates(docs: list[Document]) -> list[Candidate]:
    candidates = []
    for i, doc in enumerate(docs):
        for position, span in enumerate(sentence_spans(doc)):
            text = doc.text[span.start:span.end].strip()
            keys = content_keys(text)
            if (MIN_WORDS <= len(keys) <= MAX_WORDS and not text.endswith(("؟", "?", ":"))
                    and not NOT_A_LINE.match(text)):
                candidates.append(Candidate(i, doc, span, position, frozenset(keys)))
    return candidates


def weigh_terms(candidates: list[Candidate]) -> None:
    """Unit TF-IDF vectors over the story's sentences."""
    df = Counter(k for c in candidates for k in c.keys)
    n = len(candidates)
    for c in candidates:
        weights = {k: math.log((n + 1) / (df[k] + 1)) + 1.0 for k in sorted(c.keys)}  # sorted: sums in one order
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        c.vector = {k: w / norm for k, w in weights.items()}


def find_coverage(candidates: list[Candidate]) -> None:
    """For each sentence, the closest sentence of every other article that reports the same thing (and does
    not contradict it)."""
    df, postings = rare_key_postings([c.keys for c in candidates], MAX_BLOCK_DF)
    by_span = {(c.doc.id, c.span.start): c for c in candidates}
    negated: dict[int, bool] = {}
    for i, c in enumerate(candidates):
        best: dict[str, tuple[float, Span]] = {}
        # sorted keys: the order candidates are met in breaks ties, and must not hang on the hash seed
        shared = Counter(j for k in sorted(c.keys) if df[k] <= MAX_BLOCK_DF for j in postings[k])
        for j in (j for j, n in shared.items() if n >= MIN_SHARED_RARE):
            other = candidates[j]
            overlap = jaccard(c.keys, other.keys)
            if other.doc.id != c.doc.id and overlap >= COVER_JACCARD and overlap > best.get(other.doc.id, (0, None))[0]:
                best[other.doc.id] = (overlap, other.span)
        c.covers = {doc_id: span for doc_id, (_, span) in best.items()
                    if agrees(c, by_span[(doc_id, span.start)], negated)}
        c.sources = {doc_id: span for doc_id, span in c.covers.items() if best[doc_id][0] >= SOURCE_JACCARD}


def agrees(a: Candidate, b: Candidate, negated: dict[int, bool]) -> bool:
    """`states_the_same` over two candidates, their negation read once each (`negated`, by object id)."""
    for c in (a, b):
        if id(c) not in negated:
            negated[id(c)] = negation_count(c.doc.text[c.span.start:c.span.end]) > 0
    return consistent(negated[id(a)], negated[id(b)], sorted(a.keys), sorted(b.keys))


def states_the_same(a: str, b: str) -> bool:
    """Whether a covering sentence supports a summary line rather than contradicting it: no negation on one
    side only and no pair of opposites between them (`غادر الوفد` is not backed by `وصل الوفد`, a claim not by
    its denial) — the contrast words of the claim comparison (`rasid.corpus.claims`)."""
    return consistent(negation_count(a) > 0, negation_count(b) > 0, content_keys(a), content_keys(b))


def consistent(negated_a: bool, negated_b: bool, keys_a: list[str], keys_b: list[str]) -> bool:
    return negated_a == negated_b and not split_opposites(keys_a, keys_b)


def central_entities(docs: list[Document], mentions: dict[str, list[tuple[int, int, str]]]) -> set[str]:
    """The entities named in most of the story's articles (at least half of them, and two)."""
    spread = Counter(eid for d in docs for eid in {m[2] for m in mentions.get(d.id, [])})
    return {eid for eid, n in spread.items() if n >= max(2, len(docs) / 2)}


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Best first, without near-repeats, at most `MAX_PER_DOCUMENT` lines an article (more when a story has
    too few articles to fill the summary otherwise)."""
    chosen: list[Candidate] = []
    per_doc: Counter[str] = Counter()
    articles = len({c.doc.id for c in candidates})
    cap = max(MAX_PER_DOCUMENT, math.ceil(SUMMARY_SENTENCES / articles))
    for c in sorted(candidates, key=lambda c: (-c.score, c.doc_index, c.span.start)):
        if per_doc[c.doc.id] >= cap or any(jaccard(c.keys, o.keys) >= REDUNDANCY_JACCARD for o in chosen):
            continue
        chosen.append(c)
        per_doc[c.doc.id] += 1
        if len(chosen) == SUMMARY_SENTENCES:
            break
    return chosen
