"""One pair, end to end: the only module that knows the order of the pair pipeline.

    load both -> features per article -> score sentence pairs -> align both ways
    -> direction (which one is the source) -> relation verdict -> quotes -> facts

Everything that works on a corpus (the embedded store, the Spark engine) calls
:func:`compare_articles` rather than re-implementing any of it.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import types
from pathlib import Path
from typing import Any

from .align import EXTEND_LEX_ONLY, Side, align, embed_sides, holds, score_pairs
from .article import (
    DERIVED_RELATIONS,
    UNCHANGED_QUOTES,
    Alignment,
    Article,
    Comparison,
    Quote,
    Verdict,
)
from .credits import RIVAL_AGENCIES_CONFIDENCE, credited_source, rival_agencies
from .direction import Edits, SourceChoice, article_name, direction, opening, press_release
from .embed import Embedder, default_embedder
from .errors import InputError
from .factcased import name_changes
from .factdigits import figure_changes
from .factlocale import clock_changes
from .factmarkers import marker_changes
from .factslots import slot_changes, slot_figures
from .language import is_english
from .quotespeakers import renamed_speakers, speaker_change_once
from .relation import decide, features, is_filler
from .restate import commentary, covered, padded_rewrite, pair_prob
from .translation import TRANSLATION_MIN_ORDER, anchor_pairs
from .wordsverdict import SAME_EVENT_MAX_DAYS

MAX_SENTENCES = 5000  # per article; docs/method.md: beyond this, use `add` + `trace`
CREDIT_CONFIDENCE = 0.65  # a credit is explicit, but the wording was not matched
MAX_CHARS = 1_000_000  # checked before reading: a million characters is no single article


def _load(x: Path | str | Article) -> Article:
    from .ingest import load_article

    size = (
        x.stat().st_size
        if isinstance(x, Path) and x.is_file()
        else len(x)
        if isinstance(x, str)
        else 0
    )
    if size > MAX_CHARS:
        name = str(x) if isinstance(x, Path) else "<text>"
        raise InputError(
            name,
            f"{size:,} bytes is over the compare limit of {MAX_CHARS:,} for one article",
            hint="split it into articles (JSONL, one per line), or use `wiretrace add` and `wiretrace trace`",
        )
    return load_article(x)


def _sides(
    a: Article, b: Article, *, use_embeddings: bool, embedder: Embedder | None
) -> tuple[Side, Side]:
    for art in (a, b):
        if len(art.sentences) > MAX_SENTENCES:
            raise InputError(
                art.path or art.id,
                f"{len(art.sentences)} sentences is over the compare limit of {MAX_SENTENCES}",
                hint="split the file into articles, or use `wiretrace add` and `wiretrace trace` for corpora",
            )
    sa, sb = Side(a.sentences), Side(b.sentences)
    if use_embeddings and is_english(a.sentences) and is_english(b.sentences):
        embed_sides(embedder or default_embedder(), sa, sb)
    return sa, sb


def _credited(a: Article, b: Article, source: SourceChoice) -> tuple[bool, str] | None:
    """(a is the copy, the credit) when one of the two credits the other's agency or outlet
    for its material and nothing says otherwise: the other credits back, the user chose
    the other order, or the crediting one is the older."""
    by_a, by_b = credited_source(a, b), credited_source(b, a)
    if (by_a is None) == (by_b is None):
        return None
    a_copies = by_a is not None
    if source != "auto" and (source == "first") != a_copies:
        return None
    older, newer = (a, b) if a_copies else (b, a)
    if older.when and newer.when and older.when < newer.when:
        return None
    return a_copies, by_a or by_b or ""


def _credited_verdict(src: Article, cp: Article, feats: dict[str, float]) -> Verdict:
    """An article that tells the other's event and names the other's agency as its source
    took its facts from it, however freely it words them (round 62: an aggregator's
    summary, 5% of it aligned, under "Source: Cressaly Press Agency"). No longer than its
    source, it retells it; longer, it adds material of its own."""
    if len(cp.text) <= len(src.text):
        return Verdict(
            "paraphrase",
            CREDIT_CONFIDENCE,
            feats,
            "the copy retells the source and credits its agency",
        )
    return Verdict(
        "partial_reuse",
        CREDIT_CONFIDENCE,
        feats,
        "the copy credits the source's agency for part of its material, the rest is its own",
    )


def _extra(feats: dict[str, float]) -> dict[str, float]:
    """The pair-level features that do not depend on the orientation."""
    return {k: v for k, v in feats.items() if k == "days_apart"}


def compare_articles(
    a: Article,
    b: Article,
    *,
    source: SourceChoice = "auto",
    embeddings: bool = True,
    embedder: Embedder | None = None,
    quotes: bool = True,
    facts: bool = True,
) -> Comparison:
    """Compare two prepared articles (see :func:`compare` for the options)."""
    sa, sb = _sides(a, b, use_embeddings=embeddings, embedder=embedder)
    # Align both ways: the direction is read from the asymmetry, and the verdict does not
    # depend on the order in which the user named the files.
    scores_ab = score_pairs(sa, sb)  # a as copy of b
    al_ab = align(sa, sb, scores_ab)
    scores_ba = score_pairs(sb, sa)
    al_ba = align(sb, sa, scores_ba)
    f_ab = features(sa, sb, al_ab, scores_ab)
    f_ba = features(sb, sa, al_ba, scores_ba)
    # a story written from a press release takes its figures from it (relation.decide)
    f_ab["source_release"] = float(press_release(b))
    f_ba["source_release"] = float(press_release(a))
    words_only = not (sa.english and sb.english)
    anchored = anchor_pairs(b.sentences, a.sentences) if words_only else None  # b as copy
    if anchored is not None:  # names and figures in order, the evidence no language hides
        for f in (f_ab, f_ba):
            f.update(anchor_order=anchored.order, anchored_sentences=float(anchored.sentences))
    # Mostly rewritten rather than copied, whichever way round: decides how length reads.
    rewritten = all(
        f["paraphrase_share"] > f["verbatim_share"] + f["light_edit_share"] for f in (f_ab, f_ba)
    )

    def edits() -> tuple[Edits, Edits]:  # with a as the source, with b as the source
        return _edits(a, b, al_ba), _edits(b, a, al_ab)

    a_is_source, evidence = direction(
        a,
        b,
        _without_filler(f_ab["copy_derived"], sa),
        _without_filler(f_ba["copy_derived"], sb),
        source,
        rewritten=rewritten,
        edits=edits if sa.english and sb.english else None,
        openings=(opening(a, al_ab), opening(b, al_ba)),
    )
    if a_is_source:
        src, cp, alignments, feats = a, b, al_ba, f_ba
    else:
        src, cp, alignments, feats = b, a, al_ab, f_ab
    if a.when and b.when:  # reports of one event are written within days of each other
        feats["days_apart"] = float(abs((a.when - b.when).days))
    # the sentence-pair model reads English, and only where the embeddings were used
    judge = sa.vecs is not None and sb.vecs is not None and not words_only
    device = embedder.device if embedder is not None else "cpu"

    def verdict_of(s: Article, c: Article, als: list[Alignment], f: dict[str, float]) -> Verdict:
        prob = pair_prob(s, c, als, device) if judge else None
        return decide(f, words_only=words_only, pair_prob=prob)

    verdict = verdict_of(src, cp, alignments, feats)
    if judge and verdict.relation == "paraphrase":
        verdict, alignments, feats = commentary(src, cp, alignments, feats, verdict, device)
    # A part copy is a longer piece holding part of its source, so containment (the copy's
    # material is inside the source) reads it backwards: the shorter text is mostly inside
    # the longer one. Read the other way round when that is a part copy too. (Not when
    # length decided: a short piece taking part of a long one is a part copy as well,
    # tests/data/corpus b3.)
    by_containment = evidence[0].startswith("containment:")
    if verdict.relation == "partial_reuse" and by_containment and len(src.text) > len(cp.text):
        o_src, o_cp, o_al, o_f = (b, a, al_ab, f_ab) if a_is_source else (a, b, al_ba, f_ba)
        o_f = {**o_f, **_extra(feats)}
        turned = verdict_of(o_src, o_cp, o_al, o_f)
        if turned.relation == "partial_reuse":
            src, cp, alignments, feats, verdict = o_src, o_cp, o_al, o_f, turned
            evidence = [
                f"part copy: {article_name(cp)} is the longer text and holds part of "
                f"{article_name(src)}, as a partial reuse does ({evidence[0]})"
            ]
    if verdict.relation == "unrelated":
        # Whether two texts report one event does not depend on which is read as the
        # copy: a long feature retelling a few of a short story's sentences dilutes its
        # own overlap, not the story's (round 87: 0.19 of the feature, 0.39 of the story)
        o_src, o_cp, o_al, o_f = (b, a, al_ab, f_ab) if src is a else (a, b, al_ba, f_ba)
        other = verdict_of(o_src, o_cp, o_al, {**o_f, **_extra(feats)})
        if other.relation == "same_event":
            verdict = other
    if judge and (verdict.relation == "same_event" or verdict.at_length):
        verdict = padded_rewrite(
            verdict,
            verdict_of(*(b, a, al_ab, f_ab) if src is a else (a, b, al_ba, f_ba)),
            feats,
        )
    rivals = rival_agencies(a, b)
    if rivals and verdict.relation == "paraphrase" and sa.english and sb.english:
        # An agency does not rewrite a rival's story under its own dateline: on our 221
        # labelled pairs, the 14 whose datelines name two agencies are all independent
        # reports (or other events), and the rewrite test cannot see it when both retell
        # one press conference in its order (docs/evaluation.md, round 13).
        verdict = Verdict(
            "same_event",
            RIVAL_AGENCIES_CONFIDENCE,
            feats,
            f"each carries its own agency's dateline ({rivals[0]}; {rivals[1]}): two "
            "agencies' own reports of the event",
        )
    cross = sa.english != sb.english  # English and another language: words cannot meet
    if cross and anchored is not None:
        one_event = feats.get("days_apart", 0.0) <= SAME_EVENT_MAX_DAYS
        if anchored.translated and one_event and verdict.relation != "verbatim":
            pairs = [(i, j, w) if cp is b else (j, i, w) for i, j, w in anchored.pairs]
            alignments = [Alignment((i,), (j,), "paraphrase", round(w, 3)) for i, j, w in pairs]
            feats.update(covered(cp, src, alignments))
            verdict = Verdict(
                "paraphrase",
                min(0.9, 0.5 + 2 * (anchored.order - TRANSLATION_MIN_ORDER) + 0.1),
                feats,
                f"a translation: {len(pairs)} of its sentences follow the other's one by "
                "one, in order, with the same names and figures",
            )
    if verdict.relation == "same_event" and sa.english and sb.english:
        credited = _credited(a, b, source)
        if credited is not None:
            a_copies, credit = credited
            src, cp, alignments, feats = (
                (b, a, al_ab, {**f_ab, **_extra(feats)})
                if a_copies
                else (a, b, al_ba, {**f_ba, **_extra(feats)})
            )
            verdict = _credited_verdict(src, cp, feats)
            evidence = [
                f"credit: {article_name(cp)} names {article_name(src)}'s agency as its source ({credit})"
            ]
    if verdict.relation not in DERIVED_RELATIONS and source == "auto":
        # Neither is the other's source, so no direction was found: the roles are filled
        # in the order the user gave, as the schema says (docs/schema.md).
        evidence = ["not derived: the two articles are shown in the order given"]
        if src is not a:
            src, cp, alignments, feats = a, b, al_ba, {**f_ba, **_extra(feats)}
    evidence.append(f"relation: {verdict.reason}")
    aligned_c = {i for al in alignments for i in al.copy}
    aligned_s = {j for al in alignments for j in al.source}
    cmp = Comparison(
        relation=verdict.relation,
        confidence=verdict.confidence,
        direction_evidence=evidence,
        source=src,
        copy=cp,
        alignments=alignments,
        unaligned_copy=[i for i in range(len(cp.sentences)) if i not in aligned_c],
        unaligned_source=[j for j in range(len(src.sentences)) if j not in aligned_s],
        coverage={"copy_derived": feats["copy_derived"], "source_used": feats["source_used"]},
        features=feats,
    )
    # What a copy changed is only a question for a copy: an independent report words its
    # quotes and facts its own way, and listing those differences as edits would accuse it.
    if alignments and (quotes or facts) and cmp.derived:
        # the fact checks read English (names, titles, dates, cue verbs), other languages
        # get the figures in digits; quote marks and the words inside them can be
        # compared in any language (not across languages: a translated quote is no
        # altered one, nor a figure written in the other language's words)
        _analyze_changes(
            cmp,
            quotes=quotes and not cross,
            facts=facts and not cross,
            english=sa.english and sb.english,
        )
        n_edits = len(cmp.changes) + sum(q.status not in UNCHANGED_QUOTES for q in cmp.quotes)
        if cmp.relation == "verbatim" and n_edits:
            # A copy word for word but for a few words that change what it says is edited:
            # "jihadists" -> "terrorists" is a light edit (round 96: a partisan copy, three
            # words changed in a long story, had been called verbatim)
            cmp.relation = "light_edit"
            cmp.direction_evidence[-1] = (
                f"relation: copied word for word but for {n_edits} edit(s) that change what it says"
            )
    return cmp


def _without_filler(derived: float, side: Side) -> float:
    """The share of a text derived from the other, counting none of its filler lines:
    an AI rewrite's "Here's what we know" is not material its source lacks."""
    total = float(side.lengths.sum()) if side.sentences else 0.0
    filler = sum(side.lengths[i] for i, s in enumerate(side.sentences) if is_filler(s.text))
    return min(1.0, derived * total / (total - filler)) if total > filler else derived


