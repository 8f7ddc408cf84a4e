"""Evidence that one article is a translation of the other.

Words in two languages cannot be compared, and the embedding model reads English only,
so a translated copy looks like an independent report of the same event: the same
names and figures, no shared wording. What a translation keeps that an independent
report does not is the *order*: its sentences follow the original's one by one, each
carrying the same names and figures. ``anchor_pairs`` pairs the sentences of the two
texts by the names and figures they share (their anchors), in document order, and
``order`` says how much of the sparser text's anchored sentences found a partner there.

Measured on held-out round 25 (docs/evaluation.md): translations 0.83-1.0, independent
reports of the same event in the other language 0.48-0.73, even those retelling it in
the same order (an independent reporter puts the same facts in sentences of its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .article import Sentence
from .specifics import NAME_WORD

# Sentences paired in order (share of the sparser side's anchored sentences, weighted
# by how much of their anchors they share) from which a text is the other's translation:
# between round 25's independent reports (<= 0.73) and its translations (>= 0.83).
TRANSLATION_MIN_ORDER = 0.8
# ... judged only on this many anchored sentences a side at least.
TRANSLATION_MIN_SENTENCES = 4

# The pairing is quadratic in pure Python: beyond ~500 x 500 anchored sentences (a
# book, not an article; a second or more) it is not read.
MAX_CELLS = 250_000

_FIGURE = re.compile(r"\d[\d.,]*\d|\d")


def anchors(text: str) -> set[str]:
    """Names (capitalised words not opening a sentence) and figures, written the same in
    any Latin-script language: a figure without its separators, since "2.4" is "2,4" in
    Spanish and "1,200" is "1.200". (The twin of ``specifics.specifics_of``, which keeps the
    decimal point and drops month and weekday names: the thresholds here were measured
    with these anchors.)"""
    out = {w.lower() for w in NAME_WORD.findall(text)}
    out.update(re.sub(r"[.,]", "", x) for x in _FIGURE.findall(text))
    return out


@dataclass(frozen=True)
class AnchorPairs:
    pairs: list[tuple[int, int, float]]  # (copy sentence, source sentence, anchor Jaccard)
    order: float  # see the module docstring
    sentences: int  # anchored sentences on the sparser side

    @property
    def translated(self) -> bool:
        return self.sentences >= TRANSLATION_MIN_SENTENCES and self.order >= TRANSLATION_MIN_ORDER


def anchor_pairs(copy: Sequence[Sentence], source: Sequence[Sentence]) -> AnchorPairs:
    """The best order-keeping pairing of the two texts' sentences by the anchors they
    share (dynamic programming, one partner each; German capitalises every noun, so only
    anchors found in both texts count)."""
    ca = [anchors(s.text) for s in copy]
    sa = [anchors(s.text) for s in source]
    shared = set().union(*ca) & set().union(*sa) if ca and sa else set()
    ci = [i for i, a in enumerate(ca) if a & shared]
    sj = [j for j, a in enumerate(sa) if a & shared]
    n, m = len(ci), len(sj)
    if n * m > MAX_CELLS:
        return AnchorPairs([], 0.0, min(n, m))
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n):
        a = ca[ci[x]] & shared
        for y in range(m):
            b = sa[sj[y]] & shared
            jac = len(a & b) / len(a | b)
            best[x + 1][y + 1] = max(best[x][y] + jac, best[x][y + 1], best[x + 1][y])
    pairs: list[tuple[int, int, float]] = []
    x, y = n, m
    while x and y:  # trace the pairing back
        if best[x][y] == best[x - 1][y]:
            x -= 1
        elif best[x][y] == best[x][y - 1]:
            y -= 1
        else:
            a, b = ca[ci[x - 1]] & shared, sa[sj[y - 1]] & shared
            pairs.append((ci[x - 1], sj[y - 1], len(a & b) / len(a | b)))
            x, y = x - 1, y - 1
    pairs.reverse()
    sparse = min(n, m)
    return AnchorPairs(pairs, best[n][m] / sparse if sparse else 0.0, sparse)
