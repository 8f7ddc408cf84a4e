"""Direction clues read on their own (the whole pipeline's directions are in test_compare)."""

from __future__ import annotations

import dataclasses

from wiretrace.article import Article, Removed
from wiretrace.direction import Edits, direction
from wiretrace.ingest import parse_record

_A = parse_record(
    "date 2026-03-02 Port strike\n"
    "Dock workers at Veskara walked out on Monday over plans to automate the cranes.\n"
    "The union said the plan would cost about 600 jobs."
)
_B = parse_record(
    "date 2026-03-02 Port strike\n"
    "Dock workers at Veskara walked out on Monday over plans to automate the cranes.\n"
    "The union claimed the plan would cost about 600 jobs."
)


def _decide(a: Article, a_reading: Edits, b_reading: Edits) -> tuple[bool, list[str]]:
    """Whether ``a`` is the source of ``_B``, and why, when only the edits can tell."""
    return direction(a, _B, 0.9, 0.9, "auto", edits=lambda: (a_reading, b_reading))


def _read(a_reading: Edits, b_reading: Edits) -> list[str]:
    return _decide(_A, a_reading, b_reading)[1]


def _wire_is_source_both_ways(wire: Article, copy: Article, clue: str) -> None:
    """Whichever order the two are given in, ``wire`` is the source, by ``clue``."""
    for a, b in ((wire, copy), (copy, wire)):
        a_src, evidence = direction(a, b, 0.9, 0.9, "auto")
        assert a_src == (a is wire) and evidence[0].startswith(clue), evidence


def test_loaded_swaps_one_way_name_the_source() -> None:
    # read with A as the source, the copy swaps one neutral term for a loaded one
    a_src, evidence = _decide(_A, Edits(0, 1, 0), Edits(0, 0, 1))
    assert a_src and evidence[0].startswith("loaded terms:")
    b_src, evidence = _decide(_A, Edits(0, 0, 1), Edits(0, 1, 0))
    assert not b_src and evidence[0].startswith("loaded terms:")


def test_loaded_swaps_both_ways_say_nothing() -> None:
    # A rewriter that makes one "complained" "said" and one "said" "conceded" (round 42):
    # read one way, a swap each way; the other way, one swap in that the checks saw
    # (they need not see both readings alike). Neither reading is one-sided enough.
    assert not _read(Edits(0, 1, 1), Edits(0, 1, 0))[0].startswith("loaded terms:")
    # a swap in each reading, none out: no side
    assert not _read(Edits(0, 1, 0), Edits(0, 1, 0))[0].startswith("loaded terms:")
    # then hardened claims decide
    assert _read(Edits(1, 1, 1), Edits(0, 1, 0))[0].startswith("hardened claims:")


def test_loaded_swaps_outweigh_the_page_furniture() -> None:
    # Round 53: the source's own page carried more navigation than the copy's, and the
    # furniture clue named the copy the source; the copy's "protesters" -> "rioters" reads
    # one way only. Loaded terms now come first; furniture decides only without them.
    framed = dataclasses.replace(
        _A, removed=[Removed("boilerplate", "Share: Facebook | X", 0, 0)] * 2
    )
    a_src, evidence = _decide(framed, Edits(0, 1, 0), Edits(0, 0, 1))
    assert a_src and evidence[0].startswith("loaded terms:")
    b_src, evidence = _decide(framed, Edits(0, 0, 0), Edits(0, 0, 0))
    assert not b_src and evidence[0].startswith("furniture:")


def test_a_copy_crediting_the_other_s_agency_by_name_is_the_copy() -> None:
    # round 70: a site's light edit of a wire story keeps "three residents told
    # Stellbrook" (an agency no list knows) and drops the dateline; the loaded-term clue
    # read it backwards, as the copy softened "junta" to "government"
    wire = parse_record(
        "date 2025-03-11 Strike on market\n\n"
        "Koulbara, 11 March (Stellbrook) - A drone strike on a market killed 31 people, "
        "three residents told Stellbrook by telephone.\n\nThe junta denied it."
    )
    site = parse_record(
        "date 2025-03-11 Strike on market\n\n"
        "A drone strike on a market killed 31 people, three residents told Stellbrook by "
        "telephone.\n\nThe government denied it."
    )
    _wire_is_source_both_ways(wire, site, "attribution:")


