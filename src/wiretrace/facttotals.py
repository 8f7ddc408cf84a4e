"""Totals, shares, ratios and averages a copy worked out from the source's figures and
said as such, which the number check must not report: "46 people, 17 of them for
heatstroke", "the other 1,300 or so job losses", "670 of the empty posts" for half of
1,340, "roughly 83 per cent" for 2,150 of 2,600. Each shape was a false alarm of a
held-out round (docs/evaluation.md); factfigures.check_numbers asks these with the
restatements of factrestated.py."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .factpair import Pair
from .factrestated import around, fits, text_after, text_before
from .factvalues import Number, numbers

# A total worked out from parts: given beside the parts in the copy's own sentence ("the
# 94 turbines ... in two arrays, one of 52 and one of 42"; "170 people on board: 164
# passengers and six crew"), or said as a total of the source's figures ("an extra 6,000
# dollars for each of three years, 18,000 dollars in all"; "rise by a further 6 million
# euros, to 48 million" beside the 42 million fee) (round 54: each a false alarm). Small
# figures add up by chance too often ("3" beside "1" and "2"), so a total with its parts
# beside it must be at least TOTAL_MIN and the sum of two of them.
_TOTAL = re.compile(
    r"\b(?:in all|in total|altogether|all told|combined|a total of|totall?ing|in sum)\b", re.I
)
_RAISED_TO = re.compile(
    r"\b(?:further|another|additional|extra)\b[^.;]{0,40},\s*to\s+$"
    # "would add around 22 million euros, taking the bill to roughly 562 million" (round 55)
    r"|\b(?:taking|bringing|pushing|raising|lifting)\b[^.;]{0,30}\bto\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$",
    re.I,
)
# ... and the rest of a total: "Norland Rail paying the remaining 6.2 million pounds" of
# an 18.6 million scheme whose other 12.4 million the sentence names (round 55)
_REMAINING = re.compile(r"\b(?:remaining|the rest of|the balance of|the other)\s+$", re.I)
# ... and a total whose parts the copy names: "10 of the 12 jurors" for a 10-2 verdict,
# "48,000 heaters, 41,500 of them in the UK" for 41,500 and a further 6,500 (round 64)
_RANGE_END = re.compile(r"\b(?:between|from)\s+\S+(?:\s+\S+)?\s+(?:and|to)\s+$", re.I)
_REST_IN_SOURCE = re.compile(r"\b(?:the rest|the remainder|the others|the remaining)\b", re.I)
_OF_TOTAL = re.compile(r"\bof\s+(?:the|all|its|their)\s+$", re.I)
# ("46 people for heat exhaustion or heatstroke, 17 of them for heatstroke", round 73)
_PARTS_AFTER = re.compile(r"^[^.;]{0,60}?\b\d[\d,.]*\s+of\s+(?:them|which|those|these)\b", re.I)
_PART_OF_AFTER = re.compile(
    r"^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(\d[\d,]*)\b"
)
_OTHER_AFTER = re.compile(r"^\s*(?:other|others|more)\b", re.I)
TOTAL_MIN = 10.0


def _two_sum_to(v: float, parts: Sequence[float]) -> bool:
    return any(abs(x + y - v) < 1e-6 for x, y in itertools.combinations(parts, 2))


def totalled(c: Number, p: Pair, story: Sequence[Number]) -> bool:
    """``c`` is the sum (or, for a rate times a count, the product) of figures the copy's
    sentence lists, or that the two sentences or the source give and the wording totals."""
    same = [x[0] for x in numbers(p.c_text) if x is not c and x[1] == c[1] and x[0] < c[0]]
    # a figure of the source's sentence the copy's lacks is what the copy's replaced: then
    # the parts must be the pair's own, not any two of the story's (round 94: "3.3
    # gigawatts" -> "a combined 3.8", which two other figures of the story happened to make)
    c_vals_all = {x[0] for x in numbers(p.c_text)}
    replaced = any(x[1] == c[1] and x[0] not in c_vals_all for x in numbers(p.s_text))
    if replaced:
        # ... nor two the source's sentence gives beside it without their sum: "27%, up
        # from 22% in 2024 and 15% in 2020" -> "37%, ..." (round 124)
        s_vals = {x[0] for x in numbers(p.s_text)}
        same = [v for v in same if v not in s_vals]
    # (two parts: with three, "two banks, one of 36 and one of 28" makes 66)
    if c[0] >= TOTAL_MIN and _two_sum_to(c[0], same):
        return True
    before, after = text_before(p.c_text, c, 60), text_after(p.c_text, c)
    raised = bool(_RAISED_TO.search(before))
    near = [x for x in (*numbers(p.s_text), *numbers(p.c_text)) if x is not c]
    # ("The other 1,300 or so job losses" of 3,200, the plants' 1,900 a sentence before:
    # round 72; the wording names the rest, so both may stand anywhere in the story)
    if _REMAINING.search(before[-25:]) and any(
        a[1] == b[1] == c[1] and b[0] > a[0] and fits(b[0] - a[0], c, p.c_text)
        for a in (*near, *story)
        for b in story
    ):
        return True
    # ... or the figure of what the source calls "the rest": "About 52,000 of them were in
    # Ulvenmoor and the rest in Strelland" of 86,000 homes -> "about 34,000" (round 73)
    # (the copy may merge it into the sentence before, which the pair aligned alone)
    if _REST_IN_SOURCE.search(p.source.text) and any(
        a[1] == b[1] == c[1] and b[0] > a[0] and fits(b[0] - a[0], c, p.c_text)
        for a in (near if not replaced else [x for x in numbers(p.c_text) if x is not c])
        for b in story
    ):
        return True
    # ... of a total paid in three parts: 2.4 million, 1.5 million from a fund and 600,000
    # from an appeal leave "the remaining 300,000 pounds" (round 64)
    if _REMAINING.search(before[-25:]) and any(
        x[1] == y[1] == b[1] == c[1] and abs(b[0] - x[0] - y[0] - c[0]) < 1e-6
        for x in near
        for y, b in itertools.permutations(story, 2)
    ):
        return True
    # the rest of a total the copy's sentence gives, the total and the other part being the
    # source's: "26 of them at home" of 41 goals -> "26 at home and 15 away" (round 64)
    s_vals = {x[0] for x in numbers(p.s_text) if x[1] == c[1]}
    c_vals = {x[0] for x in numbers(p.c_text) if x is not c and x[1] == c[1]} & s_vals
    # (not a range's upper bound: "Fifteen ... children, between 11 months and four years
    # old" makes 15 of 11 and 4 by chance, round 240)
    if not _RANGE_END.search(before) and any(
        abs(x + c[0] - y) < 1e-6 and y >= TOTAL_MIN for x in c_vals for y in c_vals
    ):
        return True
    # ... or the part a total leaves, said of the total: "Of the council's 60 members, 58
    # attended" -> "Only two of the council's 60 members missed the meeting" (round 77)
    of_n = _PART_OF_AFTER.match(text_after(p.c_text, c))
    if of_n and any(abs(float(of_n.group(1).replace(",", "")) - c[0] - x) < 1e-6 for x in s_vals):
        return True
    # ... or the others of a total the source gives: "12 soldiers, including two officers"
    # -> "two officers and 10 other soldiers" (round 68)
    if _OTHER_AFTER.match(after) and any(
        abs(x + c[0] - y) < 1e-6 and y >= TOTAL_MIN for x in c_vals for y in s_vals
    ):
        return True
    totals = _TOTAL.search(before[-25:]) or _TOTAL.match(after.lstrip(" ,"))
    parts = _OF_TOTAL.search(before[-12:]) or _PARTS_AFTER.match(text_after(p.c_text, c, 80))
    if not (raised or totals or parts):
        return False
    for a in near:
        if a[1] != c[1]:
            continue
        pool = near if replaced else (*near, *story)
        if any(b[1] == c[1] and abs(a[0] + b[0] - c[0]) < 1e-6 for b in pool):
            return True
        # (at the precision written: "145 pounds each ... about 2.6 million pounds in all"
        # for 18,000 tickets, round 66)
        if not raised and any(
            not b[1] and b[0] > 1 and fits(a[0] * b[0], c, p.c_text) for b in near
        ):
            return True
    return False


# A share of a figure the source gives, worked out: "670 of the empty posts" for "half of
# the vacancies" in a story of 1,340 vacancies (round 54)
_SHARES = {
    "half": 1 / 2,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 1 / 4,
    "one quarter": 1 / 4,
    "three quarters": 3 / 4,
    "three-quarters": 3 / 4,
    "a fifth": 1 / 5,
    "one fifth": 1 / 5,
}
_SHARE_OF = re.compile(
    r"\b(" + "|".join(sorted(_SHARES, key=len, reverse=True)) + r")\s+of\b"
    # "reduced by a third ... from 5.1 million" -> "reduced by 1.7 million" (round 59)
    r"|\bby\s+(" + "|".join(sorted(_SHARES, key=len, reverse=True)) + r")\b"
    # ... or the share as a subject: "Half were given the drug" of 4,260 people (round 64)
    r"|\b(half|a third|a quarter)\s+(?=(?:were|was|are|is|had|have|got|received|took)\b)",
    re.I,
)
SHARE_TOLERANCE = 0.005
_OF_AFTER = re.compile(r"^\s*of\b", re.I)
_OF_WHICH_BEFORE = re.compile(r"\bof (?:which|whom|them|those)\b[^.;,]{0,15}$", re.I)


def share_worked_out(c: Number, p: Pair, story: Sequence[Number]) -> bool:
    shares = [
        _SHARES[(m.group(1) or m.group(2) or m.group(3)).lower()]
        for m in _SHARE_OF.finditer(p.s_text)
    ]
    # ... or a percentage of the source's sentence, at the precision the copy writes: "58
    # percent of 7.2 million voters" -> "about 4.2 million", "640 million dollars, of which
    # 18 percent" -> "about 115 million dollars" (round 68)
    # (a share of something: "58 percent of", "of which only 18 percent", not "profit fell
    # 22 per cent" beside "nine of its 48 stores")
    pcts = [
        x[0] / 100
        for x in numbers(p.s_text)
        if x[1] == "%"
        and 0 < x[0] < 100
        and (
            _OF_AFTER.match(text_after(p.s_text, x))
            or _OF_WHICH_BEFORE.search(text_before(p.s_text, x, 25))
        )
    ]
    if c[1] != "%" and any(
        fits(f * x[0], c, p.c_text) for f in pcts for x in story if x[1] == c[1] and x[0] > c[0]
    ):
        return True
    return any(
        abs(f * x[0] - c[0]) <= SHARE_TOLERANCE * c[0] + 0.5
        for f in shares
        for x in story
        if x[1] == c[1] and x[0] > c[0]
    )


def merged_parts(c: Number, s_left: Sequence[Number]) -> tuple[Number, Number] | None:
    """Two figures of the source's sentence that the copy dropped, given as their sum:
    "employs 1,140 people at the mine and another 260 at its smelter" -> "employs 1,400
    people at the mine and its smelter" (round 55)."""
    if c[0] < TOTAL_MIN:
        return None
    for x, y in itertools.combinations(s_left, 2):
        if x[1] == y[1] == c[1] and abs(x[0] + y[0] - c[0]) < 1e-6:
            return x, y
    return None


