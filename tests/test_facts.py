"""Fact changes in aligned pairs, and the labelled set's targets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from test_quotes import aligned_to, seed_comparison
from wiretrace import facts
from wiretrace.article import Alignment, Article, Change, PairKind
from wiretrace.changes_eval import evaluate_changes
from wiretrace.sentences import split

DATA = Path(__file__).parent / "data" / "changes.jsonl"


def pair(src: str, cpy: str, date: dt.date | None = dt.date(2025, 11, 13)) -> list[Change]:
    s = Article(id="s", body=src, date=date)
    s.sentences = split(src, language="en")
    c = Article(id="c", body=cpy, date=date)
    c.sentences = split(cpy, language="en")
    al = [
        Alignment(tuple(range(len(c.sentences))), tuple(range(len(s.sentences))), "paraphrase", 1.0)
    ]
    return facts.analyze(s, c, al)


def kinds(src: str, cpy: str, date: dt.date | None = dt.date(2025, 11, 13)) -> list[str]:
    return [c.kind for c in pair(src, cpy, date)]


def by_sentence(
    src: str, cpy: str, date: dt.date, kind: PairKind = "light_edit", score: float = 0.95
) -> list[Change]:
    """The changes of ``cpy`` read sentence by sentence against ``src`` (the i-th with the
    i-th), as compare aligns a copy that keeps its source's sentences."""
    s = Article(id="s", body=src, date=date)
    s.sentences = split(src, language="en")
    c = Article(id="c", body=cpy, date=date)
    c.sentences = split(cpy, language="en")
    al = [Alignment((i,), (i,), kind, score) for i in range(len(c.sentences))]
    return facts.analyze(s, c, al)


def test_numbers() -> None:
    assert kinds("Five people died.", "5 people died.") == []
    assert kinds("It cost $1.5 million.", "It cost 1,500,000 dollars.") == []
    assert kinds("Turnout was 10 per cent.", "Turnout was 10%.") == []
    got = pair("At least 32 people were killed.", "At least 23 people were killed.")
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("number", "32", "23")]


def test_dates_resolve_against_article_date() -> None:
    assert kinds("He spoke late on Wednesday.", "He spoke on November 12.") == []
    assert kinds("The talks collapsed on Tuesday.", "The talks collapsed on Monday.") == ["date"]
    assert kinds("The vote will be held on Sunday.", "The vote will be held on November 16.") == []
    assert kinds("The blast was at 3 p.m.", "The blast was at 5 p.m.") == ["time"]


def test_names_places_titles() -> None:
    assert kinds("Backed by the Biden administration.", "Backed by the U.S. government.") == [
        "name"
    ]
    assert kinds("The attack was in Mopti.", "The attack was in Gao.") == ["place"]
    assert kinds(
        "Defence Minister Sadio Camara arrived.", "Foreign Minister Sadio Camara arrived."
    ) == ["title"]
    assert kinds("Former president Alpha Conde left.", "President Alpha Conde left.") == ["title"]
    assert kinds("The United Nations called for calm.", "The UN urged calm.") == []


def test_swapped_proper_nouns() -> None:
    # a replaced capitalised run, near-identical spellings included
    assert kinds("The summit was hosted by Siemens Energy.",
                 "The summit was hosted by Vattenfall Energy.") == ["name"]  # fmt: skip
    assert kinds("Coach Peter Halvorsen praised the team.",
                 "Coach Peter Halversen praised the team.") == ["name"]  # fmt: skip
    # a reordered sentence: a dropped and a new organisation
    assert kinds("The drug was approved by the Food and Drug Administration on Monday.",
                 "On Monday the European Medicines Agency approved the drug.") == ["name"]  # fmt: skip
    # not swaps: acronyms, demonyms, a shortened or re-placed name
    assert kinds("Troops were deployed in Mali on Tuesday.",
                 "Malian troops were deployed on Tuesday.") == []  # fmt: skip
    assert kinds("The European Union imposed new sanctions.",
                 "The EU imposed new sanctions.") == []  # fmt: skip
    assert kinds("Chancellor Olaf Brandt met President Lena Sorensen in Oslo.",
                 "Brandt met Sorensen in Oslo.") == []  # fmt: skip
    assert kinds("Flights from Heathrow Airport were cancelled.",
                 "Flights from London's Heathrow were cancelled.") == []  # fmt: skip


def test_swapped_landmarks_and_titles() -> None:
    assert kinds("Crowds gathered outside the embassy.",
                 "Crowds gathered outside the central mosque.") == ["place"]  # fmt: skip
    assert kinds("They were held in a jail outside the city.",
                 "They were held in a prison outside the city.") == []  # fmt: skip
    assert kinds("Deputy Mayor Ana Costa opened the bridge.",
                 "Mayor Ana Costa opened the bridge.") == ["title"]  # fmt: skip
    assert kinds("Colonel Tomas Reyes inspected the base.",
                 "Major Tomas Reyes inspected the base.") == ["title"]  # fmt: skip
    assert kinds("The prime minister, Jonas Lindqvist, resigned.",
                 "Premier Jonas Lindqvist resigned.") == []  # fmt: skip


def test_clock_times_and_approximate_numbers() -> None:
    assert kinds("Doors open at 9 a.m. and the count starts at 6 p.m.",
                 "Doors open at 9 a.m. and the count starts at 7 p.m.") == ["time"]  # fmt: skip
    assert kinds("The vote is at 14:30.", "The vote is at 4:30 p.m.") == ["time"]
    assert kinds("The meeting started at 14:30.", "The meeting started at 2:30 p.m.") == []
    assert kinds("The ceremony began at noon.", "The ceremony began at 12 p.m.") == []
    assert kinds("The talks lasted two weeks.", "The talks lasted 14 days.") == []
    assert kinds("Repairs will take a fortnight.", "Repairs will take 14 days.") == []
    assert kinds("Nearly a third of households lack power.",
                 "About 33% of households lack power.") == []  # fmt: skip
    assert kinds("Nearly half of the staff left.", "Almost 30% of the staff left.") == ["number"]
    assert kinds("Within a fortnight, 300 homes were rebuilt.",
                 "Within 10 days, 300 homes were rebuilt.") == ["number"]  # fmt: skip
    # spans and frequencies a rewriter words another way (round-9 false reports)
    assert kinds("The blooms could shrink within a decade.",
                 "The blooms could shrink within ten years.") == []  # fmt: skip
    assert kinds("He will report to the council every six months.",
                 "He will update the council twice a year.") == []  # fmt: skip
    assert kinds("He will report to the council every six months.",
                 "He will update the council three times a year.") == ["number"]  # fmt: skip
    # bordering parts of the day are one time; morning and night are not
    assert (
        kinds("The council voted on Tuesday night.", "The council voted on Tuesday evening.") == []
    )
    assert kinds(
        "The council voted on Tuesday morning.", "The council voted on Tuesday night."
    ) == ["time"]


def test_attribution_and_wording() -> None:
    assert kinds("Twelve civilians were killed in the strike, local officials said.",
                 "Twelve civilians were killed in the strike.") == ["attribution"]  # fmt: skip
    assert kinds("He plans to resign, two sources told Reuters.",
                 "He plans to resign, two sources said.") == ["attribution"]  # fmt: skip
    assert kinds("Jihadists attacked the post.", "Terrorists attacked the post.") == ["wording"]
    assert kinds("Militants attacked the post.", "Insurgents attacked the post.") == []


def test_a_close_paraphrase_that_drops_a_hedge_or_its_source() -> None:
    # round-9 misses: a modal hardened, a hedging verb dropped, and a paraphrase whose
    # other words changed too (the one-to-one close alignment says the claim is kept)
    assert kinds("He said the council could be forced to raise taxes.",
                 "He said the council would be forced to raise taxes.") == ["hedge"]  # fmt: skip
    assert kinds("Ricci said the fare rise appeared to break a promise made before the election.",
                 "Ricci said the fare increase broke a pledge made before the election.") == [
        "hedge"
    ]  # fmt: skip
    assert sorted(
        kinds(
            "Police said the money was allegedly transferred into personal accounts in small amounts.",
            "The money was moved into personal accounts in small sums.",
        )
    ) == ["attribution", "hedge"]
    assert kinds("Councillor Reyes said residents had been given conflicting information.",
                 "Councillor Reyes complained that residents had been given conflicting information."
                 ) == ["wording"]  # fmt: skip
    assert kinds("The board voted to close two schools.",
                 "The board rammed through a plan to close two schools.") == ["wording"]  # fmt: skip


def test_round_10_misses() -> None:
    # a short claim whose credit is most of the sentence; "allege" as a credit; "said" ->
    # "claimed" although the copy sentence says "said" later on
    assert kinds("Nobody was injured, according to the county fire and rescue service.",
                 "Nobody was injured.") == ["attribution"]  # fmt: skip
    assert kinds("Prosecutors allege that Mr Telford moved money into his own accounts.",
                 "Mr Telford moved money into his own accounts.") == ["attribution"]  # fmt: skip
    assert kinds("Greyline said the offer was fair and that it had improved sick pay.",
                 "Greyline claimed the offer was fair and said it had improved sick pay.") == [
        "wording"
    ]  # fmt: skip


def test_round_11_figures() -> None:
    # a currency swapped with the figure kept; a hedged figure written out in words
    assert kinds("Prize money of £4.5 million.", "Prize money of €4.5 million.") == ["number"]
    assert kinds("At least 40 people died in the landslide.",
                 "Forty people died in the landslide.") == ["hedge"]  # fmt: skip
    assert kinds("At least 40 people died in the landslide.",
                 "At least forty people died in the landslide.") == []  # fmt: skip
    # a figure rounded to the decimals the copy shows is house style; a whole number is not
    assert kinds("Roughly 2.09 million voters are registered.",
                 "Roughly 2.1 million voters are registered.") == []  # fmt: skip
    assert kinds("Turnout was 61.4%.", "Turnout was 61.9%.") == ["number"]
    assert kinds("The party won 47 seats.", "The party won 50 seats.") == ["number"]
    # "the court found that" still credits the finding
    assert kinds("According to the court, Vosberg steered 14 contracts to two firms.",
                 "The court found that Vosberg steered 14 contracts to two firms.") == []  # fmt: skip


def test_an_abbreviated_rank_is_no_new_name() -> None:
    assert kinds("Its spokesperson, Councillor Priya Nandra, said the money must be ring-fenced.",
                 "Its spokesperson, Cllr Priya Nandra, said the money must be ring-fenced.") == []  # fmt: skip
    assert kinds("The commander, Chief Inspector Tom Lindqvist, said patrols would increase.",
                 "The commander, Ch Insp Tom Lindqvist, said patrols would increase.") == []  # fmt: skip
    assert kinds("The commander, Chief Inspector Tom Lindqvist, said patrols would increase.",
                 "The commander, Chief Inspector Tom Lindgren, said patrols would increase.") == [
        "name"
    ]  # fmt: skip


def test_a_plan_or_a_source_worded_another_way_is_no_dropped_source() -> None:
    # a speaker's own plan, a ministry announcing its minister's schedule, figures
    # credited in other words: round-9 false reports
    assert kinds("Bus operator Citylink said it would add extra services on its busiest routes.",
                 "Citylink plans to put on more journeys on its busiest routes.") == []  # fmt: skip
    assert kinds("The Transport Ministry said Minister Lindiwe Dube would meet both parties on Tuesday.",
                 "Transport Minister Lindiwe Dube is due to meet the two sides on Tuesday.") == []  # fmt: skip
    assert kinds("Fishing employs about 600,000 people, according to government figures.",
                 "Fishing supports about 600,000 jobs, based on government data.") == []  # fmt: skip


def test_faithful_paraphrase_gives_nothing() -> None:
    assert (
        kinds(
            "Police arrested two men in connection with the robbery, a spokeswoman said.",
            "Two men have been arrested over the robbery, a police spokeswoman said.",
        )
        == []
    )
    assert (
        kinds(
            "The storm made landfall on Wednesday near the port city of Chittagong.",
            "The storm hit land near the port city of Chittagong on November 12.",
        )
        == []
    )


@pytest.mark.slow
def test_seed_rewrite_facts(embedder: object) -> None:
    cmp = seed_comparison(embedder)
    got = cmp.changes

    def sentences(x: Change) -> tuple[str, str]:
        return cmp.source.sentences[x.source_sentence].text, cmp.copy.sentences[
            x.copy_sentence
        ].text

    names = [x for x in got if x.kind == "name"]
    assert [(x.source_text, x.copy_text) for x in names] == [
        ("Trump administration", "current U.S. administration")
    ]
    src, cpy = sentences(names[0])
    assert "Trump administration" in src and "current U.S. administration" in cpy
    # a loaded-term change only where the aligned sentences really swap the word: the
    # opening sentence has "jihadists" in the source and "militants" in the copy; the
    # quotes keep "terrorists" on both sides
    wording = [x for x in got if x.kind == "wording"]
    assert [(x.source_text, x.copy_text) for x in wording] == [("jihadists", "militants")]
    for x in wording:
        src, cpy = sentences(x)
        assert x.source_text in src and x.source_text not in cpy.lower(), aligned_to(
            cmp, x.copy_sentence
        )
        assert x.copy_text in cpy and x.copy_text not in src.lower()
    assert {x.kind for x in got} <= {"name", "wording"}


def test_labelled_set_targets() -> None:
    res = evaluate_changes(DATA)
    assert res["pairs"] >= 60 and res["faithful_pairs"] >= 20
    for group, label in (
        ("quotes", "altered"),
        ("quotes", "from_reported_speech"),
        ("changes", "number"),
        ("changes", "name"),
    ):
        score = res[group][label]
        assert score["precision"] >= 0.9, (label, score)
        assert score["recall"] >= 0.8, (label, score)


@pytest.mark.parametrize(
    ("src", "cpy"),
    [
        ("U.S. officials said the talks would resume.", "American officials said the talks would resume."),
        ("The deal was backed by the United States and Britain.", "The deal was backed by America and the UK."),
        ("China's foreign ministry said the visit would go ahead.", "Beijing's foreign ministry said the visit would go ahead."),
        ("Police said two men were arrested.", "Officers said two men were arrested."),
        ('"We will not go back," union leader Marta Kessel told a rally outside the terminal gates.',
         '"We will not go back," said union chief Marta Kessel at a protest near the port gates.'),
        ("Swedish Prime Minister Anna Berg said the vote would go ahead.", "Swedish leader Anna Berg said the vote would go ahead."),
        ("Shipping agents said the backlog was costing exporters millions of euros a day.",
         "Shipping agents estimate the delays are costing exporters millions of euros every day."),
    ],
)  # fmt: skip
def test_no_false_alarm_on_country_forms_generic_titles_and_cues(src: str, cpy: str) -> None:
    assert [c.kind for c in pair(src, cpy)] == []


def test_names_swapped_in_ministries_clubs_and_sentence_openers() -> None:
    assert [c.kind for c in pair("The figures were released by the Ministry of Health.",
                                 "The figures were released by the Ministry of Finance.")] == ["name"]  # fmt: skip
    assert [c.kind for c in pair("Redfield United beat Ashton Rovers 3-1 on Sunday.",
                                 "Redfield United beat Ashton City 3-1 on Sunday.")] == ["name"]  # fmt: skip
    assert [c.kind for c in pair("Kovac's lawyers said they would appeal.",
                                 "Novak's lawyers said they would appeal.")] == ["name"]  # fmt: skip
    assert [c.kind for c in pair("U.S. officials said the talks would resume.",
                                 "Chinese officials said the talks would resume.")] == ["attribution"]  # fmt: skip


def test_number_words_match_whole_words() -> None:
    from wiretrace.factvalues import numbers

    assert [n[0] for n in numbers("fourteen people and sixty cars")] == [14.0, 60.0]
    assert numbers("millions of euros") == ()


def test_dropped_hedges() -> None:
    got = pair(
        "The outbreak may have started at a fish market, officials said.",
        "The outbreak started at a fish market, officials said.",
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("hedge", "may have started", "started")
    ]
    assert kinds("He denied taking alleged bribes.", "He denied taking bribes.") == ["hedge"]
    assert kinds("At least 120 people died.", "The quake killed 120 people.") == ["hedge"]
    # a hedge reworded, or a qualifier kept in front of the figure, is no change
    assert (
        kinds("The fire may have started in the kitchen.", "It possibly began in the kitchen.")
        == []
    )
    assert kinds("At least 120 people died.", "The quake killed more than 120 people.") == []
    assert kinds("Winds of up to 180 km per hour.", "Winds reaching 180 km per hour.") == []
    # the verb reworded, "may" made "will": the same claim stated as certain
    assert (
        pair(
            "The death toll may rise as rescue teams reach remote villages cut off by landslides.",
            "Officials warned the number of dead will climb as rescuers reach isolated villages "
            "that landslides have cut off.",
        )[0].copy_text
        == "will climb"
    )
    # ... but "will" of another claim in the sentence is not the hedge made certain
    assert (
        kinds(
            "The death toll may rise, officials said, as rescue teams reach remote villages.",
            "The number of dead could still climb, and the army will send more helicopters.",
        )
        == []
    )
    # the hedged claim itself dropped: an omission, not a hedge change
    assert (
        kinds("Police said he may have fled abroad.", "Police said he was last seen at home.") == []
    )


def test_month_with_year_and_republished_weekday() -> None:
    assert kinds("It came to light in March 2023.", "It came to light in May 2023.") == ["date"]
    assert kinds("The law comes into force in May 2026.", "It takes effect in May 2026.") == []
    assert kinds("Talks resume in May.", "Talks resume in May 2026.") == []
    # a copy republished a week later that keeps the source's "on Tuesday" changed nothing
    s = Article(id="s", body="x", date=dt.date(2025, 6, 3))
    s.sentences = split("The plant will close, the carmaker said on Tuesday.", language="en")
    c = Article(id="c", body="x", date=dt.date(2025, 6, 10))
    c.sentences = split("The carmaker said on Tuesday that the plant will close.", language="en")
    assert facts.analyze(s, c, [Alignment((0,), (0,), "paraphrase", 1.0)]) == []


def test_other_speech_verbs_keep_the_attribution() -> None:
    assert kinds(
        "Chairman Richard Oyelaran said the club accepted the ruling.",
        "Chairman Richard Oyelaran conceded the club accepted the ruling.",
    ) == ["wording"]
    assert (
        kinds(
            "The minister welcomed the decision and said it would help exporters.",
            "The minister welcomed the move, saying it would help exporters.",
        )
        == []
    )


def test_a_dropped_written_source_is_an_attribution() -> None:
    # round 40: a study's finding stated as fact without "the authors wrote"
    got = pair(
        "It is the first known glowing snail from a vent habitat, the authors wrote.",
        "It is the first known glowing snail from a vent habitat.",
    )
    assert [(c.kind, c.source_text) for c in got] == [("attribution", "the authors wrote")]
    assert kinds("The researchers wrote that the snail glows.", "The snail glows.") == [
        "attribution"
    ]
    # "wrote a letter" names no source
    assert kinds("She wrote a letter to the mayor.", "She sent a letter to the mayor.") != [
        "attribution"
    ]


def test_numbers_and_years_in_words() -> None:
    assert (
        kinds(
            "Tablets went to 3,500 households.",
            "Tablets went to three and a half thousand households.",
        )
        == []
    )
    assert (
        kinds("Output will rise next year.", "Output will rise in 2026.", dt.date(2025, 6, 3)) == []
    )
    assert kinds(
        "Output will rise next year.", "Output will rise in 2027.", dt.date(2025, 6, 3)
    ) == ["date"]


def test_a_capital_standing_for_its_government_is_no_change() -> None:
    assert (
        kinds(
            "The United States and the European Union condemned the vote.",
            "Washington and Brussels condemned the vote.",
        )
        == []
    )
    assert kinds("The United States condemned the vote.", "Moscow condemned the vote.") == ["place"]


def test_shares_and_descriptions_are_not_changes() -> None:
    assert kinds("Eight out of 10 patients improved.", "Close to 80% of patients improved.") == []
    assert kinds("Eight out of 10 patients improved.", "Six out of 10 patients improved.") == [
        "number"
    ]
    # the source named by its role, not replaced by another source
    assert "attribution" not in kinds(
        "Costs will rise, Chief Financial Officer Markus Feldhaus told analysts.",
        "Chief Financial Officer Markus Feldhaus informed analysts that costs will rise.",
    )


def test_loaded_labels_swapped_or_added() -> None:
    assert kinds("The attackers fled into the forest.", "The terrorists fled into the forest.") == [
        "wording"
    ]
    assert kinds("The gunmen seized cattle.", "The gunmen looted cattle.") == ["wording"]
    got = pair("The insurgency began in 2012.", "The jihadist insurgency began in 2012.")
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("wording", "", "jihadist")]
    # one neutral verb for another is no change
    assert (
        kinds("Troops seized weapons, the army said.", "Troops took weapons, the army said.") == []
    )
    # a disagreement made a quarrel (round 39)
    assert kinds(
        "The airline has faced a dispute with its engineering staff since March.",
        "The airline has been embroiled in a bitter feud with its engineering staff since March.",
    ) == ["wording"]


def test_more_faithful_forms() -> None:
    assert (
        kinds(
            "One in five adults smokes, the survey found.",
            "About 20% of adults smoke, the survey found.",
        )
        == []
    )
    assert kinds("Rates could rise up to 30%.", "Rates could rise as high as 30%.") == []
    assert "attribution" not in kinds(
        "Sea levels rose 4 mm a year, researchers said.",
        "The researchers concluded that sea levels rose 4 mm a year.",
    )


def test_a_split_sentence_keeps_its_attribution_in_the_other_half() -> None:
    src = '"We will stay out until the offer changes," union president Marcela Tapia told reporters at the gate.'
    cpy = 'At the gate, union president Marcela Tapia did not mince words. "We will stay out until the offer changes," she said.'
    s = Article(id="s", body=src, date=dt.date(2025, 11, 13))
    s.sentences = split(src, language="en")
    c = Article(id="c", body=cpy, date=dt.date(2025, 11, 13))
    c.sentences = split(cpy, language="en")
    assert len(c.sentences) == 2
    got = facts.analyze(s, c, [Alignment((0, 1), (0,), "paraphrase", 1.0)])
    assert "attribution" not in [x.kind for x in got]
    # a claim in narration keeps its cue in its own sentence (tests/data: fab-02)
    assert kinds(
        "Crews put out the blaze after six hours, the fire service said.",
        'Crews put out the blaze after six hours. "It was the worst I have seen," one firefighter said.',
    ) == ["attribution"]


def test_claimed_in_the_sense_of_killed_is_no_speech_verb() -> None:
    assert (
        kinds(
            "The drought may have killed more elephants, the report said.",
            "The drought may have claimed more elephants, the report said.",
        )
        == []
    )
    assert kinds(
        "The group said it carried out the attack.", "The group claimed it carried out the attack."
    ) == ["wording"]


def test_round_seven_forms() -> None:
    # hedges on figures and bare modals
    assert kinds(
        "The jet came within about 150 feet of the runway.",
        "The jet came within 150 feet of the runway.",
    ) == ["hedge"]
    assert kinds(
        "The bank said it could pause its easing.", "The bank said it will pause its easing."
    ) == ["hedge"]
    assert (
        kinds(
            "The bank said it could pause its easing.", "The bank said it might pause its easing."
        )
        == []
    )
    # the same figure in the agencies' short forms, and a capital for its country
    assert kinds("Revenue was 412 million euros.", "Revenue was 412 mln euros.") == []
    assert (
        kinds(
            "Washington imposed new sanctions on Monday.",
            "The United States imposed new sanctions on Monday.",
        )
        == []
    )


