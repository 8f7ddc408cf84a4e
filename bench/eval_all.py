"""Run ``wiretrace eval`` on every data set, keep per-item records for error analysis, and
draw docs/img/evaluation.png.

    .venv/bin/python bench/eval_all.py                      # all sets -> $TMPDIR/wiretrace-eval/{eval.json,eval_items.jsonl}, the plot
    .venv/bin/python bench/eval_all.py --from out/eval.json # only redraw the plot
    .venv/bin/python bench/eval_all.py counter-urdu --analyse-tune  # wiretrace on the tuning half too

The per-item file holds ids, labels, scores and wiretrace's verdicts (no corpus text).
Error analysis reads the *tuning* half (--analyse-tune), so whatever it teaches can be
tuned on without touching the reported half.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from wiretrace import evaluate as ev
from wiretrace.datasets import DATASETS
from wiretrace.textreport import eval_table

ROOT = Path(__file__).resolve().parents[1]
COLORS = {"wiretrace": "#1f77b4", "lexical": "#ff7f0e", "embedding": "#2ca02c"}


def plot(results: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    groups: list[tuple[str, str, str]] = []
    for item in results:
        key = (item["dataset"], item["task"], item.get("headline", "f1"))
        if key not in groups:
            groups.append(key)
    fig, ax = plt.subplots(figsize=(max(7.0, 1.3 * len(groups)), 4.2))
    width = 0.26
    for k, method in enumerate(ev.METHODS):
        xs, ys, lo, hi = [], [], [], []
        for g, (ds, task, hl) in enumerate(groups):
            r: dict[str, Any] | None = next(
                (
                    x
                    for x in results
                    if (x["dataset"], x["task"], x["method"]) == (ds, task, method)
                ),
                None,
            )
            val = None if r is None else (r.get("macro_f1") if hl == "macro_f1" else r.get(hl))
            if val is None:
                continue
            ci = r["ci95"].get(hl, [val, val]) if r else [val, val]
            xs.append(g + (k - 1) * width)
            ys.append(val)
            lo.append(max(0.0, val - ci[0]))
            hi.append(max(0.0, ci[1] - val))
        ax.bar(xs, ys, width, yerr=[lo, hi], capsize=2, label=method, color=COLORS[method])
    ax.set_xticks(range(len(groups)))
    ax.set_xticklabels([f"{ds}\n{task}\n({hl})" for ds, task, hl in groups], fontsize=7)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("headline metric (95% bootstrap CI)")
    ax.set_title("wiretrace vs baselines on the reported split of each corpus")
    ax.legend(fontsize=8, loc="lower right")
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    print(f"wrote {path}", file=sys.stderr)


def markdown(results: list[dict[str, Any]]) -> str:
    """One row per data set x task: the headline metric of each method with its 95% CI."""
    rows = [
        "| data set | task | split | n | metric | wiretrace | lexical | embedding |",
        "|---|---|---|---|---|---|---|---|",
    ]
    seen: list[tuple[str, str]] = []
    for r in results:
        if (r["dataset"], r["task"]) not in seen:
            seen.append((r["dataset"], r["task"]))
    for ds, task in seen:
        cells, n, split, hl = [], 0, "", "f1"
        for method in ev.METHODS:
            res: dict[str, Any] | None = next(
                (
                    x
                    for x in results
                    if (x["dataset"], x["task"], x["method"]) == (ds, task, method)
                ),
                None,
            )
            if res is None or res.get("status") == "unavailable":
                cells.append("n/a")
                continue
            hl, n, split = res.get("headline", "f1"), res["n"], res["split"]
            val = res.get("macro_f1") if hl == "macro_f1" else res.get(hl)
            lo, hi = res["ci95"].get(hl, [val, val])
            cells.append(f"{val:.3f} [{lo:.2f}, {hi:.2f}]")
        rows.append(f"| {ds} | {task} | {split} | {n} | {hl} | " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("datasets", nargs="*", default=list(DATASETS))
    p.add_argument("--data-dir", type=Path)
    p.add_argument("--limit", type=int)
    p.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "wiretrace-eval")
    p.add_argument("--plot", type=Path, default=ROOT / "docs" / "img" / "evaluation.png")
    p.add_argument("--from", dest="from_json", type=Path, help="only plot an existing eval JSON")
    p.add_argument(
        "--analyse-tune", action="store_true", help="also run wiretrace on the tuning half"
    )
    a = p.parse_args()
    if a.from_json:
        saved: list[dict[str, Any]] = json.loads(a.from_json.read_text())["results"]
        sys.stdout.write(markdown(saved))
        plot(saved, a.plot)
        return 0
    data_dir = a.data_dir or ev.default_data_dir()
    a.out.mkdir(parents=True, exist_ok=True)
    results: list[dict[str, Any]] = []
    with (a.out / "eval_items.jsonl").open("w", encoding="utf-8") as items:
        for name in a.datasets:
            t0 = time.time()
            run = ev.evaluate(name, data_dir, limit=a.limit, analyse_tune=a.analyse_tune)
            print(f"{name}: {time.time() - t0:.0f} s", file=sys.stderr)
            results += [r.to_dict() for r in run.results]
            for rec in run.items:
                items.write(json.dumps({"dataset": name, **rec}, ensure_ascii=False) + "\n")
            sys.stdout.write(eval_table(run.results))
    doc = {"schema": ev.SCHEMA, "data_dir": str(data_dir), "results": results}
    (a.out / "eval.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    (a.out / "eval.md").write_text(markdown(results), encoding="utf-8")
    sys.stdout.write(markdown(results))
    if set(a.datasets) == set(DATASETS):
        plot(results, a.plot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
