"""One person's title across the two articles, beyond the aligned pairs: the source
calls her "Deputy Finance Minister Lidia Voskresen" in one sentence, the copy "Finance
Minister Lidia Voskresen" in another (``person_titles``). Split from facttitles.py, whose
post names (``same_posts``) it reads titles through."""

from __future__ import annotations

import re

from .article import Alignment, Article, Change
from .factlexicon import RANK_MODS, TITLE_GENERIC, TITLE_HEADS, TITLE_MODS
from .facttitles import SPEAKS_FOR, canon, same_posts

# "Deputy Finance Minister Lidia Voskresen": capitalised words before a full name
# (a title in lower case after a capitalised word counts too: "Westmoor head coach Elena
# Marchetti", round 117)
_TITLE_WORD = sorted(TITLE_HEADS | TITLE_MODS | RANK_MODS | {"head"}, key=len, reverse=True)
_TITLE_ALT = "|".join(_TITLE_WORD)
_BEFORE_NAME = re.compile(
    # (its portfolio may follow it: "State Secretary for Foreign Affairs Ottilie Brask")
    # (a title word may be joined to another: "Trust vice-chair Daniel Ferrante", r236)
    r"((?:[A-Z][\w'’-]*\s+)(?:(?:[A-Z][\w'’-]*|(?:"
    + _TITLE_ALT
    + r")(?:-(?:"
    + _TITLE_ALT
    + r"))?|for|of)\s+){0,5})"
    r"([A-Z][a-z][\w'’-]+\s+[A-Z][a-z][\w'’-]+)"
)


