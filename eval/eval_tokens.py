"""The tokenizer against UD Arabic-PUD's tokens with clitics joined back: rasid does not split clitics, and
PUD splits them without multi-word-token lines, so gold tokens that touch (no space between) with letters
or digits on both sides of the join are merged into one word (`أن`+`ه` -> `أنه`, `و`+`في` -> `وفي`).
Gold spans are located in each sentence's `# text`; a predicted token counts when its span is exactly a
gold one. Prints precision, recall and F1, and with `--errors` the commonest wrong tokens.

    PYTHONPATH=src python eval/eval_tokens.py [--errors]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.text.tokenize import tokenize

PUD = ROOT.parent / "shared" / "data" / "ud_arabic_pud" / "ar_pud-ud-test.conllu"


def read_sentences(path: Path) -> list[tuple[str, list[str]]]:
    """`(text, surface tokens)` a sentence; a multi-word token's surface form stands for its parts."""
    sentences, text, tokens, covered_to = [], "", [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text, tokens, covered_to = line[len("# text = "):], [], 0
        elif not line.strip() and text:
            sentences.append((text, tokens))
            text = ""
        elif line and line[0].isdigit():
            ident, form = line.split("\t")[:2]
            if "-" in ident:
                tokens.append(form)
                covered_to = int(ident.split("-")[1])
            elif "." not in ident and int(ident) > covered_to:
                tokens.append(form)
    return sentences


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list the commonest wrong tokens")
    args = parser.parse_args()
    if not PUD.exists():
        sys.exit(f"UD Arabic-PUD not found at {PUD}")
    tp = fp = fn = skipped = 0
    wrong: Counter[str] = Counter()
    for text, tokens in read_sentences(PUD):
        gold = gold_spans(text, tokens)
        if gold is None:
            skipped += 1
            continue
        gold = join_clitics(text, gold)
        predicted = {(s.start, s.end) for s in tokenize(text)}
        tp, fp, fn = tp + len(gold & predicted), fp + len(predicted - gold), fn + len(gold - predicted)
        wrong.update(f"predicted {text[a:b]!r}" for a, b in predicted - gold)
        wrong.update(f"missed    {text[a:b]!r}" for a, b in gold - predicted)
    p, r = tp / (tp + fp), tp / (tp + fn)
    print(f"UD Arabic-PUD words (clitics joined): {tp + fn} gold in {len(read_sentences(PUD)) - skipped} sentences "
          f"({skipped} left out)\nprecision {p:.3f}  recall {r:.3f}  F1 {2 * p * r / (p + r):.3f}")
    if args.errors:
        print("\n".join(f"{n:5d}  {w}" for w, n in wrong.most_common(25)))


if __name__ == "__main__":
    main()
