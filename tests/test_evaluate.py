"""The eval harness: metrics, tuning, passage matching, the CLI on synthetic data dirs,
and (slow, skipped without ../shared/eval) a regression gate on the real corpora."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from test_datasets import make_all, make_clough, make_msrp
from wiretrace import baselines as bl
from wiretrace import evaluate as ev
from wiretrace.cli import main
from wiretrace.errors import InputError
from wiretrace.textreport import eval_table

REAL_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"


class FakeEmbedder:
    """Bag-of-words hashing 'embedder': deterministic, no model load."""

    def encode(self, texts: Sequence[str]) -> Any:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for k, t in enumerate(texts):
            for w in bl.tokens(t):
                out[k, int(hashlib.md5(w.encode()).hexdigest(), 16) % 384] += 1.0
            n = np.linalg.norm(out[k])
            if n:
                out[k] /= n
        return out


# -- metrics ----------------------------------------------------------------------------------------


def test_binary_prf() -> None:
    g = np.array([1, 1, 0, 0, 1])
    p = np.array([1, 0, 0, 1, 1])
    m = bl.binary_prf(g, p)
    assert m["precision"] == pytest.approx(2 / 3)
    assert m["recall"] == pytest.approx(2 / 3)
    assert m["f1"] == pytest.approx(2 / 3)
    assert m["accuracy"] == pytest.approx(3 / 5)


def test_multiclass_macro_f1_and_confusion() -> None:
    g = np.array([0, 0, 1, 1, 2, 2])
    p = np.array([0, 0, 1, 2, 2, 2])
    m = bl.multiclass(g, p, 3)
    assert m["accuracy"] == pytest.approx(5 / 6)
    f1s = [1.0, 2 * 1 * 0.5 / 1.5, 2 * (2 / 3) * 1 / (5 / 3)]
    assert m["macro_f1"] == pytest.approx(sum(f1s) / 3)
    c = bl.confusion(g, p, ["a", "b", "c"])
    assert c["b"] == {"a": 0, "b": 1, "c": 1}


def test_bootstrap_interval_brackets_the_estimate_and_is_seeded() -> None:
    rng = np.random.default_rng(0)
    g = rng.integers(0, 2, 200)
    p = np.where(rng.random(200) < 0.8, g, 1 - g)
    stat = lambda ix: bl.binary_prf(g[ix], p[ix])  # noqa: E731
    ci = bl.bootstrap(200, stat, ["accuracy"])
    acc = bl.binary_prf(g, p)["accuracy"]
    assert ci["accuracy"][0] < acc < ci["accuracy"][1]
    assert ci == bl.bootstrap(200, stat, ["accuracy"])


def test_tune_ordinal_finds_separating_cuts() -> None:
    scores = np.array([0.1, 0.2, 0.4, 0.5, 0.8, 0.9])
    gold = np.array([0, 0, 1, 1, 2, 2])
    cuts, m = bl.tune_ordinal(scores, gold, 3, bl.acc_metric)
    assert m == 1.0 and 0.2 < cuts[0] < 0.4 and 0.5 < cuts[1] < 0.8
    assert list(bl.apply_thresholds(scores, cuts)) == list(gold)


def test_tune_choice_picks_the_informative_variant() -> None:
    gold = np.array([0, 0, 1, 1])
    variants = {"noise": np.array([0.5, 0.1, 0.4, 0.2]), "good": np.array([0.1, 0.2, 0.7, 0.8])}
    name, _cuts, m = bl.tune_choice(variants, gold, 2, bl.f1_metric)
    assert name == "good" and m == 1.0


def test_containment_reads_urdu_words() -> None:
    a = "وزیر نے کہا کہ منصوبہ جلد مکمل ہوگا۔"
    b = "لاہور میں وزیر نے کہا کہ منصوبہ جلد مکمل ہوگا اور کام شروع ہو گیا۔"
    assert bl.tokens(a)[0] == "وزیر"
    assert bl.containment(a, b, 2) == 1.0
    assert bl.containment(b, a, 2) < 1.0
    assert bl.sym_containment(a, a, 3) == 1.0


def test_passage_counts_tolerates_drift() -> None:
    gold = [(1000, 1400)]
    # drifted by 25 characters: still found, still correct
    assert bl.passage_counts([(1025, 1425)], gold) == (1, 1, 1, 1)
    # a region elsewhere is wrong; covering a third of the passage does not find it
    assert bl.passage_counts([(1000, 1130), (3000, 3300)], gold) == (0, 1, 1, 2)
    assert bl.merge_regions([(0, 10), (15, 20), (400, 500)], 10) == [(0, 20), (400, 500)]


def test_lexical_regions_find_a_copied_passage() -> None:
    src = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu " * 3
    susp = "unrelated words here and there. " * 5 + src + " more unrelated words at the end."
    regs = bl.lexical_regions(susp, src, 5, min_chars=50)
    assert len(regs) == 1
    start = susp.index("alpha")
    assert abs(regs[0][0] - start) < 5


# -- harness on synthetic layouts -------------------------------------------------------------------


def test_sentence_set_reports_heldout_or_official_test(tmp_path: Path) -> None:
    make_msrp(tmp_path / "a")
    run = ev.evaluate("msrp", tmp_path / "a", embedder=FakeEmbedder(), pair_model=None)  # type: ignore[arg-type]
    methods = {r.method: r for r in run.results}
    assert set(methods) == set(ev.METHODS)
    assert all(r.split == "heldout" and r.n == 4 for r in run.results)
    make_msrp(tmp_path / "b", test=True)
    run = ev.evaluate("msrp", tmp_path / "b", embedder=FakeEmbedder(), pair_model=None)  # type: ignore[arg-type]
    assert all(r.split == "test" and r.n == 4 for r in run.results)
    d = run.results[1].to_dict()
    assert {
        "dataset",
        "task",
        "split",
        "method",
        "n",
        "precision",
        "recall",
        "f1",
        "accuracy",
        "ci95",
    } <= set(d)
    assert set(d["ci95"]) == {"f1", "accuracy"}


class _FakeComparison:
    def __init__(self, relation: str):
        self.relation = relation
        self.confidence = 0.5
        self.features: dict[str, float] = {}
        self.coverage: dict[str, float] = {}
        self.alignments: list[Any] = []


def _fake_compare(a: Any, b: Any, *, source: str) -> _FakeComparison:
    c = bl.containment(b.body, a.body, 3)
    return _FakeComparison("verbatim" if c > 0.9 else "paraphrase" if c > 0.3 else "same_event")


def test_document_set_tunes_on_one_half_reports_the_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_clough(tmp_path)
    monkeypatch.setattr(ev, "wiretrace_compare", lambda: _fake_compare)
    run = ev.evaluate("clough-stevenson", tmp_path, embedder=FakeEmbedder())  # type: ignore[arg-type]
    tasks = {(r.task, r.method) for r in run.results}
    assert ("4class", "lexical") in tasks and ("binary", "embedding") in tasks
    lex = next(r for r in run.results if r.method == "lexical" and r.task == "binary")
    assert lex.split == "heldout" and lex.extra["tuned"]["tune_n"] + lex.n == 5
    wt = next(r for r in run.results if r.method == "wiretrace" and r.task == "binary")
    assert wt.extra["errors"] == 0 and wt.extra["confusion"]["non"]["non"] >= 1
    parts = {(x["part"], x["id"]) for x in run.items}
    assert len(parts) == 5  # every item is either tuned on or reported, never both


def test_limit_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--limit"):
        ev.evaluate("msrp", tmp_path, limit=0)


def test_default_data_dir_prefers_cwd_sibling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "shared" / "eval").mkdir(parents=True)
    (tmp_path / "repo").mkdir()
    monkeypatch.chdir(tmp_path / "repo")
    assert ev.default_data_dir() == tmp_path / "shared" / "eval"


def test_cli_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    make_msrp(tmp_path, test=True)
    assert main(["eval", "--list", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "msrp" in out and "official test split" in out and "[absent]" in out


def test_cli_broken_data_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    d = make_msrp(tmp_path)
    (d / "msr_paraphrase_train.txt").write_text("garbage\n")
    assert main(["eval", "msrp", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "msr_paraphrase_train.txt" in err and "Traceback" not in err
    assert main(["eval", "nonesuch", "--data-dir", str(tmp_path)]) == 1
    assert "unknown data set" in capsys.readouterr().err


@pytest.mark.slow
def test_cli_all_json_on_synthetic_layout(tmp_path: Path) -> None:
    make_all(tmp_path / "data")
    out = tmp_path / "eval.json"
    code = main(
        ["eval", "all", "--data-dir", str(tmp_path / "data"), "--format", "json", "-o", str(out)]
    )
    assert code == 0
    doc = json.loads(out.read_text())
    assert doc["schema"] == "wiretrace.eval/1"
    got = {(r["dataset"], r["task"], r["method"]) for r in doc["results"]}
    assert ("pan13-verbatim", "alignment", "lexical") in got
    assert ("counter-urdu", "3class", "embedding") in got
    assert {r["method"] for r in doc["results"]} == set(ev.METHODS)
    pan = next(
        r for r in doc["results"] if r["dataset"] == "pan13-verbatim" and r["method"] == "lexical"
    )
    assert pan["recall"] == 1.0  # the copied passage is found in every synthetic pair
    text = eval_table(
        [
            ev.Result(**{k: r[k] for k in ("dataset", "task", "split", "method", "n")})
            for r in doc["results"]
        ]
    )
    assert "pan13-verbatim" in text


# -- regression gate on the real corpora (slow; skipped when ../shared/eval is absent) -------------

GATE = {
    # (dataset, task, metric): floor for wiretrace = the figure measured when the gate was set
    # (wiretrace 000a7bc + lexical-mode verdict; docs/evaluation.md) minus a margin of ~0.09,
    # since the subsets are small (COUNTER: 40 held-out pairs; Clough-Stevenson: 49).
    # For 3class, "f1" is the macro-F1. Measured: 0.840, 0.684, 0.921, 0.694.
    ("counter-urdu", "binary", "f1"): 0.75,
    ("counter-urdu", "3class", "f1"): 0.58,
    # Clough-Stevenson since the English verdict's excerpt and shared-wording rules
    # (2026-11-23): binary F1 0.966, 4-class accuracy 0.776 on all 49 held-out answers.
    ("clough-stevenson", "binary", "f1"): 0.90,
    ("clough-stevenson", "4class", "accuracy"): 0.70,
    # Sentence pairs (the pair model's calibrated probability >= 0.5), 300 held-out pairs
    # each (WIRETRACE_GATE_SENT_LIMIT); measured at that limit: MSRP 0.757, PAN-10 0.927
    # (full 1,000-pair figures 0.772 / 0.942, docs/evaluation.md; the 12-feature scorer
    # before it: 0.753 / 0.910). Floors ~0.04 under.
    ("msrp", "paraphrase", "accuracy"): 0.72,
    ("pan10-paraphrase", "paraphrase", "accuracy"): 0.89,
}


@pytest.mark.slow
@pytest.mark.skipif(not REAL_DATA.is_dir(), reason="../shared/eval is not present")
@pytest.mark.skipif(ev.wiretrace_compare() is None, reason="wiretrace.compare is not there yet")
def test_eval_gate_on_real_corpora() -> None:
    got: dict[tuple[str, str, str], float] = {}
    for name, limit in (
        ("counter-urdu", int(os.environ.get("WIRETRACE_GATE_LIMIT", "40"))),
        ("clough-stevenson", None),
        ("msrp", int(os.environ.get("WIRETRACE_GATE_SENT_LIMIT", "300"))),
        ("pan10-paraphrase", int(os.environ.get("WIRETRACE_GATE_SENT_LIMIT", "300"))),
    ):
        for r in ev.evaluate(name, REAL_DATA, limit=limit).results:
            if r.method == "wiretrace":
                got[(name, r.task, "f1")] = r.f1 or 0.0
                got[(name, r.task, "accuracy")] = r.accuracy or 0.0
    for key, floor in GATE.items():
        assert got[key] >= floor, f"{key}: {got[key]:.3f} < {floor}"
