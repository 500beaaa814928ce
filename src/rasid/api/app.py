"""`create_app(store)`: the JSON API over a story store, and the web UI served beside it.

Reads are plain queries (`rasid.store.queries`). The API is read-only unless created with
`allow_post=True`, which enables `POST /api/documents`: a record like a JSON Lines input line is checked,
queued durably and answered 202 with a job to poll (`/api/jobs/{id}`); a worker analyses it, stores it and
recomputes the story (`rasid.api.writer`). With `write_tokens`, a post must carry one of them
(`Authorization: Bearer TOKEN`, compared in constant time). Every response and request body has a model in
the OpenAPI schema (`rasid.api.models`), every status a route can give is documented, page sizes and request
bodies are limited, and every error has one JSON shape (`rasid.api.errors`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import Body, Depends, FastAPI, Header, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Connection, Engine, select
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..model import Document
from ..store import Store, queries, schema
from ..store.codec import unpack_document
from ..store.store import read_entity, read_field_page, read_timeline_of
from . import models
from .errors import (
    ApiError,
    BodyLimit,
    ReadGuard,
    bearer_matches,
    install_error_handlers,
    security_headers,
    with_headers,
)
from .view import document_view, stored_story_view
from .writer import Writer

T = TypeVar("T")
MAX_PAGE = 200  # items one list request may ask for
WEB = Path(__file__).resolve().parent.parent / "web"

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"items per page (at most {MAX_PAGE})")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Text = Annotated[str | None, Query(max_length=500)]
#: a year (0001-9999), a month of it or a day of that: a bound compared with publication dates written the same way
DATE_PATTERN = (r"^(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})"
                r"(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")
DateBound = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")]
StoryId = Annotated[str | None, Query(max_length=64, description="a story id (`/api/stories`): only its items")]
StorySort = Annotated[Literal["size", "recent", "disagreements"], Query(description="most articles first, latest "
                                                                        "article first, or most disagreements")]


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error statuses a route can give, each with the one error shape."""
    described = {400: "bad request", 401: "no valid token (a write token to post; a read token when the server "
                 "was started with read tokens)", 403: "the server is read-only",
                 404: "no such item", 413: "request body too large", 422: "invalid parameter or body",
                 500: "internal error"}
    return {status: {"model": models.ErrorBody, "description": described[status]}
            for status in sorted({*statuses, 401, 500})}


READ_ERRORS = _errors(400, 422)


