"""Find the figures in Vietnamese text.

Extractor, then parser, in the manner of Recognizers-Text: cheap anchors (digits,
Roman numerals, number words) say where a figure may start; there one master
regular expression (built from the tables in `rules.py`, one pattern per kind)
finds the candidate span; small functions then read each span's surroundings
(qualifier before; percent sign, scale word, range and unit after) and decide its
kind and value. The regular expressions only find; every decision is in Python,
next to its reason.
"""
from __future__ import annotations

import re
from functools import partial

from . import rules
from .numbers import MAX_DIGITS, parse_digits, parse_number_words, precision_of_integer, roman_to_int
from .types import Figure, Kind


def _alt(words) -> str:
    """A regex alternation of words, longest first, spaces matching any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def word_trie(words) -> str:
    """A regex alternation of words shaped as a trie ("b(?:a|ảy|ốn)|hai"): at each
    position `re` tests a few first letters instead of every word in turn."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def alternation(node: dict) -> str:
        branches = [re.escape(ch) + alternation(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
        return group + "?" if "" in node else group

    return alternation(tree)


def word_trie_at_word_start(words) -> str:
    """`(?<!\\w)(?:word_trie(words))`, the look-behind asked after each first letter: the same
    matches, from a pattern that opens with those letters, so that `re` skips from one to the
    next (one that opens with a look-behind, or with `\\b`, is tried at every position). Where
    every word opens with a word character, it is `\\b(?:word_trie(words))` too."""
    by_first: dict[str, set[str]] = {}
    for w in words:
        by_first.setdefault(w[0], set()).add(w[1:])
    return "(?:" + "|".join(f"{re.escape(c)}(?<!\\w{re.escape(c)}){word_trie(rest)}"
                            for c, rest in sorted(by_first.items())) + ")"


#: What may end a tally of games after its last number word: "hòa ba, thua một.".
_TALLY_END_MARKS = ",.;)!?"
_LETTER = r"[^\W\d_]"
_NUM = r"\d+(?:[.,]\d+)*"
_ROMAN = r"(?=[IVX])(?:XX|X{0,2}(?:IX|IV|V?I{0,3}))"
_START_WORDS = (set(rules.DIGIT_WORDS) | set(rules.TEN_WORDS) | set(rules.HUNDRED_WORDS)) \
    - rules.NUMBER_WORDS_NOT_OPENING
_CONT_WORDS = (set(rules.DIGIT_WORDS) | set(rules.AFTER_TENS_DIGITS) | set(rules.TEN_WORDS)
               | rules.TENS_MARKERS | set(rules.HUNDRED_WORDS) | rules.ZERO_TENS_WORDS
               | rules.HALF_AFTER | set(rules.SINGLE_SCALE_WORDS))
_SCALES = "|".join(rules.SINGLE_SCALE_WORDS)
#: The most words after the first that the "words" pattern reads. No number is
#: longer: `parse_number_words` reads at most four scaled groups ("nghìn tỷ", "tỷ",
#: "triệu", "nghìn", in that order) of up to eight words each ("chín trăm chín mươi
#: chín nghìn tỷ rưỡi") and a last group of up to five, and the match past what it
#: reads is never used. Without the bound, "hai mươi hai mươi ..." matched to the end
#: of the text at every number word: quadratic.
MAX_NUMBER_WORDS = 48
#: The most days one list of days of a month may give ("ngày 21 và 22 tháng 5", "6, 7 và 9/8").
MAX_LISTED_DAYS = 31
_MONTH_WORD = rules.MONTH_WORD
_DAY_JOINERS = "|".join(re.escape(j) if not j.isalpha() else f"(?i:{j})" for j in rules.DAY_LIST_JOINERS)
#: Every word a written-out number or a vague amount may begin with ("hai",
#: "một trăm", "hàng nghìn"): `relations` uses it to see whether a number is near a cue.
_OPENING_BEFORE_SCALE = {rules.ONE_WORD: rules.AFTER_ONE_OPENING, rules.FIVE_WORD: rules.AFTER_FIVE_OPENING}
NUMBER_START_WORDS = frozenset(_START_WORDS | set(_OPENING_BEFORE_SCALE) | {w.split()[0] for w in rules.VAGUE_AMOUNTS})


def spaced_alternatives(words, flags: str = "") -> str:
    """An alternation of words, longest first, a space inside one matching any run of white
    space; `flags` ("i": case-blind) apply inside the group only."""
    return f"(?{flags}:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True)) + ")"


def _any(words) -> str:
    """A case-blind alternation of words, a space inside one matching any run of spaces."""
    return spaced_alternatives(words, "i")


_ORDINAL_HEADS = _any(rules.ORDINAL_HEADS)
_ROMAN_HEADS = _any(rules.ROMAN_HEADS)
_WORD_ORDINAL_HEADS = _any(rules.WORD_ORDINAL_HEADS)
_ORDINAL_NUMBER_WORD = _any(rules.ORDINAL_WORDS)
_STREAK = _any(rules.STREAK_WORDS)
_ORD = _any([rules.ORDINAL_WORD])
_DAY = _any([rules.DAY_WORD])
_PART_OF_DAY = _any(rules.DAY_LIST_PARTS_OF_DAY)
_MONTH = _any([rules.MONTH_WORD])
_YEAR = _any([rules.YEAR_WORD])
_QUARTER = _any([rules.QUARTER_WORD])
_FROM = _any([rules.FROM_WORD])
_TO = _any(rules.RANGE_JOINER_WORDS)
_DECADE_JOINERS = "|".join(re.escape(j) if not j.isalpha() else rf"(?<=\s)(?i:{j})(?=\s)"
                           for j in rules.DECADE_LIST_JOINERS)
_HOUR = "|".join(rules.HOUR_WORDS)
_MINUTE = "|".join(rules.MINUTE_WORDS)

#: One pattern per kind of figure, tried in this order (the first that matches wins).
_PATTERNS = (
    ("phone", r"(?<![\d.,])(?:\+84\s?|\(0\d{1,3}\)\s?|0)\d{2,3}[ .]?\d{3}[ .]?\d{3,4}(?![\d.,]\d)"),
    # a stop before a capitalised word ("hôm 19/5.Chương trình ...") ends a sentence glued to
    # the next by a page that lost the space; it joins no code
    ("ident", r"(?<![\w/])\d+(?:/\d+)*(?:(?:[-/]|\.(?![A-ZĐ][^\W\dA-ZĐ_]))[A-ZĐ][A-ZĐ0-9]*)+(?:[-/][A-ZĐ0-9]+)*"),
    ("ordinal", rf"""{_ORDINAL_HEADS}\s+{_ORD}\s+(?:{_ROMAN}\b|\d+(?![\d.,]))
      | {_WORD_ORDINAL_HEADS}\s+{_ORD}\s+{_ORDINAL_NUMBER_WORD}\b(?=\s+{_STREAK})
      | {_ROMAN_HEADS}\s+{_ROMAN}\b"""),
    # "Khoảng 4h20, tài xế": a comma after the minutes ends the time ("4h20.5" is no time)
    ("time", rf"""(?<![\d.,:/])\d{{1,2}}\s?(?:{_HOUR})\s?\d{{2}}(?:\s?(?:{_MINUTE})\b)?(?!\d|[.,]\d)
      | (?<![\d.,:/])\d{{1,2}}h(?![\w])
      | (?<![\d.,:/])\d{{1,2}}:\d{{2}}(?![\d:])"""),
    # at most 31 days in a list (a month has no more): unbounded, "1, 2, 1, 2, ..." was read
    # to its end from every number in it and given up for want of a month, the square of its length
    ("daylist", rf"""(?:{_DAY}\s+)?(?<![\d.,/-])\d{{1,2}}(?:\s*(?:{_DAY_JOINERS})\s*(?:{_PART_OF_DAY}\s+)?\d{{1,2}}){{1,{MAX_LISTED_DAYS - 1}}}
        (?:/\d{{1,2}}(?:/\d{{4}})?|\s+{_MONTH}\s+\d{{1,2}}(?:\s+{_YEAR}\s+\d{{4}})?)(?![\d/.,]\d|[\d/])"""),
    # the second date of "5/6/2023-18/11/2024" follows a dash after a year
    ("dmy", r"(?:(?<![\d.,/-])|(?<=\d{4}[-–]))\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)\d{4}(?![\d])"),
    ("hdate", rf"(?i:{_alt(rules.DATE_OPENERS)})\s+\(?\d{{1,2}}-\d{{1,2}}(?!\d|[.,/-]\d|\s?%)"),
    ("ngay", rf"{_DAY}\s+\d{{1,2}}\s+{_MONTH}\s+\d{{1,2}}(?:\s+{_YEAR}\s+\d{{4}})?(?!\d|[.,]\d)"),
    # "tháng 3-7/2023": months of one year, one date each
    ("monthlist", rf"{_MONTH}\s+\d{{1,2}}(?:\s*(?:{_DAY_JOINERS})\s*\d{{1,2}}){{1,11}}(?:\s*/\s*\d{{4}}|\s+{_YEAR}\s+\d{{4}})(?![\d.,/-]\d)"),
    ("month", rf"{_MONTH}\s+\d{{1,2}}(?:\s*[/.-]\s*\d{{4}}|\s+{_YEAR}\s+\d{{4}})?(?![\d.,/-]\d)"),
    ("quarter", rf"{_QUARTER}\s+(?:IV|I{{1,3}}|[1-4])\b(?:\s*(?:/|-|{_YEAR})\s*\d{{4}})?"),
    ("period", rf"(?:{_FROM}\s+)?(?:{_YEAR}\s+)?(?:19|20)\d{{2}}\s*(?:-|–|—|{_TO})\s*(?:{_YEAR}\s+)?(?:19|20)\d{{2}}(?![\d.,]\d)"),
    # after "năm" any year of the last millennium: "năm 1776", "năm 1010"
    ("year", rf"{_YEAR}\s+(?:1\d|20)\d{{2}}(?![\d.,]\d)"),
    ("dm", r"(?<![\d.,/])\d{1,3}/\d{1,4}(?![\d/])"),
    # "thập niên 70, 80 và 90": short decades of the last century, one year each; a unit
    # after makes it a count ("những năm 30 tuổi")
    ("decade", rf"""(?i:{_alt(rules.DECADE_CUES)})\s+[3-9]0(?:\s*(?:{_DECADE_JOINERS})\s*[3-9]0)*
        (?![\d.,]\d|\d|\s?%|\s+(?i:{_alt(rules.UNIT_NOUNS)})\b)"""),
    ("vague", rf"(?i:{_alt(rules.VAGUE_AMOUNTS)})\b"),
    ("one", rf"(?i:{rules.ONE_WORD})(?=[ \t]+(?i:{_alt(rules.ONE_COUNTS_UNITS)})\b)"),
    ("half", rf"(?i:{rules.HALF_WORD})(?=[ \t]+(?i:{_alt(rules.HALF_OF_UNITS)})\b)"),
    # "hòa một", "chỉ thua một.": "một" ending a tally of games after a verb of a result
    ("tally", rf"""(?i:{"|".join(f"(?<={v}[ ])" for v in rules.RESULT_VERBS)}){rules.ONE_WORD}
        (?=[{re.escape(_TALLY_END_MARKS)}]|$|[ \t]+(?:{_alt(rules.TALLY_JOINERS)})\b)"""),
    ("score", r"(?<![\w.,/-])\d{1,3}[ \t]?[-–][ \t]?\d{1,3}(?![\d%-]|[.,/]\d|[ \t]?%)"),
    ("num", r"(?<![\w.,])\d+(?:[.,]\d+)*"),
    ("words", rf"""(?i:{rules.ONE_WORD}(?=\s+(?:{_alt(rules.AFTER_ONE_OPENING)})\b)
        |{rules.FIVE_WORD}(?=\s+(?:{_alt(rules.AFTER_FIVE_OPENING)}|{_alt(rules.UNIT_NOUNS)})\b)
        |{_alt(_START_WORDS)})\b(?:\s+(?i:{_alt(_CONT_WORDS)})\b){{0,{MAX_NUMBER_WORDS}}}"""),
)
#: The kinds whose pattern may match at a digit; the others open with a word
#: ("tháng 10", "lần thứ 2", "hai").
_DIGIT_FIRST = {"phone", "ident", "time", "daylist", "dmy", "period", "dm", "score", "num"}


def _master(kinds) -> re.Pattern:
    return re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _PATTERNS if name in kinds),
                      re.VERBOSE)


