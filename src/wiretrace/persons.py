"""The person a name, a subject or a later *he*/*she* stands for, read from a spaCy parse:
the PERSON a pronoun most likely means, and the people the small model leaves untagged
or tags as organisations. ``speakers`` asks here when its patterns are unsure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .cuepatterns import CUE_WORDS, HOLDER_TITLES, TITLE_WORDS, personal
from .factlexicon import TITLE_HEADS

_PROPN_TAGS = frozenset({"NNP", "NNPS"})


def speaker_of_subject(tok: Any, doc: Any) -> str:
    if tok.ent_type_ == "ORG" and tok.lower_ in TITLE_HEADS:
        # a post's letters tagged as a body: "said Karsby International's COO, Dr Fredrik
        # Vale" names Vale (round 258)
        named = [
            e
            for e in doc.ents
            if e.label_ == "PERSON" and e.root.head == tok and e.root.dep_ == "appos"
        ]
        if named:
            return str(named[0].text)
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end:
                return _unpossessed(str(ent.text))
    if tok.tag_ in _PROPN_TAGS and tok.lower_ in TITLE_WORDS | HOLDER_TITLES:
        # "The town's MP, Xanthe Winstanley, said": the title is tagged a proper noun
        named = [e for e in doc.ents if e.label_ == "PERSON" and e.root.head == tok]
        if named and named[0].root.dep_ == "appos":
            return str(named[0].text)
        # "Minister of the Sea Rui Albergaria, who ..., said": the name closing the
        # portfolio the tagger found no person in (round 186)
        portfolio_holder = _name_after_portfolio(tok)
        if portfolio_holder:
            return portfolio_holder
    if tok.tag_ in _PROPN_TAGS:
        left = [c for c in tok.lefts if c.dep_ == "compound" and c.tag_ in _PROPN_TAGS]
        left = [c for c in left if c.lower_ not in TITLE_WORDS]  # "Minister Ana Ruiz"
        first = left[0].i if left else tok.i
        return str(doc[first : tok.i + 1].text)
    words = [t for t in tok.subtree if t.dep_ not in ("det", "punct") and not t.is_space]
    # "the minister, Abdoulaye Diop,"; in "Kasso's mayor, Ilias Dorani," the possessor is
    # not the speaker
    persons = [
        e for e in doc.ents if e.label_ == "PERSON" and e.root.head == tok and e.root.dep_ != "poss"
    ]
    # (the name in apposition before a body the tagger took for a person: "said Veltris
    # chief scientific officer Dr. Anjali Mehra", round 184)
    persons.sort(key=lambda e: e.root.dep_ != "appos")
    if persons:
        return str(persons[0].text)
    # "The chairman of the Rail Users' Association, Idris Lomond, said": the parser sets
    # the name beside the association, but a title's phrase names its holder (round 55)
    if tok.lower_ in HOLDER_TITLES:
        inner = {t.i for t in tok.subtree}
        held = [
            e
            for e in doc.ents
            if e.label_ == "PERSON" and e.root.dep_ == "appos" and e.root.head.i in inner
        ]
        if held:
            return str(held[0].text)
    # "the project's partner, the Danish pension fund Nordvest,": the name in apposition,
    # however many appositions deep
    appos = [c for c in tok.children if c.dep_ == "appos"]
    while appos:
        c = appos.pop(0)
        if c.ent_type_ in ("PERSON", "ORG"):
            for ent in doc.ents:
                if ent.start <= c.i < ent.end:
                    return _unpossessed(str(ent.text))
        appos += [g for g in c.children if g.dep_ == "appos"]
    return " ".join(t.text for t in words[:6])


def _name_after_portfolio(tok: Any) -> str:
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        words = [t for t in prep.subtree if t.i > prep.i]
        run: list[Any] = []
        for t in words:
            run = [*run, t] if t.tag_ in _PROPN_TAGS and t.text[:1].isupper() else []
        if len(run) >= 3 and run[-1].i == words[-1].i:
            return f"{run[-2].text} {run[-1].text}"
    return ""


def _person_tagged_org(ent: Any, doc: Any) -> bool:
    """A person the small model tags as an organisation or a place: a name after a
    person's title ("councillor Beatrice Mallory", round 52), one described by a "who"
    clause, or the surname of a person named before in the sentence."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in HOLDER_TITLES and personal(str(ent.text)):
        return True
    # "Tarnbeck's operations director, Gervase Priestley, said" (round 77: the name tagged
    # an organisation, the company's name a person, and "he" went to the company)
    if (
        len(ent) >= 2
        and ent.root.dep_ == "appos"
        and ent.root.head.lower_ in TITLE_HEADS
        and personal(str(ent.text))
    ):
        return True
    # "Marta Ivens, whose son was among those infected, said" (round 52: tagged a place)
    if personal(str(ent.text)) and any(
        c.dep_ == "relcl" and any(t.lower_ in ("who", "whose") for t in c.subtree)
        for c in ent.root.children
    ):
        return True
    if len(ent) != 1 or not ent.text[:1].isupper():
        return False
    return any(
        e.label_ == "PERSON" and e.end <= ent.start and len(e) > 1 and e[-1].text == ent.text
        for e in doc.ents
    )


