"""The derivation tree of a story family: each member's parent.

Split from families.py, which groups the articles and picks the origin; this module
decides, for every other member, which member it was made from: the most similar
derived source, with ties broken by shared rewordings, by the words a candidate changed
that the member follows (``carried_words``), and by the candidate's own sentences the
member carries (``adopted``). docs/method.md describes the rules and their figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from .align import STOPWORDS
from .direction import NO_DIRECTION, WEAK
from .families import Link, headline_key, joins_family, word_set

TIE = 0.02  # parent scores closer than this are ties, broken by shared edits
# A rewrite of a rewrite keeps words its parent put in and lacks words its parent took out.
# Round 13's paraphrase of a light edit: 6 of the edit's 11 new words and none of its 13
# removed ones; the origin's verbatim copy 0 and 13; independent reports 0-2 and 1.
MIN_CARRIED = 2
# ... but a rewrite of the origin brings common words of its own into every sentence, and
# two or three of them meet an edit's by chance: round 245's three paraphrases of wire
# stories hung from the wires' light edits through "hoping, see, stay", "affected, around,
# find" and "announced, sport", where round 13's paraphrase of an edit carries six.
MIN_CARRIED_REWRITE = 4
MIN_ADOPTED = 3  # a candidate parent's own sentences the child must carry to be its child
MIN_ADOPTED_SHARE = 0.6  # ... and the share of them


def carried_words(
    child: frozenset[str],
    parent: frozenset[str],
    origin: frozenset[str],
    elsewhere: frozenset[str] = frozenset(),
    least: int = MIN_CARRIED,
) -> int:
    """Words the parent added to the origin that the child has, less the words the parent
    removed that the child still has: positive when the child was written from the
    parent rather than from the origin, negative when from the origin, 0 when too close
    to tell (under MIN_CARRIED either way). ``elsewhere``: the words of the child's own
    rewordings of origin sentences the parent left as they were; a paraphrase brings
    common words ("roughly", "morning") into many sentences, and one met there was not
    carried from the parent (round 21: a rewrite of the origin read as one of its edit),
    nor kept from the origin ("continue", "left": round 217)."""
    added = parent - origin - STOPWORDS  # "were", "more": no one's word choice
    # (a figure is nobody's common word, wherever the child has it)
    own = (child - elsewhere) | {w for w in child if _count(w)}
    score = _weight(added & own) - _weight((origin - parent) & own)
    # ... and a figure it replaced counts twice: the child has the new one and lacks the
    # old, which a copy of the origin would have kept (round 229: a rewrite of an edit
    # that made 120 trains 180, against four common words of its own the edit had cut)
    new = {w for w in added & own if _count(w)}
    old = {w for w in origin - parent - child if _count(w)}
    score += FIGURE_WEIGHT * min(len(new), len(old))
    return score if abs(score) >= least else 0


# A figure the parent changed counts for more than a word: a rewrite keeps figures as they
# stand and brings in common words of its own (round 217: a paraphrase of an edit kept
# its "73 missing" for the origin's 37, against "continue" and "left" it had reworded back)
FIGURE_WEIGHT = 3


def _count(word: str) -> bool:
    """A count's leading digits: not a year a page dates itself by, nor a "000" group."""
    return word.isdigit() and len(word) <= 3 and word[0] != "0"


def _weight(words: frozenset[str]) -> int:
    return sum(FIGURE_WEIGHT if _count(w) else 1 for w in words)


def _rewordings(ln: Link | None, origin: int) -> list[tuple[set[int], str]]:
    """The origin sentences a copy reworded (their indices) and its text for them, from
    the ``sub:`` edits of its link with the origin; none when that link is not from it."""
    if ln is None or ln.source != origin:
        return []
    out = []
    for e in ln.edits:
        if e.startswith("sub:"):
            idx, _, text = e[4:].partition(":")
            out.append(({int(i) for i in idx.split(",") if i.isdigit()}, text))
    return out


def _drop_unfollowed_copies(
    m: int,
    close: list[tuple[float, int, int]],
    links: Mapping[tuple[int, int], Link],
    origin: int,
    words: Callable[[int], frozenset[str]],
    least: int = MIN_CARRIED,
) -> list[tuple[float, int, int]]:
    """Of two near-equal candidate parents where one was copied from the other, keep the
    copy only if ``m`` follows the words it changed (``carried_words`` against the text it
    was copied from); otherwise the extra generation is unevidenced and the older text is
    the parent. Round 33: a paraphrase of a wire story hung from one of the wire's light
    edits, which it matched by 0.005 in containment, while keeping 6 of the words that edit
    had removed. (The family origin as the older text is the ranking's own rule below.)"""
    kept = []
    for row in close:
        p = row[2]
        unfollowed = False
        for _, _, q in close:
            ln = links.get((min(p, q), max(p, q)))
            if q in (p, origin) or ln is None or ln.source != q or not ln.derived:
                continue
            if carried_words(words(m), words(p), words(q), least=least) <= 0:
                unfollowed = True
                break
        if not unfollowed:
            kept.append(row)
    return kept or close


