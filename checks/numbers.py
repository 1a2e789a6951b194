"""Turn written numbers into values: digit strings the Vietnamese way, and number words.

Digit grouping rule (documented in docs/CHECKER.md):

1. Two or more of the same separator ("1.750.000", "1,750,000") group thousands,
   if every group after the first has exactly three digits.
2. Both separators: the last one is the decimal mark ("1.234,5", "1,234.5").
3. One separator followed by other than three digits is a decimal mark:
   "77,25", "0,7", "3,2", and the English-style "1.5".
4. One separator followed by exactly three digits: "." groups thousands
   ("25.529" = 25 529), the Vietnamese convention; "," is a decimal mark when the
   integer part is 0 ("0,125"), when a scale word follows ("1,125 tỷ"), or when the
   text writes decimals with commas elsewhere; otherwise it groups thousands
   (an English-style "1,000" in otherwise Vietnamese text).

A digit string longer than `MAX_DIGITS` digits is too long to be a quantity (no news
figure has a hundred digits; a run of 310 would not fit a float, and one of 4,301 not
Python's int-from-string limit): it parses to None like a malformed one, and is read as
an identifier. The bound also keeps every value, once scaled by "nghìn tỷ" and
multiplied or divided with another, finite.
"""
from __future__ import annotations

from typing import NamedTuple

from . import rules


#: The most digits a quantity may be written with (see the module docstring).
MAX_DIGITS = 100


class Parsed(NamedTuple):
    value: float
    precision: float     # place value of the last written digit: 77,25 -> 0.01
    decimals: int        # digits after the decimal mark


def parse_digits(s: str, *, comma_decimal: bool | None = None, scaled: bool = False) -> Parsed | None:
    """Parse a digit string such as "25.529", "77,25" or "1.750.000".

    `comma_decimal` is the text's own convention when known (True: it writes
    "77,25"); `scaled` says a scale word follows. Returns None when the string is
    not a well-formed number (e.g. "1.1.1" or "12.34.567"), which callers treat
    as an identifier (an address, a version), and when it has more than
    `MAX_DIGITS` digits.
    """
    dots = s.count(".")
    commas = s.count(",")
    if len(s) - dots - commas > MAX_DIGITS:
        return None
    if not dots and not commas:
        return Parsed(float(int(s)), 1.0, 0)
    if dots and commas:
        # rule 2: the last separator is the decimal mark
        dec_mark = "," if s.rfind(",") > s.rfind(".") else "."
        group_mark = "." if dec_mark == "," else ","
        if s.count(dec_mark) != 1:
            return None
        int_part, frac = s.split(dec_mark)
        if not _well_grouped(int_part, group_mark):
            return None
        return _decimal(int_part.replace(group_mark, ""), frac)
    mark = "." if dots else ","
    parts = s.split(mark)
    if len(parts) > 2:  # rule 1
        if not _well_grouped(s, mark):
            return None
        return Parsed(float(int(s.replace(mark, ""))), 1.0, 0)
    int_part, frac = parts
    if len(frac) != 3:  # rule 3
        return _decimal(int_part, frac)
    # rule 4: exactly three digits after one separator
    if int_part.strip("0") == "":
        return _decimal(int_part, frac)
    if mark == ",":
        if scaled or comma_decimal:
            return _decimal(int_part, frac)
    if len(int_part) > 3:
        return None
    return Parsed(float(int(int_part + frac)), 1.0, 0)


def _well_grouped(s: str, mark: str) -> bool:
    groups = s.split(mark)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _decimal(int_part: str, frac: str) -> Parsed:
    decimals = len(frac)
    return Parsed(float(f"{int(int_part)}.{frac}"), 10.0 ** -decimals, decimals)


def precision_of_integer(value: float) -> float:
    """The place value of the last non-zero digit: 2300 -> 100, 173 -> 1."""
    v = int(round(abs(value)))
    if v == 0:
        return 1.0
    p = 1
    while v % 10 == 0:
        v //= 10
        p *= 10
    return float(p)


# --- Number words ----------------------------------------------------------------

