"""Calendar and clock values in text: dates resolved against an article's date, clock
times and parts of the day (numbers and approximate quantities: factvalues.py).

Every function here is pure and cached by text, since facts.py reads each aligned
sentence several times; cheap word checks skip the larger regexes on sentences with no
digit or calendar word.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any

from .textcache import text_cache

DateRef = tuple[str, str, str]  # (granularity, key, text)

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
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
    # the point of an abbreviation ("Sept. 21"), not a full stop after "29 March."
    r"(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.|(?<=Sept)\.)?"
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DATE = re.compile(
    # the day ends at a word boundary: "May 2023" is a month and year, not May 20
    r"\b(?P<md>" + _MONTH_RE + r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?)"
    # (and the month ends at one too: "the 2025/26 marketing year" is no 26 March)
    r"|\b(?P<dm>\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_RE + r"(?![a-z])(?:\s+\d{4})?)"
    r"|\b(?P<my>" + _MONTH_RE + r"\s+\d{4})\b"
    # a season of a year ("opens in spring 2026" -> "in autumn 2026": round 63)
    r"|\b(?P<sy>(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?\d{4})\b"
    # ("the second week of April", "from March": round 56 missed April -> May)
    # ("between July and October", "from July to October": round 63)
    r"|\b(?:in|since|until|by|last|early|late|mid-|of|from|during|before|after|through"
    r"|between|and|to|till)\s*"
    # (nor a day with an abbreviated month: "from Oct. 14", round 127)
    r"(?P<m>" + _MONTH_RE + r")(?![\w])(?!\.?\s+\d)"
    r"|\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # "today's incinerators" are modern ones, not a day
    # "over the next year", "in the last month": a length of time, not a calendar period
    r"|\b(?P<rel>today(?!['’]s\b)|yesterday|tomorrow"
    r"|(?<![Tt]he )(?:this|last|next) (?:week|month|year|weekend)"
    # "since the start of the year" is 1 January (round 102)
    r"|the (?:start|beginning) of (?:the|this) year)\b"
    # (any year from 1600: "founded in 1897", round 61)
    # ("mid-2028", "early-2027": the year of a part of it, round 150)
    # (not a wire's clock time, "at 2030 GMT", round 157)
    # a season or a financial year across two years ("the 2029-30 season", "2025/26":
    # round 236's 2029-30 made 2027-28)
    r"|(?<![\w'$-])(?P<ys>(?:19|20)\d{2}[-\u2013/]\d{2})(?![\w%-])"
    r"|(?:(?<=mid-)|(?<=early-)|(?<=late-)|(?<![\w'$-]))(?P<y>(?:1[6-9]|20)\d{2})(?![\w%-])"
    r"(?!\s?(?:GMT|UTC)\b)",
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
# the wires' clock time in four figures: "began at 0642 GMT" (round 157)
_CLOCK_WIRE = re.compile(r"(?<![\d:.,])([01]\d|2[0-3])([0-5]\d)\s?(?:GMT|UTC)\b")
_NAMED_HOURS = re.compile(r"\b(noon|midday|midnight)\b", re.I)
_DAYPART = re.compile(r"\b(morning|afternoon|evening|night|overnight|dawn|midnight|noon)\b", re.I)
_LETTERS = re.compile(r"[a-z]+")
_DATE_WORDS = (
    frozenset(_MONTHS[0]) | frozenset(_MONTHS[1]) | frozenset(_WEEKDAYS)
    | {"sept", "today", "yesterday", "tomorrow", "week", "month", "year", "weekend"}
)  # fmt: skip


@text_cache(maxsize=4096)
def letters(text: str) -> frozenset[str]:
    """The lower-case letter runs of ``text`` (the cheap test before a large regex)."""
    return frozenset(_LETTERS.findall(text.lower()))


_DIGIT = re.compile(r"\d")
_YEARISH = re.compile(r"(?:1[6-9]|20)\d\d")


def has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def _may_date(text: str) -> bool:
    """Whether ``_DATE`` can match: every form has a calendar word or a year."""
    return not _DATE_WORDS.isdisjoint(letters(text)) or _YEARISH.search(text) is not None


# the first day of a range written day first: the "11" of "from 11 to 20 June" (round 130)
_DAY_RANGE_START = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|-|–|until|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_RE
)


# a clock in words: "just before half past three" for "shortly before 3.30pm" (round 246)
# (not "five to seven", a range as often: "from five to seven years", round 155)
_HOURS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_CLOCK_WORDS = re.compile(
    rf"\b(?:(?:half|quarter)\s+(?:past|to)\s+{_HOURS}|{_HOURS}\s+o['’]clock)\b", re.I
)


def calendar_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes a date or a clock time: their figures are no counts."""
    spans = [m.span() for m in _DATE.finditer(text)] if _may_date(text) else []
    if spans:
        spans += [m.span(1) for m in _DAY_RANGE_START.finditer(text)]
    spans += [m.span() for m in _clocks(text)]
    spans += [m.span() for m in _CLOCK_WIRE.finditer(text)]
    spans += [m.span() for m in _CLOCK_WORDS.finditer(text)]
    return spans + [m.span() for m in _CLOCK24.finditer(text)]


