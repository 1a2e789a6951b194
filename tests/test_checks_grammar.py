"""The grammar behind the false alarms seen on real summaries: hyphenated dates, lists of
days, scores, numbers in words, sums of listed parts, counts of listed names, years and days
worked out from the article's own dates. Fixture sentences are our own."""
import pytest

from tomtat.checks import Kind, Verdict, check_summary, extract_figures

from check_fixtures import verdict


def figures(text):
    return [(f.text, f.kind, f.value) for f in extract_figures(text)]


# --- Dates with hyphens, lists of days -----------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Lễ khánh thành diễn ra sáng ngày 3-9 tại xã.", "--09-03"),
    ("Chiều 15-8, đoàn công tác đến thăm.", "--08-15"),
    ("Hôm nay 2-9 trời nắng.", "--09-02"),
])
def test_a_day_and_month_with_a_hyphen_after_a_word_of_time_is_a_date(text, value):
    dates = [f for f in extract_figures(text) if f.kind is Kind.DATE]
    assert [d.value for d in dates] == [value]


def test_a_hyphen_without_a_word_of_time_stays_a_range():
    assert figures("Mức tăng dự kiến 3-9 điểm.")[0][1] is Kind.RANGE


def test_hyphen_date_in_the_article_supports_a_slash_date_in_the_summary():
    article = "Sáng ngày 3-9, hội chợ nông sản khai mạc tại huyện Đông Hòa."
    assert verdict(article, "Hội chợ khai mạc ngày 3/9.", "3/9").verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("text, values", [
    ("Giải chạy diễn ra trong hai ngày 19-20/12.", ["--12-19", "--12-20"]),
    ("Lễ hội diễn ra ngày 21 và 22 tháng 5 năm 2024.", ["2024-05-21", "2024-05-22"]),
    ("Kỳ thi diễn ra từ 7-10/6.", ["--06-07", "--06-10"]),
])
def test_a_list_of_days_of_one_month_is_one_date_per_day(text, values):
    assert [f.value for f in extract_figures(text) if f.kind is Kind.DATE] == values


def test_each_day_of_a_listed_range_is_checked():
    article = "Hội thao diễn ra ngày 19 và 20/12 tại sân vận động tỉnh."
    report = check_summary(article, "Hội thao diễn ra 19-20/12.")
    assert [c.verdict for c in report.figures] == [Verdict.SUPPORTED, Verdict.SUPPORTED]


# --- Scores ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Đội khách thắng 3-0.", "Trận đấu kết thúc với tỷ số 2-1.",
                                  "Họ thắng giao hữu Bình Dương 5-0 rồi về nước."])
def test_a_result_is_a_score_not_two_counts(text):
    assert [f[1] for f in figures(text)] == [Kind.SCORE]


def test_a_score_is_borne_out_from_either_side():
    article = "Đội tuyển thắng đối thủ 3-0 trên sân nhà."
    assert verdict(article, "Đối thủ thua 0-3.", "0-3").verdict is Verdict.SUPPORTED
    assert verdict(article, "Đội tuyển thắng 2-0.", "2-0").verdict is Verdict.UNSUPPORTED


def test_an_age_range_is_no_score():
    assert figures("Thí sinh từ 17-25 tuổi.")[0][1] is Kind.RANGE


# --- Numbers named by a word that is also a verb or a span ------------------------------

def test_trong_vong_is_a_span_of_time_not_a_round():
    article = "Người mua phải dọn vào ở trong vòng 4 tháng."
    assert verdict(article, "Người mua phải dọn vào trong 4 tháng.", "4").verdict is Verdict.SUPPORTED


def test_dieu_before_a_count_of_vehicles_is_the_verb():
    assert figures("Công an điều 8 xe chữa cháy.")[0][1] is Kind.COUNT
    assert figures("Theo Điều 8 của luật.")[0][1] is Kind.IDENTIFIER


def test_an_article_of_a_law_stays_one_after_the_verb_spelt_earlier():
    # the cue is read as written before the number: "điều tra" earlier in the text does not
    # make the "Điều 123" of a law a verb with "123 bộ" after it
    text = "Vụ án được điều tra lại.\nTội phạm được quy định tại khoản 1 Điều 123 bộ luật Hình sự."
    assert [(f.text, f.kind) for f in extract_figures(text) if f.text == "123"] == [("123", Kind.IDENTIFIER)]
    assert figures("Vụ án được điều tra lại. Công an điều 8 xe chữa cháy.")[0][1] is Kind.COUNT


