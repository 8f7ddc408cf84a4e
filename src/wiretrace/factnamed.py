"""A speaker the source leaves unnamed or names only by its kind, and the named speaker
the copy credits with the same claim instead: "an official ..., who spoke on condition of
anonymity" -> "Defence Minister Rafael Ostrander", "the board noted" -> "According to
Skerra Air". Split from factspeakers.py; read by factclaims.py's attribution check,
with the tests that two credits name one speaker (``one_name``, ``defined_as``,
``affiliated``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .factpair import WORD, acronym, word_keys
from .factspeakers import PRONOUNS

# An unnamed source made a named one: "An official at the defence ministry, who spoke on
# condition of anonymity ..., said the ministry had known" -> "Defence Minister Rafael
# Ostrander said the ministry had known" (round 176)
_ANONYMOUS = re.compile(
    r"\bon condition of anonymity\b|\bwho (?:asked|declined) not to be (?:named|identified)\b"
    r"|\bwho declined to be named\b|\b(?:[Aa]n?|[Oo]ne)\s+(?:senior\s+|unnamed\s+)?"
    r"(?:official|source|person|aide|diplomat)\b(?=[^.;]{0,140}\bsaid\b)"
    # ("which will be closed, according to a person familiar with the matter", round 195)
    r"|\baccording to (?:an?|one|two|three|several)\s+(?:people|person|source|sources)"
    r"\s+(?:familiar|briefed|with knowledge)\b"
)
_NAMED_CUE = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z'’-]+)\s+(?:said|says|told)\b")
# ... or a name that confirms what came before it: "..., Veyra confirmed."
_CONFIRMED_BY = re.compile(
    r",\s+((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:said|says|confirmed|confirms)\W*$"
)


def anonymous_named(
    s_plain: str, c_plain: str, claim_kept: Callable[[str, str], bool]
) -> tuple[str, str] | None:
    """The source's unnamed speaker, and the named one the copy gives the same claim."""
    anon, named = _ANONYMOUS.search(s_plain), _NAMED_CUE.search(c_plain)
    after = named is not None
    named = named or _CONFIRMED_BY.search(c_plain)
    if anon is None or named is None or named.group(1).split()[-1] in s_plain:
        return None
    if after:
        claim, c_claim = re.split(r"\bsaid\b", s_plain)[-1], c_plain[named.end() :]
    else:
        claim, c_claim = s_plain[: anon.start()], c_plain[: named.start()]
    if not claim_kept(claim, c_claim):
        return None
    return anon.group(), named.group(1)


# A body credited by its kind ("the board noted"), which the source names in full
# elsewhere ("Transport Accident Investigation Board"), and a body of another name the
# copy credits instead: "According to Skerra Air, the runway was not grooved" (round 238)
_KIND_CUE = re.compile(
    r"(?:^|,\s+)the\s+(?P<kind>[a-z]{4,})\s+(?:said|says|noted|notes|stated|added|found)\b"
    r"|\baccording to the\s+(?P<kind2>[a-z]{4,})\b"
)
_NAME_CUE = re.compile(
    r"\b[Aa]ccording to\s+(?P<n>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"|^\W*(?P<n2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:said|says|noted|stated)\b"
)


def kind_renamed(
    s_plain: str, c_plain: str, source: str, claim_kept: Callable[[str, str], bool]
) -> tuple[str, str] | None:
    """The source's body credited by its kind, and the other body the copy credits with
    the same claim. Returns the two credits."""
    sk, cn = _KIND_CUE.search(s_plain), _NAME_CUE.search(c_plain)
    if sk is None or cn is None:
        return None
    kind = sk.group("kind") or sk.group("kind2")
    name = cn.group("n") or cn.group("n2")
    # (a pronoun is the speaker named before, and a body the copy still names is kept:
    # "according to the commission's sample count" -> "She said ..., based on the
    # commission's count", round 159)
    if name.lower() in PRONOUNS or re.search(rf"\b{kind}\b", c_plain, re.I):
        return None
    full = re.search(rf"((?:[A-Z][\w'’-]+\s+){{0,4}}{kind.capitalize()})\b", source)
    if full is None or name not in source:
        return None
    words = set(WORD.findall(full.group(1)))
    if words & set(WORD.findall(name)) or acronym(WORD.findall(full.group(1)), name):
        return None
    s_rest = s_plain[: sk.start()] + s_plain[sk.end() :]
    c_rest = c_plain[: cn.start()] + c_plain[cn.end() :]
    if not claim_kept(s_rest, c_rest):
        return None
    return sk.group().strip(" ,"), cn.group().strip()


def one_name(text: str, ss: set[str], cs: set[str]) -> bool:
    """A word of each side's speaker in one name the source gives in full."""
    names = re.findall(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+", text)
    return any(
        {w.lower() for w in n.split()} & ss and {w.lower() for w in n.split()} & cs for n in names
    )


_DEFINITION = re.compile(r"((?:[A-Z][\w'&-]*\s+){1,6})\(([A-Z]{2,8})\)")


def defined_as(text: str, ss: set[str], cs: set[str]) -> bool:
    """One side's speaker is the short form the articles define for the other's:
    "Northmarch Railways (NMR)" (round 77: an acronym no initials spell)."""
    for m in _DEFINITION.finditer(text):
        long = {w.lower() for w in m.group(1).split()}
        short = m.group(2).lower()
        if (short in ss and long & cs) or (short in cs and long & ss):
            return True
    return False


def affiliated(text: str, ss: set[str], cs: set[str]) -> bool:
    """The article gives the source's speaker the copy's words for them in apposition:
    "Bettina Yeoman, an analyst at Corbisher Securities" for the copy's "the Corbisher
    Securities analyst" (round 84)."""
    for who in ss:
        for m in re.finditer(rf"\b{re.escape(who)}\b,([^.;]{{1,80}})", text, re.I):
            if cs <= set(word_keys(m.group(1))):
                return True
    return False
