"""Derivers: figures a summary works out from its article rather than copies.

Each deriver answers one question ("is it the sum of parts the article lists?", "is it the
years from a year the article gives to the article's own year?") and returns
(explanation, evidence) or None. `derive` asks them in turn. Only arithmetic that the
summary's words ask for, or that the article's grammar sets up (a list of parts, a list of
names, a date the article places against its own day), is tried: trying every sum and
difference of an article's figures would "explain" wrong figures by coincidence.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from . import align, compare, rules
from .extract import _lookup_unit, _next_words, _qualifier_before
from .numbers import format_number as fmt
from .types import Figure, Kind

#: How near (in characters) two article figures must stand for one to be read with the other.
NEAR = 400
#: Most parts a listed sum is made of, and the most characters between two parts of one list.
_MAX_PARTS = 6
_MAX_PART_GAP = 60
#: How far (in characters) the next clock time may stand for the two to span one event: a
#: news story gives the start in its lead and the end a few paragraphs on ("Khoảng 21h, đám
#: cháy bùng phát ... Đến 23h, hỏa hoạn được dập tắt").
_TIME_SPAN_REACH = 1200


class Question(NamedTuple):
    """What every deriver needs to know about one summary figure."""

    fig: Figure
    summary: str
    facts: object          # verify.ArticleFacts
    target: compare.Interval
    cues: frozenset        # words before the figure in its clause
    after: str             # the lowercased text just after it


def derive(fig: Figure, summary: str, facts) -> tuple[str, list] | None:
    """(explanation, evidence figures or spans) when the value is computable from the article."""
    if isinstance(fig.value, tuple):
        return None
    q = Question(fig, summary, facts, compare.figure_interval(fig), frozenset(cue_words(summary, fig)),
                 summary[fig.end:fig.end + 24].lower())
    derivers = PERCENT_DERIVERS if fig.kind is Kind.PERCENT else COUNT_DERIVERS
    for deriver in derivers:
        found = deriver(q)
        if found is not None:
            return found
    return None


def cue_words(text: str, fig: Figure) -> set[str]:
    """Words (and two-word phrases) in the clause before a figure, up to 48 characters back."""
    lo = max(0, fig.start - 48)
    for stop in ".;\n":
        lo = max(lo, text.rfind(stop, lo, fig.start) + 1)  # a stop further back changes nothing
    words = text[max(0, lo):fig.start].lower().split()
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}


def near_pairs(figs: list[Figure]):
    """Pairs of figures stated within NEAR characters of each other (figs in text order).

    Arithmetic between figures far apart is rarely what a summary means, and
    pairing everything with everything is quadratic on a long article."""
    n = len(figs)
    for i, x in enumerate(figs):
        j = i + 1
        while j < n and figs[j].start - x.start <= NEAR:
            yield x, figs[j]
            j += 1


def _fitting_numbers(q: Question) -> list[Figure]:
    """Article counts and amounts of a known unit that fits the figure's (listed once per unit)."""
    fig = q.fig
    money = fig.kind is Kind.MONEY
    return q.facts.remembered(("fitting", fig.unit, money), lambda: _numbers_fitting(q.facts.numbers, fig.unit, money))


def _numbers_fitting(numbers: list[Figure], unit: str | None, money: bool) -> list[Figure]:
    # each unit the article uses is asked once, not each of its figures (a 10 MB article has
    # hundreds of thousands of figures and a few dozen units)
    fitting = {u for u in {n.unit for n in numbers} if u is not None and compare.units_compatible(unit, u)}
    return [n for n in numbers if n.unit in fitting and (n.kind is Kind.MONEY) == money]


# --- Counts and amounts ---------------------------------------------------------------

def difference(q: Question):
    """ "vượt 3", "tăng 324": the difference of two nearby figures, when the summary says so."""
    if not q.cues & rules.DIFFERENCE_CUES:
        return None
    for x, y in near_pairs(_fitting_numbers(q)):
        hi, lo = (x, y) if x.value > y.value else (y, x)
        if hi.value != lo.value and q.target.contains(hi.value - lo.value):
            return f"{fmt(hi.value)} − {fmt(lo.value)} = {fmt(hi.value - lo.value)}", [hi, lo]
    return None


