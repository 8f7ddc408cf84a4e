"""Speaker attribution: the cheap patterns, and the parse where they are unsure."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from wiretrace import speakers
from wiretrace.article import Sentence
from wiretrace.quotemarks import mark_spans


def sents(*texts: str) -> list[Sentence]:
    return [Sentence(i, t, 0, len(t)) for i, t in enumerate(texts)]


def who(*texts: str) -> list[tuple[str | None, str | None]]:
    s = sents(*texts)
    spans = mark_spans(s)
    get = speakers.attribute(s, spans)
    return [get(i) for i in range(len(spans))]


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The batches of sentences sent to spaCy during the test."""
    calls: list[list[str]] = []
    real = speakers.parse_many

    def spy(texts: Iterable[str], **kw: Any) -> list[Any]:
        batch = list(texts)
        calls.append(batch)
        return real(batch, **kw)

    monkeypatch.setattr(speakers, "parse_many", spy)
    return calls


def test_news_forms_need_no_parse(parses: list[list[str]]) -> None:
    assert who(
        "Interior Minister Karim Benali said on Wednesday that 32 people had been arrested.",
        '"We will not tolerate violence in our streets," he told reporters.',
        '"It is over," said Sultan Reza.',
        '"We will stay," Diop told reporters.',
        '"There is no evidence of that," the health ministry spokesman, Ali Rahimi, said.',
        '"I never ordered it," the former director said during the hearing.',
        'Union leader Tom Beckett said: "Our members have been patient."',
        'The plan is "a first step," according to Mayor Ines Duarte.',
        '"We are ready to talk," they said.',
    ) == [
        ("Karim Benali", "told"),
        ("Sultan Reza", "said"),
        ("Diop", "told"),
        ("Ali Rahimi", "said"),
        ("former director", "said"),
        ("Tom Beckett", "said"),
        ("Ines Duarte", "according"),
        (None, "said"),
    ]
    assert parses == []


def test_pronoun_without_a_cue_subject_before_is_parsed(parses: list[list[str]]) -> None:
    got = who(
        "Finance Minister Kofi Mensah spoke after the vote.",
        '"We have done what we promised.',
        'The rest is up to parliament," he said.',
    )
    assert got == [("Kofi Mensah", "said")]
    assert parses == [["Finance Minister Kofi Mensah spoke after the vote."]]


def test_unsure_patterns_fall_back_to_the_parse_in_one_batch(parses: list[list[str]]) -> None:
    # a relative clause ("a move one analyst called") and a name the patterns cannot
    # place ("the head of Interpol said") are left to the parse; both go in one batch
    got = who(
        'Shares fell 4%, a move one analyst called "a sign of deeper trouble."',
        'The head of Interpol said the threat was "real and growing."',
    )
    assert got[0] == (None, "called")
    assert got[1][1] == "said" and got[1][0] and "head" in got[1][0]
    assert len(parses) == 1 and len(parses[0]) == 2


def test_run_on_quote_keeps_the_speaker() -> None:
    assert who(
        '"We will rebuild," said Mayor Ines Duarte.',
        '"Every school will reopen by March."',
    ) == [("Ines Duarte", "said"), ("Ines Duarte", "said")]


def test_according_to_a_named_speaker_resolves_the_next_he() -> None:
    named = (
        '"I have seen it back three times and he is a yard off," said Brandt.',
        "The game was halted briefly in the second half.",
        "According to Kilbride, the cup run has already brought in 40,000 pounds.",
        '"It is a massive lift for a club our size," he said.',
    )
    assert [g[0] for g in who(*named)] == ["Brandt", "Kilbride"]
    # ... and the full name when an earlier quote gave it
    full = ('"We were second to everything," said Ashford manager Steve Kilbride.', *named)
    assert [g[0] for g in who(*full)] == ["Steve Kilbride", "Brandt", "Steve Kilbride"]


def test_organisation_is_left_to_ner_for_pronouns(parses: list[list[str]]) -> None:
    got = who(
        "The White House said the talks would resume.",
        '"We are hopeful," she said.',
    )
    assert got[0][1] == "said"
    assert parses  # "White House" is no person by pattern: the parse decides


