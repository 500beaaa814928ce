"""`Store`: analysed documents and the story's corpus-level results in SQLite or PostgreSQL.

Documents are added in batches, one transaction a batch, and skipped when their content-derived id is
already stored, so adding the same input twice changes nothing and an interrupted run keeps every batch it
committed. `save_results` replaces every corpus-level table in one transaction: a reader sees the old
results or the new ones, never a mix. `load_story` gives back the `rasid.Story` that was saved.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Self, cast

from sqlalchemy import Connection, Engine, Text, bindparam, create_engine, event, func, or_, select
from sqlalchemy import cast as sql_cast
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from ..corpus.reuse import Previous
from ..corpus.story_exports import entity_within
from ..model import Document
from ..story import RESULT_FIELDS, Story
from . import save, schema
from .codec import pack_document, unpack_document
from .migrations import migrate
from .rows import doc_ids_in, read_record
from .search import DOCUMENT_INDEX, add_to_index, has_index, search_terms_of
from .story_index import story_rows

INPUTS_KEY = "story_inputs"  # story_info key of the stories' input digests (`Story.inputs`)
SETTINGS_KEY = "settings"  # story_info key of the settings the saved results were computed with
DOCUMENTS_KEY = "documents"  # story_info key of how many documents the saved results cover
STREAM_BATCH = 200  # documents fetched per round trip while streaming; each holds its text and layers


class Store:
    """One story store; open it with `open_store(url)`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def known_ids(self) -> set[str]:
        """Ids of the documents already stored."""
        with self.engine.connect() as connection:
            return set(connection.scalars(select(schema.documents.c.id)))

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this id is stored (one index lookup, not every id)."""
        with self.engine.connect() as connection:
            found = connection.scalar(select(schema.documents.c.id).where(schema.documents.c.id == doc_id))
        return found is not None

    def add_documents(self, docs: Iterable[Document]) -> int:
        """Store the documents not stored yet, in one transaction; return how many were new."""
        with self.engine.begin() as connection:
            return _insert_documents(connection, docs)

    def documents(self) -> Iterator[Document]:
        """Every stored document with all its layers, in arrival order, streamed."""
        table = schema.documents
        query = select(table.c.id, table.c.text, table.c.document, table.c.story, table.c.duplicate_of
                       ).order_by(table.c.seq)
        with self.engine.connect() as connection:
            for doc_id, text, packed, story, copy_of in connection.execution_options(yield_per=STREAM_BATCH).execute(query):
                # the grouping of the last saved story lives in its own columns (it changes as documents arrive)
                yield unpack_document(doc_id, text, packed).with_meta(story=story, duplicate_of=copy_of)

    def count_documents(self) -> int:
        with self.engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(schema.documents)) or 0)

    def save_results(self, story: Story, settings: list[Any] | None = None) -> None:
        """Replace the corpus-level tables with the story's results (and store its new documents), atomically;
        `settings` (`rasid.corpus.reuse.run_settings`) are kept with them, so a later run with the same settings
        and no new document can take the saved story as it is (`current_story`)."""
        with self.engine.begin() as connection:
            _insert_documents(connection, story.documents)
            _update_grouping(connection, story.documents)
            save.save_results(connection, story.results, {INPUTS_KEY: story.inputs, SETTINGS_KEY: settings,
                                                          DOCUMENTS_KEY: len(story.documents)})
            connection.execute(schema.story_index.delete())
            save.insert_rows(connection, schema.story_index, story_rows(story))

    def current_story(self, settings: list[Any]) -> Story | None:
        """The saved story when it is that of every stored document under these `settings` (nothing was added
        since, no run was cut off between storing documents and saving results); None otherwise."""
        with self.engine.connect() as connection:
            saved_settings, covered = save.read_info(connection, SETTINGS_KEY), save.read_info(connection, DOCUMENTS_KEY)
        if saved_settings != settings or covered != self.count_documents():
            return None
        return self.load_story()

    def previous(self) -> Previous:
        """What the last saved run leaves the next one (`rasid.corpus.reuse`): each story's input digest, and a
        reader of one field's saved records; empty when the store holds no digests (a new store, or one saved
        before they were kept), so that every story is computed afresh."""
        with self.engine.connect() as connection:
            inputs = _read_inputs(connection)
        return Previous(inputs, self._read_field_records) if inputs else Previous()

    def _read_field_records(self, name: str) -> list[dict[str, Any]]:
        with self.engine.connect() as connection:
            return read_results(connection, name).get(name, [])

    def results(self) -> dict[str, list[dict[str, Any]]]:
        """The corpus-level results, keyed by export field, as they were saved."""
        with self.engine.connect() as connection:
            return read_results(connection)

    def load_story(self) -> Story:
        """The saved story: every stored document, the corpus-level results and the stories' input digests."""
        with self.engine.connect() as connection:
            inputs = _read_inputs(connection)
        return Story(list(self.documents()), self.results(), inputs=inputs)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _insert_documents(connection: Connection, docs: Iterable[Document]) -> int:
    table = schema.documents
    batch = {doc.id: doc for doc in docs}
    if not batch:
        return 0
    known = set(connection.scalars(select(table.c.id).where(table.c.id.in_(list(batch)))))
    new = [doc for doc_id, doc in batch.items() if doc_id not in known]
    if not new:
        return 0
    seq = int(connection.scalar(select(func.coalesce(func.max(table.c.seq), 0))) or 0)
    connection.execute(table.insert(), [document_row(doc, seq + i + 1) for i, doc in enumerate(new)])
    terms_of = [search_terms_of((doc.meta.title, doc.text)) for doc in new]
    if has_index(connection, DOCUMENT_INDEX):
        add_to_index(connection, DOCUMENT_INDEX, enumerate(terms_of, start=seq + 1))
    else:
        save.insert_plain(connection, schema.document_tokens,
                          [{"token": term, "doc": seq + i + 1} for i, terms in enumerate(terms_of) for term in terms])
    return len(new)


