"""Give every figure of a summary a verdict against its article.

The order of questions, for one summary figure:
1. Does the article state the same value (after normalisation and the rounding
   rules of `compare`)? With a compatible unit, detail and subject: `supported`;
   only for something else or someone else: `context_mismatch`.
2. Can the value be computed from the article's figures (a percentage of one
   figure in another, a difference, a sum, an average over a stated period)?
   `derived`, with the arithmetic.
3. Does the article quantify the same thing with another value? `mismatch`.
4. Otherwise `unsupported`.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import chain, islice
from math import inf
from typing import Iterator

from . import compare, rules
from .extract import (NEXT_WORDS_REACH, WORDS_BEFORE_REACH, _lookup_unit, _next_words, _sentence_start,
                      _words_before, extract_figures, lowercase, lowercase_is_local, word_trie,
                      word_trie_at_word_start)
from .align import ArticleSentences, Drawn, content_words, name_lists, overlap, sentence_at, sentences
from .derive import NEAR, derive, listed_parts, own_list_count, people_listed_for
from . import holders
from .wording import goals_told, shutout, slash_read_otherwise, written_beside
from .numbers import MAX_DIGITS
from .slots import apart, clause_bounds, clause_words, predicates_apart, shared, slot_of
from .subjects import same_subject, subject_of, subjects_near
from .types import CheckedFigure, CheckReport, DayOfWriting, Figure, Kind, Relation, Span, Verdict

#: An administrative word and a word after it, searched in the lowercased summary:
#: a summary without one gives no figure to a place.
#: (`\b(?:word_trie(...))\b\s+\w`, its first `\b` asked after the first letter: `word_trie_at_word_start`.)
_NAMES_A_PLACE = re.compile(word_trie_at_word_start({p.split()[0] for p in rules.SUBJECT_PREFIXES}) + r"\b\s+\w")

_PERSON_MARKER = re.compile(rules.PERSON_MARKER)
_AGE_AFTER_NAME = re.compile(rules.AGE_AFTER_NAME)
#: A sentence end; "TP." and "Q." (abbreviations) are not.
_SENTENCE_END = re.compile(r"[!?\n]|(?<![A-ZĐ][A-ZĐ])(?<![\s(][A-ZĐ])\.(?!\d)")

_MONEY_UNITS = set(rules.MONEY_UNITS.values())
_DAY_WORD = rules.DAY_WORD
_ORDINAL_WORD = rules.ORDINAL_WORD
#: "một lần nữa" (once again), "một năm" (a year), "một số" (some): idioms, not counts.
_NOT_COUNTED_BY_MOT = rules.NOT_COUNTED_BY_ONE
# searched in the lowercased text, literal first (no look-behind), so `re` can
# skip ahead fast; the word boundary before "một" and its case ("một", "Một")
# are checked in Python
_ONE = rules.ONE_WORD
_ONE_OF = re.compile(re.escape(_ONE) + r"\s+([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")

#: Time units whose ordinal also states a span: the 5th month of a pregnancy is 5 months.
_ORDINAL_SPANS = rules.ORDINAL_SPAN_UNITS

#: At most this many article figures are compared word by word with one summary
#: figure, so a 10 MB article stays fast.
_MAX_COMPARED = 50

_CONTEXT_STOP = rules.CONTEXT_STOP_WORDS
_PERSON = rules.PERSON_GENUS
_COUNTING_WORD = rules.COUNTING_WORD


class _computed_once:
    """`functools.cached_property` without the lock it takes on Python 3.11 (a
    microsecond on every first read; an ArticleFacts makes several per summary
    figure, and is not shared between threads)."""

    def __init__(self, compute):
        self.compute, self.name, self.__doc__ = compute, compute.__name__, compute.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.compute(obj)  # later reads find it there
        return value


@dataclass
class ArticleFacts:
    """An article's figures, sorted for the verifier; build once with `prepare_article`."""

    text: str
    #: The day the article was written, given from outside (None: unknown); see
    #: `_relative_year_resolved`. The article's own words never set it.
    written: DayOfWriting | None = None
    # per-figure caches, keyed by (start, end)
    _subjects: dict = field(default_factory=dict, repr=False)
    _contexts: dict = field(default_factory=dict, repr=False)
    _pools: dict = field(default_factory=dict, repr=False)
    _stated: dict = field(default_factory=dict, repr=False)
    _value_indexes: dict = field(default_factory=dict, repr=False)
    _mentioned: dict = field(default_factory=dict, repr=False)
    _agreeing: dict = field(default_factory=dict, repr=False)
    _drawn: dict = field(default_factory=dict, repr=False)
    _summary_sentences: dict = field(default_factory=dict, repr=False)
    _summary_figures: dict = field(default_factory=dict, repr=False)
    _name_lists: dict = field(default_factory=dict, repr=False)
    _by_scalar: dict = field(default_factory=dict, repr=False)
    _derived: dict = field(default_factory=dict, repr=False)

    @_computed_once
    def figures(self) -> list[Figure]:
        """The article's figures, read on first need: a summary without figures, against
        an article without relation cues, never needs them."""
        return extract_figures(self.text, lower=self.lower)

    @_computed_once
    def listed_people(self) -> list[tuple[int, list[Span]]]:
        """(how many, their markers) for each list of people the article gives without
        counting them. Two shapes: a sentence that gives each person a birth year or an
        age ("Huỳnh Quang Tâm (SN 1987), Lương Anh Trên (SN 1994) và La Hải Nhân (SN
        1993)": 3 people), and a list of names opened by a plural person noun and "gồm"
        ("các bị cáo kháng cáo gồm: Hoàng Công Lương (nguyên bác sĩ …), …, và Trương
        Quý Dương (…)"). A bare age after a name marks a person as a birth year does
        ("Nguyễn Văn Thắng 34 tuổi là ... và Vũ Văn Giáp 41 tuổi là ...": 2 people)."""
        groups: list[list[Span]] = []
        last_end = None
        for span in _person_markers(self.text):
            if last_end is not None and not _SENTENCE_END.search(self.text, last_end, span.start):
                groups[-1].append(span)
            else:
                groups.append([span])
            last_end = span.end
        groups += _named_lists(self.text, self.lower)
        return [(len(g), g) for g in groups if len(g) >= 2]

    @_computed_once
    def lower(self) -> str:
        return lowercase(self.text)

    @_computed_once
    def sentences(self) -> ArticleSentences:
        """The article's sentences (see `align`), found on first need; a sentence's words are
        read when that sentence is asked for."""
        return ArticleSentences(self.text, self.lower)

    @_computed_once
    def figure_starts(self) -> frozenset:
        """Where the article's figures begin (see wording.written_beside)."""
        return frozenset(f.start for f in self.figures)

    def summary_sentence(self, summary: str, pos: int):
        """The sentence of `summary` that holds pos (the summary's sentences read once)."""
        if summary not in self._summary_sentences:
            self._summary_sentences.clear()  # one summary at a time: the caches stay small
            self._drawn.clear()
            self._summary_sentences[summary] = sentences(summary)
        return sentence_at(self._summary_sentences[summary], pos)

    def summary_figures(self, summary: str, here) -> list[Figure]:
        """The figures of the summary sentence `here`, with offsets into the summary (the
        summary's figures read once: several questions of each summary figure ask for them)."""
        if summary not in self._summary_figures:
            self._summary_figures.clear()  # one summary at a time, as its sentences
            self._summary_figures[summary] = extract_figures(summary)
        return [f for f in self._summary_figures[summary] if here.start <= f.start < here.end]

    def drawn_on(self, summary: str, pos: int):
        """The article sentences that the summary sentence holding `pos` restates, best first
        (`align.Drawn`: each one's words read when it is asked for)."""
        here = self.summary_sentence(summary, pos)
        if here is None:
            return Drawn(self.sentences, [])
        # by the sentence's words, all that `draws_on` reads: a summary that repeats a sentence
        # shape asks once; the cache is cleared with the summary's sentences
        if here.words not in self._drawn:
            self._drawn[here.words] = self.sentences.drawn_on(here.words)
        return self._drawn[here.words]

    def piece_of_code(self, fig: Figure) -> bool:
        """`_piece_of_code` of an article figure, asked once: every summary figure of a value
        asks it of all the article's figures that agree with it (thousands in a long text)."""
        key = ("code", fig.start)
        if key not in self._contexts:
            self._contexts[key] = _piece_of_code(fig, self.text)
        return self._contexts[key]

    def remembered(self, key: tuple, compute):
        """compute(), worked out once per article and key: `derive`'s article-side tables (the
        numbers of a unit, the averages over the article's periods), which every summary
        figure of that unit asks for again; on a 10 MB article each is a pass over 100,000
        figures."""
        if key not in self._derived:
            self._derived[key] = compute()
        return self._derived[key]

    def name_lists(self, sentence) -> list:
        """`align.name_lists` of an article sentence, read once: every summary figure asks
        it of the sentences its summary sentence draws on (a long article repeating itself
        has thousands of those)."""
        key = (sentence.start, sentence.end)
        if key not in self._name_lists:
            self._name_lists[key] = name_lists(self.text, sentence.start, sentence.end)
        return self._name_lists[key]

    @_computed_once
    def listed_parts(self):
        """Runs of figures of one unit the article lists as parts (see `derive.listed_parts`)."""
        return listed_parts(self.text, [f for f in self.numbers if f.kind in (Kind.COUNT, Kind.MONEY)])

    @_computed_once
    def quantities(self) -> list[Figure]:
        """Figures with a value class (counts, money, percentages, ratios, ranges)."""
        return [f for f in self.figures if f.kind in compare.VALUE_CLASS_KINDS]

    @_computed_once
    def numbers(self) -> list[Figure]:
        """Single-valued counts and money, ratio parts included ("146/212" states 146 and 212)."""
        out = []
        for f in self.figures:
            if f.kind in (Kind.COUNT, Kind.MONEY) and not isinstance(f.value, tuple):
                out.append(f)
            elif f.kind is Kind.RATIO and f.value != (1, 2):
                a, b = f.value
                out.append(_part(f, a))
                out.append(_part(f, b))
            elif f.kind is Kind.ORDINAL and f.unit in _ORDINAL_SPANS:
                # "mang thai tháng thứ 5" bears out "thai nhi 5 tháng"
                out.append(Figure(f.text, f.start, f.end, float(f.value), Kind.COUNT, unit=f.unit, precision=0.0))
        # "bắt giữ một người": too common a word to be a figure in a summary, but
        # in the article it supports "1 người"
        for m in _ONE_OF.finditer(self.lower):
            if m.start() and self.text[m.start() - 1].isalnum() or self.text[m.start() + 1:m.start() + len(_ONE)] != _ONE[1:]:
                continue
            words = m.group(1).split()
            end = m.end()
            if words[0] in rules.CLASSIFIERS and len(words) > 1:
                words = words[1:]
            unit = rules.UNIT_NOUNS.get(" ".join(words))
            if unit is None:  # only the first word is the noun: the figure ends with it
                unit = rules.UNIT_NOUNS.get(words[0])
                end = m.start(1) + m.group(1).index(words[0]) + len(words[0])
            # a span ("một tháng") is counted too: a summary's "sau một tháng" restates it
            if unit is not None and (unit not in _NOT_COUNTED_BY_MOT or unit in rules.ONE_COUNTS_UNITS):
                out.append(Figure(self.text[m.start():end], m.start(), end, 1.0, Kind.COUNT,
                                  unit=unit, precision=0.0))
        out.sort(key=lambda f: f.start)
        return out

    @_computed_once
    def percents(self) -> list[Figure]:
        return [f for f in self.figures if f.kind is Kind.PERCENT]

    @_computed_once
    def dates(self) -> list[tuple[Figure, tuple]]:
        return [(f, _date_parts(f.value)) for f in self.figures if f.kind is Kind.DATE]

    @_computed_once
    def years(self) -> dict[int, Figure]:
        years: dict[int, Figure] = {}
        for f in self.figures:
            if f.kind is Kind.YEAR:
                years.setdefault(int(f.value), f)
            elif f.kind is Kind.PERIOD:
                years.setdefault(f.value[0], f)
                years.setdefault(f.value[1], f)
            elif f.kind is Kind.DATE:
                y = _date_parts(f.value)[0]
                if y:
                    years.setdefault(y, f)
        return years

    @_computed_once
    def year_figures(self) -> list[Figure]:
        """The article's years written alone ("năm 2019"), in order."""
        return [f for f in self.figures if f.kind is Kind.YEAR]

    @_computed_once
    def year_figures_by_value(self) -> dict[int, list[Figure]]:
        """The same, by year: each summary year looks up its own statements, not every year's."""
        by_value: dict[int, list[Figure]] = {}
        for f in self.year_figures:
            by_value.setdefault(int(f.value), []).append(f)
        return by_value

    @_computed_once
    def named_years(self) -> list[tuple[Figure, str | None]]:
        """Each year figure with the name it is given to (`_named_year_key`), read once per
        article: every summary year asks which years go with its name."""
        return [(f, _named_year_key(self.text, f.start)) for f in self.year_figures]

    @_computed_once
    def years_by_name(self) -> dict[str, list[tuple[Figure, int]]]:
        return years_by_name(self.named_years, self.text)

    def digit_run_starts(self, digits: str) -> list[int]:
        """Where `digits` stands as a whole run of digits ("2024" in "năm 2024", not in
        "12024"), found once for each run asked for: a summary asks for a year or two, and one
        search for them (8 ms over 10 MB) costs less than indexing every run of the article
        (0.15 s)."""
        return self.remembered(("digit run", digits),
                               lambda: [m.start() for m in _whole_digit_run(digits).finditer(self.text)])

    @_computed_once
    def years_in_dates(self) -> frozenset:
        """The years the article names inside a date or a period ("14/5/2019", "2020-2025")."""
        found = set()
        for f in self.figures:
            if f.kind is Kind.PERIOD:
                found.update(f.value)
            elif f.kind is Kind.DATE:
                found.add(_date_parts(f.value)[0])
        return frozenset(found)

    @_computed_once
    def identifiers(self) -> dict[str, Figure]:
        return {str(f.value).upper(): f for f in self.figures if f.kind is Kind.IDENTIFIER}

    @_computed_once
    def identifier_parts(self) -> dict[str, Figure]:
        """{digits: the first identifier holding them} ("28-CT/TW" holds "28")."""
        parts: dict[str, Figure] = {}
        for ident in self.identifiers.values():
            for part in re.split(r"[^0-9]+", str(ident.value)):
                parts.setdefault(part, ident)
        return parts

    @_computed_once
    def codes(self) -> dict[str, re.Match]:
        """{name: its last match} of the model and type names the article gives (`_CODE`),
        found once for all the summaries checked against it."""
        return {m.group(): m for m in _CODE.finditer(self.text)}

    @_computed_once
    def relations(self) -> list[Relation]:
        readers = _relation_readers()
        cues = readers.TextCues(self.lower)   # the words the gate looked for are not looked for again
        if not readers.may_state_relations(self.text, self.lower, cues):
            return []  # and the article's figures need not be read for relations
        return readers.relations_of(self.text, self.lower, self.figures, cues=cues)

    def pool(self, cls: str | None) -> list[Figure]:
        """Article figures a summary figure of value class `cls` is compared with."""
        if cls not in self._pools:
            if cls == "number":
                self._pools[cls] = self.numbers + [f for f in self.quantities if isinstance(f.value, tuple)
                                                   and compare.value_class(f) == "number"]
            else:
                self._pools[cls] = [f for f in self.quantities if compare.value_class(f) == cls]
        return self._pools[cls]

    def stated_intervals(self, cls: str | None) -> list[compare.Interval]:
        """`compare.stated_interval` of each figure of `pool(cls)`, in the same order."""
        if cls not in self._stated:
            self._stated[cls] = list(map(compare.stated_interval, self.pool(cls)))
        return self._stated[cls]

    def agreeing(self, fig: Figure) -> tuple[list[Figure], list[Figure]]:
        """The article figures whose value `fig` agrees with, and those of them that count
        the same thing. They depend on the figure's writing, value, kind, unit and detail
        only: worked out once for all the figures of a summary alike in these."""
        key = (fig.text, fig.kind, fig.value, fig.unit, fig.qualifier, fig.precision, fig.detail)
        if key not in self._agreeing:
            self._agreeing[key] = _agreeing(fig, self)
        return self._agreeing[key]

    def nearest(self, fig: Figure) -> list[Figure]:
        """The _MAX_COMPARED figures of `agreeing(fig)[1]` nearest in value to `fig`."""
        key = ("nearest", fig.text, fig.kind, fig.value, fig.unit, fig.qualifier, fig.precision, fig.detail)
        if key not in self._agreeing:
            self._agreeing[key] = _nearest_values(fig, self.agreeing(fig)[1])
        return self._agreeing[key]

    def agreement_candidates(self, cls: str | None, fig: Figure, interval: compare.Interval) -> list[int]:
        """Indices into `pool(cls)`, in order, of every figure whose value `fig` may
        agree with (`compare.values_agree`, `_same_writing`), found by bisection and
        lookup instead of trying all: a superset, each still to be asked."""
        los, order, exact, written = self._value_index(cls)
        window = [interval.lo, interval.hi]
        if not isinstance(fig.value, tuple):
            v = float(fig.value)
            window.append(v)  # the same value, qualified in the article
            if fig.qualifier == "less_than":
                window.append(v / 2)  # "dưới v" is borne out down to v/2 (`compare.values_agree`)
        elif fig.kind is not Kind.RATIO:
            # the same range, qualified in the article ("14.000-15.000" for "khoảng 14.000 đến 15.000")
            window += [float(fig.value[0]) / 2, float(fig.value[1])]
        lo, hi = min(window), max(window)
        margin = 1e-6 * max([1.0] + [abs(x) for x in (lo, hi) if x not in (inf, -inf)])
        found = order[bisect_left(los, lo - margin):bisect_right(los, hi + margin)]
        if not isinstance(fig.value, tuple):
            found = found + exact.get(float(fig.value), [])
        found = found + written.get(fig.text, [])
        return sorted(set(found))

    def _value_index(self, cls: str | None):
        """(lower ends of the stated intervals of `pool(cls)`, sorted; the pool index of
        each; {value: indices} of its single-valued figures; {text: indices})."""
        if cls not in self._value_indexes:
            los = [interval.lo for interval in self.stated_intervals(cls)]
            order = sorted(range(len(los)), key=los.__getitem__)
            exact: dict[float, list[int]] = {}
            written: dict[str, list[int]] = {}
            for i, a in enumerate(self.pool(cls)):
                if not isinstance(a.value, tuple):
                    exact.setdefault(float(a.value), []).append(i)
                written.setdefault(a.text, []).append(i)
            self._value_indexes[cls] = ([los[i] for i in order], order, exact, written)
        return self._value_indexes[cls]

    def nearest_first(self, cls: str, x: float) -> Iterator[list[int]]:
        """Indices into `pool(cls)` in the order of `_nearest_values` (by distance of `_scalar`
        from x, ties in pool order), as runs of one distance, read outwards from x through the
        pool's values sorted once."""
        if cls not in self._by_scalar:
            groups: dict[float, list[int]] = {}
            for i, a in enumerate(self.pool(cls)):
                groups.setdefault(_scalar(a), []).append(i)
            values = sorted(groups)
            self._by_scalar[cls] = (values, [groups[v] for v in values])
        values, members = self._by_scalar[cls]
        right = bisect_left(values, x)
        left = right - 1
        while left >= 0 or right < len(values):
            d = min(abs(values[left] - x) if left >= 0 else inf, abs(values[right] - x) if right < len(values) else inf)
            run: list[int] = []
            # distances grow monotonically outwards on each side: the values at this distance are next
            while left >= 0 and abs(values[left] - x) == d:
                run += members[left]
                left -= 1
            while right < len(values) and abs(values[right] - x) == d:
                run += members[right]
                right += 1
            yield sorted(run)

    def holder(self, fig: Figure) -> str | None:
        """`_holder` of an article figure, computed once."""
        key = ("holder", fig.start, fig.end)
        if key not in self._mentioned:
            self._mentioned[key] = _holder(self.text, fig)
        return self._mentioned[key]

    @_computed_once
    def given_names(self) -> frozenset:
        """The given names of the full names the article gives (see `holders.given_names`)."""
        return holders.given_names(self.text)

    def of_one_unit(self, a: Figure, fig: Figure) -> tuple[int, list[Figure]]:
        """(where it starts, its figures of `fig`'s kind and unit: `holders.of_one_unit`) of the
        sentence that holds article figure `a`; read once per sentence, kind and unit. (The
        sentence's bounds only: its words are not read.)"""
        span = self.sentences.span_at(a.start)
        if span is None:
            return 0, []
        start, end = span
        key = ("of one unit", start, fig.kind, fig.unit)
        return self.remembered(key, lambda: (start, holders.of_one_unit(
            self.text, self.figures_between(start, end), fig)))

    def respective(self, a: Figure, fig: Figure) -> list:
        """`holders.respective` of the sentence that holds article figure `a`, for the figures
        of `fig`'s kind and unit: read once per sentence, kind and unit."""
        start, figures = self.of_one_unit(a, fig)
        if len(figures) < 2:
            return []  # one value of the unit: given to nobody else
        key = ("respective", start, fig.kind, fig.unit)
        return self.remembered(key, lambda: holders.respective(self.text, start, figures, self.given_names))

    def figures_between(self, start: int, end: int) -> list[Figure]:
        """The article's figures that start in [start, end), in order."""
        figures = self.figures
        lo = bisect_left(figures, start, key=lambda f: f.start)
        hi = bisect_left(figures, end, key=lambda f: f.start)
        return figures[lo:hi]

    def mentions(self, name: str) -> bool:
        """Does the article (lowercased) contain `name` (lowercased)? Asked once per name."""
        if name not in self._mentioned:
            self._mentioned[name] = name in self.lower
        return self._mentioned[name]

    def context(self, fig: Figure) -> set[str]:
        """`_context_words` of an article figure, computed once."""
        key = (fig.start, fig.end)
        if key not in self._contexts:
            self._contexts[key] = _context_words(self.text, fig)
        return self._contexts[key]

    def shares_context(self, fig: Figure, words: set[str]) -> bool:
        """Does the `context` of an article figure hold one of `words`? A word of the context
        stands, lowercased, within `WORDS_BEFORE_REACH` characters before the figure or
        `NEXT_WORDS_REACH` after it (`_context_words`): where none of `words` does, the context
        is not read. A summary
        figure asks it of every article figure of its unit that may agree with it, thousands in
        a long article, and the context of each costs several times this look."""
        if (fig.start, fig.end) not in self._contexts and self.lowercase_is_local:
            window = self.lower[max(0, fig.start - WORDS_BEFORE_REACH):fig.end + NEXT_WORDS_REACH]
            if not any(w in window for w in words):
                return False
        return bool(words & self.context(fig))

    @_computed_once
    def lowercase_is_local(self) -> bool:
        """`extract.lowercase_is_local` of the text, asked once: is every window of `lower`
        what lowercasing that window of the text gives?"""
        return lowercase_is_local(self.text)

    def slot(self, fig: Figure):
        """`slots.slot_of` an article figure, read once."""
        key = ("slot", fig.start, fig.end)
        if key not in self._contexts:
            self._contexts[key] = slot_of(self.text, fig, self.lower)
        return self._contexts[key]

    def clause_words(self, fig: Figure) -> frozenset:
        """`slots.clause_words` of an article figure, read once."""
        key = ("clause", fig.start, fig.end)
        if key not in self._contexts:
            self._contexts[key] = clause_words(self.text, fig, self.lower)
        return self._contexts[key]

    def subjects(self, fig: Figure) -> list[tuple[str, str]]:
        """The (name, level) pairs an article figure may belong to (see subjects.subjects_near)."""
        key = (fig.start, fig.end)
        if key not in self._subjects:
            self._subjects[key] = subjects_near(self.text, fig.start, fig.end)
        return self._subjects[key]


@lru_cache(maxsize=1)
def _relation_readers():
    """`checks.relations`, imported on the first check, not with this module (the largest of the
    checker's modules); remembered, since an import statement run for every article costs about
    two microseconds even when the module is loaded."""
    from . import relations

    return relations


#: A plural person noun, then "gồm" or "là" opening a list ("các bị cáo kháng cáo gồm:"),
#: searched in the lowercased text; the noun is checked against the unit tables.
#: `rules.LIST_OPENING`, its opening word's `\b` asked after the first letter, so that `re` skips
#: to those letters through the whole article (`word_trie_at_word_start`).
_LIST_OPENING = re.compile(word_trie_at_word_start(rules.LIST_OPENING_WORDS) + rules.LIST_OPENING_AFTER)
#: One item of such a list: a name of capitalised syllables (the words are cut at the first
#: lowercase one), then perhaps a parenthesis about the person; several names may share one
#: ("A, B, C (đều 18 tuổi); D (17 tuổi) và E").
_LISTED_WORDS = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){1,4}")
_ABOUT_THE_PERSON = re.compile(r"[ \t]*\([^()\n]{1,200}\)")
_LIST_SEPARATOR = re.compile(rules.LIST_SEPARATOR)


def _person_markers(text: str) -> list[Span]:
    """Where the article gives a person a birth year or an age (`rules.PERSON_MARKER`), and the
    bare ages right after a name (`rules.AGE_AFTER_NAME`), in the order of the text."""
    spans = [Span(m.group(), m.start(), m.end()) for m in _PERSON_MARKER.finditer(text)]
    spans += [Span(m.group(), m.start(), m.end()) for m in _AGE_AFTER_NAME.finditer(text)
              if _name_ends_at(text, m.start())]
    return sorted(spans, key=lambda s: s.start)


def _name_ends_at(text: str, end: int) -> bool:
    """Whether the `rules.AGED_NAME_WORDS` words before end are capitalised syllables: a name."""
    words = text[max(0, end - 60):end].split()[-rules.AGED_NAME_WORDS:]
    return len(words) == rules.AGED_NAME_WORDS and all(w[0].isupper() and w.isalpha() for w in words)


def _named_lists(text: str, lower: str) -> list[list[Span]]:
    """The names of each list of people opened by a plural person noun and "gồm"/"là"."""
    out = []
    for m in _LIST_OPENING.finditer(lower):
        unit, _ = _lookup_unit(m.group(1).split())
        if unit is None or _PERSON not in compare.genus_chain(unit):
            continue  # "các xã gồm: ...": places, not people
        names, pos, about = [], m.end(), False
        while (name := _listed_name(text, pos)) is not None:
            names.append(name)
            aside = _ABOUT_THE_PERSON.match(text, name.end)
            about = about or aside is not None
            sep = _LIST_SEPARATOR.match(text, aside.end() if aside else name.end)
            if sep is None:
                break
            pos = sep.end()
        if len(names) >= 2 and about:
            out.append(names)
    return out


def _listed_name(text: str, pos: int) -> Span | None:
    """The name at pos (two to five capitalised syllables), or None."""
    words = _LISTED_WORDS.match(text, pos)
    if words is None:
        return None
    end = words.start()
    for w in re.finditer(r"\S+", words.group()):
        if not w.group()[0].isupper():
            break
        end = words.start() + w.end()
    name = text[pos:end]
    return Span(name, pos, end) if len(name.split()) >= 2 else None


def _is_ratio_part(fig: Figure) -> bool:
    return fig.kind is Kind.COUNT and "/" in fig.text


def _part(ratio: Figure, value: float) -> Figure:
    return Figure(ratio.text, ratio.start, ratio.end, float(value), Kind.COUNT, unit=ratio.unit,
                  detail=ratio.detail, precision=0.0)


