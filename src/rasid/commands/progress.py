"""A progress bar on stderr with throughput, shown only when a run takes long enough to need one."""
from __future__ import annotations

import sys

from tqdm import tqdm

from ..errors import RasidError
from ..model import Document

SHOW_AFTER_SECONDS = 0.5  # a run of a handful of articles finishes before a bar would help


class Progress:
    """Counts finished documents and failures; `update` is the `on_item` hook of `rasid.analyze`."""

    def __init__(self, enabled: bool = True, total: int | None = None) -> None:
        self.failed = 0
        self.bar = tqdm(total=total, unit="doc", file=sys.stderr, disable=not enabled, delay=SHOW_AFTER_SECONDS,
                        dynamic_ncols=True, desc="analysing")

    def update(self, item: Document | RasidError) -> None:
        if isinstance(item, RasidError):
            self.failed += 1
            self.bar.set_postfix(failed=self.failed, refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        self.bar.close()
