"""Values of numbers in text: figures with their currency, unit and scale, shares ("two
in every three"), durations, and approximate quantities (fractions, spans of time). Dates
and clock times: factdates.py, whose spans numbers() skips.

Every function here is pure and cached by text, since facts.py reads each aligned
sentence several times; cheap word checks skip the larger regexes on sentences with no
digit or number word.
"""

from __future__ import annotations

import re

from .factdates import calendar_spans, has_digit, letters
from .textcache import text_cache

Number = tuple[float, str, str]  # (value, currency or "%" or "", text)

_NUMWORD = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|billion|trillion"
)
_NUM = re.compile(
    # ... or a currency's letters: "R86 million" (rand: only with its scale, since "R86" is
    # also a road), "Rs 450", "KSh 2,000" (round 135)
    # (not a measure's denominator: "10 parts per billion", round 183)
    r"(?<![\w'.-])(?!(?<=\bper\s)(?:thousand|million|billion|trillion)\b)(?P<cur>[$€£₹₦]|R(?=\d[\d,.]*\s?(?:million|billion|bn|m)\b)|Rs\.?|KSh)?\s?"
    r"(?P<n>\d[\d,]*(?:\.\d+)?|(?:"
    + _NUMWORD
    # ("and" only after a scale word: "one hundred and five", not "between five and ten
    # minutes", two numbers, round 219)
    + r")\b(?:(?:\s+|-|(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+)(?:"
    + _NUMWORD
    + r")\b)*"
    # "half a billion dollars" = $500 million (round 72); "half a mile" (round 95)
    r"|half\s+an?(?=\s+(?:thousand|million|billion|trillion|miles?|kilomet(?:re|er)s?|km)\b))"
    r"(?P<half>\s+and\s+a\s+half)?"  # "three and a half thousand" = 3,500
    r"(?P<scale>\s?(?:million|billion|trillion|thousand|mln|bln|bn|m|k|crore|lakh)\b"
    r"|-(?:million|billion|trillion|thousand)\b)?"  # "a 640-million-dollar package" (round 88)
    # "a 72-hour strike" = "a three-day strike"; "95 minutes" = "an hour and 35 minutes"
    r"(?P<dur>[\s-](?:(?:extra|more|additional|further|full)\s+)?"  # "34 extra minutes"
    r"(?:hours?|days?|weeks?|minutes?|mins?|seconds?|secs?)\b)?"
    r"(?P<unit>(?:\s|-(?=[a-z]))?(?:%|percent\b|per cent\b|dollars\b|euros\b|pounds?\b|francs\b"
    r"|rand\b|rupees\b|shillings\b"
    r"|(?<=[a-z]-)(?:dollar|euro)\b"  # "a 640-million-dollar package" (round 88)
    r"|km/h|kph\b|mph\b|(?:km|kilomet(?:re|er)s?|miles) (?:per|an) hour\b|km\b"
    r"|kilomet(?:re|er)s?\b"
    r"|miles?\b|kg\b|kilo(?:gram)?s?\b|hectares?\b|acres?\b|tonnes?\b|tons?\b"
    r"|(?:micro|milli)grams?\b|mg\b"
    r"|pence\b|(?<=\d)p\b|cents\b))?",  # pence: "135p" is 1.35 pounds (round 56)
    re.I,
)
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mln": 1e6}
_SCALE |= {"billion": 1e9, "bn": 1e9, "bln": 1e9}
_SCALE["trillion"] = 1e12
_SCALE |= {"crore": 1e7, "lakh": 1e5}  # Indian English: Rs 1,200 crore = Rs 12 billion
_HOURS = {"hour": 1.0, "day": 24.0, "week": 168.0, "minute": 1 / 60, "min": 1 / 60}
_HOURS |= {"second": 1 / 3600, "sec": 1 / 3600}  # "14 seconds behind" (round 79)
_CUR_WORD = {"dollars": "$", "euros": "€", "pounds": "£", "francs": "F"}
_CUR_WORD["pound"] = "£"  # "a 1.14 billion pound cost" (round 59)
_CUR_WORD |= {"dollar": "$", "euro": "€"}
_CUR_WORD |= {"rand": "R", "rupees": "Rs", "shillings": "KSh"}
_CUR_SIGN = {"Rs.": "Rs", "₹": "Rs"}
# Units of measure, one key per unit however written: "70 km/h" -> "70 mph" is a change
_MEASURE = {"km/h": "km/h", "kph": "km/h", "mph": "mph", "km": "km", "mile": "mi"}
_MEASURE |= {
    f"{k} {a} hour": "km/h" for k in ("km", "kilometres", "kilometers") for a in ("per", "an")
}
_MEASURE |= {"miles per hour": "mph", "miles an hour": "mph"}
_MEASURE |= {"kilometre": "km", "kilometer": "km", "kg": "kg"}
_MEASURE |= {"kilo": "kg", "kilogram": "kg"}
_MEASURE |= {"hectare": "ha", "acre": "ac"}  # "1.2 million hectares" -> "acres" (round 129)
_MEASURE |= {"tonne": "t", "ton": "t"}  # "310,000 hectares" -> "310,000 tonnes" (round 174)
# "41 micrograms per litre" -> "41 milligrams" is a thousand times the lead (round 183)
_MEASURE |= {"microgram": "µg", "milligram": "mg", "mg": "mg"}

