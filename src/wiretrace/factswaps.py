"""Names and places swapped in an aligned pair, beyond the entity check of facts.py:
capitalised runs and landmarks (factnames.py), a surname given to another person the
story names, and the forms of one name or one country that are no swap (a first name for
a surname, a capital for its government). Split from facts.py."""

from __future__ import annotations

import re

from .article import Change
from .cuepatterns import CUE_WORDS
from .factlexicon import CAPITALS
from .factnames import country_keys, government_of, proper_swaps
from .factpair import WORD, Pair, opcodes, word_keys
from .factplaces import landmark_swaps

_CAPITAL_WORDS = frozenset(CAPITALS)  # a capital stands for its government (metonymy)
_EU_WORDS = frozenset({"european", "eu", "brussels"})
FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _governments(text: str) -> set[str]:
    """The countries ``text`` names, by any form of the name or by the capital."""
    words = set(word_keys(text))
    return set(country_keys(text)) | {
        g for w in words & _CAPITAL_WORDS if (g := government_of(w)) is not None
    }


def metonym(name: str, other: str) -> bool:
    """``name`` is a country, its capital or the European Union, and ``other`` names the
    same by another form: the United States / America / Washington, the EU / Brussels."""
    if _EU_WORDS & set(word_keys(name)) and _EU_WORDS & set(word_keys(other)):
        return True
    countries = _governments(name)
    return bool(countries) and countries <= _governments(other)


_CUE_ONLY = frozenset("said says told tells added adds stated states".split())
# ... or its auxiliary: "Cllr Joanna Pryde, said" -> "has said" (round 168)
_CUE_ONLY |= frozenset("has have had also".split())


def new_names_possible(words: list[str]) -> bool:
    """The words a copy put in a name's place can name someone: not only a cue verb and
    its auxiliaries (round 122: the lawyer's name dropped before *says*)."""
    return not words or any(w.lower() not in _CUE_ONLY for w in words)


def check_swaps(p: Pair, found: list[Change]) -> list[Change]:
    """Proper nouns and landmarks the copy swapped (factnames.py), less those the entity
    check already reported (a word shared with one of ``found``)."""
    sk, ck = word_keys(p.s_text), word_keys(p.c_text)
    swaps = proper_swaps(p.s_text, p.c_text, p.source.text)
    swaps += landmark_swaps(sk, ck, opcodes(sk, ck))
    done = {w for c in found for w in word_keys(c.source_text + " " + c.copy_text)}
    return [
        p.change(k, s, c, n)
        for k, s, c, n in swaps
        if not done & set(word_keys(s + " " + c)) and not metonym(s, c)
    ]


_NAME_PAIRS = re.compile(r"(?=\b([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")  # overlapping


def one_person(change: Change, text: str) -> bool:
    """A first name given for a surname or the other way round, of one person the source
    names in full ("Sir Crispin said" -> "Delahaye said" of Sir Crispin Delahaye, round
    69); or a name and the short form the source defines for it ("Northmarch Railways
    (NMR)", round 77: an acronym no initials spell)."""
    a, b = change.source_text.strip(), change.copy_text.strip()
    if a and b and (f"{a} ({b})" in text or f"{b} ({a})" in text):
        return True
    if not a or not b or " " in a or " " in b:
        return False
    return any({m[1], m[2]} == {a, b} for m in _NAME_PAIRS.finditer(text))


def other_person(p: Pair, found: list[Change]) -> list[Change]:
    """In a close pair, a surname replaced by the surname of another person the source
    names in full ("Ormesby doubled the lead" -> "Odunsi doubled the lead": the goal given
    to another player, round 64). The entity checks pass it, as both names stand in both
    articles."""
    if not p.close:
        return []
    people = {m[2] for m in FULL_NAME.finditer(p.source.text)}
    s_words, c_words = WORD.findall(p.s_text), WORD.findall(p.c_text)
    done = {w for c in found for w in WORD.findall(c.source_text + " " + c.copy_text)}
    out = []
    ops = opcodes([w.lower() for w in s_words], [w.lower() for w in c_words])
    for op, i1, i2, j1, j2 in ops:
        if op != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        a, b = s_words[i1], c_words[j1]
        said = i2 < len(s_words) and s_words[i2].lower() in CUE_WORDS  # the attribution's
        if a != b and a in people and b in people and not {a, b} & done and not said:
            out.append(
                p.change("name", a, b, f"{a!r} became {b!r}, another person the story names")
            )
    return out
