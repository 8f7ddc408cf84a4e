"""The verdict on one pair of articles, shared by both engines.

The embedded engine (``Store.judge_pair``) and the Spark engine (inside the executors,
``spark_jobs.judge_pairs``) both call :func:`judge_articles`, so the two cannot reach
different verdicts on the same pair: only where the articles come from (the SQLite
store, or a Parquet row) and where the verdict goes (the pair cache, or a DataFrame)
differ between them. The verdict is compare's, or the lexical judge's (sentence matching
alone, no model) at scale.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from .. import candidates as cand
from .. import families as fam
from ..article import DERIVED_RELATIONS, Alignment, Article
from ..embed import Embedder


def judge_articles(
    x: Article,
    y: Article,
    x_id: int,
    y_id: int,
    *,
    judge: str,
    embedder: Embedder | None,
    shared_terms: int = 0,
) -> tuple[fam.Link, list[Alignment]]:
    """The :class:`families.Link` between ``x`` and ``y`` (by store rowid; the Link keeps
    them ordered), with the sentence alignments behind it (none from the lexical judge).

    ``judge``: ``"lexical"`` for sentence matching alone, anything else for
    ``compare_articles``; ``embedder`` (or None: lexical evidence only) is what compare
    uses for paraphrase. Quotes and facts are skipped: a family edge needs the relation
    and the direction, not the changed quotes, and they would double the cost per pair.
    """
    jac, x_in_y, y_in_x = cand.exact_overlap(cand.shingles(x.text), cand.shingles(y.text))
    alignments: list[Alignment] = []
    if judge == "lexical":
        link = lexical_judge(x, y, x_id, y_id, shared_terms=shared_terms, similarity=jac)
    else:
        from ..compare import compare_articles  # the model stack, only when it judges

        c = compare_articles(
            x,
            y,
            embeddings=embedder is not None,
            embedder=embedder,
            quotes=False,
            facts=False,
        )
        link = fam.link_from_comparison(c, {x.id: x_id, y.id: y_id}, jac)
        alignments = list(c.alignments)
    if link.derived:
        # Parents are ranked by how much of the copy's wording is found in the source,
        # which is the directed containment, not the symmetric Jaccard.
        link.similarity = y_in_x if link.source == x_id else x_in_y
    return link, alignments


def _greedy(m: npt.NDArray[np.uint8]) -> tuple[list[tuple[int, int, float]], list[int]]:
    """One-to-one sentence pairs from a (copy x source) score matrix, best first."""
    rows, cols = np.nonzero(m)
    order = np.argsort(-m[rows, cols], kind="stable")
    used_r: set[int] = set()
    used_c: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for k in order:
        r, c = int(rows[k]), int(cols[k])
        if r in used_r or c in used_c:
            continue
        used_r.add(r)
        used_c.add(c)
        pairs.append((r, c, float(m[r, c])))
    return sorted(pairs), [c for c in range(m.shape[1]) if c not in used_c]


def lexical_judge(
    x: Article, y: Article, x_id: int, y_id: int, *, shared_terms: int = 0, similarity: float = 0.0
) -> fam.Link:
    """A fast verdict from sentence matching alone (no model): used at corpus scale and
    when compare() is not available. Direction: the earlier date, else the article more
    of which is found in the other is the copy."""
    xs, ys = [s.text for s in x.sentences], [s.text for s in y.sentences]
    # ratio >= 80: the same sentence, perhaps lightly edited; 100: identical text.
    m = process.cdist(ys, xs, scorer=fuzz.ratio, score_cutoff=80, dtype=np.uint8)
    cov_y = float(np.count_nonzero(m.max(axis=1, initial=0))) / max(len(ys), 1)
    cov_x = float(np.count_nonzero(m.max(axis=0, initial=0))) / max(len(xs), 1)
    evidence: list[str] = []
    if x.when and y.when and x.when != y.when:
        x_first = x.when < y.when
        evidence.append(f"date: {min(x.when, y.when)} is older than {max(x.when, y.when)}")
    elif abs(cov_y - cov_x) > 0.05:
        x_first = cov_y > cov_x
        hi, lo = max(cov_x, cov_y), min(cov_x, cov_y)
        evidence.append(
            f"containment: {hi:.0%} of the copy is in the source, {lo:.0%} the other way"
        )
    else:
        x_first = x_id <= y_id
        evidence.append("no date or content evidence: the first stored is taken as the source")
    src, cpy = (x, y) if x_first else (y, x)
    pairs, unaligned = _greedy(m if x_first else m.T)
    cov_copy = len(pairs) / max(len(cpy.sentences), 1)
    cov_src = len(pairs) / max(len(src.sentences), 1)
    exact = all(p[2] == 100.0 for p in pairs)
    if cov_copy >= 0.9 and cov_src >= 0.9 and exact:
        relation = "verbatim"
    elif cov_copy >= 0.75 and cov_src >= 0.5:
        relation = "light_edit"
    elif len(pairs) >= 2 and cov_copy >= 0.2:
        relation = "partial_reuse"
    elif shared_terms >= 3:
        relation = "same_event"
    else:
        relation = "unrelated"
    derived = relation in DERIVED_RELATIONS
    used = {j for j, _, _ in pairs}
    own = [j for j in range(len(cpy.sentences)) if j not in used]
    edits = (
        fam.edits_of(src, cpy, (((j,), (i,)) for j, i, _ in pairs), unaligned, own)
        if derived
        else []
    )
    return fam.Link(
        min(x_id, y_id),
        max(x_id, y_id),
        relation,
        (x_id if x_first else y_id) if derived else None,
        0.6 if derived else 0.4,
        {"copy_derived": cov_copy, "source_used": cov_src},
        similarity,
        evidence if derived else [],
        edits,
    )
