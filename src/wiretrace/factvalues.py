"""Values of facts in text: numbers (with currency and scale), dates resolved against an
article's date, clock times and parts of the day.

Every function here is pure and cached by text, since facts.py reads each aligned
sentence several times; cheap word checks skip the larger regexes on sentences with no
digit, number word or calendar word.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from functools import lru_cache
from typing import Any

Number = tuple[float, str, str]  # (value, currency or "%" or "", text)
DateRef = tuple[str, str, str]  # (granularity, key, text)

_NUMWORD = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|billion|trillion"
)
_NUM = re.compile(
    r"(?<![\w'.-])(?P<cur>[$€£])?\s?"
    r"(?P<n>\d[\d,]*(?:\.\d+)?|(?:"
    + _NUMWORD
    + r")\b(?:(?:\s+|-|\s+and\s+)(?:"
    + _NUMWORD
    + r")\b)*)"
    r"(?P<half>\s+and\s+a\s+half)?"  # "three and a half thousand" = 3,500
    r"(?P<scale>\s?(?:million|billion|trillion|thousand|mln|bln|bn|m|k|crore|lakh)\b)?"
    r"(?P<dur>[\s-](?:hours?|days?|weeks?)\b)?"  # "a 72-hour strike" = "a three-day strike"
    r"(?P<unit>\s?(?:%|percent\b|per cent\b|dollars\b|euros\b|pounds\b|francs\b"
    r"|km/h|kph\b|mph\b|(?:km|kilomet(?:re|er)s?|miles) (?:per|an) hour\b|km\b"
    r"|kilomet(?:re|er)s?\b"
    r"|miles?\b|kg\b|kilo(?:gram)?s?\b"
    r"|pence\b|(?<=\d)p\b))?",  # pence: "135p" is 1.35 pounds (round 56)
    re.I,
)
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mln": 1e6}
_SCALE |= {"billion": 1e9, "bn": 1e9, "bln": 1e9}
_SCALE["trillion"] = 1e12
_SCALE |= {"crore": 1e7, "lakh": 1e5}  # Indian English: Rs 1,200 crore = Rs 12 billion
_HOURS = {"hour": 1.0, "day": 24.0, "week": 168.0}
_CUR_WORD = {"dollars": "$", "euros": "€", "pounds": "£", "francs": "F"}
# Units of measure, one key per unit however written: "70 km/h" -> "70 mph" is a change
_MEASURE = {"km/h": "km/h", "kph": "km/h", "mph": "mph", "km": "km", "mile": "mi"}
_MEASURE |= {
    f"{k} {a} hour": "km/h" for k in ("km", "kilometres", "kilometers") for a in ("per", "an")
}
_MEASURE |= {"miles per hour": "mph", "miles an hour": "mph"}
_MEASURE |= {"kilometre": "km", "kilometer": "km", "kg": "kg"}
_MEASURE |= {"kilo": "kg", "kilogram": "kg"}

_MONTHS = (
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
)
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DATE = re.compile(
    # the day ends at a word boundary: "May 2023" is a month and year, not May 20
    r"\b(?P<md>" + _MONTH_RE + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?)"
    r"|\b(?P<dm>\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_RE + r"(?:\s+\d{4})?)"
    r"|\b(?P<my>" + _MONTH_RE + r"\s+\d{4})\b"
    # ("the second week of April", "from March": round 56 missed April -> May)
    r"|\b(?:in|since|until|by|last|early|late|mid-|of|from|during|before|after|through)\s*"
    r"(?P<m>" + _MONTH_RE + r")(?![\w])(?!\s+\d)"
    r"|\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # "today's incinerators" are modern ones, not a day
    # "over the next year", "in the last month": a length of time, not a calendar period
    r"|\b(?P<rel>today(?!['’]s\b)|yesterday|tomorrow"
    r"|(?<![Tt]he )(?:this|last|next) (?:week|month|year|weekend))\b"
    r"|(?<![\w'$-])(?P<y>(?:19|20)\d{2})(?![\w%-])",
    re.I,
)
_CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s?(a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|hours\b)", re.I
)


def _clocks(text: str) -> list[re.Match[str]]:
    # "14:30 hours" is a time, "3 hours" a duration
    return [m for m in _CLOCK.finditer(text) if m.group(2) or m.group(3).lower() != "hours"]


# a 24-hour clock time with no suffix (14:30), and the named hours
_CLOCK24 = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|\.\d)")
_NAMED_HOURS = re.compile(r"\b(noon|midday|midnight)\b", re.I)
_DAYPART = re.compile(r"\b(morning|afternoon|evening|night|overnight|dawn|midnight|noon)\b", re.I)
_LETTERS = re.compile(r"[a-z]+")
_NUMBER_WORDS = frozenset(_NUMWORD.split("|")) | {"twice", "dozen"}
_DATE_WORDS = (
    frozenset(_MONTHS[0]) | frozenset(_MONTHS[1]) | frozenset(_WEEKDAYS)
    | {"sept", "today", "yesterday", "tomorrow", "week", "month", "year", "weekend"}
)  # fmt: skip


@lru_cache(maxsize=4096)
def _letters(text: str) -> frozenset[str]:
    return frozenset(_LETTERS.findall(text.lower()))


_DIGIT = re.compile(r"\d")
_YEARISH = re.compile(r"(?:19|20)\d\d")


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def _may_date(text: str) -> bool:
    """Whether ``_DATE`` can match: every form has a calendar word or a year."""
    return not _DATE_WORDS.isdisjoint(_letters(text)) or _YEARISH.search(text) is not None


def _measure(unit: str) -> str:
    if unit in _MEASURE:
        return _MEASURE[unit]
    return _MEASURE.get(unit.rstrip("s"), "")


def _num_value(m: re.Match[str]) -> tuple[float, str] | None:
    raw = m.group("n").replace(",", "")
    try:
        value = float(raw)
    except ValueError:
        words = raw.lower().replace("-", " ").replace(" and ", " ")
        if words.strip() == "one":
            return None  # "one of the ..." is rarely a count
        try:
            from text_to_num import text2num

            value = float(text2num(words, "en"))
        except ValueError:
            return None
    scale = (m.group("scale") or "").strip().lower()
    # "a depth of 1,200m": metres; a million that large is written "1.2bn" (round 55)
    metres = scale == "m" and not m.group("cur") and not m.group("unit") and "," in m.group("n")
    if metres:
        scale = ""
    if m.group("half"):
        value += 0.5
    value *= _SCALE.get(scale, 1.0)
    unit = (m.group("unit") or "").strip().lower()
    if unit in ("p", "pence") and not m.group("cur") and not scale:
        return value / 100, "£"
    cur = m.group("cur") or _CUR_WORD.get(unit, "") or _measure(unit)
    dur = (m.group("dur") or "").strip(" -").lower().rstrip("s")
    if dur and not scale and not unit:  # durations in hours, however written
        return value * _HOURS[dur], "h"
    if unit in ("%", "percent", "per cent"):
        cur = "%"
    # a year: the date check reads it ("1,900 people" is no year, round 45)
    if not m.group("cur") and not scale and not unit and re.fullmatch(r"(19|20)\d\d", m.group("n")):
        return None
    return value, cur


_OUT_OF = re.compile(
    r"\b(\d+|[a-z]+)\s+(?:out\s+of|of\s+every|in\s+every)\s+(10|100|ten|hundred)\b"
    # "one in five", "two in three": words only ("5 in 10 minutes" is a time)
    r"|\b(one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:every\s+)?(two|three|four|five|six|"
    r"seven|eight|nine|ten)\b(?!\s+(?:minutes|hours|days|weeks|months|years|seconds))",
    re.I,
)


_HOUR_PART = re.compile(
    r"\b(?P<q1>(?:a|one)[\s-]+quarter[\s-]+(?:of[\s-]+)?an[\s-]+hour)\b"
    r"|\b(?P<q3>three[\s-]+quarters[\s-]+(?:of[\s-]+)?an[\s-]+hour)\b"
    r"|\b(?P<h>half[\s-]+an[\s-]+hour|a[\s-]+half[\s-]+hour|(?:every\s+)?half[\s-]hour)\b"
    r"|\b(?P<h3>an[\s-]+hour[\s-]+and[\s-]+a[\s-]+half)\b",
    re.I,
)
_HOUR_MINUTES = {"q1": 15.0, "q3": 45.0, "h": 30.0, "h3": 90.0}
_COUNT_WORDS = _NUMBER_WORDS | {"half", "quarter"}
_NUMERATOR = re.compile(r"\b(?:two|three|four|five)(?=[\s-]+(?:thirds|quarters|fifths)\b)", re.I)


@lru_cache(maxsize=4096)
def numbers(text: str) -> tuple[Number, ...]:
    """Every number in ``text`` with its value and unit (years and the days of dates are
    not numbers here: the date check reads them)."""
    if not _has_digit(text) and _COUNT_WORDS.isdisjoint(_letters(text)):
        return ()
    taken = [m.span() for m in _DATE.finditer(text)] if _may_date(text) else []
    shares: list[Number] = []
    taken += [m.span() for m in _clocks(text)]
    taken += [m.span() for m in _CLOCK24.finditer(text)]
    # "eight out of 10" is a share: 80%, as a rewriter may write it
    for m in _OUT_OF.finditer(text):
        part, whole = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        a, b = _count(part.lower()), _count(whole.lower())
        if a is not None and b:
            taken.append(m.span())
            shares.append((100.0 * a / b, "%", m.group()))
    out: list[Number] = [(2.0, "", m.group()) for m in re.finditer(r"\btwice\b", text, re.I)]
    # "three-quarters of an hour" is 45 minutes, as a rewriter may write "45 minutes"
    for m in _HOUR_PART.finditer(text):
        taken.append(m.span())
        out.append((_HOUR_MINUTES[m.lastgroup or ""], "", m.group()))
    # the "three" of "three-quarters" counts parts of a fraction (approx() reads it)
    taken += [m.span() for m in _NUMERATOR.finditer(text)]
    out += shares
    out += [(12.0, "", m.group()) for m in re.finditer(r"\ba dozen\b", text, re.I)]
    for m in _NUM.finditer(text):
        if any(a <= m.start("n") < b for a, b in taken):
            continue  # the day of a date, the hour of a time
        v = _num_value(m)
        if v is not None:
            out.append((v[0], v[1], m.group().strip()))
    return tuple(out)


def same_num(a: Number, b: Number) -> bool:
    return abs(a[0] - b[0]) <= 1e-9 * max(1.0, abs(a[0])) and (a[1] == b[1] or not a[1] or not b[1])


@lru_cache(maxsize=2048)
def parse_day(expr: str, base: dt.date | None, future: bool = False) -> str:
    import dateparser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if future:
        settings["PREFER_DATES_FROM"] = "future"
    if base:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    if future and base and parse_day(expr, base) == base.isoformat():
        return base.isoformat()  # the article's own day is today, whatever the tense
    got = dateparser.parse(expr, languages=["en"], settings=settings)
    if got is None:
        return "expr:" + expr.lower()
    day: dt.datetime = got
    if base and not re.search(r"\d{4}", expr) and (base - day.date()).days > 183:
        # "June 27" in a story of June 12: the nearest June 27, not last year's
        with contextlib.suppress(ValueError):
            day = day.replace(year=day.year + 1)
    return day.date().isoformat() if base or re.search(r"\d{4}", expr) else day.strftime("--%m-%d")


def month_no(word: str) -> int:
    w = word.lower().rstrip(".")[:3]
    return _MONTHS[0].index(w) + 1


# A verb in the past right before a date ("decided on May 20", "said on Monday"), not
# in a passive future ("will be held on Monday")
_PAST_VERB = re.compile(
    r"\b(?P<be>(?:will|would|to|shall) be\s+)?(?:[a-z]+ed|said|told|met|held|took|gave|began|"
    r"won|lost|left|came|went|made|saw|found|spoke|wrote|sent|struck|fell|rose|was|were)"
    r"(?:\s+[a-z]+){0,5}\s+(?:on|last)\s+$",  # "voted by nine to three on Tuesday"
    re.I,
)


def _past_before(text: str, at: int) -> bool:
    m = _PAST_VERB.search(text, max(0, at - 60), at)
    return m is not None and not m.group("be")


# ... or a date opening the sentence, its clause's verb in the past after the subject:
# "On July 15, Ashcombe Rovers revealed plans ..., ending years of uncertainty over where
# the club will play" (round 51: the "will" of a later clause made it next year's)
_OPENING_DATE_PAST = re.compile(
    r"^,?\s+(?:(?!(?:will|would|shall|to|is|are|be)\b)[A-Za-z'-]+\s+){0,5}?(?:[a-z]+ed|said|told|met|held|took|gave|began|won|lost|"
    r"left|came|went|made|saw|found|spoke|wrote|sent|struck|fell|rose|unveiled|was|were)\b"
)


# ... or its verb in the past right after it: "the council on Tuesday approved plans to
# build" (round 54: "plans to" made it next Tuesday)
_PAST_RIGHT_AFTER = re.compile(
    r"^,?\s+(?:[a-z]+ed|said|told|met|held|took|gave|began|won|lost|left|came|went|made|saw|"
    r"found|spoke|wrote|sent|struck|fell|rose|unveiled)\b"
)


def _past_after_opening(text: str, start: int, end: int) -> bool:
    if _PAST_RIGHT_AFTER.match(text[end:]):
        return True
    if re.sub(r"(?i)\b(?:on|in|by)\b", "", text[:start]).strip(" ,\"'"):
        return False
    return _OPENING_DATE_PAST.match(text[end:]) is not None


_FUTURE = re.compile(r"\b(will|next|upcoming|scheduled|due to|is to|are to|plans? to)\b", re.I)
# "said she would ask for funding on Thursday": the future of reported speech, for a
# weekday after it (in "said on Thursday that she would" the weekday is the saying's)
_WOULD_BEFORE = re.compile(r"\bwould\b(?![^.;]*\b(?:said|told|announced|says)\b)[^.;]*$", re.I)


_LABEL_GAP = re.compile(r",?\s+(?:the\s+)?")


def _labelled_date(text: str, at: int, base: dt.date | None, future: bool) -> str:
    """The calendar day a weekday at ``at`` labels ("Sunday, 29 June", "Monday, August
    18": round 56 read the weekday as the last Sunday before the story), or ""."""
    gap = _LABEL_GAP.match(text, at)
    nxt = _DATE.match(text, gap.end()) if gap else None
    if nxt is None or nxt.lastgroup not in ("md", "dm"):
        return ""
    day = parse_day(nxt.group(nxt.lastgroup), base, future)
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return ""
    return day


@lru_cache(maxsize=4096)
def dates(text: str, base: dt.date | None) -> tuple[DateRef, ...]:
    """(granularity, key, text) for every date expression. A weekday is the latest such
    day on or before ``base``, or the next one when the sentence speaks of the future."""
    if not _may_date(text):
        return ()
    in_future = bool(_FUTURE.search(text))
    out: list[DateRef] = []
    for m in _DATE.finditer(text):
        g = m.lastgroup or ""
        expr = m.group(g)
        if g in ("md", "dm", "my") and re.search(r"\bmay\b", expr):
            continue  # "they may 20..." is the verb: the month is written May
        # "announced on Monday that next season's quota will be cut": the day is the
        # announcement's, whatever the sentence says of the future
        future = (
            in_future
            and not _past_before(text, m.start())
            and not _past_after_opening(text, m.start(), m.end())
        )
        if g in ("md", "dm"):
            out.append(("day", parse_day(expr, base, future), expr))
        elif g == "wd":
            labelled = _labelled_date(text, m.end(), base, future)
            if base:
                wd = _WEEKDAYS.index(expr.lower())
                if labelled and dt.date.fromisoformat(labelled).weekday() == wd:
                    out.append(("day", labelled, expr))  # "on Sunday, 29 June": its label
                    continue
                if future or _WOULD_BEFORE.search(text, 0, m.start()):
                    day = base + dt.timedelta(days=(wd - base.weekday()) % 7)
                else:
                    day = base - dt.timedelta(days=(base.weekday() - wd) % 7)
                out.append(("day", day.isoformat(), expr))
            else:
                out.append(("day", "wd:" + expr.lower(), expr))
        elif g == "rel":
            low = expr.lower()
            shift = {"today": 0, "yesterday": -1, "tomorrow": 1}.get(low)
            if shift is not None and base:
                out.append(("day", (base + dt.timedelta(days=shift)).isoformat(), expr))
            elif shift is not None:
                out.append(("day", "rel:" + low, expr))
            elif low.endswith(" year") and base:  # "next year" in 2025 is 2026
                step = {"this": 0, "last": -1, "next": 1}[low.split()[0]]
                out.append(("year", str(base.year + step), expr))
            else:
                out.append(("period", low, expr))
        elif g == "my":
            mon, year = expr.rsplit(None, 1)
            out.append(("month", f"{year}-{month_no(mon):02d}", expr))
        elif g == "m":
            if expr.rstrip(".") in ("may", "MAY"):
                continue  # the verb ("by may"): the month is written May
            out.append(("month", f"{month_no(expr):02d}", expr))
        elif g == "y":
            out.append(("year", expr, expr))
    return tuple(out)


def month_of(key: str) -> str:
    return key[5:7] if re.match(r"\d{4}-\d\d", key) else key[-5:-3] if key.startswith("--") else ""


@lru_cache(maxsize=4096)
def clock(text: str) -> dict[str, str]:
    """Clock times of ``text`` in minutes of the day: "HH:MM" -> the text (``2:30 p.m.``,
    ``14:30``, ``noon`` and ``midnight``; the dict is cached: do not change it)."""
    out = {}
    low = _letters(text)
    if "noon" in low or "midday" in low or "midnight" in low:
        for m in _NAMED_HOURS.finditer(text):
            out["00:00" if m.group().lower() == "midnight" else "12:00"] = m.group()
    if not _has_digit(text):
        return out
    taken = []
    for m in _clocks(text):
        h, mins, suf = int(m.group(1)), int(m.group(2) or 0), m.group(3).lower()
        if suf.startswith("p") and h < 12:
            h += 12
        if suf.startswith("a") and h == 12:
            h = 0
        out[f"{h:02d}:{mins:02d}"] = m.group()
        taken.append(m.start())
    for m in _CLOCK24.finditer(text):
        if m.start() not in taken:
            out[f"{int(m.group(1)):02d}:{m.group(2)}"] = m.group()
    return out


# The first three letters of month and weekday names (the date check reads those words).
CALENDAR_PREFIXES = frozenset(_MONTHS[0]) | {d[:3] for d in _WEEKDAYS}


@lru_cache(maxsize=4096)
def dayparts(text: str) -> frozenset[str]:
    """Parts of the day named in ``text`` (morning, night, ...), lower case."""
    return frozenset(m.lower() for m in _DAYPART.findall(text))


# Parts of the day whose edges overlap: a council vote at 8 p.m. is "Tuesday night" in one
# report and "Tuesday evening" in its rewrite; neither is a changed time.
_DAYPART_NEAR = {
    "evening": {"night"},
    "night": {"evening", "overnight", "midnight"},
    "overnight": {"night", "midnight", "dawn"},
    "midnight": {"night", "overnight"},
    "dawn": {"morning", "overnight"},
    "morning": {"dawn"},
    "noon": {"afternoon"},
    "afternoon": {"noon"},
}


def dayparts_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Some part of the day of ``a`` is one of ``b`` or borders it."""
    return any(x == y or y in _DAYPART_NEAR.get(x, ()) for x in a for y in b)


# Approximate quantities: fractions (as percentages) and spans of time (in days).
_FRACTIONS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
_SPANS = {
    "day": 1.0,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 30.44,
    "year": 365.25,
    "decade": 3652.5,
    "century": 36525.0,
}
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_APPROX = re.compile(
    r"\b(?:(?P<k>a|an|one|two|three|\d+|" + _NUMWORD + r")[\s-]+)?"
    r"(?P<f>half|thirds?|quarters?|fifths?|tenths?)\b"
    r"(?![\s-]+(?:of\s+)?(?:an?\s+)?(?:hour|day|week|month|year|time|"
    r"century|decade|mile|kilometre|kilometer|dozen|million|billion))"
    r"|\b(?:(?P<n>a|an|one|\d+|" + _NUMWORD + r")[\s-]+)?(?P<s>days?|weeks?|fortnights?|"
    r"months?|years?|decades?|century|centuries)\b"
    # a frequency is an interval: "twice a year" = every six months
    r"|\b(?P<q>once|twice|thrice|(?:\d+|" + _NUMWORD + r")\s+times)\s+(?:a|an|per|each)\s+"
    r"(?P<per>day|week|fortnight|month|year|decade)\b",
    re.I,
)
APPROX_TOLERANCE = 0.05  # relative: "a third" is 33%, "nearly half" is "almost 50%"
_APPROX_WORDS = frozenset(
    {"half", "third", "thirds", "quarter", "quarters", "fortnight", "century", "centuries", "both"}
    | {"fifth", "fifths", "tenth", "tenths"}
) | {w + s for w in ("day", "week", "fortnight", "month", "year", "decade") for s in ("", "s")}


def _count(word: str | None) -> float | None:
    if not word or word.lower() in ("a", "an", "one"):
        return 1.0
    try:
        return float(word)
    except ValueError:
        pass
    from text_to_num import text2num

    try:
        return float(text2num(word.lower(), "en"))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def approx(text: str) -> tuple[Number, ...]:
    """Approximate quantities of ``text``: a fraction as a percentage (``nearly half`` =
    50%, ``two-thirds`` = 66.7%) and a span of time in days (``a week`` = 7, ``a
    fortnight`` = 14, ``three weeks`` = 21). They only match numbers (within
    ``APPROX_TOLERANCE``); facts.py never reports one as a number of its own."""
    if _APPROX_WORDS.isdisjoint(_letters(text)):
        return ()
    # "both parties" is "the two sides"
    out: list[Number] = [(2.0, "", m.group()) for m in re.finditer(r"\bboth\b", text, re.I)]
    hours = [m.span() for m in _HOUR_PART.finditer(text)]  # minutes, read by numbers()
    for m in _APPROX.finditer(text):
        if any(a <= m.start() < b for a, b in hours):
            continue
        if m.group("f"):
            if not m.group("k") and m.group("f").lower() != "half":
                continue  # "the third day": an ordinal
            k = _count(m.group("k"))
            frac = _FRACTIONS[m.group("f").lower().rstrip("s")]
            if k is not None and k * frac <= 100:
                out.append((k * frac, "%", m.group()))
        elif m.group("q"):
            q = m.group("q").lower()
            times = _TIMES.get(q) or _count(q.removesuffix("times").strip())
            if times:
                out.append((_SPANS[m.group("per").lower()] / times, "", m.group()))
        else:
            k = _count(m.group("n"))
            unit = m.group("s").lower().rstrip("s")
            unit = "century" if unit.startswith("centur") else unit
            if k is not None and (m.group("n") or unit == "fortnight"):
                out.append((k * _SPANS[unit], "", m.group()))
    return tuple(out)


def near_num(a: Number, b: Number) -> bool:
    """``a`` and ``b`` are within ``APPROX_TOLERANCE`` and their units agree."""
    close = abs(a[0] - b[0]) <= APPROX_TOLERANCE * max(abs(a[0]), abs(b[0]), 1e-9)
    return close and (a[1] == b[1] or not a[1] or not b[1])


def clear_caches() -> None:
    """Forget cached values (the benchmark uses it to time cold runs)."""
    for fn in (_letters, numbers, dates, clock, dayparts, approx):
        fn.cache_clear()
