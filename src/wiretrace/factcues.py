"""The words that credit a claim to someone, and what the claim is: the speech cues
(``said``, ``according to``, ``estimates that``), the agency credits, the forms of a
speaker announcing its own plan, and the measures of whether a copy sentence still
carries an attributed claim (``kept``, ``close_kept``). Read by factclaims.py (the
attribution check), facthedges.py and factwording.py."""

from __future__ import annotations

import re

from .factpair import WORD, Pair, present, word_keys

CUES = re.compile(
    # ("as per" is Indian English's "according to": "As per chief fire officer Prakash
    # Jadhav, 16 fire tenders ...", round 212)
    r"\b(said|says|say|told|tells|tell|reported|reports|according to|as per|claimed|claims|claim|"
    r"stated|"
    r"states|announced|announces|confirmed|confirms|alleged|alleges|quoted|cited|citing|noted|notes|"
    # ("argued with the driver" is a quarrel, no speech: round 135)
    r"added|adds|stressed|stresses|insisted|insists|(?:argued|argues|argue)(?!\s+with\b)|warned|warns|"
    # a view credited in other verbs: "experts say is needed" -> "experts consider
    # necessary", "which officials say are" -> "which the ministry regards as" (round 230's
    # present-tense "say" read as a credit)
    r"consider|considers|regard|regards|regarded|"
    # a participle with its clause: "with health officials reporting on Wednesday that"
    # (round 240)
    r"(?:reporting|saying|stating|announcing|noting|confirming)(?=\s+(?:on\s+\w+\s+)?that\b)|"
    # ... or the occasion of the words: "Speaking at a briefing in Dunmarra, coastguard
    # incident commander Ewan Tolland struck a cautious note" (round 248)
    r"speaking(?=\s+(?:at|to|on|in|after|before|during)\b)|"
    # ... or a quote summed up: 'Priya Balasingham ... summed it up: "It was a cut"' (r244)
    r"summ(?:ed|ing) (?:it |things )?up|"
    # ('Anja Reiss ... put it bluntly to the wires: "..."', round 251)
    r"put it(?= (?:bluntly|simply|plainly|succinctly|starkly|this way|another way)\b)|"
    r"explained|"
    r"explains|acknowledged|asserted|declared|maintained|estimated|estimates|estimate|"
    r"believe|believes|believed|predicted|predicts|forecast|forecasts|expect|expects|expected|"
    # ("according to seat projections published by the commission" -> "is projected to
    # have enough seats", round 227)
    r"projected|projections?|"
    r"anticipate|anticipates|anticipated|"
    # a reaction reported for the quote that voiced it: "welcomed the ruling"
    r"welcomed|welcomes|hailed|hails|praised|praises|condemned|condemns|critici[sz]ed|"
    # ("an ambassador was called in" is summoned, no speech: round 140)
    r"in a statement|based on|(?:called|calling)(?!\s+(?:in|off|up|back)\b)|described|"
    r"describing|pledged|vowed|urged|urges|promised|"
    r"denied|denies|admitted|admits|allege|shows?|showed|suggests?|suggested|indicates?|indicated|"
    # "the alleged theft" -> "the suspected theft": still a claim, not a fact (round 51)
    r"suspected|"
    # other speech verbs a rewriter puts for "said" (that swap is a wording change, if any)
    r"conceded|concedes|saying|replied|responded|recalled|wrote|writes|posted|tweeted|"
    # a court report's credit: "The court heard from prosecutor Imogen Clay that ..."
    r"(?:court|jury|jurors|tribunal|inquest|hearing|inquiry|magistrates) heard|heard from|"
    r"announcing|noting|adding|telling|insisting|warning|arguing|admitting|acknowledging|alleging|"
    r"acknowledges|pointed out|points out|remarked|commented|testified|disclosed|revealed|reveals?|"
    r"reiterated|emphasi[sz]ed|complained|cautioned|signalled|signaled|accused|blamed|blames?|"
    r"blaming|attributes|attributed|attributing|"
    # the speaker's view named without a verb: "In his view, the council should ..."
    # (round 92), "in her opinion", "as he sees it"
    r"in (?:his|her|their|its) (?:view|opinion|words)|as (?:he|she|they) (?:sees?|puts?) it|"
    # ... or the person's name: "For Miguel Serrano, a demographer at ..., immigration is
    # stabilising" (round 223)
    r"(?-i:For\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*(?=,))|"
    # an appeal is the appealer's ("Police have asked anyone who ...", round 95)
    r"asked|asks|appealed|appeals|appealing|"
    r"fumed|raged|ranted|threatened|branded|slammed|blasted|boasted|bragged|whined|"
    r"informed|informs|briefed|assured|reminded|advised|notified|answered|according|"
    # "said the ruling sent a message" -> "spoke of a signal" (round 63); "which says it
    # represents" -> "which describes itself as"; "said she hoped" -> "expressed hope";
    # "according to the constitution" -> "under the constitution" (round 68)
    r"(?:spoke|speaks|talked|talks) (?:of|about)|"
    r"(?:describes?|described|calls?|called) (?:itself|themselves|himself|herself)|"
    # ("said it was disappointed" -> "voiced disappointment", round 242)
    r"(?:express|voic)(?:ed|es|e)? (?:the |its |their |his |her )?(?:hope|concern|regret|"
    r"confidence|doubts?|fears?|disappointment|frustration|anger|surprise|satisfaction)|"
    r"under (?:the )?(?:constitution|law|rules|treaty|terms|agreement|accord)|"
    # "In the weather service's view, the heatwave fits ..." (round 73)
    r"in (?:the )?[\w' ]{1,40}?(?:'s|’s|s') (?:view|opinion|words|assessment|estimate|account)|"
    # findings are attributed too: "the study concluded" ("found" is left out: "the union
    # claimed" -> "inspectors found" is a claim given to another source, tests/data)
    r"concluded|concludes|calculated|measured|observed|"
    # ... and a court's own finding, taken from the court below: "said the lower court had
    # correctly found that" -> "agreed with the lower court's finding that" (round 230)
    r"(?:agreed|agrees|concurred|concurs) with|"
    # an estimate credited to whoever made it: "the association put turnout at 71%"
    # ... or a rank: "tables published on October 2 put the university in 61st place"
    # (the thing counted may be long: "put the number of additional jobs at parts makers
    # ... at around 3,500", round 98)
    # ... "put their value at between €250,000 and €400,000" (round 135)
    # ("put the total damage at around EUR 8m", round 220)
    r"puts?(?=\s[^.;]{1,100}?\b(?:at\s+(?:about\s+|around\s+|some\s+|between\s+)?"
    r"(?:[$€£]|(?:EUR|USD|GBP)\s?)?\d"
    r"|in\s+\d+(?:st|nd|rd|th)\s+place)))\b",
    re.I,
)
# The cues whose loss turns a claim into a stated fact.
ATTRIB = re.compile(
    # "were told to leave" is an instruction, not a source: passive "told" does not count
    # ("has not said whether he will sign" credits no claim to anyone, round 81)
    r"(?<!not )(?<!n't )(?<!never )\b(said|says|(?<!were )(?<!was )(?<!been )(?<!being )told|according to|claimed|claims"
    r"|allege|alleged|alleges|stated|in a statement)\b"
    # the present tense of a plural source: "Prosecutors say Dovlan received ..." (round
    # 230); not a "say" of a modal or infinitive ("declined to say", "would not say")
    r"|(?<!\bto )(?<!n't )(?<!\bnot )(?<!\bwould )(?<!\bcould )(?<!\bwill )(?<!\bdid )"
    r"(?<!\bcan )(?<!\bmay )(?<!\bmight )(?<!\bshould )(?<!\bmust )(?<!\bdo )(?<!\bwe )"
    r"(?<!\bI )(?<!\byou )\b(?<=\w )say\b(?!\s+(?:so|no|yes|goodbye|sorry|hello)\b)"
    # a speech verb with its clause: "he added that the stoppage could cost ..." ("added"
    # alone may be a count: "the company added 300 jobs")
    r"|\b(?:added|adds|noted|notes|warned|warns|explained|stressed|insisted|argued|estimated"
    r"|predicted|acknowledged|conceded)\s+that\b"
    # an estimate with its clause: "the union estimates the plan would cut 600 jobs" ("an
    # estimated 600", "was believed to" are no one's claim)
    r"|(?<!\ban )(?<!\bthe )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"
    r"\b(?:estimates|estimated|reckons|reckoned|calculates|calculated)(?=\s+(?:that\s+)?"
    r"(?:the|it|its|their|there|this|these|those)\b)"
    # "No deaths have been reported." names no source either: passive "reported" is out
    r"|(?<!were )(?<!was )(?<!been )(?<!being )(?<!be )(?<!was first )(?<!were first )"
    r"\breported\b(?=\s+that|\s*[,.]|$)"
    # a claim resting on figures: "seven homes have been destroyed, preliminary figures
    # suggest" (a hedge and a source at once)
    r"|\b(?:figures|data|estimates|results|evidence|findings)\s+(?:suggest|suggests|indicate"
    r"|indicates)\b"
    # a cause someone gives: "the report blames the delay on old mine workings",
    # "officials attributed the outage to a cable fault" -> "the delay is due to ..."
    r"|\b(?:blames?|blamed|attributes|attributed)\b(?=[^.;]{1,80}?\b(?:on|to)\b)"
    # a study's or a writer's words: ", the authors wrote." or "they wrote that" ("wrote a
    # letter" is no source)
    r"|(?<=, )(?:the\s+|a\s+|its\s+)?(?:[\w'-]+\s+){0,4}(?:wrote|writes)(?=\s*[.,;]|\s*$)"
    r"|\b(?:wrote|writes)\s+that\b",
    re.I,
)
AGENCY = re.compile(
    r"\b(Reuters|AFP|Agence France-Presse|AP|Associated Press|Bloomberg|Xinhua|TASS|"
    r"state media|state television)\b"
)
AGENCY_CREDIT = re.compile(
    r"(?:\b(?:told|to|by|from|according to|cited by|quoted by)\s+(?:the\s+)?"
    + AGENCY.pattern
    + r")|(?:"
    + AGENCY.pattern
    + r"\s+(?:reported|said|learned|quoted|cited))"
)
SUBJ_CUE = re.compile(
    # (with the short form it defines: "the Estovian Athletics Federation (EAF) said")
    r"(?:\b[A-Za-z][\w.'-]*\s+){1,4}(?:\([A-Z]{2,8}\)\s+)?"
    r"(?:said|says|say|told|reported|blames?|blamed|attributes|attributed)\b"
)
ACCORDING = re.compile(r"according to ((?:[\w.'-]+\s*){1,4})", re.I)

