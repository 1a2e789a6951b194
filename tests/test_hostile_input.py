"""Hostile input: numbers of any length and text of any shape reach a clear answer.

No timing here (speed is measured in benchmarks/bench_long_input.py): these tests say
what the answer is, that there is no traceback, and that every value is finite.
"""
import json
import math
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat.checks import extract, verify
from tomtat.checks import ArticleFacts, Kind, check_summary, extract_figures
from tomtat.checks.numbers import MAX_DIGITS, parse_digits
from tomtat.checks import segment as sentences
from tomtat.summarize import extractive
from tomtat.checks.segment import split_sentences

ARTICLE = ("Năm 2023, huyện Yên Sơn kết nạp 173 đảng viên, đạt 102% chỉ tiêu. "
           "Chi bộ có 43 đảng viên, trong đó có 36 đảng viên chính thức và 7 đảng viên dự bị.")

#: Digit strings too long to be a quantity: past a float (310 digits), past Python's
#: int-from-string limit (4,301), grouped, and with a scale word that once made inf.
LONG_NUMBERS = [
    "1" * 310,
    "1" + ".000" * 104,
    "9" * 4301,
    "1" * 305 + ",5 triệu đồng",
    "7" * 100_000,
    "lần thứ " + "2" * 5000,
]


def _finite(value) -> bool:
    if isinstance(value, (tuple, list)):
        return all(_finite(v) for v in value)
    return not isinstance(value, float) or math.isfinite(value)


@pytest.mark.parametrize("digits", [MAX_DIGITS + 1, 310, 4301, 20_000])
def test_a_digit_string_too_long_to_be_a_quantity_parses_to_none(digits):
    assert parse_digits("1" * digits) is None
    assert parse_digits("1" + ",5" + "0" * digits) is None


def test_the_longest_quantity_still_parses():
    assert parse_digits("9" * MAX_DIGITS).value == pytest.approx(10.0 ** MAX_DIGITS)


@pytest.mark.parametrize("number", LONG_NUMBERS, ids=lambda s: f"{len(s)}-chars")
def test_a_long_number_is_no_quantity_anywhere(number):
    text = f"Tỉnh kết nạp {number} đảng viên."
    figures = extract_figures(text)
    assert all(f.kind not in (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.RANGE) for f in figures)
    assert all(_finite(f.value) for f in figures)
    for article, summary in ((ARTICLE, text), (text, "Huyện Yên Sơn kết nạp 173 đảng viên."), (text, text)):
        report = check_summary(article, summary)
        json.dumps(report.to_json(), allow_nan=False)  # raises on inf or NaN


def test_a_long_number_in_the_summary_is_flagged_when_the_article_lacks_it():
    report = check_summary(ARTICLE, f"Huyện Yên Sơn kết nạp {'1' * 400} đảng viên.")
    (checked,) = report.figures
    assert checked.figure.kind is Kind.IDENTIFIER
    assert checked.verdict.flagged


def test_a_scale_word_never_makes_a_value_infinite():
    for f in extract_figures("9" * MAX_DIGITS + " nghìn tỷ 900 triệu đồng, từ 9 đến " + "9" * MAX_DIGITS + " tỷ"):
        assert _finite(f.value)


@pytest.mark.parametrize("text", ["hai mươi " * 300 + "người", "một trăm " * 200, "ba nghìn hai " * 100 + "tỷ"])
def test_bounding_a_run_of_number_words_changes_no_figure(text, monkeypatch):
    bounded = extract_figures(text)
    for name in ("MASTER", "_MASTER_AT_LETTER"):  # number words are read by the second at a letter
        pattern = getattr(extract, name).pattern
        unbounded = re.compile(pattern.replace(f"{{0,{extract.MAX_NUMBER_WORDS}}}", "*"), re.VERBOSE)
        assert unbounded.pattern != pattern
        monkeypatch.setattr(extract, name, unbounded)
    assert extract_figures(text) == bounded


def test_the_longest_written_number_is_read_whole():
    words = "chín trăm chín mươi chín nghìn tỷ chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu " \
            "chín trăm chín mươi chín nghìn chín trăm chín mươi chín"
    (fig,) = extract_figures(f"Có {words} người.")
    assert fig.value == 999_999_999_999_999
    assert fig.text == words


