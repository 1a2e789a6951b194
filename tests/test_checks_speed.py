"""Shortcuts taken for speed give the answers of the long way round (property tests).

Each shortcut looks at less (fewer figures, fewer pairs); each test here compares it with
looking at everything, on generated text dense in the words the shortcut keys on.
"""
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.checks import extract_figures
from tomtat.checks import relations as R

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
    for phrases in (R._AVERAGE, R._EXCESS, R._TARGET):
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
