"""The article's own arithmetic: relations its sentences state between figures, checked.

A relation is asserted only when the grammar of a sentence binds its operands; a
number that merely stands near a percentage is never one. Each reader below knows
one shape of sentence and has one job; the words of every shape are tables in
rules.py (this module holds no Vietnamese):

| reader | shape | relation |
|---|---|---|
| `_part_of_whole` | "11 cú ... trên tổng số 104 đòn, đạt tỷ lệ 10,6%" | X / Y × 100 |
| `_ratio_share` | "146/212 đảng viên ..., đạt tỷ lệ 69%" | a / b × 100 |
| `_plan_share` | "kết nạp được 173 ..., đạt 102% chỉ tiêu" (the target before, or "so với chỉ tiêu 6.300") | X / T × 100 |
| `_share_of_whole` | "Trong số 212 ..., có 146 ..., chiếm 69%"; "chiếm 40% tổng số 500 hộ" | X / W × 100 |
| `_change_from_to` | "giảm từ 23 xe xuống còn 16 xe, với tỷ lệ giảm 30,4%"; "tăng 5 điểm, từ 16 lên 21 điểm" | (B − A) / A × 100; B − A |
| `_change_then_compared` | "giảm tới 99%, chỉ còn 40 triệu euro (...) trong ba quý đầu năm 2025, so với 403,5 triệu euro"; "giảm 10%, xuống 90 tỷ, so với cùng kỳ (100 tỷ)" | (B − A) / A × 100 |
| `_change_compared` | "đạt 120 tỷ, tăng 20% so với 100 tỷ"; "330 xe, trong khi ... 390 xe, tương ứng tỷ lệ giảm 15,4%" | (X − Y) / Y × 100 |
| `_parts` | "43 đảng viên, trong đó có 36 ... và 7 ..."; "19 đảng bộ, gồm 15 ..., 3 ... và 1 ..."; "31 dự án ... với tổng vốn 12.195,4 tỷ đồng, trong đó có 27 dự án ... và 04 dự án" | A + B + C |
| `_average` | "từ năm 2010 đến 2020 kết nạp 25.529 ... (trung bình mỗi năm hơn 2.320)" | T / n |
| `_record` | "thành tích 124-21 ... tỷ lệ thắng 85,6%"; "247 trận, thắng 179 trận, đạt tỷ lệ 72,47%" | W / (W + L) × 100 |
| `_excess` | "được giao chỉ tiêu 170 ... kết nạp 173 ..., vượt chỉ tiêu 3" | X − T |
| `_share_part_in_brackets` | "gần 50% (7.240) trong số 14.772 đối tác" | X / Y × 100 |
| `_spread_of_pair` | "niêm yết 116,8 - 119,3 triệu đồng/lượng ... . Chênh lệch mua - bán 2,5 triệu đồng/lượng" | B − A |
| `_change_with_level` | "giảm 9,21 điểm (0,7%) xuống 1.313,84 điểm"; "tăng 331,99 điểm, tương đương 0,78%, lên 42.654,74"; "mất 114,83 điểm (0,27%) xuống ..."; the share first: "giảm 14,1% - tương đương 64 triệu USD, xuống còn 391 triệu USD"; the share last: "tăng 128 điểm lên 1.630 điểm ..., tương đương 8,5%", "đạt 4.835 tỷ đồng, tăng 1.050 tỷ đồng, tương đương tăng 28%" | A / (B ∓ A) × 100 |

Readers of relations their order binds (no word says which values are the operands),
reported only when they hold, never as inconsistent:

| reader | shape | relation |
|---|---|---|
| `_listed_after_total` | "5 người chết (3 người ..., 2 người ...)", "500 triệu được chia: A 320 triệu, B 180 triệu" | A + B |
| `_total_after_parts` | "4 năm tù ..., 2 năm tù ..., tổng hợp hình phạt là 6 năm tù"; the cue opening the sentence after: "18 năm tù ..., 4 năm tù ... . Tổng hợp hình phạt, bị cáo A phải thi hành bản án 22 năm tù"; "mỗi ... 5.000 USD ... 24 người. Tổng cộng 120.000 USD" | A + B; T / n |
| `_times` | "nộp 20 triệu sẽ nhận 90 triệu (gấp 4,5 lần)", "gấp hơn 10 lần, từ 30 lên 320" | large / small |
| `_remainder` | "phải nộp 300 triệu ... đặt cọc 50 triệu ... số tiền còn lại 250 triệu" | A − B |
| `_share_loosely` | "240 tiểu thương ... 108 người, tương đương 45%"; "vốn 400 tỷ, trong đó A sở hữu 60%, tương đương 240 tỷ" (judged: "trong đó" binds) | X / W × 100 |
| `_per_unit_range` | "8 kg ... 160.000-200.000 đồng, tức mỗi kg 20.000-25.000 đồng" | each end / n |
| `_parts` (loosely) | "45 đơn vị (gồm 38 xã và 7 phường)": parts of other nouns, asides skipped; the first part in words: "12 cầu thủ, gồm ba tiền đạo, 4 tiền vệ và năm hậu vệ" | A + B |
| `_parts_in_words` | "6 máy bay, gồm ba tiêm kích ..., một chiến đấu cơ MiG-29, một ... và một ...": every part in words | 3 + 1 + 1 + 1 |
| lists (`_list_from`) | "32 đội, gồm 12 đội ..., 6 đội ..., một đội ... và một đội ...": parts in words the extractor leaves out | A + B + 1 + 1 |
| `_part_of_whole` (loosely) | "110 bàn từ 141 cú sút, tỷ lệ thành công 78%": a count of another noun before a named rate | X / Y × 100 |
| `_change_with_level` (loosely) | "bán 4,27 triệu xe ... tăng doanh số gần 30%, lên 5,5 triệu xe" | (B − A) / A × 100 |
| `_parts_of_noun_named_again` | "230 hành khách và 12 ... . ... các hành khách gồm 169 ..., 53 ..., 7 ... và một ..." | A + B + C + 1 |
| `_parts_after_with` | "16 bàn thắng ..., với 12 bàn và 4 pha kiến tạo" | A + B |
| `_outcome_parts` | "thắng tới 11 trận, hòa 5 và chỉ thua ba"; "thắng 8 qua 12 trận (hòa 2, thua 2)"; "7 chiến thắng, 5 hòa"; the count in the sentence before: "gặp nhau 36 lần, ... . Barca thắng 16, hòa 9 và thua 11 trận" | W + D + L |
| `_average` (loosely) | "... 6 tháng ... 52 tỷ ... . ... . Trung bình mỗi tháng, ... gần 9 tỷ": the cue opening the sentence, two sentences back | T / n |
| `_part_of_whole` (whole first) | "tung 153 đòn, với 57 cú trúng đích - đạt tỷ lệ 37,3%": a count, a smaller count, a named rate | X / Y × 100 |
| `_shares_of_listed_sum` | "i10 ... 1.594 xe, chiếm 54% ..., Wigo ... 1.158 xe, chiếm 40%, ... Morning ... 174 xe tương đương 6%": shares that make 100% | X / (A + B + C) × 100 |
| `_per_unit_restated` | "2 cơ sở ... 80 triệu đồng (40 triệu đồng/cơ sở)"; "38 m2 ... 8 tỷ đồng (tương đương 210 triệu đồng một m2)"; "1.400 xe sau 5 tháng, tức trung bình 280 xe/tháng"; "2 kg ... 1,5 triệu đồng, tức khoảng 750.000 đồng một kg" | T / n |
| `_gap_compared` | "23,9%, cao hơn 11,8 điểm phần trăm so với VN-Index (12,1%)"; "28 triệu đồng ..., trong khi ... 600.000 đồng, chênh hơn 27 triệu đồng" | A − B |
| `_worked_out_rest` | "... doanh thu 32.683 tỷ ... . Trong quý I, ... doanh thu hơn 16.064 tỷ ... . Như vậy, doanh thu quý II ... đạt 16.619 tỷ": a value worked out from two named alike in the two sentences before | T − P |
| `_gap_compared` (in %) | "540.000 đồng, rẻ hơn 40% so với vé máy bay (900.000 đồng)"; "8,6 triệu đồng, trong khi ... gần 162 triệu đồng – chênh lệch tới 95%" | (A − B) / B × 100 |

After every reader, `_search` looks, for each stated figure no reader bound, for operands in its
sentence and the one before (after, for a sum) that make it hold: a share or change for a
percentage, a sum, a difference, an average, a multiple. What it finds is reported only when it
holds, under guards against coincidence (see its section below and rules.py).

Operands are counts and amounts. Dates, years, periods, times, ordinals, codes,
ranges and vague amounts never are, nor a number joined to another by a dash, a
slash or a colon (a score "3-3", a date "20-11", a record "124-21": only `_record`
reads those), nor a number after a word that makes it a day, a rank or a score
(rules.NOT_OPERAND_BEFORE). A count of time is only ever the divisor of an average.

A relation is "inconsistent" only when no value the written figures allow (their
qualifiers, their written precision, round numbers as rounded, a computed share
truncated) makes it hold; a relation whose reading is unsure (which of two values
came first) is reported only when it holds.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache, partial
from itertools import chain
from typing import Iterator, NamedTuple

from . import compare, rules
from .compare import Interval
from .extract import NUMBER_START_WORDS, extract_figures, lowercase, spaced_alternatives
from .numbers import format_number as fmt, parse_digits, precision_of_integer
from .segment import sentence_bounds
from .types import Figure, Kind, Relation, RelationStatus, Span

#: Relation kinds whose stated figure is a percentage (render.py adds the % sign).
PERCENT_KINDS = frozenset({"percent_of_total", "ratio_percent", "percent_of_target",
                           "percent_change", "win_rate"})

_MAX_TEXT = 320
_MAX_CLAUSE = 600   # longer "sentences" are cut: arithmetic is stated within a sentence or two


# --- words: the tables of rules.py as phrases of tokens ------------------------------------

class _Phrases(tuple):
    """Every phrase of some tables as a tuple of words, longest first, indexed by
    first and last word so that a match tries only the phrases that can match."""

    def __new__(cls, phrases):
        self = super().__new__(cls, sorted(set(phrases), key=len, reverse=True))
        self.by_first, self.by_last = {}, {}
        for p in self:
            self.by_first.setdefault(p[0], []).append(p)
            self.by_last.setdefault(p[-1], []).append(p)
        self.text = tuple(" ".join(p) for p in self)
        self.groups = _grouped(self.text)
        return self


def _grouped(cues) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Cues grouped by their first word: a text without that word holds none of the group
    (one scan stands for the dozen cues that open with "tổng")."""
    groups: dict[str, list[str]] = {}
    for cue in cues:
        groups.setdefault(cue.split()[0], []).append(cue)
    return tuple((first, tuple(group)) for first, group in groups.items())


def _phrases(*tables) -> _Phrases:
    return _Phrases(tuple(p.split()) for table in tables for p in table)


_PART_OF_WHOLE = _phrases(rules.PART_OF_WHOLE_LINKS)
_PART_OF_WHOLE_LOOSE = _phrases(rules.PART_OF_WHOLE_LOOSE_LINKS)
_WHOLE_CUES = _phrases(rules.WHOLE_CUES)
_WHOLE_THEN_PART = _phrases(rules.WHOLE_THEN_PART_CUES)
_WHOLE_AFTER_SHARE = _phrases(rules.WHOLE_AFTER_SHARE)
_NAMED_WHOLE_AFTER_SHARE = _phrases(rules.NAMED_WHOLE_AFTER_SHARE)
_PLAN = _phrases(rules.PLAN_WORDS)
_COMPARE = _phrases(rules.COMPARE_WORDS)
_TARGET = _phrases(rules.TARGET_CUES)
_FROM = _phrases(rules.FROM_WORDS, rules.FROM_LEVEL_WORDS)
_UP_TO = _phrases(rules.UP_TO_WORDS)
_LEVEL_SHARE = _phrases(rules.CHANGE_SHARE_WORDS)
_DOWN_TO = _phrases(rules.DOWN_TO_WORDS)
_CONTRAST = _phrases(rules.CONTRAST_WORDS)
_WIN, _DRAW, _LOSS = _phrases(rules.WIN_WORDS), _phrases(rules.DRAW_WORDS), _phrases(rules.LOSS_WORDS)
_PER = _phrases(rules.PER_WORDS)
_EXCESS = _phrases(rules.EXCESS_WORDS)
_NOT_OPERAND_BEFORE = _phrases(rules.NOT_OPERAND_BEFORE)
_FILLERS = _phrases(rules.FILLER_WORDS, [q for q, code in rules.QUALIFIERS.items() if code])
_RATE = _phrases(rules.RATE_WORDS)
_TIME_UNITS = frozenset(rules.RELATION_TIME_UNITS)
_AGE_UNITS = frozenset(rules.AGE_UNITS)

#: What a word just before a percentage says it is (a word may say two things:
#: "đạt" is a share and an achievement).
_LEAD_CUES: dict[tuple[str, ...], frozenset[str]] = {}
for _table, _cue in ((rules.SHARE_WORDS, "share"), (rules.ACHIEVE_WORDS, "achieve"),
                     (rules.RATE_WORDS, "rate"), (rules.INCREASE_WORDS, "up"),
                     (rules.DECREASE_WORDS, "down"), (rules.WIN_RATE_WORDS, "win")):
    for _p in _phrases(_table):
        _LEAD_CUES[_p] = _LEAD_CUES.get(_p, frozenset()) | {_cue}
#: "tức bằng 20%", "chiếm 74%": a share word that is no achievement word ("đạt", "bằng" may
#: be either) says the percentage is a share even beside one of those.
for _p in _phrases(w for w in rules.SHARE_WORDS if w not in rules.ACHIEVE_WORDS):
    _LEAD_CUES[_p] = _LEAD_CUES[_p] | {"plain_share"}
_LEAD_PHRASES = _Phrases(_LEAD_CUES)

#: Tokens: words, single punctuation marks, "#" for digits no figure took, "@" for
#: a figure that is no operand (a date between two operands is only a word there).
_TOKEN = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+|\d+|[^\w\s]")
#: Marks that are a token of their own (`[^\w\s]` of `_TOKEN`, no combining accent):
#: `_Doc.tokens` splits them off a word they end or open without the pattern.
_WORD_MARKS = frozenset(",.;:!?()%\"'“”‘’«»…@")
#: Combining accents: some articles spell "đối tượng" decomposed (NFD); a word is
#: read with its accents composed, as the tables write it.
_COMBINING = re.compile(r"[\u0300-\u036f]")
#: Tone marks written as combining characters: a decomposed Vietnamese text holds the
#: acute or the grave (checking two characters is far cheaper than a regex).
_TONE_MARKS = ("\u0301", "\u0300")


def _is_decomposed(text: str) -> bool:
    return _TONE_MARKS[0] in text or _TONE_MARKS[1] in text


@lru_cache(maxsize=4096)
def _composed(token: str) -> str:
    return unicodedata.normalize("NFC", token)


def _nfc(text: str) -> str:
    """`unicodedata.normalize("NFC", text)`, one line at a time: a line break composes with nothing
    on either side and no mark moves across it, so the NFC of a text is that of its lines, joined
    (a property test holds the two equal). A line already composed is only checked (in C), not
    rebuilt: an article spelt decomposed in some of its paragraphs, most such articles, is composed
    in about half the time of the whole."""
    return "\n".join([unicodedata.normalize("NFC", line) for line in text.split("\n")])


_MASK = "@"
_QUOTES = frozenset("\"'“”‘’«»")


def _ends_with(tokens: tuple, phrases: _Phrases) -> int:
    """How many tokens at the end of `tokens` one of `phrases` takes (0: none)."""
    if tokens:
        for p in phrases.by_last.get(tokens[-1], ()):
            if len(p) <= len(tokens) and tokens[len(tokens) - len(p):] == p:
                return len(p)
    return 0


def _starts_with(tokens: tuple, phrases: _Phrases) -> int:
    if tokens:
        for p in phrases.by_first.get(tokens[0], ()):
            if tokens[:len(p)] == p:
                return len(p)
    return 0


def _contains(tokens: tuple, phrases: _Phrases) -> bool:
    # a phrase starts only where its first word stands: no slice taken anywhere else, and none
    # at all where no token opens a phrase (most tokens asked: one pass in C)
    by_first = phrases.by_first
    if by_first.keys().isdisjoint(tokens):
        return False
    return any(_starts_with(tokens[i:], phrases) for i, t in enumerate(tokens) if t in by_first)


def _skip_fillers(tokens: tuple) -> tuple:
    """`tokens` less the filler words and qualifiers it opens with."""
    while True:
        n = _starts_with(tokens, _FILLERS)
        if not n:
            return tokens
        tokens = tokens[n:]


def _is_plain(tokens: tuple, max_words: int, max_commas: int = 1) -> bool:
    """Is `tokens` a short noun phrase, without a clause break or a stray number?"""
    words = commas = 0
    before = ""
    for t in tokens:
        if t == "," or t == ";":
            commas += 1
        elif t == "#" and before in _POWER_UNITS:
            pass   # "m2", "km2", "m3": a unit's power, no number
        elif not t[0].isalpha() and t != _MASK:
            return False
        else:
            words += 1
        before = t
    return words <= max_words and commas <= max_commas


_POWER_UNITS = frozenset(rules.UNITS_WITH_POWER)


class _Lead(NamedTuple):
    """The words before a percentage: what they say it is, and the words before those."""

    cues: frozenset[str]
    rest: tuple


def _lead(tokens: tuple) -> _Lead:
    """Peel cue words and fillers off the end of `tokens`: ", tương ứng tỷ lệ giảm"
    says {share, rate, down}; "tỷ lệ hấp thụ" is a rate with its name."""
    cues: frozenset[str] = frozenset()
    while tokens:
        n = _ends_with(tokens, _LEAD_PHRASES)
        if n:
            cues |= _LEAD_CUES[tokens[-n:]]
            tokens = tokens[:-n]
            continue
        n = _ends_with(tokens, _FILLERS)
        if n:
            tokens = tokens[:-n]
            continue
        if not cues:  # a rate named after "tỷ lệ": "tỷ lệ thành công 78%"
            named = next((k for k in (1, 2, 3) if len(tokens) > k and _is_plain(tokens[-k:], k, 0)
                          and _ends_with(tokens[:-k], _RATE)), 0)
            if named:
                tokens = tokens[:-named]
                continue
        break
    return _Lead(cues, tokens)


# --- the article: sentences, operands, masked text ---------------------------------------

_JOINERS = "-–/:"


def _is_joined(text: str, f: Figure) -> bool:
    """Is the number joined to another by a dash, slash or colon ("3-3", "20-11",
    "124-21", "3 - 3")? A space either side of the mark is allowed."""
    before = text[max(0, f.start - 4):f.start].replace(" ", "")
    after = text[f.end:f.end + 4].replace(" ", "")
    return (len(before) >= 2 and before[-1] in _JOINERS and before[-2].isdigit()
            or len(after) >= 2 and after[0] in _JOINERS and after[1].isdigit())


#: The last words of the phrases that make the figure after them no operand, as one pattern: a
#: token of a text not decomposed is a stretch of it, so where none of these words stands in the
#: 16 characters before a figure, no phrase ends there (the look-behind below, without its tokens).
_NOT_OPERAND_LAST_WORD = re.compile("|".join(map(re.escape, sorted(_NOT_OPERAND_BEFORE.by_last, key=len, reverse=True))))


def _joiner_positions(text: str) -> list[int]:
    """Where a mark that may join two numbers stands in `text`, in order (a few per sentence)."""
    at: list[int] = []
    for mark in _JOINERS:
        i = text.find(mark)
        while i >= 0:
            at.append(i)
            i = text.find(mark, i + 1)
    return sorted(at)


def _may_be_joined(joiners: list[int], f: Figure) -> bool:
    """Could `_is_joined` hold of f? Not unless a mark of `joiners` (`_joiner_positions`) stands
    within the four characters before it or after it: one bisection instead of reading both."""
    k = bisect_left(joiners, f.start - 4)
    return k < len(joiners) and joiners[k] < f.end + 4


def _is_operand(text: str, lower: str, f: Figure, decomposed: bool, joiners: list[int]) -> bool:
    """May this figure be a term of arithmetic? Counts and amounts only (see module doc).
    `joiners` are the text's `_joiner_positions`."""
    if f.kind not in (Kind.COUNT, Kind.MONEY) or isinstance(f.value, tuple) or f.value <= 0:
        return False
    if f.unit in _AGE_UNITS:
        return False
    if _may_be_joined(joiners, f) and _is_joined(text, f):
        return False
    if not decomposed and not _NOT_OPERAND_LAST_WORD.search(lower, max(0, f.start - 16), f.start):
        return True   # no token of the 16 characters before it is the last word of a phrase below
    before = tuple(_TOKEN.findall(lower, max(0, f.start - 16), f.start))
    if decomposed:
        before = tuple(_composed(t) for t in before)
    return not _ends_with(before, _NOT_OPERAND_BEFORE)


def _is_key(f: Figure) -> bool:
    """A percentage or a ratio: what the readers start from."""
    return (f.kind is Kind.PERCENT and not isinstance(f.value, tuple)
            or f.kind is Kind.RATIO and f.value != (1, 2))


def _is_decimal_point(text: str, i: int) -> bool:
    """Whether text[i] is a '.' between two digits ("25.529", "1.5"), which ends no sentence."""
    return text[i] == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `segment.split_sentences`; one longer than _MAX_CLAUSE
    is cut into pieces of that length, so that no window grows with the text."""
    out = []
    for s, e in sentence_bounds(text):
        while e - s > _MAX_CLAUSE:
            out.append((s, s + _MAX_CLAUSE))
            s += _MAX_CLAUSE
        out.append((s, e))
    return out


#: Numbers this long or shorter are kept by _ShownTokens: at most some thousands of them.
_KEPT_NUMBER_LENGTH = 3


class _ShownTokens(dict):
    """{token: the token as the readers see it}: "#" for a number, "" (left out) for a
    quotation mark, else itself; filled as tokens are met (the words of the articles read since
    `_known_runs` last emptied it)."""

    def __missing__(self, token: str) -> str:
        if token[0].isdigit():
            if len(token) <= _KEPT_NUMBER_LENGTH:
                self[token] = "#"   # a short number may stand thousands of times ("1, 2, 1, 2, ...")
            return "#"  # a longer one is not kept: an article has many numbers, each met a few times
        shown = self[token] = "" if token in _QUOTES else token
        return shown


class _RunTokens(dict):
    """{run of the masked text between white space: its tokens as the readers see them} (`_Doc.tokens`),
    filled as runs are met. Tokens never cross white space and depend on nothing around their run,
    so a run read once is read for every window it stands in: a text's words recur ("đảng",
    "viên,"), and a number's run is read by the windows on either side of it. At most one entry per
    run of the texts read since `_known_runs` last emptied it: at most _MAX_KNOWN_RUNS runs and
    those of the article being read."""

    def __init__(self, shown: _ShownTokens):
        super().__init__()
        self.shown, self.find = shown.__getitem__, _TOKEN.findall

    def __missing__(self, run: str) -> tuple:
        if run.isalpha():
            toks = (run,)   # a word: one token, shown as itself
        elif run[-1] in _WORD_MARKS and run[:-1].isalpha():
            toks = tuple(filter(None, (run[:-1], self.shown(run[-1]))))   # "viên,"
        elif run[0] in _WORD_MARKS and run[1:].isalpha():
            toks = tuple(filter(None, (self.shown(run[0]), run[1:])))     # "(trung"
        else:
            toks = tuple(filter(None, map(self.shown, self.find(run))))
        self[run] = toks
        return toks


#: The runs (`_RunTokens`) and tokens (`_ShownTokens`) every article's readers have read, shared:
#: what a run's tokens are depends on the run alone, and most runs of an article are words of every
#: article ("của", "đồng,", "(trong"), read again by each `_Doc` that had its own. Started afresh
#: when they hold more than _MAX_KNOWN_RUNS runs, so that a stream of articles, each with numbers
#: of its own, keeps them bounded.
_SHOWN = _ShownTokens()
_RUNS = _RunTokens(_SHOWN)
_MAX_KNOWN_RUNS = 1 << 15


def _known_runs() -> _RunTokens:
    """`_RUNS`, emptied first when it holds more than _MAX_KNOWN_RUNS runs."""
    if len(_RUNS) > _MAX_KNOWN_RUNS:
        _RUNS.clear()
        _SHOWN.clear()
    return _RUNS


#: A group of this many cues or more (`_grouped`) has its phrases looked for where their first
#: word stands, by the gate too: a scan of the text for each costs more than finding that word's
#: few places and asking each phrase there.
_FIRST_WORD_PLACES_FROM = 4


class TextCues:
    """Where the words and cue phrases of the tables stand in one lowercased text, each looked for
    once per article: the cheap gate (`may_state_relations`) and the readers (`_Doc`) ask for the
    same words ("trong", "tổng", "còn" open cues of a dozen tables, several of the gate's checks
    share theirs), and a phrase of several words is looked for only where its first word stands,
    not in the whole text (each such scan of a short article costs about what a dozen `startswith`
    do where the word stands)."""

    __slots__ = ("lower", "_held", "_first", "_starts", "_composed")

    def __init__(self, lower: str):
        self.lower = lower
        self._held: dict[str, bool] = {}          # holds, asked once
        self._first: dict[str, int] = {}          # where a word looked for whole first stands (-1: nowhere)
        self._starts: dict[str, list[int]] = {}   # starts, found once
        self._composed: TextCues | None = None     # composed, made once

    def holds(self, words: str) -> bool:
        """`words in self.lower`, looked for once per article (a phrase of several words where
        its first word stands: `starts`). A word is looked for with `find`, which stops where `in`
        does, and where it first stands is kept: `starts` goes on from there, not from the top."""
        held = self._held.get(words)
        if held is None:   # a phrase of several words: a space after its first word
            if words.find(" ") > 0:
                held = self._held[words] = bool(self.starts(words))
            else:
                held = self._held[words] = self._first_place(words) >= 0
        return held

    def _first_place(self, word: str) -> int:
        """Where `word` first stands in the lowercased text (-1: nowhere), found once."""
        i = self._first.get(word)
        if i is None:
            i = self._first[word] = self.lower.find(word)
        return i

    def decomposed(self) -> bool:
        """`_is_decomposed(self.lower)`, each tone mark looked for once per article: the gate asks
        it last, and the readers' `_Doc` again."""
        return self.holds(_TONE_MARKS[0]) or self.holds(_TONE_MARKS[1])

    def composed(self) -> TextCues:
        """The `TextCues` of this text composed (`_nfc`), made once per article: where a decomposed
        text's cue words are found. The gate looks there last, and the readers' `_Doc.says` then
        finds those words looked for already (each was one more normalization and scan of the
        text, table by table)."""
        if self._composed is None:
            self._composed = TextCues(_nfc(self.lower))
        return self._composed

    def starts(self, cue: str) -> list[int]:
        """Where `cue` stands in the lowercased text (in longer words too, overlapping places
        too), found once per article. A phrase of several words stands where its first word
        does, and only there: it is looked for at those places, not in the whole text."""
        starts = self._starts.get(cue)
        if starts is None:
            first_end = cue.find(" ")   # where its first word ends, for a phrase of several
            if first_end > 0:
                at, lower = self.starts(cue[:first_end]), self.lower
                starts = self._starts[cue] = [i for i in at if lower.startswith(cue, i)]
            else:
                starts = self._starts[cue] = []
                i = self._first_place(cue)
                while i >= 0:
                    starts.append(i)
                    i = self.lower.find(cue, i + 1)
        return starts

    def spans(self, groups) -> Iterator[tuple[int, int]]:
        """(start, end) of every occurrence of the cues (whole words or not: wider is safe), given
        grouped by first word (`_grouped`): each group's cues in turn, each one's places in order."""
        for first, group in groups:
            if self.holds(first):
                for cue in group:
                    for i in self.starts(cue):
                        yield i, i + len(cue)

    def gate_spans(self, groups) -> Iterator[tuple[int, int]]:
        """`spans(groups)` as the gate asks it: a cue whose places are not known yet is looked for
        whole (one scan), not at every place of its first word ("trong", "còn", "từ" stand a dozen
        times in an article, and the gate's cues open with them), unless its group holds
        `_FIRST_WORD_PLACES_FROM` cues or more: then each is looked for where the first word stands
        (the dozen and a half cues of "tổng" were as many scans of the whole text). Written out,
        not through `holds` and `starts`: the gate asks some forty words of every article, most of
        them once."""
        held, first_at, known, lower = self._held, self._first, self._starts, self.lower
        for first, group in groups:
            here = held.get(first)
            if here is None:   # one word: `holds` looks for it so
                i = first_at.get(first)
                if i is None:
                    i = first_at[first] = lower.find(first)
                here = held[first] = i >= 0
            if not here:
                continue
            at_first_word = len(group) >= _FIRST_WORD_PLACES_FROM
            for cue in group:
                at = known.get(cue)
                if at is None:
                    first_end = cue.find(" ")
                    if first_end > 0 and (at_first_word or cue[:first_end] in known):
                        at = self.starts(cue)   # its first word's places are known: looked for there
                    else:
                        at = known[cue] = []
                        i = first_at.get(cue)
                        if i is None:   # looked for whole (from where its first word first stands, known
                            # above: it stands nowhere before): where it first stands says whether it does
                            i = first_at[cue] = lower.find(cue, first_at.get(first, 0) if cue.startswith(first) else 0)
                            held[cue] = i >= 0
                        while i >= 0:
                            at.append(i)
                            i = lower.find(cue, i + 1)
                for i in at:
                    yield i, i + len(cue)


#: How far before a figure `_Doc.words_before` reads, in characters.
_BEFORE = 40


