"""Two values of one article sentence exchanged in the summary sentence that gives both (the
words right before or after each number tell which is which). Fixture sentences are our own."""
import pytest

from tomtat.checks import Verdict

from check_fixtures import verdict

ENGAGED = ("Cặp đôi ca sĩ Hà My và Quốc Bảo tổ chức đám cưới ở Đà Lạt\nSau gần 8 năm hẹn hò và 3 năm "
           "đính hôn, Hà My và Quốc Bảo đã tổ chức lễ cưới vào cuối tuần qua.")
CHARGED = ("Khởi tố thanh niên dụ dỗ nữ sinh\nCông an huyện Tân Hiệp đã khởi tố Lê Văn Tài (22 tuổi) về "
           "hành vi giao cấu với người từ đủ 13 tuổi đến dưới 16 tuổi.")
WEIGHT = ("Người mẹ trẻ giảm cân thành công\nSau một năm tập luyện, chị Thu Hà giảm được hơn 20 kg. "
          "Từ 74,5 kg ban đầu, giờ đây chị chỉ còn 52,3 kg.")
SENTENCE = ("Đề nghị mức án cho tài xế xe tải\nViện kiểm sát đề nghị xử phạt Trần Văn Lộc mức án từ 7 năm "
            "đến 8 năm tù về tội Vi phạm quy định về tham gia giao thông đường bộ.")
FINED = ("Xử phạt hai quán karaoke\nĐội quản lý thị trường số 4 đã phạt quán Hoa Mai 15 triệu đồng, "
         "phạt quán Sao Đêm 22 triệu đồng vì không có giấy phép.")


@pytest.mark.parametrize("article, summary, figure, other", [
    (ENGAGED, "Sau gần 3 năm hẹn hò, 8 năm đính hôn, Hà My và Quốc Bảo đã cưới.", "3", "8"),
    (CHARGED, "Tài bị khởi tố về hành vi giao cấu với người từ đủ 16 tuổi đến dưới 13 tuổi.", "16", "13"),
    (WEIGHT, "Từ 52,3 kg ban đầu, chị Thu Hà giờ chỉ còn 74,5 kg.", "52,3", "74,5"),
    (SENTENCE, "Tài xế Trần Văn Lộc bị đề nghị mức án từ 8 năm đến 7 năm tù.", "8", "7"),
])
def test_two_values_of_one_sentence_exchanged_are_context_mismatch(article, summary, figure, other):
    checked = verdict(article, summary, figure)
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "exchanges two values" in checked.explanation and other in checked.explanation


@pytest.mark.parametrize("article, summary, figure", [
    (ENGAGED, "Sau gần 8 năm hẹn hò, 3 năm đính hôn, Hà My và Quốc Bảo đã cưới.", "8"),
    (ENGAGED, "Sau gần 8 năm hẹn hò, 3 năm đính hôn, Hà My và Quốc Bảo đã cưới.", "3"),
    (CHARGED, "Tài giao cấu với người từ đủ 13 tuổi đến dưới 16 tuổi.", "13"),
    # the order of a list says nothing: its neighbours are the same words
    (FINED, "Hai quán karaoke bị phạt 22 triệu đồng và 15 triệu đồng.", "22 triệu"),
    # one value given with the other's words, the other value not given: no exchange to read
    (WEIGHT, "Từ 52,3 kg ban đầu, chị Thu Hà đã giảm hơn 20 kg.", "52,3"),
])
def test_values_in_their_own_places_or_with_no_cross_are_not_exchanged(article, summary, figure):
    assert "exchanges two values" not in verdict(article, summary, figure).explanation


SHOES = ("Bắt nhóm trộm hàng trong container\nCông an TP Hải Phòng đã bắt 5 đối tượng cùng tang vật là "
         "gần 3.200 đôi giày thể thao, 4.500 chiếc áo khoác và nhiều tài sản khác.")
LOCKS = ("Bắt kẻ trộm phá khoá tủ\nChỉ với 1 chiếc tua vít, Lê Văn Sơn đã phá 3 khoá tủ của cửa hàng, "
         "lấy 40 chiếc thẻ cào điện thoại.")


@pytest.mark.parametrize("article, summary, figure", [
    # the value counts another noun after its classifier; another value counts the summary's
    (SHOES, "Nhóm đối tượng đã trộm 4.500 chiếc giày thể thao từ các container.", "4.500"),
    (LOCKS, "Lê Văn Sơn dùng tua vít phá 40 chiếc khoá tủ của cửa hàng.", "40"),
])
def test_a_value_of_another_counted_noun_read_through_its_classifier_is_context_mismatch(article, summary, figure):
    checked = verdict(article, summary, figure)
    assert checked.verdict is Verdict.CONTEXT_MISMATCH and "said of something else" in checked.explanation


@pytest.mark.parametrize("article, summary, figure", [
    (SHOES, "Tang vật gồm 4.500 chiếc áo khoác và gần 3.200 đôi giày.", "4.500"),
    (LOCKS, "Sơn lấy 40 chiếc thẻ cào sau khi phá 3 khoá tủ.", "40"),
])
def test_a_value_with_its_own_counted_noun_is_supported(article, summary, figure):
    assert verdict(article, summary, figure).verdict is Verdict.SUPPORTED


COMPOSER = ("Nhạc sĩ Lê Minh qua đời ở tuổi 88\nÔng để lại hơn 300 ca khúc. Trong sự nghiệp, ông từng "
            "viết nhạc cho gần 40 bộ phim truyền hình.")


def test_an_age_written_after_its_noun_given_a_count_of_another_noun_is_context_mismatch():
    checked = verdict(COMPOSER, "Nhạc sĩ Lê Minh, tác giả của nhiều ca khúc, vừa qua đời ở tuổi 40.", "40")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH and "the age 88" in checked.explanation


def test_an_age_written_after_its_noun_stated_so_is_supported():
    assert verdict(COMPOSER, "Nhạc sĩ Lê Minh vừa qua đời ở tuổi 88.", "88").verdict is Verdict.SUPPORTED
