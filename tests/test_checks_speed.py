"""Shortcuts taken for speed give the answers of the long way round (property tests).

Each shortcut looks at less (fewer figures, fewer pairs); each test here compares it with
looking at everything, on generated text dense in the words the shortcut keys on.
"""
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.checks import extract_figures
from tomtat.checks import relations as R

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
