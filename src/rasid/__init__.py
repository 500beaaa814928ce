"""rasid (راصد): a sourced, structured picture of an Arabic news story from articles of many outlets.

    >>> import rasid
    >>> story = rasid.analyze("articles/")
    >>> story.to_dict()["statements"]
"""
from __future__ import annotations

__version__ = "0.1.0"

from .analysis import analyze
from .model import DocMeta, Document, Span
from .story import Story

__all__ = ["DocMeta", "Document", "Span", "Story", "__version__", "analyze"]
