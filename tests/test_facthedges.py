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


def test_a_capacity_keeps_its_ceiling() -> None:
    # round 145: "run at up to 250 km per hour" -> "can reach speeds of 250 kilometres per hour"
    assert kinds("The line lets trains run at up to 250 km per hour on the new track.",
                 "Trains on the new track can reach speeds of 250 kilometres per hour.") == []  # fmt: skip
    assert kinds("The line lets trains run at up to 250 km per hour on the new track.",
                 "Trains on the new track run at 250 kilometres per hour.") == ["hedge"]  # fmt: skip


def test_to_appear_somewhere_is_no_doubt() -> None:
    # round 145: "do not appear on tickets" hid "may have been carrying" -> "was carrying"
    got = pair("He said the ferry may have been carrying more people than were listed, "
               "because infants are not recorded on tickets.",
               "He said the ferry was carrying more people than were listed, since infants "
               "do not appear on tickets.")  # fmt: skip
    assert [c.kind for c in got] == ["hedge"]
    assert kinds("He said the ferry may have been carrying more people than listed.",
                 "He said the ferry appears to have carried more people than listed.") == []  # fmt: skip


def test_could_be_keeps_the_doubt_of_may_be() -> None:
    # round 144: "may be more likely to develop asthma" -> "could be more prone to asthma"
    assert kinds("Children given antibiotics may be more likely to develop asthma, the study said.",
                 "Children given antibiotics could be more prone to asthma, the study said.") == []  # fmt: skip


def test_an_accusation_stated_as_a_conviction() -> None:
    # round 148: "has been charged with arson" -> "has been convicted of arson"
    got = pair("A 34-year-old man has been charged with arson over the fire, police said.",
               "A 34-year-old man has been convicted of arson over the fire, police said.")  # fmt: skip
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("hedge", "charged with arson", "convicted of arson")
    ]
    assert kinds("A 34-year-old man has been charged with arson over the fire, police said.",
                 "A 34-year-old man was charged with arson over the fire, police said.") == []  # fmt: skip


def test_a_cause_of_death_the_source_says_was_not_given() -> None:
    # round 152: "did not disclose a cause of death" -> "had died of heart failure"
    got = pair("The novelist died at home on Sunday. Her agent did not disclose a cause of death.",
               "The novelist died at home on Sunday. Her agent said she had died of a stroke.")  # fmt: skip
    assert [(c.kind, c.copy_text) for c in got] == [("hedge", "died of a stroke")]
    assert kinds("The novelist died at home on Sunday. Her agent did not disclose a cause of death.",
                 "The novelist died at home on Sunday. No cause of death was given.") == []  # fmt: skip


def test_a_dollar_with_its_country() -> None:
    # round 153: "about $24 million" -> "about US$24 million" kept its "about"
    assert kinds("The country pays an annual premium of about $24 million for the cover.",
                 "The country pays an annual premium of about US$24 million for its cover.") == []  # fmt: skip


def test_a_particle_hedged_only_with_the_words_it_leads() -> None:
    # round 150: "were expected to be back to normal by Monday morning" -> "will be brought
    # back step by step from Sunday": the copy's "back" is another claim
    src = (
        "The company said services would resume on Sunday and were expected to be back "
        "to normal by Monday morning."
    )
    assert kinds(src, "Services will be brought back step by step from Sunday.") == []
    # ... but the same claim without its hedge is dropped
    certain = "The company said services will resume on Sunday and be back to normal by Monday."
    assert kinds(src, certain) == ["hedge"]


def test_a_ceiling_kept_as_a_possible_sum() -> None:
    # round 154: "plus up to 8 million euros in add-ons" -> "with a further €8m possible
    # in add-ons"
    src = "City signed him for 62 million euros plus up to 8 million euros in add-ons."
    assert kinds(src, "City signed him for €62m, with a further €8m possible in add-ons.") == []
    assert kinds(src, "City signed him for €62m plus a potential €8m in add-ons.") == []
    assert kinds(src, "City signed him for €62m plus €8m in add-ons.") == ["hedge"]


def test_a_modal_dropped_beside_another_doubt() -> None:
    # the copy's "could" is of another claim: the finding itself is stated plainly
    assert "hedge" in kinds(
        "A compound made at the institute may reduce scar tissue in the liver, a study found.",
        "A new drug reduces scarring in the liver, in findings that could help millions.",
    )
    # "could reduce" for "may reduce" keeps the doubt
    assert (
        kinds(
            "The compound may reduce scar tissue in the liver, a study found.",
            "The compound could reduce scar tissue in the liver, a study found.",
        )
        == []
    )


