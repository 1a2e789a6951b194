"""The report's figures: PNGs referenced from report.md with matplotlib; without it, how to get them."""
from __future__ import annotations

import sys

import pytest

from tomtat.cli import main

from eval_fixtures import write_predictions, write_set

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
FIGURES = ("figures/rouge-l.png", "figures/verdicts.png", "figures/rouge-l-by-length.png")


def _eval(tmp_path, *extra) -> int:
    data, preds = write_set(tmp_path / "set.jsonl"), write_predictions(tmp_path / "pred.jsonl")
    return main(["eval", str(data), "--predictions", str(preds), "--out", str(tmp_path / "run"),
                 "--no-progress", *extra])


def _without_matplotlib(monkeypatch) -> None:
    for name in ("matplotlib", "matplotlib.figure", "matplotlib.backends", "matplotlib.backends.backend_agg"):
        monkeypatch.setitem(sys.modules, name, None)   # import fails as if not installed


def test_report_shows_the_figures_it_draws(tmp_path):
    pytest.importorskip("matplotlib")
    assert _eval(tmp_path) == 0
    run = tmp_path / "run"
    report = (run / "report.md").read_text(encoding="utf-8")
    for path in FIGURES:
        assert (run / path).read_bytes().startswith(PNG_MAGIC)
        assert f"]({path})" in report
    assert "## Figures" in report and "No figures" not in report


def test_without_matplotlib_the_report_says_how_to_get_them_and_resume_draws_them(tmp_path, monkeypatch, capsys):
    _without_matplotlib(monkeypatch)
    assert _eval(tmp_path) == 0
    run = tmp_path / "run"
    report = (run / "report.md").read_text(encoding="utf-8")
    assert ("No figures: matplotlib is not installed; pip install 'tomtat[plots]', then resume the run "
            "to draw them (nothing is scored again).") in report
    assert not (run / "figures").exists()
    assert "Traceback" not in capsys.readouterr().err
    metrics = (run / "metrics.json").read_bytes()

    monkeypatch.undo()
    pytest.importorskip("matplotlib")
    assert _eval(tmp_path, "--resume") == 0   # nothing is scored again; the figures are drawn
    assert all((run / path).exists() for path in FIGURES)
    assert (run / "metrics.json").read_bytes() == metrics
