"""Sentence alignment between a copy and its (candidate) source.

Scoring, per sentence pair:

* lexical: Dice overlap of content words and of word bigrams over Unicode word tokens,
  so it works in any script (the Urdu of the COUNTER corpus included);
* semantic: cosine of all-MiniLM-L6-v2 embeddings, used only for English text.

The alignment is global and two-pass, in the spirit of passim's anchors: *anchors* are
pairs whose evidence is strong on its own (near-verbatim wording, or a paraphrase with a
high cosine). Only when anchors cover a real share of the copy is the document treated as
a rewrite, and the remaining copy sentences are then *extended* to weaker partners that
sit where the anchors say they should (rewrites keep the order, with local moves).
Without enough anchors nothing is extended: two independent reports of the same event
share names and topics, and a topical-only link must not count as derivation.
Merges (one copy sentence from two source sentences) are accepted when adding the second
source sentence explains clearly more of the copy sentence; splits (two adjacent copy
sentences from one source sentence) are grouped into one alignment.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse

from .article import Alignment, PairKind, Sentence
from .embed import Embedder
from .language import is_english
from .normalize import HAN_CHARS, UNSPACED_SE_ASIA, WORD_MARKS
from .quotemarks import QUOTED
from .specifics import only_topical
from .textcache import text_cache

Matrix = npt.NDArray[np.float64]

_TOKEN = re.compile(f"[\\w{WORD_MARKS}{UNSPACED_SE_ASIA}]+")
HAN = re.compile(f"[{HAN_CHARS}]")
# Korean syllables: words are spaced, but particles and endings join them ("시는", "시가"),
# so two texts about one city share the stem only: bigrams, as for Chinese (round 36)
HANGUL_CHARS = "\uac00-\ud7a3"
_PAIRED = HAN_CHARS + HANGUL_CHARS + UNSPACED_SE_ASIA
BIGRAMMED = re.compile(f"[{_PAIRED}]")
# ... but their letters are an alphabet: a Thai character pair is less than a syllable, and
# texts on one subject share most 4-character runs of pairs. Four characters a token
# (round 37, 7 Thai pairs: bigrams 5 right, 3-grams 5, 4-grams 6, 5-grams 5)
SE_ASIA = re.compile(f"[{UNSPACED_SE_ASIA}]")
SE_ASIA_N = 4
_HAN_RUN = re.compile(f"[{_PAIRED}]+|[^{_PAIRED}]+")

# Function words carry no evidence of copying: English, the commonest Urdu ones, and
# those of the European languages our held-out pairs came in (Spanish, French, German,
# Italian, Portuguese, Dutch). Without the latter, two independent Spanish reports of one
# rescue shared 86% of their "content" in articles and prepositions (round 22). Words
# that are English content words too ("war", "die", "son", "van", "door", "hat", "man",
# "come", "era") are left out.
_EUROPEAN = """
    de el la los las un una unos unas del que en por para con se su sus lo al es fue ha han
    como más pero sin sobre este esta estos estas ya entre cuando también muy según hasta
    desde donde porque les ser está están había fueron ni otro otra y o
    le les une des du et ou qui au aux à dans par pour sur avec ne pas il elle ils elles
    sa ses leur leurs est sont été était ont mais ce cette ces comme aussi selon nous vous
    lui après avant sans sous dont où
    der das den dem des ein eine einen einem einer und nicht auf sich zu von im auch wie
    bei nach um wird sind noch nur oder aber zur bis durch sie er wir hatte wurde wurden
    werden kann seit vom zum dass diese dieser keine haben sei über unter ist mit aus vor
    mehr
    il lo gli di da della dei delle nel nella non uno è sono anche più ma alla si tra fra
    os um uma do da dos das no na nos nas em não mais foi ao é são pelo pela segundo
    het een op te met voor niet zijn aan ook om naar werd wordt heeft hebben maar nog uit
    tot
