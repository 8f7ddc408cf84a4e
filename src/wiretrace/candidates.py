"""Candidate retrieval: which stored articles are worth a full pair comparison.

Three cheap signals, none of which compares all pairs:

- **MinHash LSH** over hashed word 4-shingles (numpy, 128 hash functions, 64 bands of 2
  rows) finds verbatim copies, light edits and partial reuse. Band keys are 63-bit
  integers stored in the SQLite store, so a lookup is one indexed query.
- **Article vectors** (mean of the first sentence embeddings, unit length) find
  paraphrase; the search is an exact numpy dot product over a float32 matrix, and above
  ``ANN_THRESHOLD`` vectors a usearch HNSW graph re-scored from it (``vectors.py``).
- **Rare terms** (names and numbers that few articles share) keep paraphrase candidates
  precise and find independent reports of the same event.

Everything here is stable across processes (no Python ``hash()``), because the values
are persisted.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .normalize import WORD_MARKS
from .vectors import AnnGraph, digest
from .vectors import available as ann_available

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]

SHINGLE = 4
NUM_PERM = 128
BANDS = 64
ROWS = NUM_PERM // BANDS
SEED = 20261
# words=2: a word keeps its Indic vowel signs and Arabic vowel marks (stores made with
# words split at them rebuild their index from the stored sentences when opened)
PARAMS = (
    f"shingle={SHINGLE};perm={NUM_PERM};bands={BANDS};seed={SEED};hash=crc32-ms64;terms=2;words=2"
)

_WORD = re.compile(f"[\\w{WORD_MARKS}]+")
_CASELESS_WORD = re.compile(f"(?:[^\\W\\d_]|[{WORD_MARKS}]){{3,}}")
_TERM = re.compile(r"(?<![\w])(?:[A-Z][\w'-]{2,}|\d[\d.,]*\d|\d{2,})")
_MASK63 = np.uint64((1 << 63) - 1)

_rng = np.random.default_rng(SEED)
# Multiply-shift hashing: h_i(x) = (a_i * x + b_i) mod 2**64, top 32 bits; a_i odd.
_A: U64 = (_rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
_B: U64 = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
_BAND_SALT: U64 = _rng.integers(1, 2**63, size=(BANDS, ROWS), dtype=np.uint64) | np.uint64(1)
_EMPTY_SIG: U32 = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _token_ids(tokens: Sequence[str]) -> U64:
    return np.fromiter(
        (zlib.crc32(t.encode("utf-8")) for t in tokens), dtype=np.uint64, count=len(tokens)
    )


def shingles(text: str, k: int = SHINGLE) -> U64:
    """Sorted unique 64-bit hashes of the word k-shingles of ``text``."""
    ids = _token_ids(words(text))
    if len(ids) == 0:
        return np.zeros(0, dtype=np.uint64)
    if len(ids) < k:
        k = len(ids)
    n = len(ids) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * np.uint64(0x100000001B3) + ids[j : j + n] + np.uint64(j + 1)
    return np.unique(h)


def minhash(sh: U64) -> U32:
    """MinHash signature (NUM_PERM uint32 values) of a shingle set."""
    if len(sh) == 0:
        return _EMPTY_SIG.copy()
    with np.errstate(over="ignore"):
        # (NUM_PERM, n) products, wrapped mod 2**64; the top 32 bits are the hash value.
        hv = (_A[:, None] * sh[None, :] + _B[:, None]) >> np.uint64(32)
    sig: U32 = hv.min(axis=1).astype(np.uint32)
    return sig


def band_keys(sig: U32) -> list[int]:
    """One 63-bit key per band; the band number is mixed in, so keys of bands never meet."""
    rows = sig.astype(np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        mixed = (rows * _BAND_SALT).sum(axis=1) + np.arange(BANDS, dtype=np.uint64) * np.uint64(
            0x9E3779B97F4A7C15
        )
        mixed ^= mixed >> np.uint64(29)
    return [int(x) for x in (mixed & _MASK63)]


def jaccard_estimate(a: U32, b: U32) -> float:
    return float(np.count_nonzero(a == b)) / NUM_PERM


def containment_estimate(j: float, n_a: int, n_b: int) -> float:
    """|A ∩ B| / |A| from a Jaccard estimate and the set sizes."""
    if n_a == 0 or j <= 0:
        return 0.0
    inter = j * (n_a + n_b) / (1.0 + j)
    return min(1.0, inter / n_a)


def exact_overlap(a: U64, b: U64) -> tuple[float, float, float]:
    """(jaccard, containment of a in b, containment of b in a) of two shingle sets."""
    if len(a) == 0 or len(b) == 0:
        return 0.0, 0.0, 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - inter
    return inter / union, inter / len(a), inter / len(b)


def terms(sentences: Iterable[str]) -> list[int]:
    """Hashes of name-like and number tokens: capitalised words not opening a sentence,
    numbers of two or more digits, and in scripts without case (Arabic, Devanagari, CJK
    ...) every word of three letters or more, since nothing marks a name there; the
    store's document-frequency cut keeps only the rare ones. Stable 32-bit crc values."""
    out: set[int] = set()
    for s in sentences:
        for m in _TERM.finditer(s):
            if m.start() == 0:
                continue  # a sentence's first word is capitalised anyway
            tok = m.group(0).lower().rstrip("'s").replace(",", "")
            if tok:
                out.add(zlib.crc32(tok.encode("utf-8")))
        if not s.isascii():
            for w in _CASELESS_WORD.findall(s):
                if w.lower() == w.upper():
                    out.add(zlib.crc32(w.encode("utf-8")))
    return sorted(out)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the store keeps per article for retrieval."""

    n_shingles: int
    signature: U32
    bands: list[int]
    terms: list[int]


def fingerprint(sentences: Sequence[str]) -> Fingerprint:
    sh = shingles(" ".join(sentences))
    sig = minhash(sh)
    return Fingerprint(len(sh), sig, band_keys(sig), terms(sentences))


# -- article vectors ------------------------------------------------------------------

VECTOR_SENTENCES = 8  # sentences per article vector (the lead and first paragraphs)


def article_vector(sentence_vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Unit-length mean of the first VECTOR_SENTENCES sentence vectors."""
    head = sentence_vectors[:VECTOR_SENTENCES]
    if len(head) == 0:
        return np.zeros(sentence_vectors.shape[1] if sentence_vectors.ndim == 2 else 0, np.float32)
    v = head.mean(axis=0)
    norm = float(np.linalg.norm(v)) or 1.0
    out: npt.NDArray[np.float32] = (v / norm).astype(np.float32)
    return out


