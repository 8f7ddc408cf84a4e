"""Score quote statuses and fact-change kinds on a labelled set of aligned pairs.

Each line of the JSONL file is ``{"id", "source", "copy", "source_date"?, "quotes",
"changes"}``: the two sides of one aligned pair (one or more sentences each, aligned
as a whole), the expected statuses of the copy's quotes and the expected change kinds.
Predictions and labels are compared as multisets per pair, so a pair with two expected
``number`` changes and one predicted scores one true positive and one false negative.

``wiretrace eval changes`` (or ``all``) reports both of our files as the data set
``changes``: ``tests/data/changes.jsonl`` as split ``tune`` (the detectors were tuned on
it) and ``tests/data/changes_heldout.jsonl`` as split ``heldout`` (never tuned on), one
row per quote status and change kind (P, R, F1, counts, a bootstrap interval of F1 over
the pairs) and one ``faithful`` row: the share of faithful pairs with no false alarm.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

import numpy as np

from . import facts, quotes
from .article import Alignment, Article, ChangeKind, QuoteStatus
from .errors import InputError
from .sentences import split

if TYPE_CHECKING:
    from .evaluate import Result, Run

# the labels are the schema's own quote statuses and change kinds, in their order
# (less "own_reporting": a part copy's own quote, which no single aligned pair can show)
QUOTE_LABELS: tuple[str, ...] = tuple(s for s in get_args(QuoteStatus) if s != "own_reporting")
CHANGE_LABELS: tuple[str, ...] = get_args(ChangeKind)


def _article(aid: str, text: str, date: dt.date | None) -> Article:
    art = Article(id=aid, body=text, date=date)
    art.sentences = split(text, language="en")
    return art


def load_pairs(path: str | Path) -> list[dict[str, Any]]:
    """The labelled pairs of ``path``; a malformed line raises InputError naming it."""
    rows: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(str(path), f"not JSON: {exc.msg}", where=str(no)) from None
            missing = [k for k in ("id", "source", "copy", "quotes", "changes") if k not in row]
            if missing:
                raise InputError(str(path), f"missing {', '.join(missing)}", where=str(no))
            rows.append(row)
    return rows


def predict(row: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(quote statuses, change kinds) the analyses give for one labelled pair."""
    date = dt.date.fromisoformat(row["source_date"]) if row.get("source_date") else None
    src = _article(f"{row['id']}/source", row["source"], date)
    cpy = _article(f"{row['id']}/copy", row["copy"], date)
    al = [
        Alignment(
            tuple(range(len(cpy.sentences))), tuple(range(len(src.sentences))), "paraphrase", 1.0
        )
    ]
    qs, _ = quotes.analyze(src, cpy, al)
    ch = facts.analyze(src, cpy, al)
    return [q.status for q in qs], [c.kind for c in ch]


def _score(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "tp": tp, "fp": fp, "fn": fn}


def _pair_counts(
    row: dict[str, Any],
) -> tuple[dict[str, tuple[int, int, int]], list[str], list[str]]:
    """``{"quote:altered": (tp, fp, fn), ...}`` of one labelled pair, and the predictions."""
    got_q, got_c = predict(row)
    counts: dict[str, tuple[int, int, int]] = {}
    for prefix, got, want in (("quote:", got_q, row["quotes"]), ("change:", got_c, row["changes"])):
        g, w = Counter(got), Counter(want)
        for label in set(g) | set(w):
            counts[prefix + label] = (
                min(g[label], w[label]),
                max(0, g[label] - w[label]),
                max(0, w[label] - g[label]),
            )
    return counts, got_q, got_c


def _faithful(row: dict[str, Any]) -> bool:
    return not row["changes"] and all(q == "verbatim" for q in row["quotes"])


