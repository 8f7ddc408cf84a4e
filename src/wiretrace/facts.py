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

from .article import Alignment, Article, Change
from .factcalendar import check_dates
from .factclaims import check_attribution
from .factcounts import counts_changed
from .factcredited import check_unquoted
from .factdates import dates
from .factdoubts import cause_made_known, check_hedge_added
from .factentities import check_names, names_need
from .factfigures import check_numbers
from .factfindings import animals_dropped
from .facthedges import check_hedges
from .factlexicon import (
    LOADED,
    RANK_MODS,
    TITLE_HEADS,
    TITLE_MODS,
)
from .factmarkers import english_denials
from .factnegation import check_negation
from .factopposites import denied_subject, opposite_verbs, risk_flipped, un_opposites
from .factpair import (
    Pair,
    word_keys,
)
from .factpersontitles import person_titles
from .factplaces import generic_place_named, place_moved
from .factsubjects import credit_swapped
from .factswaps import (
    cap_words,
    check_respelled,
    check_swaps,
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
    parse_many([t for p in pairs for t in names_need(p, src_words)], ner_only=True)
    out: list[Change] = []
    for p in pairs:
        out += check_numbers(p, src_all, src_soft) or counts_changed(p)
        out += check_dates(p, src_dates)
        names = check_names(p, src_words, copy_words)
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
