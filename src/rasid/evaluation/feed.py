"""Labelled articles fed to rasid as users feed it: JSON Lines records (`text`, `url`, and `published` where a
measurement gives the date), read by the same `record_input` as a `.jsonl` file's lines, without a file."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from ..analysis import analyze_inputs
from ..errors import IngestError, RasidError
from ..ingest.sources import RawInput, record_input
from ..model import Document
from ..pipeline import Stage
from ..processing import process_input
from ..registry import build_pipeline
from ..settings import AnalysisOptions
from ..story import Story

SOURCE = "records.jsonl"  # each input is named `records.jsonl:LINE`, LINE counting from 1 in the order given


def record_inputs(records: Iterable[dict[str, Any]]) -> Iterator[RawInput | IngestError]:
    for line, record in enumerate(records, start=1):
        yield record_input(SOURCE, record, line=line)


def through_stages(records: Iterable[dict[str, Any]], stages: Sequence[str],
                   made: Mapping[str, Stage] | None = None) -> list[Document | RasidError]:
    """Each record cleaned and analysed by the named stages, in order (the per-document work of `rasid analyze`);
    `made`: stages already built for some of the names (`rasid.registry.build_pipeline`)."""
    pipeline = build_pipeline(stages, made)
    return [item if isinstance(item, RasidError) else process_input(item, pipeline) for item in record_inputs(records)]


def through_analyze(records: Iterable[dict[str, Any]], **settings: Any) -> Story:
    """The records through the whole of `rasid analyze` (every stage and corpus step), quietly."""
    return analyze_inputs(record_inputs(records), AnalysisOptions(quiet=True, **settings))
