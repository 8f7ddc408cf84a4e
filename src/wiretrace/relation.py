"""The relation verdict of a pair, from its sentence alignment.

The features (``evidence.features``) say how much of the copy is derived and *how*: the
share of copy text in aligned sentences, the share in each kind of pair, how much of the
derivation rests on strong (anchor-level) pairs, whether the aligned pairs keep the
document order, and how much narration (text outside quote marks) the two share. The
last two matter for the
hardest call, derived vs an independent report of the same event: independent reporters
share names, figures and even the same quotes, but rarely their narration, and their
sentences do not line up one after the other.
"""

from __future__ import annotations

from collections.abc import Callable

from .article import Verdict
from .eventverdict import confidence, decide_event
from .evidence import features, is_filler, shared_specifics, specifics
from .wordsverdict import (
    RETELL_MIN_SOURCE_SENTENCES,  # (the rule below says why)
    SAME_EVENT_MAX_DAYS,
    decide_lexical,
    english_kind,
)

__all__ = [
    "Verdict",
    "decide",
    "decide_lexical",
    "features",
    "is_filler",
    "shared_specifics",
    "specifics",
]


WHOLLY_DERIVED = 0.7  # copy_derived from which a copy is a whole rewrite of its source

# English (embeddings on). Fitted on the tuning half of Clough-Stevenson, checked on our
# news examples (docs/evaluation.md has the held-out figures).
PARAPHRASE_MIN_TRIGRAMS = 0.065  # narration trigram containment a paraphrase verdict needs
# ... or this much when its sentences' mean best cosine reaches PARAPHRASE_CLOSE_COS: AI
# content-farm rewrites change nearly every phrase (0.061-0.075) yet say the same thing
# (0.70-0.86); independent reports near 0.05-0.06 have mean best cosines <= 0.672.
PARAPHRASE_MIN_TRIGRAMS_CLOSE = 0.05
PARTIAL_MIN_TRIGRAMS = 0.1  # narration trigram containment (no names) a partial copy needs
OWN_REPORT_SPECIFICS = 1.0  # own names and figures per shared one of a report of its own
# ... which keeps at most a stock phrase close (part copies whose figure-free trigrams
# reach PARTIAL_MIN_TRIGRAMS: 0.037 and up on rounds 87-233; round 237's two bank-merger
# reports, one share-price line alike, 0.030 and, its photo caption removed, 0.031)
OWN_REPORT_MAX_CLOSE = 0.035
PARTIAL_MIN_COPIED_SENTENCES = 1  # narration sentences pasted word for word (evidence.py)
PASTED_MIN_RUN = 3  # sentences of a passage pasted whole, one of them narration
NEAR_WHOLE = 0.6  # copy_derived from which a part copy by shared phrasing is read as a whole
RELEASE_MIN_ANCHORS = 0.25  # a story's share anchored to a press release it follows
PARAPHRASE_CLOSE_COS = 0.70
# The mean best cosine any whole paraphrase needs, unless it shares this many narration
# trigrams: every rewrite we have, 0.679-0.861 (Clough-Stevenson tuning half >= 0.699);
# independent reports whose sentences align loosely, 0.632-0.672 (docs/method.md).
PARAPHRASE_MIN_COS = 0.66
PARAPHRASE_SURE_TRIGRAMS = 0.2
# A copy that retells nearly all of a source of some length in the source's own order is
# its rewrite even when padded with filler or loosely worded (round-7 content-farm
# rewrites: order 1.0, source used 0.96-0.98, mean best cosine 0.54-0.65); independent
# reports follow their own plan and leave out some of the other's material (ours: order
# 1.0 only with source used <= 0.76; used >= 0.9 only with order <= 0.82). The sentence-
# pair model must still read the pairs as restatements. 0.85 of the source used since
# round 82 (a padded rewrite of a local paper's edit, 0.87 used in order 0.93): on rounds
# 27-79, every independent report that reaches 0.85 in order is refused by the model or
# was read as a rewrite already; no verdict of those rounds moved.
RETELL_MIN_ORDER = 0.9
RETELL_MIN_USED = 0.85
# An explainer built from a story asks its own questions and answers each from the story,
# so its order is its questions', not the story's (round 67's d06 and round 85's p12,
# nine and eight question headings: order 0.79 and 0.89, 0.89 and 0.87 of the story
# used). Laid out as questions, the independent reports and other events of rounds 27-85
# use at most 0.45 of the other text.
QA_MIN_QUESTIONS = 4
QA_MIN_ORDER = 0.75
# A brief condenses its source: a copy of at most half the source's sentences, every one
# derived, in the source's order, several compressing two or more source sentences each
# (round 46's 170-word brief of an 800-word story, 5 of 8 pairs; round 49's, 4 of 10).
# The sentence-pair model reads a compressed sentence against its longer sources as
# another statement (0.49, 0.64), so it is asked for less. No independent report of
# rounds 27-49 keeps the order that strictly with three merged pairs (the closest:
# order 0.92, two merged; 0.93 and three merged, but as long as the other).
CONDENSED_MIN_DERIVED = 0.95
CONDENSED_MIN_ORDER = 0.95
CONDENSED_MIN_MERGED = 3
CONDENSED_MIN_MERGED_SHARE = 0.25
CONDENSED_MAX_LENGTH = 0.5  # copy sentences over source sentences
CONDENSED_MIN_PROB = 0.45
# Paraphrase or independent report, by the sentence-pair model (pairmodel.py) over the
# aligned pairs: logistic fit on our labelled English pairs (95 orientations with a whole
# copy's coverage; 5-fold CV accuracy 0.946, against 0.842 for the cosine and trigram
# rules alone), z = W_PROB * prob + W_COS * best_cos_mean + BIAS. It rescues a rewrite
# those rules refuse (z >= 0), and refuses one they accept whose pairs it mostly reads as
# different statements (prob < PAIR_MIN_PROB: every rewrite of ours that they accept
# scores 0.58 or more, the seed pair the least; independent reports they accepted one way
# round, nine orientations of seven pairs, 0.37-0.54).
PAIR_W_PROB = 11.46
PAIR_W_COS = 12.93
PAIR_BIAS = -15.81
PAIR_MIN_PROB = 0.5
PAIR_SKIP_COS = 0.75
# ... but a rescue needs something of the source's own: some of its phrasing or most of
# its names and figures. Two answers to one exam question, written apart, restate the same
# textbook facts in other words (Clough-Stevenson, student against student: narration
# trigrams 0.00-0.03, shared specifics 0.0-0.5, pair probability 0.65-0.69); every news
# rewrite of ours keeps 0.81+ of the names and figures.
RESCUE_MIN_TRIGRAMS = 0.03
RESCUE_MIN_SPECIFICS = 0.6
# A rewrite so heavy that hardly a phrase is left (round 93: narration trigrams 0.037 and
# 0.055, order 0.72 and 0.80) still says what its source says and nothing else: each
# covers 0.76-0.93 of the other, and the names and figures only one of them has are
# 0.29-0.38 of those both have. Two reporters each bring their own: on our English
# same-event pairs that cover each other that much, 0.67 (a trial, two reports), and
# those as bare of their own (0.33, two reports of a council meeting) cover 0.60 of each
# other at most.
MIRROR_MIN_COVERED = 0.75
MIRROR_MAX_OWN = 0.45
MIRROR_MIN_SHARED = 10
# ... and one that covers 0.85 of its source and brings almost nothing of its own needs no
# word from the sentence-pair model, which reads a sportswriter's rewording ("will take
# charge on an interim basis" -> "will step up as caretaker") as another statement (round
# 100: pair probability 0.39, own 0.27, covered 0.85). No independent report of rounds
# 87-100 that covers the other 0.7 or more brings less than 1.2 of its own.
MIRROR_SURE_COVERED = 0.85
MIRROR_SURE_OWN = 0.3
AT_LENGTH_MIN_RATIO = 1.5  # copy length over source length (the rule says why)
AT_LENGTH_MIN_USED = 0.7
# ... of a source of ten sentences or more: two Clough-Stevenson answers of 3-9 sentences
# restate one textbook's facts, and a longer one covers most of a shorter one without
# taking it (bench/eval_families.py: pairwise precision 0.952 -> 0.915 without this)
AT_LENGTH_MIN_SOURCE = 10
AT_LENGTH_REASON = "a longer piece of its own that retells most of the source in its own words"
# Further apart than SAME_EVENT_MAX_DAYS and sharing fewer specifics than this: one
# template filled in again (a quarterly report), not a copy (our rewrites: 0.68-1.0)
TEMPLATE_MAX_SPECIFICS = 0.6
# Narration pairs kept close, in a row in the source's order, that make a passage retold
CLOSE_RUN_MIN = 3
# A whole rewrite tells its source in its order and leaves little of it out; a second
# reporter's account of one briefing, as long as the first, tells it in another order,
# leaves a sixth or more out and shares little phrasing. Of the 396 pairs of rounds 87-207
# read as whole rewrites, 15 independent reports and no rewrite have all of these (the
# nearest rewrite used 0.88 of its source; a summary half its source's length, order
# 0.77; a Q&A rewrite, round 177, 0.29 of narration trigrams, the reports 0.06-0.20). In
# a five-sentence text the order is noise (Clough-Stevenson binary F1 0.966 -> 0.947).
SCRAMBLED_MAX_ORDER = 0.8
SCRAMBLED_MAX_USED = 0.86
SCRAMBLED_MIN_LENGTH = 0.75
SCRAMBLED_MIN_SENTENCES = 15
SCRAMBLED_MAX_TRIGRAMS = 0.22