# --- Numbers in words -------------------------------------------------------------------

def test_numbers_in_words_in_the_article_support_digits():
    article = "Bà cụ vừa tròn trăm tuổi. Chương trình đã sang mùa thứ tư."
    assert verdict(article, "Cụ bà 100 tuổi.", "100").verdict is Verdict.SUPPORTED
    assert verdict(article, "Chương trình đang ở mùa 4.", "4").verdict is Verdict.SUPPORTED
    assert verdict(article, "Chương trình đang ở mùa 5.", "5").verdict is Verdict.UNSUPPORTED


# --- The same figure written the same way ----------------------------------------------

def test_the_same_digits_agree_whatever_each_text_makes_of_the_comma():
    article = "Vòng chạy dài 6,706 km, tỷ lệ hoàn thành 0,5 lần."
    assert verdict(article, "Mỗi vòng dài 6,706 km.", "6,706 km").verdict is Verdict.SUPPORTED


def test_a_range_may_drop_its_qualifier():
    article = "Dòng vốn có thể tăng thêm khoảng 5-6 tỷ USD."
    assert verdict(article, "Dòng vốn tăng thêm 5-6 tỷ USD.", "5-6 tỷ USD").verdict is Verdict.SUPPORTED


def test_a_tree_before_a_bridge_is_a_classifier():
    article = "Thành phố sẽ xây tổng cộng 18 cây cầu qua sông."
    assert verdict(article, "Thành phố sẽ xây 18 cầu.", "18").verdict is Verdict.SUPPORTED


# --- Sums of listed parts, counts of listed names ---------------------------------------

def test_the_sum_of_listed_parts_is_derived():
    article = "Tỉnh đã hỗ trợ 1.250 tấn gạo và 730 tấn ngô cho các xã vùng lũ."
    checked = verdict(article, "Tỉnh hỗ trợ gần 2.000 tấn lương thực.", "2.000 tấn")
    assert checked.verdict is Verdict.DERIVED
    assert "1.250 + 730 = 1.980" in checked.explanation


def test_parts_of_different_units_are_no_list():
    article = "Tỉnh đã hỗ trợ 1.250 tấn gạo và 730 hộ dân."
    assert verdict(article, "Tỉnh hỗ trợ gần 2.000 tấn gạo.", "2.000 tấn").verdict.flagged


def test_a_count_of_the_people_the_article_names():
    article = "Các nạn nhân gồm anh Lò Văn Sinh, chị Lường Thị Mai và ông Cầm Bá Tuấn, đều ở bản Nà."
    checked = verdict(article, "Vụ sạt lở có 3 nạn nhân ở bản Nà.", "3 nạn nhân")
    assert checked.verdict is Verdict.DERIVED and "Cầm Bá Tuấn" in checked.explanation


def test_a_count_of_the_names_the_summary_lists_itself():
    article = "Đinh Thu Hà tự học lập trình. Vũ Quang Long bỏ đại học để khởi nghiệp."
    checked = verdict(article, "Đinh Thu Hà và Vũ Quang Long, hai người trẻ tự học.", "hai người")
    assert checked.verdict is Verdict.DERIVED
    # a name the article never gives is no evidence
    assert verdict(article, "Đinh Thu Hà và Phạm Minh Khoa, hai người trẻ.", "hai người").verdict.flagged


# --- Years and days from the article's own dates ---------------------------------------

def test_years_since_a_founding_year_in_the_articles_year():
    article = "Trường được thành lập năm 1975. Năm 2024, trường tổ chức lễ kỷ niệm."
    checked = verdict(article, "Trường có lịch sử gần 50 năm.", "50 năm")
    assert checked.verdict is Verdict.DERIVED and "2024 − 1975 = 49" in checked.explanation
    assert verdict(article, "Trường có lịch sử 60 năm.", "60 năm").verdict.flagged