def test_pronoun_after_a_known_surname_means_that_speaker() -> None:
    # "Kerr" alone opens a sentence (often untagged by the small model); the next
    # sentence's "she" is Kerr, not the last speaker named in full (Gough).
    got = who(
        '"We are ready to act," Governor Margaret Kerr told reporters.',
        '"The bank is done cutting," said Rupert Gough, an economist at a local bank.',
        "Governor Kerr said she expected price pressures to ease later this year.",
        '"Spare capacity will bring inflation down," she said.',
    )
    assert [s for s, _ in got] == ["Margaret Kerr", "Rupert Gough", "Margaret Kerr"]


def test_possessor_of_the_title_is_not_the_speaker() -> None:
    got = who('"We will rebuild every house," Kasso\'s mayor, Ilias Dorani, told reporters.')
    assert got[0][0] == "Ilias Dorani"


def test_a_possessive_name_is_the_person() -> None:
    got = who("Ruiz Merino's bar was shut by police on Friday.", 'He said: "We did nothing wrong."')
    assert got[0][0] == "Ruiz Merino"


def test_an_organisation_named_in_apposition_is_the_speaker() -> None:
    got = who(
        'The project\'s minority partner, the Danish pension fund Holmvik, said it remained "fully committed" to the scheme.'
    )
    assert got[0][0] == "Holmvik"


def test_a_name_with_letters_after_it_is_the_she_that_follows() -> None:
    # the small model tags "KC" alone as an organisation and leaves the name untagged
    got = who(
        '"The directions were inadequate," said Lady Justice Carmody.',
        "Naomi Fairweather KC, representing Ansell, had argued that the conviction was unsafe.",
        'Outside the court, she said her client was "relieved and exhausted".',
    )
    assert got[1][0] is not None and "Fairweather" in got[1][0]


def test_a_full_name_the_model_left_untagged_is_the_he_that_follows() -> None:
    # Parsed alone, the small model tags no PERSON in the second sentence; the subject of
    # its "said" is still the speaker a following "he" means, not the mayor quoted before.
    got = who(
        '"We will review the ferry timetable," the mayor, Carme Oliver, said.',
        "Lluc Vidal, 61, a ferry mechanic, said his son had left the island after his rent doubled.",
        '"He earns well and still cannot stay," he said.',
    )
    assert got[-1][0] == "Lluc Vidal"
    # a lone capitalised subject may be a company: not taken as a person
    assert speakers.last_person(speakers.parse_many(["Veldt said it would cut jobs."])[0]) is None


def test_a_name_in_apposition_to_a_role_is_the_speaker_the_pronoun_means() -> None:
    # The small model tags these names as organisations; the role noun they stand beside
    # is the subject of "said", so the name is a person a later "she" or "he" can mean.
    got = who(
        '"We will publish the timetable next week," Transport Minister Colm Deasy said.',
        "Drivers' union organiser Sinéad Mulvey said staff had not been told about rosters.",
        '"We want to see the training plan first," she said.',
    )
    assert got[-1][0] == "Sinéad Mulvey"
    # "X agreed:" is a cue, and "according to" a name after a title of two words
    assert who('Station Commander Marsh agreed: "The timing was lucky."')[0][0] == "Marsh"
    got = who(
        "According to Station Commander Aileen Marsh, the fire began in a loading bay.",
        '"It moved frighteningly fast," she said.',
    )
    assert got[0][0] == "Marsh"  # the surname, not the first name after the title


def test_a_group_s_name_beside_its_spokesman_is_not_the_speaker() -> None:
    # The small model tags the group's name as a PERSON and parses the sentence oddly;
    # "the group Bosc Viu" is an organisation all the same (round 27).
    got = who(
        "Xavier Roig, spokesman for the group Bosc Viu, said abandoned farmland had allowed "
        "dense undergrowth to build up across the hills.",
        '"These are not natural fires any more," he said.',
    )
    assert got[-1][0] == "Xavier Roig"
    # and a person the model tags as an organisation, described in a clause of her own,
    # is the "she" of the next quote; the group she heads is not
    got = who(
        "Lavinia Dobre, who heads the patients' rights group Pacient Activ, attended the "
        "first day of the trial.",
        '"Someone has to answer for that," she said.',
    )
    assert got[-1][0] == "Lavinia Dobre"


