"""The extractive engine: sentences of the article, in order, deterministic."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.reading import Article
from tomtat.summarize.extractive import ExtractiveEngine, _cosine, _cosine_with_rest
from tomtat.summarize.sentences import split_sentences


def _sentences_of(text):
    return [s.text for s in split_sentences(text)]


def test_returns_whole_article_sentences_in_article_order(party_article):
    gen = ExtractiveEngine().generate([party_article], max_sentences=3)[0]
    chosen = _sentences_of(gen.candidates[0])
    article_sentences = _sentences_of(party_article.body)
    assert 1 <= len(chosen) <= 3
    positions = [article_sentences.index(s) for s in chosen]   # each is an article sentence
    assert positions == sorted(positions)


def test_max_sentences_is_respected_and_default_is_two(party_article):
    engine = ExtractiveEngine()
    assert len(_sentences_of(engine.generate([party_article], max_sentences=1)[0].candidates[0])) == 1
    assert len(_sentences_of(engine.generate([party_article])[0].candidates[0])) == 2


def test_deterministic_and_several_distinct_candidates(party_article):
    engine = ExtractiveEngine()
    a = engine.generate([party_article], num_candidates=4)[0]
    b = engine.generate([party_article], num_candidates=4)[0]
    assert a.candidates == b.candidates and a.scores == b.scores
    assert len(set(a.candidates)) == len(a.candidates) >= 2


def test_title_pulls_the_matching_sentence():
    body = ("Sáng nay trời nắng nhẹ ở nhiều nơi trong tỉnh, người dân ra đồng từ sớm. "
            "Các trường học chuẩn bị cho năm học mới với nhiều hoạt động phong phú. "
            "Tỉnh đã kết nạp 173 đảng viên mới, vượt chỉ tiêu được giao trong năm nay. "
            "Chợ phiên cuối tuần vẫn đông khách như thường lệ ở các xã vùng cao.")
    with_title = Article(body=body, title="Tỉnh kết nạp 173 đảng viên mới")
    best = ExtractiveEngine().generate([with_title], max_sentences=1)[0].candidates[0]
    assert "173 đảng viên" in best


def test_initials_split_by_a_naive_splitter_are_rejoined():
    text = "Tức giận, Tiến lao vào đánh chị Tr.\ntới tấp.\nNạn nhân được đưa đi cấp cứu."
    assert _sentences_of(text) == ["Tức giận, Tiến lao vào đánh chị Tr.\ntới tấp.",
                                   "Nạn nhân được đưa đi cấp cứu."]


def test_abbreviations_and_digit_grouping_do_not_split():
    text = "Công an TP. Hồ Chí Minh thu 1.750.000 USD. Ông A nói: \"Đã xong\"! 173 người dự."
    assert _sentences_of(text) == ["Công an TP. Hồ Chí Minh thu 1.750.000 USD.",
                                   "Ông A nói: \"Đã xong\"!", "173 người dự."]


def test_single_sentence_article():
    gen = ExtractiveEngine().generate([Article(body="Chỉ một câu duy nhất về 5 người.")])[0]
    assert gen.candidates == ["Chỉ một câu duy nhất về 5 người."]


_WEIGHTS = st.dictionaries(st.sampled_from(list("abcdefgh")), st.floats(0.1, 5.0), max_size=6).map(Counter)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WEIGHTS, min_size=1, max_size=6), st.data())
def test_centrality_from_the_sentence_words_is_the_cosine_with_the_rest_of_the_article(vectors, data):
    """`_cosine_with_rest` works from the sentence's own words what `_cosine(vec, doc - vec)`
    works from a copy of the article's vector (quadratic on a long article)."""
    doc = Counter()
    for v in vectors:
        doc.update(v)
    vec = data.draw(st.sampled_from(vectors))
    rest = doc.copy()
    rest.subtract(vec)
    expected = _cosine(vec, rest)
    found = _cosine_with_rest(vec, doc, sum(v * v for v in doc.values()))
    assert abs(found - expected) <= 1e-9 * max(1.0, abs(expected))


