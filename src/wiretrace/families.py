"""Story families: which articles derive from which, the origin, and the derivation tree.

Input: pair verdicts (``Link``) for candidate pairs, each from ``compare()`` (or, at scale
or when compare is unavailable, ``engine.judge.lexical_judge``). Output: families, each with an
origin, members, one parent edge per non-origin member, and the articles that only
report the same event. docs/method.md describes the algorithm.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .article import DERIVED_RELATIONS, Article, Comparison
from .direction import NO_DIRECTION, WEAK

_WORD = re.compile(r"\w{3,}|\d{1,2}")  # (and short figures: "37" made "73", round 217)


def word_set(text: str) -> frozenset[str]:
    """The lowercased words of three letters or more (any script) of a text."""
    return frozenset(_WORD.findall(text.lower()))


MIN_PARTIAL_COVERAGE = 0.2  # share of a partial copy that must align for a family link
SURE_PARTIAL = 0.9  # a partial-reuse verdict this confident is not outvoted by same-event ones


@dataclass(slots=True)
class Link:
    """The verdict on one pair of stored articles (by store rowid)."""

    a: int
    b: int
    relation: str
    source: int | None  # rowid of the source when derived (None: no direction)
    confidence: float
    coverage: dict[str, float]
    similarity: float  # lexical similarity in [0, 1], for ranking parents
    evidence: list[str] = field(default_factory=list)
    edits: list[str] = field(default_factory=list)  # the copy's edits vs the source

    @property
    def derived(self) -> bool:
        return self.relation in DERIVED_RELATIONS and self.source is not None

    @property
    def copy(self) -> int | None:
        if self.source is None:
            return None
        return self.b if self.source == self.a else self.a

    def to_json(self) -> dict[str, Any]:
        return {
            "relation": self.relation,
            "source": self.source,
            "confidence": self.confidence,
            "coverage": self.coverage,
            "similarity": self.similarity,
            "evidence": self.evidence,
            "edits": self.edits,
        }

    @classmethod
    def from_json(cls, a: int, b: int, d: Mapping[str, Any]) -> Link:
        return cls(
            a,
            b,
            d["relation"],
            d["source"],
            d["confidence"],
            dict(d["coverage"]),
            d["similarity"],
            list(d["evidence"]),
            list(d["edits"]),
        )


def edits_of(
    source: Article,
    copy: Article,
    pairs: Iterable[tuple[tuple[int, ...], tuple[int, ...]]],
    unaligned_source: Iterable[int],
    unaligned_copy: Iterable[int] = (),
) -> list[str]:
    """The copy's edits relative to the source, as keys two copies can share: a source
    sentence reworded to the same text, or a source sentence dropped; and the copy's own
    sentences (``add:``, filler left out), which only its own copies can carry."""
    from .evidence import is_filler

    out: list[str] = []
    for c_idx, s_idx in pairs:
        s_text = " ".join(source.sentences[i].text for i in s_idx)
        c_text = " ".join(copy.sentences[i].text for i in c_idx)
        if s_text != c_text:
            out.append(f"sub:{','.join(map(str, s_idx))}:{c_text}")
    out.extend(f"drop:{i}" for i in unaligned_source)
    out.extend(f"add:{i}" for i in unaligned_copy if not is_filler(copy.sentences[i].text))
    return sorted(out)


def link_from_comparison(c: Comparison, rowid: Mapping[str, int], similarity: float) -> Link:
    a, b = rowid[c.source.id], rowid[c.copy.id]
    derived = c.relation in DERIVED_RELATIONS
    edits = edits_of(
        c.source,
        c.copy,
        ((al.copy, al.source) for al in c.alignments),
        c.unaligned_source,
        c.unaligned_copy,
    )
    return Link(
        min(a, b),
        max(a, b),
        c.relation,
        a if derived else None,
        float(c.confidence),
        {k: float(v) for k, v in c.coverage.items()},
        similarity,
        list(c.direction_evidence),
        edits if derived else [],
    )


# -- families -----------------------------------------------------------------------------


class _DSU:
    def __init__(self) -> None:
        self.p: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.p.setdefault(x, x)
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def joins_family(ln: Link) -> bool:
    """A derived link puts its two articles in one family; a partial reuse judged on words
    alone only when it shows the reused sentences (at least MIN_PARTIAL_COVERAGE of the
    copy aligned).

    Without the model, a partial-reuse verdict rests on word and character overlap alone
    (languages the model does not read), which two unrelated stories of one agency's
    house style also have; on COUNTER such links chained 600 articles into one family
    (bench/eval_families.py: pairwise F1 0.004 -> 0.52). A verdict the model took part in
    has aligned the reused sentences themselves: a local story that quotes three
    sentences of the wire (12% of it) is still of the wire's family."""
    if not ln.derived:
        return False
    if ln.relation != "partial_reuse":
        return True
    aligned = ln.coverage.get("copy_derived", 0.0)
    if any(e.endswith("(lexical evidence only)") for e in ln.evidence):
        return aligned >= MIN_PARTIAL_COVERAGE
    return aligned > 0.0


