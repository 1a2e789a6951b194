"""What a figure is said of: the words that bind it in its clause (its slot).

"Vụ cháy làm chết 13 người, hơn 50 người bị thương" says 13 of "làm chết" and 50 of "bị
thương". A figure's slot is the content words of its clause next to it: the predicate and the
holder before it (for a figure in apposition, "Lê Văn C. (84 tuổi", the words before the
bracket or comma), and the noun phrase and predicate after its unit. Predicates written in other
words ("tử vong", "thiệt mạng", "chết") are read as one class (`rules.PREDICATE_CLASSES`), and
the span of time its clause counts over ("trong ngày", "tuần qua") as its scope
(`rules.TIME_SCOPES`). Two figures are said of the same thing when their slots share words and
no exclusive class sets them apart (`rules.EXCLUSIVE_PREDICATES`: the dead are not the
injured).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from . import rules
from .extract import _lookup_unit, lowercase, word_trie_at_word_start
from .types import Figure

#: Content words read on each side of a figure.
_SIDE = 4
#: How far (characters) a side is read at most.
_REACH = 80
#: Marks that end a clause; a digit ends it too (the next figure has its own slot).
_CLAUSE_MARKS = ",;:()[]!?\n\"“”"
#: Marks that end the wider clause a figure's statement is read in (commas do not).
_STATEMENT_MARKS = ";:()!?\n"
#: How far (characters) the wider clause is read at most, either way.
_CLAUSE_REACH = 100
_SYLLABLE = re.compile(r"[^\W\d_]+")
_QUALIFIER_WORDS = frozenset(w for phrase in rules.QUALIFIERS for w in phrase.split())
_BOUNDARY_WORDS = tuple(tuple(p.split()) for p in rules.SLOT_BOUNDARY_WORDS)
_SCOPE_OF = {phrase: scope for scope, phrases in rules.TIME_SCOPES.items() for phrase in phrases}

_SCOPE = re.compile(word_trie_at_word_start(_SCOPE_OF) + r"(?!\w)")


def _phrase_table() -> dict[tuple[str, ...], str]:
    table = {}
    for cls, phrases in rules.PREDICATE_CLASSES.items():
        for phrase in phrases:
            table[tuple(phrase.split())] = cls
    return table


_PREDICATES = _phrase_table()
_LONGEST_PREDICATE = max(len(p) for p in _PREDICATES)
#: First syllables of the phrases: only where one stands is a phrase looked up.
_PREDICATE_FIRST = frozenset(p[0] for p in _PREDICATES)
_BOUNDARY_FIRST = frozenset(b[0] for b in _BOUNDARY_WORDS)
#: The predicate classes, as the words a slot holds for them (a set: one intersection finds them).
_PREDICATE_CLASSES = frozenset(rules.PREDICATE_CLASSES)


class Slot(NamedTuple):
    words: frozenset        # content words and predicate classes next to the figure
    predicates: frozenset   # the predicate classes among them
    scope: str | None       # the span of time its clause counts over, if it names one


def slot_of(text: str, fig: Figure, lower: str | None = None) -> Slot:
    """The slot of a figure of `text` (`lower`: text lowercased by `extract.lowercase`, if at hand;
    else only the stretch around the figure that a slot may read is lowercased, so that a long
    text's figures are not each charged for the whole text)."""
    if lower is None:
        text, fig = _around(text, fig)
        lower = lowercase(text)
    left = _left_side(text, lower, fig.start)
    right = _right_side(text, lower, fig)
    words = frozenset(left).union(right)
    return Slot(words, words & _PREDICATE_CLASSES, _scope(text, lower, fig))


def shared(a: Slot, b: Slot) -> int:
    """How many words two slots share (predicates counted by class)."""
    return len(a.words & b.words)


def apart(a: Slot, b: Slot) -> bool:
    """Do two slots say their figures of different things: different predicates of one exclusive
    group (the dead, the injured), or different spans of time (the day, the week)?"""
    if a.scope and b.scope and a.scope != b.scope and not _may_be(a.scope, b.scope):
        return True
    return predicates_apart(a.predicates, b.predicates)


def predicates_apart(mine: frozenset, theirs: frozenset) -> bool:
    """Do two sets of predicate classes hold different classes of one exclusive group (the dead
    and the injured; `rules.EXCLUSIVE_PREDICATES`)?"""
    for group in rules.EXCLUSIVE_PREDICATES:
        a, b = mine & group, theirs & group
        if a and b and not a & b:
            return True
    return False


def _may_be(a: str, b: str) -> bool:
    """May two spans of time be one: "quý này" and "quý II" (`rules.SCOPES_WITHIN`)?"""
    return b in rules.SCOPES_WITHIN.get(a, ()) or a in rules.SCOPES_WITHIN.get(b, ())


def _left_side(text: str, lower: str, pos: int) -> list[str]:
    """The content words just before pos in its clause; for a figure in apposition ("Lê Văn C. (84
    tuổi", "bà Lâm, 62 tuổi"), the words before the bracket or comma."""
    lo = _clause_start(text, pos)
    words = _content(_canonical(_after_boundary_word(_SYLLABLE.findall(lower, lo, pos))))
    words = [w for w in words if w not in _QUALIFIER_WORDS]
    if not words and lo > 0 and text[lo - 1] in "(,":
        outer = _clause_start(text, lo - 1)
        words = _content(_canonical(_after_boundary_word(_SYLLABLE.findall(lower, outer, lo - 1))))
    return words[-_SIDE:]


def _right_side(text: str, lower: str, fig: Figure) -> list[str]:
    """The content words just after the figure's unit, in its clause."""
    hi = _clause_end(text, fig.end)
    syllables = _SYLLABLE.findall(lower, fig.end, hi)
    syllables = syllables[_unit_length(syllables, fig):]
    words = _content(_canonical(_before_boundary_word(syllables)))
    return words[:_SIDE]


#: The characters `str.isdigit` holds of that `\d` (`str.isdecimal`) does not: superscripts,
#: subscripts, circled digits... (a test holds the table to the running Python's).
_DIGITS_NOT_DECIMAL = "".join(chr(lo) if lo == hi else f"{chr(lo)}-{chr(hi)}" for lo, hi in (
    (0xB2, 0xB3), (0xB9, 0xB9), (0x1369, 0x1371), (0x19DA, 0x19DA), (0x2070, 0x2070), (0x2074, 0x2079),
    (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247C), (0x2488, 0x2490), (0x24EA, 0x24EA), (0x24F5, 0x24FD),
    (0x24FF, 0x24FF), (0x2776, 0x277E), (0x2780, 0x2788), (0x278A, 0x2792), (0x10A40, 0x10A43),
    (0x10E60, 0x10E68), (0x11052, 0x1105A), (0x1F100, 0x1F10A)))
#: What may end a clause (`_clause_start`, `_clause_end`): a mark of `_CLAUSE_MARKS`, a
#: character `str.isdigit` holds of, or a "." (asked further in Python).
_CLAUSE_STOP = "[" + re.escape(_CLAUSE_MARKS + ".") + r"\d" + _DIGITS_NOT_DECIMAL + "]"
_NEXT_CLAUSE_STOP = re.compile(_CLAUSE_STOP)
#: The last of them before the end of the stretch searched: `.*` runs to its end, then steps back.
_LAST_CLAUSE_STOP = re.compile(r"(?s:.*)(" + _CLAUSE_STOP + ")")


def _clause_start(text: str, pos: int) -> int:
    """Where the clause of a figure at pos starts: after the nearest mark, digit or full stop
    (no decimal point, no initial) within `_REACH` before it (found by a pattern, in C; the
    characters were read one by one in Python)."""
    lo = max(0, pos - _REACH)
    hi = pos
    while (m := _LAST_CLAUSE_STOP.match(text, lo, hi)) is not None:
        i = m.start(1)
        if text[i] != "." or not _inside_number(text, i) and not _initial(text, i):
            return i + 1
        hi = i
    return lo if lo == 0 else text.find(" ", lo, pos) + 1


def _clause_end(text: str, pos: int) -> int:
    """Where the clause of a figure ending at pos ends: at the nearest mark, digit or full stop
    (no decimal point) within `_REACH` after it."""
    hi = min(len(text), pos + _REACH)
    at = pos
    while (m := _NEXT_CLAUSE_STOP.search(text, at, hi)) is not None:
        i = m.start()
        if text[i] != "." or not _inside_number(text, i):
            return i
        at = i + 1
    return hi if hi == len(text) else max(pos, text.rfind(" ", pos, hi))


def _initial(text: str, i: int) -> bool:
    """Is the "." at i the end of an initial ("chị Nguyễn Thị H. (38 tuổi", "ông V. P. A")?"""
    return i >= 1 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha())


