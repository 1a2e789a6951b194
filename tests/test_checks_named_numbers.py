"""A count whose value the article gives only as a number that names (issue 8): "4 kẻ trộm"
where the article's only 4 is a ward's ("(phường 4, ...)"), "5 thí sinh" where its only 5 is a
season's ("(mùa 5)"). And a spelled ordinal read whole: "lần thứ mười hai" counts no 2.
Fixture sentences are our own."""
from tomtat.checks import Kind, Verdict, extract_figures

from check_fixtures import verdict

WARD = ("Chiều 3/4, một cửa hàng điện thoại trên đường Lê Lợi (phường 4, TP. Tân An) bị kẻ gian "
        "đột nhập. Các đối tượng lấy đi nhiều điện thoại rồi tẩu thoát. Công an đã bắt giữ những kẻ trộm.")


def test_a_count_whose_value_the_article_gives_only_as_a_ward_is_flagged():
    checked = verdict(WARD, "Công an đã bắt giữ 4 kẻ trộm đột nhập cửa hàng điện thoại.", "4")
    assert checked.verdict is Verdict.UNSUPPORTED
    assert "«phường 4»" in checked.explanation


def test_a_count_whose_value_the_article_gives_only_as_a_season_is_flagged():
    article = ("Thu Hà từng tham gia chương trình (mùa 5) nhưng không để lại dấu ấn. Năm nay cô trở lại "
               "và lọt vào chung kết cùng các thí sinh khác.")
    checked = verdict(article, "Thu Hà vào chung kết cùng 5 thí sinh khác.", "5")
    assert checked.verdict is Verdict.UNSUPPORTED
    assert "«mùa 5»" in checked.explanation


def test_the_value_also_stated_as_a_count_is_supported():
    article = WARD.replace("những kẻ trộm", "4 kẻ trộm")
    assert verdict(article, "Công an đã bắt giữ 4 kẻ trộm.", "4").verdict is Verdict.SUPPORTED


def test_a_summary_number_that_names_as_well_is_not_judged_a_count():
    article = ("Hội nghị Trung ương 8 khóa 13 diễn ra tại Hà Nội. Các đại biểu thảo luận nhiều nội dung "
               "quan trọng về kinh tế.")
    assert not verdict(article, "Hội nghị Trung ương 8 khóa 13 thảo luận về kinh tế.", "13").verdict.flagged


def test_a_number_word_after_a_head_is_no_name_read():
    # "vòng bốn" may be an ordinal said in words; the summary's "4 set" is left to other readers
    article = ("Tay vợt người Ý vào vòng bốn sau khi thắng 3-1. Anh giao bóng rất chắc chắn.")
    assert not verdict(article, "Anh thắng sau 4 set với lối giao bóng chắc chắn.", "4").verdict.flagged


def test_a_spelled_ordinal_of_two_words_counts_nothing():
    text = "Đại hội lần thứ mười hai tổ chức tại Hà Nội. Lễ hội lần thứ hai mươi mốt diễn ra sôi nổi."
    assert [f for f in extract_figures(text) if f.kind is Kind.COUNT] == []
    # a count after the ordinal's clause still counts
    counts = [f.value for f in extract_figures("Hội nghị lần thứ mười, hai người vắng mặt.")]
    assert counts == [2]
    # a number word after a one-word ordinal that makes no number with it counts
    assert [f.value for f in extract_figures("Con gái thứ hai sáu tuổi, con trai đầu lòng tám tuổi.")] == [6, 8]
    assert [f.value for f in extract_figures("Đây là lần thứ ba hai võ sĩ chạm trán.")] == [2]
