"""Names and places an aligned pair changed, read from spaCy's entities: a source
PERSON or ORG the copy replaced with another name, or with a description where the copy
never names it (``Trump administration`` -> ``current U.S. administration``); a person or
body in the copy found nowhere in the source; a place replaced by another place. Split
from facts.py, whose ``analyze`` calls ``check_names`` for each pair whose capitalised
words differ."""

from __future__ import annotations

import re

from .article import Change, ChangeKind
from .factcountries import US_STATE_ABBREV
from .factcues import AGENCY, CUES
from .factdates import CALENDAR_PREFIXES
from .factlexicon import (
    PLACE_NOUNS,
    TITLE_ABBREVS,
    TITLE_HEADS,
    TITLE_MODS,
)
from .factnames import area_after, place_of_before
from .factpair import (
    FIRST_WORD,
    SKIP_CAPS,
    WORD,
    Pair,
    acronym,
    opcodes,
    present,
    word_keys,
)
from .factplaces import state_of_us
from .factswaps import (
    metonym,
    new_names_possible,
)
from .nlp import parse_many

_NAME_LABELS: dict[str, ChangeKind] = {
    "PERSON": "name",
    "ORG": "name",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
_PLACE_PREP = frozenset({"in", "near", "outside", "inside"})
# a building a meeting is held at: a body's name "at" it becomes a venue (round 214)
_VENUE = re.compile(
    r"\b(?:residence|palace|headquarters|hall|offices?|hotel|stadium|airport|station|building"
    # ("at the Kessel Konzerthaus" -> "at the Kessel Opera House", round 264)
    r"|house|theatre|theater|arena|museum|gallery|cathedral|church)\b",
    re.I,
)
# a temperature's scale, capitalised but no one's name ("104 degrees Fahrenheit" -> "40C")
_SCALE_NAMES = frozenset({"fahrenheit", "celsius", "centigrade", "kelvin"})
# words that make a name an organisation's or a place's without saying which one
_GENERIC_NAME_WORDS = frozenset(
    """ministry department office agency authority authorities commission committee council
    board bureau service services company corp corporation inc ltd group holdings party
    union university college institute centre center bank fund foundation association
    federation republic democratic people's peoples federal national state states united
    kingdom city town strip island islands province region county district territory
    territories of for and the""".split()
)
# a body's common noun, capitalised but the name of no one body ("the Cabinet")
_BODIES_ALONE = frozenset("cabinet parliament government senate congress assembly".split())
# nouns a name modifies ("the Trump administration"): shown with a swapped name, so the
# change reads "Trump administration" -> "current U.S. administration"
_NAME_HEADS = frozenset(
    """administration government regime cabinet campaign army military forces police
    officials authorities ministry embassy team family""".split()
)


def _caps(text: str) -> set[str]:
    """Capitalised words, less those capitalised only for starting a sentence or quote."""
    starts = {m.start(1) for m in FIRST_WORD.finditer(text)}
    return {
        m.group().lower()
        for m in WORD.finditer(text)
        if m.group()[:1].isupper()
        and m.group().lower() not in SKIP_CAPS
        and m.group().lower().rstrip(".")[:3] not in CALENDAR_PREFIXES
        and (m.start() not in starts or m.group()[1:2].isupper())
    }


def names_need(p: Pair, src_words: set[str]) -> tuple[str, ...]:
    """The texts ``check_names`` parses (entities only) for pair ``p``: both sides when a
    source name is missing from the copy side, the copy alone when one of its names is
    nowhere in the source article, none when every name is on the other side."""
    sc, cc = _caps(p.s_text), _caps(p.c_text)
    c_low = set(word_keys(p.c_text))
    if not all(present(w, c_low) for w in sc):
        return (p.s_text, p.c_text)
    if not all(present(w, src_words) for w in cc):
        return (p.c_text,)
    return ()


def check_names(p: Pair, src_words: set[str], copy_words: set[str]) -> list[Change]:
    need = names_need(p, src_words)
    if not need:
        return []
    s_low, c_low = set(word_keys(p.s_text)), set(word_keys(p.c_text))
    if len(need) == 2:
        sdoc, cdoc = parse_many([p.s_text, p.c_text], ner_only=True)
        src_ents = list(sdoc.ents)
    else:
        (cdoc,) = parse_many([p.c_text], ner_only=True)
        src_ents = []
    out: list[Change] = []
    s_words = WORD.findall(p.s_text)
    c_words = WORD.findall(p.c_text)
    ops = opcodes([w.lower() for w in s_words], [w.lower() for w in c_words])
    s_starts = [m.start() for m in WORD.finditer(p.s_text)]
    c_starts = [m.start() for m in WORD.finditer(p.c_text)]
    # copy words inside a name or place entity, with the entity's label
    c_ent_words = {
        i: e.label_
        for e in cdoc.ents
        if e.label_ in _NAME_LABELS
        for i, at in enumerate(c_starts)
        if e.start_char <= at < e.end_char
    }
    seen: set[str] = set()
    for ent in src_ents:
        kind = _NAME_LABELS.get(ent.label_)
        if kind is None or AGENCY.fullmatch(ent.text):
            continue
        ewords = WORD.findall(ent.text)
        toks = [
            t.lower()
            for t in ewords
            if t[:1].isupper() and t.lower() not in SKIP_CAPS | _SCALE_NAMES
        ]
        if not toks:
            continue
        if ent.label_ == "PERSON" and present(toks[-1], c_low):
            continue  # the surname is kept
        # an organisation or place is kept when one of its words is (``the UN food
        # agency`` for the ``World Food Programme``), unless the copy dropped the word
        # that says which ministry or department it is (``Ministry of Health`` ->
        # ``Ministry of Finance``; ``Health Ministry`` = ``Ministry of Health``)
        own = [t for t in toks if t not in _GENERIC_NAME_WORDS]
        portfolio_lost = any(t in TITLE_MODS and not present(t, c_low) for t in own)
        if ent.label_ != "PERSON" and any(present(t, c_low) for t in toks) and not portfolio_lost:
            continue
        if metonym(ent.text, p.c_text):
            continue  # the United States / America / Washington: one country
        first = sum(1 for x in s_starts if x < ent.start_char)
        if ent.label_ in ("ORG", "PERSON") and first and s_words[first - 1].lower() in _PLACE_PREP:
            kind = "place"  # "in Gdansk" read as an organisation, "near Coldharbour Mill" as a man
        elif (
            first >= 2 and s_words[first - 1] == "at" and s_words[first - 2].lower() in PLACE_NOUNS
        ):
            kind = "place"  # where a building is: "a new 1,200-place prison at Fenwick" (r246)
        if place_of_before(s_words, first) or area_after(s_words, first + len(ewords) - 1):
            kind = "place"  # "residents of Callow Bridge", "the Eastbank district"
        last = first + max(1, len(ewords))
        for op, i1, i2, j1, j2 in ops:
            if op != "replace" or i2 <= first or i1 >= last:
                continue
            if (i2 - i1) > len(ewords) + 3 or (j2 - j1) > len(ewords) + 4:
                break  # a rewritten clause, not a swapped name
            repl = " ".join(c_words[j1:j2])
            # "at the Hollen Conciliation Service" -> "at the prime minister's residence"
            lead = [w.lower() for w in s_words[max(0, first - 2) : first]]
            venue = bool(lead and "at" in lead[-2:] and _VENUE.search(repl))
            kind = "place" if venue else kind
            if acronym(ewords, repl) or repl.lower() in ("he", "she", "they", "it", "him", "her"):
                break
            if US_STATE_ABBREV.get(ent.text.lower(), "") in word_keys(repl):
                break  # "Oregon" -> "Ore."
            if not new_names_possible(c_words[j1:j2]):
                break  # "Her lawyer, Jens Olofsson, said" -> "Her lawyer says": a name left out
            if state_of_us(ent.text, repl, p.source.text):
                break
            if set(toks) <= _GENERIC_NAME_WORDS | _BODIES_ALONE and not any(
                w[:1].isupper() for w in c_words[j1:j2]
            ):
                break  # "Cabinet Member for ..." -> "who holds the ... brief" (round 97)
            new_names = [
                c_words[j] for j in range(j1, j2)
                if j in c_ent_words and c_words[j][:1].isupper()
                and not present(c_words[j].lower(), s_low)
                and c_words[j].lower() not in TITLE_ABBREVS
                and (c_ent_words[j] != "PERSON" or c_words[j].lower() not in TITLE_HEADS | TITLE_MODS)
            ]  # fmt: skip
            # (or, in a close pair, a person put in the place of another the sentence
            # named in another role: "directed by Pell Annunziata and ..., an award for
            # best cinematography for Rafe Odunsi" -> "directed by Rafe Odunsi", r264)
            person_put = (
                p.close
                and ent.label_ == "PERSON"
                and i2 - i1 == len(ewords)
                and j2 - j1 == len(ewords)
                and all(c_ent_words.get(j) == "PERSON" for j in range(j1, j2))
            )
            if (
                new_names
                or person_put
                or ((kind == "name" or venue) and not any(present(t, copy_words) for t in toks))
            ):
                was, now = _name_spans(p, s_words, c_words, i2, (j1, j2), ent.text)
                why = (
                    "replaced by"
                    if new_names or person_put
                    else "(named nowhere in the copy) became"
                )
                # the one who said it replaced, with the speech verb: "Analysts at Kessling
                # Bank said" -> "The airline itself estimated" (round 127)
                # (by no one named: "Judge Karin Albers said" -> "Ahlberg acknowledged" is
                # another name, round 122)
                credited = CUES.search(now) and _credited(p.s_text, ent.end_char)
                # (or a body's claim given to a person the story names: "The Weather
                # Bureau's regional office said" -> "Lindqvist said", round 199)
                if kind == "name" and (
                    (not new_names and credited)
                    or _given_to_named(p, ent.label_, ent.end_char, now)
                ):
                    kind = "attribution"
                out.append(p.change(kind, was, now, f"{was!r} {why} {now!r}"))
            seen.update(toks)
            break
    for ent in cdoc.ents:
        if ent.label_ != "PERSON":
            continue
        toks = [t.lower() for t in WORD.findall(ent.text) if t[:1].isupper()]
        toks = [t for t in toks if t not in SKIP_CAPS and t not in TITLE_HEADS | TITLE_MODS]
        toks = [t for t in toks if t not in TITLE_ABBREVS]  # "Sgt. Dana Whitfield"
        toks = [t for t in toks if t not in _NO_PEOPLE]
        if not toks or any(present(t, src_words) for t in toks) or any(t in seen for t in toks):
            continue
        # (the page names it outside the story: the country of "Valmora Public
        # Broadcasting", the source's masthead, round 194)
        if all(re.search(rf"\b{re.escape(t)}\b", p.source.body, re.I) for t in toks):
            continue
        if any(c.copy_text and ent.text in c.copy_text for c in out):
            continue
        out.append(p.change("name", "", ent.text, f"{ent.text!r} is named nowhere in the source"))
    return out


# Capitalised words the tagger reads as people: "during Covid" for "during the pandemic"
# (round 139) names no one
_NO_PEOPLE = frozenset({"covid", "covid-19", "coronavirus", "brexit", "ebola", "mpox"})
# ... nor does a currency's code ("borrow EUR 11bn" for "11 billion euros", round 147)
_NO_PEOPLE |= frozenset(
    "eur usd gbp chf jpy cny sek nok dkk pln czk huf inr zar kes ngn aud cad nzd".split()
)


def _credited(text: str, end: int, between: int = 1) -> bool:
    """The name ending at ``end`` is the subject of a speech verb right after it."""
    return re.match(rf"\W*(?:\w+\W+){{0,{between}}}?" + CUES.pattern, text[end:], re.I) is not None


def _given_to_named(p: Pair, label: str, end: int, now: str) -> bool:
    """An organisation credited in the source (``label``, ending at ``end``), a person
    the source names elsewhere credited in its place in the copy (``now``)."""
    names = [w.lower() for w in WORD.findall(now) if w[:1].isupper()]
    if label != "ORG" or not names or not _credited(p.s_text, end, 2):
        return False
    at = p.c_text.find(now)
    src = set(word_keys(p.source.text))
    return at >= 0 and _credited(p.c_text, at + len(now)) and all(n in src for n in names)


def _name_spans(
    p: Pair,
    s_words: list[str],
    c_words: list[str],
    s_end: int,
    c_run: tuple[int, int],
    ent_text: str,
) -> tuple[str, str]:
    """The source and copy text of a swapped name as the reader sees it: the copy's own
    characters (``U.S.`` keeps its dot, which the word pattern leaves out), and the shared
    lower-case head noun on both sides when one follows (``Trump administration`` ->
    ``current U.S. administration`` says more than ``Trump`` -> ``current U.S.``)."""
    j1, j2 = c_run
    head = ""
    if s_end < len(s_words) and j2 < len(c_words) and s_words[s_end] == c_words[j2]:
        head = s_words[s_end] if s_words[s_end] in _NAME_HEADS else ""
    c_spans = [m.span() for m in WORD.finditer(p.c_text)]
    lo, hi = c_spans[j1][0], c_spans[j2 - 1][1]
    if "." in c_words[j2 - 1] and p.c_text[hi : hi + 1] == ".":
        hi += 1  # an abbreviation's last dot
    copy_text = p.c_text[lo:hi]
    if head:
        return f"{ent_text} {head}", f"{copy_text} {head}"
    return ent_text, copy_text
