"""Cheap patterns for who said a quote: the usual news forms, read without spaCy.

``cheap_cue`` finds the cue verb nearest to a quote (outside all quotes) and its subject
for ``"...," he said``, ``"...," said Minister Ana Ruiz``, ``Diop told reporters``,
``the former director said``, ``according to X`` and ``the spokesman, Ali Rahimi,
said``; ``cheap_person`` gives the last name that is the subject of a cue verb in a
sentence (what a later "he"/"she" means). Both raise ``Unsure`` whenever the patterns do
not cover the case, and speakers.py parses that sentence instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

CUE_WORDS = frozenset(
    """say says said saying tell tells told add adds added state states stated argue argues
    argued insist insists insisted claim claims claimed note notes noted warn warns warned
    explain explains explained write writes wrote ask asks asked reply replies replied
    declare declares declared stress stresses stressed acknowledge acknowledges acknowledged
    continue continued recall recalls recalled urge urges urged assert asserts asserted
    announce announces announced describe described call called tweet tweeted posted
    insisting adding according agree agrees agreed admit admits admitted concede concedes
    conceded writing accuse accuses accused""".split()  # ("accused the government of "..."")
)
TITLE_WORDS = frozenset(
    """minister president prime foreign defence defense interior finance secretary general gen.
    col. colonel sen. senator gov. governor mayor judge chief dr. dr mr. mrs. ms. mr mrs ms
    prof. professor ambassador spokesman spokeswoman deputy vice former acting""".split()
)
# Title heads: a name the patterns find starts after the last of them ("Agriculture
# Minister Petra Lind" -> "Petra Lind"); modifiers alone (Foreign Office) strip nothing.
_TITLES = frozenset(
    """minister president secretary general gen. gen colonel col. senator sen. governor gov.
    mayor judge chief dr. dr mr. mrs. ms. mr mrs ms prof. professor ambassador spokesman
    spokeswoman executive attorney justice insp. insp det. det inspector detective
    superintendent commissioner congressman congresswoman analyst publisher counsel
    economist minister-president secretary-general premier spokesperson commander director governor chairman chairwoman ceo cfo coo cto cio cmo envoy leader
    head prosecutor king queen prince captain lieutenant sergeant admiral chancellor adviser
    advisor officer representative lawmaker secretary-general rep. lt. capt. sgt. gen maj.
    brig. cmdr. sheikh imam rev. pope""".split()
)
# the heads and the titles of elected and appointed office a name may follow
HOLDER_TITLES = _TITLES | frozenset({"councillor", "cllr", "alderman", "mp", "mep"})
PRONOUNS = frozenset({"he", "she", "him", "her"})
_OTHER_PRON = frozenset({"i", "we", "they", "it", "you", "who", "one", "someone", "this", "that"})
_SMALL = frozenset(
    """a an the of to in on at for and or but is are was were be been being it its this that
    these those there their they them he she his her we our us i you your with by from as
    not no so if than then into about over also has have had do does did will would can
    could should may might must s which who whom whose what one after before while when where later earlier meanwhile
    separately elsewhere however yet still""".split()
)
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec""".split()
)
# Lower-case words inside names (Muqtada al Sadr).
_PARTICLES = frozenset(
    """al el bin ibn bint abu ben de da di du del della der den van von le la dos
    das""".split()
)
_TITLES_DATES = _CALENDAR | _TITLES
_STRIP = _SMALL | _TITLES_DATES
_ABBREV = frozenset({"Jr.", "Sr.", "Inc.", "Co.", "Corp.", "Ltd.", "St.", "U.S.", "U.N."})
# Words of organisations, not people: a pronoun never resolves to them by pattern.
_ORG_WORDS = frozenset(
    """office ministry council party agency company corp corp. inc inc. group bank association
    union commission committee department army police government court university institute
    nations news times post reuters board service services authority administration house
    senate congress parliament organization organisation federation league fund network
    foundation force forces ltd ltd. co co. corporation agency's""".split()
)


