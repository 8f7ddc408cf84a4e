"""Pairing quote marks: apostrophes, nested and single quotes, quotes across sentences."""

from __future__ import annotations

from wiretrace.article import Sentence
from wiretrace.quotemarks import inside_ranges, mark_spans, quoted_text


def sents(*texts: str) -> list[Sentence]:
    return [Sentence(i, t, 0, len(t)) for i, t in enumerate(texts)]


def test_apostrophes_are_not_quotes() -> None:
    s = sents(
        "Militants of Jama'at Nusrat al-Islam wal-Muslimin kept up the militants' blockade "
        "during BAMEX'25, officials said."
    )
    assert mark_spans(s) == []


def test_nested_single_quotes_belong_to_the_double_quote() -> None:
    s = sents("\"They call it 'a temporary measure', but it is not,\" said Minister Ana Ruiz.")
    spans = mark_spans(s)
    assert [quoted_text(s, sp) for sp in spans] == [
        "They call it 'a temporary measure', but it is not,"
    ]
    assert spans[0][4] == '"'


def test_top_level_single_quotes() -> None:
    s = sents("Rebels were 'no match' for the army, she added.")
    (span,) = mark_spans(s)
    assert quoted_text(s, span) == "no match" and span[4] == "'"


def test_quote_running_on_across_sentences_and_paragraphs() -> None:
    s = sents(
        '"We have done what we promised.',
        'The rest is up to parliament," he said.',
        '"We will not wait for ever.',  # left open at a paragraph end ...
        '"Nor will the farmers," he added.',  # ... closed when a new quote opens
    )
    spans = mark_spans(s)
    assert [(sp[0], sp[2]) for sp in spans] == [(0, 1), (2, 2), (3, 3)]
    assert (
        quoted_text(s, spans[0]) == "We have done what we promised. The rest is up to parliament,"
    )
    assert inside_ranges(spans, 1, len(s[1].text)) == [(0, s[1].text.index('"'))]


def test_a_stray_mark_does_not_swallow_the_article() -> None:
    s = sents('He said "no.', "One.", "Two.", "Three.", "Four.", "Five.")
    assert mark_spans(s) == []


def test_quoted_spans_in_double_and_paired_single_quotes() -> None:
    from wiretrace.quotemarks import QUOTED

    def strip(text: str) -> str:
        return QUOTED.sub("<q>", text)

    # British style: the quote is no narration of the sentence (round 43, where two
    # reports sharing a coastguard's single-quoted words read as a pasted sentence)
    assert strip("'The vessel is stable, nobody is in danger,' said Halima Brandt.") == (
        "<q> said Halima Brandt."
    )
    assert strip("'We don't know yet,' he said. 'Ask me tomorrow,' she added.") == (
        "<q> he said. <q> she added."
    )
    assert strip('He called it "a fair deal" on Monday.') == "He called it <q> on Monday."
    # apostrophes and possessives are no quote marks
    for text in ("The militants' blockade of Jama'at roads held.", "BAMEX'25 opens in May."):
        assert strip(text) == text


def test_a_shared_single_quoted_statement_is_no_pasted_narration() -> None:
    from wiretrace.compare import compare

    quote = "'The vessel is stable and nobody is in danger tonight,' said commander Halima Brandt."
    first = (
        "A ferry ran aground on a sandbank at the mouth of the estuary on Friday afternoon.\n"
        + quote
        + "\nPassengers were taken ashore by lifeboats over four hours."
    )
    second = (
        "More than 200 people spent the evening stranded after their ferry hit a sandbank.\n"
        + quote
        + "\nThe operator promised refunds and an inquiry into the grounding."
    )
    c = compare(first, second, embeddings=False, quotes=False, facts=False)
    assert c.features["copied_narration_sentences"] == 0.0
