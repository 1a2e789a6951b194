"""The extractive engine: picks the article's best one to three sentences. No weights.

Each sentence is scored by
- position: news puts the gist first (VietNews' reference summaries mostly
  restate the lead), so the score decays with the sentence's index;
- centrality: cosine similarity of its TF-IDF vector (syllables as tokens,
  IDF over the article's own sentences) with the article's, and with the title;
- figures: a small bonus for sentences that carry figures (extracted with
  `tomtat.checks.extract_figures`), since the figures are what a reader of a
  report wants and what the checker can vouch for;
- length: fragments and run-on sentences are penalised.
The best `max_sentences` are returned in article order, so every figure in the
output is in the article by construction (the checker still runs on it).
Deterministic: ties break by position.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from itertools import chain, repeat
from operator import mul
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from tomtat.checks import ArticleFacts, extract_figures, lowercase_is_local, prepare_article
from tomtat.checks.types import Figure, Kind

from .base import Article, Generation
from tomtat.checks.segment import Sentence, split_sentences

# VietNews reference summaries are one or two sentences (mean 1.4, 38 syllables).
DEFAULT_MAX_SENTENCES = 2
_SYLLABLE = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Weights:
    """How much each signal counts; tuned on VietNews validation articles (docs/BENCHMARKS.md)."""

    # VietNews articles come without their lead paragraph (it is the reference
    # summary), so position counts less and the title more than one would guess.
    # Tuned on validation articles 1-300 (ROUGE-1 F, syllable tokens): lead-2 26.4,
    # these weights 33.4; checked on articles 301-800: 32.9 (32.2 without the
    # redundancy penalty). The full evaluation is `tomtat eval`'s job.
    position: float = 0.2
    centrality: float = 0.3
    title: float = 2.0
    figures: float = 0.1
    # A sentence that repeats one already chosen (news often restates its key
    # figure) is worth less: its score drops by this much times the similarity.
    redundancy: float = 2.0
    min_syllables: int = 8
    max_syllables: int = 70


class ExtractiveEngine:
    """Summarise by selecting sentences; `generate` follows the `Engine` protocol."""

    name = "extractive"
    model = None

    def __init__(self, max_sentences: int = DEFAULT_MAX_SENTENCES, weights: Weights | None = None):
        self.max_sentences = max_sentences
        self.weights = weights or Weights()
        self.notes: list[str] = []

    def generate(self, articles: Sequence[Article], *, num_candidates: int = 1,
                 max_sentences: int | None = None) -> list[Generation]:
        k = max(1, min(3, max_sentences or self.max_sentences))
        return [self._one(article, k, max(1, num_candidates)) for article in articles]

    def _one(self, article: Article, k: int, num_candidates: int) -> Generation:
        # The article as the checker reads it, prepared here once: the figures that score the
        # sentences are the ones the pipeline then checks the candidates against (`facts`).
        facts = prepare_article(article.text, article.written)
        sentences = cut_long_sentences(split_sentences(article.body))
        if not sentences:
            return Generation(candidates=[""], scores=[0.0], facts=facts)
        scores, vectors = score_sentences(sentences, article.title, self.weights, with_vectors=True,
                                          figure_starts=body_figure_starts(article, facts))
        ranked = _rank_without_repeats(scores, vectors, k, self.weights.redundancy)
        candidates: list[str] = []
        cand_scores: list[float] = []
        for chosen in _selections(ranked, k, num_candidates):
            text = " ".join(_one_line(sentences[i].text) for i in sorted(chosen))
            if text in candidates:
                continue
            candidates.append(text)
            cand_scores.append(sum(scores[i] for i in chosen) / len(chosen))
        return Generation(candidates=candidates, scores=cand_scores, facts=facts)


#: A "sentence" longer than this (text without full stops: a table, a list, a page
#: of digits) is cut at spaces into pieces no longer: a summary is a few sentences,
#: not the whole article. News sentences are shorter (the longest of the 2,000
#: VietNews validation articles: 721 characters).
MAX_SENTENCE_CHARS = 1000


def cut_long_sentences(sentences: Sequence[Sentence]) -> list[Sentence]:
    """`sentences`, each longer than MAX_SENTENCE_CHARS cut at the last space before the
    limit (or at the limit, where there is none)."""
    out: list[Sentence] = []
    for s in sentences:
        text, pos = s.text, 0
        if len(text) <= MAX_SENTENCE_CHARS and text == text.strip():
            out.append(s)   # as `_append_piece` would make it again (`split_sentences` strips)
            continue
        while len(text) - pos > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", pos + 1, pos + MAX_SENTENCE_CHARS + 1)
            cut = cut if cut > 0 else pos + MAX_SENTENCE_CHARS
            _append_piece(out, s, pos, cut)
            pos = cut
        _append_piece(out, s, pos, len(text))
    return out


def _append_piece(out: list[Sentence], s: Sentence, lo: int, hi: int) -> None:
    piece = s.text[lo:hi]
    stripped = piece.strip()
    if stripped:
        start = s.start + lo + len(piece) - len(piece.lstrip())
        out.append(Sentence(stripped, start, start + len(stripped)))


def _rank_without_repeats(scores, vectors, k: int, redundancy: float) -> list[int]:
    """Sentence indices best first: the first `k` picked greedily, each penalised by its
    similarity to those already picked (maximal marginal relevance), then the rest by score."""
    remaining = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    picked: list[int] = []
    while remaining and len(picked) < k:
        best = _best_pick(remaining, scores, vectors, picked, redundancy)
        picked.append(best)
        remaining.remove(best)
    return picked + remaining


def _best_pick(remaining: list[int], scores, vectors, picked: list[int], redundancy: float) -> int:
    """`max(remaining, key=lambda i: (value(i), -i))`, value being the score less `redundancy`
    times the greatest similarity to a sentence picked already.

    `remaining` is sorted by score, best first, and no value is above its score (similarities
    of TF-IDF vectors are never negative), so the scan stops at the first score below the best
    value found: a long article has tens of thousands of sentences and only a few can win. A
    score equal to the best value may still tie it, and the lower index wins a tie, so the
    scan goes on through those.
    """
    picked_vectors = [(vectors[j], _norm(vectors[j], positive_only=True)) for j in picked]

    def value(i: int) -> float:   # the lengths of the vectors worked out once, not per pair
        vec = vectors[i]
        norm = _norm(vec)
        overlap = max((_cosine_normed(vec, norm, b, nb) for b, nb in picked_vectors), default=0.0)
        return scores[i] - redundancy * overlap

    if redundancy < 0:   # a penalty turned bonus: any value may be above its score
        return max(remaining, key=lambda i: (value(i), -i))
    best = remaining[0]
    best_key = (value(best), -best)
    for i in remaining[1:]:
        if scores[i] < best_key[0]:
            break
        key = (value(i), -i)
        if key > best_key:
            best, best_key = i, key
    return best


def _selections(ranked: list[int], k: int, n: int) -> list[list[int]]:
    """The top-k sentences, then alternatives that swap one chosen sentence for the next best.

    Alternatives give the checker-in-the-loop something to choose from when the
    best selection carries a flagged figure.
    """
    best = ranked[:k]
    out = [best]
    spare = ranked[k:]
    for swap_out in reversed(range(len(best))):
        for repl in spare:
            if len(out) >= n:
                return out
            alt = best[:swap_out] + best[swap_out + 1:] + [repl]
            out.append(alt)
            break
    for repl in spare[1:]:
        if len(out) >= n:
            break
        out.append(best[:-1] + [repl])
    return out[:n]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _syllables(text: str) -> list[str]:
    """The words of `text` (runs of word characters), each lowercased."""
    if lowercase_is_local(text):
        # Lowering the whole text once gives the same words as lowering each: no character
        # lowers to more than one ("İ" is "i" and a combining dot) or by its neighbours (the
        # capital sigma), and lowering never turns a word character into another kind
        # (test_summarize_extractive.py).
        return _SYLLABLE.findall(text.lower())
    return [w.lower() for w in _SYLLABLE.findall(text)]


def score_sentences(sentences: Sequence[Sentence], title: str | None, w: Weights,
                    with_vectors: bool = False, figure_starts: Sequence[int] | None = None):
    """One score per sentence (higher is better); see the module docstring.

    With `with_vectors`, also the sentences' TF-IDF vectors: `(scores, vectors)` (a long
    article's each made when it is asked for: the ranking asks for a few).
    `figure_starts`: where the figures that count start, sorted, in the text the sentences'
    offsets point into (`body_figure_starts`); without them each sentence is read alone.
    """
    # each sentence's words counted as they are read, and let go: only their number is kept
    # (the words of 10 MB held at once were two million strings, 140 MB)
    lengths: list[int] = []
    counts = _word_counts(_syllables_counted(sentences, lengths))
    n = len(sentences)
    df = Counter(chain.from_iterable(counts))   # each sentence's distinct words, once
    idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
    title_vec = _tfidf(_word_counts([_syllables(title)])[0], idf) if title else None
    title_norm = _norm(title_vec, positive_only=True) if title_vec else 0.0
    similar = _similarities_in_arrays if n >= ARRAYS_FROM_SENTENCES else _similarities
    centrality, title_cosines, vectors = similar(counts, idf, title_vec, title_norm)
    figures = _figure_counts(sentences, figure_starts)
    scores = []
    for i, (length, rest_cosine, title_cosine) in enumerate(zip(lengths, centrality, title_cosines)):
        score = w.position / (1.0 + i) ** 0.8
        # Centrality against the rest of the article (the sentence itself removed).
        score += w.centrality * rest_cosine
        if title_vec:
            score += w.title * title_cosine
        score += w.figures * min(figures[i], 3) / 3
        if length < w.min_syllables:
            score -= 0.5 * (w.min_syllables - length) / w.min_syllables
        elif length > w.max_syllables:
            score -= 0.3 * min(1.0, (length - w.max_syllables) / w.max_syllables)
        scores.append(score)
    return (scores, vectors) if with_vectors else scores


class TfIdfVectors(Sequence):
    """The sentences' TF-IDF vectors (`_tfidf` of their word counts), each made when asked for."""

    def __init__(self, counts: list[dict[str, int]], idf: dict[str, float]):
        self.counts, self.idf = counts, idf

    def __len__(self) -> int:
        return len(self.counts)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [_tfidf(c, self.idf) for c in self.counts[i]]
        return _tfidf(self.counts[i], self.idf)


