"""What a figure is said of (its slot: the predicate, the holder, the noun phrase, the span of
time next to it), and a value the article gives only in other slots while another of its values
fills the summary's. Fixture sentences are our own."""
from tomtat.checks import Verdict, extract_figures
from tomtat.checks.slots import apart, shared, slot_of

from check_fixtures import verdict


def _slot(text, figure_text):
    fig = next(f for f in extract_figures(text) if f.text == figure_text)
    return slot_of(text, fig)


# --- reading a slot -----------------------------------------------------------------------

def test_a_slot_reads_the_predicate_on_either_side_as_its_class():
    before = _slot("Vụ lật xe làm chết 4 người.", "4")
    after = _slot("Vụ lật xe khiến 4 người tử vong.", "4")
    assert "chết" in before.predicates and "chết" in after.predicates
    assert shared(before, after) >= 3  # vụ, lật, xe and the predicate class


def test_a_slot_stops_at_the_next_clause_so_each_figure_keeps_its_own_predicate():
    text = "Đám cháy làm 6 người chết và 20 người bị thương."
    dead, injured = _slot(text, "6"), _slot(text, "20")
    assert dead.predicates == {"chết"} and injured.predicates == {"bị thương"}
    assert apart(dead, injured)


def test_a_figure_in_apposition_takes_the_words_before_its_bracket():
    slot = _slot("Nghi phạm là con trai ông, Trần Văn Khoa (45 tuổi).", "45")
    assert {"trần", "văn", "khoa"} <= slot.words


def test_a_span_of_time_sets_two_slots_apart_but_a_comparison_base_does_not():
    day = _slot("Trong ngày hôm nay, thành phố ghi nhận 12 ca mắc mới.", "12")
    week = _slot("Trong tuần qua, thành phố ghi nhận 80 ca mắc mới.", "80")
    assert apart(day, week)
    base = _slot("Doanh thu đạt 40 tỷ đồng, tăng so với cùng kỳ năm trước.", "40 tỷ")
    assert base.scope is None


# --- a value given to another slot ----------------------------------------------------------

PARRICIDE = ("Con trai đánh chết cha già 84 tuổi vì bị mắng\n"
             "Chiều 3/8, công an huyện cho biết cụ ông Lê Văn Cảnh (84 tuổi) đã tử vong tại nhà. "
             "Nghi can là Lê Hồng Tâm (51 tuổi, con trai cụ Cảnh). Tâm khai đã uống rượu cả buổi chiều.")


def test_an_age_moved_from_the_father_to_the_father_slot_of_the_son_is_a_context_mismatch():
    checked = verdict(PARRICIDE, "Tâm bực tức đánh chết cha già 51 tuổi sau khi bị mắng.", "51 tuổi")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "84 tuổi" in checked.explanation and "51 tuổi" in checked.explanation


def test_the_right_age_in_the_same_words_is_supported():
    checked = verdict(PARRICIDE, "Tâm bực tức đánh chết cha già 84 tuổi sau khi bị mắng.", "84 tuổi")
    assert checked.verdict is Verdict.SUPPORTED


FIRE = ("Chiều 12/4, đám cháy lớn xảy ra tại một xưởng may ở huyện Đông Hòa. Đám cháy làm chết 6 người, "
        "hơn 20 người bị thương. Lực lượng chữa cháy mất 3 giờ mới dập tắt được đám cháy.")


def test_the_injured_given_as_the_dead_is_a_context_mismatch():
    checked = verdict(FIRE, "Đám cháy xưởng may làm chết 20 người.", "20 người")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "chết 6" in checked.explanation


def test_the_dead_in_other_words_is_supported():
    checked = verdict(FIRE, "Vụ cháy xưởng may khiến 6 người tử vong.", "6 người")
    assert checked.verdict is Verdict.SUPPORTED


def test_a_value_stated_again_in_the_summary_slot_is_supported():
    article = FIRE + " Sáng nay, cả 6 người chết đều đã được nhận dạng, 20 người bị thương được xuất viện."
    checked = verdict(article, "Hơn 20 người bị thương trong đám cháy xưởng may.", "20 người")
    assert checked.verdict is Verdict.SUPPORTED


def test_a_whole_whose_part_the_article_gives_in_the_slot_is_not_flagged():
    # 1 save told in words, then "10 pha cứu thua khác": the summary's 11 is the whole;
    # the article's own 11 (clearances) is in another slot
    article = ("Thủ môn Bảo có pha cứu thua ngăn tiền đạo Tùng ghi bàn, và còn có 10 pha cứu thua khác. "
               "Trung vệ Lâm phá bóng 11 lần trong trận.")
    checked = verdict(article, "Với 11 pha cứu thua, thủ môn Bảo là người hay nhất trận.", "11")
    assert not checked.verdict.flagged


