"""The engine seam: what every corpus engine does, whatever runs it.

Like an HTTP client's transports, an engine is swappable behind one small interface: the
embedded engine (SQLite store, in-process indexes) runs on a laptop; a Spark engine can
run the same stages over a cluster and call the same pair code. The CLI and the web app
only see this protocol and the JSON it returns (docs/schema-corpus.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from ..article import Article
from ..errors import InputError

TRACE_SCHEMA = "wiretrace.trace/1"
FAMILIES_SCHEMA = "wiretrace.families/1"

Input = Article | InputError | str | Path


@dataclass(slots=True)
class AddResult:
    """What one ``add`` did: ids added, content already stored, inputs rejected."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    # input (path, else id) -> the stored article with the same text, date and URL
    duplicate_of: dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        dup = f"duplicates {len(self.duplicates)}"
        again = len(self.duplicates) - len(self.duplicate_of)
        notes = [f"{again} already stored"] if again and self.duplicate_of else []
        shown = [
            f"{_short(d)}: same as {_short(k)}" for d, k in list(self.duplicate_of.items())[:3]
        ]
        notes += shown
        if len(self.duplicate_of) > len(shown):
            notes.append(f"{len(self.duplicate_of) - len(shown)} more")
        if notes:
            dup += " (" + "; ".join(notes) + ")"
        text = f"added {len(self.added)}, {dup}, failed {len(self.failed)}"
        if self.failed:
            reasons: dict[str, int] = {}
            for err in self.failed:
                reasons[err.problem] = reasons.get(err.problem, 0) + 1
            text += " (" + "; ".join(f"{n} x {p}" for p, n in sorted(reasons.items())) + ")"
        return text


def _short(ref: str) -> str:
    """A file's name, or an id as it is."""
    return ref.replace("\\", "/").rsplit("/", 1)[-1]


@runtime_checkable
class Engine(Protocol):
    """A corpus engine. ``trace`` returns ``wiretrace.trace/1`` JSON and ``families``
    ``wiretrace.families/1`` JSON, as plain dicts."""

    def add(self, items: Iterable[Input], *, progress: bool = False) -> AddResult: ...

    def trace(self, article: Article | str | Path, top: int = 10) -> dict[str, Any]: ...

    def families(self, min_size: int = 2) -> dict[str, Any]: ...

    def close(self) -> None: ...