MASTER = _master({name for name, _ in _PATTERNS})
#: MASTER less the kinds that cannot start at a digit: the same first match there, found sooner.
_MASTER_AT_DIGIT = _master(_DIGIT_FIRST)
#: MASTER less the kinds that cannot start at a letter (those that open with a digit, "+" or
#: "("; a list of days and a period may open with "ngày", "từ", "năm"): the same first match
#: at a letter, found sooner.
_MASTER_AT_LETTER = _master({name for name, _ in _PATTERNS} - _DIGIT_FIRST | {"daylist", "period"})
#: What every digit-first kind but the plain number needs right after the first run of digits
#: (or, for a phone number, as that run's first digit "0"): a slash, a colon, a dot before a
#: capital or before a date's month, a dash, a comma, a joining word of a list of days or of a
#: period ("21 và 22 tháng 5", "2010 đến 2020"), or an hour word ("7 giờ 30", "4h20"). Where
#: it fails, MASTER can only read a plain number there, which its own pattern alone finds
#: several times sooner; most numbers in news ("170 đảng viên") are those.
_MORE_THAN_A_NUMBER = re.compile(
    r"0|\d+(?:[/:]|\.(?:[A-ZĐ]|\d{1,2}\.)|\s*(?:[-–—,]|(?i:"
    + word_trie({w for w in (*rules.DAY_LIST_JOINERS, *rules.RANGE_JOINER_WORDS, *rules.HOUR_WORDS) if w.isalpha()})
    + ")))")
#: At a digit, in one match: an empty group "more" where `_MORE_THAN_A_NUMBER` matches, else
#: MASTER's own plain number (group "num"), the match MASTER gives there.
_PLAIN_NUMBER_UNLESS_MORE = re.compile(f"(?=(?:{_MORE_THAN_A_NUMBER.pattern}))(?P<more>)|(?P<num>{dict(_PATTERNS)['num']})")
#: The first words of each kind MASTER may read from a letter (see _PATTERNS).
_OPENING_WORDS_OF_KIND = {kind: {phrase.split()[0] for phrase in phrases} for kind, phrases in {
    "ordinal": (*rules.ORDINAL_HEADS, *rules.ROMAN_HEADS, *rules.WORD_ORDINAL_HEADS), "daylist": (rules.DAY_WORD,),
    "hdate": rules.DATE_OPENERS, "ngay": (rules.DAY_WORD,), "monthlist": (rules.MONTH_WORD,),
    "month": (rules.MONTH_WORD,), "quarter": (rules.QUARTER_WORD,), "period": (rules.FROM_WORD, rules.YEAR_WORD),
    "year": (rules.YEAR_WORD,), "decade": rules.DECADE_CUES, "vague": rules.VAGUE_AMOUNTS, "one": (rules.ONE_WORD,),
    "half": (rules.HALF_WORD,), "words": (rules.ONE_WORD, rules.FIVE_WORD, *_START_WORDS)}.items()}
#: Where none of these words opens the text at a letter, MASTER finds nothing there.
_FIGURE_OPENING = re.compile(r"(?i:" + word_trie(set().union(*_OPENING_WORDS_OF_KIND.values())) + r")(?!\w)")


def _match_at(text: str, pos: int) -> re.Match | None:
    """`MASTER.match(text, pos)`, found sooner where what opens at pos rules kinds out."""
    c = text[pos]
    if c.isalpha():
        return _MASTER_AT_LETTER.match(text, pos) if _FIGURE_OPENING.match(text, pos) else None
    if c.isdecimal():  # what `\d` matches
        m = _PLAIN_NUMBER_UNLESS_MORE.match(text, pos)
        return _MASTER_AT_DIGIT.match(text, pos) if m is not None and m.lastgroup == "more" else m
    return MASTER.match(text, pos)

# What may follow a number: a percent sign, a scale word, the second half of a range.
_HALF = re.compile(rf"\s+{_any([rules.HALF_WORD])}\b")
_PERCENT = re.compile(rf"\s?%|\s+{_any(rules.PERCENT_WORDS)}\b")
_COMPOUND_SCALES = "|".join(r"\s+".join(w.split()) for w in rules.COMPOUND_SCALE_WORDS)
# "một tỷ phú" is a billionaire: a scale word before NOT_SCALE_AFTER names a person; "5 triệu
# chứng" counts symptoms (NOT_SCALE_PHRASES)
_SCALE = re.compile(rf"\s+(?!{_any(rules.NOT_SCALE_PHRASES)}\b)(?i:({_COMPOUND_SCALES}|{_SCALES}))\b"
                    rf"(?!\s+{_any(rules.NOT_SCALE_AFTER)}\b)"
                    rf"(?:\s+{_any(rules.HALF_AFTER)}\b)?")
_SUBSCALE = re.compile(rf"\s+(\d+(?:[.,]\d+)?)\s+(?i:({'|'.join(rules.SUBSCALE_WORDS)}))\b")
_RANGE_TAIL = re.compile(rf"\s*(?:-|–|—|{_TO})\s*({_NUM})")
#: What any of _PERCENT, _SCALE, _SHARED_SCALE_NEXT and _RANGE_TAIL must open with (spaces, then
#: a sign, a dash or the first word of one of their phrases): one match that fails says that
#: none of the four can, and most numbers are followed by none of them.
_FOLLOW_OPENINGS = re.compile(r"\s*(?:[%\-–—]|(?i:" + word_trie(
    {phrase.split()[0] for phrase in (*rules.PERCENT_WORDS, *rules.SINGLE_SCALE_WORDS, *rules.COMPOUND_SCALE_WORDS,
                                      *rules.RANGE_JOINER_WORDS, *rules.SHARED_SCALE_JOINERS)}) + "))")
_WORD = re.compile(r"[ \t]*([^\s\d.,;:!?()\[\]\"'“”‘’/%-]+|%)")
#: A second small number after a space alone: a range whose dash was lost ("3 4 đối tượng",
#: "20 30 triệu" from a model that drops dashes).
_BARE_RANGE_TAIL = re.compile(r"[ \t](\d{1,3})(?![\d.,:/%-]|[ \t]\d)")


def _bare_range(text: str, pos: int, raw: str, scaled: bool) -> re.Match | None:
    """The tail of a range written without its dash, only where it can be nothing else: two
    plain numbers of up to three digits, the second larger, at most twice the first."""
    if scaled or len(raw) > 3 or not text[pos + 1:pos + 2].isdigit() or not raw.isdigit():
        return None  # the cheap questions first: most numbers have no digit after the space
    m = _BARE_RANGE_TAIL.match(text, pos)
    if m is None:
        return None
    lo, hi = int(raw), int(m.group(1))
    return m if 0 < lo < hi <= 2 * lo else None


#: Units that may be written against the number ("5km", "100.000đ").
_ATTACHED_UNITS = rules.ATTACHED_UNITS
_MAX_UNIT_WORDS = max(len(k.split()) for k in list(rules.UNIT_NOUNS) + list(rules.MONEY_UNITS))


def extract_figures(text: str, *, lower: str | None = None) -> list[Figure]:
    """All figures in `text`, in order, with offsets into `text` itself.

    `lower` is `text.lower()` when the caller has it already (an article's facts
    keep one); it only saves lowercasing the text again.
    """
    return list(_iter_figures(text, lowercase(text) if lower is None else lower))