class _Doc:
    """The article as the readers see it: its figures that matter ("key" figures:
    operands, percentages, ratios), each with its sentence; the text lowercased with
    every other figure masked as one token."""

    def __init__(self, text: str, lower: str, figures: list[Figure], cues: TextCues | None = None):
        self.text, self.lower = text, lower
        # the words and cues of the tables, looked for once per article (by the gate too, when
        # it hands its `TextCues` on): `holds`, `cue_starts` and `_cues_at` are its own
        cues = cues if cues is not None and cues.lower is lower else TextCues(lower)
        self.holds, self.cue_starts, self._cues_at = cues.holds, cues.starts, cues.spans
        self._cues = cues
        self.operand = {}
        keep, pieces, pos = [], [], 0
        decomposed, joiners = cues.decomposed(), _joiner_positions(text)
        for f in figures:
            if _is_operand(text, lower, f, decomposed, joiners):
                self.operand[f.start] = True
                keep.append(f)
            elif _is_key(f):
                keep.append(f)
            elif f.start >= pos:
                pieces += (lower[pos:f.start], _MASK, " " * (f.end - f.start - 1))
                pos = f.end
        pieces.append(lower[pos:])
        self.masked = "".join(pieces)
        self.decomposed = decomposed
        self.all_figures = figures
        self._all_starts: list[int] | None = None   # all_starts, listed once
        self.figs = keep
        spans = _sentence_spans(text)
        starts = [s for s, _ in spans]
        fig_starts = [f.start for f in keep]
        # the sentence of each key figure: the last that starts at or before it (map and partial run in C)
        self.sentence = [k - 1 for k in map(partial(bisect_right, starts), fig_starts)]
        self.spans, self.starts = spans, starts
        self.leads: dict[int, tuple] = {}   # _lead_of, read once for all readers
        self.cue_spans: dict[int, list[tuple[int, int]]] = {}   # near_cue, found once (by table)
        self.percents: list[int] | None = None                        # _percents, found once
        self.said: dict[int, bool] = {}                               # says, asked once (by table)
        self.before_tokens: dict[int, tuple] = {}                     # words_before, read once
        self.fig_starts = fig_starts   # the key figures' starts, for finding those near a position by bisection
        self._fig_ends: list[int] | None = None                       # fig_ends, listed once
        self.openers: dict[int, list[int]] = {}                        # may_hold, found once (by table)
        self._shown = _SHOWN                                          # tokens: each token as the readers see it
        self._runs = _known_runs()                                    # tokens: each run's tokens, read once
        self.nouns: dict[int, str | None] = {}                        # _noun, read once
        self.search_operands: dict[int, bool] = {}                    # _is_search_operand, asked once
        self.after_tokens: dict[int, tuple] = {}                      # _words_after, read once
        self.window_operands: dict[tuple[int, int], tuple[list[int], list[int]]] = {}  # _window_operands, listed once
        self.next_items: dict[tuple[int, bool], tuple] = {}            # _next_item, read once
        self.list_links: dict[tuple[int, bool, bool], tuple | None] = {}  # _list_link, read once
        self.list_steps: dict[tuple[int, bool], tuple | None] = {}     # _list_step, read once
        self.gaps: dict[int, tuple] = {}                               # gap_tokens, read once
        self.leads_in_sentence: dict[int, tuple] = {}                  # sentence_lead, read once
        self.lists: dict[tuple[int, bool, bool], tuple] = {}           # _list_from, read once
        self.details_after: dict[int, str | None] = {}                 # _detail_of, read once
        self.values_by_noun: dict[int, dict[tuple, list]] = {}         # _values_by_noun, listed once
        self.operand_values: dict[tuple[int, Kind], list] | None = None  # _operand_values, listed once
        self.list_runs: dict[tuple[bool, bool | None], dict[int, tuple[int, bool]]] = {}  # _list_runs_long
        self.claimed: set[int] = set()   # stated figures a reader bound (relations_of fills it)
        self.bound: set[frozenset[int]] = set()   # the figures of each relation found, as a set

    def says(self, phrases: _Phrases) -> bool:
        """Does the text hold one of the phrases anywhere? (A reader whose cue is
        missing need not look at any figure.)"""
        said = self.said.get(id(phrases))
        if said is None:
            said = self.said[id(phrases)] = self._says(phrases)
        return said

    def _says(self, phrases: _Phrases) -> bool:
        holds = self.holds
        if any(holds(first) and any(holds(p) for p in group) for first, group in phrases.groups):
            return True
        # a decomposed text: the phrases in it composed (`TextCues.composed`, shared with the gate;
        # `holds` is `in`); one that is not holds them as written, looked for above
        return self.decomposed and any(map(self._cues.composed().holds, phrases.text))

    def near_cue(self, phrases: _Phrases, lo: int, hi: int) -> bool:
        """Does one of the phrases stand (in part) between lo and hi? A cheap first look
        before reading the words; always yes in a decomposed text, whose cue words
        are found only once composed."""
        if self.decomposed:
            return True
        spans = self.cue_positions(phrases)
        k = bisect_left(spans, (lo - 40, 0))
        for s, e in spans[k:k + 8]:
            if s >= hi:
                return False   # the spans are in order of their start: none after it starts before hi
            if e > lo:
                return True
        return False

    def cue_positions(self, phrases: _Phrases) -> list[tuple[int, int]]:
        """(start, end) of every occurrence of the phrases, in text order, found once."""
        spans = self.cue_spans.get(id(phrases))
        if spans is None:
            spans = self.cue_spans[id(phrases)] = sorted(self._cues_at(phrases.groups))
        return spans

    def near_cue_between(self, phrases: _Phrases) -> list[int]:
        """The key figures j (indices, in order) for which `near_cue(phrases, figs[j].end,
        figs[j + 1].start)` may hold: a cue starts at most 40 characters before figure j ends
        and before figure j + 1 starts (near_cue looks at no cue starting earlier). A reader
        asking it of every pair of neighbours asks it of these only."""
        if self.decomposed:
            return list(range(len(self.figs) - 1))
        starts, ends = self.fig_starts, [f.end for f in self.figs]
        found: set[int] = set()
        for s, _ in self.cue_positions(phrases):
            # figs[j + 1].start > s, and figs[j].end <= s + 40
            found.update(range(max(0, bisect_right(starts, s) - 1), bisect_right(ends, s + 40)))
        return sorted(j for j in found if j < len(self.figs) - 1)

    def _openers(self, phrases: _Phrases) -> list[int]:
        """Where a word that opens one of the phrases stands in the lowercased text, in order
        (as a stretch of letters: inside longer words too), found once per table."""
        at = self.openers.get(id(phrases))
        if at is None:
            at = self.openers[id(phrases)] = sorted(chain.from_iterable(map(self.cue_starts, phrases.by_first)))
        return at

    def may_hold(self, phrases: _Phrases, lo: int, hi: int) -> bool:
        """Could the tokens between lo and hi hold one of the phrases? Not unless a word that
        opens one of them stands within lower[lo:hi]. Exact as a filter (a token is a stretch
        of the lowercased text); always yes in a decomposed text, whose tokens are composed."""
        if self.decomposed:
            return True
        at = self._openers(phrases)
        k = bisect_left(at, max(0, lo))
        return k < len(at) and at[k] < hi

    def cued(self, phrases: _Phrases) -> list[int]:
        """The key figures (indices, in order) whose `words_before` may hold one of the
        phrases (`may_hold`): a reader that starts from such a cue looks at these only, not at
        every figure of the article."""
        if self.decomposed:
            return list(range(len(self.figs)))
        starts = self.fig_starts
        found: set[int] = set()
        for at in self._openers(phrases):
            # a cue at `at` is in the window of the figures that start in (at, at + _BEFORE]
            found.update(range(bisect_right(starts, at), bisect_right(starts, at + _BEFORE)))
        return sorted(found)

    @property
    def all_starts(self) -> list[int]:
        """The starts of all the article's figures, in order, listed once (for bisection)."""
        if self._all_starts is None:
            self._all_starts = [f.start for f in self.all_figures]
        return self._all_starts

    def cued_to_next(self, phrases: _Phrases) -> list[int]:
        """The key figures j (indices, in order; not the last) for which `may_hold(phrases,
        figs[j].start - _BEFORE, figs[j + 1].start)` holds: a word that opens a phrase stands in
        the words before figure j or between it and the next. A reader whose cue stands there
        looks at these only, not at every figure of the article."""
        n = len(self.figs) - 1
        if self.decomposed:
            return list(range(max(0, n)))
        starts = self.fig_starts
        found: set[int] = set()
        for at in self._openers(phrases):
            # figs[j + 1].start > at, and figs[j].start <= at + _BEFORE
            found.update(range(max(0, bisect_right(starts, at) - 1), min(n, bisect_right(starts, at + _BEFORE))))
        return sorted(found)

    @property
    def fig_ends(self) -> list[int]:
        """The key figures' ends, in order (key figures never overlap)."""
        if self._fig_ends is None:
            self._fig_ends = [f.end for f in self.figs]
        return self._fig_ends

    def operands_after_cues(self, phrases: _Phrases, reach: int) -> Iterator[tuple[int, int, int]]:
        """(cue start, cue end, k) for each occurrence of the phrases that an operand k follows
        within `reach` characters (`operand_after`): the values cue words introduce."""
        if not self.says(phrases):
            return
        for start, end in self.cue_positions(phrases):
            k = self.operand_after(end, reach)
            if k is not None:
                yield start, end, k

    def operand_after(self, pos: int, reach: int) -> int | None:
        """The key figure that first starts at or after pos, when it starts within `reach`
        characters and is an operand (the value a cue word introduces); else None."""
        k = bisect_left(self.fig_starts, pos)
        if k < len(self.figs) and self.figs[k].start <= pos + reach and self.is_operand(self.figs[k]):
            return k
        return None

    def is_operand(self, f: Figure) -> bool:
        return f.start in self.operand

    def tokens(self, lo: int, hi: int) -> tuple:
        """The tokens of the text between lo and hi; quotation marks are left out
        (41 “dân chơi” gồm ... is 41 dân chơi gồm ...)."""
        if self.decomposed:
            toks = [_composed(t) for t in _TOKEN.findall(self.masked, lo, hi)]
            return tuple(filter(None, map(self._shown.__getitem__, toks)))
        # tokens never cross white space: the tokens of each run between spaces, read once
        # (`_RunTokens`), one after the other (split, map and chain run in C)
        return tuple(chain.from_iterable(map(self._runs.__getitem__, self.masked[max(0, lo):max(0, hi)].split())))

    def gap_tokens(self, j: int) -> tuple:
        """`tokens` between key figure j and key figure j + 1, read once: the readers of lists ask
        it of each figure of a run of values, from every cue before it."""
        toks = self.gaps.get(j)
        if toks is None:
            toks = self.gaps[j] = self.tokens(self.figs[j].end, self.figs[j + 1].start)
        return toks

    def sentence_lead(self, i: int) -> tuple:
        """`tokens` from the start of key figure i's sentence to the figure, read once."""
        toks = self.leads_in_sentence.get(i)
        if toks is None:
            toks = self.leads_in_sentence[i] = self.tokens(self.spans[self.sentence[i]][0], self.figs[i].start)
        return toks

    def prev(self, i: int) -> int | None:
        """The key figure before figure i in its sentence."""
        return i - 1 if i > 0 and self.sentence[i - 1] == self.sentence[i] else None

    def next(self, i: int) -> int | None:
        j = i + 1
        return j if j < len(self.figs) and self.sentence[j] == self.sentence[i] else None

    def before(self, i: int, back: int = 12, sentences: int = 2) -> Iterator[int]:
        """Key figures before figure i, nearest first, in its sentence and the one before."""
        lowest = self.sentence[i] - (sentences - 1)
        for j in range(i - 1, max(-1, i - 1 - back), -1):
            if self.sentence[j] < lowest:
                return
            yield j

    def tokens_before(self, f: Figure) -> tuple:
        """The tokens of text[f.start - _BEFORE:f.start], read once: several readers ask them of
        every operand, some more than once."""
        toks = self.before_tokens.get(f.start)
        if toks is None:
            toks = self.before_tokens[f.start] = self.tokens(max(0, f.start - _BEFORE), f.start)
        return toks

    def words_before(self, f: Figure, n: int = 4) -> tuple:
        """Up to n tokens before f within its clause (they stop at punctuation): tokens of
        text[f.start - _BEFORE:f.start]."""
        toks = self.tokens_before(f)
        i = len(toks)
        low = max(0, i - n)
        while i > low and (toks[i - 1][0].isalpha() or toks[i - 1] == _MASK):
            i -= 1  # the words after the last mark of punctuation or number
        return toks[i:]


# --- entry points ----------------------------------------------------------------------------

def may_state_relations(text: str, lower: str, cues: TextCues | None = None) -> bool:
    """Could `relations_of` find anything in `text`? A cheap, conservative answer
    (`lower` is `lowercase(text)`; `cues` its `TextCues`, to hand on to `relations_of`).
    Every reader starts from a percentage or from a cue word with a number after it, so an
    article with neither states no relation, and its figures need not even be read. Each
    window below is at least as wide as where the readers look (tests compare both, on
    fixtures and generated text)."""
    if "%" in lower or any(w in lower for w in rules.PERCENT_WORDS):
        return True
    cues = cues if cues is not None and cues.lower is lower else TextCues(lower)
    if _gate_cues(text, cues) or _bracketed_list(text) or _bound_remainder(text, cues) \
            or _PER_UNIT_RANGE.search(lower) or _outcome_gate(cues) or _parts_opener_gate(text, cues) \
            or _counted_total_gate(cues) or _per_each_gate(cues) or _parts_after_with_gate(lower) \
            or _per_unit_restated_gate(cues) or _gap_compared_gate(cues) or _worked_out_gate(lower) \
            or _price_by_area_gate(lower):
        return True
    # cue words spelt decomposed: look at them composed (rare, and costly, so last)
    return cues.decomposed() and _gate_cues(_nfc(text), cues.composed())


#: A bracket or a colon, a few words and a number ("5 người chết (3 người ...", "500
#: triệu đồng được chia: anh A lấy 320 ..."), then a separator and another number.
#: "mỗi kg có giá 24.000-27.000 đồng": a range per unit (`_per_unit_range`).
_PER_UNIT_RANGE = re.compile("(?:" + "|".join(rules.EACH_WORDS) + r")[^.\n]{0,40}?\d[\d.,]*\s?[-–]\s?\d")
_LIST_AFTER = r"[^()\n]{0,100}?(?:[,;]|\s(?:" + "|".join(rules.RELATION_LIST_JOINERS) + r")\s)[^()\n\d]{0,100}?\d"
#: A bracket or a colon, a few words and a number ("5 người chết (3 người ...", "500
#: triệu đồng được chia: anh A lấy 320 ..."), then a separator and another number; each
#: pattern opens with its mark, so the text is scanned for it in C.
_LIST_OPENINGS = (re.compile(r"\((?=[^()\d\n]{0,40}\d" + _LIST_AFTER + ")"),
                  re.compile(r":(?=\s[^\d\n]{0,40}\d" + _LIST_AFTER + ")"))


def _alternatives(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


_OUTCOME_TAG = r"(?:\b{w}\s?(?:\w+\s)?\d|\d\s(?:\w+\s)?{w}\b)".format(w=_alternatives(rules.OUTCOME_WORDS))
#: Two counts tagged by outcome words near each other: "(thắng 16, hòa 5)", "(33 thắng, 2 hòa)".
_OUTCOME_GATE = re.compile(_OUTCOME_TAG + r"[^.\n]{1,40}?" + _OUTCOME_TAG)
_COUNTED = _alternatives(rules.COUNTED_TOTAL_WORDS)
#: A count of 2 to 9 items and a total near a word of totals: "tổng ... của 3 khu ... 790 ha",
#: "3 dự án ... đã chiếm hơn 192.500 tỷ".
#: A count of 2 to 9 items, in digits or in words ("3 dự án", "hai bản án").
_SMALL = "(?:[2-9]|" + "|".join(w for w, v in rules.DIGIT_WORDS.items() if 2 <= v <= 9) + ")"
_COUNTED_TOTAL_GATE = re.compile(r"\b" + _SMALL + r" [^\d.\n]{1,80}?\b" + _COUNTED + r"\b[^\d.\n]{0,40}\d|\b"
                                 + _COUNTED + r"\b[^\d.\n]{0,60}\b" + _SMALL + r" [^\d.\n]{1,80}?\d")
_NEXT_WORD = re.compile(r"\s+(\w+)")
#: A count written in digits or starting with a number word, right before a noun.
_COUNT_BEFORE = r"(?:\d|\b" + _alternatives(NUMBER_START_WORDS) + r")\s"


_WIN_GROUPS = _grouped(rules.WIN_WORDS)
_COUNTED_GROUPS = _grouped(rules.COUNTED_TOTAL_WORDS)


def _outcome_gate(cues: TextCues) -> bool:
    """Could `_outcome_parts` read counts of games by outcome, wins among them? (Each word of
    wins is looked at in a window around it: one scan of the whole text by the pattern costs
    more.)"""
    lower = cues.lower
    return any(_DIGIT.search(lower, max(0, start - 14), end + 10)   # "thắng tới 8"
               and _OUTCOME_GATE.search(lower, max(0, start - 60), end + 60)
               for start, end in cues.gate_spans(_WIN_GROUPS))


_SMALL_COUNT = re.compile(r"(?<![\d.,])[2-9] |\b" + _SMALL + r" ")


def _counted_total_gate(cues: TextCues) -> bool:
    """Could `_counted_total` read a total of a counted set of items? (A count of 2 to 9 near
    the word is looked for first: most words of totals have none.)"""
    lower = cues.lower
    return any(_SMALL_COUNT.search(lower, max(0, start - 100), end + 60)
               and _COUNTED_TOTAL_GATE.search(lower, max(0, start - 100), end + 140)
               for start, end in cues.gate_spans(_COUNTED_GROUPS))


_PARTS_OPENER_GROUPS = _grouped(rules.PARTS_OPENERS)
_SENTENCE_MARKS = ".!?\n"


def _parts_opener_gate(text: str, cues: TextCues) -> bool:
    """Could `_parts_in_sentence_after` read parts listed after a sentence-opening cue ("... 679 dự
    án. Trong đó, 108 dự án ...")? The cue opens a sentence, a number follows it, and one stands
    in the 400 characters before (the sentence before)."""
    lower = cues.lower
    for start, end in cues.gate_spans(_PARTS_OPENER_GROUPS):
        before = lower[max(0, start - 4):start].rstrip(_OPENING_MARKS)
        if (not before or before[-1] in _SENTENCE_MARKS) and _DIGIT.search(text, end, end + 60) \
                and _DIGIT.search(text, max(0, start - 400), start):
            return True
    return False


def _per_each_gate(cues: TextCues) -> bool:
    """Could `_per_each` read a "mỗi <noun>"? Only where a number counts that noun nearby
    (wider than the sentence before to the sentence after that it reads)."""
    lower = cues.lower
    for start, end in cues.gate_spans(_EACH_GROUPS):
        m = _NEXT_WORD.match(lower, end)
        if m is None or not (_DIGIT.search(lower, max(0, start - 70), start) or _DIGIT.search(lower, end, end + 40)):
            continue   # no value per unit beside it
        noun, lo, hi = m.group(1), max(0, start - 400), m.end() + 300
        if lower.count(noun, lo, hi) > 1 and re.search(_COUNT_BEFORE + re.escape(noun) + r"\b", lower[lo:hi]):
            return True
    return False


#: "16 bàn thắng ..., với 12 bàn và 4 ...": a comma, the word and a number (`_parts_after_with`).
_WITH_PARTS_GATE = re.compile(r",\s*(?:" + "|".join(rules.LOOSE_PARTS_OPENERS) + r")\s+\d")


def _parts_after_with_gate(lower: str) -> bool:
    """Could `_parts_after_with` read a total, a comma and "với" opening its parts? ("với" alone
    stands in most articles: the comma and the number right after it are asked for.)"""
    return any(_DIGIT.search(lower, max(0, m.start() - 120), m.start()) for m in _WITH_PARTS_GATE.finditer(lower))


#: A value per unit restating a total (`_per_unit_restated`), after a bracket or a word that
#: restates ("(40 triệu đồng/cơ sở)", "tương đương 210 triệu đồng một m2"): its number, a few
#: words, then a slash or "một"/"mỗi" and a noun.
_PER_UNIT_VALUE = r"[^\d\n()]{0,25}?\d[\d.,]*[ \t]*(?:[^\W\d_]+[ \t]?){0,3}?(?:/|(?:" \
    + "|".join(rules.ONE_PER_WORDS) + r")[ \t])[ \t]?[^\W\d_]"
_PER_UNIT_IN_BRACKETS = re.compile(r"\(" + _PER_UNIT_VALUE)
_PER_UNIT_AFTER_CUE = re.compile(_PER_UNIT_VALUE)
_PER_UNIT_CUE_GROUPS = _grouped(rules.PER_UNIT_RESTATING_WORDS)


def _per_unit_restated_gate(cues: TextCues) -> bool:
    """Could `_per_unit_restated` read a total restated per unit? (Its "trung bình" opens the gate
    as an average's cue.)"""
    lower = cues.lower
    return _PER_UNIT_IN_BRACKETS.search(lower) is not None \
        or any(_PER_UNIT_AFTER_CUE.match(lower, end) for _, end in cues.gate_spans(_PER_UNIT_CUE_GROUPS))


#: A comma, a word of a gap and a number soon after it ("23,9%, cao hơn 11,8"): where `_gap_compared`
#: reads, one scan of the text (most commas have no such word after them).
_GAP_AFTER_COMMA = re.compile(r",\s*" + _alternatives(rules.GAP_COMPARE_WORDS) + r"\s[^\d\n.]{0,20}\d")
#: A dash may stand for the comma before a gap said with "chênh" ("– chênh lệch tới 95%"), a rare word
#: looked for first; a pattern of its own, opening with its mark (a class of marks first would be
#: tried at every character).
_GAP_AFTER_DASH = re.compile(r"(?:\u2013|\s-)\s*" + _alternatives(rules.DASHED_GAP_WORDS) + r"\s[^\d\n.]{0,20}\d")


def _gap_patterns(holds) -> tuple:
    """The patterns of a gap to look for in a text whose `TextCues.holds` is `holds` (the rare word
    looked for once per article: the gate's table of gaps asks it too)."""
    return (_GAP_AFTER_COMMA, _GAP_AFTER_DASH) if holds(rules.DASHED_GAP_WORDS[0]) else (_GAP_AFTER_COMMA,)


#: A sentence opening with a word of working out, a number soon after ("Như vậy, doanh thu quý II ...
#: đạt 16.619"): where `_worked_out_rest` reads (the words stand mid-sentence in many more articles).
_WORKED_OUT_GATE = re.compile(r"(?:" + "|".join(rules.WORKED_OUT_OPENERS) + r")\b[^.!?\n]{0,80}?\d")
_BEFORE_OPENING = " \t\n\"'“«("


def _worked_out_gate(lower: str) -> bool:
    """Could `_worked_out_rest` read: a sentence opening with a word of working out, a number soon
    after it? (The phrases first: the regular expressions look where they stand only.)"""
    for w in rules.WORKED_OUT_OPENERS:
        at = lower.find(w)
        while at >= 0:
            before = lower[max(0, at - 4):at].rstrip(_BEFORE_OPENING)
            if (not before and at < 4 or before[-1:] in (".", "!", "?")) and _WORKED_OUT_GATE.match(lower, at):
                return True
            at = lower.find(w, at + 1)
    return False


def _gap_compared_gate(cues: TextCues) -> bool:
    """Could `_gap_compared` read a gap between two values: a comma, a word of a gap, a number?"""
    return any(p.search(cues.lower) is not None for p in _gap_patterns(cues.holds))


def _bracketed_list(text: str) -> bool:
    """Could `_listed_after_total` find a list that opens with a bracket or a colon?"""
    for pattern in _LIST_OPENINGS:
        for m in pattern.finditer(text):
            if _DIGIT.search(text, max(0, m.start() - 80), m.start()):
                return True
    return False


def _bound_remainder(text: str, cues: TextCues) -> bool:
    """ "nộp thêm 30 tỷ" with "173 tỷ trong tổng số 203 tỷ" near it."""
    lower = cues.lower
    for start, end in cues.gate_spans(_NEEDS_WHOLE_GROUPS):
        if _DIGIT.search(text, end, end + 25) and any(
                w in lower[max(0, start - 600):end + 400] for w in _WHOLE_LINKS):
            return True
    return False


def _gate_cues(text: str, cues: TextCues) -> bool:
    """Has a reader's cue word a number where that reader looks for one?"""
    lower = cues.lower
    for groups, before, after, to_word in _GATE_CHECKS:
        for start, end in cues.gate_spans(groups):
            # the narrower window first: most cue words have no number right after them
            if (not after or _number_between(text, lower, end, end + abs(after), after < 0)) \
                    and (not before or _number_between(text, lower, start - abs(before), start, before < 0)) \
                    and (not to_word or _TO_WORD.search(lower, end, end + 120)):
                return True
    return False


_DIGIT = re.compile(r"\d")
#: "lên", "xuống", "còn": a "từ A" is a change only with one of these after it.
_TO_WORD = re.compile("|".join(re.escape(w) for w in rules.UP_TO_WORDS + rules.DOWN_TO_WORDS))
#: Words a count may begin with when written out ("hai", "một trăm", "hàng nghìn").
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(sorted(NUMBER_START_WORDS, key=len, reverse=True)) + r")\b")
#: "thêm 30 tỷ" is a remainder only with a part bound to its whole ("173 trong tổng số 203"):
#: it opens the gate only where the text has such a link.
_FREE_REMAINDER_WORDS = tuple(w for w in rules.REMAINDER_WORDS if w not in rules.REMAINDER_NEEDS_WHOLE)
_WHOLE_LINKS = tuple(w for w in rules.PART_OF_WHOLE_LINKS if " " in w)
#: `_rest_after_part`: the rest stands this many characters after "còn" at most ("còn khoảng 37"),
#: its part this many before it at most.
_REST_AFTER_CUE = 12
_REST_PART_BEFORE = 80
_NEEDS_WHOLE_GROUPS = _grouped(rules.REMAINDER_NEEDS_WHOLE)
#: The readers that need no percentage: their cue words, and how far before and after
#: the cue (in characters, 0: not needed; negative: digits only) a number must stand.
#: Wider than the readers look.
_GATE = (
    (rules.EXHAUSTIVE_PARTS_CUES + rules.PARTIAL_PARTS_CUES, 140, 60),   # a total, then parts
    (rules.EXHAUSTIVE_PARTS_CUES, 0, 10),                               # "gồm 9 con 4 con đen, 5 ..."
    (rules.AVERAGE_CUES, 0, 120),                                       # the average after its cue
    (rules.FROM_WORDS, 0, 20),                                          # "từ A lên B"
    (rules.EXCESS_WORDS, 0, 60),                                        # "vượt chỉ tiêu 3"
    (rules.TIMES_WORDS, 0, 20),                                         # "gấp 4,7 lần"
    (_FREE_REMAINDER_WORDS, 0, -25),                                    # "còn lại 200 triệu"
    (_FREE_REMAINDER_WORDS, -25, 0),                                    # "200 tỷ đồng còn lại", "150 triệu còn thiếu"
    (rules.RAISE_TOTAL_WORDS, 0, 120),                                  # "nâng tổng số ... lên 85"
    (rules.SEARCH_TOTAL_BINDERS, 0, 30),                                # "tổng cộng 12", parts before or after (the search)
    (rules.SEARCH_GAP_WORDS, 0, -25),                                   # the search: "chênh lệch 7 học sinh"
    (rules.SPREAD_WORDS, 0, -40),                                       # "chênh lệch mua - bán 2,5 triệu"
    (rules.REST_AFTER_PART_WORDS, -_REST_PART_BEFORE, -_REST_AFTER_CUE),  # "78 nền, ... 41 nền, còn 37 nền"
)


def _fewest(cues) -> tuple[tuple[str, ...], int]:
    """The cues less those that hold another one ("tăng gấp" holds "gấp": where it stands,
    "gấp" does), and how far the one found may stand from the one it stands for."""
    kept = tuple(c for c in cues if not any(o != c and o in c for o in cues))
    return kept, max(len(c) for c in cues) - min(len(c) for c in kept)


def _widened(window: int, by: int) -> int:
    return 0 if not window else (window + by if window > 0 else window - by)


#: The gate's own table: each reader's fewest cues, windows widened to make up for the
#: cues left out, and whether a "lên"/"xuống"/"còn" must follow (the change "từ A lên B").
_GATE_CHECKS = tuple((_grouped(kept), _widened(before, by), _widened(after, by), cues is rules.FROM_WORDS)
                     for cues, before, after in _GATE for kept, by in [_fewest(cues)])
_EACH_GROUPS = _grouped(_fewest(rules.PER_EACH_WORDS)[0])   # "mỗi" stands for "cho mỗi"


def _number_between(text: str, lower: str, lo: int, hi: int, digits_only: bool = False) -> bool:
    """Is there a digit, or a word a written-out number begins with, in text[lo:hi]?"""
    lo = max(0, lo)
    return _DIGIT.search(text, lo, hi) is not None \
        or not digits_only and _NUMBER_WORD.search(lower, lo, hi) is not None


def find_relations(text: str, figures: list[Figure] | None = None, *, search: bool = True) -> list[Relation]:
    """Every relation the article states between its own figures, checked (`search`: with the
    arithmetic search after the readers; benchmarks/relations_report.py compares both)."""
    lower = lowercase(text)
    if not may_state_relations(text, lower):
        return []
    return relations_of(text, lower, extract_figures(text, lower=lower) if figures is None else figures,
                        search=search)


def relations_of(text: str, lower: str, figures: list[Figure], *, search: bool = True,
                 cues: TextCues | None = None, triggers: bool = True) -> list[Relation]:
    """`find_relations` without the cheap gate (`may_state_relations`), `lower` its
    lowercased copy and `figures` its figures (`ArticleFacts` has all three at hand), `cues`
    the `TextCues` the gate filled, if any. Each stated figure gets at most one relation: the
    first reader that binds it. A reader runs only where its trigger holds (`_readers_opened`;
    `triggers=False`: every reader, as the tests that hold each trigger necessary ask)."""
    if not figures:
        return []
    doc = _Doc(text, lower, figures, cues)
    claimed = doc.claimed   # the search (last) skips what the readers bound
    out: list[Relation] = []
    for reader in (_readers_opened(doc._cues) if triggers else _READERS) + ((_search,) if search else ()):
        for rel in reader(doc):
            stated = rel.evidence[-1].start
            if stated not in claimed:
                claimed.add(stated)
                doc.bound.add(_figures_of(rel))
                out.append(rel)
    out.sort(key=lambda r: r.start)
    return out


# --- values: what a written figure allows ------------------------------------------------------

def _operand_interval(f: Figure) -> Interval:
    """The values an operand allows: its qualifier, its written decimals, and a round
    number ("1.400", "2.200") as rounded to its last non-zero digit."""
    v = float(f.value)
    if f.qualifier is not None:
        return compare.interval_of(f)
    if f.precision:
        return Interval(v - f.precision / 2, v + f.precision / 2)
    place = precision_of_integer(v)
    if place >= 100 and v >= 10 * place:   # "1.400" may be 1.398; "200" or "100" stays exact
        return Interval(v - place / 2, v + place / 2)
    return Interval(v, v)


def _stated_interval(f: Figure, *, rounded: bool = False) -> Interval:
    """The values a stated result allows: what it says, or its value truncated at its
    written precision (86,2% written "86%"); `rounded`: a computed count (an average)
    may also be rounded to the unit or to its last non-zero digit."""
    v = float(f.value)
    if f.qualifier is not None:
        return compare.interval_of(f)
    step = f.precision
    if rounded and not step:
        step = max(1.0, precision_of_integer(v) if v >= 10 * precision_of_integer(v) else 1.0)
    if not step:
        return Interval(v, v)
    return Interval(v - step / 2, v + step, False, True)


def _ratio_interval(x: Interval, y: Interval) -> Interval:
    return Interval(100 * x.lo / y.hi, 100 * x.hi / y.lo) if y.lo > 0 else Interval(0, float("inf"))


def _change_interval(old: Interval, new: Interval) -> Interval:
    """(new − old) / old × 100 over the intervals."""
    if old.lo <= 0:
        return Interval(-float("inf"), float("inf"))
    return Interval(100 * (new.lo - old.hi) / old.hi, 100 * (new.hi - old.lo) / old.lo)


def _relation(text: str, kind: str, formula: str, computed: float, stated: Figure,
              ok: bool, evidence: list[Figure]) -> Relation:
    cited = [*evidence, stated]
    start = min(f.start for f in cited)
    end = max(f.end for f in cited)
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
        evidence=tuple(Span(f.text, f.start, f.end) for f in cited),
        kind=kind,
    )


#: What may end a clause: a line break, "!", "?", or a "." not between digits.
_CLAUSE_STOP = re.compile(r"[\n!?.]")


def _clause_end(text: str, pos: int) -> int:
    """End of the sentence from pos: a '.' not between digits, or a line break
    (at most _MAX_CLAUSE characters on, so text without full stops stays linear)."""
    n = min(len(text), pos + _MAX_CLAUSE)
    for m in _CLAUSE_STOP.finditer(text, pos, n):
        i = m.start()
        if not _is_decimal_point(text, i):
            return i
    return n


def _clause_start(text: str, pos: int) -> int:
    """Start of the sentence before pos (at most _MAX_CLAUSE characters back)."""
    floor = max(0, pos - _MAX_CLAUSE)
    start = floor
    for m in _CLAUSE_STOP.finditer(text, floor, max(floor, pos)):
        i = m.start()
        if not _is_decimal_point(text, i):
            start = i + 1
    return start


def _share(doc: _Doc, kind: str, part: Figure, whole: Figure, stated: Figure, *,
           loosely: bool = False) -> Relation:
    """part / whole × 100 against a stated percentage (`loosely`: "hơn" as wide as a tenth)."""
    computed = float(part.value) / float(whole.value) * 100
    ok = (_fits_share_loosely if loosely else _fits_share)(part, whole, stated)
    return _relation(doc.text, kind, f"{fmt(part.value)} / {fmt(whole.value)} × 100 = {fmt(computed)}%",
                     computed, stated, ok, [whole, part] if whole.start < part.start else [part, whole])


def _fits_share_loosely(part: Figure, whole: Figure, stated: Figure) -> bool:
    """As `_fits_share`, a part "hơn X" allowed up to a tenth more than X: the bound of
    compare.py's "hơn", wider than `_operand_interval`'s last written place. Only for
    readings reported when they hold, which no width can make wrongly inconsistent."""
    p = _operand_interval(part)
    if part.qualifier == "more_than":
        p = Interval(p.lo, max(p.hi, 1.1 * float(part.value)))
    return _ratio_interval(p, _operand_interval(whole)).meets(_stated_interval(stated))


def _fits_share(part: Figure, whole: Figure, stated: Figure) -> bool:
    return _ratio_interval(_operand_interval(part), _operand_interval(whole)).meets(_stated_interval(stated))


def _percents(doc: _Doc) -> list[int]:
    if doc.percents is None:
        doc.percents = [i for i, f in enumerate(doc.figs) if f.kind is Kind.PERCENT and f.value > 0]
    return doc.percents


def _lead_of(doc: _Doc, i: int) -> tuple[int | None, _Lead]:
    """The key figure before percentage i in its sentence, and the words between.
    Words that open a part ("..., trong đó nữ chiếm 10%") give the percentage another
    subject than that figure: then there is no figure before it."""
    if i not in doc.leads:
        doc.leads[i] = _read_lead(doc, i)
    return doc.leads[i]


def _read_lead(doc: _Doc, i: int) -> tuple[int | None, _Lead]:
    j = doc.prev(i)   # i - 1, or None
    lead = _lead(doc.gap_tokens(j) if j is not None else doc.sentence_lead(i))
    if j is not None and _contains(lead.rest, _WHOLE_THEN_PART):
        return None, lead
    return j, lead


def _same_measure(a: Figure, b: Figure) -> bool:
    """Can a and b be added or divided: the same kind, units that fit?"""
    return a.kind is b.kind and compare.units_compatible(a.unit, b.unit)


# --- readers: shares ------------------------------------------------------------------------

def _part_of_whole(doc: _Doc) -> Iterator[Relation]:
    """ "X [noun] trên tổng số Y [noun], đạt tỷ lệ Z%", "X/Y ..., đạt Z%": X / Y."""
    for i in _percents(doc):
        j, lead = _lead_of(doc, i)
        if j is None or not {"share", "rate"} & lead.cues or {"up", "down", "win"} & lead.cues:
            continue
        whole = doc.figs[j]
        k = doc.prev(j)
        if not doc.is_operand(whole) or k is None or not doc.is_operand(doc.figs[k]):
            continue
        if not _is_plain(lead.rest, 6):
            rel = _part_after_whole(doc, doc.figs[k], whole, lead, doc.figs[i])
            if rel is not None:
                yield rel
            continue
        part = doc.figs[k]
        link = doc.tokens(part.end, whole.start)
        slash = doc.text[part.end:whole.start] == "/"
        n = _ends_with(link, _PART_OF_WHOLE)
        if (slash or n and _is_plain(link[:-n], 6, 0)) and _same_measure(part, whole) and part.value <= whole.value:
            yield _share(doc, "percent_of_total", part, whole, doc.figs[i])
            continue
        # a count of another noun, before a named rate: "110 bàn từ 141 cú sút, tỷ lệ thành công 78%"
        loose = _ends_with(link, _PART_OF_WHOLE_LOOSE) or n
        if "rate" in lead.cues and loose and _is_plain(link[:-loose], 6, 1) and part.kind is whole.kind is Kind.COUNT \
                and part.value <= whole.value and _fits_share_loosely(part, whole, doc.figs[i]):
            yield _share(doc, "percent_of_total", part, whole, doc.figs[i], loosely=True)
            continue
        rel = _part_after_whole(doc, part, whole, lead, doc.figs[i])
        if rel is not None:
            yield rel


def _part_after_whole(doc: _Doc, whole: Figure, part: Figure, lead: _Lead, stated: Figure) -> Relation | None:
    """ "tung 153 đòn, với 57 cú trúng đích - đạt tỷ lệ 37,3%"; "có 75 cú thọc (jab), trúng đích 21
    lần, đạt tỷ lệ 28%": a count, a smaller count after it, then a named rate. No word says the
    first is the whole of the second, only the order: reported only when it holds."""
    if "rate" not in lead.cues or not part.kind is whole.kind is Kind.COUNT or not part.value < whole.value:
        return None
    rest = lead.rest[:-1] if lead.rest[-1:] in _DASHES else lead.rest   # "trúng đích - đạt tỷ lệ"
    link = _without_asides(doc.tokens(whole.end, part.start))
    if not (_is_plain(rest, 6) and _is_plain(link, 6) and _fits_share_loosely(part, whole, stated)):
        return None
    return _share(doc, "percent_of_total", part, whole, stated, loosely=True)


