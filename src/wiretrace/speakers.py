"""Who said a quote: cheap patterns first, the dependency parse where they are unsure.

A quote's speaker is the subject of the cue verb (*said*, *told*, ``according to``)
nearest to it, outside all quotes, in the sentence that closes the quote and then in
the one that opens it; ``he``/``she`` resolve to the last named PERSON before (same
sentence, then up to four sentences back, then the last named speaker); a quote with no
cue next to the one before it runs on from it.

The patterns settle the usual news forms without spaCy: ``"...," he said``, ``"...,"
said Minister Ana Ruiz``, ``Diop told reporters``, ``the former director said``,
``according to X``, ``the spokesman, Ali Rahimi, said``. A pronoun is resolved from the
names that are subjects of a cue verb in the sentences before, and a sentence with no
capitalised word outside quotes names nobody. Whenever a pattern does not cover the
nearest cue, or a sentence has names the patterns cannot place, that sentence is
parsed; the parses a batch of quotes needs are made in one ``nlp.pipe`` pass per round.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .article import Sentence
from .nlp import parse_many
from .quotemarks import Marks, inside_ranges

CUE_WORDS = frozenset(
    """say says said saying tell tells told add adds added state states stated argue argues
    argued insist insists insisted claim claims claimed note notes noted warn warns warned
    explain explains explained write writes wrote ask asks asked reply replies replied
    declare declares declared stress stresses stressed acknowledge acknowledges acknowledged
    continue continued recall recalls recalled urge urges urged assert asserts asserted
    announce announces announced describe described call called tweet tweeted posted
    insisting adding according""".split()  # noqa: SIM905
)
TITLE_WORDS = frozenset(
    """minister president prime foreign defence defense interior finance secretary general gen.
    col. colonel sen. senator gov. governor mayor judge chief dr. dr mr. mrs. ms. mr mrs ms
    prof. professor ambassador spokesman spokeswoman deputy vice former acting""".split()  # noqa: SIM905
)
# Title heads: a name the patterns find starts after the last of them ("Agriculture
# Minister Petra Lind" -> "Petra Lind"); modifiers alone (Foreign Office) strip nothing.
_TITLES = frozenset(
    """minister president secretary general gen. gen colonel col. senator sen. governor gov.
    mayor judge chief dr. dr mr. mrs. ms. mr mrs ms prof. professor ambassador spokesman
    spokeswoman executive attorney justice insp. insp det. det inspector detective
    superintendent commissioner congressman congresswoman analyst publisher counsel
    economist minister-president secretary-general premier spokesperson commander director governor chairman chairwoman ceo envoy leader
    head prosecutor king queen prince captain lieutenant sergeant admiral chancellor adviser
    advisor officer representative lawmaker secretary-general rep. lt. capt. sgt. gen maj.
    brig. cmdr. sheikh imam rev. pope""".split()  # noqa: SIM905
)
PRONOUNS = frozenset({"he", "she", "him", "her"})
_OTHER_PRON = frozenset({"i", "we", "they", "it", "you", "who", "one", "someone", "this", "that"})
_SMALL = frozenset(
    """a an the of to in on at for and or but is are was were be been being it its this that
    these those there their they them he she his her we our us i you your with by from as
    not no so if than then into about over also has have had do does did will would can
    could should may might must s which who whom whose what one after before while when where later earlier meanwhile
    separately elsewhere however yet still""".split()  # noqa: SIM905
)
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec""".split()  # noqa: SIM905
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
    foundation force forces ltd ltd. co co. corporation agency's""".split()  # noqa: SIM905
)


def _personal(name: str) -> bool:
    """A name the patterns may take for a person's: two or more words, none of an
    organisation (a lone word may be a company; NER tells)."""
    words = name.split()
    return len(words) > 1 and not any(
        w.lower() in _ORG_WORDS or (len(w) > 1 and w.isupper()) for w in words
    )