def test_words_the_summary_adds_alone_do_not_make_a_slot():
    # the summary's words around 30 are its own: no other value of the article fills them
    article = "Xe khách chở 30 hành khách lao xuống vực. Tai nạn làm 2 hành khách bị thương nhẹ."
    checked = verdict(article, "Nhờ tài xế phanh kịp, 30 hành khách thoát nạn trong gang tấc.", "30 hành khách")
    assert checked.verdict is Verdict.SUPPORTED


# --- a year given to a name -------------------------------------------------------------------

IDOL = ("Quán quân Sao Mai 2012 Hà Vy gây bất ngờ\n"
        "Sau thời gian vắng bóng, Quán quân Sao Mai 2012 Hà Vy vừa trở lại với sân khấu. "
        "Hà Vy sinh năm 1990, quê ở tỉnh Lâm Đồng. Năm 2018, cô ra mắt album đầu tay.")


def test_a_year_given_to_a_name_the_article_gives_another_year_is_a_context_mismatch():
    checked = verdict(IDOL, "Quán quân Sao Mai năm 1990 Hà Vy vừa trở lại sân khấu.", "năm 1990")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "Sao Mai 2012" in checked.explanation


def test_the_year_the_article_gives_to_the_name_is_supported():
    assert verdict(IDOL, "Quán quân Sao Mai 2012 Hà Vy trở lại.", "2012").verdict is Verdict.SUPPORTED


def test_the_latest_edition_of_a_yearly_event_is_not_flagged():
    article = ("Giải thưởng Sách Hay 2024 đã trao cho 12 tác phẩm. Năm 2025, ban tổ chức mở thêm hạng mục "
               "sách tranh.")
    checked = verdict(article, "Giải thưởng Sách Hay 2025 mở thêm hạng mục sách tranh.", "2025")
    assert not checked.verdict.flagged


def test_the_editions_a_list_gives_make_a_yearly_event_and_another_year_is_not_flagged():
    article = ("Điểm chuẩn Trường Đại học Hòa Bình năm 2021, 2022, 2023 như sau. Năm 2024, trường tuyển "
               "900 sinh viên. Năm 2030, trường mở thêm cơ sở ở Đà Lạt.")
    checked = verdict(article, "Trường Đại học Hòa Bình năm 2024 tuyển 900 sinh viên.", "năm 2024")
    assert not checked.verdict.flagged


def test_a_year_the_article_gives_to_the_name_shortened_is_supported():
    article = ("Kỳ thủ Minh giành vé nhờ Grand Tour 2023. Người dẫn đầu Tour 2024 là Khôi. "
               "Giải năm 2026 sẽ diễn ra ở Đà Lạt.")
    checked = verdict(article, "Khôi đang dẫn đầu Grand Tour 2024.", "2024")
    assert not checked.verdict.flagged


def test_an_initial_does_not_end_the_words_before_a_bracket():
    slot = _slot("Nghi phạm bắn chị Nguyễn Thị H. (38 tuổi) rồi bỏ trốn.", "38")
    assert {"nguyễn", "thị"} <= slot.words


def test_the_dead_and_the_injured_exchanged_are_flagged_even_with_a_vague_amount():
    article = "Vụ sập giàn giáo làm chết 13 công nhân và hàng chục công nhân bị thương."
    summary = "Vụ sập giàn giáo khiến hàng chục công nhân thiệt mạng và 13 công nhân bị thương."
    checked = verdict(article, summary, "13 công nhân")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "hàng chục" in checked.explanation


OUTBREAK = ("Trong ngày hôm qua, tỉnh Phú Yên ghi nhận 12 ca mắc sốt xuất huyết mới. Tính cả tuần qua, "
            "tỉnh Phú Yên ghi nhận 80 ca mắc sốt xuất huyết mới, tăng mạnh.")


def test_one_day_count_given_as_the_week_count_is_a_context_mismatch():
    checked = verdict(OUTBREAK, "Trong tuần qua, tỉnh Phú Yên ghi nhận 12 ca mắc sốt xuất huyết mới.", "12 ca")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "80 ca" in checked.explanation


