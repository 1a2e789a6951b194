"""Verdicts on summary figures against a fixture article written for these tests."""
from pathlib import Path

import pytest

from tomtat.checks import Verdict, check_summary, prepare_article

ARTICLE = (Path(__file__).parent / "fixtures" / "bao-cao-xay-dung-dang.txt").read_text(encoding="utf-8")
FACTS = prepare_article(ARTICLE)


def verdicts(summary):
    report = check_summary(FACTS, summary)
    return {c.figure.text: c for c in report.figures}


def verdict_of(summary, figure_text):
    return verdicts(summary)[figure_text]


# --- supported: same value after normalisation and rounding ---------------------------

@pytest.mark.parametrize("summary, fig", [
    ("Huyện Yên Sơn kết nạp 173 đảng viên mới.", "173"),
    ("Tỷ lệ đảng viên dưới 30 tuổi là 77%.", "77%"),              # 77,25% rounds to 77%
    ("Toàn tỉnh kết nạp hơn 25 nghìn đảng viên.", "25 nghìn"),      # 25.529 is more than 25 nghìn
    ("Trung bình mỗi năm hơn 2.300 đảng viên.", "2.300"),           # "hơn 2.320" is "hơn 2.300"
    ("Kinh phí hỗ trợ 1.100 triệu đồng.", "1.100 triệu"),          # 1,1 tỷ = 1.100 triệu
    ("Hai đảng viên được tặng huy hiệu.", "Hai"),
    ("2 đảng viên được tặng huy hiệu.", "2"),                     # hai = 2
    ("Ngày 14-5-2019, Tỉnh ủy sơ kết.", "14-5-2019"),             # 14/5/2019 = 14-5-2019
    ("Tỉnh ủy sơ kết Chỉ thị 28-CT/TW.", "28-CT/TW"),
    ("Gần 200 đảng viên được khen thưởng.", "200"),
    ("Đại hội lần thứ XVII biểu dương đảng viên.", "lần thứ XVII"),
    ("Đến tháng 10/2022, kinh phí đạt 1,1 tỷ đồng.", "tháng 10/2022"),
    ("Trong giai đoạn 2010-2020 tỉnh kết nạp nhiều đảng viên.", "2010-2020"),
])
def test_supported(summary, fig):
    checked = verdict_of(summary, fig)
    assert checked.verdict is Verdict.SUPPORTED, checked
    assert checked.evidence, "a supported figure cites the article"
    span = checked.evidence[0]
    assert ARTICLE[span.start:span.end] == span.text


# --- derived: computable from the article ------------------------------------------------

def test_derived_percentage_of_target_shows_its_arithmetic():
    checked = verdict_of("Huyện Sơn Dương đạt 88% so với mức 170 của Yên Sơn.", "88%")
    assert checked.verdict is Verdict.DERIVED
    assert "150 / 170" in checked.explanation


def test_derived_points_over_target():
    checked = verdict_of("Huyện Yên Sơn vượt 2% chỉ tiêu.", "2%")
    assert checked.verdict is Verdict.DERIVED and "102%" in checked.explanation


def test_derived_difference_needs_a_difference_word():
    checked = verdict_of("Huyện Yên Sơn kết nạp nhiều hơn huyện Sơn Dương 23 đảng viên.", "23")
    assert checked.verdict is Verdict.DERIVED and "173 − 150" in checked.explanation


def test_derived_average_over_stated_period():
    art = "Từ năm 2011 đến 2020, huyện kết nạp 1.000 đảng viên."
    report = check_summary(art, "Bình quân mỗi năm huyện kết nạp 100 đảng viên.")
    (checked,) = report.figures
    assert checked.verdict is Verdict.DERIVED and "1.000 / 10" in checked.explanation


def test_derived_percentage_of_ratio():
    checked = verdict_of("Có 68,9% đảng viên hoàn thành tốt nhiệm vụ.", "68,9%")
    assert checked.verdict is Verdict.DERIVED and "146 / 212" in checked.explanation


# --- mismatch: the same thing quantified differently -------------------------------------