#: The letters whose lowercase is more than a letter's own: "İ" lowercases to two characters,
#: "Σ" to "ς" or "σ" by the letters around it (the one context Python's `str.lower` reads).
#: In a text without them, each slice of the text's lowercase is the lowercase of the slice.
_CONTEXT_CASED = ("\u0130", "\u03a3")


def lowercase_is_local(text: str) -> bool:
    """Is every slice of `text.lower()` the lowercase of that slice of `text` (offsets kept)?
    So where no letter of `_CONTEXT_CASED` stands: words can then be cut from the text's
    lowercase, made once, instead of lowercased one window at a time."""
    return not any(c in text for c in _CONTEXT_CASED)


def lowercase(text: str) -> str:
    """`text.lower()`, kept the same length so that offsets in it are offsets in
    `text`: a few letters outside Vietnamese ("İ") lowercase to two characters."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c.lower()[:1] or c for c in text)
    return lower


# Trying MASTER at every position of a text is slow in Python's `re`, so
# cheap anchors say where a figure may be (digits, Roman numerals, number
# words), and MASTER is tried only there and at the word or two before (for
# "tháng 10", "từ năm 2010", "lần thứ XI").
# The digit anchors are the starts of the runs of `\d`. A pattern that opens with a character
# class lets `re` skip ahead to the next digit in C (one that opens with a repeat, `\d+`, does
# not), and a class of ranges below U+10000 is one bitmap lookup a character where `\d` asks the
# Unicode tables: the scan takes about two thirds of the time. Characters above U+FFFF, where a
# few digits live too, are let in by one range and kept only where `\d` matches them.
#: The zero of each run of ten decimal digits below U+10000 (Unicode's Nd, what `\d` and
#: `str.isdecimal` know; a test holds the table to the running Python's).
_BMP_DIGIT_ZEROS = (
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50,
    0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40,
    0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10)
#: One `\d`, found through that bitmap: a pattern opening with it skips ahead to digits sooner.
_FIRST_DIGIT = ("[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _BMP_DIGIT_ZEROS)
                + f"{chr(0x10000)}-{chr(0x10FFFF)}]" + r"(?<=\d)")
_DIGIT_ANCHOR = re.compile(_FIRST_DIGIT + r"\d*")
#: A decimal comma somewhere in the text ("77,25"), found through the same bitmap.
_COMMA_DECIMAL = re.compile(_FIRST_DIGIT + r",(?:\d{1,2}|\d{4,})(?![\d.,])")
#: Roman numerals are rare capitals: found with str.find, no regex pass (a regex over the
#: three letters is three times slower).
_ROMAN_LETTERS = "IVX"
# Number words are found in the lowercased text with a space put in front: a
# literal first character lets `re` skip ahead fast.
_WORD_ANCHOR_WORDS = (_START_WORDS | {w.split()[0] for w in rules.VAGUE_AMOUNTS} | {rules.HALF_WORD}
                      # "một", "năm" alone are too common to anchor on: only before a scale word
                      | {f"{w} {s}" for w, after in _OPENING_BEFORE_SCALE.items() for s in after}
                      | {f"{rules.ONE_WORD} {u}" for u in rules.ONE_COUNTS_UNITS}
                      # or where it may end a tally of games ("chỉ thua một."; "tally" reads the verb)
                      | {f"{rules.ONE_WORD}{mark}" for mark in _TALLY_END_MARKS}
                      | {f"{rules.ONE_WORD} {w}" for w in rules.TALLY_JOINERS})
_WORD_ANCHOR = re.compile(" " + word_trie(_WORD_ANCHOR_WORDS) + r"(?!\w)")
#: "thứ" and an ordinal word ("lần thứ hai"): found by its literal opening, which `re` skips to
#: fast; the ordinal anchors at its head, the word before (see `_word_ordinal_anchors`). The
#: pattern asks the rest (a streak word after it).
_ORDINAL_WORD_ANCHOR = re.compile(f" {rules.ORDINAL_WORD} " + word_trie(rules.ORDINAL_WORDS) + r"(?!\w)")
#: What every match of `_ORDINAL_WORD_ANCHOR` opens with, written out.
_ORDINAL_WORD_OPENING = f" {rules.ORDINAL_WORD} "
#: Marks a number word may follow without a space: quotation marks and an opening bracket.
_OPENING_MARKS = "\"“‘'(["  # replaced one by one: str.replace is many times faster than str.translate
#: Words just before a digit that may open a longer figure ("tháng 10", "lần thứ 2").
_DIGIT_OPENERS = rules.DIGIT_OPENERS | {w.split()[-1] for w in rules.DATE_OPENERS} \
    | {w.split()[0] for w in rules.DATE_OPENERS} | {w.split()[-1] for w in rules.DECADE_CUES}
#: Their last two letters (every one has two or more): two characters before the space before
#: a digit that are none of these say at once that no opener stands there.
_DIGIT_OPENER_ENDS = {w[-2:] for w in _DIGIT_OPENERS}


def _roman_anchors(text: str) -> list[int]:
    """Starts of the runs of I, V, X that begin a word ("khóa XIII", "quý IV"), as anchors
    (offset times 4, plus 1)."""
    out = []
    for letter in _ROMAN_LETTERS:
        i = text.find(letter)
        while i >= 0:
            if i == 0 or text[i - 1] in " \n":
                j = i + 1
                while j < len(text) and text[j] in _ROMAN_LETTERS:
                    j += 1
                if j == len(text) or not (text[j].isalnum() or text[j] == "_"):
                    out.append((i << 2) | 1)
            i = text.find(letter, i + 1)
    return out


def _word_ordinal_anchors(marked: str) -> list[int]:
    """Starts of the heads of ordinals in words ("lần thứ hai", "mùa thứ tư"), as anchors
    (offset times 4, plus 2), in `marked`: the text's lowercase with a space put in front."""
    out = []
    if _ORDINAL_WORD_OPENING not in marked:
        return out  # every match opens with it; most texts have none (a scan for a literal is faster)
    for m in _ORDINAL_WORD_ANCHOR.finditer(marked):
        head_start = marked.rfind(" ", 0, m.start()) + 1
        if marked[head_start:m.start()] in rules.WORD_ORDINAL_HEADS:
            out.append((head_start - 1) << 2 | 2)  # one character of `marked` before the text's own
    return out


def _iter_figures(text: str, lower: str):
    # each anchor is one int, its offset times 4 plus its kind (0 digit, 1 Roman, 2 word): a
    # list of ints is built and sorted several times faster than one of (offset, kind) pairs,
    # in the same order
    anchors = [m.start() << 2 for m in _DIGIT_ANCHOR.finditer(text)]
    anchors += _roman_anchors(text)
    if len(lower) != len(text):  # a caller's own text.lower() (see `lowercase`)
        lower = lowercase(text)
    ctx = _Context(text, lower)
    spaced = " " + lower.replace("\n", " ")
    # a number word may open a quotation or a bracket ("hạ “hàng nghìn phiến quân”"): the
    # anchor sees those marks as spaces (one character for one, so offsets hold)
    marked = spaced
    for mark in _OPENING_MARKS:
        if mark in marked:
            marked = marked.replace(mark, " ")
    anchors += [(m.start() << 2) | 2 for m in _WORD_ANCHOR.finditer(marked)]
    anchors += _word_ordinal_anchors(marked)
    lower = spaced[1:]
    ctx.halves = any(half in lower for half in _HALF_AFTER_WORDS)
    anchors.sort()
    last_end = 0
    for anchor in anchors:
        pos = anchor >> 2
        if pos < last_end:
            continue  # inside a figure already read ("14/5/2019", "3-4%", "3 tỷ 200 triệu")
        anchor_kind = anchor & 3
        m = None
        if anchor_kind != 2:
            # the word or two before may start the figure: "tháng 10", "lần thứ XI" (the cheap
            # test first: do the two letters before the space end an opener?)
            before = text[pos - 1] if pos else ""
            if anchor_kind == 1 or before == " " and pos > 1 and lower[pos - 3:pos - 1] in _DIGIT_OPENER_ENDS \
                    and _opener_before(lower, pos):
                m = _match_from_words_before(ctx, pos, last_end, roman=anchor_kind == 1)
            if m is None and before in ("(", "+"):
                cand = MASTER.match(text, pos - 1)
                if cand is not None and cand.end() > pos:
                    m = cand
        if m is None:
            # a number word's anchor is at a letter, where _MASTER_AT_LETTER is MASTER
            m = _MASTER_AT_LETTER.match(text, pos) if anchor_kind == 2 else _match_at(text, pos)
            if m is None:
                if anchor_kind == 0 and pos > 0 and text[pos - 1].isalpha():
                    fig = _glued_number(ctx, pos)
                    if fig is not None:
                        last_end = fig.end
                        yield fig
                continue
        fig = _HANDLERS[m.lastgroup](ctx, m)
        if isinstance(fig, list):  # one span, several figures: "ngày 21 và 22 tháng 5"
            last_end = fig[-1].end
            yield from fig
        elif fig is not None:
            last_end = fig.end
            yield fig


def _opener_before(lower: str, pos: int) -> bool:
    """Whether the word before the space before pos (an opening bracket aside) is one that
    may open a longer figure with the number at pos ("tháng 10", "(năm 2020")."""
    j = lower.rfind(" ", 0, pos - 1)
    return lower[j + 1:pos - 1].lstrip("(") in _DIGIT_OPENERS


def _match_from_words_before(ctx: _Context, pos: int, last_end: int, roman: bool) -> re.Match | None:
    """The figure that one of the two words before pos opens and that reaches past pos, the
    farther word first ("lần thứ 2" before "thứ 2"); words inside the figure read last
    (before last_end) are not tried."""
    text = ctx.text
    starts, opened = [], roman
    for w, start in _prev_words(text, pos, 2, ctx.lower):
        if start >= last_end:
            starts.append(start)
            opened = opened or w in _DIGIT_OPENERS
    if opened:
        for start in reversed(starts):
            cand = _match_at(text, start)
            if cand is not None and cand.end() > pos:
                return cand
    return None




