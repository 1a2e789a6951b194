"""Shortcuts taken for speed give the answers of the long way round (property tests).

Each shortcut looks at less (fewer figures, fewer pairs); each test here compares it with
looking at everything, on generated text dense in the words the shortcut keys on.
"""
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tomtat.checks import extract_figures
from tomtat.checks import relations as R
from tomtat.checks import rules
from tomtat.checks import wording as W
from tomtat.checks.types import Figure, Kind

FIXTURE = Path(__file__).parent / "fixtures" / "bao-cao-xay-dung-dang.txt"

CUE_ALPHABET = st.sampled_from(list("0123456789.,/-%: ()\n") + [
    "trung bình ", "bình quân ", "trung  bình ", "Trung bình", "mỗi năm ", "vượt ", "vượt chỉ tiêu ",
    "chỉ tiêu ", "được giao ", "kế hoạch ", "đảng viên ", "hơn ", "năm ", "hai ", "tỷ ", "xã ",
    "“", "”", "bình", "trung", unicodedata.normalize("NFD", "vượt "), "x" * 30 + " "])
cue_text = st.lists(CUE_ALPHABET, max_size=120).map("".join)


@settings(max_examples=400, deadline=None)
@given(cue_text)
def test_cued_figures_are_every_figure_whose_words_before_hold_the_cue(text):
    doc = R._Doc(text, text.lower(), extract_figures(text))
    for phrases in (R._AVERAGE, R._EXCESS, R._TARGET, R._SEARCH_AVERAGE):
        cued = doc.cued(phrases)
        assert cued == sorted(set(cued))
        for j, f in enumerate(doc.figs):
            if R._contains(doc.words_before(f, 12), phrases):
                assert j in cued, (phrases.text, f)
                assert doc.may_hold(phrases, f.start - R._BEFORE, f.start)


NUMBERED = st.tuples(st.sampled_from(["kết nạp ", "khen thưởng ", "có ", "giám sát ", "kỷ luật ", "hơn ", "gần "]),
                     st.integers(1, 400),
                     st.sampled_from([" đảng viên", " đảng viên chính thức", " người", " tổ chức đảng", "%", " xe"]),
                     st.sampled_from([". ", ", ", " và ", " được khen thưởng. "]))
numbered_text = st.lists(NUMBERED, min_size=1, max_size=160).map(lambda xs: "".join(f"{a}{n}{u}{e}" for a, n, u, e in xs))


SAME_QUANTITY_SUMMARIES = ["Huyện kết nạp 137 đảng viên.", "Tỉnh có 43 đảng viên chính thức.",
                           "Khen thưởng 250 người.", "Tỷ lệ đạt 77%.", "Giám sát 9 xe."]


@settings(max_examples=150, deadline=None)
@given(numbered_text, st.sampled_from(SAME_QUANTITY_SUMMARIES))
def test_same_quantities_searched_nearest_first_are_what_closest_reads_of_all(article, summary):
    _same_quantities_agree(article, summary)


@pytest.mark.parametrize("summary", SAME_QUANTITY_SUMMARIES + ["Kỷ luật 12 đảng viên, khen thưởng gần 200 đảng viên."])
def test_same_quantities_of_a_long_report_are_what_closest_reads_of_all(summary):
    # a report repeated: hundreds of figures of one unit, far more than _MAX_COMPARED alike
    _same_quantities_agree(FIXTURE.read_text(encoding="utf-8") * 40, summary)


def _same_quantities_agree(article, summary):
    from tomtat.checks import compare, prepare_article
    from tomtat.checks import verify as V

    facts = prepare_article(article)
    for fig in extract_figures(summary):
        cls = compare.value_class(fig)
        if cls not in ("number", "percent"):
            continue
        pool, around = facts.pool(cls), V._Around(summary, fig)
        every = [a for a in pool if V._same_quantity(fig, around, a, facts)]
        expected = every if len(every) <= V._MAX_COMPARED else V._nearest_values(fig, every)
        original = V._SEARCHED_NEAREST_FIRST
        try:
            V._SEARCHED_NEAREST_FIRST = 0   # the nearest-first search, on a pool of any length
            assert V._same_quantities(fig, around, cls, pool, facts) == expected
        finally:
            V._SEARCHED_NEAREST_FIRST = original



CONTEXT_ALPHABET = st.sampled_from([
    "kết nạp ", "khen thưởng ", "đảng viên ", "được ", "người ", " ", ", ", ". ", "\n", "12 ", "3 ", "1.5 ",
    "x" * 20 + " ", "y" * 47 + " ", "kếtnạp ", "İ ", "Σ ", "ΣΑ ", unicodedata.normalize("NFD", "kết nạp ")])
CONTEXT_WORDS = st.sets(st.sampled_from(["kết", "nạp", "khen", "thưởng", "được", "x" * 20, "y" * 47, "i̇", "σ", "ς",
                                         unicodedata.normalize("NFD", "kết")]), max_size=3)


@settings(max_examples=300, deadline=None)
@given(st.lists(CONTEXT_ALPHABET, max_size=60).map("".join), CONTEXT_WORDS)
@example("y" * 47 + " 12 ", {"y" * 47})                                  # the farthest word before
@example("12 " + "x" * 20 + " " + "x" * 20 + " khen thưởng", {"thưởng"})   # the farthest word after
@example("12 " + "x" * 20 + " " + "x" * 20 + " " + "Α" * 16 + "ΣΑ", {"α" * 16 + "ς"})  # a sigma the window ends
@example("İ 12 ", {"i̇"})                                                 # two characters lowercased
def test_a_context_looked_for_in_the_window_first_is_the_context_read(article, words):
    """`ArticleFacts.shares_context`, which reads an article figure's context only where one of
    the words stands in the characters around it, answers what reading the context does,
    words at the edges of its reach and letters that lowercase to two characters included."""
    from tomtat.checks import prepare_article
    from tomtat.checks import verify as V

    for f in prepare_article(article).figures:
        facts = prepare_article(article)   # a context not read yet, each time
        assert facts.shares_context(f, words) == bool(words & V._context_words(facts.text, f)), f


_CYCLES_AFTER_CHECKING = """
import gc, sys
from tomtat.checks import check_summary
cases = [(open(sys.argv[1], encoding="utf-8").read() * 20, "Huyện kết nạp 137 đảng viên. Tỉnh có 43 đảng viên chính thức."),
         (open(sys.argv[2], encoding="utf-8").read(), "Năm 2023, tỉnh kết nạp 6.311 đảng viên, đạt 100,2% chỉ tiêu; 3 người, hai xã."),
         ("1 " * 5000, "1% " * 500)]
gc.collect()
gc.disable()
for article, summary in cases:
    check_summary(article, summary)
print(gc.collect())
"""


def test_checking_leaves_no_reference_cycles():
    # `tomtat check` pauses the cyclic collector while the checker runs (commands/check.py):
    # safe while checking makes no garbage that reference counting cannot free. In a process
    # of its own, so that nothing else running makes garbage meanwhile.
    example = Path(__file__).parent.parent / "examples" / "ket-nap-dang-vien.txt"
    proc = subprocess.run([sys.executable, "-c", _CYCLES_AFTER_CHECKING, str(FIXTURE), str(example)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789.,;:()\n ") + [
    "trong đó ", "gồm ", "bao gồm ", "trong  đó ", "Trong đó", "đảng viên ", "và ", "xã ", "hai ",
    unicodedata.normalize("NFD", "gồm "), "x" * 25 + " "]), max_size=120).map("".join))
def test_neighbours_near_a_cue_are_every_pair_near_cue_finds(text):
    doc = R._Doc(text, text.lower(), extract_figures(text))
    between = doc.near_cue_between(R._PARTS_CUES)
    expected = [j for j in range(len(doc.figs) - 1)
                if doc.near_cue(R._PARTS_CUES, doc.figs[j].end, doc.figs[j + 1].start)]
    assert set(expected) <= set(between) and between == sorted(set(between))


WORDING_TEXT = st.lists(st.sampled_from(list("13 \n-_(x") + [
    "tầng ", "lần ", "thứ ", "số ", "ba ", "atầng ", "tầngx ", "-tầng ", "x1 "]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(WORDING_TEXT, st.sampled_from(["tầng", "lần", "-tầng", "x1"]), st.sampled_from([("3", 3), ("ba", 3), ("13", 13)]))
def test_wording_patterns_that_skip_ahead_find_what_their_b_forms_find(text, word, lead_value):
    # wording.written_beside opens its patterns with the literal word, or looks ahead for
    # the words a match opens with, so that `re` skips ahead over a long article; each
    # must match where, and what, the plain `\b` pattern does
    forms = W._forms(*lead_value)
    number = rf"(?P<n>{'|'.join(map(re.escape, forms))})"
    marker = rf"(?P<m>(?:{'|'.join(rules.NUMBER_MARKERS)})\s+)?"
    w = re.escape(word)
    pairs = [(rf"\b{w}\s+{marker}{number}\b", rf"{W._word_at_boundary(w)}\s+{marker}{number}\b"),
             (rf"\b{marker}{number}\s+{w}\b",
              rf"{W._opening_with([*forms, *rules.NUMBER_MARKERS])}\b{marker}{number}\s+{w}\b"),
             (rf"\b{number}\b", rf"{W._opening_with(forms)}\b{number}\b")]
    for plain, skipping in pairs:
        found = [(m.span(), m.groupdict()) for m in re.finditer(plain, text)]
        assert [(m.span(), m.groupdict()) for m in re.finditer(skipping, text)] == found, (plain, skipping)


def test_fitting_numbers_asked_unit_by_unit_are_those_asked_figure_by_figure():
    # derive._fitting_numbers asks units_compatible once per unit the article uses
    from tomtat.checks import compare, derive, prepare_article
    from tomtat.checks.types import Figure, Kind

    facts = prepare_article(FIXTURE.read_text(encoding="utf-8") + " 5 triệu đồng, 3 USD, 2 con, 4 chiếc xe.")
    units = {(n.unit, n.kind) for n in facts.numbers} | {(None, Kind.COUNT), ("người", Kind.COUNT), ("chiếc", Kind.COUNT)}
    assert len(units) > 5
    for unit, kind in units:
        fig = Figure("1", 0, 1, 1.0, kind, unit=unit)
        q = derive.Question(fig, "1", facts, compare.figure_interval(fig), frozenset(), "")
        expected = [n for n in facts.numbers if n.unit is not None and compare.units_compatible(unit, n.unit)
                    and (kind is Kind.MONEY) == (n.kind is Kind.MONEY)]
        assert derive._fitting_numbers(q) == expected, unit


# --- summary x article shortcuts (draws_on through a word index, nearest operands, years by name)

WORDS = st.sampled_from(["xe", "lật", "chết", "người", "tỉnh", "huyện", "đảng", "viên", "năm"])
word_sets = st.frozensets(WORDS, max_size=6)


def _draws_on_every_sentence(summary_words, article, least=0.5, within=0.8):
    """`align.draws_on` as it was: every article sentence scored."""
    from tomtat.checks.align import overlap
    if not article or not summary_words:
        return []
    scores = [overlap(summary_words, s) for s in article]
    best = max(scores)
    if best < least:
        return []
    kept = [(score, s) for score, s in zip(scores, article) if score >= best * within]
    return [s for score, s in sorted(kept, key=lambda x: -x[0])]


@settings(max_examples=300, deadline=None)
@given(word_sets, st.lists(word_sets, max_size=12))
def test_draws_on_through_the_index_is_scoring_every_sentence(summary_words, sentence_words):
    from tomtat.checks.align import Sentence, draws_on, index_sentences
    article = [Sentence(10 * i, 10 * i + 9, words) for i, words in enumerate(sentence_words)]
    assert draws_on(summary_words, index_sentences(article)) == _draws_on_every_sentence(summary_words, article)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 400), unique=True, max_size=30), st.integers(0, 400), st.data())
def test_nearest_operands_read_outwards_are_the_sorted_ones(starts, at, data):
    starts = sorted(starts)
    ks = list(range(len(starts)))
    i = data.draw(st.sampled_from(ks)) if ks and data.draw(st.booleans()) else -1
    if i >= 0:
        at = starts[i]   # the figure itself is among the operands: left out
    expected = sorted((k for k in ks if k != i), key=lambda k: abs(starts[k] - at))[:rules.SEARCH_MAX_OPERANDS]
    assert R._nearest_operands(i, at, ks, starts) == expected


