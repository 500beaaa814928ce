"""Sentences and words scored against UD Arabic-PUD (`../shared/data/ud_arabic_pud/`).

- Sentences: PUD's documents are single sentences, so splitting is measured synthetically (as its SOURCE.txt
  says): every `group` consecutive sentences are joined with a space into one paragraph,
  `rasid.text.segment.sentences` splits it, and a predicted boundary counts when it falls exactly where a gold
  sentence ends. Boundary precision, recall and F1 over the boundaries inside paragraphs (the paragraph's own end
  is free), beside a naive baseline (split after `. ! ? ؟` and a space) on the same paragraphs.
- Words: rasid does not split clitics and PUD does, so gold tokens that touch (no space between) with letters or
  digits on both sides of the join are merged into one word (`أن`+`ه` -> `أنه`, `و`+`في` -> `وفي`); gold spans are
  located in each sentence's `# text`, and a predicted token counts when its span is exactly a gold one.

Neither the splitter nor the tokenizer was tuned on PUD. `rasid eval sentences` and `rasid eval tokens` print
these; `eval/eval_sentences.py` and `eval/eval_tokens.py` are the older drivers of the same figures.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..text.segment import sentences
from ..text.tokenize import tokenize
from .saudinewsnet import CorpusMissingError

PUD_FILE = Path("data") / "ud_arabic_pud" / "ar_pud-ud-test.conllu"
NAIVE = re.compile(r"(?<=[.!?؟])\s+")
CONTEXT = 40  # characters shown either side of a wrong boundary
SHOWN_WRONG = 25  # commonest wrong tokens listed


def pud_path(shared: Path) -> Path:
    path = shared / PUD_FILE
    if not path.exists():
        raise CorpusMissingError(f"UD Arabic-PUD not found at {path}")
    return path


# sentences


def read_texts(path: Path) -> list[str]:
    return [line[len("# text = "):].strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# text = ")]


def gold_ends(sents: list[str]) -> set[int]:
    """End offsets of every sentence but the last in `" ".join(sents)`."""
    ends, pos = set(), 0
    for sent in sents[:-1]:
        pos += len(sent)
        ends.add(pos)
        pos += 1
    return ends


def rasid_ends(text: str) -> set[int]:
    return {s.end for s in sentences(text)} - {len(text)}


def naive_ends(text: str) -> set[int]:
    return {m.start() for m in NAIVE.finditer(text)}


def boundary_counts(texts: list[str], group: int, split: Callable[[str], set[int]],
                    errors: list[str] | None = None) -> tuple[int, int, int]:
    """`(true, false, missed)` boundary counts of `split` over paragraphs of `group` sentences."""
    tp = fp = fn = 0
    for i in range(0, len(texts), group):
        text = " ".join(texts[i:i + group])
        gold, predicted = gold_ends(texts[i:i + group]), split(text)
        tp, fp, fn = tp + len(gold & predicted), fp + len(predicted - gold), fn + len(gold - predicted)
        if errors is not None:
            errors += [f"{kind} …{text[max(0, at - CONTEXT):at]}⟂{text[at:at + CONTEXT]}…"
                       for kind, wrong in (("false ", predicted - gold), ("missed", gold - predicted))
                       for at in sorted(wrong)]
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate_sentences(shared: Path, group: int = 5) -> dict[str, Any]:
    """Boundary figures of rasid's splitter and of the naive baseline, and rasid's wrong boundaries."""
    texts = read_texts(pud_path(shared))
    errors: list[str] = []
    rows = {}
    for name, split, log in (("rasid", rasid_ends, errors), ("naive", naive_ends, None)):
        tp, fp, fn = boundary_counts(texts, group, split, log)
        rows[name] = {"gold": tp + fn, **prf(tp, fp, fn)}
    return {"sentences": len(texts), "group": group, **rows, "errors": errors}


# words


def read_sentences(path: Path) -> list[tuple[str, list[str]]]:
    """`(text, surface tokens)` a sentence; a multi-word token's surface form stands for its parts."""
    found: list[tuple[str, list[str]]] = []
    text, tokens, covered_to = "", list[str](), 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text, tokens, covered_to = line[len("# text = "):], [], 0
        elif not line.strip() and text:
            found.append((text, tokens))
            text = ""
        elif line and line[0].isdigit():
            ident, form = line.split("\t")[:2]
            if "-" in ident:
                tokens.append(form)
                covered_to = int(ident.split("-")[1])
            elif "." not in ident and int(ident) > covered_to:
                tokens.append(form)
    return found


def gold_spans(text: str, tokens: list[str]) -> set[tuple[int, int]] | None:
    spans, cursor = set(), 0
    for token in tokens:
        start = text.find(token, cursor)
        if start < 0:
            return None  # the treebank's form differs from the text: the sentence is left out
        spans.add((start, start + len(token)))
        cursor = start + len(token)
    return spans


def join_clitics(text: str, spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and joined[-1][1] == start and text[start - 1].isalnum() and text[start].isalnum():
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return set(joined)


def evaluate_tokens(shared: Path) -> dict[str, Any]:
    """Word precision, recall and F1 of the tokenizer, the sentences left out, and the commonest errors."""
    tp = fp = fn = skipped = 0
    wrong: Counter[str] = Counter()
    pud = read_sentences(pud_path(shared))
    for text, tokens in pud:
        gold = gold_spans(text, tokens)
        if gold is None:
            skipped += 1
            continue
        gold = join_clitics(text, gold)
        predicted = {(s.start, s.end) for s in tokenize(text)}
        tp, fp, fn = tp + len(gold & predicted), fp + len(predicted - gold), fn + len(gold - predicted)
        wrong.update(f"predicted {text[a:b]!r}" for a, b in predicted - gold)
        wrong.update(f"missed    {text[a:b]!r}" for a, b in gold - predicted)
    return {"gold": tp + fn, "sentences": len(pud) - skipped, "left_out": skipped, **prf(tp, fp, fn),
            "errors": [f"{n:5d}  {w}" for w, n in wrong.most_common(SHOWN_WRONG)]}