def sum_of_two(q: Question):
    """ "tổng cộng 43": two nearby figures added, after a word of totals or when they exclude
    each other ("36 đảng viên chính thức" + "7 dự bị")."""
    said_total = bool(q.cues & rules.TOTAL_CUES)
    if not (said_total or q.fig.detail is None):
        return None
    numbers = _fitting_numbers(q)
    if not said_total:
        # then only parts that exclude each other add up, and each of those has a detail
        # (a figure left out pairs with nothing; the pairs of the rest are the same)
        numbers = [n for n in numbers if n.detail is not None]
    for x, y in near_pairs(numbers):
        if (said_total or x.unit == y.unit and compare.details_conflict(x.detail, y.detail)) \
                and q.target.contains(x.value + y.value):
            return f"{fmt(x.value)} + {fmt(y.value)} = {fmt(x.value + y.value)}", [x, y]
    return None


def sum_of_listed_parts(q: Question):
    """ "1.250 tấn gạo và 730 tấn ngô" -> "gần 2.000 tấn lương thực": the article lists parts
    of one unit, joined by commas and "và" in one clause; the summary gives their sum."""
    if q.fig.unit is None:
        return None
    for parts in q.facts.listed_parts:
        if not compare.units_compatible(q.fig.unit, parts[0].unit):
            continue
        if len({p.unit for p in parts}) > 1 and q.fig.unit not in _shared_genus(parts):
            continue  # "30 hành khách cùng 3 nhân viên" sum to "33 người", never to "33 hành khách"
        total = sum(p.value for p in parts)
        if q.target.contains(total):
            return " + ".join(fmt(p.value) for p in parts) + f" = {fmt(total)}", list(parts)
    return None


def one_more(q: Question):
    """ "bắt giữ thêm 1 đối tượng": the article's "đối tượng thứ 2 bị bắt giữ" is one more."""
    fig = q.fig
    if fig.kind is not Kind.COUNT or fig.unit is None or rules.ONE_MORE_WORD not in q.cues or not q.target.contains(1):
        return None
    for a in q.facts.figures:
        if a.kind is Kind.ORDINAL and a.unit is not None and a.value >= 2 \
                and compare.units_compatible(fig.unit, a.unit):
            return f"one more: the article speaks of {a.unit} {rules.ORDINAL_WORD} {a.value}", [a]
    return None


def _others_after(text: str, fig: Figure) -> bool:
    """Whether "khác" (others) follows the figure's noun, perhaps after a word or two that
    describe it: "6 tù nhân khác", "6 tù nhân nguy hiểm khác" (not "6 tù nhân của trại khác")."""
    words = _next_words(text, fig.end, 6)
    _, used = _lookup_unit(words[1:] if words[:1] and words[0] in rules.CLASSIFIERS else words)
    used += 1 if words[:1] and words[0] in rules.CLASSIFIERS else 0
    if used == 0 or rules.OTHERS_WORD not in words[used:used + 3]:
        return False
    between = words[used:words.index(rules.OTHERS_WORD, used)]
    return not any(w in rules.NEIGHBOUR_STOP_WORDS for w in between)


def others_and_one(q: Question):
    """ "Rivas cùng 6 tù nhân khác" for an article's 7 (the others leave out the one named);
    "5 bị can" for an article's "Bốn bị can khác" and the one it names before."""
    fig = q.fig
    if fig.kind is not Kind.COUNT or fig.unit is None or fig.qualifier is not None:
        return None
    ours = _others_after(q.summary, fig)
    for n in _fitting_numbers(q):
        if n.qualifier is not None or n.kind is not Kind.COUNT:
            continue
        if ours and n.value == fig.value + 1:
            return f"{fmt(fig.value)} others and the one named: {fmt(n.value)}", [n]
        if not ours and n.value + 1 == fig.value and _others_after(q.facts.text, n):
            return f"{fmt(n.value)} others and the one named = {fmt(fig.value)}", [n]
    return None


def _counts_named_things(fig: Figure) -> bool:
    return fig.kind is Kind.COUNT and fig.qualifier is None


def listed_people(q: Question):
    """People the article lists with a birth year or age each, or after "các bị cáo gồm"."""
    fig = q.fig
    if fig.kind is not Kind.COUNT or not (fig.unit is None or rules.PERSON_GENUS in compare.genus_chain(fig.unit)):
        return None
    for count, markers in q.facts.listed_people:
        if q.target.contains(count):
            return (f"the article lists {count} people: "
                    + ", ".join(m.text.strip("(, ") for m in markers), markers)
    return None


