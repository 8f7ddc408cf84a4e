"""Which language a text is in (``wiretrace.language``)."""

from __future__ import annotations

from wiretrace.language import is_english
from wiretrace.sentences import split


def test_is_english_reads_function_words_not_only_the_alphabet() -> None:
    english = "The minister said on Monday that the talks with the unions would continue."
    french = "Le ministre a déclaré lundi que les négociations avec les syndicats se poursuivront."
    spanish = "El ministro dijo el lunes que las negociaciones con los sindicatos seguirán."
    listing = "Results 2008 Sporting Clay Shoot, Non-Registered Class, Hunter Class, NSCA Open."
    assert is_english(split(english, language="en"))
    assert not is_english(split(french, language="en"))
    assert not is_english(split(spanish, language="en"))
    assert is_english(split(listing, language="en"))  # few words of either kind: ASCII decides
    # languages with none of the Romance or German function words either
    dutch = (
        "Aan de oostzijde van het station wordt een nieuwe fietsenstalling gebouwd, "
        "meldde de gemeente woensdag, en de werkzaamheden beginnen volgend jaar."
    )
    polish = (
        "Rada Miasta przyjęła w środę uchwałę, na mocy której od przyszłego roku "
        "kierowcy starszych samochodów nie wjadą do centrum miasta bez opłaty."
    )
    assert not is_english(split(dutch, language="en"))
    assert not is_english(split(polish, language="en"))