def test_a_respelled_speaker_is_one_name_change_not_also_an_attribution() -> None:
    src = (
        "Mayor Ramon Villareal told reporters the bridge would open in May. "
        '"We will not cut corners to meet a date," Villareal said.'
    )
    cpy = (
        "Mayor Ramon Villarreal told reporters the bridge would open in May. "
        '"We will not cut corners to meet a date," Villarreal said.'
    )
    s = Article(id="s", body=src, date=dt.date(2025, 11, 13))
    s.sentences = split(src, language="en")
    c = Article(id="c", body=cpy, date=dt.date(2025, 11, 13))
    c.sentences = split(cpy, language="en")
    # sentence by sentence, as compare aligns them: the name is reported in the first
    # pair, and the second pair's "Villarreal said" is the same edit
    al = [Alignment((i,), (i,), "light_edit", 0.9) for i in range(2)]
    got = [(ch.kind, ch.copy_text) for ch in facts.analyze(s, c, al)]
    assert got == [("name", "Villarreal")] or got == [("name", "Ramon Villarreal")], got


def test_one_speaker_phrased_two_ways_is_not_a_different_source() -> None:
    src = "Lucy Wanjiru of the Tsavo Conservation Trust said the herd had moved north."
    cpy = "According to Lucy Wanjiru from the Tsavo Conservation Trust, the herd moved north."
    assert kinds(src, cpy) == []


def test_round_13_forms() -> None:
    # loaded speech verbs and labels the lists lacked
    assert kinds(
        "Its national officer, Claire Benning, said the union had not been consulted.",
        "Its national officer, Claire Benning, fumed that the union had not been consulted.",
    ) == ["wording"]
    assert kinds(
        'The manager described the second half as "naive".',
        'The manager branded the second half "naive".',
    ) == ["wording"]
    assert kinds(
        "Around 80 protesters gathered outside the town hall.",
        "About 80 agitators gathered outside the town hall.",
    ) == ["wording"]
    # a clinical post replaced by a management one
    assert kinds(
        "Dr Farah Siddiqui, consultant in health protection at the agency, urged parents to check.",
        "Dr Farah Siddiqui, the agency's director of public health, urged parents to check.",
    ) == ["title"]
    # "have been reported" names no source, so "have been recorded" drops none
    assert (
        kinds(
            "Most patients are children, the agency said. No deaths have been reported.",
            "Most patients are children, the agency said. No deaths have been recorded.",
        )
        == []
    )


def test_round_14_forms() -> None:
    # a count that happens to lie near a span of days in the same sentence is still a count
    got = pair(
        "The study followed 1,240 adults aged 65 to 80 for four years.",
        "The study followed 1,420 adults aged 65 to 80 for four years.",
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("number", "1,240", "1,420")]
    assert kinds("The talks lasted a week.", "The talks lasted 7 days.") == []
    # a hedge dropped while another word of doubt ("suggests") stays
    assert kinds(
        "The study suggests that exercise may improve blood flow to the brain.",
        "The study suggests that exercise improves blood flow to the brain.",
    ) == ["hedge"]
    assert (
        kinds(
            "The study suggests that exercise may improve blood flow to the brain.",
            "The research suggests that exercise might improve blood flow to the brain.",
        )
        == []
    )
    assert kinds(
        "Delaney is also suspected of involvement in a robbery at a pharmacy, Kim said.",
        "Delaney was also involved in a pharmacy robbery, according to Kim.",
    ) == ["hedge"]
    # the credit dropped; "estimated", kept from the source, credits no one
    assert kinds(
        "A survey rated the tornado an EF-2, with winds estimated at 125 mph, the weather service said.",
        "A survey rated the tornado an EF-2, with winds estimated at 125 mph.",
    ) == ["attribution"]
    assert kinds(
        "One of the men was armed with what appeared to be a handgun, investigators said.",
        "One of the men was carrying what looked like a handgun.",
    ) == ["attribution"]
    # a kept "told" still credits the claim after "is alleged to" became "allegedly"
    assert (
        kinds(
            "Ashcroft is alleged to have paid early investors with later money, the SFO told the court.",
            "The SFO told the court that Ashcroft allegedly paid early investors with later money.",
        )
        == []
    )
    assert kinds("By then the suspects had fled.", "By then the robbers had fled.") == ["wording"]
    assert kinds(
        "Sen. Graham Pell, the committee's ranking member, opposed it.",
        "Sen. Graham Pell, the committee's chairman, opposed it.",
    ) == ["title"]
    # a title reworded across the sentence, and a post named by the body it runs
    assert kinds(
        "Renwick, the artistic director of the Calloway Theatre, said he loved the play.",
        "Renwick, the Calloway Theatre's owner, said he loved the play.",
    ) == ["title"]
    assert (
        kinds("The minister, Ana Ruiz, spoke.", "The head of the ministry, Ana Ruiz, spoke.") == []
    )
    assert (
        kinds(
            "The researchers said the results were encouraging.",
            "The scientists said the results were encouraging.",
        )
        == []
    )


def test_a_respelt_name_in_a_reworded_sentence() -> None:
    got = pair(
        "Her chief of staff, Ruth Halloway, said the office would hold its response until the "
        "inquiry had published all of its findings and the minister had read them.",
        "Ruth Holloway, who runs the minister's office, said it would wait for every finding of "
        "the inquiry to be published and read by the minister before responding.",
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("name", "Halloway", "Holloway")]
    # other forms of one word are no respelling
    assert (
        kinds(
            "German Chancellor Olaf Brandt met the Swiss president in Bern.",
            "Germany's chancellor, Olaf Brandt, met Switzerland's president in Bern.",
        )
        == []
    )


def test_round_16_forms() -> None:
    # the same figure in another unit, and one figure written two ways
    assert kinds("Winds reached 70 km/h.", "Winds reached 70 mph.") == ["number"]
    assert kinds("Winds of up to 180 km per hour.", "Winds reaching 180 kph.") == []
    assert kinds("It will cost Rs 1,200 crore.", "It will cost Rs 12 billion.") == []
    # hedges of expectation and likelihood
    assert kinds(
        "The council is understood to be considering closing two toilets.",
        "The council is considering closing two toilets.",
    ) == ["hedge"]
    assert kinds(
        "The agency said it is likely that more cases will be reported this week.",
        "The agency said more cases will be reported this week.",
    ) == ["hedge"]
    assert kinds(
        "The rules are expected to apply from mid-2026, officials said.",
        "The rules will apply from mid-2026, officials said.",
    ) == ["hedge"]
    assert (
        kinds(
            "The bridge is expected to reopen on Friday.", "The bridge is set to reopen on Friday."
        )
        == []
    )
    # a rank word dropped, and another first name before the same surname
    assert kinds(
        "French junior minister Claire Dubois said Paris would push for adoption.",
        "French minister Claire Dubois said Paris would push for adoption.",
    ) == ["title"]
    got = pair(
        "German MEP Markus Steinhoff, of the People's Party, said his group had backed the text.",
        "Matthias Steinhoff, a German MEP from the People's Party, said his group backed the text.",
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("name", "Markus Steinhoff", "Matthias Steinhoff")
    ]
    assert kinds("The Air Meridian flight landed.", "An Air Meridian plane landed.") == []


def test_round17_hedges_and_loaded_verbs() -> None:
    # "appears to be caused" -> "is caused": the hedge sits before "be", not before a verb
    assert kinds(
        "The problem appears to be caused by a fault in the glass, the company said.",
        "The problem is caused by a fault in the glass, the company said.",
    ) == ["hedge"]
    # "might not come" -> "would not come": a doubted denial made firm
    assert kinds(
        "Analysts said the first cut might not come until March.",
        "Analysts said the first cut would not come until March.",
    ) == ["hedge"]
    # ... but "could not" is inability, and the copy keeping it is no change
    assert (
        kinds("Police could not confirm the report.", "Police were unable to confirm the report.")
        == []
    )
    assert kinds(
        "A group of fans protested outside the stadium.",
        "A group of fans rioted outside the stadium.",
    ) == ["wording"]
    assert kinds("Fans protested outside.", "Fans were protesting outside.") == []


def test_a_finding_credited_to_its_survey_keeps_the_attribution() -> None:
    src = (
        "Some 54% of members surveyed by the Kingsford Chamber of Commerce said they were "
        "against the closure."
    )
    kept = (
        "A survey by the Kingsford Chamber of Commerce found 54% of its members were opposed "
        "to the closure."
    )
    assert "attribution" not in kinds(src, kept)
    # ... while the same finding stated with no one behind it is still reported
    assert "attribution" in kinds(src, "Some 54% of members are against the closure.")
    # a survey the claim is about is not the finding's source
    assert "attribution" in kinds(
        "The dam was built without a proper survey, the engineers union claimed.",
        "The dam was built without a proper survey, government inspectors found.",
    )


def test_round20_hedges_credits_and_loaded_words() -> None:
    # a claim resting on figures, stated as fact
    assert "attribution" in kinds(
        "Seven homes have been destroyed, preliminary figures suggest, although teams have "
        "not reached the north of the town.",
        "Seven homes have been destroyed, although teams have not reached the north of the town.",
    )
    # "may have to close" -> "would have to close"; "are projected to" -> "will"
    assert kinds(
        "He warned that some routes may have to close during the strike.",
        "He warned that some routes would have to close during the strike.",
    ) == ["hedge"]
    assert "hedge" in kinds(
        "Numbers are projected to fall to about 60 within three years, a report said.",
        "Numbers will fall to about 60 within three years, a report said.",
    )
    assert kinds("Bakery sales fell 2.1 per cent.", "Bakery sales slumped 2.1 per cent.") == [
        "wording"
    ]
    assert kinds("The case drew wide attention.", "The scandal drew wide attention.") == ["wording"]
    # "the creek where it was first reported" credits no one
    assert (
        kinds(
            "The fire, named after the creek where it was first reported, broke out on Tuesday.",
            "The fire, named after the creek where it was first spotted, broke out on Tuesday.",
        )
        == []
    )


def test_round22_a_cause_given_by_a_source_and_spans_of_an_hour() -> None:
    # a cause someone gives, stated by the copy as fact
    assert kinds(
        "The inquiry blames the collapse on a corroded anchor bolt under the east span.",
        "The collapse was caused by a corroded anchor bolt under the east span.",
    ) == ["attribution"]
    assert kinds(
        "Engineers attributed the outage to a cable fault near the Ostend substation.",
        "The outage was due to a cable fault near the Ostend substation.",
    ) == ["attribution"]
    # kept in other words: nothing to report
    assert (
        kinds(
            "The inquiry blames the collapse on a corroded anchor bolt.",
            "The inquiry blamed the collapse on a corroded anchor bolt.",
        )
        == []
    )
    # "45 minutes" told as "three-quarters of an hour" is the same span
    assert (
        kinds(
            "The ring road was closed for about 45 minutes.",
            "The ring road was shut for around three-quarters of an hour.",
        )
        == []
    )
    assert kinds(
        "The ring road was closed for about 45 minutes.",
        "The ring road was shut for around half an hour.",
    ) == ["number"]
    # "today's" before a noun is the present age, no date the copy added
    assert (
        kinds(
            "The firm said modern plants emit a fraction of the pollution of road traffic.",
            "The firm said today's plants emit a fraction of the pollution of road traffic.",
        )
        == []
    )


def test_round24_fractions_single_counts_and_claim_words() -> None:
    # a percentage told as a fraction it does not fit
    assert kinds(
        "Bookings at the resort fell 21% in the spring, the tourist board said.",
        "Bookings at the resort fell by more than a quarter in the spring, the tourist board said.",
    ) == ["number"]
    assert kinds(
        "Around 58% of the county's roads need resurfacing, the survey found.",
        "Around two-thirds of the county's roads need resurfacing, the survey found.",
    ) == ["number"]
    # ... and fractions that fit it are the house style
    for src, cpy in (
        ("Some 31% of tenants were in arrears, the council said.", "Nearly a third of tenants"),
        ("Some 52% of tenants were in arrears, the council said.", "About half of tenants"),
        ("Some 37% of tenants were in arrears, the council said.", "More than a third of tenants"),
    ):
        assert kinds(src, cpy + " were in arrears, the council said.") == []
    # "one" next to the noun the copy counts is a count, even when the copy's figure is
    # found elsewhere in the source
    src = "The coastguard said one fisherman was missing. Three lifeboats joined the search."
    cpy = "The coastguard said three fishermen were missing. Three lifeboats joined the search."
    s, c = Article(id="s", body=src), Article(id="c", body=cpy)
    s.sentences, c.sentences = split(src, language="en"), split(cpy, language="en")
    by_sentence = [Alignment((i,), (i,), "light_edit", 0.9) for i in (0, 1)]
    assert [(x.kind, x.source_text) for x in facts.analyze(s, c, by_sentence)] == [
        ("number", "one fisherman")
    ]
    assert (
        kinds(
            "One of the two pilots was injured, the airline said.",
            "One of the two pilots was hurt, the airline said.",
        )
        == []
    )
    # "claims" as a noun is no cue: the loss adjuster's credit was dropped
    assert kinds(
        "Storm claims were expected to top £2 million, a Harlow insurance broker told the BBC.",
        "Storm claims are expected to top £2 million.",
    ) == ["attribution"]
    # the source named as the actor still names it
    assert (
        kinds(
            "About 900 people were moved to shelters overnight, county officials said.",
            "County officials moved about 900 people to shelters overnight.",
        )
        == []
    )
    # "claimed responsibility" and "admitted theft" are no speech verbs
    assert (
        kinds(
            "No group has claimed responsibility for the blast.",
            "There has been no claim of responsibility for the blast.",
        )
        == []
    )
    assert (
        kinds(
            "Dawson, 44, pleaded guilty to theft and was jailed for two years.",
            "Dawson, 44, who admitted theft, was jailed for two years.",
        )
        == []
    )
    # the present tense of a loaded speech verb, and a judgement on what people did
    assert kinds(
        "The landlord says the repairs were finished in March.",
        "The landlord claims the repairs were finished in March.",
    ) == ["wording"]
    assert kinds(
        "Some fans threw plastic cups at stewards near the south gate.",
        "Some fans harassed stewards near the south gate.",
    ) == ["wording"]


def test_round26_titles_hedges_estimates_and_loaded_verbs() -> None:
    # the post behind the same head word changed
    assert kinds(
        "The firm's finance director, Ola Berg, told staff the site would close.",
        "The firm's managing director, Ola Berg, told staff the site would close.",
    ) == ["title"]
    # a title given up for the name is no rank dropped; a rank dropped next to it is
    assert (
        kinds(
            "Deputy Mayor Ines Lund spoke first. The deputy mayor rejected that claim.",
            "Deputy Mayor Ines Lund spoke first. Ms Lund rejected that claim.",
        )
        == []
    )
    assert kinds(
        "Deputy Mayor Ines Lund chaired the meeting.", "Mayor Ines Lund chaired the meeting."
    ) == ["title"]
    # a hedge before an article; ability kept in other words is none dropped
    assert kinds(
        "The report said the figures were probably an underestimate.",
        "The report said the figures were an underestimate.",
    ) == ["hedge"]
    assert (
        kinds(
            "The superintendent said it was the most the county could afford.",
            "According to the superintendent, the county cannot afford more.",
        )
        == []
    )
    # an estimate credited as its maker's, and a loaded verdict or speech verb
    assert (
        kinds(
            "Turnout in the ballot was 64%, the union said.",
            "The union put turnout in the ballot at 64%.",
        )
        == []
    )
    assert kinds(
        "Not everyone welcomed the deal.", "Not everyone welcomed the controversial deal."
    ) == ["wording"]
    assert kinds(
        "He said the alarm had worked as intended.", "He insisted the alarm had worked as intended."
    ) == ["wording"]
    # ... but a demand reported as one is faithful (round 14)
    assert (
        kinds(
            "Ruiz said the checks had to start before the harvest.",
            "Ruiz insisted that the checks start before the harvest.",
        )
        == []
    )


def test_round_27_harmless_rewrites() -> None:
    # the same length of time in other units, and a modal of possibility kept by another
    assert (
        kinds(
            "Railway workers staged the second day of a 72-hour strike over pay.",
            "Railway workers staged the second day of a three-day strike over pay.",
        )
        == []
    )
    assert kinds(
        "Workers staged a 48-hour strike over pay.", "Workers staged a three-day strike over pay."
    ) == ["number"]
    assert (
        kinds(
            "The doctor warned that measles could cause serious complications.",
            "The doctor cautioned that measles can lead to serious complications.",
        )
        == []
    )
    assert kinds(
        "The doctor warned that measles could cause serious complications.",
        "The doctor warned that measles causes serious complications.",
    ) == ["hedge"]
    # a label pinned on a group the source described plainly (round 27)
    assert kinds(
        "A parents' group, Families for Choice, opposed the plan.",
        "An anti-vaccine group, Families for Choice, opposed the plan.",
    ) == ["wording"]
    assert (
        kinds(
            "The anti-vaccine group Families for Choice opposed the plan.",
            "Families for Choice, an anti-vaccine group, opposed the plan.",
        )
        == []
    )


def test_round_28_misses_and_false_alarms() -> None:
    # hedges: "may not be", a number in words, and "can be" keeping "could be"
    assert kinds(
        "Officials warned that full supply may not be restored until Saturday.",
        "Officials warned that full supply will not be restored until Saturday.",
    ) == ["hedge"]
    assert kinds(
        "At least nine people were killed and 23 injured.", "Nine people died and 23 were hurt."
    ) == ["hedge"]
    assert kinds("They talked about two issues.", "They discussed two issues.") == []
    assert (
        kinds(
            "Engineers will assess whether the bridge could be repaired.",
            "Engineers will determine whether the bridge can be repaired.",
        )
        == []
    )
    # a surname changed in a sentence recast around the name
    assert kinds(
        "The men's race was won by Kenya's Daniel Kiptoo in 2:11:48.",
        "Kenya's Daniel Kiprop took the men's title in 2:11:48.",
    ) == ["name"]
    assert (
        kinds(
            "The men's race was won by Daniel Kiptoo in 2:11:48.",
            "Kiptoo took the men's title in 2:11:48.",
        )
        == []
    )
    # ... and a place whose name keeps one word, the sentence recast around it (the
    # tagger reads the unknown new name as a person)
    assert kinds(
        "The fire started on Saturday near the village of Serrano Alto, and investigators "
        "were examining its cause, regional fire chief Rafael Quintela told a news conference.",
        "Regional fire chief Rafael Quintela told reporters that the blaze began on Saturday "
        "close to the village of Serrano Bajo.",
    ) == ["place"]
    # a rank dropped as the title moved behind the name
    assert kinds(
        "The authority's deputy commissioner, Kwame Asante, said the breach was serious.",
        "Kwame Asante, commissioner at the authority, said the breach was serious.",
    ) == ["title"]
    assert (
        kinds(
            "The authority's deputy commissioner, Kwame Asante, said the breach was serious.",
            "Kwame Asante, deputy commissioner at the authority, said the breach was serious.",
        )
        == []
    )


def test_round_30_misses_and_false_alarms() -> None:
    # "a fifth" is 20%; "the most likely source" hedges; "scaremongering" dismisses
    assert (
        kinds(
            "The utility lost 290 million litres a day, roughly a fifth of the total it supplied.",
            "The utility lost 290 million litres a day, about 20 percent of the total it supplied.",
        )
        == []
    )
    assert kinds(
        "Wild birds migrating south were the most likely source of infection.",
        "Wild birds migrating south were the source of infection.",
    ) == ["hedge"]
    assert kinds(
        "The plan passed despite warnings from some councillors.",
        "The plan passed despite scaremongering from some councillors.",
    ) == ["wording"]
    # a word capitalised only for opening its sentence is no name; a number that counts
    # the things just listed states no figure (round 31)
    assert (
        kinds(
            "Farther south, the M23 rebel group controls large parts of North Kivu.",
            "Further south, the M23 rebel group holds wide areas of North Kivu.",
        )
        == []
    )
    assert (
        kinds(
            "Cheaper credit would help construction and housing, which have trailed the recovery.",
            "Cheaper credit would revive construction and housing, two sectors that have lagged.",
        )
        == []
    )


def test_round_33_forms() -> None:
    # a count of the places the copy has just listed, the last a name of several words
    assert kinds(
        "Most of the dead were in Valmora and Santa Rita del Monte, officials said.",
        "Most of the dead were in Valmora and Santa Rita del Monte, two hill villages.",
    ) == ["attribution"]
    # the copy keeps the speaker's description, not what the speaker said
    assert (
        kinds(
            "Andes Litio, which is 60% owned by Corvus Minerals, said it respected the ruling "
            "but was studying an appeal.",
            "Corvus Minerals owns 60% of Andes Litio.",
        )
        == []
    )
    # "risked slowing" keeps the doubt of "might slow"
    assert (
        kinds(
            "Analysts cautioned that cutting the sales force might further slow growth.",
            "Analysts warned that cutting sales staff risked slowing growth further.",
        )
        == []
    )
    # "may also be" is a hedge; "he added that" an attribution
    assert kinds(
        "Police believe Brandt may also be responsible for a robbery in Arvada.",
        "Brandt is also responsible for a robbery in Arvada.",
    ) == ["hedge"]
    assert kinds(
        "He added that the stoppage could cost about 600 tons of copper a day.",
        "The stoppage could cost about 600 tons of copper a day.",
    ) == ["attribution"]
    # "pushed through" for a vote (round 35)
    assert kinds(
        "The council voted 5-2 to approve the change on Tuesday.",
        "The council pushed through the change on a 5-2 vote on Tuesday.",
    ) == ["wording"]
    # a quote given as the copy's own words: no quote marks, no speaker
    assert kinds(
        '"Customers are simply voting with their thumbs," chief executive Dana Whitcombe '
        "said in a statement.",
        "Customers, in other words, are simply voting with their thumbs.",
    ) == ["attribution"]
    assert (
        kinds(
            '"Customers are simply voting with their thumbs," chief executive Dana Whitcombe '
            "said in a statement.",
            "Customers are simply voting with their thumbs, Whitcombe said.",
        )
        == []
    )
    # reactions and expectations keep whose they are
    assert (
        kinds(
            '"This is a victory for our people," said Rosa Tito, head of the community.',
            "Rosa Tito, who heads the community, welcomed the decision as a victory.",
        )
        == []
    )
    assert (
        kinds(
            "The company, which employs 8,200 people, said it expected to book charges of "
            "60 million euros.",
            "The group, with a staff of 8,200, anticipates charges of 60 million euros.",
        )
        == []
    )


def test_round41_a_condition_and_a_clause_of_its_own() -> None:
    # "should the walkout continue" is a condition: the "could" it replaced is still gone
    got = pair(
        "A spokesman said the delays could spread to inland rail terminals if the strike "
        "lasted beyond Wednesday.",
        "A spokesman said the disruption will reach inland rail hubs should the walkout "
        "continue past Wednesday.",
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("hedge", "could spread", "will reach")
    ]
    # Two claims in one sentence, each with its own source; the copy splits them and keeps
    # only the second source, so the first claim is stated as fact.
    src = (
        "The union estimates the plan would cut about 600 positions; the authority has put "
        "the figure at fewer than 250 and says most would go through retirement."
    )
    got = pair(
        src,
        "The plan would eliminate around 600 positions. The authority, for its part, puts "
        "the number below 250 and expects most of the reduction to come through retirements.",
    )
    assert [(c.kind, c.source_text) for c in got] == [("attribution", "estimates")]
    # both sources kept: nothing to report; "an estimated 600" credits no one
    assert (
        kinds(
            src,
            "The union reckons about 600 positions would go; the authority says fewer than "
            "250, most of them through retirement.",
        )
        == []
    )
    assert (
        kinds(
            "An estimated 600 people attended the rally, police said.",
            "Police said an estimated 600 people attended the rally.",
        )
        == []
    )


