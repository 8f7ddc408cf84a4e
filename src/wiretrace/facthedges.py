"""The hedge check: a claim the source qualified ("may have started", "alleged", "at
least 120") that the copy states as certain. Split from factclaims.py, whose attribution
check it shares the notion of a close pair with (:func:`factcues.close_kept`)."""

from __future__ import annotations

import re

from .article import Change
from .factcues import close_kept
from .factdeeds import claim_made_deed, forecast_made_past
from .factfindings import stated_plainly, verb_stem
from .factpair import Pair, present, word_keys
from .factqualifiers import FUNCTION_WORDS, figure_hedges
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
    # a forecast by whoever makes it: "The company expects the deal to close in the first
    # quarter" -> "The transaction will close in the first quarter" (round 134)
    # (not those "who expect no change", pointing to wage growth: a group, round 180)
    r"|(?<!who )(?:expects?|anticipates?)(?:\s+(?!to\b)[\w'’-]+){0,4}?\s+to(?:\s+be)?"
    r"|it is (?:likely|possible|probable) that|allegedly|alleged|suspected(?: of)?|reportedly|"
    # a suspicion voiced: "Investigators suspect the data was taken by" (round 173)
    # ... or a belief: "which police believe originated inside a printing plant" ->
    # "which originated inside" (round 247)
    r"(?:investigators|police|detectives|officials|authorities|experts|researchers|they)"
    r" (?:suspects?|believes?|thinks?)(?: that)?|"
    # "the school is likely to be handed to a trust" -> "is to be handed" (round 77)
    r"(?:is|are|was|were) (?:likely|unlikely) to(?: be)?|"
    # ... or before the participle: "are likely linked to a family gathering" (round 262)
    # (or "had likely been aware", round 263)
    r"(?:is|are|was|were|has|have|had) likely(?!\s+to\b)(?=\s+(?:been|[a-z]+ed)\b)|"
    r"apparently|probably|possibly|purportedly|presumably|unconfirmed"
    # a fear of the worst: "hundreds are still feared trapped" -> "are still trapped" (r206)
    r"|feared(?=\s+(?:dead|trapped|missing|buried|drowned|killed|lost)\b)"
    # a finding not yet final, and an association that is no cause: "its preliminary
    # analysis showed", "was associated with a greater risk" -> "led to" (round 73)
    r"|preliminary|(?:is|are|was|were) (?:associated|linked|correlated) (?:with|to)"
    r"|(?:the )?(?:most|more) (?:likely|probable)"  # "the most likely source" -> "the source"
    # what an inquiry looks into: "an investigation into possible negligence" (round 210)
    r"|(?<=into )possible|(?<=for )possible|(?<=over )possible"
    r"|(?:appears?|appeared|seems?|seemed) to(?: have been| be)?|(?:may|might|could)(?: also)? be"
    # a bare modal: "could pause" -> "will pause" (the copy keeps the verb, not the doubt);
    # "may not" / "might not" doubt a denial, but "could not" is inability, no hedge
    r"|(?:may|might) not(?: have been| have| be)?|(?:may|might|could)(?!\s+(?:have|be|not|also)\b)"
    # ... and one with "also": "may also help patients" -> "also helps" (round 109)
    r"|(?:may|might|could) also(?!\s+(?:have|be)\b))"
    # the word it qualifies, past an article ("probably an underestimate")
    r"\s+(?:(?:an?|the)\s+)?(?P<w>[^\W\d_]{3,})",
    re.I,
)
DOUBT_WORDS = frozenset(
    "may might could alleged allegedly allegation allegations alleging accused accusation "
    "suspected suspect suspects reportedly reported apparently apparent probably probable "
    "possibly possible perhaps likely unlikely believed believe believes thought think thinks "
    "feared fear "
    "appears appeared appear seems seemed seem purportedly purported presumably "
    "unconfirmed unverified claimed claims claim suggest suggests suggested suspicion "
    "suspicions potentially potential charged understood expected forecast forecasts "
    "predicted projected anticipated anticipate anticipates should risk risks risked "
    "risking expect expects considering weighing consider chance chances odds likelihood "
    "foresee foresees foresaw foreseen exploring preliminary provisional initial "
    "associated association linked link links correlated correlation tied".split()
)
_IF_SHOULD = re.compile(
    r"\bshould\s+(?:the|a|an|this|that|these|those|it|they|he|she|we|there|any|talks)\b", re.I
)
_ASSOCIATION = frozenset(
    "associated association linked link links correlated correlation tied".split()
)
_WHETHER = re.compile(r"\bwhether\b", re.I)
_TOLD_AS_DONE = re.compile(r"\b(?:was|were|had been)\s+[a-z]+(?:ed|en|nt)\b")
_WEIGHED = re.compile(r"\b(?:consider|weigh|explor|mull|contemplat)\w*", re.I)
_SCHEDULED = re.compile(
    # (a date pencilled in is a plan too: "Completion is pencilled in for June", r168)
    # (or due on a day: "was due on Thursday" for "was expected to arrive on Thursday",
    # round 210)
    r"\b(?:(?:set|scheduled|slated|poised|planned|likely) to|pencil+ed in|provisionally"
    r"|due\s+(?:to|on|in|at|by|back|next|this|later|tomorrow))\b",
    re.I,
)
# "what looked like a handgun" keeps the doubt of "what appeared to be a handgun"
_LOOKS_LIKE = re.compile(r"\b(?:looked|looks|look|seemed|seems|sounded|sounds) like\b", re.I)


