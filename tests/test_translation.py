"""A translated copy against an independent report of the same event in another language."""

from __future__ import annotations

import pytest

import wiretrace
from wiretrace.article import Sentence
from wiretrace.translation import MAX_CELLS, anchor_pairs, anchors

_EN = """date 2025-06-10 Storm floods old town of Valdora, 300 evacuated

Heavy rain flooded the old town of Valdora on Monday night and forced about 300 residents \
from their homes, the regional civil protection agency said.

The Ters rose 2.4 metres in six hours and burst its banks near the Santa Clara bridge \
shortly after 11 p.m.

Mayor Elena Duarte said firefighters had rescued 14 people trapped in cars on the Avenida \
del Puerto.

"The water came faster than anyone expected," Duarte told reporters on Tuesday.

The agency said 1,250 homes in Valdora and Montrell were still without power on Tuesday \
morning.

Schools in Valdora and the nearby village of Montrell will stay closed until Thursday, \
the education department said.

Forecasters at the Meteoclima service expect another 80 millimetres of rain by Wednesday \
evening.
"""

# the same story translated into Spanish, sentence by sentence
_ES_TRANSLATION = """date 2025-06-11 La tormenta inunda el casco antiguo de Valdora

Las fuertes lluvias inundaron el lunes por la noche el casco antiguo de Valdora y obligaron \
a unos 300 vecinos a abandonar sus casas, según la agencia regional de protección civil.

El Ters subió 2,4 metros en seis horas y se desbordó junto al puente de Santa Clara poco \
después de las once de la noche.

La alcaldesa, Elena Duarte, explicó que los bomberos rescataron a 14 personas atrapadas en \
sus coches en la Avenida del Puerto.

«El agua llegó más rápido de lo que nadie esperaba», dijo Duarte a los periodistas el martes.

La agencia indicó que 1.250 viviendas de Valdora y Montrell seguían sin luz el martes por \
la mañana.

Los colegios de Valdora y del cercano pueblo de Montrell seguirán cerrados hasta el jueves, \
informó la consejería de educación.

Los meteorólogos del servicio Meteoclima prevén otros 80 litros por metro cuadrado hasta el \
miércoles por la tarde.
"""

# a Spanish paper's own report of the same night: the same names and figures, its own
# order, people and background
_ES_INDEPENDENT = """date 2025-06-11 Noche de angustia en Valdora

Montrell amaneció el martes con el agua en las rodillas y 1.250 viviendas sin luz, después \
de una noche en la que el Ters volvió a recordar a los vecinos la riada de 1998.

Pilar Ibáñez, de 71 años, pasó la noche en el polideportivo municipal con otros vecinos del \
barrio de San Roque. «No nos dio tiempo a sacar nada», contaba por la mañana.

La alcaldesa de Valdora, Elena Duarte, pidió ayuda a la Generalitat y calificó los daños de \
enormes, aunque todavía no hay una cifra oficial.

Según protección civil, unas 300 personas tuvieron que dejar sus casas y los bomberos \
sacaron a 14 personas de coches atrapados en la Avenida del Puerto.

Los comerciantes del casco antiguo calculan que más de 40 tiendas han quedado inundadas. \
El gremio de hostelería ha convocado una reunión para el viernes.

Meteoclima prevé 80 litros más hasta el miércoles, y los colegios de Valdora y Montrell no \
abrirán hasta el jueves.
"""


def test_figures_and_names_read_alike_in_both_languages() -> None:
    assert anchors("The river rose 2.4 metres; 1,250 homes") >= {"24", "1250"}
    assert anchors("El río subió 2,4 metros; 1.250 viviendas") >= {"24", "1250"}
    s = [Sentence(0, "Mayor Elena Duarte spoke in Valdora.", 0, 1)]
    c = [Sentence(0, "Habló la alcaldesa Elena Duarte en Valdora.", 0, 1)]
    assert anchor_pairs(c, s).pairs == [(0, 0, 1.0)]


@pytest.mark.slow
def test_a_translation_is_a_paraphrase_and_an_independent_report_is_not(
    embedder: object,
) -> None:
    tr = wiretrace.compare(_ES_TRANSLATION, _EN, embedder=embedder)
    assert tr.relation == "paraphrase"
    assert tr.source.title and tr.source.title.startswith("Storm floods")  # the older date
    assert tr.features["anchor_order"] >= 0.8
    assert (2, 2) in {(a.copy[0], a.source[0]) for a in tr.alignments}  # the mayor's line
    assert tr.quotes == []  # a translated quote is no altered one
    # the same in the other argument order
    assert wiretrace.compare(_EN, _ES_TRANSLATION, embedder=embedder).relation == "paraphrase"
    indep = wiretrace.compare(_ES_INDEPENDENT, _EN, embedder=embedder)
    assert indep.relation == "same_event"
    assert indep.features["anchor_order"] < 0.8


def test_a_book_sized_pair_is_not_paired() -> None:
    # quadratic in pure Python: beyond MAX_CELLS the pairing is skipped, not slow
    big = [Sentence(i, f"Minister Karl Weber spoke on {i} May in Bonn.", 0, 1) for i in range(600)]
    assert MAX_CELLS < 600 * 600
    got = anchor_pairs(big, big)
    assert got.pairs == [] and got.order == 0.0 and not got.translated
    assert anchor_pairs(big[:50], big[:50]).order == 1.0
