"""Quotes in an article, who said them, and what a copy did to them.

``find_quotes`` pairs the quote marks of an article (sentences are normalised, so only
``"`` and ``'`` occur), across sentence breaks, and attributes each quote to a speaker
via the dependency parse (subject of a cue verb such as *said*/*told*; a pronoun
subject resolves to the last named PERSON). Single quotes count as quote marks only when
an opening mark (after a space, before a letter) pairs with a closing mark in the same
sentence, so Jama'at, BAMEX'25 and militants' blockade are not quotes; single quotes
inside a double-quoted passage are part of it (nested quotes).

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
- ``not_in_source``: no counterpart anywhere in the source (possibly fabricated).
- ``speaker_changed``: the counterpart is attributed to a differently named person.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .article import Alignment, Article, Quote, QuoteStatus, Sentence
from .nlp import parse_many

CUE_WORDS = frozenset(
    """say says said saying tell tells told add adds added state states stated argue argues
    argued insist insists insisted claim claims claimed note notes noted warn warns warned
    explain explains explained write writes wrote ask asks asked reply replies replied
    declare declares declared stress stresses stressed acknowledge acknowledges acknowledged
    continue continued recall recalls recalled urge urges urged assert asserts asserted
    announce announces announced describe described call called tweet tweeted posted
    insisting adding according""".split()  # noqa: SIM905
)
_TITLE_WORDS = frozenset(
    """minister president prime foreign defence defense interior finance secretary general gen.
    col. colonel sen. senator gov. governor mayor judge chief dr. dr mr. mrs. ms. mr mrs ms
    prof. professor ambassador spokesman spokeswoman deputy vice former acting""".split()  # noqa: SIM905
)
_PRONOUNS = frozenset({"he", "she", "him", "her"})
STOPWORDS = frozenset(
    """a an the of to in on at for and or but is are was were be been being it its this that
    these those there their they them he she his her we our us i you your with by from as
    not no so if than then into about over also has have had do does did will would can
    could should may might must s""".split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W_]+(?:['.\-][^\W_]+)*")
_SQ_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[\-]))'(?=[^\W_])")
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


# ---------------------------------------------------------------- finding quote marks


def _looks_opening(text: str, k: int) -> bool:
    before = text[k - 1] if k > 0 else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    return (before.isspace() or before in "([-") and not after.isspace()


def _mark_spans(sentences: Sequence[Sentence]) -> list[tuple[int, int, int, int, str]]:
    """(sentence, start, end_sentence, end, mark) for every quotation, in order."""
    out: list[tuple[int, int, int, int, str]] = []
    open_at: tuple[int, int] | None = None
    for si, sent in enumerate(sentences):
        text = sent.text
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
        covered = _inside_ranges(out, si, len(text))
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


def _inside_ranges(
    spans: Sequence[tuple[int, int, int, int, str]], si: int, length: int
) -> list[tuple[int, int]]:
    """Character ranges of sentence ``si`` that are inside quote marks."""
    ranges: list[tuple[int, int]] = []
    for s0, a, s1, b, _ in spans:
        if s0 <= si <= s1:
            ranges.append((a if s0 == si else 0, b if s1 == si else length))
    return ranges


# ------------------------------------------------------------------ speakers


def _speaker_of_subject(tok: Any, doc: Any) -> str:
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end:
                return str(ent.text)
    if tok.pos_ == "PROPN":
        left = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        left = [c for c in left if c.lower_ not in _TITLE_WORDS]  # "Minister Ana Ruiz"
        first = left[0].i if left else tok.i
        return str(doc[first : tok.i + 1].text)
    words = [t for t in tok.subtree if t.dep_ not in ("det", "punct") and not t.is_space]
    persons = [e for e in doc.ents if e.label_ == "PERSON" and e.root.head == tok]
    if persons:  # "the minister, Abdoulaye Diop,"
        return str(persons[0].text)
    return " ".join(t.text for t in words[:6])


def _is_name(speaker: str | None) -> bool:
    return bool(speaker) and any(w[:1].isupper() for w in (speaker or "").split())


def _last_person(
    doc: Any, before: int | None = None, inside: Sequence[tuple[int, int]] = ()
) -> str | None:
    """The PERSON named in ``doc`` (before token ``before``) most likely to be the one a
    later "he"/"she" means: the subject of a cue verb, then of the main verb, then any
    subject, then a full name; the last one wins a tie. (The small model tags some
    countries as PERSON; they are rarely the subject of *said*.)"""
    best: tuple[float, int] = (-1.0, -1)
    found: str | None = None
    for ent in doc.ents:
        if ent.label_ != "PERSON" or (before is not None and ent.end > before):
            continue
        if any(a <= ent.start_char < b for a, b in inside):
            continue  # a name inside a quote is not its speaker
        root = ent.root
        score = 0.0
        if root.dep_ in ("nsubj", "nsubjpass"):
            score = 1.0
            if root.head.lower_ in CUE_WORDS:
                score = 3.0
            elif root.head.dep_ == "ROOT":
                score = 2.0
        if len(ent) > 1:
            score += 0.5
        if (score, ent.start) >= best:
            best = (score, ent.start)
            found = str(ent.text)
    return found


def _cue_and_subject(
    doc: Any, inside: list[tuple[int, int]], near: tuple[int, int]
) -> tuple[Any, Any]:
    """The cue verb nearest to the quote at chars ``near`` (outside all quotes), and its
    subject. A cue after the closing mark wins a tie (``"...," he said``)."""

    def outside(tok: Any) -> bool:
        return not any(a <= tok.idx < b for a, b in inside)

    def dist(tok: Any) -> int:
        at = int(tok.idx)
        return at - near[1] if at >= near[1] else near[0] - at + 1

    cues = sorted((t for t in doc if t.lower_ in CUE_WORDS and outside(t)), key=dist)
    for cue in cues:
        if cue.lower_ == "according":  # "according to X"
            for prep in cue.children:
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if objs:
                    return cue, objs[0]
            continue
        subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and outside(c)]
        if not subjects and cue.dep_ in ("conj", "advcl", "xcomp"):
            subjects = [c for c in cue.head.children if c.dep_ == "nsubj" and outside(c)]
        if subjects:
            return cue, subjects[0]
    return (cues[0] if cues else None), None


def find_quotes(sentences: list[Sentence]) -> list[QuoteSpan]:
    """Every quotation in ``sentences`` with its speaker and cue verb (None if unknown)."""
    spans = _mark_spans(sentences)
    if not spans:
        return []
    need = sorted({s for sp in spans for s in (sp[0], sp[2])})
    docs = dict(zip(need, parse_many([sentences[i].text for i in need]), strict=True))
    person_cache: dict[int, str | None] = {}

    def person_before(si: int) -> str | None:
        for j in range(si - 1, max(-1, si - 5), -1):
            if j not in person_cache:
                doc = docs.get(j) or parse_many([sentences[j].text])[0]
                inside = _inside_ranges(spans, j, len(sentences[j].text))
                person_cache[j] = _last_person(doc, None, inside)
            if person_cache[j]:
                return person_cache[j]
        return None

    out: list[QuoteSpan] = []
    prev: QuoteSpan | None = None
    last_named: str | None = None
    for s0, a, s1, b, mark in spans:
        if s0 == s1:
            text = sentences[s0].text[a:b]
        else:
            parts = [sentences[s0].text[a:]]
            parts += [sentences[k].text for k in range(s0 + 1, s1)]
            parts.append(sentences[s1].text[:b])
            text = " ".join(p.strip() for p in parts)
        speaker: str | None = None
        cue_word: str | None = None
        for si in dict.fromkeys((s1, s0)):
            doc = docs[si]
            inside = _inside_ranges(spans, si, len(sentences[si].text))
            near = (a if si == s0 else 0, b if si == s1 else len(sentences[si].text))
            cue, subj = _cue_and_subject(doc, inside, near)
            if cue is None:
                continue
            cue_word = str(cue.text)
            if subj is None:
                break
            if subj.lower_ in _PRONOUNS:
                speaker = _last_person(doc, subj.i, inside) or person_before(si) or last_named
            elif subj.pos_ != "PRON":
                speaker = _speaker_of_subject(subj, doc)
            break
        if cue_word is None and prev is not None and prev.end_sentence >= s0 - 1:
            speaker, cue_word = prev.speaker, prev.cue  # a run-on quote by the same speaker
        if _is_name(speaker):
            last_named = speaker  # NER can miss a name the parse found as a subject
        span = QuoteSpan(s0, a, s1, b, text.strip(), speaker, cue_word, mark)
        out.append(span)
        prev = span
    return out


# ------------------------------------------------------------------ matching


@lru_cache(maxsize=65536)
def _stem(w: str) -> str:
    w = w.lower().replace("'", "")
    if w.endswith("s") and len(w) > 3 and w[-2:] == "'s":
        w = w[:-2]
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def _words(text: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in _WORD.finditer(text)]


@dataclass(slots=True)
class _W:
    key: str
    text: str
    sent: int
    quote: int  # index of the quote (in the article's QuoteSpan list) or -1


class _Side:
    """An article's words with, for each, the quote it stands in (cached per analysis)."""

    def __init__(self, article: Article, quotes: list[QuoteSpan]) -> None:
        self.article = article
        self.quotes = quotes
        self.sent_words: list[list[_W]] = []
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
            for w, at in _words(sent.text):
                qid = next((qi for a, b, qi in ranges if a <= at < b), -1)
                row.append(_W(_stem(w), w, si, qid))
            self.sent_words.append(row)

    def region(self, idx: Sequence[int]) -> list[_W]:
        return [w for i in idx for w in self.sent_words[i]]