def _edits(source: Article, copy: Article, alignments: list[Alignment]) -> Edits:
    """What ``copy`` did to the claims of ``source``: hedges and credits dropped, loaded
    terms brought in."""
    from . import facts as facts_mod
    from .factwording import spin

    changes = facts_mod.analyze(source, copy, alignments, hedges_added=False) if alignments else []
    return Edits(
        hardened=sum(1 for c in changes if c.kind in ("hedge", "attribution")),
        loaded_in=sum(1 for c in changes if spin(c) > 0),
        loaded_out=sum(1 for c in changes if spin(c) < 0),
    )


# A part copy's sentence paired with a source sentence only this loosely is its own
# material near the borrowed one: "'The school is the village,' said Jess Marlow, whose
# two daughters ... are among Holloway St Jude's 23 pupils" beside "Holloway St Jude has
# 23 pupils and Ashby Parva 18" (0.73, round 133); a borrowed sentence reworded scores 0.9
# and up. What such a sentence adds (a name, a figure, a quote) is no change.
LOOSE_PART_SCORE = 0.75


def _loose_part(cmp: Comparison) -> set[int]:
    return {
        i
        for al in cmp.alignments
        if al.kind == "paraphrase" and al.score < LOOSE_PART_SCORE
        for i in al.copy
    }


