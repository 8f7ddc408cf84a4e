"""Where else a copy credits a claim whose source credit it dropped from the sentence:
beside it (the next or the last sentence names the speaker), before it (a document's
credit, or the one a pronoun credit leans on), or on the quote it keeps.

Split from factclaims.py, whose ``check_attribution`` asks these before it reports a
credit dropped. ``check_unquoted`` is the credit dropped with the quote marks: a source
quote the copy tells as its own words.
"""

from __future__ import annotations

import re

from .article import Change
from .factcues import CREDIT_PHRASE, CUES, kept, speech_only
from .factpair import QUOTED, WORD, Pair, word_keys

_POINTS_BACK = re.compile(r"\s*(?:That|This|These|Those|It)\s+(?:was|is|were|are|came)\b")
BESIDE_KEPT = 0.15  # of the claim's words, in a sentence beside the claim's that credits it
_STATEMENT = r"(?:statement|announcement|release|notice|report|website|spokes\w+)"


def _heads(subject: str) -> list[str]:
    """The words of a credit's subject that name its speaker ("the federation said":
    federation), less the cue."""
    return [w for w in word_keys(subject) if len(w) > 3 and not CUES.fullmatch(w)]


def _own_credit(p: Pair, i: int, head: str) -> bool:
    """The copy sentence ``i`` after the pair repeats the credit of the source sentence
    after the pair's ("..., the ministry said" closing both texts' next sentence): the
    credit of that sentence's own claim (round 140), not of this one. (A credit before
    the pair may frame the paragraph: ``credited_beside``.)"""
    j = max(p.s_idx) + 1
    if j >= len(p.source.sentences):
        return False
    text = QUOTED.sub(" ", p.source.sentences[j].text)
    if not (CUES.search(text) and re.search(rf"\b{head}", text, re.I)):
        return False
    # ... and says more of that sentence than of the pair's (not a split of the pair's
    # own: "Police said four men ... walked in and the raid was over in three minutes",
    # round 92)
    mine = _content(p.copy.sentences[i].text)
    return len(mine & _content(text)) > len(mine & _content(p.s_text))


def _content(text: str) -> set[str]:
    return {w for w in word_keys(text) if len(w) > 3}


def credited_beside(p: Pair, subj: re.Match[str] | None, claim: str) -> bool:
    """The copy credits the same speaker in the sentence next to the claim's: "homes will
    get water for 12 hours a day. Care homes are not affected, according to the board's
    statement" keeps "..., the board said in a statement" (round 98). That sentence must
    take up the claim: the board's chief executive apologising in the next sentence
    credits the board with nothing said before (round 104)."""
    if subj is None:
        return False
    heads = _heads(subj.group())
    if not heads:
        return _pronoun_framed(p, subj.group())
    n = len(p.copy.sentences)
    # (or in another sentence of the pair: "... bailed until May. A statement from the
    # force confirmed the bail terms." split from "..., the force said", round 102)
    near = {min(p.c_idx) - 1, *p.c_idx, max(p.c_idx) + 1}
    if _points_back(p, heads[-1]):
        near |= {min(p.c_idx) - k for k in range(2, LOOK_BACK + 1)}
    for i in sorted(near):
        if 0 <= i < n:
            text = QUOTED.sub(" ", p.copy.sentences[i].text)
            head = re.escape(heads[-1])
            if not (CUES.search(text) and re.search(rf"\b{head}", text, re.I)):
                continue
            if i > max(p.c_idx) and _own_credit(p, i, head):
                continue
            # (a sentence beside the claim's must take it up: by its words, as the body's
            # statement, or pointing back, "That was according to the company", round
            # 102; "police put the number at 22,000" credits the police with the crowd,
            # not with the bottles thrown in the next sentence, round 110)
            if (
                i in p.c_idx
                or i < min(p.c_idx) - 1  # (the credit the source's points back to)
                or kept(claim, text, BESIDE_KEPT, least=1)
                or (i > max(p.c_idx) and _POINTS_BACK.match(text))
                # (a paragraph framed by its opening credit: "According to the authority's
                # yearly report, ... . The share kept waiting ... climbed", round 124)
                or (
                    i < min(p.c_idx)
                    and re.match(rf"\W*According to\b[^.;]{{0,80}}\b{head}", text, re.I)
                )
                # (or the sentence right before opening on it: "The report says it was not
                # possible to determine when. Between 6 and 29 January, monitoring
                # registered ..." for "..., the report said", round 203)
                or (i == min(p.c_idx) - 1 and _opens_saying(head, text))
                or re.search(
                    rf"\b{head}\w*(?:'s)?\s+{_STATEMENT}|{_STATEMENT}\s+(?:from|by|of)\s+"
                    rf"(?:the\s+)?(?:\w+\s+){{0,3}}{head}",
                    text,
                    re.I,
                )
            ):
                return True
    # (or the sentence right before opens on the body's findings, with no cue: "The
    # inspectorate's interim findings, published on Tuesday, were blunt. Roof bolts ...",
    # round 208)
    # (or the claim's sentence points back to a thing of the body the one before names:
    # "... said Birgit Aalto, the IFRC's head of operations. That appeal is meant to pay
    # for tents" for "The money will pay for tents ..., the IFRC said", round 206)
    k = min(p.c_idx) - 1
    if k < 0:
        return False
    before = p.copy.sentences[k].text
    if _own_findings(heads[-1]).match(before):
        return True
    own = re.search(rf"\b{re.escape(heads[-1])}['’]s\s", before, re.I)
    return own is not None and _THAT_THING.match(p.copy.sentences[min(p.c_idx)].text) is not None