@pytest.mark.parametrize("summary, fig, evidence", [
    ("Huyện Yên Sơn đã kết nạp 137 đảng viên.", "137", "173"),
    ("Qua rà soát, 146/212 đảng viên hoàn thành tốt nhiệm vụ, đạt tỷ lệ 79%.", "79%", "69%"),
    ("Hơn 200 đảng viên được khen thưởng.", "200", "200"),
    ("Chi bộ có 34 đảng viên chính thức và 9 đảng viên dự bị.", "34", "36"),
    ("Chi bộ có 34 đảng viên chính thức và 9 đảng viên dự bị.", "9", "7"),
    ("Ngày 15/5/2019, Tỉnh ủy sơ kết Chỉ thị.", "15/5/2019", "14/5/2019"),
])
def test_mismatch(summary, fig, evidence):
    checked = verdict_of(summary, fig)
    assert checked.verdict is Verdict.MISMATCH, checked
    assert checked.evidence[0].text == evidence


def test_mismatch_explanation_keeps_the_qualifiers():
    checked = verdict_of("Hơn 200 đảng viên được khen thưởng.", "200")
    assert "gần 200" in checked.explanation and "hơn 200" in checked.explanation


# --- context_mismatch: the value counts something else, or someone else's ----------------

def test_value_of_another_unit():
    checked = verdict_of("Ủy ban kiểm tra thi hành kỷ luật 72 đảng viên.", "72")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "tổ chức đảng" in checked.explanation


def test_value_of_another_district():
    checked = verdict_of("Huyện Sơn Dương kết nạp 173 đảng viên.", "173")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "Yên Sơn" in checked.explanation


def test_value_with_the_other_exclusive_detail():
    checked = verdict_of("Chi bộ có 7 đảng viên chính thức.", "7")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH


def test_same_district_is_no_context_mismatch():
    assert verdict_of("Huyện Yên Sơn kết nạp 173 đảng viên.", "173").verdict is Verdict.SUPPORTED


# --- unsupported ------------------------------------------------------------------------

def test_invented_date():
    v = verdicts("Ngày 3/9, Tỉnh ủy họp; năm 2019 tỉnh tổng kết.")
    assert v["3/9"].verdict is Verdict.UNSUPPORTED


def test_number_found_only_inside_a_document_number():
    checked = verdict_of("Có 28 đảng viên vi phạm.", "28")
    assert checked.verdict is Verdict.UNSUPPORTED
    assert "28-CT/TW" in checked.explanation


def test_invented_money():
    checked = verdict_of("Tỉnh chi 5 tỷ đồng cho công tác này.", "5 tỷ")
    assert checked.verdict is Verdict.UNSUPPORTED


def test_wrong_document_number_is_unsupported():
    assert verdict_of("Tỉnh sơ kết Chỉ thị 29-CT/TW.", "29-CT/TW").verdict is Verdict.UNSUPPORTED


def test_wrong_ordinal_is_a_mismatch():
    assert verdict_of("Đại hội lần thứ XVI biểu dương.", "lần thứ XVI").verdict is Verdict.MISMATCH


# --- the report --------------------------------------------------------------------------

def test_report_ok_only_when_nothing_is_flagged():
    assert check_summary(FACTS, "Huyện Yên Sơn kết nạp 173 đảng viên, đạt 102% chỉ tiêu.").ok
    assert not check_summary(FACTS, "Huyện Yên Sơn kết nạp 137 đảng viên.").ok


def test_summary_without_figures():
    report = check_summary(FACTS, "Công tác phát triển đảng viên có nhiều chuyển biến.")
    assert report.figures == () and report.ok


def test_json_contract():
    data = check_summary(FACTS, "Huyện Yên Sơn kết nạp 137 đảng viên.").to_json()
    assert set(data) == {"figures", "relations", "ok"}
    fig = data["figures"][0]
    assert set(fig) == {"text", "start", "end", "value", "kind", "unit", "qualifier", "verdict",
                        "evidence", "explanation"}
    assert set(fig["evidence"][0]) == {"text", "start", "end"}
    rel = data["relations"][0]
    assert {"text", "formula", "computed", "stated", "status"} <= set(rel)


def test_string_and_prepared_article_give_the_same_report():
    summary = "Huyện Yên Sơn kết nạp 137 đảng viên, đạt 102%."
    assert check_summary(ARTICLE, summary).to_json() == check_summary(FACTS, summary).to_json()


def test_swapped_figures_are_context_mismatches():
    article = "Công an huyện tạm giữ 11 đối tượng và thu giữ 5 xe máy cùng nhiều tang vật."
    report = check_summary(article, "Công an tạm giữ 5 đối tượng, thu giữ 11 xe máy.")
    assert [c.verdict for c in report.figures] == [Verdict.CONTEXT_MISMATCH, Verdict.CONTEXT_MISMATCH]
    assert "counts xe máy" in report.figures[0].explanation


