"""Figures a copy changed: counts, money and percentages, in English (dates and clock
times: factcalendar.py; figures in digits in any language: factdigits.py).

The value checks of ``facts.analyze`` (see its docstring for what counts as a change);
values are parsed and normalised by factvalues.py.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from .align import STOPWORDS
from .article import Change
from .factholders import holders_swapped
from .factpair import Pair
from .factranks import ordinal_changed, said_as_ordinal, score_changed
from .factrestated import (
    basis_points,
    bound_keeps,
    conversion_aside,
    converted,
    currency_converted,
    same_quantity,
    text_after,
    told_elsewhere,
    worked_out,
)
from .factshares import fraction_changed, fraction_fits, fraction_kept, glossed, near, same_share
from .factspans import (
    age_from_birth,
    clock_span,
    days_spanned,
    months_spanned,
    places_moved,
    same_rate,
    time_ago,
    time_elapsed,
    time_until,
    years_since,
)
from .facttotals import merged_parts, ratio_worked_out, share_worked_out, totalled
from .factvalues import Number, approx, numbers, same_num


def _matched(x: Number, soft_x: Sequence[Number], hard: Sequence[Number],
             soft: Sequence[Number]) -> bool:  # fmt: skip
    """``x`` equals a number of the other side, or it or the approximate quantity it
    stands in (``two`` of ``two weeks``) is near one of the other side's approximate
    quantities or numbers (``seven days`` = ``a week``, ``50%`` = ``half``)."""
    if any(same_num(x, y) for y in hard):
        return True
    # A span of time is a count of days ("a week" = 7): a bare figure over a year's worth
    # of days is a count of something else ("four years" is no "1,420 adults").
    # (not a quantity the figure's own side says as well: "About 48 percent ... fall by
    # at least half" keeps the half, so 48 is no restated "half", round 162)
    # (unless the other side says it more often: "Nearly half ..., 47%, ... fall by at
    # least half" has a half for the copy's "50% or more" beside its "nearly half",
    # round 184)
    own = Counter(y[2].lower() for y in soft_x)
    theirs = Counter(y[2].lower() for y in soft)
    if any(
        near(x, y)
        for y in soft
        if (y[1] or x[1] or x[0] <= 366) and theirs[y[2].lower()] > own[y[2].lower()]
    ):
        return True
    mine = [a for a in soft_x if x[2] in a[2]]
    return any(_near_span(a, y) for a in mine for y in (*hard, *soft))


def _near_span(a: Number, y: Number) -> bool:
    """Near, but two spans both counted in figures must be equal: "a 79-year-old" is no
    "76-year-old", however near in days (round 148)."""
    if a[2][:1].isdigit() and y[2][:1].isdigit():
        return same_num(a, y)
    return near(a, y)


_LITERAL = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _rounds_to(s: Number, c: Number) -> bool:
    """``c`` is ``s`` rounded to the decimals ``c`` shows (``2.09 million`` -> ``2.1
    million``, ``11.34%`` -> ``11.3%``): a copy's house style, not a changed figure. A
    whole number is not read so: ``47`` -> ``50`` seats is a change."""
    lit = _LITERAL.search(c[2])
    if lit is None or not lit.group(1) or (s[1] != c[1] and s[1] and c[1]):
        return False
    shown = float(lit.group().replace(",", ""))
    scale = c[0] / shown if shown else 1.0
    return bool(abs(s[0] - c[0]) <= 0.5 * 10.0 ** -len(lit.group(1)) * abs(scale) + 1e-9)


# A century said as its hundreds: "built in the 14th century" -> "built in the 1300s",
# and back (round 79)
_HUNDREDS = re.compile(r"\b(\d{1,2})00s\b")
_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b", re.I)


def _century_restated(c: Number, p: Pair) -> bool:
    hundreds = {int(m.group(1)) + 1 for m in _HUNDREDS.finditer(p.c_text)}
    centuries = {int(m.group(1)) for m in _CENTURY.finditer(p.s_text)}
    if hundreds & centuries and c[0] in {100.0 * (n - 1) for n in hundreds}:
        return True
    hundreds = {int(m.group(1)) + 1 for m in _HUNDREDS.finditer(p.s_text)}
    centuries = {int(m.group(1)) for m in _CENTURY.finditer(p.c_text)}
    return bool(hundreds & centuries) and c[0] in centuries


# "construction and housing, two sectors that ...": a number the copy gives to the things
# it has just listed counts words, it states no figure
_LIST_COUNT = re.compile(
    # the last item may be a name of a few words: "Llactapampa and San Isidro de Colca, two
    # villages where ..." (round 33)
    r"\b[\w-]+(?:,\s+[\w-]+)*\s+(?:and|or)\s+[\w-]+(?:\s+[\w-]+){0,3},\s+(?P<n>two|three|four)\s+(?:\w+\s+)?\w+s\b",
    re.I,
)


# ... or the list after a colon: "two things drove the increase: reaching the last eight
# of the Cup and a fresh shirt deal" (round 251)
_COUNT_AHEAD = re.compile(
    r"\b(?P<n>two|three|four|five)\s+(?:[a-z-]+\s+)?(?:things|reasons|factors|ways|drivers"
    r"|points|questions|lessons|changes|takeaways|issues)\b[^.;:]{0,80}:",
    re.I,
)


def _counts_a_list(text: str, c: Number) -> bool:
    return any(
        m.group("n").lower() == c[2].lower()
        for pattern in (_LIST_COUNT, _COUNT_AHEAD)
        for m in pattern.finditer(text)
    )


# ... and "the two companies" for the two the source's sentence names ("Brightholm
# employs about 11,000 people and Sandvale about 4,600", round 72), or for its "the
# groups" (a trial's two arms, round 184)
_THE_COUNT = re.compile(r"\b[Tt]he\s+(?P<n>two|three)\s+(?:[a-z-]+\s+)?(?P<what>[a-z]+s)\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]+")


# ... or "in two districts" for the source's "the districts of Grevholm and Mirasund"
# (round 227): the count of the names it lists
_BARE_COUNT = re.compile(r"\b(?P<n>two|three|four)\s+(?P<what>[a-z]+s)\b")
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"


# ... or one in a clause the copy added about someone its sentence names: "Harlow &
# Finch, which operates 312 supermarkets and employs around 18,000 people, saw its
# shares close ..." for "Harlow & Finch shares closed 0.3% lower" (round 242) is
# background the copy brought, no figure of the source's changed
_ASIDE = re.compile(r",\s+(?:which|who|whose)\s+(?:[^,;]|,(?=\d))+")


def _background_aside(p: Pair, c: Number) -> bool:
    def heads(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())} - {"which", "whose"}

    aside = next((m.group(0) for m in _ASIDE.finditer(p.c_text) if c[2] in m.group(0)), "")
    return bool(aside) and not heads(aside) & heads(p.s_text)


def _names_listed(p: Pair, c: Number) -> bool:
    for m in _BARE_COUNT.finditer(p.c_text):
        if m.group("n").lower() != c[2].lower():
            continue
        listed = re.search(
            rf"\bthe\s+{m.group('what')}\s+of\s+({_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})",
            p.s_text,
        )
        if listed and len(re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group(1))) == c[0]:
            return True
    return False


def _bound_round(s: Number, c: Number, text: str) -> bool:
    """``c`` is ``s`` cut to a whole number under a bound or an "about" ("just over 66%"
    for 66.2%): tighter than ``bound_keeps``, for a figure of another sentence."""
    return bound_keeps(s, c, text) and c[0] in (math.floor(s[0]), math.ceil(s[0]))


def _counts_the_named(p: Pair, c: Number) -> bool:
    counts = [m for m in _THE_COUNT.finditer(p.c_text) if m.group("n").lower() == c[2].lower()]
    if not counts:
        return _names_listed(p, c)
    if any(re.search(rf"\b(?:the|both)\s+{m.group('what')}\b", p.s_text, re.I) for m in counts):
        return True
    names = {w for w in _CAPITALISED.findall(p.s_text) if w.lower() not in STOPWORDS}
    return len(names) == c[0]


def _others_besides(c: Number, p: Pair, sn: Sequence[Number], cn: Sequence[Number]) -> bool:
    """ "Three judges, led by Lady Justice Harrow" -> "Lady Justice Harrow, sitting with
    two other judges" (round 135): the others and the one named make the source's count
    (not "three officers and 13 other soldiers": the others of another figure)."""
    return (
        len(cn) == 1
        and re.search(rf"(?<!\w){re.escape(c[2])}\s+others?\b", p.c_text) is not None
        and any(same_num((c[0] + 1, c[1], ""), s) for s in sn)
    )


def _swapped(p: Pair, sn: Sequence[Number], cn: Sequence[Number]) -> list[Change]:
    """The same figures in a close pair, changed places while the words after each stay:
    "Thirty-one councillors voted in favour, 24 voted against" -> "Twenty-four
    councillors voted in favour, 31 voted against" (round 77: a vote turned round)."""
    if not p.close or len(sn) < 2 or len(sn) != len(cn):
        return []
    if sorted(x[0] for x in sn) != sorted(x[0] for x in cn):
        return []
    if [x[0] for x in sn] == [x[0] for x in cn]:
        return []
    after_s = [text_after(p.s_text, x).split()[:4] for x in sn]
    after_c = [text_after(p.c_text, x).split()[:4] for x in cn]
    if after_s != after_c:
        return []  # the clauses moved with their figures: a reordering, no swap
    k = next(i for i, (x, y) in enumerate(zip(sn, cn, strict=True)) if x[0] != y[0])
    order = f"{', '.join(x[2] for x in sn)} -> {', '.join(x[2] for x in cn)}"
    return [p.change("number", sn[k][2], cn[k][2], f"the figures changed places: {order}")]


