"""Who a claim is credited to, when the copy puts someone else in the speaker's place:
"Police said" -> "Witnesses said" (a kind of people made another), "The council said"
-> "The archaeology unit said" (a body made another). Read by factclaims.py's
attribution check, which holds the claim-kept test.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from .cuepatterns import personal
from .factpair import WORD, acronym, word_keys

# Speakers named by what they are, not who: "Police said" -> "Witnesses said" (round 98)
# gives what officers did to onlookers. One group per kind of source; a word for the same
# kind in other words ("officers" for "police") is no change.
_CROWDS = (
    "police officers detectives investigators",
    "witnesses bystanders onlookers",
    "residents locals neighbours neighbors villagers",
    "officials authorities",
    "organisers organizers",
    "protesters demonstrators activists campaigners",
    "doctors medics paramedics",
    "prosecutors",
    "analysts experts economists",
    "critics opponents",
    "rescuers firefighters",
)
_CROWD_OF = {w: k for k, group in enumerate(_CROWDS) for w in group.split()}
_CROWD_CUE = re.compile(
    r"^\W*(?:(?:the|some|several|many|local|other)\s+)?(?P<n>[a-z]+)\s+"
    r"(?:said|say|says|told|reported|claimed|described)\b",
    re.I,
)
# ... or a body made another while the claim stays: "The council said on Wednesday that
# ..." -> "The archaeology unit said on Wednesday that ..." (round 102), "Election
# observers from the Civic Monitoring Network said voting had been orderly" -> "The
# municipal electoral commission said ..." (round 103)
_BODY_CUE = re.compile(
    # (past an auxiliary: "The union has said that", round 208)
    r"^\W*(?P<n>(?:[\w'-]+\s+){0,7}?[\w'-]+)\s+(?:(?:has|have|had)\s+)?(?:said|says|told|reported|announced"
    r"|alleges|alleged|states|stated)\b"
)
_BODY_SMALL = frozenset("the a an of from at for and in on".split())
_BODIES = frozenset(
    "council unit ministry department agency committee board authority office commission "
    "court tribunal union inspectorate regulator service directorate secretariat campaign party "
    # a document that makes a claim ("The lawsuit alleges that" -> "The authority says
    # that", round 203)
    "lawsuit complaint indictment".split()
)
PRONOUNS = frozenset("he she they it we i who which that this".split())
SAME_CLAIM_RATIO = 0.85  # of the words after the cue, a claim repeated as it stood


def _person_to_people(s_subject: str, c_subject: str) -> bool:
    """The source's speaker is a person it names, the copy's a plural of people with no
    name and no word of the source's speaker (not "Police Chief Ana Ruiz" -> "Police")."""
    named = re.search(r"[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+$", s_subject)
    head = c_subject.split()[-1]
    if named is None or not personal(named.group()) or not re.fullmatch(r"[a-z]{4,}s", head):
        return False
    stems = {w.rstrip("s'’") for w in _who(s_subject)}
    c_words = _who(c_subject)
    return not any(w.rstrip("s'’") in stems or w in PRONOUNS for w in c_words) and not any(
        w[:1].isupper() for w in c_subject.split()[1:]
    )


_REGULATOR = frozenset({"regulator", "watchdog", "authority"})  # a story's one regulator


def _who(subject: str) -> list[str]:
    """The words that name a speaker ("the council's planning committee": council,
    planning, committee)."""
    words = (w.removesuffix("'s").removesuffix("\u2019s") for w in word_keys(subject))
    return [w for w in words if w not in _BODY_SMALL and w != "s"]


