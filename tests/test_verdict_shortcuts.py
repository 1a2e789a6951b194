"""Verdict questions that ask a cheap question first give the answers of the long way round.

Session 9 (tputfig10): `_stated_for_another_time` reads no time where the article has no other
value of the unit; `_said_of_another` reads no slot when the article has no other value of
the figure's kind and unit (no rival can fill the slot); `_restates_another_value` searches the
article for the sentences a summary sentence draws on only when every statement of the value
stands in a sentence sharing less than half the summary sentence's words and some other value
of the unit stands in a sentence sharing enough of them to be the one restated. Each test runs
the question as it was written before (kept here, the long way) beside the module's on generated
articles and summaries made of the sentences the slot and restatement tests use, with their
numbers drawn from a few values so that values agree, disagree and recur.
"""
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tomtat.checks import compare
from tomtat.checks import slots as S
from tomtat.checks import verify as V
from tomtat.checks.align import overlap
from tomtat.checks.slots import apart, shared
from tomtat.checks.types import Kind


def _rival_long_way(fig, mine, agreeing, pool, facts):
    """`verify._rival` as it was: every figure of the pool asked in turn."""
    same = set(agreeing)
    interval = compare.figure_interval(fig)
    rival, most, read = None, 0, 0
    for b in pool:
        if b in same or b.kind is not fig.kind or b.unit != fig.unit or not V._details_may_match(fig, b) \
                or interval.lo <= V._scalar(b) <= interval.hi:
            continue
        read += 1
        if read > V._MAX_RIVALS:
            break
        theirs = facts.slot(b)
        n = shared(mine, theirs)
        if n > most and not apart(mine, theirs) and not theirs.words & V.rules.ONE_PART_WORDS:
            rival, most = b, n
    return rival, most


def _said_of_another_long_way(fig, around, agreeing, fitting, pool, facts):
    """`verify._said_of_another` as it was: the summary figure's slot and those of the statements
    of its value read before the rivals are looked for."""
    if fig.kind not in V._SLOT_KINDS or len(fitting) > V._MAX_COMPARED:
        return None
    if fig.unit in V._PERSONAL_UNITS and V._holder_name(around.summary, fig):
        return None
    mine = around.slot
    if len(mine.words) < V._SLOT_WORDS_SET_APART:
        return None
    if any(shared(mine, facts.slot(a)) > V._STRAY_WORDS and not apart(mine, facts.slot(a)) for a in fitting):
        return None
    rival, most = _rival_long_way(fig, mine, agreeing, pool, facts)
    if rival is None:
        return None
    set_apart = V._statements_left_out(around, fitting, rival, most, facts)
    if set_apart is None:
        return None
    need = V._SLOT_WORDS_SET_APART if set_apart and mine.predicates & facts.slot(rival).predicates else V._SLOT_WORDS
    if most < need or most < V._SLOT_SHARE * len(mine.words):
        return None
    a = max(fitting, key=lambda f: shared(mine, facts.slot(f)))
    return V.CheckedFigure(fig, V.Verdict.CONTEXT_MISMATCH, (V._span(rival), V._span(a)),
                           f"where the summary puts {V.shown(around.summary, fig)}, the article says "
                           f"«{V._quote(facts.text, rival)}»; its {a.text} is said of something else: "
                           f"«{V._quote(facts.text, a)}»")


def _restates_another_value_long_way(fig, around, fitting, pool, facts):
    """`verify._restates_another_value` as it was: the sentences the summary sentence draws on
    found first."""
    if fig.unit is None or fig.kind not in (Kind.COUNT, Kind.MONEY, Kind.PERCENT) or fig.qualifier == "vague":
        return None
    if not any(b.unit == fig.unit and V._scalar(b) != V._scalar(fig) for b in pool):
        return None
    drawn = facts.drawn_on(around.summary, fig.start)
    if not drawn:
        return None
    here = facts.summary_sentence(around.summary, fig.start)
    best = drawn[0]
    if overlap(here.words, best) < V._RESTATES:
        return None
    for a in fitting:
        held_in = V._sentence_of(facts, a)
        if held_in is None or held_in in drawn \
                or overlap(here.words, held_in) >= V._OTHER_STATEMENT * overlap(here.words, best):
            return None
    if V._total_of_parts(fig, best, pool):
        return None
    slot = around.context
    held = max(len(slot & facts.context(a)) for a in fitting)
    for b in pool:
        if not (best.start <= b.start < best.end) or b.unit != fig.unit or b.kind is not fig.kind \
                or b.detail != fig.detail or V._scalar(b) == V._scalar(fig):
            continue
        shared_words = len(slot & facts.context(b))
        if shared_words >= V._SAME_SLOT and shared_words > held and V._same_holder(around, facts.text, b) \
                and not V._also_in_sentence(b, here, around.summary):
            a = V._closest(fig, around, fitting, facts)
            return V.CheckedFigure(fig, V.Verdict.CONTEXT_MISMATCH, (V._span(b), V._span(a)),
                                   f"the sentence this restates says «{V._quote(facts.text, b)}»; the article's "
                                   f"{a.text} is another statement: «{V._quote(facts.text, a)}»")
    return None


