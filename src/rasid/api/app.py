"""`create_app(store)`: the JSON API over a story store, and the web UI served beside it.

Reads are plain queries (`rasid.store.queries`). The API is read-only unless created with
`allow_post=True`, which enables `POST /api/documents`: a record like a JSON Lines input line is analysed,
stored, and the story recomputed, one writer at a time. Page sizes and request bodies are limited; every
error has one JSON shape (`rasid.api.errors`).
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Connection, select

from .. import __version__
from ..analysis import build_story, process_input
from ..errors import RasidError
from ..ingest.sources import record_input
from ..model import Document
from ..registry import build_pipeline
from ..settings import AnalysisOptions
from ..store import Store, queries, schema
from ..store.codec import unpack_document
from ..store.store import read_field_page, read_results
from .errors import ApiError, BodyLimit, install_error_handlers, security_headers, with_headers
from .view import document_view, stored_story_view

MAX_PAGE = 200  # items one list request may ask for
WEB = Path(__file__).resolve().parent.parent / "web"

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"items per page (at most {MAX_PAGE})")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Text = Annotated[str | None, Query(max_length=500)]


def create_app(store: Store, allow_post: bool = False) -> Any:
    """The ASGI application: `/api/...` (JSON, OpenAPI at `/api/openapi.json`) and the UI at `/`."""
    app = FastAPI(title="rasid", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json", description="The story store of rasid, read-only by default.")
    app.state.store, app.state.allow_post, app.state.writer = store, allow_post, threading.Lock()
    install_error_handlers(app)
    _read_routes(app)
    _write_routes(app)
    app.mount("/static", StaticFiles(directory=WEB), name="static")
    app.add_api_route("/", lambda: FileResponse(WEB / "index.html"), methods=["GET", "HEAD"], include_in_schema=False)
    return with_headers(BodyLimit(app), security_headers())


def _connection(request: Request) -> Iterator[Connection]:
    with request.app.state.store.engine.connect() as connection:
        yield connection


Db = Annotated[Connection, Depends(_connection)]


def _read_routes(app: FastAPI) -> None:
    @app.get("/api/documents", summary="documents, paged; filter by outlet or words")
    def documents(db: Db, limit: Limit = 50, offset: Offset = 0, outlet: Text = None, q: Text = None) -> dict:
        return queries.list_documents(db, queries.Page(limit, offset), outlet, q)

    @app.get("/api/documents/{doc_id}", summary="one document: text, metadata and sentence offsets")
    def document(db: Db, doc_id: str) -> dict:
        return document_view(_load_document(db, doc_id))

    @app.get("/api/entities", summary="entities by number of mentions; filter by type or name")
    def entities(db: Db, limit: Limit = 50, offset: Offset = 0, q: Text = None, type: Text = None) -> dict:
        return queries.list_entities(db, queries.Page(limit, offset), q, type)

    @app.get("/api/entities/{entity_id}", summary="one entity with its mentions, statements and stances")
    def entity(db: Db, entity_id: str) -> dict:
        return _entity_view(db, entity_id)

    @app.get("/api/statements", summary="statements; filter by speaker, outlet, publication date and words")
    def statements(db: Db, limit: Limit = 50, offset: Offset = 0, speaker: Text = None, outlet: Text = None,
                   date_from: Text = None, date_to: Text = None, q: Text = None) -> dict:
        where = queries.StatementFilter(speaker, outlet, date_from, date_to, q)
        return queries.list_statements(db, where, queries.Page(limit, offset))

    @app.get("/api/timeline", summary="dated events, oldest first, paged; filter by entity")
    def timeline(db: Db, limit: Limit = 50, offset: Offset = 0, entity: Text = None) -> dict:
        if not entity:
            return _field_page(db, "timeline", queries.Page(limit, offset))
        items = [i for i in read_results(db, "timeline")["timeline"] if entity in (i.get("entities") or [])]
        return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit]}

    for name in ("disagreements", "stances", "summary"):
        _add_field_route(app, name)

    @app.get("/api/search", summary="documents, statements and entities matching words as people type them")
    def search(db: Db, q: Annotated[str, Query(min_length=1, max_length=500)], limit: Limit = 20) -> dict:
        return queries.search(db, q, queries.Page(limit, 0))

    @app.get("/api/export", summary="the whole story in the rasid.story/1 format (story.json)")
    def export(request: Request) -> dict:
        return request.app.state.store.load_story().to_dict()

    @app.get("/api/story", summary="the export without article texts, as the web UI reads it")
    def story(request: Request, db: Db) -> dict:
        return {**stored_story_view(db), "read_only": not request.app.state.allow_post}


def _add_field_route(app: FastAPI, name: str) -> None:
    def route(db: Db, limit: Limit = 50, offset: Offset = 0) -> dict:
        return _field_page(db, name, queries.Page(limit, offset))
    app.add_api_route(f"/api/{name}", route, methods=["GET"], summary=f"the story's {name}, paged")


def _field_page(db: Connection, name: str, page: queries.Page) -> dict:
    total, items = read_field_page(db, name, page.offset, page.limit)
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": items}


def _load_document(db: Connection, doc_id: str) -> Document:
    table = schema.documents
    row = db.execute(select(table.c.text, table.c.document).where(table.c.id == doc_id)).first()
    if row is None:
        raise ApiError(404, f"no document {doc_id!r}")
    return unpack_document(doc_id, row.text, row.document)


def _entity_view(db: Connection, entity_id: str) -> dict:
    results = read_results(db)
    entity = next((e for e in results.get("entities", []) if e.get("id") == entity_id), None)
    if entity is None:
        raise ApiError(404, f"no entity {entity_id!r}")
    return {**entity,
            "statements": [s for s in results.get("statements", []) if s.get("speaker") == entity_id],
            "stances": [s for s in results.get("stances", []) if s.get("entity") == entity_id]}


def _write_routes(app: FastAPI) -> None:
    @app.post("/api/documents", status_code=201, summary="analyse and store one article (needs --allow-post)",
              description='Body: a JSON record like a JSON Lines input line: {"text" or "html", "title", '
                          '"url", "published", "outlet"}. The story is recomputed over every stored document.')
    def post_document(request: Request, response: Response, record: dict[str, Any]) -> dict:
        if not request.app.state.allow_post:
            raise ApiError(403, "this server is read-only; start it with --allow-post to add articles")
        with request.app.state.writer:
            added = _add_article(request.app.state.store, record)
        if not added["added"]:
            response.status_code = 200  # already stored: nothing was created
        return added


def _add_article(store: Store, record: dict[str, Any]) -> dict:
    raw = record_input("<api>", record)
    if isinstance(raw, RasidError):
        raise ApiError(422, str(raw))
    if raw.doc_id in store.known_ids():
        return {"id": raw.doc_id, "added": False}
    item = process_input(raw, build_pipeline())
    if isinstance(item, RasidError):
        raise ApiError(422, str(item))
    store.add_documents([item])
    store.save_results(build_story(list(store.documents()), AnalysisOptions()))
    return {"id": item.id, "added": True}