def test_a_name_in_apposition_to_the_subject_is_the_he_of_the_quote() -> None:
    # round 51: "Rovers", subject of a clause after the chair's name, took the quote
    got = who(
        "Speaking at the town hall, the club's chair, Victor Almeida, said the move was "
        "essential if Rovers were to compete in higher divisions.",
        '"The old ground is falling down around us," he said.',
    )
    assert got[-1][0] == "Victor Almeida"
    # ... but the subject's own name stays ahead of a group named in apposition to it
    got = who(
        "Elise Brandauer, a spokesperson for the campaign group Keep Velden Green, told "
        'the crowd that the water was "not for sale".',
        '"They promise jobs, but not clean water," she said.',
    )
    assert got[-1][0] == "Elise Brandauer"


def test_a_name_beside_a_title_s_organisation_is_the_title_holder() -> None:
    # the parser sets the name beside the association, not the chairman (round 55)
    got = who(
        "The chairman of the Wexcombe Rail Users' Association, Idris Lomond, said travellers "
        'would be "paying full fare for half a service".'
    )
    assert got[0][0] == "Idris Lomond"


def test_people_the_small_model_tags_as_places_or_groups_are_the_she_that_follows() -> None:
    # a name after a councillor's title, and one described by a "whose" clause, tagged
    # an organisation or a place (round 52: "she" went to a name before them)
    got = who(
        "Council leader Yusuf Draycott defended the scheme.",
        "One of them, councillor Beatrice Mallory, said the budget had risen by 40 per "
        'cent. "I want this tram built, but not at any price," she said.',
    )
    assert got[-1][0] == "Beatrice Mallory"
    got = who(
        "Dr Samuel Whitcombe urged parents to check their children's records.",
        "Marta Ivens, whose son was among those infected, said she had delayed his second "
        'dose. "I did not think it mattered much," she said.',
    )
    assert got[-1][0] == "Marta Ivens"


def test_a_lone_surname_of_a_person_named_earlier_is_the_she_that_follows() -> None:
    # "Garroway said" paragraphs after "Detective Inspector Ruth Garroway": the model
    # tags the lone surname an organisation (round 52: the quote went to the police force)
    got = who(
        "Detective Inspector Ruth Garroway of Tavistow Police said two men had entered the shop.",
        "Tavistow Police said an extra patrol would be in the town centre.",
        "Garroway said officers had recovered some of the items. 'This was a frightening "
        "experience for the staff,' she said.",
    )
    assert got[-1][0] is not None and got[-1][0].endswith("Garroway")


def test_a_described_full_name_opening_the_sentence_before_is_the_she_that_follows() -> None:
    # round 64: the small model reads a rare first name as a verb and tags nothing in
    # "Yewande ..., who chairs the club, said ...", so "she" went to the man named before
    got = who(
        "The judge said Mr Haldane would serve half of the sentence in prison.",
        "Yewande Tregarth, who chairs the allotment society, said outside court that "
        'members felt let down. "Every penny of it was raised at jumble sales," she said.',
    )
    assert got[-1][0] == "Yewande Tregarth"


def test_a_verb_joined_after_a_partial_quote_shares_the_speaker_before() -> None:
    # round 66: 'said the FRA had "lost control" and called for ...' gave the quote to
    # the authority (the subject the parse gives "called"), and a title tagged as a
    # proper noun hid the name beside it
    got = who(
        'The town\'s MP, Xanthe Winstanley, said the FRA had "lost control of the project" '
        "and called for an independent review of the scheme."
    )
    assert got[0][0] == "Xanthe Winstanley"


def test_a_name_of_an_organisation_s_team_opening_the_sentence_is_the_she() -> None:
    # round 66: "Liesel Minchin, of Carnwithen Council's trading standards team, said":
    # the name tagged an organisation, so "she" went to the person quoted before
    got = who(
        '"She still thinks it was her fault," Truscott said.',
        "Liesel Minchin, of Carnwithen Council's trading standards team, said older people "
        'should never agree to work offered at the door. "Shut the door and call us," she said.',
    )
    assert got[-1][0] == "Liesel Minchin"


