"""Figures a copy changed: counts, money, percentages, dates and clock times.

The value checks of ``facts.analyze`` (see its docstring for what counts as a change);
values are parsed and normalised by factvalues.py and factdates.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence

from .article import Alignment, Article, Change
from .factdates import DateRef, clock, dates, dayparts, dayparts_agree, month_of
from .factpair import Pair, pair_change
from .factrestated import (
    ABOVE,
    BELOW,
    bound_keeps,
    converted,
    merged_parts,
    ratio_worked_out,
    same_quantity,
    same_rate,
    share_worked_out,
    totalled,
    worked_out,
)
from .factspans import (
    age_from_birth,
    clock_span,
    days_spanned,
    months_spanned,
    time_ago,
    years_since,
)
from .factvalues import Number, approx, count, near_num, numbers, same_num


def _matched(x: Number, soft_x: Sequence[Number], hard: Sequence[Number],
             soft: Sequence[Number]) -> bool:  # fmt: skip
    """``x`` equals a number of the other side, or it or the approximate quantity it
    stands in (``two`` of ``two weeks``) is near one of the other side's approximate
    quantities or numbers (``seven days`` = ``a week``, ``50%`` = ``half``)."""
    if any(same_num(x, y) for y in hard):
        return True
    # A span of time is a count of days ("a week" = 7): a bare figure over a year's worth
    # of days is a count of something else ("four years" is no "1,420 adults").
    if any(near_num(x, y) for y in soft if y[1] or x[1] or x[0] <= 366):
        return True
    mine = [a for a in soft_x if x[2] in a[2]]
    return any(near_num(a, y) for a in mine for y in (*hard, *soft))


_LITERAL = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _rounds_to(s: Number, c: Number) -> bool:
    """``c`` is ``s`` rounded to the decimals ``c`` shows (``2.09 million`` -> ``2.1
    million``, ``11.34%`` -> ``11.3%``): a copy's house style, not a changed figure. A
    whole number is not read so: ``47`` -> ``50`` seats is a change."""
    lit = _LITERAL.search(c[2])
    if lit is None or not lit.group(1) or (s[1] != c[1] and s[1] and c[1]):
        return False
    shown = float(lit.group().replace(",", ""))
    scale = c[0] / shown if shown else 1.0
    return bool(abs(s[0] - c[0]) <= 0.5 * 10.0 ** -len(lit.group(1)) * abs(scale) + 1e-9)


# "construction and housing, two sectors that ...": a number the copy gives to the things
# it has just listed counts words, it states no figure
_LIST_COUNT = re.compile(
    # the last item may be a name of a few words: "Llactapampa and San Isidro de Colca, two
    # villages where ..." (round 33)
    r"\b[\w-]+(?:,\s+[\w-]+)*\s+(?:and|or)\s+[\w-]+(?:\s+[\w-]+){0,3},\s+(?P<n>two|three|four)\s+(?:\w+\s+)?\w+s\b",
    re.I,
)


def _counts_a_list(text: str, c: Number) -> bool:
    return any(m.group("n").lower() == c[2].lower() for m in _LIST_COUNT.finditer(text))


def check_numbers(p: Pair, src_all: Sequence[Number], src_soft: Sequence[Number]) -> list[Change]:
    sn, cn = numbers(p.s_text), numbers(p.c_text)
    sa, ca = approx(p.s_text), approx(p.c_text)
    s_left = [x for x in sn if not _matched(x, sa, cn, ca)]
    out = []
    for c in cn:
        if _matched(c, ca, sn, sa) or converted(c, p.c_text):
            continue
        rounded = next(
            (
                s
                for s in s_left
                if _rounds_to(s, c)
                or bound_keeps(s, c, p.c_text)
                or same_quantity(s, c, p.s_text, p.c_text)
                or same_rate(s, c, p.s_text, p.c_text)
            ),
            None,
        )
        if rounded is not None:  # "2.09 million" -> "2.1 million"
            s_left.remove(rounded)
            continue
        # (its operands in the two sentences, or for a ratio anywhere in the story:
        # across the article, too many pairs of figures differ by a changed one)
        here = (*sn, *(x for x in cn if x is not c))
        if (
            worked_out(c, here, src_all, p.c_text)
            or years_since(c, p)
            or months_spanned(c, p)
            or totalled(c, p, src_all)
            or share_worked_out(c, p, src_all)
            or ratio_worked_out(c, here, p.c_text)
            # a rate given again over another period beside the source's own ("162
            # million litres a day, or 6.75 million litres an hour": round 64)
            or any(same_rate(s, c, p.s_text, p.c_text) for s in sn)
            or age_from_birth(c, p)
            or clock_span(c, p)
            or days_spanned(c, p)
            or time_ago(c, p)
            or _fraction_kept(c, sa, p)
        ):
            continue
        merged = merged_parts(c, s_left)
        if merged is not None:
            for x in merged:
                s_left.remove(x)
            continue
        if s_left:
            s = s_left.pop(0)
            out.append(
                p.change("number", s[2], c[2], f"{s[2]!r} in the source, {c[2]!r} in the copy")
            )
        elif one := _one_replaced(p, c):
            out.append(
                p.change("number", one, c[2], f"{one!r} in the source, {c[2]!r} in the copy")
            )
        elif not _matched(c, ca, src_all, src_soft) and not _counts_a_list(p.c_text, c):
            out.append(p.change("number", "", c[2], f"{c[2]!r} is not in the source"))
    for s in s_left:
        for a in ca:
            if s[1] == a[1] == "%" and not _matched(a, ca, sn, sa) and not _fraction_fits(s, a, p):
                note = f"{s[2]!r} in the source, {a[2]!r} in the copy"
                out.append(p.change("number", s[2], a[2], note))
                break
    return out


_IRREGULAR = {"person": "people", "child": "children", "woman": "women", "man": "men"}
_ONE = re.compile(r"\b(?:one|a single)\s+([a-z]+)", re.I)


def _one_replaced(p: Pair, c: Number) -> str | None:
    """The source's "one <noun>" that the copy counts as ``c`` ("one police officer was
    killed" -> "two police officers were killed", round 24). numbers() leaves "one" out,
    as "one of the ..." is rarely a count; next to the same noun it is."""
    at = p.c_text.find(c[2])
    after = p.c_text[at + len(c[2]) :].split()[:1] if at >= 0 else []
    if not after:
        return None
    noun = after[0].lower().strip(",.;:")
    for m in _ONE.finditer(p.s_text):
        w = m.group(1).lower()
        plurals = {w, w + "s", w + "es", _IRREGULAR.get(w, w)}
        if w.endswith("man"):
            plurals.add(w[:-3] + "men")
        if noun in plurals and not re.search(rf"\b{re.escape(m.group())}\b", p.c_text, re.I):
            return m.group()
    return None


# How a fraction the copy put for a percentage must stand to it: "more than a quarter"
# needs more than 25%, "nearly half" a little under 50%, a bare "two-thirds" within five
# points (round 24: "22%" -> "more than a quarter", "around 60%" -> "around two-thirds").
FRACTION_POINTS = 5.0  # a bare or "about" fraction: this close to the percentage
FRACTION_RANGE = 10.0  # "more than" / "nearly": within this many points on its side


def _fraction_kept(c: Number, sa: Sequence[Number], p: Pair) -> bool:
    """A percentage the copy gives for a fraction of the source that it fits: "more than
    a third" -> "over 36 per cent" (round 58), as ``_fraction_fits`` reads the other way."""
    if c[1] != "%":
        return False
    for a in sa:
        if a[1] != "%":
            continue
        at = p.s_text.find(a[2])
        before = p.s_text[max(0, at - 30) : at] if at >= 0 else ""
        if ABOVE.search(before):
            if a[0] < c[0] <= a[0] + FRACTION_RANGE:
                return True
        elif BELOW.search(before):
            if a[0] - FRACTION_RANGE <= c[0] < a[0]:
                return True
        elif abs(c[0] - a[0]) <= FRACTION_POINTS:
            return True
    return False