def speaker_swap(
    s_plain: str, c_plain: str, claim_kept: Callable[[str, str], bool]
) -> tuple[str, str] | None:
    """The speakers opening a sentence, a kind of people ("Police said"), made another
    kind; or a body made another, the claim kept (``claim_kept(source words, copy
    words)``: the caller's test of a claim kept in other words). Returns the two cues."""
    sm, cm = _CROWD_CUE.match(s_plain), _CROWD_CUE.match(c_plain)
    if sm is not None and cm is not None:
        sk, ck = _CROWD_OF.get(sm.group("n").lower()), _CROWD_OF.get(cm.group("n").lower())
        if sk is not None and ck is not None and sk != ck:
            return sm.group().strip(), cm.group().strip()
    sb, cb = _BODY_CUE.match(s_plain), _BODY_CUE.match(c_plain)
    if sb is None or cb is None:
        return None
    s_who, c_who = _who(sb.group("n")), _who(cb.group("n"))
    if not s_who or not c_who or set(s_who) & set(c_who):
        return None
    if _person_to_people(sb.group("n"), cb.group("n")):
        # one named person's claim given to a kind of people: "AIC chair Priya Ramanathan
        # said the rise reflected" -> "Athletes' representatives said" (round 196)
        s_rest, c_rest = word_keys(s_plain[sb.end() :]), word_keys(c_plain[cb.end() :])
        if (
            difflib.SequenceMatcher(None, s_rest, c_rest, autojunk=False).ratio()
            >= SAME_CLAIM_RATIO
        ):
            return sb.group().strip(), cb.group().strip()
        return None
    s_raw, c_raw = WORD.findall(sb.group("n")), WORD.findall(cb.group("n"))
    if acronym(s_raw, cb.group("n")) or acronym(c_raw, sb.group("n")):
        return None  # "The UCSU said" -> "The Universities and Colleges Staff Union said"
    if _owns_office(sb.group("n"), cb.group("n")):
        return None  # "The prosecutor's office said" -> "Prosecutors said"
    if len(s_who) == len(c_who) == 1 and {s_who[0], c_who[0]} <= _REGULATOR:
        return None  # "The watchdog said" -> "The regulator said": one body (round 216)
    bodies = [w[-1] in _BODIES for w in (s_who, c_who)]
    if not any(bodies) or any(w in PRONOUNS for w in s_who + c_who):
        return None
    s_rest, c_rest = word_keys(s_plain[sb.end() :]), word_keys(c_plain[cb.end() :])
    same = difflib.SequenceMatcher(None, s_rest, c_rest, autojunk=False).ratio()
    # (both bodies: the claim may be reworded, as a close pair rewords it, round 103's "180
    # millimetres of rain had fallen" -> "180 millimetres of rain fell")
    kept = claim_kept(" ".join(s_rest), " ".join(c_rest))
    if same < SAME_CLAIM_RATIO and not (all(bodies) and kept):
        return None
    return sb.group().strip(), cb.group().strip()


