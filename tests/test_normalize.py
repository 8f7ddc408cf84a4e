from hypothesis import given, settings
from hypothesis import strategies as st

from wiretrace.normalize import _fix_mojibake, _normalize_slow, normalize, normalize_plain


def _check_offsets(text: str) -> None:
    out, offsets = normalize(text)
    assert len(out) == len(offsets)
    assert offsets == sorted(offsets)
    assert all(0 <= o < len(text) for o in offsets)


def test_typography_is_unified_and_offsets_point_back() -> None:
    text = "The minister\u2019s \u201cplan\u201d \u2013 agreed\u00a0 today\u2026"
    out, offsets = normalize(text)
    assert out == 'The minister\'s "plan" - agreed today...'
    assert text[offsets[out.index("agreed")] :].startswith("agreed")
    assert text[offsets[out.index('"plan')]] == "\u201c"
    _check_offsets(text)


def test_space_runs_collapse_but_newlines_stay() -> None:
    out, offsets = normalize("Bamako  (Reuters)\t -  Mali's\nleaders")
    assert out == "Bamako (Reuters) - Mali's\nleaders"
    assert offsets[out.index("(")] == 8


def test_mojibake_is_repaired_with_offsets_into_the_broken_text() -> None:
    broken = "The junta\u00e2\u20ac\u2122s spokesman said"
    out, _ = normalize(broken)
    assert out == "The junta's spokesman said"
    _check_offsets(broken)


def test_zero_width_and_soft_hyphen_are_dropped() -> None:
    assert normalize_plain("jiha\u00addists\u200b and\ufeff") == "jihadists and"


def test_digits_of_every_script_are_ascii_digits() -> None:
    # one figure is one figure, in Persian, Arabic, Bengali or Devanagari digits
    text = "\u06f1\u06f2\u06f0 \u0647\u0632\u0627\u0631\u060c \u0663\u066b\u0665\u066a \u09e7\u09e8 \u0967\u0968"
    out, _ = normalize(text)
    assert out == "120 \u0647\u0632\u0627\u0631\u060c 3.5% 12 12"
    _check_offsets(text)


def test_html_entities_in_ascii_text_still_reach_ftfy() -> None:
    # The ASCII shortcut must not skip ftfy where it would change something.
    assert normalize_plain("Smith &amp; Sons") == "Smith & Sons"


_ALPHABET = st.sampled_from(
    [*"ab .,\n\t'\"", "\u2019", "\u201c", "\u2013", "\u00a0", "\u2026", "\u200b", "e\u0301"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_fast_path_matches_the_character_loop(text: str) -> None:
    fixed, fmap = _fix_mojibake(text)
    assert normalize(text) == _normalize_slow(fixed, fmap)
