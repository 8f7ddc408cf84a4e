"""Acronyms spelled out: "GMU" for "The General Manufacturing Union", "VAR" for "the video
assistant referee". A copy that spells out its source's acronym (or shortens its name to
one) names the same body: the name, attribution, credit and quote-speaker checks all ask."""

from __future__ import annotations

from collections.abc import Sequence

# Small words an organisation's name holds that its initials skip ("Universities and
# Colleges Staff Union" is the UCSU)
_LINKS = frozenset({"and", "of", "for", "the", "on", "in", "&", "a"})  # "Union for a New Samvera"


def spelled_out(short: str, words: Sequence[str]) -> bool:
    """``short`` is an acronym of a run of capitalised ``words``: "GMU" of "The General
    Manufacturing Union said", "SSO" of "Schools Standards Office inspectors" (round 58:
    a copy that spells out the source's acronym changed no name)."""
    a = short.replace(".", "").removesuffix("'s")
    a = a[:-1] if a.endswith("s") else a  # "MPs"
    if not (2 <= len(a) <= 8 and a.isalpha() and a.isupper()):
        return False
    for k, first in enumerate(words):
        if first[:1] != a[0] or not first[1:2].islower():
            continue
        initials = ""
        for w in words[k:]:
            if w.lower() in _LINKS and initials:
                continue
            if not w[:1].isupper():
                break
            initials += w[0]
            if initials == a:
                return True
            if not a.startswith(initials):
                break
    # ... or in lower case, as a common noun: "VAR" -> "the video assistant referee"
    # (round 64); three letters at least, as two words' initials agree by chance
    if len(a) >= 3:
        n = len(a)
        for k in range(len(words) - n + 1):
            run = words[k : k + n]
            if (
                all(w.isalpha() and w.islower() for w in run)
                and "".join(w[0] for w in run) == a.lower()
            ):
                return True
    return False