def test_each_count_with_its_own_span_is_supported():
    assert verdict(OUTBREAK, "Tuần qua, Phú Yên ghi nhận 80 ca mắc sốt xuất huyết mới.", "80 ca").verdict \
        is Verdict.SUPPORTED
    assert verdict(OUTBREAK, "Hôm qua Phú Yên có 12 ca mắc sốt xuất huyết mới.", "12 ca").verdict is Verdict.SUPPORTED


MUSIC = ("Đêm nhạc tái hiện không khí phố Huế xưa của những năm 1960 với dàn nhạc sống. Ca sĩ Lan "
         "cho biết: từ sau năm 1975, dòng nhạc này chưa bao giờ được dàn dựng công phu như vậy.")


def test_a_year_moved_to_the_slot_of_another_year_is_a_context_mismatch():
    checked = verdict(MUSIC, "Đêm nhạc tái hiện không khí phố Huế xưa của những năm 1975.", "năm 1975")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "1960" in checked.explanation


def test_a_year_in_its_own_slot_is_supported():
    checked = verdict(MUSIC, "Đêm nhạc tái hiện không khí phố Huế xưa của những năm 1960.", "năm 1960")
    assert checked.verdict is Verdict.SUPPORTED


# --- a figure in apposition, a number that names something ------------------------------------

ORCHARD = ("Điều tra vụ bé gái 6 tuổi bị xâm hại ở vườn cam\n"
           "Trưa 5/3, chị Lê Thị Hoa (32 tuổi, trú xã Tân Lập) đi đón con gái thì không thấy cháu ở trường. "
           "Người dân sau đó phát hiện cháu trong vườn cam gần nhà.")


def test_an_age_in_brackets_is_read_with_the_holder_before_the_bracket():
    # the summary's "(32 tuổi)" describes the girl of the title's slot; the article's 32 is the mother's
    checked = verdict(ORCHARD, "Công an đang điều tra vụ một bé gái (32 tuổi) bị xâm hại ở vườn cam.", "32")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "6 tuổi" in checked.explanation


def test_the_right_age_in_brackets_is_supported():
    checked = verdict(ORCHARD, "Công an đang điều tra vụ một bé gái (6 tuổi) bị xâm hại ở vườn cam.", "6")
    assert checked.verdict is Verdict.SUPPORTED


RAID = ("Phòng Cảnh sát điều tra tội phạm về ma túy (PC 04) phối hợp với công an huyện bắt 3 đối tượng. "
        "Tại kho hàng, tổ công tác thu giữ 12 bộ loa thùng, 1 xe tải. Biển số xe là 37C - 215.60.")


def test_a_number_of_a_code_states_no_count():
    # "PC 04" names a police department, "37C - 215.60" a plate: neither counts loa thùng
    assert verdict(RAID, "Cảnh sát thu giữ 04 loa thùng.", "04").verdict.flagged
    assert verdict(RAID, "Cảnh sát thu giữ 215.60 loa thùng.", "215.60").verdict.flagged


def test_the_count_beside_a_code_is_still_read():
    assert verdict(RAID, "Cảnh sát thu giữ 12 bộ loa thùng.", "12").verdict is Verdict.SUPPORTED
    # an abbreviation followed by the noun it counts is no code: "ABS 2 kênh"
    article = "Xe trang bị phanh ABS 2 kênh và đèn LED."
    assert verdict(article, "Xe có phanh ABS hai kênh.", "hai").verdict is Verdict.SUPPORTED


# --- a value moved into the sentence a summary sentence restates ------------------------------

LOAN = ("Theo hồ sơ, chị Lan đã nhiều lần hỏi vay nhóm của Toàn với tổng số tiền khoảng 70 triệu đồng, mức lãi suất "
        "10% mỗi tháng. Khi khám xét, công an phát hiện trong túi Toàn có 6 hợp đồng cho vay cùng 30 triệu đồng tiền mặt.")


def test_a_value_moved_into_a_sentence_restated_in_part_is_a_context_mismatch():
    # the summary sentence adds words of its own (so it shares under 75% with the one it restates)
    summary = ("Là tiểu thương buôn bán ở chợ, chị Lan từng hỏi vay nhóm Toàn, với tổng số tiền khoảng 30 triệu đồng "
               "và lãi suất 10% mỗi tháng.")
    checked = verdict(LOAN, summary, "30 triệu")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "70 triệu" in checked.explanation