"""
STOPWORDS = frozenset(_EUROPEAN.split()) | frozenset(
    """a an the and or but if of to in on at by for with from as into onto about over after
    before under between through during without within is are was were be been being am do
    does did has have had having it its this that these those he she they we you i him her
    them us our their his my your me who whom which what when where why how not no nor so
    than too very can could will would shall should may might must also just only s t said
    says say told there here then out up down off again further once all any both each few
    more most other some such own same while because until against above below one""".split()
    + "کے کی کا میں نے سے کو اور ہے ہیں تھا تھی تھے گیا گئی گئے کہ پر یہ وہ بھی ایک لیے کر کیا جو ہو تک اس ان".split()
)

# Calibrated on the seed pair and our example pairs (docs/method.md has the figures).
ANCHOR_LEX = 0.55  # lexical score of a near-verbatim / light-edit pair
# Without embeddings (languages the model does not read) a rewritten sentence can only
# be seen through its words: anchors and extensions are looser (COUNTER's wholly derived
# Urdu copies keep a median lexical score of 0.4 with their best source sentence).
ANCHOR_LEX_ONLY = 0.4
EXTEND_LEX_ONLY = 0.2
ANCHOR_COS = 0.72  # cosine of a sentence-level paraphrase
ANCHOR_HELD = 0.7  # share of a source sentence's bigrams inside a copy sentence
HELD_MIN_BIGRAMS = 8
EXTEND_LEX = 0.22
EXTEND_COS = 0.42
EXTEND_MIN_ANCHOR_SHARE = 0.25  # of copy sentences, before extension is allowed
LEAD_IN_MAX_WORDS = 8  # a sentence this short without a partner is a lead-in, not material
SPLIT_MIN_ANCHORS = 3  # ... or anchors on this many source sentences,
SPLIT_SOURCE_SHARE = 0.5  # and on this share of them
WHOLE_LEX = 0.6  # a copy sentence this close to its source sentence carries all of it
SPLIT_HALF_COS = 0.6  # ... beside which a sentence this close still says part of it
MERGE_GAIN_COS = 0.03
MAX_MERGE = 3  # source sentences one copy sentence may be aligned to
ORDER_SLACK = 3


def tokens(text: str) -> list[str]:
    """The word tokens of ``text``, lower-cased: a fresh list, the caller's to change."""
    return list(_tokens(text))


@text_cache(8192)
def _tokens(text: str) -> tuple[str, ...]:
    if BIGRAMMED.search(text) is None:
        return tuple([t.lower() for t in _TOKEN.findall(text)])
    # Chinese and Japanese write no spaces between words, so a "word" token would be a
    # whole clause; overlapping character bigrams stand in for words, as in CJK search
    # engines (a clause edited by one character still shares most of its bigrams)
    out: list[str] = []
    for t in _TOKEN.findall(text):
        for run in _HAN_RUN.findall(t):
            if SE_ASIA.match(run) and len(run) > SE_ASIA_N:
                out += [run[k : k + SE_ASIA_N] for k in range(len(run) - SE_ASIA_N + 1)]
            elif BIGRAMMED.match(run) and len(run) > 1:
                out += [run[k : k + 2] for k in range(len(run) - 1)]
            else:
                out.append(run.lower())
    return tuple(out)


def content_words(toks: list[str]) -> set[str]:
    return {t for t in toks if t not in STOPWORDS and (len(t) > 1 or t.isdigit())}


@dataclass
class Side:
    """Per-article features, computed once and reused across comparisons."""

    sentences: list[Sentence]
    toks: list[list[str]] = field(init=False)
    content: list[set[str]] = field(init=False)
    bigrams: list[set[str]] = field(init=False)
    unquoted: list[set[str]] = field(init=False)
    lengths: npt.NDArray[np.float64] = field(init=False)
    english: bool = field(init=False)
    vecs: npt.NDArray[np.float32] | None = None

    def __post_init__(self) -> None:
        self.english = is_english(self.sentences)
        self.toks = [tokens(s.text) for s in self.sentences]
        self.content = [content_words(t) for t in self.toks]
        self.bigrams = [{f"{a} {b}" for a, b in itertools.pairwise(t)} for t in self.toks]
        # Content outside quote marks: independent reports share quotes, not narration.
        self.unquoted = [content_words(tokens(QUOTED.sub(" ", s.text))) for s in self.sentences]
        self.lengths = np.array([max(len(s.text), 1) for s in self.sentences], dtype=np.float64)