# A claim given to another party of the story: "Police estimated that about 1,300
# tractors took part, while the organisers said more than 2,000" -> "The organisers said
# about 1,300 tractors took part", "The report said the tower had not passed on ..." ->
# "The airline said ...", "according to the authority" -> "the finance ministry said"
# (rounds 145-149). One group a kind of party: a word of the same group is no change.
# (an analysis too: a campaign group's given to the ministry, round 170)
# (and figures: "according to Norrow Ambulance Service data" -> "according to figures
# compiled by the union", round 226)
_DOCUMENT_WORDS = "report study survey statement review inquiry analysis summary data figures"
# ("an interim report released on Wednesday by Veldmark's accident investigators", r238)
_AUTHORED_BY = re.compile(
    r"(?:(?:released|issued|published|compiled|collected)(?:\s+\w+){0,3}?\s+by|from|by)\b"
)
_PARTY = (
    # (the prosecution's claim given to the court, round 230)
    "police officers detectives investigators prosecutors prosecution force|organisers organizers"
    "|witnesses bystanders onlookers|residents locals neighbours neighbors villagers"
    "|union unions workers|company firm group airline carrier operator bank lender insurer"
    "|ministry government department minister|authority regulator agency watchdog commission"
    "|traders dealers analysts economists|"
    + _DOCUMENT_WORDS
    + "|employers association federation|hospital trust doctors|court judge|council mayor"
    "|army military|central-bank|researchers experts scientists specialists"
    "|party front coalition alliance bloc opposition"
    # a ship's master and its owner (round 171: the master's radio report of lost steering
    # given to the shipowner)
    "|captain master skipper crew|owner owners shipowner"
    # a party's lawyer and a public office (round 175: the mayor's attorney's defence of
    # her charges given to the city's finance office)
    "|lawyer lawyers attorney attorneys solicitor counsel law-firm law-firms|office"
    "|coast-guard navy"  # (round 188: the opposition's claim given to the coast guard)
    # an election's observers (round 227: the observer mission's finding given to the
    # commission)
    "|mission observers monitors"
)
_PARTY_OF = {w: k for k, group in enumerate(_PARTY.split("|")) for w in group.split()}
_DOCUMENTS = frozenset(_DOCUMENT_WORDS.split())
# speakers who may be a document's authors, or a story's own unnamed sources
_AUTHORS = frozenset(
    "police officers detectives investigators prosecutors prosecution force".split()
)
_AUTHORS |= frozenset("traders dealers analysts economists".split())
# bodies a copy may not bring in unnamed by the source (people of a kind, it may: a
# union's march has organisers)
_INSTITUTIONS = frozenset(
    "company firm airline carrier operator bank lender insurer ministry government "
    "department authority regulator agency watchdog court council army military "
    "central-bank hospital trust owner shipowner coast-guard navy".split()
)
# a neutral body's finding given to a side of the contest it rules on ("The commission
# said ... could not be verified" -> "According to the ruling National Unity Front",
# round 159)
_NEUTRAL = frozenset("commission court judge regulator authority watchdog inquiry".split())
_PARTISAN = frozenset("party front coalition alliance bloc opposition".split())
# office-holders a body's estimate may be given to ("The regional transit agency
# estimated" -> "Mayor Teresa Lindqvist estimated", round 143)
_HOLDERS = frozenset("mayor minister judge".split())
# people outside the story's bodies, whom a copy may make the source of a body's own
# finding ("The trust said it had found evidence" -> "Security researchers said they had
# found evidence", round 157)
_OUTSIDERS = frozenset("researchers experts scientists specialists analysts economists".split())
_CUED = re.compile(
    # (a speaker with a relative clause first: "Researchers who tested it said", round 157)
    r"(?P<n4>\b(?:[\w'’-]+\s+){0,2}?(?P<h4>[A-Za-z-]+))\s+who\s+[^,;.]{3,40}?\s+(?:said|say)\b|"
    # ("The coast guard itself has admitted that", round 188)
    r"(?P<n>\b(?:[\w'’-]+\s+){0,3}?(?P<h>[A-Za-z-]+))\s+(?:(?:itself|themselves)\s+)?"
    r"(?:(?:also|had|has|have)\s+)?"
    r"(?:said|says|say|estimated|estimates|estimate|put|puts|told|reported|announced|claimed|confirmed"
    r"|admitted|acknowledged|conceded"
    # ("The runway surface was not grooved, the board noted", round 238)
    r"|noted|notes|stated|states|observed|concluded"
    # (a body's figures: "Union figures showed 3,400 schools were closed", round 260)
    r"|show|shows|showed"
    # a forecast is its maker's: "Analysts at Greywater expect revenue of" -> "The company
    # expects revenue of" (round 165)
    r"|expect|expects|expected|forecast|forecasts|predict|predicts|predicted)\b"
    r"|\b[Aa]ccording to\s+(?P<n2>(?:[\w'’-]+\s+){0,4}[\w'’-]+)"
    # (with an apposition: "the organisers, a coalition of five unions, said")
    r"|(?P<n3>\b(?:[\w'’-]+\s+){0,2}?(?P<h3>[A-Za-z-]+)),\s[^,;]{3,80},\s+"
    r"(?:said|says|claimed|claims)\b"
)
# (and the sentences of a merged pair: round 159's claim beside the sentence the
# alignment merged in for the party's name)
# (and a second thing said: "said the charges were legitimate and that the mayor had
# given ...", round 175)
_CLAUSES = re.compile(
    r";|,\s+(?:while|whereas|but)\s+|\s+while\s+|(?<=[.!?])\s+(?=[A-Z])|\s+and\s+that\s+"
)


