"""The Spark engine (engine/spark.py): same families as the embedded engine, rejects,
atomic re-runs, ``--from`` rendering, and a clear error without Java.

One local[2] session serves the module; the corpus is generated (bench/corpus.py's
generator: families of 1-8 members, copies of copies) plus a malformed JSONL line, a
duplicate, a binary file and a plain-text copy read through ``binaryFile``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from wiretrace.cli import main
from wiretrace.engine import Engine
from wiretrace.engine.embedded import Store

pytestmark = pytest.mark.spark

REPO = Path(__file__).resolve().parents[1]
N_ARTICLES = 200
BAD_LINE = 150  # in the JSONL file's third split (256 KB splits), to check line numbers


def _have_spark() -> bool:
    return importlib.util.find_spec("pyspark") is not None and shutil.which("java") is not None


needs_spark = pytest.mark.skipif(not _have_spark(), reason="pyspark or java not installed")


def _generate(n: int, seed: int = 7) -> list[str]:
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return list(mod.generate(n, seed=seed))


def write_corpus(root: Path, n: int, *, seed: int = 7, extras: bool = True) -> Path:
    root.mkdir(parents=True)
    records = _generate(n, seed)
    lines = [json.dumps({"text": t}) for t in records]
    if extras:
        lines.insert(BAD_LINE - 1, '{"text": "cut off')
        lines.append(json.dumps({"text": records[3]}))  # the same content again
        sub = root / "more"
        sub.mkdir()
        head, *body = records[10].split("\n")
        (sub / "copy.txt").write_text(head + "\n" + "\n".join(body[2:]), encoding="utf-8")
        (sub / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    (root / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def engine() -> Iterator[Any]:
    from wiretrace.engine.spark import SparkEngine

    eng = SparkEngine(master="local[2]", shuffle_partitions=2)
    yield eng
    eng.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("spark") / "in", N_ARTICLES)


@pytest.fixture(scope="module")
def runs(
    engine: Any, corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Any], dict[str, Any], Path]:
    """(embedded families, spark families, spark output directory)."""
    tmp = tmp_path_factory.mktemp("runs")
    with Store(tmp / "w.db", embeddings=False) as st:
        st.add([str(corpus)])
        embedded = st.families()
    out = tmp / "out"
    engine.out = str(out)
    engine.inputs = [str(corpus)]
    spark = engine.families()
    return embedded, spark, out


@needs_spark
def test_spark_engine_is_an_engine(engine: Any) -> None:
    assert isinstance(engine, Engine)


@needs_spark
def test_same_families_origins_and_trees_as_embedded(
    runs: tuple[dict[str, Any], dict[str, Any], Path],
) -> None:
    embedded, spark, _ = runs
    assert len(embedded["families"]) >= 30
    assert any(len(f["members"]) >= 5 for f in embedded["families"])
    for e, s in zip(embedded["families"], spark["families"], strict=True):
        assert s["origin"] == e["origin"]
        assert s["members"] == e["members"]
        edges = [(x["parent"]["id"], x["child"]["id"], x["relation"]) for x in s["edges"]]
        assert edges == [(x["parent"]["id"], x["child"]["id"], x["relation"]) for x in e["edges"]]
    assert spark == embedded  # coverage, evidence, same_event, ids: all of it


@needs_spark
def test_outputs_and_summary(
    engine: Any, runs: tuple[dict[str, Any], dict[str, Any], Path]
) -> None:
    _, spark, out = runs
    for table in (
        "articles",
        "sentences",
        "pairs",
        "alignments",
        "families",
        "tree_edges",
        "rejects",
    ):
        assert (out / table).is_dir(), table
    assert json.loads((out / "families.json").read_text()) == spark
    summary = json.loads((out / "summary.json").read_text())
    assert summary["schema"] == "wiretrace.spark-summary/1"
    assert summary["articles"] == N_ARTICLES + 1  # + the plain-text copy
    assert summary["duplicates"] == 1
    assert summary["rejects"] == 2
    assert summary["families"] == len(spark["families"])
    read = engine.spark.read.parquet
    assert read(str(out / "articles")).count() == N_ARTICLES + 1
    n_edges = sum(len(f["edges"]) for f in spark["families"])
    assert read(str(out / "tree_edges")).count() == n_edges
    assert read(str(out / "alignments")).count() > 0


@needs_spark
def test_malformed_record_ends_in_rejects_with_its_reason(
    engine: Any, runs: tuple[dict[str, Any], dict[str, Any], Path]
) -> None:
    _, _, out = runs
    rows = {
        Path(r["source"]).name: r.asDict()
        for r in engine.spark.read.parquet(str(out / "rejects")).collect()
    }
    assert rows["corpus.jsonl"]["where"] == f"line {BAD_LINE}"
    assert rows["corpus.jsonl"]["problem"].startswith("malformed JSON")
    assert rows["image.txt"]["problem"] == "binary file (a PNG image), not an article"


@needs_spark
def test_from_dir_renders_text_json_html(
    runs: tuple[dict[str, Any], dict[str, Any], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, spark, out = runs
    assert main(["families", "--from", str(out), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == spark
    assert main(["families", "--from", str(out)]) == 0
    assert f"{len(spark['families'])} families" in capsys.readouterr().out
    assert main(["families", "--from", str(out), "--format", "html"]) == 0
    assert "<html" in capsys.readouterr().out.lower()


@needs_spark
def test_rerun_replaces_the_output_atomically(
    engine: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wiretrace.engine import spark_fs

    small = write_corpus(tmp_path / "small", 12, seed=3, extras=False)
    out = tmp_path / "out"
    out.mkdir()
    (out / "stale.txt").write_text("from an older run")
    engine.out, engine.inputs = str(out), [str(small)]
    first = engine.families()
    assert not (out / "stale.txt").exists()  # replaced whole, never merged
    assert engine.summary["articles"] == 12
    before = (out / "families.json").read_text()
    assert json.loads(before) == first

    def boom(*args: object) -> None:
        raise RuntimeError("killed while writing")

    monkeypatch.setattr(spark_fs, "write_families", boom)
    engine.inputs = [str(write_corpus(tmp_path / "other", 8, seed=5, extras=False))]
    with pytest.raises(RuntimeError, match="killed"):
        engine.families()
    assert (out / "families.json").read_text() == before  # the old output, untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other", "out", "small"]  # no tmp left


@needs_spark
def test_cli_spark_engine_needs_out(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["families", "x.jsonl", "--engine", "spark"]) == 1
    assert "--out DIR" in capsys.readouterr().err


class _FakeEngine:
    """Stands in for SparkEngine: records what the CLI hands it (the real run with the
    same plumbing is the ``runs`` fixture above)."""

    made: ClassVar[list[dict[str, Any]]] = []

    def __init__(self, **kwargs: Any) -> None:
        self.made.append(kwargs)
        self.summary = {"articles": 0, "duplicates": 0, "rejects": 0, "families": 0}

    def __enter__(self) -> _FakeEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add(self, items: list[str]) -> None:
        self.made[-1]["inputs"] = list(items)

    def families(self, min_size: int = 2) -> dict[str, Any]:
        return {"schema": "wiretrace.families/1", "families": []}


@pytest.mark.parametrize(
    ("flag", "want"), [([], False), (["--embeddings"], True), (["--no-embeddings"], False)]
)
def test_cli_embeddings_flag_reaches_the_spark_engine(
    flag: list[str], want: bool, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from wiretrace.engine import spark

    monkeypatch.setattr(spark, "SparkEngine", _FakeEngine)
    _FakeEngine.made.clear()
    out = str(tmp_path / "out")
    args = ["families", "in.jsonl", "--engine", "spark", "--out", out, "--format", "json"]
    assert main(args + flag) == 0
    assert _FakeEngine.made == [
        {"master": "local[2]", "out": out, "embeddings": want, "inputs": ["in.jsonl"]}
    ]


def test_cli_embeddings_flag_is_refused_by_the_embedded_engine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["families", "--store", str(tmp_path / "w.db"), "--embeddings"]) == 1
    err = capsys.readouterr().err
    assert "--engine spark" in err and "wiretrace add" in err
    assert len(err.strip().splitlines()) == 1


@needs_spark
def test_connected_components_chain_and_star(engine: Any) -> None:
    from wiretrace.engine.spark_graph import connected_components

    edges = [(k, k + 1) for k in range(100, 120)]  # a chain: the worst case for propagation
    edges += [(7, k) for k in range(8, 15)] + [(30, 31)]
    df = engine.spark.createDataFrame(edges, "a long, b long")
    got = {r["node"]: r["comp"] for r in connected_components(df).collect()}
    assert got == {
        **{k: 100 for k in range(100, 121)},
        **{k: 7 for k in range(7, 15)},
        30: 30,
        31: 30,
    }


def test_missing_java_is_a_clear_error(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "JAVA_HOME"}
    env["PATH"] = str(Path(sys.executable).parent)  # python, but no java
    (tmp_path / "a.jsonl").write_text('{"text": "One sentence here."}\n')
    proc = subprocess.run(
        [sys.executable, "-m", "wiretrace.cli", "families", "a.jsonl", "--engine", "spark",
         "--out", "out"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1
    assert "Java" in proc.stderr and "openjdk-17-jre-headless" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1  # one line, no traceback
    assert not (tmp_path / "out").exists()
