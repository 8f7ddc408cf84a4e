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


def test_bf16_moves_cosines_by_less_than_the_alignment_margins(embedder: Embedder) -> None:
    # bf16 is chosen automatically only on CPUs with AMX-BF16, but it runs (emulated)
    # anywhere, so this checks its effect on real sentence pairs on any machine.
    texts = [
        "Flooding along the Benue river forced about 12,000 people from their homes.",
        "Some 12,000 residents fled rising water on the Benue this week, officials said.",
        "The central bank left its main interest rate unchanged at 4.5 percent.",
        "Rescue teams were still searching the rubble on Tuesday.",
        "Searchers combed through the collapsed buildings for a second day.",
    ]
    full = Embedder("cpu", precision="fp32").encode(texts)
    half = Embedder("cpu", precision="bf16").encode(texts)
    assert np.allclose(np.linalg.norm(half, axis=1), 1.0, atol=1e-5)
    gap = np.abs(full @ full.T - half @ half.T)
    assert float(gap.max()) < 0.01
    # and the bf16 vectors still rank the paraphrase above the unrelated sentence
    assert float(half[0] @ half[1]) > float(half[0] @ half[2]) + 0.2


def test_precision_is_chosen_by_hardware_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    from wiretrace.embed import resolve_precision
    from wiretrace.errors import WiretraceError

    monkeypatch.delenv("WIRETRACE_PRECISION", raising=False)
    monkeypatch.setattr(torch.cpu, "get_capabilities", lambda: {"amx_bf16": False})
    assert resolve_precision("cpu") == "fp32"  # no bf16 units: emulated bf16 is slower
    monkeypatch.setattr(torch.cpu, "get_capabilities", lambda: {"amx_bf16": True})
    assert resolve_precision("cpu") == "bf16"
    assert resolve_precision("cuda") == "fp32"
    assert resolve_precision("cpu", "fp32") == "fp32"
    monkeypatch.setenv("WIRETRACE_PRECISION", "fp32")
    assert resolve_precision("cpu") == "fp32"
    monkeypatch.setenv("WIRETRACE_PRECISION", "half")
    with pytest.raises(WiretraceError, match="WIRETRACE_PRECISION"):
        resolve_precision("cpu")


def test_batch_size_follows_the_device_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert Embedder("cpu").batch_size == 64
    assert Embedder("cuda").batch_size == 256  # no model is loaded until the first encode
    assert Embedder("auto").batch_size == 256
    assert Embedder("cuda", batch_size=32).batch_size == 32