def _chain(qkeys: list[str], rkeys: list[str]) -> list[tuple[int, int, int]]:
    """Matching blocks (q, r, size) of the densest ordered chain of ``qkeys`` in ``rkeys``."""
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
            if gap_r > max(5, gap_q + 5):
                cur = []
        cur.append(blk)
        if sum(x[2] for x in cur) > sum(x[2] for x in best):
            best = list(cur)
    return best


@dataclass(slots=True)
class _Match:
    region: list[_W]
    chain: list[tuple[int, int, int]]
    matched: int

    @property
    def rset(self) -> dict[int, int]:
        """region index -> copy-quote word index for matched words."""
        return {r + k: q + k for q, r, n in self.chain for k in range(n)}


def _found(m: _Match | None, qlen: int) -> bool:
    if m is None or qlen == 0:
        return False
    if qlen <= 2:
        return m.matched == qlen
    return m.matched >= 2 and m.matched / qlen >= 0.5


def _best(qkeys: list[str], regions: list[list[_W]]) -> _Match | None:
    best: _Match | None = None
    for reg in regions:
        if not reg:
            continue
        ch = _chain(qkeys, [w.key for w in reg])
        n = sum(x[2] for x in ch)
        if n == 0:
            continue
        inside = sum(1 for r in {r + k for _, r, k2 in ch for k in range(k2)} if reg[r].quote >= 0)
        if best is None or (n, inside) > (best.matched, _inside_count(best)):
            best = _Match(reg, ch, n)
    return best


