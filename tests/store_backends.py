"""The two store back-ends every store test runs on: SQLite in a temporary folder and a real PostgreSQL.

PostgreSQL comes from `scripts/test-services` (run by `scripts/test` and so by CI), which exports
`RASID_TEST_PG_URL`. Without it the PostgreSQL cases skip, saying so, except under CI, where they fail:
CI must exercise both back-ends.
"""
from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

PG_URL = os.environ.get("RASID_TEST_PG_URL")


def reset_postgres(url: str) -> None:
    """An empty database: the test role owns schema `public`, so it can drop and recreate it."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def postgres_url() -> str:
    if not PG_URL:
        message = "PostgreSQL not available: RASID_TEST_PG_URL is unset (bash scripts/test starts one)"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must run the PostgreSQL tests")
        pytest.skip(message)
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """A URL of an empty store on each back-end."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rasid.db'}"
    return postgres_url()


@pytest.fixture(scope="session")
def synthetic(sample_story):
    """The sample story with hand-made results of every kind (see synthetic_story.py)."""
    from synthetic_story import synthetic_story

    return synthetic_story(sample_story)


def table_dump(url: str) -> dict[str, list[tuple]]:
    """Every row of every store table, in primary-key order (the migration log's timestamps left out); SQLite's
    FTS5 index of the articles' terms as what it holds, each term with the seqs of its articles (its shadow tables'
    bytes depend on how the rows were batched, not on what they say)."""
    from sqlalchemy import MetaData, select

    from rasid.store.search import DOCUMENT_INDEX, STATEMENT_INDEX

    indexes = (DOCUMENT_INDEX, STATEMENT_INDEX)
    engine = create_engine(url)
    tables = MetaData()
    tables.reflect(engine)
    dump = {}
    with engine.connect() as connection:
        for name, table in sorted(tables.tables.items()):
            if name.startswith(indexes):
                continue
            columns = [c for c in table.columns if c.name != "applied_at"]
            keys = list(table.primary_key.columns) or columns
            dump[name] = [tuple(r) for r in connection.execute(select(*columns).order_by(*keys))]
        for index in indexes:
            if engine.dialect.name == "sqlite" and index + "_data" in tables.tables:
                dump[index] = index_dump(connection, index)
    engine.dispose()
    return dump


def index_dump(connection, index: str) -> list[tuple]:
    """Each term of an FTS5 index with the rowids of the items that hold it, read through `fts5vocab`."""
    from sqlalchemy import text

    vocab = f"temp.{index}_vocab"
    connection.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} USING fts5vocab(main, {index}, row)"))
    terms = list(connection.scalars(text(f"SELECT term FROM {vocab} ORDER BY term")))
    match = text(f"SELECT rowid FROM {index} WHERE {index} MATCH :q ORDER BY rowid")
    return [(term, tuple(connection.scalars(match, {"q": '"' + term.replace('"', '""') + '"'}))) for term in terms]
