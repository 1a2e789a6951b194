"""Which article sentences a summary sentence draws on, and the lists of names a sentence gives.

A summary sentence restates one or two sentences of its article. Word overlap finds them:
the share of the summary sentence's content words (letters only, less the function words of
`rules.FUNCTION_WORDS`) that an article sentence also has. A figure of the summary is then
read against the statement it restates, not against any sentence that happens to hold the
same number.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from . import rules
from .extract import lowercase_is_local
from .segment import sentence_bounds

_WORD = re.compile(r"[^\W\d_]+")
#: A word, a run of digits, or a comma: what a list of names is made of.
_TOKEN = re.compile(r"[^\W_][\w'’.-]*[^\W_]|[^\W_]|,")


class Sentence(NamedTuple):
    start: int
    end: int
    words: frozenset


def content_words(text: str, start: int = 0, end: int | None = None) -> frozenset:
    """Lowercase words of letters in text[start:end], less the function words."""
    # the span lowercased, not the whole text: a text of many sentences was lowercased once per sentence
    return frozenset(_WORD.findall(text[start:end].lower())) - rules.FUNCTION_WORDS


def sentences(text: str) -> list[Sentence]:
    """The sentences of a text, with their offsets and content words."""
    lower = _lowered_once(text)
    return [Sentence(start, end, _words_of(text, lower, start, end)) for start, end in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `sentences`, without its words: the sentences of
    `segment.split_sentences`, the one segmenter of the engine, the Lead baselines and the checker."""
    return list(sentence_bounds(text))


def _words_of(text: str, lower: str | None, start: int, end: int) -> frozenset:
    """The content words of text[start:end]; `lower` is `_lowered_once(text)`."""
    if lower is None:
        return content_words(text, start, end)
    return frozenset(_WORD.findall(lower, start, end)) - rules.FUNCTION_WORDS


def _lowered_once(text: str) -> str | None:
    """text.lower(), to read every sentence's words from (one lowercasing, no slice per
    sentence), where it gives each sentence the words that lowercasing the sentence alone
    gives: None when a letter lowercases to two characters ("İ", offsets would shift) or
    the text has a Greek capital sigma (its lowercase depends on the letters around it)."""
    return text.lower() if lowercase_is_local(text) else None


def sentence_at(sents: list[Sentence], pos: int) -> Sentence | None:
    """The sentence holding pos (`sents` in order and apart, as `sentences` gives them)."""
    i = bisect_right(sents, pos, key=lambda s: s.start) - 1
    return sents[i] if i >= 0 and sents[i].start <= pos <= sents[i].end else None


def overlap(summary_words: frozenset, article_sentence: Sentence) -> float:
    """The share of the summary sentence's words that the article sentence has."""
    if not summary_words:
        return 0.0
    return len(summary_words & article_sentence.words) / len(summary_words)


#: `draws_on`: the least share of the summary sentence's words a sentence it restates has, and
#: how close to the best sentence's share the others must come.
_LEAST, _WITHIN = 0.5, 0.8


class SentenceIndex(NamedTuple):
    """An article's sentences with {word: indices of the sentences that have it}: a summary
    sentence is scored only against the sentences that share one of its words."""
    sentences: list[Sentence]
    postings: dict[str, list[int]]


def index_sentences(article: list[Sentence]) -> SentenceIndex:
    postings: dict[str, list[int]] = {}
    for i, s in enumerate(article):
        for word in s.words:
            postings.setdefault(word, []).append(i)
    return SentenceIndex(article, postings)


def draws_on(summary_words: frozenset, article: SentenceIndex, *, least: float = _LEAST,
             within: float = _WITHIN) -> list[Sentence]:
    """The article sentences a summary sentence restates, best first: at least `least` of its
    words, and within `within` of the best one's share; none when no sentence is close."""
    # Only a sentence that shares a word can reach `least` (> 0): the shared words are
    # counted through the index, not by intersecting with every sentence (a long summary
    # against a long article was quadratic).
    shared = _shared_words(summary_words, lambda word: article.postings.get(word, ()))
    return [article.sentences[i] for i in _restated(shared, len(summary_words), least, within)]


def _shared_words(summary_words: frozenset, holding) -> dict[int, int]:
    """{sentence index: how many of the summary words it has}, from `holding(word)`: the
    indices of the sentences that have the word."""
    shared: dict[int, int] = {}
    for word in summary_words:
        for i in holding(word):
            shared[i] = shared.get(i, 0) + 1
    return shared


