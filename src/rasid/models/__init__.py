"""The model files rasid ships (the CRF, the word clusters, the word contexts), and a reader for its tables."""
from __future__ import annotations

import gzip
from collections.abc import Iterator
from importlib import resources


def shipped_rows(name: str) -> Iterator[list[str]]:
    """The tab-separated cells of each line of a gzipped table shipped in this package (none if it is missing)."""
    path = resources.files("rasid.models").joinpath(name)
    if not path.is_file():
        return
    with gzip.open(str(path), "rt", encoding="utf-8") as lines:
        for line in lines:
            yield line.rstrip("\n").split("\t")
