"""The specifics of a text: the names and figures that tie a report to one event (two
reports of one event share them; two reports of different events on one subject share
the vocabulary but few of them). Read by the aligner (a pair that is only topical), by
the relation's evidence (shared specifics) and by the translation check."""

from __future__ import annotations

import re

# Specifics: capitalised words inside a sentence (names of people, places, bodies) and
# figures of two or more digits. Two reports of one event share them; two reports of
# different events on one subject (two matches, two earthquakes) share the vocabulary
# but few of them, and so do two parallel sentences about different people or places.
NAME_WORD = re.compile(r"(?<=[\w,;)] )[A-Z][\w'’\-]*\w")  # capitalised inside a sentence
_FIGURE = re.compile(r"\d[\d,.]*\d")
_CALENDAR = frozenset(
    """January February March April May June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
# Capitalised words every story of a kind has (titles, bodies, credit lines): "Prime
# Minister", "Electoral Commission", "Editing by" name no particular event.
_GENERIC_CAPS = frozenset(
    """prime minister ministers president vice deputy chief secretary general governor mayor
    chairman spokesman spokeswoman spokesperson director head leader officials official
    ministry department commission committee council parliament government cabinet court
    supreme party parties union national state federal republic democratic democrats
    international central agency authority office police army forces military security
    reporting editing writing additional photo reuters ap afp associated press""".split()
)
_POSSESSIVE = re.compile(r"['’]s$")
TOPICAL_MIN_SPECIFICS = 4  # names and figures each side needs before ...
TOPICAL_MAX_SHARED = 0.2  # ... a paraphrase pair sharing at most this share of them is refused


def specifics_of(text: str) -> set[str]:
    """The names (capitalised words not opening a sentence) and figures of ``text``."""
    # (a possessive is the name: "Brunner's" is Brunner, round 93)
    out = {
        _POSSESSIVE.sub("", w.lower())
        for w in NAME_WORD.findall(text)
        # (a span of months or days is calendar too: "its June-to-September timetable")
        if not _CALENDAR.intersection(w.split("-")) and w.lower() not in _GENERIC_CAPS
    }
    out.update(x.replace(",", "") for x in _FIGURE.findall(text))
    return out


def only_topical(copy_text: str, source_text: str) -> bool:
    """Two sentences that say the same kind of thing about other people, places and
    figures (``a season ticket from Reading costs 5,472 pounds`` / ``from Brighton, 5,920
    pounds``): each names several specifics and they share almost none."""
    a, b = specifics_of(copy_text), specifics_of(source_text)
    small = min(len(a), len(b))
    return small >= TOPICAL_MIN_SPECIFICS and len(a & b) <= TOPICAL_MAX_SHARED * small