def _restated(shared: dict[int, int], n: int, least: float, within: float) -> list[int]:
    """The sentences (indices) `draws_on` keeps, given how many of the n summary words each shares."""
    if not n or not shared:
        return []
    best = max(shared.values()) / n
    if best < least:
        return []
    # best first; ties in the order of the text
    return sorted((i for i, k in shared.items() if k / n >= best * within), key=lambda i: (-shared[i], i))


#: Up to this many characters, `ArticleSentences.drawn_on` finds the summary words in the text
#: itself, each time it is asked; a longer article remembers the sentences of each word it
#: found, since finding a word costs what the text is long.
_FIND_WORDS_UP_TO = 20_000
#: In a longer article, up to this many distinct summary words are found in the text (each a
#: scan of the text in C); past them every sentence's words are read and indexed once, which
#: costs about what finding a hundred words does (10 MB: 0.85 s to index, 7 ms a word found,
#: plus each sentence that holds it), so a long summary never finds thousands of words.
_WORDS_FOUND_BEFORE_INDEXING = 48


def _is_letter(c: str) -> bool:
    """A character of `_WORD`: a word character, but no decimal digit and no underscore."""
    return c.isalnum() and not c.isdecimal()


class ArticleSentences(Sequence):
    """An article's sentences as `sentences` gives them, each one's words read when it is
    asked for. A summary figure asks for the sentence that holds an article figure and for
    the few sentences its summary sentence draws on (`drawn_on`), not for the words of every
    sentence: the summary's words are searched for in the text; a long article remembers
    the sentences of each word found, and only a long summary of a long article has every
    sentence's words read, and indexed, once."""

    def __init__(self, text: str, lower: str | None = None):
        """`lower`: `extract.lowercase(text)`, when the caller has it (it is `text.lower()`
        wherever `_lowered_once` gives that: lowercasing an article again costs a scan of it)."""
        self.text = text
        if lower is None:
            self.lower = _lowered_once(text)
        else:   # the caller's copy where `_lowered_once` would give one
            self.lower = lower if lowercase_is_local(text) else None
        self.spans = sentence_spans(text)
        self.starts = [start for start, _ in self.spans]
        self._read: dict[int, Sentence] = {}
        self._index: SentenceIndex | None = None
        self._found: dict[str, set[int]] = {}   # long article: word -> its sentences (`_holding`)

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, i: int) -> Sentence:
        if i < 0:
            i += len(self.spans)
        sentence = self._read.get(i)
        if sentence is None:
            start, end = self.spans[i]
            sentence = self._read[i] = Sentence(start, end, _words_of(self.text, self.lower, start, end))
        return sentence

    def at(self, pos: int) -> Sentence | None:
        """`sentence_at(self, pos)`, reading one sentence's words."""
        i = self._index_at(pos)
        return None if i is None else self[i]

    def span_at(self, pos: int) -> tuple[int, int] | None:
        """(start, end) of the sentence holding pos, without reading its words."""
        i = self._index_at(pos)
        return None if i is None else self.spans[i]

    def _index_at(self, pos: int) -> int | None:
        i = bisect_right(self.starts, pos) - 1
        return i if i >= 0 and self.spans[i][0] <= pos <= self.spans[i][1] else None

    def drawn_on(self, summary_words: frozenset, *, least: float = _LEAST, within: float = _WITHIN) -> "Drawn":
        """What `draws_on(summary_words, index_sentences(list(self)))` gives, as a sequence that
        reads each sentence's words only when that sentence is asked for: the verifier reads the
        best one's words, and only the bounds of the others (in a long article, thousands may
        share the summary's words)."""
        if self.lower is None or self._index is not None or not self._may_find(summary_words):
            if self._index is None:
                self._index = index_sentences(list(self))
                self._found.clear()
            postings = self._index.postings
            shared = _shared_words(summary_words, lambda word: postings.get(word, ()))
        elif len(self.text) > _FIND_WORDS_UP_TO:
            shared = _shared_words(summary_words, self._holding_remembered)
        else:
            shared = _shared_words(summary_words, self._holding)
        return Drawn(self, _restated(shared, len(summary_words), least, within))

    def _holding_remembered(self, word: str) -> set[int]:
        """`_holding(word)`, found once (a long article: each find is a pass over the text)."""
        holding = self._found.get(word)
        if holding is None:
            holding = self._found[word] = self._holding_searched(word)
        return holding

    def _may_find(self, summary_words: frozenset) -> bool:
        """Are the summary's words to be found in the text rather than through an index of every
        sentence's words? Always in a short article; in a long one while few distinct words
        have been asked for (`_WORDS_FOUND_BEFORE_INDEXING`)."""
        if len(self.text) <= _FIND_WORDS_UP_TO:
            return True
        new = sum(1 for w in summary_words if w not in self._found)
        return len(self._found) + new <= _WORDS_FOUND_BEFORE_INDEXING

    def _holding(self, word: str) -> set[int]:
        """The sentences (indices) that have `word` among their words: where it stands in the
        lowercased text as a whole run of letters (a sentence ends only at a mark, which is
        no letter, so a run never spans two sentences)."""
        lower, starts, found = self.lower, self.starts, set()
        at = lower.find(word)
        while at >= 0:
            end = at + len(word)
            # `_is_letter` on either side, written out (a summary's words are found thousands of
            # times over val-2000, each asking both sides)
            if (at == 0 or not lower[at - 1].isalnum() or lower[at - 1].isdecimal()) \
                    and (end == len(lower) or not lower[end].isalnum() or lower[end].isdecimal()):
                i = bisect_right(starts, at) - 1
                found.add(i)
                if i + 1 == len(starts):
                    break
                at = lower.find(word, starts[i + 1])   # found in this sentence: on to the next one
            else:
                at = lower.find(word, at + 1)
        return found

    def _holding_searched(self, word: str) -> set[int]:
        """`_holding(word)`, the word found with a pattern of its own (`_whole_word`): in a long
        text a word stands in thousands of sentences, and the pattern checks what stands on either
        side of it in C; compiling it (tens of microseconds) costs more than a short text's scan."""
        search, starts, found = _whole_word(word).search, self.starts, set()
        last = len(starts) - 1
        m = search(self.lower)
        while m is not None:
            i = bisect_right(starts, m.start()) - 1
            found.add(i)
            if i == last:
                break
            m = search(self.lower, starts[i + 1])   # found in this sentence: on to the next one
        return found


