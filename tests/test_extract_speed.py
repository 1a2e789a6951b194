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


# Text dense in what MASTER reads: dates, lists of days, periods, times, codes, scores, phone
# numbers, ordinals and number words, in both cases.
FIGURE_PIECES = st.sampled_from(list("0123456789 .,/-–—:%()+\n\tIVXhĐC") + [
    " và ", " VÀ ", " đến ", " Tới ", " giờ", "GIỜ ", " phút", " ngày ", "Ngày ", " tháng ", " năm ", "Năm ",
    " quý ", " từ ", "Từ ", " lần thứ ", " khóa ", " Đại hội ", " thập niên ", " hàng nghìn ", " một ",
    " nửa ", " năm mươi ", " hai ", " sáng ", " hôm nay ", "+84 ", "(0", "CT/TW", " người", " tỷ", "İ", "Σ",
    "٣", "²"])
figure_texts = st.lists(FIGURE_PIECES, max_size=50).map("".join)


def _same_match(a, b) -> bool:
    return (a is None) == (b is None) and (a is None or (a.span(), a.lastgroup) == (b.span(), b.lastgroup))


@settings(max_examples=400, deadline=None)
@given(figure_texts)
@example("14/5/2019 28-CT/TW 7 giờ 30 4h20 21 và 22 tháng 5 2010 đến 2020 3-0 0912 345 678 1.12.2020 6.311")
@example("Ngày 21, 22/5, năm 2010 - 2020, lần thứ XVII, khóa XII, hàng nghìn, quý IV")
def test_master_found_sooner_is_master(text):
    """`_match_at` tries a smaller pattern where what opens at a position rules kinds out (a
    plain number where `_MORE_THAN_A_NUMBER` fails, no pattern where no figure's first word
    opens): it finds what MASTER finds, at every position."""
    for pos in range(len(text)):
        assert _same_match(E._match_at(text, pos), E.MASTER.match(text, pos)), (pos, text[pos:pos + 30])


@settings(max_examples=300, deadline=None)
@given(figure_texts)
def test_where_more_than_a_number_fails_master_reads_a_plain_number(text):
    """The claim `_match_at` rests on, asked of MASTER's kinds one by one."""
    for pos in range(len(text)):
        if text[pos].isdecimal() and E._MORE_THAN_A_NUMBER.match(text, pos) is None:
            for name in E._DIGIT_FIRST - {"num"}:
                assert E._master({name}).match(text, pos) is None, (name, text[pos:pos + 30])


# Text dense in letters whose case changes, in words that stop a clause and in windows' edges.
CASED_PIECES = st.sampled_from(list("0123456789 .,;:/-%()\"\n\t") + [
    "Đảng Viên", " ĐẢNG VIÊN", " người", " Hơn ", " khoảng ", " Số ", " thứ ", " tháng ", " (năm ", " rưỡi", " RƯỠI",
    " năm", " giờ", " sáng", " chiếc", " tỷ", " ABC", " Ωμέγα", " ΑΒΓ", " ǅ", " ẞ", "x" * 45, " "])
cased_texts = st.lists(CASED_PIECES, max_size=40).map("".join)


def test_only_the_context_cased_letters_lowercase_to_other_than_one_letter():
    import sys
    assert {c for c in map(chr, range(sys.maxunicode + 1)) if len(c.lower()) != 1} <= set(E._CONTEXT_CASED)


@settings(max_examples=300, deadline=None)
@given(cased_texts, st.sampled_from(["", " İ", " Σ", "ΑΣ "]))
def test_words_cut_from_the_texts_lowercase_are_the_windows_lowercased(text, odd):
    """The readers of the words around a number take them from `_Context.lower` where there is
    one: the same words as lowercasing each window, and none where a letter's lowercase
    depends on its neighbours or is two letters long."""
    text = text + odd
    lower = E._Context(text, E.lowercase(text)).lower
    if odd:
        assert lower is None
        return
    assert lower == text.lower()
    for pos in range(len(text) + 1):
        for n in (1, 2, E._MAX_UNIT_WORDS + 2):
            assert E._next_words(text, pos, n, lower) == E._next_words(text, pos, n)
        assert E._words_before(text, pos, 3, lower) == E._words_before(text, pos)
        assert E._last_word_before(text, pos, lower) == E._last_word_before(text, pos)
        assert E._prev_words(text, pos, 2, lower) == E._prev_words(text, pos, 2)
        assert E._unit_after(text, pos, lower) == E._unit_after(text, pos)
        assert E._half_after_unit(text, pos, lower) == E._half_after_unit(text, pos)


def _prev_words_long_way(text: str, pos: int, n: int) -> list[tuple[str, int]]:
    """`_prev_words` before it split only the last n words of its window."""
    lo = max(0, pos - 40)
    seg = text[lo:pos]
    out = []
    end = len(seg)
    for w in reversed(seg.split()):
        if len(out) == n:
            break
        start = seg.rfind(w, 0, end)
        if w[-1] in E._STOP_CHARS and len(w) > 1 or not w[0].isalpha() and w[0] not in "(+":
            break
        if w[0] in "(+":
            if w[0] == "(" and len(w) > 1 and w[1].isalpha():
                out.append((w[1:].lower(), lo + start + 1))
            else:
                out.append((w, lo + start))
            break
        out.append((w.lower(), lo + start))
        end = start
    if out and out[-1][1] == lo and lo > 0 and not text[lo - 1].isspace():
        out.pop()
    return out