def people_listed_for(fig: Figure, summary: str, facts) -> tuple[str, list] | None:
    """`listed_people` for a count whose noun is a kind of person ("ba cán bộ khác"): asked where
    the article says the number only of other nouns ("3 lần"), so only a list of people the
    article gives may bear it out, never other arithmetic."""
    if fig.kind is not Kind.COUNT or fig.unit is None or rules.PERSON_GENUS not in compare.genus_chain(fig.unit):
        return None
    return listed_people(Question(fig, summary, facts, compare.figure_interval(fig), frozenset(), ""))


def names_listed_in_summary(q: Question):
    """ "Thanh Tâm và Trần Quang Vinh, hai người trẻ": the summary counts the names it lists
    itself, each of them named in the article."""
    if not _counts_named_things(q.fig):
        return None
    here = q.facts.summary_sentence(q.summary, q.fig.start)  # the summary's sentences read once
    if here is None:
        return None
    for names in _name_lists(q.summary, here.start, here.end):
        if len(names) == q.fig.value and all(q.facts.mentions(n.text.lower()) for n in names):
            return (f"the summary names {len(names)}, each named in the article: "
                    + ", ".join(n.text for n in names)), []
    return None


@lru_cache(maxsize=256)
def _name_lists(summary: str, start: int, end: int) -> tuple:
    """`align.name_lists` of a summary sentence, read once for all its figures."""
    return tuple(align.name_lists(summary, start, end))


_OWN_LIST_OPENER = re.compile(r"\s*(?:(?<=\S)\s*:|\s(?:" + "|".join(
    re.escape(w) for w in sorted(rules.OWN_LIST_OPENERS, key=len, reverse=True) if w != ":") + r")\b:?)\s*")
_OWN_LIST_JOINER = re.compile(r"\s*,\s*(?:(?:" + "|".join(
    re.escape(w) for w in sorted(rules.OWN_LIST_JOINERS, key=len, reverse=True) if w != ",") + r")\s+)?|\s+(?:"
    + "|".join(re.escape(w) for w in rules.OWN_LIST_JOINERS if w != ",") + r")\s+")
_ASIDE = re.compile(r"\([^()]*\)")


_BRACKETED_AFTER_NOUN = re.compile(r"[^\W\d_]+(?:[ \t][^\W\d_]+){0,3}[ \t]*\(([^()]*)\)")


def _items(listed: str) -> list[str]:
    return [" ".join(i.split()) for i in _OWN_LIST_JOINER.split(listed) if i.strip()]


def _listed_in_brackets(reach: str) -> list[str] | None:
    """ "ba người (chị Hoa, mẹ và em gái)": the items in brackets right after the counted noun."""
    m = _BRACKETED_AFTER_NOUN.match(reach.lstrip())
    return _items(m.group(1)) if m else None


def _listed_before(summary: str, count_at: int) -> list[str] | None:
    """ "Thanh Tâm và Trần Quang Vinh, hai người trẻ": the names just before the count, in
    apposition. Every item after the first is a name (capitalised words, after a title such as
    "chị"); the first may follow the words that open the clause ("kể về Thanh Tâm"), and keeps
    only its name."""
    head = summary[max(0, count_at - rules.OWN_LIST_REACH):count_at]
    if not head.rstrip().endswith(","):
        return None
    clause = re.split(r"[.;:!?()\n]", head.rstrip()[:-1])[-1]
    items = _items(clause)
    names = [_trailing_name(i) for i in items]
    if len(items) < 2 or not names[0] or any(_untitled(i) != n for n, i in zip(names[1:], items[1:])):
        return None
    return names


def _untitled(item: str) -> str:
    """A listed name without the title before it ("chị Mai" -> "Mai")."""
    title, _, name = item.partition(" ")
    return name if title.lower() in rules.NAME_TITLES and name else item


def _trailing_name(item: str) -> str:
    """The capitalised words that end an item ("kể về Thanh Tâm" -> "Thanh Tâm")."""
    words = item.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    return " ".join(words[k:])


