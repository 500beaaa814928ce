"""The store's tables: one SQLAlchemy Core schema for SQLite and PostgreSQL.

Each corpus-level export field has a table (`TableSpec`): plain typed columns that a user can query with
SQL, copied from the export record, and a `record` JSON column that holds the whole record whenever the
columns alone cannot give it back exactly (extra fields added by a later layer, a value of another type).
A list inside a record (an entity's `mentions`, a disagreement's `claims`, ...) has a child table. Span
offsets are the columns `char_start`/`char_end`, because `end` is a reserved word in SQL. Export fields
that have no table yet are kept in `other_results`, so the store grows with the export without losing any.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import JSON, Boolean, Column, Float, Integer, MetaData, String, Table, Text

metadata = MetaData()


@dataclass(frozen=True, slots=True)
class Field:
    """One plain column: the export record's `key`, stored in column `column` of SQL type `kind`."""

    key: str
    column: str
    kind: str  # "text", "int", "float", "bool", "json"


@dataclass(frozen=True, slots=True)
class ChildSpec:
    """A list inside each record (`key`), stored one row an item in `table`, joined by `parent_column`."""

    key: str
    table: str
    parent_column: str
    parent_field: str  # the parent record's key copied into parent_column ("position" for the list index)
    fields: tuple[Field, ...]


@dataclass(frozen=True, slots=True)
class TableSpec:
    """The table of one export field."""

    field: str
    table: str
    fields: tuple[Field, ...]
    children: tuple[ChildSpec, ...] = ()


SPAN = (Field("doc", "doc", "text"), Field("start", "char_start", "int"), Field("end", "char_end", "int"),
        Field("text", "text", "text"))

STORY = Field("story", "story", "text")  # the story a record belongs to (`rasid.corpus.grouping`)

RESULT_TABLES: tuple[TableSpec, ...] = (
    TableSpec("entities", "entities",
              (Field("id", "id", "text"), Field("type", "type", "text"), Field("name", "name", "text"),
               Field("aliases", "aliases", "json"), Field("titles", "titles", "json")),
              (ChildSpec("mentions", "mentions", "entity", "id", SPAN),)),
    TableSpec("statements", "statements",
              (Field("id", "id", "text"), *SPAN, Field("speaker", "speaker", "text"),
               Field("speaker_text", "speaker_text", "text"), Field("cue", "cue", "text"),
               Field("content", "content", "text"), Field("direct", "direct", "bool"),
               Field("via", "via", "text"), Field("anonymous", "anonymous", "bool"))),
    TableSpec("time_expressions", "time_expressions",
              (*SPAN, Field("type", "type", "text"), Field("value", "value", "text"),
               Field("anchor", "anchor", "text"), STORY)),
    TableSpec("quantities", "quantities",
              (*SPAN, Field("value", "value", "float"), Field("unit", "unit", "text"),
               Field("relation", "relation", "text"), STORY)),
    TableSpec("timeline", "timeline",
              (Field("date", "date", "text"), *SPAN, Field("entities", "entities", "json"), STORY)),
    TableSpec("disagreements", "disagreements", (Field("topic", "topic", "text"), STORY),
              (ChildSpec("claims", "claims", "disagreement", "position", (*SPAN, Field("value", "value", "json"))),)),
    TableSpec("stances", "stances",
              (Field("entity", "entity", "text"), Field("target", "target", "text"), Field("stance", "stance", "text"),
               STORY),
              (ChildSpec("evidence", "evidence", "stance", "position", SPAN),)),
    TableSpec("summary", "summary", (Field("text", "text", "text"), STORY),
              (ChildSpec("sources", "summary_sources", "sentence", "position", SPAN[:3]),)),
    TableSpec("questions", "questions",
              (Field("question", "question", "text"), Field("frame", "frame", "text"),
               Field("source", "source", "text"), Field("reason", "reason", "text"), STORY)),
)

#: each export field's table spec, by field
RESULT_SPECS: dict[str, TableSpec] = {spec.field: spec for spec in RESULT_TABLES}

#: the result tables that carry each record's story (migration 0003 added the column to the stores before it)
STORY_TABLES = ("time_expressions", "quantities", "timeline", "disagreements", "stances", "summary", "questions")

_SQL_TYPES = {"text": Text, "int": Integer, "float": Float, "bool": Boolean, "json": JSON}
_INDEXED = {"id", "doc", "speaker", "entity", "date", "type", "story"}


