"""The publication date a page prints beside its story ("Saturday 11 May 2024",
"Published: 3 March 2025 10:15 GMT | Updated 4 March 2025"), for articles whose record
or page metadata gave none.

The cleaner removes such lines as ``timestamp`` debris (or as the stamp half of a
byline); this module only reads a calendar date out of them. A date is direction
evidence of the first rank (the older text is the source) and tells reports of one event
from a template filled in again months later, so a plain-text copy that prints its date
should not be treated as undated. Only unambiguous dates are read: day, month name and
year, or ISO ``YYYY-MM-DD``. Numeric ``03/04/2025`` is day-first in most of the world and
month-first in the US, so it is left alone; so are relative stamps ("2 hours ago").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from .article import Dateline, Removed
from .bylines import MASTHEAD_SEP

# Month names of the languages whose stamps the cleaner recognises, and their short forms.
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "janvier", "janv", "enero", "ene", "januar", "gennaio", "janeiro", "januari"),
    2: ("february", "feb", "février", "févr", "fév", "febrero", "februar", "febbraio",
        "fevereiro", "februari"),
    3: ("march", "mar", "mars", "marzo", "märz", "mär", "março", "maart"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    5: ("may", "mai", "mayo", "maggio", "maio", "mei"),
    6: ("june", "jun", "juin", "junio", "juni", "giugno", "junho"),
    7: ("july", "jul", "juillet", "juil", "julio", "juli", "luglio", "julho"),
    8: ("august", "aug", "août", "aoû", "agosto", "ago", "augustus"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"),
    10: ("october", "oct", "octobre", "octubre", "oktober", "okt", "ottobre", "outubro"),
    11: ("november", "nov", "novembre", "noviembre", "novembro"),
    12: ("december", "dec", "décembre", "déc", "diciembre", "dic", "dezember", "dez",
         "dicembre", "dezembro"),
}  # fmt: skip
_MONTH_NO = {name: no for no, names in _MONTH_NAMES.items() for name in names}
_MONTH = "|".join(sorted(map(re.escape, _MONTH_NO), key=len, reverse=True))

_DATES = re.compile(
    r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b"
    rf"|\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?P<m1>{_MONTH})\.?,?\s+(?:de\s+)?"
    r"(?P<y1>\d{4})\b"
    rf"|\b(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})\b",
    re.IGNORECASE,
)
# A stamp of a later change: read only when the page gives no other date
_UPDATED = re.compile(
    r"\b(?:updated|last modified|modified|mis à jour|actualizado|aktualisiert|aggiornato"
    r"|atualizado|bijgewerkt)\b",
    re.I,
)


def _date_in(text: str) -> dt.date | None:
    for m in _DATES.finditer(text):
        try:
            if m.group("iso"):
                return dt.date.fromisoformat(m.group("iso"))
            day, mon, year = (m.group("d1"), m.group("m1"), m.group("y1"))
            if day is None:
                day, mon, year = m.group("d2"), m.group("m2"), m.group("y2")
            return dt.date(int(year), _MONTH_NO[mon.lower()], int(day))
        except (ValueError, KeyError):  # 31 June, or a month spelt oddly: no date
            continue
    return None


def page_date(removed: Iterable[Removed]) -> dt.date | None:
    """The publication date of the page's time stamps among ``removed``, or None.

    A stamp's first date is its publication date ("Published 3 March | Updated 4 March");
    a stamp that only says when the page was updated counts when nothing else does."""
    updated: dt.date | None = None
    for r in removed:
        if r.reason not in ("timestamp", "byline"):
            continue
        for part in MASTHEAD_SEP.split(r.text):
            day = _date_in(part)
            if day is None:
                continue
            if not _UPDATED.search(part):
                return day
            updated = updated or day
    return updated


# A clock time in a stamp: "09:05", "1:40 PM", "10.15 a.m." (not a clip's length,
# "Listen · 3:48", a numeric date, "23.03.2026 16:02", nor a stamp of a later change)
_CLOCK = re.compile(
    r"(?<![\d:.])(?P<h>[012]?\d)[:.](?P<m>[0-5]\d)(?![\d:]|\.\d)\s*(?P<ap>[ap]\.?m\b\.?)?", re.I
)
_ZONE = re.compile(
    r"\b(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|[A-Z]{2,4}T)\b|[+-]\d{1,2}(?::?\d\d)?\b"
)
_CLIP = re.compile(r"\b(?:listen|watch)\b", re.I)  # a line giving a clip's length
_NOT_A_STAMP = re.compile(r"\b(?:read|mins?|minutes?)\b", re.I)  # "4 min read"


def page_time(removed: Iterable[Removed]) -> tuple[int, str] | None:
    """(minutes after midnight, the time zone as written) of the first clock time in the
    page's publication stamps, or None."""
    for r in removed:
        if r.reason not in ("timestamp", "byline") or _CLIP.search(r.text):
            continue
        for part in MASTHEAD_SEP.split(r.text):
            m = _CLOCK.search(part)
            if m is None or _UPDATED.search(part) or _NOT_A_STAMP.search(part):
                continue
            hour = int(m.group("h")) % 12 if m.group("ap") else int(m.group("h"))
            if m.group("ap") and m.group("ap").lower().startswith("p"):
                hour += 12
            if hour > 23:
                continue
            zone = _ZONE.search(part[m.end() :])
            return hour * 60 + int(m.group("m")), zone.group() if zone else ""
    return None


CLOCK_MIN_GAP = 30  # minutes between two stamps of one day that order them


def stamped_first(a: Iterable[Removed], b: Iterable[Removed]) -> tuple[bool, str, str] | None:
    """(a's stamp is the earlier, the earlier time, the later) for two pages of one day
    whose stamps give clock times in one zone at least ``CLOCK_MIN_GAP`` apart, else None."""
    ta, tb = page_time(a), page_time(b)
    if ta is None or tb is None or ta[1] != tb[1] or abs(ta[0] - tb[0]) < CLOCK_MIN_GAP:
        return None
    early, late = sorted((ta[0], tb[0]))
    return ta[0] < tb[0], f"{early // 60:02d}:{early % 60:02d}", f"{late // 60:02d}:{late % 60:02d}"


_MONTH_DAY = re.compile(
    rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})\b|\b(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\b", re.I
)


def dateline_date(dateline: Dateline | None, near: dt.date) -> dt.date | None:
    """The date of a dateline ("PORT SALLEN, May 12 (Reuters) -"), in the year that puts
    it nearest to ``near`` (a dateline gives no year), or None."""
    m = _MONTH_DAY.search(dateline.date or "") if dateline else None
    if m is None:
        return None
    mon, day = (m.group("m"), m.group("d")) if m.group("m") else (m.group("m2"), m.group("d2"))
    found = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            found.append(dt.date(year, _MONTH_NO[mon.lower()], int(day)))
        except (ValueError, KeyError):
            continue
    return min(found, key=lambda d: abs((d - near).days), default=None)
