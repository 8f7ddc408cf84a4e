"""Agency credits: which news agency an article names as the source of its material
("according to Reuters", "Source: Cressaly Press Agency", "Staff and agencies"), and
which agency its dateline names. Direction reads a credit as the mark of a copy; the
verdict reads a credit naming the other article's agency as a derivation the wording may
hide (an aggregator's summary, round 62).
"""

from __future__ import annotations

import re

from .acronyms import spelled_out
from .article import Article
from .bylines import OUTLET_WORDS

# News agencies in Latin script, and any "... Press" credit in capitals ("Meridian
# Press"): a staff credit never reads so. Read by the credit pattern below and by the
# wire marks (AGENCY_NAME).
_AGENCIES = (
    r"Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|dpa|EFE|ANSA|Xinhua"
    r"|PTI|ANI|IANS|APP|UPI|Kyodo|Yonhap|TASS|Anadolu|Wire|AAP|PA|PA Media|Press Association|CP"
    r"|Canadian Press|Europa Press|Bernama|Interfax|Antara|KUNA|WAM|IRNA|RIA Novosti|NHK|UNI"
    r"|APA|Belga|ANP|NTB|Lusa|PAP|CTK|MTI|BTA|Agerpres|Ukrinform|Notimex|Télam|NAN|SANA|MENA"
    r"|Newswire|News Agency|Press Agency|Agencia|Agenzia|Agentur|新华社|中新社|中国新闻社"
    r"|(?-i:[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2}\s+Press)"
)
_AGENCY_CREDIT = re.compile(
    r"\b(?:according to|told|reported by|said in a statement to|cited by|via)\s+"
    r"(?:the\s+)?(?P<a>" + _AGENCIES + r")\b"
    r"|\b(?P<b>" + _AGENCIES + r")\s+(?:reported|said|reports)\b"
    # a source line under a republished story: "Source: Reuters", German, Spanish, Italian
    r"|^[\d\-: \u3000]{0,20}(?:Source|Quelle|Fuente|Fonte|Mit Material von|来源)\s*[:：]?\s*"
    r"(?P<c>" + _AGENCIES + r")\b"
    # "This article was syndicated from The Ledger Wire" (round 165)
    r"|\b(?:syndicated|republished|reproduced) (?:from|with permission (?:from|of))\s+"
    r"(?:the\s+)?(?:[A-Z][\w&.-]+\s+){0,2}(?P<d>" + _AGENCIES + r")\b",
    re.IGNORECASE | re.MULTILINE,
)


# A byline that credits agencies in general ("Staff and agencies", "Courier staff and wire
# services", "with agency reports") is a republisher's: an agency signs with its own name.
GENERIC_CREDIT = re.compile(
    r"\b(?:wire services?|wires|wire reports|(?:news )?agencies|agency (?:reports?|inputs)"
    r"|inputs from)\b",
    re.IGNORECASE,
)


_STAFF = re.compile(r"\bstaff\b", re.IGNORECASE)
_BYLINE_PARTS = re.compile(r"\s*(?:[;,|]|\band\b|\bwith\b)\s*", re.IGNORECASE)


def credits_agency(art: Article) -> bool:
    """The article credits a news agency for its material ("according to Reuters", "told
    AFP" in a copy, "Source: Reuters"). An agency's own story that says "she told AFP" is
    its reporting, not a credit: a credit naming the agency of the article's own
    dateline does not count."""
    if art.byline and GENERIC_CREDIT.search(art.byline):
        return True
    # the paper's staff beside a named agency ("Courier staff; Meridian News Agency"): a
    # republisher's joint credit, as an agency signs alone ("By Reuters Staff")
    parts = _BYLINE_PARTS.split(art.byline or "")
    if any(_STAFF.search(x) and not AGENCY_NAME.search(x) for x in parts) and any(
        AGENCY_NAME.search(x) for x in parts
    ):
        return True
    own = (art.dateline.agency or "").lower() if art.dateline else ""
    # a "Source: Reuters" line may have been cleaned off as furniture: read those too
    text = "\n".join([art.text, *(r.text for r in art.removed)])
    for m in _AGENCY_CREDIT.finditer(text):
        named = (m.group("a") or m.group("b") or m.group("c") or m.group("d") or "").lower()
        if not own or named not in own:
            return True
    return False