#: From this many sentences on, `_similarities_in_arrays` works the sentences' similarities out
#: over arrays of every sentence's words at once, instead of a dict per sentence: 0.3 s instead
#: of 0.9 s for the 90,000 sentences of a 10 MB report. Below it, importing numpy (0.13 s)
#: would cost more than it saves.
ARRAYS_FROM_SENTENCES = 2000


def _similarities(counts: list[dict[str, int]], idf: dict[str, float], title_vec: dict[str, float] | None,
                  title_norm: float) -> tuple[list[float], list[float], Sequence[dict[str, float]]]:
    """Each sentence's cosine with the rest of the article and with the title (0.0 without one),
    and the sentences' TF-IDF vectors, made on the way."""
    vectors = [_tfidf(tf, idf) for tf in counts]
    doc = _sum_vectors(vectors)
    doc_square = sum(v * v for v in doc.values())
    centrality, title_cosines = [], []
    for vec in vectors:
        norm = _norm(vec)
        centrality.append(_cosine_with_rest(vec, doc, doc_square, norm))
        title_cosines.append(_cosine_normed(vec, norm, title_vec, title_norm) if title_vec else 0.0)
    return centrality, title_cosines, vectors


def _similarities_in_arrays(counts: list[dict[str, int]], idf: dict[str, float],
                            title_vec: dict[str, float] | None,
                            title_norm: float) -> tuple[list[float], list[float], Sequence[dict[str, float]]]:
    """What `_similarities` gives, float for float, worked out over one array of every sentence's
    (word, count) pairs, in the order of the sentences and of their words. Every sum is the one
    `_similarities` makes, in the same order: np.bincount adds the weights of each bin in turn,
    as the Python loops and `sum` do on Python 3.11 (from 3.12 `sum` compensates its rounding,
    and a length may differ in its last bit); products, quotients and square roots are IEEE's
    either way. The vectors are made only when the ranking asks for one (`TfIdfVectors`)."""
    import numpy as np   # here: 0.13 s to import, worth it for long articles only

    n = len(counts)
    word_id = {t: k for k, t in enumerate(idf)}   # idf's words are in order of first use, as the article vector's
    sizes = np.fromiter(map(len, counts), dtype=np.intp, count=n)
    sentence = np.repeat(np.arange(n), sizes)
    word = np.fromiter(chain.from_iterable(map(map, repeat(word_id.__getitem__), counts)), dtype=np.intp,
                       count=len(sentence))
    count = np.fromiter(chain.from_iterable(map(dict.values, counts)), dtype=np.float64, count=len(sentence))
    weight = count * np.fromiter(idf.values(), dtype=np.float64, count=len(idf))[word]   # `_tfidf`
    doc = np.bincount(word, weights=weight, minlength=len(idf))                        # `_sum_vectors`
    doc_square = sum((doc * doc).tolist())
    on_doc = doc[word]
    rest = on_doc - weight
    norm = np.sqrt(np.bincount(sentence, weights=weight * weight, minlength=n))       # `_norm`
    # `_cosine_with_rest`
    dot = np.bincount(sentence, weights=weight * rest, minlength=n)
    rest_square = np.bincount(sentence, weights=np.where(rest > 0, rest * rest, 0.0) - on_doc * on_doc, minlength=n)
    rest_norm = np.sqrt(np.maximum(0.0, doc_square + rest_square))
    centrality = _quotients(np, dot, norm * rest_norm)
    if not title_vec:
        return centrality, [0.0] * n, TfIdfVectors(counts, idf)
    # `_cosine_normed` with the title: its weight for each word of the article, 0.0 for the rest
    title_weight = np.fromiter(map(title_vec.get, idf, repeat(0.0)), dtype=np.float64, count=len(idf))
    title_dot = np.bincount(sentence, weights=weight * title_weight[word], minlength=n)
    return centrality, _quotients(np, title_dot, norm * title_norm), TfIdfVectors(counts, idf)


