from __future__ import annotations

import datetime as dt

from test_facts import by_sentence, kinds

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


def test_the_same_figure_of_another_kind_of_thing() -> None:
    # round 170: the school pupils of a strike made students, in a story that counts
    # university students apart; a share of exam entries made a share of students
    also = " The walkout at colleges kept 18,000 students at home."
    assert _numbers(
        "The strike closed 140 schools, affecting around 61,000 pupils across the county." + also,
        "The strike closed 140 schools, affecting roughly 61,000 students across the county."
        + also,
    ) == [("61,000 pupils", "61,000 students")]
    assert _numbers(
        "This year 27.4% of entries were awarded an A or A*.",
        "This year 27.4% of students were awarded an A or A*.",
    ) == [("27.4% of entries", "27.4% of students")]
    # words of one kind, or outside the table, say the same
    for cpy in (
        "The strike closed 140 schools, affecting about 61,000 schoolchildren.",
        "The strike closed 140 schools, affecting about 61,000 primary pupils.",
        "The strike closed 140 schools, affecting some 61,000 young people.",
    ):
        assert _numbers("The strike closed 140 schools, affecting around 61,000 pupils.", cpy) == []
    # the source giving the figure of the copy's kind too
    assert (
        _numbers(
            "About 600 students sat the paper, and 600 teachers marked it.",
            "The paper was marked by 600 teachers.",
        )
        == []
    )


def test_a_rate_against_another_base() -> None:
    # round 174: a year-on-year rise told as a rise on the month before
    got = _numbers(
        "Food prices rose 9.4% year-on-year in March, the statistics office said.",
        "Food prices jumped 9.4% in March compared with February, the statistics office said.",
    )
    assert got == [("year-on-year", "compared with February")]
    for cpy in (
        "Food prices jumped 9.4% in March from a year earlier, the statistics office said.",
        "Food prices jumped 9.4% in March compared with March 2024, the office said.",
    ):
        assert _numbers("Food prices rose 9.4% year-on-year in March.", cpy) == []


def test_ages_and_parts_are_no_counted_kinds() -> None:
    # rounds 145 and 119
    assert _numbers("A 16-year-old student was hurt.", "A 16-year-old pupil was hurt.") == []
    assert (
        _numbers(
            "At least 14 people were killed. Five of the dead were civilians.",
            "At least 14 people were killed, including five civilians.",
        )
        == []
    )


def test_a_kind_renamed_throughout_is_no_other_kind() -> None:
    # round 211: a US page calls the pupils "students" everywhere; where the story also
    # counts students apart (round 170) the swap stays
    src = "The outbreak closed Linden School, where 160 pupils are unvaccinated."
    cpy = "The outbreak closed Linden School, where 160 students are unvaccinated."
    assert _numbers(src, cpy) == []
    apart = src + " Another 18,000 university students are on holiday."
    assert _numbers(apart, cpy + " Another 18,000 university students are on holiday.") == [
        ("160 pupils", "160 students")
    ]


def test_a_majority_put_for_a_share_under_half() -> None:
    # round 223: 49.7% is no majority
    src = "Urban areas are now home to 49.7% of the population, the bureau said."
    got = by_sentence(
        src, "Urban areas are now home to a majority of the population, the bureau said.", DAY
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("number", "49.7%", "a majority")
    ]
    over = "Urban areas are now home to 52.3% of the population, the bureau said."
    assert (
        kinds(over, "Urban areas are now home to a majority of the population, the bureau said.")
        == []
    )
    assert kinds(
        over, "Urban areas are now home to a minority of the population, the bureau said."
    ) == ["number"]
    assert (
        kinds(
            "A majority of the population now lives in towns.",
            "Most of the population, 52.3%, now lives in towns.",
        )
        == []
    )


