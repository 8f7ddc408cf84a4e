"""Figures a copy restated faithfully, which the number check must not report: the same
quantity in other units (in brackets, or in place of the source's), a bound the
source's figure keeps, a rate over another period, and a figure worked out from the
source's and said as such (a difference, the rest of a hundred per cent, a ratio, a
total, a share, an average). Each shape was a false alarm of a held-out round (rounds
51-59 in docs/evaluation.md); factfigures.check_numbers asks these, and the spans of
time of factspans.py, before it reports a figure as changed."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .factpair import Pair
from .factvalues import Number, numbers

# "more than" / "nearly" in front of a figure (factfigures reads fractions with them too)
ABOVE = re.compile(r"\b(?:more than|over|above|upwards of|in excess of|at least)\s+$", re.I)
BELOW = re.compile(
    r"\b(?:less than|under|below|nearly|almost|just under|close to|fewer than)\s+$", re.I
)

# A figure given again in other units, in brackets after it: "92 millimetres (3.6
# inches)", "the 11-kilometre (6.8-mile) line" (round 51: every such conversion was a
# false alarm). Factors from the first unit to the second; read both ways.
_UNIT_FACTORS = {
    ("kilomet", "mile"): 0.621371,
    ("m", "feet"): 3.28084,  # (units of one or two letters match whole, see _factor)
    ("m", "ft"): 3.28084,
    ("metre", "centimet"): 100.0,
    ("metre", "feet"): 3.28084,
    ("metre", "foot"): 3.28084,
    ("meter", "feet"): 3.28084,
    ("centimet", "inch"): 0.393701,
    ("millimet", "inch"): 0.0393701,
    ("hectare", "acre"): 2.47105,
    ("square kilomet", "square mile"): 0.386102,
    ("kilogram", "pound"): 2.20462,
    ("kg", "lb"): 2.20462,
    ("kg", "pound"): 2.20462,
    ("tonne", "ton"): 1.10231,
    ("tonne", "kilogram"): 1000.0,
    ("tonne", "kg"): 1000.0,
    ("km", "mile"): 0.621371,
    ("km/h", "mph"): 0.621371,
    ("litre", "gallon"): 0.264172,
    ("hectolitre", "litre"): 100.0,  # (round 56: wine in hectolitres, then in litres)
    ("gram", "lb"): 0.00220462,
    ("gram", "pound"): 0.00220462,
    ("gram", "ounce"): 0.035274,
    ("gram", "oz"): 0.035274,
    ("litre", "uk gallon"): 0.219969,
}
_CONVERTED = re.compile(
    r"(?P<a>\d[\d,]*(?:\.\d+)?)[\s-]*(?P<ua>(?:square |cubic )?[a-z/]+)\s*\(\s*(?:about |some |around )?"
    r"(?P<b>\d[\d,]*(?:\.\d+)?)[\s-]*(?P<ub>(?:square |cubic |uk )?[a-z/]+)",
    re.I,
)
CONVERSION_TOLERANCE = 0.03


def _factor(ua: str, ub: str) -> float | None:
    ua, ub = ua.lower(), ub.lower()

    def unit(u: str, key: str) -> bool:
        return u == key if len(key) <= 2 else u.startswith(key)

    for (x, y), f in _UNIT_FACTORS.items():
        if unit(ua, x) and unit(ub, y):
            return f
        if unit(ua, y) and unit(ub, x):
            return 1 / f
    return None


def _digits(figure: str) -> str:
    m = re.match(r"[\d,.]*\d", figure)
    return m.group() if m else ""


def _unit_after(text: str, figure: str) -> str:
    at = text.find(figure)
    if at < 0:
        return ""
    # (past a scale: "18 million kilograms" is in kilograms)
    m = re.match(
        r"[\d,.]*\d[\s-]*(?:(?:thousand|million|billion)\s+)?((?:square |cubic )?[a-z/]+)",
        text[at:],
        re.I,
    )
    return m.group(1) if m else ""


def same_quantity(s: Number, c: Number, s_text: str, c_text: str) -> bool:
    """``c`` is ``s`` in other units, the copy's unit in place of the source's ("about 30
    miles" -> "about 48 kilometres", round 52)."""
    f = _factor(_unit_after(s_text, s[2]), _unit_after(c_text, c[2]))
    return f is not None and abs(s[0] * f - c[0]) <= CONVERSION_TOLERANCE * s[0] * f + 0.05


# A temperature given in the other scale: "under 12C (54F)" (round 56)
_TEMPERATURE = re.compile(
    r"(?P<a>-?\d+(?:\.\d+)?)\s?°?\s?(?P<ua>[CF])\b\s*\(\s*(?:about\s+)?"
    r"(?P<b>-?\d+(?:\.\d+)?)\s?°?\s?(?P<ub>[CF])\b"
)


def _temperature(c: Number, text: str) -> bool:
    for m in _TEMPERATURE.finditer(text):
        if _digits(c[2].lstrip("-")) not in (m.group("a").lstrip("-"), m.group("b").lstrip("-")):
            continue
        a, b = float(m.group("a")), float(m.group("b"))
        if m.group("ua") == "C" and m.group("ub") == "F" and abs(a * 9 / 5 + 32 - b) <= 1.0:
            return True
        if m.group("ua") == "F" and m.group("ub") == "C" and abs((a - 32) * 5 / 9 - b) <= 1.0:
            return True
    return False


def converted(c: Number, text: str) -> bool:
    """``c`` is the bracketed conversion of the figure before it."""
    if _temperature(c, text):
        return True
    for m in _CONVERTED.finditer(text):
        # (either one: "some 22,400 miles (36,000km)" puts the copy's figure first)
        if _digits(c[2]) not in (m.group("b"), m.group("a")):
            continue
        a, b = (float(m.group(k).replace(",", "")) for k in ("a", "b"))
        f = _factor(m.group("ua"), m.group("ub"))
        if f is not None and abs(a * f - b) <= CONVERSION_TOLERANCE * a * f + 0.05:
            return True
    return False


# A figure given with a bound that the source's figure keeps: "about 1,150 people" ->
# "more than 1,100 people", "nearly 2,000" for 1,950 (round 51).
_ABOUT = re.compile(r"\b(?:about|around|roughly|some|approximately|an estimated)\s+$", re.I)
BOUND_RANGE = 0.12  # "more than X" / "nearly X": the source within this share on its side
ABOUT_RANGE = 0.06


def bound_keeps(s: Number, c: Number, text: str) -> bool:
    if s[1] != c[1] or not s[0] or not c[0]:
        return False
    before = text_before(text, c, 30)
    if ABOVE.search(before):
        return c[0] < s[0] <= c[0] * (1 + BOUND_RANGE)
    if BELOW.search(before):
        return c[0] * (1 - BOUND_RANGE) <= s[0] < c[0]
    if _ABOUT.search(before):
        return abs(s[0] - c[0]) <= ABOUT_RANGE * s[0]
    return False


def fits(v: float, c: Number, text: str) -> bool:
    """``v``, a figure worked out from others, is what ``c`` says: within the bound or the
    "about" in front of it, or else equal at the precision ``c`` is written to ("83 per
    cent" for 2,150 of 2,600, "nearly two years short" for 5 - 3.1)."""
    before = text_before(text, c, 30)
    if ABOVE.search(before):
        return c[0] < v <= c[0] * (1 + BOUND_RANGE)
    if BELOW.search(before):
        return c[0] * (1 - BOUND_RANGE) <= v < c[0]
    if _ABOUT.search(before):
        return abs(v - c[0]) <= ABOUT_RANGE * abs(v)
    lit = re.search(r"\d[\d,]*(?:\.(\d+))?", c[2])
    if lit is None:
        return abs(v - c[0]) < 1e-6
    shown = float(lit.group().replace(",", ""))
    scale = c[0] / shown if shown else 1.0
    return abs(v - c[0]) <= 0.5 * 10.0 ** -len(lit.group(1) or "") * abs(scale) + 1e-6


# A figure worked out from the source's, said as such: a difference ("38 per cent, seven
# percentage points higher than 31"), the rest of a hundred per cent ("the remaining 13
# per cent" beside 58 and 29), a ratio ("two and a half times as many" for 24,000
# against 9,800) (round 51). The wording must say which: a bare figure that happens to
# be a difference of two others is a changed figure ("5-4 vote" -> "6-3" beside "11").
_DIFFERENCE = re.compile(
    # (a unit may come between: "went 600 feet lower, to 3,400 feet", round 54)
    r"^\s*(?:[a-z]+\s+(?=(?:more|fewer|less|higher|lower|above|below|ahead|behind|short"
    r"|later|earlier|longer|shorter)\b))?"
    r"(?:percentage\s+)?(?:points?\s+)?(?:more|fewer|less|higher|lower|up|down|above|below"
    r"|than|difference|gap|lead|ahead|behind|short|later|earlier|longer|shorter)\b",
    re.I,
)
# ... or said before it: "down 120 million pounds from a year earlier" (round 52)
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:up|down|rose|fell|grew|shrank|dropped|climbed|increased|decreased|gained|lost)"
    r"(?:\s+by)?(?:\s+(?:about|around|roughly|some|nearly|almost|more than|over))?\s*$"
    # "all but eight of the 102" for 94 of them; "plus up to 6 million" beside a fee of 38
    # that "could rise to 44 million" (round 58)
    r"|\b(?:all but|plus(?:\s+up\s+to)?|a net(?: of)?)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$"
    # "an increase of 3.5 million pounds", "leaving an average of 3,550 empty seats" (round 61)
    r"|\b(?:an?\s+)?(?:increase|rise|fall|drop|cut|reduction)\s+of\s+(?:about\s+|some\s+)?$"
    r"|\bleaving(?:\s+an\s+average\s+of)?\s+$",
    re.I,
)
# ... or as "by 1,646 pounds to 33,296 pounds" (round 59)
# (", to", "a year, to", " percentage points, to")
_BY_TO = re.compile(r"^[\s\w,]{0,25}?\bto\b", re.I)
_BY_BEFORE = re.compile(r"\bby(?:\s+(?:about|around|roughly|some|nearly|almost))?\s+$", re.I)
_REST = re.compile(r"\b(?:remaining|rest|other|undecided|did not|don't know|unsure)\b", re.I)
_TIMES_AFTER = re.compile(r"^\s*times\b", re.I)
RATIO_TOLERANCE = 0.05


