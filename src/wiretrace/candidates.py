"""Candidate retrieval: which stored articles are worth a full pair comparison.

Three cheap signals, none of which compares all pairs:

- **MinHash LSH** over hashed word 4-shingles (numpy, 128 hash functions, 64 bands of 2
  rows) finds verbatim copies, light edits and partial reuse. Band keys are 63-bit
  integers stored in the SQLite store, so a lookup is one indexed query.
- **Article vectors** (mean of the first sentence embeddings, unit length) find
  paraphrase; the search is an exact numpy dot product over a float16 matrix.
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

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
U32 = npt.NDArray[np.uint32]

SHINGLE = 4
NUM_PERM = 128
BANDS = 64
ROWS = NUM_PERM // BANDS
SEED = 20261
PARAMS = f"shingle={SHINGLE};perm={NUM_PERM};bands={BANDS};seed={SEED};hash=crc32-ms64"

_WORD = re.compile(r"\w+", re.UNICODE)
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
    and numbers of two or more digits. Stable 32-bit crc values."""
    out: set[int] = set()
    for s in sentences:
        for m in _TERM.finditer(s):
            if m.start() == 0:
                continue  # a sentence's first word is capitalised anyway
            tok = m.group(0).lower().rstrip("'s").replace(",", "")
            if tok:
                out.add(zlib.crc32(tok.encode("utf-8")))
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


class VectorIndex:
    """Exact nearest neighbours over unit article vectors (float32 matrix, numpy dot).

    At 100k articles x 384 dims the matrix is 154 MB and a query is one matrix-vector
    product (~10 ms on two cores), so no approximate index is needed at this scale;
    the class is the seam where one would go.
    """

    def __init__(self, dim: int = 384) -> None:
        self.dim = dim
        self._ids: list[int] = []
        self._rows: list[npt.NDArray[np.float32]] = []
        self._mat: npt.NDArray[np.float32] | None = None

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, rowid: int, vec: npt.NDArray[np.float32]) -> None:
        self._ids.append(rowid)
        self._rows.append(vec.astype(np.float32))
        self._mat = None

    def search(
        self, vec: npt.NDArray[np.float32], k: int, *, min_score: float = 0.0
    ) -> list[tuple[int, float]]:
        if not self._ids:
            return []
        if self._mat is None:
            self._mat = np.vstack(self._rows)
        scores = self._mat @ vec.astype(np.float32)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(self._ids[i], float(scores[i])) for i in top if scores[i] >= min_score]

    def all_pairs(
        self, min_score: float, k: int = 10, block: int = 2048
    ) -> Iterator[tuple[tuple[int, int], float]]:
        """Each article's ``k`` nearest neighbours at or above ``min_score``, as pairs
        (blockwise matrix products: exact, O(n^2 d) time, O(block x n) memory)."""
        if len(self._ids) < 2:
            return
        if self._mat is None:
            self._mat = np.vstack(self._rows)
        mat = self._mat
        k = min(k + 1, len(self._ids))
        for lo in range(0, len(mat), block):
            sims = mat[lo : lo + block] @ mat.T
            top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
            for r in range(sims.shape[0]):
                a = lo + r
                for b in top[r]:
                    s = float(sims[r, b])
                    if b != a and s >= min_score:
                        x, y = self._ids[a], self._ids[int(b)]
                        yield (min(x, y), max(x, y)), s
