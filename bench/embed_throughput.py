"""Embedding throughput on this CPU, and what int8 costs the article vectors.

    nice -n 10 .venv/bin/python bench/embed_throughput.py [--data-dir ../shared/eval]

1. **Throughput**: all-MiniLM-L6-v2 (the model wiretrace ships) encoding real news
   sentences (MSRP, English news) at batch sizes 16/64/256 with torch threads 1 and 2,
   fp32 and int8 (``torch.ao.quantization.quantize_dynamic`` on the Linear layers).
2. **Retrieval recall of int8 article vectors** (retrieval only; alignment keeps fp32):
   article vectors (unit mean of the first 8 sentence vectors, as ``Store.add`` makes
   them) for the Clough-Stevenson and PAN-13 documents, and one vector per MSRP sentence
   as a set of short articles; the paraphrase candidate pairs are the k-NN pairs at cosine
   >= MIN_COSINE (``VectorIndex.all_pairs``, as ``families`` asks). Reported: the share of
   the fp32 pairs the int8 vectors find (recall), the pairs int8 adds, and the cosine
   difference. The data are read from the data dir and never copied.
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import torch

from wiretrace import candidates as cand
from wiretrace import datasets
from wiretrace.embed import _load
from wiretrace.engine.embedded import MIN_COSINE
from wiretrace.sentences import split

F32 = npt.NDArray[np.float32]


def encode(model: Any, texts: list[str], batch: int = 64) -> F32:
    out: F32 = model.encode(
        texts,
        batch_size=batch,
        convert_to_numpy=True,
        normalize_embeddings=True,
        show_progress_bar=False,
    ).astype(np.float32)
    return out


def throughput(models: dict[str, Any], sents: list[str]) -> None:
    print("| model | torch threads | batch | sentences/s |")
    print("|---|---|---|---|")
    for name, model in models.items():
        for threads in (1, 2):
            torch.set_num_threads(threads)
            for batch in (16, 64, 256):
                encode(model, sents[:32], batch)  # warm up
                t = time.perf_counter()
                encode(model, sents, batch)
                rate = len(sents) / (time.perf_counter() - t)
                print(f"| {name} | {threads} | {batch} | {rate:.0f} |", flush=True)
    torch.set_num_threads(2)


def documents(root: Path) -> list[str]:
    docs: dict[str, str] = {}
    for item in datasets.load_clough(root / "clough-stevenson").train:
        assert isinstance(item, datasets.DocPair)
        docs[item.source_path or item.id + "s"] = item.source
        docs[item.copy_path or item.id] = item.copy
    for p in datasets.load_pan13(root / "pan13-verbatim").train:
        assert isinstance(p, datasets.PassagePair)
        docs[p.susp_path or p.id + "s"] = p.susp
        docs[p.src_path or p.id] = p.src
    return list(docs.values())


def article_vectors(model: Any, heads: list[list[str]]) -> F32:
    flat = [s for h in heads for s in h]
    vecs = encode(model, flat)
    out = np.zeros((len(heads), vecs.shape[1]), np.float32)
    a = 0
    for i, h in enumerate(heads):
        out[i] = cand.article_vector(vecs[a : a + len(h)])
        a += len(h)
    return out


def pairs(mat: F32) -> dict[tuple[int, int], float]:
    idx = cand.VectorIndex(mat.shape[1], ann_threshold=None)
    for i, v in enumerate(mat):
        idx.add(i, v)
    return dict(idx.all_pairs(MIN_COSINE))


def compare(label: str, fp: F32, q8: F32) -> None:
    a, b = pairs(fp), pairs(q8)
    both = set(a) & set(b)
    near = {p for p, s in a.items() if s >= MIN_COSINE + 0.02}
    cos_diff = np.abs(np.einsum("ij,ij->i", fp, q8) - 1.0)
    print(
        f"| {label} | {len(fp):,} | {len(a):,} | {len(both) / max(1, len(a)):.3f} | "
        f"{len(near & set(b)) / max(1, len(near)):.3f} | {len(set(b) - set(a)):,} | "
        f"{np.median(cos_diff):.4f} |",
        flush=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--sentences", type=int, default=768, help="sentences per throughput run")
    args = ap.parse_args()
    root: Path = args.data_dir
    print(f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", file=sys.stderr)
    fp32 = _load("cpu", "fp32")
    int8 = torch.ao.quantization.quantize_dynamic(  # type: ignore[no-untyped-call]
        copy.deepcopy(fp32), {torch.nn.Linear}, dtype=torch.qint8
    )
    msrp = datasets.load_msrp(root / "msrp").train
    sents = list(dict.fromkeys(s for p in msrp for s in (p.a, p.b)))  # type: ignore[union-attr]
    throughput({"fp32": fp32, "int8": int8}, sents[: args.sentences])

    torch.set_num_threads(2)
    heads = []
    for text in documents(root):
        ss = [s.text for s in split(text)[: cand.VECTOR_SENTENCES]]
        if ss:
            heads.append(ss)
    print()
    print(
        "| vectors | articles | fp32 pairs >= 0.80 | int8 recall | recall, fp32 >= 0.82 | "
        "int8 extra pairs | median 1 - cos(fp32, int8) |"
    )
    print("|---|---|---|---|---|---|---|")
    t = time.perf_counter()
    fp_docs = article_vectors(fp32, heads)
    t_fp = time.perf_counter() - t
    t = time.perf_counter()
    q8_docs = article_vectors(int8, heads)
    t_q8 = time.perf_counter() - t
    compare("Clough-Stevenson + PAN-13 documents (first 8 sentences)", fp_docs, q8_docs)
    fp_s, q8_s = encode(fp32, sents), encode(int8, sents)
    compare("MSRP sentences, one per article", fp_s, q8_s)
    n = sum(len(h) for h in heads)
    print(
        f"\n# article vectors of {len(heads)} documents ({n} sentences, batch 64, 2 threads): "
        f"fp32 {t_fp:.1f} s ({n / t_fp:.0f} sentences/s), int8 {t_q8:.1f} s "
        f"({n / t_q8:.0f} sentences/s), speed-up {t_fp / t_q8:.2f}x"
    )
    print(f"# load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
