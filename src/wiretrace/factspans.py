"""Spans of time a copy works out from the source's dates and times, which the number check
must not report as new figures: the months of a range, the years since a year, an age
from a year of birth, the hours between two clock times, the days between two dates, the
time since a date, the places between two ranks; and a rate given over another period (``same_rate``: a year's as a
month's, a day's as an hour's). Each shape was a false alarm of a held-out round (docs/evaluation.md, rounds 52-59);
factfigures.check_numbers asks these with the restatements of factrestated.py."""

from __future__ import annotations

import datetime as dt
import re

from .factdates import clock, dates
from .factpair import Pair
from .factrestated import fits, text_after, text_before
from .factvalues import Number, count, numbers

# ... and a span of years counted from a year of the source: "74 years ago" for 1951 in
# a 2025 story, "for the first time in 15 years" for "since 2009" (round 52)
_YEARS_AFTER = re.compile(r"^[\s-]*years?\b", re.I)  # "74 years ago", "its 39-year history"


_MONTHS_AFTER = re.compile(r"^[\s-]*months?\b", re.I)
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"  # (its first three letters)
_MONTH_RANGE = re.compile(
    rf"\b(?:from|between)\s+{_MONTH}(?:\s+(?P<y1>\d{{4}}))?\s+(?:to|and|until|through)\s+"
    rf"{_MONTH}(?:\s+(?P<y2>\d{{4}}))?",
    re.I,
)


def months_spanned(c: Number, p: Pair) -> bool:
    """ "ran for three months" for "ran from October to December" (round 54)."""
    if not _MONTHS_AFTER.match(text_after(p.c_text, c)):
        return False
    order = "jan feb mar apr may jun jul aug sep oct nov dec".split()
    for m in _MONTH_RANGE.finditer(p.s_text):
        first, last = (order.index(m.group(k).lower()[:3]) for k in (1, 3))
        years = 0
        if m.group("y1") and m.group("y2"):  # "from March 2021 to August 2022": 18 months
            years = int(m.group("y2")) - int(m.group("y1")) - (last < first)
        if (last - first) % 12 + 1 + 12 * years == c[0]:
            return True
    return False


_LAST_ONE = re.compile(r"\b(?:the\s+)?(?:last|previous)\s+(?!year|month|week)[a-z]+", re.I)


