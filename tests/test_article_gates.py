"""Shortcuts in the questions about article figures, and in the extractor's anchors, give the
answers of the long way round.

Session 10 (tputfig11): `ArticleFacts.of_one_unit` (under `respective`) reads the bounds of a
figure's sentence, not its words; the extractor looks for the anchors of ordinals in words ("lần
thứ hai") only where " thứ " is written. Each test runs the question as it was written before
(kept here, the long way) beside the module's, on generated articles made of sentences with and
without those words, their numbers drawn from a few values. (`_restates_another_value`, which
now looks for another value of the figure's unit, kind and detail before it reads any sentence,
is held to its long way by tests/test_verdict_shortcuts.py.)
"""
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tomtat.checks import extract as E
from tomtat.checks import holders
from tomtat.checks import verify as V


def _respective_long_way(facts, a, fig):
    """`ArticleFacts.respective` as it was: the figures of the unit in `a`'s sentence read first."""
    sentence = facts.sentences.at(a.start)
    if sentence is None:
        return []
    figures = holders.of_one_unit(facts.text, facts.figures_between(sentence.start, sentence.end), fig)
    if len(figures) < 2:
        return []
    return holders.respective(facts.text, sentence.start, figures, facts.given_names)


def _word_ordinal_anchors_long_way(marked):
    """`extract._word_ordinal_anchors` as it was: the pattern run over every text."""
    out = []
    for m in E._ORDINAL_WORD_ANCHOR.finditer(marked):
        head_start = marked.rfind(" ", 0, m.start()) + 1
        if marked[head_start:m.start()] in V.rules.WORD_ORDINAL_HEADS:
            out.append((head_start - 1) << 2 | 2)
    return out


#: Sentences with words of denial and of claims, list openers, people given their own values and
#: values of one unit with none beside them; a placeholder for each number.
SENTENCES = [
    "Liên quan đến thông tin bắt quả tang {} vụ đánh bạc, đơn vị này phủ nhận.",
    "Công an phủ nhận {} vụ đánh bạc.",
    "Công an bác bỏ tin đồn có {} người bị bắt, cho biết đó là tin giả.",
    "Theo nguồn tin, {} người đã bị tạm giữ.",
    "Công an bắt quả tang {} vụ đánh bạc trong đêm.",
    "Tang vật thu giữ gồm: {} xe ô tô, {} triệu đồng và {} điện thoại.",
    "Trong đó có {} con chó lớn và {} chó con.",
    "Nhóm trộm lấy đi tài sản tổng trị giá {} tỷ đồng, bao gồm {} lượng vàng, {} triệu đồng tiền mặt.",
    "Tòa tuyên phạt Nguyễn Văn Dũng {} năm tù, Trần Văn Hòa {} năm tù.",
    "Bị cáo Dũng {} năm tù về tội lừa đảo.",
    "Châu chiếm đoạt {} USD, Hùng chiếm đoạt {} USD.",
    "Ông Lê Văn Cảnh ({} tuổi) và bà Lâm ({} tuổi) đã được đưa đi cấp cứu.",
    "Đây là lần thứ hai đội bóng vô địch, sau {} năm chờ đợi.",
    "Mùa thứ ba của chương trình có {} tập.",
    "Hơn {} người bị thương trong vụ cháy.",
]
VALUES = st.sampled_from(["2", "3", "5", "10", "14", "30", "145.000", "800"])


@st.composite
def articles(draw, most=6):
    out = []
    for template in draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=most)):
        out.append(template.format(*(draw(VALUES) for _ in range(template.count("{}")))))
    joiner = draw(st.sampled_from([" ", "\n"]))
    return joiner.join(out)


RESPECTIVE = SENTENCES[9].format(10) + " " + SENTENCES[8].format(13, 10)


@settings(max_examples=300, deadline=None)
@given(articles())
@example(RESPECTIVE)
def test_the_figures_of_one_unit_read_by_a_sentences_bounds_are_those_read_by_its_words(article):
    facts = V.prepare_article(article)
    long_way = V.prepare_article(article)   # its own caches: nothing the module's read is shared
    for a, b in zip(facts.figures, long_way.figures):
        for fig in facts.figures:   # every kind and unit the article has, as a summary figure's
            assert facts.respective(a, fig) == _respective_long_way(long_way, b, fig), (a, fig)


def test_the_example_reaches_a_sentence_of_respective_values():
    """The example above reaches a sentence of respective values."""
    facts = V.prepare_article(RESPECTIVE)
    ten = [a for a in facts.figures if a.text == "10"]
    assert [len(facts.respective(a, ten[0])) for a in ten] == [0, 2]   # the first 10 is alone in its sentence


@settings(max_examples=300, deadline=None)
@given(articles())
def test_ordinal_word_anchors_looked_for_where_thu_is_written_are_those_of_the_pattern(article):
    marked = " " + E.lowercase(article).replace("\n", " ")
    assert E._word_ordinal_anchors(marked) == _word_ordinal_anchors_long_way(marked)