def personal(name: str) -> bool:
    """A name the patterns may take for a person's: two or more words, none of an
    organisation (a lone word may be a company; NER tells)."""
    words = name.split()
    return len(words) > 1 and not any(
        w.lower() in _ORG_WORDS or (len(w) > 1 and w.isupper()) for w in words
    )


# Cues that put their subject after them when they follow a quote ("...," said X).
_INVERTING = frozenset(
    """said says added adds asked asks explained continued wrote insisted noted replied
    stressed warned argued recalled declared acknowledged""".split()
)
_TOKEN = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")
_CAP = r"(?<![\w'’.\-])[A-Z][\w'’.\-]*(?![\w'’.\-])"
_NAME_END = re.compile(r"((?:" + _CAP + r"\s+){0,5}" + _CAP + r")\s+(?:also\s+|later\s+)?$")
_NAME_OF_ORG = re.compile(
    # (the body may be described first: "Kari Sundnes of the campaign group Clean Lakes
    # Ostra said", round 120)
    r"((?:" + _CAP + r"\s+){1,5}" + _CAP + r")\s+(?:of|from|at)\s+(?:the\s+)?"
    r"(?:[a-z][\w\-]*\s+){0,3}"
    + _CAP + r"(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?" + _CAP + r"){0,6}\s*,?\s*$"
)  # fmt: skip
_NAME_START = re.compile(r"^\s*((?:" + _CAP + r"\s+){0,5}" + _CAP + r")(?=\s*(?:[,.;:)]|$))")
_NP = r"((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)"
_NP_END = re.compile(r"(?:^|[,;:(\"])\s*(?:(?:[Tt]he|[Aa]n?)\s+)?" + _NP + r"\s+(?:also\s+)?$")
_NP_START = re.compile(r"^\s*(?:the|a|an)\s+" + _NP + r"(?=\s*(?:[,.;:)]|$))")
_APPOS_END = re.compile(
    r"(?:^|[,;:(\"])\s*(?:(?:the|a|an)\s+)?" + _NP + r",\s+(" + _CAP + r"(?:\s+" + _CAP
    + r"){0,4}),\s+$"
)  # fmt: skip
_APPOS_START = re.compile(
    r"^\s*(?:(?:the|a|an)\s+)?"
    + _NP
    + r",\s+("
    + _CAP
    + r"(?:\s+"
    + _CAP
    + r"){0,4})(?=\s*[,.;]|$)"
)
_DESCRIBED_START = re.compile(
    r"^\s*(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,3}((?:" + _CAP + r"\s+){0,3}" + _CAP
    + r")(?=\s*(?:[,.;:)]|$))"
)  # fmt: skip  # "said city engineer Omar Haddad"
_ACCORDING = re.compile(
    r"^\s*to\s+(?:the\s+)?((?:" + _CAP + r"\s+){0,5}" + _CAP + r")(?=\s*[,.;)]|$)"
)

# "As the health minister Alasdair Penrose put it: "..."": the speaker before the quote
_PUT_IT = re.compile(
    r"\b[Aa]s\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,3}((?:" + _CAP + r"\s+){0,4}"
    + _CAP + r")\s+(?:has\s+|had\s+|once\s+)?(?:put|puts)\s+it\b"
)  # fmt: skip


class Unsure(Exception):
    """The patterns do not settle this sentence: it needs a parse."""


@dataclass(frozen=True, slots=True)
class Found:
    """A cue and what stands as its subject: ``kind`` is "none" (no subject), "pron"
    (he/she at char ``at``), "other" (we, they, I: no named speaker) or "text"."""

    cue: str
    kind: str
    text: str | None = None
    at: int = 0


# ------------------------------------------------------------------ names by pattern


def _strip_name(seq: str) -> str | None:
    """A capitalised sequence less leading small words, dates, titles and possessors."""
    words = seq.split()
    keep = 0
    for k, w in enumerate(words):
        low = w.lower().rstrip(",")
        if low in _STRIP or low.rstrip(".") in _TITLES_DATES or low.endswith(("'s", "’s")):
            keep = k + 1
    rest = words[keep:]
    if rest and rest[-1].endswith(".") and rest[-1] not in _ABBREV:
        rest[-1] = rest[-1][:-1]  # the sentence's full stop, not "U.S."
    if not rest or any(w.lower() in _SMALL | PRONOUNS | _OTHER_PRON for w in rest):
        return None
    return " ".join(rest)