@settings(max_examples=300, deadline=None)
@given(st.one_of(cased_texts, figure_texts))
@example("Ngày (0912 +84 (tháng 5 (A1 2")
def test_the_words_before_as_the_long_way_reads_them(text):
    for pos in range(len(text) + 1):
        for n in (1, 2, 3):
            assert E._prev_words(text, pos, n) == _prev_words_long_way(text, pos, n)


@settings(max_examples=300, deadline=None)
@given(st.one_of(cased_texts, figure_texts))
@example("từ 5, (tháng 3, ((năm 4, hôm nay 1, x từ 2")
def test_no_opener_is_missed_by_its_last_two_letters(text):
    """The loop asks `_opener_before` only where the two letters before the space end an
    opener: wherever the word there is one (the long way: the word between the spaces, an
    opening bracket aside), they do."""
    lower = E.lowercase(text).replace("\n", " ")
    for pos in range(2, len(text) + 1):
        j = lower.rfind(" ", 0, pos - 1)
        if lower[j + 1:pos - 1].lstrip("(") in E._DIGIT_OPENERS:
            assert lower[pos - 3:pos - 1] in E._DIGIT_OPENER_ENDS
            assert E._opener_before(lower, pos)


def test_a_figure_built_from_its_fields_is_the_named_tuple():
    fields = ("170", 3, 6, 170.0, E.Kind.COUNT, "đảng viên", "more_than", 10.0, "chính thức")
    built = E._figure(fields)
    assert type(built) is E.Figure and built == E.Figure(*fields) and built.detail == "chính thức"


# Text dense in what `_unit_after` reads: unit phrases whole and cut short, classifiers,
# details, marks that end a clause, whitespace of every kind, capitals, digits.
UNIT_PIECES = st.sampled_from(list("0123456789 .,;:/-%()\"\n\t\u00a0\u2028\x1c$") + [
    "đảng", "viên", " đảng viên", "ĐẢNG VIÊN", " đảng bộ", " tổ chức", " tổ chức đảng", " đô la mỹ", " đô", " la",
    " chính thức", " chính", " dự bị", " nữ", " ngoài công lập", " công lập", " chiếc", " con", " số", " người",
    " xe máy", " xe", " tỷ đồng", " đồng", " vàng", " tuổi", "Hoa", " km", "km", " triệu", " viên.", " viênx",
    " " + "x" * 40, " "])
unit_texts = st.lists(UNIT_PIECES, max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(unit_texts)
@example("36 đảng viên chính thức, 7 đảng viên dự bị. 3 chiếc xe, 2 đô la mỹ, 4 ĐẢNG\u2028VIÊN nữ")
def test_the_unit_ahead_is_the_unit_the_words_give(text):
    """`_unit_after` reads a unit and its detail with one match of `_UNIT_AHEAD` where it has
    the text's lowercase: the answer `_unit_after_words` gives, reading word by word."""
    lower = E._Context(text, E.lowercase(text)).lower
    assert lower is not None
    for pos in range(len(text) + 1):
        assert E._unit_after(text, pos, lower) == E._unit_after_words(text, pos, None), (pos, text[pos:pos + 30])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(FIGURE_PIECES, st.sampled_from([
    " “hàng nghìn", " (hai", " năm nghìn", " NĂM TRIỆU", " một tỷ", " Một người", " nửa giờ", " vài trăm",
    " ba mươi", " hai mươi lăm", " từ năm 2010", " năm 1990", "'bảy", "İ", " İt"])), max_size=40).map("".join))
def test_master_at_a_number_words_anchor_is_master(text):
    """An anchor of `_WORD_ANCHOR` (found as `_iter_figures` finds them) is at a letter, where the
    loop tries `_MASTER_AT_LETTER`: the same match as MASTER's."""
    marked = " " + E.lowercase(text).replace("\n", " ")
    for mark in E._OPENING_MARKS:
        marked = marked.replace(mark, " ")
    for anchor in E._WORD_ANCHOR.finditer(marked):
        pos = anchor.start()
        assert text[pos].isalpha()
        assert _same_match(E._MASTER_AT_LETTER.match(text, pos), E.MASTER.match(text, pos)), text[pos:pos + 30]


def test_the_digit_zeros_below_u10000_are_pythons():
    decimals = {c for c in map(chr, range(0x10000)) if c.isdecimal()}
    assert decimals == {chr(zero + i) for zero in E._BMP_DIGIT_ZEROS for i in range(10)}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("0129 a.,\n") + ["٣", "０", "𝟘", "𝟙", "😀", "𐍈", "²", "①", "x" * 5]),
                max_size=40).map("".join))
@example("a😀12٣4 𝟘5 x０ 😀𝟘😀")
@example("²,25 😀,5 𝟘,25")
def test_the_digit_anchors_are_the_starts_of_the_runs_of_digits(text):
    import re
    assert [m.start() for m in E._DIGIT_ANCHOR.finditer(text)] == [m.start() for m in re.finditer(r"\d+", text)]
    long_way = re.search(r"\d,(?:\d{1,2}|\d{4,})(?![\d.,])", text)
    assert (E._COMMA_DECIMAL.search(text) is None) == (long_way is None)