def _fraction_fits(s: Number, a: Number, p: Pair) -> bool:
    at = p.c_text.find(a[2])
    before = p.c_text[max(0, at - 30) : at] if at >= 0 else ""
    if ABOVE.search(before):
        return a[0] < s[0] <= a[0] + FRACTION_RANGE
    if BELOW.search(before):
        return a[0] - FRACTION_RANGE <= s[0] <= a[0]
    return abs(s[0] - a[0]) <= FRACTION_POINTS


# ------------------------------------------------------------------ dates and times


def _same_words_in_source(expr: str, p: Pair) -> bool:
    if any(ch.isdigit() for ch in expr):
        return False
    return re.search(rf"\b{re.escape(expr)}\b", p.source.text, re.I) is not None


# "next week" given as "the week beginning July 7" (round 55): a day of the week the
# source names, counted from its date
_WEEK = re.compile(r"\b(last|this|next)\s+week\b", re.I)


def _in_week_named(key: str, p: Pair) -> bool:
    base = p.source.date or p.copy.date
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
    bases = {d for d in (p.source.date, p.copy.date) if d}
    for ref in dates(p.s_text, p.source.date or p.copy.date):
        with contextlib.suppress(ValueError):
            bases.add(dt.date.fromisoformat(ref[1]))
    for m in _SPAN_AHEAD.finditer(p.s_text):
        n = count(m.group(1))
        if n is None:
            continue
        days = n * (7 if m.group(2).lower().startswith("week") else 1)
        if any(abs((day - b).days - days) <= 1 for b in bases):
            return True
    return False


