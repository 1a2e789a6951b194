"""Statements, not numbers (round 2): a summary figure is read with what it is said of (the
person, the span of time, the thing a vague amount counts), and a value the article gives only
to something else is flagged. Fixture sentences are our own."""
import unicodedata

import pytest

from tomtat.checks import Kind, Verdict, check_summary, extract_figures

from check_fixtures import verdict


# --- an age said of a person the article names but gives no age ---------------------------

ROBBERY = ("Chiều 2/3, chị B. (41 tuổi, ngụ phường Tân Định) đến công an trình báo bị lừa 800 triệu "
           "đồng. Người rút tiền là Phan Văn Khải, bị bắt cuối tháng 4.")


def test_an_age_the_article_gives_only_to_another_person_is_a_context_mismatch():
    checked = verdict(ROBBERY, "Người lừa chị là Phan Văn Khải (41 tuổi, ngụ phường Tân Định).", "41 tuổi")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "Phan Văn Khải" in checked.explanation


def test_the_same_age_of_the_same_person_is_supported():
    checked = verdict(ROBBERY, "Chị B. (41 tuổi) bị lừa 800 triệu đồng.", "41 tuổi")
    assert checked.verdict is Verdict.SUPPORTED


def test_an_age_given_to_someone_the_article_never_names_is_not_judged_by_holder():
    # the summary's person is not in the article: nothing to say whose age it is
    checked = verdict(ROBBERY, "Người bị hại Lê Thị Hoa (41 tuổi) đã trình báo.", "41 tuổi")
    assert checked.verdict is Verdict.SUPPORTED


def test_a_one_syllable_name_inside_a_place_name_is_not_that_person():
    article = "Ông Q. (52 tuổi) sống ở Hà Nội và bán hàng ở chợ."
    checked = verdict(article, "Hà (52 tuổi) bán hàng ở chợ.", "52 tuổi")
    assert checked.verdict is Verdict.SUPPORTED


# --- a span of time needs its unit --------------------------------------------------------

def test_a_span_of_time_is_not_stated_by_a_bare_number():
    article = "Cả 2 thường rủ nhau đi trộm xe đạp, rồi bán lại ở chợ."
    checked = verdict(article, "Hai đối tượng trộm xe trong 2 tháng.", "2 tháng")
    assert checked.verdict.flagged


def test_a_span_of_time_with_its_unit_before_the_number_is_stated():
    article = "Ở tuổi 40, anh vẫn chạy mỗi sáng quanh hồ."
    assert verdict(article, "Anh 40 tuổi vẫn chạy mỗi sáng.", "40 tuổi").verdict is Verdict.SUPPORTED


def test_a_unit_word_that_opens_the_next_figure_does_not_make_a_span():
    # "Model 7 năm 2012": năm belongs to the year, the 7 is a name's number
    article = "Chiếc máy Model 7 được giới thiệu tại hội chợ."
    checked = verdict(article, "Chiếc Model 7 năm 2012 được giới thiệu.", "7")
    assert not checked.verdict.flagged


def test_decades_in_other_words():
    article = "Sự nghiệp của bà kéo dài bốn thập niên."
    checked = verdict(article, "Bà có sự nghiệp bốn thập kỷ.", "bốn thập kỷ")
    assert checked.verdict is Verdict.SUPPORTED
    assert [f.unit for f in extract_figures(article)] == ["thập kỷ"]


# --- vague amounts are orders of magnitude of something ------------------------------------

def test_a_vague_amount_is_not_borne_out_by_a_piece_of_a_plate():
    article = "Xe mang biển số 29C - 415.27 bị giữ lại, trên xe có hơn nửa tấn hàng."
    checked = verdict(article, "Công an thu giữ hàng trăm kiện hàng.", "hàng trăm")
    assert checked.verdict.flagged


def test_a_vague_amount_of_tonnes_needs_tonnes_of_that_order():
    article = "Tổ công tác phát hiện xe tải số 0815.22 chở gần 4 tấn pháo."
    checked = verdict(article, "Hàng chục tấn pháo bị thu giữ.", "Hàng chục")
    assert checked.verdict.flagged


@pytest.mark.parametrize("article", [
    "Đội bóng có 1.000 cổ động viên theo sang sân khách.",
    "Giải chạy năm nay có hơn 2.400 VĐV đăng ký.",
])
def test_a_vague_amount_of_a_counted_thing_of_that_order_is_supported(article):
    checked = verdict(article, "Hàng nghìn người hâm mộ có mặt.", "Hàng nghìn")
    assert checked.verdict is Verdict.SUPPORTED


