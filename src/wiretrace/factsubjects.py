"""Who a claim is credited to: the speakers of a sentence's cue verbs and ``according
to`` phrases, as the attribution check (factclaims.py) compares them across a pair."""

from __future__ import annotations

import re
from dataclasses import replace

from .article import Change
from .factcues import ACCORDING, SUBJ_VERB
from .factnames import CALENDAR, country_keys, government_of, norm
from .factpair import FIRST_WORD, QUOTED, SKIP_CAPS, Pair
from .persons import ORG_NOUNS

# Common nouns that open a sentence as the bare subject of "said" are groups: plurals
# ("Officials said") or these. A lone singular word there is a surname ("Weber also
# said", round 134): a singular common noun would take an article.
_GROUP_NOUNS = frozenset(
    "police staff management security personnel media military government parliament "
    "congress people everyone nobody someone leadership".split()
)


def _common_opener(words: list[str], k: int) -> bool:
    """``words[k]`` opens the sentence and reads as a common noun: no capitalised word
    follows it, and it is no country, capital, possessive, acronym or lone surname."""
    w = words[k]
    bare = w.strip(",.").lower()
    return not (
        (k + 1 < len(words) and words[k + 1][:1].isupper())
        or government_of(norm(w.strip(",.")))
        or w.lower().replace("’", "'").endswith("'s")
        or any(ch.isupper() for ch in w[1:])  # "BetWatch", "NHS" (round 154)
        or (len(words) == k + 1 and not bare.endswith("s") and bare not in _GROUP_NOUNS)
    )


_RELATIVE = frozenset({"which", "who", "whose", "whom", "that", "where", "when"})
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|i|ic|ch)")


def subjects(text: str) -> set[str]:
    """Capitalised words of the subjects of cue verbs and of ``according to`` phrases."""
    subs: set[str] = set()
    opener = FIRST_WORD.match(text)
    for m in SUBJ_VERB.finditer(text):
        parts = re.split(r"[,;:\"()]", text[: m.start()])
        clause, at, window = parts[-1], m.start() - len(parts[-1]), 5
        if not clause.strip() and len(parts) >= 3 and text[: m.start()].rstrip().endswith(","):
            # "Priya Raman, senior analyst at Kestrel Capital, said" (round 134), "Relling's
            # lawyer, Astrid Bergmo, said": a name and its description, in either order
            # (not a relative clause's words: "Marenland, which has mediated between the
            # government and the ELA, said" is Marenland's, round 140)
            at = text.rfind(parts[-3], 0, m.start())
            said = parts[-2].split()
            if said and said[0].lower() in _RELATIVE:
                said = []
            # (the name whole when it opens a short one: "Dr. Sunil Varma of the Lakeshore
            # Cancer Institute in Toronto, the trial's lead investigator, told", round 184)
            named = parts[-3].split()
            named = named if len(named) <= 12 else named[-5:]
            clause, window = " ".join([*named, *said[-5:]]), len(named) + 5
        before = clause.split()[-window:]
        if len(before) >= 2 and before[-1].lower() == "also" and before[-2][:1].isupper():
            before = before[:-1]  # "Weber also said" (round 134)
        if before and before[-1].lower() in ("and", "but", "also"):
            continue  # "X insisted ... and said": the verb shares X, named before it
        if len(before) == 2 and before[0] in ("The", "the") and _DEMONYM.fullmatch(before[1]):
            continue  # "The Italian said": the person named before, by nationality (round 130)
        # the capitalised words, less a common noun capitalised only for opening the
        # sentence (``Police said``, ``Officers said``)
        caps = [
            w for k, w in enumerate(before)
            if w[:1].isupper() and w.lower() not in SKIP_CAPS
            and w.lower().strip(",.") not in CALENDAR  # "published on Wednesday" (round 59)
            and not w.lower().strip(",.").endswith("-based")  # "The Ohio-based chain said"
            and not (opener and at + clause.find(w) == opener.start(1) and _common_opener(before, k))
        ]  # fmt: skip
        if caps and not any(w.lower() in ("he", "she", "they", "it") for w in before[-1:]):
            subs.update(norm(w.strip(",.")) for w in caps)
            # one country however named (U.S. / American officials, Beijing / China)
            subs.update("country:" + c for c in country_keys(" ".join(caps)))
            subs.update("country:" + g for w in caps if (g := government_of(norm(w.strip(",.")))))
    if "ccording to" in text:
        for m in ACCORDING.finditer(text):
            words = m.group(1).split()
            subs.update(
                norm(w)
                for w in [w for w in words if w[:1].isupper()] or _body(words)
                if w.lower().strip(",.") not in CALENDAR
            )
            subs.update("country:" + c for c in country_keys(m.group(1)))
    return subs


def _body(words: list[str]) -> list[str]:
    """A body named by its common nouns with what it does: "the agriculture ministry",
    "the regional transit agency" for "the Poolred price system" or "Mayor Teresa
    Lindqvist" (rounds 139, 143). Not a bare "the company", which stands for the one
    the story names."""
    low = [w.lower().strip(",.") for w in words]
    k = next((k for k, w in enumerate(low) if w in ORG_NOUNS), None)
    if k is None:
        return []
    said = [w for w in words[:k] if w.lower() not in SKIP_CAPS and not w.endswith(("'s", "’s"))]
    return [*said, words[k]] if said else []


def is_eu(words: set[str]) -> bool:
    """The European Union, by name, initials or seat (``Brussels``)."""
    return "brussels" in words or "eu" in words or {"european", "union"} <= words


def credit_swapped(c: Change, p: Pair) -> Change:
    """A name swapped as the credit of a claim in narration, one side a body: "The Wild
    Uplands Trust, a conservation charity, estimates that ..." -> "The Caledon Executive
    estimates that ..." (round 164) gives the charity's estimate to the government, an
    attribution, where a person's name changed in the same place is a name change."""
    if c.kind != "name" or QUOTED.search(p.s_text):
        return c
    # (a plural possessive keeps its mark in the subject: "The Brelland Bankers'
    # Association estimated", round 178)
    ss, cs = ({w.rstrip("'’") for w in subjects(x)} for x in (p.s_plain, p.c_plain))
    s_words = {w.lower() for w in re.findall(r"\w+", c.source_text)} - {"the"}
    c_words = {w.lower() for w in re.findall(r"\w+", c.copy_text)} - {"the"}
    given = (
        bool(s_words and c_words)
        and s_words <= ss
        and c_words <= cs
        and not ss & cs
        and bool((s_words | c_words) & ORG_NOUNS)
    )
    note = f"the claim credited to {c.copy_text!r}, not {c.source_text!r}"
    return replace(c, kind="attribution", note=note) if given else c
