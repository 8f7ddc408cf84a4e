"""Number values, as facts.py compares them."""

from __future__ import annotations

import datetime as dt

from wiretrace import factdates as fd
from wiretrace import factvalues as fv
from wiretrace import textcache

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
    textcache.clear()  # the benchmarks' cold runs start here
    assert textcache.size() == 0
    first = fv.numbers("12 people")
    held = textcache.size()
    assert held > 0
    assert fv.numbers("12 people") == first
    assert textcache.size() == held  # the repeated text was read once
    fd.dates("on Monday", THU)
    assert textcache.size() > held
    textcache.clear()
    assert textcache.size() == 0


def test_durations_are_hours_however_written() -> None:
    assert values("a 72-hour strike") == values("a three-day strike") == [(72.0, "h")]
    assert values("two weeks") == values("14 days") == [(336.0, "h")]
    # "3 hours" is a length of time; "14:30 hours" a clock time
    assert values("The fire burned for 3 hours.") == [(3.0, "h")]


def test_figures_in_any_language() -> None:
    # The figures a copy in another language changed: digits, with the unit written
    # onto them or after them; "18 tháng" (months) is not paired with "80 giường" (beds).
    from wiretrace.article import Alignment
    from wiretrace.factdigits import figure_changes
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


def test_clock_times_are_not_numbers() -> None:
    assert values("The meeting opened at 21:45.") == []  # a time, not two numbers
    assert values("It began at 14:30 hours.") == []


def test_minutes_hours_and_race_times_are_one_duration() -> None:
    # round 59: "95 minutes" -> "an hour and 35 minutes"; round 28: a race time both ways
    def same(a: str, b: str) -> bool:
        (x,), (y,) = fv.numbers(a), fv.numbers(b)
        return fv.same_num(x, y)

    assert same("It takes 95 minutes.", "It takes an hour and 35 minutes.")
    assert not same("It takes 95 minutes.", "It takes an hour and 45 minutes.")
    assert values("three-quarters of an hour") == values("45 minutes") == [(0.75, "h")]
    assert same("won in 2 hours 11 minutes 48 seconds", "won in 2:11:48")
    assert same("slept 34 extra minutes", "slept for 34 minutes")
    # "one" is a length only where a quantity is meant
    assert values("in about one hour") == values("in 60 minutes") == [(1.0, "h")]
    assert values("One day he hoped to return.") == []


def test_a_bare_figure_after_instead_of_or_from_takes_the_unit_before() -> None:
    # round 77: "now took 50 minutes instead of 20" -> "half an hour longer"
    from wiretrace.factvalues import numbers

    assert numbers("The trip now took 50 minutes instead of 20.")[1][:2] == (20 / 60, "h")
    assert numbers("Inflation rose to 3.4 percent from 2.9.")[1][:2] == (2.9, "%")
    assert numbers("The bill rose to $5 million, up from 3.")[1][:2] == (3e6, "$")
    # ... but not across a clause of its own, nor a count of something else
    assert numbers("The trip took 50 minutes, and 20 people were on the bus.")[1][1] == ""
    assert numbers("It raised 1.26 million pounds from 3,400 investors.")[1] == (
        3400.0,
        "",
        "3,400",
    )


def test_half_a_span_of_time() -> None:
    # round 125: "in half a century" -> "in fifty years" was read as a new number
    (half,) = fv.approx("the biggest change in half a century")
    (fifty,) = fv.approx("the largest change in fifty years")
    assert fv.near_num(half, fifty)
    (week,) = fv.approx("within half a year")
    assert not fv.near_num(week, fifty)


def test_the_first_day_of_a_range_is_no_count() -> None:
    # round 130: "from 11 to 20 June" for "from June 11 to June 20"
    assert fv.numbers("The festival takes place from 11 to 20 June.") == ()
    assert [n[0] for n in fv.numbers("Between 11 and 20 people came on 3 June.")] == [11.0, 20.0]