def _inside_number(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _unit_length(syllables: list[str], fig: Figure) -> int:
    """How many of the syllables after a figure are its unit (a classifier before it included)."""
    if fig.unit is None:
        return 0
    skip = 1 if syllables and syllables[0] in rules.CLASSIFIERS else 0
    _, n = _lookup_unit(syllables[skip:])
    if n == 0 and syllables[skip:skip + 1] and syllables[skip] in rules.MONEY_UNITS:
        n = 1
    return skip + n if n else 0


def _after_boundary_word(syllables: list[str]) -> list[str]:
    """The syllables after the last word that ends a clause ("và", "còn", "trong khi")."""
    if _BOUNDARY_FIRST.isdisjoint(syllables):
        return syllables  # no such word opens here (most clauses): one set test in C, no loop
    for i in range(len(syllables) - 1, -1, -1):
        if syllables[i] in _BOUNDARY_FIRST and _boundary_at(syllables, i):
            return syllables[i + 1:]
    return syllables


def _before_boundary_word(syllables: list[str]) -> list[str]:
    if _BOUNDARY_FIRST.isdisjoint(syllables):
        return syllables
    for i, syllable in enumerate(syllables):
        if syllable in _BOUNDARY_FIRST and _boundary_at(syllables, i):
            return syllables[:i]
    return syllables


def _boundary_at(syllables: list[str], i: int) -> bool:
    return any(tuple(syllables[i:i + len(b)]) == b for b in _BOUNDARY_WORDS)


def _canonical(syllables: list[str]) -> list[str]:
    """Predicate phrases read as their class, longest first: "bị thương nặng" -> "bị thương"."""
    if _PREDICATE_FIRST.isdisjoint(syllables):
        return syllables  # no phrase opens here (most sides of a figure): nothing to replace
    out, i = [], 0
    while i < len(syllables):
        n, cls = _predicate_at(syllables, i)
        out.append(syllables[i] if cls is None else cls)
        i += n
    return out


def _predicate_at(syllables: list[str], i: int) -> tuple[int, str | None]:
    """(length, class) of the longest predicate phrase that begins at i; (1, None) if none does."""
    if syllables[i] in _PREDICATE_FIRST:
        for n in range(min(_LONGEST_PREDICATE, len(syllables) - i), 0, -1):
            cls = _PREDICATES.get(tuple(syllables[i:i + n]))
            if cls is not None:
                return n, cls
    return 1, None


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w in rules.PREDICATE_CLASSES
            or (len(w) > 1 and w not in rules.FUNCTION_WORDS)]


