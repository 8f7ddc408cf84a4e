"""Words-only evidence for the relation verdict: features any script has.

The embedding model reads English only. For other languages (Urdu, French, German...) the
verdict rests on these language-independent features (``wordsverdict.decide_lexical`` reads
them): character 4-gram containment over the squashed text (no spaces, no punctuation, no
combining marks, so spelling and spacing habits do not hide a copy), the same per 12-word
window, the local word order the copy shares with its source, and the longest common
word run. Computed only when the model cannot help.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter

import numpy as np
import numpy.typing as npt

from .align import BIGRAMMED, STOPWORDS, Side

_NON_WORD = re.compile(r"[\W_]+")  # also drops combining marks (vowel signs, diacritics)
CHAR_CAP = 200_000  # characters per side for character n-gram sets (1M-char inputs stay fast)
WORD_CAP = 50_000  # words per side for word order and the longest common word run
WINDOW = 12  # words per copy window (windows overlap by half)


def _squash(text: str) -> str:
    """Text as one string of word characters: Unicode-normalised, lower-cased, without
    spaces, punctuation or combining marks, so that spacing habits (Urdu writers join and
    split words freely) and diacritics do not hide a copy."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", text).lower())


def _char_grams(s: str, n: int = 4) -> set[str]:
    return {s[k : k + n] for k in range(len(s) - n + 1)}


_HASH_BASE = 0x9E3779B97F4A7C15  # odd, so invertible modulo 2**64
_HASH_INV = pow(_HASH_BASE, -1, 2**64)


def _prefix_hashes(ids: npt.NDArray[np.uint64]) -> tuple[npt.NDArray[np.uint64], ...]:
    """Prefix sums of ``ids[k] * B**k`` and the powers ``B**-k`` (uint64 arithmetic wraps,
    i.e. works modulo 2**64), so that any window's polynomial hash is O(1)."""
    n = len(ids)
    powers = np.full(n, _HASH_BASE, dtype=np.uint64)
    powers[0] = 1
    powers = np.cumprod(powers, dtype=np.uint64)
    inverse = np.full(n + 1, _HASH_INV, dtype=np.uint64)
    inverse[0] = 1
    inverse = np.cumprod(inverse, dtype=np.uint64)
    prefix = np.concatenate(
        [np.zeros(1, dtype=np.uint64), np.cumsum(ids * powers, dtype=np.uint64)]
    )
    return prefix, inverse


def _window_hashes(pre: tuple[npt.NDArray[np.uint64], ...], n: int) -> npt.NDArray[np.uint64]:
    prefix, inverse = pre
    out: npt.NDArray[np.uint64] = (prefix[n:] - prefix[:-n]) * inverse[: len(prefix) - n]
    return out


def _longest_run(a: list[str], b: list[str]) -> int:
    """Length in words of the longest word sequence that occurs in both: binary search on
    the run length over rolling hashes of word n-grams, O(n log^2 n) for any run length."""
    if not a or not b:
        return 0
    vocab: dict[str, int] = {}
    ia = np.array([vocab.setdefault(t, len(vocab) + 1) for t in a], dtype=np.uint64)
    ib = np.array([vocab.setdefault(t, len(vocab) + 1) for t in b], dtype=np.uint64)
    pa, pb = _prefix_hashes(ia), _prefix_hashes(ib)
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if np.intersect1d(_window_hashes(pa, mid), _window_hashes(pb, mid)).size:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _local_order(c_toks: list[str], s_toks: list[str]) -> float:
    """Of the content words that occur exactly once in each text, taken in copy order: the
    share of consecutive ones that are also 1-3 words apart, forward, in the source. A
    rewrite keeps phrases; an independent report shares the names but not their order."""
    c_pos: dict[str, list[int]] = {}
    s_pos: dict[str, list[int]] = {}
    for i, t in enumerate(c_toks):
        c_pos.setdefault(t, []).append(i)
    for j, t in enumerate(s_toks):
        s_pos.setdefault(t, []).append(j)
    once = [
        t
        for t, ps in c_pos.items()
        if len(ps) == 1 and len(s_pos.get(t, ())) == 1 and t not in STOPWORDS
    ]
    once.sort(key=lambda t: c_pos[t][0])
    seq = [s_pos[t][0] for t in once]
    if len(seq) < 2:
        return 0.0
    return float(np.mean([0 < b - a <= 3 for a, b in itertools.pairwise(seq)]))


COMMON_WORDS = 20  # the copy's commonest words, read to tell one language from two
# letters of Urdu and Persian (and Pashto, Sindhi) that Arabic does not use
_LOOSE_SPACING = re.compile(
    "[\u067e\u0686\u0698\u06af\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d4]"
)


def words_only_features(copy: Side, source: Side) -> dict[str, float]:
    """Language-independent evidence for the words-only verdict (see :func:`decide_lexical`).

    ``char4_containment``: share of the copy's distinct character 4-grams (squashed text)
    found in the source; ``char4_window_q75``: the upper quartile, over 12-word copy
    windows, of the same containment per window (are there passages taken nearly whole?);
    ``shared_word_order``: :func:`_local_order`; ``longest_run_share``: the longest common
    word run as a share of the copy's words (the longest tile of greedy string tiling).
    """
    c_toks = [t for ts in copy.toks for t in ts]
    s_toks = [t for ts in source.toks for t in ts]
    c_sq = _squash(" ".join(s.text for s in copy.sentences))[:CHAR_CAP]
    s_grams = _char_grams(_squash(" ".join(s.text for s in source.sentences))[:CHAR_CAP])
    c_grams = _char_grams(c_sq)
    f = {"char4_containment": len(c_grams & s_grams) / len(c_grams) if c_grams else 0.0}
    shares = []
    for k in range(0, max(len(c_toks) - WINDOW, 0) + 1, WINDOW // 2):
        g = _char_grams(_squash("".join(c_toks[k : k + WINDOW])))
        shares.append(len(g & s_grams) / len(g) if g else 0.0)
        if k > CHAR_CAP // 4:  # about CHAR_CAP characters of copy
            break
    f["char4_window_q75"] = float(np.quantile(shares, 0.75)) if shares else 0.0
    c_toks, s_toks = c_toks[:WORD_CAP], s_toks[:WORD_CAP]
    f["shared_word_order"] = _local_order(c_toks, s_toks)
    f["longest_run_share"] = _longest_run(c_toks, s_toks) / len(c_toks) if c_toks else 0.0
    # Is this one language? Of the copy's commonest words (its articles, prepositions,
    # auxiliaries), the share the source uses too: 0.65-1.0 in one language on rounds
    # 29-30 (Polish, whose words inflect, the lowest), far less across two (only names
    # and figures meet).
    common = [t for t, _ in Counter(c_toks).most_common(COMMON_WORDS)]
    s_set = set(s_toks)
    f["common_words_shared"] = sum(t in s_set for t in common) / len(common) if common else 0.0
    # Urdu and Persian write a word's parts joined or apart at the writer's whim, so word
    # n-grams miss reuse there that characters see (COUNTER); elsewhere words are spaced
    # alike by everyone who writes the language
    text = " ".join(s.text for side in (copy, source) for s in side.sentences[:20])
    f["loose_word_spacing"] = float(_LOOSE_SPACING.search(text) is not None)
    # Chinese, Japanese and Korean: word tokens are character bigrams (align.tokens), so
    # a word trigram spans four characters, about two words
    f["han_script"] = float(BIGRAMMED.search(text) is not None)
    return f