# --- reading the text as it is written -------------------------------------------------------

def test_a_number_word_after_a_quotation_mark_is_read():
    found = [(f.text, f.kind) for f in extract_figures('Họ hạ "hàng nghìn phiến quân".')]
    assert found == [("hàng nghìn", Kind.COUNT)]


def test_an_article_with_combining_tone_marks_reads_as_the_composed_one():
    composed = "Đối tượng bị tạm giam 4 tháng để điều tra."
    article = unicodedata.normalize("NFD", composed)
    assert article != composed
    checked = verdict(article, "Đối tượng bị tạm giam 4 tháng.", "4 tháng")
    assert checked.verdict is Verdict.SUPPORTED
    assert checked.explanation == "the article says 4 tháng"  # read with its unit


# --- ranges and spans as models and articles write them --------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("Nhóm trộm có 3 4 đối tượng.", (3.0, 4.0), "đối tượng"),
    ("Trong két có 20 30 triệu đồng.", (20e6, 30e6), "đồng"),
])
def test_a_range_whose_dash_was_lost_is_a_range(text, value, unit):
    (fig,) = extract_figures(text)
    assert (fig.kind, fig.value, fig.unit) == (Kind.RANGE, value, unit)


@pytest.mark.parametrize("text", ["Lớp có 10 25 học sinh.", "Đội 3 12 người."])
def test_two_numbers_far_apart_are_not_a_lost_range(text):
    assert all(f.kind is not Kind.RANGE for f in extract_figures(text))


def test_the_second_date_of_a_span_of_dates_is_read():
    dates = [f.value for f in extract_figures("Xe sản xuất 2/3/2021-15/10/2022 bị triệu hồi.")]
    assert dates == ["2021-03-02", "2022-10-15"]


def test_hours_before_qua_are_a_span_not_a_time_of_day():
    (fig,) = extract_figures("Tin nóng 24h qua.")
    assert (fig.kind, fig.value, fig.unit) == (Kind.COUNT, 24.0, "giờ")
    article = "Bản tin an ninh 24 h: cháy kho hàng ở Bình Dương."
    assert verdict(article, "Tin an ninh 24h qua: cháy kho hàng.", "24h").verdict is Verdict.SUPPORTED


def test_up_to_a_value_is_the_top_of_the_articles_range():
    article = "Giá vé giảm 10-25% tùy hạng ghế."
    assert verdict(article, "Giá vé giảm tới 25%.", "25%").verdict is Verdict.SUPPORTED
    assert verdict(article, "Giá vé giảm 25%.", "25%").verdict.flagged  # without "tới" it says more


def test_a_figure_of_a_place_the_summary_also_names_is_not_given_to_another_place():
    article = ("Tại thành phố Lạc Dương, tỉnh Hà Nam, hai xe rơi xuống hố. "
               "Chính quyền thành phố Lạc Dương cho biết có bốn người bị thương.")
    summary = "Hai xe rơi xuống hố ở thành phố Lạc Dương, tỉnh Hà Nam, khiến bốn người bị thương."
    assert verdict(article, summary, "bốn người").verdict is Verdict.SUPPORTED


# --- a date given to an event the article never names ---------------------------------------

RAID = ("Đúng 7h ngày 12/4, công an tỉnh đồng loạt khám xét 3 cơ sở cầm đồ và bắt giữ "
        "2 đối tượng cho vay lãi nặng.")


def test_a_date_given_to_a_press_conference_the_article_never_names():
    checked = verdict(RAID, "Sáng 12/4, công an tỉnh tổ chức họp báo về đường dây cho vay lãi nặng.", "12/4")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "press conference" in checked.explanation


def test_a_date_of_the_event_the_article_tells_is_supported():
    checked = verdict(RAID, "Ngày 12/4, công an tỉnh khám xét 3 cơ sở cầm đồ.", "12/4")
    assert checked.verdict is Verdict.SUPPORTED


def test_a_press_conference_the_article_names_keeps_its_date():
    article = RAID + " Chiều cùng ngày, công an tỉnh họp báo thông tin vụ việc."
    checked = verdict(article, "Ngày 12/4, công an tỉnh họp báo về vụ việc.", "12/4")
    assert checked.verdict is Verdict.SUPPORTED