def _inside_count(m: _Match) -> int:
    return sum(1 for r in m.rset if m.region[r].quote >= 0)


def _diff(src: list[_W], cpy: list[tuple[str, str]]) -> list[dict[str, str]]:
    sm = difflib.SequenceMatcher(None, [w.key for w in src], [k for k, _ in cpy], autojunk=False)
    ops: list[dict[str, str]] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        ops.append(
            {
                "op": op,
                "source": " ".join(w.text for w in src[i1:i2]),
                "copy": " ".join(t for _, t in cpy[j1:j2]),
            }
        )
    return ops


def _runs(flags: list[bool], words: list[tuple[str, str]]) -> list[str]:
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


def _same_speaker(a: str | None, b: str | None) -> bool:
    if not (_is_name(a) and _is_name(b)):
        return True
    ta = {w.lower() for w in _WORD.findall(a or "") if w[:1].isupper()}
    tb = {w.lower() for w in _WORD.findall(b or "") if w[:1].isupper()}
    return bool(ta & tb)


def analyze(
    source: Article, copy: Article, alignments: list[Alignment]
) -> tuple[list[Quote], list[dict[str, Any]]]:
    """Status of every quote in ``copy`` against ``source``, and the source quotes dropped."""
    cq = find_quotes(copy.sentences)
    if not cq:
        sq_only = find_quotes(source.sentences) if '"' in source.text else []
        return [], [_dropped(q) for q in sq_only]
    sq = find_quotes(source.sentences)
    src = _Side(source, sq)
    n = len(source.sentences)
    everywhere = [src.region([i]) for i in range(n)]
    everywhere += [src.region([i, i + 1]) for i in range(n - 1)]
    used: set[int] = set()
    out: list[Quote] = []
    for q in cq:
        qwords = [(_stem(w), w) for w, _ in _words(q.text)]
        qkeys = [k for k, _ in qwords]
        aligned = sorted(
            {
                s
                for al in alignments
                if any(q.sentence <= c <= q.end_sentence for c in al.copy)
                for s in al.source
            }
        )
        m = _best(qkeys, [src.region(aligned)]) if aligned else None
        if not _found(m, len(qkeys)):
            m = _best(qkeys, everywhere)
        if m is None or not _found(m, len(qkeys)):
            out.append(
                Quote(
                    q.sentence,
                    q.text,
                    q.speaker,
                    "not_in_source",
                    None,
                    None,
                    [],
                    "no counterpart in the source",
                )
            )
            continue
        out.append(_classify(q, qwords, m, sq, used))
    dropped = [_dropped(s) for i, s in enumerate(sq) if i not in used]
    return out, dropped