def test_years_by_name_in_one_pass_is_asking_each_name():
    from tomtat.checks import Kind
    from tomtat.checks.verify import _named_year_key, years_by_name, _YEAR_LIST_JOINER
    text = ("Liên hoan Phim Việt Nam năm 2019 và Liên hoan Phim Việt Nam năm 2021. Năm 2020, Giải Vàng "
            "Sao Mai năm 2022 có 12 người. Festival Huế năm 2018, 2020 và 2024, Giải Vàng Sao Mai 2023.")
    years = [f for f in extract_figures(text) if f.kind is Kind.YEAR]
    named = [(f, _named_year_key(text, f.start)) for f in years]
    one_pass = years_by_name(named, text)

    def asked(key):   # the per-name scan it replaces
        given, last_end = [], None
        for f, name in named:
            if name == key or (last_end is not None and _YEAR_LIST_JOINER.match(text, last_end, f.start)):
                given.append((f, int(f.value)))
                last_end = f.end
            else:
                last_end = None
        return given

    assert len(one_pass) >= 3 and any(len(v) >= 3 for v in one_pass.values())
    assert {key: asked(key) for key in one_pass} == one_pass


def _average_every_period(q):
    """`derive.average` as it was: every period, every total near it, asked in turn."""
    from bisect import bisect_left, bisect_right

    from tomtat.checks import derive
    from tomtat.checks.types import Kind
    nums = derive._fitting_numbers(q)
    starts = [n.start for n in nums]
    for period in (f for f in q.facts.figures if f.kind is Kind.PERIOD):
        y1, y2 = period.value
        near = nums[bisect_left(starts, period.start - derive.NEAR):bisect_right(starts, period.start + derive.NEAR)]
        for total in near:
            for years in (y2 - y1 + 1, y2 - y1):
                if years and q.target.contains(total.value / years):
                    return total, period, years
    return None


AVERAGE_PIECES = st.sampled_from(["Từ năm 2010 đến 2020, ", "Giai đoạn 2016-2020, ", "năm 2015 - 2019 ",
                                  "kết nạp ", " đảng viên. ", " đảng viên, ", " tấn. ", "x" * 200 + " "])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(AVERAGE_PIECES, st.integers(1, 30000).map(str)), max_size=40).map("".join),
       st.integers(1, 3000), st.sampled_from([None, "about", "more_than"]), st.data())
def test_averages_looked_up_by_value_are_those_of_every_period_in_turn(article, value, qualifier, data):
    from tomtat.checks import compare, derive, prepare_article
    from tomtat.checks.types import Figure, Kind

    facts = prepare_article(article)
    units = sorted({n.unit for n in facts.numbers if n.unit}) or ["đảng viên"]
    fig = Figure(str(value), 0, len(str(value)), float(value), Kind.COUNT, unit=data.draw(st.sampled_from(units)),
                 qualifier=qualifier)
    q = derive.Question(fig, "trung bình mỗi năm", facts, compare.figure_interval(fig), frozenset({"trung bình"}), "")
    expected = _average_every_period(q)
    found = derive.average(q)
    if expected is None:
        assert found is None
    else:
        total, period, years = expected
        assert found is not None and found[1] == [total, period] and f"/ {years} years" in found[0]


SENTENCE_ALPHABET = st.sampled_from([
    "Hà ", "Nội ", "hà", "nội", "xe ", "xe", "máy ", "người ", "chết ", "bị thương ", "tỉnh ", "của ", "và ",
    "12 ", "3", "1.5 ", "TP. ", "Q. ", ". ", "! ", "? ", "\n", ", ", "xe_", "²", "ǅ", "İ", "Σ", "đ", "Đ",
    unicodedata.normalize("NFD", "người "), "x" * 25 + " "])