@text_cache(maxsize=2048)
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
    # (a present passive is no past: "when they are published on Monday", round 79)
    r"\b(?P<be>(?:will|would|to|shall) be\s+|(?:is|are|am)\s+)?(?:[a-z]+ed|said|told|met|held|took|gave|began|"
    r"won|lost|left|came|went|made|saw|found|spoke|wrote|sent|struck|fell|rose|was|were"
    # (participles: "the decision, taken at a meeting on Wednesday", round 69)
    r"|taken|given|chosen|shown|drawn|begun|done|seen|written|spoken)"
    r"(?:\s+[a-z]+){0,5}\s+(?:on|last)\s+$",  # "voted by nine to three on Tuesday"
    re.I,
)


# "was due to begin on Friday": a future seen from the past, not a past day (round 66)
_DUE_TO = re.compile(r"\b(?:due|set|scheduled|expected|supposed|meant|going)\s+to\b", re.I)


# A market's close is always behind the story, whatever the bid "will pay" (round 69)
_CLOSE_BEFORE = re.compile(
    r"\b(?:closing\s+(?:price|level|value|rate)|close\s+of\s+(?:trading|business|play))\b"
    r"[^.;]{0,30}?\bon\s+$",
    re.I,
)


# "had been harvested by June 30": a deadline already past (round 174: a "will" later in
# the sentence, of the ministry's next forecast, made it next year's)
_PERFECT_BY = re.compile(
    r"\b(?:had|has|have)(?:\s+been)?\s+[a-z]+(?:ed|en)(?:\s+[a-z]+){0,3}\s+by\s+$"
)


def _past_before(text: str, at: int) -> bool:
    if _CLOSE_BEFORE.search(text, max(0, at - 60), at) or _PERFECT_BY.search(
        text, max(0, at - 60), at
    ):
        return True
    m = _PAST_VERB.search(text, max(0, at - 60), at)
    return m is not None and not m.group("be") and not _DUE_TO.search(m.group())


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


# ... or a clause in the past that the day dates: "completed the excavation of the
# 14.2-kilometre tunnel on Thursday when two boring machines met" (not one set off after
# it: "will meet on Friday, after the plans were leaked" is ahead) (round 107: the "will"
# of "a rail link that will cut travel time" made it next Thursday)
_PAST_WHEN = re.compile(
    r"^\s+when\s+(?:(?!(?:will|would|shall|is|are)\b)[\w'-]+\s+){0,5}?"
    r"(?:[a-z]+ed|said|told|met|held|took|gave|began|won|lost|left|came|went|made|saw|found|"
    r"spoke|wrote|sent|struck|fell|rose|was|were)\b"
)


def _past_after_opening(text: str, start: int, end: int) -> bool:
    if _PAST_RIGHT_AFTER.match(text[end:]) or _PAST_WHEN.match(text[end:]):
        return True
    if re.sub(r"(?i)\b(?:on|in|by)\b", "", text[:start]).strip(" ,\"'"):
        return False
    return _OPENING_DATE_PAST.match(text[end:]) is not None


