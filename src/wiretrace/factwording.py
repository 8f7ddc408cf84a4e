"""Wording a copy put in place of the source's: a loaded term for a neutral one ("said"
-> "admitted", "protesters" -> "rioters") or added where the source had none of its
group, and which way round a swap leans (``spin``, read by direction.py). The term lists
are in factlexicon.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .article import Change
from .factcues import speech_only
from .factlexicon import EDIT_ONLY, LOADED, LOADED_ALIKE, NO_SPIN, SWAP_ONLY
from .factpair import Pair

_LOADED_TERMS = tuple(
    tuple((t, True) for t in loaded) + tuple((t, False) for t in neutral)
    for loaded, neutral in (*LOADED, *SWAP_ONLY)
)
_ADDED_COUNTS = len(LOADED)  # groups from here on are loaded only as swaps
_LOADED_WORDS = frozenset(t for g in _LOADED_TERMS for t, loaded in g if loaded)


def _qualified_by(loaded: str, neutral: str) -> bool:
    """``loaded`` is ``neutral`` with a qualifier that is no loaded term by itself
    ("illegal migrant"; not "jihadist insurgency", whose "jihadist" is one)."""
    head = loaded[: -len(neutral)].strip()
    return loaded.endswith(" " + neutral) and head not in _LOADED_WORDS


@lru_cache(maxsize=256)
def _term_re(term: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(term) + r"(?:s|es)?\b", re.I)


def spin(change: Change) -> int:
    """+1 when a ``wording`` change swaps a neutral term for a loaded one, -1 for the
    other way round, 0 otherwise (direction.py reads which way round the swaps went). A
    loaded term added with no counterpart does not count: read the other way it is a term
    dropped, which no check reports, so it would lean one way whichever text is the copy."""
    if change.kind != "wording" or not change.source_text:
        return 0

    def has(text: str, g: tuple[tuple[str, bool], ...], loaded: bool) -> bool:
        low = text.lower()
        return any(ld == loaded and t in low and _term_re(t).search(text) for t, ld in g)

    def loaded_in(text: str, other: str) -> bool:
        return any(
            has(text, g, True) and (k < _ADDED_COUNTS or has(other, g, False))
            for k, g in enumerate(_LOADED_TERMS)
        )

    s, c = change.source_text, change.copy_text
    if s.lower() in NO_SPIN or c.lower() in NO_SPIN:
        return 0
    s_ld, c_ld = loaded_in(s, c), loaded_in(c, s)
    return int(c_ld and not s_ld) - int(s_ld and not c_ld)


def _noun_of(term: str, source: str) -> bool:
    """The source sentence says ``term`` as a noun of the same stem: "after a complaint
    from the union" -> "the union had complained" (round 63) reports the same act."""
    stem = re.sub(r"(?:ed|d)$", "", term) if " " not in term else ""
    return (
        len(stem) >= 5
        and stem != term
        and re.search(rf"\b{re.escape(stem)}", source, re.I) is not None
    )


# An account the source says a court or an inquiry rejected: "found that the trial court
# had been right to reject Mabaso's explanation that the payments were loans" -> "Mabaso
# had claimed the money was a loan" (round 135)
_REJECTED = re.compile(
    r"\b(?:reject\w*|dismiss\w*|disbeliev\w*|did not (?:accept|believe))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:explanation|version|account|argument|assertion|contention|story|claims?|defen[cs]e)\b",
    re.I,
)

# (or a suggestion dismissed: "dismissed suggestions that the bank had bowed" -> "pushed
# back against claims that", round 198)
_ACCUSATION = re.compile(
    r"\b(?:accusations?|allegations?|assertions?|contentions?|suggestions?)\b", re.I
)
_ARGUED = re.compile(r"\b(?:argu(?:e|es|ed|ing)|contend\w*)\b", re.I)
_PLEADED = re.compile(r"\bplead(?:ed|s)?\s+guilty\b|\bconfess\w*", re.I)


# an accusation denied: "has firmly rejected claims that she doped"
_CLAIMS_DENIED = re.compile(
    r"\b(?:reject\w*|den(?:y|ies|ied|ying)|dismiss\w*|refut\w*|against)\s+(?:the\s+)?claims\b",
    re.I,
)


