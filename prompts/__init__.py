"""Model input templates, chosen by model and overridable by a file: ViT5 and chat LLMs.

ViT5 templates
--------------

A template is a text file holding `{body}` once, where the article body goes. A
trailing `</s>` means "end the input with the end-of-sequence token": it is not
tokenised as text, because T5 tokenizers append `</s>` themselves and the model
cards' `text + "</s>"` would otherwise end the input with two of them. The engine
tokenises `prefix + body + suffix` without special tokens and appends exactly one
end-of-sequence id (see `tomtat.summarize.vit5`).

Templates shipped here (from the model cards):
- `vit5-base-vietnews.txt`: `{body}</s>` for `VietAI/vit5-base-vietnews-summarization`
  (plain body, no prefix); also the default for unknown models.
- `vit5-large-vietnews.txt`: `vietnews: {body} </s>` for `VietAI/vit5-large-vietnews-summarization`.
A model directory may carry its own `tomtat-prompt.txt`; `--prompt FILE` overrides everything.

Chat templates (`--engine llm`)
-------------------------------
A chat template is a UTF-8 text file of sections, each opened by a line that is
exactly `[system]`, `[user]` or `[repair]`; lines before the first section that
start with `#` are comments. The sections:
- `[system]`: the system message; may be empty (then none is sent: some models'
  chat templates reject one);
- `[user]`: the first user turn; holds `{article}` (the title and body) exactly once;
- `[repair]` (optional; the shipped one is used when absent): the turn sent after
  the checker flags figures; holds `{flagged}` (one line per flagged figure:
  figure, verdict, why) and `{evidence}` (the article's sentences behind them,
  quoted) exactly once each.
Any section may use `{sentences}`, the number of sentences asked for. Placeholders
are replaced in one pass, so braces in the article are never read as placeholders.
Shipped: `llm-vi-news.txt` (the default) and `llm-vi-news-no-system.txt` (models
whose name contains "gemma"); `--prompt FILE` overrides them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from tomtat.errors import InputError

PLACEHOLDER = "{body}"
EOS_MARKER = "</s>"
#: A file of this name inside a model directory is used as that model's template.
MODEL_DIR_TEMPLATE = "tomtat-prompt.txt"
DEFAULT_TEMPLATE = "vit5-base-vietnews.txt"

# (substring of the model id or directory name, template), first match wins.
_BY_MODEL = (
    ("vit5-large-vietnews", "vit5-large-vietnews.txt"),
    ("vit5-base-vietnews", "vit5-base-vietnews.txt"),
)


@dataclass(frozen=True)
class Prompt:
    """A parsed template: text before and after the body, and whether to end with EOS."""

    prefix: str
    suffix: str
    ends_with_eos: bool
    source: str  # where it came from, for notes and --json

    def render(self, body: str) -> str:
        """The model input as text, without the end-of-sequence token."""
        return f"{self.prefix}{body}{self.suffix}"


def parse_template(template: str, source: str = "<string>") -> Prompt:
    """Parse template text; InputError unless it holds `{body}` exactly once."""
    template = template.rstrip("\r\n")
    if template.count(PLACEHOLDER) != 1:
        raise InputError(f"{source}: a prompt template must contain {PLACEHOLDER} exactly once")
    prefix, suffix = template.split(PLACEHOLDER)
    ends_with_eos = suffix.rstrip().endswith(EOS_MARKER)
    if ends_with_eos:
        suffix = suffix.rstrip()[: -len(EOS_MARKER)]
        # "{body} </s>": the space only separated the marker; keep none of it.
        suffix = suffix.rstrip()
    return Prompt(prefix=prefix, suffix=suffix, ends_with_eos=ends_with_eos, source=source)


def template_name_for(model: str) -> str:
    """The shipped template file for a model id or directory (by its name)."""
    name = Path(model.rstrip("/\\")).name.lower() if model else ""
    full = (model or "").lower()
    for key, template in _BY_MODEL:
        if key in name or key in full:
            return template
    return DEFAULT_TEMPLATE


def load_prompt(model: str | None, override: str | Path | None = None) -> Prompt:
    """The template for `model`: `override` file, else the model dir's own, else by name."""
    if override is not None:
        return parse_template(_read_template(Path(override)), str(override))
    if model:
        own = Path(model) / MODEL_DIR_TEMPLATE
        if own.is_file():
            return parse_template(_read_template(own), str(own))
    name = template_name_for(model or "")
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return parse_template(text, name)