def years_since(c: Number, p: Pair) -> bool:
    if not _YEARS_AFTER.match(text_after(p.c_text, c)):
        return False
    base = p.copy.when or p.source.when
    if base is None:
        return False
    # (any year: "painted in 1843" -> "painted 181 years ago", round 58)
    years = [int(y) for y in re.findall(r"\b(?:1[5-9]|20)\d\d\b", p.s_text)]
    # (a year the story gives elsewhere for "the last election": "down from 78% at the
    # last election" -> "compared with 78% four years ago", beside "in 2022", round 159)
    if _LAST_ONE.search(p.s_text):
        years += [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", p.source.text)]
    # (or within the bound written: "founded in 1887" -> "more than 135 years ago", round 79)
    return any(
        abs(base.year - y - c[0]) <= 1 or fits(float(base.year - y), c, p.c_text) for y in years
    )


# An age worked out from a date of birth: "Altamira, who was born in March 2000," ->
# "Altamira, 24," in a story of August 2024 (round 58)
_BORN = re.compile(r"\bborn\b[^.;]{0,40}?\b((?:19|20)\d\d)\b", re.I)
_AGE_BEFORE = re.compile(r"(?:,|\baged)\s*$", re.I)
_AGE_AFTER = re.compile(r"^(?:\s*,|-year-old\b|\s+years?\s+old\b)", re.I)


def age_from_birth(c: Number, p: Pair) -> bool:
    base = p.copy.when or p.source.when
    if base is None or not _AGE_BEFORE.search(text_before(p.c_text, c, 10)):
        return False
    if not (c[2].endswith(",") or _AGE_AFTER.match(text_after(p.c_text, c))):
        return False  # (the figure's text may hold the comma after it: "Altamira, 24,")
    return any(
        base.year - int(m.group(1)) - 1 <= c[0] <= base.year - int(m.group(1))
        for m in _BORN.finditer(p.s_text)
    )


# A length of time between two clock times of the source: "began at 10pm and was declared
# at 4.40am" -> "took six hours and 40 minutes" (round 58)
_SPAN = re.compile(
    r"\b(?P<h>[\w-]+)\s+hours?(?:\s+and\s+(?P<m>[\w-]+)\s+minutes?)?|\b(?P<mo>[\w-]+)\s+minutes?\b",
    re.I,
)


def clock_span(c: Number, p: Pair) -> bool:
    times = [int(k[:2]) * 60 + int(k[3:]) for k in clock(p.s_text)]
    if len(times) < 2:
        return False
    at = p.c_text.find(c[2])
    for m in _SPAN.finditer(p.c_text):
        if not m.start() <= at < m.end():
            continue
        parts = [count(m.group(g)) if m.group(g) else 0.0 for g in ("h", "m", "mo")]
        if any(x is None for x in parts):
            return False
        h, mins, only = (x or 0.0 for x in parts)
        total = h * 60 + mins + only
        return any((b - a) % 1440 == total for a in times for b in times if a != b)
    return False


# A number of days between two dates of the source: "from 14 July to 24 July" -> "for 11
# days from 14 July" (round 59; counted with both ends, or between them)
def days_spanned(c: Number, p: Pair) -> bool:
    if c[1] != "h" or c[0] % 24:
        return False
    days = c[0] / 24
    base = p.source.when or p.copy.when
    got = [d[1] for d in dates(p.s_text, base) if d[0] == "day" and d[1][:1].isdigit()]
    keys = [dt.date.fromisoformat(k) for k in got if len(k) == 10]
    return any(abs((b - a).days) in (days, days - 1) for a in keys for b in keys if a != b)


# The time since a date of the source, counted to the copy's own date: "stopped selling it
# on 6 January" -> "more than three weeks ago" in a copy of 28 January (round 64)
_AGO_AFTER = re.compile(r"^\s*(?:ago|earlier|before)\b", re.I)


def time_ago(c: Number, p: Pair) -> bool:
    now = p.copy.when or p.source.when
    if c[1] != "h" or now is None or not _AGO_AFTER.match(text_after(p.c_text, c)):
        return False
    got = [d[1] for d in dates(p.s_text, p.source.when or now) if d[0] == "day"]
    days = [(now - dt.date.fromisoformat(k)).days for k in got if len(k) == 10 and k[:1].isdigit()]
    # ("more than three weeks ago" for 24 days: a count of weeks, within one week)
    unit = {"week": 168.0, "day": 24.0, "hour": 1.0}.get(c[2].lower().rstrip("s").split()[-1], 0.0)
    return any(d > 0 and (fits(d * 24.0, c, p.c_text) or abs(d * 24.0 - c[0]) < unit) for d in days)


# ... or a span since an event that grew with the days between the two stories: "Nine
# days after the span fell" -> "It is now nearly two weeks since" in a copy four days
# later (round 187)
_SINCE_AFTER = re.compile(r"^\s*(?:since|after|ago|later|on)\b", re.I)


def time_elapsed(c: Number, p: Pair) -> bool:
    then, now = p.source.when, p.copy.when
    if c[1] != "h" or then is None or now is None or now <= then:
        return False
    if not _SINCE_AFTER.match(text_after(p.c_text, c)):
        return False
    gap = (now - then).days * 24.0
    unit = {"week": 168.0, "day": 24.0, "hour": 1.0}.get(c[2].lower().rstrip("s").split()[-1], 0.0)
    return any(
        s[1] == "h"
        and _SINCE_AFTER.match(text_after(p.s_text, s)) is not None
        and (fits(s[0] + gap, c, p.c_text) or abs(s[0] + gap - c[0]) < unit)
        for s in numbers(p.s_text)
    )


# A rate given over another period: "21,600 pounds a year" -> "1,800 pounds a month", "a
# weekly wage of about 95,000 euros" -> "about 4.9 million euros a year" (round 58)
_PER_YEAR = {"year": 1.0, "annum": 1.0, "month": 12.0, "week": 52.18, "day": 365.25}
_PER_YEAR["hour"] = 365.25 * 24  # "162 million litres a day, or 6.75 million an hour"
_PERIOD_AFTER = re.compile(
    # (past a noun: "35,000 people a day")
    r"^\s*(?:[a-z]+\s+)?(?:a|an|per|each|every)\s+(year|annum|month|week|day|hour)\b",
    re.I,
)
_PERIOD_BEFORE = re.compile(r"\b(annual|yearly|monthly|weekly|daily)\b[^.,;\d]{0,25}$", re.I)
_ADJ_PERIOD = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week"}
_ADJ_PERIOD["daily"] = "day"
_SPAN_OF = re.compile(r"\b([\w]+)[\s-](year|month|week|day)s?\b", re.I)
RATE_TOLERANCE = 0.02  # 52 weeks or 52.18: a year's worth either way


def _period(x: Number, text: str) -> str:
    after = _PERIOD_AFTER.match(text_after(text, x))
    if after:
        return after.group(1).lower()
    before = _PERIOD_BEFORE.search(text_before(text, x, 40))
    return _ADJ_PERIOD[before.group(1).lower()] if before else ""


def same_rate(s: Number, c: Number, s_text: str, c_text: str) -> bool:
    if s[1] != c[1] or s[0] <= 0:
        return False
    ps, pc = _period(s, s_text), _period(c, c_text)
    if ps and not pc:  # the rate over a span the copy names: "over its three days"
        span = re.compile(rf"\b([\w-]+)\s+{ps}s\b", re.I)
        for m in span.finditer(c_text):
            n = count(m.group(1))
            if n and n > 1 and fits(s[0] * n, c, c_text):
                return True
    if pc and not ps:  # a total over a span given per period: "a 10-year deal worth 12
        # million" -> "1.2 million a year", "65 million over the next 12 months" -> "1.25
        # million a week" (round 61)
        for m in _SPAN_OF.finditer(s_text):
            n = count(m.group(1))
            unit = m.group(2).lower()
            if n and n > 0 and fits(s[0] / (n / _PER_YEAR[unit] * _PER_YEAR[pc]), c, c_text):
                return True
    if not ps or not pc or ps == pc:
        return False
    yearly = s[0] * _PER_YEAR[ps]
    got = c[0] * _PER_YEAR[pc]
    return fits(yearly / _PER_YEAR[pc], c, c_text) or abs(got - yearly) <= RATE_TOLERANCE * yearly


# The time from the story's date to a date of the source: "a contract that runs until
# June 2029" -> "a contract of about four and a half years" in January 2025 (round 69)
_UNIT_DAYS = {"year": 365.25, "month": 30.44, "week": 7.0, "day": 1.0}
_UNIT_AFTER = re.compile(r"^\s*(year|month|week|day)s?\b", re.I)


def time_until(c: Number, p: Pair) -> bool:
    now = p.copy.when or p.source.when
    unit = _UNIT_AFTER.match(text_after(p.c_text, c))
    if now is None or unit is None or c[1]:
        return False
    per = _UNIT_DAYS[unit.group(1).lower()]
    for _gran, key, _text in dates(p.s_text, p.source.when or now):
        try:
            when = dt.date.fromisoformat(key if len(key) == 10 else f"{key}-15")
        except ValueError:
            continue
        ahead = (when - now).days
        if ahead > 0 and fits(ahead / per, c, p.c_text):
            return True
    return False


# Places climbed or lost between two ranks: "climb seven places, to ninth" for "from 16th
# to ninth"; "a rise of 23 places" for 84th a year ago and 61st now, a paragraph apart
# (rounds 64 and 69)
_PLACES_AFTER = re.compile(r"^[\s-]*(?:places?|spots?|positions?|rungs?)\b", re.I)
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINAL = re.compile(r"\b(?:(\d{1,4})(?:st|nd|rd|th)|(" + "|".join(_ORDINAL_WORDS) + r"))\b", re.I)


def _ranks(text: str) -> set[int]:
    return {
        int(m.group(1)) if m.group(1) else _ORDINAL_WORDS.index(m.group(2).lower()) + 1
        for m in _ORDINAL.finditer(text)
    }


def places_moved(c: Number, p: Pair) -> bool:
    """``c`` places are the distance between two ranks, one of them in the pair's own
    sentences (the other may stand anywhere in the two stories)."""
    if not _PLACES_AFTER.match(text_after(p.c_text, c)):
        return False
    near = _ranks(p.s_text) | _ranks(p.c_text)
    story = near | _ranks(p.source.text) | _ranks(p.copy.text)
    return any(abs(a - b) == c[0] for a in near for b in story)