def text_before(text: str, c: Number, width: int) -> str:
    at = text.find(c[2])
    return text[max(0, at - width) : at] if at >= 0 else ""


def text_after(text: str, c: Number) -> str:
    at = text.find(c[2])
    return text[at + len(c[2]) : at + len(c[2]) + 40] if at >= 0 else ""


def _around(text: str, c: Number) -> str:
    at = text.find(c[2])
    return text[max(0, at - 30) : at + len(c[2]) + 30] if at >= 0 else ""


def worked_out(c: Number, near: Sequence[Number], story: Sequence[Number], text: str) -> bool:
    """``near``: the figures of the two sentences; ``story``: the source's (a ratio's
    operands may stand anywhere, a difference's in the sentences that state it)."""
    v, after, before = c[0], text_after(text, c), text_before(text, c, 40)
    # "by 1,646 pounds to 33,296 pounds" for "from 31,650 pounds to 33,296 pounds" (round 59)
    by_to = bool(_BY_BEFORE.search(before) and _BY_TO.match(after))
    diff, rest, times = (
        bool(_DIFFERENCE.match(after) or _DIFFERENCE_BEFORE.search(before) or by_to),
        c[1] == "%" and bool(_REST.search(_around(text, c))),
        # ("nearly twice the 16.4 million", round 61)
        bool(_TIMES_AFTER.match(after)) or c[2].lower() == "twice",
    )
    if not (diff or rest or times):
        return False
    # "cut by 20 percentage points, to 25 percent": the figure it went to stands beside
    # it, the one it came from may be anywhere in the story (round 68: 45 percent)
    if by_to and any(
        ua == ub and c[1] in (ua, "") and fits(abs(a - b), c, text)
        for a, ua, _ in near
        for b, ub, _ in story
    ):
        return True
    vals = [(x[0], x[1]) for x in (*near, *(story if times else ()))]
    for i, (a, ua) in enumerate(vals):
        for b, ub in vals[i + 1 :]:
            if ua != ub:
                continue
            if diff and c[1] in (ua, "") and fits(abs(a - b), c, text):
                return True
            if rest and ua == "%" and abs(100 - a - b - v) < 1e-6:
                return True
            lo, hi = min(a, b), max(a, b)
            if (
                times
                and lo > 0
                and (abs(hi / lo - v) <= RATIO_TOLERANCE * v or fits(hi / lo, c, text))
            ):
                return True
    return False


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
_OF_TOTAL = re.compile(r"\bof\s+(?:the|all|its|their)\s+$", re.I)
_PARTS_AFTER = re.compile(r"^[^.;]{0,30}?\b\d[\d,.]*\s+of\s+(?:them|which|those|these)\b", re.I)
_OTHER_AFTER = re.compile(r"^\s*(?:other|others|more)\b", re.I)
TOTAL_MIN = 10.0


