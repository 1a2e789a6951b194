"""Subcommands of the `tomtat` CLI, one module each, and the argument types they share."""
from __future__ import annotations

import argparse
import re
from datetime import date


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


def day(text: str) -> date:
    """An argparse type: a day as YYYY-MM-DD ("2025-07-16"), else a one-line usage error."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):  # Python also reads "20250716", "2025-W29"
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"expected a day as YYYY-MM-DD, got {text!r}")


#: The help of `--written`, shared by `tomtat check` and `tomtat summarize`.
WRITTEN_HELP = ("the day the article was written, YYYY-MM-DD (default: the HTML page's date, if any); "
                "the checker reads the article's 'năm nay', 'năm ngoái' ... from it")
