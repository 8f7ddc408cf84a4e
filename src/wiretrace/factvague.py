"""Counts given in words, not figures: "Dozens of men have refused food" -> "Hundreds of
men have refused food" (round 169). The figure check reads digits and number words; a
crowd inflated from dozens to hundreds changes no digit, so the magnitudes are read here."""

from __future__ import annotations

import re

from .article import Change
from .factpair import Pair

# each vague count with its order of magnitude (longest first, so "hundreds of
# thousands" is not read as "hundreds")
_MAGNITUDE = {
    "hundreds of thousands": 5,
    "tens of thousands": 4,
    "millions": 6,
    "thousands": 3,
    "hundreds": 2,
    "scores": 1,
    "dozens": 1,
    "a handful": 0,
    "a few": 0,
}
_VAGUE = re.compile(r"\b(?:" + "|".join(_MAGNITUDE) + r")\b", re.I)


def _counts(text: str) -> list[tuple[str, int, str]]:
    """(as written, magnitude, the word it counts) of each vague count: "dozens of
    protesters" counts protesters."""
    out = []
    for m in _VAGUE.finditer(text):
        after = re.match(r"\s+(?:of\s+)?(?:the\s+)?([a-z]+)", text[m.end() :], re.I)
        out.append(
            (m.group(), _MAGNITUDE[m.group().lower()], after.group(1).lower() if after else "")
        )
    return out


def vague_count_changed(p: Pair) -> list[Change]:
    """One vague count on each side, of the same magnitude nowhere on the other, or of the
    same thing: the copy made a crowd bigger or smaller."""
    s, c = _counts(p.s_plain), _counts(p.c_plain)
    if not s or not c:
        return []
    s_mags, c_mags = {x[1] for x in s}, {x[1] for x in c}
    for was in s:
        if was[1] in c_mags:
            continue
        now = next((x for x in c if x[2] and x[2] == was[2]), None)
        if now is None and len(s) == len(c) == 1:
            now = c[0]
        if now is not None and now[1] not in s_mags:
            note = f"{was[0]!r} in the source, {now[0]!r} in the copy"
            return [p.change("number", was[0], now[0], note)]
    return []
