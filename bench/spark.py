"""Embedded vs Spark engine: wall time and peak memory of ``families`` on one corpus.

    .venv/bin/python bench/spark.py 2000 5000 --judge compare --master 'local[2]'

The corpora are bench/corpus.py's (same generator, same seed), written as one JSONL
file. Each engine runs in a child process (a cold start, as a user runs it): the
embedded engine adds to a fresh SQLite store then builds families; the Spark engine
runs the whole job to an output directory. Peak memory is the largest sum of RSS over
the child's process tree (Python driver, JVM, Python workers), sampled every 0.1 s with
psutil. No embeddings (lexical candidates; the pair judge is compare() without the
model unless --judge lexical).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil  # type: ignore[import-untyped]

HERE = Path(__file__).resolve().parent


def write_corpus(n: int, path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_corpus", HERE / "corpus.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with path.open("w", encoding="utf-8") as fh:
        for text in mod.generate(n):
            fh.write(json.dumps({"text": text}) + "\n")


def child(
    engine: str, corpus: str, work: str, judge: str, master: str, driver_memory: str = "2g"
) -> None:
    """Run one engine; print its figures as one JSON line."""
    t0 = time.perf_counter()
    out: dict[str, Any] = {}
    if engine == "embedded":
        from wiretrace.engine.embedded import Store

        with Store(Path(work) / "bench.db", embeddings=False, judge=judge) as st:  # type: ignore[arg-type]
            st.add([corpus])
            out["add_s"] = round(time.perf_counter() - t0, 2)
            t1 = time.perf_counter()
            fams = st.families()
            out["families_s"] = round(time.perf_counter() - t1, 2)
    else:
        from wiretrace.engine.spark import SparkEngine

        with SparkEngine(
            master=master,
            out=str(Path(work) / "out"),
            judge=judge,  # type: ignore[arg-type]
            driver_memory=driver_memory,
        ) as eng:
            _ = eng.spark
            out["session_s"] = round(time.perf_counter() - t0, 2)
            eng.add([corpus])
            fams = eng.families()
            out["stages_s"] = eng.summary["seconds"]
            out["pairs_judged"] = eng.summary["pairs_judged"]
    out["families"] = len(fams["families"])
    out["members"] = sum(len(f["members"]) for f in fams["families"])
    out["wall_s"] = round(time.perf_counter() - t0, 2)
    print(json.dumps(out))


def measure(cmd: list[str]) -> tuple[dict[str, Any], float, float]:
    """(child's JSON, wall seconds, peak MB over the process tree)."""
    # stderr goes to a file (a pipe nobody reads would fill up and stall a long job), so a
    # failed child can say why
    with tempfile.TemporaryFile(mode="w+") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True)
        root = psutil.Process(proc.pid)
        peak = 0
        while proc.poll() is None:
            total = 0
            with contextlib.suppress(psutil.Error):
                for p in [root, *root.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        total += p.memory_info().rss
            peak = max(peak, total)
            time.sleep(0.1)
        wall = time.perf_counter() - t0
        stdout = proc.stdout.read() if proc.stdout else ""
        if proc.returncode:
            err.seek(0)
            lines = err.readlines()
            # the first errors say why (an OutOfMemoryError, a lost executor); the tail
            # is often only the clean-up failing after them
            first = [ln for ln in lines if "Error" in ln or "Exception" in ln][:10]
            tail = "".join([*first, "...\n", *lines[-15:]])
            raise SystemExit(f"{cmd[3]} failed ({proc.returncode}):\n{tail}")
    return json.loads(stdout.strip().splitlines()[-1]), wall, peak / 2**20


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("sizes", nargs="*", type=int, default=[2000])
    ap.add_argument("--judge", choices=["compare", "lexical"], default="compare")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--engines", default="embedded,spark")
    ap.add_argument("--driver-memory", default="2g", help="Spark driver heap (default: 2g)")
    ap.add_argument(
        "--child", nargs=3, metavar=("ENGINE", "CORPUS", "WORKDIR"), help=argparse.SUPPRESS
    )
    args = ap.parse_args(argv)
    if args.child:
        engine, corpus, work = args.child
        child(engine, corpus, work, args.judge, args.master, args.driver_memory)
        return 0
    print(f"judge={args.judge} master={args.master} cpus={psutil.cpu_count()}")
    print(f"{'n':>7} {'engine':<9} {'wall s':>8} {'peak MB':>8} {'ms/article':>10}  details")
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="wt-bench-spark-") as tmp:
            corpus = Path(tmp) / f"corpus-{n}.jsonl"
            write_corpus(n, corpus)
            for engine in args.engines.split(","):
                work = Path(tmp) / engine
                work.mkdir()
                cmd = [sys.executable, __file__, "--child", engine, str(corpus), str(work),
                       "--judge", args.judge, "--master", args.master,
                       "--driver-memory", args.driver_memory]  # fmt: skip
                res, wall, peak = measure(cmd)
                print(
                    f"{n:>7} {engine:<9} {wall:>8.1f} {peak:>8.0f} {1000 * wall / n:>10.1f}  "
                    + json.dumps(res),
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