def test_a_date_inside_the_sentence_may_name_something_else():
    article = "Nhân dịp Quốc khánh 2/9, nhà văn kể về những năm chiến tranh."
    summary = "Trong cuộc phỏng vấn nhân dịp Quốc khánh 2/9, nhà văn kể về chiến tranh."
    assert verdict(article, summary, "2/9").verdict is Verdict.SUPPORTED


# --- worked out from the article's own dates; what is no claim at all --------------------------

def test_days_from_two_dates_given_together():
    article = "Hội chợ mở cửa từ 8h ngày 12/3 và từ 8h ngày 13/3 tại nhà văn hóa."
    checked = verdict(article, "Hội chợ diễn ra trong hai ngày.", "hai ngày")
    assert checked.verdict is Verdict.DERIVED
    assert verdict(article, "Hội chợ diễn ra trong sáu ngày.", "sáu ngày").verdict.flagged


def test_a_line_that_announces_the_summary_is_no_claim():
    summary = "Dưới đây là bản tóm tắt trong 4 câu:\n\nĐội nhà thắng 2-0 ở trận mở màn."
    article = "Đội nhà thắng 2-0 ở trận mở màn mùa giải."
    assert [c.figure.text for c in check_summary(article, summary).figures] == ["2-0"]


def test_a_first_sentence_with_a_colon_that_announces_nothing_is_checked():
    summary = "Kết quả vòng 3: đội nhà thắng 4 trận liền."
    article = "Đội nhà thắng 3 trận liền."
    assert any(c.figure.text == "4" and c.verdict.flagged for c in check_summary(article, summary).figures)


def test_no_table_of_rules_py_is_defined_twice():
    # rules.py is written in sections by several people: a second table of the same name would
    # silently replace the first for every module that reads it
    import ast
    from collections import Counter
    from pathlib import Path

    source = (Path(__file__).resolve().parent.parent / "checks" / "rules.py").read_text(encoding="utf-8")
    names = Counter(t.id for node in ast.parse(source).body if isinstance(node, (ast.Assign, ast.AnnAssign))
                    for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                    if isinstance(t, ast.Name))
    assert [n for n, k in names.items() if k > 1] == []


# --- number words that count: "nửa", "một" ------------------------------------------------------

@pytest.mark.parametrize("text, unit, qualifier", [
    ("Họ bị bắt quỳ hơn nửa giờ.", "giờ", "more_than"),
    ("Tổ công tác thu giữ nửa tấn pháo.", "tấn", None),
])
def test_half_of_a_unit_is_a_quantity(text, unit, qualifier):
    (fig,) = extract_figures(text)
    assert (fig.value, fig.unit, fig.qualifier) == (0.5, unit, qualifier)


@pytest.mark.parametrize("text", ["Trời đã nửa đêm.", "Trong nửa đầu tháng, giá giảm."])
def test_half_before_other_words_is_no_quantity(text):
    assert [f for f in extract_figures(text) if f.value == 0.5] == []


def test_half_an_hour_against_another_amount_is_flagged():
    article = "Nhóm người bắt chủ quán đứng chờ 2 giờ ngoài cổng."
    assert verdict(article, "Chủ quán phải đứng chờ nửa giờ.", "nửa giờ").verdict.flagged


@pytest.mark.parametrize("text, unit", [
    ("Sau một tuần, vết thương đã lành.", "tuần"),
    ("Vụ va chạm khiến một người bị thương.", "người"),
])
def test_one_counts_after_a_word_of_duration_or_result(text, unit):
    (fig,) = extract_figures(text)
    assert (fig.text.lower(), fig.value, fig.unit) == ("một", 1.0, unit)


@pytest.mark.parametrize("text", ["Một người đàn ông đi ngang qua.", "Họ nghỉ ngơi sau một ngày dài."])
def test_one_as_an_article_or_in_a_set_phrase_is_no_figure(text):
    assert extract_figures(text) == []


def test_one_month_in_the_summary_against_the_articles_three():
    article = "Sau 3 tháng điều trị, bệnh nhân đã đi lại được."
    assert verdict(article, "Sau một tháng điều trị, bệnh nhân đi lại được.", "một").verdict.flagged
    article = "Bệnh nhân đi lại được chỉ một tháng sau mổ."
    assert verdict(article, "Sau một tháng, bệnh nhân đi lại được.", "một").verdict is Verdict.SUPPORTED


# --- a day the restated sentence gives otherwise --------------------------------------------

