"""engine/judge.py: the one pair judgement both engines call.

The Spark side is exercised without Spark: ``spark_jobs.judge_pairs`` is plain Python
over rows, so the rows a Spark executor would get are built here from the store.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wiretrace import candidates as cand
from wiretrace.article import Article
from wiretrace.engine import spark_jobs
from wiretrace.engine.embedded import Judge, Store
from wiretrace.engine.judge import judge_articles
from wiretrace.store import article_doc

CORPUS = Path(__file__).parent / "data" / "corpus"
PAIRS = [
    ("a1_wire_origin", "a3_light_edit"),
    ("a3_light_edit", "a4_copy_of_copy"),
    ("a1_wire_origin", "a5_partial_reuse"),
    ("a1_wire_origin", "a6_same_event_independent"),
    ("a1_wire_origin", "u1_unrelated_football"),
]


@pytest.fixture(scope="module")
def rowids(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("judge") / "w.db"
    with Store(path, embeddings=False) as st:
        st.add(sorted(str(p) for p in CORPUS.glob("*.txt")))
        ids = {Path(str(st.article(r).path)).stem: r for r in range(1, len(st) + 1)}
    return path, ids


def _row_side(art: Article) -> tuple[str, str, list[tuple[int, str, int, int]]]:
    """One article's columns of a judge_pairs row: id, doc, sentences (as spark.py joins)."""
    sents = [(s.i, s.text, s.start, s.end) for s in art.sentences]
    return art.id, json.dumps(article_doc(art)), sents


@pytest.mark.parametrize("judge", ["lexical", "compare"])
def test_store_and_spark_rows_give_the_same_verdicts(
    rowids: tuple[Path, dict[str, int]], judge: Judge
) -> None:
    path, ids = rowids
    with Store(path, embeddings=False, judge=judge) as st:
        rows, want = [], []
        for x, y in PAIRS:
            a, b = ids[x], ids[y]
            xa, ya = st.article(a), st.article(b)
            want.append(st.judge_pair(a, b, cache=False).to_json())
            link, _ = judge_articles(xa, ya, a, b, judge=judge, embedder=None)
            assert link.to_json() == want[-1]
            rows.append((a, b, 0, *_row_side(xa), *_row_side(ya)))
    got = [json.loads(r[9]) for r in spark_jobs.judge_pairs(rows, judge, False)]
    assert got == want
    relations = [w["relation"] for w in want]
    assert relations[0] == "light_edit" and relations[-1] == "unrelated"


def test_a_derived_link_ranks_by_the_copys_containment(
    rowids: tuple[Path, dict[str, int]],
) -> None:
    path, ids = rowids
    with Store(path, embeddings=False) as st:
        a, b = ids["a1_wire_origin"], ids["a5_partial_reuse"]
        src, cpy = st.article(a), st.article(b)
    link, alignments = judge_articles(src, cpy, a, b, judge="compare", embedder=None)
    assert link.derived and link.source == a
    assert alignments  # compare's alignments come back for the Parquet output
    jac, _src_in_cpy, cpy_in_src = cand.exact_overlap(
        cand.shingles(src.text), cand.shingles(cpy.text)
    )
    # the copy's wording found in the source, not the symmetric Jaccard (smaller when a
    # copy takes only part of a longer source)
    assert link.similarity == cpy_in_src
    assert link.similarity > jac
