"""Claims turned round with no verb of the other side's: danger denied and affirmed,
verbs of opposite meaning (factnegation.py, factopposites.py)."""

from __future__ import annotations

import datetime as dt

from test_facts import by_sentence, kinds

DAY = dt.date(2026, 5, 4)


def test_danger_denied_then_affirmed() -> None:
    # round 114: the engineer's finding turned round
    got = by_sentence(
        "She said the bridge was not in danger of imminent collapse.",
        "According to her, the structure was at risk of imminent collapse.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("negation", "not in danger", "at risk")
    ]
    # the same denial in other words is none
    assert (
        kinds(
            "She said the bridge was not in danger of imminent collapse.",
            "She said the structure was not at risk of imminent collapse.",
        )
        == []
    )


def test_a_verb_and_its_opposite_about_the_same_thing() -> None:
    # round 115: an acquittal made a conviction, a count thrown out made one let stand
    got = by_sentence(
        "Jurors convicted him of bribery but acquitted him of one count of money laundering.",
        "Jurors convicted him of bribery and also convicted him of one count of money laundering.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("negation", "acquitted", "convicted")
    ]
    assert kinds(
        "The judges also threw out a separate count of official misconduct.",
        "The judges also let stand a separate count of official misconduct.",
    ) == ["negation"]


def test_an_opposite_denied_is_the_same_claim() -> None:
    # "refused to overturn the conviction" upholds it
    assert (
        kinds(
            "An appeals court on Wednesday upheld the embezzlement conviction of the treasurer.",
            "An appeals court has refused to overturn the embezzlement conviction of the treasurer.",
        )
        == []
    )
    # opposite verbs about other things are no flip ("rose" of exports, "fell" of imports)
    assert (
        kinds(
            "Exports rose 4 percent in March.",
            "Exports rose 4% in March while imports fell.",
        )
        == []
    )


def test_a_denial_by_its_subject_and_one_through_a_plan() -> None:
    # round 119: "No shots were fired" -> "Warning shots were fired"
    got = by_sentence(
        "The ship ignored radio warnings to leave. No shots were fired, the coast guard said.",
        "The ship ignored radio warnings to leave. Warning shots were fired, the coast guard said.",
        DAY,
    )
    assert [(c.kind, c.source_text) for c in got] == [("negation", "No shots were fired")]
    # round 120: "was reviewing the origins" -> "was not planning to review the origins"
    got = by_sentence(
        "The museum said it was reviewing the origins of around 2,300 other objects.",
        "The museum said it was not planning to review the origins of around 2,300 other objects.",
        DAY,
    )
    assert [(c.kind, c.copy_text) for c in got] == [("negation", "not planning to review")]
    # "no one was hurt" kept as "nobody was injured" is none
    assert kinds("No one was hurt in the fire.", "Nobody was injured in the fire.") == []


def test_no_evidence_of_a_deed_is_no_denial_by_its_subject() -> None:
    # round 104: both deny the data were accessed, each in its own words
    assert (
        kinds(
            "The company said there was no evidence customer data had been accessed.",
            "The firm said it had found no sign that any customer data had been accessed.",
        )
        == []
    )


def test_a_verdict_and_an_appeal_turned_round() -> None:
    # round 135: the acquittal made a conviction, with the accused named between
    got = by_sentence(
        "A jury acquitted the former manager of a care home in northwest England of gross "
        "negligence manslaughter over the death of a resident.",
        "The former manager of a care home has been found guilty of gross negligence "
        "manslaughter over the death of a resident.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("negation", "acquitted", "found guilty")
    ]
    # ... and a co-defendant's appeal dismissed made allowed
    got = by_sentence(
        "The court dismissed an appeal by Tennant's co-defendant, Liam Dawson.",
        "The court also allowed an appeal by Tennant's co-defendant, Liam Dawson.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("negation", "dismissed", "allowed")
    ]
    # the same verdict in other words is none
    assert (
        kinds(
            "A jury convicted the former manager of gross negligence manslaughter.",
            "The former manager was found guilty of gross negligence manslaughter.",
        )
        == []
    )