# A speaker announcing its own plan ("the operator said it would add buses"): the copy
# that says "the operator plans to add buses" still names whose plan it is.
OWN_PLAN = re.compile(
    # (the speaker capitalised, or a common noun after its capitalised article: "The town
    # council said it would set up a support centre", round 51)
    # ("The 11-member group said after a meeting in Port Ennisfar that it would cut",
    # round 72)
    # ("The inquiry, chaired by retired judge Sabine Koll, has said it will publish",
    # round 187: its apposition and perfect tense)
    # ("The bank also said it would reduce": the adverb is not the speaker's, round 244)
    r"(?P<who>\b[A-Z][\w.'-]*(?:\s+(?!(?:also|again|later)\b)[\w.'-]+){0,3})"
    r"(?:,[^,.;\"]{1,60},)?\s+(?:(?:also|again|later)\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:said|says|told [\w ]{1,30}?)"
    r"(?:\s+(?:after|at|in|on|following|during)\b[^.;,\"]{1,50}?\s+that)?\s+(?:that\s+)?"
    r"(?:(?:it|they|he|she|we)\s+(?:would|will|plans?|planned|intends?|intended|expects?|expected"
    r"|hopes?|hoped|(?:is|was|are|were) (?:planning|going|due|set))\b"
    # (what it gives its people: "The company said affected workers would receive
    # severance pay", round 195)
    r"|(?P<gives>(?:(?:the|its|all|affected)\s+){1,2}(?:workers|employees|staff|customers"
    r"|passengers)\s+(?:would|will)\s+(?:receive|get|be offered|be paid|be given)\b))"
)

