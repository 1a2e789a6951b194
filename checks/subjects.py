"""The named subject of a figure: the place or body its sentence gives it to.

"Huyện Yên Sơn kết nạp 173 đảng viên" gives 173 to "Yên Sơn". A summary that
gives the same 173 to "Sơn Dương" has moved a figure from one district to another.
Names are runs of two or more capitalised syllables, less the administrative
word in front ("huyện", "tỉnh", "Đảng bộ", see rules.SUBJECT_PREFIXES).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import rules
from .extract import lowercase, word_trie

_SENTENCE_ENDS = ".!?\n;"
_MAX_SENTENCE = 1000  # a longer run without a full stop is cut, so long texts stay linear
_PUNCT = ",.;:!?()\"'“”"
#: Where the first administrative word of a segment may be ("huyện", "tp"): one search finds it.
_PREFIX_HINT = re.compile(word_trie({p.split()[0].rstrip(".") for p in rules.SUBJECT_PREFIXES}))
#: First words of the two-word prefixes ("thành phố", "đảng bộ"): only these need the next word read.
_TWO_WORD_PREFIX_STARTS = {p.split()[0] for p in rules.SUBJECT_PREFIXES if len(p.split()) == 2}


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence around pos (a '.' between digits does not end
    one), looking at most _MAX_SENTENCE characters either way. The nearest mark on each side
    is found by `str.rfind`/`str.find` (searches in C that stop at the first mark), not by
    reading every mark of the 1,000 characters before pos: a long summary asks it of
    each of its figures."""
    lo, hi = max(0, pos - _MAX_SENTENCE), min(len(text), pos + _MAX_SENTENCE)
    before = _last_end(text, lo, pos)
    after = _first_end(text, pos, hi)
    return (before + 1 if before >= 0 else lo), (after if after >= 0 else hi)


def _last_end(text: str, lo: int, hi: int) -> int:
    """Where the last sentence mark of text[lo:hi] is, or -1."""
    while True:
        at = max(text.rfind(mark, lo, hi) for mark in _SENTENCE_ENDS)
        if at < 0 or not _is_decimal_point(text, at):
            return at
        hi = at


def _first_end(text: str, lo: int, hi: int) -> int:
    """Where the first sentence mark of text[lo:hi] is, or -1."""
    while True:
        found = [at for mark in _SENTENCE_ENDS if (at := text.find(mark, lo, hi)) >= 0]
        if not found:
            return -1
        at = min(found)
        if not _is_decimal_point(text, at):
            return at
        lo = at + 1


def _is_decimal_point(text: str, i: int) -> bool:
    return text[i] == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def names_in(segment: str) -> list[tuple[str, str]]:
    """(name, level) of the place and party-body names in reading order: capitalised
    runs after an administrative word ("huyện Yên Sơn" -> ("Yên Sơn", "district")).

    Person names are left out on purpose: a figure is given to a district, a
    province or a party body far more reliably than to the nearest person named.
    An administrative word is never itself a name ("quận TP. Cần Thơ").
    """
    return list(_names_in(segment))


@lru_cache(maxsize=4096)
def _names_in(segment: str) -> tuple[tuple[str, str], ...]:
    """`names_in`, remembered: every figure of a long sentence reads the same up to
    thousand characters around it, and a text that repeats itself the same segments."""
    return tuple(_read_names(segment))


def _read_names(segment: str) -> list[tuple[str, str]]:
    hint = _PREFIX_HINT.search(lowercase(segment))  # same length: its offsets are the segment's
    if hint is None:
        return []
    first = hint.start()
    # no word before the first hint can be an administrative word: start the walk
    # at the word holding it
    tokens = segment[segment.rfind(" ", 0, first) + 1:].split()
    out = []
    i = 0
    n = len(tokens)
    level = None
    while i < n:
        low = tokens[i].strip(_PUNCT).lower()
        if low in _TWO_WORD_PREFIX_STARTS and i + 1 < n and tokens[i][-1] not in _PUNCT:
            two = f"{low} {tokens[i + 1].strip(_PUNCT).lower()}"
            if two in rules.SUBJECT_PREFIXES:
                level, i = rules.SUBJECT_PREFIXES[two], i + 2
                continue
        if low in rules.SUBJECT_PREFIXES or tokens[i].lower() in rules.SUBJECT_PREFIXES:
            level = rules.SUBJECT_PREFIXES.get(low) or rules.SUBJECT_PREFIXES[tokens[i].lower()]
            i += 1
            continue
        if level is None:
            i += 1
            continue
        run = []
        while i < n:
            raw = tokens[i]
            w = raw.strip(_PUNCT)
            if (not (w.isalpha() and w[0].isupper()) or (run and raw[0] in _PUNCT)
                    or w.lower() in rules.SUBJECT_PREFIXES):
                break
            run.append(w)
            i += 1
            if raw[-1] in _PUNCT:
                break
        if run and (len(run) >= 2 or (run[0].isupper() and len(run[0]) >= 2)):
            out.append((" ".join(run), level))
        level = None
        if not run:
            i += 1
    return out


def subject_of(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(name, level) the figure is given to: the nearest name before it in its
    sentence, else the first after it in the sentence, else the last name of the
    sentence before ("Huyện Yên Sơn được giao 170. Đến tháng 12, huyện kết nạp
    được 173" gives 173 to Yên Sơn)."""
    s_start, s_end = sentence_bounds(text, start)
    before = names_in(text[s_start:start])
    if before:
        return before[-1]
    after = names_in(text[end:s_end])
    if after:
        return after[0]
    if s_start > 1:
        p_start, _ = sentence_bounds(text, s_start - 1)
        previous = names_in(text[p_start:s_start])
        if previous:
            return previous[-1]
    return None


def subjects_near(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """Every (name, level) the figure may belong to: those of its sentence and of
    the sentences just before and after it. A title (the text's first line, a
    sentence by itself) takes nothing from the body's first sentence, which is
    often about someone else: "Khởi tố nhóm người đánh tài xế xe 4 chỗ" is not
    about the district the attackers come from."""
    s_start, s_end = sentence_bounds(text, start)
    names = names_in(text[s_start:s_end])
    if s_start > 1:
        p_start, _ = sentence_bounds(text, s_start - 1)
        names = names_in(text[p_start:s_start]) + names
    is_title = s_start == 0 and text[s_end:s_end + 1] == "\n"
    if s_end < len(text) - 1 and not is_title:
        _, n_end = sentence_bounds(text, s_end + 1)
        names += names_in(text[s_end:n_end])
    return names


def same_subject(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a in b or b in a
