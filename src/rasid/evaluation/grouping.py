"""Story grouping scored against hand-assigned developing stories (`eval/grouping/`).

480 SaudiNewsNet articles (`eval/grouping/articles.json`, drawn by a fixed seed, `sample.py`) were each assigned
by hand to the developing story they belong to (`GUIDELINE.md`, `labels.json`: urls and story keys, no text).
Each half is fed on its own as users feed rasid — JSON Lines records of `text`, `title`, `url` and `published`
(the day the corpus gives) — through the stages, and grouped by the `stories` corpus step. Reported:

- B-cubed precision, recall and F1 (Bagga and Baldwin 1998): per article, the share of its system story that
  shares its labelled story, and the share of its labelled story found in its system story, averaged;
- kept whole: the labelled stories of two or more articles whose articles all land in one system story;
- mixed: the system stories of two or more articles that hold articles of more than one labelled story.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..corpus import StoryContext
from ..corpus.grouping import group_stories
from ..errors import RasidError
from ..model import Document
from ..settings import AnalysisOptions
from .feed import through_stages
from .saudinewsnet import records_by_url

LABELS = Path(__file__).resolve().parents[3] / "eval" / "grouping"
STAGES = ("segment", "entities", "time")


@dataclass(frozen=True, slots=True)
class GroupedArticle:
    url: str
    half: str
    story: str
    record: dict[str, Any]


def load_articles(shared: Path, half: str | None = None, labels_dir: Path = LABELS) -> list[GroupedArticle]:
    """The labelled articles of `half` (`dev`, `test`, or None for both), as records read from `shared`."""
    picked = json.loads((labels_dir / "articles.json").read_text(encoding="utf-8"))["articles"]
    stories = json.loads((labels_dir / "labels.json").read_text(encoding="utf-8"))["articles"]
    chosen = [pick for pick in picked if half in (None, pick["half"])]
    found = records_by_url(shared / "data" / "news_saudinewsnet" / "dataset", {pick["url"] for pick in chosen})
    return [GroupedArticle(pick["url"], pick["half"], stories[pick["url"]], as_record(pick["url"], *found[pick["url"]]))
            for pick in chosen]


def as_record(url: str, day: str, raw: dict[str, Any]) -> dict[str, Any]:
    return {"text": raw["content"], "title": raw.get("title") or None, "url": url,
            "published": (raw.get("date_extracted") or day)[:10]}


def system_stories(articles: Sequence[GroupedArticle]) -> list[str | None]:
    """Each article's story id as `rasid analyze` groups them (None for an article that failed to read)."""
    results = through_stages((a.record for a in articles), STAGES)
    documents = [r for r in results if isinstance(r, Document)]
    context = StoryContext(documents, AnalysisOptions(quiet=True))
    group_stories(context)
    by_id = {doc.id: doc.meta.story for doc in context.documents}
    return [None if isinstance(r, RasidError) else by_id[r.id] for r in results]


def bcubed(gold: Sequence[str], found: Sequence[str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of one clustering (`found`) against another (`gold`), item by item."""
    pairs = Counter(zip(gold, found))
    gold_sizes, found_sizes = Counter(gold), Counter(found)
    precision = sum(pairs[(g, f)] / found_sizes[f] for g, f in zip(gold, found)) / len(gold)
    recall = sum(pairs[(g, f)] / gold_sizes[g] for g, f in zip(gold, found)) / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def whole_and_mixed(gold: Sequence[str], found: Sequence[str]) -> dict[str, Any]:
    """Labelled stories kept whole and system stories that mix labelled ones (both over stories of 2+ articles)."""
    members_gold: Mapping[str, set[str]] = _members(gold, found)
    members_found: Mapping[str, set[str]] = _members(found, gold)
    sizes_gold, sizes_found = Counter(gold), Counter(found)
    multi_gold = [g for g in members_gold if sizes_gold[g] > 1]
    multi_found = [f for f in members_found if sizes_found[f] > 1]
    return {"labelled_stories": len(multi_gold), "kept_whole": sum(len(members_gold[g]) == 1 for g in multi_gold),
            "system_stories": len(multi_found), "mixed": sum(len(members_found[f]) > 1 for f in multi_found)}


def _members(keys: Sequence[str], values: Sequence[str]) -> dict[str, set[str]]:
    members: dict[str, set[str]] = defaultdict(set)
    for key, value in zip(keys, values, strict=True):
        members[key].add(value)
    return members


def evaluate(shared: Path, half: str | None = None) -> dict[str, Any]:
    """Every figure of the module docstring for one half (or both, grouped together)."""
    articles = load_articles(shared, half)
    found = system_stories(articles)
    kept = [(a.story, f) for a, f in zip(articles, found, strict=True) if f is not None]
    gold, system = [g for g, _ in kept], [f for _, f in kept]
    return {"half": half or "both", "articles": len(articles), "failed": sum(f is None for f in found),
            "stories": len(set(gold)), "system": len(set(system)), **bcubed(gold, system),
            **whole_and_mixed(gold, system), "errors": grouping_errors(articles, found)}


def grouping_errors(articles: Sequence[GroupedArticle], found: Sequence[str | None]) -> list[str]:
    """Each labelled story split over several system stories, and each system story mixing labelled ones."""
    errors = []
    by_gold: dict[str, Counter[str]] = defaultdict(Counter)
    by_found: dict[str, Counter[str]] = defaultdict(Counter)
    for article, story in zip(articles, found, strict=True):
        by_gold[article.story][f"{story}"] += 1
        by_found[f"{story}"][article.story] += 1
    errors += [f"split {g}: {sorted(c.values(), reverse=True)}" for g, c in sorted(by_gold.items()) if len(c) > 1]
    errors += [f"mixed {f}: {dict(c.most_common())}" for f, c in sorted(by_found.items()) if len(c) > 1]
    return errors
