"""A value one sentence gives to one of several people, moved by the summary to another of them
or to more than its owner ("the sentence of one defendant given to both"). Fixture sentences
are our own."""
from tomtat.checks import Verdict
from tomtat.checks.holders import given_names, joint_holders, people_in

from check_fixtures import verdict

SENTENCED = ("Ngày 12/3, TAND tỉnh Phú Yên mở phiên xử vụ lừa đảo. Tòa tuyên phạt bị cáo Trần Văn Long "
             "(SN 1980, nguyên giám đốc Công ty Hải Âu) 12 năm tù, Lê Minh Khang (nguyên kế toán) 9 năm "
             "tù về tội Lừa đảo chiếm đoạt tài sản.")
RESPECTIVELY = ("Hai bị cáo Nguyễn Văn Sơn và Hà Thị Mai bị tòa sơ thẩm tuyên phạt lần lượt 14 và 8 năm "
                "tù về tội Mua bán người. Sơn và Mai đều kháng cáo.")
SHARES = ("Theo cáo trạng, số tiền bị lừa là 350 triệu đồng, trong đó Phạm Thị Hoa chiếm đoạt 300 triệu "
          "đồng, bị can Đỗ Văn Tâm chiếm đoạt 50 triệu đồng.")


def test_people_are_capitalised_names_or_one_word_after_a_title_never_a_place_or_capitals():
    names = [p.name for p in people_in("HĐXX tuyên phạt bị cáo Tài, ông Nguyễn Văn Hùng ở huyện Yên Sơn")]
    assert names == ["tài", "hùng"]
    assert [p.name for p in people_in("Sơn và Mai đều kháng cáo", frozenset({"sơn", "mai"}))] == ["sơn", "mai"]
    assert people_in("Sơn và Mai đều kháng cáo") == []  # one word alone, no title, not known: no name


def test_given_names_are_the_last_words_of_full_names_an_initial_included():
    assert given_names("Bị cáo Nguyễn Văn Sơn và Lê Thị H. khai; TAND tỉnh xử.") == {"sơn", "h"}


def test_the_holders_of_a_figure_are_the_last_name_and_those_joined_to_it():
    assert joint_holders("Bà Hoa và ông Tâm chiếm đoạt ") == ["tâm", "hoa"]
    assert joint_holders("Ông Long gặp Lê Minh Khang rồi chiếm đoạt ") == []  # two people apart


def test_a_sentence_given_to_the_other_defendant_is_context_mismatch():
    checked = verdict(SENTENCED, "Tòa tuyên phạt bị cáo Trần Văn Long 9 năm tù.", "9 năm tù")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "Long" in checked.explanation and "Khang" in checked.explanation


def test_each_defendant_with_their_own_sentence_is_supported():
    assert verdict(SENTENCED, "Tòa tuyên phạt Lê Minh Khang 9 năm tù.", "9 năm tù").verdict is Verdict.SUPPORTED
    assert verdict(SENTENCED, "Bị cáo Trần Văn Long lĩnh 12 năm tù.", "12 năm tù").verdict is Verdict.SUPPORTED
    # nobody named with the figure: whose it is, the summary does not say
    assert verdict(SENTENCED, "Một bị cáo lĩnh 9 năm tù.", "9 năm tù").verdict is Verdict.SUPPORTED


def test_values_given_respectively_are_paired_in_order():
    wrong = verdict(RESPECTIVELY, "Tòa tuyên phạt Hà Thị Mai 14 năm tù.", "14 năm tù")
    assert wrong.verdict is Verdict.CONTEXT_MISMATCH
    both = verdict(RESPECTIVELY, "Nguyễn Văn Sơn và Hà Thị Mai bị tuyên phạt 14 năm tù.", "14 năm tù")
    assert both.verdict is Verdict.CONTEXT_MISMATCH
    right = verdict(RESPECTIVELY, "Tòa tuyên phạt Hà Thị Mai 8 năm tù.", "8 năm tù")
    assert right.verdict is Verdict.SUPPORTED


