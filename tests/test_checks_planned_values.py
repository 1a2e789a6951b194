"""A value the article gives only as planned, forecast, targeted or approved, stated by the
summary as done. Fixture sentences are our own."""
import pytest

from tomtat.checks import Verdict

from check_fixtures import verdict

TROOPS = ("Quảng Hòa huy động lực lượng ứng cứu vùng lũ\nSáng 3/10, Bộ Chỉ huy quân sự tỉnh Quảng Hòa cho "
          "biết dự kiến huy động 700 chiến sĩ giúp dân khắc phục hậu quả lũ. Đến trưa, 200 chiến sĩ đầu tiên "
          "đã có mặt tại xã Tân Lập. Tỉnh cũng sẽ chi 15 tỷ đồng hỗ trợ các hộ mất nhà.")
LOAN = ("Ngân hàng Phú An ký thỏa thuận với Công ty điện Minh Long\nTheo thỏa thuận, Ngân hàng Phú An sẽ "
        "cấp gói tín dụng 3.500 tỷ đồng cho Công ty điện Minh Long trong ba năm. Năm nay công ty đã nhận "
        "1.200 tỷ đồng.")
REACHED = ("Trường Hòa Bình tuyển sinh lớp 10\nNăm nay trường đặt chỉ tiêu 450 học sinh. Đến hết đợt một, "
           "trường đã tuyển được 450 học sinh, đạt 100% kế hoạch.")
THOUGHT = ("Thủ môn Lâm chia tay CLB Sông Hàn\nLâm nói: \"Tôi đến đây với ý định ở lâu, nhưng không nghĩ "
           "sẽ gắn bó ở đây 12 năm\". Anh giành 5 danh hiệu cùng đội.")
AIMED = ("Hành trình đạp xe vì trẻ em\nTháng 2, anh Khoa xuất phát từ Hà Nội. Mục tiêu là ghé 40 trường học "
         "vùng cao. Khi kết thúc hành trình, anh tổ chức buổi gặp mặt tại Huế.")
COMPARED = ("Nhà máy đường Sơn Hà báo cáo sản lượng\nNhà máy đã sản xuất 80.000 tấn đường, đạt 95% kế hoạch "
            "năm, tăng 12% so với năm trước.")


@pytest.mark.parametrize("article, summary, figure", [
    (TROOPS, "Bộ Chỉ huy quân sự tỉnh Quảng Hòa đã triển khai 700 chiến sĩ giúp dân khắc phục hậu quả lũ.", "700"),
    (TROOPS, "Tỉnh Quảng Hòa đã chi 15 tỷ đồng hỗ trợ các hộ mất nhà.", "15 tỷ"),
    (LOAN, "Ngân hàng Phú An đã cấp 3.500 tỷ đồng tín dụng cho Công ty điện Minh Long.", "3.500 tỷ"),
])
def test_a_value_the_article_gives_only_as_planned_stated_as_done_is_context_mismatch(article, summary, figure):
    checked = verdict(article, summary, figure)
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "only as planned" in checked.explanation


@pytest.mark.parametrize("article, summary, figure", [
    # the summary keeps the plan
    (TROOPS, "Bộ Chỉ huy quân sự tỉnh Quảng Hòa dự kiến huy động 700 chiến sĩ giúp dân.", "700"),
    (TROOPS, "Tỉnh Quảng Hòa sẽ chi 15 tỷ đồng hỗ trợ các hộ mất nhà.", "15 tỷ"),
    (LOAN, "Ngân hàng Phú An đã ký thỏa thuận cấp 3.500 tỷ đồng tín dụng cho Công ty điện Minh Long.", "3.500 tỷ"),
    # the article states the value done too
    (TROOPS, "Đến trưa, 200 chiến sĩ đã có mặt tại xã Tân Lập.", "200"),
    # a target the article reports as reached
    (REACHED, "Trường Hòa Bình đã tuyển được 450 học sinh lớp 10.", "450"),
    # "đạt 95% kế hoạch" compares with the plan: what is done
    # a "sẽ" in a thought of one who did it; an aim ("mục tiêu" names a target as often)
    (THOUGHT, "Thủ môn Lâm đã gắn bó với CLB Sông Hàn trong 12 năm.", "12"),
    (AIMED, "Anh Khoa đã ghé 40 trường học vùng cao.", "40"),
    (COMPARED, "Nhà máy đường Sơn Hà đã sản xuất 80.000 tấn đường, đạt 95% kế hoạch năm.", "95%"),
])
def test_a_plan_told_as_a_plan_or_a_value_the_article_states_done_is_supported(article, summary, figure):
    assert verdict(article, summary, figure).verdict is Verdict.SUPPORTED