def test_a_denial_moved_onto_the_copys_own_verb() -> None:
    # round 145: "entitled to a refund, but not to cash compensation" -> "Cash
    # compensation, which can run to hundreds of euros, is not payable"
    assert kinds("Passengers are entitled to a refund, but not to cash compensation when "
                 "controllers strike.",
                 "Cash compensation, which can run to hundreds of euros, is not payable when "
                 "controllers strike.") == []  # fmt: skip


def test_terms_agreed_to_and_turned_down() -> None:
    # round 149: "agreed to the same terms" -> "rejected the same terms"
    assert kinds("The smaller union agreed to the same terms on Tuesday afternoon.",
                 "The smaller union rejected the same terms on Tuesday afternoon.") == ["negation"]  # fmt: skip


def test_to_avoid_doing_is_not_to_do() -> None:
    # round 144: "should avoid serving food" -> "asks organisers not to serve food"
    assert kinds("Gatherings in affected areas should avoid serving food prepared by guests.",
                 "The guidance asks gatherings in affected areas not to serve food cooked by guests.") == []  # fmt: skip


def test_talks_that_would_not_go_ahead() -> None:
    # round 155: "would go ahead" -> "would not go ahead" ("go" was too short a verb)
    src = "Officials said trade talks scheduled for next month would go ahead."
    assert kinds(src, src.replace("would go ahead", "would not go ahead")) == ["negation"]
    assert kinds(src, src.replace("would go ahead", "would still go ahead")) == []


def test_a_share_that_fell_made_one_that_rose() -> None:
    src = "Tolvern Bank fell 4.2% and Marsh Holdings lost 3.1%, as investors sold lenders."
    cpy = "Marsh Holdings lost 3.1%, while Tolvern Bank rose 4.2%."
    found = [(c.kind, c.source_text, c.copy_text) for c in by_sentence(src, cpy, DAY)]
    assert ("negation", "fell", "rose") in found


def test_two_moves_kept_in_another_order_are_no_negation() -> None:
    src = "Tolvern Bank fell 4.2% while Marsh Holdings rose 1.5%."
    cpy = "Marsh Holdings rose 1.5%, but Tolvern Bank fell 4.2%."
    assert "negation" not in [c.kind for c in by_sentence(src, cpy, DAY)]


def test_the_verb_the_source_denies_made_a_noun_in_the_copy() -> None:
    # round 183: "lifting the notice did not end the council's questions" -> "the end of
    # the notice does not close the book": no denial turned round
    assert (
        kinds(
            "Councillor Peter Vance said lifting the notice did not end the council's questions "
            "about the company's contract.",
            "For Councillor Peter Vance, the end of the notice does not close the book on the "
            "company's contract.",
        )
        == []
    )
    assert kinds(
        "Vance said lifting the notice did not end the council's questions about the contract.",
        "Vance said lifting the notice ended the council's questions about the contract.",
    ) == ["negation"]
    # ... and a noun on both sides is the claim (round 102)
    assert kinds(
        "It was a decision she later said had been a mistake.",
        "It was a decision she later said had not been a mistake.",
    ) == ["negation"]


def test_a_state_denied_with_a_preposition() -> None:
    # round 186: "was not in immediate danger of collapse" -> "was in immediate danger"
    src = "Lykke said the stock was not in immediate danger of collapse, but catches took a toll."
    cpy = "Lykke said the stock was in immediate danger of collapse, and catches took a toll."
    assert kinds(src, cpy) == ["negation"]
    assert kinds(src, src.replace("Lykke said", "Lykke told reporters")) == []
    # ... but a place is no state: "were not in the affected files" (round 173's pair)
    assert kinds("The affected files did not contain payment card details.",
                 "Payment card details were not in the affected files.") == []  # fmt: skip


def test_no_evidence_kept_in_the_quote_the_copy_made() -> None:
    # round 187: the finding turned into a direct quote keeps its "no evidence"
    src = 'Hallam said the investigation had so far found no evidence of a design flaw in the original 1974 structure, and that the bridge "would very probably still be standing" had the pier 3 bearings been replaced when they were first flagged in 2021.'  # fmt: skip
    cpy = '"So far we have found no evidence of a design flaw in the original 1974 structure," Hallam told the hearing, adding that the bridge "would very probably still be standing" had the pier 3 bearings been replaced when they were first flagged in 2021.'  # fmt: skip
    assert "negation" not in kinds(src, cpy)


