"""Hedges dropped: a forecast, a possibility, an approximate figure (facthedges.py)."""

from __future__ import annotations

from test_facts import kinds, pair


def test_a_forecast_made_certain() -> None:
    # round 134: "The company expects the deal to close" -> "The transaction will close"
    got = pair(
        "The company expects the deal to close in the first quarter of 2027.",
        "The transaction will close in the first quarter of 2027.",
    )
    assert [(c.kind, c.source_text) for c in got] == [("hedge", "expects the deal to close")]
    assert (
        kinds(
            "The company expects the deal to close in the first quarter of 2027.",
            "The firm anticipates completing the deal in the first quarter of 2027.",
        )
        == []
    )


def test_a_forecast_kept_as_a_plan() -> None:
    # round 132: "expects to begin notifying owners" -> "plans to start sending letters"
    assert (
        kinds(
            "Vantor expects to begin notifying owners by letter from October 6.",
            "Vantor plans to start sending letters to owners from October 6.",
        )
        == []
    )


def test_a_word_of_a_plan_is_no_plan_kept() -> None:
    # round 113: "its planned 96 turbines" keeps no "is expected to reach"
    assert kinds(
        "The project is expected to reach full output in September, when its 96 turbines are connected.",
        "The project will reach full output in September, once the turbines of its planned 96 are linked.",
    ) == ["hedge"]


def test_a_can_of_another_clause_keeps_no_doubt() -> None:
    # round 143: "could resume as early as Thursday" -> "will resume on Thursday, depending
    # on how quickly crews can be scheduled"
    assert kinds(
        "Loading could resume as early as Thursday, depending on how quickly crews can be found.",
        "Loading will resume on Thursday, depending on how quickly crews can be found.",
    ) == ["hedge"]
    assert (
        kinds(
            "Measles could cause serious complications in young children.",
            "Measles can lead to serious complications in young children.",
        )
        == []
    )


def test_an_approximate_sum_after_its_currency_code() -> None:
    # round 138: "around 310 million Norwegian crowns" -> "about NOK 310 million"
    assert (
        kinds(
            "The programme is expected to cost around 310 million Norwegian crowns a year.",
            "The programme is projected to cost about NOK 310 million per year.",
        )
        == []
    )