def own_list_count(fig: Figure, summary: str, sentence_end: int, mentioned=None) -> str | None:
    """ "có hai phương thức liên hệ: số điện thoại ... và địa chỉ email ...", "ba cầu thủ bị
    đuổi khỏi sân: Herrera và Figal ..., cùng Belotti": the summary lists, right after the
    count, the items it counts. The count is then its own arithmetic, whatever the article
    counts; what the items are is a question for the words, not the figures. The list is
    counted as written (brackets left out), or by its capitalised items (names), which must
    make exactly the count. So is a list in brackets after the counted noun, and names in
    apposition before the count ("A và B, hai người"), each of which the article must mention
    (`mentioned`, the article's test of a lowercase name)."""
    if fig.kind is not Kind.COUNT or fig.qualifier is not None or not 2 <= fig.value <= 10 \
            or fig.value != int(fig.value):
        return None
    reach = summary[fig.end:min(sentence_end, fig.end + rules.OWN_LIST_REACH)]
    listed = _listed_in_brackets(reach)
    if listed is None and mentioned is not None:  # names before the count: each named in the article
        listed = _listed_before(summary, fig.start)
        listed = listed if listed and all(mentioned(n.lower()) for n in listed) else None
    if listed is not None and len(listed) == fig.value:
        return f"the summary lists the {int(fig.value)} it counts: " + "; ".join(listed)
    for opener in _OWN_LIST_OPENER.finditer(reach):
        if any(c in reach[:opener.start()] for c in ",;()"):
            return None  # the clause of the count ended before its list
        # the sentence's own end mark is no part of its last item
        listed = _ASIDE.sub("", summary[fig.end + opener.end():sentence_end]).split(";")[0].rstrip(" .!?…")
        items = [i.strip() for i in _OWN_LIST_JOINER.split(listed) if i.strip()]
        items = [" ".join(i.split()) for i in items]
        names = [i for i in items if i[:1].isupper()]
        if len(items) == fig.value or len(names) == fig.value >= 2 and items[0] in names:
            return f"the summary lists the {int(fig.value)} it counts: " + "; ".join(
                (names if len(items) != fig.value else items))
        return None
    return None


def names_listed_in_article(q: Question):
    """Three people named in the sentence the summary restates -> "3 nạn nhân"."""
    if not _counts_named_things(q.fig):
        return None
    read: set[str] = set()
    drawn = q.facts.drawn_on(q.summary, q.fig.start)
    for k, (start, end) in enumerate(drawn.spans()):
        words = q.facts.text[start:end]
        if words in read:
            continue  # a sentence the article repeats word for word lists the same names
        read.add(words)
        for names in q.facts.name_lists(drawn[k]):
            if len(names) == q.fig.value:
                return (f"the article names {len(names)}: " + ", ".join(n.text for n in names),
                        [align.Name(n.text, n.start, n.end) for n in names])
    return None


def years_since(q: Question):
    """ "thành lập năm 1975" in an article of 2024 -> "gần 50 năm"; "sinh năm 1954" -> "71
    tuổi": years from a year the article gives to the article's own (latest) year, or
    between the two ends of a period it gives."""
    fig = q.fig
    if fig.kind is not Kind.COUNT or fig.unit not in rules.YEAR_SPAN_UNITS:
        return None
    years = q.facts.years
    if not years:
        return None
    now = max(years)
    spans = [(now, y, [years[now], years[y]]) for y in years if y < now]
    spans += [(p.value[1], p.value[0], [p]) for p in q.facts.figures if p.kind is Kind.PERIOD]
    for later, earlier, evidence in spans:
        # an age is one less until the birthday: born 1954, "70 tuổi" or "71 tuổi" in 2025
        for span in ((later - earlier, later - earlier - 1) if fig.unit == rules.AGE_UNIT else (later - earlier,)):
            if q.target.contains(span):
                return f"{later} − {earlier} = {span} {fig.unit}", evidence
    return None


def in_another_unit(q: Question):
    """ "gần ba thập kỷ" in the article, "gần 30 năm" in the summary (or the other way round):
    the same span in a unit that is a fixed number of the other (`rules.UNIT_MULTIPLES`)."""
    fig = q.fig
    if fig.kind is not Kind.COUNT or fig.unit is None:
        return None
    for (large, small), times in rules.UNIT_MULTIPLES.items():
        if fig.unit not in (large, small):
            continue
        other, factor = (small, 1 / times) if fig.unit == large else (large, times)
        for n in q.facts.numbers:
            if n.kind is Kind.COUNT and n.unit == other and compare.values_agree(fig, _rescaled(n, factor, fig.unit)):
                return f"{n.text} {other} is {fmt(n.value * factor)} {fig.unit}", [n]
    return None