def components(links: Iterable[Link]) -> list[list[int]]:
    """The families' member sets: articles joined by derived links. A partial copy joins
    the family of the text it took from; one that took from texts of several families (a
    news roundup pasting paragraphs of two wire stories) joins only the one it took most
    from, so that it does not merge two stories into one family."""
    dsu = _DSU()
    partial: list[Link] = []
    links = list(links)
    same = {(ln.a, ln.b) for ln in links if ln.relation == "same_event"}
    dropped = _two_stories(links, same)
    for ln in links:
        if not joins_family(ln) or (ln.a, ln.b) in dropped:
            continue
        if ln.relation == "partial_reuse" and ln.copy is not None and ln.source is not None:
            partial.append(ln)
            dsu.find(ln.a), dsu.find(ln.b)
        else:
            dsu.union(ln.a, ln.b)
    # Per article, the families (from whole copies alone) its partial links reach. One
    # that reaches two or more, in either role (a roundup is older than a later edit of
    # one of the stories it took from), keeps only its link to the family it shares
    # most with.
    size: dict[int, int] = defaultdict(int)
    for x in list(dsu.p):
        size[dsu.find(x)] += 1
    reach: dict[int, dict[int, float]] = defaultdict(dict)
    for ln in partial:
        cov = max(ln.coverage.get("copy_derived", 0.0), ln.coverage.get("source_used", 0.0))
        for x, y in ((ln.a, ln.b), (ln.b, ln.a)):
            g = dsu.find(y)
            # a family, or a lone text x took from (round 48: a roundup of two stories,
            # one with copies, one without), not another lone partial copy
            if g != dsu.find(x) and (size[g] > 1 or y == ln.source):
                reach[x][g] = max(reach[x].get(g, 0.0), cov)

    def linked_without(x: int, groups: set[int]) -> bool:
        """The groups are one story without x: partial links between others join them
        (round 28: a wire story's three part copies, one of them taking from another)."""
        sub = _DSU()
        for ln in partial:
            if x not in (ln.a, ln.b):
                ga, gb = dsu.find(ln.a), dsu.find(ln.b)
                if ga in groups and gb in groups:
                    sub.union(ga, gb)
        return len({sub.find(g) for g in groups}) == 1

    keep = {
        x: max(by, key=lambda g: (by[g], -g))
        for x, by in reach.items()
        if len(by) > 1 and not linked_without(x, set(by))
    }
    members: dict[int, list[int]] = defaultdict(list)
    for x in list(dsu.p):
        members[dsu.find(x)].append(x)

    children: dict[int, set[int]] = defaultdict(set)
    for ln in links:
        if ln.derived and ln.source is not None and ln.copy is not None:
            children[ln.source].add(ln.copy)

    def descendants(x: int | None) -> set[int]:
        seen: set[int] = set()
        todo = [x] if x is not None else []
        while todo:
            for c in children[todo.pop()] - seen:
                seen.add(c)
                todo.append(c)
        return seen

    def outvoted(x: int, g: int, source: int | None) -> bool:
        # The family's texts are one story: an article judged an independent report of
        # more of them than it is judged to take from is no part copy of the one it
        # took from by the verdict's margin (round 21: a reporter's own story of the
        # event, `same_event` with the wire and three copies, `partial_reuse` of a fourth).
        # A verdict far from its boundary stands alone (round 27: a feature pasting four
        # paragraphs of a rewrite whole, `same_event` with the wire it was rewritten from
        # and the wire's two copies, all one text, which outvoted it three to one).
        # Texts made from the one the part copy took from do not vote: two texts made
        # from one source look like reports of one event to each other (round 35: a blog
        # pasting a press release's paragraph, `same_event` with the wire story written
        # from that release and the wire's two copies).
        made_from = descendants(source)
        votes = [
            (min(x, m), max(x, m)) in same for m in members[g] if m != x and m not in made_from
        ]
        return sum(votes) * 2 > len(votes)

    for ln in partial:
        ga, gb = dsu.find(ln.a), dsu.find(ln.b)
        sure = ln.confidence >= SURE_PARTIAL
        if (
            ga != gb
            and not sure
            and (outvoted(ln.a, gb, ln.source) or outvoted(ln.b, ga, ln.source))
        ):
            continue
        if keep.get(ln.a, gb) == gb and keep.get(ln.b, ga) == ga:
            dsu.union(ln.a, ln.b)
    groups: dict[int, list[int]] = defaultdict(list)
    for x in list(dsu.p):
        groups[dsu.find(x)].append(x)
    return [sorted(g) for g in groups.values()]