def decide(
    f: dict[str, float],
    *,
    words_only: bool = False,
    pair_prob: Callable[[], float] | None = None,
) -> Verdict:
    """Rules over the features; thresholds measured in docs/method.md.

    ``words_only``: a language the embedding model does not read; the verdict then
    rests on the language-independent rules fitted on COUNTER. ``pair_prob``: the mean
    paraphrase probability of the aligned pairs (by the sentence-pair model, weighted by
    length), called only for a copy that may be a whole paraphrase; it is then recorded
    in ``f["pair_prob"]``.
    """
    if words_only:
        return decide_lexical(f)
    # filler lines (a content farm's intro, headings and sign-off) are no text of its own
    derived = max(f["copy_derived"], f.get("said_derived", 0.0))
    close = f["verbatim_share"] + f["light_edit_share"]
    anchors = f["anchor_share"]

    conf = confidence
    # Wholly derived: most of the copy has a partner. 0.7, not a simple majority, because
    # an independent report of the same press conference aligns its shared quotes and
    # shared facts too (tests/data/pairs/same_quotes_report.txt: 0.59, yet independent).
    tri = f.get("unnamed_trigram_containment", f["trigram_containment"])
    # The same template months apart (a company's quarterly results, a monthly index):
    # every sentence has a parallel, but half the names and figures differ. A rewrite
    # keeps them (ours: shared specifics 0.68-1.0).
    # Or a later report on the same people (a hearing a month after the first) whose
    # sentences match the earlier one's only loosely: there too only copied text counts
    # (a rewrite says what its source says: best cosines 0.68 and up on every one we have).
    another_time = f.get("days_apart", 0.0) > SAME_EVENT_MAX_DAYS and (
        f.get("shared_specifics", 1.0) < TEMPLATE_MAX_SPECIFICS
        or f.get("best_cos_mean", 1.0) < PARAPHRASE_MIN_COS
    )
    loose_whole, missed_by = another_time, 0.0
    refused = ""  # why the sentence-pair model refused a whole paraphrase
    if derived >= WHOLLY_DERIVED and anchors >= 0.25 and not another_time:
        rel, why = english_kind(f, derived)
        # A rewrite keeps some of the source's wording; sentences that match only in
        # meaning, with next to no shared narration, are an independent text on the same
        # subject (Clough-Stevenson tuning half: such `non` answers 0.02-0.05, every
        # derived answer >= 0.08; our news rewrites 0.07-0.28, independent reports mostly
        # <= 0.06). And a rewrite says what its source says sentence by sentence, so its
        # sentences' best cosines are high on average; an independent report that shares
        # the event's figures, charges and titles (and so some trigrams) says other things.
        cos = f.get("best_cos_mean", 1.0)
        need = (
            PARAPHRASE_MIN_TRIGRAMS_CLOSE
            if cos >= PARAPHRASE_CLOSE_COS
            else PARAPHRASE_MIN_TRIGRAMS
        )
        # (shared trigrams vouch for a loose rewording only where some narration is kept
        # close: two reports of one press conference share its quotes word for word and
        # reach 0.21 with none, rounds 222 and 236, where every rewrite of rounds 87-233
        # that passes on its trigrams alone keeps 0.13 of it or more)
        says_the_same = cos >= PARAPHRASE_MIN_COS or (
            tri >= PARAPHRASE_SURE_TRIGRAMS
            and f.get("close_narration_share", close) >= OWN_REPORT_MAX_CLOSE
        )
        retell_order = (
            QA_MIN_ORDER if f.get("question_heads", 0.0) >= QA_MIN_QUESTIONS else RETELL_MIN_ORDER
        )
        retells = (
            f["order"] >= retell_order
            and f["source_used"] >= RETELL_MIN_USED
            and f["n_source"] >= RETELL_MIN_SOURCE_SENTENCES
        )
        words_pass = tri >= need and says_the_same
        merged = f.get("merged_pairs", 0.0)
        condensed = (
            derived >= CONDENSED_MIN_DERIVED
            and f["order"] >= CONDENSED_MIN_ORDER
            and merged >= CONDENSED_MIN_MERGED
            and merged >= CONDENSED_MIN_MERGED_SHARE * f.get("aligned_pairs", merged)
            and f["n_copy"] <= CONDENSED_MAX_LENGTH * f["n_source"]
            and tri >= PARAPHRASE_MIN_TRIGRAMS
        )
        judged = False
        scrambled = (
            rel == "paraphrase"
            and f["order"] < SCRAMBLED_MAX_ORDER
            and f["source_used"] < SCRAMBLED_MAX_USED
            and f.get("length_ratio", 1.0) >= SCRAMBLED_MIN_LENGTH
            and min(f.get("n_copy", 0.0), f.get("n_source", 0.0)) >= SCRAMBLED_MIN_SENTENCES
            and f.get("unfigured_trigram_containment", tri) < SCRAMBLED_MAX_TRIGRAMS
        )
        if scrambled:
            loose_whole = True
            missed_by = min(SCRAMBLED_MAX_ORDER - f["order"], SCRAMBLED_MAX_USED - f["source_used"])
            refused = (
                "the two tell the same facts, each in its own order, and each leaves out "
                "what the other has"
            )
        # (not asked where those rules are sure: every rewrite of ours with a mean best
        # cosine of 0.75 or more scores 0.80+, and no independent report reaches 0.71)
        if (
            rel == "paraphrase"
            and pair_prob is not None
            and not (words_pass and cos >= PAIR_SKIP_COS)
            and not scrambled
        ):
            judged = True
            # The cross-encoder reads each aligned pair as a whole: "the same statement"
            # or "the same topic"; our labelled pairs are told apart by it far better
            # than by cosines and shared trigrams (docs/method.md, "Paraphrase or
            # independent report").
            prob = f["pair_prob"] = pair_prob()
            z = PAIR_W_PROB * prob + PAIR_W_COS * cos + PAIR_BIAS
            mirror_sure = (
                min(derived, f["source_used"]) >= MIRROR_SURE_COVERED
                and f.get("own_specifics", 1.0) <= MIRROR_SURE_OWN
            )
            if condensed and prob >= CONDENSED_MIN_PROB:
                margin = min(f["order"] - CONDENSED_MIN_ORDER, prob - CONDENSED_MIN_PROB)
                return Verdict(
                    rel,
                    conf(margin),
                    f,
                    "the copy condenses the source in its order, several sentences into one",
                )
            if (words_pass or retells) and prob < PAIR_MIN_PROB:
                loose_whole, missed_by = True, PAIR_MIN_PROB - prob
                refused = "the sentences share the event's facts, but most say other things"
            elif (
                not (words_pass or retells)
                and z >= 0
                and (
                    tri >= RESCUE_MIN_TRIGRAMS
                    or f.get("shared_specifics", 1.0) >= RESCUE_MIN_SPECIFICS
                )
            ):
                return Verdict(
                    rel,
                    conf(min(derived - WHOLLY_DERIVED, z / PAIR_W_PROB)),
                    f,
                    "most sentences rewritten one by one, each read as a restatement of its "
                    "source sentence",
                )
            elif (
                not (words_pass or retells)
                and min(derived, f["source_used"]) >= MIRROR_MIN_COVERED
                and f.get("own_specifics", 1.0) <= MIRROR_MAX_OWN
                and f.get("shared_specifics_n", 0.0) >= MIRROR_MIN_SHARED
                and (prob >= PAIR_MIN_PROB or mirror_sure)
            ):
                covered = min(derived, f["source_used"])
                margin = (
                    min(
                        covered - MIRROR_MIN_COVERED,
                        MIRROR_MAX_OWN - f["own_specifics"],
                        prob - PAIR_MIN_PROB,
                    )
                    if prob >= PAIR_MIN_PROB
                    else min(covered - MIRROR_SURE_COVERED, MIRROR_SURE_OWN - f["own_specifics"])
                )
                return Verdict(
                    rel,
                    conf(margin),
                    f,
                    "every sentence reworded, but the two say the same things and hardly a "
                    "name or figure the other lacks",
                )
        if not loose_whole and rel == "paraphrase" and retells and not words_pass:
            margin = min(f["order"] - retell_order, f["source_used"] - RETELL_MIN_USED)
            why = (
                "the copy retells the whole source, in its order"
                if retell_order == RETELL_MIN_ORDER
                else "the copy retells the whole source, answer by answer to its own questions"
            )
            return Verdict(rel, conf(margin), f, why)
        if not loose_whole and (rel != "paraphrase" or words_pass):
            margin = min(derived - WHOLLY_DERIVED, anchors - 0.25)
            if rel == "paraphrase":
                margin = min(margin, tri - need)
                if judged:
                    margin = min(margin, f["pair_prob"] - PAIR_MIN_PROB)
            return Verdict(rel, conf(margin), f, why)
        if not loose_whole:
            # how narrowly the copy missed being a whole paraphrase: the confidence of
            # what it is called instead cannot be higher than that
            missed_by = max(need - tri, 0.0 if says_the_same else PARAPHRASE_MIN_COS - cos)
        loose_whole = True
    close_narration = f.get("close_narration_share", close)
    if another_time:  # its parallel sentences are edits by construction: only copied text counts
        close_narration = max(f["verbatim_share"], f.get("excerpt_share", 0.0))
    # Shared trigrams alone do not make a partial copy of a text that just failed the
    # rewrite test: there they are the event's names, figures and titles. Nor do trigrams
    # that hold a name or a bare figure: an independent report shares the event's titles,
    # charges and numbers (English reports of rounds 27-40 and dev set 38 called
    # same_event: at most 0.088 without them; a rate decision's two reports 0.066, 0.135
    # with the figures), every partial copy we have shares its wording (0.10-0.47, or
    # close or pasted sentences carry it).
    # (but a story written from a press release takes the release's figures: there they
    # count, round 35's central bank release and the wire story written from it)
    unfigured = tri if f.get("source_release") else f.get("unfigured_trigram_containment", tri)
    # ... nor do they in a report with much of its own and no sentence of narration kept
    # close: two reports written from one statement reword it alike (round 160: a factory
    # fire's two agency reports, 0.105 of shared figure-free trigrams, no close pair, 1.08
    # specifics of its own for each shared one), while every part copy of rounds 87-161
    # keeps one close at least (close-narration share 0.04 and up), and an explainer that
    # rewords three sentences of its story brings few names or figures of its own (0.39,
    # tests/data/pairs/more)
    own_report = (
        close_narration < OWN_REPORT_MAX_CLOSE
        and not f.get("source_release")
        and f.get("own_specifics", 0.0) >= OWN_REPORT_SPECIFICS
    )
    shared_trigrams = unfigured >= PARTIAL_MIN_TRIGRAMS and not loose_whole and not own_report
    # ... and one sentence of narration taken word for word (all but a word or a figure,
    # 12 words or more) makes a part copy however long the piece around them: no pair of
    # independent reports of ours has even one (rounds 27-39, dev set 38, and the 28
    # same-event pairs of rounds 87-103 read both ways round), every part copy one to six
    # (round 93's column: one, its other borrowed sentences reworded; round 39's: two)
    # ... or one, with the quotes around it, as a passage pasted whole (evidence.py)
    # ... or three sentences of narration or more kept close, one after another in the
    # source's order (evidence._close_run): a passage retold, where two reports of one
    # briefing each tell it in their own order
    pasted = (
        f.get("copied_narration_sentences", 0.0) >= PARTIAL_MIN_COPIED_SENTENCES
        or f.get("pasted_run", 0.0) >= PASTED_MIN_RUN
        or (anchors >= 0.12 and f.get("close_narration_run", 0.0) >= CLOSE_RUN_MIN)
    )
    # ... or it retells its whole source, in the source's order, inside a piece of its own
    # (round 49: a report of two moorland fires, half of it the one story reworded
    # paragraph by paragraph; an independent report never paired 0.9 of the other's
    # text in order unless it was read as a whole copy, rounds 27-49)
    retold_inside = (
        not loose_whole
        and anchors >= 0.25
        and f["order"] >= RETELL_MIN_ORDER
        and f["source_used"] >= RETELL_MIN_USED
        and f["n_source"] >= RETELL_MIN_SOURCE_SENTENCES
    )
    # ... or its source is a press release and a quarter of it restates the release's
    # sentences: a release exists to be written up, and a story that follows it statement
    # by statement took it (round 48: a local paper's story of a factory, the release's
    # figures and quote in its own words, 0.39 anchored, figure-free trigrams 0.088)
    from_release = bool(f.get("source_release")) and anchors >= RELEASE_MIN_ANCHORS
    if from_release and loose_whole and derived >= WHOLLY_DERIVED:
        # ... and one that retells the whole release in words of its own took all of it:
        # the rewrite test refuses it for its loose wording, but what else could a story
        # that follows a release statement by statement be (round 90: a trade paper's
        # story, 0.89 of it paired to the release, mean best cosine 0.62)
        return Verdict(
            "paraphrase",
            conf(min(anchors - RELEASE_MIN_ANCHORS, derived - WHOLLY_DERIVED)),
            f,
            "the copy retells a press release, statement by statement, in its own words",
        )
    # Shared phrasing alone in a copy two thirds paired is a near-whole retelling, not a
    # part copy: the sentence-pair model must read its pairs as restatements, as it must a
    # whole one (round 87: two storm reports built on one agency statement, 0.67 and 0.71
    # of each paired, pair probability 0.47; read the other way round they are in the
    # whole-rewrite zone, where the model refused them, and so `same_event`)
    if (
        shared_trigrams
        and anchors >= 0.12
        and close_narration < 0.1
        and not (pasted or retold_inside or from_release)
        and derived >= NEAR_WHOLE
        and pair_prob is not None
    ):
        if "pair_prob" not in f:
            f["pair_prob"] = pair_prob()
        shared_trigrams = f["pair_prob"] >= PAIR_MIN_PROB
    # ... or it is a piece half again as long as its source that retells most of it in
    # words of its own (round 226: a column 2.1 times its wire story's length, pairing 0.9
    # of it; of the pairs of rounds 87-231 that long and covering that much, 68 are part
    # copies or rewrites and one an independent report, round 104's, read as a part copy)
    at_length = (
        f.get("length_ratio", 1.0) >= AT_LENGTH_MIN_RATIO
        and f["source_used"] >= AT_LENGTH_MIN_USED
        and f.get("n_source", 0.0) >= AT_LENGTH_MIN_SOURCE
        and anchors >= 0.25
    )
    if (
        (anchors >= 0.12 and (close_narration >= 0.1 or shared_trigrams))
        or pasted
        or retold_inside
        or (from_release and not loose_whole)
    ):
        return Verdict(
            "partial_reuse",
            conf(min(anchors - 0.12, missed_by) if loose_whole else anchors - 0.12),
            f,
            "part of the text comes from the source, the rest is new",
        )
    if at_length:  # (compare.py still asks whether it is a padded rewrite instead)
        margin = min(f["length_ratio"] - AT_LENGTH_MIN_RATIO, f["source_used"] - AT_LENGTH_MIN_USED)
        return Verdict(
            "partial_reuse",
            conf(min(margin, anchors - 0.25)),
            f,
            AT_LENGTH_REASON,
            at_length=True,
        )
    if not refused and loose_whole:
        refused = (
            "the sentences say similar things, but almost none of the wording is shared"
            if tri < PARAPHRASE_MIN_TRIGRAMS_CLOSE
            else "the sentences share the event's facts but, one by one, say other things"
        )
    return decide_event(
        f,
        derived=derived,
        anchors=anchors,
        loose_whole=loose_whole,
        missed_by=missed_by,
        refused=refused,
    )
