"""Saving a story's corpus-level results: only the rows that changed since the last save are rewritten.

Each result field's records are saved one row a record at its position in the field (with child rows and search
terms). A save keeps a short digest of every record it wrote, by field and position (`story_info`, key
`row_digests`); the next save matches each new record to a saved row of the same digest (`plan_rows`): a row that
stays at its position is left alone, one whose record only moved is renumbered in place, the rows left unmatched
are deleted and the records without a row written. New articles append to the per-document fields (statements,
time expressions, quantities) and touch a few stories, so most rows stay. A field saved without digests (a new
store, one saved before digests were kept) or whose plan would cost more than writing most of it is rewritten
whole. Either way the tables hold exactly the rows a whole rewrite would write (tested).
"""
from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Connection, bindparam, select

from . import schema
from .rows import doc_ids_in, read_record, result_rows
from .search import (
    STATEMENT_INDEX,
    add_to_index,
    clear_index,
    has_index,
    remove_from_index,
    search_terms_of,
    token_rows,
)

SAVE_CHUNK = 2000  # records turned into rows and inserted at a time: a save never holds every row of a field
DIGESTS_KEY = "row_digests"  # story_info key: {field: the digests of its records, DIGEST_CHARS each, in order}
DIGEST_CHARS = 12  # 48 bits: two different records at one position look alike once in 2**48
DELETE_CHUNK = 500  # positions or ids one statement names at once (well under every driver's parameter limit)
REWRITE_SHARE = 0.6  # a plan costing more than this share of writing every row: rewrite the whole field
MOVE_COST = 0.3  # a renumbered row against a written one (an UPDATE of a key against an INSERT of a row)


def record_digests(records: Sequence[Any]) -> str:
    """The digests of `records`, concatenated: each of its exact JSON, key order included."""
    return "".join(_digest(r) for r in records)


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=repr)  # one, not one a record


