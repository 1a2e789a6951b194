"""A count of people given a casualty (the dead, the injured) by the summary, which the article
states only of people nothing befalls, while it counts that casualty otherwise. Fixture sentences
are our own."""
import pytest

from tomtat.checks import Verdict

from check_fixtures import verdict

PARTY = ("Cãi nhau vì tiếng nhạc, một thanh niên bị đâm chết\nTối 3/5, Lê Văn Hùng (28 tuổi, ngụ xã Tân "
         "Hòa) cùng 4 người khác tổ chức hát karaoke tại nhà. Nhà bên cạnh sang nhắc nhở thì hai bên xô "
         "xát, Hùng cầm dao đâm anh Trần Văn Bảo.")
RAID = ("Nổ súng ở sới bạc làm một người bị thương nặng\nSáng 9/6, một nhóm gồm 7 người đi ô tô đến sới "
        "bạc ở xã Phú Mỹ. Hai bên cự cãi, nhóm này rút súng bắn rồi bỏ trốn.")
FAMILY = ("Chiều 2/7, Nguyễn Văn Tín (SN 1991) dùng dao giết hại 3 người thân trong gia đình. Khi xảy ra "
          "vụ việc, trong nhà còn có 2 người khác là em ruột và dì của Tín, đã kịp bỏ chạy. Hai người "
          "hàng xóm bị thương khi can ngăn.")


@pytest.mark.parametrize("article, summary, figure", [
    (PARTY, "Vì tiếng nhạc karaoke quá to, Hùng đã dùng dao đâm khiến 4 người tử vong.", "4"),
    (RAID, "Công an đang điều tra vụ nổ súng ở sới bạc khiến 7 người bị thương.", "7"),
])
def test_the_company_counted_as_the_dead_or_injured_is_context_mismatch(article, summary, figure):
    checked = verdict(article, summary, figure)
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "nothing befalls" in checked.explanation


@pytest.mark.parametrize("article, summary, figure", [
    (PARTY, "Hùng cùng 4 người khác hát karaoke thì xảy ra xô xát.", "4"),
    (RAID, "Một nhóm 7 người nổ súng ở sới bạc khiến một người bị thương.", "7"),
    (FAMILY, "Nghịch tử ngáo đá khiến 3 người trong gia đình tử vong.", "3"),
    (FAMILY, "Tín giết hại 3 người thân, trong khi 2 người còn lại bị thương nhẹ.", "2"),
])
def test_a_count_whose_casualty_the_article_tells_or_that_tells_none_is_left_alone(article, summary, figure):
    assert verdict(article, summary, figure).verdict is not Verdict.CONTEXT_MISMATCH


def test_the_casualty_is_read_after_the_count_when_letters_before_it_lowercase_to_two_characters():
    """"İ" lowercases to two characters with `str.lower`: the summary is lowercased with its offsets
    kept, so that the casualty after the count is read where the count ends (the summary's "tử
    vong" was read some characters too early, and missed, after enough such letters)."""
    summary = "Khách từ " + ", ".join(["İzmir", "İzmit", "İznik", "İnegöl", "İpsala"] * 3) + \
        " kể lại: Hùng đã dùng dao đâm khiến 4 người tử vong."
    checked = verdict(PARTY, summary, "4")
    assert checked.verdict is Verdict.CONTEXT_MISMATCH
    assert "nothing befalls" in checked.explanation
