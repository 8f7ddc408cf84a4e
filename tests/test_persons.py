"""The person a later he or she means, read from a parse (speakers.py asks here)."""

from __future__ import annotations

from wiretrace.nlp import parse_many
from wiretrace.persons import last_person


def _last(text: str, before: int | None = None) -> str | None:
    return last_person(parse_many([text])[0], before)


def test_the_subject_of_a_speech_verb_beats_a_name_elsewhere() -> None:
    got = _last("Mayor Carme Oliver met Lluc Vidal on Tuesday, and Vidal said he was pleased.")
    assert got is not None and got.endswith("Vidal")


def test_a_lone_capitalised_subject_may_be_a_company() -> None:
    assert _last("Veldt said it would cut jobs.") is None


def test_a_described_full_name_the_small_model_leaves_untagged() -> None:
    # round 64: "Yewande" read as a verb, no entity at all; the description and the
    # speech verb after it make the opening words a person
    text = "Yewande Tregarth, who chairs the allotment society, said members felt let down."
    assert _last(text) == "Yewande Tregarth"
    assert _last(text, before=10) is None  # named after the point asked about
    # an organisation described the same way is no person
    assert _last("Yewande Council, the landlord, said the rent would rise.") is None


def test_a_street_tagged_as_a_person_is_no_speaker() -> None:
    # round 127: "she" after this sentence went to "Quarry Road"
    text = (
        "None of that is news to Deirdre Kalnins, who has run the pharmacy at number 41 "
        "Quarry Road for 26 years."
    )
    assert _last(text) == "Deirdre Kalnins"


def test_a_relative_in_a_whose_clause_is_not_the_one_described() -> None:
    # round 187: "For Nadia Volkov, whose brother Andrei was killed ..." then "she said":
    # she is Nadia Volkov, not her brother
    text = "For Nadia Volkov, whose brother Andrei was killed when his car plunged from the bridge, the revelations were painful."  # fmt: skip
    assert _last(text) == "Nadia Volkov"