# "more than doubled" -> "rose by over 100%" (round 92): a multiple said as a change
_MULTIPLES = (
    (100.0, re.compile(r"\b(?:doubled|doubling|doubles|two-?fold)\b", re.I)),
    (200.0, re.compile(r"\b(?:tripled|trebled|tripling|triples|three-?fold)\b", re.I)),
    (300.0, re.compile(r"\b(?:quadrupled|quadrupling|four-?fold)\b", re.I)),
    (50.0, re.compile(r"\b(?:halved|halving)\b", re.I)),
)


# "in the past year" -> "over the last 12 months", "around the clock" -> "24 hours a
# day" (round 95): a period the source names in words
_PERIODS = (
    (
        re.compile(r"\b(?:12|twelve) months\b", re.I),
        re.compile(r"\b(?:past|last|previous|a|one|the) year\b", re.I),
    ),
    # ("in the first quarter" -> "in the first three months", round 119)
    (
        re.compile(r"\b(?:3|three) months\b", re.I),
        re.compile(r"\bquarter\b", re.I),
    ),
    (
        re.compile(r"\b(?:6|six) months\b", re.I),
        re.compile(r"\bhalf(?:-year| year| of the year)\b", re.I),
    ),
    # ("in its first week" -> "during its first seven days", round 264)
    (
        re.compile(r"\b(?:7|seven) days\b", re.I),
        re.compile(r"\bweek\b", re.I),
    ),
    (
        re.compile(r"\b(?:14|fourteen) days\b|\b(?:2|two) weeks\b", re.I),
        re.compile(r"\bfortnight\b", re.I),
    ),
    (
        re.compile(r"\b24 hours a day\b|\b24/7\b", re.I),
        re.compile(r"\baround the clock\b|\bday and night\b|\bround-the-clock\b", re.I),
    ),
)


