"""Titles between the two sides of an aligned pair: a person's title replaced (``army
chief`` -> ``defence minister``, ``title_swaps`` and ``title_replaced``) or a rank word
added or dropped beside it (``deputy mayor`` -> ``mayor``, ``rank_dropped`` where the title
moved behind the name). Split from factnames.py; the same ``Swap`` tuples."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from .article import Change
from .factlexicon import (
    CREDITED_BODIES,
    RANK_MODS,
    TITLE_GENERIC,
    TITLE_HEADS,
    TITLE_MODS,
    TITLE_SAME,
)
from .factnames import Swap
from .factpair import Pair, opcodes, word_keys
from .persons import ORG_NOUNS

_TITLES = TITLE_HEADS | TITLE_MODS


def canon(words: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for w in words:
        w = "councillor" if w == "cllr" else w  # (round 95)
        out.update(TITLE_SAME.get(w, (w,)))
    return out


TITLE_HEADS_CANON = frozenset(canon(TITLE_HEADS))
# Titles of whoever runs a body: "head of" that body is the same post.
_LEADERS = frozenset(
    canon(
        """minister president premier director governor mayor chairman chairwoman chair
        secretary commissioner principal headteacher dean chancellor ceo chief leader boss
        executive king queen""".split()
    )
)


# One post under its several names: a rewrite's choice, not another post (round 52:
# "finance director" -> "chief financial officer"). Each is read as its first spelling.
_SAME_POST: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("cfo",), ("chief", "financial", "officer"), ("finance", "director"), ("finance", "chief")),
    (("coo",), ("chief", "operating", "officer")),
    (("cto",), ("chief", "technology", "officer"), ("chief", "technical", "officer")),
    (("ceo",), ("chief", "executive", "officer")),
    # a school's head is its "principal" on a US page (round 211)
    (("headteacher",), ("head", "teacher"), ("headmaster",), ("headmistress",), ("principal",)),
    (("chief", "constable"), ("police", "chief")),
    # a country's "top diplomat" is its foreign minister, in wire style (round 81)
    (("foreign", "minister"), ("top", "diplomat")),
    # a High Court judge's style: "Mrs Justice Vantongeren" is Judge Vantongeren (round 56)
    # (and a plain "Justice Hana Reuben" too, but the chief justice is a post of its own:
    # "Justice Hana Reuben" -> "Chief Justice Hana Reuben", round 163)
    (("chief", "justice"),),
    (
        ("judge",),
        ("mr", "justice"),
        ("mrs", "justice"),
        ("ms", "justice"),
        ("lady", "justice"),
        ("justice",),
    ),
)


def same_posts(words: list[str], spelled: dict[str, str] | None = None) -> list[str]:
    """``words`` (lower-case keys) with every name of a post in ``_SAME_POST`` read as the
    first one; ``spelled`` collects each such reading's words as written."""
    out: list[str] = []
    k = 0
    while k < len(words):
        for first, hit in _POST_STARTS.get(words[k], ()):
            if tuple(words[k : k + len(hit)]) == hit:
                out.extend(first)
                if spelled is not None and hit != first:
                    spelled.setdefault(" ".join(first), " ".join(hit))
                k += len(hit)
                break
        else:
            out.append(words[k])
            k += 1
    return out


def _post_starts() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """Each name of a post in ``_SAME_POST`` under its first word, as (reading, name), in
    the table's order: the first matching group wins, as in a scan of the whole table."""
    starts: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for names in _SAME_POST:
        for n in names:
            starts.setdefault(n[0], []).append((names[0], n))
    return {w: tuple(v) for w, v in starts.items()}


_POST_STARTS = _post_starts()


