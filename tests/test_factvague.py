from __future__ import annotations

import datetime as dt

from test_facts import by_sentence

DAY = dt.date(2026, 12, 2)


def _numbers(src: str, cpy: str) -> list[tuple[str, str]]:
    return [(c.source_text, c.copy_text) for c in by_sentence(src, cpy, DAY) if c.kind == "number"]


def test_a_crowd_of_dozens_made_hundreds() -> None:
    assert _numbers(
        "Dozens of detainees at the Norre Hill centre have refused food since Monday.",
        "Hundreds of detainees at the Norre Hill centre have refused food since Monday.",
    ) == [("Dozens", "Hundreds")]
    # "hundreds of thousands" is its own magnitude, not "hundreds"
    assert _numbers(
        "Thousands of people marched through the capital on Saturday.",
        "Hundreds of thousands of people marched through the capital on Saturday.",
    ) == [("Thousands", "Hundreds of thousands")]


def test_the_same_magnitude_told_again_is_no_change() -> None:
    assert (
        _numbers(
            "Dozens of detainees have refused food, and hundreds more have signed a letter.",
            "Hundreds have signed a letter, and dozens of detainees have refused food.",
        )
        == []
    )
    assert (
        _numbers(
            "Scores of residents were evacuated from the valley.",
            "Dozens of residents were evacuated from the valley.",
        )
        == []
    )
