"""The dateline that opens a story: place, date and agency ("BAMAKO, Nov 13 (Reuters) -",
"WASHINGTON (AP) —", the Urdu agency and newspaper forms). ``clean`` takes it off the
first paragraph and keeps it as metadata; direction reads its agency.
"""

from __future__ import annotations

import re

from .article import Dateline
from .bylines import DATE

# Dateline at the start of the first paragraph.
# English: an upper-case place (optionally ", Country" in title case), then a date and/or an
# agency in parentheses, then a dash. "BAMAKO, Nov 13 (Reuters) -", "WASHINGTON (AP) —",
# "PARIS, 3 March (AFP) -", "SAN JUAN, Puerto Rico, Nov 3 (Reuters) -".
# Letters beyond ASCII: "İZMİR (AA) -", "ŁÓDŹ, 3 marca (PAP) -", "München (dpa) -" (round 89)
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
_LOW = "a-zß-öø-ÿā-žı"
# (two places filed from: "COPENHAGEN/PARIS, March 12 (Reuters) -", round 156)
_PLACE = (
    rf"[{_UP}][{_UP}'.\-]+(?:(?:\s+|/)[{_UP}][{_UP}'.\-]+){{0,3}}"
    rf"(?:,\s+[{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+){{0,2}})?"
)
_DATELINE_EN = re.compile(
    rf"^(?P<place>{_PLACE})"
    rf"(?:(?:,\s+|\s+)(?P<date>{DATE}))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&'\-]{0,40})\))?"
    r"\s*(?:[-\u2013\u2014]{1,2}|:)\s*"
)
# ... or a place in title case, as dpa and some agencies write it, then the agency in
# parentheses (required: a capitalised word and a dash alone open many sentences):
# "Berlin (dpa) -", "Grenlow, 11 February (CPA) --" (round 62)
_DATELINE_TITLE = re.compile(
    rf"^(?P<place>[{_UP}][{_LOW}'\-]+(?:\s+[{_UP}][{_LOW}'\-]+){{0,2}})"
    rf"(?:,\s+(?P<date>{DATE}))?"
    r"\s*\((?P<agency>dpa|[A-Z][\w.&'\-]*(?:\s+[A-Z][\w.&'\-]*){0,3})\)"
    r"\s*[-\u2013\u2014]{1,2}\s*"
)
# ... or the agency first, as ANSA writes it: "(ANSA) - POMPEI, 14 APR -" (round 89)
_DATELINE_AGENCY_FIRST = re.compile(
    r"^\((?P<agency>[A-Z][\w.&'\-]{1,20}(?:\s+[A-Z][\w.&'\-]*){0,2})\)\s*[-\u2013\u2014]{1,2}\s*"
    rf"(?P<place>{_PLACE})(?:,\s+(?P<date>{DATE}))?\s*[-\u2013\u2014]{{1,2}}\s*"
)
# ... or the date and the agency with no place, as Reuters files some stories: "Oct 6
# (Reuters) -" (round 157); the agency is required
_DATELINE_DATE_FIRST = re.compile(
    rf"^(?P<place>)(?P<date>{DATE})\s*"
    r"\((?P<agency>[A-Z][\w.&'\-]*(?:\s+[A-Z][\w.&'\-]*){0,3})\)\s*[-\u2013\u2014]{1,2}\s*"
)
# Colon datelines ("ISLAMABAD: ...", common in South Asian papers) carry no date or agency;
# these capitalised lead-ins are labels, not places.
_NOT_PLACES = frozenset(
    {
        "BREAKING",
        "UPDATE",
        "UPDATED",
        "WATCH",
        "EXCLUSIVE",
        "ANALYSIS",
        "OPINION",
        "EDITORIAL",
        "LIVE",
        "FACTBOX",
        "EXPLAINER",
        "CORRECTION",
        "NOTE",
        "WARNING",
        "ALERT",
        "URGENT",
        "FLASH",
        "NEW",
        "VIDEO",
        "PHOTOS",
        "INTERVIEW",
        "COMMENT",
        "REVIEW",
        "FILE",
        "NATO",
        "COVID",
        "PHOTO",
        "AUDIO",
        "PODCAST",
        "SPONSORED",
        "ADVERTISEMENT",
        "UN",
        "EU",
        "US",
    }
)
# Urdu agency form: "ڈھاکہ ۔ یکم دسمبر (اے پی پی)" = PLACE ۔ DATE (AGENCY); the newspaper form
# "لاہور (سپورٹس رپورٹر)" = PLACE (AGENCY) is accepted only with a known agency word.
_AR = r"\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
_DATELINE_UR = re.compile(
    rf"^\s*(?P<place>[{_AR}][{_AR} ]{{0,30}}?)\s*۔\s*(?P<date>[{_AR}0-9\u06f0-\u06f9 ]{{1,25}}?)"
    rf"\s*\((?P<agency>[^()\n]{{1,30}})\)\s*"
)
_DATELINE_UR_NODATE = re.compile(
    rf"^\s*(?P<place>[{_AR}]+(?:\s*[ /+،]\s*[{_AR}]+){{0,5}})\s*\((?P<agency>[^()\n]{{1,60}})\)\s*"
)
# "لاہور۔۔۔۔۔" (a place and a run of full stops) and "اسلام آباد:" carry the place only.
_DATELINE_UR_PLACE = re.compile(
    rf"^\s*(?P<place>[{_AR}]+(?:[ ،][{_AR}]+){{0,2}})\s*(?:۔{{2,}}|:)\s*"
)
_UR_AGENCY_WORDS = (
    "اے پی پی",
    "ڈیسک",
    "نگار",
    "رپورٹ",
    "لائن",
    "ڈسک",
    "رپوٹر",
    "این این آئی",
    "اے ایف پی",
    "نیو ز",
    "نیوز",
    "رپورٹر",
    "نمائندہ",
    "ایجنسیاں",
    "ایجنسی",
    "مانیٹرنگ",
    "آئی این پی",
    "این این آئی",
)


