"""Who a quote's speaker is, as each text names them: a name, a title ("the judge"), or a
description ("the Commonweal Party candidate"), read through the person the text sets
beside that title or description, so that quotes.py can tell a quote moved to another
speaker from one whose speaker is only named another way; and, once the facts are read,
a quote whose speaker the copy merely respelt is no speaker change."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .acronyms import spelled_out
from .article import Article, Change, Quote, QuoteStatus
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


_SAID_BY = re.compile(r"^source attributes it to ([^;]+)(?:; (.*))?$")


def renamed_speakers(
    quotes: Sequence[Quote], changes: Sequence[Change], source: Article, copy: Article
) -> list[Quote]:
    """A quote whose speaker the copy renamed ("Veterinary surgeon Saskia Morrow" ->
    "Veterinarian Saskia Marlow", then '"...," Marlow said') is the same person's quote:
    the name change is reported once, as a name (round 191). A quote given to someone
    else is still a speaker changed (``_renamings`` tells the two apart)."""
    swaps = _renamings(changes, source.text, copy.text)
    out = []
    for q in quotes:
        m = _SAID_BY.match(q.note) if q.status == "speaker_changed" else None
        if m and q.speaker and (m.group(1).split()[-1], q.speaker.split()[-1]) in swaps:
            status: QuoteStatus = (
                "altered" if any(d["op"] != "equal" for d in q.diff) else "verbatim"
            )
            note = f"its speaker renamed, {m.group(1)} -> {q.speaker}"
            q = dataclasses.replace(
                q, status=status, note=note + (f"; {m.group(2)}" if m.group(2) else "")
            )
        out.append(q)
    return out


def speaker_change_once(quotes: Sequence[Quote], changes: Sequence[Change]) -> list[Change]:
    """The changes less a name, title or credit change that only says again what a
    quote's speaker change says: '"...," AIC chief investigator Helena Marsh said' -> '"...," AIC
    chair Priya Ramanathan said' is one quote given to someone else (round 196)."""
    moved = set()
    for q in quotes:
        m = _SAID_BY.match(q.note) if q.status == "speaker_changed" else None
        if m and q.speaker:
            moved.add(
                (q.copy_sentence, m.group(1).split()[-1].lower(), q.speaker.split()[-1].lower())
            )

    def repeats(c: Change) -> bool:
        was, now = c.source_text.lower(), c.copy_text.lower()
        return c.kind in ("name", "title", "attribution") and any(
            k == c.copy_sentence and re.search(rf"\b{re.escape(old)}\b", was)
            and re.search(rf"\b{re.escape(new)}\b", now)
            for k, old, new in moved
        )  # fmt: skip

    return [c for c in changes if not repeats(c)]


def _renamings(changes: Sequence[Change], source: str, copy: str) -> set[tuple[str, str]]:
    """(old surname, new surname) of each person the copy renamed: a name change whose
    old surname is gone from the whole copy, whose new one is nowhere in the source, and
    whose first name stays before the new surname (one person respelt, not the trust's
    chairman given the artistic director's words, round 127)."""
    out = set()
    for c in changes:
        old, new = c.source_text.split(), c.copy_text.split()
        if c.kind != "name" or len(old) < 2 or not new:
            continue
        first, was, now = old[0], old[-1], new[-1]
        if (
            not re.search(rf"\b{re.escape(was)}\b", copy)
            and not re.search(rf"\b{re.escape(now)}\b", source)
            and re.search(rf"\b{re.escape(first)}\s+{re.escape(now)}\b", copy)
        ):
            out.add((was, now))
    return out
