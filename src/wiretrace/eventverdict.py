"""Same event, another event, or unrelated: the verdict of a pair that is neither a
whole rewrite nor a part copy (relation.py reads those first). Two reports of one event
share its names and figures and say alike things; two stories of one place or subject
share words but not the event's specifics, or were written too far apart; a piece on
something else may still retell a few of the source's sentences with their figures."""

from __future__ import annotations

from .article import Verdict
from .wordsverdict import SAME_EVENT_MAX_DAYS

# Same event or another one on the same subject (tests/data/pairs/more): shared_specifics
# of our English same-event pairs 0.35-1.0 (rounds 33-35 included; 0.35 a local paper's
# story of one injured student beside the wire's of the crash), of two football matches
# 0.09, two earthquakes 0.08; two elections six months apart share titles and parties
# (0.28); two matches of one tennis tournament three days apart share its name, the venue
# of the last one and a player (0.30, round 34). The cut sits in that thin gap.
SAME_EVENT_MIN_SPECIFICS = 0.32
# ... but two reports of one day that share a fifth of their names and figures and say
# alike things (mean best cosine, or shared content words) report one event: the
# independent reports of rounds 119-139 that read as unrelated share 0.20-0.31 of their
# specifics, written on the same day or the next, with best cosines 0.43-0.52 or content
# overlap 0.24-0.28; the unrelated same-subject pairs there in the same band of specifics
# are days apart or say other things (cosines <= 0.40, overlap <= 0.21). Measured on the
# 130 same-event and unrelated pairs of rounds 87-143 (docs/evaluation.md).
SAME_DAY_MIN_SPECIFICS = 0.2
SAME_DAY_MAX_DAYS = 2.0
SAME_DAY_MIN_COS = 0.42
SAME_DAY_MIN_OVERLAP = 0.22
# Between SAME_EVENT_MIN_SPECIFICS and this, a pair must say alike things too (a mean
# best cosine of THIN_MIN_COS): rounds 87-231's same-event pairs there, 0.415 and up;
# three unrelated ones (round 226: a parking-charge story and an ambulance-overtime one
# of one hospital), 0.37-0.381.
THIN_MAX_SPECIFICS = 0.4
THIN_MIN_COS = 0.4
# Independent reports of one event are written within days of it: of the 261 same-event
# pairs of rounds 87-233, one is dated three days or more from the other (round 127's
# arts feature, four days after the wire's report). Pairs that far apart and still read as
# one event are part copies: a feature or analysis at least half again as long as its
# source, a tenth of it anchored to the source's sentences (10 such pairs of those rounds,
# all labelled part copies; rounds 234-235: a long read rewording five paragraphs of a
# wire story, 7 and 8 days later) ...
LATER_MIN_DAYS = 3.0
LATER_MIN_RATIO = 1.5
LATER_MIN_ANCHORS = 0.1
# ... in the source's order, as a passage retold is (those part copies, 0.67 and up; round
# 127's arts feature four days after the wire's report of a museum's restitution, its own
# interviews beside three facts of the report's, 0.5)
LATER_MIN_ORDER = 0.6
# ... or another event: a later report that says other things (a mean best cosine under
# THIN_MIN_COS), or shares only a thin band of the specifics (round 238: a board's report
# on one crash and, seven days later, passengers' claims after its report on another,
# 0.36; round 235, three days apart, 0.35 shared).
# Anchored pairs that keep their figures, from which a piece that is no report of the
# same event retold part of its source (a template changes them instead)
RETOLD_MIN_FIGURE_PAIRS = 2


def confidence(margin: float) -> float:
    """A verdict's confidence from the margin by which its rule held."""
    return float(min(0.99, 0.55 + abs(margin) * 1.5))