def prepare_article(text: str, written: "date | DayOfWriting | None" = None) -> ArticleFacts:
    """An article made ready to check many summaries (or candidates) against it: its
    figures are extracted once, on first need, and kept. Text whose tone marks are written as
    combining characters (NFD) is composed first (NFC, as `tomtat.reading` gives it), so its
    words are the words of the tables; evidence offsets are then offsets into the NFC text.
    `written`: the day the article was written (a date is exact; a `DayOfWriting` may say it
    may be a day late), which resolves the article's "năm nay", "năm ngoái" ... to years."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return ArticleFacts(text, DayOfWriting.of(written))


def check_summary(article: "str | ArticleFacts", summary: str, *,
                  written: "date | DayOfWriting | None" = None) -> CheckReport:
    """Verdicts for every figure of `summary`, and the article's own relations. A summary whose
    tone marks are written as combining characters (NFD) is composed first, as the article is
    (`prepare_article`): its words are then the words of the tables, and its figures' offsets are
    offsets into the composed text. `written`: the day the article was written (see
    `prepare_article`); an `ArticleFacts` carries its own, and giving another is a ValueError."""
    if isinstance(article, ArticleFacts):
        facts = article
        if written is not None and DayOfWriting.of(written) != facts.written:
            raise ValueError("check_summary: `written` differs from the prepared article's day of writing")
    else:
        facts = prepare_article(article, written)
    if not unicodedata.is_normalized("NFC", summary):
        summary = unicodedata.normalize("NFC", summary)
    told_from = _preamble_end(summary)
    of_the_text = _sentences_of_the_text(summary)
    figures = [f for f in extract_figures(summary) if f.start >= told_from and not _refers_back(summary, f)
               and not (of_the_text and _speaks_of_the_text(summary, f, of_the_text))]
    if len(figures) > _REMEMBER_FROM:
        verdicts = _Verdicts(summary, facts)
        checked = tuple(verdicts.of(f) for f in figures)
    else:
        checked = tuple(verify_figure(f, summary, facts) for f in figures)
    if _CODE.search(summary, told_from):
        checked += tuple(c for c in _code_mismatches(summary, told_from, facts)
                         if not any(o.figure.start < c.figure.end and c.figure.start < o.figure.end for o in checked))
    return CheckReport(checked, tuple(facts.relations))


#: A model or type name glued to its number: "Su-30", "F-16", "A321", "U23" (capital first,
#: at most four letters; "H5N1" and "Covid-19" are no such name). The matches of
#: `(?<![\w-])([A-Z][A-Za-z]{0,3})-?(\d{1,4}[A-Z]{0,2})(?![\w-])`, its look-behind asked after the
#: capital, so that `re` skips from one capital to the next instead of trying every position
#: (every summary is searched: 24 against 10 µs a val-2000 summary).
_CODE = re.compile(r"([A-Z](?<![\w-][A-Z])[A-Za-z]{0,3})-?(\d{1,4}[A-Z]{0,2})(?![\w-])")


def _code_mismatches(summary: str, start: int, facts: ArticleFacts) -> list[CheckedFigure]:
    """Names with numbers checked as names: a summary's "Su-27" where the article names only
    "Su-30" of that family is a mismatch. A name the article never gives with any number of its
    family gets no verdict (it may be world knowledge), nor one that begins another ("F-35" for
    "F-35A")."""
    article_codes = facts.codes
    out = []
    for m in _CODE.finditer(summary, start):
        name = m.group()
        if name in article_codes:
            continue
        family = [a for code, a in article_codes.items() if a.group(1) == m.group(1)]
        if not family or any(a.group().startswith(name) or name.startswith(a.group()) for a in family):
            continue
        other = family[0]
        out.append(CheckedFigure(Figure(name, m.start(), m.end(), name, Kind.IDENTIFIER), Verdict.MISMATCH,
                                 (Span(other.group(), other.start(), other.end()),),
                                 f"the article names {other.group()}, not {name}"))
    return out


def _preamble_end(summary: str) -> int:
    """Where the summary proper begins: after a first line that only announces it ("Dưới đây
    là bản tóm tắt văn bản trong 3 câu:"), else at 0."""
    first = summary.lstrip()
    line_end = first.find("\n")
    line = first[:line_end if line_end >= 0 else len(first)].rstrip()
    if not line.endswith(":") or not any(w in line.lower() for w in rules.PREAMBLE_WORDS):
        return 0
    return len(summary) - len(first) + len(line)


def _refers_back(summary: str, fig: Figure) -> bool:
    """ "cả hai xe" (both cars), "giữa hai nước" (between the two countries), "hai phương thức
    này" (these two), "hai bên" (both sides): a summary's small count so written points back at
    things it has named, and states no figure. (In an article the same words still count: "cả
    hai người" there bears out "2 người".)"""
    if fig.kind is not Kind.COUNT or isinstance(fig.value, tuple) or fig.value > rules.MAX_REFERRING_COUNT:
        return False
    before = _words_before(summary, fig.start, 1)
    if before and before[-1] in rules.REFERRING_OPENERS:
        return True
    after = _next_words(summary, fig.end, 3)
    if after and after[0] in rules.REFERRING_NOUNS:
        return True
    one_of = " ".join(_words_before(summary, fig.start, 2)) in rules.REFERRING_ONE_OF
    return one_of and any(w in rules.REFERRING_AFTER for w in after)


def _sentences_of_the_text(summary: str) -> list[tuple[int, int, bool, frozenset]]:
    """The summary sentences that may speak of the text or the request rather than the news:
    (start, end, whether the model answers the request there, the nouns of `TEXT_MEASURES` a
    count of which measures the text there). Each sentence is read once, whatever its figures."""
    lower = summary.lower()
    if not any(w in lower for w in rules.REQUEST_TOPICS) \
            and not any(w in lower for words in rules.TEXT_MEASURES.values() for w in words):
        return []  # the cheap question first: nearly every summary speaks of the news only
    out = []
    for here in sentences(summary):
        sentence = lower[here.start:here.end]
        answers = bool(set(sentence.split()) & rules.REQUEST_PERSONS) and any(w in sentence for w in rules.REQUEST_TOPICS)
        measures = frozenset(noun for noun, words in rules.TEXT_MEASURES.items() if any(w in sentence for w in words))
        if answers or measures:
            out.append((here.start, here.end, answers, measures))
    return out


def _speaks_of_the_text(summary: str, fig: Figure, of_the_text: list) -> bool:
    """A figure of a sentence in which the model answers the request ("Vui lòng cung cấp văn
    bản ... để tôi tóm tắt trong 3-4 câu"), or one that measures the text or the summary itself
    ("lặp lại ... hai lần"): neither says anything of the news."""
    for start, end, answers, measures in of_the_text:
        if start <= fig.start < end:
            noun = _next_words(summary, fig.end, 1)
            return answers or bool(noun) and noun[0] in measures
    return False


def verify_figure(fig: Figure, summary: str, facts: ArticleFacts, around: "_Around | None" = None) -> CheckedFigure:
    """The verdict on one summary figure (quantities need the summary's words around it)."""
    verifier = _VERIFIERS.get(fig.kind)
    if verifier is None:
        return _verify_quantity(fig, summary, facts, around)
    return verifier(fig, summary, facts)


#: A summary with more figures than this has its verdicts remembered (`_Verdicts`).
_REMEMBER_FROM = 64
#: How far from a summary figure its verifier reads the summary's own words (before and
#: after it, qualifiers, the person named before it); the sentence that holds it, the
#: place it is given to and the names of its clause aside.
_READ_AROUND = 64
#: What `_Around` reads farther away, only when a question needs it.
_FAR_READS = ("subject", "clause_names", "clause_before")


class _Verdicts:
    """Verdicts for the figures of one long summary, each worked out once.

    A verdict depends on the article, the figure, the summary's words around it (less
    than _READ_AROUND characters either way), the summary sentence that holds it, and,
    for some questions only, the place it is given to and the names of its clause
    (`_FAR_READS`). A figure alike in the first four to one already checked, and in the
    far reads that check made, gets its verdict: every question asked of it has the same
    answer. A summary that repeats itself is so checked in time linear in its length.
    """

    def __init__(self, summary: str, facts: ArticleFacts):
        self.summary, self.facts = summary, facts
        self._known: dict = {}

    def of(self, fig: Figure) -> CheckedFigure:
        text = self.summary
        here = self.facts.summary_sentence(text, fig.start)
        key = (fig.text, fig.kind, fig.value, fig.unit, fig.qualifier, fig.precision, fig.detail,
               text[max(0, fig.start - _READ_AROUND):fig.start], text[fig.end:fig.end + _READ_AROUND],
               None if here is None else (here.start, here.end))
        around = _Around(text, fig)
        known = self._known.setdefault(key, [])
        for reads, checked in known:
            if all(getattr(around, name) == value for name, value in reads.items()):
                return replace(checked, figure=fig)
        checked = verify_figure(fig, text, self.facts, around)
        known.append(({name: around.__dict__[name] for name in _FAR_READS if name in around.__dict__}, checked))
        return checked


# --- Quantities -------------------------------------------------------------------

def _verify_quantity(fig: Figure, summary: str, facts: ArticleFacts, around: "_Around | None" = None) -> CheckedFigure:
    checked = _quantity_in_article(fig, summary, facts, around)
    if checked.verdict.flagged and fig.kind is Kind.COUNT:
        # a count of the items the summary lists right after it is the summary's own
        # arithmetic, whatever the article counts with that number
        here = facts.summary_sentence(summary, fig.start)
        own = own_list_count(fig, summary, here.end, facts.mentions) if here is not None else None
        if own is not None:
            return CheckedFigure(fig, Verdict.DERIVED, (), own)
    return checked


def _quantity_in_article(fig: Figure, summary: str, facts: ArticleFacts, around: "_Around | None") -> CheckedFigure:
    cls = compare.value_class(fig)
    pool = facts.pool(cls)
    around = _Around(summary, fig) if around is None else around
    agreeing, fitting = facts.agreeing(fig)
    if agreeing and (fig.unit is not None or _noun_key(summary, fig) is not None) \
            and not _piece_of_code(fig, summary):
        # a number that names something ("PC 04", "C 50", a plate) counts no noun
        agreeing = [a for a in agreeing if a.unit is not None or not facts.piece_of_code(a)]
        fitting = [a for a in fitting if a.unit is not None or not facts.piece_of_code(a)]
    if agreeing and (fig.unit in rules.TIME_UNITS or fig.qualifier == "vague"):
        # what the summary's own words say the figure is (a span of time, an order of magnitude)
        agreeing = [a for a in agreeing if _may_state(fig, a, summary, facts)]
        fitting = [a for a in fitting if _may_state(fig, a, summary, facts)]
    if agreeing:
        subj = _subject_conflict(fig, around, fitting, facts) if fitting else None
        if fitting and subj is None:
            held = _held_by_another(fig, summary, fitting, pool, facts) if fig.unit in _PERSONAL_UNITS else None
            if held is not None:
                return held
            unfit = _age_of_another_group(fig, summary, fitting, facts) if fig.unit == rules.AGE_UNIT else None
            if unfit is not None:
                return unfit
            moved = _age_of_another_holder(fig, summary, fitting, facts) if fig.unit == rules.AGE_UNIT else None
            if moved is not None:
                return moved
            another = _given_to_another_person(fig, around, fitting, facts)
            if another is not None:
                return another
            swapped = _placed_elsewhere(fig, summary, fitting, pool, facts)
            if swapped is not None:
                other, best = swapped
                return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(other), _span(best)),
                                     f"where the summary puts {fig.text}, the article gives "
                                     f"{shown(facts.text, other)}{_unit_words(other)}; its {best.text} is said "
                                     "of something else")
            restated = _restates_another_value(fig, around, fitting, pool, facts) \
                or _said_of_another(fig, around, agreeing, fitting, pool, facts)
            if restated is not None:
                return restated
            # the value given as what it is not: a whole (of its part, of a list's item), a fact (of
            # a denied claim), a casualty (of people nothing befell)
            misplaced = _part_given_as_whole(fig, around, fitting, facts) \
                or _listed_part_as_whole(fig, around, fitting, pool, facts) \
                or _denied_value(fig, around, fitting, facts) \
                or _people_of_another_act(fig, around, fitting, pool, facts) \
                or _value_of_another_act(fig, around, fitting, facts) \
                or _part_given_to_the_nation(fig, around, fitting, pool, facts) \
                or _exchanged_in_its_sentence(fig, around, fitting, facts) \
                or _restated_title_says_otherwise(fig, around, fitting, facts) \
                or _age_given_as_a_count(fig, around, fitting, pool, facts)
            if misplaced is not None:
                return misplaced
            other_time = _stated_for_another_time(fig, summary, fitting, pool, facts) \
                or _told_of_another_year_of_writing(fig, summary, fitting, facts)
            if other_time is not None:
                return other_time
            named = _count_only_named(fig, summary, agreeing, facts)
            if named is not None:
                return named
            best = _closest(fig, around, fitting, facts)
            return CheckedFigure(fig, Verdict.SUPPORTED, (_span(best),), _supported_why(fig, best, summary, facts))
        if fitting:  # the value is there, but for another subject
            other, fs, as_ = subj
            return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(other),),
                                 f"the article gives {other.text} to {as_}, not to {fs}")
        synonym = _in_other_words(fig, around, agreeing, facts)
        if synonym is not None:
            return CheckedFigure(fig, Verdict.SUPPORTED, (_span(synonym),),
                                 f"the sentence it restates says {synonym.text}{_unit_words(synonym)}")
        beside = written_beside(fig, summary, facts.lower, facts.text, facts.figure_starts)
        if beside is not None:
            return _written_so(fig, beside)
        # the value said only of other nouns ("3 lần"), while the article lists the people the
        # summary counts ("ba cán bộ khác": the three it gives a birth year each, "cán bộ" among
        # the words of that list's sentence; a list of suspects never counts "6 cô gái")
        listed = people_listed_for(fig, summary, facts)
        if listed is not None and _list_speaks_of(facts, listed[1], fig.unit):
            formula, markers = listed
            return CheckedFigure(fig, Verdict.DERIVED, tuple(markers), formula)
        other = agreeing[0]
        return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(other),), _context_why(fig, other))

    top = _top_of_range(fig, summary, pool)
    if top is not None:
        return CheckedFigure(fig, Verdict.SUPPORTED, (_span(top),),
                             f"{shown(summary, fig)} is the top of the article's {top.text}{_unit_words(top)}")

    beside = written_beside(fig, summary, facts.lower, facts.text, facts.figure_starts) \
        or slash_read_otherwise(fig, facts.figures, facts.lower, facts.text)
    if beside is not None:
        return _written_so(fig, beside)

    derived = _derived(fig, summary, facts)
    if derived is not None:
        return derived

    inside = _identifier_holding(fig, facts)
    if inside is not None and _named_alike(summary, fig, facts.text, inside):
        return CheckedFigure(fig, Verdict.SUPPORTED, (_span(inside),),
                             f"the summary names the same as the article's {_with_name(facts.text, inside)}")
    if inside is not None:
        return CheckedFigure(fig, Verdict.UNSUPPORTED, (_span(inside),),
                             f"{fig.text} appears in the article only in {_with_name(facts.text, inside)}, "
                             "a number that names something (a document, a place, a floor, an "
                             "episode), not a quantity")
    same = _same_quantities(fig, around, cls, pool, facts)
    if same:
        best = _closest(fig, around, same, facts)
        return CheckedFigure(fig, Verdict.MISMATCH, (_span(best),),
                             f"the article gives {shown(facts.text, best)}{_unit_words(best)}, "
                             f"not {shown(summary, fig)}")
    return CheckedFigure(fig, Verdict.UNSUPPORTED, (), _unsupported_why(fig, facts))


#: How far before a list's first person its sentence is looked for.
_LIST_SENTENCE_REACH = 400


def _list_speaks_of(facts: ArticleFacts, markers: list[Span], noun: str) -> bool:
    """Whether the sentence of a list of people, up to its last person, uses the noun a summary
    counts them by ("cán bộ" in "... còn có: Lê Văn Hải (SN 1978, cán bộ hợp đồng), ...")."""
    first = markers[0].start
    lo = max(0, first - _LIST_SENTENCE_REACH)
    ends = list(_SENTENCE_END.finditer(facts.text, lo, first))
    start = ends[-1].end() if ends else lo
    return re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", facts.lower[start:markers[-1].end]) is not None


def _derived(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure | None:
    """The figure worked out from the article (`derive.derive`), or None."""
    derived = derive(fig, summary, facts)
    if derived is None:
        return None
    formula, evidence = derived
    return CheckedFigure(fig, Verdict.DERIVED, tuple(e if isinstance(e, Span) else _span(e) for e in evidence),
                         formula)


def _written_so(fig: Figure, beside: Span) -> CheckedFigure:
    return CheckedFigure(fig, Verdict.SUPPORTED, (beside,), f"the article writes it {beside.text}")


#: How much of a summary sentence's words the article sentence it restates must share, and
#: at most how much the sentence of another statement of the same value may share, for a
#: figure to be read against the one statement (see `_restates_another_value`). At 0.75 (and
#: one sentence drawn on) it caught 4 fewer perturbation swaps and no other flag; at 0.5 (without the
#: guards below on vague amounts and values the summary sentence also gives), 2 more
#: swaps and 4 false alarms on real summaries ("tối đa 5 hoặc 10 năm", a merged sentence).
_RESTATES = 0.6
#: Words the summary figure's clause must share with the article figure's to be the same slot.
_SAME_SLOT = 2
_OTHER_STATEMENT = 0.5   # of the restated sentence's share
#: For a day, the restated sentence must share more: a model's sentence that merges two of the
#: article's keeps the words of both, and days are where merged sentences differ.
_RESTATES_DAY = 0.85


def _sentence_of(facts: ArticleFacts, fig: Figure):
    return facts.sentences.at(fig.start)


def _restates_another_value(fig: Figure, around: "_Around", fitting: list[Figure], pool: list[Figure],
                            facts: ArticleFacts) -> CheckedFigure | None:
    """A value the article gives only in another statement, while the sentence the summary
    sentence restates gives the same slot (the same unit and the same words before it: "chết",
    "kết nạp") another value: "5 người chết" where the article's sentence says "3 người chết"
    and its 5 are the injured of another sentence. Asserted only when that is clear: the
    summary sentence shares most of its words with an article sentence (`_RESTATES`), and
    little with the sentences that hold the value; that sentence's values of the unit do not add
    up to the figure (a total of its parts), and the summary sentence does not give the other
    value too (it restates both: "từ 69 tỷ xuống 48,4 tỷ")."""
    if fig.unit is None or fig.kind not in (Kind.COUNT, Kind.MONEY, Kind.PERCENT) or fig.qualifier == "vague":
        return None
    if not any(_may_be_the_other_value(fig, b) for b in pool):
        return None  # asked first, no sentence read: no other value anywhere that may fill the slot
    here = facts.summary_sentence(around.summary, fig.start)
    # then the questions that each read one article sentence's words, not searching the article
    # for every word of the summary sentence (`drawn_on`)
    if here is None or any(_may_be_restated(facts, here, a) for a in fitting) \
            or not any(_may_fill_the_slot_restated(facts, here, fig, b) for b in pool):
        return None
    drawn = facts.drawn_on(around.summary, fig.start)
    if not drawn:
        return None
    best = drawn[0]
    if overlap(here.words, best) < _RESTATES:
        return None  # no sentence it clearly restates
    for a in fitting:
        held_in = _sentence_of(facts, a)
        if held_in is None or held_in in drawn or overlap(here.words, held_in) >= _OTHER_STATEMENT * overlap(here.words, best):
            return None  # the value is in the statement restated, or in one it may also draw on
    if _total_of_parts(fig, best, pool):
        return None  # "1 năm tù về tội A và 2 năm tù về tội B": the summary's 3 năm is their sum
    slot = around.context
    held = max(len(slot & facts.context(a)) for a in fitting)
    for b in pool:
        if not (best.start <= b.start < best.end) or not _may_be_the_other_value(fig, b):
            continue
        # the same slot: the words around the summary's figure are those around b, more than
        # around any statement of the summary's value
        shared = len(slot & facts.context(b))
        if shared >= _SAME_SLOT and shared > held and _same_holder(around, facts.text, b) \
                and not _also_in_sentence(b, here, around.summary):
            a = _closest(fig, around, fitting, facts)
            return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(b), _span(a)),
                                 f"the sentence this restates says «{_quote(facts.text, b)}»; the article's "
                                 f"{a.text} is another statement: «{_quote(facts.text, a)}»")
    return None


def _may_be_restated(facts: ArticleFacts, here, a: Figure) -> bool:
    """Is the statement of the value at article figure `a` one the summary sentence `here` may
    restate, whatever sentences it draws on? So when no sentence holds it, or its sentence has
    `_OTHER_STATEMENT` of the summary sentence's words: the sentence drawn on most has at most
    all of them, so `_restates_another_value` would find `a`'s share at least `_OTHER_STATEMENT`
    times the best one's, and say nothing. Finding the sentences drawn on searches the article
    for each word of the summary sentence; this reads one sentence's words."""
    held_in = _sentence_of(facts, a)
    return held_in is None or overlap(here.words, held_in) >= _OTHER_STATEMENT


def _may_fill_the_slot_restated(facts: ArticleFacts, here, fig: Figure, b: Figure) -> bool:
    """May article figure `b` be the other value `_restates_another_value` finds: of the figure's
    unit, kind and detail, another value, in a sentence with `_RESTATES` of the summary sentence's
    words? The sentence restated, which must hold it, has that share."""
    if not _may_be_the_other_value(fig, b):
        return False
    held_in = _sentence_of(facts, b)
    return held_in is not None and overlap(here.words, held_in) >= _RESTATES


def _may_be_the_other_value(fig: Figure, b: Figure) -> bool:
    """Is article figure `b` of the summary figure's unit, kind and detail, and another value?"""
    return b.unit == fig.unit and b.kind is fig.kind and b.detail == fig.detail and _scalar(b) != _scalar(fig)


def _total_of_parts(fig: Figure, sentence, pool: list[Figure]) -> bool:
    """Do the values of the figure's unit in the sentence add up to it?"""
    parts = [_scalar(b) for b in pool if sentence.start <= b.start < sentence.end
             and b.unit == fig.unit and b.kind is fig.kind]
    return len(parts) > 1 and abs(sum(parts) - _scalar(fig)) < 1e-9 * max(1.0, abs(_scalar(fig)))


def _also_in_sentence(b: Figure, here, summary: str) -> bool:
    """Does the summary sentence give b's value too ("từ 69 tỷ xuống 48,4 tỷ", "5 hoặc 10 năm")?
    Then it restates both values, and the figure is not b's moved."""
    return any(f.kind is b.kind and _scalar(f) == _scalar(b) for f in extract_figures(summary[here.start:here.end]))


#: A value is in another statement's slot when their slots share at least this many words, and
#: at least this share of the summary figure's slot words.
_SLOT_WORDS = 3
_SLOT_SHARE = 0.5
#: ... or this many, the predicate among them, when every statement of the value is set apart
#: ("13 người bị thương" where the article's 13 are the dead and its injured are "hàng chục").
_SLOT_WORDS_SET_APART = 1
#: ... while no statement of the value shares more than this part of the words of that
#: statement's clause, nor more than one word of the slot (and that only when the rival's
#: slot shares `_SLOT_MARGIN` words more: "ngày" or a name can stand by chance near either).
_CLAUSE_SHARE = 0.5
_STRAY_WORDS = 1
_SLOT_MARGIN = 3
#: A rival that shares this many slot words fills the slot whatever the clauses share, where no
#: statement of the value shares a slot word.
_SLOT_CLEAR = 5
_SLOT_KINDS = (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.YEAR)
#: At most this many other values of the unit are read as rivals (a 10 MB article stays fast).
_MAX_RIVALS = 200


def _said_of_another(fig: Figure, around: "_Around", agreeing: list[Figure], fitting: list[Figure],
                     pool: list[Figure], facts: ArticleFacts) -> CheckedFigure | None:
    """A value the article states only in other slots, while another of its values fills the
    slot the summary puts it in: "cha già 51 tuổi" where the article says "cha già 84 tuổi" and
    51 is the son's age; "chiếm đoạt trên 230 triệu" where the article's 230 triệu is the price of
    one order and its "chiếm đoạt hơn 700 tỷ" the clause the summary restates (see `slots`).

    Asserted only when that is clear: the other value (the rival) shares `_SLOT_WORDS` slot words
    with the summary figure, half of its slot at least (only the predicate, where every statement
    of the value is of an exclusive one), and no predicate or span of time sets it apart; every
    statement of the summary's value is set apart from the slot, or shares no word of it (one,
    when the rival shares three more) and less than half as much of the wider clause. A
    paraphrase (another verb, the value stated twice) keeps words of the clause of one statement
    of the value, and passes."""
    if fig.kind not in _SLOT_KINDS or len(fitting) > _MAX_COMPARED:
        return None  # a value stated that often is no value moved from its slot (and stays fast)
    if fig.unit in _PERSONAL_UNITS and _holder_name(around.summary, fig):
        return None  # an age of a named person: whose it is, `_held_by_another` asks
    candidates = _rival_candidates(fig, agreeing, pool)
    first = next(candidates, None)
    if first is None:
        # no other value of the figure's kind and unit for a rival: nothing can fill its slot, and
        # no slot need be read (half the summary figures asked, each slot some 20 µs)
        return None
    mine = around.slot
    if len(mine.words) < _SLOT_WORDS_SET_APART:
        return None
    if any(shared(mine, facts.slot(a)) > _STRAY_WORDS and not apart(mine, facts.slot(a)) for a in fitting):
        return None  # a statement of the value in the summary's words (asked first: it is cheap)
    rival, most = _rival(mine, chain((first,), candidates), facts)
    if rival is None:
        return None
    set_apart = _statements_left_out(around, fitting, rival, most, facts)
    if set_apart is None:
        return None
    # the rival fills the slot: most of its words, or, where every statement of the value is of an
    # exclusive predicate (the injured, for the dead), the summary's predicate (and half its slot)
    need = _SLOT_WORDS_SET_APART if set_apart and mine.predicates & facts.slot(rival).predicates else _SLOT_WORDS
    if most < need or most < _SLOT_SHARE * len(mine.words):
        return None
    a = max(fitting, key=lambda f: shared(mine, facts.slot(f)))  # the statement nearest the slot
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(rival), _span(a)),
                         f"where the summary puts {shown(around.summary, fig)}, the article says "
                         f"«{_quote(facts.text, rival)}»; its {a.text} is said of something else: "
                         f"«{_quote(facts.text, a)}»")


def _rival_candidates(fig: Figure, agreeing: list[Figure], pool: list[Figure]) -> Iterator[Figure]:
    """The article's values that may be the summary figure's rival (`_rival`), in pool order: of
    the same kind, unit and detail, and a value the summary's writing does not allow ("hơn 10
    nghìn tỷ" may be 10.267 tỷ)."""
    same = set(agreeing)
    interval = compare.figure_interval(fig)
    for b in pool:
        if b.kind is not fig.kind or b.unit != fig.unit or b in same or not _details_may_match(fig, b) \
                or interval.lo <= _scalar(b) <= interval.hi:
            continue
        yield b


def _rival(mine, candidates: Iterator[Figure], facts: ArticleFacts) -> tuple[Figure | None, int]:
    """(the candidate (`_rival_candidates`) whose slot shares most words with the summary figure's
    slot `mine`, how many), not set apart, and no part of more ("10 pha cứu thua khác" may be 10
    of the summary's 11)."""
    rival, most = None, 0
    for read, b in enumerate(candidates, 1):
        if read > _MAX_RIVALS:
            break  # a very long article: its first values of the unit only
        theirs = facts.slot(b)
        n = shared(mine, theirs)
        if n > most and not apart(mine, theirs) and not theirs.words & rules.ONE_PART_WORDS:
            rival, most = b, n
    return rival, most


def _details_may_match(fig: Figure, b: Figure) -> bool:
    """The same detail, or none on the article's side: "1 người chết" may be what the summary's
    "2 người tử vong" restates (the predicate is read with the slot); "1 người bị thương" not."""
    return b.detail == fig.detail or b.detail is None


def _statements_left_out(around: "_Around", fitting: list[Figure], rival: Figure, most: int,
                         facts: ArticleFacts) -> bool | None:
    """Does no statement of the value fill the summary's slot? True when every one is set apart
    from it (of an exclusive predicate or span of time), False when each is out of it otherwise
    (a stray word of the slot at most, less of the clause than the rival's), None when one may
    be the statement the summary restates."""
    mine = around.slot
    rival_clause = len(around.clause_words & facts.clause_words(rival))
    said_of_mine = mine.predicates & facts.slot(rival).predicates
    set_apart = True
    for a in fitting:
        theirs = facts.slot(a)
        if apart(mine, theirs) or (_bare(a, rival) and said_of_mine and not theirs.predicates):
            continue
        set_apart = False
        n = shared(mine, theirs)
        if n > _STRAY_WORDS or (n and most < n + _SLOT_MARGIN):
            return None
        if (n or most < _SLOT_CLEAR) and len(around.clause_words & facts.clause_words(a)) > _CLAUSE_SHARE * rival_clause:
            return None  # it shares the clause, if not the slot
    return set_apart


