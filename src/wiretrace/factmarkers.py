"""Denials and hedges a copy changed, in the European languages the English fact checks do
not read (Spanish, French, German, Portuguese, Italian, Dutch).

A light edit keeps its source's sentences word for word but for a few words, and the few
words that turn a claim around are closed classes every language has: its negations
("no confirmó" -> "confirmó", "n'avait fait l'objet d'aucun" -> "avait fait l'objet
d'un") and its modal hedges ("podría instalarse" -> "se instalará", "könnten folgen" ->
"würden folgen"). Round 74 planted ten such changes in Spanish, French and German light
edits; the figures check found two. Only close pairs are read, where the words around the
edit still match: in a rewritten sentence a denial or a doubt moves into other words.

English has its own checks (facthedges.py), which read the "not" of a verb; the denial a
determiner carries ("there was no evidence" -> "there was evidence", round 81) is read
here, the same way.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from .article import Alignment, Article, Change
from .factpair import Pair, aligned_texts, pair_change

_WORD = re.compile(r"[^\W\d_]+['’]?")

NEGATIONS = frozenset(
    # Spanish, French, German, Portuguese, Italian, Dutch
    """no nunca jamás ningún ninguna ninguno nadie nada tampoco
    ne n' n’ pas jamais aucun aucune rien guère
    nicht kein keine keinen keinem keiner keines nie niemals niemand nichts
    não nenhum nenhuma ninguém
    non mai nessun nessuna nessuno niente
    niet geen nooit niemand""".split()
)
HEDGES = frozenset(
    """podría podrían pudo pudiera pudieran posiblemente probablemente presuntamente
    supuestamente aparentemente quizá quizás
    pourrait pourraient aurait auraient peut-être probablement présumé présumée présumés
    supposé apparemment semble semblent
    könnte könnten dürfte dürften möglicherweise vermutlich wahrscheinlich angeblich
    mutmaßlich mutmaßliche mutmaßlichen offenbar scheinbar
    poderia poderiam possivelmente provavelmente supostamente alegadamente
    potrebbe potrebbero forse probabilmente presunto presunta presunti presumibilmente""".split()
)
# (not French "personne": "une personne" is a person as often as "ne ... personne" is
# nobody)
# A pair this alike, word for word, is an edit of one sentence (difflib's ratio)
CLOSE_RATIO = 0.7
MAX_EDIT = 4  # words on a side of one edit: a longer one rewrites a clause
# "no" denies in Spanish, but is "in the" in Portuguese ("no prazo", round 47): read only
# in a text with Spanish articles
_SPANISH = re.compile(r"\b(?:el|los|las|del)\b", re.I)


def _span(text: str, words: list[re.Match[str]], i: int, j: int) -> str:
    """The words ``i`` to ``j`` of ``text`` and the one after, the word a denial or a
    hedge bears on ("no confirmó" -> "confirmó", as the English checks show them)."""
    hi = min(len(words), j + 1)
    return text[words[i].start() : words[hi - 1].end()] if hi > i else ""


def _edits(s_words: list[str], c_words: list[str]) -> list[tuple[int, int, int, int]]:
    sm = difflib.SequenceMatcher(None, [w.lower() for w in s_words], [w.lower() for w in c_words])
    if sm.ratio() < CLOSE_RATIO:
        return []
    return [(i1, i2, j1, j2) for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal"]


def _count(words: Sequence[str], markers: frozenset[str]) -> int:
    return sum(1 for w in words if w.lower() in markers)


def marker_changes(
    source: Article, copy: Article, alignments: Sequence[Alignment], *, min_score: float
) -> list[Change]:
    """Negations the copy dropped or added, and hedges it dropped, in close pairs."""
    out = []
    negations = NEGATIONS if _SPANISH.search(source.text) else NEGATIONS - {"no"}
    for al, s_all, c_all in aligned_texts(source, copy, alignments, min_score=min_score):
        s_m, c_m = list(_WORD.finditer(s_all)), list(_WORD.finditer(c_all))
        s_words, c_words = [m.group() for m in s_m], [m.group() for m in c_m]
        for i1, i2, j1, j2 in _edits(s_words, c_words):
            if max(i2 - i1, j2 - j1) > MAX_EDIT:
                continue
            s_part, c_part = s_words[i1:i2], c_words[j1:j2]
            s_text, c_text = _span(s_all, s_m, i1, i2), _span(c_all, c_m, j1, j2)
            neg = _count(s_part, negations) - _count(c_part, negations)
            if neg > 0:
                note = f"{s_text!r} became {c_text!r}: the copy affirms what the source denies"
            elif neg < 0:
                note = f"{s_text!r} became {c_text!r}: the copy denies what the source affirms"
            if neg:
                out.append(
                    pair_change("negation", source, copy, al.source, al.copy, s_text, c_text, note)
                )
            elif _count(s_part, HEDGES) > _count(c_part, HEDGES):
                note = f"{s_text!r} became {c_text!r}: a hedge dropped, the copy states it as fact"
                out.append(
                    pair_change("hedge", source, copy, al.source, al.copy, s_text, c_text, note)
                )
    return out


# English denials by a determiner; "no longer" is a verb's, read by facthedges.py
ENGLISH_DENIALS = frozenset("no nothing nobody none".split())


def english_denials(p: Pair) -> list[Change]:
    """A "no" dropped or added in a close pair, every word around it kept. A replaced one
    is left alone: "no evidence" -> "little evidence" softens, "any evidence" restates."""
    s_m, c_m = list(_WORD.finditer(p.s_plain)), list(_WORD.finditer(p.c_plain))
    s_words, c_words = [m.group() for m in s_m], [m.group() for m in c_m]
    # a denial said another way keeps the sentence's count of them: "had not found
    # evidence" -> "had found no evidence", "there have been no deaths" -> "no deaths have
    # been" (the word diff sees a "no" go on one side and come on the other)
    balance = _denials(p.s_plain) - _denials(p.c_plain)
    out = []
    for i1, i2, j1, j2 in _edits(s_words, c_words):
        s_part, c_part = s_words[i1:i2], c_words[j1:j2]
        # the denial alone: "though none has died" added is a claim of the copy's own
        if (s_part and c_part) or len(s_part) + len(c_part) != 1:
            continue
        if any(w.lower() == "longer" for w in s_words[i1 : i2 + 1] + c_words[j1 : j2 + 1]):
            continue
        s_text, c_text = _span(p.s_plain, s_m, i1, i2), _span(p.c_plain, c_m, j1, j2)
        if _count(s_part, ENGLISH_DENIALS) and balance > 0:
            note = f"{s_text!r} became {c_text!r}: the copy affirms what the source denies"
        elif _count(c_part, ENGLISH_DENIALS) and balance < 0:
            note = f"{s_text!r} became {c_text!r}: the copy denies what the source affirms"
        else:
            continue
        out.append(p.change("negation", s_text, c_text, note))
    return out or _no_sign_dropped(p, balance) or _none_there(p, balance) or _ruled_out_flipped(p)


# "said there was no indication that its equipment was involved" -> "acknowledged that
# its equipment may have been involved" (round 88): the denial is a frame around the claim,
# which the copy keeps and affirms
_NO_SIGN = re.compile(
    r"\bno (?:indication|evidence|sign|suggestion|proof)s? (?:that|of)\s+(?P<claim>[^.;]{10,200})",
    re.I,
)
NO_SIGN_KEPT = 0.6  # of the claim's content words the copy must keep


def _no_sign_dropped(p: Pair, balance: int) -> list[Change]:
    m = _NO_SIGN.search(p.s_plain)
    # (the sign itself kept is a softening, "no evidence" -> "little evidence", not this)
    sign = m.group().split()[1].lower().rstrip("s") if m else ""
    if m is None or balance <= 0 or re.search(rf"\b{sign}", p.c_plain, re.I):
        return []
    if re.search(rf"\bno\s+{sign}", p.c_text, re.I):
        return []  # (kept in a quote the copy made of it: "we have found no evidence", r187)
    claim = [w.lower() for w in _WORD.findall(m.group("claim")) if len(w) > 3]
    have = {w.lower() for w in _WORD.findall(p.c_plain)}
    if len(claim) < 3 or sum(w in have for w in claim) < NO_SIGN_KEPT * len(claim):
        return []
    said = m.group().split(" that ")[0].split(" of ")[0]
    note = f"{said!r} dropped: the copy affirms what the source says there is no sign of"
    return [p.change("negation", said, "", note)]


# "there had been no confirmed cases of looting" -> "there were confirmed cases of
# looting" (round 202): the thing said not to exist is said to exist, in other words
# (or found to exist: "found no other discrepancies" -> "found other discrepancies as
# well", round 224)
_EXISTS = (
    r"\b(?:there\s+(?:is|are|was|were|(?:has|have|had|will|would)\s+been?)"
    r"|found|detected|identified)\s+"
)
_NONE_EXISTS = re.compile(_EXISTS + r"no\s+((?:[^\W\d_]+\s+){0,2}?)([^\W\d_]{3,})\b", re.I)
# ... the finding in any tense on the other side: "found no defects" -> "did find defects"
# (round 238)
_EXISTS_ANY = _EXISTS.replace("found|detected|identified", "found|find|finds|detected|identified")


# (a softened denial is no affirmation: "no evidence" -> "little evidence")
_FEW = r"(?:no|not|never|little|few|scant|hardly|barely|insufficient|any)\b"


def _none_there(p: Pair, balance: int) -> list[Change]:
    """ "there was no X" (or "found no X") on one side, "there was X" ("found X") on the
    other, in whatever words."""
    for neg, other, sign in ((p.s_plain, p.c_plain, 1), (p.c_plain, p.s_plain, -1)):
        m = _NONE_EXISTS.search(neg)
        if m is None or balance * sign <= 0:
            continue
        head = re.escape(m.group(2))
        n = re.search(_EXISTS_ANY + rf"(?!{_FEW})((?:[^\W\d_]+\s+){{0,2}}?){head}", other, re.I)
        if n is None:
            continue
        if sign > 0:
            note = f"{m.group()!r} became {n.group()!r}: the copy affirms what the source denies"
            return [p.change("negation", m.group(), n.group(), note)]
        note = f"{n.group()!r} became {m.group()!r}: the copy denies what the source affirms"
        return [p.change("negation", n.group(), m.group(), note)]
    return []


# "had no intention of postponing the election" -> "did not rule out postponing the
# election" (round 92): a thing excluded on one side is left open on the other
_LEFT_OPEN = re.compile(
    r"\b(?:(?:did|does|do|would|will|could|has|have|had)\s+not|didn't|doesn't|don't|won't"
    r"|wouldn't|hasn't|haven't|refused\s+to|declined\s+to|never)\s+(?:rule[sd]?|ruling)\s+out\b"
    r"|\bnot\s+(?:be\s+|been\s+)?ruled\s+out\b|\bleft\s+open\s+the\s+possibility\b"
    # ("could not be ruled out" -> "cannot be ruled out", round 210)
    r"|\b(?:cannot|can['’]t|couldn['’]t)\s+(?:be\s+ruled|rule)\s+out\b",
    re.I,
)
_EXCLUDED = re.compile(
    r"\b(?:ruled\s+out|rules\s+out|no\s+intention\s+of|no\s+plans?\s+to|not\s+going\s+to"
    r"|(?:would|will)\s+be\s+no|not\s+planning)\b",
    re.I,
)


def _ruled_out_flipped(p: Pair) -> list[Change]:
    s_open, c_open = bool(_LEFT_OPEN.search(p.s_plain)), bool(_LEFT_OPEN.search(p.c_plain))
    s_shut = not s_open and bool(_EXCLUDED.search(p.s_plain))
    c_shut = not c_open and bool(_EXCLUDED.search(p.c_plain))
    if s_shut and c_open:
        m, n = _EXCLUDED.search(p.s_plain), _LEFT_OPEN.search(p.c_plain)
        note = "the source rules it out, the copy leaves it open"
    elif s_open and c_shut:
        m, n = _LEFT_OPEN.search(p.s_plain), _EXCLUDED.search(p.c_plain)
        note = "the source leaves it open, the copy rules it out"
    else:
        return []
    assert m is not None and n is not None
    return [p.change("negation", m.group(), n.group(), note)]


_ANY_DENIAL = re.compile(
    r"\b(?:not|never|no|nobody|nothing|none|neither|nor|without)\b|n't\b", re.I
)


def _denials(text: str) -> int:
    return len(_ANY_DENIAL.findall(text))