def title_swaps(
    sk: list[str], ck: list[str], ops: list[tuple[str, int, int, int, int]]
) -> list[Swap]:
    """A title replaced (``army chief`` -> ``defence minister``), or a rank word such as
    *former*/*deputy* added or dropped within three words of a title."""
    out: list[Swap] = []
    # (a post told by its verb counts as said on that side: "Councillor Priya Nandha, who
    # chairs the committee" -> "Cllr Priya Nandha, chair of the committee", round 95)
    s_all = canon(sk) | {_POST_VERBS[w] for w in sk if w in _POST_VERBS}
    c_all = canon(ck) | {_POST_VERBS[w] for w in ck if w in _POST_VERBS}
    for op, i1, i2, j1, j2 in ops:
        if op == "equal" or i2 - i1 > 6 or j2 - j1 > 6:
            continue
        sw, cw = canon(sk[i1:i2]), canon(ck[j1:j2])
        near = set(sk[max(0, i1 - 1) : i2 + 1]) | set(ck[max(0, j1 - 1) : j2 + 1])
        short = i2 - i1 <= 3 and j2 - j1 <= 3
        if short:
            # (a member made the chair: "a member of the club" -> "the chairman of the
            # club", round 59)
            gone, added = (sw - cw) & _POSTS, (cw - sw) & _POSTS
            swap = bool(near & TITLE_HEADS and gone and added)
        else:  # a longer stretch: titles found nowhere on the other side
            gone, added = (sw - c_all) & _TITLES, (cw - s_all) & _TITLES
            swap = bool(gone and added and (gone | added) & TITLE_HEADS)
            # (a person's credit given to a body holds no title: "returning officer Fiona
            # Galbraith said" -> "police said" is another speaker, round 255)
            swap = swap and not set(ck[j1:j2]) <= CREDITED_BODIES
        # the portfolio before a head both keep, however it is worded: "Labour and Social
        # Affairs Minister" -> "Finance Minister" (round 98)
        head = i2 < len(sk) and j2 < len(ck) and sk[i2] == ck[j2] and sk[i2] in _CABINET
        # (not the portfolio the source gives after the head: "Estmark's Minister of
        # Agriculture and Rural Affairs" -> "Agriculture Minister", round 192)
        after_head = set(sk[i2 : i2 + 8]) if head else set()
        if op == "replace" and head and not (sw & cw) and not set(ck[j1:j2]) <= after_head:
            swap = swap or _portfolio(sk[i1:i2], ck[j1:j2])
        # (but a post that speaks for a body made its "leader" or "chief" is another post:
        # "space spokesman for the Liberal Alliance" -> "leader of", round 254)
        promoted = added == {"chief"} and bool(gone) and gone <= SPEAKS_FOR
        if (added <= TITLE_GENERIC and not promoted) or _post_described(sk[i1:i2], ck[j1:j2], gone):
            swap = False  # a specific title became a generic one: less said, not changed
        swap = swap or _department_head_made_top(sk[i1:i2], ck[j1:j2], ck)
        # a rank word added or dropped next to a title both sides keep ("Deputy Mayor
        # Abelard" -> "Mayor Abelard"), not a title the copy gave up for the name ("the
        # deputy mayor rejected" -> "Ms Abelard rejected", round 26)
        s_near = set(sk[max(0, i1 - 1) : i2 + 3]) & TITLE_HEADS
        c_near = set(ck[max(0, j1 - 1) : j2 + 3]) & TITLE_HEADS
        ranks = (sw ^ cw) & RANK_MODS
        if ranks <= {"former", "ex"} and (
            _FORMERLY.search(" ".join(ck)) or _FORMERLY.search(" ".join(sk))
        ):
            # "a former head teacher" -> "who used to be a head teacher", and the other way
            # ("who was interior minister until Monday" -> "the former interior minister")
            ranks = set()
        if ranks <= {"former", "ex"} and _FORMER_WORDS & set(sk[i1:i2] + ck[j1:j2]):
            ranks = set()  # "his former boss" -> "his old boss" (round 259)
        # a police rank raised or lowered: "Detective Inspector" -> "Detective Chief
        # Inspector" (round 87; elsewhere "chief" is a post of its own, "union chief")
        raw = set(sk[i1:i2]) ^ set(ck[j1:j2])
        chief = "chief" in raw and "ch" not in raw and bool(near & _POLICE_RANKS)
        # ... or a lower rank made the chief of the same trade: "former senior structural
        # engineer" -> "former chief engineer" (round 259)
        chief = chief or (
            "chief" in set(ck[j1:j2]) - set(sk)
            and bool(set(sk[i1:i2]) & _LOWER_RANKS)
            and i2 < len(sk)
            and j2 < len(ck)
            and sk[i2] == ck[j2]
        )
        rank = short and (ranks or chief) and s_near and c_near
        if swap or rank:
            s, c = " ".join(sk[i1:i2]), " ".join(ck[j1:j2])
            note = f"title {s!r} became {c!r}" if s and c else f"rank word {(s or c)!r} changed"
            out.append(("title", s, c, note))
    return out


_POSTS = _TITLES | {"member"}
_FORMER_WORDS = frozenset({"old", "erstwhile", "one-time", "onetime"})
# posts that speak for or advise a body and lead nothing ("manager" -> "boss" is one post)
SPEAKS_FOR = frozenset(
    canon("spokesman spokeswoman spokesperson adviser advisor aide analyst consultant".split())
)
_LOWER_RANKS = frozenset({"senior", "deputy", "assistant", "principal", "lead", "junior", "staff"})
_POLICE_RANKS = frozenset({"inspector", "superintendent", "constable", "sergeant"})
_POST_WORDS = {
    names[0][0]: tuple(w for n in names for w in n) for names in _SAME_POST if len(names[0]) == 1
}
_RUNS = frozenset("runs run ran heads headed leads led chairs chaired manages managed "
                  "oversees oversaw directs directed".split())  # fmt: skip


