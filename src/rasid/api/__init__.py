"""The HTTP API and web UI of a story store: `create_app(store, allow_post=False)` (see `app.py`).

`create_app` is imported on first use, so that modules of this package that other layers read (`view`, which
`rasid.report` shares) do not pull in the web framework.
"""
from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