_NUMBER_WORDS = frozenset(_NUMWORD.split("|")) | {"twice", "dozen"}


def _measure(unit: str) -> str:
    if unit in _MEASURE:
        return _MEASURE[unit]
    return _MEASURE.get(unit.rstrip("s"), "")


# A comma before one or two digits is a decimal comma, as most of Europe writes it
# ("41,8%", round 129): a thousands separator takes three.
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")


def _plain(n: str) -> str:
    return n.replace(",", ".") if _DECIMAL_COMMA.match(n) else n.replace(",", "")


def _num_value(m: re.Match[str]) -> tuple[float, str] | None:
    raw = _plain(m.group("n"))
    try:
        value = float(raw)
    except ValueError:
        words = raw.lower().replace("-", " ").replace(" and ", " ")
        if words.startswith("half"):
            return _scaled(0.5, m)
        if words.strip() == "one" and not (m.group("dur") or m.group("half") or m.group("unit")):
            # "one of the ..." is rarely a count ("one hour" is a duration, "a one-mile
            # zone" a measure, round 100)
            return None
        try:
            from text_to_num import text2num

            value = float(text2num(words, "en"))
        except ValueError:
            return None
    return _scaled(value, m)


_MEASURED = re.compile(
    r"[\s-](?:deep|high|long|tall|wide|away|below|above|across|deeper|higher|longer|wider)\b"
)


_RACES = frozenset({60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0})
_RACE_AFTER = re.compile(
    r"\s*(?:hurdles|freestyle|backstroke|breaststroke|butterfly|medley|relay|steeplechase"
    r"|sprint|sprinter|runner|race|final|finals|semi-finals?|heats?|champion|title|record|dash"
    r"|specialist|gold|silver|bronze|event)\b",
    re.I,
)


def _scaled(value: float, m: re.Match[str]) -> tuple[float, str] | None:
    """``value`` times the scale, in the unit, that match ``m`` gives it."""
    scale = (m.group("scale") or "").strip(" -").lower()
    # "a depth of 1,200m": metres; a million that large is written "1.2bn" (round 55);
    # and "with around 300 m to go": set apart, a bare "m" is metres (round 92)
    # ... and so is "30m deep", "a 12m-high wall" (round 135: "up to 30 metres deep")
    metres = (
        scale == "m"
        and not m.group("cur")
        and not m.group("unit")
        and (
            "," in m.group("n")
            or (m.group("scale") or "").startswith(" ")
            or _MEASURED.match(m.string, m.end()) is not None
            # a race: "the national 100m champion" (round 196)
            or (value in _RACES and _RACE_AFTER.match(m.string, m.end()) is not None)
        )
    )
    if metres:
        scale = ""
    if m.group("half"):
        value += 0.5
    value *= _SCALE.get(scale, 1.0)
    unit = (m.group("unit") or "").strip(" -").lower()
    if unit in ("p", "pence") and not m.group("cur") and not scale:
        return value / 100, "£"
    if unit == "cents" and not m.group("cur") and not scale:
        return value / 100, ""  # of a euro or a dollar: "58 cents" is 0.58 euros (round 164)
    cur = m.group("cur") or _CUR_WORD.get(unit, "") or _measure(unit)
    cur = _CUR_SIGN.get(cur, cur)
    dur = (m.group("dur") or "").strip(" -").lower().split()[-1:]
    dur = dur[0].rstrip("s") if dur else ""
    if dur and not scale and not unit:  # durations in hours, however written
        return value * _HOURS[dur], "h"
    if unit in ("%", "percent", "per cent"):
        cur = "%"
    # a year: the date check reads it ("1,900 people" is no year, round 45)
    if (
        not m.group("cur")
        and not scale
        and not unit
        and re.fullmatch(r"(1[6-9]|20)\d\d", m.group("n"))
    ):
        return None
    return value, cur