def embed_sides(embedder: Embedder, *sides: Side) -> None:
    """Encode several sides in one call: one batch pass costs less than one per article."""
    todo = [side for side in sides if side.vecs is None and side.sentences]
    vecs = embedder.encode([s.text for side in todo for s in side.sentences])
    at = 0
    for side in todo:
        side.vecs = vecs[at : at + len(side.sentences)]
        at += len(side.sentences)


def _incidence(sets_a: list[set[str]], sets_b: list[set[str]]) -> tuple[Matrix, Matrix, Matrix]:
    """Intersection counts and set sizes of every (a, b) pair, via sparse products."""
    vocab: dict[str, int] = {}
    rows: list[list[int]] = []
    for group in (sets_a, sets_b):
        for s in group:
            rows.append([vocab.setdefault(w, len(vocab)) for w in s])
    n_a = len(sets_a)

    def build(rs: list[list[int]]) -> sparse.csr_matrix:
        indptr = np.cumsum([0] + [len(r) for r in rs])
        indices = np.fromiter((j for r in rs for j in r), dtype=np.int64, count=int(indptr[-1]))
        data = np.ones(len(indices), dtype=np.float64)
        return sparse.csr_matrix((data, indices, indptr), shape=(len(rs), max(len(vocab), 1)))

    a = build(rows[:n_a])
    b = build(rows[n_a:])
    inter = np.asarray((a @ b.T).todense(), dtype=np.float64)
    size_a = np.array([len(s) for s in sets_a], dtype=np.float64)
    size_b = np.array([len(s) for s in sets_b], dtype=np.float64)
    return inter, size_a, size_b


def _dice(inter: Matrix, size_a: Matrix, size_b: Matrix) -> Matrix:
    denom = size_a[:, None] + size_b[None, :]
    return np.divide(2 * inter, denom, out=np.zeros_like(inter), where=denom > 0)


@dataclass
class PairScores:
    """Similarity matrices, rows = copy sentences, columns = source sentences."""

    lex: Matrix  # 0.6 content-word Dice + 0.4 bigram Dice
    content_inter: Matrix
    cos: Matrix | None
    # Share of each source sentence's word bigrams found in the copy sentence, where the
    # source sentence has HELD_MIN_BIGRAMS or more (else 0): a source sentence taken
    # whole inside a longer one of the copy's own.
    held: Matrix | None = None
    # A language the embedding model does not read: only words can show a rewrite, so
    # the lexical thresholds are looser. (English with --no-embeddings keeps the strict
    # ones: there, loose lexical links are what independent reports share.)
    words_only: bool = False

    @property
    def link(self) -> Matrix:
        """One score per pair on the cosine scale, for ranking partners."""
        if self.cos is None:
            return self.lex
        # A near-verbatim pair is a link whatever the model says; otherwise the cosine.
        return np.maximum(self.cos, np.minimum(1.0, 0.4 + self.lex))


def score_pairs(copy: Side, source: Side) -> PairScores:
    inter, sa, sb = _incidence(copy.content, source.content)
    d_content = _dice(inter, sa, sb)
    binter, ba, bb = _incidence(copy.bigrams, source.bigrams)
    d_bigram = _dice(binter, ba, bb)
    lex = 0.6 * d_content + 0.4 * d_bigram
    cos = None
    if (
        copy.vecs is not None
        and source.vecs is not None
        and len(copy.sentences)
        and len(source.sentences)
    ):
        cos = (copy.vecs @ source.vecs.T).astype(np.float64)
    words_only = cos is None and not (copy.english and source.english)
    held = np.where(bb[None, :] >= HELD_MIN_BIGRAMS, binter / np.maximum(bb[None, :], 1.0), 0.0)
    return PairScores(lex=lex, content_inter=inter, cos=cos, words_only=words_only, held=held)


