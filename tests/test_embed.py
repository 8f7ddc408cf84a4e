"""The embedding cache: each distinct sentence is encoded once, and results do not
depend on what was cached before."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from wiretrace.embed import Embedder


class CountingModel:
    """Wraps the real model and records how many sentences it was asked to encode."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.seen: list[str] = []

    def encode(self, texts: list[str], **kw: Any) -> Any:
        self.seen.extend(texts)
        return self.model.encode(texts, **kw)


def test_repeated_sentences_are_encoded_once(
    embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = embedder.encode
    counting = CountingModel(embedder.model)
    fresh = Embedder("cpu")
    monkeypatch.setattr(Embedder, "model", property(lambda self: counting))
    texts = [
        "The ministry said 40 people were hurt in the blast.",
        "Rescue teams were still searching the rubble on Tuesday.",
        "The ministry said 40 people were hurt in the blast.",
    ]
    vecs = fresh.encode(texts)
    assert counting.seen == texts[:2]
    assert np.allclose(vecs[0], vecs[2])
    assert np.isclose(float(np.linalg.norm(vecs[1])), 1.0, atol=1e-5)
    # A second call is served from the cache, and gives the same vectors as a cold one.
    again = fresh.encode(texts[1:])
    assert counting.seen == texts[:2]
    assert np.allclose(again, real(texts[1:]), atol=1e-6)
    assert float(vecs[0] @ vecs[1]) < 0.9  # different sentences, different vectors
