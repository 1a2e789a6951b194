"""The article's own arithmetic: relations it states between its figures, checked.

Four relations, each found from cue words (rules.*_CUES) and checked by
computing it:
- achievement of a target or share: "được giao chỉ tiêu 170 ... kết nạp được 173
  ..., đạt 102% chỉ tiêu"; "146/212 đảng viên, đạt tỷ lệ 69%";
- excess over a target: "vượt chỉ tiêu 3 đảng viên";
- a total and its parts: "43 đảng viên, trong đó có 36 ... chính thức và 7 ... dự bị";
- an average over a period: "từ năm 2010 đến 2020 kết nạp 25.529 đảng viên
  (trung bình mỗi năm hơn 2.320)".
A relation that cannot be computed from the article (a growth "so với cùng kỳ"
with no base) is not reported, so it is never flagged.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left

from . import compare, rules
from .extract import NUMBER_START_WORDS, _words_before, extract_figures, lowercase
from .numbers import format_number as fmt
from .types import Figure, Kind, Relation, RelationStatus, Span

_TIME_UNITS = {"năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "tuổi", "năm tù", "tháng tù"}
_MAX_TEXT = 320
_MAX_CLAUSE = 600   # longer "sentences" are cut: arithmetic is stated within a sentence or two
_MAX_BASES = 8      # targets tried for one percentage, nearest first


_DIGIT = re.compile(r"\d")
#: Words a count may begin with when written out ("hai", "một trăm", "hàng nghìn").
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(sorted(NUMBER_START_WORDS, key=len, reverse=True)) + r")\b")


def may_state_relations(text: str, lower: str) -> bool:
    """Could `relations_of` find anything in `text`? A cheap, conservative answer
    (`lower` is `lowercase(text)`). Every relation starts from a cue word (or a
    percent sign) with a number near it, so an article without one, or whose cue
    words have no number near them (the "gồm" of "đoàn công tác gồm lãnh đạo
    ..."), states no relation, and its figures need not even be read.

    Each window below is at least as wide as where the relation's own code looks,
    so a False here never hides a relation (tests compare both, on fixtures and on
    generated text).
    """
    if ("%" in lower or "phần trăm" in lower) and any(w in lower for w in rules.ACHIEVEMENT_WORDS):
        return True  # a percentage after "đạt", "chiếm", "tỷ lệ": checked in full
    # "vượt" among the three words (48 characters) before a count
    if any(_number_between(text, lower, v, v + 60) for v in _occurrences(lower, "vượt")):
        return True
    for start, end in _cues_at(lower, _PARTS_PROBES):
        # a total ending at most 80 characters before the cue, parts after it in the clause
        if _number_between(text, lower, start - 80, start) and _number_between(text, lower, end, end + _MAX_CLAUSE):
            return True
    # an average: a count starting at most 41 characters after its cue
    return any(_number_between(text, lower, end, end + 60) for _, end in _cues_at(lower, _AVERAGE_PROBES))


#: Short words the cues contain ("gồm" is in "bao gồm" and "gồm có"): the gate
#: searches the text once for each of these rather than once for every cue.
_PROBES = ("gồm", "trong đó", "trong số", "bình")


def _by_probe(cues) -> dict[str, list[tuple[str, int]]]:
    """{probe: [(cue, how many characters the cue starts before its probe)]}."""
    out: dict[str, list[tuple[str, int]]] = {}
    for cue in cues:
        probe = next((p for p in _PROBES if p in cue), cue)
        out.setdefault(probe, []).append((cue, cue.index(probe)))
    return out


_PARTS_PROBES = _by_probe(rules.EXHAUSTIVE_PARTS_CUES + rules.PARTIAL_PARTS_CUES)
_AVERAGE_PROBES = _by_probe(rules.AVERAGE_CUES)


def _cues_at(lower: str, probes: dict[str, list[tuple[str, int]]]):
    """(start, end) of every occurrence of the cues behind `probes`."""
    for probe, cues in probes.items():
        for p in _occurrences(lower, probe):
            for cue, k in cues:
                if p >= k and lower.startswith(cue, p - k):
                    yield p - k, p - k + len(cue)


def _occurrences(lower: str, word: str):
    i = lower.find(word)
    while i >= 0:
        yield i
        i = lower.find(word, i + 1)


def _number_between(text: str, lower: str, lo: int, hi: int) -> bool:
    """Is there a digit, or a word a written-out number begins with, in text[lo:hi]?"""
    lo = max(0, lo)
    return _DIGIT.search(text, lo, hi) is not None or _NUMBER_WORD.search(lower, lo, hi) is not None


def find_relations(text: str, figures: list[Figure] | None = None) -> list[Relation]:
    """Every relation the article states between its own figures, checked."""
    lower = lowercase(text)
    if not may_state_relations(text, lower):
        return []
    return relations_of(text, lower, extract_figures(text, lower=lower) if figures is None else figures)


def relations_of(text: str, lower: str, figures: list[Figure]) -> list[Relation]:
    """`find_relations` without the cheap gate (`may_state_relations`), `lower` its
    lowercased copy and `figures` its figures (`ArticleFacts` has all three at hand)."""
    if not figures:
        return []
    index = _Index(text, figures)
    relations: list[Relation] = []
    if any(f.kind is Kind.PERCENT for f in figures):
        relations += _achievements(index)
    if "vượt" in lower:
        relations += _excesses(index)
    if any(cue in lower for cue in rules.EXHAUSTIVE_PARTS_CUES + rules.PARTIAL_PARTS_CUES):
        relations += _parts(index, lower)
    if any(cue in lower for cue in rules.AVERAGE_CUES):
        relations += _averages(index, lower)
    relations.sort(key=lambda r: r.start)
    return relations


# --- helpers ----------------------------------------------------------------------

#: What may end a clause: a line break, "!", "?", or a "." not between digits.
_CLAUSE_STOP = re.compile(r"[\n!?.]")


def _clause_end(text: str, pos: int) -> int:
    """End of the sentence from pos: a '.' not between digits, or a line break
    (at most _MAX_CLAUSE characters on, so text without full stops stays linear)."""
    n = min(len(text), pos + _MAX_CLAUSE)
    for m in _CLAUSE_STOP.finditer(text, pos, n):
        i = m.start()
        if text[i] != "." or not (0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()):
            return i
    return n


def _clause_start(text: str, pos: int) -> int:
    """Start of the sentence before pos (at most _MAX_CLAUSE characters back)."""
    floor = max(0, pos - _MAX_CLAUSE)
    start = floor
    for m in _CLAUSE_STOP.finditer(text, floor, max(floor, pos)):
        i = m.start()
        if text[i] != "." or not (0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()):
            start = i + 1
    return start


def _clause_rest(text: str, pos: int) -> str:
    """The rest of the clause after pos (to ';', '(' or the sentence end), lowercased."""
    end = min(_clause_end(text, pos), pos + 60)
    rest = text[pos:end]
    for stop in (";", "("):
        cut = rest.find(stop)
        if cut >= 0:
            rest = rest[:cut]
    return rest.lower()


def _is_count(f: Figure) -> bool:
    return f.kind is Kind.COUNT and not isinstance(f.value, tuple) and f.unit not in _TIME_UNITS


def _consistent(stated: Figure, computed: float) -> bool:
    """Does a stated figure agree with a computed value, rounded or truncated to its precision?"""
    if compare.interval_of(stated).contains(computed):
        return True
    if stated.qualifier is None and stated.precision:
        step = stated.precision
        truncated = math.floor(computed / step + 1e-9) * step
        return abs(truncated - float(stated.value)) < step / 1000
    return False


def _relation(text: str, kind: str, formula: str, computed: float, stated: Figure,
              ok: bool, evidence: list[Figure]) -> Relation:
    start = min(f.start for f in evidence + [stated])
    end = max(f.end for f in evidence + [stated])
    if end - start > _MAX_TEXT:
        start = _clause_start(text, stated.start)
        end = max(stated.end, min(_clause_end(text, stated.end), start + _MAX_TEXT))
    # a clause starts after a full stop, usually at a space: the offsets are the
    # passage's own, without it, so that text[start:end] is the passage shown
    passage = text[start:end]
    start += len(passage) - len(passage.lstrip())
    end -= len(passage) - len(passage.rstrip())
    return Relation(
        text=text[start:end], start=start, end=end, formula=formula,
        computed=computed, stated=float(stated.value),
        status=RelationStatus.CONSISTENT if ok else RelationStatus.INCONSISTENT,
        evidence=tuple(Span(f.text, f.start, f.end) for f in evidence + [stated]),
        kind=kind,
    )


class _Index:
    """The article's figures by position, so each relation looks only near itself."""

    def __init__(self, text: str, figures: list[Figure]):
        self.text = text
        self.figures = figures
        self.starts = [f.start for f in figures]
        self._targets: list[Figure] | None = None
        self._target_starts: list[int] = []

    def between(self, lo: int, hi: int) -> list[Figure]:
        """Figures starting in [lo, hi)."""
        return self.figures[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def targets_before(self, limit: int, unit: str | None) -> list[Figure]:
        """Counts before `limit` introduced as a target ("chỉ tiêu 170 đảng viên"), nearest first."""
        if self._targets is None:
            self._targets = [f for f in self.figures
                             if _is_count(f) and _has_cue(self.text, f, rules.TARGET_CUES)]
            self._target_starts = [f.start for f in self._targets]
        out = []
        for i in range(bisect_left(self._target_starts, limit) - 1, -1, -1):
            f = self._targets[i]
            if compare.units_compatible(f.unit, unit):
                out.append(f)
                if len(out) == _MAX_BASES:
                    break
        return out


def _has_cue(text: str, fig: Figure, cues) -> bool:
    """Does one of `cues` stand in the few words before the figure, in its clause?"""
    lo = max(_clause_start(text, fig.start), fig.start - 36)
    before = text[lo:fig.start].lower()
    return any(c in before for c in cues)


# --- achievement: N of a target B is P% -------------------------------------------

def _achievements(index: _Index) -> list[Relation]:
    text, figures = index.text, index.figures
    out = []
    for i, p in enumerate(figures):
        if p.kind is not Kind.PERCENT or p.value <= 0:
            continue
        before = _words_before(text, p.start)
        if rules.ACHIEVEMENT_WORDS.isdisjoint(before):
            continue
        after = _clause_rest(text, p.end)
        base_after = None
        if "so với" in after or "so cùng kỳ" in after:
            # "đạt 100,2% so với chỉ tiêu 6.300": the base follows; a growth
            # "so với cùng kỳ" has no base in the article, and is left alone
            if not any(c in after.split("so", 1)[1] for c in rules.TARGET_CUES):
                continue
            base_after = next((f for f in figures[i + 1:i + 3] if _is_count(f)
                               and f.start - p.end < 40), None)
            if base_after is None:
                continue
        clause_start = _clause_start(text, p.start)
        prev = index.between(clause_start, p.start)
        if not prev:
            continue
        last = prev[-1]
        if last.kind is Kind.RATIO and last.value != (1, 2):
            a, b = last.value
            if b:
                share = a / b * 100
                out.append(_relation(text, "ratio_percent", f"{fmt(a)} / {fmt(b)} × 100 = {fmt(share)}%",
                                     share, p, _consistent(p, share), [last]))
            continue
        results = [f for f in prev if _is_count(f)]
        if not results:
            continue
        result = results[-1]
        if base_after is not None:
            targets = [base_after]
        else:
            # the base: a total earlier in the clause ("Trong số 212 quần chúng ...,
            # có 146 người ..., chiếm 69%"), else a target stated before
            in_clause = [f for f in results[:-1][::-1] if compare.units_compatible(f.unit, result.unit)]
            targets = in_clause + [t for t in index.targets_before(result.start, result.unit)
                                   if t is not result and t not in in_clause]
        best = None
        for t in targets:
            if t.value <= 0:
                continue
            share = result.value / t.value * 100
            if _consistent(p, share):
                best = (t, share, True)
                break
            if best is None:
                best = (t, share, False)
        if best is None:
            continue
        t, share, ok = best
        out.append(_relation(text, "percent_of_target",
                             f"{fmt(result.value)} / {fmt(t.value)} × 100 = {fmt(share)}%",
                             share, p, ok, [t, result]))
    return out


# --- excess: N − B = X ("vượt chỉ tiêu 3 đảng viên") -------------------------------

def _excesses(index: _Index) -> list[Relation]:
    text, figures = index.text, index.figures
    out = []
    for i, x in enumerate(figures):
        if not _is_count(x) or "vượt" not in _words_before(text, x.start):
            continue
        clause_start = _clause_start(text, x.start)
        results = [f for f in index.between(clause_start, x.start) if _is_count(f)
                   and compare.units_compatible(f.unit, x.unit)]
        if not results:
            continue
        result = results[-1]
        targets = [t for t in index.targets_before(result.start, result.unit) if t is not result]
        if not targets:
            continue
        t = targets[0]
        diff = result.value - t.value
        out.append(_relation(text, "difference", f"{fmt(result.value)} − {fmt(t.value)} = {fmt(diff)}",
                             diff, x, _consistent(x, diff), [t, result]))
    return out


# --- parts of a total -----------------------------------------------------------------

def _parts(index: _Index, lower: str) -> list[Relation]:
    out = []
    cues = sorted(rules.EXHAUSTIVE_PARTS_CUES + rules.PARTIAL_PARTS_CUES, key=len, reverse=True)
    seen = set()
    totals_seen = set()
    for cue in cues:
        for pos in _occurrences(lower, cue):
            if pos not in seen and (pos == 0 or not lower[pos - 1].isalpha()):
                seen.update(range(pos, pos + len(cue)))
                rel = _parts_at(index, pos, pos + len(cue), cue in rules.EXHAUSTIVE_PARTS_CUES)
                # one total, one relation: "43 đảng viên, trong đó ... bao gồm" is one list
                if rel is not None and rel.evidence[-1] not in totals_seen:
                    totals_seen.add(rel.evidence[-1])
                    out.append(rel)
    return out


def _parts_at(index: _Index, cue_start: int, cue_end: int, exhaustive: bool):
    text = index.text
    totals = [f for f in index.between(cue_start - 80, cue_start)
              if f.end <= cue_start and cue_start - f.end <= 40 and _is_count(f)]
    if not totals:
        return None
    total = totals[-1]
    if "," in text[total.end:cue_start].strip(" ,:") or "." in text[total.end:cue_start]:
        return None  # the cue belongs to another phrase
    end = _clause_end(text, cue_end)
    parts = []
    for f in index.between(cue_end, end):
        if not _is_count(f):
            break
        if parts:  # a list goes on only through a separator: "15 ..., 3 ... và 1 ..."
            between = text[parts[-1].end:f.start]
            if len(between) > 80 or not any(sep in between for sep in (",", ";", " và ", ":")):
                break
        parts.append(f)
    if len(parts) < 2:
        return None
    s = sum(f.value for f in parts)
    formula = " + ".join(fmt(f.value) for f in parts) + f" = {fmt(s)}"
    if s == total.value:
        return _relation(text, "sum_of_parts", formula, s, total, True, parts)
    # Parts may overlap ("trong đó 20 nữ, 25 dưới 30 tuổi") or leave some out, so a
    # sum that differs is flagged only when the parts cannot: they split the total
    # by exclusive details ("chính thức" / "dự bị"), or a list introduced by "gồm"
    # of the same unit adds up to more than the total.
    details = {f.detail for f in parts}
    complementary = any(details == set(group) for group in rules.EXCLUSIVE_DETAILS)
    same_unit = total.unit is not None and all(
        f.unit is not None and compare.units_compatible(f.unit, total.unit) for f in parts)
    exceeds = s > compare.figure_interval(total).hi
    if complementary or (exhaustive and same_unit and exceeds):
        return _relation(text, "sum_of_parts", formula, s, total, False, parts)
    return None


# --- averages -----------------------------------------------------------------------

def _averages(index: _Index, lower: str) -> list[Relation]:
    out = []
    for cue in rules.AVERAGE_CUES:
        for pos in _occurrences(lower, cue):
            rel = _average_at(index, lower, pos, pos + len(cue))
            if rel is not None:
                out.append(rel)
    return out


def _average_at(index: _Index, lower: str, cue_start: int, cue_end: int):
    text = index.text
    after = [f for f in index.between(cue_end, cue_end + 41) if _is_count(f)]
    if not after:
        return None
    avg = after[0]
    window = lower[cue_end:avg.end + 12]
    if not any(w in window for w in rules.PER_YEAR_WORDS):
        return None
    clause_start = _clause_start(text, cue_start)
    scope_start = _clause_start(text, max(0, clause_start - 1)) if clause_start else 0
    nearby = index.between(scope_start, cue_start)
    totals = [f for f in nearby if _is_count(f)
              and compare.units_compatible(f.unit, avg.unit) and f.value > avg.value]
    periods = [f for f in nearby if f.kind is Kind.PERIOD]
    if not totals or not periods:
        return None
    total, period = totals[-1], periods[-1]
    y1, y2 = period.value
    options = [(y2 - y1 + 1, "inclusive"), (y2 - y1, "exclusive")]
    for years, _ in options:
        value = total.value / years
        if _consistent(avg, value):
            return _relation(text, "average", f"{fmt(total.value)} / {years} years ({y1}–{y2}) = {fmt(value)}",
                             value, avg, True, [period, total])
    years = options[0][0]
    value = total.value / years
    return _relation(text, "average", f"{fmt(total.value)} / {years} years ({y1}–{y2}) = {fmt(value)}",
                     value, avg, False, [period, total])