def test_a_dateline_credited_to_an_unknown_agency_marks_the_original() -> None:
    # round 74: a French site's rewrite dropped the dateline "(Norval)" of an agency no
    # list knows, and containment read the wire as the copy
    wire = parse_record(
        "date 2025-04-09 Réforme adoptée\n\n"
        "SAINT-HILVERT, 9 avril (Norval) - L'Assemblée a adopté la réforme des retraites "
        "dans la nuit.\n\nLe texte relève l'âge légal de 60 à 63 ans."
    )
    site = parse_record(
        "date 2025-04-09 Réforme adoptée\n\n"
        "La réforme des retraites a été votée cette nuit par les députés, qui ont porté "
        "l'âge légal de 60 à 63 ans.\n\nLes syndicats appellent à la grève."
    )
    _wire_is_source_both_ways(wire, site, "wire marks:")


def test_a_desk_credit_line_in_another_language_is_no_furniture() -> None:
    # round 74: "(Información de ...; editado por ...)" under a Spanish wire story counted
    # as site furniture, and the aggregator's verbatim repost read as the original
    foot = "(Información de Samuel Irigoyen; editado por Tomás Echevarne)"
    for line in (foot, "(Rédaction Anatole Brézinier, édité par Aurore Pellegrue)",
                 "(Redaktion: Konstantin Rehbach; bearbeitet von Ina Grevesmühl)"):  # fmt: skip
        wire = dataclasses.replace(_A, removed=[Removed("boilerplate", line, 0, 0)])
        a_src, evidence = direction(wire, _A, 0.9, 0.9, "auto")
        assert a_src and evidence[0].startswith("credit line:"), (line, evidence)


def test_a_page_that_introduces_the_report_it_posts_is_the_copy() -> None:
    # round 71: a company's newsroom posted the wire's story under "Below is a news report
    # on today's decision", with a media-enquiries line that made it a press release
    wire = parse_record(
        "date 2025-06-18 Regulator fines Brenmoor\n\n"
        "DUNMEER, June 18 (Davrell) - The regulator fined Brenmoor Energy on Wednesday for "
        "overcharging about 310,000 households.\n\nThe company said it would appeal."
    )
    newsroom = parse_record(
        "date 2025-06-18 What the decision means for our customers\n\n"
        "We believe in being open. Below is a news report on today's decision by the "
        "regulator.\n\nThe regulator fined Brenmoor Energy on Wednesday for incorrectly "
        "billing about 310,000 households.\n\nThe company said it would appeal.\n\n"
        "Media enquiries: press office, Brenmoor Energy."
    )
    _wire_is_source_both_ways(wire, newsroom, "attribution:")


def test_a_bare_dateline_marks_the_original_when_nothing_stronger_decides() -> None:
    # Rounds 87 and 88: scraped originals opening "CARROWFIELD, May 14 -" (no agency),
    # their rewrites without it and with less page furniture than the original's page.
    wire = parse_record(
        "date 2026-05-14 Outbreak traced to cooling tower\n"
        "By Aoife Brennan\n"
        "CARROWFIELD, May 14 - Health officials said a cooling tower was the likely source of "
        "the outbreak.\n"
        "Related: What is Legionnaires' disease?\n"
        "Related: How cooling towers are inspected\n"
    )
    copy = parse_record(
        "date 2026-05-14 Cooling tower blamed for outbreak\n"
        "Health officials say a cooling tower was the likely cause of the outbreak.\n"
    )
    assert wire.dateline is not None and wire.dateline.agency is None
    _wire_is_source_both_ways(wire, copy, "dateline:")


