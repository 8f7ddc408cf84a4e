"""A place moved to another the source names elsewhere (factplaces.py)."""

from __future__ import annotations

import datetime as dt

from test_facts import by_sentence

DAY = dt.date(2026, 9, 10)
SOURCE = (
    "About 200 protesters marched from Linden Park to City Hall on Thursday evening. "
    "A smaller group of about 30 people gathered at Harbor Square to support the union."
)


def test_a_place_moved_to_one_the_source_names_for_something_else() -> None:
    # round 115: the march set off from the counter-rally's square
    copy = (
        "Roughly 200 protesters marched to City Hall from Harbor Square on Thursday evening. "
        "A second, smaller crowd of about 30 backed the union."
    )
    got = by_sentence(SOURCE, copy, DAY, kind="paraphrase", score=0.9)
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("place", "Linden Park", "Harbor Square")
    ]


def test_a_place_kept_elsewhere_in_the_copy_is_no_move() -> None:
    copy = (
        "Roughly 200 protesters marched to City Hall from Harbor Square on Thursday evening, "
        "having gathered first in Linden Park. "
        "A second, smaller crowd of about 30 backed the union at Harbor Square."
    )
    got = by_sentence(SOURCE, copy, DAY, kind="paraphrase", score=0.9)
    assert [c.kind for c in got] == []


def test_a_place_the_source_never_names_in_a_rebuilt_sentence() -> None:
    # round 119: the strike moved to another town in a sentence rebuilt around it, where
    # the word-by-word name checks find no slot to compare
    got = by_sentence(
        "A drone strike on a crowded livestock market in Beleni, in the northern Tamsa "
        "region, killed at least nine people on Wednesday, officials said.",
        "At least nine people were killed on Wednesday when a drone struck a crowded "
        "livestock market in Kalifa, in the northern Tamsa region, officials said.",
        DAY,
        kind="paraphrase",
        score=0.9,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("place", "Beleni", "Kalifa")]


def test_a_body_shortened_to_its_initials_is_no_move() -> None:
    # round 178: "from the European Union's recovery funds" -> "from EU recovery funds"
    src = "About 3.2 billion euros will come from the European Union's recovery funds."
    got = by_sentence(src, "About 3.2 billion euros will come from EU recovery funds.", DAY)
    assert got == []
    moved = by_sentence(src, "About 3.2 billion euros will come from Norway's recovery funds.", DAY)
    assert [c.copy_text for c in moved] == ["Norway's"]


def test_a_named_district_swapped_is_a_place() -> None:
    # round 178: "in the Eastbank district" -> "from the Northgate district" read as a name
    got = by_sentence(
        "Supporters gathered in the Eastbank district, where rents have risen fastest.",
        "Supporters watched the results come in from the Northgate district, where rents "
        "have climbed most steeply.",
        DAY,
        kind="paraphrase",
        score=0.9,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("place", "Eastbank", "Northgate")
    ]


def test_a_new_name_in_the_slot_of_a_neighbourhood_is_a_place_swap() -> None:
    # round 183: "Orchard End" -> "Brackley" was reported as a name named nowhere
    got = by_sentence(
        "Lead was found in homes in the Millgate and Orchard End neighbourhoods, the agency said.",
        "Lead was found in homes in the Millgate and Brackley neighbourhoods, the agency said.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("place", "Orchard End", "Brackley")
    ]


def test_a_bearing_from_a_place_moved_to_another_the_source_names() -> None:
    # round 188: "38 nautical miles south of Cape Sorrel" -> "south of Port Velisca", the
    # port the source names as the one that refused the ship
    src = (
        "The boat, carrying about 140 people who had set out from Bel Harrak in Qadira, "
        "capsized shortly before 5 a.m. about 38 nautical miles south of Cape Sorrel, "
        "according to Calvera's coast guard. "
        "Authorities refused to let the ship land the survivors at Port Velisca."
    )
    cpy = (
        "According to Calvera's coast guard, the boat - with around 140 people on board who "
        "had departed from Bel Harrak in Qadira - overturned shortly before 5 a.m. some 38 "
        "nautical miles south of Port Velisca. "
        "Authorities refused to let the ship land the survivors at Port Velisca."
    )
    got = by_sentence(src, cpy, DAY, kind="paraphrase", score=0.95)
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("place", "Cape Sorrel", "Port Velisca")
    ]


