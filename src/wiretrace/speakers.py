"""Who said a quote: cheap patterns first, the dependency parse where they are unsure.

A quote's speaker is the subject of the cue verb (*said*, *told*, ``according to``)
nearest to it, outside all quotes, in the sentence that closes the quote and then in
the one that opens it; ``he``/``she`` resolve to the last named PERSON before (same
sentence, then up to four sentences back, then the last named speaker); a quote with no
cue next to the one before it runs on from it.

The patterns (cuepatterns.py) settle the usual news forms without spaCy. A pronoun is
resolved from the names that are subjects of a cue verb in the sentences before, and a
sentence with no capitalised word outside quotes names nobody. Whenever a pattern does not cover the
nearest cue, or a sentence has names the patterns cannot place, that sentence is
parsed; the parses a batch of quotes needs are made in one ``nlp.pipe`` pass per round.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .article import Sentence
from .cuepatterns import (
    CUE_WORDS,
    PRONOUNS,
    Found,
    Unsure,
    candidates,
    cheap_cue,
    cheap_person,
    coordinated_after,
    outside,
    personal,
)
from .nlp import parse_many
from .persons import (
    OPENING_SURNAME,
    ORG_NOUNS,
    described_subject,
    is_name,
    last_person,
    object_of_described,
    speaker_of_subject,
    subject_named,
    titled_opener,
)
from .quotemarks import Marks, inside_ranges
from .quotespeakers import named_speaker, same_speaker

__all__ = ["CUE_WORDS", "Attributor", "attribute", "is_name", "last_person"]


# ------------------------------------------------------------------ names by parse

# a capitalised word and the word after it (a lookahead, so "Margaret Kerr said" yields
# both "Margaret Kerr" and "Kerr said")
_SURNAME_CUE = re.compile(r"\b([A-Z][\w'’-]+)(?=\s+(\w+)\b)")
_PRON_TAGS = frozenset({"PRP", "PRP$", "WP", "WP$", "EX"})
# "According to Kilbride, ..." names the speaker a following "he said" means
_ACCORDING_NAME = re.compile(r"\b[Aa]ccording to (?:[A-Z][\w'’-]+\s+){0,3}([A-Z][\w'’-]+)")


def _cue_and_subject(
    doc: Any, inside: Sequence[tuple[int, int]], near: tuple[int, int]
) -> tuple[Any, Any]:
    """The cue verb nearest to the quote at chars ``near`` (outside all quotes), and its
    subject. A cue after the closing mark wins a tie (``"...," he said``)."""

    def free(tok: Any) -> bool:
        return outside(inside, int(tok.idx))

    def dist(tok: Any) -> int:
        at = int(tok.idx)
        return at - near[1] if at >= near[1] else near[0] - at + 1

    cues = sorted((t for t in doc if t.lower_ in CUE_WORDS and free(t)), key=dist)
    if cues and coordinated_after(str(doc.text), near, int(cues[0].idx)):
        # a verb joined to the clause the quote ends shares its subject: the cue before
        cues.sort(key=lambda t: int(t.idx) >= near[1])
    for cue in cues:
        teller = _teller(cue, free)
        if teller is not None:
            return cue.head, teller
        if cue.lower_ == "according":  # "according to X"
            for prep in cue.children:
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if objs:
                    return cue, objs[0]
            continue
        subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and free(c)]
        if not subjects and cue.dep_ in ("conj", "advcl", "xcomp"):
            subjects = [c for c in cue.head.children if c.dep_ == "nsubj" and free(c)]
        if subjects:
            # (two subjects is a misparse of a body's title before a name: "Greyfold
            # Estates managing director Stephen Aylward said", round 168: the person)
            people = [c for c in subjects if c.ent_type_ == "PERSON"]
            return cue, (people[0] if len(subjects) > 1 and people else subjects[0])
    return (cues[0] if cues else None), None


# (the pipeline has no lemmatiser: the forms themselves)
_RECOUNT = frozenset(
    f"{stem}{end}" for stem in ("recall", "remember", "recount", "repeat") for end in ("ed", "s")
) | {"described", "describes"}


def _teller(cue: Any, free: Any) -> Any:
    """The subject of "Rusk recalled what Vell said: '...'": the one who recounts, not the
    one recounted, is the speaker of the quote (round 179: a rescuer's memory of a
    miner's words, given to the miner)."""
    if cue.dep_ != "ccomp" or cue.head.lower_ not in _RECOUNT:
        return None
    if not any(c.lower_ == "what" and c.dep_ == "dobj" for c in cue.children):
        return None
    return next((c for c in cue.head.children if c.dep_ == "nsubj" and free(c)), None)


def _parsed_cue(doc: Any, inside: Sequence[tuple[int, int]], near: tuple[int, int]) -> Found | None:
    cue, subj = _cue_and_subject(doc, inside, near)
    if cue is None:
        return None
    if subj is None:
        return Found(str(cue.text), "none")
    if subj.lower_ in PRONOUNS:
        return Found(str(cue.text), "pron", None, int(subj.idx))
    if subj.tag_ not in _PRON_TAGS:
        return Found(str(cue.text), "text", speaker_of_subject(subj, doc))
    return Found(str(cue.text), "other")


# ------------------------------------------------------------------ resolution


class _Need(Exception):
    """Resolution needs the parse of sentence ``si``."""

    def __init__(self, si: int) -> None:
        super().__init__(si)
        self.si = si


def _cued_surnames(text: str, inside: Sequence[tuple[int, int]], at: int) -> list[tuple[int, str]]:
    """(start, word) of each capitalised word before char ``at``, outside quotes, that a
    cue verb follows ("Kerr said"): a lone surname as a speaker."""
    return [
        (m.start(), m.group(1))
        for m in _SURNAME_CUE.finditer(text, 0, at)
        if outside(inside, m.start()) and m.group(2).lower() in CUE_WORDS
    ]


_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_AGED_SUBJECT = re.compile(r"\s*The (\d{1,3})-year-old\b")
# "..., said Keir, the gallery's head of collections.": a lone surname, no first name after
# (a comma or the end after it: in "said Relling had been suspended" he is the one spoken of)
_CUE_SURNAME = re.compile(r"\b(?:said|says|added|adds)\s+([A-Z][a-z][\w'’-]*)(?=\s*(?:[,.;]|$))")


# A full name set off by commas: "in the capital, Veldora, the head of the mission, Gustav
# Nevrosk, drew a clear line" (round 80: the small model tagged him an organisation)
_SET_OFF_NAME = re.compile(r",\s+((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+),")


def _set_off_name(text: str) -> str | None:
    names = [m.group(1) for m in _SET_OFF_NAME.finditer(text) if personal(m.group(1))]
    return names[-1] if names else None


class Attributor:
    """Speakers and cue words of the quotations ``spans`` of ``sentences``, resolved on
    demand: :meth:`resolve` settles the quotes asked for, parsing in batched rounds."""

    def __init__(self, sentences: Sequence[Sentence], spans: Sequence[Marks]) -> None:
        self.sentences = sentences
        self.spans = spans
        self.docs: dict[int, Any] = {}
        self.done: dict[int, tuple[str | None, str | None]] = {}
        self._persons: dict[int, str | None] = {}
        self._places: dict[str, bool] = {}
        self._inside: dict[int, list[tuple[int, int]]] = {}
        self._whole = " ".join(s.text for s in sentences)  # where a title names its holder
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

    def _cue(self, qi: int, si: int) -> Found | None:
        text, inside = self.sentences[si].text, self.inside(si)
        try:
            return cheap_cue(text, inside, self._near(qi, si))
        except Unsure:
            return _parsed_cue(self._doc(si), inside, self._near(qi, si))

    def _person(self, j: int) -> str | None:
        if j not in self._persons:
            try:
                self._persons[j] = cheap_person(self.sentences[j].text, self.inside(j))
            except Unsure:
                self._persons[j] = last_person(self._doc(j), None, self.inside(j))
        return self._persons[j]

    def _known_surname(self, qi: int, si: int, at: int) -> str | None:
        """The full name of an earlier speaker whose surname is the subject of a cue verb
        before char ``at`` of sentence ``si`` (``Kerr said she ... "...," she said``: the
        small model often leaves a lone surname that opens a sentence untagged)."""
        text, inside = self.sentences[si].text, self.inside(si)
        found = _cued_surnames(text, inside, at) + [
            (m.start(), m.group(1))
            for m in _ACCORDING_NAME.finditer(text, 0, at)
            if outside(inside, m.start())
        ]
        found.sort()
        surnames = [name for _at, name in found]
        if not surnames:
            return None
        for k in range(qi):  # in order, so nothing recurses deep
            self.get(k)
        for k in range(qi - 1, -1, -1):
            name = self.done[k][0]
            if is_name(name) and name is not None and name.split()[-1] == surnames[-1]:
                return name
        # "According to Kilbride, ..." with no earlier quote of his: the name itself (an
        # agency in capitals, "According to AFP", is no speaker a "he" can mean)
        last = _ACCORDING_NAME.search(text, found[-1][0])
        if last and last.start() == found[-1][0] and not last.group(1).isupper():
            return last.group(1)
        return None

    def _named_before(self, si: int, at: int) -> str | None:
        """ "Detective Inspector Ruth Garroway said ..." paragraphs before, then "Garroway
        said ... '...,' she said" with no quote of hers between (round 52: the small model
        tags the lone surname an organisation, and "she" went to a police force): the
        full name an earlier sentence gives the surname of the cue's subject."""
        text = self.sentences[si].text
        # (a surname that opens its clause: in "Dr Ines Carvajal of the University of Isla
        # Corvina said" the place is no subject)
        cued = [
            name
            for start, name in _cued_surnames(text, self.inside(si), at)
            if re.search(r"(?:^|[,;:]|\band)\s*$", text[:start])
        ]
        if not cued:
            return None
        return self._full_name(si, cued[-1], CUE_WORDS)

    def _full_name(self, si: int, surname: str, not_first: frozenset[str]) -> str | None:
        """ "First Surname" in the nearest sentence before ``si`` that names it in full."""
        full = re.compile(rf"\b([A-Z][a-z][\w'’-]*)\s+{re.escape(surname)}\b")
        for j in range(si - 1, -1, -1):
            m = full.search(self.sentences[j].text)
            if m and m.group(1).lower() not in not_first:
                return f"{m.group(1)} {surname}"
        return None

    def _opening_surname(self, si: int, before: int | None = None) -> str | None:
        """ "Tillotson congratulated Holroyd but said he would ...": a lone surname that
        opens the sentence as its subject, named in full before ("Thaddeus Tillotson").
        The small model tags such a surname an organisation, and the object of the verb
        was taken for the "he" of the next quote (round 58)."""
        m = OPENING_SURNAME.match(self.sentences[si].text)
        if m is None or m.group("name").lower() in ORG_NOUNS | CUE_WORDS:
            return None
        if before is not None and m.end() > before:  # (its verb before the quote's cue)
            return None
        full = self._full_name(si, m.group("name"), CUE_WORDS | ORG_NOUNS)
        return full or (m.group("name") if m.group("kin") else None)

    def _pronoun(self, qi: int, si: int, at: int) -> str | None:
        text, inside = self.sentences[si].text, self.inside(si)
        known = self._known_surname(qi, si, at)
        if known:
            return known
        if candidates(text, inside, at):
            found = last_person(self._doc(si), at, inside)
            if found and self._place(found):
                found = _set_off_name(text[:at])
            if found:
                return found
        named = self._named_before(si, at) or self._described(qi, described_subject(text[:at]))
        # ("Vost refused to concede and said ... what he called 'irregularities'", round 105)
        named = named or self._opening_surname(si, before=at)
        if named:
            return named
        for j in range(si - 1, max(-1, si - 5), -1):
            end = len(self.sentences[j].text)
            found = (
                self._known_surname(qi, j, end)
                or self._named_before(j, end)
                or self._opening_surname(j)
                or titled_opener(self.sentences[j].text)
                or self._aged(self.sentences[j].text)
                or self._inverted(j, end)
                or self._subject_or_person(qi, j)
            )
            if found and self._place(found):
                found = _set_off_name(self.sentences[j].text)
            found = found or self._subject_named(j)
            if found:
                return found
        last = self._last_named(qi)  # (not a county the small model tagged a person)
        return None if last and self._place(last) else last

    def _subject_named(self, j: int) -> str | None:
        text = self.sentences[j].text
        if not any(outside(self.inside(j), m.start()) for m in re.finditer(r"\b[A-Z][a-z]", text)):
            return None  # (no capitalised word outside quotes: no parse needed)
        return subject_named(self._doc(j), self._whole)

    def _place(self, name: str) -> bool:
        """A one-word "person" the article names as a place: "It was the fullest answer
        Veldora has given" is the capital's, and a "she" after it is not Veldora's (round
        80: the small model tags invented capitals as people)."""
        if " " in name.strip():
            return False
        if name not in self._places:
            self._places[name] = (
                re.search(
                    rf"\b(?:in|near|outside|under|beneath|around|capital,?|city of|town of"
                    rf"|summit of|slopes of|(?:north|south|east|west) of)\s+{re.escape(name)}"
                    rf"\b(?!['’]s)"
                    # "between the Haukeli tunnel and Dyrskar", "the Dyrskar area" (round 139)
                    rf"|\bbetween\s+(?:[\w'’-]+\s+){{1,4}}?and\s+(?:the\s+)?{re.escape(name)}\b"
                    rf"|\b{re.escape(name)}\s+(?:area|region|district|valley|pass|county|province)\b",
                    self._whole,
                )
                is not None
            )
        return self._places[name]

    def _subject_or_person(self, qi: int, j: int) -> str | None:
        """The person sentence ``j`` names, or the title that opens it as its subject when
        it names no one else or names the object of its verb ("Passing sentence, the
        judge told Kershaw ...": round 77 gave the judge's words to Kershaw)."""
        text, person = self.sentences[j].text, self._person(j)
        if person is not None and self._lone_opener(text, person):
            person = None
        described = described_subject(text)
        if described and (person is None or object_of_described(text, person)):
            return self._described(qi, described)
        return person

    def _aged(self, text: str) -> str | None:
        """ "The 54-year-old said ...": the person the article gives that age ("Ferreira,
        54," or "the 54-year-old coach Tomas Ferreira"; round 109 gave his quote to the
        chairwoman quoted before)."""
        m = _AGED_SUBJECT.match(text)
        if m is None:
            return None
        age = m.group(1)
        found = re.search(rf"\b({_NAME}),\s+{age}\s*,", self._whole) or re.search(
            rf"\b{age}-year-old\s+(?:[a-z]+\s+){{0,3}}({_NAME})", self._whole
        )
        return found.group(1) if found else None

    def _inverted(self, j: int, at: int) -> str | None:
        """A lone surname after its cue, "..., said Keir, the gallery's head of
        collections." (round 109): the full name given before, or the surname."""
        text = self.sentences[j].text
        found = [
            m.group(1)
            for m in _CUE_SURNAME.finditer(text, 0, at)
            if outside(self.inside(j), m.start())
        ]
        if not found:
            return None
        return self._full_name(j, found[-1], CUE_WORDS | ORG_NOUNS) or found[-1]

    def _lone_opener(self, text: str, person: str) -> bool:
        """A one-word "person" that only opens this sentence, named nowhere else in the
        article: "Turnout stood at 58 percent" (round 105: the small model tags a
        capitalised common noun at a sentence's start as a person)."""
        return (
            " " not in person.strip()
            and text.startswith(person)
            and len(re.findall(rf"\b{re.escape(person)}\b", self._whole)) == 1
        )

    def _owner(self, lead: str) -> str | None:
        """The person whose memo, letter or statement opens the quote, by a surname the
        article gives in full: "Brandvold's memo contained this line:" (round 232; the
        small model leaves a lone possessive surname untagged)."""
        m = _OWNED.search(lead)
        if m is None:
            return None
        full = re.search(rf"\b[A-Z][\w'’-]+\s+{re.escape(m.group(1))}\b", self._whole)
        return full.group() if full and is_name(full.group()) else None

    def _last_named(self, qi: int) -> str | None:
        for k in range(qi):  # in order, so nothing recurses deep
            self.get(k)
        return next((s for k in range(qi - 1, -1, -1) if is_name(s := self.done[k][0])), None)

    def _described(self, qi: int, description: str | None) -> str | None:
        """The last named speaker when the article gives him the title of ``description``
        ("The minister criticised ..." after "Foreign Minister Abdoulaye Diop"), else the
        description itself: a "she" after "The prime minister told reporters" is no one
        named paragraphs before (round 69)."""
        if description is None:
            return None
        last = self._last_named(qi)
        named = named_speaker(description, self._whole)
        if last is not None and is_name(named) and same_speaker(named, last):
            return last
        return description

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
        if cue is None:
            # a quote its sentence opens with a colon after the speaker: "SDA general
            # secretary Sofia Arlan, who leads ..., was blunter still: '...'" (round 200)
            lead = self.sentences[s0].text[: self.spans[qi][1]].rstrip(" \"“'‘")
            if lead.endswith(":") and len(lead.split()) >= 3:
                speaker = self._person(s0) or self._owner(lead)
                cue = ":" if speaker else None
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
            except Unsure:
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


_OWNED = re.compile(
    r"\b([A-Z][\w-]+)['’]s\s+(?:[a-z]+\s+)?(?:memo|letter|statement|email|e-mail|note|post"
    r"|message|speech|blog|tweet|column|op-ed|submission|affidavit)\b"
)


def attribute(
    sentences: Sequence[Sentence], spans: Sequence[Marks], wanted: Iterable[int] | None = None
) -> Callable[[int], tuple[str | None, str | None]]:
    """(speaker, cue) of each quote in ``wanted`` (all by default), as a lookup by index."""
    att = Attributor(sentences, spans)
    att.resolve(range(len(spans)) if wanted is None else wanted)
    return att.get
