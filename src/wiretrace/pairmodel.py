"""A small cross-encoder for "is this sentence a rewrite of that one?".

The bi-encoder in :mod:`wiretrace.embed` reads each sentence alone, so two sentences that
share most words but differ in one added clause, a subject or a figure get a high cosine
whichever way a reader would judge them. A cross-encoder reads both sentences at once and
can weigh exactly those differences. It is the same all-MiniLM-L6-v2 weights the package
already ships, plus low-rank adapters (LoRA, rank 8, on every linear layer of the six
transformer blocks) and a one-unit head: about 0.33 M extra numbers, stored in
``data/pair_adapter.npz`` (float16, well under 1 MB), fitted by
``bench/fit_pair_model.py`` on the tuning halves of MSRP and PAN-10 only.

The score is symmetric: the logit of ``(a, b)`` and of ``(b, a)`` are averaged, because
which sentence is the rewrite is not something a paraphrase label says.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from .embed import model_path, resolve_device
from .errors import WiretraceError

ADAPTER_FILE = "pair_adapter.npz"
RANK = 8
ALPHA = 16.0
MAX_TOKENS = 160  # two sentences of a news story fit; longer pairs are truncated, longest first
# Every nn.Linear inside a transformer block gets an adapter (attention and feed-forward).
TARGETS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)

_lock = threading.Lock()
_loaded: dict[str, Any] = {}


def _torch() -> Any:
    import torch

    return torch


def build(
    *,
    device: str = "cpu",
    adapter: dict[str, npt.NDArray[Any]] | None = None,
    merge: bool = True,
) -> Any:
    """The base encoder with fresh (or the given) adapters and head, as a torch module.

    ``adapter=None`` gives untrained adapters (B = 0, so the model starts as the base model)
    for ``bench/fit_pair_model.py``; pass :func:`load_adapter`'s arrays to score. Given
    adapters are folded into the weights unless ``merge=False``.
    """
    path = model_path()
    torch = _torch()
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path)
    base = AutoModel.from_pretrained(path)
    for p in base.parameters():
        p.requires_grad = False
    module: Any = torch.nn.Module

    class LoRALinear(module):  # type: ignore[misc]
        def __init__(self, lin: Any) -> None:
            super().__init__()
            self.lin = lin
            self.a = torch.nn.Parameter(torch.randn(RANK, lin.in_features) / math.sqrt(lin.in_features))  # fmt: skip
            self.b = torch.nn.Parameter(torch.zeros(lin.out_features, RANK))
            self.scale = ALPHA / RANK

        def forward(self, x: Any) -> Any:
            return self.lin(x) + (x @ self.a.T @ self.b.T) * self.scale

    for owner, leaf in _slots(base):
        setattr(owner, leaf, LoRALinear(getattr(owner, leaf)))

    class CrossEncoder(module):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.encoder = base
            self.head = torch.nn.Linear(base.config.hidden_size, 1)

        def forward(self, batch: dict[str, Any]) -> Any:
            hidden = self.encoder(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
            return self.head(pooled).squeeze(-1)

    model = CrossEncoder()
    model.tokenizer = tokenizer
    if adapter is not None:
        own = dict(trainable_state(model))
        missing = set(own) - set(adapter)
        if missing:
            raise WiretraceError(f"{ADAPTER_FILE}: adapter lacks {sorted(missing)[:3]}")
        with torch.no_grad():
            for name, param in own.items():
                param.copy_(torch.from_numpy(adapter[name].astype(np.float32)))
        if merge:
            _merge_adapters(model)
        model.eval()
    return model.to(resolve_device(device))


def _merge_adapters(model: Any) -> None:
    """Fold each adapter into its frozen weight (W + scale * B @ A) and drop it: scoring then
    costs what the base model costs (bench/pair_model_speed.py: 13 -> 16 pairs/s, one thread)."""
    torch = _torch()
    with torch.no_grad():
        for owner, leaf in _slots(model.encoder):
            wrapped = getattr(owner, leaf)
            wrapped.lin.weight += (wrapped.b @ wrapped.a) * wrapped.scale
            setattr(owner, leaf, wrapped.lin)


def _slots(encoder: Any) -> Iterator[tuple[Any, str]]:
    """(module, attribute name) of every TARGETS linear layer in the encoder's blocks."""
    for block in encoder.encoder.layer:
        for target in TARGETS:
            *parents, leaf = target.split(".")
            owner = block
            for name in parents:
                owner = getattr(owner, name)
            yield owner, leaf


def trainable_state(model: Any) -> Iterator[tuple[str, Any]]:
    """The adapter and head parameters, by name (what the .npz stores)."""
    for name, param in model.named_parameters():
        if param.requires_grad:
            yield name, param


def load_adapter() -> dict[str, npt.NDArray[Any]]:
    ref = resources.files("wiretrace") / "data" / ADAPTER_FILE
    try:
        with ref.open("rb") as fh, np.load(fh) as npz:
            return {k: npz[k] for k in npz.files}
    except FileNotFoundError as exc:  # pragma: no cover - shipped with the package
        raise WiretraceError(
            f"the sentence-pair adapter {ADAPTER_FILE} is missing from the installed package; "
            "reinstall wiretrace (`make install`)"
        ) from exc


def encode_batch(model: Any, pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    enc = model.tokenizer(
        [a for a, _ in pairs],
        [b for _, b in pairs],
        padding=True,
        truncation="longest_first",
        max_length=MAX_TOKENS,
        return_tensors="pt",
    )
    device = next(model.parameters()).device
    return {k: v.to(device) for k, v in enc.items()}


class PairModel:
    """Scores sentence pairs; the shipped model loads on first use, once per device per
    process. ``model`` scores with another :func:`build` result instead (the training
    script scores the model it is training)."""

    def __init__(self, device: str = "cpu", *, batch_size: int = 32, model: Any = None) -> None:
        self.device = resolve_device(device)
        self.batch_size = batch_size
        self._own = model

    @property
    def model(self) -> Any:
        if self._own is not None:
            return self._own
        with _lock:
            if self.device not in _loaded:
                _loaded[self.device] = build(device=self.device, adapter=load_adapter())
            return _loaded[self.device]

    def logits(self, pairs: Sequence[tuple[str, str]]) -> npt.NDArray[np.float64]:
        """The symmetric logit (mean of both orders) of each pair; higher = paraphrase."""
        torch = _torch()
        out = np.zeros(len(pairs), dtype=np.float64)
        model = self.model
        # Sorting by length keeps padding small inside each batch.
        order = sorted(range(len(pairs)), key=lambda k: len(pairs[k][0]) + len(pairs[k][1]))
        with torch.inference_mode():
            for s in range(0, len(order), self.batch_size):
                idx = order[s : s + self.batch_size]
                fwd = [pairs[k] for k in idx]
                both = fwd + [(b, a) for a, b in fwd]
                z = model(encode_batch(model, both)).double().cpu().numpy()
                out[idx] = (z[: len(idx)] + z[len(idx) :]) / 2
        return out
