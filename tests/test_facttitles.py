"""Titles read before and after a name, across a pair (facttitles.py), and a title that
is no first name (factswaps.py)."""

from __future__ import annotations

from test_facts import kinds
from wiretrace import facts
from wiretrace.article import Alignment, Article
from wiretrace.sentences import split


def test_a_title_with_a_participle_after_it_and_a_hyphenated_one() -> None:
    # round 236: "a sports lawyer advising the trust" -> "Trust vice-chair", the copy's
    # sentence split in two
    src = (
        "Daniel Ferrante, a sports lawyer advising the trust, said it had also applied to "
        "Brackenford Borough Council to have Ashcombe Road listed as an asset of community "
        "value, which would give fans six months to raise money."
    )
    cpy = (
        "Trust vice-chair Daniel Ferrante said the group had also asked Brackenford Borough "
        "Council to list Ashcombe Road as an asset of community value. Such a listing "
        "would give fans six months to raise money."
    )
    s, c = Article(id="s", body=src), Article(id="c", body=cpy)
    s.sentences, c.sentences = split(src, language="en"), split(cpy, language="en")
    got = facts.analyze(s, c, [Alignment((0, 1), (0,), "paraphrase", 0.84)])
    assert [c.kind for c in got] == ["title"]
    assert "lawyer" in got[0].source_text and "chair" in got[0].copy_text
    # ... one post in two spellings is none
    assert (
        kinds(
            "Trust vice chair Daniel Ferrante said the group had applied.",
            "Trust vice-chair Daniel Ferrante said the group had applied.",
        )
        == []
    )


def test_a_title_before_a_name_is_no_first_name() -> None:
    # round 240: "Nurse Amira Solberg" -> "For Amira Solberg, a nurse, ..."
    assert (
        kinds(
            "Nurse Amira Solberg said she had never treated a case of measles before.",
            "For Amira Solberg, a nurse on the ward, this month brought her first case of measles.",
        )
        == []
    )
    # ... while a portfolio before a title is a title changed (round 222)
    got = kinds(
        "Energy Minister Ricardo Solis Ferran, who has invited the council to talks, spoke.",
        "Mining Minister Ricardo Solis Ferran, who has invited the council to talks, spoke.",
    )
    assert got == ["title"]


def test_an_earth_scientist_made_a_director() -> None:
    # round 243: "a senior volcanologist at the EGI" -> "the EGI's director of research"
    src = "Ingrid Paave, a senior volcanologist at the EGI, said the ice cap was the danger."
    cpy = "Ingrid Paave, the EGI's director of research, said the ice cap was the danger."
    assert kinds(src, cpy) == ["title"]


def test_a_spokesman_made_the_party_s_leader() -> None:
    # round 254: "space spokesman for the Liberal Alliance" -> "leader of the Liberal
    # Alliance": a post that leads nothing made the one that leads the party
    src = '"It is no plan," said Gustav Renn, space spokesman for the Liberal Alliance.'
    assert kinds(src, src.replace("space spokesman for", "leader of")) == ["title"]
    # ... but a leader called its party's chief, or a spokesman an official, is the same
    lead = src.replace("space spokesman for", "leader of")
    assert kinds(lead, lead.replace("leader of", "chief of")) == []
    assert kinds(src, src.replace("space spokesman for", "an official of")) == []
    # ... and a manager is his club's boss (rounds 87, 92, 117)
    club = '"We play on," said Portmore manager Gary Lennox.'
    assert kinds(club, club.replace("manager", "boss")) == []


def test_old_for_former_and_a_lower_rank_made_the_chief() -> None:
    # round 259: "his former boss" -> "his old boss" is one post
    assert (
        kinds(
            "Okafor was now blaming his former boss in the hope of a lighter sentence.",
            "Okafor is now pointing the finger at his old boss in hopes of a reduced sentence.",
        )
        == []
    )
    # ... while "former senior structural engineer" -> "former chief engineer" is a rank
    got = kinds(
        "The defendants are the firm's former senior structural engineer, Benedikt Aro, and "
        "former project manager Ilona Sayer.",
        "The defendants are the firm's former chief engineer, Benedikt Aro, and former "
        "project manager Ilona Sayer.",
    )
    assert got == ["title"]


def test_a_councillor_made_council_leader_in_the_copys_lead_in() -> None:
    # rounds 260 and 264: a member of a body made its leader, and a title in lower case
    # before a name in a sentence the copy set before the aligned one
    src = (
        '"I know how disruptive this is," said Councillor Beatrix Hallam, who is '
        'responsible for education. "But I will not ask children to sit under that roof."'
    )
    cpy = (
        "Council leader Beatrix Hallam apologised for the late notice. "
        '"I know how disruptive this is," she said, adding: "But I will not ask children to '
        'sit under that roof."'
    )
    assert kinds(src, cpy) == ["title"]
    s_text = (
        "Speaking at a news conference, chief curator Dr. Imogen Calloway said the institute "
        "had been wrong to keep the masks for so long."
    )
    c_text = (
        "Addressing reporters, institute director Imogen Calloway was blunt. "
        '"We were wrong to keep the masks for so long," she said.'
    )
    s, c = Article(id="s", body=s_text), Article(id="c", body=c_text)
    s.sentences, c.sentences = split(s_text, language="en"), split(c_text, language="en")
    got = facts.analyze(s, c, [Alignment((1,), (0,), "paraphrase", 0.87)])
    assert [(x.kind, x.source_text, x.copy_text) for x in got if x.kind == "title"] == [
        ("title", "chief curator", "institute director")
    ]


def test_a_councillor_who_chairs_a_committee_is_its_chair() -> None:
    # round 95: the post told by its verb, the title in its abbreviation
    assert (
        kinds(
            "Councillor Priya Nandha, who chairs the authority's transport committee, said "
            "officers had modelled a 12% rise in passenger numbers.",
            "Cllr Priya Nandha, chair of the authority's transport committee, said officers' "
            "modelling suggested passenger numbers would rise by 12%.",
        )
        == []
    )