def test_a_denial_of_a_verb_ending_in_y_and_of_a_deed_not_yet_done() -> None:
    # round 194: "did not testify" -> "testified" (testify and testified share a stem)
    src = "Brusan, who did not testify during the 11-month trial, has denied wrongdoing."
    assert kinds(src, src.replace("did not testify", "testified")) == ["negation"]
    assert kinds(src, src.replace("11-month", "eleven-month")) == []
    # round 199: "had not yet recorded any deaths" -> "has recorded deaths"; a deed not
    # yet done that the copy tells as under way is no flip
    src = "The agency said it had not yet recorded any heat-related deaths this summer."
    assert kinds(src, "The agency confirmed it has recorded heat-related deaths this summer.") == [
        "negation"
    ]
    assert (
        kinds(
            "The committee has not yet decided whether to publish the report.",
            "The committee is still deciding whether to publish the report.",
        )
        == []
    )


def test_a_thing_said_not_to_exist_said_to_exist() -> None:
    # round 202: "there had been no confirmed cases" -> "there were confirmed cases"
    src = "Hollis said there had been no confirmed cases of looting in Ashcombe while it was empty."
    got = by_sentence(
        src,
        "According to Hollis, there were confirmed cases of looting in Ashcombe while the town "
        "sat empty.",
        DAY,
        "paraphrase",
    )
    assert [c.kind for c in got] == ["negation"]
    assert kinds(src, "Hollis said no cases of looting had been confirmed in Ashcombe.") == []


def test_a_verb_kept_free_of_the_denial_elsewhere_in_the_sentence() -> None:
    # round 207: "lacked" said as "did not have", and "make" of another claim than the
    # denied "never made public"
    assert (
        kinds(
            "The ballots were declared invalid because they lacked the stamp of the precinct board.",
            "The ballots were ruled invalid because they did not have the precinct board's stamp.",
        )
        == []
    )
    assert (
        kinds(
            "The mission said the commission had not published the evidence behind the complaint, "
            "leaving both campaigns free to make unsubstantiated claims that damaged public trust.",
            "The commission had never made public the evidence behind the complaint, which allowed "
            "both campaigns to make unsubstantiated claims that harmed public confidence.",
        )
        == []
    )


def test_never_given_one_is_given_a_first() -> None:
    # round 211: "children who had never received a dose" -> "children receiving their
    # very first dose" says the same
    src = "About a third of the doses went to children who had never received a dose."
    assert kinds(src, "About a third went to children receiving their very first dose.") == []
    assert kinds(src, "About a third of the doses went to children receiving a dose.") == [
        "negation"
    ]


def test_too_little_is_not_enough() -> None:
    # round 216 (held out): "giving too little weight" -> "did not give enough weight"
    src = "The appeal argues that the authority gave too little weight to online sales."
    assert (
        kinds(
            src, "The appeal argues that the authority did not give enough weight to online sales."
        )
        == []
    )
    assert kinds(
        "The appeal argues that the authority gave weight to online sales.",
        "The appeal argues that the authority did not give weight to online sales.",
    ) == ["negation"]


def test_a_denial_turned_round_in_a_verb_of_like_meaning() -> None:
    # round 220: "did not dispute the findings" -> "contested the findings"
    src = "Thessalia Laboratories did not dispute the findings of the inspectors."
    assert kinds(src, "Thessalia Laboratories contested the findings of the inspectors.") == [
        "negation"
    ]
    assert kinds(src, "Thessalia Laboratories challenged the findings of the inspectors.") == [
        "negation"
    ]
    # the denial kept in the other verb is none
    assert (
        kinds(src, "Thessalia Laboratories did not contest the findings of the inspectors.") == []
    )
    assert kinds(src, "Thessalia Laboratories accepted the findings of the inspectors.") == []


def test_a_rule_that_does_not_apply_made_one_that_covers() -> None:
    # round 226: "does not apply to patients transferred" -> "covers patients transferred"
    src = "The 25-minute standard does not apply to patients transferred between hospitals."
    assert kinds(src, src.replace("does not apply to", "covers")) == ["negation"]
    assert kinds(src, src.replace("does not apply to", "does not cover")) == []