def _match(text: str, alone: bool = False) -> re.Match[str] | None:
    m = _DATELINE_UR.match(text)
    if m:
        return m
    m = _DATELINE_UR_NODATE.match(text)
    if m:
        return m if any(w in m.group("agency") for w in _UR_AGENCY_WORDS) else None
    m = _DATELINE_UR_PLACE.match(text)
    if m:
        return m
    m = (
        _DATELINE_EN.match(text)
        or _DATELINE_TITLE.match(text)
        or _DATELINE_AGENCY_FIRST.match(text)
        or _DATELINE_DATE_FIRST.match(text)
    )
    if not m or (m.end() >= len(text) and not (alone and (m.group("date") or m.group("agency")))):
        return None
    place = m.group("place")
    has_colon = m.group(0).rstrip().endswith(":")
    if not (m.group("date") or m.group("agency")):
        # place alone: only "ISLAMABAD:" / "NEW YORK —" style, and never a known label
        if place.split(",")[0].strip() in _NOT_PLACES or len(place) < 4:
            return None
        # (or a spaced hyphen after a place in capitals, "HALVERN - Dockworkers ...": a
        # repost that kept the place and dropped the date and credit, round 108)
        dashed = "\u2014" in m.group(0) or "\u2013" in m.group(0)
        if not has_colon and not dashed and not re.search(r"\s-\s", m.group(0)):
            return None
    if has_colon and (m.group("date") or m.group("agency")):
        return None  # "NOTE (Reuters):" etc. are not datelines
    return m


def match_dateline(text: str, *, alone: bool = False) -> tuple[Dateline, int] | None:
    """The dateline at the start of ``text`` and the offset in ``text`` where the prose
    starts, or None. ``alone``: ``text`` may be the dateline and nothing else (a line of
    its own above the story, "RIDGEFORD, June 11 -", round 102), when it has a date or
    an agency."""
    m = _match(text, alone)
    if m is None:
        return None
    groups = m.groupdict()
    date = groups.get("date")
    agency = groups.get("agency")
    dl = Dateline(
        place=m.group("place").strip(" \t۔:،"),
        date=date.strip() if date else None,
        agency=agency.strip() if agency else None,
        text=m.group(0).strip(),
    )
    return dl, m.end()