def _bare(a: Figure, rival: Figure) -> bool:
    """Is a statement of the value a bare number ("hai", no unit) while the rival counts the
    summary's unit? Then the rival, said with the summary's predicate, is the statement the
    summary restates ("2 người tử vong" where the article says "1 người chết" and its "hai" is
    of something unnamed)."""
    return a.unit is None and rival.unit is not None


def _clause_names(text: str, fig: Figure) -> set[str]:
    """The capitalised words of the figure's clause before it (its holder: "Mazda bán 2.700
    xe", "CX-5 dẫn đầu với 1.446 xe"), less a capital that only opens the sentence."""
    lo = max(text.rfind(c, 0, fig.start) for c in ",;:.\n(") + 1
    clause = text[lo:fig.start]
    first = lo + len(clause) - len(clause.lstrip())  # where its first word stands
    return {w.strip("\"'“”").lower() for i, w in enumerate(clause.split())
            if w[:1].isupper() and not (i == 0 and _sentence_start(text, first))}


def _same_holder(around: "_Around", article: str, b: Figure) -> bool:
    """No other holder named: the names before the two figures in their clauses are the same, or one side names none."""
    mine, theirs = around.clause_names, _clause_names(article, b)
    return not mine or not theirs or bool(mine & theirs)


def _in_other_words(fig: Figure, around: "_Around", agreeing: list[Figure], facts: ArticleFacts) -> Figure | None:
    """The value with another noun, in the very sentence the summary sentence restates: the
    same count in other words ("23 đơn vị" for "23 bộ, cơ quan", "18 cây cầu" for "18 cầu"),
    unless the nouns are of kinds that cannot name each other (people and things, two spans
    of time, money) or that sentence also counts the summary's noun."""
    drawn = facts.drawn_on(around.summary, fig.start)
    if not drawn or fig.unit is None:
        return None
    for a in agreeing:
        if a.unit is None or not any(s.start <= a.start < s.end for s in drawn[:1]):
            continue
        if _kinds_apart(fig.unit, a.unit):
            continue
        if any(b.unit == fig.unit and drawn[0].start <= b.start < drawn[0].end for b in facts.numbers):
            continue  # the sentence counts the summary's noun too: a swap, not other words
        return a
    return None


def _kinds_apart(u1: str, u2: str) -> bool:
    """Nouns that never name the same count: a person and a thing, money and anything else,
    two spans of time."""
    if (_PERSON in compare.genus_chain(u1)) != (_PERSON in compare.genus_chain(u2)):
        return True
    return bool({u1, u2} & (_MONEY_UNITS | rules.TIME_UNITS))


def _quote(text: str, fig: Figure, width: int = 40) -> str:
    """The words around an article figure, for quoting a statement."""
    lo, hi = max(0, fig.start - width), min(len(text), fig.end + width)
    lo = text.find(" ", lo, fig.start) + 1 if lo else 0
    cut = text.rfind(" ", fig.end, hi)
    hi = cut if cut > fig.end and hi < len(text) else hi
    return " ".join(text[lo:hi].split())


def _agreeing(fig: Figure, facts: ArticleFacts) -> tuple[list[Figure], list[Figure]]:
    """See `ArticleFacts.agreeing`."""
    cls = compare.value_class(fig)
    pool = facts.pool(cls)
    interval = compare.figure_interval(fig)
    stated_intervals = facts.stated_intervals(cls)
    candidates = ((pool[i], stated_intervals[i]) for i in facts.agreement_candidates(cls, fig, interval))
    agreeing = [a for a, stated in candidates if not _money_clash(fig, a)
                and (compare.values_agree(fig, a, summary_interval=interval, article_interval=stated)
                     or _same_writing(fig, a))
                # "một người" in the article supports only "1" of a known, fitting unit
                and (not _is_mot(a) or fig.unit is not None)
                # a ratio's parts ("146/212") support only the exact number
                and (not _is_ratio_part(a) or fig.qualifier is None and _scalar(a) == _scalar(fig))]
    return agreeing, [a for a in agreeing if compare.same_thing(fig, a)]


def _nearest_values(fig: Figure, cands: list[Figure]) -> list[Figure]:
    """The _MAX_COMPARED of `cands` nearest in value to `fig`, in that order."""
    return sorted(cands, key=lambda a: abs(_scalar(a) - _scalar(fig)))[:_MAX_COMPARED]


class _Around:
    """A summary figure's surroundings, each worked out at most once for all the
    questions asked of it: the place it is given to and the words around it."""

    def __init__(self, summary: str, fig: Figure):
        self.summary, self.fig = summary, fig

    @_computed_once
    def subject(self) -> tuple[str, str] | None:
        return subject_of(self.summary, self.fig.start, self.fig.end)

    @_computed_once
    def context(self) -> set[str]:
        return _context_words(self.summary, self.fig)

    @_computed_once
    def clause_before(self) -> str:
        """The summary before the figure, lowercased, from the last "." or ";" (its clause)."""
        lo = max(self.summary.rfind(c, 0, self.fig.start) for c in ".;\n") + 1
        return self.summary[lo:self.fig.start].lower()

    @_computed_once
    def clause_names(self) -> set[str]:
        return _clause_names(self.summary, self.fig)

    @_computed_once
    def slot(self):
        return slot_of(self.summary, self.fig)

    @_computed_once
    def clause_words(self) -> frozenset:
        return clause_words(self.summary, self.fig, holder=True)


def _same_writing(fig: Figure, a: Figure) -> bool:
    """The same digits with the same words after them ("6,706 km" in both): the same figure,
    however each text's own decimal convention reads "6,706"."""
    return fig.text == a.text and fig.kind is a.kind and fig.qualifier is None and a.kind is not Kind.RATIO


def _may_state(fig: Figure, a: Figure, summary: str, facts: ArticleFacts) -> bool:
    """Can article figure `a` state summary figure `fig` at all, value aside? Two readings
    that an unknown unit would otherwise let through:
    - a span of time ("trong 2 tháng") is stated only with a unit of time: the article's bare
      "2" ("cả 2", "2 “hiệp sĩ”") counts something else;
    - a vague amount ("hàng trăm lượng vàng", "hàng chục tấn") is an order of magnitude of a
      thing: a number of the same order says it only when it counts that thing too (a fitting
      known unit, or the same noun after it), never a bare number (a plate, a code)."""
    if fig.unit in rules.TIME_UNITS and a.unit is None and not _span_of_time(fig.unit, a, facts.text) \
            and not _unit_opens_next_figure(summary, fig):
        return False
    if fig.qualifier == "vague" and a.qualifier != "vague" and a.unit is None:
        return _noun_key(facts.text, a) is not None and not _code_like(a, facts.text)
    return True


def _top_of_range(fig: Figure, summary: str, pool: list[Figure]) -> Figure | None:
    """The article range a summary's "up to" figure is the top of: "giảm giá tới 20%" for the
    article's "15-20%"."""
    if isinstance(fig.value, tuple) or fig.qualifier is not None:
        return None
    before = " ".join(_words_before(summary, fig.start, 3))
    if not any(before == w or before.endswith(" " + w) for w in rules.TOP_OF_RANGE_WORDS):
        return None
    for a in pool:
        if a.kind is Kind.RANGE and float(a.value[1]) == float(fig.value) and compare.same_thing(fig, a):
            return a
    return None


def _code_like(a: Figure, text: str) -> bool:
    """A number that is a piece of a code rather than an amount: a leading zero ("060.62") or
    a dash before it ("51A - 718.30", a plate)."""
    return a.text.startswith("0") or text[max(0, a.start - 2):a.start].strip() in _CODE_JOINERS


_CODE_JOINERS = {"-", "–"}


def _piece_of_code(a: Figure, text: str) -> bool:
    """A number that is part of a name: after an abbreviation in capitals ("Phòng PC 04", "Cục
    C 50") or after a dash that follows a code ("51A - 718.30", a plate)."""
    before = text[max(0, a.start - 12):a.start].split()
    if not before or text[a.start - 1:a.start] != " ":
        return False
    word = before[-1].lstrip("([\"“'")
    if word.isalpha() and word.isupper() and len(word) <= _ABBREVIATION_LETTERS:
        return not _lowercase_word_next(text, a.end)  # "ABS 2 kênh" counts kênh
    return word in _CODE_JOINERS and len(before) > 1 and any(c.isdigit() for c in before[-2])


#: At most this many capitals make an abbreviation that names a unit or a code ("PC", "CSGT").
_ABBREVIATION_LETTERS = 5


def _lowercase_word_next(text: str, pos: int) -> bool:
    after = text[pos:pos + 3].lstrip(" \t")
    return pos < len(text) and text[pos] in " \t" and after[:1].isalpha() and after[:1].islower()


def _span_of_time(unit: str, a: Figure, text: str) -> bool:
    """An article number with no unit after it that still names this span of time: the unit
    written before it ("ở tuổi 40", "Tuần 4") or glued to it ("bốn thángnộp")."""
    if unit in _words_before(text, a.start, 2) or text.startswith(unit, a.end + 1):
        return True
    after = _next_words(text, a.end, 1)
    return bool(after) and after[0].rstrip(":") in rules.TIME_UNIT_ABBREVIATIONS.get(unit, ())


#: A unit word followed by a number belongs to that number: "iPhone 4 năm 2010".
_UNIT_THEN_NUMBER = re.compile(r"[ \t]+[^\W\d_]+[ \t]+\d")


def _unit_opens_next_figure(summary: str, fig: Figure) -> bool:
    return _UNIT_THEN_NUMBER.match(summary, fig.end) is not None


def _is_mot(a: Figure) -> bool:
    """An article's "một người": a count of 1 written as the word before its noun. (The one
    "một" read with no noun is the last of a tally of games, "chỉ thua một": a count meant.)"""
    return a.kind is Kind.COUNT and a.value == 1.0 and a.unit is not None and a.text[:len(_ONE)].lower() == _ONE


def _money_clash(fig: Figure, a: Figure) -> bool:
    """Money against a count of things ("hàng triệu viên" vs "800 triệu đồng"); a
    figure whose unit is unknown ("500 triệu" with "đồng" left out) clashes with nothing."""
    if fig.unit is None or a.unit is None:
        return False
    return (fig.unit in _MONEY_UNITS) != (a.unit in _MONEY_UNITS)


def _subject_conflict(fig: Figure, around: "_Around", fitting: list[Figure], facts: ArticleFacts):
    """(article figure, summary's place, article's place) when every fitting figure
    belongs to another place of the same level (another district, not the province
    around it) and the summary's place is not named near any of them; else None."""
    if not _names_a_place(around.summary):
        return None  # the summary names no place or body: nothing to give a figure to
    subject = around.subject
    if subject is None:
        return None
    fs, level = subject
    if len(fitting) > _MAX_COMPARED or not facts.mentions(fs.lower()):
        return None
    conflict = None
    for a in fitting:
        names = facts.subjects(a)
        if any(same_subject(fs, n) for n, _ in names):
            return None
        rivals = [n for n, lv in names if lv == level]
        if not rivals:
            return None
        if _named_before_in_clause(around, rivals):
            return None  # the summary names that place too ("thành phố Hàm Đan, tỉnh Hà Bắc")
        conflict = conflict or (a, fs, rivals[-1])
    return conflict


@lru_cache(maxsize=16)
def _names_a_place(summary: str) -> bool:
    """Does the summary name a place or body anywhere? Asked of every figure of a
    summary; worked out once for it."""
    return _NAMES_A_PLACE.search(summary.lower()) is not None


def _named_before_in_clause(around: "_Around", names: list[str]) -> bool:
    """Is one of `names` in the summary before the figure, in its sentence and clause?"""
    return any(n.lower() in around.clause_before for n in names)


def _context_words(text: str, fig: Figure) -> set[str]:
    """Content words around a figure, in its clause: the verb before it ("kết nạp")
    and the words after its unit ("được khen thưởng")."""
    words = set(_words_before(text, fig.start, 4))
    unit_words = set(fig.unit.split()) if fig.unit else set()
    words.update(w for w in _next_words(text, fig.end, 5) if w not in unit_words)
    return words - _CONTEXT_STOP


def _closest(fig: Figure, around: "_Around", cands: list[Figure], facts: ArticleFacts) -> Figure:
    """The candidate most like the figure: same unit and detail, then same subject,
    then the most shared words around it, then the same digits (137 for 173), then
    the nearest value. Each test runs only while candidates are still tied."""
    if len(cands) == 1:
        return cands[0]
    if len(cands) > _MAX_COMPARED:  # a very long article: compare the nearest values only
        # the agreeing figures of a value are cut once for every summary figure of it
        cands = facts.nearest(fig) if cands is facts.agreeing(fig)[1] else _nearest_values(fig, cands)
    digits = sorted(c for c in fig.text if c.isdigit())
    tests = (
        lambda a: (a.unit == fig.unit and a.unit is not None, a.detail == fig.detail),
        lambda a: bool(around.subject and any(same_subject(around.subject[0], n) for n, _ in facts.subjects(a))),
        lambda a: len(around.context & facts.context(a)),
        lambda a: sorted(ch for ch in a.text if ch.isdigit()) == digits,
        lambda a: -abs(_scalar(a) - _scalar(fig)),
    )
    for test in tests:
        scores = [test(a) for a in cands]
        best = max(scores)
        cands = [a for a, sc in zip(cands, scores) if sc == best]
        if len(cands) == 1:
            break
    return cands[0]


def _placed_elsewhere(fig: Figure, summary: str, fitting: list[Figure], pool: list[Figure],
                      facts: ArticleFacts) -> tuple[Figure, Figure] | None:
    """(other, agreeing) when two figures were swapped: the summary's value is in the
    article only counting other things, while the noun it counts in the summary goes
    with another value there ("tạm giữ 5 đối tượng, thu 11 xe máy" for "tạm giữ 11
    đối tượng, thu 5 xe máy"). Both must be sure: every agreeing figure counts a
    known, different noun, and another figure counts the summary's own noun."""
    if fig.kind is not Kind.COUNT:
        return None
    key = _counted_noun_key(summary, fig)
    if key is None:
        return None
    for a in fitting:
        other = _counted_noun_key(facts.text, a)
        if other is None or other[0] != key[0] or _keys_match(key, other, loose=True):
            return None
    agreeing = set(fitting)
    for b in pool:
        if b.kind is Kind.COUNT and b not in agreeing:
            other = _counted_noun_key(facts.text, b)
            if other is not None and _keys_match(key, other, loose=False):
                return b, fitting[0]
    return None


#: Units of a figure said of one person: an age ("Nguyễn Văn Tiến (33 tuổi)").
_PERSONAL_UNITS = rules.PERSONAL_UNITS
#: A name just before a figure said of that person: "Nguyễn Văn Tiến (33 tuổi", "Lê Sơn Lĩnh,
#: 27 tuổi", "Trần Anh Tiến (SN 1992"; searched in the 50 characters before the figure.
_HOLDER = re.compile(rules.HOLDER_BEFORE)
#: How every match of `_HOLDER` ends: a bracket or a comma, white space, perhaps "SN". Looked for
#: first (it fails at once at most positions), since `_HOLDER` itself, tried at each of the 50
#: positions before the figure, reads up to five words at each.
_HOLDER_END = re.compile(rules.HOLDER_BEFORE_END)


def _holder_name(text: str, fig: Figure) -> list[str] | None:
    """The capitalised name just before a figure said of that person ("Nguyễn Văn Tiến (33
    tuổi", "Lê Sơn Lĩnh, 27 tuổi"), as its words; None when none stands there ("bé gái 8 tuổi")."""
    lo = max(0, fig.start - 50)
    if _HOLDER_END.search(text, lo, fig.start) is None:
        return None   # no match of `_HOLDER` can end as each must
    m = _HOLDER.search(text, lo, fig.start)
    if m is None:
        return None
    words = m.group(1).split()
    i = len(words)
    while i and words[i - 1][0].isupper():
        i -= 1  # the capitalised words at the end are the name
    name = words[i:]
    if not name or (i == 0 and len(name) == 1 and _sentence_start(text, m.start(1))):
        return None  # "Năm (2019)": a capitalised first word of a sentence is no name
    return name


def _holder(text: str, fig: Figure) -> str | None:
    """The given name (last syllable, lowercased) of the person a figure is said of."""
    name = _holder_name(text, fig)
    return name[-1].rstrip(".").lower() if name else None


def _named_in(text: str, name: list[str]) -> bool:
    """Is this person named in the text: the full name when it has two syllables or more, a
    one-syllable name only where no capitalised word follows it ("Hà", not "Hà Nội")."""
    words = [w.rstrip(".") for w in name]
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)"
    for m in re.finditer(pattern, text):
        if len(words) > 1:
            return True
        after = text[m.end():m.end() + 3].lstrip(" .")
        if not after[:1].isupper():
            return True
    return False


def _held_by_another(fig: Figure, summary: str, agreeing: list[Figure], candidates: list[Figure],
                     facts: ArticleFacts) -> CheckedFigure | None:
    """A figure said of a named person that the article says of someone else: the summary
    gives Tiến 34 tuổi, the article gives Tiến 33 and Hùng 34. Sure only when every
    agreeing figure belongs to another named person and the article gives this person
    another value; else None."""
    holder = _holder(summary, fig)
    if holder is None or not agreeing:
        return None
    others = []
    for a in agreeing:  # stops at the first that is not another's
        other = facts.holder(a)
        if other is None or other == holder:
            return None
        others.append(other)
    for b in candidates:
        if b.value != fig.value and b.unit == fig.unit and facts.holder(b) == holder:
            return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(b), _span(agreeing[0])),
                                 f"the article gives {holder.title()} {b.text}{_unit_words(b)}; "
                                 f"its {agreeing[0].text} is {others[0].title()}'s")
    # the article names this person too, but gives the value only to others: "Hà (35 tuổi)"
    # where the article's 35 tuổi is the victim's and Hà is given no age
    name = _holder_name(summary, fig)
    if _named_in(facts.text, name):
        return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(agreeing[0]),),
                             f"the article gives {agreeing[0].text}{_unit_words(agreeing[0])} to "
                             f"{others[0].title()}, not to {' '.join(name)}")
    return None


#: Units a sentence gives to each of several people ("A 13 năm tù, B 10 năm tù"); and money.
_PERSON_HELD_UNITS = rules.PERSON_HELD_UNITS


def _given_to_another_person(fig: Figure, around: "_Around", fitting: list[Figure],
                             facts: ArticleFacts) -> CheckedFigure | None:
    """A value the article gives to one person, in a sentence that gives each of several people
    their own value of the unit, which the summary gives to another of them or to more than its
    owner: "bị cáo Dũng 10 năm tù" where the article says "Dũng 13 năm tù, Hoà 10 năm tù";
    "Châu và Hùng chiếm đoạt 145.000 USD" where it says "Châu chiếm đoạt 145.000 USD, Hùng
    chiếm đoạt 5.000 USD" (see `holders`). Asserted only when every statement of the value is
    such a sentence's and gives it to someone the summary does not name with the figure, and
    one of those sentences gives a person the summary names another value."""
    if fig.unit is None or not (fig.kind is Kind.MONEY or fig.unit in _PERSON_HELD_UNITS):
        return None
    if not facts.respective(fitting[0], fig):
        return None  # the first statement of the value is given to nobody (asked first: it is cheap)
    known = facts.given_names
    mine = _summary_holders(around.summary, fig, known)
    if not mine:
        return None
    theirs = None
    for a in fitting:
        held = facts.respective(a, fig)
        owner = next((h.person for h in held if h.figure == a), None)
        if owner is None or mine == [owner]:
            return None  # stated of nobody said, or of this very person
        if theirs is None:
            other = next((h for h in held if h.person in mine and h.person != owner
                          and not compare.values_agree(fig, h.figure)), None)
            theirs = None if other is None else (other, a, owner)
    if theirs is None:
        return None
    here = facts.summary_sentence(around.summary, fig.start)
    if len(mine) > 1 and (here is None or _also_in_sentence(theirs[0].figure, here, around.summary)):
        return None  # two people, and both values: "A và B lĩnh 14 và 8 năm tù" (each their own)
    other, a, owner = theirs
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(other.figure), _span(a)),
                         f"the article gives {other.person.title()} {shown(facts.text, other.figure)}"
                         f"{_unit_words(fig)}, and {a.text} to {owner.title()}: «{_quote(facts.text, a)}»")


_WHOLE_COUNT_UNITS = frozenset(rules.WHOLE_COUNT_UNITS)


def _counts_a_whole(f: Figure) -> bool:
    """Is f a count of the people or cases a sum of money is taken from ("15 người bị hại", "6
    trường hợp"), more than one?"""
    return f.kind is Kind.COUNT and f.unit is not None and _scalar(f) > 1 \
        and (f.unit in _WHOLE_COUNT_UNITS or _PERSON in compare.genus_chain(f.unit))


def _part_given_as_whole(fig: Figure, around: "_Around", fitting: list[Figure],
                         facts: ArticleFacts) -> CheckedFigure | None:
    """A sum the summary gives to a whole it counts in the same sentence ("chiếm đoạt hơn 333
    triệu đồng của 15 người bị hại"), which the article gives to that very count otherwise
    ("Tổng số tiền Chi chiếm đoạt của 15 bị hại lên tới hơn 2,7 tỷ đồng"), while it states the
    summary's sum only apart from that count and never with the summary's act (one victim's
    "bà T. đưa cho Chi 333 triệu"): a part given as the whole. Asserted only when the article's
    clauses that give the count give one other sum, of the summary's act, and never the
    summary's sum."""
    if fig.kind is not Kind.MONEY or not around.slot.predicates:
        return None
    if any(facts.slot(a).predicates & around.slot.predicates for a in fitting):
        return None  # the article says the sum with the summary's act ("chiếm đoạt 333 triệu")
    here = facts.summary_sentence(around.summary, fig.start)
    if here is None:
        return None
    # the counts near it in its sentence (a summary of one endless sentence is not read whole
    # for each of its sums)
    near_lo, near_hi = max(here.start, fig.start - _HOLDER_REACH), min(here.end, fig.end + _HOLDER_REACH)
    counts = [f for f in extract_figures(around.summary[near_lo:near_hi]) if _counts_a_whole(f)]
    rivals: list[tuple[Figure, Figure]] = []
    for count in counts:
        stated = facts.agreeing(count)[1]
        if len(stated) > _MAX_COMPARED:
            return None  # a count stated that often marks no one whole (and a long article stays fast)
        for c in stated:
            lo, hi = clause_bounds(facts.text, c)
            says_the_act = _clause_says(facts, lo, hi, around.slot.predicates)   # once a clause
            for b in facts.figures_between(lo, hi):
                if b.kind is not fig.kind or b.unit != fig.unit:
                    continue
                if compare.values_agree(fig, b):
                    return None  # the count's clause gives the summary's sum
                if says_the_act and not apart(around.slot, facts.slot(b)):
                    rivals.append((b, c))
    if not rivals or len({_scalar(b) for b, _ in rivals}) > 1:
        return None
    (b, c), a = rivals[0], fitting[0]
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(b), _span(a)),
                         f"the article gives the whole the summary counts ({c.text}{_unit_words(c)}) "
                         f"{b.text}{_unit_words(b)}: «{_quote(facts.text, b)}»; its {a.text} is said apart "
                         f"from that count: «{_quote(facts.text, a)}»")


def _whole_words(words) -> re.Pattern:
    """A pattern that finds any of `words` where it stands as whole words (no word character on
    either side). Where two of them stand so at one place, it matches the first listed."""
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, words)))


_LIST_OPENER = _whole_words(rules.LIST_OPENERS)
#: A word of the whole at most two words before a summary value ("tổng số tiền hơn 800 triệu").
_WHOLE_WORD = re.compile(r"(?<!\w)(?:%s)(?:\s+\w+){0,2}\s*$" % "|".join(map(re.escape, rules.WHOLE_WORDS)))
_LISTED_KINDS = (Kind.COUNT, Kind.MONEY)


def _listed_part_as_whole(fig: Figure, around: "_Around", fitting: list[Figure], pool: list[Figure],
                          facts: ArticleFacts) -> CheckedFigure | None:
    """A value the article gives only as one item of a list of parts, which the summary gives as
    the whole: "lấy đi 800 triệu đồng" where the article says "lấy trộm tài sản tổng trị giá 3 tỷ
    đồng, gồm: 50 lượng vàng, ... 1 đồng hồ trị giá 800 triệu đồng"; "số tiền giao dịch 120
    triệu" where its 120 triệu is one item of "Tang vật thu giữ gồm: ..." and its "tổng số tiền
    giao dịch hơn 20 tỷ" the summary's; "tổng cộng 24 tháng tù" where 24 is one defendant's
    ("Nam 30 tháng tù, Hải 24 tháng tù"). Every statement of the value is an item after a list
    opener ("gồm", "trong đó"; `rules.LIST_OPENERS`) among other listed values, or, for a summary
    value said to be a whole ("tổng cộng", "toàn bộ"; `rules.WHOLE_WORDS`), one person's in a
    sentence giving each their own. The whole is a larger value of the unit that the list's head
    gives, or the one that fills the summary's slot better than the item does (with a word of
    the whole: the one larger value). Said nothing when the summary lists parts itself, says the
    list's act but the head gives no whole, or when two wholes may be meant."""
    if fig.kind not in _LISTED_KINDS or fig.unit is None or fig.unit in _PERSONAL_UNITS:
        return None
    here = facts.summary_sentence(around.summary, fig.start)
    if len(fitting) > _MAX_COMPARED or here is None:
        return None  # a value stated that often is no one item
    before = around.summary[here.start:fig.start].lower()
    if _LIST_OPENER.search(before):
        return None  # the summary lists parts itself ("Trong số đó, có 1.900 vụ ...")
    whole_word = _WHOLE_WORD.search(before) is not None
    # the statements in the summary's unit, where there are any ("7 con chó", not "bé 7 tuổi")
    stated = [a for a in fitting if a.unit == fig.unit] or fitting
    heads = []
    for a in stated:
        head = _list_head(facts, a)
        if head is None and not (whole_word and fig.unit in _PERSON_HELD_UNITS
                                 and len(facts.respective(a, fig)) >= 2):
            return None  # a statement of the value that is no listed part (asked first: it is cheap)
        heads.append(head)
    mine = around.slot
    item_share = _item_share(mine, stated, heads, facts)
    if item_share is None:
        return None
    whole = _whole_of_list(fig, mine, heads, item_share, whole_word, pool, facts)
    if whole is None:
        return None
    if _also_in_sentence(whole, here, around.summary):
        return None  # the summary gives the whole too: the item is its part
    a = min(stated, key=lambda f: abs(_scalar(f) - _scalar(fig)))
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(whole), _span(a)),
                         f"the article gives {a.text}{_unit_words(a)} as one part of a list: "
                         f"«{_quote(facts.text, a)}»; the whole is {shown(facts.text, whole)}"
                         f"{_unit_words(whole)}: «{_quote(facts.text, whole)}»")


def _item_share(mine, stated: list[Figure], heads: list, facts: ArticleFacts) -> float | None:
    """How many words the summary figure's slot `mine` shares with the list items `stated` (their
    list heads `heads`), as `_whole_of_list` weighs a whole against them; None when the summary
    says the list's act in an item's words ("lấy trộm 400 triệu đồng tiền mặt"): the item itself."""
    acts = frozenset().union(*(_classes_said(facts, lo, hi) for lo, hi in filter(None, heads)))
    if mine.predicates & acts:
        if any(shared(mine, facts.slot(a)) for a in stated):
            return None
        return inf  # the summary says the list's act: only the head's own whole is another value
    if predicates_apart(mine.predicates, acts):
        return 0    # the items are of another act ("thu giữ" for the summary's "giao dịch")
    return max(shared(mine, facts.slot(a)) for a in stated)


def _list_head(facts: ArticleFacts, a: Figure) -> tuple[int, int] | None:
    """(start, end) of the head of the list article figure `a` is an item of: the sentence up to
    the list opener ("Tang vật thu giữ" of "Tang vật thu giữ gồm: 2 xe ô tô, 120 triệu đồng"),
    or the sentence before where the opener starts the sentence ("Trong đó có 8 con chó lớn và 4
    chó con"); None when `a` is no item of such a list (no opener before it in its sentence, a
    ";" between, or it is the only value after the opener)."""
    return facts.remembered(("list head", a.start), lambda: _read_list_head(facts, a))