def test_a_described_subject_opening_the_sentences_before_is_the_she_that_follows() -> None:
    # round 69: a copy wrote "The prime minister told reporters ..." for the source's
    # surname; "she" skipped the untagged description and went to the minister named a
    # paragraph before, and the quote read as moved to her
    got = who(
        "Her old job goes to Dr Philippa Ormesby, a former surgeon who has run the health "
        "ministry for two years.",
        "The prime minister told reporters in the rain that the changes were overdue.",
        "She denied that anyone had been punished.",
        '"Nobody here is owed a job for life," she said.',
    )
    assert got[-1][0] is not None and got[-1][0].lower() == "the prime minister"


def test_a_title_opening_the_sentence_before_is_the_she_not_its_object() -> None:
    # round 77: "Passing sentence, the judge told Kershaw ..." then '"...," she told him':
    # the quote went to Kershaw, the object, and from there to the defence lawyer
    got = who(
        "Greer Ughtred, for the defence, said her client was deeply ashamed.",
        "Passing sentence, the judge told Kershaw he had made a deliberate choice.",
        '"You chose to read a message rather than watch the road," she told him.',
    )
    assert got[-1][0] == "the judge"


def test_a_name_in_apposition_to_a_company_s_title_is_the_he_not_the_company() -> None:
    # round 77: "Tarnbeck's operations director, Gervase Priestley, said ...": the small
    # model tags the name an organisation and the company a person
    got = who(
        "Tarnbeck's operations director, Gervase Priestley, said the company had tried to "
        'keep the route going. "We looked at every option," he said.'
    )
    assert got[0][0] == "Gervase Priestley"


def test_a_capital_named_before_a_she_is_not_her() -> None:
    # round 80: the small model tags an invented capital a person, and a "she" after it
    # went to the city; the minister named a sentence before is the speaker
    got = who(
        "At a briefing on Wednesday, Teodora Vansille brushed off the idea that the town "
        "would fall.",
        "It was the fullest answer Veldora has given so far to the offensive.",
        '"The town is not going to fall," she said.',
        "The foreign ministry is in Veldora.",
    )
    assert got[0][0] == "Teodora Vansille"
    # ... and a name set off by commas beside it stands for the "he" of the next quote
    got = who(
        "Speaking in the capital, Veldora, the head of the mission, Gustav Nevrosk, drew a "
        "clear line between the vote and what came before it.",
        '"Election day itself was calm," he said.',
    )
    assert got[0][0] == "Gustav Nevrosk"


def test_a_volcano_is_no_she_and_a_described_head_speaks() -> None:
    # round 84: the small model tags a volcano a person and the scientist a nationality;
    # "she" after "The survey's head of volcano monitoring said ..." is that head
    got = who(
        "Dr Ysolde Marrish said more than 1,300 earthquakes had been recorded under "
        "Skarnholm since May 22.",
        "Skarnholm last erupted in 1962, when ash fell on villages up to 19 miles away.",
        "The survey's head of volcano monitoring said the pattern was like that of 2011.",
        '"In 2011 we saw almost exactly this, and then it simply stopped," she said.',
    )
    assert got[0][0] == "the survey's head of volcano monitoring"


def test_writing_that_introduces_a_quote_as_saying_does() -> None:
    # round 98: the governor, named before, had been taken for the minister's quote
    got = who(
        "Governor Petra Lindqvist said the bank would act with care.",
        "Finance Minister Tomas Halloran welcomed the signal, writing on social media that a "
        'lower rate would "give breathing space to families with mortgages."',
    )
    assert got[-1][0] == "Tomas Halloran"


def test_a_capitalised_opener_is_no_speaker_and_a_surname_opens_past_an_auxiliary() -> None:
    # round 105: "Turnout" took the "he" of the next quote from the defeated mayor
    got = who(
        "Incumbent mayor Karel Vost received 47.2 percent.",
        "Turnout stood at 58 percent.",
        "Vost has refused to concede.",
        '"The law gives us the right to check every ballot," he told supporters.',
    )
    assert got[0][0] == "Karel Vost"
    got = who(
        "Incumbent mayor Karel Vost received 47.2 percent.",
        "Turnout stood at 58 percent.",
        'Vost refused to concede and said his campaign would act over what he called "irregularities".',
    )
    assert got[0][0] == "Karel Vost"