def choose_parents(
    members: list[int],
    origin: int,
    links: Mapping[tuple[int, int], Link],
    dates: Mapping[int, dt.date | None],
    words: Callable[[int], frozenset[str]] | None = None,
    titles: Mapping[int, str | None] | None = None,
) -> dict[int, tuple[int, int]]:
    """Each member's most likely parent, with the number of edits shared with it.

    Candidate parents of m: members p with a derived link p -> m (p is the source). The
    best is the most similar (lexical similarity, then coverage); within TIE of the best,
    the one sharing most of m's edits against the origin wins (a copy of a copy carries
    its parent's edits), then, when ``words`` gives each member's word set, the one whose
    own added and removed words m follows (``carried_words``: a paraphrase of an edit
    shares no sentence with it word for word, but keeps its word choices). Before the
    ties, a member that carries one candidate's own headline word for word hangs from it
    (``titles``; ``_headline_kept``). A member no link points to hangs from the origin.
    """

    def edits_vs_origin(m: int) -> set[str]:
        # Rewordings only: two partial copies drop the same source sentences by chance
        # far more often than they reword one the same way (bench/eval_families.py:
        # counting drops made Clough-Stevenson answers each other's parents).
        ln = links.get((min(origin, m), max(origin, m)))
        if not ln or ln.source != origin:
            return set()
        return {e for e in ln.edits if e.startswith("sub:")}

    edits = {m: edits_vs_origin(m) for m in members}
    reworded = {
        m: _rewordings(links.get((min(origin, m), max(origin, m))), origin) for m in members
    }

    def elsewhere(m: int, p: int) -> frozenset[str]:
        touched = {i for idx, _ in reworded[p] for i in idx}
        return frozenset().union(*(word_set(t) for idx, t in reworded[m] if not idx & touched))

    def own(p: int) -> set[int]:  # p's sentences that are not the origin's
        ln = links.get((min(origin, p), max(origin, p)))
        if ln is None or ln.source != origin:
            return set()
        return {int(e[4:]) for e in ln.edits if e.startswith("add:")}

    def adopted(m: int, p: int) -> int:
        """How many of p's own sentences m carries, when it carries most of them: found
        nowhere but in p, they make m a descendant of p whatever the overall similarity
        (round 35: a rewrite of a rewrite kept all five sentences its parent added, advice
        and a fact list, but more of the origin's words). Three or more, and most: two
        students' answers to one question each add remarks of their own, and a few pair
        up (Clough-Stevenson parent accuracy 0.474 without the rule, 0.421 with any two,
        0.456 as it stands: one answer carries three sentences another has and the
        Wikipedia source lacks)."""
        ln = links.get((min(p, m), max(p, m)))
        if ln is None or ln.source != p:
            return 0
        unused = {int(e[5:]) for e in ln.edits if e.startswith("drop:")}
        mine = own(p)
        kept = len(mine - unused)
        return kept if kept >= MIN_ADOPTED_SHARE * len(mine) else 0

    def dropped(x: int) -> set[int] | None:
        """The origin's sentences whole copy x does not use (None: no such copy)."""
        ln = links.get((min(origin, x), max(origin, x)))
        if ln is None or ln.source != origin or ln.relation == "partial_reuse":
            return None
        return {int(e[5:]) for e in ln.edits if e.startswith("drop:")}

    drops = {x: dropped(x) for x in members}  # read for every candidate pair below

    def from_(p: int, m: int, ln: Link) -> bool:
        """p is m's source, as the link says; but a link that rests on weak evidence is
        read turned when its copy keeps clearly more of the origin's sentences that its
        source lacks than the other way round (``_kept_more``; round 82: two edits of a
        release on one day, the later dropping a paragraph the earlier kept, turned by
        the earlier's share bars)."""
        weak = bool(ln.evidence) and (
            ln.evidence[0].endswith(WEAK) or ln.evidence[0].startswith(NO_DIRECTION)
        )
        d_p, d_m = drops[p], drops[m]
        if not weak or d_p is None or d_m is None or p == origin or m == origin:
            return ln.source == p
        # the words each changed from the origin, where one follows the other's and not
        # the other way round (round 123: a paraphrase that keeps a light edit's changed
        # figure and added helpline had been read as its source, on the edit's share bars)
        if words is not None:
            m_follows = carried_words(words(m), words(p), words(origin)) > 0
            p_follows = carried_words(words(p), words(m), words(origin)) > 0
            if m_follows != p_follows:
                return m_follows
        if ln.source == p:
            return not _kept_more(d_p, d_m)  # m kept what p lacks: not p's copy
        return _kept_more(d_m, d_p)

    parents: dict[int, tuple[int, int]] = {}
    for m in members:
        if m == origin:
            continue
        options: list[tuple[float, int, int]] = []
        for p in members:
            if p == m:
                continue
            ln = links.get((min(p, m), max(p, m)))
            if ln is None or not joins_family(ln) or not from_(p, m, ln):
                continue
            dp, dm = dates.get(p), dates.get(m)
            if dp and dm and dp > dm:
                continue  # a parent is never younger than its child
            score = ln.similarity + 0.01 * ln.coverage.get("copy_derived", 0.0)
            shared = len(edits[m] & edits[p]) if p != origin else 0
            options.append((score, shared, p))
        if not options:
            parents[m] = (origin, 0)
            continue
        carries = {p: adopted(m, p) if p != origin else 0 for _, _, p in options}
        most = max(carries.values())
        if most >= MIN_ADOPTED:
            options = [o for o in options if carries[o[2]] == most]
        headed = _headline_kept(m, [p for _, _, p in options], titles or {})
        if headed is not None:
            options = [o for o in options if o[2] == headed]
        best = max(o[0] for o in options)
        close = [o for o in options if o[0] >= best - TIE]

        # A partial copy's words are mostly its own text's: read there, another member's
        # additions are chance (round 24: an analysis quoting the wire word for word hung
        # from a second-generation edit through "farmers", "mining", "each", "post").
        partial = (ln := links.get((min(origin, m), max(origin, m)))) is not None and (
            ln.relation == "partial_reuse"
        )
        rewrite = ln is not None and ln.source == origin and ln.relation == "paraphrase"
        least = MIN_CARRIED_REWRITE if rewrite else MIN_CARRIED
        if words is not None and len(close) > 1 and not partial:
            close = _drop_unfollowed_copies(m, close, links, origin, words, least)
        carried = {
            p: carried_words(words(m), words(p), words(origin), elsewhere(m, p), least)
            if words is not None and p != origin and len(close) > 1 and not partial
            else 0
            for _, _, p in close
        }
        # Ties: most shared edits, then carried words, then the origin, then the older,
        # then the more similar.
        ranked = [
            ((shared, carried[p], p == origin, -_ordinal(dates.get(p)), score, -p), (p, shared))
            for score, shared, p in close
        ]
        parents[m] = max(ranked)[1]
    return _break_cycles(parents, origin)


