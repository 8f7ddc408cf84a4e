"""Our labelled quote/fact-change sets as the ``changes`` data set of ``wiretrace eval``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wiretrace import changes_eval as ce
from wiretrace import evaluate as ev
from wiretrace.cli import main
from wiretrace.errors import InputError

ROWS = [
    {"id": "n1", "source": "Investigators from Boeing joined the inquiry.",
     "copy": "Investigators from Airbus joined the inquiry.", "quotes": [], "changes": ["name"]},
    {"id": "ok1", "source": "U.S. officials said the talks would resume next week.",
     "copy": "American officials said the talks would resume next week.", "quotes": [],
     "changes": []},
]  # fmt: skip


def _write(d: Path) -> Path:
    for fname in ("changes.jsonl", "changes_heldout.jsonl"):
        (d / fname).write_text("\n".join(json.dumps(r) for r in ROWS) + "\n")
    return d


def test_eval_run_reports_each_label_per_split(tmp_path: Path) -> None:
    run = ce.eval_run(data_dir=_write(tmp_path))
    splits = {r.split for r in run.results}
    assert splits == {"tune", "heldout"}
    name = next(r for r in run.results if r.task == "name" and r.split == "heldout")
    assert (name.precision, name.recall, name.n) == (1.0, 1.0, 1)
    assert name.extra["tp"] == 1 and name.extra["fp"] == 0 and name.dataset == "changes"
    faithful = next(r for r in run.results if r.task == "faithful" and r.split == "tune")
    assert faithful.accuracy == 1.0 and faithful.extra["false_alarms"] == 0
    labels = {r.task for r in run.results}
    assert set(ce.QUOTE_LABELS) | set(ce.CHANGE_LABELS) | {"faithful"} == labels
    # a label nobody expected and nothing predicted has no precision or recall
    assert next(r for r in run.results if r.task == "wording").precision is None
    assert not run.items


def test_eval_run_limit_and_missing_file(tmp_path: Path) -> None:
    run = ce.eval_run(data_dir=_write(tmp_path), limit=1)
    assert next(r for r in run.results if r.task == "faithful").n == 0
    (tmp_path / "changes_heldout.jsonl").unlink()
    with pytest.raises(InputError, match=r"changes_heldout\.jsonl"):
        ce.eval_run(data_dir=tmp_path)


def test_changes_is_a_listed_data_set_of_eval(capsys: pytest.CaptureFixture[str]) -> None:
    assert "changes" in ev.OWN_DATASETS
    assert main(["eval", "--list"]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("changes"))
    assert "built in" in line and "[absent]" not in line


@pytest.mark.slow
def test_cli_eval_changes_json_on_our_sets(tmp_path: Path) -> None:
    out = tmp_path / "eval.json"
    assert main(["eval", "changes", "--format", "json", "-o", str(out)]) == 0
    doc = json.loads(out.read_text())
    rows = {(r["split"], r["task"]): r for r in doc["results"]}
    for split in ("tune", "heldout"):
        for label in ("altered", "from_reported_speech", "number"):
            assert rows[(split, label)]["precision"] >= 0.9, (split, label)
            assert rows[(split, label)]["recall"] >= 0.8, (split, label)
        assert rows[(split, "name")]["precision"] >= 0.8
        assert {"tp", "fp", "fn", "ci95"} <= set(rows[(split, "name")])
    assert rows[("tune", "name")]["n"] >= 15  # enough name changes to mean something
    assert main(["eval", "changes", "--limit", "3"]) == 0
