"""Figures and credits changed inside a clause a copy took into a sentence of its own.

A part copy often lifts one clause of a source sentence into a longer sentence it wrote
itself: "... came last weekend, when the first of 540 Kestrian peacekeepers left for the
Korvan Valley on Saturday to join the force" holds "The first of 450 Kestrian
peacekeepers left for the Korvan Valley on Saturday to join" (round 176). The two
sentences share too few words as a whole to be aligned, so the sentence-pair checks
never read them; but a figure standing between the same words on both sides, with a run
of them long enough to be no coincidence, is the source's figure, changed.

The figures are read on word tokens and digits alone, so in any language
(``slot_figures``); the credit of a claim so taken, in English (``slot_credits``: the
economist's "said the weaker marek could push up import prices" made the governor's
"acknowledged that the weaker marek could push up import prices", round 180).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence

from .article import Article, Change
from .factcues import CUES
from .factnames import CALENDAR
from .factsubjects import subjects

# The words the two sides must share around the figure: this many in all, with at least
# SLOT_SIDE on one side of it (a run of nine words recurs by chance between two reports
# of one event only in set phrases, which rarely hold a figure; measured on the rounds:
# every shared run of 8 tokens or more beside an unaligned copy sentence of a derived
# pair is a clause the copy took)
SLOT_CONTEXT = 8
SLOT_SIDE = 3
# a figure whole ("3,800", "0.7%"), else a word
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W_]+")


def _tokens(text: str) -> list[str]:
    return [m.group().lower() for m in _TOKEN.finditer(text)]


def _is_figure(tok: str) -> bool:
    return tok[:1].isdigit()


def _slot_change(c_toks: list[str], s_toks: list[str]) -> tuple[str, str] | None:
    """The one figure the copy put in place of the source's between shared words."""
    ops = difflib.SequenceMatcher(None, s_toks, c_toks, autojunk=False).get_opcodes()
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        was, now = s_toks[i1], c_toks[j1]
        if not (_is_figure(was) and _is_figure(now)) or was == now:
            continue
        left = ops[k - 1][2] - ops[k - 1][1] if k and ops[k - 1][0] == "equal" else 0
        right = (
            ops[k + 1][2] - ops[k + 1][1] if k + 1 < len(ops) and ops[k + 1][0] == "equal" else 0
        )
        if left + right >= SLOT_CONTEXT and max(left, right) >= SLOT_SIDE:
            return was, now
    return None


_DAY = re.compile(
    r"\b(?:" + "|".join(sorted(w for w in CALENDAR if w.endswith("day"))) + r"|yesterday|today)\b",
    re.I,
)


def _days(text: str) -> set[str]:
    return {m.group().lower() for m in _DAY.finditer(text)}


def slot_figures(source: Article, copy: Article, sentences: Iterable[int]) -> list[Change]:
    """Number changes in the copy ``sentences`` (those no pair of the alignment covers)
    against any source sentence: a figure that differs where the words around it agree.
    The source's figure must be gone from the whole copy (a copy that gives both is
    updating a figure, not changing it), and the two sentences must not name other
    days."""
    copy_text = copy.text
    out = []
    for i in sentences:
        c_sent = copy.sentences[i].text
        c_toks = _tokens(c_sent)
        if not any(_is_figure(t) for t in c_toks):
            continue
        for s in source.sentences:
            found = _slot_change(c_toks, _tokens(s.text))
            if found is None:
                continue
            was, now = found
            if re.search(rf"(?<![\d.,]){re.escape(was)}(?![\d])", copy_text):
                continue
            # the figure of another day, an update: "had reached 141 metres of the 235 by
            # Saturday" -> "by Monday evening ... had reached 221 metres of the 235"
            # (round 179)
            if _days(c_sent) and _days(s.text) and not _days(c_sent) & _days(s.text):
                continue
            note = f"{was!r} in the source, {now!r} in the copy, between the same words"
            out.append(Change("number", i, s.i, was, now, note))
            break
    return out


# A claim taken whole: this many words in a row, right after a speech verb on both sides
CLAIM_RUN = 7
_THAT = re.compile(r"\s*(?:that\s+)?$", re.I)