def _scope(text: str, lower: str, fig: Figure) -> str | None:
    """The span of time the figure's clause counts over ("Trong tuần qua, ... 50 ca"): the last
    scope named before it in its clause, else the first after it; a scope after a word of
    comparison ("so với cùng kỳ năm trước") is the base compared with, not the figure's."""
    lo, hi = clause_bounds(text, fig)
    before = [m for m in _SCOPE.finditer(lower, lo, fig.start) if not _after_comparison(lower, m.start())]
    if before:
        return _SCOPE_OF[before[-1].group()]
    after = [m for m in _SCOPE.finditer(lower, fig.end, hi) if not _after_comparison(lower, m.start())]
    return _SCOPE_OF[after[0].group()] if after else None


def _after_comparison(lower: str, pos: int) -> bool:
    before = lower[max(0, pos - 16):pos]
    return any(w in before for w in rules.COMPARISON_BASE_WORDS)


def clause_bounds(text: str, fig: Figure) -> tuple[int, int]:
    """The clause that holds a figure, commas included: up to `_CLAUSE_REACH` characters either
    way, cut at a full stop, a semicolon, a colon, a bracket or a line break."""
    lo, hi = max(0, fig.start - _CLAUSE_REACH), min(len(text), fig.end + _CLAUSE_REACH)
    before, after = _last_statement_end(text, lo, fig.start), _first_statement_end(text, fig.end, hi)
    return (lo if before < 0 else before + 1), (hi if after < 0 else after)