_DASHES = (("-",), ("–",))


def _share_part_in_brackets(doc: _Doc) -> Iterator[Relation]:
    """ "gần 50% (7.240) trong số 14.772 đối tác": a share, its part in brackets right after it,
    then a word of wholes and the whole: X / Y, bound by the grammar, judged."""
    for i in _percents(doc):
        k = doc.next(i)
        m = doc.next(k) if k is not None else None
        if m is None:
            continue
        stated, part, whole = doc.figs[i], doc.figs[k], doc.figs[m]
        if doc.tokens(stated.end, part.start) != ("(",) or not (doc.is_operand(part) and doc.is_operand(whole)):
            continue
        link = doc.tokens(part.end, whole.start)
        if link[:1] != (")",) or _starts_with(link[1:], _PART_OF_WHOLE) != len(link) - 1 \
                or part.kind is not whole.kind or part.value > whole.value:
            continue
        yield _share(doc, "percent_of_total", part, whole, stated)


def _ratio_share(doc: _Doc) -> Iterator[Relation]:
    """ "146/212 đảng viên ..., đạt tỷ lệ 69%": a / b; or the ratio in brackets after the
    share: "thắng 89% điểm bóng một (50/56)"."""
    for i in _percents(doc):
        j, lead = _lead_of(doc, i)
        ratio = doc.figs[j] if j is not None and doc.figs[j].kind is Kind.RATIO else None
        if ratio is not None and (not {"share", "rate"} & lead.cues or {"up", "down", "win"} & lead.cues
                                  or not _is_plain(lead.rest, 14)):
            continue
        ratio = ratio or _ratio_in_brackets_after(doc, i)
        if ratio is None:
            continue
        stated = doc.figs[i]
        a, b = ratio.value
        if not b or a > b:
            continue
        computed = a / b * 100
        ok = Interval(computed, computed).meets(_stated_interval(stated))
        yield _relation(doc.text, "ratio_percent", f"{fmt(a)} / {fmt(b)} × 100 = {fmt(computed)}%",
                        computed, stated, ok, [ratio])


def _ratio_in_brackets_after(doc: _Doc, i: int) -> Figure | None:
    """ "89% điểm bóng một (50/56)": a ratio opening the bracket a few words after a share."""
    k = doc.next(i)
    if k is None or doc.figs[k].kind is not Kind.RATIO:
        return None
    toks = doc.gap_tokens(i)   # k is i + 1
    return doc.figs[k] if toks[-1:] == ("(",) and _is_plain(toks[:-1], 6, 0) else None


def _plan_share(doc: _Doc) -> Iterator[Relation]:
    """ "kết nạp được 173 ..., đạt 102% chỉ tiêu" with "chỉ tiêu 170" stated before, or
    "đạt 100,2% so với chỉ tiêu 6.300" after: result / target."""
    for i in _percents(doc):
        j, lead = _lead_of(doc, i)
        if j is None or "achieve" not in lead.cues or {"up", "down", "win"} & lead.cues:
            continue
        result, stated = doc.figs[j], doc.figs[i]
        if not doc.is_operand(result) or not _is_plain(lead.rest, 8):
            continue
        targets = _target_after(doc, i) or [t for t in _targets_before(doc, j) if _same_measure(t, result)]
        if not targets:
            continue
        target = next((t for t in targets if _fits_share(result, t, stated)), targets[0])   # the first that fits
        yield _share(doc, "percent_of_target", result, target, stated)


def _target_after(doc: _Doc, i: int) -> list[Figure]:
    """ "đạt 100,2% so với chỉ tiêu 6.300": the target named right after the percentage."""
    k = doc.next(i)
    if k is None or not doc.is_operand(doc.figs[k]):
        return []
    toks = _skip_fillers(doc.gap_tokens(i))   # k is i + 1
    toks = toks[_starts_with(toks, _COMPARE):]
    n = _starts_with(toks, _PLAN)
    return [doc.figs[k]] if n and _is_plain(toks[n:], 2, 0) else []


def _targets_before(doc: _Doc, j: int) -> list[Figure]:
    """Counts introduced as a target ("được giao chỉ tiêu 170"), before figure j in its
    sentence or the one before, nearest first."""
    out = []
    for k in doc.before(j):
        t = doc.figs[k]
        if doc.is_operand(t) and doc.may_hold(_TARGET, t.start - _BEFORE, t.start) \
                and _contains(doc.words_before(t), _TARGET):
            out.append(t)
    return out[:3]


_MEASURE_OF = {tuple(_TOKEN.findall(w)): code for w, code in rules.MEASURE_WORDS.items()}
_MEASURE_LONGEST = max(map(len, _MEASURE_OF))
_MEASURE_UNSURE = _phrases(rules.MEASURE_UNSURE_WORDS)
_MEASURE_ACHIEVE = _phrases(rules.MEASURE_ACHIEVE_WORDS)
_MEASURE_EXCEED = _phrases(rules.MEASURE_EXCEED_WORDS)
_MEASURE_PLAN = _phrases(rules.MEASURE_PLAN_WORDS)
#: The period a value is of, as written before it in its sentence (rules.PERIOD_NAMES and the rest).
_PERIOD = re.compile(r"\b(\d+) " + rules.PERIOD_MONTHS_WORD + r"\b|\b(" + _alternatives(rules.PERIOD_NAMES)
                     + r")\b|\b" + rules.PERIOD_QUARTER_WORD + r" (" + _alternatives(rules.PERIOD_QUARTERS) + r")\b")


#: "43,6% chỉ tiêu doanh thu", "46% so với kế hoạch về lợi nhuận": a percentage, a plan word, the measure.
_PLAN_MEASURE_AFTER = re.compile(r"%\s*(?:" + spaced_alternatives(rules.COMPARE_WORDS) + r"\s*)?"
                                 + spaced_alternatives(rules.PLAN_WORDS) + r"\s+(?:"
                                 + spaced_alternatives(rules.MEASURE_OF_PLAN_WORDS) + r"\s+)?("
                                 + spaced_alternatives(rules.MEASURE_WORDS) + r")\b")


def _measures_in(tokens: tuple) -> set[str]:
    """The measures named in `tokens`, each the longest measure word where it stands."""
    found, k = set(), 0
    while k < len(tokens):
        for n in range(min(_MEASURE_LONGEST, len(tokens) - k), 0, -1):
            code = _MEASURE_OF.get(tokens[k:k + n])
            if code is not None:
                found.add(code)
                k += n
                break
        else:
            k += 1
    return found


def _measure_of(doc: _Doc, j: int) -> str | None:
    """The measure key figure j is of: a measure word right after it and its unit ("673 tỷ đồng
    doanh thu"), else the one measure word between the key figure before it in its sentence (or
    the sentence's start) and it; None where there is none, or more than one, or a word that
    makes the binding unsure."""
    after, _ = _measure_right_after(doc, j)
    if after is not None:
        return after
    k = _measure_boundary(doc, j)
    toks = _words_naming(doc, j, k)
    if _contains(toks, _MEASURE_UNSURE):
        return None
    found = _measures_in(toks)
    if not found and k is not None and _ends_with(_without_trailing_fillers(toks), _LEVEL_AFTER_CHANGE_WORDS) \
            and len(toks) <= 4:
        # "Lợi nhuận tăng 2,1 lần, lên 310 tỷ": the level a change reaches is of the change's measure
        toks = _words_naming(doc, k, _measure_boundary(doc, k))
        found = set() if _contains(toks, _MEASURE_UNSURE) else _measures_in(toks)
    return found.pop() if len(found) == 1 else None


def _words_naming(doc: _Doc, j: int, k: int | None) -> tuple:
    """The tokens from key figure k (or the start of j's sentence) to key figure j, less the
    measure word right after k that is k's own ("673 tỷ đồng doanh thu và 56,5 tỷ đồng")."""
    lo = doc.spans[doc.sentence[j]][0]
    if k is not None:
        _, taken = _measure_right_after(doc, k)
        lo = taken or doc.figs[k].end
    return doc.tokens(lo, doc.figs[j].start)


def _measure_right_after(doc: _Doc, j: int) -> tuple[str | None, int]:
    """The measure named right after key figure j and the words of its unit, and where that
    name ends ("673 tỷ đồng doanh thu và"); (None, 0) where none is."""
    f = doc.figs[j]
    toks = doc.tokens(f.end, min(len(doc.text), f.end + _BEFORE))
    unit = tuple(_TOKEN.findall(lowercase(f.unit))) if f.unit else ()
    if unit and toks[:len(unit)] == unit:
        toks = toks[len(unit):]
    for n in range(min(_MEASURE_LONGEST, len(toks)), 0, -1):
        code = _MEASURE_OF.get(toks[:n])
        if code is not None:
            words = " ".join(toks[:n])
            at = doc.lower.find(words, f.end, f.end + _BEFORE + len(words))
            return (code, at + len(words)) if at >= 0 else (None, 0)
    return None, 0


_LEVEL_AFTER_CHANGE_WORDS = _phrases(rules.UP_TO_WORDS, rules.DOWN_TO_WORDS)


def _measure_boundary(doc: _Doc, j: int) -> int | None:
    """The key figure before j in its sentence that ends the words naming j's measure; periods
    ("doanh thu 6 tháng đầu năm đạt ...") are read through."""
    k = doc.prev(j)
    while k is not None and doc.figs[k].unit in _TIME_UNITS:
        k = doc.prev(k)
    return k


def _same_measure_word(a: str, b: str) -> bool:
    """One measure, or one narrower than the other ("profit" and "profit/after_tax")."""
    return a == b or a.startswith(b + "/") or b.startswith(a + "/")


def _period_before(doc: _Doc, j: int) -> str | None:
    """The period written last before key figure j in its sentence, if any."""
    found = None
    for m in _PERIOD.finditer(doc.lower, doc.spans[doc.sentence[j]][0], doc.figs[j].start):
        found = (f"{m.group(1)} {rules.PERIOD_MONTHS_WORD}" if m.group(1) else rules.PERIOD_NAMES[m.group(2)]
                 if m.group(2) else f"{rules.PERIOD_QUARTER_WORD} {m.group(3)}")
    return found


def _plan_share_by_measure(doc: _Doc) -> Iterator[Relation]:
    """ "doanh thu 6 tháng đầu năm ước đạt 12.537 tỷ đồng. ... Hồi đầu năm, Dabaco đặt kế hoạch doanh
    thu 28.759 tỷ đồng, ... Như vậy sau 6 tháng, doanh nghiệp này hoàn thành gần 43,6% chỉ tiêu doanh
    thu": a percentage of a plan named by its measure (rules.MEASURE_WORDS) after the plan word is
    the value of that measure over its plan, each found by its own measure word in the sentences
    before (rules.MEASURE_SENTENCES), and of the percentage's period where both name one.
    Judged only when each slot has one value that fits it and no value of the unit
    with no measure word could take either; otherwise reported when it holds. Two values of the
    measure for a slot: nothing said."""
    for i, measure in _percents_of_plan_measures(doc):
        cue = _plan_cue_before(doc, i)
        if cue is None:
            continue
        slots = _measure_slots(doc, i, measure)
        if slots is None:
            continue
        result, plan, sure = slots
        stated = doc.figs[i]
        if cue is _MEASURE_EXCEED:   # "vượt 1% kế hoạch": (result − plan) / plan × 100
            rel = _change(doc, plan, result, stated, 1, only_if_consistent=not sure)
            if rel is not None:
                yield rel
        elif sure or _fits_share(result, plan, stated):
            yield _share(doc, "percent_of_target", result, plan, stated)


def _positive_percents_opening(doc: _Doc, pattern: re.Pattern) -> list[tuple[int, re.Match]]:
    """(i, match) for each match of `pattern` (which opens at a "%" sign) whose sign ends
    percentage i, a percentage above zero: one scan of the text for a reader of percentages
    by the words after them."""
    out = []
    for m in pattern.finditer(doc.lower):
        k = bisect_left(doc.fig_ends, m.start() + 1)
        if k < len(doc.figs) and doc.fig_ends[k] == m.start() + 1 and doc.figs[k].kind is Kind.PERCENT \
                and doc.figs[k].value > 0:
            out.append((k, m))
    return out


def _percents_of_plan_measures(doc: _Doc) -> list[tuple[int, str]]:
    """(i, measure) for each percentage i that a plan word naming a measure follows ("43,6% chỉ
    tiêu doanh thu", "1% kế hoạch lãi"). One scan of the text from its "%" signs: a 10 MB report
    of plans ("đạt 102% chỉ tiêu") holds thousands of percentages before a plan word and no
    measure word, and a scan from the measure words would cost it ten times more."""
    return [(k, rules.MEASURE_WORDS[" ".join(m.group(1).split())])
            for k, m in _positive_percents_opening(doc, _PLAN_MEASURE_AFTER)]


def _plan_cue_before(doc: _Doc, i: int) -> _Phrases | None:
    """The words of achievement ("hoàn thành", "đạt", "thực hiện được") or of excess ("vượt")
    that stand right before percentage i, qualifiers aside: their table, or None."""
    toks = _without_trailing_fillers(doc.words_before(doc.figs[i], 6))
    return next((cue for cue in (_MEASURE_ACHIEVE, _MEASURE_EXCEED) if _ends_with(toks, cue)), None)


def _operands_before(doc: _Doc, i: int) -> Iterator[tuple[int, Figure]]:
    """(j, figure j) for each operand before key figure i within `rules.MEASURE_SENTENCES`
    sentences, nearest first: neither a percentage nor a period ("6 tháng" is no operand of a
    plan or of a change)."""
    lowest = doc.sentence[i] - rules.MEASURE_SENTENCES
    for j in range(i - 1, -1, -1):
        if doc.sentence[j] < lowest:
            return
        f = doc.figs[j]
        if f.kind is not Kind.PERCENT and f.unit not in _TIME_UNITS and doc.is_operand(f):
            yield j, f


def _measure_slots(doc: _Doc, i: int, measure: str) -> tuple[Figure, Figure, bool] | None:
    """The achieved value and the plan of `measure` before percentage i, and whether the binding
    is sure; None unless each slot has exactly one value of the measure, of one unit."""
    period = _period_before(doc, i)
    named, unnamed = [], []
    for j, f in _operands_before(doc, i):
        of = _measure_of(doc, j)
        if of is None:
            unnamed.append(f)
        else:
            named.append((j, f, of, _contains(doc.tokens(doc.spans[doc.sentence[j]][0], f.start), _MEASURE_PLAN)))
    plans = [f for _, f, of, is_plan in named if is_plan and _same_measure_word(of, measure)]
    if len(plans) != 1:
        return None
    plan = plans[0]
    # results: values of the measure in the plan's unit ("tăng 2,1 lần" is of the measure, not a result)
    results = [f for j, f, of, is_plan in named if not is_plan and _same_measure_word(of, measure)
               and _amounts_of_one_unit(f, plan) and (period is None or _period_before(doc, j) in (None, period))]
    if len(results) != 1 or not 0 < results[0].value:
        return None
    result = results[0]
    sure = not any(_amounts_of_one_unit(u, plan) for u in unnamed)
    return result, plan, sure


#: "21% so với cùng kỳ năm ngoái", "5% so với thực hiện năm trước": a change in % compared with
#: an earlier period, which the regex names (group 1).
_CHANGE_AGAINST_PERIOD = re.compile(r"%\s*,?\s*" + spaced_alternatives(rules.COMPARE_WORDS) + r"\s+(?:"
                                    + spaced_alternatives(rules.EARLIER_PERIOD_LEAD_WORDS) + r"\s+)?("
                                    + spaced_alternatives(rules.EARLIER_PERIODS) + r")\b")
_EARLIER_PERIOD = {tuple(_TOKEN.findall(w)): code for w, code in rules.EARLIER_PERIODS.items()}
_SAME_SPAN = _phrases(rules.SAME_SPAN_WORDS)
_THIS_YEAR = _phrases(rules.THIS_YEAR_WORDS)   # "Năm nay, doanh thu ...": compared with a year's value, only what holds


def _change_by_measure(doc: _Doc) -> Iterator[Relation]:
    """ "Cùng kỳ năm ngoái, doanh thu của công ty đạt 8.690 tỷ đồng. ... Năm nay, doanh thu đạt
    10.514 tỷ đồng, tăng 21% so với cùng kỳ": a change in % of a value named by its measure
    (rules.MEASURE_WORDS), compared with the earlier period the cue names (rules.EARLIER_PERIODS),
    is new / old − 1 with old the one value of that measure, of that period, in the sentences
    before (rules.MEASURE_SENTENCES). Judged only when no value of the unit with no measure
    word stands in the window; otherwise reported when it holds. Two candidates: nothing said."""
    for i, period in _changes_against_periods(doc):
        j, lead = _lead_of(doc, i)
        direction = _direction(lead.cues)
        if j is None or not direction or not _is_plain(lead.rest, 8):
            continue
        new = doc.figs[j]
        measure = _measure_of(doc, j)
        if measure is None or new.kind is Kind.PERCENT or not doc.is_operand(new) \
                or _earlier_period_naming(doc, j) is not None:
            continue
        slot = _earlier_slot(doc, j, measure, period)
        if slot is not None:
            old, sure = slot
            rel = _change(doc, old, new, doc.figs[i], direction, only_if_consistent=not sure)
            if rel is not None:
                yield rel


def _changes_against_periods(doc: _Doc) -> list[tuple[int, str]]:
    """(i, period) for each percentage i compared with an earlier period ("tăng 21% so với cùng
    kỳ"): one scan of the text from its "%" signs."""
    return [(k, rules.EARLIER_PERIODS[" ".join(m.group(1).split())])
            for k, m in _positive_percents_opening(doc, _CHANGE_AGAINST_PERIOD)]


def _earlier_period_naming(doc: _Doc, j: int) -> str | None:
    """The earlier period (rules.EARLIER_PERIODS) named in the words naming key figure j
    ("Cùng kỳ năm ngoái, doanh thu đạt 8.690 tỷ"), if one is."""
    toks = _words_naming(doc, j, _measure_boundary(doc, j))
    found = None
    k = 0
    while k < len(toks):
        for n in (4, 3, 2):
            code = _EARLIER_PERIOD.get(toks[k:k + n])
            if code is not None:
                found = code
                k += n
                break
        else:
            k += 1
    return found


def _of_one_span(doc: _Doc, k: int, span: str | None) -> bool:
    """Is key figure k of the span `span` (the months the new value is of): the same period written
    before it, or none and "cùng kỳ" (the same span) in the words naming it? "Năm ngoái, doanh
    thu đạt 20.000 tỷ" is a year's, no half-year's."""
    own = _period_before(doc, k)
    if own is not None or span is None:
        return own == span
    return _contains(_words_naming(doc, k, _measure_boundary(doc, k)), _SAME_SPAN)


def _earlier_slot(doc: _Doc, j: int, measure: str, period: str) -> tuple[Figure, bool] | None:
    """The one value of `measure` of the earlier `period` before key figure j, in j's unit, and
    whether the binding is sure (no value of the unit without a measure word in the window);
    None unless there is exactly one."""
    new = doc.figs[j]
    span = _period_before(doc, j)   # "6 tháng": the old value is of those months a year before
    olds, unnamed = [], []
    for k, f in _operands_before(doc, j):
        if not _amounts_of_one_unit(f, new):
            continue
        of = _measure_of(doc, k)
        if of is None:
            unnamed.append(f)
        elif _same_measure_word(of, measure) and _of_one_span(doc, k, span):
            named = _earlier_period_naming(doc, k) == period or _year_before(doc, k, j, period)
            if named:
                olds.append((f, named is True))
    if len(olds) != 1 or not olds[0][0].value > 0:
        return None
    old, named_surely = olds[0]
    return old, named_surely and not unnamed


def _year_before(doc: _Doc, k: int, j: int, period: str) -> bool | str:
    """Is key figure k of the year before key figure j's, by the years naming them: True for
    "Năm 2024, doanh thu ... 17.610 tỷ" and "Năm 2025, doanh thu ... 19.900 tỷ"; "unsure" where
    j's year is "năm nay" (the year k names is the one before only if the article is of the year
    after it); False otherwise."""
    if period != "year_before":
        return False
    old = _year_naming(doc, k)
    if old is None:
        return False
    new = _year_naming(doc, j)
    if new is not None:
        return new == old + 1
    return "unsure" if _contains(_words_naming(doc, j, _measure_boundary(doc, j)), _THIS_YEAR) else False


def _year_naming(doc: _Doc, j: int) -> int | None:
    """The year written last in the words naming key figure j ("Năm 2024, doanh nghiệp này ghi
    nhận doanh thu thuần 17.610 tỷ"), if any."""
    k = _measure_boundary(doc, j)
    lo = doc.spans[doc.sentence[j]][0] if k is None else doc.figs[k].end
    starts = doc.all_starts
    for at in range(bisect_left(starts, doc.figs[j].start) - 1, bisect_left(starts, lo) - 1, -1):
        if doc.all_figures[at].kind is Kind.YEAR:
            return int(doc.all_figures[at].value)
    return None


def _amounts_of_one_unit(a: Figure, b: Figure) -> bool:
    """May a be divided by b as two amounts of one measure? Multiples ("tăng 4,6 lần") are not
    amounts; "1.007 tỷ" with its "đồng" left unsaid is the money "1.013 tỷ đồng" is (`_scaled`)."""
    if a.unit in _TIMES_UNITS or b.unit in _TIMES_UNITS:
        return False
    if _same_measure(a, b):
        return True
    return {a.kind, b.kind} == {Kind.MONEY, Kind.COUNT} and all(f.kind is Kind.MONEY or f.unit is None and _scaled(f)
                                                               for f in (a, b))


def _share_of_whole(doc: _Doc) -> Iterator[Relation]:
    """ "Trong số 212 ..., có 146 ..., chiếm 69%"; "72 hộ, trong đó 40 hộ nghèo, chiếm
    55,6%"; "40 hộ, chiếm 8% tổng số 500 hộ": the part before the share, its whole bound
    by a cue word."""
    for i in _percents(doc):
        j, lead = _lead_of(doc, i)
        if j is None or "share" not in lead.cues or {"up", "down", "win"} & lead.cues \
                or "achieve" in lead.cues and not _share_not_plan(doc, i, lead):
            continue
        part, stated = doc.figs[j], doc.figs[i]
        if not doc.is_operand(part) or not _is_plain(lead.rest, 10):
            continue
        whole = _whole_after(doc, i) or _whole_before(doc, j)
        if whole is not None and _same_measure(part, whole) and part.value <= whole.value:
            yield _share(doc, "percent_of_total", part, whole, stated)


def _bracketed_share_of_whole_before(doc: _Doc) -> Iterator[Relation]:
    """ "... đã khảo sát 4.819 người .... Trong đó, có 231 người (gần 5%) có nhu cầu vay vốn": a
    sentence opening with a cue of parts ("trong đó", "trong số này"), a count in it with its share
    in brackets right after its noun, and the whole in the sentence before: the one value there of
    the part's measure that counts the same noun. Judged only when that binding is single; with no
    such value, or two, nothing is said."""
    bracketed = [i for i in _percents(doc) if doc.text[doc.figs[i].end:doc.figs[i].end + 1] == ")"]
    if not bracketed or not doc.says(_PARTS_OPENERS):
        return
    opening = dict(_opening_sentences(doc, _PARTS_OPENERS, within=_PARTS_CUES))
    for i in bracketed:
        s = doc.sentence[i]
        k = doc.prev(i)
        if s not in opening or k is None:
            continue
        part, stated = doc.figs[k], doc.figs[i]
        toks = doc.tokens(part.end, stated.start)
        if "(" not in toks or not doc.is_operand(part) or part.kind is not Kind.COUNT:
            continue
        at = toks.index("(")
        noun = _noun(doc, part)
        if noun is None or _skip_fillers(toks[at + 1:]) or not _is_plain(toks[:at], _BRACKETED_SHARE_WORDS, 0):
            continue
        wholes = [f for f in _operands_in(doc, s - 1)
                  if _same_measure(f, part) and f.value > part.value and _noun(doc, f) == noun]
        if len(wholes) == 1:
            yield _share(doc, "percent_of_total", part, wholes[0], stated)


#: The most words between a part and its bracketed share: "231 người (gần 5%)", "12 xã miền núi (40%)".
_BRACKETED_SHARE_WORDS = 4


def _share_not_plan(doc: _Doc, i: int, lead: _Lead) -> bool:
    """ "tức bằng 20% quy mô": a word of shares alone ("tức", "chiếm") beside an achievement
    word, and no plan named after the percentage ("bằng 92% kế hoạch" is an achievement)."""
    if "plain_share" not in lead.cues:
        return False
    after = _skip_fillers(doc.tokens(doc.figs[i].end, min(len(doc.text), doc.figs[i].end + 30)))
    return not _starts_with(after, _PLAN)


def _whole_after(doc: _Doc, i: int) -> Figure | None:
    k = doc.next(i)
    if k is None or not doc.is_operand(doc.figs[k]):
        return None
    toks = _skip_fillers(doc.gap_tokens(i))   # k is i + 1
    n = _starts_with(toks, _WHOLE_AFTER_SHARE)
    return doc.figs[k] if n and _is_plain(toks[n:], 3, 0) else None


def _whole_before(doc: _Doc, j: int) -> Figure | None:
    """The nearest count before the part that a cue binds as a whole: "trong số 212",
    or "72 hộ, trong đó"."""
    part = doc.figs[j]
    for k in doc.before(j, back=6, sentences=1):
        w = doc.figs[k]
        if not doc.is_operand(w) or not _same_measure(part, w) or _part_of(doc, k) is not None:
            continue
        if _ends_with(doc.words_before(w, 3), _WHOLE_CUES):
            return w
        after = doc.gap_tokens(k)
        if _contains(after, _WHOLE_THEN_PART) and _is_plain(after, 8):
            return w
    return None


# --- readers: changes -----------------------------------------------------------------------

def _direction(cues: frozenset[str]) -> int:
    return (1 if "up" in cues else 0) - (1 if "down" in cues else 0)


def _change(doc: _Doc, old: Figure, new: Figure, stated: Figure, direction: int, *,
            only_if_consistent: bool = False) -> Relation | None:
    """(new − old) / old × 100 against a stated change in %, or new − old against a
    stated change in the same unit; the direction word must agree with the sign."""
    old_i, new_i = _operand_interval(old), _operand_interval(new)
    said = _stated_interval(stated)
    signed = Interval(said.lo, said.hi) if direction > 0 else Interval(-said.hi, -said.lo)
    if stated.kind is Kind.PERCENT:
        computed = (float(new.value) - float(old.value)) / float(old.value) * 100
        ok = _change_interval(old_i, new_i).meets(signed)
        kind = "percent_change"
        formula = f"({fmt(new.value)} − {fmt(old.value)}) / {fmt(old.value)} × 100 = {fmt(computed)}%"
    else:
        if not (_same_measure(stated, old) and _same_measure(stated, new)):
            return None
        computed = float(new.value) - float(old.value)
        ok = Interval(new_i.lo - old_i.hi, new_i.hi - old_i.lo).meets(signed)
        kind = "difference"
        formula = f"{fmt(new.value)} − {fmt(old.value)} = {fmt(computed)}"
    if not ok and (only_if_consistent or not _plausible(computed, float(stated.value))):
        return None
    return _relation(doc.text, kind, formula, computed, stated, ok, [old, new])


def _plausible(computed: float, stated: float) -> bool:
    """Could a stated change be a slip for the computed one, rather than a change of
    other values? One ten times the other is a misreading of which values changed
    (a clause glued to the next, "năm trướcthìNissan bán"), so it is not reported."""
    return stated / 10 <= abs(computed) <= stated * 10


def _change_with_level(doc: _Doc) -> Iterator[Relation]:
    """ "VN-Index giảm 9,21 điểm (0,7%) xuống 1.313,84 điểm"; "tăng 700.000 đồng, tương đương
    0,6%, lên 121 triệu": a change A, its share Z of the value before, and the level B it reached,
    so the value before is B − A (up) or B + A (down) and Z = A / (B ∓ A) × 100. The grammar
    binds all three: a share that no value the written figures allow makes is inconsistent.
    Without the change A, the value before is looked for earlier (`_change_to_level_only`)."""
    if not (doc.says(_UP_TO) or doc.says(_DOWN_TO) or doc.says(_LEVEL_SHARE) or doc.says(_CHANGE_WORDS)):
        return
    for i in _percents(doc):
        # a level word right after the share (past its bracket or comma) first: most have none
        if not _TO_LEVEL_AFTER.match(doc.lower, doc.figs[i].end):
            rel = _share_with_change(doc, i) or _share_after_level(doc, i) or _level_share_then_change(doc, i)
            if rel is not None:
                yield rel
            continue
        rel = _change_with_share(doc, i) or _change_to_level_only(doc, i)
        if rel is not None:
            yield rel


#: After a share: its closing bracket or a comma, then a word of the level reached ("(0,7%) xuống").
_TO_LEVEL_AFTER = re.compile(r"\)?\s*,?\s*(?:" + "|".join(re.escape(w) for w in rules.UP_TO_WORDS + rules.DOWN_TO_WORDS)
                             + r")\b")


def _change_with_share(doc: _Doc, i: int) -> Relation | None:
    j, k = doc.prev(i), doc.next(i)
    if j is None or k is None:
        return None
    change, stated, level = doc.figs[j], doc.figs[i], doc.figs[k]
    if not (doc.is_operand(change) and doc.is_operand(level)) or change.kind is Kind.PERCENT \
            or not _same_measure(change, level) and None not in (change.unit, level.unit) \
            or change.kind is not level.kind or not 0 < change.value < level.value * 10:
        return None
    direction = _direction(_lead(doc.words_before(change, 4)).cues) or _loss(doc, change)
    if not direction or not _opens_share(doc.tokens(change.end, stated.start)):
        return None
    after = doc.tokens(stated.end, level.start)
    after = after[1:] if after[:1] in ((")",), (",",)) else after
    to = _starts_with(after, _UP_TO if direction > 0 else _DOWN_TO)
    if not to or not _is_plain(after[to:], 2, 0):
        return None
    return _change_to_level(doc, change, level, stated, direction)


def _loss(doc: _Doc, change: Figure) -> int:
    """ "Dow Jones mất 114,83 điểm (0,27%) xuống 42.677,24": a word of losing before a change that
    a level follows says it fell (-1; else 0). Only there: "mất 5 năm" is no change."""
    if change.unit in _TIME_UNITS:
        return 0
    return -1 if _ends_with(_without_trailing_fillers(doc.words_before(change, 3)), _LEVEL_LOSS) else 0


_LEVEL_LOSS = _phrases(rules.LEVEL_LOSS_WORDS)


def _share_with_change(doc: _Doc, i: int) -> Relation | None:
    """ "chi phí nhân sự giảm 14,1% - tương đương 64 triệu USD, xuống còn 391 triệu USD": a change in
    %, the change as an amount, then the level it reached; the value before is B ∓ A, as in
    `_change_with_share` with the share first. The grammar binds all three: judged."""
    k = doc.next(i)
    m = doc.next(k) if k is not None else None
    if m is None or not _TO_WORD.search(doc.lower, doc.figs[k].end, doc.figs[m].start):
        return None   # a word of the level between the amount and the next value first: most have none
    stated, change, level = doc.figs[i], doc.figs[k], doc.figs[m]
    if not (doc.is_operand(change) and doc.is_operand(level)) or change.kind is Kind.PERCENT \
            or not _same_measure(change, level) or not 0 < change.value < level.value * 10:
        return None
    direction = _direction(_lead_cues_in(_without_trailing_fillers(doc.words_before(stated, 5))[-3:]))
    between = doc.tokens(stated.end, change.start)
    between = between[1:] if between[:1] in _DASHES + ((",",),) else between
    if not direction or not _restates_change(between, direction):
        return None
    after = _skip_unit(doc.tokens(change.end, level.start))
    after = after[1:] if after[:1] in ((")",), (",",)) else after
    to = _starts_with(after, _UP_TO if direction > 0 else _DOWN_TO)
    if not to or not _is_plain(after[to:], 2, 0):
        return None
    return _change_to_level(doc, change, level, stated, direction)


def _restates_change(between: tuple, direction: int, *, bracketed_only: bool = False) -> bool:
    """The words between a change in % and the same change as an amount: a bracket ("(0,49
    USD"), a word of restating ("tương đương 64 triệu USD"), or both, each maybe with the change
    word again ("tức giảm 148 trạm", "(tương đương giảm 0,41 USD"), of the share's direction.
    `bracketed_only`: only the forms that open with a bracket."""
    bracket = between[:1] == ("(",)
    if bracket:
        between = between[1:]
    elif bracketed_only:
        return False
    n = _starts_with(between, _LEVEL_SHARE)
    if not (bracket or n):
        return False
    rest = between[n:]
    if not rest:
        return True
    m = _starts_with(rest, _CHANGE_WORDS)
    return m == len(rest) and _direction(_LEAD_CUES.get(rest, frozenset())) in (0, direction)


def _level_share_then_change(doc: _Doc, i: int) -> Relation | None:
    """ "giá dầu Brent ở mốc 65,06 USD/thùng, giảm 0,75% (giảm 0,49 USD/thùng so với phiên trước
    đó)": the level B first, then a comma, the change in % and, in a bracket right after it, the
    change as an amount A. The value before is B ∓ A, as in `_change_with_share`; the grammar
    binds all three: judged."""
    stated = doc.figs[i]
    # the bracket right after the share first: most percentages have none
    if not doc.lower.startswith("(", _next_char(doc.lower, stated.end)):
        return None
    j, k = doc.prev(i), doc.next(i)
    if j is None or k is None:
        return None
    level, change = doc.figs[j], doc.figs[k]
    if not (doc.is_operand(change) and doc.is_operand(level)) or Kind.PERCENT in (change.kind, level.kind) \
            or not _same_measure(change, level) or not 0 < change.value < level.value * 10:
        return None
    link = doc.tokens(level.end, stated.start)
    if "," not in link:
        return None   # the level and the share are two clauses, a comma between
    comma = link.index(",")
    lead = _lead(link[comma + 1:])
    direction = _direction(lead.cues)
    unit = tuple(t for t in link[:comma] if t != "/")   # "USD/thùng": a unit per unit
    if not direction or lead.rest or not _is_plain(unit, 3, 0) \
            or not _restates_change(doc.tokens(stated.end, change.start), direction, bracketed_only=True):
        return None
    return _change_to_level(doc, change, level, stated, direction)


