"""Changed names in languages the English fact checks do not read (factcased.py)."""

from __future__ import annotations

from wiretrace.article import Alignment
from wiretrace.factcased import capitalises_nouns, name_changes
from wiretrace.ingest import parse_record


def _changes(src: str, cpy: str) -> list[tuple[str, str]]:
    s, c = parse_record(src), parse_record(cpy)
    al = [Alignment((i,), (i,), "paraphrase", 0.5) for i in range(len(c.sentences))]
    return [(x.source_text, x.copy_text) for x in name_changes(s, c, al, min_score=0.2)]


def test_a_surname_changed_beside_the_given_name_both_keep() -> None:
    # round 47: Spanish and Russian, the surname changed and the given name kept
    assert _changes(
        "El gerente de la empresa de aguas, Joaquín Revilla, pidió calma a los vecinos.",
        "El responsable de la compañía de aguas, Joaquín Revuelta, pidió calma a los vecinos.",
    ) == [("Revilla", "Revuelta")]
    assert _changes(
        "Директор предприятия Геннадий Сурмин сообщил, что трубу заменят.",
        "Руководитель предприятия Геннадий Сурков сообщил, что трубу заменят.",
    ) == [("Сурмин", "Сурков")]


def test_a_given_name_changed_before_the_surname_both_keep() -> None:
    assert _changes(
        "Według burmistrza Tomasza Wieczorka prace potrwają rok.",
        "Według burmistrza Marka Wieczorka prace potrwają rok.",
    ) == [("Tomasza", "Marka")]


def test_inflected_forms_and_plain_rewording_are_no_changed_names() -> None:
    # the same surname in another case, and a common word reworded after a name
    assert (
        _changes(
            "Решение принял мэр Игорь Сурмин на заседании.",
            "Решение мэра Игоря Сурмина было принято на заседании.",
        )
        == []
    )
    assert (
        _changes(
            "La alcaldesa Marta Albarrán anunció las medidas el lunes.",
            "La alcaldesa Marta Albarrán presentó las medidas el lunes.",
        )
        == []
    )


def test_a_language_that_capitalises_its_nouns_is_left_alone() -> None:
    src = (
        "Der Stadtrat Berlin hat am Montag den Haushalt beschlossen. Die Schulen erhalten "
        "mehr Geld für Lehrer und Gebäude. Die Brücke am Hafen wird bis zum Frühjahr "
        "repariert. Der Bürgermeister sprach von einem guten Tag für die Stadt."
    )
    cpy = src.replace("Stadtrat Berlin", "Gemeinderat Berlin")
    assert capitalises_nouns(parse_record(src))
    assert _changes(src, cpy) == []