def create_app(store: Store, allow_post: bool = False, write_tokens: Sequence[str] = (),
               writer: Writer | None = None, read_tokens: Sequence[str] = ()) -> Any:
    """The ASGI application: `/api/...` (JSON, OpenAPI at `/api/openapi.json`) and the UI at `/`. With
    `allow_post`, posts go to `writer` (one is started over `store` when none is given). With `read_tokens`,
    every `/api/` read needs one of them or a write token (`rasid.api.errors.ReadGuard`)."""
    app = FastAPI(title="rasid", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json", description="The story store of rasid, read-only by default.")
    app.state.store, app.state.allow_post = store, allow_post
    app.state.writer = (writer or Writer(store)) if allow_post else None
    app.state.write_tokens = tuple(t.encode() for t in write_tokens)
    install_error_handlers(app)
    _read_routes(app)
    _write_routes(app)
    app.mount("/static", StaticFiles(directory=WEB), name="static")
    app.add_api_route("/", lambda: FileResponse(WEB / "index.html"), methods=["GET", "HEAD"], include_in_schema=False)
    guarded = ReadGuard(app, [t.encode() for t in (*read_tokens, *write_tokens)]) if read_tokens else app
    return with_headers(BodyLimit(guarded), security_headers())


def _connection(request: Request) -> Iterator[Connection]:
    with request.app.state.store.engine.connect() as connection:
        yield connection


@dataclass(frozen=True, slots=True)
class PageReads:
    """A route's reads of one page, each on a connection of its own: on the event loop over SQLite, where a query
    is work of this process and a thread handoff cost more than the query (20 readers of a 2,000-article store:
    p95 607 -> 105 ms, `bench/RESULTS.md`); in the thread pool over PostgreSQL, where a query waits on the
    server and other requests go on meanwhile. A read on the loop never awaits, so the loop holds one pooled
    connection at a time and never waits for one that only it could give back."""

    engine: Engine
    on_loop: bool

    async def run(self, read: Callable[..., T], *args: Any) -> T:
        if self.on_loop:
            return _read_with(self.engine, read, *args)
        return await run_in_threadpool(_read_with, self.engine, read, *args)


def _read_with(engine: Engine, read: Callable[..., T], *args: Any) -> T:
    with engine.connect() as connection:
        return read(connection, *args)


async def _page_reads(request: Request) -> PageReads:
    engine = request.app.state.store.engine
    return PageReads(engine, engine.dialect.name == "sqlite")


#: a connection for a route run in the thread pool: its work grows with the story (a whole view or export)
Db = Annotated[Connection, Depends(_connection)]
#: reads bounded by one page (or one document)
Pages = Annotated[PageReads, Depends(_page_reads)]


def _read_routes(app: FastAPI) -> None:
    @app.get("/api/documents", summary="documents, paged; filter by outlet or words",
             response_model=models.Page[models.DocumentSummary], responses=READ_ERRORS)
    async def documents(reads: Pages, limit: Limit = 50, offset: Offset = 0, outlet: Text = None, q: Text = None,
                        story: StoryId = None) -> dict:
        return await reads.run(queries.list_documents, queries.Page(limit, offset), outlet, q, story)

    @app.get("/api/documents/{doc_id}", summary="one document: text, metadata and sentence offsets",
             response_model=models.DocumentView, responses=_errors(400, 404, 422))
    async def document(reads: Pages, doc_id: str) -> dict:
        return document_view(await reads.run(_load_document, doc_id))

    @app.get("/api/entities", summary="entities by number of mentions; filter by type or name",
             response_model=models.Page[models.EntitySummary], responses=READ_ERRORS)
    async def entities(reads: Pages, limit: Limit = 50, offset: Offset = 0, q: Text = None, type: Text = None,
                       story: StoryId = None) -> dict:
        return await reads.run(queries.list_entities, queries.Page(limit, offset), q, type, story)

    @app.get("/api/entities/{entity_id}", summary="one entity with its mentions, statements and stances",
             response_model=models.EntityView, responses=_errors(400, 404, 422))
    async def entity(reads: Pages, entity_id: str) -> dict:
        return await reads.run(_entity_view, entity_id)

    @app.get("/api/statements", summary="statements; filter by speaker, outlet, publication date and words",
             response_model=models.Page[models.StatementItem], responses=READ_ERRORS)
    async def statements(reads: Pages, limit: Limit = 50, offset: Offset = 0, speaker: Text = None,
                         outlet: Text = None, date_from: DateBound = None, date_to: DateBound = None, q: Text = None,
                         story: StoryId = None) -> dict:
        where = queries.StatementFilter(speaker, outlet, date_from, date_to, q, story)
        return await reads.run(queries.list_statements, where, queries.Page(limit, offset))

    @app.get("/api/timeline", summary="dated events, oldest first, paged; filter by entity",
             response_model=models.Page[models.TimelineItem], responses=READ_ERRORS)
    async def timeline(reads: Pages, limit: Limit = 50, offset: Offset = 0, entity: Text = None,
                       story: StoryId = None) -> dict:
        if not entity:
            return await reads.run(_field_page, "timeline", queries.Page(limit, offset), story)
        items = await reads.run(read_timeline_of, entity, story)
        return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit]}

    for name, model in (("disagreements", models.Disagreement), ("stances", models.Stance),
                        ("summary", models.SummarySentence)):
        _add_field_route(app, name, model)

    @app.get("/api/search", summary="documents, statements and entities matching words as people type them",
             response_model=models.SearchResult, responses=READ_ERRORS)
    async def search(reads: Pages, q: Annotated[str, Query(min_length=1, max_length=500)], limit: Limit = 20,
                     story: StoryId = None) -> dict:
        return await reads.run(queries.search, q, queries.Page(limit, 0), story)

    @app.get("/api/stories", summary="the stories of the store, largest first; filter by words, outlet, actor, "
                                     "dates", response_model=models.Page[models.StorySummary], responses=READ_ERRORS)
    async def stories(reads: Pages, limit: Limit = 50, offset: Offset = 0, q: Text = None, outlet: Text = None,
                      actor: Text = None, date_from: DateBound = None, date_to: DateBound = None,
                      sort: StorySort = "size") -> dict:
        where = queries.StoryFilter(q, outlet, actor, date_from, date_to, sort)
        return await reads.run(queries.list_stories, where, queries.Page(limit, offset))

    @app.get("/api/outlets", summary="the outlets of the stored articles, most articles first",
             response_model=models.Page[models.Outlet], responses=READ_ERRORS)
    async def outlets(reads: Pages, limit: Limit = 50, offset: Offset = 0, story: StoryId = None) -> dict:
        return await reads.run(queries.list_outlets, queries.Page(limit, offset), story)

    @app.get("/api/stories/{story_id}", summary="one story: its list row, its articles, copies and events",
             response_model=models.StoryDetail, responses=_errors(400, 404, 422))
    async def story_detail(reads: Pages, story_id: Annotated[str, PathParam(max_length=64)]) -> dict:
        found = await reads.run(queries.get_story, story_id)
        if found is None:
            raise ApiError(404, f"no story {story_id!r}")
        return found

    @app.get("/api/export", summary="the whole story in the rasid.story/1 format (story.json)",
             response_model=models.StoryExport, responses=_errors(400))
    def export(request: Request) -> JSONResponse:
        return JSONResponse(request.app.state.store.load_story().to_dict())  # as written: the export's own order

    @app.get("/api/story", summary="the export without article texts, as the web UI reads it",
             response_model=models.StoryView, responses=_errors(400, 404, 422))
    def story(request: Request, db: Db, story: StoryId = None) -> JSONResponse:
        if story is not None and not queries.get_story(db, story):
            raise ApiError(404, f"no story {story!r}")
        return JSONResponse({**stored_story_view(db, story), "read_only": not request.app.state.allow_post})