def _cued_before(text: str, end: int) -> bool:
    """A speech verb ends ``text[:end]``, but for a "that"."""
    head = text[:end]
    cut = _THAT.search(head)
    head = head[: cut.start()] if cut else head
    last = max(CUES.finditer(head), key=lambda m: m.end(), default=None)
    return last is not None and not head[last.end() :].strip()


def slot_credits(source: Article, copy: Article, sentences: Iterable[int]) -> list[Change]:
    """Attribution changes in the copy ``sentences``: a claim of CLAIM_RUN words or more,
    after a speech verb on both sides, credited to someone the source's sentence does
    not name."""
    out = []
    for i in sentences:
        c_sent = copy.sentences[i].text
        c_spans = list(_TOKEN.finditer(c_sent))
        c_toks = [m.group().lower() for m in c_spans]
        for s in source.sentences:
            s_spans = list(_TOKEN.finditer(s.text))
            m = difflib.SequenceMatcher(
                None, [x.group().lower() for x in s_spans], c_toks, autojunk=False
            ).find_longest_match()
            if m.size < CLAIM_RUN:
                continue
            s_at, c_at = s_spans[m.a].start(), c_spans[m.b].start()
            if not (_cued_before(s.text, s_at) and _cued_before(c_sent, c_at)):
                continue
            ss, cs = subjects(s.text[:s_at]), subjects(c_sent[:c_at])
            if not ss or not cs or ss & cs or cs <= set(_tokens(s.text)):
                continue
            was, now = (" ".join(sorted(w for w in x if ":" not in w)) for x in (ss, cs))
            note = "the claim, taken word for word, credited to another speaker"
            out.append(Change("attribution", i, s.i, was, now, note))
            break
    return out


def _dated(tok: str) -> bool:
    return tok in CALENDAR or (tok.isdigit() and len(tok) <= 4)


def slot_dates(source: Article, copy: Article, sentences: Iterable[int]) -> list[Change]:
    """Date changes in the copy ``sentences``: a run of calendar words and figures the
    copy put in place of the source's after SLOT_CONTEXT shared words ("The advisory runs
    from Thursday, July 24, to Sunday, July 27, and covers ..." -> "... to Monday, July
    28.", round 199). The source's date must be gone from the whole copy."""
    out = []
    for i in sentences:
        c_sent = copy.sentences[i].text
        c_spans = list(_TOKEN.finditer(c_sent))
        c_toks = [m.group().lower() for m in c_spans]
        if not any(t in CALENDAR for t in c_toks):
            continue
        for s in source.sentences:
            s_spans = list(_TOKEN.finditer(s.text))
            s_toks = [m.group().lower() for m in s_spans]
            ops = difflib.SequenceMatcher(None, s_toks, c_toks, autojunk=False).get_opcodes()
            if len(ops) < 3 or ops[0][0] != "equal" or ops[0][2] < SLOT_CONTEXT:
                continue
            # the changed run: replaces and short equal runs of calendar words and figures
            # (the copy may end there: "27, and covers all of the county" -> "28.")
            run: list[tuple[int, int, int, int]] = []
            for op, i1, i2, j1, j2 in ops[1:]:
                if op == "replace" and j2 == len(c_toks) and i2 - i1 > j2 - j1:
                    i2 = i1 + j2 - j1
                dated = all(_dated(t) for t in s_toks[i1:i2] + c_toks[j1:j2])
                if op not in ("replace", "equal") or not dated or i2 - i1 > 3:
                    break
                if op == "replace":
                    run.append((i1, i2, j1, j2))
            if not run or not any(s_toks[o[0]] in CALENDAR for o in run):
                continue
            a, b = run[0], run[-1]
            was = s.text[s_spans[a[0]].start() : s_spans[b[1] - 1].end()]
            now = c_sent[c_spans[a[2]].start() : c_spans[b[3] - 1].end()]
            if was in copy.text:
                continue
            note = f"{was!r} in the source, {now!r} in the copy, after the same words"
            out.append(Change("date", i, s.i, was, now, note))
            break
    return out


def slot_changes(source: Article, copy: Article, sentences: Sequence[int]) -> list[Change]:
    """The figures, credits and dates changed in the copy ``sentences``."""
    return [
        *slot_figures(source, copy, sentences),
        *slot_credits(source, copy, sentences),
        *slot_dates(source, copy, sentences),
    ]