class _Context:
    """The text being read, with the few facts about it that are worked out once."""

    __slots__ = ("text", "_comma_decimal", "halves", "lower")

    def __init__(self, text: str, lower: str | None = None):
        self.text = text
        # `text.lower()` where a slice of it is the slice lowercased (no letter of
        # `_CONTEXT_CASED`), else None: the words around each number are then cut from it
        # instead of lowercased one window at a time (most of the cost of reading them)
        self.lower = lower if lower is not None and lowercase_is_local(text) else None
        self._comma_decimal = None
        # whether "rưỡi" is anywhere in the text: where it is not, no number is followed by
        # it, and `_half_after_unit` need not be asked number by number
        self.halves = True

    @property
    def comma_decimal(self) -> bool:
        if self._comma_decimal is None:
            self._comma_decimal = _COMMA_DECIMAL.search(self.text) is not None
        return self._comma_decimal


# --- Handlers, one per kind of match ------------------------------------------------

# The handlers' own small patterns, compiled once (`re.findall(pattern, s)` looks the pattern up
# in re's cache at every call, a good part of a short match's cost).
_SPACES = re.compile(r"\s+")
_DATE_MARKS = re.compile(r"[/.-]")
_FOUR_DIGITS = re.compile(r"\d{4}")
_QUARTER_PARTS = re.compile(r"IV|I{1,3}|\d{4}|[1-4]")
_CLAUSE_MARKS = re.compile(r"[,.;:!?\n]")

def _identifier(ctx: _Context, m: re.Match) -> Figure:
    s = m.group()
    return Figure(s, m.start(), m.end(), _SPACES.sub("", s), Kind.IDENTIFIER)


def _ordinal(ctx: _Context, m: re.Match) -> Figure | None:
    s = m.group()
    last = s.split()[-1]
    value = roman_to_int(last) if last.isupper() and last.isalpha() else None
    if value is None:
        if last.isdigit():
            if len(last) > MAX_DIGITS:
                return None  # too long to be a number (see numbers.MAX_DIGITS)
            value = int(last)
        elif last in rules.ORDINAL_WORDS:  # lowercase: "lần thứ Hai" is a misread weekday "thứ Hai"
            value = rules.ORDINAL_WORDS[last]
    if not value:
        return None
    head = " ".join(s.split()[:-1]).lower()
    for variant, spelling in rules.SPELLING_VARIANTS.items():
        head = head.replace(variant, spelling)
    head = head.replace(" " + rules.ORDINAL_WORD, "")
    return Figure(s, m.start(), m.end(), int(value), Kind.ORDINAL, unit=head)


def _time(ctx: _Context, m: re.Match) -> Figure | None:
    s = m.group()
    nums = _DAY_DIGITS.findall(s)
    hour = int(nums[0])
    minute = int(nums[1]) if len(nums) > 1 else 0
    if hour > 24 or minute > 59:
        return None
    if len(nums) == 1 and _next_words(ctx.text, m.end(), 1)[:1] in ([w] for w in rules.SPAN_AFTER_WORDS):
        # "24h qua", "48h tới": a span of hours, not a time of day
        return Figure(s, m.start(), m.end(), float(hour), Kind.COUNT, unit=rules.HOUR_UNIT, precision=0.0)
    return Figure(s, m.start(), m.end(), f"{hour:02d}:{minute:02d}", Kind.TIME)


def _date_value(day: int | None, month: int | None, year: int | None) -> str | None:
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    y = f"{year:04d}" if year else "-"
    if day is None:
        return f"{y}-{month:02d}" if year else f"--{month:02d}"
    return f"{y}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _dmy(ctx: _Context, m: re.Match) -> Figure | None:
    s = m.group("dmy")
    d, mo, y = (int(x) for x in _DATE_MARKS.split(s))
    value = _date_value(d, mo, y)
    if value is None:
        return Figure(s, m.start(), m.end(), s, Kind.IDENTIFIER)
    return Figure(s, m.start(), m.end(), value, Kind.DATE)


def _ngay(ctx: _Context, m: re.Match) -> Figure | None:
    nums = [int(x) for x in _DAY_DIGITS.findall(m.group())]
    value = _date_value(nums[0], nums[1], nums[2] if len(nums) > 2 else None)
    if value is None:
        return None
    return Figure(m.group(), m.start(), m.end(), value, Kind.DATE)


def _month(ctx: _Context, m: re.Match) -> Figure | None:
    nums = [int(x) for x in _DAY_DIGITS.findall(m.group())]
    value = _date_value(None, nums[0], nums[1] if len(nums) > 1 else None)
    if value is None:
        return None
    return Figure(m.group(), m.start(), m.end(), value, Kind.DATE)


def _monthlist(ctx: _Context, m: re.Match) -> list[Figure] | None:
    """ "tháng 3-7/2023", "tháng 5 và 6 năm 2024": one date per month, each of the year after."""
    nums = [(int(d.group()), d) for d in _DAY_DIGITS.finditer(m.group())]
    (year, _), months = nums[-1], nums[:-1]
    values = [_date_value(None, month, year) for month, _ in months]
    if None in values or any(a >= b for (a, _), (b, _) in zip(months, months[1:])):
        return None
    base, figs = m.start(), []
    for i, ((_, d), value) in enumerate(zip(months, values)):
        start = base if i == 0 else base + d.start()
        end = m.end() if i == len(months) - 1 else base + d.end()
        figs.append(Figure(ctx.text[start:end], start, end, value, Kind.DATE))
    return figs


def _quarter(ctx: _Context, m: re.Match) -> Figure:
    parts = _QUARTER_PARTS.findall(m.group().split(None, 1)[1])
    q = roman_to_int(parts[0]) or int(parts[0])
    value = f"{parts[1]}-Q{q}" if len(parts) > 1 else f"-Q{q}"
    return Figure(m.group(), m.start(), m.end(), value, Kind.DATE)


def _period(ctx: _Context, m: re.Match) -> Figure | None:
    y1, y2 = (int(x) for x in _FOUR_DIGITS.findall(m.group()))
    if y2 <= y1:
        return None  # "2020-2019" is no period; leave it
    return Figure(m.group(), m.start(), m.end(), (y1, y2), Kind.PERIOD, unit=rules.YEAR_WORD)


def _year(ctx: _Context, m: re.Match) -> Figure:
    y = int(_FOUR_DIGITS.search(m.group()).group())
    return Figure(m.group(), m.start(), m.end(), y, Kind.YEAR)


_NUM_ONLY = re.compile(_NUM)
_DAY_DIGITS = re.compile(r"\d+")


def _number_at(ctx: _Context, pos: int) -> Figure | None:
    """The plain number at pos: what a date or score pattern leaves when its span is neither."""
    m = _NUM_ONLY.match(ctx.text, pos)
    return _number(ctx, m) if m is not None else None


def _daylist(ctx: _Context, m: re.Match) -> list[Figure] | Figure | None:
    """ "ngày 21 và 22 tháng 5", "19-20/12", "7-10/6/2025": one date per day, the days in order."""
    s, base = m.group(), m.start()
    digits = list(_DAY_DIGITS.finditer(s))
    month_at = s.find("/")
    if month_at < 0:
        month_at = lowercase(s).rfind(_MONTH_WORD)
    days = [d for d in digits if d.start() < month_at]
    rest = [int(d.group()) for d in digits if d.start() > month_at]
    month, year = rest[0], (rest[1] if len(rest) > 1 else None)
    values = [_date_value(int(d.group()), month, year) for d in days]
    ordered = all(int(a.group()) < int(b.group()) for a, b in zip(days, days[1:]))
    if None in values or not ordered:
        return _number_at(ctx, base + digits[0].start())
    figs = []
    for i, (d, value) in enumerate(zip(days, values)):
        start = base if i == 0 else base + d.start()
        end = m.end() if i == len(days) - 1 else base + d.end()
        figs.append(Figure(ctx.text[start:end], start, end, value, Kind.DATE))
    return figs


def _hdate(ctx: _Context, m: re.Match) -> Figure | None:
    """ "ngày 3-9", "sáng 15-8": a day and month written with a hyphen after a word of time."""
    digits = list(_DAY_DIGITS.finditer(m.group()))
    value = _date_value(int(digits[0].group()), int(digits[1].group()), None)
    if value is None:
        return _number_at(ctx, m.start() + digits[0].start())
    return Figure(m.group(), m.start(), m.end(), value, Kind.DATE)


def _score(ctx: _Context, m: re.Match) -> Figure | None:
    """ "thắng 3-0", "tỷ số 2-1": a result; else the number (or range) it starts with."""
    text, start, end = ctx.text, m.start(), m.end()
    a, b = (int(x) for x in _DAY_DIGITS.findall(m.group()))
    bare = a >= b and a <= rules.MAX_BARE_SCORE and _unit_after(text, end)[0] is None \
        and not (end < len(text) and text[end].isalpha())
    if not (bare or _score_cued(text, start) or _listed_after_a_score(text, start)):
        return _number_at(ctx, start)
    return Figure(m.group(), start, end, f"{a}-{b}", Kind.SCORE)


def _score_cued(text: str, pos: int) -> bool:
    """A score cue just before pos ("thắng 3-0"), or before the other side's name or the words
    of how it came ("thua Estrela da Amadora 0-1", "thắng đàn anh 50-44", "thắng lại 22-20")."""
    window = text[max(0, pos - 60):pos]
    words = window[window.rfind("\n") + 1:].split()  # a line ends a clause: the title's words cue no result
    between, names = 0, 0
    while words and between < rules.SCORE_SIDE_REACH:
        if _cue_ends(words):
            return True
        last = words[-1]
        if len(words) >= 2 and f"{words[-2]} {last}".lower() in rules.SCORE_SIDES:
            del words[-2:]
            between += 2
            continue
        if last[:1].isupper() and last.isalpha():
            names += 1
        elif not (last.lower() in rules.SCORE_SIDES or (names and last in rules.NAME_PARTICLES)):
            return False
        words.pop()
        between += 1
    return _cue_ends(words)