def test_a_reporter_s_byline_marks_the_original_over_a_share_bar() -> None:
    # Round 95: the signed original's page had one share bar more than its unsigned
    # rewrite, and the furniture named the rewrite the source.
    signed = parse_record(
        "date 2026-03-17 Adviser jailed for fraud\n"
        "By Lucy Amadi, Courts Reporter\n"
        "A financial adviser was jailed for eight years for stealing from clients.\n"
        "Share: Facebook | X | Email\n"
    )
    desk = parse_record(
        "date 2026-03-17 Adviser jailed\n"
        "Marbridge News Desk\n"
        "A former adviser has been sent to prison for eight years for stealing from clients.\n"
    )
    assert signed.byline and desk.byline == "Marbridge News Desk"
    _wire_is_source_both_ways(signed, desk, "byline:")


def test_a_newsdesk_byline_is_no_reporter_s() -> None:
    # round 177: "By MarketPulse Newsdesk" had read as a reporter's, and named an
    # aggregator's repost of a press release as the release's source
    # ... nor, round 99, "By Regional Roundup staff", whose byline reads "Regional Roundup"
    from wiretrace.credits import signed

    desk = parse_record(
        "date 2026-02-09 Bid\nBy MarketPulse Newsdesk | February 9, 2026 8:14 AM GMT\n"
        "Aldercrest went public with a proposal to buy Kessling.\n"
    )
    reporter = parse_record("date 2026-02-09 Bid\nBy Lucy Amadi\nAldercrest went public.\n")
    staff = parse_record("date 2026-02-09 Bid\nBy Harbour Roundup staff\nAldercrest went public.\n")
    assert desk.byline and not signed(desk)
    assert staff.byline and not signed(staff)
    assert signed(reporter)
    # ... nor, round 192, "By Halvren Live reporter"; and an outlet's name over its stamp
    # (round 226's "MidWest Health Bulletin") is no byline at all
    outlet = parse_record(
        "date 2026-02-26 Bid\nBy Halvren Live reporter\nAldercrest went public.\n"
    )
    assert outlet.byline == "Halvren Live" and not signed(outlet)
    masthead = parse_record(
        "date 2026-02-26 Bid\nEstmark Broadcasting\n26 February 2026 | 13:20\nAldercrest went public.\n"
    )
    assert masthead.byline is None
    # one list of outlets' words serves both: "Northfield Radio" signs nothing, and
    # "Harlow Bay Today" over a stamp is no byline
    radio = parse_record("date 2026-02-26 Bid\nBy Northfield Radio\nAldercrest went public.\n")
    assert radio.byline and not signed(radio)
    today = parse_record(
        "date 2026-02-26 Bid\nHarlow Bay Today\n26 February 2026 | 13:20\nAldercrest went public.\n"
    )
    assert today.byline is None


def test_the_agency_s_own_page_is_the_source_of_the_paper_running_it() -> None:
    # round 188: both carry "(SPA)"; the agency's page has more furniture (stamps, a
    # share bar), and that furniture had read the paper as the source
    body = (
        "DRAVNIK, Calvera, June 15 (SPA) - Calveran authorities on Sunday ordered the rescue "
        "ship Aurora Tide to be held in the port of Dravnik for 20 days.\n\n"
        "The charity said its crew had followed the coast guard's instructions."
    )
    agency = parse_record(
        "date 2025-06-15 Calvera detains rescue ship\nSarnic Press Agency\n"
        "June 15, 2025 | 12:27 p.m.\nUpdated 1:05 p.m.\nShare this article\n" + body
    )
    paper = parse_record(
        "date 2025-06-15 Calvera detains rescue ship\nNorthern Coast Courier\n"
        "Sunday, June 15, 2025\n" + body
    )
    _wire_is_source_both_ways(agency, paper, "masthead:")


def test_a_staff_byline_under_the_outlet_s_name_is_no_reporter_s() -> None:
    # round 223: "Nordic Morning" over its stamp, then "By Nordic Morning staff"
    from wiretrace.credits import signed

    desk = parse_record(
        "date 2025-08-26 Census\nNordic Morning\nTuesday, 26 August 2025 - 15:32\n"
        "By Nordic Morning staff\nKestria's population has fallen to 3.48 million.\n"
    )
    assert desk.byline == "Nordic Morning" and not signed(desk)
