"""The story store: documents and corpus-level results in SQLite (default) or PostgreSQL, searchable.

    >>> from rasid.store import open_store
    >>> store = open_store("sqlite:///out/rasid.db")
    >>> store.add_documents(docs); store.save_results(story); store.load_story()
"""
from __future__ import annotations

from .store import Store, normalise_url, open_store, redacted_url

__all__ = ["Store", "normalise_url", "open_store", "redacted_url"]