def _held_part(cmp: Comparison) -> set[int]:
    """Copy sentences of loose pairs that hold their source sentence nearly whole ("will
    be available for Sunday's opening match" inside a sentence of the copy's own): there,
    what the copy replaced is an edit of the source's words."""
    out: set[int] = set()
    for al in cmp.alignments:
        c_text = " ".join(cmp.copy.sentences[i].text for i in al.copy)
        if any(holds(c_text, cmp.source.sentences[j].text) for j in al.source):
            out.update(al.copy)
    return out


def _own_quote(q: Quote, cmp: Comparison, outside: set[int]) -> Quote:
    """A partial copy's own reporting quotes its own interviews (rounds 110, 115-116: a
    feature around three reused paragraphs, with its own people). A quote ``outside`` the
    passages it took (unaligned, or paired only loosely) is the copy's own unless it is
    credited to a person the source has speak, whose quote stays ``not_in_source``, as an
    invented one would be."""
    if q.status not in ("not_in_source", "from_reported_speech") or q.copy_sentence not in outside:
        return q
    # (a name's last word: "one team director who asked not" names no one, round 127)
    surname = q.speaker.split()[-1] if q.speaker else ""
    surname = surname if surname[:1].isupper() else ""
    # a loose pair's reported speech is the source's only when it is the source's
    # speaker's: '"If the checkout never sees your card ...," said Marisol Grant of a
    # consumer group' beside the retailer's statement is the copy's interview (round 157)
    if q.status == "from_reported_speech" and (
        not surname or re.search(rf"\b{re.escape(surname)}\b", cmp.source.text)
    ):
        return q
    # ... and one the source has speak: a person it only mentions ("the runner-up, Mette
    # Aaland, will be awarded the title") the copy may have interviewed itself (round 127)
    if surname and _speaks(surname, cmp.source.text):
        note = "outside the passages the copy took, but credited to a person the source quotes"
        return dataclasses.replace(q, note=note)
    note = "the copy's own reporting, outside the passages it took"
    return dataclasses.replace(q, status="own_reporting", note=note)