_FUTURE = re.compile(
    r"\b(will|next|upcoming|due to|(?:is|are) due|is to|are to|plans? to"
    # (a scheduled service is a kind of flight, no plan: "was flying scheduled service SX
    # 418", round 238)
    r"|scheduled(?!\s+(?:service|services|flights?|domestic|international|passenger|route))"
    r"|(?:is|are) expected to"
    # ("the company expected to lift the notice by Saturday", round 84)
    r"|(?:expects?|expected|hopes?|hoped|aims?|aimed|intends?|intended) to)\b",
    re.I,
)
# "said she would ask for funding on Thursday": the future of reported speech, for a
# weekday after it (in "said on Thursday that she would" the weekday is the saying's)
_WOULD_BEFORE = re.compile(r"\bwould\b(?![^.;]*\b(?:said|told|announced|says)\b)[^.;]*$", re.I)


# "had called a general strike for Thursday": a day set for something, ahead (round 68;
# "declared a day of national mourning for Friday", round 73)
_FOR_DAY = re.compile(
    r"\b(?:called|set|planned|scheduled|booked|fixed|declared|proclaimed|convened)\b"
    r"[^.;]{0,60}\bfor\s+$",  # ("an emergency meeting of the national security council")
    re.I,
)

_LAST = re.compile(r"\blast\s+$", re.I)
_SINCE = re.compile(r"\bsince\s+$", re.I)  # "stolen since 1 January": behind, whatever "will"
# "has kept a red alert in place until Friday": a bound ahead of a present state (round
# 98); "the road was closed until Friday" is a past one
_UNTIL = re.compile(r"\b(?:until|till)\s+$", re.I)
_PAST_STATE = re.compile(r"\b(?:was|were|had)\b", re.I)
_WEEKDAY_RANGE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*(?:to|through|thru|until|till|-|\u2013)\s*"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.I,
)
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


# (the second day closes the phrase: "on May 3 and 4 people died" is no range)
_RANGE_END = re.compile(
    r"\s*(?:and|to|or|-|–|until)\s*(\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:in|at|on|when|as|after|before|next|this|last|and|with"
    r"|from|to|for|the|a|an|but|while|if)\b)"
)
_RANGE_FIRST = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|or|-|–|until)\s*$")


def _range_other(
    text: str, m: re.Match[str], month_first: bool, base: dt.date | None, future: bool
) -> DateRef | None:
    """The other day of a range: the 31 of "Oct. 30 and 31", the 30 of "30 and 31
    October" (round 139); the days ascend."""
    expr = m.group()
    found = (
        _RANGE_END.match(text, m.end())
        if month_first
        else _RANGE_FIRST.search(text, max(0, m.start() - 12), m.start())
    )
    month = re.search(_MONTH_RE, expr, re.I)
    first = re.search(r"\d{1,2}", expr)
    if found is None or month is None or first is None:
        return None
    day, given = int(found.group(1)), int(first.group())
    if not (given < day <= 31 if month_first else 1 <= day < given):
        return None
    year = re.search(r"\d{4}", expr)
    other = f"{month.group()} {day}" + (f", {year.group()}" if year else "")
    return ("day", parse_day(other, base, future), found.group(1))


# "this/last/next year|month|week": how many periods from the story's own
_STEP = {"this": 0, "last": -1, "next": 1}