# News agencies, in Latin script and in Urdu (APP, NNI, INP, AFP, Reuters, "agencies"). A
# dateline credit that names none of them is the paper's own staff ("(Staff Reporter)",
# Urdu "(سپورٹس رپورٹر)", sports reporter), which marks a newspaper story, not a wire one.
AGENCY_NAME = re.compile(
    r"\b(?:" + _AGENCIES + r")\b|اے پی پی|این این آئی|آئی این پی|اے ایف پی|رائٹرز|ایجنسی",
    re.IGNORECASE,
)


RIVAL_AGENCIES_CONFIDENCE = 0.7
_NOT_AN_AGENCY = re.compile(r"\b(?:staff|reporter|correspondent|desk|bureau)\b", re.IGNORECASE)


def rival_agencies(a: Article, b: Article) -> tuple[str, str] | None:
    """The two agencies when each article carries a dateline credited to a different one
    and neither credits an agency for its material; None otherwise."""
    names = [x.dateline.agency if x.dateline else None for x in (a, b)]
    if not all(names) or any(_NOT_AN_AGENCY.search(n or "") for n in names):
        return None
    x, y = (n or "" for n in names)
    if x.casefold() in y.casefold() or y.casefold() in x.casefold():
        return None
    if credits_agency(a) or credits_agency(b):
        return None
    return x, y


# A credit names its source after a cue ("according to", "Source:", "told") or before a
# verb of reporting ("Harbinet reported"). The name: up to five capitalised words.
_NAME = r"(?P<name>[A-Z][\w&.'-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+)?[A-Z][\w&.'-]*){0,4})"
_CREDIT_CUE = re.compile(
    r"(?:\b(?:[Aa]ccording to|told|[Rr]eported by|cited by|via|[Cc]ourtesy of"
    r"|(?:[Ww]ith\s+)?(?:additional\s+)?(?:reporting|material|information) (?:from|by))"
    r"|^\W{0,3}(?:Source|Sources|Quelle|Fuente|Fonte|Mit Material von)\s*:)"
    r"\s+(?:the\s+)?" + _NAME,
    re.MULTILINE,
)
_CREDIT_VERB = re.compile(
    r"(?:^|[,;(]\s*|\bthe\s+)" + _NAME + r"\s+(?:reported|reports|said in a report)\b",
    re.MULTILINE,
)


def _agencies_of(art: Article) -> list[str]:
    """The names an article's material goes by: its dateline's agency, an agency in its
    byline, its outlet."""
    names = []
    if art.dateline and art.dateline.agency and not _NOT_AN_AGENCY.search(art.dateline.agency):
        names.append(art.dateline.agency)
    names += [
        x
        for x in _BYLINE_PARTS.split(art.byline or "")
        if AGENCY_NAME.search(x) and not _STAFF.search(x)
    ]
    if art.outlet:
        names.append(art.outlet)
    # (not a company's own release, whose footer names the company its story is about; an
    # outlet's own reporting, "staff told VBS News", names it too, round 232)
    names += [
        n
        for n in _page_outlets(art)
        if not re.search(rf"(?<!\btold )(?<!\bto )\b{re.escape(n)}\b", art.text, re.I)
    ]
    return [n.strip() for n in names if len(n.strip()) >= 2]


# A scraped page names its outlet in its furniture: the masthead line over the byline
# ("Arden Public Radio" / "By Lena Voss") and the copyright footer ("Copyright 2025
# Arden Public Radio."). A copy that says a person "told Arden Public Radio" credits that
# page's report (round 202: a feature a week later, a quarter of it retold from it).
_COPYRIGHT = re.compile(
    r"^\W*(?:Copyright|©)\s*(?:©\s*)?(?:\d{4}\s+)?"
    r"(?P<name>[A-Z][\w&'-]*(?:\s+(?:of\s+)?[A-Z][\w&'-]*){0,4})"
)
_MASTHEAD = re.compile(r"^[A-Z][\w&'-]*(?:\s+(?:of\s+)?[A-Z][\w&'-]*){1,4}$")
_MASTHEAD_REACH = 5  # removed lines from the masthead to the byline under it


