"""The same figure written another way beside the same word.

A summary writes "tầng 3" where its article writes "tầng ba", "lần thứ 78" where the article
writes "lần 78", "vị trí thứ 4" for "vị trí số 4", "hai lần" for "lần thứ hai" (the second time
is two times), "3 giờ 11 phút" for "ba giờ 11 phút". The figure readers of `extract.py` read a
number word only where its words make it a number, so such an article figure may never be read;
here the summary figure's own neighbour word is the anchor: the article bears the figure out
when it writes the same value, in digits or in words, beside the same word. A neighbour that is
a function word anchors nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import rules
from .numbers import MAX_DIGITS
from .extract import _qualifier_before as qualifier_before
from .types import Figure, Kind, Span

_FIRST = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_WORD_AFTER = re.compile(r"[ \t]*([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*$")


@lru_cache(maxsize=None)
def spellings(value: int) -> tuple[str, ...]:
    """The words for a value from one to ten ("tư" and "bốn" for 4), digits first."""
    words = {w for table in (rules.DIGIT_WORDS, rules.ORDINAL_WORDS, rules.TEN_WORDS)
             for w, v in table.items() if v == value and w not in rules.NOT_NUMBER_SPELLINGS}
    return (str(value), *sorted(words))


def _forms(lead: str, value: int) -> list[str]:
    """The ways the article may write the summary's number, longest first."""
    return sorted({lead.lower(), *(spellings(value) if 0 < value <= 10 else ())}, key=len, reverse=True)


def _opening_with(words) -> str:
    """A look-ahead for `words`, put before a pattern that opens with `\\b` and then one of
    them: it finds the same matches, and fails sooner where none may start (a third of the
    time over a 10 MB article)."""
    return "(?=" + "|".join(map(re.escape, words)) + ")"


def _anchor(word: str | None) -> str | None:
    if not word or word in rules.NEIGHBOUR_STOP_WORDS or len(word) < 2:
        return None
    return re.escape(word)


def _word_at_boundary(word: str) -> str:
    """`\\b<word>` written so that `re` skips ahead to the word in C: a pattern that opens
    with `\\b` is tried at every position of the article (six such scans were half a second
    of a 10 MB check), one that opens with its literal word is tried only where the word
    stands. The boundary becomes a look-behind after the word (the word and one character
    before it: fixed width); a word opening with a non-word character keeps its `\\b`."""
    if not _WORD_CHAR.match(word):
        return rf"\b{word}"
    return rf"{word}(?<!\w{word})"


_WORD_CHAR = re.compile(r"\w")


_OPENING = "(\"'“‘["
_CLOSING = ",.;:!?)\"'”’]"


def _clause_words_before(text: str, pos: int) -> list[str]:
    """The lowercase words before pos in its clause ("(hệ số" gives "hệ", "số")."""
    words = []
    for w in reversed(text[max(0, pos - 40):pos].lower().split()):
        if w[-1] in _CLOSING:
            break
        words.append(w.lstrip(_OPENING))
        if w[0] in _OPENING:
            break
    return [w for w in reversed(words) if w]


def written_beside(fig: Figure, summary: str, lower: str, text: str, read_at: frozenset = frozenset()) -> Span | None:
    """Where the article writes the summary's figure another way: beside the same word
    (`beside_same_word`), as the same rank (`same_rank`), or as the count its ordinal is
    (`ordinal_as_count`)."""
    return beside_same_word(fig, summary, lower, text, read_at) or same_rank(fig, summary, lower, text) \
        or ordinal_as_count(fig, summary, lower, text) or numbered_with_year(fig, summary, lower, text)


def numbered_with_year(fig: Figure, summary: str, lower: str, text: str) -> Span | None:
    """ "Nghị định 24" for the article's "Nghị định 24/2012": a document's number, cited
    without the year the article writes after a slash, after the same word."""
    if fig.kind is not Kind.IDENTIFIER or not fig.text.isdigit():
        return None
    before = _clause_words_before(summary, fig.start)
    word = _anchor(before[-1] if before else None)
    if word is None or f"{fig.text}/" not in lower or before[-1] not in lower:
        return None   # every match holds both: no pattern of its own is compiled for nothing
    found = re.search(rf"{_word_at_boundary(word)}\s+{fig.text}/(?:19|20)\d\d(?!\d)", lower)
    return Span(text[found.start():found.end()], found.start(), found.end()) if found else None