def test_a_claim_turned_the_other_way() -> None:
    # the source denies, the copy affirms (round 43), and the other way round
    got = pair(
        "Investigators said on Sunday that the fire was not being treated as suspicious.",
        "On Sunday, investigators said they were treating the blaze as suspicious.",
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("negation", "not being treated", "treating")
    ]
    got = pair(
        "The company said it will close the plant in May.",
        "The company said it will not close the plant in May.",
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("negation", "close", "not close")
    ]
    # the same denial worded another way, and phrases whose "not" denies no verb
    for src, cpy in (
        (
            "Police said the death was not suspicious.",
            "Police said they did not consider the death suspicious.",
        ),
        (
            "The board said it had not received the report.",
            "The board denied receiving the report.",
        ),
        (
            "Officials have not yet decided on the route.",
            "Officials are still deciding on the route.",
        ),
        ("Not only the port but the airport closed.", "The port and the airport closed."),
        ("He did not survive the crash.", "He died in the crash."),
        # (rounds 27 and 34) "yet to" and "rather than" deny too; the verb used of
        # something else is no affirmation of the denied claim
        (
            "The rules under the act have still not been notified.",
            "The rules under the act have yet to be notified.",
        ),
        (
            "Tran argued that sloppy bookkeeping, rather than theft, explained the gap.",
            "Tran argued that messy record-keeping - not theft - was behind the gap.",
        ),
        (
            "The tunnel was completed in 2022, but the plant will not be finished before "
            "September.",
            "The tunnel has not reached full output since it was finished in 2022.",
        ),
    ):
        assert kinds(src, cpy) == [], (src, cpy)


def test_round45_a_grouped_figure_is_no_year_and_a_verb_keeps_its_stem() -> None:
    # "1,900" is a count, not the year 1900; "did not approve" -> "approved"
    assert [
        (c.kind, c.source_text, c.copy_text)
        for c in pair("The mine employs about 900 people.", "The mine employs about 1,900 people.")
    ] == [("number", "900", "1,900")]
    assert [
        (c.kind, c.source_text, c.copy_text)
        for c in pair("The project began in 1998.", "The project began in 1999.")
    ] == [("date", "1998", "1999")]
    assert [
        (c.kind, c.source_text, c.copy_text)
        for c in pair(
            "He did not approve a request from business groups.",
            "He approved a request from business groups.",
        )
    ] == [("negation", "not approve", "approved")]


def test_round51_faithful_figures_are_no_changes() -> None:
    # a conversion in brackets, a bound the source's figure keeps, a difference or a
    # remainder said as such, a ratio said in "times" (round 51: each was a false alarm)
    assert kinds("The storm dropped 92 millimetres of rain on Dunmere.",
                 "The storm dropped 92 millimetres (3.6 inches) of rain on Dunmere.") == []  # fmt: skip
    assert kinds("The new line runs 11 kilometres across the city.",
                 "The new 11-kilometre (6.8-mile) line runs across the city.") == []  # fmt: skip
    assert kinds("About 1,150 people in the town claim unemployment benefits.",
                 "More than 1,100 people in the town claim unemployment benefits.") == []  # fmt: skip
    assert kinds("Turnout was 38 per cent, up from 31 per cent four years ago.",
                 "Turnout was 38 per cent, seven percentage points higher than the 31 per cent of four years ago.") == []  # fmt: skip
    assert kinds("In the poll 58 per cent opposed the plan and 29 per cent supported it.",
                 "In the poll 58 per cent opposed the plan, 29 per cent supported it and the remaining 13 per cent were undecided.") == []  # fmt: skip
    # ... but a bare figure that happens to equal a difference is a changed figure
    # (round 30: "a 5-4 vote" -> "a 6-3 vote" beside 11 schools)
    assert "number" in kinds("The board moved 11 schools to a four-day week in a 5-4 vote.",
                             "The board moved 11 schools to a four-day week in a 6-3 vote.")  # fmt: skip
    # and a conversion that is wrong is still a change
    assert "number" in kinds("The storm dropped 92 millimetres of rain on Dunmere.",
                             "The storm dropped 92 millimetres (5.2 inches) of rain on Dunmere.")  # fmt: skip


def test_round51_faithful_claims_titles_and_dates_are_no_changes() -> None:
    # "suspected" keeps "alleged"; "claim" credits as "allege" does; a body's own plan
    # with the body as subject; "former" said as "used to be"; a date opening a sentence
    # in the past, whatever a later clause's "will"
    assert kinds("Auditors discovered the alleged theft in March.",
                 "Auditors discovered the suspected theft in March.") == []  # fmt: skip
    assert kinds("Prosecutors allege that Elsworth moved the money to his own account.",
                 "Prosecutors claim that Elsworth moved the money to his own account.") == []  # fmt: skip
    assert kinds("The town council said it would set up a support centre for the workers.",
                 "The town council plans to open a support centre for the workers.") == []  # fmt: skip
    assert kinds("Ferreira, a former head teacher, thanked her volunteers.",
                 "Ferreira, who used to be a head teacher, thanked her volunteers.") == []  # fmt: skip
    assert kinds("The club on Thursday unveiled plans for a new stadium, ending years of doubt over where it will play.",
                 "On November 13, the club revealed plans for a new stadium, ending years of doubt over where it will play.",
                 dt.date(2025, 11, 13)) == []  # fmt: skip


def test_round52_faithful_figures_hedges_and_dates_are_no_changes() -> None:
    # a figure in the copy's units in place of the source's; a conversion written onto
    # the figure; a difference said with "down"; a span of years counted from a year of
    # the source; "as long as" and "or so" for "up to" and "roughly"; a qualifier a few
    # words before the figure; "voted by nine to three on Tuesday" is last Tuesday
    # (round 52: each was a false alarm)
    assert kinds("The robbers fled to a farm about 30 miles from the town.",
                 "The robbers fled to a farm about 48 kilometres from the town.") == []  # fmt: skip
    assert kinds("The highest gust, 145 km/h, was recorded at the harbour.",
                 "The strongest gust, of 145km/h (about 90mph), was recorded at the harbour.") == []  # fmt: skip
    assert kinds("Profit fell to 410 million pounds from 530 million pounds a year earlier.",
                 "Profit fell to 410 million pounds, down 120 million pounds from a year earlier.") == []  # fmt: skip
    assert kinds("The shop has been run by the family since his grandfather founded it in 1951.",
                 "The shop has been run by the family since his grandfather set it up 74 years ago.",
                 dt.date(2025, 3, 4)) == []  # fmt: skip
    assert kinds("The review could take up to six months.",
                 "The review might last as long as six months.") == []  # fmt: skip
    assert kinds("The buyer will also take on roughly 300 million dollars of debt.",
                 "The remaining 300 million dollars or so is debt the buyer will take on.") == []  # fmt: skip
    assert kinds("The line will cost an estimated 310 million dollars.",
                 "The line has an estimated cost of 310 million dollars.") == []  # fmt: skip
    assert kinds("The board voted by nine to three on Tuesday to build the line, which will cost 310 million dollars.",
                 "The board backed the line on November 11 by nine votes to three. It will cost 310 million dollars.",
                 dt.date(2025, 11, 12)) == []  # fmt: skip
    # ... while a wrong conversion and a figure said as bare are still changes
    assert "number" in kinds("The farm is about 30 miles from the town.",
                             "The farm is about 30 kilometres from the town.")  # fmt: skip
    assert "hedge" in kinds("The review could take up to six months.",
                            "The review will take six months.")  # fmt: skip


def test_faithful_restatements_of_round_54_are_not_changes() -> None:
    # Totals worked out from parts (given beside them, or said as a total), a share of a
    # figure worked out, a difference with its unit, months counted from a range (round
    # 54: each a false alarm)
    assert kinds("The pumps will be set in two banks, one of 36 and one of 28.",
                 "The 64 pumps will be set in two banks, one of 36 and one of 28.") == []  # fmt: skip
    assert kinds("The ferry, carrying 212 passengers and nine crew, ran aground.",
                 "There were 221 people aboard: 212 passengers and nine crew.") == []  # fmt: skip
    assert kinds("Nurses will receive an extra 4,000 dollars a year for their first two years.",
                 "Nurses will get $4,000 a year for each of their first two years, 8,000 dollars in all.") == []  # fmt: skip
    assert kinds("The club signed him for 30 million euros. The fee could rise by 5 million euros in add-ons.",
                 "The club signed him for 30 million euros. The fee could rise by a further 5 million euros, to 35 million euros, in add-ons.") == []  # fmt: skip
    assert kinds("The clinic has 860 vacant posts. Half of the vacancies are in nursing.",
                 "The clinic has 860 vacant posts. Some 430 of the empty posts are in nursing.") == []  # fmt: skip
    assert kinds("Told to hold at 6,000 feet, the plane descended to 5,200 feet.",
                 "Told to hold at 6,000 feet, the plane went 800 feet lower, to 5,200 feet.") == []  # fmt: skip
    assert kinds("The survey, which ran from March to June, drew 900 replies.",
                 "The survey ran for four months and drew 900 replies.") == []  # fmt: skip
    # ... but a figure that is no such total, or said bare, is a change
    assert "number" in kinds("The pumps will be set in two banks, one of 36 and one of 28.",
                             "The 66 pumps will be set in two banks, one of 36 and one of 28.")  # fmt: skip
    assert "number" in kinds("The survey, which ran from March to June, drew 900 replies.",
                             "The survey ran for six months and drew 900 replies.")  # fmt: skip


def test_hedges_and_negations_said_another_way_are_kept() -> None:
    # a currency sign after the hedge, a bound after the figure, a penalty one "faces";
    # the negation moved onto the object, into an "un-" word, or a superlative (round 54)
    assert kinds("The bridge will cost an estimated 95 million dollars.",
                 "The bridge will cost an estimated $95m.") == []  # fmt: skip
    assert kinds("Owners could be fined up to 1,000 dollars for each breach.",
                 "Owners face fines of as much as $1,000 per breach.") == []  # fmt: skip
    assert kinds("The firm had known of the fault since at least 2018.",
                 "The firm had known of the fault since 2018 at the latest.") == []  # fmt: skip
    assert kinds("The operator said it did not expect the repairs to delay the opening.",
                 "The operator said it expected no delay to the opening from the repairs.") == []  # fmt: skip
    assert kinds("She said she did not expect the scheme to fill every place.",
                 "She said she expected some places to remain unfilled.") == []  # fmt: skip
    assert kinds("Many flats did not have space for a washing machine.",
                 "Many flats lacked space for a washing machine.") == []  # fmt: skip
    assert kinds("The club said it would not appeal the ban.",
                 "The club said it had decided against an appeal of the ban.") == []  # fmt: skip
    assert kinds("It is the largest fine the regulator has imposed since 2019.",
                 "The regulator has not imposed a larger fine since 2019.") == []  # fmt: skip
    # ... while a hedge dropped and a claim flipped are still changes
    assert "hedge" in kinds("Owners could be fined up to 1,000 dollars for each breach.",
                            "Owners will be fined $1,000 per breach.")  # fmt: skip
    assert "negation" in kinds("The operator said it did not expect the repairs to delay the opening.",
                               "The operator said it expected the repairs to delay the opening.")  # fmt: skip


def test_a_weekday_before_its_past_verb_is_the_past_one() -> None:
    # "plans to build" spoke of the future, but "on Tuesday approved" is the past Tuesday
    # (round 54: read as next week's, against the copy's calendar date)
    assert kinds("The council on Tuesday approved plans to build 900 homes.",
                 "The council on November 11 approved plans to build 900 homes.",
                 dt.date(2025, 11, 12)) == []  # fmt: skip
    assert "date" in kinds("The council on Tuesday approved plans to build 900 homes.",
                           "The council on November 4 approved plans to build 900 homes.",
                           dt.date(2025, 11, 12))  # fmt: skip


def test_a_speaker_introduced_with_a_colon_keeps_the_attribution() -> None:
    assert kinds('"Money gets people in. It does not keep them," Ms Okafor said.',
                 'Okafor put it bluntly: "Money gets people in. It does not keep them."') == []  # fmt: skip
    assert "attribution" in kinds("Money gets people in but does not keep them, Ms Okafor said.",
                                  "Money gets people in but does not keep them.")  # fmt: skip


def test_an_objection_turned_into_a_tirade_is_a_loaded_term() -> None:
    assert "wording" in kinds("Residents had objected to the height of the towers.",
                              "Residents had railed against the height of the towers.")  # fmt: skip


def test_faithful_restatements_of_round_55_are_not_changes() -> None:
    # two figures merged into their sum, a total "taking" the bill to, the rest of a
    # total, "next week" given as a dated week, metres written "m" with a bracketed
    # conversion, a conversion put first, "two in every three", "every half hour", hedges
    # behind a currency code or a bracket (round 55: each a false alarm)
    assert kinds("The plant employs 2,150 people at the works and another 350 at its depot.",
                 "The plant employs 2,500 people at the works and its depot.") == []  # fmt: skip
    assert kinds("The upgrade has cost 310 million euros so far. Delays would add about 14 million euros.",
                 "The upgrade has cost 310 million euros so far. Delays would add about 14 million euros, taking the bill to roughly 324 million euros.") == []  # fmt: skip
    assert kinds("The scheme will cost 9 million pounds, of which the state will provide 5.5 million pounds and the port the rest.",
                 "The scheme will cost 9 million pounds, with the state giving 5.5 million pounds and the port paying the remaining 3.5 million pounds.") == []  # fmt: skip
    assert kinds("The union will meet ministers next week.",
                 "The union will meet ministers in the week beginning November 17.",
                 dt.date(2025, 11, 13)) == []  # fmt: skip
    assert kinds("The shaft will reach a depth of 1,500 metres.",
                 "The shaft will reach a depth of 1,500m (about 4,900 feet).") == []  # fmt: skip
    assert kinds("The probe orbits about 20,000 kilometres above the surface.",
                 "The probe orbits some 12,400 miles (20,000km) above the surface.") == []  # fmt: skip
    assert kinds("About two-thirds of visitors came from abroad.",
                 "About two in every three visitors came from abroad.") == []  # fmt: skip
    assert kinds("Buses will run every half hour in the evening.",
                 "Buses will run every 30 minutes in the evening.") == []  # fmt: skip
    assert kinds("The levy will cost members about 19 million euros a year.",
                 "The levy will cost members around EUR 19 million a year.") == []  # fmt: skip
    assert kinds("Launch has slipped by at least five months.",
                 "Launch has slipped by a minimum of five months.") == []  # fmt: skip
    # ... while a sum that does not add up, and a week that is not next week, are changes
    assert "number" in kinds("The plant employs 2,150 people at the works and another 350 at its depot.",
                             "The plant employs 2,600 people at the works and its depot.")  # fmt: skip
    assert "date" in kinds("The union will meet ministers next week.",
                           "The union will meet ministers in the week beginning December 1.",
                           dt.date(2025, 11, 13))  # fmt: skip


def test_one_post_under_another_of_its_names_is_no_title_change() -> None:
    # round 52: "finance director" -> "chief financial officer" was a false alarm
    assert kinds("Finance director Oskar Lind said costs rose.",
                 "Chief financial officer Oskar Lind said costs rose.") == []  # fmt: skip
    assert kinds("Head teacher Ana Brook said the school would close.",
                 "Headmistress Ana Brook said the school would close.") == []  # fmt: skip
    assert kinds("The police chief, Ana Brook, said the road would close.",
                 "The chief constable, Ana Brook, said the road would close.") == []  # fmt: skip
    # ... while another post is still a change, reported as each side wrote it
    got = pair("Finance director Oskar Lind said costs rose.",
               "Chief operating officer Oskar Lind said costs rose.")  # fmt: skip
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("title", "finance director", "chief operating officer")
    ]


def test_pence_and_a_month_after_of() -> None:
    # round 56: "135p" for 1.35 pounds was read as 135, and "the second week of April"
    # -> "of May" went unseen (a bare month was read only after "in", "since", ...)
    assert kinds("The pasty, currently 1.35 pounds, will cost more.",
                 "The pasty, which now costs 135p, will cost more.") == []  # fmt: skip
    assert kinds("The toll will rise from 2.50 pounds to 3.20 pounds.",
                 "The toll will go up by 70p, to 3.20 pounds.") == []  # fmt: skip
    assert kinds("The dividend is 14 pence.", "The dividend is 14p.") == []
    assert "number" in kinds("The pasty, currently 1.35 pounds, will cost more.",
                             "The pasty, which now costs 153p, will cost more.")  # fmt: skip
    assert "date" in kinds("The frost in the second week of April hit the vines.",
                           "The frost in the second week of May hit the vines.")  # fmt: skip


def test_a_weekday_labelling_a_calendar_date_is_that_date() -> None:
    # round 56: "on 29 June" -> "on Sunday, 29 June" read the Sunday as the last one
    # before the story's date, a day the source never names
    story = dt.date(2025, 7, 22)
    assert (
        kinds("The cubs were born on 29 June.", "The cubs were born on Sunday, 29 June.", story)
        == []
    )
    assert kinds("Picking began on 18 August.", "Picking began on Monday, August 18.", story) == []
    # ... while a changed date is still a change
    assert "date" in kinds(
        "The cubs were born on 29 June.", "The cubs were born on Saturday, 28 June.", story
    )


def test_an_acronym_spelled_out_is_no_new_name() -> None:
    # round 58: each of these was "'SSO' replaced by 'Schools Standards Office inspectors'"
    # or "attributed to a different source"
    assert kinds("The SSO will return within six months.",
                 "Schools Standards Office inspectors will be back within six months.") == []  # fmt: skip
    assert kinds("The MEA usually takes about a year to assess a new medicine.",
                 "The Medicines Evaluation Authority usually takes about a year to assess "
                 "a new medicine.") == []  # fmt: skip
    assert kinds("The UCSU said the university still held reserves.",
                 "The Universities and Colleges Staff Union said the university still "
                 "held reserves.") == []  # fmt: skip
    # ... while another organisation is still a change
    assert kinds("The GMU said it would hold a rally.",
                 "The General Transport Union said it would hold a rally.") != []  # fmt: skip


def test_figures_the_copy_works_out() -> None:
    # round 58: each of these figures was reported as changed or "not in the source"
    story = dt.date(2024, 8, 29)
    same = [
        # a share and an average worked out from figures the sentence gives
        ("About 1,240 of the 1,500 drivers are members.",
         "About 1,240 of the 1,500 drivers, roughly 83 per cent, are members."),
        ("The appeal raised 460,000 pounds from about 3,900 donors.",
         "About 3,900 donors gave 460,000 pounds, an average of roughly 118 pounds each."),
        # a difference said with "all but", "short of" or "plus up to"
        ("Of the 88 pupils who sat the test, 81 passed.",
         "All but seven of the 88 pupils who sat the test passed."),
        ("The town has about 3.2 years of building land, well short of the five needed.",
         "The town has roughly 3.2 years of land, nearly two years short of the five needed."),
        ("They paid 20 million euros, which could rise to 23 million euros with bonuses.",
         "They paid 20 million euros, plus up to 3 million euros in bonuses."),
        # a rate over another period; tonnes as kilograms; "one in 20"
        ("New staff earn 24,000 pounds a year.", "New staff earn 2,000 pounds a month."),
        ("His weekly wage of about 80,000 euros was agreed.",
         "His wage of about 4.2 million euros a year was agreed."),
        ("The plant makes about 12,000 tonnes of paper a year.",
         "The plant makes about 12 million kilograms of paper a year."),
        ("Side effects hit 5 per cent of patients.", "Side effects hit one in 20 patients."),
        # an age from a date of birth, a span from two clock times, years since a year
        ("Ortega, who was born in May 2001, signed on Monday.", "Ortega, 23, signed on Monday."),
        ("Counting began at 11pm and ended at 3.30am.",
         "Counting took four hours and 30 minutes, ending at 3.30am."),
        ("The chapel was built in 1791.", "The chapel was built 233 years ago."),
        ("They have worked on the bridge over nine years.",
         "They have worked on the bridge since 2015."),
        # "today" as the copy's own now, where the source gives no date
        ("The village has about 1,150 homes.", "The village has about 1,150 homes today."),
        # a fraction kept by a percentage it fits
        ("The plan would enlarge the village by more than a third.",
         "The plan would enlarge the village by over 36 per cent."),
    ]  # fmt: skip
    for src, cpy in same:
        assert kinds(src, cpy, story) == [], (src, cpy)
    # ... while a figure that does not work out is still a change
    changed = [
        ("About 1,240 of the 1,500 drivers are members.",
         "About 1,240 of the 1,500 drivers, roughly 70 per cent, are members."),
        ("New staff earn 24,000 pounds a year.", "New staff earn 2,500 pounds a month."),
        ("Ortega, who was born in May 2001, signed on Monday.", "Ortega, 27, signed on Monday."),
        ("Counting began at 11pm and ended at 3.30am.",
         "Counting took six hours, ending at 3.30am."),
        ("They have worked on the bridge over nine years.",
         "They have worked on the bridge since 2011."),
        ("The council approved the plan on Tuesday.", "The council approved the plan today."),
    ]  # fmt: skip
    for src, cpy in changed:
        assert kinds(src, cpy, story) != [], (src, cpy)


def test_hedges_and_denials_said_another_way() -> None:
    # round 58: a ceiling keeps "could rise to"; "expects" keeps "are expected to"; "fail
    # to" and "only after" keep a denial
    assert kinds("The fee could rise to 30 million euros.",
                 "The fee includes up to 30 million euros.") == []  # fmt: skip
    assert kinds("Nearly half are expected to report a loss, according to the council.",
                 "The council expects nearly half to report a loss.") == []  # fmt: skip
    assert kinds("If the clinic does not improve, it could be closed.",
                 "Should the clinic fail to improve, it could be closed.") == []  # fmt: skip
    assert kinds("He will not be available until after the break.",
                 "He will only be available after the break.") == []  # fmt: skip
    # ... while a hedge dropped or a denial turned is still a change
    assert kinds("The fee could rise to 30 million euros.",
                 "The fee will rise to 30 million euros.") != []  # fmt: skip
    assert kinds("He will not be available until after the break.",
                 "He will be available after the break.") != []  # fmt: skip


def test_a_deputy_made_the_head() -> None:
    # round 58: "The deputy headteacher, X," -> "X, the school's head," went unseen
    got = pair("The deputy headteacher, Ilse Marr, said results had improved.",
               "Ilse Marr, the school's head, said results had improved.")  # fmt: skip
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("title", "deputy headteacher", "head")
    ]
    assert kinds("The headteacher, Ilse Marr, said results had improved.",
                 "Ilse Marr, the school's head, said results had improved.") == []  # fmt: skip


def test_a_post_said_as_what_its_holder_does() -> None:
    # round 58: "Hexwell's chief operating officer" -> "who runs operations at Hexwell"
    src = "Lars Eik, Hexwell's chief operating officer, said costs had doubled."
    assert kinds(src, "Lars Eik, who runs operations at Hexwell, said costs had doubled.") == []
    # ... while another post is still a change
    cfo = src.replace("operating", "financial")
    assert kinds(cfo, "Lars Eik, who runs operations at Hexwell, said costs had doubled.") == [
        "title"
    ]


