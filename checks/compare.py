"""When two figures state the same value, and when they count the same thing.

Values are compared as intervals of the true values a written figure allows:
"173" allows only 173; "77%" allows 76,5–77,5 (a rounded percentage); "hơn 25
nghìn" allows anything above 25 000 and below 26 000; "gần 200" allows values
just under 200. Two figures agree when their intervals meet. The rules, with
examples, are in docs/CHECKER.md; each has a test.
"""
from __future__ import annotations

from math import inf
from typing import NamedTuple

from . import rules
from .numbers import precision_of_integer
from .types import Figure, Kind

_EPS = 1e-9


class Interval(NamedTuple):
    """The true values a written figure allows, from lo to hi (each end open or closed)."""

    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def meets(self, other: "Interval") -> bool:
        """True when the two intervals share at least one value."""
        lo, lo_open = (self.lo, self.lo_open) if self.lo > other.lo else (other.lo, other.lo_open)
        if self.lo == other.lo:
            lo_open = self.lo_open or other.lo_open
        hi, hi_open = (self.hi, self.hi_open) if self.hi < other.hi else (other.hi, other.hi_open)
        if self.hi == other.hi:
            hi_open = self.hi_open or other.hi_open
        tol = _EPS * max(1.0, abs(lo), abs(hi))
        if lo_open or hi_open:
            return lo < hi - tol
        return lo <= hi + tol

    def contains(self, x: float) -> bool:
        return self.meets(Interval(x, x))

    def covers(self, inner: "Interval") -> bool:
        """True when every value of `inner` is a value of this interval, or at its
        bounds: "gần 400" (up to 400) covers "trên 399" (399 to 400)."""
        tol = _EPS * max(1.0, abs(self.lo) if self.lo != -inf else 1.0, abs(self.hi) if self.hi != inf else 1.0)
        return inner.lo >= self.lo - tol and inner.hi <= self.hi + tol


def tolerance(fig: Figure, value: float) -> float:
    """How far past the written value "hơn", "gần" or "dưới" may reach.

    The place of the last written digit ("hơn 25 nghìn": up to 26 nghìn), but
    never more than a tenth of the value ("gần 200" is 180–200, not 100–200).
    """
    p = fig.precision or precision_of_integer(value)
    if fig.kind is Kind.PERCENT:
        # "hơn 50%" of 52,9%: percentages are qualified in points, up to 5 of them
        return max(p, min(5.0, 0.1 * abs(value)))
    return min(p, 0.1 * abs(value)) or p


def interval_of(fig: Figure, value: float | None = None) -> Interval:
    """The true values a single-valued figure allows (see module docstring)."""
    v = float(fig.value if value is None else value)
    q = fig.qualifier
    if q is None:
        half = fig.precision / 2
        return Interval(v - half, v + half, half > 0, half > 0)
    t = tolerance(fig, v)
    if q == "more_than":
        return Interval(v, v + t, True, False)
    if q == "nearly":
        return Interval(v - t, v, False, True)
    if q == "less_than":
        return Interval(v - t, v, False, True)
    if q == "about":
        t = max(fig.precision / 2, 0.1 * abs(v))
        return Interval(v - t, v + t)
    # "ít nhất 7 lần" is not 25 lần, nor "tối đa 200" 10: at most a factor of two away
    if q == "at_least":
        return Interval(v, 2 * v if v > 0 else inf)
    if q == "at_most":
        return Interval(v / 2 if v > 0 else -inf, v)
    return Interval(v, v)


def figure_interval(fig: Figure) -> Interval:
    """The interval of a figure of any quantity kind (a range or vague amount spans its ends)."""
    if isinstance(fig.value, tuple):
        if fig.kind is Kind.RATIO:
            a, b = fig.value
            return Interval(a / b, a / b)
        lo, hi = fig.value
        if fig.qualifier == "vague":
            return Interval(lo, hi, False, True)
        return Interval(interval_of(fig, lo).lo, interval_of(fig, hi).hi)
    return interval_of(fig)


def stated_interval(fig: Figure) -> Interval:
    """What an article figure states: its value itself ("50 triệu" is 50 triệu, not
    45–55 triệu), unless a qualifier or vague word widens it ("hơn 2.320", "hàng trăm")."""
    if fig.qualifier is None and not isinstance(fig.value, tuple):
        v = float(fig.value)
        return Interval(v, v)   # what `interval_of` gives at precision 0, without a figure made for it
    if fig.qualifier is None and fig.precision:
        fig = Figure(fig.text, fig.start, fig.end, fig.value, fig.kind, fig.unit, None, 0.0)
    return figure_interval(fig)


#: Qualifiers that say a value is rounded: a summary may round it further and drop the word.
_APPROXIMATIONS = frozenset({"about", "nearly"})

#: Qualifiers of one family say the same of a value written the same: "trên 1 triệu" and "ít
#: nhất 1 triệu" (a floor), "gần 9.888" and "khoảng 9.888" (an approximation).
QUALIFIER_FAMILIES = (frozenset({"more_than", "at_least"}), frozenset({"less_than", "at_most"}),
                      _APPROXIMATIONS)


