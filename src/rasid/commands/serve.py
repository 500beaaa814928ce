"""`rasid serve --db URL`: the JSON API and the web UI over a story store, read-only unless --allow-post."""
from __future__ import annotations

import argparse
import sys

from sqlalchemy.exc import ArgumentError, SQLAlchemyError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, metavar="URL",
                        help="the story store: sqlite:///PATH (e.g. out/rasid.db) or postgresql+psycopg://...")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this machine only)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument("--allow-post", action="store_true",
                        help="let clients POST new articles to /api/documents (they are analysed and stored)")


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..api import create_app
    from ..store import open_store, redacted_url

    try:
        store = open_store(args.db)
    except ArgumentError as exc:
        print(f"rasid: bad --db URL {redacted_url(args.db)!r}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SQLAlchemyError as exc:
        print(f"rasid: cannot open story store {redacted_url(args.db)!r}: {exc.__cause__ or exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"rasid: serving {redacted_url(args.db)} on http://{args.host}:{args.port}/"
          + (" (POST enabled)" if args.allow_post else " (read-only)"), file=sys.stderr)
    uvicorn.run(create_app(store, allow_post=args.allow_post), host=args.host, port=args.port, log_level="warning")
    store.close()
    return EXIT_OK
