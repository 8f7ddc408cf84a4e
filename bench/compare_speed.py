"""Speed of one pair comparison, on one CPU core, after the model is loaded.

    .venv/bin/python bench/compare_speed.py [--repeat 20] [--threads 1]

The pair: two ~800-word articles built from the shipped examples (a rewrite of the
wire story plus two further stories copied in, against the wire story plus those two).
Each repetition uses a fresh embedding cache, so the time includes encoding every
sentence; the figure with a warm cache (an article already seen, as in a corpus) is
printed too. Stages are timed separately: ingest (clean + split), embeddings, alignment
and verdict, quotes and facts; the sentence-pair model's check of a possible whole
paraphrase (part of every compare of this pair) is also timed on its own.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import torch

from wiretrace import textcache
from wiretrace.compare import compare_articles
from wiretrace.embed import Embedder
from wiretrace.ingest import parse_record
from wiretrace.pairmodel import PairModel
from wiretrace.restate import pair_prob

EX = Path(__file__).resolve().parents[1] / "examples"


def body(name: str) -> str:
    text = (EX / name).read_text(encoding="utf-8")
    return text.split("\n", 1)[1] if text.startswith(" date ") else text


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument(
        "--precision",
        default="auto",
        choices=("auto", "fp32", "bf16"),
        help="embedding precision (auto: bf16 where the CPU has AMX-BF16, else fp32)",
    )
    args = ap.parse_args()
    torch.set_num_threads(args.threads)

    extra = (
        body("independent_report.txt")
        + "\n"
        + body("unrelated.txt")
        + "\n"
        + body("partial_reuse.txt")
    )
    src_text = (EX / "wire_source.txt").read_text(encoding="utf-8") + "\n" + extra
    copy_text = body("rewrite_copy.txt") + "\n" + extra
    words = (len(src_text.split()), len(copy_text.split()))

    t0 = time.perf_counter()
    emb = Embedder("cpu", precision=args.precision)
    _ = emb.model
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    _ = PairModel("cpu").model
    pair_load_s = time.perf_counter() - t0

    judge_ms: list[float] = []
    ingest_ms: list[float] = []
    embed_ms: list[float] = []
    total_ms: list[float] = []
    warm_ms: list[float] = []
    nochanges_ms: list[float] = []
    compare_articles(
        parse_record(src_text), parse_record(copy_text), embedder=emb
    )  # warm-up (spaCy load)
    for _ in range(args.repeat):
        emb._cache.clear()
        textcache.clear()
        t = time.perf_counter()
        a, b = parse_record(src_text), parse_record(copy_text)
        t_ing = time.perf_counter()
        emb.encode([s.text for s in a.sentences] + [s.text for s in b.sentences])
        t_emb = time.perf_counter()
        emb._cache.clear()
        textcache.clear()  # nothing learnt from the ingest or an earlier run
        t_c = time.perf_counter()
        compare_articles(a, b, embedder=emb)
        t_end = time.perf_counter()
        ingest_ms.append((t_ing - t) * 1000)
        embed_ms.append((t_emb - t_ing) * 1000)
        total_ms.append((t_ing - t + t_end - t_c) * 1000)
        t_w = time.perf_counter()
        compare_articles(a, b, embedder=emb)
        warm_ms.append((time.perf_counter() - t_w) * 1000)
        t_n = time.perf_counter()
        c = compare_articles(a, b, embedder=emb, quotes=False, facts=False)
        nochanges_ms.append((time.perf_counter() - t_n) * 1000)
        t_j = time.perf_counter()
        pair_prob(c.source, c.copy, c.alignments, "cpu")()
        judge_ms.append((time.perf_counter() - t_j) * 1000)

    # A whole rewrite in the zone where the verdict asks the sentence-pair model.
    w_src, w_copy = (EX / "wire_source.txt").read_text(encoding="utf-8"), body("rewrite_copy.txt")
    rewrite_ms: list[float] = []
    asked = False
    for _ in range(max(3, args.repeat // 4)):
        emb._cache.clear()
        textcache.clear()
        t = time.perf_counter()
        r = compare_articles(parse_record(w_src), parse_record(w_copy), embedder=emb)
        rewrite_ms.append((time.perf_counter() - t) * 1000)
        asked = "pair_prob" in r.features

    def med(xs: list[float]) -> str:
        return f"{statistics.median(xs):7.1f} ms"

    n_sent = (len(a.sentences), len(b.sentences))
    print(
        f"pair: {words[0]} + {words[1]} words, {n_sent[0]} + {n_sent[1]} sentences; torch threads={args.threads}, "
        f"embedding precision {emb.precision} ({args.precision})"
    )
    print(f"model load (once per process):            {load_s * 1000:7.0f} ms")
    print(f"sentence-pair model load (once, on first use): {pair_load_s * 1000:7.0f} ms")
    print(f"median of {args.repeat} runs")
    print(f"  ingest both (clean + split):            {med(ingest_ms)}")
    print(f"  embed all sentences (cold cache):       {med(embed_ms)}")
    print(f"  compare, cold cache, ingest included:   {med(total_ms)}")
    print(f"  compare, warm cache (corpus case):      {med(warm_ms)}")
    print(f"  compare, warm cache, no quotes/facts:   {med(nochanges_ms)}")
    print(
        f"  => quotes + facts add:                  {statistics.median(warm_ms) - statistics.median(nochanges_ms):7.1f} ms"
    )
    print(
        f"  a whole rewrite (examples/rewrite_copy.txt, {len(r.alignments)} aligned pairs), cold: "
        f"{med(rewrite_ms)} (sentence-pair model asked: {asked})"
    )
    print(
        f"  sentence-pair check alone, on the first pair's {len(c.alignments)} aligned pairs "
        f"(that pair never asks for it): {med(judge_ms)}"
    )


if __name__ == "__main__":
    main()
