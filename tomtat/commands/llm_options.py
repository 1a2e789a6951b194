"""The options of `--engine llm`, shared by `tomtat summarize` and `tomtat eval`.

Their defaults are the library's (`tomtat.summarize.llm.LLMSettings`); an option left
out stays None here so the library's default applies. The help shows those defaults,
looked up only when help is printed: building the parser of `tomtat eval` must not
import the summariser (a predictions or lead run never loads it; see the import
contract in pyproject.toml).
"""
from __future__ import annotations

import argparse

from tomtat.commands import non_negative_int, positive_int
from tomtat.errors import TomtatError

#: Option dests that only `--engine llm` reads, and how the user wrote them.
LLM_ONLY = {"base_url": "--base-url", "max_tokens": "--max-tokens", "temperature": "--temperature",
            "repair_rounds": "--repair-rounds", "concurrency": "--concurrency", "timeout": "--timeout",
            "retries": "--retries", "cache_dir": "--cache-dir", "no_cache": "--no-cache"}


def positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text!r}")
    return value


def temperature(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not 0 <= value <= 2:
        raise argparse.ArgumentTypeError(f"expected a temperature from 0 to 2, got {text!r}")
    return value


def library_defaults() -> dict[str, object]:
    """The library's defaults by the name the help texts use: `{max_tokens}`, `{timeout_s:g}`, ..."""
    from tomtat.summarize.llm import LLMSettings

    return LLMSettings().to_json()


class LLMDefaultsFormatter(argparse.HelpFormatter):
    """argparse's help, with the `--engine llm` options' `{...}` filled from the library's defaults."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        if text and action.dest in LLM_ONLY:
            return text.format_map(library_defaults())
        return text


def add_llm_options(parser: argparse.ArgumentParser, *, batch: bool) -> None:
    """`--base-url` ... `--no-cache`; with `batch`, `--concurrency` too. Defaults are None (unset).

    The parser should use `LLMDefaultsFormatter`, which fills in the defaults the help names.
    """
    group = parser.add_argument_group(
        "--engine llm (any OpenAI-compatible chat server; API key from TOMTAT_LLM_API_KEY or OPENAI_API_KEY)")
    group.add_argument("--base-url", metavar="URL", default=None,
                       help="the server, e.g. http://localhost:8000/v1 (else TOMTAT_LLM_BASE_URL, "
                            "else OPENAI_BASE_URL)")
    group.add_argument("--max-tokens", type=positive_int, default=None, metavar="N",
                       help="longest answer in tokens (default {max_tokens})")
    group.add_argument("--temperature", type=temperature, default=None, metavar="T",
                       help="sampling temperature (default {temperature:g})")
    group.add_argument("--repair-rounds", type=non_negative_int, default=None, metavar="N",
                       help="turns that ask the model to correct flagged figures "
                            "(default {repair_rounds}; 0: none)")
    if batch:
        group.add_argument("--concurrency", type=positive_int, default=None, metavar="N",
                           help="requests in flight at once (default {concurrency})")
    group.add_argument("--timeout", type=positive_seconds, default=None, metavar="S",
                       help="seconds to wait for one answer (default {timeout_s:g})")
    group.add_argument("--retries", type=non_negative_int, default=None, metavar="N",
                       help="retries on 429, 5xx, timeouts and dropped connections (default {retries})")
    group.add_argument("--cache-dir", metavar="DIR", default=None,
                       help="where answers are cached (default $TOMTAT_CACHE_DIR/llm or ~/.cache/tomtat/llm)")
    group.add_argument("--no-cache", action="store_true", default=None, help="neither read nor write the cache")


def llm_settings(args: argparse.Namespace):
    """An `LLMSettings` from the options (unset ones keep the library's defaults); None unless llm."""
    if args.engine != "llm":
        given = [flag for dest, flag in LLM_ONLY.items() if getattr(args, dest, None) not in (None, False)]
        if given:
            raise TomtatError(f"{', '.join(given)}: only for --engine llm")
        return None
    from tomtat.summarize.llm import LLMSettings   # only here: eval imports the summariser only to run it

    fields = {"base_url": args.base_url, "max_tokens": args.max_tokens, "temperature": args.temperature,
              "repair_rounds": args.repair_rounds, "concurrency": getattr(args, "concurrency", None),
              "timeout_s": args.timeout, "retries": args.retries, "cache_dir": args.cache_dir}
    settings = LLMSettings(**{k: v for k, v in fields.items() if v is not None})
    settings.use_cache = not args.no_cache
    return settings