_DIGIT = re.compile(r"\d")


def figure_tokens(toks: list[str]) -> list[str]:
    """The tokens holding a digit, in order (the tokeniser splits 3.5 into 3 and 5)."""
    return [t for t in toks if _DIGIT.search(t)]


def _changed_figure(a: list[str], b: list[str]) -> bool:
    """The figures differ: 3.5 -> 5.3 in a long sentence is still an edit, not verbatim.
    Compared in order, since as sets 3.5 and 5.3 are the same tokens."""
    return figure_tokens(a) != figure_tokens(b)


_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]{2,}")


def _changed_name(copy_text: str, source_text: str) -> bool:
    """A capitalised word of three letters or more differs (a name, a place, a weekday):
    "Agency spokesman Erling Dahl said" -> "Einar Dahl" is an edit, however long the
    sentence (round 39: a light edit that changed a name and a weekday read as verbatim).
    Short capitals are left out, as copies respell them freely (U.S. / US)."""
    found = Counter(w.casefold() for w in _CAPITALISED.findall(copy_text))
    return found != Counter(w.casefold() for w in _CAPITALISED.findall(source_text))


# "2. Solve ..." or "3) Use ...": a number the copy put before a sentence to make a list
_LIST_MARK = re.compile(r"\s*\(?(\d{1,2})[.)]")


def pair_kind(copy_text: str, source_text: str) -> tuple[PairKind, float]:
    """verbatim / light_edit / paraphrase, from token-level edit similarity."""
    a, b = tokens(copy_text), tokens(source_text)
    mark = _LIST_MARK.match(copy_text)
    if mark and a and b and a[0] == mark.group(1) and b[0] != a[0]:
        a = a[1:]  # a list number is layout: the sentence after it is the source's
    if a == b:
        return "verbatim", 1.0
    ratio = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    if ratio >= 0.97 and not _changed_figure(a, b) and not _changed_name(copy_text, source_text):
        return "verbatim", ratio
    if ratio >= 0.72:
        return "light_edit", ratio
    return "paraphrase", ratio


def holds(copy_text: str, source_text: str) -> bool:
    """The copy sentence holds the source sentence whole (ANCHOR_HELD of its bigrams): the
    test of :attr:`PairScores.held` for one pair of texts, for callers that have the
    alignment but not the scores."""
    a, b = tokens(copy_text), tokens(source_text)
    src = {f"{x} {y}" for x, y in itertools.pairwise(b)}
    if len(src) < HELD_MIN_BIGRAMS:
        return False
    return len(src & {f"{x} {y}" for x, y in itertools.pairwise(a)}) / len(src) >= ANCHOR_HELD


def _is_anchor(scores: PairScores, i: int, j: int) -> bool:
    if scores.lex[i, j] >= (ANCHOR_LEX_ONLY if scores.words_only else ANCHOR_LEX):
        return True
    return scores.cos is not None and scores.cos[i, j] >= ANCHOR_COS and scores.lex[i, j] >= 0.08


def _extend_ok(scores: PairScores, i: int, j: int) -> bool:
    lex_min = EXTEND_LEX_ONLY if scores.words_only else EXTEND_LEX
    if scores.lex[i, j] >= lex_min and scores.content_inter[i, j] >= 2:
        return True
    return (
        scores.cos is not None
        and scores.cos[i, j] >= EXTEND_COS
        and scores.content_inter[i, j] >= 1
    )


def _window(anchors: dict[int, int], i: int, n_source: int) -> tuple[int, int]:
    """Source positions a copy sentence between two anchors may come from."""
    before = [anchors[k] for k in anchors if k < i]
    after = [anchors[k] for k in anchors if k > i]
    lo = min(before[-3:], default=0) - ORDER_SLACK if before else 0
    hi = max(after[:3], default=n_source) + ORDER_SLACK if after else n_source
    lo, hi = max(lo, 0), min(hi, n_source - 1)
    # Anchors that cross (a local move) give an inverted window: take the span they cover.
    return (lo, hi) if lo <= hi else (max(hi - ORDER_SLACK, 0), min(lo + ORDER_SLACK, n_source - 1))


