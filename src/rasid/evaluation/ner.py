"""Entity mentions scored against hand labels: one scorer for every corpus, over character spans.

What is scored is what `rasid analyze` exports: the mentions of the linked entities (the `entities` stage and
the `entities` corpus step, with its relabelling by majority, full names stretched, bare surnames added), not the
tagger alone (`tagger_only=True` scores the CRF's own ranges, for comparison). A mention a role phrase stands in
for (`by: title`) is coreference, not a name, and is left out.

A mention is right when its type and both ends match the gold one; a gold span that begins with a proclitic the
name does not own (`والعراق`, `للعراق` in ANERcorp's tokens) also matches the same span without it. Gold comes from
- the picture set's names (`eval/picture/ner.json`, `NER_GUIDELINE.md`): 52 SaudiNewsNet articles fed as records
  of `text` and `url` through reading, cleaning and the stages;
- a `token TAG` file or folder (AQMAR, the Wojood sample, ANERcorp): each sentence becomes a line of a document
  (`SENTENCES_PER_DOC` sentences a document, so the corpus step has articles to link across), MISC dropped.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..corpus.entities import link_entities
from ..errors import RasidError
from ..model import DocMeta, Document
from ..ner.boundaries import tag_ranges
from ..ner.conll import Sentence, read_conll_dir
from ..ner.tagger import CrfTagger
from ..registry import build_pipeline
from ..stages.entities import EntityRecognizer
from .feed import through_stages
from .picture import LABELS, Article, LineMap, load_articles, load_picks

TYPES = ("PER", "ORG", "LOC")
STAGES = ("segment", "entities")
SENTENCES_PER_DOC = 20
PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "لل", "ولل", "بال", "وبال"})

Mention = tuple[int, int, int, str]  # document index, start, end, type


@dataclass(slots=True)
class NerScores:
    """Counts per type, and examples of what went wrong."""

    found: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def table(self) -> dict[str, dict[str, float]]:
        rows = {label: _row(self.right[label], self.found[label], self.gold[label]) for label in TYPES}
        rows["overall"] = _row(sum(self.right.values()), sum(self.found.values()), sum(self.gold.values()))
        return rows


def _row(right: int, found: int, gold: int) -> dict[str, float]:
    precision = right / found if found else 0.0
    recall = right / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": gold}


def score(gold: Iterable[Mention], predicted: Iterable[Mention], texts: Sequence[str]) -> NerScores:
    """Exact-match scores (type and both ends, proclitics of the gold span forgiven) per type."""
    scores = NerScores()
    wanted = [m for m in gold if m[3] in TYPES]
    offered = [m for m in predicted if m[3] in TYPES]
    by_end: dict[tuple[int, int, str], list[Mention]] = {}
    for mention in wanted:
        by_end.setdefault((mention[0], mention[2], mention[3]), []).append(mention)
        scores.gold[mention[3]] += 1
    matched: set[Mention] = set()
    for mention in offered:
        scores.found[mention[3]] += 1
        hit = next((g for g in by_end.get((mention[0], mention[2], mention[3]), [])
                    if g not in matched and _same_start(g, mention, texts)), None)
        if hit:
            matched.add(hit)
            scores.right[mention[3]] += 1
        else:
            scores.errors.append(f"spurious {mention[3]} {_text(mention, texts)!r}")
    scores.errors += [f"missed {g[3]} {_text(g, texts)!r}" for g in wanted if g not in matched]
    return scores


def _same_start(gold: Mention, found: Mention, texts: Sequence[str]) -> bool:
    return gold[1] == found[1] or (gold[1] < found[1] and texts[gold[0]][gold[1]:found[1]] in PROCLITICS)


def _text(mention: Mention, texts: Sequence[str]) -> str:
    return texts[mention[0]][mention[1]:mention[2]]


def exported_mentions(documents: list[Document]) -> list[Mention]:
    """The mentions `rasid analyze` exports for these documents, title stand-ins left out."""
    index = {doc.id: i for i, doc in enumerate(documents)}
    return [(index[m["doc"]], m["start"], m["end"], record["type"])
            for record in link_entities(documents) for m in record["mentions"] if m.get("by") != "title"]


def tagger_mentions(documents: list[Document]) -> list[Mention]:
    """The `entities` stage's own spans (before the corpus step)."""
    return [(i, span.start, span.end, span.label) for i, doc in enumerate(documents) for span in doc.layer("entities")]


# --- the picture set -----------------------------------------------------------------------------------------

def picture_documents(articles: list[Article], tagger: CrfTagger | None = None) -> list[Document | RasidError]:
    """The articles through reading, cleaning and the stages up to `entities` (over `tagger` when given)."""
    made = {"entities": EntityRecognizer(tagger)} if tagger else None
    return through_stages(({"text": a.content, "url": a.url} for a in articles), STAGES, made)


#: round -> (its pick list, its names): round 1 the picture set, round 2 the statements set's second round
ROUNDS = {"1": ("articles.json", "ner.json"), "2": ("articles_round2.json", "ner_round2.json")}


