"""The story: analysed documents plus corpus results, and its `rasid.story/1` export.

`Story.to_dict()` is the export contract (`../shared/contract/story-format.md`); `Story.table(name)` gives
flat rows a user can hand to `pandas.DataFrame`; `write_story` writes the export atomically, so an
interrupted run never leaves a half-written `story.json`.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from .errors import RasidError
from .model import Document

FORMAT = "rasid.story/1"
#: the corpus-level fields of the export, in the contract's order
RESULT_FIELDS = ("entities", "statements", "time_expressions", "quantities", "timeline", "disagreements",
                 "stances", "summary")


@dataclass(slots=True)
class Story:
    """Documents, corpus-level results keyed by export field, the inputs that failed, and each story's input
    digest (`rasid.corpus.reuse.story_inputs`: kept in the store so the next run reuses unchanged stories;
    not part of the export)."""

    documents: list[Document]
    results: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    failures: list[RasidError] = field(default_factory=list)
    inputs: dict[str, str] = field(default_factory=dict)

    def to_dict(self, generated_at: str | None = None) -> dict[str, Any]:
        """The `rasid.story/1` export: every field the contract names, present even when empty."""
        out: dict[str, Any] = {
            "format": FORMAT,
            "generated_at": generated_at or datetime.now(UTC).isoformat(timespec="seconds"),
            "documents": [document_record(d) for d in self.documents],
        }
        for name in RESULT_FIELDS:
            out[name] = list(self.results.get(name, []))
        for name, value in self.results.items():
            out.setdefault(name, value)
        return out

    def table(self, name: str) -> list[dict[str, Any]]:
        """Flat rows of one export field (`documents`, `statements`, ...), one dict a row."""
        if name == "documents":
            return [document_record(d) for d in self.documents]
        if name == "mentions":
            return [{"entity": e["id"], "type": e["type"], "name": e["name"], **m}
                    for e in self.results.get("entities", []) for m in e.get("mentions", [])]
        if name not in RESULT_FIELDS and name not in self.results:
            raise KeyError(f"no table {name!r}; tables: documents, mentions, {', '.join(RESULT_FIELDS)}")
        return [dict(row) for row in self.results.get(name, [])]


def document_record(doc: Document) -> dict[str, Any]:
    meta = doc.meta
    return {
        "id": doc.id, "source": meta.source, "url": meta.url, "title": meta.title, "outlet": meta.outlet,
        "published": meta.published, "published_evidence": meta.published_evidence, "language": meta.language,
        "text": doc.text, "removed": list(meta.removed), "story": meta.story, "duplicate_of": meta.duplicate_of,
        "warnings": list(meta.warnings),
    }


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON to a temporary file beside `path`, then rename: readers never see half a file."""
    write_atomic(path, lambda handle: dump_records(data, handle))


def compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def dump_records(data: Any, handle: TextIO) -> None:
    """`data` as JSON, one record a line: a top-level object's lists are written item by item, each item encoded
    at once by the standard library's C encoder (an indented `json.dump` runs its pure-Python encoder, about three
    times slower), and no whole-file string is built (`bench/RESULTS.md`, "Writing the export")."""
    if not isinstance(data, dict):
        handle.write(compact(data) + "\n")
        return
    handle.write("{")
    for number, (key, value) in enumerate(data.items()):
        handle.write(("," if number else "") + "\n" + compact(key) + ":")
        if isinstance(value, list) and value:
            handle.write("[\n" + compact(value[0]))
            handle.writelines(",\n" + compact(item) for item in value[1:])
            handle.write("\n]")
        else:
            handle.write(compact(value))
    handle.write("\n}\n")


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` the same way as `write_json_atomic`."""
    write_atomic(path, lambda handle: handle.write(text))


def write_atomic(path: Path, write: Callable[[TextIO], object]) -> None:
    """Call `write` on a temporary file beside `path`, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            write(handle)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the output is meant to be read by others
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


STORY_FILE = "story.json"  # the `rasid.story/1` export in an output folder


def write_story(story: Story, out_dir: Path) -> Path:
    """Write `out_dir/story.json` atomically and return its path."""
    path = Path(out_dir) / STORY_FILE
    write_json_atomic(path, story.to_dict())
    return path