def _add_field_route(app: FastAPI, name: str, model: type) -> None:
    async def route(reads: Pages, limit: Limit = 50, offset: Offset = 0, story: StoryId = None) -> dict:
        return await reads.run(_field_page, name, queries.Page(limit, offset), story)
    app.add_api_route(f"/api/{name}", route, methods=["GET"], summary=f"the story's {name}, paged",
                      response_model=models.Page[model], responses=READ_ERRORS)  # type: ignore[valid-type]


def _field_page(db: Connection, name: str, page: queries.Page, story: str | None = None) -> dict:
    total, items = read_field_page(db, name, page.offset, page.limit, story)
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}


def _load_document(db: Connection, doc_id: str) -> Document:
    table = schema.documents
    row = db.execute(select(table.c.text, table.c.document).where(table.c.id == doc_id)).first()
    if row is None:
        raise ApiError(404, f"no document {doc_id!r}")
    return unpack_document(doc_id, row.text, row.document)


def _entity_view(db: Connection, entity_id: str) -> dict:
    found = read_entity(db, entity_id)
    if found is None:
        raise ApiError(404, f"no entity {entity_id!r}")
    return found


def _write_routes(app: FastAPI) -> None:
    @app.post("/api/documents", status_code=202, response_model=models.Accepted,
              summary="queue one article for analysis (needs --allow-post, and a token when the server has one)",
              description='Body: a JSON record like a JSON Lines input line: {"text" or "html", "title", '
                          '"url", "published", "outlet"}. Answered 202 with a job to poll once queued, 200 when '
                          'the article is already stored.',
              responses={200: {"model": models.Accepted, "description": "already stored: nothing queued"},
                         **_errors(400, 401, 403, 413, 422)})
    def post_document(request: Request, response: Response, record: Annotated[models.ArticleRecord, Body()],
                      authorization: Annotated[str | None, Header(max_length=1000)] = None) -> dict:
        writer = _writer_for(request, authorization)
        accepted = writer.submit(record.model_dump(exclude_none=True))
        if not accepted["added"]:
            response.status_code = 200  # already stored: nothing was queued
        return accepted

    @app.get("/api/jobs/{job_id}", response_model=models.Job, summary="a posted article's analysis: its state",
             responses=_errors(400, 403, 404, 422))
    def job(request: Request, job_id: Annotated[str, PathParam(max_length=64)]) -> dict:
        writer = request.app.state.writer
        if writer is None:
            raise ApiError(403, "this server is read-only; it has no jobs")
        return writer.job(job_id)


def _writer_for(request: Request, authorization: str | None) -> Writer:
    """The server's writer, once the request may write: posts enabled, and a valid token when one is set."""
    state = request.app.state
    if state.writer is None:
        raise ApiError(403, "this server is read-only; start it with --allow-post to add articles")
    if state.write_tokens and not bearer_matches(authorization, state.write_tokens):
        raise ApiError(401, "a write token is needed: send 'Authorization: Bearer TOKEN'")
    return state.writer