def _period_restated(c: Number, p: Pair) -> bool:
    at = [k.start() for k in re.finditer(rf"(?<![\d.,]){re.escape(c[2])}(?!\d)", p.c_text)]
    return any(
        any(m.start() <= k < m.end() for m in copy_rx.finditer(p.c_text) for k in at)
        and src_rx.search(p.s_text) is not None
        for copy_rx, src_rx in _PERIODS
    )


def _multiple_as_percent(c: Number, p: Pair) -> bool:
    return c[1] == "%" and any(
        c[0] == value and rx.search(p.s_text) and not rx.search(p.c_text)
        for value, rx in _MULTIPLES
    )


_POINTS = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s+(?:percentage|per cent|percent)\s+points?\b", re.I
)


def _points_made_percent(p: Pair) -> list[Change]:
    """ "rose 0.6 percentage points" -> "rose 0.6%" (round 95): a rise in the rate made a
    rise of the rate, the one slip a figure's digits cannot show."""
    out = []
    for one, other, flip in ((p.s_text, p.c_text, False), (p.c_text, p.s_text, True)):
        for m in _POINTS.finditer(one):
            x = re.escape(m.group(1))
            pct = re.search(rf"(?<![\d.]){x}\s?(?:%|per ?cent\b|percent\b)(?!\s*points?)", other)
            if pct and not re.search(
                rf"(?<![\d.]){x}\s+(?:percentage|per ?cent|percent)\s+point", other
            ):
                s_t, c_t = (pct.group(), m.group()) if flip else (m.group(), pct.group())
                note = f"{s_t!r} in the source, {c_t!r} in the copy: points and per cent differ"
                out.append(p.change("number", s_t, c_t, note))
    return out