def _plain_value(fig: Figure) -> int | None:
    """The whole number a count, an ordinal or a bare identifier states ("xếp thứ 9" is 9)."""
    if fig.kind is Kind.IDENTIFIER:
        return int(fig.text) if fig.text.isdigit() and len(fig.text) <= MAX_DIGITS else None
    if fig.kind not in (Kind.COUNT, Kind.ORDINAL) or fig.qualifier is not None:
        return None
    if isinstance(fig.value, (tuple, str)) or fig.value != int(fig.value):
        return None
    return int(fig.value)


def _number_forms(value: int) -> tuple[str, ...]:
    """The ways `_number_pattern` writes the value: in digits, or in words up to ten."""
    return spellings(value) if 0 < value <= 10 else (str(value),)


def _number_pattern(value: int) -> str:
    """The value in digits or in words, standing alone (not part of a longer number)."""
    return rf"(?<![\d.,])(?:{'|'.join(map(re.escape, _number_forms(value)))})(?![.,]?\d)"


def _words_before_number(summary: str, fig: Figure) -> str:
    """The summary's lowercase text before the figure's number (for "xếp thứ 9", before "9")."""
    number_at = fig.end - len(fig.text.split()[-1])
    return summary[max(0, number_at - 30):number_at].lower()


def same_rank(fig: Figure, summary: str, lower: str, text: str) -> Span | None:
    """ "xếp thứ 9" for "đứng hạng 9", "lên vị trí 84" for "đứng thứ 84", "vị trí thứ 34 thế
    giới" for "số 34 WTA": a number after a rank phrase (`rules.RANK_PHRASES`, or "số" before
    the table it ranks in) is borne out by the same number after any of them."""
    value = _plain_value(fig)
    if value is None or not _after_a_rank_phrase(summary, fig):
        return None
    if not any(form in lower for form in _number_forms(value)):
        return None   # every match holds one: no pattern of its own is compiled for nothing
    number = _number_pattern(value)
    found = re.search(rf"\b(?:{_RANK_PHRASES})\s+{number}", lower) \
        or re.search(rf"\b{rules.RANK_NUMBER_WORD}\s+{number}\s+(?:{_RANK_TABLES})\b", lower)
    return Span(text[found.start():found.end()], found.start(), found.end()) if found else None


_RANK_PHRASES = "|".join(r"\s+".join(map(re.escape, p.split())) for p in rules.RANK_PHRASES)
_RANK_TABLES = "|".join(r"\s+".join(map(re.escape, t.split())) for t in rules.RANK_TABLES)
_RANK_TABLE_AFTER = re.compile(rf"\s+(?:{_RANK_TABLES})\b")


def _after_a_rank_phrase(summary: str, fig: Figure) -> bool:
    """Does a rank phrase stand before the figure's number, or "số" with a table after it?"""
    before = _words_before_number(summary, fig)
    if any(before.endswith(f" {p} ") or before == f"{p} " for p in rules.RANK_PHRASES):
        return True
    number_word = f"{rules.RANK_NUMBER_WORD} "
    return (before.endswith(" " + number_word) or before == number_word) \
        and _RANK_TABLE_AFTER.match(summary.lower(), fig.end) is not None


