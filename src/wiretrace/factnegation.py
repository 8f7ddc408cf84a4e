"""The negation check: a claim the source denies that the copy affirms ("the fire was
not being treated as suspicious" -> "they were treating the blaze as suspicious"), or the
other way round. Split from facthedges.py, which shares ``verb_stem``."""

from __future__ import annotations

import re

from .article import Change
from .factfindings import verb_stem
from .factpair import Pair
from .factqualifiers import FUNCTION_WORDS

# ("injuring the driver" -> "no one was injured", round 85: a denial by its subject)
_NEGATION = re.compile(r"\b(?:not|never|no longer|no one|nobody)\b|n't\b", re.I)
# phrases in which "not" negates no verb of the claim
_NOT_A_DENIAL = re.compile(
    r"\bnot (?:only|just|least|yet|even|all|every|quite|necessarily|sure|clear|immediately)\b"
    r"|\b(?:whether|if) (?:or )?not\b|\bor not\b",
    re.I,
)
# words between a negation and the verb it negates ("was not being treated")
_BETWEEN = frozenset(
    "be been being is are was were have has had do does did yet also currently immediately "
    "to a an the any so as".split()
)
_DETERMINERS = frozenset("the a an its their his her this that these those our any".split())
# a copy negates in more ways than "not": "denied treating", "without treating"
COPY_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|denied|denies|deny|denying"
    r"|refused|refuses|refuse|refusing|rejected|rejects|rejecting|ruled out|failed|fail|fails"
    r"|failing|unlikely|unable|cannot|declined|declines|declining|no longer|"
    # ("should avoid serving food" is "not to serve food", round 144)
    r"yet to|rather than|instead of|lacks?|lacked|lacking|against|avoids?|avoided|avoiding"
    r"|refrain from|refrained from|stop|stopped)\b|n't\b",
    re.I,
)
_ALREADY = re.compile(r"\balready\b", re.I)
_NEGATION_REACH = 4  # words before a verb that a copy's negation may stand
CLAIM_WORDS = 5  # words after a verb that say what it is about


CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)|,\s+(?:and|but|while|whereas|which|who)\b")

# Verbs that say one thing, so that denying one and affirming another turns the claim
# round: "did not dispute the findings" -> "contested the findings" (round 220), "does
# not apply to patients moved" -> "covers patients moved" (round 226)
# ("its target would not be met before 2027" -> "that goal would be reached", round 262)
_LIKE_VERBS = {
    "contest": "disput",
    "challeng": "disput",
    "cover": "appli",
    "reach": "meet",
    "achiev": "meet",
}


def _stem(word: str) -> str:
    """``verb_stem``, with verbs of like meaning read as one."""
    stem = verb_stem(word)
    return _LIKE_VERBS.get(stem, stem)


def _claim_words(plain: str, at: int) -> set[str]:
    """The words that say what a verb at ``at`` is about: the content words after it, in
    its clause ("were mostly not supportive, and that should worry the union" is about
    nothing after "supportive", round 98)."""
    clause = CLAUSE_END.split(plain[at:], maxsplit=1)[0]
    # (a figure too: "would not be met before 2027" is about 2027, round 262)
    words = [
        w.lower() for w in re.findall(r"[^\W\d_]{4,}|\d[\d,.]*\d", clause)[1 : CLAIM_WORDS + 1]
    ]
    return {w for w in words if w not in FUNCTION_WORDS}


# Verbs of three letters a denial often bears on ("does not ban foreign funding" ->
# "bans", round 78); other three-letter words after "not" are rarely its verb
_SHORT_VERBS = frozenset(
    "ban cut pay win end use hit run see buy sue add owe ask vow aid go met".split()
)


def _adverb(word: str) -> bool:
    """ "could not be independently checked": the verb is "checked" (round 81). Not the
    verbs in -ly: apply, comply, reply, supply, rely, rally."""
    w = word.lower()
    return len(w) >= 6 and w.endswith("ly") and not w.endswith("ply")


# verbs of intention a denial passes through to the deed: "not planning to review"
_PLANNING = frozenset("planning planned plan plans intending intend intends going".split())