def _dropped(q: QuoteSpan) -> dict[str, Any]:
    return {"source_sentence": q.sentence, "text": q.text, "speaker": q.speaker}


def _classify(
    q: QuoteSpan, qwords: list[tuple[str, str]], m: _Match, sq: list[QuoteSpan], used: set[int]
) -> Quote:
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
        runs = _runs(flags, qwords)
        lo, hi = min(rmap), max(rmap) + 1
        span = reg[lo:hi]
        added = [t for i, (_, t) in enumerate(qwords) if i not in set(rmap.values())]
        note = "not a quote in the source: " + "; ".join(f'"{r}"' for r in runs)
        if added:
            note += "; words not in the source: " + " ".join(added)
        return Quote(
            q.sentence, q.text, q.speaker, "from_reported_speech", src_sent,
            " ".join(w.text for w in span), _diff(span, qwords), note,
        )  # fmt: skip
    main = max(set(qids), key=qids.count)
    idx = [i for i, w in enumerate(reg) if w.quote == main]
    qpos = sorted(rmap.values())
    lead = qpos[0]
    trail = len(qwords) - 1 - qpos[-1]
    mine = sorted(r for r in inside if reg[r].quote == main)
    # Extend over words the copy replaced at either end; when only a few source words
    # remain beyond them, the copy cut them (``take this, that`` -> ``take Bamako``).
    lo = max(idx[0], mine[0] - lead)
    if lead and lo - idx[0] <= 3:
        lo = idx[0]
    hi = min(idx[-1], mine[-1] + trail) + 1
    if trail and idx[-1] + 1 - hi <= 3:
        hi = idx[-1] + 1
    portion = reg[lo:hi]
    ops = _diff(portion, qwords)
    src_q = sq[main]
    changed = any(o["op"] != "equal" for o in ops)
    status: QuoteStatus = "altered" if changed else "verbatim"
    note = ""
    if changed:
        note = "; ".join(
            f"{o['op']} {o['source']!r} -> {o['copy']!r}" for o in ops if o["op"] != "equal"
        )
    if not _same_speaker(src_q.speaker, q.speaker):
        note = f"source attributes it to {src_q.speaker}" + (f"; {note}" if note else "")
        status = "speaker_changed"
    return Quote(
        q.sentence, q.text, q.speaker, status, src_q.sentence,
        " ".join(w.text for w in portion), ops if changed else [], note,
    )  # fmt: skip