def _next_char(text: str, at: int) -> int:
    """The index of the first character at or after `at` that is no space."""
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


#: Words that may stand between a level and the share said after it, besides a comma before the
#: share's cue: "lên 1.630 điểm khi kết thúc phiên giao dịch ngày 15/8, tương đương 8,5%".
_LEVEL_TO_SHARE_WORDS = 10
#: How far before a share its opening may stand: "(", or "tương đương" and a change word and qualifiers.
_SHARE_OPENING_REACH = 30


def _share_after_level(doc: _Doc, i: int) -> Relation | None:
    """The share said last, after the change and the level in either order: "VN-Index tăng 128
    điểm lên 1.630 điểm ..., tương đương 8,5%" (the change, a word of the level, the level);
    "dư nợ đạt gần 4.835 tỷ đồng, tăng 1.050 tỷ đồng, tương đương tăng 28%" (the level, then the
    change). As in `_change_with_share` the value before is B ∓ A; the grammar binds all three:
    judged."""
    # the opening of the share just before it first: most percentages have none
    before = doc.lower[max(0, doc.figs[i].start - _SHARE_OPENING_REACH):doc.figs[i].start]
    if "(" not in before and not any(w in before for w in rules.CHANGE_SHARE_WORDS):
        return None
    k = doc.prev(i)
    j = doc.prev(k) if k is not None else None
    if j is None:
        return None
    first, second, stated = doc.figs[j], doc.figs[k], doc.figs[i]
    if not (doc.is_operand(first) and doc.is_operand(second)) or Kind.PERCENT in (first.kind, second.kind) \
            or first.kind is not second.kind or not _same_measure(first, second) and None not in (first.unit, second.unit):
        return None
    between = _share_opening(doc.tokens(second.end, stated.start))
    if between is None:
        return None
    link = doc.tokens(first.end, second.start)
    # the change first: its word before it, its unit and a word of the level between the two
    direction = _direction(_lead(doc.words_before(first, 4)).cues) or _loss(doc, first)
    if direction:
        to = _ends_with(link, _UP_TO if direction > 0 else _DOWN_TO)
        if not to or not _is_plain(link[:-to], 3, 0) or not _is_plain(between, _LEVEL_TO_SHARE_WORDS, 0) \
                or not 0 < first.value < second.value * 10:
            return None
        return _change_to_level(doc, first, second, stated, direction)
    # the level first: its unit, a comma, then the change word and the change
    comma = link.index(",") if "," in link else -1
    lead = _lead(link[comma + 1:])
    direction = _direction(lead.cues)
    if comma < 0 or not direction or lead.rest or not _is_plain(link[:comma], 3, 0) \
            or not _is_plain(between, 3, 0) or not 0 < second.value < first.value * 10:
        return None
    return _change_to_level(doc, second, first, stated, direction)


def _share_opening(between: tuple) -> tuple | None:
    """The words before a share said after its operands, less its opening: a bracket ("(8,5%)")
    or a comma and a word of restating, maybe with the change word again ("tương đương tăng
    28%", "tương ứng khoảng 75%": qualifiers aside). None when the share does not open so."""
    between = _without_trailing_fillers(between)
    if between[-1:] == ("(",):
        return between[:-1]
    toks = between[:-n] if (n := _ends_with(between, _CHANGE_WORDS)) else between
    n = _ends_with(toks, _LEVEL_SHARE)
    if not n or toks[-n - 1:-n] != (",",):
        return None
    return toks[:-n - 1]


_CHANGE_WORDS = _phrases(rules.INCREASE_WORDS, rules.DECREASE_WORDS)


def _change_to_level_only(doc: _Doc, i: int) -> Relation | None:
    """ "bán 4,27 triệu xe ... đặt mục tiêu tăng doanh số gần 30%, lên 5,5 triệu xe": a change in %
    said before the level it reaches; the value before is one of that measure earlier in the
    sentence, nearest first, which nothing names: reported only when it holds."""
    stated, k = doc.figs[i], doc.next(i)
    # the change word may name what changed before the figure: "tăng doanh số gần 30%"
    direction = _direction(_lead_cues_in(_without_trailing_fillers(doc.words_before(stated, 5))[-3:]))
    after = doc.tokens(stated.end, doc.figs[k].start) if k is not None else ()
    if not direction or after[:1] != (",",) or not doc.is_operand(doc.figs[k]):
        return None
    to = _starts_with(after[1:], _UP_TO if direction > 0 else _DOWN_TO)
    if not to or not _is_plain(after[1 + to:], 2, 0):
        return None
    level = doc.figs[k]
    for b in doc.before(i, back=6, sentences=1):
        base = doc.figs[b]
        rel = _change(doc, base, level, stated, direction, only_if_consistent=True) \
            if doc.is_operand(base) and _same_measure(base, level) and base.value != level.value else None
        if rel is not None:
            return rel
    return None


def _opens_share(between: tuple) -> bool:
    """The words between a change and its share: its unit, then "(" or ", tương đương"."""
    if between[-1:] == ("(",):
        return _is_plain(between[:-1], 3, 0)
    n = _ends_with(between, _LEVEL_SHARE)
    return bool(n) and between[-n - 1:-n] == (",",) and _is_plain(between[:-n - 1], 3, 0)


def _change_to_level(doc: _Doc, change: Figure, level: Figure, stated: Figure, direction: int) -> Relation | None:
    """A / (B ∓ A) × 100 against the stated share; a share ten times off is a misreading of which
    values these are ("tăng 90 cent ... lên 62,93 USD": cents of dollars), not reported."""
    a, b = _operand_interval(change), _operand_interval(level)
    before = Interval(b.lo - a.hi, b.hi - a.lo) if direction > 0 else Interval(b.lo + a.lo, b.hi + a.hi)
    value_before = float(level.value) - direction * float(change.value)
    if before.lo <= 0 or value_before <= 0:
        return None
    computed = float(change.value) / value_before * 100
    ok = _ratio_interval(a, before).meets(_stated_interval(stated))
    if not ok and not _plausible(computed, float(stated.value)):
        return None
    sign = "−" if direction > 0 else "+"
    formula = f"{fmt(change.value)} / ({fmt(level.value)} {sign} {fmt(change.value)}) × 100 = {fmt(computed)}%"
    return _relation(doc.text, "percent_change", formula, computed, stated, ok, [change, level])


def _change_then_compared(doc: _Doc) -> Iterator[Relation]:
    """ "lợi nhuận giảm tới 99%, chỉ còn 40 triệu euro (46,5 triệu USD) trong ba quý đầu năm 2025,
    so với 403,5 triệu euro cùng kỳ năm ngoái": a change in % said first, then the level B it
    reached, then the value A it is compared with; (B − A) / A × 100. The grammar binds all three
    (the level word after the change, "so với" before A): judged."""
    if not doc.says(_COMPARE):
        return
    for i in _percents(doc):
        # a word of the level right after the change first: most percentages have none
        if _LEVEL_AFTER_CHANGE.match(doc.lower, doc.figs[i].end):
            rel = _change_level_compared(doc, i)
            if rel is not None:
                yield rel


#: After a change: a comma, maybe "chỉ", then a word of the level ("giảm tới 99%, chỉ còn 40 triệu").
_LEVEL_AFTER_CHANGE = re.compile(
    r"\s*,?\s*(?:(?:" + "|".join(re.escape(w) for w in rules.CHANGE_LEVEL_OPENERS) + r")\s+)?(?:"
    + "|".join(re.escape(w) for w in rules.UP_TO_WORDS + rules.DOWN_TO_WORDS + rules.CHANGE_LEVEL_REACHED_WORDS)
    + r")\b")
_LEVEL_OPENERS = _phrases(rules.CHANGE_LEVEL_OPENERS)
_LEVEL_REACHED = _phrases(rules.CHANGE_LEVEL_REACHED_WORDS)
#: Words that may stand between the level and "so với": its unit and the time it is of ("40 triệu
#: euro (46,5 triệu USD) trong ba quý đầu năm 2025, so với").
_LEVEL_TO_COMPARED_WORDS = 10
#: Words that may name the value compared with before its bracket: "so với cùng kỳ năm trước (100 tỷ)".
_COMPARED_NAME_WORDS = 5


def _change_level_compared(doc: _Doc, i: int) -> Relation | None:
    stated = doc.figs[i]
    direction = _direction(_lead_cues_in(_without_trailing_fillers(doc.words_before(stated, 5))[-3:]))
    k = doc.next(i)
    if not direction or k is None or doc.sentence[k] != doc.sentence[i]:
        return None
    level = doc.figs[k]
    if not doc.is_operand(level) or level.kind is Kind.PERCENT:
        return None
    # the level word: one of the change's direction ("giảm ... xuống"), or one of reaching ("đạt")
    after = doc.tokens(stated.end, level.start)
    after = after[1:] if after[:1] == (",",) else after
    after = after[_starts_with(after, _LEVEL_OPENERS):]
    to = _starts_with(after, _UP_TO if direction > 0 else _DOWN_TO) or _starts_with(after, _LEVEL_REACHED)
    if not to or not _is_plain(after[to:], 2, 0):
        return None
    base = _compared_after_level(doc, k)
    if base is None or not _same_measure(base, level) or base.value == level.value:
        return None
    return _change(doc, base, level, stated, direction)


def _compared_after_level(doc: _Doc, k: int) -> Figure | None:
    """The value a level is compared with, after "so với": in brackets after a few words ("so với
    cùng kỳ (100 tỷ đồng)"), or the next value past the level's own bracket ("40 triệu euro (46,5
    triệu USD) trong ba quý đầu năm 2025, so với 403,5 triệu euro"); no other change between."""
    m = doc.next(k)
    if m is None or doc.sentence[m] != doc.sentence[k]:
        return None
    link = doc.gap_tokens(k)   # m is k + 1
    if link[-1:] == ("(",) and _contains(link, _COMPARE):
        at = next(c for c in range(len(link)) if _starts_with(link[c:], _COMPARE))
        end = at + _starts_with(link[at:], _COMPARE)
        if not _is_plain(_skip_fillers(link[end:-1]), _COMPARED_NAME_WORDS, 0):
            return None
        link = link[:end]
    else:
        m, link = _next_item(doc, k, asides=True)
        if m is None or doc.sentence[m] != doc.sentence[k]:
            return None
        link = _without_trailing_fillers(link)
    n = _ends_with(link, _COMPARE)
    if not n or not _is_plain(link[:-n], _LEVEL_TO_COMPARED_WORDS, 1) or _direction(_lead_cues_in(link[:-n])):
        return None   # "so với" before the base, and no other change between: "..., tăng 5% so với"
    return doc.figs[m] if doc.is_operand(doc.figs[m]) else None


def _change_from_to(doc: _Doc) -> Iterator[Relation]:
    """ "giảm từ 23 xe xuống còn 16 xe, với tỷ lệ giảm 30,4%"; "tăng 5 điểm, từ 16 lên
    21 điểm"; "tăng 10,9% từ 228.644 nhân dân tệ (31.340 USD) mỗi xe ... lên 253.662": the change
    stated after B, before "từ", or in a sentence after that restates it ("Như vậy, ... giảm 465")."""
    if not (doc.says(_FROM) and (doc.says(_UP_TO) or doc.says(_DOWN_TO))):
        return
    for j in range(len(doc.figs) - 1):
        a = doc.figs[j]
        if doc.sentence[j + 1] != doc.sentence[j] or not doc.is_operand(a) \
                or not doc.near_cue(_FROM, a.start - 12, a.start) or not _ends_with(doc.words_before(a, 3), _FROM):
            continue
        k, link = _next_item(doc, j, asides=True)
        if k is None or not doc.is_operand(doc.figs[k]) or not _same_measure(a, doc.figs[k]):
            continue
        b = doc.figs[k]
        link = _without_trailing_fillers(link)   # "từ 55 triệu đồng mỗi m2 lên khoảng 65 triệu"
        up, down = _ends_with(link, _UP_TO), _ends_with(link, _DOWN_TO)
        words = 5 if k == j + 1 else 10   # over an aside, the value's own words are longer
        if not (up or down) or not _is_plain(link[:-(up or down)], words, 0):
            continue
        direction = 1 if up >= down else -1
        stated = _stated_change_after(doc, k) or _stated_change_before(doc, j, b)
        if stated is not None:
            rel = _change(doc, a, b, stated, direction)
            if rel is not None:
                yield rel


def _stated_change_after(doc: _Doc, j: int) -> Figure | None:
    k = doc.next(j)
    if k is None:
        return _restated_change(doc, j)
    lead = _lead(doc.tokens(doc.figs[j].end, doc.figs[k].start))
    if _direction(lead.cues) and _is_plain(lead.rest, 6) and (doc.figs[k].kind is Kind.PERCENT
                                                                or doc.is_operand(doc.figs[k])):
        return doc.figs[k]
    return None


def _restated_change(doc: _Doc, j: int) -> Figure | None:
    """ "... từ 1.047 xuống còn 582 đầu mối. Như vậy, họ đã giảm 465 đầu mối": the first figure of
    the next sentence, when that sentence opens by restating this one."""
    k = j + 1
    if k >= len(doc.figs) or doc.sentence[k] != doc.sentence[j] + 1:
        return None
    toks = doc.sentence_lead(k)
    n = _starts_with(toks, _RESTATING)
    lead = _lead(tuple(t for t in toks[n:] if t != ","))
    if n and _direction(lead.cues) and _is_plain(lead.rest, 6) \
            and (doc.figs[k].kind is Kind.PERCENT or doc.is_operand(doc.figs[k])):
        return doc.figs[k]
    return None


def _stated_change_before(doc: _Doc, j: int, b: Figure) -> Figure | None:
    k = doc.prev(j)
    if k is None:
        return None
    c, a = doc.figs[k], doc.figs[j]
    if not (c.kind is Kind.PERCENT or doc.is_operand(c) and c.unit in (None, a.unit, b.unit)):
        return None
    if not _direction(_lead(doc.words_before(c, 3)).cues):
        return None
    between = doc.tokens(c.end, a.start)
    n = _ends_with(between, _FROM)
    # "giảm 6 kg, chỉ số BMI giảm từ 31 xuống 28,5": another change word, another change
    if not n or not _is_plain(between[:-n], 14) or _direction(_lead_cues_in(between[:-n])):
        return None
    return c


def _lead_cues_in(tokens: tuple) -> frozenset[str]:
    """Every cue the words say, wherever they stand."""
    cues: frozenset[str] = frozenset()
    for k in range(len(tokens)):
        n = _starts_with(tokens[k:], _LEAD_PHRASES)
        if n:
            cues |= _LEAD_CUES[tokens[k:k + n]]
    return cues


def _change_compared(doc: _Doc) -> Iterator[Relation]:
    """ "X ..., tăng Z% so với [...] Y": (X − Y) / Y; or two values contrasted ("330 xe
    ..., trong khi tháng trước ... 390 xe, tương ứng tỷ lệ giảm 15,4%"), reported only
    when one order of the two bears the change out; the same for X far before the change
    ("khoảng 38.772 USD một năm để trang trải ..., cao hơn 30% so với mức 29.748 USD") and for
    two values in the sentence before ("quý II bán 611.236 xe ... so với quý I bán 673.055 xe.
    Như vậy, ... quý II giảm 9,2% so với quý I")."""
    for i in _percents(doc):
        j, lead = _lead_of(doc, i)
        direction = _direction(lead.cues)
        if j is None and direction:
            rel = _change_of_sentence_before(doc, i, direction)
            if rel is not None:
                yield rel
            continue
        if j is None or not direction or not doc.is_operand(doc.figs[j]) or not _is_plain(lead.rest, 24, 2):
            continue
        new, stated = doc.figs[j], doc.figs[i]
        old = _compared_after(doc, i)
        near = _is_plain(lead.rest, 8)
        if old is not None and _same_measure(old, new):
            part = _part_of(doc, j)
            if part is None:
                rel = _change(doc, old, new, stated, direction, only_if_consistent=not near)
            else:  # "306.252 trong số 903.325 xe ..., tăng 53,4% so với 199.597": which one grew?
                rel = (_change(doc, old, new, stated, direction, only_if_consistent=True)
                       or _change(doc, old, part, stated, direction, only_if_consistent=True))
            if rel is not None:
                yield rel
            continue
        k = doc.prev(j)
        if not near or k is None or not doc.is_operand(doc.figs[k]) or not _same_measure(doc.figs[k], new):
            continue
        between = doc.tokens(doc.figs[k].end, new.start)
        if not _contains(between, _CONTRAST) or not _is_plain(between, 14, 2):
            continue
        other = doc.figs[k]
        rel = (_change(doc, other, new, stated, direction, only_if_consistent=True)
               or _change(doc, new, other, stated, direction, only_if_consistent=True))
        if rel is not None:
            yield rel


def _change_of_sentence_before(doc: _Doc, i: int, direction: int) -> Relation | None:
    """A change in % with no value before it in its sentence, compared ("so với") with something
    named after it: the last two values of one measure in the sentence before, in either order,
    reported when one order bears it out."""
    after = _skip_fillers(doc.tokens(doc.figs[i].end, min(len(doc.text), doc.figs[i].end + 12)))
    if not _starts_with(after, _COMPARE):
        return None
    prev = _operands_in(doc, doc.sentence[i] - 1)[-2:]
    if len(prev) < 2 or not _same_measure(*prev):
        return None
    a, b = prev
    stated = doc.figs[i]
    return (_change(doc, a, b, stated, direction, only_if_consistent=True)
            or _change(doc, b, a, stated, direction, only_if_consistent=True))


def _operand_after(doc: _Doc, i: int) -> tuple[Figure | None, tuple]:
    """The operand right after figure i, and the tokens between them (None, () when there is none)."""
    k = doc.next(i)
    if k is None or not doc.is_operand(doc.figs[k]):
        return None, ()
    return doc.figs[k], doc.gap_tokens(i)   # k is i + 1


def _compared_after(doc: _Doc, i: int) -> Figure | None:
    """ "... so với cùng kỳ (100 tỷ)", "so với mức 100 tỷ": the value compared with, right after."""
    after, toks = _operand_after(doc, i)
    n = _starts_with(toks, _COMPARE) if after else 0
    rest = toks[n:-1] if toks[-1:] == ("(",) else toks[n:]
    return after if n and _is_plain(rest, 3, 0) else None


def _part_of(doc: _Doc, j: int) -> Figure | None:
    """The part that figure j is the whole of ("306.252 trong số 903.325"), if any."""
    k = doc.prev(j)
    if k is None or not doc.is_operand(doc.figs[k]):
        return None
    link = doc.gap_tokens(k)   # k is j - 1
    n = _ends_with(link, _PART_OF_WHOLE)
    return doc.figs[k] if n and _is_plain(link[:-n], 6, 0) else None


# --- readers: parts, averages, records, excess -------------------------------------------------

_PARTS_CUES = _phrases(rules.PARTIAL_PARTS_CUES, rules.EXHAUSTIVE_PARTS_CUES)
#: Read loosely, the noun phrase between a total and its cue may be long: tokens are syllables,
#: and "29 dự án thuộc nhóm khó khăn liên quan đến quy hoạch và thủ tục đầu tư, gồm" holds 16.
_LOOSE_NOUN_SYLLABLES = 20
#: Read loosely, the words between the cue and the first part may name it at length: "trong đó
#: khối công lập chiếm phần lớn với 21,5 triệu" holds 7.
_LOOSE_OPENING_WORDS = 8
_EXHAUSTIVE = _phrases(rules.EXHAUSTIVE_PARTS_CUES)
_SEPARATORS = (",", ";") + tuple(rules.RELATION_LIST_JOINERS)
_FINAL_JOINERS = frozenset(rules.RELATION_LIST_JOINERS)
#: Number words that open an item between two listed values: a part the list gives in words
#: ("không" after a comma is "without": "có nơi cư trú 129, không nơi cư trú 293")
_NUMBER_WORD_TOKENS = (frozenset(rules.DIGIT_WORDS) | frozenset(rules.TEN_WORDS)) - rules.NOT_NUMBER_SPELLINGS


def _parts(doc: _Doc) -> Iterator[Relation]:
    """ "43 đảng viên, trong đó có 36 ... chính thức và 7 ... dự bị"; "19 đảng bộ, gồm
    15 ..., 3 ... và 1 ...": the total, its cue, then parts joined by commas and "và".
    Read strictly (a short noun phrase to the cue, parts of the total's measure, no
    bracket in the list), a sum may be judged; read loosely (a longer phrase, parts
    counting other nouns, "(...)" asides skipped), it is reported only when it holds."""
    if not doc.says(_PARTS_CUES):
        return
    for j in doc.near_cue_between(_PARTS_CUES):
        total = doc.figs[j]
        if not doc.is_operand(total) or doc.figs[j + 1].start > total.end + 160 \
                or not doc.near_cue(_PARTS_CUES, total.end, doc.figs[j + 1].start):
            continue
        if not _may_count_parts(doc.figs[j + 1]) and _no_parts_listed(doc, j + 1, words_within=True):
            continue   # no list after the cue, read strictly or loosely, and no count of the parts
        head = _without_asides(doc.gap_tokens(j))
        cue_at = next((k for k in range(len(head) - 1, -1, -1) if _starts_with(head[k:], _PARTS_CUES)), None)
        if cue_at is None:
            continue
        n = _starts_with(head[cue_at:], _PARTS_CUES)
        noun, opening = head[:cue_at], head[cue_at + n:]
        opening = _skip_fillers(opening[1:] if opening[:1] in ((":",), (",",)) else opening)
        # a list in brackets may follow a longer noun phrase: "137 mẫu vật là ... (gồm 11 ... và 126 ...)"
        bracketed = cue_at > 0 and head[cue_at - 1] == "("
        strict = (_is_plain(tuple(t for t in noun if t not in ("(", ":")), 10 if bracketed else 6)
                  and _is_plain(opening, 5, 0))             # "trong đó hộ nghèo 40 hộ"
        if strict:
            parts = _list_from(doc, j + 1)
            exhaustive = bool(_starts_with(head[cue_at:], _EXHAUSTIVE))
            if len(parts) >= 2 and all(_same_measure(p, total) for p in parts):
                rel = _sum(doc, total, parts, exhaustive)
            else:
                rel = _sum_of_noun_before(doc, j, parts, exhaustive) if len(parts) >= 2 else None
            if rel is not None:
                yield rel
                continue
        loose_noun = tuple(t for t in noun if t not in ("(", ":", ","))
        if _is_plain(loose_noun, _LOOSE_NOUN_SYLLABLES, 0) and _is_plain(opening, _LOOSE_OPENING_WORDS, 1):
            one = _one_listed(doc, opening, total.end, doc.figs[j + 1].start)
            rel = _loose_sum(doc, total, j + 1, first=one) or _counted_list(doc, total, j + 1)
            if rel is not None:
                yield rel


def _parts_in_words(doc: _Doc) -> Iterator[Relation]:
    """ "bắn rơi 6 máy bay quân sự, gồm ba tiêm kích ..., một chiến đấu cơ ..., một tiêm kích ...
    và một máy bay không người lái": a count, a short noun phrase, "gồm", then parts written in
    words only (the extractor leaves out "ba" and a lone "một", so `_parts` sees no figure after
    the cue): the parts after a comma or "và", each a number word before a noun, to the end of the
    sentence or the first figure. Which words are parts is read by order alone, so the sum is
    reported only when it holds; a list opening with "một" (also the article "a") is not read."""
    if not doc.says(_EXHAUSTIVE):
        return
    for cue_start, cue_end in doc.cue_positions(_EXHAUSTIVE):
        if _FIRST_WORD_AFTER_CUE.match(doc.lower, cue_end) is None:
            continue   # no number word right after the cue (most cues: a figure or a noun)
        j = bisect_left(doc.fig_starts, cue_start) - 1
        if j < 0 or doc.figs[j].end < cue_start - _WORDED_TOTAL_REACH:
            continue
        total = doc.figs[j]
        if total.kind is not Kind.COUNT or total.value != int(total.value) or total.value < 2 \
                or total.qualifier or not doc.is_operand(total) \
                or not _is_plain(tuple(t for t in doc.tokens(total.end, cue_start) if t != ","), 10, 0):
            continue
        end = doc.spans[doc.sentence[j]][1]
        if j + 1 < len(doc.figs) and doc.figs[j + 1].start < end:
            end = doc.figs[j + 1].start   # the parts in words stop at the next figure
        first = _first_word_part(doc, cue_start, min(end, cue_start + _WORDED_TOTAL_REACH))
        if first is None or first.value == 1:
            continue   # a lone "một" opening it may be the article: "ba trận, gồm một bàn ... và một bàn, một kiến tạo"
        parts = [first] + _word_parts(doc, first.end, end, codes_between=True)
        rel = _sum(doc, total, parts, False, only_if_consistent=True) if len(parts) >= 2 else None
        if rel is not None:
            yield rel


#: How far (characters) the total may stand before "gồm", and the first part in words after it.
_WORDED_TOTAL_REACH = 60


def _sum_of_noun_before(doc: _Doc, j: int, parts: list[Figure], exhaustive: bool) -> Relation | None:
    """ "thu hút 31 dự án ... với tổng vốn 12.195,4 tỷ đồng, trong đó có 27 dự án ... và 04 dự án
    FDI": the value before the cue is of another noun than the parts, which all name the noun of
    a count earlier in the sentence, with only that value between: that count is their total."""
    unit = parts[0].unit
    if unit is None or any(p.unit != unit or p.kind is not parts[0].kind for p in parts):
        return None
    k = doc.prev(j)
    if k is None:
        return None
    total = doc.figs[k]
    if not doc.is_operand(total) or total.unit != unit or total.kind is not parts[0].kind \
            or total.value <= max(p.value for p in parts) or not _is_plain(doc.gap_tokens(k), 12, 0):
        return None
    return _sum(doc, total, parts, exhaustive)


def _no_parts_listed(doc: _Doc, j: int, words_within: bool) -> bool:
    """Is `_list_from(doc, j, ...)` empty read either way (with and without asides) because the
    run of values from operand j is too long to be a list? Asked before a reader of lists reads
    the words about a cue: in a run of thousands of values ("gồm 1, 2, gồm 1, 2, ...") no cue
    opens a list, and reading each cue's words first was most of the readers' time."""
    return doc.is_operand(doc.figs[j]) and _list_runs_long(doc, j, False, words_within) \
        and _list_runs_long(doc, j, True, words_within)


def _may_count_parts(count: Figure) -> bool:
    """Could `_counted_list` take this figure for the number of parts that follow?"""
    return count.kind is Kind.COUNT and 2 <= count.value <= _MAX_COUNTED_PARTS and count.value == int(count.value)


def _counted_list(doc: _Doc, total: Figure, j: int) -> Relation | None:
    """ "dài gần 111 km, gồm hai đoạn: A dài 38 km và B dài 73 km": the cue names how many parts
    follow a colon; that many values of the total's measure after it are the parts."""
    count = doc.figs[j]
    # the value first: a count of 2 to _MAX_COUNTED_PARTS is rare, the words after it cost a reading
    if not _may_count_parts(count):
        return None
    after = doc.tokens(count.end, min(len(doc.text), count.end + 30))
    colon = next((k for k, t in enumerate(after[:4]) if t == ":"), None)
    if colon is None or not _is_plain(after[:colon], 3, 0):
        return None
    parts, k = [], doc.next(j)
    while k is not None and len(parts) < count.value:
        if doc.is_operand(doc.figs[k]) and _same_measure(doc.figs[k], total) and doc.figs[k].unit == total.unit:
            parts.append(doc.figs[k])
        k = doc.next(k)
    return _sum(doc, total, parts, False, only_if_consistent=True) if len(parts) == count.value else None


def _listed_after_total(doc: _Doc) -> Iterator[Relation]:
    """A total with its parts after it, opened by a bracket or a colon, no cue word between:
    "13 người (6 nam, 7 nữ)", "4 người tử vong (2 người ..., 2 người ... và một người bị
    thương)", "gồm 9 con 4 con đen, 5 con trắng". Nothing binds the list to the total but
    their order, so the sum is reported only when it holds (the whole list, or its first two
    or more parts); parts in brackets that split it by exclusive details ("nam"/"nữ")
    and do not add up are inconsistent."""
    for j in _may_open_list(doc):
        total = doc.figs[j]
        k = doc.next(j)
        if k is None or not doc.is_operand(total) or not doc.is_operand(doc.figs[k]):
            continue
        gap = doc.text[total.end:doc.figs[k].start]
        if "(" not in gap and ":" not in gap and not doc.near_cue(_PARTS_CUES, total.start - 14, total.start):
            continue
        if "(" not in gap and ":" not in gap and _no_parts_listed(doc, k, words_within=False):
            continue   # neither opened nor bracketed: read by prefixes only, and no list stands after it
        if "(" not in gap and not _may_open_loose_sum(doc.figs[k], total):
            continue   # no bracket: only a loose sum may be found, and its first part cannot be one of it
        head = doc.gap_tokens(j)   # k is j + 1
        at = next((n for n, t in enumerate(head) if t in ("(", ":")), None)
        bracketed, opened = at is not None and head[at] == "(", at is not None and head[at] == ":"
        if at is not None:   # "422 học viên (có nơi cư trú 129 học viên, ...)"
            if not _is_plain(head[at + 1:], 5, 0):
                continue
            head = head[:at]
        if not _is_plain(head, 8) or _contains(head, _PARTS_CUES):
            continue
        # the list opens with a bracket or a colon, or the total follows a cue ("gồm 9 con
        # 4 con đen, 5 con trắng"); not "12 đội châu Âu, 4 đội châu Á, 4 ...": a list of items
        if not (bracketed or opened or _ends_with(doc.words_before(total, 3), _PARTS_CUES)):
            continue
        # a bracket may hold more than the parts ("(2 ... tại chỗ, 2 ... tại viện và một người
        # bị thương)"): its first parts may make the total; a colon opens the whole list
        rel = _loose_sum(doc, total, k, prefixes=not opened)
        if rel is None and bracketed:
            parts = _list_from(doc, k)
            if len(parts) >= 2 and all(_same_measure(p, total) for p in parts):
                rel = _sum(doc, total, parts, False)
        if rel is not None:
            yield rel


def _may_open_list(doc: _Doc) -> list[int]:
    """The key figures j (in order, but the last two) that `_listed_after_total` reads: a
    bracket or a colon between j and the figure after it, or a word of parts (near_cue's
    reach) just before j; found from where those marks and words stand, not by asking every
    figure of the article."""
    n = len(doc.figs) - 2
    if doc.decomposed:
        return list(range(max(0, n)))
    starts, ends, text = doc.fig_starts, doc.fig_ends, doc.text
    found: set[int] = set()
    for mark in "(:":
        at = text.find(mark)
        while at >= 0:
            j = bisect_right(ends, at) - 1   # the last figure ending at or before the mark
            if j >= 0 and (j + 1 == len(starts) or at < starts[j + 1]):
                found.add(j)
            at = text.find(mark, at + 1)
    for cue_start, cue_end in doc.cue_positions(_PARTS_CUES):
        # near_cue(_PARTS_CUES, start - 14, start) asks for a cue with cue_start < start < cue_end + 14
        found.update(range(bisect_right(starts, cue_start), bisect_left(starts, cue_end + 14)))
    return sorted(j for j in found if j < n)


def _without_asides(tokens: tuple) -> tuple:
    """The tokens less what stands in brackets that close: "ha (không gồm đất an ninh),
    trong đó" reads "ha , trong đó" (an unclosed bracket is kept: a list may open it)."""
    out, depth_at = [], None
    for t in tokens:
        if t == "(" and depth_at is None:
            depth_at = len(out)
            out.append(t)
        elif t == ")" and depth_at is not None:
            del out[depth_at:]
            depth_at = None
        else:
            out.append(t)
    return tuple(out)


def _one_listed(doc: _Doc, opening: tuple, lo: int, hi: int) -> Figure | None:
    """ "gồm một Chủ tịch, 3 Phó Chủ tịch và 33 ủy viên": a list that opens with "một" and
    a noun has a first part of 1 (the extractor takes a lone "một" for the article "a"); so
    does one that opens with another number word the extractor leaves out ("gồm ba tiền đạo,
    4 tiền vệ ...": "ba" and "năm" are words of their own too)."""
    if opening[:1] == (rules.ONE_WORD,) and opening[-1:] == (",",):
        at = doc.lower.rfind(rules.ONE_WORD, lo, hi)
        return _word_figure(doc, at, at + len(rules.ONE_WORD), 1) if at >= 0 else None
    if opening[:1] and opening[0] in _NUMBER_WORD_TOKENS and opening[-1:] == (",",):
        return _first_word_part(doc, lo, hi)
    return None


#: A list's first part in words right after its cue ("gồm ba tiêm kích", "gồm có hai đội"): the
#: cue, a filler or none, the number word (group 1), then a noun.
_WORD_AFTER_CUE = (r"[ \t]*:?[ \t]+(?:(?:" + "|".join(rules.WORD_PART_FILLERS) + r")[ \t]+)?("
                   + "|".join(sorted(_NUMBER_WORD_TOKENS, key=len, reverse=True)) + r")[ \t]+[^\W\d_]")
_FIRST_WORD_PART = re.compile(r"(?:" + "|".join(sorted(rules.PARTIAL_PARTS_CUES + rules.EXHAUSTIVE_PARTS_CUES,
                                                       key=len, reverse=True)) + r")" + _WORD_AFTER_CUE)
#: The same, matched right where a cue ends (`_parts_in_words`: "gồm 1, 2" fails at its digit).
_FIRST_WORD_AFTER_CUE = re.compile(_WORD_AFTER_CUE)


def _first_word_part(doc: _Doc, lo: int, hi: int) -> Figure | None:
    """The part in words that opens a list right after its cue in text[lo:hi], one the extractor
    left out (not a figure of the text), or None."""
    m = _FIRST_WORD_PART.search(doc.lower, lo, hi)
    if m is None or m.start(1) in doc.operand or any(f.start == m.start(1) for f in doc.figs[bisect_left(doc.fig_starts, lo):bisect_left(doc.fig_starts, hi)]):
        return None
    word = m.group(1)
    return _word_figure(doc, m.start(1), m.end(1), rules.DIGIT_WORDS.get(word, rules.TEN_WORDS.get(word)))


