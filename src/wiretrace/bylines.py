"""The lines of a page that say who wrote a story and when: bylines (``By Jane Doe``,
``Analysis by ...``, a bare name over a time stamp), time stamps (``Updated 14 June 2024``,
``3 hours ago``) and mastheads that put the outlet, the date and the byline on one line.
:mod:`wiretrace.clean` decides where these shapes are looked for (a page's head and foot);
:mod:`wiretrace.pagedate` reads a date out of the stamps."""

from __future__ import annotations

import re

_MONTHS = (  # in any case: "14 Aprile 2026", ANSA's "POMPEI, 14 APR -" (round 89)
    r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # the wire datelines of AFP, EFE, dpa, ANSA and Lusa: "PARIS, 16 avril (AFP) -"
    r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|Januar|Februar|März|Juni|Juli|Oktober|Dezember"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|januari|februari|maart|april|mei|juni|juli|augustus|oktober"  # Dutch (ANP)
    # their abbreviations: "MADRID, 14 abr (Reuters) -", "BERLIN, 03. Mär (Reuters) -"
    r"|ene|abr|ago|dic|Mär|Mai|Okt|Dez|janv|févr|avr|juil|déc"
    r"|jan|fév|mar|jun|jul|aoû|sept|oct|nov)\.?"  # AFP in French: "18 nov 2025"
)
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"
# "Nov 13", "November 13, 2025", "13 Nov 2025", "3 March", "2025-11-13"
DATE = (
    rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+{_MONTHS}(?:,?\s+\d{{4}})?"
    # Spanish and Portuguese: "3 de abril de 2024"
    rf"|\d{{1,2}}\s+de\s+{_MONTHS}(?:\s+de\s+\d{{4}})?"
    # (and the dotted day first of European sites: "30.09.2026", round 125)
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})"
)
_TIME = r"(?:\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?)"
_TZ = r"(?:[A-Z]{2,5}|GMT[+-]\d{1,2}|UTC[+-]\d{1,2}|[+-]\d{2}:?\d{2}|Uhr)"  # "06:00 Uhr"

