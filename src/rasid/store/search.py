"""Search keys for Arabic as people type it, and the token table both back-ends query the same way.

A word's search term is its `search_key` (alef, hamza, alef maqsura, ta marbuta and Persian letter forms
folded, diacritics and tatweel dropped, the article and attached conjunctions and prepositions stripped)
with the spelling variants of `data/spelling_variants.tsv` folded (`اميركي` and `امريكي` are one word).
Every article (`document_tokens`, by its `seq`), statement (`statement_tokens`, by its position) and entity
(`result_search_tokens`) is indexed as the set of its terms; a query matches
what holds every one of its terms. The same SQL runs on SQLite and PostgreSQL, through an index on the token.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

from sqlalchemy import Select, func, select

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
    for text in texts:
        terms.update(dict.fromkeys(search_terms(text or "")))
    return list(terms)


def token_rows(kind: str, ref: str, texts: Iterable[str | None]) -> list[dict[str, str]]:
    """`result_search_tokens` rows for one indexed entity, from all of its texts."""
    return [{"kind": kind, "ref": ref, "token": term} for term in search_terms_of(texts)]


def statement_token_rows(position: int, texts: Iterable[str | None]) -> list[dict[str, object]]:
    """`statement_tokens` rows for the statement at `position`, from all of its texts."""
    return [{"token": term, "statement": position} for term in search_terms_of(texts)]


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