def test_one_persons_amount_given_to_both_is_context_mismatch():
    both = verdict(SHARES, "Bà Hoa và ông Tâm bị cáo buộc chiếm đoạt 300 triệu đồng.", "300 triệu")
    assert both.verdict is Verdict.CONTEXT_MISMATCH
    own = verdict(SHARES, "Bà Phạm Thị Hoa bị cáo buộc chiếm đoạt 300 triệu đồng.", "300 triệu")
    assert own.verdict is Verdict.SUPPORTED


def test_a_summary_that_gives_both_values_moves_neither():
    both = "Nguyễn Văn Sơn và Hà Thị Mai bị tuyên phạt 14 và 8 năm tù."
    assert verdict(RESPECTIVELY, both, "14").verdict is Verdict.SUPPORTED


def test_two_sentences_exchanged_are_both_caught():
    swapped = "Tòa tuyên phạt Trần Văn Long 9 năm tù, Lê Minh Khang 12 năm tù."
    assert verdict(SENTENCED, swapped, "9 năm tù").verdict is Verdict.CONTEXT_MISMATCH
    assert verdict(SENTENCED, swapped, "12 năm tù").verdict is Verdict.CONTEXT_MISMATCH
    kept = "Tòa tuyên phạt Trần Văn Long 12 năm tù, Lê Minh Khang 9 năm tù."
    assert verdict(SENTENCED, kept, "9 năm tù").verdict is Verdict.SUPPORTED


def test_a_total_the_article_gives_one_person_elsewhere_is_left_alone():
    article = SENTENCED + " Tổng hợp với bản án trước, Long phải chấp hành 20 năm tù."
    assert verdict(article, "Long phải chấp hành 20 năm tù.", "20 năm tù").verdict is Verdict.SUPPORTED



# --- holders named after the figure (session 6, round 2) ---

def test_a_sentence_given_to_the_person_named_after_it_is_context_mismatch():
    after = verdict(SENTENCED, "Tòa tuyên mức án 9 năm tù đối với bị cáo Trần Văn Long.", "9 năm tù")
    assert after.verdict is Verdict.CONTEXT_MISMATCH
    assert "Long" in after.explanation and "Khang" in after.explanation
    given = verdict(SENTENCED, "Tòa tuyên 12 năm tù cho Lê Minh Khang vì lừa đảo.", "12 năm tù")
    assert given.verdict is Verdict.CONTEXT_MISMATCH


def test_a_fronted_clause_gives_its_figure_to_the_subject_after_the_comma():
    both = verdict(RESPECTIVELY, "Sau khi bị tuyên 14 năm tù (sơ thẩm), Sơn và Mai cùng kháng cáo.",
                   "14 năm tù")
    assert both.verdict is Verdict.CONTEXT_MISMATCH
    assert "Mai 8" in both.explanation
    # a known given name the summary writes in lower case, first in the list
    lowered = verdict(RESPECTIVELY, "Sau khi bị tuyên 14 năm tù, sơn và Mai cùng kháng cáo.", "14 năm tù")
    assert lowered.verdict is Verdict.CONTEXT_MISMATCH
    alone = verdict(SENTENCED, "Bị tuyên 9 năm tù, bị cáo Trần Văn Long kháng cáo.", "9 năm tù")
    assert alone.verdict is Verdict.CONTEXT_MISMATCH


def test_holders_named_after_the_figure_keep_their_own_values():
    assert verdict(SENTENCED, "Tòa tuyên mức án 9 năm tù đối với Lê Minh Khang.", "9 năm tù").verdict \
        is Verdict.SUPPORTED
    assert verdict(RESPECTIVELY, "Sau khi bị tuyên 14 năm tù, Nguyễn Văn Sơn kháng cáo.", "14 năm tù").verdict \
        is Verdict.SUPPORTED
    # the fronted clause has a subject of its own (the wife): the figure is not the main subject's
    assert verdict(SENTENCED, "Dù vợ bị tuyên 9 năm tù, Trần Văn Long vẫn lừa đảo.", "9 năm tù").verdict \
        is Verdict.SUPPORTED
    # "cho" not right after the unit: "thay cho án treo" gives nothing to anyone
    assert verdict(SENTENCED, "Tòa tuyên 9 năm tù thay cho án treo, Trần Văn Long kháng cáo.", "9 năm tù").verdict \
        is Verdict.SUPPORTED
    # a clause that is not fronted: the name after the comma is not the figure's holder
    assert verdict(SENTENCED, "Tòa tuyên 9 năm tù, Trần Văn Long kháng cáo.", "9 năm tù").verdict \
        is Verdict.SUPPORTED