def _speaks(surname: str, text: str) -> bool:
    """``text`` gives ``surname`` a speech verb: "Lindahl said", "Per Lindahl, who chairs
    the league, told", "said coach Lindahl"."""
    name = re.escape(surname)
    return (
        re.search(rf"\b{name}\b(?:['’]s)?(?:,[^,.]{{0,80}},)?\s+(?:has\s+|had\s+)?{_SPEECH}", text)
        is not None
        or re.search(rf"\b{_SPEECH}\s+(?:[\w'’-]+\s+){{0,4}}{name}\b", text) is not None
    )


_SPEECH = (
    r"(?:said|says|told|tells|added|adds|argued|warned|explained|wrote|insisted|stressed"
    r"|noted|asked|replied|urged|acknowledged|admitted|conceded)\b"
)


def _analyze_changes(cmp: Comparison, *, quotes: bool, facts: bool, english: bool) -> None:
    try:
        from . import facts as facts_mod
        from . import quotes as quotes_mod
    except ImportError:  # pragma: no cover - both ship with the package
        return
    part = cmp.relation == "partial_reuse"
    loose = _loose_part(cmp) if part else set()
    if quotes and hasattr(quotes_mod, "analyze"):
        cmp.quotes, cmp.dropped_quotes = quotes_mod.analyze(cmp.source, cmp.copy, cmp.alignments)
        if part:
            outside = set(cmp.unaligned_copy) | loose
            cmp.quotes = [_own_quote(q, cmp, outside) for q in cmp.quotes]
    if facts and english and hasattr(facts_mod, "analyze"):
        cmp.changes = facts_mod.analyze(cmp.source, cmp.copy, cmp.alignments)
        cmp.quotes = renamed_speakers(cmp.quotes, cmp.changes, cmp.source, cmp.copy)
        cmp.changes = speaker_change_once(cmp.quotes, cmp.changes)
        # A loose pair of a part copy is mostly two statements on one topic ("inflation
        # had fallen to 4.6% in February" beside the source's "a peak of 11.8% ... 5.1% in
        # January", round 180): read only where the copy sentence holds the source's
        # ("Sunday's opening match" for "Saturday's", tests/test_align.py) ...
        # (a title stays read: the person it is given to ties the two sentences, "Labour
        # and Social Affairs Minister Henrik Solvang said" -> "Finance Minister Henrik
        # Solvang defended the reform", round 98)
        free = loose - _held_part(cmp) if loose else set()
        cmp.changes = [c for c in cmp.changes if c.copy_sentence not in free or c.kind == "title"]
        # ... and, in those and the unaligned ones, a clause taken into a sentence of the
        # copy's own: a figure, a credit or a date changed between the same words
        cmp.changes += slot_changes(cmp.source, cmp.copy, [*cmp.unaligned_copy, *sorted(free)])
        if part:
            # a figure a part copy adds to a sentence it retold is its own reporting, as
            # its own quotes are ("the saving would be closer to 570 marek" after the
            # poll's forecast, round 180), and so is a year it adds ("remains from
            # shipwrecks in 2023", round 188); a figure it replaced is still read
            retold = {i for al in cmp.alignments if al.kind == "paraphrase" for i in al.copy}
            cmp.changes = [
                c
                for c in cmp.changes
                if c.kind not in ("number", "date")
                or c.source_text
                or c.copy_sentence not in retold
            ]
    elif facts:  # another language: the figures, which every language writes in digits
        # (its pairs are scored by words alone, a rewritten sentence's as low as 0.2, the
        # bar the alignment itself sets; a part copy's pairs are anchors, 0.4 and up)
        cmp.changes = figure_changes(
            cmp.source, cmp.copy, cmp.alignments, min_score=EXTEND_LEX_ONLY
        ) + name_changes(cmp.source, cmp.copy, cmp.alignments, min_score=EXTEND_LEX_ONLY)
        cmp.changes += marker_changes(
            cmp.source, cmp.copy, cmp.alignments, min_score=EXTEND_LEX_ONLY
        ) + clock_changes(cmp.source, cmp.copy, cmp.alignments, min_score=EXTEND_LEX_ONLY)
        cmp.changes += slot_figures(cmp.source, cmp.copy, cmp.unaligned_copy)