def _loose_sum(doc: _Doc, total: Figure, j: int, *, prefixes: bool = False,
               first: Figure | None = None) -> Relation | None:
    """The parts from figure j on, asides skipped, summed to the total: a relation only
    when they add up (the whole list, or with `prefixes` its first two or more); `first`,
    a part before figure j that is no figure of the text ("một Chủ tịch"), and a last one
    the same ("3 người Việt Nam và một người nước ngoài")."""
    for aside in (False, True):
        # read by order, a prefix of a list in words adds up by chance ("gồm 3 tàu ..., hai ..., một
        # ..."): then only a last part in words after "và" is read
        parts = ([first] if first else []) + _list_from(doc, j, asides=aside, words_within=not prefixes)
        if len(parts) < 2 or not all(_may_add(p, total) for p in parts):
            continue
        for n in range(len(parts), 1 if prefixes else len(parts) - 1, -1):
            rel = _sum(doc, total, parts[:n], False, only_if_consistent=True)
            if rel is not None:
                return rel
    return None


def _scaled(f: Figure) -> bool:
    """Is f an amount written with a scale word ("248 tỷ" of tax, "50 tỷ đồng"): the extractor
    reads one as money and the other as a count when only one names "đồng"."""
    return f.text.rstrip().endswith(_SCALE_WORDS)


_SCALE_WORDS = tuple(rules.SCALE_WORDS)


def _may_add(part: Figure, total: Figure) -> bool:
    """May a part of another noun be counted in a total ("82 xã" of "102 đơn vị")? The same
    kind, smaller, and not a span of time unless the total is one."""
    # "Thư 70 triệu" after "330 triệu đồng": an amount whose unit is left out
    same_kind = part.kind is total.kind or (total.kind is Kind.MONEY and part.unit is None) \
        or {part.kind, total.kind} == {Kind.MONEY, Kind.COUNT} and _scaled(part) and _scaled(total)
    return (same_kind and part.value < total.value
            and (part.unit not in _TIME_UNITS or part.unit == total.unit))


def _may_open_loose_sum(first: Figure, total: Figure) -> bool:
    """Could `_loose_sum` of the list from `first` (a figure of the text) make `total`? Every part
    of a loose sum must be one the total may count (`_may_add`: of its kind, smaller), and such
    a list opens with `first`. In "tổng 3 gồm 1 và 2, tổng 3 gồm ..." the list after each "1" opens
    with 2: asked first, no list is read."""
    return _may_add(first, total)


def _list_from(doc: _Doc, j: int, *, asides: bool = False, words_within: bool = True) -> list[Figure]:
    """Operands from figure j on, while a comma, a semicolon or "và" joins them; with
    `asides`, a bracket after a part is skipped ("12 đối tượng ... (trong đó có 1 ...);
    10 đối tượng"). Read once per figure and way of reading (a list is read strictly, then
    loosely, by two readers, from each cue before it)."""
    key = (j, asides, words_within)
    parts = doc.lists.get(key)
    if parts is None:
        parts = doc.lists[key] = tuple(_read_list_from(doc, j, asides, words_within))
    return list(parts)   # a list of the caller's own


def _read_list_from(doc: _Doc, j: int, asides: bool, words_within: bool) -> list[Figure]:
    if doc.is_operand(doc.figs[j]) and _list_runs_long(doc, j, asides, words_within):
        return []   # what the walk below finds, without walking a long run from each of its cues
    parts, joiners = [], []
    k = j
    last_k = k
    while k is not None and doc.is_operand(doc.figs[k]):
        if len(parts) >= _MAX_LIST_PARTS:
            return []   # no list of parts of one total runs this long ("gồm 1, 2, 1, 2, ..." read from each cue)
        parts.append(_for_each_place(doc, last_k, k) if k != j else doc.figs[k])
        last_k = k
        link = _list_link(doc, k, asides, words_within)
        if link is None:
            break
        nxt, worded, closes = link
        if worded is None:
            return []
        parts += worded
        joiners.append(closes)
        k = nxt
    if any(joiners[:-1]):
        return []   # "A, B và C, D": a list that goes on after its closing "và" may end at C or at D
    if parts:   # the list may go on in words: "..., 6 đội Nam Mỹ, một đội châu Đại dương và một đội ..."
        more = _word_parts(doc, parts[-1].end, doc.spans[doc.sentence[last_k]][1])
        if words_within or len(more) == 1 and not any(c in doc.text[parts[-1].end:more[0].start] for c in ",;"):
            parts += more   # else only "... và một người nước ngoài" closes it
    return parts


_EACH_PLACE = _phrases(rules.EACH_PLACE_WORDS)


def _for_each_place(doc: _Doc, prev: int, k: int) -> Figure:
    """Part k of a list, counted once for each place named before it when a word of "each place"
    stands right before it: "...; Huế và Đà Nẵng mỗi nơi 2 người" is 2 × 2, the figure widened to
    the names. The places are the names after the list's last semicolon (or, joined by "và" only,
    after its last separator), two to EACH_PLACE_MOST of them; otherwise the part as written."""
    f = doc.figs[k]
    between = doc.gap_tokens(prev)
    n = _ends_with(between, _EACH_PLACE)
    if not n:
        return f
    names = between[:-n]
    cut = max((i for i, t in enumerate(names) if t == ";"), default=None)
    if cut is None:   # a list of commas: the names are joined by "và" alone, after the last comma
        cut = max((i for i, t in enumerate(names) if t == ","), default=-1)
    names = names[cut + 1:]
    count, words = 1, 0
    for t in names:
        if t == "," or t in _FINAL_JOINERS:
            if not words:
                return f
            count, words = count + 1, 0
        elif t[0].isalpha():
            words += 1
            if words > rules.EACH_PLACE_NAME_WORDS:
                return f
        else:
            return f
    if not 2 <= count <= rules.EACH_PLACE_MOST or not words:
        return f
    lowered = doc.lower.find(names[0], doc.figs[prev].end, f.start)
    start = lowered if lowered >= 0 else f.start
    return f._replace(text=doc.text[start:f.end], start=start, value=f.value * count, precision=f.precision * count)


def _list_runs_long(doc: _Doc, j: int, asides: bool, words_within: bool) -> bool:
    """Does the walk of `_list_from` from operand j give up, reaching _MAX_LIST_PARTS parts or
    parts in words it cannot read? Worked out for every part of a run at once, from its end
    back (`doc.list_runs`: for part k, the parts gathered before the walk's last step, and
    whether it gives up on words), so that a run of thousands of values is read once, not
    once from each cue in it."""
    runs = doc.list_runs.setdefault((asides, words_within), {})
    # a run with no part in words between its values is read alike with or without them: known
    # once for both (`free`), the run of "gồm 1, 2, gồm 1, 2, ..." is walked once, not twice
    free = doc.list_runs.setdefault((asides, None), {})
    chain, k = [], j   # (part, the part after it, how many parts in words between)
    while k not in runs and k not in free:
        link = _list_link(doc, k, asides, words_within)
        if link is None or link[1] is None or not doc.is_operand(doc.figs[link[0]]):
            (free if link is None or link[1] == [] else runs)[k] = (0, link is not None and link[1] is None)
            break
        chain.append((k, link[0], len(link[1])))
        k = link[0]
    for k, nxt, worded in reversed(chain):   # each is followed by an operand: its count adds to the next's
        if nxt in free and not worded:
            before_last, gives_up = free[nxt]
            free[k] = (1 + before_last, gives_up)
        else:
            before_last, gives_up = runs[nxt] if nxt in runs else free[nxt]
            runs[k] = (1 + worded + before_last, gives_up)
    before_last, gives_up = runs[j] if j in runs else free[j]
    return gives_up or before_last >= _MAX_LIST_PARTS


def _list_link(doc: _Doc, k: int, asides: bool, words_within: bool) -> tuple | None:
    """How a list goes on after its part k, read once per part (a list is read from each cue
    before it, and a long run of values has a cue at every step): None where it ends there;
    else (the next part, the parts written in words between, or None where those make it no
    list, whether the joiner before the next part closes the list)."""
    key = (k, asides, words_within)
    if key not in doc.list_links:
        doc.list_links[key] = _read_list_link(doc, k, asides, words_within)
    return doc.list_links[key]


def _read_list_link(doc: _Doc, k: int, asides: bool, words_within: bool) -> tuple | None:
    step = _list_step(doc, k, asides)
    if step is None:
        return None
    nxt, in_words, closes = step
    worded: list[Figure] | None = []
    if in_words == _UNREADABLE:
        worded = None
    elif in_words:
        # a part written in words ("12 cầu thủ, một AFC và hai ASEAN"): read it, or not the list
        worded = _word_parts(doc, doc.figs[k].end, doc.figs[nxt].start) if words_within else []
        if len(worded) != in_words:
            worded = None
    return nxt, worded, closes


def _list_step(doc: _Doc, k: int, asides: bool) -> tuple | None:
    """What `_read_list_link` reads of the words after part k whether or not it reads parts in
    words, read once for both (a run of values is read both ways): None where the list ends
    there; else (the next part, how many number words open an item between, whether the
    joiner before the next part closes the list)."""
    key = (k, asides)
    if key not in doc.list_steps:
        # a link read strictly holds read loosely: no bracket in it, and fewer words than either allows
        strict = doc.list_steps.get((k, False)) if asides else None
        doc.list_steps[key] = strict if strict is not None and strict[1] != _UNREADABLE \
            else _read_list_step(doc, k, asides)
    return doc.list_steps[key]


#: What `_read_list_step` gives for the words between two parts where no list can be read on.
_UNREADABLE = -1


def _read_list_step(doc: _Doc, k: int, asides: bool) -> tuple | None:
    nxt, between = _next_item(doc, k, asides)
    if nxt is not None and _part_detail(doc, k, nxt, between):
        # "88 viên đạn 12,7 mm và 4 quả lựu đạn": the next part is the one after the detail
        after, rest = _next_item(doc, nxt, asides)
        if after is None or _part_detail(doc, k, after, rest):
            return None   # "16 đốt dài 10 m và một đốt dài 5,8 m": a part in words between details
        nxt, between = after, between + rest
    words = 12 if asides else 8    # read loosely, a part may be named at length
    if nxt is None or ")" in between or "(" in between or len(between) > words + 4 \
            or not any(t in _SEPARATORS for t in between) or not _is_plain(between, words, 2):
        return None
    if _contains(between, _PARTS_CUES):
        # "gồm 26 ... nam, trong đó 10 ..., và 14 ... nữ": 10 counts inside part 26, not beside it,
        # and where the list goes on after it is unsure: no list (read from every cue of "gồm 1, 2,
        # gồm 1, 2, ...", a list that ended there would be summed once for each cue)
        return nxt, _UNREADABLE, False
    in_words = sum(a in _SEPARATORS and b in _NUMBER_WORD_TOKENS for a, b in zip(between, between[1:]))
    closes = bool(between) and between[-1] in _FINAL_JOINERS   # "... và C": C closes the list
    if not closes and any(a in _FINAL_JOINERS and b in _NUMBER_WORD_TOKENS for a, b in zip(between, between[1:])):
        return None   # "14 dân thường và một quân nhân, cùng 46 người bị thương": closed in words
    return nxt, in_words, closes


def _part_detail(doc: _Doc, k: int, nxt: int, between: tuple) -> bool:
    """Is figure nxt a detail of part k, not the next part: a measure of another unit than the
    part's, written within the part's words ("88 viên đạn 12,7 mm", "16 đốt dài 10 m"), with
    no mark of a list or a bracket between (rules.PART_DETAIL_UNITS)?"""
    part, detail = doc.figs[k], doc.figs[nxt]
    return (detail.unit in rules.PART_DETAIL_UNITS and part.unit not in rules.PART_DETAIL_UNITS
            and part.kind is Kind.COUNT and 0 < len(between) <= rules.PART_DETAIL_WORDS
            and all(t[0].isalpha() for t in between))


#: The most parts a list of one total is read with (SEARCH_MAX_PARTS is 8; lists in the labelled sets
#: run to 7): a longer run of values is a table or a series, and reading it from every cue in it
#: would cost the square of its length.
_MAX_LIST_PARTS = 12
#: A part of a list written in words after a separator: ", một đội châu Đại dương", "và hai ASEAN".
_WORD_PART = re.compile(r"(?:[,;]|\b(?:" + "|".join(rules.RELATION_LIST_JOINERS) + r")\b)\s+(?:(?:"
                        + "|".join(rules.WORD_PART_FILLERS) + r")\s+)?("
                        + "|".join(sorted(set(rules.DIGIT_WORDS) - rules.NOT_NUMBER_SPELLINGS | set(rules.TEN_WORDS),
                                          key=len, reverse=True))
                        + r")\s+([^\W\d_]+)")
#: How far (characters) a part written in words may stand from the part before it.
_WORD_PART_REACH = 80
#: A digit that opens a number of its own: not one joined to a name by letters or a dash ("MiG-29").
_NUMBER_ON_ITS_OWN = re.compile(r"(?<![\w-])\d")


def _word_figure(doc: _Doc, start: int, end: int, value: int) -> Figure:
    """A count written in words that the extractor left out, exact (precision 0: a figure's
    default precision is unknown, which would let "một" stand for 0,5 to 1,5)."""
    return Figure(doc.text[start:end], start, end, float(value), Kind.COUNT, precision=0.0)


def _word_parts(doc: _Doc, lo: int, hi: int, *, codes_between: bool = False) -> list[Figure]:
    """The parts written in words in text[lo:hi], each after a separator and before a noun,
    one after another with no number between ("và một số ...", "một trong" are none): the
    extractor leaves out a lone "một" (the article "a") and some number words at a clause's end.
    With `codes_between`, digits inside a name ("MiG-29", "Su-30MKI") are no number between."""
    out: list[Figure] = []
    number = _NUMBER_ON_ITS_OWN if codes_between else _DIGIT
    while True:   # each part near the one before: the search never reads far (a long sentence stays linear)
        m = _WORD_PART.search(doc.lower, lo, min(hi, lo + _WORD_PART_REACH + 40))
        if m is None:
            return out
        gap = doc.text[lo:m.start()]
        if m.start() - lo > _WORD_PART_REACH or number.search(gap) or any(c in gap for c in _SENTENCE_MARKS) \
                or m.group(2) in rules.WORD_PART_NOT_BEFORE or m.start(1) in doc.operand:
            return out
        word = m.group(1)
        value = rules.DIGIT_WORDS.get(word, rules.TEN_WORDS.get(word))
        out.append(_word_figure(doc, m.start(1), m.end(1), value))
        lo = m.end(1)


def _next_item(doc: _Doc, k: int, asides: bool) -> tuple[int | None, tuple]:
    """The figure after figure k in its sentence and the tokens between; with `asides`,
    over a bracket that opens there (its figures and words left out). Read once per figure:
    a list is read from each cue before it, and a long run of values has a cue at every step
    ("gồm 1, 2, gồm 1, 2, ...")."""
    known = doc.next_items.get((k, asides))
    if known is None:
        known = doc.next_items[(k, asides)] = _read_next_item(doc, k, asides)
    return known


def _read_next_item(doc: _Doc, k: int, asides: bool) -> tuple[int | None, tuple]:
    nxt = doc.next(k)
    if nxt is None:
        return None, ()
    end = doc.figs[k].end
    between = doc.gap_tokens(k)   # nxt is k + 1
    if asides and "(" in between:
        opened = doc.text.find("(", end, doc.figs[nxt].start)
        closed = doc.text.find(")", opened, opened + 200)
        if closed < 0:
            return None, ()
        while nxt is not None and doc.figs[nxt].start < closed:
            nxt = doc.next(nxt)
        if nxt is None:
            return None, ()
        between = doc.tokens(end, opened) + doc.tokens(closed + 1, doc.figs[nxt].start)
    return nxt, between


def _half_last_digit(f: Figure) -> float:
    """Half a unit of an exact operand's last written digit, as a rounded result allows it: 0,5
    for "38" or "20", 50 for "7.300" (0 for a figure already read as rounded)."""
    if f.qualifier or f.precision:
        return 0.0
    v = float(f.value)
    place = precision_of_integer(v)
    return place / 2 if place >= 100 and v >= 10 * place else 0.5


def _sum(doc: _Doc, total: Figure, parts: list[Figure], exhaustive: bool, *,
         only_if_consistent: bool = False) -> Relation | None:
    s = sum(float(f.value) for f in parts)
    # a total said to be approximate ("gần 111 km, gồm ... 38 km và ... 73 km") has parts
    # rounded to their last digit as well
    widen = _half_last_digit if total.qualifier else (lambda f: 0.0)
    allowed = [_operand_interval(f) for f in parts]
    lo = sum(a.lo - widen(f) for a, f in zip(allowed, parts))
    hi = sum(a.hi + widen(f) for a, f in zip(allowed, parts))
    total_i = compare.interval_of(total) if total.qualifier else _operand_interval(total)
    if Interval(lo, hi).meets(total_i):
        return _relation(doc.text, "sum_of_parts", _sum_formula(parts, s), s, total, True, parts)
    if only_if_consistent:
        return None
    # Parts after "trong đó" may overlap ("20 nữ, 25 dưới 30 tuổi") or leave some
    # out, so a sum that differs is flagged only when the parts cannot: a "gồm" list of the
    # total's own unit adds up to more than the total, or they split the total by exclusive
    # details ("chính thức" / "dự bị"; read last: the words after each part)
    same_unit = total.unit is not None and all(f.unit is not None for f in parts)
    if exhaustive and same_unit and lo > total_i.hi or _split_by_details(doc, parts):
        return _relation(doc.text, "sum_of_parts", _sum_formula(parts, s), s, total, False, parts)
    return None


def _sum_formula(parts: list[Figure], s: float) -> str:
    """ "38 + 73 = 111": written only for a sum that is reported."""
    return " + ".join(fmt(f.value) for f in parts) + f" = {fmt(s)}"


def _split_by_details(doc: _Doc, parts: list[Figure]) -> bool:
    """Do the parts split their total by exclusive details ("chính thức" / "dự bị")?"""
    details = {_detail_of(doc, f) for f in parts}
    return any(details == set(group) for group in rules.EXCLUSIVE_DETAILS)


def _detail_of(doc: _Doc, f: Figure) -> str | None:
    """The exclusive detail of a part: the figure's own, or the word right after a part
    with no unit ("6 nam, 8 nữ")."""
    if f.detail or f.unit:
        return f.detail
    detail = doc.details_after.get(f.end, "")
    if detail == "":   # read once per place: a run of values is summed from each cue in it
        after = doc.tokens(f.end, min(len(doc.text), f.end + 12))[:1]
        detail = doc.details_after[f.end] = after[0] if after and after[0] in rules.DETAIL_WORDS else None
    return detail


def _average(doc: _Doc) -> Iterator[Relation]:
    """ "kết nạp 25.529 ... từ năm 2010 đến 2020 (trung bình mỗi năm hơn 2.320)";
    "1.000 tỷ cho 50 hộ, bình quân mỗi hộ 20 tỷ": total / divisor."""
    if not doc.says(_AVERAGE):
        return
    for j in doc.cued(_AVERAGE):
        avg = doc.figs[j]
        if not doc.is_operand(avg):
            continue
        toks = doc.words_before(avg, 6)
        at = next((k for k, t in enumerate(toks) if t in _AVERAGE.by_first and _starts_with(toks[k:], _AVERAGE)), None)
        if at is None:   # the cue opens the sentence: "Trung bình mỗi tháng, doanh nghiệp lãi gần 9 tỷ"
            toks, at = _skip_fillers(doc.sentence_lead(j)), 0
            if not _starts_with(toks, _AVERAGE) or not _is_plain(toks, 12):
                continue
        rest = toks[at + _starts_with(toks[at:], _AVERAGE):]
        n = _starts_with(rest, _PER)
        per = _unit_named(rest[n:]) if n else None
        if per is None:
            continue
        divisors, total = _divisors(doc, j, per), _averaged_total(doc, j)
        if divisors and total is not None:
            yield _quotient(doc, total, divisors, avg)
            continue
        # "Lũy kế 6 tháng ..., 52 tỷ đồng lãi ... . Với kết quả này, ... . Trung bình mỗi tháng,
        # doanh nghiệp lãi gần 9 tỷ đồng": two sentences back, reported only when it holds
        divisors, total = _divisors(doc, j, per, sentences=3), _averaged_total(doc, j, sentences=3)
        rel = _quotient(doc, total, divisors, avg) if divisors and total is not None else None
        if rel is not None and rel.status is RelationStatus.CONSISTENT:
            yield rel


def _averaged_total(doc: _Doc, j: int, sentences: int = 2) -> Figure | None:
    """The total an average divides: the nearest larger value of its measure before it."""
    avg = doc.figs[j]
    return next((doc.figs[k] for k in doc.before(j, sentences=sentences) if doc.is_operand(doc.figs[k])
                 and _same_measure(doc.figs[k], avg) and doc.figs[k].value > avg.value
                 and doc.figs[k].unit not in _TIME_UNITS), None)


_AVERAGE = _phrases(rules.AVERAGE_CUES)


def _unit_named(tokens: tuple) -> str | None:
    """The unit that the words name ("năm", "hộ gia đình" → "hộ")."""
    for n in (3, 2, 1):
        if len(tokens) >= n and " ".join(tokens[:n]) in rules.UNIT_NOUNS:
            return rules.UNIT_NOUNS[" ".join(tokens[:n])]
    return None


def _start(f: Figure) -> int:
    return f.start


def _divisors(doc: _Doc, j: int, per: str, sentences: int = 2) -> list[tuple[float, str, Figure]]:
    """What a total is divided by: the years of a period ("từ năm 2010 đến 2020", both
    counts tried) or a count of `per` ("trong 5 năm", "cho 50 hộ"), near figure j (in its
    sentence and the `sentences` - 1 before)."""
    avg = doc.figs[j]
    lowest = doc.spans[max(0, doc.sentence[j] - sentences + 1)][0]
    # the figures in text order: those in [lowest, avg.start) found by bisection, not by a scan
    first = bisect_left(doc.all_starts, lowest)
    last = bisect_left(doc.all_starts, avg.start, lo=first)
    near = doc.all_figures[max(first, last - 16):last]
    for f in reversed(near):
        if f.kind is Kind.PERIOD and per == f.unit:
            y1, y2 = f.value
            return [(y2 - y1 + 1, f"{y2 - y1 + 1} years ({y1}–{y2})", f),
                    (y2 - y1, f"{y2 - y1} years ({y1}–{y2})", f)]
        if f.kind is Kind.COUNT and f.unit == per and not isinstance(f.value, tuple) and f.value > 0 \
                and not _is_joined(doc.text, f):
            return [(float(f.value), fmt(f.value), f)]
    return []


def _quotient(doc: _Doc, total: Figure, divisors, avg: Figure) -> Relation:
    stated_i = _stated_interval(avg, rounded=True)
    total_i = _operand_interval(total)
    for d, label, f in divisors:
        if Interval(total_i.lo / d, total_i.hi / d).meets(stated_i):
            break
    else:
        d, label, f = divisors[0]
    computed = float(total.value) / d
    ok = Interval(total_i.lo / d, total_i.hi / d).meets(stated_i)
    return _relation(doc.text, "average", f"{fmt(total.value)} / {label} = {fmt(computed)}",
                     computed, avg, ok, [f, total] if f.start < total.start else [total, f])


_RECORD = re.compile(r"(?<![\w.,/:-])(\d{1,4}) ?[-–] ?(\d{1,4})(?: ?[-–] ?(\d{1,4}))?(?![\w/:]|[-–.,]\d)")


def _record(doc: _Doc) -> Iterator[Relation]:
    """ "thành tích 124-21 giúp anh có tỷ lệ thắng 85,6%": wins / games, a record
    written with dashes; or "247 trận, thắng 179 trận, đạt tỷ lệ 72,47%"."""
    for i in _percents(doc):
        j, lead = _lead_of(doc, i)
        stated = doc.figs[i]
        if "win" in lead.cues:
            lo = doc.figs[j].end if j is not None else doc.spans[doc.sentence[i]][0]
            rel = _dashed_record(doc, i, lo)
            if rel is not None:
                yield rel
                continue
        if j is not None and {"share", "rate", "win"} & lead.cues and not {"up", "down"} & lead.cues \
                and doc.is_operand(doc.figs[j]) and _is_plain(lead.rest, 6):
            rel = _counted_record(doc, j, stated)
            if rel is not None:
                yield rel


def _dashed_record(doc: _Doc, i: int, lo: int) -> Relation | None:
    stated = doc.figs[i]
    start = doc.spans[doc.sentence[i]][0]
    found = list(_RECORD.finditer(doc.text, max(start, lo - 200), stated.start))
    if not found:
        return None
    m = found[-1]
    if not _is_plain(doc.tokens(m.end(), stated.start), 10):
        return None
    games = [int(g) for g in m.groups() if g is not None]
    wins = games[0]
    if sum(games) == 0:
        return None
    computed = wins / sum(games) * 100
    ok = Interval(computed, computed).meets(_stated_interval(stated))
    record = Span(m.group(), m.start(), m.end())
    formula = f"{wins} / ({' + '.join(str(g) for g in games)}) × 100 = {fmt(computed)}%"
    return _relation(doc.text, "win_rate", formula, computed, stated, ok, [record])


def _counted_record(doc: _Doc, j: int, stated: Figure) -> Relation | None:
    """Wins named by a word ("thắng 179 trận") and, before them in the sentence, the
    losses and draws ("thua 21, hòa 47") or the games played ("247 trận")."""
    wins = doc.figs[j]
    if not _ends_with(doc.words_before(wins, 2), _WIN):
        return None
    others = []
    for k in doc.before(j, back=3, sentences=1):
        f = doc.figs[k]
        if not doc.is_operand(f) or not _same_measure(f, wins):
            break
        said = doc.words_before(f, 2)
        if _ends_with(said, _LOSS) or _ends_with(said, _DRAW):
            others.append(f)
            continue
        if not others and f.value > wins.value and not _ends_with(said, _WIN):
            return _share(doc, "win_rate", wins, f, stated)
        break
    if not others:
        return None
    games = float(wins.value) + sum(float(f.value) for f in others)
    computed = float(wins.value) / games * 100
    ok = Interval(computed, computed).meets(_stated_interval(stated))
    formula = (f"{fmt(wins.value)} / ({' + '.join(fmt(f.value) for f in [wins] + others)}) × 100"
               f" = {fmt(computed)}%")
    return _relation(doc.text, "win_rate", formula, computed, stated, ok, others[::-1] + [wins])


def _excess(doc: _Doc) -> Iterator[Relation]:
    """ "được giao chỉ tiêu 170 ... kết nạp được 173 ..., vượt chỉ tiêu 3": result − target."""
    if not doc.says(_EXCESS):
        return
    for j in doc.cued(_EXCESS):
        x = doc.figs[j]
        if not doc.is_operand(x) or not _ends_with(doc.words_before(x, 3), _EXCESS):
            continue
        k = next((k for k in doc.before(j, back=3, sentences=1) if doc.is_operand(doc.figs[k])), None)
        if k is None or not _same_measure(doc.figs[k], x):
            continue
        result = doc.figs[k]
        targets = [t for t in _targets_before(doc, k) if _same_measure(t, result)]
        if not targets:
            continue
        target = targets[0]
        diff = float(result.value) - float(target.value)
        ok = Interval(diff, diff).meets(_stated_interval(x))
        yield _relation(doc.text, "difference", f"{fmt(result.value)} − {fmt(target.value)} = {fmt(diff)}",
                        diff, x, ok, [target, result])


# --- readers, round 2: relations that their order binds, reported when they hold ----------

_TOTAL_AFTER = _phrases(rules.TOTAL_AFTER_PARTS_CUES)
_EACH = _phrases(rules.EACH_WORDS)
_TIMES = _phrases(rules.TIMES_WORDS)
_TIMES_UNITS = frozenset(rules.TIMES_UNITS)
_REMAINDER = _phrases(rules.REMAINDER_WORDS)
_REMAINDER_NEEDS_WHOLE = _phrases(rules.REMAINDER_NEEDS_WHOLE)
#: After the value: "200 tỷ đồng còn lại", "150 triệu đồng còn thiếu" ("thêm" stands before it).
_REMAINDER_AFTER_VALUE = _phrases(_FREE_REMAINDER_WORDS)
_CLAUSE_MARKS = frozenset(",;:()")
_MIN_FREE_REMAINDER = 10


def _clause_before(doc: _Doc, j: int, chars: int = 60) -> tuple:
    """The tokens of figure j's clause before it (numbers as "#"), within `chars` characters."""
    f = doc.figs[j]
    lo = max(doc.spans[doc.sentence[j]][0], f.start - chars)
    toks = doc.tokens(lo, f.start)
    cut = max((k for k, t in enumerate(toks) if t in _CLAUSE_MARKS), default=-1)
    return toks[cut + 1:]


def _without_trailing_fillers(tokens: tuple) -> tuple:
    while True:
        n = _ends_with(tokens, _FILLERS)
        if not n:
            return tokens
        tokens = tokens[:-n]


def _total_after_parts(doc: _Doc) -> Iterator[Relation]:
    """ "2 năm tù về tội A, 3 năm tù về tội B, tổng hợp hình phạt là 5 năm tù"; "... 188 ha;
    ... 29 ha ... và hơn 114 ha. Tổng diện tích 4 dự án 347 ha": a total after a cue, its
    parts the values of its measure just before it (this sentence and the one before).
    Which values are the parts is not said, so the sum is reported only when it holds."""
    if not doc.says(_TOTAL_AFTER):
        return
    for j, total in enumerate(doc.figs):
        if not doc.is_operand(total):
            continue
        if not doc.near_cue(_TOTAL_AFTER, total.start - 60, total.start):
            continue
        lead = _clause_before(doc, j)
        if not any(_starts_with(lead[k:], _TOTAL_AFTER) for k in range(max(0, len(lead) - 9), len(lead))) \
                and not _opens_with_total(doc, j):
            continue
        if _ends_with(_without_trailing_fillers(lead), _PART_OF_WHOLE):   # "150 tỷ trong tổng số 170 tỷ"
            continue
        k = doc.next(j)   # "Tổng diện tích 3 vùng 176 ha": 3 counts the parts, 176 is the total
        if k is not None and doc.is_operand(doc.figs[k]) and _is_plain(doc.gap_tokens(j), 3, 0):
            continue
        # parts of the total's own unit when it has one ("Phúc Sơn 2 hơn 114 ha": not 2); a
        # sentence that opens restating the ones before ("Như vậy, tổng giá trị ...") reaches two back
        restates = _starts_with(doc.sentence_lead(j)[:3], _RESTATING)
        before = [doc.figs[k] for k in doc.before(j, back=10, sentences=3 if restates else 2)
                  if doc.is_operand(doc.figs[k]) and _same_measure(doc.figs[k], total)
                  and (total.unit is None or doc.figs[k].unit == total.unit)
                  and doc.figs[k].value < total.value]
        rel = next((r for n in range(2, len(before) + 1)
                    for r in [_sum(doc, total, before[:n][::-1], False, only_if_consistent=True)] if r), None)
        rel = rel or _product_before(doc, j)
        if rel is not None:
            yield rel


#: How many words may stand between a cue of totals opening a sentence and its total: "Tổng hợp
#: hình phạt, bị cáo Lực phải thi hành bản án 22 năm tù".
_OPENING_TOTAL_WORDS = 12


def _opens_with_total(doc: _Doc, j: int) -> bool:
    """Does figure j's sentence open with a cue of totals, a comma and a few words of who bears it
    before the figure ("... 18 năm tù về tội A, 4 năm tù về tội B. Tổng hợp hình phạt, bị cáo Lực
    phải thi hành bản án 22 năm tù"), no other number between?"""
    opening = doc.sentence_lead(j)
    n = _starts_with(opening, _TOTAL_AFTER)
    return bool(n) and opening[n:n + 1] == (",",) and _is_plain(opening[n + 1:], _OPENING_TOTAL_WORDS, 0)


def _product_before(doc: _Doc, j: int) -> Relation | None:
    """ "mỗi chiếc xe ..., A phải chi cho B 10.000 USD. ... giới thiệu 36 người. Tổng cộng B
    hưởng lợi 360.000 USD": a total that is a value per unit ("mỗi") times a count before
    it; stated as the average 360.000 / 36 = 10.000."""
    total = doc.figs[j]
    near = [k for k in range(max(0, j - 8), j) if total.start - 500 <= doc.figs[k].start
            and doc.is_operand(doc.figs[k])]
    t_i = _operand_interval(total)
    for k in near:
        each = doc.figs[k]
        if not _same_measure(each, total) or each.value >= total.value \
                or not _contains(doc.sentence_lead(k), _EACH):
            continue
        for m in near:
            n = doc.figs[m]
            # the count counts the units ("36 người"), not the quantity itself ("39 MWh")
            # and both are written exactly: "khoảng 39" times 3,9 meets too much
            if m == k or n.kind is not Kind.COUNT or n.unit in _TIME_UNITS or n.value < 2 \
                    or n.unit is not None and n.unit in (each.unit, total.unit) \
                    or n.qualifier or each.qualifier:
                continue
            e_i, n_i = _operand_interval(each), _operand_interval(n)
            if Interval(e_i.lo * n_i.lo, e_i.hi * n_i.hi).meets(t_i):
                computed = float(total.value) / float(n.value)
                return _relation(doc.text, "average", f"{fmt(total.value)} / {fmt(n.value)} = {fmt(computed)}",
                                 computed, each, True, sorted([n, total], key=lambda f: f.start))
    return None


def _times(doc: _Doc) -> Iterator[Relation]:
    """ "mua 31 triệu đồng sẽ được nhận 146 triệu đồng (gấp 4,7 lần)"; "tăng gấp hơn 10 lần,
    từ 25 USD lên 280 USD": the larger value over the smaller, against the multiple stated
    in "lần". Which two values are compared is read from their order, so the ratio is
    reported only when it holds."""
    if not doc.says(_TIMES):
        return
    for i, stated in enumerate(doc.figs):
        if stated.kind is not Kind.COUNT or stated.unit not in _TIMES_UNITS or isinstance(stated.value, tuple):
            continue
        if not _ends_with(_without_trailing_fillers(_clause_before(doc, i, 24)), _TIMES):
            continue
        for a, b in _compared_pairs(doc, i):
            rel = _ratio(doc, a, b, stated)
            if rel is not None:
                yield rel
                break


