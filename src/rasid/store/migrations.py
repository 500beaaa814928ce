"""Named schema migrations, applied in order and recorded in `schema_migrations`.

Each migration is `(name, function(connection))`. `migrate` applies, in one transaction each, the ones a
database has not recorded yet, so opening an old store brings it up to date and opening a current one
changes nothing. A change to the schema is a new migration at the end of `MIGRATIONS`, never an edit of
an applied one.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Column, Connection, Engine, MetaData, String, Table, inspect, select, text

from . import jobs, schema
from .search import DOCUMENT_INDEX, STATEMENT_INDEX, index_sql

_registry = MetaData()
schema_migrations = Table(
    "schema_migrations", _registry,
    Column("name", String(100), primary_key=True),
    Column("applied_at", String(40), nullable=False),
)


def _initial(connection: Connection) -> None:
    """Every table of the first schema: documents, the corpus-level tables and the search tokens."""
    schema.metadata.create_all(connection)


def _jobs(connection: Connection) -> None:
    """The queue of articles posted to the API and waiting for analysis (`rasid.store.jobs`)."""
    jobs.create_table(connection)


def _stories(connection: Connection) -> None:
    """Each story-bearing result row's `story` column (indexed), `documents.story` indexed, and the story list
    (`story_index`). A store made by a later `0001_initial` has them already; each step checks first."""
    inspector = inspect(connection)
    for name in ("time_expressions", "quantities", "timeline", "disagreements", "stances", "summary"):
        if "story" not in {c["name"] for c in inspector.get_columns(name)}:
            connection.execute(text(f"ALTER TABLE {name} ADD COLUMN story TEXT"))
        connection.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{name}_story ON {name} (story)"))
    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_documents_story ON documents (story)"))
    schema.story_index.create(connection, checkfirst=True)


def _mention_counts(connection: Connection) -> None:
    """`entities.mention_count` (indexed), so the actor list sorts without counting every mention per request;
    rows saved before it count from their mentions when read (`rasid.store.queries.list_entities`)."""
    if "mention_count" not in {c["name"] for c in inspect(connection).get_columns("entities")}:
        connection.execute(text("ALTER TABLE entities ADD COLUMN mention_count INTEGER"))
    connection.execute(text("CREATE INDEX IF NOT EXISTS ix_entities_mention_count ON entities (mention_count)"))


def _document_tokens(connection: Connection) -> None:
    """The articles' search terms keyed by (term, document `seq`) in `document_tokens`, not (term, kind, id) in
    `search_tokens`: the rows are copied over and the old table dropped. A store made by a later `0001_initial`
    has the new table and no old one."""
    schema.document_tokens.create(connection, checkfirst=True)
    if "search_tokens" in inspect(connection).get_table_names():
        connection.execute(text(
            "INSERT INTO document_tokens (token, doc) SELECT DISTINCT t.token, d.seq FROM search_tokens t "
            "JOIN documents d ON d.id = t.ref WHERE t.kind = 'document'"))
        connection.execute(text("DROP TABLE search_tokens"))


def _story_questions(connection: Connection) -> None:
    """Each story's central question, or why it has none: the `questions` table, and the story list's
    `question` and `question_reason`; a store's rows stay empty until its results are saved again."""
    schema.result_tables["questions"].create(connection, checkfirst=True)
    have = {c["name"] for c in inspect(connection).get_columns("story_index")}
    for name in ("question", "question_reason"):
        if name not in have:
            connection.execute(text(f"ALTER TABLE story_index ADD COLUMN {name} TEXT"))


def _document_chars(connection: Connection) -> None:
    """`documents.chars`, each text's length in characters, filled for the rows already stored: a list of
    articles had measured every listed text, which PostgreSQL must first decompress (50 articles: 18 ms -> 1 ms)."""
    if "chars" not in {c["name"] for c in inspect(connection).get_columns("documents")}:
        connection.execute(text("ALTER TABLE documents ADD COLUMN chars INTEGER"))
    connection.execute(text("UPDATE documents SET chars = length(text) WHERE chars IS NULL"))


def _statement_tokens(connection: Connection) -> None:
    """The statements' search terms keyed by (term, statement position) in `statement_tokens`, not (term,
    `statement`, position as text) in `result_search_tokens`: the rows are moved over. A store made by a later
    `0001_initial` has the table and no statement rows to move."""
    schema.statement_tokens.create(connection, checkfirst=True)
    connection.execute(text(
        "INSERT INTO statement_tokens (token, statement) SELECT token, CAST(ref AS INTEGER) FROM result_search_tokens "
        "WHERE kind = 'statement'"))
    connection.execute(text("DELETE FROM result_search_tokens WHERE kind = 'statement'"))


def _document_index(connection: Connection) -> None:
    """On SQLite with FTS5, the articles' search terms move from `document_tokens` rows to the FTS5 index
    `document_fts` (one row an article, rowid its seq; `rasid.store.search`): a seventh of the size. The emptied
    table stays, for a SQLite without FTS5 and for PostgreSQL, which keep the rows."""
    _move_terms_to_index(connection, "document_tokens", "doc", DOCUMENT_INDEX)


def _statement_index(connection: Connection) -> None:
    """On SQLite with FTS5, the statements' search terms move from `statement_tokens` rows to the FTS5 index
    `statement_fts` (rowid the statement's position), as the articles' did in `0009_document_index`."""
    _move_terms_to_index(connection, "statement_tokens", "statement", STATEMENT_INDEX)


def _has_fts5(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite" and bool(
        connection.scalar(text("SELECT sqlite_compileoption_used('ENABLE_FTS5')")))


def _move_terms_to_index(connection: Connection, table: str, ref: str, index: str) -> None:
    """The term rows of `table` (one a term and item, the item in column `ref`) into the FTS5 index `index`, one
    row an item; the emptied table stays (PostgreSQL, and a SQLite without FTS5, keep using it)."""
    if not _has_fts5(connection):
        return
    connection.execute(text(index_sql(index)))
    connection.execute(text(
        f"INSERT INTO {index} (rowid, terms) SELECT {ref}, group_concat(token, ' ') FROM {table} GROUP BY {ref}"))
    connection.execute(text(f"DELETE FROM {table}"))


MIGRATIONS: tuple[tuple[str, Callable[[Connection], None]], ...] = (
    ("0001_initial", _initial),
    ("0002_jobs", _jobs),
    ("0003_stories", _stories),
    ("0004_mention_counts", _mention_counts),
    ("0005_document_tokens", _document_tokens),
    ("0006_story_questions", _story_questions),
    ("0007_document_chars", _document_chars),
    ("0008_statement_tokens", _statement_tokens),
    ("0009_document_index", _document_index),
    ("0010_statement_index", _statement_index),
)


def applied(engine: Engine) -> list[str]:
    """Names of the migrations this database has recorded, in the order applied."""
    with engine.begin() as connection:
        _registry.create_all(connection)
        return list(connection.scalars(select(schema_migrations.c.name).order_by(schema_migrations.c.name)))


def migrate(engine: Engine) -> list[str]:
    """Apply every migration not yet recorded; return the names applied now."""
    done = set(applied(engine))
    now = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        with engine.begin() as connection:
            step(connection)
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            connection.execute(schema_migrations.insert().values(name=name, applied_at=stamp))
        now.append(name)
    return now
