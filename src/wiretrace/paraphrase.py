"""The sentence-pair decision: is sentence ``b`` a rewrite (paraphrase) of sentence ``a``?

This is what MSRP and PAN-10 label, and what an editor asks of one copy sentence and the
source sentence it was aligned to. Two scorers, both calibrated to a probability so that 0.5
is the decision cut:

* a logistic regression over 12 features wiretrace already computes (word overlaps, edit
  ratio, number and name mismatches, the MiniLM cosine): cheap, and it works without the
  model (a words-only coefficient set);
* the logit of the small cross-encoder of :mod:`wiretrace.pairmodel`, which reads both
  sentences at once, recalibrated (PAIR_INTERCEPT_MODEL, PAIR_SLOPE_MODEL). ``wiretrace
  eval`` uses it, since it is clearly better on both corpora (held-out accuracy MSRP 0.772
  against 0.731, PAN-10 0.942 against 0.911; docs/evaluation.md), at the cost of two
  forward passes per pair.

All coefficients were fitted on the tuning halves of MSRP and PAN-10 only
(``bench/fit_pair_calibration.py``); the reported halves were never seen.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from .align import content_words, figure_tokens, tokens
from .embed import Embedder
from .pairmodel import PairModel

_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]+")  # capitalised, not sentence-initial
_SUFFIXES = ("ingly", "edly", "ing", "ed", "es", "s", "ly")

PAIR_FEATURES = (
    "cos",  # MiniLM cosine (0 without embeddings)
    "cos_over_70",  # max(0, cos - 0.7): the cosine's effect is not linear
    "cos_over_80",  # max(0, cos - 0.8)
    "content_dice",  # Dice of content-word sets
    "word_dice",  # Dice of all word types (function words included)
    "trigram_dice",  # Dice of word trigrams
    "content_containment",  # shared content words / the smaller content-word set
    "number_mismatch",  # 1 when a number (any token with a digit) is in one sentence only
    "edit_ratio",  # difflib ratio of the token sequences (order-aware)
    "name_mismatch",  # share of capitalised non-initial words found in one sentence only
    "length_gap",  # log(1 + |difference of token counts|)
    "unmatched_min",  # log(1 + the smaller count of content stems the other side lacks)
)

# Logistic regression on PAIR_FEATURES, fitted by
#   OMP_NUM_THREADS=1 .venv/bin/python bench/fit_pair_calibration.py
# on the *tuning* halves only (datasets.stratified_split, seed 20240605) of MSRP (2,037
# pairs) and PAN-10 paraphrase (5,000 pairs), pooled into one fit (L2 = 1 on standardised
# features); the reported halves were not used. One coefficient set for every input, so the
# probability is calibrated on that pooled tuning data, not per corpus (MSRP and PAN-10 call
# different things paraphrases; docs/evaluation.md). PAIR_COEF_WORDS: the same fit without
# the cosine features, used by sentence_pair_probability(..., embedder=None).
PAIR_INTERCEPT = 0.3688
PAIR_COEF = (3.0983, 12.2422, -13.3838, 0.8484, 5.3488, -5.6817, -7.1449, -1.073, 6.6088, -0.6027, -0.2764, -1.6712)  # fmt: skip
PAIR_INTERCEPT_WORDS = 0.4132
PAIR_COEF_WORDS = (0.0, 0.0, 0.0, 3.1397, 7.3265, -6.4421, -6.8468, -1.0438, 6.881, -0.8456, -0.2488, -1.4503)  # fmt: skip
# The pair model's logit, recalibrated: probability = logistic(intercept + slope * logit).
# Fitted on the *combiner parts* only (a seeded fifth of each tuning half that
# bench/fit_pair_model.py keeps out of the adapter's training: 407 MSRP and 1,000 PAN-10
# pairs), so it is not flattered by scores on pairs the adapter was trained on. 5-fold CV
# there preferred the logit alone (accuracy MSRP 0.759, PAN-10 0.955) to the logit with
# the 12 PAIR_FEATURES (0.757, 0.953).
PAIR_INTERCEPT_MODEL = 0.056
PAIR_SLOPE_MODEL = 0.6956


def _stem(word: str) -> str:
    for suf in _SUFFIXES:
        if len(word) > len(suf) + 3 and word.endswith(suf):
            return word[: -len(suf)]
    return word


def _set_dice(x: set[str] | set[tuple[str, ...]], y: set[str] | set[tuple[str, ...]]) -> float:
    return 2 * len(x & y) / (len(x) + len(y)) if (x or y) else 0.0


def _grams(toks: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def sentence_pair_features(a: str, b: str, cos: float | None = None) -> npt.NDArray[np.float64]:
    """The PAIR_FEATURES of one sentence pair, in that order (``cos`` = MiniLM cosine, or None)."""
    ta, tb = tokens(a), tokens(b)
    ca, cb = content_words(ta), content_words(tb)
    sa, sb = {_stem(w) for w in ca}, {_stem(w) for w in cb}
    c = 0.0 if cos is None else float(cos)
    na, nb = set(figure_tokens(ta)), set(figure_tokens(tb))
    names_a = {w.lower() for w in _NAME.findall(a)}
    names_b = {w.lower() for w in _NAME.findall(b)}
    edit = difflib.SequenceMatcher(None, ta, tb, autojunk=False).ratio() if ta or tb else 0.0
    return np.array(
        [
            c,
            max(0.0, c - 0.7),
            max(0.0, c - 0.8),
            _set_dice(ca, cb),
            _set_dice(set(ta), set(tb)),
            _set_dice(_grams(ta, 3), _grams(tb, 3)),
            len(ca & cb) / max(min(len(ca), len(cb)), 1),
            float(bool(na ^ nb)),
            edit,
            len(names_a ^ names_b) / max(len(names_a | names_b), 1),
            float(np.log1p(abs(len(ta) - len(tb)))),
            float(np.log1p(min(len(sa - sb), len(sb - sa)))),
        ],
        dtype=np.float64,
    )


def _logistic(z: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    out: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-np.clip(z, -50.0, 50.0)))
    return out


def _features(
    pairs: Sequence[tuple[str, str]], embedder: Embedder | None
) -> npt.NDArray[np.float64]:
    cos: list[float | None] = [None] * len(pairs)
    if embedder is not None:
        vecs = embedder.encode([t for ab in pairs for t in ab])
        cos = [float(vecs[2 * k] @ vecs[2 * k + 1]) for k in range(len(pairs))]
    return np.array([sentence_pair_features(a, b, c) for (a, b), c in zip(pairs, cos, strict=True)])  # fmt: skip


def sentence_pair_probabilities(
    pairs: Sequence[tuple[str, str]],
    *,
    embedder: Embedder | None = None,
    pair_model: PairModel | None = None,
) -> npt.NDArray[np.float64]:
    """Probability that each ``(a, b)`` is a paraphrase pair (either rewritten from the
    other); 0.5 is the decision cut the sentence-paraphrase evaluations use.

    Symmetric in ``a`` and ``b``. With ``pair_model`` the cross-encoder decides (its
    recalibrated logit; ``embedder`` is not needed); otherwise the 12-feature regression does, with the MiniLM cosine
    when ``embedder`` is given and the words-only coefficients when it is not.
    """
    if not pairs:
        return np.zeros(0, dtype=np.float64)
    if pair_model is not None:
        return _logistic(PAIR_INTERCEPT_MODEL + PAIR_SLOPE_MODEL * pair_model.logits(pairs))
    feats = _features(pairs, embedder)
    if embedder is not None:
        return _logistic(PAIR_INTERCEPT + feats @ np.asarray(PAIR_COEF))
    return _logistic(PAIR_INTERCEPT_WORDS + feats @ np.asarray(PAIR_COEF_WORDS))


def sentence_pair_probability(
    a: str, b: str, *, embedder: Embedder | None = None, pair_model: PairModel | None = None
) -> float:
    """:func:`sentence_pair_probabilities` of one pair."""
    return float(sentence_pair_probabilities([(a, b)], embedder=embedder, pair_model=pair_model)[0])  # fmt: skip
