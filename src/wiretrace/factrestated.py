"""Figures a copy restated faithfully, which the number check must not report: the same
quantity in other units (in brackets, or in place of the source's), a bound the
source's figure keeps, a rate over another period, and a figure worked out from the
source's and said as such (a difference, the rest of a hundred per cent, a ratio).
Each shape was a false alarm of a held-out round (rounds 51-59 in docs/evaluation.md);
factfigures.check_numbers asks these, the totals and shares of facttotals.py and the
spans of time of factspans.py before it reports a figure as changed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .factpair import Pair
from .factvalues import Number, numbers, same_num

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
    ("mm", "cm"): 0.1,
    ("mm", "inch"): 0.0393701,
    ("cm", "inch"): 0.393701,
    ("millimet", "centimet"): 0.1,
    ("litre", "gallon"): 0.264172,
    ("hectolitre", "litre"): 100.0,  # (round 56: wine in hectolitres, then in litres)
    ("gram", "lb"): 0.00220462,
    ("gram", "pound"): 0.00220462,
    ("gram", "ounce"): 0.035274,
    ("gram", "oz"): 0.035274,
    ("litre", "uk gallon"): 0.219969,
}
_SMALL_WORDS = {
    w: float(k)
    for k, w in enumerate("zero one two three four five six seven eight nine ten".split())
}
_FIG = r"\d[\d,]*(?:\.\d+)?|\b(?:" + "|".join(_SMALL_WORDS) + r")"
# (a range converted as one: "between 140 and 310 metres (460 to 1,020 feet)", and a
# scale word before the unit: "1.9 million kilometres (about 1.2 million miles)", r162)
_RANGE = rf"(?:(?P<a0>{_FIG})\s*(?:and|to|-|–)\s*)?"
_SCALE = r"(?:\s+(?P<s{0}>million|billion|thousand))?"
_CONVERTED = re.compile(
    _RANGE
    + rf"(?P<a>{_FIG}){_SCALE.format('a')}[\s-]*"
    + r"(?P<ua>(?:square |cubic |metric |short )?[a-z/]+)"
    # in brackets, or after "or": "23 kilograms, or about 51 pounds" (round 102)
    + r"(?:\s*\(\s*|,?\s+or\s+)(?:about |some |around |roughly |nearly |almost )?"
    + _RANGE.replace("a0", "b0")
    + rf"(?P<b>{_FIG}){_SCALE.format('b')}[\s-]*"
    + r"(?P<ub>(?:square |cubic |uk |metric |short )?[a-z/]+)",
    re.I,
)
_MAGNITUDES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _figure_value(figure: str) -> float:
    word = _SMALL_WORDS.get(figure.lower())
    return word if word is not None else float(figure.replace(",", ""))


CONVERSION_TOLERANCE = 0.03


def _factor(ua: str, ub: str) -> float | None:
    # "20,000 metric tons (roughly 22,000 short tons)" (round 114)
    ua, ub = (re.sub(r"^metric ton", "tonne", re.sub(r"^short ", "", u.lower())) for u in (ua, ub))

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
    # (a figure in words too: "about six miles")
    m = re.match(
        r"(?:[\d,.]*\d|[a-z]+)[\s-]*(?:(?:thousand|million|billion)\s+)?(?:degrees?\s+)?"
        # (a size given once for its dimensions: "16 by 12 by 8 inches", round 102)
        r"(?:(?:by|x|\u00d7)\s*[\d,.]*\d\s*)*"
        r"((?:square |cubic |metric |short )?[a-z/]+)",
        text[at:],
        re.I,
    )
    return m.group(1) if m else ""


def same_quantity(s: Number, c: Number, s_text: str, c_text: str) -> bool:
    """``c`` is ``s`` in other units, the copy's unit in place of the source's ("about 30
    miles" -> "about 48 kilometres", round 52), at the precision the copy writes ("10
    km" -> "about six miles", "37.1C" -> "98.8F", round 73)."""
    ua, ub = _unit_after(s_text, s[2]), _unit_after(c_text, c[2])
    if ua == ub == "s":
        return _decades_agree(s, c, s_text, c_text)
    scale = _SCALES.get(ua.lower()), _SCALES.get(ub.lower())
    # "topped 95 degrees" in an American story is Fahrenheit, which the copy writing "35
    # degrees Celsius" spells out (round 100): bare degrees are the other scale
    if scale[1] and not scale[0] and _BARE_DEGREES.match(s_text, _end_of(s_text, s[2])):
        scale = ("F" if scale[1] == "C" else "C", scale[1])
    elif scale[0] and not scale[1] and _BARE_DEGREES.match(c_text, _end_of(c_text, c[2])):
        scale = (scale[0], "F" if scale[0] == "C" else "C")
    if scale[0] and scale[1] and scale[0] != scale[1]:
        v = (
            _signed(s, s_text) * 9 / 5 + 32
            if scale[0] == "C"
            else (_signed(s, s_text) - 32) * 5 / 9
        )
        v = -v if _signed(c, c_text) < 0 else v  # ("minus 4F": the sign is in the words)
        return abs(v - c[0]) <= 0.5 or fits(v, c, c_text)
    f = _factor(ua, ub)
    if f is None:
        return False
    v = s[0] * f
    if abs(v - c[0]) <= CONVERSION_TOLERANCE * v + 0.05 or fits(v, c, c_text):
        return True
    # "about 2 miles" -> "about three kilometres": a rough figure converted and rounded to
    # the whole unit the copy writes (round 100)
    rough = _ABOUT.search(text_before(s_text, s, 30)) or _ABOUT.search(text_before(c_text, c, 30))
    return bool(rough) and c[0] == int(c[0]) and abs(v - c[0]) <= 0.5


_DECADE_SCALE = re.compile(r"s\b(?:\s+degrees)?\s*(?P<scale>celsius|fahrenheit|C\b|F\b)?", re.I)


def _decades_agree(s: Number, c: Number, s_text: str, c_text: str) -> bool:
    """ "the low 90s" -> "the low 30s Celsius": a temperature's decade in the other scale,
    the ranges overlapping (round 102)."""
    ms = _DECADE_SCALE.match(s_text, _end_of(s_text, s[2]))
    mc = _DECADE_SCALE.match(c_text, _end_of(c_text, c[2]))
    if ms is None or mc is None:
        return False
    ss, cs = (_SCALES.get((m.group("scale") or "").lower()) for m in (ms, mc))
    if not (ss or cs) or ss == cs:
        return False
    to_c = (cs or ("C" if ss == "F" else "F")) == "C"
    lo, hi = s[0], s[0] + 9
    lo, hi = ((lo - 32) * 5 / 9, (hi - 32) * 5 / 9) if to_c else (lo * 9 / 5 + 32, hi * 9 / 5 + 32)
    return lo <= c[0] + 9 and c[0] <= hi


_BARE_DEGREES = re.compile(r"\s*degrees?\b(?!\s*(?:[CF]\b|celsius|fahrenheit|centigrade))", re.I)


def _end_of(text: str, figure: str) -> int:
    at = text.find(figure)
    return at + len(figure) if at >= 0 else len(text)


_SCALES = {"c": "C", "celsius": "C", "f": "F", "fahrenheit": "F"}


def _signed(x: Number, text: str) -> float:
    """``x`` with the sign its words give: "minus 9C" is -9."""
    if re.search(r"(?:\bminus\s+|-)$", text_before(text, x, 8)) and x[0] > 0:
        return -x[0]
    return x[0]


# A temperature given in the other scale: "under 12C (54F)" (round 56)
_TEMPERATURE = re.compile(
    r"(?P<a>-?\d+(?:\.\d+)?)\s?°?\s?(?P<ua>[CF])\b\s*\(\s*(?P<about>(?:about|around|roughly|some)\s+)?"
    r"(?P<b>-?\d+(?:\.\d+)?)\s?°?\s?(?P<ub>[CF])\b"
)


def _temperature(c: Number, text: str) -> bool:
    for m in _TEMPERATURE.finditer(text):
        if _digits(c[2].lstrip("-")) not in (m.group("a").lstrip("-"), m.group("b").lstrip("-")):
            continue
        a, b = float(m.group("a")), float(m.group("b"))
        # ("250C (about 480F)" rounds to tens, round 92)
        tol = 1.0 + (0.02 * abs(b) if m.group("about") else 0.0)
        if m.group("ua") == "C" and m.group("ub") == "F" and abs(a * 9 / 5 + 32 - b) <= tol:
            return True
        if m.group("ua") == "F" and m.group("ub") == "C" and abs((a - 32) * 5 / 9 - b) <= tol:
            return True
    return False


def converted(c: Number, text: str) -> bool:
    """``c`` is the bracketed conversion of the figure before it."""
    if _temperature(c, text):
        return True
    for m in _CONVERTED.finditer(text):
        # (either one: "some 22,400 miles (36,000km)" puts the copy's figure first)
        if _digits(c[2]) not in (m.group("b"), m.group("a"), m.group("a0"), m.group("b0")):
            continue
        f = _factor(m.group("ua"), m.group("ub"))
        if f is None:
            continue
        pairs = [("a", "b"), ("a0", "b0")] if m.group("a0") and m.group("b0") else [("a", "b")]
        if all(_converts(m, x, y, f) for x, y in pairs):
            return True
    return False


def _converts(m: re.Match[str], x: str, y: str, f: float) -> bool:
    a = _figure_value(m.group(x)) * _MAGNITUDES.get((m.group("sa") or "").lower(), 1.0)
    b = _figure_value(m.group(y)) * _MAGNITUDES.get((m.group("sb") or "").lower(), 1.0)
    return abs(a * f - b) <= CONVERSION_TOLERANCE * a * f + 0.05


# Money given again in another currency, in brackets, where the source gives none in
# that currency: "a £1.8 million (roughly $2.3 million) hole" (round 152). A rate between
# the big three currencies must be one they have traded at; other pairs go unchecked.
_RATES = {("£", "$"): (1.0, 2.2), ("€", "$"): (0.8, 1.6), ("£", "€"): (1.0, 1.6)}
_IN_BRACKETS = r"\(\s*(?:about|around|roughly|some|approximately|nearly|almost|or|c\.)?\s*"


_NOT_MONEY = ("%", "km", "mi", "kg", "km/h", "mph", "ha", "ac")


def conversion_aside(s: Number, text: str) -> bool:
    """``s`` is money in brackets right after another figure, its conversion: "a 14.5
    billion euro ($16.7 billion) plan" (round 178: a copy that left the dollars out was
    said to have turned them into "two main pillars")."""
    if not s[1] or s[1] in _NOT_MONEY:
        return False
    m = re.search(_IN_BRACKETS + re.escape(s[2]) + r"\s*\)", text)
    if m is None:
        return False
    head = text[: m.start()]
    before = numbers(head)
    return (
        bool(before)
        and re.search(re.escape(before[-1][2]) + r"\s*[^\W\d]{0,12}\s*$", head) is not None
    )


def currency_converted(c: Number, p: Pair) -> bool:
    if not c[1] or c[1] in _NOT_MONEY:
        return False
    m = re.search(_IN_BRACKETS + re.escape(c[2]) + r"\s*\)", p.c_text)
    if m is None or any(x[1] == c[1] for x in numbers(p.s_text)):
        return False
    before = [x for x in numbers(p.c_text[: m.start()]) if x[1] and x[1] != c[1]]
    if not before or not p.c_text[: m.start()].rstrip().endswith(before[-1][2]):
        return False
    was = before[-1]
    low, high = _RATES.get((was[1], c[1]), (0.0, float("inf")))
    if (c[1], was[1]) in _RATES:
        low, high = (1 / x for x in reversed(_RATES[(c[1], was[1])]))
    return was[0] > 0 and low <= c[0] / was[0] <= high


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
    r"|later|earlier|longer|shorter|quicker|faster|slower|sooner|cheaper|dearer)\b))?"
    r"(?:percentage\s+)?(?:points?\s+)?(?:more|fewer|less|higher|lower|up|down|above|below"
    r"|than|difference|gap|lead|ahead|behind|short|later|earlier|longer|shorter|off|clear|inside"
    # ("25 minutes quicker, at one hour and 45 minutes"; "13mph over the 30mph limit":
    # round 77)
    r"|quicker|faster|slower|sooner|cheaper|dearer"
    r"|over\s+the\s+(?:\S+\s+){0,2}?(?:limit|target|average|threshold|level|mark|cap|par))\b",
    re.I,
)
# (... or "took $36 million off a penalty that would have been $120 million", of a fine of
# $84 million named elsewhere: round 72)
# (... or "14 seconds behind" the winner's time, "three points clear" of the team second,
# "1.44 seconds inside the qualifying time": round 79)
# (... or "three years shorter than prosecutors had sought", of a ten-year term sought
# and seven years given: round 81)
_MORE_THAN = re.compile(
    r"^\s*(?:(?:[a-z]+\s+)?(?:more|fewer|less|higher|lower|longer|shorter|later|earlier|bigger"
    r"|smaller|larger|greater|quicker|faster|slower|cheaper|dearer|older|younger)\s+than|off"
    r"|(?:[a-z]+\s+)?(?:behind|ahead|clear|inside))\b",
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
    # "defeated by a majority of 11" for 33 votes to 22 (round 77)
    r"|\b(?:majority|margin)\s+of\s+(?:about\s+|some\s+)?$"
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


def text_after(text: str, c: Number, width: int = 40) -> str:
    at = text.find(c[2])
    return text[at + len(c[2]) : at + len(c[2]) + width] if at >= 0 else ""


def around(text: str, c: Number) -> str:
    at = text.find(c[2])
    return text[max(0, at - 30) : at + len(c[2]) + 30] if at >= 0 else ""


def worked_out(c: Number, near: Sequence[Number], story: Sequence[Number], text: str) -> bool:
    """``near``: the figures of the two sentences; ``story``: the source's (a ratio's
    operands may stand anywhere, a difference's in the sentences that state it)."""
    v, after, before = c[0], text_after(text, c), text_before(text, c, 40)
    # "by 1,646 pounds to 33,296 pounds" for "from 31,650 pounds to 33,296 pounds" (round
    # 59), the figure gone to in its unit ("cut by 27%, to 612,000 tonnes": round 186)
    went = _BY_TO.match(after) if _BY_BEFORE.search(before) else None
    to = numbers(after[went.end() :][:40]) if went else ()
    by_to = bool(to) and c[1] in (to[0][1], "")
    diff, rest, times = (
        bool(_DIFFERENCE.match(after) or _DIFFERENCE_BEFORE.search(before) or by_to),
        c[1] == "%" and bool(_REST.search(around(text, c))),
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
    # "The total was seven more than the party won in 2020" beside the 27 seats of 2020,
    # the 34 of this year a paragraph before (round 69): a "than" names the figure
    # compared with (an "off" what it came off), so one operand may stand anywhere in
    # the story (but not a year)
    if (
        diff
        and _MORE_THAN.match(after)
        and any(
            ua == ub and c[1] in (ua, "") and fits(abs(a - b), c, text)
            for a, ua, _ in near
            for b, ub, _ in story
            if not (ub == "" and 1900 <= b <= 2100 and b == int(b))
        )
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


# A move in basis points given as the level it started from: "rose 18 basis points to
# 11.35%" -> "rose to 11.35% from 11.17%" (round 72)
_BASIS_POINTS_AFTER = re.compile(r"^\s*(?:basis[\s-]+points?|bps?|bp)\b", re.I)


_POINTS_AFTER = re.compile(r"\s*(?:-|\s)?(?:percentage|per cent|percent)[\s-]points?\b", re.I)


def _points_restated(c: Number, p: Pair) -> bool:
    """ "by 300 basis points" -> "by three percentage points" (round 165), either way."""

    def moves(text: str, after: re.Pattern[str], scale: float) -> set[float]:
        return {x[0] * scale for x in numbers(text) if after.match(text_after(text, x))}

    bp, pts = _BASIS_POINTS_AFTER, _POINTS_AFTER
    if pts.match(text_after(p.c_text, c)):
        return any(abs(c[0] - m) < 1e-6 for m in moves(p.s_text, bp, 0.01))
    if bp.match(text_after(p.c_text, c)):
        return any(abs(c[0] / 100 - m) < 1e-6 for m in moves(p.s_text, pts, 1.0))
    return False


def basis_points(c: Number, p: Pair) -> bool:
    if c[1] != "%":
        return _points_restated(c, p)
    near = [*numbers(p.s_text), *numbers(p.c_text)]
    moves = [
        x[0] / 100
        for x in near
        if not x[1]
        and any(_BASIS_POINTS_AFTER.match(text_after(t, x)) for t in (p.s_text, p.c_text))
    ]
    levels = [a[0] for a in near if a[1] == "%" and a is not c and a[2] != c[2]]
    return any(abs(abs(a - c[0]) - m) < 1e-6 for a in levels for m in moves)


def told_elsewhere(c: Number, p: Pair, src_all: Sequence[Number]) -> bool:
    """A loosely paired copy sentence's figure the source gives in another sentence (or
    its headline or summary): the copy took it from there (a rewrite's bullet list, "Up
    to $500 overdrawn: $5 a month", paired with the sentence on the old fees, round 132),
    not in place of this sentence's figure. A close pair's figure replaced one of its
    own."""
    # (a bare count of two digits or more; not where this sentence's own figure counts the
    # same thing: "jailed for 11 years" -> "14 years", a 14 elsewhere counts checks, r163)
    noun = text_after(p.c_text, c).split()[:1]
    return (
        (c[1] != "" or c[0] >= 10)
        and any(same_num(c, x) for x in src_all)
        and not any(same_num(c, x) for x in numbers(p.s_text))
        and not any(noun and text_after(p.s_text, x).split()[:1] == noun for x in numbers(p.s_text))
    )
