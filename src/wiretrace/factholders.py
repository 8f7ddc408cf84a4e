"""Figures given to another holder: "Ibarrola finished second with 34% against
Quenteros's 39%" -> "Quenteros trailed on 34% to Ibarrola's 39%" (round 159). Every
figure and every name is still there, so neither the number check nor the name check
sees a change; only who holds which figure moved."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .align import STOPWORDS
from .article import Change
from .factnames import CALENDAR
from .factpair import Pair
from .factvalues import Number, same_num

_NAME = re.compile(r"\b[A-Z][\w-]*[a-z][\w-]*\b")
# (nor a day: "On Wednesday, a 26-truck convoy ..." holds no figure, round 176)
_NOT_HOLDERS = STOPWORDS | CALENDAR
_POSSESSIVE = re.compile(r"\b([A-Z][\w-]*[a-z][\w-]*)['’]s?\s+$")
_FOR = re.compile(r"^\s*(?:%|per ?cent|percent)?\s*(?:for|of)\s+(?:[A-Z][\w-]*\s+)?([A-Z][\w-]*)")


def _holder(text: str, at: int, end: int) -> str | None:
    """Who holds the figure at ``text[at:end]``: the owner of a possessive right before it
    ("Quenteros's 39%"), a name right after *for* ("49.2% for Marisol Quenteros"), else
    the last name before it in the sentence ("Ibarrola finished second with 34%")."""
    before, after = text[:at], text[end:]
    if m := _POSSESSIVE.search(before):
        return m.group(1)
    if m := _FOR.match(after):
        return m.group(1)
    names = [n.group() for n in _NAME.finditer(before) if n.group().lower() not in _NOT_HOLDERS]
    return names[-1] if names else None


def _holders(text: str, figures: Sequence[Number]) -> dict[float, str]:
    out: dict[float, str] = {}
    for f in figures:
        at = text.find(f[2])
        if at >= 0 and (who := _holder(text, at, at + len(f[2]))):
            out.setdefault(f[0], who)
    return out


def holders_swapped(p: Pair, sn: Sequence[Number], cn: Sequence[Number]) -> list[Change]:
    """Two figures both sides give, each held by the name that held the other in the
    source, both names in both sentences: one change, of the figures' holders."""
    if len(sn) < 2 or len(cn) < 2:
        return []
    # (figures of one measure, held against each other: shares of a vote, prices; not
    # "three drivers" and "a 26-truck convoy" of two clauses, round 176)
    unit = {f[0]: f[1] for f in sn}
    hs, hc = _holders(p.s_text, sn), _holders(p.c_text, cn)
    for v, a in hs.items():
        for w, b in hs.items():
            if v >= w or a == b or not unit[v] or unit[v] != unit[w]:
                continue
            cv = next((hc[x] for x in hc if same_num((x, "", ""), (v, "", ""))), None)
            cw = next((hc[x] for x in hc if same_num((x, "", ""), (w, "", ""))), None)
            both = all(n in p.c_text and n in p.s_text for n in (a, b))
            if cv == b and cw == a and both:
                fv = next(f[2] for f in sn if f[0] == v)
                fw = next(f[2] for f in sn if f[0] == w)
                note = (
                    f"the figures changed holders: {fv} is {a}'s and {fw} {b}'s in the "
                    f"source, the other way round in the copy"
                )
                return [p.change("name", a, b, note)]
    return []
