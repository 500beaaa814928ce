"""Search keys for Arabic as people type it, and the token table both back-ends query the same way.

A word's search term is its `search_key` (alef, hamza, alef maqsura, ta marbuta and Persian letter forms
folded, diacritics and tatweel dropped, the article and attached conjunctions and prepositions stripped)
with the spelling variants of `data/spelling_variants.tsv` folded (`اميركي` and `امريكي` are one word).
Every article (`document_tokens`, by its `seq`), statement (`statement_tokens`, by its position) and entity
(`result_search_tokens`) is indexed as the set of its terms; a query matches
what holds every one of its terms. The same SQL runs on SQLite and PostgreSQL, through an index on the token.
On SQLite the articles' terms are an FTS5 index instead (`document_fts`, migration `0009_document_index`: the
terms of each article as one row whose rowid is its `seq`, no positions kept), a seventh of the token rows'
size and quicker to write; the terms and the matching rule are the same.
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


def statement_token_rows(position: int, texts: Iterable[str | None]) -> list[dict[str, object]]:
    """`statement_tokens` rows for the statement at `position`, from all of its texts."""
    return [{"token": term, "statement": position} for term in search_terms_of(texts)]


DOCUMENT_INDEX = "document_fts"  # SQLite: the articles' terms in FTS5 (rowid = the document's seq)
#: the index as migration 0009 creates it: terms split on spaces only, kept as written, no positions
DOCUMENT_INDEX_SQL = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {DOCUMENT_INDEX} USING fts5(terms, content='', "
                      "detail=none, tokenize='unicode61 remove_diacritics 0')")


def has_document_index(connection: Connection) -> bool:
    """Whether this store keeps the articles' terms in the FTS5 index (SQLite with FTS5) or in `document_tokens`."""
    if connection.dialect.name != "sqlite":
        return False
    found = connection.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = :name"), {"name": DOCUMENT_INDEX})
    return bool(found)


def document_index_rows(first_seq: int, terms_of: Iterable[list[str]]) -> list[dict[str, object]]:
    """Rows of the FTS5 index: each article's terms joined by spaces, under its seq."""
    return [{"seq": first_seq + i, "terms": " ".join(terms)} for i, terms in enumerate(terms_of)]


def _fts_match(terms: list[str]) -> str:
    """An FTS5 query that every one of `terms` matches, each a quoted string (no operator can hide in one)."""
    return " AND ".join('"' + term.replace('"', '""') + '"' for term in terms)


def matching_documents(connection: Connection, query: str) -> Select | None:
    """A SELECT of the ids of the documents that hold every term of `query` (None for a query with no word), from
    the FTS5 index where the store has one."""
    terms = search_terms(query)[:MAX_QUERY_TERMS]
    if not terms:
        return None
    if not has_document_index(connection):
        return matching_refs("document", query)
    seqs = text(f"SELECT rowid FROM {DOCUMENT_INDEX} WHERE {DOCUMENT_INDEX} MATCH :match").bindparams(
        match=_fts_match(terms)).columns(rowid=Integer).subquery()
    return select(documents.c.id).where(documents.c.seq.in_(select(seqs.c.rowid)))


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
