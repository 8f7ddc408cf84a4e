"""Helpers of the sentence aligner (``wiretrace.align``)."""

from __future__ import annotations

import numpy as np
import pytest

from wiretrace.align import PairScores, _chain


def test_a_changed_figure_or_name_is_never_verbatim() -> None:
    from wiretrace.align import pair_kind

    src = (
        "The regional statistics office said on Wednesday that unemployment in the northern "
        "province fell for a fourth month in a row in October, to its lowest level since the "
        "series began in 1998, helped by hiring in tourism, logistics and the building trade."
    )
    assert pair_kind(src, src)[0] == "verbatim"
    kind, ratio = pair_kind(src.replace("1998", "1989"), src)
    assert ratio >= 0.97 and kind == "light_edit"
    # nor a changed name, place or weekday (round 39)
    assert pair_kind(src.replace("Wednesday", "Tuesday"), src)[0] == "light_edit"
    assert pair_kind(src.replace("northern province", "Northern Cape"), src)[0] == "light_edit"
    # a lower-case word changed in a long sentence still reads as verbatim
    assert pair_kind(src.replace("office said", "office says"), src)[0] == "verbatim"


def test_a_list_number_put_before_a_copied_sentence_is_layout() -> None:
    from wiretrace.align import pair_kind

    src = "Break the problem into smaller parts that can each be solved on their own."
    assert pair_kind("2. " + src, src)[0] == "verbatim"
    assert pair_kind("3) " + src, src)[0] == "verbatim"
    assert pair_kind("2.break" + src[5:], src)[0] == "verbatim"
    # a figure is not a list mark: the copy says how many, the source did not
    counted = "Break the problem into 12 smaller parts that can each be solved on their own."
    assert pair_kind(counted, src)[0] != "verbatim"
    assert pair_kind("12 " + src, src)[0] != "verbatim"


SUMMARY_SOURCE = """\
The harbour authority of Port Elmsworth closed the northern container terminal on Monday after a crane collapsed onto a cargo ship.
Two dock workers were taken to hospital with minor injuries, the authority said.
Investigators from the national transport safety board arrived in the afternoon to examine the crane's base.
The crane, installed in 2009, had passed its last inspection in March, according to maintenance records.
Shipping companies were told to divert vessels to the southern terminal for at least a week.
Local traders warned that the closure could delay deliveries of fresh produce before the holidays.
The mayor called for a full review of safety procedures at the port.
"""

SUMMARY_COPY = """\
A crane collapsed onto a cargo ship at Port Elmsworth on Monday, closing the northern container terminal and sending two dock workers to hospital with minor injuries; investigators from the national transport safety board were called in.
The crane, installed in 2009, had passed its last inspection in March, according to maintenance records.
Shipping companies were told to divert vessels to the southern terminal for at least a week.
Local traders warned that the closure could delay deliveries of fresh produce before the holidays.
"""


@pytest.mark.slow
def test_a_summary_sentence_is_aligned_to_the_three_sentences_it_folds(embedder: object) -> None:
    from wiretrace.compare import compare

    c = compare(SUMMARY_SOURCE, SUMMARY_COPY, source="first", embedder=embedder)  # type: ignore[arg-type]
    lead = next(a for a in c.alignments if 0 in a.copy)
    assert set(lead.source) == {0, 1, 2}
    assert c.relation in ("light_edit", "paraphrase", "partial_reuse")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # Spanish: a fire and a council budget
            "El incendio en la nave de la empresa se declaró por la noche y los bomberos lo "
            "controlaron antes del amanecer.",
            "El pleno de la ciudad aprobó por la tarde los presupuestos que la oposición "
            "rechazó en la votación del jueves.",
        ),
        (  # French: a strike and a museum
            "Les conducteurs de la ligne ont cessé le travail pour protester contre la "
            "réforme des horaires.",
            "Le musée de la ville a rouvert ses portes après des travaux dans les salles du "
            "premier étage.",
        ),
    ],
)
def test_two_sentences_sharing_only_function_words_have_no_lexical_link(
    first: str, second: str
) -> None:
    from wiretrace.align import EXTEND_LEX_ONLY, Side, score_pairs
    from wiretrace.sentences import split

    a, b = Side(split(first, language="xx")), Side(split(second, language="xx"))
    assert not (a.english or b.english)
    # articles and prepositions are no evidence that one sentence was written from the other
    assert score_pairs(a, b).lex.max() < EXTEND_LEX_ONLY / 2