def _cue_ends(words: list[str]) -> bool:
    """Do the words end in a score cue (one word or two)?"""
    return any(" ".join(words[-n:]).lower() in rules.SCORE_CUES for n in (1, 2) if len(words) >= n)


#: A result, then what joins the next of a list: "2-1 (", "17-21, " (at the end of the text before).
_SCORE_THEN_JOINER = re.compile(
    rf"(?<![\w.,/-])\d{{1,3}}[ \t]?[-–][ \t]?\d{{1,3}}\)?[ \t]*[{re.escape(rules.SCORE_LIST_JOINERS)}][ \t]*\Z")


def _listed_after_a_score(text: str, pos: int) -> bool:
    """ "thắng 2-1 (17-21, 22-20, 21-15)": a result in a list that a cued result opens (the
    sets of a match); bounded, so that a long run of "1-1, " is read in linear time."""
    for _ in range(rules.MAX_LISTED_SCORES):
        m = _SCORE_THEN_JOINER.search(text, max(0, pos - 16), pos)
        if m is None:
            return False
        pos = m.start()
        if _score_cued(text, pos):
            return True
    return False


#: Words before "a/b" that make it a share, not a date: "chiếm 1/6", "gần 1/3".
_FRACTION_OPENERS = rules.FRACTION_OPENERS


def _dm(ctx: _Context, m: re.Match) -> Figure | None:
    """ "25/2" is a date, "146/212" and "2/3 số đảng viên" are ratios."""
    s = m.group()
    a, b = map(int, s.split("/"))
    text, start, end = ctx.text, m.start(), m.end()
    if 1 <= a <= 12 and rules.MONTH_YEAR_YEARS[0] <= b <= rules.MONTH_YEAR_YEARS[1] and len(s.split("/")[1]) == 4:
        return Figure(s, start, end, _date_value(None, a, b), Kind.DATE)  # "1/2025": January 2025
    is_date_shape = 1 <= a <= 31 and 1 <= b <= 12
    if is_date_shape:
        as_fraction = False
        if a < b:  # "1/6" may be a fraction ("1/6 số hộ", "chiếm 1/6"); "25/2" cannot
            after = _next_words(text, end, 1, ctx.lower)
            before = _words_before(text, start, 3, ctx.lower)
            as_fraction = bool(after and after[0] in rules.FRACTION_CUE_WORDS
                               or before and before[-1] in _FRACTION_OPENERS)
        if not as_fraction:
            return Figure(s, start, end, _date_value(a, b, None), Kind.DATE)
    if b == 0:
        return Figure(s, start, end, s, Kind.IDENTIFIER)
    unit, detail = _unit_after(text, end, ctx.lower)
    qualifier = _qualifier_before(text, start)
    return Figure(s, start, end, (a, b), Kind.RATIO, unit=unit, qualifier=qualifier, detail=detail)


def _decade(ctx: _Context, m: re.Match) -> list[Figure]:
    """ "thập niên 70, 80 và 90": each short decade is the year it opens (1970, 1980, 1990)."""
    return [Figure(d.group(), m.start() + d.start(), m.start() + d.end(),
                   rules.SHORT_DECADE_CENTURY + int(d.group()), Kind.YEAR)
            for d in _DAY_DIGITS.finditer(m.group())]


def _scale_opens_a_noun(word: str, after: list[str]) -> bool:
    """Whether a scale word and the word after it are a noun ("tỷ phú", "triệu chứng"), no amount."""
    if word not in rules.SINGLE_SCALE_WORDS or not after:
        return False
    return after[0] in rules.NOT_SCALE_AFTER or f"{word} {after[0]}" in rules.NOT_SCALE_PHRASES


def _vague(ctx: _Context, m: re.Match) -> Figure | None:
    key = " ".join(m.group().lower().split())
    if _scale_opens_a_noun(key.split()[-1], _next_words(ctx.text, m.end(), 1)):
        return None  # "khách hàng tỷ phú": customers who are billionaires, no amount
    lo, hi = rules.VAGUE_AMOUNTS[key]
    unit, detail = _unit_after(ctx.text, m.end())
    kind = Kind.MONEY if unit in _MONEY_CANON else Kind.COUNT
    return Figure(m.group(), m.start(), m.end(), (lo, hi), kind, unit=unit, qualifier="vague", detail=detail)


def _one(ctx: _Context, m: re.Match) -> Figure | None:
    """ "một" counts only where the words before make it one, not "a": a span after a word of
    duration ("sau một ngày", "trong một tháng"), an outcome after a verb of result ("khiến một
    người bị thương"). "một người đàn ông" alone is "a man"."""
    before = _words_before(ctx.text, m.start(), 2)
    if not before or not (before[-1] in rules.ONE_AFTER_WORDS or " ".join(before[-2:]) in rules.ONE_AFTER_WORDS):
        return None
    unit, detail = _unit_after(ctx.text, m.end())
    if unit is None or _next_words(ctx.text, m.end(), 2)[1:] in ([w] for w in rules.ONE_IDIOM_AFTER):
        return None
    return Figure(m.group(), m.start(), m.end(), 1.0, Kind.COUNT, unit=unit,
                  qualifier=_qualifier_before(ctx.text, m.start()), precision=0.0, detail=detail)


def _half(ctx: _Context, m: re.Match) -> Figure:
    """ "nửa giờ", "hơn nửa tấn": half of a unit, a quantity of 0,5 of it."""
    unit, detail = _unit_after(ctx.text, m.end())
    qualifier = _qualifier_before(ctx.text, m.start())
    return Figure(m.group(), m.start(), m.end(), 0.5, Kind.COUNT, unit=unit, qualifier=qualifier,
                  precision=0.5 if qualifier else 0.0, detail=detail)


_MONEY_CANON = set(rules.MONEY_UNITS.values())
#: `Figure(*fields)`, the nine fields in order, without the named tuple's own `__new__` (a
#: Python function that only packs its arguments into the tuple): the readers of numbers build
#: one per number, and the call costs a third of the keyword one.
_figure = partial(tuple.__new__, Figure)
#: The kinds `_number` names for every number, looked up once (an enum member is a class
#: attribute found through the enum's metaclass, several times slower than a global).
_KIND_COUNT, _KIND_PERCENT, _KIND_MONEY = Kind.COUNT, Kind.PERCENT, Kind.MONEY
#: Words between a number and the noun it counts: "2 chiếc xe", "2/3 số đảng viên".
_SKIP_BEFORE_UNIT = rules.CLASSIFIERS | {rules.COUNTING_WORD}


def _is_word(letters: str) -> bool:
    """Whether letters glued to a number are a word whose space the text lost, not part of a
    code. Scraped articles drop the space around a link ("bổ nhiệm10 phó giám đốc",
    "hơn44.800thửa", "Hạt giống số 24Stefanos"); codes are written in plain ASCII ("H5N1",
    "U23", "iPhone15", "m2"), so a glued word with a letter outside ASCII (every Vietnamese
    letter with a mark) is a word, and so is a capitalised name of four letters or more."""
    if len(letters) < 2:
        return False
    if not letters.isascii():
        return True
    return len(letters) >= 4 and letters[0].isupper() and letters[1:].islower()


def _letters_before(text: str, pos: int) -> str:
    start = pos
    while start > 0 and pos - start < 30 and text[start - 1].isalpha():
        start -= 1
    return text[start:pos]


def _glued_number(ctx: _Context, pos: int) -> Figure | None:
    """A number glued to the word before it by a lost space ("là22,4 nghìn tỷ",
    "Hải Phòng2025"): read as if the space were there. A year may follow an ASCII word of
    three letters or more ("Roland Garros2025", "Cup2025"), any number a word with a letter
    outside ASCII."""
    m = _NUM_ONLY.match(ctx.text, pos)
    letters = _letters_before(ctx.text, pos)
    year_after_name = len(letters) >= 3 and letters[-1].islower() and m is not None \
        and len(m.group()) == 4 and m.group()[:2] in ("19", "20")
    # a capitalised ASCII name before the digits is a model name ("Mazda6"), not a lost space
    if m is None or not (year_after_name or not letters.isascii() and letters[-1].islower()):
        return None
    return _number(ctx, m)


_SHARED_SCALE_NEXT = re.compile(rf"\s+(?:{_any(rules.SHARED_SCALE_JOINERS)})\s+{_NUM}(?=\s)")


def _scale_shared_with_next(text: str, end: int) -> tuple[int, int] | None:
    """(scale, where its unit begins) when the number ending at `end` is joined to a next one
    that carries a scale word: "599 và 649 triệu đồng" gives 599 the scale and unit of 649."""
    nxt = _SHARED_SCALE_NEXT.match(text, end)
    scale_m = _SCALE.match(text, nxt.end()) if nxt else None
    if scale_m is None or _PERCENT.match(text, nxt.end()):
        return None
    return rules.SCALE_WORDS[" ".join(scale_m.group(1).lower().split())], scale_m.end()