def _rescaled(n: Figure, factor: float, unit: str) -> Figure:
    """An article figure told in another unit: its value, precision and unit so converted."""
    return Figure(n.text, n.start, n.end, n.value * factor, n.kind, unit=unit, qualifier=n.qualifier,
                  precision=n.precision * factor, detail=n.detail)


def days_spanned(q: Question):
    """ "diễn ra trong hai ngày" of an article that gives "ngày 26/5 và ... ngày 27/5"; "sau 3 ngày"
    from 14/7 to 17/7: the days from one article date to another given near it, counted with
    both ends (two days) or as the gap between them (three days later)."""
    fig = q.fig
    if fig.kind is not Kind.COUNT or fig.unit != rules.DAY_WORD:
        return None
    days = [(d, _as_day(parts)) for d, parts in q.facts.dates]
    days = [(d, day) for d, day in days if day is not None]
    for i, (d1, day1) in enumerate(days):
        for d2, day2 in days[i + 1:]:
            if d2.start - d1.end > NEAR:
                break
            gap = abs((day2 - day1).days)
            for span, how in ((gap + 1, "both days counted"), (gap, "days between")):
                if gap and q.target.contains(span):
                    return f"{d1.text} to {d2.text}: {span} {fig.unit} ({how})", [d1, d2]
    return None


def time_spanned(q: Question):
    """ "dập tắt sau hai giờ" of an article that says "Khoảng 21h ... Đến 23h": the time from a
    clock time of the article to the next one it gives near it. The later time's qualifier
    carries over: "7h ... đến gần 9h" is "gần hai tiếng"."""
    fig = q.fig
    per_unit = rules.MINUTES_IN_SPAN_UNIT.get(fig.unit)
    if fig.kind is not Kind.COUNT or per_unit is None:
        return None
    times = [t for t in q.facts.figures if t.kind is Kind.TIME]
    for earlier, later in zip(times, times[1:]):
        minutes = _minutes_of_day(later) - _minutes_of_day(earlier)
        if later.start - earlier.end > _TIME_SPAN_REACH or minutes <= 0:
            continue
        span = minutes / per_unit
        said_alike = fig.qualifier is not None and fig.value == span \
            and fig.qualifier == _qualifier_before(q.facts.text, later.start)
        if q.target.contains(span) or said_alike:
            return f"{earlier.text} to {later.text}: {fmt(span)} {fig.unit}", [earlier, later]
    return None


def _minutes_of_day(time: Figure) -> int:
    hours, minutes = (int(x) for x in time.value.split(":"))
    return hours * 60 + minutes


def _as_day(parts: tuple):
    """A (year, month, day) date as a `datetime.date`, a date without its year in a leap year."""
    year, month, day = parts
    if day is None or not isinstance(month, int):
        return None
    try:
        return date(year or 2024, month, day)
    except ValueError:
        return None


def average(q: Question):
    """ "trung bình mỗi năm 5.529": a total over a period the article states."""
    if not (q.cues & rules.AVERAGE_WORDS or any(w in q.after for w in rules.PER_YEAR_AFTER)):
        return None
    fig = q.fig
    values, averages = q.facts.remembered(("averages", fig.unit, fig.kind is Kind.MONEY),
                                          lambda: _averages(_fitting_numbers(q), q.facts.figures))
    # the averages in reach of the target (bisection, with a margin for `contains`'s tolerance),
    # then the first in the order the article's periods and totals were read
    margin = 1e-6 * max(1.0, abs(q.target.lo), abs(q.target.hi))
    lo, hi = bisect_left(values, q.target.lo - margin), bisect_right(values, q.target.hi + margin)
    found = [a for a in averages[lo:hi] if q.target.contains(a[1])]
    if not found:
        return None
    _, avg, total, period, years = min(found)
    y1, y2 = period.value
    return f"{fmt(total.value)} / {years} years ({y1}–{y2}) = {fmt(avg)} a year", [total, period]


