"""Facts a copy changed inside sentences it took from the source.

For every aligned pair ``analyze`` compares the two sides and reports a ``Change`` only
where a fact differs; a faithful paraphrase gives none (precision first: an editor stops
reading a tool that cries wolf). Omissions are not changes (a copy may shorten); a
replaced or an added fact is. The checks, cheapest first:

- ``number``: counts, money, percentages, normalised (``five`` = ``5``, ``1.5 million``
  = ``1,500,000``, ``10 per cent`` = ``10%``); a source number replaced by another, or a
  copy number found nowhere in the source article.
- ``date`` / ``time``: weekdays, ``yesterday``, ``November 12``, months, years resolved
  against the article date (``Wednesday`` in a story of Thursday 13 November 2025 is
  12 November); clock times (``14:30`` = ``2:30 p.m.``, ``noon``) and parts of the day.
- ``name`` / ``place``: spaCy entities (parsed only when the capitalised words of the two
  sides differ). A source PERSON/ORG that the copy replaced with another name, or with a
  description when the copy never names it (``Trump administration`` -> ``current U.S.
  administration``); a PERSON/ORG in the copy found nowhere in the source; a place
  replaced by another place; then, with no parse, swapped capitalised runs, landmarks and
  titles (factnames.py). Approximate quantities (``a week``, ``nearly half``) match
  numbers, and a fraction that replaced a percentage must fit it (``22%`` -> ``more than
  a quarter`` is a change, factfigures.py); ``one`` counts only before the noun the copy
  counts (``one officer`` -> ``two officers``).
- ``title``: a person's title replaced (``army chief`` -> ``defence minister``) or a rank
  word such as *former*/*deputy*/*acting* added or dropped next to a title.
- ``attribution`` (factclaims.py, its cue words in factcues.py), ``wording``
  (factwording.py), ``hedge`` (facthedges.py, factqualifiers.py), ``negation``
  (factnegation.py, factopposites.py): a claim stated as fact or credited to another
  source; a loaded-term swap; a qualifier such as ``may have`` or ``at least`` dropped
  from a claim the copy keeps; a claim denied on one side and affirmed on the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .article import Alignment, Article, Change, ChangeKind
from .factcalendar import check_dates
from .factclaims import check_attribution
from .factcountries import US_STATE_ABBREV
from .factcounts import counts_changed
from .factcredited import check_unquoted
from .factcues import AGENCY, CUES
from .factdates import CALENDAR_PREFIXES, dates
from .factdoubts import cause_made_known, check_hedge_added
from .factfigures import check_numbers
from .factfindings import animals_dropped
from .facthedges import check_hedges
from .factlexicon import (
    LOADED,
    PLACE_NOUNS,
    RANK_MODS,
    TITLE_ABBREVS,
    TITLE_HEADS,
    TITLE_MODS,
)
from .factmarkers import english_denials
from .factnames import area_after, place_of_before
from .factnegation import check_negation
from .factopposites import denied_subject, opposite_verbs, risk_flipped, un_opposites
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
from .factpersontitles import person_titles
from .factplaces import generic_place_named, place_moved, state_of_us
from .factsubjects import credit_swapped
from .factswaps import (
    cap_words,
    check_respelled,
    check_swaps,
    metonym,
    new_names_possible,
    one_person,
    other_person,
)
from .facttitles import check_titles, inside_title
from .factvalues import approx, numbers
from .factwording import (
    accusation_made_verdict,
    charge_changed,
    check_wording,
    provisional_made_final,
)
from .nlp import parse_many

__all__ = ["LOADED", "RANK_MODS", "TITLE_HEADS", "TITLE_MODS", "analyze"]

# A paraphrase pair scored below this is a loose link (found by the order-guided
# extension next to real anchors): a copy's own sentence beside reused ones, whose
# figures and names are its own, not changed ones. Precision first: no facts read there.
MIN_PARAPHRASE_SCORE = 0.6
# From this alignment score a one-to-one pair carries the same claim, whatever its words:
# a hedge or a source it lacks was dropped, not left behind with a clause it cut.
CLOSE_SCORE = 0.8

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
# nouns a name modifies ("the Trump administration"): shown with a swapped name, so the
# change reads "Trump administration" -> "current U.S. administration"
_NAME_HEADS = frozenset(
    """administration government regime cabinet campaign army military forces police
    officials authorities ministry embassy team family""".split()
)


# ------------------------------------------------------------------ numbers


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


def _names_need(p: Pair, src_words: set[str]) -> tuple[str, ...]:
    """The texts ``_check_names`` parses (entities only) for pair ``p``: both sides when a
    source name is missing from the copy side, the copy alone when one of its names is
    nowhere in the source article, none when every name is on the other side."""
    sc, cc = _caps(p.s_text), _caps(p.c_text)
    c_low = set(word_keys(p.c_text))
    if not all(present(w, c_low) for w in sc):
        return (p.s_text, p.c_text)
    if not all(present(w, src_words) for w in cc):
        return (p.c_text,)
    return ()


def _check_names(p: Pair, src_words: set[str], copy_words: set[str]) -> list[Change]:
    need = _names_need(p, src_words)
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


# ------------------------------------------------------------------ entry point

_SIGNS = re.compile(r"[$€£¥₹%]")


def _joined(texts: Iterable[str]) -> str:
    """The sentences of one side of a pair as one text, a crosshead closed with a full
    stop: "Swallowed Oil Is the Biggest Threat" run into "Veterinarian Saskia Marlow,
    who ..." is one long name to the tagger (round 191)."""
    # (only after a word: a figure closing a bullet, "up from $35", stays as written)
    parts = [t.rstrip() + "." if re.search(r"[^\W\d_]\s*$", t) else t for t in texts]
    return " ".join(parts)