def _compared_pairs(doc: _Doc, i: int) -> Iterator[tuple[Figure, Figure]]:
    """The two values a multiple compares: "từ A lên B" right after it ("gấp 6 lần (từ 6.000 ca
    lên gần 38.000 ca)"), the two values of one measure just before it in its sentence ("7,5 tỷ
    đồng, trong khi thu nhập ... chỉ khoảng 230 triệu đồng mỗi năm, tức cao gấp 32 lần"), or one
    just before and one just after it ("winner (39) cũng gấp ba lần đối thủ (13)")."""
    j = doc.next(i)
    if j is not None and doc.next(j) is not None:
        a, b = doc.figs[j], doc.figs[j + 1]
        if doc.is_operand(a) and doc.is_operand(b) and _same_measure(a, b) \
                and _ends_with(doc.words_before(a, 3), _FROM) \
                and _is_plain(tuple(t for t in doc.tokens(doc.figs[i].end, a.start) if t != "("), 6):
            yield a, b
    k = doc.prev(i)
    if k is not None and doc.prev(k) is not None:
        a, b = doc.figs[k - 1], doc.figs[k]
        if doc.is_operand(a) and doc.is_operand(b) and _same_measure(a, b) \
                and _is_plain(doc.tokens(a.end, b.start), 16, 2) \
                and _is_plain(tuple(t for t in doc.tokens(b.end, doc.figs[i].start) if t != "("), 6):
            yield a, b
    if k is not None and j is not None:
        a, b = doc.figs[k], doc.figs[j]
        if doc.is_operand(a) and doc.is_operand(b) and _same_measure(a, b) \
                and _is_plain(tuple(t for t in doc.tokens(a.end, doc.figs[i].start) if t not in ("(", ")")), 6, 0) \
                and _is_plain(tuple(t for t in doc.tokens(doc.figs[i].end, b.start) if t != "("), 6, 0):
            yield a, b


def _ratio(doc: _Doc, a: Figure, b: Figure, stated: Figure) -> Relation | None:
    small, large = sorted((a, b), key=lambda f: float(f.value))
    if float(small.value) <= 0:
        return None
    s_i, l_i = _operand_interval(small), _operand_interval(large)
    said = _stated_interval(stated, rounded=True)   # "gấp 6 lần" for 6,3: a multiple is said in round numbers
    if stated.qualifier in ("more_than", "at_least"):   # "gấp hơn 10 lần" is a floor: 11,2 bears it out
        said = Interval(float(stated.value), 1.5 * float(stated.value), said.lo_open, False)
    if not Interval(l_i.lo / s_i.hi, l_i.hi / s_i.lo).meets(said):
        return None
    computed = float(large.value) / float(small.value)
    return _relation(doc.text, "ratio", f"{fmt(large.value)} / {fmt(small.value)} = {fmt(computed)}",
                     computed, stated, True, [a, b])


def _remainder(doc: _Doc) -> Iterator[Relation]:
    """ "chi phí 240 triệu đồng ... đặt cọc trước 40 triệu đồng ... số tiền còn lại 200 triệu
    đồng"; "đã nộp 173 tỷ đồng trong tổng số 203 tỷ ... nộp thêm hơn 30 tỷ": what is left,
    the difference of two values of its measure stated before (within two sentences; for
    "thêm", a part and the whole it is bound to). Reported only when it holds."""
    if not doc.says(_REMAINDER):
        return
    for j, rest in enumerate(doc.figs):
        if not doc.is_operand(rest) or not rest.text[0].isdigit():   # "thêm một lần" is no remainder
            continue
        if not doc.near_cue(_REMAINDER, rest.start - 40, rest.end + 30):
            continue
        lead = _without_trailing_fillers(_clause_before(doc, j, 40))[-4:]
        cue = _contains(lead, _REMAINDER) or _starts_with(_skip_unit(doc.tokens(rest.end, rest.end + 30)),
                                                           _REMAINDER_AFTER_VALUE)
        if not cue:
            continue
        # "thêm" says nothing of what the rest is of; a small count ("hai làn còn lại") is
        # matched by too many pairs: both need a whole and its part bound by grammar
        bound_only = _contains(lead, _REMAINDER_NEEDS_WHOLE) or rest.value < _MIN_FREE_REMAINDER
        rel = _difference_before(doc, j, bound_only)
        if rel is not None:
            yield rel


_REST_AFTER_PART = _phrases(rules.REST_AFTER_PART_WORDS)


def _rest_after_part(doc: _Doc) -> Iterator[Relation]:
    """ "Dự án có 78 nền, hiện đã cấp sổ hồng cho 41 nền, còn 37 nền"; "nhận ... 5.000 USD, Hùng đã
    giữ lại 1.000 USD để chi tiêu cá nhân, còn 4.000 USD đưa cho Hải": a whole, then a part of it,
    then "còn" right before the rest, all three of one measure and in one sentence, the part within
    `_REST_PART_BEFORE` characters of the cue. "còn" also means "still" and "also", so nothing is
    said unless whole − part = rest holds."""
    if not doc.says(_REST_AFTER_PART):
        return
    for start, end in doc.cue_positions(_REST_AFTER_PART):
        k = bisect_left(doc.fig_starts, end)
        if k >= len(doc.figs) or doc.figs[k].start >= end + _REST_AFTER_CUE:
            continue
        rest = doc.figs[k]
        if not doc.is_operand(rest) or not rest.text[0].isdigit()                 or not _is_plain(_skip_fillers(doc.tokens(end, rest.start)), 0, 0):
            continue
        s = doc.sentence[k]
        before = [doc.figs[j] for j in range(k - 1, -1, -1) if doc.sentence[j] == s][::-1]
        ones = [f for f in before if doc.is_operand(f) and _same_measure(f, rest)]
        if len(ones) != 2 or ones[1].end < start - _REST_PART_BEFORE:
            continue
        whole, part = ones
        if not whole.value > part.value or not whole.value > rest.value:
            continue
        rel = _rest_of(doc, whole, part, rest)
        if rel is not None:
            yield rel


def _skip_unit(tokens: tuple) -> tuple:
    """The tokens after a figure less its unit words ("tỷ đồng còn lại" → "còn lại")."""
    k = 0
    while k < len(tokens) and k < 3 and tokens[k][0].isalpha() and not _starts_with(tokens[k:], _REMAINDER):
        k += 1
    return tokens[k:]


def _difference_before(doc: _Doc, j: int, bound_only: bool) -> Relation | None:
    rest = doc.figs[j]
    rest_i = _stated_interval(rest)
    # within 500 characters before ("chị H." ends no sentence, so sentences are not counted);
    # a whole and its bound part may also follow in the next 300 ("nộp thêm 30 tỷ. Trước đó,
    # họ đã nộp 173 tỷ trong tổng số 203 tỷ")
    near = [k for k in range(max(0, j - 12), min(len(doc.figs), j + 6)) if k != j
            and rest.start - 500 <= doc.figs[k].start <= rest.end + 300
            and doc.is_operand(doc.figs[k]) and _same_measure(doc.figs[k], rest)]
    values = [doc.figs[k] for k in near if k < j][::-1]
    for k in sorted(near, key=lambda k: (k > j, abs(k - j))):
        whole = doc.figs[k]
        if whole.value <= rest.value:
            continue
        part = _part_of(doc, k)
        if k > j and part is None:
            continue
        parts = [part] if part is not None else ([] if bound_only else
                                                 [p for p in values if p.start > whole.end and p.value < whole.value])
        for p in parts:
            w_i, p_i = _operand_interval(whole), _operand_interval(p)
            if Interval(w_i.lo - p_i.hi, w_i.hi - p_i.lo).meets(rest_i):
                diff = float(whole.value) - float(p.value)
                return _relation(doc.text, "difference", f"{fmt(whole.value)} − {fmt(p.value)} = {fmt(diff)}",
                                 diff, rest, True, sorted([whole, p], key=lambda f: f.start))
    return None


def _share_loosely(doc: _Doc) -> Iterator[Relation]:
    """Shares whose whole no cue word binds: "Ở A, 231 nhà giao dịch tham gia. 104 người,
    tương đương 45%, ..."; "sức chứa 21.550 người, đón trung bình 20.663 khán giả, tỷ lệ
    lấp đầy 96%"; "hơn 1.300 tỷ đồng trong số 1.500 tỷ đồng. Số tiền ... chiếm ... 90,7%";
    and the amount a share is worth: "vốn 500 tỷ đồng, trong đó A sở hữu 51%, tương đương
    252 tỷ đồng" (judged: "trong đó" binds the whole)."""
    for i in _percents(doc):
        j, lead = _lead_of(doc, i)
        worth = _worth_after(doc, i)
        if worth is not None:
            rel = _share_worth(doc, i, worth)
        elif j is None:
            rel = _share_of_pair_before(doc, i)
        elif doc.is_operand(doc.figs[j]) and {"share", "rate"} & lead.cues \
                and not {"up", "down", "win", "achieve"} & lead.cues and _is_plain(lead.rest, 10):
            rel = _share_of_value_before(doc, j, i)
        else:
            rel = None
        if rel is not None:
            yield rel


def _worth_after(doc: _Doc, i: int) -> Figure | None:
    """ "51%, tương đương số tiền góp 252 tỷ đồng": the amount right after a percentage;
    after "chiếm" also "chiếm hơn 56% với hơn 14.200 tỷ đồng"."""
    after, toks = _operand_after(doc, i)
    toks = toks[1:] if toks[:1] == (",",) else toks
    n = _starts_with(toks, _EQUIVALENT) if after else 0
    if not n and after and "plain_share" in _lead_of(doc, i)[1].cues:
        n = _starts_with(toks, _SHARE_VALUE_AFTER)
    return after if n and _is_plain(_skip_fillers(toks[n:]), 4, 0) else None


def _share_worth(doc: _Doc, i: int, worth: Figure) -> Relation | None:
    """The whole before a percentage: bound by "trong đó" after it (then judged), or the
    nearest value of the amount's measure before it (then reported only when it holds)."""
    stated = doc.figs[i]
    for k in doc.before(i, back=4, sentences=1):
        whole = doc.figs[k]
        if not doc.is_operand(whole) or not _same_measure(whole, worth) or whole.value <= worth.value:
            continue
        bound = _contains(doc.tokens(whole.end, stated.start), _WHOLE_THEN_PART) \
            and _is_plain(doc.tokens(whole.end, stated.start), 10)
        if bound or _fits_share(worth, whole, stated):
            return _share(doc, "percent_of_total", worth, whole, stated)
        return None
    return None


def _share_of_value_before(doc: _Doc, j: int, i: int) -> Relation | None:
    """The part right before a share; its whole one of the larger values of its measure
    before it (this sentence and the one before, nearest first): reported when it holds.
    A share said of a total named after it with no value ("tương đương khoảng 24% trên tổng
    số lượng") looks further back for that total: the whole text before, nearest first."""
    part, stated = doc.figs[j], doc.figs[i]
    tried = 0
    named = _starts_with(_skip_fillers(doc.tokens(stated.end, min(len(doc.text), stated.end + 30))),
                         _NAMED_WHOLE_AFTER_SHARE) and _operand_after(doc, i)[0] is None
    for k in doc.before(j, back=24, sentences=_FAR_SENTENCES) if named else doc.before(j, back=8):
        whole = doc.figs[k]
        # of one kind, the nouns may differ ("231 nhà giao dịch ... 104 người")
        if not doc.is_operand(whole) or whole.kind is not part.kind or whole.value <= part.value:
            continue
        if _fits_share_loosely(part, whole, stated):
            return _share(doc, "percent_of_total", part, whole, stated, loosely=True)
        tried += 1
        if tried == 3:
            break
    return None


def _share_of_pair_before(doc: _Doc, i: int) -> Relation | None:
    """A share with no value before it in its sentence, a share word somewhere before it
    ("Số tiền ... chiếm, luật sư tính toán lên tới 90,7%"), and a part bound to its whole
    in the sentence before ("hơn 1.300 tỷ đồng trong số 1.500 tỷ đồng")."""
    stated = doc.figs[i]
    lead = doc.sentence_lead(i)
    if not {"share"} & _lead_cues_in(lead) or {"up", "down", "win"} & _lead_cues_in(lead):
        return None
    for k in doc.before(i, back=6):
        if doc.sentence[k] != doc.sentence[i] - 1:
            continue
        part = _part_of(doc, k)
        if part is not None and _fits_share_loosely(part, doc.figs[k], stated):
            return _share(doc, "percent_of_total", part, doc.figs[k], stated, loosely=True)
    return None


_EQUIVALENT = _phrases(rules.EQUIVALENT_WORDS)
_FAR_SENTENCES = 6   # how many sentences back a total named only by a word may stand
_SHARE_VALUE_AFTER = _phrases(rules.SHARE_VALUE_AFTER)


def _per_unit_range(doc: _Doc) -> Iterator[Relation]:
    """ "một rổ 9 kg được bán với giá 220.000-250.000 đồng, tức mỗi kg có giá 24.000-27.000
    đồng": a range of totals over a count, restated per unit of that count ("mỗi kg"); each
    end is an average (a range is never an operand elsewhere: here "mỗi" binds both ends).
    Reported only when both ends hold."""
    if not doc.says(_EACH):
        return
    figures, starts = doc.all_figures, doc.all_starts
    for i in _near_each_cue(doc):
        each = figures[i]
        if each.kind is not Kind.RANGE or not each.unit or len(each.value) != 2 \
                or not doc.near_cue(_EACH, each.start - 40, each.start):
            continue
        toks = doc.tokens(max(0, each.start - 40), each.start)
        at = max((k for k in range(len(toks)) if _starts_with(toks[k:], _EACH)), default=None)
        per = _unit_named(toks[at + 1:]) if at is not None else None
        if per is None:
            continue
        near = figures[bisect_left(starts, each.start - 200):i][-12:]   # within 200 characters before
        totals = [f for f in near if f.kind is Kind.RANGE and f.unit == each.unit and len(f.value) == 2]
        counts = [f for f in near if f.kind is Kind.COUNT and f.unit == per
                  and not isinstance(f.value, tuple) and f.value > 1]
        if not totals or not counts:
            continue
        total, n = totals[-1], counts[-1]
        ends = [(_range_end(total, k), _range_end(each, k)) for k in (0, 1)]
        if not all(a and b for a, b in ends):
            continue
        if all(Interval(a.value / n.value, a.value / n.value).meets(_stated_interval(b, rounded=True))
               for a, b in ends):
            for a, b in ends:
                computed = a.value / n.value
                yield _relation(doc.text, "average", f"{fmt(a.value)} / {fmt(n.value)} = {fmt(computed)}",
                                computed, b, True, [n, a])


def _near_each_cue(doc: _Doc) -> list[int]:
    """The figures (indices into all_figures, in order) that `near_cue(_EACH, start - 40, start)`
    may hold of: those starting after a cue of `_EACH` starts and less than 40 characters after
    it ends. `_per_unit_range` asks only these, not every figure of the article."""
    if doc.decomposed:
        return list(range(len(doc.all_figures)))
    found: set[int] = set()
    for s, e in doc.cue_positions(_EACH):
        found.update(range(bisect_right(doc.all_starts, s), bisect_left(doc.all_starts, e + 40)))
    return sorted(found)


def _range_end(r: Figure, k: int) -> Figure | None:
    """One end of a range as a figure of its own ("220.000-250.000": "250.000")."""
    m = list(_NUMBER_RUN.finditer(r.text))
    if len(m) != 2:
        return None
    end = m[k]
    # precision 0: a round end ("27.000") may be rounded or cut (27.777,78), as averages are
    return Figure(end.group(), r.start + end.start(), r.start + end.end(), float(r.value[k]), Kind.MONEY, r.unit,
                  precision=0.0)


_NUMBER_RUN = re.compile(r"\d[\d.,]*")


# --- readers, round 3: across sentences, per unit, by outcome or by count (relations-dev2) ---

_PARTS_OPENERS = _phrases(rules.PARTS_OPENERS)
_RESTATING = _phrases(rules.RESTATING_OPENERS)
_ANAPHORS = _phrases(rules.ANAPHOR_OPENERS)
_RAISE_TOTAL = _phrases(rules.RAISE_TOTAL_WORDS)
_COUNTED_TOTAL = _phrases(rules.COUNTED_TOTAL_WORDS)
_PER_EACH = _phrases(rules.PER_EACH_WORDS)
_PER_EACH_FILLERS = _phrases(rules.PER_EACH_FILLERS, rules.FILLER_WORDS)
_OUTCOMES = rules.OUTCOME_WORDS
_WINS_OF_GAMES = _phrases(rules.WINS_OF_GAMES_WORDS)
_OUTCOME_PHRASES = _phrases(rules.OUTCOME_WORDS)
_REMAINDER_AFTER = _phrases(rules.REMAINDER_AFTER_WORDS)
#: What may stand before the first word of a sentence: spaces, quotes, a dash, a bracket.
_OPENING_MARKS = " \t\"'“”‘’«»-–("
_MAX_COUNTED_PARTS = 9      # "3 khu đô thị", "4 dự án": a count of parts read one by one
_NEAR_SENTENCES = 1500      # how far (characters) parts of a counted total may stand from it
_MAX_RUNNING_BACK = 3000    # how far back the running total that a new amount raises may stand


def _in_sentence(doc: _Doc, s: int) -> range:
    """The indices of the key figures of sentence s."""
    return range(bisect_left(doc.sentence, s), bisect_left(doc.sentence, s + 1))


def _operands_in(doc: _Doc, s: int) -> list[Figure]:
    return [doc.figs[k] for k in _in_sentence(doc, s) if doc.is_operand(doc.figs[k])] if s >= 0 else []


def _opening_sentences(doc: _Doc, phrases: _Phrases, within: _Phrases | None = None) -> list[tuple[int, int]]:
    """(sentence, tokens the opener takes) of the sentences that open with one of the phrases,
    found by a scan for the phrases (or for `within`, a wider table whose scan another reader
    made already), not by reading every sentence."""
    out: dict[int, int] = {}
    for start, _ in doc.cue_positions(within or phrases):
        s = bisect_left(doc.starts, start + 1) - 1
        if s in out or doc.lower[doc.spans[s][0]:start].strip(_OPENING_MARKS):
            continue
        n = _starts_with(doc.tokens(start, min(doc.spans[s][1], start + 40)), phrases)
        if n:
            out[s] = n
    return sorted(out.items())


def _unit_of(doc: _Doc, f: Figure) -> str | None:
    """The figure's unit, or the unit noun right after it ("(73.075 căn),152 dự án")."""
    return f.unit or _unit_named(_words_after(doc, f))   # the 24 characters after it, read once


def _parts_in_sentence_after(doc: _Doc) -> Iterator[Relation]:
    """ "... 679 dự án ..., với hơn 623.000 căn. Trong đó, 108 dự án ... (73.075 căn), 152 dự án
    ... (130.963 căn) và 419 dự án ... (419.013 căn)": a sentence that opens with a cue of parts
    lists parts of totals of the sentence before; the parts of each unit are summed against the
    totals there, nearest first. Such lists may leave parts out ("Trong đó, 20 người ..."), so
    a sum is reported only when it holds."""
    if not doc.says(_PARTS_OPENERS):
        return
    for s, _ in _opening_sentences(doc, _PARTS_OPENERS, within=_PARTS_CUES):
        totals = _operands_in(doc, s - 1)[::-1]
        if not totals:
            continue
        groups: dict[str | None, list[Figure]] = {}
        listed = _parts_listed_in(doc, s)
        unit_of = {f: _unit_of(doc, f) for f in listed}
        units = {unit_of[f] for f in listed if f.kind is Kind.MONEY}
        for f in listed:
            unit = unit_of[f]
            if unit is None and len(units) == 1 and _scaled_or_money_part(f):
                unit = next(iter(units))   # "Thái hưởng 100.000 đồng và các tiếp viên hưởng 100.000"
            groups.setdefault(unit, []).append(f)
        # parts named by different nouns ("4,8 triệu là trẻ mầm non, 8,8 triệu học sinh tiểu học")
        whole_list = [listed] if len(groups) > 1 and len({f.kind for f in listed}) == 1 else []
        found = False
        for parts in list(groups.values()) + whole_list:
            rel = len(parts) >= 2 and next(
                (r for total in totals if all(_may_add(p, total) for p in parts)
                 for r in [_sum(doc, total, parts, False, only_if_consistent=True)] if r), None)
            if rel:
                found = True
                yield rel
        if not found and listed:
            rel = _parts_run_on(doc, s, totals, listed, unit_of)
            if rel is not None:
                yield rel


#: `_parts_run_on`: the first part of the opening sentence stands this near its start (the gate
#: asks for a number within 60 characters of the cue that opens it).
_RUN_ON_FIRST_PART = 60


def _parts_run_on(doc: _Doc, s: int, totals: list[Figure], listed: list[Figure], unit_of: dict) -> Relation | None:
    """ "Chi phí ... khoảng 990 triệu đồng. Trong đó, cải tạo thô 450 triệu đồng, bao gồm phá dỡ 1 WC
    .... Hoàn thiện nội thất 540 triệu đồng, ...": the parts a sentence opening with a cue of parts
    begins run on into the next sentence, one part a sentence. The parts of one unit of both sentences
    (one of each at least) are summed against the totals of the sentence before; such lists may leave
    parts out, and the next sentence may be about something else, so only a sum that holds, of parts
    written without a qualifier, is reported."""
    if listed[0].start - doc.spans[s][0] > _RUN_ON_FIRST_PART or s + 1 >= len(doc.spans):
        return None
    following = _parts_listed_in(doc, s + 1)
    # a part said loosely ("chưa đến 1.100", "khoảng 200") fits too many sums: only parts as written
    if not following or any(f.qualifier for f in listed + following):
        return None
    for f in following:
        unit_of[f] = _unit_of(doc, f)
    for unit in dict.fromkeys(unit_of[f] for f in listed):
        if unit is None:
            continue
        parts = [f for f in listed if unit_of[f] == unit]
        more = [f for f in following if unit_of[f] == unit]
        if not more:
            continue
        rel = next((r for total in totals if all(_may_add(p, total) for p in parts + more)
                    for r in [_sum(doc, total, parts + more, False, only_if_consistent=True)] if r), None)
        if rel is not None:
            return rel
    return None


def _parts_listed_in(doc: _Doc, s: int) -> list[Figure]:
    """The operands of sentence s less the details of a part ("Trong đó, ... 88 viên đạn 12,7 mm và
    4 quả lựu đạn": the calibre is no part; `_part_detail`)."""
    ks = [k for k in _in_sentence(doc, s) if doc.is_operand(doc.figs[k])]
    return [doc.figs[k] for n, k in enumerate(ks)
            if not (n and ks[n - 1] == k - 1 and _part_detail(doc, k - 1, k, doc.gap_tokens(k - 1)))]


def _scaled_or_money_part(f: Figure) -> bool:
    """May f be an amount of money whose unit the text left out after naming it on the part before:
    a count with no unit of at least 1.000 ("100.000"), or one written with a scale word ("70 triệu")."""
    return f.kind is Kind.COUNT and f.unit is None and (f.value >= 1000 or _scaled(f))


#: Openers of a sentence that works out a value from the sentences before: "Như vậy, doanh thu quý II
#: ... đạt 16.619 tỷ đồng" (the half year's 32.683 less the first quarter's 16.064).
_WORKED_OUT = _phrases(rules.WORKED_OUT_OPENERS)
#: How many sentences before such a sentence may hold the two values it is worked out from.
_WORKED_OUT_SENTENCES = 2


def _worked_out_rest(doc: _Doc) -> Iterator[Relation]:
    """ "... doanh thu 32.683 tỷ đồng ... . Trong quý I, doanh nghiệp đạt doanh thu hơn 16.064 tỷ đồng
    ... . Như vậy, doanh thu quý II ... đạt 16.619 tỷ đồng": a sentence opening with "như vậy" names
    a measure and gives its value; the two sentences before give a total and a part of that measure,
    each named by the same words: the value is the rest, total − part. Nothing says which values
    are the total and the part but the arithmetic: reported only when it holds."""
    # the openers' words ("như", "ra") stand everywhere: the phrases themselves first
    if not doc.decomposed and not any(w in doc.lower for w in rules.WORKED_OUT_OPENERS) or not doc.says(_WORKED_OUT):
        return
    for s, n in _opening_sentences(doc, _WORKED_OUT):
        ks = list(_in_sentence(doc, s))
        if not ks or not doc.is_operand(doc.figs[ks[0]]):
            continue
        rest = doc.figs[ks[0]]
        name = tuple(t for t in doc.sentence_lead(ks[0])[n:] if t != ",")[:2]
        if len(name) < 2 or not _is_plain(name, 2, 0):
            continue
        named = [f for f in chain.from_iterable(_operands_in(doc, b) for b in range(s - _WORKED_OUT_SENTENCES, s))
                 if _same_measure(f, rest) and _contains(doc.words_before(f, 6), _Phrases((name,)))]
        rel = next((r for whole in named for part in named if whole.value > part.value
                    for r in [_rest_of(doc, whole, part, rest)] if r), None)
        if rel is not None:
            yield rel


def _rest_of(doc: _Doc, whole: Figure, part: Figure, rest: Figure) -> Relation | None:
    w_i, p_i = _operand_interval(whole), _operand_interval(part)
    if not Interval(w_i.lo - p_i.hi, w_i.hi - p_i.lo).meets(_stated_interval(rest)):
        return None
    diff = float(whole.value) - float(part.value)
    return _relation(doc.text, "difference", f"{fmt(whole.value)} − {fmt(part.value)} = {fmt(diff)}",
                     diff, rest, True, sorted([whole, part], key=_start))


def _parts_after_with(doc: _Doc) -> Iterator[Relation]:
    """ "16 bàn thắng ở Serie A mùa này, với 12 bàn và 4 pha kiến tạo"; "15 ngoại binh, với 12 cầu
    thủ nước ngoài, một AFC và hai ASEAN": a total, its noun, a comma and "với", then a list.
    "với" opens many things besides parts, so the sum is reported only when it holds."""
    for m in _WITH_PARTS_GATE.finditer(doc.lower):   # where the gate let it through: few places
        k = bisect_left(doc.fig_starts, m.end() - 1)
        j = k - 1
        if j < 0 or k >= len(doc.figs) or doc.next(j) != k:
            continue
        total = doc.figs[j]
        if not doc.is_operand(total) or not doc.figs[k].text[:1].isdigit():
            continue
        between = doc.tokens(total.end, doc.figs[k].start)   # ("với" is also a filler: not peeled)
        n = _ends_with(between, _LOOSE_PARTS)
        if not n or between[-n - 1:-n] != (",",) or not _is_plain(between[:-n - 1], 10, 0):
            continue
        parts = _list_from(doc, k)
        if len(parts) >= 2 and all(_may_add(p, total) for p in parts):
            rel = _sum(doc, total, parts, False, only_if_consistent=True)
            if rel is not None:
                yield rel


_LOOSE_PARTS = _phrases(rules.LOOSE_PARTS_OPENERS)


def _parts_of_noun_named_again(doc: _Doc) -> Iterator[Relation]:
    """ "Trên máy bay có 230 hành khách và 12 thành viên tổ bay. Danh sách ... cho thấy các hành
    khách gồm 169 người ..., 53 người ..., 7 người ... và một người ...": a list opened by a word
    of parts after the noun of a total of the sentence before, named again; such a list may
    leave parts out, so the sum is reported only when it holds."""
    for cue_start, cue_end, k in doc.operands_after_cues(_EXHAUSTIVE, 20):
        s = doc.sentence[k]
        if bisect_left(doc.fig_starts, doc.spans[s][0]) != k:   # a value before the cue: no list of this kind
            continue
        named = _without_trailing_fillers(doc.tokens(max(doc.spans[s][0], cue_start - 30), cue_start))
        for total in _operands_in(doc, s - 1):
            # the noun after the total, of two syllables at least ("hành khách"), or its unit
            noun = tuple(total.unit.split()) if total.unit else _words_after(doc, total)[:2]
            if len(noun) < 2 or not all(t[0].isalpha() for t in noun) or named[-len(noun):] != noun:
                continue
            parts = _list_from(doc, k)
            rel = _sum(doc, total, parts, False, only_if_consistent=True) \
                if len(parts) >= 2 and all(_may_add(p, total) for p in parts) else None
            if rel is not None:
                yield rel
                break


def _outcome_parts(doc: _Doc) -> Iterator[Relation]:
    """ "bất bại 21 trận gần nhất (thắng 16, hòa 5)"; "chuỗi 35 trận ... (33 thắng, 2 hòa)";
    "chạm trán 14 lần ..., với Dortmund thắng 3, hòa 5 và 6 lần thua": a count of games, then in
    its sentence the games of each outcome (wins among them), each tagged by the word before or
    after it. Which count they split is read from their order, so the sum is reported only when
    it holds."""
    if not doc.says(_WIN):
        return
    tried: set[int] = set()
    for cue_start, cue_end in doc.cue_positions(_WIN):
        # the count of games is the figure before the win word, or the one before that
        # ("(thắng 16, hòa 5)" follows 21; "(33 thắng, 2 hòa)" follows 35)
        j = bisect_left(doc.fig_starts, cue_start) - 1
        # or the one after the count of wins: "thắng 8 qua 12 trận (hòa 2, thua 2)"
        for total_at in (j, j - 1, j + 2):
            if total_at >= len(doc.figs):
                continue
            if total_at < 0 or total_at in tried:
                continue
            tried.add(total_at)
            rel = _games_split(doc, total_at)
            if rel is not None:
                yield rel
                break


def _games_split(doc: _Doc, j: int) -> Relation | None:
    total = doc.figs[j]
    if not doc.is_operand(total) or total.kind is not Kind.COUNT:
        return None
    parts, outcomes = [], set()
    k = doc.next(j)
    if k is None:
        k = _first_of_next_sentence(doc, j)
    while k is not None and doc.figs[k].start < total.end + 160 and len(parts) < 3:
        f = doc.figs[k]
        outcome = _outcome_of(doc, f) if doc.is_operand(f) else None
        if outcome is None or outcome in outcomes or f.value >= total.value:
            break
        parts.append(f)
        outcomes.add(outcome)
        k = doc.next(k)
    last, outcome = _outcome_in_words_after(doc, parts[-1]) if parts else (None, None)
    if last is not None and outcome not in outcomes:   # the last part in words: "hòa 5 và chỉ thua ba"
        parts, outcomes = parts + [last], outcomes | {outcome}
    wins = _wins_before(doc, j)
    if wins is not None and "win" not in outcomes:
        parts, outcomes = [wins] + parts, outcomes | {"win"}
    if len(parts) >= 2 and "win" in outcomes and _games_then_outcomes(doc, total, parts[0]):
        return _sum(doc, total, parts, False, only_if_consistent=True)
    return None


def _first_of_next_sentence(doc: _Doc, j: int) -> int | None:
    """The first key figure of the sentence after figure j's, when j is the last of its own."""
    k = j + 1
    return k if k < len(doc.figs) and doc.sentence[k] == doc.sentence[j] + 1 else None


def _games_then_outcomes(doc: _Doc, total: Figure, first: Figure) -> bool:
    """Only words (and outcome words, brackets) between a count of games and the first count of
    an outcome; across one full stop, a short subject opening the next sentence: "đụng độ nhau 36
    lần, một nửa trong đó tại La Liga. Barca của Messi thắng 16, hòa 9 và thua 11 trận"."""
    between = doc.tokens(total.end, first.start)
    toks = tuple(t for t in between if t != "(" and t not in _OUTCOMES)
    if "." not in toks:
        return _is_plain(toks, 16, 3)
    # across the stop the count's own sentence says no outcome ("đã chơi ba trận, toàn thắng. Còn
    # B thắng một, thua hai": B's games are not those three)
    stop = toks.index(".")
    return _is_plain(toks[:stop], 16, 3) and _is_plain(toks[stop + 1:], 6, 0) \
        and not any(t in _OUTCOMES for t in between[:between.index(".")])


#: "và chỉ thua ba": an outcome word and a count in words at the end of a list of outcomes.
_OUTCOME_IN_WORDS = re.compile(r"(?:,|\b(?:" + "|".join(rules.RELATION_LIST_JOINERS) + r")\b)\s+(?:(?:"
                               + "|".join(rules.WORD_PART_FILLERS) + r")\s+)?("
                               + "|".join(rules.OUTCOME_WORDS) + r")\s+("
                               + "|".join(w for w, v in rules.DIGIT_WORDS.items() if v > 0) + r")\b")


def _outcome_in_words_after(doc: _Doc, f: Figure) -> tuple[Figure | None, str | None]:
    """The count in words and its outcome right after part f ("5 và chỉ thua ba"): the extractor
    leaves out a number word that ends a clause."""
    m = _OUTCOME_IN_WORDS.match(doc.lower, f.end, f.end + 30) or _OUTCOME_IN_WORDS.match(doc.lower, f.end + 1, f.end + 30)
    if m is None or m.start(2) in doc.operand:
        return None, None
    word = m.group(2)
    return (_word_figure(doc, m.start(2), m.end(2), rules.DIGIT_WORDS[word]),
            _OUTCOMES[m.group(1)])


def _wins_before(doc: _Doc, j: int) -> Figure | None:
    """The count of wins just before a count of games: "thắng 8 qua 12 trận"."""
    k = doc.prev(j)
    if k is None or not doc.is_operand(doc.figs[k]) or _outcome_of(doc, doc.figs[k]) != "win":
        return None
    link = doc.tokens(doc.figs[k].end, doc.figs[j].start)
    return doc.figs[k] if link and _ends_with(link, _WINS_OF_GAMES) == len(link) else None


def _outcome_of(doc: _Doc, f: Figure) -> str | None:
    """The outcome a count of games is tagged with: the word before it ("thắng 16"), else the
    word after it or after its unit ("33 thắng", "6 lần thua")."""
    after = doc.tokens(f.end, min(len(doc.text), f.end + 16))[:2]
    if " ".join(after) in rules.OUTCOME_PHRASES:   # "5 chiến thắng" ("bất bại với 5 chiến thắng")
        return rules.OUTCOME_PHRASES[" ".join(after)]
    before = _without_trailing_fillers(doc.words_before(f, 3))   # "thắng tới 11 trận"
    if before and before[-1] in _OUTCOMES:
        return _OUTCOMES[before[-1]]
    for k, word in enumerate(after):
        if word in _OUTCOMES:
            return _OUTCOMES[word]
        if k == 0 and not (f.unit and word[0].isalpha()):
            break
    return None