def _added_loaded(
    p: Pair, terms: tuple[tuple[str, bool], ...], c_plain: str, c_low: str, src_low: str
) -> list[Change]:
    """A loaded term the copy put into a sentence whose source has no term of its group
    ("the insurgency" -> "the jihadist insurgency"), and that the source article
    (``src_low``, lower case) never uses: the copy's own label."""
    for t, loaded in terms:
        if t.startswith("claim") and _REJECTED.search(p.s_text):
            continue  # the source says the account was rejected: it was a claim
        if t.startswith("claim") and _CLAIMS_DENIED.search(c_plain):
            continue
        if t.startswith("claim") and _ACCUSATION.search(p.s_text):
            continue  # "opposition accusations that" -> "opposition claims that" (round 159)
        if t.startswith("claim") and _ARGUED.search(p.s_text):
            continue  # "the appeal argues that" -> "National Unity claims" (round 207)
        if t.startswith("admit") and _PLEADED.search(p.s_text):
            continue  # "pleaded guilty to a charge" -> "admitted a charge" (round 135)
        if t.startswith("complain") and _FAULTED.search(p.s_text):
            continue  # "criticised the pace of compensation" -> "complained" (round 187)
        if t == "blasted" and _SOUNDED.search(c_plain):
            continue  # "trawlers ... blasted their horns in support" (round 248)
        if t == "so-called" and _quoted_term(p):
            continue  # 'so-called "reliability scores"', a term the source quotes (r263)
        if loaded and t in c_low and t not in src_low and not _noun_of(t, p.s_text):
            m = _term_re(t).search(c_plain)
            if m:
                return [p.change("wording", "", m.group(), f"{m.group()!r} added (loaded term)")]
    return []


def _quoted_term(p: Pair) -> bool:
    """The copy's "so-called" marks a term in quote marks that the source article also
    puts in quote marks: the term is someone's, as in the source, not the copy's sneer."""
    m = re.search(r"so-called\s+[\"“‘']([^\"”’']{1,60})[\"”’']", p.c_text, re.I)
    return (
        m is not None
        and re.search(r"[\"“‘']" + re.escape(m.group(1)) + r"[\"”’']", p.source.text, re.I)
        is not None
    )


# "Residents have complained of a strong smell of oil": what they suffer, not how they said it
_COMPLAINED_OF = re.compile(r"\bcomplain(?:ed|s|ing)? of\b", re.I)
_SOUNDED = re.compile(
    r"\bblast(?:ed|s|ing)?\s+(?:(?:their|its|his|her|the|a)\s+)?"
    r"(?:horns?|sirens?|music|whistles?|hooters?)\b",
    re.I,
)
_FAULTED = re.compile(r"\b(?:criticis|criticiz|objected|protested|grumbled)\w*", re.I)


# What the source said was a demand already: "insisted" reports it faithfully
_OBLIGED = re.compile(
    r"\b(?:had to|has to|have to|must|needs? to|needed to|demand\w*|insist\w*|should)\b", re.I
)

# A denial said is a denial insisted on: "told lawmakers he had done nothing wrong" ->
# "insisted he had acted properly" (round 125)
_DENIAL = re.compile(
    r"\b(?:(?:done|did)\s+nothing\s+wrong|no\s+wrongdoing|innocen\w+|den(?:y|ies|ied)"
    r"|acted\s+properly|broken\s+no|not\s+guilty)\b",
    re.I,
)

# ... and so is insisting that something did not happen: "said the talks had not
# collapsed" -> "insisted the negotiations had not broken down" (round 125)
_INSISTED_NOT = re.compile(
    # (past a "however": "He insisted, however, that he would not", round 208)
    r"\binsist\w*,?\s+(?:however,\s+)?(?:that\s+)?(?:[\w'’-]+\s+){1,5}?"
    r"(?:had|has|have|was|were|is|are|did|does|do|would|will|could)\s+(?:not|never)\b",
    re.I,
)


# What the source says (quoted or not) is an admission already: the speaker's own side
# fell short, "We did not get everything, but ...," she told reporters -> "conceded
# that the union had not achieved all of its goals" (round 150)
_SHORTFALL = re.compile(
    r"\b(?:did not|didn['’]t|have not|haven['’]t|had not|could not|couldn['’]t)\s+"
    r"(?:get|achieve|win|reach|meet)\s+(?:everything|all)\b"
    r"|\bnot everything\b|\bfell short\b|\bwe (?:made|have made) mistakes\b"
    # ... or a limit it owned up to: "found no evidence ..., but that it could not rule it
    # out" -> "it admits it cannot rule this out" (round 173)
    r"|\b(?:but|although|though)\s+(?:that\s+)?(?:it|he|she|they|we)\s+"
    r"(?:could not|cannot|can['’]t|couldn['’]t|was unable|were unable)\b",
    re.I,
)


# "claimed her first marathon title": a thing won, not a statement doubted (round 56);
# nor money asked back, "expenses he had claimed over three years", "crowns claimed for
# trips" (round 125)
_CLAIMED_THING = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:(?:her|his|their|its|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:title|titles|victory|win|medal|crown|record|prize|seat|lives|life|responsibility|"
    r"trophy|championship|gold|silver|bronze|place|spot|stage)\b"
    r"|\bclaim(?:ed|s)\s+(?=(?:for|over|back|from|as|against|under|through)\b)",
    re.I,
)