def _merge_partners(copy: Side, source: Side, scores: PairScores, i: int, j: int) -> list[int]:
    """Other source sentences (at most MAX_MERGE - 1) that copy sentence ``i``, linked to
    source sentence ``j``, also draws on. Each must add content words the ones taken so far
    do not explain and, with embeddings, bring the copy sentence closer to their sum.
    Summaries fold three source sentences into one, so one partner is not enough."""
    link = scores.link[i]
    taken = [j]
    cover = copy.content[i] & source.content[j]
    closeness = float(link[j])
    while len(taken) < MAX_MERGE:
        best: tuple[int, int, float] | None = None
        for j2 in np.argsort(-link)[:4]:
            j2 = int(j2)
            if j2 in taken or link[j2] < EXTEND_COS:
                continue
            gain = len((copy.content[i] & source.content[j2]) - cover)
            if gain < 2:
                continue
            if copy.vecs is not None and source.vecs is not None:
                both = source.vecs[taken].sum(axis=0) + source.vecs[j2]
                both = both / (np.linalg.norm(both) or 1.0)
                cos = float(copy.vecs[i] @ both)
                ok = cos >= closeness + MERGE_GAIN_COS or gain >= 4
            else:
                cos, ok = closeness, gain >= 3
            if ok and (best is None or gain > best[0]):
                best = (gain, j2, cos)
        if best is None:
            break
        taken.append(best[1])
        cover |= copy.content[i] & source.content[best[1]]
        closeness = max(closeness, best[2])
    return taken[1:]


# A rewrite that changes nearly every word still restates its source sentence by sentence:
# its sentences' best partners, each only a fair cosine, climb the source in order. A run
# of CHAIN_MIN such pairs, strictly in order and in order with the anchors, anchors them
# too (round 76: a question-and-answer rewrite of a bank's fine, 2 anchors in 18
# statements, and 13 statements whose best partners, at cosines 0.62-0.70, follow the
# story's order one by one). Independent reports follow the event's order too, but their
# sentences' best partners rarely stand that close and that orderly for that long.
CHAIN_COS = 0.6
CHAIN_MIN = 6


def _chain(scores: PairScores, anchors: dict[int, int], best: Any) -> dict[int, int]:
    """Pairs of the longest run in source order of fair best partners (see CHAIN_COS)."""
    if scores.cos is None:
        return {}
    cand = [
        (i, int(best[i]))
        for i in range(len(best))
        if i in anchors
        or (scores.cos[i, int(best[i])] >= CHAIN_COS and scores.content_inter[i, int(best[i])] >= 1)
    ]
    # longest chain strictly increasing in both copy and source position (O(n^2): n is a
    # story's sentences)
    length = [1] * len(cand)
    prev = [-1] * len(cand)
    for b, (_i, j) in enumerate(cand):
        for a in range(b):
            if cand[a][1] < j and length[a] + 1 > length[b]:
                length[b], prev[b] = length[a] + 1, a
    if not cand:
        return {}
    k = max(range(len(cand)), key=lambda x: length[x])
    run = []
    while k >= 0:
        run.append(cand[k])
        k = prev[k]
    new = {i: j for i, j in run if i not in anchors}
    return new if len(new) >= CHAIN_MIN else {}