def test_a_speaker_named_by_age_or_by_a_surname_after_the_cue() -> None:
    # round 109: "The 54-year-old said ..." is the coach aged 54, not the chairwoman
    # quoted before; "..., said Keir, the gallery's head of collections" names the "she"
    got = who(
        "Ferreira, 54, joined the club in 2023.",
        "Club chairwoman Ines Baptiste said the board had never looked elsewhere.",
        '"Tomas has given this town something to shout about," Baptiste said.',
        "The 54-year-old said he had turned down an approach.",
        '"I had an offer, yes," he said.',
    )
    assert [g[0] for g in got] == ["Baptiste", "Ferreira"]
    got = who(
        "The 71-year-old said he looked up Moraine's name online.",
        "Experts spent five months authenticating the work, said Keir, the gallery's head of "
        "collections.",
        '"It is one of her finest harbour scenes," she said.',
    )
    assert got[0][0] == "Keir"
    # ... but not one the cue speaks of (round 102: "said Relling had been suspended")
    got = who(
        "Council leader Maren Kvist said Relling had been suspended on full pay.",
        '"We take this extremely seriously," she said.',
    )
    assert got[0][0] == "Maren Kvist"


def test_a_person_of_a_body_described_before_its_name() -> None:
    # round 120: "Kari Sundnes of the campaign group Clean Lakes Ostra said:" had given
    # the quote to the group, and so a changed speaker
    assert who(
        'Kari Sundnes of the campaign group Clean Lakes Ostra said: "Asking people not to '
        'water their roses is hard to explain."'
    ) == [("Kari Sundnes", "said")]


def test_a_place_between_two_others_is_no_speaker() -> None:
    # round 139: "she said" after "between the Haukeli tunnel and Dyrskar" was Dyrskar's
    got = who(
        "The slide came down between the Haukeli tunnel and the Dyrskar area, said Ingrid "
        "Haugland, a spokeswoman for the roads agency.",
        "It fell at about 10:40 on the stretch between the Haukeli tunnel and Dyrskar.",
        '"We were lucky that the convoy had stopped," she said.',
    )
    assert got == [("Ingrid Haugland", "said")]


def test_a_surname_opening_past_an_age_or_a_relative_clause() -> None:
    # round 152: the "she" after "Ibarra-Soto, who is 41, used her moment ..." went to
    # the jury president quoted before
    for opening in (
        "Ibarra-Soto, who is 41, used her moment on stage to thank her father.",
        "Ibarra-Soto, 41, dedicated the award to her father, a fisherman.",
    ):
        got = who(
            'The prize went to director Paula Ibarra-Soto. "It was not close," jury '
            "president Henrietta Lowe said.",
            opening,
            '"He never saw a film in a cinema in his life," she said on stage.',
        )
        assert [s for s, _ in got] == ["Henrietta Lowe", "Paula Ibarra-Soto"]


def test_a_surname_after_its_teams_possessive() -> None:
    # round 117: "Arkwright Racing's Brandt admitted ... 'We were ...,' he said" went to
    # the winner quoted before
    got = who(
        "Kai Brandt finished second behind Liam Halloran.",
        '"I could pull away on the restart," Halloran said.',
        "Arkwright Racing's Brandt admitted he had been short of pace.",
        '"We were simply not quick enough today," he said.',
    )
    assert [s for s, _ in got][1] == "Kai Brandt"


def test_a_surname_after_a_description_or_before_a_participle_s_clause() -> None:
    # round 159: the "he" after "A former rugby international, Talaiasi, 49, took office"
    # and after "Ibarrola, speaking from a stage ..., struck a more confident tone" went
    # to the officer and the rival quoted before
    for opening in (
        "A former rugby international, Talaiasi, 49, took office in 2022.",
        "Talaiasi, speaking from a stage outside his headquarters, struck a confident tone.",
        # (round 154: past "also")
        "Talaiasi also said the count had been fair and that Vea had done well.",
    ):
        got = who(
            "Sefo Talaiasi won a second term on Friday.",
            '"Turnout was lower than we hoped," electoral officer Tomasi Vea said.',
            opening,
            '"This is a vote for finishing what we started," he said.',
        )
        assert [s for s, _ in got] == ["Tomasi Vea", "Sefo Talaiasi"], opening