ANN_THRESHOLD = 150_000  # vectors from which VectorIndex searches an HNSW graph (measured)


class VectorIndex:
    """Nearest neighbours over unit article vectors (cosine = dot product).

    The vectors live in one growable float32 matrix. Below ``ann_threshold`` vectors a
    search is an exact numpy product (measured at 100k x 384 = 154 MB on two loaded
    cores: one query 8 ms p50, the k-NN graph for ``families`` 134 s, growing as n^2);
    from it on the search goes to a usearch HNSW graph (``wiretrace.vectors``) whose hits are re-scored exactly from the
    matrix. The threshold was chosen by measurement (bench/vector_index.py,
    docs/components.md); ``ann_threshold=None`` keeps exact search at any size, ``0``
    forces the graph. ``cache`` is where the graph is saved between processes (it is
    verified against the vectors and rebuilt when they differ, see ``vectors``).
    """

    def __init__(
        self,
        dim: int = 384,
        *,
        ann_threshold: int | None = ANN_THRESHOLD,
        cache: str | Path | None = None,
    ) -> None:
        self.dim = dim
        self.ann_threshold = ann_threshold
        self.cache = Path(cache) if cache is not None else None
        self._ids = np.zeros(0, dtype=np.int64)
        self._buf = np.zeros((0, dim), dtype=np.float32)
        self._n = 0
        self._ann: AnnGraph | None = None
        self._ann_rows = 0  # leading rows already in the graph

    def __len__(self) -> int:
        return self._n

    @property
    def backend(self) -> str:
        """``"ann"`` when searches go to the HNSW graph, ``"exact"`` otherwise."""
        return "ann" if use_ann(self._n, self.ann_threshold) else "exact"

    def add(self, rowid: int, vec: npt.NDArray[np.float32]) -> None:
        if self._n == len(self._buf):
            cap = max(1024, 2 * len(self._buf))
            buf = np.zeros((cap, self.dim), dtype=np.float32)
            buf[: self._n] = self._buf[: self._n]
            ids = np.zeros(cap, dtype=np.int64)
            ids[: self._n] = self._ids[: self._n]
            self._buf, self._ids = buf, ids
        self._buf[self._n] = vec
        self._ids[self._n] = rowid
        self._n += 1

    @property
    def _mat(self) -> npt.NDArray[np.float32]:
        return self._buf[: self._n]

    def _graph(self) -> AnnGraph | None:
        """The HNSW graph when this size uses one, brought up to date with the matrix."""
        if not use_ann(self._n, self.ann_threshold):
            return None
        ids, mat = self._ids[: self._n], self._mat
        if self._ann is None:
            loaded = AnnGraph.load(self.cache, self.dim, ids, mat) if self.cache else None
            self._ann, self._ann_rows = loaded if loaded else (AnnGraph(self.dim), 0)
            fresh = self._ann_rows < self._n
            self._ann.extend(mat[self._ann_rows :], self._ann_rows)
            self._ann_rows = self._n
            if fresh and self.cache is not None:
                self._ann.save(self.cache, self._n, digest(ids, mat))
        elif self._ann_rows < self._n:  # added since: insert, saved on a later open
            self._ann.extend(mat[self._ann_rows :], self._ann_rows)
            self._ann_rows = self._n
        return self._ann

    def search(
        self, vec: npt.NDArray[np.float32], k: int, *, min_score: float = 0.0
    ) -> list[tuple[int, float]]:
        if not self._n or k <= 0:
            return []
        vec = np.asarray(vec, dtype=np.float32)
        graph = self._graph()
        if graph is not None:
            pos, sc = graph.search(self._mat, vec, k)
        else:
            scores = self._mat @ vec
            k = min(k, len(scores))
            top = np.argpartition(-scores, k - 1)[:k]
            pos = top[np.argsort(-scores[top], kind="stable")]
            sc = scores[pos]
        return [
            (int(self._ids[p]), float(s)) for p, s in zip(pos, sc, strict=True) if s >= min_score
        ]

    def all_pairs(
        self, min_score: float, k: int = 10, block: int = 2048
    ) -> Iterator[tuple[tuple[int, int], float]]:
        """Each article's ``k`` nearest neighbours at or above ``min_score``, as pairs
        (exact: blockwise matrix products, O(n^2 d) time, O(block x n) memory; above the
        threshold: one batched HNSW search, O(n log n))."""
        if self._n < 2:
            return
        mat, ids = self._mat, self._ids[: self._n]
        kk = min(k + 1, self._n)
        graph = self._graph()
        # Exact: about 2**25 scores per block (argpartition makes an int64 copy of them).
        step = 8 * block if graph is not None else max(64, min(block, 2**25 // self._n))
        for lo in range(0, self._n, step):
            if graph is not None:
                top, sims = graph.knn(mat, mat[lo : lo + step], kk)
            else:
                full = mat[lo : lo + step] @ mat.T
                top = np.argpartition(-full, kk - 1, axis=1)[:, :kk]
                sims = np.take_along_axis(full, top, axis=1)
                del full
            rows = np.arange(lo, lo + len(top))[:, None]
            keep = (top >= 0) & (top != rows) & (sims >= min_score)
            a = ids[np.broadcast_to(rows, top.shape)[keep]]
            b = ids[top[keep]]
            for x, y, s in zip(a.tolist(), b.tolist(), sims[keep].tolist(), strict=True):
                yield (min(x, y), max(x, y)), s


def use_ann(n: int, threshold: int | None) -> bool:
    """Whether an index of ``n`` vectors searches the HNSW graph: above the threshold,
    and only when usearch is installed (exact search is always right, only slower)."""
    return threshold is not None and n > 0 and n >= threshold and ann_available()


def vector_cache(store_path: str | Path) -> Path | None:
    """Where the HNSW graph of the store at ``store_path`` is saved (``<store>.vectors``);
    None for an in-memory store."""
    s = str(store_path)
    if not s or s == ":memory:" or s.startswith("file:"):
        return None
    return Path(s + ".vectors")