def _raised_total(doc: _Doc) -> Iterator[Relation]:
    """ "Gyokeres ghi 68 bàn ... Anh còn có 17 kiến tạo, nâng tổng số ... lên 85"; "thêm ít nhất 14
    người thiệt mạng ..., nâng tổng số người chết ... lên ít nhất 73": a new amount raises a running
    total; the total before it is a value of its measure stated earlier (nearest first) that
    makes the sum as written (qualifiers aside: "ít nhất 59" and "ít nhất 14" make "ít nhất 73").
    Which earlier value it was is not said, so the sum is reported only when it holds."""
    for _, cue_end, j in doc.operands_after_cues(_RAISE_TOTAL, 120):
        total = doc.figs[j]
        lead = _without_trailing_fillers(_clause_before(doc, j, 120))
        if not _contains(lead, _RAISE_TOTAL) or not _ends_with(lead, _UP_TO):
            continue
        k = doc.prev(j)
        if k is None or not doc.is_operand(doc.figs[k]) or not _same_measure(doc.figs[k], total):
            continue
        added = doc.figs[k]
        rel = next((r for b in range(k - 1, -1, -1) if doc.figs[b].start > total.start - _MAX_RUNNING_BACK
                    for r in [_raised_from(doc, doc.figs[b], added, total)] if r), None)
        if rel is not None:
            yield rel


def _raised_from(doc: _Doc, before: Figure, added: Figure, total: Figure) -> Relation | None:
    if not doc.is_operand(before) or before.value >= total.value or not _same_measure(before, added) \
            or compare.details_conflict(before.detail, added.detail) or before.detail != total.detail:
        return None
    lo, hi = (_written_interval(before).lo + _written_interval(added).lo,
              _written_interval(before).hi + _written_interval(added).hi)
    if not Interval(lo, hi).meets(_written_interval(total)):
        return None
    s = float(before.value) + float(added.value)
    return _relation(doc.text, "sum_of_parts", f"{fmt(before.value)} + {fmt(added.value)} = {fmt(s)}",
                     s, total, True, [before, added])


def _written_interval(f: Figure) -> Interval:
    """The values a figure's written digits allow, its qualifier aside: its decimals, or the last
    digit before a scale word ("1,2 triệu"); a whole number without one is read exactly ("100"
    is not 50 to 150)."""
    v = float(f.value)
    step = f.precision if f.precision and (f.precision < 1 or f.precision >= _SCALED) else 0.0
    return Interval(v - step / 2, v + step / 2)


def _counted_total(doc: _Doc) -> Iterator[Relation]:
    """ "Tổng diện tích của 3 khu đô thị này gần 790 ha", then 247 ha, 277 ha and 264 ha in the
    sentences after; "... 28.000 tỷ ... 90.000 tỷ ... 74.500 tỷ. Chỉ riêng 3 dự án ... đã chiếm hơn
    192.500 tỷ đồng": a total of a counted set of items; its parts are that many values of its
    unit, the first ones after it or the last ones before the count. Reported when it holds."""
    if not doc.says(_COUNTED_TOTAL):
        return
    for k in doc.cued_to_next(_COUNTED_TOTAL):   # a cue word before the count or up to the total
        n = doc.figs[k]   # the count first: few figures are a count of 2 to 9 items
        if n.kind is not Kind.COUNT or not 2 <= n.value <= _MAX_COUNTED_PARTS or n.value != int(n.value) \
                or n.qualifier or not doc.is_operand(n):
            continue
        j = doc.next(k)
        if j is None or not doc.is_operand(doc.figs[j]) or doc.figs[j].unit in (None, n.unit):
            continue
        total = doc.figs[j]
        if not doc.may_hold(_COUNTED_TOTAL, n.start - _BEFORE, total.start):
            continue   # no word of counted totals in the words before the count nor up to the total
        between = doc.tokens(n.end, total.start)
        if not _is_plain(between, 14, 0) or not (_contains(between, _COUNTED_TOTAL)
                                                  or _contains(doc.words_before(n, 6), _COUNTED_TOTAL)):
            continue
        count = int(n.value)
        after = [f for f in doc.figs[j + 1:j + 40]
                 if _part_of_counted(doc, f, total) and f.start < total.end + _NEAR_SENTENCES]
        before = [f for f in doc.figs[max(0, k - 40):k]
                  if _part_of_counted(doc, f, total) and f.start > n.start - _NEAR_SENTENCES]
        for parts in (after[:count], before[-count:]):
            rel = _sum(doc, total, parts, False, only_if_consistent=True) if len(parts) == count else None
            if rel is not None:
                yield rel
                break


def _share_of_anaphor(doc: _Doc) -> Iterator[Relation]:
    """ "... thanh toán qua Kho bạc đạt 201.439 tỷ đồng. Số này bằng 28,2% tổng nguồn vốn ...
    (715.155 tỷ)": a share whose sentence opens with a word naming the value of the sentence
    before; its whole is the value after it, judged when a word of totals names it ("tổng"),
    else reported only when it holds."""
    if not _percents(doc) or not doc.says(_ANAPHORS):
        return
    for s, n in _opening_sentences(doc, _ANAPHORS):
        prev = _operands_in(doc, s - 1) if s else []
        i = next((k for k in _in_sentence(doc, s) if doc.figs[k].kind is Kind.PERCENT), None)
        if not prev or i is None or doc.prev(i) is not None:
            continue
        part, stated = prev[-1], doc.figs[i]
        lead = _lead(doc.tokens(doc.spans[s][0], stated.start)[n:])
        whole, toks = _operand_after(doc, i)
        if "share" not in lead.cues or {"up", "down", "win"} & lead.cues or not _is_plain(lead.rest, 6) \
                or whole is None or not _same_amount(part, whole) or whole.value <= part.value:
            continue
        named = _contains(toks, _WHOLE_CUES) and _is_plain(tuple(t for t in toks if t != "("), 20, 1)
        if named or _fits_share(part, whole, stated):
            yield _share(doc, "percent_of_total", part, whole, stated)


def _same_amount(a: Figure, b: Figure) -> bool:
    """Can a and b be added or divided, counting an amount whose currency the text left out
    ("(715.155 tỷ)" after "201.439 tỷ đồng") as of the other's?"""
    return _same_measure(a, b) or {a.kind, b.kind} == {Kind.MONEY, Kind.COUNT} \
        and (a.unit if a.kind is Kind.COUNT else b.unit) is None


def _rest_of_shares(doc: _Doc) -> Iterator[Relation]:
    """ "khoảng 40% chi cho ..., 5% sử dụng ...; 55% còn lại ...": shares of one whole listed in
    a sentence, the last said to be the rest ("còn lại"): 100 less the others. Which shares are
    of one whole is read from their order, so it is reported only when it holds."""
    if not _percents(doc) or not doc.says(_REMAINDER_AFTER):
        return
    for i in _percents(doc):
        stated = doc.figs[i]
        if not doc.near_cue(_REMAINDER_AFTER, stated.end, stated.end + 12) \
                or not _starts_with(doc.tokens(stated.end, min(len(doc.text), stated.end + 20)), _REMAINDER_AFTER):
            continue
        others = [doc.figs[k] for k in doc.before(i, back=4, sentences=1) if doc.figs[k].kind is Kind.PERCENT]
        for n in range(len(others), 0, -1):
            shares = others[:n][::-1]
            lo = 100 - sum(_share_interval(f).hi for f in shares)
            hi = 100 - sum(_share_interval(f).lo for f in shares)
            if Interval(lo, hi).meets(_stated_interval(stated)):
                rest = 100 - sum(float(f.value) for f in shares)
                formula = "100 − " + " − ".join(fmt(f.value) for f in shares) + f" = {fmt(rest)}%"
                yield _relation(doc.text, "difference", formula, rest, stated, True, shares)
                break


def _shares_of_listed_sum(doc: _Doc) -> Iterator[Relation]:
    """ "i10 đứng đầu với 1.594 xe, chiếm 54% thị phần, tiếp đến là Wigo với 1.158 xe, chiếm 40%,
    cuối cùng là Morning với 174 xe tương đương 6% thị phần": values of one measure in a sentence,
    each with its share, the shares making 100%: each is a share of their sum. Which whole the
    shares are of is read from their sum, so each is reported only when it holds."""
    pairs: dict[int, list[tuple[Figure, Figure]]] = {}
    for i in _percents(doc):
        j, lead = _lead_of(doc, i)
        if j is None or "share" not in lead.cues or not lead.cues <= _SHARE_ONLY or not _is_plain(lead.rest, 3):
            continue
        part = doc.figs[j]
        if doc.is_operand(part) and part.kind is not Kind.PERCENT:
            pairs.setdefault(doc.sentence[i], []).append((part, doc.figs[i]))
    for listed in pairs.values():
        parts = [p for p, _ in listed]
        if len(listed) < 2 or not all(_same_measure(p, parts[0]) for p in parts[1:]):
            continue
        if not _summed([_share_interval(f) for _, f in listed]).contains(100):
            continue   # shares of something more than these values
        whole = _summed([_operand_interval(p) for p in parts])
        total = sum(float(p.value) for p in parts)
        for part, stated in listed:
            if _ratio_interval(_operand_interval(part), whole).meets(_stated_interval(stated)):
                computed = float(part.value) / total * 100
                formula = f"{fmt(part.value)} / ({' + '.join(fmt(p.value) for p in parts)}) × 100 = {fmt(computed)}%"
                yield _relation(doc.text, "percent_of_total", formula, computed, stated, True, parts)


def _summed(intervals: list[Interval]) -> Interval:
    return Interval(sum(i.lo for i in intervals), sum(i.hi for i in intervals))


#: What the words before a share of a listed sum may say: a share ("chiếm", "tương đương"), no change.
_SHARE_ONLY = frozenset({"share", "plain_share", "achieve"})


def _gap_compared(doc: _Doc) -> Iterator[Relation]:
    """ "DCDS tăng trưởng 23,9%, cao hơn 11,8 điểm phần trăm so với VN-Index (12,1%)"; "33 bàn, nhiều
    hơn ít nhất 13 bàn so với bất kỳ đội nào khác (Liverpool ... 20 bàn)"; "28 triệu đồng mỗi m2,
    trong khi đất nông nghiệp chỉ khoảng 600.000 đồng, chênh hơn 27 triệu đồng": a value, a word of a
    gap and the gap, and the value compared: after "so với" in the sentence, or before the first
    across "trong khi". Which value is compared is read from the order: reported only when it holds."""
    for j in _gaps_after_commas(doc):
        gap, i = doc.figs[j], doc.prev(j)
        if i is None or not (doc.is_operand(gap) or gap.kind is Kind.PERCENT):
            continue
        toks = doc.words_before(gap, 6)
        comparative = _ends_with(toks, _GAP_COMPARE) == len(toks)
        if not (comparative or _gap_word_before_qualifiers(toks)):
            continue
        a = doc.figs[i]
        lead = doc.tokens(a.end, gap.start)
        # the gap opens its clause after a comma (or a dash): "33 bàn ..., nhiều hơn ít nhất 13 bàn"
        if not _compared_operand(doc, a) or lead[-len(toks) - 1:-len(toks)] not in _GAP_OPENINGS \
                or not _is_plain(tuple(t for t in lead if t not in _DASH_MARKS), 12):
            continue
        if gap.kind is Kind.PERCENT:
            # the amount compared may be named at length: "trong khi sản phẩm tương tự trên website
            # chính thức của hãng được niêm yết gần 162 triệu đồng"
            b = _compared_after_gap(doc, j, a) or _compared_before(doc, i, a, words=20)
            rel = _percent_gap(doc, a, b, gap, toks) if b is not None else None
            if rel is not None:
                yield rel
            continue
        b = _compared_after_gap(doc, j, a) or _compared_before(doc, i, a) or _compared_named_before(doc, j, a)
        if b is None or not _gap_of(a, b, gap):
            continue
        stated = gap._replace(qualifier=None) if comparative and gap.qualifier == "more_than" else gap
        high, low = (a, b) if a.value >= b.value else (b, a)
        gap_i = Interval(_operand_interval(high).lo - _operand_interval(low).hi,
                         _operand_interval(high).hi - _operand_interval(low).lo)
        if gap_i.meets(_stated_interval(stated)):
            computed = float(high.value) - float(low.value)
            yield _relation(doc.text, "difference", f"{fmt(high.value)} − {fmt(low.value)} = {fmt(computed)}",
                            computed, gap, True, sorted([a, b], key=_start))


_SPREAD = _phrases(rules.SPREAD_WORDS)


def _spread_of_pair(doc: _Doc) -> Iterator[Relation]:
    """ "niêm yết 116,8 - 119,3 triệu đồng/lượng mua vào - bán ra. Chênh lệch mua - bán 2,5 triệu
    đồng/lượng": the value right after a word of the spread (rules.SPREAD_WORDS) is the higher end
    of the pair written last before it (in its sentence or the one before) less the lower. Judged:
    the words name the pair's two ends, and no other pair stands between."""
    for start, _, k in doc.operands_after_cues(_SPREAD, _CUE_REACH):
        spread, pair = doc.figs[k], _pair_before(doc, start)
        if pair is None:
            continue
        cited, low, high = pair
        if not 0 < spread.value < low.lo <= high.lo:
            continue
        gap = Interval(high.lo - low.hi, high.hi - low.lo)
        said = Interval(spread.value - spread.precision / 2, spread.value + spread.precision / 2)
        lo_v, hi_v = (low.lo + low.hi) / 2, (high.lo + high.hi) / 2
        computed = hi_v - lo_v
        yield _relation(doc.text, "difference", f"{fmt(hi_v)} − {fmt(lo_v)} = {fmt(computed)}",
                        computed, spread, gap.meets(said), [cited])


#: Two numbers joined by a dash: the two ends of a price written as a pair.
_PAIR = re.compile(r"(\d[\d.,]*)[ \t]?[-–][ \t]?(\d[\d.,]*)")


def _pair_before(doc: _Doc, pos: int) -> tuple[Figure, Interval, Interval] | None:
    """The pair written last before `pos`, in its sentence or the one before ("116,8 - 119,3 triệu",
    read from the text: the extractor may take "SJC 116,3" for a code), cited as one figure, and the
    values its ends allow: half a written decimal, at the scale of the amount its second number
    opens (a price quoted in whole units, "112 - 115 triệu", is exact)."""
    lowest = doc.starts[max(0, bisect_right(doc.starts, pos) - 2)]
    last = None
    for last in _PAIR.finditer(doc.text, lowest, pos):
        pass
    if last is None:
        return None
    k = bisect_right(doc.all_starts, last.start(2)) - 1
    amount = doc.all_figures[k] if k >= 0 else None
    ends = [parse_digits(last.group(n), comma_decimal=True) for n in (1, 2)]
    if amount is None or amount.end < last.end(2) or amount.kind not in (Kind.COUNT, Kind.RANGE) \
            or None in ends or not ends[1].value:
        return None
    high_value = amount.value[1] if isinstance(amount.value, tuple) else amount.value
    scale = float(high_value) / ends[1].value
    if scale < 1:
        return None
    bounds = [Interval(e.value * scale - (e.precision * scale / 2 if e.precision < 1 else 0.0),
                       e.value * scale + (e.precision * scale / 2 if e.precision < 1 else 0.0)) for e in ends]
    cited = amount._replace(text=doc.text[last.start():amount.end], start=last.start())
    return cited, bounds[0], bounds[1]


_GAP_OPENINGS = ((",",), ("-",), ("–",))
_DASH_MARKS = frozenset("-–")
_GAP_ABOVE = _phrases(rules.GAP_ABOVE_WORDS)
_GAP_BELOW = _phrases(rules.GAP_BELOW_WORDS)


def _percent_gap(doc: _Doc, a: Figure, b: Figure, gap: Figure, toks: tuple) -> Relation | None:
    """ "chiếc túi ... 8,6 triệu đồng, trong khi sản phẩm tương tự ... gần 162 triệu đồng – chênh lệch
    tới 95%": the gap between two amounts as a share of one of them, the lower after a word of being
    above ("cao hơn 20%"), the higher after a word of being below ("rẻ hơn 40%"), either after
    "chênh lệch". Read from the order, as `_gap_compared`: reported only when it holds."""
    if Kind.PERCENT in (a.kind, b.kind) or not (doc.is_operand(a) and doc.is_operand(b)) \
            or not _same_measure(a, b) or a.value == b.value:
        return None
    high, low = (a, b) if a.value > b.value else (b, a)
    bases = (low,) if _contains(toks, _GAP_ABOVE) else (high,) if _contains(toks, _GAP_BELOW) else (high, low)
    h_i, l_i = _operand_interval(high), _operand_interval(low)
    diff = Interval(h_i.lo - l_i.hi, h_i.hi - l_i.lo)
    for base in bases:
        if not _ratio_interval(diff, _operand_interval(base)).meets(_stated_interval(gap)):
            continue
        computed = (float(high.value) - float(low.value)) / float(base.value) * 100
        formula = f"({fmt(high.value)} − {fmt(low.value)}) / {fmt(base.value)} × 100 = {fmt(computed)}%"
        return _relation(doc.text, "percent_change", formula, computed, gap, True, sorted([a, b], key=_start))
    return None


def _gaps_after_commas(doc: _Doc) -> list[int]:
    """The key figures right after a comma and a word of a gap (`_GAP_AFTER_COMMA`, the gate's own
    pattern: the words "cao", "nhiều", "ít" stand everywhere, the pattern seldom); every figure
    in a decomposed text, whose words the pattern cannot see."""
    if doc.decomposed:
        return list(range(len(doc.figs)))
    found = []
    for m in chain.from_iterable(p.finditer(doc.lower) for p in _gap_patterns(doc.holds)):
        j = bisect_left(doc.fig_starts, m.end() - 1)
        if j < len(doc.figs) and doc.figs[j].start == m.end() - 1:
            found.append(j)
    return sorted(found)


def _gap_word_before_qualifiers(toks: tuple) -> bool:
    """Are the tokens a word of a gap once the gap's qualifiers are peeled off one by one ("nhiều hơn
    ít nhất", "chênh hơn")? (Peeling every filler at once would take "hơn" from "nhiều hơn".)"""
    while toks:
        if _ends_with(toks, _GAP_COMPARE) == len(toks):
            return True
        n = _ends_with(toks, _FILLERS)
        if not n:
            return False
        toks = toks[:-n]
    return False


_GAP_COMPARE = _phrases(rules.GAP_COMPARE_WORDS)


def _compared_operand(doc: _Doc, f: Figure) -> bool:
    """May f be a value compared: an operand, or a percentage (a gap in points)."""
    return doc.is_operand(f) or f.kind is Kind.PERCENT


def _compared_after_gap(doc: _Doc, j: int, a: Figure) -> Figure | None:
    """The value after a gap that "so với" names, over its unit, a few words of its name and a bracket."""
    k = doc.next(j)
    if k is None or not _compared_operand(doc, doc.figs[k]) or not _same_measure(doc.figs[k], a):
        return None
    between = doc.tokens(doc.figs[j].end, doc.figs[k].start)
    unit = next((n for n in range(min(3, len(between)) + 1) if _starts_with(between[n:], _COMPARE)), None)
    if unit is None or not _is_plain(between[:unit], 3, 0):
        return None
    rest = tuple(t for t in between[unit + _starts_with(between[unit:], _COMPARE):] if t not in _NAME_MARKS)
    return doc.figs[k] if _is_plain(rest, 10, 0) else None


#: The most words of the gap's unit before "so với", and of the name after it ("so với dự toán"),
#: in `_compared_named_before`; how far it reads for them when no value follows the gap.
_NAMED_COMPARED_UNIT_WORDS = 3
_NAMED_COMPARED_NAME_WORDS = 4
_NAMED_COMPARED_REACH = 60


def _compared_named_before(doc: _Doc, j: int, a: Figure) -> Figure | None:
    """The value compared named after "so với" with no value after the name, written earlier with
    that name right before it: "giá dự toán hơn 880 tỷ đồng ... . ... giá trúng thầu 845,4 tỷ đồng,
    tiết kiệm gần 36 tỷ đồng so với dự toán". The one value of a's measure in the gap's sentence
    or the one before whose words before it end with the name (qualifiers aside); else None."""
    gap = doc.figs[j]
    k = doc.next(j)
    after = doc.tokens(gap.end, doc.figs[k].start if k is not None else gap.end + _NAMED_COMPARED_REACH)
    unit_words = next((n for n in range(min(_NAMED_COMPARED_UNIT_WORDS, len(after)) + 1)
                       if _starts_with(after[n:], _COMPARE)), None)
    if unit_words is None or not _is_plain(after[:unit_words], _NAMED_COMPARED_UNIT_WORDS, 0):
        return None
    rest = after[unit_words + _starts_with(after[unit_words:], _COMPARE):]
    end = next((n for n, t in enumerate(rest) if not t[0].isalpha()), len(rest))
    name = rest[:end]
    if not 1 <= len(name) <= _NAMED_COMPARED_NAME_WORDS or k is not None and end == len(rest):
        return None   # the name must end its clause: a value after it is `_compared_after_gap`'s
    named = [doc.figs[h] for h in doc.before(j, back=12, sentences=2)
             if doc.figs[h] is not a and doc.is_operand(doc.figs[h]) and _same_measure(doc.figs[h], a)
             and _without_trailing_fillers(doc.words_before(doc.figs[h], len(name) + 3))[-len(name):] == name]
    return named[0] if len(named) == 1 else None


#: Marks inside the name of what is compared, or before its value: "VN-Index (12,1%)", "xăng E5 (".
_NAME_MARKS = frozenset({"(", "-", "#"})


def _compared_before(doc: _Doc, i: int, a: Figure, words: int = 12) -> Figure | None:
    """The value before the first across "trong khi": "28 triệu đồng, trong khi ... 600.000 đồng"."""
    h = doc.prev(i)
    if h is None or not _compared_operand(doc, doc.figs[h]) or not _same_measure(doc.figs[h], a):
        return None
    between = doc.tokens(doc.figs[h].end, a.start)
    return doc.figs[h] if _contains(between, _CONTRAST_ONLY) and _is_plain(between, words, 1) else None


_CONTRAST_ONLY = _phrases(w for w in rules.CONTRAST_WORDS if w not in rules.COMPARE_WORDS)


def _gap_of(a: Figure, b: Figure, gap: Figure) -> bool:
    """Can `gap` be the gap between a and b: of their measure, or points between two percentages."""
    if a.kind is Kind.PERCENT:
        return gap.kind is Kind.COUNT and (gap.unit or "").split()[:1] == [rules.POINT_UNIT]
    return _same_measure(gap, a) or _may_total(a, gap)


def _share_interval(f: Figure) -> Interval:
    return compare.interval_of(f) if f.qualifier else _stated_interval(f)


def _part_of_counted(doc: _Doc, f: Figure, total: Figure) -> bool:
    """May f be one of the counted parts of `total`: an operand of its kind and unit, smaller?"""
    return doc.is_operand(f) and f.kind is total.kind and f.unit == total.unit and f.value < total.value


def _per_each(doc: _Doc) -> Iterator[Relation]:
    """ "700 triệu nhân dân tệ (96 triệu USD) cho 69.697 xe, tương đương khoảng 10.043 nhân dân tệ
    (1.376 USD) cho mỗi xe"; "đưa 200 triệu đồng để mở hai sổ tiết kiệm, mỗi sổ 100 triệu đồng";
    "độ cao 1.165 m mỗi vòng và phải hoàn thành hai vòng. ... tích lũy 2.330 m": a value per unit
    ("mỗi <noun>" after or before it), a count of that noun and a total of the value's measure
    near it (the sentence before to the sentence after): total = value × count. Which total is
    meant is read from the measure alone, so the relation is reported only when it holds."""
    if not doc.says(_PER_EACH):
        return
    starts = doc.fig_starts
    seen: set[int] = set()
    for cue_start, cue_end in doc.cue_positions(_PER_EACH):
        if not (_DIGIT.search(doc.text, max(0, cue_start - 70), cue_start) or _DIGIT.search(doc.text, cue_end, cue_end + 40)):
            continue
        noun = doc.tokens(cue_end, min(len(doc.text), cue_end + 20))[:1]
        each = _per_value(doc, starts, cue_start, cue_end, noun)
        if each is None or each in seen or not noun or not noun[0][:1].isalpha():
            continue
        seen.add(each)
        s = doc.sentence[each]
        # nearest first; the count in the sentence of the value or of the total
        near = sorted((k for k in range(bisect_left(doc.sentence, s - 1), bisect_left(doc.sentence, s + 2))
                       if k != each and doc.is_operand(doc.figs[k])), key=lambda k: abs(k - each))
        counts = [k for k in near if _counts(doc, doc.figs[k], noun[0])]
        totals = [k for k in near if _may_total(doc.figs[k], doc.figs[each]) and not _is_per_unit(doc, doc.figs[k])]
        # the count and its total in one sentence, or the count beside the value; and no other
        # total between the count and the total ("100 m2 ... 30 tỷ, còn căn nhỏ 50 m2 ... 15 tỷ")
        rel = next((r for n in counts for t in totals if t != n and doc.sentence[n] in (s, doc.sentence[t])
                    and not any(k in totals for k in range(min(n, t) + 1, max(n, t)))
                    for r in [_product(doc, doc.figs[each], doc.figs[n], doc.figs[t])] if r), None)
        if rel is not None:
            yield rel


def _per_unit_restated(doc: _Doc) -> Iterator[Relation]:
    """ "2 cơ sở ... tổng số tiền 80 triệu đồng (40 triệu đồng/cơ sở)"; "38 m2 ... giá 8 tỷ đồng
    (tương đương 210 triệu đồng một m2)"; "1.400 xe sau 5 tháng, tức trung bình 280 xe/tháng": a
    total restated per unit (a bracket, "tương đương", "tương ứng", "trung bình" before the value; its
    noun after a slash or "một"), with a count of that noun (by its unit) in the sentence or the one
    before: total / count. Which total is meant is read from the measure alone: reported only when
    it holds."""
    for j in range(1, len(doc.figs)):
        each = doc.figs[j]
        m = _PER_NOUN_AFTER.match(doc.lower, each.end)
        if m is None or not doc.is_operand(each) or not _restates_per_unit(doc, each):
            continue
        noun_at = m.end()
        near = [k for k in doc.before(j, back=8) if doc.is_operand(doc.figs[k])]
        counts = [k for k in near if _counts_unit(doc.figs[k], doc.lower, noun_at)]
        totals = [k for k in near if k not in counts and _may_total(doc.figs[k], each)
                  and not _is_per_unit(doc, doc.figs[k]) and not _PER_NOUN_AFTER.match(doc.lower, doc.figs[k].end)]
        if counts and totals:
            n = doc.figs[counts[0]]
            rel = _quotient(doc, doc.figs[totals[0]], [(float(n.value), fmt(n.value), n)], each)
            if rel.status is RelationStatus.CONSISTENT:
                yield rel


def _price_by_area(doc: _Doc) -> Iterator[Relation]:
    """ "giá dự kiến khoảng 27 triệu đồng một m2. Như vậy, mỗi căn hộ ... từ 864 triệu đồng (căn 32
    m2)"; "25 triệu đồng một m2. Căn diện tích lớn nhất (70 m2) khoảng 1,75 tỷ đồng": a price per m2
    (not one restating a total, `_per_unit_restated`'s), then in its sentence or the next a flat's
    area and its price side by side: price = price per m2 × area. Only where exactly one price per
    m2 stands before the flat in that window; which price the flat's is, is read from the order
    alone: reported only when it holds."""
    prices = _prices_per_area(doc)
    for n, j in enumerate(prices):
        if n and doc.sentence[prices[n - 1]] >= doc.sentence[j] - (rules.AREA_PRICE_SENTENCES - 1):
            continue   # another price per m2 in the window: which is the flat's is not read
        last = doc.sentence[j] + rules.AREA_PRICE_SENTENCES - 1
        stop = prices[n + 1] if n + 1 < len(prices) else len(doc.figs)
        each, k = doc.figs[j], j + 1
        while k + 1 < stop and doc.sentence[k + 1] <= last:
            rel = _flat_price(doc, each, k)
            if rel is not None:
                yield rel
                k += 1
            k += 1


def _prices_per_area(doc: _Doc) -> list[int]:
    """The indexes of the figures said as a price per m2 (`_is_price_per_area`), in text order:
    found from one scan of the text for "một m2", "/m2" (most articles have none)."""
    prices: list[int] = []
    for at in _per_area_marks(doc.lower):
        j = bisect_right(doc.fig_starts, at) - 1
        if j >= 0 and at - doc.figs[j].end <= _PER_AREA_REACH and (not prices or prices[-1] != j) \
                and _is_price_per_area(doc, doc.figs[j]):
            prices.append(j)
    return prices


def _flat_price(doc: _Doc, each: Figure, k: int) -> Relation | None:
    """Figures k and k + 1 as a flat's area in m2 and its price, either first, in one sentence with
    a few plain words between (brackets aside): the price is `each`, a price per m2, times the area."""
    a, b = doc.figs[k], doc.figs[k + 1]
    area, total = (a, b) if a.unit in rules.AREA_NOUNS else (b, a)
    if doc.sentence[k + 1] != doc.sentence[k] or area.unit not in rules.AREA_NOUNS \
            or area.kind is not Kind.COUNT or not doc.is_operand(area) or not doc.is_operand(total) \
            or total.unit in rules.AREA_NOUNS or not _may_total(total, each) \
            or not _is_plain(tuple(t for t in doc.gap_tokens(k) if t not in ("(", ")")), rules.AREA_PRICE_WORDS, 0):
        return None
    return _product(doc, each, area, total)


def _is_price_per_area(doc: _Doc, f: Figure) -> bool:
    """Is f a price per m2 said as one ("27 triệu đồng một m2"), not restating a total?"""
    m = _PER_NOUN_AFTER.match(doc.lower, f.end)
    return m is not None and doc.lower.startswith(rules.AREA_NOUNS, m.end()) and doc.is_operand(f) \
        and f.kind in (Kind.MONEY, Kind.COUNT) and not _restates_per_unit(doc, f)


#: "một m2", "/m2": where a price per m2 ends ("27 triệu đồng một m2", "40 triệu/m2"); the value it is
#: of ends at most _PER_AREA_REACH characters before it (its unit between).
_PER_AREA = re.compile(r"(?:/[ \t]?|\b(?:" + "|".join(rules.ONE_PER_WORDS) + r")[ \t])$")
_PER_AREA_REACH = 20


def _per_area_marks(lower: str) -> Iterator[int]:
    """Where each "một m2", "mỗi m2" or "/m2" of the text starts: found from the area nouns (a plain
    search, which a text of no flats passes at once), each checked against the few characters before it."""
    for noun in rules.AREA_NOUNS:
        at = lower.find(noun)
        while at >= 0:
            m = _PER_AREA.search(lower, max(0, at - 6), at)
            if m is not None and not lower[at + len(noun):at + len(noun) + 1].isalnum():
                yield m.start()
            at = lower.find(noun, at + len(noun))


def _price_by_area_gate(lower: str) -> bool:
    """Could `_price_by_area` read a flat's price: a number just before "một m2" or "/m2", then an
    area in m2 after it?"""
    for at in _per_area_marks(lower):
        if _DIGIT.search(lower, max(0, at - _PER_AREA_REACH - 8), at):
            return _AREA_AFTER.search(lower, at) is not None
    return False


_AREA_AFTER = re.compile(r"\d[ \t]?(?:" + "|".join(rules.AREA_NOUNS) + r")\b")


