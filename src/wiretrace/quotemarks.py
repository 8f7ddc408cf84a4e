"""Where the quotations of an article are: pairing quote marks, across sentence breaks.

Sentences are normalised, so only ``"`` and ``'`` occur. A double quote left open at a
paragraph end closes there when the next sentence opens a new one (the news convention
for a quote running on). Single quotes count as quote marks only when an opening mark
(after a space, before a letter) pairs with a closing mark in the same sentence, so
Jama'at, BAMEX'25 and militants' blockade are not quotes; single quotes inside a
double-quoted passage are part of it (nested quotes). A term or a work's title in quote
marks (``named_term``) is no one's speech.
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


# A term set in quote marks is no one's speech: 'the "potentially hazardous asteroid"
# label', 'so-called "green levies"', a heading asking 'Why "potentially hazardous"?'
# (round 162: read as a scientist's words)
TERM = "(a term)"
_TERM_AFTER = re.compile(
    r"\W{0,2}\s*(?:label|labels|term|tag|designation|classification|category|status|"
    r"moniker|nickname|rating|warning)\b",
    re.I,
)
_TERM_BEFORE = re.compile(
    r"\b(?:the (?:term|word|words|phrase|label)|called|dubbed|labell?ed|classed as|"
    r"classified as|known as|so-called|branded|Why)(?:\s+(?:it|them))?(?:\s+(?:a|an|the))?"
    r"\W{0,2}\s*\W?$",
    re.I,
)


_TITLE_SMALL = frozenset("of the a an and in on at for to with from".split())
_WORK_LEAD = frozenset(
    """in of for from film movie thriller drama comedy documentary series album song single
    novel book play opera musical show painting sculpture exhibition""".split()
)


def named_term(sentence: str, start: int, end: int, text: str) -> bool:
    """The quote ``text`` (chars ``start`` to ``end`` of ``sentence``) is a term or a
    work's title set in quote marks, no one's words."""
    if len(text.split()) > 4:
        return False
    # a work's title: 'sales of last year's "Ashfall 3"' (round 195)
    # (not one word: '"Disgraceful," she said')
    words = re.findall(r"[\w'’-]+", text)
    if len(words) > 1 and all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return True
    # (with its small words: '"The Weight of Snow", Ilona Berecz's documentary'; or one
    # word after a preposition or the kind of work: 'the thriller "Undertow"', 'her role
    # ... in "Encore"', round 264)
    capped = [w for w in words if w.lower() not in _TITLE_SMALL]
    if (
        len(words) > 1
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() for w in capped)
    ):
        return True
    if len(words) == 1 and words[0][:1].isupper() and not re.search(r"[,.!?;:]", text):
        before = re.findall(r"[\w'’-]+", sentence[: max(start - 1, 0)])[-1:]
        if before and before[0].lower() in _WORK_LEAD:
            return True
    return bool(
        _TERM_AFTER.match(sentence, end + 1) or _TERM_BEFORE.search(sentence[: max(start - 1, 0)])
    )