def _negated_verbs(plain: str, *, yet: bool = False) -> list[tuple[str, str, set[str]]]:
    """(the negation and its verb as written, the verb's stem, the words after it) for
    every "not", "never", "no longer" or "n't" that negates a verb in ``plain``; "not
    yet" too when ``yet`` (the other text says the deed is done *already*)."""
    out = []
    for m in _NEGATION.finditer(plain):
        # "not only" starts at the negation, "whether or not" ends with it
        denial = _NOT_A_DENIAL.match(plain, m.start())
        if (denial and not (yet and denial.group().lower() == "not yet")) or _NOT_A_DENIAL.search(
            plain, max(0, m.start() - 9), m.end()
        ):
            continue
        words = list(re.finditer(r"[^\W\d_]+", plain[m.end() :]))[:4]
        # a state denied ("was not in immediate danger", round 186), not a place ("were
        # not in the affected files")
        if (
            len(words) > 2
            and words[0].group().lower() in ("in", "under")
            and words[1].group().lower() not in _DETERMINERS
        ):
            words = words[1:]
        verb = next(
            (w for w in words if w.group().lower() not in _BETWEEN and not _adverb(w.group())),
            None,
        )
        # "have" with an object is the verb: "did not have the precinct board's stamp"
        # denies having it, not "precinct" (round 207)
        if (
            len(words) > 1
            and words[0].group().lower() in ("have", "has", "had")
            and words[1].group().lower() in _DETERMINERS | {"enough", "any"}
        ):
            verb = words[0]
        if verb is not None and verb.group().lower() in _PLANNING:
            # "was not planning to review the origins" denies the review (round 120)
            later = re.match(r"\W+to\W+([^\W\d_]{3,})", plain[m.end() + verb.end() :])
            if later is not None:
                at = m.end() + verb.end() + later.start(1)
                said = plain[m.start() : at + len(later.group(1))]
                out.append((said, _stem(later.group(1)), _claim_words(plain, at)))
                continue
        if verb is not None and (len(verb.group()) >= 4 or verb.group().lower() in _SHORT_VERBS):
            at = m.end() + verb.start()
            out.append(
                (
                    plain[m.start() : m.end() + verb.end()],
                    _stem(verb.group()),
                    _claim_words(plain, at),
                )
            )
    return out


# The negation carried by the verb's object or complement instead: "did not expect the
# conditions to delay it" -> "expected no delay", "did not expect it to fill every
# vacancy" -> "expected some vacancies to remain unfilled", "has not imposed a larger
# fine since" -> "the largest fine it has imposed since" (round 54)
_OBJECT_NEGATION = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:no|none|nothing|never)\b", re.I)
_COMPARED = {
    "larger": "largest",
    "bigger": "biggest",
    "higher": "highest",
    "greater": "greatest",
    "lower": "lowest",
    "smaller": "smallest",
    "worse": "worst",
    "better": "best",
}


# The denial put on the verb of the sentence the word now opens: "entitled to a refund,
# but not to cash compensation" -> "Cash compensation, which can run to several hundred
# euros, is not payable" (round 145)
_RELATIVE = re.compile(r",\s+(?:which|who|that)\b[^,.;]*,")
_DENIED_AFTER = re.compile(
    r"^\W*[^\W\d_]+(?:\s+[\w-]+){0,2}?\s+(?:is|are|was|were|will be)\s+not\b"
)


def _negation_moved(plain: str, at: int, about: set[str]) -> bool:
    after = plain[at:]
    if _OBJECT_NEGATION.match(re.sub(r"^[^\W\d_]+", "", after)):
        return True
    if _DENIED_AFTER.match(_RELATIVE.sub("", after, count=1)):
        return True
    stems = {_stem(w) for w in about}
    words = re.findall(r"[^\W\d_]+", after)[1 : CLAIM_WORDS + 3]
    if any(w.lower().startswith("un") and _stem(w[2:]) in stems for w in words):
        return True
    # (the comparative must be what the denied verb is about: "a larger fine")
    return any(
        more in about and re.search(rf"\b{most}\b", plain, re.I) for more, most in _COMPARED.items()
    )


def _asserted(plain: str, stem: str, about: set[str]) -> str:
    """The word of ``plain`` with ``stem`` when every use of it is free of a negation in
    the words before it and one use is about the same thing (``about``: the words after
    the denied verb; one of them after this one too, unless neither has any); "" else.
    ("will not be finished before September" is no "finished in 2022", round 27.)"""
    found = ""
    for w in re.finditer(r"[^\W\d_]+", plain):
        if _stem(w.group()) != stem:
            continue
        before = " ".join(re.findall(r"\S+", plain[: w.start()])[-_NEGATION_REACH:])
        if COPY_NEGATION.search(before):
            return ""
        if _negation_moved(plain, w.start(), about):
            return ""
        after = _claim_words(plain, w.start())
        if about & after or not (about or after):
            found = found or w.group()
    return found