_THAT_THING = re.compile(r"\W*(?:That|This|These|Those)\s+[a-z]+\s+(?:is|are|was|were|will)\b")


_SAYING = r"(?:says|said|states|stated|finds|found|notes|noted|shows|showed)\b"


def _opens_saying(head: str, text: str) -> bool:
    """``text`` opens on the credited body or document saying something ("The report
    says"); ``head`` is its head noun, escaped."""
    return (
        re.match(rf"\W*(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}{head}\w*\s+{_SAYING}", text, re.I)
        is not None
    )


def _own_findings(head: str) -> re.Pattern[str]:
    return re.compile(
        rf"\W*(?:the\s+)?{re.escape(head)}\w*['’]s\s+(?:[\w-]+\s+){{0,2}}"
        r"(?:findings|report|statement|figures|data|review|inquiry|investigation)\b",
        re.I,
    )


_PRONOUN_CREDIT = re.compile(r"(?:it|they)\s+\w+$", re.I)
_FRAMED = re.compile(r"\W*(?:According to|Under)\s+(?:the|its|their)\s", re.I)


def _pronoun_framed(p: Pair, subj: str) -> bool:
    """A pronoun credit ("..., it said") leans on the credit before it, as the source's
    own sentence does: a copy that dropped it keeps the claim credited when one of the
    two sentences before the claim credits its own ("Under the new instructions,
    households should boil water. ... every toilet block must have a handwashing
    station" for "The guidance tells households ... . Schools must provide ..., it
    said", round 144)."""
    if _PERSON_PRONOUN.fullmatch(subj.strip()):
        return _person_framed(p)
    if not _PRONOUN_CREDIT.fullmatch(subj.strip()):
        return False
    first = min(p.c_idx)
    for i in range(max(0, first - 2), first):
        text = p.copy.sentences[i].text
        if _FRAMED.match(text) or CUES.search(QUOTED.sub(" ", text)):
            return True
    return False


_PERSON_PRONOUN = re.compile(r"(?:he|she)\s+\w+$", re.I)
_CUED_SURNAME = re.compile(r"\b([A-Z][a-z][\w'’-]+)(?:,[^,]{1,60},)?\s+(?:said|told|added)\b")


def _person_framed(p: Pair) -> bool:
    """ "..., he said" leans on the person the source credited just before ("...,
    spokesman Commander Piet Rosander said. Police cordoned off the beach ..., he said"):
    a copy whose sentence before the claim credits that person keeps the claim his
    ("Commander Piet Rosander ... said the pieces included ... . The beach was sealed off
    by police", round 215)."""
    first_s, first_c = min(p.s_idx), min(p.c_idx)
    names = {
        m.group(1)
        for j in range(max(0, first_s - 2), first_s)
        for m in _CUED_SURNAME.finditer(QUOTED.sub(" ", p.source.sentences[j].text))
    }
    for i in range(max(0, first_c - 2), first_c):
        text = QUOTED.sub(" ", p.copy.sentences[i].text)
        if CUES.search(text) and any(re.search(rf"\b{re.escape(n)}\b", text) for n in names):
            return True
    return False


LOOK_BACK = 3  # sentences before a claim where its source's credit may stand
# a document's figures are the document's, whichever sentence names it; a body's claims
# ("The board said the rise was driven by ...") each need their credit
_DOCUMENT_HEADS = frozenset("statement report release figures data study survey filing".split())


