"""A place the copy moved the event to, often one the source names for something else.

The name checks (factnames.py) report a proper noun the copy brought in from nowhere;
a rewriter who moves an event to another town the story names ("died in the jail in
Harlow" -> "in the jail in Pell's Crossing", where the source has him arrested; round
115) uses a name the source has, so those checks pass it. What gives it away: the place
the source sentence puts the event in is gone from the whole copy, and another place
stands after the same preposition in the copy sentence. The same reads a place the
source never names in a sentence the copy rebuilt around it, where the word-by-word
name checks find no slot to compare (round 119).

``landmark_swaps`` reads a place noun after a locative preposition that the copy replaced
with another kind of place (``outside the parliament building`` -> ``outside the
presidential palace``).
"""

from __future__ import annotations

import re

from .article import Change
from .factcountries import US_STATES
from .factlexicon import PLACE_NOUNS
from .factnames import CALENDAR, WORD, Swap, acronyms, country_keys
from .factpair import Pair, acronym, word_keys
from .textcache import text_cache

# the words of a place's quarter: "the Northern Banks" -> "the Western Banks"
COMPASS = frozenset(
    "north northern south southern east eastern west western upper lower central "
    "northeast northwest southeast southwest north-east north-west south-east south-west "
    "inner outer".split()
)

_LOCATIVE = frozenset(
    "in at near outside inside into from to towards toward across beside behind opposite "
    "around through".split()
)
# (and a bearing: "38 nautical miles south of Cape Sorrel", round 188)
_PLACE_PREPOSITIONS = "in|from|at|near|outside|(?:north|south|east|west)(?:-?(?:east|west))? of"
# a preposition, then a run of capitalised words ("Pell's Crossing", "Harbor Square")
_PLACED = re.compile(
    rf"\b({_PLACE_PREPOSITIONS})\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)",
)


def _places(text: str) -> list[tuple[str, str]]:
    """(preposition, place) for each capitalised run after a place preposition, less
    months and weekdays ("in March", "on Tuesday")."""
    out = []
    for m in _PLACED.finditer(text):
        # (a possessive is its place: "in Tarnholt's covered market" -> "in Tarnholt")
        words = [re.sub(r"['’]s$", "", w) for w in WORD.findall(m.group(2))]
        words = [w for w in words if w.lower() not in CALENDAR]
        if words:
            out.append((m.group(1).lower(), " ".join(words)))
    return out


@text_cache(maxsize=1024)
def _words(text: str) -> frozenset[str]:
    # (cached: each aligned pair reads the whole copy's and source's words)
    # (less a possessive, as _places reads a place: "the IFRC's hub" names the IFRC)
    return frozenset(re.sub(r"['’]s$", "", w.lower()) for w in WORD.findall(text))


def place_moved(p: Pair, found: list[Change]) -> list[Change]:
    """One place of the source sentence gone from the whole copy and one place the source
    sentence lacks, after the same preposition in the copy sentence: the event moved.
    Only when each side has exactly one such place, and no change already found names
    either."""
    copy_words, s_words = _words(p.copy.text), _words(p.s_text)
    lost = [(prep, place) for prep, place in _places(p.s_plain) if not _words(place) & copy_words]
    # (a place the source never names is a swap the name checks find, unless the copy
    # reordered the sentence around it: round 119's "a drone strike on a market in
    # Beleni ... killed" -> "were killed when a drone struck a market in Kalifa")
    new = [(prep, place) for prep, place in _places(p.c_plain) if not _words(place) & s_words]
    if len(lost) != 1 or len(new) != 1 or lost[0][0] != new[0][0]:
        return []
    was, now = lost[0][1], new[0][1]
    # "from the European Union's funds" -> "from EU funds" (round 178); "from the U.S.
    # Food and Drug Administration" -> "from the FDA" (round 184)
    if acronym(was.split(), now) or acronym(now.split(), was) or now.lower() in acronyms(p.s_text):
        return []
    done = {w for c in found for w in _words(c.source_text + " " + c.copy_text)}
    if done & (_words(was) | _words(now)):
        return []
    elsewhere = "a place the source names for something else"
    note = f"{was!r} replaced by {now!r}" + (
        f", {elsewhere}" if _words(now) <= _words(p.source.text) else ""
    )
    return [p.change("place", was, now, note)]


