"""A value given to another act of the same thing, and a year given to this year's part or
edition (issue 8, gemrec11): "phá hủy 30%" for the article's "30% ... bị tấn công"; "6 tháng
đầu năm 2024" for "6 tháng đầu năm" in an article written in 2025; "Giải Sao Mai 2024" for the
article's undated-by-year "Sao Mai, tối 20/6", written in 2025. Articles and summaries are our
own."""
from __future__ import annotations

from datetime import date

from tomtat.checks import Verdict, check_summary

WRITTEN = date(2025, 7, 16)


def checked(article: str, summary: str, text: str, written=None):
    for c in check_summary(article, summary, written=written).figures:
        if c.figure.text == text:
            return c
    raise AssertionError(f"{text!r} not read in {summary!r}")


# --- a value given to another act of the same thing -----------------------------------------

RAID = ("Quân đội nước A cho biết đêm qua đã dùng 60 tên lửa nhắm vào hai căn cứ. "
        "\"30% số xe tăng tại căn cứ phía bắc đã bị tấn công\", người phát ngôn nói. "
        "Lực lượng cứu hỏa dập tắt đám cháy sau ba giờ.")


def test_a_share_attacked_given_as_destroyed_is_a_context_mismatch():
    c = checked(RAID, "Quân đội nước A đã phá hủy 30% số xe tăng tại căn cứ phía bắc.", "30%")
    assert c.verdict is Verdict.CONTEXT_MISMATCH
    # both acts named, the article's statement quoted
    assert "phá hủy" in c.explanation and "tấn công" in c.explanation and "30% số xe tăng" in c.explanation


def test_the_same_act_or_no_act_passes():
    assert checked(RAID, "Quân đội nước A cho biết 30% số xe tăng tại căn cứ phía bắc bị tấn công.",
                   "30%").verdict is Verdict.SUPPORTED
    # the summary says no act of the group: nothing to set apart
    assert checked(RAID, "Căn cứ phía bắc mất 30% số xe tăng.", "30%").verdict is Verdict.SUPPORTED
    # the article says both acts of the value: the summary's is one of them
    both = "Quân đội nước A đã tấn công và phá hủy 30% số xe tăng tại căn cứ phía bắc."
    assert checked(both, "Quân đội nước A đã phá hủy 30% số xe tăng.", "30%").verdict is Verdict.SUPPORTED


SEIZED = ("Công an thành phố cho biết từ đầu năm đã thu giữ hơn 2.400 xe máy không giấy tờ. "
          "Trong số đó, 150 xe đã bị tiêu hủy tại bãi xe Phú Lâm.")


def test_goods_seized_given_as_destroyed_too_is_a_context_mismatch():
    c = checked(SEIZED, "Công an thành phố đã thu giữ và tiêu hủy hơn 2.400 xe máy không giấy tờ.", "2.400")
    assert c.verdict is Verdict.CONTEXT_MISMATCH
    assert "tiêu hủy" in c.explanation and "thu giữ" in c.explanation
    assert checked(SEIZED, "Công an đã thu giữ hơn 2.400 xe máy không giấy tờ.", "2.400").verdict \
        is Verdict.SUPPORTED
    assert checked(SEIZED, "150 xe máy đã bị tiêu hủy.", "150").verdict is Verdict.SUPPORTED


# --- this year's part of a year given a past year, by the day of writing ----------------------

DOMAINS = ("Theo thống kê công bố ngày 10/7, tỉnh Bình Minh có 9.300 doanh nghiệp mới trong 6 tháng "
           "đầu năm. Chương trình hỗ trợ doanh nghiệp được triển khai từ năm 2024.")


def test_this_years_half_given_last_year_is_flagged_only_with_the_day_of_writing():
    summary = "Trong 6 tháng đầu năm 2024, tỉnh Bình Minh có 9.300 doanh nghiệp mới."
    c = checked(DOMAINS, summary, "năm 2024", written=WRITTEN)
    assert c.verdict is Verdict.CONTEXT_MISMATCH
    assert "2025" in c.explanation and "6 tháng đầu năm" in c.explanation
    # undated, the half's year is unknown: nothing said
    assert checked(DOMAINS, summary, "năm 2024").verdict is not Verdict.CONTEXT_MISMATCH


def test_the_year_of_writing_or_a_part_told_of_another_year_passes():
    assert checked(DOMAINS, "Trong 6 tháng đầu năm 2025, tỉnh Bình Minh có 9.300 doanh nghiệp mới.",
                   "năm 2025", written=WRITTEN).verdict is not Verdict.CONTEXT_MISMATCH
    # the part's sentence names a year: it may be that year's half
    told = ("Năm 2024 là năm bản lề của tỉnh Bình Minh. Tỉnh có 9.300 doanh nghiệp mới trong 6 tháng đầu "
            "năm, theo báo cáo công bố năm 2024.")
    assert checked(told, "Trong 6 tháng đầu năm 2024, tỉnh Bình Minh có 9.300 doanh nghiệp mới.", "năm 2024",
                   written=WRITTEN).verdict is Verdict.SUPPORTED
    # the second half had not begun on 10 March 2025: the article's half may be last year's
    assert checked(DOMAINS, "Trong 6 tháng cuối năm 2024, tỉnh có 9.300 doanh nghiệp mới.", "năm 2024",
                   written=date(2025, 3, 10)).verdict is not Verdict.CONTEXT_MISMATCH


