"""Claims a copy tells as deeds done (factdeeds.py), read through facts.analyze."""

from __future__ import annotations

from test_facts import pair


def _hedges(src: str, cpy: str) -> list[tuple[str, str]]:
    return [(c.source_text, c.copy_text) for c in pair(src, cpy) if c.kind == "hedge"]


def test_a_claim_of_responsibility_told_as_who_attacked() -> None:
    # round 173
    src = "A hacking collective calling itself NullHarbor claimed responsibility on Telegram."
    assert _hedges(
        src, "NullHarbor, the hacking collective behind the attack, posted on Telegram."
    ) == [("claimed responsibility", "behind the attack")]
    # the claim kept, in any words
    for cpy in (
        "NullHarbor, which claimed the attack, posted on Telegram.",
        "NullHarbor said it was responsible for the attack in a post on Telegram.",
    ):
        assert _hedges(src, cpy) == []


def test_a_forecast_told_as_a_result() -> None:
    # round 174: the ministry's forecast of the harvest made a fall that happened
    src = (
        "The agriculture ministry forecasts the paddy harvest will fall 14% to 8.1 million tonnes."
    )
    assert _hedges(src, "The paddy harvest has fallen 14% to 8.1 million tonnes.") == [
        ("forecasts the paddy harvest will fall", "has fallen")
    ]
    for cpy in (
        "The paddy harvest is expected to fall 14% to 8.1 million tonnes, the ministry says.",
        "The paddy harvest will fall 14% to 8.1 million tonnes, the ministry forecasts.",
    ):
        assert _hedges(src, cpy) == []
