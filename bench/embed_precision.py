"""What bf16 embeddings cost and gain against fp32, on this CPU.

    .venv/bin/python bench/embed_precision.py [--data-dir ../shared/eval] [--pairs 1000]

1. **Drift**: the MiniLM cosine of each MSRP sentence pair (news sentences, both sides of
   the first ``--pairs`` pairs of the training file) with fp32 and with bf16 vectors:
   largest and 99th-percentile absolute difference, and how many pairs cross the
   alignment's cosine thresholds (``align.ANCHOR_COS``, ``align.EXTEND_COS``) one way or
   the other.
2. **Speed**: encoding the 48 distinct sentences of ``bench/compare_speed.py``'s pair with
   one torch thread, median of 7, each precision.

bf16 runs as ``torch.autocast`` around the fp32 model, so the weights are the same; the
default ``precision="auto"`` takes it only where ``torch.cpu.get_capabilities()`` reports
AMX-BF16 (elsewhere bf16 is emulated and slower than fp32).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import numpy as np
import torch

from wiretrace import align
from wiretrace.datasets import SentPair, load
from wiretrace.embed import Embedder
from wiretrace.ingest import parse_record


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ap.add_argument("--data-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")  # fmt: skip
    ap.add_argument("--pairs", type=int, default=1000)
    args = ap.parse_args()
    torch.set_num_threads(1)
    caps = getattr(torch.cpu, "get_capabilities", dict)()
    print(f"CPU: {caps.get('cpu_name', '?')}, AMX-BF16: {bool(caps.get('amx_bf16'))}, "
          f"auto precision here: {Embedder('cpu').precision}")  # fmt: skip
    full, half = Embedder("cpu", precision="fp32"), Embedder("cpu", precision="bf16")

    rows: list[SentPair] = [p for p in load("msrp", args.data_dir).train if isinstance(p, SentPair)]  # fmt: skip
    rows = rows[: args.pairs]
    c32 = np.einsum("ij,ij->i", full.encode([r.a for r in rows]), full.encode([r.b for r in rows]))  # fmt: skip
    c16 = np.einsum("ij,ij->i", half.encode([r.a for r in rows]), half.encode([r.b for r in rows]))  # fmt: skip
    gap = np.abs(c32 - c16)
    print(f"MSRP pair cosines, {len(rows)} pairs: |fp32 - bf16| max {gap.max():.4f}, "
          f"p99 {np.quantile(gap, 0.99):.4f}, median {np.median(gap):.4f}")  # fmt: skip
    for name, cut in (("ANCHOR_COS", align.ANCHOR_COS), ("EXTEND_COS", align.EXTEND_COS)):
        flips = int(((c32 >= cut) != (c16 >= cut)).sum())
        print(f"  pairs on the other side of {name} = {cut}: {flips} of {len(rows)}")

    ex = Path(__file__).resolve().parents[1] / "examples"
    sents = sorted(
        {
            s.text
            for f in ex.glob("*.txt")
            for s in parse_record(f.read_text(encoding="utf-8")).sentences
        }
    )
    for name, emb in (("fp32", full), ("bf16", half)):
        times = []
        for _ in range(7):
            emb._cache.clear()
            t = time.perf_counter()
            emb.encode(sents)
            times.append((time.perf_counter() - t) * 1000)
        print(f"encode {len(sents)} example sentences, one thread, {name}: median {statistics.median(times):.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