def _said_too(plain: str, said: str, stem: str, about: set[str]) -> bool:
    """``plain`` also uses the verb free of a denial, about what the other text's use is
    about: that is the use the other text kept ("had not published the evidence, leaving
    both campaigns free to make claims of fraud" -> "had never made public the evidence
    ..., which allowed both campaigns to make claims of fraud", round 207)."""
    at = plain.find(said)
    for w in re.finditer(r"[^\W\d_]+", plain):
        if _stem(w.group()) != stem or at <= w.start() < at + len(said):
            continue
        before = " ".join(re.findall(r"\S+", plain[: w.start()])[-_NEGATION_REACH:])
        if not COPY_NEGATION.search(before) and about & _claim_words(plain, w.start()):
            return True
    return False


def _only_after(said: str, neg_plain: str, kept: str, other_plain: str) -> bool:
    """ "will not be available until after the break" -> "will only be available after
    the break": a denial until a time is the claim from then on (round 58)."""
    until = re.search(re.escape(said) + r"[^.;]{0,60}?\b(?:until|till)\b", neg_plain)
    # ("Only once the consultation has closed will the council take", round 61)
    only = re.search(r"\bonly\b(?:\s+\S+){0,8}?\s+" + re.escape(kept) + r"\b", other_plain, re.I)
    # ... or after it: "would provide more money only after reviewing" (round 59)
    only = only or re.search(
        re.escape(kept) + r"\b[^.;]{0,60}?\bonly\s+(?:after|once|when|from|if)\b", other_plain
    )
    if until is not None and only is None:
        # ... or the point it names, as the other text's: "did not touch down until it was
        # 640 metres along the runway" -> "touched down 640 metres along" (round 238)
        point = re.findall(r"\d[\d,.]*", neg_plain[until.end() : until.end() + 60])
        after = other_plain[max(other_plain.find(kept), 0) :]
        return bool(point) and all(f in after for f in point)
    return until is not None and only is not None


_UNLESS_BEFORE = re.compile(r"\bunless\b[^.;,]{0,60}$", re.I)
# (the subject may be long: "None of the 48 opposition deputies who left the session took
# part", round 92)
_NO_BEFORE = re.compile(r"\b(?:no|neither|none|nothing|nobody|never)\b[^.;,]{0,80}$", re.I)
_IF_BEFORE = re.compile(r"\bif\b[^.;,]{0,60}$", re.I)
_FIRST_TIME_BEFORE = re.compile(r"\bthe first time\b[^.;]{0,60}$", re.I)
# what lies beyond a means is what it cannot do: "more than the railway could afford"
_BEYOND_BEFORE = re.compile(
    r"\b(?:more|further|longer|faster|higher) than\b[^.;,]{0,40}\b(?:can|could)\s+$", re.I
)
# the word as a noun: "did not end the council's questions" -> "the end of the notice
# does not close the book" (round 183)
_NOUN_BEFORE = re.compile(r"\b(?:the|an?|its|their|his|her|this|that)\s+$", re.I)


_FIRST_AFTER = re.compile(r"\W*(?:\w+\s+){0,3}?first\b", re.I)
# a deed done too little is one not done enough
_TOO_LITTLE = re.compile(r"\W*(?:\w+\s+)?(?:too (?:little|few)|insufficient)\b", re.I)


# a deed denied without a condition is the condition required
_SINCE = re.compile(r"\W*since\b", re.I)
_LAST_BEFORE = re.compile(r"\blast\s+$", re.I)
_WITHOUT = re.compile(r"\W*(?:\w+\s+){0,3}?without\b", re.I)
_REQUIRES = re.compile(
    r"\b(?:requires?|required|requiring|needs?|needed|must (?:have|get))\b", re.I
)


def _denial_words(plain: str, at: int) -> set[str]:
    """The claim words of the denial at ``at``, up to the next denial ("had not been a foul
    and that he did not blame the player" is about the foul, round 109)."""
    nxt = _NEGATION.search(plain, at + 3)
    return _claim_words(plain[: nxt.start()] if nxt else plain, at)


def _denied_too(plain: str, about: set[str]) -> bool:
    """``plain`` denies something too, about what the other text's denial is about: the
    claim is denied on both sides, each with its own verb (round 256)."""
    for m in _NEGATION.finditer(plain):
        if _NOT_A_DENIAL.match(plain, m.start()):
            continue
        if about & _denial_words(plain, m.start()):
            return True
    return False