def compare(
    a: Path | str | Article,
    b: Path | str | Article,
    *,
    source: SourceChoice = "auto",
    embeddings: bool = True,
    device: str = "cpu",
    embedder: Embedder | None = None,
    quotes: bool = True,
    facts: bool = True,
) -> Comparison:
    """Compare two articles: is one derived from the other, which is the source, how, and
    which sentence came from which.

    ``a`` and ``b`` are files (:class:`pathlib.Path`), article texts (``str``, the record
    format ``" date YYYY-MM-DD Title"`` header allowed) or :class:`Article` objects.
    ``source`` fixes the order ("first"/"second"); by default it is decided from dates,
    then from content. ``embeddings=False`` uses lexical evidence only (no model load).
    """
    art_a, art_b = _load(a), _load(b)
    if embedder is None and embeddings:
        embedder = default_embedder(device)
    return compare_articles(
        art_a,
        art_b,
        source=source,
        embeddings=embeddings,
        embedder=embedder,
        quotes=quotes,
        facts=facts,
    )


class _CallableModule(types.ModuleType):
    """Importing this module (``from wiretrace.compare import compare_articles``) makes
    Python bind it as the package's ``compare`` attribute, over the function of the same
    name that ``wiretrace.compare(a, b)`` means; so calling the module calls it."""

    def __call__(self, *args: Any, **kwargs: Any) -> Comparison:
        return compare(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