def _columns(fields: tuple[Field, ...]) -> list[Column]:
    return [Column(f.column, _SQL_TYPES[f.kind](), index=f.column in _INDEXED) for f in fields]


#: columns a table has beyond its export fields, computed when results are saved (`rasid.store.store`)
DERIVED_COLUMNS = {"entities": ("mention_count",)}


def _result_table(spec: TableSpec) -> Table:
    derived = [Column(name, Integer, index=True) for name in DERIVED_COLUMNS.get(spec.table, ())]
    return Table(spec.table, metadata, Column("position", Integer, primary_key=True, autoincrement=False),
                 *_columns(spec.fields), *derived, _record_column())


def _record_column() -> Column:
    """A row's `record` patch: SQL NULL when the columns give the record back exactly (not the JSON text `null`,
    which `record IS NULL` would not find); rows saved before hold `null` and read the same."""
    return Column("record", JSON(none_as_null=True))


def _child_table(child: ChildSpec, parent: TableSpec) -> Table:
    parent_kind = "int" if child.parent_field == "position" else "text"
    return Table(child.table, metadata,
                 Column("parent_position", Integer, primary_key=True, autoincrement=False),
                 Column("position", Integer, primary_key=True, autoincrement=False),
                 Column(child.parent_column, _SQL_TYPES[parent_kind](), index=True),
                 *_columns(child.fields), _record_column())


documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),
    Column("seq", Integer, nullable=False, unique=True),  # arrival order: corpus steps see documents in it
    Column("source", Text), Column("url", Text), Column("title", Text), Column("outlet", Text, index=True),
    Column("published", String(40), index=True), Column("published_evidence", Text), Column("language", String(8)),
    Column("text", Text, nullable=False), Column("removed", JSON), Column("story", Text, index=True),
    Column("duplicate_of", String(64)),
    Column("document", JSON, nullable=False),  # metadata and every layer, compact (rasid.store.codec)
    Column("chars", Integer),  # the text's length in characters: lists show it without reading the text
)

def _token_table(name: str) -> Table:
    """Search terms: (term, kind, ref) is the key, so a term lookup is one index range and nothing is stored twice."""
    return Table(
        name, metadata,
        Column("token", String(200), primary_key=True),  # a search term (rasid.store.search.search_term)
        Column("kind", String(16), primary_key=True),  # "document", "statement", "entity"
        Column("ref", String(64), primary_key=True),  # the document id, statement position or entity id
        sqlite_with_rowid=False,
    )


#: the articles' search terms, added with them and never rewritten: (term, the document's `seq`) is the key, an
#: integer rather than the document id and kind a row of `result_search_tokens` carries (a third of the size)
document_tokens = Table(
    "document_tokens", metadata,
    Column("token", String(200), primary_key=True),
    Column("doc", Integer, primary_key=True, autoincrement=False),  # documents.seq
    sqlite_with_rowid=False,
)
#: the statements' search terms, rewritten with the results: (term, the statement's `position`), as for articles
statement_tokens = Table(
    "statement_tokens", metadata,
    Column("token", String(200), primary_key=True),
    Column("statement", Integer, primary_key=True, autoincrement=False),  # statements.position
    sqlite_with_rowid=False,
)
result_search_tokens = _token_table("result_search_tokens")  # entities (statements before 0008): rewritten with results

other_results = Table(
    "other_results", metadata,
    Column("field", String(100), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("record", JSON),
)

story_info = Table(
    "story_info", metadata,
    Column("key", String(100), primary_key=True),
    Column("value", JSON),
)

story_index = Table(
    "story_index", metadata,  # one row a story, written with the results: the story list reads only this
    Column("id", String(64), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("label", Text), Column("label_key", Text),  # label_key: the label folded as search folds words
    Column("documents", Integer, nullable=False, index=True), Column("outlets", Integer, nullable=False),
    Column("first_published", String(40), index=True), Column("last_published", String(40), index=True),
    Column("actors", JSON),  # [{id, name, type, mentions}], the most mentioned first
    Column("disagreements", Integer, nullable=False), Column("events", Integer, nullable=False),
    Column("question", Text), Column("question_reason", String(40)),  # the central question, or why none
)

result_tables: dict[str, Table] = {}
child_tables: dict[str, Table] = {}
for _spec in RESULT_TABLES:
    result_tables[_spec.field] = _result_table(_spec)
    for _child in _spec.children:
        child_tables[_child.table] = _child_table(_child, _spec)