def values_agree(summary_fig: Figure, article_fig: Figure, *,
                 summary_interval: Interval | None = None, article_interval: Interval | None = None) -> bool:
    """Does the summary figure say what the article figure says, at most less precisely?

    The summary's interval must cover everything the article's allows: "77%"
    covers 77,25%; "hơn 2.300" covers "hơn 2.320"; but "52 triệu" does not cover
    "50 triệu", "hơn 107 triệu" does not cover "trên 100 triệu", and no exact
    figure covers "hàng trăm". Dropping a qualifier is allowed: "170" for
    "khoảng 170".

    A caller comparing one figure with many passes `figure_interval(summary_fig)`
    and `stated_interval(article_fig)` when it has them, to save working them out again.
    """
    s, a = summary_fig, article_fig
    if s.kind is Kind.RATIO and a.kind is Kind.RATIO:
        return tuple(s.value) == tuple(a.value)
    if s.qualifier is None and a.qualifier not in (None, "vague") and _same_values(s.value, a.value):
        return True  # dropping a qualifier: "5-6 tỷ" for "khoảng 5-6 tỷ", "170" for "khoảng 170"
    if s.qualifier is None and a.qualifier in _APPROXIMATIONS and s.kind is Kind.RANGE and a.kind is Kind.RANGE \
            and (summary_interval or figure_interval(s)).covers(stated_interval(a._replace(qualifier=None))):
        return True  # a rounded range, rounded again, the word dropped: "6-8 km" for "khoảng 6,4 đến 8 km"
    if s.qualifier != a.qualifier and _same_values(s.value, a.value) \
            and any({s.qualifier, a.qualifier} <= family for family in QUALIFIER_FAMILIES):
        return True  # the same value, qualified alike: "trên 1 triệu" for "ít nhất 1 triệu"
    if s.qualifier == "vague" and a.kind is Kind.RANGE and a.qualifier != "vague":
        # "hàng trăm tuyến" for "khoảng 600-1.000 tuyến": an order of magnitude is borne out by a
        # range that opens in it (the range's top may reach the next order)
        return (summary_interval or figure_interval(s)).contains(float(a.value[0]))
    if s.qualifier == "less_than" and s.unit is not None and s.unit == a.unit and not isinstance(s.value, tuple):
        # "dưới 16 tuổi" is a threshold, not an approximation: the article's 14 tuổi bears it out
        v = float(s.value)
        return Interval(v / 2, v, False, True).covers(article_interval or stated_interval(a))
    return (summary_interval or figure_interval(s)).covers(article_interval or stated_interval(a))


def _same_values(v1, v2) -> bool:
    if isinstance(v1, tuple) != isinstance(v2, tuple):
        return False
    if isinstance(v1, tuple):
        return len(v1) == len(v2) and all(float(x) == float(y) for x, y in zip(v1, v2))
    return float(v1) == float(v2)


#: The kinds of figure that have a value class (`value_class`): the quantities.
VALUE_CLASS_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.RANGE, Kind.RATIO})


def value_class(fig: Figure) -> str | None:
    """Figures compare only within a class: quantities of things, or percentages."""
    if fig.kind in (Kind.COUNT, Kind.MONEY):
        return "number"
    if fig.kind is Kind.PERCENT:
        return "percent"
    if fig.kind is Kind.RANGE:
        return "percent" if fig.unit == "%" else "number"
    if fig.kind is Kind.RATIO:
        return "ratio"
    return None


_MONEY = set(rules.MONEY_UNITS.values())
#: `rules.UNITS_SAID_EITHER_WAY` as ordered pairs, both ways round.
_SAID_EITHER_WAY = {(a, b) for pair in rules.UNITS_SAID_EITHER_WAY for a in pair for b in pair if a != b}


def genus_chain(unit: str) -> set[str]:
    chain = {unit}
    while unit in rules.UNIT_GENUS:
        unit = rules.UNIT_GENUS[unit]
        chain.add(unit)
    return chain


def units_compatible(u1: str | None, u2: str | None) -> bool:
    """Same unit, or units of one genus ("đảng viên", "cháu" and "người" are all
    people), or one unknown. "tổ chức đảng" and "đảng viên" are not; nor are đồng and USD."""
    if u1 is None or u2 is None or u1 == u2:
        return True
    if u2 in rules.CLASSIFIER_SHORTENS.get(u1, ()) or u1 in rules.CLASSIFIER_SHORTENS.get(u2, ()):
        return True
    if (u1, u2) in _SAID_EITHER_WAY:
        return True
    if u1 in rules.CLASSIFIERS or u2 in rules.CLASSIFIERS:
        # "12 chiếc" may be "12 chiếc xe máy", but "3 con" (dao) is not "3 người"
        other = u2 if u1 in rules.CLASSIFIERS else u1
        return other in rules.CLASSIFIERS or rules.PERSON_GENUS not in genus_chain(other)
    if u1 in _MONEY or u2 in _MONEY:
        return False
    return not genus_chain(u1).isdisjoint(genus_chain(u2))


def details_conflict(d1: str | None, d2: str | None) -> bool:
    """"chính thức" and "dự bị" exclude each other; a missing detail conflicts with nothing."""
    if d1 is None or d2 is None or d1 == d2:
        return False
    return any(d1 in group and d2 in group for group in rules.EXCLUSIVE_DETAILS)


def same_thing(summary_fig: Figure, article_fig: Figure) -> bool:
    """Do two figures count the same kind of thing (unit and detail), value aside?"""
    return (units_compatible(summary_fig.unit, article_fig.unit)
            and not details_conflict(summary_fig.detail, article_fig.detail))
