"""Long articles: split on sentence boundaries, summarise the parts, then their summaries."""
from __future__ import annotations

import pytest

from tomtat.summarize.long_input import split_to_fit, summarize_long
from tomtat.checks.segment import split_sentences

from conftest import PARTY_ARTICLE_BODY


def words(text: str) -> int:
    return len(text.split())


def test_parts_fit_the_budget_and_keep_whole_sentences_in_order():
    parts = split_to_fit(PARTY_ARTICLE_BODY, words, budget=40)
    assert len(parts) > 1
    assert all(words(p) <= 40 for p in parts)
    sentences = [" ".join(s.text.split()) for s in split_sentences(PARTY_ARTICLE_BODY)]
    rebuilt = [" ".join(s.text.split()) for p in parts for s in split_sentences(p)]
    assert rebuilt == sentences


def test_a_sentence_over_the_budget_is_cut_between_words():
    sentence = " ".join(f"từ{i}" for i in range(25)) + "."
    parts = split_to_fit(sentence, words, budget=10)
    assert [words(p) for p in parts] == [10, 10, 5]
    assert " ".join(parts) == sentence


def test_budget_must_be_positive():
    with pytest.raises(ValueError):
        split_to_fit("Một câu.", words, budget=0)


def test_parts_then_their_summaries_are_summarised():
    """The summariser here is a recorder that returns each input's first five words."""
    calls = []

    def first_words(texts, n):
        calls.append((list(texts), n))
        return [[" ".join(t.split()[:5])] * n for t in texts]

    result = summarize_long(PARTY_ARTICLE_BODY, count_tokens=words, budget=40, over="the model's 42-token limit",
                            summarise=first_words, num_candidates=3)
    (parts, n_parts), (final, n_final) = calls
    assert n_parts == 1 and len(parts) == result.parts > 1
    assert n_final == 3 and len(final) == 1
    # The final input is the parts' summaries, joined in order.
    assert final[0] == " ".join(" ".join(p.split()[:5]) for p in parts)
    assert len(result.candidates) == 3
    assert result.notes == [f"long input: the article is {words(PARTY_ARTICLE_BODY):,} tokens, over the model's "
                            f"42-token limit; it was split on sentence boundaries into {result.parts} part(s) "
                            f"of at most 40 tokens, each summarised, and the parts' summaries summarised again"]


def test_tiny_model_long_article_is_split_and_noted(tiny_t5_dir, party_article):
    from tomtat.summarize import summarize_article
    from tomtat.summarize.vit5 import ViT5Engine

    engine = ViT5Engine.load(str(tiny_t5_dir), max_input_tokens=64, max_new_tokens=8)
    assert len(engine._encode(party_article.body)) > 64
    result = summarize_article(party_article, engine, num_candidates=2)
    assert result.engine == "vit5"
    assert any(n.startswith("long input:") and "64-token limit" in n for n in result.notes)
    assert len(result.candidates) == 2


def test_tiny_model_short_article_has_no_long_input_note(tiny_engine):
    from tomtat.summarize import Article, summarize_article

    result = summarize_article(Article(body="Tỉnh kết nạp 173 đảng viên."), tiny_engine,
                               num_candidates=2)
    assert not any(n.startswith("long input") for n in result.notes)


def test_summaries_still_too_long_go_round_again():
    calls = []

    def halve(texts, n):
        calls.append(len(texts))
        return [[" ".join(t.split()[: max(1, len(t.split()) // 2)])] * n for t in texts]

    long_text = " ".join(f"Câu số {i} nói về việc kết nạp đảng viên ở xã." for i in range(40))
    result = summarize_long(long_text, count_tokens=words, budget=30, over="the model's 32-token limit",
                            summarise=halve, num_candidates=1)
    assert len(calls) >= 3 and calls[-1] == 1          # several rounds, then the final summary
    assert words(result.candidates[0]) <= 30
    assert " then " in result.notes[0]
