"""A quote's speaker as each text names them: a name, a title, a description."""

from __future__ import annotations

from wiretrace.quotespeakers import named_speaker, same_speaker

STORY = (
    "Judge Simon Hartley adjourned the case. Votes went to Nia Carrow and to the Harbour "
    "Party candidate, Osric Pellow. The Health Minister, Olwen Price, said beds were short."
)


def test_a_title_or_a_description_is_the_person_set_beside_it() -> None:
    assert named_speaker("the judge", STORY) == "Simon Hartley"
    assert named_speaker("Health Minister", STORY) == "Olwen Price"
    assert named_speaker("the Harbour Party candidate", STORY) == "Osric Pellow"
    assert named_speaker("Nia Carrow", STORY) == "Nia Carrow"
    # a title the text gives no one is no name
    assert named_speaker("the coroner", STORY) is None


def test_speakers_are_the_same_when_a_name_word_is_shared() -> None:
    assert same_speaker("Osric Pellow", "Pellow")
    assert not same_speaker("Osric Pellow", "Nia Carrow")
    assert same_speaker("Osric Pellow", None)  # an unnamed speaker is not another one


def test_a_speaker_s_acronym_and_first_name_with_a_title_are_the_same_speaker() -> None:
    # round 69: both were reported as quotes given to another speaker
    assert same_speaker("a spokesman for HSI", "a spokesman for Healthcare Standards Inspectorate")
    text = "The vice-chancellor, Sir Leopold Fazackerley, is retiring."
    assert same_speaker(named_speaker("Sir Leopold", text), named_speaker("Fazackerley", text))
    assert not same_speaker(named_speaker("Sir Leopold", text), "Baskerville")
    # the surname is the word after the first name standing alone, not inside another
    text = "FitzLeopold Brown spoke first. Sir Leopold Fazackerley is retiring."
    assert named_speaker("Sir Leopold", text) == "Sir Leopold Fazackerley"


def test_a_team_or_firm_s_title_is_a_description_not_a_name() -> None:
    # round 84: "the Ashcleugh coach said" and "the Corbisher Securities analyst said" for
    # a named coach and a named analyst: no person called "Ashcleugh coach"
    text = "Ingrid Thackholm, who coaches Ashcleugh, paid tribute to her players."
    assert named_speaker("Ashcleugh coach", text) is None
    assert same_speaker(named_speaker("Ashcleugh coach", text), "Thackholm")
    text = "Asked by Bettina Yeoman, an analyst at Corbisher Securities, the chief said no."
    assert named_speaker("Corbisher Securities analyst", text) == "Bettina Yeoman"
    # a capitalised description with a name beside it still gives the name
    text = "The Commonweal Party candidate, Thaddeus Tillotson, said he would stand."
    assert named_speaker("Commonweal Party candidate", text) == "Thaddeus Tillotson"