def test_swapped_counts_of_nouns_outside_the_tables():
    article = "Tổ công tác thu giữ 11 khẩu súng tự chế và 5 thanh kiếm."
    report = check_summary(article, "Tổ công tác thu giữ 5 khẩu súng và 11 thanh kiếm.")
    assert [c.verdict for c in report.figures] == [Verdict.CONTEXT_MISMATCH, Verdict.CONTEXT_MISMATCH]
    assert "the article gives 11" in report.figures[0].explanation


def test_same_value_of_a_related_noun_is_not_a_swap():
    article = "Vụ tai nạn khiến hai bà cháu bị thương nặng, 3 nạn nhân được đưa đi cấp cứu."
    report = check_summary(article, "Hiện 2 nạn nhân vẫn đang nguy kịch.")
    assert report.figures[0].verdict is Verdict.SUPPORTED


def test_scale_word_precision_is_the_last_written_place():
    # "10 nghìn" is 10 000 ± 500: it does not pass for 6.000
    report = check_summary("Cảng tiếp nhận khoảng hơn 5.000 container, riêng tháng 6 là 6.000 container.",
                           "Cảng tiếp nhận 10 nghìn container.")
    assert report.figures[0].verdict is not Verdict.SUPPORTED
    assert check_summary("Cảng nhận 10.200 container.", "Cảng nhận 10 nghìn container.").figures[0].verdict \
        is Verdict.SUPPORTED


def test_a_province_is_not_another_district():
    article = "Tỉnh Điện Biên có nhiều dự án. Huyện Tuần Giáo kết nạp 28 đảng viên trong năm."
    report = check_summary(article, "Tỉnh Điện Biên kết nạp 28 đảng viên.")
    assert report.figures[0].verdict is Verdict.SUPPORTED


def test_more_than_a_percentage_is_qualified_in_points():
    article = "Trong 119 mẫu xét nghiệm có 63 mẫu dương tính."
    checked = check_summary(article, "Hơn 50% mẫu xét nghiệm dương tính.").figures[0]
    assert checked.verdict is Verdict.DERIVED and "63 / 119" in checked.explanation


def test_people_listed_with_birth_years_are_counted():
    article = ("Công an bắt giữ các đối tượng Huỳnh Văn Tâm (SN 1987), Lương Anh Trên (SN 1994) "
               "và La Hải Nhân (SN 1993) về hành vi trộm cắp.")
    checked = check_summary(article, "Công an bắt giữ ba đối tượng trộm cắp.").figures[0]
    assert checked.verdict is Verdict.DERIVED and "3 people" in checked.explanation
    assert check_summary(article, "Công an bắt giữ 4 đối tượng.").figures[0].verdict is Verdict.UNSUPPORTED


def test_people_named_in_a_list_after_gom_are_counted():
    # names tagged with their posts, not birth years: the list itself is the count
    article = ("Sau phiên sơ thẩm, các bị cáo làm đơn kháng cáo gồm: Lê Văn Hùng (nguyên kế toán trưởng), "
               "Phạm Thị Lan (nguyên thủ quỹ), Đặng Quốc Bảo (giám đốc chi nhánh) và Vũ Minh Tâm "
               "(nhân viên tín dụng). Phiên phúc thẩm chưa có lịch.")
    checked = check_summary(article, "4 bị cáo đã kháng cáo.").figures[0]
    assert checked.verdict is Verdict.DERIVED and "4 people" in checked.explanation
    assert "Vũ Minh Tâm" in checked.explanation
    assert check_summary(article, "5 bị cáo đã kháng cáo.").figures[0].verdict is Verdict.UNSUPPORTED
    # a list of places is not a list of people
    places = "Các xã được khen thưởng gồm: Tân Lập (huyện Yên Sơn), Phúc Ninh (huyện Yên Sơn) và Mỹ Bằng (huyện Yên Sơn)."
    assert check_summary(places, "3 người được khen thưởng.").figures[0].verdict is Verdict.UNSUPPORTED


def test_a_number_that_names_something_is_quoted_with_its_name():
    article = "Đám cháy bùng phát ở tầng 1 của tòa nhà, 12 người được đưa ra ngoài an toàn."
    checked = check_summary(article, "Công an bắt thêm 1 đối tượng.").figures[0]
    assert checked.verdict is Verdict.UNSUPPORTED
    assert "in tầng 1," in checked.explanation and "a floor" in checked.explanation


