"""Read queries over a store: filtered, paged lists of documents, statements and entities, and search.

Everything here is plain SQLAlchemy Core that runs unchanged on SQLite and PostgreSQL. A statement found
by search is one whose words hold the query's terms, or whose speaker is an entity whose name, aliases or
titles hold them, so `السوداني` finds what `رئيس الوزراء محمد شياع السوداني` said under any wording.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, false, func, or_, select

from ..text.normalize import match_key
from . import schema
from .rows import Texts, doc_ids_in, read_record
from .save import document_texts
from .search import matching_documents, matching_refs, matching_statements

statements_t = schema.result_tables["statements"]
entities_t = schema.result_tables["entities"]
documents_t = schema.documents


@dataclass(frozen=True, slots=True)
class Page:
    """A window of a list: `limit` items from `offset`."""

    limit: int = 50
    offset: int = 0


@dataclass(frozen=True, slots=True)
class StatementFilter:
    """What `list_statements` keeps; every given field must hold."""

    speaker: str | None = None  # an entity id, or words of the speaker's name
    outlet: str | None = None
    date_from: str | None = None  # compared with the document's publication date (TIMEX3 prefix order)
    date_to: str | None = None
    text: str | None = None  # words, matched as search matches them
    story: str | None = None  # a story id: statements made in its articles


#: what a document's list row reads: its metadata and the length of its text, never the text or the packed layers
SUMMARY_COLUMNS = (*(documents_t.c[name] for name in ("id", "title", "outlet", "published", "source", "url", "story")),
                   documents_t.c.chars)


def document_summary(row: Any) -> dict[str, Any]:
    return {"id": row["id"], "title": row["title"], "outlet": row["outlet"], "published": row["published"],
            "source": row["source"], "url": row["url"], "chars": row["chars"] or 0, "story": row["story"]}


def list_documents(connection: Connection, page: Page, outlet: str | None = None, q: str | None = None,
                   story: str | None = None) -> dict:
    query = select(*SUMMARY_COLUMNS).order_by(documents_t.c.seq)
    if outlet:
        query = query.where(documents_t.c.outlet == outlet)
    if story:
        query = query.where(documents_t.c.story == story)
    if q:
        query = query.where(_doc_match(connection, q))
    return _paged(connection, query, page, document_summary)


def list_outlets(connection: Connection, page: Page, story: str | None = None) -> dict:
    """The outlets of the stored articles (of one story's, when given), the one with most articles first:
    `{outlet, documents}`."""
    count = func.count().label("documents")
    query = select(documents_t.c.outlet.label("outlet"), count).where(documents_t.c.outlet.is_not(None))
    if story:
        query = query.where(documents_t.c.story == story)
    query = query.group_by(documents_t.c.outlet).order_by(count.desc(), documents_t.c.outlet)
    return _paged(connection, query, page, lambda row: {"outlet": row["outlet"], "documents": row["documents"]})


def _doc_match(connection: Connection, q: str) -> ColumnElement[bool]:
    refs = matching_documents(connection, q)
    return documents_t.c.id.in_(refs) if refs is not None else false()


def _statement_match(connection: Connection, q: str) -> ColumnElement[bool]:
    """Statements whose own words match, or whose speaker entity's names do."""
    own, speakers = matching_statements(connection, q), matching_refs("entity", q)
    if own is None or speakers is None:
        return false()
    return or_(statements_t.c.position.in_(own), statements_t.c.speaker.in_(speakers))


def _speaker_match(speaker: str) -> ColumnElement[bool]:
    speakers = matching_refs("entity", speaker)
    if speakers is None:
        return statements_t.c.speaker == speaker
    return or_(statements_t.c.speaker == speaker, statements_t.c.speaker.in_(speakers))


def statement_query(connection: Connection, where: StatementFilter) -> Select:
    query = (select(statements_t, documents_t.c.outlet.label("doc_outlet"),
                    documents_t.c.published.label("doc_published"), documents_t.c.title.label("doc_title"))
             .join(documents_t, documents_t.c.id == statements_t.c.doc, isouter=True)
             .order_by(statements_t.c.position))
    conditions = [
        (where.speaker, lambda v: _speaker_match(v)),
        (where.outlet, lambda v: documents_t.c.outlet == v),
        (where.date_from, lambda v: documents_t.c.published >= v),
        (where.date_to, lambda v: func.substr(documents_t.c.published, 1, len(v)) <= v),
        (where.text, lambda v: _statement_match(connection, v)),
        (where.story, lambda v: documents_t.c.story == v),
    ]
    for value, condition in conditions:
        if value:
            query = query.where(condition(value))
    return query


def statement_item(row: Any, texts: Texts) -> dict[str, Any]:
    """A statement's export record with its position and its document's outlet, date and title."""
    return {**read_record(schema.RESULT_SPECS["statements"], row, {}, texts), "position": row["position"],
            "outlet": row["doc_outlet"], "published": row["doc_published"], "title": row["doc_title"]}


def list_statements(connection: Connection, where: StatementFilter, page: Page) -> dict:
    def items(rows: list[Any]) -> list[dict[str, Any]]:
        texts = document_texts(connection, doc_ids_in(rows))  # the page's documents: their span texts
        return [statement_item(row, texts) for row in rows]
    return _paged(connection, statement_query(connection, where), page, items=items)


def list_entities(connection: Connection, page: Page, q: str | None = None, kind: str | None = None,
                  story: str | None = None) -> dict:
    if connection.scalar(select(entities_t.c.position).where(entities_t.c.mention_count.is_(None)).limit(1)) is not None:
        counts = (select(schema.child_tables["mentions"].c.entity, func.count().label("n"))
                  .group_by(schema.child_tables["mentions"].c.entity).subquery())  # rows saved before 0004
        mentioned: ColumnElement[Any] = func.coalesce(counts.c.n, 0)
        query = select(entities_t.c.position, entities_t.c.id, entities_t.c.type, entities_t.c.name,
                       entities_t.c.aliases, entities_t.c.titles, mentioned.label("mentions")).join(
            counts, counts.c.entity == entities_t.c.id, isouter=True)
    else:
        mentioned = entities_t.c.mention_count
        query = select(entities_t.c.position, entities_t.c.id, entities_t.c.type, entities_t.c.name,
                       entities_t.c.aliases, entities_t.c.titles, mentioned.label("mentions"))
    query = query.order_by(mentioned.desc(), entities_t.c.position)
    if kind:
        query = query.where(entities_t.c.type == kind)
    if q:
        refs = matching_refs("entity", q)
        query = query.where(entities_t.c.id.in_(refs) if refs is not None else false())
    if story:
        query = query.where(entities_t.c.id.in_(_entities_of_story(story)))
    return _paged(connection, query, page, lambda row: {
        "id": row["id"], "type": row["type"], "name": row["name"], "aliases": row["aliases"],
        "titles": row["titles"], "mention_count": row["mentions"]})


def _entities_of_story(story: str) -> Select:
    """The ids of the entities mentioned in a story's articles."""
    mentions = schema.child_tables["mentions"]
    return (select(mentions.c.entity).join(documents_t, documents_t.c.id == mentions.c.doc)
            .where(documents_t.c.story == story).distinct())


@dataclass(frozen=True, slots=True)
class StoryFilter:
    """What `list_stories` keeps; every given field must hold."""

    text: str | None = None  # words of the label
    outlet: str | None = None  # stories with an article of this outlet
    actor: str | None = None  # an entity id mentioned in the story
    date_from: str | None = None  # the story's last publication day is on or after this
    date_to: str | None = None  # its first publication day is on or before this (prefix order)
    sort: str = "size"  # "size" (most articles), "recent" (latest article), "disagreements"


STORY_ORDER = {"size": ("documents", "position"), "recent": ("last_published", "position"),
               "disagreements": ("disagreements", "documents")}


def list_stories(connection: Connection, where: StoryFilter, page: Page) -> dict:
    table = schema.story_index
    first, second = STORY_ORDER[where.sort]
    query = select(table).order_by(table.c[first].desc(), table.c[second].desc() if second != "position"
                                   else table.c.position)
    if where.text:
        query = query.where(table.c.label_key.contains(match_key(where.text), autoescape=True))
    if where.outlet:
        query = query.where(table.c.id.in_(select(documents_t.c.story).where(documents_t.c.outlet == where.outlet)))
    if where.actor:
        mentions = schema.child_tables["mentions"]
        owners = (select(documents_t.c.story).join(mentions, mentions.c.doc == documents_t.c.id)
                  .where(mentions.c.entity == where.actor))
        query = query.where(table.c.id.in_(owners))
    if where.date_from:
        query = query.where(table.c.last_published >= where.date_from)
    if where.date_to:
        query = query.where(func.substr(table.c.first_published, 1, len(where.date_to)) <= where.date_to)
    return _paged(connection, query, page, story_item)


def story_item(row: Any) -> dict[str, Any]:
    return {key: row[key] for key in ("id", "label", "documents", "outlets", "first_published", "last_published",
                                      "actors", "disagreements", "events", "question", "question_reason")}


def get_story(connection: Connection, story_id: str) -> dict[str, Any] | None:
    """A story's list row with its `members` (document ids, copies, events), or None."""
    row = connection.execute(select(schema.story_index).where(schema.story_index.c.id == story_id)).mappings().first()
    if row is None:
        return None
    other = schema.other_results
    record = connection.scalar(select(other.c.record).where(other.c.field == "stories",
                                                            other.c.position == row["position"])) or {}
    members = {key: record.get(key, []) for key in ("documents", "duplicates", "events")}
    return {**story_item(row), "members": members}


def _paged(connection: Connection, query: Select, page: Page, shape: Any = None, items: Any = None) -> dict:
    """One page of `query`'s rows, each made an item by `shape`, or all of them at once by `items`."""
    total = connection.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    rows = list(connection.execute(query.limit(page.limit).offset(page.offset)).mappings())
    shaped = items(rows) if items is not None else [shape(r) for r in rows]
    return {"total": int(total or 0), "limit": page.limit, "offset": page.offset, "items": shaped}


def search(connection: Connection, q: str, page: Page, story: str | None = None) -> dict:
    """Documents, statements and entities that match `q` (in one story's articles, when given)."""
    return {
        "query": q,
        "documents": list_documents(connection, page, q=q, story=story),
        "statements": list_statements(connection, StatementFilter(text=q, story=story), page),
        "entities": list_entities(connection, page, q=q, story=story),
    }