def score_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Predictions and counts of every pair: ``{"counts": [per pair {key: (tp, fp, fn)}],
    "alarm": [per pair: faithful and flagged / faithful and clean / None], "errors"}``."""
    per_pair: list[dict[str, tuple[int, int, int]]] = []
    alarm: list[bool | None] = []
    errors: list[dict[str, Any]] = []
    for row in rows:
        counts, got_q, got_c = _pair_counts(row)
        per_pair.append(counts)
        flagged = bool(got_c) or any(q != "verbatim" for q in got_q)
        alarm.append(flagged if _faithful(row) else None)
        if sorted(got_q) != sorted(row["quotes"]) or sorted(got_c) != sorted(row["changes"]):
            errors.append({"id": row["id"], "quotes": got_q, "changes": got_c,
                           "want_quotes": row["quotes"], "want_changes": row["changes"]})  # fmt: skip
    return {"counts": per_pair, "alarm": alarm, "errors": errors}


def summarise(rows: list[dict[str, Any]], scored: dict[str, Any]) -> dict[str, Any]:
    """Precision/recall per quote status and change kind from ``score_rows`` output."""
    total: dict[str, list[int]] = {}
    for counts in scored["counts"]:
        for key, trio in counts.items():
            acc = total.setdefault(key, [0, 0, 0])
            for k in range(3):
                acc[k] += trio[k]
    result: dict[str, Any] = {"pairs": len(rows), "quotes": {}, "changes": {}}
    for prefix, labels, out in (
        ("quote:", QUOTE_LABELS, result["quotes"]),
        ("change:", CHANGE_LABELS, result["changes"]),
    ):
        for label in labels:
            out[label] = _score(*total.get(prefix + label, [0, 0, 0]))
    alarms = [a for a in scored["alarm"] if a is not None]
    result["faithful_pairs"] = len(alarms)
    result["false_alarms_on_faithful"] = sum(alarms)
    result["errors"] = scored["errors"]
    return result


def evaluate_changes(path: str | Path) -> dict[str, Any]:
    """Precision/recall per quote status and per change kind on the labelled set."""
    rows = load_pairs(path)
    return summarise(rows, score_rows(rows))


# -- the ``changes`` data set of ``wiretrace eval`` --------------------------------------------

DATASET = "changes"
DESCRIPTION = (
    "wiretrace's own labelled pairs, tests/data/changes*.jsonl: P/R of each quote status "
    "and fact-change kind (built in)"
)
DATA_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"
SPLITS = (("tune", "changes.jsonl"), ("heldout", "changes_heldout.jsonl"))


def _prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
    if f is None and p is not None and r is not None:
        f = 0.0
    return p, r, f


def _faithful_result(split_name: str, fname: str, n: int, alarm: list[bool | None]) -> Result:
    """The ``faithful`` row: the share of faithful pairs that raised nothing."""
    from . import baselines as bl
    from .evaluate import Result

    flags = np.array([a for a in alarm if a is not None], dtype=np.int64)
    clean = float(1 - flags.mean()) if len(flags) else None

    def stat(ix: bl.IntArray) -> dict[str, float]:
        return {"accuracy": float(1 - flags[ix].mean())}

    ci = bl.bootstrap(len(flags), stat, ["accuracy"])
    extra = {"group": "faithful", "pairs": n, "false_alarms": int(flags.sum()),
             "headline": "accuracy", "file": fname}  # fmt: skip
    return Result(DATASET, "faithful", split_name, "wiretrace", len(flags), None, None, None, clean, ci, extra)  # fmt: skip


def eval_run(*, limit: int | None = None, data_dir: Path | None = None) -> Run:
    """Results of the ``changes`` data set for ``wiretrace eval``: per split, one row per
    quote status and change kind and one ``faithful`` row (see the module docstring).
    ``limit``: the first N pairs of each file. Per-pair mismatches go to ``Run.items``."""
    from . import baselines as bl
    from .evaluate import Result, Run

    root = data_dir or DATA_DIR
    run = Run()
    for split_name, fname in SPLITS:
        path = root / fname
        if not path.is_file():
            raise InputError(str(path), "missing labelled pairs", hint="run from a source checkout")
        rows = load_pairs(path)[:limit] if limit else load_pairs(path)
        scored = score_rows(rows)
        n = len(rows)
        for prefix, labels in (("quote:", QUOTE_LABELS), ("change:", CHANGE_LABELS)):
            for label in labels:
                key = prefix + label
                arr = np.array(
                    [c.get(key, (0, 0, 0)) for c in scored["counts"]], dtype=np.int64
                ).reshape(-1, 3)

                def stat(ix: bl.IntArray, arr: bl.IntArray = arr) -> dict[str, float]:
                    tp, fp, fn = (int(v) for v in arr[ix].sum(axis=0))
                    f1 = _prf(tp, fp, fn)[2]
                    # a resample with none of the label, found or expected: nothing missed
                    return {"f1": 1.0 if tp + fp + fn == 0 else f1 or 0.0}

                tp, fp, fn = (int(v) for v in arr.sum(axis=0))
                p, r, f = _prf(tp, fp, fn)
                ci = bl.bootstrap(n, stat, ["f1"]) if tp + fp + fn else {}
                extra = {"group": prefix[:-1], "pairs": n, "tp": tp, "fp": fp, "fn": fn,
                         "headline": "f1", "file": fname}  # fmt: skip
                run.results.append(
                    Result(
                        DATASET, label, split_name, "wiretrace", tp + fn, p, r, f, None, ci, extra
                    )
                )
        run.results.append(_faithful_result(split_name, fname, n, scored["alarm"]))
        run.items += [{"split": split_name, **e} for e in scored["errors"]]
    return run


def format_table(result: dict[str, Any]) -> str:
    """A plain-text table of ``evaluate_changes`` output."""
    lines = [f"{'label':<28}{'P':>7}{'R':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for group in ("quotes", "changes"):
        for label, s in result[group].items():
            lines.append(
                f"{group[:-1] + ':' + label:<28}{s['precision']:>7.2f}{s['recall']:>7.2f}"
                f"{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}"
            )
    lines.append(
        f"faithful pairs: {result['faithful_pairs']}, "
        f"with a false alarm: {result['false_alarms_on_faithful']}"
    )
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    import sys

    res = evaluate_changes(sys.argv[1] if len(sys.argv) > 1 else "tests/data/changes.jsonl")
    print(format_table(res))
    for e in res["errors"]:
        print(json.dumps(e))