def test_a_title_figure_takes_no_place_from_the_body():
    # the title's "xe 4 chỗ" is about the car; the body's first sentence names where the attackers live
    title = "Bắt nhóm người hành hung tài xế xe 4 chỗ"
    body = "Các đối tượng đều trú tại huyện Ba Vì, TP Hà Nội. Vụ việc xảy ra tối 3/5 ở quận Nam Từ Liêm."
    summary = "Nhóm người hành hung tài xế xe 4 chỗ ở quận Nam Từ Liêm."
    assert check_summary(f"{title}\n{body}", summary).figures[0].verdict is Verdict.SUPPORTED
    # in the body, the same sentence order does give the figure to Ba Vì
    placed = ("Các đối tượng trú tại huyện Ba Vì hành hung tài xế xe 4 chỗ. Công an đã vào cuộc. "
              "Nhiều người chứng kiến. Tài xế sống ở quận Nam Từ Liêm.")
    assert check_summary(placed, summary).figures[0].verdict is Verdict.CONTEXT_MISMATCH


def test_one_more_is_borne_out_by_the_second_one():
    article = "Sáng nay, công an huyện bắt được đối tượng thứ 2 trong vụ hành hung bảo vệ chợ."
    checked = check_summary(article, "Công an bắt thêm 1 đối tượng.").figures[0]
    assert checked.verdict is Verdict.DERIVED and "đối tượng thứ 2" in checked.explanation
    # another noun, or no "thêm": not one more of them
    assert check_summary(article, "Công an thu thêm 1 xe máy.").figures[0].verdict is Verdict.UNSUPPORTED
    assert check_summary(article, "Công an bắt 2 đối tượng.").figures[0].verdict is not Verdict.SUPPORTED


def test_ordinals_of_the_same_head_and_of_time():
    article = "Chị kết hôn lần thứ 4 năm ngoái. Năm 42 tuổi, chị sinh con lần thứ 3, khi mang thai tháng thứ 5 thì phát hiện bệnh."
    # "con gái thứ 3" has no known head: any ordinal 3 bears it out, the other head's 4 does not refute it
    assert check_summary(article, "Tiệc sinh nhật con gái thứ 3 của chị.").figures[0].verdict is Verdict.SUPPORTED
    assert check_summary(article, "Chị kết hôn lần thứ 5.").figures[0].verdict is Verdict.MISMATCH
    # the fifth month of a pregnancy is five months
    assert check_summary(article, "Thai nhi 5 tháng tuổi.").figures[0].verdict is Verdict.SUPPORTED
    assert check_summary(article, "Thai nhi 6 tháng tuổi.").figures[0].verdict is not Verdict.SUPPORTED


def test_an_age_or_birth_year_given_to_another_named_person():
    article = ("Tòa xét xử Đỗ Văn Toàn (33 tuổi, trú huyện Yên Sơn) và Hà Minh Quý (34 tuổi). "
               "Toàn bị phạt 12 năm tù. Cùng vụ, Lý Thị Hoa (SN 1990) và Mạc Văn Đức (SN 1985) được tại ngoại.")
    swapped = check_summary(article, "Đỗ Văn Toàn (34 tuổi) bị phạt 12 năm tù.").figures[0]
    assert swapped.verdict is Verdict.CONTEXT_MISMATCH
    assert "Toàn 33 tuổi" in swapped.explanation and "Quý's" in swapped.explanation
    assert check_summary(article, "Đỗ Văn Toàn (33 tuổi) bị phạt.").figures[0].verdict is Verdict.SUPPORTED
    born = check_summary(article, "Lý Thị Hoa, SN 1985, được tại ngoại.").figures[0]
    assert born.verdict is Verdict.CONTEXT_MISMATCH and "Hoa 1990" in born.explanation
    # no name before the age in the summary: nothing to give it to
    assert check_summary(article, "Một người 34 tuổi bị xét xử.").figures[0].verdict is Verdict.SUPPORTED


def test_a_month_does_not_support_a_day():
    assert check_summary("Trong tháng 8, huyện kết nạp đảng viên.", "Ngày 7/8 huyện họp.").figures[0].verdict \
        is Verdict.UNSUPPORTED
    assert check_summary("Ngày 25/2/2019 huyện họp.", "Ngày 25/2 huyện họp.").figures[0].verdict \
        is Verdict.SUPPORTED


def test_money_never_supports_a_count():
    report = check_summary("Thiệt hại khoảng 800 triệu đồng.", "Thu giữ hàng triệu viên đá.")
    assert report.figures[0].verdict is not Verdict.SUPPORTED


