"""Added time of quote and fact analysis on a compare of two ~800-word articles.

Builds a source of ~800 words and a rewrite (quotes altered, numbers and names changed,
sentences paraphrased) from text written for this benchmark, aligns sentence i to i,
and prints the spaCy load time and the median time of quotes.analyze + facts.analyze
with cold caches (each run parses what it needs from scratch and recomputes the number and
date values), and how many sentences a cold run hands to spaCy.

    .venv/bin/python bench/quotes_facts.py
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from wiretrace import facts, nlp, quotes, textcache
from wiretrace.article import Alignment, Article
from wiretrace.sentences import split

BLOCK_SRC = (
    "Interior Minister Karim Benali said on Wednesday that 32 people had been arrested after "
    'the protests in the capital. "We will not tolerate violence in our streets," he told '
    "reporters. The government has deployed 4,000 police officers, officials said. Critics of "
    'the crackdown "want to frighten people," Benali said, adding that the curfew would be '
    "lifted by Friday. Protesters gathered outside parliament for a third day. The opposition "
    "leader, Amina Diallo, called the arrests a disgrace and demanded an inquiry. Prices of bread "
    "have risen by 40 percent since January, according to the statistics office. "
)
BLOCK_CPY = (
    "Interior Minister Karim Benali said on November 12 that 23 people had been arrested after "
    'the protests in the capital. "We will never tolerate violence in our streets," he told '
    'reporters. The government has deployed 4,000 police officers. "Critics of the crackdown '
    'want to frighten people," Benali said, adding that the curfew would be lifted by Friday. '
    "Rioters gathered outside parliament for a third day. Opposition leader Amina Diallo called "
    "the arrests a disgrace and demanded an inquiry. Bread prices are up 40% since January, "
    "according to the statistics office. "
)


OPENERS = ("", "Separately, ", "Earlier, ", "Meanwhile, ", "In a new development, ", "Later, ",
           "Elsewhere, ")  # fmt: skip


def vary(block: str, k: int) -> str:
    """The block with every sentence made unique, so the parse cache cannot share them."""
    parts = [p for p in block.split(". ") if p.strip()]
    out = []
    for p in parts:
        p = p.strip()
        if OPENERS[k] and p[:1].isupper() and not p[1:2].isupper() and p.split()[0] not in NAMES:
            p = p[0].lower() + p[1:]
        out.append(f"{OPENERS[k]}{p} ({k}).")
    return " ".join(out) + " "


NAMES = {"Interior", "Critics", "Opposition", "Prices", "Bread", "The"}


def build(text: str, aid: str) -> Article:
    art = Article(id=aid, body=text, date=dt.date(2025, 11, 13))
    art.sentences = split(text, language="en")
    return art


def main() -> None:
    src = build("".join(vary(BLOCK_SRC, k) for k in range(7)), "source")
    cpy = build("".join(vary(BLOCK_CPY, k) for k in range(7)), "copy")
    n = min(len(src.sentences), len(cpy.sentences))
    als = [Alignment((i,), (i,), "paraphrase", 0.9) for i in range(n)]
    t0 = time.perf_counter()
    nlp.get_nlp()
    load = time.perf_counter() - t0
    facts.analyze(src, cpy, als)  # warm dateparser and regexes, not spaCy's cache
    times = []
    parsed = 0
    for _ in range(7):
        nlp.clear_cache()
        textcache.clear()
        t = time.perf_counter()
        quotes.analyze(src, cpy, als)
        facts.analyze(src, cpy, als)
        times.append(time.perf_counter() - t)
        parsed = nlp.cached()
    words = (len(src.text.split()), len(cpy.text.split()))
    print(f"articles: {words[0]} and {words[1]} words, {n} aligned pairs")
    print(f"spaCy load (once per process): {load * 1000:.0f} ms")
    print(f"quotes + facts, cold caches: median {statistics.median(times) * 1000:.1f} ms")
    print(f"sentences parsed by spaCy in a cold run: {parsed}")
    t = time.perf_counter()
    quotes.analyze(src, cpy, als)
    facts.analyze(src, cpy, als)
    print(f"quotes + facts, warm parse cache: {(time.perf_counter() - t) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
