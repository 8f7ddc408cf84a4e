"""The relation verdict of a pair, from its sentence alignment.

The features say how much of the copy is derived and *how*: the share of copy text in
aligned sentences, the share in each kind of pair, how much of the derivation rests on
strong (anchor-level) pairs, whether the aligned pairs keep the document order, and how
much narration (text outside quote marks) the two share. The last two matter for the
hardest call, derived vs an independent report of the same event: independent reporters
share names, figures and even the same quotes, but rarely their narration, and their
sentences do not line up one after the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .align import PairScores, Side, content_words, tokens
from .article import Alignment, Relation

_QUOTED = re.compile(r'"[^"]*"')


@dataclass(frozen=True)
class Verdict:
    relation: Relation
    confidence: float
    features: dict[str, float]
    reason: str


def _ngrams(toks: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(toks[k : k + n]) for k in range(len(toks) - n + 1)}


def features(copy: Side, source: Side, alignments: list[Alignment], scores: PairScores) -> dict[str, float]:
    n_c, n_s = len(copy.sentences), len(source.sentences)
    c_len = float(copy.lengths.sum()) if n_c else 1.0
    s_len = float(source.lengths.sum()) if n_s else 1.0
    shares = {"verbatim": 0.0, "light_edit": 0.0, "paraphrase": 0.0}
    used_src: set[int] = set()
    anchor_chars = 0.0
    for a in alignments:
        chars = float(sum(copy.lengths[i] for i in a.copy))
        shares[a.kind] += chars
        used_src.update(a.source)
        if a.kind != "paraphrase" or a.score >= 0.72:
            anchor_chars += chars
    derived = sum(shares.values())
    f: dict[str, float] = {
        "copy_derived": derived / c_len,
        "source_used": float(sum(source.lengths[j] for j in used_src)) / s_len,
        "verbatim_share": shares["verbatim"] / c_len,
        "light_edit_share": shares["light_edit"] / c_len,
        "paraphrase_share": shares["paraphrase"] / c_len,
        "anchor_share": anchor_chars / c_len,
        "n_copy": float(n_c),
        "n_source": float(n_s),
    }
    # Order: share of consecutive aligned copy sentences whose sources also move forward.
    firsts = [min(a.source) for a in sorted(alignments, key=lambda a: a.copy[0])]
    steps = [b - a for a, b in zip(firsts, firsts[1:], strict=False)]
    f["order"] = float(np.mean([s >= 0 for s in steps])) if steps else 0.0
    # Narration shared outside quotes, as word 3-gram containment of the copy in the source.
    c_toks = tokens(_QUOTED.sub(" ", " ".join(s.text for s in copy.sentences)))
    s_toks = tokens(_QUOTED.sub(" ", " ".join(s.text for s in source.sentences)))
    c3, s3 = _ngrams(c_toks, 3), _ngrams(s_toks, 3)
    f["trigram_containment"] = len(c3 & s3) / len(c3) if c3 else 0.0
    c_words, s_words = content_words(c_toks), content_words(s_toks)
    f["content_overlap"] = len(c_words & s_words) / len(c_words) if c_words else 0.0
    if scores.cos is not None and scores.cos.size:
        f["best_cos_mean"] = float(scores.cos.max(axis=1).mean())
    return f


def decide(f: dict[str, float]) -> Verdict:
    """Rules over the features; thresholds measured in docs/method.md."""
    derived = f["copy_derived"]
    close = f["verbatim_share"] + f["light_edit_share"]
    anchors = f["anchor_share"]

    def conf(margin: float) -> float:
        return float(min(0.99, 0.55 + abs(margin) * 1.5))

    if derived >= 0.55 and anchors >= 0.25:
        if f["verbatim_share"] >= 0.9 * derived and derived >= 0.85:
            return Verdict("verbatim", conf(derived - 0.55), f, "nearly every sentence copied word for word")
        if close >= 0.7 * derived:
            return Verdict("light_edit", conf(derived - 0.55), f, "most sentences copied with small edits")
        return Verdict("paraphrase", conf(min(derived - 0.55, anchors - 0.25)), f, "most sentences rewritten one by one")
    if anchors >= 0.12 and (close >= 0.1 or f["trigram_containment"] >= 0.1):
        return Verdict(
            "partial_reuse", conf(anchors - 0.12), f, "part of the text comes from the source, the rest is new"
        )
    topical = f["content_overlap"] >= 0.2 or f.get("best_cos_mean", 0.0) >= 0.45
    if topical:
        return Verdict("same_event", conf(0.3 - derived), f, "same names and facts, but written independently")
    return Verdict("unrelated", conf(0.2 - f["content_overlap"]), f, "little in common")
