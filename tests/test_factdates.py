"""Date and clock values, as facts.py compares them."""

from __future__ import annotations

import datetime as dt

from test_facts import kinds
from wiretrace import factdates as fd

THU = dt.date(2025, 11, 13)  # a Thursday


def test_dates_resolve_against_the_article_date() -> None:
    assert fd.dates("He spoke late on Wednesday.", THU) == (("day", "2025-11-12", "Wednesday"),)
    assert fd.dates("He spoke on November 12.", THU)[0][1] == "2025-11-12"
    assert fd.dates("The vote will be held on Sunday.", THU)[0][1] == "2025-11-16"  # future
    assert fd.dates("It happened yesterday.", THU)[0][1] == "2025-11-12"
    assert [d[:2] for d in fd.dates("Prices rose 40% since January.", THU)] == [("month", "01")]
    assert fd.dates("Nothing happened that may matter.", THU) == ()  # "may" the verb


def test_clock_times_and_parts_of_the_day() -> None:
    assert fd.clock("The blast was at 3 p.m. and another at 17:30 GMT.") == {
        "15:00": "3 p.m.",
        "17:30": "17:30 GMT",
    }
    assert fd.dayparts("Shelling went on overnight and into the morning.") == {
        "overnight",
        "morning",
    }


def test_twenty_four_hour_and_named_times() -> None:
    assert fd.clock("Polls close at 21:45, results by midnight.") == {
        "21:45": "21:45",
        "00:00": "midnight",
    }
    assert fd.clock("The ceremony is at noon.") == {"12:00": "noon"}


def test_the_tense_around_a_day() -> None:
    tue = dt.date(2023, 7, 18)
    # reported future: the coming Thursday; the day of the saying: the last one
    said = "The mayor said she would ask the ministry for emergency funding on Thursday."
    assert fd.dates(said, tue)[0][1] == "2023-07-20"
    assert fd.dates("She said on Thursday that she would resign.", tue)[0][1] == "2023-07-13"
    # the article's own day, in a sentence about the future, is that day
    fri = dt.date(2024, 6, 7)
    plan = "The city will remove the scooters by September 1, the mayor said on June 7."
    assert [d[1] for d in fd.dates(plan, fri)] == ["2024-09-01", "2024-06-07"]
    # "over the next year" is a length of time; "next year" a year
    assert fd.dates("Prices will rise over the next year and a half.", fri) == ()
    assert fd.dates("The plant will open next year.", fri) == (("year", "2025", "next year"),)
    # the day of an announcement about the future is the announcement's
    wed = dt.date(2023, 11, 8)
    told = "The authority announced on Monday that next season's quota will be cut."
    assert fd.dates(told, wed)[0][1] == "2023-11-06"
    said = "The authority said on November 6 that next season's quota would be cut."
    assert fd.dates(said, wed)[0][1] == "2023-11-06"
    assert fd.dates("The vote will be held on Monday.", wed)[0][1] == "2023-11-13"


def test_a_closing_price_or_a_past_clause_after_the_day_is_the_past_day() -> None:
    # round 69: "will pay ... the closing price of 292 pence on Tuesday, before the talks
    # were made public" read as next Tuesday, against the copy's "July 2"
    wed = dt.date(2024, 7, 3)
    bid = "Vantrell will pay 385 pence, a premium to the closing price of 292 pence on Tuesday."
    assert fd.dates(bid, wed)[0][1] == "2024-07-02"
    shut = "The offer will value each share at 40% above the close of trading on Monday."
    assert fd.dates(shut, wed)[0][1] == "2024-07-01"
    # a past clause after the day is not the day's: the meeting is ahead
    leak = "The board will meet on Friday, after the plans were leaked to the press."
    assert fd.dates(leak, wed)[0][1] == "2024-07-05"
    assert fd.dates("The market will close on Friday for the holiday.", wed)[0][1] == "2024-07-05"


def test_durations_written_as_clock_hours() -> None:
    # "3 hours" is a length of time; "14:30 hours" a clock time
    assert fd.clock("It began at 14:30 hours.") == {"14:30": "14:30 hours"}
    assert fd.clock("It burned for 3 hours.") == {}


def test_a_day_declared_for_a_weekday_is_ahead() -> None:
    # round 73: "declared a day of national mourning for Friday" in a Friday's story was
    # read as the Friday before
    wed = dt.date(2025, 1, 22)
    said = "The president declared a day of national mourning for Friday."
    assert fd.dates(said, wed)[0][1] == "2025-01-24"
    assert fd.dates("The vote was held on Friday.", wed)[0][1] == "2025-01-17"