def test_faithful_restatements_of_round_56_are_not_changes() -> None:
    # round 56's false alarms that round 58's rules made easy to read (each was reported)
    race_day = dt.date(2025, 4, 14)
    same = [
        ("One in five posts is vacant, against one in twelve at Marrowby.",
         "About 20 per cent of posts are unfilled, against roughly 8 per cent at Marrowby."),
        ("It made about 310,000 hectolitres of wine.", "It made about 31 million litres of wine."),
        ("Each cub put on about 900 grams.", "Each cub put on about 2lb."),
        ("Temperatures stayed below 12C all day.", "Temperatures stayed under 12C (54F) all day."),
        ("The shop opened 46 branches and closed 12, leaving it with 812.",
         "The shop added a net 34 branches, taking the total to 812."),
        ("Tolls for vans will go up from 5 pounds to 6.40 pounds.",
         "Vans face a 28 per cent increase, to 6.40 pounds."),
        ("The three-day festival expects about 35,000 people a day.",
         "The three-day festival expects about 105,000 visits over its three days."),
        ("Mrs Justice Odile Vantongeren said the plan was lawful.",
         "Judge Odile Vantongeren said the plan was lawful."),
        ("About 43 per cent were women, the highest share since the race began in 1986.",
         "About 43 per cent were women, the highest share in the race's 39-year history."),
        ("The next race is scheduled for 12 April 2026.", "The next race is set for 12 April."),
        ("Mireille Dufaux won the women's race.",
         "Mireille Dufaux claimed her first marathon title by winning the women's race."),
    ]  # fmt: skip
    for src, cpy in same:
        assert kinds(src, cpy, race_day) == [], (src, cpy)
    changed = [
        ("Temperatures stayed below 12C all day.", "Temperatures stayed under 12C (60F) all day."),
        ("Tolls for vans will go up from 5 pounds to 6.40 pounds.",
         "Vans face a 32 per cent increase, to 6.40 pounds."),
        ("The three-day festival expects about 35,000 people a day.",
         "The three-day festival expects about 140,000 visits over its three days."),
        ("The next race is scheduled for 12 April 2026.", "The next race is set for 19 April."),
        ("Dufaux said she had trained hard.", "Dufaux claimed she had trained hard."),
    ]  # fmt: skip
    for src, cpy in changed:
        assert kinds(src, cpy, race_day) != [], (src, cpy)


def test_faithful_restatements_of_round_59_are_not_changes() -> None:
    story = dt.date(2024, 9, 12)
    same = [
        # a weekday made a date is no other source of the figures
        ("The list reached 148,300, according to figures published on Wednesday.",
         "The list reached 148,300, according to figures published on September 11."),
        # a difference said with "by ... to", or "later than"
        ("Pay will rise from 31,650 pounds to 33,296 pounds.",
         "Pay will rise by 1,646 pounds to 33,296 pounds."),
        ("The engine took 47 minutes to arrive, against a target of 20 minutes.",
         "The engine arrived 27 minutes later than the 20-minute target."),
        # a share of a figure: "reduced by a third"; a percentage of a "pound" cost
        ("The fine was reduced by a third for its guilty plea, from 5.1 million pounds.",
         "The fine was reduced by 1.7 million pounds for its guilty plea, from 5.1 million pounds."),
        ("The state will provide 880 million pounds of the 1.14 billion pound cost.",
         "Of the 1.14 billion pound cost, the state will cover 880 million pounds, about 77 per cent."),
        # months between two months of two years; days between two dates
        ("The leaks took place between March 2021 and August 2022.",
         "The leaks took place in the 18 months from March 2021 to August 2022."),
        ("The fire burned from 14 July to 24 July last year.",
         "The fire burned for 11 days from 14 July 2023."),
        # "next spring" given as the year it falls in
        ("Building could begin as early as next spring.",
         "Building might start as soon as spring 2025."),
    ]  # fmt: skip
    for src, cpy in same:
        assert kinds(src, cpy, story) == [], (src, cpy)
    changed = [
        ("Pay will rise from 31,650 pounds to 33,296 pounds.",
         "Pay will rise by 2,646 pounds to 33,296 pounds."),
        ("The fire burned from 14 July to 24 July last year.",
         "The fire burned for 15 days from 14 July 2023."),
        ("The fire burned from 14 July to 24 July last year.",
         "The fire burned from 14 July 2021 to 24 July."),
        ("Building could begin as early as next spring.",
         "Building might start as soon as spring 2027."),
    ]  # fmt: skip
    for src, cpy in changed:
        assert kinds(src, cpy, story) != [], (src, cpy)
    # a denial until a time: "only after" may follow the verb
    assert kinds("The state would not provide more money until it had reviewed the plan.",
                 "The state would provide more money only after reviewing the plan.") == []  # fmt: skip


def test_round_59_misses_a_member_made_chairman_and_an_option_made_a_plan() -> None:
    got = pair("Kester Oldroyd, a member of the angling club, said the river was dead.",
               "Kester Oldroyd, the chairman of the angling club, said the river was dead.")  # fmt: skip
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("title", "a member", "the chairman")
    ]
    assert kinds("She said the trust was considering a legal challenge.",
                 "She said the trust would launch a legal challenge.") == ["hedge"]  # fmt: skip
    assert kinds("She said the trust was considering a legal challenge.",
                 "She said the trust might mount a legal challenge.") == []  # fmt: skip


def test_faithful_restatements_of_round_61_are_not_changes() -> None:
    story = dt.date(2025, 7, 8)
    same = [
        # a percentage change said with "more"; "an increase of"
        ("There were 38,400 calls, up from 33,950 a year earlier.",
         "There were 38,400 calls, about 13 per cent more than a year earlier."),
        ("Repairs cost 19.6 million pounds, up from 16.1 million pounds in 2022.",
         "Repairs cost 19.6 million pounds, an increase of 3.5 million pounds on 2022."),
        # "by about X a year, to Y"; "nearly twice"; "leaving"
        ("Flights would rise from about 128,000 a year to about 240,000.",
         "Flights would increase by about 112,000 a year, to about 240,000."),
        ("It handled 31.2 million passengers, compared with 16.4 million last year.",
         "It handled 31.2 million passengers, nearly twice the 16.4 million of last year."),
        ("The average crowd was 11,250, in a ground that holds 14,800.",
         "The average crowd was 11,250, leaving 3,550 empty seats in a ground that holds 14,800."),
        # a total over a span given per period
        ("They signed a 10-year deal worth 12 million pounds.",
         "They signed a 10-year deal worth 1.2 million pounds a year."),
        ("The cuts would cost 65 million pounds over the next 12 months.",
         "The cuts would cost about 1.25 million pounds a week over the next 12 months."),
        # a year from the length of a history; minutes as hours and minutes
        ("It was the largest deal in the club's 128-year history.",
         "It was the largest deal since the club was founded in 1897."),
        ("The trip takes 95 minutes.", "The trip takes an hour and 35 minutes."),
        # a denial until a time, with "only" well before the verb
        ("The council will not take a position until the consultation has closed.",
         "Only once the consultation has closed will the council take a position."),
    ]  # fmt: skip
    for src, cpy in same:
        assert kinds(src, cpy, story) == [], (src, cpy)
    changed = [
        ("There were 38,400 calls, up from 33,950 a year earlier.",
         "There were 38,400 calls, about 30 per cent more than a year earlier."),
        ("They signed a 10-year deal worth 12 million pounds.",
         "They signed a 10-year deal worth 2 million pounds a year."),
        ("It was the largest deal in the club's 128-year history.",
         "It was the largest deal since the club was founded in 1907."),
        ("The trip takes 95 minutes.", "The trip takes an hour and 55 minutes."),
    ]  # fmt: skip
    for src, cpy in changed:
        assert kinds(src, cpy, story) != [], (src, cpy)
    # growth that slowed, made growth that stalled
    assert kinds("Sales growth had slowed to 1.2 per cent.",
                 "Sales growth had stalled at 1.2 per cent.") == ["wording"]  # fmt: skip


def test_the_second_figure_of_a_score_or_a_vote() -> None:
    # round 62: "voted 9-4" -> "voted 9-5" went unseen (the figure after a hyphen was not read)
    got = pair("Councillors voted 9-4 to close the school.",
               "Councillors voted 9-5 to close the school.")  # fmt: skip
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("number", "9-4", "9-5")]
    assert kinds("Councillors voted 9-4 to close the school.",
                 "Councillors voted nine to four to close the school.") == []  # fmt: skip
    assert kinds("Rovers won 3-1 at home.", "Rovers won 3-2 at home.") == ["number"]
    # a season or a disease's name is no score
    assert kinds("It closes at the end of the 2024-25 school year.",
                 "It closes when the 2024-25 school year ends.") == []  # fmt: skip


def test_faithful_restatements_of_rounds_63_and_64_are_not_changes() -> None:
    story = dt.date(2025, 3, 20)
    same = [
        # a noun for the act made its verb; "spoke of" is a speech verb
        ("The inquiry followed a complaint from the tenants' union.",
         "The tenants' union had complained, which led to the inquiry."),
        ("Ms Dunmore said the ruling sent a message to every landlord.",
         "Ms Dunmore spoke of a message to every landlord."),
        # a range of months, its year said as "that year"; opening days as their complement
        ("The registers record 85 burials between June and September 1665.",
         "The registers show 85 burials from June to September that year."),
        ("The gallery is open Wednesday to Monday.", "The gallery opens every day except Tuesday."),
        # years as months and months as years
        ("She was jailed for two and a half years.", "She was jailed for 30 months."),
        ("The trial followed 1,200 patients for 18 months.",
         "The trial followed 1,200 patients for a year and a half."),
        # a total said with its parts; the rest of a total; a share as a subject
        ("The jury's verdict was 11 to 1.", "The verdict was backed by 11 of the 12 jurors."),
        ("It recalled 12,400 kettles in Spain and a further 3,600 in Portugal.",
         "It recalled 16,000 kettles, 12,400 of them in Spain."),
        ("They have scored 37 goals, 22 of them at home.",
         "They have scored 37 goals, 22 at home and 15 away."),
        # a percentage change with "rising"; "all but about"; a rate per hour
        ("Its income rose from 40 million pounds to 50 million pounds.",
         "Its income was rising by about 25 per cent to 50 million pounds."),
        ("The union represents about 1,700 of the 2,000 drivers.",
         "The union represents all but about 300 of the 2,000 drivers."),
        ("The network lost 48 million litres a day.",
         "The network lost 48 million litres a day, or 2 million litres an hour."),
        # an acronym spelled out in lower case; a rank said with "put ... in Nth place"
        ("The VAR overturned the goal.", "The video assistant referee overturned the goal."),
        ("The college rose to 40th place, according to tables published on Tuesday.",
         "Tables published on March 18 put the college in 40th place."),
        # the time since a date, counted to the story's date
        ("The shop closed on 24 February.", "The shop closed more than three weeks ago."),
        # a former post said as the time the holder held it
        ("A former treasurer of the society was jailed for stealing 40,000 pounds.",
         "A man who stole 40,000 pounds from the society while serving as its treasurer "
         "was jailed."),
    ]  # fmt: skip
    for src, cpy in same:
        assert kinds(src, cpy, story) == [], (src, cpy)
    # a share as a subject of a figure the story gives elsewhere, and the remaining part
    # of a total paid in three parts
    story_text = (
        "The trial enrolled 3,000 adults. Half were given the vaccine. "
        "The bridge cost 9 million pounds. The state paid 6 million pounds. "
        "The town raised 2 million pounds, and the county paid the rest."
    )
    copy_text = (
        "The trial enrolled 3,000 adults. Of these, 1,500 got the vaccine. "
        "The bridge cost 9 million pounds. The state paid 6 million pounds. "
        "The town raised 2 million pounds, and the remaining 1 million pounds came from the county."
    )
    assert by_sentence(story_text, copy_text, story, "paraphrase", 1.0) == []
    changed = [
        ("The jury's verdict was 11 to 1.", "The verdict was backed by 11 of the 13 jurors."),
        ("She was jailed for two and a half years.", "She was jailed for 36 months."),
        ("They have scored 37 goals, 22 of them at home.",
         "They have scored 37 goals, 22 at home and 17 away."),
        ("Its income rose from 40 million pounds to 50 million pounds.",
         "Its income was rising by about 40 per cent to 50 million pounds."),
        ("The network lost 48 million litres a day.",
         "The network lost 48 million litres a day, or 3 million litres an hour."),
        ("The shop closed on 24 February.", "The shop closed more than six weeks ago."),
        # a season of a year changed
        ("The plant opens in spring 2026.", "The plant opens in autumn 2026."),
    ]  # fmt: skip
    for src, cpy in changed:
        assert kinds(src, cpy, story) != [], (src, cpy)
    # a loaded verb the source says as a noun is no label of the copy's own, but a loaded
    # verb with no such noun is
    assert kinds("The union criticised the plan.", "The union slammed the plan.") == ["wording"]


def test_a_goal_given_to_another_player_the_story_names() -> None:
    # round 64: both surnames stand in both articles, so the entity checks passed it
    src = (
        "Dara Quenby opened the scoring from a cross by Tomas Heskin. "
        "Heskin doubled the lead before half-time with a free kick."
    )
    changed = (
        "Dara Quenby opened the scoring from a cross by Tomas Heskin. "
        "Quenby doubled the lead before half-time with a free kick."
    )
    kept = (
        "Dara Quenby opened the scoring from a cross by Tomas Heskin. "
        "Heskin doubled the lead just before half-time with a free kick."
    )

    def changes(cpy: str) -> list[tuple[str, str, str]]:
        got = by_sentence(src, cpy, dt.date(2025, 3, 20))
        return [(x.kind, x.source_text, x.copy_text) for x in got]

    assert changes(changed) == [("name", "Heskin", "Quenby")]
    assert changes(kept) == []


def test_faithful_restatements_of_round_66_and_a_hedge_lost_with_the_quote_marks() -> None:
    story = dt.date(2025, 7, 9)  # a Wednesday
    same = [
        # years and months together; a future seen from the past; a product "in all"
        ("She was jailed for three years and four months.", "She was jailed for 40 months."),
        ("The fair was called off before it was due to open on Saturday.",
         "The fair, which had been due to open on July 12, was called off."),
        ("About 12,000 people had bought tickets at 85 pounds.",
         "About 12,000 people had paid 85 pounds each, about 1 million pounds in all."),
        # a quote given as reported speech that keeps its doubt
        ('"We might be able to reopen the pier in May," she said.',
         "She said the council might be able to reopen the pier in May."),
    ]  # fmt: skip
    for src, cpy in same:
        assert kinds(src, cpy, story) == [], (src, cpy)
    changed = [
        ("She was jailed for three years and four months.", "She was jailed for 46 months."),
        ("About 12,000 people had bought tickets at 85 pounds.",
         "About 12,000 people had paid 85 pounds each, about 2 million pounds in all."),
        # the doubt dropped with the quote marks (round 66: a festival's "might be able to")
        ('"We might be able to reopen the harbour pier and its cafe in early May, but I cannot '
         'promise anything," she said.',
         "She said the council would reopen the harbour pier and its cafe in early May."),
    ]  # fmt: skip
    for src, cpy in changed:
        assert kinds(src, cpy, story) != [], (src, cpy)


def test_faithful_restatements_of_round_68_are_not_changes() -> None:
    story = dt.date(2025, 3, 4)  # a Tuesday
    same = [
        # a share of a figure worked out; the others of a total
        ("Turnout was 40 percent of the 3.1 million registered voters.",
         "About 1.2 million of the 3.1 million registered voters cast ballots."),
        ("It asked for 500 million dollars, of which only 22 percent has arrived.",
         "It asked for 500 million dollars, of which only about 110 million dollars has arrived."),
        ("The army said 14 soldiers, including three officers, were held.",
         "The army said three officers and 11 other soldiers were held."),
        # a day a span reaches; a day set for something ahead
        ("The sides agreed on Tuesday to extend the truce by 30 days.",
         "The sides agreed on March 4 to extend the truce until April 3."),
        ("Unions had called a strike for Friday.", "Unions had called a strike for March 7."),
        # a cut to a figure given elsewhere in the story (below, in the story test)
        # "unless" for "if not"; an inability; self-description, hope and the law as sources
        ("The union said the strike would go ahead unless the council reversed the cut.",
         "The union said the strike would go ahead if the council did not reverse the cut."),
        ("Neither claim could be independently verified.",
         "Both claims were impossible to verify independently."),
        ("The group, which says it speaks for farmers, blocked the road.",
         "The group, which describes itself as speaking for farmers, blocked the road."),
        ("The minister said she hoped the deal would hold.",
         "The minister expressed hope that the deal would hold."),
        ("The vote must be held within 30 days, according to the constitution.",
         "Under the constitution, the vote must be held within 30 days."),
        # an acronym spelled out with "for a" (defined before: the name is no new one)
        ("The UNS lost the vote. The UNS said it would appeal.",
         "The UNS lost the vote. The Union for a New Samvera said it would appeal."),
    ]  # fmt: skip
    for src, cpy in same:
        assert kinds(src, cpy, story) == [], (src, cpy)
    changed = [
        ("Turnout was 40 percent of the 3.1 million registered voters.",
         "About 1.9 million of the 3.1 million registered voters cast ballots."),
        ("The army said 14 soldiers, including three officers, were held.",
         "The army said three officers and 13 other soldiers were held."),
        ("The sides agreed on Tuesday to extend the truce by 30 days.",
         "The sides agreed on March 4 to extend the truce until April 20."),
        ("Neither claim could be independently verified.",
         "Both claims were independently verified."),
        # a percentage of something else is no share of this figure (round 63's p14)
        ("Profit fell 22 per cent and it will close nine of its 48 stores.",
         "Profit fell 22 per cent and it will close 11 of its 48 stores."),
    ]  # fmt: skip
    for src, cpy in changed:
        assert kinds(src, cpy, story) != [], (src, cpy)
    # the price rise, given two sentences before, cut "by 20 percentage points, to 25"
    src = (
        "Petrol prices rose by 45 percent last week. Crowds gathered in the capital. "
        "The prime minister said the rise would be cut to 25 percent."
    )
    cpy = (
        "Petrol prices rose by 45 percent last week. Crowds gathered in the capital. "
        "The prime minister said the rise would be cut by 20 percentage points, to 25 percent."
    )
    assert by_sentence(src, cpy, story) == []


def test_faithful_restatements_of_round_69_are_not_changes() -> None:
    story = dt.date(2024, 9, 12)  # a Thursday
    same = [
        # a past post said both ways
        ("Ada Quarm, who was transport minister until Monday, becomes home secretary.",
         "Ada Quarm, the former transport minister, becomes home secretary."),
        ("Quarm was previously dean of law at Pellam.",
         "A former dean of law at Pellam, Quarm will start in May."),
        ("Rook, 51, a former solicitor, has led the party since 2019.",
         "Rook, 51, who used to work as a solicitor, has led the party since 2019."),
        # a participle before the weekday: the past meeting, whatever "will" says after
        ("The decision, taken at a meeting on Wednesday, means the ward will close.",
         "Under the decision, agreed at a meeting on September 11, the ward will close."),
        # the time to a date of the source; the year a span started
        ("He signed a contract that runs until March 2029.",
         "He signed a contract of about four and a half years."),
        ("Dame Ivy Pell is retiring after 11 years in charge.",
         "Dame Ivy Pell, who has led the college since 2013, is retiring."),
        # a denial carried by "no" before the noun
        ("She said the council should not sign any fishing deal before the assembly had "
         "debated it.",
         "She said no fishing deal should be signed by the council until the assembly had "
         "debated it."),
    ]  # fmt: skip
    for src, cpy in same:
        assert kinds(src, cpy, story) == [], (src, cpy)
    # "Sir Crispin" and "Quarrie" are one man the story names in full
    src = "Sir Crispin Quarrie chairs the board. Sir Crispin said the pensions were safe."
    cpy = "Sir Crispin Quarrie chairs the board. Quarrie said the pensions were safe."
    assert kinds(src, cpy, story) == []
    changed = [
        ("The shadow health minister, Bea Lorne, objected.",
         "The health minister, Bea Lorne, objected."),
        ("He signed a contract that runs until March 2029.",
         "He signed a contract of about two years."),
        ("She said the council should not sign any deal before the vote.",
         "She said the council should sign the deal before the vote."),
    ]  # fmt: skip
    for src, cpy in changed:
        assert kinds(src, cpy, story) != [], (src, cpy)


def test_places_climbed_worked_out_from_two_ranks_in_the_story() -> None:
    # rounds 64 and 69: "climb seven places, to ninth" for "from 16th to ninth", and "a
    # rise of 23 places" for 84th a year ago and 61st now, named a paragraph apart
    assert kinds("Her side has climbed from 16th to ninth in the table.",
                 "Her side has climbed seven places, to ninth in the table.") == []  # fmt: skip
    src = ("The index puts the Polytechnic of Averholt in 58th place this year. "
           "The polytechnic was ranked 77th a year ago.")  # fmt: skip
    cpy = ("The index puts the Polytechnic of Averholt in 58th place this year. "
           "That is a rise of 19 places in a year.")  # fmt: skip
    assert [c.kind for c in by_sentence(src, cpy, dt.date(2025, 11, 13))] == []
    # ... but places the ranks do not give are a changed figure
    wrong = cpy.replace("19 places", "21 places")
    assert "number" in [c.kind for c in by_sentence(src, wrong, dt.date(2025, 11, 13))]
    assert "number" in kinds("Her side has climbed from 16th to ninth in the table.",
                             "Her side has climbed five places, to ninth in the table.")  # fmt: skip


def test_seats_more_than_last_time_worked_out_from_a_figure_a_paragraph_before() -> None:
    # round 69: "The total was seven more than the party won at the last election in
    # 2020" for "won 27 seats at the last election", this year's 34 a sentence before
    src = ("The Harvest Party took 34 of the 60 seats on Thursday. "
           "The Harvest Party won 27 seats at the last election in 2020.")  # fmt: skip
    cpy = ("The Harvest Party took 34 of the 60 seats on Thursday. "
           "The total was seven more than the party won at the last election in 2020.")  # fmt: skip
    assert [c.kind for c in by_sentence(src, cpy, dt.date(2025, 11, 13))] == []
    wrong = cpy.replace("seven more", "nine more")
    assert "number" in [c.kind for c in by_sentence(src, wrong, dt.date(2025, 11, 13))]


def test_temperatures_and_small_units_given_in_other_units_in_place() -> None:
    # round 73: a copy wrote the source's Celsius in Fahrenheit, millimetres in
    # centimetres or inches, and kilometres as a rounded "about six miles"
    same = [
        ("The previous high was 37.1C, set in 2019.", "The old record was 98.8F, set in 2019."),
        ("Temperatures reached 44C in the valley.", "The valley reached 111F."),
        ("Temperatures fell to minus 9C overnight.", "Temperatures fell to about 16F overnight."),
        ("Nights will not fall below 20C.", "Nights will stay at or above 68F."),
        ("About 240 mm of rain fell in a day.", "About 24 cm of rain fell in a day."),
        ("Only 112 mm of rain fell all summer.", "Only about 4.4 inches of rain fell all summer."),
        (
            "The quake struck at a depth of 10 km.",
            "The quake struck at a depth of about six miles.",
        ),
    ]
    for src, cpy in same:
        assert kinds(src, cpy) == [], (src, cpy)
    # ... while a wrong conversion is a changed figure
    wrong = [
        ("The previous high was 37.1C, set in 2019.", "The old record was 101.5F, set in 2019."),
        ("Gusts reached 190 km/h on the coast.", "Gusts reached about 140 mph on the coast."),
        (
            "The quake struck at a depth of 10 km.",
            "The quake struck at a depth of about nine miles.",
        ),
    ]
    for src, cpy in wrong:
        assert "number" in kinds(src, cpy), (src, cpy)


