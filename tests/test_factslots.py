"""Figures changed inside a clause a copy took into a sentence of its own (factslots.py)."""

from __future__ import annotations

import datetime as dt

from wiretrace.article import Article
from wiretrace.factslots import slot_credits, slot_dates, slot_figures
from wiretrace.sentences import split


def _article(text: str) -> Article:
    art = Article(id="x", body=text, date=dt.date(2025, 8, 2))
    art.sentences = split(text, language="en")
    return art


SOURCE = _article(
    "The first of 450 Kestrian peacekeepers left for the Korvan Valley on Saturday to join "
    "an international mission that has struggled to contain clashes since a ceasefire. "
    "The mission has about 3,800 personnel from nine countries."
)


def test_a_figure_changed_between_the_words_of_a_borrowed_clause() -> None:
    # round 176: the copy's own sentence holds the clause, with 450 made 540
    copy = _article(
        "The latest sign that governments still see a point in the mission came last weekend, "
        "when the first of 540 Kestrian peacekeepers left for the Korvan Valley on Saturday "
        "to join the force."
    )
    got = slot_figures(SOURCE, copy, [0])
    assert [
        (c.kind, c.copy_sentence, c.source_sentence, c.source_text, c.copy_text) for c in got
    ] == [("number", 0, 0, "450", "540")]


def test_a_figure_the_copy_also_keeps_or_a_short_shared_phrase_is_no_change() -> None:
    # the copy gives the source's figure too: an update, not a change
    both = _article(
        "The first of 450 Kestrian peacekeepers have gone; in all 540 Kestrian peacekeepers "
        "left for the Korvan Valley on Saturday to join the force."
    )
    assert slot_figures(SOURCE, both, [0]) == []
    # a few words in common around another figure are a coincidence of phrasing
    other = _article("Another mission has about 1,200 personnel from nine countries.")
    assert slot_figures(SOURCE, other, [0]) == []
    # percentages whole: "0.7%" -> "1.7%", in a sentence that adds a clause of its own
    src = _article("The marek fell 0.7% to 11.46 per euro after the decision, while yields fell.")
    cpy = _article(
        "The marek fell 1.7% to 11.46 per euro after the decision, and the governor said "
        "the weaker currency could push up prices."
    )
    assert [(c.source_text, c.copy_text) for c in slot_figures(src, cpy, [0])] == [("0.7%", "1.7%")]


def test_a_claim_taken_word_for_word_given_to_another_speaker() -> None:
    # round 180: the economist's claim, in a sentence of the newsletter's own, made the
    # governor's
    src = _article(
        "Priya Anand, an economist at Oldmarket Research, said the weaker marek could push "
        "up import prices in the coming months."
    )
    cpy = _article(
        "The marek fell after the decision, and Governor Falkvist acknowledged that the "
        "weaker marek could push up import prices in the coming months."
    )
    got = slot_credits(src, cpy, [0])
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("attribution", "anand oldmarket priya research", "falkvist governor")
    ]
    # the same speaker, or the claim with no speech verb before it, is no change
    same = _article(
        "The marek fell, and Anand said the weaker marek could push up import prices in the "
        "coming months."
    )
    plain = _article(
        "Analysts fear the weaker marek could push up import prices in the coming months."
    )
    assert slot_credits(src, same, [0]) == slot_credits(src, plain, [0]) == []


def test_the_figure_of_another_day_is_an_update() -> None:
    # round 179: the shaft's depth by Saturday, and three days later by Monday evening
    src = _article(
        "The rescue shaft had reached 141 metres of the 235 required by Saturday afternoon."
    )
    cpy = _article(
        "By Monday evening, the rescue shaft had reached 221 metres of the 235 needed to reach "
        "the chamber."
    )
    assert slot_figures(src, cpy, [0]) == []
    same_day = _article("By Saturday, the rescue shaft had reached 221 metres of the 235 needed.")
    assert [c.copy_text for c in slot_figures(src, same_day, [0])] == ["221"]


def test_a_date_changed_after_the_words_of_a_borrowed_clause() -> None:
    # round 199: the feature's own sentence ends the clause early, and moves its last day
    source = _article(
        "The advisory runs from Thursday, July 24, to Sunday, July 27, and covers all of "
        "Ardenfield County, including the cities of Ardenfield and Pell Crossing."
    )
    copy = _article("The advisory runs from Thursday, July 24, to Monday, July 28.")
    got = slot_dates(source, copy, [0])
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("date", "Sunday, July 27", "Monday, July 28")
    ]
    # the same days kept, or another sentence that shares fewer words, is no change
    assert slot_dates(source, _article("The advisory runs from Thursday, July 24, to Sunday, July 27."), [0]) == []  # fmt: skip
    assert slot_dates(source, _article("The heat runs from Thursday to Monday, July 28."), [0]) == []  # fmt: skip
