"""Figures a copy changed in a language the fact checks do not read: digits, the one
thing every language writes alike (``figure_changes``; the English checks of counts,
money and shares are in factfigures.py)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence

from .article import Alignment, Article, Change
from .factlocale import as_date
from .factpair import aligned_texts, pair_change

# A figure in digits, wherever it stands: "48 milionů", "7,2 milioane", "승합차 12대를" (a
# counter written onto the number). Grouped with "." "," or a no-break space.
_DIGITS = re.compile(r"(?<![\d.,])\d+(?:[.,\u00a0\u202f]\d+)*")
# and its unit: a counter or case ending written onto it ("12대를", in scripts with no
# spaces a few characters), or the next word
_SHOWN = re.compile(r"[^\s\d.,;:!?()\"'«»„“”]{0,4}(?:\s+[^\s\d.,;:!?()\"'«»„“”]{1,20})?")
# Years and clock times are dates, which rewriters restate ("in 2023, up 14% on the year
# before" -> "last year, 14% more than in 2022"; "19点" -> "晚上7点"): left out.
_MODERN_YEAR = re.compile(r"(?:19|20)\d\d")
_CLOCK = re.compile(r"\s*(?::\d|[点时時시]|Uhr\b|horas?\b|h\b|h\d\d\b|giờ)")  # "6.00 horas"
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f]\d{3})+")


def _value(figure: str) -> float:
    """ "28.000" and "28,000" are 28000, "7,2" and "7.2" are 7.2."""
    if _THOUSANDS.fullmatch(figure):
        return float(re.sub(r"\D", "", figure))
    return float(re.sub(r"[,\u00a0\u202f]", ".", figure, count=1).replace(",", ""))


# Scale words after a figure, in the languages of our rounds: "1,2 miliardi" is "1.200
# milioni" and "14,8 milioni" is "14 milioni e 800 mila" (round 153)
_SCALES = {
    "thousand": 1e3, "mila": 1e3, "mille": 1e3, "mil": 1e3, "tausend": 1e3, "duizend": 1e3,
    "million": 1e6, "millions": 1e6, "milioni": 1e6, "milione": 1e6, "millones": 1e6,
    "millón": 1e6, "millionen": 1e6, "miljoen": 1e6, "milhões": 1e6, "milhão": 1e6,
    "billion": 1e9, "miliardi": 1e9, "miliardo": 1e9, "milliards": 1e9, "milliard": 1e9,
    "milliarden": 1e9, "miljard": 1e9, "mil millones": 1e9,
}  # fmt: skip
_AND = frozenset("e y et und en and".split())


def _figures(text: str) -> list[tuple[float, str, str]]:
    """(value, the figure with its unit as written, the unit) for every figure in digits;
    the unit is what is written onto the figure ("대를" of "12대를"), else the next word.
    A scale word multiplies it, and "14 milioni e 800 mila" is one figure."""
    out: list[tuple[float, str, str]] = []
    joined = False
    for m in _DIGITS.finditer(text):
        if _MODERN_YEAR.fullmatch(m.group()) or _CLOCK.match(text, m.end()):
            continue
        shown = _SHOWN.match(text, m.end())
        after = shown.group() if shown else ""
        with contextlib.suppress(ValueError):
            unit = after.split()[0] if after else ""
            value = _value(m.group()) * _SCALES.get(unit.casefold(), 1.0)
            before = text[max(0, m.start() - 40) : m.start()].split()
            if (
                out
                and not joined
                and len(before) >= 2
                and before[-1].casefold() in _AND
                and _SCALES.get(out[-1][2].casefold(), 1.0) > _SCALES.get(unit.casefold(), 0.0)
                and out[-1][1].endswith(" ".join(before[-2:-1]))
            ):
                last = out.pop()  # "14 milioni e 800 mila": the parts make one figure
                shown_as = f"{last[1]} {before[-1]} {m.group()}{after}"
                out.append((float(f"{last[0] + value:.9g}"), shown_as, last[2]))
                joined = True
                continue
            joined = False
            out.append((float(f"{value:.9g}"), m.group() + after, unit))
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
    for al, s_text, c_text in aligned_texts(
        source, copy, alignments, min_score=min_score, text=_told
    ):
        # a source figure this pair of sentences lost (the copy may give the same value
        # elsewhere: round 47's Hebrew "120 desks" kept, "120 shekels" made 180)
        c_here = [v for v, _, _ in _figures(c_text)]
        gone = []
        for v, t, u in _figures(s_text):
            if v in c_here:
                c_here.remove(v)
            else:
                gone.append((t, u, v))
        for c_val, c_fig, c_unit in [f for f in _figures(c_text) if f[0] not in s_all]:
            # a lost figure with the copy's unit before one with none ("R$ 18,7 milhões"
            # -> "R$ 17,8 milhões", not the bare "(15)" beside it)
            agree = [g for g in gone if _same_unit(g[1], c_unit)]
            was = next((g for g in agree if g[1] and c_unit), agree[0] if agree else None)
            if was is None:
                continue
            gone.remove(was)
            if was[2] != int(was[2]) and c_val == round(was[2]):
                continue  # rounded to a whole number: "41,8%" -> "quasi il 42%" (round 129)
            # a day before a month's name is a date ("le 12 mai" -> "le 21 mai")
            s_day, c_day = as_date(s_text, was[0]), as_date(c_text, c_fig)
            if s_day and c_day:
                out.append(pair_change("date", source, copy, al.source, al.copy, s_day, c_day))
                continue
            out.append(pair_change("number", source, copy, al.source, al.copy, was[0], c_fig))
    return out
