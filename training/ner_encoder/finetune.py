"""Fine-tune the pruned multilingual-e5-small for Arabic NER on the GPU machine, measure it, label news.

Reads the carry folder written by `export_weights.py` (checkpoint, vocab.json, data.json.gz). Phase 1
trains on the first 90 % of ANERcorp's sentences and scores the last 10 % (the CRF's dev split), entity
level, CoNLL style; phase 2 retrains on all of ANERcorp and tags the news sentences, writing silver
`token TAG` files (gzipped, split in parts) and the dev predictions under --out. Labels go on each word's
first piece; later pieces are ignored in the loss.

    python3 finetune.py --carry .carry/nerx --out $OUT --epochs 5
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from e5_file import dequantise_q4
from safetensors.numpy import load_file
from transformers import BertConfig, BertModel

LABELS = ["O"] + [f"{p}-{t}" for t in ("PER", "ORG", "LOC", "MISC") for p in ("B", "I")]
MAX_PIECES = 510   # model positions (512) less <s> and </s>
DEV_SHARE = 0.1
SILVER_PARTS = 6   # output files, each well under the 16 MiB a file that comes back


class Tagger(torch.nn.Module):
    def __init__(self, config: BertConfig) -> None:
        super().__init__()
        self.bert = BertModel(config, add_pooling_layer=False)
        self.dropout = torch.nn.Dropout(0.1)
        self.head = torch.nn.Linear(config.hidden_size, len(LABELS))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        hidden = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
        return self.head(self.dropout(hidden))


def load_encoder(carry: Path, device: str) -> Tagger:
    meta = json.loads((carry / "vocab.json").read_text(encoding="utf-8"))
    config = BertConfig(**{k: v for k, v in meta["config"].items() if k in BertConfig().to_dict()})
    model = Tagger(config)
    state = {}
    shapes = {k: tuple(v.shape) for k, v in model.bert.state_dict().items()}
    for name, array in load_file(str(carry / "e5_pruned.safetensors")).items():
        if name.startswith("q4::"):
            name = name[4:]
            array = dequantise_q4(array.tobytes(), *shapes[name])
        state[name] = torch.from_numpy(array.astype(np.float32))
    missing = model.bert.load_state_dict(state, strict=False)
    print("not in checkpoint:", missing.missing_keys, flush=True)
    return model.to(device)


def windows(pieces: list[list[int]], limit: int = MAX_PIECES) -> list[tuple[int, int]]:
    """Word ranges [a, b) whose pieces fit in one model input."""
    out, start, used = [], 0, 0
    for i, word in enumerate(pieces):
        size = min(len(word), limit)
        if used + size > limit and i > start:
            out.append((start, i))
            start, used = i, 0
        used += size
    out.append((start, len(pieces)))
    return out


def make_examples(pieces_per_sentence, tags_per_sentence=None) -> list[dict]:
    """One example per window: piece ids, first-piece positions and (if tagged) label ids."""
    examples = []
    for s, pieces in enumerate(pieces_per_sentence):
        for a, b in windows(pieces):
            ids, firsts = [], []
            for word in pieces[a:b]:
                firsts.append(len(ids) + 1)
                ids.extend(word[:MAX_PIECES])
            labels = [LABELS.index(t) for t in tags_per_sentence[s][a:b]] if tags_per_sentence else None
            examples.append({"sentence": s, "start": a, "ids": ids[:MAX_PIECES], "firsts": firsts,
                             "labels": labels})
    return examples


def batch_tensors(batch: list[dict], special: dict, device: str):
    width = max(len(e["ids"]) for e in batch) + 2
    ids = torch.full((len(batch), width), special["pad"], dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    labels = torch.full((len(batch), width), -100, dtype=torch.long)
    for row, e in enumerate(batch):
        seq = [special["bos"]] + e["ids"] + [special["eos"]]
        ids[row, :len(seq)] = torch.tensor(seq)
        mask[row, :len(seq)] = 1
        for pos, label in zip(e["firsts"], e["labels"] or []):
            if pos < width - 1:
                labels[row, pos] = label
    return ids.to(device), mask.to(device), labels.to(device)


def train(model: Tagger, examples: list[dict], special: dict, args, device: str) -> None:
    params = [{"params": [p for n, p in model.named_parameters() if "word_embeddings" not in n], "lr": args.lr},
              {"params": model.bert.embeddings.word_embeddings.parameters(), "lr": args.lr * args.emb_lr_share}]
    opt = torch.optim.AdamW(params, weight_decay=0.01)
    steps = args.epochs * math.ceil(len(examples) / args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda i: min(1.0, i / (0.1 * steps)) * max(0.0, (steps - i) / steps))
    rng = random.Random(13)
    model.train()
    for epoch in range(args.epochs):
        order = sorted(examples, key=lambda e: len(e["ids"]) + rng.random() * 8)
        batches = [order[i:i + args.batch] for i in range(0, len(order), args.batch)]
        rng.shuffle(batches)
        total = 0.0
        for batch in batches:
            ids, mask, labels = batch_tensors(batch, special, device)
            with torch.autocast(device, dtype=torch.bfloat16):
                logits = model(ids, mask)
            loss = torch.nn.functional.cross_entropy(logits.float().view(-1, len(LABELS)), labels.view(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item()
        print(f"epoch {epoch + 1}: loss {total / len(batches):.4f}", flush=True)


@torch.no_grad()
def predict(model: Tagger, pieces_per_sentence, special: dict, device: str, batch_size: int = 256):
    model.eval()
    examples = make_examples(pieces_per_sentence)
    tags = [["O"] * len(p) for p in pieces_per_sentence]
    order = sorted(examples, key=lambda e: len(e["ids"]))
    for i in range(0, len(order), batch_size):
        batch = order[i:i + batch_size]
        ids, mask, _ = batch_tensors(batch, special, device)
        with torch.autocast(device, dtype=torch.bfloat16):
            best = model(ids, mask).argmax(-1).cpu().numpy()
        for row, e in enumerate(batch):
            for k, pos in enumerate(e["firsts"]):
                if pos < best.shape[1]:
                    tags[e["sentence"]][e["start"] + k] = LABELS[best[row, pos]]
    return [repair_iob(t) for t in tags]


def repair_iob(tags: list[str]) -> list[str]:
    out = []
    for tag in tags:
        if tag.startswith("I-") and (not out or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    found, start, kind = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            found.add((start, i, kind))
            start = None
        if tag.startswith("B-"):
            start, kind = i, tag[2:]
    return found


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    counts: dict[str, list[int]] = {}
    for g, p in zip(gold, pred):
        gs, ps = spans(g), spans(p)
        for label in {s[2] for s in gs | ps} | {"ALL"}:
            c = counts.setdefault(label, [0, 0, 0])
            gl = {s for s in gs if label in ("ALL", s[2])}
            pl = {s for s in ps if label in ("ALL", s[2])}
            c[0] += len(gl & pl); c[1] += len(pl); c[2] += len(gl)
    table = {}
    for label, (tp, np_, ng) in sorted(counts.items()):
        p, r = tp / np_ if np_ else 0.0, tp / ng if ng else 0.0
        table[label] = {"p": round(100 * p, 1), "r": round(100 * r, 1),
                        "f1": round(200 * p * r / (p + r), 1) if p + r else 0.0, "gold": ng}
    return table


def write_tagged(path: Path, words, tags_a, tags_b=None) -> None:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as fh:
        for s, sentence in enumerate(words):
            for i, word in enumerate(sentence):
                extra = f" {tags_b[s][i]}" if tags_b else ""
                fh.write(f"{word} {tags_a[s][i]}{extra}\n")
            fh.write("\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--carry", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--emb-lr-share", type=float, default=1.0)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--skip-full", action="store_true")
    ap.add_argument("--skip-dev", action="store_true", help="only the full retrain and the news labels")
    ap.add_argument("--limit", type=int, default=0, help="smoke test: use only this many sentences of each set")
    ap.add_argument("--extra-repeat", type=int, default=1, help="times the extra gold (hand-labelled news) is added")
    args = ap.parse_args()
    device = "cuda" if torch.cuda.is_available() else "cpu"
    torch.manual_seed(13)
    with gzip.open(args.carry / "data.json.gz", "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    if args.limit:
        data = {"special": data["special"], **{part: {k: v[-args.limit:] for k, v in data[part].items()}
                                               for part in ("gold", "news", "extra") if part in data}}
    special, gold = data["special"], data["gold"]
    n_dev = round(len(gold["tags"]) * DEV_SHARE)
    cut = len(gold["tags"]) - n_dev
    report = {"args": {k: str(v) for k, v in vars(args).items()}, "device": torch.cuda.get_device_name() if device == "cuda" else "cpu"}
    started = time.time()
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.skip_dev:
        measure_dev(args, data, cut, special, device, report)
    if not args.skip_full:
        label_news(args, data, special, device, report)
    report["seconds"] = round(time.time() - started, 1)
    (args.out / "report.json").write_text(json.dumps(report, indent=1))
    print(json.dumps({k: v for k, v in report.items() if k != "dev"}), flush=True)
    return 0


def extra_examples(args, data: dict) -> list[dict]:
    """The hand-labelled news exported with `--extra-gold`, `--extra-repeat` times (none when not exported)."""
    extra = data.get("extra")
    return make_examples(extra["pieces"], extra["tags"]) * args.extra_repeat if extra else []


def measure_dev(args, data: dict, cut: int, special: dict, device: str, report: dict) -> None:
    gold = data["gold"]
    started = time.time()
    model = load_encoder(args.carry, device)
    train(model, make_examples(gold["pieces"][:cut], gold["tags"][:cut]) + extra_examples(args, data), special, args,
          device)
    dev_pred = predict(model, gold["pieces"][cut:], special, device)
    report["dev"] = score(gold["tags"][cut:], dev_pred)
    report["dev_seconds"] = round(time.time() - started, 1)
    print(json.dumps(report["dev"], indent=1), flush=True)
    write_tagged(args.out / "dev_predictions.txt", gold["words"][cut:], gold["tags"][cut:], dev_pred)


def label_news(args, data: dict, special: dict, device: str, report: dict) -> None:
    gold, news = data["gold"], data["news"]
    model = load_encoder(args.carry, device)
    train(model, make_examples(gold["pieces"], gold["tags"]) + extra_examples(args, data), special, args, device)
    t0 = time.time()
    tags = predict(model, news["pieces"], special, device)
    report["label_seconds"] = round(time.time() - t0, 1)
    report["news_tokens"] = sum(len(s) for s in news["words"])
    per_part = math.ceil(len(tags) / SILVER_PARTS)
    for part in range(SILVER_PARTS):
        sl = slice(part * per_part, (part + 1) * per_part)
        write_tagged(args.out / f"silver_{part}.txt.gz", news["words"][sl], tags[sl])


if __name__ == "__main__":
    sys.exit(main())