def test_a_relation_spanning_more_than_320_characters_has_its_passage_offsets():
    # the target stands in the sentence before, which is long: the relation runs over 320
    # characters and is cut to the clause that states it
    filler = ", ban chấp hành đã họp bàn nhiều lần về công tác phát triển đảng viên trong cả nhiệm kỳ" * 4
    article = ("Huyện được giao chỉ tiêu kết nạp 170 đảng viên" + filler + ". "
               + "Kết quả, huyện đã kết nạp 173 đảng viên, đạt 102% chỉ tiêu.")
    assert article.index("102%") - article.index("170") > 320
    (relation,) = check_summary(article, "").relations
    assert relation.end - relation.start < len(article) - article.index("170")  # cut to the clause
    assert article[relation.start:relation.end] == relation.text
    assert relation.text.startswith("Kết quả")


# --- indexed comparison is all-pairs comparison, made fast ----------------------------

_FIGURE_WORDS = st.sampled_from(
    ["1", "2", "7", "36", "43", "170", "173", "200", "2.300", "25.529", "77,25", "0,7", "1,5", "100",
     "146/212", "1/2", "3-4", "đến", "%", " %", "tỷ", "triệu", "nghìn", "đồng", "USD", "đảng viên",
     "người", "tuổi", "chính thức", "dự bị", "hơn", "gần", "khoảng", "dưới", "ít nhất", "tối đa",
     "hàng trăm", "một người", "hai", "mươi", "kết nạp", "huyện Yên Sơn", "xã Đồng Tâm", "vượt",
     "tổng", "trung bình", "mỗi năm", "từ năm 2010 đến 2020", "đạt", "chỉ tiêu", ",", ".", "\n"])
_dense_text = st.lists(_FIGURE_WORDS, max_size=80).map(" ".join)


def _all_pairs(self, cls, fig, interval):
    return list(range(len(self.pool(cls))))


@settings(max_examples=300, deadline=None)
@given(_dense_text, _dense_text)
def test_indexed_comparison_gives_the_verdicts_of_comparing_all_pairs(article, summary):
    indexed = check_summary(article, summary)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ArticleFacts, "agreement_candidates", _all_pairs)
        assert check_summary(article, summary) == indexed


# --- the sentence splitter reads each boundary once ---------------------------------

def _split_by_backtracking(text):
    """The splitter as it was before it was made linear: the oracle it must agree with."""
    boundary = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[0-9A-ZÀ-Ỹ])|\n+|(?<=[^\W_])\.(?=[^\W\d_]{2})")
    initial = re.compile(r"(?:^|\s)[A-ZĐ][a-zđ]?\.$")
    out, start = [], 0

    def ends_with_abbreviation(chunk):
        word = chunk.rsplit(None, 1)[-1] if chunk.split() else ""
        word = word.lstrip("([{\"'“‘«")  # "(TP. HCM)", '"Tr.': as segment does since 51b1636
        return word.lower() in sentences._ABBREVIATIONS or (len(word) == 1 and word.isupper())

    def append(out, text, start, end):
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            s = start + len(piece) - len(piece.lstrip())
            out.append(sentences.Sentence(stripped, s, s + len(stripped)))

    for match in boundary.finditer(text):
        before = text[start:match.start()]
        if not match.group().strip():
            after = text[match.end():match.end() + 1]
            if after.islower() or initial.search(before):
                continue
            end = match.start()
        else:
            if match.group().startswith(".") and ends_with_abbreviation(before):
                continue
            glued = text[match.end():match.end() + 2]
            if match.group() == "." and glued[:1].isalpha() and not (
                    (before[-1:].islower() or before[-1:].isdigit()) and glued[0].isupper() and glued[1].islower()):
                continue
            end = match.end()
        append(out, text, start, end)
        start = match.end()
    append(out, text, start, len(text))
    return out


