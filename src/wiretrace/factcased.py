"""Names a copy changed, in a language the English fact checks do not read.

A script with capital letters (Latin, Cyrillic, Greek) marks names the same way in every
language that writes it: ``Joaquín Revilla`` -> ``Joaquín Revuelta``, ``Геннадий Сурмин``
-> ``Геннадий Сурков`` (round 47). In an aligned pair of sentences, a capitalised word the
copy put where the source had another one, beside a capitalised word both keep (the given
name, or the surname when the given name changed), is a changed name when neither word is
a form of a word of the other article. Forms, because names inflect (``Сурмина`` is
``Сурмин`` in the genitive): two words are one name when one is the other with a short
ending changed.

Two kinds of text are left alone: languages that capitalise every noun (German: a
``Stadtrat`` rewritten as ``Gemeinderat`` is no changed name), recognised by the share of
capitalised words inside sentences; and scripts without capitals (Arabic, Hebrew, the
Indic scripts, Chinese), where nothing marks a name.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from .article import Alignment, Article, Change
from .factpair import aligned_texts, pair_change

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_OPENS = re.compile(r"[.!?:;\"'«»„“”(\-]\s*$")
# Share of capitalised words inside sentences (not opening one) above which a language
# capitalises its nouns: English, Spanish, Russian news text 0.05-0.2, German 0.25-0.35.
NOUNS_CAPITALISED = 0.22
# An inflected form keeps all but the last two letters of a name and adds at most three
# ("Surmin" / "Surmina" / "Surminym"; a shorter stem would make "Revilla" a form of
# "revisión")
STEM_CUT = 2
ENDING = 3
MIN_STEM = 4


def _words(text: str) -> list[tuple[str, bool]]:
    """(word, capitalised inside the sentence) for each word of ``text``."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        inside = bool(text[: m.start()].strip()) and not _OPENS.search(text[: m.start()])
        out.append((w, inside and w[0].isupper() and not w.isupper()))
    return out


def capitalises_nouns(article: Article) -> bool:
    words = [w for s in article.sentences for w in _words(s.text)[1:]]
    cased = [w for w, _ in words if w[0].isupper() or w[0].islower()]
    if len(cased) < 20:
        return False
    return sum(cap for _, cap in words) / len(cased) >= NOUNS_CAPITALISED


def _same_cap(a: str, b: str) -> bool:
    return a == b and a[0].isupper()


def _form_of(word: str, words: set[str]) -> bool:
    """``word`` (case-folded) or an inflected form of it is among ``words``."""
    if word in words:
        return True
    stem = word[: max(MIN_STEM, len(word) - STEM_CUT)]
    return any(
        w.startswith(stem) and abs(len(w) - len(word)) <= ENDING
        for w in words
        if len(w) >= MIN_STEM
    )


def name_changes(
    source: Article, copy: Article, alignments: Sequence[Alignment], *, min_score: float
) -> list[Change]:
    """Changed names in aligned pairs of a cased script (see the module docstring)."""
    if capitalises_nouns(source) or capitalises_nouns(copy):
        return []
    s_words = {w.casefold() for s in source.sentences for w, _ in _words(s.text)}
    c_words = {w.casefold() for s in copy.sentences for w, _ in _words(s.text)}
    out = []
    for al, s_text, c_text in aligned_texts(source, copy, alignments, min_score=min_score):
        sw, cw = _words(s_text), _words(c_text)
        matcher = difflib.SequenceMatcher(
            a=[w.casefold() for w, _ in sw], b=[w.casefold() for w, _ in cw], autojunk=False
        )
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op != "replace":
                continue
            # the replaced stretch's first words, after a name both keep (the given name),
            # or its last words, before one (the surname)
            ends = []
            if i1 > 0 and j1 > 0 and _same_cap(sw[i1 - 1][0], cw[j1 - 1][0]):
                ends.append((i1, j1))
            if i2 < len(sw) and j2 < len(cw) and _same_cap(sw[i2][0], cw[j2][0]):
                ends.append((i2 - 1, j2 - 1))
            for i, j in ends:
                (s_name, s_cap), (c_name, c_cap) = sw[i], cw[j]
                if not (s_cap and c_cap):
                    continue
                if _form_of(c_name.casefold(), s_words) or _form_of(s_name.casefold(), c_words):
                    continue
                out.append(pair_change("name", source, copy, al.source, al.copy, s_name, c_name))
                break
    return out