def _stated_for_another_time_long_way(fig, summary, fitting, pool, facts):
    """`verify._stated_for_another_time` as it was: the times read before another value of the
    unit is looked for."""
    here = facts.summary_sentence(summary, fig.start)
    if here is None:
        return None
    ours = V._clause_time(V._lowered(summary), here.start, fig.start)
    if ours is None or ours[0] == "cumulative":
        return None
    times = [V._article_sentence_time(facts, a.start) for a in fitting]
    if not all(t is not None and V._times_apart(t, ours) for t in times):
        return None
    said = {a.value for a in fitting}
    other = next((b for b in pool if b.unit == fig.unit and b.value not in said
                  and V._article_sentence_time(facts, b.start) == ours), None)
    if other is None:
        return None
    a = fitting[0]
    return V.CheckedFigure(fig, V.Verdict.CONTEXT_MISMATCH, (V._span(a), V._span(other)),
                           f"the article tells {a.text} of another time: «{V._quote(facts.text, a)}»; for the "
                           f"summary's it gives {other.text}: «{V._quote(facts.text, other)}»")


#: Sentences of the slot and restatement tests (tests/test_checks_slots.py, test_checks_grammar.py),
#: with a placeholder for each number, and a few of their own: the dead and the injured, ages,
#: loans, cases by day and by week.
SENTENCES = [
    "Đám cháy làm chết {} người, hơn {} người bị thương.",
    "Vụ cháy xưởng may khiến {} người tử vong.",
    "Hơn {} người bị thương trong đám cháy xưởng may.",
    "Sáng nay, cả {} người chết đều đã được nhận dạng, {} người bị thương được xuất viện.",
    "Cụ ông Lê Văn Cảnh ({} tuổi) đã tử vong tại nhà.",
    "Nghi can là Lê Hồng Tâm ({} tuổi, con trai cụ Cảnh).",
    "Tâm bực tức đánh chết cha già {} tuổi sau khi bị mắng.",
    "Chị Lan đã nhiều lần hỏi vay nhóm của Toàn với tổng số tiền khoảng {} triệu đồng, mức lãi suất {}% mỗi tháng.",
    "Công an phát hiện trong túi Toàn có {} hợp đồng cho vay cùng {} triệu đồng tiền mặt.",
    "Trong ngày 12/3, thành phố ghi nhận {} ca mắc mới sốt xuất huyết tại các quận nội thành.",
    "Tính chung cả tuần, toàn thành phố có {} ca mắc.",
    "Tòa tuyên phạt bị cáo Hải {} năm tù về tội cướp giật tài sản và {} năm tù về tội cố ý gây thương tích.",
    "Năm 2024, công ty lãi {} tỷ đồng.",
    "Năm 2023, công ty lãi {} tỷ đồng.",
    "Năm ngoái, công ty lãi {} tỷ đồng.",
    "Lực lượng chữa cháy mất {} giờ mới dập tắt được đám cháy.",
]
VALUES = st.sampled_from(["2", "3", "5", "6", "20", "30", "50", "51", "70", "80", "84", "210"])


@st.composite
def sentences(draw, most):
    out = []
    for template in draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=most)):
        out.append(template.format(*(draw(VALUES) for _ in range(template.count("{}")))))
    return " ".join(out)