def test_the_value_of_the_sentence_restated_in_part_is_supported():
    summary = ("Là tiểu thương buôn bán ở chợ, chị Lan từng hỏi vay nhóm Toàn, với tổng số tiền khoảng 70 triệu đồng "
               "và lãi suất 10% mỗi tháng.")
    assert verdict(LOAN, summary, "70 triệu").verdict is Verdict.SUPPORTED


def test_the_sum_of_the_parts_the_restated_sentence_gives_is_no_moved_value():
    article = ("Tại phiên sơ thẩm, tòa tuyên phạt bị cáo Hải 2 năm tù về tội cướp giật tài sản và 3 năm tù về tội cố ý "
               "gây thương tích. Viện kiểm sát cho rằng mức án tổng hợp 5 năm tù với bị cáo Hải là tương xứng.")
    summary = "Tòa tuyên phạt bị cáo Hải 5 năm tù về hai tội cướp giật tài sản và cố ý gây thương tích."
    assert verdict(article, summary, "5").verdict is Verdict.SUPPORTED


def test_a_sentence_that_gives_both_values_restates_both():
    article = ("Hãng từng công bố kế hoạch đầu tư khoảng 69 tỷ USD vào xe điện đến năm 2030. Nay hãng điều chỉnh mức "
               "đầu tư vào xe điện xuống còn 48,4 tỷ USD vì doanh số thấp.")
    summary = "Hãng điều chỉnh mức đầu tư vào xe điện từ 69 tỷ USD xuống còn 48,4 tỷ USD vì doanh số thấp."
    assert verdict(article, summary, "69 tỷ").verdict is Verdict.SUPPORTED


# --- predicates of one exclusive group --------------------------------------------------------

KNIFE = ("Bắt đối tượng say rượu cầm dao truy sát 9 người thương vong\n"
         "Tối 3/5, Lê Văn Tám về nhà sau khi uống rượu rồi cầm dao đi khắp xóm. Vụ việc khiến 9 người thương vong. "
         "Đến sáng hôm sau, vụ truy sát đã có 1 người tử vong.")


def test_the_dead_given_as_the_casualties_is_a_context_mismatch():
    summary = "Sau cuộc nhậu, một người đàn ông ở làng chài cầm dao truy sát làm 1 người thương vong trong đêm."
    checked = verdict(KNIFE, summary, "1")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "9 người thương vong" in checked.explanation


def test_the_casualties_and_the_dead_each_in_their_own_words_are_supported():
    summary = "Sau cuộc nhậu, một người đàn ông ở làng chài cầm dao truy sát làm 9 người thương vong trong đêm."
    assert verdict(KNIFE, summary, "9").verdict is Verdict.SUPPORTED
    summary = "Sau cuộc nhậu, một người đàn ông ở làng chài cầm dao truy sát làm 1 người tử vong."
    assert verdict(KNIFE, summary, "1").verdict is Verdict.SUPPORTED


def test_positive_and_negative_tests_set_two_slots_apart():
    positive = _slot("Qua kiểm tra, 12 đối tượng dương tính với ma túy.", "12")
    negative = _slot("Qua kiểm tra, 28 đối tượng âm tính với ma túy.", "28")
    assert apart(positive, negative)
    draw = _slot("Đội khách cầm hòa 2 trận.", "2")
    win = _slot("Đội khách thắng 3 trận.", "3")
    assert apart(draw, win)


# --- an age its holder cannot be --------------------------------------------------------------

RIVERSIDE = ("Khởi tố người đàn ông dâm ô bé gái 8 tuổi\n"
             "Ngày 24/2, Lê Văn Bình (43 tuổi, trú xã Hưng Lĩnh) chạy xe máy ven sông thì thấy cháu bé đang chơi "
             "một mình. Bình dụ cháu lên xe rồi thực hiện hành vi đồi bại.")


def test_an_adult_age_given_to_a_child_is_a_context_mismatch():
    checked = verdict(RIVERSIDE, "Người đàn ông vừa ra tù dâm ô bé 43 tuổi khiến người dân phẫn nộ.", "43")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "Lê Văn Bình (43 tuổi" in checked.explanation


def test_ages_that_fit_their_holders_are_supported():
    assert verdict(RIVERSIDE, "Người đàn ông vừa ra tù dâm ô bé 8 tuổi.", "8").verdict is Verdict.SUPPORTED
    assert verdict(RIVERSIDE, "Bình, 43 tuổi, bị khởi tố.", "43").verdict is Verdict.SUPPORTED
    # "cô bé" names teenagers too: no age group is read from it
    article = "Cô bé Trần Thị Mai năm nay 18 tuổi đã giành học bổng toàn phần."
    assert verdict(article, "Cô bé 18 tuổi giành học bổng toàn phần.", "18").verdict is Verdict.SUPPORTED


