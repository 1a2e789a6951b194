"""The data types every part of tomtat shares: figures, verdicts, relations.

Everything here is plain data: no I/O, no model. `to_json()` methods produce the
field names that `tomtat check --json` promises; keep them stable.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import NamedTuple, Union


class Kind(str, Enum):
    """What sort of figure a span is."""

    COUNT = "count"            # 173 đảng viên, 25.529, hai nhân viên, 3,2 ha
    MONEY = "money"            # 1,1 tỷ đồng, 1.750.000 USD
    PERCENT = "percent"        # 82%, 77,25 %, 82 phần trăm
    RATIO = "ratio"            # 146/212, 2/3, một nửa
    RANGE = "range"            # 3-4%, 17–25 tuổi, từ 3 đến 4
    DATE = "date"              # 25/2, 14/5/2019, tháng 10-2022, quý III năm 2022
    YEAR = "year"              # năm 2022
    PERIOD = "period"          # nhiệm kỳ 2020-2025, từ 2010 đến 2020
    TIME = "time"              # 21h45
    ORDINAL = "ordinal"        # lần thứ XI, khóa XIII, thứ 2
    IDENTIFIER = "identifier"  # 28-CT/TW, số 17-HD/BTCTW, phone numbers, codes
    SCORE = "score"            # thắng 3-0, tỷ số 2-1: a result, never a range or two counts


#: Kinds whose value is a quantity (compared as numbers, with rounding rules).
QUANTITY_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.RATIO, Kind.RANGE})


class Verdict(str, Enum):
    """The closed set of verdicts on one summary figure."""

    SUPPORTED = "supported"
    DERIVED = "derived"
    MISMATCH = "mismatch"
    CONTEXT_MISMATCH = "context_mismatch"
    UNSUPPORTED = "unsupported"

    @property
    def flagged(self) -> bool:
        return self in FLAGGED


FLAGGED = frozenset({Verdict.MISMATCH, Verdict.CONTEXT_MISMATCH, Verdict.UNSUPPORTED})


class RelationStatus(str, Enum):
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"


#: A figure's normalised value: a number, a (low, high) pair for ranges, periods
#: and ratios (numerator, denominator), or an ISO-style string for dates and times
#: ("2019-05-14", "--02-25" when the year is not given, "2022-10", "2022-Q3", "21:45").
Value = Union[float, int, tuple, str]


class Figure(NamedTuple):
    """One figure found in a text.

    `start`/`end` are character offsets into the text it was extracted from, so
    `text == source[start:end]`. Immutable; a named tuple rather than a frozen
    dataclass because an article makes thousands of them and a frozen dataclass
    costs three times as much to build.
    """

    text: str
    start: int
    end: int
    value: Value
    kind: Kind
    unit: str | None = None
    qualifier: str | None = None   # a key of rules.QUALIFIERS' values: "more_than", "about", ...
    # How finely the figure was written: 77,25% -> 0.01, "25 nghìn" -> 1000;
    # 0 for a plain integer, which is exact. Rounding rules compare at this precision.
    precision: float = 1.0
    # Words after the unit that narrow it ("chính thức", "dự bị"): "36 đảng viên
    # chính thức" is not "7 đảng viên dự bị". (The place a figure belongs to is
    # worked out only when needed, by `subjects.subject_of`.)
    detail: str | None = None

    def to_json(self) -> dict:
        value = self.value
        if isinstance(value, tuple):
            value = [_round_for_json(v) for v in value]
        elif isinstance(value, float):
            value = _round_for_json(value)
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": value,
            "kind": self.kind.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
        }


class Span(NamedTuple):
    text: str
    start: int
    end: int

    def to_json(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class CheckedFigure:
    """A summary figure with its verdict, the article spans behind it and why."""

    figure: Figure
    verdict: Verdict
    evidence: tuple[Span, ...] = ()
    explanation: str = ""

    def to_json(self) -> dict:
        out = self.figure.to_json()
        out["verdict"] = self.verdict.value
        out["evidence"] = [span.to_json() for span in self.evidence]
        out["explanation"] = self.explanation
        return out


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation the article states between its own figures, and whether it holds.

    `text` is the article passage that states it; `formula` the arithmetic
    ("173 / 170 × 100"), `computed` its result, `stated` the figure the article
    gives for it.
    """

    text: str
    start: int
    end: int
    formula: str
    computed: float
    stated: float
    status: RelationStatus
    evidence: tuple[Span, ...] = ()
    kind: str = ""   # "percent_of", "sum_of_parts", "average", "ratio_percent", "difference"

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "formula": self.formula,
            "computed": _round_for_json(self.computed),
            "stated": _round_for_json(self.stated),
            "status": self.status.value,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "evidence": [span.to_json() for span in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Everything `check_summary` found: checked summary figures and the article's relations."""

    figures: tuple[CheckedFigure, ...] = ()
    relations: tuple[Relation, ...] = ()

    @property
    def flagged(self) -> tuple[CheckedFigure, ...]:
        return tuple(f for f in self.figures if f.verdict.flagged)

    @property
    def inconsistent(self) -> tuple[Relation, ...]:
        return tuple(r for r in self.relations if r.status is RelationStatus.INCONSISTENT)

    @property
    def ok(self) -> bool:
        return not self.flagged and not self.inconsistent

    def to_json(self) -> dict:
        return {
            "figures": [f.to_json() for f in self.figures],
            "relations": [r.to_json() for r in self.relations],
            "ok": self.ok,
        }


def _round_for_json(x: float) -> float | int:
    """173.0 -> 173; 101.764705 -> 101.7647: whole numbers print as integers."""
    if float(x).is_integer():
        return int(x)
    return round(float(x), 4)


@dataclass(frozen=True, slots=True)
class DayOfWriting:
    """The day an article was written, given from outside (the page's date, the user's
    `--written`, a data set's day of gathering). `may_be_late`: the day is when the article was
    gathered, so it was written that day or the day before (a data set's id's day); the year
    is then known only when both days share it, the month never (a day late can cross one).
    A plain `date` given to the checker is an exact day."""

    day: date
    may_be_late: bool = False

    @classmethod
    def of(cls, given: "date | DayOfWriting | None") -> "DayOfWriting | None":
        """A `DayOfWriting` of what a caller gave: a date is exact; None stays None."""
        if given is None or isinstance(given, DayOfWriting):
            return given
        if isinstance(given, date):
            return cls(given)
        raise TypeError(f"the day of writing must be a date, not {type(given).__name__}")

    @property
    def year(self) -> int | None:
        """The year of writing, when the possible days share it."""
        earliest = self.day - timedelta(days=1) if self.may_be_late else self.day
        return self.day.year if earliest.year == self.day.year else None

    @property
    def month(self) -> tuple[int, int] | None:
        """(year, month) of writing: only for an exact day."""
        return None if self.may_be_late else (self.day.year, self.day.month)