# The marks are found by a pattern (in C), not by reading every character of the clause in
# Python, nor by a `str.find` for each mark: every figure of a summary, and every article figure
# it is compared with, asks for its clause.

_STATEMENT_END = "[" + re.escape(_STATEMENT_MARKS + ".") + "]"
_NEXT_STATEMENT_END = re.compile(_STATEMENT_END)
#: The last of them before the end of the stretch searched: `.*` runs to its end, then steps back.
_LAST_STATEMENT_END = re.compile(r"(?s:.*)(" + _STATEMENT_END + ")")


def _last_statement_end(text: str, lo: int, hi: int) -> int:
    """The last i in [lo, hi) where a statement ends (`_STATEMENT_MARKS`, or a "." that is no
    decimal point), or -1."""
    while (m := _LAST_STATEMENT_END.match(text, lo, hi)) is not None:
        i = m.start(1)
        if text[i] != "." or not _inside_number(text, i):
            return i
        hi = i
    return -1


def _first_statement_end(text: str, lo: int, hi: int) -> int:
    """The first i in [lo, hi) where a statement ends, or -1."""
    while (m := _NEXT_STATEMENT_END.search(text, lo, hi)) is not None:
        i = m.start()
        if text[i] != "." or not _inside_number(text, i):
            return i
        lo = i + 1
    return -1


def clause_words(text: str, fig: Figure, lower: str | None = None, *, holder: bool = False) -> frozenset:
    """The content words of the clause that holds a figure (see `clause_bounds`); with `holder`,
    for a figure that opens a bracket, those of the clause before it too (see below)."""
    if lower is None:
        text, fig = _around(text, fig)
        lower = lowercase(text)
    lo, hi = clause_bounds(text, fig)
    words = _content(_SYLLABLE.findall(lower, lo, hi))
    if holder and _opens_bracket(text, lo, fig.start):
        # in apposition ("làm rõ nghi án một bé gái (9 tuổi)"), the figure is said of the holder
        # the clause before the bracket names: a summary's figure is compared by that clause (an
        # article's, by its bracket: whose it is, the question of named holders asks)
        outer, _ = clause_bounds(text, fig._replace(start=lo - 1, end=lo - 1))
        words += _content(_SYLLABLE.findall(lower, outer, lo - 1))
    return frozenset(words)


def _opens_bracket(text: str, lo: int, pos: int) -> bool:
    """Does the clause [lo, pos) begin right after "(" with nothing before the figure at pos?"""
    return lo > 0 and text[lo - 1] == "(" and not text[lo:pos].strip()


#: The most a slot or a clause reads on either side of its figure (an apposition's outer clause,
#: the wider clause of the scope), with room to spare.
_WINDOW = 2 * _REACH + _CLAUSE_REACH + 20


def _around(text: str, fig: Figure) -> tuple[str, Figure]:
    """The stretch of text a figure's slot and clause are read in, and the figure within it."""
    lo = max(0, fig.start - _WINDOW)
    return text[lo:fig.end + _WINDOW], fig._replace(start=fig.start - lo, end=fig.end - lo)
