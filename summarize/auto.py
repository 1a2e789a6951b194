"""Choosing the engine: `vit5`, `extractive`, `llm`, or `auto` (ViT5 where it loads, else extractive).

`auto` never picks `llm`: a chat server is used only when asked for by name
(`--engine llm`), since it sends the article to that server.

`auto` never falls back silently and never hangs on a network that is not
there: it tries the local directory or local Hugging Face cache first, asks the
Hub only when a quick connection test succeeds (and never when HF_HUB_OFFLINE
or TRANSFORMERS_OFFLINE is set), and otherwise runs the extractive engine with
a one-line notice saying why and how to get ViT5.
"""
from __future__ import annotations

import os
import socket
import threading
from urllib.parse import urlparse

from tomtat.errors import TomtatError

from .extractive import ExtractiveEngine
from .llm import LLMEngine, LLMSettings
from .vit5 import DEFAULT_MODEL, DEFAULT_NUM_BEAMS, ModelUnavailable, ViT5Engine

ENGINES = ("auto", "vit5", "extractive", "llm")
#: Seconds the Hub connection test may take (DNS included) before we call it unreachable.
HUB_CHECK_TIMEOUT = 3.0
_TRUE = {"1", "true", "yes", "on"}


def hub_offline_reason() -> str | None:
    """Why the Hub should not be asked (None when it may be): offline flag or no connection."""
    for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        if os.environ.get(var, "").strip().lower() in _TRUE:
            return f"{var} is set"
    endpoint = os.environ.get("HF_ENDPOINT", "https://huggingface.co")
    url = urlparse(endpoint)
    host = url.hostname or "huggingface.co"
    port = url.port or (80 if url.scheme == "http" else 443)
    result: list[BaseException | None] = []

    def attempt() -> None:
        try:
            socket.create_connection((host, port), timeout=HUB_CHECK_TIMEOUT).close()
            result.append(None)
        except OSError as exc:
            result.append(exc)

    # A thread, because name resolution ignores socket timeouts and can hang for long.
    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(HUB_CHECK_TIMEOUT)
    if not result:
        return f"{host} did not answer within {HUB_CHECK_TIMEOUT:g} s"
    if result[0] is not None:
        return f"{host} is unreachable"
    return None


def load_engine(name: str = "auto", model: str | None = None, device: str = "cpu",
                quantize: str | None = None, *, num_beams: int = DEFAULT_NUM_BEAMS,
                prompt_file: str | None = None, batch_size: int | None = None, llm=None,
                backend: str | None = None):
    """Load an engine by name; returns `(engine, notes)`.

    - `extractive`: always works; `model`, `device`, `quantize` do not apply.
    - `vit5`: `model` is a Hub id (default VietAI/vit5-base-vietnews-summarization)
      or a local directory. Raises TomtatError (one line) if it cannot load.
    - `auto`: ViT5 if it loads (local first, the Hub only when reachable), else
      the extractive engine, with the reason and the remedy in `notes`.
    - `llm`: an OpenAI-compatible chat server; `model` is the model's name there and
      `llm` an `LLMSettings` (or a dict of its fields): base URL, max tokens, concurrency,
      repair rounds, cache. Raises OptionError (one line) without a base URL or model.
    `backend` (ViT5 only) is ct2 or transformers; None is ct2 where the
    ctranslate2 package is installed. A backend that cannot run (ct2 asked for
    without ctranslate2) is an error, never a fallback.
    `notes` (also on `engine.notes`) are one-line notices for the user.
    """
    if name not in ENGINES:
        raise TomtatError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
    notes: list[str] = []
    if name == "llm":
        settings = LLMSettings(**llm) if isinstance(llm, dict) else llm
        engine = LLMEngine.create(model, settings, prompt_file=prompt_file)
        engine.notes = notes
        return engine, notes
    if name == "extractive":
        engine = ExtractiveEngine()
        engine.notes = notes
        return engine, notes

    model_id = model or DEFAULT_MODEL
    extra = {"batch_size": batch_size} if batch_size else {}
    load = dict(backend=backend, device=device, quantize=quantize, prompt_file=prompt_file,
                num_beams=num_beams, **extra)
    try:
        engine = ViT5Engine.load(model_id, allow_download=False, **load)
    except ModelUnavailable as local_failure:
        offline = None if os.path.isdir(model_id) else hub_offline_reason()
        if os.path.isdir(model_id) or offline:
            if name == "vit5":
                extra_reason = f" ({offline})" if offline else ""
                raise TomtatError(f"ViT5 unavailable: {local_failure}{extra_reason}") from None
            notes.append(_fallback_notice(model_id, f"{local_failure}" + (f"; {offline}" if offline else "")))
            return _extractive(notes)
        try:
            engine = ViT5Engine.load(model_id, allow_download=True, **load)
        except ModelUnavailable as hub_failure:
            if name == "vit5":
                raise TomtatError(f"ViT5 unavailable: {hub_failure}") from None
            notes.append(_fallback_notice(model_id, str(hub_failure)))
            return _extractive(notes)
    engine.notes = notes
    return engine, notes


def _extractive(notes: list[str]):
    engine = ExtractiveEngine()
    engine.notes = notes
    return engine, notes


def _fallback_notice(model_id: str, reason: str) -> str:
    return (f"using the extractive engine: ViT5 is not available ({reason}). "
            f"For ViT5, pass --model DIR with a downloaded checkpoint, or run once where "
            f"huggingface.co is reachable to download {model_id if '/' in model_id else DEFAULT_MODEL}.")