def test_a_count_of_people_does_not_state_a_count_of_criminal_records():
    article = "Tổ công tác đưa hai người về trụ sở. Đê từng bị phạt tù về tội cướp tài sản."
    assert verdict(article, "Từng có 2 tiền án về tội cướp tài sản, Đê vẫn lừa đảo.", "2").verdict.flagged


# --- session 6: the steps of a case, the quarter of a year ---------------------------------------

GAMBLING = ("Tối 3/4, công an tỉnh bắt quả tang 36 đối tượng trong sới bạc liên huyện. "
            "Đến nay, công an tỉnh đã khởi tố 20 đối tượng trong sới bạc liên huyện.")


def test_the_people_caught_are_not_the_people_charged():
    charged = verdict(GAMBLING, "Công an tỉnh đã khởi tố 36 đối tượng trong sới bạc.", "36 đối tượng")
    assert charged.verdict is Verdict.CONTEXT_MISMATCH
    assert verdict(GAMBLING, "Công an tỉnh bắt quả tang 36 đối tượng trong sới bạc.", "36 đối tượng").verdict \
        is Verdict.SUPPORTED
    assert verdict(GAMBLING, "Công an tỉnh đã khởi tố 20 đối tượng.", "20 đối tượng").verdict is Verdict.SUPPORTED


CASH = ("Tại sòng bạc, công an thu giữ 154 triệu đồng tiền mặt của đường dây. Công an xác định đường dây "
        "đã giao dịch 30 tỷ đồng tiền mặt qua mạng.")


def test_the_sum_seized_is_not_the_sum_wagered():
    wagered = verdict(CASH, "Đường dây đã giao dịch 154 triệu đồng tiền mặt qua mạng.", "154 triệu")
    assert wagered.verdict is Verdict.CONTEXT_MISMATCH
    assert verdict(CASH, "Công an thu giữ 154 triệu đồng tiền mặt của đường dây.", "154 triệu").verdict \
        is Verdict.SUPPORTED


COMPUTERS = ("Đêm 20/5, Định đột nhập cửa hàng và lấy trộm 51 chiếc máy tính xách tay. Sau đó, Định bán 49 "
             "chiếc máy tính xách tay cho một người quen, 2 chiếc còn lại giữ để dùng.")


def test_what_was_stolen_is_not_what_was_sold_on():
    stolen = verdict(COMPUTERS, "Định đột nhập cửa hàng và lấy đi 49 chiếc máy tính xách tay.", "49 chiếc")
    assert stolen.verdict is Verdict.CONTEXT_MISMATCH
    assert verdict(COMPUTERS, "Định đã bán 49 chiếc máy tính xách tay cho người quen.", "49 chiếc").verdict \
        is Verdict.SUPPORTED
    assert verdict(COMPUTERS, "Định trộm 51 chiếc máy tính xách tay.", "51 chiếc").verdict is Verdict.SUPPORTED


EMBEZZLED = ("Từ năm 2016 đến năm 2019, kế toán trưởng Lê Văn Tùng đã thụt két gần 2,4 tỷ đồng của nhà "
             "trường. Đến nay, gia đình Tùng đã khắc phục được 600 triệu đồng.")


def test_the_sum_paid_back_is_not_the_sum_embezzled():
    taken = verdict(EMBEZZLED, "Vị kế toán trưởng qua mặt lãnh đạo nhà trường, biển thủ gần 600 triệu đồng.",
                    "600 triệu")
    assert taken.verdict is Verdict.CONTEXT_MISMATCH
    assert "2,4 tỷ" in taken.explanation and "khắc phục" in taken.explanation
    assert verdict(EMBEZZLED, "Gia đình kế toán trưởng đã trả lại 600 triệu đồng.", "600 triệu").verdict \
        is Verdict.SUPPORTED
    assert verdict(EMBEZZLED, "Kế toán trưởng biển thủ gần 2,4 tỷ đồng.", "2,4 tỷ").verdict is Verdict.SUPPORTED


JOBS = ("Từ năm 2018 đến năm 2020, Nguyễn Thị Lan nhận tiền của nhiều người để hứa xin việc vào ngành "
        "giáo dục. Riêng bà Hoàng Thị Mơ đã đưa cho Lan 280 triệu đồng. Tổng số tiền Lan chiếm đoạt của 12 "
        "bị hại là hơn 1,9 tỷ đồng.")


