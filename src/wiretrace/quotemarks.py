"""Where the quotations of an article are: pairing quote marks, across sentence breaks.

Sentences are normalised, so only ``"`` and ``'`` occur. A double quote left open at a
paragraph end closes there when the next sentence opens a new one (the news convention
for a quote running on). Single quotes count as quote marks only when an opening mark
(after a space, before a letter) pairs with a closing mark in the same sentence, so
Jama'at, BAMEX'25 and militants' blockade are not quotes; single quotes inside a
double-quoted passage are part of it (nested quotes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .article import Sentence

# (sentence, start, end_sentence, end, mark): the first character inside the marks and
# the closing mark's offset (exclusive end of the quoted text).
Marks = tuple[int, int, int, int, str]

_SQ_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[\-]))'(?=[^\W_])")
# A quotation inside one sentence, in double quotes or in paired single quotes (British
# style: 'The vessel is stable,' said ...), apostrophes inside it allowed (don't). The
# stages that read narration (align, evidence, the fact checks) leave these out.
QUOTED = re.compile(
    r'"[^"]*"'
    r"|(?:(?<=^)|(?<=[\s(\[\-]))'(?=[^\W_])(?:[^'\"]|'(?=[^\W_]))*?(?<=[^\s'])'"
    r"(?=[\s.,;:!?)\]\-]|$)"
)
_SQ_CLOSE = re.compile(r"(?<=[^\s'])'(?=[\s.,;:!?)\]\-]|$)")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation: opens in sentence ``sentence`` at char ``start`` (the first character
    inside the marks) and closes in ``end_sentence`` at ``end`` (exclusive, the closing
    mark's offset). ``text`` is the words inside the marks (joined with a space when the
    quote spans sentences)."""

    sentence: int
    start: int
    end_sentence: int
    end: int
    text: str
    speaker: str | None
    cue: str | None
    mark: str = '"'

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "start": self.start,
            "end_sentence": self.end_sentence,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "cue": self.cue,
        }


def _looks_opening(text: str, k: int) -> bool:
    before = text[k - 1] if k > 0 else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    return (before.isspace() or before in "([-") and not after.isspace()


def mark_spans(sentences: Sequence[Sentence]) -> list[Marks]:
    """(sentence, start, end_sentence, end, mark) for every quotation, in order."""
    out: list[Marks] = []
    open_at: tuple[int, int] | None = None
    for si, sent in enumerate(sentences):
        text = sent.text
        if open_at is None and '"' not in text:
            continue
        for k, ch in enumerate(text):
            if ch != '"':
                continue
            if open_at is None:
                open_at = (si, k + 1)
            elif open_at[0] != si and _looks_opening(text, k):
                # A quote left open at a paragraph end (the news convention for a
                # quote running on): close it at the end of the previous sentence.
                prev = open_at[0] if si - 1 < open_at[0] else si - 1
                out.append((open_at[0], open_at[1], prev, len(sentences[prev].text), '"'))
                open_at = (si, k + 1)
            else:
                out.append((open_at[0], open_at[1], si, k, '"'))
                open_at = None
        if open_at is not None and si - open_at[0] >= 3:
            open_at = None  # a stray mark: do not let it swallow the article
    if open_at is not None:
        last = len(sentences) - 1
        if last - open_at[0] <= 1:
            out.append((open_at[0], open_at[1], last, len(sentences[last].text), '"'))
    # Single quotes at top level only (nested ones belong to the enclosing quote).
    for si, sent in enumerate(sentences):
        text = sent.text
        if "'" not in text:
            continue
        covered = inside_ranges(out, si, len(text))
        closes = [m.start() for m in _SQ_CLOSE.finditer(text)]
        pos = 0
        for m in _SQ_OPEN.finditer(text):
            a = m.start()
            if a < pos or any(x <= a < y for x, y in covered):
                continue
            b = next((c for c in closes if c > a + 1), None)
            if b is None or any(x <= b < y for x, y in covered):
                continue
            out.append((si, a + 1, si, b, "'"))
            pos = b + 1
    out.sort(key=lambda t: (t[0], t[1]))
    return out


def inside_ranges(spans: Sequence[Marks], si: int, length: int) -> list[tuple[int, int]]:
    """Character ranges of sentence ``si`` that are inside quote marks."""
    ranges: list[tuple[int, int]] = []
    for s0, a, s1, b, _ in spans:
        if s0 <= si <= s1:
            ranges.append((a if s0 == si else 0, b if s1 == si else length))
    return ranges


def quoted_text(sentences: Sequence[Sentence], span: Marks) -> str:
    """The words inside the marks of ``span`` (sentences joined with a space)."""
    s0, a, s1, b, _ = span
    if s0 == s1:
        return sentences[s0].text[a:b].strip()
    parts = [sentences[s0].text[a:]]
    parts += [sentences[k].text for k in range(s0 + 1, s1)]
    parts.append(sentences[s1].text[:b])
    return " ".join(p.strip() for p in parts).strip()