def _titles_before_names(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(full name, title words as written) for each capitalised title set directly before
    a full name ("Finance Minister Lidia Voskresen")."""
    out = []
    for m in _BEFORE_NAME.finditer(text):
        words = m.group(1).split()
        if words and words[-1].lower().split("-")[-1] not in TITLE_HEADS:
            # a head before its portfolio: "Secretary for Foreign Affairs"
            at = next((i for i, w in enumerate(words) if w in ("for", "of")), 0)
            if at == 0 or words[at - 1].lower() not in TITLE_HEADS or "for" in words[at + 1 :]:
                continue
            if "of" in words[at + 1 :] or not all(w[:1].isupper() for w in words[at + 1 :]):
                continue
            k = at - 1
        elif not words:
            continue
        else:
            k = len(words) - 1
        while k > 0 and words[k - 1].lower() in TITLE_MODS | TITLE_HEADS | RANK_MODS | {"head"}:
            k -= 1
        out.append((m.group(2), tuple(words[k:])))
    return out


# "Peter Quaid, the county's emergency management director, said": a title in lower case
# set after a full name as its apposition (round 202: the copy's "Tamsin County Fire
# Chief Peter Quaid")
_AFTER_NAME = re.compile(
    r"([A-Z][a-z][\w'’-]+\s+[A-Z][a-z][\w'’-]+),\s+"
    r"(?:(?:the|a|an|its|their)\s+(?:[\w-]+['’]s\s+)?|[\w-]+['’]s\s+)((?:[a-z][\w-]*\s+){0,3}?(?:"
    + "|".join(sorted(TITLE_HEADS, key=len, reverse=True))
    # (or a participle's phrase: "a sports lawyer advising the trust", round 236)
    + r"))(?=[,.;]|\s+(?:of|at|for|in|with|[a-z]{3,}ing)\b)"
)


# ... or in lower case before it, past a "Dr.": "chief curator Dr. Imogen Calloway said"
# -> "institute director Imogen Calloway was blunt" (round 264)
_LOWER_BEFORE_NAME = re.compile(
    r"(?<![\w'’-])((?:[a-z][\w-]*\s+){0,2}(?:"
    + "|".join(sorted(TITLE_HEADS, key=len, reverse=True))
    + r"))\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?([A-Z][a-z][\w'’-]+\s+[A-Z][a-z][\w'’-]+)"
)


def _titles_of_names(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """:func:`_titles_before_names` and the titles set after a name as its apposition."""
    after = [(m.group(1), tuple(m.group(2).split())) for m in _AFTER_NAME.finditer(text)]
    return _titles_before_names(text) + after


def _lower_titles(
    text: str, found: list[tuple[str, tuple[str, ...]]]
) -> list[tuple[str, tuple[str, ...]]]:
    """The titles in lower case before a name in ``text``, for names ``found`` gives none."""
    named = {name for name, _title in found}
    return [
        (m.group(2), tuple(w for w in m.group(1).split() if w not in _LINKS))
        for m in _LOWER_BEFORE_NAME.finditer(text)
        if m.group(2) not in named
    ]


def _low(title: tuple[str, ...]) -> set[str]:
    return {w.lower() for x in title for w in x.split("-")} - _LINKS


def _post(title: tuple[str, ...]) -> set[str]:
    """The post a title names, each name of it read as one ("chief financial officer" as
    "finance director", "boss" as "chief")."""
    words = [w.lower() for x in title for w in x.split("-")]
    return canon(same_posts([w for w in words if w not in _LINKS]))


_LINKS = frozenset({"for", "of", "the"})
# posts that sit on a body or speak for it and lead nothing
_MEMBERS = SPEAKS_FOR | canon("councillor councilor member".split())
_RANKS = frozenset(
    "colonel general captain lieutenant sergeant admiral major commander professor doctor".split()
)


def person_titles(
    source: Article, copy: Article, alignments: list[Alignment], found: list[Change]
) -> list[Change]:
    """A person the copy gives another title than the source does wherever each names
    them, beyond the aligned pairs: the source's lede has no name and its second sentence
    calls her "Deputy Finance Minister Lidia Voskresen", the copy's lede "Finance
    Minister Lidia Voskresen" (round 108). A title the copy shortens (no rank word lost,
    nothing added: "Minister Lidia Voskresen") is the same post."""
    # (titles in lower case too, read only for the copy's lead-in to an aligned sentence,
    # which no aligned pair compares: "Addressing reporters, institute director Imogen
    # Calloway was blunt." over her quote, the source's "chief curator Dr. Imogen
    # Calloway said", round 264)
    in_source: dict[bool, dict[str, list[tuple[int, tuple[str, ...]]]]] = {False: {}, True: {}}
    for j, sent in enumerate(source.sentences):
        base = _titles_of_names(sent.text)
        for lower, titles in ((False, base), (True, base + _lower_titles(sent.text, base))):
            for name, title in titles:
                in_source[lower].setdefault(name, []).append((j, title))
    aligned = {i for al in alignments for i in al.copy}
    titled = {c.copy_sentence for c in found if c.kind == "title"}
    out = []
    for i, sent in enumerate(copy.sentences):
        lead_in = i not in aligned and i + 1 in aligned
        if (i not in aligned and not lead_in) or i in titled:
            continue
        titles = _titles_of_names(sent.text)
        if lead_in:
            titles += _lower_titles(sent.text, titles)
        for name, title in titles:
            given = in_source[lead_in].get(name)
            if not given or any(_post(t) == _post(title) for _j, t in given):
                continue
            # (the copy capitalised the source's words: "coast guard spokesperson
            # Commander Dario Velez" -> "Spokesperson Commander Dario Velez", round 188)
            # (in lower case there: "Finance Minister Lidia Voskresen" inside "Deputy
            # Finance Minister Lidia Voskresen" is a rank dropped)
            said = rf"\b{re.escape(' '.join(title))}(?=\s+{re.escape(name)})"
            if any(m.group() != " ".join(title) for m in re.finditer(said, source.text, re.I)):
                continue
            j, s_title = given[0]
            # (a rank against a role is no other post: "Colonel" and "the unit's commander")
            ranked = [bool(_post(t) & _RANKS) for t in (s_title, title)]
            if ranked[0] != ranked[1]:
                continue
            # (a rank word the copy sets elsewhere before the name: "former Halden Province
            # governor Dragan Morev", round 194)
            lost = (_low(s_title) & RANK_MODS) - _low(title)
            lost = {w for w in lost if not re.search(rf"\b{w}\b", sent.text, re.I)}
            # (one post under two names is none added: "manager" -> "boss"; nor is a
            # title of generic words only, "boss", that says less; "Chief Judge" for
            # "Circuit Judge" is a rank, round 94)
            added = _post(title) - {w for _j, t in given for w in _post(t)}
            # (nor where the source's says only that: "head of Elvera" is its chief
            # executive)
            # (but a member or a voice of a body made its leader is another post:
            # "Councillor Beatrix Hallam" -> "Council leader Beatrix Hallam", round 260)
            promoted = _post(title) == {"chief"} and all(_post(t) <= _MEMBERS for _j, t in given)
            if not promoted and (
                _post(title) <= TITLE_GENERIC or all(_post(t) <= TITLE_GENERIC for _j, t in given)
            ):
                added = set()
            # (a portfolio the source sentence names by its ministry: "The Transport
            # Ministry said Minister Lindiwe Dube would" -> "Transport Minister")
            said_there = source.sentences[j].text.lower()
            added = {w for w in added if not re.search(rf"\b{re.escape(w)}\b", said_there)}
            if lost or added:
                s_text, c_text = " ".join(s_title), " ".join(title)
                note = f"{name} is {s_text!r} in the source, {c_text!r} in the copy"
                out.append(Change("title", i, j, s_text, c_text, note))
                break
    return out
