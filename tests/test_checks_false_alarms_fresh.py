"""Families of misreading behind the false alarms of sample 5 of the flag review (fresh Gemini
flags on records nobody had read, benchmarks/labels/gemini-flag-review.jsonl): each test states
the grammar on sentences of our own, and the wrong reading it must not allow."""
import pytest

from tomtat.checks import Kind, Verdict, extract_figures

from check_fixtures import verdict


def figures(text):
    return [(f.text, f.kind, f.value) for f in extract_figures(text)]


# --- A year after a name, with a unit noun after it ---------------------------------------

@pytest.mark.parametrize("text, year", [
    ("Giải Núi Rừng Open 2026 khu vực phía Bắc khởi tranh.", 2026),
    ("Lễ trao giải Sao Mai 2025 tổ chức tại Huế.", 2025),
])
def test_a_year_after_a_name_is_a_year_even_before_a_unit_noun(text, year):
    assert (str(year), Kind.YEAR, year) in figures(text)


def test_a_count_after_a_verb_stays_a_count():
    assert figures("Xã có 2026 hộ dân.")[0][1] is Kind.COUNT
    assert figures("Trong 2000 người dự thi, nhiều em đạt giải.")[0][1] is Kind.COUNT


def test_the_year_of_a_named_event_is_borne_out_by_the_article():
    article = "Đội tuyển thắng 3-0 ở Cúp Sông Hồng 2026 - khu vực miền Bắc hôm qua."
    assert verdict(article, "Đội thắng 3-0 tại Cúp Sông Hồng 2026 khu vực miền Bắc.", "2026").verdict \
        is Verdict.SUPPORTED
    assert verdict(article, "Đội thắng 3-0 tại Cúp Sông Hồng 2027 khu vực miền Bắc.", "2027").verdict.flagged


# --- Ranks and ordinals written another way -----------------------------------------------

@pytest.mark.parametrize("article, summary, figure", [
    ("Đội tuyển đứng hạng 9 trong 60 đội dự giải.", "Đội tuyển xếp thứ 9 trên 60 đội.", "xếp thứ 9"),
    ("Hộ chiếu của nước này đứng thứ 34 toàn cầu.", "Hộ chiếu nước này lên vị trí 34 toàn cầu.", "34"),
])
def test_a_rank_is_the_same_after_any_rank_phrase(article, summary, figure):
    assert verdict(article, summary, figure).verdict is Verdict.SUPPORTED
    wrong = summary.replace(figure.split()[-1], "12")
    assert verdict(article, wrong, figure.replace(figure.split()[-1], "12")).verdict.flagged


@pytest.mark.parametrize("article, summary, figure", [
    ("Đội bóng đã thua 14 trận trong mùa giải này.", "Đây là trận thua thứ 14 của đội bóng trong mùa.", "14"),
    ("Tay vợt hướng tới cán mốc 40 chức vô địch.", "Tay vợt hướng tới chức vô địch thứ 40 trong sự nghiệp.", "40"),
    ("Cô vào chung kết trong 12 lần giải gần đây nhất.", "Cô vào chung kết lần thứ 12 liên tiếp.", "lần thứ 12"),
])
def test_the_nth_of_a_noun_is_borne_out_by_a_count_of_n_of_it(article, summary, figure):
    assert verdict(article, summary, figure).verdict is Verdict.SUPPORTED
    wrong = figure.replace(figure.split()[-1], "17")
    assert verdict(article, summary.replace(figure, wrong), wrong).verdict.flagged



# --- Words that only look like numbers, and numbers that only look like names -------------

@pytest.mark.parametrize("text", ["Vào mùa lúa chín, du khách kéo về bản.", "Cậu bé suy nghĩ chín chắn hơn.",
                                  "Công ty phục vụ những khách hàng tỷ phú ở châu Âu."])
def test_a_number_word_inside_an_ordinary_word_is_no_figure(text):
    assert figures(text) == []


def test_nine_before_a_noun_still_counts():
    assert figures("Có chín người bị thương.") == [("chín", Kind.COUNT, 9)]
    assert [v for _, _, v in figures("Đội giành chín danh hiệu lớn.")] == [9]


