"""Denials and hedges changed in languages the English fact checks do not read."""

from __future__ import annotations

from wiretrace.article import Alignment, Article, Sentence
from wiretrace.factmarkers import marker_changes


def _pair(src: str, cpy: str, kind: str = "light_edit") -> list[tuple[str, str, str]]:
    s = Article(id="s", body=src)
    s.sentences = [Sentence(0, src, 0, len(src))]
    c = Article(id="c", body=cpy)
    c.sentences = [Sentence(0, cpy, 0, len(cpy))]
    al = [Alignment((0,), (0,), kind, 0.9)]  # type: ignore[arg-type]
    return [(x.kind, x.source_text, x.copy_text) for x in marker_changes(s, c, al, min_score=0.4)]


def test_a_denial_dropped_or_added_in_spanish_french_and_german() -> None:
    # round 74's planted changes
    assert _pair(
        "El sindicato Fenatrac no confirmó su participación en la protesta del jueves.",
        "El sindicato Fenatrac confirmó su participación en la protesta del jueves.",
    ) == [("negation", "no confirmó", "confirmó")]
    got = _pair(
        "L'immeuble, construit en 1962, n'avait fait l'objet d'aucun arrêté de péril.",
        "L'immeuble, construit en 1962, avait fait l'objet d'un arrêté de péril.",
    )
    assert [k for k, _, _ in got] == ["negation", "negation"]
    assert _pair(
        "Die Bahn hat das Angebot nicht verbessert, sagte die Gewerkschaft.",
        "Die Bahn hat das Angebot verbessert, sagte die Gewerkschaft.",
    ) == [("negation", "nicht verbessert", "verbessert")]
    assert (
        _pair(
            "Die Bahn hat das Angebot verbessert, sagte die Gewerkschaft.",
            "Die Bahn hat das Angebot nicht verbessert, sagte die Gewerkschaft.",
        )[0][0]
        == "negation"
    )


def test_a_hedge_dropped() -> None:
    assert _pair(
        "Según los organizadores, un nuevo bloqueo podría instalarse el jueves en la capital.",
        "Según los organizadores, un nuevo bloqueo se instalará el jueves en la capital.",
    ) == [("hedge", "podría instalarse el", "se instalará el")]
    assert (
        _pair(
            "Sollte die Bahn nicht nachbessern, könnten weitere Arbeitskämpfe folgen.",
            "Sollte die Bahn nicht nachbessern, würden weitere Arbeitskämpfe folgen.",
        )[0][0]
        == "hedge"
    )


def test_edits_that_keep_the_claim_and_rewritten_sentences_say_nothing() -> None:
    # a synonym, a figure, a hedge kept in another word
    assert (
        _pair(
            "El sindicato no confirmó su participación en la protesta del jueves.",
            "El sindicato no confirmó su presencia en la protesta del jueves.",
        )
        == []
    )
    assert (
        _pair(
            "Un nuevo bloqueo podría instalarse el jueves en la capital del país.",
            "Un nuevo bloqueo posiblemente se instale el jueves en la capital del país.",
        )
        == []
    )
    # a sentence rewritten whole: the denial moved into other words, nothing is read
    assert (
        _pair(
            "Fenatrac no confirmó su participación en la protesta del jueves.",
            "La participación de Fenatrac en la movilización sigue sin confirmarse.",
            kind="paraphrase",
        )
        == []
    )


def test_portuguese_no_is_no_denial_and_a_rewritten_clause_says_nothing() -> None:
    # round 47: "no prazo" is "in the deadline"; a clause rewritten whole around
    # "sem nenhum centavo a mais" moved its denial into other words
    assert (
        _pair(
            "A obra deve ser entregue no prazo combinado, disse o prefeito.",
            "A obra deve ser entregue assim que possível, mesmo que o prazo mude, disse o prefeito.",
        )
        == []
    )
    assert (
        _pair(
            'A obra será paga como combinado, sem nenhum centavo a mais", disse o prefeito.',
            'A obra será paga como combinado, mas o valor precise ser revisto", disse o prefeito.',
        )
        == []
    )


def test_a_person_in_french_is_no_denial() -> None:
    assert (
        _pair(
            "Une personne a été blessée dans l'effondrement, selon la préfecture.",
            "Deux personnes ont été blessées dans l'effondrement, selon la préfecture.",
        )
        == []
    )


def test_could_not_be_ruled_out_is_cannot_be_ruled_out() -> None:
    # round 210: "cannot" is one word, and the thing stays open
    from test_facts import kinds

    assert (
        kinds(
            "Geologists said a second slide could not be ruled out.",
            "Experts warned that a second slide cannot be ruled out.",
        )
        == []
    )


def test_found_none_made_found_some() -> None:
    # round 224 (held out): "found no other discrepancies" -> "found other discrepancies
    # as well", in a reworded sentence; "found few other discrepancies" softens
    from test_facts import kinds

    src = "Brightwing said it had re-inspected all hydraulic work and found no other discrepancies."
    cpy = "Brightwing said it rechecked every hydraulic job and found other discrepancies as well."
    assert kinds(src, cpy) == ["negation"]
    few = "Brightwing said it rechecked every hydraulic job and found few other discrepancies."
    assert kinds(src, few) == []