# A line that is only a date and/or time, optionally labelled.
_TIMESTAMP = re.compile(
    rf"^(?:(?:Updated|Published|Posted|Last updated|First published|Publié|Mis à jour"
    rf"|Publicado|Actualizado|Veröffentlicht|Aktualisiert|Pubblicato|Aggiornato|Atualizado"
    rf"|Gepubliceerd|Bijgewerkt)\s*(?:on|at|le|el|am|il|em|op)?\s*:?\s*)?"
    rf"(?:{_WEEKDAY}\s+)?"
    # the place before it, on Italian and Spanish pages: "POMPEI, 14 aprile 2026, 12:36"
    r"(?:[A-Z][A-Z'.-]+(?:\s[A-Z][A-Z'.-]+){0,2},\s*(?=\d))?"
    # (the hour's word: "29 gennaio 2024, ore 18:20", "às 14h30", "om 09:15")
    rf"(?:{DATE}(?:\s*(?:at|à|a las|um|,|-|\||·|•)?\s*(?:ore|alle|às|om|kl\.)?\s*{_TIME})?"
    rf"|{_TIME})(?:\s*{_TZ})?"
    # ", February 11, 2026" after a time: AP's "Updated 3:47 PM GMT+1, February 11, 2026"
    # ... and the ABC's "Posted Mon 13 Oct 2025 at 11:42am, updated Mon 13 Oct 2025 at
    # 4:05pm" (round 212)
    rf"(?:\s*(?:Updated|\||,)?\s*(?:updated\s+)?(?:{_WEEKDAY}\s+)?(?:{DATE})?"
    rf"(?:\s*,?\s*(?:at\s+)?{_TIME})?(?:\s*{_TZ})?)?"
    # ... and Reuters' "November 13, 2025 4:46 AM EST Updated 2 hours ago"
    r"(?:\s*(?:Updated|\|)\s*(?:\d+|an?|one)\s+(?:mins?|minutes?|hours?|hrs?|days?)\s+ago)?\s*$"
)
# ... "Actualizado hace 1 hora", "mis à jour il y a 2 heures", "aktualisiert vor 3
# Stunden", and the reading time in those languages (round 74)
_RELATIVE_ABROAD = re.compile(
    r"^(?:(?:Actualizado|Publicado|Mis à jour|Publié|Aktualisiert|Veröffentlicht|Aggiornato"
    r"|Atualizado)\s+)?(?:hace|il y a|vor|há)\s+(?:\d+|una?|un|une|einer?|einem)\s+"
    r"(?:minutos?|horas?|días?|minutes?|heures?|jours?|Minuten?|Stunden?|Tag(?:en)?|dias?)"
    r"(?:\s+fa)?\s*$"
    r"|^(?:Lectura|Tiempo de lectura|Temps de lecture|Lesezeit|Lettura|Tempo di lettura|Leitura"
    r"|Tempo de leitura)\s*:?\s*\d+\s*(?:min\.?|minut[oie]s?|Minuten)\s*$"
    r"|^\d+\s*min\.?\s+(?:de lectura|de lecture|Lesezeit|di lettura|de leitura)\s*$",
    re.IGNORECASE,
)
# A short label beside the stamp on a page's meta line: "ActualidadYa24 | Política | 22
# de mayo de 2025 | Lectura: 3 min" (the outlet, the section)
# (not a byline: "By Corinne Adeyemi | The Willamette Register | May 15, 2024" is the
# masthead's, read by ``masthead``)
_LABEL = re.compile(r"^(?!(?:By|Por|Par|Von|Door|Posted|Written)\b)[\w&'’-]+(?:\s+[\w&'’-]+){0,3}$")
_RELATIVE_TIME = re.compile(
    r"^(?:(?:Updated|Published|Posted|Last updated)\s*:?\s*)?"
    r"(?:\d+|an?|one)\s+(?:seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?)\s+ago\s*$"
    r"|^\d+\s+min(?:ute)?s?\s+read\s*$",  # the reading time a page puts beside its stamp
    re.IGNORECASE,
)
# "By Reuters", "By Jane Doe and John Roe", "By JANE DOE, Associated Press", "By Jane Doe | Reuters"
_NAME = r"(?:[A-Z][\w'.\-]*|[A-Z]{2,}|al-\w+|bin|van|von|de|da|del|la|le)"
_BYLINE = re.compile(
    # "Analysis by Jane Doe, Economics Correspondent": a kind of piece before the "by"
    r"^(?:(?:Analysis|Comment|Commentary|Opinion|Review|Interview|Words|Story|Report|Text"
    r"|Written|Reported|Photos?|Video|Posted)\s+by|By|Par|Por|Von|[Dd]i|Door"
    r"|Author|Autor|Auteur)"  # ("Author: Dalia Vennemark", round 223)
    rf":?\s+(?P<who>{_NAME}(?:\s+{_NAME}){{0,4}}"
    rf"(?:\s*(?:,|and|with|avec|con|y|mit|und|&|\||·|-|—|–)\s*{_NAME}(?:\s+{_NAME}){{0,4}}){{0,4}})"
    # "By Meridian Press staff", "By NTT newsdesk" (round 156)
    r"(?:\s+(?:staff|reporters?|correspondents?|writers?|desk|newsdesk|newsroom|team))?"
    # the writer's role in lower case: "By Thomas Rydberg, senior editor" (round 156)
    r"(?:,\s+(?:[a-z]+\s+){0,3}(?:editor|correspondent|reporter|writer|columnist|contributor))?"
    # "By Courier staff and wire services": a republisher's credit, kept in the byline
    r"(?:\s*(?:,\s*(?:and|with)?|and|with|&)\s+(?P<credit>wire services?|wires|(?:news )?agencies|agency reports?))?"
    # where the reporter was: "By Sam Whitcombe at Queen's Club", "... in Lagos" (round 94)
    # ("Posted by Bulletin Desk in Hospitals, Norrow Valley": a section, then the region,
    # round 226)
    r"(?:\s+(?:at|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?)?"
    r"\s*$"
)
# A credit line on its own: "Staff and agencies", "From wire reports", "With inputs from PTI".
_CREDIT_BYLINE = re.compile(
    r"^(?:(?:Staff|Reporters|Our correspondents?)\s+(?:and|with)\s+agencies|(?:From\s+)?wire reports"
    r"|With (?:agency inputs|inputs from [A-Z][\w.&-]*(?:\s+(?:and\s+)?[A-Z][\w.&-]*){0,3})"
    # a syndicated writer's credit: "Special to CourtSide" (round 94)
    r"|Special to (?:the )?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}"
    # a desk or staff credit in lower case: "By our markets desk", "By a staff reporter"
    r"|By\s+(?:our|a|an|the)\s+(?:[a-z]+\s+){0,3}?(?:desk|newsdesk|staff|staffer|reporters?"
    r"|correspondents?|team|newsroom|writers?|editors?))$",
    re.IGNORECASE,
)
# A desk's credit on its own line, with no "By": "Harlowmere Business Desk", "Web Desk",
# "Sports Newsdesk" (round 46); a capitalised name of at most five words, then the desk.
_DESK_BYLINE = re.compile(
    r"^(?:[A-Z][\w'&.-]*\s+){0,5}(?:Desk|Newsdesk|News Desk)$"
    # ... and the newsroom's own credit abroad: "Redazione ANSA", "Redacción" (round 89)
    r"|^(?:Redazione|Redacción|Rédaction|Redaktion|Redação|Redactie)(?:\s+[A-Z][\w.&'-]*){0,3}$"
)
# The Nordic agencies' byline: the reporter, a slash, the agency in capitals ("Elin
# Bergqvist/TT", round 44), which the head would otherwise read as a breadcrumb.
_NAME_SLASH_AGENCY = re.compile(
    r"^(?P<who>[A-ZÅÄÖÆØÜ][\w'-]+(?:\s+[A-ZÅÄÖÆØÜ][\w'-]+){1,3})\s*/\s*[A-ZÅÄÖÆØ]{2,6}$"
)
# A line ending in a photo credit: the agency in capitals with a slash-separated photographer,