def test_a_result_in_mice_told_as_one_in_people() -> None:
    src = (
        "In the study, mice given the compound for six weeks had 30 percent less scar "
        "tissue than untreated mice. The team will now test it in larger animals."
    )
    cpy = (
        "Those who received the compound for six weeks had 30 percent less scar tissue. "
        "The team will now test it in larger animals."
    )
    found = [(c.kind, c.source_text) for c in pair(src, cpy)]
    assert ("hedge", "mice") in found
    kept = (
        "Mice that received the compound for six weeks had 30 percent less scar tissue. "
        "The team will now test it in larger animals."
    )
    assert "hedge" not in kinds(src, kept)


def test_a_date_pencilled_in_is_still_expected() -> None:
    assert (
        kinds(
            "The sale is expected to be completed in June, subject to planning consent.",
            "Completion is pencilled in for June, provided planning consent is granted.",
        )
        == []
    )


def test_a_suspicion_voiced_stated_as_fact() -> None:
    # round 173
    src = "Investigators suspect the data was taken by a ransomware gang that sells records."
    assert kinds(src, "The data was taken by a ransomware gang that sells records.") == ["hedge"]
    assert kinds(src, "The data is suspected to have been taken by a ransomware gang.") == []
    # a suspect is a person, no doubt
    assert "hedge" not in kinds(
        "The suspect was arrested at his home on Friday.", "A man was arrested at home on Friday."
    )


def test_a_hedge_in_one_sentence_of_a_merged_pair() -> None:
    # round 173: a release's dateline lead merged with "may have accessed files"; the
    # hedged sentence is kept closely, its doubt dropped
    src = (
        "HARTWELL, June 2 -- Veridane Insurance Group today provided an update on the "
        "incident it disclosed on May 27. Based on the investigation to date, an "
        "unauthorized third party may have accessed files containing personal information "
        "of approximately 410,000 current and former policyholders."
    )
    cpy = (
        "Veridane Insurance Group said that hackers stole files containing the personal "
        "information of approximately 410,000 current and former policyholders."
    )
    assert [(c.kind, c.source_text) for c in pair(src, cpy) if c.kind == "hedge"] == [
        ("hedge", "may have accessed")
    ]


def test_a_race_against_the_weather_is_no_hedge() -> None:
    # round 103: "before autumn rains could wash them away" -> "ahead of the autumn rains"
    src = (
        "A team used drones to map the prints before autumn rains could wash them away. "
        "Radiocarbon dating gave an age of 8,000 years."
    )
    cpy = (
        "Researchers hurried to map the tracks with drones ahead of the autumn rains, and "
        "radiocarbon tests gave an age of 8,000 years."
    )
    assert "hedge" not in kinds(src, cpy)


def test_a_merged_pair_must_keep_the_hedged_clause() -> None:
    # round 92: the copy sentence keeps the plan to seek approval, not the "could be
    # available by 2028" it was merged with (another copy sentence says that)
    src = (
        "The trial was funded by Halvern Biotech. Halvern said it planned to apply to the "
        "European Medicines Agency for approval next year and that the vaccine could be "
        "available by the 2028 season."
    )
    cpy = (
        "Halvern Biotech funded the trial and plans to seek approval from the European "
        "Medicines Agency next year."
    )
    assert "hedge" not in kinds(src, cpy)


def test_a_group_who_expect_something_is_no_forecast() -> None:
    # round 180: "Economists who expect no change pointed to wage growth" -> "Others are
    # less sure, pointing to wage growth" dropped no hedge
    assert (
        kinds(
            "Economists who expect no change pointed to wage growth, which reached 8.2% in the quarter.",
            "Others are less sure, pointing to wage growth of 8.2% in the quarter.",
        )
        == []
    )
    assert kinds(
        "The company expects the deal to close in May.", "The deal will close in May."
    ) == ["hedge"]


def test_a_forecast_made_a_decision_beside_the_forecast_it_revises() -> None:
    # round 180: "expects to revise its growth forecast" -> "has decided to revise its
    # growth forecast": the noun kept no doubt
    assert kinds(
        "Kell said the ministry expects to revise its growth forecast for 2026.",
        "Kell said the ministry has decided to revise its growth forecast for 2026.",
    ) == ["hedge"]
    # the verb does: "forecasts growth" (round 98)
    assert (
        kinds(
            "The ministry expects growth to reach 2.0% this year.",
            "The ministry forecasts growth of 2.0% this year.",
        )
        == []
    )


