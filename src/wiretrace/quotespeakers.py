"""Who a quote's speaker is, as each text names them: a name, a title ("the judge"), or a
description ("the Commonweal Party candidate"), read through the person the text sets
beside that title or description, so that quotes.py can tell a quote moved to another
speaker from one whose speaker is only named another way."""

from __future__ import annotations

import re

from .acronyms import spelled_out
from .factlexicon import TITLE_HEADS, TITLE_MODS
from .normalize import WORD_MARKS
from .persons import is_name

STOPWORDS = frozenset(
    """a an the of to in on at for and or but is are was were be been being it its this that
    these those there their they them he she his her we our us i you your with by from as
    not no so if than then into about over also has have had do does did will would can
    could should may might must s""".split()
)
LETTER = f"(?:[^\\W_]|[{WORD_MARKS}])"  # with the marks inside Indic and Arabic words
WORD = re.compile(f"{LETTER}+(?:['.\\-]{LETTER}+)*")


def same_speaker(a: str | None, b: str | None) -> bool:
    if not (is_name(a) and is_name(b)):
        return True
    ta = {w.lower() for w in WORD.findall(a or "") if w[:1].isupper()}
    tb = {w.lower() for w in WORD.findall(b or "") if w[:1].isupper()}
    # ("a spokesman for HSI" and "a spokesman for the Healthcare Standards Inspectorate",
    # round 69)
    wa, wb = WORD.findall(a or ""), WORD.findall(b or "")
    return (
        bool(ta & tb) or any(spelled_out(w, wb) for w in wa) or any(spelled_out(w, wa) for w in wb)
    )


def _in_full(name: str, text: str) -> str:
    """``name`` with the surname ``text`` gives after it: "Sir Leopold" -> "Sir Leopold
    Fazackerley" (round 69: the first name with a title, as British usage has it)."""
    last = name.split()[-1]
    # str.find, not a regex built per name: compiling one costs more than the search
    at = text.find(last)
    while at >= 0:
        m = _NEXT_WORD.match(text, at + len(last))
        if m is not None and (at == 0 or not _WORD_CHAR.match(text, at - 1)):
            if m.group(1) in name.split() or m.group(1).lower() in STOPWORDS:
                return name
            return f"{name} {m.group(1)}"
        at = text.find(last, at + 1)
    return name


_NEXT_WORD = re.compile(r"\s+([A-Z][\w'’-]+)\b")
_WORD_CHAR = re.compile(r"\w")


_ROLE = re.compile(r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}?(?P<t>[a-z-]+)")
_NAMED = r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"


def _title_only(speaker: str | None) -> bool:
    """A capitalised title with no name in it: "Health Minister", "Chief Executive"."""
    words = [w.lower() for w in WORD.findall(speaker or "")]
    return bool(words) and all(w in TITLE_HEADS or w in TITLE_MODS for w in words)


# the end of an apposition: a comma or stop, or a preposition of the post
_CLOSED = r"(?=\s*[,.;:)\u201d\"]|\s*$|\s+(?:at|of|for|with|in|from)\b)"
_CLAUSE_WORD = r"(?:that|which|who|whom|when|where|and|but|ruling|saying|said)\b"


def _role_name(speaker: str | None, text: str) -> str | None:
    """The one person ``text`` gives the role a described speaker has ("the judge" ->
    "Simon Hartley", from "Judge Simon Hartley"), so that a quote moved from the named
    prosecutor to "the judge" is seen as moved (round 24); None when the role is no title
    or the article gives it to no one or to several."""
    # (a capitalised title too: "Health Minister", from "The Health Minister, Olwen Price,")
    m = _ROLE.fullmatch((speaker or "").lower())
    if m is None or m.group("t") not in TITLE_HEADS:
        return _described(speaker, text)
    # the whole title first: "the prime minister" is not the former interior minister
    whole = re.sub(r"^(?:the|a|an)\s+", "", m.group(0))
    for role, mods in dict.fromkeys(((whole, 1), (m.group("t"), 3))):
        t = re.escape(role).replace(r"\ ", r"\s+")
        found = re.findall(rf"\b(?i:{t})\s+{_NAMED}", text)
        found += re.findall(
            # (an apposition, closed: "Hilde Varnum, the trial judge told the jury" names
            # two people, round 127)
            # and no clause between: "Lisker Bank, ruling that the judge at his trial"
            rf"{_NAMED},\s+(?:the\s+|a\s+)?(?:(?!{_CLAUSE_WORD})[\w-]+\s+){{0,{mods}}}?"
            rf"(?i:{t})\b(?!['’]s){_CLOSED}",
            text,
        )
        found += re.findall(rf"\b(?i:{t}),\s+{_NAMED},", text)
        if found:
            return _one_person(found)
    return None


def _described(speaker: str | None, text: str) -> str | None:
    """The one person ``text`` sets beside a description ("the Commonweal Party
    candidate" -> "Thaddeus Tillotson", from "the Commonweal Party candidate, Thaddeus
    Tillotson": round 58 read the copy's described speaker as another person)."""
    m = re.fullmatch(r"(?:(?:the|a|an)\s+)?(\S.{2,60})", (speaker or "").strip(), re.I)
    if m is None or not re.search(r"\b[a-z]", m.group(1)):
        return None  # a name, not a description
    d = re.escape(m.group(1))
    found = re.findall(rf"\b(?i:{d}),\s+{_NAMED}", text)
    # (an apposition, closed: "released by Castellar, the player said" names no one the
    # player, round 154)
    found += re.findall(rf"{_NAMED},\s+(?:the|a|an)\s+(?i:{d})\b{_CLOSED}", text)
    return _one_person(found)


def _one_person(found: list[str]) -> str | None:
    names = {n.split()[-1]: n for n in found if n.split()[0].lower() not in STOPWORDS}
    return next(iter(names.values())) if len(names) == 1 else None


def named_speaker(speaker: str | None, text: str) -> str | None:
    """The name ``speaker`` stands for in ``text``: a name as given, a title or a
    description through the one person ``text`` gives it, or None (no name at all)."""
    words = (speaker or "").split()
    if is_name(speaker) and not _title_only(speaker):
        # (a description with a capitalised name in it: "the Commonweal Party candidate")
        found = _described(speaker, text)
        if found is None and words[-1].islower():
            # ... which names no one but the one the text gives its role: "the Ashcleugh
            # coach said" is no person called "Ashcleugh coach", "the Corbisher Securities
            # analyst" is "Bettina Yeoman, an analyst at Corbisher Securities" (round 84)
            return _role_name(words[-1], text)
        return found or _in_full(speaker or "", text)
    return _role_name(speaker, text) or (speaker if is_name(speaker) else None)