def _points_back(p: Pair, head: str) -> bool:
    """The source's credit points back to one made just before the pair ("... , the
    Treasury said in a statement. About 38% went to fund managers, the statement said"):
    a copy that made that credit a sentence or two earlier need not repeat it (round
    147)."""
    if head.lower() not in _DOCUMENT_HEADS:
        return False  # a body's claims are credited one by one (round 104)
    first = min(p.s_idx)
    before = [p.source.sentences[j].text for j in range(max(0, first - LOOK_BACK), first)]
    head_re = re.compile(rf"\b{re.escape(head)}", re.I)
    return re.search(rf"\bthe\s+{re.escape(head)}", p.s_text, re.I) is not None and any(
        CUES.search(t) and head_re.search(t) for t in before
    )


def quote_credited(p: Pair, subj: re.Match[str] | None) -> bool:
    """The source's quote stays in quote marks, its speaker named in the same copy
    sentence with a verb of the copy's own: '"I want to apologise to every one of our
    customers," chief executive Laila Morgenstern said' -> 'CEO Laila Morgenstern
    apologised to "every one of our customers"' (round 104)."""
    if subj is None or QUOTED.search(p.s_text) is None:
        return False
    heads = _heads(subj.group())
    if not heads:
        return False
    name = re.compile(rf"\b{re.escape(heads[-1])}\b", re.I)
    return any(
        QUOTED.search(t) is not None and name.search(QUOTED.sub(" ", t)) is not None
        for t in (p.copy.sentences[i].text for i in p.c_idx)
    )


def credit_repeated(p: Pair, cued: str) -> bool:
    """The source's "according to ..." credit stands word for word in the copy's
    aligned sentences: a copy that split the sentence keeps the credit on its first half
    (round 120: "..., according to the regional water authority, after the driest
    spring" -> "According to the regional water authority, the lake was ... . The region
    has just had its driest spring ...")."""
    credit = CREDIT_PHRASE.search(cued)
    return credit is not None and credit.group().strip().lower() in p.c_text.lower()


def credit_carried(p: Pair, subj: re.Match[str] | None) -> bool:
    """The copy sentence goes on from one that credits the same party: the source says
    "..., the Norland Prison Service said on Wednesday." then "The trouble began at around
    8 p.m. ..., the service said.", and the copy gives the second without its credit, under
    the first ("..., the Norland Prison Service has said. The trouble began ...", round
    246). The sentence before must close on that party's credit: a credit inside it
    ("Organisers said 60,000 people joined the march, while police put the number at
    22,000") is of its own claim only (round 110)."""
    first = min(p.c_idx)
    if subj is None or first == 0:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", subj.group()) if w.lower() != "the"]
    if len(words) < 2:
        return False
    head = words[-2]  # the word before the cue: "service" of "the service said"
    before = QUOTED.sub(" ", p.copy.sentences[first - 1].text)
    closing = rf",\s+(?:[\w'’-]+\s+){{0,5}}{re.escape(head)}\s+{_CLOSING_CUE}"
    return re.search(closing, before, re.I) is not None


_CLOSING_CUE = (
    r"(?:has\s+|had\s+)?(?:said|says|reported|announced|confirmed)\b[^,.;]{0,30}[.!]?\s*$"
)


_WE = re.compile(r"[\"“]\s*(?:We|Our)\b")
_BODY_BEFORE = re.compile(
    r"\b((?:[\w'-]+\s+){0,2}[\w'-]+)\s+(?:spokes(?:person|man|woman)|press officer)\s+"
    r"(?:[A-Z][\w.'-]*\s+){0,4}(?:said|says|told)\b"
)


def body_tells_own_deed(p: Pair, best: str) -> bool:
    """The source quotes a body's spokesperson on the body's own deed in the first
    person plural ('"We have searched an area of more than 1,200 square nautical
    miles," coast guard spokesperson Commander Dario Velez told reporters'), and the
    copy states it with the body as the subject ("The coast guard called off its search
    ..., having covered more than 1,200 square nautical miles", round 188): the body is
    still the one telling what it did."""
    if _WE.search(p.s_text) is None:
        return False
    for m in _BODY_BEFORE.finditer(p.s_text):
        words = m.group(1).split()
        for k in range(len(words)):
            body = " ".join(words[k:])
            if body[:1].islower() and re.match(rf"\W*(?:The\s+)?{re.escape(body)}\b", best, re.I):
                return True
    return False


def tells_of_itself(clause: str, subj: re.Match[str] | None) -> bool:
    """The body credited at the end of a claim is the one the claim opens on: "The board
    of the Central Bank of Lusovia voted 6-1 for the increase, ..., the bank said in a
    statement" (round 198) tells its own board's vote, which a copy may state."""
    if subj is None or subj.start() < 20:
        return False
    words = word_keys(subj.group())
    head = words[-2] if len(words) > 1 else ""
    if len(head) < 4 or head in ("said", "says"):
        return False
    opening = " ".join(re.findall(r"\S+", clause)[:8])
    return (
        re.match(r"\W*The\s", opening) is not None
        and re.search(rf"\b{re.escape(head)}\b", opening, re.I) is not None
    )


