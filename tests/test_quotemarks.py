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