# "hotels in the city had reported cancellations" -> "hotels across the Ferrin Islands"
# (round 204): a place the source gives as "the city" named as another one
_GENERIC_PLACE = re.compile(
    r"\b(in|at|across|near|around|outside|throughout)\s+the\s+"
    r"(?:city|town|village|region|area|island|islands|province|county|district)\b"
    r"(?!\s+of\s+[A-Z])"  # (not "the village of Tarno": named there)
    r"(?!['’])"  # (nor "candidates in the region's race", no place of theirs: round 207)
)
_OF_PLACE = re.compile(r"\b(?:of|in|at|from)\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
_NAMED_PLACE = re.compile(
    r"\b(?:in|at|across|near|around|outside|throughout)\s+(?:the\s+)?"
    r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)


def generic_place_named(p: Pair, found: list[Change]) -> list[Change]:
    """In a close pair, the source's "in the city" made a named place that neither the
    source sentence nor the one before it names: another place, not the city it meant
    (unless a place change of the pair, ``found``, already tells the move)."""
    gm = _GENERIC_PLACE.search(p.s_plain)
    if not p.close or gm is None or gm.group().lower() in p.c_plain.lower():
        return []
    if any(c.kind == "place" for c in found):
        return []
    # the place "the city" means, named in the source sentence, stays in the copy's: the
    # new place is another one ("The mayor of Port Selva ... said hotels in the city")
    meant = [m.group(1) for m in _OF_PLACE.finditer(p.s_plain)]
    if not any(_words(x) <= _words(p.c_plain) for x in meant):
        return []
    first = min(p.s_idx)
    around = " ".join(s.text for s in p.source.sentences[max(0, first - 1) : max(p.s_idx) + 1])
    # (and the source's own name for it: "Oskeva district" and then "in the district"
    # -> "in Oskeva", round 240)
    noun = gm.group().split()[-1]
    around += " " + " ".join(
        m.group(1) or m.group(2)
        for m in re.finditer(
            rf"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+{noun}\b|\b{noun}\s+of\s+([A-Z][\w'-]*)",
            p.source.text,
        )
    )
    for m in _NAMED_PLACE.finditer(p.c_plain):
        words = [w for w in WORD.findall(m.group(1)) if w.lower() not in CALENDAR]
        if words and not _words(" ".join(words)) & _words(around):
            place = " ".join(words)
            note = f"{gm.group()!r} became {place!r}, a place the source does not mean there"
            return [p.change("place", gm.group(), m.group(), note)]
    return []


def state_of_us(was: str, now: str, source: str) -> bool:
    """The United States narrowed to a state the source names elsewhere: "U.S. grocery
    chain Harbison's" -> "The Ohio-based grocery chain" beside the source's "The
    Columbus, Ohio-based company" (round 157)."""
    if country_keys(was) != {"us"}:
        return False
    states = {w.lower().split("-")[0] for w in WORD.findall(now) if w[:1].isupper()} - {"the"}
    return (
        bool(states) and states <= US_STATES and states <= set(word_keys(source.replace("-", " ")))
    )


def landmark_swaps(
    sk: list[str], ck: list[str], ops: list[tuple[str, int, int, int, int]]
) -> list[Swap]:
    """A place noun after a locative preposition that the copy replaced with another
    (``sk``/``ck``: the lower-case words; ``ops``: their difflib opcodes)."""
    out: list[Swap] = []
    s_set, c_set = set(sk), set(ck)
    for op, i1, i2, j1, j2 in ops:
        if op != "replace" or i2 - i1 > 4 or j2 - j1 > 4:
            continue
        lost = [w for w in sk[i1:i2] if w in PLACE_NOUNS and w not in c_set]
        new = [w for w in ck[j1:j2] if w in PLACE_NOUNS and w not in s_set]
        if (
            not lost
            or not new
            or set().union(*(PLACE_NOUNS[w] for w in lost))
            & set().union(*(PLACE_NOUNS[w] for w in new))
        ):
            continue
        if not _LOCATIVE & set(sk[max(0, i1 - 3) : i1] + ck[max(0, j1 - 3) : j1]):
            continue
        s, c = " ".join(sk[i1:i2]), " ".join(ck[j1:j2])
        out.append(("place", s, c, f"{s!r} became {c!r}"))
    return out
