"""An instruction LLM as engine, behind any OpenAI-compatible chat server, guarded by the checker.

For each article the engine asks for a summary (the chat prompt of
`tomtat.prompts`), checks it, and while figures are flagged (at most
`repair_rounds` times) continues the conversation with one more turn that says
which figures were flagged, with the verdict and why, quotes the article's
sentences behind them and asks for a corrected summary. Every answer is a
candidate, in the order asked; the pipeline keeps the one with the fewest
flagged figures, the earlier on a tie (`select.select_summary`, as for ViT5's
beams). Notes say what was flagged, asked and changed.

Articles are done `concurrency` at a time (threads: the work is waiting on the
network; the checker's share is about a millisecond an article). An article the
server cannot take whole is split on sentence boundaries and summarised in parts
(`long_input`). A failure of one article (`LLMArticleError`) is returned as that
article's `Generation.failure`; a setup failure (`LLMSetupError`: no server, bad
key, unknown model) is raised and stops the batch. Settings that cannot work (no
server URL, no model name) raise `OptionError` when the engine is made, before any
request.

The API key comes from TOMTAT_LLM_API_KEY or OPENAI_API_KEY and goes nowhere but
the Authorization header.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Sequence

from tomtat.checks import check_summary, prepare_article
from tomtat.errors import OptionError
from tomtat.prompts import ChatPrompt, load_chat_prompt

from . import chat, repair
from .base import Article, Generation
from .chat import DEFAULT_RETRIES, DEFAULT_TIMEOUT_S, ChatClient, ContextLengthExceeded, LLMArticleError, RetryPolicy
from .long_input import summarize_long
from .response_cache import ResponseCache, default_cache_dir
from tomtat.checks.segment import first_sentences

BASE_URL_VARS = ("TOMTAT_LLM_BASE_URL", "OPENAI_BASE_URL")
API_KEY_VARS = ("TOMTAT_LLM_API_KEY", "OPENAI_API_KEY")
DEFAULT_SENTENCES = 3
DEFAULT_MAX_TOKENS = 512
DEFAULT_CONCURRENCY = 4
DEFAULT_REPAIR_ROUNDS = 1
#: Halvings of the part size tried when even the parts of a long article are over the context.
MAX_SPLIT_TRIES = 4
#: Share of the context the article may take when the server said how long the prompt was
#: (the rest is for the template and the answer).
CONTEXT_SHARE = 0.6


@dataclass
class LLMSettings:
    """How to reach the server and how to ask; everything here may be written to config.json.

    `base_url` None reads TOMTAT_LLM_BASE_URL, then OPENAI_BASE_URL. The API key is
    deliberately not a field: it is read from the environment when the client is made.
    `cache_dir` None is `response_cache.default_cache_dir()`; `use_cache=False` sends every request.
    """

    base_url: str | None = None
    max_tokens: int = DEFAULT_MAX_TOKENS
    temperature: float = 0.0
    timeout_s: float = DEFAULT_TIMEOUT_S
    retries: int = DEFAULT_RETRIES
    backoff_s: float | None = None      # None: chat.DEFAULT_BACKOFF_S
    concurrency: int = DEFAULT_CONCURRENCY
    repair_rounds: int = DEFAULT_REPAIR_ROUNDS
    cache_dir: str | None = None
    use_cache: bool = True

    def to_json(self) -> dict:
        return asdict(self)


def resolve_base_url(given: str | None) -> str:
    """`given`, else the first of BASE_URL_VARS set; OptionError("base_url") when none is."""
    for value in (given, *(os.environ.get(v) for v in BASE_URL_VARS)):
        if value and value.strip():
            return value.strip()
    raise OptionError("base_url", "the llm engine needs an OpenAI-compatible server's URL (e.g. "
                                  "http://localhost:8000/v1): give it, or set TOMTAT_LLM_BASE_URL or OPENAI_BASE_URL")


def api_key_from_env() -> str | None:
    for var in API_KEY_VARS:
        if os.environ.get(var):
            return os.environ[var]
    return None


class LLMEngine:
    """`generate` follows the Engine protocol; `name` is "llm", `model` the server's model name."""

    name = "llm"

    def __init__(self, client: ChatClient, prompt: ChatPrompt, *, settings: LLMSettings) -> None:
        self.client = client
        self.model = client.model
        self.prompt = prompt
        self.settings = settings
        self.concurrency = max(1, settings.concurrency)
        self.repair_rounds = max(0, settings.repair_rounds)
        self.notes: list[str] = []

    @classmethod
    def create(cls, model: str | None, settings: LLMSettings | None = None, *,
               prompt_file: str | None = None, sleep=None) -> "LLMEngine":
        """Check the settings and build the client; no request is sent yet."""
        settings = settings or LLMSettings()
        base_url = resolve_base_url(settings.base_url)
        if not model:
            raise OptionError("model", "the llm engine needs the model's name on the server")
        prompt = load_chat_prompt(model, prompt_file)   # a bad prompt file fails before any request
        cache = None
        if settings.use_cache:
            cache = ResponseCache(settings.cache_dir or default_cache_dir())
        extra = {"sleep": sleep} if sleep is not None else {}
        client = ChatClient(base_url, model, api_key=api_key_from_env(), temperature=settings.temperature,
                            max_tokens=settings.max_tokens, timeout_s=settings.timeout_s,
                            retry=RetryPolicy(retries=settings.retries,
                                              backoff_s=settings.backoff_s if settings.backoff_s is not None
                                              else chat.DEFAULT_BACKOFF_S),
                            max_connections=max(1, settings.concurrency), cache=cache, **extra)
        return cls(client, prompt, settings=settings)

    # -- the Engine protocol -------------------------------------------------------------------
    def generate(self, articles: Sequence[Article], *, num_candidates: int = 1,
                 max_sentences: int | None = None) -> list[Generation]:
        """One Generation per article, in order; candidates are the first answer then each repair.

        `num_candidates` does not apply (one answer per turn at temperature 0).
        """
        if not articles:
            return []
        if self.concurrency == 1 or len(articles) == 1:
            return [self._one(a, max_sentences) for a in articles]
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(articles)),
                                thread_name_prefix="tomtat-llm") as pool:
            futures = [pool.submit(self._one, a, max_sentences) for a in articles]
            try:
                return [f.result() for f in futures]
            except BaseException:
                for f in futures:   # a setup error: the rest would fail the same way
                    f.cancel()
                raise

    # -- one article ---------------------------------------------------------------------------
    def _one(self, article: Article, max_sentences: int | None) -> Generation:
        usage = Usage()
        try:
            return self._summarize(article, max_sentences, usage)
        except LLMArticleError as exc:
            return Generation(candidates=[], failure=str(exc), usage=usage.to_json())

    def _summarize(self, article: Article, max_sentences: int | None, usage: "Usage") -> Generation:
        sentences = max_sentences or DEFAULT_SENTENCES
        notes: list[str] = []
        try:
            messages = self.prompt.first_turn(article.text, sentences)
            summary = self._ask(messages, usage, max_sentences)
        except ContextLengthExceeded as exc:
            summary, messages, long_note = self._summarize_long(article.text, sentences, exc, usage, max_sentences)
            notes.append(long_note)
        facts = prepare_article(article.text, article.written)
        report = check_summary(facts, summary)
        candidates, reports = [summary], [report]
        conversation = [*messages, {"role": "assistant", "content": summary}]
        for round_no in range(1, self.repair_rounds + 1):
            if not report.flagged:
                break
            evidence = repair.evidence_sentences(article.text, report)
            turn = self.prompt.repair_turn(repair.flagged_lines(summary, report),
                                           repair.evidence_block(evidence), sentences)
            try:
                fixed = self._ask([*conversation, turn], usage, max_sentences)
            except ContextLengthExceeded:
                notes.append(f"llm repair round {round_no}: the conversation with the repair turn is over "
                             f"the model's context window; no repair")
                break
            fixed_report = check_summary(facts, fixed)
            notes.append(repair.repair_note(round_no, summary, report, evidence, fixed, fixed_report))
            candidates.append(fixed)
            reports.append(fixed_report)
            conversation += [turn, {"role": "assistant", "content": fixed}]
            summary, report = fixed, fixed_report
        return Generation(candidates=candidates, scores=[-float(i) for i in range(len(candidates))],
                          notes=notes, usage=usage.to_json(), facts=facts, reports=reports)

    def _ask(self, messages: list[dict], usage: "Usage", max_sentences: int | None) -> str:
        reply = self.client.complete(messages)
        usage.add(reply)
        text = reply.text
        if max_sentences:   # as for ViT5: an explicit limit is a limit
            text = first_sentences(text, max_sentences)
        return text

    def _summarize_long(self, text: str, sentences: int, error: ContextLengthExceeded, usage: "Usage",
                        max_sentences: int | None) -> tuple[str, list[dict], str]:
        """Summarise parts that fit, then their summaries (as ViT5 does); the last turn's messages."""
        if error.limit and error.requested and error.requested > error.limit:
            budget = int(len(text) * error.limit / error.requested * CONTEXT_SHARE)
        else:
            budget = len(text) // 2
        last_messages: list[list[dict]] = []
        over = f"{self.model}'s context window" + (f" ({error.limit:,} tokens)" if error.limit else "")

        def summarise(texts, _num_candidates):
            out = []
            for part in texts:
                messages = self.prompt.first_turn(part, sentences)
                last_messages.append(messages)
                out.append([self._ask(messages, usage, max_sentences)])
            return out

        for _ in range(MAX_SPLIT_TRIES):
            if budget < 200:
                break
            try:
                # Characters stand in for tokens: the server's tokenizer is not here, and
                # the budget was scaled from what the server said about this very text.
                result = summarize_long(text, count_tokens=len, budget=budget, over=over, unit="characters",
                                        summarise=summarise, num_candidates=1)
            except ContextLengthExceeded:
                budget //= 2
                continue
            return result.candidates[0], last_messages[-1], result.notes[0]
        raise ContextLengthExceeded(f"the article is over {self.model}'s context window even in parts "
                                    f"of {max(budget, 1):,} characters")


class Usage:
    """Token counts and turns of one article's conversation (cached turns count their tokens too)."""

    def __init__(self) -> None:
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.total_tokens = 0
        self.turns = 0
        self.cached_turns = 0

    def add(self, reply) -> None:
        self.turns += 1
        self.cached_turns += bool(reply.cached)
        self.prompt_tokens += reply.usage.get("prompt_tokens", 0)
        self.completion_tokens += reply.usage.get("completion_tokens", 0)
        self.total_tokens += reply.usage.get(
            "total_tokens", reply.usage.get("prompt_tokens", 0) + reply.usage.get("completion_tokens", 0))

    def to_json(self) -> dict:
        return dict(vars(self))
