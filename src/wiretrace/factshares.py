"""Shares said in words against figures: a fraction for a percentage ("more than a
quarter" for 22%), "a majority" or "a minority" for a share on either side of half, one
fraction put for another, and a share in words beside the figure it rounds. Split from
factfigures.py, whose number check reads them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .align import STOPWORDS
from .article import Change
from .factpair import Pair
from .factrestated import ABOVE, BELOW, text_after
from .factvalues import Number, near_num, side_of_half


def near(x: Number, y: Number) -> bool:
    """Near, or a share on the side of half that "a majority" or "a minority" says."""
    sx, sy = side_of_half(x), side_of_half(y)
    if sx and sy:
        return sx == sy
    if sx or sy:
        share, side = (y, sx) if sx else (x, sy)
        return share[1] == "%" and (share[0] - 50) * side > 0
    return near_num(x, y)


def same_share(p: Pair, s: Number, a: Number) -> bool:
    """A percentage and a fraction are of the same thing: the first content word after
    each is one ("80% of the farmers" and "four in five farmers" are not read)."""

    def first_word(text: str, x: Number) -> str:
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", text_after(text, x, 60))]
        return next((w for w in words if w not in STOPWORDS and w != "all"), "")

    return first_word(p.s_text, s) == first_word(p.c_text, a) != ""


def fraction_changed(p: Pair, s_all: Sequence[Number], c_all: Sequence[Number]) -> list[Change]:
    """One fraction put for another before the same words: "cut output by two-thirds in
    the quarter" -> "by half in the quarter" (round 129). Fractions are approximate
    quantities, matched to figures only, so the number check passes this by."""
    s_own = [x for x in s_all if x[1] == "%" and not any(near(x, y) for y in c_all)]
    c_own = [x for x in c_all if x[1] == "%" and not any(near(x, y) for y in s_all)]
    if len(s_own) != 1 or len(c_own) != 1 or s_own[0][2][:1].isdigit():
        return []
    was, now = s_own[0], c_own[0]
    if now[2][:1].isdigit() or fraction_fits(was, now, p):
        return []  # (a percentage for a fraction is the loop's above)
    if (
        text_after(p.s_text, was).lower().split()[:2]
        != text_after(p.c_text, now).lower().split()[:2]
    ):
        return []
    return [p.change("number", was[2], now[2], f"{was[2]!r} in the source, {now[2]!r} in the copy")]


# How a fraction the copy put for a percentage must stand to it: "more than a quarter"
# needs more than 25%, "nearly half" a little under 50%, a bare "two-thirds" within five
# points (round 24: "22%" -> "more than a quarter", "around 60%" -> "around two-thirds").
FRACTION_POINTS = 5.0  # a bare or "about" fraction: this close to the percentage
FRACTION_RANGE = 10.0  # "more than" / "nearly": within this many points on its side
GLOSS_RANGE = 1.0  # points between a share in words and the figure it glosses


def glossed(c: Number, cn: Sequence[Number]) -> bool:
    """A share in words beside the figure it rounds, in the same copy sentence: "Just over
    one in five residents (20.1 percent)" (round 223)."""
    return (
        c[1] == "%"
        and not any(ch.isdigit() for ch in c[2])
        and any(x is not c and x[1] == "%" and abs(x[0] - c[0]) <= GLOSS_RANGE for x in cn)
    )


def _bounds(a: Number, text: str) -> tuple[float, float, bool, bool]:
    """The range fraction ``a`` says where it stands in ``text`` (low, high, and whether a
    "more than" or a "nearly" bounds it): a bare or "about" fraction within
    FRACTION_POINTS of its value, a bounded one within FRACTION_RANGE on its side."""
    at = text.find(a[2])
    before = text[max(0, at - 30) : at] if at >= 0 else ""
    if ABOVE.search(before):
        return a[0], a[0] + FRACTION_RANGE, True, False
    if BELOW.search(before):
        return a[0] - FRACTION_RANGE, a[0], False, True
    return a[0] - FRACTION_POINTS, a[0] + FRACTION_POINTS, False, False


def fraction_kept(c: Number, sa: Sequence[Number], p: Pair) -> bool:
    """A percentage the copy gives for a fraction of the source that it fits: "more than
    a third" -> "over 36 per cent" (round 58), as ``fraction_fits`` reads the other way."""
    if c[1] != "%":
        return False
    for a in sa:
        if a[1] != "%":
            continue
        if side_of_half(a):
            if near(c, a):
                return True
            continue
        lo, hi, above, below = _bounds(a, p.s_text)
        if (lo < c[0] if above else lo <= c[0]) and (c[0] < hi if below else c[0] <= hi):
            return True
    return False


def fraction_fits(s: Number, a: Number, p: Pair) -> bool:
    """The copy's fraction ``a`` (as bounded where it stands) can say the source's share
    ``s``; for a source's "a majority" (round 227: "nearly half of them"), its range must
    reach that side of half."""
    if side_of_half(a):
        return near(s, a)
    lo, hi, above, _below = _bounds(a, p.c_text)
    if side := side_of_half(s):
        return hi > 50 if side > 0 else lo < 50
    return (lo < s[0] if above else lo <= s[0]) and s[0] <= hi