def ordinal_as_count(fig: Figure, summary: str, lower: str, text: str) -> Span | None:
    """ "trận thua thứ 25" for "thua 25 trận", "chức vô địch thứ 100" for "100 chức vô địch":
    the Nth of a noun is borne out where the article counts N of the noun the summary names
    before "thứ" (the converse of "hai lần" for "lần thứ hai", see `beside_same_word`)."""
    value = _plain_value(fig)
    if value is None or fig.kind is not Kind.ORDINAL:
        return None
    words = _clause_words_before(summary, fig.end - len(fig.text.split()[-1]))
    if not words or words[-1] != rules.ORDINAL_WORD:
        return None
    nouns = [w for w in words[-4:-1] if len(w) >= 2 and w not in rules.NEIGHBOUR_STOP_WORDS
             and not any(w in p.split() for p in rules.RANK_PHRASES)]
    if not nouns:
        return None
    # a noun of two words is asked for whole: "danh hiệu ATP thứ 100" for "100 danh hiệu"
    pairs = [f"{a} {b}" for a, b in zip(words[-5:-2], words[-4:-1]) if b in nouns]
    if not any(n in lower for n in nouns) or not any(form in lower for form in _number_forms(value)):
        return None   # every match holds both: no pattern of its own is compiled for nothing
    noun = "|".join(r"\s+".join(map(re.escape, n.split())) for n in (*pairs, *nouns))
    found = re.search(rf"{_number_pattern(value)}\s+(?:{noun})\b", lower)
    return Span(text[found.start():found.end()], found.start(), found.end()) if found else None


def beside_same_word(fig: Figure, summary: str, lower: str, text: str, read_at: frozenset = frozenset()) -> Span | None:
    """Where the article writes the summary figure's value beside the word the summary writes
    it beside (before or after), in digits or in words, with or without "thứ"/"số" between
    (`rules.NUMBER_MARKERS`); or, for a count of a noun, "<noun> thứ <value>". Where the article
    writes it just as the summary does and its figure readers read it there (`read_at`: the
    starts of the article's figures), their verdict stands."""
    if fig.kind not in (Kind.COUNT, Kind.ORDINAL, Kind.TIME, Kind.IDENTIFIER) or fig.qualifier == "vague":
        return None
    if fig.kind is Kind.IDENTIFIER:  # a bare number after a naming word: "tầng 3", "vòng 1"
        if not fig.text.isdigit() or len(fig.text) > MAX_DIGITS:
            return None
        fig = fig._replace(value=int(fig.text))
    body = fig.text
    head = fig.unit if fig.kind is Kind.ORDINAL and fig.unit and body.lower().startswith(fig.unit) else None
    if head is not None:  # "lần thứ 78": the head is the word before, the value its last word
        body = body.split()[-1]
    lead = _FIRST.match(body)
    if lead is None:
        return None
    value = fig.value if fig.kind is not Kind.TIME else int(re.match(r"\d+", fig.value).group())
    if isinstance(value, (tuple, str)) or value != int(value):
        return None
    value = int(value)
    rest = re.escape(body[lead.end():]).replace(r"\ ", r"\s+")
    forms = _forms(lead.group(), value)
    number = rf"(?P<n>{'|'.join(map(re.escape, forms))})"
    marker = rf"(?P<m>(?:{'|'.join(rules.NUMBER_MARKERS)})\s+)?"
    after = _WORD_AFTER.match(summary, fig.end)
    after_raw = after.group(1).lower() if after else None
    after_word = _anchor(after_raw)
    before_words = _clause_words_before(summary, fig.start)
    before_marker = []
    if head is None:
        while before_words and before_words[-1] in rules.NUMBER_MARKERS:
            before_marker.append(before_words.pop())
    before_raw = head.split()[-1] if head else (before_words[-1] if before_words else None)
    before_word = _anchor(before_raw)
    # (what every match needs, the pattern): the anchor word with, across white space, the
    # words that must stand next to it (`_may_match`); most patterns are asked of an article
    # that has no such place, and are neither compiled nor run
    tail = body[lead.end():].split()
    patterns = []
    if before_word:
        patterns.append(((before_raw, (*forms, *rules.NUMBER_MARKERS), ()),
                         rf"{_word_at_boundary(before_word)}\s+{marker}{number}{rest}\b"))
    if after_word:
        patterns.append(((after_raw, (), tuple(tail[-1:] or forms)),
                         rf"{_opening_with([*forms, *rules.NUMBER_MARKERS])}\b{marker}{number}{rest}\s+{after_word}\b"))
        if fig.kind is Kind.COUNT:  # "hai lần" for "lần thứ hai": the second is two
            patterns.append(((after_raw, (rules.ORDINAL_WORD,), ()),
                             rf"{_word_at_boundary(after_word)}\s+(?P<m>{rules.ORDINAL_WORD})\s+{number}\b"))
    if rest and fig.kind is Kind.TIME:  # "3 giờ 11 phút" for "ba giờ 11 phút", whatever follows
        patterns.append((None, rf"{_opening_with(forms)}\b{number}{rest}\b"))
    if head is not None:
        words = fig.text.lower().split()
        marker_word = words[-2] if len(words) > 2 and words[-2] in rules.NUMBER_MARKERS else None
    else:
        marker_word = before_marker[0] if before_marker else None
    for needed, pattern in patterns:
        if needed is not None and not _may_match(lower, *needed):
            continue
        for m in _matches(pattern, lower):
            theirs = (m.groupdict().get("m") or "").strip() or None
            if m.group("n") == lead.group().lower() and theirs == marker_word and m.start("n") in read_at:
                continue  # written the same way, and read: the figure readers have judged it
            if not _same_qualifier(fig, text, m.start("n")):
                continue
            return Span(text[m.start():m.end()], m.start(), m.end())
    return None


