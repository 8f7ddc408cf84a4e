"""The relation verdict at its hardest boundary: derived vs an independent report."""

from __future__ import annotations

from pathlib import Path

import pytest

from paths import EXAMPLES
from wiretrace.compare import compare
from wiretrace.relation import decide

PAIRS = Path(__file__).resolve().parent / "data" / "pairs"
SOURCE = EXAMPLES / "wire_source.txt"


@pytest.mark.slow
def test_independent_report_sharing_quotes_is_same_event(embedder: object) -> None:
    # Two reporters at the same rally: the same two quotes, the same "fair and final",
    # the same start date; everything else is their own. Not a copy.
    cmp = compare(SOURCE, PAIRS / "same_quotes_report.txt", embedder=embedder)  # type: ignore[arg-type]
    assert cmp.relation == "same_event", cmp.features
    assert not cmp.derived


@pytest.mark.slow
def test_rewrite_with_added_background_is_still_a_paraphrase(embedder: object) -> None:
    cmp = compare(SOURCE, PAIRS / "rewrite_with_background.txt", embedder=embedder)  # type: ignore[arg-type]
    assert cmp.relation == "paraphrase", cmp.features
    # The two background sentences the rewriter added have no source.
    added = [cmp.copy.sentences[i].text for i in cmp.unaligned_copy]
    assert any("fifteenth century" in t for t in added)
    assert any("Labour disputes" in t for t in added)


def _features(**over: float) -> dict[str, float]:
    base = {
        "copy_derived": 0.0,
        "source_used": 0.0,
        "verbatim_share": 0.0,
        "light_edit_share": 0.0,
        "paraphrase_share": 0.0,
        "anchor_share": 0.0,
        "order": 0.0,
        "trigram_containment": 0.0,
        "content_overlap": 0.0,
        "lex_loose": 0.0,
        "lex_strong": 0.0,
        "length_ratio": 1.0,
    }
    base.update(over)
    return base


def test_rules_verbatim_light_paraphrase() -> None:
    full = {"copy_derived": 1.0, "anchor_share": 1.0}
    assert decide(_features(**full, verbatim_share=1.0)).relation == "verbatim"
    assert (
        decide(_features(**full, verbatim_share=0.5, light_edit_share=0.4)).relation == "light_edit"
    )
    assert decide(_features(**full, paraphrase_share=1.0)).relation == "paraphrase"


def test_rules_partial_and_not_derived() -> None:
    partial = _features(copy_derived=0.3, anchor_share=0.3, verbatim_share=0.3, content_overlap=0.4)
    assert decide(partial).relation == "partial_reuse"
    topical = _features(content_overlap=0.3)
    assert decide(topical).relation == "same_event"
    assert decide(_features(content_overlap=0.05)).relation == "unrelated"


def test_words_only_rules() -> None:
    assert (
        decide(
            _features(content_overlap=0.7, lex_strong=0.9, copy_derived=0.9, light_edit_share=0.9),
            words_only=True,
        ).relation
        == "light_edit"
    )
    assert (
        decide(_features(content_overlap=0.4, lex_strong=0.2), words_only=True).relation
        == "partial_reuse"
    )
    assert decide(_features(content_overlap=0.2), words_only=True).relation == "same_event"
    assert decide(_features(content_overlap=0.05), words_only=True).relation == "unrelated"


def test_confidence_is_a_probability_like_margin() -> None:
    for f in (
        _features(content_overlap=0.3),
        _features(copy_derived=1.0, anchor_share=1.0, verbatim_share=1.0),
    ):
        v = decide(f)
        assert 0.5 <= v.confidence <= 0.99