# Cues that put their subject after them when they follow a quote ("...," said X).
_INVERTING = frozenset(
    """said says added adds asked asks explained continued wrote insisted noted replied
    stressed warned argued recalled declared acknowledged""".split()  # noqa: SIM905
)
_TOKEN = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")
_CAP = r"[A-Z][\w'’.\-]*(?![\w'’.\-])"
_NAME_END = re.compile(r"((?:" + _CAP + r"\s+){0,5}" + _CAP + r")\s+(?:also\s+|later\s+)?$")
_NAME_START = re.compile(r"^\s*((?:" + _CAP + r"\s+){0,5}" + _CAP + r")(?=\s*(?:[,.;:)]|$))")
_NP = r"((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)"
_NP_END = re.compile(r"(?:^|[,;:(\"]\s*)(?:(?:[Tt]he|[Aa]n?)\s+)?" + _NP + r"\s+(?:also\s+)?$")
_NP_START = re.compile(r"^\s*(?:the|a|an)\s+" + _NP + r"(?=\s*(?:[,.;:)]|$))")
_APPOS_END = re.compile(
    r"(?:^|[,;:(\"]\s*)(?:(?:the|a|an)\s+)?" + _NP + r",\s+(" + _CAP + r"(?:\s+" + _CAP
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


class _Unsure(Exception):
    """The patterns do not settle this sentence: it needs a parse."""


@dataclass(frozen=True, slots=True)
class _Found:
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
    m = _NAME_END.search(left)
    if m:
        name = _strip_name(m.group(1))
        if name is None:
            return None
        # the words before the name must not carry on a longer subject ("the head of X")
        before = left[: m.start(1)].rstrip()
        if before and before[-1] not in ',;:("':
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


def _outside(inside: Sequence[tuple[int, int]], at: int) -> bool:
    return not any(a <= at < b for a, b in inside)


def _cues(text: str, inside: Sequence[tuple[int, int]]) -> list[re.Match[str]]:
    return [
        m for m in _TOKEN.finditer(text) if m.group().lower() in CUE_WORDS and _outside(inside, m.start())
    ]  # fmt: skip


def cheap_cue(text: str, inside: Sequence[tuple[int, int]], near: tuple[int, int]) -> _Found | None:
    """The nearest cue to the quote at chars ``near`` and its subject, by pattern. None:
    no cue in the sentence; raises _Unsure when the patterns cannot tell."""
    cues = _cues(text, inside)
    if not cues:
        return None

    def dist(m: re.Match[str]) -> int:
        return m.start() - near[1] if m.start() >= near[1] else near[0] - m.start() + 1

    cue = min(cues, key=dist)
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
            raise _Unsure
        return _Found(word, "text", name)
    if low in ("adding", "insisting", "saying"):
        raise _Unsure  # the subject is that of the main verb
    subj = _subject_before(left) if left.strip(" ,\"'") else None
    if subj is not None:
        kind, found, at = subj
        if kind == "pron":
            return _Found(word, "pron", None, (cue.start() - len(left)) + at)
        return _Found(word, kind, found)
    if not left.strip(" ,\"'") and low in _INVERTING:
        found = _subject_after(right)
        if found:
            return _Found(word, "text", found)
        if re.match(r"^\s*(he|she)\b", right):
            return _Found(word, "pron", None, cue.end() + 1)
    raise _Unsure


def candidates(text: str, inside: Sequence[tuple[int, int]], end: int | None = None) -> bool:
    """Whether ``text`` (up to ``end``) has a capitalised word outside quotes that could
    be part of a name (a sentence-initial small word such as "The" cannot)."""
    for m in re.finditer(r"[^\W\d_][\w'’.\-]*", text[:end] if end is not None else text):
        w = m.group()
        if not w[:1].isupper() or not _outside(inside, m.start()):
            continue
        low = w.lower().rstrip(".")
        if low in _SMALL or low in _CALENDAR or low in PRONOUNS:
            continue
        return True
    return False


def cheap_person(text: str, inside: Sequence[tuple[int, int]]) -> str | None:
    """The last name that is the subject of a cue verb in ``text``; raises _Unsure when the
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
            if not _personal(subj[1]):
                raise _Unsure  # NER decides whether it is a PERSON
            found = subj[1]
    if found is None:
        raise _Unsure
    return found


# ------------------------------------------------------------------ names by parse

_PROPN_TAGS = frozenset({"NNP", "NNPS"})
_PRON_TAGS = frozenset({"PRP", "PRP$", "WP", "WP$", "EX"})


def is_name(speaker: str | None) -> bool:
    return bool(speaker) and any(w[:1].isupper() for w in (speaker or "").split())


def _speaker_of_subject(tok: Any, doc: Any) -> str:
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end:
                return str(ent.text)
    if tok.tag_ in _PROPN_TAGS:
        left = [c for c in tok.lefts if c.dep_ == "compound" and c.tag_ in _PROPN_TAGS]
        left = [c for c in left if c.lower_ not in TITLE_WORDS]  # "Minister Ana Ruiz"
        first = left[0].i if left else tok.i
        return str(doc[first : tok.i + 1].text)
    words = [t for t in tok.subtree if t.dep_ not in ("det", "punct") and not t.is_space]
    persons = [e for e in doc.ents if e.label_ == "PERSON" and e.root.head == tok]
    if persons:  # "the minister, Abdoulaye Diop,"
        return str(persons[0].text)
    return " ".join(t.text for t in words[:6])


def last_person(
    doc: Any, before: int | None = None, inside: Sequence[tuple[int, int]] = ()
) -> str | None:
    """The PERSON named in ``doc`` (ending before char ``before``) most likely to be the one
    a later "he"/"she" means: the subject of a cue verb, then of the main verb, then any
    subject, then a full name; the last one wins a tie. (The small model tags some
    countries as PERSON; they are rarely the subject of *said*.)"""
    best: tuple[float, int] = (-1.0, -1)
    found: str | None = None
    for ent in doc.ents:
        if ent.label_ != "PERSON" or (before is not None and ent.end_char > before):
            continue
        if any(a <= ent.start_char < b for a, b in inside):
            continue  # a name inside a quote is not its speaker
        root = ent.root
        score = 0.0
        if root.dep_ in ("nsubj", "nsubjpass"):
            score = 1.0
            if root.head.lower_ in CUE_WORDS:
                score = 3.0
            elif root.head.dep_ == "ROOT":
                score = 2.0
        if len(ent) > 1:
            score += 0.5
        if (score, ent.start) >= best:
            best = (score, ent.start)
            found = str(ent.text)
    return found


def _cue_and_subject(
    doc: Any, inside: Sequence[tuple[int, int]], near: tuple[int, int]
) -> tuple[Any, Any]:
    """The cue verb nearest to the quote at chars ``near`` (outside all quotes), and its
    subject. A cue after the closing mark wins a tie (``"...," he said``)."""

    def outside(tok: Any) -> bool:
        return _outside(inside, int(tok.idx))

    def dist(tok: Any) -> int:
        at = int(tok.idx)
        return at - near[1] if at >= near[1] else near[0] - at + 1

    cues = sorted((t for t in doc if t.lower_ in CUE_WORDS and outside(t)), key=dist)
    for cue in cues:
        if cue.lower_ == "according":  # "according to X"
            for prep in cue.children:
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if objs:
                    return cue, objs[0]
            continue
        subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and outside(c)]
        if not subjects and cue.dep_ in ("conj", "advcl", "xcomp"):
            subjects = [c for c in cue.head.children if c.dep_ == "nsubj" and outside(c)]
        if subjects:
            return cue, subjects[0]
    return (cues[0] if cues else None), None


def _parsed_cue(
    doc: Any, inside: Sequence[tuple[int, int]], near: tuple[int, int]
) -> _Found | None:
    cue, subj = _cue_and_subject(doc, inside, near)
    if cue is None:
        return None
    if subj is None:
        return _Found(str(cue.text), "none")
    if subj.lower_ in PRONOUNS:
        return _Found(str(cue.text), "pron", None, int(subj.idx))
    if subj.tag_ not in _PRON_TAGS:
        return _Found(str(cue.text), "text", _speaker_of_subject(subj, doc))
    return _Found(str(cue.text), "other")


# ------------------------------------------------------------------ resolution


class _Need(Exception):
    """Resolution needs the parse of sentence ``si``."""

    def __init__(self, si: int) -> None:
        super().__init__(si)
        self.si = si


class Attributor:
    """Speakers and cue words of the quotations ``spans`` of ``sentences``, resolved on
    demand: :meth:`resolve` settles the quotes asked for, parsing in batched rounds."""

    def __init__(self, sentences: Sequence[Sentence], spans: Sequence[Marks]) -> None:
        self.sentences = sentences
        self.spans = spans
        self.docs: dict[int, Any] = {}
        self.done: dict[int, tuple[str | None, str | None]] = {}
        self._persons: dict[int, str | None] = {}
        self._inside: dict[int, list[tuple[int, int]]] = {}
        self.parsed = 0

    def inside(self, si: int) -> list[tuple[int, int]]:
        if si not in self._inside:
            self._inside[si] = inside_ranges(self.spans, si, len(self.sentences[si].text))
        return self._inside[si]

    def _doc(self, si: int) -> Any:
        if si not in self.docs:
            raise _Need(si)
        return self.docs[si]

    def _near(self, qi: int, si: int) -> tuple[int, int]:
        s0, a, s1, b, _ = self.spans[qi]
        return (a if si == s0 else 0, b if si == s1 else len(self.sentences[si].text))

    def _cue(self, qi: int, si: int) -> _Found | None:
        text, inside = self.sentences[si].text, self.inside(si)
        try:
            return cheap_cue(text, inside, self._near(qi, si))
        except _Unsure:
            return _parsed_cue(self._doc(si), inside, self._near(qi, si))

    def _person(self, j: int) -> str | None:
        if j not in self._persons:
            try:
                self._persons[j] = cheap_person(self.sentences[j].text, self.inside(j))
            except _Unsure:
                self._persons[j] = last_person(self._doc(j), None, self.inside(j))
        return self._persons[j]

    def _pronoun(self, qi: int, si: int, at: int) -> str | None:
        text, inside = self.sentences[si].text, self.inside(si)
        if candidates(text, inside, at):
            found = last_person(self._doc(si), at, inside)
            if found:
                return found
        for j in range(si - 1, max(-1, si - 5), -1):
            found = self._person(j)
            if found:
                return found
        for k in range(qi):  # the last named speaker; in order, so nothing recurses deep
            self.get(k)
        return next((s for k in range(qi - 1, -1, -1) if is_name(s := self.done[k][0])), None)

    def get(self, qi: int) -> tuple[str | None, str | None]:
        """(speaker, cue) of quote ``qi``; raises _Need for a missing parse."""
        if qi in self.done:
            return self.done[qi]
        s0, _, s1, _, _ = self.spans[qi]
        speaker: str | None = None
        cue: str | None = None
        for si in dict.fromkeys((s1, s0)):
            found = self._cue(qi, si)
            if found is None:
                continue
            cue = found.cue
            if found.kind == "pron":
                speaker = self._pronoun(qi, si, found.at)
            elif found.kind == "text":
                speaker = found.text
            break
        if cue is None and qi > 0 and self.spans[qi - 1][2] >= s0 - 1:
            k = qi - 1  # a run-on quote by the same speaker: settle the chain in order
            while k > 0 and k - 1 not in self.done and self.spans[k - 1][2] >= self.spans[k][0] - 1:
                k -= 1
            for j in range(k, qi):
                self.get(j)
            speaker, cue = self.done[qi - 1]
        self.done[qi] = (speaker, cue)
        return speaker, cue

    def _unsure(self, qi: int) -> set[int]:
        """The sentences of quote ``qi`` the patterns cannot settle (fetched together)."""
        s0, _, s1, _, _ = self.spans[qi]
        out = set()
        for si in {s0, s1}:
            try:
                cheap_cue(self.sentences[si].text, self.inside(si), self._near(qi, si))
            except _Unsure:
                out.add(si)
        return out

    def resolve(self, wanted: Iterable[int]) -> None:
        """Settle the quotes ``wanted``, parsing what they need in as few batches as it takes."""
        pending = sorted(set(wanted))
        while pending:
            need: set[int] = set()
            still = []
            for qi in pending:
                try:
                    self.get(qi)
                except _Need as exc:
                    need.add(exc.si)
                    need |= self._unsure(qi) - self.docs.keys()
                    still.append(qi)
            if need:
                order = sorted(need)
                docs = parse_many([self.sentences[i].text for i in order])
                self.docs.update(zip(order, docs, strict=True))
                self.parsed += len(order)
            pending = still


def attribute(
    sentences: Sequence[Sentence], spans: Sequence[Marks], wanted: Iterable[int] | None = None
) -> Callable[[int], tuple[str | None, str | None]]:
    """(speaker, cue) of each quote in ``wanted`` (all by default), as a lookup by index."""
    att = Attributor(sentences, spans)
    att.resolve(range(len(spans)) if wanted is None else wanted)
    return att.get
