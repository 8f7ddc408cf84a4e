"""The hedge check: a claim the source qualified ("may have started", "alleged", "at
least 120") that the copy states as certain. Split from factclaims.py, whose attribution
check it shares the notion of a close pair with (:func:`factclaims.close_kept`)."""

from __future__ import annotations

import re

from .article import Change
from .factclaims import close_kept
from .factpair import Pair, present, word_keys
from .factvalues import numbers
from .quotemarks import QUOTED

# A hedge and the word it qualifies. Epistemic hedges: the copy must keep some word of
# doubt (DOUBT_WORDS) anywhere in the sentence, or the claim became a fact. Quantity hedges
# ("at least 120"): the copy must keep a qualifier in front of the same figure.
_EPISTEMIC = re.compile(
    r"\b(?P<h>(?:may|might|could) have to|(?:may|might|could)(?: also)? have(?: been)?"
    r"|(?:is|are|was|were) (?:believed|thought|feared|suspected|understood|expected|projected"
    r"|forecast|predicted) to(?: have)?(?: be(?:en)?)?"
    # an option weighed, not a decision: "was considering a legal challenge" -> "would
    # launch a legal challenge" (round 59)
    r"|(?:is|are|was|were) (?:considering|weighing|exploring)"
    # ... and "said it would consider extending the scheme" -> "would extend" (round 95)
    r"|(?:would|will) (?:consider|explore)"
    r"|it is (?:likely|possible|probable) that|allegedly|alleged|suspected(?: of)?|reportedly|"
    # "the school is likely to be handed to a trust" -> "is to be handed" (round 77)
    r"(?:is|are|was|were) (?:likely|unlikely) to(?: be)?|"
    r"apparently|probably|possibly|purportedly|presumably|unconfirmed"
    # a finding not yet final, and an association that is no cause: "its preliminary
    # analysis showed", "was associated with a greater risk" -> "led to" (round 73)
    r"|preliminary|(?:is|are|was|were) (?:associated|linked|correlated) (?:with|to)"
    r"|(?:the )?(?:most|more) (?:likely|probable)"  # "the most likely source" -> "the source"
    r"|(?:appears?|appeared|seems?|seemed) to(?: have been| be)?|(?:may|might|could)(?: also)? be"
    # a bare modal: "could pause" -> "will pause" (the copy keeps the verb, not the doubt);
    # "may not" / "might not" doubt a denial, but "could not" is inability, no hedge
    r"|(?:may|might) not(?: have been| have| be)?|(?:may|might|could)(?!\s+(?:have|be|not|also)\b))"
    # the word it qualifies, past an article ("probably an underestimate")
    r"\s+(?:(?:an?|the)\s+)?(?P<w>[^\W\d_]{3,})",
    re.I,
)
DOUBT_WORDS = frozenset(
    "may might could alleged allegedly allegation allegations accused accusation "
    "suspected suspect suspects reportedly reported apparently apparent probably probable "
    "possibly possible perhaps likely unlikely believed believe thought feared fear appears "
    "appeared appear seems seemed seem purportedly purported presumably unconfirmed "
    "unverified claimed claims claim suggest suggests suggested suspicion suspicions "
    "potentially potential charged understood expected forecast forecasts predicted projected "
    "anticipated should risk risks risked risking expect expects considering weighing consider "
    "chance chances odds likelihood foresee foresees foresaw foreseen exploring preliminary provisional initial associated association linked link links "
    "correlated correlation tied".split()
)
_IF_SHOULD = re.compile(
    r"\bshould\s+(?:the|a|an|this|that|these|those|it|they|he|she|we|there|any|talks)\b", re.I
)
_WHETHER = re.compile(r"\bwhether\b", re.I)
_SCHEDULED = re.compile(r"\b(?:set|due|scheduled|slated|poised|planned|likely) to\b", re.I)
# "what looked like a handgun" keeps the doubt of "what appeared to be a handgun"
_LOOKS_LIKE = re.compile(r"\b(?:looked|looks|look|seemed|seems|sounded|sounds) like\b", re.I)
_QUANTITY = re.compile(
    r"\b(?P<h>at least|up to|as many as|as much as|an estimated|approximately|roughly|"
    r"about|around|nearly|almost|some)"
    r"\s+(?P<w>[$€£]?\d[\d,.]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety)\b)",
    re.I,
)
_QUALIFIERS = re.compile(
    r"\b(?:at least|up to|as many as|as much as|estimated|approximately|roughly|about|"
    r"around|nearly|almost|some|more than|over|under|fewer than|less than|close to|"
    r"upwards of|or more|at most|no more than|reaching|reached|peaking at|topping|"
    r"as high as|as low as|a peak of|maximum of|minimum of|max|as long as|as far as|as late as)"
    # ("at least another three summers", round 79)
    r"(?:\s+(?:another|more|further|other))?\s*$",
    re.I,
)