def _quotients(np, dots, lengths) -> list[float]:
    """dots / lengths, 0.0 where a length is 0 (the cosines' `... if na and nb else 0.0`)."""
    out = np.zeros(len(dots))
    np.divide(dots, lengths, out=out, where=lengths != 0)
    return out.tolist()


def _syllables_counted(sentences: Sequence[Sentence], lengths: list[int]) -> Iterator[list[str]]:
    """The words of each sentence (`_syllables`), one sentence at a time, their number
    appended to `lengths`."""
    for s in sentences:
        words = _syllables(s.text)
        lengths.append(len(words))
        yield words


def _word_counts(tokens: Iterable[list[str]]) -> list[dict[str, int]]:
    """Each sentence's words counted, in order of first use: `Counter(words)` for each, in
    one loop (a Counter built for each of tens of thousands of sentences costs more in
    checking its argument's type than in counting)."""
    counts = []
    for words in tokens:
        count: dict[str, int] = {}
        count_get = count.get
        for word in words:
            count[word] = count_get(word, 0) + 1
        counts.append(count)
    return counts


def _sum_vectors(vectors: Sequence[dict[str, float]]) -> dict[str, float]:
    """The vectors added up, words in order of first use: what `Counter.update` with each
    gives, term for term in the same order (its checks of the argument's type, done again
    for each of tens of thousands of sentences, cost more than the adding)."""
    total: dict[str, float] = {}
    total_get = total.get
    for vec in vectors:
        for t, v in vec.items():
            total[t] = v + total_get(t, 0)
    return total