def _read_list_head(facts: ArticleFacts, a: Figure) -> tuple[int, int] | None:
    span = facts.sentences.span_at(a.start)
    if span is None:
        return None
    lo, hi = span
    opener = None
    for opener in _LIST_OPENER.finditer(facts.lower, lo, a.start):
        pass
    if opener is None or ";" in facts.text[opener.end():a.start]:
        return None
    items = [f for f in facts.figures_between(opener.end(), hi) if f.unit is not None or f.kind is Kind.COUNT or f == a]
    i = items.index(a) if a in items else -1
    # an item beside it, or beside the thing it is the worth of ("..., và 1 đồng hồ trị giá 800 triệu")
    if i < 0 or not any(_listed_beside(facts.text, items[j], items[j + 1]) for j in (i - 2, i - 1, i)
                        if 0 <= j < len(items) - 1):
        return None  # no item beside it: "Trong đó, 13.000 hộ có doanh thu trên 1 tỷ đồng" lists nothing
    if facts.text[lo:opener.start()].strip(" \t\"“”'([") == "" and lo > 0:
        before = facts.sentences.span_at(lo - 1)
        return (before[0], lo) if before is not None else None
    return lo, opener.start()


#: At most this many characters between two items of a list ("2 máy fax, 154 triệu đồng").
_ITEM_GAP = 60


def _listed_beside(text: str, a: Figure, b: Figure) -> bool:
    """Are two figures neighbouring items of one list: joined by a comma or "và" within a short
    gap, no clause mark between ("3 xe ôtô, 2 máy fax"; not "13.000 hộ có doanh thu trên 1 tỷ")?"""
    gap = text[a.end:b.start]
    if len(gap) > _ITEM_GAP or any(c in gap for c in ".;:!?()\n"):
        return False
    return "," in gap or any(w in rules.PART_JOINERS for w in gap.lower().split())


def _classes_said(facts: ArticleFacts, lo: int, hi: int) -> frozenset:
    """The predicate classes an article stretch says (anywhere in it)."""
    return frozenset(cls for cls, phrase in _PREDICATE_PHRASES.items() if phrase.search(facts.lower, lo, hi))


def _whole_of_list(fig: Figure, mine, heads: list, item_share: float, whole_word: bool,
                   pool: list[Figure], facts: ArticleFacts) -> Figure | None:
    """The article's whole of the list the summary value is an item of: a larger value of its
    kind and unit, no item itself, given by a list's head, or else filling the summary's slot
    (`mine`) better than the item does (with a word of the whole, any: the one larger value).
    None when two values may be it."""
    interval = compare.figure_interval(fig)
    in_head, best, most, read = [], [], -1, 0
    for b in pool:
        if b.kind is not fig.kind or b.unit != fig.unit or not _details_may_match(fig, b) \
                or _scalar(b) <= interval.hi:
            continue
        read += 1
        if read > _MAX_RIVALS:
            break
        if _list_head(facts, b) is not None or len(facts.respective(b, fig)) >= 2:
            continue  # an item itself, or one person's
        if any(h is not None and h[0] <= b.start < h[1] for h in heads):
            in_head.append(b)
            continue
        theirs = facts.slot(b)
        if apart(mine, theirs):
            continue
        n = shared(mine, theirs)
        if n > most:
            best, most = [b], n
        elif n == most:
            best.append(b)
    if in_head:
        found = in_head
    elif most > item_share or (whole_word and item_share != inf and best):
        found = best
    else:
        return None
    if len({_scalar(b) for b in found}) > 1:
        return None  # two wholes may be meant
    return found[0]


#: What befalls people: the dead, the injured, the missing (one group of `rules.EXCLUSIVE_PREDICATES`).
_CASUALTIES = rules.CASUALTY_CLASSES


def _people_of_another_act(fig: Figure, around: "_Around", fitting: list[Figure], pool: list[Figure],
                           facts: ArticleFacts) -> CheckedFigure | None:
    """A count of people the summary gives a casualty ("khiến 3 người tử vong"), which the article
    states only of people its clause befalls nothing ("cùng 3 người khác đang tổ chức nhậu",
    "một nhóm gồm 6 người"), while it counts the summary's casualty once, otherwise ("một thanh
    niên bị đâm chết"): the count of the company given to the dead. Asserted only when no clause
    of a statement of the value says a casualty of any kind, and every count of people the
    article gives that casualty is one value."""
    if not _counts_people(fig):
        return None
    mine = _casualty_after(_lowered(around.summary), fig)   # lowercased with its offsets kept
    if mine is None or len(fitting) > _MAX_COMPARED:
        return None
    for a in fitting:
        lo, hi = clause_bounds(facts.text, a)
        if _clause_says(facts, lo, hi, _CASUALTIES) or _KILLING.search(facts.lower, lo, hi):
            return None  # a statement of the value says what befell them
    rivals, read = [], 0
    for b in pool:
        if not _counts_people(b) or compare.values_agree(fig, b):
            continue
        read += 1
        if read > _MAX_RIVALS:
            return None  # a long article: too many counts of people to say which is the one
        if _casualty_after(facts.lower, b) == mine:
            rivals.append(b)
    if not rivals or len({_scalar(b) for b in rivals}) > 1:
        return None
    b, a = rivals[0], fitting[0]
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(b), _span(a)),
                         f"the article gives '{mine}' to {shown(facts.text, b)}: «{_quote(facts.text, b)}»; "
                         f"its {a.text}{_unit_words(a)} are people nothing befalls there: «{_quote(facts.text, a)}»")


#: How many words (or marks) on each side of a number `_neighbours` reads.
_NEIGHBOURS = 2
_NEIGHBOUR = re.compile(r"\w+|[^\w\s]")
#: How far (characters) from a number its neighbours are looked for.
_NEIGHBOUR_REACH = 40


def _neighbours(text: str, lo: int, hi: int, fig: Figure) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The `_NEIGHBOURS` words (or marks) before a figure's number and after it, lowercased,
    inside the sentence [lo, hi): "(gần) 10 năm yêu nhau" -> (("sau", "gần"), ("năm", "yêu"))."""
    before = _NEIGHBOUR.findall(text[max(lo, fig.start - _NEIGHBOUR_REACH):fig.start].lower())
    after = _NEIGHBOUR.findall(text[fig.end:min(hi, fig.end + _NEIGHBOUR_REACH)].lower())
    return tuple(before[-_NEIGHBOURS:]), tuple(after[:_NEIGHBOURS])


def _neighbours_tell(words: tuple[str, ...], unit_words: frozenset) -> bool:
    """Do a number's neighbours say what it is: two words (no marks), one of them neither the
    unit nor a word that tells nothing (`rules.NEIGHBOURS_SAY_NOTHING`)? "năm yêu", "từ đủ",
    "năm đến" do; "tuổi ,", "người khác", "tuổi ở" do not."""
    return _two_words(words) and any(w not in unit_words and w not in rules.NEIGHBOURS_SAY_NOTHING for w in words)


def _two_words(words: tuple[str, ...]) -> bool:
    """Are a number's neighbours on one side (`_neighbours`) two words, no mark among them?"""
    return len(words) == _NEIGHBOURS and all(w.isalnum() for w in words)


def _part_between(lower: str, a: Figure, b: Figure) -> bool:
    """Does a part's opener stand between two figures of one sentence (`rules.PART_BETWEEN`)?"""
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    return any(lower.find(w, lo, hi) >= 0 for w in rules.PART_BETWEEN)


def _exchanged_in_its_sentence(fig: Figure, around: "_Around", fitting: list[Figure],
                               facts: ArticleFacts) -> CheckedFigure | None:
    """Two values of one article sentence exchanged in the summary sentence that gives both:
    "gần 6 năm yêu nhau, 10 năm đính hôn" where the article says "gần 10 năm yêu nhau và 6 năm
    đính hôn"; "từ đủ 16 tuổi đến dưới 13 tuổi" for "từ đủ 13 tuổi đến dưới 16 tuổi"; "Từ 58,5
    kg ban đầu, ... còn 87,1 kg" for "Từ 87,1 kg ban đầu, ... còn 58,5 kg". Read by the words
    right before or right after each number (its neighbours, `_neighbours`): the summary's
    figure has the neighbours of the other value (b) in an article sentence that states its
    own value (a), no statement of its value has them, and the summary's figure of b's value
    has a's neighbours on that side. Only with neighbours that say what a number is
    (`_neighbours_tell`), and never across a part's opener ("là 150.000 USD, trong đó ... 145.000
    USD"). A summary that keeps one value's words by chance does not give the other value with
    the other's words too: the cross is what tells an exchange."""
    if fig.kind not in (Kind.COUNT, Kind.MONEY, Kind.PERCENT) or fig.unit is None or fig.qualifier == "vague" \
            or len(fitting) > _MAX_COMPARED:
        return None
    here = facts.summary_sentence(around.summary, fig.start)
    if here is None:
        return None
    mine = _neighbours(around.summary, here.start, here.end, fig)
    unit_words = frozenset(fig.unit.split())
    sides = [side for side in (0, 1) if _neighbours_tell(mine[side], unit_words)]
    if not sides:
        return None  # asked first: it is cheap, and most summary figures stop here
    statements = []
    for a in fitting:
        bounds = facts.sentences.span_at(a.start)
        if bounds is not None:
            statements.append((a, bounds, _neighbours(facts.text, *bounds, a)))
    for side in sides:
        want = mine[side]
        if any(said[side] == want for _, _, said in statements):
            continue  # a statement of the value has them
        for a, (lo, hi), said in statements:
            for b in facts.figures_between(lo, hi):
                if b.kind is fig.kind and b.unit is not None and compare.units_compatible(b.unit, fig.unit) \
                        and b.detail == fig.detail and not compare.values_agree(fig, b) \
                        and _neighbours(facts.text, lo, hi, b)[side] == want and not _part_between(facts.lower, a, b) \
                        and _gives_with_neighbours(facts, around.summary, here, fig, b, side, said[side]):
                    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(b), _span(a)),
                                         f"the summary exchanges two values of the article's sentence: it says "
                                         f"«{_quote(facts.text, b)}» and «{_quote(facts.text, a)}»")
    return None


def _gives_with_neighbours(facts: ArticleFacts, summary: str, here, fig: Figure, b: Figure, side: int,
                           words: tuple) -> bool:
    """Does the summary sentence `here` give b's value, in another figure of the unit, with
    `words` as its neighbours on `side`?"""
    for f in facts.summary_figures(summary, here):
        if f.start != fig.start and f.unit is not None \
                and compare.units_compatible(f.unit, fig.unit) and compare.values_agree(f, b) \
                and _neighbours(summary, here.start, here.end, f)[side] == words:
            return True
    return False


#: `_restated_title_says_otherwise`: how much of the title's words (`_title_line`) the summary
#: sentence must hold to restate it, how many words it must have, and how
#: far apart (relative) two values must be not to be one figure rounded ("gần 400 triệu" in a
#: title for the body's 364 triệu).
_CONTAINED = 0.6
_CONTAINED_WORDS = 4
_ROUNDED_APART = 0.15
#: ... and how much of the words of b's own clause it must hold ("5 người bỏng nặng" after the
#: title's comma is not the clause of "nhóm 6 người đã thách nhau tẩm xăng").
_CLAUSE_HELD = 0.5


def _restated_title_says_otherwise(fig: Figure, around: "_Around", fitting: list[Figure],
                                   facts: ArticleFacts) -> CheckedFigure | None:
    """The article's title (`_title_line`) that the summary sentence holds nearly whole ("Hà
    Tĩnh: Tạm giữ gần 100 đối tượng đốt pháo đêm Giao thừa" in "... đã phát hiện, tạm giữ gần 12
    đối tượng đốt pháo trái phép"), whose one figure of the summary figure's kind and unit counts
    the same noun with another value, not a rounding of it; the summary's value is stated only in
    sentences it holds less of, and the summary sentence gives one figure of the unit: the title's
    slot, given another statement's value. Says nothing of vague amounts, and nothing where the
    text has no title line: a body sentence held as much is often only the same topic.
    A summary sentence holding less of the title restates its slot when the number has the
    title's own word right before it and right after it ("đứa con chưa đầy 19 tuổi" for the
    title's "đứa trẻ chưa đầy 1 tuổi"; `_title_word_beside`), a word beside no statement of the
    summary's value (the article's "đang nợ khoảng 400 triệu" for a title's "nợ 700 triệu")."""
    if fig.kind not in (Kind.COUNT, Kind.MONEY) or fig.qualifier == "vague" or len(fitting) > _MAX_COMPARED:
        return None
    title = _title_line(facts)
    if title is None:
        return None
    end, title_words = title
    here = facts.summary_sentence(around.summary, fig.start)
    if here is None:
        return None
    held = len(here.words & title_words) / len(title_words)
    # a sentence holding less of the title restates its slot only by the words right beside the
    # number (`_title_word_beside`): the guards of a restated sentence are not asked of it
    by_its_words = held < _CONTAINED
    in_title = [b for b in facts.figures_between(0, end)
                if b.kind is fig.kind and compare.units_compatible(b.unit, fig.unit)]
    if len(in_title) != 1:
        return None  # two values of the unit in the title: which slot is which is not read here
    b = in_title[0]
    mine = _neighbours(around.summary, here.start, here.end, fig)
    beside = _neighbours(facts.text, 0, end, b)
    word = _title_word_beside(mine, beside, fig) if by_its_words else None
    if by_its_words and word is None:
        return None  # asked first: it is cheap, and most summary figures stop here
    if not by_its_words and any(_held_share(here, facts.sentences.at(a.start)) >= held for a in fitting):
        return None  # a sentence stating the value is held as much
    key = _counted_noun_key(around.summary, fig) if fig.kind is Kind.COUNT else None
    if fig.kind is Kind.COUNT and key is None and not by_its_words:
        return None  # what it counts is not read: no slot to compare
    if _figures_of_the_unit(facts.summary_figures(around.summary, here), fig) != 1:
        return None  # two values of the unit in the summary sentence
    if b.qualifier == "vague" or compare.values_agree(fig, b) or _rounded_alike(fig, b) \
            or (key is not None and _counted_noun_key(facts.text, b) != key):
        return None
    theirs = facts.slot(b)
    slot_shared = shared(around.slot, theirs)
    if not by_its_words and (slot_shared < _SAME_SLOT or apart(around.slot, theirs)
                             or any(shared(around.slot, facts.slot(a)) >= slot_shared for a in fitting)
                             or len(around.clause_words & facts.clause_words(b))
                             < _CLAUSE_HELD * len(facts.clause_words(b))):
        return None  # the words of b's slot and clause are not the summary figure's, more than a statement's
    told_after = content_words(facts.text, b.end, min(end, clause_bounds(facts.text, b)[1]))
    if not by_its_words and len(told_after & here.words) < _CLAUSE_HELD * len(told_after):
        return None  # what the title says after b is not said here ("5 người bỏng nặng")
    if by_its_words and any(word in chain(*_neighbours_in_its_sentence(facts, a)) for a in fitting):
        return None  # the title's word beside the number is beside a statement of the value too ("nợ khoảng 400")
    if (not by_its_words and not _a_side_alike(mine, beside)) or rules.ONE_PART_WORDS & set(beside[0]):
        return None  # written otherwise right beside the number, or one more ("Thêm 24 dự án")
    unit_words = frozenset(fig.unit.split()) if fig.unit else frozenset()
    if any(_said_beside_alike(mine, facts, a, unit_words) for a in fitting):
        return None  # a statement of the value with the summary's own words beside it ("hiện có 838")
    a = _closest(fig, around, fitting, facts)
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(b), _span(a)),
                         f"the title this sentence restates says «{_quote(facts.text, b)}»; the article's "
                         f"{a.text} is another statement: «{_quote(facts.text, a)}»")


#: The most words a first line has to be read as the article's title.
_TITLE_WORDS = 30
#: A first line that ends so is a paragraph, not a title ("!" and "?" end titles too: "Đổi 100 USD
#: bị phạt 90 triệu đồng: Quá nặng, không thấu tình đạt lý!").
_LINE_END_MARKS = ".…;"


def _title_line(facts: ArticleFacts) -> tuple[int, frozenset] | None:
    """(end, content words) of the text's first line when it reads as a title: a line of its own,
    of `_CONTAINED_WORDS` to `_TITLE_WORDS` words, with no stop at its end (a lead paragraph has
    one). Read once per article."""
    def read() -> tuple[int, frozenset] | None:
        end = facts.text.find("\n")
        line = facts.text[:end].strip() if end > 0 else ""
        if not line or line[-1] in _LINE_END_MARKS or len(line.split()) > _TITLE_WORDS:
            return None
        words = content_words(facts.text, 0, end)
        return (end, words) if len(words) >= _CONTAINED_WORDS else None
    return facts.remembered(("title line",), read)


def _title_word_beside(mine: tuple, theirs: tuple, fig: Figure) -> str | None:
    """The word right before both numbers, when the same word stands right after both too:
    "chưa đầy 19 tuổi lên" and the title's "chưa đầy 1 tuổi khi" (đầy), "tự truyện ' Phút 14
    tỷ '" and "' Phút 89 '" (phút). None when the word before is no word of its own (a mark, a
    qualifier such as "hơn", a filler such as "khoảng") or the word after is a mark; quotation
    marks are read through on the side after ("giết 3 “hiệp sĩ”")."""
    before_m, before_t = mine[0][-1:], theirs[0][-1:]
    after_m = [w for w in mine[1] if w not in _QUOTES][:1]
    after_t = [w for w in theirs[1] if w not in _QUOTES][:1]
    if not before_m or before_m != before_t or not after_m or after_m != after_t:
        return None
    word, after = before_m[0], after_m[0]
    unit_words = frozenset(fig.unit.split()) if fig.unit else frozenset()
    if not (word.isalnum() and after.isalnum()) or word in unit_words or word in rules.NEIGHBOURS_SAY_NOTHING \
            or word in rules.QUALIFIERS or word in rules.FILLER_WORDS:
        return None
    return word


#: Marks read through after a number: a name quoted ("giết 3 “hiệp sĩ”").
_QUOTES = frozenset('"“”\'‘’')


def _a_side_alike(mine: tuple, theirs: tuple) -> bool:
    """Are two numbers' neighbours (`_neighbours`) the same two words on one side at least
    ("tạm giữ gần 12" and "Tạm giữ gần 100"; "12 đối tượng" and "100 đối tượng")?"""
    return any(_two_words(m) and m == t for m, t in zip(mine, theirs))


def _neighbours_in_its_sentence(facts: ArticleFacts, a: Figure) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`_neighbours` of an article figure inside its sentence (none when no sentence holds it)."""
    bounds = facts.sentences.span_at(a.start)
    return _neighbours(facts.text, *bounds, a) if bounds is not None else ((), ())


def _said_beside_alike(mine: tuple, facts: ArticleFacts, a: Figure, unit_words: frozenset) -> bool:
    """Has the article figure a the summary figure's neighbours (`mine`) on a side where they
    tell what it is (`_neighbours_tell`)?"""
    said = _neighbours_in_its_sentence(facts, a)
    return any(_neighbours_tell(m, unit_words) and m == t for m, t in zip(mine, said))


def _held_share(here, sentence) -> float:
    """The share of an article sentence's words that the summary sentence `here` has."""
    if sentence is None or not sentence.words:
        return 0.0
    return len(here.words & sentence.words) / len(sentence.words)


def _rounded_alike(fig: Figure, b: Figure) -> bool:
    """Are two values near enough for one to be the other rounded (`_ROUNDED_APART`)?"""
    x, y = _scalar(fig), _scalar(b)
    return abs(x - y) <= _ROUNDED_APART * max(abs(x), abs(y))


def _figures_of_the_unit(figures, fig: Figure) -> int:
    """How many of `figures` are of `fig`'s kind and a unit compatible with its unit."""
    return sum(1 for f in figures if f.kind is fig.kind and compare.units_compatible(f.unit, fig.unit))


#: An age written after its noun ("qua đời ở tuổi 86", "so với tuổi 46"): the noun right before.
_AGE_BEFORE = re.compile(rf"(?<!\w){rules.AGE_UNIT}\s*$")
#: How far before a number its noun is looked for.
_AGE_BEFORE_REACH = 12


def _age_before(lower: str, fig: Figure) -> bool:
    """Is the number written right after the noun of ages (`_AGE_BEFORE`)?"""
    return _AGE_BEFORE.search(lower, max(0, fig.start - _AGE_BEFORE_REACH), fig.start) is not None


def _age_given_as_a_count(fig: Figure, around: "_Around", fitting: list[Figure], pool: list[Figure],
                          facts: ArticleFacts) -> CheckedFigure | None:
    """An age written after its noun ("đã qua đời ở tuổi 800") whose value the article gives only
    as a count of a noun it reads ("gần 800 phiên bản", "sau 1 cơn đột quỵ"), while it gives an
    age of another value ("qua đời ở tuổi 86"): the extractor reads no unit on the summary's
    number, so the questions of counted nouns never compared it. Not when any statement of the
    value is an age, or counts a noun not read."""
    if fig.kind is not Kind.COUNT or fig.unit is not None or not _age_before(_lowered(around.summary), fig):
        return None
    for a in fitting:
        if a.unit == rules.AGE_UNIT or _age_before(facts.lower, a) or _counted_noun_key(facts.text, a) is None:
            return None  # the value is an age there too, or what it counts is not read
    for b in pool:
        if b.kind is Kind.COUNT and not compare.values_agree(fig, b) \
                and (b.unit == rules.AGE_UNIT or (b.unit is None and _age_before(facts.lower, b))):
            a = fitting[0]
            return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(b), _span(a)),
                                 f"the article gives the age {shown(facts.text, b)}; its {a.text} counts something "
                                 f"else: «{_quote(facts.text, a)}»")
    return None


def _counts_people(f: Figure) -> bool:
    """Is f a count of people ("3 người", "một thanh niên")?"""
    return f.kind is Kind.COUNT and f.unit is not None and _PERSON in compare.genus_chain(f.unit)


_KILLING = _whole_words(rules.KILLING_WORDS)
_CASUALTY_OF = {p: c for c in _CASUALTIES for p in rules.PREDICATE_CLASSES[c]}
_CASUALTY_PHRASES = _whole_words(sorted(_CASUALTY_OF, key=len, reverse=True))   # the longest phrase read
#: How many syllables after a count of people its casualty is read in ("một thanh niên bị đâm chết").
_CASUALTY_REACH = 4
#: ... and how many characters at most: a clause mark (`_CASUALTY_STOP`) ends the look sooner.
_CASUALTY_WINDOW = 60
_CASUALTY_STOP = re.compile(r"[,.;:!?()\n]")
_SYLLABLES = re.compile(r"[^\W\d_]+")


def _casualty_after(lower: str, fig: Figure) -> str | None:
    """The casualty class said of a count of people right after it, its noun included ("3 người
    tử vong", "một thanh niên bị đâm chết": within `_CASUALTY_REACH` syllables, no clause mark
    between), or None."""
    hi = min(len(lower), fig.end + _CASUALTY_WINDOW)
    stop = _CASUALTY_STOP.search(lower, fig.end, hi)
    if stop is not None:
        hi = stop.start()
    syllables = list(islice(_SYLLABLES.finditer(lower, fig.end, hi), _CASUALTY_REACH + 1))
    if not syllables:
        return None
    m = _CASUALTY_PHRASES.search(lower, fig.end, syllables[-1].end())
    return None if m is None else _CASUALTY_OF[m.group()]


_DENIAL = _whole_words(rules.DENIAL_WORDS)
_CLAIM = _whole_words(rules.CLAIM_WORDS)
_TOLD_OTHERWISE = _whole_words(rules.DENIAL_WORDS + rules.CLAIM_WORDS + rules.SUMMARY_NEGATIONS)
_DENIED_KINDS = (Kind.COUNT, Kind.MONEY, Kind.PERCENT)


def _denied_value(fig: Figure, around: "_Around", fitting: list[Figure], facts: ArticleFacts) -> CheckedFigure | None:
    """A value the article gives only inside a claim it reports as denied, which the summary
    states as fact: "Công an bắt quả tang 14 vụ đánh bạc" where the article says "Liên quan đến
    thông tin ... bắt quả tang ít nhất 14 vụ đánh bạc ..., đơn vị này phủ nhận và cho biết không
    rõ thông tin '14 vụ ...' là ở đâu ra". Each statement of the value stands after a word of
    denial in its clause (`rules.DENIAL_WORDS`), or after a word that names a claim
    (`rules.CLAIM_WORDS`) in a sentence that, or whose next sentence, denies. Said nothing when
    the summary's sentence tells a claim or a denial itself."""
    if fig.kind not in _DENIED_KINDS:
        return None
    if not all(facts.remembered(("claim", a.start), lambda a=a: _told_as_denied_claim(facts, a)) for a in fitting):
        return None
    here = facts.summary_sentence(around.summary, fig.start)
    if here is None:
        return None
    told = around.summary[here.start:here.end].lower()
    if _TOLD_OTHERWISE.search(told):
        return None  # the summary tells a claim, a denial or a negation ("phủ nhận thông tin ... 14 vụ")
    a = fitting[0]
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(a),),
                         f"the article gives {shown(facts.text, a)}{_unit_words(a)} only in a claim it reports "
                         f"as denied: «{_quote(facts.text, a, 60)}»")


def _told_as_denied_claim(facts: ArticleFacts, a: Figure) -> bool:
    """Is article figure `a` told inside a denied claim: after a word of denial with no clause mark
    between ("phủ nhận và cho biết không rõ thông tin '14 vụ"), or after a word naming a claim in
    a sentence that, or whose next sentence, holds a word of denial?"""
    span = facts.sentences.span_at(a.start)
    if span is None:
        return False
    lo, hi = span
    for d in _DENIAL.finditer(facts.lower, lo, a.start):
        if not any(c in facts.text[d.end():a.start] for c in ",;:()"):
            return True
    if not _CLAIM.search(facts.lower, lo, a.start):
        return False
    after = facts.sentences.span_at(hi + 1) if hi + 1 < len(facts.text) else None
    return _DENIAL.search(facts.lower, lo, after[1] if after is not None else hi) is not None


_PREDICATE_PHRASES = {cls: _whole_words(phrases) for cls, phrases in rules.PREDICATE_CLASSES.items()}


def _clause_says(facts: ArticleFacts, lo: int, hi: int, classes: frozenset) -> bool:
    """Does the article's clause [lo, hi) say an act of one of these predicate classes (anywhere
    in it: "Tổng số tiền Chi chiếm đoạt của 15 bị hại lên tới 2,7 tỷ", where the sum's slot
    stops at the count)?"""
    return any(_PREDICATE_PHRASES[cls].search(facts.lower, lo, hi) for cls in classes)


#: How far before a summary figure the people it is given to are looked for (characters).
_HOLDER_REACH = 200


def _summary_holders(summary: str, fig: Figure, known: frozenset) -> list[str]:
    """The people the summary gives a figure to: those named before it in its sentence, after
    any other number ("bị cáo Dũng 10 năm tù", "Châu và Hùng chiếm đoạt 145.000 USD"); for a
    prison term, first those "đối với" or "cho" names after it ("14 năm tù đối với An":
    `holders.given_to`), and with nobody named before it, the subject of a fronted clause
    (`_holders_named_after`)."""
    lo = max(summary.rfind(c, max(0, fig.start - _HOLDER_REACH), fig.start) for c in ".;\n") + 1
    at_start = lo >= fig.start - _HOLDER_REACH  # the sentence's start is within reach
    lo = max(lo, fig.start - _HOLDER_REACH)
    before = holders.without_asides(summary[lo:fig.start])
    if fig.unit in _PERSON_HELD_UNITS:
        # "6 năm tù đối với Hoàng và 9 năm tù cho Sơn": the person named after "cho" is 9's,
        # Hoàng (named before it) is 6's
        given = holders.given_to(holders.without_asides(summary[fig.end:fig.end + _HOLDER_REACH]), known)
        if given is not None:
            return given
    digit = max((i for i, c in enumerate(before) if c.isdigit()), default=-1)
    named = holders.joint_holders(before[digit + 1:], known)
    if named or fig.unit not in _PERSON_HELD_UNITS:
        return named
    return _holders_named_after(summary, fig, before if at_start else None, known)


