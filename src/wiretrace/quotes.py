"""Quotes in an article, who said them, and what a copy did to them.

``find_quotes`` pairs the quote marks of an article (quotemarks.py) and attributes each
quote to a speaker (speakers.py: the subject of a cue verb such as *said*/*told*, by
cheap patterns first and the dependency parse where they are unsure; a pronoun subject
resolves to the last named PERSON).

``analyze`` classifies every quote of a copy against the source (docs/evaluation.md,
"Quotes and facts"):

- ``verbatim``: the words (case and punctuation folded) are inside quote marks in the
  source; a copy quoting a contiguous part of a source quote is still verbatim.
- ``altered``: a source quote is the counterpart but words inside the marks were
  changed, dropped or added; ``diff`` lists the word-level operations.
- ``from_reported_speech``: some of the quoted words stand *outside* quote marks in
  the source (indirect speech, or a partial quote the copy extended). ``note`` names
  the part that was not a quote. A copy that extends ``X "need to wake up"`` to
  ``"X need to wake up"`` is therefore ``from_reported_speech``, never ``altered``.
- A quote that shares too few words for that match, inside a copy sentence *aligned* to
  the source, was reworded: ``altered`` against a source quote of the aligned sentences
  that shares a content word with it, ``from_reported_speech`` where those sentences
  quote nobody but hold 30% of its content words (``_reworded``).
- ``not_in_source``: no counterpart anywhere in the source (possibly fabricated).
- ``speaker_changed``: the counterpart is attributed to a differently named person.
- ``own_reporting`` (set by compare.py, for a part copy only): a quote outside the
  passages the copy took, from someone the source never names: its own interviews.

A word or two in quote marks that no one says ('the word "recall"') and the source has
in its narration is ``verbatim``: a term, not speech made a quote.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

from .align import STOPWORDS as FUNCTION_WORDS
from .article import Alignment, Article, Quote, QuoteStatus, Sentence
from .persons import is_name
from .quotemarks import TERM, Marks, QuoteSpan, mark_spans, named_term, quoted_text
from .quotematch import (
    JOINS,
    Match,
    SourceSide,
    SourceWord,
    best_match,
    ellipsis_cuts,
    found,
    outside_runs,
    quote_words,
    stem,
    word_diff,
    word_opcodes,
)
from .quotespeakers import STOPWORDS, named_speaker, same_speaker
from .speakers import CUE_WORDS, attribute

__all__ = ["CUE_WORDS", "STOPWORDS", "QuoteSpan", "analyze", "find_quotes"]


def _spans(
    sentences: Sequence[Sentence],
    marks: Sequence[Marks],
    who: Callable[[int], tuple[str | None, str | None]] | None,
) -> list[QuoteSpan]:
    out = []
    for qi, m in enumerate(marks):
        speaker, cue = who(qi) if who else (None, None)
        text = quoted_text(sentences, m)
        if m[0] == m[2] and named_term(sentences[m[0]].text, m[1], m[3], text):
            speaker, cue = None, TERM
        out.append(QuoteSpan(m[0], m[1], m[2], m[3], text, speaker, cue, m[4]))
    return out


def find_quotes(sentences: list[Sentence]) -> list[QuoteSpan]:
    """Every quotation in ``sentences`` with its speaker and cue verb (None if unknown)."""
    marks = mark_spans(sentences)
    if not marks:
        return []
    return _spans(sentences, marks, attribute(sentences, marks))


def analyze(
    source: Article, copy: Article, alignments: list[Alignment]
) -> tuple[list[Quote], list[dict[str, Any]]]:
    """Status of every quote in ``copy`` against ``source``, and the source quotes dropped.

    A source quote's speaker is worked out only where it is reported (a dropped quote) or
    compared (the counterpart of a copy quote with a named speaker)."""
    cq = find_quotes(copy.sentences)
    smarks = mark_spans(source.sentences) if cq or '"' in source.text else []
    if not cq:
        who = attribute(source.sentences, smarks)
        return [], [_dropped(q) for q in _spans(source.sentences, smarks, who)]
    sq = _spans(source.sentences, smarks, None)
    src = SourceSide(source, sq)
    n = len(source.sentences)
    everywhere = [src.region([i]) for i in range(n)]
    everywhere += [src.region([i, i + 1]) for i in range(n - 1)]
    used: set[int] = set()
    out: list[tuple[Quote, int]] = []
    for q in cq:
        if _pull_quote(q, cq, copy):
            continue  # a heading that repeats the copy's own quote: judged there
        qwords = [(stem(w), w) for w, _ in quote_words(q.text)]
        qkeys = [k for k, _ in qwords]
        aligned = sorted(
            {
                s
                for al in alignments
                if any(q.sentence <= c <= q.end_sentence for c in al.copy)
                for s in al.source
            }
        )
        cuts = frozenset(ellipsis_cuts(q.text))
        m = best_match(qkeys, [src.region(aligned)], cuts) if aligned else None
        if aligned and m is not None and m.matched < len(qkeys):
            # a quote the source broke over two sentences ('"We are not against it," he
            # said. "We are against being ignored."') whose second the alignment left
            # out, given whole by the copy (round 54): read the neighbours too
            wider = sorted({aligned[0] - 1, *aligned, aligned[-1] + 1} & set(range(n)))
            m2 = best_match(qkeys, [src.region(wider)], cuts)
            if m2 is not None and m2.matched > m.matched:
                m = m2
        if not found(m, len(qkeys)):
            m = best_match(qkeys, everywhere, cuts)
        if (m is None or not found(m, len(qkeys))) and not aligned:
            # (a quote outside the passages taken that opens as a source quote does: the
            # same words reworded after them, round 203)
            aligned = _same_opening(qkeys, sq)
        if (m is None or not found(m, len(qkeys))) and aligned:
            reworded = _reworded(q, qwords, src.region(aligned), sq, used)
            if reworded is not None:
                out.append(reworded)
                continue
        if m is None or not found(m, len(qkeys)):
            note = "no counterpart in the source"
            out.append(
                (Quote(q.sentence, q.text, q.speaker, "not_in_source", None, None, [], note), -1)
            )
            continue
        out.append(_classify(q, qwords, m, sq, used))

    # a copy's described speaker may be set beside a name in the source only
    both = copy.text + "\n" + source.text
    compared = {
        main for quote, main in out if main >= 0 and is_name(named_speaker(quote.speaker, both))
    }
    dropped = [i for i in range(len(sq)) if i not in used]
    who = attribute(source.sentences, smarks, compared | set(dropped))
    quotes = []
    for quote, main in out:
        said = who(main)[0] if main in compared else None
        if (
            main in compared
            # ("Her panel acquitted Morev ..., saying": the judge's, round 194)
            and not re.match(r"(?:her|his|their)\s", said or "", re.I)
            and not same_speaker(
                named_speaker(said, source.text) or said, named_speaker(quote.speaker, both)
            )
            # (or the sentence before: "The Italian said he had followed ... . 'I
            # watched those nights ...,' he said.", round 130)
            and not _both_named(said, quote, sq[main].sentence, source, copy)
            and not _the_one(
                quote.speaker,
                " ".join(
                    s.text
                    for s in copy.sentences[
                        max(0, quote.copy_sentence - 2) : quote.copy_sentence + 1
                    ]
                ),
            )
        ):
            note = f"source attributes it to {said}" + (f"; {quote.note}" if quote.note else "")
            quote = dataclasses.replace(quote, status="speaker_changed", note=note)
        quotes.append(quote)
    sq = _spans(source.sentences, smarks, lambda i: who(i) if i in dropped else (None, None))
    return quotes, [_dropped(sq[i]) for i in dropped]


OPENING_WORDS = 4  # words a reworded quote keeps from the opening of its source quote


def _same_opening(qkeys: list[str], sq: list[QuoteSpan]) -> list[int]:
    """The sentence of the source quote whose first ``OPENING_WORDS`` words open the copy
    quote too ("A fund is welcome, but it is not a substitute" -> "A fund is welcome, and
    it may make a court case unnecessary"), as a one-sentence region; else none."""
    head = qkeys[:OPENING_WORDS]
    if len(head) < OPENING_WORDS or len(qkeys) <= OPENING_WORDS:
        return []
    for s in sq:
        if [stem(w) for w, _ in quote_words(s.text)][:OPENING_WORDS] == head:
            return [s.sentence]
    return []


def _pull_quote(q: QuoteSpan, cq: list[QuoteSpan], copy: Article) -> bool:
    """A quote standing alone as a heading, its words inside another quote of the copy
    ('"We were wrong"' over '"We were wrong to keep the masks for so long," she
    admitted', round 264)."""
    alone = copy.sentences[q.sentence].text.strip(" \"'“”‘’.")
    words = q.text.strip(" ,.").lower()
    return (
        q.speaker is None
        and alone.lower() == words
        and any(o.sentence != q.sentence and words in o.text.lower() for o in cq)
    )


def _both_named(said: str | None, quote: Quote, si: int, source: Article, copy: Article) -> bool:
    """A few words quoted inside reported speech, where both sentences name both people
    ("Okafor testified that Teague had warned him ... were 'getting creative'" ->
    "according to Okafor, Teague cautioned him ... were 'getting creative'", round 259):
    which of them the cue gives the words to is a reading of the grammar, no new speaker."""
    if not said or not quote.speaker or len(quote.text.split()) > 4:
        return False
    texts = (source.sentences[si].text, copy.sentences[quote.copy_sentence].text)
    names = (said.split()[-1], quote.speaker.split()[-1])
    return all(re.search(rf"\b{re.escape(n)}\b", t) for n in names for t in texts)


def _the_one(speaker: str | None, text: str) -> bool:
    """A speaker given as "the" and one capitalised word: a description ("the Ethiopian
    told reporters", round 92), not a name that can differ from the source's."""
    return (
        bool(speaker)
        and len((speaker or "").split()) == 1
        and (speaker or "")[:1].isupper()
        and re.search(rf"\b[Tt]he {re.escape(speaker or '')}\b", text) is not None
    )


REWORDED_SHARE = 0.3  # of a reworded quote's content words found in its aligned source text


REWORDED_MIN_CONTENT = 6  # content words of a copy quote that one shared word cannot match
SHORT_REWORDED_MIN = 4  # ... nor, of another speaker's quote, one shared word


def _reworded(
    q: QuoteSpan, qwords: list[tuple[str, str]], region: list[SourceWord], sq: list[QuoteSpan],
    used: set[int],
) -> tuple[Quote, int] | None:  # fmt: skip
    """A quote that shares too few words with the source to be matched word by word, in a
    copy sentence aligned to the source: the copy reworded what the source says there.

    Against a source quote of the aligned sentences that shares a content word with it,
    it is ``altered``; where the aligned sentences quote nobody but say the same thing
    (``REWORDED_SHARE`` of its content words), it is ``from_reported_speech``; otherwise
    None, and the quote has no counterpart."""
    content = {k for k, _ in qwords if k not in STOPWORDS}
    if not content:
        return None
    in_quotes: dict[int, set[str]] = {}
    for w in region:
        if w.quote >= 0 and w.quote not in used:
            in_quotes.setdefault(w.quote, set()).add(w.key)
    best = max(in_quotes, key=lambda i: len(in_quotes[i] & content), default=-1)
    n_shared = len(in_quotes[best] & content) if best >= 0 else 0
    # (one word in common with a long quote of someone else is no rewording of it: the
    # minister's "much-needed relief" and the governor's "Households have waited long
    # enough for relief, and today we are delivering it", a sentence the copy made up,
    # round 122; nor are two, a small share of it, when the source gives it to another:
    # the minister's "This ship will never sail in our waters again, and its owner will
    # answer for every tonne it spilled" and a campaigner's "Everyone wants that ship
    # gone, but not at the price of a second spill", round 248)
    if n_shared in (1, 2) and len(content) >= REWORDED_MIN_CONTENT and q.speaker:
        surname = q.speaker.split()[-1].lower()
        other = surname not in {w.text.lower() for w in region if w.sent == sq[best].sentence}
        # (nor, even by the same speaker, of a quote as long that says something else:
        # "I am not saying anyone has done anything wrong ..." and the "clearest case of
        # cronyism I have seen in my time on council" a copy gave her, round 239)
        theirs = {w.key for w in region if w.quote == best} - STOPWORDS
        one = n_shared == 1 and (other or len(theirs) >= REWORDED_MIN_CONTENT)
        two = n_shared == 2 and other and n_shared / len(content) < REWORDED_SHARE
        if one or two:
            n_shared = 0
    if n_shared == 1 and len(content) >= SHORT_REWORDED_MIN and q.speaker:
        # (nor is one word of a shorter quote by someone the source sentence never names:
        # a developer's "You take the terms or you don't have a business" and the
        # regulator's "whether those terms are harming competition", round 263)
        surname = q.speaker.split()[-1].lower()
        if surname not in {w.text.lower() for w in region if w.sent == sq[best].sentence}:
            n_shared = 0
    if n_shared:
        used.add(best)
        portion = [w for w in region if w.quote == best]
        ops = word_diff(portion, qwords)
        note = "reworded: " + "; ".join(
            f"{o['op']} {o['source']!r} -> {o['copy']!r}" for o in ops if o["op"] != "equal"
        )
        return Quote(
            q.sentence, q.text, q.speaker, "altered", sq[best].sentence,
            " ".join(w.text for w in portion), ops, note,
        ), best  # fmt: skip
    if in_quotes:
        return None
    by_sent: dict[int, list[SourceWord]] = {}
    for w in region:
        by_sent.setdefault(w.sent, []).append(w)
    sent, words = max(by_sent.items(), key=lambda kv: len(content & {w.key for w in kv[1]}))
    shared = content & {w.key for w in words}
    # (a quote of a word or two that the aligned sentence reports someone saying: 'was
    # reviewing its options, including an appeal' made '"will appeal"', round 242)
    short = len(content) <= 2 and shared == content
    told = " ".join(w.text for w in words)
    said = _OWN_CUE.search(told) is not None
    # (or half of a short quote, where the sentence reports its speaker saying it: "Okafor
    # said he had deleted spreadsheets at Brennan's request" made '"I deleted those
    # spreadsheets because Gareth asked me to," Okafor told the court', round 259)
    plain = {k for k, t in qwords if t.lower() not in FUNCTION_WORDS}
    own = (
        said
        and len(shared & plain) == 2
        and 2 * len(shared & plain) >= len(plain)
        and bool(q.speaker)
        and re.search(rf"\b{re.escape((q.speaker or '').split()[-1])}\b", told) is not None
    )
    if (
        not (short and said)
        and not own
        and (len(shared) < 3 or len(shared) / len(content) < REWORDED_SHARE)
    ):
        return None
    note = "the source says this in its own words, not as a quote; the copy reworded it"
    return Quote(
        q.sentence, q.text, q.speaker, "from_reported_speech", sent,
        " ".join(w.text for w in words), word_diff(words, qwords), note,
    ), -1  # fmt: skip


def _dropped(q: QuoteSpan) -> dict[str, Any]:
    return {"source_sentence": q.sentence, "text": q.text, "speaker": q.speaker}


QUOTED_SENTENCE_MIN_WORDS = 12
_OWN_CUE = re.compile(r"\b(?:said|says|told|according to|announced|added|reported)\b", re.I)


def _quotes_the_article(q: QuoteSpan, m: Match, src_sent: int, n_words: int) -> bool:
    """The copy quotes the source article itself: a whole sentence of its narration, from
    its first word and with the credit it gives ('"The regulator said around 21,000
    people had already received a dose..."' in a blog arguing with a wire story, round
    110). Reported speech made into a person's quote drops that credit ('"Those making
    such predictions need to wake up"' from 'He said those making ...')."""
    reg, rmap = m.region, m.rset
    own = [r for r, w in enumerate(reg) if w.sent == src_sent]
    return (
        n_words >= QUOTED_SENTENCE_MIN_WORDS
        and bool(own)
        and min(rmap) == own[0]
        and sum(r in rmap for r in own) >= 0.9 * len(own)
        and len(rmap) >= 0.9 * n_words
        and _OWN_CUE.search(q.text) is not None
    )


def _classify(
    q: QuoteSpan, qwords: list[tuple[str, str]], m: Match, sq: list[QuoteSpan], used: set[int]
) -> tuple[Quote, int]:
    """The copy quote ``q`` against its counterpart ``m``, and the index of the source quote
    it comes from (-1 when it is reported speech there; its speaker is compared later)."""
    reg = m.region
    rmap = m.rset
    inside = [r for r in rmap if reg[r].quote >= 0]
    outside = [r for r in rmap if reg[r].quote < 0]
    qids = [reg[r].quote for r in inside]
    used.update(qids)
    first_r = min(rmap)
    src_sent = reg[first_r].sent
    content_out = [r for r in outside if reg[r].key not in STOPWORDS]
    if (outside and (len(outside) >= 2 or content_out)) or not inside:
        flags = [False] * len(qwords)
        for r in outside:
            flags[rmap[r]] = True
        runs = outside_runs(flags, qwords)
        lo, hi = min(rmap), max(rmap) + 1
        span = reg[lo:hi]
        added = [t for i, (_, t) in enumerate(qwords) if i not in set(rmap.values())]
        if _quotes_the_article(q, m, src_sent, len(qwords)):
            note = "the copy quotes the source's own sentence, its credit and all, word for word"
            return Quote(
                q.sentence, q.text, q.speaker, "verbatim", src_sent,
                " ".join(w.text for w in span), word_diff(span, qwords), note,
            ), -1  # fmt: skip
        if (len(qwords) <= 2 or q.cue == TERM) and q.speaker is None and not added:
            # a word set in quote marks, no one's speech: 'the word "recall"' (round 122)
            note = "a term in quote marks, not speech: the source has it in its narration"
            return Quote(
                q.sentence, q.text, q.speaker, "verbatim", src_sent,
                " ".join(w.text for w in span), word_diff(span, qwords), note,
            ), -1  # fmt: skip
        note = "not a quote in the source: " + "; ".join(f'"{r}"' for r in runs)
        if added:
            note += "; words not in the source: " + " ".join(added)
        return Quote(
            q.sentence, q.text, q.speaker, "from_reported_speech", src_sent,
            " ".join(w.text for w in span), word_diff(span, qwords), note,
        ), -1  # fmt: skip
    main = max(set(qids), key=qids.count)
    # A quote the source broke with its attribution ('"It was one call," she said. "We
    # are grateful."') and the copy gives whole: its parts are one quote, compared whole.
    parts = sorted(set(qids))
    joined = parts[-1] - parts[0] == len(parts) - 1 and all(
        sq[b].sentence - sq[a].end_sentence <= 1 for a, b in itertools.pairwise(parts)
    )  # consecutive quotes of neighbouring sentences, not two remarks spliced together
    keep = set(parts) if joined else {main}
    idx = [i for i, w in enumerate(reg) if w.quote in keep]
    qpos = sorted(rmap.values())
    lead = qpos[0]
    trail = len(qwords) - 1 - qpos[-1]
    mine = sorted(r for r in inside if reg[r].quote in keep)
    # Extend over words the copy replaced at either end; when only a few source words
    # remain beyond them, the copy cut them (``take this, that`` -> ``take Bamako``).
    lo = max(idx[0], mine[0] - lead)
    if lead and lo - idx[0] <= 3:
        lo = idx[0]
    hi = min(idx[-1], mine[-1] + trail) + 1
    if trail and idx[-1] + 1 - hi <= 3:
        hi = idx[-1] + 1
    portion = [w for w in reg[lo:hi] if w.quote in keep]  # not the "she said" between parts
    ops = word_diff(portion, qwords)
    # words left out where the copy marks the cut ("In some lagoons ... we did not see"):
    # the convention of trimming a quote, not a change to it
    # (within two words: the diff may place the cut after a word repeated on both sides)
    cuts = ellipsis_cuts(q.text)
    # ... and two quoted sentences joined with "and" where the source ends one (round 58:
    # '"... battles. Young families ..."' -> '"... battles, and young families ..."')
    codes = word_opcodes(portion, qwords)
    marked = [op == "delete" and any(abs(j1 - c) <= 2 for c in cuts) for op, _, _, j1, _ in codes]
    joins = [
        op == "insert"
        and j2 - j1 == 1
        and qwords[j1][0] in JOINS
        and 0 < i1 < len(portion)
        and portion[i1 - 1].sent != portion[i1].sent
        for op, i1, _, j1, j2 in codes
    ]
    changed = any(
        o["op"] != "equal" and not cut and not join
        for o, cut, join in zip(ops, marked, joins, strict=True)
    )
    status: QuoteStatus = "altered" if changed else "verbatim"
    note = "cut where the copy marks it" if any(marked) and not changed else ""
    if changed:
        note = "; ".join(
            f"{o['op']} {o['source']!r} -> {o['copy']!r}" for o in ops if o["op"] != "equal"
        )
    return Quote(
        q.sentence, q.text, q.speaker, status, sq[main].sentence,
        " ".join(w.text for w in portion), ops if changed else [], note,
    ), main  # fmt: skip