ASSAULT = ("Chiều 11/10, trên đường Hoa Sữa, quận Cầu Mới, một người chồng đã đánh vợ dã man giữa phố. "
           "Đến ngày 12/10, công an quận đã mời người chồng lên làm việc.")


def test_a_day_of_another_statement_in_the_sentence_restated():
    summary = "Chiều 12/10, trên đường Hoa Sữa, quận Cầu Mới, một người chồng đã đánh vợ dã man giữa phố."
    checked = verdict(ASSAULT, summary, "12/10")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "11/10" in checked.explanation


def test_the_day_of_the_sentence_restated_is_supported():
    summary = "Chiều 11/10, trên đường Hoa Sữa, quận Cầu Mới, một người chồng đã đánh vợ dã man giữa phố."
    assert verdict(ASSAULT, summary, "11/10").verdict is Verdict.SUPPORTED


def test_a_summary_sentence_that_merges_two_statements_keeps_its_day():
    summary = "Người chồng đánh vợ trên đường Hoa Sữa được công an quận mời lên làm việc ngày 12/10."
    assert verdict(ASSAULT, summary, "12/10").verdict is Verdict.SUPPORTED


def test_hours_before_a_part_of_the_day_are_a_time_of_day():
    (fig,) = extract_figures("Bà dậy từ 2 giờ sáng.")
    assert (fig.kind, fig.value) == (Kind.TIME, "02:00")
    assert verdict("2h mỗi ngày, bà dậy ra ruộng.", "Bà dậy từ 2 giờ sáng.", "2").verdict is Verdict.SUPPORTED
    (span,) = extract_figures("Anh làm việc 8 giờ mỗi ngày.")
    assert (span.kind, span.unit) == (Kind.COUNT, "giờ")


# --- names with numbers, checked as names -----------------------------------------------------

FIGHTERS = "Không quân nước này nhận thêm 4 tiêm kích Su-30 và 2 máy bay vận tải C-295."


def test_a_model_name_the_article_gives_with_another_number_is_a_mismatch():
    report = check_summary(FIGHTERS, "Không quân nhận thêm 4 tiêm kích Su-27.")
    (checked,) = [c for c in report.figures if c.figure.text == "Su-27"]
    assert checked.verdict is Verdict.MISMATCH
    assert "Su-30" in checked.explanation


@pytest.mark.parametrize("summary", [
    "Không quân nhận thêm 4 tiêm kích Su-30.",       # the same name
    "Đội tuyển U23 thắng 2-0.",                      # a family the article never names
    "Dịch Covid-19 và cúm H5N1 được kiểm soát.",     # no model names
])
def test_names_with_numbers_that_get_no_flag(summary):
    report = check_summary(FIGHTERS + " Đội tuyển U23 thắng 2-0.", summary)
    assert not any(c.verdict.flagged for c in report.figures if c.figure.kind is Kind.IDENTIFIER)


def test_a_family_name_of_the_articles_variants_is_no_mismatch():
    report = check_summary("Nước này mua 12 chiếc F-35A và 6 chiếc F-35B.", "Nước này mua 18 chiếc F-35.")
    assert not any(c.figure.text == "F-35" for c in report.figures)


# --- a year given only as the base of a comparison ---------------------------------------------

SALES = "Sáu tháng đầu năm, công ty bán 900 xe, tăng 20% so với nửa đầu năm 2023."


def test_the_base_years_given_to_the_current_period_is_a_context_mismatch():
    checked = verdict(SALES, "Trong nửa đầu năm 2023, công ty bán 900 xe.", "năm 2023")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "base of a comparison" in checked.explanation


def test_the_base_year_as_a_base_is_supported():
    checked = verdict(SALES, "Công ty bán 900 xe, tăng 20% so với nửa đầu năm 2023.", "năm 2023")
    assert checked.verdict is Verdict.SUPPORTED


def test_a_year_the_article_also_gives_on_its_own_is_supported():
    article = SALES + " Năm 2023 công ty mở thêm hai đại lý."
    assert verdict(article, "Năm 2023 công ty bán 900 xe.", "Năm 2023").verdict is Verdict.SUPPORTED


def test_a_range_may_drop_the_articles_qualifier_whatever_its_size():
    # found again after the article's figures came to be looked up by value (merge of main)
    article = "Mỗi suất học bổng trị giá khoảng 14.000 đến 15.000 USD một năm."
    assert verdict(article, "Học bổng trị giá 14.000-15.000 USD.", "14.000-15.000").verdict is Verdict.SUPPORTED
