"""Property tests: the extractor and checker never raise and stay fast on any text."""
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tomtat.checks import check_summary, extract_figures, find_relations
from tomtat.checks.relations import relations_of

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