sentence_text = st.lists(SENTENCE_ALPHABET, max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(sentence_text, sentence_text, st.sampled_from([(0.5, 0.8), (0.2, 0.5), (0.0, 0.0)]))
def test_article_sentences_read_when_asked_are_every_sentence_read(article, summary, shares):
    """`ArticleSentences`, which finds a summary's words in the text and reads a sentence's
    words only when asked, gives what reading every sentence's words and indexing them gives."""
    from tomtat.checks import align
    every = align.sentences(article)
    lazy = align.ArticleSentences(article)
    assert len(lazy) == len(every)
    for pos in range(len(article) + 1):
        assert lazy.at(pos) == align.sentence_at(every, pos)
    least, within = shares
    index = align.index_sentences(every)
    indexed = align.ArticleSentences(article)
    indexed.lower = None   # as a text whose lowercase shifts offsets: indexed, the long way
    for here in align.sentences(summary):
        expected = align.draws_on(here.words, index, least=least, within=within)
        assert list(lazy.drawn_on(here.words, least=least, within=within)) == expected
        assert list(indexed.drawn_on(here.words, least=least, within=within)) == expected
    assert list(lazy) == every


@settings(max_examples=200, deadline=None)
@given(sentence_text, sentence_text, st.sampled_from([(0.5, 0.8), (0.2, 0.5), (0.0, 0.0)]))
def test_sentences_drawn_on_read_when_asked_are_the_list_draws_on_gives(article, summary, shares):
    """`ArticleSentences.drawn_on`, whose sentences are read when asked for, holds, slices, finds
    and bounds the sentences that the list of `draws_on` over every sentence does."""
    from tomtat.checks import align
    least, within = shares
    every = align.sentences(article)
    index = align.index_sentences(every)
    for here in align.sentences(summary):
        listed = align.draws_on(here.words, index, least=least, within=within)
        drawn = align.ArticleSentences(article).drawn_on(here.words, least=least, within=within)
        assert len(drawn) == len(listed) and bool(drawn) == bool(listed)
        assert drawn.spans() == [(s.start, s.end) for s in listed]
        assert list(drawn[:1]) == listed[:1] and list(drawn) == listed
        for sentence in every + [align.Sentence(0, 0, frozenset())]:
            assert (sentence in drawn) == (sentence in listed)


@settings(max_examples=200, deadline=None)
@given(sentence_text, st.lists(sentence_text, min_size=1, max_size=4), st.integers(0, 12))
def test_a_long_article_remembering_found_words_is_indexing_every_sentence(article, summaries, words_found):
    """A long article finds a summary's words and remembers their sentences until
    `_WORDS_FOUND_BEFORE_INDEXING` distinct words, then indexes every sentence: at each step
    what the index of every sentence gives. (Short texts stand for long ones: the bounds are
    set low.)"""
    from unittest import mock

    from tomtat.checks import align
    index = align.index_sentences(align.sentences(article))
    with mock.patch.object(align, "_FIND_WORDS_UP_TO", 0), \
            mock.patch.object(align, "_WORDS_FOUND_BEFORE_INDEXING", words_found):
        long = align.ArticleSentences(article)
        for summary in summaries * 2:   # each summary twice: the second time from what was found
            for here in align.sentences(summary):
                assert list(long.drawn_on(here.words)) == align.draws_on(here.words, index)
                assert long._index is not None or len(long._found) <= words_found


PART_ALPHABET = st.sampled_from(["5 ", "6", "12", "61 ", "05 ", "1 ", " ", "\n", ".", ",", "trên ", "trong ", "tổng ",
                                 "số ", "của ", "trên tổng số ", "trong số ", "trên  tổng\nsố ", "bài"])
PART_NUMBER = st.sampled_from([1, 5, 6, 12])


@settings(max_examples=1000, deadline=None)
@given(st.lists(PART_ALPHABET, max_size=30).map("".join), PART_NUMBER, PART_NUMBER)
@example("có 5 trên tổng số 6 bài, 5 trong số 61 bài", 5, 6)
@example("1.5 trên 6 và 5 trên 6.1 và 5 trên\n6", 5, 6)
def test_part_of_whole_found_by_one_pattern_is_what_a_pattern_per_figure_finds(text, a, b):
    """`slash_read_otherwise` finds "a <link> b" with one compiled pattern for every a and b: the
    same first match as the pattern it compiled for each summary figure."""
    from tomtat.checks import Figure, Kind
    links = "|".join(r"\s+".join(map(re.escape, w.split())) for w in rules.SLASH_PART_LINKS)
    found = re.search(rf"(?<![\d.,]){a}\s+(?:{links})\s+{b}(?![\d.,]\d)", text)
    fig = Figure(f"{a}/{b}", 0, len(f"{a}/{b}"), f"--{b:02d}-{a:02d}", Kind.DATE)
    span = W.slash_read_otherwise(fig, [], text, text)
    assert (span.start, span.end) == (found.start(), found.end()) if found else span is None


BESIDE_ARTICLE = st.lists(st.sampled_from(list("13 \n-(x.") + [
    "tầng ", "lần ", "thứ ", "số ", "ba ", "hai ", "người ", "Người ", "xe  ", "tầngx ", "atầng ", "\t", "\xa0",
    "phút ", "giờ ", "11 "]), max_size=40).map("".join)
BESIDE_SUMMARY = st.sampled_from([
    "Tòa nhà có 3 tầng.", "Cháy ở tầng 3 của tòa nhà.", "Lần thứ 3 anh về.", "Anh về 3 lần.", "Đạt vị trí số 1.",
    "Có 13 người chết.", "Có ba người chết.", "Lúc 3 giờ 11 phút.", "Xếp thứ hai lần này.", "Mất 2 giờ.",
    "Có 3\xa0người.", "Ba Người về.", "Tầng 13 cháy."])


@settings(max_examples=500, deadline=None)
@given(BESIDE_ARTICLE, BESIDE_SUMMARY)
@example("cháy ở tầng ba của nhà", "Cháy ở tầng 3 của tòa nhà.")
@example("anh về lần thứ ba ", "Anh về 3 lần.")
@example("lúc ba giờ 11 phút", "Lúc 3 giờ 11 phút.")
def test_written_beside_asks_no_pattern_whose_words_the_article_lacks(article, summary):
    """`written_beside` compiles a pattern only where the article has its anchor word with the
    words a match needs beside it (`_may_match`): the same answers as compiling every one."""
    from tomtat.checks.extract import lowercase
    lower = lowercase(article)
    starts = frozenset(f.start for f in extract_figures(article))
    asked = [W.written_beside(f, summary, lower, article, starts) for f in extract_figures(summary)]
    may_match = W._may_match
    W._may_match = lambda *needed: True
    try:
        every = [W.written_beside(f, summary, lower, article, starts) for f in extract_figures(summary)]
    finally:
        W._may_match = may_match
    assert asked == every


def _sentence_bounds_reading_every_mark(text, pos):
    """`subjects.sentence_bounds` as it was: every mark of the 1,000 characters before pos read."""
    from tomtat.checks import subjects
    marks = re.compile("[" + re.escape(subjects._SENTENCE_ENDS) + "]")
    lo, hi = max(0, pos - subjects._MAX_SENTENCE), min(len(text), pos + subjects._MAX_SENTENCE)
    start = lo
    for m in marks.finditer(text, lo, max(lo, pos)):
        if not subjects._is_decimal_point(text, m.start()):
            start = m.start() + 1
    end = hi
    for m in marks.finditer(text, pos, hi):
        if not subjects._is_decimal_point(text, m.start()):
            end = m.start()
            break
    return start, end


BOUNDS_ALPHABET = st.sampled_from(list(".!?\n;, 5a") + ["1.5", "Hà Nội ", "x" * 400, "2.5."])


@settings(max_examples=400, deadline=None)
@given(st.lists(BOUNDS_ALPHABET, max_size=40).map("".join), st.data())
def test_sentence_bounds_from_the_nearest_marks_are_those_of_every_mark_read(text, data):
    from tomtat.checks import subjects
    pos = data.draw(st.integers(0, len(text)))
    assert subjects.sentence_bounds(text, pos) == _sentence_bounds_reading_every_mark(text, pos)


@st.composite
def sum_clause(draw):
    """A total and two or three parts, in either order, that add up or miss by one, with or
    without a word of totals or of parts, and now and then a number or date between."""
    parts = draw(st.lists(st.integers(1, 40), min_size=2, max_size=3))
    total = sum(parts) + draw(st.sampled_from([0, 0, 1]))
    noun = draw(st.sampled_from([" người", " xe", ""]))
    listed = " và ".join(f"{p}{noun}" for p in parts)
    aside = draw(st.sampled_from(["", "", "năm 2020 ", "ngày 3/4 ", "5 giờ ", "hai người "]))
    if draw(st.booleans()):
        binder = draw(st.sampled_from(["", "tổng cộng ", "tổng số "]))
        joint = draw(st.sampled_from([", trong đó ", " gồm ", ": ", " (", ", ", " có "]))
        return f"{binder}{total}{noun}{joint}{aside}{listed}. "
    binder = draw(st.sampled_from([", tổng cộng ", ", tổng số ", ", ", " là "]))
    return f"{listed}{binder}{aside}{total}{noun}. "


@settings(max_examples=300, deadline=None)
@given(st.lists(sum_clause(), min_size=1, max_size=6).map("".join))
def test_sums_asked_only_where_their_parts_may_bind_are_those_asked_everywhere(text):
    """`_search_sum` reads no window where `_sum_bound` must fail (no word of totals before the
    total, no word of parts before the next digit after it): it finds what it found reading them."""
    doc = R._Doc(text, text.lower(), extract_figures(text))
    gated = [R._search_sum(doc, i) for i in range(len(doc.figs))]
    original = R._sum_may_bind
    try:
        R._sum_may_bind = lambda doc, i: (True, True)
        everywhere = [R._search_sum(doc, i) for i in range(len(doc.figs))]
    finally:
        R._sum_may_bind = original
    assert gated == everywhere


LIST_ALPHABET = st.sampled_from(list("0123456789 ,.:()\n") + [
    "gồm ", "trong đó ", "trong đó có ", "bao gồm ", "người ", "xe ", "nam ", "nữ ", "và ", "x" * 20 + " "])


@settings(max_examples=400, deadline=None)
@given(st.lists(LIST_ALPHABET, max_size=80).map("".join))
def test_lists_are_looked_for_after_every_figure_a_bracket_colon_or_word_of_parts_may_open(text):
    """`_may_open_list` leaves out no figure `_listed_after_total` would read further."""
    doc = R._Doc(text, text.lower(), extract_figures(text))
    found = set(R._may_open_list(doc))
    for j in range(len(doc.figs) - 2):
        k = doc.next(j)
        if k is None:
            continue
        gap = text[doc.figs[j].end:doc.figs[k].start]
        if "(" in gap or ":" in gap or doc.near_cue(R._PARTS_CUES, doc.figs[j].start - 14, doc.figs[j].start):
            assert j in found, (j, doc.figs[j])


def _clause_bounds_reading_every_character(text, fig):
    """`slots.clause_bounds` as it was: each character of the clause read in turn."""
    from tomtat.checks import slots
    lo, hi = max(0, fig.start - slots._CLAUSE_REACH), min(len(text), fig.end + slots._CLAUSE_REACH)
    for i in range(fig.start - 1, lo - 1, -1):
        if text[i] in slots._STATEMENT_MARKS or (text[i] == "." and not slots._inside_number(text, i)):
            lo = i + 1
            break
    for i in range(fig.end, hi):
        if text[i] in slots._STATEMENT_MARKS or (text[i] == "." and not slots._inside_number(text, i)):
            hi = i
            break
    return lo, hi


CLAUSE_ALPHABET = st.sampled_from(list(";:()!?\n.,5 x²") + ["1.5", "3.", ".4", "chết ", "x" * 40])


@settings(max_examples=500, deadline=None)
@given(st.lists(CLAUSE_ALPHABET, max_size=60).map("".join), st.data())
def test_clause_bounds_found_by_find_are_those_read_character_by_character(text, data):
    from tomtat.checks import Figure, Kind, slots
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    fig = Figure(text[start:end], start, end, 1.0, Kind.COUNT)
    assert slots.clause_bounds(text, fig) == _clause_bounds_reading_every_character(text, fig)


@settings(max_examples=300, deadline=None)
@given(st.lists(LIST_ALPHABET, max_size=80).map("".join), st.booleans(), st.booleans())
def test_lists_read_with_links_remembered_are_those_read_afresh(text, asides, words_within):
    """`_list_from` remembers how a list goes on after each part (`_list_link`): read from every
    figure of one article, it gives what a fresh reading of each gives."""
    figures = extract_figures(text)
    shared = R._Doc(text, text.lower(), figures)
    for j in range(len(shared.figs)):
        fresh = R._Doc(text, text.lower(), figures)
        assert R._list_from(shared, j, asides=asides, words_within=words_within) \
            == R._list_from(fresh, j, asides=asides, words_within=words_within)


#: runs of values (lists of up to 30 parts, longer than _MAX_LIST_PARTS), their joiners now and
#: then a closing "và", a bracket, a part in words or a full stop
RUN_STEP = st.tuples(st.sampled_from(["1", "2", "12", "7 người", "gồm 5"]),
                     st.sampled_from([", ", ", ", ", một a, ", ", hai xe, ", "; ", " và ", " (3) ", ". "]))
run_text = st.lists(RUN_STEP, min_size=1, max_size=30).map(lambda steps: "".join(a + b for a, b in steps))


@settings(max_examples=300, deadline=None)
@given(run_text, st.booleans(), st.booleans())
def test_long_runs_known_from_their_end_are_those_the_walk_gives_up_on(text, asides, words_within):
    """`_list_from` answers a long run from `_list_runs_long` without walking it: the answer a
    walk from each figure gives."""
    figures = extract_figures(text)
    doc = R._Doc(text, text.lower(), figures)
    remembered = [R._list_from(doc, j, asides=asides, words_within=words_within) for j in range(len(doc.figs))]
    original = R._list_runs_long
    try:
        R._list_runs_long = lambda *args: False
        walked = [R._list_from(R._Doc(text, text.lower(), figures), j, asides=asides, words_within=words_within)
                  for j in range(len(doc.figs))]
    finally:
        R._list_runs_long = original
    assert remembered == walked


def _list_link_read_afresh(doc, k, asides, words_within):
    """`_read_list_link` as it was: the words after part k read for each way of reading (with
    parts10's two rules: a measure inside a part's words is skipped; a cue of parts between two parts
    leaves no list to read on, its link unreadable)."""
    nxt, between = R._next_item(doc, k, asides)
    if nxt is not None and R._part_detail(doc, k, nxt, between):
        after, rest = R._next_item(doc, nxt, asides)
        if after is None or R._part_detail(doc, k, after, rest):
            return None
        nxt, between = after, between + rest
    words = 12 if asides else 8
    if nxt is None or ")" in between or "(" in between or len(between) > words + 4 \
            or not any(t in R._SEPARATORS for t in between) or not R._is_plain(between, words, 2):
        return None
    if R._contains(between, R._PARTS_CUES):
        return nxt, None, False
    worded = []
    if any(a in R._SEPARATORS and b in R._NUMBER_WORD_TOKENS for a, b in zip(between, between[1:])):
        worded = R._word_parts(doc, doc.figs[k].end, doc.figs[nxt].start) if words_within else []
        if len(worded) != sum(a in R._SEPARATORS and b in R._NUMBER_WORD_TOKENS for a, b in zip(between, between[1:])):
            worded = None
    return nxt, worded, bool(between) and between[-1] in R._FINAL_JOINERS


#: runs whose items are named at length: links of 8 to 12 words, read loosely but not strictly
LONG_STEP = st.tuples(st.sampled_from(["1", "2", "12", "7 người"]),
                      st.sampled_from([", ", " và ", ", một a, ", " (3) "]),
                      st.integers(0, 13).map(lambda n: "lớn " * n))
long_run_text = st.lists(LONG_STEP, min_size=1, max_size=12).map(lambda steps: "".join(a + c + b for a, b, c in steps))


@settings(max_examples=300, deadline=None)
@given(st.one_of(run_text, long_run_text, st.lists(LIST_ALPHABET, max_size=80).map("".join)),
       st.permutations([(a, w) for a in (False, True) for w in (True, False)]))
def test_list_links_read_once_for_both_ways_are_those_read_for_each(text, ways):
    """`_list_step` reads the words after a part once for reading with and without parts in words,
    and a link read strictly is the link read loosely: each link, read in any order of the ways,
    is the one read afresh for its way."""
    doc = R._Doc(text, text.lower(), extract_figures(text))
    for asides, words_within in ways:
        for k in range(len(doc.figs)):
            assert R._list_link(doc, k, asides, words_within) == _list_link_read_afresh(doc, k, asides, words_within)


@settings(max_examples=200, deadline=None)
@given(st.one_of(run_text, st.lists(LIST_ALPHABET, max_size=80).map("".join)))
def test_tokens_remembered_by_figure_are_the_tokens_of_their_span(text):
    """`gap_tokens`, `tokens_before` and `sentence_lead`, remembered on the _Doc after every reader
    has run, are the tokens of the spans they stand for."""
    figures = extract_figures(text)
    doc = R._Doc(text, text.lower(), figures)
    for reader in R._READERS + (R._search,):
        list(reader(doc))
    fresh = R._Doc(text, text.lower(), figures)
    for j in range(len(doc.figs) - 1):
        assert doc.gap_tokens(j) == fresh.tokens(doc.figs[j].end, doc.figs[j + 1].start)
    for f in doc.figs:
        assert doc.tokens_before(f) == fresh.tokens(max(0, f.start - 40), f.start)
    for i, f in enumerate(doc.figs):
        assert doc.sentence_lead(i) == fresh.tokens(doc.spans[doc.sentence[i]][0], f.start)


#: "dài gần 111 km, gồm hai đoạn: A dài 38 km và B dài 73 km" and its near misses: counts in digits
#: or words, more or fewer words before the colon, the parts' sum or another total, a part of another unit
COUNTED = st.tuples(st.sampled_from(["", "gần "]), st.integers(2, 200), st.sampled_from([" km", " người"]),
                    st.sampled_from([", gồm ", ", trong đó "]), st.sampled_from(["1", "2", "3", "hai", "ba", "2,5"]),
                    st.sampled_from([" đoạn", " đoạn đường", " đoạn đường mới", " đoạn đường mới làm"]),
                    st.sampled_from([": ", " "]),
                    st.lists(st.tuples(st.sampled_from(["A dài ", ""]), st.integers(1, 120)), min_size=2, max_size=3),
                    st.sampled_from([", ", " và "]), st.booleans(), st.booleans())


def _counted(c) -> str:
    qualifier, total, unit, cue, count, words, colon, parts, joiner, is_sum, other_unit = c
    total = sum(n for _, n in parts) if is_sum else total
    listed = joiner.join(f"{a}{n}{' xe' if other_unit and i == 0 else unit}" for i, (a, n) in enumerate(parts))
    return f"dài {qualifier}{total}{unit}{cue}{count}{words}{colon}{listed}."


counted_text = COUNTED.map(_counted)


def _counted_list_words_first(doc, total, j):
    """`_counted_list` as it was: the words after the count read before its value is asked."""
    from tomtat.checks import Kind
    count = doc.figs[j]
    after = doc.tokens(count.end, min(len(doc.text), count.end + 30))
    colon = next((k for k, t in enumerate(after[:4]) if t == ":"), None)
    if count.kind is not Kind.COUNT or not 2 <= count.value <= R._MAX_COUNTED_PARTS or count.value != int(count.value) \
            or colon is None or not R._is_plain(after[:colon], 3, 0):
        return None
    parts, k = [], doc.next(j)
    while k is not None and len(parts) < count.value:
        if doc.is_operand(doc.figs[k]) and R._same_measure(doc.figs[k], total) and doc.figs[k].unit == total.unit:
            parts.append(doc.figs[k])
        k = doc.next(k)
    return R._sum(doc, total, parts, False, only_if_consistent=True) if len(parts) == count.value else None


@settings(max_examples=300, deadline=None)
@given(counted_text)
def test_counted_lists_asked_their_count_first_are_those_read_in_full(text):
    """`_counted_list` asks the count's value before reading the words after it: it finds what it
    found reading them first, from every pair of a total and the figure after it."""
    doc = R._Doc(text, text.lower(), extract_figures(text))
    for j in range(len(doc.figs) - 1):
        assert R._counted_list(doc, doc.figs[j], j + 1) == _counted_list_words_first(doc, doc.figs[j], j + 1)


@settings(max_examples=300, deadline=None)
@given(st.one_of(run_text, st.lists(LIST_ALPHABET, max_size=80).map("".join)))
def test_lists_remembered_for_every_way_of_reading_are_those_read_afresh(text):
    """`_list_from` remembers each list by figure and way of reading: read from every figure in all
    four ways on one _Doc, each is what a fresh reading gives."""
    figures = extract_figures(text)
    shared = R._Doc(text, text.lower(), figures)
    ways = [(asides, words_within) for asides in (False, True) for words_within in (True, False)]
    for j in range(len(shared.figs)):
        for asides, words_within in ways:
            fresh = R._Doc(text, text.lower(), figures)
            assert R._list_from(shared, j, asides=asides, words_within=words_within) \
                == R._list_from(fresh, j, asides=asides, words_within=words_within)


WAYS = [(asides, words_within) for asides in (False, True) for words_within in (True, False)]


@settings(max_examples=400, deadline=None)
@given(run_text, st.permutations(WAYS), st.integers(1, 6))
def test_runs_known_once_for_every_way_of_reading_are_those_walked_each_way(text, ways, most):
    """`_list_runs_long` knows a run without parts in words once for reading with and without them:
    read from every figure in all four ways, in any order, on one _Doc, `_list_from` gives what a
    walk of each way alone gives (at small _MAX_LIST_PARTS, so that runs cross it often)."""
    figures = extract_figures(text)
    original_most, original_runs = R._MAX_LIST_PARTS, R._list_runs_long
    try:
        R._MAX_LIST_PARTS = most
        shared = R._Doc(text, text.lower(), figures)
        n = len(shared.figs)
        remembered = {(j, way): R._list_from(shared, j, asides=way[0], words_within=way[1])
                      for way in ways for j in range(n)}
        R._list_runs_long = lambda *args: False
        for j in range(n):
            for asides, words_within in ways:
                walked = R._list_from(R._Doc(text, text.lower(), figures), j, asides=asides, words_within=words_within)
                assert remembered[(j, (asides, words_within))] == walked, (j, asides, words_within)
    finally:
        R._MAX_LIST_PARTS, R._list_runs_long = original_most, original_runs


def _sum_as_it_was(doc, total, parts, exhaustive, only_if_consistent):
    """`_sum` as it was: its formula written and the parts' details read for every sum asked."""
    from tomtat.checks import compare
    from tomtat.checks.compare import Interval
    from tomtat.checks.numbers import format_number as fmt
    s = sum(float(f.value) for f in parts)
    widen = R._half_last_digit if total.qualifier else (lambda f: 0.0)
    lo = sum(R._operand_interval(f).lo - widen(f) for f in parts)
    hi = sum(R._operand_interval(f).hi + widen(f) for f in parts)
    formula = " + ".join(fmt(f.value) for f in parts) + f" = {fmt(s)}"
    total_i = compare.interval_of(total) if total.qualifier else R._operand_interval(total)
    if Interval(lo, hi).meets(total_i):
        return R._relation(doc.text, "sum_of_parts", formula, s, total, True, parts)
    if only_if_consistent:
        return None
    details = {R._detail_of(doc, f) for f in parts}
    complementary = any(details == set(group) for group in rules.EXCLUSIVE_DETAILS)
    same_unit = total.unit is not None and all(f.unit is not None for f in parts)
    if complementary or (exhaustive and same_unit and lo > total_i.hi):
        return R._relation(doc.text, "sum_of_parts", formula, s, total, False, parts)
    return None


SUM_ITEM = st.tuples(st.sampled_from(["", "gần ", "hơn "]), st.sampled_from(["7", "36", "43", "1.400", "2,5", "100"]),
                     st.sampled_from([" nam", " nữ", " chính thức", " dự bị", " người", " người nam", " km", ""]))
sum_text = st.lists(SUM_ITEM, min_size=2, max_size=6).map(lambda items: ", ".join(a + n + u for a, n, u in items) + ".")


@settings(max_examples=300, deadline=None)
@given(sum_text, st.booleans(), st.booleans())
def test_sums_that_read_details_last_are_those_that_read_them_first(text, exhaustive, only_if_consistent):
    """`_sum` writes its formula and reads the parts' details only where it needs them: from every
    figure as a total of the figures after it, it finds what it found reading both first."""
    doc = R._Doc(text, text.lower(), extract_figures(text))
    for j in range(len(doc.figs)):
        for n in range(1, len(doc.figs) - j):
            parts = doc.figs[j + 1:j + 1 + n]
            assert R._sum(doc, doc.figs[j], parts, exhaustive, only_if_consistent=only_if_consistent) \
                == _sum_as_it_was(doc, doc.figs[j], parts, exhaustive, only_if_consistent)


#: a total and its listed parts, some in words ("một người"), opened by a bracket, a colon or a cue,
#: the total their sum or not: "13 người (6 người, một người và 6 người)"
LISTED = st.tuples(st.sampled_from(["(", ": ", " gồm ", ", trong đó ", " gồm: ", " gồm hai nhóm: "]),
                   st.lists(st.sampled_from([1, 2, 3, 6, 7, 12, "một"]), min_size=2, max_size=8),
                   st.sampled_from([", ", " và "]), st.booleans(), st.integers(2, 40))


def _listed(c) -> str:
    opener, parts, joiner, is_sum, other = c
    total = sum(1 if p == "một" else p for p in parts) if is_sum else other
    listed = joiner.join(f"{p} người" for p in parts)
    return f"có {total} người{opener}{listed}{')' if opener == '(' else ''}."


listed_text = LISTED.map(_listed)


@settings(max_examples=500, deadline=None)
@given(st.one_of(listed_text, run_text, long_run_text, counted_text, st.lists(LIST_ALPHABET, max_size=80).map("".join)),
       st.integers(1, 6))
@example("có 13 người (6 người, một người và 6 người).", 12)   # the bracket's parts read with words
@example("có 13 người: 6 người, một người và 6 người.", 12)    # the colon's the same
@example("có 3 người gồm 1 người, 2 người, " + "lớn " * 10 + "5 người, 6 người, 7 người.", 3)   # long read loosely only
def test_cues_skipped_before_a_run_too_long_are_those_whose_reading_finds_nothing(text, most):
    """`_parts` and `_listed_after_total` pass over a cue with a run too long to be a list after it
    (`_no_parts_listed`) before reading its words: they find what they find reading every cue (at
    small _MAX_LIST_PARTS, so that runs are often too long)."""
    figures = extract_figures(text)
    original_most, original_skip = R._MAX_LIST_PARTS, R._no_parts_listed
    try:
        R._MAX_LIST_PARTS = most
        skipping = [list(reader(R._Doc(text, text.lower(), figures))) for reader in (R._parts, R._listed_after_total)]
        R._no_parts_listed = lambda *args, **kwargs: False
        reading = [list(reader(R._Doc(text, text.lower(), figures))) for reader in (R._parts, R._listed_after_total)]
    finally:
        R._MAX_LIST_PARTS, R._no_parts_listed = original_most, original_skip
    assert skipping == reading


#: runs of values named by the word after them, some with units, some sums of the ones before
SEARCH_STEP = st.tuples(st.sampled_from(["tổng ", "trong đó ", "gồm ", "", "tổng cộng "]),
                        st.sampled_from(["1", "2", "3", "5", "8", "13", "2,5"]),
                        st.sampled_from([" và ", " người, ", " xe và ", " ", " km, ", ". ", " đội và ", " đội. "]))
search_text = st.lists(SEARCH_STEP, min_size=1, max_size=30).map(lambda steps: "".join(a + b + c for a, b, c in steps))


@settings(max_examples=300, deadline=None)
@given(search_text)
@example("tổng 3 gồm 1 và 2, tổng 3 gồm 1 và 2.")
@example("Có 8 người, trong đó 5 người và 3 người. Tổng cộng 13 xe gồm 8 xe và 5 xe.")
@example("Năm nay có 9 đội. Tổng 3 đội gồm 1 đội và 2 đội.")   # a noun that is no unit, parts just smaller
@example("Tổng 3 đội. Có 1 đội và 2 đội.")                      # parts in the sentence after
@example("Tổng 3 người gồm 1 đảng viên và 2 cháu.")              # units of one genus, not one noun
def test_sums_searched_only_where_smaller_values_of_the_noun_stand_are_those_searched_everywhere(text):
    """`_search_sum` reads no window of a total whose sentence and its neighbours hold too few values of
    its noun smaller than it (`_may_have_smaller_parts`): it finds what it found reading them."""
    doc = R._Doc(text, text.lower(), extract_figures(text))
    counted = [R._search_sum(doc, i) for i in range(len(doc.figs))]
    original = R._may_have_smaller_parts
    try:
        R._may_have_smaller_parts = lambda doc, i: True
        everywhere = [R._search_sum(R._Doc(text, text.lower(), doc.all_figures), i) for i in range(len(doc.figs))]
    finally:
        R._may_have_smaller_parts = original
    assert counted == everywhere


@settings(max_examples=500, deadline=None)
@given(st.one_of(listed_text, run_text, long_run_text, search_text, st.lists(LIST_ALPHABET, max_size=80).map("".join)))
@example("có 13 người (6 người, một người và 6 người).")   # a bracket: its parts are read whatever the first
@example("gồm 13 người: 6 người, một người và 6 người.")
@example("tổng 3 gồm 1 và 2, tổng 3 gồm 1 và 2.")
@example("gồm 9 con 4 con đen, 5 con trắng.")              # a cue before the total, its parts after
@example("có 13 người (20 người nam, 7 người nữ).")         # a bracket whose parts do not add up: inconsistent
@example("có 13 người: 8 người và 5 người.")                # a first part more than half the total
def test_lists_after_a_total_skipped_by_their_first_part_are_those_whose_sums_fail(text):
    """`_listed_after_total` reads no list after a total (no bracket) whose first part cannot be a
    part of it (`_may_open_loose_sum`): it finds what it finds reading every such list."""
    figures = extract_figures(text)
    original = R._may_open_loose_sum
    skipping = list(R._listed_after_total(R._Doc(text, text.lower(), figures)))
    try:
        R._may_open_loose_sum = lambda first, total: True
        reading = list(R._listed_after_total(R._Doc(text, text.lower(), figures)))
    finally:
        R._may_open_loose_sum = original
    assert skipping == reading


#: Text for the tokenizer: letters (some decomposed, some with a stray combining accent only),
#: digits, a superscript, "_", quotation marks, marks of punctuation, white space of other kinds
TOKEN_ALPHABET = st.sampled_from(list("0123456789 .,;:%()/-\n\t\u00a0_²\"“”'") + [
    "kết ", "nạp", "đảng viên", "viên,", "(trung", "kỳ.", "m2 ", "x2", "hai ", "x" * 12, "ĐẢNG ", "@", "…",
    unicodedata.normalize("NFD", "vượt "), "a\u0303", "\u0303", "\u0301b", "«", "»"])


def _tokens_the_long_way(doc, lo, hi):
    """`_Doc.tokens` as it was: the pattern over the masked text, each token as the readers see it."""
    toks = R._TOKEN.findall(doc.masked, lo, hi)
    if doc.decomposed:
        toks = [unicodedata.normalize("NFC", t) for t in toks]
    shown = R._ShownTokens()
    return tuple(t for t in map(shown.__getitem__, toks) if t)


@settings(max_examples=500, deadline=None)
@given(st.lists(TOKEN_ALPHABET, max_size=60).map("".join), st.data())
@example("kết nạp\u00a0173 “đảng viên”, m2", None)
@example("a\u0303b 12", None)   # a combining accent in a text not decomposed: one word, not two
@example("vượt 3 kỳ.", None)
def test_tokens_read_run_by_run_are_those_of_the_pattern(text, data):
    """`_Doc.tokens` reads each run between spaces once (`_RunTokens`): a run of letters as one
    token, a word with a mark at its end or start as the two, the pattern only on the other runs.
    The tokens of `_TOKEN` over the same span, from every start to every end (some outside the
    text), asked in any order of one _Doc."""
    doc = R._Doc(text, text.lower(), extract_figures(text))
    n = len(doc.masked)
    spans = [(lo, hi) for lo in range(-2, n + 2) for hi in range(lo - 1, n + 3)] if data is None else \
        [(data.draw(st.integers(-3, n + 3)), data.draw(st.integers(-3, n + 3))) for _ in range(40)]
    for lo, hi in spans:
        assert doc.tokens(lo, hi) == _tokens_the_long_way(doc, lo, hi), (lo, hi)


def _is_operand_the_long_way(text, lower, f, decomposed):
    """`_is_operand` as it was: the joined check and the tokens before every figure read."""
    if f.kind not in (R.Kind.COUNT, R.Kind.MONEY) or isinstance(f.value, tuple) or f.value <= 0:
        return False
    if f.unit in R._AGE_UNITS or R._is_joined(text, f):
        return False
    before = tuple(R._TOKEN.findall(lower, max(0, f.start - 16), f.start))
    if decomposed:
        before = tuple(unicodedata.normalize("NFC", t) for t in before)
    return not R._ends_with(before, R._NOT_OPERAND_BEFORE)


OPERAND_ALPHABET = st.sampled_from(list("0123456789 .,-–/:\n") + [
    "ngày ", "tháng ", "quý ", "tuần ", "hạng ", "top ", "lúc ", "tỷ số ", "tỉ  số ", "tỉ số\n", "khóa ", "khoá ",
    "phiên ", "mùa ", "xngày ", "ngàyx ", "số ", "người ", "đồng ", "tuổi ", "năm ", "- ", " / ", "x" * 9 + " ", " " * 7,
    unicodedata.normalize("NFD", "tháng "), unicodedata.normalize("NFD", "khóa ")])


@settings(max_examples=500, deadline=None)
@given(st.lists(OPERAND_ALPHABET, max_size=50).map("".join))
@example("3 - 5 người, 3-5 xe, 2 / 4 xe, 124–21 trận")
@example("tháng tư có 12 người, tỷ số 3 đội, ngày 5 người, top  10 nước")
@example("phiên" + " " * 10 + "12 người")   # the phrase far back, white space between
def test_operands_found_with_shortcuts_are_those_of_the_long_look(text):
    """`_Doc` knows its operands from two shortcuts: a figure with no joining mark within four
    characters either side is not joined (`_may_be_joined`), and one with no last word of
    `_NOT_OPERAND_BEFORE` in the 16 characters before it has none of those phrases before it.
    They are the figures whose joined check and tokens before, read for each, allow them."""
    lower = text.lower()
    figures = extract_figures(text)
    doc = R._Doc(text, lower, figures)
    expected = {f.start for f in figures if _is_operand_the_long_way(text, lower, f, doc.decomposed)}
    assert set(doc.operand) == expected


CUE_TEXT = st.lists(st.sampled_from([
    "tổng ", "tổng số ", "tổng  số ", "tổngsố ", "trong ", "trong số đó ", "trong tổng số ", "số ", "đó ",
    "số tiền này ", "a ", "a a ", "aa", "\n", ", ", "1 ", unicodedata.normalize("NFD", "tổng số ")]), max_size=40).map("".join)
CUES = st.sampled_from(sorted({c for phrases in (R._SEARCH_TOTAL_BINDERS, R._PARTS_CUES, R._COUNTED_TOTAL, R._REMAINDER)
                               for c in phrases.text}) + ["a a", "a a a", "aa a", "aa", "tổng số", " tổng", "số "])


@settings(max_examples=500, deadline=None)
@given(CUE_TEXT, st.lists(CUES, min_size=1, max_size=6), st.booleans())
@example("a a a a ", ["a a a", "a a"], False)   # a phrase that overlaps itself
@example("aaaa", ["aa"], True)
def test_phrases_found_where_their_first_word_stands_are_every_place_find_finds(text, cues, holds_first):
    """`_Doc.cue_starts` finds a phrase of several words at the places of its first word, and
    `_Doc.holds` says whether it is there from them: every place `str.find` finds it (overlapping
    places too), whichever is asked first."""
    lower = text.lower()
    doc = R._Doc(text, lower, extract_figures(text))
    for cue in cues:
        expected, i = [], lower.find(cue)
        while i >= 0:
            expected.append(i)
            i = lower.find(cue, i + 1)
        if holds_first:
            assert doc.holds(cue) == (cue in lower)
        assert doc.cue_starts(cue) == expected, cue
        assert doc.holds(cue) == (cue in lower)


def _contains_as_it_was(tokens, phrases):
    by_first = phrases.by_first
    return any(R._starts_with(tokens[i:], phrases) for i, t in enumerate(tokens) if t in by_first)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["tổng", "số", "trong", "đó", "gồm", "chỉ", "tiêu", "x", ",", "#", "@"]), max_size=12).map(tuple))