_ROLE_AFTER = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,4}(?:editor|correspondent|reporter|writer|columnist|contributor)"
    r"(?=\s*,\s*and\b|\s+and\b|\s*$)"
)
# A byline run together with the page's timestamp: "By Newsdesk | Updated 11 February 2026".
_BYLINE_STAMP = re.compile(
    r"^(?P<by>(?:By|Par|Por|Von|Di|Door):?\s+[^|·\n]{2,80}?)\s*[|·]\s*(?P<stamp>[^\n]{4,80})$"
)


def is_timestamp(text: str) -> bool:
    """A date and/or time line, also several joined by bars ("Published: 09/09/2025 14:32
    GMT | Updated 2 hours ago")."""
    if len(text) > 120:
        return False
    # (with its credit after it: "Posted 20/02/2026 at 14:31 by RegionWire Staff", r240)
    text = re.sub(r"\s+by\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}$", "", text)
    parts = [p.strip() for p in text.split(" | ")]
    stamps = [
        len(part) <= 80
        and bool(
            _TIMESTAMP.match(part) or _RELATIVE_TIME.match(part) or _RELATIVE_ABROAD.match(part)
        )
        for part in parts
    ]
    if all(stamps):
        return True
    # ... or a meta line: the outlet and section beside a date (not a lone label and time)
    return (
        len(parts) >= 3
        and any(_TIMESTAMP.match(p) for p, ok in zip(parts, stamps, strict=True) if ok)
        and all(ok or _LABEL.match(p) for p, ok in zip(parts, stamps, strict=True))
    )