#: A value's unit (a word or two), then a slash or "một" before the noun it is per: "đồng/cơ sở",
#: "xe/tháng", "triệu đồng một m2" (the noun starts where the match ends).
_PER_NOUN_AFTER = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]?){0,2}?(?:/[ \t]?|(?:"
                             + "|".join(re.escape(w) for w in rules.ONE_PER_WORDS) + r")[ \t])(?=[^\W\d_])")
_PER_UNIT_RESTATING = _phrases(rules.PER_UNIT_RESTATING_WORDS, rules.AVERAGE_CUES)


def _restates_per_unit(doc: _Doc, each: Figure) -> bool:
    """Do the words before the value restate a total per unit: "(", "tương đương", "tương ứng", "trung
    bình" (fillers and qualifiers between: "tương đương trung bình", "(tương đương hơn")?"""
    toks = _without_trailing_fillers(doc.tokens_before(each))
    restated = False
    while (n := _ends_with(toks, _PER_UNIT_RESTATING)):
        toks, restated = _without_trailing_fillers(toks[:-n]), True
    return restated or toks[-1:] == ("(",)


def _counts_unit(f: Figure, lower: str, noun_at: int) -> bool:
    """Does f count what the noun at `noun_at` names: its unit or the words after it are that noun
    ("38 m2" for "một m2", "3 cửa hàng" for "/cửa hàng")? A whole count of at least 2, no bound."""
    if f.kind is not Kind.COUNT or f.value < 2 or f.value != int(f.value) or f.qualifier in ("at_least", "at_most"):
        return False
    noun, named = _NOUN.match(lower, noun_at), _NOUN.match(lower, f.end)
    return noun is not None and (f.unit in noun.group(1, 2) or named is not None and noun.group(1) in named.group(1, 2))


#: A noun of one or two words after white space: the first word, and both ("cơ sở", "m2", "tháng").
_NOUN = re.compile(r"[ \t]*(([^\W_]+)(?:[ \t][^\W\d_]+)?)")


def _per_value(doc: _Doc, starts: list[int], cue_start: int, cue_end: int, noun: tuple) -> int | None:
    """The key figure a "mỗi <noun>" is said of: the operand right before it ("30.000 USD mỗi kg",
    its unit and a bracket aside between: "10.043 nhân dân tệ (1.376 USD) cho mỗi xe"), or right
    after its noun ("mỗi sổ 100 triệu")."""
    i = bisect_left(starts, cue_start) - 1
    opened = doc.text.rfind("(", max(0, cue_start - 60), cue_start)
    if opened >= 0 and doc.text.find(")", opened, cue_start) >= 0:
        while i >= 0 and doc.figs[i].start > opened:   # the figures of the aside are not it
            i -= 1
    if i >= 0 and doc.is_operand(doc.figs[i]) and doc.figs[i].end > cue_start - 60:
        between = _without_asides(doc.tokens(doc.figs[i].end, cue_start))
        if _is_plain(between, 4, 0):
            return i
    i = bisect_left(starts, cue_end)
    if i < len(doc.figs) and doc.is_operand(doc.figs[i]) and noun:
        between = doc.tokens(cue_end, doc.figs[i].start)[1:]
        while between and _starts_with(between, _PER_EACH_FILLERS):
            between = between[_starts_with(between, _PER_EACH_FILLERS):]
        if not between or between == (",",):
            return i
    return None


def _is_per_unit(doc: _Doc, f: Figure) -> bool:
    """Is f itself a value per unit ("khoảng 40 m mỗi tầng"), so no total?"""
    return _per_unit_after(_words_after(doc, f))


def _counts(doc: _Doc, f: Figure, noun: str) -> bool:
    """Does f count the things named by `noun` ("69.697 xe", "hai sổ", "4 môtơ điện")?"""
    if f.kind is not Kind.COUNT or f.value < 2 or f.value != int(f.value) or f.qualifier:
        return False
    after = doc.tokens(f.end, min(len(doc.text), f.end + 20))[:1]
    return after == (noun,) or (f.unit or "").split()[:1] == [noun]


def _may_total(t: Figure, each: Figure) -> bool:
    """May t be a total of values like `each`: the same measure, or an amount against an amount
    written with a scale word whose unit the text left out ("80 triệu đồng (40 triệu/cơ sở)")."""
    if t.value <= each.value:
        return False
    if _same_measure(t, each):
        return True
    no_unit = each if t.kind is Kind.MONEY else t if each.kind is Kind.MONEY else None
    return no_unit is not None and no_unit.kind is Kind.COUNT and no_unit.unit is None \
        and no_unit.precision >= _SCALED


_SCALED = 1e5   # the last written digit of "1,2 triệu": an amount written with a scale word


def _product(doc: _Doc, each: Figure, n: Figure, total: Figure) -> Relation | None:
    """total = each × n, stated as the one written last: an average ("700 triệu cho 69.697 xe, ...
    10.043 cho mỗi xe": 700 triệu / 69.697) or a product ("1.165 m mỗi vòng ... hai vòng ... 2.330 m").
    The one written last may be rounded to its last digit; the others are read as written."""
    n_v = float(n.value)
    if {each.qualifier, total.qualifier} & {"at_least", "at_most"}:
        return None   # "ít nhất sáu ... mỗi năm" times two years bounds a total, it does not state it
    if total.start > each.start:
        e_i = _read_as_written(each)
        if not Interval(e_i.lo * n_v, e_i.hi * n_v).meets(_read_as_written(total, rounded=True)):
            return None
        computed = float(each.value) * n_v
        return _relation(doc.text, "product", f"{fmt(each.value)} × {fmt(n.value)} = {fmt(computed)}",
                         computed, total, True, sorted([each, n], key=_start))
    t_i = _read_as_written(total)
    if not Interval(t_i.lo / n_v, t_i.hi / n_v).meets(_read_as_written(each, rounded=True)):
        return None
    computed = float(total.value) / n_v
    return _relation(doc.text, "average", f"{fmt(total.value)} / {fmt(n.value)} = {fmt(computed)}",
                     computed, each, True, sorted([n, total], key=_start))


def _read_as_written(f: Figure, *, rounded: bool = False) -> Interval:
    """The values a figure allows in a reading reported only when it holds: its qualifier at
    most a tenth away ("khoảng 1.000" is no 637), else its written digits, and with `rounded`
    half a unit of its last digit ("1.197" for 1.196,4)."""
    v = float(f.value)
    if f.qualifier in ("about", "nearly", "more_than", "less_than"):
        lo = v if f.qualifier == "more_than" else 0.9 * v
        hi = v if f.qualifier in ("nearly", "less_than") else 1.1 * v
        return Interval(lo, hi)
    if f.qualifier:
        return compare.interval_of(f)
    half = f.precision / 2 if f.precision and f.precision < 1 else 0.0
    if rounded:
        half = max(half, _half_last_digit(f))
    return Interval(v - half, v + half)


# --- the search: relations that hold where no reader binds them ---------------------------------
# Readers fire on the shapes they know; the search is their general complement. In a window (a
# sentence, it with the sentence before, and for sums it with the sentence after) it looks for
# operands that make a stated figure hold: a share or a change for a percentage, a sum of contiguous
# parts for a total, a difference, an average, a multiple. What it finds is reported only as
# consistent (which values are the operands is a guess), and only under guards against coincidence
# (rules.py, "Article relations, the search"): a cue word of the family beside the stated figure,
# operands of one unit noun, a match within the stated figure's own precision, a binding word for
# every sum. Spans of time and values per unit are no operands of the search.

_SEARCH_SHARE = _phrases(rules.SEARCH_SHARE_CUES)
_SEARCH_SHARE_AFTER = _phrases(rules.SEARCH_SHARE_AFTER)
_SEARCH_TOTAL_BINDERS = _phrases(rules.SEARCH_TOTAL_BINDERS)
#: the readers' own table where the words are the same, so that its scan of an article is shared
_SEARCH_PARTS_BINDERS = _PARTS_CUES if rules.SEARCH_PARTS_BINDERS == rules.PARTIAL_PARTS_CUES + rules.EXHAUSTIVE_PARTS_CUES \
    else _phrases(rules.SEARCH_PARTS_BINDERS)
_SEARCH_LINK = _phrases(rules.SEARCH_LINK_WORDS)
_SEARCH_DIFFERENCE = _phrases(rules.SEARCH_DIFFERENCE_CUES)
_SEARCH_AVERAGE = _AVERAGE if rules.SEARCH_AVERAGE_CUES == rules.AVERAGE_CUES else _phrases(rules.SEARCH_AVERAGE_CUES)
_CLASSIFIERS = frozenset(rules.CLASSIFIERS)
_SEARCH_TIME_UNITS = frozenset(rules.RELATION_TIME_UNITS) | frozenset(rules.TIME_UNITS)
#: What a search operand's noun is not: none, or a span of time.
_NO_SEARCH_NOUN = _SEARCH_TIME_UNITS | {None}
#: A value per unit written with a slash after its unit: "4 triệu đồng/kWp".
_PER_SLASH = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]?){0,2}/[ \t]*[^\W\d_]")


def _figures_of(rel: Relation) -> frozenset[int]:
    return frozenset(e.start for e in rel.evidence)


def _search(doc: _Doc) -> Iterator[Relation]:
    """Every stated figure no reader bound that the operands of a window make hold (one each);
    not the figures of a relation found already, said again of another of them (150 + 20 = 170
    where a reader found 170 − 150 = 20)."""
    searchable = _searchable(doc)
    if not searchable:
        return   # no figure has two operands near it: the cue words of the search are not looked for
    for i in _search_candidates(doc):
        f = doc.figs[i]
        if f.start in doc.claimed or i not in searchable:
            continue
        if f.kind is Kind.PERCENT:
            rel = _search_percent(doc, i)
        elif doc.is_operand(f):   # each asks its cue first, then whether f is an operand of the search
            rel = _search_multiple(doc, i) or _search_average(doc, i) or _search_difference(doc, i) \
                or _search_sum(doc, i)
        else:
            rel = None
        if rel is not None and _figures_of(rel) not in doc.bound:
            yield rel


#: How far after a cue word (in characters) the figure it introduces may stand: "tổng cộng, hãng
#: đã giao 36.396", "trung bình mỗi năm hơn 2.320", "chênh lệch 7", "gấp hơn 10".
_CUE_REACH = 40
#: How many key figures before a word of parts may be the total its parts are of: "16 đội ... giai
#: đoạn hai. Thành phần gồm 12 đội ... và bốn đội".
_TOTALS_BEFORE_PARTS = 3



def _searchable(doc: _Doc) -> set[int]:
    """The key figures with two operands or more (itself left out) in their sentence and the
    sentences on either side: the search can say nothing of any other. Each of its questions reads
    two values or more of a window (a pair of `_search_pairs`, a total and a count of the average,
    a run of parts of the sum), every window is within those sentences (`_windows`), and it holds
    operands only. Counted per sentence, before any cue word of the search is looked for."""
    per_sentence: dict[int, int] = {}
    for k, f in enumerate(doc.figs):
        if f.start in doc.operand:
            s = doc.sentence[k]
            per_sentence[s] = per_sentence.get(s, 0) + 1
    if sum(per_sentence.values()) < 2:
        return set()
    found = set()
    for i, f in enumerate(doc.figs):
        s = doc.sentence[i]
        near = per_sentence.get(s - 1, 0) + per_sentence.get(s, 0) + per_sentence.get(s + 1, 0)
        if near - (f.start in doc.operand) >= 2:
            found.add(i)
    return found


def _search_candidates(doc: _Doc) -> list[int]:
    """The key figures the search asks about, found from its cue words (each article's cues are
    found once), not by asking every figure: the percentages; the figures just after a word of
    totals, of differences, of averages or of multiples; the few just before a word of parts. A text
    spelt with combining accents has its cues found only once composed: every figure is asked."""
    if doc.decomposed:
        return list(range(len(doc.figs)))
    starts = doc.fig_starts
    found = set(_percents(doc))
    for phrases in (_SEARCH_TOTAL_BINDERS, _SEARCH_DIFFERENCE, _AVERAGE, _TIMES):
        for _, end in doc.cue_positions(phrases):   # the figures starting within _CUE_REACH after it
            found.update(range(bisect_left(starts, end), bisect_right(starts, end + _CUE_REACH)))
    for start, _ in doc.cue_positions(_SEARCH_PARTS_BINDERS):
        k = bisect_left(starts, start)
        found.update(range(max(0, k - _TOTALS_BEFORE_PARTS), k))
    return sorted(found)


def _is_search_operand(doc: _Doc, f: Figure) -> bool:
    """An operand with a unit noun that is no span of time and no value per unit."""
    known = doc.search_operands.get(f.start)
    if known is None:
        known = doc.search_operands[f.start] = doc.is_operand(f) and _noun(doc, f) not in _NO_SEARCH_NOUN \
            and not _PER_SLASH.match(doc.text, f.end) and not _per_unit_after(_words_after(doc, f))
    return known


def _words_after(doc: _Doc, f: Figure) -> tuple:
    """The tokens of the 24 characters after f, read once (its noun, whether it is per unit)."""
    after = doc.after_tokens.get(f.start)
    if after is None:
        after = doc.after_tokens[f.start] = doc.tokens(f.end, min(len(doc.text), f.end + 24))
    return after


def _per_unit_after(after: tuple) -> bool:
    """As `_is_per_unit`, from the tokens after the value (none of the first three opening a phrase
    of `_PER_EACH`: no, at once)."""
    if _PER_EACH.by_first.keys().isdisjoint(after[:3]):
        return False
    return any(_starts_with(after[k:], _PER_EACH) for k in range(min(len(after), 3)))


def _windows(doc: _Doc, i: int, after: bool = False) -> Iterator[tuple[int, list[int]]]:
    """(first sentence, operands) of the windows around key figure i, narrowest first: its
    sentence, it with the sentence before, and (`after`) it with the sentence after; the
    operands (indices, i left out) nearest to figure i first, at most rules.SEARCH_MAX_OPERANDS."""
    s, at = doc.sentence[i], doc.figs[i].start
    seen: list[int] | None = None
    for lo, hi in ((s, s), (s - 1, s)) + (((s, s + 1),) if after else ()):
        if lo < 0 or hi >= len(doc.spans):
            continue
        ks = _nearest_operands(i, at, *_window_operands(doc, lo, hi))
        if ks and ks != seen:
            seen = ks
            yield lo, ks


def _window_operands(doc: _Doc, lo: int, hi: int) -> tuple[list[int], list[int]]:
    """(indices, starts) of the search operands of sentences lo..hi, in order, listed once per
    window: a long sentence of many figures was filtered again for each of its figures."""
    key = (lo, hi)
    found = doc.window_operands.get(key)
    if found is None:
        if lo == hi:
            ks = [k for k in range(bisect_left(doc.sentence, lo), bisect_left(doc.sentence, lo + 1))
                  if _is_search_operand(doc, doc.figs[k])]
        else:   # key figures are in order of their sentence: those of each sentence, one after the other
            ks = [k for s in range(lo, hi + 1) for k in _window_operands(doc, s, s)[0]]
        found = doc.window_operands[key] = (ks, [doc.figs[k].start for k in ks])
    return found


def _nearest_operands(i: int, at: int, ks: list[int], starts: list[int]) -> list[int]:
    """The rules.SEARCH_MAX_OPERANDS operands of `ks` (i left out) nearest to position `at`,
    nearest first, the earlier first at equal distance: read outwards from `at`, not sorted."""
    out: list[int] = []
    right = bisect_left(starts, at)
    left = right - 1
    while len(out) < rules.SEARCH_MAX_OPERANDS and (left >= 0 or right < len(ks)):
        if right >= len(ks) or left >= 0 and at - starts[left] <= starts[right] - at:
            k, left = ks[left], left - 1
        else:
            k, right = ks[right], right + 1
        if k != i:
            out.append(k)
    return out


def _noun(doc: _Doc, f: Figure) -> str | None:
    """What a value counts: its unit, else the word right after it (a classifier passed over)."""
    if f.start not in doc.nouns:
        noun = f.unit
        if noun is None:
            after = _words_after(doc, f)
            after = after[1:] if after[:1] and after[0] in _CLASSIFIERS else after
            # a word of one letter is no noun: "0,25 x điểm" multiplies
            noun = after[0] if after and after[0][0].isalpha() and len(after[0]) > 1 else None
        doc.nouns[f.start] = noun
    return doc.nouns[f.start]


def _same_noun(doc: _Doc, a: Figure, b: Figure) -> bool:
    """Do a and b count one thing: one kind, and units that fit or one word after both?"""
    if a.kind is not b.kind:
        return False
    if a.unit and b.unit:
        return compare.units_compatible(a.unit, b.unit)
    na = _noun(doc, a)
    return na is not None and na == _noun(doc, b)


def _search_interval(f: Figure) -> Interval:
    """The values a figure allows in the search: its written precision where it is fine (at most
    rules.SEARCH_PRECISION_SHARE of the value), and a qualifier at most rules.SEARCH_TOLERANCE of
    it away, on its side."""
    v = float(f.value)
    t = rules.SEARCH_TOLERANCE * abs(v)
    half = f.precision / 2 if f.precision / 2 <= rules.SEARCH_PRECISION_SHARE * abs(v) else 0.0
    if f.qualifier in ("about", "nearly", "more_than", "less_than"):
        lo = v if f.qualifier == "more_than" else v - t
        hi = v if f.qualifier in ("nearly", "less_than") else v + t
        return Interval(lo - half, hi + half)
    if f.qualifier:
        return compare.interval_of(f)
    return Interval(v - half, v + half)


#: Words of change that end with a qualifier's word ("cao hơn", "ít hơn"): the figure after them
#: is no "hơn X".
_COMPARATIVES = _phrases(w for w in rules.INCREASE_WORDS + rules.DECREASE_WORDS if " " in w)


def _said_percent(doc: _Doc, f: Figure) -> Interval:
    """A percentage as rounded to its written precision (86% is 85,5–86,5: the search allows no
    truncation), or its qualifier's values ("cao hơn 11%" is 11%, not more)."""
    if f.qualifier is not None and not _ends_with(doc.words_before(f, 2), _COMPARATIVES):
        return compare.interval_of(f)
    v, half = float(f.value), (f.precision or 1.0) / 2
    return Interval(v - half, v + half, False, True)


def _linked(doc: _Doc, i: int) -> bool:
    """Does figure i's sentence restate the one before or list its parts, before the figure?"""
    return doc.says(_SEARCH_LINK) and _contains(doc.sentence_lead(i), _SEARCH_LINK)


def _search_pairs(doc: _Doc, i: int, before_ok: bool) -> Iterator[tuple[Figure, Figure]]:
    """Pairs of distinct values of one unit noun in figure i's sentence, nearest first, and where
    `before_ok`, in it with the sentence before."""
    tried: set[tuple[int, int]] = set()
    s = doc.sentence[i]
    for _, ks in _windows(doc, i):
        for x in range(len(ks)):
            for y in range(x + 1, len(ks)):
                ka, kb = ks[x], ks[y]
                if not before_ok and (doc.sentence[ka] != s or doc.sentence[kb] != s):
                    continue
                a, b = doc.figs[ka], doc.figs[kb]
                key = (min(ka, kb), max(ka, kb))
                if key in tried or a.value == b.value or not _same_noun(doc, a, b):
                    continue
                tried.add(key)
                yield a, b


def _search_percent(doc: _Doc, i: int) -> Relation | None:
    """A percentage that two values of one unit noun make hold: a share (a / b) after a word of
    shares in its clause, or a change ((b − a) / a) in the direction the word just before it
    says. A value right before the percentage in its clause is what it is said of: it must be one
    of the two. The operands stand in its sentence, or in the sentence before where a link word
    (`_linked`) or a rate ("Tỷ lệ tăng trưởng 93,1%") points to it. A bound ("dưới 2%") is no share.
    """
    stated = doc.figs[i]
    if isinstance(stated.value, tuple) or stated.value <= 0 or stated.qualifier in ("less_than", "at_most"):
        return None
    j, lead = _lead_of(doc, i)
    if "win" in lead.cues:
        return None
    direction = _direction(lead.cues)
    pairs = _search_pairs(doc, i, before_ok="rate" in lead.cues or _linked(doc, i))
    first = next(pairs, None)  # no pair of values (a text of percentages only): nothing to read
    if first is None or not direction and not _said_as_share(doc, i, lead):
        return None
    said_of = doc.figs[j] if j is not None and doc.is_operand(doc.figs[j]) and _is_plain(lead.rest, 8) else None
    said = _said_percent(doc, stated)
    for a, b in chain([first], pairs):
        if said_of is not None and said_of not in (a, b):
            continue
        small, large = sorted((a, b), key=lambda f: float(f.value))
        if direction:
            old, new = (small, large) if direction > 0 else (large, small)
            computed = (float(new.value) - float(old.value)) / float(old.value) * 100
            if said.contains(abs(computed)):
                return _relation(doc.text, "percent_change",
                                 f"({fmt(new.value)} − {fmt(old.value)}) / {fmt(old.value)} × 100 = {fmt(computed)}%",
                                 computed, stated, True, sorted((old, new), key=_start))
            continue
        part, whole = (large, small) if stated.value > 100 else (small, large)
        if _said_as_change(doc, part):   # "tăng 41,45 điểm, tương đương 0,70%": a change, of another base
            continue
        computed = float(part.value) / float(whole.value) * 100
        if said.contains(computed):
            return _relation(doc.text, "percent_of_total",
                             f"{fmt(part.value)} / {fmt(whole.value)} × 100 = {fmt(computed)}%",
                             computed, stated, True, sorted((part, whole), key=_start))
    return None


def _said_as_share(doc: _Doc, i: int, lead: _Lead) -> bool:
    """Is percentage i said as a share: a word of shares before it (in its clause) or a word
    naming a whole right after it ("27% số hộ")?"""
    f = doc.figs[i]
    return bool({"share", "achieve", "rate"} & lead.cues) \
        or doc.says(_SEARCH_SHARE) and _contains(doc.sentence_lead(i), _SEARCH_SHARE) \
        or doc.says(_SEARCH_SHARE_AFTER) and bool(_starts_with(doc.tokens(f.end, min(len(doc.text), f.end + 16)), _SEARCH_SHARE_AFTER))


def _said_as_change(doc: _Doc, f: Figure) -> bool:
    """Is f written as a change ("tăng 20 triệu", "giảm đến 60.000 đồng")?"""
    return doc.says(_SEARCH_DIFFERENCE) and doc.near_cue(_SEARCH_DIFFERENCE, f.start - 30, f.start) and bool(_ends_with(_without_trailing_fillers(doc.words_before(f, 4)), _SEARCH_DIFFERENCE))


def _search_sum(doc: _Doc, i: int) -> Relation | None:
    """A total that 2 to 8 values of its unit noun add up to, contiguous among those of the window,
    before it or after it, with a binding word (`_sum_bound`). A value written as a change
    ("tăng 20 triệu") is no total."""
    total = doc.figs[i]
    if not _operands_of_kind_near(doc, i, rules.SEARCH_MIN_PARTS, after=True, below=True) \
            or not _may_bind(doc, i) or _said_as_change(doc, total) or not _is_search_operand(doc, total):
        return None
    before_ok, after_ok = _sum_may_bind(doc, i)
    if not (before_ok or after_ok) or not _may_have_smaller_parts(doc, i):
        return None
    said = _search_interval(total)
    sizes = range(rules.SEARCH_MIN_PARTS, rules.SEARCH_MAX_PARTS + 1)
    for _, ks in _windows(doc, i, after=True):
        same = sorted([k for k in ks if _same_noun(doc, doc.figs[k], total)] + [i])
        at = same.index(i)
        runs = [same[at - n:at] for n in sizes if n <= at] if before_ok else []
        runs += [same[at + 1:at + 1 + n] for n in sizes] if after_ok else []
        for run in runs:
            if len(run) < rules.SEARCH_MIN_PARTS:
                continue
            parts = [doc.figs[k] for k in run]
            if any(p.value >= total.value for p in parts):
                continue
            s = sum(float(p.value) for p in parts)
            allowed = [_search_interval(p) for p in parts]
            lo = sum(a.lo for a in allowed)
            hi = sum(a.hi for a in allowed)
            if _holds(s, lo, hi, said, total) and _sum_bound(doc, total, parts):
                formula = " + ".join(fmt(p.value) for p in parts) + f" = {fmt(s)}"
                return _relation(doc.text, "sum_of_parts", formula, s, total, True, parts)
    return None


def _operands_of_kind_near(doc: _Doc, i: int, need: int, *, after: bool = False, below: bool = False) -> bool:
    """Do `need` operands of figure i's kind (i left out; `below`: each smaller than it) stand in its
    sentence or the one before (`after`: or the one after)? Every window of the search is within
    those sentences and holds operands only, and its sums, differences and pairs read values of the
    figure's kind (`_same_noun` asks one kind first) two or more at a time: where this does not
    hold, `_search_sum` (`below`, after) and `_search_difference` find nothing, and are not asked
    the nouns and cue words that cost the search most. Counted over the key figures, before any
    token is read."""
    f, s = doc.figs[i], doc.sentence[i]
    values = _operand_values(doc)
    found = 0
    for t in range(s - 1, s + 2 if after else s + 1):
        of_kind = values.get((t, f.kind))
        if of_kind:   # i itself, an operand of its kind, is no value smaller than its own, and is left out
            found += bisect_left(of_kind, f.value) if below else len(of_kind) - (t == s and doc.is_operand(f))
    return found >= need


def _operand_values(doc: _Doc) -> dict[tuple[int, Kind], list]:
    """{(sentence, kind): the values of its operands of that kind, sorted}, listed once per article:
    `_operands_of_kind_near` counts by bisection, not by reading every figure of three sentences
    for each figure it is asked of (a text of thousands of short lists asks it of each)."""
    if doc.operand_values is None:
        found: dict[tuple[int, Kind], list] = {}
        for k, f in enumerate(doc.figs):
            if f.start in doc.operand:
                found.setdefault((doc.sentence[k], f.kind), []).append(f.value)
        for values in found.values():
            values.sort()
        doc.operand_values = found
    return doc.operand_values


def _may_have_smaller_parts(doc: _Doc, i: int) -> bool:
    """Could a window of total i hold rules.SEARCH_MIN_PARTS values of its noun, each smaller than
    it (what every run `_search_sum` sums needs)? Counted over the operands of its sentence and the
    sentences on either side (every window is within them), before any window is read: in a run
    of values ("trong đó 1 và 2 trong đó 1 và 2 ...") a value's noun is the word after it, and
    those of one noun are equal. A total with a unit is not counted: units agree by compatibility."""
    total = doc.figs[i]
    if total.unit:
        return True
    key, s = (total.kind, _noun(doc, total)), doc.sentence[i]
    smaller = 0
    for t in range(max(0, s - 1), min(len(doc.spans), s + 2)):
        values = _values_by_noun(doc, t).get(key)
        if values:
            smaller += bisect_left(values, total.value)
    return smaller >= rules.SEARCH_MIN_PARTS


def _values_by_noun(doc: _Doc, s: int) -> dict[tuple, list]:
    """{(kind, noun): the values of sentence s's search operands of that noun, sorted}, listed once
    (`_same_noun` of a figure and a total without a unit: one kind, one noun)."""
    found = doc.values_by_noun.get(s)
    if found is None:
        found = doc.values_by_noun[s] = {}
        for k in _window_operands(doc, s, s)[0]:
            f = doc.figs[k]
            found.setdefault((f.kind, _noun(doc, f)), []).append(f.value)
        for values in found.values():
            values.sort()
    return found


def _sum_may_bind(doc: _Doc, i: int) -> tuple[bool, bool]:
    """(whether parts before total i, and whether parts after it, can pass `_sum_bound`),
    asked once per total before any window is read. A word of totals before it binds parts on
    either side; without one, parts before it are never bound, and parts after it need a word
    of parts, and no number, between it and the first of them: that first part stands before
    the next digit of the masked text (a digit opens a token of its own, "#"), so only the few
    key figures up to there can be it."""
    total = doc.figs[i]
    if _contains(doc.tokens_before(total), _SEARCH_TOTAL_BINDERS):   # the 40 characters before it
        return True, True
    digit = _DIGIT.search(doc.masked, total.end)
    last = len(doc.text) if digit is None else digit.start()
    starts = doc.fig_starts
    after = False
    for k in range(i + 1, bisect_right(starts, last)):
        between = doc.gap_tokens(i) if k == i + 1 else doc.tokens(total.end, starts[k])
        if "#" not in between and _contains(between, _SEARCH_PARTS_BINDERS):
            after = True
            break
    return False, after


def _may_bind(doc: _Doc, i: int) -> bool:
    """A cheap first look for `_sum_bound`: a word of totals in the 40 characters before figure i,
    or a word of parts in the sentence or so after it."""
    f = doc.figs[i]
    return doc.near_cue(_SEARCH_TOTAL_BINDERS, f.start - _CUE_REACH, f.start) \
        or doc.near_cue(_SEARCH_PARTS_BINDERS, f.end, f.end + _MAX_TEXT)


def _holds(computed: float, lo: float, hi: float, said: Interval, stated: Figure) -> bool:
    """Does the value computed from the written operands meet what the stated figure allows, or do
    the values the operands allow (lo to hi), when they are few enough to say something of it?"""
    return said.contains(computed) or Interval(lo, hi).meets(said) \
        and hi - lo <= 2 * rules.SEARCH_TOLERANCE * abs(float(stated.value))


def _sum_bound(doc: _Doc, total: Figure, parts: list[Figure]) -> bool:
    """Does a word of totals stand just before the total, or a word of parts between it and its
    first part after it (no other number between)? "gồm" or "trong đó" ahead of the total binds
    nothing to it ("gồm 4 phụ nữ ... 2 người đàn ông ... 2 nạn nhân"), nor one before parts listed
    ahead of a total ("3,8 triệu lượt khách trong đó hơn 2 triệu ..., hơn 10 triệu ... khoảng 12,1
    triệu": those are parts of another)."""
    before_total = doc.tokens_before(total)   # the 40 characters before it
    if _contains(before_total, _SEARCH_TOTAL_BINDERS):
        return True
    first = parts[0]
    if first.start < total.start:
        return False
    between = doc.tokens(total.end, first.start)
    return "#" not in between and _contains(between, _SEARCH_PARTS_BINDERS)


def _search_difference(doc: _Doc, i: int) -> Relation | None:
    """A value written as a change ("tăng 12 người", "chênh lệch 200 triệu") that two other values
    of its unit noun make, the larger less the smaller; two values that are changes themselves are
    items of one list ("giảm 60.000 đồng ..., giảm 40.000 đồng ..., giảm 100.000 đồng"), not a pair."""
    stated = doc.figs[i]
    if not doc.says(_SEARCH_DIFFERENCE) or not _operands_of_kind_near(doc, i, 2) \
            or not _said_as_change(doc, stated) or not _is_search_operand(doc, stated):
        return None
    said = _search_interval(stated)
    for a, b in _search_pairs(doc, i, before_ok=_linked(doc, i)):
        if stated.value in (a.value, b.value) or not _same_noun(doc, a, stated) \
                or _said_as_change(doc, a) or _said_as_change(doc, b):
            continue
        small, large = sorted((a, b), key=lambda f: float(f.value))
        computed = float(large.value) - float(small.value)
        s_i, l_i = _search_interval(small), _search_interval(large)
        if _holds(computed, l_i.lo - s_i.hi, l_i.hi - s_i.lo, said, stated):
            return _relation(doc.text, "difference", f"{fmt(large.value)} − {fmt(small.value)} = {fmt(computed)}",
                             computed, stated, True, sorted((small, large), key=_start))
    return None


def _search_average(doc: _Doc, i: int) -> Relation | None:
    """A value after "trung bình"/"bình quân" that a total of its unit noun divided by a count of
    another noun makes, rounded as an average may be."""
    avg = doc.figs[i]
    if not doc.says(_SEARCH_AVERAGE) or not doc.may_hold(_SEARCH_AVERAGE, avg.start - _BEFORE, avg.start) \
            or not _contains(doc.words_before(avg, 6), _SEARCH_AVERAGE) or not _is_search_operand(doc, avg):
        return None
    said = _stated_interval(avg, rounded=True)
    s, before_ok = doc.sentence[i], _linked(doc, i)
    for _, ks in _windows(doc, i):
        near = [doc.figs[k] for k in ks if not doc.figs[k].qualifier and (before_ok or doc.sentence[k] == s)]
        totals = [t for t in near if _same_noun(doc, t, avg) and t.value > avg.value]
        counts = [n for n in near if n.kind is Kind.COUNT and n.value >= 2 and float(n.value).is_integer()
                  and not _same_noun(doc, n, avg)]
        for t in totals:
            for n in counts:
                computed = float(t.value) / float(n.value)
                if said.contains(computed):
                    return _relation(doc.text, "average", f"{fmt(t.value)} / {fmt(n.value)} = {fmt(computed)}",
                                     computed, avg, True, sorted((t, n), key=_start))
    return None


def _search_multiple(doc: _Doc, i: int) -> Relation | None:
    """ "gấp N lần" that two values of one unit noun make, the larger over the smaller."""
    stated = doc.figs[i]
    if stated.unit not in _TIMES_UNITS or not _ends_with(_without_trailing_fillers(_clause_before(doc, i, 24)), _TIMES):
        return None
    said = _search_interval(stated)
    if stated.qualifier in ("more_than", "at_least"):
        said = Interval(float(stated.value), 1.5 * float(stated.value), True, False)
    elif not stated.qualifier and (not stated.precision or stated.precision >= 1):   # "gấp 3 lần": 2,5 to 3,5
        said = Interval(float(stated.value) - 0.5, float(stated.value) + 0.5, False, True)
    for a, b in _search_pairs(doc, i, before_ok=_linked(doc, i)):
        small, large = sorted((a, b), key=lambda f: float(f.value))
        computed = float(large.value) / float(small.value)
        if said.contains(computed):
            return _relation(doc.text, "ratio", f"{fmt(large.value)} / {fmt(small.value)} = {fmt(computed)}",
                             computed, stated, True, sorted((small, large), key=_start))
    return None


#: In order: the first reader that binds a stated figure keeps it.
_READERS = (_ratio_share, _share_part_in_brackets, _part_of_whole, _record, _plan_share, _change_with_level,
            _change_then_compared, _change_from_to, _change_compared,
            _share_of_whole, _bracketed_share_of_whole_before, _parts, _parts_in_words, _average, _excess, _spread_of_pair,
            _listed_after_total, _total_after_parts, _times, _remainder, _rest_after_part, _share_loosely,
            _per_unit_range,
            _parts_in_sentence_after, _parts_of_noun_named_again, _parts_after_with, _outcome_parts, _raised_total, _counted_total, _per_each,
            _share_of_anaphor, _rest_of_shares, _per_unit_restated, _price_by_area, _shares_of_listed_sum, _gap_compared,
            _worked_out_rest, _plan_share_by_measure, _change_by_measure)


# --- triggers: what each reader needs before it can find anything -----------------------------
#
# A trigger is a NECESSARY condition of its reader finding anything, asked of the article's
# `TextCues` before the reader runs: where it does not hold, the reader would return nothing,
# so skipping it changes no answer (and, the readers being run in order with the first to bind
# a stated figure keeping it, none of the others'). tests/test_checks_speed.py ("session 9,
# round 2") holds each trigger necessary on generated texts and our fixture sentences;
# benchmarks/relations_hash.py runs the readers with them over the shared data.

#: The readers that read only percentages: each yields only from a percentage figure of the
#: article (`_percents`, or `_positive_percents_opening`'s figures of kind PERCENT), and the
#: figure reader makes one only where "%" or "phần trăm" follows a number (`extract._PERCENT`).
_PERCENT_READERS = frozenset({
    _ratio_share, _share_part_in_brackets, _part_of_whole, _record, _plan_share, _change_with_level,
    _change_then_compared, _change_compared, _share_of_whole, _bracketed_share_of_whole_before, _share_loosely, _share_of_anaphor, _rest_of_shares,
    _shares_of_listed_sum, _plan_share_by_measure, _change_by_measure})
#: The readers in order, those of percentages left out (the order of the rest is kept).
_READERS_WITHOUT_PERCENTS = tuple(r for r in _READERS if r not in _PERCENT_READERS)


def _may_hold_percents(cues: TextCues) -> bool:
    """Could the article hold a percentage figure? Only with "%" or a word of percent in it; a
    text spelt with combining accents is not asked (its words are found only once composed)."""
    return cues.holds("%") or any(cues.holds(w) for w in rules.PERCENT_WORDS) or cues.decomposed()


def _readers_opened(cues: TextCues) -> tuple:
    """The readers whose triggers hold in the article of `cues`, in `_READERS`' order."""
    return _READERS if _may_hold_percents(cues) else _READERS_WITHOUT_PERCENTS
