"""Reading and cleaning: raw files, pages and records become immutable cleaned `Document`s.

All normalisation that changes characters happens here, before any offset exists.
"""
from .build import build_document
from .sources import RawInput, iter_inputs

__all__ = ["RawInput", "build_document", "iter_inputs"]
