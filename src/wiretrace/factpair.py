"""The aligned sentence pair the fact checks read, and the word helpers they share.

facts.py runs the checks (numbers, dates, names, titles) and factclaims.py the ones on
attribution and loaded wording; both read a :class:`Pair` and report through
:meth:`Pair.change`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from .acronyms import spelled_out
from .article import Alignment, Article, Change, ChangeKind
from .factnames import OPENERS, country_of
from .quotemarks import QUOTED as QUOTED
from .textcache import text_cache

WORD = re.compile(r"[^\W_]+(?:['.\-][^\W_]+)*")
FIRST_WORD = re.compile(r"(?:^|[.!?:]\s+|\"\s*)([^\W_]+)")
SKIP_CAPS = OPENERS | frozenset(
    """the a an in on at and but while despite he she they it its this that these those we i
    his her their our mr mrs ms dr""".split()
)


@dataclass(slots=True)
class Pair:
    source: Article
    copy: Article
    s_idx: tuple[int, ...]
    c_idx: tuple[int, ...]
    s_text: str
    c_text: str
    # one sentence each side, aligned closely: the copy sentence says what the source
    # sentence says, even when a paraphrase changed most of its words
    close: bool = False
    # the texts outside quote marks, which the claim checks read (factclaims.py)
    s_plain: str = field(init=False)
    c_plain: str = field(init=False)

    def __post_init__(self) -> None:
        self.s_plain = QUOTED.sub(" ", self.s_text)
        self.c_plain = QUOTED.sub(" ", self.c_text)

    def change(self, kind: ChangeKind, s: str, c: str, note: str) -> Change:
        return pair_change(kind, self.source, self.copy, self.s_idx, self.c_idx, s, c, note)


def pair_change(
    kind: ChangeKind,
    source: Article,
    copy: Article,
    s_idx: Sequence[int],
    c_idx: Sequence[int],
    s: str,
    c: str,
    note: str | None = None,
) -> Change:
    """A change found in one aligned pair, located in the sentences that hold each span;
    the note says by default what stands on each side."""
    note = note if note is not None else f"{s!r} in the source, {c!r} in the copy"
    return Change(kind, locate(copy, c_idx, c), locate(source, s_idx, s), s, c, note)


def locate(article: Article, idx: Sequence[int], span: str) -> int:
    """The first of ``idx`` whose sentence holds ``span``, a question heading last ("How
    much the strike will cost?" before the sentence that says it, round 204)."""
    held = [i for i in idx if span and span in article.sentences[i].text]
    # (in any case: the title check reports its words in lower case, round 208)
    held = held or [i for i in idx if span and span.lower() in article.sentences[i].text.lower()]
    told = [i for i in held if not article.sentences[i].text.rstrip().endswith("?")]
    return (told or held or list(idx))[0]


def word_keys(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def present(tok: str, words: set[str]) -> bool:
    """``tok`` (lower case) or a form of it (Mali/Malian, U.S./US, U.S./American) is in
    ``words``."""
    if tok in words or tok.replace(".", "") in words:
        return True
    if tok + "'s" in words or tok + "’s" in words:
        return True  # ("the AIC's head", round 196: too short for the stem below)
    country = country_of(tok)
    if country is not None and any(country_of(w) == country for w in words):
        return True
    stem = tok[: max(4, len(tok) - 2)]
    return len(tok) >= 4 and any(w.startswith(stem) for w in words if len(w) >= 4)


def acronym(words: list[str], repl: str) -> bool:
    """A word of ``repl`` is the acronym of ``words`` (United Nations / UN), or a word of
    ``words`` is the acronym of a run of ``repl``."""
    initials = "".join(w[0] for w in words if w.lower() not in SKIP_CAPS | {"of", "for"})
    for r in repl.split():
        r = r.replace(".", "").replace("'s", "").strip()
        if len(r) >= 2 and r.isupper() and sorted(r) == sorted(initials.upper()):
            return True
    long_words = WORD.findall(repl)
    # (or a word of ``repl`` spells a run of ``words`` out past a country's initials: "the
    # U.S. Food and Drug Administration" / "FDA", round 184)
    return any(spelled_out(w, long_words) for w in words) or any(
        spelled_out(r, words) for r in repl.split()
    )


def opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """The word diff of two word lists (cached: several checks diff the same pair)."""
    return list(_word_opcodes(tuple(a), tuple(b)))


@text_cache(2048)  # several checks diff the same pair of word lists
def _word_opcodes(
    a: tuple[str, ...], b: tuple[str, ...]
) -> tuple[tuple[str, int, int, int, int], ...]:
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return tuple((str(op), i1, i2, j1, j2) for op, i1, i2, j1, j2 in ops)


def aligned_texts(
    source: Article,
    copy: Article,
    alignments: Sequence[Alignment],
    *,
    min_score: float,
    text: Callable[[str], str] = str,
) -> Iterator[tuple[Alignment, str, str]]:
    """Each alignment with the joined texts of its two sides (each sentence through
    ``text``), less the loose paraphrase links under ``min_score``: a copy's own sentence
    beside reused ones, whose figures and names are its own. The checks for languages the
    English ones do not read walk the pairs this way."""
    for al in alignments:
        if al.kind == "paraphrase" and al.score < min_score:
            continue
        s_text = " ".join(text(source.sentences[j].text) for j in al.source)
        c_text = " ".join(text(copy.sentences[i].text) for i in al.copy)
        yield al, s_text, c_text