def test_mot_in_the_article_supports_1():
    report = check_summary("Công an bắt giữ một người nước ngoài và thu 1 xe máy.", "Công an bắt giữ 1 người.")
    assert report.figures[0].verdict is Verdict.SUPPORTED


def test_a_classifier_fits_the_noun_it_classifies():
    report = check_summary("Cảnh sát thu giữ 12 chiếc xe máy.", "Thu giữ 12 chiếc.")
    assert report.figures[0].verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("article, summary, verdict", [
    ("Hắn mua 3 con dao.", "Hắn sát hại 3 người.", Verdict.CONTEXT_MISMATCH),           # a classifier is no person
    ("Ông nói: Một lần nữa tôi vô tội. Vụ án xử ở 2 cấp toà.", "Vụ án xử ở 1 cấp toà.", Verdict.UNSUPPORTED),
    ("Xong việc sẽ trả 500 triệu đồng.", "Người nhờ sẽ trả 500 triệu.", Verdict.SUPPORTED),  # "đồng" left out
    ("Nhóm có 2 đồng bọn.", "Hắn cùng 2 đồng bọn gây án.", Verdict.SUPPORTED),               # not money
    ("Cháu bé mới 14 tuổi.", "Cháu bé dưới 16 tuổi bị xâm hại.", Verdict.SUPPORTED),        # 14 is under 16
    ("Có 1.000 người dự.", "Có hơn 200 người dự.", Verdict.MISMATCH),                       # true, but misleading
    ("Mỗi tuần cô tập 25 lần.", "Mỗi tuần cô tập ít nhất 7 lần.", Verdict.UNSUPPORTED),     # at most ×2
])
def test_fixes_from_the_hand_checked_report(article, summary, verdict):
    assert check_summary(article, summary).figures[0].verdict is verdict


def test_mot_nua_copied_from_the_article_is_supported():
    article = "Nhóm của Việt ứng trước một nửa (2,5 triệu đồng), số tiền còn lại trả sau."
    report = check_summary(article, "Việt ứng trước một nửa (2,5 triệu đồng).")
    assert [c.verdict for c in report.figures] == [Verdict.SUPPORTED, Verdict.SUPPORTED]


def test_season_thu_n_is_the_season_n():
    report = check_summary("Chương trình Ca sĩ giấu mặt mùa 3 lên sóng tối nay.", "Ca sĩ giấu mặt mùa thứ 3 lên sóng.")
    assert report.figures[0].verdict is Verdict.SUPPORTED


def test_a_summary_written_with_combining_tone_marks_is_read_as_composed():
    """A summary in NFD (tone marks as combining characters) reads as the same summary in NFC:
    "50 triệu đồng" copied from the article is money there as here, not a bare count."""
    import unicodedata

    article = "Ông mua lại ba tấm gỗ của một hộ dân trong xã với giá 50 triệu đồng."
    summary = "Ông mua ba tấm gỗ với giá 50 triệu đồng."
    decomposed = unicodedata.normalize("NFD", summary)
    composed_report = check_summary(article, summary)
    report = check_summary(article, decomposed)
    assert [c.verdict for c in report.figures] == [c.verdict for c in composed_report.figures]
    assert [(c.figure.text, c.figure.unit) for c in report.figures] == \
        [(c.figure.text, c.figure.unit) for c in composed_report.figures]
    assert not report.flagged



def test_an_ordinal_in_words_numbering_a_streak_is_checked_against_the_articles_streaks():
    article = ("Đội tuyển của trường vô địch giải bơi lần thứ ba liên tiếp vào mùa hè năm nay. "
               "Trước đó, đội đã vô địch hai lần liên tiếp các năm 2023 và 2024.")
    assert check_summary(article, "Đội vô địch lần thứ hai liên tiếp.").figures[0].verdict is Verdict.MISMATCH
    assert check_summary(article, "Đội vô địch lần thứ ba liên tiếp.").figures[0].verdict is Verdict.SUPPORTED
    assert check_summary(article, "Đội vô địch lần thứ 3 liên tiếp.").figures[0].verdict is Verdict.SUPPORTED
    # a streak told by a count bears out an ordinal of that length
    counted = "Đội tuyển nguy cơ vắng mặt ba kỳ World Cup liên tiếp, sau khi thua trận đầu."
    assert check_summary(counted, "Đội có nguy cơ vắng World Cup lần thứ ba liên tiếp.").figures[0].verdict \
        is Verdict.SUPPORTED
    # "thứ hai" alone is Monday: no figure to check
    assert check_summary(article, "Đội nhận cúp vào thứ hai.").figures == ()