def _one_word(text: str) -> str:
    """ "central bank" and "law firm" as one party word each, in any case (a class
    action's lawyers are "the law firm", no company of the story: round 183)."""
    text = re.sub(r"\blaw (firms?)\b", r"law-\1", text, flags=re.I)
    text = re.sub(r"\bcoast guard\b", "coast-guard", text, flags=re.I)
    return re.sub(r"\bcentral bank\b", "central-bank", text, flags=re.I)


def _as_written(phrase: str) -> str:
    """A credit phrase read from ``_one_word``'s text, with "central bank" and "coast
    guard" spelt again as the story spells them."""
    return phrase.replace("central-bank", "central bank").replace("coast-guard", "coast guard")


def _names(phrase: str) -> set[str]:
    """The capitalised words of a credit that are no party word nor a possessive (the
    country of "Derelia's government", round 155): its speaker's names."""
    words = {w for w in WORD.findall(phrase) if w[:1].isupper() and w.lower() not in ("the", "a")}
    return {w for w in words if _bare(w) not in _PARTY_OF and _bare(w) == w.lower()}


def _bare(word: str) -> str:
    """The word in lower case, less a possessive: "agency's" -> "agency", "Workers'" ->
    "workers" (a workers' federation is a union, round 98)."""
    return re.sub(r"['’]s?$", "", word.lower())


def _credits(text: str) -> list[tuple[str, str]]:
    """(credit phrase, party head) of each cue in ``text`` whose speaker is a party."""
    text = _one_word(text)
    out = []
    for m in _CUED.finditer(text):
        if m.group("n2"):  # "according to three traders, who ...": the first party word
            # (a document's owner first: "according to the agency's statement")
            words = WORD.findall(m.group("n2"))
            k = next((k for k, w in enumerate(words) if _bare(w) in _PARTY_OF), None)
            # ... and the document's author after it: "according to a statement from the
            # Digital Security Office" is the office's (round 173)
            # ("a summary released by the company", round 183)
            clause = WORD.findall(re.split(r"[,;.]", text[m.start("n2") :])[0])[:12]
            by = " ".join(clause[k + 1 : k + 6]).lower() if k is not None else ""
            if k is not None and _bare(words[k]) in _DOCUMENTS and _AUTHORED_BY.match(by):
                words = clause
                k = next((j for j in range(k + 2, len(words)) if _bare(words[j]) in _PARTY_OF), k)
            if k is not None:
                out.append((_as_written(" ".join(words[: k + 1])), _bare(words[k])))
            continue
        head = (m.group("h") or m.group("h3") or m.group("h4") or "").lower()
        if re.search(r"\bshow(?:s|ed)?$", m.group(0)) and _bare(head) not in _DOCUMENTS:
            continue  # only figures show: "Council data published last year showed" (r120)
        phrase = (m.group("n") or m.group("n3") or m.group("n4") or "").strip()
        if head not in _PARTY_OF:
            # a person's party, from the words before the cue or in the apposition:
            # "hospital officials said", "Mayor Teresa Lindqvist estimated" (rounds 126,
            # 143), "Kate Ellery, an analyst at Brookmoor Securities, said" (round 96);
            # the body after "of" or "at" first ("organiser of the Metal and Engineering
            # Workers' Federation" speaks for the union, round 98)
            # (not a relative clause's parties: "The Health and Safety Executive, which
            # investigated alongside police, said" is no police credit, round 163)
            relative = re.match(r",\s+(?:which|who|that)\b", m.group(0)[len(phrase) :])
            more = m.group(0) if m.group("n3") and not relative else phrase
            words = [_bare(w) for w in WORD.findall(more) if w != "Party"]
            at = next((k for k, w in enumerate(words) if w in ("of", "at", "for")), len(words))
            head = next((x for w in words[at:] + words for x in (w, w + "s") if x in _PARTY_OF), "")
        if head in _DOCUMENTS:  # the body whose figures they are: "Union figures"
            words = [_bare(w) for w in WORD.findall(phrase)][:-1]
            head = next((w for w in reversed(words) if _PARTY_OF.get(w, -1) >= 0
                         and w not in _DOCUMENTS), head)  # fmt: skip
        if head:
            out.append((_as_written(phrase), head))
    return out


