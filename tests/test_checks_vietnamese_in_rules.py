"""Every Vietnamese word the checker reads lives in checks/rules.py: a string literal with a
Vietnamese word anywhere else in checks/ fails this test.

A Vietnamese word here is a run of letters with a letter outside ASCII, not all capitals (so
a character class such as [A-ZĐ] is not a word). Docstrings are prose, not rules, and are
left out. Words written in plain ASCII ("con", "giao") cannot be told from code this way.
"""
import ast
import re
from pathlib import Path

import pytest

CHECKS = Path(__file__).resolve().parent.parent / "checks"
_RUN = re.compile(r"[^\W\d_]+")


def vietnamese_words(literal: str) -> list[str]:
    return [w for w in _RUN.findall(literal) if not w.isascii() and not w.isupper()]


def literals_with_words(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings and vietnamese_words(node.value)]


@pytest.mark.parametrize("module", sorted(p.name for p in CHECKS.glob("*.py")
                                          if p.name != "rules.py"))
def test_no_vietnamese_word_outside_rules(module):
    found = literals_with_words((CHECKS / module).read_text(encoding="utf-8"))
    assert found == [], f"{module}: move these to checks/rules.py: {found}"


def test_the_detector_finds_a_word_and_skips_capitals_and_docstrings():
    assert vietnamese_words("(?<![A-ZĐ][A-ZĐ])") == []
    assert vietnamese_words(r"\s+(?i:tháng)") == ["tháng"]
    source = 'def f():\n    """Đọc "tháng"."""\n    return "năm"\n'
    assert literals_with_words(source) == [(3, "năm")]
