"""The evidence a relation verdict reads: document-level features of an aligned pair.

How much of the copy is derived and *how* (the share of copy text in aligned sentences,
in each kind of pair, resting on anchor-level pairs), whether the pairs keep the document
order, and how much narration (text outside quote marks) the two texts share; plus the
filler test for content-farm padding. ``relation.decide`` turns these into a verdict.
"""

from __future__ import annotations

import difflib
import itertools
import re

import numpy as np

from .align import (
    STOPWORDS,
    PairScores,
    Side,
    content_words,
    figure_tokens,
    pair_kind,
    tokens,
)
from .article import Alignment, Article
from .cuepatterns import CUE_WORDS
from .quotemarks import QUOTED
from .specifics import NAME_WORD, specifics_of
from .textcache import text_cache
from .wordsonly import words_only_features


def _ngrams(toks: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(toks[k : k + n]) for k in range(len(toks) - n + 1)}


EXCERPT_RUN = 3  # words: a run shared in order with the source sentence(s)


def _is_excerpt(copy: Side, source: Side, a: Alignment) -> bool:
    """The copy sentence(s) cut out of the source sentence(s): every word lies in a run of
    3+ words that the source has in the same order (words dropped, none replaced or added).
    A copy that keeps part of a long source sentence word for word has a low edit
    similarity (``pair_kind`` sees a light edit or a paraphrase), yet every word it has is
    the source's; one replaced word makes it a light edit."""
    c = [t for i in a.copy for t in copy.toks[i]]
    s = [t for j in a.source for t in source.toks[j]]
    if not c or not s:
        return False
    blocks = difflib.SequenceMatcher(None, c, s, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks if b.size >= EXCERPT_RUN) == len(c)


def _same_narration(copy: Side, source: Side, a: Alignment) -> bool:
    """Whether the words outside the quote marks of a close pair are close too. Two
    reports of one press conference share its quotes word for word and attach them with
    their own words ("she said afterwards, speaking through an interpreter at the
    post-race press conference" against "Gebremedhin said through an interpreter"): the
    pair is close only through the quote (round 33)."""
    c = QUOTED.sub(" ", " ".join(copy.sentences[i].text for i in a.copy))
    s = QUOTED.sub(" ", " ".join(source.sentences[j].text for j in a.source))
    return pair_kind(c, s)[0] != "paraphrase" and not _credit_only(c)


_SETTING = frozenset("reporters briefing conference news press morning afternoon evening".split())