PLAN = re.compile(
    r"\b(?:would|will|plans?|planned|intends?|intended|(?:is|are|was|were) (?:due|set|expected|"
    r"scheduled) to)\b"
)

# "the court found that ...", and a finding credited to its study: "a survey by the
# chamber found 54% were opposed" keeps the attribution of "54% of members said"
FOUND_THAT = re.compile(
    r"\bfound that\b|\b(?:survey|study|poll|report|research|analysis|census|review|audit"
    r"|inquiry|investigation|data|figures|statistics)(?:\s+(?:by|from|of|for)\s+[^,.;]{1,60}?)?"
    r"\s+(?:found|finds|showed|shows|revealed|reveals)\b"
    # "Under figures the utility released after the vote, ..." (round 88)
    r"|\b(?:figures|data|statistics|numbers)\b[^.;]{0,40}\b(?:released|published|issued)\b",
    re.I,
)
# A cue verb as a bare participle before a figure or an infinitive: "winds estimated at
# 125 mph", "a crowd expected to top 10,000" name no one who said it.
# A quote introduced by its speaker and a colon attributes it with no speech verb:
# 'Pryce put it this way: "A bonus gets people through the door..."' (round 54)
INTRODUCED = re.compile(r"\b[A-Z][\w'’-]+\b[^.;:\"“”]{0,40}:\s*[\"“‘']")
UNCREDITED = re.compile(r"(?:estimated|expected|believed|thought)\s+(?:at|to)\b", re.I)