def test_a_decimal_comma() -> None:
    # round 129: "41,8%" was read as 418%
    assert fv.numbers("il 41,8% nella regione")[0][:2] == (41.8, "%")
    assert fv.numbers("1,250 people")[0][0] == 1250.0


def test_a_currency_written_in_letters() -> None:
    # round 135: "R86 million" was read as "million", a changed figure of "86 million rand"
    assert fv.numbers("a bribe linked to an R86 million water tender")[0][:2] == (86e6, "R")
    assert fv.numbers("a tender worth 86 million rand")[0][:2] == (86e6, "R")
    assert fv.numbers("fined KSh 2,000")[0][:2] == (2000.0, "KSh")
    # a road's number is no money
    assert fv.numbers("on the R86 road near the town") == ()


def test_metres_written_onto_the_figure() -> None:
    # round 135: "up to 30m deep" was read as 30 million
    assert fv.numbers("the water, up to 30m deep, was cold")[0][0] == 30.0
    assert fv.numbers("a 12m-high wall")[0][0] == 12.0
    assert fv.numbers("it raised £30m for the club")[0][0] == 30e6


def test_the_past_decade_is_ten_years() -> None:
    # round 138: "over the past decade" -> "over the last ten years" was a new "ten"
    (decade,) = fv.approx("numbers have doubled over the past decade")
    (ten,) = fv.approx("over the last ten years numbers doubled")
    assert fv.near_num(decade, ten)
    assert fv.approx("in the last years of his life") == ()


def test_tonnes_are_a_unit() -> None:
    # round 174: hectares of paddy lost made tonnes
    assert fv.numbers("About 310,000 hectares were lost.") == (
        (310000.0, "ha", "310,000 hectares"),
    )
    assert fv.numbers("About 310,000 tonnes were lost.") == ((310000.0, "t", "310,000 tonnes"),)
    assert fv.numbers("2.1 million tons")[0][:2] == (2100000.0, "t")


def test_a_race_distance_is_metres_not_millions() -> None:
    # round 196: "the national 100m champion" is the 100 metres, "$100m" is money
    assert [n[:2] for n in fv.numbers("She is the national 100m champion.")] == [(100.0, "")]
    assert [n[:2] for n in fv.numbers("He won the 800m final.")] == [(800.0, "")]
    assert [n[:2] for n in fv.numbers("The club paid $100m for the title.")] == [(1e8, "$")]
    assert [n[:2] for n in fv.numbers("About 100m people watched.")] == [(1e8, "")]


def test_a_numbered_headings_mark_is_no_figure() -> None:
    # round 200: "1. Marvin wins the speaker vote" over the copy's first section
    assert fv.numbers("1. Marvin wins the speaker vote") == ()
    assert [n[0] for n in fv.numbers("She got 99 votes. 2. The talks begin")] == [99.0]
    assert [n[0] for n in fv.numbers("The vote was 61. Marvin won.")] == [61.0]


def test_the_last_day_of_a_date_range_is_no_figure() -> None:
    # round 204: "on March 27-29" read as a figure 29 before a word, not before a comma
    for text in ("a walkout on March 27-29, which forced", "the walkout on March 27-29 led to"):
        assert fv.numbers(text) == ()
    assert [n[0] for n in fv.numbers("The board voted 9-4 on Monday.")] == [9.0, 4.0]


def test_two_numbers_joined_by_and_are_two() -> None:
    # round 219: "between five and ten minutes" had read as no number at all; "and" joins
    # number words only after a scale word
    from wiretrace.factvalues import numbers

    assert [n[2] for n in numbers("It takes between five and ten minutes.")] == [
        "five",
        "ten minutes",
    ]
    assert [n[0] for n in numbers("one hundred and five people")] == [105.0]


def test_a_majority_is_a_share_over_half() -> None:
    assert fv.approx("a majority of the population") == ((50.0, "%", "a majority"),)
    assert fv.approx("a narrow minority of voters")[0][2] == "a narrow minority"
    # a margin and a share said in figures are none
    assert fv.approx("defeated by a majority of 11") == ()
    assert fv.approx("a majority shareholder") == ((50.0, "%", "a majority"),)