def test_a_bodys_title_before_the_name_credits_the_person() -> None:
    # the parser reads "Greyfold Estates" and "Aylward" both as subjects of "said"
    text = (
        'Greyfold Estates managing director Stephen Aylward said the company had "enormous '
        'respect" for the building.'
    )
    from wiretrace.quotes import find_quotes
    from wiretrace.sentences import split

    assert [q.speaker for q in find_quotes(split(text, language="en"))] == ["Stephen Aylward"]


def test_she_after_a_sentence_her_surname_opens_with_a_negated_verb() -> None:
    # round 175: "Vance did not attend the meeting. In a statement, she said" went to the
    # city clerk of the sentence before
    got = who(
        "The hearing was on Mayor Colette Vance's budget. City Clerk Aaron Pell said "
        "Wednesday that it will be rescheduled.",
        'Vance did not attend the meeting. In a statement, she said she was "disappointed '
        'that residents did not get the chance to be heard" and asked for a new date.',
    )
    assert [s for s, _ in got] == ["Colette Vance"]


def test_she_after_a_surname_that_opens_a_negated_sentence_not_the_county() -> None:
    # round 168: "Lund is not surprised. ... 'People leave for Aldi,' she says" went back
    # past Lund to the county the story names
    got = who(
        "Tracey Lund has worked as a carer in Marrowshire for nine years.",
        "Marrowshire is roughly 300 care workers short, the council said.",
        "Lund is not surprised.",
        'When she started, her agency had forty carers. "People leave for Aldi," she says.',
    )
    assert [s for s, _ in got] == ["Tracey Lund"]


def test_one_who_recalls_what_another_said_speaks_the_quote() -> None:
    # round 179: "Rusk ... recalled what Vell said: 'He told us: ...'" went to Vell, and a
    # faithful copy that kept Rusk's words was said to have changed the speaker
    got = who(
        'Ivo Rusk, who commands the rescue brigade, recalled what Vell said: "He told us: '
        "'I came down with them, I go up after them.' Then he asked for coffee.\""
    )
    assert [s for s, _ in got] == ["Ivo Rusk"]
    # ... but what a speaker said, asked about by no one, stays the speaker's
    assert [s for s, _ in who('Vell said: "We came down together and we go up together."')] == [
        "Vell"
    ]


def test_a_title_s_holder_named_after_the_body_that_the_tagger_took_for_a_person() -> None:
    # round 184: "said Veltris chief scientific officer Dr. Anjali Mehra" went to Veltris
    got = who(
        '"For too long, people with COPD have had few options beyond inhalers and steroids," '
        "said Veltris chief scientific officer Dr. Anjali Mehra."
    )
    assert [s for s, _ in got] == ["Anjali Mehra"]


def test_a_minister_named_after_the_portfolio() -> None:
    # round 186: "Minister of the Sea Rui Albergaria, who ..., said" is Albergaria's quote
    got = who(
        "Minister of the Sea Rui Albergaria, who did not attend the protest, said in a "
        'statement that he would "defend every Salderan boat at the negotiating table".'
    )
    assert got[0][0] == "Rui Albergaria"


def test_a_lone_surname_or_an_aged_first_name_as_the_subject_before() -> None:
    # round 187: "Oduya declined ..." (tagged an organisation) then "she added", with
    # another person named between; round 188: "Hawa was hurled ..." of a survivor named
    # with her age, then "she said"
    got = who(
        "Transport Minister Margit Oduya announced the inquiry on Monday.",
        "It will be assisted by a panel headed by Priya Hallam, a professor of engineering.",
        "When reporters asked whether the authority had ignored warnings, Oduya declined to "
        "prejudge the outcome.",
        'However, she added: "If warnings were given, people will be held to account."',
    )
    assert got == [("Margit Oduya", "added")]
    got = who(
        "Hawa, a 31-year-old from Guinea, was travelling with her brother.",
        '"The ship passed us," Yonas said.',
        "Hawa was hurled into the water together with her brother.",
        "He is still missing.",
        '"I called his name until I had no voice," she said.',
    )
    assert got == [("Yonas", "said"), ("Hawa", "said")]