def test_figures_counted_from_one_reading_of_the_article_are_those_of_each_sentence_read_alone(party_article):
    """`_figure_counts` counts the figures of one reading of the article by sentence; on an
    article whose figures stand inside their sentences that is the count of each sentence
    read alone (on the 2,397 val-2000 and vit5-test articles the chosen sentences are the same)."""
    from tomtat.checks import extract_figures
    from tomtat.summarize.extractive import _counted_starts, _figure_counts, cut_long_sentences

    sentences = cut_long_sentences(split_sentences(party_article.body))
    counts = _figure_counts(sentences, _counted_starts(extract_figures(party_article.body)))
    assert counts == _figure_counts(sentences)
    assert sum(counts) >= 10 and max(counts) >= 3   # a figure-dense report: the counts say something


def _fixture_lines() -> list[str]:
    from conftest import PARTY_ARTICLE_BODY, PARTY_ARTICLE_TITLE

    texts = [PARTY_ARTICLE_TITLE, PARTY_ARTICLE_BODY]
    texts += [(FIXTURES / name).read_text(encoding="utf-8") for name in FIGURE_FIXTURES]
    return [line.strip() for text in texts for line in text.splitlines() if line.strip()]


FIXTURES = Path(__file__).parent / "fixtures"
FIGURE_FIXTURES = ("bao-cao-xay-dung-dang.txt", "lua-he-thu.txt")
_LINES = _fixture_lines()


def _counts_both_ways(article: Article) -> tuple[list[int], list[int]]:
    """Each body sentence's figure count from the body read alone (the engine's reading before it
    shared the checker's) and from the checker's reading of title and body."""
    from tomtat.checks import extract_figures, prepare_article
    from tomtat.summarize.extractive import (
        _counted_starts, _figure_counts, body_figure_starts, cut_long_sentences)

    sentences = cut_long_sentences(split_sentences(article.body))
    alone = _figure_counts(sentences, _counted_starts(extract_figures(article.body)))
    shared = _figure_counts(sentences, body_figure_starts(article, prepare_article(article.text)))
    return alone, shared


def test_figures_counted_from_the_checkers_reading_are_those_of_the_body_read_alone(party_article):
    """The engine counts the body's figures from the checker's reading of title and body; on
    our figure-dense articles, each with its own first line as title, those are the counts of
    the body read alone."""
    alone, shared = _counts_both_ways(party_article)
    assert shared == alone and sum(shared) >= 10
    for name in FIGURE_FIXTURES:
        title, body = (FIXTURES / name).read_text(encoding="utf-8").split("\n", 1)
        alone, shared = _counts_both_ways(Article(body=body, title=title))
        assert shared == alone and sum(shared) >= 10


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_LINES), st.lists(st.sampled_from(_LINES), min_size=1, max_size=8),
       st.sampled_from(["\n", " "]))
def test_any_title_over_any_body_leaves_the_body_figure_counts_as_read_alone(title, lines, joint):
    """A title of figures ("... 173 đảng viên mới, vượt chỉ tiêu năm 2022") before a body that
    opens on a figure: the checker's reading of the body part is the body's own."""
    alone, shared = _counts_both_ways(Article(body=joint.join(lines), title=title))
    assert shared == alone


def test_a_decomposed_article_counts_the_figures_of_its_own_body(party_article):
    """`prepare_article` composes NFD text (its offsets then are not the body's): the engine
    reads the body as it came."""
    import unicodedata

    from tomtat.checks import extract_figures, prepare_article
    from tomtat.summarize.extractive import _counted_starts, body_figure_starts

    nfd = Article(body=unicodedata.normalize("NFD", party_article.body),
                  title=unicodedata.normalize("NFD", party_article.title))
    facts = prepare_article(nfd.text)
    assert facts.text != nfd.text
    assert body_figure_starts(nfd, facts) == _counted_starts(extract_figures(nfd.body)) != []


def test_summarizing_reads_the_articles_figures_once_for_engine_and_checker(party_article, monkeypatch):
    """The engine prepares the article as the checker reads it and hands it on (`Generation.facts`):
    one reading of title and body between them, and none of the body alone."""
    from tomtat.checks import extract
    from tomtat.summarize.pipeline import summarize_article

    read: list[str] = []
    original = extract.extract_figures

    def counting(text, **kwargs):
        read.append(text)
        return original(text, **kwargs)

    for module in ("tomtat.checks.verify", "tomtat.summarize.extractive"):
        monkeypatch.setattr(f"{module}.extract_figures", counting)
    result = summarize_article(party_article, ExtractiveEngine())
    assert read.count(party_article.text) == 1 and party_article.body not in read
    assert result.summary and result.report.figures   # the candidates were checked with that reading
