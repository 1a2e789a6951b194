"""ROUGE in both tokenisations, against values worked out by hand, and equal to rouge_score."""
from __future__ import annotations

import random

import pytest

from tomtat.eval.rouge import (DEFAULT, TOKENISATIONS, TOKENIZERS, VI, VietnameseTokenizer, default_tokenize,
                               lcs_length, reference_scorer, rouge_f1, score_tokens, vi_tokenize)

REF = "Hà Nội có mưa lớn."
PRED = "Hà Nội mưa rất lớn!"


def test_vietnamese_tokens_keep_diacritics_numbers_and_drop_punctuation():
    assert vi_tokenize("Hà Nội có 25.529 đảng viên, đạt 77,25% (ngày 22/6).") == \
        ["hà", "nội", "có", "25.529", "đảng", "viên", "đạt", "77,25", "ngày", "22/6"]
    # NFD input gives the same tokens as NFC
    import unicodedata
    assert vi_tokenize(unicodedata.normalize("NFD", "Hà Nội")) == ["hà", "nội"]


def test_default_tokenizer_drops_vietnamese_letters():
    assert default_tokenize("Hà Nội có mưa lớn") == ["h", "n", "i", "c", "m", "a", "l", "n"]
    assert default_tokenize("25.529 đảng viên") == ["25", "529", "ng", "vi", "n"]


def test_vietnamese_rouge_by_hand():
    # ref tokens: hà nội có mưa lớn (5); pred: hà nội mưa rất lớn (5)
    # overlap {hà, nội, mưa, lớn} = 4 -> P = R = 4/5, F = 0.8
    # ref bigrams hà-nội, nội-có, có-mưa, mưa-lớn; pred hà-nội, nội-mưa, mưa-rất, rất-lớn;
    #      overlap 1 -> P = R = F = 1/4
    # R-L: LCS hà nội mưa lớn = 4 -> 0.8
    s = rouge_f1(REF, PRED)[VI]
    assert s["rouge1"] == pytest.approx(0.8)
    assert s["rouge2"] == pytest.approx(0.25)
    assert s["rougeL"] == pytest.approx(0.8)


def test_default_rouge_by_hand():
    # ref: h n i c m a l n (8 tokens); pred "Hà Nội mưa rất lớn": h n i m a r t l n (9)
    # R-1 clipped overlap: h1 n2 i1 m1 a1 l1 = 7 -> P = 7/9, R = 7/8, F = 98/119 = 14/17
    s = rouge_f1(REF, PRED)[DEFAULT]
    assert s["rouge1"] == pytest.approx(14 / 17)


def test_default_tokenizer_matches_different_words():
    # "Mưa lớn ở Hà Nội" / "Mùa lạnh ở Hà Nam" share only "ở" and "hà": Vietnamese R-1 = 2/5 = 0.4.
    # Default: ref m a l n h n i (7), pred m a l nh h nam (6): overlap m a l h = 4,
    # P = 4/6, R = 4/7, F = 16/26 = 8/13 -> much higher, for different words.
    ref, pred = "Mưa lớn ở Hà Nội", "Mùa lạnh ở Hà Nam"
    scores = rouge_f1(ref, pred)
    assert scores[VI]["rouge1"] == pytest.approx(0.4)
    assert scores[DEFAULT]["rouge1"] == pytest.approx(8 / 13)


def test_empty_prediction_scores_zero():
    s = rouge_f1(REF, "")
    assert all(v == 0.0 for t in TOKENISATIONS for v in s[t].values())


@pytest.mark.parametrize("tokenisation", TOKENISATIONS)
def test_fast_scores_equal_rouge_score(tokenisation):
    scorer = reference_scorer(tokenisation)
    rng = random.Random(7)
    words = "hà nội có mưa lớn rất 25.529 đảng viên 173 ở nam bà ba bá".split()
    pairs = [(REF, PRED), ("Mưa lớn ở Hà Nội", "Mùa lạnh ở Hà Nam"), ("", "có"), ("có", "")]
    for _ in range(400):
        pairs.append((" ".join(rng.choice(words) for _ in range(rng.randint(0, 30))),
                      " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))))
    tokenize = TOKENIZERS[tokenisation]
    for ref, pred in pairs:
        expected = scorer.score(ref, pred)
        got = score_tokens(tokenize(ref), tokenize(pred))
        for name, score in expected.items():
            assert got[name]["precision"] == pytest.approx(score.precision, abs=1e-12)
            assert got[name]["recall"] == pytest.approx(score.recall, abs=1e-12)
            assert got[name]["fmeasure"] == pytest.approx(score.fmeasure, abs=1e-12)


def test_vietnamese_tokenizer_works_inside_rouge_scorer():
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1"], tokenizer=VietnameseTokenizer())
    assert scorer.score(REF, PRED)["rouge1"].fmeasure == pytest.approx(0.8)


def test_lcs_length_long_inputs():
    a = list("abcbdab" * 30)
    b = list("bdcaba" * 35)
    # classic DP as the oracle
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(dp[i - 1][j], dp[i][j - 1])
    assert lcs_length(a, b) == dp[-1][-1]
