"""Agency credits read on their own (the verdicts they change are in test_compare)."""

from __future__ import annotations

from wiretrace.credits import credited_source, credits_agency, rival_agencies
from wiretrace.ingest import parse_record

_WIRE = parse_record(
    "date 2025-11-04 Ferry cuts\n\n"
    "Portlaw, 4 November (NPA) -- The ferry operator Westray Link will cut its winter "
    "sailings to three islands, the company said on Tuesday.\n\n"
    "Its fuel bill rose to 11.2 million euros, it said."
)


def test_a_source_line_spelling_out_the_agency_credits_it() -> None:
    summary = parse_record(
        "date 2025-11-04 Island ferries\n\n"
        "Westray Link is trimming its winter crossings after a fuel bill of 11 million euros.\n\n"
        "Source: Northvale Press Agency"
    )
    assert credited_source(summary, _WIRE) == "Source: Northvale Press Agency"
    # and the wire story credits nobody
    assert credited_source(_WIRE, summary) is None


def test_a_credit_in_the_prose_names_the_agency_by_its_short_name() -> None:
    story = parse_record(
        "date 2025-11-04 Island ferries\n\n"
        "Westray Link will cut its winter sailings, according to NPA, after its fuel bill "
        "rose to 11.2 million euros."
    )
    assert credited_source(story, _WIRE) == "according to NPA"
    reported = parse_record(
        "date 2025-11-04 Island ferries\n\n"
        "Westray Link will cut its winter sailings, the Northvale Press Agency reported."
    )
    assert credited_source(reported, _WIRE) is not None


def test_a_credit_to_another_agency_or_a_person_is_no_credit_of_this_source() -> None:
    other = parse_record(
        "date 2025-11-04 Island ferries\n\n"
        "Westray Link will cut its winter sailings, according to Harbour Wire, and the fuel "
        "bill rose, according to Fionnuala Brannock."
    )
    assert credited_source(other, _WIRE) is None


def test_an_agency_s_own_reporting_is_not_a_credit() -> None:
    # an NPA story that says "she told NPA" reported it; it did not take it from NPA
    update = parse_record(
        "date 2025-11-05 Ferry cuts\n\n"
        "Portlaw, 5 November (NPA) -- Westray Link will restore one crossing, chief "
        "executive Fionnuala Brannock told NPA on Wednesday."
    )
    assert credited_source(update, _WIRE) is None


def test_credits_agency_and_rival_agencies_read_the_same_credits() -> None:
    rival = parse_record(
        "date 2025-11-04 Ferry cuts\n\n"
        "Portlaw, 4 November (Harbour Wire) -- Westray Link will cut its winter sailings to "
        "three islands."
    )
    assert rival_agencies(_WIRE, rival) == ("NPA", "Harbour Wire")
    crediting = parse_record(
        "date 2025-11-04 Ferry cuts\n\n"
        "Portlaw, 4 November (Harbour Wire) -- Westray Link will cut its winter sailings, "
        "according to Reuters."
    )
    assert credits_agency(crediting) and not credits_agency(rival)
    assert rival_agencies(_WIRE, crediting) is None


def test_a_syndication_line_credits_the_agency() -> None:
    copy = parse_record(
        "date 2025-11-04 Ferry cuts\n\n"
        "The ferry operator Westray Link will cut its winter sailings to three islands.\n\n"
        "This article was syndicated from The Northvale Wire."
    )
    assert credits_agency(copy)
    assert not credits_agency(_WIRE)


def test_a_page_s_masthead_or_copyright_line_names_its_outlet() -> None:
    # round 202: a feature quotes the captain "told Arden Public Radio", the source page's
    # masthead and footer
    radio = parse_record(
        "date 2025-08-11 Crews made a stand at Dorrow\n\n"
        "Arden Public Radio\n\nBy Lena Voss\n\n"
        "Engine crews lined up along Dorrow's western edge, said Captain Rosa Delgado.\n\n"
        "They soaked roofs and fences as bulldozers cut a line behind the cemetery.\n\n"
        "Copyright 2025 Arden Public Radio. To see more, visit Arden Public Radio."
    )
    feature = parse_record(
        "date 2025-08-18 Two summers, two fires\n\n"
        "Engine crews formed a line along the town's western edge, Captain Rosa Delgado told "
        "Arden Public Radio.\n\nThe valley has had little rain since May."
    )
    assert (credited_source(feature, radio) or "").startswith("told Arden Public Radio")
    assert credited_source(feature, _WIRE) is None


def test_a_company_s_own_footer_names_no_outlet_of_its_story() -> None:
    # round 177: the bidder's release under "© 2026 Aldercrest Industries plc", and a report
    # that says the target "has told Aldercrest Industries" its offer is too low
    release = parse_record(
        "date 2026-02-09 Possible offer for Kessling\n\n"
        "Aldercrest Industries plc confirms that it has made a proposal to the board of Kessling.\n\n"
        "The proposal values Kessling at 2.31 billion pounds.\n\n"
        "© 2026 Aldercrest Industries plc. All rights reserved."
    )
    report = parse_record(
        "date 2026-02-10 Kessling rebuffs bid\n\n"
        "Kessling Precision has told Aldercrest Industries that its approach is nowhere near "
        "enough."
    )
    assert credited_source(report, release) is None


def test_a_masthead_over_a_section_label_and_the_outlet_s_own_reporting() -> None:
    # round 232: "VBS NEWS" over "Business", the headline and the byline, and a story that
    # says staff "told VBS News": a digest's "Source: VBS News" credits it
    story = parse_record(
        "date 2026-03-10 Quillon to shed 14% of staff\n"
        "VBS NEWS\n\nBusiness\n\nQuillon to shed 14% of staff\n\n"
        "By Anouk Delacroix-Bell, Employment reporter, and Rafe Castellanos, Business reporter\n\n"
        "Quillon Systems is to cut 1,840 jobs, about 14% of its workforce.\n\n"
        "Several staff told VBS News they had lost access to company systems."
    )
    assert story.byline == "Anouk Delacroix-Bell and Rafe Castellanos"
    digest = parse_record(
        "date 2026-03-10 Quillon cuts 1,840 jobs\n\nSource: VBS News\n\n"
        "Software company Quillon Systems is to cut 1,840 jobs, about 17% of its workforce."
    )
    assert (credited_source(digest, story) or "").endswith("VBS News")