def test_the_rest_of_a_total_worked_out_from_a_figure_elsewhere() -> None:
    # round 73: "About 52,000 of them were in Ulvenmoor and the rest in Strelland", the
    # 86,000 homes a sentence before
    src = ("Storms cut power to about 86,000 homes on Thursday. "
           "About 52,000 of them were in Ulvenmoor and the rest in Strelland.")  # fmt: skip
    cpy = ("Storms cut power to about 86,000 homes on Thursday. "
           "About 52,000 were in Ulvenmoor and about 34,000 in Strelland.")  # fmt: skip
    assert [c.kind for c in by_sentence(src, cpy, dt.date(2025, 11, 13))] == []
    wrong = cpy.replace("34,000", "38,000")
    assert "number" in [c.kind for c in by_sentence(src, wrong, dt.date(2025, 11, 13))]


def test_a_total_with_its_part_named_a_clause_later_and_a_view_credited() -> None:
    # round 73: "29 people for heat exhaustion and 17 for heatstroke" -> "46 people for
    # heat exhaustion or heatstroke, 17 of them for heatstroke"; "The weather service said
    # the heatwave fitted a trend" -> "In the weather service's view, the heatwave fits"
    assert kinds("The hospital treated 29 people for heat exhaustion and 17 for heatstroke.",
                 "The hospital treated 46 people for heat exhaustion or heatstroke, 17 of them "
                 "for heatstroke.") == []  # fmt: skip
    assert "number" in kinds(
        "The hospital treated 29 people for heat exhaustion and 17 for heatstroke.",
        "The hospital treated 52 people for heat exhaustion or heatstroke, 17 of them "
        "for heatstroke.",
    )
    assert kinds("The weather service said the heatwave fitted a long-term warming trend.",
                 "In the weather service's view, the heatwave fits a long-term warming trend.") == []  # fmt: skip
    assert "attribution" in kinds(
        "The weather service said the heatwave fitted a long-term warming trend.",
        "The heatwave fits a long-term warming trend.",
    )


def test_an_association_made_a_cause_and_a_preliminary_finding_made_final() -> None:
    # round 73: "was associated with a greater risk of asthma" -> "led to"; "its
    # preliminary analysis showed" -> "its analysis showed"; "the outbreak" -> "the
    # epidemic"; round 72: "will cut about 3,200 jobs" -> "will slash"
    src = "Living near the road was associated with a greater risk of asthma, the study found."
    assert "hedge" in kinds(src, src.replace("was associated with", "led to"))
    assert kinds(src, src.replace("was associated with", "was linked to")) == []
    src = "The institute said its preliminary analysis showed the quake was shallow."
    assert "hedge" in kinds(src, src.replace("preliminary analysis", "analysis"))
    assert kinds(src, src.replace("preliminary analysis", "initial analysis")) == []
    src = "It said the outbreak was likely to grow before the winter."
    assert "wording" in kinds(src, src.replace("outbreak", "epidemic"))
    # ... in a light edit: a rewrite's "lived through the epidemic" of a 1637 plague is a
    # synonym (round 63)
    two = ["Margery survived the outbreak.", "She was buried in 1661."]
    assert [
        c.kind
        for c in pair(" ".join(two), "She lived through the epidemic and was buried in 1661.")
    ] == []
    assert kinds("The epidemic killed 40 people in the north last winter.",
                 "The epidemic killed 40 people in the north last winter, officials said.") == []  # fmt: skip
    src = "Kelstrom will cut about 3,200 jobs by the end of next year."
    assert "wording" in kinds(src, src.replace("will cut", "will slash"))


def test_faithful_restatements_of_round_72_business_news() -> None:
    # round 72 (business and markets wire stories): each a false alarm before
    src = ("The plants in Ostrell and Brattvik employ a combined 1,900 people. "
           "Keldmark will cut about 3,200 jobs. The remaining cuts will fall on head office staff.")  # fmt: skip
    cpy = ("The plants in Ostrell and Brattvik employ a combined 1,900 people. "
           "Keldmark will cut about 3,200 jobs. The other 1,300 or so job losses will fall "
           "on head office staff.")  # fmt: skip
    assert [c.kind for c in by_sentence(src, cpy, dt.date(2025, 11, 13))] == []
    pairs = [
        ("The company expects restructuring costs of about $500 million.",
         "The company foresees restructuring costs of about half a billion dollars."),
        ("The company said the cuts were expected to save about $280 million a year.",
         "The company expects the cuts to save about $280 million a year."),
        ("Yields on 10-year bonds rose 18 basis points to 11.35%.",
         "Yields on 10-year bonds rose to 11.35% from 11.17%."),
        ("Without the discount, the penalty would have been $120 million, against $84 million paid.",
         "The discount took $36 million off a penalty that would otherwise have been $120 million, against $84 million paid."),
        ("The demand would cost $140 million, which the railway could not afford.",
         "The demand would cost $140 million, more than the railway could afford."),
        ("Brightholm employs about 11,000 people and Sandvale about 4,600.",
         "The two companies employ about 15,600 people, about 11,000 of them at Brightholm."),
        # (round 184: a trial's two arms)
        ("Side effects were broadly similar between the groups.",
         "Side effects were broadly comparable across the two groups."),
        ("The 11-member group said after a meeting in Port Ennisfar that it would cut production by 600,000 barrels per day.",
         "Meeting in Port Ennisfar, the 11-member group agreed to reduce output by 600,000 barrels per day."),
    ]  # fmt: skip
    for s, c in pairs:
        assert kinds(s, c) == [], (s, c)
    # ... while the same sentences with a figure changed are still changes
    assert "number" in kinds(pairs[2][0], pairs[2][1].replace("11.17%", "11.07%"))
    assert "number" in kinds(pairs[0][0], pairs[0][1].replace("half a billion", "a billion"))
    assert "negation" in kinds(pairs[4][0], pairs[4][1].replace("more than", "which"))


def test_a_date_a_span_reaches_back_to() -> None:
    # round 72: "over the previous three weeks" -> "since April 9" in an April 30 story;
    # "its highest level in 14 months" -> "its highest since November 2023" for January
    # 2025's inflation
    tue = dt.date(2024, 4, 30)
    assert kinds("Prices had fallen nearly 9% over the previous three weeks.",
                 "Prices had fallen nearly 9% since April 9.", tue) == []  # fmt: skip
    assert "date" in kinds("Prices had fallen nearly 9% over the previous three weeks.",
                           "Prices had fallen nearly 9% since March 9.", tue)  # fmt: skip
    feb = dt.date(2025, 2, 12)
    src = "Inflation rose to 3.4% in January from 2.9% in December, its highest level in 14 months."
    assert kinds(src, "Inflation rose 0.5 points to 3.4% in January, its highest level since "
                      "November 2023.", feb) == []  # fmt: skip
    assert "date" in kinds(src, "Inflation rose 0.5 points to 3.4% in January, its highest "
                                "level since May 2023.", feb)  # fmt: skip


def test_a_discount_taken_off_a_figure_worked_out_from_the_fine_elsewhere() -> None:
    # round 72: "Without the discount, the penalty would have been $120 million" ->
    # "The discount took $36 million off a penalty that would otherwise have been $120
    # million", the $84 million fine in the first sentence
    src = ("The regulator fined Glenvarra Bank $84 million on Thursday. "
           "Without the discount, the penalty would have been $120 million.")  # fmt: skip
    cpy = ("The regulator fined Glenvarra Bank $84 million on Thursday. "
           "The discount took $36 million off a penalty that would otherwise have been $120 million.")  # fmt: skip
    assert [c.kind for c in by_sentence(src, cpy, dt.date(2025, 11, 13))] == []
    wrong = cpy.replace("$36 million", "$46 million")
    assert "number" in [c.kind for c in by_sentence(src, wrong, dt.date(2025, 11, 13))]


def test_a_short_form_the_source_defines_is_no_changed_name() -> None:
    # round 77: "NMR" -> "Northmarch Railways", defined in the source as "Northmarch
    # Railways (NMR)" (no initials spell NMR)
    src = ("Northmarch Railways (NMR) will cut journey times from Sunday. "
           "NMR said that it was still in talks with the union.")  # fmt: skip
    cpy = ("Northmarch Railways (NMR) will cut journey times from Sunday. "
           "Northmarch Railways said that it was still in talks with the union.")  # fmt: skip
    assert [c.kind for c in by_sentence(src, cpy, dt.date(2025, 11, 13))] == []
    other = cpy.replace("Northmarch Railways said", "Eastvale Trains said")
    assert "name" in [c.kind for c in by_sentence(src, other, dt.date(2025, 11, 13))]


def test_faithful_restatements_of_round_77_local_news() -> None:
    # round 77 (councils, courts, schools, transport): each a false alarm before
    pairs = [
        ("Of the council's 60 members, 58 attended the meeting.",
         "Only two of the council's 60 members missed the meeting."),
        ("The motion was defeated by 33 votes to 22, with three abstentions.",
         "The motion was defeated by a majority of 11, with three abstentions."),
        ("He was driving at about 43mph in a 30mph zone.",
         "He was driving about 13mph over the 30mph limit."),
        ("Journey times will fall from two hours and 10 minutes to one hour and 45 minutes.",
         "Journeys will be 25 minutes quicker, at one hour and 45 minutes."),
    ]  # fmt: skip
    for s, c in pairs:
        assert kinds(s, c) == [], (s, c)
    assert "number" in kinds(pairs[0][0], pairs[0][1].replace("two", "four"))
    assert "number" in kinds(pairs[1][0], pairs[1][1].replace("11", "13"))
    assert "number" in kinds(pairs[2][0], pairs[2][1].replace("13mph", "18mph"))


def test_figures_that_changed_places_and_a_likely_outcome_made_certain() -> None:
    # round 77: a vote turned round with the same two figures; "is likely to be handed"
    # -> "is to be handed"; a full stop is no part of "29 March"
    src = "Thirty-one councillors voted in favour, 24 voted against and three abstained."
    assert kinds(src, "Twenty-four councillors voted in favour, 31 voted against and three abstained.") == ["number"]  # fmt: skip
    # ... a clause order turned round with its figures is the same vote
    assert kinds(src, "Twenty-four councillors voted against, 31 voted in favour and three abstained.") == []  # fmt: skip
    src = "Officials said the school is likely to be handed to an academy trust."
    assert kinds(src, src.replace("is likely to be", "is to be")) == ["hedge"]
    assert kinds(src, src.replace("is likely to be", "will probably be")) == []
    # ... "stood a good chance of" keeps it (round 61), and "in all likelihood" (round 72)
    assert kinds("He said inflation was likely to peak at about 3.6% in February.",
                 "He said inflation would in all likelihood peak at about 3.6% in February.") == []  # fmt: skip
    assert kinds("Analysts said the move was likely to start a price war.",
                 "Analysts said the move stood a good chance of starting a price war.") == []  # fmt: skip
    got = pair("The last bus will run on Saturday 29 March.", "The last bus will run on Saturday 22 March.")  # fmt: skip
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("date", "29 March", "22 March")]


def test_a_denial_of_a_three_letter_verb() -> None:
    # round 78: "The law does not ban foreign funding outright" -> "The law bans ..."
    src = "The law does not ban foreign funding outright, the government says."
    assert kinds(src, src.replace("does not ban", "bans")) == ["negation"]
    assert kinds(src, src.replace("does not ban", "stops short of banning")) == []


def test_faithful_restatements_and_misses_of_round_79_sport_culture_science() -> None:
    # round 79: each a false alarm or a miss before
    mar = dt.date(2025, 10, 20)
    src = "Gebre won in 2:05:41, a course record. Atteberg was second in 2:05:55."
    cpy = "Gebre won in 2:05:41, a course record. Atteberg was second, 14 seconds behind."
    assert [c.kind for c in by_sentence(src, cpy, mar)] == []
    assert "number" in [c.kind for c in by_sentence(src, cpy.replace("14", "24"), mar)]
    same = [
        ("The race was run in temperatures of 24 degrees Celsius.",
         "The race was run in temperatures of about 75 degrees Fahrenheit."),
        ("They found a small chapel built in the 14th century.",
         "They found a small chapel, built in the 1300s."),
        ("The museum, founded in 1887, holds about 38,000 works.",
         "The museum, founded more than 135 years ago, holds about 38,000 works."),
        ("Marchwood had never swum under 1:56 before Saturday's final.",
         "Saturday's final was the first time Marchwood had swum under 1:56."),
    ]  # fmt: skip
    for s, c in same:
        assert kinds(s, c, dt.date(2025, 1, 15)) == [], (s, c)
    assert "number" in kinds(same[1][0], same[1][1].replace("1300s", "1400s"))
    assert "number" in kinds(same[2][0], same[2][1].replace("135", "145"), dt.date(2025, 1, 15))
    assert kinds("The dig is expected to continue for at least three more summers.",
                 "The dig is likely to go on for at least another three summers.") == []  # fmt: skip
    # a rank and a win made a rout
    src = "The probe became the second spacecraft to orbit Saturn."
    assert kinds(src, src.replace("second", "first")) == ["number"]
    src = "Velmont Athletic beat Ardenholt Rovers 3-1 on Saturday."
    assert kinds(src, src.replace("beat", "thrashed")) == ["wording"]
    # a day ahead: a present passive and an expected plan
    tue = dt.date(2024, 6, 11)
    assert kinds("The rankings will lift her to fourth when they are published on Monday.",
                 "The rankings will lift her to fourth when they are published on June 17.", tue) == []  # fmt: skip
    assert kinds("The federation is expected to confirm the team on Monday.",
                 "The federation is expected to confirm the team on June 17.", tue) == []  # fmt: skip


def test_rounds_80_81_85_world_news_changes() -> None:
    # rounds 80, 81 and 85: each a false alarm or a miss before
    thu = dt.date(2025, 9, 18)
    src = "Judges said there was no evidence that his son knew where the payments came from."
    assert [c.kind for c in by_sentence(src, src.replace("no evidence", "evidence"), thu)] == [
        "negation"
    ]
    assert by_sentence(src, src.replace("no evidence", "little evidence"), thu) == []
    # ... a denial said another way is none dropped
    for s, c in [
        ("There have been no deaths linked to the outbreak.",
         "No deaths have been linked to the outbreak."),
        ("The FSA said it had not found evidence that senior managers knew about it.",
         "The FSA said it had found no evidence that senior managers knew about it."),
    ]:  # fmt: skip
        assert by_sentence(s, c, thu) == [], c
    src = "The shelters held about 18,500 people on Thursday, up from 11,000."
    assert kinds(src.replace("held", "rose to"), src.replace("held", "soared to"), thu) == [
        "wording"
    ]
    same = [
        ("Trennesk's foreign minister said the treaty proved that patient diplomacy works.",
         "Trennesk's top diplomat said the treaty showed that patient diplomacy works."),
        ("Prime Minister Joran Vesteby called an emergency meeting of the national security council for Friday.",
         "Joran Vesteby, the prime minister, summoned the national security council to an emergency meeting on Sept 19."),
        ("President Oren Talvisk, whose signature is needed for the bill to become law, has not said whether he will sign it.",
         "President Oren Talvisk, whose signature is needed for the bill to become law, has given no indication whether he will sign it."),
        ("At least 85 people were injured in Oskerdal and 27 in neighbouring Lessmark province.",
         "At least 112 people were injured, 85 of them in Oskerdal and the rest in neighbouring Lessmark province."),
        ("It was not possible to verify the figures independently, as journalists are barred from the area.",
         "The numbers could not be independently checked, as the authorities bar journalists from the area."),
        ("Militants attacked an army post in eastern Sarvhold.",
         "Militants raided an army post in eastern Sarvhold."),
        ("The river burst its banks and swept through low-lying villages.",
         "The river broke its banks and surged through low-lying villages."),
        # round 80: "former" said with a past tense, a refusal as a denial
        ("Vandiour, a former judge, has not conceded.",
         "Elara Vandiour, who was a judge before entering politics, is refusing to concede."),
    ]  # fmt: skip
    for s, c in same:
        assert kinds(s, c, thu) == [], (s, c)
    assert kinds("Police searched the offices.", "Police raided the offices.", thu) == ["wording"]
    # round 85: a denial by its subject
    src = "A lorry hit the barrier, injuring the driver, police said."
    assert kinds(src, "A lorry hit the barrier, but no one was injured, police said.", thu) == [
        "negation"
    ]
    assert kinds("No one was injured, police said.", "Nobody was hurt, police said.", thu) == []


def test_round_84_the_speaker_named_another_way_and_a_deadline_ahead() -> None:
    thu = dt.date(2025, 3, 13)
    intro = "Asked by Bettina Yeoman, an analyst at Corbisher Securities, the chief said no. "
    src = intro + '"The summer numbers were excellent," Yeoman said after the call.'
    cpy = intro + '"The summer numbers were excellent," the Corbisher Securities analyst said.'
    assert by_sentence(src, cpy, thu) == []
    src = "He said the company expected to lift the notice by Saturday."
    assert kinds(src, src.replace("Saturday", "March 15"), thu) == []
    assert kinds(src, src.replace("Saturday", "March 8"), thu) == ["date"]
    # round 80: a dispersal made an attack; the story's own year said as "this year"
    src = "Police used tear gas and water cannon to disperse the crowd."
    assert kinds(src, src.replace("disperse", "attack"), thu) == ["wording"]
    assert kinds("Seven aid workers have been killed since the start of the year.",
                 "This year alone, seven aid workers have lost their lives.", thu) == []  # fmt: skip
    # "last Wednesday" written on a Wednesday is the week before
    wed = dt.date(2025, 4, 9)
    assert kinds("The deal was agreed during talks in Velstria on April 2.",
                 "The deal was agreed at talks in Velstria last Wednesday.", wed) == []  # fmt: skip
    assert kinds("The deal was agreed during talks in Velstria on April 9.",
                 "The deal was agreed at talks in Velstria last Wednesday.", wed) == ["date"]  # fmt: skip
    # a difference from a figure named elsewhere in the story
    sentences = (
        "The court sentenced him to seven years in prison. Prosecutors had sought a 10-year "
        "sentence."
    )
    cpy = (
        "The court sentenced him to seven years in prison. The sentence was three years "
        "shorter than prosecutors had sought."
    )
    assert by_sentence(sentences, cpy, thu) == []
    assert [c.kind for c in by_sentence(sentences, cpy.replace("three", "four"), thu)] == ["number"]


def test_rounds_87_88_92_changes_found() -> None:
    thu = dt.date(2026, 3, 5)
    # a detention made an arrest; a town retaken made one liberated; a walk-out a storm-out
    assert kinds("Police said one man was detained briefly.", "Police said one man was arrested.") == ["wording"]  # fmt: skip
    assert kinds("Government forces retook Kessa last October.", "Government forces liberated Kessa last October.") == ["wording"]  # fmt: skip
    assert kinds("Opposition deputies walked out of parliament.", "Opposition deputies stormed out of parliament.") == ["wording"]  # fmt: skip
    # a police rank raised
    assert kinds("Detective Inspector Neil Barker said no one was above scrutiny.",
                 "Detective Chief Inspector Neil Barker said no one was above scrutiny.") == ["title"]  # fmt: skip
    # the denial framing a claim dropped, the claim affirmed
    src = "A company spokeswoman said there was no indication that its equipment was involved in starting the fire."  # fmt: skip
    cpy = "A company spokeswoman acknowledged that its equipment may have been involved in starting the fire."  # fmt: skip
    assert "negation" in kinds(src, cpy)
    # a thing ruled out made a thing left open
    src = "The interior minister said the government had no intention of postponing the election."
    cpy = "The interior minister said the government did not rule out postponing the election."
    assert kinds(src, cpy) == ["negation"]
    src = "The company said there would be no compulsory redundancies before 2028."
    cpy = "The company said compulsory redundancies could not be ruled out before 2028."
    assert kinds(src, cpy) == ["negation"]
    # a year the source names, changed beside a weekday whose year is the story's
    src = "Halberg said on Wednesday it would cut 2,300 jobs by the end of 2027."
    cpy = "Halberg is to eliminate 2,300 positions by the end of 2026."
    assert kinds(src, cpy, thu) == ["date"]


def test_rounds_92_faithful_restatements_are_no_changes() -> None:
    thu = dt.date(2026, 3, 5)
    # a multiple said as a percentage
    assert kinds("Its quarterly net profit more than doubled.", "Its net profit for the quarter rose by over 100%.", thu) == []  # fmt: skip
    # "300 m" set apart is metres
    assert kinds("Kiprono kicked with about 300 metres left.", "Kiprono launched his kick with around 300 m to go.", thu) == []  # fmt: skip
    # a temperature converted in brackets, rounded to tens
    assert kinds("Its surface temperature is estimated at around 250C.", "Its surface temperature is estimated at around 250C (about 480F).", thu) == []  # fmt: skip
    # every week's days are no dates
    assert kinds("She said the charge would apply between 7am and 7pm on weekdays.", "The charge would run from 7am to 7pm, Monday to Friday.", thu) == []  # fmt: skip
    # the speaker kept as the subject of what they said, and a view named without a verb
    src = "At least two Labour councillors have said they have concerns about the proposal."
    cpy = "At least two of its own Labour councillors have raised concerns about the idea."
    assert kinds(src, cpy, thu) == []
    src = "He said the council should first improve bus services and only then consider a charge."
    cpy = "In his view, the council should improve bus services first and consider a charge only after that."  # fmt: skip
    assert kinds(src, cpy, thu) == []


def test_round_88_faithful_figures_and_credits() -> None:
    wed = dt.date(2025, 7, 30)
    assert kinds("The government approved a 640-million-dollar emergency aid package.",
                 "Farmers will receive a $640 million emergency aid package.", wed) == []  # fmt: skip
    src = "The average household will pay about $6.40 more per month, according to figures released by Harlow Water after the vote."  # fmt: skip
    cpy = "Under figures the utility released after the vote, the average household will pay about $6.40 more a month."  # fmt: skip
    assert kinds(src, cpy, wed) == []


def test_round_94_95_figures_dates_and_claims() -> None:
    tue, wed = dt.date(2026, 1, 20), dt.date(2026, 1, 21)
    # a weekday with no tense to place it, made "today" by a copy a day later
    s = Article(id="s", body="", date=tue)
    s.sentences = split(
        "The Met Office issued an amber warning on Tuesday, in force from 6pm on Wednesday "
        "until 9am on Thursday.",
        language="en",
    )
    c = Article(id="c", body="", date=wed)
    c.sentences = split(
        "The Met Office issued an amber warning yesterday, in force from 6pm today until 9am "
        "tomorrow.",
        language="en",
    )
    assert facts.analyze(s, c, [Alignment((0,), (0,), "light_edit", 0.95)]) == []
    # figures restated: one and a half, half a mile, a year in months, round the clock,
    # the unit an elliptical source left implied
    assert kinds("Each job was likely to support around one and a half more in local firms.",
                 "Each factory job would probably support about 1.5 further jobs at local firms.") == []  # fmt: skip
    assert kinds("The site lies about half a mile from the town centre.", "The site lies about 0.5 miles from the town centre.") == []  # fmt: skip
    assert kinds("The equipment caused 312 delays in the past year.", "The equipment caused 312 delays over the last 12 months.") == []  # fmt: skip
    assert "number" not in kinds("Engineers would work around the clock.", "Engineers will work 24 hours a day.")  # fmt: skip
    assert kinds("Trains will run every 15 minutes instead of every 20.", "Trains will run every 15 minutes rather than every 20 minutes.") == []  # fmt: skip
    # a unit changed with the figure kept is a change
    assert kinds("Engineers will rebuild a 23-mile section of track.", "Engineers will rebuild a 23-kilometre section of track.") == ["number"]  # fmt: skip
    # one doubt in either modal; an appeal is the appealer's
    src = "The force said anyone who believed they might have been affected should call 101."
    cpy = "Police have asked anyone who thinks they may have been a victim to call 101."
    assert kinds(src, cpy) == []