_SUBJECTLESS_OPENERS = tuple(o + " " for o in rules.SUBJECTLESS_OPENERS)
#: A mark that ends a clause, a comma aside: the fronted clauses read below are cut at their
#: comma by hand, and a year's clause (`_clause_start`) runs over commas. (This module bound the
#: name twice, `holders.CLAUSE_END` with a comma first; every reader ran with this later one.)
_CLAUSE_END = re.compile(r"[.;!?\n]")


def _holders_named_after(summary: str, fig: Figure, before: str | None, known: frozenset) -> list[str]:
    """The people a prison term named by nobody before it (nor by "đối với"/"cho" after it) is
    given to: those at the head of the main clause when the term is in a fronted clause with no
    subject of its own ("Sau khi bị tuyên 14 năm tù, An và Bình kháng cáo"; `before` is the
    sentence up to the figure, None when it starts out of reach)."""
    after = holders.without_asides(summary[fig.end:fig.end + _HOLDER_REACH])
    if before is None:
        return []
    opening = " ".join(before.lower().split()) + " "
    if not opening.startswith(_SUBJECTLESS_OPENERS) or _CLAUSE_END.search(before):
        return []
    comma = after.find(",")
    if comma < 0 or _CLAUSE_END.search(after, 0, comma):
        return []
    main = after[comma + 1:]
    end = _CLAUSE_END.search(main)
    return holders.leading_holders(main[:end.start()] if end else main, known)


def _age_group(text: str, fig: Figure) -> tuple[str, tuple[int, int]] | None:
    """(the noun, its range of ages) when the words just before an age name an age group ("bé
    gái 8 tuổi", "cháu bé chỉ mới 4 tuổi", "cụ bà 80 tuổi"; `rules.AGE_GROUP_NOUNS`)."""
    words = _words_before(text, fig.start, 5)
    while words and words[-1] in _AGE_GROUP_FILLERS:
        words = words[:-1]
    for n in (3, 2, 1):
        noun = " ".join(words[-n:]) if len(words) >= n else None
        if noun in _NO_AGE_GROUP:
            return None
        if noun in _AGE_GROUPS:
            return noun, _AGE_GROUPS[noun]
    return None


def _age_of_another_group(fig: Figure, summary: str, fitting: list[Figure], facts: ArticleFacts) -> CheckedFigure | None:
    """An age the summary gives to a person of an age group it cannot be ("bé 43 tuổi", "cụ bà
    25 tuổi"), which the article states, but never of someone named so: the article's age is
    another person's (a named adult's, the suspect's)."""
    group = _age_group(summary, fig)
    if group is None:
        return None
    noun, (youngest, oldest) = group
    if youngest <= _scalar(fig) <= oldest or any(_age_group(facts.text, a) for a in fitting):
        return None
    a = fitting[0]
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(a),),
                         f"a {noun} is not {fig.text} {fig.unit}: the article's {a.text} {fig.unit} is said of "
                         f"someone else: «{_quote(facts.text, a)}»")


def _age_of_another_holder(fig: Figure, summary: str, fitting: list[Figure], facts: ArticleFacts) -> CheckedFigure | None:
    """An age the summary gives to a holder named by a noun ("bé gái 17 tuổi", "thần đồng toán
    học 5 tuổi"; `holders.age_holder`), or to the person a fronted concessive clause is said of
    ("Mặc dù đã 75 tuổi, nhưng bà Hồ Thị Phi vẫn": `_age_holder_named_after`), which the
    article gives that very holder otherwise
    ("bé gái 12 tuổi"), while every statement of the summary's age is someone else's: a person
    named (`bị cáo Danh Hoàng Sơn (17 tuổi`), another noun ("thiếu niên 16 tuổi"), the law's
    anyone ("người dưới 16 tuổi"). Asserted only when the article gives that holder one age,
    never the summary's, and whose each statement of the value is can be read."""
    if fig.kind is not Kind.COUNT:
        return None  # a range of ages is a group's
    mine = holders.age_holder(summary, fig.start)
    if mine is None or mine.kind == "noun" and _predicative(summary, fig, mine):
        mine = _age_holder_named_after(summary, fig, facts) or mine
    if mine is None or mine.kind == "category":
        return None
    own = [a for a in fitting if a.unit == rules.AGE_UNIT]
    if not own:
        return None  # the value said only as a bare number: whose, nothing says
    ages = facts.remembered(("age holders",), lambda: _article_age_holders(facts))
    stated = set(own)
    rivals = [a for a, held in ages if held == mine and a not in stated]
    if not rivals or any(held == mine for a, held in ages if a in stated) \
            or len({_scalar(a) for a in rivals}) > 1 or compare.values_agree(fig, rivals[0]):
        return None  # the article gives this holder the value, or no age, or several
    theirs = dict(ages)
    if any(theirs.get(a) is None for a in own):
        return None  # a statement of the value whose holder is not read: it may be this one
    a, rival = own[0], rivals[0]
    whom = mine.key.title() if mine.kind == "name" else f"the {mine.key}"
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(rival), _span(a)),
                         f"the article gives {whom} {rival.text} {fig.unit}: «{_quote(facts.text, rival)}»; "
                         f"its {a.text} {fig.unit} is said of someone else: «{_quote(facts.text, a)}»")


_CONCESSIVE_OPENERS = tuple(o + " " for o in rules.AGE_CONCESSIVE_OPENERS)


def _predicative(summary: str, fig: Figure, holder: "holders.AgeHolder") -> bool:
    """Is the noun before an age said of the subject ("là cô bé 13 tuổi": being a girl of 13)?"""
    before = _words_before(summary, fig.start, len(holder.key.split()) + 5)
    head = holder.key.split()[0]
    return any(w == rules.PREDICATIVE_WORD and before[i + 1:i + 2] == [head] for i, w in enumerate(before))


def _age_holder_named_after(summary: str, fig: Figure, facts: ArticleFacts) -> "holders.AgeHolder | None":
    """The one person an age in a fronted concessive clause is said of: the person named at the
    head of the main clause ("Mặc dù đã 75 tuổi, nhưng bà Hồ Thị Phi vẫn ...": Phi); None when
    the age is not in such a clause or the main clause opens with no one person."""
    here = facts.summary_sentence(summary, fig.start)
    if here is None or fig.start - here.start > _HOLDER_REACH:
        return None
    opening = " ".join(summary[here.start:fig.start].lower().split()) + " "
    if not opening.startswith(_CONCESSIVE_OPENERS) or _CLAUSE_END.search(opening):
        return None
    after = holders.without_asides(summary[fig.end:min(here.end, fig.end + _HOLDER_REACH)])
    comma = after.find(",")
    if comma < 0 or _CLAUSE_END.search(after, 0, comma):
        return None
    main = after[comma + 1:].lstrip()
    first = main.split(maxsplit=1)
    if first and first[0].lower() in rules.MAIN_CLAUSE_OPENERS:
        main = first[1] if len(first) > 1 else ""
    end = _CLAUSE_END.search(main)
    people = holders.leading_holders(main[:end.start()] if end else main, facts.given_names)
    return holders.AgeHolder("name", people[0]) if len(people) == 1 else None


def _article_age_holders(facts: ArticleFacts) -> list[tuple[Figure, "holders.AgeHolder | None"]]:
    """Each age of the article with whom it is said of: the noun or name before it, else the
    person named before its bracket ("bà Hồ Thị Phi (70 tuổi)"); None for a range of ages."""
    out = []
    for a in facts.figures:
        if a.unit != rules.AGE_UNIT:
            continue
        if a.kind is not Kind.COUNT:
            out.append((a, None))  # a range of ages ("13-15 tuổi") is of a group, not one person
            continue
        held = holders.age_holder(facts.text, a.start)
        if held is None and (name := facts.holder(a)) is not None:
            held = holders.AgeHolder("name", name)
        out.append((a, held))
    return out


_AGE_GROUPS = {noun: ages for nouns, ages in rules.AGE_GROUP_NOUNS.items() for noun in nouns}
_AGE_GROUP_FILLERS = frozenset(rules.AGE_GROUP_FILLERS)
_NO_AGE_GROUP = frozenset(rules.NO_AGE_GROUP_NOUNS)


def _noun_key(text: str, fig: Figure) -> tuple[str, str] | None:
    """What a count counts: its unit when the tables know it, else the word after it."""
    if fig.unit is not None:
        return ("unit", fig.unit)
    words = _next_words(text, fig.end, 3)
    while words and words[0] in rules.CLASSIFIERS:
        words = words[1:]
    if not words or words[0] in rules.NOT_UNIT_WORDS or words[0] == _COUNTING_WORD:
        return None
    return ("word", words[0])


#: How far after a count its noun is looked for (three words).
_NOUN_REACH = 40


def _counted_noun_key(text: str, fig: Figure) -> tuple[str, str] | None:
    """`_noun_key`, read through a classifier the tables take for the unit ("20.000 chiếc giày"
    counts giày, as "12.500 đôi giày" does, not "chiếc"): the noun after it, when one stands
    there (`rules.COUNTED_AFTER`)."""
    if fig.unit is not None and fig.unit not in rules.COUNTED_AFTER:
        return _noun_key(text, fig)   # a unit that is no classifier (asked first: no words read)
    words = _next_words(text, fig.end, 3)
    if fig.unit is None and not (words and words[0] in rules.COUNTED_AFTER):
        return _noun_key(text, fig)   # no classifier to read through
    while words and words[0] in rules.COUNTED_AFTER:
        words = words[1:]
    if not words or words[0] in rules.NOT_UNIT_WORDS or words[0] == _COUNTING_WORD \
            or not words[0].isalpha() or words[0] not in text[fig.end:fig.end + _NOUN_REACH]:
        return None  # no noun, or a name or a code ("185 chiếc F-47"): written lowercase, a noun
    return ("word", words[0])


def _keys_match(a: tuple[str, str], b: tuple[str, str], *, loose: bool) -> bool:
    if a[0] != b[0]:
        return False
    if a[0] == "unit" and loose:
        return compare.units_compatible(a[1], b[1])
    return a[1] == b[1]


def _scalar(fig: Figure) -> float:
    v = fig.value
    if isinstance(v, tuple):
        return v[0] / v[1] if fig.kind is Kind.RATIO else (v[0] + v[1]) / 2
    return float(v)


#: A pool longer than this is searched for `_same_quantity` nearest value first (see below).
_SEARCHED_NEAREST_FIRST = 1000


def _same_quantities(fig: Figure, around: "_Around", cls: str | None, pool: list[Figure],
                     facts: ArticleFacts) -> list[Figure]:
    """The figures of `pool` that quantify what `fig` does (`_same_quantity`), as `_closest` reads
    them: all of them, in pool order, or when there are more than _MAX_COMPARED, the
    _MAX_COMPARED nearest in value, nearest first (ties in pool order), which is what it cuts
    them to. A long article's pool is searched nearest value first, so that its far figures
    (thousands of the same unit in a 10 MB article) are never asked."""
    if len(pool) <= _SEARCHED_NEAREST_FIRST or cls not in ("number", "percent"):
        return [a for a in pool if _same_quantity(fig, around, a, facts)]
    found: list[int] = []
    for run in facts.nearest_first(cls, _scalar(fig)):
        for i in run:  # a repeated value has thousands of figures: stop inside its run
            if _same_quantity(fig, around, pool[i], facts):
                found.append(i)
                if len(found) > _MAX_COMPARED:
                    return [pool[i] for i in found[:_MAX_COMPARED]]
    return [pool[i] for i in sorted(found)]


def _same_quantity(fig: Figure, around: "_Around", a: Figure, facts: ArticleFacts) -> bool:
    """Does article figure `a` quantify what summary figure `fig` does (value aside)?

    The unit must fit, and something more must tie them: the same detail
    ("chính thức"), or the same words before them ("kết nạp 173" / "kết nạp 137").
    """
    if not compare.same_thing(fig, a):
        return False
    if fig.kind is not Kind.PERCENT and (fig.unit is None or a.unit is None):
        return False  # counts of unknown things: no claim that they count the same
    if fig.detail is not None and fig.detail == a.detail:
        return True
    return facts.shares_context(a, around.context)


# --- Explanations -----------------------------------------------------------------

def shown(text: str, fig: Figure) -> str:
    """A figure as written, with its qualifier word: "gần 200", not "200"."""
    if fig.qualifier is None:
        return fig.text
    before = _words_before(text, fig.start)
    for n in (3, 2, 1):
        phrase = " ".join(before[-n:])
        if len(before) >= n and rules.QUALIFIERS.get(phrase) == fig.qualifier:
            return f"{phrase} {fig.text}"
    return fig.text


def _unit_words(fig: Figure) -> str:
    return f" {fig.unit}" if fig.unit and fig.unit not in fig.text else ""


def _supported_why(fig: Figure, a: Figure, summary: str, facts: ArticleFacts) -> str:
    said = f"{shown(facts.text, a)}{_unit_words(a)}"
    if _scalar(fig) == _scalar(a) and fig.qualifier == a.qualifier:
        return f"the article says {said}"
    how = "rounds" if fig.qualifier is None else "is consistent with"
    return f"{shown(summary, fig)} {how} the article's {said}"


def _context_why(fig: Figure, a: Figure) -> str:
    if a.unit and fig.unit and not compare.units_compatible(fig.unit, a.unit):
        return f"the article's {a.text} counts {a.unit}, not {fig.unit}"
    if compare.details_conflict(fig.detail, a.detail):
        return f"the article's {a.text} counts {a.unit} {a.detail}, not {fig.detail}"
    return f"the article's {a.text} is about something else"


#: Marks that may open the bracket or quotation a naming head stands in: "(phường 4, TP. Vĩnh
#: Long)", "(mùa 5)" (the extractor's clause reading stops at them, so it reads those as counts).
_HEAD_OPENING_MARKS = "(\"'“‘["


def _naming_head(text: str, start: int) -> tuple[str, int] | None:
    """The head of `rules.NAMING_HEADS` just before a number at `start` ("phường" of "(phường
    4", "khóa" of "khóa 12"), and where it begins in `text`, or None. "số" names only after a
    word of `rules.NAMED_BY_NUMBER` ("Quyết định số 15"; "tổng số 72" counts), and the phrases
    of `rules.NOT_IDENTIFIER_PHRASES` ("trong vòng 24 tháng") and `rules.RESPECTIVELY_WORDS` ("lần
    lượt 14") name nothing."""
    window = text[max(0, start - 40):start]
    if not window.endswith(" "):
        return None
    words = window.lower().split()[-3:]
    cut = next((i for i in range(len(words) - 1, -1, -1) if not words[i].isalpha()), None)
    if cut is not None:  # the head's words begin after a number or a mark ("Trung ương 12 khóa")
        opened = words[cut].lstrip(_HEAD_OPENING_MARKS)
        words = ([opened] if opened.isalpha() and opened != words[cut] else []) + words[cut + 1:]
    if not words or " ".join(words[-2:]) in rules.NOT_IDENTIFIER_PHRASES \
            or " ".join(words[-2:]) in rules.RESPECTIVELY_WORDS:
        return None  # "trong vòng 24 tháng", "lần lượt 14 và 8 năm": no head
    for n in range(len(words), 0, -1):
        head = " ".join(words[-n:])
        if head not in rules.NAMING_HEADS:
            continue
        if head == rules.COUNTING_WORD and (len(words) < 2 or words[-2] not in rules.NAMED_BY_NUMBER):
            return None
        return head, start - 1 - len(head)
    return None


def _count_only_named(fig: Figure, summary: str, agreeing: list[Figure], facts: ArticleFacts) -> CheckedFigure | None:
    """ "4 kẻ cướp" where the article's only 4 is its ward's ("đường Trần Phú (phường 4, TP.
    Vĩnh Long)"), "5 đối thủ" where its only 5 is a season's ("(mùa 5)"): a summary count whose
    value every statement of the article gives as a number that names (after a head of
    `rules.NAMING_HEADS`, with no unit of its own) is none of the article's. Said nothing of a
    summary number that itself names (after such a head: it may name the same thing), of a range
    or a year, or of a count the article's list of people or its arithmetic bears out."""
    if fig.kind is not Kind.COUNT or isinstance(fig.value, tuple) or fig.qualifier is not None \
            or not float(fig.value).is_integer() or rules.MONTH_YEAR_YEARS[0] <= fig.value <= rules.MONTH_YEAR_YEARS[1]:
        return None
    text = facts.text
    heads = []
    for a in agreeing:
        # in digits only: a number word after a head may count or be an ordinal ("vòng bốn")
        head = _naming_head(text, a.start) if a.unit is None and a.kind is Kind.COUNT and a.text.isdigit() else None
        if head is None:
            return None  # the article states the value as a count somewhere
        heads.append((a, head[1]))
    if not heads or _naming_head(summary, fig.start) is not None:
        return None
    if people_listed_for(fig, summary, facts) is not None or _derived(fig, summary, facts) is not None:
        return None
    a, head_at = heads[0]
    return CheckedFigure(fig, Verdict.UNSUPPORTED, tuple(_span(x) for x, _ in heads),
                         f"{fig.text} appears in the article only in «{text[head_at:a.end]}», a number "
                         "that names something (a place, a document, an edition), not a count")


def _identifier_holding(fig: Figure, facts: ArticleFacts) -> Figure | None:
    """The article identifier whose digits are this figure's ("28" in "28-CT/TW")."""
    if not fig.text.isdigit():
        return None
    return facts.identifier_parts.get(fig.text)


def _named_alike(summary: str, fig: Figure, text: str, ident: Figure) -> bool:
    """ "(lớp 9)", "xếp hạng 248", "khu đô thị số 1" in the summary, where the article's 9, 248,
    1 name something after the same word: the summary names the same thing, not a quantity."""
    ours = summary[max(0, fig.start - 24):fig.start].lower().split()
    theirs = _words_before(text, ident.start, 2)
    word = ours[-1].lstrip("(\"'“") if ours else ""
    return bool(theirs) and word == theirs[-1] and word.isalpha() \
        or _same_words_after(summary, fig, text)


def _same_words_after(summary: str, fig: Figure, text: str) -> bool:
    """ "một trong 10 thương hiệu tiêu biểu" for the article's "top 10 thương hiệu tiêu biểu":
    the same number before the same two words, the first no function word, names the same thing."""
    ours = summary[fig.end:fig.end + 40].lower().split()[:2]
    if len(ours) < 2 or not all(w.isalpha() for w in ours) or ours[0] in rules.NEIGHBOUR_STOP_WORDS:
        return False
    return re.search(rf"(?<![\d.,]){re.escape(fig.text)}\s+{ours[0]}\s+{ours[1]}\b", text, re.IGNORECASE) is not None


def _cited_alone(text: str, code: str) -> int | None:
    """Where `code` first stands in `text` with no word character, "/" or "-" on either side
    (what `(?<![\\w/-])code(?![\\w/-])` finds, `\\w` being `str.isalnum` or "_"), found with
    `str.find`: a pattern compiled for each identifier of each summary filled `re`'s cache."""
    at = text.find(code)
    while at >= 0:
        end = at + len(code)
        if (at == 0 or not _joins_code(text[at - 1])) and (end == len(text) or not _joins_code(text[end])):
            return at
        # a later place where it stands alone comes right after a character that joins no code,
        # so go past the run of joining characters at once: one position at a time, a run of
        # digits as long as the article was read in Python (0.6 s for 100,000 characters)
        breaker = _JOINS_NO_CODE.search(text, at)
        if breaker is None:
            return None
        at = text.find(code, breaker.end())
    return None


#: A character that joins no code: the complement of `_joins_code`.
_JOINS_NO_CODE = re.compile(r"[^\w/-]")


def _joins_code(c: str) -> bool:
    """Would `c` beside a code make it part of a longer one (`[\\w/-]`)?"""
    return c.isalnum() or c in "_/-"


def _with_name(text: str, ident: Figure) -> str:
    """An identifier as a reader would quote it: "28-CT/TW" as it is, a bare number
    with the word that names it ("Tầng 1", "quận 12")."""
    if not ident.text.isdigit() or ident.start < 2 or text[ident.start - 1] != " ":
        return ident.text
    j = text.rfind(" ", 0, ident.start - 1)
    word = text[j + 1:ident.start - 1].lstrip("(\"'“")
    return f"{word} {ident.text}" if word.isalpha() else ident.text


def _unsupported_why(fig: Figure, facts: ArticleFacts) -> str:
    return f"nothing in the article states or implies {fig.text}"


def _span(fig: Figure) -> Span:
    return Span(fig.text, fig.start, fig.end)


# --- Dates, years, times, names -----------------------------------------------------

def _date_parts(value: str) -> tuple:
    """'2019-05-14' -> (2019, 5, 14); '--02-25' -> (None, 2, 25); '2022-Q3' -> (2022, 'Q3', None)."""
    if value.startswith("--"):
        parts = value[2:].split("-")
        return (None, int(parts[0]), int(parts[1]) if len(parts) > 1 else None)
    if "Q" in value:
        y, q = value.split("-Q") if not value.startswith("-Q") else (None, value[2:])
        return (int(y) if y else None, f"Q{q}", None)
    parts = value.split("-")
    return (int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else None)


def _dates_agree(s: tuple, a: tuple) -> bool:
    """The summary's month and day must be the article's; a year missing on either
    side is allowed ("25/2" and "25/2/2019"), a day missing in the article is not
    ("tháng 8" does not say "7/8")."""
    (sy, sm, sd), (ay, am, ad) = s, a
    if sy is not None and ay is not None and sy != ay:
        return False
    if sm is not None and sm != am:
        return False
    return sd is None or sd == ad


def _verify_date(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure:
    s = _date_parts(fig.value)
    agreeing = [a for a, parts in facts.dates if _dates_agree(s, parts)]
    if agreeing:
        other = _dated_event(fig, summary, agreeing, facts) or _restates_another_day(fig, summary, agreeing, facts) \
            or _date_of_another_event(fig, summary, agreeing, facts) or _another_day_of_writing(s, summary, fig, facts) \
            or _named_day_moved(s, summary, fig, facts)
        if other is not None:
            return other
        past = _this_years_part_given_a_past_year(fig, summary, facts)
        if past is not None:
            return past
        a = agreeing[0]
        return CheckedFigure(fig, Verdict.SUPPORTED, (_span(a),), f"the article says {a.text}")
    derived = _day_of_writing(s, summary, fig, facts) or _days_after_a_date(s, fig, facts) \
        or _month_from_writing(s, fig, facts)
    if derived is not None:
        return derived
    share = slash_read_otherwise(fig, facts.figures, facts.lower, facts.text)
    if share is not None:
        return CheckedFigure(fig, Verdict.SUPPORTED, (share,), f"the article writes it {share.text}")
    running = _day_of_the_running_month(s, fig, facts)
    if running is not None:
        return running
    in_words = _quarter_in_words(fig, facts)
    if in_words is not None:
        return CheckedFigure(fig, Verdict.SUPPORTED, (in_words,), f"the article writes it {in_words.text}")
    # same month (and year, where both give one), another day: the date was changed
    for a, parts in facts.dates:
        if s[1] == parts[1] and s[2] is not None and parts[2] is not None and (
                s[0] is None or parts[0] is None or s[0] == parts[0]):
            return CheckedFigure(fig, Verdict.MISMATCH, (_span(a),), f"the article gives {a.text}, not {fig.text}")
    return CheckedFigure(fig, Verdict.UNSUPPORTED, (), f"the article gives no date {fig.text}")


def _events_in(lower: str, start: int, end: int, table: dict) -> set[str]:
    """The events of `table` named in lower[start:end] (whole words)."""
    found = set()
    for event, words in table.items():
        for w in words:
            i = lower.find(w, start, end)
            while i >= 0:
                j = i + len(w)
                if (i == 0 or not lower[i - 1].isalpha()) and (j >= len(lower) or not lower[j].isalpha()):
                    found.add(event)
                    break
                i = lower.find(w, j, end)
            if event in found:
                break
    return found


def _dated_event(fig: Figure, summary: str, agreeing: list[Figure], facts: ArticleFacts) -> CheckedFigure | None:
    """A date the summary gives to an event the article never names: "họp báo ngày 18/6" where
    the article's 18/6 is the day of a raid and no press conference is told of. Only for the
    events of `rules.DATED_EVENTS` (the press conference, the interview: what a model adds to a
    police report), and only when the summary sentence names one of them and gives one date.
    (An event the article names with another date was tried too: on LLM summaries nearly all
    such flags were the main event's consequences told a day later; see docs/CHECKER.md.)"""
    here = facts.summary_sentence(summary, fig.start)
    if here is None:
        return None
    events = _events_in(summary.lower(), here.start, here.end, rules.DATED_EVENTS)
    if len(events) != 1 or len(_dates_in(summary, here.start, here.end)) != 1:
        return None
    event = next(iter(events))
    opener = len(summary[here.start:fig.start].split()) <= 2  # "Sáng 18/6, ..."
    right_after = bool(_events_in(" ".join(_words_before(summary, fig.start, 4)), 0, 200, rules.DATED_EVENTS))
    if not (opener or right_after):
        return None  # the date may name something else: "phỏng vấn nhân dịp Quốc khánh 2/9"
    if event in _events_in(facts.lower, 0, len(facts.lower), rules.DATED_EVENTS):
        return None
    a = agreeing[0]
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(a),),
                         f"the article names no {event}; its {a.text} is the day of «{_quote(facts.text, a)}»")


def _restates_another_day(fig: Figure, summary: str, agreeing: list[Figure], facts: ArticleFacts) -> CheckedFigure | None:
    """A date the article gives only in another statement, while the one sentence the summary
    sentence restates gives another day: "vào chiều 12/10" in a summary sentence that restates
    the article's "... chiều 11/10, ..." when its 12/10 is the day of a later report. The same
    strictness as for quantities (`_restates_another_value`): one sentence clearly restated, the
    sentences with the summary's day sharing less than half as much, and the summary sentence
    giving one date."""
    s = _date_parts(fig.value)
    if s[2] is None:
        return None  # a month or a quarter: too coarse to be the slot of one day
    if not any(parts[2] is not None and not _dates_agree(s, parts) for _, parts in facts.dates):
        return None  # the article gives no other day (the cheap question first)
    best = _only_restated(summary, fig, agreeing, facts)
    if best is None:
        return None
    for b, parts in facts.dates:
        if best.start <= b.start < best.end and parts[2] is not None and not _dates_agree(s, parts):
            a = agreeing[0]
            return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(b), _span(a)),
                                 f"the sentence this restates says «{_quote(facts.text, b)}»; the article's "
                                 f"{a.text} is another statement: «{_quote(facts.text, a)}»")
    return None


_EVENT_CLASS_OF = {phrase: cls for cls, phrases in rules.DATE_EVENT_CLASSES.items() for phrase in phrases}
_EVENT_PHRASE = re.compile(r"(?<!\w)(?:" + word_trie(_EVENT_CLASS_OF) + r")(?!\w)")
_EVENT_CAUSE = re.compile(r"(?<!\w)(?:" + word_trie(rules.EVENT_CAUSE_WORDS) + r")(?!\w)")
#: How far (characters) a date's event is looked for: after a fronted date, before any other.
_EVENT_AFTER_REACH = 200
_EVENT_BEFORE_REACH = 150
#: How many words just before an event are read for a word of cause: "khiến 3 người tử vong",
#: "bị đánh tử vong" (not "nhập viện do bệnh xơ gan và đã tử vong": the cause of another event).
_CAUSE_WORDS_BEFORE = 3
#: What may stand between a fronted date and the comma that closes its phrase: a bracket ("(tức
#: mùng 1 Tết)"), two words ("vừa qua").
_FRONTED_CLOSE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:[^\W\d_]+\s*){0,2},")
#: What joins two days of a range or a list ("từ ngày 27 đến 31/5", "ngày 10 và 17/12").
_DAY_JOINER = re.compile(r"\s*(?:%s)\s*(?:%s\s+)?" % ("|".join(map(re.escape, rules.DAY_LIST_JOINERS)), rules.DAY_WORD))


#: A time word written with a capital after a lowercase word ("nghi bị cắt cổ cướp tài sản trong
#: đêm Ngày 20/5, Bệnh viện ... tiếp nhận"): a sentence whose stop the text lost (a title line
#: run into the body) opens there.
_SENTENCE_OPENED_MIDWAY = re.compile(r"(?<=[^\W\d_][ \t])(?:%s)(?=[ \t])" % "|".join(
    w[0].upper() + w[1:] for w in sorted(rules.DATE_CLAUSE_OPENERS)))


