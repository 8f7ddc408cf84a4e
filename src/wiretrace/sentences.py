"""News-aware sentence splitting with offsets back into the original body.

pysbd does the splitting (it keeps ``"We will fight," said Gen. Smith.`` whole where
blingfire, syntok and spaCy split inside the quote; docs/components.md has the
measurement). This module decides what pysbd sees: line breaks that end a headline,
a bullet or a paragraph are hard breaks; line breaks inside hard-wrapped prose are not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import pysbd

# pysbd runs a few hundred distinct regex patterns per text through re's module-level
# cache, which holds 512: at that size the patterns evict each other and are recompiled
# on every article. A larger cache makes ingest ~40% faster (measured: 9.7 -> 5.7 ms
# per 12-sentence article with `bench/compare_speed.py`'s ingest figure). The attribute is private, so set it defensively.
if getattr(re, "_MAXCACHE", 4096) < 4096:
    re._MAXCACHE = 4096  # type: ignore[attr-defined]

from .article import Sentence
from .normalize import normalize

_TERMINAL = ".!?\"')]:;۔؟"
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013\u2014]|\d{1,2}[.)])\s+")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_HAS_WORD = re.compile(r"\w")
# Honorifics pysbd does not know ("Eng." for a Kenyan engineer, "Cllr.", "Amb."): a name
# follows them, not a new sentence.
_TITLE_END = re.compile(r"(?:^|\s)(?:Eng|Hon|Cllr|Amb|Rt|Supt|Insp|Cmdr|Brig|Arch|Mgr)\.$")
# pysbd ends a sentence at "a.m."/"p.m." even when a day, date or time zone follows.
_AMPM_END = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m\.$")
_AMPM_NEXT = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d"
    r"|(?:E|C|M|P)[SD]?T\b|GMT\b|UTC\b|local time\b|[a-z])"
)
# A day written as an ordinal before its month, as German and the Nordic languages write
# dates: "bis zum 13. Juni 2027" is one sentence (round 143).
_DAY_DOT_END = re.compile(r"(?:^|\s)\d{1,2}\.$")
_MONTH_NEXT = re.compile(
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|januar|februar|marts|mars|maj|juni|juli|augusti?|oktober|desember|december"
    r"|(?:Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\.)(?=[\s,.;]|$)"
)
# A paragraph with no sentence stop before its end is one sentence (half of news
# paragraphs are): that skips pysbd's ~0.3 ms of regex work per block.
_INNER_STOP = re.compile(r"[.!?\n]")
_MAX_WRAP = 120  # no one hard-wraps prose wider than this
# Urdu and other scripts: pysbd has a rule set for a handful of languages; for the rest
# the English rules still break on ". ! ?" and the Unicode full stops added below.
# Chinese and Japanese put no space after a full stop: there the stop (and any closing
# quote after it) ends the sentence by itself.
_EXTRA_STOPS = re.compile(
    r"(?<=[۔؟।])\s+"
    r"|(?<=[。！？])(?![”」』）\"'’。！？])\s*"
    r"|(?<=[。！？][”」』）\"'’])\s*"
)


@lru_cache(maxsize=4)
def _segmenter(lang: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=lang, clean=False, char_span=False)


def _strip_final_stop(block: str) -> str:
    core = block.rstrip(" \"')]")
    return core[:-1] if core and core[-1] in ".!?" else core


# pysbd's time grows with the square of a block's length (2,000 one-line sentences: 6 s;
# 5,000: 40 s). A block longer than this is cut first at safe sentence ends: a stop after
# a word of 4+ letters or a figure, then a space and a capital. News paragraphs are far
# shorter; this is for a whole article pasted as one line.
_CHUNK = 3000
_SAFE_END = re.compile(r"(?:(?<=[a-z]{4}[.!?])|(?<=\d[.!?]))[\"'”’)]?\s+(?=[A-Z\"“])")


def _chunks(block: str) -> list[str]:
    if len(block) <= _CHUNK:
        return [block]
    out, start = [], 0
    for m in _SAFE_END.finditer(block):
        if m.start() - start >= _CHUNK:
            out.append(block[start : m.start()])
            start = m.end()
    out.append(block[start:])
    return out


def _pysbd_sentences(block: str, lang: str) -> list[str]:
    """pysbd's sentences of ``block``, without ``Segmenter.segment``'s span recovery.

    ``segment`` locates every sentence again with a regex built from its text, even
    when no spans are asked for: one compile per sentence (a third of pysbd's time) that
    also evicts pysbd's own patterns from re's cache. We locate sentences ourselves.
    """
    if not block:
        return []
    if lang == "en" and not _INNER_STOP.search(_strip_final_stop(block)):
        return [block]  # no stop before the end: pysbd would return the block whole
    seg = _segmenter(lang)
    return [sent for chunk in _chunks(block) for sent in seg.processor(chunk).process()]


def detect_script_language(text: str) -> str:
    """'ur' for Arabic-script text (the eval's Urdu news), else 'en'."""
    sample = text[:2000]
    letters = sum(ch.isalpha() for ch in sample) or 1
    arabic = len(_ARABIC_SCRIPT.findall(sample))
    return "ur" if arabic / letters > 0.3 else "en"


def _wrap_width(lines: list[str]) -> int | None:
    """The line width of hard-wrapped prose, or None when the text is not hard-wrapped.

    Hard-wrapped text (e-mail, wire feeds, ``fmt``) breaks lines at a fixed width of
    60-100 characters. Scraped pages put one paragraph per line, so most of their lines
    are far longer; then a line break is always a hard break (a caption line followed by
    ``Summary`` must not merge). The 90th percentile ignores a stray long URL line.
    """
    lengths = sorted(len(x) for x in lines if x)
    if not lengths:
        return None
    width = lengths[(len(lengths) - 1) * 9 // 10]
    return width if width <= _MAX_WRAP else None


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that must not share a sentence (split at hard line breaks)."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    nonblank = [text[a:b].strip() for a, b in lines]
    width = _wrap_width(nonblank)
    if width is None:
        # Not hard-wrapped: every line break ends a paragraph, headline or caption.
        return [span for span, x in zip(lines, nonblank, strict=True) if x]
    blocks: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for idx, (a, b) in enumerate(lines):
        stripped = nonblank[idx]
        if not stripped:
            if cur:
                blocks.append(cur)
                cur = None
            continue
        cur = (cur[0], b) if cur else (a, b)
        nxt = nonblank[idx + 1] if idx + 1 < len(lines) else ""
        hard = (
            stripped[-1] in _TERMINAL
            or len(stripped) < 0.7 * width  # a headline, bullet or short last line
            or bool(_BULLET.match(nxt))
            or not nxt
        )
        if hard:
            blocks.append(cur)
            cur = None
    if cur:
        blocks.append(cur)
    return blocks


def _split_block(block: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans inside one block, via pysbd, located back in the block."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in _pysbd_sentences(block, lang):
        for sub in _EXTRA_STOPS.split(piece):
            sub = sub.strip()
            if not sub:
                continue
            at = block.find(sub, pos)
            if at < 0:  # pysbd never rewrites with clean=False, but be safe
                continue
            prev = block[spans[-1][0] : spans[-1][1]] if spans else ""
            if (
                (_AMPM_END.search(prev) and _AMPM_NEXT.match(sub))
                or (_TITLE_END.search(prev) and sub[:1].isupper())
                or (_DAY_DOT_END.search(prev) and _MONTH_NEXT.match(sub))
            ):
                # "at 10 a.m. Friday." and "managing director Eng. Peter Njoroge said" are
                # one sentence each
                spans[-1] = (spans[-1][0], at + len(sub))
            else:
                spans.append((at, at + len(sub)))
            pos = at + len(sub)
    return spans


def split(
    body: str,
    spans: Sequence[tuple[int, int]] | None = None,
    *,
    language: str | None = None,
) -> list[Sentence]:
    """Split the parts ``spans`` of ``body`` (default: all of it) into sentences.

    Returned offsets index ``body``; ``Sentence.text`` is normalised (straight quotes,
    ASCII dashes, single spaces).
    """
    if spans is None:
        spans = [(0, len(body))]
    lang = language or detect_script_language(body)
    if lang not in ("en", "ur"):
        lang = "en"
    out: list[Sentence] = []
    for a, b in spans:
        norm, offs = normalize(body[a:b])
        for ba, bb in _blocks(norm):
            block = norm[ba:bb].replace("\n", " ").replace("\r", " ")
            for sa, sb in _split_block(block, lang):
                text = block[sa:sb].strip()
                if not _HAS_WORD.search(text):
                    continue
                start = a + offs[ba + sa]
                end = a + offs[ba + sb - 1] + 1
                out.append(Sentence(len(out), text, start, end))
    return out