def test_a_replaced_figure_is_no_total_of_other_figures_in_the_story() -> None:
    # round 94: "3.3 gigawatts" -> "a combined 3.8 gigawatts", where the story's 7.10 (a
    # price) less 3.3 makes 3.8 and the source speaks of "the remaining capacity"
    src = (
        "The Philippines awarded contracts for 3.3 gigawatts of capacity to four developers. "
        "The remaining capacity was split among three projects. "
        "The winning price averaged 7.10 pesos per kilowatt-hour."
    )
    cpy = "The Philippines handed contracts to four developers for a combined 3.8 gigawatts."
    s = Article(id="s", body=src, date=dt.date(2026, 3, 4))
    s.sentences = split(src, language="en")
    c = Article(id="c", body=cpy, date=dt.date(2026, 3, 4))
    c.sentences = split(cpy, language="en")
    found = facts.analyze(s, c, [Alignment((0,), (0,), "paraphrase", 0.9)])
    assert [(x.kind, x.source_text, x.copy_text) for x in found] == [("number", "3.3", "3.8")]


def test_round_95_points_made_per_cent_and_an_option_made_a_plan() -> None:
    assert kinds("The jobless rate rose 0.6 percentage points to 5.1%.", "The jobless rate rose 0.6% to 5.1%.") == ["number"]  # fmt: skip
    assert kinds("The rate rose from 4% to 6%.", "The rate rose by two percentage points, to 6%.") == []  # fmt: skip
    src = "The authority said it would consider extending its skills grant scheme to workers."
    assert kinds(src, src.replace("would consider extending", "would extend")) == ["hedge"]


def test_a_claim_credited_to_a_body_the_source_never_names() -> None:
    # round 94: the organisers' claim given to the WTA, which the source does not mention
    src = "She is the first British woman to reach the final, according to tournament organisers."
    assert kinds(src, src.replace("tournament organisers", "the WTA")) == ["attribution"]
    # ... but the company the source names, or a credit put in other common words, is none
    assert kinds("Nordvik made a profit, according to the company.", "Nordvik made a profit, according to Nordvik.") == []  # fmt: skip
    assert kinds("Prices rose, according to the statistics office.", "Prices rose, according to official data.") == []  # fmt: skip


def test_round_96_a_plan_denied_made_an_option() -> None:
    src = "Lindqvist said the company was not planning further closures."
    cpy = "Lindqvist said she did not rule out further closures."
    assert kinds(src, cpy) == ["negation"]


def test_a_doubt_brought_to_a_plain_claim_is_a_hedge_added() -> None:
    # rounds 97-98: "will reduce" -> "may reduce", "had leaked" -> "may have leaked"
    d = dt.date(2026, 2, 17)

    def got(src: str, cpy: str) -> list[tuple[str, str, str]]:
        return [(c.kind, c.source_text, c.copy_text) for c in by_sentence(src, cpy, d)]

    assert got(
        "The finance office said the measures will reduce revenue by 2 billion crowns.",
        "The finance office said the measures may reduce revenue by 2 billion crowns.",
    ) == [("hedge", "will reduce", "may reduce")]
    assert got(
        "Officials estimated that several thousand litres had leaked into the river.",
        "Officials estimated that several thousand litres may have leaked into the river.",
    ) == [("hedge", "had leaked", "may have leaked")]
    # a doubt the source had, a proposal, an ability, a month: no doubt added
    assert got("The fire may have started in the kitchen.", "The fire may have begun there.") == []
    assert (
        got(
            "The council has proposed closing four libraries.",
            "Four libraries may close under council proposals.",
        )
        == []
    )
    assert (
        got(
            "That took the charge to 2,118 pounds, the maximum allowed.",
            "That took the charge to 2,118 pounds, the most it could charge.",
        )
        == []
    )
    assert got("In May officials said the bridge would close.", "In May officials said so.") == []
    # a denial turned into a doubt is the denial dropped (the negation checks), no hedge
    assert "hedge" not in [
        c.kind
        for c in by_sentence(
            "A spokeswoman said there was no indication that its equipment was involved.",
            "A spokeswoman acknowledged that its equipment may have been involved.",
            d,
        )
    ]


def test_a_party_pushed_to_the_edge_and_a_tax_s_payers_renamed_are_loaded_swaps() -> None:
    # round 97: a partisan light edit of a tax story
    assert kinds(
        "The centre-left Solidarity Party backed the plan.",
        "The hard-left Solidarity Party backed the plan.",
    ) == ["wording"]
    assert kinds(
        "Critics said the package was skewed towards high earners.",
        "Critics said the package was skewed towards wealth creators.",
    ) == ["wording"]
    assert (
        kinds("The left-wing party backed the plan.", "The left-leaning party backed the plan.")
        == []
    )
    # a neutral word qualified into a loaded one (round 98)
    got = pair("At least 17 migrants drowned.", "At least 17 illegal migrants drowned.")
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("wording", "migrants", "illegal migrants")
    ]


def test_a_name_after_residents_of_is_a_place() -> None:
    # round 98: the tagger reads an unknown village as a person or a firm
    got = by_sentence(
        "Residents of Callow Bridge, about eight kilometres downstream, were told to boil water.",
        "Residents of Hollins Cross, about eight kilometres downstream, were told to boil water.",
        dt.date(2026, 2, 17),
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("place", "Callow Bridge", "Hollins Cross")
    ]


def test_a_ratio_with_the_thing_counted_between_is_one_figure() -> None:
    # round 98: "one in five jobs" -> "one job in five" had been read as a five
    assert (
        kinds(
            "It is a town where one in five jobs depends on the plant.",
            "It is a town where one job in five depends on the plant.",
        )
        == []
    )
    assert kinds(
        "It is a town where one in five jobs depends on the plant.",
        "It is a town where one job in four depends on the plant.",
    ) == ["number"]


def test_an_estimate_put_at_a_figure_keeps_its_source() -> None:
    # round 98: "a study estimated that around 3,500 jobs ..." -> "a study put the number
    # of ... at around 3,500": the study still says it
    assert (
        kinds(
            "A study commissioned by the council estimated that around 3,500 further jobs at "
            "parts makers and logistics firms were linked to the plant.",
            "A study commissioned by the council put the number of additional jobs at parts "
            "makers and logistics firms linked to the plant at around 3,500.",
        )
        == []
    )


def test_speakers_named_by_what_they_are_made_other_people() -> None:
    # round 98: what police said of their officers given to witnesses
    got = pair(
        "Police said officers used pepper spray after a group threw bottles.",
        "Witnesses said officers used pepper spray after a group threw bottles.",
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("attribution", "Police said", "Witnesses said")
    ]
    # the same kind of source in other words is no change
    assert (
        kinds("Police said officers used pepper spray.", "Officers said they used pepper spray.")
        == []
    )


def test_a_denial_of_an_adjective_before_a_clause_of_comment() -> None:
    # round 98: the comment after the comma is not what "supportive" is about
    assert kinds(
        "Patients interviewed outside St Aldric's were mostly supportive.",
        "Patients interviewed outside St Aldric's on Thursday were mostly not supportive, "
        "and that should worry the union.",
    ) == ["negation"]


def test_another_quarter_of_a_place_and_another_portfolio() -> None:
    # round 98: "the Northern Banks" -> "the Western Banks" is a place, not a first name;
    # "Labour and Social Affairs Minister" -> "Finance Minister" a title, reported once
    got = pair(
        "Trawlers fish cod in the Northern Banks.", "Trawlers fish cod in the Western Banks."
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("place", "Northern Banks", "Western Banks")
    ]
    got = pair(
        "Labour and Social Affairs Minister Henrik Solvang said the vote was historic.",
        "Finance Minister Henrik Solvang said the vote was historic.",
    )
    assert [c.kind for c in got] == ["title"]
    # ... but another person with another post is both changes
    got = pair(
        "Interior Minister Karim Benali said the border would stay closed.",
        "President Youssef Amrani said the border would stay closed.",
    )
    assert sorted(c.kind for c in got) == ["name", "title"]


def test_figures_in_other_units_pair_with_the_figure_they_restate() -> None:
    # round 100: a 6-mile stretch is around ten kilometres, so the five kilometres are the
    # one-mile zone's, a wrong conversion
    got = pair(
        "Officials set up a one-mile evacuation zone and closed a 6-mile stretch of road.",
        "Officials declared a five-kilometre exclusion zone and closed the road over around "
        "ten kilometres.",
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("number", "one-mile", "five-kilometre")
    ]
    assert (
        kinds(
            "Officials set up a one-mile zone and closed a 6-mile stretch of road.",
            "Officials set up a 1.6-kilometre zone and closed around ten kilometres of road.",
        )
        == []
    )


def test_rough_distances_and_bare_degrees_in_the_other_system() -> None:
    # round 100: an American story rewritten in metric units
    assert (
        kinds(
            "A grain train came off the tracks about 2 miles west of town.",
            "A grain train left the rails about three kilometres west of the town.",
        )
        == []
    )
    assert (
        kinds(
            "Temperatures in the area topped 95 degrees on Tuesday.",
            "In temperatures of around 35 degrees Celsius, a shelter was opened.",
        )
        == []
    )
    # ... but not a figure the conversion misses
    assert kinds(
        "A grain train came off the tracks about 2 miles west of town.",
        "A grain train left the rails about five kilometres west of the town.",
    ) == ["number"]


def test_a_speaker_kept_by_its_head_noun_or_in_the_next_sentence() -> None:
    # round 98: three reports on a faithful paraphrase of a water-rationing story
    d = dt.date(2026, 6, 9)
    assert (
        kinds(
            "The water board said it would review the measures every two weeks.",
            "The board plans to review the rationing every two weeks.",
        )
        == []
    )
    assert (
        by_sentence(
            "Households will receive water for 12 hours a day, the board said in a statement. "
            "Hospitals and schools will be exempt.",
            "Homes will get running water for 12 hours each day. Schools and hospitals are "
            "not affected, according to the board's statement.",
            d,
            "paraphrase",
            0.85,
        )
        == []
    )
    # ... but not a claim whose speaker the copy names nowhere near it
    assert [
        c.kind
        for c in by_sentence(
            "Households will receive water for 12 hours a day, the board said in a statement. "
            "Hospitals and schools will be exempt.",
            "Homes will get running water for 12 hours each day. Schools and hospitals are "
            "not affected.",
            d,
            "paraphrase",
            0.85,
        )
    ] == ["attribution"]


def test_a_hedged_figure_of_other_things_is_not_the_hedged_one() -> None:
    # round 98: "in nearly three decades" -> "three districts ... almost 30 years"
    assert (
        kinds(
            "The reservoir fell to its lowest point in nearly three decades.",
            "Water will be rationed in three districts after the reservoir dropped to its "
            "lowest level in almost 30 years.",
        )
        == []
    )
    assert kinds("At least 120 people died.", "The quake killed 120 people.") == ["hedge"]


def test_a_deputy_made_of_the_one_who_chairs() -> None:
    # round 101: "who chairs the committee" -> "who is deputy chair of the committee"
    got = pair(
        "Ander Brask, who chairs parliament's transport committee, welcomed the plan.",
        "Ander Brask, who is deputy chair of parliament's transport committee, welcomed it.",
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("title", "chairs", "deputy chair")
    ]
    assert (
        kinds(
            "Ander Brask, who chairs parliament's transport committee, welcomed the plan.",
            "Ander Brask, chair of parliament's transport committee, welcomed the plan.",
        )
        == []
    )


def test_faithful_conversions_of_round_102() -> None:
    # a size given once for its three dimensions, a conversion after "or", a word figure in
    # brackets, a capitalised scale, a temperature's decade in the other scale
    same = [
        (
            "Most allow a free bag measuring no more than 40cm by 30cm by 20cm.",
            "Most allow a free bag of no more than about 16 by 12 by 8 inches.",
        ),
        (
            "Most charge for a checked bag of up to 23kg.",
            "Most charge for a checked bag of up to 23 kilograms, or about 51 pounds.",
        ),
        (
            "She wants one fee for bags that exceed the limit by less than a kilogram.",
            "She wants one fee for bags that are less than 2.2 pounds (one kilogram) over it.",
        ),
        (
            "Temperatures hit 104 degrees Fahrenheit on Tuesday.",
            "Temperatures hit 40C (104F) on Tuesday.",
        ),
        (
            "A cold front could bring temperatures down to the low 90s next week.",
            "A cold front could bring temperatures down to the low 30s Celsius next week.",
        ),
    ]
    for src, cpy in same:
        assert kinds(src, cpy) == [], (src, cpy)
    assert kinds(
        "A cold front could bring temperatures down to the low 90s next week.",
        "A cold front could bring temperatures down to the low 20s Celsius next week.",
    ) == ["number"]


def test_faithful_dates_and_sources_of_round_102() -> None:
    d = dt.date(2026, 4, 14)
    # "since the start of the year" is 1 January of the story's year, and "since" looks back
    assert (
        kinds(
            "Anyone who has had a bike stolen since the start of the year is asked to check "
            "the photographs, which police will publish.",
            "Anyone whose bike has been stolen since 1 January is asked to check the "
            "photographs, which police will publish.",
            d,
        )
        == []
    )
    # a speaker named in the other sentence of a split, and one acting past an auxiliary
    split = pair(
        "The two men were released on bail until next month while inquiries continue, "
        "the force said.",
        "The two men were released on bail until next month while inquiries continue. A "
        "statement from the force confirmed the bail terms.",
        d,
    )
    assert split == []
    # ... not a split whose other sentence credits someone else
    unsaid = pair(
        "The two men were released on bail until next month while inquiries continue, "
        "the force said.",
        "The two men were released on bail until next month while inquiries continue. "
        "Their lawyer confirmed the bail terms.",
        d,
    )
    assert [c.kind for c in unsaid] == ["attribution"]
    assert (
        kinds(
            "Orvell Foods said on Wednesday it had agreed to buy Brightcrumb for $640 million.",
            "Orvell Foods has agreed to acquire Brightcrumb for $640 million.",
            d,
        )
        == []
    )


def test_changes_of_round_102_the_checks_had_missed() -> None:
    d = dt.date(2026, 1, 21)

    def got(src: str, cpy: str) -> list[tuple[str, str, str]]:
        return [(c.kind, c.source_text, c.copy_text) for c in pair(src, cpy, d)]

    # places the tagger takes for people, after "near" and "in"
    assert got(
        "Anglers found dead trout near Coldharbour Mill on Sunday.",
        "Anglers found dead trout near Ashby Weir on Sunday.",
    ) == [("place", "Coldharbour Mill", "Ashby Weir")]
    # a doubt added past an auxiliary
    added = by_sentence(
        "Dead fish had been found along a two-mile stretch of the river.",
        "Dead fish had reportedly been found along a two-mile stretch of the river.",
        d,
    )
    assert [c.kind for c in added] == ["hedge"]
    # a body named in common nouns made another, the claim as it stood
    assert got(
        "The council said on Wednesday that construction would pause for a month.",
        "The archaeology unit said on Wednesday that construction would pause for a month.",
    ) == [("attribution", "The council said", "The archaeology unit said")]
    assert (
        kinds(
            "The council said on Wednesday that construction would pause for a month.",
            "The council's planning committee said construction would stop for a month.",
        )
        == []
    )
    # disruption made chaos
    assert kinds(
        "Commuters faced the worst disruption in years.",
        "Commuters faced the worst chaos in years.",
    ) == ["wording"]
    # the month is no hedge: "until May while inquiries continue" -> "while inquiries go on"
    assert (
        kinds(
            "The men were bailed until May while inquiries continue.",
            "The men were bailed until next month while inquiries continue.",
            dt.date(2026, 4, 14),
        )
        == []
    )


def test_a_claim_given_to_another_body_of_round_103() -> None:
    # observers named by their network made the electoral commission, the claim as it stood
    # (the network, named nowhere in this copy, is also a name dropped)
    assert "attribution" in [
        c.kind
        for c in pair(
            "Independent election observers from the Civic Monitoring Network said voting "
            "had been orderly.",
            "The municipal electoral commission said voting had been orderly.",
        )
    ]
    # two bodies, the claim reworded as a close pair rewords it
    assert [
        c.kind
        for c in pair(
            "The national weather service said 180 millimetres of rain had fallen in the "
            "upper valley in 48 hours, roughly what the area normally receives in two months.",
            "The civil protection agency reported that 180 millimetres of rain fell on the "
            "upper valley within 48 hours, about two months' worth of rainfall for the area.",
        )
    ] == ["attribution"]
    # an acronym spelled out, a part of the same body, a pronoun: the same speaker
    for src, cpy in [
        (
            "The UCSU said the university still held reserves.",
            "The Universities and Colleges Staff Union said the university still held reserves.",
        ),
        (
            "The council said construction would pause for a month.",
            "The council's planning committee said construction would pause for a month.",
        ),
    ]:
        assert kinds(src, cpy) == [], (src, cpy)


def test_a_former_post_said_as_the_role_used_for_the_crime() -> None:
    # round 92: "a former finance director who stole" -> "a woman who used her role as
    # finance director to steal": the post was hers then, as "former" says
    src = "A former finance director who stole 2.4 million pounds from a charity was jailed."
    used = (
        "A woman who used her role as finance director to steal 2.4 million pounds from a "
        "charity was jailed."
    )
    assert kinds(src, used) == []
    plain = "The finance director who stole 2.4 million pounds from a charity was jailed."
    assert kinds(src, plain) == ["title"]


def test_round_104_and_105_hedges_credits_and_denials() -> None:
    d = dt.date(2026, 4, 14)
    # a doubt dropped beside a schedule both sentences keep
    src = (
        "A fourth man, shipping agent Pieter Vandermolen, who allegedly acted as a go-between "
        "for the payments, is due to stand trial in September."
    )
    assert kinds(src, src.replace("who allegedly acted", "who acted")) == ["hedge"]
    # an option weighed stays open when the copy asks whether
    weigh = (
        "The regulator said it would consider whether further action was needed once it had "
        "received a full incident report."
    )
    assert kinds(weigh, weigh.replace("consider whether further action was needed", "decide whether more steps were required")) == []  # fmt: skip
    assert kinds(weigh, weigh.replace("consider whether further action was needed", "take further action")) == ["hedge"]  # fmt: skip
    # a quote kept in quote marks with its speaker named beside it is still hers
    quote = (
        '"I want to apologise to every one of our customers who was left stranded today," '
        "chief executive Laila Morgenstern said in a video posted on the company's website."
    )
    kept = (
        "In a video on the company's website, CEO Laila Morgenstern apologised to \"every one "
        'of our customers who was left stranded today".'
    )
    assert kinds(quote, kept) == []
    # a claim of figures kept with fewer of its words, its estimate's credit dropped
    assert kinds(
        "Reach Airports estimates the project will create about 4,000 construction jobs and "
        "1,200 permanent positions at the airport.",
        "The expansion will generate around 4,000 jobs during construction, along with 1,200 "
        "permanent roles at the airport itself.",
    ) == ["attribution"]
    # "already approved" denied as "not yet approved"
    done = "She said the ministry had already approved the hiring of 45 new controllers."
    assert kinds(done, done.replace("had already approved", "had not yet approved")) == ["negation"]  # fmt: skip
    assert kinds("Officials have not yet decided on the route.", "Officials are still deciding on the route.") == []  # fmt: skip
    # a credit in the next sentence that is about something else carries nothing back
    claim = (
        "The board said the rise was driven largely by a shortage of beds on medical wards. "
        "Dr Alisha Brennock, the board's chief executive, apologised to patients."
    )
    dropped = (
        "The rise was driven largely by a shortage of beds on medical wards. Dr Alisha "
        "Brennock, the board's chief executive, apologised to patients and said the figures "
        "were poor."
    )
    assert [c.kind for c in by_sentence(claim, dropped, d)] == ["attribution"]
    # ... nor one before it (round 110: the police credited with a crowd's size, not with
    # the bottles thrown after dusk)
    before = (
        "Organisers said 60,000 people joined the march, while police put the number at "
        "22,000. Scuffles broke out after dusk, where some protesters threw bottles and flares "
        "at officers, police said."
    )
    after = (
        "Organisers said 60,000 people joined the march, while police put the number at "
        "22,000. Scuffles broke out after dusk, where some protesters threw bottles and flares "
        "at officers."
    )
    assert [c.kind for c in by_sentence(before, after, d)] == ["attribution"]
    # ... but one that takes the claim up is the same credit
    taken_up = after.replace(
        "at officers.", "at officers. Police said bottles and flares were thrown."
    )
    assert [c.kind for c in by_sentence(before + " Nobody was hurt.", taken_up, d)] == []


def test_a_place_named_by_the_words_around_it_and_a_speaker_past_an_auxiliary() -> None:
    # round 105: the tagger read "Kolm" as a person and "Brask" as a town
    src = (
        "Vost said his campaign would file complaints over irregularities at several polling "
        "stations in the eastern district of Kolm."
    )
    cpy = (
        "He said his campaign would lodge complaints about irregularities at several polling "
        "stations in the eastern Brask district."
    )
    assert kinds(src, cpy) == ["place"]
    assert kinds(src, cpy.replace("Brask district", "Kolm district")) == []


def test_round_109_and_110_a_group_s_own_name_and_a_modal_with_also() -> None:
    src = "Militants from the Karsh Liberation Front seized a border crossing, the army said."
    assert kinds(src, src.replace("Militants", "Freedom fighters")) == ["wording"]
    assert kinds(src, src.replace("Militants", "Rebels")) == []
    may = "The drug may also help patients who have not responded, the researchers said."
    assert kinds(may, may.replace("may also help", "also helps")) == ["hedge"]
    assert kinds(may, may.replace("may also help", "might also help")) == []


def test_a_testing_regime_is_no_regime() -> None:
    # round 108: "that testing regime" is a system of checks, not a government
    src = "The recall was triggered by mandatory testing rather than by patient complaints."
    assert kinds(src, src.replace("mandatory testing", "that testing regime")) == []
    gov = "The government in Tarven described the attack as an act of terror."
    assert kinds(gov, gov.replace("government", "regime")) == ["wording"]


def test_a_person_s_title_read_across_the_articles() -> None:
    # round 108: the copy's lede gives the deputy minister the minister's title; the source
    # names her in its second sentence, which no copy sentence was aligned to
    d = dt.date(2026, 5, 6)
    src = (
        "Thousands marched in Sarvo on Wednesday against a 3.2 billion lev austerity package. "
        "Deputy Finance Minister Lidia Voskresen told lawmakers the cuts were temporary."
    )
    s = Article(id="s", body=src, date=d)
    s.sentences = split(src, language="en")

    def lede(text: str) -> list[str]:
        c = Article(id="c", body=text, date=d)
        c.sentences = split(text, language="en")
        return [x.kind for x in facts.analyze(s, c, [Alignment((0,), (0,), "paraphrase", 0.8)])]

    moved = "Thousands marched in Sarvo on Wednesday against a 3.2 billion lev package that {} Lidia Voskresen defended."  # fmt: skip
    assert lede(moved.format("Finance Minister")) == ["title"]
    assert lede(moved.format("Deputy Finance Minister")) == []
    assert lede(moved.format("Deputy Minister")) == []  # shortened, the same post


