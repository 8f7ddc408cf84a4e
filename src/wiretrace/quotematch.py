"""Matching a copy quote's words against the source, for quotes.py: the words as keys
(numbers written out and in digits alike, stems), the source read as a run of words that
know their quote, and the best contiguous match of a quote in it, ellipses and all. Split
from quotes.py, which classifies each quote by what this finds."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .article import Article
from .quotemarks import QuoteSpan
from .quotespeakers import STOPWORDS, WORD
from .textcache import text_cache

# A number written out or in digits is the same word of a quote ("forty minutes" in the
# source, "40 minutes" in a copy that follows its house style).
_NUMS = {
    w: str(n)
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {
    w: str(10 * n)
    for n, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)
}


@text_cache(maxsize=65536)
def stem(w: str) -> str:
    w = w.lower().replace("'", "")
    if w in _NUMS:
        return _NUMS[w]
    if w.endswith("s") and len(w) > 3 and w[-2:] == "'s":
        w = w[:-2]
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            w = w[: -len(suf)]
            break
    # a final "e" too: "Neptunes" (-es) and "Neptune" are one word (round 92), as are
    # "issued" (-ed) and "issue"
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


# "90 per cent" and "90%" are one wording: the words of the sign are blanked, offsets kept
_PERCENT = re.compile(r"(?<=\d)\s?(?:per ?cent|percent)\b", re.IGNORECASE)


def quote_words(text: str) -> list[tuple[str, int]]:
    text = _PERCENT.sub(lambda m: "%".ljust(len(m.group())), text)
    return [(m.group(), m.start()) for m in WORD.finditer(text)]


@dataclass(slots=True)
class SourceWord:
    key: str
    text: str
    sent: int
    quote: int  # index of the quote (in the article's QuoteSpan list) or -1


class SourceSide:
    """An article's words with, for each, the quote it stands in (cached per analysis)."""

    def __init__(self, article: Article, quotes: list[QuoteSpan]) -> None:
        self.article = article
        self.quotes = quotes
        self.sent_words: list[list[SourceWord]] = []
        for si, sent in enumerate(article.sentences):
            ranges = [
                (
                    q.start if q.sentence == si else 0,
                    q.end if q.end_sentence == si else len(sent.text),
                    qi,
                )
                for qi, q in enumerate(quotes)
                if q.sentence <= si <= q.end_sentence
            ]
            row = []
            for w, at in quote_words(sent.text):
                qid = next((qi for a, b, qi in ranges if a <= at < b), -1)
                row.append(SourceWord(stem(w), w, si, qid))
            self.sent_words.append(row)

    def region(self, idx: Sequence[int]) -> list[SourceWord]:
        return [w for i in idx for w in self.sent_words[i]]


def _chain(
    qkeys: list[str],
    rkeys: list[str],
    cuts: frozenset[int] = frozenset(),
    rquote: list[int] | None = None,
) -> list[tuple[int, int, int]]:
    """Matching blocks (q, r, size) of the densest ordered chain of ``qkeys`` in ``rkeys``;
    at ``cuts`` (word positions of the quote where it marks a cut with an ellipsis) the
    chain may skip any stretch of the source (round 66: a sentence and a half left out),
    and it skips the attribution between two parts of one quote (``rquote``: the quote of
    each source word, -1 outside quotes) that the copy gives whole (round 88: '"... least
    of all me," chairman Geoffrey Naylor said at a launch event at the town hall. "But
    ..."')."""
    sm = difflib.SequenceMatcher(None, qkeys, rkeys, autojunk=False)
    blocks = [
        (a, b, n)
        for a, b, n in sm.get_matching_blocks()
        if n >= 2 or (n == 1 and qkeys[a] not in STOPWORDS)
    ]
    best: list[tuple[int, int, int]] = []
    cur: list[tuple[int, int, int]] = []
    for blk in blocks:
        if cur:
            qa, ra, n = cur[-1]
            gap_r = blk[1] - (ra + n)
            gap_q = blk[0] - (qa + n)
            cut = any(qa + n - 2 <= c <= blk[0] + 2 for c in cuts)
            said_between = (
                rquote is not None
                and gap_q <= 1
                and gap_r <= _MAX_SAID
                and rquote[ra + n - 1] >= 0
                and rquote[blk[1]] >= 0
                and all(rquote[x] < 0 for x in range(ra + n, blk[1]))
            )
            if (
                gap_r > max(5, gap_q + 5)
                and not (cut and 0 <= gap_r <= _MAX_CUT)
                and not said_between
            ):
                cur = []
        cur.append(blk)
        if sum(x[2] for x in cur) > sum(x[2] for x in best):
            best = list(cur)
    return best


@dataclass(slots=True)
class Match:
    region: list[SourceWord]
    chain: list[tuple[int, int, int]]
    matched: int

    @property
    def rset(self) -> dict[int, int]:
        """region index -> copy-quote word index for matched words."""
        return {r + k: q + k for q, r, n in self.chain for k in range(n)}


def found(m: Match | None, qlen: int) -> bool:
    if m is None or qlen == 0:
        return False
    if qlen <= 2:
        return m.matched == qlen
    return m.matched >= 2 and m.matched / qlen >= 0.5


def best_match(
    qkeys: list[str], regions: list[list[SourceWord]], cuts: frozenset[int] = frozenset()
) -> Match | None:
    best: Match | None = None
    for reg in regions:
        if not reg:
            continue
        ch = _chain(qkeys, [w.key for w in reg], cuts, [w.quote for w in reg])
        n = sum(x[2] for x in ch)
        if n == 0:
            continue
        inside = sum(1 for r in {r + k for _, r, k2 in ch for k in range(k2)} if reg[r].quote >= 0)
        if best is None or (n, inside) > (best.matched, _inside_count(best)):
            best = Match(reg, ch, n)
    return best


def _inside_count(m: Match) -> int:
    return sum(1 for r in m.rset if m.region[r].quote >= 0)


def word_diff(src: list[SourceWord], cpy: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [
        {
            "op": op,
            "source": " ".join(w.text for w in src[i1:i2]),
            "copy": " ".join(t for _, t in cpy[j1:j2]),
        }
        for op, i1, i2, j1, j2 in word_opcodes(src, cpy)
    ]


def word_opcodes(
    src: list[SourceWord], cpy: list[tuple[str, str]]
) -> Sequence[tuple[str, int, int, int, int]]:
    sm = difflib.SequenceMatcher(None, [w.key for w in src], [k for k, _ in cpy], autojunk=False)
    return sm.get_opcodes()


JOINS = frozenset({"and", "but", "so"})
_MAX_CUT = 60  # words an ellipsis may stand for
_MAX_SAID = 30  # words of attribution between two parts of one quote
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…|\[\.\.\.\]")


def ellipsis_cuts(text: str) -> set[int]:
    """Word positions of ``text`` where it marks a cut with an ellipsis."""
    return {len(quote_words(text[: m.start()])) for m in _ELLIPSIS.finditer(text)}


def outside_runs(flags: list[bool], words: list[tuple[str, str]]) -> list[str]:
    runs: list[str] = []
    cur: list[str] = []
    for f, (_, t) in zip(flags, words, strict=True):
        if f:
            cur.append(t)
        elif cur:
            runs.append(" ".join(cur))
            cur = []
    if cur:
        runs.append(" ".join(cur))
    return runs