# The last word of a street, building or landmark's name: never a person's surname
PLACE_TAILS = frozenset(
    """road street avenue lane square boulevard drive crescent terrace bridge park station
    airport harbour harbor quay hall stadium arena tower river lake mountain hill valley
    bay primary academy college hospital county district province region parish borough
    township municipality""".split()  # ("Harlow County" -> "Kestrel County", round 250)
)


def last_person(
    doc: Any, before: int | None = None, inside: Sequence[tuple[int, int]] = ()
) -> str | None:
    """The PERSON named in ``doc`` (ending before char ``before``) most likely to be the one
    a later "he"/"she" means: the subject of a cue verb, then of the main verb, then any
    subject, then a full name; the last one wins a tie. (The small model tags some
    countries as PERSON; they are rarely the subject of *said*.)"""
    best: tuple[float, int] = (-1.0, -1)
    found: str | None = None
    for ent in map(_with_name, doc.ents):
        if before is not None and ent.end_char > before:
            continue
        # The small model tags some people as organisations ("Lavinia Dobre, who heads
        # the group, attended"): a name of two words, none of an organisation, as the
        # subject of a verb and described in a clause of its own may be one, behind any
        # PERSON ("Greyhaven Ferries said" is not: no description)
        as_org = (
            ent.label_ == "ORG"
            and ent.root.dep_ in ("nsubj", "nsubjpass")
            and any(c.dep_ in ("relcl", "appos") for c in ent.root.children)
            and personal(str(ent.text))
        )
        if ent.label_ in ("ORG", "GPE") and _person_tagged_org(ent, doc):
            as_org = False
        elif ent.label_ != "PERSON" and not as_org:
            continue
        if any(a <= ent.start_char < b for a, b in inside):
            continue  # a name inside a quote is not its speaker
        if len(ent) > 1 and ent[-1].lower_ in PLACE_TAILS:
            continue  # "the pharmacy at 41 Quarry Road" (round 127: tagged a PERSON)
        root = ent.root
        if root.dep_ == "compound" and root.head.tag_ in ("NN", "NNS") and root.head.is_lower:
            continue  # a name made a modifier: "after the Morev verdict she said" (round 194)
        if (root.dep_ in ("appos", "compound") and root.head.lower_ in ORG_NOUNS) or any(
            c.dep_ in ("compound", "nmod") and c.lower_ in ORG_NOUNS for c in root.children
        ):
            continue  # "for the group Bosc Viu": the small model's PERSON is a group
        score = 0.0
        # a name in apposition to the subject is the subject: "the club's chair, Victor
        # Almeida, said ..." (round 51: "Rovers", subject of a clause after it, won)
        subj = root.head if root.dep_ == "appos" else root
        if subj.dep_ in ("nsubj", "nsubjpass"):
            score = 1.0
            if subj.head.lower_ in CUE_WORDS:
                score = 3.0
            elif subj.head.dep_ == "ROOT":
                score = 2.0
            if subj is not root:
                score -= 0.25  # ... behind a name that is the subject itself
            if any(c.lower_ == "whose" for c in subj.children):
                # "For Nadia Volkov, whose brother Andrei was killed, ...": the one the
                # clause describes is the person, her brother only part of it (round 187)
                score -= 2.0
        if len(ent) > 1:
            score += 0.5
        if as_org:
            score -= 3.0
        if (score, ent.start) >= best:
            best = (score, ent.start)
            found = _unpossessed(str(ent.text))
    return found or _untagged_person(doc, before, inside) or _described_opener(doc.text, before)


# A sentence that opens with a full name described in a clause, then a speech verb:
# "Yewande Ingoldby, who chairs the club, said ...", "Liesel Minchin, of the council's
# trading standards team, said ..." (tagged an organisation) (round 64: the small model read the
# rare first name as a verb and tagged nothing, so a later "she" went to an earlier man)
_DESCRIBED_OPENER = re.compile(
    r"^\s*(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s+(?:who|a|an|the|of)\b[^.;\"“]{3,80}?,"
    r"\s+(?:said|says|told|added)\b"
)


def _described_opener(text: str, before: int | None) -> str | None:
    m = _DESCRIBED_OPENER.match(text)
    if m is None or (before is not None and m.end() > before):
        return None
    name = m.group("name")
    words = name.split()
    return name if personal(name) and not any(w.lower() in ORG_NOUNS for w in words) else None