def test_round_113_opposites_bodies_doubts_and_places() -> None:
    # an adjective turned into its "un-" opposite; "not clear" -> "unclear" is the same
    assert kinds("Strand was treated on the pitch and was able to continue.", "Strand received treatment on the pitch and was unable to carry on.") == ["negation"]  # fmt: skip
    assert kinds("The result was not clear on Monday.", "The result was unclear on Monday.") == []  # fmt: skip
    # a credit moved to another body named in common nouns ("officials" is no body)
    src = "The deaths are being investigated, according to the provincial coroner's office."
    assert kinds(src, src.replace("the provincial coroner's office", "the health ministry")) == ["attribution"]  # fmt: skip
    assert kinds(src, src.replace("the provincial coroner's office", "officials")) == []
    # turbines "linked to a substation" keep nothing of "is expected to reach"
    wind = (
        "The project is expected to reach full output in September, when its turbines are "
        "connected to a new substation."
    )
    linked = "The project will reach full output in September, once its turbines are linked to a new substation."  # fmt: skip
    assert kinds(wind, linked) == ["hedge"]
    assert kinds("Heavy use was associated with a greater risk of falls.", "Heavy use was linked to a greater risk of falls.") == []  # fmt: skip
    # a town the tagger takes for a firm, "close to" it
    slide = "A landslide blocked the Vale line near the town of Ellerby early on Wednesday."
    moved = "Valeway Rail halted trains early on Wednesday after a landslide covered the tracks close to Hatherleigh."  # fmt: skip
    assert kinds(slide, moved) == ["place"]
    assert kinds(slide, moved.replace("Hatherleigh", "Ellerby")) == []


def test_a_credit_given_to_another_named_body_or_to_its_acronym() -> None:
    # round 112: the security firm's finding credited to the national agency the source
    # names elsewhere
    src = "Blacktide claimed the attack on Sunday, according to researchers at the security firm Quillon."  # fmt: skip
    moved = "Blacktide claimed the attack on Sunday, according to the National Cyber Security Centre."  # fmt: skip
    assert "attribution" in kinds(src, moved)
    # ... but the same body by its acronym is no change
    named = "The ship ran aground, according to the National Cyber Security Centre."
    assert kinds(named, named.replace("the National Cyber Security Centre", "the NCSC")) == []


def test_round_114_short_tons_and_patients_admitted() -> None:
    plant = "The new plant will be able to process about 20,000 tonnes of battery material a year."
    tons = "The new plant will be able to process about 20,000 metric tons (roughly {} short tons) of battery material a year."  # fmt: skip
    assert kinds(plant, tons.format("22,000")) == []
    assert kinds(plant, tons.format("26,000")) == ["number"]
    # patients admitted to hospital are no speaker admitting anything
    heat = "Hospitals reported a rise in admissions for heat exhaustion over the weekend."
    assert kinds(heat, "Hospitals saw more patients admitted with dehydration and heat exhaustion over the weekend.") == []  # fmt: skip
    assert kinds("The minister said the plan had failed.", "The minister admitted the plan had failed.") == ["wording"]  # fmt: skip


def test_an_intention_made_a_deed() -> None:
    # round 117: "plans to order" -> "will order"
    got = pair(
        "The airline also plans to order up to 20 wide-body aircraft later this year.",
        "The airline will order up to 20 wide-body aircraft later this year.",
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("hedge", "plans to order", "will order")
    ]
    # an intention said in other words is kept
    assert (
        kinds(
            "The airline also plans to order up to 20 wide-body aircraft later this year.",
            "The airline wants to order up to 20 wide-body aircraft later this year, and will.",
        )
        == []
    )


def test_a_claim_given_to_another_body_in_common_nouns() -> None:
    # round 114: the fire service's account given to the company
    date = dt.date(2026, 8, 1)
    got = by_sentence(
        "The leak was detected at about 3:40 a.m. on the northern edge of the town, the "
        "regional fire service said.",
        "The leak was detected at about 3:40 a.m. on the northern edge of town, the company said.",
        date,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("attribution", "the regional fire service said", "the company said")
    ]
    # the same body named shorter is no move
    assert not by_sentence(
        "The leak was detected at about 3:40 a.m., the regional fire service said.",
        "The leak was found at about 3:40 a.m., the fire service said.",
        date,
    )


def test_a_score_changed_is_one_figure() -> None:
    # round 117: "3-1" -> "3-2", the 2 of which the source has as "scored twice"
    got = pair(
        "Sanchez scored twice as Westmoor came from behind to beat Redcliffe 3-1 on Saturday.",
        "Sanchez struck twice in a 3-2 comeback win over Redcliffe on Saturday.",
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("number", "3-1", "3-2")]
    # the same score from the loser's side is none
    assert kinds("Redcliffe lost 1-3 at Westmoor.", "Westmoor beat Redcliffe 3-1.") == []


def test_a_title_in_lower_case_before_a_name_read_across_the_articles() -> None:
    # round 117: "head coach" -> "assistant coach", the quote set before the name in the
    # source and after it in the copy, so no word diff lines the titles up
    src = (
        'Westmoor won 3-1. "We needed patience, not panic," Westmoor head coach Elena '
        'Marchetti said. "The goals came."'
    )
    cpy = (
        'Westmoor won 3-1. Westmoor assistant coach Elena Marchetti said: "We needed '
        'patience, not panic. The goals came."'
    )
    got = pair(src, cpy)
    assert ("title", "head coach", "assistant coach") in [
        (c.kind, c.source_text, c.copy_text) for c in got
    ]
    # "boss" for "manager" is the same post
    assert (
        kinds(
            'Westmoor won. "It was harsh," Redcliffe manager Tom Brackley said.',
            'Westmoor won. Redcliffe boss Tom Brackley said: "It was harsh."',
        )
        == []
    )


def test_a_name_left_out_before_a_cue_is_no_name_changed() -> None:
    # round 122: "Her lawyer, Jens Olofsson, said" -> "Her lawyer says"
    assert (
        kinds(
            "Her lawyer, Jens Olofsson, said she accepted the sentence and would not appeal.",
            "Her lawyer says she accepts the sentence and will not appeal.",
        )
        == []
    )


def test_a_credit_kept_on_the_first_half_of_a_split_sentence() -> None:
    # round 120: the credit kept word for word on the first of the two sentences the
    # copy made of one
    src = (
        "The lake stood 2.7 metres below its average summer level on Monday, according to "
        "the regional water authority, after the driest spring in the region in more than 60 "
        "years and a June heatwave that pushed temperatures above 35 Celsius for nine days."
    )
    cpy = (
        "According to the regional water authority, the lake was 2.7 m below its normal "
        "summer level on Monday. The region has just had its driest spring in more than six "
        "decades, followed by a June heatwave that kept temperatures above 35C for nine days."
    )
    date = dt.date(2026, 7, 6)
    s = Article(id="s", body=src, date=date)
    s.sentences = split(src, language="en")
    c = Article(id="c", body=cpy, date=date)
    c.sentences = split(cpy, language="en")
    assert len(c.sentences) == 2
    got = facts.analyze(s, c, [Alignment((0, 1), (0,), "paraphrase", 0.85)])
    assert [x.kind for x in got] == []


def test_the_first_three_months_are_the_first_quarter() -> None:
    # round 119
    assert (
        kinds(
            "More than 61,000 people applied for asylum in the first quarter of the year.",
            "Over 61,000 people sought asylum in the first three months of the year.",
        )
        == []
    )


def test_a_credited_body_that_acts_in_the_copy_and_a_conditional_could() -> None:
    # round 125: the body that announced a date is the one that fixes it in the copy
    assert kinds("The referendum will be held on April 18, 2027, the assembly's presidium said.",
                 "The assembly's presidium fixed the date of the vote for April 18, 2027.") == []  # fmt: skip
    # ... but a claim stated by no one is still a dropped credit
    assert kinds("The referendum will be held on April 18, 2027, the assembly's presidium said.",
                 "The referendum will be held on April 18, 2027.") == ["attribution"]  # fmt: skip
    # round 127: what jurors were allowed to do on a condition, kept with the condition
    assert kinds("The judge told jurors they could convict if he ought to have known.",
                 "The judge told the jury a guilty verdict was open to them if he ought to have known.") == []  # fmt: skip
    assert kinds("The judge said the jury could convict him.",
                 "The judge said the jury will convict him.") == ["hedge"]  # fmt: skip
    # round 88: certain on the same condition is a hedge dropped
    assert kinds("The governor said a cut could come as soon as April if inflation eases.",
                 "The governor said a cut will come in April if inflation eases.") == ["hedge"]  # fmt: skip


def test_a_replaced_share_is_no_sum_of_the_shares_beside_it() -> None:
    # round 124: 37% = 22% + 15%, the earlier years' shares the sentence also gives
    assert kinds("The report showed that 27% of visits breached the target, up from 22% in 2024 and 15% in 2020.",
                 "The report found 37% of visits missed the target, compared with 22% in 2024 and 15% in 2020.") == ["number"]  # fmt: skip


def test_a_denial_affirmed_in_an_irregular_past() -> None:
    # round 124: "did not find evidence" -> "found evidence"
    assert kinds("The audit did not find evidence that weekend staffing was linked to waits.",
                 "The audit found evidence that thinner weekend staffing was linked to waits.") == ["negation"]  # fmt: skip
    assert kinds("The audit did not find evidence that weekend staffing was linked to waits.",
                 "The audit found no evidence that weekend staffing was linked to waits.") == []  # fmt: skip


def test_a_possible_effect_stated_in_the_present() -> None:
    # round 124: "may reduce the risk" -> "cuts your chances"
    src = "Brisk walking may reduce the risk of developing type 2 diabetes by nearly a third, a study found."
    assert kinds(src, "Brisk walking cuts your chances of developing type 2 diabetes by almost a third, a study found.") == ["hedge"]  # fmt: skip
    assert kinds(src, "Brisk walking may cut your chances of developing type 2 diabetes by almost a third, a study found.") == []  # fmt: skip


def test_a_coordinator_made_a_director() -> None:
    # round 124: an aid group's emergency coordinator promoted to country director
    src = (
        '"Cases are still rising," said Jonah Mbeki, the group\'s emergency coordinator in Velmora.'
    )
    assert kinds(src, '"Cases are still rising," said Jonah Mbeki, the group\'s country director in Velmora.') == ["title"]  # fmt: skip
    assert kinds(src, '"Cases are still rising," said Jonah Mbeki, the emergency coordinator of the group in Velmora.') == []  # fmt: skip


def test_a_novelist_made_a_critic() -> None:
    # round 127: the chair of a prize jury given another occupation
    src = "Chair of judges Benedikt Ashgrove, a novelist and former editor, said the panel agreed."
    assert kinds(src, "Chair of judges Benedikt Ashgrove, a literary critic and former editor, said the panel agreed.") == ["title"]  # fmt: skip
    assert kinds(src, "Benedikt Ashgrove, a novelist and former editor who chaired the judges, said the panel agreed.") == []  # fmt: skip


def test_a_credited_body_replaced_with_its_speech_verb_is_an_attribution() -> None:
    # round 127: the bank's analysts' estimate given to the airline itself
    assert kinds("Analysts at Kessling Bank said the cancellations could reduce revenue by 30 million euros.",
                 "The airline itself estimated the cancellations could cut revenue by 30 million euros.") == ["attribution"]  # fmt: skip
    # ... but another name with the speech verb is a name changed (round 122)
    assert kinds("Judge Karin Albers said the song had been copied.",
                 "Judge Karin Ahlberg acknowledged the song had been copied.") == ["name"]  # fmt: skip


def test_a_denial_said_through_another_verb_or_a_long_subject() -> None:
    # round 115: "not ... allowed jurors to see" -> "should never have seen"
    assert kinds("Her lawyers argued the judge should not have allowed jurors to see the records.",
                 "Her lawyers argued that jurors should never have seen the records.") == []  # fmt: skip
    # round 92: "did not take part" -> "None of the 48 ... took part"
    assert kinds("The 48 opposition members who left the chamber did not take part.",
                 "None of the 48 opposition deputies who left the session took part in the vote.") == []  # fmt: skip


def test_a_paragraph_framed_by_an_opening_credit() -> None:
    # round 124: "the report said" dropped from the sentence after "According to the ...
    # report, ..."
    day = dt.date(2026, 3, 5)
    src = (
        "The authority's annual report showed that 27% of visits breached the target. "
        "The proportion waiting more than 12 hours rose to 6.1%, the report said."
    )
    framed = (
        "According to the authority's yearly report, 27% of visits missed the target. "
        "The share kept waiting for more than 12 hours climbed to 6.1%."
    )
    assert [c.kind for c in by_sentence(src, framed, day, "paraphrase", 0.9)] == []
    bare = (
        "The authority's yearly report found 27% of visits missed the target. "
        "The share kept waiting for more than 12 hours climbed to 6.1%."
    )
    assert [c.kind for c in by_sentence(src, bare, day, "paraphrase", 0.9)] == ["attribution"]


def test_what_the_court_heard_is_credited() -> None:
    # round 133: the prosecutor's account "heard" by the court keeps its credit
    src = (
        "Prosecutor Imogen Clay said she made 214 transfers from the council's accounts to her own."
    )
    assert kinds(src, "The court heard from prosecutor Imogen Clay that she moved money from the council's accounts into her own on 214 occasions.") == []  # fmt: skip
    assert kinds(src, "She moved money from the council's accounts into her own on 214 occasions.") == ["attribution"]  # fmt: skip


def test_a_loose_pair_s_date_and_figures_told_in_another_source_sentence() -> None:
    # round 132: an SEO rewrite's sentences and bullet list paired with the wrong source
    # sentences, whose figures and dates the source gives elsewhere
    day = dt.date(2026, 9, 15)
    src = (
        "Hollin Bank will scrap its $6 daily overdraft fee, the lender said on Tuesday. "
        "Customers pay $6 a day, up to a maximum of $90 a month. "
        "The new charge, from November 1, will be $5 for overdrafts up to $500."
    )
    cpy = (
        "From November 1, the bank will charge a single monthly fee instead. "
        "Up to $500 overdrawn: $5 a month. "
        "The new charge, from November 1, will be $5 for overdrafts up to $500."
    )
    assert [c.kind for c in by_sentence(src, cpy, day, "paraphrase", 0.75)] == []
    # (a bare count of two digits too: round 130's "Films in competition: 18")
    counts = "Eighteen films will compete. Seven are by women. The festival opens on June 11."
    bullet = "Films in competition: 18. Seven are by women. The festival opens on June 11."
    assert [
        c.kind
        for c in by_sentence(counts.replace("Eighteen", "Some"), bullet, day, "paraphrase", 0.75)
    ] == ["number"]
    assert [
        c.kind
        for c in by_sentence(
            counts,
            bullet.replace("Films in competition: 18", "Seven are by women, 18 films"),
            day,
            "paraphrase",
            0.75,
        )
    ] == []
    # ... but a close pair's figure replaced one of its own
    close = cpy.replace(
        "From November 1",
        "Hollin Bank will scrap its $5 daily overdraft fee, the lender said on November 1",
    )
    got = [c.kind for c in by_sentence(src, close, day, "light_edit", 0.95)]
    assert "number" in got and "date" in got


def test_a_price_that_goes_up_to_a_figure_has_no_ceiling() -> None:
    # round 132: "will go up to $22.99 from $19.99" -> "$22.99 a month, up from $19.99"
    assert kinds("The premium plan will go up to $22.99 from $19.99.",
                 "Premium plan: $22.99 a month, up from $19.99.") == []  # fmt: skip
    assert kinds("The premium plan will cost up to $22.99.",
                 "The premium plan will cost $22.99.") == ["hedge"]  # fmt: skip


def test_the_others_and_the_one_named_make_the_count() -> None:
    # round 135: "Three judges, led by Lady Justice Harrow" -> "sitting with two other judges"
    assert kinds("Three judges, led by Lady Justice Harrow, ruled on the appeal.",
                 "Lady Justice Harrow, sitting with two other judges, ruled on the appeal.") == []  # fmt: skip
    assert kinds("Three judges, led by Lady Justice Harrow, ruled on the appeal.",
                 "Lady Justice Harrow, sitting with four other judges, ruled on the appeal.") == [
        "number"
    ]  # fmt: skip


def test_a_disease_is_no_person() -> None:
    # round 139: "during the pandemic" -> "during Covid"
    assert kinds("The airline was repaying state aid received during the pandemic.",
                 "The airline was paying back the state support it got during Covid.") == []  # fmt: skip


def test_last_year_is_a_year_earlier() -> None:
    # round 143: "down 6% from a year earlier" -> "a 6 per cent fall on the same period last year"
    assert kinds("It expected revenue of 412 million euros, down 6% from a year earlier.",
                 "It expects revenue of €412m, a 6 per cent fall on the same period last year.") == []  # fmt: skip
    assert kinds("It expected revenue of 412 million euros, down 6% from 2023.",
                 "It expects revenue of €412m, a 6 per cent fall on last year.") == ["date"]  # fmt: skip


def test_a_department_head_made_the_chief_executive() -> None:
    # round 139: "Elvera's head of system control" -> "Elvera's chief executive"
    got = pair("Kristjan Mets, Elvera's head of system control, told a news conference.",
               "Kristjan Mets, Elvera's chief executive, told reporters.")  # fmt: skip
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("title", "head of system control", "chief executive")
    ]
    # the head of the company is its chief executive
    assert kinds("Kristjan Mets, head of Elvera, told a news conference.",
                 "Kristjan Mets, Elvera's chief executive, told reporters.") == []  # fmt: skip


def test_one_fraction_for_another() -> None:
    # round 129: "cut output by two-thirds in the quarter" -> "by half" went unreported
    got = pair("The flood will cut the mine's output by two-thirds this quarter.",
               "The flood will cut the mine's output by half this quarter.")  # fmt: skip
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("number", "two-thirds", "half")]
    assert kinds("About a third of the staff were sent home.",
                 "Roughly one third of the staff were sent home.") == []  # fmt: skip
    assert kinds("About a third of the staff were sent home.",
                 "About 33% of the staff were sent home.") == []  # fmt: skip


def test_a_unit_of_area_changed() -> None:
    # round 129: "1.2 million hectares" -> "1.2 million acres" kept the figure
    assert kinds("Drought has hit 1.2 million hectares of wheat.",
                 "Drought has hit 1.2 million acres of wheat.") == ["number"]  # fmt: skip
    assert kinds("Drought has hit 300 hectares (741 acres) of wheat.",
                 "Drought has hit 741 acres of wheat.") == []  # fmt: skip


def test_one_change_is_reported_once() -> None:
    # round 129: "has not ruled out job cuts" -> "has ruled out" came as two negations,
    # "not ruled -> ruled" inside "has not ruled out -> ruled out"
    got = pair("The chief executive has not ruled out job cuts at the mine.",
               "The chief executive has ruled out job cuts at the mine.")  # fmt: skip
    assert [c.kind for c in got] == ["negation"]


def test_money_given_again_in_another_currency() -> None:
    # round 152: "£1.8 million (roughly $2.3 million)" where the source gives pounds only
    assert kinds("The theatre faces a shortfall of 1.8 million pounds next year.",
                 "The theatre faces a £1.8 million (roughly $2.3 million) hole next year.") == []  # fmt: skip
    # a rate no one has traded at, or one that differs from the source's own, is a change
    assert kinds("The theatre faces a shortfall of 1.8 million pounds next year.",
                 "The theatre faces a £1.8 million (roughly $9.3 million) hole next year.") == ["number"]  # fmt: skip
    assert kinds("The painting sold for £38.2m ($48.5m) on Tuesday.",
                 "The painting sold for £38.2m (about $58.5m) on Tuesday.") == ["number"]  # fmt: skip


def test_a_conversion_in_brackets_the_copy_left_out() -> None:
    # round 178: "14.5 billion euro ($16.7 billion)" -> "EUR 14.5 billion ... two main
    # pillars" paired the dollars with the pillars
    day = dt.date(2025, 6, 18)
    src = "Meridia unveiled a 14.5 billion euro ($16.7 billion) housing plan. It has two parts."
    cut = "Meridia unveiled a 14.5 billion euro housing plan resting on two pillars. It has two parts."
    assert by_sentence(src, cut, day, "paraphrase", 0.9) == []
    kept = "Meridia unveiled a 14.5 billion euro ($17.6 billion) housing plan. It has two parts."
    assert [c.kind for c in by_sentence(src, kept, day)] == ["number"]


def test_a_loose_pair_s_share_is_not_replaced_by_a_count() -> None:
    # round 180: the poll's "falling to 6.25% ... and to 5.50% by the end of 2027" and the
    # copy's "would fall by about 190 marek", paired loosely: no 5.50% -> 190
    src = "The poll showed the base rate falling to 6.25% this year and to 5.50% by 2027."
    cpy = "If the base rate falls to 6.25% this year, the payment would fall by about 190 marek."
    day = dt.date(2026, 3, 9)
    assert [c.source_text for c in by_sentence(src, cpy, day, "paraphrase", 0.78)] == [""]
    # ... but a close pair's is
    cpy = "The poll showed the base rate falling to 6.25% this year and to 190 by 2027."
    assert [c.source_text for c in by_sentence(src, cpy, day)] == ["5.50%"]


def test_a_measure_per_billion_is_no_billion() -> None:
    # round 183: "10 micrograms per litre" -> "10 parts per billion" read a billion added
    assert kinds("Of 200 homes, 34 had lead above the limit of 10 micrograms per litre.",
                 "Of 200 homes, 34 were above the 10 parts per billion limit.") == []  # fmt: skip
    # ... but a count after "per" is one ("one house per five acres", round 175)
    assert kinds("The zoning allows one house per five acres.",
                 "The zoning allows one house per fifty acres.") == ["number"]  # fmt: skip
    # ... but micrograms made milligrams are a thousand times the lead
    assert kinds("The highest reading was 41 micrograms per litre.",
                 "The highest reading was 41 milligrams per litre.") == ["number"]  # fmt: skip


def test_a_half_the_source_says_twice_restated_as_a_figure() -> None:
    # round 184: the source's two halves (of patients, of migraine days) and the copy's
    # "nearly half" and "50% or more"
    assert (
        kinds(
            "Nearly half of patients on the drug, 47%, saw their migraine days fall by at least half.",
            "In all, 47% of patients on the drug - nearly half - saw their migraine days drop by 50% or more.",
        )
        == []
    )
    # one half the copy restates, the other made a figure of its own
    assert kinds(
        "Nearly half of patients on the drug, 47%, saw their migraine days fall sharply.",
        "In all, 47% of patients on the drug - nearly half - saw their migraine days drop by 50% or more.",
    ) == ["number"]


def test_a_body_named_with_its_country_shortened_to_its_initials() -> None:
    # round 184: "the U.S. Food and Drug Administration" -> "the FDA"
    assert (
        kinds(
            "The company plans to seek approval from the U.S. Food and Drug Administration by December.",
            "Quillon plans to seek approval from the FDA by December.",
        )
        == []
    )


