"""Search keys for Arabic as people type it, and the token table both back-ends query the same way.

A word's search term is its `search_key` (alef, hamza, alef maqsura, ta marbuta and Persian letter forms
folded, diacritics and tatweel dropped, the article and attached conjunctions and prepositions stripped)
with the spelling variants of `data/spelling_variants.tsv` folded (`اميركي` and `امريكي` are one word).
Every article (`document_tokens`, by its `seq`), statement (`statement_tokens`, by its position) and entity
(`result_search_tokens`) is indexed as the set of its terms; a query matches
what holds every one of its terms. The same SQL runs on SQLite and PostgreSQL, through an index on the token.
On SQLite the articles' and the statements' terms are FTS5 indexes instead (`document_fts`, migration
`0009_document_index`, and `statement_fts`, `0010_statement_index`: the terms of each item as one row whose rowid
is its `seq` or position, no positions of words kept), a seventh of the term rows' size and quicker to write; the
terms and the matching rule are the same (FTS5's tokenizer folds the case of Latin letters, which term rows keep).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

from sqlalchemy import Connection, Integer, Select, func, select, text

from ..text.normalize import match_key, strip_proclitics
from .schema import document_tokens, documents, result_search_tokens, statement_tokens

MAX_QUERY_TERMS = 12  # a query longer than this is a paste, not a search; the first terms decide
MAX_TERM_CHARS = 200  # the token column's width; longer "words" (a URL) are cut to it
TERM_CACHE = 200_000  # distinct words whose terms are remembered; news vocabulary repeats across articles
_WORD = re.compile(r"[^\W_]+")  # letters and digits, on text already folded by match_key (no marks left)


@cache
def _variants() -> tuple[tuple[str, str], ...]:
    raw = resources.files("rasid.data").joinpath("spelling_variants.tsv").read_text(encoding="utf-8")
    pairs = [line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    return tuple((variant.strip(), reading.strip()) for variant, reading in pairs)


def search_term(word: str) -> str:
    """The key one word is indexed and searched under."""
    return _folded_term(match_key(word))


@lru_cache(maxsize=TERM_CACHE)
def _folded_term(folded: str) -> str:
    key = strip_proclitics(folded)
    for variant, reading in _variants():
        if variant in key:
            key = key.replace(variant, reading)
    return key[:MAX_TERM_CHARS]


def search_terms(text: str) -> list[str]:
    """The distinct terms of a text's words and numbers, in order of first occurrence."""
    words = dict.fromkeys(_WORD.findall(match_key(text)))
    return list(dict.fromkeys(t for t in map(_folded_term, words) if t))


def search_terms_of(texts: Iterable[str | None]) -> list[str]:
    """The distinct terms of all of an item's texts."""
    terms: dict[str, None] = {}
    for item_text in texts:
        terms.update(dict.fromkeys(search_terms(item_text or "")))
    return list(terms)


def token_rows(kind: str, ref: str, texts: Iterable[str | None]) -> list[dict[str, str]]:
    """`result_search_tokens` rows for one indexed entity, from all of its texts."""
    return [{"kind": kind, "ref": ref, "token": term} for term in search_terms_of(texts)]


DOCUMENT_INDEX = "document_fts"  # SQLite: the articles' terms in FTS5 (rowid = the document's seq)
STATEMENT_INDEX = "statement_fts"  # SQLite: the statements' terms in FTS5 (rowid = the statement's position)


def index_sql(name: str) -> str:
    """An FTS5 term index as the migrations create it: terms split on spaces only, kept as written (they hold only
    letters and digits, where `unicode61` splits too), no positions, no copy of the terms (contentless)."""
    return (f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5(terms, content='', detail=none, "
            "tokenize='unicode61 remove_diacritics 0')")


def has_index(connection: Connection, name: str) -> bool:
    """Whether this store keeps these terms in the FTS5 index `name` (SQLite with FTS5) or in term rows."""
    if connection.dialect.name != "sqlite":
        return False
    return bool(connection.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = :name"), {"name": name}))


def add_to_index(connection: Connection, name: str, items: Iterable[tuple[int, list[str]]]) -> None:
    """Each `(rowid, terms)` into the index, the terms joined by spaces."""
    rows = [{"rowid": rowid, "terms": " ".join(terms)} for rowid, terms in items]
    if rows:
        connection.execute(text(f"INSERT INTO {name} (rowid, terms) VALUES (:rowid, :terms)"), rows)


def remove_from_index(connection: Connection, name: str, items: Iterable[tuple[int, list[str]]]) -> None:
    """Each `(rowid, terms)` out of the contentless index: FTS5 needs the very terms that were added."""
    rows = [{"rowid": rowid, "terms": " ".join(terms)} for rowid, terms in items]
    if rows:
        connection.execute(text(f"INSERT INTO {name} ({name}, rowid, terms) VALUES ('delete', :rowid, :terms)"), rows)


def clear_index(connection: Connection, name: str) -> None:
    connection.execute(text(f"INSERT INTO {name} ({name}) VALUES ('delete-all')"))


def _fts_match(terms: list[str]) -> str:
    """An FTS5 query that every one of `terms` matches, each a quoted string (no operator can hide in one)."""
    return " AND ".join('"' + term.replace('"', '""') + '"' for term in terms)


def _index_rowids(name: str, terms: list[str]) -> Select:
    found = text(f"SELECT rowid FROM {name} WHERE {name} MATCH :match").bindparams(
        match=_fts_match(terms)).columns(rowid=Integer).subquery()
    return select(found.c.rowid)


def matching_documents(connection: Connection, query: str) -> Select | None:
    """A SELECT of the ids of the documents that hold every term of `query` (None for a query with no word), from
    the FTS5 index where the store has one."""
    terms = search_terms(query)[:MAX_QUERY_TERMS]
    if not terms:
        return None
    if not has_index(connection, DOCUMENT_INDEX):
        return matching_refs("document", query)
    return select(documents.c.id).where(documents.c.seq.in_(_index_rowids(DOCUMENT_INDEX, terms)))


def matching_statements(connection: Connection, query: str) -> Select | None:
    """A SELECT of the positions of the statements that hold every term of `query`, as `matching_documents`."""
    terms = search_terms(query)[:MAX_QUERY_TERMS]
    if not terms:
        return None
    if not has_index(connection, STATEMENT_INDEX):
        return matching_refs("statement", query)
    return _index_rowids(STATEMENT_INDEX, terms)


def matching_refs(kind: str, query: str) -> Select | None:
    """A SELECT of the refs (document ids, statement positions, entity ids) of `kind` that hold every term of
    `query`, or None for a query with no word."""
    terms = search_terms(query)[:MAX_QUERY_TERMS]
    if not terms:
        return None
    if kind == "statement":
        return (select(statement_tokens.c.statement).where(statement_tokens.c.token.in_(terms))
                .group_by(statement_tokens.c.statement).having(func.count(statement_tokens.c.token) == len(terms)))
    if kind == "document":
        seqs = (select(document_tokens.c.doc).where(document_tokens.c.token.in_(terms))
                .group_by(document_tokens.c.doc).having(func.count(document_tokens.c.token) == len(terms)))
        return select(documents.c.id).where(documents.c.seq.in_(seqs))
    table = result_search_tokens
    return (select(table.c.ref)
            .where(table.c.token.in_(terms), table.c.kind == kind)
            .group_by(table.c.ref)
            .having(func.count(table.c.token) == len(terms)))
