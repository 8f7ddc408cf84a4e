"""Fit the sentence-pair cross-encoder adapter shipped as ``wiretrace/data/pair_adapter.npz``.

    nice -n 10 .venv/bin/python bench/fit_pair_model.py            # about 15 min on 2 CPU cores
    .venv/bin/python bench/fit_pair_model.py --epochs 1 --limit 200  # a quick smoke run

Data: the **tuning halves** of MSRP and PAN-10 paraphrase (``datasets.stratified_split``,
seed 20240605; 2,037 and 5,000 pairs). Each tuning half is split again, stratified and
seeded: 80% trains the adapter, 20% (the *combiner part*) is kept out of training so that
``bench/fit_pair_calibration.py`` can fit the final logistic combination on scores the
adapter has not seen. The reported (held-out) halves are never read here.

Training: LoRA adapters (``pairmodel.RANK``) and a linear head on mean-pooled tokens,
binary cross-entropy, AdamW, linear warm-up and decay; each pair enters in a random order
each epoch (a paraphrase label has no direction). Prints the combiner part's accuracy
(logit > 0) per set after each epoch, then writes the adapter in float16.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from wiretrace import pairmodel
from wiretrace.datasets import SentPair, load, stratified_split

SETS = ("msrp", "pan10-paraphrase")
OUT = Path(__file__).resolve().parents[1] / "src" / "wiretrace" / "data" / pairmodel.ADAPTER_FILE
COMBINER_SEED = 31


def parts(data_dir: Path) -> dict[str, tuple[list[SentPair], list[SentPair]]]:
    """Per set: (adapter-training pairs, combiner pairs), both inside the tuning half."""
    out = {}
    for name in SETS:
        train: list[SentPair] = load(name, data_dir).train  # type: ignore[assignment]
        tune, _held = stratified_split(train, key=lambda x: x.label)
        rng = random.Random(COMBINER_SEED)
        by_label: dict[int, list[SentPair]] = {0: [], 1: []}
        for x in tune:
            by_label[x.label].append(x)
        fit, comb = [], []
        for label in (0, 1):
            rows = by_label[label][:]
            rng.shuffle(rows)
            cut = len(rows) // 5
            comb += rows[:cut]
            fit += rows[cut:]
        out[name] = (fit, comb)
    return out


def accuracy(model: pairmodel.PairModel, rows: list[SentPair]) -> float:
    z = model.logits([(x.a, x.b) for x in rows])
    return float(np.mean((z > 0) == np.array([x.label for x in rows], dtype=bool)))


def save(model: Any, path: Path) -> None:
    """Write the trainable arrays in float16, atomically (a killed run leaves no half file)."""
    arrays = {n: p.detach().cpu().numpy().astype(np.float16) for n, p in pairmodel.trainable_state(model)}  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, **arrays)
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval")  # fmt: skip
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--limit", type=int, default=None, help="train on at most N pairs per set")
    ap.add_argument("--sets", default=",".join(SETS), help="the sets to train on (default: both)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    ap.add_argument("--resume", action="store_true", help="start from the shipped adapter (more epochs)")  # fmt: skip
    ap.add_argument("--bf16", action="store_true", help="bf16 autocast (fast on CPUs with AMX-BF16)")  # fmt: skip
    ap.add_argument("--checkpoints", action="store_true", help="also write OUTPUT.epochN.npz after each epoch")  # fmt: skip
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch

    torch.manual_seed(0)
    torch.set_num_threads(args.threads)
    rng = random.Random(0)
    split = parts(args.data_dir)
    fit = [x for name in args.sets.split(",") for x in split[name][0][: args.limit]]
    print(f"adapter training pairs: {len(fit)}; combiner pairs kept out: "
          + ", ".join(f"{n} {len(split[n][1])}" for n in SETS), flush=True)  # fmt: skip

    model = pairmodel.build(adapter=pairmodel.load_adapter() if args.resume else None, merge=False)
    params = [p for _, p in pairmodel.trainable_state(model)]
    print(f"trainable numbers: {sum(p.numel() for p in params):,}", flush=True)
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    steps = args.epochs * ((len(fit) + args.batch - 1) // args.batch)
    warm = max(1, steps // 16)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm)))
    )
    loss_fn = torch.nn.BCEWithLogitsLoss()
    scorer = pairmodel.PairModel(model=model)  # scores the model being trained
    step = 0
    t0 = time.time()
    for epoch in range(args.epochs):
        model.train()
        rows = fit[:]
        rng.shuffle(rows)
        total = 0.0
        for s in range(0, len(rows), args.batch):
            chunk = rows[s : s + args.batch]
            pairs = [(x.a, x.b) if rng.random() < 0.5 else (x.b, x.a) for x in chunk]
            y = torch.tensor([float(x.label) for x in chunk])
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=args.bf16):
                logits = model(pairmodel.encode_batch(model, pairs))
            loss = loss_fn(logits.float(), y)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            total += loss.item() * len(chunk)
            step += 1
            if step % 50 == 0:
                print(f"  step {step}/{steps}  loss {total / (s + len(chunk)):.4f}  {time.time() - t0:.0f}s", flush=True)  # fmt: skip
        model.eval()
        accs = ", ".join(f"{n} {accuracy(scorer, split[n][1]):.3f}" for n in SETS)
        print(f"epoch {epoch + 1}: train loss {total / len(rows):.4f}; combiner-part accuracy {accs}", flush=True)  # fmt: skip
        if args.checkpoints:
            save(model, args.output.with_suffix(f".epoch{epoch + 1}.npz"))

    save(model, args.output)
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes) in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
