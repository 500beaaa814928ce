"""Sentence splitting on UD Arabic-PUD: consecutive `# text` sentences joined into paragraphs, boundaries checked.

PUD's documents are single sentences, so splitting is measured synthetically (as its SOURCE.txt says):
every `--group` consecutive sentences are joined with a space into one paragraph, `rasid.text.segment.sentences`
splits it, and a predicted boundary counts when it falls exactly where a gold sentence ends. Reported:
boundary precision, recall and F1 over the boundaries inside paragraphs (the paragraph's own end is free),
beside a naive baseline (split after `. ! ? ؟` and a space) on the same paragraphs. Neither rasid's
splitter nor its repairs were tuned on PUD.

    PYTHONPATH=src python eval/eval_sentences.py [--group 5] [--errors]
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.text.segment import sentences

PUD = ROOT.parent / "shared" / "data" / "ud_arabic_pud" / "ar_pud-ud-test.conllu"
NAIVE = re.compile(r"(?<=[.!?؟])\s+")
CONTEXT = 40  # characters shown either side of a wrong boundary


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


def evaluate(texts: list[str], group: int, split: Callable[[str], set[int]], errors: list[str] | None = None) -> tuple[int, int, int]:
    """`(true, false, missed)` boundary counts of `split` over paragraphs of `group` sentences."""
    tp = fp = fn = 0
    for i in range(0, len(texts), group):
        text = " ".join(texts[i:i + group])
        gold, predicted = gold_ends(texts[i:i + group]), split(text)
        tp, fp, fn = tp + len(gold & predicted), fp + len(predicted - gold), fn + len(gold - predicted)
        if errors is not None:
            errors += [f"{kind} …{text[max(0, at - CONTEXT):at]}⟂{text[at:at + CONTEXT]}…"
                       for kind, wrong in (("false ", predicted - gold), ("missed", gold - predicted)) for at in sorted(wrong)]
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--group", type=int, default=5, help="sentences joined into one paragraph (default 5)")
    parser.add_argument("--errors", action="store_true", help="list rasid's wrong boundaries")
    args = parser.parse_args()
    if not PUD.exists():
        sys.exit(f"UD Arabic-PUD not found at {PUD}")
    texts = read_texts(PUD)
    errors: list[str] = []
    print(f"UD Arabic-PUD, {len(texts)} sentences in paragraphs of {args.group}\n")
    print("| splitter | gold boundaries | precision | recall | F1 |\n|---|---|---|---|---|")
    for name, split, log in (("rasid", rasid_ends, errors), ("naive `[.!?؟] `", naive_ends, None)):
        tp, fp, fn = evaluate(texts, args.group, split, log)
        p, r, f = prf(tp, fp, fn)
        print(f"| {name} | {tp + fn} | {p:.3f} | {r:.3f} | {f:.3f} |")
    if args.errors:
        print("\n" + "\n".join(errors))


if __name__ == "__main__":
    main()