_REACH = re.compile(r"(?:rise|reach|climb|increase|grow|total|top|hit|exceed)", re.I)
_CEILING = re.compile(r"\b(?:up to|as many as|as much as|as high as)\b", re.I)
_CERTAIN = re.compile(r"\b(?:will|is going to|are going to)\s+(?:be\s+)?(?P<v>[^\W\d_]{3,})", re.I)
_AFTER = 10  # words after the modal that say what the hedged claim is about


# "face fines", "risk jail": what a hedged "could be fined" says, read in check_hedges
_FACING = re.compile(
    r"\b(?:face|faces|facing|risk|risks|risking)\s+(?:[a-z]+\s+){0,2}?([a-z]{3,})", re.I
)


def _clause_kept(m: re.Match[str], c_words: set[str], after: str = "h", share: float = 0.0) -> bool:
    """Some word (or more than ``share`` of the words) of the clause a hedge qualifies
    (from the end of the match's group ``after``: the hedge, or the claim's first word) is
    in the copy sentence."""
    said = [w.lower() for w in re.findall(r"[^\W\d_]{3,}", m.string[m.end(after) :])[:_AFTER]]
    said = [w for w in said if w not in FUNCTION_WORDS]
    kept = sum(1 for w in said if present(w, c_words))
    return kept > 0 and kept >= share * len(said)


_PARTICLES = frozenset("back up out down off over ready able".split())


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
    # ... or an effect stated in the present: "may reduce the risk of developing type 2
    # diabetes by nearly a third" -> "cuts your chances of going on to develop type 2
    # diabetes by almost a third" (round 124)
    if m.group("h").lower() in ("may", "might", "could"):
        for c in _EFFECT.finditer(c_plain):
            if len(said & after(c_plain, c.end())) >= 2:
                return c.group()
    return ""


_EFFECT = re.compile(
    r"\b(?:cuts|reduces|lowers|slashes|halves|raises|increases|boosts|doubles|triggers"
    r"|causes|prevents|improves|protects|worsens|shortens|lengthens|extends)\b",
    re.I,
)


