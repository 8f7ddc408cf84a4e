"""Names and places swapped in an aligned pair, beyond the entity check of facts.py:
capitalised runs and landmarks (factnames.py), a surname given to another person the
story names, and the forms of one name or one country that are no swap (a first name for
a surname, a capital for its government), and a name respelt wherever it stands
(``check_respelled``). Split from facts.py."""

from __future__ import annotations

import re

from .article import Article, Change, ChangeKind
from .cuepatterns import CUE_WORDS
from .factcountries import CAPITALS
from .factlexicon import TITLE_HEADS, TITLE_MODS, TITLE_WORDS
from .factnames import country_keys, government_of, proper_swaps
from .factpair import SKIP_CAPS, WORD, Pair, opcodes, present, word_keys
from .factplaces import COMPASS, landmark_swaps
from .persons import ORG_NOUNS, PLACE_TAILS

_CAPITAL_WORDS = frozenset(CAPITALS)  # a capital stands for its government (metonymy)
_EU_WORDS = frozenset({"european", "eu", "brussels"})
FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _governments(text: str) -> set[str]:
    """The countries ``text`` names, by any form of the name or by the capital."""
    words = set(word_keys(text))
    return set(country_keys(text)) | {
        g for w in words & _CAPITAL_WORDS if (g := government_of(w)) is not None
    }


def metonym(name: str, other: str) -> bool:
    """``name`` is a country, its capital or the European Union, and ``other`` names the
    same by another form: the United States / America / Washington, the EU / Brussels."""
    if _EU_WORDS & set(word_keys(name)) and _EU_WORDS & set(word_keys(other)):
        return True
    countries = _governments(name)
    return bool(countries) and countries <= _governments(other)


_CUE_ONLY = frozenset("said says told tells added adds stated states".split())
# ... or its auxiliary: "Cllr Joanna Pryde, said" -> "has said" (round 168)
_CUE_ONLY |= frozenset("has have had also".split())


def new_names_possible(words: list[str]) -> bool:
    """The words a copy put in a name's place can name someone: not only a cue verb and
    its auxiliaries (round 122: the lawyer's name dropped before *says*)."""
    return not words or any(w.lower() not in _CUE_ONLY for w in words)


def check_swaps(p: Pair, found: list[Change]) -> list[Change]:
    """Proper nouns and landmarks the copy swapped (factnames.py), less those the entity
    check already reported (a word shared with one of ``found``)."""
    sk, ck = word_keys(p.s_text), word_keys(p.c_text)
    swaps = proper_swaps(p.s_text, p.c_text, p.source.text, p.copy.text)
    swaps += landmark_swaps(sk, ck, opcodes(sk, ck))
    done = {w for c in found for w in word_keys(c.source_text + " " + c.copy_text)}
    return [
        p.change(k, s, c, n)
        for k, s, c, n in swaps
        if not done & set(word_keys(s + " " + c))
        and not metonym(s, c)
        and not _other_kind(s, c)
        and not _still_named(s, c, p.c_text)
    ]


def _still_named(s: str, c: str, c_text: str) -> bool:
    """The source's country or capital still named in the copy sentence, and the copy's
    word no country: "said Washington would provide" -> "Across the Atlantic, the US State
    Department said America would" (round 206)."""
    return metonym(s, c_text) and not _governments(c)


_COAST_TAILS = frozenset({"coast", "coastline", "shore", "island", "islands", "peninsula"})


def _other_kind(s: str, c: str) -> bool:
    """A body for a stretch of land that shares its name: "Brennan Seabird Rescue" and
    "Varland's Brennan Coast" are the charity and its coast, two things (round 191)."""
    tails = {w.split()[-1].lower() for w in (s, c) if w.split()}
    return bool(tails & _COAST_TAILS) and bool(tails & (ORG_NOUNS | _BODY_TAILS))


_BODY_TAILS = frozenset({"rescue", "trust", "foundation", "society", "federation", "alliance"})


_NAME_PAIRS = re.compile(r"(?=\b([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")  # overlapping


def one_person(change: Change, text: str) -> bool:
    """A first name given for a surname or the other way round, of one person the source
    names in full ("Sir Crispin said" -> "Delahaye said" of Sir Crispin Delahaye, round
    69); or a name and the short form the source defines for it ("Northmarch Railways
    (NMR)", round 77: an acronym no initials spell)."""
    a, b = change.source_text.strip(), change.copy_text.strip()
    if a and b and (f"{a} ({b})" in text or f"{b} ({a})" in text):
        return True
    if not a or not b or " " in a or " " in b:
        return False
    return any({m[1], m[2]} == {a, b} for m in _NAME_PAIRS.finditer(text))


