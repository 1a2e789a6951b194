"""The families of misreading behind the false alarms of a judged sample of flags on Gemini
summaries no hand label covers (benchmarks/labels/gemini-flag-review.jsonl): each test states
the grammar in general terms, on sentences of our own, and the wrong reading it must not
allow."""
import pytest

from tomtat.checks import Kind, Verdict, check_summary, extract_figures

from check_fixtures import verdict


def figures(text):
    return [(f.text, f.kind, f.value) for f in extract_figures(text)]


# --- A time of day before a comma ---------------------------------------------------------

def test_a_time_of_day_before_a_comma_is_read():
    assert figures("Khoảng 3h40, xe tải lật trên đèo.") == [("3h40", Kind.TIME, "03:40")]
    article = "Khoảng 3h40, xe tải chở gạch lật trên đèo."
    assert verdict(article, "Khoảng 3h40 sáng, xe tải lật trên đèo.", "3h40").verdict is Verdict.SUPPORTED
    assert verdict(article, "Khoảng 4h40 sáng, xe tải lật trên đèo.", "4h40").verdict.flagged


# --- Numbers glued to a word by a lost space ----------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Ủy ban đã bổ nhiệm12 phó giám đốc sở.", 12),          # glued to the word before
    ("Huyện có hơn31.500thửa đất chưa cấp sổ.", 31500),       # on both sides
    ("Giải chạy Núi Rừng2026 mở đăng ký.", 2026),             # a year after a name
    ("Tay vợt hạt giống số 17Marcelo bị loại.", 17),          # a capitalised name after
])
def test_a_number_glued_to_a_word_is_read_as_if_the_space_were_there(text, value):
    assert [v for _, _, v in figures(text)] == [value]


@pytest.mark.parametrize("text", ["Virus H5N1 và đội U23 và máy iPhone15 và khí CO2, mạng 5G."])
def test_codes_glued_to_ascii_letters_stay_codes(text):
    assert figures(text) == []


def test_a_glued_number_in_the_article_supports_the_summary():
    article = "Qua rà soát, xã có hơn31.500thửa đất giao sai thẩm quyền."
    assert verdict(article, "Xã có hơn 31.500 thửa đất giao sai.", "31.500").verdict is Verdict.SUPPORTED
    assert verdict(article, "Xã có hơn 35.100 thửa đất giao sai.", "35.100").verdict.flagged


# --- A model answering the request, not summarising --------------------------------------

@pytest.mark.parametrize("summary", [
    "Vui lòng cung cấp văn bản đầy đủ để tôi có thể tóm tắt cho bạn trong 3-4 câu.",
    "Văn bản bạn cung cấp chỉ lặp lại tên tác giả hai lần.",
    "Tôi không thể tạo ra một bản tóm tắt 3 câu từ thông tin này.",
])
def test_a_sentence_about_the_request_gets_no_verdict(summary):
    article = "Ảnh: Minh Khoa\nTheo báo Nông Thôn"
    assert check_summary(article, summary).figures == ()


def test_a_summary_about_the_text_still_checks_its_news_figures():
    article = "Mỹ áp thuế 35% với hàng hóa nhập khẩu."
    report = check_summary(article, "Văn bản cho biết Mỹ áp thuế 40% với hàng nhập khẩu.")
    assert [c.verdict.flagged for c in report.figures] == [True]


# --- A count of the items the summary lists itself, a count that points back --------------

def test_a_count_of_the_items_listed_right_after_it_is_the_summarys_own():
    article = "Liên hệ: 0243 888 1234 hoặc hopthu@baoxyz.vn. Bài thơ dài ba khổ."
    summary = "Có hai cách liên hệ được đưa ra: số điện thoại 0243 888 1234 và hộp thư hopthu@baoxyz.vn."
    assert verdict(article, summary, "hai").verdict is Verdict.DERIVED
    # a list of another length makes no such count
    wrong = "Có bốn cách liên hệ được đưa ra: số điện thoại 0243 888 1234 và hộp thư hopthu@baoxyz.vn."
    assert verdict(article, wrong, "bốn").verdict.flagged


