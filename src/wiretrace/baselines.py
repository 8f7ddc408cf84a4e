"""The two baselines ``wiretrace eval`` runs beside wiretrace, on the same items.

* lexical: word n-gram containment (Unicode word tokens, so Urdu works); n and the
  decision threshold(s) are tuned on the tuning split only.
* embedding: MiniLM sentence-embedding cosine: sentence pairs by cosine, documents by
  the cosine of the mean sentence vectors or the best-match mean (for each copy sentence
  its most similar source sentence, averaged), the variant and threshold(s) tuned.

Threshold search is generic: :func:`tune_ordinal` finds ``k - 1`` ascending cut points
on a score for ``k`` ordered classes (k = 2 is the usual binary threshold). The metrics
the harness reports (P/R/F1, macro-F1, bootstrap intervals, passage matching) live here
too, so baselines and harness score with the same code.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from .article import Sentence
from .embed import Embedder, Vectors
from .sentences import split

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
Metric = Callable[[IntArray, IntArray], float]

_WORD = re.compile(r"\w+", re.UNICODE)
NGRAM_SIZES = (1, 2, 3)
N_BOOT = 1000
BOOT_SEED = 12345
TOLERANCE = 30  # pan13 offsets drift by up to ~30 characters


# -- lexical -------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """Lower-cased Unicode word tokens (Urdu, Latin, digits)."""
    return tuple(m.group().lower() for m in _WORD.finditer(text))


def ngrams(toks: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def containment(copy: str, source: str, n: int) -> float:
    """Share of the copy's word n-grams that occur in the source (Broder's containment)."""
    c = ngrams(tokens(copy), n)
    if not c:
        return 0.0
    return len(c & ngrams(tokens(source), n)) / len(c)


def sym_containment(a: str, b: str, n: int) -> float:
    """Mean of the containment in both directions (for sentence pairs, where neither side is the source)."""
    return 0.5 * (containment(a, b, n) + containment(b, a, n))


# -- embedding -----------------------------------------------------------------------------------


class DocEmbeddings:
    """Sentence vectors per document text, split and encoded once per run."""

    def __init__(self, embedder: Embedder):
        self.embedder = embedder
        self._sents: dict[str, list[Sentence]] = {}
        self._vecs: dict[str, Vectors] = {}

    def sentences(self, text: str) -> list[Sentence]:
        if text not in self._sents:
            self._sents[text] = split(text)
        return self._sents[text]

    def vectors(self, text: str) -> Vectors:
        if text not in self._vecs:
            sents = [s.text for s in self.sentences(text)] or [text]
            self._vecs[text] = self.embedder.encode(sents)
        return self._vecs[text]

    def prefetch(self, texts: Sequence[str]) -> None:
        """Encode the sentences of many texts in big batches (faster than one text at a time)."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._vecs]
        flat: list[str] = []
        for t in todo:
            flat += [s.text for s in self.sentences(t)] or [t]
        if flat:
            self.embedder.encode(flat)  # fills the embedder's cache
        for t in todo:
            self.vectors(t)

    def mean_cosine(self, copy: str, source: str) -> float:
        a = self.vectors(copy).mean(axis=0)
        b = self.vectors(source).mean(axis=0)
        den = float(np.linalg.norm(a) * np.linalg.norm(b)) or 1.0
        return float(a @ b) / den

    def best_match(self, copy: str, source: str) -> float:
        sims = self.vectors(copy) @ self.vectors(source).T
        return float(sims.max(axis=1).mean())

    def sentence_matches(self, copy: str, source: str) -> FloatArray:
        """For each copy sentence, the cosine of its most similar source sentence."""
        sims = self.vectors(copy) @ self.vectors(source).T
        return np.asarray(sims.max(axis=1), dtype=np.float64)


def pair_cosines(embedder: Embedder, pairs: Sequence[tuple[str, str]]) -> FloatArray:
    va = embedder.encode([a for a, _ in pairs])
    vb = embedder.encode([b for _, b in pairs])
    return np.asarray((va * vb).sum(axis=1), dtype=np.float64)


# -- threshold tuning ------------------------------------------------------------------------------


def apply_thresholds(scores: FloatArray, cuts: Sequence[float]) -> IntArray:
    """Class index per score: the number of cut points it reaches (0 .. len(cuts))."""
    out = np.zeros(len(scores), dtype=np.int64)
    for c in cuts:
        out += (scores >= c).astype(np.int64)
    return out


def _candidates(scores: FloatArray, limit: int) -> list[float]:
    u = np.unique(scores)
    mids = list((u[:-1] + u[1:]) / 2) if len(u) > 1 else []
    cands = [float(u[0]) - 1e-9, *mids, float(u[-1]) + 1e-9] if len(u) else [0.5]
    if len(cands) > limit:
        qs = np.quantile(np.asarray(cands), np.linspace(0, 1, limit))
        cands = sorted({float(q) for q in qs})
    return cands


def tune_ordinal(
    scores: FloatArray, gold: IntArray, k: int, metric: Metric, *, limit: int | None = None
) -> tuple[list[float], float]:
    """``k - 1`` ascending cut points on ``scores`` maximising ``metric(gold, predicted)``.

    Exhaustive over candidate cut points (midpoints between observed scores, thinned to
    quantiles when there are many).
    """
    if limit is None:
        limit = {2: 400, 3: 80}.get(k, 36)
    cands = _candidates(scores, limit)
    best: tuple[float, list[float]] = (-1.0, [cands[0]] * (k - 1))
    for combo in itertools.combinations(cands, k - 1):
        m = metric(gold, apply_thresholds(scores, combo))
        if m > best[0] + 1e-12:  # the first (lowest) cut points win ties: deterministic
            best = (m, list(combo))
    return best[1], best[0]