def test_a_denial_until_a_point_and_a_finding_denied() -> None:
    # round 238: "did not touch down until it was 640 metres along" tells where it did
    assert (
        kinds(
            "It touched down 640 metres along the 1,720-metre runway and could not stop.",
            "The plane did not touch down until it was 640 metres along the 1,720-metre "
            "runway and could not stop.",
        )
        == []
    )
    # ... but "found no defects" made "did find defects" is a finding turned round, either
    # way (factmarkers: a finding in any tense)
    got = by_sentence(
        "Investigators found no defects in the aircraft's braking system.",
        "Investigators did find defects in the aircraft's braking system.",
        DAY,
    )
    assert [(c.kind, c.source_text) for c in got] == [("negation", "found no defects")]
    got = by_sentence(
        "Inspectors found cracks in two of the bridge's piers.",
        "Inspectors found no cracks in the bridge's piers.",
        DAY,
    )
    assert [c.kind for c in got] == ["negation"] and "no cracks" in got[0].copy_text
    # (a denial kept is none, and "no fewer than" denies nothing)
    assert (
        kinds(
            "Investigators found no defects in the brakes.",
            "No defects were found in the brakes, investigators said.",
        )
        == []
    )
    assert (
        kinds(
            "The agency recorded no fewer than 40 cases last week.",
            "The agency recorded 40 cases last week.",
        )
        == []
    )


def test_a_denial_made_an_admission() -> None:
    # round 248: "He denied that the government had been waiting" -> "He acknowledged"
    day = dt.date(2025, 3, 14)
    src = "He denied that the government had been waiting for the insurer to act first."
    cpy = "He acknowledged that the government had been waiting for the insurer to act first."
    assert [c.kind for c in by_sentence(src, cpy, day)] == ["negation"]
    assert by_sentence(src, src.replace("denied", "dismissed claims"), day) == []


def test_a_denial_kept_in_other_words() -> None:
    # round 256: "may not be moved without a permit" is "requires a permit"
    src = "Inside the zone pigs may not be moved without a veterinary permit."
    assert kinds(src, "Moving pigs inside the zone requires a permit from a vet.") == []
    assert kinds(src, "Inside the zone pigs may be moved with a veterinary permit.") != []
    # ... and a claim denied on both sides, each with its own verb
    src = (
        "Hydrologists have warned that the embankments, many of them built in the 1970s, "
        "were not designed for the volumes of water now seen during autumn storms."
    )
    cpy = (
        "Experts have warned that the embankments, many of which date from the 1970s, were "
        "never built to cope with the volumes of water that autumn storms now bring."
    )
    assert kinds(src, cpy) == []
    assert [c.kind for c in by_sentence(src.replace("were not designed", "were designed"), cpy, DAY)] == ["negation"]  # fmt: skip
    # ... but another denial both keep is no counterpart of the one turned (round 109)
    src = "Rawlings said the clash had not been a foul and that he did not blame the player."
    cpy = "According to Rawlings, the clash had been a foul, though he did not blame the player."
    assert [c.kind for c in by_sentence(src, cpy, DAY)] == ["negation"]


def test_what_must_still_be_done_and_a_goal_met_or_reached() -> None:
    # round 260: "unpaid rent has to be settled" says what "rent must be paid" says
    assert (
        kinds(
            "Withheld rent must be paid in full by the end of February.",
            "However, all unpaid rent still has to be settled in full before the end of February.",
        )
        == []
    )
    assert kinds("The bills were paid on Monday.", "The bills were unpaid on Monday.") == [
        "negation"
    ]
    # round 262: a target "would not be met before 2027" made one "reached before 2027"
    got = by_sentence(
        "The ministry said its target would not be met before 2027, two years later than planned.",
        "In a statement it said that goal would be reached before 2027.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("negation", "not be met", "reached")
    ]
    # ... while "not updated since 2015" is "last updated in 2015" (round 239)
    assert (
        kinds(
            "She asked for a review of the rules, which have not been updated since 2015.",
            "She asked for a review of the rules, which were last updated in 2015.",
        )
        == []
    )
