"""Helpers for the checker's tests (test_checks_grammar.py, test_checks_statements.py)."""
from __future__ import annotations

from tomtat.checks import check_summary


def verdict(article, summary, figure_text):
    """The checked figure read as `figure_text` (the number; its unit may follow in the words)."""
    for checked in check_summary(article, summary).figures:
        if figure_text == checked.figure.text or figure_text.startswith(checked.figure.text + " "):
            return checked
    raise AssertionError(f"{figure_text!r} not read in {summary!r}")