def test_a_state_kept_until_a_weekday_looks_ahead() -> None:
    # round 98: "has kept a red alert in place until Friday", written on a Wednesday, is the
    # coming Friday; "was closed until Friday" is the one before
    wed = dt.date(2026, 7, 8)
    assert fd.dates("The service has kept a red alert in place until Friday.", wed)[0][1] == (
        "2026-07-10"
    )
    assert fd.dates("The road was closed until Friday.", wed)[0][1] == "2026-07-03"


def test_a_day_a_past_clause_dates_and_a_result_that_is_due() -> None:
    # round 107: the "will" of "a rail link that will cut travel time" made it next Thursday
    fri = dt.date(2026, 7, 3)
    met = (
        "Engineers completed the excavation of the tunnel on Thursday when two boring "
        "machines met beneath the range, a milestone for a rail link that will cut travel time."
    )
    assert fd.dates(met, fri)[0][1] == "2026-07-02"
    # round 105: results "due on Thursday" are ahead of a Monday's story
    assert fd.dates("Final results are due on Thursday.", dt.date(2026, 6, 8))[0][1] == "2026-06-11"


def test_an_abbreviated_month_after_a_preposition_keeps_its_day() -> None:
    # round 127: "backdated to Oct. 14, 2025" read as October and 2025, so the copy's
    # "October 14, 2025" was reported as a new date
    base = dt.date(2026, 1, 1)
    assert fd.dates("The ban runs from Oct. 14, 2025.", base) == (
        ("day", "2025-10-14", "Oct. 14, 2025"),
    )
    assert [d[:2] for d in fd.dates("It was stripped of results since Aug. 24.", base)] == [
        ("day", "2025-08-24")
    ]


def test_both_days_of_a_range() -> None:
    # round 139: "on Oct. 30 and 31" -> "on 30 and 31 October" was read as 30 -> 31
    base = dt.date(2026, 10, 15)
    month_first = {d[1] for d in fd.dates("a strike on Oct. 30 and 31, the union said", base)}
    day_first = {d[1] for d in fd.dates("a strike on 30 and 31 October, the union said", base)}
    assert month_first == day_first == {"2026-10-30", "2026-10-31"}
    # a count after a date is no second day
    assert [d[1] for d in fd.dates("On May 3 and 4 people died.", base)] == ["2026-05-03"]
    assert [d[1] for d in fd.dates("on Oct. 30 and 12 pilots walked out", base)] == ["2026-10-30"]


def test_the_year_of_a_part_of_it() -> None:
    # round 150: "in mid-2028" was no date, so the copy's "the middle of 2028" was new
    base = dt.date(2027, 7, 21)
    assert [d[:2] for d in fd.dates("Work is due to begin in mid-2028.", base)] == [
        ("year", "2028")
    ]
    assert [d[:2] for d in fd.dates("It opens early-2029.", base)] == [("year", "2029")]
    # ... but a year joined to another word is still none ("COVID-2019", "A-2028")
    assert fd.dates("The A-2028 engine failed.", base) == ()


def test_a_wire_clock_time_in_four_figures() -> None:
    # round 157: "began at 0642 GMT" -> "started at 08:42 GMT" was no time changed, the
    # source's four figures read as nothing (and "2030 GMT" would have been a year)
    assert fd.clock("The outage began at 0642 GMT and ended by 1130 GMT.") == {
        "06:42": "0642 GMT",
        "11:30": "1130 GMT",
    }
    assert fd.clock("It landed at 11:42 a.m. (1042 GMT).") == {
        "11:42": "11:42 a.m.",
        "10:42": "1042 GMT",
    }
    assert fd.dates("Power was back by 2030 GMT.", THU) == ()
    assert fd.clock("Some 1130 staff were sent home.") == {}


def test_a_scheduled_service_and_a_season_across_two_years() -> None:
    # round 238: "flying scheduled service SX 418" is a kind of flight, no plan ahead
    day = dt.date(2026, 4, 10)
    assert (
        fd.dates("On 23 January, the turboprop was flying scheduled service SX 418.", day)[0][1]
        == "2026-01-23"
    )
    assert fd.dates("The flight is scheduled for 23 January.", day)[0][1] == "2027-01-23"
    # round 236: the 2029-30 season made 2027-28, and one season in two spellings
    assert fd.dates("in time for the 2029-30 season", day) == (("period", "2029/30", "2029-30"),)
    assert fd.dates("the 2029/30 season", day)[0][1] == "2029/30"
    src = "The club hoped to move into the new ground in time for the 2029-30 season."
    assert kinds(src, src.replace("2029-30", "2027-28")) == ["date"]
    assert kinds(src, src.replace("2029-30", "2029/30")) == []
