"""Dates and clock times a copy changed (factcalendar.py), read on one aligned pair."""

from __future__ import annotations

import datetime as dt

from test_facts import by_sentence
from wiretrace import facts
from wiretrace.article import Alignment
from wiretrace.factcalendar import check_dates
from wiretrace.factpair import Pair
from wiretrace.ingest import parse_record

_DAY = dt.date(2025, 3, 4)  # a Tuesday


def _dates(src: str, cpy: str) -> list[tuple[str, str]]:
    s = parse_record(f"date {_DAY.isoformat()} Story\n\n{src}")
    c = parse_record(f"date {_DAY.isoformat()} Story\n\n{cpy}")
    p = Pair(s, c, (0,), (0,), src, cpy, True)
    return [(x.source_text, x.copy_text) for x in check_dates(p, set())]


def test_opening_days_said_as_the_day_closed() -> None:
    assert (
        _dates("The museum is open Tuesday to Sunday.", "It opens every day except Monday.") == []
    )
    assert _dates("The museum is open Tuesday to Sunday.", "It opens every day except Friday.")


def test_a_day_a_span_of_the_source_reaches() -> None:
    src = "The sides agreed to extend the truce by 30 days."
    assert _dates(src, "The sides agreed to extend the truce until April 3.") == []
    assert _dates(src, "The sides agreed to extend the truce until April 13.") != []


def test_a_season_of_a_year_is_a_date() -> None:
    assert _dates("It opens in spring 2026.", "It opens in autumn 2026.") == [
        ("spring 2026", "autumn 2026")
    ]
    assert _dates("It opens in spring 2026.", "It opens in the spring of 2026.") == []


def test_a_year_that_dates_a_thing_described_is_background() -> None:
    # round 127: a part copy's own detail about a campaign group
    src = "A local campaign group, Trams for the East, said it would hold a meeting next week."
    cpy = "Trams for the East, a campaign group formed in 2019, has called a meeting next week."
    assert _dates(src, cpy) == []
    # a year the copy gives the event itself is still read
    assert _dates(src, "In 2019 Trams for the East called a meeting.") == [("", "2019")]


def test_an_age_given_as_a_year_of_birth() -> None:
    # round 133: "Margaret Oduya, 61," -> "who was born in 1964", in a story of 2025
    src = "Margaret Oduya, 61, told the meeting she was heartbroken."
    assert (
        _dates(src, "Margaret Oduya, who was born in 1963, told the meeting she was heartbroken.")
        == []
    )
    assert _dates(src, "Margaret Oduya, who was born in 1958, told the meeting.") == [("", "1958")]


def test_the_day_of_a_telling_against_the_day_of_the_event() -> None:
    # round 148: "said on Thursday it would examine the shooting" -> "Wednesday evening's
    # shooting", the day the source gives the shooting in another sentence
    day = dt.date(2026, 5, 8)
    src = (
        "The state bureau said on Thursday it would examine the fatal shooting by police. "
        "Officers were called to the store on Wednesday after a report of a man with a knife."
    )
    cpy = (
        "The state bureau has taken over the inquiry into Wednesday evening's shooting by police. "
        "Officers were called to the store on Wednesday after a report of a man with a knife."
    )
    assert [c.kind for c in by_sentence(src, cpy, day, "light_edit", 0.9)] == []
    moved = cpy.replace("Wednesday evening's", "Tuesday evening's")
    assert "date" in [c.kind for c in by_sentence(src, moved, day, "light_edit", 0.9)]


def test_a_date_brought_in_with_its_words_from_another_sentence() -> None:
    # round 150: a lead that drops the strike's "Thursday and Friday" and brings in "by
    # Monday morning" from the source's closing sentence
    day = dt.date(2027, 6, 12)
    src = (
        "The rail company and the union reached a wage deal on Saturday, ending a strike "
        "that had halted most trains on Thursday and Friday. "
        "Services would resume on Sunday and be back to normal by Monday morning."
    )
    cpy = (
        "Trains should be running normally again by Monday morning, after the rail company "
        "and the union struck a pay deal on Saturday. "
        "Services would resume on Sunday and be back to normal by Monday morning."
    )
    assert [c.kind for c in by_sentence(src, cpy, day, "paraphrase", 0.8)] == []
    # ... but a day the source gives nowhere with those words is the strike's day changed
    moved = cpy.replace("normally again by Monday morning", "normally again by Tuesday morning")
    assert "date" in [c.kind for c in by_sentence(src, moved, day, "paraphrase", 0.8)]


def test_a_local_time_given_as_gmt() -> None:
    # round 171: "04:15 local time (0315 GMT)" -> "04:15 GMT" moves the grounding an hour
    src = "The ship ran aground at 04:15 local time (0315 GMT) on Sunday."
    assert _dates(src, "The ship ran aground at 04:15 GMT on Sunday.") == [
        ("0315 GMT", "04:15 GMT")
    ]
    assert _dates(src, "The ship ran aground at 3:15 a.m. GMT on Sunday.") == []
    assert _dates("The launch is set for 14:30 GMT on Thursday.", "It is at 2:30 p.m. GMT.") == []
    assert _dates(src, "The ship ran aground at 04:15 local time on Sunday.") == []


def test_a_deadline_passed_and_a_marketing_year() -> None:
    # round 174: "had been harvested by June 30" is this year's June 30 though a later
    # clause "will" publish a forecast; "the 2025/26 marketing year" is no 26 March
    found = by_sentence(
        "About 6% of the wheat area had been cut by June 30. It will publish its next "
        "forecast on August 6.",
        "About 6% of the wheat area had been harvested by June 30, according to the "
        "ministry, which will release its next forecast on August 6. Tervania is forecast "
        "to ship 11.2 million tons in the 2025/26 marketing year.",
        dt.date(2025, 7, 4),
        "paraphrase",
        0.9,
    )
    assert [c for c in found if c.kind == "date"] == []