_SENTENCE_PIECES = st.sampled_from(["Năm", "TP.", "TS.", "Tr.", "A.", "ông", "bà", "1.750", "2", ".", "..", "...",
                                    "!", "?", "…", "\"", "”", ")", " ", "  ", "\n", "\n\n", "Hà Nội", "kết nạp",
                                    "“Chúng", "(Ảnh", "x", "Đ", "đ", "\t", "Trong", "đó", "St.", "net"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=60).map("".join))
def test_the_sentence_splitter_splits_as_the_backtracking_one_did(text):
    assert split_sentences(text) == _split_by_backtracking(text)


@pytest.mark.parametrize("text", [".", "." * 100_000, ". " * 50_000, "!?" * 50_000, "TP. " * 25_000,
                                  "A.\n" * 30_000, "a\n" * 50_000, "…" * 100_000 + " Hai"])
def test_the_sentence_splitter_ends_on_runs_of_marks(text):
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


# --- the extractive engine on text without full stops --------------------------------

@pytest.mark.parametrize("text", ["1 " * 50_000, "hai mươi " * 11_000, "x" * 30_000, " " + "ab " * 5000 + "y" * 2500],
                         ids=["ones", "words", "no-space", "mixed"])
def test_a_run_on_sentence_is_cut_into_pieces_of_the_article(text):
    pieces = extractive.cut_long_sentences(split_sentences(text))
    assert all(0 < len(p.text) <= extractive.MAX_SENTENCE_CHARS for p in pieces)
    assert all(text[p.start:p.end] == p.text for p in pieces)
    # in order, and nothing but spaces left out
    gaps = [text[a.end:b.start] for a, b in zip([extractive.Sentence("", 0, 0)] + pieces, pieces + [
        extractive.Sentence("", len(text), len(text))])]
    assert all(not gap.strip() for gap in gaps)


def test_the_extractive_summary_of_a_run_on_text_is_a_few_pieces_of_it():
    from tomtat.reading import Article
    from tomtat.summarize import summarize_article

    text = "Tỉnh kết nạp 173 đảng viên " * 4000
    result = summarize_article(Article(body=text), extractive.ExtractiveEngine())
    assert 0 < len(result.summary) <= 3 * extractive.MAX_SENTENCE_CHARS
    assert result.summary in " ".join(text.split())
    assert all(f.verdict.value == "supported" for f in result.report.figures)


# --- a long summary's verdicts, remembered, are the verdicts worked out each time -----

_SUMMARY_WORDS = st.sampled_from(
    ["1", "2", "36", "43", "173", "2.300", "77,25", "%", "đảng viên", "người", "tuổi", "chính thức", "hơn",
     "gần", "kết nạp", "huyện Yên Sơn", "xã Đồng Tâm", "Nguyễn Văn An", "Lê Bình", "và", ",", ".", "vượt",
     "tổng", "trung bình", "mỗi năm", "đạt", "chết", "bị thương", "hôm qua", "14/7", "năm 2023", "cả hai"])


def _remembered_and_worked_out(article, summary):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(verify, "_REMEMBER_FROM", 0)
        remembered = check_summary(article, summary)
        mp.setattr(verify, "_REMEMBER_FROM", 10**9)
        return remembered, check_summary(article, summary)


_sentences = st.lists(st.lists(_SUMMARY_WORDS, max_size=25).map(" ".join), min_size=1, max_size=5)


@settings(max_examples=150, deadline=None)
@given(_sentences, _sentences)
def test_remembered_verdicts_are_the_verdicts_worked_out_each_time(article_pieces, pieces):
    article = ". ".join(article_pieces)
    summary = " ".join(pieces * 4)  # repeated: figures alike in all but their place in the summary
    remembered, worked_out = _remembered_and_worked_out(article, summary)
    assert remembered == worked_out


