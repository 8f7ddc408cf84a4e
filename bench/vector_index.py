"""Vector index benchmark: exact numpy against approximate (HNSW) indexes.

    nice -n 10 .venv/bin/python bench/vector_index.py 10000 100000 [1000000]

For each size N it generates N unit vectors in 384 dimensions shaped like MiniLM
article vectors (see ``clustered``): a common direction (unrelated news still has
cosine ~0.1-0.3), topics, and story families whose members sit at cosine ~0.75-0.95
of each other, as paraphrased copies do. Then, per backend:

- **build**: seconds to make the index from the matrix (exact: stacking the rows);
- **p50/p99 ms**: latency of one top-10 query (a stored article's own vector, as
  ``trace`` asks), one query at a time;
- **recall@10**: share of the exact top-10 neighbours the backend returns, and
  **recall >= 0.80**: the same for those of them at cosine >= 0.80 (the paraphrase
  candidates ``trace`` keeps);
- **mem MB**: resident memory the index adds (RSS delta; exact: the float32 matrix);
- **pairs s / pair recall**: the k-NN graph over all N (k = 10) as ``families`` asks
  (``VectorIndex.all_pairs`` for exact, one batched search for the ANN), and the share of
  the exact pairs at cosine >= 0.80 (``MIN_COSINE``) that it finds.

Backends: the current ``candidates.VectorIndex`` (exact), ``wiretrace.vectors`` (the
backend VectorIndex switches to, usearch HNSW, f16 storage, exact re-scoring),
plain usearch f32 and usearch's brute force (``exact=True``), hnswlib and faiss
``IndexHNSWFlat`` when installed. sqlite-vec needs ``sqlite3`` with extension loading,
which this Python lacks, so it is reported as skipped. Threads: 2 everywhere.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "2")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "2")

import numpy as np
import numpy.typing as npt

from wiretrace import candidates as cand

F32 = npt.NDArray[np.float32]
DIM = 384
K = 10
THREADS = 2
MIN_COSINE = 0.80


def clustered(n: int, dim: int = DIM, seed: int = 0) -> F32:
    """``n`` unit vectors: common direction + topic + family centre + member noise."""
    rng = np.random.default_rng(seed)

    def unit(x: F32) -> F32:
        out: F32 = (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)
        return out

    common = unit(rng.normal(size=dim).astype(np.float32))
    n_topics = max(8, n // 400)
    topics = unit(rng.normal(size=(n_topics, dim)).astype(np.float32) + 0.55 * common)
    out = np.empty((n, dim), np.float32)
    i = 0
    while i < n:
        size = min(n - i, int(rng.choice([1, 1, 1, 2, 2, 3, 4, 6, 8])))
        topic = topics[rng.integers(n_topics)]
        centre = unit(topic + 1.1 * unit(rng.normal(size=dim).astype(np.float32)))
        spread = rng.uniform(0.22, 0.55)  # member-member cosine ~ 1 / (1 + spread^2)
        noise = rng.normal(size=(size, dim)).astype(np.float32) / np.sqrt(dim)
        out[i : i + size] = unit(centre[None, :] + spread * noise)
        i += size
    perm = rng.permutation(n)
    result: F32 = out[perm]
    return result


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


class Backend:
    name = "?"
    index: Any = None

    def build(self, ids: npt.NDArray[np.int64], mat: F32) -> None: ...

    def query(self, vec: F32, k: int) -> list[int]:
        raise NotImplementedError

    def knn_graph(self, mat: F32, k: int) -> set[tuple[int, int]]:
        raise NotImplementedError


class Exact(Backend):
    name = "exact numpy (VectorIndex)"

    def build(self, ids: npt.NDArray[np.int64], mat: F32) -> None:
        self.index = cand.VectorIndex(DIM, ann_threshold=None)
        for i, v in zip(ids.tolist(), mat, strict=True):
            self.index.add(i, v)
        self.index.search(mat[0], 1)  # stacks the matrix

    def query(self, vec: F32, k: int) -> list[int]:
        return [i for i, _ in self.index.search(vec, k, min_score=-1.0)]

    def knn_graph(self, mat: F32, k: int) -> set[tuple[int, int]]:
        return {p for p, _ in self.index.all_pairs(MIN_COSINE, k=k)}


class Wiretrace(Exact):
    name = "wiretrace.vectors (usearch f16 + rescore)"

    def build(self, ids: npt.NDArray[np.int64], mat: F32) -> None:
        self.index = cand.VectorIndex(DIM, ann_threshold=0)
        for i, v in zip(ids.tolist(), mat, strict=True):
            self.index.add(i, v)
        self.index.search(mat[0], 1)  # builds the ANN index


class USearch(Backend):
    def __init__(self, dtype: str = "f32", exact: bool = False) -> None:
        self.dtype, self.exact = dtype, exact
        self.name = f"usearch {'brute force' if exact else 'HNSW'} {dtype}"

    def build(self, ids: npt.NDArray[np.int64], mat: F32) -> None:
        from usearch.index import Index

        self.index = Index(
            ndim=DIM,
            metric="ip",
            dtype=self.dtype,
            connectivity=16,
            expansion_add=128,
            expansion_search=64,
        )
        self.index.add(ids.astype(np.uint64), mat, threads=THREADS)

    def query(self, vec: F32, k: int) -> list[int]:
        m = self.index.search(vec, k, threads=1, exact=self.exact)
        return [int(x) for x in m.keys]

    def knn_graph(self, mat: F32, k: int) -> set[tuple[int, int]]:
        m = self.index.search(mat, k + 1, threads=THREADS, exact=self.exact)
        return _pairs(m.keys.astype(np.int64), 1.0 - m.distances)


class Hnswlib(Backend):
    name = "hnswlib HNSW f32"

    def build(self, ids: npt.NDArray[np.int64], mat: F32) -> None:
        import hnswlib  # type: ignore[import-untyped,import-not-found,unused-ignore]

        self.index = hnswlib.Index(space="ip", dim=DIM)
        self.index.init_index(max_elements=len(mat), ef_construction=128, M=16)
        self.index.add_items(mat, ids, num_threads=THREADS)
        self.index.set_ef(64)

    def query(self, vec: F32, k: int) -> list[int]:
        labels, _ = self.index.knn_query(vec, k=k, num_threads=1)
        return [int(x) for x in labels[0]]

    def knn_graph(self, mat: F32, k: int) -> set[tuple[int, int]]:
        labels, dist = self.index.knn_query(mat, k=k + 1, num_threads=THREADS)
        return _pairs(labels.astype(np.int64), 1.0 - dist)


class Faiss(Backend):
    name = "faiss IndexHNSWFlat f32"

    def build(self, ids: npt.NDArray[np.int64], mat: F32) -> None:
        import faiss

        faiss.omp_set_num_threads(THREADS)
        inner = faiss.IndexHNSWFlat(DIM, 16, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = 128
        inner.hnsw.efSearch = 64
        self.index = faiss.IndexIDMap(inner)
        self.index.add_with_ids(mat, ids)

    def query(self, vec: F32, k: int) -> list[int]:
        _, labels = self.index.search(vec[None, :], k)
        return [int(x) for x in labels[0]]

    def knn_graph(self, mat: F32, k: int) -> set[tuple[int, int]]:
        sims, labels = self.index.search(mat, k + 1)
        return _pairs(labels.astype(np.int64), sims)


def _pairs(labels: npt.NDArray[np.int64], sims: npt.NDArray[Any]) -> set[tuple[int, int]]:
    """Unordered pairs (row id, neighbour id) at cosine >= MIN_COSINE; row r has id r."""
    rows, cols = np.nonzero(sims >= MIN_COSINE)
    a = rows.astype(np.int64)
    b = labels[rows, cols]
    keep = (a != b) & (b >= 0)
    lo, hi = np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])
    return set(zip(lo.tolist(), hi.tolist(), strict=True))


def available(names: list[str]) -> list[Backend]:
    def have(module: str) -> bool:
        if importlib.util.find_spec(module) is None:
            print(f"skipped: {module} is not installed", file=sys.stderr)
            return False
        return True

    out: list[Backend] = []
    for name in names:
        if name == "exact":
            out.append(Exact())
        elif name == "wiretrace" and have("usearch"):
            out.append(Wiretrace())
        elif name == "usearch" and have("usearch"):
            out += [USearch("f32"), USearch("f16")]
        elif name == "usearch-exact" and have("usearch"):
            out.append(USearch("f32", exact=True))
        elif name == "hnswlib" and have("hnswlib"):
            out.append(Hnswlib())
        elif name == "faiss" and have("faiss"):
            out.append(Faiss())
    return out


def run(n: int, backends: list[Backend], queries: int, pairs_max: int) -> list[dict[str, Any]]:
    mat = clustered(n)
    ids = np.arange(n, dtype=np.int64)
    rng = np.random.default_rng(1)
    qs = rng.choice(n, size=min(queries, n), replace=False)
    # Ground truth: exact top-10 by one matrix product per block of queries.
    sims = mat[qs] @ mat.T
    truth = [set(np.argpartition(-row, K - 1)[:K].tolist()) for row in sims]
    close = [
        t & set(np.nonzero(row >= MIN_COSINE)[0].tolist())
        for t, row in zip(truth, sims, strict=True)
    ]
    del sims
    exact_pairs: set[tuple[int, int]] | None = None
    rows: list[dict[str, Any]] = []
    for be in backends:
        gc.collect()
        before = rss_mb()
        build_s, _ = timed(lambda be=be: be.build(ids, mat))  # type: ignore[misc]
        mem = rss_mb() - before
        lat: list[float] = []
        hit = hit_close = 0
        for q, t, c in zip(qs, truth, close, strict=True):
            s, got = timed(lambda q=q, be=be: be.query(mat[q], K))  # type: ignore[misc]
            lat.append(s * 1000)
            hit += len(t & set(got))
            hit_close += len(c & set(got))
        lat.sort()
        row: dict[str, Any] = {
            "N": n,
            "backend": be.name,
            "build_s": build_s,
            "p50_ms": statistics.median(lat),
            "p99_ms": lat[min(len(lat) - 1, int(0.99 * len(lat)))],
            "recall10": hit / (K * len(qs)),
            "recall_close": hit_close / max(1, sum(len(c) for c in close)),
            "mem_mb": mem,
            "pairs_s": None,
            "pair_recall": None,
            "n_pairs": None,
        }
        if n <= pairs_max:
            s, got_pairs = timed(lambda be=be: be.knn_graph(mat, K))  # type: ignore[misc]
            if isinstance(be, Exact) and not isinstance(be, Wiretrace):
                exact_pairs = got_pairs
            row["pairs_s"] = s
            row["n_pairs"] = len(got_pairs)
            if exact_pairs:
                row["pair_recall"] = len(exact_pairs & got_pairs) / len(exact_pairs)
        rows.append(row)
        print(_fmt(row), flush=True)
        be.index = None
    return rows


HEADER = "| N | backend | build s | p50 ms | p99 ms | recall@10 | recall >= 0.80 | mem MB | all-pairs s | pairs >= 0.80 | pair recall |"


def _fmt(r: dict[str, Any]) -> str:
    def f(x: Any, spec: str) -> str:
        return "-" if x is None else format(x, spec)

    return (
        f"| {r['N']:,} | {r['backend']} | {r['build_s']:.2f} | {r['p50_ms']:.2f} | "
        f"{r['p99_ms']:.2f} | {r['recall10']:.3f} | {r['recall_close']:.3f} | {r['mem_mb']:.0f} | "
        f"{f(r['pairs_s'], '.1f')} | {f(r['n_pairs'], ',')} | {f(r['pair_recall'], '.3f')} |"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    ap.add_argument(
        "--backends",
        default="exact,wiretrace,usearch,usearch-exact,hnswlib,faiss",
        help="comma-separated: exact, wiretrace, usearch, usearch-exact, hnswlib, faiss",
    )
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument(
        "--pairs-max", type=int, default=200_000, help="skip the k-NN graph above this N"
    )
    args = ap.parse_args()
    print(f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", flush=True)
    print(HEADER)
    print("|" + "---|" * HEADER.count(" | ") + "---|", flush=True)
    for n in args.sizes:
        run(n, available(args.backends.split(",")), args.queries, args.pairs_max)
    print(f"# load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