_REACH = re.compile(r"(?:rise|reach|climb|increase|grow|total|top|hit|exceed)", re.I)
_CEILING = re.compile(r"\b(?:up to|as many as|as much as|as high as)\b", re.I)
_CERTAIN = re.compile(r"\b(?:will|is going to|are going to)\s+(?P<v>[^\W\d_]{3,})", re.I)
_AFTER = 10  # words after the modal that say what the hedged claim is about
FUNCTION_WORDS = frozenset(
    "the a an of to in on at by for from with as and or that this these those its their "
    "his her it they he she be been is are was were have has had not".split()
)


# "face fines", "risk jail": what a hedged "could be fined" says, read in check_hedges
_FACING = re.compile(
    r"\b(?:face|faces|facing|risk|risks|risking)\s+(?:[a-z]+\s+){0,2}?([a-z]{3,})", re.I
)


def _clause_kept(m: re.Match[str], c_words: set[str]) -> bool:
    """Some word of the clause a hedge qualifies is in the copy sentence."""
    said = [w.lower() for w in re.findall(r"[^\W\d_]{3,}", m.string[m.end("h") :])[:_AFTER]]
    return any(present(w, c_words) for w in said if w not in FUNCTION_WORDS)


def _made_certain(m: re.Match[str], c_plain: str) -> str:
    """ "The death toll may rise as rescuers reach cut-off villages" -> "the number of
    dead will climb as rescuers reach villages cut off": the verb reworded, so the hedge's
    own word is gone, but the copy says "will" of the same claim. The same claim: two or
    more of the words after the modal recur after the copy's "will" (round 33)."""

    def after(text: str, at: int) -> set[str]:
        words = [w.lower() for w in re.findall(r"[^\W\d_]{3,}", text[at:])[:_AFTER]]
        return {w for w in words if w not in FUNCTION_WORDS}

    said = after(m.string, m.end("h"))
    for c in _CERTAIN.finditer(c_plain):
        if len(said & after(c_plain, c.start("v"))) >= 2:
            return c.group()
    return ""


# ... or a qualifier a few words before it ("an estimated cost of 310m"), or "or so" after
# it ("300 million dollars or so") (round 52)
_QUALIFIER_NOUN = re.compile(r"\b(?:estimated|approximate|roughly|about)\s+[a-z]+\s+of\s*$", re.I)
_OR_SO = re.compile(r"^[\w.,]*(?:\s+[a-z]+){0,2}\s+or\s+so\b", re.I)


# the figure and unit before an opening bracket: "some 22,400 miles ("
_CONVERTED_BEFORE = re.compile(r"(\d[\d,.]*)\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*\(\s*$")
# ... or a bound after it: "since 2019 at the latest" for "since at least 2019" (round 54)
_BOUND_AFTER = re.compile(r"^[\w.,]*\s+at the (?:latest|earliest|most|least)\b", re.I)


def _qualified(c_plain: str, k: int) -> bool:
    # (a currency sign or code between: "an estimated $610m", "around EUR 19 million",
    # rounds 54-55)
    before = re.sub(r"(?:[$€£¥]|\b(?:EUR|USD|GBP))\s*$", "", c_plain[max(0, k - 30) : k])
    # a figure given in brackets after its hedged conversion: "some 22,400 miles
    # (36,000km)" keeps the "about 36,000 kilometres" of the source (round 55)
    conv = _CONVERTED_BEFORE.search(before)
    if conv is not None and _qualified(c_plain, k - len(before) + conv.start(1)):
        return True
    return bool(
        _QUALIFIERS.search(before[-20:])
        or _QUALIFIER_NOUN.search(before)
        or _OR_SO.match(c_plain[k : k + 40])
        or _BOUND_AFTER.match(c_plain[k : k + 40])
    )