def decide_event(
    f: dict[str, float],
    *,
    derived: float,
    anchors: float,
    loose_whole: bool,
    missed_by: float,
    refused: str,
) -> Verdict:
    """The verdict of a pair with too little of the copy derived to be a copy (or refused
    as a rewrite: ``loose_whole``, by ``missed_by``, for the reason ``refused``)."""
    conf = confidence
    topical = f["content_overlap"] >= 0.2 or f.get("best_cos_mean", 0.0) >= 0.45
    spec = f.get("shared_specifics", 1.0)
    same_day = (
        spec >= SAME_DAY_MIN_SPECIFICS
        and f.get("days_apart", 0.0) <= SAME_DAY_MAX_DAYS
        and (
            f.get("best_cos_mean", 0.0) >= SAME_DAY_MIN_COS
            or f["content_overlap"] >= SAME_DAY_MIN_OVERLAP
        )
    )
    # Reworded sentences that keep their figures, in a piece that cannot be a report of
    # the same event (written weeks later, or sharing hardly a name or figure beyond
    # them): a feature or column that retells part of the story (rounds 150-171: 3 to 5
    # anchored pairs keep their figures, at most one changes them). A template filled in
    # again changes them pair after pair (a monthly index: 8 of 9, 11 of 11).
    # (within days, three: a wire story of a board's rejection the next day recaps the
    # bid's price and savings from the bidder's release in two loose pairs, round 177)
    kept, changed = f.get("figure_pairs_kept", 0.0), f.get("figure_pairs_changed", 0.0)
    days = f.get("days_apart", 0.0)
    need = RETOLD_MIN_FIGURE_PAIRS + (days <= SAME_EVENT_MAX_DAYS)
    # (one pair that changes its figures may be a copy's own edit, the 6:10 a.m. knock on
    # the door made 6:40, round 182, where a template changes them all)
    retold = anchors >= 0.12 and kept >= need and (changed * 3 <= kept or changed <= 1)
    if topical and retold and (days > SAME_EVENT_MAX_DAYS or spec < SAME_EVENT_MIN_SPECIFICS):
        return Verdict(
            "partial_reuse",
            conf(min(anchors - 0.12, (kept - need + 1) / 10)),
            f,
            "sentences of the source retold with their figures, in a piece on something else",
        )
    cos = f.get("best_cos_mean", 1.0)
    later = spec >= SAME_EVENT_MIN_SPECIFICS and LATER_MIN_DAYS <= days <= SAME_EVENT_MAX_DAYS
    ratio = f.get("length_ratio", 1.0)
    if (
        topical
        and later
        and anchors >= LATER_MIN_ANCHORS
        and ratio >= LATER_MIN_RATIO
        and f["order"] >= LATER_MIN_ORDER
    ):
        return Verdict(
            "partial_reuse",
            conf(min(anchors - LATER_MIN_ANCHORS, ratio - LATER_MIN_RATIO)),
            f,
            f"a longer piece written {days:.0f} days later that retells some of the source's "
            "sentences: reports of one event are written within days of it",
        )
    thin_spec = SAME_EVENT_MIN_SPECIFICS <= spec < THIN_MAX_SPECIFICS
    says_other = cos < THIN_MIN_COS
    thin = (thin_spec and says_other) or (later and (thin_spec or says_other))
    if topical and ((spec < SAME_EVENT_MIN_SPECIFICS and not same_day) or thin):
        if later:
            why = (
                f"written {days:.0f} days apart, sharing few of each other's names and figures "
                "or saying other things: another event"
            )
            margin = max(THIN_MIN_COS - cos, THIN_MAX_SPECIFICS - spec)
        elif thin:
            why = "same subject and cast, but the two say other things: another event"
            margin = THIN_MIN_COS - cos
        else:
            why = "same subject, but hardly a name or figure in common: another event"
            margin = SAME_EVENT_MIN_SPECIFICS - spec
        return Verdict("unrelated", conf(margin), f, why)
    if topical and days > SAME_EVENT_MAX_DAYS:
        return Verdict(
            "unrelated",
            conf((days - SAME_EVENT_MAX_DAYS) / 100),
            f,
            f"same subject, but written {days:.0f} days apart: another event",
        )
    if topical:
        if loose_whole:  # refused as a rewrite
            return Verdict("same_event", conf(missed_by), f, refused)
        # (a copy with more than 0.3 of it paired but too few anchors to be a rewrite
        # is a narrow call: the least confidence, not one growing with the pairing)
        return Verdict(
            "same_event",
            conf(max(0.0, min(0.3 - derived, spec - SAME_EVENT_MIN_SPECIFICS))),
            f,
            "same names and facts, but written independently",
        )
    return Verdict("unrelated", conf(0.2 - f["content_overlap"]), f, "little in common")
