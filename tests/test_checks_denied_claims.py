"""A value the article gives only inside a claim it reports as denied, stated by the summary as a
fact. Fixture sentences are our own."""
import pytest

from tomtat.checks import Verdict

from check_fixtures import verdict

RUMOUR = ("Lãnh đạo huyện Tân Phú lên tiếng về tin đồn sa thải công nhân\nThời gian qua, mạng xã hội lan "
          "truyền thông tin Công ty may Hòa Bình sa thải 500 công nhân trong tháng 3. Trả lời phóng viên, "
          "ông Lê Văn Tâm, Chủ tịch UBND huyện Tân Phú, phủ nhận và khẳng định không có chuyện sa thải 500 "
          "công nhân. Công ty hiện có 2.300 công nhân, đang tuyển thêm 120 người.")
ASKED = ("Liên quan đến thông tin Công an huyện Phú Lộc bắt quả tang ít nhất 12 vụ đánh bạc liên quan "
         "đến ông Trần Văn Nghĩa, Đại tá Lê Minh Hải cho biết đơn vị này phủ nhận và cho biết không rõ "
         "thông tin '12 vụ' là ở đâu ra. Công an huyện đã phá 3 điểm đá gà trong năm.")


@pytest.mark.parametrize("article, summary, figure", [
    (RUMOUR, "Công ty may Hòa Bình đã sa thải 500 công nhân trong tháng 3.", "500"),
    (ASKED, "Công an huyện Phú Lộc bắt quả tang ít nhất 12 vụ đánh bạc liên quan đến ông Nghĩa.", "12"),
])
def test_a_value_told_only_in_a_denied_claim_stated_as_fact_is_context_mismatch(article, summary, figure):
    checked = verdict(article, summary, figure)
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "denied" in checked.explanation


@pytest.mark.parametrize("article, summary, figure", [
    (RUMOUR, "Chủ tịch huyện phủ nhận thông tin công ty sa thải 500 công nhân.", "500"),
    (RUMOUR, "Mạng xã hội lan truyền tin công ty sa thải 500 công nhân.", "500"),
    (RUMOUR, "Công ty may Hòa Bình hiện có 2.300 công nhân và đang tuyển thêm 120 người.", "2.300"),
    (ASKED, "Công an huyện Phú Lộc đã phá 3 điểm đá gà trong năm.", "3"),
])
def test_a_claim_told_as_a_claim_or_a_value_the_article_states_is_supported(article, summary, figure):
    assert verdict(article, summary, figure).verdict is Verdict.SUPPORTED


def test_a_value_in_a_summary_sentence_that_negates_is_not_called_a_fact():
    summary = "Ông Tâm khẳng định không có công ty nào sa thải 500 công nhân trong tháng 3."
    assert verdict(RUMOUR, summary, "500").verdict is Verdict.SUPPORTED