def test_phrases_looked_for_only_where_a_first_word_stands_are_those_looked_for_everywhere(tokens):
    """`_contains` answers no at once where no token opens a phrase: as looking at every token."""
    for phrases in (R._SEARCH_TOTAL_BINDERS, R._PARTS_CUES, R._TARGET, R._WHOLE_THEN_PART):
        assert R._contains(tokens, phrases) == _contains_as_it_was(tokens, phrases)


@settings(max_examples=400, deadline=None)
@given(search_text, st.data())
def test_near_cue_stopping_at_the_first_cue_past_the_window_is_near_cue_reading_eight(text, data):
    """`near_cue` stops at the first cue that starts at or after hi (the cues are in order): as
    asking each of the eight from where it looks."""
    doc = R._Doc(text, text.lower(), extract_figures(text))
    for phrases in (R._SEARCH_TOTAL_BINDERS, R._SEARCH_PARTS_BINDERS, R._PARTS_CUES):
        spans = doc.cue_positions(phrases)
        for _ in range(20):
            lo = data.draw(st.integers(-50, len(text) + 5))
            hi = data.draw(st.integers(lo - 5, lo + 400))
            k = R.bisect_left(spans, (lo - 40, 0))
            assert doc.near_cue(phrases, lo, hi) == any(s < hi and e > lo for s, e in spans[k:k + 8])


