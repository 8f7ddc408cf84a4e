"""Fit the lexical-mode thresholds of the relation verdict on COUNTER's tuning half.

    .venv/bin/python bench/tune_relation.py [--data-dir ../shared/eval]

The embedding model reads English only, so on other languages the verdict rests on
language-independent features (content-word and word-trigram containment, the lexical
alignment). This script computes those features for the *tuning* half of COUNTER
(the same seeded stratified split `wiretrace eval` uses; the other half is what
`wiretrace eval counter-urdu` reports), grid-searches the three thresholds of
`wordsverdict.decide_lexical` for three-class macro-F1, and prints the best ones with
their tuning-half score. The thresholds in wordsverdict.py were set from its output; they
are now only the fallback for feature dicts without the words-only features. The model
that replaced them is fitted by bench/fit_counter.py.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from pathlib import Path

from wiretrace.compare import compare_articles
from wiretrace.datasets import DocPair, load, stratified_split
from wiretrace.ingest import parse_record

LABEL = {"verbatim": "WD", "light_edit": "WD", "paraphrase": "WD", "partial_reuse": "PD"}


def macro_f1(gold: list[str], pred: list[str]) -> float:
    f1s = []
    for c in sorted(set(gold)):
        tp = sum(g == p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(p == c and g != c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--data-dir", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval")
    )
    args = ap.parse_args()
    items = load("counter-urdu", Path(args.data_dir)).train
    tune, _held = stratified_split(items, key=lambda x: x.label)  # type: ignore[attr-defined]
    rows: list[tuple[str, dict[str, float]]] = []
    for p in tune:
        assert isinstance(p, DocPair)
        a = parse_record(p.source, path=p.source_path, title=p.source_title)
        b = parse_record(p.copy, path=p.copy_path, title=p.copy_title)
        c = compare_articles(a, b, source="first", embeddings=False, quotes=False, facts=False)
        rows.append((p.label, c.features))
    print(f"tuning half: {len(rows)} pairs {dict(Counter(g for g, _ in rows))}")
    grid = [x / 100 for x in range(2, 100, 2)]
    gold = [g for g, _ in rows]
    results = []
    nd_feats = ["content_overlap", "lex_loose", "trigram_containment", "copy_derived"]
    wd_feats = ["lex_strong", "lex_loose", "content_overlap", "copy_derived", "trigram_containment"]
    for nd_f, wd_f in itertools.product(nd_feats, wd_feats):
        best: tuple[float, float, float] = (0.0, 0.0, 0.0)
        for nd_x, wd_x in itertools.product(grid, grid):
            pred = ["ND" if f[nd_f] < nd_x else "WD" if f[wd_f] >= wd_x else "PD" for _g, f in rows]
            score = macro_f1(gold, pred)
            if score > best[0]:
                best = (score, nd_x, wd_x)
        results.append((best[0], nd_f, best[1], wd_f, best[2]))
    for score, nd_f, nd_x, wd_f, wd_x in sorted(results, reverse=True)[:6]:
        print(
            f"macro-F1 {score:.3f} (tuning half): ND when {nd_f} < {nd_x}; WD when {wd_f} >= {wd_x}; else PD"
        )


if __name__ == "__main__":
    main()
