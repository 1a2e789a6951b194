"""Whose a figure is, where a sentence gives values of one unit to several people.

"HĐXX tuyên phạt Huỳnh Văn An 13 năm tù, Trần Văn Bình 10 năm tù" gives 13 to An and 10 to
Bình; "An và Bình bị tuyên phạt lần lượt 14 và 8 năm tù" gives 14 to An and 8 to Bình. Such a
sentence is *respective*: two or more people, each named before their own value of the unit.
A summary that gives Bình's 10 to An, or An's 14 to both of them, moves a value from one
person to another (`verify._given_to_another_person` asks it).

People are read as capitalised words: a run of two or more ("Huỳnh Văn An"), or one after a
title ("ông Châu", "bị cáo Tài", `rules.NAME_TITLES`); never the name of a place after an
administrative word ("huyện Yên Sơn", `rules.SUBJECT_PREFIXES`), nor words in capitals
("HĐXX"). A person is known by the given name, the last syllable, lowercased (as `verify._holder`).
Words in brackets are an aside ("Huỳnh Văn An (SN 1956, nguyên Chủ tịch HĐQT)") and are skipped.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from . import rules
from .types import Figure

_WORD = re.compile(r"[^\W\d_]+\.?")
_BRACKETED = re.compile(r"\([^()]*\)")
_TITLES = frozenset(rules.NAME_TITLES)
_PREFIXES = frozenset(rules.SUBJECT_PREFIXES)
_JOINERS = frozenset(rules.HOLDER_LIST_JOINERS)
_RESPECTIVELY = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, rules.RESPECTIVELY_WORDS)) + r")(?!\w)",
                           re.IGNORECASE)
#: What may stand between a number and the next one whose unit it shares: "14 và 8 năm tù".
_UNIT_SHARING_GAPS = [[]] + [[w] for w in rules.SHARED_SCALE_JOINERS]
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha())
_LOWER = "".join(c for c in map(chr, range(0x61, 0x1F00)) if c.islower() and c.isalpha())
#: A full name: capitalised words (an initial "H." among them) joined by single spaces, the last
#: one captured.
_FULL_NAME = re.compile(rf"(?<![^\W\d_])(?:[{_UPPER}](?:[{_LOWER}]+|\.)[ ])+([{_UPPER}](?:[{_LOWER}]+|\.))(?![^\W\d_])")
#: The most words a name has (a longer capitalised run is a title or a heading, not a person).
_LONGEST_NAME = 5


class Held(NamedTuple):
    figure: Figure
    person: str     # the given name, lowercased


def _is_name_word(word: str) -> bool:
    """A capitalised word of a name: "Huỳnh", "H." (an initial); not "HĐXX", not "tuyên"."""
    core = word.rstrip(".")
    if not core or not core[0].isupper():
        return False
    return len(core) == 1 or core[1:].islower()


class Person(NamedTuple):
    start: int
    end: int
    name: str       # the given name, lowercased


def without_asides(text: str) -> str:
    """The text with its bracketed asides blanked out (same length: offsets stay)."""
    return _BRACKETED.sub(lambda m: " " * len(m.group()), text)


def people_in(text: str, known: frozenset = frozenset()) -> list[Person]:
    """The people named in `text`, in reading order, bracketed asides left out; a capitalised
    word alone is a person after a title, or when it is the given name of a full name the text
    gives elsewhere (`known`: "Diễn và Tuyết" after "Nguyễn Văn Diễn")."""
    text = without_asides(text)
    words = list(_WORD.finditer(text))
    out, i, place_end = [], 0, None
    while i < len(words):
        if not _is_name_word(words[i].group()):
            i += 1
            continue
        j = i
        while j + 1 < len(words) and _is_name_word(words[j + 1].group()) \
                and not text[words[j].end():words[j + 1].start()].strip():
            j += 1
        if _after_a_place(words, i) or place_end is not None \
                and text[place_end:words[i].start()].strip() in _PLACE_DASHES:
            place_end = words[j].end()  # "tỉnh Bà Rịa – Vũng Tàu": one place, both halves
        elif _names_a_person(words, i, j, known):
            out.append(Person(words[i].start(), words[j].end(), words[j].group().rstrip(".").lower()))
        i = j + 1
    return out


def _lower_words(text: str) -> list[str]:
    return [w.group().rstrip(".").lower() for w in _WORD.finditer(text)]


#: What joins the two halves of one place's name: "tỉnh Bà Rịa – Vũng Tàu".
_PLACE_DASHES = frozenset({"–", "-", "—"})


def _after_a_place(words: list, i: int) -> bool:
    """Does an administrative word stand just before words[i] ("huyện Yên Sơn")?"""
    before = [w.group().rstrip(".").lower() for w in words[max(0, i - 2):i]]
    return bool(before) and (before[-1] in _PREFIXES or " ".join(before[-2:]) in _PREFIXES)


def _names_a_person(words: list, i: int, j: int, known: frozenset) -> bool:
    """Is the capitalised run words[i..j] (not after an administrative word) a person's name:
    two to `_LONGEST_NAME` words, or one after a title or known as a given name?"""
    before = [w.group().rstrip(".").lower() for w in words[max(0, i - 2):i]]
    n = j - i + 1
    if 2 <= n <= _LONGEST_NAME:
        return True
    if n != 1:
        return False
    return words[i].group().rstrip(".").lower() in known \
        or bool(before) and (before[-1] in _TITLES or " ".join(before[-2:]) in _TITLES)


def given_names(text: str) -> frozenset:
    """The given names of the full names (two capitalised words or more) a text gives: found by
    one pattern, in C (an article of megabytes is read once, not word by word in Python); an
    administrative word before a name is not looked at here: a place's last word only ever makes
    a word alone read as a name."""
    return frozenset(m.group(1).rstrip(".").lower() for m in _FULL_NAME.finditer(text))


def joint_holders(text: str, known: frozenset = frozenset()) -> list[str]:
    """The people a stretch of text ending at a figure gives it to: every person it names, when
    they are one list joined by "và" or "cùng" ("ông Châu và ông Hùng chiếm đoạt"); none when
    it names people apart ("Arsenal mua Eze với giá": the buyer or the bought?)."""
    people = people_in(text, known)
    holders = [people[-1].name] if people else []
    for k in range(len(people) - 1, 0, -1):
        if not _joined(text[people[k - 1].end:people[k].start]):
            return []  # another person named apart (who buys whom, who pays whom): not sure whose
        holders.append(people[k - 1].name)
    return holders


def leading_holders(text: str, known: frozenset = frozenset()) -> list[str]:
    """The people named at the head of a clause (`text` starts where it does): the first person,
    at most `rules.CLAUSE_HEAD_WORDS` words in ("bị cáo Trần Văn Long", "ca sĩ Châu Việt
    Cường"), and those joined to it ("Sơn và Mai"); a given name the text gives elsewhere,
    written in lower case, just before "và" and the first person counts too ("sơn và Mai":
    a summary that lowercased a name). None when the clause opens with anything longer."""
    people = people_in(text, known)
    if not people:
        return []
    head = _lower_words(text[:people[0].start])
    if len(head) > rules.CLAUSE_HEAD_WORDS:
        return []
    out = [people[0].name]
    if len(head) >= 2 and head[-1] in _JOINERS and head[-2] in known:
        out.insert(0, head[-2])
    for k in range(1, len(people)):
        if not _joined(text[people[k - 1].end:people[k].start]):
            break
        out.append(people[k].name)
    return out


_AFTER_MARKERS = frozenset(rules.HOLDER_AFTER_MARKERS)
_TERM_WORDS = rules.PRISON_TERM_WORDS
_TERM_UNITS = rules.PERSON_HELD_UNITS
#: A clause's end: a comma, a semicolon, a sentence's end.
CLAUSE_END = re.compile(r"[,;.!?\n]")
_LETTERS = re.compile(r"[^\W\d_]+")


def given_to(after: str, known: frozenset = frozenset()) -> list[str] | None:
    """The people a prison term is given to by "đối với" or "cho" just past its words, read from
    `after` (the text from the end of its number, asides blanked): "14 năm tù giam đối với bị
    cáo An và Bình" gives it to An and Bình; None when no such word follows the term ("thay cho
    án treo" is not one), [] when one does but names nobody at its clause's head."""
    words = list(_LETTERS.finditer(after))
    k = 0
    while k < len(words) and k < 4 and words[k].group().lower() in _TERM_WORDS:
        k += 1
    for n in (2, 1):
        if len(words) < k + n:
            continue
        marker = " ".join(w.group().lower() for w in words[k:k + n])
        if marker in _AFTER_MARKERS and not CLAUSE_END.search(after, 0, words[k + n - 1].end()):
            rest = after[words[k + n - 1].end():]
            end = CLAUSE_END.search(rest)
            return leading_holders(rest[:end.start()] if end else rest, known)
    return None


def _joined(between: str) -> bool:
    """Are two names joined as one list: "và", "cùng", a title after it at most ("và ông")?"""
    words = _lower_words(between)
    if not words or words[0] not in _JOINERS:
        return False
    title = " ".join(words[1:])
    return not title or title in _TITLES


def respective(text: str, start: int, figures: list[Figure], known: frozenset = frozenset()) -> list[Held]:
    """The figures (of one unit, in order) of the sentence from `start` each given to the one person
    named before it since the last one ("An 13 năm tù, Bình 10 năm tù"), or paired in order with
    the people named before "lần lượt" ("An và Bình ... lần lượt 14 và 8 năm tù"), or each prison
    term given to the one person named after it ("6 năm tù đối với Hoàng, 9 năm tù cho Sơn"). Empty unless
    two people or more get values this way."""
    held = _paired_in_order(text, start, figures, known) or _each_given_to_a_name(text, figures, known) \
        or _each_after_a_name(text, start, figures, known)
    return held if len({h.person for h in held}) >= 2 else []


#: How far after a figure the person it is given to is looked for (characters).
_GIVEN_TO_REACH = 200


def _each_given_to_a_name(text: str, figures: list[Figure], known: frozenset) -> list[Held]:
    """"tuyên 6 năm tù đối với anh Hoàng và 9 năm tù cho anh Sơn": every prison term given by
    "đối với"/"cho" to one person named after it (`given_to`), before the next term; else none
    (one term given to nobody, or to a list, and whose the others are is not sure)."""
    if not any(f.unit in _TERM_UNITS for f in figures):
        return []
    out = []
    for k, fig in enumerate(figures):
        end = figures[k + 1].start if k + 1 < len(figures) else fig.end + _GIVEN_TO_REACH
        people = given_to(without_asides(text[fig.end:end]), known)
        if people is None or len(people) != 1:
            return []
        out.append(Held(fig, people[0]))
    return out


def _each_after_a_name(text: str, start: int, figures: list[Figure], known: frozenset) -> list[Held]:
    out, last = [], start
    for fig in figures:
        people = people_in(text[last:fig.start], known)
        if len(people) == 1:  # one person named before it, no other: whose it is is clear
            out.append(Held(fig, people[0].name))
        last = fig.end
    return out


def _paired_in_order(text: str, start: int, figures: list[Figure], known: frozenset) -> list[Held]:
    """"A và B bị tuyên phạt lần lượt 14 và 8 năm tù": as many people before "lần lượt" as
    figures after it, paired in order."""
    if len(figures) < 2:
        return []
    m = None
    for m in _RESPECTIVELY.finditer(text, start, figures[0].start):
        pass
    if m is None:
        return []
    people = people_in(text[start:m.start()], known)
    if len(people) != len(figures):
        return []
    return [Held(fig, person.name) for fig, person in zip(figures, people)]


def of_one_unit(text: str, figures: list[Figure], fig: Figure) -> list[Figure]:
    """The figures (of a sentence, in order) of `fig`'s kind and unit, with a figure written
    without its unit just before one that has it ("14 và 8 năm tù": 14 is of năm tù too)."""
    out = []
    for k, b in enumerate(figures):
        if b.kind is not fig.kind:
            continue
        if b.unit == fig.unit:
            out.append(b)
        elif b.unit is None and k + 1 < len(figures) and figures[k + 1].unit == fig.unit \
                and _lower_words(text[b.end:figures[k + 1].start]) in _UNIT_SHARING_GAPS:
            out.append(b)
    return out


# --- Whose an age is: the noun or name just before it ----------------------------------

_AGE_NOUNS = {tuple(n.split()): "noun" for n in rules.AGE_HOLDER_NOUNS} \
    | {tuple(n.split()): "category" for n in rules.AGE_CATEGORY_NOUNS}
_LONGEST_AGE_NOUN = max(len(n) for n in _AGE_NOUNS)
_AGE_FILLERS = rules.AGE_HOLDER_FILLERS
#: How far before an age its holder is read (characters); a mark or a number ends the stretch.
_AGE_HOLDER_REACH = 80
_AGE_HOLDER_STOP = re.compile(r"(?s:.*)[.,;:()\[\]!?\n\d]")


def _age_holder_start(text: str, lo: int, pos: int) -> int:
    """Where the words an age's holder is read in start: after the last mark or number before
    pos, an initial's full stop aside ("cháu L. chưa đầy 13 tuổi")."""
    hi = pos
    while (m := _AGE_HOLDER_STOP.match(text, lo, hi)) is not None:
        i = m.end() - 1
        if text[i] == "." and i >= 1 and text[i - 1].isupper() and (i < 2 or not text[i - 2].isalpha()):
            hi = i
            continue
        return i + 1
    return lo


class AgeHolder(NamedTuple):
    kind: str       # "noun" (one person: "cô vợ"), "category" (anyone: "người dưới 16"), "name"
    key: str        # the noun and its words up to the age, or the given name, lowercased


def age_holder(text: str, pos: int) -> AgeHolder | None:
    """Whom the age at pos is said of, read in the words just before it in its clause (a
    filler such as "chưa đủ", "mới" skipped): a person named there ("bé Vũ Thy Ngọc Diệp 5
    tuổi": "diệp"), else a noun of `rules.AGE_HOLDER_NOUNS` with at most
    `rules.AGE_HOLDER_MODIFIERS` words after it ("cô vợ chưa đủ 16 tuổi": "vợ"; "thần đồng
    toán học 7 tuổi": "thần đồng toán học"), or a category alone ("người dưới 16 tuổi");
    None when the words there are none of these (an age in a bracket, "người phụ nữ"), or
    name many people ("các cô bé")."""
    start = _age_holder_start(text, max(0, pos - _AGE_HOLDER_REACH), pos)
    words = list(_WORD.finditer(text, start, pos))
    while words and words[-1].group().lower() in _AGE_FILLERS:
        words.pop()
    if not words:
        return None
    people = people_in(text[start:words[-1].end()])
    if people and start + people[-1].end == words[-1].end():
        return AgeHolder("name", people[-1].name)
    if _is_name_word(words[-1].group()):
        return None  # a capital that names no one for sure ("Người từ đủ 70 tuổi" opening a sentence)
    words = [w.group() for w in words]
    lower = [w.rstrip(".").lower() for w in words]
    for i in range(len(lower) - 1, max(-1, len(lower) - 1 - _LONGEST_AGE_NOUN - rules.AGE_HOLDER_MODIFIERS), -1):
        for n in range(min(_LONGEST_AGE_NOUN, len(lower) - i), 0, -1):
            kind = _AGE_NOUNS.get(tuple(lower[i:i + n]))
            if kind is None:
                continue
            if kind == "category" and i + n != len(lower):
                if lower[i + n] in rules.AGE_CATEGORY_RELATIVES:
                    return AgeHolder(kind, " ".join(lower[i:i + n]))  # "người bị kết án đủ 75 tuổi"
                if len(lower) - (i + n) <= rules.AGE_HOLDER_MODIFIERS:
                    return None  # "người phụ nữ": a noun the tables do not know
            if len(lower) - (i + n) > rules.AGE_HOLDER_MODIFIERS:
                continue
            if i and lower[i - 1] in rules.AGE_HOLDER_PLURALS:
                return None  # "các cô bé": many people, none of them said
            return AgeHolder(kind, " ".join(lower[i:]))
    return None