def test_a_number_after_a_word_ending_in_a_naming_syllable_counts():
    article = "Khu căn hộ có bộ sưu tập 24 tiện ích khép kín."
    assert verdict(article, "Dự án có 24 tiện ích khép kín.", "24").verdict is Verdict.SUPPORTED
    assert verdict(article, "Dự án có 42 tiện ích khép kín.", "42").verdict.flagged


def test_a_document_cited_without_its_year_is_the_same_document():
    article = "Bộ ban hành Thông tư 15 sửa đổi Thông tư 31/2019 về thi cử."
    assert verdict(article, "Thông tư 15 sửa đổi Thông tư 31 về thi cử.", "31").verdict is Verdict.SUPPORTED
    assert verdict(article, "Thông tư 15 sửa đổi Thông tư 13 về thi cử.", "13").verdict.flagged


def test_a_number_before_the_same_words_names_the_same_thing():
    article = "Hội chợ chọn top 20 Sản phẩm xuất sắc và top 20 Doanh nhân trẻ năm nay."
    assert verdict(article, "Hợp tác xã lọt vào 20 Sản phẩm xuất sắc.", "20").verdict is Verdict.SUPPORTED
    assert verdict(article, "Hợp tác xã lọt vào 30 Sản phẩm xuất sắc.", "30").verdict.flagged


# --- The same quantity under another noun, scale or name ----------------------------------

def test_two_numbers_joined_share_the_scale_and_unit_of_the_last():
    assert figures("Hai bản có giá 459 và 515 triệu đồng.")[1:] == [
        ("459", Kind.MONEY, 459_000_000), ("515 triệu", Kind.MONEY, 515_000_000)]
    article = "Hai phiên bản có giá lần lượt 459 triệu và 515 triệu đồng."
    assert verdict(article, "Giá lần lượt là 459 và 515 triệu đồng.", "459").verdict is Verdict.SUPPORTED
    assert verdict(article, "Giá lần lượt là 495 và 515 triệu đồng.", "495").verdict.flagged


def test_a_measure_after_an_acronym_is_a_quantity():
    assert figures("Xe dùng pin LFP 62,5 kWh.") == [("62,5", Kind.COUNT, 62.5)]
    assert figures("Kênh VTV 3 phát sóng trực tiếp.")[0][1] is Kind.IDENTIFIER
    article = "Xe dùng pin LFP 62,5 kWh, chạy được 350 km."
    assert verdict(article, "Pin 62.5 kWh cho quãng đường 350 km.", "62.5").verdict is Verdict.SUPPORTED
    assert verdict(article, "Pin 65.2 kWh cho quãng đường 350 km.", "65.2").verdict.flagged


@pytest.mark.parametrize("article, summary, figure, wrong", [
    ("Đêm qua, đối phương phóng 64 máy bay không người lái (UAV) và 3 UAV cỡ lớn.",
     "Đêm qua, đối phương phóng 64 UAV.", "64", "46"),
])
def test_the_same_things_under_another_noun(article, summary, figure, wrong):
    assert verdict(article, summary, figure).verdict is Verdict.SUPPORTED
    assert verdict(article, summary.replace(figure, wrong, 1), wrong).verdict.flagged


# --- Dates written as a list --------------------------------------------------------------

def test_months_of_one_year_written_as_a_range_are_each_a_date():
    assert figures("Từ tháng 2-5/2024, nhóm này hoạt động.") == [
        ("tháng 2", Kind.DATE, "2024-02"), ("5/2024", Kind.DATE, "2024-05")]
    article = "Từ tháng 2-5/2024, nhóm này lừa đảo nhiều người."
    summary = "Từ tháng 2 đến tháng 5 năm 2024, nhóm này lừa đảo nhiều người."
    assert verdict(article, summary, "tháng 2").verdict is Verdict.SUPPORTED
    assert verdict(article, summary, "tháng 5 năm 2024").verdict is Verdict.SUPPORTED
    wrong = "Từ tháng 2 đến tháng 8 năm 2024, nhóm này lừa đảo nhiều người."
    assert verdict(article, wrong, "tháng 8 năm 2024").verdict.flagged


