"""The date a page prints beside its story becomes the article's date when nothing else
gives one (a dated article is direction evidence of the first rank)."""

from __future__ import annotations

import datetime as dt

import pytest

from wiretrace.article import Removed
from wiretrace.ingest import parse_record
from wiretrace.pagedate import page_date, page_time, stamped_first

BODY = (
    "Food delivery riders are workers entitled to the minimum wage, the appeal tribunal has "
    "ruled in a decision that could affect thousands of people.\n"
    "The company said it would study the judgment carefully before deciding on its next steps."
)


def stamp(text: str, reason: str = "timestamp") -> Removed:
    return Removed(reason, text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Saturday 11 May 2024", dt.date(2024, 5, 11)),
        ("Updated 14 June 2024", dt.date(2024, 6, 14)),
        ("November 13, 2025 4:46 AM EST", dt.date(2025, 11, 13)),
        ("Thursday, March 6, 2025 at 9:15 a.m. ET", dt.date(2025, 3, 6)),
        ("2025-11-13 04:46", dt.date(2025, 11, 13)),
        ("Publié le 16 avril 2025 à 10h02", dt.date(2025, 4, 16)),
        # a first-published date beats the update that follows it
        ("Published: 3 March 2025 10:15 GMT | Updated 4 March 2025", dt.date(2025, 3, 3)),
        # not a calendar date: relative, numeric (day or month first?), impossible, no year
        ("Updated 2 hours ago", None),
        ("Published 03/04/2025 14:32", None),
        ("Posted 31 June 2024", None),
        ("Nov 13, 10:02 AM", None),
    ],
)
def test_page_date_reads_only_unambiguous_stamps(text: str, want: dt.date | None) -> None:
    assert page_date([stamp(text)]) == want


def test_an_updated_stamp_counts_only_when_no_other_date_is_given() -> None:
    got = page_date([stamp("Updated 9 May 2024"), stamp("First published 8 May 2024")])
    assert got == dt.date(2024, 5, 8)
    # other debris is never read for a date ("Summary" bullets, captions mention dates)
    assert page_date([stamp("Rally on 3 May 2024 in the square", "caption")]) is None


def test_plain_text_page_gets_its_printed_date_and_title() -> None:
    art = parse_record(
        "Riders win worker status\n\nAnalysis by Owen Pritchard, Employment Correspondent\n"
        "Updated 14 June 2024\n\n" + BODY
    )
    assert art.date == dt.date(2024, 6, 14)
    assert art.title == "Riders win worker status"
    assert art.byline == "Owen Pritchard, Employment Correspondent"
    assert art.sentences[0].text.startswith("Food delivery riders")


def test_a_record_header_date_is_not_overridden_by_the_page_stamp() -> None:
    art = parse_record(" date 2024-06-12 Riders win\nUpdated 14 June 2024\n" + BODY)
    assert art.date == dt.date(2024, 6, 12)


def test_a_stamp_older_than_the_header_orders_the_story() -> None:
    # the header may be the day the scraper fetched the page; the stamp says when the
    # story came out: the header stays its date, the stamp orders it
    art = parse_record(" date 2026-02-20 Riders win\nFebruary 18, 2026 11:03 AM EST\n" + BODY)
    assert art.date == dt.date(2026, 2, 20)
    assert art.when == dt.date(2026, 2, 18) and art.meta["published"] == "2026-02-18"
    # ... but a stamp from another season is no stamp of this story's
    old = parse_record(" date 2026-02-20 Riders win\nFebruary 18, 2025 11:03 AM EST\n" + BODY)
    assert old.date == old.when == dt.date(2026, 2, 20)


def test_clock_times_of_one_day_order_two_pages() -> None:
    # round 209: a match report stamped 09:05 and its light edit stamped 1:40 PM
    report = [Removed("timestamp", "Sunday 14 September 2025 09:05", 0, 30)]
    edit = [Removed("timestamp", "14/09/2025 · 1:40 PM", 0, 20)]
    assert page_time(report) == (9 * 60 + 5, "")
    assert page_time(edit) == (13 * 60 + 40, "")
    assert stamped_first(report, edit) == (True, "09:05", "13:40")
    assert stamped_first(edit, report) == (False, "09:05", "13:40")
    # a clip's length is no stamp; nor do two zones or minutes apart order anything
    assert page_time([Removed("timestamp", "Listen · 3:48", 0, 13)]) is None
    stamp = [Removed("timestamp", "11 March 2025 · 10:05 AM · 4 min read", 0, 37)]
    assert page_time(stamp) == (10 * 60 + 5, "")
    # round 207: a numeric date before the time
    assert page_time([Removed("timestamp", "23.03.2026 16:02", 0, 16)]) == (16 * 60 + 2, "")
    assert (
        stamped_first(report, [Removed("timestamp", "14 September 2025 13:40 GMT", 0, 27)]) is None
    )
    assert stamped_first(report, [Removed("timestamp", "14 September 2025 09:20", 0, 23)]) is None