@settings(max_examples=300, deadline=None)
@given(search_text)
def test_window_operands_joined_from_their_sentences_are_those_of_the_window_read_whole(text):
    """A window of two sentences lists the search operands of each, one after the other: as
    filtering every key figure of the window; and each key figure's sentence, found in C, is the
    last sentence starting at or before it."""
    doc = R._Doc(text, text.lower(), extract_figures(text))
    assert doc.sentence == [R.bisect_left(doc.starts, f.start + 1) - 1 for f in doc.figs]
    for lo in range(len(doc.spans)):
        for hi in (lo, lo + 1):
            ks = [k for k in range(R.bisect_left(doc.sentence, lo), R.bisect_left(doc.sentence, hi + 1))
                  if R._is_search_operand(doc, doc.figs[k])]
            assert R._window_operands(doc, lo, hi) == (ks, [doc.figs[k].start for k in ks])


COUNTED_CUE_TEXT = st.lists(st.sampled_from(list("0123456789 .,\n") + [
    "tổng ", "chiếm ", "Tổng diện tích của ", "3 khu đô thị ", "2 dự án ", "gần 790 ha", " ha ", "tỷ đồng ",
    "hai ", "ba sổ ", "chỉ tiêu ", "được giao ", "kế hoạch ", "x" * 30 + " ",
    unicodedata.normalize("NFD", "chiếm ")]), max_size=80).map("".join)


@settings(max_examples=400, deadline=None)
@given(COUNTED_CUE_TEXT)
@example("Tổng diện tích của 3 khu đô thị này gần 790 ha. Khu A 247 ha, khu B 277 ha, khu C 266 ha.")
@example("Có 3 khu đô thị " + "x" * 45 + " tổng 790 ha, 247 ha, 277 ha và 266 ha.")
def test_counted_totals_asked_only_of_counts_a_cue_reaches_are_those_asked_of_every_figure(text):
    """`_counted_total` reads only the counts `cued_to_next` gives (a word of counted totals
    before the count or up to the figure after it): it finds what it finds asked of every figure."""
    figures = extract_figures(text)
    doc = R._Doc(text, text.lower(), figures)
    cued = doc.cued_to_next(R._COUNTED_TOTAL)
    assert cued == sorted(set(cued))
    for k in range(len(doc.figs) - 1):
        if doc.may_hold(R._COUNTED_TOTAL, doc.figs[k].start - R._BEFORE, doc.figs[k + 1].start):
            assert k in cued
    cueing = list(R._counted_total(doc))
    original = R._Doc.cued_to_next
    try:
        R._Doc.cued_to_next = lambda self, phrases: list(range(max(0, len(self.figs) - 1)))
        asking = list(R._counted_total(R._Doc(text, text.lower(), figures)))
    finally:
        R._Doc.cued_to_next = original
    assert cueing == asking


def _is_search_operand_as_it_was(doc, f):
    per_unit_after = any(R._starts_with(R._words_after(doc, f)[k:], R._PER_EACH)
                         for k in range(min(len(R._words_after(doc, f)), 3)))
    return doc.is_operand(f) and R._noun(doc, f) not in (None, *R._SEARCH_TIME_UNITS) \
        and not R._PER_SLASH.match(doc.text, f.end) and not per_unit_after


PER_UNIT_TEXT = st.lists(st.sampled_from(list("0123456789 .,/\n") + [
    "mỗi ", "cho mỗi ", "người ", "năm ", "tháng ", "đồng/kWp ", "triệu đồng ", "xe ", "kg ", "m ", "tầng ",
    "khoảng ", "x" * 20 + " "]), max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(search_text, PER_UNIT_TEXT))
@example("khoảng 40 m mỗi tầng, 30.000 đồng cho mỗi kg, 4 triệu đồng/kWp, 5 năm")
def test_search_operands_asked_with_shortcuts_are_those_asked_as_they_were(text):
    """`_is_search_operand` asks its nouns of a set and `_per_unit_after` answers no at once where
    none of the three tokens opens a phrase of `_PER_EACH`: the search operands as they were; and
    the search's candidates after a cue word are every figure within _CUE_REACH after it."""
    doc = R._Doc(text, text.lower(), extract_figures(text))
    for f in doc.figs:
        assert R._is_search_operand(doc, f) == _is_search_operand_as_it_was(doc, f)
    if not doc.decomposed:
        expected = set(R._percents(doc))
        for phrases in (R._SEARCH_TOTAL_BINDERS, R._SEARCH_DIFFERENCE, R._AVERAGE, R._TIMES):
            for _, end in doc.cue_positions(phrases):
                expected.update(k for k, f in enumerate(doc.figs) if end <= f.start <= end + R._CUE_REACH)
        for start, _ in doc.cue_positions(R._SEARCH_PARTS_BINDERS):
            k = R.bisect_left(doc.fig_starts, start)
            expected.update(range(max(0, k - R._TOTALS_BEFORE_PARTS), k))
        assert R._search_candidates(doc) == sorted(expected)


RANGE_TEXT = st.lists(st.sampled_from(list("0123456789 .,-–\n") + [
    "mỗi ", "mỗi kg ", "tức mỗi kg có giá ", "một rổ ", "9 kg ", "được bán với giá ", "220.000-250.000 đồng",
    "24.000-27.000 đồng", "đồng ", "kg ", "x" * 30 + " ", unicodedata.normalize("NFD", "mỗi ")]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(RANGE_TEXT)
@example("một rổ 9 kg được bán với giá 220.000-250.000 đồng, tức mỗi kg có giá 24.000-27.000 đồng")
@example("một rổ 9 kg được bán với giá 220.000-250.000 đồng, tức mỗi kg " + "x" * 33 + " 24.000-27.000 đồng")
def test_ranges_asked_only_near_a_cue_are_those_asked_of_every_figure(text):
    """`_per_unit_range` asks only the figures `_near_each_cue` gives: it finds what it finds asking
    every figure of the article."""
    figures = extract_figures(text)
    near = list(R._per_unit_range(R._Doc(text, text.lower(), figures)))
    original = R._near_each_cue
    try:
        R._near_each_cue = lambda doc: list(range(len(doc.all_figures)))
        every = list(R._per_unit_range(R._Doc(text, text.lower(), figures)))
    finally:
        R._near_each_cue = original
    assert near == every
    doc = R._Doc(text, text.lower(), figures)
    asked = set(R._near_each_cue(doc))
    for i, f in enumerate(figures):
        if doc.near_cue(R._EACH, f.start - 40, f.start):
            assert i in asked


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["2024", "12024", "20245", "2", "4", "٢", " ", "năm ", "x", "."]), max_size=30)
       .map("".join), st.sampled_from(["2024", "2", "4", "12024", "٢"]))
def test_a_whole_run_of_digits_is_found_where_every_run_of_digits_is(text, digits):
    """`ArticleFacts.digit_run_starts` searches for one run of digits; the long way round reads
    every run of digits of the article and keeps those written the same."""
    from tomtat.checks import prepare_article

    every_run = [m.start() for m in re.finditer(r"\d+", text) if m.group() == digits]
    assert prepare_article(text).digit_run_starts(digits) == every_run


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(list(Kind)), st.one_of(st.floats(-1e9, 1e9), st.integers(0, 10 ** 6),
                                             st.tuples(st.integers(1, 100), st.integers(101, 1000))),
       st.sampled_from([None, "more_than", "nearly", "less_than", "about", "at_least", "at_most", "vague"]),
       st.sampled_from([0.0, 0.5, 1.0, 100.0]))