def _digest(record: Any) -> str:
    return hashlib.blake2b(_ENCODER.encode(record).encode("utf-8"), digest_size=DIGEST_CHARS // 2).hexdigest()


def split_digests(joined: str) -> list[str]:
    return [joined[i:i + DIGEST_CHARS] for i in range(0, len(joined), DIGEST_CHARS)]


@dataclass(slots=True)
class RowPlan:
    """How one field's saved rows become the new records: positions deleted, rows kept but moved (old -> new
    position: a record now earlier or later in the field, the same record), positions written."""

    deleted: list[int]
    moved: dict[int, int]
    written: list[int]

    def cost(self) -> float:
        return len(self.deleted) + len(self.written) + MOVE_COST * len(self.moved)


def plan_rows(old: list[str], new: list[str]) -> RowPlan:
    """Match each new record to a saved row with the same digest (the one at its own position first, else the
    earliest one left); the new records without one are written, the rows left over deleted."""
    free: dict[str, deque[int]] = {}
    for i, value in enumerate(old):
        free.setdefault(value, deque()).append(i)
    used: set[int] = set()
    moved: dict[int, int] = {}
    written: list[int] = []
    for j, value in enumerate(new):
        if j < len(old) and old[j] == value and j not in used:
            used.add(j)
            continue
        candidates = free.get(value)
        while candidates and candidates[0] in used:
            candidates.popleft()
        if candidates:
            i = candidates.popleft()
            used.add(i)
            moved[i] = j
        else:
            written.append(j)
    return RowPlan([i for i in range(len(old)) if i not in used], moved, written)


def read_info(connection: Connection, key: str) -> Any:
    """The `story_info` value saved under `key` (None when there is none)."""
    return connection.scalar(select(schema.story_info.c.value).where(schema.story_info.c.key == key))


def read_digests(connection: Connection) -> dict[str, str]:
    found = read_info(connection, DIGESTS_KEY)
    return dict(found) if isinstance(found, dict) else {}


def save_results(connection: Connection, results: dict[str, list[dict[str, Any]]],
                 extra_info: dict[str, Any]) -> None:
    """Bring the result tables to `results`, rewriting only changed rows where the saved digests allow it;
    `extra_info` goes into `story_info` beside the field order and the digests."""
    old = read_digests(connection)
    digests: dict[str, str] = {}
    duplicate_ids = _has_duplicate_ids(results.get("entities", []))
    for spec in schema.RESULT_TABLES:
        records = list(results.get(spec.field, []))
        digests[spec.field] = record_digests(records)
        saved = None if duplicate_ids and spec.field == "entities" else old.get(spec.field)
        save_field(connection, spec, records, saved, digests[spec.field])
    for table in (schema.other_results, schema.story_info):
        connection.execute(table.delete())
    other = [{"field": name, "position": i, "record": record}
             for name, records in results.items() if name not in schema.result_tables
             for i, record in enumerate(records)]
    insert_rows(connection, schema.other_results, other)
    info = {"fields": list(results), DIGESTS_KEY: digests, **extra_info}
    insert_rows(connection, schema.story_info, [{"key": key, "value": value} for key, value in info.items()])


def _has_duplicate_ids(entities: list[dict[str, Any]]) -> bool:
    """Two entity records of one id (never written by rasid): their search terms are keyed by id, so only a
    whole rewrite (which keeps the first one's terms) stays exact."""
    ids = [str(e.get("id")) for e in entities]
    return len(set(ids)) != len(ids)


def save_field(connection: Connection, spec: schema.TableSpec, records: list[dict[str, Any]], saved: str | None,
               digests: str) -> None:
    """One field's rows: the saved rows that differ deleted, those that only moved renumbered, the new ones
    written (`plan_rows`); the whole field rewritten when `saved` (the digests of the last save) is None or the
    plan would cost more than `REWRITE_SHARE` of writing every row."""
    plan = None if saved is None else plan_rows(split_digests(saved), split_digests(digests))
    if plan is None or plan.cost() > REWRITE_SHARE * len(records):
        _delete_field(connection, spec)
        _insert_records(connection, spec, records, range(len(records)))
        return
    _delete_positions(connection, spec, plan.deleted)
    _move_positions(connection, spec, plan.moved)
    _insert_records(connection, spec, records, plan.written)


def _delete_field(connection: Connection, spec: schema.TableSpec) -> None:
    for child in spec.children:
        connection.execute(schema.child_tables[child.table].delete())
    connection.execute(schema.result_tables[spec.field].delete())
    if spec.field == "statements":
        connection.execute(schema.statement_tokens.delete())
        if has_index(connection, STATEMENT_INDEX):
            clear_index(connection, STATEMENT_INDEX)
    elif spec.field == "entities":
        connection.execute(schema.result_search_tokens.delete().where(schema.result_search_tokens.c.kind == "entity"))


def _position_columns(spec: schema.TableSpec) -> list[Any]:
    """Every column that holds a position of this field's records: its own, its child rows' parent (and their
    link to it, where the link is the position), and the statements' search terms."""
    table = schema.result_tables[spec.field]
    columns = [table.c.position]
    for child in spec.children:
        child_table = schema.child_tables[child.table]
        columns.append(child_table.c.parent_position)
        if child.parent_field == "position":
            columns.append(child_table.c[child.parent_column])
    if spec.field == "statements":
        columns.append(schema.statement_tokens.c.statement)
    return columns


def _delete_positions(connection: Connection, spec: schema.TableSpec, positions: list[int]) -> None:
    """Delete the rows at `positions`, with their child rows and search terms."""
    table = schema.result_tables[spec.field]
    indexed = spec.field == "statements" and has_index(connection, STATEMENT_INDEX)
    for first in range(0, len(positions), DELETE_CHUNK):
        chunk = positions[first:first + DELETE_CHUNK]
        if indexed:
            remove_from_index(connection, STATEMENT_INDEX, statement_terms(connection, chunk))
        if spec.field == "entities":
            ids = list(connection.scalars(select(table.c.id).where(table.c.position.in_(chunk))))
            tokens = schema.result_search_tokens
            connection.execute(tokens.delete().where(tokens.c.kind == "entity", tokens.c.ref.in_(ids)))
        for column in reversed(_position_columns(spec)):
            connection.execute(column.table.delete().where(column.in_(chunk)))


def _move_positions(connection: Connection, spec: schema.TableSpec, moved: dict[int, int]) -> None:
    """Renumber kept rows (old -> new position) in every table that holds their position: first to a negative
    position each, so that no renumbered row ever meets another one's old position, then to the new one."""
    if not moved:
        return
    if spec.field == "statements" and has_index(connection, STATEMENT_INDEX):
        moving = statement_terms(connection, list(moved))  # read before the rows take their new positions
        remove_from_index(connection, STATEMENT_INDEX, moving)
        add_to_index(connection, STATEMENT_INDEX, ((moved[old], terms) for old, terms in moving))
    olds = list(moved)
    for column in _position_columns(spec):
        table = column.table
        for first in range(0, len(olds), DELETE_CHUNK):
            connection.execute(table.update().where(column.in_(olds[first:first + DELETE_CHUNK]))
                               .values({column.name: -1 - column}))
        # bound names no table has as a column (`stances` has a `target`)
        connection.execute(table.update().where(column == bindparam("rasid_parked"))
                           .values({column.name: bindparam("rasid_new_position")}),
                           [{"rasid_parked": -1 - old, "rasid_new_position": new} for old, new in moved.items()])


def _insert_records(connection: Connection, spec: schema.TableSpec, records: list[dict[str, Any]],
                    positions: Iterable[int]) -> None:
    """Rows, child rows and search terms of the records at `positions`, a chunk of consecutive ones at a time."""
    for first, chunk in _runs(records, positions):
        rows, children = result_rows(spec, chunk, first, document_texts(connection, doc_ids_in(chunk)))
        if spec.field == "entities":
            for row, record in zip(rows, chunk, strict=True):
                row["mention_count"] = len(record.get("mentions") or [])
        insert_rows(connection, schema.result_tables[spec.field], rows)
        for table_name, child_rows in children.items():
            insert_rows(connection, schema.child_tables[table_name], child_rows)
        if spec.field == "statements" and has_index(connection, STATEMENT_INDEX):
            add_to_index(connection, STATEMENT_INDEX, ((position, _statement_terms(st))
                                                       for position, st in enumerate(chunk, start=first)))
        elif spec.field == "statements":
            insert_batched(connection, schema.statement_tokens, (
                {"token": term, "statement": position} for position, st in enumerate(chunk, start=first)
                for term in _statement_terms(st)))
        elif spec.field == "entities":
            insert_batched(connection, schema.result_search_tokens, entity_tokens(chunk))


def document_texts(connection: Connection, doc_ids: Iterable[str]) -> dict[str, str]:
    """The stored texts of these documents, by id (those not stored are left out): what span texts are read
    back from (`rasid.store.rows`)."""
    documents = schema.documents
    found: dict[str, str] = {}
    ids = sorted(doc_ids)
    for first in range(0, len(ids), DELETE_CHUNK):
        query = select(documents.c.id, documents.c.text).where(documents.c.id.in_(ids[first:first + DELETE_CHUNK]))
        found.update((doc_id, text) for doc_id, text in connection.execute(query))
    return found


def _statement_terms(record: dict[str, Any]) -> list[str]:
    """The search terms a statement is indexed under: those of its text and its speaker as written."""
    return search_terms_of((record.get("text"), record.get("speaker_text")))


def statement_terms(connection: Connection, positions: list[int]) -> list[tuple[int, list[str]]]:
    """`(position, terms)` of the saved statements at `positions`, each read back exactly as it was saved, so its
    terms are the ones its index row was made of (a contentless FTS5 row is removed by giving them again)."""
    table = schema.result_tables["statements"]
    spec = schema.RESULT_SPECS["statements"]
    found: list[tuple[int, list[str]]] = []
    for first in range(0, len(positions), DELETE_CHUNK):
        rows = list(connection.execute(select(table).where(table.c.position.in_(positions[first:first + DELETE_CHUNK])))
                    .mappings())
        texts = document_texts(connection, doc_ids_in(rows))
        found += [(row["position"], _statement_terms(read_record(spec, cast(Mapping[str, Any], row), {}, texts)))
                  for row in rows]
    return found


def _runs(records: list[dict[str, Any]], positions: Iterable[int]) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """`(first position, records)` for each run of consecutive positions, at most `SAVE_CHUNK` records a run."""
    first: int | None = None
    last = -2
    for position in positions:
        if first is not None and (position != last + 1 or position - first >= SAVE_CHUNK):
            yield first, records[first:last + 1]
            first = None
        if first is None:
            first = position
        last = position
    if first is not None:
        yield first, records[first:last + 1]


def entity_tokens(entities: Iterable[dict[str, Any]]) -> Iterator[dict[str, str]]:
    """The search-term rows of each entity (an item's terms are distinct; ids are too)."""
    seen: set[str] = set()
    for entity in entities:
        ref = str(entity.get("id"))
        if ref in seen:
            continue  # two records of one id (never written by rasid) keep the first one's terms
        seen.add(ref)
        names = [entity.get("name"), *entity.get("aliases", []), *entity.get("titles", [])]
        yield from token_rows("entity", ref, names)


def insert_batched(connection: Connection, table: schema.Table, rows: Iterable[dict[str, Any]]) -> None:
    """Search-term rows streamed into `table` a large batch at a time (`insert_plain`)."""
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= SAVE_CHUNK * 10:
            insert_plain(connection, table, batch)
            batch = []
    insert_plain(connection, table, batch)


def insert_rows(connection: Connection, table: schema.Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(table.insert(), rows)


#: the driver's placeholder for each DB-API parameter style that `insert_plain` writes for
PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def insert_plain(connection: Connection, table: schema.Table, rows: list[dict[str, Any]]) -> None:
    """Rows of plain text and integer columns (the search terms: hundreds of thousands a run) inserted through
    the driver's own `executemany`, past the per-row parameter processing SQLAlchemy's `insert()` does (about
    three times faster on SQLite; `bench/RESULTS.md`, "Writing the store"); the same rows as `insert_rows` would
    write. A driver with another parameter style goes through `insert_rows`."""
    if not rows:
        return
    mark = PLACEHOLDERS.get(connection.dialect.paramstyle)
    if mark is None:
        insert_rows(connection, table, rows)
        return
    columns = list(rows[0])
    names = ", ".join(connection.dialect.identifier_preparer.quote(name) for name in columns)
    statement = (f"INSERT INTO {connection.dialect.identifier_preparer.format_table(table)} ({names}) "
                 f"VALUES ({', '.join(mark for _ in columns)})")
    values = itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
    connection.exec_driver_sql(statement, list(map(values, rows)))
