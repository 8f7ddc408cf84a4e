"""The reused regions wiretrace reports for passage alignment (PAN-13): tight, copied text only."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from wiretrace import baselines as bl
from wiretrace import evaluate as ev
from wiretrace import regions as rg
from wiretrace.article import Alignment, Sentence
from wiretrace.datasets import PassagePair, load, sample, stratified_split

OWN_1 = "Our town council met on a rainy Tuesday evening to talk about the roads. "
COPIED = (
    "The old harbour bridge was built in eighteen ninety two by a company from the north "
    "and it carried trams until the line closed after the second world war, when the "
    "city decided that buses were cheaper to run than the ageing cars on the steep hill"
)
OWN_2 = ". Nobody at the meeting could say when the repairs would finally begin."
PARAPHRASE = "People said the bridge is very old and the trams stopped long ago."


@dataclass
class _Doc:
    sentences: list[Sentence]


@dataclass
class _Cmp:
    copy: _Doc
    source: _Doc
    alignments: list[Alignment]


def _sentences(text: str, cuts: list[str]) -> list[Sentence]:
    out, pos = [], 0
    for i, piece in enumerate(cuts):
        start = text.index(piece, pos)
        out.append(Sentence(i, piece, start, start + len(piece)))
        pos = start + len(piece)
    return out


def test_region_is_trimmed_to_the_copied_words() -> None:
    assert len(COPIED) >= rg.REGION_MIN
    # The copy's middle sentence joins its own opening words to a source passage; the
    # region must start where the copied words start, not at the sentence start.
    lead = "As the mayor reminded everyone, "
    copy_text = OWN_1 + lead + COPIED + OWN_2
    copy = _sentences(copy_text, [OWN_1.strip(), lead + COPIED + ".", OWN_2[2:]])
    src_text = "Some history first. " + COPIED + ". More history follows here."
    source = _sentences(
        src_text, ["Some history first.", COPIED + ".", "More history follows here."]
    )
    cmp = _Cmp(_Doc(copy), _Doc(source), [Alignment((1,), (1,), "light_edit", 0.9)])
    regions = rg.reused_regions(cmp)
    assert len(regions) == 1
    start, end = regions[0]
    expected = copy_text.index(COPIED)
    assert abs(start - expected) <= 2 and abs(end - (expected + len(COPIED))) <= 2


def test_alignment_in_meaning_only_gives_no_region() -> None:
    copy = _sentences(OWN_1 + PARAPHRASE, [OWN_1.strip(), PARAPHRASE])
    source = _sentences(COPIED + ".", [COPIED + "."])
    cmp = _Cmp(_Doc(copy), _Doc(source), [Alignment((1,), (0,), "paraphrase", 0.8)])
    assert rg.reused_regions(cmp) == []


# -- on the real corpus (slow; skipped when ../shared/eval is absent) ------------------------------

REAL_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"
# Held-out pairs scored (WIRETRACE_GATE_PAN13_LIMIT), a seeded sample of the held-out half.
PAN13_GATE_LIMIT = int(os.environ.get("WIRETRACE_GATE_PAN13_LIMIT", "12"))
PAN13_GATE_F1 = 0.90  # measured: 1.000 at the default 12 pairs (17 passages); 60 pairs: 0.968


@pytest.mark.slow
@pytest.mark.skipif(not (REAL_DATA / "pan13-verbatim").is_dir(), reason="no PAN-13 data")
def test_pan13_regions_gate(embedder: object) -> None:
    from wiretrace.compare import compare

    loaded = load("pan13-verbatim", REAL_DATA)
    _, held = stratified_split(loaded.train, key=lambda x: 0)
    rows: list[PassagePair] = sample(held, PAN13_GATE_LIMIT)  # type: ignore[arg-type]

    def run(a: object, b: object, **kw: object) -> object:
        return compare(a, b, embedder=embedder, quotes=False, facts=False, **kw)  # type: ignore[arg-type]

    counts = [
        bl.passage_counts(
            ev.wiretrace_regions(run, x),
            [(s.this_offset, s.this_offset + s.this_length) for s in x.spans],
        )
        for x in rows
    ]
    m = bl.passage_metrics(np.array(counts))
    assert m["f1"] >= PAN13_GATE_F1, m
