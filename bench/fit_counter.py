"""Fit the words-only relation model on COUNTER's tuning half (one command).

    .venv/bin/python bench/fit_counter.py [--data-dir ../shared/eval] [--reps 30]

The embedding model reads English only; for other languages `wordsverdict.decide_lexical`
rests on two small logistic regressions over language-independent features computed by
`wordsonly.words_only_features` (and `content_overlap`/`lex_strong` for comparison):

* stage 1, derived (WD+PD) vs independent report (ND);
* stage 2, on derived pairs, wholly (WD) vs partially (PD) derived, class-balanced.

This script computes the features of the *tuning* half of COUNTER (the seeded stratified
split that `wiretrace eval` uses; the other half is what `wiretrace eval counter-urdu`
reports and is never read here), estimates each candidate design by repeated stratified
5-fold cross-validation on that half, fits the chosen design on the whole tuning half,
and prints the constants pasted into wordsverdict.py (`LEX_STAGE1`, `LEX_STAGE2`). Logistic
regression is fitted here by Newton's method with an L2 penalty (sklearn's C = 1 on
standardised features), so numpy is all it needs. Features are cached in /tmp.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections import Counter
from pathlib import Path

import numpy as np
import numpy.typing as npt

from wiretrace.compare import compare_articles
from wiretrace.datasets import DocPair, load, stratified_split
from wiretrace.ingest import parse_record

Arr = npt.NDArray[np.float64]
CLASSES = ("ND", "PD", "WD")

# Candidate designs: (stage-1 features, stage-2 features). The first is the shipped one.
DESIGNS: dict[str, tuple[list[str], list[str]]] = {
    "shipped": (
        ["char4_containment", "shared_word_order", "char4_window_q75"],
        ["char4_containment", "longest_run_share"],
    ),
    "char4 only": (["char4_containment"], ["char4_containment"]),
    "previous features": (["content_overlap"], ["content_overlap", "lex_strong"]),
    "all": (
        ["char4_containment", "shared_word_order", "char4_window_q75", "content_overlap"],
        ["char4_containment", "longest_run_share", "shared_word_order", "lex_strong"],
    ),
}


def fit_logistic(
    x: Arr, y: npt.NDArray[np.bool_], *, c: float = 1.0, balanced: bool = False
) -> tuple[Arr, Arr, Arr]:
    """(mean, scale, weights with the intercept last) of an L2 logistic regression on
    standardised ``x``: minimises 0.5 |w|^2 + c * sum(sample weight * log loss)."""
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    sw = np.ones(len(y))
    if balanced:
        pos = y.mean()
        sw = np.where(y, 0.5 / pos, 0.5 / (1 - pos))
    w = np.zeros(z.shape[1])
    reg = np.eye(z.shape[1]) / c
    reg[-1, -1] = 0.0  # the intercept is not penalised
    for _ in range(100):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (sw * (p - y)) + reg @ w
        hess = (z * (sw * p * (1 - p))[:, None]).T @ z + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return mu, sd, w


def predict(model: tuple[Arr, Arr, Arr], x: Arr) -> npt.NDArray[np.bool_]:
    mu, sd, w = model
    out: npt.NDArray[np.bool_] = ((x - mu) / sd) @ w[:-1] + w[-1] >= 0
    return out


def f1(gold: npt.NDArray[np.bool_], pred: npt.NDArray[np.bool_]) -> float:
    tp = float((gold & pred).sum())
    return 2 * tp / (2 * tp + float((gold ^ pred).sum())) if tp else 0.0


def macro_f1(gold: npt.NDArray[np.int64], pred: npt.NDArray[np.int64]) -> float:
    return float(np.mean([f1(gold == k, pred == k) for k in range(len(CLASSES))]))


def classify(
    m1: tuple[Arr, Arr, Arr], m2: tuple[Arr, Arr, Arr], x1: Arr, x2: Arr
) -> npt.NDArray[np.int64]:
    derived, whole = predict(m1, x1), predict(m2, x2)
    return np.where(~derived, 0, np.where(whole, 2, 1)).astype(np.int64)


def folds(y: npt.NDArray[np.int64], k: int, seed: int) -> list[npt.NDArray[np.int64]]:
    """Stratified k folds (indices), seeded."""
    rng = random.Random(seed)
    out: list[list[int]] = [[] for _ in range(k)]
    for c in sorted(set(y.tolist())):
        idx = [i for i in range(len(y)) if y[i] == c]
        rng.shuffle(idx)
        for n, i in enumerate(idx):
            out[n % k].append(i)
    return [np.array(sorted(f), dtype=np.int64) for f in out]


def fit(x1: Arr, x2: Arr, y: npt.NDArray[np.int64]) -> tuple[tuple[Arr, Arr, Arr], ...]:
    m1 = fit_logistic(x1, y > 0)
    d = y > 0
    m2 = fit_logistic(x2[d], y[d] == 2, balanced=True)
    return m1, m2


def cross_validate(x1: Arr, x2: Arr, y: npt.NDArray[np.int64], reps: int) -> tuple[Arr, Arr]:
    binary, macro = [], []
    for r in range(reps):
        for te in folds(y, 5, seed=r):
            tr = np.setdiff1d(np.arange(len(y)), te)
            m1, m2 = fit(x1[tr], x2[tr], y[tr])
            pred = classify(m1, m2, x1[te], x2[te])
            binary.append(f1(y[te] > 0, pred > 0))
            macro.append(macro_f1(y[te], pred))
    return np.array(binary), np.array(macro)


def tuning_features(data_dir: Path) -> list[tuple[str, str, dict[str, float]]]:
    items = [p for p in load("counter-urdu", data_dir).train if isinstance(p, DocPair)]
    tune, _held = stratified_split(items, key=lambda x: x.label)
    key = hashlib.sha256(
        "".join(p.id + p.source + p.copy for p in tune).encode()
        + b"".join(
            Path(__file__).parents[1].joinpath("src/wiretrace", m).read_bytes()
            for m in ("relation.py", "wordsverdict.py")
        )
    ).hexdigest()[:16]
    cache = Path("/tmp") / f"wiretrace-fit-counter-{key}.json"
    if cache.exists():
        rows: list[tuple[str, str, dict[str, float]]] = json.loads(cache.read_text())
        return rows
    rows = []
    for p in tune:
        a = parse_record(p.source, path=p.source_path, title=p.source_title)
        b = parse_record(p.copy, path=p.copy_path, title=p.copy_title)
        c = compare_articles(a, b, source="first", embeddings=False, quotes=False, facts=False)
        rows.append((p.id, p.label, {k: float(v) for k, v in c.features.items()}))
    cache.write_text(json.dumps(rows))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--data-dir", default=str(Path(__file__).resolve().parents[2] / "shared" / "eval")
    )
    ap.add_argument("--reps", type=int, default=30, help="repetitions of 5-fold CV")
    args = ap.parse_args()
    rows = tuning_features(Path(args.data_dir))
    y = np.array([CLASSES.index(lab) for _id, lab, _f in rows], dtype=np.int64)
    print(f"tuning half: {len(rows)} pairs {dict(Counter(lab for _i, lab, _f in rows))}")

    def matrix(keys: list[str]) -> Arr:
        return np.array([[f[k] for k in keys] for _i, _l, f in rows], dtype=np.float64)

    print(f"{args.reps} x 5-fold CV on the tuning half (mean, sd over folds):")
    for name, (k1, k2) in DESIGNS.items():
        b, m = cross_validate(matrix(k1), matrix(k2), y, args.reps)
        print(
            f"  {name:18s} binary F1 {b.mean():.3f} ({b.std():.3f})  "
            f"3-class macro-F1 {m.mean():.3f} ({m.std():.3f})"
        )
    k1, k2 = DESIGNS["shipped"]
    x1, x2 = matrix(k1), matrix(k2)
    m1, m2 = fit(x1, x2, y)
    pred = classify(m1, m2, x1, x2)
    print(
        f"shipped design fitted on the whole tuning half: binary F1 {f1(y > 0, pred > 0):.3f}, "
        f"macro-F1 {macro_f1(y, pred):.3f} (resubstitution, optimistic)"
    )
    print("confusion on the tuning half (rows gold ND/PD/WD, columns predicted):")
    for g in range(3):
        print("  ", CLASSES[g], [int(((y == g) & (pred == p)).sum()) for p in range(3)])
    for name, keys, (mu, sd, w) in (("LEX_STAGE1", k1, m1), ("LEX_STAGE2", k2, m2)):
        print(f"{name} = _Logit(")
        print(f"    features={tuple(keys)!r},")
        print(f"    mean=({', '.join(f'{v:.6g}' for v in mu)},),")
        print(f"    scale=({', '.join(f'{v:.6g}' for v in sd)},),")
        print(f"    weights=({', '.join(f'{v:.6g}' for v in w[:-1])},),")
        print(f"    intercept={w[-1]:.6g},")
        print(")")
    wrong = [
        (i, CLASSES[y[n]], CLASSES[pred[n]])
        for n, (i, _l, _f) in enumerate(rows)
        if y[n] != pred[n]
    ]
    print("tuning-half errors (id gold->pred):", " ".join(f"{i}:{g}->{p}" for i, g, p in wrong))


if __name__ == "__main__":
    main()
