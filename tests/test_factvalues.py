"""Number, date and time values, as facts.py compares them."""

from __future__ import annotations

import datetime as dt

from wiretrace import factvalues as fv

THU = dt.date(2025, 11, 13)  # a Thursday


def values(text: str) -> list[tuple[float, str]]:
    return [(v, unit) for v, unit, _ in fv.numbers(text)]


def test_numbers_are_normalised() -> None:
    assert values("Five people died.") == values("5 people died.") == [(5.0, "")]
    assert values("It cost $1.5 million.") == [(1_500_000.0, "$")]
    assert values("It cost 1,500,000 dollars.") == [(1_500_000.0, "$")]
    assert values("Turnout was 10 per cent.") == values("Turnout was 10%.") == [(10.0, "%")]
    assert values("Prices doubled, rising twice as fast as wages.") == [(2.0, "")]


def test_years_days_and_hours_are_not_numbers() -> None:
    assert values("In 2024 the plant closed on November 12 at 3 p.m.") == []
    assert values("One of the ministers resigned.") == []  # "one of" is no count
    assert fv.numbers("No figures here at all.") == ()


def test_dates_resolve_against_the_article_date() -> None:
    assert fv.dates("He spoke late on Wednesday.", THU) == (("day", "2025-11-12", "Wednesday"),)
    assert fv.dates("He spoke on November 12.", THU)[0][1] == "2025-11-12"
    assert fv.dates("The vote will be held on Sunday.", THU)[0][1] == "2025-11-16"  # future
    assert fv.dates("It happened yesterday.", THU)[0][1] == "2025-11-12"
    assert [d[:2] for d in fv.dates("Prices rose 40% since January.", THU)] == [("month", "01")]
    assert fv.dates("Nothing happened that may matter.", THU) == ()  # "may" the verb


def test_clock_times_and_parts_of_the_day() -> None:
    assert fv.clock("The blast was at 3 p.m. and another at 17:30 GMT.") == {
        "15:00": "3 p.m.",
        "17:30": "17:30 GMT",
    }
    assert fv.dayparts("Shelling went on overnight and into the morning.") == {
        "overnight",
        "morning",
    }


def test_twenty_four_hour_and_named_times() -> None:
    assert fv.clock("Polls close at 21:45, results by midnight.") == {
        "21:45": "21:45",
        "00:00": "midnight",
    }
    assert fv.clock("The ceremony is at noon.") == {"12:00": "noon"}
    assert values("The meeting opened at 21:45.") == []  # a time, not two numbers


def test_approximate_quantities() -> None:
    def approx(text: str) -> list[tuple[float, str]]:
        return [(round(v, 1), unit) for v, unit, _ in fv.approx(text)]

    assert approx("Nearly half of voters stayed home.") == [(50.0, "%")]
    assert approx("Two-thirds of the budget went unspent.") == [(66.7, "%")]
    assert approx("It took three weeks, not a fortnight.") == [(21.0, ""), (14.0, "")]
    assert approx("The third round starts today.") == []  # an ordinal
    assert fv.near_num((33.3, "%", "a third"), (33.0, "%", "33%"))
    assert not fv.near_num((33.3, "%", "a third"), (30.0, "%", "30%"))


def test_caches_can_be_cleared() -> None:
    fv.numbers("12 people")
    assert fv.numbers.cache_info().currsize > 0
    fv.clear_caches()
    assert fv.numbers.cache_info().currsize == 0


def test_durations_are_hours_however_written() -> None:
    assert values("a 72-hour strike") == values("a three-day strike") == [(72.0, "h")]
    assert values("two weeks") == values("14 days") == [(336.0, "h")]
    # "3 hours" is a length of time; "14:30 hours" a clock time
    assert values("The fire burned for 3 hours.") == [(3.0, "h")]
    assert fv.clock("It began at 14:30 hours.") == {"14:30": "14:30 hours"}
    assert fv.clock("It burned for 3 hours.") == {}