def _metres_shortened(s: Number, c: Number, s_text: str) -> bool:
    """ "over 100 metres" -> "over 100m": the copy's "m" is metres, not a million (round
    154)."""
    m = re.fullmatch(r"(\d[\d,.]*)m", c[2])
    return (
        m is not None
        and s[2] == m.group(1)
        and re.search(rf"\b{re.escape(s[2])}[\s-]?met(?:re|er)s?\b", s_text, re.I) is not None
    )


def check_numbers(p: Pair, src_all: Sequence[Number], src_soft: Sequence[Number]) -> list[Change]:
    sn, cn = numbers(p.s_text), numbers(p.c_text)
    # (figures that changed places, or a rank changed: the pair's one change of figures)
    moved = _swapped(p, sn, cn) + ordinal_changed(p) + _points_made_percent(p)
    moved = moved or score_changed(p) or holders_swapped(p, sn, cn)
    if moved:
        return moved
    sa, ca = approx(p.s_text), approx(p.c_text)
    # (a conversion in brackets the copy left out is no figure to pair with another)
    units = {c[1] for c in cn}
    s_left = [
        x
        for x in sn
        if not _matched(x, sa, cn, ca) and (x[1] in units or not conversion_aside(x, p.s_text))
    ]
    out = []
    # First each copy figure that is a source figure restated (rounded, converted, bound),
    # then the rest: "a one-mile zone and a 6-mile stretch" -> "a five-kilometre zone and
    # around ten kilometres" pairs the ten with the six before the five takes it (round 100)
    rest = []
    for c in cn:
        if _matched(c, ca, sn, sa) or converted(c, p.c_text) or currency_converted(c, p):
            continue
        rounded = next(
            (
                s
                for s in s_left
                if _rounds_to(s, c)
                # "every 20" -> "every 20 minutes": the unit the source left implied
                # ("from four weeks to two and a half" -> "two and a half weeks", r247)
                or (not s[1] and (s[2] == c[2].split()[0] or s[2] == c[2].rsplit(" ", 1)[0]))
                or bound_keeps(s, c, p.c_text)
                or same_quantity(s, c, p.s_text, p.c_text)
                or same_rate(s, c, p.s_text, p.c_text)
                or _metres_shortened(s, c, p.s_text)
            ),
            None,
        )
        if rounded is not None:  # "2.09 million" -> "2.1 million"
            s_left.remove(rounded)
        else:
            rest.append(c)
    for c in rest:
        # (its operands in the two sentences, or for a ratio anywhere in the story:
        # across the article, too many pairs of figures differ by a changed one)
        here = (*sn, *(x for x in cn if x is not c))
        swapped = next((s for s in s_left if _digits_transposed(s, c)), None)
        if swapped is None and (
            worked_out(c, here, src_all, p.c_text)
            or years_since(c, p)
            or months_spanned(c, p)
            or totalled(c, p, src_all)
            or share_worked_out(c, p, src_all)
            or ratio_worked_out(c, here, p.c_text)
            # a rate given again over another period beside the source's own ("162
            # million litres a day, or 6.75 million litres an hour": round 64)
            or any(same_rate(s, c, p.s_text, p.c_text) for s in sn)
            or age_from_birth(c, p)
            or clock_span(c, p)
            or days_spanned(c, p)
            or time_ago(c, p)
            or time_elapsed(c, p)
            or time_until(c, p)
            or places_moved(c, p)
            or basis_points(c, p)
            or fraction_kept(c, sa, p)
            or glossed(c, cn)
            or _counts_the_named(p, c)
            or _others_besides(c, p, sn, cn)
            or _century_restated(c, p)
            or _multiple_as_percent(c, p)
            or _period_restated(c, p)
            or said_as_ordinal(c, p.s_text)
        ):
            continue
        merged = merged_parts(c, s_left) if swapped is None else None
        if merged is not None:
            for x in merged:
                s_left.remove(x)
            continue
        if s_left and not p.close and told_elsewhere(c, p, src_all):
            continue
        if swapped is None and s_left and _kept_in_copy(p, s_left):
            continue
        # (a loose pair's share is not replaced by a count: "the base rate falling to
        # 5.50%" and "would fall by about 190 marek" are two statements, round 180)
        kin = [x for x in s_left if p.close or (x[1] == "%") == (c[1] == "%")]
        kin = [swapped] if swapped is not None else kin
        if kin:
            s = kin[0]
            s_left.remove(s)
            out.append(
                p.change("number", s[2], c[2], f"{s[2]!r} in the source, {c[2]!r} in the copy")
            )
        elif one := _one_replaced(p, c):
            out.append(
                p.change("number", one, c[2], f"{one!r} in the source, {c[2]!r} in the copy")
            )
        elif (
            not _matched(c, ca, src_all, src_soft)
            and not _counts_a_list(p.c_text, c)
            # (a bound on a figure of another sentence: "just over 66%" for the 66.2% of
            # the story's first line, round 227)
            and not any(_bound_round(s, c, p.c_text) for s in src_all)
            and not _background_aside(p, c)
        ):
            out.append(p.change("number", "", c[2], f"{c[2]!r} is not in the source"))
    for s in s_left:
        for a in ca:
            if s[1] == a[1] == "%" and not _matched(a, ca, sn, sa) and not fraction_fits(s, a, p):
                if not p.close and not same_share(p, s, a):
                    continue  # "80% of antibiotics" -> "a fifth of people" (round 144)
                note = f"{s[2]!r} in the source, {a[2]!r} in the copy"
                out.append(p.change("number", s[2], a[2], note))
                break
    # A loose pair in which every figure differs, two or more of them, is two statements
    # the aligner paired, not one with its figures changed: "which totalled 112.4 million
    # pounds across 38 lots" and "a rival house's sale brought in £41 million against an
    # estimate of £44 million" (round 152)
    if not p.close and len(out) >= 2 and len(rest) == len(cn) and not _shares_figure(sn, cn):
        return []
    return out or fraction_changed(p, (*sn, *sa), (*cn, *ca))