def round_articles(shared: Path, half: str | None, name: str, labels_dir: Path = LABELS) -> list[Article]:
    picks, _ = ROUNDS[name]
    return load_articles(shared, half, labels_dir) if name == "1" else load_picks(shared, half, labels_dir / picks)


def picture_gold(articles: list[Article], documents: list[Document], labels_dir: Path = LABELS,
                 labels: str = "ner.json") -> list[Mention]:
    """The labelled names mapped onto the cleaned texts (names on lines cleaning dropped are left out, as their
    lines are furniture: bylines, datelines)."""
    names = {a["url"]: a["entities"] for a in
             json.loads((labels_dir / labels).read_text(encoding="utf-8"))["articles"]}
    gold: list[Mention] = []
    for index, (article, doc) in enumerate(zip(articles, documents, strict=True)):
        mapping = LineMap(article.content, doc)
        for entity in names[article.url]:
            span = mapping.to_doc(*entity["span"])
            if span:
                gold.append((index, span[0], span[1], entity["type"]))
    return gold


@dataclass(slots=True)
class LabelledRun:
    """Labelled articles through the stages: the gold names and the found mentions on the cleaned texts."""

    gold: list[Mention]
    found: list[Mention]
    texts: list[str]
    failed: list[str]

    def scores(self) -> NerScores:
        return score(self.gold, self.found, self.texts)

    def extend(self, other: LabelledRun) -> None:
        """Pool another run's documents after this one's (their indices shifted)."""
        shift = len(self.texts)
        self.gold += [(doc + shift, start, end, kind) for doc, start, end, kind in other.gold]
        self.found += [(doc + shift, start, end, kind) for doc, start, end, kind in other.found]
        self.texts += other.texts
        self.failed += other.failed


def labelled_run(articles: list[Article], labels_dir: Path, labels: str, tagger_only: bool = False,
                 tagger: CrfTagger | None = None) -> LabelledRun:
    """Articles with hand-labelled names (`labels_dir/labels`) analysed as one run and matched to their gold."""
    results = picture_documents(articles, tagger)
    kept = [(a, d) for a, d in zip(articles, results, strict=True) if isinstance(d, Document)]
    documents = [d for _, d in kept]
    gold = picture_gold([a for a, _ in kept], documents, labels_dir, labels)
    found = tagger_mentions(documents) if tagger_only else exported_mentions(documents)
    return LabelledRun(gold, found, [d.text for d in documents], [str(d) for d in results if not isinstance(d, Document)])


def evaluate_picture(shared: Path, half: str | None, tagger_only: bool = False,
                     rounds: Sequence[str] = ("1",)) -> dict[str, Any]:
    """The labelled rounds' names against the mentions of `rasid analyze` (each round analysed on its own, as
    a run of its own), pooled, with each round's table under `rounds`."""
    pooled = LabelledRun([], [], [], [])
    per_round = {}
    for name in rounds:
        run = labelled_run(round_articles(shared, half, name), LABELS, ROUNDS[name][1], tagger_only)
        per_round[name] = run.scores().table()
        pooled.extend(run)
    scores = pooled.scores()
    return {"source": f"picture set, {half or 'both halves'}, round {' + '.join(rounds)}", "documents": len(pooled.texts),
            "failed": pooled.failed, "table": scores.table(), "rounds": per_round, "errors": scores.errors}


# --- token TAG files -----------------------------------------------------------------------------------------

def conll_documents(sentences: list[Sentence]) -> tuple[list[Document], list[Mention]]:
    """Documents of `SENTENCES_PER_DOC` sentences (one a line, tokens joined by spaces) and their gold spans."""
    documents: list[Document] = []
    gold: list[Mention] = []
    for number, first in enumerate(range(0, len(sentences), SENTENCES_PER_DOC)):
        lines, offset = [], 0
        for words, tags in sentences[first:first + SENTENCES_PER_DOC]:
            starts = []
            for word in words:
                starts.append(offset)
                offset += len(word) + 1
            for begin, end, label in tag_ranges(tags):
                gold.append((number, starts[begin], starts[end - 1] + len(words[end - 1]), label))
            lines.append(" ".join(words))
        text = "\n".join(lines)
        documents.append(Document(f"conll-{number}", text, DocMeta(source=f"sentences {first + 1}-")))
    return documents, gold


def evaluate_conll(path: Path, tagger_only: bool = False) -> dict[str, Any]:
    sentences = read_conll_dir(path, keep_misc=False)
    documents, gold = conll_documents(sentences)
    pipeline = build_pipeline(STAGES)
    analysed = [pipeline(doc) for doc in documents]
    predicted = tagger_mentions(analysed) if tagger_only else exported_mentions(analysed)
    scores = score(gold, predicted, [d.text for d in analysed])
    return {"source": str(path), "documents": len(analysed), "sentences": len(sentences), "failed": [],
            "table": scores.table(), "errors": scores.errors}
