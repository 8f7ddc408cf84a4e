"""Families on the hand-written corpus: members, origins, parents, same-event reports."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from wiretrace.engine.embedded import Store
from wiretrace.families import Link, build_families, choose_origin, joins_family, word_set
from wiretrace.familytree import carried_words, choose_parents

CORPUS = Path(__file__).parent / "data" / "corpus"


def _name(ref: dict[str, Any]) -> str:
    return Path(ref["path"]).stem.split("_")[0]


@pytest.fixture(scope="module", params=["compare", "lexical"])
def families(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> list[dict[str, Any]]:
    path = tmp_path_factory.mktemp("fam") / "s.db"
    with Store(path, embeddings=False, judge=request.param) as st:
        st.add([CORPUS])
        result = st.families()
        assert result["schema"] == "wiretrace.families/1"
        again = st.families()  # from the pair cache
        assert again == result
    fams: list[dict[str, Any]] = result["families"]
    return fams


def test_two_families_with_the_right_members(families: list[dict[str, Any]]) -> None:
    members = sorted(sorted(_name(m) for m in f["members"]) for f in families)
    assert members == [["a1", "a2", "a3", "a4", "a5"], ["b1", "b2", "b3"]]


def test_origins(families: list[dict[str, Any]]) -> None:
    # a1 by its date; b1 has no date: content (b2 and b3 are contained in it) decides.
    assert sorted(_name(f["origin"]) for f in families) == ["a1", "b1"]


def test_parents(families: list[dict[str, Any]]) -> None:
    parents = {_name(e["child"]): _name(e["parent"]) for f in families for e in f["edges"]}
    assert parents == {
        "a2": "a1",  # verbatim
        "a3": "a1",  # light edit (a2 is identical to a1, but a1 is the origin)
        "a4": "a3",  # copy of a copy: carries a3's edits, not the grandparent a1
        "a5": "a1",  # partial reuse of wording a3/a4 changed
        "b2": "b1",
        "b3": "b1",  # reuses a sentence b2 dropped
    }


def test_edges_carry_relation_coverage_and_evidence(families: list[dict[str, Any]]) -> None:
    edges = {_name(e["child"]): e for f in families for e in f["edges"]}
    assert edges["a2"]["relation"] == "verbatim"
    assert edges["a5"]["relation"] == "partial_reuse"
    assert 0.2 < edges["a5"]["coverage"]["copy_derived"] < 0.7
    assert edges["a4"]["evidence"]
    assert any("shares" in ev for ev in edges["a4"]["evidence"])


def test_independent_report_is_same_event_not_a_member(families: list[dict[str, Any]]) -> None:
    dam = next(f for f in families if _name(f["origin"]) == "a1")
    assert [_name(r) for r in dam["same_event"]] == ["a6"]
    all_members = {_name(m) for f in families for m in f["members"]}
    assert not {"a6", "u1", "u2", "u3"} & all_members


def _refs(*ids: int) -> dict[int, dict[str, Any]]:
    """Undated, untitled refs x1, x2, ... for build_families."""
    return {
        k: {"id": f"x{k}", "path": None, "title": None, "date": None, "outlet": None} for k in ids
    }


def _verdict(a: int, b: int, relation: str, confidence: float, aligned: float) -> Link:
    """A model verdict between a and b; a is the source when it is a part copy."""
    src = a if relation == "partial_reuse" else None
    model = "relation: part of the text comes from the source, the rest is new"
    return Link(a, b, relation, src, confidence, {"copy_derived": aligned}, 0.1, [model])


def _link(a: int, b: int, src: int, sim: float, edits: Sequence[str] = ()) -> Link:
    return Link(
        min(a, b),
        max(a, b),
        "light_edit",
        src,
        0.9,
        {"copy_derived": 1.0, "source_used": 1.0},
        sim,
        [],
        list(edits),
    )


def test_shared_edits_break_a_similarity_tie() -> None:
    # 1 origin; 2 and 3 copy it; 4 is as similar to 1 and 2 as to 3, but shares 3's edits.
    links = {
        (1, 2): _link(1, 2, 1, 0.95, ["sub:4:x"]),
        (1, 3): _link(1, 3, 1, 0.95, ["sub:2:y", "drop:7"]),
        (1, 4): _link(1, 4, 1, 0.95, ["sub:2:y", "drop:7", "drop:9"]),
        (2, 4): _link(2, 4, 2, 0.95),
        (3, 4): _link(3, 4, 3, 0.95),
    }
    dates: dict[int, dt.date | None] = {1: None, 2: None, 3: None, 4: None}
    parents = choose_parents([1, 2, 3, 4], 1, links, dates)
    assert parents[4] == (3, 1)  # the shared rewording counts; shared drops do not
    assert parents[2] == (1, 0) and parents[3] == (1, 0)


def test_shared_drops_alone_do_not_make_a_sibling_the_parent() -> None:
    # Two partial copies of a long source both leave out its last sentences.
    drops = ["drop:8", "drop:9", "drop:10"]
    links = {
        (1, 2): _link(1, 2, 1, 0.95, drops),
        (1, 3): _link(1, 3, 1, 0.95, [*drops, "drop:7"]),
        (2, 3): _link(2, 3, 2, 0.95),
    }
    parents = choose_parents([1, 2, 3], 1, links, {1: None, 2: None, 3: None})
    assert parents[3] == (1, 0)


_ORIGIN = (
    "Engineers ordered 4,200 residents to leave three villages on Monday after finding a "
    "widening crack in the spillway of the Marrow Dam, swollen by a week of heavy rain. "
    "The dam operator said the crack posed no immediate danger but that it could not rule "
    "out a failure. Officials said the evacuation was a precaution."
)
# the light edit: "heavy" -> "relentless", "posed no immediate danger" -> "left no room
# for error", "a precaution" -> "a routine check"
_EDIT = (
    "Engineers ordered 4,200 residents to leave three villages on Monday after finding a "
    "widening crack in the spillway of the Marrow Dam, swollen by a week of relentless rain. "
    "The dam operator said the crack left no room for error and that it could not rule "
    "out a failure. Officials said the evacuation was a routine check."
)
# a paraphrase of the edit: other words throughout, but the edit's choices carried over
_REWRITE_OF_EDIT = (
    "Some 4,200 people from three villages were told to go on Monday when engineers saw a "
    "growing crack in the Marrow Dam spillway after days of relentless rain. There was no "
    "room for error, the operator said, and a failure could not be ruled out. The "
    "evacuation was a routine check, according to officials."
)
_REWRITE_OF_ORIGIN = (
    "Some 4,200 people from three villages were told to go on Monday when engineers saw a "
    "growing crack in the Marrow Dam spillway after a week of heavy rain. The crack posed "
    "no immediate danger, the operator said, though a failure could not be ruled out. "
    "Officials called the evacuation a precaution."
)


def test_carried_words_tell_a_rewrite_of_the_edit_from_one_of_the_origin() -> None:
    o, e = word_set(_ORIGIN), word_set(_EDIT)
    assert carried_words(word_set(_REWRITE_OF_EDIT), e, o) >= 2
    assert carried_words(word_set(_REWRITE_OF_ORIGIN), e, o) <= -2
    assert carried_words(o, e, o) <= -2  # the origin itself follows the origin


@pytest.mark.parametrize(("text", "parent"), [(_REWRITE_OF_EDIT, 2), (_REWRITE_OF_ORIGIN, 1)])
def test_a_rewrite_hangs_from_the_text_whose_words_it_carries(text: str, parent: int) -> None:
    # 1 origin, 2 its light edit, 3 a paraphrase as similar to either: no sentence of 3
    # equals one of 2 (no shared edits), so only the words can tell.
    links = {
        (1, 2): _link(1, 2, 1, 0.95, ["sub:0:x", "sub:1:y", "sub:2:z"]),
        (1, 3): _link(1, 3, 1, 0.22, ["sub:0:p", "sub:1:q", "sub:2:r"]),
        (2, 3): _link(2, 3, 2, 0.23, ["sub:0:p", "sub:1:q", "sub:2:r"]),
    }
    texts = {1: _ORIGIN, 2: _EDIT, 3: text}
    dates: dict[int, dt.date | None] = {1: None, 2: None, 3: None}
    parents = choose_parents([1, 2, 3], 1, links, dates, lambda k: word_set(texts[k]))
    assert parents[3] == (parent, 0)
    # without the texts the tie goes to the origin, as before
    assert choose_parents([1, 2, 3], 1, links, dates)[3] == (1, 0)


# A rewrite of the origin that happens to use the words its edit brought in, but in a
# sentence the edit left as it was: "routine" and "check" there are its own choices.
_EDIT_OF_LAST = _ORIGIN.replace("a precaution", "a routine check")
_REWRITE_USING_THE_WORDS_ELSEWHERE = [
    "Some 4,200 people from three villages were told to go on Monday when engineers on a "
    "routine check saw a growing crack in the Marrow Dam spillway after a week of heavy rain.",
    "The crack posed no immediate danger, the operator said, though a failure could not be "
    "ruled out.",
    "Officials called the evacuation a safety measure.",
]


def test_words_a_rewrite_uses_where_the_edit_changed_nothing_are_not_carried() -> None:
    o, e = word_set(_ORIGIN), word_set(_EDIT_OF_LAST)
    child = word_set(" ".join(_REWRITE_USING_THE_WORDS_ELSEWHERE))
    assert carried_words(child, e, o) >= 2  # on word sets alone it reads as the edit's
    assert carried_words(child, e, o, word_set(_REWRITE_USING_THE_WORDS_ELSEWHERE[0])) == 0
    # choose_parents reads where each text reworded the origin from their links' edits:
    # the edit touched sentence 2 only, where the rewrite has neither word
    links = {
        (1, 2): _link(1, 2, 1, 0.95, ["sub:2:Officials said the evacuation was a routine check."]),
        (1, 3): _link(1, 3, 1, 0.22, [
            f"sub:{k}:{t}" for k, t in enumerate(_REWRITE_USING_THE_WORDS_ELSEWHERE)
        ]),
        (2, 3): _link(2, 3, 2, 0.23, ["sub:0:p", "sub:1:q", "sub:2:r"]),
    }  # fmt: skip
    texts = {1: _ORIGIN, 2: _EDIT_OF_LAST, 3: " ".join(_REWRITE_USING_THE_WORDS_ELSEWHERE)}
    dates: dict[int, dt.date | None] = {1: None, 2: None, 3: None}
    parents = choose_parents([1, 2, 3], 1, links, dates, lambda k: word_set(texts[k]))
    assert parents[3] == (1, 0)


def test_a_partial_copy_s_own_words_carry_nothing() -> None:
    # 3 quotes the origin's first sentence word for word inside an analysis of its own,
    # whose words ("relentless", "routine", "check") happen to be the ones the edit (2)
    # brought in: it took the quoted sentence from the origin as much as from the edit.
    analysis = (
        _ORIGIN.split(". ")[0] + ". Relentless rain is no excuse, say critics, who want a "
        "routine check of every spillway in the county and a review of its reservoirs."
    )
    part = Link(
        1, 3, "partial_reuse", 1, 0.8, {"copy_derived": 0.4, "source_used": 0.3}, 0.3, [], []
    )
    links = {
        (1, 2): _link(1, 2, 1, 0.95, ["sub:0:x", "sub:2:y"]),
        (1, 3): part,
        (2, 3): dataclasses.replace(part, a=2, source=2),
    }
    texts = {1: _ORIGIN, 2: _EDIT, 3: analysis}
    assert carried_words(word_set(analysis), word_set(_EDIT), word_set(_ORIGIN)) >= 2
    dates: dict[int, dt.date | None] = {1: None, 2: None, 3: None}
    parents = choose_parents([1, 2, 3], 1, links, dates, lambda k: word_set(texts[k]))
    assert parents[3] == (1, 0)


# An edit that adds a clause, and a rewrite of the origin whose own rewording of that
# sentence happens to use two of its words (round 245: "hoping, see, stay").
_EDIT_WITH_CLAUSE = _ORIGIN.replace(
    "posed no immediate danger", "posed no immediate danger, hoping the dam would stay intact"
)
_REWRITE_HOPING = [
    "Some 4,200 people from three villages were told to go on Monday when engineers saw a "
    "growing crack in the Marrow Dam spillway after a week of heavy rain.",
    "The operator, hoping residents would stay calm, said the crack posed no immediate "
    "danger, though a failure could not be ruled out.",
    "Officials called the evacuation a precaution.",
]


def test_a_rewrite_of_the_origin_needs_more_than_two_chance_words_to_follow_an_edit() -> None:
    rewrite = " ".join(_REWRITE_HOPING)
    o, e = word_set(_ORIGIN), word_set(_EDIT_WITH_CLAUSE)
    assert carried_words(word_set(rewrite), e, o) == 2  # "hoping", "stay"
    para = Link(1, 3, "paraphrase", 1, 0.8, {"copy_derived": 0.9, "source_used": 0.9}, 0.22, [], [
        f"sub:{k}:{t}" for k, t in enumerate(_REWRITE_HOPING)
    ])  # fmt: skip
    links = {
        (1, 2): _link(1, 2, 1, 0.95, ["sub:1:" + _EDIT_WITH_CLAUSE.split(". ")[1]]),
        (1, 3): para,
        (2, 3): dataclasses.replace(para, a=2, source=2, similarity=0.23),
    }
    texts = {1: _ORIGIN, 2: _EDIT_WITH_CLAUSE, 3: rewrite}
    dates: dict[int, dt.date | None] = {1: None, 2: None, 3: None}
    parents = choose_parents([1, 2, 3], 1, links, dates, lambda k: word_set(texts[k]))
    assert parents[3] == (1, 0)
    # ... while a rewrite of the edit that carries its choices still hangs from it
    links[(1, 3)] = dataclasses.replace(para, edits=["sub:0:p", "sub:1:q", "sub:2:r"])
    links[(2, 3)] = dataclasses.replace(links[(1, 3)], a=2, source=2, similarity=0.23)
    texts = {1: _ORIGIN, 2: _EDIT, 3: _REWRITE_OF_EDIT}
    parents = choose_parents([1, 2, 3], 1, links, dates, lambda k: word_set(texts[k]))
    assert parents[3] == (2, 0)


def test_a_report_outvoted_by_a_family_s_same_event_verdicts_stays_out() -> None:
    refs = _refs(*range(1, 6))

    def verdict(a: int, b: int, relation: str) -> Link:
        return _verdict(a, b, relation, 0.6, 0.6)

    # 1 the wire, 2-4 its copies; 5 a reporter's own story, an independent report of the
    # wire and two copies by the verdicts, a part copy of the third by a narrow margin
    whole = [_link(1, 2, 1, 0.9), _link(1, 3, 1, 0.9), _link(3, 4, 3, 0.9)]
    same = [verdict(1, 5, "same_event"), verdict(2, 5, "same_event"), verdict(3, 5, "same_event")]
    links = [*whole, *same, verdict(4, 5, "partial_reuse")]
    fams = build_families(links, refs, min_size=2)
    assert [sorted(m["id"] for m in f["members"]) for f in fams] == [["x1", "x2", "x3", "x4"]]
    # with the family's verdicts the other way (it took from all of them), it joins
    took = [verdict(k, 5, "partial_reuse") for k in (1, 2, 3, 4)]
    fams = build_families([*whole, *took], refs, min_size=2)
    assert len(fams[0]["members"]) == 5
    # a part copy far from the verdict's boundary (whole paragraphs pasted from the
    # fourth, a rewrite the others' same-event verdicts cannot see through) joins too
    pasted = dataclasses.replace(verdict(4, 5, "partial_reuse"), confidence=0.99)
    fams = build_families([*whole, *same, pasted], refs, min_size=2)
    assert len(fams[0]["members"]) == 5


def test_origin_prefers_dates_then_content() -> None:
    links = {(1, 2): _link(1, 2, 2, 0.9), (2, 3): _link(2, 3, 2, 0.9)}
    assert choose_origin([1, 2, 3], links, {1: None, 2: None, 3: None}) == 2
    # No direction evidence at all: the earliest date wins.
    nodir = {(1, 2): Link(1, 2, "light_edit", None, 0.5, {}, 0.9)}
    assert choose_origin([1, 2], nodir, {1: dt.date(2024, 2, 1), 2: dt.date(2024, 1, 1)}) == 2


def test_build_families_min_size_and_cycles() -> None:
    refs = _refs(1, 2, 3)
    links = [_link(1, 2, 1, 0.9), _link(2, 3, 3, 0.9)]
    fams = build_families(links, refs, min_size=2)
    assert len(fams) == 1 and len(fams[0]["members"]) == 3
    assert len(fams[0]["edges"]) == 2
    assert build_families(links, refs, min_size=4) == []


def test_a_roundup_of_two_stories_does_not_merge_their_families() -> None:
    refs = _refs(*range(1, 8))
    model = "relation: part of the text comes from the source, the rest is new"

    def partial(src: int, cp: int, copy_derived: float) -> Link:
        a, b = min(src, cp), max(src, cp)
        return Link(a, b, "partial_reuse", src, 0.7, {"copy_derived": copy_derived}, 0.3, [model])

    # 1 <- 2, 3 one story; 4 <- 5 another; 6 a roundup pasting paragraphs of 1 and 4, and
    # 5, a later edit of story 4, takes the roundup's paragraphs of it (the links go both
    # ways round); 7 an analysis quoting story 1.
    links = [
        _link(1, 2, 1, 0.9), _link(1, 3, 1, 0.9), _link(4, 5, 4, 0.9),
        partial(1, 6, 0.36), partial(4, 6, 0.41), partial(6, 5, 0.6), partial(1, 7, 0.16),
    ]  # fmt: skip
    fams = build_families(links, refs, min_size=2)
    members = sorted(sorted(m["id"] for m in f["members"]) for f in fams)
    assert members == [["x1", "x2", "x3", "x7"], ["x4", "x5", "x6"]]


def test_a_roundup_splits_from_a_lone_story_but_part_copies_of_one_story_stay_together() -> None:
    refs = _refs(*range(1, 9))
    model = "relation: part of the text comes from the source, the rest is new"

    def partial(src: int, cp: int, copy_derived: float) -> Link:
        a, b = min(src, cp), max(src, cp)
        return Link(a, b, "partial_reuse", src, 0.7, {"copy_derived": copy_derived}, 0.3, [model])

    # round 48: 1 <- 2, 3 one story (a wildfire, with a brief and its copy); 4 another
    # with no copies (a strike); 5 a roundup taking 60% from 4 and 40% from 1. Round 28:
    # 6 with three part copies, 7, 8 of it and 8 also of 7: one story.
    links = [
        _link(1, 2, 1, 0.9), _link(2, 3, 2, 0.9),
        partial(4, 5, 0.6), partial(1, 5, 0.4),
        partial(6, 7, 0.5), partial(7, 8, 0.3), partial(6, 8, 0.4),
    ]  # fmt: skip
    fams = build_families(links, refs, min_size=2)
    members = sorted(sorted(m["id"] for m in f["members"]) for f in fams)
    assert members == [["x1", "x2", "x3"], ["x4", "x5"], ["x6", "x7", "x8"]]


def test_a_partial_reuse_joins_a_family_only_with_aligned_sentences() -> None:
    refs = _refs(1, 2, 3, 4)

    words = "relation: part of the wording comes from the source (lexical evidence only)"

    def partial(a: int, b: int, copy_derived: float, *evidence: str) -> Link:
        return Link(
            a, b, "partial_reuse", a, 0.7, {"copy_derived": copy_derived}, 0.3, list(evidence)
        )

    # 1 -> 2 a light edit; 2 -> 3 a partial reuse with a third aligned; 3 -> 4 a
    # "partial reuse" on words alone with little aligned (overlap of house style only).
    links = [_link(1, 2, 1, 0.9), partial(2, 3, 0.34, words), partial(3, 4, 0.12, words)]
    assert joins_family(links[1]) and not joins_family(links[2])
    fams = build_families(links, refs, min_size=2)
    assert [sorted(m["id"] for m in f["members"]) for f in fams] == [["x1", "x2", "x3"]]
    # the same 12% aligned by the model (three sentences of the wire in a local story)
    # is reuse: it joins
    model = "relation: part of the text comes from the source, the rest is new"
    assert joins_family(partial(3, 4, 0.12, model)) and not joins_family(partial(3, 4, 0.0))


def _same_text(a: int, b: int) -> Link:
    ln = _link(a, b, a, 1.0)
    ln.relation = "verbatim"
    ln.evidence = ["no evidence of direction: the first article is taken as the source"]
    return ln


def test_same_text_under_two_headlines_the_repeated_headline_is_the_origin() -> None:
    # 1 and 2: the same text, the same day, only the headline differs (a syndication);
    # 3 and 4 copy it under 2's headline. The compared order made 1 the source of 2.
    day = dt.date(2024, 5, 14)
    links = {(1, 2): _same_text(1, 2), (1, 3): _link(1, 3, 1, 0.9), (2, 3): _link(2, 3, 2, 0.9)}
    links |= {(1, 4): _link(1, 4, 1, 0.9), (2, 4): _link(2, 4, 2, 0.9)}
    dates = {1: day, 2: day, 3: day + dt.timedelta(1), 4: day + dt.timedelta(1)}
    titles = {1: "Rail cars derail", 2: "Freight train derails", 3: "Freight  train derails"}
    assert choose_origin([1, 2, 3, 4], links, dates) == 1  # no titles: the first stored
    assert choose_origin([1, 2, 3, 4], links, dates, titles | {4: "freight train DERAILS"}) == 2


def test_an_undated_repost_of_the_origin_does_not_take_its_place() -> None:
    # 2 is the dated origin, 3 the same text undated; 1, back-dated, was read as 2's
    # source, so only 3 is left uncopied. The dated reading of that text is the origin.
    links = {(2, 3): _same_text(2, 3), (1, 2): _link(1, 2, 1, 0.9), (1, 3): _link(1, 3, 3, 0.9)}
    dates = {1: dt.date(2024, 6, 9), 2: dt.date(2024, 6, 10), 3: None}
    assert choose_origin([1, 2, 3], links, dates) == 2


def test_a_copy_hangs_from_the_reading_whose_headline_it_keeps() -> None:
    refs = {
        k: {"id": f"x{k}", "path": None, "title": t, "date": "2024-05-14", "outlet": None}
        for k, t in ((1, "Freight train derails"), (2, "Rail cars derail near town"), (3, "Rail cars derail near town as leak forces evacuation"))
    }  # fmt: skip
    body = "a freight train derailed on tuesday spilling fertilizer near the creek"
    links = [_same_text(1, 2), _link(1, 3, 1, 0.9), _link(2, 3, 2, 0.9)]
    texts = {1: body, 2: body, 3: body + " forcing an evacuation"}
    fams = build_families(links, refs, words=lambda k: word_set(texts[k]))
    parents = {e["child"]["id"]: e["parent"]["id"] for e in fams[0]["edges"]}
    assert parents["x3"] == "x2"


def test_with_only_weak_direction_evidence_the_origin_is_the_family_s_centre() -> None:
    # 1 the story, 2 and 3 two same-day edits of it: each keeps the story's words and adds
    # its own edits, so 2 and 3 are further apart than either is from 1. The comparisons
    # could only read direction from length, which pointed at 2.
    weak = ["length: b.txt has material the other lacks (weak evidence)"]

    def edit(a: int, b: int, src: int, sim: float, evidence: list[str]) -> Link:
        return dataclasses.replace(_link(a, b, src, sim), evidence=evidence)

    links = {
        (1, 2): edit(1, 2, 2, 0.95, weak),
        (1, 3): edit(1, 3, 1, 0.94, weak),
        (2, 3): edit(2, 3, 2, 0.89, weak),
    }
    dates = {1: dt.date(2024, 7, 22), 2: dt.date(2024, 7, 22), 3: dt.date(2024, 7, 22)}
    assert choose_origin([1, 2, 3], links, dates) == 1
    # one firm sign (a dateline the copies dropped) and the votes count again
    links[(1, 2)] = edit(1, 2, 2, 0.95, ["wire marks: b.txt carries an agency dateline"])
    assert choose_origin([1, 2, 3], links, dates) == 2
    # two texts: either is the centre, so the weak direction decides, not the row order
    pair = {(1, 2): edit(1, 2, 2, 0.95, weak)}
    assert choose_origin([1, 2], pair, dates) == 2


def test_a_rewrite_hangs_from_the_copy_of_a_copy_only_if_it_follows_its_changes() -> None:
    # 0 a release that both wordings come from; 1 the wire story; 2 a light edit of the
    # wire ("heavy" -> "relentless", ...); 3 a short rewrite of the wire that keeps "heavy"
    # and is a hair more similar to the edit. Against the release neither 1 nor 2 tells
    # (3 carries nothing of either), so only the edit's own change can: 3 lacks it.
    rewrite = (
        "Engineers found a growing crack in the Marrow Dam spillway after a week of heavy "
        "rain, and 4,200 people in three villages had to go."
    )
    texts = {0: _ORIGIN + " " + _EDIT, 1: _ORIGIN, 2: _EDIT, 3: rewrite}
    para = Link(0, 1, "paraphrase", 0, 0.8, {"copy_derived": 1.0, "source_used": 1.0}, 0.3, [], [])
    links = {
        (0, 1): para,
        (0, 2): dataclasses.replace(para, b=2),
        (0, 3): dataclasses.replace(para, b=3, similarity=0.1),
        (1, 2): _link(1, 2, 1, 0.95, ["sub:0:x", "sub:2:y"]),
        (1, 3): dataclasses.replace(para, a=1, b=3, source=1, similarity=0.22),
        (2, 3): dataclasses.replace(para, a=2, b=3, source=2, similarity=0.23),
    }
    dates: dict[int, dt.date | None] = {0: None, 1: None, 2: None, 3: None}
    words = {k: word_set(t) for k, t in texts.items()}
    assert (
        carried_words(words[3], words[2], words[0])
        == 0
        == carried_words(words[3], words[1], words[0])
    )
    assert choose_parents([0, 1, 2, 3], 0, links, dates, words.__getitem__)[3] == (1, 0)
    # a rewrite that does take the edit's words still hangs from the edit
    texts[3] = rewrite.replace("heavy", "relentless") + " It left no room for error."
    words = {k: word_set(t) for k, t in texts.items()}
    assert choose_parents([0, 1, 2, 3], 0, links, dates, words.__getitem__)[3] == (2, 0)


def test_texts_rewritten_from_a_part_copy_s_source_do_not_outvote_it() -> None:
    refs = _refs(*range(1, 6))

    def verdict(a: int, b: int, relation: str) -> Link:
        return _verdict(a, b, relation, 0.66, 0.2)

    # 1 a press release, 2 the wire story rewritten from it, 3-4 copies of the wire; 5 a
    # blog pasting a paragraph of the release: to the wire and its copies, which reworded
    # that paragraph, the blog reads as another report of the same decision
    para = Link(1, 2, "paraphrase", 1, 0.8, {"copy_derived": 1.0}, 0.3, [], [])
    whole = [para, _link(2, 3, 2, 0.9), _link(2, 4, 2, 0.9), dataclasses.replace(para, b=3)]
    same = [verdict(k, 5, "same_event") for k in (2, 3, 4)]
    fams = build_families([*whole, *same, verdict(1, 5, "partial_reuse")], refs, min_size=2)
    assert [sorted(m["id"] for m in f["members"]) for f in fams] == [["x1", "x2", "x3", "x4", "x5"]]
    # ... also where the wire itself reads as a part copy of the release (it adds the
    # governor's press conference): its copies descend from the release all the same
    part = dataclasses.replace(para, relation="partial_reuse", coverage={"copy_derived": 0.6})
    whole = [part, _link(2, 3, 2, 0.9), _link(2, 4, 2, 0.9)]
    fams = build_families([*whole, *same, verdict(1, 5, "partial_reuse")], refs, min_size=2)
    assert len(fams) == 1 and len(fams[0]["members"]) == 5


def test_a_child_carrying_a_copy_s_own_sentences_hangs_from_it() -> None:
    # 1 the wire; 2 a rewrite that adds three sentences of its own (5-7: advice, a fact
    # list); 3 a rewrite of 2 that keeps them, though its wording is nearer the wire's
    mine = ["add:5", "add:6", "add:7"]
    own = Link(1, 2, "paraphrase", 1, 0.8, {"copy_derived": 0.8}, 0.2, [], mine)
    links = {
        (1, 2): own,
        (1, 3): dataclasses.replace(own, b=3, similarity=0.14, edits=["add:9"]),
        (2, 3): dataclasses.replace(own, a=2, b=3, source=2, similarity=0.06, edits=["drop:2"]),
    }
    dates: dict[int, dt.date | None] = {1: None, 2: None, 3: None}
    assert choose_parents([1, 2, 3], 1, links, dates)[3] == (2, 0)
    # the same child with only one of 2's own sentences hangs from the wire
    links[(2, 3)] = dataclasses.replace(links[(2, 3)], edits=["drop:5", "drop:6"])
    assert choose_parents([1, 2, 3], 1, links, dates)[3] == (1, 0)


def test_edits_name_the_copy_s_own_sentences_but_not_its_filler() -> None:
    from wiretrace.families import edits_of
    from wiretrace.ingest import parse_record

    src = parse_record("Fire crews held the line overnight. Roads stayed closed on Tuesday.")
    copy = parse_record(
        "Fire crews held the line overnight. Roads stayed closed on Tuesday. "
        "Stay tuned for more updates. Residents should keep a bag packed with documents."
    )
    edits = edits_of(src, copy, [((0,), (0,)), ((1,), (1,))], [], [2, 3])
    assert edits == ["add:3"]


def test_a_weakly_turned_link_is_read_against_the_origin() -> None:
    # round 82: 1 a release; 2 a paper's edit of it; 3 a second paper's edit of 2, all
    # one day. 3 dropped two of the release's sentences that 2 kept (7, 8), and their own
    # link was turned by 2's share bars: 3 cannot be 2's source.
    weak = ["furniture: b carries more site furniture (weak evidence)"]
    links = {
        (1, 2): _link(1, 2, 1, 0.90, ["drop:0", "drop:9", "drop:15"]),
        (1, 3): _link(1, 3, 1, 0.88, ["drop:0", "drop:7", "drop:8", "drop:9"]),
        (2, 3): dataclasses.replace(_link(2, 3, 3, 0.95), evidence=weak),
    }
    dates: dict[int, dt.date | None] = {1: None, 2: None, 3: None}
    parents = choose_parents([1, 2, 3], 1, links, dates)
    assert parents[3][0] == 2 and parents[2][0] == 1
    # the same link on firm evidence (a date, a credit) stands
    firm = {**links, (2, 3): dataclasses.replace(links[(2, 3)], evidence=["date: c is older"])}
    assert choose_parents([1, 2, 3], 1, firm, dates)[2][0] == 3
    # ... as does a weak one when the texts differ by a sentence either way
    close = {**links, (1, 3): _link(1, 3, 1, 0.88, ["drop:0", "drop:7", "drop:9"])}
    assert choose_parents([1, 2, 3], 1, close, dates)[2][0] == 3


def test_a_page_s_own_time_stamp_orders_the_members() -> None:
    # round 118: the wire page (1) fetched a day after it ran, so its record says May 19;
    # its light edit (2) and a brief (3) ran on May 18. By the record dates the wire was
    # no one's parent and the edit hung from the brief; its time stamp says May 18.
    refs = _refs(1, 2, 3)
    refs[1]["date"] = "2026-05-19"
    refs[2]["date"] = refs[3]["date"] = "2026-05-18"
    links = [_link(1, 2, 1, 0.87), _link(1, 3, 1, 0.38), _link(2, 3, 3, 0.30)]

    def parents(published: dict[int, dt.date] | None) -> dict[str, str]:
        (fam,) = build_families(links, refs, published=published)
        return {e["child"]["id"]: e["parent"]["id"] for e in fam["edges"]}

    assert parents(None)["x2"] == "x3"
    assert parents({1: dt.date(2026, 5, 18)}) == {"x2": "x1", "x3": "x1"}


def test_a_weak_direction_gives_way_to_the_words_a_copy_follows() -> None:
    # round 123: the rewrite of the light edit (2) had been read as its source on the
    # edit's share bars, a weak sign, and so hung from the wire; it keeps the words the
    # edit brought in, the edit none of its own
    weak = "furniture: x2 carries more site furniture (share bars) (weak evidence)"
    links = {
        (1, 2): _link(1, 2, 1, 0.95, ["sub:0:x", "sub:1:y", "sub:2:z"]),
        (1, 3): _link(1, 3, 1, 0.22, ["sub:0:p", "sub:1:q", "sub:2:r"]),
        (2, 3): Link(2, 3, "paraphrase", 3, 0.6, {"copy_derived": 1.0}, 0.3, [weak]),
    }
    links[(1, 2)].relation = links[(1, 3)].relation = "paraphrase"
    texts = {1: _ORIGIN, 2: _EDIT, 3: _REWRITE_OF_EDIT}
    dates: dict[int, dt.date | None] = {1: None, 2: None, 3: None}
    parents = choose_parents([1, 2, 3], 1, links, dates, lambda k: word_set(texts[k]))
    assert parents[3][0] == 2 and parents[2][0] == 1


def test_an_edit_of_a_reprint_hangs_from_the_reprint_whose_headline_it_keeps() -> None:
    # round 136: the wire story (1), an aggregator's reprint under its own headline (2), and
    # an edit of the reprint (3) that kept that headline; the edit is as close to the wire
    # story, whose stray sentence the reprint dropped, as to the reprint
    refs = {
        k: {"id": f"x{k}", "path": None, "title": t, "date": "2026-10-05", "outlet": None}
        for k, t in (
            (1, "Opposition wins most seats as Prime Minister concedes"),
            (2, "Maravia election: Civic Alliance wins most seats, Voronec concedes defeat"),
            (3, "Maravia election: Civic Alliance wins most seats, Voronec concedes defeat"),
        )
    }
    links = [_link(1, 2, 1, 0.9), _link(1, 3, 1, 0.93), _link(2, 3, 2, 0.9)]
    fams = build_families(links, refs)
    parents = {e["child"]["id"]: e["parent"]["id"] for e in fams[0]["edges"]}
    assert parents["x3"] == "x2"
    # with the wire story's headline kept, the tie goes the other way
    refs[3]["title"] = refs[1]["title"]
    fams = build_families(links, refs)
    assert {e["child"]["id"]: e["parent"]["id"] for e in fams[0]["edges"]}["x3"] == "x1"


def test_a_copy_read_as_made_from_two_reports_of_one_event_keeps_the_stronger() -> None:
    # round 197: 1 the wire, 2 its rewrite, 3 a copy of the rewrite; 4 a paper's own story
    # of the same briefing, same_event with the wire, read as the source of 2 and 3 too
    refs = _refs(*range(1, 5))

    def para(a: int, b: int, src: int, sim: float) -> Link:
        return Link(min(a, b), max(a, b), "paraphrase", src, 0.6, {"copy_derived": 0.8}, sim, [])

    whole = [para(1, 2, 1, 0.5), _link(2, 3, 2, 0.9)]
    same = _verdict(1, 4, "same_event", 0.6, 0.0)
    read = [para(2, 4, 4, 0.3), para(3, 4, 4, 0.3)]
    fams = build_families([*whole, same, *read], refs, min_size=2)
    assert [sorted(m["id"] for m in f["members"]) for f in fams] == [["x1", "x2", "x3"]]
    # ... but a text that no same_event verdict sets apart joins as a copy
    fams = build_families([*whole, *read], refs, min_size=2)
    assert len(fams[0]["members"]) == 4
    # ... and a copy of a copy of a copy, same_event with the far origin only, stays in
    chain = [*whole, para(3, 4, 3, 0.6), _verdict(1, 4, "same_event", 0.6, 0.0)]
    fams = build_families(chain, refs, min_size=2)
    assert len(fams[0]["members"]) == 4


def test_a_figure_the_parent_changed_outweighs_common_words() -> None:
    # round 217: an edit made the origin's "37 missing" 73; a rewrite of the edit keeps
    # 73, a rewrite of the origin 37, whatever common words each picks
    origin = word_set("Fourteen people died and 37 are missing, officials said on Monday.")
    edit = word_set("Fourteen people died and 73 are missing, officials said on Monday.")
    of_edit = word_set("Officials reported fourteen dead on Monday, with 73 people still missing.")
    of_origin = word_set(
        "Officials reported fourteen dead on Monday, with 37 people still missing."
    )
    assert carried_words(of_edit, edit, origin) >= 2
    assert carried_words(of_origin, edit, origin) <= -2
    # ... and a figure counts where the rewrite has it, even in a sentence it reworded
    # where the edit left the origin's words
    assert carried_words(of_edit, edit, origin, of_edit) >= 2


def test_a_figure_the_parent_replaced_counts_for_the_new_and_the_old() -> None:
    # round 229: an edit made the origin's 120 trains 180 and cut a paragraph; a rewrite of
    # the edit keeps 180, and its own closing line happens to use four words of the cut
    # paragraph
    origin = word_set(
        "About 120 freight trains a day use the tunnel. A train of steel coils was halted "
        "short of the flooded section and its driver reversed it out."
    )
    edit = word_set("About 180 freight trains a day use the tunnel.")
    of_edit = word_set(
        "Some 180 goods trains pass through the tunnel daily. The flooded tunnel is out of "
        "action, one of the worst closures in years, and short of a quick fix."
    )
    assert carried_words(of_edit, edit, origin) >= 2
    # a rewrite of the origin that keeps its 120 has no such pull
    of_origin = word_set(
        "Some 120 goods trains pass through the tunnel daily. The flooded tunnel is out of "
        "action, one of the worst closures in years, and short of a quick fix."
    )
    assert carried_words(of_origin, edit, origin) <= -2
