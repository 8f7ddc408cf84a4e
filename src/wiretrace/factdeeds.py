"""Claims a copy tells as deeds done, where the hedge check (facthedges.py) finds no hedge
word to follow: a group's claim of responsibility made the fact of who attacked, a
forecast made a result."""

from __future__ import annotations

import re

from .article import Change
from .factpair import Pair

# A claim of responsibility is a group's word, not a finding: "NullHarbor claimed
# responsibility" -> "NullHarbor, the hacking collective behind the attack" (round 173)
_CLAIMED_ATTACK = re.compile(r"\bclaimed responsibility\b", re.I)
_DID_IT = re.compile(
    r"\b(?:behind the (?:attacks?|bombings?|hack|breach|raid)|carried out the|responsible for"
    r"|perpetrators? of)\b",
    re.I,
)


# the claim kept, in any words: "which claimed the attack", "said it was responsible"
_CLAIM_KEPT = re.compile(
    r"\bclaim|\b(?:said|says) (?:it|they) (?:was|were|is|are) (?:behind|responsible)", re.I
)


def claim_made_deed(p: Pair) -> list[Change]:
    m, c = _CLAIMED_ATTACK.search(p.s_plain), _DID_IT.search(p.c_plain)
    if m is None or c is None or _CLAIM_KEPT.search(p.c_plain):
        return []
    note = "hedge 'claimed responsibility' dropped: the copy states it as fact"
    return [p.change("hedge", m.group(), c.group(), note)]


# A forecast told as done: "The ministry forecasts the harvest will fall 14%" -> "The
# harvest has fallen 14%" (round 174). The copy says the forecast verb in the past and
# keeps no word of the future or of doubt.
_FORECAST = re.compile(
    r"\b(?:forecasts?|forecast|predicts?|predicted|projects?|projected|expects?|expected"
    r"|estimates?|estimated)\b[^.;]{0,80}?\bwill\s+(?P<v>[a-z]{3,})",
    re.I,
)
_DONE = re.compile(r"\b(?:has|have|had)\s+(?:already\s+)?(?P<v>[a-z]{3,})", re.I)
_AHEAD = re.compile(
    r"\b(?:will|would|could|may|might|forecasts?|expect\w*|predict\w*|project\w*|estimat\w*"
    r"|likely|set to|on course|on track|due to)\b",
    re.I,
)
_IRREGULAR = {"fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise"}
_IRREGULAR |= {"grew": "grow", "grown": "grow", "shrank": "shrink", "shrunk": "shrink"}


def forecast_made_past(p: Pair) -> list[Change]:
    m, c = _FORECAST.search(p.s_plain), _DONE.search(p.c_plain)
    if m is None or c is None or _AHEAD.search(p.c_plain):
        return []
    was, now = m.group("v").lower(), c.group("v").lower()
    was, now = _IRREGULAR.get(was, was), _IRREGULAR.get(now, now)
    if was[:4] != now[:4]:
        return []
    note = "hedge: the source's forecast is stated as done"
    return [p.change("hedge", m.group(), c.group(), note)]