# (and a concession: "Falkvist acknowledged that the pension increase was fully funded"
# for the minister's "said", round 180)
SUBJ_VERB = re.compile(
    r"\b(?:said|says|told|reported|announced|confirmed|estimated|estimates|acknowledged"
    # (not a plea: "Martin Selby, 54, of Eastcliffe Road, admitted fraud", round 87)
    r"|acknowledges|(?:admitted|admits)(?=\s+that\b)|conceded|concedes)\b"
)


def kept(
    claim: str, copy: str, share: float = 0.6, *, capitalised: bool = False, least: int = 2
) -> bool:
    """Most content words of the attributed ``claim`` (``share`` of them, and at least
    ``least`` words to judge by) are in the copy; ``capitalised`` words count too when
    asked."""
    words = {
        w.lower()
        for w in WORD.findall(claim)
        if len(w) > 3 and (capitalised or not w[:1].isupper()) and not CUES.fullmatch(w)
    }
    if len(words) < least:
        return False
    have = set(word_keys(copy))
    return sum(1 for w in words if present(w, have)) / len(words) >= share


# A close pair (one sentence each side, aligned closely) keeps its claim with fewer of its
# words: a paraphrase changes most of them, but the claim is still there to be found.
CLOSE_KEPT = 0.4


CREDIT_PHRASE = re.compile(r"\baccording to [^,.;:]{0,80}", re.I)


def close_kept(p: Pair, claim: str, merged: bool = False) -> bool:
    """The copy sentence of a close pair keeps ``claim`` (with ``merged``, also the copy
    sentence of a merged pair, ``claim`` then being one of its source sentences)."""
    # the claim without its credit: "according to the county fire service" or
    # "investigators said" is what the copy dropped, not a sign that it dropped the
    # claim; a short claim ("Nobody was injured") may open with its only capitalised
    # content word
    bare = SUBJ_CUE.sub(" ", CREDIT_PHRASE.sub(" ", claim))
    close = p.close or (merged and len(p.s_idx) > 1)
    return close and kept(bare, p.c_plain, CLOSE_KEPT, capitalised=True, least=1)


