"""Parallel ingest (engine/pool.py): same store content as in-process ingest, errors kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wiretrace.engine import pool
from wiretrace.engine.embedded import Store

CORPUS = Path(__file__).parent / "data" / "corpus"


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    """A directory of text files (two identical), a JSONL file with a malformed line and
    a duplicate of a file, and a binary file posing as text."""
    files = sorted(CORPUS.glob("*.txt"))
    d = tmp_path / "crawl"
    d.mkdir()
    for f in files:
        (d / f.name).write_text(f.read_text())
    (d / "zz_again.txt").write_text(files[0].read_text())
    (d / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    lines = [json.dumps({"id": f"j{k}", "text": f.read_text()}) for k, f in enumerate(files[:3])]
    lines.insert(1, '{"id": "broken", "text": ')
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n")
    return [d, feed]


def _add(path: Path, inputs: list[Path], workers: int) -> tuple[list[tuple[str, str]], list[str]]:
    with Store(path, embeddings=False, batch_size=4) as st:
        res = st.add(inputs, workers=workers)
        rows = st.db.db.execute("SELECT id, title FROM articles ORDER BY rowid").fetchall()
        assert st.db.verify() == []
    return [tuple(r) for r in rows], sorted(str(e) for e in res.failed)


def test_workers_store_the_same_articles_in_the_same_order(
    tmp_path: Path, inputs: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pool, "MIN_PARALLEL_BYTES", 0)
    monkeypatch.setattr(pool, "FILES_PER_UNIT", 3)
    monkeypatch.setattr(pool, "LINES_PER_UNIT", 2)
    serial = _add(tmp_path / "one.db", inputs, workers=1)
    parallel = _add(tmp_path / "two.db", inputs, workers=2)
    assert parallel == serial
    rows, failed = parallel
    n_files = len(list(CORPUS.glob("*.txt")))
    assert len(rows) == n_files  # the copy in the directory and the JSONL copies are duplicates
    assert any("photo.txt" in e for e in failed)
    assert any("feed.jsonl" in e and "line 2" in e and "malformed JSON" in e for e in failed)
    assert len(failed) == 2


def test_small_or_stdin_input_stays_in_process(tmp_path: Path, inputs: list[Path]) -> None:
    assert not pool.worth_it([str(p) for p in inputs], 2)  # a few kB
    assert not pool.worth_it(["-"], 8)
    big = tmp_path / "big.jsonl"
    big.write_bytes(b"x" * pool.MIN_PARALLEL_BYTES)
    assert pool.worth_it([big], 2)
    assert not pool.worth_it([big], 1)


def test_jsonl_is_cut_into_numbered_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "LINES_PER_UNIT", 2)
    feed = tmp_path / "f.jsonl"
    feed.write_text("\n".join(json.dumps({"text": f"Line {k} text."}) for k in range(5)) + "\n")
    units = [u for u in pool._units([feed]) if isinstance(u, tuple)]
    assert [(u[0], len(u[1]), u[2]) for u in units] == [
        ("jsonl", 2, 1),
        ("jsonl", 2, 3),
        ("jsonl", 1, 5),
    ]


def test_input_errors_survive_pickling() -> None:
    import pickle

    from wiretrace.errors import InputError, InputTooLarge

    err = InputTooLarge("feed.jsonl", "line over the limit", where="line 9", hint="split it")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is InputTooLarge and str(back) == str(err) and back.where == "line 9"
    assert isinstance(back, InputError)


def _die(unit: object) -> list[object]:
    import os

    os._exit(9)


def test_a_dead_worker_is_a_clear_error_and_nothing_half_written(
    tmp_path: Path, inputs: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from wiretrace.errors import WiretraceError

    monkeypatch.setattr(pool, "MIN_PARALLEL_BYTES", 0)
    monkeypatch.setattr(pool, "START_METHOD", "fork")  # so the workers see the patch
    monkeypatch.setattr(pool, "_work", _die)
    with Store(tmp_path / "s.db", embeddings=False) as st:
        with pytest.raises(WiretraceError, match="worker process died"):
            st.add(inputs, workers=2)
        assert st.db.verify() == []
        assert st.db.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