@text_cache(maxsize=4096)
def dates(text: str, base: dt.date | None) -> tuple[DateRef, ...]:
    """(granularity, key, text) for every date expression. A weekday is the latest such
    day on or before ``base``, or the next one when the sentence speaks of the future."""
    if not _may_date(text):
        return ()
    in_future = bool(_FUTURE.search(text))
    out: list[DateRef] = []
    spans = [r.span() for r in _WEEKDAY_RANGE.finditer(text)]
    for m in _DATE.finditer(text):
        g = m.lastgroup or ""
        expr = m.group(g)
        if g == "wd" and any(a <= m.start() < b for a, b in spans):
            continue  # "Monday to Friday": every week's days, no date (round 92)
        if g in ("md", "dm", "my") and re.search(r"\bmay\b", expr):
            continue  # "they may 20..." is the verb: the month is written May
        # "announced on Monday that next season's quota will be cut": the day is the
        # announcement's, whatever the sentence says of the future
        future = (
            in_future
            and not _SINCE.search(text, max(0, m.start() - 8), m.start())
            and not _past_before(text, m.start())
            and not _past_after_opening(text, m.start(), m.end())
        )
        if g in ("md", "dm"):
            out.append(("day", parse_day(expr, base, future), expr))
            other = _range_other(text, m, g == "md", base, future)
            if other is not None:
                out.append(other)
        elif g == "wd":
            labelled = _labelled_date(text, m.end(), base, future)
            if base:
                wd = _WEEKDAYS.index(expr.lower())
                if labelled and dt.date.fromisoformat(labelled).weekday() == wd:
                    out.append(("day", labelled, expr))  # "on Sunday, 29 June": its label
                    continue
                if (
                    future
                    or _WOULD_BEFORE.search(text, 0, m.start())
                    or _FOR_DAY.search(text, 0, m.start())
                    or (
                        _UNTIL.search(text, 0, m.start())
                        and not _PAST_STATE.search(text, 0, m.start())
                    )
                ):
                    day = base + dt.timedelta(days=(wd - base.weekday()) % 7)
                else:
                    # "last Wednesday" written on a Wednesday is a week before (round 81)
                    back = (base.weekday() - wd) % 7 or (
                        7 if _LAST.search(text, 0, m.start()) else 0
                    )
                    day = base - dt.timedelta(days=back)
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
            elif low.startswith("the ") and base:
                out.append(("day", f"{base.year}-01-01", expr))
            elif low.startswith("the "):
                out.append(("period", low, expr))
            elif low.endswith(" year") and base:  # "next year" in 2025 is 2026
                step = _STEP[low.split()[0]]
                out.append(("year", str(base.year + step), expr))
            elif low.endswith(" month") and base:  # its calendar month (round 200)
                step = _STEP[low.split()[0]]
                yy, mm = divmod(base.year * 12 + base.month - 1 + step, 12)
                out.append(("month", f"{yy}-{mm + 1:02d}", expr))
            elif low.endswith(" week") and base:
                # the calendar week, so that "next week" on a Thursday and "this week" in
                # a copy of the Monday after are one week (round 187)
                step = _STEP[low.split()[0]]
                iso_year, iso_week, _ = (base + dt.timedelta(weeks=step)).isocalendar()
                out.append(("period", f"{iso_year}-W{iso_week:02d}", expr))
            else:
                out.append(("period", low, expr))
        elif g == "sy":
            season, year = expr.split()[0], expr.split()[-1]
            out.append(("period", f"{year}-{season.lower().replace('fall', 'autumn')}", expr))
            out.append(("year", year, expr))  # ("next spring" is its year: _season_named)
        elif g == "my":
            mon, year = expr.rsplit(None, 1)
            out.append(("month", f"{year}-{month_no(mon):02d}", expr))
        elif g == "m":
            if expr.rstrip(".") == "MAY" or expr[:1].islower():
                continue  # a verb ("by may", "to march"): a month is written May, March
            out.append(("month", f"{month_no(expr):02d}", expr))
        elif g == "ys":
            out.append(("period", f"{expr[:4]}/{expr[-2:]}", expr))
        elif g == "y":
            out.append(("year", expr, expr))
    return tuple(out)


def month_of(key: str) -> str:
    return key[5:7] if re.match(r"\d{4}-\d\d", key) else key[-5:-3] if key.startswith("--") else ""


@text_cache(maxsize=4096)
def clock(text: str) -> dict[str, str]:
    """Clock times of ``text`` in minutes of the day: "HH:MM" -> the text (``2:30 p.m.``,
    ``14:30``, ``noon`` and ``midnight``; the dict is cached: do not change it)."""
    out = {}
    low = letters(text)
    if "noon" in low or "midday" in low or "midnight" in low:
        for m in _NAMED_HOURS.finditer(text):
            out["00:00" if m.group().lower() == "midnight" else "12:00"] = m.group()
    if not has_digit(text):
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
    for m in (*_CLOCK24.finditer(text), *_CLOCK_WIRE.finditer(text)):
        if m.start() not in taken:
            out[f"{int(m.group(1)):02d}:{m.group(2)}"] = m.group()
    return out


# The first three letters of month and weekday names (the date check reads those words).
CALENDAR_PREFIXES = frozenset(_MONTHS[0]) | {d[:3] for d in _WEEKDAYS}


@text_cache(maxsize=4096)
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
