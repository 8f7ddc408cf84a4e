"""`wiretrace add | trace | families` end to end, and the Engine protocol."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from wiretrace.cli import main
from wiretrace.engine import Engine
from wiretrace.engine.embedded import Store

CORPUS = Path(__file__).parent / "data" / "corpus"


@pytest.fixture()
def store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "w.db"
    assert main(["add", str(CORPUS), "--store", str(path), "--no-embeddings"]) == 0
    out = capsys.readouterr().out
    assert "added 12, duplicates 0, failed 0" in out
    return path


def test_store_is_an_engine(tmp_path: Path) -> None:
    with Store(tmp_path / "e.db", embeddings=False) as st:
        assert isinstance(st, Engine)


def test_add_again_is_all_duplicates(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["add", str(CORPUS), "--store", str(store), "--no-embeddings"]) == 0
    assert "added 0, duplicates 12, failed 0; 12 articles" in capsys.readouterr().out


def test_a_copied_file_is_named_with_the_article_it_duplicates(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    twin = tmp_path / "twin.txt"
    shutil.copy(CORPUS / "u1_unrelated_football.txt", twin)
    assert main(["add", str(twin), str(CORPUS), "--store", str(store), "--no-embeddings"]) == 0
    out = capsys.readouterr().out
    assert "added 0, duplicates 13 (12 already stored; twin.txt: same as " in out
    assert "u1_unrelated_football.txt)" in out


def test_add_with_bad_inputs_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CORPUS / "u1_unrelated_football.txt", src)
    (src / "empty.txt").write_text("")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    code = main(["add", str(src), "--store", str(tmp_path / "w.db"), "--no-embeddings"])
    cap = capsys.readouterr()
    assert code == 3
    assert "added 1, duplicates 0, failed 2" in cap.out
    assert "empty.txt" in cap.err and "image.txt" in cap.err


def test_trace_json_by_path(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = CORPUS / "a3_light_edit.txt"
    assert main(["trace", str(art), "--store", str(store), "--format", "json"]) == 0
    t = json.loads(capsys.readouterr().out)
    assert t["schema"] == "wiretrace.trace/1"
    assert set(t) == {"schema", "query", "sources", "copies", "same_event"}
    assert t["query"]["path"] == str(art)
    names = {
        k: [Path(e["path"]).name[:2] for e in t[k]] for k in ("sources", "copies", "same_event")
    }
    assert set(names["sources"]) == {"a1", "a2"}
    assert set(names["copies"]) == {"a4", "a5"}
    assert names["same_event"] == ["a6"]
    for e in t["sources"] + t["copies"] + t["same_event"]:
        assert {"id", "path", "title", "date", "outlet", "relation", "coverage", "score"} <= set(e)
    scores = [e["score"] for e in t["copies"]]
    assert scores == sorted(scores, reverse=True)


def test_trace_by_id_top_and_text(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store(store, embeddings=False) as st:
        art, _ = st.resolve(str(CORPUS / "a1_wire_origin.txt"))
    assert main(["trace", art.id, "--store", str(store), "--top", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("trace: a1_wire_origin.txt")
    assert "derived from it (2):" in out


def test_trace_stdin_unstored_article(
    store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (CORPUS / "a1_wire_origin.txt").read_text().replace("Monday evening", "Monday night")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["trace", "-", "--store", str(store), "--format", "json"]) == 0
    t = json.loads(capsys.readouterr().out)
    found = {Path(e["path"]).name[:2] for k in ("sources", "copies") for e in t[k]}
    assert {"a1", "a2", "a3", "a4"} <= found


def test_trace_unknown_reference(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["trace", "no-such-thing", "--store", str(store)]) == 1
    assert "neither a file nor an article id" in capsys.readouterr().err


def test_families_json_text_html(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["families", "--store", str(store), "--format", "json"]) == 0
    f = json.loads(capsys.readouterr().out)
    assert f["schema"] == "wiretrace.families/1"
    assert len(f["families"]) == 2
    fam = f["families"][0]
    assert set(fam) == {"id", "origin", "members", "edges", "same_event"}
    assert set(fam["edges"][0]) == {"parent", "child", "relation", "coverage", "evidence"}
    assert main(["families", "--store", str(store), "--min-size", "4"]) == 0
    assert capsys.readouterr().out.startswith("1 family\n")
    out = tmp_path / "fam.html"
    assert main(["families", "--store", str(store), "--format", "html", "-o", str(out)]) == 0
    assert "<html" in out.read_text().lower()


def test_families_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["families", "--store", str(tmp_path / "none.db")]) == 1
    assert "no such store" in capsys.readouterr().err
