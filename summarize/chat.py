"""One chat-completions request to an OpenAI-compatible server, made to survive the network.

`ChatClient.complete(messages)` POSTs to `{base_url}/chat/completions` (vLLM,
llama.cpp's server, Ollama, a provider: anything that speaks the protocol)
through httpx2 (the maintained continuation of httpx), and returns the answer's
text and token usage. What can go wrong becomes a typed error with one line a
user can act on:

- setup errors (`LLMSetupError`) are the same for every article, so they stop a
  batch: the server cannot be reached, refuses the key (401/403), does not know
  the model or has no chat endpoint (404), or rejects the request (other 4xx);
- article errors (`LLMArticleError`) are recorded against one article: the
  answer is malformed, the article is over the model's context, or the server
  kept failing (429, 5xx, timeouts, dropped connections) after every retry.

Retries wait `backoff_s * 2**attempt` with full jitter (a random share of that,
so that many threads do not retry in step), or what `Retry-After` asks, capped.
A refused connection is retried only after the server has answered once in this
client's life: a server that was never there is reported at once, not after a
minute of back-off.

The API key is read from the environment by the caller and sent only in the
Authorization header: it is never put into a message, a log line, the cache or
an error (server messages are scrubbed of it before they are quoted).
"""
from __future__ import annotations

import email.utils
import hashlib
import json
import random
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urlsplit, urlunsplit

from tomtat.errors import OptionError, TomtatError

from .response_cache import ResponseCache

#: Default seconds to wait for one answer (generation on a busy local server can be slow).
DEFAULT_TIMEOUT_S = 120.0
DEFAULT_RETRIES = 4
DEFAULT_BACKOFF_S = 1.0
MAX_BACKOFF_S = 30.0
#: The longest Retry-After we honour; a server asking for more is waited on this long.
MAX_RETRY_AFTER_S = 120.0
#: How much of a server's error message is quoted to the user.
QUOTE_LIMIT = 200


class LLMError(TomtatError):
    """A chat request failed; the message is one line, in the library's terms.

    `options` names the settings worth checking (``("base_url",)``); a front end says
    them its own way (the CLI as flags).
    """

    def __init__(self, message: str, options: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.options = tuple(options)


class LLMSetupError(LLMError):
    """A failure every article would meet (server, key, model): stops a batch."""


class LLMArticleError(LLMError):
    """A failure of one article's request: recorded for that article, the batch goes on."""


class ServerUnreachable(LLMSetupError): ...


class AuthenticationFailed(LLMSetupError): ...


class ModelNotFound(LLMSetupError): ...


class RequestRejected(LLMSetupError): ...


class MalformedResponse(LLMArticleError): ...


class RetriesExhausted(LLMArticleError): ...


class ContextLengthExceeded(LLMArticleError):
    """The prompt is over the model's context; `limit`/`requested` in tokens when the server said."""

    def __init__(self, message: str, limit: int | None = None, requested: int | None = None):
        super().__init__(message)
        self.limit = limit
        self.requested = requested


# Phrases by which servers say the prompt is over the context window (lowercased):
# OpenAI and vLLM ("maximum context length"), llama.cpp ("exceed_context_size",
# "context size"), Ollama and others ("context window", "too many tokens").
CONTEXT_PHRASES = ("context_length_exceeded", "maximum context length", "context length",
                   "exceed_context_size", "context size", "context window", "too many tokens",
                   "prompt is too long")
# Where servers put the numbers: (pattern, which number it is).
_CONTEXT_NUMBERS = (
    (re.compile(r"maximum context length is (\d+)"), "limit"),
    (re.compile(r"\"n_ctx\"\s*:\s*(\d+)"), "limit"),
    (re.compile(r"context (?:size|window|length) (?:is |of )?(\d+)"), "limit"),
    (re.compile(r"(?:resulted in|requested|you requested) (\d+) tokens"), "requested"),
    (re.compile(r"\"n_prompt_tokens\"\s*:\s*(\d+)"), "requested"),
)
#: Statuses worth retrying: rate limits, and a server or gateway in trouble.
RETRY_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 520, 522, 524, 529})
#: `<think>…</think>` blocks that reasoning models put before their answer.
_THINK = re.compile(r"<think>.*?</think>", re.DOTALL)
#: A line that opens with a list marker: "- ", "* ", "• ", "1. ", "1) ".
_LIST_MARKER = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


@dataclass
class ChatReply:
    """The assistant's text, the server's token counts, and whether it came from the cache."""

    text: str
    usage: dict = field(default_factory=dict)    # prompt_tokens, completion_tokens, total_tokens
    finish_reason: str | None = None
    cached: bool = False