def align(copy: Side, source: Side, scores: PairScores | None = None) -> list[Alignment]:
    """Global alignment of copy sentences to source sentences (see module docstring)."""
    n, m = len(copy.sentences), len(source.sentences)
    if n == 0 or m == 0:
        return []
    scores = scores or score_pairs(copy, source)
    link = scores.link
    best = link.argmax(axis=1)

    anchors: dict[int, int] = {}
    held = scores.held if scores.held is not None else np.zeros_like(link)
    for i in range(n):
        j = int(best[i])
        if _is_anchor(scores, i, j):
            anchors[i] = j
        elif held[i].max() >= ANCHOR_HELD:  # a source sentence inside this one, whole
            anchors[i] = int(held[i].argmax())

    anchors.update(_chain(scores, anchors, best))
    chosen: dict[int, int] = dict(anchors)
    # The share is of the copy sentences that have any candidate partner at all: filler a
    # content farm pads a rewrite with ("Here is what you need to know.") cannot dilute it.
    # Nor can the short lead-ins a rewriter strews between the facts ("The decision was
    # not unanimous.", "Markets reacted quickly."): ``link`` lifts any pair sharing a word
    # over the cosine bar, so with the model a short sentence counts only when a cosine
    # or a word overlap that extension would take finds it a partner (round 39: a padded
    # rewrite with 6 anchors in 28 sentences, 7 of them such lead-ins). A long sentence
    # of a part copy's own counts as before: it keeps extension out of its own material.
    has_partner = link.max(axis=1) >= EXTEND_COS
    if scores.cos is not None:
        short = np.array([len(t) <= LEAD_IN_MAX_WORDS for t in copy.toks])
        loose = (scores.cos.max(axis=1) < EXTEND_COS) & (scores.lex.max(axis=1) < EXTEND_LEX)
        has_partner &= ~(short & loose)
    eligible = int(has_partner.sum())
    # A rewrite that splits each long source sentence into three or four short ones has
    # few anchors per copy sentence (a fragment is far from the whole sentence), but they
    # cover much of the source.
    spread = len(set(anchors.values())) >= max(SPLIT_MIN_ANCHORS, SPLIT_SOURCE_SHARE * m)
    if len(anchors) >= max(1.0, EXTEND_MIN_ANCHOR_SHARE * eligible) or spread:
        for i in range(n):
            if i in chosen:
                continue
            lo, hi = _window(anchors, i, m)
            row = link[i, lo : hi + 1]
            j = lo + int(row.argmax())
            if _extend_ok(scores, i, j):
                chosen[i] = j

    # A copy sentence of its own beside one that holds its source sentence whole is no
    # half of a split: extension took it by the topic alone (round 157: "If you bought
    # groceries on Harbison's website ..., take ten minutes today to check" over the
    # lead it did not rewrite)
    # (a half that says the same, "It is also not the first time Brisca has faced a
    # recall" before "In 2024, the brand withdrew 80,000 kettles", stays: round 132; and
    # so does a quote, which the quote checks read against the sentence it sits by)
    for i in [i for i in chosen if i not in anchors]:
        j = chosen[i]
        near = scores.cos is not None and scores.cos[i, j] >= SPLIT_HALF_COS
        quote = copy.sentences[i].text.lstrip()[:1] in "\"“”'‘"
        if (
            scores.lex[i, j] < EXTEND_LEX
            and not near
            and not quote
            and any(
                chosen.get(k) == j and (held[k, j] >= ANCHOR_HELD or scores.lex[k, j] >= WHOLE_LEX)
                for k in (i - 1, i + 1)
            )
        ):
            del chosen[i]

    groups: list[tuple[list[int], list[int]]] = []
    for i in sorted(chosen):
        j = chosen[i]
        srcs = sorted({j, *_merge_partners(copy, source, scores, i, j)})
        # Split: adjacent copy sentences rewritten from the same single source sentence.
        if groups and groups[-1][0][-1] == i - 1 and groups[-1][1] == srcs and len(srcs) == 1:
            groups[-1][0].append(i)
        else:
            groups.append(([i], srcs))

    out: list[Alignment] = []
    for cs, ss in groups:
        ctext = " ".join(copy.sentences[k].text for k in cs)
        stext = " ".join(source.sentences[k].text for k in ss)
        kind, _ratio = pair_kind(ctext, stext)
        if kind == "paraphrase" and only_topical(ctext, stext):
            continue  # a parallel statement, not a rewrite of this one
        sc = float(max(max(link[k, j], held[k, j]) for k in cs for j in ss))
        out.append(Alignment(tuple(cs), tuple(ss), kind, min(sc, 1.0)))
    return out
