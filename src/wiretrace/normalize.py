"""Unicode normalisation that keeps a map from every output character back to the input.

Rewriters and scrapers disagree on typography (curly vs straight quotes, en dashes,
NBSP, mojibake such as ``â€™``). Comparing texts needs one form; reporting needs the
original offsets. ``normalize`` gives both: ``out[k]`` came from ``text[offsets[k]]``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

import ftfy

# Kana and CJK ideographs: scripts written without spaces between words, which the
# tokenisers read a character (report diffs) or a character pair (alignment) at a time
HAN_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Marks inside words that ``\w`` does not match: Arabic vowel marks, and the vowel signs
# and viramas of the Indic scripts (Devanagari to Sinhala; the danda, U+0964-5, ends a
# sentence). Without them a Hindi word falls apart at every vowel sign.
WORD_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0963\u0966-\u0dff"
# Scripts of South-East Asia written without spaces between words (Thai, Lao, Myanmar,
# Khmer), whose vowel and tone marks ``\w`` does not match either: read, like Chinese, a
# character pair at a time (align.tokens)
UNSPACED_SE_ASIA = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"

_CHAR_MAP: dict[str, str] = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u02bc": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2039": "'",
    "\u203a": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u3000": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2008": " ",
    "\u2026": "...",
    "\t": " ",
}
# Digits of every script as ASCII digits, with the Arabic decimal and thousands marks and
# per cent sign: one figure written "۱۲۰" in one copy and "120" in another is one figure
# (round 47: a Persian report in Persian digits beside one in Latin digits).
_CHAR_MAP.update(
    {
        chr(c): str(unicodedata.decimal(chr(c)))
        for c in range(0x80, 0x10000)
        if unicodedata.category(chr(c)) == "Nd"
    }
)
_CHAR_MAP.update({"\u066b": ".", "\u066c": ",", "\u066a": "%"})
# Dropped outright: zero-width characters and the BOM carry no text.
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# The fast path: one-for-one replacements keep every offset, so str.translate can do them.
_ONE_TO_ONE = str.maketrans({k: v for k, v in _CHAR_MAP.items() if len(v) == 1})
_NEEDS_SLOW_PATH = re.compile("[" + "".join(sorted(_DROP)) + "\u2026]")
_SPACE_RUN = re.compile(" {2,}")
# Text ftfy would leave alone: printable ASCII and line breaks, no HTML entity to decode.
_ASCII_CLEAN = re.compile(r"[^\t\n\r\x20-\x25\x27-\x7e]")


def _fix_mojibake(text: str) -> tuple[str, list[int]]:
    """ftfy's mojibake repair, with a character map recovered by aligning before/after."""
    if not _ASCII_CLEAN.search(text):
        return text, list(range(len(text)))  # ftfy costs ~1 ms and would change nothing
    fixed = ftfy.fix_text(
        text,
        uncurl_quotes=False,
        fix_character_width=False,
        normalization=None,
        fix_line_breaks=False,
    )
    if fixed == text:
        return text, list(range(len(text)))
    offsets: list[int] = []
    sm = difflib.SequenceMatcher(None, text, fixed, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            offsets.extend(range(i1, i2))
        else:
            # A repaired run maps onto the run it replaced, proportionally.
            span = max(i2 - i1, 1)
            n = j2 - j1
            offsets.extend(i1 + min(span - 1, (k * span) // max(n, 1)) for k in range(n))
    return fixed, offsets


def normalize(text: str) -> tuple[str, list[int]]:
    """Return ``(normalised, offsets)`` with ``len(offsets) == len(normalised)``.

    Straight quotes and ASCII hyphens, single spaces, NFC, mojibake repaired. Newlines
    are kept (the sentence splitter uses them as hard breaks).
    """
    fixed, fmap = _fix_mojibake(text)
    if not _NEEDS_SLOW_PATH.search(fixed) and unicodedata.is_normalized("NFC", fixed):
        return _normalize_fast(fixed, fmap)
    return _normalize_slow(fixed, fmap)


def _normalize_fast(fixed: str, fmap: list[int]) -> tuple[str, list[int]]:
    """Same output as ``_normalize_slow`` when no character is dropped or expanded and
    the text is already NFC (per-character NFC is then the identity): ~10x faster,
    because the work happens in ``str.translate`` and the regex engine."""
    mapped = fixed.translate(_ONE_TO_ONE)
    if "  " not in mapped:
        return mapped, fmap
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _SPACE_RUN.finditer(mapped):
        a = m.start() + 1  # keep the first space of the run
        out.append(mapped[pos:a])
        offsets.extend(fmap[pos:a])
        pos = m.end()
    out.append(mapped[pos:])
    offsets.extend(fmap[pos:])
    return "".join(out), offsets


def _normalize_slow(fixed: str, fmap: list[int]) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    prev_space = False
    for k, ch in enumerate(fixed):
        if ch in _DROP:
            continue
        rep = _CHAR_MAP.get(ch)
        if rep is None:
            rep = unicodedata.normalize("NFC", ch) if not ch.isascii() else ch
        for r in rep:
            is_space = r == " "
            if is_space and prev_space:
                continue
            prev_space = is_space
            out.append(r)
            offsets.append(fmap[k])
    return "".join(out), offsets


def normalize_plain(text: str) -> str:
    """``normalize`` without the offset map, for comparison keys."""
    return normalize(text)[0]
