"""Dates and clock times changed in another language (factlocale.py, and the date kind
figure_changes gives a day before a month's name)."""

from __future__ import annotations

from wiretrace.article import Alignment, Change
from wiretrace.factdigits import figure_changes
from wiretrace.factlocale import clock_changes
from wiretrace.ingest import parse_record


def changes(src: str, cpy: str) -> list[tuple[str, str, str]]:
    s, c = parse_record(src), parse_record(cpy)
    al = [Alignment((i,), (i,), "paraphrase", 0.5) for i in range(len(c.sentences))]
    got: list[Change] = figure_changes(s, c, al, min_score=0.2)
    got += clock_changes(s, c, al, min_score=0.2)
    return [(x.kind, x.source_text, x.copy_text) for x in got]


def test_a_day_before_a_month_is_a_date() -> None:
    # round 121: French and Spanish dates changed
    assert changes(
        "L'enquête publique s'ouvrira le 12 mai à la mairie.",
        "L'enquête publique s'ouvrira le 21 mai à la mairie.",
    ) == [("date", "12 mai", "21 mai")]
    assert changes(
        "La segunda vuelta se celebrará el próximo 12 de abril.",
        "La segunda vuelta se celebrará el próximo 19 de abril.",
    ) == [("date", "12 de abril", "19 de abril")]
    # a figure of other things is still a number
    assert changes("Le site emploie 340 salariés.", "Le site emploie 430 salariés.") == [
        ("number", "340 salariés", "430 salariés")
    ]


def test_clock_times_in_digits() -> None:
    # round 121: "a las 16:30" -> "a las 18:30", "às 14h20" -> "às 16h20"
    assert changes(
        "La orden de evacuación se dio a las 16:30 del sábado.",
        "La orden de evacuación se dio a las 18:30 del sábado.",
    ) == [("time", "16:30", "18:30")]
    assert changes(
        "O fogo começou às 14h20 no depósito.", "O fogo começou às 16h20 no depósito."
    ) == [("time", "14h20", "16h20")]
    # the same time written another way is none
    assert changes("Der Zug fuhr um 14.30 Uhr ab.", "Der Zug fuhr um 14:30 ab.") == []


def test_a_figure_with_its_scale_word() -> None:
    # round 153: "1,2 miliardi" = "1.200 milioni", "14,8 milioni" = "14 milioni e 800 mila"
    assert changes("La spesa ha raggiunto 1,2 miliardi di euro.",
                   "I turisti hanno speso 1.200 milioni di euro.") == []  # fmt: skip
    assert changes("Le strutture hanno registrato 14,8 milioni di presenze.",
                   "Le strutture hanno contato 14 milioni e 800 mila presenze.") == []  # fmt: skip
    assert changes("Le strutture hanno registrato 14,8 milioni di presenze.",
                   "Le strutture hanno contato 14 milioni e 300 mila presenze.") == [
        ("number", "14,8 milioni", "14 milioni e 300 mila")
    ]  # fmt: skip


def test_an_hour_with_a_dot_before_horas() -> None:
    # round 161: "a las 6.00 horas" -> "a las 5.00 horas", one time changed (not also a
    # number)
    assert changes(
        "El primer tren saldrá de la estación a las 6.00 horas.",
        "El primer tren saldrá de la estación a las 5.00 horas.",
    ) == [("time", "6.00 horas", "5.00 horas")]
    assert changes("El tren sale a las 6.00 horas.", "El tren sale a las 6:00.") == []
