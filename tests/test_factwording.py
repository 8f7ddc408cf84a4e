"""Loaded wording: swaps, words added, and which way a swap leans (factwording.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_facts import by_sentence, kinds, pair
from wiretrace.factwording import spin

DAY = dt.date(2026, 5, 4)


def test_words_loaded_only_in_place_of_a_neutral_one() -> None:
    # round 58: protesters made fighters; round 57: a decision made a formality
    got = pair("The demonstrators, who carried banners, marched to the hall.",
               "The militants, who carried banners, marched to the hall.")  # fmt: skip
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("wording", "demonstrators", "militants")
    ]
    assert spin(got[0]) == 1
    assert kinds("The homes have been approved despite objections.",
                 "The homes have been rubber-stamped despite objections.") == ["wording"]  # fmt: skip
    # "militant" is the plain word for a fighter: no label added, and a "jihadist" made
    # a "militant" is still the copy taking a label away
    assert kinds("Rebels attacked the town.", "Militants attacked the town.") == []
    (took,) = pair("The jihadists attacked the town.", "The militants attacked the town.")
    assert spin(took) == -1


def test_an_armed_group_made_criminals_and_an_arrest_a_kidnapping_as_swaps_only() -> None:
    # round 70: planted on a pro-government and an opposition site
    assert kinds("The rebels agreed to the truce.", "The bandits agreed to the truce.") == [
        "wording"
    ]
    assert kinds("Police detained the opposition leader.",
                 "Police abducted the opposition leader.") == ["wording"]  # fmt: skip
    # the plain words of their own stories: no label added where the source has none
    assert kinds("Gunmen seized three traders.", "Gunmen abducted three traders.") == []
    # and one for the other is a synonym
    assert kinds("Gunmen abducted three traders.", "Gunmen kidnapped three traders.") == []


def test_another_offence_is_a_change_of_wording() -> None:
    # round 115: the charge made another one
    got = kinds_of(
        "A 34-year-old man has been charged with criminally negligent homicide after a "
        "pedestrian was killed, police said.",
        "A 34-year-old man has been charged with vehicular manslaughter after a pedestrian "
        "was killed, police said.",
    )
    assert got == [("wording", "criminally negligent homicide", "vehicular manslaughter")]
    # the same offence, more or less exactly named, is none
    assert not kinds_of(
        "He was convicted of first-degree murder in March.",
        "He was convicted of murder in March.",
    )
    # nor a deed for the offence ("stealing" for "theft")
    assert not kinds_of("She is accused of theft.", "She is accused of stealing cars.")


def kinds_of(src: str, cpy: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.source_text, c.copy_text) for c in pair(src, cpy)]


def test_money_claimed_and_a_denial_insisted_on_are_no_loaded_verbs() -> None:
    # round 125: an expenses story, faithfully paraphrased
    assert kinds("Auditors said they were examining 64,000 crowns in claims for trips abroad.",
                 "Auditors said they were examining 64,000 crowns claimed for trips abroad.") == []  # fmt: skip
    assert kinds("Ostrec told lawmakers that he had done nothing wrong.",
                 "Ostrec insisted he had acted properly.") == []  # fmt: skip
    # the doubting verbs themselves are still read
    assert kinds("Ostrec said the trips were official.",
                 "Ostrec claimed the trips were official.") == ["wording"]  # fmt: skip
    assert kinds("Ostrec told lawmakers the trips were official.",
                 "Ostrec insisted the trips were official.") == ["wording"]  # fmt: skip


def test_diplomats_made_spies_and_a_reform_a_crackdown() -> None:
    # round 125
    assert kinds("Estrovia ordered two Kesmarki diplomats to leave the country.",
                 "Estrovia ordered two Kesmarki spies to leave the country.") == ["wording"]  # fmt: skip
    assert kinds("It was part of the police reform package.",
                 "It was part of the police crackdown package.") == ["wording"]  # fmt: skip
    # one loaded word for its synonym
    assert kinds("Police announced a crackdown on speeding.",
                 "Police announced a clampdown on speeding.") == []  # fmt: skip


def test_a_denial_insisted_on() -> None:
    # round 125: "said ... the talks had not collapsed" -> "insisted the negotiations had
    # not broken down"
    assert kinds("Deslin told a news conference that the talks had not collapsed.",
                 "Deslin insisted the negotiations had not broken down.") == []  # fmt: skip
    assert kinds("Deslin told a news conference that the talks had collapsed.",
                 "Deslin insisted the negotiations had broken down.") == ["wording"]  # fmt: skip


def test_a_claim_the_court_rejected_is_a_claim() -> None:
    # round 135: a faithful copy's "had claimed" for an explanation the court rejected
    src = (
        "The judges found the trial court had been right to reject Mabaso's explanation "
        "that the payments were loans from a family friend."
    )
    assert kinds(src, "Mabaso had claimed the money was a loan from a family friend.") == []
    # where the source says nothing of it, "claimed" is still the copy's doubt
    assert kinds(
        "Mabaso said the payments were loans from a family friend.",
        "Mabaso claimed the payments were loans from a family friend.",
    ) == ["wording"]


def test_pleaded_guilty_is_admitted() -> None:
    # round 135: "pleaded guilty to a separate charge" -> "admitted a separate charge"
    assert (
        kinds(
            "The owners pleaded guilty before the trial to a separate health and safety charge.",
            "The owners, who admitted a separate health and safety charge, will be sentenced.",
        )
        == []
    )


def test_the_charge_with_the_accused_between() -> None:
    # round 135: "charged a 29-year-old man with grievous bodily harm" -> "attempted murder"
    got = pair(
        "Police have charged a 29-year-old man with grievous bodily harm after the attack.",
        "Police have charged a 29-year-old man with attempted murder after the attack.",
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("wording", "grievous bodily harm", "attempted murder")
    ]


def test_loaded_words_alike_and_an_ultimatum() -> None:
    # round 138: "rushed through" -> "pushed through" says the same; round 139: a union's
    # proposal made its ultimatum
    assert (
        kinds(
            "The union fears the change would be rushed through without funding.",
            "The union fears the change will be pushed through without funding.",
        )
        == []
    )
    assert kinds(
        "Cardoso said the union's proposal would add 41 million euros a year.",
        "Cardoso said the union's ultimatum would add 41 million euros a year.",
    ) == ["wording"]


def test_one_steep_fall_for_another() -> None:
    # round 129: "slumped 18%" -> "tumbled 18%" was a loaded word where both are
    assert (
        kinds(
            "Shares in the brewer slumped 12% after the warning.",
            "Shares in the brewer tumbled 12% after the warning.",
        )
        == []
    )
    assert kinds(
        "Shares in the brewer fell 12% after the warning.",
        "Shares in the brewer plummeted 12% after the warning.",
    ) == ["wording"]


def test_a_small_effect_made_a_large_one() -> None:
    # round 144: "a small but measurable increase in risk" -> "a dramatic increase in risk"
    assert kinds("The study found a small but measurable increase in risk.",
                 "The study found a dramatic increase in risk.") == ["wording"]  # fmt: skip
    # round 178: "a modest rise in repossessions" -> "an alarming surge"
    assert kinds("Lenders repossessed 1,120 homes, a modest rise from 982 in the first half.",
                 "Lenders repossessed 1,120 homes, an alarming surge from 982 in the first half.") == ["wording"]  # fmt: skip


def test_an_admission_reported_as_one() -> None:
    # round 150: '"We did not get everything, but ...," Albers told reporters' ->
    # "Albers conceded that the union had not achieved all of its goals"
    src = (
        '"We did not get everything, but our members will feel this," union negotiator '
        "Katrin Albers told reporters."
    )
    assert kinds(src, "Katrin Albers conceded that the union had not got everything.") == []
    # ... but a plain statement made an admission is still a loaded verb
    plain = src.replace("We did not get everything, but our", "Our")
    assert kinds(plain, "Katrin Albers conceded that members would feel this.") == ["wording"]


def test_a_close_race_made_a_clear_one() -> None:
    # round 159: "narrowly led the count" -> "comfortably led the count"
    src = "Opposition candidate Tomas Ibarrola narrowly led the count in the run-off."
    assert kinds(src, src.replace("narrowly", "comfortably")) == ["wording"]
    assert kinds(src, src.replace("narrowly", "barely")) == []
    # each is a plain word where the other is not there
    assert kinds("He led the count.", "He comfortably led the count.") == []


def test_an_accusation_called_a_claim() -> None:
    # round 159: "opposition accusations that the ruling party had used state television"
    # -> "opposition claims that ...": a claim it was already
    src = (
        "The campaign was marked by opposition accusations that the ruling party had used state TV."
    )
    assert kinds(src, src.replace("accusations", "claims")) == []
    plain = (
        "The campaign was marked by opposition complaints that the ruling party had used state TV."
    )
    assert kinds(plain, plain.replace("complaints", "claims")) == ["wording"]


def test_a_provisional_measure_made_final() -> None:
    # round 154: "has been provisionally suspended" -> "has been banned"
    src = "French sprinter Luc Ferrand has been provisionally suspended after a failed test."
    assert kinds(src, "French sprinter Luc Ferrand has been banned after a failed test.") == [
        "hedge"
    ]
    assert kinds(src, "French sprinter Luc Ferrand has been suspended after a failed test.") == [
        "hedge"
    ]
    # ... but not while the copy says it is provisional another way
    same = "French sprinter Luc Ferrand has been suspended pending a hearing after a failed test."
    assert kinds(src, same) == []


def test_a_scare_word_added() -> None:
    # round 155: "A referendum held in the hills in 2011" -> "The so-called referendum"
    src = "A referendum held in the hills in 2011 has not been recognised by most states."
    assert kinds(src, src.replace("A referendum", "The so-called referendum")) == ["wording"]
    # ... as the source's own word it is no label added
    own = src.replace("A referendum", "The so-called referendum")
    assert kinds(own, own.replace("most states", "most countries")) == []


@pytest.mark.parametrize(
    ("src", "cpy"),
    [
        # rounds 162 and 165
        (
            "The index fell 3.2%, its steepest one-day decline since 2021.",
            "The index suffered its worst crash since 2021, sliding 3.2%.",
        ),
        (
            "The retailer slashed its profit forecast for the year.",
            "The retailer trimmed its profit forecast for the year.",
        ),
        (
            "The launch was called off because of a minor fuel leak.",
            "The launch was called off because of a dangerous fuel leak.",
        ),
        # round 168
        (
            "The council leader defended the decision to sell the meadow.",
            "The council leader doubled down on the decision to sell the meadow.",
        ),
        (
            "Residents said the development would put more pressure on the roads.",
            "Residents said the land grab would put more pressure on the roads.",
        ),
    ],
)
def test_loaded_swaps_of_rounds_162_to_168(src: str, cpy: str) -> None:
    assert "wording" in kinds(src, cpy)


def test_a_label_put_on_a_group() -> None:
    # rounds 171 and 175
    assert "wording" in kinds(
        "Environmental group Costa Viva called for the port to publish its tests.",
        "Radical environmental group Costa Viva demanded that the port publish its tests.",
    )
    assert "wording" in kinds(
        "Neighbors warned of flooding on Mill Lane.", "NIMBY activists warned of flooding."
    )


def test_a_limit_owned_up_to_may_be_admitted() -> None:
    # round 173: "but that it could not rule it out" is an admission already
    src = (
        "It said it had found no evidence that anyone else had opened the files, but that "
        "it could not rule it out."
    )
    assert "wording" not in kinds(src, "It admits it cannot rule this out.")
    assert "wording" in kinds(
        "The council said it had found no evidence that anyone opened the files.",
        "The council admits it had found no evidence that anyone opened the files.",
    )


def test_the_same_word_on_both_sides_is_no_swap() -> None:
    assert (
        kinds(
            "The launch was called off because of a minor fuel leak.",
            "A minor fuel leak forced the launch to be called off.",
        )
        == []
    )


def test_union_members_made_militants() -> None:
    # round 179: "relatives and union members held a vigil" -> "union militants"
    assert kinds("A group of relatives and union members held a candlelit vigil at the gates.",
                 "A group of relatives and union militants held a candlelit vigil at the gates.") == ["wording"]  # fmt: skip


def test_fishermen_made_poachers_and_a_charity_ship_an_activist_one() -> None:
    # rounds 186 and 188: swaps only ("poachers" and "activist" are plain words of their
    # own stories)
    assert kinds("Salderan fishermen had taken more than their share.",
                 "Salderan poachers had taken more than their share.") == ["wording"]  # fmt: skip
    assert kinds("The charity ship Aurora Tide sailed north.",
                 "The activist ship Aurora Tide sailed north.") == ["wording"]  # fmt: skip
    assert kinds("The poachers were fined.", "The poachers were fined heavily.") == []


def test_repairs_made_botched_and_a_criticism_made_a_complaint() -> None:
    # round 187: the adjective is the copy's verdict; "criticised" -> "complained" is not
    assert kinds("The joint failed during repairs in 2023.",
                 "The joint failed during botched repairs in 2023.") == ["wording"]  # fmt: skip
    assert kinds("The families also criticised the pace of compensation.",
                 "Families also complained about how slowly compensation is arriving.") == []  # fmt: skip


def test_birds_admitted_are_taken_in_not_confessing() -> None:
    # round 191: "have also been admitted" at a rescue centre
    src = "Gannets and eiders have also been taken in."
    assert kinds(src, "Gannets and eiders have also been admitted.") == []


def test_a_protest_made_a_siege() -> None:
    # round 192: "a tractor protest by poultry farmers" -> "laid siege to the capital"
    assert kinds("He spoke two weeks after a tractor protest by poultry farmers.",
                 "He spoke two weeks after poultry farmers laid siege to the capital with their tractors.") == ["wording"]  # fmt: skip


@pytest.mark.parametrize(
    ("src", "cpy"),
    [
        # rounds 195, 196, 198, 199: a guarded reception made a scornful one, a cautious
        # stance a timid one, an athlete a cheat, homeless people vagrants
        ("Analysts were cautious about the outlook.", "Analysts were scathing about the outlook."),
        ("The bank will maintain its cautious stance.", "The bank will maintain its timid stance."),
        (
            "The 31-year-old thrower was tested in March.",
            "The 31-year-old cheat was tested in March.",
        ),
        (
            "Shelters took in 34 homeless people overnight.",
            "Shelters took in 34 vagrants overnight.",
        ),
    ],
)
def test_a_judgement_swapped_in(src: str, cpy: str) -> None:
    assert kinds(src, cpy) == ["wording"]


def test_loaded_words_of_one_degree_or_an_accusation_denied_are_no_swap() -> None:
    # round 198: "surged" -> "soared" (two words of one steep rise); "dismissed suggestions
    # that" -> "pushed back against claims that" (the accusation the speaker denied)
    assert kinds(
        "It peaked at 18.9% when gas prices surged after the closure of the pipeline.",
        "Inflation hit a peak of 18.9% as energy prices soared following the pipeline's shutdown.",
    ) == []  # fmt: skip
    assert (
        kinds(
            "She dismissed suggestions that the bank had bowed to pressure from the government.",
            "She pushed back against claims that the bank had given in to the government.",
        )
        == []
    )
    # round 196: "insisted she had never" -> "rejected claims that she doped"
    assert (
        kinds(
            "Szalai insisted on Wednesday that she had never knowingly taken a banned substance.",
            "Szalai has firmly rejected claims that she doped, speaking on Wednesday.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("src", "cpy"),
    [  # rounds 202-208: each a plain word of a story of its own, loaded in place of another
        ("a small number of residents who stayed behind in Dorrow",
         "a small number of defiant holdouts in Dorrow"),
        ("The infections were caused by a lapse in sterile procedures.",
         "The infections were caused by reckless negligence in sterile procedures."),
        ("The unions have called a 48-hour walkout from Monday.",
         "The unions have called a 48-hour wildcat action from Monday."),
        ("Two men were detained after a scuffle near a tram stop.",
         "Two men were detained after a brawl broke out near a tram stop."),
        ("The accident is the most serious in the region since 1998.",
         "The disaster is the most serious in the region since 1998."),
        ("The party has called the complaint a delaying tactic.",
         "The party has dismissed the complaint as a cynical delaying tactic."),
    ],
)  # fmt: skip
def test_loaded_words_of_rounds_202_to_208(src: str, cpy: str) -> None:
    assert kinds(src, cpy) == ["wording"]


def test_a_verb_the_source_says_as_a_noun_or_argues_is_no_loaded_word() -> None:
    # round 207: "after a complaint from the party, which says" -> "after the party
    # complained"; "the appeal argues that" -> "the party claims"
    assert (
        kinds(
            "The commission ordered the recount after a complaint from the party, which says "
            "count sheets were altered.",
            "The commission ordered the recount after the party complained that count sheets "
            "had been changed.",
        )
        == []
    )
    assert (
        kinds(
            "The party's appeal argues that the ballots were wrongly declared invalid.",
            "In its appeal, the party claims the ballots were wrongly declared invalid.",
        )
        == []
    )


def test_a_denial_insisted_on_past_a_however() -> None:
    # round 208: "but he said he would not hide" -> "He insisted, however, that he would not"
    assert (
        kinds(
            "Fenwick said the fault was not on the plans, but he said he would not hide behind it.",
            "He insisted, however, that he would not hide behind the fault.",
        )
        == []
    )


def test_marchers_made_a_mob_and_shortcomings_glaring_failures() -> None:
    # rounds 214 and 212
    assert kinds(
        "Police fired tear gas after some marchers threw bottles at the gate.",
        "Police fired tear gas after some of the mob threw bottles at the gate.",
    ) == ["wording"]
    assert kinds(
        "A 2023 inspection identified shortcomings in the storage of drums.",
        "A 2023 inspection exposed glaring failures in the storage of drums.",
    ) == ["wording"]


def test_a_tough_ruling_made_draconian() -> None:
    # round 216 (held out)
    assert kinds("Analysts called the ruling tough.", "Analysts called the ruling draconian.") == [
        "wording"
    ]


def test_round_218_223_loaded_swaps() -> None:
    for src, cpy in (
        (
            "The bus had been travelling fast on the descent.",
            "The bus had been hurtling down the descent.",
        ),
        (
            "It was a price-fixing arrangement covering the drug.",
            "It was a price-fixing racket covering the drug.",
        ),
        (
            "The arrival of some 310,000 immigrants changed the towns.",
            "The flood of some 310,000 immigrants changed the towns.",
        ),
        (
            "The fire started in batteries from an undeclared shipment.",
            "The fire started in batteries from a smuggled shipment.",
        ),
    ):
        assert kinds(src, cpy) == ["wording"], cpy


def test_round_228_231_crooked_cover_up_and_besieged() -> None:
    got = by_sentence(
        "Judge Helena Mirescu sentenced former port official Marek Dovlan to four years.",
        "Judge Helena Mirescu sentenced crooked former port official Marek Dovlan to four years.",
        DAY,
    )
    assert [(c.kind, c.copy_text) for c in got] == [("wording", "crooked")]
    got = by_sentence(
        "The committee will ask whether the four-day delay amounted to a breach of the rules.",
        "The committee will ask whether the four-day cover-up amounted to a breach of the rules.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("wording", "delay", "cover-up")]
    got = by_sentence(
        "Some 300 Vallmoro residents protested outside City Hall on Thursday evening.",
        "Some 300 Vallmoro residents besieged City Hall on Thursday evening.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("wording", "protested", "besieged")
    ]
    # a cover-up the source names already is none
    assert not by_sentence(
        "Critics called the four-day delay a cover-up.",
        "Critics called the four-day delay a cover-up, the paper said.",
        DAY,
    )


def test_occupied_only_in_place_of_disputed() -> None:
    # round 226: beds "occupied" are no territory
    assert not by_sentence(
        "One nurse described a night when all 22 cubicles were full.",
        "One nurse described a night when all 22 cubicles were occupied.",
        DAY,
    )
    got = by_sentence(
        "Troops entered the disputed territory on Monday.",
        "Troops entered the occupied territory on Monday.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("wording", "disputed", "occupied")
    ]
    # (round 155: "the Meridian-administered Carrow Hills" -> "the Meridian-occupied")
    assert kinds(
        "Troops entered the Meridian-administered Carrow Hills on Monday.",
        "Troops entered the Meridian-occupied Carrow Hills on Monday.",
    ) == ["wording"]


def test_a_demanding_roster_made_punishing() -> None:
    # round 238
    got = by_sentence(
        "Pilots at the airline regularly flew a demanding roster, the union said.",
        "Pilots at the airline regularly fly a punishing roster, the union said.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("wording", "demanding", "punishing")
    ]


def test_loaded_words_of_rounds_242_to_248() -> None:
    day = dt.date(2025, 3, 11)
    # a delay made a cover-up (round 242), a fall made a crash (round 244), a protest a
    # rampage (round 246)
    src = "Slate waited 12 days before informing the schools, the regulator said."
    cpy = "Slate concealed the breach from the schools for 12 days, the regulator said."
    assert [c.kind for c in by_sentence(src, cpy, day)] == ["wording"]
    src = "The Estmark mark fell to a 10-month low against the dollar on Tuesday."
    cpy = "The Estmark mark crashed to a 10-month low against the dollar on Tuesday."
    assert [c.kind for c in by_sentence(src, cpy, day)] == ["wording"]
    src = "The governor said the protest had been sparked by the cancellation of visits."
    cpy = "The governor said the rampage had been sparked by the cancellation of visits."
    assert [c.kind for c in by_sentence(src, cpy, day)] == ["wording"]
    # ... only as swaps: a plane that crashed, smugglers who concealed (round 169)
    src = "The plane came down shortly after take-off, the airline said."
    assert (
        by_sentence(src, "The plane crashed shortly after take-off, the airline said.", day) == []
    )
    src = "The men hid the drugs in a lorry's spare tyre, police said."
    cpy = "The men concealed the drugs in a lorry's spare tyre, police said."
    assert by_sentence(src, cpy, day) == []
    # horns blasted are horns sounded, no blast of criticism (round 248)
    src = "Protesters parked tractors across the road, while trawlers at the quay sounded their horns."
    cpy = "Tractors were lined up across the road, as trawlers at the quay blasted their horns."
    assert [c.kind for c in by_sentence(src, cpy, day)] == []


def test_a_complaint_of_a_smell_is_no_speech_judged() -> None:
    # round 248: "Residents have complained of a strong smell" beside the copy's "has told
    # those with asthma": a symptom reported, and "told" an instruction
    src = (
        "Residents have complained of a strong smell of oil, and the health board said it had "
        "received around 30 calls from people reporting headaches."
    )
    cpy = (
        "The health board reported receiving about 30 calls from residents with headaches, and "
        "has told those with asthma to keep their windows shut."
    )
    assert kinds(src, cpy) == []
    # ... where complaining said of a speaker's words is still the loaded verb
    said = "The union complained that the offer was unfair."
    assert kinds(said, "The union said that the offer was unfair.") == ["wording"]


def test_loaded_swaps_of_rounds_250_to_257() -> None:
    day = dt.date(2025, 6, 19)
    # a lander that tipped over made one that crashed, talks that stalled made ones that
    # collapsed, an attempt at tampering made a poisoning
    for src, cpy in (
        ("The lander, which tipped over on landing, lost power.",
         "The lander, which crashed on landing, lost power."),
        ("Coalition talks stalled on Thursday after the party refused to back the plan.",
         "Coalition talks collapsed on Thursday after the party refused to back the plan."),
        ("Officials have not said who was behind the attempted tampering.",
         "Officials have not said who was behind the attempted poisoning."),
    ):  # fmt: skip
        assert [c.kind for c in by_sentence(src, cpy, day)] == ["wording"]
    # a concession is an admission (round 255)
    src = "The outgoing leader, Hester Vane, conceded defeat on Monday night."
    assert by_sentence(src, src.replace("conceded", "admitted"), day) == []
    assert [c.kind for c in by_sentence(src, src.replace("conceded", "boasted of"), day)] == [
        "wording"
    ]
    # ... only as swaps: a roof that collapsed is no loaded word
    src = "Part of the roof fell in after the storm, the council said."
    cpy = "Part of the roof collapsed after the storm, the council said."
    assert by_sentence(src, cpy, day) == []


def test_a_term_the_source_quotes_a_climbdown_and_a_looting_whitewashed() -> None:
    # round 263: 'so-called "reliability scores"', a term the source also quotes
    src = 'The board said the data fed "reliability scores" that decided which orders came.'
    cpy = 'The board took issue with how the data was turned into so-called "reliability scores".'
    assert kinds(src, cpy) == []
    assert kinds(src.replace('"reliability scores"', "scores"), cpy) == ["wording"]
    # round 263: "proposed changes" -> "climbdown"; round 264: "looted" -> "acquired"
    got = by_sentence(
        "Quarrystone's proposed changes come weeks after the office opened its probe.",
        "Quarrystone's climbdown comes just weeks after the office opened its probe.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("wording", "changes", "climbdown")
    ]
    got = by_sentence(
        "The museum returned 23 brass plaques looted from the royal palace in 1897.",
        "The museum returned 23 brass plaques acquired from the royal palace in 1897.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("wording", "looted", "acquired")
    ]
