"""The explicit registry: every per-document stage and every corpus step rasid has, in running order.

One dict literal each and no import-time side effects (the lesson of spaCy's `registrations.py`). A stage
is registered by a factory that takes no arguments and loads what it needs once; the pipeline checks at
build time that the order satisfies every stage's `requires`.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .corpus.disagreements import find_disagreements
from .corpus.entities import entities_step
from .corpus.grouping import group_stories
from .corpus.reuse import by_date_then_source, by_story_rank
from .corpus.stances import find_questions, find_stances
from .corpus.statements import collect_statements
from .corpus.summary import build_summary
from .corpus.time_quantities import quantities, time_expressions
from .corpus.timeline import build_timeline
from .errors import UnknownNameError
from .pipeline import Pipeline, Stage
from .stages.entities import EntityRecognizer
from .stages.quantities import QuantityTagger
from .stages.segment import Segmenter
from .stages.statements import StatementExtractor
from .stages.time import TimeTagger

#: name -> factory, in default running order
STAGES: dict[str, Callable[[], Stage]] = {
    "segment": Segmenter,
    "entities": EntityRecognizer,
    "time": TimeTagger,
    "quantities": QuantityTagger,
    "statements": StatementExtractor,
}

#: layers the stages need and the results do not (re-made by `segment` whenever wanted): dropped after the
#: stages, which saves sending ~700 token spans an article back from each worker, holding them and storing them
WORKING_LAYERS: tuple[str, ...] = ("tokens",)

#: export field -> corpus step, in running order; a field with no step is exported as an empty list
CORPUS_STEPS: dict[str, Callable[[Any], list[dict[str, Any]]]] = {
    "stories": group_stories,
    "entities": entities_step,
    "time_expressions": time_expressions,
    "quantities": quantities,
    "statements": collect_statements,
    "timeline": build_timeline,
    "disagreements": find_disagreements,
    "questions": find_questions,
    "stances": find_stances,
    "summary": build_summary,
}

#: the corpus steps that read the documents alone, no other step's records (grouping sets each document's story,
#: which the entity linking never reads): the first to run, side by side on two workers when there are two
DOCUMENT_STEPS: tuple[str, ...] = ("stories", "entities")

#: the story steps: their records each belong to one story and rest only on that story's documents and what the
#: steps before them found in those documents, so a run reuses an unchanged story's records (`rasid.corpus.reuse`);
#: each maps to the sort key that orders a field's records as a full run does. They run after every other step.
STORY_STEPS: dict[str, Callable[[list[Any]], Callable[[dict[str, Any]], Any]]] = {
    "timeline": by_date_then_source,
    "disagreements": by_story_rank,
    "questions": by_story_rank,
    "stances": by_story_rank,
    "summary": by_story_rank,
}


def build_pipeline(names: Sequence[str] | None = None, made: Mapping[str, Stage] | None = None) -> Pipeline:
    """A checked pipeline of the named stages (default: every registered stage, in registry order).

    `made` gives stages already built for some names (an `EntityRecognizer` over another model, when training
    scripts compare models through the stages); the others are built from the registry.
    """
    chosen = list(names) if names else list(STAGES)
    unknown = [n for n in chosen if n not in STAGES]
    if unknown:
        raise UnknownNameError("stage", unknown[0], list(STAGES))
    made = made or {}
    return Pipeline([made[name] if name in made else STAGES[name]() for name in chosen], WORKING_LAYERS)
