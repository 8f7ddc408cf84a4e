"""find_quotes (marks + speakers), quote status against a source, and the seed pair end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from paths import seed
from wiretrace import quotes
from wiretrace.article import Alignment, Article, Comparison, Quote
from wiretrace.compare import compare
from wiretrace.ingest import parse_record
from wiretrace.sentences import split


def art(text: str, aid: str = "a") -> Article:
    a = Article(id=aid, body=text, date=dt.date(2025, 11, 13))
    a.sentences = split(text, language="en")
    return a


def one_pair(src: str, cpy: str) -> list[Quote]:
    s, c = art(src, "s"), art(cpy, "c")
    al = [
        Alignment(tuple(range(len(c.sentences))), tuple(range(len(s.sentences))), "paraphrase", 1.0)
    ]
    return quotes.analyze(s, c, al)[0]


def test_partial_nested_and_single_quotes() -> None:
    a = art(
        'The envoy said the plan reflected "a poor understanding of the conditions on the ground." '
        "\"They call it 'a temporary measure', but it is not,\" said Minister Ana Ruiz. "
        "Rebels were 'no match' for the army, she added."
    )
    qs = quotes.find_quotes(a.sentences)
    assert [q.text for q in qs] == [
        "a poor understanding of the conditions on the ground.",
        "They call it 'a temporary measure', but it is not,",
        "no match",
    ]
    assert qs[1].speaker == "Ana Ruiz" and qs[1].cue == "said"
    assert qs[2].speaker == "Ana Ruiz"  # "she" carries the last named person forward
    s = a.sentences[qs[0].sentence].text
    assert s[qs[0].start : qs[0].end] == qs[0].text


def test_statuses() -> None:
    src = '"We will not accept any deal that hurts farmers," Minister Petra Lind said.'
    assert one_pair(src, src)[0].status == "verbatim"
    q = one_pair(src, '"We will not accept a deal that hurts farmers," Minister Petra Lind said.')[
        0
    ]
    assert q.status == "altered"
    assert {"op": "replace", "source": "any", "copy": "a"} in q.diff
    q = one_pair(
        src, '"We will not accept any deal that hurts farmers," President Juan Ortiz said.'
    )[0]
    assert q.status == "speaker_changed"
    q = one_pair(src, src + ' "Farmers are our first priority," she said.')[1]
    assert q.status == "not_in_source"
    q = one_pair(
        "Lind said the government would never sign a deal that hurt farmers.",
        'Lind said: "The government will never sign a deal that hurts farmers."',
    )[0]
    assert q.status == "from_reported_speech"


def test_a_quote_given_to_a_described_speaker_is_read_through_the_role() -> None:
    src = (
        "Defence lawyer Ruth Abara said her client had repaid most of the money. "
        '"He has shown real remorse," Abara told the court. '
        "Judge Tomas Lisle adjourned the case until May."
    )
    moved = (
        "Defence lawyer Ruth Abara said her client had repaid most of the money. "
        '"He has shown real remorse," the judge said. '
        "Judge Tomas Lisle adjourned the case until May."
    )
    assert one_pair(src, moved)[0].status == "speaker_changed"
    # "the lawyer" is Ruth Abara, the speaker in the source
    kept = moved.replace("the judge said", "the lawyer said")
    assert one_pair(src, kept)[0].status == "verbatim"


def test_a_surname_opening_its_sentence_and_a_described_speaker() -> None:
    # round 58: "he" went to the woman the lone surname congratulated (the small model
    # tags "Pellow" an organisation), and "the Harbour Party candidate" was read as
    # someone other than the man the source sets beside that description
    src = (
        "Nia Carrow won 9,120 votes to 9,004 for the Harbour Party candidate, Osric Pellow. "
        "Pellow congratulated Carrow but said he would study the spoilt ballots. "
        '"A lead this narrow needs checking," he said.'
    )
    cpy = (
        "Nia Carrow took 9,120 votes and Osric Pellow 9,004. "
        "Pellow congratulated Carrow but said he would study the spoilt ballots. "
        '"A lead this narrow needs checking," the Harbour Party candidate said.'
    )
    assert [q.status for q in one_pair(src, cpy)] == ["verbatim"]
    moved = cpy.replace("the Harbour Party candidate said", "Carrow said")
    assert [q.status for q in one_pair(src, moved)] == ["speaker_changed"]


def test_a_speaker_named_before_the_quote_with_as_x_put_it() -> None:
    # round 39: an opinion column gave a medical director's words to the minister
    src = (
        '"This is not a decision anyone wanted to make," the medical director, Dr Oskar '
        "Haverland, said in a statement. Health minister Alasdair Penrose promised incentives."
    )
    moved = (
        'As the health minister Alasdair Penrose put it: "This is not a decision anyone '
        'wanted to make." Health minister Alasdair Penrose promised incentives.'
    )
    (q,) = one_pair(src, moved)
    assert q.status == "speaker_changed" and q.speaker == "Alasdair Penrose"
    kept = moved.replace("the health minister Alasdair Penrose", "Dr Oskar Haverland")
    assert one_pair(src, kept)[0].status == "verbatim"


def test_a_quote_the_source_broke_with_its_attribution_is_one_quote() -> None:
    src = (
        'Inspector Dana Holm said officers had acted on a tip. "It took one phone call to '
        'crack this case," she said. "We owe the caller a great deal."'
    )
    whole = (
        'Inspector Dana Holm said officers had acted on a tip. She said: "It took one phone '
        'call to crack this case. We owe the caller a great deal."'
    )
    q = one_pair(src, whole)[0]
    assert q.status == "verbatim", q.note
    q = one_pair(src, whole.replace("a great deal", "everything"))[0]
    assert q.status == "altered" and any(o["copy"] == "everything" for o in q.diff)
    # two remarks from paragraphs apart, spliced into one quote, are compared part by part
    far = src.replace('she said. "We', 'she said. Holm thanked the residents of the estate. "We')
    assert one_pair(far, whole)[0].status == "altered"


def test_a_broken_quote_whose_second_part_the_alignment_left_out_is_read_whole() -> None:
    # The alignment paired the copy's sentence with the first source sentence only; the
    # quote's second part stands in the next one (round 54: read as words inserted)
    s = art(
        'Farmers met the board. "We are not against the plan," Mr Orme said. "We are against being ignored."',
        "s",
    )
    c = art(
        'Farmers met the board. Mr Orme said: "We are not against the plan. We are against being ignored."',
        "c",
    )
    assert [x.text for x in s.sentences][1].startswith('"We are not'), s.sentences
    al = [Alignment((0,), (0,), "verbatim", 1.0), Alignment((1,), (1,), "light_edit", 0.9)]
    q = quotes.analyze(s, c, al)[0][0]
    assert q.status == "verbatim", q.note
    bad = art(c.body.replace("being ignored", "being lied to"), "c")
    assert quotes.analyze(s, bad, al)[0][0].status == "altered"


def test_two_quoted_sentences_joined_with_and_are_the_same_quote() -> None:
    # round 58: the join was reported as the word "and" inserted into the quote
    src = (
        "Ada Pike, who chairs the housing trust, backed the plan. "
        '"Young families have waited far too long," she said. "These homes will help them."'
    )
    joined = (
        "Ada Pike, who chairs the housing trust, backed the plan. "
        '"Young families have waited far too long, and these homes will help them," Pike said.'
    )
    assert [q.status for q in one_pair(src, joined)] == ["verbatim"]
    # ... while "and" inside one sentence, or another word at the join, is a change
    assert [q.status for q in one_pair(src, joined.replace("far", "and"))] == ["altered"]
    assert [q.status for q in one_pair(src, joined.replace(", and", ", yet"))] == ["altered"]


def test_a_number_spelt_out_or_in_digits_is_the_same_quote() -> None:
    src = '"People drive forty minutes just to get a cut stitched," said Ron Havers.'
    assert one_pair(src, src.replace("forty", "40"))[0].status == "verbatim"
    assert one_pair(src, src.replace("forty", "50"))[0].status == "altered"
    pct = '"More than 90 per cent of the bacteria were dead," said Dr Ines Fraser.'
    assert one_pair(pct, pct.replace("90 per cent", "90%"))[0].status == "verbatim"
    assert one_pair(pct, pct.replace("90 per cent", "80%"))[0].status == "altered"


def test_a_quote_cut_where_the_copy_marks_it_is_verbatim() -> None:
    src = (
        '"In some lagoons we swam for an hour and did not see a single healthy colony," '
        "said Dr Julian Mbeki."
    )
    cut = src.replace("we swam for an hour and did", "... we did")
    got = one_pair(src, cut)[0]
    assert got.status == "verbatim" and got.note == "cut where the copy marks it"
    # the same words dropped without the mark change the quote
    assert one_pair(src, src.replace("swam for an hour and ", ""))[0].status == "altered"
    # and a mark does not excuse words the copy changed elsewhere
    worse = cut.replace("a single healthy", "one living")
    assert one_pair(src, worse)[0].status == "altered"


def test_a_long_cut_marked_by_the_copy_is_verbatim() -> None:
    # round 66: the cut left out more of the source than the quote's words would allow
    # between two matched runs, so the match stopped at the cut
    s = art(
        '"We grew too fast after the merger, and we hired for a market that never came. '
        "That is my fault and nobody else's,\" said Ines Caro.",
        "s",
    )
    c = art(
        '"We grew too fast after the merger ... That is my fault and nobody else\'s," '
        "said Ines Caro.",
        "c",
    )
    al = [Alignment((0,), (0,), "paraphrase", 0.8)]
    got = quotes.analyze(s, c, al)[0][0]
    assert got.status == "verbatim" and got.note == "cut where the copy marks it"
    worse = art(c.body.replace("my fault", "our fault"), "c")
    assert quotes.analyze(s, worse, al)[0][0].status == "altered"


def test_reworded_quotes_in_aligned_sentences() -> None:
    # Too few shared words for a word-by-word match, but the sentences are aligned: a
    # reworded quote is an altered quote, a reworded statement put in quote marks comes
    # from reported speech, and an invented quote with nothing in common stays unmatched.
    src = (
        '"Property can be rebuilt. Lives cannot," Minister Nikos Stathakis told reporters. '
        "Spokeswoman Vassiliki Rapti said it was too early to speculate on the cause of the "
        "fire but that arson had not been ruled out."
    )
    q = one_pair(
        src,
        '"Houses can always be rebuilt, but a human life can never be replaced," Minister '
        'Nikos Stathakis told journalists. "It is too early to say what caused this fire, but '
        'we are not ruling out arson," said Vassiliki Rapti, a spokeswoman. "Our crews will '
        'stay as long as needed," she said.',
    )
    assert [x.status for x in q] == ["altered", "from_reported_speech", "not_in_source"]
    assert q[0].source_text is not None and q[0].source_text.startswith("Property can be rebuilt")
    assert any(o["op"] != "equal" for o in q[0].diff)
    assert q[1].source_text is not None and "arson" in q[1].source_text


def test_dropped_quotes() -> None:
    s = art('The talks failed. "We are disappointed," said envoy Lars Berg.', "s")
    c = art("The talks failed.", "c")
    _, dropped = quotes.analyze(s, c, [Alignment((0,), (0,), "verbatim", 1.0)])
    assert dropped == [
        {"source_sentence": 1, "text": "We are disappointed,", "speaker": "Lars Berg"}
    ]


def seed_comparison(embedder: object) -> Comparison:
    """The real pipeline on the seed pair: ingest, sentence alignment, quotes and facts."""
    if "cmp" not in _SEED:
        copy_path, source_path = seed("000"), seed("001")
        copy = parse_record(copy_path.read_text(encoding="utf-8"), path=str(copy_path))
        source = parse_record(source_path.read_text(encoding="utf-8"), path=str(source_path))
        _SEED["cmp"] = compare(copy, source, embedder=embedder)  # type: ignore[arg-type]
    return _SEED["cmp"]


_SEED: dict[str, Comparison] = {}


def aligned_to(cmp: Comparison, copy_sentence: int) -> str:
    """The source text aligned with ``copy_sentence`` (for failure messages)."""
    src = [j for al in cmp.alignments if copy_sentence in al.copy for j in al.source]
    return " | ".join(cmp.source.sentences[j].text for j in src)


@pytest.mark.slow
def test_seed_rewrite_quotes(embedder: object) -> None:
    cmp = seed_comparison(embedder)
    assert cmp.source.path and cmp.source.path.endswith(seed("001").name)
    by = {q.text[:20]: q for q in cmp.quotes}

    def check(key: str, status: str) -> Quote:
        q = by[key]
        assert q.status == status, (q, aligned_to(cmp, q.copy_sentence))
        return q

    far = check("We are very far from", "altered")
    assert {"op": "delete", "source": "to you", "copy": ""} in far.diff
    situation = check("We are not at all in", "altered")
    assert {"op": "replace", "source": "scenario", "copy": "situation"} in situation.diff
    check("We respect the choic", "from_reported_speech")
    check("a poor understanding", "from_reported_speech")
    wake = check("Those making such pr", "from_reported_speech")  # never "altered"
    assert "Those making such predictions" in wake.note
    # (by surname, or in full where "Diop also responded ..." opens the sentence before)
    assert all(q.speaker in ("Diop", "Abdoulaye Diop") for q in cmp.quotes)
    assert [d["text"] for d in cmp.dropped_quotes] == ["no match"]
    assert cmp.dropped_quotes[0]["speaker"] and "Diop" in cmp.dropped_quotes[0]["speaker"]


def test_a_title_with_the_name_in_apposition_is_that_person() -> None:
    # round 51: "The Health Minister, Olwen Price," against "Health Minister Olwen Price"
    src = 'The Health Minister, Olwen Price, said she was "disappointed" by the walkout.'
    cpy = 'Health Minister Olwen Price said she was "disappointed" by the strike.'
    assert [q.status for q in one_pair(src, cpy)] == ["verbatim"]
    # ... and a quote given to another minister is still moved
    other = 'Health Minister Tomas Berg said he was "disappointed" by the strike.'
    assert [q.status for q in one_pair(src, other)] == ["speaker_changed"]


def test_round_88_92_quotes_joined_described_and_inflected() -> None:
    # a quote the source broke around a long attribution, given whole by the copy
    q = one_pair(
        '"Hale Road is the heart of this club, least of all me," chairman Geoffrey Naylor said '
        'at a launch event at the town hall. "But we cannot compete in a ground built for '
        'the first century."',
        'Speaking at a launch event at the town hall, chairman Geoffrey Naylor said: "Hale Road '
        "is the heart of this club, least of all me. But we cannot compete in a ground built "
        'for the first century."',
    )[0]
    assert q.status == "verbatim", q.note
    # "the Ethiopian" is a description of the source's speaker, not another speaker
    src = (
        "Haile Bekele of Ethiopia finished second. "
        '"He was better today, and I will come back," Bekele told reporters.'
    )
    cpy = (
        "Ethiopia's Haile Bekele finished second. "
        '"He was better today, and I will come back," the Ethiopian told reporters.'
    )
    assert [x.status for x in one_pair(src, cpy)] == ["verbatim"]
    # a term in quote marks, singular in the copy and plural in the source
    src = 'The planet belongs to a class called "sub-Neptunes", larger than Earth.'
    cpy = 'The planet is a "sub-Neptune", a world larger than Earth.'
    assert [x.status for x in one_pair(src, cpy)] == ["verbatim"]


def test_a_named_officer_of_a_force_is_the_speaker_not_the_one_before() -> None:
    # round 92: "Detective Sergeant Lauren Hicks of Norfolk Police said ..." was read as
    # naming no one, and her "she said" went to the chief executive quoted before her
    src = (
        "The charity's chief executive, Andrew Pike, said the theft had been devastating. "
        '"We are grateful to our supporters," Mr Pike said. '
        "Detective Sergeant Lauren Hicks of Norfolk Police said the inquiry had examined "
        'more than 10,000 records. "This was a calculated and sustained fraud," she said.'
    )
    cpy = src.replace('fraud," she said.', 'fraud," Hicks said.')
    assert [x.status for x in one_pair(src, cpy)] == ["verbatim", "verbatim"]


def test_a_blog_quoting_the_article_s_own_sentence_is_no_invented_quote() -> None:
    # round 110: a blog arguing with a wire story quotes its sentences, credits and all
    src = (
        "The regulator said around 21,000 people aged 75 and over had already received a "
        "dose from the affected batch.\n"
        "Officials said the doses were probably safe."
    )
    cpy = (
        'The report went on: "The regulator said around 21,000 people aged 75 and over had '
        'already received a dose from the affected batch."\n'
        '"The doses were probably safe," an official said.'
    )
    got = {q.text[:12]: q.status for q in one_pair(src, cpy)}
    assert got == {"The regulato": "verbatim", "The doses we": "from_reported_speech"}


def test_a_part_copy_s_own_interviews_are_its_own_reporting(embedder: object) -> None:
    """A feature that takes three sentences of the wire story quotes a furniture maker the
    story never names: its own reporting, no invented quote. A quote it gives the union
    leader, whom the story does quote, stays ``not_in_source``: it may be invented."""
    from paths import EXAMPLES
    from wiretrace.compare import compare

    own = (
        "A furniture maker in the hill town of Brenna said it had started paying for air "
        'freight. "We can carry that cost for three weeks, not for three months," said '
        "Tomas Grell, who runs the firm with his sister."
    )
    invented = '"The company has left us no choice at all," Kessel said on Thursday.'
    # (round 127: a described speaker's last word, "not", is no name the source has)
    unnamed = (
        '"Nobody will say it on the record," said one shipping agent, who asked not to be '
        "named because talks are continuing."
    )
    text = (EXAMPLES / "partial_reuse.txt").read_text(encoding="utf-8")
    text = text.replace(
        "Others have simply stopped", f"{own} {invented} {unnamed} Others have simply stopped"
    )
    cmp = compare(EXAMPLES / "wire_source.txt", text, source="first", embedder=embedder)  # type: ignore[arg-type]
    assert cmp.relation == "partial_reuse"
    status = {q.text.split()[0]: q.status for q in cmp.quotes}
    assert status["We"] == "own_reporting"
    assert status["Nobody"] == "own_reporting"
    assert status["The"] == "not_in_source"
    assert "fair" not in status or status["fair"] == "verbatim"


def test_a_term_in_quote_marks_is_no_speech_made_a_quote() -> None:
    # round 122: 'search ... for the word "recall"' beside a source that says recall
    q = one_pair(
        "The company announced a recall of 40,000 chargers on Monday.",
        "The company announced a recall of 40,000 chargers on Monday. Owners should search "
        'its website for the model name and the word "recall".',
    )
    assert [(x.text, x.status) for x in q] == [("recall", "verbatim")]


def test_a_long_quote_sharing_one_word_with_someone_else_s_is_made_up() -> None:
    # round 122: a sentence added to the governor's quote shares "relief" with the
    # minister's two words; it is no rewording of them
    q = one_pair(
        '"This is a measured step," Governor Rafael Mendes told reporters. Finance Minister '
        'Leila Voss said it would bring "much-needed relief" to families.',
        '"This is a measured step," Mendes told reporters. "Households have waited long '
        'enough for relief, and today we are delivering it." Finance Minister Leila Voss '
        'said it would bring "much-needed relief" to families.',
    )
    status = {x.text.split()[0]: x.status for x in q}
    assert status["Households"] == "not_in_source"
    assert status["much-needed"] == "verbatim"


def test_a_player_named_by_his_nationality_is_no_other_speaker() -> None:
    # round 130: "The Italian said ..." for the player the source names
    src = (
        "Luca Ferrandi has won two caps for Italy. "
        '"Luca sees passes that other players do not see," head coach Anders Lyngby said in '
        'a statement. Ferrandi said he had followed the campaign. "I watched those nights '
        'on television," he said.'
    )
    cpy = src.replace("Ferrandi said he", "The Italian said he")
    assert [x.status for x in one_pair(src, cpy)] == ["verbatim", "verbatim"]
    moved = src.replace("Ferrandi said he", "The coach said he")
    assert [x.status for x in one_pair(src, moved)][-1] == "speaker_changed"


def test_a_loose_pair_s_quote_by_someone_the_source_never_names_is_own_reporting() -> None:
    # round 157: a consumer column's '"If the checkout never sees your card, ...," said
    # Marisol Grant of a consumer group', paired loosely with the retailer's statement,
    # read as the statement's reported speech made a quote
    import types

    from wiretrace.article import Quote
    from wiretrace.compare import _own_quote

    source = types.SimpleNamespace(
        text="The chain said hackers may have taken card details from its checkout page."
    )
    cmp = types.SimpleNamespace(source=source)

    def quote(speaker: str) -> Quote:
        text = "If the checkout never sees your card, there is nothing worth stealing"
        return Quote(5, text, speaker, "from_reported_speech", 0, "", [])

    got = _own_quote(quote("Marisol Grant"), cmp, {5})  # type: ignore[arg-type]
    assert got.status == "own_reporting"
    # ... but not in a passage the copy took, nor from a speaker the source names
    assert _own_quote(quote("Marisol Grant"), cmp, set()).status == "from_reported_speech"  # type: ignore[arg-type]
    source.text += " Chief executive Dana Grant apologised."
    assert _own_quote(quote("Dana Grant"), cmp, {5}).status == "from_reported_speech"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "cpy",
    [
        'The rock carries the "near-Earth hazard" label, which sounds worse than it is.',
        'Astronomers called it a "near-Earth hazard", said Dr. Ana Ruiz.',
    ],
)
def test_a_term_in_quote_marks_is_no_speech(cpy: str) -> None:
    src = "The rock has been classed as a near-Earth hazard because of its size, said Dr. Ana Ruiz."
    assert [q.status for q in one_pair(src, cpy)] == ["verbatim"]


def test_a_works_title_in_quote_marks_is_no_speech() -> None:
    # round 195: 'sales of last year's "Ashfall 3"' is a game's name
    src = 'Revenue fell 23% as sales of last year\'s "Ashfall 3" faded faster than expected, the company said.'  # fmt: skip
    cpy = 'Revenue fell 23% as sales of last year\'s "Ashfall 3" faded faster than expected, Chief Executive Marisol Grady said.'  # fmt: skip
    assert [(q.status, q.speaker) for q in one_pair(src, cpy)] == [("verbatim", None)]
    # ... but a one-word quote is still someone's word
    src = '"Disgraceful," Mayor Ana Ruiz said of the ruling.'
    assert [
        q.status for q in one_pair(src, '"Disgraceful," Marisol Grady said of the ruling.')
    ] == ["speaker_changed"]


def test_a_panel_the_judge_leads_is_no_other_speaker() -> None:
    # round 194: 'Her panel acquitted Morev ..., saying the evidence was "..."' -> the
    # copy's judges, read as the judge quoted before
    src = 'Presiding Judge Ilinca Sorescu did not mince words. "The defendant treated the province as a private estate," she told a packed courtroom. Her panel acquitted Morev on one of the three counts, saying the evidence there was "circumstantial at best".'  # fmt: skip
    cpy = 'Presiding Judge Ilinca Sorescu delivered a scathing assessment. "The defendant treated the province as a private estate," she said in a crowded courtroom. However, the judges cleared Morev of a third charge, describing the evidence on that count as "circumstantial at best".'  # fmt: skip
    assert [q.status for q in one_pair(src, cpy)] == ["verbatim", "verbatim"]


def test_a_quote_outside_the_passages_taken_that_opens_as_a_source_quote_is_altered() -> None:
    # round 203: a column's own paragraph rewords the lawyer's quote after its first words
    s = art(
        "The fund opened on Monday. "
        '"A fund is welcome, but it is not a substitute for accountability in court," Halden said.',
        "s",
    )
    c = art(
        "Money can settle a claim. "
        'Halden put it well. "A fund is welcome, and it may make a court case unnecessary," she said.',
        "c",
    )
    got = quotes.analyze(s, c, [])[0]
    assert [(q.status, q.source_sentence) for q in got] == [("altered", 1)]
    other = art(c.body.replace("A fund is welcome", "A settlement is good"), "c")
    assert [q.status for q in quotes.analyze(s, other, [])[0]] == ["not_in_source"]


def test_a_quote_made_up_beside_the_speaker_s_own_restated() -> None:
    # round 239: one word in common ("council") with a quote as long is no rewording of it,
    # even by the same speaker: the copy gave her a quote and told her own in its words
    src = (
        '"I am not saying anyone has done anything wrong. I am saying the pattern needs an '
        'independent explanation that this council has not been able to give," Breck told '
        "reporters."
    )
    cpy = (
        '"This is the clearest case of cronyism I have seen in my time on council," Breck '
        "said. She added that she was not accusing anyone of wrongdoing, but that the pattern "
        "required an independent explanation the council had been unable to provide."
    )
    assert [q.status for q in one_pair(src, cpy)] == ["not_in_source"]
    # ... where a rewording that keeps its words is altered
    kept = cpy.replace(
        "This is the clearest case of cronyism I have seen in my time on council",
        "I am not saying anyone has done anything wrong, but the pattern needs an explanation",
    )
    assert [q.status for q in one_pair(src, kept)] == ["altered"]


def test_a_word_or_two_of_reported_speech_set_in_quote_marks() -> None:
    # round 242: "was weighing its options, including an appeal" made '"will appeal"'
    src = (
        "A spokesperson for the airline said it rejected the findings and was weighing its "
        "options, including an appeal to the High Court."
    )
    cpy = (
        'A spokesperson for the airline said it rejected the findings and "will appeal" to '
        "the High Court."
    )
    assert [q.status for q in one_pair(src, cpy)] == ["from_reported_speech"]
    # ... where the aligned sentence reports no one's words, the quote has no counterpart
    told = "The airline rejected the findings and is weighing an appeal to the High Court."
    assert [q.status for q in one_pair(told, cpy)] == ["not_in_source"]


def test_two_words_shared_with_another_speakers_quote_are_no_rewording() -> None:
    # round 248: the minister's invented quote shares "ship" and "spill" with a
    # campaigner's; the copy gives it to the minister, whom the source never quotes
    src = (
        "Environment Minister Dagny Holloway visited the harbour on Thursday. "
        '"Everyone wants that ship gone, but not at the price of a second spill," said '
        "campaigns director Samir Oduya."
    )
    cpy = (
        "Environment Minister Dagny Holloway visited the harbour on Thursday. "
        '"This ship will never sail in our waters again, and its owner will answer for '
        'every tonne it spilled," she said.'
    )
    assert [q.status for q in one_pair(src, cpy)] == ["not_in_source"]
    # ... but the campaigner's own quote reworded stays altered
    his = cpy.replace("Dagny Holloway", "Samir Oduya").replace(
        "This ship will never sail", "That ship must go, but not at the price of a second spill"
    )
    assert [q.status for q in one_pair(src, his)][-1] == "altered"


def test_rounds_258_to_264_speakers_fragments_and_titles_of_works() -> None:
    # round 258: "COO" before the name is the post, not the speaker
    src = (
        '"This was a serious failure, and we apologise to every passenger," said Karsby '
        "International's chief operating officer, Dr. Fredrik Vale."
    )
    cpy = src.replace("chief operating officer, Dr. Fredrik", "COO, Dr Fredrik")
    got = one_pair(src, cpy)
    assert [(q.status, q.speaker) for q in got] == [("verbatim", "Fredrik Vale")]
    # round 259: a fragment inside reported speech, both sides naming both people
    src = (
        "Okafor also testified that Teague had warned him in an email that some managers "
        'were "getting creative" with billing codes.'
    )
    cpy = (
        "Jurors were shown an email in which, according to Okafor, Teague cautioned him "
        'that certain managers were "getting creative" with billing codes.'
    )
    assert [q.status for q in one_pair(src, cpy)] == ["verbatim"]
    # round 259: half of a short quote in the speaker's reported words
    src = "Okafor said he had deleted spreadsheets at Brennan's request in early 2022."
    cpy = '"I deleted those spreadsheets because Gareth asked me to," Okafor told the court.'
    assert [q.status for q in one_pair(src, cpy)] == ["from_reported_speech"]
    # round 263: one word in common with another speaker's quote is no rewording of it
    src = 'The office said: "We want to establish whether those terms are harming competition."'
    cpy = '"You take the terms or you don\'t have a business," developer Ana Brenn said.'
    assert [q.status for q in one_pair(src, cpy)] == ["not_in_source"]
    # round 264: titles of works are no one's words, and a heading repeating a quote
    src = (
        'Samir Halloway was named best director for the thriller "Undertow", and the jury '
        'gave its special prize to "The Weight of Snow", a documentary.'
    )
    assert [(q.status, q.speaker) for q in one_pair(src, src)] == [("verbatim", None)] * 2
    assert [q.text for q in quotes.find_quotes(split(src, language="en"))] == [
        "Undertow",
        "The Weight of Snow",
    ]
    assert all(q.cue == quotes.TERM for q in quotes.find_quotes(split(src, language="en")))
    src = "Calloway said the institute had been wrong to keep the masks for so long."
    cpy = '"We were wrong"\n"We were wrong to keep the masks for so long," she admitted.'
    assert [q.status for q in one_pair(src, cpy)] == ["from_reported_speech"]
