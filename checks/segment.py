"""Split Vietnamese text into sentences, keeping each sentence's offsets: the one segmenter of
the extractive engine, the candidate choice and repair, long-input splitting, the Lead
baselines, and the checker (`align.sentence_spans` for which article sentences a summary
sentence draws on, `relations._sentence_spans` for the article's arithmetic).

A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets)
followed by whitespace and a capital letter, digit or opening quote; a line break
always ends one; so does a full stop glued to a capitalised word after a word in lower
case or a number ("quý II/2025.Trong đó": a page that lost the space). Abbreviations
common in Vietnamese news ("TP.", "TS.", "PGS.") do not end a sentence. Digit grouping
("1.750.000") never has a space after the dot, so it is not a boundary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import rules

_ABBREVIATIONS = rules.SENTENCE_ABBREVIATIONS
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
# A boundary: a run of end marks with its closing quotes or brackets, before white space and
# the start of a sentence; or a run of line breaks. The pattern opens with the set of
# characters a boundary starts with, and only then looks behind, so that the regex engine
# skips from one such character to the next instead of trying the pattern at every character
# of the text (four times faster over 10 MB; that it finds what `(?<![.!?…])[.!?…]++…|\n+`
# found is tested). A run of end marks is tried only from its first mark, and read whole
# (possessive): tried from every mark of a long run ("....") it backtracked, quadratic in the run.
_BOUNDARY = re.compile(
    r"[.!?…\n](?:"
    r"(?<=[.!?…])(?<![.!?…][.!?…])[.!?…]*+[\"'”’»)\]]*+(?=\s+[\"'“‘«(\[]?[0-9A-ZÀ-Ỹ])"   # end marks
    r"|(?<=[^\W_]\.)(?=[^\W\d_]{2})"                                        # a stop glued to a word
    r"|(?<=\n)\n*+)"                                                       # line breaks
)

#: Brackets and quotes that may open a word before an abbreviation's dot.
_OPENING_MARKS = "([{\"'“‘«"

#: An initial at the end of a line: a capital ("Đ" too), perhaps a small letter ("đ" too), a dot.
_INITIAL_AT_END = re.compile(r"(?:^|\s)[A-Z\u0110][a-z\u0111]?\.$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order, stripped, with `text[start:end] == sentence.text`."""
    return [Sentence(text[start:end], start, end) for start, end in _bounds(text)]


def _bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `split_sentences`, without making its `Sentence`: the
    checker asks for the bounds only (a frozen dataclass costs about a microsecond to make, a
    quarter of the segmenter's time on a news article)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        at, after = match.span()
        mark = text[at]
        # what precedes the boundary, text[start:at], is read only at its end: a sentence
        # that runs on past many boundaries is not copied at each
        if mark == "\n":
            # Text pre-split into lines by a naive splitter breaks after initials
            # ("chị Tr.\ntới tấp."): a line that goes on in lowercase, or follows
            # an initial (at most four characters), continues the sentence. (An initial ends
            # with its dot: the pattern is asked only of a line that has one near its end.)
            if text[after:after + 1].islower():
                continue
            if at == start:   # the line break right after a sentence's end mark: nothing to keep
                start = after
                continue
            line_end = text[max(start, at - 5):at]
            if "." in line_end and _INITIAL_AT_END.search(line_end):
                continue
            end = at
        else:
            if mark == "." and _ends_with_abbreviation(text, start, at):
                continue
            if not text[after].isspace() and not _glued_stop_ends_sentence(text, at):
                continue
            end = after
        _append_bounds(bounds, text, start, end)
        start = after
    _append_bounds(bounds, text, start, len(text))
    return bounds


@lru_cache(maxsize=4)
def sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of `split_sentences`, for the checker, which asks for one
    text's sentences more than once (which article sentences a summary sentence draws on, and
    the article's arithmetic): remembered for the last few texts, so a 10 MB article is
    segmented once per check (a str keeps its hash, so asking again is a lookup)."""
    return tuple(_bounds(text))


def first_sentences(text: str, n: int) -> str:
    """The first `n` sentences of `text` joined by spaces; `text` unchanged when it has no more."""
    sentences = split_sentences(text)
    return " ".join(s.text for s in sentences[:n]) if len(sentences) > n else text


def _glued_stop_ends_sentence(text: str, at: int) -> bool:
    """A full stop with no space after it ("trong quý II/2025.Trong đó", "giải độc.Dưa chuột":
    pages whose markup held the space) ends a sentence when a word in lower case or a number
    stands before it and a capitalised word after it. Not in "TP.HCM", "X.Hương" (a capital
    before: an abbreviation), "vnexpress.net" (lower case after), "V.League", "2.500" (digits
    after never come here)."""
    before, first, second = text[at - 1], text[at + 1], text[at + 2]
    return (before.islower() or before.isdigit()) and first.isupper() and second.islower()


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    """Does text[start:end] end with an abbreviation ("TP", "PGS") or an initial?"""
    while end > start and text[end - 1].isspace():
        end -= 1
    # the last word, read from the end only: a longer one is no abbreviation either way
    tail = text[max(start, end - _LONGEST_ABBREVIATION - 2):end]
    word = tail.rsplit(None, 1)[-1] if tail else ""
    # "(TP. HCM)": the abbreviation may open a bracket or a quote
    word = word.lstrip(_OPENING_MARKS)
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _append_bounds(bounds: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """The bounds of text[start:end] stripped of white space, unless nothing is left."""
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        s = start + len(piece) - len(piece.lstrip())
        bounds.append((s, s + len(stripped)))