def _read_template(path: Path) -> str:
    """A template file's text; InputError (one line) if it cannot be read as UTF-8."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such prompt file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read prompt file ({exc})") from None


# ---------------------------------------------------------------------------------------------
# Chat templates for instruction LLMs

DEFAULT_CHAT_TEMPLATE = "llm-vi-news.txt"
CHAT_SECTIONS = ("system", "user", "repair")
#: Placeholders each section must hold exactly once (`{sentences}` is optional anywhere).
CHAT_REQUIRED = {"system": (), "user": ("{article}",), "repair": ("{flagged}", "{evidence}")}
_CHAT_PLACEHOLDER = re.compile(r"\{(article|sentences|flagged|evidence)\}")

# (substring of the model name, template), first match wins; others take the default.
_CHAT_BY_MODEL = (
    ("gemma", "llm-vi-news-no-system.txt"),   # Gemma's chat template rejects a system turn
)


@dataclass(frozen=True)
class ChatPrompt:
    """A parsed chat template: the system message, the first user turn and the repair turn."""

    system: str
    user: str
    repair: str
    source: str

    def first_turn(self, article: str, sentences: int) -> list[dict]:
        """The messages that ask for the summary of `article` in `sentences` sentences."""
        messages = [{"role": "system", "content": self.system}] if self.system else []
        messages.append({"role": "user", "content": fill(self.user, article=article, sentences=sentences)})
        return messages

    def repair_turn(self, flagged: str, evidence: str, sentences: int) -> dict:
        """The user message that asks for a corrected summary."""
        return {"role": "user",
                "content": fill(self.repair, flagged=flagged, evidence=evidence, sentences=sentences)}


def fill(template: str, **values) -> str:
    """`template` with `{name}` placeholders replaced in one pass (values are never re-read)."""
    return _CHAT_PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), template)


def parse_chat_template(text: str, source: str = "<string>", *, fallback_repair: str | None = None) -> ChatPrompt:
    """Parse a chat template (see the module docstring); InputError, one line, if malformed."""
    sections: dict[str, list[str]] = {}
    current = None
    for lineno, line in enumerate(text.splitlines(), 1):
        header = line.strip()
        if header.startswith("[") and header.endswith("]") and header[1:-1] in CHAT_SECTIONS:
            name = header[1:-1]
            if name in sections:
                raise InputError(f"{source}:{lineno}: section [{name}] appears twice")
            sections[name] = []
            current = name
        elif current is None:
            if line.strip() and not line.lstrip().startswith("#"):
                raise InputError(f"{source}:{lineno}: text before the first section "
                                 f"(start with [system], [user] or [repair])")
        else:
            sections[current].append(line)
    if "user" not in sections:
        raise InputError(f"{source}: a chat prompt needs a [user] section with {{article}}")
    bodies = {name: "\n".join(lines).strip() for name, lines in sections.items()}
    if "repair" not in bodies:
        if fallback_repair is None:
            raise InputError(f"{source}: a chat prompt needs a [repair] section")
        bodies["repair"] = fallback_repair
    for name, required in CHAT_REQUIRED.items():
        for placeholder in required:
            if bodies.get(name, "").count(placeholder) != 1:
                raise InputError(f"{source}: the [{name}] section must contain {placeholder} exactly once")
    return ChatPrompt(system=bodies.get("system", ""), user=bodies["user"], repair=bodies["repair"],
                      source=source)


def chat_template_name_for(model: str | None) -> str:
    """The shipped chat template for a model name."""
    name = (model or "").lower()
    for key, template in _CHAT_BY_MODEL:
        if key in name:
            return template
    return DEFAULT_CHAT_TEMPLATE


def load_chat_prompt(model: str | None, override: str | Path | None = None) -> ChatPrompt:
    """The chat template for `model`: the `override` file (its [repair] optional), else by name."""
    shipped_name = chat_template_name_for(model)
    shipped = parse_chat_template(_shipped(shipped_name), shipped_name)
    if override is None:
        return shipped
    return parse_chat_template(_read_template(Path(override)), str(override), fallback_repair=shipped.repair)


def _shipped(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
