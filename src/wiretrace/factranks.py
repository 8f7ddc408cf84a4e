"""Ranks and scores a copy changed, which the figure check of factfigures.py does not
read as figures: an ordinal (*the second spacecraft* -> *the first*), a match's score
(*beat Redcliffe 3-1* -> *a 3-2 comeback win*), and a small count the source says as an
ordinal (*before their second birthday* -> *before turning two*), which is no change.
Split from factfigures.py."""

from __future__ import annotations

import difflib
import re

from .article import Change
from .factpair import Pair
from .factvalues import Number, count

_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)
_ORDINAL = re.compile(r"^(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS) + ")$", re.I)


# a score or a span of two small whole numbers: "beat Redcliffe 3-1", "aged 5-11"
_PAIRED = re.compile(r"(?<![\d.,:/-])(\d{1,2})-(\d{1,2})(?![\d.,:/-]|\s*(?:[ap]\.?m\b))")


# ... and a vote's tally in words: "voted seven to two for the cut" -> "taken by a
# six-to-three vote" (round 244), whose four figures read alone differ every one
_SMALL = "one two three four five six seven eight nine ten eleven twelve".split()
_N = r"(?:\d{1,2}|" + "|".join(_SMALL) + ")"
_TALLY = re.compile(
    rf"(?:\bvoted\s+|\bby\s+(?:a\s+)?)({_N})(?:-to-|\s+to\s+|-)({_N})\b"
    rf"|\b({_N})(?:-to-|\s+to\s+|-)({_N})\s+(?:vote|votes|majority|split|decision)\b",
    re.I,
)


def _tallies(text: str) -> dict[str, str]:
    """Each tally of ``text`` written in words, as "a-b" in digits, with its words."""
    out = {}
    for m in _TALLY.finditer(text):
        a, b = (g for g in m.groups() if g)
        if a.isdigit() and b.isdigit():
            continue  # "voted 9-4": the score's own form reads it
        out["-".join(str(int(count(x) or 0)) for x in (a, b))] = m.group()
    return out


def score_changed(p: Pair) -> list[Change]:
    """ "beat Redcliffe 3-1" -> "a 3-2 comeback win" (round 117): the figure read alone is
    a 2 the source has elsewhere ("scored twice"), but the score is one thing. One score
    on each side the other lacks, not the same two numbers turned round ("lost 1-3")."""
    s_told, c_told = _tallies(p.s_text), _tallies(p.c_text)
    s_all = {m.group() for m in _PAIRED.finditer(p.s_text)} | set(s_told)
    c_all = {m.group() for m in _PAIRED.finditer(p.c_text)} | set(c_told)

    def key(score: str) -> tuple[int, ...]:
        return tuple(sorted(int(x) for x in score.split("-")))

    s_only = [x for x in s_all - c_all if key(x) not in {key(y) for y in c_all}]
    c_only = [x for x in c_all - s_all if key(x) not in {key(y) for y in s_all}]
    if len(s_only) != 1 or len(c_only) != 1:
        return []
    was, now = s_told.get(s_only[0], s_only[0]), c_told.get(c_only[0], c_only[0])
    return [p.change("number", was, now, f"{was!r} in the source, {now!r} in the copy")]


def ordinal_changed(p: Pair) -> list[Change]:
    """A rank a close pair changed: "the second spacecraft to orbit Saturn" -> "the first"
    (round 79: ordinals are no figures to the number check)."""
    if not p.close:
        return []
    sw, cw = p.s_text.split(), p.c_text.split()
    sm = difflib.SequenceMatcher(None, [w.lower() for w in sw], [w.lower() for w in cw])
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "replace" and i2 - i1 == j2 - j1 == 1:
            a, b = sw[i1].strip(",.;:"), cw[j1].strip(",.;:")
            if _ORDINAL.match(a) and _ORDINAL.match(b) and a.lower() != b.lower():
                return [p.change("number", a, b, f"{a!r} in the source, {b!r} in the copy")]
    return []


def said_as_ordinal(c: Number, s_text: str) -> bool:
    """A small count the source says as an ordinal: "before their second birthday" ->
    "before turning two" (round 144)."""
    n = int(c[0]) if not c[1] and c[0] == int(c[0]) else 0
    if not 1 <= n <= len(_ORDINAL_WORDS):
        return False
    suffix = "st" if n == 1 else "nd" if n == 2 else "rd" if n == 3 else "th"
    pattern = rf"\b(?:{_ORDINAL_WORDS[n - 1]}|{n}{suffix})\b"
    return re.search(pattern, s_text, re.I) is not None