@dataclass(frozen=True)
class RetryPolicy:
    retries: int = DEFAULT_RETRIES          # attempts after the first
    backoff_s: float = DEFAULT_BACKOFF_S    # the first wait; doubles each retry
    max_backoff_s: float = MAX_BACKOFF_S
    max_retry_after_s: float = MAX_RETRY_AFTER_S

    def wait(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds to wait before retry number `attempt` (0-based)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_retry_after_s)
        return rng.uniform(0, min(self.max_backoff_s, self.backoff_s * 2 ** attempt))


def public_url(url: str) -> str:
    """`url` without user info, query or fragment: what may be shown and stored."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path.rstrip("/"), "", ""))


def normalise_base_url(url: str) -> str:
    """The base URL as the OpenAI clients take it; a bare host gets `/v1` (the common prefix)."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise OptionError("base_url", f"expected http(s)://HOST[:PORT]/v1, got {public_url(url) or url!r}")
    if parts.path in ("", "/"):
        url += "/v1"
    return url


class ChatClient:
    """Chat completions against one server and model; thread-safe (one pooled connection set)."""

    def __init__(self, base_url: str, model: str, *, api_key: str | None = None,
                 temperature: float = 0.0, max_tokens: int | None = None,
                 timeout_s: float = DEFAULT_TIMEOUT_S, retry: RetryPolicy = RetryPolicy(),
                 max_connections: int = 8, cache: ResponseCache | None = None,
                 sleep: Callable[[float], None] = time.sleep, seed: int | None = None):
        # Imported here, not at the top: only this engine needs it, and the ~50 ms it takes
        # would otherwise be paid by every `tomtat summarize`, whatever the engine.
        import httpx2

        self._httpx = httpx2
        self.base_url = normalise_base_url(base_url)
        self.url = self.base_url + "/chat/completions"
        self.server = public_url(self.base_url)
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.timeout_s = timeout_s
        self.retry = retry
        self.cache = cache
        self._sleep = sleep
        self._rng = random.Random(seed)
        self._rng_lock = threading.Lock()
        self.__api_key = api_key or None
        self._answered_once = False
        self.requests_sent = 0
        self._count_lock = threading.Lock()
        headers = {"Content-Type": "application/json"}
        if self.__api_key:
            headers["Authorization"] = f"Bearer {self.__api_key}"
        self._http = httpx2.Client(
            timeout=httpx2.Timeout(timeout_s, connect=min(timeout_s, 10.0)), headers=headers,
            limits=httpx2.Limits(max_connections=max_connections, max_keepalive_connections=max_connections))

    def __repr__(self) -> str:   # never the key
        return f"ChatClient({self.server!r}, model={self.model!r})"

    def close(self) -> None:
        self._http.close()

    # -- the request --------------------------------------------------------------------------
    def payload(self, messages: list[dict]) -> dict:
        body = {"model": self.model, "messages": messages, "temperature": self.temperature}
        if self.max_tokens:
            body["max_tokens"] = self.max_tokens
        return body

    def cache_key(self, payload: dict) -> str:
        """sha256 of what decides the answer: the server, the model, the messages, the settings."""
        material = json.dumps({"url": self.url, **payload}, ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(material.encode("utf-8")).hexdigest()

    def complete(self, messages: list[dict]) -> ChatReply:
        """The assistant's answer to `messages`, from the cache or the server (with retries)."""
        payload = self.payload(messages)
        key = self.cache_key(payload)
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                return ChatReply(hit["text"], hit.get("usage", {}), hit.get("finish_reason"), cached=True)
        reply = self._post_with_retries(payload)
        if self.cache is not None:
            self.cache.put(key, {"server": self.server, "model": self.model,
                                 "text": reply.text, "usage": reply.usage,
                                 "finish_reason": reply.finish_reason})
        return reply

    def _post_with_retries(self, payload: dict) -> ChatReply:
        last = ""
        for attempt in range(self.retry.retries + 1):
            retry_after = None
            try:
                with self._count_lock:
                    self.requests_sent += 1
                response = self._http.post(self.url, json=payload)
            except self._httpx.ConnectError as exc:
                if not self._answered_once:
                    raise ServerUnreachable(f"cannot reach the LLM server at {self.server} "
                                            f"({_reason(exc)}); is it running?", ("base_url",)) from None
                last = f"cannot connect ({_reason(exc)})"
            except self._httpx.ConnectTimeout:
                if not self._answered_once:
                    raise ServerUnreachable(f"cannot reach the LLM server at {self.server} "
                                            f"(no connection within {min(self.timeout_s, 10.0):g} s)",
                                            ("base_url",)) from None
                last = "connection timed out"
            except self._httpx.TimeoutException:
                last = f"no answer within {self.timeout_s:g} s (a slow server needs a longer timeout)"
            except (self._httpx.RemoteProtocolError, self._httpx.ReadError, self._httpx.WriteError) as exc:
                last = f"the server dropped the connection ({_reason(exc)})"
            else:
                self._answered_once = True
                if response.status_code == 200:
                    return self._parse(response)
                if response.status_code not in RETRY_STATUSES:
                    raise self._refusal(response)
                last = f"HTTP {response.status_code}" + _quoted(self._message(response))
                retry_after = _retry_after(response.headers.get("retry-after"))
            if attempt < self.retry.retries:
                with self._rng_lock:
                    wait = self.retry.wait(attempt, retry_after, self._rng)
                self._sleep(wait)
        raise RetriesExhausted(f"the LLM server at {self.server} failed {self.retry.retries + 1} "
                               f"time(s): {last}")

    # -- answers -----------------------------------------------------------------------------
    def _parse(self, response) -> ChatReply:
        try:
            data = response.json()
            choice = data["choices"][0]
            content = choice["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise MalformedResponse(f"malformed response from {self.server}: expected JSON with "
                                    f"choices[0].message.content; got {self._scrub(_excerpt(response.text))}") from None
        if not isinstance(content, str):
            raise MalformedResponse(f"malformed response from {self.server}: "
                                    f"choices[0].message.content is {type(content).__name__}, not text")
        text = clean_answer(content)
        if not text:
            raise MalformedResponse(f"malformed response from {self.server}: the answer is empty")
        usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
        usage = {k: int(usage[k]) for k in ("prompt_tokens", "completion_tokens", "total_tokens")
                 if isinstance(usage.get(k), (int, float))}
        return ChatReply(text, usage, choice.get("finish_reason"))

    def _message(self, response) -> str:
        """The server's error message, one line, scrubbed of the API key."""
        try:
            data = response.json()
            error = data.get("error", data) if isinstance(data, dict) else data
            message = error.get("message", "") if isinstance(error, dict) else str(error)
            if isinstance(error, dict) and error.get("code") and str(error["code"]) not in message:
                message = f"{message} [{error['code']}]"
        except ValueError:
            message = response.text
        return self._scrub(" ".join(str(message).split()))[:QUOTE_LIMIT]

    def _scrub(self, text: str) -> str:
        return text.replace(self.__api_key, "***") if self.__api_key else text

    def _refusal(self, response) -> LLMError:
        status = response.status_code
        message = self._message(response)
        if status in (401, 403):   # the body may echo part of the key: not quoted
            if self.__api_key:
                return AuthenticationFailed(f"the LLM server at {self.server} refused the API key "
                                            f"(HTTP {status}); check TOMTAT_LLM_API_KEY or OPENAI_API_KEY")
            return AuthenticationFailed(f"the LLM server at {self.server} needs an API key (HTTP {status}); "
                                        f"set TOMTAT_LLM_API_KEY or OPENAI_API_KEY")
        raw = response.text.lower()
        if any(phrase in raw for phrase in CONTEXT_PHRASES):
            numbers = {}
            for pattern, name in _CONTEXT_NUMBERS:
                found = pattern.search(raw)
                if found and name not in numbers:
                    numbers[name] = int(found.group(1))
            return ContextLengthExceeded(f"the article is over {self.model}'s context window"
                                         + _quoted(message), **numbers)
        if status == 404:
            if "model" in raw:
                return ModelNotFound(f"the LLM server at {self.server} does not know the model "
                                     f"{self.model!r} (HTTP 404); see {self.server}/models for its models",
                                     ("model",))
            return ModelNotFound(f"no chat-completions endpoint at {self.url} (HTTP 404); "
                                 f"the base URL usually ends in /v1", ("base_url",))
        return RequestRejected(f"the LLM server at {self.server} rejected the request (HTTP {status})"
                               + _quoted(message))


def clean_answer(content: str) -> str:
    """The summary in an answer: reasoning blocks dropped, list markers and line breaks flattened."""
    content = _THINK.sub("", content)
    lines = [_LIST_MARKER.sub("", line).strip() for line in content.splitlines()]
    return unicodedata.normalize("NFC", " ".join(line for line in lines if line))


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:QUOTE_LIMIT]


def _quoted(message: str) -> str:
    return f": {message}" if message else ""


def _excerpt(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[: limit - 1] + "…") if flat else "an empty body"
