"""The two kinds of run, as data: an evaluation of summaries, and the checker's stress test.

A `Mode` says which files a run of that kind writes and how its per-article
records become `metrics.json`-like aggregates, a markdown report and figures.
The runner, the merge and the store ask the mode instead of branching on it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import tomtat.eval.perturb as perturb
import tomtat.eval.plots as plots
import tomtat.eval.report as report
from tomtat.eval.store import ARTICLES_FILE, CONFIG_FILE, write_json


@dataclass(frozen=True)
class Mode:
    """One kind of run: its file names, its aggregation, its report."""

    name: str
    records_file: str
    metrics_file: str
    report_file: str
    aggregate: Callable[[list[dict], dict], dict]
    render_markdown: Callable[[dict, list[dict], dict, plots.Drawn | None], str]
    draw: Callable[[list[dict], dict, Path], plots.Drawn]

    @property
    def files(self) -> tuple[str, ...]:
        """Everything a run of this kind writes into its folder (what `overwrite` may remove)."""
        return (CONFIG_FILE, self.records_file, self.metrics_file, self.report_file, report.TIMING_FILE,
                plots.FIGURES_DIR)

    def write_results(self, out: Path, records: list[dict], meta: dict, wall_s: float | None = None,
                      *, draw: bool = True) -> tuple[dict, dict]:
        """Aggregate records (canonical order) into the metrics, timing, report and figures files."""
        metrics = self.aggregate(records, meta)
        timing = report.timing(records, wall_s)
        drawn = self.draw(records, metrics, out) if draw else None
        write_json(out / self.metrics_file, metrics)
        write_json(out / report.TIMING_FILE, timing)
        (out / self.report_file).write_text(self.render_markdown(metrics, records, timing, drawn),
                                            encoding="utf-8")
        return metrics, timing


EVALUATION = Mode(
    name="eval", records_file=ARTICLES_FILE, metrics_file=report.METRICS_FILE, report_file=report.REPORT_FILE,
    aggregate=report.aggregate,
    render_markdown=lambda metrics, records, timing, drawn: report.render_markdown(
        metrics, records, timing, figures=drawn),
    draw=plots.draw_evaluation)

PERTURBATION = Mode(
    name="perturb", records_file=perturb.PERTURB_FILE, metrics_file=perturb.METRICS_FILE,
    report_file=perturb.REPORT_FILE,
    aggregate=perturb.aggregate,
    render_markdown=lambda metrics, records, timing, drawn: perturb.render_markdown(metrics, records),
    draw=plots.draw_nothing)

MODES = {mode.name: mode for mode in (EVALUATION, PERTURBATION)}


def mode_of_folder(folder: Path) -> Mode | None:
    """The kind of run whose per-article file `folder` holds, or None."""
    for mode in MODES.values():
        if (folder / mode.records_file).exists():
            return mode
    return None
