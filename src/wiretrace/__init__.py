"""wiretrace: find where a news article came from and what its copies changed.

The public API is small and re-exported here; ``tests/test_api.py`` pins ``__all__``::

    import wiretrace
    cmp = wiretrace.compare(Path("wire.txt"), Path("copy.html"))
    cmp.relation, cmp.source.path, cmp.to_dict()

    with wiretrace.Store("wiretrace.db") as store:
        store.add([Path("crawl/")])
        store.families()

Heavy modules (the embedding model, spaCy, SQLite engine) load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .article import (
    Alignment,
    Article,
    Change,
    Comparison,
    Dateline,
    Quote,
    Removed,
    Sentence,
)
from .errors import InputError, WiretraceError

if TYPE_CHECKING:
    from .compare import compare
    from .engine.embedded import Store
    from .ingest import iter_articles, load_article

__version__ = "0.1.0"

__all__ = [
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

_LAZY = {
    "compare": ("wiretrace.compare", "compare"),
    "Store": ("wiretrace.engine.embedded", "Store"),
    "iter_articles": ("wiretrace.ingest", "iter_articles"),
    "load_article": ("wiretrace.ingest", "load_article"),
}


def __getattr__(name: str) -> Any:
    # Lazy, so `import wiretrace` and `wiretrace --help` do not import torch.
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'wiretrace' has no attribute {name!r}")