def test_the_tense_around_a_day() -> None:
    tue = dt.date(2023, 7, 18)
    # reported future: the coming Thursday; the day of the saying: the last one
    said = "The mayor said she would ask the ministry for emergency funding on Thursday."
    assert fv.dates(said, tue)[0][1] == "2023-07-20"
    assert fv.dates("She said on Thursday that she would resign.", tue)[0][1] == "2023-07-13"
    # the article's own day, in a sentence about the future, is that day
    fri = dt.date(2024, 6, 7)
    plan = "The city will remove the scooters by September 1, the mayor said on June 7."
    assert [d[1] for d in fv.dates(plan, fri)] == ["2024-09-01", "2024-06-07"]
    # "over the next year" is a length of time; "next year" a year
    assert fv.dates("Prices will rise over the next year and a half.", fri) == ()
    assert fv.dates("The plant will open next year.", fri) == (("year", "2025", "next year"),)
    # the day of an announcement about the future is the announcement's
    wed = dt.date(2023, 11, 8)
    told = "The authority announced on Monday that next season's quota will be cut."
    assert fv.dates(told, wed)[0][1] == "2023-11-06"
    said = "The authority said on November 6 that next season's quota would be cut."
    assert fv.dates(said, wed)[0][1] == "2023-11-06"
    assert fv.dates("The vote will be held on Monday.", wed)[0][1] == "2023-11-13"


def test_figures_in_any_language() -> None:
    # The figures a copy in another language changed: digits, with the unit written
    # onto them or after them; "18 tháng" (months) is not paired with "80 giường" (beds).
    from wiretrace.article import Alignment
    from wiretrace.factfigures import figure_changes
    from wiretrace.ingest import parse_record

    def changes(src: str, cpy: str) -> list[tuple[str, str]]:
        s, c = parse_record(src), parse_record(cpy)
        al = [Alignment((i,), (i,), "paraphrase", 0.5) for i in range(len(c.sentences))]
        return [(x.source_text, x.copy_text) for x in figure_changes(s, c, al, min_score=0.2)]

    assert changes(
        "Rekonstrukce mostu bude stát 48 milionů korun a potrvá rok.",
        "Rekonstrukce mostu bude stát 46 milionů korun a potrvá rok.",
    ) == [("48 milionů", "46 milionů")]
    assert changes(
        "Investiția de 7,2 milioane de lei a fost aprobată.",
        "Investiția de 7,8 milioane de lei a fost aprobată.",
    ) == [("7,2 milioane", "7,8 milioane")]
    assert changes("시는 승합차 12대를 투입한다.", "시는 승합차 14대가 배치된다.") == [
        ("12대를 투입한다", "14대가 배치된다")
    ]
    # a value the copy keeps in one place and changes in another (round 47, Hebrew:
    # "120 desks" kept, "120 shekels" made 180)
    assert changes(
        "בחדר יש 120 עמדות. המנוי עולה 120 שקל בשנה.",
        "בחדר יש 120 עמדות. המנוי עולה 180 שקל בשנה.",
    ) == [("120 שקל", "180 שקל")]
    # the lost figure with the new one's unit, not a bare one beside it (round 47)
    assert changes(
        "A obra começa na segunda-feira (15) e custa R$ 18,7 milhões.",
        "A obra começa na segunda-feira e custa R$ 17,8 milhões.",
    ) == [("18,7 milhões", "17,8 milhões")]
    # the same value written another way, and a figure the source gives elsewhere
    assert changes("Ruch obsłuży 28.000 pasażerów.", "Ruch obsłuży 28,000 pasażerów.") == []
    # years, clock times and a re-dated dateline are restated by faithful rewriters
    assert (
        changes(
            "Le service a enregistré 11,2 millions de locations en 2023.",
            "Le service a enregistré 11,2 millions de locations l'an dernier, plus qu'en 2022.",
        )
        == []
    )
    assert changes("优惠券可在19点至23点使用。", "优惠券可在晚上7点至11点使用。") == []
    assert changes(
        "ΚΑΤΩ ΟΡΜΙΣΚΟΣ, 6 Μαΐου – Το εισιτήριο θα κοστίζει 18 ευρώ.",
        "ΚΑΤΩ ΟΡΜΙΣΚΟΣ, 7 Μαΐου – Το εισιτήριο θα κοστίζει 16 ευρώ.",
    ) == [("18 ευρώ", "16 ευρώ")]
    assert (
        changes(
            "Công trình được xây dựng trong 18 tháng. Bệnh viện có 60 giường.",
            "Công trình có 80 giường, xây trong một năm rưỡi. Bệnh viện có 60 giường.",
        )
        == []
    )