def _dated(src: str, s_day: dt.date, cpy: str, c_day: dt.date) -> list[tuple[str, str]]:
    s = parse_record(f"date {s_day.isoformat()} Story\n\n{src}")
    c = parse_record(f"date {c_day.isoformat()} Story\n\n{cpy}")
    p = Pair(s, c, (0,), (0,), src, cpy, True)
    return [(x.source_text, x.copy_text) for x in check_dates(p, set())]


def test_next_week_is_this_week_in_a_copy_of_the_monday_after() -> None:
    # round 187: a timeline reposted four days later rewrote its relative week
    src = "The inquiry is expected to publish a list of core participants next week."
    cpy = "The inquiry is expected to publish a list of core participants this week."
    thursday, monday = dt.date(2025, 3, 20), dt.date(2025, 3, 24)
    assert _dated(src, thursday, cpy, monday) == []
    assert _dated(src, thursday, cpy, thursday) == [("next week", "this week")]


def test_the_day_of_a_telling_set_before_its_verb() -> None:
    # round 188: "on Thursday urged" is the day the agency spoke; the copy names the
    # shipwreck's day, which the source gives in another sentence
    src = (
        "The U.N. refugee agency on Thursday urged Calvera to let the ship bring 97 survivors "
        "ashore. The survivors were rescued early on Tuesday."
    )
    cpy = (
        "The United Nations refugee agency has called on Calvera to let the ship land the 97 "
        "survivors of Tuesday's shipwreck."
    )
    got = by_sentence(src, cpy, dt.date(2025, 6, 12), "paraphrase", 0.92)
    assert [c for c in got if c.kind == "date"] == []
    changed = cpy.replace("Tuesday's", "Monday's")
    got = by_sentence(src, changed, dt.date(2025, 6, 12), "paraphrase", 0.92)
    assert [c.kind for c in got] == ["date"]


def test_the_year_of_the_period_a_results_story_reports() -> None:
    # round 195: a March results story's "full year" is last year's
    src = "For the full year, revenue rose 2.7% to $812.5 million."
    cpy = "Full-year revenue for 2024 was up 2.7% at $812.5 million."
    day = dt.date(2025, 3, 6)
    assert _dated(src, day, cpy, day) == []
    assert _dated(src, day, cpy.replace("2024", "2023"), day) == [("", "2023")]


def test_a_loose_pairs_year_the_copy_gives_elsewhere() -> None:
    # round 194: "who ran Halden Province from 2016 until his arrest last year" paired
    # with "after the 2018 floods" and "between 2019 and 2023", the copy dating the floods
    # and the embankments in sentences of its own
    src = (
        "Former governor Dragan Morev was sentenced on Tuesday to nine years for taking bribes "
        "for the contracts that rebuilt Halden after the 2018 floods. The court found that "
        "Morev collected 14.6 million crowns in bribes between 2019 and 2023."
    )
    cpy = (
        "The court sentenced Dragan Morev, who ran Halden Province from 2016 until his arrest "
        "last year, to nine years for taking 14.6 million crowns in bribes. When the Lenna "
        "River burst its banks in 2018, the state sent money north to rebuild. The new "
        "governor has ordered a review of all embankments built since 2019."
    )
    s = parse_record(f"date 2025-11-20 Story\n\n{src}")
    c = parse_record(f"date 2025-11-20 Story\n\n{cpy}")
    merged = [Alignment((0,), (0, 1), "paraphrase", 0.6)]
    assert [x for x in facts.analyze(s, c, merged) if x.kind == "date"] == []
    # ... but a year the copy gives nowhere else is changed
    c = parse_record(f"date 2025-11-20 Story\n\n{cpy.replace('in 2018', 'that spring')}")
    assert [(x.source_text, x.copy_text) for x in facts.analyze(s, c, merged) if x.kind == "date"][:1] == [("2018", "2016")]  # fmt: skip


def test_last_week_is_last_month_in_a_copy_of_the_month_after() -> None:
    # round 200: "who last week called for talks" on October 5 is "last month" on
    # October 11; a month that is not the week's is changed
    src = "Kristina Rauh, who last week called on her party to be open to talks, did not attend."
    cpy = (
        "Kristina Rauh complicated matters last month by calling on her party to be open to talks."
    )
    assert _dated(src, dt.date(2025, 10, 5), cpy, dt.date(2025, 10, 11)) == []
    assert _dated(src, dt.date(2025, 10, 5), cpy, dt.date(2025, 12, 11)) != []


def test_a_day_moved_to_one_the_source_gives_another_event() -> None:
    # round 247: the march "on Saturday" made "on Friday", the day the source's
    # universities spoke: no telling's day, so the change stands
    src = (
        "Several thousand students marched through central Marenport on Saturday over the "
        "leaked exam. Universities said on Friday they would delay offers by 12 days."
    )
    cpy = (
        "Thousands of students poured through the heart of Marenport on Friday, angry over "
        "the leaked exam. Universities announced on Friday that offers will be delayed by 12 "
        "days."
    )
    got = by_sentence(src, cpy, dt.date(2025, 6, 14), "paraphrase", 0.7)
    assert [(c.kind, c.source_text, c.copy_text) for c in got] == [("date", "Saturday", "Friday")]