def test_the_day_of_writing_from_yesterdays_date():
    article = "Hôm qua (14/7), mưa lớn gây ngập nhiều tuyến phố."
    assert verdict(article, "Hôm nay 15/7, nước vẫn chưa rút.", "15/7").verdict is Verdict.DERIVED
    assert verdict(article, "Ngày 16/7, nước vẫn chưa rút.", "16/7").verdict.flagged


def test_rounding_with_a_qualifier():
    article = "Năm 2024, thành phố đón 12,38 triệu lượt khách quốc tế."
    checked = verdict(article, "Thành phố đón khoảng 12,4 triệu lượt khách.", "12,4 triệu")
    assert checked.verdict is Verdict.SUPPORTED


# --- What the next round of reading showed ----------------------------------------------

def test_both_of_those_already_named_gets_no_verdict_in_a_summary():
    article = "Một ô tô con va chạm với xe máy tại ngã tư. Cả hai người trên xe máy bị thương."
    report = check_summary(article, "Ô tô va chạm xe máy khiến cả hai xe hư hỏng, quan hệ giữa hai nước.")
    assert report.figures == ()
    # "cả 40 người" counts; and in the article "cả hai người" still bears out "2 người"
    assert [c.figure.value for c in check_summary(article, "Cả 40 người đều an toàn.").figures] == [40.0]
    assert verdict(article, "Hai người trên xe máy bị thương.", "Hai người").verdict is Verdict.SUPPORTED


def test_a_range_of_days_written_with_den():
    assert [f[2] for f in figures("Trong tuần từ 25 đến 31/5, thành phố đón khách.")] == ["--05-25", "--05-31"]


def test_the_same_edition_of_an_event_by_another_head_word():
    article = "Giải chạy ven biển mùa thứ sáu vừa diễn ra, đón hàng nghìn người."
    assert verdict(article, "Giải chạy lần thứ 6 đã diễn ra.", "lần thứ 6").verdict is Verdict.SUPPORTED
    assert verdict(article, "Giải chạy lần thứ 7 đã diễn ra.", "lần thứ 7").verdict.flagged


# --- Statements, not numbers -------------------------------------------------------------

_CASES = ("Trong ngày 12/3, thành phố ghi nhận 45 ca mắc mới sốt xuất huyết tại các quận nội thành. "
          "Tính chung cả tuần, toàn thành phố có 210 ca mắc.")


def test_a_value_of_another_statement_in_the_slot_of_the_restated_sentence():
    checked = verdict(_CASES, "Trong ngày 12/3, thành phố ghi nhận 210 ca mắc mới sốt xuất huyết tại các "
                              "quận nội thành.", "210")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    # both statements are quoted
    assert "45 ca mắc mới" in checked.explanation and "cả tuần" in checked.explanation


def test_a_summary_sentence_that_draws_on_both_statements_is_supported():
    summary = "Ngày 12/3 thành phố ghi nhận 45 ca mắc mới sốt xuất huyết, cả tuần có 210 ca."
    assert verdict(_CASES, summary, "210").verdict is Verdict.SUPPORTED


def test_another_holder_in_the_restated_sentence_is_no_slot():
    article = ("Trong tháng 5, hãng Kiara bàn giao hơn 2.700 xe cho khách hàng trên toàn quốc. Trong đó, "
               "mẫu KX-5 dẫn đầu doanh số với hơn 1.446 xe bán ra, giữ vị trí bán chạy nhất phân khúc.")
    summary = "Kiara bán hơn 2.700 xe, với KX-5 dẫn đầu doanh số, giữ vị trí bán chạy nhất phân khúc."
    assert verdict(article, summary, "2.700").verdict is Verdict.SUPPORTED


def test_the_same_count_in_other_words_in_the_restated_sentence():
    article = "Quyết định bổ sung kinh phí cho 23 đơn vị để chi trả chế độ cho cán bộ."
    checked = verdict(article, "Quyết định bổ sung kinh phí cho 23 bộ để chi trả chế độ cho cán bộ.", "23 bộ")
    assert checked.verdict is Verdict.SUPPORTED
    # a person is never a thing, whatever the sentence
    article = "Sau hai lần từ chối lời mời, anh về nước lập công ty."
    assert verdict(article, "Sau hai người từ chối lời mời, anh về nước lập công ty.", "hai người").verdict.flagged
