"""A value the article gives only as one item of a list of parts ("gồm: ...", "trong đó ..."), or
as one person's share, given by the summary as the whole. Fixture sentences are our own."""
import pytest

from tomtat.checks import Verdict

from check_fixtures import verdict

STOLEN = ("Ca sĩ Minh Thư bị trộm khoắng 3 tỷ đồng\nNgày 5/4, ca sĩ Minh Thư trình báo bị trộm đột nhập "
          "biệt thự ở huyện Bình Chánh, phá két sắt, lấy trộm tài sản tổng trị giá khoảng 3 tỷ đồng, gồm: "
          "50 lượng vàng, 400 triệu đồng tiền mặt và 1 đồng hồ trị giá 800 triệu đồng.")
SEIZED = ("Bắt nữ chủ đường dây ghi lô đề qua mạng với số tiền giao dịch 20 tỷ đồng\nNgày 3/5, Công an "
          "tỉnh Nam Định cho biết đã bắt Trần Thị Bình (42 tuổi) để điều tra hành vi tổ chức đánh bạc. "
          "Theo điều tra, Bình lập 2 trang mạng để ghi lô đề, xóc đĩa cho con bạc. Tang vật thu giữ gồm: "
          "2 xe ô tô, 5 điện thoại di động, 120 triệu đồng tiền mặt.")
DOGS = ("Công an huyện Kim Động đã đưa 12 con chó của gia đình ông Tư về trụ sở để điều tra vụ cháu bé "
        "bị cắn tử vong. Trong đó có 8 con chó lớn và 4 con chó nhỏ.")
SENTENCED = ("78 tháng tù cho 3 thanh niên gây rối\nTAND tỉnh Long An vừa xét xử 3 bị cáo về tội Gây rối "
             "trật tự công cộng. Lê Văn Nam 30 tháng tù, Trần Văn Hải 27 tháng tù giam, Phạm Văn Tú 21 "
             "tháng tù treo.")


@pytest.mark.parametrize("article, summary, figure, whole", [
    (STOLEN, "Sau khi bị trộm phá két lấy đi 800 triệu đồng, ca sĩ Minh Thư đã thuê bảo vệ.", "800 triệu", "3 tỷ"),
    (SEIZED, "Bình lập 2 trang mạng tổ chức ghi lô đề với số tiền giao dịch lên tới 120 triệu đồng.",
     "120 triệu", "20 tỷ"),
    (DOGS, "Toàn bộ 8 con chó liên quan đến vụ cắn chết cháu bé đã được đưa về trụ sở.", "8", "12"),
    (SENTENCED, "Ba thanh niên gây rối vừa phải nhận hình phạt tổng cộng 27 tháng tù.", "27", "78"),
])
def test_one_item_of_a_list_given_as_the_whole_is_context_mismatch(article, summary, figure, whole):
    checked = verdict(article, summary, figure)
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "one part of a list" in checked.explanation and whole in checked.explanation


@pytest.mark.parametrize("article, summary, figure", [
    (STOLEN, "Kẻ gian lấy trộm 400 triệu đồng tiền mặt cùng 50 lượng vàng.", "400 triệu"),
    (STOLEN, "Kẻ gian lấy trộm tài sản trị giá 3 tỷ đồng, trong đó có chiếc đồng hồ 800 triệu đồng.", "800 triệu"),
    (SEIZED, "Công an thu giữ 120 triệu đồng tiền mặt cùng 2 xe ô tô.", "120 triệu"),
    (DOGS, "Công an bắt 12 con chó, trong đó 8 con chó lớn.", "8"),
    (SENTENCED, "Bị cáo Trần Văn Hải lĩnh 27 tháng tù giam.", "27"),
])
def test_an_item_restated_as_an_item_or_with_its_whole_is_supported(article, summary, figure):
    assert verdict(article, summary, figure).verdict is Verdict.SUPPORTED


PUPPIES = ("Đàn chó cắn chết bé trai 8 tuổi ở Kim Động\nCông an huyện Kim Động đã đưa 11 con chó của gia "
           "đình bà Tư về trụ sở. Trong đó có 8 con chó lớn và 3 chó con.")


def test_an_item_beside_a_count_with_no_unit_read_and_an_age_of_the_same_value_is_still_an_item():
    checked = verdict(PUPPIES, "Toàn bộ 8 con chó liên quan đến vụ cắn chết bé trai đã bị bắt.", "8")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH and "11" in checked.explanation
