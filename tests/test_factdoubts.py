"""Doubts the copy brings to a claim its source stated plainly (factdoubts.py)."""

from __future__ import annotations

import datetime as dt

from test_facts import by_sentence

DAY = dt.date(2026, 2, 12)


def test_could_in_the_place_of_would() -> None:
    # round 117: the job cuts made a possibility
    got = by_sentence(
        "The group said the company would cut about 900 jobs this year.",
        "The group said the company could cut about 900 jobs this year.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("hedge", "would cut", "could cut")
    ]
    # "could" of ability beside a source that has it too is none
    assert not by_sentence(
        "It would cut what it could, the company said.",
        "It could cut what it could, the company said.",
        DAY,
    )


def test_may_for_can_is_a_possibility_either_way() -> None:
    # round 228: "Symptoms can include fever" -> "Symptoms may include fever"
    src = "Symptoms include fever, poor feeding and unusual irritability in young babies."
    got = by_sentence(src, src.replace("include", "may include"), DAY)
    assert [(c.kind, c.copy_text) for c in got] == [("hedge", "may include")]
    assert not by_sentence(
        src.replace("include", "can include"), src.replace("include", "may include"), DAY
    )
