"""The command line: bad options and paths fail at once with one line naming them."""

from __future__ import annotations

import io
import sqlite3
import sys
from pathlib import Path

import pytest

from paths import EXAMPLES
from wiretrace.cli import main

WIRE, EDIT = str(EXAMPLES / "wire_source.txt"), str(EXAMPLES / "light_edit.txt")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_output_path_checked_before_the_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["compare", WIRE, EDIT, "--no-embeddings", "-o", str(tmp_path)], capsys)
    assert (
        code == 1
        and err.strip() == f"wiretrace: error: {tmp_path}: is a directory (give a file name for -o)"
    )
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(
        ["compare", WIRE, EDIT, "--no-embeddings", "-o", str(blocker / "r.txt")], capsys
    )
    assert code == 1 and "cannot write here" in err and "Traceback" not in err


def test_output_through_a_symlink_keeps_the_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real" / "report.json"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert (
        main(["compare", WIRE, EDIT, "--no-embeddings", "--format", "json", "-o", str(link)]) == 0
    )
    assert link.is_symlink() and '"relation": "light_edit"' in real.read_text()


def test_stdin_is_named_and_bad_devices_and_ports_are_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = Path(EDIT).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, _ = run(["compare", WIRE, "-", "--no-embeddings"], capsys)
    assert code == 0 and out.startswith("<stdin> is derived from wire_source.txt")
    with pytest.raises(SystemExit):
        main(["compare", WIRE, EDIT, "--device", "bogus"])
    with pytest.raises(SystemExit):
        main(["serve", "--port", "99999"])
    assert "expected a port number" in capsys.readouterr().err


def test_foreign_sqlite_file_is_not_taken_as_a_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "app.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE users (name TEXT)")
    code, _, err = run(["families", "--store", str(other)], capsys)
    assert code == 1 and "not a wiretrace store" in err
    with sqlite3.connect(other) as db:  # nothing of ours was added to it
        assert [r[0] for r in db.execute("SELECT name FROM sqlite_master")] == ["users"]
    code, _, err = run(
        ["add", EDIT, "--no-embeddings", "--store", str(tmp_path / "no" / "s.db")], capsys
    )
    assert code == 1 and "does not exist" in err
    code, _, err = run(["families", str(EXAMPLES), "--store", str(other)], capsys)
    assert code == 1 and "--engine spark" in err
