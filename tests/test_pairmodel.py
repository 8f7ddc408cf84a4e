"""The shipped sentence-pair cross-encoder (``wiretrace.pairmodel``) on invented sentences."""

from __future__ import annotations

import numpy as np
import pytest

from wiretrace import pairmodel, paraphrase
from wiretrace.embed import default_embedder

pytestmark = pytest.mark.slow

SOURCE = "The central bank raised its main interest rate by half a point to 4.5% on Thursday."
REWRITE = "On Thursday the central bank lifted its key rate half a percentage point, to 4.5%."
ADDED_CLAUSE = (
    "The central bank raised its main interest rate by half a point to 4.5% on Thursday, "
    "and its governor said she would resign at the end of the year."
)
OTHER_SUBJECT = "The finance ministry raised its growth forecast by half a point to 4.5% on Thursday."  # fmt: skip
UNRELATED = "Heavy snow closed the mountain pass for a second day, the police said."


def test_adapter_ships_with_the_package_and_fits_the_model() -> None:
    arrays = pairmodel.load_adapter()
    names = {n for n, _ in pairmodel.trainable_state(pairmodel.build())}
    assert names == set(arrays)
    assert sum(a.size for a in arrays.values()) < 500_000  # adapters, not a second model


def test_merged_adapters_score_like_separate_ones() -> None:
    import torch

    arrays = pairmodel.load_adapter()
    pairs = [(SOURCE, REWRITE), (SOURCE, UNRELATED)]
    z = []
    for merge in (True, False):
        model = pairmodel.build(adapter=arrays, merge=merge)
        with torch.inference_mode():
            z.append(model(pairmodel.encode_batch(model, pairs)).numpy())
    assert np.allclose(z[0], z[1], atol=1e-3)
    assert z[0][0] > z[0][1]


def test_logits_are_symmetric_and_rank_rewrites_first() -> None:
    pm = pairmodel.PairModel()
    pairs = [(SOURCE, REWRITE), (REWRITE, SOURCE), (SOURCE, OTHER_SUBJECT), (SOURCE, UNRELATED)]
    z = pm.logits(pairs)
    assert z[0] == pytest.approx(z[1], abs=1e-4)
    assert z[0] > 0 > z[3]
    assert z[0] > z[2] > z[3]


def test_pair_model_sharpens_the_decision_on_near_copies() -> None:
    emb, pm = default_embedder(), pairmodel.PairModel()
    pairs = [(SOURCE, REWRITE), (SOURCE, ADDED_CLAUSE), (SOURCE, OTHER_SUBJECT)]
    p = paraphrase.sentence_pair_probabilities(pairs, embedder=emb, pair_model=pm)
    alone = paraphrase.sentence_pair_probabilities(pairs, pair_model=pm)
    assert p == pytest.approx(alone)  # the calibration reads the logit alone
    assert p[0] >= 0.5
    assert p[2] < 0.5  # a different subject with the same figures is another statement
    assert np.all((p >= 0) & (p <= 1))