def test_a_stated_interval_is_that_of_the_figure_at_precision_zero(kind, value, qualifier, precision):
    """`compare.stated_interval` answers a plain single value without making a figure of
    precision 0 and asking `figure_interval`, the long way round."""
    from tomtat.checks import compare

    fig = Figure("x", 0, 1, value, kind, unit=None, qualifier=qualifier, precision=precision)
    long_way = fig if qualifier is not None or not precision else \
        Figure(fig.text, fig.start, fig.end, fig.value, fig.kind, fig.unit, None, 0.0)
    assert compare.stated_interval(fig) == compare.figure_interval(long_way)


def test_the_kinds_with_a_value_class_are_those_value_class_names():
    from tomtat.checks import compare

    named = {k for k in Kind if compare.value_class(Figure("x", 0, 1, 1.0, k, unit="%")) is not None
             or compare.value_class(Figure("x", 0, 1, 1.0, k)) is not None}
    assert compare.VALUE_CLASS_KINDS == named


@settings(max_examples=300, deadline=None)
@given(sentence_text, st.sampled_from(["hà", "nội", "xe", "máy", "người", "chết", "đ", "x" * 25, "ǆ", "i̇"]))
def test_a_word_searched_with_its_own_pattern_is_in_the_sentences_the_scan_finds(article, word):
    """A long article finds a summary word's sentences with a pattern of its own
    (`_holding_searched`); a short one scans with str.find and looks at either side in Python."""
    from tomtat.checks import align

    sentences = align.ArticleSentences(article)
    if sentences.lower is not None:
        assert sentences._holding_searched(word) == sentences._holding(word)


# --- session 7: scans of the article shared or done with str methods ---------------------------

def _cues_at_as_it_was(lower, groups):
    """The gate's cue search before `TextCues`: each group's first word, then each cue, looked
    for in the whole text, every place `str.find` finds it."""
    for first, group in groups:
        if first not in lower:
            continue
        for cue in group:
            i = lower.find(cue)
            while i >= 0:
                yield i, i + len(cue)
                i = lower.find(cue, i + 1)


GATE_GROUPS = [groups for groups, *_ in R._GATE_CHECKS] + [
    R._NEEDS_WHOLE_GROUPS, R._WIN_GROUPS, R._COUNTED_GROUPS, R._PARTS_OPENER_GROUPS, R._EACH_GROUPS,
    R._PER_UNIT_CUE_GROUPS]
GATE_WORDS = sorted({w for groups in GATE_GROUPS for first, group in groups for w in (first, *group)})
GATE_TEXT = st.lists(st.sampled_from(GATE_WORDS + [" ", "  ", "\n", "12 ", "hai ", ", ", "(", "x", "%",
                                                   unicodedata.normalize("NFD", "còn lại ")]),
                     max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(GATE_TEXT, st.lists(st.tuples(st.sampled_from(range(len(GATE_GROUPS))), st.booleans()), min_size=1, max_size=8))
def test_cues_found_once_for_the_gate_are_those_it_looked_for_in_the_whole_text(text, asked):
    """`TextCues.spans` (a phrase of several words looked for where its first word stands) and
    `gate_spans` (looked for whole unless those places are known), each word looked for once per
    article, find every place of every cue the whole-text search found, in the same order,
    whichever tables are asked first, in which way, and however often."""
    lower = text.lower()
    cues = R.TextCues(lower)
    for k, by_gate in asked:
        found = cues.gate_spans(GATE_GROUPS[k]) if by_gate else cues.spans(GATE_GROUPS[k])
        assert list(found) == list(_cues_at_as_it_was(lower, GATE_GROUPS[k]))


@settings(max_examples=300, deadline=None)
@given(GATE_TEXT)
def test_relations_read_with_the_gates_cues_are_those_read_afresh(text):
    """The `TextCues` the gate filled, handed on to the readers, gives the answers of a gate and
    readers that each look for their words themselves."""
    lower = text.lower()
    cues = R.TextCues(lower)
    opened = R.may_state_relations(text, lower, cues)
    assert opened == R.may_state_relations(text, lower)
    figures = extract_figures(text)
    assert R.relations_of(text, lower, figures, cues=cues) == R.relations_of(text, lower, figures)


CODE_TEXT = st.lists(st.sampled_from(["A321", "28", "CT", "/", "-", "_", " ", "x", "é", "²", "٣", "\n", ".", "(",
                                      "28-CT/TW", "ǅ"]), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(CODE_TEXT, st.sampled_from(["A321", "28", "CT", "28-CT/TW", "2", "/TW", "x"]))
def test_a_code_found_alone_with_find_is_what_its_pattern_finds(text, code):
    """`verify._cited_alone` finds where `(?<![\\w/-])code(?![\\w/-])` first matches, without
    compiling a pattern for each code."""
    from tomtat.checks import verify as V

    m = re.search(rf"(?<![\w/-]){re.escape(code)}(?![\w/-])", text)
    assert V._cited_alone(text, code) == (m.start() if m else None)


def test_a_code_is_found_alone_past_a_long_run_of_characters_that_join_it():
    # the search goes past a run of joining characters at once (a run of digits as long as the
    # article was read a position at a time); where it stands alone after the run is still found
    from tomtat.checks import verify as V

    assert V._cited_alone("1" * 5000 + " 1", "1") == 5001
    assert V._cited_alone("1" * 5000, "1") is None
    assert V._cited_alone("a-28-CT" * 1000 + ", 28-CT.", "28-CT") == 7002


def test_what_joins_a_code_is_the_class_of_its_pattern_for_every_character():
    from tomtat.checks import verify as V

    joins = re.compile(r"[\w/-]")
    assert all(V._joins_code(chr(c)) == bool(joins.match(chr(c))) for c in range(0x110000))


def test_a_slice_of_a_local_lowercase_is_text_lower_for_every_character():
    """`ArticleSentences` takes the article's `extract.lowercase` where `_lowered_once` would give
    `text.lower()`: only "İ" lowercases to more than one character, and it makes the text not local."""
    from tomtat.checks.extract import _CONTEXT_CASED, lowercase

    longer = [chr(c) for c in range(0x110000) if len(chr(c).lower()) != 1]
    assert longer and all(c in _CONTEXT_CASED for c in longer)
    text = "Tỉnh Hà Nội ΑΣ ĐÀ NẴNG"
    assert lowercase(text) == text.lower()


@settings(max_examples=200, deadline=None)
@given(sentence_text, sentence_text)
def test_article_sentences_given_the_lowercase_are_those_that_lowercase_it(article, summary):
    from tomtat.checks import align
    from tomtat.checks.extract import lowercase

    given_it, own = align.ArticleSentences(article, lowercase(article)), align.ArticleSentences(article)
    assert given_it.lower == own.lower
    for here in align.sentences(summary):
        assert list(given_it.drawn_on(here.words)) == list(own.drawn_on(here.words))


WORDING_TEXT = st.lists(st.sampled_from(["nghị định ", "24", "/2012", "/1999", "/20", " ", "  ", "thứ ", "hạng ",
                                         "vị trí ", "số ", "trận ", "thua ", "danh hiệu ", "9", "ba ", "chín ",
                                         "25", "WTA ", "thế giới ", "\n", ", "]), max_size=30).map("".join)
WORDING_SUMMARIES = ["Theo Nghị định 24 năm ngoái.", "Anh xếp thứ 9 thế giới.", "Đội đứng hạng 25.",
                     "Cô lên vị trí số 3 WTA.", "Đây là trận thua thứ 25 của đội.", "Danh hiệu thứ 9 của anh.",
                     "Lần thứ ba anh thua."]


@settings(max_examples=400, deadline=None)
@given(WORDING_TEXT, st.sampled_from(WORDING_SUMMARIES))
@example("căn cứ nghị định 24/2012 của chính phủ", "Theo Nghị định 24 năm ngoái.")   # each finds its match
@example("anh đứng hạng 9 thế giới", "Anh xếp thứ 9 thế giới.")
@example("đội thua 25 trận", "Đây là trận thua thứ 25 của đội.")
def test_wording_asked_only_where_the_article_holds_what_a_match_needs_is_the_pattern_asked(article, summary):
    """`numbered_with_year`, `same_rank` and `ordinal_as_count` ask whether the article holds the
    words and number every match of their pattern holds before compiling it: the answers of the
    pattern asked every time (the prefilter patched out)."""
    lower = article.lower()

    class Everything(str):
        def __contains__(self, _):
            return True   # every cheap question answered yes: the pattern decides

    everything = Everything(lower)
    for fig in extract_figures(summary):
        for ask in (W.numbered_with_year, W.same_rank, W.ordinal_as_count):
            assert ask(fig, summary, lower, article) == ask(fig, summary, everything, article), (ask, fig)


def _slot_clause_start_read_by_character(text, pos):
    from tomtat.checks import slots as S
    lo = max(0, pos - S._REACH)
    for i in range(pos - 1, lo - 1, -1):
        c = text[i]
        if c in S._CLAUSE_MARKS or c.isdigit() or (c == "." and not S._inside_number(text, i) and not S._initial(text, i)):
            return i + 1
    return lo if lo == 0 else text.find(" ", lo, pos) + 1


def _slot_clause_end_read_by_character(text, pos):
    from tomtat.checks import slots as S
    hi = min(len(text), pos + S._REACH)
    for i in range(pos, hi):
        c = text[i]
        if c in S._CLAUSE_MARKS or c.isdigit() or (c == "." and not S._inside_number(text, i)):
            return i
    return hi if hi == len(text) else max(pos, text.rfind(" ", pos, hi))


SLOT_TEXT = st.lists(st.sampled_from(list(",;:()[]!?\n\"“”. 5²٣①") + ["1.5", "H.", " Nguyễn Thị H. (", "x" * 30,
                                                                      "ông V. P. A", "bị thương ", "chết "]),
                     max_size=50).map("".join)


@settings(max_examples=500, deadline=None)
@given(SLOT_TEXT, st.data())
def test_slot_clauses_found_by_pattern_are_those_read_character_by_character(text, data):
    """`slots._clause_start` and `_clause_end` find the nearest stop with a pattern (in C) and ask
    only the full stops further: where reading every character in Python stops."""
    from tomtat.checks import slots as S

    pos = data.draw(st.integers(0, len(text)))
    assert S._clause_start(text, pos) == _slot_clause_start_read_by_character(text, pos)
    assert S._clause_end(text, pos) == _slot_clause_end_read_by_character(text, pos)


def test_a_clause_stops_at_every_character_isdigit_holds_of_and_no_other():
    from tomtat.checks import slots as S

    stops = S._CLAUSE_MARKS + "."
    assert all(bool(S._NEXT_CLAUSE_STOP.match(chr(c))) == (chr(c) in stops or chr(c).isdigit())
               for c in range(0x110000))


CODE_NAME_TEXT = st.lists(st.sampled_from(["Su", "-", "30", "F", "16", "A321", "U23", "H5N1", "Covid", "x", "é", "_",
                                           " ", "A", "Ab", "Abcd", "Abcde", "1", "12345", "AB", "\n", "Đ"]),
                          max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(CODE_NAME_TEXT)
def test_code_names_looked_behind_after_the_capital_are_those_looked_behind_before_it(text):
    """`verify._CODE` asks its look-behind after the capital (so `re` skips to capitals): the
    matches, and their groups, of the pattern that asks it first."""
    from tomtat.checks import verify as V

    first = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{0,3})-?(\d{1,4}[A-Z]{0,2})(?![\w-])")
    assert [m.span() + m.span(1) + m.span(2) for m in V._CODE.finditer(text)] == \
        [m.span() + m.span(1) + m.span(2) for m in first.finditer(text)]


HOLDER_TEXT = st.lists(st.sampled_from(["Nguyễn Văn Tiến", "Lê Sơn Lĩnh", "bé gái", "Năm", " ", "  ", "\t", "(", ",",
                                        "SN", "sinh năm", "\n", ". ", "anh", "33", "x" * 12]),
                       max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(HOLDER_TEXT, st.sampled_from(["33 tuổi", "1992", "27 tuổi)"]))
@example("anh Nguyễn Văn Tiến (", "33 tuổi")   # a name found
@example("Lê Sơn Lĩnh, ", "27 tuổi)")
@example("Trần Anh Tiến (SN ", "1992")
def test_holders_asked_how_their_match_ends_first_are_those_searched_alone(before, after):
    """`verify._holder_name` asks first whether the text before the figure ends as every match of
    `_HOLDER` must (`_HOLDER_END`), then searches: what searching alone gives."""
    from tomtat.checks import verify as V

    text = before + after
    fig = Figure(after.split()[0], len(before), len(before) + len(after.split()[0]), 1.0, Kind.COUNT)
    assert V._holder_name(text, fig) == _holder_name_searched_alone(text, fig)


def _holder_name_searched_alone(text, fig):
    from tomtat.checks import verify as V

    m = V._HOLDER.search(text, max(0, fig.start - 50), fig.start)
    if m is None:
        return None
    words = m.group(1).split()
    i = len(words)
    while i and words[i - 1][0].isupper():
        i -= 1
    name = words[i:]
    if not name or (i == 0 and len(name) == 1 and V._sentence_start(text, m.start(1))):
        return None
    return name


def test_the_end_every_holder_match_has_is_the_end_of_the_rule():
    """`_HOLDER_END` is how `rules.HOLDER_BEFORE` ends, which every match of it holds at its end."""
    from tomtat.checks import verify as V

    assert rules.HOLDER_BEFORE.endswith(rules.HOLDER_BEFORE_END) and V._HOLDER_END.pattern == rules.HOLDER_BEFORE_END


SCOPE_TEXT = st.lists(st.sampled_from(["trong ngày", "tuần qua", "năm nay", "quý ii", "tháng này", "6 tháng đầu năm",
                                       "24h qua", "x", "é", "_", " ", "1", "cùng kỳ", ",", "so với ", "ngày", "\n"]),
                      max_size=20).map("".join)


@settings(max_examples=500, deadline=None)
@given(SCOPE_TEXT, st.data())
def test_scopes_looked_behind_after_their_first_letter_are_those_looked_behind_first(text, data):
    """`slots._SCOPE` asks `(?<!\\w)` after each first letter (so `re` skips to those letters):
    the matches of the pattern that asks it first, over any stretch of the text."""
    from tomtat.checks import slots as S
    from tomtat.checks.extract import word_trie

    first = re.compile(r"(?<!\w)(?:" + word_trie(S._SCOPE_OF) + r")(?!\w)")
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert [m.span() for m in S._SCOPE.finditer(text, lo, hi)] == [m.span() for m in first.finditer(text, lo, hi)]


def _last_statement_end_by_rfind(text, lo, hi):
    from tomtat.checks import slots as S
    last = max(text.rfind(mark, lo, hi) for mark in S._STATEMENT_MARKS)
    dot = text.rfind(".", max(lo, last + 1), hi)
    while dot >= 0 and S._inside_number(text, dot):
        dot = text.rfind(".", max(lo, last + 1), dot)
    return max(last, dot)


def _first_statement_end_by_find(text, lo, hi):
    from tomtat.checks import slots as S
    first = min((i for i in (text.find(mark, lo, hi) for mark in S._STATEMENT_MARKS) if i >= 0), default=hi)
    dot = text.find(".", lo, first)
    while dot >= 0 and S._inside_number(text, dot):
        dot = text.find(".", dot + 1, first)
    if dot >= 0:
        return dot
    return first if first < hi else -1


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list(";:()!?\n. ,x5²") + ["1.5", "25.529", "1.", ".5"]), max_size=40).map("".join),
       st.data())