def test_round_227_districts_counted_and_a_bound_on_a_figure_told_before() -> None:
    # "recounts in two districts" for "the districts of Grevholm and Mirasund", beside a
    # vote count the copy gives in the next sentence
    src = (
        "The commission ordered recounts in the districts of Grevholm and Mirasund. The "
        "Liberal Alliance won 48.6% of the vote, or 1,204,377 votes."
    )
    cpy = "The Liberal Alliance won almost 49% of the vote, while recounts were ordered in two districts."
    assert kinds(src, cpy) == []
    assert kinds(src, cpy.replace("two districts", "three districts")) == ["number"]
    # "just over 66%" for a turnout of 66.2% the story gave in another sentence
    story = [
        "Turnout was 66.2%, the commission said.",
        "Sollberg said turnout was 1.9 percentage points lower than in 2022.",
    ]
    copy = "Turnout came in at just over 66%, almost two points lower than in 2022, Sollberg said."
    assert [c.kind for c in by_sentence(" ".join(story), copy, DAY)] == []
    assert [c.kind for c in by_sentence(" ".join(story), copy.replace("66", "56"), DAY)] == [
        "number"
    ]


def test_a_majority_made_nearly_half() -> None:
    # round 227: "a majority of them" -> "nearly half of them"
    src = "The commission had received 312 complaints, a majority of them about queues."
    assert kinds(src, src.replace("a majority", "nearly half")) == ["number"]
    assert kinds(src, src.replace("a majority", "a minority")) == ["number"]
    assert kinds(src, src.replace("a majority", "more than half")) == []


def test_a_range_s_bound_is_no_rest_of_a_total() -> None:
    # round 240: 15 children less 11 months makes 4 by chance; "and four years old" is the
    # range's upper bound, made from the 14
    got = by_sentence(
        "Fifteen of the current patients are children aged between 11 months and 14 years; "
        "the other three are adults.",
        "Fifteen of those in hospital are children, between 11 months and four years old, "
        "while the remaining three are adults.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("number", "14", "four")]


def test_a_figure_the_copy_keeps_in_another_sentence_was_not_replaced() -> None:
    # round 150: "had just three pupils left" paired with "had been open for 148 years",
    # the copy telling the three pupils in its next sentence
    src = "Oyasu Elementary School had just three pupils left this year. Two graduated."
    cpy = (
        "Oyasu Elementary School had been open for 148 years. By the end, it had three "
        "pupils, and two graduated."
    )
    assert by_sentence(src, cpy, DAY) == []
    # ... where without them elsewhere the 148 stands in their place
    assert [c.kind for c in by_sentence(src, cpy.replace("three pupils", "a few"), DAY)] == [
        "number"
    ]


def test_digits_transposed_are_a_change_whatever_sum_they_make() -> None:
    # round 114: 42 seconds made 24, which is also the 42 less the 18 of the lead
    got = by_sentence(
        "Brandt finished 42 seconds behind Vidal but kept the jersey with a lead of 18 seconds.",
        "Brandt finished 24 seconds behind Vidal but kept the jersey with a lead of 18 seconds.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("number", "42 seconds", "24 seconds")
    ]


def test_pupils_called_students_throughout_the_counts() -> None:
    # round 242: the copy counts "students" where the source counts "pupils", and says
    # "a pupil's departure" once in passing: one group under two names, no change
    day = dt.date(2026, 3, 4)
    src = (
        "The attack exposed the data of about 38,000 pupils at 140 schools. "
        "Records were to be erased within a year of a pupil leaving."
    )
    cpy = (
        "The attack exposed the data of roughly 38,000 students at 140 schools. "
        "Records were to be erased within twelve months of a pupil's departure."
    )
    assert kinds(src, cpy, day) == []
    # ... where the copy counts pupils elsewhere, the swap is one
    both = cpy.replace("within twelve months of a pupil's departure", "for 900 pupils a year")
    assert "number" in kinds(src, both, day)


def test_the_count_of_a_list_after_a_colon_is_no_figure() -> None:
    # round 251: "helped by a cup run and a new shirt deal" -> "two things drove the
    # increase: ..."
    src = (
        "Revenue rose 11% from the previous year, helped by a run to the quarter-finals of "
        "the Continental Cup and a new shirt sponsorship with logistics group Tarvik."
    )
    cpy = (
        "Revenue rose 11% from the previous year. Two things drove the increase: a run to "
        "the quarter-finals of the Continental Cup and a fresh shirt deal with Tarvik."
    )
    assert kinds(src, cpy) == []
    # ... but a count of its own that lists nothing is
    assert (
        kinds(src, cpy.replace("Two things drove the increase:", "Two new sponsors joined,")) != []
    )