def test_a_place_written_in_two_halves_is_no_person():
    text = "Sơn và Mai bị TAND tỉnh Bà Rịa – Vũng Tàu xử phạt lần lượt 14 và 8 năm tù"
    assert [p.name for p in people_in(text, frozenset({"sơn", "mai"}))] == ["sơn", "mai"]
    assert [p.name for p in people_in("ông Lê Văn Tám - Hà Thị Mai")] == ["tám", "mai"]  # no place before


GIVEN_TO = ("Sáng 5/6, TAND tỉnh Quảng Trị tuyên mức án 7 năm tù đối với bị cáo Võ Văn Tài (SN 1985) và "
            "4 năm tù cho Đặng Thị Lan về tội Cho vay lãi nặng.")


def test_terms_given_to_people_named_after_them_are_read_in_the_article():
    wrong = verdict(GIVEN_TO, "Bị cáo Đặng Thị Lan lĩnh 7 năm tù.", "7 năm tù")
    assert wrong.verdict is Verdict.CONTEXT_MISMATCH
    assert "Lan 4" in wrong.explanation and "Tài" in wrong.explanation
    assert verdict(GIVEN_TO, "Bị cáo Võ Văn Tài lĩnh 7 năm tù.", "7 năm tù").verdict is Verdict.SUPPORTED
    # one term given to a list: whose the other is, is not read
    joint = GIVEN_TO.replace("bị cáo Võ Văn Tài (SN 1985)", "Võ Văn Tài và Hồ Văn Nam")
    assert verdict(joint, "Bị cáo Đặng Thị Lan lĩnh 7 năm tù.", "7 năm tù").verdict is Verdict.SUPPORTED


def test_a_summary_that_copies_the_terms_with_their_people_moves_neither():
    copied = "TAND tỉnh Quảng Trị tuyên mức án 7 năm tù đối với bị cáo Võ Văn Tài và 4 năm tù cho Đặng Thị Lan."
    assert verdict(GIVEN_TO, copied, "4 năm tù").verdict is Verdict.SUPPORTED
    assert verdict(GIVEN_TO, copied, "7 năm tù").verdict is Verdict.SUPPORTED


# --- An age given to another holder: the noun before it says whose it is ----------------

WEDDING = ("Chính quyền xã lập biên bản khi gia đình tổ chức cưới cho cháu trai với bé gái 12 tuổi. "
           "Ngày 3/8, TAND tỉnh xét xử bị cáo Lâm Văn Tú (17 tuổi, ngụ xã Đông Hải) về tội Giao cấu "
           "với người dưới 16 tuổi.")
PRODIGY = ("Tập 5 của chương trình giới thiệu \"thần đồng âm nhạc\" 9 tuổi Minh Khoa. Ở tiết mục mở màn, "
           "bé Trần Thu Hà 6 tuổi nhảy múa trên nền nhạc dân gian.")


def _age_holder_of(text: str):
    from tomtat.checks.holders import age_holder
    return age_holder(text, next(i for i, c in enumerate(text) if c.isdigit()))


def test_the_holder_of_an_age_is_the_noun_or_name_before_it():
    assert _age_holder_of("cưới cô vợ chưa đủ 16 tuổi") == ("noun", "vợ")
    assert _age_holder_of("\"thần đồng âm nhạc\" 9 tuổi") == ("noun", "thần đồng âm nhạc")
    assert _age_holder_of("bé Trần Thu Hà 6 tuổi") == ("name", "hà")
    assert _age_holder_of("giao cấu với người dưới 16 tuổi") == ("category", "người")
    assert _age_holder_of("người phụ nữ 48 tuổi") is None  # a noun the tables do not know
    assert _age_holder_of("bị cáo Tú (17 tuổi") is None  # in a bracket: the name before it, verify asks


