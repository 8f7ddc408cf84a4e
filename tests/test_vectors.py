"""The vector index: exact below the threshold, usearch HNSW (re-scored exactly) above,
and the saved graph verified against the vectors it was built from."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from wiretrace import candidates as cand
from wiretrace import vectors

pytestmark = pytest.mark.skipif(not vectors.available(), reason="usearch is not installed")

DIM = 64


def _clustered(n: int, seed: int = 0) -> npt.NDArray[np.float32]:
    """Families of 1-6 vectors around random centres (member cosine ~0.8-0.95)."""
    rng = np.random.default_rng(seed)
    out = np.empty((n, DIM), np.float32)
    i = 0
    while i < n:
        size = min(n - i, int(rng.integers(1, 7)))
        centre = rng.normal(size=DIM)
        centre /= np.linalg.norm(centre)
        noise = rng.normal(size=(size, DIM)) * rng.uniform(0.03, 0.06)
        out[i : i + size] = centre + noise
        i += size
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out


def _index(mat: npt.NDArray[np.float32], **kw: object) -> cand.VectorIndex:
    idx = cand.VectorIndex(DIM, **kw)  # type: ignore[arg-type]
    for k, v in enumerate(mat):
        idx.add(1000 + k, v)
    return idx


def test_ann_returns_the_exact_neighbours_on_clustered_vectors() -> None:
    mat = _clustered(3000)
    exact, ann = _index(mat, ann_threshold=None), _index(mat, ann_threshold=0)
    assert exact.backend == "exact" and ann.backend == "ann"
    hit = total = 0
    for q in range(0, 3000, 15):
        want = exact.search(mat[q], 10, min_score=-1.0)
        got = ann.search(mat[q], 10, min_score=-1.0)
        hit += len({i for i, _ in want} & {i for i, _ in got})
        total += len(want)
        # Hits are re-scored from the float32 matrix: the same cosines exact search gives.
        scores = dict(want)
        for i, s in got:
            if i in scores:
                assert abs(s - scores[i]) < 1e-5
    assert hit / total >= 0.95
    want_pairs = {p for p, _ in exact.all_pairs(0.8)}
    got_pairs = {p for p, _ in ann.all_pairs(0.8)}
    assert want_pairs  # the families make pairs above 0.8
    assert len(want_pairs & got_pairs) / len(want_pairs) >= 0.95
    assert all(s >= 0.8 for _, s in ann.all_pairs(0.8))


def test_switch_threshold() -> None:
    mat = _clustered(50)
    assert not cand.use_ann(10, None)
    assert not cand.use_ann(0, 0)
    assert cand.use_ann(10, 10) and not cand.use_ann(9, 10)
    idx = _index(mat[:49], ann_threshold=50)
    assert idx.backend == "exact"
    idx.search(mat[0], 3)
    assert idx._ann is None
    idx.add(5000, mat[49])
    assert idx.backend == "ann"
    top = idx.search(mat[49], 1)
    assert top[0][0] == 5000 and idx._ann is not None and len(idx._ann) == 50
    # Vectors added after the graph was built are inserted before the next search.
    v = -mat[0]
    idx.add(6000, v)
    assert idx.search(v, 1)[0][0] == 6000
    assert cand.ANN_THRESHOLD > 100_000  # exact meets the targets at 100k (measured)


def test_saved_graph_is_verified_extended_or_rebuilt(tmp_path: Path) -> None:
    mat = _clustered(400)
    cache = tmp_path / "s.db.vectors"
    first = _index(mat[:300], ann_threshold=0, cache=cache)
    first.search(mat[0], 5)
    assert cache.exists() and cache.with_name(cache.name + ".json").exists()
    ids = np.arange(1000, 1300, dtype=np.int64)
    loaded = vectors.AnnGraph.load(cache, DIM, ids, mat[:300])
    assert loaded is not None and loaded[1] == 300
    # More rows in the store: the saved graph covers the first 300 and is extended.
    ids4 = np.arange(1000, 1400, dtype=np.int64)
    assert vectors.AnnGraph.load(cache, DIM, ids4, mat)[1] == 300  # type: ignore[index]
    again = _index(mat, ann_threshold=0, cache=cache)
    assert again.search(mat[350], 1)[0][0] == 1350
    assert vectors.AnnGraph.load(cache, DIM, ids4, mat)[1] == 400  # type: ignore[index]
    # A changed vector (or a rolled-back row) no longer matches: not used, rebuilt.
    changed = mat.copy()
    changed[10] = changed[11]
    assert vectors.AnnGraph.load(cache, DIM, ids4, changed) is None
    rebuilt = _index(changed, ann_threshold=0, cache=cache)
    assert {i for i, _ in rebuilt.search(changed[11], 2)} == {1010, 1011}
    assert vectors.AnnGraph.load(cache, DIM, ids4, changed) is not None
    # A corrupt cache is ignored.
    cache.write_bytes(b"junk")
    assert vectors.AnnGraph.load(cache, DIM, ids4, changed) is None
    assert _index(changed, ann_threshold=0, cache=cache).search(changed[5], 1)[0][0] == 1005


def test_vector_cache_path() -> None:
    assert cand.vector_cache(":memory:") is None
    assert cand.vector_cache("/x/wiretrace.db") == Path("/x/wiretrace.db.vectors")