def other_person(p: Pair, found: list[Change]) -> list[Change]:
    """In a close pair, a surname replaced by the surname of another person the source
    names in full ("Ormesby doubled the lead" -> "Odunsi doubled the lead": the goal given
    to another player, round 64). The entity checks pass it, as both names stand in both
    articles."""
    if not p.close:
        return []
    people = {m[2] for m in FULL_NAME.finditer(p.source.text)}
    s_words, c_words = WORD.findall(p.s_text), WORD.findall(p.c_text)
    done = {w for c in found for w in WORD.findall(c.source_text + " " + c.copy_text)}
    out = []
    ops = opcodes([w.lower() for w in s_words], [w.lower() for w in c_words])
    for op, i1, i2, j1, j2 in ops:
        if op != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        a, b = s_words[i1], c_words[j1]
        said = i2 < len(s_words) and s_words[i2].lower() in CUE_WORDS  # the attribution's
        if a != b and a in people and b in people and not {a, b} & done and not said:
            out.append(
                p.change("name", a, b, f"{a!r} became {b!r}, another person the story names")
            )
    return out


_CAP_WORD = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def cap_words(article: Article) -> set[str]:
    """Every capitalised word of an article, lower-cased, sentence openers included."""
    return {w.lower() for w in _CAP_WORD.findall(article.text)}


RESPELL_MIN_RATIO = 80  # rapidfuzz ratio: Carver/Carter 83, Malmstrom/Maelstrom 89


def _opens(text: str, word: str) -> bool:
    """``word`` stands first in ``text`` or in one of its sentences."""
    return re.search(r"(?:^|[.!?]\s+)[\"“‘(]?" + re.escape(word) + r"\b", text) is not None


def check_respelled(
    p: Pair,
    words: tuple[set[str], set[str]],
    caps: tuple[set[str], set[str]],
    found: list[Change],
) -> list[Change]:
    """A name respelt wherever it stands in the sentence (``His campaign manager, Ned
    Carver, said`` -> ``Ned Carter, who manages the campaign, said``): the word-level
    diff of a reworded sentence does not put the two spellings side by side. A
    capitalised word the source article never uses, close in spelling to one of the
    source sentence's that the copy article never uses."""
    from rapidfuzz import fuzz

    # reported already, in this pair or an earlier one: one respelling is one edit
    done = {w.lower() for c in found for w in WORD.findall(c.copy_text + " " + c.source_text)}
    (src_words, copy_words), (s_caps, c_caps) = words, caps
    gone = [
        w for w in dict.fromkeys(_CAP_WORD.findall(p.s_text))
        if len(w) >= 4 and w.lower() not in c_caps | done and not present(w.lower(), copy_words)
    ]  # fmt: skip
    out = []
    for w in dict.fromkeys(_CAP_WORD.findall(p.c_text)):
        # present(): a possessive, a demonym or another form of the word is no new name
        if len(w) < 4 or w.lower() in s_caps | done or present(w.lower(), src_words):
            continue
        near = [g for g in gone if g[0] == w[0] and fuzz.ratio(g, w) >= RESPELL_MIN_RATIO]
        # both opening their sentences ("Farther south" -> "Further south"): capitalised
        # for the place they stand in; a name respelt there is the word diff's to report
        if len(near) == 1 and _opens(p.c_text, w) and _opens(p.s_text, near[0]):
            continue
        if len(near) == 1:
            out.append(p.change("name", near[0], w, f"{near[0]!r} respelt {w!r}"))
            gone.remove(near[0])
    # another first name before the same surname ("Markus Steinhoff" -> "Matthias
    # Steinhoff"): the name check passes a person whose surname the copy keeps
    c_first = {m[2]: m[1] for m in FULL_NAME.finditer(p.c_text)}
    for m in FULL_NAME.finditer(p.s_text):
        first, last = m[1], m[2]
        other = c_first.get(last)
        if (
            other and other != first and other.lower() not in done
            and first.lower() not in SKIP_CAPS and other.lower() not in SKIP_CAPS
            and first.lower() not in c_caps and other.lower() not in s_caps
            and other.lower() not in TITLE_WORDS | TITLE_HEADS | TITLE_MODS
            # (nor a title before the name: "Nurse Amira Solberg" -> "For Amira Solberg";
            # a portfolio before a title is the title case below)
            and (
                first.lower() not in TITLE_WORDS | TITLE_HEADS | TITLE_MODS
                or last.lower() in TITLE_HEADS
            )
        ):  # fmt: skip
            # "the Northern Banks" -> "the Western Banks": another place, not a person, and
            # "Carnwath Primary" -> "Dunmere Primary" another school (round 170)
            compass = first.lower() in COMPASS and other.lower() in COMPASS
            placed = compass or last.lower() in PLACE_TAILS
            kind: ChangeKind = "place" if placed else "name"
            note = "another place of its kind" if placed else "first name changed"
            if last.lower() in TITLE_HEADS:
                # another portfolio: "Fisheries Minister" -> "Environment Minister" (r191)
                kind, note = "title", f"title {first + ' ' + last!r} became {other + ' ' + last!r}"
            out.append(p.change(kind, f"{first} {last}", f"{other} {last}", note))
    return out