def test_an_age_the_article_gives_another_person_is_moved_to_a_holder_it_ages_otherwise():
    checked = verdict(WEDDING, "Ông ngoại bán bò làm lễ ra mắt cho cháu trai và bé gái 17 tuổi.", "17")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "bé gái 12 tuổi" in checked.explanation and "Lâm Văn Tú" in checked.explanation
    checked = verdict(PRODIGY, "Trấn Thành thán phục tài năng của \"thần đồng âm nhạc\" 6 tuổi.", "6")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "thần đồng âm nhạc" in checked.explanation


def test_an_age_given_to_its_own_holder_or_to_a_holder_aged_twice_is_left_alone():
    assert verdict(WEDDING, "Cháu trai cưới bé gái 12 tuổi.", "12").verdict is Verdict.SUPPORTED
    assert verdict(WEDDING, "Bị cáo 17 tuổi bị xét xử.", "17").verdict is Verdict.SUPPORTED  # no noun of the tables
    # two girls of two ages (which is the summary's?), a 17 said of a noun the tables do not know
    # (whose?): the question says nothing (another may: the sentence restated says 12)
    for article in (WEDDING + " Một bé gái 14 tuổi khác cũng bị xâm hại.",
                    WEDDING + " Người phụ nữ 17 tuổi đứng ra làm chứng."):
        checked = verdict(article, "Ông ngoại bán bò làm lễ ra mắt cho cháu trai và bé gái 17 tuổi.", "17")
        assert "the article gives the bé gái" not in checked.explanation


def test_an_age_of_many_or_a_range_of_ages_is_no_holders_age():
    assert _age_holder_of("nhiều bé gái 14 tuổi") is None
    summary = "Ông ngoại bán bò làm lễ ra mắt cho cháu trai và bé gái 17 tuổi."
    for many in ("Ở vùng này, nhiều bé gái 14 tuổi đã phải lấy chồng.", "Ở vùng này, bé gái 13-15 tuổi đã lấy chồng."):
        article = many + " TAND tỉnh xét xử bị cáo Lâm Văn Tú (17 tuổi, ngụ xã Đông Hải)."
        assert "the article gives the bé gái" not in verdict(article, summary, "17").explanation


THIEF = ("Công an thị xã khởi tố bị can với bà Lê Thị Mận (70 tuổi) về hành vi trộm cắp tài sản. Theo luật, "
         "không thi hành án tử hình đối với người bị kết án đủ 75 tuổi trở lên. Lúc 20 tuổi, bà từng đi buôn.")


def test_an_age_in_a_fronted_concessive_clause_is_the_main_clauses_subjects():
    assert _age_holder_of("Thời điểm đó, cháu L. chưa đầy 13 tuổi") == ("name", "l")  # an initial's stop
    assert _age_holder_of("đối với người bị kết án đủ 75 tuổi") == ("category", "người")  # the law's anyone
    assert _age_holder_of("từ rất sớm. Lúc 20 tuổi") is None  # a capital opening a sentence names no one
    moved = verdict(THIEF, "Mặc dù đã 75 tuổi, nhưng bà Lê Thị Mận vẫn đột nhập nhà dân.", "75")
    assert moved.verdict is Verdict.CONTEXT_MISMATCH
    assert "Mận 70 tuổi" in moved.explanation and "người bị kết án" in moved.explanation
    assert verdict(THIEF, "Mặc dù đã 70 tuổi, bà Lê Thị Mận vẫn đột nhập nhà dân.", "70").verdict \
        is Verdict.SUPPORTED
    # at another time of her life ("Lúc 20 tuổi"): whose 20 is, the question does not say
    checked = verdict(THIEF, "Mặc dù mới 20 tuổi, bà Lê Thị Mận đã đi buôn.", "20")
    assert "the article gives Mận" not in checked.explanation