_EMBEDDED = re.compile(
    r"\b(?:how|whether|if|when|until|unless|where|so that)\b(?:\s+[\w'’-]+){0,3}\s+$", re.I
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


_SEES = re.compile(
    r"\b(?:sees|see|saw)\s+(?:[\w%'’-]+\s+){1,4}?(?:coming|returning|rising|falling"
    r"|growing|reaching|peaking|hitting|staying|remaining|at)\b",
    re.I,
)
_COULD_BE = re.compile(r"\bcould\s+(?:well\s+|also\s+)?(?:be|have)\b", re.I)
_CONDITION = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(if|unless)\b", re.I)


# "appear" and "seem" doubt only what they introduce: "do not appear on tickets" is
# absence, no doubt (round 145: it hid "may have been carrying" -> "was carrying")
_SEEMING = re.compile(r"\b(?:appears?|appeared|seems?|seemed)\b", re.I)
_SEEMING_DOUBT = re.compile(
    r"\b(?:appears?|appeared|seems?|seemed)\s+(?:to|that|as if|likely|unlikely)\b"
    r"|\bit\s+(?:appears?|appeared|seems?|seemed)\b",
    re.I,
)


# a forecast as a thing, not a forecast made: "to revise its growth forecast" holds no
# doubt ("expects to revise" -> "has decided to revise", round 180)
_FORECAST_NOUN = re.compile(
    r"\b(?:its|their|his|her|our|the|a|growth|inflation|budget|official|latest)\s+(?:forecasts?)\b",
    re.I,
)


def _doubts(plain: str) -> list[str]:
    out = [w for w in word_keys(plain) if w in DOUBT_WORDS]
    for _ in _FORECAST_NOUN.finditer(plain):
        noun = next((w for w in out if w.startswith("forecast")), None)
        if noun is not None:
            out.remove(noun)
    extra = len(_SEEMING.findall(plain)) - len(_SEEMING_DOUBT.findall(plain))
    seeming = [k for k, w in enumerate(out) if _SEEMING.fullmatch(w)]
    drop = set(seeming[: max(0, extra)])
    return [w for k, w in enumerate(out) if k not in drop]


def check_hedges(p: Pair) -> list[Change]:
    s_plain, c_plain = p.s_plain, p.c_plain
    reported = reported_quotes(p)
    if reported:
        s_plain = f"{s_plain} {reported}"
    c_words = set(word_keys(c_plain))
    out = []
    s_doubt = _doubts(s_plain)
    c_doubt = _doubts(c_plain)
    # a word of association keeps only an association's doubt: "the turbines are linked
    # to a new substation" keeps nothing of "is expected to reach" (round 113)
    if not _ASSOCIATION & set(s_doubt):
        c_doubt = [w for w in c_doubt if w not in _ASSOCIATION]
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
    gone = not c_doubt or len(c_doubt) < len(s_doubt)
    for m in _EPISTEMIC.finditer(s_plain):
        if m.group("h").startswith("May"):
            continue  # the month: "bailed until May while inquiries continue"
        # (the copy keeps this hedge with its word, another is the one it dropped: "could
        # be worth" kept beside "could be enough to persuade" -> "will persuade", r236)
        if re.search(rf"\b{re.escape(m.group())}\b", c_plain, re.I):
            continue
        modal = m.group("h").lower().startswith(("could", "might", "may"))
        if modal and _BEFORE_IT.search(s_plain, max(0, m.start() - 40), m.start()):
            continue  # a race, no doubt: "before autumn rains could wash them away" (r103)
        # (or the copy's doubt is of another thing and it states this one: "may reduce
        # scar tissue" -> "reduces scarring ..., in findings that could matter", r162)
        if (
            not gone
            and not stated_plainly(m.group("h"), m.group("w"), c_plain)
            and not _bare_in_its_sentence(p, m.group("h"), m.group("w"))
        ):
            continue
        w = m.group("w").lower()
        words = m.group("h").lower().split()
        head = next((x for x in words if x in DOUBT_WORDS), words[0])
        # (in any form: "are expected to report" -> "expects ... to report", round 58)
        c_heads = [_doubt_stem(x) for x in c_doubt]
        # ("may be more likely" -> "could be more prone": a possibility either way,
        # round 144; a bare "could" is as often an ability)
        c_heads += ["may"] * len(_COULD_BE.findall(c_plain))
        if c_doubt and c_heads.count(_doubt_stem(head)) >= [_doubt_stem(x) for x in s_doubt].count(
            _doubt_stem(head)
        ):
            continue
        # a forecast kept as a plan: "expects to begin notifying owners" -> "plans to
        # start sending letters" (round 132)
        # (or as any forecast: "expects the economy to grow" and "forecast a deficit"
        # merged into "forecasts growth ... and a deficit", round 98)
        # (or as an outlook: "The bank now sees inflation coming back to 3%", round 198)
        # (not where the copy says "will" of this verb: "The heat is expected to break on
        # Thursday, when storms are forecast" -> "The heat will break", round 199)
        certain = any(verb_stem(c.group("v")) == verb_stem(w) for c in _CERTAIN.finditer(c_plain))
        if _doubt_stem(head) == "expect" and (
            _PLANS_TO.search(c_plain)
            or ("expect" in c_heads and not certain)
            or _SEES.search(c_plain)
        ):
            continue
        # an option weighed is still open when the copy asks whether: "would consider
        # whether further action was needed" -> "would decide whether more steps were
        # required" (round 104)
        # ... and so it is when weighed in other words: "would consider strikes" ->
        # "would weigh strike action" (round 190)
        if head.startswith(("consider", "weigh", "explor")) and (
            _WHETHER.search(c_plain) or _WEIGHED.search(c_plain)
        ):
            continue
        may = m.group("h").lower().split()[0] == "may"
        if may and _permitted(s_plain[m.start("h") + 3 :], c_plain):
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
        # "could afford" is ability, kept by "cannot afford" (or "be able to keep" for
        # "could keep", round 192)
        if head == "could" and re.search(
            r"\b(?:can|cannot|can't|could|couldn't|able to)\s+(?:not\s+)?" + re.escape(w),
            c_plain,
            re.I,
        ):
            continue
        # "measles could cause complications" -> "can lead to", "could be repaired" ->
        # "can be repaired": a modal of possibility kept by another ("can" says what
        # may happen, not what did; "may have been" is doubt about the past: not kept)
        # (not a "can" of another clause: "will resume on Thursday, depending on how
        # quickly work crews can be scheduled", round 143)
        if (
            words[0] in ("could", "may", "might")
            and "have" not in words
            and any(
                not _EMBEDDED.search(c_plain, 0, k.start())
                or _EMBEDDED.search(s_plain, 0, m.start())  # "whether ... could"
                for k in re.finditer(r"\bcan\s+(?!not\b)[a-z]", c_plain, re.I)
            )
        ):
            continue
        # "jurors could convict if he ought to have known" -> "a guilty verdict was open
        # to them if ...": what a condition allows, kept with the condition (round 127);
        # not "a cut could come as soon as April if ..." -> "a cut will come in April
        # if ...", certain on the same condition (round 88)
        cond = _CONDITION.match(s_plain, m.end())
        if (
            head == "could"
            and cond
            and re.search(rf"\b{cond.group(1)}\b", c_plain, re.I)
            and not _CERTAIN.search(c_plain)
            # (nor "would" of the same verb: "said it could intervene ... if volatility
            # persisted" -> "said it would intervene ... if", round 244)
            and not re.search(rf"\bwould\s+{re.escape(w)}\b", c_plain, re.I)
        ):
            continue
        # "could be fined" -> "face fines": a penalty one faces is still a possibility
        if head in ("could", "may", "might") and any(
            verb_stem(x) == verb_stem(w) for x in _FACING.findall(c_plain)
        ):
            continue
        # the claim is kept, its hedge is not (a particle, "expected to be back to
        # normal by Monday", only with the words it leads: "services will be brought
        # back from Sunday" is another claim, round 150)
        w_kept = present(w, c_words) and (w not in _PARTICLES or _clause_kept(m, c_words, "w"))
        hard = "" if w_kept else _made_certain(m, c_plain)
        if hard and head in ("may", "might", "could"):
            note = f"hedge {m.group('h')!r} dropped: the copy says {hard!r}"
            out.append(p.change("hedge", m.group(), hard, note))
            break
        # (a close pair carries the claim, but the hedged clause must be in this
        # sentence: "a finding that could help explain how such worlds form" moved to
        # the next one, "The finding could shed light on ...", round 92)
        # (the claim is the hedge's own sentence where the alignment merged two: a
        # release's dateline lead beside "may have accessed files", round 173)
        if len(p.s_idx) > 1 and not p.close:  # the merged pair's copy must keep the clause
            own = _sentence_at(s_plain, m.start())
            kept_here = close_kept(p, own, merged=True) and _clause_kept(m, c_words, "w", 0.6)
        else:
            kept_here = close_kept(p, s_plain) and _clause_kept(m, c_words)
            # (its verb gone and the copy telling what was done: "is expected to arrive in
            # Dravnik on Saturday" -> a week later, "was sent to Dravnik", round 188)
            kept_here = kept_here and not (
                _FORESEE.match(head)
                and _TOLD_AS_DONE.search(c_plain)
                and not _CERTAIN.search(c_plain)
            )
        if (w_kept or kept_here) and not _said_beside(p, m.group()):
            note = f"hedge {m.group('h')!r} dropped: the copy states it as fact"
            out.append(p.change("hedge", m.group(), m.group("w"), note))
            break
    out += figure_hedges(s_plain, c_plain, p)
    return out or _plan_made_certain(p) or claim_made_deed(p) or forecast_made_past(p)


def _bare_in_its_sentence(p: Pair, hedge: str, word: str) -> bool:
    """An "alleged" noun the copy states in a sentence of its split that doubts nothing,
    whatever doubt its other sentence keeps ("argues that ..., and that alleged
    irregularities made it impossible" -> "claims the ballots ... . It also says that
    irregularities make it impossible", round 207)."""
    if hedge.lower() not in ("alleged", "suspected", "purported") or len(p.c_idx) < 2:
        return False
    held = [p.copy.sentences[i].text for i in p.c_idx]
    held = [t for t in held if re.search(rf"\b{re.escape(word)}\b", t, re.I)]
    return len(held) == 1 and not _doubts(held[0])


def _permitted(after: str, c_plain: str) -> bool:
    """A "may" of permission, no doubt: "Either candidate may then appeal within five
    days" -> "either candidate will have five days to appeal" (round 207)."""
    # (... or its denial, a rule: "pigs may not be moved without a veterinary permit",
    # round 256)
    if re.match(r"\s*not\s+(?:[\w'’-]+\s+){1,5}?without\b", after, re.I):
        return True
    v = re.match(r"\s*(?:then|also|still|now|later|only)?\s*([^\W\d_]{3,})", after)
    if v is None:
        return False
    # (a time or a right between: "will have five days to appeal"; not "would have to")
    allowed = (
        r"\b(?:(?:have|has|had)\s+(?!to\b)[^.;]{1,30}"
        r"|(?:given|allowed|entitled|permitted|free|right)\s+)"
    )
    verb = re.escape(v.group(1))
    return re.search(rf"{allowed}\bto\s+{verb}\b", c_plain, re.I) is not None


def _said_beside(p: Pair, hedged: str) -> bool:
    """The hedged words stand whole in the copy sentence next to the pair's, where the
    copy split the source sentence ("Corvane said it accepts the preliminary findings.
    Its head of quality ... has been suspended", round 203)."""
    n = len(p.copy.sentences)
    near = (min(p.c_idx) - 1, max(p.c_idx) + 1)
    return any(0 <= i < n and hedged.lower() in p.copy.sentences[i].text.lower() for i in near)


_BEFORE_IT = re.compile(r"\b(?:before|until|so that|in case)\b(?:\s+[\w'’-]+){0,4}\s*$", re.I)


def _sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` (sentences joined by spaces) that holds offset ``at``."""
    start = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at))
    end = text.find(". ", at)
    return text[start + 1 : end + 1 if end >= 0 else len(text)]


# An intention is no deed: "also plans to order up to 20 aircraft" -> "will order up to
# 20 aircraft" (round 117). The copy must say "will" of the same verb and keep no word of
# intention anywhere in the sentence ("wants to", "is set to" keep it).
_INTENTION = re.compile(
    r"\b(?P<h>(?:plans?|planned|planning|intends?|intended|intending|aims?|aimed|aiming)"
    r" to)\s+(?P<w>[^\W\d_]{3,})",
    re.I,
)
_STILL_INTENDED = re.compile(
    r"\b(?:plan\w*|intend\w*|intention|aim\w*|hop\w*|want\w*|seek\w*|propos\w*|expect\w*"
    r"|set to|looks? to|is to|are to|would like)\b",
    re.I,
)


# a plan with its verb ("plans to start"), not a word of one ("its planned 96 turbines",
# round 113)
_PLANS_TO = re.compile(
    r"\b(?:plan|plans|planned|planning|intends?|intended|aims?|aimed|hopes?|hoped|wants?"
    r"|seeks?|proposes?|proposed|set|looks?|is|are)\s+to\s+[a-z]",
    re.I,
)


def _plan_made_certain(p: Pair) -> list[Change]:
    if _STILL_INTENDED.search(p.c_plain):
        return []
    for m in _INTENTION.finditer(p.s_plain):
        for c in _CERTAIN.finditer(p.c_plain):
            if verb_stem(c.group("v")) == verb_stem(m.group("w")):
                note = f"hedge {m.group('h')!r} dropped: the copy says {c.group()!r}"
                return [p.change("hedge", m.group(), c.group(), note)]
    return []