def test_remembered_verdicts_tell_apart_the_same_figure_given_to_two_places():
    # the places stand farther from the figure than the words a verdict is remembered by
    article = (Path(__file__).parent / "fixtures" / "bao-cao-xay-dung-dang.txt").read_text(encoding="utf-8")
    # and in one sentence: a summary sentence is part of what a verdict is remembered by
    said = (" theo báo cáo tổng kết công tác xây dựng Đảng của tỉnh trong cả năm vừa qua đã kết nạp 173 đảng viên"
            " theo kế hoạch đề ra từ đầu năm của Ban Thường vụ Tỉnh ủy cùng các cấp ủy; ")
    summary = ("huyện Sơn Dương" + said + "huyện Yên Sơn" + said) * 40
    remembered, worked_out = _remembered_and_worked_out(article, summary)
    assert remembered == worked_out
    assert [f.verdict.value for f in remembered.figures] == ["context_mismatch", "supported"] * 40


# --- the commands: exit codes, one-line output, JSON that is JSON ----------------------

def _strict_json(text):
    """json.loads that refuses Infinity and NaN, as any JSON parser but Python's does."""
    def refuse(name):
        raise ValueError(f"{name} is not JSON")
    return json.loads(text, parse_constant=refuse)


def _cli(args, capsys):
    from tomtat.cli import main

    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


EXAMPLE = Path(__file__).parent.parent / "examples" / "ket-nap-dang-vien.txt"


@pytest.mark.parametrize("number", LONG_NUMBERS, ids=lambda s: f"{len(s)}-chars")
def test_check_reads_a_long_number_in_summary_or_article_and_prints_json(number, tmp_path, capsys):
    summary = f"Tỉnh kết nạp {number} đảng viên, đạt 100,2% chỉ tiêu."
    code, out, err = _cli(["check", str(EXAMPLE), "--json", "--summary-text", summary], capsys)
    assert code in (0, 1) and err == ""  # flagged where read as an identifier the article lacks
    assert (code == 1) is (_strict_json(out)["ok"] is False)

    article = tmp_path / "article.txt"
    article.write_text(EXAMPLE.read_text(encoding="utf-8") + f"\nNăm nay tỉnh có {number} đảng viên.\n",
                       encoding="utf-8")
    code, out, err = _cli(["check", str(article), "--json", "--summary-text",
                           "Năm 2023, tỉnh Bình Sơn kết nạp 6.311 đảng viên."], capsys)
    assert code in (0, 1) and err == ""
    assert _strict_json(out)["figures"]


_HOSTILE = {"hai-muoi": "hai mươi ", "ones": "1 ", "slashes": "1/2/", "percents": "1% ", "dots": ".",
            "phrase": "hơn 1.234.567,89 triệu đồng ", "digits": "1"}


@pytest.mark.parametrize("unit", list(_HOSTILE.values()), ids=list(_HOSTILE))
def test_summarize_and_check_answer_on_100000_characters_of_one_shape(unit, tmp_path, capsys):
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    code, out, err = _cli(["summarize", str(article), "--engine", "extractive", "--json"], capsys)
    assert code in (0, 1), err
    result = _strict_json(out)
    assert len(result["summary"]) <= 3 * extractive.MAX_SENTENCE_CHARS
    code, out, err = _cli(["check", str(EXAMPLE), "--json", "--summary", str(article)], capsys)
    assert code in (0, 1) and err == ""
    _strict_json(out)


def test_eval_scores_predictions_with_long_numbers_and_resumes(tmp_path, capsys):
    from eval_fixtures import ARTICLES, write_predictions, write_set

    dataset = write_set(tmp_path / "set.jsonl")
    predictions = {row["id"]: f"Tỉnh kết nạp {LONG_NUMBERS[i % len(LONG_NUMBERS)]} đảng viên."
                   for i, row in enumerate(ARTICLES)}
    preds = write_predictions(tmp_path / "pred.jsonl", predictions)
    out = tmp_path / "run"
    code, stdout, err = _cli(["eval", str(dataset), "--predictions", str(preds), "--out", str(out),
                              "--no-progress", "--json"], capsys)
    assert code == 0, err
    metrics = _strict_json(stdout)
    _strict_json((out / "metrics.json").read_text(encoding="utf-8"))
    for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        _strict_json(line)
    code, again, err = _cli(["eval", str(dataset), "--predictions", str(preds), "--out", str(out),
                             "--no-progress", "--json", "--resume"], capsys)
    assert code == 0, err
    assert _strict_json(again) == metrics