def test_a_speaker_before_a_colon_and_a_surname_set_off_by_commas() -> None:
    # round 200: a quote after "..., was blunter still:" is the subject's, not a run-on of
    # the quote before; "Salm, for his part, has ..." is the "he" of the next quote
    got = who(
        '"We will not join a government at any price," Halden said as he left.',
        "SDA general secretary Sofia Arlan, who leads the party's negotiating team, was "
        'blunter still: "If People\'s Renewal wants stability, it has to pay for it."',
    )
    assert got == [("Halden", "said"), ("Sofia Arlan", ":")]
    got = who(
        "Homeland Front leader Viktor Salm addressed the rally in Korsa.",
        "Dorota Weil, a pensioner, travelled two hours to hear him.",
        "Salm, for his part, has already written his lines.",
        'The Social Democrats, he said last week, were "selling themselves for ministerial cars".',
    )
    assert got == [("Viktor Salm", "said")]
    # ... and a run-on quote with no one before its colon is still the speaker's
    got = who(
        '"We will not join a government at any price," Halden said.',
        'The message was plain: "Our conditions are not negotiable."',
    )
    assert got == [("Halden", "said"), ("Halden", "said")]


def test_a_name_made_a_modifier_is_no_one_a_pronoun_means() -> None:
    # round 194: "after the Morev verdict she said" is the prosecutor's, named before
    got = who(
        "Deputy Prosecutor-General Vesna Karadi rarely gives interviews.",
        'In a short statement after the Morev verdict she said only that "nobody in this '
        'country is too powerful to be judged".',
    )
    assert got == [("Vesna Karadi", "said")]
    # ... but the subject named in the sentence still is
    got = who(
        "Deputy Prosecutor-General Vesna Karadi rarely gives interviews.",
        "After the Morev verdict, Dragan Morev told reporters he would appeal.",
        '"I am innocent," he said.',
    )
    assert got == [("Dragan Morev", "said")]


def test_a_surname_past_where_he_said_it() -> None:
    # round 207: the small model tags nothing in "Maszak, in a brief statement, said", and
    # the "he" went to the commission's spokesman named before
    got = who(
        "Governor Dorin Maszak lost the recount.",
        'Commission spokesman Kasimir Drell said its members had "applied the code".',
        'Maszak, in a brief statement, said he would accept the decision "whatever it is".',
        '"I have served Marovia for twelve years," he said.',
    )
    assert [s for s, _ in got][-1] == "Dorin Maszak"


def test_a_post_of_a_body_before_its_holder_with_no_comma() -> None:
    # round 212 (Indian English): "President of ... Union Anil Gaikar alleged" named no
    # one to the small model, and the "he" went to the company quoted before
    got = who(
        'Ostra Paints in a statement said that it is "shocked" by the fire.',
        "President of Ostra Estate Workers' Union Ravi Pathak alleged that staff were never "
        "trained.",
        '"This was waiting to happen," he said.',
    )
    assert [s for s, _ in got][-1] == "Ravi Pathak"


def test_a_relative_named_by_a_first_name_alone() -> None:
    # round 210: "Dusek's son, Marko, who lives in Trevin, said ..." then "he said"; the
    # governor quoted before had been given his words
    got = who(
        '"We will rebuild," said Governor Lidia Marek.',
        "Halloran's daughter, Petra, who lives in Ostrum, said she had not slept since Tuesday.",
        '"They told me to prepare for the worst," she said.',
    )
    assert [s for s, _ in got][-1] == "Petra"


def test_accused_is_a_cue() -> None:
    # round 223: the quote went to the minister quoted the sentence before
    got = who(
        '"We need these workers," Feltri told reporters.',
        'The opposition National Alliance accused the government of "changing the country '
        'without asking its citizens" and demanded a referendum.',
    )
    assert [s for s, _ in got][-1] == "National Alliance"


def test_a_quote_from_a_named_person_s_memo_after_a_colon() -> None:
    # round 232: "Brandvold's memo contained this line:" is Brandvold's, not a run-on of
    # the spokesman's quote before
    got = who(
        "The cuts were announced in a memo that chief executive Annika Brandvold sent on Tuesday.",
        '"We will engage constructively with employee representatives," spokesman Marcus '
        "Heale said.",
        "Brandvold's memo contained this line: \"This is the hardest decision I have made "
        'in my six years at Quillon."',
    )
    assert got == [("Marcus Heale", "said"), ("Annika Brandvold", ":")]