# --- this year's edition given last year's -------------------------------------------------

CONTEST = ("Sao Mai là cuộc thi hát dành cho giọng ca trẻ. Đội tuyển Hà Nam đã giành giải nhất hai lần, "
           "các năm 2022, 2024. Thí sinh Lê Thu nâng cao cúp quán quân Giải Sao Mai, tối 14/7 tại nhà hát "
           "Hòa Bình. Cô nhận thêm giải giọng ca triển vọng.")


def test_last_years_edition_given_to_the_one_the_article_dates_this_year():
    summary = "Thí sinh Lê Thu giành cúp quán quân Giải Sao Mai 2024 tại nhà hát Hòa Bình."
    c = checked(CONTEST, summary, "2024", written=WRITTEN)
    assert c.verdict is Verdict.CONTEXT_MISMATCH
    assert "14/7" in c.explanation and "2025" in c.explanation
    assert checked(CONTEST, summary, "2024").verdict is not Verdict.CONTEXT_MISMATCH  # undated


def test_an_edition_the_article_names_with_that_year_passes():
    # the article gives 2024 to the contest's name itself: the summary may speak of that edition
    article = CONTEST + " Giải Sao Mai 2024 từng thu hút 3.000 thí sinh."
    summary = "Thí sinh Lê Thu giành cúp quán quân Giải Sao Mai 2024 tại nhà hát Hòa Bình."
    assert checked(article, summary, "2024", written=WRITTEN).verdict is not Verdict.CONTEXT_MISMATCH
    # a date after the day of writing is not this year's edition told as past
    later = CONTEST.replace("14/7", "20/9")
    assert checked(later, summary, "2024", written=WRITTEN).verdict is not Verdict.CONTEXT_MISMATCH


def test_a_year_said_of_an_act_after_a_unit_is_no_edition():
    # "USD năm 2014": the year of the evasion, not an edition of something named "USD"
    article = ("Theo báo Marca hôm 9/7, ông Lê Văn An bị kết tội trốn thuế 300.000 USD. Vụ trốn thuế "
               "xảy ra năm 2014, khi ông còn làm huấn luyện viên.")
    summary = "Ông Lê Văn An bị kết tội trốn thuế 300.000 USD năm 2014."
    assert checked(article, summary, "năm 2014", written=WRITTEN).verdict is Verdict.SUPPORTED


# --- one part's value given to the whole country ---------------------------------------------

HOUSING = ("Theo báo cáo của Công ty Minh Phát, trong tháng 3, giao dịch nhà ở tại các tỉnh miền Trung "
           "(Đà Nẵng, Quảng Nam và Huế) giảm 25-30% so với tháng trước. Theo một khảo sát khác, lượng "
           "tìm mua nhà trên cả nước trong tháng 3 giảm 12% so với tháng trước.")


def test_a_regions_fall_given_to_the_whole_country_is_a_context_mismatch():
    summary = "Giao dịch nhà ở tại miền Trung và trên cả nước giảm 25-30% trong tháng 3."
    c = checked(HOUSING, summary, "25-30%")
    assert c.verdict is Verdict.CONTEXT_MISMATCH
    assert "12%" in c.explanation and "25-30%" in c.explanation
    # said of the region alone, or the country's own value: no flag
    assert checked(HOUSING, "Giao dịch nhà ở tại miền Trung giảm 25-30% trong tháng 3.", "25-30%").verdict \
        is Verdict.SUPPORTED
    assert checked(HOUSING, "Lượng tìm mua nhà trên cả nước giảm 12% trong tháng 3.", "12%").verdict \
        is Verdict.SUPPORTED


def test_a_value_the_article_gives_the_country_passes():
    article = ("Cả nước có 1.200 doanh nghiệp mới trong tháng 3. Trong đó, giao dịch tại Hà Nội tăng 30%. "
               "Trên cả nước, giao dịch tăng 30% so với tháng trước, riêng miền Nam tăng 12%.")
    assert checked(article, "Giao dịch trên cả nước tăng 30% so với tháng trước.", "30%").verdict \
        is Verdict.SUPPORTED


def test_an_act_said_in_the_others_complement_is_not_a_second_act():
    # "thu giữ nhằm tiêu hủy": seized in order to destroy; not said as destroyed
    summary = "Công an thành phố đã thu giữ nhằm tiêu hủy hơn 2.400 xe máy không giấy tờ."
    assert checked(SEIZED, summary, "2.400").verdict is Verdict.SUPPORTED
    summary = "Công an đề nghị thu giữ rồi tiêu hủy hơn 2.400 xe máy không giấy tờ."
    assert checked(SEIZED, summary, "2.400").verdict is Verdict.CONTEXT_MISMATCH