def test_two_statements_the_aligner_paired() -> None:
    # round 152: every figure differs, two or more: another statement, not a changed one
    got = by_sentence(
        "The evening sale totalled 112.4 million pounds across 38 lots.",
        "A rival house's sale brought in £41 million against an estimate of £44 million.",
        dt.date(2026, 3, 4), "paraphrase", 0.63,
    )  # fmt: skip
    assert got == []
    # a close pair's figures are its own
    got = by_sentence(
        "The evening sale totalled 112.4 million pounds across 38 lots.",
        "The evening sale totalled 121.4 million pounds across 83 lots.",
        dt.date(2026, 3, 4), "light_edit", 0.95,
    )  # fmt: skip
    assert [c.kind for c in got] == ["number", "number"]


def test_an_age_is_no_span_of_years() -> None:
    # round 148: "a 79-year-old man" -> "a 76-year-old man" was read as about as many years
    got = pair("A 79-year-old man was found alive in the forest.",
               "A 76-year-old man was found alive in the forest.")  # fmt: skip
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("number", "79", "76")]


def test_an_ordinal_said_as_a_count() -> None:
    # round 144: "before their second birthday" -> "before turning two"
    assert kinds("Children given antibiotics before their second birthday were followed.",
                 "Children given antibiotics before turning two were followed.") == []  # fmt: skip
    assert kinds("Children given antibiotics before their second birthday were followed.",
                 "Children given antibiotics before turning three were followed.") == ["number"]  # fmt: skip


def test_the_following_year_is_twelve_months() -> None:
    # round 149: "over the following year" -> "over the next 12 months"
    assert kinds("The rise will add 0.2 points to inflation over the following year.",
                 "The rise will add 0.2 points to inflation over the next 12 months.") == []  # fmt: skip


def test_a_state_abbreviated_and_a_rank_abbreviated() -> None:
    # round 148: "rural Oregon" -> "Orrin, Ore."; "Sergeant Dana Whitfield" -> "Sgt. Dana
    # Whitfield"
    assert kinds("A man who walked away from his home in rural Oregon was found alive.",
                 "A man who walked away from his home in Orrin, Ore., was found alive.") == []  # fmt: skip
    assert kinds("Spokeswoman Sergeant Dana Whitfield said he was tired but alert.",
                 "Spokeswoman Sgt. Dana Whitfield said he was tired but alert.") == []  # fmt: skip


def test_a_currency_code_is_no_person() -> None:
    # round 147: "borrow EUR 11bn" for "borrow 11 billion euros"
    assert kinds("The country plans to borrow a total of 11 billion euros this year.",
                 "The country intends to borrow EUR 11bn in total this year.") == []  # fmt: skip


def test_the_united_states_narrowed_to_a_state_the_source_names() -> None:
    # round 157: "U.S. grocery chain Harbison's said" -> "The Ohio-based grocery chain
    # said", beside the source's "The Columbus, Ohio-based company"
    src = (
        "U.S. grocery chain Harbison's said on Tuesday that hackers may have accessed card "
        "details. The Columbus, Ohio-based company said the code was active for weeks."
    )
    cpy = (
        "The Ohio-based grocery chain said on Tuesday that hackers may have accessed card "
        "details. The Columbus, Ohio-based company said the code was active for weeks."
    )
    day = dt.date(2026, 10, 6)
    assert by_sentence(src, cpy, day, "paraphrase", 0.9) == []
    # ... but a state the source never names is new
    src, cpy = (t.replace("Columbus, Ohio-based", "family-owned") for t in (src, cpy))
    got = by_sentence(src, cpy, day, "paraphrase", 0.9)
    assert [(c.kind, c.source_text) for c in got] == [("place", "U.S.")]


def test_ex_is_former() -> None:
    # round 159: "led by former finance minister Grace Njambura" -> "ex-finance minister"
    src = "The party, led by former finance minister Grace Njambura, campaigned on jobs."
    assert kinds(src, src.replace("former finance", "ex-finance")) == []
    assert kinds(src, src.replace("former finance", "finance")) == ["title"]


def test_metres_shortened_to_m() -> None:
    # round 154: "over 100 metres" -> "over 100m" read as 100 million
    src = "His best of 9.94 seconds over 100 metres is a national record."
    assert kinds(src, "His best of 9.94 seconds over 100m is a national record.") == []
    assert kinds(src, "His best of 9.94 seconds over 200m is a national record.") == ["number"]


def test_the_last_election_given_as_years_ago() -> None:
    # round 159: "down from 78% at the last election" -> "compared with 78% four years
    # ago", the story giving the last election as 2022 elsewhere
    src = (
        "The party won 41.6% of the vote, up from 35.2% in 2022. "
        "Turnout was 72.4%, down from 78% at the last election."
    )
    cpy = (
        "The party won 41.6% of the vote, up from 35.2% in 2022. "
        "Turnout was 72.4%, compared with 78% four years ago."
    )
    day = dt.date(2026, 3, 6)
    assert by_sentence(src, cpy, day, "paraphrase", 0.9) == []
    moved = cpy.replace("four years ago", "six years ago")
    assert [c.kind for c in by_sentence(src, moved, day, "paraphrase", 0.9)] == ["number"]


def test_figures_read_against_their_own_sentence() -> None:
    day = dt.date(2026, 5, 20)
    # the copy's 48% is no restated "half": the copy says "at least half" itself
    found = by_sentence(
        "About 39 percent of patients saw their attacks fall by at least half.",
        "About 49 percent of patients saw their attacks fall by at least half.",
        day,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in found] == [
        ("number", "39 percent", "49 percent")
    ]
    # a sentence's own count changed, though the new figure counts something else elsewhere
    src = (
        "The owner was jailed for 9 years on Monday. "
        "The firm had skipped 9 of its last 12 safety checks."
    )
    cpy = (
        "The owner has been sentenced to 12 years in prison. "
        "The firm had skipped 9 of its last 12 safety checks."
    )
    assert [(c.kind, c.copy_text) for c in by_sentence(src, cpy, day, "paraphrase", 0.6)] == [
        ("number", "12")
    ]


@pytest.mark.parametrize(
    ("src", "cpy"),
    [
        (
            "Standing charges will rise to 0.61 euros a day.",
            "Standing charges will rise to 61 cents a day.",
        ),
        (
            "The bank raised its main rate by 250 basis points to 21%.",
            "The bank lifted its main rate by two and a half percentage points to 21%.",
        ),
        (
            "The rock is between 150 and 300 metres wide and will pass 2.1 million kilometres away.",
            "The rock is between 150 and 300 metres (490 to 980 feet) wide and will pass "
            "2.1 million kilometres (1.3 million miles) away.",
        ),
    ],
)
def test_figures_given_in_other_units_are_no_change(src: str, cpy: str) -> None:
    assert [c for c in pair(src, cpy) if c.kind == "number"] == []


def test_a_judge_made_the_chief_justice() -> None:
    found = by_sentence(
        "Justice Mara Okonjo, who led the panel, said the sentences were too long.",
        "Chief Justice Mara Okonjo, who led the panel, said the sentences were too long.",
        dt.date(2026, 5, 20),
    )
    assert [(c.kind, c.copy_text.lower()) for c in found] == [("title", "chief justice")]


def test_titles_of_ports_and_city_halls() -> None:
    # round 171: a deputy harbour master made the harbour master; round 175: the city
    # auditor made the city manager
    day = dt.date(2025, 10, 8)
    found = by_sentence(
        "The crew could not work the panel, deputy harbour master Luis Ferrandis said.",
        "The crew could not work the panel, harbour master Luis Ferrandis said.",
        day,
    )
    assert [(c.kind, c.source_text) for c in found] == [("title", "deputy")]
    found = by_sentence(
        "The audit was ordered by City Auditor Wendy Marsh in March.",
        "The audit was ordered by City Manager Wendy Marsh in March.",
        day,
    )
    assert [c.kind for c in found] == ["title"]


def test_a_clause_opener_is_no_first_name() -> None:
    # round 175: "After Arbenz said ..." -> "When Arbenz claimed ...", one man
    found = by_sentence(
        'After Arbenz said Dumont had "steered" the contract to a firm, Dumont stood up.',
        'When Arbenz said that Dumont had "steered" the contract to a company, Dumont rose.',
        dt.date(2025, 10, 8),
        "paraphrase",
        0.9,
    )
    assert [c.kind for c in found if c.kind == "name"] == []


def test_a_school_named_for_another_village_is_another_place() -> None:
    # round 170: the pupils sent to another village's school
    found = by_sentence(
        "Pupils were offered places at Carnwath Primary, nine miles away.",
        "Pupils were offered places at Dunmere Primary, nine miles away.",
        dt.date(2025, 3, 4),
    )
    assert [(c.kind, c.copy_text) for c in found] == [("place", "Dunmere Primary")]


def test_a_name_left_out_before_its_auxiliary_is_no_name_changed() -> None:
    # round 168: "Cllr Joanna Pryde, said" -> "has said"
    found = by_sentence(
        "The cabinet member for adult social care, Cllr Joanna Pryde, said the county was "
        "short of about 300 care workers.",
        "Its cabinet member for adult social care has said the county is roughly 300 care "
        "workers short.",
        dt.date(2025, 3, 4),
        "paraphrase",
        0.9,
    )
    assert [c for c in found if c.kind == "name"] == []


def _dated_pair(src: str, s_day: dt.date, cpy: str, c_day: dt.date) -> list[Change]:
    s = Article(id="s", body=src, date=s_day)
    s.sentences = split(src, language="en")
    c = Article(id="c", body=cpy, date=c_day)
    c.sentences = split(cpy, language="en")
    al = [
        Alignment(tuple(range(len(c.sentences))), tuple(range(len(s.sentences))), "paraphrase", 1.0)
    ]
    return facts.analyze(s, c, al)


def test_the_time_since_an_event_grows_with_the_days_between_the_stories() -> None:
    # round 187: "Nine days after" in a timeline of March 20, "nearly two weeks since" in
    # its repost of March 24
    src = "Nine days after the central span fell into the river, here is what is known."
    cpy = "It is now nearly two weeks since the central span fell into the river."
    assert _dated_pair(src, dt.date(2025, 3, 20), cpy, dt.date(2025, 3, 24)) == []
    assert [c.kind for c in _dated_pair(src, dt.date(2025, 3, 20), cpy, dt.date(2025, 3, 20))] == [
        "number"
    ]


def test_a_cut_by_a_share_to_a_tonnage_is_no_difference_of_two_shares() -> None:
    # round 186: "cut by 27% this year, to 612,000 tonnes" beside a story's 44% and the
    # source's 17% (44 - 17 = 27) is the figure changed, not worked out
    src = (
        "The council recommended that the catch be cut by 17% this year, to 612,000 tonnes. "
        "Saldera took 44% of the shared catch."
    )
    cpy = (
        "The council recommended that the catch be cut by 27% this year, to 612,000 tonnes. "
        "Saldera took 44% of the shared catch."
    )
    got = by_sentence(src, cpy, dt.date(2025, 3, 4))
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("number", "17%", "27%")]


def test_titles_of_round_187_to_191() -> None:
    # a director general made the chief engineer; a minister given another portfolio
    assert kinds("Marcus Webb, director general of the authority, told a briefing.",
                 "Marcus Webb, chief engineer of the authority, told a briefing.") == ["title"]  # fmt: skip
    assert kinds("Fisheries Minister Tomas Brecken said the fish were safe.",
                 "Environment Minister Tomas Brecken said the fish were safe.") == ["title"]  # fmt: skip
    # the source's own words capitalised before the name are the same title
    assert (
        kinds(
            "Coast guard spokesperson Commander Dario Velez said the alert came at 3:44 a.m.",
            "Spokesperson Commander Dario Velez said the alert came at 3:44 a.m.",
        )
        == []
    )


def test_a_conditional_opener_is_no_first_name() -> None:
    # round 186: "If Saldera kept ..." -> "Should Saldera stick ..."
    assert kinds("If Saldera kept to its old share, the total would be 667,000 tonnes.",
                 "Should Saldera stick to its old share, the total would be 667,000 tonnes.") == []  # fmt: skip


def test_a_charity_and_the_coast_it_is_named_after_are_no_swap() -> None:
    # round 191: a loose pair's "Brennan Seabird Rescue" and "Varland's Brennan Coast"
    assert kinds("Brennan Seabird Rescue has taken in 483 oiled birds since Tuesday.",
                 "Volunteers on Varland's Brennan Coast have taken in 483 oiled birds since Tuesday.") == []  # fmt: skip


def test_a_crosshead_merged_into_its_paragraph_hides_no_name() -> None:
    # round 191: the crosshead has no full stop, and run into the next sentence it made
    # one long name for the tagger
    src = "Veterinary surgeon Saskia Morrow, who has been volunteering at the centre since Wednesday, said the main danger was the oil the birds swallow."  # fmt: skip
    cpy = "Swallowed Oil Is the Biggest Threat\n\nVeterinarian Saskia Marlow, who has volunteered at the centre since Wednesday, explained that the greatest danger is the oil the birds swallow."  # fmt: skip
    assert ("name", "Saskia Morrow", "Marlow") in [
        (c.kind, c.source_text, c.copy_text) for c in pair(src, cpy)
    ]


def test_a_portfolio_the_source_gives_after_the_head_and_a_national_office() -> None:
    # round 192 (held out): "Estmark's Minister of Agriculture and Rural Affairs" ->
    # "Agriculture Minister" read as a title changed, and "figures from Estmark's
    # statistics office" -> "the national statistics office" as another source
    src = (
        "Estmark's Minister of Agriculture and Rural Affairs, Jorund Halme, said Estmark "
        "had written."
    )
    assert "title" not in kinds(src, "Agriculture Minister Jorund Halme said Estmark had written.")
    src = "Estmark's exports were worth 225 million euros, according to figures from Estmark's statistics office."  # fmt: skip
    cpy = "Estmark's exports were worth 225 million euros, according to the national statistics office."  # fmt: skip
    assert kinds(src, cpy) == []


def test_a_bodys_claim_given_to_a_person_the_story_names() -> None:
    # round 199: "The Weather Bureau's regional office said" -> "Lindqvist said"
    src = "Health chief Amara Lindqvist urged people to stay indoors. The Weather Bureau's regional office said the heat is expected to ease by Friday."  # fmt: skip
    cpy = "Health chief Amara Lindqvist urged people to stay indoors. Lindqvist said the heat is expected to ease by Friday."  # fmt: skip
    assert kinds(src, cpy) == ["attribution"]
    # ... a name the story never gave is a name
    assert kinds(src, cpy.replace("Lindqvist said", "Okafor said")) == ["name"]


def test_a_short_name_kept_with_its_possessive_or_named_on_the_page() -> None:
    # round 196: "AIC head of case management Olivier Dessaint said" -> "said Olivier
    # Dessaint, the AIC's head of case management"
    src = '"We take full responsibility," AIC head of case management Olivier Dessaint said.'
    cpy = (
        '"We take full responsibility," said Olivier Dessaint, the AIC\'s head of case management.'
    )
    assert kinds(src, cpy) == []
    # round 194: the country the source's masthead names, added to the story
    body = "A court jailed Ilie Brusan for six years.\nValmora Public Broadcasting"
    s = Article(id="s", body=body, date=dt.date(2025, 12, 12))
    s.sentences = split("A court jailed Ilie Brusan for six years.", language="en")
    c = Article(id="c", body="", date=dt.date(2025, 12, 12))
    c.sentences = split("In a verdict that shook Valmora's politics, a court jailed Ilie Brusan for six years.", language="en")  # fmt: skip
    al = [Alignment((0,), (0,), "paraphrase", 0.9)]
    assert [x.kind for x in facts.analyze(s, c, al)] == []
    s.body = s.sentences[0].text
    assert [x.kind for x in facts.analyze(s, c, al)] == ["name"]


def test_a_title_given_after_the_name_read_against_one_before_it() -> None:
    # round 202: the source's apposition, the copy's title before the name
    src = (
        "Peter Quaid, the county's emergency management director, said about 9,400 people "
        "were under mandatory evacuation orders."
    )
    moved = "{} Peter Quaid said about 9,400 people are under mandatory evacuation orders."
    assert kinds(src, moved.format("Tamsin County Fire Chief")) == ["title"]
    assert kinds(src, moved.format("County Emergency Management Director")) == []


def test_a_surname_respelled_is_one_change_not_a_new_name_too() -> None:
    # round 208: "Dean Whitlow" -> "Roof-bolter Dean Whitmore"
    got = pair(
        "Dean Whitlow, 42, a roof-bolter, said the men had sung to keep warm.",
        "Roof-bolter Dean Whitmore, 42, said the men had sung to keep warm.",
    )
    assert [(c.kind, c.copy_text) for c in got] == [("name", "Whitmore")]


@pytest.mark.parametrize(
    ("src", "cpy", "kind"),
    [  # the copy split the source sentence under a heading of its own
        # round 204: a question heading holds "will cost" too
        ("Hovart told analysts that the two-day strike could cost the airline up to 25 "
         "million euros.",
         "How much the strike will cost? Hovart told analysts that the two days strike will "
         "cost the company up to 25 million euros.", "hedge"),
        # round 208: the title check reports its words in lower case
        ("The investigation will be led by principal inspector Femi Adeyinka, who heads the "
         "district office.",
         "Who Is Leading the Investigation. Deputy chief inspector Femi Adeyinka, who heads "
         "the district office, will lead the probe.", "title"),
    ],
)  # fmt: skip
def test_a_change_is_placed_in_the_sentence_that_says_it(src: str, cpy: str, kind: str) -> None:
    assert [(c.kind, c.copy_sentence) for c in pair(src, cpy)] == [(kind, 1)]


def test_a_retired_nurse_is_a_former_nurse() -> None:
    # round 203: the apposition read against the copy's, "retired" for "former"
    src = "The coroner said that Elsa Nordgren, a retired nurse, died at St. Aldric's."
    assert kinds(src, src.replace("retired", "former")) == []
    assert kinds(src, src.replace("a retired nurse", "a retired surgeon")) == ["title"]


def test_a_school_s_principal_and_a_meeting_moved_to_a_residence() -> None:
    # round 211: a US page's "principal" is the head teacher; round 214: a deal agreed
    # "at the Hollen Conciliation Service" moved to "the prime minister's residence"
    assert (
        kinds(
            "Linden Street's head teacher, Ana Ruiz, said classes would resume on Monday.",
            "Linden Street's principal, Ana Ruiz, said classes would resume on Monday.",
        )
        == []
    )
    got = pair(
        "The offer was agreed shortly before 11 p.m. at the Hollen Conciliation Service in "
        "Dravonne.",
        "The offer was agreed shortly before 11 p.m. at the prime minister's residence in "
        "Dravonne.",
    )
    assert [c.kind for c in got] == ["place"]


def test_a_share_in_words_beside_the_figure_it_rounds_and_a_vice_president() -> None:
    # round 223: "Just over one in five residents (20.1 percent)"; round 220: "Commission
    # president" -> "commission vice-president"
    src = "People aged 65 and over account for 20.1% of residents, up from 16.8%."
    assert (
        kinds(
            src,
            "Just over one in five residents (20.1 percent) is 65 or older, up from 16.8 percent.",
        )
        == []
    )
    assert kinds(src, "Just over one in four residents is 65 or older, up from 16.8 percent.") == [
        "number"
    ]
    assert kinds(
        "Commission president Katerina Vlachou said the fine was fair.",
        "Commission vice-president Katerina Vlachou said the fine was fair.",
    ) == ["title"]
    # ... but a vice-chancellor's post, set before the name or after it, is one post
    assert (
        kinds(
            "Professor Kwame Asante, the vice-chancellor, said the case had gone to police.",
            "Vice-chancellor Professor Kwame Asante said the case had gone to police.",
        )
        == []
    )


def test_figures_of_rounds_242_to_248() -> None:
    day = dt.date(2025, 6, 17)
    # background a copy adds about a party its sentence names (round 242)
    src = "Harlow & Finch shares closed 0.3% lower."
    cpy = (
        "Harlow & Finch, which operates 312 supermarkets and employs around 18,000 people, "
        "saw its shares close 0.3 per cent lower."
    )
    assert kinds(src, cpy, day) == []
    # ... but a figure of the source's own clause changed stays a change
    src2 = "Harlow & Finch, which operates 213 supermarkets, saw its shares close 0.3% lower."
    assert ("number", "213", "312") in [
        (c.kind, c.source_text, c.copy_text) for c in pair(src2, cpy, day)
    ]
    # the unit the source left implied (round 247)
    src = "Universities would shorten the enrolment window from four weeks to two and a half."
    cpy = "Universities will cut the enrolment period from four weeks to two and a half weeks."
    assert kinds(src, cpy, day) == []
    # a vote's tally in words (round 244)
    src = "The committee voted seven to two for the cut."
    cpy = "The decision was taken by a six-to-three vote of the committee."
    assert [(c.kind, c.copy_text) for c in pair(src, cpy, day)] == [("number", "by a six-to-three")]
    assert kinds(src, "The decision was taken by a seven-to-two vote.", day) == []
    # a clock in words is no count (round 246)
    src = "He ran from escort staff shortly before 3.30pm, police said."
    cpy = "According to police, he bolted from the escort team just before half past three."
    assert kinds(src, cpy, day) == []


def test_a_building_at_another_place() -> None:
    # round 246: "a new prison at Fenwick" -> "at Fenmoor" is a place, whatever the tagger
    day = dt.date(2025, 3, 12)
    src = "He confirmed that work would begin this summer on a new 1,200-place prison at Fenwick."
    cpy = "He confirmed that work would start this summer on a new 1,200-place prison at Fenmoor."
    assert kinds(src, cpy, day) == ["place"]


def test_a_range_in_words_is_no_clock() -> None:
    # round 155: "from five to seven years" is a range, not 6.55
    day = dt.date(2025, 2, 3)
    src = "Parliament passed a law extending the presidential term from five to seven years."
    cpy = "Parliament voted to lengthen the presidential term from five years to seven."
    assert kinds(src, cpy, day) == []


def test_a_person_put_in_anothers_place_a_venue_and_a_week_in_days() -> None:
    # round 264: the cinematographer the sentence named made the film's director
    src = (
        "The film, directed by Pell Annunziata and shot over 40 days, also earned an award "
        "for best cinematography for Rafe Odunsi, whose night sequences were praised."
    )
    cpy = (
        "The film, directed by Rafe Odunsi and shot over 40 days, also won the award for "
        "best cinematography, with its night sequences praised."
    )
    got = by_sentence(src, cpy, dt.date(2025, 10, 19))
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("name", "Pell Annunziata", "Rafe Odunsi")
    ]
    # ... and a venue after "at the" is a place
    got = by_sentence(
        "Annunziata accepted the prize at the Kessel Konzerthaus on Saturday.",
        "Annunziata accepted the prize at the Kessel Opera House on Saturday.",
        dt.date(2025, 10, 19),
    )
    assert [c.kind for c in got] == ["place"]
    # round 264: "in its first week" -> "during its first seven days"
    assert (
        kinds(
            "The appeal has raised 310,000 crowns from 4,200 donors in its first week.",
            "The appeal brought in 310,000 crowns from 4,200 donors during its first seven days.",
        )
        == []
    )


def test_a_bodys_common_noun_rewritten_away_is_no_name() -> None:
    # round 97: "Cabinet Member for Environment" -> "who holds the environment brief"
    src = (
        "Councillor Priya Nandakumar, Cabinet Member for Environment and Infrastructure, "
        "said the pipes would go."
    )
    cpy = (
        "Councillor Priya Nandakumar, who holds the environment and infrastructure brief, "
        "said the pipes would go."
    )
    assert kinds(src, cpy) == []