def _number(ctx: _Context, m: re.Match) -> Figure | None:
    """Digits, with what follows them: %, a scale word, a range, a unit."""
    text = ctx.text
    start, end = m.span()
    raw = m.group()
    # a number glued to letters is part of a code: "Covid-19", "H5N1", "U23"
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return None
    if end < len(text) and text[end].isalpha():
        w = _WORD.match(text, end)
        glued = w.group(1) if w is not None else ""
        # on the right, a lowercase word of three letters or more lost its space too ("thứ
        # 1.000trong"): codes glue capitals or short units there ("5G", "4K", "10mg")
        if glued not in _ATTACHED_UNITS and not _is_word(glued) and glued.lower() not in rules.MONEY_UNITS \
                and not (len(glued) >= 3 and glued.islower()):
            return None
    # one cheap match first: when it fails there is no percent, scale, shared scale or range tail
    follows = _FOLLOW_OPENINGS.match(text, end) is not None
    scale_m = _SCALE.match(text, end) if follows else None
    parsed = parse_digits(raw, comma_decimal=(ctx.comma_decimal if "," in raw else None),
                          scaled=scale_m is not None)
    if parsed is None:
        return Figure(raw, start, end, raw, Kind.IDENTIFIER)
    value, precision, decimals = parsed
    # the words before matter only through their last one (a cue, "thứ", a qualifier): most
    # numbers have none of those before them, and one split tells so
    low = ctx.lower
    before = _words_before(text, start, 3, low) if _last_word_before(text, start, low) in _CUE_ENDS else []
    if before and _is_identifier_cue(before) and not _cue_is_a_verb(text, start, end, before) \
            and not _counts_after_naming_cue(text, end, before) \
            or _after_acronym(text, start) and not _measured(text, end, decimals):
        return Figure(raw, start, end, raw, Kind.IDENTIFIER)
    if before and before[-1] == rules.ORDINAL_WORD and not decimals and scale_m is None:
        # "đối tượng thứ 2 bị bắt", "vào thứ 2": the second one, or a weekday; never a count of 2
        return Figure(raw, start, end, int(value), Kind.ORDINAL, unit=_noun_of(before[:-1]))
    qualifier = _qualifier_before(text, start, before) if before else None

    kind = _KIND_COUNT
    pos = end
    pct = _PERCENT.match(text, pos) if follows else None
    scaled = False
    shared = _scale_shared_with_next(text, end) if follows and not pct and not scale_m else None
    if pct:
        kind = _KIND_PERCENT
        pos = pct.end()
        if decimals == 0:
            precision = 1.0
    elif shared is not None:  # "599 và 649 triệu đồng": the scale and unit of the next number
        value *= shared[0]
        precision = parsed.precision * shared[0]
        scaled = True
    elif scale_m:
        scale = rules.SCALE_WORDS[" ".join(scale_m.group(1).lower().split())]
        value *= scale
        if any(w in scale_m.group().lower() for w in rules.HALF_AFTER):
            value += scale / 2
            precision = scale / 2
        else:
            # the place of the last written digit: "10 nghìn" is 10 000 ± 500,
            # "3,2 tỷ" is 3 200 000 000 ± 50 000 000; after a qualifier, the place of the last
            # non-zero digit, as without a scale: "gần 15.000 tỷ" is rounded as "gần 15.000" is
            precision = parsed.precision * scale
            if qualifier is not None and not decimals:
                precision = precision_of_integer(parsed.value) * scale
        pos = scale_m.end()
        scaled = True
        sub = _SUBSCALE.match(text, pos)  # "3 tỷ 200 triệu"
        if sub and rules.SCALE_WORDS[sub.group(2).lower()] < scale:
            sub_parsed = parse_digits(sub.group(1), scaled=True)
            if sub_parsed is not None:
                sub_scale = rules.SCALE_WORDS[sub.group(2).lower()]
                value += sub_parsed.value * sub_scale
                precision = precision_of_integer(sub_parsed.value) * sub_scale
                pos = sub.end()

    # a range: "3-4%", "17–25 tuổi", "từ 3 đến 4 tỷ"
    rng = (_RANGE_TAIL.match(text, pos) if follows else None) or _bare_range(text, pos, raw, scaled)
    if rng:
        hi_parsed = parse_digits(rng.group(1), comma_decimal=ctx.comma_decimal)
        after_hi = rng.end()
        if hi_parsed is not None and (after_hi >= len(text) or not text[after_hi].isalpha()
                                      or _WORD.match(text, after_hi).group(1) in _ATTACHED_UNITS):
            lo_v, hi_v = value, hi_parsed.value
            hi_pct = _PERCENT.match(text, after_hi)
            if hi_pct:
                kind = _KIND_PERCENT
                after_hi = hi_pct.end()
            hi_scale = _SCALE.match(text, after_hi) if kind is not _KIND_PERCENT else None
            if hi_scale:
                sc = rules.SCALE_WORDS[" ".join(hi_scale.group(1).lower().split())]
                hi_v *= sc
                if not scaled:
                    lo_v *= sc
                after_hi = hi_scale.end()
            elif scaled:
                hi_v *= value / parsed.value if parsed.value else 1
            if lo_v < hi_v:
                unit, detail = _unit_after(text, after_hi, low)
                if kind is _KIND_PERCENT:
                    unit = "%"
                return Figure(text[start:after_hi], start, after_hi, (lo_v, hi_v), Kind.RANGE,
                              unit=unit, qualifier=qualifier, precision=precision, detail=detail)

    if kind is _KIND_PERCENT:
        return _figure((text[start:pos], start, pos, value, _KIND_PERCENT, None, qualifier, precision, None))

    unit, detail = _unit_after(text, pos if shared is None else shared[1], low)
    if ctx.halves and _half_after_unit(text, pos, low):
        value, decimals, precision = value + 0.5, 1, 0.5  # "2 năm rưỡi" is 2,5 năm
    if unit == rules.HOUR_UNIT and not decimals and value <= 24 and qualifier is None \
            and _next_words(text, pos, 2, low)[1:] in ([w] for w in rules.PARTS_OF_DAY):
        # "2 giờ sáng": a time of day, as "2h" is
        return Figure(text[start:pos], start, pos, f"{int(value):02d}:00", Kind.TIME)
    if unit in _MONEY_CANON:
        kind = _KIND_MONEY
    elif (not scaled and decimals == 0 and 1900 <= value <= 2100 and len(raw) == 4 and qualifier is None
          and (unit is None or _after_name(text, start))):
        return Figure(raw, start, end, int(value), Kind.YEAR)
    if not scaled and not decimals and qualifier is None:
        precision = 0.0  # a plain integer is exact: 170 is not 173
    elif not scaled and not decimals:
        precision = precision_of_integer(value)
    return _figure((text[start:pos], start, pos, value, kind, unit, qualifier, precision, detail))


def _in_a_tally_of_results(text: str, end: int, before: list[str], lower: str | None) -> bool:
    """ "thắng bốn, hòa ba và chỉ thua một": a number word after a verb of a result, with no noun
    after it (the clause ends, or a joiner of the tally follows), counts the games so ended."""
    return bool(before) and before[-1] in rules.RESULT_VERBS \
        and _next_words(text, end, 1, lower) in ([], *([w] for w in rules.TALLY_JOINERS))


#: "trong 4", "trong số năm": what follows the part of a whole.
_OF_A_WHOLE = re.compile(rf"[ \t]+(?i:{_alt(rules.PART_OF_WORDS)})[ \t]+(?:\d|(?i:{_alt(_START_WORDS)})\b)")


def _part_of_a_whole(text: str, end: int) -> bool:
    """ "Ba trong 4 ván thắng": a number word, then the whole it is a part of, counts."""
    return _OF_A_WHOLE.match(text, end) is not None


#: Number words that may stand inside a spelled ordinal after "thứ" ("thứ mười hai", "thứ hai
#: mươi"): a number word after them is that ordinal's last word, not a count of its own.
_ORDINAL_INNER_WORDS = frozenset(rules.DIGIT_WORDS) | frozenset(rules.TEN_WORDS) | rules.TENS_MARKERS \
    | frozenset(rules.HUNDRED_WORDS) | rules.ZERO_TENS_WORDS


def _ordinal_before(before: list[str], own: list[str]) -> bool:
    """Whether "thứ" opens the number `own` (its words): "thứ hai" is a weekday or an ordinal,
    and in "lần thứ mười hai" the ordinal anchored at "mười" is read whole, so the "hai" anchored
    after it is its last word (it read as the count 2). Only words that make one number with
    `own` so join it: "lần thứ ba hai tay đấm", "con gái thứ hai sáu tuổi" count."""
    i = len(before)
    while i and before[i - 1] in _ORDINAL_INNER_WORDS:
        i -= 1
    if i == 0 or before[i - 1] != rules.ORDINAL_WORD:
        return False
    if i == len(before):
        return True
    joined = before[i:] + own
    parsed = parse_number_words(joined)
    return parsed is not None and parsed[1] == len(joined)


def _number_words(ctx: _Context, m: re.Match) -> Figure | None:
    text = ctx.text
    words = m.group().lower().split()
    if words == [rules.ONE_WORD]:
        half = _HALF.match(text, m.end())
        if half:  # "một nửa" is a half, a ratio
            return Figure(text[m.start():half.end()], m.start(), half.end(), (1, 2), Kind.RATIO)
    start = m.start()
    if text[start].isupper() and not _sentence_start(text, start):
        return None  # "ông Tám", "Ba Đình": a name, not a number
    parsed = parse_number_words(words)
    if parsed is None:
        return None
    value, used = parsed
    # the span covers only the words that made the number
    span_end = start
    for w in m.group().split()[:used]:
        span_end = text.index(w, span_end) + len(w)
    low = ctx.lower
    if _scale_opens_a_noun(words[used - 1], _next_words(text, span_end, 1, low)):
        return None  # "một tỷ phú": a billionaire; "một triệu chứng": a symptom
    if used == 1 and words[0] in rules.ADJECTIVE_NUMBER_WORDS and _adjective_use(text, span_end, words[0]):
        return None  # "lúa chín,", "chín chắn": ripe, mature
    before = _words_before(text, start, 3, low)  # read once: the qualifier is among these words too
    # a number word that counts with no noun after it: the end of a tally of games, a part of a whole
    counts_alone = used == 1 and (_in_a_tally_of_results(text, span_end, before, low)
                                  or _part_of_a_whole(text, span_end))
    if used == 1 and words[0] in rules.AMBIGUOUS_SINGLE_WORDS and not counts_alone:
        if _lookup_unit(_next_words(text, span_end, _MAX_UNIT_WORDS, low))[0] is None:
            return None
    if _ordinal_before(before, words[:used]):
        return None  # "thứ hai" is a weekday or an ordinal, "lần thứ mười hai" one: never a count
    if value == 0:
        return None
    pct = _PERCENT.match(text, span_end)
    if pct:
        return Figure(text[start:pct.end()], start, pct.end(), value, Kind.PERCENT,
                      qualifier=_qualifier_before(text, start, before), precision=1.0)
    unit, detail = _unit_after(text, span_end, low)
    if used == 1 and unit is None and words[0] not in rules.COUNTING_DIGIT_WORDS and not counts_alone:
        return None
    if ctx.halves and _half_after_unit(text, span_end, low):
        value += 0.5  # "hai năm rưỡi", "ba tiếng rưỡi"
    kind = Kind.MONEY if unit in _MONEY_CANON else Kind.COUNT
    qualifier = _qualifier_before(text, start, before)
    precision = precision_of_integer(value) if qualifier else 0.0
    return Figure(text[start:span_end], start, span_end, value, kind, unit=unit,
                  qualifier=qualifier, precision=precision, detail=detail)