def _asked_of_every_quantity(article, summary):
    """(figure, the module's answer, the long way's) of both questions for each summary quantity."""
    facts = V.prepare_article(article)
    for fig in V.extract_figures(summary):
        if fig.kind in V._VERIFIERS:
            continue
        agreeing, fitting = facts.agreeing(fig)
        if not fitting:
            continue
        pool = facts.pool(compare.value_class(fig))
        yield (fig, V._said_of_another(fig, V._Around(summary, fig), agreeing, fitting, pool, facts),
               _said_of_another_long_way(fig, V._Around(summary, fig), agreeing, fitting, pool, facts))
        yield (fig, V._restates_another_value(fig, V._Around(summary, fig), fitting, pool, facts),
               _restates_another_value_long_way(fig, V._Around(summary, fig), fitting, pool, facts))
        yield (fig, V._stated_for_another_time(fig, summary, fitting, pool, facts),
               _stated_for_another_time_long_way(fig, summary, fitting, pool, facts))


FIRE = SENTENCES[0].format(6, 20)
LOAN = SENTENCES[7].format(70, 10) + " " + SENTENCES[8].format(6, 30)
CASES = SENTENCES[9].format(45) + " " + SENTENCES[10].format(210)
PROFITS = "Năm 2023, công ty lãi 50 tỷ đồng. Năm 2024, công ty lãi 80 tỷ đồng."


@settings(max_examples=300, deadline=None)
@given(sentences(6), sentences(2))
@example(FIRE, "Đám cháy xưởng may làm chết 20 người.")   # the injured given as the dead
@example(LOAN, "Là tiểu thương buôn bán ở chợ, chị Lan từng hỏi vay nhóm Toàn, với tổng số tiền khoảng "
               "30 triệu đồng và lãi suất 10% mỗi tháng.")   # a value moved into a sentence restated in part
@example(CASES, SENTENCES[9].format(210))   # the week's cases given as the day's
@example(PROFITS, "Năm 2024, công ty lãi 50 tỷ đồng.")   # the last year's profit given as this year's
def test_slot_and_restatement_questions_asked_cheaply_first_answer_as_the_long_way(article, summary):
    for fig, answer, long_way in _asked_of_every_quantity(article, summary):
        assert answer == long_way, (fig, answer, long_way)


def test_the_long_way_and_the_module_both_flag_the_moved_values_of_the_examples():
    """The examples above reach the end of each question (a verdict), not only its early exits."""
    def flagged(article, summary):
        return [(fig.text, answer.explanation.split(",")[0]) for fig, answer, long_way
                in _asked_of_every_quantity(article, summary) if answer is not None and answer == long_way]

    assert flagged(FIRE, "Đám cháy xưởng may làm chết 20 người.") == [("20", "where the summary puts 20")]
    assert [text for text, _ in flagged(CASES, SENTENCES[9].format(210))] == ["210"]
    assert flagged(PROFITS, "Năm 2024, công ty lãi 50 tỷ đồng.") == [("50 tỷ", "the article tells 50 tỷ of another time: «Năm 2023")]


# --- slots: a side of a figure without a predicate or boundary word is left as it is -------------

def _canonical_long_way(syllables):
    out, i = [], 0
    while i < len(syllables):
        n, cls = S._predicate_at(syllables, i)
        out.append(syllables[i] if cls is None else cls)
        i += n
    return out


def _after_boundary_long_way(syllables):
    for i in range(len(syllables) - 1, -1, -1):
        if syllables[i] in S._BOUNDARY_FIRST and S._boundary_at(syllables, i):
            return syllables[i + 1:]
    return syllables


def _before_boundary_long_way(syllables):
    for i, syllable in enumerate(syllables):
        if syllable in S._BOUNDARY_FIRST and S._boundary_at(syllables, i):
            return syllables[:i]
    return syllables


SYLLABLES = st.lists(st.sampled_from(sorted({w for phrase in [*S._PREDICATES, *S._BOUNDARY_WORDS] for w in phrase}
                                            | {"người", "đám", "cháy", "xưởng", "may", "tuổi", "ca"})), max_size=12)


@settings(max_examples=500, deadline=None)
@given(SYLLABLES)
def test_slot_sides_read_with_a_set_test_first_are_those_read_syllable_by_syllable(syllables):
    assert S._canonical(syllables) == _canonical_long_way(syllables)
    assert S._after_boundary_word(syllables) == _after_boundary_long_way(syllables)
    assert S._before_boundary_word(syllables) == _before_boundary_long_way(syllables)


@settings(max_examples=200, deadline=None)
@given(sentences(3))
def test_a_slots_predicates_are_its_words_that_name_a_predicate_class(text):
    for fig in V.extract_figures(text):
        slot = S.slot_of(text, fig)
        assert slot.predicates == frozenset(w for w in slot.words if w in V.rules.PREDICATE_CLASSES)