def _page_outlets(art: Article) -> list[str]:
    """The outlet names the page's masthead and copyright lines give."""
    out = []
    removed = sorted(art.removed, key=lambda r: r.start)
    for k, r in enumerate(removed):
        text = r.text.strip()
        if (m := _COPYRIGHT.match(text)) is not None and len(m.group("name").split()) >= 2:
            out.append(m.group("name"))
        elif (
            k == 0
            and r.start == 0
            and _MASTHEAD.match(text)
            # (the byline may come a section label and the headline later: "VBS NEWS",
            # "Business", the title, "By ...", round 232)
            and any(x.reason == "byline" for x in removed[1:_MASTHEAD_REACH])
        ):
            out.append(text)
    return out


def _names_one(credit: str, name: str) -> bool:
    """``credit`` (as written in a credit) is ``name``: the same words, one inside the
    other, or an acronym spelled out ("Cressaly Press Agency" for CPA)."""
    c, n = credit.casefold(), name.casefold()
    if re.search(rf"\b{re.escape(n)}\b", c) or re.search(rf"\b{re.escape(c)}\b", n):
        return True
    return spelled_out(name, credit.split()) or spelled_out(credit, name.split())


def credited_source(copy: Article, source: Article) -> str | None:
    """The credit line of ``copy`` that names ``source``'s agency or outlet as where its
    material came from ("Source: Cressaly Press Agency" under a summary of a CPA story),
    or None. A credit naming the copy's own agency is its reporting ("she told Reuters"
    in a Reuters story), not a credit."""
    theirs = _agencies_of(source)
    own = _agencies_of(copy)
    if not theirs:
        return None
    text = "\n".join([*(s.text for s in copy.sentences), *(r.text for r in copy.removed)])
    for m in (*_CREDIT_CUE.finditer(text), *_CREDIT_VERB.finditer(text)):
        named = m.group("name")
        if any(_names_one(named, n) for n in own):
            continue
        if any(_names_one(named, n) for n in theirs):
            return m.group(0).strip(" ,;(")
    return None


def agency_page(art: Article) -> bool:
    """The page is the agency's own: its masthead (a removed line of a few capitalised
    words) spells the agency its dateline credits ("Sarnic Press Agency" over "DRAVNIK,
    June 15 (SPA) -"). A paper that runs the wire keeps the dateline under its own
    masthead (round 188: the two told apart only by the paper's page furniture)."""
    agency = art.dateline.agency if art.dateline else None
    if not agency or not agency.isupper() or len(agency) < 2:
        return False
    for r in art.removed:
        words = [w for w in re.findall(r"[A-Za-z][\w'-]*", r.text) if w.lower() != "of"]
        spelled = "".join(w[0] for w in words).upper()
        if 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and spelled == agency:
            return True
    return False


# ("By Halvren Live reporter" is the outlet's staff credit, round 192)
_STAFF_AFTER = re.compile(r"\s+(?:staff|desk|newsdesk|newsroom|team|reporters?|writers)\b", re.I)
_UNSIGNED = re.compile(
    r"\b(?:desk|newsdesk|staff|newsroom|team|writers?|service|agency|agencies|editor(?:ial)?s?"
    r"|redazione|redacción|redação|rédaction|redaktion|reporters"
    rf"|{OUTLET_WORDS})\b",  # (an outlet's name as the credit)
    re.I,
)


def signed(art: Article) -> bool:
    """Signed by a person: a byline of two or more capitalised words that is no desk, staff
    or agency credit ("Lucy Amadi, Courts Reporter" is; "Marbridge News Desk" is not)."""
    who = (art.byline or "").split(",")[0]
    words = who.split()
    # (the byline read off "By Regional Roundup staff" is "Regional Roundup", round 99)
    lines = [r.text for r in art.removed if r.reason == "byline" and who and who in r.text]
    return (
        len(words) >= 2
        and not any(_STAFF_AFTER.match(t, t.find(who) + len(who)) for t in lines)
        and all(w[:1].isupper() or w in ("and", "de", "van", "von", "da") for w in words)
        and not any(w.isupper() and len(w) > 1 for w in words)
        and not _UNSIGNED.search(who)
        and not AGENCY_NAME.search(who)
    )
