"""Dates and clock times a copy changed, less the ones it restated: a weekday given as
its date, a year from a span, a day or month a span reaches, a season named, a run of opening
days said as the one day closed. Values are read by factdates.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence

from .article import Change
from .factdates import DateRef, clock, dates, dayparts, dayparts_agree, month_of
from .factpair import Pair
from .factvalues import count


def _same_words_in_source(expr: str, p: Pair) -> bool:
    if any(ch.isdigit() for ch in expr):
        return False
    return re.search(rf"\b{re.escape(expr)}\b", p.source.text, re.I) is not None


# "next week" given as "the week beginning July 7" (round 55): a day of the week the
# source names, counted from its date
_WEEK = re.compile(r"\b(last|this|next)\s+week\b", re.I)


def _in_week_named(key: str, p: Pair) -> bool:
    base = p.source.when or p.copy.when
    try:
        day = dt.date.fromisoformat(key)
    except ValueError:
        return False
    if base is None:
        return False
    monday = base - dt.timedelta(days=base.weekday())
    for m in _WEEK.finditer(p.s_text):
        start = monday + dt.timedelta(weeks={"last": -1, "this": 0, "next": 1}[m.group(1).lower()])
        if start <= day < start + dt.timedelta(days=7):
            return True
    return False


# A day a span of the source reaches: "extend the truce by 30 days" -> "until Sept 21",
# "within 60 days" -> "by April 14", counted from the story's date or a day the
# sentence names (round 68)
_SPAN_AHEAD = re.compile(
    r"\b(?:by|within|for|in|after)\s+(?:another\s+|a\s+further\s+)?([\w-]+)\s+(days?|weeks?)\b",
    re.I,
)


def _span_reached(key: str, p: Pair) -> bool:
    try:
        day = dt.date.fromisoformat(key)
    except ValueError:
        return False
    bases = {d for d in (p.source.when, p.copy.when) if d}
    for ref in dates(p.s_text, p.source.when or p.copy.when):
        with contextlib.suppress(ValueError):
            bases.add(dt.date.fromisoformat(ref[1]))
    for m in _SPAN_AHEAD.finditer(p.s_text):
        n = count(m.group(1))
        if n is None:
            continue
        days = n * (7 if m.group(2).lower().startswith("week") else 1)
        if any(abs((day - b).days - days) <= 1 for b in bases):
            return True
    # ... or back: "over the previous three weeks" -> "since April 9" (round 72)
    for m in _SPAN_BACK.finditer(p.s_text):
        n = count(m.group(1) or m.group(3))
        unit = (m.group(2) or m.group(4)).lower()
        if n is not None and any(
            abs((b - day).days - n * (7 if unit.startswith("week") else 1)) <= 1 for b in bases
        ):
            return True
    return False


_SPAN_BACK = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+(?:previous|past|last|preceding)\s+([\w-]+)\s+(days?|weeks?)\b"
    r"|\b([\w-]+)\s+(days?|weeks?)\s+(?:ago|earlier|before)\b",
    re.I,
)


# the year before the story's: its "last year" (round 143)
_YEAR_BEFORE = re.compile(
    r"\b(?:a year (?:earlier|ago|before)|the (?:previous|prior) year|the year before)\b", re.I
)


# "its highest level in 14 months" -> "its highest since November 2023" for January
# 2025's figure (round 72): the month a span of months reaches back to, from the story's
# month or one its sentence names
_MONTHS_BACK = re.compile(
    r"\b(?:in|for)\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+)?([\w-]+)\s+months\b"
    r"|\b([\w-]+)-month\s+(?:high|low|peak|record)\b",
    re.I,
)


def _months_back(d: DateRef, p: Pair) -> bool:
    base = p.source.when or p.copy.when
    if d[0] != "month" or len(d[1]) != 7 or base is None:
        return False
    year, month = int(d[1][:4]), int(d[1][5:])
    refs = {(base.year, base.month)}
    for ref in dates(p.s_text, base):
        if ref[0] == "month" and len(ref[1]) == 2:  # a bare month: its last one
            mon = int(ref[1])
            refs.add((base.year if mon <= base.month else base.year - 1, mon))
    for m in _MONTHS_BACK.finditer(p.s_text):
        n = count(m.group(1) or m.group(2))
        if n is None:
            continue
        for y, mo in refs:
            back = (y * 12 + mo - 1) - n
            if abs(back - (year * 12 + month - 1)) <= 1:
                return True
    return False


# "developing the drug over eight years" -> "since 2016" in a story of 2024 (round 58)
_YEARS_FOR = re.compile(
    r"\b(?:over|for|in|after)\s+(?:the\s+(?:past|last)\s+)?(?P<n>[\w-]+)\s+years\b"
    r"|\b(?P<h>[\w]+)-year\s+(?:history|existence|life)\b",  # "its 128-year history"
    re.I,
)
_YEAR = re.compile(r"\b\d{4}\b")
_SINCE = re.compile(r"\b(?:since|from|in)\s+$", re.I)


# "as early as next spring" -> "as soon as spring 2025" in a story of September 2024
_SEASON = re.compile(r"\b(next|this|last)\s+(spring|summer|autumn|fall|winter)\b", re.I)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_named(d: DateRef, p: Pair) -> bool:
    base = p.source.when or p.copy.when
    if base is None or d[0] != "year":
        return False
    for m in _SEASON.finditer(p.s_text):
        start = _SEASON_START[m.group(2).lower()]
        which = m.group(1).lower()
        if which == "next":
            year = base.year if start > base.month else base.year + 1
        elif which == "last":
            year = base.year if start + 3 <= base.month else base.year - 1
        else:
            year = base.year
        if str(year) == d[1]:
            return True
    return False


def _years_counted(d: DateRef, p: Pair) -> bool:
    base = p.source.when or p.copy.when
    at = p.c_text.find(d[2])
    if base is None or d[0] != "year" or at < 0 or not _SINCE.search(p.c_text[:at]):
        return False
    spans = [count(m.group("n") or m.group("h")) for m in _YEARS_FOR.finditer(p.s_text)]
    return any(n is not None and abs(base.year - n - int(d[1])) <= 1 for n in spans)


# The source's period whose year the copy spells out: "For the full year, revenue rose"
# in a March results story -> "Full-year revenue for 2024" (round 195)
_LAST_PERIOD = re.compile(
    r"\b(?:full year|full-year|fourth quarter|(?:Dec\.?|December) 31|last year|year earlier)\b",
    re.I,
)


def _period_year(d: DateRef, p: Pair) -> bool:
    base = p.source.when
    return (
        base is not None
        and d[0] == "year"
        and d[1] == str(base.year - 1)
        and base.month <= 4
        and _LAST_PERIOD.search(p.s_text) is not None
    )


def _dated_elsewhere(year: str, p: Pair) -> bool:
    own = {p.copy.sentences[i].text for i in p.c_idx}
    return any(year in s.text for s in p.copy.sentences if s.text not in own)


def _year_added(d: DateRef, sd: Sequence[DateRef], base: dt.date | None) -> bool:
    years = {x[1][:4] for x in sd if x[0] in ("year", "month", "day") and x[1][:1].isdigit()}
    years.add(str(base.year) if base else "")
    return any(
        x[0] == "day" and not _YEAR.search(x[2]) and x[1][4:] == d[1][4:] and d[1][:4] in years
        for x in sd
        if len(x[1]) == 10
    )


# A year that dates a thing the copy describes, not the event: "a campaign group formed
# in 2019" (round 127: a part copy's own background)
_FOUNDED = re.compile(
    r"\b(?:formed|founded|established|set up|created|launched|built|opened|started)"
    r"\s+(?:back\s+)?in\s+$",
    re.I,
)


def _founded(d: DateRef, p: Pair) -> bool:
    at = p.c_text.find(d[2])
    # (unless the source gives the thing's age: "its 128-year history" -> "founded in
    # 1907" is checked against it, by _years_counted)
    return (
        at > 0
        and _FOUNDED.search(p.c_text[max(0, at - 40) : at]) is not None
        and not _YEARS_FOR.search(p.s_text)
    )


# An age given as a year of birth: "Margaret Oduya, 61," -> "who was born in 1964" in a
# story of 2026 (round 133)
_BORN_BEFORE = re.compile(r"\bborn\s+in\s+$", re.I)
_AGED = re.compile(r",\s+(\d{1,3}),|\b(\d{1,3})-year-old\b|\baged\s+(\d{1,3})\b")


def _born_as_aged(d: DateRef, p: Pair) -> bool:
    base = p.source.when or p.copy.when
    at = p.c_text.find(d[2])
    if base is None or d[0] != "year" or at <= 0 or not _BORN_BEFORE.search(p.c_text[:at]):
        return False
    ages = [int(next(g for g in m.groups() if g)) for m in _AGED.finditer(p.s_text)]
    return any(base.year - age - 1 <= int(d[1]) <= base.year - age for age in ages)


_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
_DAY_RANGE = re.compile(rf"\b{_DAY}\s*(?:to|-|–|until|through|till)\s*{_DAY}\b")
_ALL_BUT = re.compile(rf"\b(?:except|apart from|other than|but|bar|save)\s+(?:on\s+)?{_DAY}\b")


def _week_complement(p: Pair) -> bool:
    """One side names a run of weekdays and the other every day but the rest ("open
    Tuesday to Sunday" -> "every day except Monday", round 63)."""
    for one, other in ((p.s_text, p.c_text), (p.c_text, p.s_text)):
        days = set(_DAYS)
        for m in _DAY_RANGE.finditer(one):
            i, j = (_DAYS.index(m.group(k).lower()) for k in (1, 2))
            days -= {_DAYS[(i + k) % 7] for k in range((j - i) % 7 + 1)}
        left = {m.group(1).lower() for m in _ALL_BUT.finditer(other)}
        if left and days == left:
            return True
    return False


_RELATIVE = frozenset({"today", "tomorrow", "yesterday", "tonight"})


def _shifted(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


_TOLD_ON = re.compile(rf"^(?:{_DAY}|today|yesterday)$", re.I)


def _only_told_on(left: Sequence[DateRef]) -> bool:
    return all(_TOLD_ON.match(x[2]) for x in left)


def _telling(text: str, d: DateRef) -> bool:
    """``d`` is the day of a telling: "said on Thursday", "announced Tuesday"."""
    cue = r"\b(?:said|says|announced|confirmed|told [\w ]{1,25}?)\s+(?:on\s+|late\s+|early\s+)?"
    if re.search(cue + re.escape(d[2]) + r"\b", text, re.I):
        return True
    # ... or before its verb: "The U.N. refugee agency on Thursday urged" (round 188)
    after = r"\s+(?:said|urged|called|warned|announced|told|confirmed|asked|appealed)\b"
    return re.search(r"\bon\s+" + re.escape(d[2]) + after, text, re.I) is not None


def _phrase_elsewhere(expr: str, p: Pair) -> bool:
    """The copy's date stands with the words around it in another sentence of the
    source: "back to normal by Monday morning" brought into a lead that drops the strike's
    "Thursday and Friday" (round 150) is the source's other date, not this one changed."""
    m = re.search(rf"(\w+)\s+{re.escape(expr)}\s+(\w+)", p.c_text)
    if m is None:
        return False
    phrase = re.compile(rf"\b{re.escape(m.group())}\b", re.I)
    return any(phrase.search(s.text) for j, s in enumerate(p.source.sentences) if j not in p.s_idx)


def check_dates(p: Pair, src_keys: set[str]) -> list[Change]:
    base = p.copy.when or p.source.when
    sd = dates(p.s_text, p.source.when or base)
    cd = dates(p.c_text, base)
    if _week_complement(p):  # opening days, not dates
        sd = tuple(d for d in sd if d[2].lower().rstrip("s") not in _DAYS)
        cd = tuple(d for d in cd if d[2].lower().rstrip("s") not in _DAYS)
    # The same weekday or relative day on both sides is the copy not updating the source's
    # words, not a changed date, though the two publication dates resolve it differently.
    same = {d[2].lower() for d in sd} & {
        d[2].lower() for d in cd if not any(ch.isdigit() for ch in d[2])
    }
    sd = tuple(d for d in sd if d[2].lower() not in same)
    cd = tuple(d for d in cd if d[2].lower() not in same)
    # A source weekday the copy gives as a relative day ("on Wednesday" -> "today" in a
    # copy a day later): the weekday's week is read from the sentence's tense, and a
    # warning "in force from 6pm on Wednesday" has none (round 95), so the copy's day keeps
    # it if it is that weekday in either week.
    other_week = {
        _shifted(d[1], 7 if d[1] <= (p.source.when or base).isoformat() else -7)
        for d in sd
        if d[0] == "day" and d[2].lower() in _DAYS and base is not None and d[1][:1].isdigit()
    }
    cd = tuple(
        d for d in cd if not (d[0] == "day" and d[2].lower() in _RELATIVE and d[1] in other_week)
    )
    out = []
    for gran in ("day", "month", "year", "period"):
        s = [d for d in sd if d[0] == gran]
        c = [d for d in cd if d[0] == gran]
        skeys = {d[1] for d in s}
        bare_months = {k for k in skeys if gran == "month" and len(k) == 2}
        # a month or year the copy names is kept when a source day/date has it
        if gran == "month":
            skeys |= {month_of(d[1]) for d in sd if d[0] == "day"}
            skeys |= {d[1][-2:] for d in s}
        if gran == "year":
            # (a weekday's year is the story's own: it keeps no year the source names
            # itself, "by the end of 2027" -> "2026" beside "on Wednesday", round 92)
            skeys |= {
                d[1][:4] for d in sd if d[0] in ("day", "month") and (not s or _YEAR.search(d[2]))
            }
        s_left = [d for d in s if d[1] not in {x[1] for x in c}]
        for d in c:
            # a month without a year is kept by the same month in any year; "January
            # 2027" only by "January 2027", or by a bare "January" in the source
            key = d[1][-2:] if gran == "month" else d[1]
            if gran == "month" and len(d[1]) > 2:
                key = key if key in bare_months else d[1]
            if d[1] in skeys or key in skeys or _months_back(d, p):
                continue
            if d[2].lower() == "last year" and _YEAR_BEFORE.search(p.s_text):
                continue  # "down 6% from a year earlier" -> "on ... last year" (round 143)
            # "set for 12 April" for "scheduled for 12 April 2026": a day written without
            # its year is the source's day of that date (round 56); and the other way, a
            # year the copy adds that the source's sentence gives ("from 14 July ... last
            # year" -> "from 14 July 2024", round 59)
            if (
                gran == "day"
                and not _YEAR.search(d[2])
                and any(len(k) == 10 and k[4:] == d[1][4:] for k in skeys if k[:1].isdigit())
            ):
                continue
            if gran == "day" and _YEAR.search(d[2]) and _year_added(d, sd, base):
                continue
            # a date the source gives in another sentence, put by a loose pair where the
            # source's sentence has only the day of the telling: "the lender said on
            # Tuesday" beside "From November 1, the bank will charge" (round 132)
            # (in a close pair too when the source's day is only the telling's, "said on
            # Thursday it would examine the shooting" -> "Wednesday evening's shooting",
            # the day the source gives the shooting elsewhere, round 148)
            if (
                s_left
                and d[1] in src_keys
                and _only_told_on(s_left)
                # (the source's day must be a telling's: "marched ... on Saturday" made
                # "on Friday", the day the source's universities spoke, round 247)
                and all(_telling(p.s_text, x) for x in s_left)
                and (not p.close or not _telling(p.c_text, d))
            ):
                continue
            if s_left and _phrase_elsewhere(d[2], p):
                continue
            # (a loose pair's date the copy gives elsewhere, beside one of its own: "ran
            # Halden from 2016 until his arrest" beside "after the 2018 floods", the
            # floods dated in another sentence of the copy, round 194)
            if (
                s_left
                and not p.close
                and _YEAR.fullmatch(s_left[0][2])
                and _dated_elsewhere(s_left[0][2], p)
            ):
                continue
            if s_left:
                src = s_left.pop(0)
                out.append(
                    p.change(
                        "date", src[2], d[2], f"{src[2]!r} ({src[1]}) became {d[2]!r} ({d[1]})"
                    )
                )
            elif (
                gran in ("day", "year")
                and d[1] not in src_keys
                and not d[1].startswith(("wd:", "rel:", "expr:"))
                # ... nor the source's own "today" elsewhere (a quote the alignment split,
                # round 54), resolved against the copy's later date
                and not _same_words_in_source(d[2], p)
                and not _in_week_named(d[1], p)
                and not _span_reached(d[1], p)
                and not _years_counted(d, p)
                and not _period_year(d, p)
                and not _season_named(d, p)
                and not _founded(d, p)
                and not _born_as_aged(d, p)
                # "some 1,150 homes today": the copy's own now, where the source gives
                # no date to replace (round 58); "this year" likewise, for "since the start
                # of the year" (round 80)
                and d[2].lower() not in ("today", "this year")
            ):
                out.append(p.change("date", "", d[2], f"{d[2]!r} ({d[1]}) is not in the source"))
    out += _week_made_month(sd, cd, p)
    out += check_times(p)
    return out


def _week_made_month(sd: Sequence[DateRef], cd: Sequence[DateRef], p: Pair) -> list[Change]:
    """The source's "last week" given as a month that holds none of its days: "last
    week" on October 5 is "last month" on October 11, not on December 11 (round 200)."""
    out = []
    for w in (d for d in sd if d[0] == "period" and re.fullmatch(r"\d{4}-W\d\d", d[1])):
        monday = dt.date.fromisoformat(f"{w[1]}-1")
        days = {(monday + dt.timedelta(days=k)).strftime("%Y-%m") for k in range(7)}
        for m in cd:
            if m[0] == "month" and m[2].lower().endswith(" month") and m[1] not in days:
                out.append(p.change("date", w[2], m[2], f"{w[2]!r} became {m[2]!r}"))
    return out


# a time given in GMT/UTC: "04:15", "0315 GMT", "4:15 a.m. UTC"
_ZONED = re.compile(
    r"(?<![\d:.,])([01]?\d|2[0-3])[:.]?([0-5]\d)\s?(?:([ap])\.?m\.?\s?)?(?:GMT|UTC)\b", re.I
)


def _zoned(text: str) -> dict[str, str]:
    """GMT/UTC clock times of ``text``, "HHMM" on the 24-hour clock -> as written."""
    out = {}
    for m in _ZONED.finditer(text):
        hour = int(m[1])
        if m[3]:  # "2:30 p.m. GMT" is 14:30
            hour = hour % 12 + (12 if m[3].lower() == "p" else 0)
        out[f"{hour:02d}{m[2]}"] = m.group()
    return out


def _zone_moved(p: Pair) -> list[Change]:
    """A local clock time the copy gives as the time in GMT: "at 04:15 local time (0315
    GMT)" -> "at 04:15 GMT" keeps both figures of the minute check but moves the event an
    hour (round 171)."""
    s_gmt, c_gmt = _zoned(p.s_text), _zoned(p.c_text)
    if not s_gmt or not c_gmt or s_gmt.keys() & c_gmt.keys():
        return []
    s, c = next(iter(s_gmt.values())), next(iter(c_gmt.values()))
    return [p.change("time", s, c, f"{s!r} in the source, {c!r} in the copy")]


def check_times(p: Pair) -> list[Change]:
    out = []
    sc, cc = clock(p.s_text), clock(p.c_text)
    # clock times in minutes of the day: a source time the copy lacks paired with a
    # copy time the source lacks (``8 p.m.`` -> ``10 p.m.`` beside an unchanged ``7 a.m.``)
    s_left = [v for k, v in sorted(sc.items()) if k not in cc]
    c_new = [v for k, v in sorted(cc.items()) if k not in sc]
    for s, c in zip(s_left, c_new, strict=False):
        out.append(p.change("time", s, c, f"{s!r} in the source, {c!r} in the copy"))
    out += [] if out else _zone_moved(p)
    sp = dayparts(p.s_text)
    cp = dayparts(p.c_text)
    if sp and cp and not dayparts_agree(sp, cp) and not (sc and cc):
        s, c = sorted(sp)[0], sorted(cp)[0]
        out.append(p.change("time", s, c, f"{s!r} in the source, {c!r} in the copy"))
    return out
