"""Reused regions: the characters of a copy that repeat its source word for word.

Alignments say which sentences belong together, also when the copy only kept their
meaning; a reader who asks "which passages were copied" wants the copied text itself,
trimmed to what the copy repeats. Used for PAN-13's passage task (docs/evaluation.md).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any

from .align import _TOKEN
from .baselines import merge_regions

# wiretrace's reused regions (tuned on 20 pairs of PAN-13's tuning half, docs/evaluation.md)
REGION_RUN = 5  # words: a run the copy shares, in order, with the aligned source sentences
REGION_CONTEXT = 1  # sentences around each alignment, both sides, searched for such runs
REGION_GAP = 200  # characters: runs closer than this form one region
REGION_MIN = 200  # characters: shorter regions are not reported


def _token_spans(sentences: Sequence[Any]) -> list[tuple[str, int, int]]:
    """(token, start, end) over ``sentences``, offsets in the document the sentences index
    (scaled, since a sentence's text may be normalised: drift of a few characters)."""
    out: list[tuple[str, int, int]] = []
    for s in sentences:
        scale = (s.end - s.start) / max(len(s.text), 1)
        for m in _TOKEN.finditer(s.text):
            out.append(
                (
                    m.group().lower(),
                    s.start + int(m.start() * scale),
                    s.start + int(m.end() * scale),
                )
            )
    return out


def reused_regions(c: Any) -> list[tuple[int, int]]:
    """Character regions of the copy that repeat the source word for word.

    Around each alignment (the aligned sentences and ``REGION_CONTEXT`` neighbours on both
    sides, since a reused passage need not start or end where the sentence splitter cuts)
    the copy's word runs of at least ``REGION_RUN`` words shared in order with the source
    are marked, trimmed to the characters they cover; runs within ``REGION_GAP`` merge,
    and regions shorter than ``REGION_MIN`` are dropped. Sentences aligned only in meaning
    add no region, and a partly copied sentence adds only its copied part.
    """
    cs, ss = c.copy.sentences, c.source.sentences
    spans: list[tuple[int, int]] = []
    for a in c.alignments:
        lo_c, hi_c = (
            max(min(a.copy) - REGION_CONTEXT, 0),
            min(max(a.copy) + REGION_CONTEXT, len(cs) - 1),
        )
        lo_s, hi_s = (
            max(min(a.source) - REGION_CONTEXT, 0),
            min(max(a.source) + REGION_CONTEXT, len(ss) - 1),
        )
        ct = _token_spans(cs[lo_c : hi_c + 1])
        st = [t for t, _, _ in _token_spans(ss[lo_s : hi_s + 1])]
        matcher = difflib.SequenceMatcher(None, [t for t, _, _ in ct], st, autojunk=False)
        for b in matcher.get_matching_blocks():
            if b.size >= REGION_RUN:
                spans.append((ct[b.a][1], ct[b.a + b.size - 1][2]))
    return [r for r in merge_regions(spans, REGION_GAP) if r[1] - r[0] >= REGION_MIN]