def _tfidf(counts: dict[str, int], idf: dict[str, float]) -> dict[str, float]:
    """Word counts weighted by their inverse document frequency (1.0 for a word no sentence
    has: a title's)."""
    return {t: c * idf.get(t, 1.0) for t, c in counts.items()}


def _norm(vec, positive_only: bool = False) -> float:
    """The vector's length (with `positive_only`, counting its positive weights only)."""
    if positive_only:
        return math.sqrt(sum(v * v for v in vec.values() if v > 0))
    weights = vec.values()
    return math.sqrt(sum(map(mul, weights, weights)))   # sum(v * v for v in weights), looped in C


def _cosine_normed(a, na: float, b, nb: float) -> float:
    """The cosine of vectors `a` and `b` (`b`'s negative weights left out of its length), given
    `a`'s length and `b`'s (`_norm`): a title's, or a sentence's compared with more than one
    vector, worked out once."""
    if not a or not b:
        return 0.0
    # sum(v * b.get(t, 0.0) for t, v in a.items()): the same products in the same order, looped in C
    dot = sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
    return dot / (na * nb) if na and nb else 0.0


def _cosine_with_rest(vec, doc: dict[str, float], doc_square: float, norm: float | None = None) -> float:
    """The cosine of `vec` and `doc - vec`: the sentence against the rest of the article, worked out
    from the sentence's own words (`doc_square` is the sum of doc's squared weights). Copying
    the article's vector for each sentence made a long article quadratic: a document of many
    words and many sentences (2 MB of news: 12,000 sentences, 24 s of 29)."""
    if not vec or not doc:
        return 0.0
    dot = rest_square = 0.0
    for t, v in vec.items():
        d = doc[t]
        rest = d - v
        dot += v * rest
        rest_square += (rest * rest if rest > 0 else 0.0) - d * d
    na = _norm(vec) if norm is None else norm
    nb = math.sqrt(max(0.0, doc_square + rest_square))
    return dot / (na * nb) if na and nb else 0.0


