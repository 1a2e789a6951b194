"""Shortcuts `checks.extract` takes for speed give the answers of the long way round (property
tests on generated text dense in the words each shortcut keys on)."""
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tomtat.checks import extract as E
from tomtat.checks import rules

PIECES = st.sampled_from(list("0123456789 .,/-–—%()\n\t\"") + [
    " phần trăm", " triệu", " Tỷ", " nghìn tỷ", " và ", " hoặc ", " đến ", " tới ", " rưỡi", " RƯỠI",
    " năm", " giờ", " người", " khoảng ", " hơn ", " Số ", " thứ ", " trên ", " VTV ", " ABΣ ",
    " İ", " chiếc", " đảng viên", "x" * 50, " "])
texts = st.lists(PIECES, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
@example("hơn\n 5")
@example("x" * 60 + " 5")
def test_the_last_word_before_is_the_last_of_the_words_before(text):
    for pos in range(len(text) + 1):
        before = E._words_before(text, pos)
        if before:
            assert before[-1] == E._last_word_before(text, pos)
    # every cue is shorter than the window, so a word the window cuts is never one
    assert max(map(len, E._CUE_ENDS)) < 48


@settings(max_examples=300, deadline=None)
@given(texts)
def test_nothing_follows_a_number_where_the_openings_pattern_fails(text):
    for pos in range(len(text) + 1):
        if E._FOLLOW_OPENINGS.match(text, pos) is None:
            for pattern in (E._PERCENT, E._SCALE, E._SHARED_SCALE_NEXT, E._RANGE_TAIL):
                assert pattern.match(text, pos) is None, (pattern.pattern, text[pos:pos + 20])


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_half_after_a_unit_is_only_in_a_text_that_has_the_word(text):
    halves = any(half in E.lowercase(text) for half in rules.HALF_AFTER)
    if not halves:
        assert not any(E._half_after_unit(text, pos) for pos in range(len(text) + 1))


def _after_acronym_long_way(text: str, pos: int) -> bool:
    """`_after_acronym` before it asked first whether the word before ends in a lowercase letter."""
    if pos < 3 or text[pos - 1] != " ":
        return False
    j = text.rfind(" ", 0, pos - 1)
    word = text[j + 1:pos - 1]
    if not word.isupper():
        return False
    if word == "SN" or (text[pos:pos + 4].isdigit() and text[pos:pos + 2] in ("19", "20")):
        return False
    return len(word) >= 2 and word.isalpha() and word.lower() not in rules.MONEY_UNITS


@settings(max_examples=300, deadline=None)
@given(texts)
@example("VTV 3, Ab 4, AB中 5, SN 1980, ASIAD 2018")
def test_acronym_before_a_number_as_the_long_way_reads_it(text):
    for pos in range(len(text) + 1):
        assert E._after_acronym(text, pos) == _after_acronym_long_way(text, pos)
