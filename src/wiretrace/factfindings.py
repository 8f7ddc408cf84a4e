"""What a study found, and in whom: the checks that read a finding's verb. A copy that
states plainly what its source hedged with a modal ("may reduce scar tissue" ->
"reduces scarring"), and one that drops the animals a study was done in ("mice given
WM-417 had 41 percent less scar tissue" -> "those who received WM-417 had ...", round
162): a result in mice told as one in people. ``verb_stem`` is shared with the hedge,
doubt and negation checks."""

from __future__ import annotations

import re

from .article import Change
from .factpair import Pair

_MODALS = frozenset("may might could would will can should must to not".split())


def stated_plainly(hedge: str, verb: str, c_plain: str) -> bool:
    """The verb a bare modal hedged, inflected and with no modal before it in the copy:
    "may reduce" -> "reduces", "could be announced" -> "will be announced" (whatever
    other doubt the copy voices elsewhere)."""
    w = verb.lower()
    if hedge.lower() in ("may be", "might be", "could be"):
        # ("a deal could be announced as early as Monday" -> "will be announced on
        # Monday", round 200)
        return re.search(rf"\bwill be {re.escape(w)}\b", c_plain, re.I) is not None
    if hedge.lower() not in ("may", "might", "could"):
        return False
    words = re.findall(r"[\w'’-]+", c_plain.lower())
    return any(
        x != w
        and x.startswith(w[:4])
        and verb_stem(x) == verb_stem(w)
        and x.endswith("s")
        and (k == 0 or words[k - 1] not in _MODALS)
        for k, x in enumerate(words)
    )


# the animals of a preclinical study: named in the source sentence, nowhere in the copy
_ANIMALS = re.compile(
    # (not the tests still to come: "if further animal studies went well", round 142)
    r"(?<!further )(?<!more )(?<!future )(?<!other )"
    r"\b(?:mice|mouse|rats|rodents?|monkeys|macaques|primates|zebrafish|fruit flies|"
    r"animal (?:study|studies|model|models|tests?)|in vitro|cell cultures?|lab-grown cells)\b",
    re.I,
)
# ... where the sentence tells a study's finding
_STUDY = re.compile(
    r"\b(?:stud(?:y|ies)|experiments?|trials?|tested|researchers|scientists|treated|given|"
    r"found|showed)\b",
    re.I,
)


def animals_dropped(p: Pair) -> list[Change]:
    """The source sentence says the finding is in animals (or cells), and the copy, which
    never names those animals, keeps the finding: it tells a result in people."""
    m = _ANIMALS.search(p.s_plain)
    if m is None or not _STUDY.search(p.s_plain):
        return []
    # (the same animals anywhere in the copy keep them: "tests in a second animal model"
    # of the next steps does not)
    word = m.group().lower().rstrip("s")
    kin = r"mice|mouse" if word in ("mice", "mouse") else rf"{re.escape(word)}s?"
    if re.search(rf"\b(?:{kin})\b", p.copy.text, re.I):
        return []
    note = f"the source's finding is in {m.group()!r}; the copy never says so"
    return [p.change("hedge", m.group(), "", note)]


def verb_stem(word: str) -> str:
    """approve, approved, approves, approving -> approv; close, closed -> clos; the
    irregular past of a verb a claim turns on: found -> find (round 124)."""
    w = _IRREGULAR.get(word.lower(), word.lower())
    cut = re.sub(r"(?:ing|ed|es|e|s)$", "", w)
    # (testify, testified, testifying -> testifi, round 194)
    cut = re.sub(r"(?<=[^aeiouy])y$", "i", cut)
    return cut if len(cut) >= 3 else w


# the irregular pasts of verbs that reports deny or affirm (not the participles apart:
# "should not have allowed jurors to see" -> "should never have seen", round 115)
_IRREGULAR = {
    "found": "find",
    "knew": "know",
    "saw": "see",
    "took": "take",
    "gave": "give",
    "made": "make",
    "kept": "keep",
    "held": "hold",
    "paid": "pay",
    "sold": "sell",
    "told": "tell",
    "thought": "think",
    "brought": "bring",
    "bought": "buy",
    "won": "win",
    "lost": "lose",
    "met": "meet",
    "meant": "mean",
    "broke": "break",
    "chose": "choose",
    "spoke": "speak",
    "began": "begin",
    "sought": "seek",
    "understood": "understand",
    "withdrew": "withdraw",
}