def _figure_counts(sentences: Sequence[Sentence], figure_starts: Sequence[int] | None = None) -> list[int]:
    """Figures per sentence that are quantities or dates (not document numbers). With
    `figure_starts` (from one reading of the whole text: a sentence read alone lost the words
    around it, and reading each again cost as much as the check) they are counted by where
    they start; a figure across a sentence's end counts in the sentence it starts in."""
    if figure_starts is None:
        return [len(_counted_starts(extract_figures(s.text))) for s in sentences]
    return [bisect_left(figure_starts, s.end) - bisect_left(figure_starts, s.start) for s in sentences]


def body_figure_starts(article: Article, facts: ArticleFacts) -> list[int]:
    """Where the body's quantities and dates start, as offsets into `article.body`, read from
    the checker's reading of the whole article (`facts`, of `article.text`: title, line break,
    body), so that the engine and the checker read the figures once between them."""
    offset = len(article.text) - len(article.body)
    if facts.text != article.text:
        # facts of another text (a caller's own): its offsets are not the body's
        return _counted_starts(extract_figures(article.body))
    return [start - offset for start in _counted_starts(facts.figures) if start >= offset]


def _counted_starts(figures: Sequence[Figure]) -> list[int]:
    return [f.start for f in figures if f.kind is not Kind.IDENTIFIER]