def _portfolio(s_words: list[str], c_words: list[str]) -> bool:
    """Two different portfolios of a minister or a secretary, one of them a known one
    (not a rank: "was previously dean" -> "a former dean" is the same post)."""
    both = set(s_words) | set(c_words)
    return (
        0 < len(s_words) <= 5
        and 0 < len(c_words) <= 5
        and bool(both & TITLE_MODS)
        and not both & (RANK_MODS | _NOT_PORTFOLIO)
    )


# the heads of a government post, whose words before say which portfolio ("Lantz's
# lawyer" -> "Defence lawyer" is the one lawyer, round 88)
_CABINET = frozenset({"minister", "secretary", "commissioner"})
_NOT_PORTFOLIO = frozenset("a an the is was were be been previously then now his her its".split())


def _post_described(s_words: list[str], c_words: list[str], gone: set[str]) -> bool:
    """The post said as what its holder does: "Hexwell's chief operating officer" ->
    "who runs operations at Hexwell" (round 58), "the chief executive" -> "who runs the
    firm": a verb of running, about the post's own field or for a post that leads."""
    if not _RUNS & set(c_words):
        return False
    # (a post read under its first name: "coo" is "chief operating officer")
    base = [x for w in s_words for x in _POST_WORDS.get(w, (w.split("'")[0],))]
    both = set(base) & {w.split("'")[0] for w in c_words}  # the body named on both sides
    said = [w for w in c_words if len(w) > 3 and w not in _RUNS | {"who", "that"}]
    said = [w for w in said if w.split("'")[0] not in both]
    if not said:
        return bool(gone) and gone <= _LEADERS  # "who runs Hexwell": the one who leads it
    field = {w[:6] for w in base if len(w) > 4 and w not in TITLE_HEADS and w not in both}
    return any(w[:6] in field for w in said)


_TOP_POSTS = frozenset({"executive", "ceo", "president", "chairman", "chairwoman", "chair"})


def _department_head_made_top(s_words: list[str], c_words: list[str], ck: list[str]) -> bool:
    """ "Elvera's head of system control" -> "Elvera's chief executive" (round 139): the
    head of a department made the head of the company. "Head" and "chief" are one word to
    the other checks ("union head" = "union chief"); a department the copy does not name
    tells them apart ("head of Elvera" is its chief executive)."""
    if "head" not in s_words or not set(c_words) & _TOP_POSTS:
        return False
    k = s_words.index("head")
    dept = [w for w in s_words[k + 2 :] if w not in ("the", "a", "an")]
    named = {w.split("'")[0] for w in ck}
    return s_words[k + 1 : k + 2] == ["of"] and bool(dept) and not set(dept) & (ORG_NOUNS | named)


def _generic(words: set[str], toks: list[str]) -> bool:
    """Only generic title words (``chief``, ``official``), none of them a ``head of``
    something: a copy that says less, not another post."""
    if not words <= TITLE_GENERIC:
        return False
    return not any(
        t in ("head", "chief") and toks[k + 1 : k + 2] == ["of"] for k, t in enumerate(toks)
    )


def title_replaced(sk: list[str], ck: list[str]) -> Swap | None:
    """The title word of a close pair replaced by another, wherever each stands
    (``the artistic director of the theatre`` -> ``the theatre's owner``): the word-level
    diff splits such a rewording into a deletion and an insertion, which
    :func:`title_swaps` reads one at a time. Heads only (a ``minister``, an ``owner``), so
    a word of the portfolio moved about is no change."""
    s_heads, c_heads = canon(sk) & TITLE_HEADS_CANON, canon(ck) & TITLE_HEADS_CANON
    gone, added = s_heads - c_heads, c_heads - s_heads
    if not gone or not added or _generic(added, ck):
        return None
    if added <= TITLE_GENERIC and gone <= _LEADERS:
        return None  # "the minister" -> "the head of the ministry": the same post
    s = " ".join(dict.fromkeys(w for w in sk if canon([w]) & gone))  # as written
    c = " ".join(dict.fromkeys(w for w in ck if canon([w]) & added))
    return ("title", s, c, f"title {s!r} became {c!r}")


def _former_heads(words: list[str]) -> set[str]:
    """The posts ``words`` gives as once held in other words: "old boss" (round 259)."""
    return {h for r, h in itertools.pairwise(words) if r in _FORMER_WORDS}