_HANDLERS = {
    "phone": _identifier, "ident": _identifier, "ordinal": _ordinal, "time": _time,
    "daylist": _daylist, "dmy": _dmy, "hdate": _hdate, "score": _score, "ngay": _ngay, "month": _month, "monthlist": _monthlist, "quarter": _quarter, "period": _period,
    "year": _year, "dm": _dm, "decade": _decade, "vague": _vague, "one": _one, "half": _half, "num": _number, "words": _number_words,
    "tally": _number_words,
}


# --- Surroundings -----------------------------------------------------------------

_STOP_CHARS = ",.;:!?()[]\"'“”‘’/"
#: A word that begins with one of these is not a word: the clause has ended.
_STOP_OPENERS = _STOP_CHARS + "-"


def _adjective_use(text: str, end: int, word: str) -> bool:
    """A number word that is also an adjective is one where the clause ends after it or one of
    its companion words follows ("lúa chín,", "chín chắn"); a noun after it makes it a number."""
    rest = text[end:end + 20].lstrip(" \t")
    return not rest or rest[0] in _CLAUSE_END or _next_words(text, end, 1) in ([w] for w in rules.ADJECTIVE_NUMBER_WORDS[word])


_CLAUSE_END = ",.;:!?)\n"


#: How far `_words_before` reads back from a figure, and `_next_words` on from it, in characters.
WORDS_BEFORE_REACH, NEXT_WORDS_REACH = 48, 60


def _next_words(text: str, pos: int, n: int, lower: str | None = None) -> list[str]:
    """Up to n lowercase words from pos, stopping at punctuation or a digit.

    `lower` is the text's lowercase where its slices are their own lowercase (see
    `_Context.lower`): the words are then cut from it, not lowercased again."""
    end = pos + NEXT_WORDS_REACH
    window = text[pos:end].lower() if lower is None else lower[pos:end]
    out = []
    for w in window.split(None, n)[:n]:
        c = w[0]
        if c in _STOP_OPENERS or c.isdigit():
            break
        if w[-1] in _STOP_CHARS:  # the word ends the clause: "đảng viên."
            out.append(w.rstrip(_STOP_CHARS))
            break
        out.append(w)
    return out


def _prev_words(text: str, pos: int, n: int, lower: str | None = None) -> list[tuple[str, int]]:
    """Up to n (lowercase word, start offset) pairs before pos, nearest first.

    Stops at punctuation, so a word of the previous clause is never taken. (`lower` as for
    `_next_words`.)
    """
    lo = max(0, pos - 40)
    seg = text[lo:pos] if lower is None else lower[lo:pos]
    out = []
    end = len(seg)
    words = seg.rsplit(None, n)  # the last n words whole; no more is ever read
    for w in reversed(words[-n:] if len(words) > n else words):
        if len(out) == n:
            break
        start = seg.rfind(w, 0, end)
        if w[-1] in _STOP_CHARS and len(w) > 1 or not w[0].isalpha() and w[0] not in "(+":
            break
        if w[0] in "(+":
            if w[0] == "(" and len(w) > 1 and w[1].isalpha():
                out.append((w[1:].lower(), lo + start + 1))  # "(tháng 11 đến tháng 5)": the word in it
            else:
                out.append((text[lo + start:lo + start + len(w)], lo + start))  # as written
            break
        out.append((w.lower() if lower is None else w, lo + start))
        end = start
    if out and out[-1][1] == lo and lo > 0 and not text[lo - 1].isspace():
        out.pop()  # a word cut by the window's edge
    return out


def _words_before(text: str, pos: int, n: int = 3, lower: str | None = None) -> list[str]:
    """The (up to) n lowercase words just before pos in its clause, in reading order. (`lower`
    as for `_next_words`.)"""
    lo = pos - WORDS_BEFORE_REACH if pos > WORDS_BEFORE_REACH else 0
    seg = text[lo:pos] if lower is None else lower[lo:pos]
    nl = seg.rfind("\n")
    if nl >= 0:  # a line ends a clause: the title's last words do not qualify the body's first figure
        seg, lo = seg[nl + 1:], lo + nl + 1
    words = (seg.lower() if lower is None else seg).rsplit(None, n)
    if len(words) > n:
        del words[0]  # what is left of the window, the last n words being whole
    elif lo > 0 and words and not text[lo - 1].isspace() and not text[lo].isspace():
        del words[0]  # a word cut by the window's edge
    i = len(words)
    while i:
        w = words[i - 1]
        if not w[0].isalpha() or (w[-1] in _STOP_CHARS and len(w) > 1):
            break  # the clause ends before this word
        i -= 1
    return words[i:]


def _after_name(text: str, pos: int) -> bool:
    """The word before pos is a capitalised name inside its sentence: "World Cup 2026 khu vực
    châu Âu", "Awards 2025 tổ chức tại": a year that names the event, even where a unit noun
    happens to follow it (a count after a name is told with a verb: "Hà Nội có 2026 ...")."""
    if pos < 2 or text[pos - 1] != " ":
        return False
    word = _letters_before(text, pos - 1)
    return bool(word) and word[0].isupper() and not _sentence_start(text, pos - 1 - len(word))


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t\"'“(")
    return not before or before[-1] in ".!?:\n"


def _measured(text: str, end: int, decimals: int) -> bool:
    """A number with a decimal part and a unit after it measures something: "pin LFP 86,6
    kWh" after an acronym is 86,6 kWh, where "VTV 3" names a channel."""
    return decimals > 0 and _unit_after(text, end)[0] is not None


def _after_acronym(text: str, pos: int) -> bool:
    """ "VTV 3", "QL 1A": a number right after an all-capitals word names something."""
    if pos < 3 or text[pos - 1] != " " or text[pos - 2].islower():
        return False  # most words end in a lowercase letter: no acronym, known at once
    j = text.rfind(" ", 0, pos - 1)
    word = text[j + 1:pos - 1]
    if not word.isupper():
        return False  # most words: the cheap test first
    if word == "SN" or (text[pos:pos + 4].isdigit() and text[pos:pos + 2] in ("19", "20")):
        return False  # "SN 1980" (sinh năm), "ASIAD 2018": a year
    return len(word) >= 2 and word.isalpha() and word.lower() not in rules.MONEY_UNITS


#: The last words of the identifier cues and qualifiers: a number whose word
#: before is none of these has neither, and no phrase need be looked up.
_IDENTIFIER_CUE_ENDS = {k.split()[-1] for k in rules.IDENTIFIER_CUE_WORDS} | {rules.ORDINAL_WORD, rules.COUNTING_WORD}
_QUALIFIER_ENDS = {k.split()[-1] for k in rules.QUALIFIERS}


#: Every last word before a number that `_number` acts on: the ends of identifier cues and of
#: qualifiers, and "thứ".
_CUE_ENDS = _IDENTIFIER_CUE_ENDS | _QUALIFIER_ENDS | {rules.ORDINAL_WORD}


def _last_word_before(text: str, pos: int, lower: str | None = None) -> str:
    """The lowercase last word before pos, or "": the last of `_words_before(text, pos)` when
    that has any (it may also be a word `_words_before` drops, which callers then ask it about;
    a word cut by the window is longer than every cue, so no cue is missed). (`lower` as for
    `_next_words`.)"""
    lo = pos - WORDS_BEFORE_REACH if pos > WORDS_BEFORE_REACH else 0
    if lower is not None:
        tail = lower[lo:pos].rsplit(None, 1)
        return tail[-1] if tail else ""
    tail = text[lo:pos].rsplit(None, 1)
    return tail[-1].lower() if tail else ""


def _is_identifier_cue(before: list[str]) -> bool:
    last = before[-1]
    if last not in _IDENTIFIER_CUE_ENDS:
        return False
    if " ".join(before[-2:]) in rules.NOT_IDENTIFIER_PHRASES:
        return False  # "trong vòng 24 tháng": a span of time, not round 24
    if " ".join(before[-2:]) in rules.IDENTIFIER_CUE_WORDS or " ".join(before[-3:]) in rules.IDENTIFIER_CUE_WORDS:
        return True
    if last == rules.ORDINAL_WORD and len(before) >= 2 and before[-2] in rules.IDENTIFIER_CUE_WORDS:
        return True  # "mùa thứ 3" names the season "mùa 3"
    if last == rules.COUNTING_WORD:
        # "Quyết định số 15" names a document; "tổng số 72", "trong số 212" count
        return len(before) >= 2 and before[-2] in rules.NAMED_BY_NUMBER
    return last in rules.IDENTIFIER_CUE_WORDS


def _cue_is_a_verb(text: str, start: int, end: int, before: list[str]) -> bool:
    """ "điều 8 xe chữa cháy": a lowercase cue that is also a verb, with a unit noun after the
    number, counts; "Điều 8" of a law names an article."""
    cue = before[-1]
    if cue not in rules.VERB_LIKE_CUES:
        return False
    # the cue as written just before the number (not its last lowercase spelling anywhere
    # before: "điều tra" in a title made the "Điều 155" of the body a verb)
    written = text[:start].rstrip()
    cue_at = len(written) - len(cue)
    return cue_at >= 0 and written[cue_at:].lower() == cue and text[cue_at].islower() \
        and _unit_after(text, end)[0] is not None


