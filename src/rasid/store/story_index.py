"""The story list: one row a story, computed when results are saved, so listing stories reads only it.

Each row holds what a person picks a story by: its label (the most central headline), how many articles and
outlets, the first and last publication day, its most mentioned actors, how many disagreements and events
it has, and its central question (or why it has none). `story_rows` builds the rows from a `Story`;
`rasid.store.queries.list_stories` pages and filters them.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from ..story import Story
from ..text.normalize import match_key

ACTORS = 5  # actors kept a story: the most mentioned people, organisations and places
ACTOR_TYPES = ("PER", "ORG", "LOC", "GPE")


def story_rows(story: Story) -> list[dict[str, Any]]:
    """One `story_index` row a story of `story.results["stories"]`, in their order."""
    docs = {doc.id: doc for doc in story.documents}
    actors = actor_counts(story, {doc_id: doc.meta.story for doc_id, doc in docs.items()})
    disagreements = Counter(d.get("story") for d in story.results.get("disagreements", []))
    questions = {q.get("story"): q for q in story.results.get("questions", [])}
    rows = []
    for position, record in enumerate(story.results.get("stories", [])):
        members = [docs[d] for d in record.get("documents", []) if d in docs]
        days = sorted(d.meta.published[:10] for d in members if d.meta.published)
        rows.append({
            "id": record["id"], "position": position, "label": record.get("label"),
            "label_key": match_key(record.get("label") or ""), "documents": len(members),
            "outlets": len({d.meta.outlet for d in members if d.meta.outlet}),
            "first_published": days[0] if days else None, "last_published": days[-1] if days else None,
            "actors": actors.get(record["id"], []), "disagreements": disagreements.get(record["id"], 0),
            "events": len(record.get("events", [])),
            "question": questions.get(record["id"], {}).get("question"),
            "question_reason": questions.get(record["id"], {}).get("reason"),
        })
    return rows


def actor_counts(story: Story, story_of: dict[str, str | None]) -> dict[str, list[dict[str, Any]]]:
    """Each story's most mentioned entities, `[{id, name, type, mentions}]`, by mentions inside its articles."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    entities = {}
    for entity in story.results.get("entities", []):
        if entity.get("type") not in ACTOR_TYPES:
            continue
        entities[entity["id"]] = entity
        for mention in entity.get("mentions", []):
            owner = story_of.get(mention.get("doc"))
            if owner:
                counts[owner][entity["id"]] += 1
    return {owner: [{"id": e, "name": entities[e].get("name"), "type": entities[e].get("type"), "mentions": n}
                    for e, n in sorted(c.items(), key=lambda en: (-en[1], en[0]))[:ACTORS]]
            for owner, c in counts.items()}