_OUT_OF = re.compile(
    r"\b(\d+|[a-z]+)\s+(?:out\s+of|of\s+every|in\s+every)\s+(10|100|ten|hundred)\b"
    # "one in five", "two in three", "one in 20": the part in words ("5 in 10 minutes" is
    # a time, "one in 2024" a year)
    # ... or with the thing counted between: "one job in five" (round 98)
    r"|\b(one|two|three|four|five|six|seven|eight|nine)\s+"
    r"(?:(?!(?:minute|hour|day|week|month|year|second)s?\b)[a-z]{3,}\s+)?"
    r"in\s+(?:every\s+)?(two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|hundred|"
    r"(?!(?:19|20)\d\d\b)\d{1,4})\b"
    r"(?!\s+(?:minutes|hours|days|weeks|months|years|seconds))",
    re.I,
)


_QUANTITY_BEFORE = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|under|over|than|to|within|just|only)\s+$", re.I
)
_SCORE = re.compile(r"(?<![\d.,-])\b(\d{1,3})\s?[-–]\s?(\d{1,3})\b(?![\d.,]|[-–]\d)")
_HOUR_PART = re.compile(
    r"\b(?P<q1>(?:a|one)[\s-]+quarter[\s-]+(?:of[\s-]+)?an[\s-]+hour)\b"
    r"|\b(?P<q3>three[\s-]+quarters[\s-]+(?:of[\s-]+)?an[\s-]+hour)\b"
    r"|\b(?P<h>half[\s-]+an[\s-]+hour|a[\s-]+half[\s-]+hour|(?:every\s+)?half[\s-]hour)\b"
    r"|\b(?P<h3>an[\s-]+hour[\s-]+and[\s-]+a[\s-]+half)\b"
    # "an hour and 35 minutes", "two hours and 12 minutes" (round 59: read as 35 and 12)
    r"|\b(?P<hm>(?P<hn>an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"\s+hours?,?\s+(?:and\s+)?(?P<mn>\d{1,2}|[a-z]+(?:[\s-][a-z]+)?)\s+minutes?"
    r"(?:,?\s+(?:and\s+)?(?P<sn>\d{1,2})\s+seconds?)?)\b"
    # a race time, "2:11:48", as "2 hours 11 minutes 48 seconds" (round 28)
    r"|(?<![\d:.])(?P<rt>(?P<rh>\d{1,2}):(?P<rm>[0-5]\d):(?P<rs>[0-5]\d))(?![\d:])",
    re.I,
)
_HOUR_PARTS = {"q1": 0.25, "q3": 0.75, "h": 0.5, "h3": 1.5}  # in hours, as durations are
_COUNT_WORDS = _NUMBER_WORDS | {"half", "quarter"}
_NUMERATOR = re.compile(r"\b(?:two|three|four|five)(?=[\s-]+(?:thirds|quarters|fifths)\b)", re.I)


_LIST_MARK = re.compile(r"(?:^|(?<=[.!?:]\s))(\d{1,2})\.\s+(?=[A-Z])")


