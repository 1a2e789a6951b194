"""Subcommands of the `tomtat` CLI, one module each, and the argument types they share."""
from __future__ import annotations

import argparse


def int_in_range(low: int, high: int | None = None):
    """An argparse type: a whole number from `low` (to `high`), else a one-line usage error."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < low or (high is not None and value > high):
            bound = f"from {low} to {high}" if high is not None else f"of at least {low}"
            raise argparse.ArgumentTypeError(f"expected a whole number {bound}, got {text!r}")
        return value
    return parse


positive_int = int_in_range(1)
non_negative_int = int_in_range(0)