def test_one_victims_sum_given_to_the_whole_the_summary_counts_is_a_context_mismatch():
    part = verdict(JOBS, "Lan hứa xin việc vào ngành giáo dục, chiếm đoạt 280 triệu đồng của 12 người bị hại.",
                   "280 triệu")
    assert part.verdict is Verdict.CONTEXT_MISMATCH
    assert "1,9 tỷ" in part.explanation and "Hoàng Thị Mơ" in part.explanation


def test_the_whole_sum_and_one_victims_sum_each_in_their_own_words_are_supported():
    assert verdict(JOBS, "Lan chiếm đoạt hơn 1,9 tỷ đồng của 12 bị hại.", "1,9 tỷ").verdict is Verdict.SUPPORTED
    assert verdict(JOBS, "Bà Mơ đưa cho Lan 280 triệu đồng, một trong 12 bị hại.", "280 triệu").verdict \
        is Verdict.SUPPORTED  # no act of the tables in the summary's words: nothing said of it


def test_trade_is_read_as_one_word_not_as_a_sale():
    assert _slot("Hai đối tượng mua bán 5 kg ma túy.", "5").predicates == {"mua bán"}


EXPORTS = ("Kim ngạch xuất khẩu quý I tăng 9% so với cùng kỳ, nhờ đơn hàng dệt may phục hồi. "
           "Kim ngạch xuất khẩu 6 tháng đầu năm tăng 12%.")


def test_a_half_year_rate_given_to_the_first_quarter_is_context_mismatch():
    quarter = verdict(EXPORTS, "Kim ngạch xuất khẩu quý I tăng 12%.", "12%")
    assert quarter.verdict is Verdict.CONTEXT_MISMATCH
    assert verdict(EXPORTS, "Kim ngạch xuất khẩu sáu tháng đầu năm tăng 12%.", "12%").verdict is Verdict.SUPPORTED
    assert verdict(EXPORTS, "Kim ngạch xuất khẩu quý I tăng 9%.", "9%").verdict is Verdict.SUPPORTED


def test_this_quarter_may_be_the_quarter_named():
    assert not apart(_slot("Trong quý này, doanh thu đạt 200 tỷ đồng.", "200 tỷ"),
                     _slot("Doanh thu quý II đạt 200 tỷ đồng.", "200 tỷ"))
    assert apart(_slot("Doanh thu quý I đạt 150 tỷ đồng.", "150 tỷ"),
                 _slot("Doanh thu quý II đạt 200 tỷ đồng.", "200 tỷ"))


BRAWL = ("Vụ hỗn chiến tại quán nhậu làm 1 người chết và 2 người bị thương nặng. Trước đó, hai nhóm thanh niên "
         "đã cãi vã trong quán.")


def test_the_dead_given_the_injured_count_is_caught_past_a_bare_number():
    # the article's "hai" (two groups) counts no person: the dead are "1 người chết", which the
    # summary's "tử vong" restates although the article writes no detail after its unit
    dead = verdict(BRAWL, "Vụ hỗn chiến tại quán nhậu khiến 2 người tử vong.", "2 người")
    assert dead.verdict is Verdict.CONTEXT_MISMATCH
    assert verdict(BRAWL, "Vụ hỗn chiến khiến 1 người tử vong, 2 người bị thương.", "2 người").verdict \
        is Verdict.SUPPORTED
    assert verdict(BRAWL, "Vụ hỗn chiến tại quán nhậu khiến 1 người tử vong.", "1 người").verdict is Verdict.SUPPORTED


PAGEANT = ("Mai Phương đăng quang Hoa hậu Thế giới Việt Nam 2023 tại TP HCM. Trước đó, cô từng lọt top 10 "
           "Hoa hậu Việt Nam 2020.")


def test_a_title_with_words_in_lower_case_keeps_its_own_year():
    # "Hoa hậu Thế giới Việt Nam" and "Hoa hậu Việt Nam" are two titles, not one "Việt Nam"
    wrong = verdict(PAGEANT, "Mai Phương là tân Hoa hậu Thế giới Việt Nam 2020.", "2020")
    assert wrong.verdict is Verdict.CONTEXT_MISMATCH
    assert verdict(PAGEANT, "Mai Phương là tân Hoa hậu Thế giới Việt Nam 2023.", "2023").verdict is Verdict.SUPPORTED
    assert verdict(PAGEANT, "Cô từng vào top 10 Hoa hậu Việt Nam 2020.", "2020").verdict is Verdict.SUPPORTED