def test_a_port_and_an_estuary_are_places() -> None:
    # rounds 186 and 191: a name after "the port of" or before "estuary" is a place
    got = by_sentence(
        "Boats were barred from the northern port of Vila Cardosa near the Lune estuary.",
        "Boats were barred from the northern port of Vila Formosa near the Arden estuary.",
        DAY,
    )
    assert sorted((c.kind, c.source_text) for c in got) == [
        ("place", "Lune"),
        ("place", "Vila Cardosa"),
    ]


def test_the_city_made_another_place_the_source_names() -> None:
    # round 204: the Port Selva mayor made to speak of the islands' hotels
    src = (
        "Port Selva is the airline's second base. The mayor of Port Selva, Ilario Benn, said "
        "hotels in the city had reported dozens of cancellations for the Easter period. "
        "It has flights to the Ferrin Islands."
    )
    cpy = src.replace("hotels in the city", "hotels across the Ferrin Islands")
    got = by_sentence(src, cpy, DAY)
    assert [(c.kind, c.source_text) for c in got] == [("place", "in the city")]
    named = src.replace("hotels in the city", "hotels in Port Selva")
    assert by_sentence(src, named, DAY) == []


def test_a_capital_for_its_country_said_another_way_is_no_place() -> None:
    # round 206: "Washington would provide" -> "Across the Atlantic, ... America would"
    got = by_sentence(
        "The U.S. State Department said Washington would provide $12 million in humanitarian "
        "assistance.",
        "Across the Atlantic, the US State Department said America would contribute 12 "
        "million dollars in humanitarian assistance.",
        DAY,
        kind="paraphrase",
        score=0.9,
    )
    assert [c.kind for c in got] == []


def test_the_district_the_source_names_and_a_place_s_possessive() -> None:
    # round 240: "Oskeva district ... in the district" -> "in Oskeva" is the same place,
    # and "in Tarnholt's covered market" -> "in Tarnholt" no move
    src = (
        "New cases in Oskeva district fell sharply last week. The agency estimates that 86% "
        "of children in the district have now had one dose of the MMR vaccine."
    )
    cpy = (
        "New cases in Oskeva district fell sharply last week. The agency estimates that 86% "
        "of children in Oskeva have now had one dose of the MMR vaccine."
    )
    assert by_sentence(src, cpy, DAY) == []
    elsewhere = cpy.replace("New cases in Oskeva district", "New cases fell")
    elsewhere = elsewhere.replace("children in Oskeva", "children in Marrowby")
    assert [c.kind for c in by_sentence(src, elsewhere, DAY)] == ["place"]
    assert (
        by_sentence(
            "At the clinic in Tarnholt's covered market, parents came steadily all day.",
            "At the covered market clinic in Tarnholt, parents came steadily all day.",
            DAY,
        )
        == []
    )
    # (nor is a possessive's "in the region's race" any place: round 207)
    assert (
        by_sentence(
            "Officials in Marovia began a recount, as supporters of both candidates in the "
            "region's disputed race gathered outside.",
            "Officials in Marovia began a recount, as backers of both candidates gathered "
            "outside the counting venue in Lesk.",
            DAY,
        )
        == []
    )


def test_a_road_junction_is_a_place() -> None:
    # round 256: "near the Brennick junction" -> "close to the Arlow junction"
    got = by_sentence(
        "Protesters set fire to hay bales near the Brennick junction on Monday.",
        "Protesters set fire to hay bales close to the Arlow junction on Monday.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("place", "Brennick", "Arlow")]


def test_another_county_is_another_place() -> None:
    # round 250: calls "rerouted to the Harlow County dispatch center" -> "Kestrel County"
    got = by_sentence(
        "Calls were briefly rerouted to the Harlow County dispatch center, the chief said.",
        "Calls were briefly rerouted to the Kestrel County dispatch center, the chief said.",
        DAY,
    )
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [
        ("place", "Harlow County", "Kestrel County")
    ]
