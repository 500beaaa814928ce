"""The HTTP API and web UI of a story store: `create_app(store, allow_post=False)` (see `app.py`)."""
from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
