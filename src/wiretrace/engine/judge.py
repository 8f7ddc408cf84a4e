"""The verdict on one pair of articles, shared by both engines.

The embedded engine (``Store.judge_pair``) and the Spark engine (inside the executors,
``spark_jobs.judge_pairs``) both call :func:`judge_articles`, so the two cannot reach
different verdicts on the same pair: only where the articles come from (the SQLite
store, or a Parquet row) and where the verdict goes (the pair cache, or a DataFrame)
differ between them.
"""

from __future__ import annotations

from .. import candidates as cand
from .. import families as fam
from ..article import Alignment, Article
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
        link = fam.lexical_judge(x, y, x_id, y_id, shared_terms=shared_terms, similarity=jac)
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