_DENIED_ABILITY = re.compile(
    r"\b(?:neither|nor|none|nobody|no one|never)\b|\bcould\s+not\b|\bcouldn't\b", re.I
)
_STILL_DENIED = re.compile(
    r"\b(?:impossible|unable|cannot|can't|could not|couldn't|not|no|neither|nor|never|unverified)\b",
    re.I,
)
REPORTED_SHARE = 0.4  # of a quote's longer words that reported speech of it keeps


def reported_quotes(p: Pair) -> str:
    """The source's quotes that the copy's sentence gives as reported speech, without
    quote marks ("We might be able to hold a smaller event," she said -> she said the
    festival would hold a smaller event, round 66): their doubts are the claim's."""
    if '"' in p.c_text or "“" in p.c_text:
        return ""
    have = set(word_keys(p.c_plain))
    out = []
    for q in QUOTED.findall(p.s_text):
        words = [w for w in word_keys(q) if len(w) > 3]
        if len(words) >= 4 and sum(w in have for w in words) >= REPORTED_SHARE * len(words):
            out.append(q.strip('"“”'))
    return " ".join(out)


# Verbs of a forecast, one doubt however worded: "The company expects costs of ..." ->
# "The company foresees costs of ..." keeps it (round 72)
_FORESEE = re.compile(r"(?:expect|anticipat|forese|predict|project|forecast)", re.I)


def _doubt_stem(word: str) -> str:
    # ("might have been affected" -> "may have been a victim": one doubt, round 95)
    if word == "might":
        return "may"
    return "expect" if _FORESEE.match(word) else verb_stem(word)


def check_hedges(p: Pair) -> list[Change]:
    s_plain, c_plain = p.s_plain, p.c_plain
    reported = reported_quotes(p)
    if reported:
        s_plain = f"{s_plain} {reported}"
    c_words = set(word_keys(c_plain))
    out = []
    s_doubt = [w for w in word_keys(s_plain) if w in DOUBT_WORDS]
    c_doubt = [w for w in word_keys(c_plain) if w in DOUBT_WORDS]
    # "set to", "due to", "scheduled to" keep what "expected to" said: a plan, not a fact
    # (those the source has too keep nothing: "who allegedly acted ..., is due to stand
    # trial" -> "who acted ..., is due to stand trial" dropped its one doubt, round 104)
    for pattern, words in ((_SCHEDULED, ["expected"]), (_LOOKS_LIKE, ["appeared", "seemed"])):
        more = len(pattern.findall(c_plain)) - len(pattern.findall(s_plain))
        c_doubt += words * max(more, 0)
    # "should the walkout continue" is a condition, not a doubt (round 41)
    for _ in _IF_SHOULD.findall(c_plain):
        if "should" in c_doubt:
            c_doubt.remove("should")
    # No word of doubt left, or fewer and this hedge's own word gone ("the study suggests
    # exercise may improve ..." -> "... suggests exercise improves ...": "suggests" stays)
    if not c_doubt or len(c_doubt) < len(s_doubt):
        for m in _EPISTEMIC.finditer(s_plain):
            if m.group("h").startswith("May"):
                continue  # the month: "bailed until May while inquiries continue"
            w = m.group("w").lower()
            words = m.group("h").lower().split()
            head = next((x for x in words if x in DOUBT_WORDS), words[0])
            # (in any form: "are expected to report" -> "expects ... to report", round 58)
            c_heads = [_doubt_stem(x) for x in c_doubt]
            if c_doubt and c_heads.count(_doubt_stem(head)) >= [
                _doubt_stem(x) for x in s_doubt
            ].count(_doubt_stem(head)):
                continue
            # an option weighed is still open when the copy asks whether: "would consider
            # whether further action was needed" -> "would decide whether more steps were
            # required" (round 104)
            if head.startswith(("consider", "weigh", "explor")) and _WHETHER.search(c_plain):
                continue
            # "could rise to 44 million" -> "up to 6 million" more: a ceiling keeps the doubt
            if head in ("could", "may", "might") and _REACH.match(w) and _CEILING.search(c_plain):
                continue
            # "Neither figure could be verified": an inability, no doubt (round 68)
            # (only where the copy denies it too: "were impossible to verify")
            if (
                head == "could"
                and _DENIED_ABILITY.search(s_plain[max(0, m.start() - 40) : m.end() + 6])
                and _STILL_DENIED.search(c_plain)
            ):
                continue
            # "could afford" is ability, kept by "cannot afford"
            if head == "could" and re.search(
                r"\b(?:can|cannot|can't|could|couldn't)\s+(?:not\s+)?" + re.escape(w), c_plain, re.I
            ):
                continue
            # "measles could cause complications" -> "can lead to", "could be repaired" ->
            # "can be repaired": a modal of possibility kept by another ("can" says what
            # may happen, not what did; "may have been" is doubt about the past: not kept)
            if (
                words[0] in ("could", "may", "might")
                and "have" not in words
                and re.search(r"\bcan\s+(?!not\b)[a-z]", c_plain, re.I)
            ):
                continue
            # "could be fined" -> "face fines": a penalty one faces is still a possibility
            if head in ("could", "may", "might") and any(
                verb_stem(x) == verb_stem(w) for x in _FACING.findall(c_plain)
            ):
                continue
            # the claim is kept, its hedge is not
            hard = "" if present(w, c_words) else _made_certain(m, c_plain)
            if hard and head in ("may", "might", "could"):
                note = f"hedge {m.group('h')!r} dropped: the copy says {hard!r}"
                out.append(p.change("hedge", m.group(), hard, note))
                break
            # (a close pair carries the claim, but the hedged clause must be in this
            # sentence: "a finding that could help explain how such worlds form" moved to
            # the next one, "The finding could shed light on ...", round 92)
            if present(w, c_words) or (close_kept(p, s_plain) and _clause_kept(m, c_words)):
                note = f"hedge {m.group('h')!r} dropped: the copy states it as fact"
                out.append(p.change("hedge", m.group(), m.group("w"), note))
                break
    for m in _QUANTITY.finditer(s_plain):
        fig = m.group("w").rstrip(".,")
        if fig.isalpha() and m.group("h").lower() in ("about", "around", "some"):
            continue  # "talked about two issues": a preposition, not a hedge
        at = [
            k.start()
            for k in re.finditer(r"(?<![\d.,])" + re.escape(fig) + r"(?![\d])", c_plain, re.I)
        ]
        if not at:  # the same figure in words: "at least 40" -> "Forty"
            want = numbers(fig)
            for n in numbers(c_plain):
                if want and n[0] == want[0][0] and not any(ch.isdigit() for ch in n[2]):
                    at += [k.start() for k in re.finditer(re.escape(n[2]), c_plain)]
        # "at least 112 people were injured, 85 of them in Oskerdal": a part of a total
        # that carries the doubt (round 81)
        at = [k for k in at if not _PART_OF.match(c_plain, k + len(fig))]
        # the same figure of other things is another claim: "in nearly three decades" ->
        # "in three districts ... in almost 30 years" (round 98)
        noun = _NOUN_AFTER.match(s_plain, m.end())
        if noun is not None and noun.group(1).lower() not in FUNCTION_WORDS:
            what = noun.group(1).lower()
            at = [k for k in at if _same_thing(c_plain, k + len(fig), what)]
        if at and not any(_qualified(c_plain, k) for k in at):
            note = f"hedge {m.group('h')!r} dropped: the copy gives {fig} as exact"
            out.append(p.change("hedge", m.group(), fig, note))
    return out


