"""The public API: what `import wiretrace` offers is pinned, so changes are deliberate."""

from __future__ import annotations

import subprocess
import sys

import pytest

import wiretrace


def test_all_is_pinned() -> None:
    assert sorted(wiretrace.__all__) == sorted(
        [
            "Alignment",
            "Article",
            "Change",
            "Comparison",
            "Dateline",
            "InputError",
            "Quote",
            "Removed",
            "Sentence",
            "Store",
            "WiretraceError",
            "__version__",
            "compare",
            "iter_articles",
            "load_article",
        ]
    )
    for name in wiretrace.__all__:
        assert getattr(wiretrace, name) is not None


def test_import_is_light() -> None:
    # `wiretrace --help` must not pay for torch: the model loads on first use.
    code = "import sys, wiretrace, wiretrace.cli; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_cli_help_lists_every_subcommand() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "wiretrace.cli", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for cmd in ("compare", "add", "trace", "families", "serve", "eval", "ingest"):
        assert cmd in out


def test_compare_help_explains_roles_and_gives_examples(capsys: pytest.CaptureFixture[str]) -> None:
    from wiretrace.cli import main

    with pytest.raises(SystemExit):
        main(["compare", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    # A not-derived verdict still fills source/copy: the help must say they are the given order.
    assert "'source' is simply FIRST" in out
    assert "examples:" in out and "--format json" in out


def test_compare_stays_callable_after_its_module_is_imported() -> None:
    # `import wiretrace.compare` rebinds the package attribute to the submodule
    code = (
        "import wiretrace.compare, wiretrace\n"
        "c = wiretrace.compare('The mayor opened the new bridge on Monday morning.', "
        "'The mayor opened the new bridge on Monday morning.', embeddings=False)\n"
        "print(c.relation)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "verbatim"
