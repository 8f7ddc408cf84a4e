"""Who a claim is credited to, when the copy puts someone else in the speaker's place:
"Police said" -> "Witnesses said" (a kind of people made another), "The council said"
-> "The archaeology unit said" (a body made another). Read by factclaims.py's
attribution check, which holds the claim-kept test.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from .factpair import WORD, acronym, word_keys

# Speakers named by what they are, not who: "Police said" -> "Witnesses said" (round 98)
# gives what officers did to onlookers. One group per kind of source; a word for the same
# kind in other words ("officers" for "police") is no change.
_CROWDS = (
    "police officers detectives investigators",
    "witnesses bystanders onlookers",
    "residents locals neighbours neighbors villagers",
    "officials authorities",
    "organisers organizers",
    "protesters demonstrators activists campaigners",
    "doctors medics paramedics",
    "prosecutors",
    "analysts experts economists",
    "critics opponents",
    "rescuers firefighters",
)
_CROWD_OF = {w: k for k, group in enumerate(_CROWDS) for w in group.split()}
_CROWD_CUE = re.compile(
    r"^\W*(?:(?:the|some|several|many|local|other)\s+)?(?P<n>[a-z]+)\s+"
    r"(?:said|say|says|told|reported|claimed|described)\b",
    re.I,
)
# ... or a body made another while the claim stays: "The council said on Wednesday that
# ..." -> "The archaeology unit said on Wednesday that ..." (round 102), "Election
# observers from the Civic Monitoring Network said voting had been orderly" -> "The
# municipal electoral commission said ..." (round 103)
_BODY_CUE = re.compile(
    r"^\W*(?P<n>(?:[\w'-]+\s+){0,7}?[\w'-]+)\s+(?:said|says|told|reported|announced)\b"
)
_BODY_SMALL = frozenset("the a an of from at for and in on".split())
_BODIES = frozenset(
    "council unit ministry department agency committee board authority office commission "
    "court tribunal union inspectorate regulator service directorate secretariat".split()
)
_PRONOUNS = frozenset("he she they it we i who which that this".split())
SAME_CLAIM_RATIO = 0.85  # of the words after the cue, a claim repeated as it stood


def _who(subject: str) -> list[str]:
    """The words that name a speaker ("the council's planning committee": council,
    planning, committee)."""
    words = (w.removesuffix("'s").removesuffix("\u2019s") for w in word_keys(subject))
    return [w for w in words if w not in _BODY_SMALL and w != "s"]


def speaker_swap(
    s_plain: str, c_plain: str, claim_kept: Callable[[str, str], bool]
) -> tuple[str, str] | None:
    """The speakers opening a sentence, a kind of people ("Police said"), made another
    kind; or a body made another, the claim kept (``claim_kept(source words, copy
    words)``: the caller's test of a claim kept in other words). Returns the two cues."""
    sm, cm = _CROWD_CUE.match(s_plain), _CROWD_CUE.match(c_plain)
    if sm is not None and cm is not None:
        sk, ck = _CROWD_OF.get(sm.group("n").lower()), _CROWD_OF.get(cm.group("n").lower())
        if sk is not None and ck is not None and sk != ck:
            return sm.group().strip(), cm.group().strip()
    sb, cb = _BODY_CUE.match(s_plain), _BODY_CUE.match(c_plain)
    if sb is None or cb is None:
        return None
    s_who, c_who = _who(sb.group("n")), _who(cb.group("n"))
    if not s_who or not c_who or set(s_who) & set(c_who):
        return None
    s_raw, c_raw = WORD.findall(sb.group("n")), WORD.findall(cb.group("n"))
    if acronym(s_raw, cb.group("n")) or acronym(c_raw, sb.group("n")):
        return None  # "The UCSU said" -> "The Universities and Colleges Staff Union said"
    bodies = [w[-1] in _BODIES for w in (s_who, c_who)]
    if not any(bodies) or any(w in _PRONOUNS for w in s_who + c_who):
        return None
    s_rest, c_rest = word_keys(s_plain[sb.end() :]), word_keys(c_plain[cb.end() :])
    same = difflib.SequenceMatcher(None, s_rest, c_rest, autojunk=False).ratio()
    # (both bodies: the claim may be reworded, as a close pair rewords it, round 103's "180
    # millimetres of rain had fallen" -> "180 millimetres of rain fell")
    kept = claim_kept(" ".join(s_rest), " ".join(c_rest))
    if same < SAME_CLAIM_RATIO and not (all(bodies) and kept):
        return None
    return sb.group().strip(), cb.group().strip()