def analyze(
    source: Article, copy: Article, alignments: list[Alignment], *, hedges_added: bool = True
) -> list[Change]:
    """Fact changes inside each aligned sentence pair (see the module docstring).
    ``hedges_added``: also report a doubt the copy brought to a plain claim (direction.py
    reads hedges only as dropped, the mark of a copy)."""
    # per sentence, so the values are computed once for the article and the pairs
    # (and the source's headline and summary bullets, which scraping set apart: a copy's
    # "Films in competition: 18 (16 last year)" is the wire's bullet, round 130)
    told = [s.text for s in source.sentences] + [source.title or ""]
    told += [r.text for r in source.removed if r.reason == "summary"]
    src_all = [x for text in told for x in numbers(text)]
    src_soft = [x for text in told for x in approx(text)]
    base = source.when or copy.when
    src_dates = {d[1] for text in told for d in dates(text, base)}
    if source.when:
        src_dates.add(source.when.isoformat())
    src_words = set(word_keys(source.text))
    copy_words = set(word_keys(copy.text))
    # the capitalised words of each article (lower case), for the respelt-name check
    caps = (cap_words(source), cap_words(copy))
    pairs = []
    for al in alignments:
        s_idx, c_idx = tuple(sorted(al.source)), tuple(sorted(al.copy))
        if not s_idx or not c_idx or (al.kind == "paraphrase" and al.score < MIN_PARAPHRASE_SCORE):
            continue
        s_text = _joined(source.sentences[i].text for i in s_idx)
        c_text = _joined(copy.sentences[i].text for i in c_idx)
        # word keys leave out currency signs: "$1.31 billion" -> "€1.31 billion" is a change
        if word_keys(s_text) != word_keys(c_text) or _SIGNS.findall(s_text) != _SIGNS.findall(
            c_text
        ):
            close = len(s_idx) == len(c_idx) == 1 and al.score >= CLOSE_SCORE
            pairs.append(Pair(source, copy, s_idx, c_idx, s_text, c_text, close))
    # the entity parses every pair needs, in one batch (the checks then read the cache)
    parse_many([t for p in pairs for t in _names_need(p, src_words)], ner_only=True)
    out: list[Change] = []
    for p in pairs:
        out += check_numbers(p, src_all, src_soft) or counts_changed(p)
        out += check_dates(p, src_dates)
        names = _check_names(p, src_words, copy_words)
        names += check_respelled(p, (src_words, copy_words), caps, out + names)
        names += other_person(p, names)
        names = [c for c in names if not one_person(c, source.text)]
        titles = check_titles(p)
        # a portfolio the tagger read as a name ("Labour and Social Affairs" Minister ->
        # "Finance" Minister) is the title change, reported once
        # (a name "named nowhere in the source" that a swap pairs with the source's name
        # is that swap: "the Millgate and Orchard End neighbourhoods" -> "the Millgate
        # and Brackley neighbourhoods", a place, round 183)
        swaps = [
            c
            for c in check_swaps(p, [c for c in names if c.source_text])
            if not one_person(c, source.text)
        ]
        # (nor is the new full name of a surname respelled: "Dean Whitlow" -> "Whitmore"
        # beside "Dean Whitmore" named nowhere, round 208)
        names = [
            c
            for c in names
            if c.source_text
            or all(
                c.copy_text != x.copy_text and x.copy_text not in c.copy_text.split()
                for x in swaps + [n for n in names if n.source_text]
            )
        ]
        out += [credit_swapped(c, p) for c in names if not inside_title(c, titles)]
        swaps += place_moved(p, out + names + swaps + titles) or generic_place_named(
            p, out + names + swaps
        )
        out += [credit_swapped(c, p) for c in swaps] + titles
        hedges = check_hedges(p) or animals_dropped(p)
        # "alleged kickbacks" -> "kickbacks" is one change, a dropped hedge, not also a
        # claim stated as fact
        out += [
            a
            for a in check_attribution(p, bool(names or swaps))
            if not any(a.source_text.lower() in h.source_text.lower() for h in hedges)
        ]
        out += check_wording(p) or charge_changed(p)
        out += accusation_made_verdict(p) or provisional_made_final(p)
        negated = check_negation(p) + english_denials(p)
        negated = negated or un_opposites(p) or risk_flipped(p) or opposite_verbs(p)
        negated = negated or denied_subject(p)
        # ("there was no indication that X was involved" -> "X may have been involved" is
        # one change, the denial dropped)
        out += hedges or (check_hedge_added(p) if hedges_added and not negated else [])
        out += cause_made_known(p)
        out += negated
        out += check_unquoted(p)
    out += person_titles(source, copy, alignments, out)
    seen: set[tuple[str, int, str]] = set()
    unique = []
    respelled = _respellings(out)
    for c in out:  # one report per span (two entities can share one replaced span)
        key = (c.kind, c.copy_sentence, c.copy_text or c.source_text)
        if key not in seen and not (
            (c.kind == "attribution" and _only_respelled(c, respelled)) or _inside_other(c, out)
        ):
            seen.add(key)
            unique.append(c)
    return unique


