"""Embedding throughput at scale, on this CPU or a CUDA GPU, and what it does to ``add``.

    .venv/bin/python bench/embed_scale.py --device cpu --encodes 4000 --articles 1000
    python bench/embed_scale.py --device cuda --encodes 200000 --articles 20000

The text is the project's own English writing (``examples/``, ``tests/data/``), cut by
wiretrace's sentence splitter. Each sentence sent to the model has one word swapped for
another word of the same texts, so every encode is a new sentence and the Embedder's
cache cannot answer from memory, as on a real crawl.

1. **Encoder**: sentences/s through ``Embedder.encode`` by precision (fp32, bf16) and
   batch size, after a warm-up; peak GPU memory on CUDA.
2. **bf16 drift**: 1 - cos(fp32 vector, bf16 vector) on this device, largest/p99/median.
3. **The add path**: ``Store.add`` of generated English articles (30 such sentences each,
   one JSONL file, ingest workers as by default) with ``embeddings=False`` and then with
   ``embeddings=True`` on the device: articles/s, and the time spent in the encoder.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from wiretrace.embed import Embedder, resolve_device
from wiretrace.engine.embedded import Store
from wiretrace.engine.pool import default_workers
from wiretrace.language import is_english
from wiretrace.sentences import split

ROOT = Path(__file__).resolve().parent.parent
TEXT_DIRS = ("examples", "tests/data")


def own_sentences() -> list[str]:
    """Distinct English sentences of the project's own example and test texts."""
    seen: dict[str, None] = {}
    for d in TEXT_DIRS:
        for path in sorted((ROOT / d).rglob("*.txt")):
            text = path.read_text(encoding="utf-8")
            if text.startswith("date "):  # the record format's first line is a title
                text = text.partition("\n")[2]
            sents = split(text)
            if not sents or not is_english(sents):
                continue
            for s in sents:
                if 6 <= len(s.text.split()) <= 60:
                    seen.setdefault(s.text, None)
    return list(seen)


class Variants:
    """An endless supply of distinct sentences: a real sentence with one word replaced."""

    def __init__(self, sentences: list[str], seed: int = 3) -> None:
        self.sentences = sentences
        self.vocab = sorted({w for s in sentences for w in s.split() if w.isalpha()})
        self.rng = random.Random(seed)

    def take(self, n: int) -> list[str]:
        out = []
        for _ in range(n):
            words = self.rng.choice(self.sentences).split()
            words[self.rng.randrange(len(words))] = self.rng.choice(self.vocab)
            out.append(" ".join(words))
        return out


def encoder_rates(
    device: str, precisions: list[str], batches: list[int], encodes: int, supply: Variants
) -> dict[str, np.ndarray[Any, np.dtype[np.float32]]]:
    """Print sentences/s per (precision, batch); return each precision's vectors of one
    fixed sentence set for the drift figure."""
    import torch

    probe = supply.sentences[:2000]
    vectors = {}
    print(
        "| device | precision | batch | sentences encoded | seconds | sentences/s | peak GPU MB |"
    )
    print("|---|---|---|---:|---:|---:|---:|")
    for precision in precisions:
        for batch in batches:
            emb = Embedder(device, batch_size=batch, precision=precision, cache_size=0)
            emb.encode(supply.take(2 * batch))  # warm-up: model load, kernels, allocator
            if device == "cuda":
                torch.cuda.reset_peak_memory_stats()
            chunk = max(batch, 4096)
            done, t = 0, time.perf_counter()
            while done < encodes:
                n = min(chunk, encodes - done)
                emb.encode(supply.take(n))
                done += n
            secs = time.perf_counter() - t
            peak = torch.cuda.max_memory_allocated() / 2**20 if device == "cuda" else float("nan")
            print(
                f"| {device} | {precision} | {batch} | {done:,} | {secs:.1f} | "
                f"{done / secs:,.0f} | {peak:,.0f} |",
                flush=True,
            )
        vectors[precision] = Embedder(device, precision=precision, cache_size=0).encode(probe)
    return vectors


def drift(vectors: dict[str, np.ndarray[Any, np.dtype[np.float32]]]) -> None:
    if "fp32" not in vectors or "bf16" not in vectors:
        return
    d = 1.0 - np.einsum("ij,ij->i", vectors["fp32"], vectors["bf16"])
    print(
        f"\n# bf16 vs fp32 on this device, {len(d):,} sentences: 1 - cos largest "
        f"{d.max():.2e}, p99 {np.quantile(d, 0.99):.2e}, median {np.median(d):.2e}"
    )


def write_articles(path: Path, n: int, supply: Variants) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for k in range(n):
            sents = supply.take(30)
            body = "\n\n".join(" ".join(sents[i : i + 3]) for i in range(0, 30, 3))
            rec = {"id": f"gen{k}", "date": "2026-11-02", "title": sents[0][:80], "text": body}
            fh.write(json.dumps(rec) + "\n")


def timed(fn: Callable[..., Any], clock: list[float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            clock[0] += time.perf_counter() - t

    return wrapper


def add_rates(device: str, n: int, batches: list[int], supply: Variants, workdir: Path) -> None:
    feed = workdir / "articles.jsonl"
    write_articles(feed, n, supply)
    workers = default_workers()
    print(
        f"\n| add ({n:,} articles of 30 sentences, {workers} ingest workers) | seconds | "
        "articles/s | in the encoder |"
    )
    print("|---|---:|---:|---:|")
    for batch in [0, *batches]:
        db = workdir / f"store-{batch}.db"
        emb = Embedder(device, batch_size=batch) if batch else None
        with Store(db, embeddings=bool(batch), device=device, embedder=emb, judge="lexical") as st:
            clock = [0.0]
            if emb is not None:
                emb.encode(supply.take(128))  # model load is not add time
                emb.encode = timed(emb.encode, clock)  # type: ignore[method-assign]
            t = time.perf_counter()
            res = st.add([feed], workers=workers)
            secs = time.perf_counter() - t
        label = f"embeddings on {device}, batch {batch}" if batch else "no embeddings"
        print(
            f"| {label} | {secs:.1f} | {len(res.added) / secs:,.0f} | {clock[0]:.1f} s |",
            flush=True,
        )


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--device", default="auto", help="auto, cpu or cuda")
    ap.add_argument("--precisions", default="fp32,bf16")
    ap.add_argument("--batches", default="64,256,1024")
    ap.add_argument("--encodes", type=int, default=20_000, help="sentences per encoder cell")
    ap.add_argument(
        "--articles", type=int, default=2_000, help="articles for the add path (0: skip)"
    )
    ap.add_argument("--add-batches", default="64", help="Embedder batch sizes for the add path")
    args = ap.parse_args()
    import torch

    device = resolve_device(args.device)
    name = torch.cuda.get_device_name() if device == "cuda" else platform.processor() or "cpu"
    print(
        f"# {device}: {name}; {os.cpu_count()} cores, torch {torch.__version__}, "
        f"{torch.get_num_threads()} threads",
        flush=True,
    )
    supply = Variants(own_sentences())
    print(
        f"# {len(supply.sentences):,} distinct sentences of the project's own texts\n", flush=True
    )
    vectors = encoder_rates(
        device,
        args.precisions.split(","),
        [int(b) for b in args.batches.split(",")],
        args.encodes,
        supply,
    )
    drift(vectors)
    if args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            add_rates(
                device,
                args.articles,
                [int(b) for b in args.add_batches.split(",")],
                supply,
                Path(tmp),
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