# "developing the drug over eight years" -> "since 2016" in a story of 2024 (round 58)
_YEARS_FOR = re.compile(
    r"\b(?:over|for|in)\s+(?:the\s+(?:past|last)\s+)?(?P<n>[\w-]+)\s+years\b"
    r"|\b(?P<h>[\w]+)-year\s+(?:history|existence|life)\b",  # "its 128-year history"
    re.I,
)
_YEAR = re.compile(r"\b\d{4}\b")
_SINCE = re.compile(r"\b(?:since|from|in)\s+$", re.I)


# "as early as next spring" -> "as soon as spring 2025" in a story of September 2024
_SEASON = re.compile(r"\b(next|this|last)\s+(spring|summer|autumn|fall|winter)\b", re.I)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_named(d: DateRef, p: Pair) -> bool:
    base = p.source.date or p.copy.date
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
    base = p.source.date or p.copy.date
    at = p.c_text.find(d[2])
    if base is None or d[0] != "year" or at < 0 or not _SINCE.search(p.c_text[:at]):
        return False
    spans = [count(m.group("n") or m.group("h")) for m in _YEARS_FOR.finditer(p.s_text)]
    return any(n is not None and abs(base.year - n - int(d[1])) <= 1 for n in spans)


def _year_added(d: DateRef, sd: Sequence[DateRef], base: dt.date | None) -> bool:
    years = {x[1][:4] for x in sd if x[0] in ("year", "month", "day") and x[1][:1].isdigit()}
    years.add(str(base.year) if base else "")
    return any(
        x[0] == "day" and not _YEAR.search(x[2]) and x[1][4:] == d[1][4:] and d[1][:4] in years
        for x in sd
        if len(x[1]) == 10
    )


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


def check_dates(p: Pair, src_keys: set[str]) -> list[Change]:
    base = p.copy.date or p.source.date
    sd = dates(p.s_text, p.source.date or base)
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
            skeys |= {d[1][:4] for d in sd if d[0] in ("day", "month")}
        s_left = [d for d in s if d[1] not in {x[1] for x in c}]
        for d in c:
            # a month without a year is kept by the same month in any year; "January
            # 2027" only by "January 2027", or by a bare "January" in the source
            key = d[1][-2:] if gran == "month" else d[1]
            if gran == "month" and len(d[1]) > 2:
                key = key if key in bare_months else d[1]
            if d[1] in skeys or key in skeys:
                continue
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
                and not _season_named(d, p)
                # "some 1,150 homes today": the copy's own now, where the source gives
                # no date to replace (round 58)
                and d[2].lower() != "today"
            ):
                out.append(p.change("date", "", d[2], f"{d[2]!r} ({d[1]}) is not in the source"))
    out += check_times(p)
    return out


def check_times(p: Pair) -> list[Change]:
    out = []
    sc, cc = clock(p.s_text), clock(p.c_text)
    # clock times in minutes of the day: a source time the copy lacks paired with a
    # copy time the source lacks (``8 p.m.`` -> ``10 p.m.`` beside an unchanged ``7 a.m.``)
    s_left = [v for k, v in sorted(sc.items()) if k not in cc]
    c_new = [v for k, v in sorted(cc.items()) if k not in sc]
    for s, c in zip(s_left, c_new, strict=False):
        out.append(p.change("time", s, c, f"{s!r} in the source, {c!r} in the copy"))
    sp = dayparts(p.s_text)
    cp = dayparts(p.c_text)
    if sp and cp and not dayparts_agree(sp, cp) and not (sc and cc):
        s, c = sorted(sp)[0], sorted(cp)[0]
        out.append(p.change("time", s, c, f"{s!r} in the source, {c!r} in the copy"))
    return out


# ------------------------------------------------------------------ figures in any language