def test_statement_ends_found_by_pattern_are_those_found_by_each_mark(text, data):
    """`slots._last_statement_end` and `_first_statement_end` find the nearest mark with one
    pattern (and ask only its full stops further): what a `str.find` for each mark finds."""
    from tomtat.checks import slots as S

    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert S._last_statement_end(text, lo, hi) == _last_statement_end_by_rfind(text, lo, hi)
    assert S._first_statement_end(text, lo, hi) == _first_statement_end_by_find(text, lo, hi)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["1", "25", "3", ".", ",", "/", " ", "  ", "trên", "trong", "tổng số", "x", "٣", "\n"]),
                max_size=30).map("".join))
@example("đạt 25 trên 30 hồ sơ, 1.5 trong 3")   # a match, and a number the look-behind rules out
def test_parts_of_a_whole_looked_behind_after_their_first_digit_are_those_looked_behind_first(text):
    """`wording._PART_OF_WHOLE` asks `(?<![\\d.,])` after the first digit (so `re` skips from digit
    to digit): the matches, and their groups, of the pattern that asks it first."""
    first = re.compile(r"(?<![\d.,])(\d+)\s+(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                                             for w in rules.SLASH_PART_LINKS) + r")\s+(?=\d)")
    assert [m.span() + m.span(1) for m in W._PART_OF_WHOLE.finditer(text)] == \
        [m.span() + m.span(1) for m in first.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="abcàđ_1 ", min_size=1, max_size=4), min_size=1, max_size=6),
       st.lists(st.sampled_from(list("abcàđ_1 .,\n")), max_size=40).map("".join))
def test_a_trie_asked_its_word_start_after_the_first_letter_matches_what_it_matches_asked_first(words, text):
    """`extract.word_trie_at_word_start(words)` is `(?<!\\w)(?:word_trie(words))`: the same matches."""
    from tomtat.checks.extract import word_trie, word_trie_at_word_start

    first = re.compile(r"(?<!\w)(?:" + word_trie(words) + ")")
    after = re.compile(word_trie_at_word_start(words))
    assert [m.span() for m in after.finditer(text)] == [m.span() for m in first.finditer(text)]


VERIFY_TEXT = st.lists(st.sampled_from(["các ", "những ", "bị cáo ", "gồm", "là", ":", " có ", "ngày ", "21", " và ",
                                        "22", " tháng ", "5", "/", "xã ", "phường ", "tỉnh ", "Hà", "x", "_", "\n",
                                        ".", ", ", "1"]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(VERIFY_TEXT)
@example("các bị cáo gồm: An, Bình. Ngày 21 và 22, xã hà có mưa; ngày 5/6")   # a match of each
def test_verify_patterns_opening_with_their_first_letter_match_as_first_written(text):
    """`verify._NAMES_A_PLACE`, `_LIST_OPENING` and `_DAYS_WITHOUT_MONTH` ask their opening `\\b`
    or `(?<!\\w)` after the first letter: the matches, and groups, of the patterns as written."""
    from tomtat.checks import verify as V
    from tomtat.checks.extract import word_trie

    joiners = "|".join(map(re.escape, rules.DAY_LIST_JOINERS))
    first = {V._NAMES_A_PLACE: r"\b(?:" + word_trie({p.split()[0] for p in rules.SUBJECT_PREFIXES}) + r")\b\s+\w",
             V._LIST_OPENING: rules.LIST_OPENING,
             V._DAYS_WITHOUT_MONTH: rf"(?<!\w){rules.DAY_WORD}\s+(\d{{1,2}}(?:\s*(?:{joiners})\s*\d{{1,2}})*)"
                                    rf"(?!\d|\s*[/.–-]\s*\d|\s+{rules.MONTH_WORD}\b)"}
    for pattern, written in first.items():
        written = re.compile(written)
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
            [(m.span(), m.groups()) for m in written.finditer(text)], written.pattern[:40]


# --- session 8: the segmenter's bounds, the gate's phrases and tone marks ----------------------

def _bounds_made_of_sentences(text):
    """`segment.sentence_bounds` as it was: `split_sentences` made each `Sentence` (stripped by
    `_append`), and the bounds were read from them; every line break asked the pattern of initials."""
    from tomtat.checks import segment as S

    out, start = [], 0

    def append(start, end):
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            out.append(S.Sentence(stripped, start + lead, start + lead + len(stripped)))

    for match in S._BOUNDARY.finditer(text):
        at, after = match.span()
        mark = text[at]
        if mark == "\n":
            if text[after:after + 1].islower() or S._INITIAL_AT_END.search(text[max(start, at - 5):at]):
                continue
            end = at
        else:
            if mark == "." and S._ends_with_abbreviation(text, start, at):
                continue
            if not text[after].isspace() and not S._glued_stop_ends_sentence(text, at):
                continue
            end = after
        append(start, end)
        start = after
    append(start, len(text))
    return tuple((s.start, s.end) for s in out)


SEGMENT_TEXT = st.lists(st.sampled_from(["Năm", "TP.", "Tr.", "A.", "Đ.", "đ.", "ông", "1.750", "2", ".", "..", "!",
                                         "?", "…", "”", ")", " ", "  ", "\u00a0", "\n", "\n\n", "\r\n", "x", "Đ",
                                         "Trong", "trong", "net", "\t", "PGS.TS.", "(Ảnh", "“Chúng"]),
                        max_size=60).map("".join)


@settings(max_examples=500, deadline=None)
@given(SEGMENT_TEXT)
@example("chị Tr.\nTới. Anh A.\nB đi. Ông Đ.\nHà.\n\nx")   # initials at line ends, the pattern asked
@example("Anh đi.\nchị về.\n\nHai. \nBa.\n")   # a line break right after an end mark, and one after a space
def test_sentence_bounds_without_sentences_are_those_read_from_them(text):
    """`segment.sentence_bounds` (bounds found without making a `Sentence` of each, the pattern of
    initials asked only of a line end holding a dot, a line break right after an end mark passed
    over) are the bounds of the sentences as they were made, and `split_sentences` gives those
    sentences."""
    from tomtat.checks import segment as S

    expected = _bounds_made_of_sentences(text)
    assert S.sentence_bounds(text) == expected
    assert [(s.start, s.end, s.text) for s in S.split_sentences(text)] == [(a, b, text[a:b]) for a, b in expected]


@settings(max_examples=300, deadline=None)
@given(GATE_TEXT)
def test_tone_marks_and_gap_words_looked_for_once_are_those_looked_for_in_the_text(text):
    """`TextCues.decomposed` is `_is_decomposed` of the text, and `_gap_patterns` given the cues'
    `holds` are those chosen by looking for the word in the text itself."""
    lower = text.lower()
    cues = R.TextCues(lower)
    assert cues.decomposed() == R._is_decomposed(lower)
    assert R._gap_patterns(cues.holds) == ((R._GAP_AFTER_COMMA, R._GAP_AFTER_DASH)
                                           if rules.DASHED_GAP_WORDS[0] in lower else (R._GAP_AFTER_COMMA,))


# --- session 9: a decomposed text composed once, line by line -----------------------------------

NFC_TEXT = st.lists(st.sampled_from([
    "a", "o", "e", "u", "đ", "q", "Đ", " ", "\n", "\n\n", "\r\n", "\u0301", "\u0300", "\u0303", "\u0309", "\u0323",
    "\u0302", "\u031b", "\u0306", "ổ", "ơ", "\u212b", "\u2126", "\u1100", "\u1161", "\u11a8", "가", "\u0f73",
    "\u0345", "\u05b0", "\u0591", unicodedata.normalize("NFD", "còn lại "), unicodedata.normalize("NFD", "trong đó "),
    "trong đó ", "12 ", "%"]), max_size=60).map("".join)


@settings(max_examples=600, deadline=None)
@given(NFC_TEXT)
@example("a\n\u0301b")                  # a mark right after a line break: composes with nothing
@example("\u1100\n\u1161")              # Hangul jamo either side of a line break stay apart
@example("o\u0323\u0302\n\u0302")       # marks reordered and composed within a line only
def test_a_text_composed_line_by_line_is_the_text_composed_whole(text):
    """`relations._nfc` (each line normalized apart, an NFC line only checked) is
    `unicodedata.normalize("NFC", text)`: a line break is a starter that composes with nothing on
    either side, so no composition and no reordering of marks crosses it."""
    assert R._nfc(text) == unicodedata.normalize("NFC", text)


def _says_as_it_was(doc, phrases):
    """`_Doc.says` before `TextCues.composed`: the phrases in the text as written, then, in a
    text with an acute or a grave written apart (`decomposed`), each phrase looked for in the whole
    text normalized (`in`, table by table); a text not decomposed was its own composed text."""
    if any(doc.holds(first) and any(doc.holds(p) for p in group) for first, group in phrases.groups):
        return True
    composed = unicodedata.normalize("NFC", doc.lower) if doc.decomposed else doc.lower
    return composed is not doc.lower and any(p in composed for p in phrases.text)


DECOMPOSED_GATE_TEXT = st.lists(st.sampled_from(GATE_WORDS + [
    " ", "\n", "12 ", "hai ", ", ", "(", "x", unicodedata.normalize("NFD", "còn lại "),
    unicodedata.normalize("NFD", "gồm "), unicodedata.normalize("NFD", "trong đó "), unicodedata.normalize("NFD", "tổng "),
    unicodedata.normalize("NFD", "từ "), unicodedata.normalize("NFD", "lên "), unicodedata.normalize("NFD", "bình quân "),
    "\u0301", "\u0300 ", "\u0303", "tro\u0302\u0301ng "]), max_size=60).map("".join)
SAID_TABLES = [R._PARTS_CUES, R._REMAINDER, R._FROM, R._UP_TO, R._TOTAL_AFTER, R._AVERAGE, R._EACH, R._WORKED_OUT,
               R._SEARCH_TOTAL_BINDERS, R._CHANGE_WORDS, R._TIMES]


@settings(max_examples=400, deadline=None)
@given(DECOMPOSED_GATE_TEXT, st.lists(st.sampled_from(range(len(SAID_TABLES))), max_size=6))
def test_phrases_said_in_the_text_composed_once_are_those_looked_for_in_it_table_by_table(text, asked):
    """`_Doc.says` in a decomposed text, through the one `TextCues` of the text composed
    (`TextCues.composed`), answers as when it composed the text afresh and looked for every phrase
    of a table in it, whichever tables are asked, in any order; the gate's last look through that
    `TextCues`, however filled, answers as with the texts composed whole and cues found afresh; and
    the gate and the readers given the cues they share answer as those given none."""
    lower = text.lower()
    cues = R.TextCues(lower)
    figures = extract_figures(text)
    if figures:
        doc = R._Doc(text, lower, figures, cues)
        for k in asked + list(range(len(SAID_TABLES))):
            assert doc.says(SAID_TABLES[k]) == _says_as_it_was(doc, SAID_TABLES[k])
    assert R._gate_cues(R._nfc(text), cues.composed()) == R._gate_cues(
        unicodedata.normalize("NFC", text), R.TextCues(unicodedata.normalize("NFC", lower)))
    assert R.may_state_relations(text, lower, cues) == R.may_state_relations(text, lower)
    assert R.relations_of(text, lower, figures, cues=cues) == R.relations_of(text, lower, figures)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(TOKEN_ALPHABET, max_size=30).map("".join), min_size=2, max_size=5), st.integers(0, 40))
