"""Which language a text is in, as far as the pipeline needs to know: whether the
embedding model (English only) can read it. Other languages are compared by words alone
(align.py, wordsonly.py)."""

from __future__ import annotations

import re

from .article import Sentence

# Function words of English and of the Latin-script languages that pass the ASCII test
# (French, Spanish, Portuguese, Italian, German; shared spellings such as "a", "in", "de"
# left out). English news prose has ~30-36% of its words in the first list; a French news
# story 2% (bench: our French pair), so the foreign list decides. List-like English web
# pages (PAN-13) have few of either and stay English.
_EN_WORDS = frozenset(
    """the of and to that for on was with as said by at it from he she has have are were be
    an his her this which its not but or after who will their they""".split()
)
MIN_WORDS_TO_TELL = 15
MIN_ENGLISH_SHARE = 0.1
_FOREIGN_WORDS = frozenset(
    """le les des du et est une dans pour qui sur par pas avec elle ont sont été aux
    y con para una fue su como más pero sus
    os não um uma são foi pelo pela
    gli della che sono nel alla dei delle
    und ist nicht von zu im auf für ein eine sich auch""".split()
)  # not: English words or names' parts (die, non, per, do, den, al, el, los, las, la, il)
_LATIN_WORD = re.compile(r"[^\W\d_]+")


def is_english(sentences: list[Sentence]) -> bool:
    """Whether the embedding model (English only) can read these sentences: mostly ASCII
    letters, and more English than Romance or German function words."""
    sample = " ".join(s.text for s in sentences[:20])
    if not sample.isascii():  # one C-level scan settles most English text
        letters = [c for c in sample if c.isalpha()]
        if not letters or sum(c.isascii() for c in letters) / len(letters) <= 0.9:
            return False
    elif not any(c.isalpha() for c in sample):
        return False
    words = [w.lower() for w in _LATIN_WORD.findall(sample)]
    english = sum(w in _EN_WORDS for w in words)
    if len(words) >= MIN_WORDS_TO_TELL and english < MIN_ENGLISH_SHARE * len(words):
        # Dutch, Polish, Turkish ... have none of the Romance or German words below
        # either: English news has 26-29% of its words in _EN_WORDS, those 0-1%
        return False
    return sum(w in _FOREIGN_WORDS for w in words) <= english
