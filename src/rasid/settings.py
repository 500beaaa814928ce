"""Settings that describe themselves (name, default, help), and the options object built from them."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS = (
    Setting("workers", None, "processes for the per-document stages (default: every core)"),
    Setting("question", None, "the story's central question for stances (default: detected from the corpus)"),
    Setting("quiet", False, "no progress bar and no summary on stderr"),
    Setting("stages", None, "comma-separated per-document stages to run (default: all registered, in order)"),
    Setting("fact_disagreements", False, "also report disagreements over stated facts (one source denies what "
            "another states); off by default: none of the 28 judged on the dev days was real"),
    Setting("recompute", False, "rerun the story steps for every story; by default a run over a store reruns them "
            "only for the stories its new articles changed (the same results)"),
)


@dataclass(frozen=True, slots=True)
class AnalysisOptions:
    """Options of one analysis run; every field is a `Setting` above."""

    workers: int | None = None
    question: str | None = None
    quiet: bool = False
    stages: tuple[str, ...] | None = None
    fact_disagreements: bool = False
    recompute: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    def worker_count(self) -> int:
        return max(1, self.workers or os.cpu_count() or 1)