def _averages(nums: list[Figure], figures: list[Figure]) -> tuple[list[float], list[tuple]]:
    """Every total near a period of years divided by the period's years (both ends counted,
    or not), sorted by value, as (values, [(order read, value, total, period, years)])."""
    starts = [n.start for n in nums]
    out = []
    for period in (f for f in figures if f.kind is Kind.PERIOD):
        y1, y2 = period.value
        near = nums[bisect_left(starts, period.start - NEAR):bisect_right(starts, period.start + NEAR)]
        for total in near:
            for years in (y2 - y1 + 1, y2 - y1):
                if years:   # "2020-2020" spans no year to divide by
                    out.append((len(out), total.value / years, total, period, years))
    out.sort(key=lambda a: a[1])
    return [a[1] for a in out], out


COUNT_DERIVERS = (difference, sum_of_two, sum_of_listed_parts, one_more, others_and_one, listed_people,
                  names_listed_in_summary, names_listed_in_article, years_since, in_another_unit, days_spanned,
                  time_spanned, average)


# --- Percentages ------------------------------------------------------------------------

def points_over(q: Question):
    """ "vượt 2%": points over a 100% target, or between two percentages."""
    if not q.cues & rules.DIFFERENCE_CUES:
        return None
    for p in q.facts.percents:
        if q.target.contains(abs(p.value - 100)):
            return f"{p.text} of the target is {fmt(abs(p.value - 100))} points over 100%", [p]
    for p, r in near_pairs(q.facts.percents):
        if q.target.contains(abs(p.value - r.value)):
            return f"{p.text} − {r.text} = {fmt(abs(p.value - r.value))} points", [p, r]
    return None


def ratio_as_percent(q: Question):
    """ "146/212" is 68,9%."""
    for r in q.facts.figures:
        if r.kind is Kind.RATIO:
            a, b = r.value
            if b and q.target.contains(a / b * 100):
                return f"{fmt(a)} / {fmt(b)} × 100 = {fmt(a / b * 100)}%", [r]
    return None


def share_of(q: Question):
    """One figure as a share of another of the same unit stated near it; only figures stated
    exactly ("hơn 100 khách" is no base for a percentage)."""
    nums = [n for n in q.facts.numbers if n.unit is not None and n.value > 0 and n.qualifier is None]
    for a, b in near_pairs(nums):
        if a.value == b.value or not compare.units_compatible(a.unit, b.unit):
            continue
        for x, y in ((a, b), (b, a)):
            share = x.value / y.value * 100
            if q.target.contains(share):
                return f"{fmt(x.value)} / {fmt(y.value)} × 100 = {fmt(share)}%", [x, y]
    return None


PERCENT_DERIVERS = (points_over, ratio_as_percent, share_of)


# --- What the article sets up for the derivers ----------------------------------------

def listed_parts(text: str, numbers: list[Figure]) -> list[tuple[Figure, ...]]:
    """Runs of two or more figures of one known unit, each after a comma or "và" and close
    to the one before, in one clause: "1.250 tấn gạo và 730 tấn ngô"."""
    runs, current = [], []
    for n in numbers:
        if current and _continues_list(text, current[-1], n) and len(current) < _MAX_PARTS:
            current.append(n)
            continue
        if len(current) >= 2:
            runs.append(tuple(current))
        current = [n] if n.unit is not None and n.qualifier is None else []
    if len(current) >= 2:
        runs.append(tuple(current))
    return runs


def _shared_genus(parts: tuple[Figure, ...]) -> set[str]:
    """The units every part is one of: {"người"} for "30 hành khách cùng 3 nhân viên"."""
    return set.intersection(*(compare.genus_chain(p.unit) for p in parts))


def _people(unit: str | None) -> bool:
    return unit is not None and rules.PERSON_GENUS in compare.genus_chain(unit)


def _continues_list(text: str, prev: Figure, n: Figure) -> bool:
    """Is n the next part of a list prev is in: the same unit (or people both: "30 hành khách
    cùng 3 nhân viên"), joined by a comma, "và" or "cùng" close by in one clause?"""
    same_unit = n.unit == prev.unit or _people(n.unit) and _people(prev.unit)
    if not same_unit or n.qualifier is not None or n.kind is not prev.kind or "/" in n.text:
        return False
    gap = text[prev.end:n.start]
    if len(gap) > _MAX_PART_GAP or any(c in gap for c in ".;:!?\n()"):
        return False
    words = gap.lower().replace(",", " , ").split()
    return any(w in rules.PART_JOINERS for w in words)