# "the testing regime", "a sanctions regime": a system of rules, no government (round 108)
_SYSTEM_REGIME = re.compile(
    r"\b(?:testing|test|tax|tariff|sanctions?|inspection|screening|training|visa|treatment"
    r"|dosing|drug|fitness|exercise|diet|safety|regulatory|trade|currency|licensing|reporting"
    r"|compliance|monitoring|pension|benefits?|pricing|price|medication|import|export"
    r"|quarantine|vaccination)\s+regimes?\b",
    re.I,
)


def check_wording(p: Pair) -> list[Change]:
    s_plain, c_plain = p.s_plain, p.c_plain
    s_plain, c_plain = speech_only(s_plain), speech_only(c_plain)
    s_plain, c_plain = _CLAIMED_THING.sub(" ", s_plain), _CLAIMED_THING.sub(" ", c_plain)
    s_plain, c_plain = _SYSTEM_REGIME.sub(" ", s_plain), _SYSTEM_REGIME.sub(" ", c_plain)
    s_low, c_low = s_plain.lower(), c_plain.lower()
    out = []
    for k, terms in enumerate(_LOADED_TERMS):
        # a term's regex can match only where its letters stand: test those first
        s_has = [(t, ld) for t, ld in terms if t in s_low and _term_re(t).search(s_plain)]
        if not s_has:
            if k < _ADDED_COUNTS and any(ld and t in c_low for t, ld in terms):
                out += _added_loaded(p, terms, c_plain, c_low, p.source.text.lower())
            continue
        c_has = [(t, ld) for t, ld in terms if t in c_low and _term_re(t).search(c_plain)]
        # a longer term hides the shorter one it contains ("military-led government")
        s_has = [x for x in s_has if not any(x[0] != y[0] and x[0] in y[0] for y in s_has)]
        c_has = [x for x in c_has if not any(x[0] != y[0] and x[0] in y[0] for y in c_has)]
        gone = [x for x in s_has if x not in c_has and not _term_re(x[0]).search(c_plain)]
        new = [x for x in c_has if x not in s_has and not _term_re(x[0]).search(s_plain)]
        if not gone and len(new) == 1 and new[0][1]:
            # "Greyline said the offer was fair" -> "Greyline claimed the offer was fair
            # and said ...": the neutral word stays elsewhere in the copy sentence
            # (or qualified by the loaded term: "migrants" -> "illegal migrants", round 98,
            # unless the qualifier is a loaded term of its own, reported as added)
            gone = [
                x
                for x in s_has
                if not x[1] and (x[0] not in new[0][0] or _qualified_by(new[0][0], x[0]))
            ][:1]
        for a, b in zip(gone, new, strict=False):
            if b[0].startswith("claim") and _CLAIMS_DENIED.search(c_plain):
                continue  # "insisted she had never" -> "rejected claims that" (round 196)
            if a[1] and b[1] and k >= _ADDED_COUNTS:
                continue  # one swap-only word of degree for another: "surged" -> "soared"
            if b[0].startswith("insist") and (
                _OBLIGED.search(s_plain) or _DENIAL.search(s_plain) or _INSISTED_NOT.search(c_plain)
            ):
                continue  # "said monitoring had to begin" -> "insisted it begin" (round 14)
            if b[0].startswith(("admit", "conced")) and _SHORTFALL.search(p.s_text):
                continue  # "did not get everything, she told reporters" (round 150)
            if a[0][:5] == b[0][:5]:
                continue  # one verb in another tense: "claims" -> "claimed"
            if _noun_of(b[0], p.s_text):
                continue  # "a complaint from the party, which says" -> "complained" (r207)
            if a[0].startswith("complain") and _COMPLAINED_OF.search(s_plain):
                continue  # a smell or pain reported, no speech judged (round 248)
            if b[0] in EDIT_ONLY and not p.close:
                continue
            if any(a[0] in same and b[0] in same for same in LOADED_ALIKE):
                continue
            if a[1] or b[1]:
                sa = _term_re(a[0]).search(s_plain)
                cb = _term_re(b[0]).search(c_plain)
                st, ct = (sa.group() if sa else a[0]), (cb.group() if cb else b[0])
                out.append(p.change("wording", st, ct, f"{st!r} became {ct!r} (loaded term)"))
    return out


