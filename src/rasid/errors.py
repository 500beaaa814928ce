"""Errors that carry their context: which input, which line, which stage, and why."""
from __future__ import annotations

import pickle


class RasidError(Exception):
    """Base of every error rasid raises on purpose."""


class IngestError(RasidError):
    """An input could not be read or cleaned into a document."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        return (IngestError, (self.source, self.reason, self.line))


class SkippedInput(IngestError):
    """An input with nothing to analyse — no text, nothing left once the page furniture is removed, or not
    Arabic. It is named and counted, but by default does not fail a run (`rasid analyze --fail-on-skip`)."""

    def __reduce__(self) -> tuple[object, ...]:
        return (SkippedInput, (self.source, self.reason, self.line))


class StageError(RasidError):
    """A per-document stage failed on one document."""

    def __init__(self, stage: str, doc_id: str, source: str, cause: BaseException) -> None:
        self.stage = stage
        self.doc_id = doc_id
        self.source = source
        self.cause = cause
        super().__init__(f"{source}: stage {stage!r} failed on document {doc_id}: {type(cause).__name__}: {cause}")

    def __reduce__(self) -> tuple[object, ...]:
        # the cause may hold what cannot be pickled (a model, a lock): it crosses processes as its message
        cause = self.cause if _picklable(self.cause) else RuntimeError(f"{type(self.cause).__name__}: {self.cause}")
        return (StageError, (self.stage, self.doc_id, self.source, cause))


def _picklable(value: object) -> bool:
    try:
        pickle.dumps(value)
    except Exception:  # noqa: BLE001 - any failure means "send the message instead"
        return False
    return True


class PipelineOrderError(RasidError):
    """A pipeline was built with a stage before the layers it requires."""

    def __init__(self, stage: str, missing: list[str]) -> None:
        self.stage = stage
        self.missing = missing
        super().__init__(f"stage {stage!r} requires layer(s) {', '.join(missing)} that no earlier stage produces")


class UnknownNameError(RasidError):
    """A stage, corpus step or model name that rasid does not know."""

    def __init__(self, kind: str, name: str, known: list[str]) -> None:
        super().__init__(f"unknown {kind} {name!r}; known: {', '.join(sorted(known))}")