def parse_number_words(words: list[str]) -> tuple[float, int] | None:
    """Parse the longest prefix of `words` (lowercase) that is a Vietnamese number.

    Returns (value, words used) or None. "hai mươi mốt" -> 21, "một trăm linh
    năm" -> 105, "ba nghìn" -> 3000, "mười lăm" -> 15, "hai triệu rưỡi" ->
    2 500 000. "mười năm" is 10 (then the unit "năm"), because fifteen is "mười lăm".
    """
    total = 0.0
    i = 0
    used = 0
    last_scale = None
    n = len(words)
    while i < n:
        group, j = _parse_below_thousand(words, i)
        if j == i:
            break
        if j < n and words[j] in rules.SCALE_WORDS:
            scale = rules.SCALE_WORDS[words[j]]
            if j + 1 < n and words[j] in rules.THOUSAND_WORDS and words[j + 1] in rules.BILLION_WORDS:
                scale = 10**12
                j += 1
            if last_scale is not None and scale >= last_scale:
                break  # "ba nghìn hai nghìn" is two numbers, not one
            value = group * scale
            j += 1
            if j < n and words[j] in rules.HALF_AFTER:
                value += scale / 2
                j += 1
            total += value
            last_scale = scale
            i = used = j
            continue
        total += group
        i = used = j
        break
    if used == 0:
        return None
    return total, used


def _parse_below_thousand(words: list[str], i: int) -> tuple[float, int]:
    """One group below a thousand starting at words[i]; returns (value, next index)."""
    n = len(words)
    value = 0.0
    j = i
    # hundreds: "<digit> trăm"
    if j + 1 < n and words[j] in rules.DIGIT_WORDS and words[j + 1] in rules.HUNDRED_WORDS:
        value = rules.DIGIT_WORDS[words[j]] * 100
        j += 2
        if j < n and words[j] in rules.HALF_AFTER:       # "trăm rưỡi" = 150
            return value + 50, j + 1
        if j + 1 < n and words[j] in rules.ZERO_TENS_WORDS and words[j + 1] in rules.DIGIT_WORDS:
            return value + rules.DIGIT_WORDS[words[j + 1]], j + 2
    if j == i and j < n and words[j] in rules.HUNDRED_WORDS:  # "trăm tuổi" = 100, "trăm rưỡi" = 150
        if j + 1 < n and words[j + 1] in rules.HALF_AFTER:
            return 150.0, j + 2
        return float(rules.HUNDRED_WORDS[words[j]]), j + 1
    # tens: "mười [digit]" or "<digit> mươi [digit]"
    if j < n and words[j] in rules.TEN_WORDS:
        value += 10
        j += 1
        # "mười một" = 11 but "mười năm" = ten years: fifteen is "mười lăm"
        if j < n and words[j] in rules.AFTER_TENS_DIGITS and words[j] != rules.ONE_AFTER_TENS:
            return value + rules.AFTER_TENS_DIGITS[words[j]], j + 1
        if j < n and words[j] in rules.DIGIT_WORDS and words[j] not in rules.NOT_AFTER_TENS:
            return value + rules.DIGIT_WORDS[words[j]], j + 1
        return value, j
    if j + 1 < n and words[j] in rules.DIGIT_WORDS and words[j + 1] in rules.TENS_MARKERS:
        d = rules.DIGIT_WORDS[words[j]]
        if d >= 2:
            value += d * 10
            j += 2
            if j < n and words[j] in rules.AFTER_TENS_DIGITS:
                return value + rules.AFTER_TENS_DIGITS[words[j]], j + 1
            if j < n and words[j] in rules.DIGIT_WORDS and words[j] not in rules.NOT_AFTER_TENS:
                return value + rules.DIGIT_WORDS[words[j]], j + 1
            return value, j
    if j > i:  # "<digit> trăm" alone
        return value, j
    if j < n and words[j] in rules.DIGIT_WORDS:
        return float(rules.DIGIT_WORDS[words[j]]), j + 1
    return value, j


def roman_to_int(s: str) -> int | None:
    return rules.ROMAN_NUMERALS.get(s.upper())


def format_number(x: float, decimals: int | None = None) -> str:
    """A number the Vietnamese way: 25529 -> "25.529", 101.76 -> "101,76"."""
    if decimals is None:
        decimals = 0 if float(x).is_integer() else 2
    s = f"{abs(x):,.{decimals}f}"
    s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if decimals and "," in s:
        s = s.rstrip("0").rstrip(",")
    return ("-" if x < 0 else "") + s