def _counts_after_naming_cue(text: str, end: int, before: list[str]) -> bool:
    """After a cue that may name ("nhóm 4", "lớp 6"), a number that counts: one with a scale word
    after it (a name is never scaled: "lương mùa 8,1 triệu USD", "thuê phòng 7 triệu đồng",
    "chuyển khoản 20 triệu"), one that opens a range with a unit noun after it ("nhóm 4-5 hành
    khách", "lớp 6-9" still names classes), or one with a unit noun after a group cue ("nhóm 7
    phạm nhân": `rules.GROUP_CUES`)."""
    if _SCALE.match(text, end) is not None:
        return True
    tail = _RANGE_TAIL.match(text, end)
    if tail is not None:
        return _unit_after(text, tail.end())[0] is not None
    return before[-1] in rules.GROUP_CUES and _unit_after(text, end)[0] is not None


def _base_follows(text: str, pos: int) -> bool:
    """Whether the clause after pos names the base of a comparison ("... 25% so với mức chung"):
    then an adjective and "hơn" before the figure make it the difference ("cao hơn 25% so với"),
    while "kéo dài hơn 2 tiếng" stays "more than 2"."""
    clause = _CLAUSE_MARKS.split(text[pos:pos + 48].lower(), maxsplit=1)[0]
    return any(w in clause for w in rules.COMPARE_WORDS if " " in w)


def _qualifier_before(text: str, pos: int, before: list[str] | None = None) -> str | None:
    if before is None:
        before = _words_before(text, pos)
    if not before or before[-1] not in _QUALIFIER_ENDS:
        return None
    for n in (3, 2, 1):
        if len(before) >= n:
            code = rules.QUALIFIERS.get(" ".join(before[-n:]))
            if code:
                if before[-1] == rules.COMPARATIVE_WORD and n == 1 and len(before) >= 2 \
                        and before[-2] in rules.COMPARATIVE_ADJECTIVES and _base_follows(text, pos):
                    return None  # "cao hơn 25% so với": higher by 25%, a comparative, not "more than"
                return code
    return None


def _readable_as_words(phrase: str) -> bool:
    """Whether `_next_words` can give the words of phrase: each opens with neither a mark nor a
    digit, ends with no mark, and is lowercase (the words are read lowercased)."""
    return phrase == phrase.lower() and all(
        w[0] not in _STOP_OPENERS and not w[0].isdigit() and w[-1] not in _STOP_CHARS for w in phrase.split())


def _units_by_first_word() -> dict[str, list[tuple[list[str], str]]]:
    """Every unit phrase of the tables, under its first word, longest first (a money
    unit wins over a unit noun of the same words)."""
    merged = {**rules.UNIT_NOUNS, **rules.MONEY_UNITS}
    table: dict[str, list[tuple[list[str], str]]] = {}
    for phrase, unit in merged.items():
        words = phrase.split()
        table.setdefault(words[0], []).append((words, unit))
    for entries in table.values():
        entries.sort(key=lambda e: len(e[0]), reverse=True)
    return table


_UNITS_BY_FIRST_WORD = _units_by_first_word()
#: Every unit phrase of the tables, and its unit (a money unit wins over a unit noun of the same words).
_UNIT_OF_PHRASE = {**rules.UNIT_NOUNS, **rules.MONEY_UNITS}


def _word_alternation(phrases) -> str:
    """A trie-shaped alternation of phrases, a space in one matching any run of whitespace
    (`str.split` splits there), each ending where a word of `_next_words` ends: at whitespace
    or the window's end, after any marks that end the clause."""
    return "(?:" + word_trie(phrases).replace("\\ ", r"\s+") + ")" + _WORD_END


#: Where `_next_words` ends a word: whitespace or the end of its window, after any marks it strips.
_WORD_END = "(?=[" + re.escape(_STOP_CHARS) + r"]*(?:\s|\Z))"
_DETAIL_PHRASES = [w for w in rules.DETAIL_WORDS if w == " ".join(w.split())]
#: Unit phrases that open with a classifier's word ("con tin" are hostages, "cây số" are km):
#: read whole, not as the classifier and the word after it.
_CLASSIFIER_PHRASES = [p for p in _UNIT_OF_PHRASE
                       if " " in p and p.split()[0] in _SKIP_BEFORE_UNIT and _readable_as_words(p)]
#: What `_unit_after_words` reads after a number, in one pattern (matched in the text's
#: lowercase, its window's end as endpos): whitespace, then a classifier that opens no unit
#: phrase (that reader's own rules then apply), or a unit phrase (the longest, as `_lookup_unit`
#: finds), then, unless marks end the clause there, a detail of two words or else of one ("đảng
#: viên chính thức"). Phrases `_next_words` can never give (see `_readable_as_words`) are left
#: out, and details of three words, which that reader never joins.
_UNIT_AHEAD = re.compile(
    r"\s*(?:(?P<classifier>(?!" + _word_alternation(_CLASSIFIER_PHRASES) + ")"
    + _word_alternation(_SKIP_BEFORE_UNIT) + ")"
    + "|(?P<unit>" + _word_alternation(p for p in _UNIT_OF_PHRASE if _readable_as_words(p)) + ")"
    + r"(?:\s+(?:(?P<detail2>" + _word_alternation(w for w in _DETAIL_PHRASES if w.count(" ") == 1 and _readable_as_words(w))
    + ")|(?P<detail1>" + _word_alternation(w for w in _DETAIL_PHRASES if " " not in w and _readable_as_words(w)) + ")))?)")


def _lookup_unit(words: list[str]) -> tuple[str | None, int]:
    """The longest unit that `words` starts with, and how many words it took."""
    if not words:
        return None, 0
    for phrase, unit in _UNITS_BY_FIRST_WORD.get(words[0], ()):
        if words[:len(phrase)] == phrase:
            return unit, len(phrase)
    return None, 0


def _noun_of(words: list[str]) -> str | None:
    """The unit noun that ends `words` ("bắt giữ đối tượng" -> "đối tượng"), if the tables know it."""
    for n in (2, 1):
        unit, used = _lookup_unit(words[-n:])
        if unit is not None and used == min(n, len(words)):
            return unit
    return None


_HALF_AFTER_WORDS = tuple(rules.HALF_AFTER)


def _half_after_unit(text: str, pos: int, lower: str | None = None) -> bool:
    """ "hai năm rưỡi", "3 tiếng rưỡi": "rưỡi" right after the unit adds half of one. (`lower`
    as for `_next_words`.)"""
    window = text[pos:pos + 40].lower() if lower is None else lower[pos:pos + 40]
    for half in _HALF_AFTER_WORDS:
        if half in window:
            break
    else:
        return False  # the cheap question first: nearly every number has none after it
    words = _next_words(text, pos, _MAX_UNIT_WORDS + 1, lower)
    unit, used = _lookup_unit(words)
    return unit is not None and words[used:used + 1] in ([w] for w in rules.HALF_AFTER)


def _unit_after(text: str, pos: int, lower: str | None = None) -> tuple[str | None, str | None]:
    """(unit, detail) of the noun phrase after a number at pos. (`lower` as for `_next_words`.)

    With `lower`, one match of `_UNIT_AHEAD` reads what `_unit_after_words` reads word by word,
    unless the first word is a classifier (whose rules that reader keeps)."""
    if lower is None:
        return _unit_after_words(text, pos, None)
    if _name_follows(text, pos):
        return None, None  # `_unit_after_words` answers so too, whatever the words
    m = _UNIT_AHEAD.match(lower, pos, pos + NEXT_WORDS_REACH)   # what `_next_words` reads
    if m is None:
        return None, None
    last = m.lastgroup  # "unit", or the detail after it, or "classifier"
    if last == "classifier":
        return _unit_after_words(text, pos, lower)
    phrase = m.group("unit")
    unit = _UNIT_OF_PHRASE.get(phrase) or _UNIT_OF_PHRASE[" ".join(phrase.split())]
    return unit, (None if last == "unit" else m.group(last))


def _name_follows(text: str, pos: int) -> bool:
    """ "Hoa hậu 2014 Kỳ Duyên": a capitalised word (not an acronym) right after pos is a name."""
    head = text[pos:pos + 3].lstrip()
    return head[:1].isupper() and not head[:2].isupper()


def _unit_after_words(text: str, pos: int, lower: str | None) -> tuple[str | None, str | None]:
    """`_unit_after` the long way: the words after pos, then the tables."""
    words = _next_words(text, pos, _MAX_UNIT_WORDS + 2, lower)
    if not words or words[0] == "%":
        return None, None
    if _name_follows(text, pos):
        return None, None  # a name follows, not a unit
    skip = 1 if words[0] in _SKIP_BEFORE_UNIT and len(words) > 1 else 0
    if skip and _lookup_unit(words)[1] > 1:
        skip = 0  # "hai con tin", "5 cây số": a unit phrase that opens with a classifier's word
    unit, n = _lookup_unit(words[skip:])
    if unit is None and skip:  # "3 chiếc bao tải": the classifier is the best unit we know
        unit, n, skip = rules.UNIT_NOUNS.get(words[0]), 1, 0
    if unit is None:
        # A noun outside the tables stays unknown: cutting "cảnh sát" to "cảnh"
        # would make a unit that contradicts everything.
        return None, None
    rest = words[skip + n:skip + n + 2]
    detail = None
    if rest:
        if len(rest) == 2 and f"{rest[0]} {rest[1]}" in rules.DETAIL_WORDS:
            detail = f"{rest[0]} {rest[1]}"
        elif rest[0] in rules.DETAIL_WORDS:
            detail = rest[0]
    return unit, detail
