"""Input templates for the abstractive engine, chosen by model and overridable by a file.

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
"""
from __future__ import annotations

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
