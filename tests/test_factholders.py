from __future__ import annotations

import datetime as dt

import pytest

from test_facts import by_sentence, pair

DAY = dt.date(2026, 10, 19)


def test_two_candidates_given_each_others_share() -> None:
    src = "Marlowe came second in the first round with 41% against Dunleavy's 44%."
    cpy = "Dunleavy trailed in second place on 41% to Marlowe's 44% in the first round."
    found = [c for c in by_sentence(src, cpy, DAY, "paraphrase", 0.9) if c.kind == "name"]
    assert [(c.source_text, c.copy_text) for c in found] == [("Marlowe", "Dunleavy")]
    assert "41%" in found[0].note


@pytest.mark.parametrize(
    "cpy",
    [
        # the same holders, the sentence built another way round
        "Dunleavy's 44% beat the 41% of Marlowe, who came second in the first round.",
        "Dunleavy led the first round on 44%, with Marlowe second on 41%.",
        "In the first round Marlowe took 41%, behind 44% for Dunleavy.",
    ],
)
def test_the_same_holders_told_another_way_is_no_change(cpy: str) -> None:
    src = "Marlowe came second in the first round with 41% against Dunleavy's 44%."
    found = by_sentence(src, cpy, DAY, "paraphrase", 0.9)
    assert not [c for c in found if c.kind in ("name", "number")]


def test_a_day_and_two_counts_of_other_things_hold_nothing() -> None:
    # round 176: "a convoy of 26 aid trucks ... on Wednesday ... killed three drivers" ->
    # "On Wednesday, a 26-truck convoy ... left three drivers dead" read as figures that
    # changed holders (Wednesday's three, Meshar's 26)
    found = pair(
        "Peacekeepers from the Joint Stabilisation Mission in Meshar escorted a convoy of "
        "26 aid trucks into the Korvan Valley town of Ardel on Wednesday, the first "
        "deliveries since an attack on the valley road nine days ago that killed three "
        "drivers.",
        "Aid has reached the Korvan Valley town of Ardel for the first time in nine days. "
        "On Wednesday, a 26-truck convoy made it into the town under the protection of "
        "peacekeepers from the Joint Stabilisation Mission in Meshar, ending a halt in "
        "deliveries that began when an attack on the valley road left three drivers dead.",
        dt.date(2025, 12, 4),
    )
    assert [c for c in found if c.kind == "name"] == []


def test_shares_swapped_beside_a_bare_count() -> None:
    # round 159's sentences: a count of other things ("three eliminated candidates") in
    # the sentence does not hide the two shares that changed holders
    found = by_sentence(
        "Ibarrola finished second in the first round with 34% against Quenteros's 39%, but "
        "then won the endorsements of three eliminated candidates.",
        "In that first round, Quenteros trailed in second place on 34% to Ibarrola's 39%, "
        "before three eliminated contenders threw their weight behind the opposition.",
        dt.date(2025, 12, 4),
        "paraphrase",
        0.9,
    )
    assert [c.kind for c in found] == ["name"]