def _after(text: str, verb: str, pattern: re.Pattern[str]) -> bool:
    at = text.find(verb)
    return at >= 0 and pattern.match(text, at + len(verb)) is not None


_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", re.I)


def _before(text: str, part: str) -> str:
    at = text.find(part)
    return text[:at] if at >= 0 else ""


def _unless(text: str, verb: str) -> bool:
    """``verb`` stands in an *unless* clause of ``text`` (round 68: "unless the government
    reversed the rise" -> "if the government did not reverse the rise")."""
    return _UNLESS_BEFORE.search(_before(text, verb)) is not None


def check_negation(p: Pair) -> list[Change]:
    """A claim the source denies that the copy affirms ("the fire was not being treated
    as suspicious" -> "they were treating the blaze as suspicious", round 43), or the
    other way round: the same verb, a negation on one side only."""
    out = []
    for side, (neg_plain, other_plain) in (
        ("source", (p.s_plain, p.c_plain)),
        ("copy", (p.c_plain, p.s_plain)),
    ):
        # ("had already approved the hiring" -> "had not yet approved the hiring": one
        # done, the other not; "not yet decided" -> "still deciding" is no flip, round 105)
        for said, stem, about in _negated_verbs(neg_plain, yet=True):
            kept = _asserted(other_plain, stem, about)
            if not kept or _only_after(said, neg_plain, kept, other_plain):
                continue
            if _said_too(neg_plain, said, stem, _claim_words(other_plain, other_plain.find(kept))):
                continue  # "had never made public ..., which allowed them to make claims"
            # ("had not yet recorded any deaths" -> "has recorded deaths", round 199)
            if said.lower().startswith("not yet") and not (
                _ALREADY.search(other_plain) or _PERFECT.search(_before(other_plain, kept))
            ):
                continue
            if _unless(other_plain, kept) and _IF_BEFORE.search(_before(neg_plain, said)):
                continue  # "unless they reversed it" is "if they did not reverse it"
            if _NO_BEFORE.search(_before(other_plain, kept)):
                continue  # "should not sign any deal" -> "no deal should be signed" (round 69)
            if side == "source" and _FIRST_TIME_BEFORE.search(_before(other_plain, kept)):
                continue  # "had never swum under 1:56" -> "the first time she had swum" (round 79)
            if (
                side == "source"
                and said.lower().startswith("never")
                and _after(other_plain, kept, _FIRST_AFTER)
            ):
                continue  # "had never received a dose" -> "receiving their first dose" (round 211)
            if _after(neg_plain, said, _WITHOUT) and _REQUIRES.search(other_plain):
                continue  # "may not be moved without a permit" -> "requires a permit" (r256)
            if _denied_too(other_plain, _denial_words(neg_plain, neg_plain.find(said))):
                continue  # "were not designed for the water" -> "were never built to" (r256)
            if _after(neg_plain, said, _SINCE) and _LAST_BEFORE.search(_before(other_plain, kept)):
                continue  # "not been updated since 2015" -> "last updated in 2015" (r239)
            if _after(other_plain, kept, _TOO_LITTLE):
                continue  # "giving too little weight" -> "did not give enough weight" (r216)
            if _BEYOND_BEFORE.search(_before(other_plain, kept)):
                continue  # "which it could not afford" -> "more than it could afford" (round 72)
            # (a noun on both sides is the claim: "had been a mistake" -> "had not been a
            # mistake", round 102)
            verb_at = said.rfind(" ") + 1
            if _NOUN_BEFORE.search(_before(other_plain, kept)) and not _NOUN_BEFORE.search(
                said[:verb_at]
            ):
                continue
            out.append(
                _turned(
                    p, side, said, kept,
                    "the copy affirms what the source denies",
                    "the copy denies what the source affirms",
                )
            )  # fmt: skip
    return out


def _turned(p: Pair, side: str, denied: str, held: str, affirmed: str, denies: str) -> Change:
    """The negation change of a claim ``denied`` on ``side`` and ``held`` on the other,
    its note ``affirmed`` when the copy holds it, ``denies`` when the copy denies it."""
    if side == "source":
        return p.change("negation", denied, held, f"{denied!r} became {held!r}: {affirmed}")
    return p.change("negation", held, denied, f"{held!r} became {denied!r}: {denies}")
