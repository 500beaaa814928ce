"""A progress bar on stderr with throughput (documents and megabytes of cleaned text a second), shown only when a
run takes long enough to need one."""
from __future__ import annotations

import sys
import time

from tqdm import tqdm

from ..errors import RasidError
from ..model import Document

SHOW_AFTER_SECONDS = 0.5  # a run of a handful of articles finishes before a bar would help


class Progress:
    """Counts finished documents and failures; `update` is the `on_item` hook of `rasid.analyze`."""

    def __init__(self, enabled: bool = True, total: int | None = None) -> None:
        self.failed = 0
        self.text_bytes = 0
        self.started = time.perf_counter()
        self.bar = tqdm(total=total, unit="doc", file=sys.stderr, disable=not enabled, delay=SHOW_AFTER_SECONDS,
                        dynamic_ncols=True, desc="analysing")

    def update(self, item: Document | RasidError) -> None:
        if isinstance(item, RasidError):
            self.failed += 1
        else:
            self.text_bytes += len(item.text.encode("utf-8"))
        self.bar.set_postfix_str(self.postfix(), refresh=False)
        self.bar.update(1)

    def postfix(self) -> str:
        """`1.23 MB/s`, and the failures so far when there are any."""
        seconds = max(time.perf_counter() - self.started, 1e-9)
        text = f"{self.text_bytes / 1e6 / seconds:.2f} MB/s"
        return text + (f", failed={self.failed}" if self.failed else "")

    def step(self, name: str) -> None:
        """The corpus step now running (`entities`, `saving`, ...), shown in place of the bar's label: after the
        last document the run goes on for a while, and says with what."""
        self.bar.set_description_str(name, refresh=True)

    def close(self) -> None:
        self.bar.close()