# A sentence opened by a title with no name, then a verb: "The prime minister told
# reporters ...", "The coroner said ...". A later "she" means that person, not the one
# named in an earlier paragraph (round 69: a copy wrote the title for the source's name)
_DESCRIBED_SUBJECT = re.compile(
    # (after an opening phrase: "Passing sentence, the judge told Kershaw ...", round 77)
    r"^\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+)?"
    # ("The survey's head of volcano monitoring said", round 84)
    r"(?P<who>[Tt]he\s+(?:[a-z-]+(?:['’]s)?\s+){0,3}?(?P<head>[a-z-]+)"
    r"(?:\s+of\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?)\s+"
    r"(?:[a-z]+ed|said|says|told|added|spoke|gave|took|made|met|won|went|came|insisted"
    r"|admitted|denied|rejected)\b"
)


def object_of_described(text: str, name: str) -> bool:
    """``name`` stands right after the verb of the title opening ``text`` (its object)."""
    m = _DESCRIBED_SUBJECT.match(text)
    return m is not None and bool(
        re.match(rf"\s+(?:\w+\s+){{0,2}}?{re.escape(name.split()[-1])}\b", text[m.end() :])
    )


def described_subject(text: str) -> str | None:
    """ "the prime minister" when ``text`` opens with that title as its subject, or "the
    Italian" (a nationality, as sports pages name a player: round 130)."""
    m = _DESCRIBED_SUBJECT.match(text)
    if m is None:
        nation = _NATIONAL_SUBJECT.match(text)
        return nation.group(1) if nation else None  # as _the_one reads it
    if m.group("head") not in TITLE_HEADS:
        return None
    return "t" + m.group("who")[1:]  # lower case: a description, not a name


_NATIONAL_SUBJECT = re.compile(
    r"^\s*[Tt]he\s+(?:\d+-year-old\s+|[a-z]+\s+)?"
    r"([A-Z][a-z]+(?:ian|ean|ese|ish|man|woman|i|ic|ch))\s+"
    r"(?:[a-z]+ed|said|says|told|added|insisted|admitted)\b"
)


def is_name(speaker: str | None) -> bool:
    return bool(speaker) and any(w[:1].isupper() for w in (speaker or "").split())


# Subjects that are organisations, whatever name stands beside them
ORG_NOUNS = frozenset(
    """company firm group agency ministry department council union association bank
    government authority court police service operator club party board organisation
    organization charity university school hospital airline carrier manufacturer maker
    retailer network institute commission committee office body team trust fund""".split()
)


def _untagged_person(doc: Any, before: int | None, inside: Sequence[tuple[int, int]]) -> str | None:
    """A full name, subject of a cue verb, that the small model left untagged when parsed
    alone ("Antoni Bonet, 58, a taxi driver, said ...", round 24), or tagged as an
    organisation in apposition to a role ("Drivers' union organiser Sinéad Mulvey said",
    "Brightway's chief operating officer, Daniel Furst, said", round 26). A lone
    capitalised subject may be a company, so two words at least."""
    found = None
    for tok in doc:
        if before is not None and tok.idx >= before:
            break
        if tok.dep_ != "nsubj" or tok.head.lower_ not in CUE_WORDS:
            continue
        if any(a <= tok.idx < b for a, b in inside):
            continue
        if tok.tag_ in _PROPN_TAGS and not tok.ent_type_:
            name = speaker_of_subject(tok, doc)
        elif tok.tag_ == "NN" and tok.lower_ not in ORG_NOUNS:
            named = [c for c in tok.children if c.dep_ == "appos" and c.tag_ in _PROPN_TAGS]
            if not named or named[0].ent_type_ not in ("", "PERSON", "ORG"):
                continue
            head = named[0]
            left = [c for c in head.lefts if c.dep_ == "compound" and c.tag_ in _PROPN_TAGS]
            name = str(doc[left[0].i if left else head.i : head.i + 1].text)
        else:
            continue
        if len(name.split()) >= 2:
            found = name
    return found


# Letters after a name ("Naomi Fairweather KC"): the small model may tag them alone as an
# organisation and leave the name before them untagged.
_POST_NOMINALS = frozenset({"KC", "QC", "SC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE"})


def _with_name(ent: Any) -> Any:
    """``ent``, or for post-nominal letters tagged alone, the name before them as a PERSON."""
    if ent.label_ == "PERSON" or ent.text not in _POST_NOMINALS:
        return ent
    doc, start = ent.doc, ent.start
    while start > 0 and doc[start - 1].tag_ in _PROPN_TAGS:
        start -= 1
    if ent.start - start < 2:  # a first name and a surname at least
        return ent
    from spacy.tokens import Span

    return Span(doc, start, ent.end, label="PERSON")


