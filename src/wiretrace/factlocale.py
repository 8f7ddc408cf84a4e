"""Dates and clock times in the languages the English checks do not read.

For another language the change report compares figures in digits (factdigits.py:
``figure_changes``). A figure before a month's name is a day of a date ("le 12 mai" ->
"le 21 mai", "el 12 de abril", "am 12. Mai"), reported as a changed ``date``; and a clock
time written in digits ("a las 16:30", "às 14h20", "um 14 Uhr"), which ``figure_changes``
leaves out because rewriters restate hours in words, is compared here when both sides
write it in digits (round 121).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .article import Alignment, Article, Change
from .factpair import aligned_texts, pair_change

# month names of the languages of Western Europe the wires write in (French, Spanish,
# Portuguese, Italian, German, Dutch), lower case
_MONTHS = """janvier février fevrier mars avril mai juin juillet août aout septembre octobre
    novembre décembre decembre enero febrero marzo abril mayo junio julio agosto septiembre
    setiembre octubre noviembre diciembre janeiro fevereiro março marco maio junho julho
    setembro outubro dezembro gennaio febbraio aprile maggio giugno luglio settembre ottobre
    dicembre januar jänner februar märz juni juli oktober dezember januari februari maart mei
    augustus""".split()
_MONTH = "|".join(sorted(set(_MONTHS), key=len, reverse=True))
# the month after the day: "12 mai", "12 de abril", "12. Mai"
_MONTH_AFTER = re.compile(rf"\.?\s*(?:de\s+|del\s+)?({_MONTH})\b", re.I)
# a clock time in digits: "16:30", "14h20", "14 h 20", "14 Uhr", "14.30 Uhr", and the
# Spanish and Portuguese hour with a dot: "a las 6.00 horas" (round 161)
_CLOCK = re.compile(
    r"(?<![\d.,:])([01]?\d|2[0-3])(?:\s*[:h]\s*([0-5]\d)\b|[.]([0-5]\d)\s*(?:Uhr|horas)\b"
    r"|\s*Uhr\b)",
    re.I,
)


def as_date(text: str, figure: str) -> str | None:
    """``figure`` (a day, as ``figure_changes`` shows it) with the month after it in
    ``text``, when a month's name follows it: the date as written; else None."""
    day = figure.split()[0] if figure.split() else ""
    for at in re.finditer(rf"(?<![\d.,]){re.escape(day)}(?![\d,])", text):
        m = _MONTH_AFTER.match(text, at.end())
        if m:
            return text[at.start() : m.end()]
    return None


def _clocks(text: str) -> list[tuple[int, str]]:
    """(minutes after midnight, the time as written) for each clock time in digits."""
    out = []
    for m in _CLOCK.finditer(text):
        minutes = int(m.group(2) or m.group(3) or 0)
        out.append((int(m.group(1)) * 60 + minutes, m.group()))
    return out


def clock_changes(
    source: Article, copy: Article, alignments: Sequence[Alignment], *, min_score: float
) -> list[Change]:
    """In an aligned pair, a clock time of the source the copy's sentence lacks, against
    one the copy gives that the source gives nowhere, both in digits."""
    s_all = {v for s in source.sentences for v, _ in _clocks(s.text)}
    out = []
    for al, s_text, c_text in aligned_texts(source, copy, alignments, min_score=min_score):
        c_here = {v for v, _ in _clocks(c_text)}
        gone = [t for v, t in _clocks(s_text) if v not in c_here]
        new = [t for v, t in _clocks(c_text) if v not in s_all]
        if len(gone) == 1 and len(new) == 1:
            out.append(pair_change("time", source, copy, al.source, al.copy, gone[0], new[0]))
    return out