def rank_dropped(sk: list[str], ck: list[str]) -> Swap | None:
    """A rank word the source sets before a title (``deputy commissioner``) that the
    copy drops while keeping the title elsewhere in the sentence (``Kwame Asante,
    commissioner at the authority``): the word diff sees the title move, not the rank go."""
    ck_set = set(ck)
    for k in range(len(sk) - 1):
        rank, head = sk[k], sk[k + 1]
        # (the post may be named as its body's "head": "deputy headteacher" -> "the
        # school's head", round 58)
        kept = head in ck_set or (head in _LEADERS and "head" in ck_set)
        if rank in RANK_MODS and head in TITLE_HEADS and kept and rank not in ck_set:
            if rank in ("former", "ex") and (
                _FORMERLY.search(" ".join(ck)) or head in _former_heads(ck)
            ):
                continue  # "a former head teacher" -> "who used to be a head teacher"
            said = head if head in ck_set else "head"
            return ("title", f"{rank} {head}", said, f"rank word {rank!r} dropped")
    return None


# A post said as what its holder does ("who chairs the committee"), and the noun that
# names it: a copy that makes her its deputy chair lowered her post (round 101)
_POST_VERBS = {
    "chairs": "chair",
    "chaired": "chair",
    "heads": "head",
    "headed": "head",
    "leads": "leader",
    "led": "leader",
    "directs": "director",
    "manages": "manager",
    "captains": "captain",
}


def rank_added_to_verb(sk: list[str], ck: list[str]) -> Swap | None:
    """A rank word before the noun of a post the source gave as a verb: "who chairs the
    transport committee" -> "who is deputy chair of the transport committee"."""
    for k in range(len(ck) - 1):
        rank, noun = ck[k], ck[k + 1]
        if rank not in RANK_MODS or rank in sk:
            continue
        verb = next((v for v in sk if _POST_VERBS.get(v) == noun), None)
        if verb is not None:
            return ("title", verb, f"{rank} {noun}", f"{verb!r} became {rank + ' ' + noun!r}")
    return None


# "former" said another way (round 51)
# ("while serving as its treasurer" of a former treasurer's offence: round 64)
_FORMERLY = re.compile(
    r"\b(?:used to|once|previously|formerly|until recently|retired"
    r"|while (?:serving|working|acting) as|when (?:he|she|they) (?:was|were)"
    # ("a former finance director who stole" -> "a woman who used her role as finance
    # director to steal", round 92)
    r"|(?:used|abused|exploited) (?:his|her|their) (?:role|position|post|job) as"
    # ("who was a judge before entering politics", round 81)
    r"|(?:was|were)\b[^.;]{1,40}\b(?:until|before))\b"
)


def _ex(words: list[str]) -> list[str]:
    """ "ex-finance minister" read as "former finance minister" (round 159), and
    "vice-president" as "vice president" (round 220)."""
    out = []
    for w in words:
        rank, _, rest = w.partition("-")
        # (a vice-chancellor heads a university: a post of its own, round 170)
        if rank in ("ex", "vice", "deputy") and len(rest) > 1 and w != "vice-chancellor":
            out += ["former" if rank == "ex" else rank, rest]
        else:
            out.append(w)
    return out


def check_titles(p: Pair) -> list[Change]:
    """The title changes of an aligned pair, each side's title as it wrote it."""
    s_spelled: dict[str, str] = {}
    c_spelled: dict[str, str] = {}
    sk = same_posts(_ex(word_keys(p.s_text)), s_spelled)
    ck = same_posts(_ex(word_keys(p.c_text)), c_spelled)
    found = title_swaps(sk, ck, opcodes(sk, ck))
    if not found and p.close and (swap := title_replaced(sk, ck)) is not None:
        found = [swap]
    if not found and (swap := rank_dropped(sk, ck) or rank_added_to_verb(sk, ck)) is not None:
        found = [swap]

    def written(text: str, spelled: dict[str, str]) -> str:
        # a post read under its first name ("coo") reported as each side wrote it
        for canon, as_written in spelled.items():
            text = re.sub(rf"\b{re.escape(canon)}\b", as_written, text)
        return text

    out = []
    for k, s, c, n in found:
        s2, c2 = written(s, s_spelled), written(c, c_spelled)
        out.append(p.change(k, s2, c2, n.replace(repr(s), repr(s2)).replace(repr(c), repr(c2))))
    return out


def inside_title(change: Change, titles: list[Change]) -> bool:
    """``change`` names words of a title change's portfolio, which holds no head of its
    own (not "Interior Minister Karim Benali" -> "President Youssef Amrani", where the
    person changed as well as the post)."""
    return any(
        change.copy_text.lower() in t.copy_text.lower()
        and change.source_text.lower() in t.source_text.lower()
        and not set(word_keys(t.source_text + " " + t.copy_text)) & TITLE_HEADS
        for t in titles
    )