@text_cache(maxsize=4096)
def numbers(text: str) -> tuple[Number, ...]:
    """Every number in ``text`` with its value and unit (years and the days of dates are
    not numbers here: the date check reads them)."""
    if not has_digit(text) and _COUNT_WORDS.isdisjoint(letters(text)):
        return ()
    taken = calendar_spans(text)
    # a numbered heading's mark: "1. Marvin wins the speaker vote" (round 200)
    taken += [m.span(1) for m in _LIST_MARK.finditer(text)]
    shares: list[Number] = []
    # "eight out of 10" is a share: 80%, as a rewriter may write it
    for m in _OUT_OF.finditer(text):
        part, whole = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        a, b = count(part.lower()), count(whole.lower())
        if a is not None and b:
            taken.append(m.span())
            shares.append((100.0 * a / b, "%", m.group()))
    out: list[Number] = [(2.0, "", m.group()) for m in re.finditer(r"\btwice\b", text, re.I)]
    # "three-quarters of an hour" is 45 minutes, as a rewriter may write "45 minutes"
    for m in _HOUR_PART.finditer(text):
        if m.group("rt"):
            hours = int(m.group("rh")) + int(m.group("rm")) / 60 + int(m.group("rs")) / 3600
        elif m.group("hm"):
            h, mins = count(m.group("hn")), count(m.group("mn"))
            if h is None or mins is None:
                continue
            hours = h + mins / 60 + int(m.group("sn") or 0) / 3600
        else:
            hours = _HOUR_PARTS[m.lastgroup or ""]
        taken.append(m.span())
        out.append((hours, "h", m.group()))
    # the "three" of "three-quarters" counts parts of a fraction (approx() reads it)
    taken += [m.span() for m in _NUMERATOR.finditer(text)]
    out += shares
    out += [(12.0, "", m.group()) for m in re.finditer(r"\ba dozen\b", text, re.I)]
    last: tuple[float, str, float, int] | None = None  # value, unit, as written, end
    for m in _NUM.finditer(text):
        if any(a <= m.start("n") < b for a, b in taken):
            continue  # the day of a date, the hour of a time
        if (
            m.group("n").lower() == "one"
            and not _QUANTITY_BEFORE.search(text, 0, m.start())
            and not (m.group("unit") or "").startswith("-")
        ):
            # "one day he hoped", "at one point": "about one hour" is a length, and so is
            # "a one-mile zone" (round 100)
            continue
        v = _num_value(m)
        if v is None:
            continue
        written = _written(m.group("n"))
        if (
            not v[1]
            and last is not None
            and last[1]
            and written is not None
            and _ELLIPTIC.fullmatch(text[last[3] : m.start()])
            and _NO_NOUN_AFTER.match(text, m.end())
        ):
            # "50 minutes instead of 20", "to 3.4 percent from 2.9": the unit of the
            # figure before (round 77)
            v = (written * (last[0] / last[2]) if last[2] else written, last[1])
        out.append((v[0], v[1], m.group().strip()))
        if written is not None:
            last = (v[0], v[1], written, m.end())
    # the second figure of a score, a vote or a range ("voted 9-4", "won 3-1"), which the
    # figure pattern leaves out after a hyphen (round 62: "9-4" -> "9-5" went unseen)
    # (not the last day of a date's range: "on March 27-29", round 204)
    for m in _SCORE.finditer(text):
        if not any(a <= m.start(2) < b or a <= m.start(1) < b for a, b in taken):
            out.append((float(m.group(2)), "", m.group()))
    return tuple(out)


_ELLIPTIC = re.compile(
    r",?\s+(?:instead of|rather than|from|up from|down from|against|compared with|"
    r"compared to|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+)?",
    re.I,
)


# ... not a count of its own: "raised 1.26 million pounds from 3,400 investors"
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[.,;:)!?]|$|(?:in|on|at|a|an|the|last|this|per|each|and|or|but|to|by|for|before"
    r"|after|earlier|ago|previously|a year|the year)\b)",
    re.I,
)


def _written(n: str) -> float | None:
    """The figure as written, before its scale or unit ("1,200" -> 1200.0)."""
    try:
        return float(_plain(n))
    except ValueError:
        return None


def same_num(a: Number, b: Number) -> bool:
    return abs(a[0] - b[0]) <= 1e-9 * max(1.0, abs(a[0])) and (a[1] == b[1] or not a[1] or not b[1])


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
    # years and months together ("six years and eight months" = "80 months": round 66)
    r"\b(?P<cy>a|an|one|\d+|" + _NUMWORD + r")\s+years?,?\s+and\s+"
    r"(?P<cm>a|an|one|\d+|" + _NUMWORD + r")\s+months?\b"
    # "half a century" = "fifty years" (round 125)
    r"|\bhalf\s+an?\s+(?P<hs>century|decade|year|month|week|day)\b"
    r"|\b(?:(?P<k>a|an|one|two|three|\d+|" + _NUMWORD + r")[\s-]+)?"
    r"(?P<f>half|thirds?|quarters?|fifths?|tenths?)\b"
    r"(?![\s-]+(?:of\s+)?(?:an?\s+)?(?:hour|day|week|month|year|time|"
    r"century|decade|mile|kilometre|kilometer|dozen|million|billion))"
    # ("three and a half years" = "42 months": round 64)
    r"|\b(?:(?P<n>a|an|one|\d+|" + _NUMWORD + r")(?P<nh>\s+and\s+a\s+half)?[\s-]+)?"
    r"(?P<s>days?|weeks?|fortnights?|"
    r"months?|years?|decades?|century|centuries)\b"
    # a frequency is an interval: "twice a year" = every six months
    r"|\b(?P<q>once|twice|thrice|(?:\d+|" + _NUMWORD + r")\s+times)\s+(?:a|an|per|each)\s+"
    r"(?P<per>hour|day|week|fortnight|month|year|decade)\b"
    # a share said as a side of half: "a majority of the population" for 49.7% (round
    # 223); not a margin ("a majority of 11") nor a share said in figures ("a two-thirds
    # majority" is two-thirds)
    r"|\b(?:an?|the)\s+(?:(?:slim|narrow|clear|large|small|big|vast|overwhelming|bare|simple"
    r"|absolute)\s+)?(?P<mj>majority|minority)\b(?!\s+of\s+(?:\d|" + _NUMWORD + r"))",
    re.I,
)
APPROX_TOLERANCE = 0.05  # relative: "a third" is 33%, "nearly half" is "almost 50%"
_APPROX_WORDS = frozenset(
    {"half", "third", "thirds", "quarter", "quarters", "fortnight", "century", "centuries", "both"}
    | {"fifth", "fifths", "tenth", "tenths", "majority", "minority"}
) | {w + s for w in ("day", "week", "fortnight", "month", "year", "decade") for s in ("", "s")}


