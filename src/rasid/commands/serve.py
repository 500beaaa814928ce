"""`rasid serve --db URL`: the JSON API and the web UI over a story store, read-only unless --allow-post.

Writes can be limited to holders of a token: `--token-file PATH` (one token a line) or the environment
variable `RASID_WRITE_TOKEN`; reads too, with `--read-token-file PATH` or `RASID_READ_TOKEN` (a write token
reads as well; the web page asks for the token once and keeps it for the browser tab). A server that listens
beyond this machine takes posts only with a token: without one, `--allow-post` on a non-loopback address is
refused. Tokens are never printed or logged.
"""
from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from pathlib import Path

from sqlalchemy.exc import ArgumentError, SQLAlchemyError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
TOKEN_ENV = "RASID_WRITE_TOKEN"
READ_TOKEN_ENV = "RASID_READ_TOKEN"
MIN_TOKEN_CHARS = 16  # a shorter token is guessable


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, metavar="URL",
                        help="the story store: sqlite:///PATH (e.g. out/rasid.db) or postgresql+psycopg://...")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this machine only)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument("--allow-post", action="store_true",
                        help="let clients POST new articles to /api/documents (queued, analysed and stored)")
    parser.add_argument("--token-file", type=Path, metavar="PATH",
                        help=f"write tokens, one a line; posts must send 'Authorization: Bearer TOKEN' "
                             f"(or set {TOKEN_ENV})")
    parser.add_argument("--read-token-file", type=Path, metavar="PATH",
                        help=f"read tokens, one a line: every /api/ request must then send one (or a write token); "
                             f"the web page asks for it once (or set {READ_TOKEN_ENV})")


class ServeError(Exception):
    """A setting `rasid serve` refuses, with the reason."""


def write_tokens(token_file: Path | None) -> list[str]:
    """The tokens of `--token-file` and of `RASID_WRITE_TOKEN`."""
    return _tokens(token_file, TOKEN_ENV, "write")


def read_tokens(token_file: Path | None) -> list[str]:
    """The tokens of `--read-token-file` and of `RASID_READ_TOKEN`."""
    return _tokens(token_file, READ_TOKEN_ENV, "read")


def _tokens(token_file: Path | None, env: str, kind: str) -> list[str]:
    """The `kind` tokens of a file (one a line) and of the variable `env`, each at least `MIN_TOKEN_CHARS` long."""
    option = "--token-file" if kind == "write" else "--read-token-file"
    tokens = []
    if token_file is not None:
        try:
            tokens += [line.strip() for line in token_file.read_text(encoding="utf-8").splitlines() if line.strip()]
        except (OSError, UnicodeDecodeError) as exc:
            raise ServeError(f"cannot read {option} {token_file}: {exc}") from exc
        if not tokens:
            raise ServeError(f"{option} {token_file} holds no token")
    if os.environ.get(env, "").strip():
        tokens.append(os.environ[env].strip())
    if any(len(token) < MIN_TOKEN_CHARS for token in tokens):
        raise ServeError(f"a {kind} token must have at least {MIN_TOKEN_CHARS} characters")
    return tokens


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: it may resolve beyond this machine


def check_settings(args: argparse.Namespace) -> list[str]:
    """The write tokens, once the settings are safe to serve: posts off loopback need a token."""
    tokens = write_tokens(args.token_file)
    if args.allow_post and not tokens and not is_loopback(args.host):
        raise ServeError(f"--allow-post on {args.host} (beyond this machine) needs a write token: "
                         f"--token-file PATH or {TOKEN_ENV}")
    return tokens


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..api import create_app
    from ..store import open_store, redacted_url

    try:
        tokens = check_settings(args)
        readers = read_tokens(args.read_token_file)
    except ServeError as exc:
        print(f"rasid serve: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        store = open_store(args.db)
    except ArgumentError as exc:
        print(f"rasid: bad --db URL {redacted_url(args.db)!r}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SQLAlchemyError as exc:
        print(f"rasid: cannot open story store {redacted_url(args.db)!r}: {exc.__cause__ or exc}", file=sys.stderr)
        return EXIT_FAILED
    mode = ("read-only" if not args.allow_post else ("POST with a token" if tokens else "POST enabled")) + (
        ", reads with a token" if readers else "")
    print(f"rasid: serving {redacted_url(args.db)} on http://{args.host}:{args.port}/ ({mode})", file=sys.stderr)
    uvicorn.run(create_app(store, allow_post=args.allow_post, write_tokens=tokens, read_tokens=readers),
                host=args.host, port=args.port, log_level="warning")
    store.close()
    return EXIT_OK
