"""Quantity hedges: a figure the source qualified ("at least 120", "about 40", "up to
$8 million") that the copy gives as exact. Split from facthedges.py, whose
``check_hedges`` asks :func:`figure_hedges` after the epistemic hedges."""

from __future__ import annotations

import re

from .article import Change
from .factfindings import verb_stem
from .factpair import Pair
from .factvalues import numbers

# The copy must keep a qualifier in front of the same figure.
_QUANTITY = re.compile(
    r"\b(?P<h>at least|up to|as many as|as much as|an estimated|approximately|roughly|"
    r"about|around|nearly|almost|some)"
    r"\s+(?P<w>[$€£]?\d[\d,.]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)\b)",
    re.I,
)
_QUALIFIERS = re.compile(
    r"\b(?:at least|up to|as many as|as much as|estimated|approximately|roughly|about|"
    r"around|nearly|almost|some|more than|over|under|fewer than|less than|close(?:r)? to|nearer|"
    r"upwards of|or more|at most|no more than|reaching|reached|peaking at|topping|"
    r"as high as|as low as|a peak of|maximum of|minimum of|max|as long as|as far as|as late as"
    # a capacity is a ceiling: "run at up to 250 km per hour" -> "can reach speeds of 250
    # kilometres per hour" (round 145)
    # (a possible sum: "a potential 8 million", "a possible further 8m", round 154)
    r"|(?:possible|potential|potentially)(?:\s+(?:another|more|further|extra|additional))?"
    r"|(?:can|could|able to)\s+(?:reach|hit|carry|hold|seat|accommodate|handle|store)"
    r"(?:\s+(?:speeds?|a speed|a capacity)\s+of)?|top speeds? of|capacity of|as fast as)"
    # ("at least another three summers", round 79)
    r"(?:\s+(?:another|more|further|other))?\s*$",
    re.I,
)

FUNCTION_WORDS = frozenset(
    "the a an of to in on at by for from with as and or that this these those its their "
    "his her it they he she be been is are was were have has had not".split()
)


# ... or a qualifier a few words before it ("an estimated cost of 310m"), or "or so" after
# it ("300 million dollars or so") (round 52)
_QUALIFIER_NOUN = re.compile(r"\b(?:estimated|approximate|roughly|about)\s+[a-z]+\s+of\s*$", re.I)
_OR_SO = re.compile(r"^[\w.,]*(?:\s+[a-z]+){0,2}\s+or\s+so\b", re.I)


# the figure and unit before an opening bracket: "some 22,400 miles ("
_CONVERTED_BEFORE = re.compile(r"(\d[\d,.]*)\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*\(\s*$")
# ... or a bound after it: "since 2019 at the latest" for "since at least 2019" (round 54)
# ("a further EUR 8m possible in add-ons" for "up to 8 million euros", round 154)
_BOUND_AFTER = re.compile(
    r"^[\w.,]*\s+(?:at the (?:latest|earliest|most|least)|(?:possible|potentially|at most)\b)",
    re.I,
)


def _qualified(c_plain: str, k: int) -> bool:
    # (a currency sign or code between: "an estimated $610m", "around EUR 19 million",
    # rounds 54-55; "about NOK 310 million", round 138)
    # (a dollar's country too: "about US$24 million", round 153)
    before = re.sub(
        r"(?:(?:\b(?:US|AU?|CA?|NZ|HK|S|NT))?[$€£¥₹₦]|\b(?:[A-Z]{3}|Rs\.?|KSh|R))\s*$",
        "",
        c_plain[max(0, k - 30) : k],
    )
    before = re.sub(r"\b(?:US|AU?|CA?|NZ|HK|NT)$", "", before)  # ("US" of "US$24")
    # a figure given in brackets after its hedged conversion: "some 22,400 miles
    # (36,000km)" keeps the "about 36,000 kilometres" of the source (round 55)
    conv = _CONVERTED_BEFORE.search(before)
    if conv is not None and _qualified(c_plain, k - len(before) + conv.start(1)):
        return True
    return bool(
        _QUALIFIERS.search(before[-20:])
        or _QUALIFIER_NOUN.search(before)
        or _OR_SO.match(c_plain[k : k + 40])
        or _BOUND_AFTER.match(c_plain[k : k + 40])
    )


# (or "picked up to 2.4%", "ticked up to": a rise, round 198)
_GONE_UP = re.compile(
    r"\b(?:go|goes|going|went|gone|picked|picks|ticked|ticks|edged|edges|crept|creeps"
    r"|moved|moves|shot|shoots|sped|speeded)\s*$",
    re.I,
)


def _same_thing(text: str, at: int, what: str) -> bool:
    """The figure ending at ``at`` counts ``what`` (or no word says what it counts)."""
    after = _NOUN_AFTER.match(text, at)
    if after is None:
        return True
    word = after.group(1).lower()
    return word in FUNCTION_WORDS or verb_stem(word) == verb_stem(what)


_ESTIMATING = re.compile(r"\b(?:estimat|reckon|calculat)[a-z]*\b", re.I)
_PART_OF = re.compile(r"\s+of\s+(?:them|those|whom|which)\b", re.I)
_NOUN_AFTER = re.compile(r"[\s-]+([^\W\d_]{3,})")


def figure_hedges(s_plain: str, c_plain: str, p: Pair) -> list[Change]:
    """Each qualified figure of ``s_plain`` that ``c_plain`` gives bare."""
    out: list[Change] = []
    for m in _QUANTITY.finditer(s_plain):
        fig = m.group("w").rstrip(".,")
        if fig.isalpha() and m.group("h").lower() in ("about", "around", "some"):
            continue  # "talked about two issues": a preposition, not a hedge
        if m.group("h").lower() == "some" and re.search(r"\.\d", fig):
            continue  # "Some 7.9% of patients": a measured share, only said grandly (r184)
        if m.group("h").lower() == "up to" and _GONE_UP.search(s_plain[: m.start()]):
            continue  # "will go up to $22.99": a rise to it, no ceiling (round 132)
        at = [
            k.start()
            for k in re.finditer(r"(?<![\d.,])" + re.escape(fig) + r"(?![\d])", c_plain, re.I)
        ]
        if not at:  # the same figure in words: "at least 40" -> "Forty"
            want = numbers(fig)
            for n in numbers(c_plain):
                if want and n[0] == want[0][0] and not any(ch.isdigit() for ch in n[2]):
                    at += [k.start() for k in re.finditer(re.escape(n[2]), c_plain)]
        # "at least 112 people were injured, 85 of them in Oskerdal": a part of a total
        # that carries the doubt (round 81)
        at = [k for k in at if not _PART_OF.match(c_plain, k + len(fig))]
        # the same figure of other things is another claim: "in nearly three decades" ->
        # "in three districts ... in almost 30 years" (round 98)
        noun = _NOUN_AFTER.match(s_plain, m.end())
        if noun is not None and noun.group(1).lower() not in FUNCTION_WORDS:
            what = noun.group(1).lower()
            at = [k for k in at if _same_thing(c_plain, k + len(fig), what)]
        if m.group("h").lower() == "an estimated":
            # the estimate told by its verb: "an estimated 31 million" -> "estimates that
            # ... cost its members 31 million" (round 258)
            at = [k for k in at if not _ESTIMATING.search(c_plain, max(0, k - 120), k)]
        if at and not any(_qualified(c_plain, k) for k in at):
            note = f"hedge {m.group('h')!r} dropped: the copy gives {fig} as exact"
            out.append(p.change("hedge", m.group(), fig, note))
    return out