def test_names_listed_after_a_colon_are_counted_with_their_joiners():
    article = "Trọng tài rút thẻ đỏ với hai cầu thủ đội khách. Cầu thủ Lâm của đội nhà cũng bị đuổi."
    summary = "Có ba cầu thủ bị đuổi khỏi sân: Tùng và Sơn của đội khách, cùng Lâm của đội nhà."
    assert verdict(article, summary, "ba").verdict is Verdict.DERIVED


@pytest.mark.parametrize("summary, figure", [
    ("Người nghe có thể dùng một trong hai cách này.", "hai"),
    ("Hai bên sẽ cùng mở rộng mạng lưới nhà thuốc.", "Hai"),
])
def test_a_small_count_that_points_back_is_no_figure(summary, figure):
    article = "Công ty An Khang và Công ty Bảo Minh ký thỏa thuận hợp tác."
    assert all(c.figure.text != figure for c in check_summary(article, summary).figures)


# --- The same value written another way beside the same word -----------------------------

@pytest.mark.parametrize("article, summary, figure", [
    ("Lửa bùng lên từ tầng ba của bãi đỗ xe.", "Đám cháy bắt đầu ở tầng 3 của bãi xe.", "3"),
    ("Đội nhà thắng ở vòng một của giải.", "Đội nhà thắng ở vòng 1 của giải.", "1"),
    ("Điểm xét tuyển tính môn chuyên nhân hệ số hai.", "Môn chuyên tính hệ số 2.", "2"),
    ("Cô giành năm danh hiệu lớn trong sự nghiệp.", "Cô có 5 danh hiệu lớn.", "5"),
    ("Liên hoan phim lần 41 bế mạc tối qua.", "Liên hoan phim lần thứ 41 bế mạc.", "lần thứ 41"),
    ("Ở tuần thai 28, bác sĩ phát hiện dị tật.", "Dị tật được phát hiện ở tuần thai thứ 28.", "28"),
    ("Cô từng lên vị trí số 6 thế giới.", "Cô từng đạt vị trí thứ 6 thế giới.", "6"),
    ("Đây là lần thứ hai đội vào chung kết.", "Đội đã hai lần vào chung kết.", "hai"),
    ("Anh thắng sau ba giờ 12 phút thi đấu.", "Anh thắng sau 3 giờ 12 phút.", "3 giờ 12 phút"),
])
def test_the_same_value_written_another_way_beside_the_same_word(article, summary, figure):
    checked = verdict(article, summary, figure)
    assert checked.verdict is Verdict.SUPPORTED, checked


@pytest.mark.parametrize("article, summary, figure", [
    ("Lửa bùng lên từ tầng ba của bãi đỗ xe.", "Đám cháy bắt đầu ở tầng 4 của bãi xe.", "4"),
    ("Cô giành năm danh hiệu lớn trong sự nghiệp.", "Cô có 6 danh hiệu lớn.", "6"),
    ("Đám cháy kéo dài gần hai tiếng.", "Đám cháy kéo dài hơn 2 tiếng.", "2"),
])
def test_another_value_or_qualifier_beside_the_same_word_is_no_support(article, summary, figure):
    assert verdict(article, summary, figure).verdict.flagged


# --- Words: halves after a unit, nouns made of scale words, comparatives --------------------

@pytest.mark.parametrize("text, value", [
    ("Anh ký hợp đồng hai năm rưỡi.", 2.5),
    ("Trận đấu kéo dài 3 tiếng rưỡi.", 3.5),
])
def test_a_half_after_the_unit_adds_half_of_one(text, value):
    assert [v for _, _, v in figures(text)] == [value]