def byline_names(text: str) -> str | None:
    """The names of a byline line, or None. ``By Tuesday the army ...`` is not one: every
    word must be capitalised (or a name particle) and there is no sentence punctuation.
    A timestamp after a bar (``By Jane Doe | Updated 11 February 2026``) may follow."""
    if len(text) > 160 or text.endswith((".", "?", "!")):
        return None
    joined = _BYLINE_STAMP.match(text)
    if joined and is_timestamp(joined.group("stamp")):
        text = joined.group("by").strip()
    if len(text) > 120:
        return None
    if _CREDIT_BYLINE.match(text):
        return text
    # each writer's role after their name, with the place or beat it covers: "By Anouk
    # Delacroix-Bell, Employment reporter, and Rafe Castellanos, Business reporter" (round
    # 232), "By Imogen Tashkent, Norrow Valley health reporter" (round 226)
    text = re.sub(r",\s+and\s+", " and ", _ROLE_AFTER.sub("", text))
    nordic = _NAME_SLASH_AGENCY.match(text)
    if nordic:
        return nordic.group("who")
    m = _BYLINE.match(text)
    if not m:
        return text if _DESK_BYLINE.match(text) else None
    return m.group("who").strip() + (f"; {m.group('credit')}" if m.group("credit") else "")


# A masthead line: the outlet, the date and the byline on one line, set apart by bars or
# dashes ("AgTech Ledger — June 4, 2024 — By Ledger Staff", "By Jane Doe | The Register |
# May 15, 2024", "Brackwell Now | Posted March 11, 2024 at 2:15 p.m.").
MASTHEAD_SEP = re.compile(r"\s+[|—–·]\s+|\s+-\s+")
_OUTLET = re.compile(r"^[A-Z][\w'&.-]*(?:\s+(?:[A-Z][\w'&.-]*|of|the|and|&|de|la|du)){0,5}$")
_STAFF_CREDIT = re.compile(
    r"^(?:(?:staff|reporters?)(?:\s+and\s+(?:wire|agency|news agency)\s+reports|\s+and\s+agencies)?"
    r"|(?:from\s+)?(?:wire|agency)\s+reports|wire services?)$",
    re.IGNORECASE,
)


def masthead(text: str) -> tuple[str, str | None] | None:
    """(reason, byline names) of a masthead line, or None. Every part must be a byline, a
    time stamp, a staff credit or an outlet's name, and one a byline or a time stamp."""
    if len(text) > 160 or (text.endswith((".", "?", "!")) and not text.endswith(("a.m.", "p.m."))):
        return None
    parts = MASTHEAD_SEP.split(text.strip())
    if not 2 <= len(parts) <= 4:
        return None
    who: str | None = None
    stamped = False
    for part in parts:
        if (names := byline_names(part)) is not None:
            who = who or names
        elif is_timestamp(part):
            stamped = True
        elif _STAFF_CREDIT.match(part):  # "Staff and wire reports": the republisher's credit
            who = who or part
        elif not (len(part) <= 60 and _OUTLET.match(part)):
            return None
    if who is None and not stamped:
        return None
    return ("byline" if who else "timestamp"), who


_BARE_NAME = re.compile(rf"^{_NAME}(?:\s+{_NAME}){{1,3}}$")
# The words of outlets' names, which no person's name has: such a line is no byline
# ("MidWest Health Bulletin" over the page's date, round 226), and such a byline is no
# person's signature (credits.signed: "Harlow Bay Today", "FootyBuzz Hub").
OUTLET_WORDS = (
    "Bulletin|News|Times|Post|Herald|Gazette|Journal|Daily|Tribune|Chronicle|Courier|Online"
    "|Media|Press|Radio|TV|Broadcasting|Weekly|Observer|Record|Express|Wire|Today|Hub|Brief"
    "|Network|Digital|Report|Watch|Insider|Ledger|Dispatch|Examiner|Telegraph"
)
_OUTLET_WORDS = re.compile(rf"\b(?:{OUTLET_WORDS})\b")


def is_bare_name(text: str) -> bool:
    """A person's name alone on a line ("Roberto Villalba"): a byline without its "By",
    read as one only where a time stamp follows it."""
    return (
        len(text) <= 40
        and bool(_BARE_NAME.match(text))
        and not any(c.isdigit() for c in text)
        and not _OUTLET_WORDS.search(text)
    )


def is_byline(text: str) -> bool:
    """``text`` is a whole byline line (``By Jane Doe``, ``Staff and agencies``)."""
    return byline_names(text) is not None
