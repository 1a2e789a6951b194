"""The named subject of a figure: the place or body its sentence gives it to.

"Huyện Yên Sơn kết nạp 173 đảng viên" gives 173 to "Yên Sơn". A summary that
gives the same 173 to "Sơn Dương" has moved a figure from one district to another.
Names are runs of two or more capitalised syllables, less the administrative
word in front ("huyện", "tỉnh", "Đảng bộ", see rules.SUBJECT_PREFIXES).
"""
from __future__ import annotations

from . import rules

_SENTENCE_ENDS = ".!?\n;"
_PUNCT = ",.;:!?()\"'“”"
_SINGLE_PREFIXES = {p for p in rules.SUBJECT_PREFIXES if " " not in p}
_PREFIX_HINTS = tuple({p.split()[0] for p in rules.SUBJECT_PREFIXES})


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence around pos (a '.' between digits does not end one)."""
    start = 0
    i = pos
    while True:
        cut = max(text.rfind(c, 0, i) for c in _SENTENCE_ENDS)
        if cut < 0:
            break
        if text[cut] == "." and 0 < cut < len(text) - 1 and text[cut - 1].isdigit() and text[cut + 1].isdigit():
            i = cut
            continue
        start = cut + 1
        break
    end = len(text)
    i = pos
    while True:
        cands = [j for j in (text.find(c, i) for c in _SENTENCE_ENDS) if j >= 0]
        if not cands:
            break
        cut = min(cands)
        if text[cut] == "." and 0 < cut < len(text) - 1 and text[cut - 1].isdigit() and text[cut + 1].isdigit():
            i = cut + 1
            continue
        end = cut
        break
    return start, end


def names_in(segment: str) -> list[str]:
    """Place and body names in reading order: capitalised runs that follow an
    administrative word ("huyện Yên Sơn", "Tỉnh Tuyên Quang", "TP. Vĩnh Long").

    Person names are left out on purpose: a figure is given to a district, a
    province or a party body far more reliably than to the nearest person named.
    """
    lowered = segment.lower()
    if not any(p in lowered for p in _PREFIX_HINTS):
        return []
    tokens = segment.split()
    out = []
    i = 0
    n = len(tokens)
    while i < n:
        word = tokens[i].strip(_PUNCT)
        low = word.lower()
        two = f"{low} {tokens[i + 1].strip(_PUNCT).lower()}" if i + 1 < n else ""
        if two in rules.SUBJECT_PREFIXES and not tokens[i][-1] in _PUNCT:
            i += 2
        elif (low in _SINGLE_PREFIXES or tokens[i].lower() in _SINGLE_PREFIXES) and not (
                tokens[i][-1] in _PUNCT and tokens[i].lower() not in _SINGLE_PREFIXES):
            i += 1
        else:
            i += 1
            continue
        run = []
        while i < n:
            raw = tokens[i]
            w = raw.strip(_PUNCT)
            if not (w.isalpha() and w[0].isupper()) or (run and raw[0] in _PUNCT):
                break
            run.append(w)
            i += 1
            if raw[-1] in _PUNCT:
                break
        if run and (len(run) >= 2 or run[0].isupper()):
            out.append(" ".join(run))
    return out


def subject_of(text: str, start: int, end: int) -> str | None:
    """The nearest name before the figure in its sentence, else the first after it
    in the sentence, else the last name of the sentence before ("Huyện Yên Sơn được
    giao 170. Đến tháng 12, huyện kết nạp được 173" gives 173 to Yên Sơn)."""
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


def subjects_near(text: str, start: int, end: int) -> list[str]:
    """Every name the figure may belong to: those of its sentence, and of the
    sentence before when its own names none before the figure."""
    s_start, s_end = sentence_bounds(text, start)
    names = names_in(text[s_start:s_end])
    if not names_in(text[s_start:start]) and s_start > 1:
        p_start, _ = sentence_bounds(text, s_start - 1)
        names += names_in(text[p_start:s_start])
    return names


def same_subject(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a in b or b in a
