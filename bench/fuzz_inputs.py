"""A long fuzz run over the readers and every stage: hostile files made from the sample articles, each read and
analysed as `rasid analyze` would, with a time limit per input. Prints the counts as JSON.

    PYTHONPATH=src python bench/fuzz_inputs.py [--inputs 1000] [--seed 7] [--limit-s 60]

An input ends in one of four ways: analysed (documents came out), named (rasid refused it with an
`IngestError`/`StageError` naming the input and the reason), traceback (any other exception: a defect), or
hang (over the time limit: a defect). The families: bytes flipped, cut or repeated; NUL and control bytes;
lone surrogates and odd code points in JSON records; fields of every JSON type; nesting thousands deep (JSON
and HTML); a line of hundreds of thousands of characters without a space; mixed encodings; a record per line
with one bad line among good ones.
"""
from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from rasid.errors import RasidError
from rasid.ingest import iter_inputs
from rasid.processing import process_input
from rasid.registry import build_pipeline

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "iraq-coalition"
ODD = ["\ud800", "\udfff", "\x00", "\x07", "\u202e", "\ufeff", "\u200b", "\U0001F600", "\uFFFF", "\r", "\u0640" * 50]
VALUES = [None, 1, 1.5, True, [], ["x"], {}, {"a": 1}, "", "not a date", "2024-13-45", "javascript:alert(1)"]


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


def articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*")) if p.is_file()]
    if not texts:
        raise SystemExit(f"no sample articles in {SAMPLE}")
    return texts


def hostile(rng: random.Random, text: str) -> tuple[str, bytes]:
    """One hostile file (suffix, bytes) made from an article."""
    data = text.encode("utf-8")
    family = rng.randrange(10)
    if family == 0:  # bytes flipped
        raw = bytearray(data)
        for _ in range(rng.randint(1, 50)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        return ".txt", bytes(raw)
    if family == 1:  # cut anywhere, or repeated
        cut = data[:rng.randrange(len(data))]
        return ".txt", cut * rng.choice([1, 1, 3])
    if family == 2:  # NUL and control bytes
        raw = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            raw.insert(rng.randrange(len(raw)), rng.choice([0, 1, 7, 27, 127]))
        return ".txt", bytes(raw)
    if family == 3:  # a JSON record with odd code points and odd field types
        record = {"text": text[:rng.randrange(1, len(text))] + rng.choice(ODD)}
        for field in ("title", "url", "published", "outlet"):
            if rng.random() < 0.6:
                record[field] = rng.choice(VALUES + [rng.choice(ODD)])
        line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
        return ".jsonl", line.encode("utf-8", "surrogatepass")
    if family == 4:  # nesting thousands deep
        depth = rng.choice([1000, 10000, 50000])
        if rng.random() < 0.5:
            return ".jsonl", ("[" * depth + "]" * depth).encode()
        return ".html", ("<html><body>" + "<div>" * depth + f"<p>{text[:2000]}</p>" + "</div>" * depth).encode()
    if family == 5:  # a long line without a space
        return ".txt", (text[:500] + "\n" + "ب" * rng.choice([10_000, 100_000, 400_000])).encode()
    if family == 6:  # another encoding, declared or not
        encoding = rng.choice(["cp1256", "utf-16", "utf-16-le", "iso-8859-6"])
        return ".txt", text.encode(encoding, "replace")
    if family == 7:  # good records with one bad line among them
        good = json.dumps({"text": text}, ensure_ascii=False)
        bad = rng.choice(["{", "[1,2", '{"text": 5}', '"just a string"', "\x00\x00", "{" * 5000])
        return ".jsonl", f"{good}\n{bad}\n{good}".encode()
    if family == 8:  # markup soup
        tags = "".join(rng.choice(["<p>", "</p>", "<div>", "<script>", "</script>", "<<", ">>", "<!--", "&#0;"])
                       for _ in range(200))
        return ".html", (tags + text + tags).encode()
    return ".txt", "".join(rng.choice(ODD + [" ", "قال"]) for _ in range(rng.randint(1, 500))).encode("utf-8", "surrogatepass")


def run(inputs: int, seed: int, limit_s: int) -> dict[str, object]:
    rng = random.Random(seed)
    texts = articles()
    pipeline = build_pipeline()
    counts: Counter[str] = Counter()
    defects: list[str] = []
    signal.signal(signal.SIGALRM, _alarm)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for number in range(inputs):
            suffix, data = hostile(rng, rng.choice(texts))
            path = Path(tmp) / f"input{number}{suffix}"
            path.write_bytes(data)
            signal.alarm(limit_s)
            try:
                outcome = "named"
                for item in iter_inputs([path]):
                    result = item if isinstance(item, RasidError) else process_input(item, pipeline)
                    if not isinstance(result, RasidError):
                        outcome = "analysed"
                counts[outcome] += 1
            except Hang:
                counts["hang"] += 1
                defects.append(f"input {number} ({suffix}): over {limit_s} s")
            except Exception:  # noqa: BLE001 - a traceback is what this run counts
                counts["traceback"] += 1
                defects.append(f"input {number} ({suffix}): {traceback.format_exc(limit=3)}")
            finally:
                signal.alarm(0)
                path.unlink(missing_ok=True)
    return {"inputs": inputs, "seed": seed, "counts": dict(counts), "seconds": round(time.perf_counter() - started, 1),
            "defects": defects[:20]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--limit-s", type=int, default=60)
    args = parser.parse_args()
    print(json.dumps(run(args.inputs, args.seed, args.limit_s), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