#: "(tức 7/3)", "(tức ngày 7/3)": a date in a bracket that restates the time before it.
_RESTATED_DATE_BEFORE = re.compile(r"\((?:%s)\s+(?:%s\s+)?$" % ("|".join(rules.DATE_RESTATING_WORDS), rules.DAY_WORD))


def _phrase_head(text: str, lo: int, fig: Figure) -> tuple[int, int]:
    """Where the phrase of a date starts (after the last comma, semicolon or colon before it, or
    at a time word written with a capital midway), and where its sentence does (moved there)."""
    cut = max(text.rfind(c, lo, fig.start) for c in ",;:")
    head = cut + 1 if cut >= lo else lo
    capital = _SENTENCE_OPENED_MIDWAY.search(text, max(head, fig.start - 40), fig.start)
    if capital is not None:
        head = lo = capital.start()
    return head, lo


def _opens_its_phrase(text: str, lower: str, lo: int, fig: Figure) -> bool:
    """Does the date open its sentence ("Ngày 18/7 cả 2 vào ...") or a fronted phrase closed by
    a comma ("VOV đưa tin, khoảng 9h sáng ngày 25/6, em ... đi khỏi nhà")? Then its event comes
    after it; else it ends a clause that told its event before it ("Long qua đời tối 9/6")."""
    head, lo = _phrase_head(text, lo, fig)
    if len(lower[head:fig.start].rstrip(" (").split()) > rules.FRONTED_DATE_WORDS or _EVENT_PHRASE.search(lower, head, fig.start):
        return False
    # "chiều nay (22/8), cơ quan CSĐT ... tiến hành thực nghiệm": the bracket a relative day
    # puts its date in closes before the comma (not any bracket: "A (sinh ngày 3/5), trú ...")
    # so does the bracket that restates a time in a date: "ngày mai (tức 7/3), TAND ... sẽ mở phiên xét xử"
    in_bracket = _relative_day(text, fig.start) is not None or _RESTATED_DATE_BEFORE.search(lower, max(lo, fig.start - 12), fig.start)
    end = fig.end + 1 if text.startswith(")", fig.end) and in_bracket else fig.end
    return head == lo or _FRONTED_CLOSE.match(text, end, end + 60) is not None


_TIME_OF_DAY = re.compile(r"\d{1,2}h(?:\d{2})?")
_WORD_NEXT = re.compile(r"[ \t]*([^\W\d_]+)")
_CLAUSE_STOP = re.compile(r"[,;:]")


def _clause_it_opens(text: str, lower: str, lo: int, hi: int, fig: Figure) -> int | None:
    """The end of the clause a date opens after a comma with no comma after it: only times and
    joining words stand before it in its clause, and a word that may start a predicate after it
    ("..., nên 4h sáng 18/7 Nhị đã bóp cổ bà T."). None when it opens none: a date that closes
    its sentence ("cho biết tại lễ kỷ niệm ..., ngày 11/7.") or is followed by a place or a
    consequence ("..., sáng 22/8 tại Rayong", "..., sáng 22/8 khiến 5 người bị thương") ends
    the clause before it."""
    head, _ = _phrase_head(text, lo, fig)
    words = lower[head:fig.start].split()
    if not words or not all(w in rules.DATE_CLAUSE_OPENERS or _TIME_OF_DAY.fullmatch(w) for w in words):
        return None
    following = _WORD_NEXT.match(lower, fig.end, hi)
    if following is None or following.group(1) in rules.DATE_ADJUNCT_FOLLOWERS or _EVENT_CAUSE.fullmatch(following.group(1)):
        return None
    stop = _CLAUSE_STOP.search(lower, fig.end, hi)
    return hi if stop is None else stop.start()


def _own_predicate_between(lower: str, event_end: int, date_start: int) -> bool:
    """Does the date's own clause, after the last comma between an event told before it and the
    date, hold a word that marks a predicate of its own ("Trước đêm chung kết, các thí sinh ... đã
    bước vào phần thi phụ ... vào tối 11/11")? Then the event before is another clause's."""
    cut = max(lower.rfind(c, event_end, date_start) for c in ",;")
    return cut >= 0 and any(w in rules.CLAUSE_PREDICATE_MARKERS for w in lower[cut + 1:date_start].split())


def _event_of_date(text: str, lower: str, lo: int, hi: int, fig: Figure, *, sure: bool = True) -> str | None:
    """The event a date of the sentence text[lo:hi] is the day of: the predicate of its clause
    (`rules.DATE_EVENT_CLASSES`), after it when it is fronted, else the last one before it; None
    when no event is named there, or (`sure`) when a word of cause stands between
    (`rules.EVENT_CAUSE_WORDS`: "Ngày 1/8, vụ cháy khiến 3 người tử vong" dates the fire, not
    the deaths). Without `sure`, the consequence is read: it is an event of that day as well
    ("Ngày 2/8, ... đã dẫn tới ...: hai võ sĩ ... gục ngã")."""
    # a fronted date's event is read up to _EVENT_AFTER_REACH on; a clause's, up to its end
    if _opens_its_phrase(text, lower, lo, fig):
        reach = min(hi, fig.end + _EVENT_AFTER_REACH)
    else:
        reach = _clause_it_opens(text, lower, lo, hi, fig)
    if reach is not None:
        m = _EVENT_PHRASE.search(lower, fig.end, reach)
        between = (fig.end, m.start()) if m else None
    else:
        told_before = list(_EVENT_PHRASE.finditer(lower, max(lo, fig.start - _EVENT_BEFORE_REACH), fig.start))
        m = told_before[-1] if told_before and not _own_predicate_between(lower, told_before[-1].end(), fig.start) else None
        between = (m.end(), fig.start) if m else None
    if m is None or sure and _told_with_a_cause(lower, lo, m.start(), between):
        return None
    return _EVENT_CLASS_OF[m.group()]


def _told_with_a_cause(lower: str, lo: int, event_start: int, between: tuple[int, int]) -> bool:
    """Does a word of cause stand between a date and its event, or just before the event?"""
    just_before = lower[max(lo, event_start - 40):event_start].split()[-_CAUSE_WORDS_BEFORE:]
    return bool(_EVENT_CAUSE.search(" ".join(just_before)) or _EVENT_CAUSE.search(lower, *between))


def _article_event(facts: ArticleFacts, a: Figure, *, sure: bool = True) -> str | None:
    """`_event_of_date` of an article date, in its sentence; read once per article (every
    summary date that reaches the question reads the article's other dates)."""
    def read() -> str | None:
        bounds = facts.sentences.span_at(a.start)
        return None if bounds is None else _event_of_date(facts.text, facts.lower, *bounds, a, sure=sure)
    return facts.remembered(("date event", a.start, sure), read)


def _one_day(ours: str, theirs: str) -> bool:
    """May the two events be told of one day (the same, or of `rules.EVENTS_OF_ONE_DAY`)?"""
    return ours == theirs or any({ours, theirs} <= pair for pair in rules.EVENTS_OF_ONE_DAY)


def _same_happening(ours: str, theirs: str | None) -> bool:
    """Are the two events one happening, the same class or one a kind of the other
    (`rules.KIND_OF_EVENT`: a killing is an incident)?"""
    return theirs is not None and (ours == theirs or rules.KIND_OF_EVENT.get(ours) == theirs
                                   or rules.KIND_OF_EVENT.get(theirs) == ours)


def _in_a_range(facts: ArticleFacts, i: int) -> bool:
    """Is the article's i-th date one end of a range or a list of days ("từ ngày 27 đến 31/5")?"""
    dates = facts.dates

    def joined(left: Figure, right: Figure) -> bool:
        return _DAY_JOINER.fullmatch(facts.text, left.end, right.start) is not None

    return (i > 0 and joined(dates[i - 1][0], dates[i][0])) or \
        (i + 1 < len(dates) and joined(dates[i][0], dates[i + 1][0]))


def _date_of_another_event(fig: Figure, summary: str, agreeing: list[Figure], facts: ArticleFacts) -> CheckedFigure | None:
    """A day the summary gives to an event the article dates another day, while its statements
    of that day tell another event: "Ngày 25/6, công an phát đi thông báo" where the article's
    25/6 is «khoảng 9h sáng ngày 25/6, em Linh ... đi khỏi nhà» and its notice is «ngày 26/6,
    Công an huyện Quỳnh Lưu đã phát đi thông báo». The events are read by the grammar of the
    date's clause (`_event_of_date`), on both sides. Silent when unsure: a summary date said with
    a relative day ("chiều nay (29/7)") or beside another date, or whose event is a telling or
    comes after a word of cause; a statement of the day that is a telling (reports of the same
    event a day later; but not of a happening, `rules.HAPPENINGS_NOT_TOLD`, that the telling does
    not name: "vụ nổ xảy ra ngày 28/3" where the article's 28/3 tells of the investigation), that
    may be of the summary's event (`rules.EVENTS_OF_ONE_DAY`), or that places no event but names
    the summary's; no statement of the day telling a known event;
    another day of the event in a range, or the event on more than one other day."""
    s = _date_parts(fig.value)
    if s[2] is None or _relative_day(summary, fig.start) is not None:
        return None
    here = facts.summary_sentence(summary, fig.start)
    if here is None:
        return None
    ours = _event_of_date(summary, _lowered(summary), here.start, here.end, fig)
    if ours is None or ours == rules.REPORT_EVENT or len(_dates_in(summary, here.start, here.end)) != 1:
        return None
    told = []  # (statement of the day, the other event it tells)
    for a in agreeing:  # a consequence told of the day is of that day too: read, not skipped
        theirs = _article_event(facts, a, sure=False)
        if (theirs is None or theirs == rules.REPORT_EVENT) and _names_event_of_one_day(facts, a, ours):
            return None
        if theirs == rules.REPORT_EVENT and ours not in rules.HAPPENINGS_NOT_TOLD \
                or theirs is not None and _one_day(ours, theirs):
            return None
        if theirs is not None:
            told.append((a, theirs))
    if not told:
        return None
    others = [(i, b, parts) for i, (b, parts) in enumerate(facts.dates)
              if parts[2] is not None and not _dates_agree(s, parts) and not _dates_agree(parts, s)]
    dated = [(b, parts) for i, b, parts in others
             if _same_happening(ours, _article_event(facts, b)) and not _in_a_range(facts, i)]
    if len({parts for _, parts in dated}) != 1:
        return None
    (a, theirs), b = told[0], dated[0][0]
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(b), _span(a)),
                         f"the article dates the {ours} {b.text}: «{_quote(facts.text, b)}»; its "
                         f"{a.text} is the day of the {theirs}: «{_quote(facts.text, a)}»")


def _names_event_of_one_day(facts: ArticleFacts, a: Figure, event: str) -> bool:
    """Does the sentence of the article date `a` name `event` (or one of its day) anywhere?"""
    bounds = facts.sentences.span_at(a.start)
    if bounds is None:
        return True
    return any(_one_day(event, _EVENT_CLASS_OF[m.group()]) for m in _EVENT_PHRASE.finditer(facts.lower, *bounds))


def _only_restated(summary: str, fig: Figure, agreeing: list[Figure], facts: ArticleFacts):
    """The one article sentence the summary sentence of `fig` restates, when that is clear and
    none of the `agreeing` article figures stands in it or in a sentence nearly as close; and
    the summary sentence gives no other figure of the kind. Else None."""
    here = facts.summary_sentence(summary, fig.start)
    if here is None or sum(1 for f in extract_figures(summary[here.start:here.end]) if f.kind is fig.kind) != 1:
        return None
    drawn = facts.drawn_on(summary, fig.start)
    if len(drawn) != 1 or overlap(here.words, drawn[0]) < _RESTATES_DAY:
        return None
    best = drawn[0]
    for a in agreeing:
        held_in = _sentence_of(facts, a)
        if held_in is None or held_in == best \
                or overlap(here.words, held_in) >= _OTHER_STATEMENT * overlap(here.words, best):
            return None
    return best


def _dates_in(text: str, lo: int, hi: int) -> list[Figure]:
    return [f for f in extract_figures(text[lo:hi]) if f.kind is Kind.DATE]


def _relative_day(text: str, pos: int) -> int | None:
    """Days from the date at pos to the day of writing, from the words before it: "hôm qua
    (14/7)" is one day before; None when no word places it."""
    before = text[max(0, pos - 24):pos].lower().rstrip(" (,")
    if before.endswith(_DAY_WORD):
        before = before[:-len(_DAY_WORD)].rstrip(" (,")
    for phrase, offset in rules.RELATIVE_DAYS.items():
        if before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalpha()):
            return offset
    return None


def _shift(parts: tuple, days: int) -> tuple | None:
    """A (year, month, day) date moved by some days; a date without its year is taken in a leap year."""
    year, month, day = parts
    if day is None or not isinstance(month, int):
        return None
    try:
        moved = date(year or 2024, month, day) + timedelta(days=days)
    except ValueError:
        return None
    return (year and moved.year, moved.month, moved.day)


def _day_of_writing(s: tuple, summary: str, fig: Figure, facts: ArticleFacts) -> CheckedFigure | None:
    """ "hôm qua (14/7)" in the article makes the day of writing 15/7: a summary's "hôm nay 15/7"
    (or a plain 15/7) is worked out from it, and so is its "hôm qua 14/7" from the article's
    "hôm nay (15/7)"."""
    said = _relative_day(summary, fig.start) or 0
    for a, parts, offset in _dates_told_from_writing(facts):
        meant = _shift(parts, offset - said)
        if meant is not None and _dates_agree(s, meant):
            return CheckedFigure(fig, Verdict.DERIVED, (_span(a),),
                                 f"the article's {a.text} is {offset} day(s) before its day of writing, "
                                 f"so {fig.text} is that day" + (f" less {said}" if said else ""))
    return None


def _dates_told_from_writing(facts: ArticleFacts) -> list[tuple[Figure, tuple, int]]:
    """(date, its parts, days before the day of writing) of each article date said with a
    relative day ("hôm qua (14/7)": 1); read once per article, asked for each summary date."""
    def read() -> list[tuple[Figure, tuple, int]]:
        told = ((a, parts, _relative_day(facts.text, a.start)) for a, parts in facts.dates)
        return [(a, parts, offset) for a, parts, offset in told if offset is not None]
    return facts.remembered(("dates told from writing",), read)


def _days_of_writing(facts: ArticleFacts) -> dict[tuple, Figure]:
    """{(month, day) of writing: the first article date that places it} from each article date
    said with a relative day ("chiều nay (1/8)" places it on 1/8, "ngày mai (30/12)" on 29/12);
    read once per article."""
    def read() -> dict[tuple, Figure]:
        days: dict[tuple, Figure] = {}
        for a, parts, offset in _dates_told_from_writing(facts):
            meant = _shift(parts, offset)
            if meant is not None:
                days.setdefault(meant[1:], a)
        return days
    return facts.remembered(("days of writing",), read)


def _another_day_of_writing(s: tuple, summary: str, fig: Figure, facts: ArticleFacts) -> CheckedFigure | None:
    """A day the summary places with a relative day ("tự sát chiều nay (29/7)") that makes
    another day of writing than every relative day of the article does («chiều nay (1/8)»,
    where the article's 29/7 is the day of the killing): the day was moved to another event's.
    Silent when the article places no day of writing, or more than one (a story updated over
    days)."""
    said = _relative_day(summary, fig.start)
    ours = None if said is None else _shift(s, said)
    if ours is None:
        return None
    days = _days_of_writing(facts)
    if len(days) != 1 or ours[1:] in days:
        return None
    (month, day), a = next(iter(days.items()))
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(a),),
                         f"the summary's «{_quote(summary, fig, 20)}» is said on {ours[2]}/{ours[1]}; the "
                         f"article's «{_quote(facts.text, a, 20)}» on {day}/{month}")


_NAMED_DAY_BEFORE = re.compile(r"(?<!\w)(%s)(?:\s*(?:%s))*\s*$" % (
    word_trie(rules.NAMED_DAYS), "|".join(map(re.escape, rules.NAMED_DAY_JOINERS))))


def _named_day(text: str, fig: Figure) -> str | None:
    """The named day ("Quốc tế Phụ nữ") a date is written after ("ngày Quốc tế Phụ nữ 8/3"), or None."""
    m = _NAMED_DAY_BEFORE.search(lowercase(text[max(0, fig.start - 40):fig.start]))
    return None if m is None else m.group(1)


def _named_day_moved(s: tuple, summary: str, fig: Figure, facts: ArticleFacts) -> CheckedFigure | None:
    """A date written after a named day that is not its day ("nhân ngày Quốc tế Phụ nữ 3/3"),
    where the article writes the named day with its own ("ngày Quốc tế Phụ nữ 8/3"): the day of
    another event given to the holiday. Silent when the article never dates the named day."""
    name = _named_day(summary, fig)
    if name is None or s[1:] == rules.NAMED_DAYS[name]:
        return None
    for a, parts in facts.dates:
        if parts[1:] == rules.NAMED_DAYS[name] and _named_day(facts.text, a) == name:
            return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(a),),
                                 f"{fig.text} is not the day of {name}: the article says «{_quote(facts.text, a, 30)}»")
    return None


def _days_after_a_date(s: tuple, fig: Figure, facts: ArticleFacts) -> CheckedFigure | None:
    """ "Ngày 6/8/1945, Mỹ thả quả bom ... Ba ngày sau, Mỹ thả quả bom thứ hai" dates the second
    bomb 9/8/1945: a count of days the article tells as later ("N ngày sau"), from the last
    date it gives before, within NEAR characters."""
    for n in facts.numbers:
        if n.unit != rules.DAY_WORD or n.qualifier is not None or n.value != int(n.value):
            continue
        later = " ".join(_next_words(facts.text, n.end, 3)[1:])
        if not any(later == w or later.startswith(w + " ") for w in rules.DAYS_LATER_WORDS):
            continue
        base = _last_date_before(facts, n.start)
        if base is None:
            continue
        a, parts = base
        meant = _shift(parts, int(n.value))
        if meant is not None and _dates_agree(s, meant):
            return CheckedFigure(fig, Verdict.DERIVED, (_span(a), _span(n)),
                                 f"{n.text} {rules.DAY_WORD} after the article's {a.text} is {fig.text}")
    return None


#: "ngày 30 và 31", "ngày 4": days written with no month (not "ngày 30/5", "ngày 30 tháng 5").
_DAYS_WITHOUT_MONTH = re.compile(   # (`(?<!\w)` asked after the first letter: `word_trie_at_word_start`)
    rf"{word_trie_at_word_start([rules.DAY_WORD])}\s+(\d{{1,2}}(?:\s*(?:{'|'.join(map(re.escape, rules.DAY_LIST_JOINERS))})\s*\d{{1,2}})*)"
    rf"(?!\d|\s*[/.–-]\s*\d|\s+{rules.MONTH_WORD}\b)")


def _day_of_the_running_month(s: tuple, fig: Figure, facts: ArticleFacts) -> CheckedFigure | None:
    """ "Kỳ thi diễn ra ngày 28-29/5 ... thi thêm trong ngày 30 và 31": a day the article writes
    with no month is of the month of the last date it gave before (within NEAR characters), so
    the summary's "30-31/5" restates it."""
    year, month, day = s
    if day is None or not isinstance(month, int):
        return None
    for m in _DAYS_WITHOUT_MONTH.finditer(facts.lower):
        if day not in (int(d) for d in re.findall(r"\d+", m.group(1))):
            continue
        base = _last_date_before(facts, m.start())
        if base is None:
            continue
        a, (base_year, base_month, _) = base
        if base_month == month and (year is None or base_year is None or base_year == year):
            said = Span(facts.text[m.start():m.end()], m.start(), m.end())
            return CheckedFigure(fig, Verdict.SUPPORTED, (said, _span(a)),
                                 f"the article says {said.text}, in the month of its {a.text}")
    return None


def _last_date_before(facts: ArticleFacts, pos: int) -> tuple[Figure, tuple] | None:
    """The article's last date with a day before pos, if it stands within NEAR characters."""
    found = None
    for a, parts in facts.dates:
        if a.end > pos:
            break
        if parts[2] is not None:
            found = (a, parts)
    if found is None or pos - found[0].end > NEAR:
        return None
    return found


def _year_of_another_slot(fig: Figure, summary: str, years: list[Figure], facts: ArticleFacts) -> CheckedFigure | None:
    """A year the article gives only in other slots, while another year fills the summary's
    (`_said_of_another`): "Sài Gòn xưa của những năm 1975" where the article says "... những
    năm 1960" and its 1975 is "Kể từ sau năm 1975". Only where the article writes the year alone
    every time: inside a date or a period it is a statement the slots do not read."""
    if int(fig.value) in facts.years_in_dates:
        return None
    stated = facts.year_figures_by_value.get(int(fig.value), [])
    return _said_of_another(fig, _Around(summary, fig), stated, stated, years, facts)


_BIRTH_BEFORE = re.compile(r"(?<!\w)(?:%s)\s*(?:%s\s*)?$" % (word_trie(rules.BIRTH_YEAR_WORDS), rules.YEAR_WORD))
_MAYBE_BIRTH_BEFORE = re.compile(r"(?<!\w)(?:%s)\s*(?:%s\s*)?$" % (word_trie(rules.MAYBE_BIRTH_YEAR_WORDS), rules.YEAR_WORD))
_TIME_BEFORE = re.compile(r"(?<!\w)(?:%s)\s*(?:%s\s*)?$" % (word_trie(rules.YEAR_TIME_WORDS), rules.YEAR_WORD))
_BIRTH_SENTENCE = re.compile(r"(?<!\w)(?:%s)(?!\w)" % word_trie(rules.BIRTH_SENTENCE_WORDS))


@lru_cache(maxsize=4)
def _lowered(summary: str) -> str:
    """A summary lowercased once for all its figures: a question that reads the summary's words
    around each of its years or days would otherwise lowercase a long summary once per figure."""
    return lowercase(summary)


def _year_is_birth(lower: str, year: Figure) -> bool | None:
    """Is the year a person's year of birth ("sinh năm 1989", "(SN 1975")? True; None when
    unsure: a year in brackets or after a comma ("Nguyễn Văn A (1975)", "A, 1975,") may be
    one; else False."""
    before = lower[max(0, year.start - 32):year.start]
    m = _BIRTH_BEFORE.search(before)
    if m is not None:
        said_before = before[:m.start()].split()
        # "hy sinh năm 1972", "thí sinh năm 2019": "sinh" is then part of another word
        return not (m.group().startswith("sinh") and said_before and said_before[-1] in rules.NOT_BIRTH_BEFORE_SINH)
    if _MAYBE_BIRTH_BEFORE.search(before) or before.rstrip().endswith(("(", ",")) and not _TIME_BEFORE.search(before):
        return None
    return False


def _article_year_is_birth(facts: ArticleFacts, year: Figure) -> bool | None:
    """`_year_is_birth` of an article year, read once per article (each of a long summary's
    years asks of every statement of its value)."""
    return facts.remembered(("birth year", year.start), partial(_year_is_birth, facts.lower, year))


def _birth_year_of_another(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure | None:
    """A year the summary gives to a birth that the article gives only to other things, while
    it tells births of other years ("chàng nghệ sĩ sinh năm 2013" where the article's 2013 is
    «theo đuổi con đường ca hát từ năm 2013» and its singer «sinh năm 1989»); or a year the
    article gives only to births that the summary gives to an event ("tài xế gây tai nạn ...
    trong những ngày cuối 1942" where the article's 1942 is «bà B. (SN 1942)»): the event read
    by the grammar of the date's clause (`_event_of_date`), or the year written as a time
    (`rules.YEAR_TIME_WORDS`). Silent when unsure: a year also written in a date or a period,
    said of a birth and of something else, or in brackets or after a comma; a summary sentence
    that tells a birth in other words."""
    value = int(fig.value)
    stated = facts.year_figures_by_value.get(value, [])
    if not stated or value in facts.years_in_dates:
        return None
    lower = _lowered(summary)
    ours = _year_is_birth(lower, fig)
    theirs = {_article_year_is_birth(facts, a) for a in stated}
    if ours and theirs == {False}:
        b = next((b for b in facts.year_figures if int(b.value) != value and _article_year_is_birth(facts, b)), None)
        if b is None:
            return None
        a = stated[0]
        return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(a), _span(b)),
                             f"the article's {fig.value} is not a birth year: «{_quote(facts.text, a)}»; "
                             f"it gives {b.text} as one: «{_quote(facts.text, b)}»")
    if ours is False and theirs == {True} and _year_of_an_event(summary, lower, fig, facts):
        a = stated[0]
        return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(a),),
                             f"the article gives {fig.value} only as a birth year: «{_quote(facts.text, a)}»")
    return None


def _year_of_an_event(summary: str, lower: str, fig: Figure, facts: ArticleFacts) -> bool:
    """Does the summary give the year to an event, write it as a time, or give it to a name as
    its edition ("ghi điểm tại The Face năm 1992"), in a sentence that tells no birth?"""
    here = facts.summary_sentence(summary, fig.start)
    if here is None or _BIRTH_SENTENCE.search(lower, here.start, here.end):
        return False
    if _TIME_BEFORE.search(lower[max(0, fig.start - 24):fig.start]) or _named_year_key(summary, fig.start):
        return True
    return _event_of_date(summary, lower, here.start, here.end, fig, sure=False) is not None


