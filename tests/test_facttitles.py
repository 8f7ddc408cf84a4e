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