def test_a_day_before_a_part_of_the_next_day_takes_its_month():
    article = "Trận mưa lớn đêm 14, rạng sáng 15/9 làm sập hai cây cầu."
    assert verdict(article, "Trận mưa đêm 14/9 làm sập hai cây cầu.", "14/9").verdict is Verdict.SUPPORTED
    assert verdict(article, "Trận mưa đêm 13/9 làm sập hai cây cầu.", "13/9").verdict.flagged


# --- A count of the items the summary itself lists ----------------------------------------

ARTICLE_OF_NAMES = "Ông Bình và chị Mai kể chuyện tự học. Họ hai lần mở xưởng mộc."


@pytest.mark.parametrize("summary, figure", [
    ("Bài viết kể về ông Bình và chị Mai, hai người thợ tự học thành công.", "hai"),
    ("Ngọn lửa làm ba người (ông Bình, vợ và con gái) bị bỏng.", "ba"),
])
def test_a_count_of_the_names_the_summary_lists_beside_it_is_its_own(summary, figure):
    assert verdict(ARTICLE_OF_NAMES, summary, figure).verdict is Verdict.DERIVED


@pytest.mark.parametrize("summary, figure", [
    ("Bài viết kể về Lê Bình và Trần Mai, bốn người thợ tự học thành công.", "bốn"),
    ("Ngọn lửa làm bốn người (ông Bình, vợ và con gái) bị bỏng.", "bốn"),
    ("Xưởng mộc làm việc đều đặn, ba người thợ luôn có mặt.", "ba"),
])
def test_a_count_that_is_not_the_length_of_the_list_is_still_checked(summary, figure):
    assert verdict(ARTICLE_OF_NAMES, summary, figure).verdict.flagged


def test_names_before_a_count_must_be_the_articles():
    summary = "Bài viết kể về Bình và Hùng, hai người thợ tự học thành công."
    assert verdict(ARTICLE_OF_NAMES, summary, "hai").verdict.flagged


# --- An order of magnitude for a range or a round amount ----------------------------------

def test_an_order_of_magnitude_is_borne_out_by_a_range_that_opens_in_it():
    article = "Hồ có khoảng 300-1.000 loài cá nhỏ sinh sống."
    assert verdict(article, "Hồ có hàng trăm loài cá nhỏ.", "hàng trăm").verdict is Verdict.SUPPORTED
    assert verdict(article, "Hồ có hàng chục loài cá nhỏ.", "hàng chục").verdict.flagged


def test_a_few_tens_of_millions_is_an_order_of_magnitude():
    article = "Mẫu xe này đang giảm khoảng 35 triệu đồng tại đại lý."
    assert verdict(article, "Mẫu xe giảm giá vài chục triệu đồng.", "vài chục triệu").verdict is Verdict.SUPPORTED
    assert verdict(article, "Mẫu xe giảm giá vài trăm triệu đồng.", "vài trăm triệu").verdict.flagged


# --- A share written "a trong b"; a year glued to a short name ----------------------------

def test_a_over_b_is_the_articles_a_trong_b():
    article = "Đội tuyển giành 7 trong 10 điểm tối đa ở lượt đầu."
    assert verdict(article, "Đội tuyển giành 7/10 điểm tối đa.", "7/10").verdict is Verdict.SUPPORTED
    assert verdict(article, "Đội tuyển giành 8/10 điểm tối đa.", "8/10").verdict.flagged


def test_a_year_glued_to_a_three_letter_name_is_read():
    assert figures("Giải Sea Cup2027 khởi tranh.") == [("2027", Kind.YEAR, 2027)]


def test_a_day_list_is_at_most_a_month_long():
    """The bound that keeps the date-list reader linear on "1, 2, 2, 2, ..." (see extract.py)."""
    assert [v for _, k, v in figures("Lễ hội diễn ra ngày 3, 4 và 5/6.") if k is Kind.DATE] == [
        "--06-03", "--06-04", "--06-05"]
    run = ", ".join(["2"] * 40) + ", 3/6"
    assert sum(k is Kind.DATE for _, k, _ in figures(run)) <= 31
