"""Fact changes in aligned pairs, and the labelled set's targets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from test_quotes import aligned_to, seed_comparison
from wiretrace import facts
from wiretrace.article import Alignment, Article, Change
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


def test_attribution_and_wording() -> None:
    assert kinds("Twelve civilians were killed in the strike, local officials said.",
                 "Twelve civilians were killed in the strike.") == ["attribution"]  # fmt: skip
    assert kinds("He plans to resign, two sources told Reuters.",
                 "He plans to resign, two sources said.") == ["attribution"]  # fmt: skip
    assert kinds("Jihadists attacked the post.", "Terrorists attacked the post.") == ["wording"]
    assert kinds("Militants attacked the post.", "Insurgents attacked the post.") == []


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
    assert [(x.source_text, x.copy_text) for x in names] == [("Trump", "current U.S")]
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