MIN_HEADLINE_WORDS = 4


def _headline_kept(m: int, candidates: list[int], titles: Mapping[int, str | None]) -> int | None:
    """The one candidate whose own headline m carries word for word, where the others' is
    another: a copy keeps the headline of the version it took (round 136: an edit of an
    aggregator's reprint kept the reprint's headline, not the wire story's). None when no
    one candidate's alone."""

    mine = headline_key(titles.get(m))
    if len(mine.split()) < MIN_HEADLINE_WORDS:
        return None
    same = [p for p in candidates if headline_key(titles.get(p)) == mine]
    return same[0] if len(same) == 1 and len(candidates) > 1 else None


# Origin sentences one copy keeps and another lacks, that make the other no parent of it:
# a paragraph's worth, and twice the count the other way (sentence alignment of two edits
# differs by a sentence here and there: round 82's pair, 2 against 1)
MIN_KEPT_MORE = 2


def _kept_more(d_p: set[int], d_m: set[int]) -> bool:
    """m (dropping ``d_m`` of the origin's sentences) keeps origin sentences that p (dropping
    ``d_p``) lacks, clearly more than the other way round."""
    m_only, p_only = len(d_p - d_m), len(d_m - d_p)
    return m_only >= MIN_KEPT_MORE and m_only >= 2 * p_only


def _ordinal(d: dt.date | None) -> int:
    return d.toordinal() if d else 10**7


def _break_cycles(parents: dict[int, tuple[int, int]], origin: int) -> dict[int, tuple[int, int]]:
    """A member whose parent chain never reaches the origin is hung from the origin."""
    for m in list(parents):
        seen = {m}
        x = parents[m][0]
        while x != origin and x in parents:
            if x in seen:
                parents[m] = (origin, 0)
                break
            seen.add(x)
            x = parents[x][0]
    return parents