def count(word: str | None) -> float | None:
    """The number a count word or figure says ("a" and "one" are 1, "twelve" 12)."""
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


# (with its article: a bare "last year" is a date, read by the date check)
# ("over the following year" = "over the next 12 months", round 149)
_PAST = re.compile(r"\bthe\s+(?:past|last|previous|next|following|coming)\s+$", re.I)


@text_cache(maxsize=4096)
def approx(text: str) -> tuple[Number, ...]:
    """Approximate quantities of ``text``: a fraction as a percentage (``nearly half`` =
    50%, ``two-thirds`` = 66.7%) and a span of time in days (``a week`` = 7, ``a
    fortnight`` = 14, ``three weeks`` = 21). They only match numbers (within
    ``APPROX_TOLERANCE``); facts.py never reports one as a number of its own."""
    if _APPROX_WORDS.isdisjoint(letters(text)):
        return ()
    # "both parties" is "the two sides"
    out: list[Number] = [(2.0, "", m.group()) for m in re.finditer(r"\bboth\b", text, re.I)]
    hours = [m.span() for m in _HOUR_PART.finditer(text)]  # durations, read by numbers()
    for m in _APPROX.finditer(text):
        if any(a <= m.start() < b for a, b in hours):
            continue
        if m.group("cy"):
            y, mo = count(m.group("cy")), count(m.group("cm"))
            if y is not None and mo is not None:
                out.append((y * _SPANS["year"] + mo * _SPANS["month"], "", m.group()))
        elif m.group("hs"):
            out.append((_SPANS[m.group("hs").lower()] / 2, "", m.group()))
        elif m.group("f"):
            if not m.group("k") and m.group("f").lower() != "half":
                continue  # "the third day": an ordinal
            k = count(m.group("k"))
            frac = _FRACTIONS[m.group("f").lower().rstrip("s")]
            if k is not None and k * frac <= 100:
                out.append((k * frac, "%", m.group()))
        elif m.group("mj"):
            out.append((50.0, "%", m.group()))
        elif m.group("q"):
            q = m.group("q").lower()
            times = _TIMES.get(q) or count(q.removesuffix("times").strip())
            if times and m.group("per").lower() == "hour":  # "twice an hour": every 30 minutes
                out.append((1 / times, "h", m.group()))
            elif times:
                out.append((_SPANS[m.group("per").lower()] / times, "", m.group()))
        else:
            k = count(m.group("n"))
            unit = m.group("s").lower().rstrip("s")
            unit = "century" if unit.startswith("centur") else unit
            # "over the past decade" = "over the last ten years" (round 138)
            past = m.group("s").lower() in ("year", "decade", "century") and _PAST.search(
                text, 0, m.start()
            )
            if k is not None and (m.group("n") or unit == "fortnight" or past):
                k += 0.5 if m.group("nh") else 0.0
                out.append((k * _SPANS[unit], "", m.group()))
    return tuple(out)


def side_of_half(x: Number) -> int:
    """1 for "a majority", -1 for "a minority": a share on that side of half, however far
    from it; 0 for any other quantity."""
    text = x[2].lower()
    return 1 if text.endswith("majority") else -1 if text.endswith("minority") else 0


def near_num(a: Number, b: Number) -> bool:
    """``a`` and ``b`` are within ``APPROX_TOLERANCE`` and their units agree."""
    close = abs(a[0] - b[0]) <= APPROX_TOLERANCE * max(abs(a[0]), abs(b[0]), 1e-9)
    return close and (a[1] == b[1] or not a[1] or not b[1])