def _np_text(np: str) -> str | None:
    words = np.split()
    if len(words) == 1 and words[0].endswith("ly"):
        return None  # an adverb ("calmly told")
    if any(w.lower() in _SMALL or w.lower() in PRONOUNS for w in words):
        return None
    return " ".join(words)


def _descriptor(words: str) -> bool:
    """``words`` (what stands before a name at the start of a clause) only describe the
    person: "Union leader", "city engineer"; not "The head of"."""
    m = re.search(
        r"(?:^|[,;:(\"])\s*((?:[A-Z][\w\-]*\s+)?(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)$", words
    )
    if m is None:
        return False
    return not any(w.lower() in _SMALL | _PARTICLES for w in m.group(1).split())


def _subject_before(left: str) -> tuple[str, str | None, int] | None:
    """(kind, text, offset) of the subject standing right before a cue, or None."""
    m = re.search(r"(?:^|[^\w'’])(he|she|He|She)\s+(?:also\s+)?$", left)
    if m:
        return "pron", None, m.start(1)
    m = re.search(r"(?:^|[^\w'’])(\w+)\s+$", left)
    if m and m.group(1).lower() in _OTHER_PRON:
        return "other", None, m.start(1)
    m = _APPOS_END.search(left)
    if m and _np_text(m.group(1)):
        name = _strip_name(m.group(2))
        return ("text", name, m.start(2)) if name else None
    # "Detective Sergeant Lauren Hicks of Norfolk Police said": the person, not the force
    # (round 92: the small model tagged nothing and the quote went to an earlier speaker)
    m = _NAME_OF_ORG.search(left)
    if m and not left[: m.start(1)].strip(" ,;:(\"'"):
        name = _strip_name(m.group(1))
        if name and personal(name):
            return "text", name, m.start(1)
    m = _NAME_END.search(left)
    if m:
        name = _strip_name(m.group(1))
        if name is None:
            return None
        # the words before the name must not carry on a longer subject ("the head of X")
        before = left[: m.start(1)].rstrip()
        if before and before[-1] not in ',;:("' and not _descriptor(before):
            return None
        return "text", name, m.start(1)
    m = _NP_END.search(left)
    if m:
        np = _np_text(m.group(1))
        return ("text", np, m.start(1)) if np else None
    return None


def _subject_after(right: str) -> str | None:
    """The subject standing right after an inverting cue (``said Sultan Reza``)."""
    for pat in (_NAME_START, _APPOS_START, _DESCRIBED_START):
        m = pat.match(right)
        if m:
            name = _strip_name(m.group(m.lastindex or 1))
            if name:
                return name
    m = _NP_START.match(right)
    return _np_text(m.group(1)) if m else None


def outside(inside: Sequence[tuple[int, int]], at: int) -> bool:
    return not any(a <= at < b for a, b in inside)


def _cues(text: str, inside: Sequence[tuple[int, int]]) -> list[re.Match[str]]:
    return [
        m for m in _TOKEN.finditer(text) if m.group().lower() in CUE_WORDS and outside(inside, m.start())
    ]  # fmt: skip


_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|his|her|its|their|our|your)|['’]s)\s+$", re.I
)


_COORDINATED = re.compile(r"[\W]*\s*(?:and|but)\s+(?:then\s+|also\s+)?", re.I)


def coordinated_after(text: str, near: tuple[int, int], at: int) -> bool:
    """The cue at char ``at`` follows the quote at ``near`` joined by *and*/*but* ('X said
    the board had "lost control" and called for a review', round 66): a verb of the
    clause the quote ends, whose subject is the quote's clause's, so the cue before the
    quote names the speaker."""
    return at >= near[1] and _COORDINATED.fullmatch(text, near[1], at) is not None