# "claimed" that is not a speech verb: "the drought claimed more elephants", "claimed
# responsibility", "claimed the title"
_CLAIMED_OTHER = re.compile(
    r"\bclaim(?:ed|s)\s+(?:the\s+|a\s+|more\s+|at\s+least\s+)?(?:lives?|\d|[a-z]+\s+lives|"
    r"responsibility|victory|title|seat|win|more|dozens|hundreds|thousands|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.I,
)
# A cue word used as a noun: "insurance claims are expected", "reports of shelling"
_NOUN_CUE = re.compile(
    r"\b(?:claims|reports|estimates|forecasts)\b(?=\s+(?:are|were|have|had|will|would|could"
    r"|may|might|of|for|from|about|against|by|over|on|worth|and|or)\b|\s*[,.;:)]|\s*$)"
    # ... or after a word that makes it one: "civil claims to claw back", "their claims"
    r"|\b(?:civil|legal|insurance|compensation|damages|injury|asylum|land|territorial"
    r"|the|these|those|such|any|no|their|its|his|her|our|new|false|unfounded|similar"
    r"|outstanding|pending)\s+(?:claims|reports|estimates|forecasts)\b",
    re.I,
)


# "admitted" as a plea or an admission to hospital: "having admitted fraud", "admitted
# two counts of theft", "was admitted to hospital" (round 24: read as a loaded "said")
_ADMITTED_OTHER = re.compile(
    r"\badmit(?:ted|s)?\s+(?:to\s+)?(?:hospital\b|the\s+hospital\b|intensive\s+care\b|"
    r"(?:[\w-]+\s+){0,3}?(?:charges?|counts?|fraud|theft|manslaughter|murder|assault|"
    r"offen[cs]es?|guilt|liability|wrongdoing|possession|stealing|burglary|robbery|"
    r"drink-driving|causing|breach(?:ing)?)\b)"
    # ... or patients taken into hospital: "more patients admitted with dehydration" (round 114)
    r"|\b(?:patients|people|children|others)\s+(?:were\s+|being\s+)?admitted\b"
    # ... or anything taken in: "have also been admitted", "the birds admitted" (r191)
    r"|\b(?:been|be|being|birds|animals)\s+admitted\b"
    r"|\badmitted\s+(?:with|for)\s+(?:[\w-]+\s+){0,3}?(?:exhaustion|dehydration|injuries"
    r"|burns|symptoms|treatment|observation|breathing)\b",
    re.I,
)


# words that follow a cue without saying anything: "police said on Monday in a statement"
_CUE_TAIL = frozenset(
    "on in at a an the late early this last yesterday today tonight statement told reporters "
    "journalists news conference briefing interview with monday tuesday wednesday thursday "
    "friday saturday sunday morning afternoon evening night week".split()
)


def claim_of(text: str) -> str:
    """The attributed part of a sentence: what follows its cue ("X, which is 60% owned by
    Y, said it would appeal"), or what precedes a cue at the end, less the speaker
    ("..., investigators said"). A copy that keeps only the speaker's description kept no
    claim of theirs (round 33)."""
    cue = ATTRIB.search(text)
    if cue is None:
        return text
    before, after = text[: cue.start()], text[cue.end() :]
    if cue.group().lower() == "according to":
        _credit, comma, rest = after.partition(",")
        if comma and WORD.search(rest):
            return rest
    elif len([w for w in WORD.findall(after) if w.lower() not in _CUE_TAIL]) >= 2:
        return after
    head, comma, _speaker = before.rpartition(",")
    return head if comma and WORD.search(head) else before


def speech_only(text: str) -> str:
    """``text`` without the cue words that are no speech there."""
    return _ADMITTED_OTHER.sub(" ", _NOUN_CUE.sub(" ", _CLAIMED_OTHER.sub(" ", text)))
