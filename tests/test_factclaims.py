"""Claims and who makes them: a credit dropped, or given to another (factclaims.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from test_facts import by_sentence, kinds, pair

DAY = dt.date(2026, 5, 4)


def reports(src: str, cpy: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.source_text, c.copy_text) for c in pair(src, cpy)]


def in_order(src: str, cpy: str) -> list[tuple[str, str, str]]:
    """The reports of a paraphrase read sentence by sentence (``by_sentence``)."""
    return [
        (c.kind, c.source_text, c.copy_text) for c in by_sentence(src, cpy, DAY, "paraphrase", 0.9)
    ]


def test_a_quarrel_is_no_credit() -> None:
    # round 135: "Police allege the man ... argued with the driver" -> "The man ... argued
    # with the driver": "argued with" kept no one's credit
    assert reports(
        "Police allege the man boarded the bus, argued with the driver and struck him.",
        "The man boarded the bus, argued with the driver and struck him.",
    ) == [("attribution", "allege", "")]
    assert (
        kinds(
            "Police allege the man boarded the bus and struck the driver.",
            "The man boarded the bus and struck the driver, police allege.",
        )
        == []
    )


def test_an_estimate_put_at_a_range_is_credited() -> None:
    # round 135: "estimated their value at between" -> "put their value at between"
    assert (
        kinds(
            "A specialist estimated their combined value at between 250,000 and 400,000 euros.",
            "A specialist put their combined value at between €250,000 and €400,000.",
        )
        == []
    )


def test_a_claim_given_to_a_speaker_named_alone_or_after_a_description() -> None:
    # round 134: an analyst's claim given to the trader quoted before; the source names
    # the analyst before her description, the copy the trader by his surname
    assert reports(
        "Priya Raman, senior analyst at Kestrel Capital, said demand in Asia was softening.",
        "Weber also said demand in Asia was softening.",
    ) == [("attribution", "capital kestrel priya raman", "weber")]
    # the description first, then the name: one speaker however the copy orders them
    assert (
        kinds(
            "Relling's lawyer, Astrid Bergmo, said her client denied all the charges.",
            "Astrid Bergmo, Relling's lawyer, said he denied every charge.",
        )
        == []
    )
    # ... and the trader's own claim is kept
    assert kinds("Weber said demand in Asia was softening.",
                 "Weber also said demand in Asia was softening.") == []  # fmt: skip


def test_a_body_named_by_its_common_nouns() -> None:
    # round 139: a price system's figure credited to the ministry (only after "according
    # to": a body in common nouns before "said" is mostly the one the story names, "the
    # grid operator said" for "Grid operator Veltra said", round 113)
    assert reports(
        "Prices have fallen 18% since June, according to the Poolred price system.",
        "Prices have fallen 18% since June, according to the agriculture ministry.",
    ) == [("attribution", "poolred", "agriculture ministry")]
    # a bare "the company" stands for the one the story names
    assert (
        kinds(
            "Brightwell said it expected the deal to close in March.",
            "The company said it expected the deal to close in March.",
        )
        == []
    )


def test_the_body_a_spokesperson_speaks_for_is_no_other_speaker() -> None:
    # round 132: "Brisca spokesperson Ines Marlow said" -> "Brisca says", once a lone
    # capitalised opener reads as a name
    assert (
        kinds(
            "Brisca spokesperson Ines Marlow said units made after November 2025 were not affected.",
            "Brisca says units made after November 2025 are not affected.",
        )
        == []
    )


def test_a_country_and_its_demonym_are_one_speaker() -> None:
    # round 130: "Ferrandi said" -> "The Italian said" names the player by nationality
    assert (
        kinds(
            "Ferrandi said he had followed Brenmoor's European campaign last season.",
            "The Italian said he had followed Brenmoor's European run last season.",
        )
        == []
    )
    # round 140: "Velran's army said" -> "The Velrani army said"
    assert (
        kinds(
            "Velran's army said it had sent reinforcements to the border area.",
            "The Velrani army said it had deployed extra troops to the border area.",
        )
        == []
    )


def test_the_next_sentences_own_credit_keeps_no_other_claim() -> None:
    # round 140: the ministry's evidence stated as fact; the next sentence's "the ministry
    # said" is that sentence's own credit, in both texts
    src = (
        "Velran summoned the ambassador after its interior ministry said it had evidence that "
        "the militants who attacked the post had trained at camps across the border. "
        "Four guards were killed when gunmen stormed the post, the ministry said."
    )
    cpy = (
        "The ambassador was called in over the attack on the post, which was carried out by "
        "militants who had trained at camps across the border. "
        "Four guards died when gunmen stormed the post, the ministry said."
    )
    got = by_sentence(src, cpy, DAY, "paraphrase", 0.9)
    assert [(c.kind, c.source_sentence) for c in got] == [("attribution", 0)]
    # ... while a copy that credits the claim in its own sentence keeps it
    kept = cpy.replace("across the border.", "across the border, the interior ministry said.")
    assert [c.kind for c in by_sentence(src, kept, DAY, "paraphrase", 0.9)] == []


def test_an_estimate_given_to_another_body() -> None:
    # round 138: the universities council's estimate credited to the minister's ministry
    assert reports(
        "The Netherlands Universities Council, which represents the country's 14 research "
        "universities, estimated that the rule could cause the number of international "
        "students to fall by around 15% over five years.",
        "Bosman's own ministry estimates that the new rule could lead to a drop of around 15% "
        "in international students over five years.",
    ) == [("attribution", "council netherlands universities", "bosman")]


def test_a_claim_given_to_another_party_of_the_story() -> None:
    # round 149: the police's crowd figure given to the organisers, who gave another
    assert reports(
        "Police put the crowd at 41,000, while the organisers, an alliance of four unions, "
        "said 85,000 people had marched from the station to the town hall.",
        "Organisers put the crowd at 41,000 as marchers walked from the station to the town hall.",
    ) == [("attribution", "Police", "Organisers")]
    # round 147: what traders said of the bank made the bank's own word
    assert reports(
        "The central bank sold about $600 million on Monday to support the lira, according "
        "to two dealers, who asked not to be named.",
        "The central bank said it sold about $600 million on Monday to support the lira.",
    ) == [("attribution", "two dealers", "The central bank")]
    # (in capitals too)
    assert [k for k, _, _ in reports(
        "The Central Bank sold about $600 million on Monday, according to two dealers.",
        "The Central Bank said it sold about $600 million on Monday.",
    )] == ["attribution"]  # fmt: skip
    # the same kind of party in other words is no change
    assert (
        reports(
            "Police put the crowd at 41,000, while the organisers said 85,000 had marched.",
            "Officers put the crowd at 41,000, while the organisers said 85,000 had marched.",
        )
        == []
    )


def test_a_body_s_own_claim_given_to_outsiders() -> None:
    # round 157: the trust's own finding given to "security researchers", and the
    # company's benchmark score to "researchers who tested it"
    assert reports(
        "The trust said on Tuesday that it had found evidence that patient data had been "
        "copied from its network.",
        "Security researchers said on Tuesday they had found evidence that patient data "
        "had been copied from the trust's network.",
    ) == [("attribution", "The trust", "Security researchers")]
    assert reports(
        "The company said the model correctly solved 71% of tasks on a coding benchmark.",
        "Researchers who tested it said the model correctly solved 71% of tasks on a coding "
        "benchmark.",
    ) == [("attribution", "The company", "Researchers")]
    # ... but not the body's own people: "The company said its scientists found"
    assert (
        reports(
            "The company said its scientists found the model solved 71% of coding tasks.",
            "Scientists said they found the model solved 71% of coding tasks.",
        )
        == []
    )


def test_a_neutral_body_s_finding_given_to_a_side() -> None:
    # round 159: the electoral commission's finding credited to the ruling party, in a
    # sentence that opens "According to" (the capital had hidden every such credit)
    src = (
        "The commission said Hasnan's papers contained more than 1,200 signatures that could "
        "not be verified. The ruling leaves Aminah Rosli, candidate of the ruling National "
        "Unity Front, facing two minor contenders."
    )
    cpy = (
        "According to the ruling National Unity Front, more than 1,200 of the signatures on "
        "Hasnan's papers could not be verified. The ruling leaves Aminah Rosli, candidate of "
        "the ruling National Unity Front, facing two minor contenders."
    )
    got = by_sentence(src, cpy, DAY, "paraphrase", 0.9)
    assert [(c.kind, c.source_text) for c in got] == [("attribution", "The commission")]
    # ... and the commission's own word kept is no change
    kept = cpy.replace(
        "According to the ruling National Unity Front", "According to the commission"
    )
    assert by_sentence(src, kept, DAY, "paraphrase", 0.9) == []


def test_a_firm_s_finding_given_to_the_agency_in_a_merged_pair() -> None:
    # round 154: the monitoring firm's finding given to the agency, whose own lead the
    # alignment merged into the pair (and "BetWatch" opening its sentence is a name)
    from wiretrace.article import Alignment, Article
    from wiretrace.facts import analyze
    from wiretrace.sentences import split

    src = (
        "The Global Tennis Integrity Agency (GTIA) has opened an investigation into betting "
        "on 14 matches, the agency said. "
        "BetWatch, an independent betting-monitoring company, said the sums wagered on the "
        "matches were around 30 times higher than normal."
    )
    cpy = "The GTIA said the amounts staked on the matches were roughly 30 times the usual level."
    s = Article(id="s", body=src, date=DAY)
    s.sentences = split(src, language="en")
    c = Article(id="c", body=cpy, date=DAY)
    c.sentences = split(cpy, language="en")
    got = analyze(s, c, [Alignment((0,), (0, 1), "paraphrase", 0.7)])
    assert [(x.kind, x.source_text, x.copy_text) for x in got] == [
        ("attribution", "betwatch", "gtia")
    ]


def test_a_person_s_party_read_from_the_words_around_the_name() -> None:
    # round 143: the transit agency's estimate given to the mayor; round 96: an analyst's
    # view (the party in her apposition) given to the company
    backed = "Mayor Teresa Lindqvist backed the plan. "
    src = (
        backed + "The regional transit agency estimated the charge would raise $96 million a year."
    )
    cpy = backed + "Mayor Teresa Lindqvist estimated the fee would raise $96 million a year."
    assert in_order(src, cpy) == [
        ("attribution", "The regional transit agency", "Mayor Teresa Lindqvist")
    ]
    # ... but the body's own head in its place is no change
    council = src.replace("The regional transit agency", "The city council")
    assert in_order(council, cpy) == []
    src = (
        "Kate Ellery, an analyst at Brookmoor Securities, said the closures were overdue and "
        "would save 40 million a year. The company said it would cut 300 jobs."
    )
    cpy = (
        "The company said the closures would save 40 million a year. The company said it "
        "would cut 300 jobs."
    )
    assert in_order(src, cpy) == [("attribution", "Kate Ellery", "The company")]
    # (the body after "of" first: round 98's organiser of a workers' federation speaks
    # for the union the copy names)
    src = (
        "Mick Danbury, regional organiser of the Metal Workers' Federation, said the "
        "closure would devastate the town. The union said it would ballot members."
    )
    cpy = "The union said the closure would devastate the town. The union said it would ballot members."
    assert "attribution" not in [k for k, _, _ in in_order(src, cpy)]


def test_a_reports_finding_given_to_a_party_it_names() -> None:
    # round 145: the investigators' report made the airline's statement, while a report
    # issued by the airline may speak as the airline
    src = (
        "The board's interim report said the tower had not passed the updated runway "
        "reading to the crew. The airline's procedures for tailwind landings will be examined."
    )
    cpy = (
        "The airline said the tower had not passed the updated runway reading to the crew. "
        "The airline's procedures for tailwind landings will be examined."
    )
    assert in_order(src, cpy) == [("attribution", "The board's interim report", "The airline")]
    own = src.replace("The board's interim report said", "The airline's own report said")
    assert in_order(own, cpy) == []


def test_a_credit_that_points_back_to_one_just_made() -> None:
    # round 147: "the statement said" after "the Treasury said in a statement", the copy's
    # credit two sentences before
    src = (
        "The bonds were priced to yield 4.4%, the Treasury said in a statement. "
        "Foreign buyers took 81% of the issue. "
        "About 38% went to fund managers and 27% to banks, the statement said."
    )
    cpy = (
        "The bonds were priced to yield 4.4%, according to a statement from the Treasury. "
        "Foreign buyers took 81 per cent of the issue. "
        "Fund managers were allocated about 38 per cent and banks 27 per cent."
    )
    assert [c.kind for c in by_sentence(src, cpy, DAY, "paraphrase", 0.9)] == []
    # ... but not a credit of its own with nothing before it to point back to
    # ... nor a body's claim, each credited in the source (round 104)
    body = (
        "The health board said 61% of patients were seen within four hours. "
        "Some 2,146 patients waited more than 12 hours. "
        "The board said the rise was driven largely by a shortage of beds."
    )
    dropped = body.replace("The board said the rise", "The rise")
    got = by_sentence(body, dropped, DAY, "light_edit", 0.95)
    assert [(c.kind, c.source_sentence) for c in got] == [("attribution", 2)]
    alone = src.replace("the Treasury said in a statement", "traders said")
    got = by_sentence(alone, cpy, DAY, "paraphrase", 0.9)
    assert ("attribution", 2) in [(c.kind, c.source_sentence) for c in got]


def test_a_pronoun_credit_leans_on_the_credit_before_it() -> None:
    # round 144: "..., it said" after "The guidance tells households ...": the copy's
    # "Under the new instructions" two sentences before still frames the claim
    src = (
        "The ministry issued new guidance on Wednesday to contain a cholera outbreak. "
        "The guidance tells households to boil water for at least one minute. "
        "Patients should get oral rehydration solution early. "
        "Schools must provide handwashing stations at every toilet block, it said."
    )
    cpy = (
        "The ministry on Wednesday published fresh instructions on a cholera outbreak. "
        "Under the new instructions, households should boil water for a minimum of one minute. "
        "Oral rehydration solution should be given early. "
        "Every toilet block at schools must have a handwashing station."
    )
    assert [c.kind for c in by_sentence(src, cpy, DAY, "paraphrase", 0.9)] == []
    # ... but with no credit in the copy's sentences before the claim, it is dropped
    bare = cpy.replace("Under the new instructions, households", "Households")
    got = by_sentence(src, bare, DAY, "paraphrase", 0.9)
    assert [(c.kind, c.source_text) for c in got] == [("attribution", "it said")]


def test_alleging_is_a_credit() -> None:
    # round 148: "police said" -> "with police alleging she took ..."
    assert (
        reports(
            "A former bookkeeper has been charged over the alleged theft of A$90,000 from her "
            "employer, police said on Wednesday.",
            "A former bookkeeper faces charges, with police alleging she took A$90,000 from her employer.",
        )
        == []
    )


def test_a_source_sentence_with_no_narration_left() -> None:
    # a source sentence that is all quote leaves no clause to credit (round 98 crashed)
    from wiretrace.factspeakers import party_swapped

    assert party_swapped("   ", "Police said the road was closed.", "", lambda a, b: True) is None
    assert party_swapped(";", "Police said the road was closed.", "", lambda a, b: True) is None


def test_a_named_body_s_plan_told_with_its_common_noun() -> None:
    # round 157: "Veridian said it would spend about $3 billion" -> "The company plans
    # capital spending of about $3bn": still the company's own plan
    src = "Veridian said it would spend about $3 billion on new plants this year."
    assert kinds(src, "The company plans to spend about $3 billion on new plants this year.") == []
    # ... but a plan stated with no one's name or noun is the credit dropped
    assert kinds(src, "About $3 billion will be spent on new plants this year.") == ["attribution"]


def test_a_body_that_published_the_document_credits_it() -> None:
    # round 155: "according to a list published by Aurelia's foreign ministry" -> "The
    # foreign ministry in Lusk published a list that includes ..."
    src = (
        "Those named include Interior Minister Bogdan Haras, according to a list published "
        "by Aurelia's foreign ministry."
    )
    cpy = (
        "Aurelia's foreign ministry published a list that includes Interior Minister Bogdan Haras."
    )
    assert kinds(src, cpy) == []
    assert kinds(src, "Those named include Interior Minister Bogdan Haras.") == ["attribution"]


def test_a_document_s_owner_is_its_party() -> None:
    # round 144: "..., the agency said in a statement" -> "According to the agency's
    # statement, ..." beside the source's later "the statement said": one party
    src = (
        "The three patients live in one household, the agency said in a statement. "
        "All have tested negative so far, the statement said."
    )
    cpy = (
        "According to the agency's statement, the three patients live in one household. "
        "All have tested negative so far, the statement said."
    )
    assert by_sentence(src, cpy, DAY, "paraphrase", 0.9) == []


def test_one_person_under_another_title_is_no_other_party() -> None:
    # tests/data/changes.jsonl title-05: "Army chief Moussa Traore said" -> "Defence
    # Minister Moussa Traore said" is a title changed, not the army's word given to a
    # minister (a party read from the title words, this session's rule, had said both)
    assert [k for k, _, _ in reports(
        "Army chief Moussa Traore said the troops would stay in the north.",
        "Defence Minister Moussa Traore said the troops would stay in the north.",
    )] == ["title"]  # fmt: skip
    # ... but a country's possessive on both sides names no one: round 155's opposition
    # count given to the government
    assert "attribution" in [k for k, _, _ in reports(
        "Derelia's opposition National Front said at least 140 people had been detained.",
        "Derelia's government said at least 140 people had been detained.",
    )]  # fmt: skip


def test_a_charitys_estimate_given_to_the_government() -> None:
    src = (
        "The Heath Trust, a wildlife charity, estimates that the road would destroy "
        "40 hectares of woodland."
    )
    cpy = "The Regional Executive estimates that the road would destroy 40 hectares of woodland."
    assert [k for k, *_ in in_order(src, cpy)] == ["attribution"]
    # a person's name changed in the same place stays a name change
    src = "Analyst Piotr Lindahl estimates that the road would cost 90 million euros."
    cpy = "Analyst Piotr Osgood estimates that the road would cost 90 million euros."
    assert [k for k, *_ in in_order(src, cpy)] == ["name"]
    # a minister's claim the governor "acknowledged" (round 180)
    src = "Finance Minister Dariusz Kell said the pension increase was fully funded by a bank tax."
    cpy = "Falkvist acknowledged that the pension increase was fully funded by a bank tax."
    assert [k for k, *_ in in_order(src, cpy)] == ["attribution"]
    # a body whose name ends in a plural possessive (round 178)
    src = "The Brelland Bankers' Association estimated that about 60% were on variable rates."
    cpy = "The BFSA estimated that about 60% were on variable rates."
    assert [k for k, *_ in in_order(src, cpy)] == ["attribution"]


def test_one_word_in_common_is_not_one_speaker() -> None:
    src = (
        "Energy Minister Lena Vaskes said power was back. The Baltic Energy Policy Institute, "
        "an independent think tank, estimated that the outage would cost the economy 800 "
        "million euros."
    )
    cpy = (
        "Energy Minister Lena Vaskes said power was back. According to Energy Minister Lena "
        "Vaskes, the outage will cost the economy 800 million euros."
    )
    assert ("attribution", 1) in [(c.kind, c.copy_sentence) for c in by_sentence(src, cpy, DAY)]
    # the minister named both times, with and without the portfolio, is one speaker
    src = "Energy Minister Lena Vaskes said the outage would cost 800 million euros."
    cpy = "Vaskes, the energy minister, said the outage would cost 800 million euros."
    assert "attribution" not in [k for k, *_ in in_order(src, cpy)]


def test_analysts_forecast_given_to_the_company() -> None:
    # (the analysts named in the copy's next sentence: no name left out, a claim moved)
    src = (
        "Analysts at Moorfield Securities expect annual sales of about 3.1 billion euros. "
        "In a note, Moorfield Securities said the new plant would lift margins."
    )
    cpy = (
        "The company expects annual sales of around 3.1 billion euros. "
        "Moorfield Securities said in a note that the new plant would lift margins."
    )
    assert ("attribution", 0) in [(c.kind, c.copy_sentence) for c in by_sentence(src, cpy, DAY)]
    # the same forecaster, named another way, is no change
    cpy = (
        "Moorfield Securities analysts expect annual sales of around 3.1 billion euros. "
        "Moorfield Securities said in a note that the new plant would lift margins."
    )
    assert by_sentence(src, cpy, DAY) == []


def test_a_councillors_claim_given_to_the_police() -> None:
    src = (
        "Police said the van had overturned on the motorway. A local councillor, Anna Roos, "
        "claimed on social media that the group had crossed the border with the help of "
        "Valdenian border guards, without providing evidence."
    )
    cpy = (
        "Police said the van had overturned on the motorway. Police said the group had "
        "crossed the border with the help of Valdenian border guards."
    )
    assert ("attribution", 1) in [(c.kind, c.copy_sentence) for c in by_sentence(src, cpy, DAY)]


def test_a_relative_clause_on_the_speaker_names_no_party_of_its_own() -> None:
    # round 163: the body credited, not the police it worked with
    src = (
        "The Road Safety Executive, which investigated alongside police, said the case "
        "should serve as a warning to the haulage industry."
    )
    cpy = "The agency said the case should be a warning to the wider haulage industry."
    assert "attribution" not in [k for k, *_ in in_order(src, cpy)]


def test_a_claim_moved_between_the_parties_of_a_story() -> None:
    # round 171: the ship's master's radio report given to its owner, reported as the
    # attribution it is, not as the master's title changed
    src = (
        "The ship's master told the coastguard by radio that the vessel had lost steering "
        "shortly before it grounded."
    )
    cpy = (
        "The vessel lost steering shortly before it grounded, according to its owner, "
        "Aster Maritime."
    )
    got = [(c.kind, c.source_text) for c in by_sentence(src, cpy, DAY, "paraphrase", 0.85)]
    assert ("attribution", "The ship's master") in got
    assert "title" not in [k for k, _ in got]
    # round 175: a lawyer's defence of her client given to a public office (one the
    # story credits with something else)
    src = (
        "Oyelaran's attorney, Dana Fitzsimmons, said the charges were legitimate city "
        "business and that the mayor had given the auditor documentation for most of them. "
        "Quint's office said the audit was complete."
    )
    cpy = (
        "The city's finance office said the charges were legitimate city business. "
        "Quint's office said the audit was complete."
    )
    assert "attribution" in [c.kind for c in by_sentence(src, cpy, DAY, "paraphrase", 0.85)]
    # round 183: a class action's lawyers are "the law firm", no company
    src = "The class action has been joined by 212 households, according to their lawyers, Haverford & Lusk."
    cpy = "According to the law firm Haverford & Lusk, 212 households have joined the class action."
    assert by_sentence(src, cpy, DAY, "paraphrase", 0.85) == []
    # round 183: the company's summary given to the health agency the story names
    src = (
        "The alarm was never switched back on, according to a summary released by the "
        "company. The Calder County Health Agency lifted the notice on Friday."
    )
    cpy = (
        "The alarm was never switched back on, according to a summary released by the Calder "
        "County Health Agency. The Calder County Health Agency lifted the notice on Friday."
    )
    got = [(c.kind, c.source_text) for c in by_sentence(src, cpy, DAY)]
    assert got == [("attribution", "a summary released by the company")]


def test_a_body_that_confirmed_something_is_credited() -> None:
    # round 174: a consumer group's finding given to the authority the story quotes
    # confirming a review (elsewhere, not on this finding)
    src = (
        "Consumer group Fair Basket said the figures showed that the three biggest chains "
        "had widened their margins. The Competition Authority confirmed it had received "
        "the request."
    )
    cpy = (
        "According to the Competition Authority, the figures show that the three largest "
        "chains have widened their margins. The Competition Authority confirmed it had "
        "received the request."
    )
    got = by_sentence(src, cpy, DAY, "paraphrase", 0.85)
    assert ("attribution", 0) in [(c.kind, c.copy_sentence) for c in got]


def test_a_groups_analysis_given_to_the_ministry() -> None:
    # round 170: a campaign group's analysis made the ministry's own
    src = (
        "The ministry announced the cuts on March 10. According to an analysis by the Rural "
        "Schools Alliance, 138 schools would lose more than a tenth of their budget."
    )
    cpy = (
        "The ministry announced the cuts on March 10. According to the ministry's own "
        "analysis, 138 schools would lose more than a tenth of their budget."
    )
    got = by_sentence(src, cpy, DAY, "paraphrase", 0.9)
    assert ("attribution", 1) in [(c.kind, c.copy_sentence) for c in got]


def test_an_office_and_its_holders_or_its_statement_are_one_party() -> None:
    # round 98: "The prosecutor's office said" -> "prosecutors said"; round 173: "the
    # Digital Security Office said in a statement" -> "according to a statement from
    # the Digital Security Office"
    for src, cpy in (
        (
            "The prosecutor's office said the two men had been charged with fraud.",
            "Prosecutors said the two men had been charged with fraud.",
        ),
        (
            "The sites had been flooded with junk traffic, the Westmarch Digital Security "
            "Office said in a statement.",
            "According to a statement from the Westmarch Digital Security Office, attackers "
            "flooded the sites with junk traffic.",
        ),
    ):
        assert "attribution" not in [c.kind for c in by_sentence(src, cpy, DAY, "paraphrase", 0.9)]


def test_an_unnamed_official_made_the_minister() -> None:
    # round 176
    src = (
        "An official at the defence ministry, who spoke on condition of anonymity because "
        "the report has not been published, said the ministry had known of the defects "
        "since March."
    )
    cpy = (
        "Defence Minister Rafael Ostrander said the ministry had known of the defects since March."
    )
    got = [(c.kind, c.copy_text) for c in by_sentence(src, cpy, DAY, "paraphrase", 0.9)]
    assert ("attribution", "Defence Minister Rafael Ostrander") in got


def test_a_sentence_split_in_two_keeps_its_one_credit() -> None:
    # round 176: "..., according to the mission" credited once, in the first half
    from wiretrace import facts
    from wiretrace.article import Alignment, Article
    from wiretrace.sentences import split

    src = (
        "Kestrian armoured vehicles led the convoy, while a Valdorian engineering team "
        "cleared two roadside bombs found on Tuesday north of the town, according to the "
        "mission."
    )
    cpy = (
        "The mission said Kestrian armoured vehicles took the lead. A Valdorian "
        "engineering team, meanwhile, cleared two roadside bombs found on Tuesday north "
        "of the town."
    )
    s = Article(id="s", body=src, date=DAY)
    s.sentences = split(src, language="en")
    c = Article(id="c", body=cpy, date=DAY)
    c.sentences = split(cpy, language="en")
    got = facts.analyze(s, c, [Alignment((0, 1), (0,), "paraphrase", 1.0)])
    assert [x for x in got if x.kind == "attribution"] == []
    # round 182: the credit in the second half, the body named with its short form
    src = (
        "Marisol Quenby has been provisionally suspended after testing positive for "
        "ostarine, the Estovian Athletics Federation (EAF) said on Wednesday."
    )
    cpy = (
        "Marisol Quenby has been hit with a provisional suspension after a positive test "
        "for ostarine. The Estovian Athletics Federation (EAF) confirmed the news on Wednesday."
    )
    s.sentences, c.sentences = split(src, language="en"), split(cpy, language="en")
    s.body, c.body = src, cpy
    got = facts.analyze(s, c, [Alignment((0, 1), (0,), "paraphrase", 1.0)])
    assert [x for x in got if x.kind == "attribution"] == []


def test_a_speaker_named_with_his_institute_and_city_before_his_role() -> None:
    # round 184: "Dr. Sunil Varma of the Lakeshore Cancer Institute in Toronto, the trial's
    # lead investigator, told" read as the institute's words, the copy's "According to lead
    # investigator Dr. Sunil Varma" as another speaker's
    src = (
        "Dr. Sunil Varma of the Lakeshore Cancer Institute in Toronto, the trial's lead "
        "investigator, told the meeting that the side effects were manageable with dose reductions."
    )
    cpy = (
        "According to lead investigator Dr. Sunil Varma of Toronto's Lakeshore Cancer Institute, "
        "the side effects could in most cases be managed by lowering the dose."
    )
    assert in_order(src, cpy) == []


def test_a_document_that_notes_keeps_its_credit() -> None:
    # round 187: "It notes that" in both texts is no credit dropped
    src = "It notes that the bearings have not been replaced and that corrosion has progressed."
    assert kinds(src, src.replace("progressed", "got worse")) == []
    assert reports(src, "The bearings have not been replaced and corrosion has got worse.") == [
        ("attribution", "notes that", "")
    ]


_KEPT_CREDITS = {
    # round 187: the inquiry's own plan, said as set
    "a body's plan in apposition and the perfect": (
        "The inquiry, chaired by retired judge Sabine Koll, has said it will publish a list "
        "of core participants next week.",
        "Next week, the inquiry chaired by retired judge Sabine Koll is set to publish its "
        "list of core participants.",
    ),
    # round 188: the coast guard's spokesperson says "we searched"; the copy says the
    # coast guard searched
    "a body's own deed in the first person": (
        '"We have searched an area of more than 1,200 square nautical miles, day and night," '
        "coast guard spokesperson Commander Dario Velez told reporters.",
        "The coast guard called off its search, having covered more than 1,200 square "
        "nautical miles.",
    ),
    # round 186: "..., the government said on Thursday, retaliating for the seizure" split
    # into two copy sentences, the first keeping the credit
    "a credit kept on the half that holds the claim": (
        "Saldera will bar Varnholm-flagged vessels from its ports from April 1, the government "
        "said on Thursday, retaliating for the seizure of a trawler and the collapse of talks.",
        "Saldera has announced that Varnholm-flagged vessels will be barred from its ports "
        "from April 1. The move is a response to the seizure of a trawler and the collapse "
        "of talks.",
    ),
}


@pytest.mark.parametrize("case", list(_KEPT_CREDITS))
def test_a_credit_kept_in_other_words(case: str) -> None:
    src, cpy = _KEPT_CREDITS[case]
    assert kinds(src, cpy) == []


def test_lawyers_for_the_group_are_its_lawyers() -> None:
    # round 191: the copy names whom the lawyers act for
    src = (
        "A cooperative of 300 fishermen has sued Vantmoor Shipping for 120 million euros over "
        "the spill, its lawyers said on Thursday. "
        "The company said claims should go through its compensation office."
    )
    cpy = (
        "Over 300 fishermen, represented by a cooperative, have taken Vantmoor Shipping to court "
        "for 120 million euros over the spill, lawyers for the group announced on Thursday. "
        "The company said claims should go through its compensation office."
    )
    assert in_order(src, cpy) == []


def test_a_claim_the_families_say_given_to_the_authority_it_is_about() -> None:
    # round 187: "Lawyers for the families say" (a plural present credit) became the
    # roads authority's account
    src = (
        "Lawyers for the families say at least three other bridges managed by the Bramhold "
        "Roads Authority have bearing problems."
    )
    cpy = (
        "According to the Bramhold Roads Authority, at least three other bridges it manages "
        "have bearing problems."
    )
    assert ("attribution", "Lawyers for the families", "the Bramhold Roads Authority") in reports(
        src, cpy
    )


def test_the_coast_guard_made_to_admit_the_opposition_s_claim() -> None:
    # round 188
    src = (
        "The opposition Social Democrats said the government had cut the coast guard's "
        "southern fleet by two vessels since 2022."
    )
    cpy = (
        "The coast guard itself has admitted that the government cut its southern fleet by "
        "two vessels since 2022."
    )
    assert ("attribution", "The opposition Social Democrats", "The coast guard") in reports(
        src, cpy
    )


def test_analysts_estimate_given_to_the_ministry() -> None:
    # round 192: a plural "estimate" credit, the ministry credited elsewhere in the story
    src = (
        "Industry analysts estimate the decision will restore about 30 million euros a year. "
        "The ministry said talks had taken three weeks."
    )
    cpy = (
        "The agriculture ministry estimates the decision will restore about 30 million euros a "
        "year. The ministry said talks had taken three weeks."
    )
    assert ("attribution", "Industry analysts", "The agriculture ministry") in in_order(src, cpy)


def test_a_named_speaker_still_credited_or_the_body_described_is_no_other_source() -> None:
    # round 195: the copy credits the company and, after it, the same CFO
    src = "Chief Financial Officer Yasmin Haddad said the restructuring would cost between $30 million and $35 million, mostly in severance."  # fmt: skip
    cpy = "Severance will make up most of the restructuring bill, which the company put at $30 million to $35 million, according to Chief Financial Officer Yasmin Haddad."  # fmt: skip
    assert kinds(src, cpy) == []
    # "the Corbridge-based company" is "The Corbridge firm"
    src = "Revenue fell 4.1% to $198.3 million, the Corbridge-based company said."
    cpy = "The Corbridge firm said revenue slipped 4.1% to $198.3 million."
    assert kinds(src, cpy) == []
    # "the data-software company reported" is "the data software firm reported"
    src = "Brightwell said it would cut 420 jobs as the data-software company reported a slowdown in new contracts."  # fmt: skip
    assert kinds(src, src.replace("data-software company", "data software firm")) == []


def test_a_persons_claim_given_to_a_kind_of_people() -> None:
    # round 196: "AIC chair Priya Ramanathan said" -> "Athletes' representatives said"
    src = "AIC chair Priya Ramanathan said the rise reflected better intelligence rather than more doping."  # fmt: skip
    cpy = "Athletes' representatives said the rise reflected better intelligence rather than more doping."  # fmt: skip
    assert "attribution" in kinds(src, cpy)
    # ... but the person's own body is no other kind of people
    assert "attribution" not in kinds(
        src, cpy.replace("Athletes' representatives", "AIC officials")
    )


def test_an_unnamed_source_made_a_confirmation() -> None:
    # round 195: "according to a person familiar with the matter" -> "Veyra confirmed"
    src = "The cuts will fall on its office in Fairlight, which will be closed, according to a person familiar with the matter."  # fmt: skip
    cpy = "The cuts will fall on the company's Fairlight office, which will close, Veyra confirmed."
    assert "attribution" in kinds(src, cpy)
    assert "attribution" not in kinds(src, src.replace("closed,", "shut,"))


def test_what_a_body_gives_its_people_or_tells_of_itself() -> None:
    # round 195: the company's own severance plan, stated
    src = "The company said affected workers would receive severance pay and continued health benefits for three months."  # fmt: skip
    cpy = "Affected employees will receive severance and three months of continued health benefits."
    assert kinds(src, cpy) == []
    # round 198: the bank's own board's vote
    src = "The board of the Central Bank of Lusovia voted 6-1 for the increase, with one member favouring no change, the bank said in a statement."  # fmt: skip
    assert kinds(src, "The board voted 6-1, with one member favouring no change.") == []
    # ... but another body's finding stated is still a credit dropped
    src = "Turnout was 61%, the highest since 1998, the electoral commission said in a statement."
    assert kinds(src, "Turnout was 61%, the highest since 1998.") == ["attribution"]


def test_a_list_under_a_heading_that_credits_it() -> None:
    # round 199: "It said people should call an ambulance" -> a bullet under "The
    # agency's advice for residents:"
    src = "The health agency issued its advice on Monday. It said people should call an ambulance if someone has stopped sweating or has collapsed."  # fmt: skip
    cpy = "The agency's advice for residents:\nCall an ambulance if someone has stopped sweating or has collapsed."  # fmt: skip
    got = by_sentence(src, cpy, dt.date(2025, 7, 20), kind="paraphrase", score=0.9)
    assert [c.kind for c in got] == []
    cpy = "The agency issued guidance on Monday. Call an ambulance if someone has stopped sweating or has collapsed."  # fmt: skip
    got = by_sentence(src, cpy, dt.date(2025, 7, 20), kind="paraphrase", score=0.9)
    assert [c.kind for c in got] == ["attribution"]


def test_credits_kept_by_the_body_s_own_findings_a_framing_sentence_or_another_word() -> None:
    # round 203: the regulator's own findings, released by it
    assert (
        kinds(
            "Inspectors found a cracked filter housing above the filling line, the Medicines "
            "Safety Authority said on Wednesday.",
            "The Medicines Safety Authority has released its preliminary findings, revealing a "
            "cracked filter housing above the filling line.",
        )
        == []
    )
    # round 203: the sentence before opens on the report that makes the claim
    assert (
        in_order(
            "Inspectors could not establish when the crack appeared. Monitoring recorded bacterial "
            "counts above the action limit on nine days, the report said.",
            "The report says it was not possible to determine when the crack appeared. Monitoring "
            "registered bacterial counts above the action limit on nine days.",
        )
        == []
    )
    # round 207: "according to" the result said "under" it
    src = "Varkonyi won by 2,311 votes, according to the certified result."
    assert kinds(src, "Under the certified result, Varkonyi won by 2,311 votes.") == []
    assert kinds(src, "Varkonyi won by 2,311 votes.") == ["attribution"]


def test_a_body_telling_of_its_own_work() -> None:
    # round 206: the federation's own hub, named by the acronym the source defines
    src = (
        "The International Federation of Red Cross and Red Crescent Societies (IFRC) launched "
        "an appeal. A first consignment of tents arrived on a flight from the IFRC's logistics "
        "hub in Dubai, the federation said."
    )
    cpy = (
        "The International Federation of Red Cross and Red Crescent Societies (IFRC) launched "
        "an appeal. A first consignment of tents arrived on a flight from the IFRC's logistics "
        "hub in Dubai."
    )
    assert in_order(src, cpy) == []
    assert in_order(src, cpy.replace("the IFRC's logistics hub", "a logistics hub")) == [
        ("attribution", "the federation said", "")
    ]


@pytest.mark.parametrize(
    ("src", "cpy"),
    [  # rounds 203, 206, 207: a document, a body by its name, a campaign
        ("The lawsuit alleges that managers were told about the alarm overrides by January 30.",
         "The Medicines Safety Authority says that managers were told about the alarm "
         "overrides by January 30."),
        ("The United Nations launched an appeal. About 140,000 people need assistance, "
         "including 52,000 who lost their homes, the United Nations said.",
         "The United Nations launched an appeal. Around 140,000 people need assistance, "
         "including 52,000 who lost their homes, the government said."),
        ("Varkonyi's campaign said the appeal contained no new evidence and was an attempt to "
         "delay her swearing-in, which is scheduled for April 1.",
         "The electoral commission said the appeal contained no new evidence and was an "
         "attempt to delay Varkonyi's swearing-in, set for April 1."),
        # round 208: past the auxiliary
        ("The United Pitworkers' Union met. The United Pitworkers' Union has said that a "
         "backlog of roof-bolting work built up over the winter.",
         "The United Pitworkers' Union met. The inspectorate has said that a backlog of "
         "roof-bolting work built up over the winter."),
    ],
)  # fmt: skip
def test_a_claim_given_to_another_party(src: str, cpy: str) -> None:
    assert [x[0] for x in in_order(src, cpy)] == ["attribution"]


def test_a_claim_under_a_sentence_on_the_body_s_findings() -> None:
    # round 208: "The inspectorate's interim findings, published on Tuesday, were blunt."
    claim = (
        "Interim findings published on Tuesday by the National Mines Safety Inspectorate said "
        "roof bolts had been installed up to 1.6 metres apart."
    )
    stated = "Roof bolts had been installed up to 1.6 metres apart."
    for lead, credited in (
        ("The inspectorate's interim findings, published on Tuesday, were blunt.", True),
        ("The minister's interim remarks, made on Tuesday, were blunt.", False),
    ):
        got = in_order(f"{lead} {claim}", f"{lead} {stated}")
        assert [x[0] for x in got] == ([] if credited else ["attribution"]), lead


def test_a_claim_about_a_thing_of_the_body_the_sentence_before_names() -> None:
    # round 206: "That appeal" is the federation's appeal, its official named just before
    src = (
        "Birgit Aalto, the IFRC's head of operations, spoke in Serevan. The money will pay for "
        "tents, stoves and blankets, the IFRC said."
    )
    lead = "Winter is coming, said Birgit Aalto, the IFRC's head of operations."
    assert (
        in_order(src, f"{lead} That appeal is meant to pay for tents, stoves and blankets.") == []
    )
    other = "Winter is coming, said Birgit Aalto, a volunteer."
    got = in_order(src, f"{other} That appeal is meant to pay for tents, stoves and blankets.")
    assert ("attribution", "the IFRC said", "") in got


def test_a_body_s_own_deed_told_by_its_officials_and_a_person_s_by_himself() -> None:
    # round 211: "Ministry officials said they had drafted in 25 nurses" -> "the ministry
    # has brought in 25 nurses"; round 212: "Sefton ... said he had written to" ->
    # "Sefton ... has written to"
    src = "Ministry officials said they had drafted in 25 nurses from other regions."
    assert in_order(src, "To cope, the ministry has brought in 25 nurses from other regions.") == []
    assert in_order(src, "To cope, 25 nurses have been brought in from other regions.") == [
        ("attribution", "Ministry officials said", "")
    ]
    mp = "Andrew Kell, the MP for Harrowby, said he had written to the authority about the site."
    assert (
        in_order(
            mp, "Andrew Kell, the MP for Harrowby, has written to the authority about the site."
        )
        == []
    )
    assert in_order(mp, "The authority has been written to about the site.") != []


def test_as_per_credits_a_claim() -> None:
    # round 212 (Indian English)
    assert (
        in_order(
            "Chief fire officer Prakash Jadhav said 16 fire tenders were pressed into service.",
            "As per chief fire officer Prakash Jadhav, total 16 fire tenders were pressed into "
            "service.",
        )
        == []
    )


def test_he_said_of_the_person_credited_just_before() -> None:
    # round 215: the copy credits the spokesman in the sentence before the claim
    src = (
        "Fragments were found on the shore near Ulvik, coastguard spokesman Piet Roos said. "
        "Police cordoned off the beach and an army team collected the debris, he said."
    )
    framed = (
        "Piet Roos, a spokesman for the coastguard, said fragments were found near Ulvik. "
        "The beach was sealed off by police, and the debris was gathered by an army team."
    )
    assert in_order(src, framed) == []
    other = framed.replace("Piet Roos, a spokesman for the coastguard, said", "Officials said")
    assert ("attribution", "he said", "") in in_order(src, other)


def test_the_watchdog_is_the_regulator() -> None:
    # round 216 (held out): one body by two common names; another kind of body is a swap
    src = "The watchdog said the deal would raise prices in 214 local areas."
    assert reports(src, "The regulator said the deal would raise prices in 214 local areas.") == []
    assert reports(src, "The union said the deal would raise prices in 214 local areas.") != []


def test_round_218_223_credits_kept() -> None:
    # "Police ... said on Sunday they were questioning" -> "Police ... are questioning";
    # "estimated the damage at around 8 million euros" -> "put the damage at around EUR
    # 8m"; "X said ..." -> "For X, ..."; "For the network, ..."
    assert (
        in_order(
            "Police in the Drina region said on Sunday they were questioning the two drivers.",
            "Police in Drina are questioning the two drivers.",
        )
        == []
    )
    assert (
        in_order(
            "The commission estimated the total damage at around 8 million euros.",
            "The commission put the total damage at around EUR 8m.",
        )
        == []
    )
    src = "Miguel Serrano, a demographer, said immigration was keeping the population stable."
    assert (
        in_order(
            src, "For Miguel Serrano, a demographer, immigration is keeping the population stable."
        )
        == []
    )
    assert in_order(src, "Immigration is keeping the population stable.") != []
    group = "The Parents' Network, a patients' group, said the ruling vindicated its complaints."
    assert (
        in_order(
            group,
            "For the Parents' Network, a patients' group, the ruling vindicates its complaints.",
        )
        == []
    )


def test_a_credit_framed_by_according_to_the_sentence_before() -> None:
    # round 220: "According to Vlachou, ..." before the claim, its source's "..., Vlachou
    # said" (the name had been matched in lower case only)
    src = (
        "Vlachou said the firms met at industry events. The case came to light in 2022 when "
        "a former employee sent the commission a file, Vlachou said."
    )
    cpy = (
        "According to Vlachou, the firms met at industry events. The scheme was uncovered in "
        "2022, when a former employee sent a file to the commission."
    )
    assert in_order(src, cpy) == []


def test_a_court_agreeing_with_the_finding_below_keeps_it_credited() -> None:
    # round 230: "said the lower court had correctly found that" -> "agreed with the lower
    # court's finding that"
    src = (
        "A three-judge panel said the lower court had correctly found that Dovlan took bribes "
        "from shipping agents between 2017 and 2021."
    )
    assert (
        kinds(
            src,
            "The panel agreed with the lower court's finding that between 2017 and 2021 Dovlan "
            "accepted bribes from shipping agents.",
        )
        == []
    )
    assert kinds(src, "Between 2017 and 2021 Dovlan accepted bribes from shipping agents.") == [
        "attribution"
    ]


def test_a_side_s_figure_given_to_the_court_and_a_service_s_data_to_the_union() -> None:
    # round 230: "According to the prosecution" -> "According to the court"
    src = "According to the prosecution, Dovlan still owes the state more than 300,000 euros."
    assert in_order(src, src.replace("prosecution", "court")) == [
        ("attribution", "the prosecution", "the court")
    ]
    assert in_order(src, src.replace("the prosecution", "prosecutors")) == []
    # round 226: an ambulance service's data given to the union the story names
    src = (
        "The nurses' union said the closure was a mistake. Ambulance crews waited an average "
        "of 52 minutes to hand over patients in April, according to Norrow Ambulance Service "
        "data."
    )
    cpy = (
        "The nurses' union said the closure was a mistake. According to figures compiled by "
        "the union, ambulance crews waited an average of 52 minutes to hand over patients in "
        "April."
    )
    assert in_order(src, cpy) == [
        ("attribution", "Norrow Ambulance Service data", "figures compiled by the union")
    ]
    assert in_order(src, cpy.replace("compiled by the union", "from the ambulance service")) == []


def test_a_projection_kept_as_projected() -> None:
    # round 227: "according to seat projections published by the commission" -> "is
    # projected to have enough seats"
    src = (
        "The result leaves the Liberal Alliance able to govern with the Farmers' Party, "
        "according to seat projections published by the commission."
    )
    assert (
        in_order(
            src,
            "The Liberal Alliance is projected to have enough seats to govern with the "
            "Farmers' Party.",
        )
        == []
    )
    assert in_order(
        src, "The Liberal Alliance has enough seats to govern with the Farmers' Party."
    ) == [("attribution", "according to seat projections published by the commission", "")]


def test_an_observer_mission_s_finding_given_to_the_commission() -> None:
    # round 227
    src = (
        "The commission said it had ordered a recount. According to the observer mission, "
        "ballots from "
        "23 polling stations were counted twice."
    )
    assert in_order(src, src.replace("the observer mission", "the commission")) == [
        ("attribution", "the observer mission", "the commission")
    ]
    assert in_order(src, src.replace("the observer mission", "the observers")) == []


def test_a_present_tense_say_credits_its_claim() -> None:
    # round 230: "Prosecutors say Dovlan received ..." -> "Dovlan received ..."
    src = "Prosecutors say Dovlan received $1.2 million between 2017 and 2021 from five agencies."
    assert in_order(src, src.replace("Prosecutors say D", "D")) == [
        ("attribution", "Prosecutors say", "")
    ]
    # ... kept in other verbs of a view
    src = "Critics say the second provision would make it harder to track officers."
    assert (
        in_order(
            src, "Opponents argue the provision would make it more difficult to track officers."
        )
        == []
    )
    src = "Coverage is well short of the roughly 95 percent experts say is needed."
    assert (
        in_order(
            src, "Coverage is well below the approximately 95 percent experts consider necessary."
        )
        == []
    )
    # ... and a "say" that credits nothing is none
    src = "The ministry declined to say how many officers were on duty that night."
    assert in_order(src, "The ministry would not disclose how many officers were on duty.") == []


def test_round_238_240_credits_kept_in_other_words() -> None:
    # a report's author named after it, the inquiry told as its inquirers' deed, and a
    # participle's credit
    assert (
        kinds(
            "Excess speed and a tailwind sent the turboprop off the runway, Veldmark's "
            "accident investigators said Wednesday in an interim report.",
            "Too much speed and a tailwind sent the turboprop off the runway, according to an "
            "interim report released on Wednesday by Veldmark's accident investigators.",
        )
        == []
    )
    assert (
        kinds(
            "Veldmark's accident investigators published the report. The board said it was "
            "examining whether the aircraft had hydroplaned on the wet runway.",
            "Veldmark's accident investigators published the report. Investigators are looking "
            "into whether the aircraft hydroplaned on the wet runway.",
        )
        == []
    )
    assert (
        kinds(
            "New measles cases in Oskeva district fell sharply last week, health officials "
            "said on Wednesday.",
            "Oskeva district saw new measles cases fall sharply last week, with health "
            "officials reporting on Wednesday that the drive was working.",
        )
        == []
    )


def test_a_body_named_by_its_kind_given_to_another_body() -> None:
    # round 238: "the board noted" is the Transport Accident Investigation Board's
    src = (
        "The Transport Accident Investigation Board published its interim report into the "
        "Skerra Air overrun. The runway surface was not grooved, the board noted, and a "
        "friction test in November had flagged rubber build-up."
    )
    cpy = (
        "The Transport Accident Investigation Board published its interim report into the "
        "Skerra Air overrun. According to Skerra Air, the runway was not grooved and a "
        "friction test in November had flagged rubber build-up."
    )
    got = by_sentence(src, cpy, DAY)
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("attribution", "the board noted", "According to Skerra Air")
    ]
    # ... and no change where the copy names the board itself, nor where a pronoun
    # speaks and the body stays named (round 159)
    assert kinds(src, cpy.replace("According to Skerra Air", "According to the TAIB")) == []
    assert (
        kinds(
            "She said women made up 54% of voters, according to the commission's sample count.",
            "She said women accounted for 54% of voters, based on the commission's count.",
        )
        == []
    )


def test_credits_in_other_words_rounds_242_to_248() -> None:
    # a feeling said made one voiced (round 242)
    src = (
        "The drivers' union, which had filed the original complaint about the scoring system, "
        "said it was disappointed that the court had not ruled on the substance of its concerns."
    )
    cpy = (
        "The drivers' union, whose complaint about the rating system set the investigation in "
        "motion, voiced disappointment that the substance of its concerns went unaddressed."
    )
    assert reports(src, cpy) == []
    # the occasion of the words (round 248), a quote summed up (round 244)
    src = (
        '"This is going to be a long job," incident commander Ewan Tolland said at a '
        "briefing in Dunmarra."
    )
    cpy = "Speaking at a briefing in Dunmarra, incident commander Ewan Tolland struck a cautious note."
    assert reports(src, cpy) == []
    src = (
        '"It was a cut, but the tone was cautious," said Priya Balasingham, senior rates '
        "strategist at Kellgate Capital."
    )
    cpy = (
        "Priya Balasingham of Kellgate Capital, where she is senior rates strategist, summed it "
        'up: "It was a cut, but the tone was cautious."'
    )
    assert reports(src, cpy) == []
    # a plan announced, "also": still the speaker's own (round 244)
    src = "The bank also said it would reduce its bond holdings by 60 billion pounds."
    cpy = "Separately, the bank will keep shrinking its bond holdings, by 60 billion pounds."
    assert reports(src, cpy) == []
    # ... while a claim stated as fact is still reported
    src = "The regulator said the bank had reduced its bond holdings by 60 billion pounds."
    cpy = "The bank reduced its bond holdings by 60 billion pounds."
    assert [r[0] for r in reports(src, cpy)] == ["attribution"]


def test_a_claim_about_a_party_made_its_own_admission() -> None:
    # round 244: what two traders said of the bank, given as the bank confirming it
    src = (
        "Two traders said the Estmark National Bank had contacted dealers to ask about "
        "prices, a step often seen as a prelude to intervention."
    )
    cpy = (
        "The Estmark National Bank confirmed that it had sounded out dealers on prices, a "
        "step often seen as a prelude to intervention."
    )
    assert [r[0] for r in reports(src, cpy)] == ["attribution"]
    # round 242: a regulator's finding, given as the company's admission
    src = "The authority also found that Slate had kept records of 9,000 former pupils."
    cpy = "Slate Learning itself acknowledged that it had kept files on 9,000 former pupils."
    assert [r[0] for r in reports(src, cpy)] == ["attribution"]
    # round 247: an opposition claim about the ministry, granted by the ministry aside
    src = (
        "Opposition spokesman Ruben Achterberg said a 2023 audit had warned of the risk and "
        "that the ministry had failed to act on it."
    )
    cpy = "A 2023 audit, the ministry has acknowledged, warned of the risk, and the ministry failed to act on it."
    assert [r[0] for r in reports(src, cpy)] == ["attribution"]
    # ... but the party confirming what the source already has it confirm is kept
    own = "The Estmark National Bank confirmed that it had contacted dealers to ask about prices."
    assert reports(own, own.replace("contacted", "sounded out")) == []


def test_a_credit_given_once_for_a_paragraph() -> None:
    # round 246: the service's account, credited in the lead, goes on uncredited
    src = (
        "Inmates barricaded themselves on a landing at Lowmoor Prison for six hours, the "
        "prison service said on Wednesday. The trouble began at around 8 p.m. on Fenner "
        "wing, when about 25 prisoners refused to return to their cells, the service said."
    )
    cpy = (
        "Inmates barricaded themselves on a landing at Lowmoor Prison for six hours, the "
        "prison service has said. The trouble began at around 8pm on Fenner wing, when about "
        "25 prisoners refused to go back to their cells."
    )
    assert in_order(src, cpy) == []
    # ... not where the sentence before credits the service with one claim of its own
    other = cpy.replace(
        "Inmates barricaded themselves on a landing at Lowmoor Prison for six hours, the "
        "prison service has said.",
        "Families said inmates were barricaded for six hours, while the prison service put "
        "it at five.",
    )
    src2 = src.replace(
        "Inmates barricaded themselves on a landing at Lowmoor Prison for six hours, the "
        "prison service said on Wednesday.",
        "Families said inmates were barricaded for six hours, while the prison service put "
        "it at five.",
    )
    assert [r[0] for r in in_order(src2, other)] == ["attribution"]


def test_a_plan_or_a_deed_told_by_its_own_doer() -> None:
    # round 250: the officials' own plan, named in lower case after a moved date
    src = (
        "Hospital officials said they would present a full review of the incident to the "
        "board in December, including recommendations on backup systems."
    )
    cpy = (
        "In December, hospital officials plan to give the board a full review of the "
        "incident, which will include recommendations on backup systems."
    )
    assert reports(src, cpy) == []
    # ... and the cooperative's own deed in the simple past, told again with it as subject
    src = (
        "The cooperative, based in Granby Ford, said it discovered the attack on Sunday "
        "evening and immediately disconnected its business network from the systems that "
        "control power delivery, which it said are kept separate."
    )
    cpy = (
        "The cooperative, based in Granby Ford, immediately disconnected its business "
        "network from the systems that control power delivery after discovering the attack "
        "on Sunday evening."
    )
    assert reports(src, cpy) == []
    # ... and the office's deed in the passive (round 254)
    src2 = (
        "The regional environment office said it had sent inspectors to check whether water "
        "used to fight the fire had run off into the Grey river."
    )
    cpy2 = (
        "Inspectors from the regional environment office have been sent to see whether "
        "firefighting water reached the Grey river."
    )
    assert reports(src2, cpy2) == []
    # ... but not a claim about someone else's deed
    other = src.replace("said it discovered", "said hackers breached its systems").replace(
        "and immediately disconnected", "before it immediately disconnected"
    )
    told = "Hackers breached the cooperative's systems on Sunday evening before it immediately disconnected its business network from the systems that control power delivery."  # fmt: skip
    assert [r[0] for r in reports(other, told)] == ["attribution"]


def test_a_body_given_another_of_its_kind() -> None:
    # round 250: the regulator's statement given to the water authority the story names
    src = (
        "The attempt was spotted by an operator at the Amberleigh plant, who noticed an alarm "
        "on a dosing console on Friday morning and reversed the change before it took "
        "effect, according to a statement from the provincial environmental regulator. The "
        "Keswick Valley Water Authority has since disabled remote access, its manager said."
    )
    cpy = (
        "An operator at the Amberleigh facility noticed an alarm on a dosing console on "
        "Friday morning and undid the adjustment before it could take effect, the water "
        "authority said in a statement. The Keswick Valley Water Authority has since "
        "disabled remote access, its manager said."
    )
    assert [r[:2] for r in reports(src, cpy)] == [
        ("attribution", "a statement from the provincial environmental regulator")
    ]
    # ... but not the same body in other words, or one the source calls so too
    for body in ("the environment authority", "the provincial water authority"):
        assert reports(src, cpy.replace("the water authority", body)) == []
    named = src.replace("provincial environmental regulator", "water regulator")
    assert reports(named, cpy) == []


def test_a_quote_put_bluntly_keeps_its_speaker() -> None:
    # round 251: '"...," said Anja Reiss' -> 'Anja Reiss ... put it bluntly: "..."'
    src = (
        '"A stadium is only worth what someone outside the family would pay for it," said '
        "Anja Reiss, a partner at accountancy firm Holm & Carver who advises clubs."
    )
    cpy = (
        "Anja Reiss of Holm & Carver, who advises clubs, put it bluntly to the wires: "
        '"A stadium is only worth what someone outside the family would pay for it."'
    )
    assert reports(src, cpy) == []


def test_a_named_speaker_s_claim_given_to_police() -> None:
    # round 255: "..., returning officer Fiona Galbraith said" -> "..., police said"
    day = dt.date(2025, 3, 20)
    src = (
        "The box, from the polling station at St Columba's church hall, contained 214 "
        "ballots, returning officer Fiona Galbraith said in a statement. The result can no "
        "longer be treated as reliable, Galbraith said."
    )
    cpy = src.replace("returning officer Fiona Galbraith said in a statement", "police said")
    got = [(c.kind, c.copy_text) for c in by_sentence(src, cpy, day)]
    assert got == [("attribution", "police")]
    # ... nor where the source's speaker is a police force (round 133)
    force = src.replace("returning officer Fiona Galbraith", "Cresswold Constabulary")
    assert "attribution" not in [c.kind for c in by_sentence(force, cpy, day)]
    # ... not where the source's sentence names the police too
    both = src.replace("said in a statement", "said in a statement issued with police")
    assert by_sentence(both, cpy, day) == []


def test_a_kind_of_peoples_claim_given_to_a_person_of_the_story() -> None:
    # round 259: the prosecution's allegation made the witness's testimony
    src = (
        "Victor Okafor, who pleaded guilty, told the jury that Brennan set billing targets. "
        "Prosecutors say the company billed insurers for about 41,000 appointments that "
        "never took place."
    )
    cpy = (
        "Victor Okafor, who pleaded guilty, told the jury that Brennan set billing targets. "
        "Okafor testified that the company billed insurers for about 41,000 appointments "
        "that never happened."
    )
    got = [(c.kind, c.source_text, c.copy_text) for c in by_sentence(src, cpy, DAY)]
    assert got == [("attribution", "Prosecutors say", "Okafor testified")]
    # ... but a person of that kind may speak for it
    police = (
        "Police spokesman Jan Ruiz gave details on Monday. "
        "Police say the man fled on foot after the crash."
    )
    ruiz = police.replace("Police say the man", "Ruiz said the man")
    assert by_sentence(police, ruiz, DAY) == []


def test_a_credit_in_the_sentence_before_and_a_rules_terms() -> None:
    # round 259: the source's one sentence split in two, its credit in the first half
    src = (
        "Police issued 62 citations under it in its first six weeks, according to court "
        "filings, most of them to organisers of small lunchtime vigils."
    )
    cpy = (
        "The ordinance has led to 62 citations over six weeks, court filings show. "
        "Most of those went to people organising small lunchtime vigils."
    )
    assert kinds(src, cpy) == []
    # ... and a copy that drops the credit from both halves still loses it
    dropped = cpy.replace(", court filings show", "")
    assert kinds(src, dropped) == ["attribution"]
    # what an ordinance "said" are its terms, told "under the rule"
    rule = (
        "It barred any gathering of more than 25 people in the square without a permit and "
        "said no permits would be issued for events on weekdays."
    )
    under = (
        "Under the rule, any group larger than 25 people needed a permit to gather in the "
        "square, and the city would not hand out permits for events held on weekdays."
    )
    assert kinds(rule, under) == []


def test_a_partys_figures_given_for_anothers_statement() -> None:
    # round 260: the ministry's count given to the union's figures
    src = (
        "The Education Ministry said 3,400 of the country's 5,100 state schools were fully "
        "or partly closed, according to figures collected from local authorities."
    )
    cpy = (
        "Union figures showed 3,400 of the country's 5,100 state schools were fully or "
        "partly closed, based on figures collected from local authorities."
    )
    # (the union a party the source credits too, the ministry named elsewhere in the
    # copy, as in the round)
    first = "The Union of Schoolteachers said about 80% of its members had walked out. "
    more = " The ministry and the unions met on Friday."
    got = by_sentence(first + src + more, first + cpy + more, DAY)
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("attribution", "The Education Ministry", "Union figures")
    ]
    # ... nor is a statement the copy credits as the source does, beside another party's
    # reading of it (round 207)
    party = "The Civic Renewal Party said the recount had been fair. "
    unity = 'National Unity said the statement confirmed there were "serious questions".'
    both = unity[:-2] + '", while the Civic Renewal Party said it showed the recount was clean.'
    assert by_sentence(party + unity, party + both, DAY) == []
    # ... nor the report itself with its owner named (round 178)
    report = (
        "The regulator published its half-year report on Monday. Lenders repossessed 1,120 "
        "properties in the second half, up from 982 in the first half, the report showed."
    )
    owned = report.replace("the report showed", "the regulator's report showed")
    assert by_sentence(report, owned, DAY, "light_edit") == []
    # ... while the same figures told another way are no other party's (round 120)
    council = (
        "Data published by the council last year showed that the poorest students made "
        "1.6 applications each. The council said it would act."
    )
    same = council.replace(
        "Data published by the council last year", "Council data published last year"
    )
    assert by_sentence(council, same, DAY) == []
