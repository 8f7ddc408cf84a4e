"""A claim others make about someone, given to that someone as their own admission:
"two traders said the Estmark National Bank had contacted dealers" -> "The Estmark
National Bank confirmed that it had sounded out dealers", "The NPA also found that Slate
had kept records" -> "Slate Learning itself acknowledged that it had retained files"
(round 244, round 242). The copy's speaker stands after the cue in the source, as what
the claim is about, and nowhere before it, as who made it. Read by factclaims.py."""

from __future__ import annotations

import re

from .factcredited import has_word

_OWNS = r"(?:has\s+|had\s+)?(?:confirmed|acknowledged|admitted|conceded)"
# the copy's admission: the party itself confirming what it did ("that it had ..."), or
# granting it aside ("A 2023 internal audit, the ministry has acknowledged, warned that
# ... the ministry failed to act", round 247)
_ADMITS = re.compile(
    r"(?P<who>\b(?:[Tt]he\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*)(?:\s+itself)?"
    rf"\s+{_OWNS}\s+(?:that\s+)?(?:it|he|she|they)\b"
    rf"|,\s+(?P<aside>the\s+[a-z]+)\s+{_OWNS}\s*,"
)
# the source's credit: who said or found it, then what it is about
_CREDITED = re.compile(
    r"\b(?:said|says|told|found|finds|reported|alleged|claimed|believe[sd]?|suspect(?:s|ed)?"
    r"|according to)\b"
)
_SKIP = frozenset({"The", "the", "A", "An"})


def claim_owned(s_plain: str, c_plain: str) -> tuple[str, str] | None:
    """The source's credit and the copy's admission, or None. Only where the source
    sentence admits nothing itself and names the copy's speaker after its cue alone."""
    admits = _ADMITS.search(c_plain)
    cue = _CREDITED.search(s_plain)
    if admits is None or cue is None or _ADMITS.search(s_plain):
        return None
    who = admits.group("who") or admits.group("aside")
    names = [w for w in re.findall(r"[A-Za-z][\w'’&-]*", who) if w not in _SKIP]
    before, after = s_plain[: cue.start()], s_plain[cue.end() :]

    if not names or has_word(names, before) or not has_word(names, after):
        return None
    return (before.strip() + " " + cue.group()).strip(), admits.group().strip(" ,")