def _two_stories(links: Sequence[Link], same: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The weaker of two whole-copy links of one text whose sources are independent
    reports of one event (one of them ``same_event`` with the other or with a text the
    other was made from): a copy has one source, and two reports of one event drawn from
    the same briefing read as rewrites of each other (round 197: a paper's own story of
    the investigators' briefing read as the source of the wire's rewrite and of a copy
    of that rewrite). Only paraphrase links short of sure are dropped."""
    parents: dict[int, dict[int, Link]] = defaultdict(dict)
    for ln in links:  # (whole copies: a part copy's source is one of several)
        if ln.derived and ln.relation != "partial_reuse" and ln.copy is not None:
            parents[ln.copy][ln.source or ln.a] = ln

    def lineage(x: int) -> set[int]:
        seen, todo = set(), [x]
        while todo:
            m = todo.pop()
            if m not in seen:
                seen.add(m)
                todo.extend(parents.get(m, {}))
        return seen

    drop = set()
    for by in parents.values():
        for one, other in itertools.permutations(by, 2):
            if not any((min(other, m), max(other, m)) in same for m in lineage(one)):
                continue
            weak = min(
                by[one], by[other], key=lambda ln: (ln.relation != "paraphrase", ln.similarity)
            )
            if weak.relation == "paraphrase" and weak.confidence < SURE_PARTIAL:
                drop.add((weak.a, weak.b))
    return drop


def _undirected(ln: Link) -> bool:
    """The pair's direction is only the order it was compared in (the same text twice)."""
    return bool(ln.evidence) and ln.evidence[0].startswith(NO_DIRECTION)


def headline_key(title: str | None) -> str:
    """A headline as compared across copies: case and spacing aside."""
    return " ".join((title or "").casefold().split())


def choose_origin(
    members: list[int],
    links: Mapping[tuple[int, int], Link],
    dates: Mapping[int, dt.date | None],
    titles: Mapping[int, str | None] | None = None,
) -> int:
    """The earliest reliably dated member among those no comparison shows copying
    another member; content evidence (the direction of each derived pair) decides where
    dates are missing or tie.

    One pair's direction can be wrong (a copy that adds to the whole of its source looks
    like the source), so the member with the best balance of "is the source" over "is
    the copy" votes stays a candidate even when one comparison calls it a copy. A pair
    with no evidence of direction casts no vote. Between the same text under two
    headlines, on the same day, the headline more members repeat is the original's
    (``titles``): copies keep their source's headline far more often than two of them
    pick the same new one.
    """
    copied = {m: 0 for m in members}
    source_of = {m: 0 for m in members}
    near = {m: 0.0 for m in members}  # summed similarity to the other members
    firm = False
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            ln = links.get((a, b))
            if ln is None or not joins_family(ln) or ln.copy is None or ln.source is None:
                continue
            near[a] += ln.similarity
            near[b] += ln.similarity
            if _undirected(ln):
                continue
            firm = firm or not (ln.evidence and ln.evidence[0].endswith(WEAK))
            copied[ln.copy] += 1
            source_of[ln.source] += 1
    net: dict[int, float] = {m: source_of[m] - copied[m] for m in members}
    if not firm:
        # Only weak evidence of direction (texts of one length, one date, no marks): the
        # origin is the centre of the family, as each copy keeps its words and adds its
        # own edits, which the other copies lack (round 27: two same-day edits of one
        # story, the origin read as a copy of one of them on length alone).
        # Between two texts the centre is either: the weak direction breaks the tie
        # (round 35: a same-day light edit made the origin by its lower row id).
        net = {m: near[m] + 1e-3 * (source_of[m] - copied[m]) for m in members}
    best = max(net.values())
    roots = {m for m in members if copied[m] == 0 or net[m] == best}
    # The same text twice is one candidate: its dated reading competes, not only the one
    # whose links happened to leave it uncopied (an undated repost of the origin)
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            ln = links.get((a, b))
            if ln is not None and _undirected(ln) and (a in roots or b in roots):
                roots |= {a, b}
    head_of = {m: headline_key((titles or {}).get(m)) for m in members}
    heads = Counter(h for h in head_of.values() if h)

    def repeated(m: int) -> int:  # other members under m's headline
        return heads[head_of[m]] - 1 if head_of[m] else 0

    def key(m: int) -> tuple[int, dt.date, float, int, int]:
        d = dates.get(m)
        return (0 if d else 1, d or dt.date.max, -net[m], -repeated(m), m)

    return min(roots, key=key)


def build_families(
    links: Iterable[Link],
    refs: Mapping[int, dict[str, Any]],
    *,
    min_size: int = 2,
    words: Callable[[int], frozenset[str]] | None = None,
    published: Mapping[int, dt.date] | None = None,
) -> list[dict[str, Any]]:
    """Families (the families/1 JSON ``families`` list) from pair verdicts. ``words``:
    an article's word set by rowid (``word_set`` of its text), for the parent tie-break.
    ``published``: the day a page's own time stamp gives, where it is older than its
    record's date (``Article.when``): it orders the members, as it orders a pair."""
    from .familytree import choose_parents  # (it reads Link from this module)

    links = list(links)
    by_pair = {(ln.a, ln.b): ln for ln in links}
    # (round 118: a wire page fetched the day after it ran, its light edit dated the day
    # it ran, could be no one's parent and the edit hung from a brief of the same day)
    dates = {
        k: (published or {}).get(k) or (dt.date.fromisoformat(r["date"]) if r.get("date") else None)
        for k, r in refs.items()
    }
    titles = {k: r.get("title") for k, r in refs.items()}
    headed: Callable[[int], frozenset[str]] | None = None
    if words is not None:
        text_words = words

        def with_headline(k: int) -> frozenset[str]:
            # a copy keeps its parent's headline: the headline's words count in the tie too
            return text_words(k) | word_set(titles.get(k) or "")

        headed = with_headline
    same: dict[int, set[int]] = defaultdict(set)
    for ln in links:
        if ln.relation == "same_event":
            same[ln.a].add(ln.b)
            same[ln.b].add(ln.a)
    out: list[dict[str, Any]] = []
    for members in components(links):
        if len(members) < min_size:
            continue
        origin = choose_origin(members, by_pair, dates, titles)
        parents = choose_parents(members, origin, by_pair, dates, headed, titles)
        edges = []
        for child in sorted(parents, key=lambda m: (dates.get(m) or dt.date.max, m)):
            parent, shared = parents[child]
            edge = by_pair.get((min(parent, child), max(parent, child)))
            evidence = list(edge.evidence) if edge else []
            if shared:
                evidence.append(f"shares {shared} rewording(s) of the origin with its parent")
            edges.append(
                {
                    "parent": refs[parent],
                    "child": refs[child],
                    "relation": edge.relation if edge else "unknown",
                    "coverage": {
                        k: round(v, 4) for k, v in (edge.coverage if edge else {}).items()
                    },
                    "evidence": evidence,
                }
            )
        mset = set(members)
        others = sorted({o for m in members for o in same.get(m, ()) if o not in mset})
        out.append(
            {
                "origin": refs[origin],
                "members": [
                    refs[m] for m in sorted(members, key=lambda m: (dates.get(m) or dt.date.max, m))
                ],
                "edges": edges,
                "same_event": [refs[o] for o in others],
            }
        )
    out.sort(key=lambda f: (-len(f["members"]), f["origin"]["date"] or "9999", f["origin"]["id"]))
    for k, fam in enumerate(out, 1):
        fam["id"] = f"f{k}"
    return [{"id": f.pop("id"), **f} for f in out]