def test_some_before_a_measured_share_is_no_hedge() -> None:
    # rounds 178 and 184: "Some 7.9% of patients stopped" -> "7.9% of patients stopped"
    assert (
        kinds(
            "Some 7.9% of patients stopped treatment.",
            "Side effects led 7.9% of patients to stop treatment.",
        )
        == []
    )
    assert kinds("Some 8,000 people marched.", "Exactly 8,000 people marched.") == ["hedge"]


def test_an_option_weighed_in_other_words() -> None:
    # round 190: "would consider strikes" -> "would weigh strike action"
    src = "Unions said they would consider strikes if the pay freeze was not lifted."
    assert kinds(src, "Unions said they would weigh strike action if the pay freeze stays.") == []
    assert "hedge" in kinds(src, "Unions said they would strike if the pay freeze stays.")


def test_a_forecast_s_place_alone_keeps_no_claim() -> None:
    # round 188: "is expected to arrive in Dravnik on Saturday" and, a week later, "was
    # sent to Dravnik": two statements, no hedge dropped
    src = "The Aurora Tide is expected to arrive in Dravnik on Saturday."
    cpy = "After last week's rescue, the Aurora Tide was sent to Dravnik."
    assert "hedge" not in kinds(src, cpy)
    assert "hedge" in kinds(src, "The Aurora Tide will arrive in Dravnik on Saturday.")


def test_could_as_ability_kept_by_able_to() -> None:
    # round 192: "no idea how long he could keep paying them" -> "does not know how long
    # he will be able to keep paying them"
    assert kinds("He said he had no idea how long he could keep paying them.",
                 "He said he does not know how long he will be able to keep paying them.") == []  # fmt: skip


def test_a_possibility_on_a_condition_made_certain_on_it() -> None:
    # round 198: "could be needed if wage growth did not slow" -> "will be needed if ..."
    src = "The governor said further tightening could be needed if wage growth did not slow."
    cpy = "The governor warned that further tightening will be needed if wage growth does not slow."
    assert kinds(src, cpy) == ["hedge"]
    assert kinds(src, src.replace("governor said", "governor told reporters")) == []


def test_a_forecast_made_certain_beside_another_forecast() -> None:
    # round 199: the copy keeps "is forecast to" of the storms, not "is expected to" of
    # the heat
    src = "The heat is expected to break on Thursday, when storms are forecast to move through."
    assert kinds(src, src.replace("is expected to break", "will break")) == ["hedge"]
    # ... and an outlook is a forecast: "expects inflation to return" -> "sees inflation
    # coming back" (round 198)
    assert (
        kinds(
            "The bank now expects inflation to return to 3% only in the second half of 2027.",
            "The bank now sees inflation coming back to 3% only in the second half of 2027.",
        )
        == []
    )


def test_picked_up_to_is_a_rise_not_a_ceiling() -> None:
    # round 198: "Economic growth picked up to 2.4%" -> "growth accelerating to 2.4%"
    assert (
        kinds(
            "Economic growth picked up to 2.4% in the third quarter.",
            "Growth accelerated to 2.4% in the third quarter.",
        )
        == []
    )
    assert kinds("Gusts of up to 90 km/h are forecast.", "Gusts of 90 km/h are forecast.") == [
        "hedge"
    ]


def test_a_passive_possibility_stated_as_a_plan_beside_other_doubts() -> None:
    # round 200: "a deal could be announced as early as Monday" -> "the deal will be
    # announced on Monday", though the copy says "appears" and "reportedly" elsewhere
    src = "The two parties have reached a preliminary agreement and a deal could be announced as early as Monday, three people familiar with the talks said."  # fmt: skip
    cpy = "A deal appears to be within reach. The two parties have reportedly reached a preliminary agreement, and the deal will be announced on Monday, according to three people familiar with the talks."  # fmt: skip
    assert "hedge" in kinds(src, cpy)
    assert "hedge" not in kinds(src, cpy.replace("will be announced", "could be announced"))


def test_a_fear_of_the_worst_dropped() -> None:
    # round 206: "still feared trapped" -> "still trapped"
    src = "The ministry said hundreds of people are still feared trapped in collapsed buildings."
    got = pair(src, src.replace("feared trapped", "trapped"))
    assert [(c.kind, c.source_text) for c in got] == [("hedge", "feared trapped")]
    assert kinds(src, src.replace("still feared", "feared")) == []


