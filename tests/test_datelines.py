"""The dateline that opens a story, in the forms agencies and papers write it."""

from __future__ import annotations

from wiretrace.datelines import match_dateline


def test_agency_datelines_give_place_date_and_agency() -> None:
    text = "SAN JUAN, Puerto Rico, Nov 3 (Reuters) - The island's grid failed again."
    found = match_dateline(text)
    assert found is not None
    dl, at = found
    assert (dl.place, dl.date, dl.agency) == ("SAN JUAN, Puerto Rico", "Nov 3", "Reuters")
    assert text[at:].startswith("The island's grid")
    dl2, _ = match_dateline("WASHINGTON (AP) \u2014 Senators voted late on Tuesday.") or (None, 0)
    assert dl2 is not None and (dl2.place, dl2.date, dl2.agency) == ("WASHINGTON", None, "AP")


def test_a_place_alone_needs_a_colon_or_a_dash() -> None:
    found = match_dateline("ISLAMABAD: The cabinet met on Monday.")
    assert found is not None and found[0].place == "ISLAMABAD"
    assert match_dateline("BREAKING: The cabinet met on Monday.") is None  # a label
    assert match_dateline("NOTE (Reuters): this story was corrected.") is None
    assert match_dateline("The cabinet met in ISLAMABAD on Monday.") is None


def test_urdu_datelines() -> None:
    # PLACE ۔ DATE (AGENCY), the agency form
    found = match_dateline("ڈھاکہ ۔ یکم دسمبر (اے پی پی) بنگلہ دیش میں انتخابات ہوئے۔")
    assert found is not None
    assert (found[0].place, found[0].agency) == ("ڈھاکہ", "اے پی پی")
    # PLACE (AGENCY) only with a word that names a desk or an agency
    assert match_dateline("لاہور (سپورٹس رپورٹر) میچ کل ہوگا۔") is not None
    assert match_dateline("لاہور (کل) میچ ہوگا۔") is None


def test_a_place_in_title_case_needs_the_agency() -> None:
    # round 62: an agency writing "Grenlow, 11 February (CPA) --" had its dateline kept as
    # story text (and dpa writes "Berlin (dpa) -")
    found = match_dateline("Grenlow, 11 February (CPA) -- The union said it would ballot.")
    assert found is not None
    assert (found[0].place, found[0].date, found[0].agency) == ("Grenlow", "11 February", "CPA")
    berlin = match_dateline("Berlin (dpa) - Die Regierung hat beschlossen.")
    assert berlin is not None and berlin[0].agency == "dpa"
    assert match_dateline("Labour (the party) - said nothing new.") is None
    assert match_dateline("Grenlow - the town that lost its plant.") is None


def test_places_beyond_ascii_and_the_agency_first() -> None:
    # round 89: a Turkish place in capitals, a German one in title case, ANSA's order
    found = match_dateline("İZMİR (AA) - İzmir Körfezi'nde balık ölümleri sürüyor.")
    assert found is not None and found[0].place == "İZMİR" and found[0].agency == "AA"
    found = match_dateline("München (dpa) - Die Stadt plant neue Radwege.")
    assert found is not None and found[0].place == "München"
    found = match_dateline("(ANSA) - POMPEI, 14 APR - Un giardino dipinto è riemerso.")
    assert found is not None and (found[0].place, found[0].date, found[0].agency) == (
        "POMPEI",
        "14 APR",
        "ANSA",
    )
    assert match_dateline("(Reuters) - Apple said on Monday it would buy back shares.") is None


def test_a_dateline_alone_only_when_asked_and_dated() -> None:
    assert match_dateline("RIDGEFORD, June 11 -") is None
    found = match_dateline("RIDGEFORD, June 11 -", alone=True)
    assert found is not None and found[0].date == "June 11"
    assert match_dateline("RIDGEFORD -", alone=True) is None


def test_a_place_in_capitals_before_a_spaced_hyphen_is_a_dateline() -> None:
    # round 108: a repost kept "HALVERN -" and dropped the wire's date and credit
    got = match_dateline("HALVERN - Dockworkers at Port Halvern walked off the job on Monday.")
    assert got is not None and got[0].place == "HALVERN" and got[0].agency is None
    assert match_dateline("PORT HALVERN - Dockworkers walked off the job.") is not None
    # ... not a label or an acronym opening a sentence
    assert match_dateline("COVID - the disease that closed schools - is back.") is None
    assert match_dateline("UPDATE - The minister said more would follow.") is None


def test_two_places_filed_from() -> None:
    # round 156: "COPENHAGEN/PARIS, March 12 (Reuters) -" was no dateline, so the wire's
    # own "a person ... told Reuters" read as a copy crediting the agency
    found = match_dateline("COPENHAGEN/PARIS, March 12 (Reuters) - A jet landed in Lyon.")
    assert found is not None
    assert (found[0].place, found[0].date, found[0].agency) == (
        "COPENHAGEN/PARIS",
        "March 12",
        "Reuters",
    )
    assert match_dateline("and/or (Reuters) - nothing") is None


def test_a_date_and_agency_with_no_place() -> None:
    # round 157: "Oct 6 (Reuters) - U.S. grocery chain ..." stayed in the first sentence
    found = match_dateline("Oct 6 (Reuters) - U.S. grocery chain Harbison's said on Tuesday.")
    assert found is not None
    assert (found[0].date, found[0].agency) == ("Oct 6", "Reuters")
    # ... the agency is needed: a date opening a sentence is no dateline
    assert match_dateline("Oct 6 - the day the code was found - was a Tuesday.") is None