# A share or an average the copy works out from two figures it gives beside it: "2,150
# of the 2,600 cabin crew, roughly 83 per cent", "750,000 pounds from 6,200 people, an
# average of roughly 120 pounds each" (round 58: each a figure "not in the source").
# Both operands stand in the two sentences; a percentage must come out at the precision
# it is written to, or within its bound, so a changed share rarely passes by chance.
_PER_HEAD_AFTER = re.compile(
    r"^\s*(?:(?:a|per)\s+(?:head|person|capita|student|member|pupil|resident|household|"
    r"passenger|worker|employee|donor)\b|each\b|apiece\b)",
    re.I,
)
_CHANGE_NEAR = re.compile(
    r"\b(?:increase|rise|rises|rose|jump|fall|fell|drop|cut|decrease|up|down|higher|lower"
    r"|more|less|fewer|above|below"
    # ("rising by about 27 per cent to 61 million pounds": round 64)
    r"|rising|falling|increasing|decreasing|climbing|climbed|growing|grew|dropping|dropped)\b",
    re.I,
)
_AVERAGE_BEFORE = re.compile(r"\b(?:an average of|on average)\s+(?:\w+\s+)?$", re.I)


def ratio_worked_out(c: Number, near: Sequence[Number], text: str) -> bool:
    per_head = bool(_PER_HEAD_AFTER.match(text_after(text, c)) or _AVERAGE_BEFORE.search(
        text_before(text, c, 40)
    ))  # fmt: skip
    if c[1] != "%" and not per_head:
        return False
    # "from 5 pounds to 6.40 pounds" -> "a 28 per cent increase" (round 56)
    change = bool(_CHANGE_NEAR.search(around(text, c)))
    for a, b in itertools.permutations(near, 2):
        if a is c or b is c or b[0] <= 0:
            continue
        if c[1] == "%" and a[1] == b[1] != "%" and a[0] < b[0] and fits(100 * a[0] / b[0], c, text):
            return True
        if (
            change
            and c[1] == "%"
            and a[1] == b[1] != "%"
            and fits(100 * abs(a[0] - b[0]) / b[0], c, text)
        ):
            return True
        if per_head and a[1] == c[1] and not b[1] and b[0] > 1 and fits(a[0] / b[0], c, text):
            return True
    return False