def _shown_by(credit: tuple[str, str], text: str) -> bool:
    """``credit`` is figures that show something in ``text`` ("the figures show")."""
    phrase, head = credit
    return head in _DOCUMENTS and (
        re.search(re.escape(phrase) + r"\s+show(?:s|ed)?\b", text, re.I) is not None
    )


def _items(text: str) -> set[str]:
    """Content words and whole figures ("38,000", not "38" and "000")."""
    figures = set(re.findall(r"\d[\d,.]*\d|\d", text))
    return {w for w in word_keys(text) if len(w) > 3 and not w.isdigit()} | figures


def _shared(a: str, b: str) -> tuple[int, int]:
    """Figures in common, then content words: the figure is what a claim is about."""
    both = _items(a) & _items(b)
    return sum(1 for w in both if w[:1].isdigit()), len(both)


def _authored(doc: str, head: str, source: str) -> bool:
    """``head`` issued the document ``doc`` in the source ("the airline said in a
    statement", "the company's report", "a statement from the ministry")."""
    h, d = re.escape(head), re.escape(doc)
    return (
        re.search(
            rf"\b{h}\w*(?:'s|’s)?\s+(?:[\w-]+\s+){{0,2}}{d}|{d}\s+(?:from|by|of|issued by)\s+"
            rf"(?:the\s+)?(?:[\w-]+\s+){{0,3}}{h}|\b{h}\w*\s+said\s+in\s+(?:a|an|its)\s+"
            rf"(?:[\w-]+\s+)?{d}",
            _one_word(source),
            re.I,
        )
        is not None
    )


def _owns_office(s_phrase: str, c_phrase: str) -> bool:
    """One side's office is the other side's party: a word of each shares its stem."""
    s_keys, c_keys = word_keys(s_phrase), word_keys(c_phrase)
    if "office" not in s_keys + c_keys:
        return False
    s_stems = {w[:6] for w in s_keys if len(w) >= 4}
    return any(w[:6] in s_stems for w in c_keys if len(w) >= 4 and w != "office")


# the lower-case words before a body's head: "provincial environmental" regulator
_QUALIFIER = re.compile(r"((?:\b[a-z][\w-]*\s+){1,3})[a-z][\w-]*\W*$")
_NOT_QUALIFIERS = frozenset("the a an its their from by of at for and said says".split())


def _qualifiers(phrase: str) -> list[str]:
    m = _QUALIFIER.search(phrase)
    words = m.group(1).split() if m else []
    return words[max((k + 1 for k, w in enumerate(words) if w in _NOT_QUALIFIERS), default=0) :]


def _another_of_kind(s_phrase: str, c_phrase: str, c_plain: str, source: str) -> bool:
    """Two bodies of one kind, told apart by what they are for: "the provincial
    environmental regulator" -> "the water authority" (round 250), where neither names
    the other's field and the source never gives its body the copy's."""
    s_q, c_q = _qualifiers(s_phrase), _qualifiers(c_phrase)
    if not s_q or not c_q or {w[:5] for w in s_q} & {w[:5] for w in c_q}:
        return False
    head = re.escape(s_phrase.split()[-1])
    called = re.search(rf"\b{re.escape(c_q[-1])}\s+(?:[\w-]+\s+)?{head}", source, re.I)
    return called is None and not any(w in c_plain.lower() for w in s_q)