def _two_sum_to(v: float, parts: Sequence[float]) -> bool:
    return any(abs(x + y - v) < 1e-6 for x, y in itertools.combinations(parts, 2))


def totalled(c: Number, p: Pair, story: Sequence[Number]) -> bool:
    """``c`` is the sum (or, for a rate times a count, the product) of figures the copy's
    sentence lists, or that the two sentences or the source give and the wording totals."""
    same = [x[0] for x in numbers(p.c_text) if x is not c and x[1] == c[1] and x[0] < c[0]]
    # (two parts: with three, "two banks, one of 36 and one of 28" makes 66)
    if c[0] >= TOTAL_MIN and _two_sum_to(c[0], same):
        return True
    before, after = text_before(p.c_text, c, 60), text_after(p.c_text, c)
    raised = bool(_RAISED_TO.search(before))
    near = [x for x in (*numbers(p.s_text), *numbers(p.c_text)) if x is not c]
    if _REMAINING.search(before[-25:]) and any(
        a[1] == b[1] == c[1] and abs(b[0] - a[0] - c[0]) < 1e-6 for a in near for b in story
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
    if any(abs(x + c[0] - y) < 1e-6 and y >= TOTAL_MIN for x in c_vals for y in c_vals):
        return True
    # ... or the others of a total the source gives: "12 soldiers, including two officers"
    # -> "two officers and 10 other soldiers" (round 68)
    if _OTHER_AFTER.match(after) and any(
        abs(x + c[0] - y) < 1e-6 and y >= TOTAL_MIN for x in c_vals for y in s_vals
    ):
        return True
    totals = _TOTAL.search(before[-25:]) or _TOTAL.match(after.lstrip(" ,"))
    parts = _OF_TOTAL.search(before[-12:]) or _PARTS_AFTER.match(after)
    if not (raised or totals or parts):
        return False
    for a in near:
        if a[1] != c[1]:
            continue
        if any(b[1] == c[1] and abs(a[0] + b[0] - c[0]) < 1e-6 for b in (*near, *story)):
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
    change = bool(_CHANGE_NEAR.search(_around(text, c)))
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