def _update_grouping(connection: Connection, docs: Iterable[Document]) -> None:
    """Record each document's story and copy-of as the story step set them in this run (only where they changed)."""
    table = schema.documents
    saved = {row.id: (row.story, row.duplicate_of)
             for row in connection.execute(select(table.c.id, table.c.story, table.c.duplicate_of))}
    rows = [{"key": d.id, "story": d.meta.story, "duplicate_of": d.meta.duplicate_of} for d in docs
            if saved.get(d.id) != (d.meta.story, d.meta.duplicate_of)]
    if rows:
        connection.execute(table.update().where(table.c.id == bindparam("key")).values(
            story=bindparam("story"), duplicate_of=bindparam("duplicate_of")), rows)


def document_row(doc: Document, seq: int) -> dict[str, Any]:
    meta = doc.meta
    return {
        "id": doc.id, "seq": seq, "source": meta.source, "url": meta.url, "title": meta.title,
        "outlet": meta.outlet, "published": meta.published, "published_evidence": meta.published_evidence,
        "language": meta.language, "text": doc.text, "removed": list(meta.removed), "story": meta.story,
        "duplicate_of": meta.duplicate_of, "document": pack_document(doc), "chars": len(doc.text),
    }


def read_results(connection: Connection, only: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every corpus-level field as saved (or only the field `only`), in the order `save_results` was given."""
    results: dict[str, list[dict[str, Any]]] = {}
    for spec in schema.RESULT_TABLES:
        if only in (None, spec.field):
            results[spec.field] = _read_field(connection, spec)
    other = select(schema.other_results).order_by(schema.other_results.c.field, schema.other_results.c.position)
    if only is not None:
        other = other.where(schema.other_results.c.field == only)
    for row in connection.execute(other).mappings():
        results.setdefault(row["field"], []).append(row["record"])
    if only is not None:
        return {only: results.get(only, [])}
    order = save.read_info(connection, "fields")
    return _in_order(results, order or list(RESULT_FIELDS))


def _read_inputs(connection: Connection) -> dict[str, str]:
    found = save.read_info(connection, INPUTS_KEY)
    return dict(found) if isinstance(found, dict) else {}


def read_story_results(connection: Connection, story: str, doc_ids: set[str]) -> dict[str, list[dict[str, Any]]]:
    """The corpus-level results of one story (`doc_ids` its documents), read with the story columns where the
    tables have them, in the saved field order: what `story_subset` keeps of a whole run."""
    results: dict[str, list[dict[str, Any]]] = {}
    for spec in schema.RESULT_TABLES:
        table = schema.result_tables[spec.field]
        if spec.field in schema.STORY_TABLES:
            results[spec.field] = _read_field(connection, spec, story=story)
        elif spec.field == "entities":
            named = _entities_named_in(connection, doc_ids)  # only the entities the story's articles name
            within = [entity_within(e, doc_ids, story)
                      for e in _read_field(connection, spec, column=table.c.id, keys=named)]
            results[spec.field] = [e for e in within if e["mentions"]]
        else:
            records = (_read_field(connection, spec, column=table.c.doc, keys=sorted(doc_ids))
                       if "doc" in table.c else _read_field(connection, spec))
            results[spec.field] = [r for r in records if r.get("doc") in doc_ids or r.get("story") == story]
    for name, records in read_results(connection, "stories").items():
        results[name] = [r for r in records if r.get("id") == story]
    order = save.read_info(connection, "fields")
    return _in_order(results, order or list(RESULT_FIELDS))


def read_entity(connection: Connection, entity_id: str) -> dict[str, Any] | None:
    """One entity's record with its `statements` (those it made) and `stances`, read by the indexed `id`,
    `speaker` and `entity` columns (their rows and children only, never the whole store); None when no such
    entity."""
    specs, tables = schema.RESULT_SPECS, schema.result_tables
    found = _read_field(connection, specs["entities"], column=tables["entities"].c.id, keys=[entity_id])
    if not found:
        return None
    return {**found[0],
            "statements": _read_field(connection, specs["statements"], column=tables["statements"].c.speaker,
                                      keys=[entity_id]),
            "stances": _read_field(connection, specs["stances"], column=tables["stances"].c.entity, keys=[entity_id])}


def read_timeline_of(connection: Connection, entity_id: str, story: str | None = None) -> list[dict[str, Any]]:
    """The timeline events that name `entity_id` (of one story, when given), in order: the rows whose `entities`
    column holds the id as written are read, then checked exactly, instead of the whole field."""
    spec = schema.RESULT_SPECS["timeline"]
    written = sql_cast(schema.result_tables["timeline"].c.entities, Text)
    quoted = {json.dumps(entity_id, ensure_ascii=escaped) for escaped in (False, True)}  # stores before UTF-8 JSON too
    holds = or_(*(written.like("%" + _like_escaped(q) + "%", escape="\\") for q in sorted(quoted)))
    rows = _read_field(connection, spec, story=story, condition=holds)
    return [r for r in rows if entity_id in (r.get("entities") or [])]


def _like_escaped(text: str) -> str:
    """`text` matched literally by LIKE with the escape character `\\`."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


IN_CHUNK = 500  # values of one SQL `IN (...)`: well under every back-end's limit on bound parameters


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for first in range(0, len(values), IN_CHUNK):
        yield values[first:first + IN_CHUNK]


def _entities_named_in(connection: Connection, doc_ids: set[str]) -> list[str]:
    """The ids of the entities with a mention in these documents."""
    mentions = schema.child_tables["mentions"]
    found: set[str] = set()
    for chunk in _chunks(sorted(doc_ids)):
        found.update(connection.scalars(select(mentions.c.entity).where(mentions.c.doc.in_(chunk)).distinct()))
    return sorted(found)


def _read_field(connection: Connection, spec: schema.TableSpec, offset: int = 0, limit: int | None = None,
                story: str | None = None, column: Any = None, keys: Sequence[Any] = (),
                condition: Any = None) -> list[dict[str, Any]]:
    """The records of one field in order; with `limit`, only positions `[offset, offset + limit)` are read
    (children of those rows only), so a page costs its own size, not the field's; with `story`, only that
    story's records; with `column`, only the rows whose value there is one of `keys`; with `condition`, only
    the rows it holds for. Whenever rows are picked, only their children are read."""
    table = schema.result_tables[spec.field]
    query = select(table).order_by(table.c.position)
    if story is not None:
        query = query.where(table.c.story == story)
    if condition is not None:
        query = query.where(condition)
    if limit is not None:
        query = query.offset(offset).limit(limit)
    if column is None:
        rows = list(connection.execute(query).mappings())
    else:
        picked = {row["position"]: row for chunk in _chunks(list(keys))
                  for row in connection.execute(query.where(column.in_(chunk))).mappings()}
        rows = [picked[position] for position in sorted(picked)]
    positions = [row["position"] for row in rows]
    picking = limit is not None or story is not None or column is not None or condition is not None
    children: dict[str, dict[int, list]] = {}
    for child in spec.children:
        child_table = schema.child_tables[child.table]
        grouped: dict[int, list] = children.setdefault(child.table, {})
        child_query = select(child_table).order_by(child_table.c.parent_position, child_table.c.position)
        selections = ([child_query.where(child_table.c.parent_position.in_(chunk)) for chunk in _chunks(positions)]
                      if picking else [child_query])
        for selection in selections:
            for row in connection.execute(selection).mappings():
                grouped.setdefault(row["parent_position"], []).append(row)
    records: list[dict[str, Any]] = []
    for first in range(0, len(rows), save.SAVE_CHUNK):  # the texts of one chunk's documents at a time
        chunk = [cast(Mapping[str, Any], row) for row in rows[first:first + save.SAVE_CHUNK]]
        kin = [{t: g.get(row["position"], []) for t, g in children.items()} for row in chunk]
        texts = save.document_texts(connection, doc_ids_in([*chunk, *kin]))
        records.extend(read_record(spec, row, rows_children, texts) for row, rows_children in zip(chunk, kin, strict=True))
    return records


def read_field_page(connection: Connection, field: str, offset: int, limit: int,
                    story: str | None = None) -> tuple[int, list[dict[str, Any]]]:
    """`(total, records)` of one corpus-level field, the records of one page only (of one story, if given)."""
    spec = schema.RESULT_SPECS.get(field)
    if spec is None:
        records = [r for r in read_results(connection, field)[field] if story is None or r.get("story") == story]
        return len(records), records[offset:offset + limit]
    table = schema.result_tables[field]
    counted = select(func.count()).select_from(table)
    if story is not None:
        counted = counted.where(table.c.story == story)
    total = connection.scalar(counted) or 0
    return int(total), _read_field(connection, spec, offset, limit, story)


def _in_order(results: dict[str, list], order: list[str]) -> dict[str, list]:
    ordered = {name: results.get(name, []) for name in order}
    ordered.update({k: v for k, v in results.items() if k not in ordered and v})
    return ordered


def open_store(url: str | Path) -> Store:
    """Open (and create or migrate) the store at `url`: `sqlite:///path`, `postgresql+psycopg://...` or a path."""
    engine = create_engine(normalise_url(url), json_serializer=compact_json)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    migrate(engine)
    return Store(engine)


def compact_json(value: Any) -> str:
    """JSON columns as UTF-8 text without spaces: Arabic as its letters, not `\\uXXXX` escapes (three times
    the bytes). Stores written before read the same, since a JSON reader takes both."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def normalise_url(url: str | Path) -> str:
    """A SQLAlchemy URL: a bare path means SQLite, `postgresql://` means psycopg 3."""
    text = str(url)
    if "://" not in text:
        text = f"sqlite:///{Path(text).resolve()}"
    parsed = make_url(text)
    if parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    if parsed.drivername in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return text


def redacted_url(url: str | Path) -> str:
    """The URL as it may be shown in a message: the password hidden."""
    try:
        return make_url(str(url)).render_as_string(hide_password=True) if "://" in str(url) else str(url)
    except ArgumentError:
        return "<unreadable URL>"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets the API read while an analysis writes; a killed writer leaves the last commit intact."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