def _digits_transposed(s: Number, c: Number) -> bool:
    """``c`` is ``s`` with its digits in another order ("finished 42 seconds behind" ->
    "24 seconds", round 114): a figure garbled or changed, whatever sum or difference of
    the story's figures it happens to equal (42 less the 18 seconds of its lead)."""
    ds, dc = re.sub(r"\D", "", s[2]), re.sub(r"\D", "", c[2])
    return s[1] == c[1] and len(ds) >= 2 and ds != dc and sorted(ds) == sorted(dc)


def _kept_in_copy(p: Pair, left: Sequence[Number]) -> bool:
    """The pair's source figures the copy gives in other sentences of its own, each with
    the word after it: kept there, so the pair's new figure is the copy's own fact, not
    one in their place ("had been open for 148 years" paired with "had just three pupils
    left", the copy's next sentence telling the "three pupils", round 150)."""
    others = [x.text for k, x in enumerate(p.copy.sentences) if k not in p.c_idx]

    def noun(text: str, x: Number) -> list[str]:
        return re.findall(r"[\w'-]+", text_after(text, x).lower())[:1]

    for s in left:
        after = noun(p.s_text, s)
        if not after or not any(
            same_num(s, y) and noun(t, y) == after for t in others for y in numbers(t)
        ):
            return False
    return True


def _shares_figure(sn: Sequence[Number], cn: Sequence[Number]) -> bool:
    return any(same_num(x, y) for x in sn for y in cn)


_IRREGULAR = {"person": "people", "child": "children", "woman": "women", "man": "men"}
_ONE = re.compile(r"\b(?:one|a single)\s+([a-z]+)", re.I)


def _one_replaced(p: Pair, c: Number) -> str | None:
    """The source's "one <noun>" that the copy counts as ``c`` ("one police officer was
    killed" -> "two police officers were killed", round 24). numbers() leaves "one" out,
    as "one of the ..." is rarely a count; next to the same noun it is."""
    at = p.c_text.find(c[2])
    after = p.c_text[at + len(c[2]) :].split()[:1] if at >= 0 else []
    if not after:
        return None
    noun = after[0].lower().strip(",.;:")
    for m in _ONE.finditer(p.s_text):
        w = m.group(1).lower()
        plurals = {w, w + "s", w + "es", _IRREGULAR.get(w, w)}
        if w.endswith("man"):
            plurals.add(w[:-3] + "men")
        if noun in plurals and not re.search(rf"\b{re.escape(m.group())}\b", p.c_text, re.I):
            return m.group()
    return None
