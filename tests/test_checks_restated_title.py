"""A short article sentence (a title, a lead) that the summary sentence holds nearly whole, whose
one figure of the unit the summary replaces with a value the article gives elsewhere, of
something else. Fixture sentences are our own."""
import pytest

from tomtat.checks import Verdict

from check_fixtures import verdict

FIREWORKS = ("Quảng Bình: Tạm giữ gần 80 đối tượng đốt pháo đêm Giao thừa\nTrong đêm Giao thừa, Công an "
             "tỉnh Quảng Bình đã phát hiện nhiều vụ đốt pháo trái phép. Riêng Công an huyện Lệ Thuỷ đã "
             "bắt giữ 9 đối tượng có hành vi đốt pháo tại các xã ven biển.")
SCAM = ("Nghệ sĩ Minh Tâm bị kẻ gian lừa 60 triệu đồng qua tin nhắn\nTheo lời kể, kẻ gian giả danh người "
        "quen nhờ chuyển tiền. Tuy nhiên, trong tài khoản của ông chỉ còn 42 triệu đồng nên ông chuyển "
        "làm hai lần.")
PROJECTS = ("Thêm 31 dự án vướng mắc tại Đà Nẵng được tháo gỡ\nSở Xây dựng cho biết toàn thành phố hiện có "
            "512 dự án vướng mắc cần được xem xét, trong đó sở đã xử lý phần lớn.")


@pytest.mark.parametrize("article, summary, figure, restated", [
    (FIREWORKS, "Trong đêm Giao thừa, Công an tỉnh Quảng Bình đã tạm giữ gần 9 đối tượng đốt pháo trái phép.",
     "9", "80"),
])
def test_a_restated_title_given_another_statements_value_is_context_mismatch(article, summary, figure, restated):
    checked = verdict(article, summary, figure)
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "the title this sentence restates" in checked.explanation and restated in checked.explanation


@pytest.mark.parametrize("article, summary, figure", [
    # the title's value restated, or the body's value with the body's own words
    (FIREWORKS, "Trong đêm Giao thừa, Công an tỉnh Quảng Bình đã tạm giữ gần 80 đối tượng đốt pháo.", "80"),
    (FIREWORKS, "Công an huyện Lệ Thuỷ đã bắt giữ 9 đối tượng đốt pháo đêm Giao thừa.", "9"),
    (SCAM, "Mới đây, nghệ sĩ Minh Tâm, người từng đóng nhiều vai phản diện trên sân khấu kịch, đã bị kẻ gian "
           "lừa 60 triệu đồng qua tin nhắn chỉ trong chớp mắt.", "60 triệu"),
    # the title's "Thêm 31" is one more batch; the summary's 512 is said with the body's words
    (PROJECTS, "Đà Nẵng hiện có 512 dự án vướng mắc cần được tháo gỡ, Sở Xây dựng đã xử lý phần lớn.", "512"),
])
def test_a_title_restated_with_its_own_value_or_a_body_statement_is_supported(article, summary, figure):
    assert verdict(article, summary, figure).verdict is Verdict.SUPPORTED


# The summary sentence holds little of the title, but gives its number with the title's own word
# on each side ("chưa đầy _ tuổi", "' Bến _ '"), while the value it gives is said elsewhere.
BABY = ("Nước mắt của đứa bé chưa đầy 2 tuổi trong phiên xử cha ở Lạng Sơn\nSáng nay, phiên toà xét xử "
        "Lò Văn Sáng mở tại TAND tỉnh. Mới 22 tuổi, vợ của bị cáo đã có hai con nhỏ và bế theo cả hai "
        "vào toà.")
KNIFE = ("Kẻ đâm 2 “hiệp sĩ” đường phố ở Bình Dương lĩnh án tử\nSáng nay, toà tuyên phạt bị cáo Lâm tử hình. "
         "Cùng về 3 tội danh trên, đồng phạm của Lâm bị tuyên án chung thân.")
DEBT = ("Em trai đi xuất khẩu lao động nợ 500 triệu đồng\nMẹ tôi kể mấy hôm trước em gọi về báo đang nợ "
        "khoảng 300 triệu đồng, nay còn nhiều hơn.")
MORE = ("Hơn 30 hộ dân xã Tân Lập được hỗ trợ sửa nhà\nUBND huyện cho biết đã chi tiền hỗ trợ cho "
        "46 hộ dân.")


@pytest.mark.parametrize("article, summary, figure, restated", [
    (BABY, "Khi toà nghị án, người vợ bế đứa con chưa đầy 22 tuổi đến xin gặp chồng.", "22", "2"),
    (KNIFE, "Bị cáo buộc đâm 3 “hiệp sĩ”, Lâm đã không còn cơ hội làm lại cuộc đời.", "3", "2"),
])
def test_a_title_number_with_its_own_words_beside_given_another_value_is_context_mismatch(
        article, summary, figure, restated):
    checked = verdict(article, summary, figure)
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "the title this sentence restates" in checked.explanation and restated in checked.explanation


@pytest.mark.parametrize("article, summary, figure", [
    # the word beside is beside a statement of the summary's value too ("đang nợ khoảng 300")
    (DEBT, "Hiện em trai nợ 300 triệu đồng và mẹ đang tìm cách giúp.", "300 triệu"),
    # "hơn" is a qualifier, not a word of the title's slot
    (MORE, "Huyện đã hỗ trợ sửa nhà cho hơn 46 hộ dân trong năm.", "46"),
])
def test_a_title_word_beside_that_tells_nothing_of_the_slot_is_supported(article, summary, figure):
    assert verdict(article, summary, figure).verdict is Verdict.SUPPORTED
