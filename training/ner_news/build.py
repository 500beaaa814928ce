"""Token TAG files for training the tagger on news: hand-labelled names, and silver names from rasid itself.

    python training/ner_news/build.py gold   --out WORK   # WORK/news_gold.txt from training/ner_news/names.json
    python training/ner_news/build.py silver --out WORK --articles 4000   # WORK/silver_*.txt

`gold`: the news-names training set, every round but the held-out ones (`articles*.json`, labelled by hand under `eval/picture/NER_GUIDELINE.md` and
`LABELLING.md`, frozen to offsets in `names*.json`) read from `../shared/data/`, cleaned and segmented as `rasid analyze` does,
each token tagged by the names it overlaps. Names on lines cleaning drops (bylines, datelines) are left out.

`silver`: SaudiNewsNet articles picked by a fixed seed among those no evaluation set or the gold set holds,
tagged with the mentions `rasid analyze` exports for them (the shipped tagger, the completion rules and the
corpus step's linking): self-training data that keeps what the tagger and the rules already know while the
gold news teaches it more. The files hold article text: they stay outside the repository (WORK).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample import evaluation_urls, picked_urls, round_file

from rasid.evaluation.feed import through_stages
from rasid.evaluation.ner import STAGES, exported_mentions
from rasid.evaluation.picture import LineMap, load_picks
from rasid.evaluation.saudinewsnet import iter_days
from rasid.model import Document
from rasid.ner.conll import Sentence, spans_to_sentences, write_conll
from rasid.text.segment import sentences
from rasid.text.tokenize import tokenize

SILVER_SEED = 20261206 + 4
SILVER_FILE_SENTENCES = 10_000
MIN_CHARS, MAX_CHARS = 300, 8000


def tagged(doc: Document, names: list[tuple[int, int, str]]) -> list[Sentence]:
    """The document's sentences as the entities stage sees them, tagged by `names` (cleaned-text offsets)."""
    return spans_to_sentences(doc.text, [(s.start, s.end) for s in sentences(doc.text)],
                              [(t.start, t.end) for t in tokenize(doc.text)], names)


def labelled_rounds() -> list[int]:
    """The rounds whose names are frozen here (`names.json`, `names_round2.json`, ...), in order."""
    rounds = []
    while round_file("names", len(rounds) + 1).exists():
        rounds.append(len(rounds) + 1)
    return rounds


#: rounds labelled to check the shipped model, never trained on (round six checks the model of rounds one to five;
#: since the tenth session round six is the dev set of the rules after the tagger, seven and eight their held-out check;
#: round nine, labelled at the end of the tenth session, was never scored: the next untouched check; round eleven,
#: labelled in the thirteenth session, is the untouched one now)
HELD_OUT_ROUNDS = frozenset({6, 7, 8, 9, 10, 11, 12, 13, 14, 15})


def training_rounds() -> list[int]:
    """The labelled rounds the shipped model is trained on: all but `HELD_OUT_ROUNDS`."""
    return [number for number in labelled_rounds() if number not in HELD_OUT_ROUNDS]


def gold_sentences(shared: Path, rounds: list[int] | None = None) -> list[Sentence]:
    return [s for number in (rounds or training_rounds()) for s in round_sentences(shared, number)]


def round_sentences(shared: Path, number: int) -> list[Sentence]:
    articles = load_picks(shared, None, round_file("articles", number))
    labels = {a["url"]: a["entities"]
              for a in json.loads(round_file("names", number).read_text(encoding="utf-8"))["articles"]}
    out: list[Sentence] = []
    for article, doc in zip(articles, through_stages(({"text": a.content, "url": a.url} for a in articles),
                                                      ("segment",)), strict=True):
        if not isinstance(doc, Document):
            print(f"skipped {article.url}: {doc}", file=sys.stderr)
            continue
        mapping = LineMap(article.content, doc)
        names = [(*span, e["type"]) for e in labels[article.url] if (span := mapping.to_doc(*e["span"]))]
        out.extend(tagged(doc, names))
    return out


def silver_records(shared: Path, count: int) -> list[dict[str, str]]:
    """`count` articles by seed, none of an evaluation set or of the gold set."""
    rounds = 1
    while round_file("articles", rounds).exists():
        rounds += 1
    taken = evaluation_urls(rounds) | picked_urls(rounds)
    pool = {record["url"]: record["content"] for _, record in iter_days(shared / "data" / "news_saudinewsnet" / "dataset")
            if record["url"] not in taken and MIN_CHARS <= len((record.get("content") or "").strip()) <= MAX_CHARS}
    urls = random.Random(SILVER_SEED).sample(sorted(pool), min(count, len(pool)))
    return [{"text": pool[url], "url": url} for url in urls]


def silver_sentences(shared: Path, count: int, batch: int = 500) -> list[Sentence]:
    records = silver_records(shared, count)
    out: list[Sentence] = []
    for first in range(0, len(records), batch):
        documents = [d for d in through_stages(records[first:first + batch], STAGES) if isinstance(d, Document)]
        names: dict[int, list[tuple[int, int, str]]] = {}
        for index, start, end, kind in exported_mentions(documents):
            if kind != "MISC":
                names.setdefault(index, []).append((start, end, kind))
        for index, doc in enumerate(documents):
            out.extend(tagged(doc, names.get(index, [])))
        print(f"{first + len(documents)} articles, {len(out)} sentences", file=sys.stderr)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("gold", "silver"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--articles", type=int, default=4000, help="silver: how many articles")
    parser.add_argument("--rounds", help="gold: comma-separated rounds (default: every labelled round but the "
                        "held-out ones, HELD_OUT_ROUNDS)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.what == "gold":
        rounds = [int(r) for r in args.rounds.split(",")] if args.rounds else None
        written = write_conll(gold_sentences(args.shared, rounds), args.out / "news_gold.txt")
        print(f"{written} sentences -> {args.out / 'news_gold.txt'}")
        return
    found = silver_sentences(args.shared, args.articles)
    random.Random(SILVER_SEED).shuffle(found)
    for number, first in enumerate(range(0, len(found), SILVER_FILE_SENTENCES)):
        path = args.out / f"silver_{number:02d}.txt"
        write_conll(found[first:first + SILVER_FILE_SENTENCES], path)
    print(f"{len(found)} sentences -> {args.out}/silver_*.txt")


if __name__ == "__main__":
    main()