def test_a_billionaire_is_no_amount():
    assert figures("Đội bóng thuộc sở hữu của một tỷ phú người Mỹ.") == []
    assert figures("Ông chi một tỷ đồng.") == [("một tỷ", Kind.MONEY, 1_000_000_000)]


def test_hon_after_an_adjective_is_a_comparative_not_a_qualifier():
    (higher,) = extract_figures("Lượng khí thải cao hơn 25% so với mức chung.")
    (more,) = extract_figures("Lượng khí thải tăng hơn 25% so với mức chung.")
    (longer,) = extract_figures("Trận đấu kéo dài hơn 2 tiếng.")
    assert higher.qualifier is None and more.qualifier == "more_than" and longer.qualifier == "more_than"


def test_qualifiers_of_one_family_say_the_same_of_one_value():
    article = "Có 131 cầu thủ có lương ít nhất 1 triệu USD."
    assert verdict(article, "131 cầu thủ nhận lương trên 1 triệu USD.", "1 triệu USD").verdict is Verdict.SUPPORTED
    assert verdict(article, "131 cầu thủ nhận lương dưới 1 triệu USD.", "1 triệu USD").verdict.flagged


def test_hundreds_of_thousands_written_with_ngan():
    assert figures("Hàng trăm ngàn người mất điện.") == [("Hàng trăm ngàn", Kind.COUNT, (100_000, 1_000_000))]


# --- Dates and results written another way ------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Chương trình áp dụng từ ngày 1 tháng 9, theo thông báo.", "--09-01"),   # a comma after it
    ("Trẻ sinh từ 1/2026 được nhận quà.", "2026-01"),                          # a month of a year
    ("Mùa cao điểm (tháng 11) đông khách.", "--11"),                           # in brackets
])
def test_dates_written_another_way_are_dates(text, value):
    assert [v for _, k, v in figures(text) if k is Kind.DATE] == [value]


def test_a_year_before_1900_after_nam_is_a_year():
    assert figures("Thành phố được lập năm 1831 bên sông.") == [("năm 1831", Kind.YEAR, 1831)]


def test_a_slash_read_as_a_share_in_one_text_and_a_date_in_the_other():
    article = "Ông dự kiến nghỉ hưu vào khoảng ngày 1/11. Đội giải được 5 trong số 6 bài."
    assert verdict(article, "Ông nghỉ hưu vào khoảng 1/11.", "1/11").verdict is Verdict.SUPPORTED
    assert verdict(article, "Đội giải được 5/6 bài.", "5/6").verdict is Verdict.SUPPORTED
    assert verdict(article, "Đội giải được 4/6 bài.", "4/6").verdict.flagged


def test_a_result_after_the_name_of_the_other_side_and_a_shutout_in_words():
    article = "Hà Tĩnh thắng Sông Lam 1-0. Ở trận kia, chủ nhà thắng 3 bàn không gỡ."
    assert verdict(article, "Sông Lam thua Hà Tĩnh 0-1.", "0-1").verdict is Verdict.SUPPORTED
    assert verdict(article, "Chủ nhà thắng 3-0.", "3-0").verdict is Verdict.SUPPORTED
    assert verdict(article, "Chủ nhà thắng 3-1.", "3-1").verdict.flagged


# --- The others and the one named ---------------------------------------------------------

def test_others_leave_out_the_one_named():
    article = "Có 5 phạm nhân gồm Hùng, Tâm, Lộc, Phát và Tài trốn trại."
    assert verdict(article, "Hùng cùng 4 tù nhân khác trốn trại.", "4").verdict is Verdict.DERIVED
    assert verdict(article, "Hùng cùng 3 tù nhân khác trốn trại.", "3").verdict.flagged
    article = "Bà Lan bị khởi tố. Ba bị can khác là nhân viên công ty."
    assert verdict(article, "Vụ án có 4 bị can.", "4").verdict is Verdict.DERIVED


# --- Decades written short ----------------------------------------------------------------

