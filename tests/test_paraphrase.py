"""The calibrated sentence-pair decision (``wiretrace.paraphrase``) on invented pairs."""

from __future__ import annotations

import numpy as np
import pytest

from test_evaluate import FakeEmbedder
from wiretrace import paraphrase

SENT = "The city council approved a budget of 12 million dollars for new bus lines on Tuesday."
REWORDED = "On Tuesday the city council approved 12 million dollars for new bus lines."
OTHER_NUMBER = (
    "The city council approved a budget of 40 million dollars for new bus lines on Tuesday."
)
UNRELATED = "A late goal gave the visitors a narrow win in the cup final."


def test_shipped_coefficients_match_the_feature_list() -> None:
    assert len(paraphrase.PAIR_COEF) == len(paraphrase.PAIR_FEATURES)
    assert len(paraphrase.PAIR_COEF_WORDS) == len(paraphrase.PAIR_FEATURES)
    # the words-only fit has no weight on the cosine features
    cos_ix = [i for i, f in enumerate(paraphrase.PAIR_FEATURES) if f.startswith("cos")]
    assert all(paraphrase.PAIR_COEF_WORDS[i] == 0.0 for i in cos_ix)


def test_features_are_bounded_and_ordered() -> None:
    f = paraphrase.sentence_pair_features(SENT, REWORDED, 0.9)
    assert f.shape == (len(paraphrase.PAIR_FEATURES),)
    named = dict(zip(paraphrase.PAIR_FEATURES, f, strict=True))
    assert named["cos"] == pytest.approx(0.9)
    assert named["cos_over_70"] == pytest.approx(0.2)
    assert named["cos_over_80"] == pytest.approx(0.1)
    assert named["number_mismatch"] == 0.0
    assert 0.0 < named["content_dice"] <= 1.0
    same = dict(
        zip(
            paraphrase.PAIR_FEATURES,
            paraphrase.sentence_pair_features(SENT, SENT, 1.0),
            strict=True,
        )
    )
    assert same["edit_ratio"] == 1.0 and same["length_gap"] == 0.0 and same["unmatched_min"] == 0.0
    assert paraphrase.sentence_pair_features(SENT, OTHER_NUMBER)[paraphrase.PAIR_FEATURES.index("number_mismatch")] == 1.0  # fmt: skip
    assert np.all(np.isfinite(paraphrase.sentence_pair_features("", "")))


@pytest.mark.parametrize("embedder", [None, FakeEmbedder()])
def test_probability_ranks_and_decides(embedder: FakeEmbedder | None) -> None:
    def p(a: str, b: str) -> float:
        return paraphrase.sentence_pair_probability(a, b, embedder=embedder)  # type: ignore[arg-type]

    same, reworded, unrelated = p(SENT, SENT), p(SENT, REWORDED), p(SENT, UNRELATED)
    assert all(0.0 <= v <= 1.0 for v in (same, reworded, unrelated))
    assert same > 0.9 and unrelated < 0.1
    assert same >= reworded > unrelated
    assert reworded >= 0.5  # a faithful rewording is called a paraphrase at the 0.5 cut
    assert p(SENT, OTHER_NUMBER) < same  # a changed number costs probability
    assert p(SENT, REWORDED) == pytest.approx(p(REWORDED, SENT), abs=1e-9)  # symmetric


def test_batch_matches_single_pairs_and_empty_input() -> None:
    pairs = [(SENT, REWORDED), (SENT, UNRELATED), (REWORDED, OTHER_NUMBER)]
    batch = paraphrase.sentence_pair_probabilities(pairs, embedder=FakeEmbedder())  # type: ignore[arg-type]
    single = [paraphrase.sentence_pair_probability(a, b, embedder=FakeEmbedder()) for a, b in pairs]  # type: ignore[arg-type]
    assert batch == pytest.approx(single)
    assert paraphrase.sentence_pair_probabilities([]).shape == (0,)


def test_pair_model_calibration_keeps_the_logit_order() -> None:
    assert paraphrase.PAIR_SLOPE_MODEL > 0  # a higher pair-model logit means paraphrase
