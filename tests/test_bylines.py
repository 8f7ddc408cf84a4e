"""Bylines and time stamps, the lines of a page's head that clean.py removes."""

from __future__ import annotations

import pytest

from wiretrace.bylines import byline_names, is_timestamp


@pytest.mark.parametrize(
    "line",
    [
        "November 13, 2025 4:46 AM EST Updated 2 hours ago",
        "Published: 09/09/2025 14:32 GMT | Updated 2 hours ago",
        # round 74: Spanish pages, a relative time and a meta line with outlet and section
        "21 de mayo de 2025, 18:27 | Actualizado hace 1 hora",
        "ActualidadYa24 | Política | 22 de mayo de 2025 | Lectura: 3 min",
        "9 avril 2025 | mis à jour il y a 2 heures",
        "26. März 2025 | Lesezeit: 4 Min.",
    ],
)
def test_time_stamps(line: str) -> None:
    assert is_timestamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Home | World | Africa",  # a breadcrumb, no date
        "Paris | 9 avril 2025",  # a label and a date alone may open a story
        "The vote was held on 22 de mayo de 2025 | Lectura",
        "La ministra habló hace dos horas con los sindicatos.",
    ],
)
def test_not_time_stamps(line: str) -> None:
    assert not is_timestamp(line)


def test_bylines_in_several_languages() -> None:
    assert byline_names("Por Samuel Irigoyen Castañeda") == "Samuel Irigoyen Castañeda"
    assert byline_names("By Tuesday the army had left the town.") is None


def test_round_87_89_stamps_and_desks() -> None:
    # a bullet between date and time; a place before the stamp; the reading time and the
    # months of an Italian page in any case
    assert is_timestamp("5 March 2026 • 4:18pm")
    assert is_timestamp("POMPEI, 14 aprile 2026, 12:36")
    assert is_timestamp("Tempo di lettura: 3 minuti")
    assert not is_timestamp("BAMAKO, Nov 13")  # a dateline's head, no stamp
    assert byline_names("Di Redazione | 14 Aprile 2026 - 13:58") == "Redazione"
    assert byline_names("Redazione ANSA") == "Redazione ANSA"
    assert byline_names("Redazione dei lavori pubblici.") is None


def test_a_dotted_date_alone_is_a_time_stamp_not_a_phone_number() -> None:
    # round 125: "30.09.2026" under a site's masthead was read as a press contact's
    # number, and the story as the press release the wire story was written from
    from wiretrace.furniture import is_release_line

    assert is_timestamp("30.09.2026") and is_timestamp("30.09.2026 08:15")
    assert not is_release_line("30.09.2026")
    assert is_release_line("+44 (0)20 7946 0958")
    assert not is_timestamp("3.5 million")


def test_round_156_161_roles_posts_and_german_hours() -> None:
    # a role in lower case after the name, a post's credit, a desk in lower case, a
    # joint credit with a comma, and the German page's "Uhr"
    assert byline_names("By Thomas Rydberg, senior editor") == "Thomas Rydberg"
    assert byline_names("Posted by AirDaily Staff") == "AirDaily Staff"
    assert byline_names("By NTT newsdesk") == "NTT"
    assert byline_names("By Courier Staff, with agencies") == "Courier Staff; agencies"
    assert byline_names("Von Henrik Olsen | 17.09.2026, 06:00 Uhr") == "Henrik Olsen"
    # ... but prose after a comma is no role
    assert byline_names("By Thomas Rydberg, who edits the paper") is None


def test_round_226_a_beat_after_the_place_and_a_desk_in_its_section() -> None:
    assert byline_names("By Imogen Tashkent, Norrow Valley health reporter") == "Imogen Tashkent"
    assert byline_names("Posted by Bulletin Desk in Hospitals, Norrow Valley") == "Bulletin Desk"
    # ... but a sentence after the comma is none
    assert byline_names("By Imogen Tashkent, who covered the hospital for years") is None
