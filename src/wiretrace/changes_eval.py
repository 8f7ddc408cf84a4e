"""Score quote statuses and fact-change kinds on a labelled set of aligned pairs.

Each line of the JSONL file is ``{"id", "source", "copy", "source_date"?, "quotes",
"changes"}``: the two sides of one aligned pair (one or more sentences each, aligned
as a whole), the expected statuses of the copy's quotes and the expected change kinds.
Predictions and labels are compared as multisets per pair, so a pair with two expected
``number`` changes and one predicted scores one true positive and one false negative.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

from . import facts, quotes
from .article import Alignment, Article
from .errors import InputError
from .sentences import split

QUOTE_LABELS = ("verbatim", "altered", "from_reported_speech", "not_in_source", "speaker_changed")
CHANGE_LABELS = ("name", "number", "date", "time", "place", "title", "attribution", "wording")


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


def evaluate_changes(path: str | Path) -> dict[str, Any]:
    """Precision/recall per quote status and per change kind on the labelled set."""
    rows = load_pairs(path)
    counts: dict[str, Counter[str]] = {"tp": Counter(), "fp": Counter(), "fn": Counter()}
    errors: list[dict[str, Any]] = []
    clean_pairs = false_alarms = 0
    for row in rows:
        got_q, got_c = predict(row)
        for prefix, got, want in (
            ("quote:", got_q, row["quotes"]),
            ("change:", got_c, row["changes"]),
        ):
            g, w = Counter(got), Counter(want)
            for label in set(g) | set(w):
                key = prefix + label
                counts["tp"][key] += min(g[label], w[label])
                counts["fp"][key] += max(0, g[label] - w[label])
                counts["fn"][key] += max(0, w[label] - g[label])
        if not row["changes"] and not any(q != "verbatim" for q in row["quotes"]):
            clean_pairs += 1
            if got_c or any(q != "verbatim" for q in got_q):
                false_alarms += 1
        if sorted(got_q) != sorted(row["quotes"]) or sorted(got_c) != sorted(row["changes"]):
            errors.append({"id": row["id"], "quotes": got_q, "changes": got_c,
                           "want_quotes": row["quotes"], "want_changes": row["changes"]})  # fmt: skip
    result: dict[str, Any] = {"pairs": len(rows), "quotes": {}, "changes": {}}
    for prefix, labels, out in (
        ("quote:", QUOTE_LABELS, result["quotes"]),
        ("change:", CHANGE_LABELS, result["changes"]),
    ):
        for label in labels:
            key = prefix + label
            out[label] = _score(counts["tp"][key], counts["fp"][key], counts["fn"][key])
    result["faithful_pairs"] = clean_pairs
    result["false_alarms_on_faithful"] = false_alarms
    result["errors"] = errors
    return result


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