def _inside_other(c: Change, changes: list[Change]) -> bool:
    """``c`` is a shorter span of another report of its kind (or a title, of a speaker
    replaced) in its copy sentence: "not ruled -> ruled" in "has not ruled out -> ruled
    out" (round 129), "master -> owner" in "the ship's master -> its owner" (round 171)."""
    return any(
        d is not c
        and (d.kind == c.kind or (c.kind, d.kind) == ("title", "attribution"))
        and d.copy_sentence == c.copy_sentence
        and len(d.source_text) + len(d.copy_text) > len(c.source_text) + len(c.copy_text)
        and _within(c.source_text, d.source_text)
        and _within(c.copy_text, d.copy_text)
        for d in changes
    )


def _within(part: str, whole: str) -> bool:
    """``part`` is empty or stands in ``whole`` as whole words ("5" is not in "15")."""
    return not part or re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole, re.I) is not None


def _respellings(changes: list[Change]) -> set[tuple[str, str]]:
    """(source word, copy word) pairs of the name changes found anywhere in the pair."""
    out = set()
    for c in changes:
        if c.kind == "name":
            for s_word in c.source_text.casefold().split():
                for c_word in c.copy_text.casefold().split():
                    out.add((s_word, c_word))
    return out


def _only_respelled(change: Change, respelled: set[tuple[str, str]]) -> bool:
    """An attribution whose speaker differs only by a name already reported as changed
    (``Villareal said`` -> ``Villarreal said``): one edit, reported once, as the name."""
    a, b = change.source_text.casefold().split(), change.copy_text.casefold().split()
    diff = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    return len(a) == len(b) and bool(diff) and all(d in respelled for d in diff)