_DEFINED = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the)\s+)*){1,9})\(([A-Z]{2,8})\)")


def its_own_doing(p: Pair, subj: re.Match[str] | None, best: str) -> bool:
    """The credited body owns what the claim tells, in both texts ("tents arrived on a
    flight from the IFRC's logistics hub, ..., the federation said" -> "... from the
    IFRC's logistics hub", round 206): the body telling of its own work. The body is its
    head noun or the acronym the source defines for a name holding it."""
    if subj is None:
        return False
    heads = _heads(subj.group())
    if not heads:
        return False
    names = {heads[-1]}
    for m in _DEFINED.finditer(p.source.text):
        if heads[-1] in word_keys(m.group(1)):
            names.add(m.group(2).lower())
    alternatives = "|".join(re.escape(n) for n in names)
    owner = rf"\b(?:{alternatives})['’]s\s"
    return bool(re.search(owner, p.s_plain, re.I) and re.search(owner, best, re.I))


_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?([\w' -]{3,60}?)\s*(?=[,.;]|$)", re.I)


def credit_restated(clause: str, best: str) -> bool:
    """ "Varkonyi won by 2,311 votes, according to the certified result" -> "Under the
    certified result, Varkonyi won" (round 207): the same credit after another word."""
    m = _ACCORDING.search(clause)
    return (
        m is not None
        and re.search(
            rf"\b(?:under|per|in|by|from|on)\s+(?:the\s+)?{re.escape(m.group(1))}\b", best, re.I
        )
        is not None
    )


# a speaker telling a deed of its own side, done: "Ministry officials said they had
# drafted in 25 nurses"
_SAID_OWN_DEED = re.compile(
    r"\b(?:said|says|told [\w ]{1,30}?)\s+(?:that\s+)?(?:it|they|we)\s+(?:had|has|have)\s+"
    r"(?:\w+ly\s+)?(?!been\b)\w+(?:ed|en|t)\b"
)
_SPEAKING_FOR = frozenset(
    "officials official spokesman spokeswoman spokesperson sources source staff".split()
)


def own_deed_told(subj: re.Match[str] | None, best: str) -> bool:
    """The credited speaker tells what its own body has done, and the copy states the deed
    with that body as the subject, in any verb: "Ministry officials said they had drafted
    in 25 nurses" -> "the ministry has brought in 25 nurses" (round 211). Whose deed it
    is stays named, as in a plan (OWN_PLAN); a passive ("had been told") is no deed."""
    if subj is None:
        return False
    cue = subj.end() - len(subj.group().split()[-1])
    if _SAID_OWN_DEED.match(subj.string, cue) is None:
        return False
    body = [w for w in _heads(subj.group()) if w not in _SPEAKING_FOR]
    return bool(body) and (
        re.search(rf"\b(?:the|its)\s+{re.escape(body[-1])}\s+(?:has|have|had)\b", best, re.I)
        is not None
    )


# a speaker telling a deed of their own: "Andrew Sefton, the MP for Wexcombe and Tarn, said
# he had written to the authority", "Police in the Gornja Drina region said on Sunday
# they were questioning the two drivers"
_SAID_HE_DID = re.compile(
    r"^\W*(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|The(?:\s+[a-z][\w'’-]*){1,3})"
    r"(?:,[^,;]{1,80},|\s+(?:in|of|at)\s+[^,;]{1,60}?)?\s+(?:said|says)(?:\s+on\s+\w+)?\s+"
    r"(?:that\s+)?(?:he|she|it|they|we)\s+(?:(?P<aux>had|has|have|were|was|are|is)\s+)?"
    r"(?P<deed>(?!been\b|being\b)\w+(?:ed|en|t|ing))\b"
)


# an inquiry under way, in any of its verbs
_INQUIRY = r"(?:examin|investigat|look(?:ing)?\s+into|prob|review|stud|assess|analy[sz]|check)\w*"
# the people who carry out a body's inquiry
_INQUIRERS = frozenset("investigators inspectors auditors officials experts".split())


def own_deed_restated(clause: str, best: str, source: str = "") -> bool:
    """ "Andrew Sefton ... said he had written to the authority" -> "Andrew Sefton ... has
    written to the authority" (round 212), "Police ... said they were questioning the two
    drivers" -> "Police ... are questioning the two men" (round 218): the speaker who
    tells the deed is its doer in the copy, with the same verb. An inquiry may be told in
    another verb, as its inquirers' ("The board said it was examining whether" ->
    "Investigators are looking into whether", round 238), where ``source`` names them."""
    m = _SAID_HE_DID.match(clause)
    if m is None or (m.group("aux") is None and not m.group("deed").endswith("ed")):
        return False
    who = re.escape(m.group("who").split()[-1])
    deed = re.escape(m.group("deed"))
    # (or its deed in the passive: "The office said it had sent inspectors" ->
    # "Inspectors from the office have been sent", round 254)
    done = rf"\b(?:has|have|had|are|is|were|was)\s+(?:been\s+)?{deed}\b"
    if re.search(rf"\b{who}\b[^.;]{{0,80}}?{done}", best):
        return True
    # A deed in the simple past may come back in another form in a copy sentence that
    # opens on its doer: "The cooperative ... said it discovered the attack on Sunday
    # evening and immediately disconnected ..." -> "The cooperative ... immediately
    # disconnected ... after discovering the attack on Sunday evening" (round 250).
    if m.group("aux") is None:
        stem = re.escape(m.group("deed")[:-2].rstrip("e") if len(m.group("deed")) > 5 else "")
        return bool(stem) and bool(
            re.match(rf"\W*(?:The\s+)?{who}\b", best, re.I) and re.search(rf"\b{stem}", best)
        )
    if not re.fullmatch(_INQUIRY, m.group("deed"), re.I):
        return False
    doer = re.match(
        rf"\W*(?:The\s+)?([\w'’-]+)\s+(?:are|is|were|was|have been|has been)\s+{_INQUIRY}",
        best,
        re.I,
    )
    return doer is not None and (
        doer.group(1).lower() == who.lower()
        or (
            doer.group(1).lower() in _INQUIRERS
            and re.search(rf"\b{doer.group(1)}\b", source, re.I) is not None
        )
    )


def check_unquoted(p: Pair) -> list[Change]:
    """A source quote the copy gives as its own words: most of the quote's words in a
    copy sentence that has no quote marks and no speech cue ('"Customers are simply voting
    with their thumbs," the chief executive said' -> "Customers, in other words, are
    simply voting with their thumbs.", round 35). The reader cannot tell it was said."""
    if '"' in p.c_text or CUES.search(speech_only(p.c_text)):
        return []
    have = {w.lower() for w in WORD.findall(p.c_text)}
    for q in QUOTED.findall(p.s_text):
        words = [w.lower() for w in WORD.findall(q) if len(w) > 3]
        if len(words) >= 4 and sum(w in have for w in words) >= 0.8 * len(words):
            said = q.strip('"').strip()
            note = "the copy gives a quote as its own words, without quote marks or speaker"
            return [p.change("attribution", said, "", note)]
    return []


def split_credit(p: Pair, sents: list[str], best: str, cue: str) -> bool:
    """A source sentence the copy split in two, crediting both halves once: "X led the
    convoy, while a team cleared two bombs, according to the mission" -> "The mission
    said X took the lead. A team, meanwhile, cleared two bombs" (round 176)."""
    words = [w.lower() for w in WORD.findall(cue) if len(w) > 3 and w.lower() not in _CUE_WORDS]
    if len(p.c_idx) > 1 and any(
        t is not best and CUES.search(speech_only(t)) and has_word(words, t.lower()) for t in sents
    ):
        return True
    # (or the sentence before, which the alignment gave the other half: "Police issued 62
    # citations ..., according to court filings, most of them to organisers of vigils" ->
    # "... has led to 62 citations over six weeks, court filings show. Most of those went
    # to people organising vigils.", round 259)
    first = min(p.c_idx)
    if first == 0 or not words:
        return False
    # (the credit closing it, as "..., court filings show." does)
    before = speech_only(QUOTED.sub(" ", p.copy.sentences[first - 1].text))
    last = re.split(r",\s+", before)[-1].strip()
    return _CLOSING_CREDIT.fullmatch(last) is not None and all(
        re.search(rf"\b{re.escape(w)}\b", last.lower()) for w in words
    )


# a clause that is only a credit, closing its sentence: "court filings show."
_CLOSING_CREDIT = re.compile(
    r"(?:[\w'’-]+\s+){1,5}(?:show|shows|showed|said|says|reported|indicate|indicates"
    r"|indicated|suggest|suggests|suggested|confirmed|confirm|confirms)\W*"
)


_CUE_WORDS = frozenset("according said says told added the".split())


def has_word(words: list[str], text: str) -> bool:
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)
