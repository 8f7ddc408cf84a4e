"""Geography words the name and place checks read: the forms of a country's name and
its people (``Britain`` / ``UK`` / ``British``), the capitals that stand for their
governments, and the US states with their AP-style abbreviations. Split from
factlexicon.py, which keeps the loaded terms and title words."""

from __future__ import annotations

# Country names and the words for their people or things, one group per country: any two
# forms of a group name the same thing (``U.S. officials`` / ``American officials``,
# ``Britain`` / ``UK`` / ``British``), so a copy that switches between them changes no
# name, place or attribution. Lower case, without dots; multi-word forms are matched as
# phrases. Only irregular or ambiguous pairs need an entry (factnames.same_name already
# reads regular demonyms such as Mali / Malian), but listing a country whole is harmless.
COUNTRY_FORMS: tuple[tuple[str, ...], ...] = (
    ("us", "united states", "united states of america", "usa", "america", "american",
     "americans"),
    ("uk", "united kingdom", "britain", "great britain", "british", "briton", "britons"),
    ("netherlands", "holland", "dutch"),
    ("france", "french"),
    ("germany", "german", "germans"),
    ("switzerland", "swiss"),
    ("china", "chinese", "prc"),
    ("japan", "japanese"),
    ("russia", "russian", "russians", "russian federation"),
    ("spain", "spanish", "spaniard", "spaniards"),
    ("portugal", "portuguese"),
    ("denmark", "danish", "dane", "danes"),
    ("sweden", "swedish", "swede", "swedes"),
    ("finland", "finnish", "finn", "finns"),
    ("norway", "norwegian", "norwegians"),
    ("poland", "polish"),
    ("ireland", "irish"),
    ("greece", "greek", "greeks"),
    ("turkey", "turkiye", "türkiye", "turkish", "turks"),
    ("thailand", "thai", "thais"),
    ("philippines", "philippine", "filipino", "filipinos"),
    ("afghanistan", "afghan", "afghans"),
    ("pakistan", "pakistani", "pakistanis"),
    ("bangladesh", "bangladeshi", "bangladeshis"),
    ("iraq", "iraqi", "iraqis"),
    ("israel", "israeli", "israelis"),
    ("saudi arabia", "saudi", "saudis"),
    ("united arab emirates", "uae", "emirati", "emiratis"),
    ("qatar", "qatari", "qataris"),
    ("yemen", "yemeni", "yemenis"),
    ("egypt", "egyptian", "egyptians"),
    ("lebanon", "lebanese"),
    ("sudan", "sudanese"),
    ("south sudan", "south sudanese"),
    ("ivory coast", "cote d'ivoire", "côte d'ivoire", "ivorian", "ivorians"),
    ("burkina faso", "burkinabe", "burkinabé"),
    ("niger", "nigerien", "nigeriens"),
    ("nigeria", "nigerian", "nigerians"),
    ("senegal", "senegalese"),
    ("mali", "malian", "malians"),
    ("south africa", "south african", "south africans"),
    ("new zealand", "new zealander", "new zealanders"),
    ("czech republic", "czechia", "czech"),
    ("myanmar", "burma", "burmese"),
    ("sri lanka", "sri lankan", "sri lankans"),
    ("north korea", "north korean", "north koreans", "dprk"),
    ("south korea", "south korean", "south koreans"),
    ("vietnam", "vietnamese"),
    ("ukraine", "ukrainian", "ukrainians"),
    ("belarus", "belarusian", "belarusians"),
    ("argentina", "argentine", "argentinian", "argentinians"),
    ("peru", "peruvian", "peruvians"),
    ("scotland", "scottish", "scot", "scots"),
    ("wales", "welsh"),
    ("cyprus", "cypriot", "cypriots"),
    ("iceland", "icelandic"),
    ("monaco", "monegasque"),
)  # fmt: skip

# Capitals that stand for their government in news copy (``Beijing said`` = ``China
# said``), each with its country as COUNTRY_FORMS names it (the first form of a group).
# Read only where a source is credited (the ``attribution`` check), never for places:
# ``in Beijing`` is not ``in China``.
CAPITALS: dict[str, str] = {
    "washington": "us", "london": "uk", "paris": "france", "berlin": "germany",
    "moscow": "russia", "kremlin": "russia", "beijing": "china", "tokyo": "japan",
    "kyiv": "ukraine", "kiev": "ukraine", "tehran": "iran", "ankara": "turkey",
    "cairo": "egypt", "riyadh": "saudi arabia", "delhi": "india", "islamabad": "pakistan",
    "kabul": "afghanistan", "baghdad": "iraq", "damascus": "syria", "beirut": "lebanon",
    "seoul": "south korea", "pyongyang": "north korea", "ottawa": "canada",
    "canberra": "australia", "madrid": "spain", "rome": "italy", "warsaw": "poland",
    "minsk": "belarus", "bamako": "mali", "niamey": "niger", "abuja": "nigeria",
    "ouagadougou": "burkina faso", "dakar": "senegal", "nairobi": "kenya",
    "khartoum": "sudan", "caracas": "venezuela", "havana": "cuba", "brasilia": "brazil",
    "hanoi": "vietnam", "bangkok": "thailand", "manila": "philippines",
    "jakarta": "indonesia", "doha": "qatar", "amman": "jordan", "algiers": "algeria",
    "rabat": "morocco", "tunis": "tunisia", "stockholm": "sweden", "oslo": "norway",
    "copenhagen": "denmark", "helsinki": "finland", "athens": "greece", "dublin": "ireland",
}  # fmt: skip

# US states and their AP-style abbreviations: "rural Oregon" -> "Orrin, Ore." names one
# state (round 148). (Not the postal codes: "or", "in", "me" are words.)
US_STATE_ABBREV: dict[str, str] = {
    "alabama": "ala", "arizona": "ariz", "arkansas": "ark", "california": "calif",
    "colorado": "colo", "connecticut": "conn", "delaware": "del", "florida": "fla",
    "georgia": "ga", "illinois": "ill", "indiana": "ind", "kansas": "kan", "kentucky": "ky",
    "maryland": "md", "massachusetts": "mass", "michigan": "mich", "minnesota": "minn",
    "mississippi": "miss", "montana": "mont", "nebraska": "neb", "nevada": "nev",
    "oklahoma": "okla", "oregon": "ore", "pennsylvania": "pa", "tennessee": "tenn",
    "vermont": "vt", "virginia": "va", "washington": "wash", "wisconsin": "wis",
    "wyoming": "wyo",
}  # fmt: skip
US_STATE_OF = {v: k for k, v in US_STATE_ABBREV.items()}
US_STATES = frozenset(US_STATE_ABBREV) | frozenset(
    """alaska hawaii idaho iowa maine ohio texas utah louisiana missouri""".split()
)  # the one-word states (a two-word state's words are read one by one elsewhere)