def _same_thing(text: str, at: int, what: str) -> bool:
    """The figure ending at ``at`` counts ``what`` (or no word says what it counts)."""
    after = _NOUN_AFTER.match(text, at)
    if after is None:
        return True
    word = after.group(1).lower()
    return word in FUNCTION_WORDS or verb_stem(word) == verb_stem(what)


_PART_OF = re.compile(r"\s+of\s+(?:them|those|whom|which)\b", re.I)
_NOUN_AFTER = re.compile(r"[\s-]+([^\W\d_]{3,})")


# -- negation: which way a claim points ---------------------------------------------------

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
# a copy negates in more ways than "not": "denied treating", "without treating"
_COPY_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|denied|denies|deny|denying"
    r"|refused|refuses|refuse|refusing|rejected|rejects|rejecting|ruled out|failed|fail|fails"
    r"|failing|unlikely|unable|cannot|declined|declines|declining|no longer|"
    r"yet to|rather than|instead of|lacks?|lacked|lacking|against)\b|n't\b",
    re.I,
)
_ALREADY = re.compile(r"\balready\b", re.I)
_NEGATION_REACH = 4  # words before a verb that a copy's negation may stand
_CLAIM_WORDS = 5  # words after a verb that say what it is about


def verb_stem(word: str) -> str:
    """approve, approved, approves, approving -> approv; close, closed -> clos."""
    w = word.lower()
    cut = re.sub(r"(?:ing|ed|es|e|s)$", "", w)
    return cut if len(cut) >= 3 else w


