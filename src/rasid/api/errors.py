"""One JSON error shape for every error the API gives, and the request limits that produce some of them.

Every error, whether raised by a route, by request validation (422), by routing (404, 405) or by the body
limit (413), is `{"error": {"code": ..., "message": ...}}` with the matching HTTP status.
"""
from __future__ import annotations

import hmac
from collections.abc import Sequence

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 6 * 1024 * 1024  # one article record: the 5 MB an article may be, plus its JSON fields

CODES = {400: "bad_request", 401: "unauthorized", 403: "read_only", 404: "not_found", 405: "method_not_allowed",
         413: "too_large", 415: "unsupported_media_type", 422: "invalid", 500: "internal"}


class ApiError(HTTPException):
    """An error a route raises on purpose, with its machine-readable code."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(status_code=status, detail=message)
        self.code = code or CODES.get(status, "error")


def error_response(status: int, message: str, code: str | None = None) -> JSONResponse:
    body = {"error": {"code": code or CODES.get(status, "error"), "message": message}}
    return JSONResponse(body, status_code=status)


def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    status = getattr(exc, "status_code", 500)
    return error_response(status, str(getattr(exc, "detail", exc)), getattr(exc, "code", None))


def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    if not isinstance(exc, RequestValidationError):
        return _internal_error(_request, exc)
    problems = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()]
    return error_response(422, "; ".join(problems) or "invalid request")


def _internal_error(_request: Request, exc: Exception) -> JSONResponse:
    return error_response(500, f"internal error: {type(exc).__name__}")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _internal_error)


class BodyLimit:
    """ASGI middleware: a request body over `limit` bytes is answered 413 before a route reads it."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > self.limit:
            await self._too_large(scope, receive, send)
            return
        await self.app(scope, self._counting(receive), send)

    def _counting(self, receive: Receive) -> Receive:
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise ApiError(413, f"request body is larger than {self.limit} bytes")
            return message
        return counted

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(413, f"request body is larger than {self.limit} bytes")
        await response(scope, receive, send)


class ReadGuard:
    """ASGI middleware: with read tokens set, every `/api/` request but the schema must carry one of them, or a
    write token (`Authorization: Bearer TOKEN`, compared in constant time); else 401 with the JSON error. The
    page and its scripts hold no data and are served to anyone."""

    def __init__(self, app: ASGIApp, tokens: Sequence[bytes]) -> None:
        self.app, self.tokens = app, tuple(tokens)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.tokens or not self._guarded(scope.get("path", "")):
            await self.app(scope, receive, send)
            return
        authorization = dict(scope.get("headers", [])).get(b"authorization", b"").decode("latin-1")
        if bearer_matches(authorization, self.tokens):
            await self.app(scope, receive, send)
            return
        response = error_response(401, "a read token is needed: send 'Authorization: Bearer TOKEN'")
        await response(scope, receive, send)

    @staticmethod
    def _guarded(path: str) -> bool:
        return path.startswith("/api/") and path != "/api/openapi.json"


def bearer_matches(authorization: str | None, tokens: Sequence[bytes]) -> bool:
    """Whether the header carries one of the tokens; every token is compared, each in constant time."""
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return False
    offered = given.strip().encode("utf-8", "replace")
    matches = [hmac.compare_digest(offered, token) for token in tokens]
    return any(matches)


def security_headers() -> list[tuple[str, str]]:
    """The headers every response carries: no inline script can run, nothing loads from elsewhere."""
    policy = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
              "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    return [("Content-Security-Policy", policy), ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer")]


def with_headers(app: ASGIApp, headers: list[tuple[str, str]]) -> ASGIApp:
    encoded = [(k.lower().encode(), v.encode()) for k, v in headers]

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *encoded]}
            await send(message)
        await app(scope, receive, sending if scope["type"] == "http" else send)
    return wrapped