def _whole_word(word: str) -> re.Pattern:
    """`word` with no letter (`_is_letter`) before or after it; the word first, so that `re`
    skips from one place it is written to the next."""
    literal = re.escape(word)
    return re.compile(literal + r"(?<![^\W\d_]" + literal + r")(?![^\W\d_])")


class Drawn(Sequence):
    """Sentences of an article (`ArticleSentences`) by index, best first, each one's words read
    when it is asked for; `spans` gives their bounds without reading any."""

    def __init__(self, article: ArticleSentences, indices: list[int]):
        self.article, self.indices = article, indices
        self._members: set[int] | None = None

    def __len__(self) -> int:
        return len(self.indices)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return Drawn(self.article, self.indices[k])
        return self.article[self.indices[k]]

    def __contains__(self, sentence) -> bool:
        # a sentence of this article is one of them when its index is: no other is read
        if not isinstance(sentence, Sentence):
            return False
        if self._members is None:
            self._members = set(self.indices)
        i = bisect_right(self.article.starts, sentence.start) - 1
        return i in self._members and self.article[i] == sentence

    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence, in order, without their words."""
        return [self.article.spans[i] for i in self.indices]


class Name(NamedTuple):
    text: str
    start: int
    end: int


def name_lists(text: str, start: int, end: int) -> list[list[Name]]:
    """Lists of two or more names joined by commas and "và" in text[start:end]:
    "anh Nguyễn Văn An, chị Trần Thị Bình và ông Lê Văn Cường" -> three names (titles
    such as "anh" are left out; see rules.NAME_TITLES). A name is a run of capitalised
    words (digits may follow the first: "Mazda3 2023")."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    lists, current, i, n = [], [], 0, len(tokens)
    while i < n:
        if not _capitalised(tokens[i][0]):
            if len(current) >= 2:
                lists.append(current)
            current = []
            i += 1
            continue
        j = i + 1
        while j < n and (_capitalised(tokens[j][0]) or tokens[j][0][0].isdigit()):
            j += 1
        current.append(Name(text[tokens[i][1]:tokens[j - 1][2]], tokens[i][1], tokens[j - 1][2]))
        k = _skip_joiner(tokens, j)
        if k > j and k < n and _capitalised(tokens[k][0]):
            i = k
            continue
        if len(current) >= 2:
            lists.append(current)
        current = []
        i = j
    if len(current) >= 2:
        lists.append(current)
    return lists


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def _skip_joiner(tokens, j: int) -> int:
    """Past ", ", "và", ", và" and a title after them; j itself when there is no joiner."""
    k = j
    while k < len(tokens) and tokens[k][0].lower() in rules.LIST_JOINERS:
        k += 1
    if k == j:
        return j
    for width in (2, 1):
        words = " ".join(t[0].lower() for t in tokens[k:k + width])
        if words in rules.NAME_TITLES:
            return k + width
    return k