_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)|,\s+(?:and|but|while|whereas|which|who)\b")


def _claim_words(plain: str, at: int) -> set[str]:
    """The words that say what a verb at ``at`` is about: the content words after it, in
    its clause ("were mostly not supportive, and that should worry the union" is about
    nothing after "supportive", round 98)."""
    clause = _CLAUSE_END.split(plain[at:], maxsplit=1)[0]
    words = [w.lower() for w in re.findall(r"[^\W\d_]{4,}", clause)[1 : _CLAIM_WORDS + 1]]
    return {w for w in words if w not in FUNCTION_WORDS}


# Verbs of three letters a denial often bears on ("does not ban foreign funding" ->
# "bans", round 78); other three-letter words after "not" are rarely its verb
_SHORT_VERBS = frozenset("ban cut pay win end use hit run see buy sue add owe ask vow aid".split())


def _adverb(word: str) -> bool:
    """ "could not be independently checked": the verb is "checked" (round 81). Not the
    verbs in -ly: apply, comply, reply, supply, rely, rally."""
    w = word.lower()
    return len(w) >= 6 and w.endswith("ly") and not w.endswith("ply")


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
        verb = next(
            (w for w in words if w.group().lower() not in _BETWEEN and not _adverb(w.group())),
            None,
        )
        if verb is not None and (len(verb.group()) >= 4 or verb.group().lower() in _SHORT_VERBS):
            at = m.end() + verb.start()
            out.append(
                (
                    plain[m.start() : m.end() + verb.end()],
                    verb_stem(verb.group()),
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


def _negation_moved(plain: str, at: int, about: set[str]) -> bool:
    after = plain[at:]
    if _OBJECT_NEGATION.match(re.sub(r"^[^\W\d_]+", "", after)):
        return True
    stems = {verb_stem(w) for w in about}
    words = re.findall(r"[^\W\d_]+", after)[1 : _CLAIM_WORDS + 3]
    if any(w.lower().startswith("un") and verb_stem(w[2:]) in stems for w in words):
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
        if verb_stem(w.group()) != stem:
            continue
        before = " ".join(re.findall(r"\S+", plain[: w.start()])[-_NEGATION_REACH:])
        if _COPY_NEGATION.search(before):
            return ""
        if _negation_moved(plain, w.start(), about):
            return ""
        after = _claim_words(plain, w.start())
        if about & after or not (about or after):
            found = found or w.group()
    return found


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
    return until is not None and only is not None


_UNLESS_BEFORE = re.compile(r"\bunless\b[^.;,]{0,60}$", re.I)
_NO_BEFORE = re.compile(r"\b(?:no|neither|none|nothing|nobody|never)\b[^.;,]{0,40}$", re.I)
_IF_BEFORE = re.compile(r"\bif\b[^.;,]{0,60}$", re.I)
_FIRST_TIME_BEFORE = re.compile(r"\bthe first time\b[^.;]{0,60}$", re.I)
# what lies beyond a means is what it cannot do: "more than the railway could afford"
_BEYOND_BEFORE = re.compile(
    r"\b(?:more|further|longer|faster|higher) than\b[^.;,]{0,40}\b(?:can|could)\s+$", re.I
)


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
        for said, stem, about in _negated_verbs(
            neg_plain, yet=_ALREADY.search(other_plain) is not None
        ):
            kept = _asserted(other_plain, stem, about)
            if not kept or _only_after(said, neg_plain, kept, other_plain):
                continue
            if _unless(other_plain, kept) and _IF_BEFORE.search(_before(neg_plain, said)):
                continue  # "unless they reversed it" is "if they did not reverse it"
            if _NO_BEFORE.search(_before(other_plain, kept)):
                continue  # "should not sign any deal" -> "no deal should be signed" (round 69)
            if side == "source" and _FIRST_TIME_BEFORE.search(_before(other_plain, kept)):
                continue  # "had never swum under 1:56" -> "the first time she had swum" (round 79)
            if _BEYOND_BEFORE.search(_before(other_plain, kept)):
                continue  # "which it could not afford" -> "more than it could afford" (round 72)
            if side == "source":
                note = f"{said!r} became {kept!r}: the copy affirms what the source denies"
                out.append(p.change("negation", said, kept, note))
            else:
                note = f"{kept!r} became {said!r}: the copy denies what the source affirms"
                out.append(p.change("negation", kept, said, note))
    return out
