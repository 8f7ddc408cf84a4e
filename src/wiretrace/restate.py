"""Second readings of a verdict, by the sentence-pair model: does a copy restate its
source sentence by sentence (``pair_prob``, ``restatement``), is a "rewrite" a part copy
that comments on what it quotes (``commentary``), is an "independent report" a rewrite
padded with headings read the wrong way round (``padded_rewrite``); and the coverage of
alignments chosen after the features were read (``covered``). Split from compare.py,
which calls them in that order."""

from __future__ import annotations

from collections.abc import Callable

from .align import holds
from .article import Alignment, Article, Verdict
from .relation import is_filler

# A content farm pads its rewrite with headings, a list of takeaways, questions and
# answers and a conclusion, each restating the story again: read as the copy, its padding
# pulls the mean cosine and the order down to an independent report's (round 71: four
# AI-style rewrites of wire stories, 35-44 sentences against 17-21). Read the other way
# round, the wire's sentences each find their rewrite, in order: a whole paraphrase. An
# independent report does not follow the other's plan sentence by sentence (on rounds
# 27-71, the two that read as paraphrases the other way round had order 0.77 and 0.80).
PADDED_MIN_ORDER = 0.9


def padded_rewrite(verdict: Verdict, turned: Verdict, feats: dict[str, float]) -> Verdict:
    """``verdict`` (an independent report, or a longer piece that retells most of the
    source, read with the chosen source), or a paraphrase when the other reading
    (``turned``) finds one, in order."""
    if turned.relation != "paraphrase" or turned.features["order"] < PADDED_MIN_ORDER:
        return verdict
    return Verdict(
        "paraphrase",
        turned.confidence,
        feats,
        "read the other way round, each of the source's sentences has its rewrite, in order: "
        "a rewrite padded with headings and summaries of its own",
    )


# A rewrite restates its source in the sentences it does not copy: their pair
# probability is 0.60-0.94 on our labelled rewrites that also copy some sentences word
# for word, while part copies that comment on the paragraphs they quote score 0.10-0.30
# there (docs/method.md, round 26).
COMMENTARY_MAX_PROB = 0.45
COMMENTARY_MIN_COPIED = 0.15  # verbatim and light-edit share of the copy


def commentary(
    src: Article,
    cp: Article,
    alignments: list[Alignment],
    feats: dict[str, float],
    verdict: Verdict,
    device: str,
) -> tuple[Verdict, list[Alignment], dict[str, float]]:
    """A "rewrite" that copies some paragraphs word for word and whose other aligned
    sentences do not restate their partners is a part copy with commentary (an opinion
    column quoting the story it argues with): those loose links are dropped."""
    if feats["verbatim_share"] + feats["light_edit_share"] < COMMENTARY_MIN_COPIED:
        return verdict, alignments, feats
    # (a sentence that holds its source sentence whole took it, whatever it adds)
    loose = [
        al
        for al in alignments
        if al.kind == "paraphrase"
        and not all(is_filler(cp.sentences[i].text) for i in al.copy)
        and not holds(_text(cp, al.copy), _text(src, al.source))
    ]
    if not loose:
        return verdict, alignments, feats
    probs, mean = restatement(src, cp, loose, device)
    if mean >= COMMENTARY_MAX_PROB:
        return verdict, alignments, feats
    gone = {id(al) for al, p in zip(loose, probs, strict=True) if p < 0.5}
    kept = [al for al in alignments if id(al) not in gone]
    feats = {**feats, **covered(cp, src, kept), "paraphrase_prob": float(mean)}
    reason = (
        f"part of the text is copied ({feats['copy_derived']:.0%} of it), and its other "
        f"sentences comment on the source rather than restate it (sentence-pair model "
        f"{mean:.2f})"
    )
    return Verdict("partial_reuse", verdict.confidence, feats, reason), kept, feats


def _text(art: Article, idx: tuple[int, ...]) -> str:
    return " ".join(art.sentences[i].text for i in idx)


def covered(copy: Article, source: Article, alignments: list[Alignment]) -> dict[str, float]:
    """Coverage of alignments chosen after the features were read (a translation's anchor
    pairs, a part copy's pairs without its commentary)."""

    def share(art: Article, idx: set[int]) -> float:
        total = sum(len(s.text) for s in art.sentences)
        return sum(len(art.sentences[i].text) for i in idx) / total if total else 0.0

    return {
        "copy_derived": share(copy, {i for al in alignments for i in al.copy}),
        "source_used": share(source, {j for al in alignments for j in al.source}),
    }


def pair_prob(
    source: Article, copy: Article, alignments: list[Alignment], device: str
) -> Callable[[], float]:
    """The mean paraphrase probability of the aligned pairs (filler left out), weighted by
    the copy side's length, by the sentence-pair model: computed when the verdict asks."""

    def prob() -> float:
        # filler says nothing, so it restates nothing: left out (a content farm's opening
        # and closing lines, aligned to whatever is nearest)
        said = [
            al for al in alignments if not all(is_filler(copy.sentences[i].text) for i in al.copy)
        ]
        return restatement(source, copy, said, device)[1] if said else 0.0

    return prob


def restatement(
    source: Article, copy: Article, alignments: list[Alignment], device: str
) -> tuple[list[float], float]:
    """The sentence-pair model's paraphrase probability of each alignment, and their mean
    weighted by the copy side's length."""
    from .pairmodel import PairModel
    from .paraphrase import sentence_pair_probabilities

    texts = [
        (
            " ".join(copy.sentences[i].text for i in al.copy),
            " ".join(source.sentences[j].text for j in al.source),
        )
        for al in alignments
    ]
    probs = [float(p) for p in sentence_pair_probabilities(texts, pair_model=PairModel(device))]
    weight = [len(c) for c, _ in texts]
    return probs, sum(p * w for p, w in zip(probs, weight, strict=True)) / sum(weight)
