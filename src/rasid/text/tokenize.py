"""An offset-preserving tokenizer: every token is a `Span` whose characters are the original text's.

Words keep their diacritics and tatweel; numbers keep their inner separators (`3.5`, `2/4`, `1,000`,
`٢٠٢٤`); every other non-space character is a token of its own. Clitics are not split here: the stages
that need stems (entities, search) look at affixes themselves.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Span

_TOKEN = re.compile(
    r"""
    (?P<num>[0-9٠-٩۰-۹]+(?:[.,/:٫٬][0-9٠-٩۰-۹]+)*)     # 3.5  2/4  1,000  3:20
    |(?P<word>[^\W\d_](?:[^\W\d_]|[\u064b-\u065f\u0670\u0640\u200c\u200d])*)   # letters with marks
    |(?P<mark>[\u064b-\u065f\u0670\u0640]+)           # stray marks stay one token
    |(?P<sym>\S)
    """,
    re.VERBOSE,
)


def tokenize(text: str) -> Iterator[Span]:
    """Yield one span a token, labelled `num`, `word`, `mark` or `sym`."""
    for match in _TOKEN.finditer(text):
        yield Span(match.start(), match.end(), match.lastgroup or "sym")


def token_texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in tokenize(text)]
