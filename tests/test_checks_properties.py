"""Property tests: the extractor and checker never raise and stay fast on any text."""
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tomtat.checks import align, check_summary, extract_figures, find_relations
from tomtat.checks.relations import _MAX_CLAUSE, _sentence_spans, relations_of
from tomtat.checks.segment import split_sentences

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
    # the checker's sentences are the segmenter's, each with the words of its text lowercased alone
    expected = [(s.start, s.end, align.content_words(text, s.start, s.end)) for s in split_sentences(text)]
    assert [tuple(s) for s in align.sentences(text)] == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list(".!?\n 5x²٣") + ["25.529", "1.5", "Hà Nội ", "A" * 200, "x " * 150]),
                max_size=60).map("".join))
def test_relation_sentences_are_the_segmenters_cut_to_a_bounded_length(text):
    # the article arithmetic reads the segmenter's sentences, a long one cut into pieces of at
    # most _MAX_CLAUSE characters, so that no reader's window grows with the text
    spans = _sentence_spans(text)
    assert all(0 < e - s <= _MAX_CLAUSE for s, e in spans)
    sentences = split_sentences(text)
    assert all(any(x.start <= s and e <= x.end for x in sentences) for s, e in spans)
    for sentence in sentences:
        pieces = [(s, e) for s, e in spans if sentence.start <= s < sentence.end]
        assert pieces[0][0] == sentence.start and pieces[-1][1] == sentence.end
        assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