# What someone is charged with, convicted of or accused of: "charged with criminally
# negligent homicide" -> "charged with vehicular manslaughter" is another offence (round
# 115), however both are worded. The offence runs to the next clause or preposition.
_CHARGED = re.compile(
    # (the accused may stand between: "charged a 29-year-old man with", round 135)
    r"\b(?:charged\s+(?:[\w'’-]+\s+){0,3}?with|convicted of|accused of|indicted (?:for|on)"
    r"|pleaded (?:not )?guilty to|found guilty of|acquitted of|arrested on suspicion of|sentenced for)"
    r"\s+((?:[a-z-]+\s+){0,4}?[a-z-]+)"
    r"(?=\s+(?:after|in|on|at|for|over|and|but|following|when|while|because|by)\b|[,.;:]|$)"
)
_OFFENCE_FILLER = frozenset("a an the one two three count counts of first second degree".split())
# the offence's own noun, last in its phrase: "stealing" for "theft" is a rewording
_OFFENCES = frozenset(
    """homicide manslaughter murder assault battery fraud theft robbery burglary embezzlement
    bribery corruption rape kidnapping abduction arson trafficking terrorism treason espionage
    perjury extortion laundering misconduct negligence harassment stalking smuggling vandalism
    trespass forgery blackmail racketeering conspiracy sedition incitement endangerment
    larceny harm wounding""".split()
)


def charge_changed(p: Pair) -> list[Change]:
    """One offence in the source sentence, another in the copy's, after the same kind of
    phrase, sharing no word (``first-degree murder`` -> ``murder`` is the same charge)."""
    s_all, c_all = _CHARGED.findall(p.s_plain), _CHARGED.findall(p.c_plain)
    if len(s_all) != 1 or len(c_all) != 1:
        return []
    s_words = set(s_all[0].split()) - _OFFENCE_FILLER
    c_words = set(c_all[0].split()) - _OFFENCE_FILLER
    if not s_words or not c_words or s_words & c_words:
        return []
    if s_all[0].split()[-1] not in _OFFENCES or c_all[0].split()[-1] not in _OFFENCES:
        return []
    was, now = s_all[0], c_all[0]
    return [p.change("wording", was, now, f"the charge {was!r} became {now!r}")]


# An accusation made a verdict: "has been charged with arson" -> "has been convicted of
# arson" (round 148) states as proven what a court has still to try.
_ACCUSED = re.compile(
    r"\b(?:charged\s+(?:[\w'’-]+\s+){0,3}?with|accused of|indicted (?:for|on)|suspected of"
    r"|arrested on suspicion of|faces? (?:a |one |\w+ )?(?:charges?|counts?) of)\s+"
    r"((?:[a-z-]+\s+){0,3}[a-z-]+)"
)
_CONVICTED = re.compile(
    r"\b(?:convicted\s+(?:[\w'’-]+\s+){0,3}?of|found guilty of|pleaded guilty to"
    r"|admitted|sentenced for|jailed for)\s+((?:[a-z-]+\s+){0,3}[a-z-]+)"
)


def accusation_made_verdict(p: Pair) -> list[Change]:
    """The source's accusation of an offence, the copy's conviction for it (an offence
    word in common), where the copy does not also say the charge."""
    if _ACCUSED.search(p.c_plain):
        return []
    for acc in _ACCUSED.finditer(p.s_plain):
        what = {w for w in acc.group(1).split() if w in _OFFENCES}
        for conv in _CONVICTED.finditer(p.c_plain):
            if what & set(conv.group(1).split()):
                was, now = _to_offence(acc), _to_offence(conv)
                note = f"{was!r} became {now!r}: an accusation stated as a conviction"
                return [p.change("hedge", was, now, note)]
    return []


# A provisional measure made final: "has been provisionally suspended" -> "has been
# banned" (round 154), unless the copy says it is provisional another way
_PROVISIONAL = re.compile(
    r"\b(?:provisionally|temporarily)\s+(suspended|banned|barred|closed|halted|withdrawn)\b", re.I
)
_FINAL = re.compile(r"\b(?:suspended|banned|barred|closed|halted|withdrawn)\b", re.I)
_STILL_PROVISIONAL = re.compile(
    r"\b(?:provisional\w*|temporar\w*|interim|pending|for now|until)\b", re.I
)


def provisional_made_final(p: Pair) -> list[Change]:
    """The source's provisional measure, the copy's measure with no word that it is."""
    was = _PROVISIONAL.search(p.s_plain)
    if was is None or _STILL_PROVISIONAL.search(p.c_plain):
        return []
    now = _FINAL.search(p.c_plain)
    if now is None:
        return []
    note = f"{was.group()!r} became {now.group()!r}: a provisional measure stated as final"
    return [p.change("hedge", was.group(), now.group(), note)]


def _to_offence(m: re.Match[str]) -> str:
    """The phrase up to its offence word: "charged with arson", not "... over a fire"."""
    words = m.group(1).split()
    last = next((k for k, w in enumerate(words) if w in _OFFENCES), len(words) - 1)
    return m.group()[: m.start(1) - m.start()] + " ".join(words[: last + 1])
