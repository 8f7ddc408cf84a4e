"""Candidate retrieval: MinHash LSH keys, estimates, rare terms, the vector index."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from wiretrace import candidates as cand
from wiretrace.engine.embedded import Store

CORPUS = Path(__file__).parent / "data" / "corpus"


def _doc(seed: int, n: int = 300) -> list[str]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(3000)]
    return [rng.choice(vocab) for _ in range(n)]


def test_shingles_are_stable_and_unique() -> None:
    text = "The dam gave way early on Monday. The dam gave way early on Monday."
    a, b = cand.shingles(text), cand.shingles(text)
    assert np.array_equal(a, b)
    assert len(a) == len(set(a.tolist()))
    assert len(cand.shingles("")) == 0
    assert len(cand.shingles("two words")) == 1


def test_minhash_estimates_jaccard() -> None:
    words = _doc(1)
    edited = list(words)
    for i in range(0, len(edited), 15):
        edited[i] = "zz"
    a, b = cand.shingles(" ".join(words)), cand.shingles(" ".join(edited))
    true_j = cand.exact_overlap(a, b)[0]
    est = cand.jaccard_estimate(cand.minhash(a), cand.minhash(b))
    assert abs(est - true_j) < 0.12
    unrelated = cand.minhash(cand.shingles(" ".join(_doc(2))))
    assert cand.jaccard_estimate(cand.minhash(a), unrelated) < 0.05


def test_light_edit_shares_band_keys_unrelated_does_not() -> None:
    words = _doc(3)
    edited = list(words)
    for i in range(0, len(edited), 25):
        edited[i] = "qq"
    ka = set(cand.band_keys(cand.minhash(cand.shingles(" ".join(words)))))
    kb = set(cand.band_keys(cand.minhash(cand.shingles(" ".join(edited)))))
    kc = set(cand.band_keys(cand.minhash(cand.shingles(" ".join(_doc(4))))))
    assert len(ka) == cand.BANDS
    assert ka & kb
    assert not ka & kc


def test_containment_estimate() -> None:
    # B holds all of A (100 shingles) and 100 more: J = 0.5, A is wholly contained.
    assert abs(cand.containment_estimate(0.5, 100, 200) - 1.0) < 1e-9
    assert abs(cand.containment_estimate(0.5, 200, 100) - 0.5) < 1e-9
    assert cand.containment_estimate(0.0, 10, 10) == 0.0


def test_terms_are_names_and_numbers_not_sentence_starts() -> None:
    t = cand.terms(["The Brenholt dam broke and 14 people died in Velmora.", "Officials met."])
    assert len(t) == 3  # brenholt, 14, velmora; not "The", not "Officials"


def test_vector_index_search_and_pairs() -> None:
    rng = np.random.default_rng(0)
    base = rng.normal(size=(5, 16)).astype(np.float32)
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    idx = cand.VectorIndex(16)
    for k, v in enumerate(base, 1):
        idx.add(k, v)
    near = base[2] + 0.05 * rng.normal(size=16).astype(np.float32)
    near /= np.linalg.norm(near)
    idx.add(99, near)
    hits = idx.search(base[2], 2)
    assert {h[0] for h in hits} == {3, 99}
    pairs = {p for p, s in idx.all_pairs(0.9)}
    assert pairs == {(3, 99)}


def test_article_vector_is_unit_mean_of_first_sentences() -> None:
    vecs = np.eye(4, dtype=np.float32)[[0, 1, 0, 1]]
    v = cand.article_vector(vecs)
    assert abs(float(np.linalg.norm(v)) - 1.0) < 1e-6


def test_trace_candidates_find_copies_and_same_event_not_unrelated(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db", embeddings=False) as st:
        st.add([CORPUS])
        art, rowid = st.resolve(str(CORPUS / "a1_wire_origin.txt"))
        found = {
            Path(st.article(o).path or "").name for o, _, _ in st.candidates_for(art, rowid, 30)
        }
    assert {
        "a2_verbatim_copy.txt",
        "a3_light_edit.txt",
        "a4_copy_of_copy.txt",
        "a5_partial_reuse.txt",
    } <= found
    assert "a6_same_event_independent.txt" in found  # by rare names and numbers
    assert (
        not {"u1_unrelated_football.txt", "u2_unrelated_science.txt", "b1_origin_undated.txt"}
        & found
    )


def test_corpus_candidate_pairs_are_few(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db", embeddings=False) as st:
        st.add([CORPUS])
        pairs = st.candidate_pairs()
    # 12 articles = 66 pairs; only the two families (10 + 3 pairs) and the same-event
    # report (up to 5) are candidates.
    assert 13 <= len(pairs) <= 20
