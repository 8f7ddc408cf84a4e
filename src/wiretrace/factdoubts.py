"""A doubt the copy brings to a claim its source stated plainly ("will reduce revenue" ->
"may reduce revenue"), the other way round from facthedges.py's dropped hedges, whose
word lists it shares. Not read for the direction (direction.py reads hedges dropped as
the mark of a copy, and an added one is a dropped one read backwards)."""

from __future__ import annotations

import re

from .article import Change
from .factfindings import verb_stem
from .facthedges import DOUBT_WORDS, reported_quotes
from .factpair import Pair, word_keys
from .factqualifiers import FUNCTION_WORDS

# A doubt the copy brings to a claim its source stated plainly: "the measures will reduce
# revenue" -> "may reduce revenue", "had leaked" -> "may have leaked" (rounds 97-98). Read
# only in a close pair (one sentence each, aligned closely), where the claim is the same:
# a looser rewrite restates its source's certainty in words of its own.
# (a bare "could" is as often ability, "the most it could charge", round 95: left out)
_ADDED_DOUBT = re.compile(
    r"\b(?P<h>(?:may|might)(?: have(?: been)?| be)?|could have(?: been)?|allegedly|reportedly"
    r"|possibly|probably)\s+(?:(?:been|be|have|has|had)\s+)*(?P<w>[^\W\d_]{3,})",
    re.I,
)
_DENIED = re.compile(r"\b(?:no|not|never|nobody|none|neither|nor)\b|n't\b", re.I)
# a proposal or a plan is no plain claim: "has proposed closing" -> "could close"
_PROPOSED = re.compile(r"\b(?:propos\w*|plan\w*|consult\w*|draft)\b", re.I)


def check_hedge_added(p: Pair) -> list[Change]:
    if not p.close:
        return []
    s_plain, c_plain = p.s_plain, p.c_plain
    if (
        any(w in DOUBT_WORDS for w in word_keys(s_plain))
        or reported_quotes(p)
        or _PROPOSED.search(s_plain)
        # "no indication that X was involved" -> "X may have been involved": a denial
        # dropped, which the negation checks read
        or _DENIED.search(s_plain)
    ):
        return []
    s_words = word_keys(s_plain)
    for m in _ADDED_DOUBT.finditer(c_plain):
        w = m.group("w").lower()
        if m.group("h").startswith("May") or w in FUNCTION_WORDS:
            continue  # the month ("in May officials said")
        # the claim's own verb stands in the source, with the word before it ("will
        # reduce", "had leaked"): the same claim, stated there without doubt
        at = next((k for k, x in enumerate(s_words) if verb_stem(x) == verb_stem(w)), None)
        # ("Symptoms can include fever" -> "may include": a possibility either way, round
        # 228)
        if at is None or (at > 0 and s_words[at - 1].lower() in ("can", "could")):
            continue
        said = " ".join(s_words[max(0, at - 1) : at + 1])
        found = re.search(r"\b" + r"\W+".join(map(re.escape, said.split())), s_plain, re.I)
        s_span = found.group() if found else s_words[at]
        note = f"hedge {m.group('h')!r} added: the source states it without doubt"
        return [p.change("hedge", s_span, m.group(), note)]
    return _could(p)


# "could" for the source's "will" or "would" before the same verb: "the company would cut
# about 900 jobs" -> "could cut" (round 117); a bare "could" is too often ability to read
# as doubt, but set in the place of a certain "would" it is one
_CERTAIN_VERB = re.compile(r"\b(?:will|would)\s+([^\W\d_]{3,})", re.I)
_COULD_VERB = re.compile(r"\bcould\s+([^\W\d_]{3,})", re.I)


def _could(p: Pair) -> list[Change]:
    if re.search(r"\bcould\b", p.s_plain, re.I):
        return []
    certain = {verb_stem(m.group(1)): m for m in _CERTAIN_VERB.finditer(p.s_plain)}
    for m in _COULD_VERB.finditer(p.c_plain):
        was = certain.get(verb_stem(m.group(1)))
        if was is not None and m.group(1).lower() not in FUNCTION_WORDS:
            note = "hedge 'could' added: the source says it will happen"
            return [p.change("hedge", was.group(), m.group(), note)]
    return []


# A cause the source says was not given, stated by the copy: "The publisher did not
# disclose a cause of death" -> "The publisher said she had died of heart failure" (round
# 152: entertainment sites fill the gap)
_UNDISCLOSED = re.compile(
    r"\b(?:did not|didn't|does not|doesn't|would not|wouldn't|declined to|refused to)\s+"
    r"(?:disclose|give|reveal|say|release|confirm|specify|state)\s+(?:a|the|any|what)?\s*"
    r"(?:was\s+the\s+)?cause"
    r"|\bcause\s+of\s+(?:death|the\s+\w+)\s+(?:was|has|had|is)\s+not\s+(?:been\s+)?"
    r"(?:disclosed|given|released|revealed|known|made public|confirmed)"
    r"|\bno\s+cause\s+(?:of\s+death\s+)?(?:was|has been)\s+(?:given|disclosed|released)",
    re.I,
)
_CAUSE_STATED = re.compile(
    r"\b(?:died|dies|dying|passed away)\s+(?:\w+\s+){0,2}?(?:of|from|after)\s+(?:an?\s+)?"
    r"(?P<what>[a-z]+(?:\s+[a-z]+)?)"
    r"|\bcause\s+of\s+death\s+(?:was|is)\s+(?P<what2>[a-z]+(?:\s+[a-z]+)?)",
    re.I,
)


def cause_made_known(p: Pair) -> list[Change]:
    undisclosed = _UNDISCLOSED.search(p.s_plain)
    if undisclosed is None or _UNDISCLOSED.search(p.c_plain):
        return []
    stated = _CAUSE_STATED.search(p.c_plain)
    if stated is None or _CAUSE_STATED.search(p.s_plain):
        return []
    note = "the source says no cause was given; the copy states one"
    return [p.change("hedge", undisclosed.group(), stated.group(), note)]
