"""Story families on real labelled data: membership precision/recall, origin and parent accuracy.

    .venv/bin/python bench/eval_families.py [--data-dir ../shared/eval] [--sets clough-stevenson counter-urdu]

Every document of a data set goes into one fresh store, `Store.families()` runs, and
the predicted families are scored against the families the labels imply:

* clough-stevenson: per task, the Wikipedia source and its cut/light/heavy answers are
  one family whose origin is the source and whose every edge is source -> answer; the
  `non` answers (written independently on the same topic) belong to no family.
* counter-urdu: each WD/PD pair (agency story -> newspaper story) is a family of two
  with the agency story as origin; an ND pair (independent report) is no family.

Metrics: pairwise precision/recall/F1 of "in the same family" over all document pairs;
origin accuracy (gold families whose best-matching predicted family has the gold
origin); parent accuracy (derived documents whose predicted tree parent is the gold
source). No dates are given, so direction comes from content evidence alone. The same
run scores a lexical-only store (`judge="lexical"`, no embeddings) beside wiretrace's
default (`judge="compare"`; embeddings where the text is English).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

from wiretrace.datasets import DocPair, load
from wiretrace.engine.embedded import Store
from wiretrace.evaluate import default_data_dir
from wiretrace.ingest import parse_record

DERIVED = {"clough-stevenson": {"cut", "light", "heavy"}, "counter-urdu": {"WD", "PD"}}


def _doc_id(path: str | None) -> str:
    return Path(path or "").stem


def gold_families(
    items: Iterable[DocPair], derived: set[str]
) -> tuple[dict[str, str], dict[str, str]]:
    """(member id -> origin id, for every member of a gold family incl. the origin;
    every document id -> its text)."""
    origin_of: dict[str, str] = {}
    texts: dict[str, str] = {}
    for x in items:
        src, cp = _doc_id(x.source_path), _doc_id(x.copy_path)
        texts[src], texts[cp] = x.source, x.copy
        if x.label in derived:
            origin_of[src] = src
            origin_of[cp] = src
    return origin_of, texts


def _pairs(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for g in groups:
        out.update((a, b) if a < b else (b, a) for a, b in combinations(sorted(set(g)), 2))
    return out


def score(pred: dict[str, Any], origin_of: dict[str, str]) -> dict[str, float]:
    fams = pred["families"]
    members = [[m["id"] for m in f["members"]] for f in fams]
    gold_groups: dict[str, list[str]] = {}
    for m, o in origin_of.items():
        gold_groups.setdefault(o, []).append(m)
    gp, pp = _pairs(gold_groups.values()), _pairs(members)
    tp = len(gp & pp)
    precision = tp / len(pp) if pp else 1.0
    recall = tp / len(gp) if gp else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    origin_hits = 0
    for o, group in gold_groups.items():
        best = max(
            fams, key=lambda f: len({m["id"] for m in f["members"]} & set(group)), default=None
        )
        if (
            best is not None
            and best["origin"]["id"] == o
            and len({m["id"] for m in best["members"]} & set(group)) >= 2
        ):
            origin_hits += 1
    parent = {e["child"]["id"]: e["parent"]["id"] for f in fams for e in f["edges"]}
    children = [m for m, o in origin_of.items() if m != o]
    parent_hits = sum(parent.get(m) == origin_of[m] for m in children)
    return {
        "gold_families": len(gold_groups),
        "predicted_families": len(fams),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "origin_accuracy": origin_hits / len(gold_groups) if gold_groups else 1.0,
        "parent_accuracy": parent_hits / len(children) if children else 1.0,
    }


def run_set(name: str, data_dir: Path, workdir: Path, limit: int | None) -> None:
    loaded = load(name, data_dir)
    items: list[DocPair] = loaded.train[:limit] if limit else loaded.train  # type: ignore[assignment]
    origin_of, texts = gold_families(items, DERIVED[name])
    arts = [parse_record(t, path=f"{name}/{i}", id=i) for i, t in sorted(texts.items())]
    print(f"{name}: {len(arts)} documents, {len({*origin_of.values()})} gold families", flush=True)
    for method, kw in (
        ("lexical", {"judge": "lexical", "embeddings": False}),
        ("wiretrace", {"judge": "compare", "embeddings": True}),
    ):
        db = workdir / f"{name}-{method}.db"
        t0 = time.perf_counter()
        with Store(db, **kw) as st:  # type: ignore[arg-type]
            st.add(arts, workers=1)
            pred = st.families(min_size=2)
        s = score(pred, origin_of)
        print(
            f"  {method:<9} pairwise P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}"
            f" | origin acc {s['origin_accuracy']:.3f} | parent acc {s['parent_accuracy']:.3f}"
            f" | {s['predicted_families']} families predicted, {s['gold_families']} gold"
            f" ({time.perf_counter() - t0:.0f} s)",
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--sets", nargs="+", default=["clough-stevenson", "counter-urdu"])
    ap.add_argument("--limit", type=int, default=None, help="use the first N labelled pairs")
    args = ap.parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            run_set(name, data_dir, Path(tmp), args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
