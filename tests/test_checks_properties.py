"""Property tests: the extractor and checker never raise and stay fast on any text."""
import re
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tomtat.checks import align, check_summary, extract_figures, find_relations
from tomtat.checks.relations import _sentence_spans, relations_of

# text drawn from the characters figures are made of, so the rules are exercised
FIGURE_ALPHABET = st.sampled_from(list("0123456789.,/-–%: ()") + ["hai ", "mươi ", "tỷ ", "năm ", "hơn ",
                                                                  "tháng ", "đảng viên ", "trong đó ", "gồm ",
                                                                  "đạt ", "chỉ tiêu ", "XI ", "lần thứ ", "\n",
                                                                  "vượt ", "trung bình ", "mỗi năm ", "ba ",
                                                                  "trong số đó ", "bao gồm ", "tỷ lệ ", "người "])
figure_text = st.lists(FIGURE_ALPHABET, max_size=200).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_extract_never_raises_on_any_text(text):
    for f in extract_figures(text):
        assert text[f.start:f.end] == f.text


@settings(max_examples=300, deadline=None)
@given(figure_text, figure_text)
def test_check_never_raises_on_figure_dense_text(article, summary):
    report = check_summary(article, summary)
    report.to_json()
    # the cheap gate in find_relations never hides a relation that reading every figure finds
    assert find_relations(article) == relations_of(article, article.lower(), extract_figures(article))


def test_pathological_dotted_string_is_linear():
    text = "1." * 50_000
    start = time.perf_counter()
    figs = extract_figures(text)
    check_summary(text, text[:2000])
    elapsed = time.perf_counter() - start
    assert figs  # it reads something, never hangs; a bound far above normal, not a timing target
    assert elapsed < 30


# sentence marks, capitals before a dot, and letters whose lowercase is not one plain letter
SENTENCE_ALPHABET = st.sampled_from(list(".!?\n (5ĐTPQaĂ") + ["İ", "Σ", "ΑΣ", "và ", "Hà Nội ", "TP.", "25.529"])


@settings(max_examples=300, deadline=None)
@given(st.lists(SENTENCE_ALPHABET, max_size=60).map("".join))
def test_sentences_read_from_one_lowercasing_are_those_of_each_sentence_alone(text):
    # the pattern as first written (an alternation, slow to scan) and each sentence lowercased alone
    marks = re.compile(r"[!?\n]+|(?<![A-ZĐ][A-ZĐ])(?<![\s(][A-ZĐ])\.(?!\d)")
    expected, start = [], 0
    for m in marks.finditer(text):
        if m.start() > start:
            expected.append((start, m.start(), align.content_words(text, start, m.start())))
        start = m.end()
    if start < len(text):
        expected.append((start, len(text), align.content_words(text, start)))
    assert [tuple(s) for s in align.sentences(text)] == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list(".!?\n 5x²٣") + ["25.529", "1.5"]), max_size=60).map("".join))
def test_relation_sentences_pass_over_the_same_dots_as_a_loop_over_every_mark(text):
    # the first reading: every mark looked at in Python, a '.' between two digits (str.isdigit) skipped
    ends = [i for i, c in enumerate(text) if c in ".!?\n"
            and not (c == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())]
    starts = [0] + [i + 1 for i in ends]
    expected = [(s, e) for s, e in zip(starts, ends + [len(text)]) if e > s]
    assert _sentence_spans(text) == expected
