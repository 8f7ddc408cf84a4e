"""The names and figures that tie a report to one event (``wiretrace.specifics``)."""

from __future__ import annotations

from wiretrace.specifics import only_topical, specifics_of


def test_names_and_figures_but_not_titles_days_or_a_sentence_s_first_word() -> None:
    got = specifics_of(
        "Police said on Tuesday that Prime Minister Olwen Carrow visited Fenby, where 1,240 "
        "homes lost power."
    )
    assert got == {"olwen", "carrow", "fenby", "1240"}


def test_a_parallel_sentence_about_other_places_is_only_topical() -> None:
    assert only_topical(
        "Tickets from Brighton to Lewes, Hove and Worthing cost 5,920 pounds this year.",
        "Tickets from Reading to Slough, Ascot and Woking cost 5,472 pounds this year.",
    )
    assert not only_topical(
        "Tickets from Reading to Slough, Ascot and Woking cost 5,472 pounds this year.",
        "This year tickets from Reading to Slough, Ascot and Woking cost 5,472 pounds.",
    )


def test_a_span_of_months_is_no_name() -> None:
    # round 127: "its June-to-September timetable" counted as a name of the copy's own
    assert specifics_of("It cut its June-to-September timetable in Saint-Denis.") == {"saint-denis"}
