"""Money taken in and money paid back, read as acts of the sum's clause (`rules.PREDICATE_CLASSES`
"nhận tiền", "khắc phục"): a part of the sum taken given as the whole, a sum paid back given as the
sum taken. Fixture sentences are our own."""
from tomtat.checks import Verdict

from check_fixtures import verdict

JOBS = ("Theo cáo trạng, từ năm 2016 đến 2017, Lê Thị Hoa đã nhận tiền của 4 người để xin việc cho 7 "
        "trường hợp với tổng số tiền hơn 1,2 tỷ đồng. Cũng trong thời gian này, Hoa còn hứa hẹn xin việc "
        "cho 2 con của ông Trần Văn Tư (ở Hà Tĩnh), một cháu vào ngành thuế, một cháu vào ngành hải quan "
        "với tổng chi phí là 500 triệu đồng.")
INTEREST = ("Bùi Thị Hằng vay của 5 người thân rồi chiếm đoạt số tiền gần 2 tỷ đồng. Để tạo lòng tin, ít "
            "ngày sau Hằng chuyển lại cho chị Lan hơn 60 triệu đồng gọi là tiền lãi.")


def test_one_victims_sum_given_as_the_sum_taken_from_every_case_is_context_mismatch():
    checked = verdict(JOBS, "Chỉ trong 1 năm, Hoa lừa xin việc cho 7 trường hợp, nhận tổng số tiền hơn 500 triệu đồng.",
                      "500 triệu")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH and "1,2 tỷ" in checked.explanation


def test_the_sum_taken_from_every_case_is_supported():
    summary = "Hoa nhận tiền của 4 người để xin việc cho 7 trường hợp, tổng cộng hơn 1,2 tỷ đồng."
    assert verdict(JOBS, summary, "1,2 tỷ").verdict is Verdict.SUPPORTED


def test_a_sum_paid_back_given_as_the_sum_taken_is_context_mismatch():
    checked = verdict(INTEREST, "Hằng đã lừa chiếm đoạt 60 triệu đồng của người thân.", "60 triệu")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH and "2 tỷ" in checked.explanation


def test_the_sum_paid_back_told_as_paid_back_is_supported():
    summary = "Để tạo lòng tin, Hằng chuyển lại cho chị Lan hơn 60 triệu đồng tiền lãi."
    assert verdict(INTEREST, summary, "60 triệu").verdict is Verdict.SUPPORTED