def cheap_cue(text: str, inside: Sequence[tuple[int, int]], near: tuple[int, int]) -> Found | None:
    """The nearest cue to the quote at chars ``near`` and its subject, by pattern. None:
    no cue in the sentence; raises Unsure when the patterns cannot tell."""
    put = _PUT_IT.search(text, 0, near[0])
    if put is not None and outside(inside, put.start()) and near[0] - put.end() <= 3:
        name = _strip_name(put.group(1))
        if name is not None:
            return Found("put it", "text", name)
    cues = _cues(text, inside)
    if not cues:
        return None

    def dist(m: re.Match[str]) -> int:
        return m.start() - near[1] if m.start() >= near[1] else near[0] - m.start() + 1

    # a cue word after a determiner or possessive is a noun ("the AU's call"): it has no
    # subject, and the parse would pass on to the next cue as well
    verbs = [m for m in cues if not _NOUN_BEFORE.search(text, 0, m.start())]
    if not verbs:
        raise Unsure  # only noun-like cue words: the parse decides
    cue = min(verbs, key=dist)
    before = [m for m in verbs if m.start() < near[0]]
    if before and coordinated_after(text, near, cue.start()):
        cue = max(before, key=lambda m: m.start())
    word = cue.group()
    low = word.lower()
    left, right = text[: cue.start()], text[cue.end() :]
    if any(a < cue.start() and b > cue.start() - 60 for a, b in inside):
        # only the part of the left context after the last quote counts
        cut = max(b for a, b in inside if a < cue.start())
        left = text[cut + 1 : cue.start()] if cut < cue.start() else ""
    if low == "according":
        m = _ACCORDING.match(right)
        name = _strip_name(m.group(1)) if m else None
        if name is None:
            raise Unsure
        return Found(word, "text", name)
    if low in ("adding", "insisting", "saying"):
        raise Unsure  # the subject is that of the main verb
    subj = _subject_before(left) if left.strip(" ,\"'") else None
    if subj is not None:
        kind, found, at = subj
        if kind == "pron":
            return Found(word, "pron", None, (cue.start() - len(left)) + at)
        return Found(word, kind, found)
    if not left.strip(" ,\"'") and low in _INVERTING:
        found = _subject_after(right)
        if found:
            return Found(word, "text", found)
        if re.match(r"^\s*(he|she)\b", right):
            return Found(word, "pron", None, cue.end() + 1)
    raise Unsure


def candidates(text: str, inside: Sequence[tuple[int, int]], end: int | None = None) -> bool:
    """Whether ``text`` (up to ``end``) has a capitalised word outside quotes that could
    be part of a name (a sentence-initial small word such as "The" cannot)."""
    for m in re.finditer(r"[^\W\d_][\w'’.\-]*", text[:end] if end is not None else text):
        w = m.group()
        if not w[:1].isupper() or not outside(inside, m.start()):
            continue
        low = w.lower().rstrip(".")
        if low in _SMALL or low in _CALENDAR or low in PRONOUNS:
            continue
        return True
    return False


def cheap_person(text: str, inside: Sequence[tuple[int, int]]) -> str | None:
    """The last name that is the subject of a cue verb in ``text``; raises Unsure when the
    sentence has names the patterns cannot place. None: it names nobody."""
    if not candidates(text, inside):
        return None
    found: str | None = None
    for cue in _cues(text, inside):
        left = text[: cue.start()]
        quoted_before = [b for a, b in inside if b <= cue.start()]
        if quoted_before:
            left = text[max(quoted_before) + 1 : cue.start()]
        subj = _subject_before(left) if left.strip(" ,\"'") else None
        if subj is None and cue.group().lower() in _INVERTING:
            name = _subject_after(text[cue.end() :])
            subj = ("text", name, 0) if name else None
        if subj and subj[0] == "text" and subj[1] and subj[1][:1].isupper():
            if not personal(subj[1]):
                raise Unsure  # NER decides whether it is a PERSON
            found = subj[1]
    if found is None:
        raise Unsure
    return found
