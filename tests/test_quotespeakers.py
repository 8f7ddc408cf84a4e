"""A quote's speaker as each text names them: a name, a title, a description."""

from __future__ import annotations

from wiretrace.article import Change, Quote
from wiretrace.quotespeakers import named_speaker, same_speaker, speaker_change_once

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


def test_a_title_beside_a_name_must_be_its_apposition() -> None:
    # round 127: "the trial judge" was read as the appeal judge named before it, and as a
    # bank named before a clause that mentions "the judge"
    text = (
        "According to the appeal judges, headed by Justice Hilde Varnum, the trial judge "
        "told the jury it could convict. The court quashed the conviction of the former "
        "head of treasury at Lisker Bank, ruling that the judge at his trial erred."
    )
    assert named_speaker("the trial judge", text) is None
    assert named_speaker("the judge", "Hilde Varnum, the presiding judge, spoke.") == "Hilde Varnum"
    assert named_speaker("the analyst", "Bettina Yeoman, an analyst at Corbisher, said so.") == (
        "Bettina Yeoman"
    )


def test_a_description_after_a_name_must_be_its_apposition() -> None:
    # round 154: "In a farewell video released by Castellar, the player said" made the
    # player a man called Castellar, and his quote another speaker's
    text = "In a farewell video released by Castellar, the player said he was grateful."
    assert named_speaker("the player", text) is None
    assert named_speaker("the player", "Mateo Arriaga, the player, said he was grateful.") == (
        "Mateo Arriaga"
    )


def test_a_speaker_change_is_reported_once() -> None:
    # round 196: the quote given to the chair is no name, title or credit change besides
    note = "source attributes it to Helena Marsh"
    q = Quote(3, "It was a system.", "Priya Ramanathan", "speaker_changed", 2, "", [], note)
    name = Change("name", 3, 2, "Helena Marsh", "chair Priya Ramanathan", "")
    title = Change("title", 3, 2, "chief investigator helena marsh", "chair priya ramanathan", "")
    credit = Change("attribution", 3, 2, "marsh", "ramanathan", "")
    other = Change("name", 5, 4, "Tomas Reyna", "Tomas Reyes", "")
    elsewhere = Change("name", 4, 2, "Helena Marsh", "Priya Ramanathan", "")
    got = speaker_change_once([q], [name, title, credit, other, elsewhere])
    assert got == [other, elsewhere]