# A figure in digits, wherever it stands: "48 milionů", "7,2 milioane", "승합차 12대를" (a
# counter written onto the number). Grouped with "." "," or a no-break space.
_DIGITS = re.compile(r"(?<![\d.,])\d+(?:[.,\u00a0\u202f]\d+)*")
# and its unit: a counter or case ending written onto it ("12대를", in scripts with no
# spaces a few characters), or the next word
_SHOWN = re.compile(r"[^\s\d.,;:!?()\"'«»„“”]{0,4}(?:\s+[^\s\d.,;:!?()\"'«»„“”]{1,20})?")
# Years and clock times are dates, which rewriters restate ("in 2023, up 14% on the year
# before" -> "last year, 14% more than in 2022"; "19点" -> "晚上7点"): left out.
_MODERN_YEAR = re.compile(r"(?:19|20)\d\d")
_CLOCK = re.compile(r"\s*(?::\d|[点时時시]|Uhr\b|h\b|giờ)")
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f]\d{3})+")


def _value(figure: str) -> float:
    """ "28.000" and "28,000" are 28000, "7,2" and "7.2" are 7.2."""
    if _THOUSANDS.fullmatch(figure):
        return float(re.sub(r"\D", "", figure))
    return float(re.sub(r"[,\u00a0\u202f]", ".", figure, count=1).replace(",", ""))


def _figures(text: str) -> list[tuple[float, str, str]]:
    """(value, the figure with its unit as written, the unit) for every figure in digits;
    the unit is what is written onto the figure ("대를" of "12대를"), else the next word."""
    out = []
    for m in _DIGITS.finditer(text):
        if _MODERN_YEAR.fullmatch(m.group()) or _CLOCK.match(text, m.end()):
            continue
        shown = _SHOWN.match(text, m.end())
        after = shown.group() if shown else ""
        with contextlib.suppress(ValueError):
            out.append((_value(m.group()), m.group() + after, after.split()[0] if after else ""))
    return out


# A dateline the cleaner does not know ("ΚΑΤΩ ΟΡΜΙΣΚΟΣ, 7 Μαΐου –"): a republisher
# re-dates it, which is no changed figure of the story.
_DATELINE = re.compile(r"^[^\W\d_][^,.;:!?]{0,40},\s*[^–—-]{1,25}?\s[–—-]\s")


def _told(text: str) -> str:
    """The sentence without a dateline opening it."""
    return _DATELINE.sub("", text, count=1)


def _same_unit(a: str, b: str) -> bool:
    """Two figures' units agree: the same start ("milionů", "대를"/"대가", whose
    particles differ), or one of them has none. "18 tháng" (months) is no "80 giường"
    (beds): the copy changed another figure."""
    if not a or not b:
        return True
    a, b = a.casefold(), b.casefold()
    need = max(1, min(3, len(a), len(b)) // 2)
    return a[:need] == b[:need]


def figure_changes(
    source: Article, copy: Article, alignments: Sequence[Alignment], *, min_score: float
) -> list[Change]:
    """Figures changed in a language the fact checks do not read (they read English):
    in an aligned pair, a source figure the copy's sentence lacks, against a copy figure
    the source gives nowhere, in the order they stand ("48 milionů korun" -> "46 milionů
    korun"). Digits are the one thing every language writes alike; words for numbers,
    names and dates are left to the English checks."""
    s_all = {v for s in source.sentences for v, _, _ in _figures(_told(s.text))}
    out = []
    for al in alignments:
        if al.kind == "paraphrase" and al.score < min_score:
            continue  # a loose link beside the real pairs: its figures are the copy's own
        s_text = " ".join(_told(source.sentences[j].text) for j in al.source)
        c_text = " ".join(_told(copy.sentences[i].text) for i in al.copy)
        # a source figure this pair of sentences lost (the copy may give the same value
        # elsewhere: round 47's Hebrew "120 desks" kept, "120 shekels" made 180)
        c_here = [v for v, _, _ in _figures(c_text)]
        gone = []
        for v, t, u in _figures(s_text):
            if v in c_here:
                c_here.remove(v)
            else:
                gone.append((t, u))
        for c_fig, c_unit in [(t, u) for v, t, u in _figures(c_text) if v not in s_all]:
            # a lost figure with the copy's unit before one with none ("R$ 18,7 milhões"
            # -> "R$ 17,8 milhões", not the bare "(15)" beside it)
            agree = [g for g in gone if _same_unit(g[1], c_unit)]
            was = next((g for g in agree if g[1] and c_unit), agree[0] if agree else None)
            if was is None:
                continue
            gone.remove(was)
            out.append(pair_change("number", source, copy, al.source, al.copy, was[0], c_fig))
    return out