def test_short_decades_after_thap_nien_are_the_years_they_open():
    assert figures("Mốt quần ống loe của thập niên 70, 80 và 90 trở lại.") == [
        ("70", Kind.YEAR, 1970), ("80", Kind.YEAR, 1980), ("90", Kind.YEAR, 1990)]
    article = "Ca sĩ diện áo lông kiểu thập niên 1970. Quần jeans ống rộng gợi thập kỷ 1990."
    summary = "Các ca sĩ chuộng phong cách thập niên 70 và 90."
    assert verdict(article, summary, "70").verdict is Verdict.SUPPORTED
    assert verdict(article, summary, "90").verdict is Verdict.SUPPORTED
    assert verdict(article, "Các ca sĩ chuộng phong cách thập niên 60.", "60").verdict.flagged


def test_nhung_nam_80_is_the_decade_thap_nien_80():
    article = "Chiếc xe máy được nhập về trong thập niên 80 cùng vài mẫu xe Liên Xô."
    assert verdict(article, "Chiếc xe máy quý hiếm những năm 80.", "80").verdict is Verdict.SUPPORTED
    assert verdict(article, "Chiếc xe máy quý hiếm những năm 90.", "90").verdict.flagged


@pytest.mark.parametrize("text", ["Nhạc thập niên 20 trở lại.", "Ngân sách thập kỷ tới tăng 70%.",
                                  "Những năm 30 tuổi, anh đổi nghề."])
def test_a_decade_that_may_be_of_either_century_or_a_share_is_no_year(text):
    assert all(k is not Kind.YEAR for _, k, _ in figures(text))


# --- A span of time between two clock times -----------------------------------------------

@pytest.mark.parametrize("article, summary, figure", [
    ("Khoảng 20h, kho hàng bốc cháy. Đến 22h, lính cứu hỏa dập tắt lửa.",
     "Lửa được dập tắt sau hai giờ.", "hai"),
    ("Xe buýt rời bến lúc 6h15, tới trường lúc 7h.", "Chuyến xe mất 45 phút.", "45"),
    # the later time's qualifier carries over: "đến gần 11h" is "gần ba tiếng"
    ("Cuộc họp bắt đầu lúc 8h. Đến gần 11h, hai bên mới ký biên bản.",
     "Cuộc họp kéo dài gần ba tiếng.", "ba"),
])
def test_a_span_between_two_clock_times_is_worked_out(article, summary, figure):
    assert verdict(article, summary, figure).verdict is Verdict.DERIVED


def test_a_span_the_clock_times_do_not_give_is_flagged():
    article = "Khoảng 20h, kho hàng bốc cháy. Đến 22h, lính cứu hỏa dập tắt lửa."
    assert verdict(article, "Lửa được dập tắt sau bốn giờ.", "bốn").verdict.flagged
    assert verdict(article, "Lửa được dập tắt sau gần hai giờ.", "hai").verdict.flagged


# --- Days after a date ------------------------------------------------------------------

def test_n_days_after_a_date_is_that_date_plus_n():
    article = ("Ngày 12/3/2024, đội cứu hộ tìm thấy chiếc thuyền thứ nhất. "
               "Hai ngày sau, họ kéo được chiếc thuyền thứ hai vào bờ.")
    summary = "Hai chiếc thuyền được tìm thấy ngày 12 và 14 tháng 3 năm 2024."
    assert verdict(article, summary, "14 tháng 3 năm 2024").verdict is Verdict.DERIVED
    assert verdict(article, "Chiếc thứ hai vào bờ ngày 15/3/2024.", "15/3/2024").verdict.flagged


def test_a_count_of_days_not_told_as_later_dates_nothing():
    article = "Ngày 12/3/2024, đội cứu hộ ra khơi. Chuyến đi kéo dài hai ngày."
    assert verdict(article, "Đội cứu hộ về bờ ngày 14/3/2024.", "14/3/2024").verdict.flagged