def _unpossessed(name: str) -> str:
    """ "Ruiz Merino's" (a bar owner's words told of "Ruiz Merino's bar") is Ruiz Merino."""
    for tail in ("'s", "’s"):
        if name.endswith(tail):
            return name[: -len(tail)]
    return name


def subject_named(doc: Any, whole: str) -> str | None:
    """The person a sentence's main subject names where the small model tagged no one:
    a surname of someone the story names in full ("Oduya declined to prejudge the
    outcome" after "Transport Minister Margit Oduya"), or a first name it gives with an
    age ("Hawa, a 31-year-old from Guinea", "Sixteen-year-old Ibrahim"). Read for the
    "she" of the next sentence's quote (round 188: the quotes went to a doctor and a
    survivor named before)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    subj = next((c for r in roots for c in r.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # ("Salm, for his part, has already written his lines": the small model makes the
    # name set off by a comma an adverbial, round 200)
    if subj is None and len(doc) > 1 and doc[0].dep_ == "npadvmod" and doc[1].text == ",":
        subj = doc[0]
    if subj is None or subj.tag_ not in _PROPN_TAGS or not subj.text[:1].isupper():
        return None
    if subj.ent_type_ in ("NORP", "LOC", "FAC") or subj.lower_ in TITLE_WORDS:
        return None
    name = re.escape(subj.text)
    # (the small model tags a lone surname an organisation as often as not)
    for full in re.finditer(rf"\b([A-Z][a-z'’]+)\s+{name}\b", whole):
        first = full.group(1)
        if first.lower() not in TITLE_WORDS | HOLDER_TITLES and personal(f"{first} {subj.text}"):
            return f"{first} {subj.text}"
    if subj.ent_type_ == "ORG":
        return None
    aged = rf"\b{name},\s+(?:an?\s+)?\d+-year-old\b|\b[\w-]+-year-old\s+{name}\b|\b{name},\s+\d+,"
    return subj.text if re.search(aged, whole, re.I) else None


# A post of a body before its holder's name, with no comma, opening the sentence:
# "President of Sarangpur Industrial Workers' Union Anil Gaikar alleged that ..." (round
# 212, Indian English). The name is the last two capitalised words before the verb.
_TITLED_OPENER = re.compile(
    r"(?:[A-Z][a-z]+\s+){0,2}(?P<post>[A-Z][a-z]+)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,6}?"
    r"(?P<name>[A-Z][a-z][\w'’-]+\s+[A-Z][a-z][\w'’-]+)\s+(?:(?:has|had)\s+)?(?:[a-z]+ed|said|told)\b"
)


def titled_opener(text: str) -> str | None:
    """The holder a sentence opening on "<Post> of <Body> <First> <Surname> said" names."""
    m = _TITLED_OPENER.match(text)
    return m.group("name") if m and m.group("post").lower() in TITLE_HEADS else None


# A capitalised word opening a sentence before a verb in the past: "Tillotson congratulated"
# (past an auxiliary: "Vost has refused to concede", round 105)
OPENING_SURNAME = re.compile(
    # (past an age or a relative clause: "Ibarra-Soto, who is 41, used her moment on
    # stage", "Ibarra-Soto, 41, dedicated the award", round 152)
    # (or after its team's possessive: "Arkwright Racing's Brandt admitted", round 117)
    r"(?:(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+)?"
    # (or after a description set before it: "A former rugby international, Talaiasi, 49,
    # took office in 2022", round 159)
    r"(?:(?:A|An|The)\s+[a-z][^,;]{2,40},\s+)?"
    # (or a relative of someone named: "Dusek's son, Marko, who lives in Trevin, said",
    # round 210; a first name alone, which no earlier sentence gives in full)
    r"(?P<kin>[A-Z][\w-]*['’]s\s+(?:son|daughter|wife|husband|mother|father|brother|sister"
    r"|partner|widow|widower|niece|nephew|grandson|granddaughter),\s+)?"
    # (or a participle's clause: "Ibarrola, speaking from a stage outside his
    # headquarters, struck a more confident tone", round 159)
    # (or where he said it: "Maszak, in a brief statement, said", round 207)
    r"(?P<name>[A-Z][a-z][\w'’-]+)(?:,\s+(?:\d{1,3}|who\s[^,;]{1,40}|[a-z]+ing\s[^,;]{1,60}"
    r"|in\s+an?\s[^,;]{1,40}),)?"
    r"\s+(?:(?:also|later|then|again)\s+)?(?:(?:has|had|was|is)\s+)?(?:not\s+)?"  # "also said"
    r"(?:[a-z]+ed|said|told|won|met|took|gave|ran|led|spoke|stood|made|became|began|held"
    r"|kept|sent|wrote|brought|found|sought|built|left|went|came|struck|sounded"
    r"|did|does)\b"  # ("Vance did not attend the meeting. In a statement, she said", r175)
)
