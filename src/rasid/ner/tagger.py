"""The shipped CRF tagger: loads `models/ner_crf.crfsuite` once and tags sentences of words with IOB2.

`CrfTagger.tag(words)` returns one tag a word (`B-PER`, `I-ORG`, `O`, ...). The model is a linear-chain
CRF (CRFsuite) over the features of `rasid.ner.features`; it is trained by `rasid train ner`.
"""
from __future__ import annotations

from contextlib import ExitStack
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from ..errors import RasidError
from .features import FeatureExtractor

MODEL_FILE = "ner_crf.crfsuite"


class ModelMissingError(RasidError):
    """The NER model file is not where rasid looks for it."""

    def __init__(self, path: str) -> None:
        super().__init__(f"NER model not found at {path}; train it with `rasid train ner`")


class CrfTagger:
    """A CRFsuite model plus the feature extractor it was trained with."""

    def __init__(self, model_path: Path | None = None, features: FeatureExtractor | None = None) -> None:
        self._files = ExitStack()
        if model_path is None:
            model_path = self._files.enter_context(resources.as_file(resources.files("rasid.models") / MODEL_FILE))
        if not Path(model_path).is_file():
            raise ModelMissingError(str(model_path))
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))
        self.features = features or FeatureExtractor()
        self.model_path = Path(model_path)

    def tag(self, words: list[str]) -> list[str]:
        """One IOB2 tag a word; an empty sentence gives an empty list."""
        if not words:
            return []
        return list(self._tagger.tag(self.features.sentence_features(words)))

    def tag_marginals(self, words: list[str]) -> tuple[list[str], list[float]]:
        """Tags and, for each word, the marginal probability of its tag (a confidence score)."""
        tags = self.tag(words)
        return tags, [self._tagger.marginal(tag, i) for i, tag in enumerate(tags)] if tags else []


@cache
def default_tagger() -> CrfTagger:
    """The shipped model, loaded once a process."""
    return CrfTagger()