def _may_match(lower: str, word: str, heads: tuple[str, ...], tails: tuple[str, ...]) -> bool:
    """Does `word` stand in `lower` with white space after it and then one of `heads` (when
    given), or white space before it and before that the end of one of `tails` (when given)?
    What a pattern needs that reads `word` and then a number ("tầng ba"), or a number and then
    `word`: asked with `str` methods, before the pattern is compiled. A word the text holds more
    than `_MAY_MATCH_LOOKS` times is left to the pattern (a scan in C)."""
    at, looks = lower.find(word), 0
    while at >= 0:
        looks += 1
        if looks > _MAY_MATCH_LOOKS:
            return True
        if heads:
            after = at + len(word)
            if after < len(lower) and lower[after].isspace() and lower.startswith(heads, _SPACES.match(lower, after).end()):
                return True
        elif at and lower[at - 1].isspace():
            before = at - 1
            while before and lower[before - 1].isspace():
                before -= 1
            if lower.endswith(tails, 0, before):
                return True
        at = lower.find(word, at + 1)
    return False


_SPACES = re.compile(r"\s*")
_MAY_MATCH_LOOKS = 200


@lru_cache(maxsize=1024)
def _matches(pattern: str, lower: str) -> tuple[re.Match, ...]:
    """The matches of one pattern in one article, found once: a summary that repeats a figure
    asks the same question of the same article."""
    return tuple(re.finditer(pattern, lower))


def _same_qualifier(fig: Figure, text: str, number_at: int) -> bool:
    """The article's qualifier before its number is the summary's, or the summary drops it
    ("hơn hai tiếng" bears out "hai tiếng", never "gần hai tiếng")."""
    theirs = qualifier_before(text, number_at)
    return theirs == fig.qualifier or fig.qualifier is None


