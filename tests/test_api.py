"""The public API: what `import wiretrace` offers is pinned, so changes are deliberate."""

from __future__ import annotations

import subprocess
import sys

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
