"""Quote finding, speaker attribution and quote status against a source."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wiretrace import quotes
from wiretrace.article import Alignment, Article, Quote, Sentence
from wiretrace.sentences import split

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


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


def test_apostrophes_are_not_quotes() -> None:
    text = (
        "Militants of Jama'at Nusrat al-Islam wal-Muslimin kept up the militants' blockade "
        "during BAMEX'25, officials said."
    )
    assert quotes.find_quotes(art(text).sentences) == []


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


def test_quote_across_sentences_and_pronoun_speaker() -> None:
    texts = [
        "Finance Minister Kofi Mensah spoke after the vote.",
        '"We have done what we promised.',
        'The rest is up to parliament," he said.',
    ]
    sents = [Sentence(i, t, 0, len(t)) for i, t in enumerate(texts)]
    qs = quotes.find_quotes(sents)
    assert len(qs) == 1
    q = qs[0]
    assert q.sentence < q.end_sentence
    assert q.text.startswith("We have done") and q.text.endswith("parliament,")
    assert q.speaker == "Kofi Mensah"


def test_said_the_minister_and_told_reporters() -> None:
    a = art('"It is over," said Sultan Reza. "We will stay," Diop told reporters.')
    assert [q.speaker for q in quotes.find_quotes(a.sentences)] == ["Sultan Reza", "Diop"]


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


def test_dropped_quotes() -> None:
    s = art('The talks failed. "We are disappointed," said envoy Lars Berg.', "s")
    c = art("The talks failed.", "c")
    _, dropped = quotes.analyze(s, c, [Alignment((0,), (0,), "verbatim", 1.0)])
    assert dropped == [
        {"source_sentence": 1, "text": "We are disappointed,", "speaker": "Lars Berg"}
    ]


def seed_articles() -> tuple[Article, Article]:
    raw = (SEEDS / "001_721b3f7cb70b4bea.txt").read_text(encoding="utf-8")
    body = raw[raw.index("Mali's foreign minister has dismissed") :]  # after header and debris
    copy = (SEEDS / "000_dc7f78b33d96b985.txt").read_text(encoding="utf-8")
    return art(body, "001"), art(copy, "000")


def find(a: Article, needle: str) -> int:
    return next(s.i for s in a.sentences if needle in s.text)


def seed_alignments(s: Article, c: Article) -> list[Alignment]:
    pairs = [
        ("We are very far", "We are very far"),
        ("not at all in that", "not at all in that"),
        ("wake up from their dreams", "wake up from their dreams"),
        ("We respect the choice", "the choice of certain countries"),
        ("poor understanding", "poor understanding"),
        ("relations between Bamako", "relations with the U.S."),
        ("Jama'at Nusrat", "dismissed as implausible"),
    ]
    return [Alignment((find(c, a),), (find(s, b),), "paraphrase", 0.8) for a, b in pairs]


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seeds absent")
def test_seed_rewrite_quotes() -> None:
    s, c = seed_articles()
    got, dropped = quotes.analyze(s, c, seed_alignments(s, c))
    by = {q.text[:20]: q for q in got}
    assert by["We are very far from"].status == "altered"
    assert any(
        o["op"] == "delete" and o["source"] == "to you" for o in by["We are very far from"].diff
    )
    assert by["We are not at all in"].status == "altered"
    assert {"op": "replace", "source": "scenario", "copy": "situation"} in by[
        "We are not at all in"
    ].diff
    assert by["We respect the choic"].status == "from_reported_speech"
    assert by["a poor understanding"].status == "from_reported_speech"
    wake = by["Those making such pr"]
    assert wake.status == "from_reported_speech"  # never "altered"
    assert "Those making such predictions" in wake.note
    assert all(q.speaker == "Diop" for q in got)
    assert {d["text"] for d in dropped} == {"no match"}