def test_a_hedge_kept_in_the_other_half_of_a_split_or_a_may_of_permission() -> None:
    # round 203: the source sentence split in two, "preliminary findings" kept in the first
    src = (
        "Corvane said it accepted the preliminary findings and had suspended its head of "
        "quality pending an internal review."
    )
    cpy = (
        "Corvane said it accepts the preliminary findings. Its head of quality has been "
        "suspended while an internal review takes place."
    )
    assert kinds(src, cpy) == []
    # round 207: a right to appeal, no doubt that they will
    assert (
        kinds(
            "Either candidate may then appeal to the Constitutional Court within five days.",
            "Either candidate will have five days to appeal to the Constitutional Court.",
        )
        == []
    )


def test_an_alleged_thing_stated_in_its_own_half_of_a_split() -> None:
    # round 207: "claims" doubts the first half only
    got = pair(
        "The appeal argues that the ballots were wrongly declared invalid, and that alleged "
        "irregularities at 63 polling stations make the true result impossible to establish.",
        "In its appeal, the party claims the ballots should not have been ruled invalid. It "
        "also says that irregularities at 63 polling stations make it impossible to "
        "establish the true result.",
    )
    assert [(c.kind, c.source_text, c.copy_sentence) for c in got] == [
        ("hedge", "alleged irregularities", 1)
    ]


def test_a_day_a_team_is_due_and_an_inquiry_into_a_possible_fault() -> None:
    # round 210: "was expected to arrive on Thursday" -> "was due on Thursday" keeps the
    # plan; "an investigation into possible negligence" -> "into negligence" drops the doubt
    assert (
        kinds(
            "A team of search specialists was expected to arrive on Thursday.",
            "A team of search specialists was due on Thursday.",
        )
        == []
    )
    assert kinds(
        "Prosecutors opened an investigation into possible negligence by the council.",
        "Prosecutors opened an investigation into negligence by the council.",
    ) == ["hedge"]


def test_the_hedge_dropped_beside_one_kept() -> None:
    # round 236: "could be worth" stays; "could be enough to persuade" became "will persuade"
    got = pair(
        "The trust believes the stadium could be worth between 10 million and 14 million "
        "pounds, and that a successful offer could be enough to persuade the family to "
        "separate the ground from the sale.",
        "The stadium could be worth anywhere between 10 million and 14 million pounds. The "
        "trust believes a successful offer will persuade the family to separate the ground "
        "from the sale.",
    )
    assert [(c.kind, c.source_text) for c in got] == [("hedge", "could be enough")]


def test_a_belief_dropped_and_a_conditional_made_certain() -> None:
    # round 247: "which police believe originated" -> "which originated"
    src = "The leak, which police believe originated inside a printing plant, forced a re-sit."
    cpy = "The leak, which originated inside a printing plant, forced a re-sit."
    assert kinds(src, cpy) == ["hedge"]
    assert kinds(src, src.replace("police believe", "detectives think")) == []
    # round 244: "said it could intervene ... if" -> "said it would intervene ... if"
    src = "The bank said it could intervene in currency markets if volatility persisted."
    cpy = "The bank said it would intervene in currency markets if volatility persisted."
    assert kinds(src, cpy) == ["hedge"]
    # ... while a possibility kept on its condition stays one (round 127's reading)
    kept = "The bank said intervention in currency markets was possible if volatility persisted."
    assert kinds(src, kept) == []


def test_likely_before_a_participle_and_an_estimate_told_by_its_verb() -> None:
    # round 262: "are likely linked" -> "are linked"; round 263: "had likely been aware"
    got = pair(
        "The four cases are likely linked to a family gathering, the authority said.",
        "The four cases are linked to a family gathering, the authority said.",
    )
    assert [(c.kind, c.source_text) for c in got] == [("hedge", "are likely linked")]
    assert kinds(
        "The authority said the firm had likely been aware of the problem since 2022.",
        "The authority said the firm had been aware of the problem since 2022.",
    ) == ["hedge"]
    assert (
        kinds(
            "The cases are likely linked to a family gathering.",
            "The cases are probably linked to a family gathering.",
        )
        == []
    )
    # round 258: "an estimated 31 million" kept by "estimates that ... 31 million"
    src = "The council said restrictions had cost its members an estimated 31 million crowns."
    assert (
        kinds(
            src, "The council estimates that the restrictions cost its members 31 million crowns."
        )
        == []
    )
    assert kinds(src, "The council said the restrictions cost its members 31 million crowns.") == [
        "hedge"
    ]
    # round 260: "around 850" -> "closer to 850"
    assert (
        kinds(
            "The university put the number at around 850.",
            "University figures put the total closer to 850.",
        )
        == []
    )