def tune_choice(
    variants: dict[str, FloatArray], gold: IntArray, k: int, metric: Metric
) -> tuple[str, list[float], float]:
    """Pick the score variant (e.g. n-gram size) and cut points that do best on the tuning items."""
    best: tuple[str, list[float], float] | None = None
    for name, sc in variants.items():
        cuts, m = tune_ordinal(sc, gold, k, metric)
        if best is None or m > best[2] + 1e-12:
            best = (name, cuts, m)
    assert best is not None
    return best


# -- passage alignment (pan13) -------------------------------------------------------------------


def merge_regions(spans: Sequence[tuple[int, int]], gap: int) -> list[tuple[int, int]]:
    """Merge character spans whose gap is at most ``gap`` characters."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a - out[-1][1] <= gap:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def lexical_regions(
    susp: str, src: str, n: int, *, gap: int = 200, min_chars: int = 150
) -> list[tuple[int, int]]:
    """Regions of ``susp`` made of word n-grams shared with ``src``, merged across small gaps."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(susp)]
    src_grams = ngrams(tokens(src), n)
    seeds = [
        (words[i][0], words[i + n - 1][1])
        for i in range(len(words) - n + 1)
        if tuple(w[2] for w in words[i : i + n]) in src_grams
    ]
    return [r for r in merge_regions(seeds, gap) if r[1] - r[0] >= min_chars]


def embedding_regions(
    docs: DocEmbeddings, susp: str, src: str, threshold: float, *, gap: int = 200
) -> list[tuple[int, int]]:
    """Regions of ``susp`` made of sentences whose best source match reaches ``threshold``."""
    sents = docs.sentences(susp)
    if not sents:
        return []
    best = docs.sentence_matches(susp, src)
    spans = [(s.start, s.end) for s, v in zip(sents, best, strict=False) if v >= threshold]
    return merge_regions(spans, gap)


# -- metrics ------------------------------------------------------------------------------------


def binary_prf(gold: IntArray, pred: IntArray) -> dict[str, float]:
    g, p = gold > 0, pred > 0
    tp = float(np.sum(g & p))
    prec = tp / float(np.sum(p)) if np.any(p) else 0.0
    rec = tp / float(np.sum(g)) if np.any(g) else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    acc = float(np.mean(g == p)) if len(g) else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "accuracy": acc}


def multiclass(gold: IntArray, pred: IntArray, k: int) -> dict[str, float]:
    ps, rs, fs = [], [], []
    for c in range(k):
        m = binary_prf((gold == c).astype(np.int64), (pred == c).astype(np.int64))
        ps.append(m["precision"])
        rs.append(m["recall"])
        fs.append(m["f1"])
    acc = float(np.mean(gold == pred)) if len(gold) else 0.0
    return {
        "precision": float(np.mean(ps)),
        "recall": float(np.mean(rs)),
        "macro_f1": float(np.mean(fs)),
        "accuracy": acc,
    }


def f1_metric(gold: IntArray, pred: IntArray) -> float:
    return binary_prf(gold, pred)["f1"]


def acc_metric(gold: IntArray, pred: IntArray) -> float:
    return float(np.mean(gold == pred)) if len(gold) else 0.0


def macro_metric(k: int) -> Metric:
    return lambda g, p: multiclass(g, p, k)["macro_f1"]


def bootstrap(
    n: int, stat: Callable[[IntArray], dict[str, float]], keys: Sequence[str]
) -> dict[str, list[float]]:
    """Percentile 95% intervals of ``stat`` over 1000 seeded resamples of the ``n`` items."""
    if n == 0:
        return {}
    rng = np.random.default_rng(BOOT_SEED)
    vals: dict[str, list[float]] = {k: [] for k in keys}
    for _ in range(N_BOOT):
        m = stat(rng.integers(0, n, size=n))
        for k in keys:
            vals[k].append(m[k])
    return {
        k: [float(np.percentile(v, 2.5)), float(np.percentile(v, 97.5))] for k, v in vals.items()
    }


def confusion(gold: IntArray, pred: IntArray, names: list[str]) -> dict[str, dict[str, int]]:
    """``{gold class: {predicted class: count}}``."""
    return {
        g: {p: int(np.sum((gold == i) & (pred == j))) for j, p in enumerate(names)}
        for i, g in enumerate(names)
    }


def passage_counts(
    pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]], tol: int = TOLERANCE
) -> tuple[int, int, int, int]:
    """(gold found, gold total, predicted correct, predicted total).

    A gold passage is *found* when predicted regions cover at least half of it; a
    predicted region is *correct* when at least half of it lies inside a gold passage
    widened by ``tol`` characters on each side (offsets drift in this corpus).
    """

    def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
        return max(0, min(a[1], b[1]) - max(a[0], b[0]))

    found = sum(1 for g in gold if sum(overlap(g, p) for p in pred) >= 0.5 * (g[1] - g[0]))
    wide = [(g[0] - tol, g[1] + tol) for g in gold]
    correct = sum(
        1 for p in pred if sum(overlap(p, w) for w in merge_regions(wide, 0)) >= 0.5 * (p[1] - p[0])
    )
    return found, len(gold), correct, len(pred)


def passage_metrics(counts: np.ndarray[Any, Any]) -> dict[str, float]:
    f, g, c, p = (float(v) for v in counts.sum(axis=0))
    rec = f / g if g else 0.0
    prec = c / p if p else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1}