def party_swapped(
    s_plain: str, c_plain: str, source: str, claim_kept: Callable[[str, str], bool]
) -> tuple[str, str] | None:
    """The source clause holding the copy's claim credits one party, the copy another
    (``source``: the source article's text). Returns the two credits."""
    c_credits = _credits(c_plain)
    if len(c_credits) > 1:  # (the figures a party's claim rests on: "According to the
        # Competition Authority, the figures show that ...", round 174; not a statement
        # the copy credits as the source does, round 207)
        c_credits = [c for c in c_credits if not _shown_by(c, c_plain)]
    if len(c_credits) != 1:
        return None
    c_phrase, c_head = c_credits[0]
    clauses = [c for c in _CLAUSES.split(s_plain) if c.strip()]
    if not clauses:
        return None  # (a source sentence of quotes only leaves no narration)
    claim = c_plain.replace(c_phrase, " ")
    best = max(clauses, key=lambda c: _shared(c, claim))
    s_credits = _credits(best)
    if len(s_credits) > 1:  # a party's claim on unowned figures: "The Education Ministry
        # said 3,400 schools were closed, according to figures collected from ..." (r260)
        s_credits = [c for c in s_credits if c[1] not in _DOCUMENTS]
    if len(s_credits) != 1:
        return None
    s_phrase, s_head = s_credits[0]
    # (less a relative clause on the speaker: "three traders, who spoke on condition of
    # anonymity")
    # (and less an apposition on the speaker: "A local councillor, Bruno Helt, claimed",
    # round 169)
    said = re.sub(re.escape(s_phrase) + r",\s[^,;]{3,80},", " ", best).replace(s_phrase, " ")
    # (or the claim's own, where more of the claim stands in it: "spotted by an operator,
    # who noticed an alarm ..., according to a statement from the regulator", round 250)
    have = _items(claim)
    said = max(
        (re.split(r",\s+(?:who|which)\b", said)[0], said),
        key=lambda t: len(_items(t) & have) / max(1, len(_items(t))),
    )
    items = _items(said)
    if len(items) < 2 or (len(items & have) / len(items) < 0.5 and not claim_kept(said, claim)):
        return None
    if c_head in word_keys(s_phrase):
        return None
    if s_head in _DOCUMENTS and s_head in {_bare(w) for w in WORD.findall(c_phrase)}:
        return None  # the document itself, its owner named: "the regulator's report" (r178)
    if _PARTY_OF[s_head] == _PARTY_OF[c_head] and not _another_of_kind(
        s_phrase, c_phrase, c_plain, source
    ):
        return None
    # ("its lawyers said" -> "lawyers for the group announced": the same lawyers, the
    # copy naming whom they act for, round 191)
    if re.match(rf"(?:its|their)\s+{re.escape(s_head)}$", s_phrase, re.I) and re.match(
        rf"{re.escape(s_head)}\s+(?:for|of)\b", c_phrase, re.I
    ):
        return None
    if _owns_office(s_phrase, c_phrase):
        return None  # "The prosecutor's office said" -> "prosecutors said" (round 98)
    if _names(s_phrase) & _names(c_phrase):
        return None  # one person, another title: "Army chief Moussa Traore" (a title change)
    # (the source's named speaker still credited in the copy: "which the company put at
    # $30 million, according to Chief Financial Officer Yasmin Haddad", round 195)
    s_named = re.search(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+$", s_phrase)
    if s_named and personal(s_named.group()) and s_named.group() in c_plain:
        return None
    named = re.search(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+$", c_phrase)
    if named and personal(named.group()) and _names(c_phrase) <= set(WORD.findall(best)):
        # the source names the copy's speaker in the credit: "according to a coast guard
        # spokesman, Captain Dario Fenn" -> "coast guard spokesman Captain Dario Fenn said"
        return None
    src = _one_word(source).lower()
    mentioned = re.search(rf"\b{re.escape(c_head)}", src) is not None
    if s_head in _DOCUMENTS:
        # a document's finding given to a party the story names, not its author
        swapped = mentioned and c_head not in _AUTHORS and not _authored(s_head, c_head, source)
    else:
        # another party the source credits with something else, or a body it never names
        # (or the party the claim is about, made to say it: "The central bank sold about
        # $800 million, according to three traders" -> "The central bank said it sold")
        credited = any(_PARTY_OF[h] == _PARTY_OF[c_head] for _, h in _credits(source))
        about = re.search(rf"\b{re.escape(c_head)}", _one_word(said), re.I)
        # (outsiders given a body's claim even where the story mentions them elsewhere,
        # unless the claim is theirs: "The company said its scientists found")
        outsider = c_head in _OUTSIDERS and s_head in _INSTITUTIONS and c_head not in said.lower()
        unnamed = c_head in _INSTITUTIONS and not mentioned
        # (outsiders the claim is about spoke for themselves: "its scientists found")
        about = None if c_head in _OUTSIDERS else about
        partisan = s_head in _NEUTRAL and c_head in _PARTISAN
        holder = c_head in _HOLDERS and s_head in _INSTITUTIONS
        # (one body's finding given to another body the story names: "a summary released
        # by the company" -> "by the Calder County Health Agency", round 183)
        holder = holder or (s_head in _INSTITUTIONS and c_head in _INSTITUTIONS and mentioned)
        swapped = credited or about is not None or unnamed or outsider or partisan or holder
    return (s_phrase, c_phrase) if swapped else None


# A claim a kind of people made, given to a person the story names: "Prosecutors say the
# company billed insurers for ..." -> "Okafor testified that the company billed insurers
# for ..." (round 259: the witness made to say what the prosecution alleges).
_NAMED_CUE = re.compile(
    r"^\W*(?P<n>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:(?:has|had)\s+)?"
    r"(?:said|says|told|testified|testifies|claimed|claims|alleged|alleges|insisted)\b"
)


def crowd_to_person(
    s_plain: str, c_plain: str, source: str, claim_kept: Callable[[str, str], bool]
) -> tuple[str, str] | None:
    """The source sentence opens with a kind of people's claim ("Prosecutors say"), the
    copy's with a person of the story saying it, one the source never gives that kind
    (not "Det. Ana Ruiz" for "Police"). Returns the two cues."""
    sm, cm = _CROWD_CUE.match(s_plain), _NAMED_CUE.match(c_plain)
    if sm is None or cm is None:
        return None
    kind = _CROWD_OF.get(sm.group("n").lower())
    surname = cm.group("n").split()[-1]
    if kind is None or surname.lower() in _CROWD_OF:
        return None
    full = [
        m.group()
        for m in re.finditer(rf"\b(?:[A-Z][\w'’-]+\s+){{1,2}}{re.escape(surname)}\b", source)
    ]
    if not any(personal(f) for f in full):
        return None  # not a person the story names
    words = {w.rstrip("s") for w in _CROWDS[kind].split()}
    kind_word = r"\b(?:" + "|".join(sorted(words)) + r")s?\b"
    for m in re.finditer(rf"\b{re.escape(surname)}\b", source):
        before = source[max(0, m.start() - 40) : m.start()]
        after = source[m.end() : m.end() + 50]
        if re.search(kind_word + r"[\w\s'’.-]{0,30}$", before, re.I) or re.match(
            r",\s+(?:a|an|the)?\s*(?:[\w'’-]+\s+){0,4}?" + kind_word, after, re.I
        ):
            return None  # the person is of that kind
    if not claim_kept(s_plain[sm.end() :], c_plain[cm.end() :]):
        return None
    return sm.group().strip(), cm.group().strip()