def slash_read_otherwise(fig: Figure, figures: list[Figure], lower: str, text: str) -> Span | None:
    """ "a/b" read one way in the summary and the other in the article: "khoảng 1/11" (a
    share after "khoảng") for the article's date "ngày 1/11"; "5/6 bài toán" (a date: no
    fraction word after it) for the article's "5 trong số 6 bài toán" or "chiếm 5/6"."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})", fig.text)
    if m is None:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    if fig.kind is Kind.RATIO:
        for f in figures:
            if f.kind is Kind.DATE and isinstance(f.value, str) and f.value.endswith(f"-{b:02d}-{a:02d}"):
                return Span(f.text, f.start, f.end)
        return None
    if fig.kind is not Kind.DATE:
        return None
    for f in figures:
        if f.kind is Kind.RATIO and tuple(f.value) == (a, b):
            return Span(f.text, f.start, f.end)
    for m in _PART_OF_WHOLE.finditer(lower):
        end = m.end() + len(str(b))
        if m.group(1) == str(a) and lower.startswith(str(b), m.end()) and not _digit_follows(lower, end):
            return Span(text[m.start():end], m.start(), end)
    return None


#: "<number> trên tổng số ", "<number> trong số " and the like, a number after it: where
#: `slash_read_otherwise` looks for "a <link> b". One pattern for every a and b (one compiled per
#: summary figure was most of the checker's time on it): at most one link may stand between a
#: number and the next, so the first match with the summary's a and b is the first "a <link> b".
#: The matches of `(?<![\d.,])(\d+)\s+...`, its look-behind asked after the first digit so that
#: `re` skips from digit to digit (one that opens with a look-behind is tried at every position:
#: 124 µs against ~20 a val-2000 article).
_PART_OF_WHOLE = re.compile(r"(\d(?<![\d.,]\d)\d*)\s+(?:"
                            + "|".join(r"\s+".join(map(re.escape, w.split())) for w in rules.SLASH_PART_LINKS)
                            + r")\s+(?=\d)")


def _digit_follows(lower: str, pos: int) -> bool:
    """Does a digit, or a '.' or ',' and a digit, follow pos (`[\\d.,]\\d`)?"""
    return pos + 1 < len(lower) and (lower[pos].isdecimal() or lower[pos] in ".,") and lower[pos + 1].isdecimal()


def shutout(pair: tuple[int, int], lower: str, text: str) -> Span | None:
    """ "thắng 4 bàn không gỡ" is the result 4-0 (`rules.SHUTOUT_AFTER`)."""
    goals = max(pair)
    if min(pair) != 0 or goals == 0:
        return None
    after = "|".join(r"\s+".join(map(re.escape, w.split())) for w in rules.SHUTOUT_AFTER)
    number = "|".join(re.escape(f) for f in spellings(goals)) if goals <= 10 else str(goals)
    found = re.search(rf"\b(?:{number})\s+(?:{after})\b", lower)
    return Span(text[found.start():found.end()], found.start(), found.end()) if found else None


# --- A line of scorers: "Ghi bàn: Kane 18', Diaz 77' - Leweling 90'+3" ---------------------------

_MINUTE = r"\(?\d{1,3}['’]?(?:\s*\+\s*\d{1,2}['’]?)?\)?"
_NOTE = r"(?:\s+(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in rules.MINUTE_NOTES) + r"))?"
_MINUTES = rf"{_MINUTE}{_NOTE}(?:\s*(?:{'|'.join(map(re.escape, rules.MINUTE_JOINERS))})\s*{_MINUTE}{_NOTE})*"
_SCORER = rf"(?:[^\W\d_][\w.]*\s+){{1,4}}?{_MINUTES}"
_SIDE = rf"{_SCORER}(?:\s*,\s*{_SCORER})*"
_GOALS_TOLD = re.compile(
    rf"(?:{'|'.join(map(re.escape, rules.GOALS_TOLD_HEADS))})\s*:\s*(?P<a>{_SIDE})(?:\s*[-–]\s*(?P<b>{_SIDE}))?")
_ONE_MINUTE = re.compile(r"\d{1,3}['’]?(?:\s*\+\s*\d{1,2}['’]?)?")


def goals_told(pair: tuple[int, int], lower: str, text: str) -> Span | None:
    """ "Ghi bàn: Arribas 6', Embarba 43', 61' - Ronaldo 17', pen 39'" is the result 3-2: the
    scorers' minutes on each side of the dash (one side alone: the other scored none). Read
    only within `rules.GOALS_TOLD_REACH` of the head, so a long text stays linear."""
    for head in rules.GOALS_TOLD_HEADS:
        at = lower.find(head)
        while at >= 0:
            m = _GOALS_TOLD.match(lower, at, at + rules.GOALS_TOLD_REACH)
            if m is not None:
                told = tuple(len(_ONE_MINUTE.findall(side or "")) for side in (m.group("a"), m.group("b")))
                if pair in (told, told[::-1]):
                    return Span(text[m.start():m.end()], m.start(), m.end())
            at = lower.find(head, at + len(head))
    return None
