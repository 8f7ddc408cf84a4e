"""Throughput of the sentence-pair cross-encoder (``wiretrace.pairmodel``) on real pairs.

    nice -n 10 .venv/bin/python bench/pair_model_speed.py [--data-dir ../shared/eval] [--n 256]

Scores the first N MSRP training pairs (news sentences, both orders, as
``PairModel.logits`` does) with 1 and 2 torch threads and prints pairs per second; model
and adapter load time is printed separately. No corpus text is printed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from wiretrace.datasets import SentPair, load


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")  # fmt: skip
    ap.add_argument("--n", type=int, default=256)
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch

    from wiretrace.pairmodel import PairModel

    rows: list[SentPair] = load("msrp", args.data_dir).train[: args.n]  # type: ignore[assignment]
    pairs = [(x.a, x.b) for x in rows]
    pm = PairModel()
    t0 = time.perf_counter()
    pm.logits(pairs[:2])
    print(f"load (base model + adapter) and first call: {time.perf_counter() - t0:.2f} s")
    for threads in (1, 2):
        torch.set_num_threads(threads)
        best = float("inf")
        for _ in range(2):
            t0 = time.perf_counter()
            pm.logits(pairs)
            best = min(best, time.perf_counter() - t0)
        print(f"{threads} thread(s): {len(pairs)} MSRP pairs in {best:.2f} s = {len(pairs) / best:.0f} pairs/s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
