"""What a count counts, where the figure check sees no figure changed (factfigures.py
compares the values):

- counts given in words: "Dozens of men have refused food" -> "Hundreds of men" (round
  169): no digit changes, so the magnitudes are read here;
- the same figure of another kind of thing: "61,000 pupils" -> "61,000 students", "27.4%
  of entries" -> "27.4% of students" (round 170), from a short table of kinds a story
  keeps apart;
- the same rate against another base: "rose 9.4% year-on-year in March" -> "jumped 9.4%
  in March compared with February" (round 174).
"""

from __future__ import annotations

import re

from .article import Article, Change
from .factpair import Pair
from .factvalues import numbers, same_num

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


# Kinds of counted things a copy may not trade for one another: one group per line, its
# words the same kind ("pupils" and "schoolchildren"). A word outside the table is never
# compared: "600 appointments" -> "600 outpatient appointments" says the same.
_KINDS = """pupils pupil schoolchildren schoolchild
students student undergraduates undergraduate
teachers teacher
entries entry exams exam papers scripts
deaths dead fatalities
injuries injured wounded
cases infections
patients patient
beds
flights
passengers
homes houses households
businesses firms companies
cattle cows
sheep
pigs
hens chickens birds
soldiers troops
civilians
schools
doctors
nurses""".splitlines()
_KIND_OF = {w: k for k, line in enumerate(_KINDS) for w in line.split()}
# the two a page's locale names either way: a school's "pupils" are "students" in the US
_SCHOOLCHILDREN = {_KIND_OF["pupils"], _KIND_OF["students"]}
# the words after a figure that may hold what it counts: "61,000 primary pupils", "27.4%
# of entries", "14,200 head of cattle"
_COUNTED = re.compile(
    r"\s*(?:per ?cent\b|%)?\s*(?:of\s+(?:the\s+|all\s+)?)?((?:[a-z-]+\s+){0,2}[a-z-]+)"
)


_AGED = re.compile(r"[\s-]*(?:years?|months?)[\s-]*old\b", re.I)


def _counted(text: str) -> list[tuple[float, str, str]]:
    """(value, the figure and its words as written, kind word) of each figure in ``text``
    followed by a word of the table within three words."""
    out = []
    for n in numbers(text):
        for m in re.finditer(r"(?<![\w.,])" + re.escape(n[2]) + r"(?![\w])", text):
            if _AGED.match(text, m.end()):
                continue  # an age: "a 16-year-old student" -> "a 16-year-old pupil"
            if n[1] != "%" and re.match(r"\s+of\b", text[m.end() :]):
                continue  # a part: "Five of the dead were civilians" counts civilians
            after = _COUNTED.match(text, m.end())
            words = re.finditer(r"\S+", after.group(1).lower()) if after else iter(())
            hit = next((w for w in words if w.group() in _KIND_OF), None)
            if after is not None and hit is not None:
                out.append((n[0], text[m.start() : after.start(1) + hit.end()], hit.group()))
    return out


def counted_swapped(p: Pair) -> list[Change]:
    """A figure both sides give, of one kind of thing in the source and another in the
    copy, where the source gives that figure of the copy's kind nowhere."""
    s_all, c_all = _counted(p.s_plain), _counted(p.c_plain)
    for value, written, kind in c_all:
        same = [x for x in s_all if x[0] == value]
        if not same or any(_KIND_OF[x[2]] == _KIND_OF[kind] for x in same):
            continue
        was = same[0]
        if _renamed_throughout(p, _KIND_OF[was[2]], _KIND_OF[kind]):
            continue
        note = f"{was[1]!r} in the source, {written!r} in the copy"
        return [p.change("number", was[1], written, note)]
    return []


def _renamed_throughout(p: Pair, was: int, now: int) -> bool:
    """The copy calls the thing by the other name everywhere: the source never names the
    copy's kind and the copy never the source's ("pupils" -> "students" on a US page,
    round 211), so no second group the story keeps apart could be meant. Where the source
    also counts students ("18,000 university students", round 170) the swap stays. Only
    counts are read: a copy that counts "students" throughout may still write "within
    twelve months of a pupil's departure" (round 242)."""

    if {was, now} != _SCHOOLCHILDREN:
        return False  # (a share of entries made one of students is another thing, r170)

    def kinds(article: Article) -> set[int]:
        text = " ".join(s.text for s in article.sentences).lower()
        return {_KIND_OF[x[2]] for x in _counted(text)}

    return now not in kinds(p.source) and was not in kinds(p.copy)


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_YEAR_ON_YEAR = re.compile(
    r"\b(?:year[- ]on[- ]year|from a year (?:earlier|ago|before)|on an annual basis"
    r"|compared with (?:a year (?:earlier|ago)|the same (?:month|period|quarter) (?:a|last) year))\b",
    re.I,
)
_MONTH_ON_MONTH = re.compile(
    r"\b(?:month[- ]on[- ]month|from the previous month|on the month"
    r"|(?:compared with|from) (?:the previous month|" + _MONTH + r"(?![\w ]*\d{4})))\b",
    re.I,
)


def basis_changed(p: Pair) -> list[Change]:
    """A rate both sides give, year on year in the source, month on month in the copy
    (or the other way round)."""
    sy, sm = _YEAR_ON_YEAR.search(p.s_plain), _MONTH_ON_MONTH.search(p.s_plain)
    cy, cm = _YEAR_ON_YEAR.search(p.c_plain), _MONTH_ON_MONTH.search(p.c_plain)
    was, now = (
        (sy, cm)
        if sy and cm and not sm and not cy
        else (sm, cy)
        if sm and cy and not sy and not cm
        else (None, None)
    )
    if was is None or now is None:
        return []
    shared = [
        x
        for x in numbers(p.s_plain)
        if x[1] == "%" and any(same_num(x, y) for y in numbers(p.c_plain))
    ]
    if not shared:
        return []
    note = f"{shared[0][2]} {was.group()!r} in the source, {now.group()!r} in the copy"
    return [p.change("number", was.group(), now.group(), note)]


def counts_changed(p: Pair) -> list[Change]:
    """The checks of this module, the first that finds a change."""
    return vague_count_changed(p) or counted_swapped(p) or basis_changed(p)
