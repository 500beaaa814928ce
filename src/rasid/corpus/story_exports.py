"""One export per story: `DIR/stories/<story-id>/story.json` and `DIR/stories/index.json`.

`tag_with_story` gives every corpus-level record of a run the `story` of the document it rests on (entities,
which may span stories, get the story of most of their mentions and the list of all in `stories`).
`story_subset` cuts a run's `Story` down to one story: its documents, the records tagged with it, and its
entities with only the mentions in its documents; each subset is a full `rasid.story/1` export on its own.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..ner.names import display_name
from ..story import Story, write_json_atomic, write_text_atomic

INDEX_FORMAT = "rasid.stories/1"
_NESTED = ("sources", "claims", "evidence")  # record lists whose first element names a document


def tag_with_story(context: Any) -> None:
    """Set `story` on every record of every result field that lacks one (in place)."""
    doc_story = {d.id: d.meta.story for d in context.documents}
    for name, records in context.results.items():
        if name == "stories" or not isinstance(records, list):
            continue
        for record in records:
            if isinstance(record, dict) and "story" not in record:
                tag_record(record, doc_story)


def tag_record(record: dict[str, Any], doc_story: dict[str, str | None]) -> None:
    if "mentions" in record:
        counts = Counter(doc_story.get(m["doc"]) for m in record["mentions"])
        record["story"] = counts.most_common(1)[0][0] if counts else None
        record["stories"] = sorted(s for s in counts if s)
        return
    doc = record.get("doc")
    for key in _NESTED:
        if doc is None and record.get(key):
            doc = record[key][0].get("doc")
    record["story"] = doc_story.get(doc) if doc else None


def story_subset(story: Story, story_id: str | None) -> Story:
    """The part of a run that belongs to one story, as a story of its own."""
    documents = [d for d in story.documents if d.meta.story == story_id]
    ids = {d.id for d in documents}
    results: dict[str, list[dict[str, Any]]] = {}
    for name, records in story.results.items():
        if name == "stories":
            results[name] = [r for r in records if r.get("id") == story_id]
        elif name == "entities":
            results[name] = [e for e in (entity_within(e, ids, story_id) for e in records) if e["mentions"]]
        else:
            results[name] = [r for r in records if r.get("story") == story_id]
    return Story(documents, results, [])


def split_by_story(story: Story) -> dict[str | None, Story]:
    """Every story's `story_subset`, made in one pass over the records (not one pass a story)."""
    docs_by: dict[str | None, list] = defaultdict(list)
    for doc in story.documents:
        docs_by[doc.meta.story].append(doc)
    doc_story = {doc.id: doc.meta.story for doc in story.documents}
    ids_by = {sid: {d.id for d in docs} for sid, docs in docs_by.items()}
    results_by: dict[str | None, dict[str, list[dict[str, Any]]]] = {sid: {name: [] for name in story.results}
                                                                      for sid in docs_by}
    for name, records in story.results.items():
        for record in records:
            if name == "stories":
                owners = [record.get("id")]
            elif name == "entities":
                owners = list(dict.fromkeys(doc_story.get(m["doc"]) for m in record.get("mentions", [])))
            else:
                owners = [record.get("story")]
            for sid in owners:
                if sid not in results_by:
                    continue
                kept = entity_within(record, ids_by[sid], sid) if name == "entities" else record
                if name != "entities" or kept["mentions"]:
                    results_by[sid][name].append(kept)
    return {sid: Story(docs_by[sid], results_by[sid], []) for sid in docs_by}


def entity_within(entity: dict[str, Any], ids: set[str], story_id: str | None = None) -> dict[str, Any]:
    """The entity as one story sees it: its mentions in the story's documents, the other names those mentions
    write (`aliases`), and, where the record says which stories it belongs to, this one (the run's export lists
    them all). A story's export so stays the same while other stories name the entity."""
    mentions = [m for m in entity.get("mentions", []) if m["doc"] in ids]
    within = {**entity, "mentions": mentions}
    if isinstance(entity.get("aliases"), list):
        written = {display_name(m.get("text", "")) for m in mentions}
        within["aliases"] = [a for a in entity["aliases"] if a in written]
    if "stories" in within:
        within["story"], within["stories"] = story_id, [story_id] if story_id else []
    return within


def write_story_exports(story: Story, out_dir: Path, parts: dict[str | None, Story] | None = None) -> Path:
    """Write one `story.json` per story under `out_dir/stories/` and the index; return the index path
    (`parts`: the run's `split_by_story`, when the caller has it already).

    A run over a store that grew rewrites only the stories whose export changed: the index keeps a digest of
    each story's content (its `generated_at` aside), and a story whose digest and file are unchanged is left as
    it is. Folders of stories the previous index listed and this run no longer has are removed. The files are
    compact JSON (one line): they are read by programs, and written for every story of an archive."""
    root = Path(out_dir) / "stories"
    index = root / "index.json"
    before = previous_digests(index)
    labels = {r["id"]: r.get("label") for r in story.results.get("stories", [])}
    generated_at = datetime.now(UTC).isoformat(timespec="seconds")
    entries = []
    written: set[str] = set()
    for story_id, subset in (parts if parts is not None else split_by_story(story)).items():
        folder = story_id or "ungrouped"
        written.add(folder)
        export = subset.to_dict(generated_at)
        text = json.dumps(export, ensure_ascii=False)
        digest = content_digest(text, generated_at)
        target = root / folder / "story.json"
        if before.get(folder) != digest or not target.exists():
            write_text_atomic(target, text + "\n")
        entries.append({"id": story_id, "label": labels.get(story_id), "path": f"{folder}/story.json",
                        "documents": [d.id for d in subset.documents], "digest": digest,
                        "counts": {k: len(export[k]) for k in ("entities", "statements", "timeline",
                                                                "disagreements", "stances", "summary")}})
    remove_stale(root, set(before) - written)
    write_json_atomic(index, {"format": INDEX_FORMAT, "stories": entries})
    return index


def content_digest(text: str, generated_at: str) -> str:
    """A digest of a story's export as written (`json.dumps`), the time it was generated left out."""
    body = text.replace(json.dumps({"generated_at": generated_at})[1:-1], "", 1)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]


def previous_digests(index: Path) -> dict[str, str]:
    """Folder -> digest of the stories an earlier run's index lists (empty when there is none or it is not one)."""
    try:
        listed = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(listed, dict) or listed.get("format") != INDEX_FORMAT:
        return {}
    return {str(e["path"]).split("/")[0]: str(e.get("digest") or "") for e in listed.get("stories", [])
            if isinstance(e, dict) and isinstance(e.get("path"), str)}


#: the files a run writes into a story's folder (its export, its report): removed with a story that is gone
STORY_FILES = ("story.json", "report.html")


def remove_stale(root: Path, folders: set[str]) -> None:
    """Remove the export and report of stories an earlier run wrote and this one no longer has (only such
    folders, and only the files rasid writes there)."""
    for folder in folders:
        target = root / folder
        if folder and "/" not in folder and not folder.startswith(".") and (target / "story.json").is_file():
            for name in STORY_FILES:
                (target / name).unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                target.rmdir()  # left in place when something else was put there