def test_chinese_and_japanese_words_are_character_bigrams() -> None:
    from wiretrace.align import tokens

    # no spaces between words: a whole clause is no token, its bigrams are
    assert tokens("杭州发放消费券，首批明日开抢") == [
        "杭州", "州发", "发放", "放消", "消费", "费券", "首批", "批明", "明日", "日开", "开抢",
    ]  # fmt: skip
    assert tokens("4月9日 Hangzhou 市") == ["4", "月", "9", "日", "hangzhou", "市"]
    assert tokens("The mayor said 42 words.") == ["the", "mayor", "said", "42", "words"]


def test_tokens_are_a_fresh_list_each_time() -> None:
    from wiretrace.align import tokens

    # tokens are cached per text: a caller changing its list must not change the next's
    first = tokens("Rates rose again.")
    first.append("sharply")
    assert tokens("Rates rose again.") == ["rates", "rose", "again"]


def test_indic_words_keep_their_vowel_signs() -> None:
    from wiretrace.align import tokens

    # "\\w" matches neither a vowel sign nor a virama: without them every Hindi word fell
    # apart into consonant fragments
    assert tokens("मोदी ने कहा कि सरकार किसानों की मदद करेगी।") == [
        "मोदी", "ने", "कहा", "कि", "सरकार", "किसानों", "की", "मदद", "करेगी",
    ]  # fmt: skip


def test_thai_words_keep_their_marks_and_are_read_four_characters_a_token() -> None:
    from wiretrace.align import tokens

    toks = tokens("กรุงเทพมหานคร ฝนตกหนัก 120 มม.")
    assert "กรุง" in toks and "หนัก" in toks  # the vowel and tone marks stay in
    assert all(len(t) <= 4 for t in toks if t[0] > "\u0e00") and "120" in toks


def test_a_source_sentence_held_inside_a_longer_sentence_is_aligned(embedder: object) -> None:
    # A part copy (a club's preview) takes one sentence of the transfer story whole inside
    # a longer sentence of its own, and changes its weekday (round 40). The pair's word
    # overlap is under the anchor bar, as the copy sentence runs on, but nearly all of the
    # source sentence is there: it is aligned, and the changed day is found.
    from wiretrace.compare import compare

    source = (
        "date 2023-08-24 City sign Moreno-Ruiz\n"
        "Moreno-Ruiz, who came through the youth system at Varna, passed a medical on Sunday. "
        "He will be available for Saturday's opening match against Port Wessel.\n"
        "The fee was not disclosed, but local media put it at about 4 million euros.\n"
        "City finished third last season and hope the signing will help them return to "
        "European competition."
    )
    copy = (
        "date 2023-08-25 Five questions before the season\n"
        "City fans have waited all summer for a new striker.\n"
        "The first test comes quickly for the new man. Moreno-Ruiz will be available for "
        "Sunday's opening match against Port Wessel, and the home crowd will expect to see "
        "him start.\n"
        "Port Wessel have beaten City twice in their last three meetings.\n"
        "The fee was not disclosed, but local media put it at about 4 million euros.\n"
        "City finished third last season and hope the signing will help them return to "
        "European competition."
    )
    # (with the model too, where the part-copy check that drops commentary must keep it)
    for c in (
        compare(source, copy, source="first", embeddings=False, quotes=False),
        compare(source, copy, source="first", embedder=embedder, quotes=False),  # type: ignore[arg-type]
    ):
        assert c.relation == "partial_reuse"
        held = next(a for a in c.alignments if 1 in a.source)
        assert "Sunday's opening match" in c.copy.sentences[held.copy[0]].text
        assert [(x.kind, x.source_text, x.copy_text) for x in c.changes] == [
            ("date", "Saturday", "Sunday")
        ]


