"""Word lists facts.py reads: loaded terms (the ``wording`` check) and title words (the
``title`` check). Keep them short and documented: every loaded term is one that
editors' style guides flag."""

from __future__ import annotations

# Loaded-term groups: (terms that carry a judgement, neutral terms for the same thing).
# A swap is reported when at least one side of it is loaded. Keep the list short and
# documented: every entry is a term editors' style guides flag.
LOADED: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("terrorist", "jihadist", "extremist", "islamist"),
        ("militant", "insurgent", "fighter", "rebel", "gunman", "gunmen", "armed group"),
    ),
    (
        ("junta", "regime"),
        ("military-led government", "military government", "government", "authorities"),
    ),
    (("murdered", "slaughtered", "massacred", "butchered"), ("killed",)),
    (("rioter", "mob", "thug", "looter"), ("protester", "demonstrator", "crowd")),
    (("claimed", "admitted", "conceded", "boasted"), ("said", "stated", "noted", "told")),
    (
        ("illegal immigrant", "illegal alien", "illegals"),
        ("migrant", "undocumented immigrant", "asylum seeker"),
    ),
    (("seized power", "grabbed power"), ("took power", "came to power")),
    (("slammed", "blasted", "lashed out"), ("criticised", "criticized")),
    (("occupied",), ("disputed",)),
)

TITLE_HEADS = frozenset(
    """minister president premier secretary spokesman spokeswoman spokesperson general colonel
    commander chief director ambassador governor mayor senator chairman chairwoman chair ceo
    envoy leader head judge prosecutor king queen prince captain lieutenant sergeant admiral
    chancellor executive adviser advisor officer representative lawmaker secretary-general""".split()
)
TITLE_MODS = frozenset(
    """foreign defence defense interior finance health justice economy economic trade energy
    agriculture education army military police security state prime deputy vice former
    acting interim junior senior top chief opposition brigadier major marshal corporal
    commodore""".split()
)
RANK_MODS = frozenset({"former", "deputy", "vice", "acting", "interim", "ex"})

# Title words that name the same post: compared through their expansion, so ``premier``
# for ``prime minister`` or ``spokeswoman`` for ``spokesperson`` is no title change.
TITLE_SAME: dict[str, tuple[str, ...]] = {
    "premier": ("prime", "minister"),
    "spokesman": ("spokesperson",),
    "spokeswoman": ("spokesperson",),
    "chairman": ("chair",),
    "chairwoman": ("chair",),
    "defense": ("defence",),
    "advisor": ("adviser",),
    "ceo": ("chief", "executive"),
    "head": ("chief",),
    "leader": ("chief",),
}

# Place nouns of landmarks and facilities (the ``place`` check of a swapped place noun
# after a locative preposition), each mapped to a group: nouns of one group are
# synonyms (``jail`` / ``prison``) and never a change. Towns and cities are left out:
# copies call one place by either.
PLACE_NOUNS: dict[str, str] = {
    w: group
    for group, words in (
        ("parliament", "parliament legislature assembly"),
        ("palace", "palace residence"),
        ("embassy", "embassy consulate"),
        ("hospital", "hospital clinic"),
        ("school", "school university college campus"),
        ("airport", "airport airfield airstrip"),
        ("station", "station terminal"),
        ("port", "port harbour harbor docks"),
        ("square", "square plaza"),
        ("stadium", "stadium arena"),
        ("church", "church cathedral chapel"),
        ("mosque", "mosque"),
        ("temple", "temple"),
        ("market", "market marketplace bazaar"),
        ("prison", "prison jail"),
        ("court", "court courthouse courtroom tribunal"),
        ("ministry", "ministry"),
        ("headquarters", "headquarters"),
        ("camp", "camp"),
        ("bridge", "bridge"),
        ("hotel", "hotel"),
        ("factory", "factory plant"),
        ("mine", "mine"),
        ("base", "base barracks"),
        ("checkpoint", "checkpoint crossing"),
        ("city hall", "city-hall town-hall"),
    )
    for w in words.split()
}