def _verify_year(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure:
    a = facts.years.get(int(fig.value))
    if a is not None:
        years = facts.year_figures
        held = _held_by_another(fig, summary, facts.year_figures_by_value.get(int(fig.value), []), years, facts)
        if held is not None:
            return held
        base = _only_a_base(fig, summary, facts) or _named_with_another_year(fig, summary, facts)
        if base is not None:
            return base
        moved = _year_of_another_slot(fig, summary, years, facts) or _birth_year_of_another(fig, summary, facts)
        if moved is not None:
            return moved
        past = _this_years_part_given_a_past_year(fig, summary, facts) \
            or _year_of_a_sentence_told_of_another(fig, summary, facts) \
            or _this_years_part_by_writing(fig, summary, facts) \
            or _edition_of_another_year(fig, summary, facts)
        if past is not None:
            return past
        return CheckedFigure(fig, Verdict.SUPPORTED, (_span(a),), f"the article says {a.text}")
    token = str(fig.value)
    i = facts.text.find(token)
    while i >= 0:
        before = facts.text[i - 1] if i else " "
        after = facts.text[i + 4] if i + 4 < len(facts.text) else " "
        if not before.isalnum() and not after.isdigit():
            return CheckedFigure(fig, Verdict.SUPPORTED, (Span(token, i, i + 4),), f"the article mentions {token}")
        i = facts.text.find(token, i + 1)
    return _year_from_writing(fig, summary, facts) \
        or CheckedFigure(fig, Verdict.UNSUPPORTED, (), f"the article never mentions the year {token}")


#: The words of a name a year is given to ("Vietnam Idol 2012", "Festival Huế năm 2018"): up to
#: four words before the year (with "năm" or not), of which the capitalised ones at the end.
_NAME_WORDS = 4
@lru_cache(maxsize=1024)
def _whole_digit_run(digits: str) -> re.Pattern:
    """`digits` with no digit before or after; the literal first, so that `re` skips from one
    place it is written to the next."""
    literal = re.escape(digits)
    return re.compile(literal + r"(?<!\d" + literal + r")(?!\d)")
_NAMED_YEAR = re.compile(r"(?<!\w)((?:[^\W\d_]+[ \t]+){0,%d}[^\W\d_]+)[ \t]+(?:%s[ \t]+)?$" % (_NAME_WORDS - 1, rules.YEAR_WORD))


_TITLE_OF = {alias: names[0] for names in rules.TITLE_ALIASES for alias in names}


def _named_year_key(text: str, start: int, least: int = 2) -> str | None:
    """The name a year at `start` is given to, lowercased ("vietnam idol" for "Quán quân Vietnam
    Idol năm 2012"): the capitalised words just before it, `least` at least; else None. A title
    of `rules.TITLE_ALIASES` is read under its first name ("Miss World" as "hoa hậu thế giới")."""
    name = _name_before_year(text, start, least)
    return _TITLE_OF.get(name, name)


def _name_before_year(text: str, start: int, least: int) -> str | None:
    """The name a year at `start` is given to as written, lowercased: a title's words, else the
    capitalised words just before it, `least` at least; else None (`_named_year_key` reads a
    title's other names as one)."""
    wide = _TITLED_YEAR.search(text, max(0, start - 80), start)
    titled = _titled_name(wide.group(1).split()) if wide is not None else None
    if titled is not None:
        return titled
    m = _NAMED_YEAR.search(text, max(0, start - 60), start)
    if m is None:
        return None
    words = m.group(1).split()
    i = len(words)
    while i and words[i - 1][:1].isupper():
        i -= 1
    name = words[i:]
    if len(name) < least:
        return None
    return " ".join(name).lower()


_TITLE_HEADS = tuple(tuple(h.split()) for h in rules.TITLE_NAME_HEADS)
#: The words of a title a year is given to: up to seven ("Hoa hậu Hoàn vũ Việt Nam 2019").
_TITLED_YEAR = re.compile(r"(?<!\w)((?:[^\W\d_]+[ \t]+){0,6}[^\W\d_]+)[ \t]+(?:%s[ \t]+)?$" % rules.YEAR_WORD)


def _titled_name(words: list[str]) -> str | None:
    """A title written with words in lower case before a year ("Hoa hậu Hoàn vũ Việt Nam 2019",
    "Hoa hậu Thế giới Việt Nam"), read from its head (`rules.TITLE_NAME_HEADS`) to the year when
    a capitalised word follows the head; else None."""
    lowered = [w.lower() for w in words]
    for i in range(len(words) - 1, -1, -1):
        for head in _TITLE_HEADS:
            n = len(head)
            if tuple(lowered[i:i + n]) == head and i + n < len(words) and words[i + n][:1].isupper():
                return " ".join(lowered[i:])
    return None


#: What joins the years of a list ("năm 2022, 2023 và 2024"): each is given to the name before the first.
_YEAR_LIST_JOINER = re.compile(r"\s*(?:,|%s)\s*$" % "|".join(w for w in rules.LIST_JOINERS if w.isalpha()))


def years_by_name(named_years: list[tuple[Figure, str | None]], text: str) -> dict[str, list[tuple[Figure, int]]]:
    """{name: (year figure, year) of each year the article gives to it}, those listed after
    one of them included ("Điểm chuẩn Đại học Dược Hà Nội năm 2022, 2023, 2024"): one pass
    over the article's years, so that a summary of many years does not read them all again."""
    given: dict[str, list[tuple[Figure, int]]] = {}
    names_before: set[str] = set()  # the names the year before is given to
    previous = None
    for f, name in named_years:
        joined = previous is not None and names_before and _YEAR_LIST_JOINER.match(text, previous.end, f.start)
        names = (names_before if joined else set()) | ({name} if name is not None else set())
        for key in names:
            given.setdefault(key, []).append((f, int(f.value)))
        names_before, previous = names, f
    return given


def _named_with_another_year(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure | None:
    """A year the summary gives to a name that the article gives only with other years:
    "Vietnam Idol năm 1987" where the article says "Vietnam Idol 2012" (1987 is the singer's
    birth year); "Tây Du Ký năm 1983" where the article's series is "Tây Du Ký 1986". Not for the
    latest year the article names: a yearly event's edition of the year of writing ("Vietnam
    iContent Awards 2025" in a 2025 article that names the 2024 edition) is another edition."""
    if int(fig.value) >= max(facts.years):
        return None
    key = _named_year_key(summary, fig.start)
    if key is None:
        return None
    given = facts.years_by_name.get(key, [])
    # the years given to one name, counted once per name (a long article names one prize
    # thousands of times, and each of a long summary's years asks)
    named = facts.remembered(("years named", key), lambda: len({y for _, y in given}))
    if named != 1 or given[0][1] == int(fig.value):
        return None  # not named with a year, or with several (the editions of a yearly event)
    # the summary's year given to the name shortened ("FIDE Circuit 2024" ... "Circuit 2025")
    for f in facts.year_figures_by_value.get(int(fig.value), []):
        short = _named_year_key(facts.text, f.start, least=1)
        if short and (key.endswith(" " + short) or short.endswith(" " + key)):
            return None
    other = given[0][0]
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(other),),
                         f"the article gives «{_quote(facts.text, other)}», not {fig.value}, to {key}")


def _after_comparison(text: str, pos: int) -> bool:
    """Does a word of comparison ("so với", "cùng kỳ") stand just before pos (30 characters)?"""
    before = text[max(0, pos - 30):pos].lower()
    cut = max(before.rfind(c) for c in ".!?;\n")
    before = before[cut + 1:]  # in its own sentence only
    return any(w in before for w in rules.COMPARISON_BASE_WORDS)


def _only_a_base(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure | None:
    """A year the article gives only as the base of a comparison ("tăng 120% so với nửa đầu năm
    2024"), given by the summary to the period itself ("Trong nửa đầu năm 2024, ... tăng"): the
    comparison base's year given to the current period."""
    if _after_comparison(summary, fig.start):
        return None
    token = str(fig.value)
    found = facts.digit_run_starts(token)
    if not found or not all(_after_comparison(facts.text, p) for p in found):
        return None
    p = found[0]
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (Span(token, p, p + len(token)),),
                         f"the article gives {token} only as the base of a comparison: "
                         f"«{' '.join(facts.text[max(0, p - 40):p + 4].split())}»")