def _scores(cos: np.ndarray) -> PairScores:  # type: ignore[type-arg]
    n, m = cos.shape
    return PairScores(lex=np.zeros((n, m)), content_inter=np.ones((n, m)), cos=cos)


def test_a_long_ordered_run_of_fair_partners_anchors_a_rewrite() -> None:
    # round 76: a question-and-answer rewrite whose statements each restate one sentence
    # of the story, in its order, at cosines of 0.62-0.70, with only two anchors
    n, m = 12, 10
    cos = np.full((n, m), 0.3)
    for i, j in [(0, 0), (2, 1), (3, 2), (5, 3), (6, 4), (7, 5), (9, 7), (11, 9)]:
        cos[i, j] = 0.65
    chain = _chain(_scores(cos), {}, cos.argmax(axis=1))
    assert chain == {0: 0, 2: 1, 3: 2, 5: 3, 6: 4, 7: 5, 9: 7, 11: 9}
    # ... the same fair partners out of order (an independent report's own plan) anchor
    # nothing, and neither does a run too short to tell
    plan = np.full((n, m), 0.3)
    for i, j in [(0, 7), (2, 2), (3, 9), (5, 0), (6, 5), (7, 1), (9, 8), (11, 3)]:
        plan[i, j] = 0.65
    assert _chain(_scores(plan), {}, plan.argmax(axis=1)) == {}
    short = np.full((n, m), 0.3)
    for i, j in [(0, 0), (2, 1), (3, 2)]:
        short[i, j] = 0.65
    assert _chain(_scores(short), {}, short.argmax(axis=1)) == {}
    # ... nor do partners under the bar
    assert _chain(_scores(cos - 0.1), {}, cos.argmax(axis=1)) == {}


def test_an_own_sentence_beside_a_whole_copy_is_no_half_of_a_split() -> None:
    # round 157: a consumer column's own lead ("If you bought groceries on Harbison's
    # website, take ten minutes today to check your statements") sits by the topic alone
    # near the story's lead, which the next sentence copies whole; grouped with it as a
    # split, its "ten minutes" and "today" were read as changes of the lead
    from wiretrace.align import Side, align
    from wiretrace.article import Sentence

    src = ["The chain said hackers may have taken card details.", "Stores were not hit.",
           "It hired a security firm."]  # fmt: skip
    cpy = ["If you shopped there, check your statements today.", *src]
    side = lambda texts: Side([Sentence(i, t, 0, len(t)) for i, t in enumerate(texts)])  # noqa: E731
    n, m = len(cpy), len(src)
    lex, cos = np.zeros((n, m)), np.full((n, m), 0.2)
    for j in range(m):
        lex[j + 1, j], cos[j + 1, j] = 0.9, 0.95
    lex[0, 0], cos[0, 0] = 0.07, 0.55
    scores = PairScores(lex=lex, content_inter=np.full((n, m), 2.0), cos=cos)
    got = [(a.copy, a.source) for a in align(side(cpy), side(src), scores)]
    assert got == [((1,), (0,)), ((2,), (1,)), ((3,), (2,))]
    # ... but a quote stays by the sentence, for the quote checks (round 132: an invented
    # quote beside the sentence it was made up to follow)
    quoted = ['"Check your statements today," said a consumer adviser.', *src]
    got = [(a.copy, a.source) for a in align(side(quoted), side(src), scores)]
    assert got[0] == ((0, 1), (0,))
    # ... and beside a sentence that holds only part of it, it is the other half
    lex[1, 0] = 0.3
    got = [(a.copy, a.source) for a in align(side(cpy), side(src), scores)]
    assert got[0] == ((0, 1), (0,))
