"""The library's typed errors. They say what went wrong in the library's own terms; front ends
decide how to show them (the CLI: one line on stderr and exit status 2, see `tomtat.cli`).

Library code never names a command-line flag or an exit status: a setting that cannot work is
an `OptionError` naming the setting as the library calls it (a keyword argument or an
`EvalConfig` field such as ``"out"``), and the CLI says it as its flag (``--out``).
"""
from __future__ import annotations


class TomtatError(Exception):
    """Bad usage or unreadable input: one line that says what and why.

    `options` names settings that bear on it (``("base_url",)`` for a server that cannot be
    reached), so that a front end can point at them; empty when none does.
    """

    options: tuple[str, ...] = ()


class InputError(TomtatError):
    """The input cannot be read or holds no text."""


class OptionError(TomtatError):
    """A setting cannot work as given. `option` names it (``"out"``, ``"device"``, ``"shard"``)."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(f"{option}: {message}")
        self.option = option
        self.message = message


class RunStoreError(TomtatError):
    """A run's output folder cannot be used as asked (it would lose or mix someone's results).

    `options` names the settings that would let it go ahead (``"resume"``, ``"overwrite"``).
    """

    def __init__(self, message: str, options: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.options = tuple(options)


def one_line(exc: BaseException) -> str:
    """An exception's message as one line of at most 200 characters (its type when it says
    nothing), to quote inside a one-line error."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."
