"""The approximate nearest-neighbour backend of ``candidates.VectorIndex``: a usearch
HNSW graph over the article vectors, used above ``candidates.ANN_THRESHOLD`` vectors.

- Keys are positions in VectorIndex's exact float32 matrix, which stays the source of
  truth: the graph stores half-precision copies (half the memory) and every hit is
  re-scored exactly from the matrix, so scores are the same cosines exact search gives
  and only recall can differ (measured in bench/vector_index.py, docs/components.md).
- The graph is saved next to the store (``<store>.vectors``, plus a ``.json`` header
  holding how many rows it covers and a BLAKE2 digest of their ids and vectors). On open
  it is used only when that digest equals the digest of the same leading rows read from
  SQLite; rows added since are inserted, anything else (a rolled-back batch, a changed
  vector, other parameters) rebuilds it. So the graph is never out of step with the
  store: at worst it is rebuilt.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]

CONNECTIVITY = 16  # HNSW M: graph edges per node
EXPANSION_ADD = 128  # ef_construction
EXPANSION_SEARCH = 128  # ef at query time (64 gave recall@10 0.84 at 1M)
OVERSAMPLE = 2  # candidates fetched per wanted neighbour, then re-scored exactly
THREADS = 2
FORMAT = f"usearch-hnsw;ip;f16;M={CONNECTIVITY};efc={EXPANSION_ADD};v=1"


@functools.cache
def available() -> bool:
    try:
        import usearch.index  # noqa: F401
    except ImportError:  # pragma: no cover - a hard dependency
        return False
    return True


def digest(ids: I64, mat: F32) -> str:
    """BLAKE2 digest of the ids and the float32 vectors (what the graph was built from)."""
    h = hashlib.blake2b(digest_size=16)
    h.update(np.ascontiguousarray(ids, dtype=np.int64).data)
    h.update(np.ascontiguousarray(mat, dtype=np.float32).data)
    return h.hexdigest()


class AnnGraph:
    """A usearch HNSW index over rows of a float32 matrix; keys are row positions."""

    def __init__(self, dim: int) -> None:
        from usearch.index import Index

        self.dim = dim
        self.index: Any = Index(
            ndim=dim,
            metric="ip",
            dtype="f16",
            connectivity=CONNECTIVITY,
            expansion_add=EXPANSION_ADD,
            expansion_search=EXPANSION_SEARCH,
        )

    def __len__(self) -> int:
        return int(self.index.size)

    def extend(self, mat: F32, start: int) -> None:
        """Insert ``mat``'s rows as positions ``start``, ``start + 1``, ..."""
        if len(mat):
            keys = np.arange(start, start + len(mat), dtype=np.uint64)
            self.index.add(keys, np.ascontiguousarray(mat, dtype=np.float32), threads=THREADS)

    def search(self, mat: F32, vec: F32, k: int) -> tuple[I64, F32]:
        """Positions of about the ``k`` nearest rows and their exact scores, best first."""
        m = self.index.search(vec.astype(np.float32), k * OVERSAMPLE, threads=1)
        pos = np.asarray(m.keys, dtype=np.int64)
        if len(pos) == 0:
            return pos, np.zeros(0, np.float32)
        scores: F32 = mat[pos] @ vec.astype(np.float32)
        order = np.argsort(-scores, kind="stable")[:k]
        return pos[order], scores[order]

    def knn(self, mat: F32, queries: F32, k: int, block: int = 8192) -> tuple[I64, F32]:
        """For each query row: ``k`` neighbour positions in ``mat`` (-1 where missing)
        with exact scores (in graph order)."""
        n = len(queries)
        out_pos = np.full((n, k), -1, dtype=np.int64)
        out_sim = np.full((n, k), -np.inf, dtype=np.float32)
        for lo in range(0, n, block):
            q = queries[lo : lo + block]
            m = self.index.search(q, k, threads=THREADS)
            keys = np.asarray(m.keys, dtype=np.int64).reshape(len(q), -1)[:, :k]
            counts = np.asarray(m.counts, dtype=np.int64).reshape(len(q))
            valid = np.arange(keys.shape[1])[None, :] < counts[:, None]
            safe = np.where(valid, keys, 0)
            sims = np.einsum("id,ikd->ik", q, mat[safe])
            w = keys.shape[1]
            out_pos[lo : lo + len(q), :w] = np.where(valid, keys, -1)
            out_sim[lo : lo + len(q), :w] = np.where(valid, sims, -np.inf)
        return out_pos, out_sim

    # -- persistence ---------------------------------------------------------------------
    def save(self, path: Path, rows: int, dig: str) -> None:
        """Write the graph and its header atomically; a store in a read-only place is
        simply not cached (the graph is rebuilt on the next open)."""
        tmp = path.with_name(path.name + ".tmp")
        with contextlib.suppress(OSError):
            self.index.save(str(tmp))
            os.replace(tmp, path)
            header = {"format": FORMAT, "dim": self.dim, "rows": rows, "digest": dig}
            tmp.write_text(json.dumps(header))
            os.replace(tmp, _header(path))

    @classmethod
    def load(cls, path: Path, dim: int, ids: I64, mat: F32) -> tuple[AnnGraph, int] | None:
        """The saved graph and how many leading rows it covers, when its header matches
        the format and the digest of those rows; None otherwise."""
        try:
            header = json.loads(_header(path).read_text())
            rows = int(header["rows"])
            if (
                header.get("format") != FORMAT
                or int(header.get("dim", -1)) != dim
                or rows > len(ids)
                or header.get("digest") != digest(ids[:rows], mat[:rows])
            ):
                return None
            graph = cls(dim)
            graph.index.load(str(path))
            graph.index.expansion_search = EXPANSION_SEARCH
            if len(graph) != rows:
                return None
        except (OSError, ValueError, KeyError, TypeError, RuntimeError):
            return None
        return graph, rows


def _header(path: Path) -> Path:
    return path.with_name(path.name + ".json")
