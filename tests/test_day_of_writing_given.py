"""The day an article was written, given from outside (issue 8, written10): `Article.written`
from a page's metadata or `--written`, a data set's id's day, and what the checker reads with it
("năm nay", "năm ngoái", "Hè này" resolved to years). Articles and summaries are our own."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from tomtat.checks import DayOfWriting, check_summary, prepare_article
from tomtat.cli import main
from tomtat.reading import Article, read_article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import flag_diff  # noqa: E402
import labelled_eval  # noqa: E402

WRITTEN = date(2025, 7, 16)

#: A value told of the year before the day of writing, and one of this year.
EXAM = ("Điểm thi khối A năm nay được công bố sáng nay. Năm ngoái, hơn 215.000 thí sinh có điểm xét "
        "khối A, mức trung bình là 19,35 điểm. Năm nay, số thí sinh khối A tăng lên 231.000 em.")
EXAM_SUMMARY = "Năm 2025, hơn 215.000 thí sinh có điểm xét khối A, trung bình 19,35 điểm."


def verdicts(article: str, summary: str, written=None) -> dict[str, str]:
    return {c.figure.text: c.verdict.value for c in check_summary(article, summary, written=written).figures}


# --- the checker -----------------------------------------------------------------------------

def test_a_value_of_last_year_given_to_the_year_of_writing_is_flagged_only_with_the_day():
    assert verdicts(EXAM, EXAM_SUMMARY)["215.000"] == "supported"   # undated: "Năm ngoái" may be any year
    dated = check_summary(EXAM, EXAM_SUMMARY, written=WRITTEN)
    by_text = {c.figure.text: c for c in dated.figures}
    for value in ("215.000", "19,35"):
        assert by_text[value].verdict.value == "context_mismatch"
        assert "2024" in by_text[value].explanation and "Năm ngoái" in by_text[value].explanation


def test_the_same_year_or_a_day_that_may_be_late_reads_the_same():
    assert verdicts(EXAM, EXAM_SUMMARY.replace("2025", "2024"), WRITTEN)["215.000"] == "supported"
    late = DayOfWriting(WRITTEN, may_be_late=True)
    assert verdicts(EXAM, EXAM_SUMMARY, late)["215.000"] == "context_mismatch"
    # gathered on 1 January: written on 31 December perhaps, so the year is unsure
    assert verdicts(EXAM, EXAM_SUMMARY, DayOfWriting(date(2026, 1, 1), may_be_late=True))["215.000"] == "supported"


@pytest.mark.parametrize("article", [
    # a quotation: the speaker's "năm ngoái"
    'Ông Nam nói: "Năm ngoái, hơn 215.000 thí sinh có điểm xét khối A". Năm nay có 231.000 em.',
    # the sentence names its year itself
    "Năm ngoái (2023), hơn 215.000 thí sinh có điểm xét khối A. Năm nay có 231.000 em.",
    # a story of another year: "năm trước" is the year before 2019
    "Năm 2019, trường mở ngành mới. Năm trước, hơn 215.000 thí sinh có điểm xét khối A.",
    # a second time between the opening and the value
    "Năm ngoái có 200.000 em, còn 6 tháng đầu năm nay hơn 215.000 thí sinh có điểm xét khối A.",
])
def test_silent_when_the_time_of_the_value_is_unsure(article):
    assert verdicts(article, "Năm 2025, hơn 215.000 thí sinh có điểm xét khối A.", WRITTEN)["215.000"] == "supported"


def test_a_summary_sentence_with_two_years_gives_no_year_to_its_later_values():
    article = "Năm ngoái, công ty lãi 50 tỷ đồng. Năm nay, công ty dự kiến lãi 80 tỷ đồng."
    summary = "Năm 2024 công ty lãi 50 tỷ đồng, năm 2025 dự kiến 80 tỷ đồng."
    assert verdicts(article, summary, WRITTEN)["80 tỷ"] == "supported"
    assert verdicts(article, "Năm 2024, công ty dự kiến lãi 80 tỷ đồng.", WRITTEN)["80 tỷ"] == "context_mismatch"


CARS = ("Theo số liệu của hiệp hội, bốn tháng đầu năm nay, tổng cộng 2.140 xe điện được bán ra, "
        "tăng hơn 37% so với cùng kỳ 2024. Chỉ riêng năm 2024, hãng bán 1,2 triệu xe trên toàn cầu.")


def test_a_time_said_inside_the_sentences_gives_the_value_its_year():
    summary = "Thị trường xe điện tăng mạnh, doanh số 4 tháng đầu năm 2024 tăng 37% so với cùng kỳ năm trước."
    assert verdicts(CARS, summary)["37%"] == "supported"
    dated = {c.figure.text: c for c in check_summary(CARS, summary, written=WRITTEN).figures}
    assert dated["37%"].verdict.value == "context_mismatch" and "2025" in dated["37%"].explanation
    assert verdicts(CARS, summary.replace("2024", "2025"), WRITTEN)["37%"] == "supported"
    # the summary's year only as a base ("so với năm 2024") gives the value no year
    assert verdicts(CARS, "Doanh số xe điện tăng 37% so với năm 2024.", WRITTEN)["37%"] == "supported"


def test_a_time_said_inside_that_counts_years_back_gives_none():
    article = "Theo hiệp hội, cách đây 3 năm trước, tổng cộng 2.140 xe điện được bán ra trong cả nước."
    # read as "năm trước" it would be 2024, apart from the summary's 2025; it is 2022, unsaid
    assert verdicts(article, "Năm 2025, tổng cộng 2.140 xe điện được bán ra.", WRITTEN)["2.140"] == "supported"


def test_a_year_the_article_tells_only_from_the_day_of_writing_is_derived():
    article = "Năm ngoái, công ty lãi 50 tỷ đồng nhờ xuất khẩu gạo sang châu Phi."
    summary = "Năm 2024, công ty lãi 50 tỷ đồng nhờ xuất khẩu gạo sang châu Phi."
    assert verdicts(article, summary)["Năm 2024"] == "unsupported"
    dated = {c.figure.text: c for c in check_summary(article, summary, written=WRITTEN).figures}
    assert dated["Năm 2024"].verdict.value == "derived"
    assert "Năm ngoái" in dated["Năm 2024"].explanation
    assert verdicts(article, summary.replace("2024", "2023"), WRITTEN)["Năm 2023"] == "unsupported"


def test_three_years_ago_is_not_the_year_before():
    article = "Cách đây 3 năm trước, công ty lãi 50 tỷ đồng nhờ xuất khẩu gạo sang châu Phi."
    summary = "Năm 2024, công ty lãi 50 tỷ đồng nhờ xuất khẩu gạo sang châu Phi."
    assert verdicts(article, summary, WRITTEN)["Năm 2024"] == "unsupported"


def test_a_year_that_opens_a_sentence_restating_one_told_this_summer():
    article = ("Hai hãng gặp nhau lần đầu hồi 2023 tại Tokyo. "
               "Hè này, hai hãng tiếp tục ra mắt bộ sưu tập đồng hồ giới hạn Sóng Biển.")
    summary = "Năm 2023, hai hãng tiếp tục ra mắt bộ sưu tập đồng hồ giới hạn Sóng Biển."
    assert verdicts(article, summary)["Năm 2023"] == "supported"
    dated = {c.figure.text: c for c in check_summary(article, summary, written=WRITTEN).figures}
    assert dated["Năm 2023"].verdict.value == "context_mismatch"
    assert "2025" in dated["Năm 2023"].explanation
    assert verdicts(article, "Năm 2023, hai hãng gặp nhau lần đầu tại Tokyo.", WRITTEN)["Năm 2023"] == "supported"


GOLD = "Tháng trước, giá vàng trong nước tăng 5% so với tháng 5, theo hiệp hội kinh doanh vàng."


@pytest.mark.parametrize("summary", ["Tháng 6/2025, giá vàng tăng 5%.", "Trong tháng 6, giá vàng tăng 5%."])
def test_a_month_told_from_an_exact_day_of_writing_is_derived(summary):
    month = check_summary(GOLD, summary, written=WRITTEN).figures[0]
    assert (month.verdict.value, month.evidence[0].text) == ("derived", "Tháng trước")
    assert check_summary(GOLD, summary).figures[0].verdict.value == "unsupported"
    # a day that may be a day late may fall in another month: the month is not read from it
    late = DayOfWriting(date(2025, 7, 1), may_be_late=True)
    assert check_summary(GOLD, summary, written=late).figures[0].verdict.value == "unsupported"


def test_another_month_or_months_counted_back_are_not_derived():
    assert check_summary(GOLD, "Tháng 6/2024, giá vàng tăng 5%.", written=WRITTEN).figures[0].verdict.value == "unsupported"
    counted = GOLD.replace("Tháng trước", "Cách đây 2 tháng trước")
    assert check_summary(counted, "Tháng 6/2025, giá vàng tăng 5%.", written=date(2025, 7, 16)).figures[0].verdict.value \
        == "unsupported"


def test_prepared_article_keeps_its_day_and_refuses_another():
    facts = prepare_article(EXAM, WRITTEN)
    assert facts.written == DayOfWriting(WRITTEN)
    assert check_summary(facts, EXAM_SUMMARY).flagged          # the day travels with the facts
    assert check_summary(facts, EXAM_SUMMARY, written=WRITTEN).flagged
    with pytest.raises(ValueError):
        check_summary(facts, EXAM_SUMMARY, written=date(2024, 7, 16))
    with pytest.raises(TypeError):
        prepare_article(EXAM, "2025-07-16")


def test_day_of_writing_knows_its_year_and_month_only_when_sure():
    assert DayOfWriting(WRITTEN).year == 2025 and DayOfWriting(WRITTEN).month == (2025, 7)
    late = DayOfWriting(WRITTEN, may_be_late=True)
    assert late.year == 2025 and late.month is None
    assert DayOfWriting(date(2026, 1, 1), may_be_late=True).year is None
    assert DayOfWriting.of(None) is None and DayOfWriting.of(late) is late


# --- reading: a page's date ------------------------------------------------------------------

BODY = ("<p>Năm ngoái, hơn 215.000 thí sinh có điểm xét khối A, mức trung bình là 19,35 điểm theo "
        "số liệu Bộ công bố.</p><p>Năm nay, số thí sinh khối A tăng lên 231.000 em, theo báo cáo mới "
        "nhất của các trường đại học.</p>")


def page(head: str) -> str:
    return f"<html><head><title>Điểm thi khối A</title>{head}</head><body><article><h1>Điểm thi khối A</h1>{BODY}</article></body></html>"


@pytest.mark.parametrize("head, written", [
    ('<meta property="article:published_time" content="2025-07-16T08:30:00+07:00">', WRITTEN),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
     '"headline": "Điểm thi khối A", "datePublished": "2025-07-14T10:00:00+07:00"}</script>', date(2025, 7, 14)),
    # first publication, not the last edit
    ('<meta property="article:published_time" content="2025-07-16T08:30:00+07:00">'
     '<meta property="article:modified_time" content="2025-07-18T09:00:00+07:00">', WRITTEN),
    ("", None),
])
def test_an_html_page_gives_its_day_of_publication(tmp_path, head, written):
    path = tmp_path / "bai.html"
    path.write_text(page(head), encoding="utf-8")
    assert read_article(str(path)).written == written


def test_a_date_the_article_tells_is_not_the_pages(tmp_path):
    path = tmp_path / "bai.html"
    path.write_text(page("").replace("theo báo cáo mới nhất", "theo báo cáo ngày 15/7/2025"), encoding="utf-8")
    assert read_article(str(path)).written is None


def test_the_callers_day_overrides_the_pages_and_plain_text_has_none(tmp_path):
    html = tmp_path / "bai.html"
    html.write_text(page('<meta property="article:published_time" content="2025-07-16T08:30:00+07:00">'),
                    encoding="utf-8")
    assert read_article(str(html), written=date(2025, 1, 2)).written == date(2025, 1, 2)
    text = tmp_path / "bai.txt"
    text.write_text(EXAM, encoding="utf-8")
    assert read_article(str(text)).written is None
    assert read_article(str(text), written=WRITTEN).written == WRITTEN
    assert Article(body=EXAM).written is None


# --- the CLI -----------------------------------------------------------------------------------

def run(args, capsys):
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_check_takes_written(tmp_path, capsys):
    path = tmp_path / "bai.txt"
    path.write_text(EXAM, encoding="utf-8")
    def verdict_of(out: str) -> dict[str, str]:
        return {f["text"]: f["verdict"] for f in json.loads(out)["figures"]}

    code, out, _ = run(["check", str(path), "--json", "--summary-text", EXAM_SUMMARY], capsys)
    assert verdict_of(out)["215.000"] == "supported"
    code, out, _ = run(["check", str(path), "--json", "--written", "2025-07-16", "--summary-text", EXAM_SUMMARY], capsys)
    assert code == 1 and verdict_of(out)["215.000"] == "context_mismatch"
    code, out, _ = run(["check", str(path), "--json", "--written", "2025-07-16", "--summary-text",
                        "Năm 2024, hơn 215.000 thí sinh có điểm xét khối A."], capsys)
    assert code == 0 and verdict_of(out) == {"Năm 2024": "derived", "215.000": "supported"}


def test_check_reads_the_pages_date(tmp_path, capsys):
    path = tmp_path / "bai.html"
    path.write_text(page('<meta property="article:published_time" content="2025-07-16T08:30:00+07:00">'),
                    encoding="utf-8")
    code, out, _ = run(["check", str(path), "--json", "--summary-text", "Năm 2025, hơn 215.000 thí sinh có điểm xét khối A."], capsys)
    assert code == 1 and not json.loads(out)["ok"]


@pytest.mark.parametrize("command", ["check", "summarize"])
@pytest.mark.parametrize("value", ["16/07/2025", "2025-13-01", "20250716", "2025-02-30", "hôm qua", ""])
def test_a_bad_written_is_one_line_and_exit_2(tmp_path, capsys, command, value):
    path = tmp_path / "bai.txt"
    path.write_text(EXAM, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main([command, str(path), "--written", value])
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert err.count("\n") == 1 and "--written" in err and "YYYY-MM-DD" in err


def test_summarize_takes_written(tmp_path, capsys):
    path = tmp_path / "bai.txt"
    path.write_text(EXAM, encoding="utf-8")
    code, out, _ = run(["summarize", str(path), "--engine", "extractive", "--json", "--written", "2025-07-16"], capsys)
    assert code in (0, 1) and json.loads(out)["summary"]


def test_the_extractive_engine_checks_with_the_articles_day():
    from tomtat.summarize.extractive import ExtractiveEngine

    gen = ExtractiveEngine().generate([Article(body=EXAM, written=WRITTEN)], num_candidates=1)[0]
    assert gen.facts.written == DayOfWriting(WRITTEN)


# --- eval and the benchmarks -----------------------------------------------------------------

def test_a_gathered_id_names_its_day_which_may_be_late(tmp_path):
    from tomtat.eval.data import day_gathered, load_records

    assert day_gathered("VNEX_160725_00102") == DayOfWriting(WRITTEN, may_be_late=True)
    assert day_gathered("TP_010625_00001") == DayOfWriting(date(2025, 6, 1), may_be_late=True)
    # another set's id of the same shape names no day: only the gemini-2025 set's sources do
    for other in ("000123", "VNEX_320725_00001", "VNEX_160725", "vnex_160725_00102", "#3", "ABC_160725_00102"):
        assert day_gathered(other) is None
    path = tmp_path / "set.jsonl"
    rows = [{"id": "VNEX_160725_00102", "article": EXAM, "summary": EXAM_SUMMARY},
            {"id": "bai-1", "article": EXAM, "summary": EXAM_SUMMARY}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    first, second = load_records(str(path))
    assert first.written == DayOfWriting(WRITTEN, may_be_late=True) and second.written is None


def test_eval_scores_a_record_with_its_day(tmp_path):
    from tomtat.eval.data import Record
    from tomtat.eval.faithfulness import FaithfulnessScorer
    from tomtat.eval.runner import score_article

    scorer = FaithfulnessScorer()
    dated = Record(0, "VNEX_160725_00102", EXAM, EXAM_SUMMARY, written=DayOfWriting(WRITTEN, may_be_late=True))
    undated = Record(1, "bai-1", EXAM, EXAM_SUMMARY)
    # "Năm 2025" is flagged either way (the article never writes it); 215.000 and 19,35 only with the day
    assert score_article(dated, EXAM_SUMMARY, scorer)["faithfulness"]["flagged"] == 3
    assert score_article(undated, EXAM_SUMMARY, scorer)["faithfulness"]["flagged"] == 1
    # an engine's report made without the day is checked again with it
    undated_report = check_summary(EXAM, EXAM_SUMMARY)
    assert score_article(dated, EXAM_SUMMARY, scorer, report=undated_report)["faithfulness"]["flagged"] == 3


def test_labelled_eval_gives_gemini_records_their_day(monkeypatch):
    record = {"id": "VNEX_160725_00102"}
    assert labelled_eval.written_of("gemini-2025", record) == DayOfWriting(WRITTEN, may_be_late=True)
    assert labelled_eval.written_of("vit5-vietnews-test", {"id": "000123"}) is None
    monkeypatch.setattr(labelled_eval, "UNDATED", True)
    assert labelled_eval.written_of("gemini-2025", record) is None


def test_flag_diff_dumps_keys_alike_with_and_without_the_day(tmp_path, monkeypatch):
    data = tmp_path / "gemini.jsonl"
    rows = [{"id": "VNEX_160725_00102", "title": "Điểm thi khối A", "article": EXAM, "summary": EXAM_SUMMARY}]
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    monkeypatch.setattr(flag_diff, "SETS", {"gemini": (data, "summary")})
    dated, undated = tmp_path / "dated.json", tmp_path / "undated.json"
    assert flag_diff.dump(dated) == 0 and flag_diff.dump(undated, undated=True) == 0
    with_day = json.loads(dated.read_text(encoding="utf-8"))
    without = json.loads(undated.read_text(encoding="utf-8"))
    assert with_day.keys() == without.keys()
    key = next(k for k in with_day if k.startswith("gemini|") and k.endswith("|215.000"))
    assert (without[key][0], with_day[key][0]) == ("supported", "context_mismatch")
