"""A birth year given to an event, or an event's year given to a birth (issue 8): the summary
gives a year to a birth where the article's statements of it are of something else and it tells
births of other years, or to an event where the article gives that year only as a birth year.
A year's birth is read from the words just before it (`rules.BIRTH_YEAR_WORDS`); the event of a
year by the grammar of the date's clause (`verify._event_of_date`). When unsure (a year in
brackets, a year said of two things, a sentence telling a birth in other words) the checker
says nothing. Fixture sentences are our own."""
from tomtat.checks import Verdict

from check_fixtures import verdict

SINGER = ("Ca sĩ Lâm Quang Vinh sinh năm 1991 tại Bến Tre. "
          "Anh bắt đầu đi hát phòng trà từ năm 2012 và ra mắt album đầu tay vào năm 2015. "
          "Nhiều khán giả yêu mến giọng hát mộc mạc của anh.")
CRASH = ("Tối 30/12, bà Lê Thị Hoa (SN 1948) đi bộ qua quốc lộ 1A thì bị xe tải tông phải. "
         "Bà Hoa bị thương nặng, được người dân đưa đi cấp cứu. "
         "Tài xế Đặng Văn Quý (SN 1980) đã bỏ trốn khỏi hiện trường.")


def test_the_year_of_a_career_given_to_a_birth_is_a_context_mismatch():
    checked = verdict(SINGER, "Chàng ca sĩ sinh năm 2012 đã có nhiều năm đi hát phòng trà.", "năm 2012")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    # both statements quoted: what the article's 2012 is, and the birth year it gives
    assert "phòng trà" in checked.explanation and "1991" in checked.explanation
    assert [s.text for s in checked.evidence] == ["năm 2012", "năm 1991"]


def test_a_birth_year_given_to_an_event_is_a_context_mismatch():
    checked = verdict(CRASH, "Tài xế gây tai nạn khiến bà Hoa bị thương vào cuối năm 1948 đã bỏ trốn.", "năm 1948")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "SN 1948" in checked.explanation


def test_a_birth_year_given_to_a_fronted_event_is_a_context_mismatch():
    checked = verdict(CRASH, "1980, tài xế xe tải bỏ trốn khỏi hiện trường vụ tai nạn.", "1980")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH


def test_the_right_years_are_supported():
    assert verdict(SINGER, "Ca sĩ Lâm Quang Vinh sinh năm 1991.", "năm 1991").verdict is Verdict.SUPPORTED
    assert verdict(SINGER, "Anh đi hát phòng trà từ năm 2012.", "năm 2012").verdict is Verdict.SUPPORTED
    summary = "Bà Lê Thị Hoa (SN 1948) bị xe tải tông trên quốc lộ 1A."
    assert verdict(CRASH, summary, "1948").verdict is Verdict.SUPPORTED


def test_a_year_in_brackets_after_a_name_may_be_a_birth_year():
    # "Đặng Văn Quý (1980)" is how some papers write "SN 1980"
    summary = "Vụ tai nạn xảy ra trên quốc lộ 1A, tài xế Đặng Văn Quý (1980) đã bỏ trốn."
    assert verdict(CRASH, summary, "1980").verdict is Verdict.SUPPORTED


def test_a_year_said_of_a_birth_and_of_something_else_is_left_alone():
    article = ("Chị Nguyễn Thị Lan sinh năm 1990 ở Nam Định. "
               "Cũng năm 1990, gia đình chị chuyển vào TP.HCM sinh sống.")
    summary = "Năm 1990, gia đình chị Lan chuyển vào TP.HCM."
    assert verdict(article, summary, "Năm 1990").verdict is Verdict.SUPPORTED


def test_a_summary_sentence_that_tells_a_birth_in_other_words_is_left_alone():
    summary = "Vào năm 1991, ca sĩ Lâm Quang Vinh chào đời tại Bến Tre và lớn lên trong tiếng đàn."
    assert verdict(SINGER, summary, "năm 1991").verdict is Verdict.SUPPORTED


def test_a_birth_year_is_not_flagged_when_the_article_tells_no_birth():
    article = "Năm 2012, anh Vinh bắt đầu đi hát phòng trà ở Bến Tre. Năm 2015, anh ra mắt album đầu tay."
    assert verdict(article, "Anh Vinh sinh năm 2012 ở Bến Tre.", "năm 2012").verdict is Verdict.SUPPORTED


MODEL = ("Người mẫu Trịnh Bảo Ngọc sinh năm 1996 tại Hải Phòng. "
         "Cô vừa lọt vào top 12 của cuộc thi The Face Vietnam và được ban giám khảo khen ngợi.")


def test_a_birth_year_given_to_the_edition_of_a_contest_is_a_context_mismatch():
    checked = verdict(MODEL, "Trịnh Bảo Ngọc lọt vào top 12 The Face Vietnam 1996.", "1996")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "sinh năm 1996" in checked.explanation
    summary = "Trịnh Bảo Ngọc, sinh năm 1996, lọt vào top 12 The Face Vietnam."
    assert verdict(MODEL, summary, "năm 1996").verdict is Verdict.SUPPORTED


def test_a_birth_year_given_to_what_took_place_is_a_context_mismatch():
    article = ("Nam diễn viên Lê Văn Tài sinh năm 1958, từng đóng hơn 40 bộ phim. "
               "Anh và vợ kết hôn năm 1985 tại Huế.")
    checked = verdict(article, "Cuộc hôn nhân của nam diễn viên Lê Văn Tài diễn ra năm 1958 tại Huế.", "năm 1958")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH


def test_sinh_in_another_word_is_not_a_birth():
    # "hy sinh" (fell), not "sinh" (was born): the year of a death, which the summary may date
    article = ("Liệt sĩ Hoàng Văn Thụ hy sinh năm 1972 tại Quảng Trị. "
               "Em gái ông, bà Hoàng Thị Mận (SN 1950), vẫn giữ những lá thư của anh.")
    summary = "Vào năm 1972, liệt sĩ Hoàng Văn Thụ ngã xuống tại Quảng Trị."
    assert verdict(article, summary, "năm 1972").verdict is Verdict.SUPPORTED


def test_a_year_a_thing_came_into_being_is_unsure():
    article = ("Công ty Hoa Sen ra đời năm 2001 tại Bình Dương. "
               "Ông Lê Văn Ba (SN 1965) là người sáng lập.")
    summary = "Vào năm 2001, công ty Hoa Sen được thành lập tại Bình Dương."
    assert verdict(article, summary, "năm 2001").verdict is Verdict.SUPPORTED