@example(["viên, 12 «x»", "viên, 123 x", "vi\u0301ên, 1234"], 1)
def test_runs_known_from_articles_read_before_are_the_tokens_of_each_article(texts, most):
    """`_Doc.tokens` through the runs every `_Doc` shares (`_RUNS`: filled by the articles read
    before, started afresh when it holds more than `_MAX_KNOWN_RUNS`, here `most`) are the tokens
    of the pattern over each article in turn, every span asked."""
    kept = R._MAX_KNOWN_RUNS
    R._MAX_KNOWN_RUNS = most
    try:
        for text in texts:
            doc = R._Doc(text, text.lower(), extract_figures(text))
            assert doc._runs is R._RUNS and len(R._RUNS) <= most   # started afresh when it held more
            n = len(doc.masked)
            for lo in range(-1, n + 1):
                for hi in (lo + 1, lo + 6, lo + 19, n + 1):
                    assert doc.tokens(lo, hi) == _tokens_the_long_way(doc, lo, hi), (text, lo, hi)
    finally:
        R._MAX_KNOWN_RUNS = kept


def _every_place(lower, word):
    return [i for i in range(len(lower)) if lower.startswith(word, i)]


@settings(max_examples=400, deadline=None)
@given(GATE_TEXT, st.lists(st.tuples(st.sampled_from(["holds", "starts", "gate"]),
                                     st.sampled_from(GATE_WORDS + ["\u0301", "x", "12"])), max_size=12))
def test_words_found_first_then_everywhere_are_those_in_and_startswith_find(text, asked):
    """`TextCues.holds` (a word looked for with `find`, where it first stands kept), `starts` (going
    on from there) and `gate_spans` (a cue looked for whole from there) answer `in` and every place
    `startswith` finds, whichever is asked first and however often."""
    lower = text.lower()
    cues = R.TextCues(lower)
    for how, word in asked:
        if how == "holds":
            assert cues.holds(word) == (word in lower)
        elif how == "starts":
            assert cues.starts(word) == _every_place(lower, word)
        else:
            groups = R._grouped([word])
            assert list(cues.gate_spans(groups)) == [(i, i + len(word)) for i in _every_place(lower, word)]


# --- session 9, round 2: per-reader triggers -------------------------------------------------------

def _fixture_sentences() -> list[str]:
    """Our own sentences that state relations (tests/test_checks_relations.py), the fixture article
    and the example: each as written and with its percentages spelt without a sign or a word of
    percent (then no reader of percentages may find anything in it)."""
    from tests import test_checks_relations as T
    texts = [T.ARTICLE, T.EXAMPLE, T._PLAN_BY_MEASURE, T._CHANGE_BY_MEASURE, T._SAVING]
    for table in (T.ROUND3_HOLDS, T.ROUND6_HOLDS, T.ROUND7_HOLDS, T.ROUND7_CHANGE_FIRST):
        texts += [row if isinstance(row, str) else row[0] for row in table]
    return texts + [t.replace("%", " điểm").replace("phần trăm", "điểm") for t in texts]


PERCENT_TEXT = st.lists(st.sampled_from([
    "12", "3,5", "45", "0", " ", ", ", ". ", "\n", "(", ")", "%", " %", "％", "phần trăm", "Phần trăm", "PHẦN TRĂM",
    unicodedata.normalize("NFD", "phần trăm"), "phầntrăm", "phần", "trăm", "hai mươi", "mươi", "tỷ lệ ", "chiếm ",
    "tăng ", "giảm ", "lên ", "xuống ", "so với cùng kỳ", "kế hoạch", "chỉ tiêu ", "doanh thu ", "đạt ", "còn lại",
    "trong đó ", "tổng số ", "đảng viên ", "tỷ đồng ", "người ", "số này bằng ", "/", "thị phần"]),
    max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(PERCENT_TEXT)
@example("Tỷ lệ đạt 45 phần trăm kế hoạch.")
@example("Doanh thu tăng 12 PHẦN TRĂM so với cùng kỳ.")
def test_a_percentage_figure_stands_only_where_the_percent_trigger_holds(text):
    """The lemma behind the trigger of the readers of percentages: the figure reader makes a
    percentage only where `_may_hold_percents` holds ("%" or a word of percent in the text)."""
    lower = text.lower()
    if any(f.kind is Kind.PERCENT for f in extract_figures(text, lower=lower)):
        assert R._may_hold_percents(R.TextCues(lower))


def _each_reader_alone(text):
    lower = text.lower()
    figures = extract_figures(text, lower=lower)
    if not figures:
        return lower, {}
    doc = R._Doc(text, lower, figures)
    return lower, {reader: list(reader(doc)) for reader in R._READERS}


@settings(max_examples=300, deadline=None)
@given(st.one_of(PERCENT_TEXT, st.sampled_from(_fixture_sentences())))
def test_a_reader_whose_trigger_does_not_hold_finds_nothing(text):
    """Each trigger is necessary: where it does not hold, its reader, run alone and ungated,
    returns nothing; and the readers run by their triggers find what every reader run finds."""
    lower, found = _each_reader_alone(text)
    opened = R._readers_opened(R.TextCues(lower))
    for reader, relations in found.items():
        if reader not in opened:
            assert relations == [], (reader.__name__, text)
    figures = extract_figures(text, lower=lower)
    assert R.relations_of(text, lower, figures) == R.relations_of(text, lower, figures, triggers=False)


def test_the_triggers_close_readers_on_our_own_sentences_and_keep_their_relations():
    """Not vacuous: our sentences without percentages close the readers of percentages, and with
    them those readers find relations (which the triggered run keeps)."""
    texts = _fixture_sentences()
    closed = [t for t in texts if R._readers_opened(R.TextCues(t.lower())) == R._READERS_WITHOUT_PERCENTS]
    assert len(closed) >= len(texts) // 3
    found_by_percent_readers = 0
    for text in texts:
        lower, found = _each_reader_alone(text)
        found_by_percent_readers += sum(len(v) for r, v in found.items() if r in R._PERCENT_READERS)
        figures = extract_figures(text, lower=lower)
        assert R.relations_of(text, lower, figures) == R.relations_of(text, lower, figures, triggers=False)
    assert found_by_percent_readers >= 10
    assert R._PERCENT_READERS < set(R._READERS)
    assert [r for r in R._READERS if r not in R._PERCENT_READERS] == list(R._READERS_WITHOUT_PERCENTS)


# --- session 10: the search asked only of figures with operands near them -------------------------

#: Texts of numbers, units and the search's cue words (totals, parts, changes, gaps, averages,
#: multiples, percentages), a sentence or a few.
SEARCH_TEXT = st.lists(st.sampled_from([
    "12", "7", "5", "3,5", "45", "200", "1.047", "2", "hai", " ", ", ", ". ", " và ", "\n", "(", ")", "%", "tổng cộng ",
    "Tổng số ", "tổng ", "gồm ", "trong đó ", "tăng ", "giảm ", "chênh lệch ", "trung bình ", "bình quân ", "gấp ",
    " lần", "người", " người ", "nam ", "nữ ", "tỷ đồng ", "xe ", "hộ ", "học sinh ", "chiếm ", "so với ", "lên ",
    unicodedata.normalize("NFD", "tổng cộng "), "mỗi ", "năm ", "tháng ", "là ", "đạt "]),
    max_size=48).map("".join)

SEARCH_SENTENCES = [
    "Tổng cộng 12 người bị thương, 7 người ở Hà Nội, 5 người ở Hải Phòng.",
    "Năm nay trường có 45 học sinh giỏi, năm trước 38 học sinh giỏi, chênh lệch 7 học sinh.",
    "Doanh thu đạt 200 tỷ đồng. Chi phí 150 tỷ đồng. Lợi nhuận tăng 50 tỷ đồng.",
    "Xã có 120 hộ, trong đó 30 hộ nghèo, chiếm 25% số hộ.",
    "Tổng đàn 300 con, bình quân mỗi hộ 30 con trên 10 hộ.",
    "Giá bán 90 triệu đồng, gấp 3 lần giá vốn 30 triệu đồng.",
    "Có 3 người. Sau đó 12 người đến. Rồi 9 người về."]


def _search_the_long_way(text):
    """The search's relations with the shortcuts of session 10 off: every candidate asked."""
    searchable, near = R._searchable, R._operands_of_kind_near
    R._searchable = lambda doc: set(range(len(doc.figs)))
    R._operands_of_kind_near = lambda *args, **kwargs: True
    try:
        return _search_alone(text)
    finally:
        R._searchable, R._operands_of_kind_near = searchable, near


def _search_alone(text):
    lower = text.lower()
    figures = extract_figures(text, lower=lower)
    return list(R._search(R._Doc(text, lower, figures))) if figures else []


@settings(max_examples=400, deadline=None)
@given(st.one_of(SEARCH_TEXT, st.sampled_from(_fixture_sentences() + SEARCH_SENTENCES)))
@example("Tổng cộng 12 người bị thương, 7 người ở Hà Nội, 5 người ở Hải Phòng.")
def test_the_search_asked_only_of_figures_with_operands_near_finds_what_asking_every_candidate_finds(text):
    """`_searchable` and `_operands_of_kind_near` are necessary conditions of the search finding
    anything from a figure: run alone, the search with them finds what it finds without them."""
    assert _search_alone(text) == _search_the_long_way(text)


def test_the_search_shortcuts_close_candidates_on_our_sentences_and_a_broken_one_is_caught():
    """Not vacuous: on our sentences the search finds relations (sums, differences, shares,
    averages, multiples), the shortcuts close figures somewhere, and a shortcut made too narrow
    (three operands asked where two make a pair or a sum) loses relations."""
    texts = _fixture_sentences() + SEARCH_SENTENCES
    found = [rel for t in texts for rel in _search_alone(t)]
    assert len(found) >= 6 and {"sum_of_parts", "difference"} <= {rel.kind for rel in found}
    assert all(_search_alone(t) == _search_the_long_way(t) for t in texts)
    docs = [R._Doc(t, t.lower(), fs) for t in texts if (fs := extract_figures(t, lower=t.lower()))]
    assert any(len(R._searchable(d)) < len(d.figs) for d in docs)
    assert any(not R._searchable(d) for d in docs)
    searchable = R._searchable
    R._searchable = lambda doc: {i for i in searchable(doc)
                                 if sum(1 for k in range(len(doc.figs)) if k != i and doc.is_operand(doc.figs[k])
                                        and abs(doc.sentence[k] - doc.sentence[i]) <= 1) >= 3}
    try:
        lost = sum(len(_search_the_long_way(t)) - len(_search_alone(t)) for t in texts)
    finally:
        R._searchable = searchable
    assert lost > 0