def _verify_period(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure:
    y1, y2 = fig.value
    for a in facts.figures:
        if a.kind is Kind.PERIOD and tuple(a.value) == (y1, y2):
            return CheckedFigure(fig, Verdict.SUPPORTED, (_span(a),), f"the article says {a.text}")
    if y1 in facts.years and y2 in facts.years:
        ev = (_span(facts.years[y1]), _span(facts.years[y2]))
        return CheckedFigure(fig, Verdict.SUPPORTED, ev, f"the article mentions {y1} and {y2}")
    for a in facts.figures:
        if a.kind is Kind.PERIOD and (a.value[0] == y1 or a.value[1] == y2):
            return CheckedFigure(fig, Verdict.MISMATCH, (_span(a),), f"the article gives {a.text}, not {fig.text}")
    return CheckedFigure(fig, Verdict.UNSUPPORTED, (), f"the article gives no period {fig.text}")


def _verify_time(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure:
    for a in facts.figures:
        if a.kind is Kind.TIME and a.value == fig.value:
            return CheckedFigure(fig, Verdict.SUPPORTED, (_span(a),), f"the article says {a.text}")
    beside = written_beside(fig, summary, facts.lower, facts.text, facts.figure_starts)
    if beside is not None:
        return _written_so(fig, beside)
    return CheckedFigure(fig, Verdict.UNSUPPORTED, (), f"the article gives no time {fig.text}")


def _verify_identifier(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure:
    a = facts.identifiers.get(str(fig.value).upper())
    if a is not None:
        return CheckedFigure(fig, Verdict.SUPPORTED, (_span(a),), f"the article cites {a.text}")
    ordinal = _named_ordinal(fig, summary, facts)
    if ordinal is not None:
        return CheckedFigure(fig, Verdict.SUPPORTED, (ordinal,), f"the article says {ordinal.text}")
    at = _cited_alone(facts.text, fig.text)
    if at is not None:
        return CheckedFigure(fig, Verdict.SUPPORTED, (Span(fig.text, at, at + len(fig.text)),),
                             f"the article cites {fig.text}")
    beside = written_beside(fig, summary, facts.lower, facts.text, facts.figure_starts)
    if beside is not None:
        return _written_so(fig, beside)
    return CheckedFigure(fig, Verdict.UNSUPPORTED, (), f"the article never cites {fig.text}")


def _named_ordinal(fig: Figure, summary: str, facts: ArticleFacts) -> Span | None:
    """ "mùa 4" in the summary, "mùa thứ tư" (or "mùa thứ 4") in the article: the same name."""
    if not fig.text.isdigit() or len(fig.text) > MAX_DIGITS or fig.start < 2:
        return None
    j = summary.rfind(" ", 0, fig.start - 1)
    name = summary[j + 1:fig.start - 1].lower()
    if not name.isalpha():
        return None
    return _ordinal_in_article(name, int(fig.text), facts)


def _quarter_in_words(fig: Figure, facts: ArticleFacts) -> Span | None:
    """ "quý 2" (no year) where the article writes "quý thứ hai" or "quý hai"."""
    if not (isinstance(fig.value, str) and fig.value.startswith(_QUARTER_NO_YEAR)):
        return None
    quarter = int(fig.value[len(_QUARTER_NO_YEAR):])
    said = _ordinal_in_article(rules.QUARTER_WORD, quarter, facts)
    if said is not None:
        return said
    for word, value in rules.QUARTER_NUMBER_WORDS.items():
        if value == quarter:
            found = _whole_phrase(facts, f"{rules.QUARTER_WORD} {word}")
            if found is not None:
                return found
    return None


#: How a quarter with no year is written as a date value ("-Q2").
_QUARTER_NO_YEAR = "-Q"


def _whole_phrase(facts: ArticleFacts, phrase: str) -> Span | None:
    """The first place the article writes `phrase` (lowercase) as whole words."""
    i = facts.lower.find(phrase)
    while i >= 0:
        j = i + len(phrase)
        if (i == 0 or not facts.lower[i - 1].isalnum()) and (j >= len(facts.lower) or not facts.lower[j].isalnum()):
            return Span(facts.text[i:j], i, j)
        i = facts.lower.find(phrase, j)
    return None


def _ordinal_in_article(head: str, value: int, facts: ArticleFacts) -> Span | None:
    """Where the article writes "<head> thứ <value>", in digits or in words."""
    opener = f"{head} {_ORDINAL_WORD} "
    i = facts.lower.find(opener)
    while i >= 0:
        k = i + len(opener)
        words = facts.lower[k:k + 8].split(maxsplit=1)
        word = words[0].rstrip(".,;:!?)") if words else ""
        if rules.ORDINAL_WORDS.get(word) == value or word == str(value):
            return Span(facts.text[i:k + len(word)], i, k + len(word))
        i = facts.lower.find(opener, k)
    return None


def _opens_streak(text: str, end: int) -> bool:
    """Whether a streak word follows the figure that ends at `end` ("lần thứ ba liên tiếp")."""
    return text[end:end + 16].lstrip().lower().startswith(rules.STREAK_WORDS)


#: Words after a number word that make it part of a longer number ("hai mươi năm liên tiếp").
_LONGER_NUMBER = rules.TENS_MARKERS | set(rules.HUNDRED_WORDS) | set(rules.AFTER_TENS_DIGITS)
_WORD_IN_STREAK = re.compile(r"[^\s()\[\]\"“”]+")


def _streak_of_length(n: int, facts: ArticleFacts) -> Span | None:
    """Where the article states a streak of n, as an ordinal or a count a few words before a
    streak word in its clause: "lần thứ ba liên tiếp", "ba kỳ World Cup liên tiếp", "3 năm liên tiếp"."""
    lower = facts.lower
    for streak in rules.STREAK_WORDS:
        i = lower.find(streak)
        while i >= 0:
            opening = max(0, i - NEXT_WORDS_REACH)
            opening = max([opening] + [lower.rfind(mark, opening, i) + 1 for mark in ",.;:!?\n"])
            words = list(_WORD_IN_STREAK.finditer(lower, opening, i))[-rules.STREAK_REACH_WORDS:]
            for k, w in enumerate(words):
                word = w.group()
                if (word == str(n) or rules.DIGIT_WORDS.get(word) == n or rules.ORDINAL_WORDS.get(word) == n) \
                        and (k + 1 == len(words) or words[k + 1].group() not in _LONGER_NUMBER):
                    return Span(facts.text[w.start():i + len(streak)], w.start(), i + len(streak))
            i = lower.find(streak, i + len(streak))
    return None


def _against_same_head(fig: Figure, same_head: list[Figure]) -> CheckedFigure:
    """An ordinal against the article's ordinals of its head ("lần thứ 3" and "lần thứ 4"):
    borne out by one of the same value, else a mismatch with the first."""
    for a in same_head:
        if a.value == fig.value:
            return CheckedFigure(fig, Verdict.SUPPORTED, (_span(a),), f"the article says {a.text}")
    a = same_head[0]
    return CheckedFigure(fig, Verdict.MISMATCH, (_span(a),), f"the article gives {a.text}, not {fig.text}")


def _verify_streak(fig: Figure, facts: ArticleFacts) -> CheckedFigure | None:
    """ "lần thứ hai liên tiếp" (the second in a row) against the article's streaks: one of the
    same head numbers the same streak; else any streak of that length bears it out ("năm thứ
    hai liên tiếp", "hai lần liên tiếp"). None where the article tells of no such streak."""
    same_head = [a for a in facts.figures if a.kind is Kind.ORDINAL and a.unit == fig.unit
                 and _opens_streak(facts.text, a.end)]
    if same_head:
        return _against_same_head(fig, same_head)
    found = _streak_of_length(int(fig.value), facts)
    if found is not None:
        return CheckedFigure(fig, Verdict.SUPPORTED, (found,), f"the article says {found.text}")
    return None


def _verify_ordinal(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure:
    if fig.unit is not None and _opens_streak(summary, fig.end):
        streak = _verify_streak(fig, facts)
        if streak is not None:
            return streak
    # the same head ("lần thứ 3" and "lần thứ 4"); an ordinal without a known noun
    # ("con gái thứ 3", "chồng thứ 4") has none to share
    same_head = [a for a in facts.figures if a.kind is Kind.ORDINAL and fig.unit is not None and a.unit == fig.unit]
    if same_head:
        return _against_same_head(fig, same_head)
    for a in facts.figures:
        if a.kind is Kind.ORDINAL and a.value == fig.value:
            return CheckedFigure(fig, Verdict.SUPPORTED, (_span(a),), f"the article says {a.text}")
    edition = _same_edition(fig, facts)
    if edition is not None:
        return CheckedFigure(fig, Verdict.SUPPORTED, (edition,), f"the article says {edition.text}")
    beside = written_beside(fig, summary, facts.lower, facts.text, facts.figure_starts)
    if beside is not None:
        return _written_so(fig, beside)
    return CheckedFigure(fig, Verdict.UNSUPPORTED, (), f"the article gives no {fig.text}")


def _same_edition(fig: Figure, facts: ArticleFacts) -> Span | None:
    """ "lần thứ 6" of an event in the summary, "mùa thứ 6" (or "mùa thứ sáu") in the article."""
    if fig.unit not in rules.EDITION_HEADS:
        return None
    for head in rules.EDITION_HEADS:
        found = _ordinal_in_article(head, int(fig.value), facts)
        if found is not None:
            return found
    return None


def _score_pair(fig: Figure) -> tuple[int, int] | None:
    """(a, b) of a score, or of a range written "a-b" that may be one ("thua 1-2")."""
    if fig.kind is Kind.SCORE:
        a, b = fig.value.split("-")
        return int(a), int(b)
    if fig.kind is Kind.RANGE and "-" in fig.text and all(float(v).is_integer() for v in fig.value):
        return int(fig.value[0]), int(fig.value[1])
    return None


def _verify_score(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure:
    """A result is borne out by the same result, from either side ("thua 0-3" restates "thắng 3-0")."""
    pair = _score_pair(fig)
    same = {pair, pair[::-1]}
    scores = [(a, _score_pair(a)) for a in facts.figures if a.kind in (Kind.SCORE, Kind.RANGE)]
    for a, other in scores:
        if other in same:
            return CheckedFigure(fig, Verdict.SUPPORTED, (_span(a),), f"the article says {a.text}")
    won = shutout(pair, facts.lower, facts.text) or goals_told(pair, facts.lower, facts.text)
    if won is not None:
        return CheckedFigure(fig, Verdict.SUPPORTED, (won,), f"the article says {won.text}")
    return CheckedFigure(fig, Verdict.UNSUPPORTED, (), f"the article gives no result {fig.text}")


#: Figures that are not quantities, by kind; quantities go to `_verify_quantity`.
_VERIFIERS = {
    Kind.IDENTIFIER: _verify_identifier, Kind.ORDINAL: _verify_ordinal, Kind.DATE: _verify_date,
    Kind.YEAR: _verify_year, Kind.PERIOD: _verify_period, Kind.TIME: _verify_time,
    Kind.SCORE: _verify_score,
}


# --- The time a value is stated for: this year's period given a past year (time9) ---------

_QUARTER_NUMERAL = "|".join(sorted(rules.QUARTER_NUMERALS, key=len, reverse=True))
_MONTH_COUNT_PART = r"(\d{1,2}|%s) (%s)" % ("|".join(rules.MONTH_COUNT_WORDS), "|".join(rules.MONTHS_OF_YEAR_PART))
#: A part of a year, as written: "nửa đầu", "6 tháng đầu", "quý II" (lowercased text).
_YEAR_PART = re.compile(r"(?<!\w)(?:(%s)|%s|%s (%s))(?!\w)" % (
    word_trie(rules.YEAR_PART_PHRASES), _MONTH_COUNT_PART, rules.QUARTER_WORD, _QUARTER_NUMERAL))
#: What may follow a part of a year: "năm" and a year ("nửa đầu năm 2024", "quý II/2024",
#: "quý II năm 2024", "nửa đầu 2025"), or "năm" alone (this year's: "nửa đầu năm").
_AFTER_YEAR_PART = re.compile(r"(?:\s+%s)?(?:\s*/\s*|\s+)?(\d{4})?(?!\d)" % rules.YEAR_WORD)
#: A year a word of the year before stands with: "Năm trước, TMT lỗ ... trong năm 2024".
_LAST_YEAR = re.compile(r"(?<!\w)(?:%s)(?!\s+(?:%s)(?!\w))(?!\w)" % (
    word_trie(rules.LAST_YEAR_WORDS), "|".join(rules.LAST_YEAR_NOT_BEFORE)))
#: A year written in a clause: four digits standing alone.
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
#: How far after a word of the year before its year is looked for; how far before a year
#: a word of comparison makes it a base.
_LAST_YEAR_REACH = 60
#: How far before a summary's year the part of a year it is given to may begin ("6 tháng
#: cuối năm 2024": the part's words and "năm").
_PART_BEFORE_YEAR = 24


def _year_part_key(m: re.Match) -> str:
    """The part of a year a `_YEAR_PART` match names: "H1", "Q2", "M5" (the first five months)."""
    if m.group(1):
        return rules.YEAR_PART_PHRASES[m.group(1)]
    if m.group(2):
        n = rules.MONTH_COUNT_WORDS.get(m.group(2)) or int(m.group(2))
        first = m.group(3) == rules.MONTHS_OF_YEAR_PART[0]
        if n in (3, 6):  # a quarter, a half, however written
            return {(3, True): "Q1", (3, False): "Q4", (6, True): "H1", (6, False): "H2"}[n, first]
        return f"{'M' if first else 'L'}{n}"
    return f"Q{rules.QUARTER_NUMERALS[m.group(4)]}"


def _year_parts(lower: str, lo: int = 0, hi: int | None = None) -> list[tuple[str, int | None, int, int, bool]]:
    """(part, year or None, start, end, a base?) for each part of a year the text names:
    "nửa đầu năm" is (H1, None, ...), "quý II/2024" (Q2, 2024, ...); a base when a word of
    comparison stands before it ("so với cùng kỳ quý II/2024"). A bare "nửa đầu" or "6 tháng
    đầu" with neither "năm" nor a year after it ("nửa đầu cuộc đua") is no part of a year."""
    found = []
    for m in _YEAR_PART.finditer(lower, lo, len(lower) if hi is None else hi):
        after = _AFTER_YEAR_PART.match(lower, m.end())
        year = int(after.group(1)) if after.group(1) else None
        if year is None and not m.group(4) and not after.group().strip().startswith(rules.YEAR_WORD):
            continue
        found.append((_year_part_key(m), year, m.start(), after.end(), _after_comparison(lower, m.start())))
    return found


#: How far back the clause of a year is read (characters): an endless sentence is cut there.
_YEAR_CLAUSE_REACH = 300


def _clause_start(lower: str, pos: int) -> int:
    """Where the clause holding `pos` begins: after the last mark of `_CLAUSE_END` before it
    (commas do not end it: "Năm trước, TMT lỗ ... trong năm 2024" is one clause), at most
    `_YEAR_CLAUSE_REACH` characters back."""
    reach = max(0, pos - _YEAR_CLAUSE_REACH)
    ends = list(_CLAUSE_END.finditer(lower, reach, pos))
    return ends[-1].end() if ends else reach


def _year_told_past(facts: ArticleFacts, year: int) -> Span | None:
    """Where the article tells `year` as past to its time of writing: a word of the year before
    with it in one clause, no other year between ("Năm trước, TMT lỗ hơn 315 tỷ trong năm
    2024"); or the year as the base a reported period is compared with, in a clause that names
    no other year and no plan ("doanh thu đạt 455,7 tỷ đồng, cao hơn gấp đôi so với quý
    II/2024"). None when it does neither (a base of a plan may be the year of writing)."""
    lower = facts.lower
    for p in facts.digit_run_starts(str(year)):
        start = _clause_start(lower, p)
        clause = lower[start:p]
        if _opens_with_last_year(clause):
            return Span(facts.text[start:p + 4].strip(), start, p + 4)
        if _after_comparison(lower, p) and _FOUR_DIGITS.search(clause) is None \
                and not any(w in clause for w in rules.PLAN_OR_FORECAST_WORDS):
            return Span(facts.text[start:p + 4].strip(), start, p + 4)
    return None


def _opens_with_last_year(clause: str) -> bool:
    """Does a clause that runs up to a year open with a word of the year before ("Năm trước,
    TMT lỗ hơn 315 tỷ trong năm 2024"; "Hồi năm ngoái, ..."), name no other year and stay
    within `_LAST_YEAR_REACH`? The year is then the year before the one of writing. A word of
    the year before later in the clause may be said of something else ("tăng 115% so với cùng
    kỳ năm ngoái, hoàn thành 50% mục tiêu kinh doanh 2025")."""
    m = _LAST_YEAR.search(clause)
    if m is None or len(clause) - m.start() > _LAST_YEAR_REACH:
        return False
    lead = clause[:m.start()].split()
    return all(w in rules.LAST_YEAR_LEADS for w in lead) \
        and _FOUR_DIGITS.search(clause) is None


def _summary_year_part(fig: Figure, summary: str) -> str | None:
    """The part of a year the summary gives `fig`'s year to, as the period it reports
    ("Nửa đầu năm 2024, doanh thu ..." -> "H1"; "quý II/2024" -> "Q2"); None when the year
    stands alone or is the base of a comparison ("tăng so với quý II/2024")."""
    lower = _lowered(summary)
    for part, year, start, end, base in _year_parts(lower, max(0, fig.start - _PART_BEFORE_YEAR), fig.end):
        if year == _year_of(fig) and not base and end >= fig.end:
            return part
    return None


def _year_of(fig: Figure) -> int | None:
    return int(fig.value) if fig.kind is Kind.YEAR else _date_parts(fig.value)[0]


def _this_years_part_given_a_past_year(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure | None:
    """A part of a year the article reports with no year (this year's: "doanh thu nửa đầu năm
    hơn 1.233 tỷ đồng") given by the summary a year the article tells as past ("Nửa đầu năm
    2024, doanh thu ...", where the article says "Năm trước, TMT lỗ hơn 315 tỷ trong năm
    2024"; "Báo cáo tài chính quý II/2024" where the article's quarter is "gấp đôi so với quý
    II/2024"). Silent when the article also reports that part with that year, or tells the
    year past only as the base of a plan."""
    year = _year_of(fig)
    part = _summary_year_part(fig, summary) if year is not None else None
    if part is None:
        return None
    parts = facts.remembered(("year parts",), lambda: _year_parts(facts.lower))
    same = [(y, s, e) for p, y, s, e, base in parts if p == part and not base]
    if any(y == year for y, _, _ in same):
        return None
    unyeared = next(((s, e) for y, s, e in same if y is None), None)
    if unyeared is None:
        return None
    past = _year_told_past(facts, year)
    if past is None:
        return None
    s, e = unyeared
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (Span(facts.text[s:e], s, e), past),
                         f"the article reports «{_quote(facts.text, Span(facts.text[s:e], s, e))}» with no year "
                         f"(this year's), and tells {year} as past: «{' '.join(past.text.split())}»")


# --- The time a value is stated for: a value told for another time (time9) ---------------

#: A time that opens a sentence, after the words that may lead it (`rules.TIME_LEADS`).
_TIME_LEAD = re.compile(r"(?:(?:%s)\s+)*" % word_trie(rules.TIME_LEADS))
_RELATIVE_YEAR = re.compile(r"(%s|%s)(?!\s+(?:%s)(?!\w))(?!\w)" % (
    word_trie(rules.THIS_YEAR_WORDS), word_trie(rules.LAST_YEAR_WORDS), "|".join(rules.LAST_YEAR_NOT_BEFORE)))
_YEAR_ALONE = re.compile(r"(?:%s\s+)?((?:19|20)\d\d)(?![\d/.,]\d)" % rules.YEAR_WORD)
_SEASON = re.compile(r"%s(?:\s+%s)?\s+(?:((?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d)|(%s)|(%s))(?!\w)" % (
    rules.SEASON_WORD, "|".join(rules.SEASON_AFTER), word_trie(rules.THIS_SEASON_WORDS),
    word_trie(rules.LAST_SEASON_WORDS)))
_CUMULATIVE = re.compile(r"(?<!\w)(?:%s)(?!\w)" % word_trie(rules.CUMULATIVE_TIME_WORDS))
#: The months of each part of a year (`_year_part_key`), to tell parts that overlap.
_PART_MONTHS = {"H1": range(1, 7), "H2": range(7, 13), **{f"Q{q}": range(3 * q - 2, 3 * q + 1) for q in range(1, 5)}}
#: How many characters of a sentence's opening are read for its time.
_OPENING = 48
#: Marks a sentence may open with before its time ("(Năm 2024, ...").
_TIME_OPENING_MARKS = " \"“'(-–"


def _months_of(part: str) -> range:
    if part in _PART_MONTHS:
        return _PART_MONTHS[part]
    n = int(part[1:])
    return range(1, n + 1) if part[0] == "M" else range(13 - n, 13)


def _sentence_time(lower: str, start: int, pos: int) -> tuple | None:
    """The time the sentence from `start` is told of, when a time opens it, before `pos`:
    ("year", None, 2024) for "Năm 2024, ..."; ("year", None, "last") for "Năm ngoái, ...";
    ("part", "H1", "this") for "6 tháng đầu năm, ..."; ("part", "Q2", 2024) for "Quý II/2024,
    ..."; ("season", None, "2024-2025" | "this" | "last"). ("cumulative",) for a running total
    ("Lũy kế 6 tháng, ...", "Từ đầu năm đến nay, ..."), which overlaps any part of the year.
    None when no time opens the sentence (a time later in it may be said of one clause only)."""
    head = lower[start:min(pos, start + _OPENING)]
    opened = head.lstrip(_TIME_OPENING_MARKS)
    at = len(head) - len(opened) + _TIME_LEAD.match(opened).end()  # the leads may be none
    if _CUMULATIVE.match(head, at):
        return ("cumulative",)
    m = _YEAR_PART.match(head, at)
    if m is not None:
        after = _AFTER_YEAR_PART.match(head, m.end())
        if after.group(1):
            return ("part", _year_part_key(m), int(after.group(1)))
        if after.group().strip() == rules.YEAR_WORD:  # "nửa đầu năm", "nửa đầu năm ngoái"
            rel = _RELATIVE_YEAR.match(head, head.index(rules.YEAR_WORD, m.end()))
            last = rel is not None and rel.group(1) not in rules.THIS_YEAR_WORDS
            return ("part", _year_part_key(m), "last" if last else "this")
        return ("part", _year_part_key(m), "this") if m.group(4) else None
    m = _RELATIVE_YEAR.match(head, at)
    if m is not None:
        return ("year", None, "this" if m.group(1) in rules.THIS_YEAR_WORDS else "last")
    m = _SEASON.match(head, at)
    if m is not None:
        return ("season", None, "".join(m.group(1).split()) if m.group(1) else "this" if m.group(2) else "last")
    m = _YEAR_ALONE.match(head, at)
    if m is not None and (m.group().startswith(rules.YEAR_WORD) or head[m.end():m.end() + 1] == ","):
        return ("year", None, int(m.group(1)))
    return None


#: A time said inside a sentence, before a value: "doanh thu quý II đạt", "lãi năm 2023 là".
_TIME_INSIDE = re.compile(r"(?<!\w)(?:%s|%s)" % (_YEAR_PART.pattern[len("(?<!\\w)"):], _RELATIVE_YEAR.pattern))


def _clause_time(lower: str, start: int, pos: int) -> tuple | None:
    """The time a value at `pos` is told of: the time that opens its sentence (or the part of
    it after a colon), else the last time said before it in its sentence, not after a word of
    comparison ("GDP quý II tăng 5,2% so với cùng kỳ": quý II)."""
    colon = lower.rfind(":", start, pos)
    opening = _sentence_time(lower, colon + 1 if colon >= 0 else start, pos)
    if opening is not None:
        return opening
    last = None
    for m in _TIME_INSIDE.finditer(lower, start, pos):
        if not _after_comparison(lower, m.start()):
            last = m
    return None if last is None else _sentence_time(lower, last.start(), pos)


def _times_apart(a: tuple, b: tuple) -> bool:
    """Are two sentence times surely apart? Not when either is a running total, when one is
    told by its year and the other relative to the year of writing (the article's year may be
    either), when a season meets a year, or when they overlap (a half and its quarter)."""
    if a[0] == "cumulative" or b[0] == "cumulative":
        return False
    if isinstance(a[2], int) != isinstance(b[2], int):
        return False
    if (a[0] == "season") != (b[0] == "season"):
        return False
    if a[2] != b[2]:
        return True
    if a[0] == "part" and b[0] == "part":
        return not set(_months_of(a[1])) & set(_months_of(b[1]))
    return False


def _article_sentence_time(facts: ArticleFacts, pos: int) -> tuple | None:
    """`_clause_time` of the article's value at `pos`, in its sentence; read once per value."""
    span = facts.sentences.span_at(pos)
    if span is None:
        return None
    return facts.remembered(("clause time", pos), lambda: _clause_time(facts.lower, span[0], pos))


def _stated_for_another_time(fig: Figure, summary: str, fitting: list[Figure], pool: list[Figure],
                             facts: ArticleFacts) -> CheckedFigure | None:
    """A value the article tells only in sentences opened by another time than the one that
    opens the summary's sentence, while it tells another value of the same unit in a sentence
    opened by the summary's time: "Năm 2024, công ty lãi 50 tỷ đồng" where the article says
    "Năm 2023, công ty lãi 50 tỷ đồng. Năm 2024, công ty lãi 80 tỷ đồng"; "Năm nay, ..." for
    the article's "Năm ngoái, ...". Silent when either time is unsaid, a running total, told
    in another frame (a year against "năm ngoái") or overlapping (the half against its
    quarter)."""
    said = {a.value for a in fitting}
    if not any(b.unit == fig.unit and b.value not in said for b in pool):
        return None  # no other value of the unit to give for the summary's time: no time need be read
    here = facts.summary_sentence(summary, fig.start)
    if here is None:
        return None
    ours = _clause_time(_lowered(summary), here.start, fig.start)
    if ours is None or ours[0] == "cumulative":
        return None
    times = [_article_sentence_time(facts, a.start) for a in fitting]
    if not all(t is not None and _times_apart(t, ours) for t in times):
        return None
    other = next((b for b in pool if b.unit == fig.unit and b.value not in said
                  and _article_sentence_time(facts, b.start) == ours), None)
    if other is None:
        return None
    a = fitting[0]
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(a), _span(other)),
                         f"the article tells {a.text} of another time: «{_quote(facts.text, a)}»; for the "
                         f"summary's it gives {other.text}: «{_quote(facts.text, other)}»")


# --- The day of writing, given from outside (written10) -----------------------------------

#: A year told relative to the year of writing (`rules.YEARS_FROM_WRITING`), not "năm trước đó".
_FROM_WRITING = re.compile(r"(?<!\w)(%s)(?!\s+(?:%s)(?!\w))(?!\w)" % (
    word_trie(rules.YEARS_FROM_WRITING), "|".join(rules.NOT_FROM_WRITING_AFTER)))
#: A season of the year of writing opening a sentence: "Hè này, ...".
_THIS_YEARS_SEASON = re.compile(r"(%s)(?!\w)" % word_trie(rules.THIS_YEARS_SEASONS))
#: Words that count years or months back (`rules.COUNTING_BACK_WORDS`), and the digit words.
_COUNTING_BACK = frozenset(rules.DIGIT_WORDS) | rules.COUNTING_BACK_WORDS


def _year_of_writing(facts: ArticleFacts) -> int | None:
    """The year the article was written, when it was given and is sure (a day that may be a
    day late, 1/1, leaves the year unsure)."""
    return None if facts.written is None else facts.written.year


def _opening_year(lower: str, start: int, pos: int, written_year: int | None) -> int | None:
    """The year of the time that opens the sentence from `start` (or its part after a colon)
    before `pos`, when it names one: its own ("Năm 2025, ...", "Quý II/2024, ...") or one told
    from the year of writing ("Năm ngoái, ...", "6 tháng đầu năm nay, ...", "Hè này, ...")
    when that year is given. None for no time, a season of sport, a running total."""
    colon = lower.rfind(":", start, pos)
    begin = colon + 1 if colon >= 0 else start
    time = _sentence_time(lower, begin, pos)
    if time is not None and time[0] in ("year", "part"):
        if isinstance(time[2], int):
            return time[2]
        if written_year is None:
            return None
        return written_year if time[2] == "this" else written_year - 1
    if time is None and written_year is not None:
        head = lower[begin:min(pos, begin + _OPENING)]
        opened = head.lstrip(_TIME_OPENING_MARKS)
        at = len(head) - len(opened) + _TIME_LEAD.match(opened).end()
        if _THIS_YEARS_SEASON.match(head, at):
            return written_year
    return None


def _in_a_quotation(text: str, start: int, pos: int) -> bool:
    """Is `pos` inside a quotation opened in its sentence (from `start`)? A time said there
    is the speaker's, whose day of writing is not the article's."""
    before = text[start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _told_from_writing(facts: ArticleFacts, a: Figure) -> tuple[int, int] | None:
    """(the year, where its sentence starts) of an article value whose sentence opens with a
    year told from the year of writing ("Năm ngoái, hơn 328.000 thí sinh ..."), or says one
    before it as its only time (`_year_said_inside`), when that year is given; None when the
    sentence has no such time, names a year of its own before the value, says a second time
    before it, or the value stands in a quotation."""
    written_year = _year_of_writing(facts)
    span = facts.sentences.span_at(a.start)
    if written_year is None or span is None:
        return None
    start = span[0]
    if _opening_year(facts.lower, start, a.start, None) is not None:
        return None  # the sentence names its year itself
    year = _opening_year(facts.lower, start, a.start, written_year) or _year_said_inside(facts.lower, start, a.start, written_year)
    if year is None or _FOUR_DIGITS.search(facts.lower, start, a.start) \
            or _another_time_inside(facts.lower, start, a.start) or _in_a_quotation(facts.text, start, a.start):
        return None
    return year, start


def _year_said_inside(lower: str, start: int, pos: int, written_year: int) -> int | None:
    """The year of the one time said in a sentence before `pos`, when it is a year told from
    the year of writing and no base of a comparison ("Theo số liệu từ VAMA, bốn tháng đầu
    năm nay, ... tăng hơn 48%": the year of writing); not "3 năm trước" (three years ago)."""
    inside = list(_TIME_INSIDE.finditer(lower, start, pos))
    if len(inside) != 1 or _after_comparison(lower, inside[0].start()):
        return None
    m = _FROM_WRITING.match(lower, inside[0].start())
    if m is None or _counted_back(lower, m.start()):
        return None
    return written_year + rules.YEARS_FROM_WRITING[m.group(1)]


def _counted_back(lower: str, pos: int) -> bool:
    """Does a number stand before the word of a year or month at `pos` ("3 năm trước", "vài
    tháng trước")? It then counts back from the day of writing, not to the one before."""
    counted = lower[max(0, pos - 12):pos].split()
    return bool(counted) and (counted[-1] in _COUNTING_BACK or counted[-1][-1:].isdigit())


def _summary_year_before(lower: str, start: int, pos: int) -> int | None:
    """The year a summary gives a value at `pos`: the year that opens its sentence ("Năm 2025,
    hơn 328.000 thí sinh ..."), else the one year its sentence names before the value, after
    "năm" and not as a base ("doanh số 4 tháng đầu năm 2024 tăng 48%"). None when the sentence
    names two years before the value, or another time: the value may be the second one's."""
    years = list(_FOUR_DIGITS.finditer(lower, start, pos))
    if len(years) != 1 or _another_time_inside(lower, start, pos):
        return None
    opening = _opening_year(lower, start, pos, None)
    if opening is not None:
        return opening
    y = years[0]
    if lower[max(0, y.start() - len(rules.YEAR_WORD) - 1):y.start()].strip() != rules.YEAR_WORD \
            or _after_comparison(lower, y.start()):
        return None
    return int(y.group())


def _another_time_inside(lower: str, start: int, pos: int) -> bool:
    """Does a second time stand between the one that opens the sentence at `start` and `pos`
    ("Năm ngoái lãi 50 tỷ, 6 tháng đầu năm nay lãi 30 tỷ")? The value may then be its."""
    return sum(1 for _ in _TIME_INSIDE.finditer(lower, start, pos)) > 1


def _told_of_another_year_of_writing(fig: Figure, summary: str, fitting: list[Figure],
                                     facts: ArticleFacts) -> CheckedFigure | None:
    """A value the article tells only in sentences opened by a year told from the day of
    writing ("Năm ngoái, hơn 328.000 thí sinh ...", written in 2025: 2024) that the summary
    gives to another year it names ("Năm 2025, hơn 328.000 thí sinh ..."; `_summary_year_before`).
    Asked only when the day of writing is given; silent when a statement has no such time or a
    year of its own (`_told_from_writing`), when the summary's sentence gives the value no one
    year, when the article's paragraph tells a story of another year (the sentence before opens
    with a year it names)."""
    if _year_of_writing(facts) is None or not fitting:
        return None
    here = facts.summary_sentence(summary, fig.start)
    if here is None:
        return None
    ours = _summary_year_before(_lowered(summary), here.start, fig.start)
    if ours is None:
        return None  # "Năm 2024 lãi 50 tỷ, năm 2025 dự kiến 80 tỷ": 80 tỷ is not 2024's
    told = [_told_from_writing(facts, a) for a in fitting]
    if not all(t is not None and t[0] != ours for t in told):
        return None
    if any(_story_of_a_year(facts, start) for _, start in told):
        return None
    a, (year, start) = fitting[0], told[0]
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(a),),
                         f"the summary gives {fig.text} to {ours}; the article tells it of {year} "
                         f"(written in {_year_of_writing(facts)}): «{_told_up_to(facts.text, start, a)}»")


def _told_up_to(text: str, start: int, a: Figure) -> str:
    """The article's sentence from its opening time up to the value, for quoting: its first
    words and the words around the value when it is long."""
    said = " ".join(text[start:a.end].split())
    if len(said) <= 120:
        return said
    return f"{_opening_words(said, 40).removesuffix(' …')} … {_quote(text, a, 24)}"


def _story_of_a_year(facts: ArticleFacts, start: int) -> bool:
    """Does the sentence before the one at `start` open with a year it names ("Năm 2019, ...")?
    A "năm trước" after it may be the year before that one, not before the day of writing."""
    sentences = facts.sentences
    i = bisect_right(sentences.starts, start) - 1
    if i < 1:
        return False
    lo, hi = sentences.spans[i - 1]
    return _opening_year(facts.lower, lo, hi, None) is not None


def _year_from_writing(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure | None:
    """A year the article never writes but tells from its day of writing, in the sentence the
    summary's sentence restates: the summary's "kế hoạch kinh doanh cả năm 2025" for the
    article's «Năm nay, Hải An lên kế hoạch kinh doanh ...», written in 2025. The year and the
    article's word stand alike, both as a base of comparison ("so với năm ngoái") or neither.
    Not "3 năm trước" (three years ago), not "năm trước đó" (the year before another)."""
    written_year = _year_of_writing(facts)
    if written_year is None:
        return None
    drawn = facts.drawn_on(summary, fig.start)
    if not drawn:
        return None
    best = drawn[0]
    as_base = _after_comparison(_lowered(summary), fig.start)
    for m in _FROM_WRITING.finditer(facts.lower, best.start, best.end):
        if written_year + rules.YEARS_FROM_WRITING[m.group(1)] != int(fig.value) \
                or _after_comparison(facts.lower, m.start()) != as_base or _counted_back(facts.lower, m.start()):
            continue
        return CheckedFigure(fig, Verdict.DERIVED, (Span(facts.text[m.start():m.end()], m.start(), m.end()),),
                             f"the article's «{facts.text[m.start():m.end()]}» is {fig.value}: "
                             f"it was written in {written_year}")
    return None


def _year_of_a_sentence_told_of_another(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure | None:
    """A year that opens the summary's sentence ("Năm 2023, Franck Muller và #FR2 tiếp tục ...
    ra mắt bộ sưu tập ...") when the one article sentence it restates opens with another year
    told from the day of writing («Hè này, đôi bên tiếp tục ra mắt bộ sưu tập ...», written in
    2025) and the article's 2023 stands elsewhere («cuộc gặp gỡ đầu tiên ... hồi 2023»). Only
    when the restated sentence is clear (`_only_restated`) and names no year itself."""
    written_year = _year_of_writing(facts)
    here = facts.summary_sentence(summary, fig.start) if written_year is not None else None
    if here is None or _opening_year(_lowered(summary), here.start, fig.end, None) != int(fig.value):
        return None
    best = _only_restated(summary, fig, facts.year_figures_by_value.get(int(fig.value), []), facts)
    if best is None or _FOUR_DIGITS.search(facts.lower, best.start, best.end):
        return None
    theirs = _opening_year(facts.lower, best.start, best.end, written_year)
    if theirs is None or theirs == int(fig.value) or _in_a_quotation(facts.text, best.start, best.end):
        return None
    told = Span(facts.text[best.start:best.end].strip(), best.start, best.end)
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (told,),
                         f"the article sentence the summary restates is told of {theirs} (written in "
                         f"{written_year}), not {fig.value}: «{_opening_words(told.text)}»")


def _opening_words(sentence: str, width: int = 80) -> str:
    """The first words of a sentence, up to about `width` characters, for quoting it."""
    words = " ".join(sentence.split())
    if len(words) <= width:
        return words
    cut = words.rfind(" ", 0, width)
    return words[:cut if cut > 0 else width] + " …"


#: A month told relative to the month of writing (`rules.MONTHS_FROM_WRITING`), not "tháng trước đó".
_MONTH_FROM_WRITING = re.compile(r"(?<!\w)(%s)(?!\s+(?:%s)(?!\w))(?!\w)" % (
    word_trie(rules.MONTHS_FROM_WRITING), "|".join(rules.NOT_FROM_WRITING_AFTER)))


def _month_from_writing(s: tuple, fig: Figure, facts: ArticleFacts) -> CheckedFigure | None:
    """A month the article never dates but tells from its day of writing, when that day is
    exact: the summary's "tháng 6/2025" (or "tháng 6") for the article's "tháng trước", written
    on 16/7/2025. Not "3 tháng trước" (three months ago), not for a day of the month."""
    month_of_writing = None if facts.written is None else facts.written.month
    year, month, day = s
    if month_of_writing is None or day is not None or not isinstance(month, int):
        return None
    for m in _MONTH_FROM_WRITING.finditer(facts.lower):
        if _counted_back(facts.lower, m.start()):
            continue
        y, mo = divmod(month_of_writing[0] * 12 + month_of_writing[1] - 1 + rules.MONTHS_FROM_WRITING[m.group(1)], 12)
        if (mo + 1, year or y) == (month, y):
            said = facts.text[m.start():m.end()]
            return CheckedFigure(fig, Verdict.DERIVED, (Span(said, m.start(), m.end()),),
                                 f"the article's «{said}» is {mo + 1}/{y}: it was written on "
                                 f"{facts.written.day.day}/{facts.written.day.month}/{facts.written.day.year}")
    return None


# --- A value given to another act of the same thing (gemrec11) -----------------------------

#: Each group of `rules.ACTS_APART` as (class, pattern of its phrases) pairs.
_ACT_GROUPS = tuple(tuple((cls, _whole_words(sorted(phrases, key=len, reverse=True))) for cls, phrases in group.items())
                    for group in rules.ACTS_APART)
_ANY_ACT = _whole_words(sorted({p for group in rules.ACTS_APART for phrases in group.values() for p in phrases},
                               key=len, reverse=True))
#: What bounds the part of a clause an act is read in: a clause mark or a quotation mark after
#: the value (`_ACT_PART_END`); before it, a digit too (`_ACT_PART_LEFT`: the figure before has
#: its own act).
_ACT_PART_MARKS = r",;:()\[\]!?\n\"“”."
_ACT_PART_END = re.compile(f"[{_ACT_PART_MARKS}]")
_ACT_PART_LEFT = re.compile(rf"[{_ACT_PART_MARKS}\d][^{_ACT_PART_MARKS}\d]*$")
#: How far either side of a value its act is read (characters).
_ACT_REACH = 80
#: Words that join two acts said of one value as both done (`rules.ACTS_JOINING_WORDS`).
_ACTS_JOINED = _whole_words(rules.ACTS_JOINING_WORDS)


def _act_part(lower: str, fig: Figure, group) -> tuple[frozenset, int, int]:
    """(the acts of one group said of a value in its part of the clause, where that part begins
    and ends, the value included): those written before it back to a clause mark or the figure
    before ("đã thu giữ và tiêu hủy hơn 100.000 xe": both); when none is, those after it up to
    the next mark («34% số máy bay ... đã bị tấn công»)."""
    lo = max(0, fig.start - _ACT_REACH)
    m = _ACT_PART_LEFT.search(lower, lo, fig.start)
    start = m.start() + 1 if m else lo
    if m is None and lo > 0:
        space = lower.find(" ", lo, fig.start)
        start = space + 1 if space >= 0 else fig.start  # from a whole word
    said = frozenset(cls for cls, pattern in group if pattern.search(lower, start, fig.start))
    if said:
        return said, start, fig.end
    hi = min(len(lower), fig.end + _ACT_REACH)
    stop = _ACT_PART_END.search(lower, fig.end, hi)
    end = stop.start() if stop else hi
    return frozenset(cls for cls, pattern in group if pattern.search(lower, fig.end, end)), fig.start, end


def _part_quote(part: str, width: int = 100) -> str:
    """A part of a clause for quoting, its last `width` characters or so when it is long (the
    value and the act stand at one end; the words before are the holder's)."""
    words = " ".join(part.split())
    if len(words) <= width:
        return words
    cut = words.find(" ", len(words) - width)
    return "… " + words[cut + 1 if cut >= 0 else len(words) - width:]


def _value_of_another_act(fig: Figure, around: "_Around", fitting: list[Figure], facts: ArticleFacts) -> CheckedFigure | None:
    """A value the summary says with an act the article never says of it, where every statement
    of it in the article says another act of the same thing (`rules.ACTS_APART`): "phá hủy 34%
    số máy bay" for «34% số máy bay ... đã bị tấn công»; "đã thu giữ và tiêu hủy hơn 100.000
    phương tiện" for «đã thu giữ hơn 100.000 phương tiện». Silent when a statement says no act
    of the group, when the article says every act the summary says, and when the summary says
    the article's act too but not joined to its other as done as well ("đề nghị tòa tuyên")."""
    if fig.kind not in _DENIED_KINDS or not fitting or len(fitting) > _MAX_COMPARED:
        return None
    lower = _lowered(around.summary)
    if not _ANY_ACT.search(lower, max(0, fig.start - _ACT_REACH), fig.end + _ACT_REACH):
        return None  # no act of any group near the value (most summary values): nothing read
    for group in _ACT_GROUPS:
        mine, lo, hi = _act_part(lower, fig, group)
        if not mine:
            continue
        parts = [_act_part(facts.lower, a, group) for a in fitting]
        if not all(acts for acts, _, _ in parts):
            continue  # a statement of the value says no act of the group: it may be the summary's
        missing = mine - frozenset().union(*(acts for acts, _, _ in parts))
        if not missing or (missing != mine and not _ACTS_JOINED.search(lower, lo, hi)):
            continue  # the summary's other act is the article's, and this one not said as done too
        acts, a_lo, a_hi = parts[0]
        told = Span(facts.text[a_lo:a_hi], a_lo, a_hi)
        return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (told,),
                             f"the summary says '{'/'.join(sorted(missing))}' of {shown(around.summary, fig)} "
                             f"(«{_part_quote(around.summary[lo:hi])}»); the article says only "
                             f"'{'/'.join(sorted(acts))}' of it: «{_part_quote(told.text)}»")
    return None


# --- This year's part of a year, or this year's edition, given a past year (gemrec11) ------

def _this_years_part_by_writing(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure | None:
    """A part of a year the article reports with no year, in an article written in a later year
    than the summary gives it: "Trong 5 tháng đầu năm 2024, Đồng Tháp ghi nhận ..." for the
    article's «7.200 tên miền mới được đăng ký trong 5 tháng đầu năm», written in June 2025 (the
    first five months are 2025's). `_this_years_part_given_a_past_year` asks the same where the
    article itself tells the year as past; this asks the day of writing. Silent when the article
    gives that part the summary's year anywhere, when a sentence of the part names a year or the
    year before, follows a sentence opened by a year (a story of another year), or stands in a
    quotation, and when the part had not begun by the day of writing."""
    written_year = _year_of_writing(facts)
    year = _year_of(fig)
    if written_year is None or year is None or year >= written_year:
        return None
    part = _summary_year_part(fig, summary)
    if part is None or _months_of(part)[0] > facts.written.day.month:
        return None
    parts = facts.remembered(("year parts",), lambda: _year_parts(facts.lower))
    same = [(y, s, e) for p, y, s, e, base in parts if p == part and not base]
    if not same or any(y is not None for y, _, _ in same):
        return None
    for _, s, _ in same:
        span = facts.sentences.span_at(s)
        if span is None or _FOUR_DIGITS.search(facts.lower, span[0], span[1]) \
                or _LAST_YEAR.search(facts.lower, span[0], span[1]) or _story_of_a_year(facts, span[0]) \
                or _in_a_quotation(facts.text, span[0], s):
            return None
    _, s, e = same[0]
    told = Span(facts.text[s:e], s, e)
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (told,),
                         f"the article reports «{_quote(facts.text, told)}» with no year: {written_year}'s, "
                         f"the year it was written in, not {year}")


#: How much of the summary sentence's words the article sentence that dates an event must
#: share (`align.overlap`) to be the one it restates; Gemini joins two sentences in one.
_EDITION_RESTATED = 0.4


def _written_name_before_year(summary: str, fig: Figure) -> str | None:
    """The name a summary gives a year to as its edition, as written ("VMAs" in "Lễ trao giải
    VMAs 2024", "AVC Nations Cup 2024"), when it reads as a name: two capitalised words or more,
    or one written with two capitals (an acronym), the year right after it (not "USD năm 2014":
    a year said of an act), no unit of money, and not the word that opens the sentence."""
    key = _name_before_year(summary, fig.start, 1)
    if key is None or key.split()[-1] in rules.MONEY_UNITS:
        return None
    m = re.search(r"(%s)[ \t]+$" % re.escape(key).replace(r"\ ", r"[ \t]+"),
                  summary[max(0, fig.start - 80):fig.start], re.IGNORECASE)
    if m is None:
        return None
    written = m.group(1)
    if len(written.split()) < 2 and sum(c.isupper() for c in written) < 2:
        return None
    begin = max(0, fig.start - 80) + m.start(1)
    if not summary[:begin].strip() or summary[:begin].rstrip()[-1:] in ".!?:\n":
        return None
    return written


def _edition_of_another_year(fig: Figure, summary: str, facts: ArticleFacts) -> CheckedFigure | None:
    """An earlier year the summary gives to an event's name, where the article sentence the
    summary's sentence restates names the event with no year and dates it in the year of writing:
    "Lễ trao giải VMAs 2024 công bố danh sách đề cử" for «Ngày 5/8, ban tổ chức VMAs công bố danh
    sách đề cử», written on 6/8/2025; "vô địch AVC Nations Cup 2024" for «nâng cao Cup vô địch AVC
    Nations Cup, tối 14/6», written on 15/6/2025 (2024 is last year's edition). Silent when an
    article sentence that names the event also writes the summary's year, or when the dated
    sentence is not the one the summary's sentence restates best of those naming the event."""
    written_year = _year_of_writing(facts)
    year = int(fig.value)
    if written_year is None or year >= written_year:
        return None
    name = _written_name_before_year(summary, fig)
    here = facts.summary_sentence(summary, fig.start)
    if name is None or here is None:
        return None
    key = _named_year_key(summary, fig.start, 1)
    if any(y == year for _, y in facts.years_by_name.get(key, [])):
        return None  # the article names that edition itself ("VMAs 2024")
    naming = re.compile(r"(?<!\w)%s(?!\w)" % re.escape(name).replace(r"\ ", r"\s+"))
    sentences = facts.sentences
    told, seen = [], set()
    for m in naming.finditer(facts.text):
        i = bisect_right(sentences.starts, m.start()) - 1
        if i < 0 or i in seen:
            continue
        seen.add(i)
        told.append((overlap(here.words, sentences[i]), i))
    if not told:
        return None
    share, i = max(told)
    lo, hi = sentences.spans[i]
    if share < _EDITION_RESTATED or _FOUR_DIGITS.search(facts.lower, lo, hi):
        return None
    written = facts.written.day
    dated = [f for f, (y, mo, d) in facts.dates if lo <= f.start < hi and y is None
             and isinstance(mo, int) and d is not None and (mo, d) <= (written.month, written.day)]
    if not dated:
        return None
    sentence = Span(facts.text[lo:hi].strip(), lo, hi)
    return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (sentence,),
                         f"the article dates {name} {dated[0].text}, in {written_year}, the year it was "
                         f"written in, not {year}: «{_opening_words(sentence.text)}»")


# --- One part's value given to the whole country (gemrec11) --------------------------------

_NATION = _whole_words(sorted(rules.NATION_WORDS, key=len, reverse=True))
_NATION_KINDS = (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.RANGE)
#: How far before a summary value its sentence's word of the whole country is read (characters).
_NATION_REACH = 160


def _measure(f: Figure) -> str | None:
    """What a value measures, a share and a range of shares alike ("18%", "30-40%": "%")."""
    return "%" if f.kind is Kind.PERCENT else f.unit


def _said_of_the_nation(facts: ArticleFacts, a: Figure) -> bool:
    """Does the article's sentence of `a`, or the one before it, give it to the whole country?"""
    sentences = facts.sentences
    i = bisect_right(sentences.starts, a.start) - 1
    if i < 0:
        return False
    lo = sentences.spans[max(0, i - 1)][0]
    return _NATION.search(facts.lower, lo, sentences.spans[i][1]) is not None


def _part_given_to_the_nation(fig: Figure, around: "_Around", fitting: list[Figure], pool: list[Figure],
                              facts: ArticleFacts) -> CheckedFigure | None:
    """A value the summary gives to the whole country ("giao dịch tại các tỉnh phía Nam và trên cả
    nước giảm ... 30-40%") that the article gives only to a part, in sentences that do not name
    the country (nor the sentence before), while it gives the country another value of that kind
    and unit («mức độ quan tâm ... trên cả nước trong tháng 4 giảm 18%»). Silent when the article
    names the country with the value, or gives it no other value of the unit."""
    if fig.kind not in _NATION_KINDS or not fitting or len(fitting) > _MAX_COMPARED:
        return None
    lower = _lowered(around.summary)
    if not _NATION.search(lower, max(0, fig.start - _NATION_REACH), fig.start):
        return None  # asked first: most summaries never name the country
    here = facts.summary_sentence(around.summary, fig.start)
    if here is None or not _NATION.search(lower, max(here.start, fig.start - _NATION_REACH), fig.start):
        return None
    if any(_said_of_the_nation(facts, a) for a in fitting):
        return None
    said = {_scalar(a) for a in fitting}
    for b in pool:
        if b.kind not in _NATION_KINDS or _measure(b) != _measure(fig) or _scalar(b) in said:
            continue
        span = facts.sentences.span_at(b.start)
        if span is None or not _NATION.search(facts.lower, span[0], b.start):
            continue
        a = fitting[0]
        return CheckedFigure(fig, Verdict.CONTEXT_MISMATCH, (_span(a), _span(b)),
                             f"the article gives {a.text} to a part, not the whole country: «{_quote(facts.text, a, 60)}»; "
                             f"for the country it gives {b.text}: «{_quote(facts.text, b, 60)}»")
    return None