def _credit_only(text: str) -> bool:
    """The words outside a quote's marks are its credit and little else: the speaker's
    name and title, the cue, where it was said ("Fire Chief Helena Varga said at the
    morning briefing at the fairgrounds", round 166). Two reporters at one briefing
    write that alike."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    rest = [
        w
        for w in words
        if not w[:1].isupper()
        and w.lower() not in STOPWORDS
        and w.lower() not in CUE_WORDS
        and w.lower() not in _SETTING
    ]
    return len(rest) <= 2


# words a figure is written with, which say nothing of whose sentence it is
_DIGIT = re.compile(r"\d")
_UNITS = frozenset("per cent percent pc million billion bn m point points percentage s".split())


def _bare_figure(gram: tuple[str, ...]) -> bool:
    if not _DIGIT.search("".join(gram)):  # most trigrams: no figure, one scan
        return False
    figures = figure_tokens(list(gram))
    return bool(figures) and all(t in STOPWORDS or t in _UNITS or t in figures for t in gram)


COPIED_MIN_WORDS = 12  # narration words a sentence needs to count as copied word for word
COPIED_MIN_RATIO = 0.9


def _copied_narration(copy: Side, source: Side, a: Alignment) -> bool:
    """The pair's words outside quote marks are the source's, all but a word or a figure,
    over a sentence of some length. Two reports of one event share facts sentence by
    sentence in their own words (their closest narration pairs, rounds 27-39: under
    0.9 of matching words); a piece that pastes a sentence keeps it (round 39's column:
    two, one with its figure changed; round 40's transfer feature: one, and one cut short)."""
    c = QUOTED.sub(" ", " ".join(copy.sentences[i].text for i in a.copy))
    # a quote mark left unpaired, or a dash opening the sentence: part of a quote that
    # runs over several sentences, or one marked the Scandinavian way ("- Branden ..."),
    # which two reports of one press conference share
    if '"' in c or c.lstrip().startswith("-") or len(c.split()) < COPIED_MIN_WORDS:
        return False
    s = QUOTED.sub(" ", " ".join(source.sentences[j].text for j in a.source))
    # ... or cut out of a longer sentence word for word ("... 14 million euros." without
    # the source's ", according to two people familiar with the negotiations")
    excerpt = f" {' '.join(tokens(c))} " in f" {' '.join(tokens(s))} "
    return excerpt or pair_kind(c, s)[1] >= COPIED_MIN_RATIO


def _pasted_run(alignments: list[Alignment], copied: set[int]) -> int:
    """Sentences in the longest passage the copy holds word for word and in the source's
    order (consecutive sentences on both sides, no pair rewritten) that has a narration
    sentence copied among them (``copied``: indices into ``alignments``). Two reports of
    one press conference share its quotes, each framed by its own narration; a piece that
    pastes a paragraph takes the narration with the quotes (round 42's feature on museum
    thefts: the detective's paragraph, one narration sentence and two quote sentences)."""
    order = sorted(range(len(alignments)), key=lambda k: alignments[k].copy[0])
    best = run = 0
    has_copied = False
    prev: Alignment | None = None
    for k in order:
        a = alignments[k]
        close = a.kind != "paraphrase"
        follows = (
            prev is not None
            and a.copy[0] == prev.copy[-1] + 1
            and a.source[0] == max(prev.source) + 1
        )
        if not close:
            run, has_copied = 0, False
        elif follows and run:
            run += len(a.copy)
            has_copied = has_copied or k in copied
        else:
            run, has_copied = len(a.copy), k in copied
        if has_copied:
            best = max(best, run)
        prev = a
    return best


CLOSE_RUN_GAP = 3  # copy sentences of its own a retold passage may have between pairs


def _close_run(alignments: list[Alignment], narration: set[int]) -> int:
    """Pairs in the longest run of narration kept close (``narration``: indices into
    ``alignments``) that retells consecutive source sentences in their order, a few
    sentences of the copy's own allowed between them (round 183: a feature's three
    sentences on the water deliveries, one after another, from the story's second to
    fourth)."""
    order = sorted(narration, key=lambda k: alignments[k].copy[0])
    best = run = 0
    prev: Alignment | None = None
    for k in order:
        a = alignments[k]
        follows = (
            prev is not None
            and 0 < a.copy[0] - prev.copy[-1] <= CLOSE_RUN_GAP
            and a.source[0] == max(prev.source) + 1
        )
        run = run + 1 if follows else 1
        best = max(best, run)
        prev = a
    return best


def specifics(side: Side | Article) -> set[str]:
    """The names and figures of an article (:func:`specifics.specifics_of`)."""
    return {x for s in side.sentences for x in specifics_of(s.text)}


def shared_specifics(copy: Side, source: Side) -> float:
    """Share of the names and figures of the sparser article that the other one has too
    (over at least 3, so two articles that name almost nothing do not score high)."""
    return _shared_share(specifics(copy), specifics(source))


def _shared_share(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(3, min(len(a), len(b)))


_FIGURE = re.compile(r"\d[\d,.]*\d|\d")


def _figure_pairs(copy: Side, source: Side, alignments: list[Alignment]) -> tuple[float, float]:
    """Anchored pairs whose two sides both give figures: those that keep them (one side's
    figures all in the other's) and those that change them (each side has its own). A
    template filled in again changes them pair after pair (a monthly index: 8 of 9); a
    piece that retells part of a story weeks later keeps them (rounds 150-171: 3 of 3 to
    5 of 6)."""
    kept = changed = 0
    for a in alignments:
        if a.kind == "paraphrase" and a.score < 0.72:
            continue
        c = {x for i in a.copy for x in _FIGURE.findall(copy.sentences[i].text)}
        s = {x for j in a.source for x in _FIGURE.findall(source.sentences[j].text)}
        if c and s:
            kept += c <= s or s <= c
            changed += bool(c - s and s - c)
    return float(kept), float(changed)


def features(
    copy: Side, source: Side, alignments: list[Alignment], scores: PairScores
) -> dict[str, float]:
    n_c, n_s = len(copy.sentences), len(source.sentences)
    c_len = float(copy.lengths.sum()) if n_c else 1.0
    s_len = float(source.lengths.sum()) if n_s else 1.0
    shares = {"verbatim": 0.0, "light_edit": 0.0, "paraphrase": 0.0}
    used_src: set[int] = set()
    anchor_chars = excerpt_chars = close_chars = narration_chars = 0.0
    copied: set[int] = set()
    narration: set[int] = set()
    for k, a in enumerate(alignments):
        chars = float(sum(copy.lengths[i] for i in a.copy))
        if a.kind != "paraphrase" and _copied_narration(copy, source, a):
            copied.add(k)
        # close pairs that are mostly a quote: two reporters at one press conference
        # share those word for word without one copying the other
        quoted = sum(len(q) for i in a.copy for q in QUOTED.findall(copy.sentences[i].text))
        # ... but the source's own narration in the copy's quote marks is the copy quoting
        # the article itself (a column citing the wire), which is reuse
        s_chars = float(sum(source.lengths[j] for j in a.source))
        s_quoted = sum(len(q) for j in a.source for q in QUOTED.findall(source.sentences[j].text))
        if (
            a.kind != "paraphrase"
            and (quoted < 0.5 * chars or s_quoted < 0.5 * s_chars)
            and (not (quoted and s_quoted) or _same_narration(copy, source, a))
        ):
            narration_chars += chars
            narration.add(k)
        shares[a.kind] += chars
        used_src.update(a.source)
        if a.kind != "paraphrase" or a.score >= 0.72:
            anchor_chars += chars
        if a.kind == "verbatim" or _is_excerpt(copy, source, a):
            excerpt_chars += chars
            close_chars += chars
        elif a.kind == "light_edit":
            close_chars += chars
    derived = sum(shares.values())
    f: dict[str, float] = {
        "copy_derived": derived / c_len,
        # ... over the copy's own statements: filler is no material of its own
        "said_derived": _said_share(copy, alignments),
        "source_used": float(sum(source.lengths[j] for j in used_src)) / s_len,
        "verbatim_share": shares["verbatim"] / c_len,
        "light_edit_share": shares["light_edit"] / c_len,
        "paraphrase_share": shares["paraphrase"] / c_len,
        "anchor_share": anchor_chars / c_len,
        "excerpt_share": excerpt_chars / c_len,
        "close_share": close_chars / c_len,
        "close_narration_share": narration_chars / c_len,
        "copied_narration_sentences": float(len(copied)),
        "pasted_run": float(_pasted_run(alignments, copied)),
        "close_narration_run": float(_close_run(alignments, narration)),
        # copy sentences that compress two or more source sentences (a brief's)
        "merged_pairs": float(sum(len(a.source) > 1 for a in alignments)),
        "aligned_pairs": float(len(alignments)),
        "n_copy": float(n_c),
        "n_source": float(n_s),
    }
    f["figure_pairs_kept"], f["figure_pairs_changed"] = _figure_pairs(copy, source, alignments)
    # Order: share of consecutive aligned copy sentences whose sources also move forward.
    firsts = [min(a.source) for a in sorted(alignments, key=lambda a: a.copy[0])]
    steps = [b - a for a, b in itertools.pairwise(firsts)]
    f["order"] = float(np.mean([s >= 0 for s in steps])) if steps else 0.0
    # Narration shared outside quotes, as word 3-gram containment of the copy in the source.
    c_toks = tokens(QUOTED.sub(" ", " ".join(s.text for s in copy.sentences)))
    s_toks = tokens(QUOTED.sub(" ", " ".join(s.text for s in source.sentences)))
    c3, s3 = _ngrams(c_toks, 3), _ngrams(s_toks, 3)
    f["trigram_containment"] = len(c3 & s3) / len(c3) if c3 else 0.0
    # The same without trigrams that hold a name: two reports of one event repeat its
    # official names ("the National Disaster Risk Reduction and Management Authority"),
    # which is shared wording that says nothing about copying.
    names = {
        w.lower()
        for side in (copy, source)
        for s in side.sentences
        for w in NAME_WORD.findall(s.text)
    }
    c3n = {g for g in c3 if not names.intersection(g)}
    f["unnamed_trigram_containment"] = len(c3n & s3) / len(c3n) if c3n else 0.0
    # ... and the share of the source's found in the copy: a long piece pasting three
    # sentences of a short story holds a small share of its own trigrams, a large one of
    # the story's (round 32)
    s3n = {g for g in s3 if not names.intersection(g)}
    f["unnamed_trigram_used"] = len(s3n & c3) / len(s3n) if s3n else 0.0
    # ... and without bare figures either (a figure with only units and function words
    # around it), nor any part of a hyphenated name: two reports of one rate decision
    # share "to 4.50 per cent", "from 1.1 per cent" and "Varga-Thornton said" without one
    # copying the other (dev set 38: such trigrams were half of those two reports' shared
    # ones); a figure in the source's own words still counts ("on 41 days last year",
    # which round 28's explainer took from the council story)
    parts = {t for n in names for t in tokens(n)}
    c3f = {g for g in c3n if not parts.intersection(g) and not _bare_figure(g)}
    f["unfigured_trigram_containment"] = len(c3f & s3) / len(c3f) if c3f else 0.0
    c_words, s_words = content_words(c_toks), content_words(s_toks)
    f["content_overlap"] = len(c_words & s_words) / len(c_words) if c_words else 0.0
    if scores.cos is not None and scores.cos.size:
        # over the copy's own statements: filler says nothing a source could have said
        said = [i for i, s in enumerate(copy.sentences) if not is_filler(s.text)]
        best = scores.cos.max(axis=1)
        f["best_cos_mean"] = float(best[said].mean() if said else best.mean())
    # Alignment-free lexical evidence (any script): share of copy text whose best partner
    # sentence reaches a loose / a strong lexical score, and the length ratio.
    if n_c and n_s:
        best = scores.lex.max(axis=1)
        f["lex_loose"] = float(copy.lengths[best >= 0.2].sum()) / c_len
        f["lex_strong"] = float(copy.lengths[best >= 0.4].sum()) / c_len
    else:
        f["lex_loose"] = f["lex_strong"] = 0.0
    f["length_ratio"] = c_len / s_len
    # an explainer's own questions ("What happened?", "Who is affected?"): relation.py
    f["question_heads"] = float(
        sum(1 for x in copy.sentences if x.text.rstrip().endswith("?") and is_filler(x.text))
    )
    c_spec, s_spec = specifics(copy), specifics(source)
    f["shared_specifics"] = _shared_share(c_spec, s_spec)
    # names and figures each text has of its own, over those both have: a rewrite says
    # what its source says and little else, two reporters each bring their own
    both = len(c_spec & s_spec)
    f["own_specifics"] = len(c_spec ^ s_spec) / both if both else 1.0 + len(c_spec ^ s_spec)
    f["shared_specifics_n"] = float(both)
    if not (copy.english and source.english):
        f.update(words_only_features(copy, source))
    return f


# The connective filler of a content-farm rewrite: the same few stock phrases, and short
# questions put to the reader (an explainer's "What happened?"). An agency story has none
# of them; on our labelled pairs every such line was on the copy's side (docs/evaluation.md,
# round 9).
_FILLER = re.compile(
    r"\b(?:here'?s what we know|here is what we know|what we know so far|only time will tell"
    r"|stay tuned|(?:this|it) is a developing (?:story|situation)|why does (?:this|it) matter"
    r"|the big question|remains to be seen|in a nutshell|let'?s take a (?:closer )?look"
    r"|what you need to know|but that'?s not all|what happens next|all eyes (?:are|will be) on"
    r"|make no mistake|the bottom line is"
    # the clichés of machine-written prose
    r"|in today'?s (?:[\w-]+ ){0,3}(?:world|age|landscape|climate|economy|society|market)"
    r"|in an era (?:of|where|when)|as the world (?:moves|shifts|transitions|turns|races)"
    r"|at the heart of (?:modern|everyday|daily) life|^(?:conclusion|final thoughts)$"
    r"|continues? to evolve|striking the right balance|strike the right balance"
    r"|(?:it is|it's) (?:worth noting|important to note)|a testament to"
    r"|(?:serves as|is) a (?:stark |powerful |timely |sobering )?reminder"
    r"|plays? an? (?:crucial|vital|pivotal|key) role|proactive steps|navigat\w+ the complex"
    r"|the stakes (?:could not|couldn'?t) be higher|in conclusion|one thing is (?:certain|clear)"
    # the sign-off of a content farm's post (round 26)
    r"|let us know in the comments|(?:don'?t forget to|be sure to) share this"
    r"|(?:we will|we'll) (?:keep|continue) (?:following|monitoring|tracking|watching)"
    r"|(?:bring|keep) you (?:updates|updated|posted)|(?:that|it) depends on who you ask"
    # a machine-written summary's own disclosure (round 85)
    r"|(?:generated|written|produced|created|prepared|compiled) (?:with the help of|by|using"
    r"|with the assistance of) (?:an? )?(?:AI|artificial intelligence|generative AI)"
    # as a turn of phrase, set off by a comma; "pupils leave at the end of the day" is a time
    r"|(?:^|(?<=, ))(?:at the end of the day|moving forward)(?=,))\b",
    re.IGNORECASE,
)
# The scaffolding of an explainer or a listicle built from a story (round 27): its bare
# answers ("Yes.", "Not really."), its numbered headings ("2. The government is paying
# for it", no full stop), and its announcement of itself ("We look at what ...").
_SCAFFOLD = re.compile(
    r"^(?:(?:yes|no|not (?:really|yet|quite|exactly|always)|partly|maybe|probably(?: not)?"
    r"|in short,? (?:yes|no)|it depends)[.!]?"
    # ... and an answer opening with one: "Yes - and that is what makes it so shocking."
    r"|(?:yes|no)\s*[-–—]\s+.*"
    r"|\d{1,2}[.)]\s+(?:\S+\s+){0,11}\S+[^\W\d_]"
    r"|(?:here,? )?we (?:look at|explain|answer|break down|take a look at)\b.*"
    r"|here(?:'s| is) (?:a look|a guide|our guide|a breakdown|an explainer)\b.*)$",
    re.IGNORECASE,
)
# A heading in the body: a few words in title case with no sentence's end ("At a Glance",
# "The Bigger Picture", round 80). A rewrite's scaffolding: it states nothing.
_FUNCTION_WORD = r"(?:a|an|the|of|and|or|to|in|on|for|at|by|with|is|are|vs)"
# (no figures and no copyright line: "Copyright Ketterly Mercury 2024" is a page's
# furniture, which the source keeps as often as the copy, round 57)
_HEADING = re.compile(
    rf"^\s*(?!Copyright\b)[A-Z][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
    rf"(?:\s+(?:[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*|{_FUNCTION_WORD})){{0,5}}\s*$"
)
_QUOTE_MARK = re.compile(r"[\"“”«»„]")
_QUOTED_SPAN = re.compile(r"[\"“„«][^\"”“„«»]*[\"”»]")


def _said_share(copy: Side, alignments: list[Alignment]) -> float:
    said = [i for i, s in enumerate(copy.sentences) if not is_filler(s.text)]
    total = float(sum(copy.lengths[i] for i in said))
    aligned = {i for a in alignments for i in a.copy}
    return float(sum(copy.lengths[i] for i in said if i in aligned)) / total if total else 0.0


@text_cache(8192)
def is_filler(text: str, *, headings: bool = True) -> bool:
    """A sentence of rewrite filler: a stock phrase outside quotes, a short question or
    exclamation outside quotes ("What happened?", "It's simple!"), or an explainer's or
    listicle's scaffolding (``_SCAFFOLD``), or (``headings``) a heading in the body."""
    heading = headings and _HEADING.match(text) is not None
    if (_SCAFFOLD.match(text.strip()) or heading) and not _QUOTE_MARK.search(text):
        return True
    return bool(_FILLER.search(_QUOTED_SPAN.sub(" ", text))) or (
        text.rstrip().endswith(("?", "!"))
        and len(text.split()) <= (8 if text.rstrip().endswith("?") else 6)
        and not _QUOTE_MARK.search(text)
    )
